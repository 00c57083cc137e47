"""A forty-seventh held-out set, written at the start of round thirty-one, of hand-labelled pages for the hint engines (held out: never tuned on): twelve ORDINARY whole pages, head to tail, from mainstream and regional news sites in twelve countries, as a new user pastes them after selecting all in a browser.

Written from scratch for issue 13 at the start of round thirty-one, before any rule was tuned on
them and without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`, no README and no
benchmark was read, `claimreview` was never imported, and no test, scorer, engine or `pytest` was
run. The format and the conventions were read from the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole), the module docstrings of `labelled_new69.py` and
`labelled_new70.py` (printed whole; the terminal cut the middle of the first listing, so both were
written to a file in /tmp and read there in full), their `STYLES`, their first two pages and their
split cases (each line cut to 400 characters), `build` in `labelled_articles.py` (a `grep -A15`
listing) and the ruff settings in `pyproject.toml`. A listing of `tests/text/` and `tests/` showed
file names only, and `grep -n` gave the line numbers of `STYLES`, `ARTICLES` and `CASES` in
`labelled_new69.py` and `labelled_new70.py`. One slip: a `grep -n` for the name of the split-case
list, run once over `labelled_heldout45.py` and `labelled_heldout46.py`, printed one docstring line
of each (that they hold 30 split cases under `HELDOUT_CASES`, "in the format of the split cases of
the other sets") and the line number of that list; nothing else of either file, and no page, label
or case of any held-out set, was seen. What was run: a Python one-liner printing the calendar of
2026 to check weekdays, scripts of my own in /tmp that turn a small line format into the literals
below and cut the split cases out of the pages, renaming scripts, an import of this file with
`build` on every page, a checking script of my own in /tmp (four string fields per sentence, flags
only "B", "W" or "", a cue for every speaker and a speaker for every cue, no speaker on a "B" line,
the sentence count, every split case occurring in a built page and its expected sentences joining
back to its text), whole-word case-insensitive greps of every capitalised word of these pages and
styles (each part of a hyphenated name on its own) over `tests/` that printed file counts only (once
also the names of the three files that held three of the first draft's words), and `ruff format` /
`ruff check` on this file. The files being written at the same time (`labelled_new71.py`,
`labelled_new72.py`, `labelled_heldout48.py`) were never opened; they did not exist when the
renaming greps were run, and when all three had appeared, near the end, the same greps (file counts
only) were run over them and found none of this set's invented names, only given names, real
settings and common words.

Every person, small place, street, road, bridge, weather station, river, weir, dam, suburb, village,
school, university, hospital, health centre, museum, society, association, club, race, court
district, constituency, outlet, station, firm, company, ferry operator, rail operator, grid
operator, security company, contractor and number is invented (a first draft reused about sixty
invented surnames, towns, outlets, companies, a storm, a river and a university of other files under
`tests/`; all were renamed, and a second pass caught two surnames the first had missed and one
replacement village word; all were grepped again). Real countries, regions, big cities and public
bodies appear only as settings, with invented figures: the United States, Ohio and the Auditor of
State's office; Scotland, the Highlands, Moray, Aberdeenshire, the Western Isles, Inverness and
Perth, the Met Office, Police Scotland, Highland Council, Aberdeenshire Council and the Scottish
Government; Canada, Manitoba, Winnipeg and Manitoba Health; Australia, New South Wales and the NSW
Department of Primary Industries (DPI), with Aboriginal and Torres Strait Islander peoples in an
acknowledgement line; India, Karnataka, Bengaluru, Mysuru, Udupi and Dakshina Kannada districts, the
SSLC and II PUC examinations and the Karnataka School Examination and Assessment Board (KSEAB);
Germany, Lower Saxony, Bavaria, Thuringia, Berlin, Munich, Poland and the Federal Statistical Office
(Destatis); South Africa, KwaZulu-Natal, SAPS and the National Prosecuting Authority; Ireland, Mayo
County Council, Transport Infrastructure Ireland (TII), the Minister for Transport, the Dáil and the
GAA (in a teaser); Kenya, Elgeyo Marakwet County, the North Rift, Eldoret, Kisumu and Athletics
Kenya; Malaysia, Perak, Ipoh, Kuala Lumpur and the Election Commission (EC); Ghana and the Eastern
Region; Spain, the Junta de Andalucía, Málaga and its province, the Costa del Sol and the Axarquía;
Leeds as a resident's home town. Facebook, X, WhatsApp, LinkedIn, Telegram and email appear only as
channels. No surname, town, street, outlet, company, school, club or association of any file under
`tests/` is reused (given names, titles, real settings, the Kenyan and Malay personal names used as
given names, and common words such as "Sungai", "Kampung", "Calle", "Ayuntamiento",
"Antriebstechnik", "Universiti", "Lantern", "Examiner", "Echo", "Crossing" and "Isles" recur).

Each page is a WHOLE ordinary page, head to tail, so every furniture line is a paragraph of its own
and "B", worded in that site's way: a cookie banner and its buttons, mastheads and taglines,
account, member and language strips, menus, trending and weather strips, crumbs, section labels,
LIVE and Q&A labels, bylines (one on two lines, one in capitals, one "Source: ..., Contributor"),
date, posted and updated lines (ET, CDT, CEST, IST, EAT, MYT, a 24-hour time), listen lines, share
strips, caption credits, ad lines, RELATED, READ MORE, ALSO READ and SEE ALSO teasers, key-events
lists, "Pinned", entry time stamps and entry bylines, a reader-photo prompt, a vocabulary box, a
results box, member and newsletter prompts, tip lines, tags and topics lines, reporter bios, comment
counts and comment rules, related, most-read and more lists, an acknowledgement of country, a
disclaimer, jobs ads and footers. The stories are everyday news with ordinary speakers and checkable
facts, and most of their sentences are plain; `STYLES` names the site, the story and the stresses of
each page, in order.

(1) A US local daily in Ohio (courts): a former township fiscal officer is sentenced to three years.
The two-line byline (the reporter's name, then the outlet's name) is "B"; the caption is scene, "",
and its slash credit "B"; the semicolon standfirst "Judge orders ...; prosecutors say ..." carries
the assistant prosecutor, through whom the body gives the six years and 211 checks. The sentence and
the plea are "W" without a speaker; the judge is first named in a sentence where he only orders
restitution, "W", no speaker. "Assistant Prosecutor" is dropped with "told the court", and the quote
sentence "“It was a decision she made 211 times.”" repeats a figure of record, "W". "According to
the special audit, released in November, ..." keeps the audit as written. The attorney is first
named in the caption and then "Rathbourne-Tyne's attorney, Marcus Delgrange, said"; "He asked the
judge ..." (cue "asked", a request, ""); the defendant reading a statement is an act, "", and her
two quote sentences carry her. "Pettibourne said" and "he told her" resolve to the judge, and so
does "..., the judge said." (the 180 days, "W"). The trustee is first named in an act, then
"Hasselbrook, who watched from the second row, said afterward"; his "4,100 people" is "W" and "That
money was two miles of road." "". "according to the Auditor of State's office" is kept as written;
"Her attorney said" resolves to the attorney; the bio, the contact line, the more-in list, the
comments notice and "Copyright © 2026 Vallowby Record-Herald." / "All rights reserved." are "B".

(2) A Scottish daily's live blog (weather): a storm's amber wind warning. "LIVE", the key-events
list with its times, "Pinned", every entry's time stamp ("14:32"), the entry bylines, the
reader-photo prompt, "Load more updates" and the most-read list with its numbers on their own lines
are "B". The pinned entry's lead-in "Here's what you need to know:" is "" and its four bullets are
"W" line by line without a speaker, like a key-findings box. Each entry's headline is labelled like
a headline ("23,000 homes still without power" "W"; "Minister urges people not to travel in the
north" carries the minister as the body names her, cue "urges", advice ""). "Northland Grid Networks
says" in the present tense; "A spokesperson for the company said" and "She warned" (a forecast, "")
keep the spokesperson as first described; the helpline advice is "". "Police Scotland said" and then
"The force said" (kept as written). The ferry operator's cancellation is an act, "W"; "The operator
said in an update on its website" is kept as written (a decision still to be taken by 07:00, ""),
and "..., it said." resolves to "Skerrivale Isles Ferries". The reader's picture and its caption are
"". "Highland Council said" and "It said" (a text message by 19:00, ""); another council's act is
"W" without a speaker. "The Met Office said" and "It said"; its deputy chief meteorologist, named
after his role, forecasts (""), and his quote is advice, ""; "A yellow warning ... stays in place
until noon on Friday." has no source ("W"). "Rail operator" is dropped from "Corrachan Rail" and "it
added" carries it; "Resilience Minister" is dropped and "She said" carries her (the resilience room,
"W"). The opening entry's greeting and promise are "", the warning's upgrade "W"; "Ltd." ends a
sentence before "Registered in Scotland No. SC104772.".

(3) A Canadian regional daily's Q&A (health): a rural emergency doctor after 41 closed days. "Q&A"
is "B"; the quoted headline has no verb of saying and is "", the standfirst's first sentence "W" and
its second ("One of its four doctors talks about why, ...") ""; "Dr." and "Sept." split nothing in
the caption, and the bracketed credit is "B". The reporter's introduction ends "according to figures
from Manitoba Health" (kept as written) and states the doctor's years without a speaker, "W"; "This
interview has been edited for length and clarity." is "B". The turns are prefixed "Q:" and "A:":
every "Q:" turn is "" without a speaker, except "Q: The province says it has hired more than 200 new
doctors since 2024." (speaker "The province", cue "says", "W") and "Q: The province now offers a
$30,000 signing bonus ..." (a fact stated by the interviewer, "W", no speaker); every sentence of an
"A:" answer carries "Priyanka Isbister" with cue "A:", flags by content (her figures, the sign on
the door, the two ambulances, last July's heart attack and the 312 babies "W"; her night worries,
opinions, remedies and plans ""). After the transcript, "In a statement, Manitoba Health said" (cue
"said", its 14 physicians "W") and "The department did not say when ..." (kept as written, cue "did
not say", ""); the related list, the bio with "Got a story?", "Conversation (12)", the moderation
line and the footer with "Ltd." are "B".

(4) An Australian regional site in New South Wales (environment): thousands of fish die in a weir
pool. The standfirst "Department says ..." carries "The NSW Department of Primary Industries (DPI)",
as the body names it with "said in a statement", and "It said" resolves to it; "(Supplied: ...)" and
"Listen to this article   3 min" are "B". A landholder first named in the credit speaks of the smell
and the fish, private and "". An associate professor, named before her role, says how long the pool
was cut off ("W"); her quote "Water at 30 degrees holds about a third less oxygen ..." is a
checkable claim, "W", and "The fish simply run out of air." ""; "She said it was the third fish kill
..." is "W". "according to data from the state's water agency"; "Mayor" is dropped with the shire's
name, his removal of the fish a decision of record ("W") and "He said people should not swim ..."
advice (""); the irrigators' association "said in a statement" its use ("W") and "It said" a partial
quote (""); "A DPI spokesperson said" is kept as described; "Will it happen again next summer?" has
no speaker and "Professor Marrabel said it would, unless ..." is a forecast resolved to her full
name, ""; the report-line advice is "". Topics, the newsletter box, the privacy line, top stories,
the acknowledgement of country and "Pty Ltd." / "All rights reserved." are "B".

(5) An Indian daily's state page in Karnataka (education): school-leaving results. "Kavitha
Suranahalli   |   Hampiyur Times News Service", "Updated: May 08, 2026, 18:45 IST" and "(Photo |
...)" are "B". "BENGALURU: ..., the Karnataka School Examination and Assessment Board (KSEAB)
announced on Friday." carries the board with cue "announced"; the lakh figures, the girls' and boys'
pass rates and the district ranks are "W" without a source. "School Education Minister K.S.
Manjunath Halagappa" keeps his initials; his straight-quoted claim that the Saturday classes worked
is a causal claim by an official, "W", and "The supplementary examination will be held from June 15
to June 24, he said." is a schedule of record, "W". "according to the board's data", then "..., the
data showed." (kept as written). "Advertisement" and "ALSO READ: ..." are "B". A topper is first
named in a sentence of record ("W"), and her two quotes are ""; her headmaster's figures and the
"Rs. 8,000 a month" teacher are "W"; her father is described, "". "..., the board said." is kept as
written and the next "..., it said." (with "Rs. 410" and "Rs. 810") resolves to the board's full
name as first given; the WhatsApp line, tags, the also-read list with "Rs. 14 lakh" and "Pvt. Ltd."
/ "All rights reserved." are "B".

(6) An English-language site about Germany (business): a car-parts maker closes a plant. The
standfirst "The company says ..." carries "Wendtkamp Antriebstechnik", named at the end of the lead
with "the company said on Tuesday"; "Wendtkamp, which makes ..., said" keeps the short name, and
"according to a company presentation seen by The Kiezpost" is kept as written. The chief executive's
straight-quoted statement runs over two sentences with "said in a statement" (""), and "He said the
company would offer all 640 employees ..." is a plan of record, "W". "Works council chair" is
dropped with "told The Kiezpost" (a partial quote, ""); "The Bavarian plant is 540 kilometres from
here," is "W", her question "" and "She said about 70 percent ..." "W". The vocabulary box has its
title "B" and its three rows "". "The regional office of the metalworkers' union said" is kept as
written (a threat, ""); "Lower Saxony's economy minister, Henrik Pfeilsticker, said" carries him
("W"), and "The company did not respond to questions ..." keeps "The company". "according to the
Federal Statistical Office (Destatis)"; the town's history is "W" without a source; "Mayor" is
dropped ("W" for the tax, "" for her quote). "SEE ALSO:", the member appeal, "Comments (7)", the
comment rules, the jobs box and "© 2026 The Kiezpost GmbH." are "B".

(7) A South African regional site in KwaZulu-Natal (crime): three arrests after house robberies.
"Image: Supplied" is "B"; the standfirst "Police say ..." carries the provincial police
spokesperson, through whom the body gives the seven robberies; "Provincial police spokesperson
Colonel" is dropped, "He said" carries him (the goods and "R18,000", "W"), his "We believe these
suspects are linked ..." is a police statement of record, "W", and "More arrests are possible." is
"". "It is alleged that on 28 June ..., police said." keeps "police" as written; the car found later
is "W" without a source. "A retired teacher, who asked not to be named, told the Inkwazi Post" keeps
"A retired teacher" without the clause, and "she said" resolves to her (""). The community policing
forum chairperson, named after her role, raised money for cameras ("W") and "She said footage ...
had helped police trace the car" is a causal claim, "W". "according to the latest SAPS crime
statistics"; "Kestlebrook Armed Response, which patrols the suburb, said" and "It said"; "But what
about the fourth man?" has no speaker; the court date is "W" without a source and "National
Prosecuting Authority regional spokesperson" is dropped with "confirmed". "READ MORE:", "Do you have
a story?" / "WhatsApp us ...", the newsletter box, related articles, the comments line and "(Pty)
Ltd." are "B".

(8) An Irish regional weekly in the west (transport): a bypass opens seven months late. The headline
"..., council confirms" carries "Mayo County Council" as the lead names it with "has confirmed"
("W"), and the standfirst's passive "blamed" has no speaker; "by ..." in lower case and "October 22
2026 08:00 AM" are "B". "In a statement, the council said" keeps "the council" (cue "said") and "It
said" resolves to "Mayo County Council"; the senior engineer, named after his role, "told
councillors" ("W"), his quote is "" and his Main Street count "W". "Cllr" is dropped; her partial
quote "promised this road since 2008" holds a year of record and is "W", the quote sentences after
it "". "Local TD" is dropped (the Dáil on Wednesday, "W"). A haulier's lost minutes are private and
his quote with "half eight" is "". "Transport Infrastructure Ireland (TII), which said" carries TII;
"according to TII's most recent traffic counts"; "The main contractor, Kilcolman Civil Engineering
Ltd, did not respond to a request for comment." carries the firm without its descriptor (""); the
question has no speaker; the turn ban is a plan of record without a source ("W"), and "Mr Glackenny
said a firm opening date would be announced in March." is a decision still to come, "". The
read-more line, the WhatsApp-channel line, most read and the footer are "B".

(9) A Kenyan daily's sports page (sport): a teenager breaks a half-marathon course record. The
byline in capitals and "PHOTO | KENNEDY TOROITICH | NYOTA DAILY" are "B"; the caption states the
win, "W". Times such as "1:10:12" split nothing. The three-part names are shortened by the middle
name ("Jepkemoi said", "said Kiprono"), each resolved to the full name as first given. "“Nimefurahi
sana,” she added." and its bracketed translation "(I am very happy.)" carry her with "added", "".
"She said she trains with a group of 14 athletes ..." is "W"; the coach is first named at the end of
that sentence, and "Malakwen said" her earlier time ("W") and "He said she would not race again
until ..." (a plan told as future, ""). "Race director" is dropped ("W" for runners and prize money
with "Sh3.2 million" and "Sh500,000"); "according to the federation" is kept as written; the
question about the world championships has no speaker; "..., the organisers said." is kept as
written. The results box has its title "B" and its two rows "", each one sentence despite "1.", "2."
and "3."; "ADVERTISEMENT", "RELATED:", "More Sports" and the footer are "B".

(10) A Malaysian English daily (politics): a state by-election. "BM   |   中文" sits in the account
strip, "B"; the caption is scene, "", and "— MOHD IZZAT SAIFULBAHRI/The Semarak Post" "B". "IPOH:
..., returning officer Rozaimi Shahrulnizam announced at 10.14pm." carries him with "announced"
("10.14pm." ends the sentence); the vote counts, the lost deposit and the late assemblyman (named
with "Datuk" but not speaking) are "W" without a speaker. "according to the Election Commission
(EC)" is kept as written, and later "The EC said" keeps the short name. The winner is first given as
"Ahmad Faizal Rusdiman" and then "Ahmad Faizal said" (a partial quote, ""), his quote with "since
2019" "W" and "He pledged" ""; the loser's concession is an act ("W"), "Dr" is dropped from "Dr Tiew
Boon Siang", and "He said" / "he told reporters" carry him. A political scientist at a university
gives a general observation ("W") and an explanation (""). "Police said no untoward incidents were
reported" keeps "Police"; the question has no speaker; related news, the app and WhatsApp-channel
lines, tags and "Sdn Bhd (199601012345)." / "All Rights Reserved." are "B".

(11) A Ghanaian news portal's regional page (local government): a municipal assembly raises property
rates. "Regional News of Wednesday, 17 June 2026", "Source: ..., Contributor", "Listen to Article"
and "File photo" are "B"; typographic apostrophes run through the page. The rise and the 31-to-9
vote are "W" without a speaker; "The Municipal Chief Executive, Hon. Yaw Brefo, said" drops both
(the shortfall "W", his quote "", the drain a plan of record "W"); "according to the fee-fixing
resolution" with "GH¢1,250". "Opanin" is dropped from the landlords' chairman, whose claim that
landlords were not consulted is "W"; his quote "“Now they will pass the cost to the tenants, and who
suffers?" / "The ordinary man.”" splits at the question mark. "Hon." is dropped from an assembly
member who voted against ("W" for her GH¢600 and GH¢2.1 million); "Mr" from the coordinating
director; "according to the assembly’s budget officer" keeps the typographic apostrophe; "Traders at
the Akwadum central market said" is kept as written (a fear, ""); a tenant's rent is private and her
quote "“I pay GH¢350 a month now, ..." / "Where will the extra come from?” she asked." carries her
with "asked", ""; "Mr Brefo said" resolves to the chief executive (collectors from July, "W"). The
news-tips line, the disclaimer, related articles, the newsletter line and the footer are "B".

(12) An English-language newspaper on Spain's Costa del Sol (culture): a small town's museum
reopens. The cookie banner's two sentences, its buttons and "Málaga   24°C   Sunny" are "B"; "0
Comments   Share ..." is "B"; "Photo: Ayuntamiento de Benalzar" is "B". The reopening and the 1987
find are "W" without a source; "..., the town hall said." is kept as written. Spanish names keep
both surnames ("Rocío Valdemoro Arjonilla", named after "The mayor of Benalzar"; her funding figure
"W", her quotes ""). The conservator is first named in a passive sentence with "who said" (carrying
her, "W"), "She said the mosaic dated from the late second century AD." "W" and her two quote
sentences ""; the prices and the hours "from 10am to 2pm and from 5pm to 8pm" are "W"; a British
resident is described ("") and then quoted (""). The history society's president gives two figures
of record ("W"); "Opposition councillor" is dropped ("W" for 11 months and €300,000, "" for his
quote); "Will the tourists come?" has no speaker; "according to its culture department" is kept as
written, a forecast (""). Tags, the also-like list, the newsletter line, the comment gate and the
footer with "Aviso legal" are "B".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in the later tuning sets hold too, as far as the docstrings of `labelled_new2.py`,
`labelled_new69.py` and `labelled_new70.py` state them (furniture "B" line by line; captions by
content and credits "B"; standfirsts labelled like headlines, never split at a semicolon, a verb of
saying in them carrying the source as the body names it or the person through whom the body gives
it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a role
resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X, "It" for an organisation resolved to its name as first given, a later generic
noun kept as written; a quote over several sentences carrying its speaker and cue; "did not respond"
like speech with flags ""; plans, votes, decisions and figures of record "W"; forecasts, hopes,
pledges, opinions, feelings, scene, private circumstances, questions and advice ""; a figure of
record inside a quote "W"; box titles "B" and data rows ""; a named person acting or described, with
no verb of saying, carries no speaker; live-blog "Pinned", key events and time stamps "B"; Q&A
answers carrying the interviewee, questions no speaker unless they cite a source).

Conventions this set had to settle, in the same spirit:

* Live blogs. The key-events list, "Pinned", each entry's time stamp and byline, "Load more updates"
  and a reader-photo prompt are "B"; an entry headline is labelled like a headline, including one
  whose verb of saying ("urges") carries the speaker the entry names; a pinned summary's lead-in
  ("Here's what you need to know:") is "" and its bullets are "W" line by line without a speaker,
  like a key-findings box; the opening entry's greeting is "".
* "Q:" / "A:" interviews. The prefix stays in the sentence; every sentence of an "A:" answer carries
  the interviewee with cue "A:"; a "Q:" turn has no speaker unless it cites a source with a verb of
  saying ("Q: The province says ..."), and a "Q:" turn stating a fact in the interviewer's own voice
  is "W" without a speaker. The reporter's text before and after the transcript follows the ordinary
  rules.
* "It" after a generic noun. "In a statement, the council said" / "the board said" keep the noun as
  written, and an "It said" / "it said" right after resolves to the organisation's name as first
  given, as the "It" rule says.
* "the judge said" (a role for a named person) resolves to the judge's full name; "A retired
  teacher, who asked not to be named," is kept as first described without the clause.
* Names of other traditions. A Kenyan three-part name shortened by its middle name ("Jepkemoi",
  "Kiprono") and a Malay name shortened to its given names ("Ahmad Faizal") resolve to the full name
  as first given; Spanish double surnames stay whole; "Opanin", "Hon.", "Mr", "Dr", "Datuk",
  "Colonel" and "Cllr" are dropped like other titles.
* Plans. A body's plan of record is "W" (a schedule, a drain the new revenue will pay for,
  collectors going house to house from July, an offer of jobs); a decision still to be taken by a
  given time ("would decide on Friday's first sailings by 07:00", "parents would be told by 19:00
  whether ...", "a firm opening date would be announced in March") and an athlete's plans are "",
  like the "by 2 p.m. Monday" decision of `labelled_new69.py`.
* A partial quote that holds a year of record ("“promised this road since 2008”") is "W".
* "did not say" is a cue as written, like "did not answer that question"; "announced", "asked",
  "pledged", "urges", "showed", "told councillors", "told the court" and "told her" are cues as
  written.
* A vocabulary box (German words and their English glosses) has its title "B" and its rows "", like
  a fact box; a cookie banner is "B" sentence by sentence.
* Where a sentence right after an "according to" or "said" sentence states the page's own background
  (a council's act, a warning, the town's history, a car found), it carries no speaker; where it
  continues the source's data, the page names the source again ("..., the data showed.").

Splits. "4:52 p.m. ET March 11, 2026", "No. SC104772.", "Sept. 14, 2026 at 6:00 a.m. CDT", "Dr.
Priyanka", "K.S. Manjunath", "Rs. 8,000", "Rs. 410", "Rs. 14 lakh", "Hon. Yaw", "Hon. Comfort",
"GH¢1.3 million", "10.14pm", "1:10:12", "Women: 1. Mercy ..., 2. Lydia ..., 3. Sharon ...", "from
10am to 2pm and from 5pm to 8pm", "€2.3 million", "(Photo | Nagaraj Kodihalli)", "Ltd, did not
respond" and "Q: ..." / "A: ..." prefixes never split a sentence. "Aug. 31." before "Thirty of
them", "Ltd." before "Registered in Scotland", "Ltd." / "Pty Ltd." / "Pvt. Ltd." / "(Pty) Ltd." /
"GmbH." / "Sdn Bhd (199601012345)." before "All rights reserved." (or "All Rights Reserved."),
"Record-Herald." before "All rights reserved.", "Got a story?" before "Email him ...", "Do you have
a story?" before "WhatsApp us ...", "Q: The province says it has hired more than 200 new doctors
since 2024." before "Where are they?", a question inside a quote before a capital ("and who
suffers?" / "The ordinary man.”"), a sentence inside a quote before a question with its attribution
("is not regular." / "Where will the extra come from?” she asked.") and a Kiswahili quote before its
bracketed translation end one. A live-blog time stamp, a key-events line and a most-read number are
each a line, and so a sentence, of their own.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from these pages (consecutive lines joined by a newline, sentences of one line by a space, as
in the split cases of `labelled_new69.py` and `labelled_new70.py`): what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US local daily's site in Ohio, a former township fiscal officer is sentenced to three years for stealing $287,000 (masthead, account strip with pipes, menu, section label in capitals, headline with a dollar figure, semicolon standfirst carrying the assistant prosecutor through prosecutors say, a two-line byline with the outlet on its own line, published and updated line with p.m. and ET, share strip, caption and slash credit, the sentence and the plea as acts of record, the judge named in a sentence where he only orders, told the court with a quote whose second sentence repeats a figure of record, a trustee named in an act, according to the special audit at the head of a sentence, an ad line, the defence attorney first named in the caption, he asked as a cue, the defendant reading a statement as an act and her two-sentence quote, the judge said resolved to the judge, he told her, a related line, a later surname and a quote with a town's population, the Auditor of State's office with according to, the reporter's bio and contact line, more-in list, comments notice, footer)",
    "Scottish daily's live blog, an amber wind warning across the north of Scotland as a storm closes schools, a bridge, railways and ferries (masthead, account strip with pipes, menu, crumb, LIVE label, headline with mph, standfirst, byline with two names, updated line with 24-hour time and a weekday, share strip, key-events list with times, Pinned label, a summary entry with bullets, entries in reverse order each with a time stamp, a headline and some with a byline, a company says in the present tense, a spokesperson for the company with said and She warned, Police Scotland said and The force said, an operator's act then The operator said in an update and it said, a reader's picture with a caption and credit and a send-your-pictures line, an ad line, Highland Council said and It said, the Met Office said and It said, a deputy chief meteorologist named after his role and his quote with advice, a yellow warning without a source, a rail operator with its descriptor, it added, a headline with urges carrying the minister, Resilience Minister dropped, She said, the opening entry, load-more line, most-read list with numbers, footer with Ltd. and a company number)",
    "Canadian regional daily's site in Manitoba, a Q&A interview with a rural emergency doctor after her town's ER closed on 41 days in a summer (masthead, account strip, menu, section label, Q&A label, a quoted headline without a verb of saying, a two-sentence standfirst with a figure, byline with a middle dot and role, published line with a.m. and CDT, share strip, caption with Dr. and Sept., credit in brackets with a slash, the reporter's introduction with according to figures from Manitoba Health, the edited-for-length note, Q: and A: turns where every sentence of an answer carries the doctor with cue A:, a question that cites the province with says, a question stating a bonus as a fact, answers mixing figures of record, opinions and a private story, In a statement the department said, The department did not say, related list, bio with a question, comment count and moderation line, footer with Ltd.)",
    "Australian regional news site in New South Wales, thousands of fish die in a weir pool in a heatwave (brand, log-in strip, menu, headline, standfirst carrying the state department through Department says, byline, posted and updated line with a weekday and am and pm, share strip, caption and Supplied credit, listen line, the kill as a fact without a source, the department said in a statement with its initials in brackets and It said, a landholder first named in the credit whose quotes are private, an associate professor with a figure of record in a quote, she said the third kill, according to data from the state's water agency, Mayor dropped, He said advice, an irrigators' association said in a statement and It said a partial quote, A DPI spokesperson, a question without a speaker, a title and surname resolved to the full name, a hotline line, topics line, newsletter box with a privacy line, top-stories list, acknowledgement of country, footer with Pty Ltd.)",
    "Indian English daily's state page in Karnataka, school-leaving exam results with a higher pass percentage (masthead, e-paper and sign-in strip with pipes, menu, trending strip, section label, headline with a percentage, standfirst, byline with a news service and a pipe, updated line with IST, follow and share strip, caption and a credit in brackets with a pipe, BENGALURU: dateline with the board announced and its initials in brackets, lakh figures, a comparison of record, a minister with initials named after his role, straight quotes with a causal claim of record, according to the board's data, an ad line and an ALSO READ teaser, a topper named in a sentence of record and her quotes, her headmaster's figures, her father described, Rs. in mid-sentence, the board said, a WhatsApp follow line, tags, also-read list, footer with Pvt. Ltd.)",
    "English-language news site about Germany, a family-owned car-parts maker will close a plant in Lower Saxony with the loss of 640 jobs (brand with a tagline, members strip, menu, section label, headline, standfirst carrying the company through says, byline, published and updated line with CEST, share strip, caption and photo credit, the company said at the end of the lead, the short name kept for a later sentence with a which clause, according to a company presentation seen by the site, straight quotes from the chief executive in a statement over two sentences, He said a plan of record, the works council chair told the site, a distance of record in her quote and a question, a vocabulary box with its title and rows, the regional office of a union said, a state minister named after his role, The company did not respond, according to the Federal Statistical Office (Destatis), the town's history without a source, Mayor dropped, a see-also teaser, a member appeal in two sentences, comment count and comment rules, a jobs box, footer with GmbH.)",
    "South African regional news site in KwaZulu-Natal, three men arrested after a spate of armed house robberies in a north-coast town (masthead, menu, section label, headline, standfirst carrying the police spokesperson through Police say, byline, date line with a pipe and 24-hour time, share strip, caption and Image: Supplied credit, the arrests without a source, Colonel dropped with the spokesperson named after his role, He said the recovered goods with R, a quote with a belief of record and a forecast, It is alleged ... police said kept as police, a retired teacher who asked not to be named with told and she said, an ad line, a community policing forum chairperson named after her role and She said a causal claim, according to the latest SAPS crime statistics, a security company with a which clause and It said, a question, the court date of record, a NPA spokesperson confirmed, a read-more teaser, a tip line with a question, newsletter box, related list, comments notice, footer with (Pty) Ltd.)",
    "Irish regional weekly's site in the west, a town's long-awaited bypass will open seven months late and cost €6.2 million more (masthead, account strip, menu, section label, a headline with council confirms carrying the county council, a semicolon-free standfirst with two figures, lower-case byline, date line with AM, share strip, caption and credit, has confirmed at the end of the lead, In a statement the council said kept as written, It said resolved to the council's name, a senior engineer named after his role who told councillors, his quote and figures, Cllr dropped with a partial quote holding a year of record, she said and a quote sentence without a verb, Deputy dropped with the Dáil, a haulier's private story and quote with half eight, TII with a which clause, according to TII's traffic counts, the contractor did not respond to a request for comment, a question, a plan of record without a source, Mr with a surname resolved to the engineer, read-more teaser, WhatsApp channel line, most-read list, footer)",
    "Kenyan national daily's sports page, a 19-year-old breaks the course record at a Rift Valley half marathon (masthead, e-paper and sign-in strip with pipes, menu, crumb, headline, standfirst with a race time and Sh, byline in capitals, published line with EAT, share strip, caption stating the result with a credit in capitals and pipes, times with colons, a record of record, the winner by her middle name resolved to her full name, her quotes, a Kiswahili quote with its translation in brackets, She said a fact about her training group, the men's race, a winner's quote with said after it, the coach first named in an act then a surname, a plan told as future, a race director named after his role, prize money with Sh, according to the federation, a question, the organisers said, an ad line, a related teaser, a results box with its title and data rows with 1. and CR, more-sports list, footer)",
    "Malaysian English daily's site, the ruling coalition holds a state seat in a by-election with a bigger majority on a low turnout (masthead, log-in and language strip, menu, section label, headline with a majority, standfirst with a turnout of record, byline, date line with MYT, share strip, caption and a credit in capitals with a dash, IPOH: dateline with a returning officer who announced at 10.14pm, vote counts adding up, an independent's lost deposit, according to the EC, a comparison with the last state election, the late assemblyman with his honorific named without speaking, a winner first given in full then by his two given names, a quote with a year of record and he pledged, the loser's concession as an act, Dr dropped and a surname alone, told reporters, an analyst with a university, The EC said, Police said, a question, an ad line, related list, app and WhatsApp-channel lines, tags, footer with Sdn Bhd and a company number)",
    "Ghanaian news portal's regional page, a municipal assembly votes to raise property rates by 25 per cent (portal brand, menu, a regional-news-of line with the date, headline, source line with a contributor, listen line, share strip, caption and file-photo credit, typographic apostrophes throughout, the vote of record with abstentions, Hon. and the Municipal Chief Executive dropped with the name after the role, GH¢ figures, a quote and He said a plan of record, according to the fee-fixing resolution, Opanin dropped from a landlords' chairman, a claim that landlords were not consulted, a question inside a quote before a capital, an assembly member who voted against with a which clause and She said a figure of record, Mr dropped from the coordinating director, according to the assembly's budget officer, traders said kept as written, a tenant's private story and a two-sentence quote ending in a question before she asked, a question without a speaker, Mr and a surname resolved to the chief executive with a plan of record, related list, news-tips line with a phone number, disclaimer, newsletter line, footer)",
    "English-language newspaper site on Spain's Costa del Sol, a small town's archaeological museum reopens after a renovation with a Roman mosaic on show for the first time (cookie banner in two sentences and its buttons, masthead, weather strip with degrees, menu, section label, headline with a euro figure, standfirst with a find of record, byline, date line with a 24-hour time, comment count and share strip, caption and a town-hall credit, the reopening and the find as facts without a source, the town hall said kept as written, a mayor with two surnames named after her role with a funding figure of record and quotes, a conservator with a which clause, She said a date, a quote sentence without a verb, entry prices and opening hours with am and pm, a British resident named in a sentence of description and her quote, a history society president with a figure of record, an opposition councillor with figures and a quote, a question, according to its culture department with a forecast, tags, also-like list, newsletter line, comment gate, footer with a pipe)",
]

ARTICLES = [
    [  # 1. US local daily's site in Ohio, a former township fiscal officer is sentenced to three years for stealing $287,000
        [("Vallowby Record-Herald", "", "", "B")],
        [("Subscribe   |   Sign In   |   e-Edition   |   Newsletters", "", "", "B")],
        [("News   Local   Crime & Courts   Sports   Business   Opinion   Obituaries   Classifieds", "", "", "B")],
        [("CRIME & COURTS", "", "", "B")],
        [("Former Carden Township fiscal officer gets 3 years in prison for stealing $287,000", "", "", "W")],
        [("Judge orders full restitution; prosecutors say the thefts ran for six years and involved 211 checks", "Renata Hulswick", "say", "W")],
        [("Tobias Dunstamere", "", "", "B")],
        [("Vallowby Record-Herald", "", "", "B")],
        [("Published 4:52 p.m. ET March 11, 2026  |  Updated 7:10 p.m. ET March 11, 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Print   Save", "", "", "B")],
        [("Gwendolyn Rathbourne-Tyne, right, listens with her attorney, Marcus Delgrange, in Gallmore County Common Pleas Court on Wednesday.", "", "", ""),
         ("Tobias Dunstamere/Vallowby Record-Herald", "", "", "B")],
        [("A former Carden Township fiscal officer was sentenced Wednesday to three years in prison for stealing more than $287,000 from the township.", "", "", "W")],
        [("Gwendolyn Rathbourne-Tyne, 58, pleaded guilty in January to one count of theft in office and one count of tampering with records, both third-degree felonies.", "", "", "W"),
         ("Gallmore County Common Pleas Judge Raymond Pettibourne also ordered her to repay the full amount, plus $14,600 for the cost of a special audit.", "", "", "W")],
        [("Assistant Prosecutor Renata Hulswick told the court that Rathbourne-Tyne wrote 211 township checks to herself between March 2019 and May 2025 and recorded them in the books as payments to road-salt and fuel suppliers.", "Renata Hulswick", "told the court", "W"),
         ("“This was not one bad decision,” Hulswick said.", "Renata Hulswick", "said", ""),
         ("“It was a decision she made 211 times.”", "Renata Hulswick", "said", "W")],
        [("The thefts came to light in June 2025, after a newly elected trustee, Clifford Hasselbrook, asked why the township's salt bill had nearly doubled in two years.", "", "", "W"),
         ("According to the special audit, released in November, the township paid $96,400 more for road salt in 2024 than in 2022 while buying 40 fewer tons.", "the special audit", "according to", "W")],
        [("Advertisement", "", "", "B")],
        [("Rathbourne-Tyne's attorney, Marcus Delgrange, said his client had sold her house on Linwell Avenue and had already repaid $61,000.", "Marcus Delgrange", "said", "W"),
         ("He asked the judge to place her on community control so she could keep working and pay back the rest.", "Marcus Delgrange", "asked", "")],
        [("Rathbourne-Tyne, in a gray cardigan, read a statement from a sheet of notebook paper.", "", "", ""),
         ("“I betrayed people I sat next to in church every Sunday,” she said.", "Gwendolyn Rathbourne-Tyne", "said", ""),
         ("“I am ashamed of what I did, and I will pay back every dollar.”", "Gwendolyn Rathbourne-Tyne", "said", "")],
        [("Pettibourne said he had received 14 letters from township residents, nine of them asking for the maximum sentence.", "Raymond Pettibourne", "said", "W"),
         ("“The people of Carden Township trusted you with their money, and you treated it as your own,” he told her.", "Raymond Pettibourne", "told her", "")],
        [("She faced up to 72 months in prison.", "", "", "W"),
         ("She will be eligible to ask for judicial release after serving 180 days, the judge said.", "Raymond Pettibourne", "said", "W")],
        [("RELATED: Carden Township trustees hire outside firm to keep the books", "", "", "B")],
        [("Hasselbrook, who watched from the second row, said afterward that the township had cut its road-resurfacing budget by a third in 2025 to cover the loss.", "Clifford Hasselbrook", "said", "W"),
         ("“We're a township of 4,100 people,” he said.", "Clifford Hasselbrook", "said", "W"),
         ("“That money was two miles of road.”", "Clifford Hasselbrook", "said", "")],
        [("He said the township now uses a bank account that requires two signatures on every check over $500.", "Clifford Hasselbrook", "said", "W")],
        [("Special audits have uncovered thefts by local officials in 37 Ohio townships and villages since 2022, according to the Auditor of State's office.", "the Auditor of State's office", "according to", "W")],
        [("Rathbourne-Tyne was taken into custody in the courtroom.", "", "", "W"),
         ("Her attorney said he had not decided whether to appeal.", "Marcus Delgrange", "said", "")],
        [("Tobias Dunstamere covers courts and public safety for the Record-Herald.", "", "", "B"),
         ("Contact him at tdunstamere@vallowbyrecord.com or 740-555-0148.", "", "", "B")],
        [("More in Crime & Courts", "", "", "B")],
        [("Man charged in Quarry Road crash that killed Vallowby teen", "", "", "B")],
        [("Jury selection begins Monday in Ashmerton Mill arson trial", "", "", "B")],
        [("Comments are turned off for stories about court cases.", "", "", "B")],
        [("Help   Terms of Service   Privacy Notice   Your Privacy Choices   Site Map", "", "", "B")],
        [("Copyright © 2026 Vallowby Record-Herald.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 2. Scottish daily's live blog, an amber wind warning across the north of Scotland as a storm closes schools, a bridge, railways and ferries
        [("The Glenmurran Press", "", "", "B")],
        [("Sign in   |   Subscribe   |   Today's paper", "", "", "B")],
        [("News   Sport   Business   Politics   Opinion   Lifestyle   Weather", "", "", "B")],
        [("News › Weather", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Storm Ealasaid live: amber wind warning across the north as 93mph gust recorded", "", "", "W")],
        [("Ferries cancelled, schools shut and thousands of homes without power as the storm sweeps across the Highlands", "", "", "W")],
        [("By Eilidh Brannockie-Dunsire and Callum Kinnellan", "", "", "B")],
        [("Updated 14:32, Thursday 15 January 2026", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Key events", "", "", "B")],
        [("14:05   Drummorie Bridge closed after lorry blown over", "", "", "B")],
        [("13:40   All afternoon ferry sailings cancelled", "", "", "B")],
        [("12:50   Highland schools to stay shut on Friday", "", "", "B")],
        [("Pinned", "", "", "B")],
        [("Here's what you need to know:", "", "", "")],
        [("• An amber warning for wind covers the Highlands, Moray and Aberdeenshire until 21:00", "", "", "W")],
        [("• The strongest gust so far is 93mph, recorded at Càrn Lathain", "", "", "W")],
        [("• About 23,000 homes are without power", "", "", "W")],
        [("• All ferry sailings after 13:00 have been cancelled", "", "", "W")],
        [("14:32", "", "", "B")],
        [("23,000 homes still without power", "", "", "W")],
        [("Northland Grid Networks says about 23,000 homes across the north are still off supply, down from a peak of 31,500 just after midday.", "Northland Grid Networks", "says", "W"),
         ("A spokesperson for the company said engineers had reconnected 8,500 customers since 12:15.", "A spokesperson for the company", "said", "W"),
         ("She warned that some homes in remote glens might not be back on until Saturday.", "A spokesperson for the company", "warned", "")],
        [("Customers can check the outage map on the company's website or call its free helpline on 0800 055 7219.", "", "", "")],
        [("Eilidh Brannockie-Dunsire", "", "", "B")],
        [("14:05", "", "", "B")],
        [("Drummorie Bridge closed after lorry blown over", "", "", "W")],
        [("The Drummorie Bridge has been closed in both directions after a lorry was blown onto its side on the southbound carriageway just before 13:30.", "", "", "W"),
         ("Police Scotland said the driver, a 47-year-old man, was taken to hospital in Inverness with injuries that are not thought to be life-threatening.", "Police Scotland", "said", "W"),
         ("The force said diversions were in place through Corrieburn.", "The force", "said", "W")],
        [("Callum Kinnellan", "", "", "B")],
        [("13:40", "", "", "B")],
        [("All afternoon ferry sailings cancelled", "", "", "W")],
        [("Skerrivale Isles Ferries has cancelled all sailings after 13:00, including the last two crossings from Port Annasaig to the Western Isles.", "", "", "W"),
         ("The operator said in an update on its website that it would decide on Friday's first sailings by 07:00.", "The operator", "said in an update on its website", ""),
         ("Passengers booked on cancelled crossings can rebook free of charge or claim a full refund, it said.", "Skerrivale Isles Ferries", "said", "W")],
        [("13:15", "", "", "B")],
        [("Reader Morag Ainslie sent us this picture of a fallen beech blocking the road into Kinlochaird this morning.", "", "", "")],
        [("A fallen beech across the road into Kinlochaird.", "", "", ""),
         ("Photo: Morag Ainslie", "", "", "B")],
        [("Send your pictures and videos to news@glenmurranpress.co.uk or WhatsApp 07700 900418.", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("12:50", "", "", "B")],
        [("Highland schools to stay shut on Friday", "", "", "W")],
        [("Highland Council said 64 of its schools had closed at lunchtime and would stay closed on Friday.", "Highland Council", "said", "W"),
         ("It said parents would be told by text message by 19:00 whether nurseries would open.", "Highland Council", "said", ""),
         ("Aberdeenshire Council has also cancelled school transport for the rest of the day.", "", "", "W")],
        [("12:20", "", "", "B")],
        [("93mph gust recorded at Càrn Lathain", "", "", "W")],
        [("The Met Office said a gust of 93mph was recorded at its Càrn Lathain weather station at 11:40, the highest of the storm so far.", "The Met Office", "said", "W"),
         ("It said gusts of more than 70mph had been recorded at several low-level sites in Moray and Aberdeenshire.", "The Met Office", "said", "W")],
        [("Its deputy chief meteorologist, Fraser Gauld, said the strongest winds should ease from about 21:00.", "Fraser Gauld", "said", ""),
         ("“Tonight is not the night to go down to the harbour and look at the waves,” he said.", "Fraser Gauld", "said", ""),
         ("A yellow warning for wind stays in place until noon on Friday.", "", "", "W")],
        [("11:45", "", "", "B")],
        [("Trains north of Perth suspended", "", "", "W")],
        [("Rail operator Corrachan Rail said all services north of Perth were suspended until at least 18:00 after trees came down on the line in three places.", "Corrachan Rail", "said", "W"),
         ("Replacement buses will not run because of the conditions, it added.", "Corrachan Rail", "added", "W")],
        [("11:10", "", "", "B")],
        [("Minister urges people not to travel in the north", "Kirsteen Arbuthmore", "urges", "")],
        [("Resilience Minister Kirsteen Arbuthmore said people in areas covered by the amber warning should not travel unless their journey was essential.", "Kirsteen Arbuthmore", "said", ""),
         ("She said the Scottish Government's resilience room had been running since 08:00.", "Kirsteen Arbuthmore", "said", "W")],
        [("Callum Kinnellan", "", "", "B")],
        [("10:30", "", "", "B")],
        [("Good morning and welcome to our live coverage of Storm Ealasaid.", "", "", ""),
         ("The Met Office upgraded its warning for the Highlands, Moray and Aberdeenshire from yellow to amber at 06:00.", "", "", "W"),
         ("We'll bring you the latest on travel, power cuts and schools throughout the day.", "", "", "")],
        [("Load more updates", "", "", "B")],
        [("Most read", "", "", "B")],
        [("1", "", "", "B")],
        [("Glenmurran harbour wall repairs to cost £1.2m", "", "", "B")],
        [("2", "", "", "B")],
        [("Pensioner, 91, swims her 100th charity length at Kinlochaird pool", "", "", "B")],
        [("3", "", "", "B")],
        [("Council tax to rise 6% under Highland budget plan", "", "", "B")],
        [("Contact us   Advertise   Privacy   Cookie settings   Terms", "", "", "B")],
        [("© 2026 Glenmurran Press Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC104772.", "", "", "B")],
    ],
    [  # 3. Canadian regional daily's site in Manitoba, a Q&A interview with a rural emergency doctor after her town's ER closed on 41 days in a summer
        [("The Westplain Examiner", "", "", "B")],
        [("Subscribe   Log in   Today's e-paper", "", "", "B")],
        [("Local   Province   Health   Business   Sports   Arts & Life   Opinion   Obituaries", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Q&A", "", "", "B")],
        [("‘We are one sick day away from closing’: Whinmere Lake's ER doctor on a summer of locked doors", "", "", "")],
        [("The emergency department in Whinmere Lake was closed on 41 days between May and August.", "", "", "W"),
         ("One of its four doctors talks about why, and about what would fix it.", "", "", "")],
        [("By Gordon Maclachlan-Bérubé · Health reporter", "", "", "B")],
        [("Published Sept. 14, 2026 at 6:00 a.m. CDT", "", "", "B")],
        [("Share   Facebook   X   Email   Print", "", "", "B")],
        [("Dr. Priyanka Isbister in the emergency department at Whinmere Lake Health Centre on Sept. 9.", "", "", ""),
         ("(Gordon Maclachlan-Bérubé / The Westplain Examiner)", "", "", "B")],
        [("The emergency department at Whinmere Lake Health Centre, the only one within 90 kilometres of the town, was closed on 41 days this summer because no doctor was available to staff it, according to figures from Manitoba Health.", "figures from Manitoba Health", "according to", "W"),
         ("The department has four physicians, down from seven in 2022.", "", "", "W")],
        [("Isbister, a family doctor who also works at the town's clinic, has practised in Whinmere Lake since 2011.", "", "", "W"),
         ("The Examiner spoke to her on a Wednesday afternoon, between two shifts.", "", "", "")],
        [("This interview has been edited for length and clarity.", "", "", "B")],
        [("Q: How many days was the emergency department closed this summer?", "", "", "")],
        [("A: Forty-one, between May 1 and Aug. 31.", "Priyanka Isbister", "A:", "W"),
         ("Thirty of them were weekend days, and nine of those were on long weekends, which is exactly when the lake is full of cottagers.", "Priyanka Isbister", "A:", "W"),
         ("That's the part that keeps me up at night.", "Priyanka Isbister", "A:", "")],
        [("Q: Why couldn't it stay open?", "", "", "")],
        [("A: To run an emergency department you need a physician on site or within 15 minutes of it, 24 hours a day.", "Priyanka Isbister", "A:", "W"),
         ("There are four of us, and two of us are over 60.", "Priyanka Isbister", "A:", "W"),
         ("If one of us gets sick or takes a holiday, the schedule falls apart.", "Priyanka Isbister", "A:", "")],
        [("Q: The province says it has hired more than 200 new doctors since 2024.", "The province", "says", "W"),
         ("Where are they?", "", "", "")],
        [("A: Mostly in Winnipeg.", "Priyanka Isbister", "A:", "W"),
         ("I'm not complaining about Winnipeg; they need doctors too.", "Priyanka Isbister", "A:", ""),
         ("But of those 200, I know of three who went to a town of under 5,000 people.", "Priyanka Isbister", "A:", "W")],
        [("Q: What happens to a patient who arrives when the doors are locked?", "", "", "")],
        [("A: There's a sign on the door that tells them to call 911 or drive to Loonhaven Crossing, which is 94 kilometres away.", "Priyanka Isbister", "A:", "W"),
         ("There are two ambulances for the whole district.", "Priyanka Isbister", "A:", "W"),
         ("Last July a man with chest pain drove himself to Loonhaven Crossing and had a heart attack in the parking lot.", "Priyanka Isbister", "A:", "W"),
         ("He survived.", "Priyanka Isbister", "A:", "W"),
         ("He was lucky.", "Priyanka Isbister", "A:", "")],
        [("Q: The province now offers a $30,000 signing bonus to doctors who move to rural Manitoba.", "", "", "W"),
         ("Does money help?", "", "", "")],
        [("A: A little.", "Priyanka Isbister", "A:", ""),
         ("Nobody moves their family for $30,000.", "Priyanka Isbister", "A:", ""),
         ("They move for a schedule they can live with.", "Priyanka Isbister", "A:", ""),
         ("Right now ours is one weekend in three on call, and I worked 19 overnight shifts in August.", "Priyanka Isbister", "A:", "W")],
        [("Q: So what would fix it?", "", "", "")],
        [("A: Two more doctors, honestly.", "Priyanka Isbister", "A:", ""),
         ("And a pool of locums run by the province that small hospitals can book from, instead of each of us phoning around every spring.", "Priyanka Isbister", "A:", "")],
        [("Q: Have you thought about leaving?", "", "", "")],
        [("A: Every August.", "Priyanka Isbister", "A:", ""),
         ("But I've delivered 312 babies in this town since 2011.", "Priyanka Isbister", "A:", "W"),
         ("I'm not going anywhere yet.", "Priyanka Isbister", "A:", "")],
        [("In a statement, Manitoba Health said it had recruited 14 physicians to rural communities so far in 2026 and was “actively working” to add a fifth doctor in Whinmere Lake.", "Manitoba Health", "said", "W"),
         ("The department did not say when the emergency department would be fully staffed.", "The department", "did not say", "")],
        [("Related", "", "", "B")],
        [("Loonhaven Crossing hospital adds six emergency beds", "", "", "B")],
        [("Paramedics warn of ‘ambulance deserts’ in rural Manitoba", "", "", "B")],
        [("Gordon Maclachlan-Bérubé is the Examiner's health reporter.", "", "", "B"),
         ("Got a story?", "", "", "B"),
         ("Email him at gmaclachlan@westplainexaminer.ca.", "", "", "B")],
        [("Conversation (12)", "", "", "B")],
        [("Comments are moderated and may take up to 24 hours to appear.", "", "", "B")],
        [("© 2026 The Westplain Examiner, a division of Prairiewold Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Australian regional news site in New South Wales, thousands of fish die in a weir pool in a heatwave
        [("Bellgrave Regional", "", "", "B")],
        [("Log in   Subscribe", "", "", "B")],
        [("Just In   Local   Rural   Environment   Sport   Weather   Podcasts", "", "", "B")],
        [("Thousands of dead fish found in Wirrandale River weir pool as heatwave strips oxygen from water", "", "", "W")],
        [("Department says oxygen levels fell below 2 milligrams per litre after a week above 40 degrees", "The NSW Department of Primary Industries (DPI)", "says", "W")],
        [("By Kirra Oatlands", "", "", "B")],
        [("Posted Tue 3 Feb 2026 at 11:02am, updated Tue 3 Feb 2026 at 4:18pm", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("Dead bony bream and Murray cod in the weir pool at Yarrangul on Monday evening.", "", "", ""),
         ("(Supplied: Dale Hennicott)", "", "", "B")],
        [("Listen to this article   3 min", "", "", "B")],
        [("Thousands of dead fish have been found in a weir pool on the Wirrandale River near Yarrangul, in the state's south-west, after a week of temperatures above 40 degrees Celsius.", "", "", "W")],
        [("The NSW Department of Primary Industries (DPI) said in a statement the fish had died because oxygen levels in the water had fallen below 2 milligrams per litre.", "The NSW Department of Primary Industries (DPI)", "said in a statement", "W"),
         ("It said most of the dead fish were bony bream, but at least 40 Murray cod and a number of golden perch had also been found.", "The NSW Department of Primary Industries (DPI)", "said", "W")],
        [("Dale Hennicott, who runs sheep on a property beside the weir, said he first noticed the smell on Sunday morning.", "Dale Hennicott", "said", ""),
         ("“By Monday you couldn't see the water for fish,” he said.", "Dale Hennicott", "said", ""),
         ("“I've been on this river my whole life and I've never seen cod like that, some of them as long as my arm.”", "Dale Hennicott", "said", "")],
        [("Lucinda Marrabel, an associate professor of freshwater ecology at Tandarra University, said the weir pool had been cut off from the river's main flow for 11 weeks.", "Lucinda Marrabel", "said", "W"),
         ("“Water at 30 degrees holds about a third less oxygen than water at 15 degrees,” she said.", "Lucinda Marrabel", "said", "W"),
         ("“The fish simply run out of air.”", "Lucinda Marrabel", "said", "")],
        [("She said it was the third fish kill on the river in four summers, after kills in January 2023 and February 2024.", "Lucinda Marrabel", "said", "W")],
        [("Flows at the Yarrangul gauge fell to 14 megalitres a day last week, the lowest January figure since 2019, according to data from the state's water agency.", "data from the state's water agency", "according to", "W")],
        [("Carrawong Shire Mayor Geoff Carvosso said the council would pay for the dead fish to be removed from the pool this week.", "Geoff Carvosso", "said", "W"),
         ("He said people should not swim, fish or let stock drink from the river near the weir until further notice.", "Geoff Carvosso", "said", "")],
        [("The Wirrandale Valley Irrigators' Association said in a statement its members had used 30 per cent less water than their allocations this season.", "The Wirrandale Valley Irrigators' Association", "said in a statement", "W"),
         ("It said blaming irrigators for the fish kill was “lazy and wrong”.", "The Wirrandale Valley Irrigators' Association", "said", "")],
        [("A DPI spokesperson said officers had taken water samples and sent 20 fish to a laboratory to rule out disease.", "A DPI spokesperson", "said", "W")],
        [("Will it happen again next summer?", "", "", "")],
        [("Professor Marrabel said it would, unless more water was released from Wendara Dam in the hottest weeks.", "Lucinda Marrabel", "said", "")],
        [("People who find dead fish can report them to the department's fish kill line on 1800 555 219.", "", "", "")],
        [("Topics: Environment, Rivers, Fishing, Drought, Yarrangul", "", "", "B")],
        [("Get our local newsletter, delivered free each Friday", "", "", "B")],
        [("Your information is being handled in accordance with our Privacy Collection Statement.", "", "", "B")],
        [("Top Stories", "", "", "B")],
        [("Heatwave warning extended to Sunday for inland districts", "", "", "B")],
        [("Showground grass fire contained after 600 hectares burnt", "", "", "B")],
        [("Bellgrave Regional acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.", "", "", "B")],
        [("© 2026 Bellgrave Regional Media Pty Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. Indian English daily's state page in Karnataka, school-leaving exam results with a higher pass percentage
        [("The Hampiyur Times", "", "", "B")],
        [("ePaper   |   Sign In   |   Subscribe", "", "", "B")],
        [("Home   Karnataka   Bengaluru   India   World   Business   Sports   Education   Entertainment", "", "", "B")],
        [("Trending:   SSLC Result 2026   Monsoon Update   Gold Rate Today   Bengaluru Traffic", "", "", "B")],
        [("Education", "", "", "B")],
        [("SSLC results: Karnataka pass percentage rises to 74.26%, Udupi tops again", "", "", "W")],
        [("Girls outshine boys by 13 percentage points; 22 students score the full 625 marks", "", "", "W")],
        [("Kavitha Suranahalli   |   Hampiyur Times News Service", "", "", "B")],
        [("Updated: May 08, 2026, 18:45 IST", "", "", "B")],
        [("Follow Us   Share   WhatsApp   X   Facebook", "", "", "B")],
        [("Students at a government high school in Bengaluru check their results on Friday.", "", "", ""),
         ("(Photo | Nagaraj Kodihalli)", "", "", "B")],
        [("BENGALURU: The pass percentage in the Secondary School Leaving Certificate (SSLC) examination rose to 74.26% this year from 71.9% in 2025, the Karnataka School Examination and Assessment Board (KSEAB) announced on Friday.", "the Karnataka School Examination and Assessment Board (KSEAB)", "announced", "W"),
         ("Of the 8.41 lakh students who wrote the exam in March and April, 6.24 lakh passed.", "", "", "W")],
        [("Girls did better than boys, with a pass percentage of 80.9% against 67.8%.", "", "", "W"),
         ("Udupi district topped the state for the third year in a row with 91.4%, followed by Dakshina Kannada with 89.7%.", "", "", "W")],
        [("Releasing the results at the board's office, School Education Minister K.S. Manjunath Halagappa said 22 students had scored the full 625 marks, nine of them from government schools.", "K.S. Manjunath Halagappa", "said", "W"),
         ("\"The results show that the extra classes we ran on Saturdays in 2025 have worked, especially in rural schools,\" he said.", "K.S. Manjunath Halagappa", "said", "W")],
        [("The supplementary examination will be held from June 15 to June 24, he said.", "K.S. Manjunath Halagappa", "said", "W")],
        [("The pass percentage in government schools was 68.3%, against 84.1% in private unaided schools, according to the board's data.", "the board's data", "according to", "W"),
         ("Rural students passed at 75.8%, slightly ahead of their urban classmates at 72.9%, the data showed.", "the data", "showed", "W")],
        [("Advertisement", "", "", "B")],
        [("ALSO READ: Karnataka II PUC results: Science stream pass rate crosses 85%", "", "", "B")],
        [("One of the 22 toppers is Sahana Kodlekere, a student of Government High School, Balekodlu, in Udupi district, who scored 625 out of 625.", "", "", "W"),
         ("\"I studied for four hours every day after school, and my teachers came in on Sundays to help us,\" she said.", "Sahana Kodlekere", "said", ""),
         ("\"I want to become a doctor.\"", "Sahana Kodlekere", "said", "")],
        [("Her headmaster, Raghavendra Pattikonda, said 61 of the school's 64 students had passed.", "Raghavendra Pattikonda", "said", "W"),
         ("He said the school had no science teacher for five months last year, until a retired teacher from the village offered to take classes for Rs. 8,000 a month.", "Raghavendra Pattikonda", "said", "W")],
        [("Her father, Suresh Kodlekere, drives an autorickshaw in Balekodlu and left school after Class 7.", "", "", "")],
        [("Students can apply for photocopies of their answer scripts until May 16 and for revaluation until May 22, the board said.", "the board", "said", "W"),
         ("A photocopy costs Rs. 410 per subject and revaluation Rs. 810 per subject, it said.", "the Karnataka School Examination and Assessment Board (KSEAB)", "said", "W")],
        [("Follow The Hampiyur Times on WhatsApp for the latest updates.", "", "", "B")],
        [("Tags:   SSLC Result 2026   KSEAB   Udupi   Karnataka Education", "", "", "B")],
        [("Also Read", "", "", "B")],
        [("Bengaluru: City corporation to fill 4,000 potholes before monsoon, says commissioner", "", "", "B")],
        [("Mysuru: Two held for cheating job aspirants of Rs. 14 lakh", "", "", "B")],
        [("About Us   Contact Us   Advertise With Us   Privacy Policy   Terms of Use", "", "", "B")],
        [("Copyright © 2026 The Hampiyur Times Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. English-language news site about Germany, a family-owned car-parts maker will close a plant in Lower Saxony with the loss of 640 jobs
        [("The Kiezpost", "", "", "B")],
        [("Germany's news in English", "", "", "B")],
        [("Log in   |   Become a Member", "", "", "B")],
        [("News   Politics   Money   Jobs   Living in Germany   Travel   Members", "", "", "B")],
        [("BUSINESS", "", "", "B")],
        [("German car parts maker to close Lower Saxony plant, cutting 640 jobs", "", "", "W")],
        [("The company says falling demand for petrol and diesel engine parts is to blame", "Wendtkamp Antriebstechnik", "says", "W")],
        [("By Annika Roeschlau-Dingemans", "", "", "B")],
        [("Published: 21 April 2026 13:47 CEST   |   Updated: 21 April 2026 17:02 CEST", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Workers leave the Wendtkamp plant in Hemmelstedt after a staff meeting on Tuesday.", "", "", ""),
         ("Photo: Jörn Vasselmeyer", "", "", "B")],
        [("German car parts maker Wendtkamp Antriebstechnik will close its plant in Hemmelstedt, Lower Saxony, by the end of 2027, cutting 640 jobs, the company said on Tuesday.", "Wendtkamp Antriebstechnik", "said", "W")],
        [("Wendtkamp, which makes gear shafts and fuel pump housings, said orders for parts for petrol and diesel engines had fallen by 38 percent since 2022.", "Wendtkamp", "said", "W"),
         ("Production of some parts will move to the company's plant in Poland and the rest will be phased out, according to a company presentation seen by The Kiezpost.", "a company presentation seen by The Kiezpost", "according to", "W")],
        [("\"This is the hardest decision this family has ever had to make,\" chief executive Matthias Wendtkamp said in a statement.", "Matthias Wendtkamp", "said in a statement", ""),
         ("\"We looked at every alternative, but we cannot build parts that nobody orders.\"", "Matthias Wendtkamp", "said in a statement", "")],
        [("He said the company would offer all 640 employees in Hemmelstedt jobs at its two other German sites, in Bavaria and Thuringia.", "Matthias Wendtkamp", "said", "W")],
        [("Works council chair Sabine Oltmanns-Kreuzer told The Kiezpost the offer was \"a joke\" for people with families in the region.", "Sabine Oltmanns-Kreuzer", "told The Kiezpost", ""),
         ("\"The Bavarian plant is 540 kilometres from here,\" she said.", "Sabine Oltmanns-Kreuzer", "said", "W"),
         ("\"Who is going to move their children across the country for a job that might be gone again in five years?\"", "Sabine Oltmanns-Kreuzer", "said", "")],
        [("She said about 70 percent of the plant's workers were over 45, and many of them owned homes in the town.", "Sabine Oltmanns-Kreuzer", "said", "W")],
        [("VOCABULARY", "", "", "B")],
        [("der Betriebsrat – works council", "", "", "")],
        [("die Kündigung – dismissal, notice", "", "", "")],
        [("der Standort – site, location", "", "", "")],
        [("The regional office of the metalworkers' union said it would call a warning strike if the company refused to negotiate a social plan.", "The regional office of the metalworkers' union", "said", "")],
        [("Lower Saxony's economy minister, Henrik Pfeilsticker, said the state government had offered Wendtkamp help with the cost of converting the plant to make parts for electric cars, but the company had turned the offer down.", "Henrik Pfeilsticker", "said", "W"),
         ("The company did not respond to questions about the offer.", "The company", "did not respond to questions", "")],
        [("Advertisement", "", "", "B")],
        [("Germany's car industry employed about 770,000 people at the end of 2025, down from 833,000 in 2019, according to the Federal Statistical Office (Destatis).", "the Federal Statistical Office (Destatis)", "according to", "W")],
        [("Hemmelstedt, a town of about 19,000 people, has been home to the plant since 1958.", "", "", "W")],
        [("Mayor Gesine Thomalla-Rieck said the plant paid about €4 million a year in local business tax, about a fifth of the town's income from the tax.", "Gesine Thomalla-Rieck", "said", "W"),
         ("\"We will not simply accept this,\" she said.", "Gesine Thomalla-Rieck", "said", "")],
        [("SEE ALSO: Why are so many German factories cutting jobs?", "", "", "B")],
        [("The Kiezpost is funded by readers like you.", "", "", "B"),
         ("Become a Member today from €4.99 a month.", "", "", "B")],
        [("Comments (7)", "", "", "B")],
        [("Join the conversation in our comments section below.", "", "", "B"),
         ("Please keep comments respectful and on topic.", "", "", "B")],
        [("Jobs in Germany", "", "", "B")],
        [("Senior Software Engineer (m/w/d) – Berlin", "", "", "B")],
        [("Sales Manager DACH (English speaking) – Munich", "", "", "B")],
        [("About   Advertise   Privacy   Imprint   Contact", "", "", "B")],
        [("© 2026 The Kiezpost GmbH.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. South African regional news site in KwaZulu-Natal, three men arrested after a spate of armed house robberies in a north-coast town
        [("Inkwazi Post", "", "", "B")],
        [("News   Crime & Courts   Sport   Community   Business   Property   E-Edition", "", "", "B")],
        [("CRIME", "", "", "B")],
        [("Three arrested after spate of armed house robberies in Umvotheni", "", "", "W")],
        [("Police say the suspects are linked to at least seven robberies in the town since March", "Sipho Mthembulo", "say", "W")],
        [("Nokuthula Cardoso", "", "", "B")],
        [("6 July 2026 | 14:20", "", "", "B")],
        [("Share this article   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Police at a house on Lotus Road, Umvotheni, where a family was tied up and robbed at gunpoint last month.", "", "", ""),
         ("Image: Supplied", "", "", "B")],
        [("Three men have been arrested in connection with a string of armed house robberies in Umvotheni, on KwaZulu-Natal's north coast.", "", "", "W")],
        [("Provincial police spokesperson Colonel Sipho Mthembulo said the men, aged 24, 29 and 33, were arrested at a house in Mzamo Park on Saturday night.", "Sipho Mthembulo", "said", "W"),
         ("He said police had recovered two firearms, four cellphones, a laptop and R18,000 in cash.", "Sipho Mthembulo", "said", "W")],
        [("\"We believe these suspects are linked to at least seven house robberies in the area since March,\" Mthembulo said.", "Sipho Mthembulo", "said", "W"),
         ("\"More arrests are possible.\"", "Sipho Mthembulo", "said", "")],
        [("It is alleged that on 28 June four armed men entered a house on Lotus Road, tied up a couple and their two children and fled with cash, jewellery and a car, police said.", "police", "said", "W"),
         ("The car was found abandoned in a sugar cane field two days later.", "", "", "W")],
        [("A retired teacher, who asked not to be named, told the Inkwazi Post she still wakes up at 3am every night.", "A retired teacher", "told the Inkwazi Post", ""),
         ("\"They held a gun to my husband's head while I opened the safe,\" she said.", "A retired teacher", "said", ""),
         ("\"I am glad they are caught, but I want to see them in court.\"", "A retired teacher", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Umvotheni Community Policing Forum chairperson Ayanda Ntsele-Theron said residents had raised R46,000 to install 12 cameras at the entrances to the suburb in May.", "Ayanda Ntsele-Theron", "said", "W"),
         ("She said footage from one of the cameras had helped police trace the car used in one of the robberies.", "Ayanda Ntsele-Theron", "said", "W")],
        [("House robberies in the Umvotheni policing precinct rose from 23 in 2024/25 to 41 in 2025/26, according to the latest SAPS crime statistics.", "the latest SAPS crime statistics", "according to", "W")],
        [("Kestlebrook Armed Response, which patrols the suburb, said its officers had responded to 19 alarms linked to break-ins since April.", "Kestlebrook Armed Response", "said", "W"),
         ("It said it had added two patrol vehicles on the night shift.", "Kestlebrook Armed Response", "said", "W")],
        [("But what about the fourth man?", "", "", "")],
        [("Mthembulo said police were still looking for a fourth suspect.", "Sipho Mthembulo", "said", "W")],
        [("The three men are expected to appear in the Umvotheni Magistrate's Court on Tuesday on charges of house robbery and the unlawful possession of firearms and ammunition.", "", "", "W"),
         ("National Prosecuting Authority regional spokesperson Annelie Malherbe confirmed that the case had been enrolled.", "Annelie Malherbe", "confirmed", "W")],
        [("READ MORE: Umvotheni residents march to police station over crime", "", "", "B")],
        [("Do you have a story?", "", "", "B"),
         ("WhatsApp us on 071 555 0193 or email news@inkwazipost.co.za.", "", "", "B")],
        [("Get the day's top stories in your inbox every morning.", "", "", "B"),
         ("Sign up for our newsletter.", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Nkwaleni Heights man, 52, dies in crash on Sugar Mill Road", "", "", "B")],
        [("Umvotheni clinic to open on Saturdays from August", "", "", "B")],
        [("Comments are moderated and will not appear until approved.", "", "", "B")],
        [("© 2026 Inkwazi Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Irish regional weekly's site in the west, a town's long-awaited bypass will open seven months late and cost €6.2 million more
        [("The Connacht Lantern", "", "", "B")],
        [("Subscribe   Sign in   Digital Edition", "", "", "B")],
        [("News   Sport   Farming   Business   Property   Death Notices   Community", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Drumskerrin bypass will not open until summer 2027, council confirms", "Mayo County Council", "confirms", "W")],
        [("Seven-month delay blamed on rock found under the route, with €6.2 million added to the bill", "", "", "W")],
        [("by Siobhán Ní Ghrálaigh", "", "", "B")],
        [("October 22 2026 08:00 AM", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("Work under way on the Drumskerrin bypass at Knockaderra last week.", "", "", ""),
         ("Photo: Conor Mackessy", "", "", "B")],
        [("The long-awaited Drumskerrin bypass will not open until the summer of 2027, seven months later than planned, Mayo County Council has confirmed.", "Mayo County Council", "confirmed", "W")],
        [("In a statement, the council said contractors had found “significantly more rock than expected” along a 1.4km section near Knockaderra, which had slowed excavation.", "the council", "said", "W"),
         ("It said the cost of the 6.8km scheme had risen from €42.4 million to €48.6 million.", "Mayo County Council", "said", "W")],
        [("The council's senior engineer for roads, Declan Glackenny, told councillors at Monday's meeting of the Drumskerrin Municipal District that about 80 per cent of the earthworks were complete.", "Declan Glackenny", "told councillors", "W"),
         ("“Nobody is more disappointed by this than the project team,” he said.", "Declan Glackenny", "said", ""),
         ("He said 14,000 vehicles a day currently pass along the town's Main Street, including about 1,900 lorries.", "Declan Glackenny", "said", "W")],
        [("Cllr Aoife Doocey said people in the town had been “promised this road since 2008”.", "Aoife Doocey", "said", "W"),
         ("“Every year there's a new date,” she said.", "Aoife Doocey", "said", ""),
         ("“I'll believe it when I drive on it.”", "Aoife Doocey", "said", "")],
        [("Local TD Colm Tierneyhan said he had raised the delay with the Minister for Transport in the Dáil on Wednesday.", "Colm Tierneyhan", "said", "W")],
        [("Gerry Gilrenny, who runs a haulage firm with 11 trucks on the edge of the town, said his lorries lose about 20 minutes every time they cross Drumskerrin at peak times.", "Gerry Gilrenny", "said", ""),
         ("“It's not just the diesel, it's the drivers' hours and the school run all happening on one street at half eight in the morning,” he said.", "Gerry Gilrenny", "said", "")],
        [("The project is funded by Transport Infrastructure Ireland (TII), which said it had approved the extra cost.", "Transport Infrastructure Ireland (TII)", "said", "W"),
         ("Traffic through the town grew by 9 per cent between 2019 and 2025, according to TII's most recent traffic counts.", "TII's most recent traffic counts", "according to", "W")],
        [("The main contractor, Kilcolman Civil Engineering Ltd, did not respond to a request for comment.", "Kilcolman Civil Engineering Ltd", "did not respond to a request for comment", "")],
        [("So what happens to the town's traffic in the meantime?", "", "", "")],
        [("The council plans to keep the ban on right turns at the Market Square junction during school hours until the bypass opens.", "", "", "W"),
         ("Mr Glackenny said a firm opening date would be announced in March.", "Declan Glackenny", "said", "")],
        [("Read more: Drumskerrin traders call for free parking during bypass works", "", "", "B")],
        [("Join the Connacht Lantern's WhatsApp channel for local news as it happens.", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Tributes paid to former Drumskerrin GAA chairman", "", "", "B")],
        [("Planning granted for 48 homes at old creamery site", "", "", "B")],
        [("Terms and Conditions   Privacy Statement   Cookie Policy   Contact Us", "", "", "B")],
        [("© Connacht Lantern Newspapers Ltd 2026", "", "", "B")],
    ],
    [  # 9. Kenyan national daily's sports page, a 19-year-old breaks the course record at a Rift Valley half marathon
        [("The Nyota Daily", "", "", "B")],
        [("E-Paper   |   Subscribe   |   Sign in", "", "", "B")],
        [("News   Counties   Business   Sports   Opinion   Lifestyle   Video", "", "", "B")],
        [("Sports › Athletics", "", "", "B")],
        [("Teenager Jepkemoi smashes Kapsigirio Half Marathon course record", "", "", "W")],
        [("The 19-year-old clocks 1:10:12 to take home Sh500,000 as Kiprono wins the men's race on his debut at the distance", "", "", "W")],
        [("By WYCLIFFE KIPNGETICH SAMOEIWO", "", "", "B")],
        [("Published on: November 9, 2026 at 08:15 AM EAT", "", "", "B")],
        [("Share:   Facebook   X   WhatsApp   LinkedIn", "", "", "B")],
        [("Mercy Jepkemoi Lagatwo breaks the tape to win the women's race at the Kapsigirio Half Marathon on November 8, 2026.", "", "", "W"),
         ("PHOTO | KENNEDY TOROITICH | NYOTA DAILY", "", "", "B")],
        [("Nineteen-year-old Mercy Jepkemoi Lagatwo broke the women's course record at the Kapsigirio Half Marathon in Elgeyo Marakwet County on Sunday, winning in 1:10:12.", "", "", "W"),
         ("The previous record of 1:11:05 was set by Ruth Chepngeno Kosgeiwa in 2023.", "", "", "W")],
        [("Jepkemoi, running only her second half marathon, pulled away from a group of five at the 15-kilometre mark and won by 48 seconds from Lydia Chebet Kapteroi.", "", "", "W")],
        [("“I did not plan to run for the record,” Jepkemoi said.", "Mercy Jepkemoi Lagatwo", "said", ""),
         ("“At 15km I looked at my watch and saw I was fast, so I just kept pushing.”", "Mercy Jepkemoi Lagatwo", "said", "")],
        [("“Nimefurahi sana,” she added.", "Mercy Jepkemoi Lagatwo", "added", ""),
         ("(I am very happy.)", "Mercy Jepkemoi Lagatwo", "added", "")],
        [("She said she trains with a group of 14 athletes at a camp in Kapsigirio run by her coach, Joseph Kipchumba Malakwen.", "Mercy Jepkemoi Lagatwo", "said", "W")],
        [("In the men's race, Brian Kiprono Lelmengit won in 1:02:27 on his debut at the distance, 13 seconds ahead of defending champion Amos Kiplimo Kapsiwa.", "", "", "W"),
         ("“I came here to learn, not to win,” said Kiprono, a 22-year-old police constable.", "Brian Kiprono Lelmengit", "said", "")],
        [("Malakwen said Jepkemoi had run 1:12:40 in her first half marathon, in Eldoret in August.", "Joseph Kipchumba Malakwen", "said", "W"),
         ("He said she would not race again until the national cross-country trials in February.", "Joseph Kipchumba Malakwen", "said", "")],
        [("Race director Philemon Kiptanui Borowei said 2,300 runners had taken part, up from 1,650 last year.", "Philemon Kiptanui Borowei", "said", "W"),
         ("He said the prize fund had been raised to Sh3.2 million this year, with Sh500,000 for each winner and Sh100,000 for a course record.", "Philemon Kiptanui Borowei", "said", "W")],
        [("The race, run at about 2,400 metres above sea level, is one of 11 road races in the North Rift that count towards Athletics Kenya's national road-running rankings, according to the federation.", "the federation", "according to", "W")],
        [("Could Jepkemoi be in Kenya's team for next year's world championships?", "", "", "")],
        [("She was among 30 athletes tested for doping after the race, the organisers said.", "the organisers", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("RELATED: Kapsigirio race to be broadcast live for the first time", "", "", "B")],
        [("RESULTS", "", "", "B")],
        [("Women: 1. Mercy Jepkemoi Lagatwo 1:10:12 CR, 2. Lydia Chebet Kapteroi 1:11:00, 3. Sharon Jerono Kimweli 1:11:31", "", "", "")],
        [("Men: 1. Brian Kiprono Lelmengit 1:02:27, 2. Amos Kiplimo Kapsiwa 1:02:40, 3. Hillary Kibet Ngetunyi 1:03:05", "", "", "")],
        [("More Sports", "", "", "B")],
        [("National team coach names 26-man squad for qualifier", "", "", "B")],
        [("Kisumu side clinch promotion with two games to spare", "", "", "B")],
        [("Terms of Use   Privacy Policy   Contact Us   Careers", "", "", "B")],
        [("© 2026 Nyota Media Group Ltd", "", "", "B")],
    ],
    [  # 10. Malaysian English daily's site, the ruling coalition holds a state seat in a by-election with a bigger majority on a low turnout
        [("The Semarak Post", "", "", "B")],
        [("Login   |   Subscribe   |   e-Paper   |   BM   |   中文", "", "", "B")],
        [("Nation   Politics   Business   World   Sport   Lifestyle   Opinion   Videos", "", "", "B")],
        [("Politics", "", "", "B")],
        [("Sungai Pelandok polls: Ruling coalition retains seat with bigger majority of 3,814", "", "", "W")],
        [("Turnout falls to 61.3%, the lowest for the seat since it was created in 2004", "", "", "W")],
        [("By Nur Syahirah Azlanuddin", "", "", "B")],
        [("Sunday, 26 Jul 2026   12:41 AM MYT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Ahmad Faizal Rusdiman greets supporters outside the vote-tallying centre in Sungai Pelandok on Saturday night.", "", "", ""),
         ("— MOHD IZZAT SAIFULBAHRI/The Semarak Post", "", "", "B")],
        [("IPOH: The ruling coalition's candidate, Ahmad Faizal Rusdiman, won the Sungai Pelandok state by-election on Saturday with a majority of 3,814 votes, returning officer Rozaimi Shahrulnizam announced at 10.14pm.", "Rozaimi Shahrulnizam", "announced", "W")],
        [("Ahmad Faizal, 44, a former district council member, polled 12,906 votes against 9,092 for the opposition alliance's candidate, Dr Tiew Boon Siang.", "", "", "W"),
         ("A third candidate, independent Muthusamy Arunasalam, received 512 votes and lost his deposit.", "", "", "W")],
        [("Turnout was 61.3%, with 22,698 of the seat's 37,030 registered voters casting their ballots, according to the Election Commission (EC).", "the Election Commission (EC)", "according to", "W")],
        [("The by-election was called after the death of the seat's assemblyman, Datuk Hamzah Kamaruzzi, in May.", "", "", "W"),
         ("He had held the seat since 2013 and won it at the 2022 state election by 2,207 votes, on a turnout of 74.8%.", "", "", "W")],
        [("In his victory speech, Ahmad Faizal said the result showed that voters in Sungai Pelandok wanted “stability, not politicking”.", "Ahmad Faizal Rusdiman", "said", ""),
         ("“My first job is the flood mitigation project at Kampung Lubuk Senduk, which has been waiting since 2019,” he said.", "Ahmad Faizal Rusdiman", "said", "W"),
         ("He pledged to hold a “meet the people” session at his service centre every Friday.", "Ahmad Faizal Rusdiman", "pledged", "")],
        [("Tiew, a 51-year-old dentist, conceded defeat shortly before 11pm.", "", "", "W"),
         ("He said the opposition had increased its share of the vote in the seat's two largest polling districts.", "Tiew Boon Siang", "said", "W"),
         ("“We lost, but we lost by less in the places where we campaigned hardest,” he told reporters.", "Tiew Boon Siang", "told reporters", "")],
        [("Advertisement", "", "", "B")],
        [("Political scientist Rohana Kamarulzain of Universiti Senyum said turnouts were usually low in by-elections that do not change the balance of power in a state assembly.", "Rohana Kamarulzain", "said", "W"),
         ("“Voters know the state government is not at stake, so many of the young ones working in Kuala Lumpur did not come home,” she said.", "Rohana Kamarulzain", "said", "")],
        [("The ruling coalition holds 48 of the 59 seats in the state assembly.", "", "", "W")],
        [("The EC said 1,248 early votes had been cast by police and military personnel on Tuesday.", "The EC", "said", "W"),
         ("Police said no untoward incidents were reported during the 14-day campaign.", "Police", "said", "W")],
        [("Will the margin hold at the next state election, due by 2027?", "", "", "")],
        [("Related News", "", "", "B")],
        [("Sungai Pelandok polls: Early voting turnout hits 96%", "", "", "B")],
        [("Candidates make final pitch on eve of polling day", "", "", "B")],
        [("Download The Semarak Post app for the latest news on the go.", "", "", "B")],
        [("Follow us on our official WhatsApp channel for breaking news alerts and key updates!", "", "", "B")],
        [("Tags / Keywords:   Sungai Pelandok   By-election   EC   Perak", "", "", "B")],
        [("Copyright © 1996-2026 Semarak Post Media Sdn Bhd (199601012345).", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 11. Ghanaian news portal's regional page, a municipal assembly votes to raise property rates by 25 per cent
        [("AhenfieNews.com", "", "", "B")],
        [("Home   News   Politics   Business   Regional   Sports   Entertainment   Opinion   TV", "", "", "B")],
        [("Regional News of Wednesday, 17 June 2026", "", "", "B")],
        [("Akwadum Assembly approves 25% rise in property rates", "", "", "W")],
        [("Source: Ama Serwaa Ntiamoah, Contributor", "", "", "B")],
        [("Listen to Article", "", "", "B")],
        [("Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Assembly members at Tuesday’s general meeting in Akwadum.", "", "", ""),
         ("File photo", "", "", "B")],
        [("The Akwadum Municipal Assembly has approved a 25 per cent increase in property rates for 2026, the first rise since 2021.", "", "", "W"),
         ("Assembly members voted 31 to 9 in favour of the new fee-fixing resolution at a general meeting on Tuesday, with two abstentions.", "", "", "W")],
        [("The Municipal Chief Executive, Hon. Yaw Brefo, said the assembly’s internally generated funds (IGF) fell short of target by GH¢1.3 million in 2025.", "Yaw Brefo", "said", "W"),
         ("“We cannot fix roads and clear drains with promises,” he said.", "Yaw Brefo", "said", ""),
         ("He said the extra revenue would pay for a 1.8-kilometre drain along Odumasua Road, which floods every rainy season.", "Yaw Brefo", "said", "W")],
        [("Under the new rates, the owner of a four-bedroom house in a first-class residential area will pay GH¢1,250 a year, up from GH¢1,000, according to the fee-fixing resolution.", "the fee-fixing resolution", "according to", "W")],
        [("The chairman of the Akwadum Landlords Association, Opanin Kwame Bediakoh, said landlords were not consulted before the vote.", "Kwame Bediakoh", "said", "W"),
         ("“Nobody came to us,” he said.", "Kwame Bediakoh", "said", ""),
         ("“Now they will pass the cost to the tenants, and who suffers?", "Kwame Bediakoh", "said", ""),
         ("The ordinary man.”", "Kwame Bediakoh", "said", "")],
        [("The Assembly Member for Asafo Electoral Area, Hon. Comfort Awuku, who voted against the resolution, said many property owners in her area were pensioners living on less than GH¢600 a month.", "Comfort Awuku", "said", "W"),
         ("She said the assembly should first collect the GH¢2.1 million owed in unpaid rates before asking anyone to pay more.", "Comfort Awuku", "said", "W")],
        [("The Municipal Coordinating Director, Mr Ebenezer Tsikata-Amoakwa, said property owners could pay in two instalments, the first due by August 31.", "Ebenezer Tsikata-Amoakwa", "said", "W")],
        [("Only 38 per cent of the 11,400 properties on the assembly’s valuation list paid their rates in 2025, according to the assembly’s budget officer.", "the assembly’s budget officer", "according to", "W")],
        [("Traders at the Akwadum central market said they feared the assembly would raise market tolls next.", "Traders at the Akwadum central market", "said", "")],
        [("Abena Kyerewaa, who rents a chamber and hall near the Asafo lorry station, said her landlord had already told tenants to expect an increase.", "Abena Kyerewaa", "said", ""),
         ("“I pay GH¢350 a month now, and my husband’s work is not regular.", "Abena Kyerewaa", "asked", ""),
         ("Where will the extra come from?” she asked.", "Abena Kyerewaa", "asked", "")],
        [("Will the new rates be collected any better than the old ones?", "", "", "")],
        [("Mr Brefo said revenue collectors would go from house to house from July with hand-held payment devices.", "Yaw Brefo", "said", "W")],
        [("Send your news stories to news@ahenfienews.com and via WhatsApp on +233 55 012 3487.", "", "", "B")],
        [("Disclaimer: Opinions expressed here are those of the writers and do not reflect those of AhenfieNews.com.", "", "", "B")],
        [("Related Articles", "", "", "B")],
        [("Akwadum: Assembly to relocate traders from Asafo lorry station", "", "", "B")],
        [("Eastern Region: 14 assemblies miss revenue targets for 2025", "", "", "B")],
        [("Join our Newsletter", "", "", "B")],
        [("Copyright © 2004 - 2026 AhenfieNews.com.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. English-language newspaper site on Spain's Costa del Sol, a small town's archaeological museum reopens after a renovation with a Roman mosaic on show for the first time
        [("This website uses cookies to improve your experience.", "", "", "B"),
         ("We'll assume you're ok with this, but you can opt out if you wish.", "", "", "B")],
        [("Accept   Reject   Read More", "", "", "B")],
        [("The Alborán Echo", "", "", "B")],
        [("Málaga   24°C   Sunny", "", "", "B")],
        [("Home   News   Costa del Sol   Axarquía   Spain   Property   Lifestyle   What's On   Classifieds", "", "", "B")],
        [("What's On", "", "", "B")],
        [("Benalzar's museum reopens after €2.3 million makeover, with Roman mosaic on show for the first time", "", "", "W")],
        [("The 19-square-metre floor, found under a petrol station in 1987, had been in storage for nearly four decades", "", "", "W")],
        [("By Harriet Osorio", "", "", "B")],
        [("Friday 29 May 2026, 09:15", "", "", "B")],
        [("0 Comments   Share   Facebook   X   WhatsApp", "", "", "B")],
        [("Visitors look at the Roman mosaic in the museum's new main hall on Thursday.", "", "", ""),
         ("Photo: Ayuntamiento de Benalzar", "", "", "B")],
        [("The Municipal Archaeological Museum in Benalzar reopened on Thursday after a two-year renovation costing €2.3 million, with a Roman mosaic that has never before been shown to the public as its centrepiece.", "", "", "W")],
        [("The mosaic, 19 square metres of black and white stones showing dolphins, an octopus and a ship, was found in 1987 during work on a petrol station on what is now Calle Almadraba.", "", "", "W"),
         ("It was lifted in 412 sections and had been kept in a municipal warehouse ever since, the town hall said.", "the town hall", "said", "W")],
        [("The mayor of Benalzar, Rocío Valdemoro Arjonilla, said the Junta de Andalucía had paid €1.4 million of the cost and the town hall the rest.", "Rocío Valdemoro Arjonilla", "said", "W"),
         ("“People in this town have been asking me where the mosaic was since the day I took office,” she said.", "Rocío Valdemoro Arjonilla", "said", ""),
         ("“Now they can come and see it for themselves.”", "Rocío Valdemoro Arjonilla", "said", "")],
        [("The restoration was carried out by a team of six conservators led by Inmaculada Cebrián Sotomonte, who said each section had been cleaned by hand and mounted on a new lightweight base.", "Inmaculada Cebrián Sotomonte", "said", "W"),
         ("She said the mosaic dated from the late second century AD.", "Inmaculada Cebrián Sotomonte", "said", "W"),
         ("“Some of the stones were held together by nothing more than the dirt,” she said.", "Inmaculada Cebrián Sotomonte", "said", ""),
         ("“It was like doing a jigsaw where somebody had thrown away the box.”", "Inmaculada Cebrián Sotomonte", "said", "")],
        [("Entry is free for residents of Benalzar and €4 for everyone else.", "", "", "W"),
         ("The museum is open from Tuesday to Saturday from 10am to 2pm and from 5pm to 8pm, and on Sunday mornings.", "", "", "W")],
        [("Among the first visitors on Thursday was Maureen Scarisbrook, 72, who moved to Benalzar from Leeds 16 years ago.", "", "", ""),
         ("“I had no idea it was under the petrol station where I used to fill up the car,” she said.", "Maureen Scarisbrook", "said", "")],
        [("Francisco Javier Lamadrid Ocón, president of the Benalzar Historical Society, said the mosaic was one of only four Roman mosaics with sea scenes found in the province of Málaga.", "Francisco Javier Lamadrid Ocón", "said", "W"),
         ("He said the society had campaigned for it to go on display since 2004.", "Francisco Javier Lamadrid Ocón", "said", "W")],
        [("Opposition councillor Tomás Berrocal Yunquera said the project had finished 11 months late and €300,000 over budget.", "Tomás Berrocal Yunquera", "said", "W"),
         ("“We are glad the museum is open, but the people of Benalzar deserve to know why it cost so much more,” he said.", "Tomás Berrocal Yunquera", "said", "")],
        [("Will the tourists come?", "", "", "")],
        [("The town hall expects 20,000 visitors in the museum's first year, according to its culture department.", "its culture department", "according to", "")],
        [("Tags:   Benalzar   Museums   Axarquía   Culture", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Torrequeda caves to limit daily visitors this summer", "", "", "B")],
        [("Fuentelucía approves new open-air cinema for July and August", "", "", "B")],
        [("Never miss a story – sign up for our free weekly newsletter.", "", "", "B")],
        [("You must be logged in to post a comment.", "", "", "B")],
        [("The Alborán Echo – Spain's English-language newspaper since 2003   |   Aviso legal   |   Política de privacidad", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h47-us-byline-lines-published-pm-caption", "Tobias Dunstamere\nVallowby Record-Herald\nPublished 4:52 p.m. ET March 11, 2026  |  Updated 7:10 p.m. ET March 11, 2026\nShare   Facebook   X   Email   Print   Save\nGwendolyn Rathbourne-Tyne, right, listens with her attorney, Marcus Delgrange, in Gallmore County Common Pleas Court on Wednesday. Tobias Dunstamere/Vallowby Record-Herald",
     ["Tobias Dunstamere", "Vallowby Record-Herald", "Published 4:52 p.m. ET March 11, 2026  |  Updated 7:10 p.m. ET March 11, 2026", "Share   Facebook   X   Email   Print   Save", "Gwendolyn Rathbourne-Tyne, right, listens with her attorney, Marcus Delgrange, in Gallmore County Common Pleas Court on Wednesday.", "Tobias Dunstamere/Vallowby Record-Herald"]),
    ("h47-us-told-court-quote-according-to", "Assistant Prosecutor Renata Hulswick told the court that Rathbourne-Tyne wrote 211 township checks to herself between March 2019 and May 2025 and recorded them in the books as payments to road-salt and fuel suppliers. “This was not one bad decision,” Hulswick said. “It was a decision she made 211 times.”\nThe thefts came to light in June 2025, after a newly elected trustee, Clifford Hasselbrook, asked why the township's salt bill had nearly doubled in two years. According to the special audit, released in November, the township paid $96,400 more for road salt in 2024 than in 2022 while buying 40 fewer tons.",
     ["Assistant Prosecutor Renata Hulswick told the court that Rathbourne-Tyne wrote 211 township checks to herself between March 2019 and May 2025 and recorded them in the books as payments to road-salt and fuel suppliers.", "“This was not one bad decision,” Hulswick said.", "“It was a decision she made 211 times.”", "The thefts came to light in June 2025, after a newly elected trustee, Clifford Hasselbrook, asked why the township's salt bill had nearly doubled in two years.", "According to the special audit, released in November, the township paid $96,400 more for road salt in 2024 than in 2022 while buying 40 fewer tons."]),
    ("h47-us-judge-said-related-quote", "She faced up to 72 months in prison. She will be eligible to ask for judicial release after serving 180 days, the judge said.\nRELATED: Carden Township trustees hire outside firm to keep the books\nHasselbrook, who watched from the second row, said afterward that the township had cut its road-resurfacing budget by a third in 2025 to cover the loss. “We're a township of 4,100 people,” he said. “That money was two miles of road.”",
     ["She faced up to 72 months in prison.", "She will be eligible to ask for judicial release after serving 180 days, the judge said.", "RELATED: Carden Township trustees hire outside firm to keep the books", "Hasselbrook, who watched from the second row, said afterward that the township had cut its road-resurfacing budget by a third in 2025 to cover the loss.", "“We're a township of 4,100 people,” he said.", "“That money was two miles of road.”"]),
    ("h47-live-key-events-pinned-bullets", "Key events\n14:05   Drummorie Bridge closed after lorry blown over\n13:40   All afternoon ferry sailings cancelled\n12:50   Highland schools to stay shut on Friday\nPinned\nHere's what you need to know:\n• An amber warning for wind covers the Highlands, Moray and Aberdeenshire until 21:00\n• The strongest gust so far is 93mph, recorded at Càrn Lathain\n• About 23,000 homes are without power\n• All ferry sailings after 13:00 have been cancelled",
     ["Key events", "14:05   Drummorie Bridge closed after lorry blown over", "13:40   All afternoon ferry sailings cancelled", "12:50   Highland schools to stay shut on Friday", "Pinned", "Here's what you need to know:", "• An amber warning for wind covers the Highlands, Moray and Aberdeenshire until 21:00", "• The strongest gust so far is 93mph, recorded at Càrn Lathain", "• About 23,000 homes are without power", "• All ferry sailings after 13:00 have been cancelled"]),
    ("h47-live-stamp-headline-says-byline", "14:32\n23,000 homes still without power\nNorthland Grid Networks says about 23,000 homes across the north are still off supply, down from a peak of 31,500 just after midday. A spokesperson for the company said engineers had reconnected 8,500 customers since 12:15. She warned that some homes in remote glens might not be back on until Saturday.\nCustomers can check the outage map on the company's website or call its free helpline on 0800 055 7219.\nEilidh Brannockie-Dunsire",
     ["14:32", "23,000 homes still without power", "Northland Grid Networks says about 23,000 homes across the north are still off supply, down from a peak of 31,500 just after midday.", "A spokesperson for the company said engineers had reconnected 8,500 customers since 12:15.", "She warned that some homes in remote glens might not be back on until Saturday.", "Customers can check the outage map on the company's website or call its free helpline on 0800 055 7219.", "Eilidh Brannockie-Dunsire"]),
    ("h47-live-urges-headline-opening-entry", "11:10\nMinister urges people not to travel in the north\nResilience Minister Kirsteen Arbuthmore said people in areas covered by the amber warning should not travel unless their journey was essential. She said the Scottish Government's resilience room had been running since 08:00.\nCallum Kinnellan\n10:30\nGood morning and welcome to our live coverage of Storm Ealasaid. The Met Office upgraded its warning for the Highlands, Moray and Aberdeenshire from yellow to amber at 06:00. We'll bring you the latest on travel, power cuts and schools throughout the day.",
     ["11:10", "Minister urges people not to travel in the north", "Resilience Minister Kirsteen Arbuthmore said people in areas covered by the amber warning should not travel unless their journey was essential.", "She said the Scottish Government's resilience room had been running since 08:00.", "Callum Kinnellan", "10:30", "Good morning and welcome to our live coverage of Storm Ealasaid.", "The Met Office upgraded its warning for the Highlands, Moray and Aberdeenshire from yellow to amber at 06:00.", "We'll bring you the latest on travel, power cuts and schools throughout the day."]),
    ("h47-live-most-read-numbers-ltd-no", "Most read\n1\nGlenmurran harbour wall repairs to cost £1.2m\n2\nPensioner, 91, swims her 100th charity length at Kinlochaird pool\n3\nCouncil tax to rise 6% under Highland budget plan\nContact us   Advertise   Privacy   Cookie settings   Terms\n© 2026 Glenmurran Press Ltd. Registered in Scotland No. SC104772.",
     ["Most read", "1", "Glenmurran harbour wall repairs to cost £1.2m", "2", "Pensioner, 91, swims her 100th charity length at Kinlochaird pool", "3", "Council tax to rise 6% under Highland budget plan", "Contact us   Advertise   Privacy   Cookie settings   Terms", "© 2026 Glenmurran Press Ltd.", "Registered in Scotland No. SC104772."]),
    ("h47-qa-quoted-headline-sept-credit", "‘We are one sick day away from closing’: Whinmere Lake's ER doctor on a summer of locked doors\nThe emergency department in Whinmere Lake was closed on 41 days between May and August. One of its four doctors talks about why, and about what would fix it.\nBy Gordon Maclachlan-Bérubé · Health reporter\nPublished Sept. 14, 2026 at 6:00 a.m. CDT\nShare   Facebook   X   Email   Print\nDr. Priyanka Isbister in the emergency department at Whinmere Lake Health Centre on Sept. 9. (Gordon Maclachlan-Bérubé / The Westplain Examiner)",
     ["‘We are one sick day away from closing’: Whinmere Lake's ER doctor on a summer of locked doors", "The emergency department in Whinmere Lake was closed on 41 days between May and August.", "One of its four doctors talks about why, and about what would fix it.", "By Gordon Maclachlan-Bérubé · Health reporter", "Published Sept. 14, 2026 at 6:00 a.m. CDT", "Share   Facebook   X   Email   Print", "Dr. Priyanka Isbister in the emergency department at Whinmere Lake Health Centre on Sept. 9.", "(Gordon Maclachlan-Bérubé / The Westplain Examiner)"]),
    ("h47-qa-note-q-a-aug", "This interview has been edited for length and clarity.\nQ: How many days was the emergency department closed this summer?\nA: Forty-one, between May 1 and Aug. 31. Thirty of them were weekend days, and nine of those were on long weekends, which is exactly when the lake is full of cottagers. That's the part that keeps me up at night.",
     ["This interview has been edited for length and clarity.", "Q: How many days was the emergency department closed this summer?", "A: Forty-one, between May 1 and Aug. 31.", "Thirty of them were weekend days, and nine of those were on long weekends, which is exactly when the lake is full of cottagers.", "That's the part that keeps me up at night."]),
    ("h47-qa-question-cites-province", "Q: The province says it has hired more than 200 new doctors since 2024. Where are they?\nA: Mostly in Winnipeg. I'm not complaining about Winnipeg; they need doctors too. But of those 200, I know of three who went to a town of under 5,000 people.",
     ["Q: The province says it has hired more than 200 new doctors since 2024.", "Where are they?", "A: Mostly in Winnipeg.", "I'm not complaining about Winnipeg; they need doctors too.", "But of those 200, I know of three who went to a town of under 5,000 people."]),
    ("h47-qa-statement-bio-question", "In a statement, Manitoba Health said it had recruited 14 physicians to rural communities so far in 2026 and was “actively working” to add a fifth doctor in Whinmere Lake. The department did not say when the emergency department would be fully staffed.\nRelated\nLoonhaven Crossing hospital adds six emergency beds\nParamedics warn of ‘ambulance deserts’ in rural Manitoba\nGordon Maclachlan-Bérubé is the Examiner's health reporter. Got a story? Email him at gmaclachlan@westplainexaminer.ca.",
     ["In a statement, Manitoba Health said it had recruited 14 physicians to rural communities so far in 2026 and was “actively working” to add a fifth doctor in Whinmere Lake.", "The department did not say when the emergency department would be fully staffed.", "Related", "Loonhaven Crossing hospital adds six emergency beds", "Paramedics warn of ‘ambulance deserts’ in rural Manitoba", "Gordon Maclachlan-Bérubé is the Examiner's health reporter.", "Got a story?", "Email him at gmaclachlan@westplainexaminer.ca."]),
    ("h47-au-posted-am-pm-supplied-listen", "By Kirra Oatlands\nPosted Tue 3 Feb 2026 at 11:02am, updated Tue 3 Feb 2026 at 4:18pm\nShare   Facebook   X   Email   Copy link\nDead bony bream and Murray cod in the weir pool at Yarrangul on Monday evening. (Supplied: Dale Hennicott)\nListen to this article   3 min",
     ["By Kirra Oatlands", "Posted Tue 3 Feb 2026 at 11:02am, updated Tue 3 Feb 2026 at 4:18pm", "Share   Facebook   X   Email   Copy link", "Dead bony bream and Murray cod in the weir pool at Yarrangul on Monday evening.", "(Supplied: Dale Hennicott)", "Listen to this article   3 min"]),
    ("h47-au-quote-degrees-she-said", "Lucinda Marrabel, an associate professor of freshwater ecology at Tandarra University, said the weir pool had been cut off from the river's main flow for 11 weeks. “Water at 30 degrees holds about a third less oxygen than water at 15 degrees,” she said. “The fish simply run out of air.”\nShe said it was the third fish kill on the river in four summers, after kills in January 2023 and February 2024.",
     ["Lucinda Marrabel, an associate professor of freshwater ecology at Tandarra University, said the weir pool had been cut off from the river's main flow for 11 weeks.", "“Water at 30 degrees holds about a third less oxygen than water at 15 degrees,” she said.", "“The fish simply run out of air.”", "She said it was the third fish kill on the river in four summers, after kills in January 2023 and February 2024."]),
    ("h47-au-acknowledgement-pty-ltd", "Bellgrave Regional acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.\n© 2026 Bellgrave Regional Media Pty Ltd. All rights reserved.",
     ["Bellgrave Regional acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.", "© 2026 Bellgrave Regional Media Pty Ltd.", "All rights reserved."]),
    ("h47-in-ist-photo-pipe-dateline-lakh", "Updated: May 08, 2026, 18:45 IST\nFollow Us   Share   WhatsApp   X   Facebook\nStudents at a government high school in Bengaluru check their results on Friday. (Photo | Nagaraj Kodihalli)\nBENGALURU: The pass percentage in the Secondary School Leaving Certificate (SSLC) examination rose to 74.26% this year from 71.9% in 2025, the Karnataka School Examination and Assessment Board (KSEAB) announced on Friday. Of the 8.41 lakh students who wrote the exam in March and April, 6.24 lakh passed.",
     ["Updated: May 08, 2026, 18:45 IST", "Follow Us   Share   WhatsApp   X   Facebook", "Students at a government high school in Bengaluru check their results on Friday.", "(Photo | Nagaraj Kodihalli)", "BENGALURU: The pass percentage in the Secondary School Leaving Certificate (SSLC) examination rose to 74.26% this year from 71.9% in 2025, the Karnataka School Examination and Assessment Board (KSEAB) announced on Friday.", "Of the 8.41 lakh students who wrote the exam in March and April, 6.24 lakh passed."]),
    ("h47-in-initials-straight-quote", "Releasing the results at the board's office, School Education Minister K.S. Manjunath Halagappa said 22 students had scored the full 625 marks, nine of them from government schools. \"The results show that the extra classes we ran on Saturdays in 2025 have worked, especially in rural schools,\" he said.\nThe supplementary examination will be held from June 15 to June 24, he said.",
     ["Releasing the results at the board's office, School Education Minister K.S. Manjunath Halagappa said 22 students had scored the full 625 marks, nine of them from government schools.", "\"The results show that the extra classes we ran on Saturdays in 2025 have worked, especially in rural schools,\" he said.", "The supplementary examination will be held from June 15 to June 24, he said."]),
    ("h47-in-rs-it-said-pvt-ltd", "Students can apply for photocopies of their answer scripts until May 16 and for revaluation until May 22, the board said. A photocopy costs Rs. 410 per subject and revaluation Rs. 810 per subject, it said.\nFollow The Hampiyur Times on WhatsApp for the latest updates.\nTags:   SSLC Result 2026   KSEAB   Udupi   Karnataka Education\nAlso Read\nBengaluru: City corporation to fill 4,000 potholes before monsoon, says commissioner\nMysuru: Two held for cheating job aspirants of Rs. 14 lakh\nAbout Us   Contact Us   Advertise With Us   Privacy Policy   Terms of Use\nCopyright © 2026 The Hampiyur Times Pvt. Ltd. All rights reserved.",
     ["Students can apply for photocopies of their answer scripts until May 16 and for revaluation until May 22, the board said.", "A photocopy costs Rs. 410 per subject and revaluation Rs. 810 per subject, it said.", "Follow The Hampiyur Times on WhatsApp for the latest updates.", "Tags:   SSLC Result 2026   KSEAB   Udupi   Karnataka Education", "Also Read", "Bengaluru: City corporation to fill 4,000 potholes before monsoon, says commissioner", "Mysuru: Two held for cheating job aspirants of Rs. 14 lakh", "About Us   Contact Us   Advertise With Us   Privacy Policy   Terms of Use", "Copyright © 2026 The Hampiyur Times Pvt. Ltd.", "All rights reserved."]),
    ("h47-de-cest-photo-lead-short-name", "Published: 21 April 2026 13:47 CEST   |   Updated: 21 April 2026 17:02 CEST\nShare   Facebook   X   LinkedIn   Email\nWorkers leave the Wendtkamp plant in Hemmelstedt after a staff meeting on Tuesday. Photo: Jörn Vasselmeyer\nGerman car parts maker Wendtkamp Antriebstechnik will close its plant in Hemmelstedt, Lower Saxony, by the end of 2027, cutting 640 jobs, the company said on Tuesday.\nWendtkamp, which makes gear shafts and fuel pump housings, said orders for parts for petrol and diesel engines had fallen by 38 percent since 2022.",
     ["Published: 21 April 2026 13:47 CEST   |   Updated: 21 April 2026 17:02 CEST", "Share   Facebook   X   LinkedIn   Email", "Workers leave the Wendtkamp plant in Hemmelstedt after a staff meeting on Tuesday.", "Photo: Jörn Vasselmeyer", "German car parts maker Wendtkamp Antriebstechnik will close its plant in Hemmelstedt, Lower Saxony, by the end of 2027, cutting 640 jobs, the company said on Tuesday.", "Wendtkamp, which makes gear shafts and fuel pump housings, said orders for parts for petrol and diesel engines had fallen by 38 percent since 2022."]),
    ("h47-de-vocab-box-union", "She said about 70 percent of the plant's workers were over 45, and many of them owned homes in the town.\nVOCABULARY\nder Betriebsrat – works council\ndie Kündigung – dismissal, notice\nder Standort – site, location\nThe regional office of the metalworkers' union said it would call a warning strike if the company refused to negotiate a social plan.",
     ["She said about 70 percent of the plant's workers were over 45, and many of them owned homes in the town.", "VOCABULARY", "der Betriebsrat – works council", "die Kündigung – dismissal, notice", "der Standort – site, location", "The regional office of the metalworkers' union said it would call a warning strike if the company refused to negotiate a social plan."]),
    ("h47-za-colonel-rand-quote", "Provincial police spokesperson Colonel Sipho Mthembulo said the men, aged 24, 29 and 33, were arrested at a house in Mzamo Park on Saturday night. He said police had recovered two firearms, four cellphones, a laptop and R18,000 in cash.\n\"We believe these suspects are linked to at least seven house robberies in the area since March,\" Mthembulo said. \"More arrests are possible.\"",
     ["Provincial police spokesperson Colonel Sipho Mthembulo said the men, aged 24, 29 and 33, were arrested at a house in Mzamo Park on Saturday night.", "He said police had recovered two firearms, four cellphones, a laptop and R18,000 in cash.", "\"We believe these suspects are linked to at least seven house robberies in the area since March,\" Mthembulo said.", "\"More arrests are possible.\""]),
    ("h47-za-tip-question-newsletter", "READ MORE: Umvotheni residents march to police station over crime\nDo you have a story? WhatsApp us on 071 555 0193 or email news@inkwazipost.co.za.\nGet the day's top stories in your inbox every morning. Sign up for our newsletter.",
     ["READ MORE: Umvotheni residents march to police station over crime", "Do you have a story?", "WhatsApp us on 071 555 0193 or email news@inkwazipost.co.za.", "Get the day's top stories in your inbox every morning.", "Sign up for our newsletter."]),
    ("h47-ie-headline-confirms-byline-am", "Drumskerrin bypass will not open until summer 2027, council confirms\nSeven-month delay blamed on rock found under the route, with €6.2 million added to the bill\nby Siobhán Ní Ghrálaigh\nOctober 22 2026 08:00 AM\nShare   Facebook   X   Email\nWork under way on the Drumskerrin bypass at Knockaderra last week. Photo: Conor Mackessy",
     ["Drumskerrin bypass will not open until summer 2027, council confirms", "Seven-month delay blamed on rock found under the route, with €6.2 million added to the bill", "by Siobhán Ní Ghrálaigh", "October 22 2026 08:00 AM", "Share   Facebook   X   Email", "Work under way on the Drumskerrin bypass at Knockaderra last week.", "Photo: Conor Mackessy"]),
    ("h47-ie-ltd-comment-question-mr", "The main contractor, Kilcolman Civil Engineering Ltd, did not respond to a request for comment.\nSo what happens to the town's traffic in the meantime?\nThe council plans to keep the ban on right turns at the Market Square junction during school hours until the bypass opens. Mr Glackenny said a firm opening date would be announced in March.",
     ["The main contractor, Kilcolman Civil Engineering Ltd, did not respond to a request for comment.", "So what happens to the town's traffic in the meantime?", "The council plans to keep the ban on right turns at the Market Square junction during school hours until the bypass opens.", "Mr Glackenny said a firm opening date would be announced in March."]),
    ("h47-ke-kiswahili-translation", "“I did not plan to run for the record,” Jepkemoi said. “At 15km I looked at my watch and saw I was fast, so I just kept pushing.”\n“Nimefurahi sana,” she added. (I am very happy.)\nShe said she trains with a group of 14 athletes at a camp in Kapsigirio run by her coach, Joseph Kipchumba Malakwen.",
     ["“I did not plan to run for the record,” Jepkemoi said.", "“At 15km I looked at my watch and saw I was fast, so I just kept pushing.”", "“Nimefurahi sana,” she added.", "(I am very happy.)", "She said she trains with a group of 14 athletes at a camp in Kapsigirio run by her coach, Joseph Kipchumba Malakwen."]),
    ("h47-ke-results-box-numbered-rows", "RESULTS\nWomen: 1. Mercy Jepkemoi Lagatwo 1:10:12 CR, 2. Lydia Chebet Kapteroi 1:11:00, 3. Sharon Jerono Kimweli 1:11:31\nMen: 1. Brian Kiprono Lelmengit 1:02:27, 2. Amos Kiplimo Kapsiwa 1:02:40, 3. Hillary Kibet Ngetunyi 1:03:05",
     ["RESULTS", "Women: 1. Mercy Jepkemoi Lagatwo 1:10:12 CR, 2. Lydia Chebet Kapteroi 1:11:00, 3. Sharon Jerono Kimweli 1:11:31", "Men: 1. Brian Kiprono Lelmengit 1:02:27, 2. Amos Kiplimo Kapsiwa 1:02:40, 3. Hillary Kibet Ngetunyi 1:03:05"]),
    ("h47-my-myt-dash-credit-dateline-pm", "Sunday, 26 Jul 2026   12:41 AM MYT\nShare   Facebook   X   WhatsApp   Telegram\nAhmad Faizal Rusdiman greets supporters outside the vote-tallying centre in Sungai Pelandok on Saturday night. — MOHD IZZAT SAIFULBAHRI/The Semarak Post\nIPOH: The ruling coalition's candidate, Ahmad Faizal Rusdiman, won the Sungai Pelandok state by-election on Saturday with a majority of 3,814 votes, returning officer Rozaimi Shahrulnizam announced at 10.14pm.\nAhmad Faizal, 44, a former district council member, polled 12,906 votes against 9,092 for the opposition alliance's candidate, Dr Tiew Boon Siang. A third candidate, independent Muthusamy Arunasalam, received 512 votes and lost his deposit.",
     ["Sunday, 26 Jul 2026   12:41 AM MYT", "Share   Facebook   X   WhatsApp   Telegram", "Ahmad Faizal Rusdiman greets supporters outside the vote-tallying centre in Sungai Pelandok on Saturday night.", "— MOHD IZZAT SAIFULBAHRI/The Semarak Post", "IPOH: The ruling coalition's candidate, Ahmad Faizal Rusdiman, won the Sungai Pelandok state by-election on Saturday with a majority of 3,814 votes, returning officer Rozaimi Shahrulnizam announced at 10.14pm.", "Ahmad Faizal, 44, a former district council member, polled 12,906 votes against 9,092 for the opposition alliance's candidate, Dr Tiew Boon Siang.", "A third candidate, independent Muthusamy Arunasalam, received 512 votes and lost his deposit."]),
    ("h47-gh-hon-ghc-quote", "The Municipal Chief Executive, Hon. Yaw Brefo, said the assembly’s internally generated funds (IGF) fell short of target by GH¢1.3 million in 2025. “We cannot fix roads and clear drains with promises,” he said. He said the extra revenue would pay for a 1.8-kilometre drain along Odumasua Road, which floods every rainy season.\nUnder the new rates, the owner of a four-bedroom house in a first-class residential area will pay GH¢1,250 a year, up from GH¢1,000, according to the fee-fixing resolution.",
     ["The Municipal Chief Executive, Hon. Yaw Brefo, said the assembly’s internally generated funds (IGF) fell short of target by GH¢1.3 million in 2025.", "“We cannot fix roads and clear drains with promises,” he said.", "He said the extra revenue would pay for a 1.8-kilometre drain along Odumasua Road, which floods every rainy season.", "Under the new rates, the owner of a four-bedroom house in a first-class residential area will pay GH¢1,250 a year, up from GH¢1,000, according to the fee-fixing resolution."]),
    ("h47-gh-quote-question-before-capital", "The chairman of the Akwadum Landlords Association, Opanin Kwame Bediakoh, said landlords were not consulted before the vote. “Nobody came to us,” he said. “Now they will pass the cost to the tenants, and who suffers? The ordinary man.”\nThe Assembly Member for Asafo Electoral Area, Hon. Comfort Awuku, who voted against the resolution, said many property owners in her area were pensioners living on less than GH¢600 a month. She said the assembly should first collect the GH¢2.1 million owed in unpaid rates before asking anyone to pay more.",
     ["The chairman of the Akwadum Landlords Association, Opanin Kwame Bediakoh, said landlords were not consulted before the vote.", "“Nobody came to us,” he said.", "“Now they will pass the cost to the tenants, and who suffers?", "The ordinary man.”", "The Assembly Member for Asafo Electoral Area, Hon. Comfort Awuku, who voted against the resolution, said many property owners in her area were pensioners living on less than GH¢600 a month.", "She said the assembly should first collect the GH¢2.1 million owed in unpaid rates before asking anyone to pay more."]),
    ("h47-es-cookie-banner-weather-strip", "This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt out if you wish.\nAccept   Reject   Read More\nThe Alborán Echo\nMálaga   24°C   Sunny\nHome   News   Costa del Sol   Axarquía   Spain   Property   Lifestyle   What's On   Classifieds\nWhat's On",
     ["This website uses cookies to improve your experience.", "We'll assume you're ok with this, but you can opt out if you wish.", "Accept   Reject   Read More", "The Alborán Echo", "Málaga   24°C   Sunny", "Home   News   Costa del Sol   Axarquía   Spain   Property   Lifestyle   What's On   Classifieds", "What's On"]),
    ("h47-es-am-pm-hours-visitor", "Entry is free for residents of Benalzar and €4 for everyone else. The museum is open from Tuesday to Saturday from 10am to 2pm and from 5pm to 8pm, and on Sunday mornings.\nAmong the first visitors on Thursday was Maureen Scarisbrook, 72, who moved to Benalzar from Leeds 16 years ago. “I had no idea it was under the petrol station where I used to fill up the car,” she said.",
     ["Entry is free for residents of Benalzar and €4 for everyone else.", "The museum is open from Tuesday to Saturday from 10am to 2pm and from 5pm to 8pm, and on Sunday mornings.", "Among the first visitors on Thursday was Maureen Scarisbrook, 72, who moved to Benalzar from Leeds 16 years ago.", "“I had no idea it was under the petrol station where I used to fill up the car,” she said."]),
]  # fmt: skip
