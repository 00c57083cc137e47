"""Seventy-first set of new hand-labelled pages for the hint engines (tuning set, round thirty-one): twelve WHOLE pages, head to tail, from twelve kinds of news site whose furniture the sets are still thin on, each site's furniture worded its own way and placed in the head, between the story's paragraphs and in the tail, around ordinary news with ordinary speakers and a fair share of checkable facts.

Written from scratch for issue 13 in round thirty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole), the module docstrings of
`labelled_new69.py` and `labelled_new70.py` (printed whole; the first printing, of all four
docstrings together, was cut in the middle by the terminal, so these two were saved to files in /tmp
and listed again with `sed`), the `STYLES` of both (each cut to 400 characters), their first pages
and split cases (`CASES`, every line cut to 400 characters) -- of `labelled_new70.py` its first two
pages, of `labelled_new69.py` a listing of lines 306 to 460 that ran on past its second page into
its whole third page and the first line of its fourth --, the first three and the last lines of the
docstring of `labelled_new69.py` with the import after it, `build` in `labelled_articles.py` (a
`grep -A15` listing) and the ruff settings in `pyproject.toml` (a `grep -A25` listing that also
showed some dependency and pytest lines). Listings of `tests/text/` printed only counts and the
names of files matching `labelled_new7*` and `labelled_heldout4[78]*`, and `grep -n` gave the line
numbers of `STYLES`, `ARTICLES`, `CASES` and the import lines in those two files. What was run: a
Python one-liner printing the calendar of 2026 to check weekdays, a converter of my own in /tmp that
turns a small line format into the literals below and cuts the split cases out of the pages, a
renaming script, an import of this file with `build` on every page, a checking script of my own in
/tmp (four fields, flags, a cue for every speaker and a speaker for every cue, no speaker on
furniture, the sentence count, every split case occurring in a built page and joining back to its
text), whole-word case-insensitive greps of every capitalised word of these pages (each part of a
hyphenated name on its own) and of candidate replacement names over `tests/` that printed file
counts only, and `ruff format` / `ruff check` on this file. The files the other writers are drafting
at the same time (`labelled_new72.py`, `labelled_heldout47.py`, `labelled_heldout48.py`) were never
opened; the same greps covered them once they existed (all three had appeared by the last pass, and
one of them shared the surname of a party to a court case with this set, renamed here).

Every person, small place, street, road, roundabout, bridge, point, inn, school, school division,
health district, hospital, court, legal aid office, landlords' group, business association, guild,
union local, platform, institute, university, journal, foundation, company, bakery, hardware store,
brokerage, outlet, station, portal, newswire, storm name, book title and number is invented (a first
draft reused about seventy invented surnames, towns, streets, outlets and companies of other files
under `tests/`, and a first list of replacements hit some twenty-five more; all were renamed and
grepped again). Real countries, regions, big cities, roads and public bodies appear only as
settings, with invented figures: the United States, Ohio, New Mexico and New Jersey, federal relief
money, Labor Day, a Creative Commons license and a 501(c)(3); Scotland, northern England, Glasgow,
Edinburgh, Argyll, the Highlands, Cumbria, Northumberland, the Met Office, Police Scotland and
Ofgem; Canada, Saskatchewan, Saskatoon, Hwy. 16, the Ministry of Education and the CRTC (in a
footer); Australia, NSW, Queensland, Sydney (in a weather strip) and the Health Minister; India,
Mumbai, Tamil Nadu, Kerala, Karnataka, Hubballi, north India, the BSE, the Sensex, the Nifty 50 and
the rupee; Ghana, the Central Region, the Volta Region, Accra, the Ghana School Feeding Programme
(GSFP) and the Minister for Gender, Children and Social Protection; Malaysia, Kelantan, Terengganu,
MetMalaysia, Nadma, the Kelantan Social Welfare Department, RON95 and SPM (in hashtags); Germany,
Hanover (Hannover in the German headline), the federal government and the Deutschlandticket; Spain,
Andalusia, Seville, Córdoba, Jaén, the Guadalquivir valley, Madrid, AEMET, the Health Ministry,
Portugal's Algarve and the Greek islands (in teasers) and Europe; Ontario, Toronto and Georgian Bay
(in an invented university's name). Facebook, X, WhatsApp, Telegram, LinkedIn, Reddit, Nextdoor,
YouTube, Google Play and the App Store appear only as channels. No surname, town, street, outlet,
company, school, club or union of any file under `tests/` is reused (given names, titles, real
settings, common words such as "Plain", "Register", "Post", "Courier", "Guild", "Alliance",
"Hardware", "Bakery", "Composite", "Sierra", "Rio" and "Bahn", and Malay name parts and common nouns
such as "Wan", "binti", "Bandar", "Teluk" and "Kg." recur).

Each page is a WHOLE page as a new user pastes it as plain text after selecting all in a browser, so
every furniture line is a paragraph of its own and "B", worded in that site's way: mastheads and
taglines, account, e-paper and sign-in strips, a metered-paywall counter, a weather widget, a
traffic ticker, a stock ticker, a racing-odds strip, a language switcher, a trending tag cloud, a
WhatsApp-channel prompt, menus, crumbs, section labels, PREMIUM and LIVE labels, bylines with
reporters' roles, sources, translators and medical reviewers, date lines in each country's style,
share strips, caption credits and a video player's text. Inside the stories sit a donation ask, a
live key-points box, recirculation strips ("Recommended:", "Read more:", "Also Read:", "READ ALSO:",
"Also read:"), a newsletter sign-up, "Story continues below advertisement", "ADVERTISEMENT", an
affiliate-links disclosure with a deals strip, a premium lock, an app prompt, a member box, a
sponsor line, a translator's note, a full-disclosure note, a study card and a stock snapshot. The
tails hold bios, related, more-from and most-viewed lists, tags, report-a-typo and tip lines,
comment counts, comment rules and a comment with its user line, a betting banner with its notice, a
disclaimer, a how-we-did-this note, a republish box, a funding note, a corrections policy, an events
calendar, provider credits, the original headline of a translated story, a What this means box,
references and footers. Every page also holds at least two story sentences that LOOK like furniture
(a text-alert sign-up, a pass price, a meeting time, an app, a hotline, a record date, a WhatsApp
group, a quoted text message), labelled as story. `STYLES` names the site, the story and the
stresses of each page, in order.

(1) A US metro daily in Ohio: a transit board cuts nine bus routes and raises the base fare. The
paywall counter ("You have 2 free stories left this month." / "Subscribe now for $1 a week.") and
the three-sentence donation ask after the chief executive's quote ("Before you keep reading: ..." /
"A gift of any size keeps it going." / "Give $5 today →") are "B", and the story goes on after the
ask; the standfirst's "Authority says" carries "the Halvorton Regional Transit Authority", the name
as the body first gives it, and "Aug. 2" ends it without a full stop; the board's 7-4 vote is "W"
without a speaker; "according to the authority's own ridership counts", "The authority said in a
statement" (kept as written) and "It said" (resolved to "the Halvorton Regional Transit Authority")
follow; "Chief executive" is dropped and "E. Brastowe St. before" does not split; a board member who
voted no tells his failed 4-7 motion ("W"), and the chief executive's "a delay would only make next
year's cuts deeper" is a forecast, ""; the monthly pass at $80 is a price of record, "W", and
"Riders can sign up for text alerts ..., the authority said." is a service tip, "" with "the
authority"; a rider's shift "at 5:30 a.m." is private and ends a sentence, her question ""; the
union local's president gives the 37 vacant posts ("W"); the board's monthly meeting time is "W"
without a speaker; the bio, related list and "© 2026 The Halvorton Plain Register." / "All rights
reserved." are "B".

(2) A UK national newspaper: Storm Morvoren cuts power to 140,000 homes. The live key-points box has
its title and update time "B", its four bullets "W" without a speaker (facts, like a key-findings
box) and "Follow the latest on our live blog" "B"; the byline with a role between two names and "Sat
17 Jan 2026 12.05 GMT" are "B"; the storm's toll is "W" without a speaker; "The Met Office said" is
kept as written; the meteorologist, named before her role, forecasts, "", and her surname later
resolves to her; "Recommended: ...", "Read more: Energy firms fined £3.2m ..." and the newsletter
sign-up between paragraphs are "B" even with a figure; "Glenbrachan Power Networks, which runs ...,
said" and "It said" (the 31,000 reconnected, "W"); a second network's 44,000 homes have no source,
"W"; "Cairnfell Rail said", "It advised" (advice, "") and "the company said" (kept as written, the
tickets "W"); "Police Scotland said ... at about 9.15am." is "W"; an innkeeper sweeping glass is
described, "", then "he said" carries him; "“Check before you travel, ...,” said Ruaridh Pennycross,
the head of roads at ..." is advice that opens with an imperative, "" with his name; "Sign-ups to
the council's storm and flood text alerts rose from 2,100 to 5,600 ..., the council said." looks
like a sign-up strip but is story, "W"; the £80 compensation rule is "W" without a speaker; tags,
reuse line, most viewed and the footer are "B".

(3) A Canadian local TV station in Saskatchewan: a school division votes to close a 96-year-old
village school. The weather widget ("Saskatoon   −21°C   Feels like −31   Light snow", "7-day
forecast ›") and the traffic ticker ("... Hwy. 16 eastbound near Mellanby Rd. – right lane blocked
·  Halcrow Ave. ramp ...") are "B" and do not split at their abbreviations; the video player's "▶
Play Video", "2:14", "CC   Settings   Full screen" and "Up next: ..." are "B", while "Now playing:
... trustees vote 7-2 to close their school" is a caption that states a fact, "W"; "KALDERVALE,
Sask. — ..., the division said in a news release Tuesday." carries "the division" as written; "That
is down from 141 students in 2011, according to the division's enrolment report." keeps the report;
"Director of education Dr." is dropped; the board chair's buses are a plan of record, "W"; the
trustee who voted no is named with a co-voter who does not speak; the petition count has no source,
"W"; "Story continues below advertisement" is "B"; a parent's quote opens "“...,” said Carys ..."
and runs over two paragraphs to a question, every sentence carrying her with "said"; the principal
standing at the back is described, "", and "He declined to comment afterwards." carries him with
that cue; "Parents can watch the division's next board meeting, on Feb. 9 at 7 p.m., live on the
division's YouTube channel, the division said." is a meeting of record, "W", and "The division said
it would send families updates ... through its parent app" a pledge, "" (both look like furniture);
"A spokesperson for the Ministry of Education said in an email" is kept as described; "Have a news
tip?" / "Email news@ckrv6.ca." are two "B" sentences.

(4) An Australian news portal: a regional hospital pauses births for 12 weeks. The racing strip and
the four-sentence gambling notice ("Odds supplied by Wagerline." / "18+ only." / "Think about your
choices." / "Call 1800 555 047 ...") are "B", and so are the betting banner and "18+ only." /
"Gamble responsibly." in the tail; the standfirst's "district says" carries "the Tablerock Local
Health District" as the lead names it with "said on Tuesday"; the caption "The maternity unit at
Wandoberra Base Hospital, which delivered 212 babies last year." states a figure, "W", and "Picture:
Supplied" is "B"; "The district said" is kept as written; "Chief executive" is dropped and "Ms
Brimmacombe said" later resolves to her; "SHOPPING", "This content contains affiliate links." /
"bluewren may earn a commission when you buy through them." (a sentence that opens with the brand in
lower case) and the deals strip sit between paragraphs, "B"; "Member for Wandoberra" is dropped and
"Mr Stramondale said" carries him; an expectant mother's quote runs over two paragraphs to a
question (""); "Women booked to give birth at Wandoberra can call the district's maternity line on
1800 555 019 ..., the district said." is a service tip, "" with "the district", and "The district
will pay for up to seven nights' accommodation ..., at up to $180 a night, ..., it said." a plan of
record, "W", with "It" resolved to "the Tablerock Local Health District"; a retired midwife's offer
is described, "", "A district spokesperson said" is kept as described; "Will the unit reopen on June
8 as planned?" has no speaker.

(5) An Indian business daily: a listed cement maker's third-quarter profit falls 22%. The ticker,
"PREMIUM", "Updated: 03 Feb 2026, 07:48 PM IST" and the listen line are "B"; "Ambarkesh Cements Ltd.
on Monday reported ..., the company said in a filing with the BSE." is one sentence carrying
"Ambarkesh Cements Ltd" (without the abbreviation's full stop, as `labelled_new69.py` labels
"Osunbridge Flour Mills Plc") with "said in a filing"; "according to the filing" and "The filing
said" keep the filing, and "vs. ₹9,900" does not split; the premium lock ("This is a Premium story."
/ "Continue reading with Arthvani Premium, from ₹99 a month." / "Already a subscriber?" / "Log in")
is "B" and the story goes on after it; "Managing director" is dropped with "told analysts on a
call", and his quote after "he said" ends in a forecast, ""; "Also Read:" lines are "B"; "Chief
financial officer" is dropped, and her grinding unit "on track to start" is a forecast, "";
"Analysts at Devkar Securities wrote in a note" is kept as written; a dealers' association
secretary's account of builders is ""; the conference call "at 4 p.m. on Wednesday, it said in the
filing." (resolved to "Ambarkesh Cements Ltd") and the dividend's record date look like furniture
but are "W"; the stock snapshot has its title and data-time line "B" and its rows ""; the
two-sentence disclaimer, the app line and "Copyright © 2026 Arthvani Media Pvt. Ltd." / "All rights
reserved." are "B".

(6) A Ghanaian news site: school feeding caterers stop cooking over five months of arrears. The
WhatsApp-channel prompts at the head and in the tail and the app prompt inside the story are "B";
the stoppage is "W" without a speaker; "The chairperson of the ... Association, Madam Comfort
Odoteyfio, said" drops both, and her quote after "she said" carries her; "GH¢1.80" and "GH¢1.50" in
an unsourced rate ("W") and "GH¢1.9 million" do not split; "The municipal desk officer of the GSFP,
Mr Isaac Norteyfio-Kpobi, confirmed" drops "Mr"; "In a statement signed by its Head of
Communications, Mr Felix Ekuban, the Ghana School Feeding Programme said" carries the programme, not
the officer who signed (a payment date of record, "W"), and "It urged" is advice, ""; "M/A Basic ‘B’
School" does not split; "Hon." is dropped from the MP and "She called the delays “...”" is a partial
quote, ""; "Madam Odoteyfio said the association had set up a WhatsApp group for its 212 members
..." and "GH¢5 a day for lunch" look like furniture but are "W"; a parent's question ends "she
asked." and is one sentence; "Also read: ..." is "B"; the comment rules ("Comment rules: Comments
are moderated." / "Abusive, tribal or defamatory comments will be deleted." / "Keep your comment on
the story."), the disclaimer and "OdwiraNews © 2026." / "All rights reserved." are "B".

(7) A Malaysian English-language daily: monsoon floods force 9,800 people from their homes. The
language switcher ("English   |   Bahasa Malaysia   |   中文"), "TRENDING" and its hashtag cloud, the
byline in capitals and "— FAKHRUL HAFIZI/The Tanahair Post" are "B"; the headline "... as Sg. Perkai
bursts its banks" is one sentence; "TANAH KERAYANG: ..., according to figures on the Nadma disaster
portal." keeps the figures as written; "Datuk" is dropped from the district officer named after his
role, and "Zulkarnain said" later resolves to "Zulkarnain Mahadzir" (a Malay name is referred to by
its given name); his "almost a metre in six hours" is a measurement inside a quote, "W"; "The
Malaysian Meteorological Department (MetMalaysia) said in a statement" keeps the name as written and
"It said" (a forecast, "") resolves to "the Malaysian Meteorological Department (MetMalaysia)";
"binti" stays in the welfare director's name; the relief centre's meal times (scene, "") and "Flood
victims who need to be moved can call the district's flood operations room at 09-555 0142, ..., she
said." (a service tip, "") look like furniture but are story; a villager's Malay quote and its
bracketed translation both carry her with "said", ""; her neighbour is named and does not speak;
"READ ALSO: ..." is "B"; the 2025 flood "according to state records" is "W"; the paper's question
has no speaker; "Found a mistake in this article?" / "Report it to us." and "Copyright © 2026
Tanahair Media Sdn. Bhd." / "All rights reserved." are "B".

(8) A German regional newspaper's English edition: a commuter line to Hanover closes for five
months. "ENGLISH EDITION", "Deutsch   |   English", the machine-translation note, "Read in original
language (Deutsch) →", "By ...  ·  Translated by ..." and "20.08.2026, 16:35" are "B"; the caption's
scene is "" and its second sentence, the buses from September 7, "W"; "Leinetal-Bahn will close ...,
the rail operator announced on Wednesday." carries "Leinetal-Bahn" with "announced"; "a
Schienenersatzverkehr (rail replacement bus service)" keeps its gloss inside the sentence, "W";
"according to the operator's passenger counts"; "Leinetal-Bahn spokeswoman" is dropped, "approx. €46
million" does not split, and "60 km/h" inside her quote is a figure of record, "W"; "Passengers can
find the replacement timetable in the Leinetal-Bahn app ..., she said." is a service tip, "", and
the Deutschlandticket and "€3.10 for one zone" are prices of record without a speaker, "W";
"District Administrator" is dropped, and the bracketed "[Translator's note: The district
administrator (Landrat) is ...]" between his paragraphs is "B"; a nurse's quote runs over two
paragraphs to a question; "The Verkehrsverbund Brunnstedter Land (VBL), the regional transport
association, said in a statement" drops the descriptor after the name; a kiosk owner "at Bahnhofstr.
4 opposite the station, expects" to lose customers: cue "expects", ""; "according to the operator"
keeps it; the original German headline with its date, the translation and editing credits, "More in
English" and "© Brunnstedter Verlagsgesellschaft mbH & Co. KG 2026" are "B".

(9) A US non-profit state newsroom in New Mexico: eviction filings reach a 10-year high. "Nonprofit.
Nonpartisan. Free to read." is three "B" sentences; "Republish this story" in the share strip is
"B"; "TRES ALAMILLOS, N.M. — ..., according to court records analyzed by The Bajada Report." keeps
the records as written and "The records show" keeps "The records" with "show"; the median owed has
no source, "W"; "Magistrate Judge" is dropped, her "under five minutes" is a figure inside a quote,
"W", and the rest of her quote ""; "He pointed to Archibeque v. Sierra Parda Apartments LLC, in
which the court dismissed ..." is a ruling of record told by the legal aid lawyer, "W", with the cue
"pointed to", and "v." and "LLC, in which" do not split; the four-sentence member box is "B"; the
landlords' president's rents are "W" and her quote ""; a tenant's private rent and her quote over
two paragraphs with a question are ""; "A free legal clinic for tenants runs in the courthouse lobby
from 8 to 10 a.m. every Tuesday, court administrator ... said." and "The court posts its eviction
docket online each morning, ..." look like furniture but are facts of record, "W"; "Sierra Parda
Apartments LLC did not respond to a request for comment." carries the company with that cue, ""; the
how-we-did-this note, the republish box (its title, its two lines of terms and "Copy to clipboard"),
the funding note in two sentences and the corrections policy ("Corrections policy: ..." / "Spot an
error?" / "Email corrections@bajadareport.org.") are "B".

(10) A US hyperlocal blog in a New Jersey borough: the council votes to put parking meters downtown.
The sponsor strip at the head and "This story is made possible by Stoop Supporters like
Hebblesworth's Hardware." / "Become a supporter →" inside the story are "B"; the council's 4-2 vote
"between Orchard St. and the train station" is "W" without a speaker; "according to the ordinance"
with "9 a.m. to 8 p.m." unsplit; the blogger's aside to the reader ("If you've ever circled the
block ...") is ""; the study's cost has no source ("W"), and "The study found" keeps "The study";
"Mayor" is dropped and her $410,000 a year is a projection, "", as is "Dromhallow said the meters
could be in place by Labor Day ..."; "Councilman" is dropped, and the councilwoman who voted with
him is named in passing, without a speaker; "(Full disclosure: the Stoop's editor lives on Main
Street and parks on it.)" on its own line is an editor's note, "B"; the bakery owner gives the
association's 31 of 44 letters ("W"); a resident's question ending "asked Harold Ekwegbalum, ..." is
one sentence with the cue "asked"; the $25 monthly permit "Under the ordinance" has no speaker
("W"), and the meeting notice ("... on Tuesday, May 26, at 7:30 p.m. at Borough Hall, 40 Cedar St.,
and residents can comment in person or by email.") is story, "W"; "Got a tip?" / "Email ... or text
us at 201-555-0148.", "23 Comments", the user line and the comment ("About time." / "Try finding a
spot on a Saturday.") are "B"; the events calendar in the tail ("COMING UP IN COLDMERE", three rows
such as "Sat., May 16  ·  9 a.m.–1 p.m.  ·  Spring Plant Sale, Borough Hall lot" and "See the full
calendar →") is site furniture, "B" line by line, even the row for the same council meeting the
story gives as "W".

(11) A wire story on a web portal: a heat wave makes southern Spain shorten the school day. The
portal's brand, strip and menu, "Meridiana News Service  ·  + Follow", the byline with the wire's
name, relative time and read time, the share strip and "(Meridiana Photo/Rafael Montecillo)" are
"B"; "SEVILLE, Spain (Meridiana) — ..., 44 C (111 F), the regional education department said
Tuesday." is one sentence carrying the department as written; "Spain's state weather agency, AEMET,
said" drops the descriptor before the name ("AEMET"), and "It said" its forecast, ""; "AEMET
spokesman" is dropped; straight quotes throughout, labelled like curly ones; "The department said"
is kept as written (1,870 schools, "W"); the teachers' platform spokeswoman's 35 C is "W" and her
quote ""; the principal's account of lessons moved into the gym, "the only room with air
conditioning", is "W"; a parent's straight quote splits after "red face." and "Is that normal for an
8-year-old?" said Noelia Carbajosa, ..." is one sentence (""); "according to the Health Ministry";
the fan prices are "W" without a speaker and "The ministry advised people to drink water regularly,
..." is advice, "" with "The ministry" and "advised" (both look like a public-service box); the
contributor line, "© Copyright 2026 Meridiana News Service", "Provided by ...", the more-from lists,
"Was this article helpful?" / "Yes   No" and the footer are "B".

(12) A health-news site: a trial finds text-message reminders raise flu shots among over-65s. The
headline's "Ontario trial finds" carries "a trial in 48 Ontario family practices", as the lead names
it with "according to" (its publication details dropped), and the dek, with no verb of saying, has
no speaker ("W"); "Medically reviewed by Dr. Arvind Pallikoth, MD" is "B"; the study card has its
title "B" and its four rows "" (data rows, "Oct. to Dec. 2025, vs. usual care" unsplit); the result
sentence with "Jan. 31, vs. 56.3%" and "(...; 95% CI, 4.1 to 8.1)." and the method are "W" without a
speaker; "Lead author Dr." is dropped, and her quote splits after "persuade anyone." ("It reminds
them.”"); "The researchers wrote" with "i.e. the group" unsplit; "Patients were signed up for the
reminders if the practice had a mobile number on file ..." is story, "W"; "Brugnatelli said each
text read, in full: “Your family doctor recommends a flu shot this fall." is "W" and the text's
second sentence, "Reply BOOK or call us to make an appointment.”", looks like a prompt but is her
quote, "" with "said"; "Dr." is dropped from the outside expert, "e.g. shingles" does not split, "He
cautioned" is "", and "“Uptake is one thing,” he said." splits from "“Outcomes are another.”"; a
practice manager's 140 appointments are "W"; a patient's private account and his verbless
"“Probably.”" carry him with "said", ""; "The authors noted" the urban practices ("W"); "according
to provincial surveillance data"; the What this means box has its title "B" and its bullets by
content (two pieces of advice "", the trial's result "W"); the medical disclaimer, the newsletter
line, "References" and each numbered reference with "et al." as one "B" sentence, the related list
and the footer with "Inc." are "B".

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new69.py` and `labelled_new70.py` hold too, as their
docstrings state them (furniture "B" line by line; captions by content and credits "B"; standfirsts
labelled like headlines, never split at a semicolon, a verb of saying in them carrying the source as
the body names it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later
surname or a role resolved to the full name as first given; organisations, documents and data kept
as written, "according to X" -> X, "It" for an organisation resolved to its name as first given, a
later generic noun ("The authority", "the division", "The district", "the company", "The
department", "The ministry", "The records", "The study", "The filing") kept as written; a quote over
several sentences or paragraphs carrying its speaker and cue; "declined to comment" and "did not
respond" labelled like speech with flags ""; plans, votes, decisions, filings and figures of record
"W"; forecasts, estimates, hopes, pledges, opinions, feelings, scene, private circumstances,
questions and advice ""; a figure of record inside a quote "W"; a named person acting or described,
with no verb of saying, carries no speaker; data rows of a box "", its title "B"; key-findings
bullets "W"; pull quotes, teasers, sign-ups, appeals, polls, comments and corrections "B").

Conventions this set had to settle, in the same spirit:

* Gates and asks inside a story. A metered-paywall counter, a premium lock, a donation ask, a member
  box and a sponsor line are "B" sentence by sentence, a price or a question in them included
  ("Subscribe now for $1 a week.", "Already a subscriber?" / "Log in"); the story goes on after them
  unchanged.
* Live key-points box on an article. Its title line with the update time is "B", its bullets "W"
  without a speaker when they state facts, like a key-findings box; the link to the live blog is
  "B".
* Recirculation strips ("Recommended:", "Read more:", "Also Read:", "READ ALSO:", "Also read:",
  "More in News", "More from ...", "Up next:") are "B" whatever they state, a figure in them
  included.
* Widgets. Weather widgets, traffic tickers, stock tickers, odds strips, language switchers and
  trending tag clouds are "B" line by line, and an abbreviation inside them ("Hwy.", "Rd.", "Ave.")
  does not split the line.
* Video players. The play button, the running time, the caption strip and the up-next line are "B";
  the now-playing title is a caption, labelled by content.
* Gambling and affiliate notices are "B" sentence by sentence; a sentence that opens with a brand
  written in lower case ("bluewren may earn ...") is still a sentence of its own.
* Translated pages. The machine-translation note, "Read in original language", the translated-by
  credit, a bracketed translator's note between paragraphs, the original headline with its date and
  the translation credits are "B"; a foreign term glossed in brackets inside a story sentence stays
  in that sentence and does not change its label.
* Provider credits on a portal (the wire's name with a follow button, "Provided by ...", the wire's
  copyright and its contributor line) are "B"; so is a wire photo credit in brackets.
* Health pages. A study card's rows are data, "" (its title "B"); a What this means box has its
  title "B" and its bullets by content (advice "", a result "W"); each numbered reference is one "B"
  sentence.
* An events calendar on a site is furniture: its title, rows and link are "B", unlike an if-you-go
  box that belongs to a story (rows ""); a bracketed full-disclosure note on its own line is "B",
  like an editor's note.
* Story that looks like furniture. A sentence of the story about sign-ups, alerts, apps, hotlines,
  meetings, prices, record dates, conference calls, WhatsApp groups or a quoted text message is
  labelled as story: speaker by the usual rules, flags by content (a service tip or advice "", a
  figure, price, date, time or meeting of record "W").
* Organisations with an article. Named explicitly, the speaker is kept as written ("The Met Office",
  "The Malaysian Meteorological Department (MetMalaysia)", "The Verkehrsverbund Brunnstedter Land
  (VBL)", a descriptor set off after the name dropped); resolved from "It" or from a standfirst, it
  is the name as first given with a lower-case article ("the Halvorton Regional Transit Authority",
  "the Malaysian Meteorological Department (MetMalaysia)", "the Ghana School Feeding Programme"), as
  `labelled_new70.py` labels "the Orrinsdale Area School District". "X ..., the company said in a
  filing" / "the rail operator announced" in the same sentence as the company's name carries the
  name ("Ambarkesh Cements Ltd", "Leinetal-Bahn"); "In a statement signed by its Head of
  Communications, Mr ..., the ... Programme said" carries the programme, not the officer who signed.
* Names. Malay names keep "binti" and the father's name ("Nor Azlina binti Sabaruddin", "Wan Rohani
  Wan Kamil"); "Datuk" is dropped like a title, and a later given name alone ("Zulkarnain said")
  resolves to the full name. "Madam", "Mr", "Ms", "Hon.", "Dr.", "Member for ...", "Magistrate
  Judge", "Councilman", "District Administrator", "spokeswoman" and "spokesman" before a name are
  dropped.
* "pointed to", "expects", "advised", "urged", "cautioned", "noted", "announced", "wrote", "found",
  "show", "finds", "asked", "called", "confirmed", "told analysts on a call", "wrote in a note",
  "said in a filing", "said in a news release" and "said in an email" are cues as written.

Splits. "Aug. 2" (a standfirst's end), "9:58 p.m. ET June 11", "6:20 a.m. ET June 12", "E. Brastowe
St. before", "12.05 GMT", "Updated 11.52 GMT", "9.15am", "Hwy. 16 eastbound near Mellanby Rd. –",
"Halcrow Ave. ramp", "Jan. 27, 2026 6:42 p.m. CST", "Sask. —", "Hwy. 16, opened", "Dr. Hollis",
"Feb. 9 at 7 p.m., live", "Ltd. on Monday", "vs. ₹9,900", "₹2,318.40", "Pvt. Ltd.", "M/A Basic ‘B’
School", "GH¢1.80", "GH¢1.9 million", "Sg. Perkai bursts", "Kg. Bukit Mengkudu", "Kg. Teluk Rembia",
"(Dec 1).", "12.30pm", "Sdn. Bhd.", "20.08.2026, 16:35", "approx. €46 million", "60 km/h",
"Bahnhofstr. 4", "mbH & Co. KG", "N.M. —", "v. Sierra Parda Apartments LLC, in which", "8 to 10 a.m.
every", "501(c)(3)", "Orchard St. and", "9 a.m. to 8 p.m. Monday", "11 a.m. and 2 p.m.", "40 Cedar
St., and", "Sat., May 16", "9 a.m.–1 p.m.", "Spain (Meridiana) —", "44 C (111 F)", "1 p.m. instead
of 2 p.m.", "noon and 5 p.m. and", "Dr. Arvind Pallikoth, MD", "Oct. 13, 2026", "Oct. to Dec. 2025,
vs. usual care", "Jan. 31, vs. 56.3%", "95% CI, 4.1 to 8.1).", "i.e. the group", "e.g. shingles",
"Dr. Emeka", "et al. Text-message" and "J Prim Care Trials. 2026;11(4)" never split a sentence; nor
does a question closing a quote before its attribution ("... in January?” she said.", "... for an
8-year-old?" said Noelia ...", "... in the evening?” she asked.", "... supposed to park?” asked
Harold ..."). "5:30 a.m." before "“So what", "Register." / "Pvt. Ltd." / "Sdn. Bhd." / "© 2026."
before "All rights reserved.", "Inc." before "Carewise does not ...", the one- and two-word
sentences "Nonprofit." / "Nonpartisan." / "Free to read." and "18+ only." / "Think about your
choices.", "affiliate links." before "bluewren may earn", "this fall." before "Reply BOOK" inside a
quote, "persuade anyone." before "It reminds them.”", "red face." before "Is that normal", a Malay
quote before its bracketed translation, "“Uptake is one thing,” he said." before "“Outcomes are
another.”", and a question in furniture before a capital ("Already a subscriber?" / "Log in", "Have
a news tip?" / "Email ...", "Found a mistake in this article?" / "Report it to us.", "Spot an
error?" / "Email ...", "Got a tip?" / "Email ...", "Was this article helpful?" / "Yes   No") end
one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new69.py` and `labelled_new70.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily's site in Ohio, a regional transit board cuts nine bus routes and raises the base fare (masthead, account strip, a metered-paywall counter in two sentences with a price, menu, crumb in capitals, headline with a fare, semicolon standfirst carrying the authority through says, byline with a pipe, published and updated line with p.m., a.m. and ET, share strip with a gift link, caption and credit with a slash, the board's 7-4 vote of record without a speaker, according to the authority's own ridership counts, The authority said in a statement then It said, Chief executive dropped, E. and St. in mid-sentence, a donation ask in three sentences inside the story, a board member who voted no and his failed motion, a forecast told by the chief executive, ADVERTISEMENT, a monthly-pass price and a text-alert sentence that look like furniture but are story, a rider's private hours and her question, a union local's president, the annual report with according to, a ballot vote of record and a pledge, a meeting-time sentence that is story, bio with email and phone, related list, copyright ending Register., footer links)",
    "UK national newspaper's site, Storm Morvoren cuts power to 140,000 homes in Scotland and northern England (masthead, support and sign-in strip, two menus, crumb, headline with mph, semicolon standfirst, byline with a role between two names, date line with GMT and a dotted time, share strip with a comment count, a live key-points box with its title, an updated time and four bullets stating facts, a follow-the-live-blog link, caption and photograph credit, the storm as an act without a speaker, The Met Office said, a meteorologist named after her role and her forecast, recirculation strips between paragraphs (Recommended, Read more, a newsletter sign-up), a network company said then It said, a second network without a source, a rail operator said then It advised and the company said, Police Scotland said with a dotted time, an innkeeper sweeping glass (an act) and his quote, an advice quote opening with an imperative before said, a sign-up count and a compensation amount that look like furniture but are story, the meteorologist's surname with a rain forecast, tags, reuse line, most viewed, footer)",
    "Canadian local TV station's news page in Saskatchewan, a school division votes to close a 96-year-old village school (station brand with channel number, a watch-live strip with the newscast, a weather widget with a wind chill and a forecast link, a traffic ticker with Hwy., Rd. and Ave., menu, city label, headline, standfirst with km, byline with a slash and the station, posted line with CST, share strip, a video player's text (play button, a now-playing caption stating a fact, running time, a closed-caption strip and an up-next line), Sask. in the dateline with the division said in a news release at the end, Hwy. and km in mid-sentence, according to the division's enrolment report, Dr. dropped from the director of education, the board chair and a trustee who voted no, a co-voter named in passing, a petition count without a source, Story continues below advertisement, a parent's quote over two paragraphs with a question, a principal described who declined to comment, a watch-the-meeting sentence and a parent-app sentence that look like furniture but are story, a ministry spokesperson said in an email, more local news, report-a-typo and news-tip lines with a question, an app prompt, footer)",
    "Australian news portal's news page, a regional hospital pauses births for 12 weeks because it has too few midwives (portal brand, menu with shopping and travel, sign-in and weather strip, a racing odds strip with a four-sentence gambling notice, crumb, headline, semicolon standfirst carrying the health district through says, byline with the source outlet, date line with AEDT, share strip, caption stating a figure and a Supplied credit, the district said at the end of the lead, a plan of record without a speaker, The district said, Ms dropped from the chief executive, a shopping label, an affiliate-links disclosure whose second sentence starts with the brand in lower case, and a deals strip inside the story, a midwife and union delegate, the Member for dropped from an MP, an expectant mother's quote over two paragraphs with a question, a hotline sentence and an accommodation-price sentence that look like furniture but are story, it said after an accommodation offer, according to the district's annual report, a retired midwife described, A district spokesperson said, the paper's question, more-news list, a betting banner with its notice in the tail, footer)",
    "Indian business daily's site, a listed cement maker's third-quarter profit falls 22% on fuel costs (masthead, e-paper, premium, markets-data and sign-in strip, a stock ticker with Sensex, Nifty, the rupee, gold and the company's share, menu, crumb, a PREMIUM label, headline with Q3, ₹, crore and a semicolon, standfirst with YoY, byline with the city, updated line with IST, share and save strip, a listen line, Ltd. on Monday in mid-sentence with the company said in a filing with the BSE, EBITDA per tonne, according to the filing, The filing said with vs. in mid-sentence, a premium lock inside the story (a label sentence, a price and Already a subscriber? Log in), Managing director dropped with told analysts on a call, a forecast in his quote, Also Read lines between paragraphs, Chief financial officer dropped, Analysts at a brokerage wrote in a note, a dealers' association secretary, the share price as a fact, a conference-call sentence with it said in the filing and a record-date dividend sentence that look like furniture but are story, a stock snapshot with title, rows and a data-time line, the disclaimer in two sentences, an app line, footer with Pvt. Ltd.)",
    "Ghanaian news site, school feeding caterers in a Central Region municipality stop cooking over five months of arrears (site brand with a tagline, date strip, menu, a WhatsApp-channel prompt with an emoji, section label, headline, source and byline line with a pipe, date line with GMT, share strip, caption and credit, the stoppage as an act without a speaker, a chairperson named after her role with Madam dropped, a quote without a verb after she said, GH¢ figures in mid-sentence and a rate without a source, Mr dropped from a desk officer who confirmed, an app prompt inside the story, In a statement signed by its head of communications the programme said then It urged, M/A and a quoted letter in a school's name, a headteacher, Hon. dropped from an MP who called the delays a partial quote, a caterers' WhatsApp group and a lunch price that look like furniture but are story, a parent's question with asked, Also read, a second WhatsApp prompt in the tail, tags, comment count, the comment rules in three sentences, a disclaimer, footer)",
    "Malaysian English-language daily's site, monsoon floods force 9,800 people from their homes in a Kelantan district (masthead in capitals, a language switcher with three scripts, subscribe and e-paper strip, menu, a trending label and a tag cloud of hashtags, section label, headline with Sg. in mid-sentence, semicolon standfirst, byline in capitals with the place, date line with MYT, share strip, caption with a date in brackets and a credit in capitals, a place-name dateline with a colon, figures on a disaster portal with according to, Kg. in mid-sentence, Datuk dropped from a district officer named after his role, a measurement inside his quote, MetMalaysia said in a statement then It said, binti kept in a department director's name, a relief-centre meal times sentence and an operations-room phone number that look like furniture but are story, a villager's Malay quote with its English translation in brackets, a neighbour described, READ ALSO, a past flood with according to state records, the paper's question, the district officer's surname, tags, a report-a-mistake line in two sentences, a newsletter line, trending in nation, footer with Sdn. Bhd.)",
    "German regional newspaper's English edition, a commuter line to Hanover closes for five months of track renewal and buses replace the trains (masthead, an English-edition label, a Deutsch/English switch, menu, crumb, a machine-translation note, a read-in-original-language link, headline with a colon, semicolon standfirst, byline with a translated-by credit, date line with dots and a 24-hour time, share strip, caption in two sentences (a scene and a fact) and credit, the operator announced with its name in the same sentence, a German term with its English gloss in brackets, according to the operator's passenger counts, approx. and a euro figure in mid-sentence, a spokeswoman named after her role, km/h inside her quote, an app sentence and a ticket-price sentence that look like furniture but are story, District Administrator dropped, a translator's note about the title, a commuter's quote over two paragraphs with a question, a transport association with its initials said in a statement, a kiosk owner on Bahnhofstr. who expects, according to the operator, the original German headline and its publication line in the tail, translation and editing credits, more-in-English list, imprint strip, footer with mbH & Co. KG)",
    "US non-profit state newsroom's site in New Mexico, eviction filings in a county magistrate court reach a 10-year high (masthead, a nonprofit tagline of three one-word and two-word sentences, donate and newsletters strip, topics menu, section label, headline, semicolon standfirst, byline with two names and the outlet, date line, a republish button in the share strip, caption and credit, N.M. in the dateline with according to court records analyzed by the newsroom at the end, The records show, the median owed without a source, Magistrate Judge dropped, a figure inside her quote and her quote split after it, a legal aid lawyer who pointed to a ruling with v. and LLC in mid-sentence, a member box of four sentences inside the story, a landlords' group with a quote, a tenant's private rent and her quote over two paragraphs with a question, a clinic-hours sentence and a docket sentence that look like furniture but are story, a company that did not respond to a request for comment, a how-we-did-this note in two sentences, the republish box with its title and three lines, the funding note in two sentences, the corrections policy with a question and an email, footer with 501(c)(3))",
    "US hyperlocal news blog in a New Jersey borough, the borough council votes to put parking meters on the downtown streets (blog name, tagline, a sponsor strip with an address and a slogan, menu, filed-under line, headline, posted-by line with a comment count, share strip with Nextdoor, caption and credit, the council's 4-2 vote of record with St. in mid-sentence, according to the ordinance with a.m. and p.m., a blogger's aside in the second person, a study's cost without a source then The study found, Mayor dropped with a projection, Councilman dropped and a councilwoman named in passing, a full-disclosure note in brackets as its own line, a business owner and association president, a sponsor line of two sentences inside the story, a resident's question with asked, a permit-price sentence under the ordinance and a meeting-notice sentence with St., and that look like furniture but are story, the mayor's forecast by surname, a tip line with a question and a phone number, a comment with its user line, an events calendar with its title, three rows and a link, a newsletter line in two sentences, footer)",
    "wire story on a web portal, a heat wave makes southern Spain shorten the school day (portal brand, search, mail and sign-in strip, portal menu, a provider line with the wire's name and a follow button, headline with C, wire byline with the wire's initials, relative time and read time, share strip, caption with the wire's photo credit in brackets, an AP-style dateline with Spain after the city, the wire in brackets and a dash, C and F in brackets, the regional education department said at the end, a descriptor dropped before AEMET then It said with a forecast, a spokesman named after his role, straight quotes throughout, The department said, a teachers' platform spokeswoman, a principal's account of what teachers did, a parent's two-sentence quote whose question closes before said, according to the Health Ministry, a fan-price sentence and an advice sentence that look like furniture but are story, a contributor line, the wire's copyright, a provider line, more-from-the-wire and more-from-the-portal lists, a feedback question with its buttons, footer)",
    "health-news site, a trial finds text-message reminders raise flu shots among over-65s in Ontario family practices (site brand with a tagline, search, newsletters and sign-in strip, topic menu, crumb, headline carrying the trial through finds, a dek with a figure and no verb of saying, byline with a medically-reviewed-by credit and Dr. and MD, published and reviewed line, share strip, a study card with its title and four rows, caption and credit, according to a trial in 48 family practices with its publication details, the result with percentage points, Jan. 31, vs. and a 95% CI in brackets, the method without a source, Lead author Dr. dropped, The researchers wrote with i.e. in mid-sentence, a sign-up sentence and a quoted reminder text split at its full stop (Reply BOOK ...) that look like furniture but are story, Dr. dropped from an outside expert with e.g. in mid-sentence, He cautioned, a clinic manager in a smaller city, a patient's private account and a verbless quote sentence, The authors noted, according to provincial surveillance data, a What this means box with its title and three bullets by content, a medical disclaimer, a newsletter line, references numbered with et al. as one sentence each, related list, footer with Inc.)",
]

ARTICLES = [
    [  # 1. US metro daily's site in Ohio, a regional transit board cuts nine bus routes and raises the base fare
        [("The Halvorton Plain Register", "", "", "B")],
        [("Subscribe   |   Log in   |   Today's Paper   |   Newsletters", "", "", "B")],
        [("You have 2 free stories left this month.", "", "", "B"),
         ("Subscribe now for $1 a week.", "", "", "B")],
        [("News   Metro   Business   Sports   Opinion   Obituaries   Things to Do   Weather", "", "", "B")],
        [("METRO  ›  TRANSPORTATION", "", "", "B")],
        [("Transit board votes to cut nine bus routes, raise base fare to $2.25", "", "", "W")],
        [("Authority says the changes close most of a $31.4 million gap; new schedules start Aug. 2", "the Halvorton Regional Transit Authority", "says", "W")],
        [("By Corinne Vashchenkova  |  The Plain Register", "", "", "B")],
        [("Published 9:58 p.m. ET June 11, 2026  |  Updated 6:20 a.m. ET June 12, 2026", "", "", "B")],
        [("Share   Facebook   X   Email   Gift article", "", "", "B")],
        [("A rider boards a Route 14 bus at the Quellmarsh Avenue transit center on Thursday afternoon.", "", "", ""),
         ("Tobias Ernshaw / The Plain Register", "", "", "B")],
        [("The Halvorton Regional Transit Authority's board voted 7-4 Thursday night to eliminate nine bus routes and raise the base fare from $1.75 to $2.25, the first fare increase since 2017.", "", "", "W"),
         ("The changes take effect Aug. 2 and will affect about 6,800 weekday riders, according to the authority's own ridership counts.", "the authority's own ridership counts", "according to", "W")],
        [("The authority said in a statement that the cuts and the higher fares would close $24.9 million of a $31.4 million deficit in its 2027 budget.", "The authority", "said in a statement", "W"),
         ("It said federal relief money, which paid for about a fifth of its operating costs from 2021 to 2025, has run out.", "the Halvorton Regional Transit Authority", "said", "W")],
        [("Chief executive Delphine Yarborrow said the authority had already cut 42 office jobs and sold its headquarters at 210 E. Brastowe St. before it touched service.", "Delphine Yarborrow", "said", "W"),
         ("“Nobody on this board took this job to cut bus service,” she said.", "Delphine Yarborrow", "said", ""),
         ("“But the money we were spending is not coming back.”", "Delphine Yarborrow", "said", "")],
        [("Before you keep reading: The Plain Register's coverage of Halvorton's buses, schools and City Hall is paid for by readers.", "", "", "B"),
         ("A gift of any size keeps it going.", "", "", "B"),
         ("Give $5 today →", "", "", "B")],
        [("Yarborrow said the nine routes carried fewer than 11 riders an hour on average last year, against a systemwide average of 19.", "Delphine Yarborrow", "said", "W"),
         ("Routes 3, 22 and 31, which serve the county's northern suburbs, will be replaced by on-demand vans that riders book by app or by phone.", "", "", "W")],
        [("Board member Ansel Dubrovnyak, one of the four who voted no, said the routes being cut are used mostly by shift workers at the warehouses along Kettlebrough Road.", "Ansel Dubrovnyak", "said", "W"),
         ("“We are balancing this budget on the people who can least afford a car,” he said.", "Ansel Dubrovnyak", "said", "")],
        [("He said his motion to delay the cuts until January, while the authority asked the county for more money, failed 4-7.", "Ansel Dubrovnyak", "said", "W"),
         ("Yarborrow said a delay would only make next year's cuts deeper.", "Delphine Yarborrow", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("A monthly pass will cost $80, up from $64, and the reduced fare for seniors and riders with disabilities will stay at 85 cents.", "", "", "W"),
         ("Riders can sign up for text alerts about their routes by texting BUS to 41960, the authority said.", "the authority", "said", "")],
        [("Lashonda Feeley, 34, who rides Route 22 to a distribution center on Kettlebrough Road, said her shift starts at 5:30 a.m.", "Lashonda Feeley", "said", ""),
         ("“So what am I supposed to do, walk two miles in January?” she said.", "Lashonda Feeley", "said", "")],
        [("Teodor Bralski, president of Transit Workers Local 618, said no drivers would be laid off because the authority has 37 vacant driver positions.", "Teodor Bralski", "said", "W"),
         ("“Our people keep their jobs,” he said.", "Teodor Bralski", "said", ""),
         ("“It's the riders who lose something.”", "Teodor Bralski", "said", "")],
        [("Weekday ridership last year was 71% of its 2019 level, according to the authority's annual report.", "the authority's annual report", "according to", "W")],
        [("The county commission will vote July 9 on whether to put a quarter-cent sales tax for transit on the November ballot.", "", "", "W"),
         ("Dubrovnyak said he would campaign for it if it gets that far.", "Ansel Dubrovnyak", "said", "")],
        [("The authority's board meets at 5:30 p.m. on the second Thursday of each month at the Quellmarsh Avenue transit center, and its meetings are streamed on the authority's website.", "", "", "W")],
        [("Corinne Vashchenkova covers transportation and growth for The Plain Register.", "", "", "B"),
         ("Reach her at cvashchenkova@plainregister.com or 614-555-0172.", "", "", "B")],
        [("RELATED", "", "", "B")],
        [("Fare-free Fridays end as transit authority tightens its belt", "", "", "B")],
        [("Halvorton County weighs a transit sales tax for the November ballot", "", "", "B")],
        [("© 2026 The Halvorton Plain Register.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service   |   Privacy Policy   |   Your Privacy Choices   |   Accessibility", "", "", "B")],
    ],
    [  # 2. UK national newspaper's site, Storm Morvoren cuts power to 140,000 homes in Scotland and northern England
        [("The Thamesbury Post", "", "", "B")],
        [("Support us   Subscribe   Sign in", "", "", "B")],
        [("News   Opinion   Sport   Culture   Lifestyle", "", "", "B")],
        [("UK   World   Climate crisis   Politics   Business   Science   Scotland", "", "", "B")],
        [("UK news  ›  Weather", "", "", "B")],
        [("Storm Morvoren: 140,000 homes lose power as 92mph gusts batter Scotland", "", "", "W")],
        [("Amber wind warning in force until 6pm; trains between Glasgow and Edinburgh suspended and a bridge shut to high-sided vehicles", "", "", "W")],
        [("Kirsty Maclennoch, Scotland correspondent, and Owen Tredgarth", "", "", "B")],
        [("Sat 17 Jan 2026 12.05 GMT", "", "", "B")],
        [("Share   Email   Facebook   X   WhatsApp   1,204 comments", "", "", "B")],
        [("LIVE  Key points  ·  Updated 11.52 GMT", "", "", "B")],
        [("• More than 140,000 homes in Scotland and northern England were without power at 11am", "", "", "W")],
        [("• Gusts of 92mph were recorded at Ardcloch Point in Argyll", "", "", "W")],
        [("• An amber warning for wind covers most of Scotland until 6pm", "", "", "W")],
        [("• Cairnfell Rail has suspended all trains between Glasgow and Edinburgh until at least 3pm", "", "", "W")],
        [("Follow the latest on our live blog", "", "", "B")],
        [("Waves break over the harbour wall at Port Ardrain on Saturday morning.", "", "", ""),
         ("Photograph: Fergus Doldrum/Skerrymore Pictures", "", "", "B")],
        [("Storm Morvoren brought gusts of more than 90mph to the west of Scotland on Saturday morning, cutting power to about 140,000 homes and bringing down trees across roads and railway lines.", "", "", "W")],
        [("The Met Office said the strongest gust, 92mph, was recorded at Ardcloch Point in Argyll shortly after 8am.", "The Met Office", "said", "W"),
         ("An amber warning for wind, which means flying debris could put lives at risk, covers most of Scotland and parts of Northumberland until 6pm.", "", "", "W")],
        [("Imogen Glaskeir, a meteorologist at the Met Office, said the strongest winds would move east through the afternoon and ease by early evening.", "Imogen Glaskeir", "said", ""),
         ("“This is a proper winter storm, the sort we might see once or twice a season,” she said.", "Imogen Glaskeir", "said", "")],
        [("Recommended: What does an amber weather warning mean, and should I stay at home?", "", "", "B")],
        [("Glenbrachan Power Networks, which runs the electricity network in the north of Scotland, said 96,000 of its customers had lost power, most of them in Argyll and the Highlands.", "Glenbrachan Power Networks", "said", "W"),
         ("It said engineers had reconnected 31,000 homes by 11am but that some customers on islands and in remote glens might not be back on until Monday.", "Glenbrachan Power Networks", "said", "W")],
        [("A further 44,000 homes in southern Scotland and Cumbria were cut off on the network run by Annanvale Electricity.", "", "", "W")],
        [("Read more: Energy firms fined £3.2m over slow reconnections after last winter's storms", "", "", "B")],
        [("Cairnfell Rail said it had suspended all trains between Glasgow and Edinburgh after a tree came down on the overhead wires near Craigbrae.", "Cairnfell Rail", "said", "W"),
         ("It advised passengers not to travel.", "Cairnfell Rail", "advised", ""),
         ("Tickets for Saturday will be accepted on Sunday and Monday, the company said.", "the company", "said", "W")],
        [("The Carran Bridge has been closed to high-sided vehicles since 7am, and all ferry sailings from Port Ardrain to the islands were cancelled.", "", "", "W")],
        [("Police Scotland said a woman in her 60s was taken to hospital with injuries that were not thought to be life-threatening after a tree fell on her car near Inverlochry at about 9.15am.", "Police Scotland", "said", "W")],
        [("Sign up to First Edition, our free daily newsletter – every weekday morning at 7am", "", "", "B")],
        [("At the Ardcloch Inn, 200 metres from the point, Callum Ardmorrow spent the morning sweeping glass from the dining room after a window blew in at about 6am.", "", "", ""),
         ("“It sounded like a train going through the building,” he said.", "Callum Ardmorrow", "said", ""),
         ("“We've had worse up here, but not many.”", "Callum Ardmorrow", "said", "")],
        [("“Check before you travel, and if you don't need to go out, don't,” said Ruaridh Pennycross, the head of roads at West Argyll Council.", "Ruaridh Pennycross", "said", ""),
         ("Sign-ups to the council's storm and flood text alerts rose from 2,100 to 5,600 between Thursday and Saturday morning, the council said.", "the council", "said", "W")],
        [("Customers who are without power for more than 48 hours can claim £80 in compensation from their network operator under rules set by the regulator, Ofgem.", "", "", "W")],
        [("Glaskeir said a yellow warning for rain would follow overnight, with up to 60mm possible on high ground in the west.", "Imogen Glaskeir", "said", "")],
        [("Explore more on these topics", "", "", "B")],
        [("Weather   Scotland   Energy industry   Rail transport   Storms", "", "", "B")],
        [("Share   Reuse this content", "", "", "B")],
        [("Most viewed", "", "", "B")],
        [("Snow and ice warnings issued for Monday as temperatures plunge", "", "", "B")],
        [("Ferry operator cancels island sailings for second weekend running", "", "", "B")],
        [("© 2026 Thamesbury Post Media Group Ltd", "", "", "B")],
    ],
    [  # 3. Canadian local TV station's news page in Saskatchewan, a school division votes to close a 96-year-old village school
        [("CKRV 6 News", "", "", "B")],
        [("▶ WATCH LIVE   CKRV News at Six   |   Saskatoon", "", "", "B")],
        [("Saskatoon   −21°C   Feels like −31   Light snow", "", "", "B")],
        [("7-day forecast ›", "", "", "B")],
        [("TRAFFIC  ·  Collision on Hwy. 16 eastbound near Mellanby Rd. – right lane blocked  ·  Halcrow Ave. ramp closed for plowing", "", "", "B")],
        [("News   Weather   Traffic   Sports   Community   Contests   Watch", "", "", "B")],
        [("SASKATOON", "", "", "B")],
        [("Whitebirch Plains School Division votes to close 96-year-old Kaldervale school", "", "", "W")],
        [("Students at Kaldervale Central School will move to a school in Varnholm, 23 km away, in September", "", "", "W")],
        [("Noelle Brakstad / CKRV 6 News", "", "", "B")],
        [("Posted Jan. 27, 2026 6:42 p.m. CST", "", "", "B")],
        [("Share   Facebook   X   Reddit   Email", "", "", "B")],
        [("▶ Play Video", "", "", "B")],
        [("Now playing: Kaldervale parents pack board meeting as trustees vote 7-2 to close their school", "", "", "W")],
        [("2:14", "", "", "B")],
        [("CC   Settings   Full screen", "", "", "B")],
        [("Up next: City council approves 4.9 per cent property tax increase  1:58", "", "", "B")],
        [("KALDERVALE, Sask. — Trustees of the Whitebirch Plains School Division voted 7-2 on Monday night to close Kaldervale Central School at the end of June, the division said in a news release Tuesday.", "the division", "said in a news release", "W")],
        [("The school, about 60 km east of Saskatoon off Hwy. 16, opened in 1930 and has 58 students from kindergarten to Grade 8 this year.", "", "", "W"),
         ("That is down from 141 students in 2011, according to the division's enrolment report.", "the division's enrolment report", "according to", "W")],
        [("Director of education Dr. Hollis Embertree said keeping the building open would cost about $1.3 million over the next five years, mostly for a new roof and boiler.", "Hollis Embertree", "said", "W"),
         ("“These are never decisions anyone in this room wanted to make,” he said.", "Hollis Embertree", "said", "")],
        [("Board chair Marguerite Osterlind said the 58 students would move to Varnholm Composite School, where classes average 21 students.", "Marguerite Osterlind", "said", "W"),
         ("She said the division would add two buses and that no student would ride longer than 45 minutes each way.", "Marguerite Osterlind", "said", "W")],
        [("Trustee Wendell Sawchyn, who represents Kaldervale and voted against the closure with trustee Irena Malakhova, said the division had not counted the 14 preschoolers in the village who are due to start kindergarten over the next three years.", "Wendell Sawchyn", "said", "W"),
         ("“We're the last public building in this village,” he said.", "Wendell Sawchyn", "said", ""),
         ("“Close the school and you've closed the village.”", "Wendell Sawchyn", "said", "")],
        [("A petition to keep the school open had 1,412 signatures by Tuesday afternoon.", "", "", "W")],
        [("Story continues below advertisement", "", "", "B")],
        [("“My grandmother went to this school, my husband went to this school and now my three kids go to this school,” said Carys Heidebrecht, who chairs the school community council.", "Carys Heidebrecht", "said", ""),
         ("“In September they'll be on a bus at 7:15 in the morning.", "Carys Heidebrecht", "said", "")],
        [("“Would any of the trustees put a five-year-old on that bus in January?", "Carys Heidebrecht", "said", ""),
         ("We're not done.”", "Carys Heidebrecht", "said", "")],
        [("Principal Gerrit Oosterveen, who has taught at the school for 19 years, stood at the back of the gym during the vote.", "", "", ""),
         ("He declined to comment afterwards.", "Gerrit Oosterveen", "declined to comment", "")],
        [("Parents can watch the division's next board meeting, on Feb. 9 at 7 p.m., live on the division's YouTube channel, the division said.", "the division", "said", "W"),
         ("The division said it would send families updates about bus routes and the move through its parent app and by email.", "The division", "said", "")],
        [("A spokesperson for the Ministry of Education said in an email that decisions to close schools rest with elected boards of education.", "A spokesperson for the Ministry of Education", "said in an email", "W")],
        [("MORE LOCAL NEWS", "", "", "B")],
        [("Saskatoon police ask for help finding missing 16-year-old", "", "", "B")],
        [("Freezing rain warning issued for central Saskatchewan", "", "", "B")],
        [("Report a typo or error", "", "", "B")],
        [("Have a news tip?", "", "", "B"),
         ("Email news@ckrv6.ca.", "", "", "B")],
        [("Download the CKRV 6 News app for breaking news and live weather alerts.", "", "", "B")],
        [("© 2026 Kestrelmont Media Inc.   |   Privacy   |   Terms   |   Accessibility   |   CRTC Public File", "", "", "B")],
    ],
    [  # 4. Australian news portal's news page, a regional hospital pauses births for 12 weeks because it has too few midwives
        [("bluewren", "", "", "B")],
        [("News   Sport   Finance   Lifestyle   Entertainment   Shopping   Travel", "", "", "B")],
        [("Sign in   |   Sydney 24°   Showers", "", "", "B")],
        [("RACING  ·  Wandoberra Cup, Race 7, 3.40pm  ·  Fav: Silver Mullet $3.20  ·  Bet now ›", "", "", "B")],
        [("Odds supplied by Wagerline.", "", "", "B"),
         ("18+ only.", "", "", "B"),
         ("Think about your choices.", "", "", "B"),
         ("Call 1800 555 047 for free, confidential support.", "", "", "B")],
        [("News  ›  Health", "", "", "B")],
        [("Births paused at Wandoberra hospital for 12 weeks as midwife shortage bites", "", "", "W")],
        [("Women due from March 16 will give birth 140km away in Bellowra; district says it has filled only four of 11 midwife positions", "the Tablerock Local Health District", "says", "W")],
        [("By Harriet Lumsgarth  ·  Central West Courier", "", "", "B")],
        [("Tue 3 Mar 2026  ·  5:41pm AEDT", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("The maternity unit at Wandoberra Base Hospital, which delivered 212 babies last year.", "", "", "W"),
         ("Picture: Supplied", "", "", "B")],
        [("Wandoberra Base Hospital will stop delivering babies for 12 weeks from March 16 because it does not have enough midwives to staff its maternity unit safely, the Tablerock Local Health District said on Tuesday.", "the Tablerock Local Health District", "said", "W"),
         ("Women due during the pause will be booked to give birth at Bellowra Hospital, 140km away, or at another hospital of their choice.", "", "", "W")],
        [("The district said antenatal and postnatal appointments would continue at Wandoberra.", "The district", "said", "W")],
        [("Chief executive Felicity Brimmacombe said the unit needed 11 midwives to run a safe 24-hour roster and had four, after two agency midwives left in January.", "Felicity Brimmacombe", "said", "W"),
         ("“I'm not going to run a birthing unit on a roster that relies on people working double shifts,” she said.", "Felicity Brimmacombe", "said", ""),
         ("“That's how mistakes happen.”", "Felicity Brimmacombe", "said", "")],
        [("SHOPPING", "", "", "B")],
        [("This content contains affiliate links.", "", "", "B"),
         ("bluewren may earn a commission when you buy through them.", "", "", "B")],
        [("Deals: 35% off cordless stick vacuums, today only ›", "", "", "B")],
        [("Tahlia Mirrabook, a Wandoberra midwife and a delegate for the NSW Midwives' Guild, said the hospital had advertised the same positions four times since 2024.", "Tahlia Mirrabook", "said", "W"),
         ("She said midwives were leaving for Bellowra and for Queensland, where they could earn about $9,000 a year more.", "Tahlia Mirrabook", "said", "W")],
        [("Member for Wandoberra Dominic Stramondale said he had written to the Health Minister asking for incentive payments of up to $20,000 for midwives who move to the town.", "Dominic Stramondale", "said", "W"),
         ("“Twelve weeks is what they're saying now,” Mr Stramondale said.", "Dominic Stramondale", "said", ""),
         ("“I'll believe it when the first baby is born back here.”", "Dominic Stramondale", "said", "")],
        [("Brianna Quibbleton, 29, who is due on April 2, said she found out about the pause from a Facebook post.", "Brianna Quibbleton", "said", ""),
         ("“My first took six hours from start to finish,” she said.", "Brianna Quibbleton", "said", ""),
         ("“If this one comes any quicker, I'm having it on the side of the highway.", "Brianna Quibbleton", "said", "")],
        [("“Who's going to drive me there at two in the morning, with a toddler in the back?", "Brianna Quibbleton", "said", ""),
         ("Nobody's answered that.”", "Brianna Quibbleton", "said", "")],
        [("Women booked to give birth at Wandoberra can call the district's maternity line on 1800 555 019 between 8am and 8pm, seven days a week, the district said.", "the district", "said", ""),
         ("The district will pay for up to seven nights' accommodation in Bellowra, at up to $180 a night, for women from 37 weeks, it said.", "the Tablerock Local Health District", "said", "W")],
        [("Wandoberra's maternity unit delivered 212 babies in 2025, down from 263 in 2021, according to the district's annual report.", "the district's annual report", "according to", "W")],
        [("Margaret Ilbery, who delivered babies at the hospital for 31 years before she retired in 2019, has offered to come back two days a week.", "", "", ""),
         ("A district spokesperson said her offer was being considered.", "A district spokesperson", "said", "")],
        [("Will the unit reopen on June 8 as planned?", "", "", ""),
         ("Ms Brimmacombe said that depended on whether three midwives who have accepted offers arrive on time.", "Felicity Brimmacombe", "said", "")],
        [("More in News", "", "", "B")],
        [("Bellowra council votes to keep its only public pool open through winter", "", "", "B")],
        [("Fuel prices in regional NSW hit 18-month high", "", "", "B")],
        [("Wagerline  ·  Get on the Wandoberra Cup  ·  Bet now ›", "", "", "B")],
        [("18+ only.", "", "", "B"),
         ("Gamble responsibly.", "", "", "B")],
        [("© bluewren Pty Ltd 2026   |   Privacy   |   Terms   |   Advertise", "", "", "B")],
    ],
    [  # 5. Indian business daily's site, a listed cement maker's third-quarter profit falls 22% on fuel costs
        [("Arthvani Daily", "", "", "B")],
        [("E-Paper   |   Premium   |   Markets Data   |   Sign In", "", "", "B")],
        [("SENSEX  81,204.55  ▲ 312.40 (0.39%)   NIFTY 50  24,718.30  ▲ 96.15 (0.39%)   USD/INR  86.42  ▼ 0.11   GOLD (10g)  ₹97,850  ▲ 0.6%   AMBARKESH  ₹2,318.40  ▼ 6.8%", "", "", "B")],
        [("Home   Markets   Companies   Economy   Industry   Money   Opinion   Videos", "", "", "B")],
        [("Companies  ›  Results", "", "", "B")],
        [("PREMIUM", "", "", "B")],
        [("Ambarkesh Cements Q3 profit falls 22% to ₹312 crore as fuel costs bite; shares slide 6.8%", "", "", "W")],
        [("Volumes rose 9% YoY, but prices in the south fell for a third straight month", "", "", "W")],
        [("Anirudh Sonawalkar, Mumbai", "", "", "B")],
        [("Updated: 03 Feb 2026, 07:48 PM IST", "", "", "B")],
        [("Share  ·  Save  ·  Follow", "", "", "B")],
        [("Listen to this article  ·  4 min", "", "", "B")],
        [("Ambarkesh Cements Ltd. on Monday reported a 22% fall in consolidated net profit to ₹312.4 crore for the October–December quarter, from ₹400.6 crore a year earlier, the company said in a filing with the BSE.", "Ambarkesh Cements Ltd", "said in a filing", "W"),
         ("Revenue from operations rose 4.1% to ₹4,862 crore, while EBITDA per tonne fell to ₹842 from ₹1,118.", "", "", "W")],
        [("Sales volumes rose 9% YoY to 7.8 million tonnes, according to the filing.", "the filing", "according to", "W"),
         ("The filing said power and fuel costs rose 17% in the quarter, as imported pet coke cost about ₹11,600 a tonne vs. ₹9,900 a year earlier.", "The filing", "said", "W")],
        [("This is a Premium story.", "", "", "B"),
         ("Continue reading with Arthvani Premium, from ₹99 a month.", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("Managing director Harshvardhan Deshpure told analysts on a call that cement prices in Tamil Nadu and Kerala had fallen for three straight months because new capacity had come on faster than demand.", "Harshvardhan Deshpure", "told analysts on a call", "W"),
         ("“We have not chased volumes at any price, and we will not,” he said.", "Harshvardhan Deshpure", "said", ""),
         ("“The south will correct by the first quarter.”", "Harshvardhan Deshpure", "said", "")],
        [("Also Read: Cement makers raise prices by ₹10–15 a bag in north India as demand picks up", "", "", "B")],
        [("Chief financial officer Sunanda Kalkundri said the company's net debt stood at ₹2,140 crore at the end of December, down ₹380 crore from March.", "Sunanda Kalkundri", "said", "W"),
         ("She said the 4 million tonne grinding unit at Mallikatti, Karnataka, was on track to start in the first quarter of FY27.", "Sunanda Kalkundri", "said", "")],
        [("Analysts at Devkar Securities wrote in a note that the results were about 11% below their estimate, and cut their target price to ₹2,540 from ₹2,780.", "Analysts at Devkar Securities", "wrote in a note", "W")],
        [("Sureshkumar Nandihalli, secretary of the Hubballi Cement Dealers' Association, said builders in the region were holding back orders ahead of an expected price increase in March.", "Sureshkumar Nandihalli", "said", "")],
        [("Shares of Ambarkesh Cements closed 6.8% lower at ₹2,318.40 on the BSE on Tuesday, while the Nifty 50 rose 0.4%.", "", "", "W")],
        [("Also Read: Why south India's cement glut may last until 2027", "", "", "B")],
        [("The company will hold a conference call for analysts and investors at 4 p.m. on Wednesday, it said in the filing.", "Ambarkesh Cements Ltd", "said in the filing", "W"),
         ("The board declared an interim dividend of ₹4 a share, payable to shareholders on the register on the record date of February 10.", "", "", "W")],
        [("STOCK SNAPSHOT: AMBARKESH CEMENTS LTD.", "", "", "B")],
        [("Last price  ₹2,318.40  (−6.8%)", "", "", "")],
        [("52-week high / low  ₹2,942.00 / ₹2,011.15", "", "", "")],
        [("Market cap  ₹27,614 cr", "", "", "")],
        [("P/E  31.2", "", "", "")],
        [("Data as of 03 Feb 2026, 3:30 PM IST", "", "", "B")],
        [("Disclaimer: The views and recommendations of analysts quoted in this story are their own and not those of Arthvani Daily.", "", "", "B"),
         ("Investors should consult a certified expert before making any investment decision.", "", "", "B")],
        [("Catch all the business news, market updates and live stock prices on the Arthvani Daily app.", "", "", "B")],
        [("About Us   Contact   Subscribe   Privacy Policy   Terms of Use", "", "", "B")],
        [("Copyright © 2026 Arthvani Media Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Ghanaian news site, school feeding caterers in a Central Region municipality stop cooking over five months of arrears
        [("OdwiraNews", "", "", "B")],
        [("Ghana's news, as it happens", "", "", "B")],
        [("Thursday, October 15, 2026", "", "", "B")],
        [("Home   News   Politics   Business   Regional   Sports   Entertainment   Opinion", "", "", "B")],
        [("📲 Join the OdwiraNews WhatsApp Channel for breaking news – tap here", "", "", "B")],
        [("Regional News", "", "", "B")],
        [("School feeding caterers in Ekumfiso stop cooking over five months' arrears", "", "", "W")],
        [("Source: OdwiraNews  |  Ekow Baffour-Nyamekyewaa", "", "", "B")],
        [("15 October 2026, 11:20 GMT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Pupils of Ekumfiso M/A Basic ‘B’ School queue for lunch in July, before the caterers stopped cooking.", "", "", ""),
         ("Photo: OdwiraNews", "", "", "B")],
        [("Caterers under the Ghana School Feeding Programme (GSFP) in the Ekumfiso Municipality of the Central Region have stopped cooking for about 11,400 pupils in 46 public basic schools since Monday over five months of arrears.", "", "", "W")],
        [("The chairperson of the Ekumfiso School Feeding Caterers Association, Madam Comfort Odoteyfio, said caterers had not been paid for any meals served from May to September.", "Comfort Odoteyfio", "said", "W"),
         ("“We have borrowed from susu groups, from our churches, from the market women,” she said.", "Comfort Odoteyfio", "said", ""),
         ("“Nobody will lend to us again.”", "Comfort Odoteyfio", "said", "")],
        [("Under the programme, caterers are paid GH¢1.80 per child per meal, a rate that was raised from GH¢1.50 in January.", "", "", "W")],
        [("The municipal desk officer of the GSFP, Mr Isaac Norteyfio-Kpobi, confirmed that the caterers had not been paid since May.", "Isaac Norteyfio-Kpobi", "confirmed", "W"),
         ("He said the municipality's payment vouchers, worth GH¢1.9 million, were submitted to the national secretariat in Accra in August.", "Isaac Norteyfio-Kpobi", "said", "W"),
         ("“I understand their frustration,” he said.", "Isaac Norteyfio-Kpobi", "said", ""),
         ("“The money is not in my hands.”", "Isaac Norteyfio-Kpobi", "said", "")],
        [("📱 Get the OdwiraNews app: Google Play  |  App Store", "", "", "B")],
        [("In a statement signed by its Head of Communications, Mr Felix Ekuban, the Ghana School Feeding Programme said arrears for the third term would be paid by the end of October.", "the Ghana School Feeding Programme", "said", "W"),
         ("It urged caterers to return to the kitchens while the payments were processed.", "the Ghana School Feeding Programme", "urged", "")],
        [("At Ekumfiso M/A Basic ‘B’ School, the headteacher, Mr Kojo Yirenkyi, said attendance had fallen from about 610 pupils a day to 430 since the caterers stopped cooking.", "Kojo Yirenkyi", "said", "W"),
         ("“Some of them come to school because of the food,” he said.", "Kojo Yirenkyi", "said", "")],
        [("The Member of Parliament for Ekumfiso, Hon. Adwoa Eduful, said she had raised the matter with the Minister for Gender, Children and Social Protection on Tuesday.", "Adwoa Eduful", "said", "W"),
         ("She called the delays “a disgrace to a programme that feeds our children”.", "Adwoa Eduful", "called", "")],
        [("Madam Odoteyfio said the association had set up a WhatsApp group for its 212 members to share news of payments, and that members voted there on Sunday to stop cooking.", "Comfort Odoteyfio", "said", "W"),
         ("Some schools have asked parents to give their children GH¢5 a day for lunch until the caterers return.", "", "", "W")],
        [("Efua Kwansimah, a fish seller whose two children attend the school, said she could not afford GH¢10 a day for both.", "Efua Kwansimah", "said", ""),
         ("“If I give them GH¢10 for food, what do I cook for the house in the evening?” she asked.", "Efua Kwansimah", "asked", "")],
        [("Also read: Volta Region caterers threaten to stop cooking over unpaid arrears", "", "", "B")],
        [("💬 Follow OdwiraNews on WhatsApp: tap here to join our channel", "", "", "B")],
        [("Tags: School Feeding   Central Region   Ekumfiso   Education", "", "", "B")],
        [("Comments (18)", "", "", "B")],
        [("Comment rules: Comments are moderated.", "", "", "B"),
         ("Abusive, tribal or defamatory comments will be deleted.", "", "", "B"),
         ("Keep your comment on the story.", "", "", "B")],
        [("Disclaimer: Comments are the views of readers and do not represent the views of OdwiraNews.", "", "", "B")],
        [("OdwiraNews © 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Malaysian English-language daily's site, monsoon floods force 9,800 people from their homes in a Kelantan district
        [("THE TANAHAIR POST", "", "", "B")],
        [("English   |   Bahasa Malaysia   |   中文", "", "", "B")],
        [("Subscribe   |   Log in   |   e-Paper", "", "", "B")],
        [("Nation   World   Business   Sport   Lifestyle   Opinion   Videos", "", "", "B")],
        [("TRENDING", "", "", "B")],
        [("#Banjir2026   #MonsoonAlert   #Budget2027   #RON95   #SPM2026   #TanahKerayang", "", "", "B")],
        [("NATION", "", "", "B")],
        [("Floods force 9,800 from their homes in Tanah Kerayang as Sg. Perkai bursts its banks", "", "", "W")],
        [("Sixty-one relief centres opened in the Kelantan district; more heavy rain expected until Sunday", "", "", "W")],
        [("By SYAZWANI ZAINOLABIDIN in Tanah Kerayang", "", "", "B")],
        [("Tuesday, 01 Dec 2026  9:14 PM MYT", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Telegram   Email", "", "", "B")],
        [("Villagers wade through floodwaters at Kg. Bukit Mengkudu in Tanah Kerayang on Tuesday (Dec 1).", "", "", ""),
         ("— FAKHRUL HAFIZI/The Tanahair Post", "", "", "B")],
        [("TANAH KERAYANG: The number of flood evacuees in this district rose to 9,812 people from 2,944 families by 8pm on Tuesday, according to figures on the Nadma disaster portal.", "figures on the Nadma disaster portal", "according to", "W"),
         ("They are being housed at 61 temporary relief centres (PPS), most of them schools and community halls.", "", "", "W")],
        [("Tanah Kerayang district officer Datuk Zulkarnain Mahadzir said the water at the Sg. Perkai gauge in Kg. Teluk Rembia reached 8.4m at 6pm, against a danger level of 7.5m.", "Zulkarnain Mahadzir", "said", "W"),
         ("“The water came up almost a metre in six hours,” he said when met at the PPS in SK Bukit Mengkudu.", "Zulkarnain Mahadzir", "said", "W"),
         ("He said 14 roads in the district had been closed to light vehicles, including the main road to Bandar Lenggor.", "Zulkarnain Mahadzir", "said", "W")],
        [("The Malaysian Meteorological Department (MetMalaysia) said in a statement that it had raised its continuous heavy rain warning for Kelantan to the danger level until Sunday (Dec 6).", "The Malaysian Meteorological Department (MetMalaysia)", "said in a statement", "W"),
         ("It said more than 240mm of rain a day was possible in the interior districts.", "the Malaysian Meteorological Department (MetMalaysia)", "said", "")],
        [("Kelantan Social Welfare Department director Nor Azlina binti Sabaruddin said the department had sent 18,000 food packs to relief centres since Saturday.", "Nor Azlina binti Sabaruddin", "said", "W")],
        [("Breakfast at the PPS in SK Bukit Mengkudu is nasi lemak and tea at 7am, lunch is rice and chicken curry at 12.30pm, and dinner is served after the maghrib prayer.", "", "", ""),
         ("Flood victims who need to be moved can call the district's flood operations room at 09-555 0142, which is staffed 24 hours a day, she said.", "Nor Azlina binti Sabaruddin", "said", "")],
        [("Wan Rohani Wan Kamil, 67, who was taken out by boat from Kg. Teluk Rembia with her two grandchildren on Monday night, said the water reached the window sills of her wooden house within an hour.", "Wan Rohani Wan Kamil", "said", ""),
         ("“Air naik cepat sangat, tak sempat angkat barang,” she said.", "Wan Rohani Wan Kamil", "said", ""),
         ("(The water rose so fast, there was no time to lift our things.)", "Wan Rohani Wan Kamil", "said", "")],
        [("Her neighbour, Siti Hasnah, stayed behind to watch over both houses from the upper floor of the village surau.", "", "", "")],
        [("READ ALSO: Kelantan, Terengganu put on alert as northeast monsoon strengthens", "", "", "B")],
        [("The district's last major flood, in November 2025, displaced 14,300 people at its peak, according to state records.", "state records", "according to", "W")],
        [("Will the relief centres hold if the rain keeps up until Sunday?", "", "", ""),
         ("Zulkarnain said 20 more schools had been identified as backup centres, with room for another 6,000 people.", "Zulkarnain Mahadzir", "said", "W")],
        [("Tags / Keywords: Floods , Kelantan , Tanah Kerayang , MetMalaysia , Nadma", "", "", "B")],
        [("Found a mistake in this article?", "", "", "B"),
         ("Report it to us.", "", "", "B")],
        [("Get The Tanahair Post's morning briefing in your inbox – subscribe here", "", "", "B")],
        [("TRENDING IN NATION", "", "", "B")],
        [("Petrol subsidy: what changes for RON95 users from January", "", "", "B")],
        [("Copyright © 2026 Tanahair Media Sdn. Bhd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. German regional newspaper's English edition, a commuter line to Hanover closes for five months of track renewal and buses replace the trains
        [("Brunnstedter Tageblatt", "", "", "B")],
        [("ENGLISH EDITION", "", "", "B")],
        [("Deutsch   |   English", "", "", "B")],
        [("Region   Brunnstedt   Economy   Sport   Culture   Service", "", "", "B")],
        [("Home  ›  English  ›  Region", "", "", "B")],
        [("This article was translated from German with the help of machine translation and reviewed by our editorial team.", "", "", "B")],
        [("Read in original language (Deutsch) →", "", "", "B")],
        [("Five months without trains: Brunnstedt–Hanover line to close for track renewal", "", "", "W")],
        [("From September 7, buses will replace all trains on the line; the journey to Hanover will take up to 40 minutes longer", "", "", "W")],
        [("By Katrin Oberwelland  ·  Translated by Lukas Amsfeld", "", "", "B")],
        [("20.08.2026, 16:35", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("A regional train at Brunnstedt station on Wednesday.", "", "", ""),
         ("From September 7, replacement buses will stop outside the station instead.", "", "", "W"),
         ("Photo: Katrin Oberwelland / Brunnstedter Tageblatt", "", "", "B")],
        [("Leinetal-Bahn will close the 38-kilometre line between Brunnstedt and Hanover from September 7 to February 5 to replace tracks, sleepers and two bridges, the rail operator announced on Wednesday.", "Leinetal-Bahn", "announced", "W"),
         ("During the closure, a Schienenersatzverkehr (rail replacement bus service) will run every 30 minutes and stop at all seven stations on the line.", "", "", "W")],
        [("About 6,200 people use the line on a typical weekday, according to the operator's passenger counts.", "the operator's passenger counts", "according to", "W")],
        [("Leinetal-Bahn spokeswoman Annegret Vollmers said the work would cost approx. €46 million, about two-thirds of it paid by the federal government.", "Annegret Vollmers", "said", "W"),
         ("“The tracks are from 1974, and on some sections trains may only run at 60 km/h,” she said.", "Annegret Vollmers", "said", "W"),
         ("She said the closure had been planned for the summer holidays but was postponed because two bridge contracts had to be put out to tender again.", "Annegret Vollmers", "said", "W")],
        [("Passengers can find the replacement timetable in the Leinetal-Bahn app and on posters at every station, she said.", "Annegret Vollmers", "said", ""),
         ("The Deutschlandticket remains valid on the replacement buses, and single tickets keep their current prices, starting at €3.10 for one zone.", "", "", "W")],
        [("District Administrator Henning Brockhöft said the district had asked for the work to be split into two shorter closures, but the request was turned down.", "Henning Brockhöft", "said", "W")],
        [("[Translator's note: The district administrator (Landrat) is the directly elected head of a German rural district.]", "", "", "B")],
        [("“Five months is a very long time for people who commute every day,” he said.", "Henning Brockhöft", "said", ""),
         ("“We will keep a close eye on whether the buses really run on time.”", "Henning Brockhöft", "said", "")],
        [("Mareike Stoltenhoff, a nurse who takes the 6:12 train from Brunnstedt to a hospital in Hanover, said she would now have to leave the house at 5:20.", "Mareike Stoltenhoff", "said", ""),
         ("“I have already asked to work later shifts,” she said.", "Mareike Stoltenhoff", "said", ""),
         ("“If the bus gets stuck at the Kastanienhof roundabout every morning, I'll have to take the car again.", "Mareike Stoltenhoff", "said", "")],
        [("“And where am I supposed to park in the city?", "Mareike Stoltenhoff", "said", ""),
         ("Nobody has an answer to that.”", "Mareike Stoltenhoff", "said", "")],
        [("The Verkehrsverbund Brunnstedter Land (VBL), the regional transport association, said in a statement that it had hired 24 extra coaches for the morning and evening rush hours.", "The Verkehrsverbund Brunnstedter Land (VBL)", "said in a statement", "W")],
        [("Cem Yaldızkaya, who runs the kiosk at Bahnhofstr. 4 opposite the station, expects to lose about a third of his customers.", "Cem Yaldızkaya", "expects", ""),
         ("The line was last closed for a long period in 1998, for eleven weeks, according to the operator.", "the operator", "according to", "W")],
        [("Original article: „Fünf Monate ohne Zug: Strecke nach Hannover wird gesperrt“, published 20.08.2026", "", "", "B")],
        [("Translation: Lukas Amsfeld  ·  Editing: Birte Sandkühler", "", "", "B")],
        [("More in English", "", "", "B")],
        [("Brunnstedt council approves new cycle lanes on Marktstraße", "", "", "B")],
        [("Christmas market to open a week earlier this year", "", "", "B")],
        [("Imprint   Privacy   Terms   Contact   Subscribe", "", "", "B")],
        [("© Brunnstedter Verlagsgesellschaft mbH & Co. KG 2026", "", "", "B")],
    ],
    [  # 9. US non-profit state newsroom's site in New Mexico, eviction filings in a county magistrate court reach a 10-year high
        [("The Bajada Report", "", "", "B")],
        [("Nonprofit. Nonpartisan. Free to read.", "", "", "B")],
        [("Donate   |   Newsletters   |   Events   |   About", "", "", "B")],
        [("Topics   Courts & Justice   Housing   Education   Environment   Government   Tribal Affairs", "", "", "B")],
        [("COURTS & JUSTICE", "", "", "B")],
        [("Eviction filings in Sarracino County hit a 10-year high", "", "", "W")],
        [("Landlords filed 2,946 eviction cases in the county's magistrate court last year; most tenants had no lawyer", "", "", "W")],
        [("By Ximena Ocañaveras and Dale Frostvik, The Bajada Report", "", "", "B")],
        [("May 14, 2026", "", "", "B")],
        [("Republish this story   Share   Facebook   X   Email   Print", "", "", "B")],
        [("Tenants wait outside Courtroom 2 at the Sarracino County Magistrate Court in Tres Alamillos on April 28.", "", "", ""),
         ("Photo by Dale Frostvik / The Bajada Report", "", "", "B")],
        [("TRES ALAMILLOS, N.M. — Landlords filed 2,946 eviction cases in Sarracino County Magistrate Court in 2025, the most in at least 10 years and 38% more than in 2023, according to court records analyzed by The Bajada Report.", "court records analyzed by The Bajada Report", "according to", "W"),
         ("The records show that in 81% of the cases that reached a hearing the tenant had no lawyer, while the landlord had one in 64%.", "The records", "show", "W"),
         ("Most cases were for unpaid rent, and the median amount owed was $1,870.", "", "", "W")],
        [("Magistrate Judge Rosalba Ytuarte, who hears most of the county's eviction cases, said her courtroom has handled as many as 40 eviction hearings on a single Tuesday morning.", "Rosalba Ytuarte", "said", "W"),
         ("“Most of these hearings last under five minutes,” she said.", "Rosalba Ytuarte", "said", "W"),
         ("“That's not because anybody is cutting corners.", "Rosalba Ytuarte", "said", ""),
         ("It's because in most of them nobody disputes that the rent wasn't paid.”", "Rosalba Ytuarte", "said", "")],
        [("Efraín Quijada, a staff attorney at Rio Abajo Legal Aid, said tenants who had a lawyer kept their homes in about half of cases, against about one in eight of those who did not.", "Efraín Quijada", "said", "W"),
         ("He pointed to Archibeque v. Sierra Parda Apartments LLC, in which the court dismissed an eviction in March because the landlord had not given the tenant written notice.", "Efraín Quijada", "pointed to", "W")],
        [("The Bajada Report is a nonprofit newsroom.", "", "", "B"),
         ("We don't have a paywall, and we never will.", "", "", "B"),
         ("That only works if readers like you chip in.", "", "", "B"),
         ("Become a member →", "", "", "B")],
        [("Corinna Haskerville, president of the Sarracino County Landlords Alliance, said rents in the county had risen about 30% since 2020, but that many small landlords were behind on their own mortgages.", "Corinna Haskerville", "said", "W"),
         ("“Most of our members own two or three houses,” she said.", "Corinna Haskerville", "said", ""),
         ("“Nobody files an eviction because they enjoy it.”", "Corinna Haskerville", "said", "")],
        [("Yesenia Olguín-Baeza, 41, a home health aide, said she was evicted in February after falling two months behind on her $1,150 rent when her hours were cut.", "Yesenia Olguín-Baeza", "said", ""),
         ("“I got the papers on a Friday and the hearing was the next Thursday,” she said.", "Yesenia Olguín-Baeza", "said", ""),
         ("“I didn't know I could ask for more time.", "Yesenia Olguín-Baeza", "said", "")],
        [("“How was I supposed to find a lawyer in six days?", "Yesenia Olguín-Baeza", "said", ""),
         ("I had to be at work.”", "Yesenia Olguín-Baeza", "said", "")],
        [("A free legal clinic for tenants runs in the courthouse lobby from 8 to 10 a.m. every Tuesday, court administrator Anselmo Ulibarri said.", "Anselmo Ulibarri", "said", "W"),
         ("The court posts its eviction docket online each morning, but only for that day's hearings.", "", "", "W")],
        [("Sierra Parda Apartments LLC did not respond to a request for comment.", "Sierra Parda Apartments LLC", "did not respond to a request for comment", "")],
        [("How we did this: The Bajada Report downloaded every eviction case filed in Sarracino County Magistrate Court from 2016 to 2025 from the state courts' public case lookup and checked a sample of 200 against the paper files.", "", "", "B"),
         ("Our data is available on request.", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("You may republish this article for free, online or in print, under a Creative Commons license.", "", "", "B"),
         ("Please credit The Bajada Report and do not change the story beyond edits for style or length.", "", "", "B")],
        [("Copy to clipboard", "", "", "B")],
        [("This story was supported by a grant from the Yucamesa Foundation.", "", "", "B"),
         ("Funders have no role in our editorial decisions.", "", "", "B")],
        [("Corrections policy: We correct factual errors promptly and note every change at the end of the story.", "", "", "B"),
         ("Spot an error?", "", "", "B"),
         ("Email corrections@bajadareport.org.", "", "", "B")],
        [("Donate   |   Newsletters   |   Contact   |   Privacy", "", "", "B")],
        [("© 2026 The Bajada Report, a 501(c)(3) nonprofit newsroom", "", "", "B")],
    ],
    [  # 10. US hyperlocal news blog in a New Jersey borough, the borough council votes to put parking meters on the downtown streets
        [("The Coldmere Stoop", "", "", "B")],
        [("News from your block, since 2011", "", "", "B")],
        [("SPONSOR  ·  Hebblesworth's Hardware, 118 Grand Ave.  ·  Keys cut while you wait", "", "", "B")],
        [("Home   News   Schools   Food   Real Estate   Events   Advertise   Contact", "", "", "B")],
        [("Filed under: Borough Council, Downtown, Parking", "", "", "B")],
        [("Council votes 4-2 to bring parking meters to downtown Coldmere", "", "", "W")],
        [("Posted by Jenna Wroblenska on May 13, 2026  ·  23 Comments", "", "", "B")],
        [("Share   Facebook   Nextdoor   Email", "", "", "B")],
        [("Cars parked along Grand Avenue on Tuesday evening, a few hours before the vote.", "", "", ""),
         ("Photo: The Coldmere Stoop", "", "", "B")],
        [("The Coldmere Borough Council voted 4-2 on Tuesday night to install parking meters on Grand Avenue and on the three blocks of Main Street between Orchard St. and the train station.", "", "", "W"),
         ("Parking will cost $1.50 an hour from 9 a.m. to 8 p.m. Monday through Saturday, with a two-hour limit, according to the ordinance.", "the ordinance", "according to", "W")],
        [("If you've ever circled the block three times looking for a spot outside Fabbrizzini's Bakery on a Saturday morning, you know how we got here.", "", "", "")],
        [("The borough paid Curbline Mobility Partners $38,500 last year for a parking study.", "", "", "W"),
         ("The study found that downtown spaces were 94% full between 11 a.m. and 2 p.m. on weekdays and that the average car stayed 3 hours 20 minutes.", "The study", "found", "W")],
        [("Mayor Loretta Dromhallow said the meters would bring in about $410,000 a year, enough to pay for the kiosks within two years and then help repave Main Street.", "Loretta Dromhallow", "said", ""),
         ("“Nobody loves parking meters,” she said.", "Loretta Dromhallow", "said", ""),
         ("“But right now our best spaces are taken all day by commuters, and the people who want to shop can't find one.”", "Loretta Dromhallow", "said", "")],
        [("Councilman Desmond Kettisford, who voted no along with Councilwoman Priya Venkatadrishnan, said the borough had never tried a cheaper fix, such as two-hour limits with real enforcement.", "Desmond Kettisford", "said", "W"),
         ("“We're going to charge people to park in front of the library and the post office,” he said.", "Desmond Kettisford", "said", "")],
        [("(Full disclosure: the Stoop's editor lives on Main Street and parks on it.)", "", "", "B")],
        [("Francesca Fabbrizzini, who owns Fabbrizzini's Bakery and is president of the Coldmere Downtown Business Association, said 31 of the association's 44 members had signed a letter supporting the meters.", "Francesca Fabbrizzini", "said", "W"),
         ("“My customers tell me every day they gave up and drove to the mall,” she said.", "Francesca Fabbrizzini", "said", "")],
        [("This story is made possible by Stoop Supporters like Hebblesworth's Hardware.", "", "", "B"),
         ("Become a supporter →", "", "", "B")],
        [("“Where are the people who work downtown supposed to park?” asked Harold Ekwegbalum, who has lived on Orchard Street since 1988.", "Harold Ekwegbalum", "asked", ""),
         ("Under the ordinance, downtown employees can buy a monthly permit for the municipal lot on Depot Place for $25.", "", "", "W")],
        [("The ordinance gets a second reading and a public hearing at the council's next meeting, on Tuesday, May 26, at 7:30 p.m. at Borough Hall, 40 Cedar St., and residents can comment in person or by email.", "", "", "W"),
         ("Dromhallow said the meters could be in place by Labor Day if the ordinance is adopted.", "Loretta Dromhallow", "said", "")],
        [("Got a tip?", "", "", "B"),
         ("Email tips@coldmerestoop.com or text us at 201-555-0148.", "", "", "B")],
        [("23 Comments", "", "", "B")],
        [("Mike on Orchard · May 13, 2026 at 8:02 am", "", "", "B")],
        [("About time.", "", "", "B"),
         ("Try finding a spot on a Saturday.", "", "", "B")],
        [("COMING UP IN COLDMERE", "", "", "B")],
        [("Sat., May 16  ·  9 a.m.–1 p.m.  ·  Spring Plant Sale, Borough Hall lot", "", "", "B")],
        [("Sun., May 17  ·  2 p.m.  ·  Library Book Club: “The Lighthouse Keeper's Year”", "", "", "B")],
        [("Tue., May 26  ·  7:30 p.m.  ·  Borough Council meeting, Borough Hall", "", "", "B")],
        [("See the full calendar →", "", "", "B")],
        [("Get the Stoop in your inbox every weekday morning.", "", "", "B"),
         ("Sign up free.", "", "", "B")],
        [("© 2026 The Coldmere Stoop LLC  ·  Made on Main Street", "", "", "B")],
    ],
    [  # 11. wire story on a web portal, a heat wave makes southern Spain shorten the school day
        [("Lumera", "", "", "B")],
        [("Search the web   |   Mail   |   Sign in", "", "", "B")],
        [("News   Weather   Finance   Sport   Entertainment   Lifestyle   Video", "", "", "B")],
        [("Meridiana News Service  ·  + Follow", "", "", "B")],
        [("Southern Spain shortens school day as heat wave pushes temperatures toward 44C", "", "", "W")],
        [("Lucía Berenguel-Arnedo, Meridiana  ·  6h ago  ·  3 min read", "", "", "B")],
        [("Share   Like   Comment", "", "", "B")],
        [("Children cool off in a fountain in central Seville on Monday.", "", "", ""),
         ("(Meridiana Photo/Rafael Montecillo)", "", "", "B")],
        [("SEVILLE, Spain (Meridiana) — Schools across Andalusia will send pupils home at 1 p.m. instead of 2 p.m. for the rest of the week as a heat wave pushes temperatures in southern Spain toward 44 C (111 F), the regional education department said Tuesday.", "the regional education department", "said", "W")],
        [("Spain's state weather agency, AEMET, said the temperature reached 43.6 C (110.5 F) in the Guadalquivir valley town of Torrealmenar on Monday.", "AEMET", "said", "W"),
         ("It said the heat would peak on Thursday, with highs of 44 C possible in the provinces of Córdoba and Jaén.", "AEMET", "said", "")],
        [("AEMET spokesman Rubén Carrascal-Heredia said 11 weather stations in Andalusia had recorded their highest June temperatures on Monday.", "Rubén Carrascal-Heredia", "said", "W"),
         ("\"What is unusual is not the heat itself, it's that it has arrived in the first half of June,\" he said.", "Rubén Carrascal-Heredia", "said", "")],
        [("The department said 1,870 schools were affected, and that school canteens would stay open for pupils who needed lunch, with buses leaving at 1:30 p.m.", "The department", "said", "W")],
        [("Inmaculada Roldán-Prieto, a spokeswoman for the Andalusian Teachers' Platform, said classrooms in many older schools reached 35 C by late morning.", "Inmaculada Roldán-Prieto", "said", "W"),
         ("\"Shortening the day by an hour doesn't fix a building with no shade and no air conditioning,\" she said.", "Inmaculada Roldán-Prieto", "said", "")],
        [("At the Los Naranjos primary school in the Seville suburb of Alcaravea, principal Joaquín Mestanza said teachers had moved lessons into the gym, the only room with air conditioning, and taped cardboard over the south-facing windows.", "Joaquín Mestanza", "said", "W")],
        [("\"My son came home yesterday with a headache and a red face.", "Noelia Carbajosa", "said", ""),
         ("Is that normal for an 8-year-old?\" said Noelia Carbajosa, waiting at the school gate.", "Noelia Carbajosa", "said", "")],
        [("Heat caused or contributed to an estimated 212 deaths in Spain in the first week of June, according to the Health Ministry.", "the Health Ministry", "according to", "W")],
        [("Electrical shops in Seville reported selling out of fans on Monday, and some online retailers raised the price of a basic pedestal fan to about 45 euros from 25 euros.", "", "", "W"),
         ("The ministry advised people to drink water regularly, stay indoors between noon and 5 p.m. and check on elderly neighbours.", "The ministry", "advised", "")],
        [("Meridiana writer Tomás Irigoyen-Laburu contributed from Madrid.", "", "", "B")],
        [("© Copyright 2026 Meridiana News Service", "", "", "B")],
        [("Provided by Meridiana News Service", "", "", "B")],
        [("More from Meridiana News Service", "", "", "B")],
        [("Wildfire forces evacuation of 1,200 people in Portugal's Algarve", "", "", "B")],
        [("Greek islands brace for record tourist season", "", "", "B")],
        [("More from Lumera", "", "", "B")],
        [("What's the hottest temperature ever recorded in Europe?", "", "", "B")],
        [("Was this article helpful?", "", "", "B"),
         ("Yes   No", "", "", "B")],
        [("Privacy   Terms   Help   Feedback   © 2026 Lumera", "", "", "B")],
    ],
    [  # 12. health-news site, a trial finds text-message reminders raise flu shots among over-65s in Ontario family practices
        [("Carewise Health News", "", "", "B")],
        [("Evidence you can use", "", "", "B")],
        [("Search   |   Newsletters   |   Sign in", "", "", "B")],
        [("Conditions   Medicines   Vaccines   Healthy Aging   Mental Health   Research News", "", "", "B")],
        [("Research News  ›  Vaccines", "", "", "B")],
        [("Text reminders nudged more seniors to get a flu shot, Ontario trial finds", "a trial in 48 Ontario family practices", "finds", "W")],
        [("Vaccination rose 6 percentage points when practices texted patients, but most of the gap remains", "", "", "W")],
        [("By Naomi Westerbeke  |  Medically reviewed by Dr. Arvind Pallikoth, MD", "", "", "B")],
        [("Published Oct. 13, 2026  ·  Reviewed Oct. 13, 2026", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   Email   Print", "", "", "B")],
        [("STUDY AT A GLANCE", "", "", "B")],
        [("Design: Cluster randomized trial", "", "", "")],
        [("Participants: 41,260 adults aged 65 and older at 48 family practices in Ontario", "", "", "")],
        [("Intervention: Up to three text-message reminders, Oct. to Dec. 2025, vs. usual care", "", "", "")],
        [("Funding: Lakemarr Institute for Primary Care Research", "", "", "")],
        [("A pharmacist prepares a flu vaccine at a clinic in Toronto.", "", "", ""),
         ("Photo: Carewise / Stock", "", "", "B")],
        [("Adults aged 65 and older were more likely to get a flu shot when their family doctor's office sent them a text-message reminder, according to a trial in 48 Ontario family practices published Tuesday in the Journal of Primary Care Trials.", "a trial in 48 Ontario family practices", "according to", "W")],
        [("In practices that sent up to three reminders between October and December 2025, 62.4% of older patients had a flu shot by Jan. 31, vs. 56.3% in practices that did not (a difference of 6.1 percentage points; 95% CI, 4.1 to 8.1).", "", "", "W"),
         ("The practices, in Toronto and five smaller cities, were randomly assigned to send the texts or to carry on as usual.", "", "", "W")],
        [("Lead author Dr. Helena Brugnatelli, a family physician and researcher at the Lakemarr Institute for Primary Care Research in Toronto, said the texts cost the practices about 4 cents each to send.", "Helena Brugnatelli", "said", "W"),
         ("“It's not a miracle, but it's one of the cheapest things a practice can do,” she said.", "Helena Brugnatelli", "said", ""),
         ("“The text doesn't persuade anyone.", "Helena Brugnatelli", "said", ""),
         ("It reminds them.”", "Helena Brugnatelli", "said", "")],
        [("The researchers wrote that the effect was largest, about 9 percentage points, among patients aged 80 and older, i.e. the group most likely to be hospitalized with flu.", "The researchers", "wrote", "W")],
        [("Patients were signed up for the reminders if the practice had a mobile number on file for them, which was the case for about 71% of those eligible.", "", "", "W"),
         ("Brugnatelli said each text read, in full: “Your family doctor recommends a flu shot this fall.", "Helena Brugnatelli", "said", "W"),
         ("Reply BOOK or call us to make an appointment.”", "Helena Brugnatelli", "said", "")],
        [("Dr. Emeka Veldkamp, an epidemiologist at Georgian Bay University who was not involved in the study, said the result fit with earlier trials of reminders for other vaccines, e.g. shingles and pneumococcal shots.", "Emeka Veldkamp", "said", "W"),
         ("He cautioned that the trial could not say whether the extra shots had prevented any hospital stays.", "Emeka Veldkamp", "cautioned", ""),
         ("“Uptake is one thing,” he said.", "Emeka Veldkamp", "said", ""),
         ("“Outcomes are another.”", "Emeka Veldkamp", "said", "")],
        [("Rosalind Turcotte, who manages a six-doctor practice in Port Tidehaven that took part, said the practice booked 140 flu appointments in the two days after its first round of texts.", "Rosalind Turcotte", "said", "W"),
         ("“Our phone lines lit up,” she said.", "Rosalind Turcotte", "said", "")],
        [("One of those patients, Gordon Thistlegate, 71, said he booked his shot the afternoon the text arrived.", "Gordon Thistlegate", "said", ""),
         ("“I'd have got round to it eventually,” he said.", "Gordon Thistlegate", "said", ""),
         ("“Probably.”", "Gordon Thistlegate", "said", "")],
        [("The authors noted that all the practices in the trial were in urban areas and that all of them already used an online booking system.", "The authors", "noted", "W"),
         ("Flu vaccination among Ontarians aged 65 and older has fallen from about 70% in 2019 to 58% last season, according to provincial surveillance data.", "provincial surveillance data", "according to", "W")],
        [("WHAT THIS MEANS FOR YOU", "", "", "B")],
        [("• If your family practice offers text reminders, signing up costs nothing and may prompt you to book sooner.", "", "", "")],
        [("• In this trial, reminders raised flu vaccination by about 6 percentage points; most unvaccinated seniors still did not get a shot.", "", "", "W")],
        [("• Ask your doctor or pharmacist which flu vaccine is right for you.", "", "", "")],
        [("Medical disclaimer: This article is for information only and is not a substitute for advice from your own doctor.", "", "", "B")],
        [("Get Carewise Weekly: the week's most useful health research, in plain language.", "", "", "B"),
         ("Subscribe", "", "", "B")],
        [("References", "", "", "B")],
        [("1. Brugnatelli H, Ardskeagh R, Wierzchowska T, et al. Text-message reminders and influenza vaccine uptake in adults aged 65 and older: a cluster randomized trial. J Prim Care Trials. 2026;11(4):211–219.", "", "", "B")],
        [("2. Veldkamp E, Harrowdeane L. Reminder-recall interventions for adult vaccination: an updated review. Can J Prev Med. 2025;38(2):77–90.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Which flu shot should you get after 65?", "", "", "B")],
        [("Shingles vaccine: who is eligible, and is it worth it?", "", "", "B")],
        [("© 2026 Carewise Health Media Inc.", "", "", "B"),
         ("Carewise does not provide medical advice, diagnosis or treatment.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n71-metro-meter-headline-standfirst", "You have 2 free stories left this month. Subscribe now for $1 a week.\nNews   Metro   Business   Sports   Opinion   Obituaries   Things to Do   Weather\nMETRO  ›  TRANSPORTATION\nTransit board votes to cut nine bus routes, raise base fare to $2.25\nAuthority says the changes close most of a $31.4 million gap; new schedules start Aug. 2\nBy Corinne Vashchenkova  |  The Plain Register\nPublished 9:58 p.m. ET June 11, 2026  |  Updated 6:20 a.m. ET June 12, 2026",
     ["You have 2 free stories left this month.", "Subscribe now for $1 a week.", "News   Metro   Business   Sports   Opinion   Obituaries   Things to Do   Weather", "METRO  ›  TRANSPORTATION", "Transit board votes to cut nine bus routes, raise base fare to $2.25", "Authority says the changes close most of a $31.4 million gap; new schedules start Aug. 2", "By Corinne Vashchenkova  |  The Plain Register", "Published 9:58 p.m. ET June 11, 2026  |  Updated 6:20 a.m. ET June 12, 2026"]),
    ("n71-metro-st-before-quote-donate", "Chief executive Delphine Yarborrow said the authority had already cut 42 office jobs and sold its headquarters at 210 E. Brastowe St. before it touched service. “Nobody on this board took this job to cut bus service,” she said. “But the money we were spending is not coming back.”\nBefore you keep reading: The Plain Register's coverage of Halvorton's buses, schools and City Hall is paid for by readers. A gift of any size keeps it going. Give $5 today →\nYarborrow said the nine routes carried fewer than 11 riders an hour on average last year, against a systemwide average of 19. Routes 3, 22 and 31, which serve the county's northern suburbs, will be replaced by on-demand vans that riders book by app or by phone.",
     ["Chief executive Delphine Yarborrow said the authority had already cut 42 office jobs and sold its headquarters at 210 E. Brastowe St. before it touched service.", "“Nobody on this board took this job to cut bus service,” she said.", "“But the money we were spending is not coming back.”", "Before you keep reading: The Plain Register's coverage of Halvorton's buses, schools and City Hall is paid for by readers.", "A gift of any size keeps it going.", "Give $5 today →", "Yarborrow said the nine routes carried fewer than 11 riders an hour on average last year, against a systemwide average of 19.", "Routes 3, 22 and 31, which serve the county's northern suburbs, will be replaced by on-demand vans that riders book by app or by phone."]),
    ("n71-metro-bio-related-register", "Corinne Vashchenkova covers transportation and growth for The Plain Register. Reach her at cvashchenkova@plainregister.com or 614-555-0172.\nRELATED\nFare-free Fridays end as transit authority tightens its belt\nHalvorton County weighs a transit sales tax for the November ballot\n© 2026 The Halvorton Plain Register. All rights reserved.",
     ["Corinne Vashchenkova covers transportation and growth for The Plain Register.", "Reach her at cvashchenkova@plainregister.com or 614-555-0172.", "RELATED", "Fare-free Fridays end as transit authority tightens its belt", "Halvorton County weighs a transit sales tax for the November ballot", "© 2026 The Halvorton Plain Register.", "All rights reserved."]),
    ("n71-uk-key-points-box", "LIVE  Key points  ·  Updated 11.52 GMT\n• More than 140,000 homes in Scotland and northern England were without power at 11am\n• Gusts of 92mph were recorded at Ardcloch Point in Argyll\n• An amber warning for wind covers most of Scotland until 6pm\n• Cairnfell Rail has suspended all trains between Glasgow and Edinburgh until at least 3pm\nFollow the latest on our live blog",
     ["LIVE  Key points  ·  Updated 11.52 GMT", "• More than 140,000 homes in Scotland and northern England were without power at 11am", "• Gusts of 92mph were recorded at Ardcloch Point in Argyll", "• An amber warning for wind covers most of Scotland until 6pm", "• Cairnfell Rail has suspended all trains between Glasgow and Edinburgh until at least 3pm", "Follow the latest on our live blog"]),
    ("n71-uk-rail-advised-company", "Cairnfell Rail said it had suspended all trains between Glasgow and Edinburgh after a tree came down on the overhead wires near Craigbrae. It advised passengers not to travel. Tickets for Saturday will be accepted on Sunday and Monday, the company said.\nThe Carran Bridge has been closed to high-sided vehicles since 7am, and all ferry sailings from Port Ardrain to the islands were cancelled.\nPolice Scotland said a woman in her 60s was taken to hospital with injuries that were not thought to be life-threatening after a tree fell on her car near Inverlochry at about 9.15am.",
     ["Cairnfell Rail said it had suspended all trains between Glasgow and Edinburgh after a tree came down on the overhead wires near Craigbrae.", "It advised passengers not to travel.", "Tickets for Saturday will be accepted on Sunday and Monday, the company said.", "The Carran Bridge has been closed to high-sided vehicles since 7am, and all ferry sailings from Port Ardrain to the islands were cancelled.", "Police Scotland said a woman in her 60s was taken to hospital with injuries that were not thought to be life-threatening after a tree fell on her car near Inverlochry at about 9.15am."]),
    ("n71-uk-imperative-quote-signups", "“Check before you travel, and if you don't need to go out, don't,” said Ruaridh Pennycross, the head of roads at West Argyll Council. Sign-ups to the council's storm and flood text alerts rose from 2,100 to 5,600 between Thursday and Saturday morning, the council said.\nCustomers who are without power for more than 48 hours can claim £80 in compensation from their network operator under rules set by the regulator, Ofgem.",
     ["“Check before you travel, and if you don't need to go out, don't,” said Ruaridh Pennycross, the head of roads at West Argyll Council.", "Sign-ups to the council's storm and flood text alerts rose from 2,100 to 5,600 between Thursday and Saturday morning, the council said.", "Customers who are without power for more than 48 hours can claim £80 in compensation from their network operator under rules set by the regulator, Ofgem."]),
    ("n71-ca-weather-traffic-widgets", "Saskatoon   −21°C   Feels like −31   Light snow\n7-day forecast ›\nTRAFFIC  ·  Collision on Hwy. 16 eastbound near Mellanby Rd. – right lane blocked  ·  Halcrow Ave. ramp closed for plowing\nNews   Weather   Traffic   Sports   Community   Contests   Watch",
     ["Saskatoon   −21°C   Feels like −31   Light snow", "7-day forecast ›", "TRAFFIC  ·  Collision on Hwy. 16 eastbound near Mellanby Rd. – right lane blocked  ·  Halcrow Ave. ramp closed for plowing", "News   Weather   Traffic   Sports   Community   Contests   Watch"]),
    ("n71-ca-video-player-dateline", "▶ Play Video\nNow playing: Kaldervale parents pack board meeting as trustees vote 7-2 to close their school\n2:14\nCC   Settings   Full screen\nUp next: City council approves 4.9 per cent property tax increase  1:58\nKALDERVALE, Sask. — Trustees of the Whitebirch Plains School Division voted 7-2 on Monday night to close Kaldervale Central School at the end of June, the division said in a news release Tuesday.",
     ["▶ Play Video", "Now playing: Kaldervale parents pack board meeting as trustees vote 7-2 to close their school", "2:14", "CC   Settings   Full screen", "Up next: City council approves 4.9 per cent property tax increase  1:58", "KALDERVALE, Sask. — Trustees of the Whitebirch Plains School Division voted 7-2 on Monday night to close Kaldervale Central School at the end of June, the division said in a news release Tuesday."]),
    ("n71-au-odds-gambling-notice", "RACING  ·  Wandoberra Cup, Race 7, 3.40pm  ·  Fav: Silver Mullet $3.20  ·  Bet now ›\nOdds supplied by Wagerline. 18+ only. Think about your choices. Call 1800 555 047 for free, confidential support.\nNews  ›  Health",
     ["RACING  ·  Wandoberra Cup, Race 7, 3.40pm  ·  Fav: Silver Mullet $3.20  ·  Bet now ›", "Odds supplied by Wagerline.", "18+ only.", "Think about your choices.", "Call 1800 555 047 for free, confidential support.", "News  ›  Health"]),
    ("n71-au-ms-quote-affiliate-lowercase", "Chief executive Felicity Brimmacombe said the unit needed 11 midwives to run a safe 24-hour roster and had four, after two agency midwives left in January. “I'm not going to run a birthing unit on a roster that relies on people working double shifts,” she said. “That's how mistakes happen.”\nSHOPPING\nThis content contains affiliate links. bluewren may earn a commission when you buy through them.\nDeals: 35% off cordless stick vacuums, today only ›",
     ["Chief executive Felicity Brimmacombe said the unit needed 11 midwives to run a safe 24-hour roster and had four, after two agency midwives left in January.", "“I'm not going to run a birthing unit on a roster that relies on people working double shifts,” she said.", "“That's how mistakes happen.”", "SHOPPING", "This content contains affiliate links.", "bluewren may earn a commission when you buy through them.", "Deals: 35% off cordless stick vacuums, today only ›"]),
    ("n71-au-mother-quote-hotline", "Brianna Quibbleton, 29, who is due on April 2, said she found out about the pause from a Facebook post. “My first took six hours from start to finish,” she said. “If this one comes any quicker, I'm having it on the side of the highway.\n“Who's going to drive me there at two in the morning, with a toddler in the back? Nobody's answered that.”\nWomen booked to give birth at Wandoberra can call the district's maternity line on 1800 555 019 between 8am and 8pm, seven days a week, the district said. The district will pay for up to seven nights' accommodation in Bellowra, at up to $180 a night, for women from 37 weeks, it said.",
     ["Brianna Quibbleton, 29, who is due on April 2, said she found out about the pause from a Facebook post.", "“My first took six hours from start to finish,” she said.", "“If this one comes any quicker, I'm having it on the side of the highway.", "“Who's going to drive me there at two in the morning, with a toddler in the back?", "Nobody's answered that.”", "Women booked to give birth at Wandoberra can call the district's maternity line on 1800 555 019 between 8am and 8pm, seven days a week, the district said.", "The district will pay for up to seven nights' accommodation in Bellowra, at up to $180 a night, for women from 37 weeks, it said."]),
    ("n71-in-ltd-filing-vs", "Ambarkesh Cements Ltd. on Monday reported a 22% fall in consolidated net profit to ₹312.4 crore for the October–December quarter, from ₹400.6 crore a year earlier, the company said in a filing with the BSE. Revenue from operations rose 4.1% to ₹4,862 crore, while EBITDA per tonne fell to ₹842 from ₹1,118.\nSales volumes rose 9% YoY to 7.8 million tonnes, according to the filing. The filing said power and fuel costs rose 17% in the quarter, as imported pet coke cost about ₹11,600 a tonne vs. ₹9,900 a year earlier.",
     ["Ambarkesh Cements Ltd. on Monday reported a 22% fall in consolidated net profit to ₹312.4 crore for the October–December quarter, from ₹400.6 crore a year earlier, the company said in a filing with the BSE.", "Revenue from operations rose 4.1% to ₹4,862 crore, while EBITDA per tonne fell to ₹842 from ₹1,118.", "Sales volumes rose 9% YoY to 7.8 million tonnes, according to the filing.", "The filing said power and fuel costs rose 17% in the quarter, as imported pet coke cost about ₹11,600 a tonne vs. ₹9,900 a year earlier."]),
    ("n71-in-premium-lock-md-call", "This is a Premium story. Continue reading with Arthvani Premium, from ₹99 a month.\nAlready a subscriber? Log in\nManaging director Harshvardhan Deshpure told analysts on a call that cement prices in Tamil Nadu and Kerala had fallen for three straight months because new capacity had come on faster than demand. “We have not chased volumes at any price, and we will not,” he said. “The south will correct by the first quarter.”",
     ["This is a Premium story.", "Continue reading with Arthvani Premium, from ₹99 a month.", "Already a subscriber?", "Log in", "Managing director Harshvardhan Deshpure told analysts on a call that cement prices in Tamil Nadu and Kerala had fallen for three straight months because new capacity had come on faster than demand.", "“We have not chased volumes at any price, and we will not,” he said.", "“The south will correct by the first quarter.”"]),
    ("n71-in-call-dividend-snapshot", "The company will hold a conference call for analysts and investors at 4 p.m. on Wednesday, it said in the filing. The board declared an interim dividend of ₹4 a share, payable to shareholders on the register on the record date of February 10.\nSTOCK SNAPSHOT: AMBARKESH CEMENTS LTD.\nLast price  ₹2,318.40  (−6.8%)\n52-week high / low  ₹2,942.00 / ₹2,011.15\nMarket cap  ₹27,614 cr\nP/E  31.2\nData as of 03 Feb 2026, 3:30 PM IST",
     ["The company will hold a conference call for analysts and investors at 4 p.m. on Wednesday, it said in the filing.", "The board declared an interim dividend of ₹4 a share, payable to shareholders on the register on the record date of February 10.", "STOCK SNAPSHOT: AMBARKESH CEMENTS LTD.", "Last price  ₹2,318.40  (−6.8%)", "52-week high / low  ₹2,942.00 / ₹2,011.15", "Market cap  ₹27,614 cr", "P/E  31.2", "Data as of 03 Feb 2026, 3:30 PM IST"]),
    ("n71-gh-madam-quote-rate", "The chairperson of the Ekumfiso School Feeding Caterers Association, Madam Comfort Odoteyfio, said caterers had not been paid for any meals served from May to September. “We have borrowed from susu groups, from our churches, from the market women,” she said. “Nobody will lend to us again.”\nUnder the programme, caterers are paid GH¢1.80 per child per meal, a rate that was raised from GH¢1.50 in January.",
     ["The chairperson of the Ekumfiso School Feeding Caterers Association, Madam Comfort Odoteyfio, said caterers had not been paid for any meals served from May to September.", "“We have borrowed from susu groups, from our churches, from the market women,” she said.", "“Nobody will lend to us again.”", "Under the programme, caterers are paid GH¢1.80 per child per meal, a rate that was raised from GH¢1.50 in January."]),
    ("n71-gh-comment-rules-footer", "Comments (18)\nComment rules: Comments are moderated. Abusive, tribal or defamatory comments will be deleted. Keep your comment on the story.\nDisclaimer: Comments are the views of readers and do not represent the views of OdwiraNews.\nOdwiraNews © 2026. All rights reserved.",
     ["Comments (18)", "Comment rules: Comments are moderated.", "Abusive, tribal or defamatory comments will be deleted.", "Keep your comment on the story.", "Disclaimer: Comments are the views of readers and do not represent the views of OdwiraNews.", "OdwiraNews © 2026.", "All rights reserved."]),
    ("n71-my-dateline-kg-datuk", "TANAH KERAYANG: The number of flood evacuees in this district rose to 9,812 people from 2,944 families by 8pm on Tuesday, according to figures on the Nadma disaster portal. They are being housed at 61 temporary relief centres (PPS), most of them schools and community halls.\nTanah Kerayang district officer Datuk Zulkarnain Mahadzir said the water at the Sg. Perkai gauge in Kg. Teluk Rembia reached 8.4m at 6pm, against a danger level of 7.5m. “The water came up almost a metre in six hours,” he said when met at the PPS in SK Bukit Mengkudu. He said 14 roads in the district had been closed to light vehicles, including the main road to Bandar Lenggor.",
     ["TANAH KERAYANG: The number of flood evacuees in this district rose to 9,812 people from 2,944 families by 8pm on Tuesday, according to figures on the Nadma disaster portal.", "They are being housed at 61 temporary relief centres (PPS), most of them schools and community halls.", "Tanah Kerayang district officer Datuk Zulkarnain Mahadzir said the water at the Sg. Perkai gauge in Kg. Teluk Rembia reached 8.4m at 6pm, against a danger level of 7.5m.", "“The water came up almost a metre in six hours,” he said when met at the PPS in SK Bukit Mengkudu.", "He said 14 roads in the district had been closed to light vehicles, including the main road to Bandar Lenggor."]),
    ("n71-my-meals-phone-malay-translation", "Breakfast at the PPS in SK Bukit Mengkudu is nasi lemak and tea at 7am, lunch is rice and chicken curry at 12.30pm, and dinner is served after the maghrib prayer. Flood victims who need to be moved can call the district's flood operations room at 09-555 0142, which is staffed 24 hours a day, she said.\nWan Rohani Wan Kamil, 67, who was taken out by boat from Kg. Teluk Rembia with her two grandchildren on Monday night, said the water reached the window sills of her wooden house within an hour. “Air naik cepat sangat, tak sempat angkat barang,” she said. (The water rose so fast, there was no time to lift our things.)\nHer neighbour, Siti Hasnah, stayed behind to watch over both houses from the upper floor of the village surau.",
     ["Breakfast at the PPS in SK Bukit Mengkudu is nasi lemak and tea at 7am, lunch is rice and chicken curry at 12.30pm, and dinner is served after the maghrib prayer.", "Flood victims who need to be moved can call the district's flood operations room at 09-555 0142, which is staffed 24 hours a day, she said.", "Wan Rohani Wan Kamil, 67, who was taken out by boat from Kg. Teluk Rembia with her two grandchildren on Monday night, said the water reached the window sills of her wooden house within an hour.", "“Air naik cepat sangat, tak sempat angkat barang,” she said.", "(The water rose so fast, there was no time to lift our things.)", "Her neighbour, Siti Hasnah, stayed behind to watch over both houses from the upper floor of the village surau."]),
    ("n71-de-translation-note-original", "This article was translated from German with the help of machine translation and reviewed by our editorial team.\nRead in original language (Deutsch) →\nFive months without trains: Brunnstedt–Hanover line to close for track renewal\nFrom September 7, buses will replace all trains on the line; the journey to Hanover will take up to 40 minutes longer\nBy Katrin Oberwelland  ·  Translated by Lukas Amsfeld\n20.08.2026, 16:35",
     ["This article was translated from German with the help of machine translation and reviewed by our editorial team.", "Read in original language (Deutsch) →", "Five months without trains: Brunnstedt–Hanover line to close for track renewal", "From September 7, buses will replace all trains on the line; the journey to Hanover will take up to 40 minutes longer", "By Katrin Oberwelland  ·  Translated by Lukas Amsfeld", "20.08.2026, 16:35"]),
    ("n71-de-gloss-approx-kmh", "Leinetal-Bahn will close the 38-kilometre line between Brunnstedt and Hanover from September 7 to February 5 to replace tracks, sleepers and two bridges, the rail operator announced on Wednesday. During the closure, a Schienenersatzverkehr (rail replacement bus service) will run every 30 minutes and stop at all seven stations on the line.\nAbout 6,200 people use the line on a typical weekday, according to the operator's passenger counts.\nLeinetal-Bahn spokeswoman Annegret Vollmers said the work would cost approx. €46 million, about two-thirds of it paid by the federal government. “The tracks are from 1974, and on some sections trains may only run at 60 km/h,” she said. She said the closure had been planned for the summer holidays but was postponed because two bridge contracts had to be put out to tender again.",
     ["Leinetal-Bahn will close the 38-kilometre line between Brunnstedt and Hanover from September 7 to February 5 to replace tracks, sleepers and two bridges, the rail operator announced on Wednesday.", "During the closure, a Schienenersatzverkehr (rail replacement bus service) will run every 30 minutes and stop at all seven stations on the line.", "About 6,200 people use the line on a typical weekday, according to the operator's passenger counts.", "Leinetal-Bahn spokeswoman Annegret Vollmers said the work would cost approx. €46 million, about two-thirds of it paid by the federal government.", "“The tracks are from 1974, and on some sections trains may only run at 60 km/h,” she said.", "She said the closure had been planned for the summer holidays but was postponed because two bridge contracts had to be put out to tender again."]),
    ("n71-de-landrat-translator-note", "District Administrator Henning Brockhöft said the district had asked for the work to be split into two shorter closures, but the request was turned down.\n[Translator's note: The district administrator (Landrat) is the directly elected head of a German rural district.]\n“Five months is a very long time for people who commute every day,” he said. “We will keep a close eye on whether the buses really run on time.”",
     ["District Administrator Henning Brockhöft said the district had asked for the work to be split into two shorter closures, but the request was turned down.", "[Translator's note: The district administrator (Landrat) is the directly elected head of a German rural district.]", "“Five months is a very long time for people who commute every day,” he said.", "“We will keep a close eye on whether the buses really run on time.”"]),
    ("n71-np-tagline-headline", "The Bajada Report\nNonprofit. Nonpartisan. Free to read.\nDonate   |   Newsletters   |   Events   |   About\nTopics   Courts & Justice   Housing   Education   Environment   Government   Tribal Affairs\nCOURTS & JUSTICE\nEviction filings in Sarracino County hit a 10-year high\nLandlords filed 2,946 eviction cases in the county's magistrate court last year; most tenants had no lawyer",
     ["The Bajada Report", "Nonprofit. Nonpartisan. Free to read.", "Donate   |   Newsletters   |   Events   |   About", "Topics   Courts & Justice   Housing   Education   Environment   Government   Tribal Affairs", "COURTS & JUSTICE", "Eviction filings in Sarracino County hit a 10-year high", "Landlords filed 2,946 eviction cases in the county's magistrate court last year; most tenants had no lawyer"]),
    ("n71-np-v-llc-member-box", "Efraín Quijada, a staff attorney at Rio Abajo Legal Aid, said tenants who had a lawyer kept their homes in about half of cases, against about one in eight of those who did not. He pointed to Archibeque v. Sierra Parda Apartments LLC, in which the court dismissed an eviction in March because the landlord had not given the tenant written notice.\nThe Bajada Report is a nonprofit newsroom. We don't have a paywall, and we never will. That only works if readers like you chip in. Become a member →",
     ["Efraín Quijada, a staff attorney at Rio Abajo Legal Aid, said tenants who had a lawyer kept their homes in about half of cases, against about one in eight of those who did not.", "He pointed to Archibeque v. Sierra Parda Apartments LLC, in which the court dismissed an eviction in March because the landlord had not given the tenant written notice.", "The Bajada Report is a nonprofit newsroom.", "We don't have a paywall, and we never will.", "That only works if readers like you chip in.", "Become a member →"]),
    ("n71-np-republish-funding-corrections", "Republish this story\nYou may republish this article for free, online or in print, under a Creative Commons license. Please credit The Bajada Report and do not change the story beyond edits for style or length.\nCopy to clipboard\nThis story was supported by a grant from the Yucamesa Foundation. Funders have no role in our editorial decisions.\nCorrections policy: We correct factual errors promptly and note every change at the end of the story. Spot an error? Email corrections@bajadareport.org.",
     ["Republish this story", "You may republish this article for free, online or in print, under a Creative Commons license.", "Please credit The Bajada Report and do not change the story beyond edits for style or length.", "Copy to clipboard", "This story was supported by a grant from the Yucamesa Foundation.", "Funders have no role in our editorial decisions.", "Corrections policy: We correct factual errors promptly and note every change at the end of the story.", "Spot an error?", "Email corrections@bajadareport.org."]),
    ("n71-blog-st-ordinance-aside", "The Coldmere Borough Council voted 4-2 on Tuesday night to install parking meters on Grand Avenue and on the three blocks of Main Street between Orchard St. and the train station. Parking will cost $1.50 an hour from 9 a.m. to 8 p.m. Monday through Saturday, with a two-hour limit, according to the ordinance.\nIf you've ever circled the block three times looking for a spot outside Fabbrizzini's Bakery on a Saturday morning, you know how we got here.\nThe borough paid Curbline Mobility Partners $38,500 last year for a parking study. The study found that downtown spaces were 94% full between 11 a.m. and 2 p.m. on weekdays and that the average car stayed 3 hours 20 minutes.",
     ["The Coldmere Borough Council voted 4-2 on Tuesday night to install parking meters on Grand Avenue and on the three blocks of Main Street between Orchard St. and the train station.", "Parking will cost $1.50 an hour from 9 a.m. to 8 p.m. Monday through Saturday, with a two-hour limit, according to the ordinance.", "If you've ever circled the block three times looking for a spot outside Fabbrizzini's Bakery on a Saturday morning, you know how we got here.", "The borough paid Curbline Mobility Partners $38,500 last year for a parking study.", "The study found that downtown spaces were 94% full between 11 a.m. and 2 p.m. on weekdays and that the average car stayed 3 hours 20 minutes."]),
    ("n71-blog-events-calendar-footer", "COMING UP IN COLDMERE\nSat., May 16  ·  9 a.m.–1 p.m.  ·  Spring Plant Sale, Borough Hall lot\nSun., May 17  ·  2 p.m.  ·  Library Book Club: “The Lighthouse Keeper's Year”\nTue., May 26  ·  7:30 p.m.  ·  Borough Council meeting, Borough Hall\nSee the full calendar →\nGet the Stoop in your inbox every weekday morning. Sign up free.\n© 2026 The Coldmere Stoop LLC  ·  Made on Main Street",
     ["COMING UP IN COLDMERE", "Sat., May 16  ·  9 a.m.–1 p.m.  ·  Spring Plant Sale, Borough Hall lot", "Sun., May 17  ·  2 p.m.  ·  Library Book Club: “The Lighthouse Keeper's Year”", "Tue., May 26  ·  7:30 p.m.  ·  Borough Council meeting, Borough Hall", "See the full calendar →", "Get the Stoop in your inbox every weekday morning.", "Sign up free.", "© 2026 The Coldmere Stoop LLC  ·  Made on Main Street"]),
    ("n71-wire-provider-byline-dateline", "Meridiana News Service  ·  + Follow\nSouthern Spain shortens school day as heat wave pushes temperatures toward 44C\nLucía Berenguel-Arnedo, Meridiana  ·  6h ago  ·  3 min read\nShare   Like   Comment\nChildren cool off in a fountain in central Seville on Monday. (Meridiana Photo/Rafael Montecillo)\nSEVILLE, Spain (Meridiana) — Schools across Andalusia will send pupils home at 1 p.m. instead of 2 p.m. for the rest of the week as a heat wave pushes temperatures in southern Spain toward 44 C (111 F), the regional education department said Tuesday.",
     ["Meridiana News Service  ·  + Follow", "Southern Spain shortens school day as heat wave pushes temperatures toward 44C", "Lucía Berenguel-Arnedo, Meridiana  ·  6h ago  ·  3 min read", "Share   Like   Comment", "Children cool off in a fountain in central Seville on Monday.", "(Meridiana Photo/Rafael Montecillo)", "SEVILLE, Spain (Meridiana) — Schools across Andalusia will send pupils home at 1 p.m. instead of 2 p.m. for the rest of the week as a heat wave pushes temperatures in southern Spain toward 44 C (111 F), the regional education department said Tuesday."]),
    ("n71-wire-principal-parent-question-said", "At the Los Naranjos primary school in the Seville suburb of Alcaravea, principal Joaquín Mestanza said teachers had moved lessons into the gym, the only room with air conditioning, and taped cardboard over the south-facing windows.\n\"My son came home yesterday with a headache and a red face. Is that normal for an 8-year-old?\" said Noelia Carbajosa, waiting at the school gate.\nHeat caused or contributed to an estimated 212 deaths in Spain in the first week of June, according to the Health Ministry.",
     ["At the Los Naranjos primary school in the Seville suburb of Alcaravea, principal Joaquín Mestanza said teachers had moved lessons into the gym, the only room with air conditioning, and taped cardboard over the south-facing windows.", "\"My son came home yesterday with a headache and a red face.", "Is that normal for an 8-year-old?\" said Noelia Carbajosa, waiting at the school gate.", "Heat caused or contributed to an estimated 212 deaths in Spain in the first week of June, according to the Health Ministry."]),
    ("n71-health-ie-signup-text-message", "The researchers wrote that the effect was largest, about 9 percentage points, among patients aged 80 and older, i.e. the group most likely to be hospitalized with flu.\nPatients were signed up for the reminders if the practice had a mobile number on file for them, which was the case for about 71% of those eligible. Brugnatelli said each text read, in full: “Your family doctor recommends a flu shot this fall. Reply BOOK or call us to make an appointment.”",
     ["The researchers wrote that the effect was largest, about 9 percentage points, among patients aged 80 and older, i.e. the group most likely to be hospitalized with flu.", "Patients were signed up for the reminders if the practice had a mobile number on file for them, which was the case for about 71% of those eligible.", "Brugnatelli said each text read, in full: “Your family doctor recommends a flu shot this fall.", "Reply BOOK or call us to make an appointment.”"]),
    ("n71-health-eg-cautioned-split", "Dr. Emeka Veldkamp, an epidemiologist at Georgian Bay University who was not involved in the study, said the result fit with earlier trials of reminders for other vaccines, e.g. shingles and pneumococcal shots. He cautioned that the trial could not say whether the extra shots had prevented any hospital stays. “Uptake is one thing,” he said. “Outcomes are another.”",
     ["Dr. Emeka Veldkamp, an epidemiologist at Georgian Bay University who was not involved in the study, said the result fit with earlier trials of reminders for other vaccines, e.g. shingles and pneumococcal shots.", "He cautioned that the trial could not say whether the extra shots had prevented any hospital stays.", "“Uptake is one thing,” he said.", "“Outcomes are another.”"]),
]  # fmt: skip
