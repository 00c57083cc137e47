"""Seventy-fifth set of new hand-labelled pages for the hint engines (tuning set, round thirty-three):
twelve WHOLE pages, head to tail, pasted from twelve kinds of news site whose furniture is hard,
with furniture at the head, in the middle of the story and at the tail, each site worded its own
way, around ordinary news with ordinary speakers and a fair share of checkable facts. The pages come
from ten countries (the United States, New Zealand, Canada, Kenya, Australia, England, South Africa,
the Netherlands, the Philippines, Scotland and Ghana; eleven if Scotland and England are counted
apart).

Written from scratch for issue 13 in round thirty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The brief's folder held a review note and a scoring script besides the
brief: the first 3,000 characters of the review note (instructions for a different, outside-tester
task) were printed once by mistake and not acted on; the scoring script was never opened. The format
and the conventions were read from the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole), the module docstrings of `labelled_new73.py` and `labelled_new74.py` (printed
together, which the terminal cut in the middle, then saved to files in /tmp and printed again with
`sed`: the second half of the first, and the whole second one, whose printing was cut again in the
middle, so a few lines of its description of pages 5 and 6 were never seen), the end of the
docstring, the import and the `STYLES` of `labelled_new73.py` (each line cut to 500 characters) and
the `STYLES` of `labelled_new74.py` (cut to 300), the first two pages and the thirty split cases of
`labelled_new73.py` and the first page of `labelled_new74.py` (every line cut to 330 or 400
characters), `build` in `labelled_articles.py` (a `grep -n "def build" -A15` listing) and the
`[tool.ruff]` tables of `pyproject.toml` (a `grep -A12` listing). No other page, case or docstring
of any file under `tests/` was read. What was run: `grep -n` for the line numbers of `STYLES`,
`ARTICLES`, `CASES`, the imports and the page brackets in `labelled_new73.py` and
`labelled_new74.py`; `ls tests/text` filtered to the names `labelled_new7*`, `labelled_heldout4*`
and `labelled_heldout5*`, and a count of `tests/text` (names and counts only); read-only `git status
--short` runs (the first printed nothing; later ones listed this file, the sibling set files and a
few files under `claimreview/` as modified by someone else, names only, none of them opened); a
Python one-liner printing the calendar of 2026 to check weekdays; scripts of my own in /tmp that
turn a small line format into the literals below, cut the split cases out of the pages and rename;
an import of this file with `build` on every page; a checking script of my own (four fields, flags,
a cue for every speaker and a speaker for every cue, no speaker on furniture, the sentence count,
every split case occurring in a built page and joining back to its sentences); whole-word
case-insensitive searches over `tests/` of every capitalised word of these pages (each part of a
hyphenated name on its own) and of every candidate replacement, printing file counts only (`grep
-rilw ... | wc -l`); and `ruff format` / `ruff check` on this file. The files other writers were
drafting at the same time (`labelled_new76.py`, `labelled_heldout51.py`, `labelled_heldout52.py`)
were never opened; the last count-only pass over `tests/`, run when all four new files existed,
found one surname of page 8 newly hit ("Kuipers"), which was renamed, and no other of this set's
invented names outside this file.

Every person, small town, township, village, estate, barangay, constituency, street, parade,
crossing, bridge, flat, river, park, arena, school, hospital, medical centre, clinic, library,
council (but the real ones listed below), shire, county, district, water district, co-operative,
association, trust, union, players' body, company, bank, bus operator, media group, portal, wire,
station, radio brand, magazine, newsletter, publishing platform, fact-check desk, radio show, team,
ground, event and number is invented (a first draft hit about eighty invented surnames, towns,
outlets and companies of other files under `tests/`, and many of the replacements tried next hit
too; only replacements with no hit were used, and the whole list was searched again). Real
countries, regions, big cities, roads and public bodies appear only as settings, with invented
figures: the United States, Ohio, Columbus, the Ohio Department of Health, Indiana and U.S. 22 (in
most-read headlines) and North Carolina; New Zealand, Canterbury and Mid Canterbury, Environment
Canterbury, NIWA, the South Island, the Ministry for Primary Industries and Parliament (in a funding
note); Canada, Alberta, Edmonton, Hwy. 16, Anthony Henday Dr. and Whitemud (in a traffic ticker) and
Alberta Municipal Affairs; Kenya, Mombasa, Nairobi, Kericho and Nyamira County, the Tea Board of
Kenya, the Treasury, the CBK (in a related headline), Pakistan, Egypt, Iran, Kazakhstan, Uganda,
Rwanda, Tanzania and Burundi; Australia, New South Wales, the Riverina, Wagga Wagga, Canberra,
Melbourne, Darwin, Cairns, Lagos and Medicare; England, West Yorkshire, Bradford, Bradford
Interchange, Bradford Council, the West Yorkshire Combined Authority and the M606; South Africa, SA
Rugby, the Currie Cup, the Springboks and the Rugby Championship (in a related headline), Cape Town,
and South Africa and England in a cricket score; the Netherlands, Westland, Rotterdam, Almería,
Statistics Netherlands (CBS), Poland and Romania; the Philippines, Negros Occidental, Western
Visayas, Iloilo (in a related headline), PAGASA, the Local Water Utilities Administration (LWUA) and
Hiligaynon; Scotland and the Visitor Levy (Scotland) Act 2024; Ghana, Accra, the Ghana Education
Service (GES), the Ministry of Finance, Parliament and the Right to Information Act. Facebook, X,
WhatsApp, Viber, LinkedIn, Spotify, Apple Podcasts, the App Store and Google Play appear only as
channels. No surname, town, street, outlet, company, school, club or union of any file under
`tests/` is reused (given names, titles, real settings and common words such as "Sentinel",
"Gazette", "Tribune", "Post", "Notes", "Monthly", "Downs", "Anglers", "Parade", "Centennial",
"Eagles" and "Hawks" recur).

Each page is a WHOLE page as a new user pastes it after selecting all in a browser, so every
furniture line is a paragraph of its own and "B", worded in that site's own way: a subscription
offer, a free-story meter, a mid-story wall and a subscriber ask; an on-air strip, a
listen-to-this-story line, an audio link with its play line, an app prompt and a funding note; a
watch strip, a weather widget, a cold warning and a traffic ticker, a video running time and a tip
line; a carried-unedited note, a reporting line and a syndication disclaimer; pull quotes, a
reader-funded ask and a bio; a donation ask with its title and buttons, a correction and a members'
meeting notice; a score strip, a betting strip and a responsible-gambling line; a summit banner, a
webinar ad, a sponsored line, a premium gate and an events list; READ: links and a comments
disclaimer; a subscribe box, counts and reader comments; a cookie banner, a jump link, a
related-documents line and notes to editors; a rating box, a donation ask and a sources list. Every
page also holds story sentences that LOOK like furniture (a clinic phone number, a pool-pass refund,
a co-op's own passenger count, a levy registration date, a schedule on a Facebook page, a sign-up
tip for a hearing, the restated claim in a conclusion), labelled as story. `STYLES` names the site,
the story and the stresses of each page, in order.

(1) A US regional daily in Ohio behind a metered paywall: the county's only hospital will stop
delivering babies. The meter ("You have 2 of 5 free stories left this month."), the mid-story wall
("You've reached your last free story for February." / "Keep reading for $1 — cancel anytime.") and
the subscriber ask in two sentences are "B"; the standfirst's "Hospital says" carries "Morrowfield
Regional Medical Center" as the lead names it with "announced"; "the hospital said" is kept as
written and "it said" goes to the name (a clinic phone number, advice, ""); "Ohio Department of
Health data show" keeps the data; "Chief executive", "Dr." and "County Commissioner" are dropped,
and the chief executive and the commissioner are two women who speak in turn; the most-read list is
"B" number by number, its third headline a question before a capital; the hearing "Feb. 24 at 6
p.m." is "W"; a resident named after her quote asks a question; "A spokesperson for the state
hospital association did not respond to a request for comment."

(2) A New Zealand public broadcaster: irrigation takes halved on a low river. The on-air strip, "🎧
Listen to this story   3′ 52″", the playlist strip, "@ 7:41 am on 3 March 2026", the audio link and
"▶ 4:06" between paragraphs, the app prompt and the funding note are "B"; the standfirst's "the
regional council says" carries "Environment Canterbury"; "The regional council said" is kept as
written and "It said" goes to the name; "NIWA figures show" keeps the figures and "NIWA's latest
seasonal outlook, issued last week, said" keeps the outlook (a forecast, ""); a farmer and the
irrigation company's chief executive speak in turn ("Haldsworth said", "Kennaway-Doud said", and a
quote in straight marks ending "Haldsworth said."); "Its zone delivery manager, Hamish Tregaskin,
said" carries him (a plan of record, "W").

(3) A Canadian TV station in Alberta: an arena and a pool closed to plug a budget gap. The watch
strip, the weather widget ("EDMONTON   −23°C   Feels −31"), the cold warning, the traffic ticker
("Hwy. 16 EB at Range Rd. 231 –", "Anthony Henday Dr. NB"), the app line, "ADVERTISEMENT" and the
tip line ("Seen something newsworthy?" / "Send it to ...") are "B"; the video caption is "" and its
"2:18" "B"; the dateline sentence has no speaker; "Mayor", "Coun." and "Lifeguard" are dropped; the
hockey president "told Parkvale 8 News" and his quote after it takes "said"; "according to a report
to council" and "The report recommended" (a document with its own verb); "..., the city said." about
the province's grant carries "the city"; the refund tip is story (""); "Feb. 10 at 1 p.m." ends a
sentence before "It will".

(4) A wire story on a Kenyan portal: tea prices at the Mombasa auction fall. The carried-unedited
note in two sentences, "By Tessarine   |   Tue, 8 Sep 2026, 16:22 EAT", the views line, "ALSO
READ:", "Advertisement", the reporting line in brackets, the wire's copyright, the portal's
disclaimer in two sentences and its channel line are "B"; the dateline "MOMBASA, Kenya, Sept 8
(Tessarine) -" carries "the Baharini Tea Brokers Association" named at its end, and "The association
said" is kept as written; "Tea Board of Kenya figures show"; the unnamed buyer is "A buyer at a
Mombasa export house"; "he said by phone" takes "said"; "The Tea Board of Kenya said" and "It said"
carry "the Tea Board of Kenya".

(5) An Australian magazine feature: a shire that hired its own doctor. Three pull quotes are "B",
the first placed BEFORE the sentence it repeats; "says" after a quote carries the former mayor named
after it; "according to the council's annual reports"; "The doctor is ..., 44, who trained ..."
introduces him without a verb of saying (""), and his "he says" in the middle of a sentence carries
him ("W"); the councillor and the former mayor speak in turn; the researcher's figure is "W" and her
opinions ""; a pensioner is introduced in scene and then quoted about her own trips (private, "");
the bio and the print note are "B".

(6) An English news co-operative: the last evening bus to an estate. The tagline and member strip,
the donation ask (its title "Before you read on", three sentences and buttons), the correction
("Correction, 16 May: ..." / "It is 11.20pm.", both "B"), the bio, the members' meeting notice and
the society lines are "B"; the standfirst's "Operator says ...; residents say ..." carries the
operator as the body names it; "Calderlink Buses has confirmed", "the company said" and "The company
said" (kept as written), "In a statement, ... said" (cue "said", as for "Speaking on <show>, X
said") and "It said"; the co-op's own passenger count is "W" without a speaker; "Cllr" is dropped;
"Census figures from 2021 show"; "The spokesperson said" is kept as written; "Asked about that,
Calderlink Buses said" carries the company ("W").

(7) A South African sports site: a rugby union misses two months of pay. The score strip (with "56'"
and "(43.2 ov)"), the LIVE link, the betting strip with odds, "18+ only.", the safe-play line, the
WATCH link, the log title, header and full-log link, the bio with its handle and the
responsible-gambling lines ("Worried about your betting?" ends a "B" sentence) are "B"; the log rows
are ""; "the union's president, ..., said on Friday" carries him; "Its chief executive, ..., said"
carries the players' body's chief; "One senior player, who asked not to be named ..., said" keeps
"One senior player"; "SA Rugby said in a statement" and "It said"; "coach" is dropped; "The union's
last published financial statements, for 2024, show" keeps the statements without the dating clause;
"(Pty) Ltd." ends a sentence before "All rights reserved.".

(8) A Dutch horticulture trade site: a co-operative shuts a packing hall. The summit banner, the
webinar ad, the sponsored line, "Related articles", the premium gate and its unlock offer, the bio,
the newsletter line, the events list and exhibitor enquiries are "B"; "the co-operative announced"
carries "Zuidkas Growers" and "It said" goes to it; "Managing director" is dropped; "according to
Statistics Netherlands (CBS)"; a grower's "41 to 9" inside his quote is a vote of record ("W"); "The
union representing the packers said" is kept as written and "Its regional officer, ..., said"
carries her; an analyst at a bank speaks with "said", "He said" and "Tjallingsma said".

(9) A Philippine English-language daily: rotating water rationing. "By Ma. Theresa Salvosa-Dumapias"
does not split; the READ: links, "ADVERTISEMENT", the comments disclaimer in two sentences and the
latest list are "B"; the dateline carries "the Sibulanon City Water District (SCWD)" and "The water
district said" is kept as written; "SCWD general manager Engr." is dropped with "said in a press
briefing" (the quote after it takes its own "he said"), and "4 a.m. to 4 p.m." does not split;
"according to the state weather bureau PAGASA" carries "PAGASA"; "He asked" is a cue as written
(advice, ""); "Mayor" and "Barangay Lunhaw chairperson" are dropped; two women speak in turn; "the
SCWD said" keeps the initials; the schedule posted on Facebook is story without a speaker ("").

(10) A newsletter post with comments in North Carolina: two schools to close. The subscribe strip,
the platform's boxes, counts, the discussion header, the comment box, each commenter line, each
comment, likes and replies and the footer are "B"; the title is two sentences (the vote "W", the
teaser "") and so is the subtitle; the writer's own checks carry no speaker and are labelled by
content ("I checked, and ..." and "It wasn't there when I sent this." "W"); "The facilities plan,
which the district posted in 2024, says" keeps the plan; "The presentation on Tuesday called it
“failing.”" carries "The presentation" with "called"; "told me by email" takes "told me" and the
"She said" after it "said"; "according to the district's enrollment report"; "Board member" and
"Board chair" are dropped; the sign-up tip is "".

(11) A Scottish council's press room: a 5% visitor levy. The cookie banner in two sentences and its
buttons, the jump link, the release line with "Issued:" and "Reference: NR/2026/019", the
related-documents line between paragraphs, "ENDS", "Notes for editors", the pointer note, media
enquiries, the share strip, "Did you find what you needed?" / "Yes   No" and the footer are "B"; the
council's own voice carries no speaker ("Tuesday (24 February)." ends a sentence); "The council
estimates" (an estimate, ""); "Council leader Councillor" and "Councillor" are dropped with "said:"
before quotes over three and two paragraphs; "said in a response to the consultation" is a cue as
written (""); notes of fact are "W".

(12) A Ghanaian fact-check page: an MP's classroom claim. The rating box's labels ("THE CLAIM", "OUR
RATING", the rating word "MISLEADING", "How we rate claims ›") are "B", while the claim quoted in
the box carries the MP ("W") and the box's finding carries "Ghana Education Service records" ("W");
an act without a verb of saying ("Asomaning-Nimako made the claim on ... morning show") carries no
speaker; "according to the 2025 budget statement, read in Parliament in March 2025" keeps the
statement; "Ghana Education Service (GES) figures released to ClearLine ... show" keeps the figures
and "the figures show" is kept as written; "A GES spokesperson, ..., said" carries her; the donation
ask is "B"; "When ClearLine contacted ..., he said" carries the MP; "The head teacher, ..., said"
carries her ("W"); "Conclusion" and the sources list are "B", the restated claim carries the MP
("W") and the verdict is ""; "Have you seen a claim you want checked?" ends a "B" sentence.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new73.py` and `labelled_new74.py` (and, as their docstrings
state them, in earlier sets) hold too: furniture "B" line by line, gates, asks, widgets, players,
recirculation strips and provider credits included; captions by content and credits "B"; standfirsts
labelled like headlines, never split at a semicolon, a verb of saying in them carrying the source as
the body names it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later
surname or a role resolved to the full name as first given; organisations, documents and data kept
as written, "according to X" -> X, "It" resolved to the name as first given, a later generic noun
("The association", "The company", "The spokesperson", "The report") kept as written; a quote over
several sentences or paragraphs carrying its speaker and cue, a question inside it too; "did not
respond" labelled like speech with flags ""; plans, votes, decisions and figures of record "W";
forecasts, estimates, hopes, pledges, opinions, feelings, scene, private circumstances, questions
and advice ""; a figure of record inside an opinion or a quote "W"; a named person acting or
described, with no verb of saying, carries no speaker; an organisation's own page carrying no
speaker in its own voice; pull quotes "B"; notes to editors "B" when they only point somewhere and
"W" when they state a fact; newsletter writers' own sentences without a speaker; story that looks
like furniture labelled as story.

Conventions this set had to settle, in the same spirit:

* Meters and walls. A free-story meter, a mid-story paywall and a subscriber ask are "B" wherever
  they fall, like a gifted-article banner. * Corrections. A correction note at the foot of a story
  is "B" in all its sentences, even the one that states the right figure ("It is 11.20pm."): it is
  the site's notice, and the story above already carries the fact. * Rating boxes. On a fact-check
  page the box's labels and the rating word are "B"; the claim quoted in the box is story (its
  speaker, "W") and the box's one-line finding is labelled by content with its source. The
  "Conclusion" label is "B"; under it the restated claim carries the claimant ("W") and the verdict
  sentence is "" (the desk's judgement). A sources list is "B" line by line. * Pull quotes placed
  BEFORE the sentence they repeat are "B" like those after it. * Score and betting strips. A live
  score strip, odds, "18+ only." and responsible-gambling lines are "B"; a league log keeps the
  settled rule (title and header "B", rows ""). * Audio. "Listen to this story" lines with a running
  time, "Audio: ... (4 min)" links and a "▶ 4:06" line are "B", like a video's running time. *
  Channels dropped from cues. "told me by email" takes "told me" and "he said by phone" takes
  "said", as "told Verran by phone" took "told Verran". * Documents with their own verbs. "Ohio
  Department of Health data show", "NIWA figures show", "Census figures from 2021 show", "GES
  figures show", "the figures show", "The facilities plan ... says", "The presentation ... called",
  "The report recommended" and "NIWA's latest seasonal outlook ... said" keep the document as
  written without a clause set off by commas; "called" and "recommended" are cues. * "Asked about
  that, <organisation> said" carries the organisation; "The council estimates" carries the council
  with "estimates" (""); "said in a response to the consultation" is a cue as written. * A
  standfirst with two sources after a semicolon ("Operator says ...; residents say ...") is one
  sentence and carries the first, as the body names it. * "Engr.", "Ma." (in a byline), "Coun.",
  "Cllr", "Councillor", "Council leader Councillor", "Board chair", "Board member", "Lifeguard",
  "coach" and "Barangay ... chairperson" before a name are dropped or never split.

"a.m. ET Feb. 12, 2026", "Dr. Rennick", "U.S. 22", "Feb. 24 at 6 p.m. at the", "3′ 52″", "@ 7:41 am
on", "Hwy. 16 EB at Range Rd. 231 –", "Anthony Henday Dr. NB", "CARROWBANK, Alta. —",
"$4.2-million", "Coun. Tamsin", "Sept 8 (Tessarine) -", "$2.07 a kilogram", "138.4 billion shillings
($1.07 billion)", "Before he arrived, he says, patients", "£12.60 an hour.", "56'", "(43.2 ov)",
"R4.6 million", "15:00 CEST", "8,000 m²", "€9.5 million", "€14.50", "By Ma. Theresa", "Engr.
Rodolfo", "4 a.m. to 4 p.m. and", "₱260-million", "₱1.2-B", "Feb. 9 agenda at 7 p.m. at the",
"Reference: NR/2026/019", "1. The council", "KM4 7RD", "D/A Basic School" and "GH₵20." never split a
sentence wrongly; "Feb. 10 at 1 p.m." before "It will", "until 11.20pm." before "Daytime", "Tuesday
(24 February)." before "The motion", "(Pty) Ltd." before "All rights reserved.", "Co., Inc." before
"All rights reserved.", a question in furniture before a capital ("Who bought the old Kessendorf
mill?" / "Records name ...", "Seen something newsworthy?" / "Send it ...", "Worried about your
betting?" / "Free ...", "Have you seen a claim you want checked?" / "Send it ...", "Spotted a
mistake in this fact-check?" / "Read ..."), a question inside a quote at a paragraph's end ("“Now
I'm supposed to drive to Zanesport in labor?”") and "Correction, 16 May: ...11.50pm." before "It is
11.20pm." end one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new73.py`: what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional daily's site in Ohio behind a metered paywall, the county's only hospital will stop delivering babies as births fall by a third (masthead with a hyphenated name, a subscription offer with a price and a chevron, a free-story meter, menu with public notices, section label in capitals, headline with a date, semicolon standfirst carrying the hospital through says, byline with the paper's name, published and updated line with a.m. ET and Feb., gift, share and comment-count strip, caption and credit with a slash, a QUELLRIDGE — dateline carrying the hospital through announced, according to figures given to commissioners, Chief executive dropped, a mid-story wall in two lines with an em dash, the hospital said and it said resolved to the hospital's name, a clinic phone number in a story sentence, Ohio Department of Health data show, Dr. dropped, a most-read list in numbered lines with a headline that ends in a question, a county commissioner and the chief executive speaking in turn, a levy figure according to the auditor's office, a RELATED: link, Feb. 24 at 6 p.m. in a hearing of record, a resident named after her quote with a question, did not respond, bio with an email, a subscriber ask in two sentences, more-in-news and copyright in two sentences, footer)",
    "New Zealand public broadcaster's news page in Canterbury, the regional council halves irrigation takes from a low river (broadcaster brand, an on-air strip with a live dot and a listen-live link, menu with Te Ao Māori, section label, headline with a weekday, a listen-to-this-story line with minutes and seconds in primes, a playlist, download and share strip, standfirst carrying the regional council through says, reporter line, an @ time stamp with am, the regional council said and It said resolved to its name, straight double quotes, cumecs, a farmer and an irrigation chief speaking in turn with a quote ending in the speaker's surname, an audio link with a running time and a play line between paragraphs, NIWA figures show and a seasonal outlook as its own speaker, an app prompt with store badges, an anglers' trust chair, a zone manager named in apposition after Its, a ministry spokesperson, related list, podcast subscribe line, topics, public-service funding note in two sentences, copyright)",
    "Canadian TV station's news page in Alberta, a city council votes to close an arena and an outdoor pool to plug a budget gap (station brand with channel number, a watch, sign-in and newsletters strip, a weather widget with a minus sign and a feels-like temperature, an extreme cold warning line, a traffic ticker with Hwy., EB, Range Rd., Dr. and NB, menu, section label, headline with $4.2M, byline with the station, posted and updated line with pm, share strip, video caption and its running time, a CARROWBANK, Alta. — dateline without a source, according to the city's administration, Mayor and Coun. dropped, per cent and $4.2-million, an app line mid-story, a minor hockey president with told Parkvale 8 News and his quote after it, ADVERTISEMENT, according to a report to council and The report recommended, the city said about the province, a tip line that opens with a question, a provincial spokesperson who said in an email, a pool-pass refund tip in the story, Lifeguard dropped, Feb. 10 at 1 p.m. ending a sentence, files line, copyright with Inc., trending list, footer)",
    "wire story republished on a Kenyan web portal, prices at the weekly Mombasa tea auction fall to a six-year low as buyers hold back (portal brand, account strip with pipes, trending hashtags, crumb, headline, a carried-unedited note in two sentences, By line with the wire's name, a date with EAT and a read time, views and comments counts, caption and a Photo: File credit, a MOMBASA, Kenya, Sept 8 (Tessarine) - dateline carrying the brokers' association, The association said kept as written, kg and $, an ALSO READ: link, Tea Board of Kenya figures show with shillings and dollars in brackets, an unnamed buyer with his reason for anonymity, Advertisement, a farmer's quote said by phone, the Tea Board of Kenya and It said, a semicolon sentence of data, a reporting and editing line in brackets, wire copyright in two sentences, the portal's disclaimer in two sentences, a WhatsApp channel line, tags, you-may-also-like list, footer with Ltd)",
    "Australian monthly magazine's long-form feature in the NSW Riverina, a shire that hired its own town doctor, three years on (masthead in capitals, subscription and gift strip with a price, menu, section labels with a slash, headline, a two-sentence dek, words and photography credits on one line, issue and read-time line, save, share and gift strip, scene in the present tense, facts of record without a speaker, three pull quotes, one of them placed before the sentence it repeats, says after a quote with a former mayor named after it, according to the council's annual reports, a doctor introduced without a verb of saying and then quoted, he says in the middle of a sentence, ADVERTISEMENT and a reader-funded ask in two sentences, a councillor and the former mayor in turn, a researcher with a surname-only says, a pensioner introduced in scene and then quoted about her own trips, a vote of record in June, a two-sentence bio, a print-headline note, more features, copyright with Pty Ltd and an ABN)",
    "English reader-owned news co-operative's site in West Yorkshire, a bus company withdraws the only evening service to a Bradford estate (co-op masthead, a tagline, member and login strip, menu with members' meetings, section label, headline, semicolon standfirst carrying the operator through says with a second source after the semicolon, byline, date, caption and Picture: credit, the company has confirmed, the company said kept as written, said in a statement and It said, pm times with a full stop, a care worker's quote over three sentences with £ figures, a mid-story donation ask with its title, three sentences and buttons, the co-op's own count of passengers without a speaker, Cllr dropped, Census figures from 2021 show, a combined authority spokesperson and The spokesperson kept as written, Asked about that, <company> said, a young worker's quote over two sentences, a correction in two sentences, a bio in two sentences, a members' meeting notice, society registration and rules lines, footer)",
    "South African sports site's rugby page with a live score strip, a provincial union misses two months of player salaries (a score strip of rugby and cricket results with apostrophes and an over count, site brand, sport menu, crumb with a chevron, headline, byline with a 24-hour time, comments and share line, the union's president named in apposition after the claim, R figures, a news conference quote over three sentences, a LIVE link to the match, the players' association and Its chief executive, a betting strip with odds, an 18+ line and a safe-play line, an unnamed senior player with his reason, SA Rugby said in a statement and It said, a WATCH link with a running time, coach dropped, a log title, column header and two rows, a full-log link, financial statements as their own speaker, a bio and an X handle, related headline, company line with (Pty) Ltd. before All rights reserved., responsible-gambling lines with a question and a helpline, footer)",
    "horticulture trade publication's site in the Netherlands with event ads, a growers' co-operative shuts a packing hall in Westland (trade brand, menu with events and jobs, a summit banner with dates and an early-bird offer, crumb with a pipe, headline with a jobs figure, date and reading-time line, byline, the co-operative announced and It said, Managing director dropped, a webinar ad with CEST between paragraphs, according to Statistics Netherlands (CBS), € and cents a kilo, a grower with a vote count inside his quote, a sponsored line, the union representing the packers and Its regional officer, Related articles with m², an analyst at a bank, a Premium gate and an unlock offer, a bio and a news email, newsletter line, an upcoming-events list, exhibitor enquiries, copyright with B.V.)",
    "Philippine English-language daily's regional page in Negros Occidental, a water district starts rotating rationing as El Niño dries its springs (masthead in capitals, e-paper, subscribe and Viber strip, menu, section labels with a slash, headline, byline with Ma., date line with a pipe and am, share strip, a SIBULANON CITY, Negros Occidental — dateline carrying the water district with its initials, The water district said, general manager and Engr. dropped, said in a press briefing, a.m. and p.m. inside a sentence, READ: links between paragraphs, according to the state weather bureau PAGASA, ADVERTISEMENT, He asked, Mayor dropped, ₱ figures, two women in turn, a quote in Hiligaynon with a question, Barangay chairperson dropped, the SCWD said, a schedule on a Facebook page in the story, tags, a comments disclaimer in two sentences, latest stories, copyright with Co., Inc.)",
    "local-schools newsletter post on a publishing platform in North Carolina, with its reader comments, a school board votes to close two elementary schools (newsletter name, subscribe and sign-in strip, a title in two sentences, a two-sentence subtitle, author and date lines, likes, comments and restacks counts, the writer's own checks without a speaker, a facilities plan that says, The presentation called, a finance officer who told me by email and She said, the writer's own finding that the report was not posted, a platform subscribe box mid-post, according to the district's enrollment report, Board member and Board chair dropped, a man and a woman from the board, the writer's opinion, Feb. 9 at 7 p.m. in a meeting of record, a sign-up tip, a thank-you box, counts, a discussion header, a comment box, three comments with user and date lines, likes and replies, one from the author, a more-comments line, footer)",
    "Scottish council's online press room, a news release on a 5 per cent visitor levy from April 2027, with notes for editors (a cookie banner in two sentences with its buttons, a jump-to-content link, council name, search line, service menu, crumb with >, headline, a news-release line with Issued: and a reference number, the council's own voice without a speaker, a weekday date in brackets, The council estimates, an Act of 2024, Council leader Councillor dropped with said: before a quote over three paragraphs, the depute leader with said: and a quote over two, a related-documents line mid-release, a tourism association that said in a response to the consultation, ENDS, Notes for editors with a pointer note and two notes of fact, media enquiries, share strip, a did-you-find question with Yes and No, feedback line, address, footer with a Gaelic language plan, copyright)",
    "Ghanaian fact-check site's page with its rating box, an MP's claim that 1,000 classroom blocks were completed in 2025 (site brand, menu with a promise tracker and a donate link, section label, headline stating the finding, author and reviewer line, date, a rating box with THE CLAIM, the claim quoted with said after it, OUR RATING, the rating word and its one-sentence finding with records show, a how-we-rate link, the claim's spread, an act on a radio show without a speaker, He said, according to the 2025 budget statement, GES figures released under the Right to Information Act show and the figures show, a GES spokesperson named in apposition, a donation ask in three sentences with GH₵, the MP's reply when contacted, a school visit of record with D/A, a head teacher named in apposition, the site's own arithmetic, a Conclusion label, the restated claim, a verdict, a sources list, a tip line that opens with a question, a corrections line, a principles line, share strip, copyright and a city line)",
]

ARTICLES = [
    [  # 1. US regional daily's site in Ohio behind a metered paywall, the county's only hospital will stop delivering babies as births fall by a third
        [("The Quellridge Sentinel-Gazette", "", "", "B")],
        [("Unlimited digital access: $1 for 6 months ›   Log in   e-Edition", "", "", "B")],
        [("You have 2 of 5 free stories left this month.", "", "", "B")],
        [("Local   Obituaries   Sports   Business   Opinion   Things to Do   Puzzles   Public Notices", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [("Morrowfield County hospital to end baby deliveries June 30 as births fall by a third", "", "", "W")],
        [("Hospital says it can no longer staff unit around the clock; nearest delivery room will be 38 miles away", "Morrowfield Regional Medical Center", "says", "W")],
        [("Dana Krolikowski-Hanlin   Quellridge Sentinel-Gazette", "", "", "B")],
        [("Published 5:02 a.m. ET Feb. 12, 2026   Updated 9:18 a.m. ET Feb. 12, 2026", "", "", "B")],
        [("Gift this article   Share   Comments (41)", "", "", "B")],
        [("The entrance to the birthing center at Morrowfield Regional Medical Center in Quellridge on Wednesday.", "", "", ""),
         ("Dana Krolikowski-Hanlin / Sentinel-Gazette", "", "", "B")],
        [("QUELLRIDGE — Morrowfield Regional Medical Center will stop delivering babies on June 30, ending 71 years of births at the county's only hospital, the hospital announced Wednesday.", "Morrowfield Regional Medical Center", "announced", "W")],
        [("The birthing center handled 212 deliveries last year, down from 318 in 2019, according to figures the hospital gave to the county commissioners.", "figures the hospital gave to the county commissioners", "according to", "W")],
        [("Chief executive Marcy Odenkirk-Pfalzer said the unit had been unable to fill four of its nine nurse positions for more than a year and had paid $1.1 million for traveling nurses in 2025.", "Marcy Odenkirk-Pfalzer", "said", "W"),
         ("“We cannot safely run a labor and delivery unit on agency staff and goodwill,” she said.", "Marcy Odenkirk-Pfalzer", "said", ""),
         ("“I wish there were another answer.”", "Marcy Odenkirk-Pfalzer", "said", "")],
        [("You've reached your last free story for February.", "", "", "B")],
        [("Keep reading for $1 — cancel anytime.", "", "", "B")],
        [("Expectant mothers in the county will be referred to Hathercote Women's Hospital in Zanesport, 38 miles south, or to Belvane Medical Center in Columbus, 52 miles west, the hospital said.", "the hospital", "said", "W"),
         ("Women who are due after June 30 can call the hospital's women's clinic at 740-555-0191 to plan their care, it said.", "Morrowfield Regional Medical Center", "said", "")],
        [("Ohio Department of Health data show that 9 of the state's 88 counties had no hospital delivering babies in 2024.", "Ohio Department of Health data", "show", "W"),
         ("Morrowfield County would be the 10th.", "", "", "W")],
        [("Dr. Rennick Aldhouse, a family physician in Quellridge who has delivered babies at the hospital since 1998, said he worried about women in labor on two-lane county roads in winter.", "Rennick Aldhouse", "said", ""),
         ("“Thirty-eight miles is nothing in July,” he said.", "Rennick Aldhouse", "said", ""),
         ("“In a January ice storm it's an hour, and some babies don't wait an hour.”", "Rennick Aldhouse", "said", "")],
        [("MOST READ", "", "", "B")],
        [("1", "", "", "B")],
        [("Quellridge schools weigh four-day week to cut busing costs", "", "", "B")],
        [("2", "", "", "B")],
        [("Police: Driver charged after crash closes U.S. 22 for five hours", "", "", "B")],
        [("3", "", "", "B")],
        [("Who bought the old Kessendorf mill? Records name an Indiana LLC", "", "", "B")],
        [("The hospital will keep its emergency department open and will go on offering prenatal visits at its women's clinic on Gimlet Street, Odenkirk-Pfalzer said.", "Marcy Odenkirk-Pfalzer", "said", "W"),
         ("She said the eight nurses now on the unit would be offered other jobs at the hospital at the same pay.", "Marcy Odenkirk-Pfalzer", "said", "W")],
        [("County Commissioner Bev Tranchetti-Mauldin said the commissioners learned of the closure at a meeting Tuesday night, less than a day before it was announced.", "Bev Tranchetti-Mauldin", "said", "W"),
         ("“Nobody asked us whether the levy money could keep it open,” she said.", "Bev Tranchetti-Mauldin", "said", "")],
        [("Voters renewed a 1.5-mill levy for the hospital in 2021 that raises about $2.4 million a year, according to the county auditor's office.", "the county auditor's office", "according to", "W"),
         ("Odenkirk-Pfalzer said the levy pays for the emergency department and the county's ambulance service, not for obstetrics.", "Marcy Odenkirk-Pfalzer", "said", "W"),
         ("“The levy was never sold as a maternity levy,” she said.", "Marcy Odenkirk-Pfalzer", "said", "")],
        [("RELATED: Morrowfield commissioners put hospital levy renewal on May ballot", "", "", "B")],
        [("Tranchetti-Mauldin said she would ask the hospital's board to delay the closure by a year.", "Bev Tranchetti-Mauldin", "said", ""),
         ("She said the commissioners would hold a public hearing on the closure Feb. 24 at 6 p.m. at the courthouse annex on Sexton Street.", "Bev Tranchetti-Mauldin", "said", "W")],
        [("“I had both my boys here, and my daughter's due in August,” said Kaylee Brunswold-Tice, 29, of Sabbathday Township.", "Kaylee Brunswold-Tice", "said", ""),
         ("“Now I'm supposed to drive to Zanesport in labor?”", "Kaylee Brunswold-Tice", "said", "")],
        [("A spokesperson for the state hospital association did not respond to a request for comment.", "A spokesperson for the state hospital association", "did not respond to a request for comment", "")],
        [("Dana Krolikowski-Hanlin covers health and rural Ohio for the Sentinel-Gazette.", "", "", "B"),
         ("Email her at dkhanlin@qrgazette.com.", "", "", "B")],
        [("Reporting like this is paid for by subscribers.", "", "", "B"),
         ("Join them for $1 for six months.", "", "", "B")],
        [("MORE IN NEWS", "", "", "B")],
        [("Morrowfield County engineer lists 14 bridges in need of repair", "", "", "B")],
        [("© 2026 The Quellridge Sentinel-Gazette.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service   Privacy Policy   Your Privacy Choices   Accessibility   Contact Us", "", "", "B")],
    ],
    [  # 2. New Zealand public broadcaster's news page in Canterbury, the regional council cuts irrigation takes from a low river by half
        [("Southlight National Radio", "", "", "B")],
        [("🔴 On air: Southlight National   ·   Southlight Concert   ·   Parliament   Listen live", "", "", "B")],
        [("Home   News   Programmes   Podcasts & Series   Music   Te Ao Māori   Pacific   Weather", "", "", "B")],
        [("Rural", "", "", "B")],
        [("Irrigators on low Selwater River told to halve their takes from Thursday", "", "", "W")],
        [("🎧 Listen to this story   3′ 52″", "", "", "B")],
        [("Add to playlist   Download   Share", "", "", "B")],
        [("Flows at the river's lower gauge are the lowest for early March since records began in 1971, the regional council says", "Environment Canterbury", "says", "W")],
        [("Ngaire Wharehoka-Orchiston, Canterbury reporter", "", "", "B")],
        [("@ 7:41 am on 3 March 2026", "", "", "B")],
        [("About 140 farms that draw water from the Selwater River in Mid Canterbury must cut their takes by 50 percent from Thursday, Environment Canterbury said on Monday.", "Environment Canterbury", "said", "W"),
         ("The regional council said the river's flow at its Cotterell Bridge gauge fell to 4.1 cubic metres a second on Sunday, below the 4.5 cumecs at which the restriction is triggered under the regional plan.", "The regional council", "said", "W"),
         ("It said a full ban would follow if the flow dropped below 3.2 cumecs.", "Environment Canterbury", "said", "W")],
        [("Corwin Haldsworth, who milks 620 cows on the river's south bank near Drover's Crossing, said the cut would cost him more than the dry summer already had.", "Corwin Haldsworth", "said", ""),
         ("\"Half the water in the first week of March is the difference between feeding the herd and drying them off early,\" he said.", "Corwin Haldsworth", "said", ""),
         ("\"Once they're dried off, there's no milk cheque until August.\"", "Corwin Haldsworth", "said", "")],
        [("Audio: Corwin Haldsworth spoke to Country Bulletin's Tamsin Okeroa-Tamihere (4 min)", "", "", "B")],
        [("▶ 4:06", "", "", "B")],
        [("The Selwater Downs Irrigation Company, which supplies 96 of the affected farms through its canal network, said it would share out the reduced take by the size of each shareholder's allocation.", "the Selwater Downs Irrigation Company", "said", "W"),
         ("Chief executive Warrick Kennaway-Doud said the company's storage pond at Kettlebush Flat held about nine days of water at the reduced rate.", "Warrick Kennaway-Doud", "said", "W"),
         ("\"We're running the pumps at night, when power's cheaper and there's less lost to evaporation, to make that last,\" he said.", "Warrick Kennaway-Doud", "said", "")],
        [("NIWA figures show the catchment has had 38 millimetres of rain since 1 December, about a quarter of the usual amount for the period.", "NIWA figures", "show", "W"),
         ("NIWA's latest seasonal outlook, issued last week, said rainfall in the east of the South Island was likely to stay below normal until at least May.", "NIWA's latest seasonal outlook", "said", "")],
        [("Haldsworth said farmers on the river had known a cut was coming for a fortnight.", "Corwin Haldsworth", "said", ""),
         ("Kennaway-Doud said the irrigation company had warned its shareholders in a text message on 19 February.", "Warrick Kennaway-Doud", "said", ""),
         ("\"Known it was coming, sure, but that doesn't grow grass,\" Haldsworth said.", "Corwin Haldsworth", "said", "")],
        [("Get the Southlight app for news, audio and live radio on the go.", "", "", "B")],
        [("Download on the App Store   Get it on Google Play", "", "", "B")],
        [("Loretta Farquhan-Tewsley, who chairs the Selwater River Anglers' Trust, said the trust had counted dead brown trout in two pools below the Cotterell Bridge in the past week.", "Loretta Farquhan-Tewsley", "said", "W"),
         ("\"Rivers don't have a drought clause,\" she said.", "Loretta Farquhan-Tewsley", "said", ""),
         ("\"If the takes had been cut at Christmas we wouldn't be pulling fish out now.\"", "Loretta Farquhan-Tewsley", "said", "")],
        [("Environment Canterbury said the trigger levels were set when the regional plan was notified in 2017 and could only be changed through a plan change.", "Environment Canterbury", "said", "W"),
         ("Its zone delivery manager, Hamish Tregaskin, said staff would check water meters on the river from Friday.", "Hamish Tregaskin", "said", "W"),
         ("He said 11 consent holders on the river had been issued abatement notices for taking more than their share during restrictions last summer.", "Hamish Tregaskin", "said", "W")],
        [("A spokesperson for the Ministry for Primary Industries said rural support trusts in Canterbury could help farmers under financial strain and that a medium-scale adverse event had not been declared.", "A spokesperson for the Ministry for Primary Industries", "said", "")],
        [("Related", "", "", "B")],
        [("Dry summer: How low can South Island rivers go?", "", "", "B")],
        [("Country Bulletin: The week's farming news in 25 minutes", "", "", "B")],
        [("Subscribe to Country Bulletin   Apple Podcasts   Spotify   Southlight app", "", "", "B")],
        [("Topics: Rural   Environment   Canterbury   Farming", "", "", "B")],
        [("Southlight National Radio is a public service broadcaster funded through Parliament.", "", "", "B"),
         ("Our charter and editorial standards are published on our website.", "", "", "B")],
        [("Copyright © 2026, Southlight National Radio", "", "", "B")],
    ],
    [  # 3. Canadian TV station's news page in Alberta, a city council votes to close an arena and an outdoor pool to cover a budget gap
        [("Parkvale 8 News Edmonton", "", "", "B")],
        [("▶ WATCH: Parkvale 8 News at 6   ·   Sign in   ·   Newsletters", "", "", "B")],
        [("EDMONTON   −23°C   Feels −31   Ice crystals   ›   7-day forecast", "", "", "B")],
        [("⚠ Extreme cold warning in effect for Edmonton and area", "", "", "B")],
        [("TRAFFIC: Hwy. 16 EB at Range Rd. 231 – collision, right lane blocked   |   Anthony Henday Dr. NB at Whitemud – stalled vehicle cleared", "", "", "B")],
        [("News   Weather   Traffic   Sports   8 Investigates   Consumer   Contests   Watch", "", "", "B")],
        [("Local", "", "", "B")],
        [("Carrowbank council votes to close Kesworth Arena, outdoor pool to plug $4.2M budget gap", "", "", "W")],
        [("By Priya Parthasarathy-Stordahl   Parkvale 8 News", "", "", "B")],
        [("Posted January 21, 2026 5:47 pm   Updated January 21, 2026 8:05 pm", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("WATCH: Parents and hockey coaches packed Carrowbank council chambers Tuesday night for the vote.", "", "", "")],
        [("2:18", "", "", "B")],
        [("CARROWBANK, Alta. — Carrowbank city council voted 5-4 on Tuesday night to close the Kesworth Arena at the end of the hockey season and to keep the Rosehip Park outdoor pool shut this summer, as part of a 2026 budget that closes a $4.2-million gap without a double-digit tax increase.", "", "", "W"),
         ("Closing the two facilities will save about $610,000 a year in operating costs, according to the city's administration.", "the city's administration", "according to", "W")],
        [("Mayor Jordan Blaikley, who voted in favour, said the city would otherwise have needed a property tax increase of 11.4 per cent.", "Jordan Blaikley", "said", "W"),
         ("“Nobody around this table ran for council to close an arena,” Blaikley said.", "Jordan Blaikley", "said", ""),
         ("“But I also didn't run to send people a tax bill they can't pay.”", "Jordan Blaikley", "said", "")],
        [("The budget approved Tuesday raises property taxes by 6.9 per cent, or about $212 a year on a house assessed at $390,000.", "", "", "W")],
        [("Download the Parkvale 8 News app for breaking news alerts.", "", "", "B")],
        [("Coun. Tamsin Ajibewa-Tevendale, who voted against the closures, said the Kesworth Arena is used by 31 minor hockey and ringette teams and two adult leagues.", "Tamsin Ajibewa-Tevendale", "said", "W"),
         ("“We're telling 600 kids to find ice in another town,” she said.", "Tamsin Ajibewa-Tevendale", "said", ""),
         ("She said the nearest other arena with open ice time was 27 kilometres away in Stony Ferrick.", "Tamsin Ajibewa-Tevendale", "said", "W")],
        [("Council also voted to raise fees at the city's other arena, the Carrowbank Centennial Arena, by 18 per cent.", "", "", "W")],
        [("Darnell Whitebird-Okimaw, president of Carrowbank Minor Hockey, told Parkvale 8 News the association would try to buy ice time in neighbouring towns but could not promise every team a home rink next winter.", "Darnell Whitebird-Okimaw", "told Parkvale 8 News", ""),
         ("“Some of these families are already driving an hour to away games,” he said.", "Darnell Whitebird-Okimaw", "said", ""),
         ("“Now it'll be an hour for practice too.”", "Darnell Whitebird-Okimaw", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("The Kesworth Arena opened in 1974 and needs a new roof and refrigeration plant costing an estimated $7.8 million, according to a report to council.", "a report to council", "according to", "W"),
         ("The report recommended closing it.", "The report", "recommended", "W")],
        [("Blaikley said the city would look at selling the arena land, but that no decision had been made.", "Jordan Blaikley", "said", ""),
         ("The province cut its municipal infrastructure grant to Carrowbank by $1.1 million this year, the city said.", "the city", "said", "W")],
        [("Seen something newsworthy?", "", "", "B"),
         ("Send it to tips@parkvale8.ca or text 780-555-0148.", "", "", "B")],
        [("A spokesperson for Alberta Municipal Affairs said in an email that the province had “made record investments in communities across Alberta” and that municipalities set their own budgets.", "A spokesperson for Alberta Municipal Affairs", "said in an email", "")],
        [("Swimmers who held Rosehip Park pool passes for 2026 can apply for a refund at City Hall until March 31.", "", "", ""),
         ("Lifeguard Brielle Theriault-Mawson said 14 summer jobs for students would go with the pool.", "Brielle Theriault-Mawson", "said", "W"),
         ("“It was my first job, and it was my sister's first job,” she said.", "Brielle Theriault-Mawson", "said", "")],
        [("Council's next budget meeting is Feb. 10 at 1 p.m.", "", "", "W"),
         ("It will set utility rates for 2026.", "", "", "W")],
        [("— With files from Marcus Delaunay-Gagnier", "", "", "B")],
        [("© 2026 Parkvale 8 News, a division of Aspenhold Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("TRENDING", "", "", "B")],
        [("Edmonton LRT line closed after power failure during cold snap", "", "", "B")],
        [("Here's when the extreme cold warning is expected to end", "", "", "B")],
        [("Privacy   Terms   Accessibility   Closed captioning   Contact", "", "", "B")],
    ],
    [  # 4. wire story republished on a Kenyan web portal, prices at the weekly Mombasa tea auction fall to a six-year low as buyers hold back
        [("JamboHub", "", "", "B")],
        [("Log in   |   Register   |   E-paper   |   ☰ Menu", "", "", "B")],
        [("Trending:   #FinanceBill2026   #TeaPrices   #FuelReview   #HarambeeStars", "", "", "B")],
        [("Business › Agriculture", "", "", "B")],
        [("Kenya tea prices sink to six-year low at Mombasa auction as buyers hold back", "", "", "W")],
        [("This story has been carried unedited from the Tessarine wire service.", "", "", "B"),
         ("JamboHub has changed the headline and picture only.", "", "", "B")],
        [("By Tessarine   |   Tue, 8 Sep 2026, 16:22 EAT   |   3 min read", "", "", "B")],
        [("👁 2.4K views   💬 18", "", "", "B")],
        [("Bags of tea are stacked at a warehouse in Mombasa.", "", "", ""),
         ("Photo: File / JamboHub", "", "", "B")],
        [("MOMBASA, Kenya, Sept 8 (Tessarine) - The average price of tea at Kenya's weekly auction in Mombasa fell to $2.07 a kilogram on Tuesday, the lowest since August 2020, as buyers from Pakistan and Egypt held back ahead of new orders, the Baharini Tea Brokers Association said.", "the Baharini Tea Brokers Association", "said", "W"),
         ("The association said 8.6 million kg of tea was offered at this week's sale, of which about 31% went unsold.", "The association", "said", "W")],
        [("Wanjiru Nyakwaka-Ombima, the association's chief executive, said the average price had fallen for six straight weeks from $2.48 in late July.", "Wanjiru Nyakwaka-Ombima", "said", "W"),
         ("\"Buyers know there is a lot of tea in the warehouses, and they are waiting for it to get cheaper,\" she said.", "Wanjiru Nyakwaka-Ombima", "said", "")],
        [("ALSO READ: Farmers in Kericho uproot tea for avocado as bonus payments shrink", "", "", "B")],
        [("Kenya, the world's biggest exporter of black tea, earned 138.4 billion shillings ($1.07 billion) from tea exports in the first half of 2026, down 9% from a year earlier, Tea Board of Kenya figures show.", "Tea Board of Kenya figures", "show", "W"),
         ("Pakistan bought 37% of that tea and Egypt 19%.", "", "", "W")],
        [("A buyer at a Mombasa export house, who asked not to be named because he was not authorised to speak to the media, said Pakistani importers were short of dollars after a fall in their currency.", "A buyer at a Mombasa export house", "said", ""),
         ("\"They will come back, but at their price, not ours,\" he said.", "A buyer at a Mombasa export house", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Josphat Kiburi-Maina, who grows tea on 1.5 acres in Nyamira County, said his factory had paid him 21 shillings a kg of green leaf in August, down from 26 shillings a year ago.", "Josphat Kiburi-Maina", "said", "W"),
         ("\"Fertiliser went up, school fees went up, and the leaf went down,\" he said by phone.", "Josphat Kiburi-Maina", "said", ""),
         ("\"Where do they want us to find the difference?\"", "Josphat Kiburi-Maina", "said", "")],
        [("The Tea Board of Kenya said on Monday it had asked the Treasury to cut a 2% levy on tea sold at the auction for six months.", "the Tea Board of Kenya", "said", "W"),
         ("It said the board was also talking to buyers in Iran and Kazakhstan about direct sales.", "the Tea Board of Kenya", "said", "")],
        [("The Kenyan shilling traded at 129.10 to the dollar on Tuesday, little changed from a week earlier.", "", "", "W")],
        [("About 42% of the tea sold at the Mombasa auction is Kenyan; the rest comes from Uganda, Rwanda, Tanzania, Burundi and other countries in the region, Baharini Tea Brokers Association data show.", "Baharini Tea Brokers Association data", "show", "W")],
        [("Nyakwaka-Ombima said prices could recover in October, when the Pakistani buying season usually picks up, but only if the shilling stayed steady.", "Wanjiru Nyakwaka-Ombima", "said", "")],
        [("(Reporting by Otieno Gathoni-Kibichii in Nairobi; Additional reporting by Hamisi Mwakisha-Chome in Mombasa; Editing by Fiona Castelberg-Ivens)", "", "", "B")],
        [("© Tessarine 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Disclaimer: Views and figures in syndicated stories are those of the originating agency.", "", "", "B"),
         ("JamboHub does not verify them and accepts no liability for their accuracy.", "", "", "B")],
        [("Follow JamboHub on our WhatsApp channel for the day's top stories.", "", "", "B")],
        [("Tags:   Tea   Agriculture   Mombasa   Exports   Kericho", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Sh12bn coffee debt write-off: Who qualifies and how to apply", "", "", "B")],
        [("CBK holds lending rate at 9.25% for second meeting", "", "", "B")],
        [("About Us   Contact   Advertise   Privacy Policy   Terms   © 2026 JamboHub Digital Ltd", "", "", "B")],
    ],
    [  # 5. Australian monthly magazine's long-form feature in the NSW Riverina, a shire that hired its own town doctor three years on
        [("WATTLESEED MONTHLY", "", "", "B")],
        [("Subscribe from $9.95 a month   |   Gift a subscription   |   Sign in", "", "", "B")],
        [("Features   Essays   Country   Politics   Food   Books   Podcast", "", "", "B")],
        [("FEATURES   /   HEALTH", "", "", "B")],
        [("The shire that hired its own doctor", "", "", "W")],
        [("When the last GP left Cullendrae in 2022, the shire council put one on its payroll.", "", "", "W"),
         ("Three years on, the town is still arguing about whether it can afford not to.", "", "", "")],
        [("Words by Harriet Mulvanie-Trethewan   Photography by Tomasz Wielgosz-Kempson", "", "", "B")],
        [("From the April 2026 issue   ·   14 minute read", "", "", "B")],
        [("🔖 Save   ↗ Share   🎁 Gift this story", "", "", "B")],
        [("At ten past eight on a Monday in March, the waiting room of the Cullendrae Medical Centre is already full.", "", "", ""),
         ("A shearer with a bandaged hand sits beside a woman knitting a jumper for a grandchild, and a farmer in a sweat-stained hat reads the same page of a 2019 magazine he read last month.", "", "", "")],
        [("Cullendrae, a wheat and sheep town of 1,860 people about 90 kilometres from Wagga Wagga, went 14 months without a resident doctor after its last GP retired in October 2022.", "", "", "W"),
         ("In December 2023, the Cullendrae Shire Council became one of a small number of councils in New South Wales to employ a general practitioner directly, on a salary of $390,000 a year plus a house.", "", "", "W")],
        [("“We worked out we were losing a young family every month because there was no doctor.”", "", "", "B")],
        [("“We worked out we were losing a young family every month because there was no doctor,” says Noeline Wollomby, who was mayor when the council voted for the scheme and is still a councillor.", "Noeline Wollomby", "says", ""),
         ("“The school had lost 23 kids in two years.”", "Noeline Wollomby", "says", "W")],
        [("The practice cost the council $612,000 in its first full year, after Medicare rebates, according to the council's annual reports.", "the council's annual reports", "according to", "W"),
         ("That is about 11 per cent of the shire's rates income.", "", "", "W")],
        [("The doctor is Olumide Fasanya-Kendrew, 44, who trained in Lagos and worked in Darwin and Cairns before answering the council's advertisement.", "", "", ""),
         ("“I was told I'd be bored,” he says.", "Olumide Fasanya-Kendrew", "says", ""),
         ("“I have not been bored for one day.”", "Olumide Fasanya-Kendrew", "says", "")],
        [("He says he sees between 28 and 35 patients a day, four and a half days a week, and is on call for the town's small hospital two nights a week.", "Olumide Fasanya-Kendrew", "says", "W"),
         ("Before he arrived, he says, patients with chest pain were driven 90 kilometres by ambulance for an ECG that now takes ten minutes in his rooms.", "Olumide Fasanya-Kendrew", "says", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Wattleseed Monthly is reader-funded.", "", "", "B"),
         ("Subscribe from $9.95 a month and get every issue in print and online.", "", "", "B")],
        [("Not everyone in town is sold.", "", "", ""),
         ("Garrick Oultram-Dowie, a councillor who voted against the scheme in 2023, says rates in the shire have gone up by 8.5 per cent since then, the most the state's pricing regulator would allow.", "Garrick Oultram-Dowie", "says", "W"),
         ("“Health is the federal government's job and the state's job,” he says.", "Garrick Oultram-Dowie", "says", ""),
         ("“Every dollar we put into the clinic is a dollar we don't put into roads, and some of our roads are a disgrace.”", "Garrick Oultram-Dowie", "says", "")],
        [("“Every dollar we put into the clinic is a dollar we don't put into roads.”", "", "", "B")],
        [("Wollomby says she has heard that argument at every council meeting for three years.", "Noeline Wollomby", "says", ""),
         ("“Garrick's right that it isn't our job,” she says.", "Noeline Wollomby", "says", ""),
         ("“It just turned out nobody else was going to do it.”", "Noeline Wollomby", "says", "")],
        [("Yvette Santangeli, a rural health researcher at a university in Canberra, says at least 40 rural towns in the state lost their last GP in the decade to 2024.", "Yvette Santangeli", "says", "W"),
         ("She says council-employed doctors are a patch, not a cure.", "Yvette Santangeli", "says", ""),
         ("“It works in Cullendrae because they found the right person,” Santangeli says.", "Yvette Santangeli", "says", ""),
         ("“If he leaves, they're back where they started, and they've spent two million dollars.”", "Yvette Santangeli", "says", "")],
        [("On the footpath outside the pharmacy, Desmae Killoran, 71, has a view of her own.", "", "", ""),
         ("“Before the doctor, I drove to Wagga Wagga four times for my husband's heart and twice for my own eyes in one winter,” she says.", "Desmae Killoran", "says", ""),
         ("“They can put my rates up.”", "Desmae Killoran", "says", "")],
        [("“If he leaves, they're back where they started.”", "", "", "B")],
        [("The council will vote in June on whether to renew the doctor's contract for another three years.", "", "", "W"),
         ("Fasanya-Kendrew says he would like to stay, and that his wife has just joined the tennis club.", "Olumide Fasanya-Kendrew", "says", "")],
        [("Harriet Mulvanie-Trethewan is a freelance writer based in Melbourne.", "", "", "B"),
         ("Her book on country newspapers will be published next year.", "", "", "B")],
        [("This story appeared in print in the April 2026 issue under the headline “Doctor on the payroll”.", "", "", "B")],
        [("More features", "", "", "B")],
        [("Inside the last sawmill in the high country", "", "", "B")],
        [("© Wattleseed Media Pty Ltd 2026   ·   ABN 47 512 903 118   ·   Privacy   ·   Terms", "", "", "B")],
    ],
    [  # 6. English reader-owned news co-operative's site in West Yorkshire, a bus company withdraws the only evening service to a Bradford estate
        [("The Millstone Post", "", "", "B")],
        [("Bradford's reader-owned newsroom   ·   Become a member   ·   Members' login", "", "", "B")],
        [("News   Investigations   Housing   Transport   Culture   Members' meetings   About the co-op", "", "", "B")],
        [("TRANSPORT", "", "", "B")],
        [("Last evening bus to Hetherdyke to go after 22 years", "", "", "W")],
        [("Operator says the 688 loses £4 on every passenger after 7pm; residents say it is their only way home from shifts", "Calderlink Buses", "says", "W")],
        [("By Shabana Akram-Gorelby", "", "", "B")],
        [("Friday 15 May 2026", "", "", "B")],
        [("Passengers board the 688 at Hetherdyke Parade on Wednesday evening.", "", "", ""),
         ("Picture: Shabana Akram-Gorelby", "", "", "B")],
        [("The only bus that serves the Hetherdyke estate after seven o'clock in the evening will stop running on 6 July, Calderlink Buses has confirmed.", "Calderlink Buses", "confirmed", "W"),
         ("The 688 runs every 40 minutes from Bradford Interchange to the estate until 11.20pm.", "", "", "W"),
         ("Daytime buses on the route will continue, the company said.", "the company", "said", "W")],
        [("In a statement, Calderlink Buses said the evening journeys carried an average of six passengers each and lost the company about £4 on every passenger.", "Calderlink Buses", "said", "W"),
         ("It said it had “no choice but to match the timetable to demand”.", "Calderlink Buses", "said", "")],
        [("Rukhsana Akhtari-Tillott, 41, a care worker who finishes her shift at a nursing home in the city centre at 9pm, said she had used the bus five nights a week for eleven years.", "Rukhsana Akhtari-Tillott", "said", "W"),
         ("“A taxi home is £14,” she said.", "Rukhsana Akhtari-Tillott", "said", ""),
         ("“I earn £12.60 an hour.”", "Rukhsana Akhtari-Tillott", "said", ""),
         ("“You do the sum.”", "Rukhsana Akhtari-Tillott", "said", "")],
        [("Before you read on", "", "", "B"),
         ("The Millstone Post is owned by 1,940 of its readers and carries no advertising.", "", "", "B"),
         ("This story took three weeks of evenings on the 688.", "", "", "B"),
         ("If it matters to you, join the co-op from £4 a month: it takes two minutes, and you get a vote.", "", "", "B")],
        [("Become a member   Make a one-off contribution", "", "", "B")],
        [("The Millstone Post rode the 688 on six evenings between 28 April and 12 May and counted between 4 and 19 passengers on each journey after 7pm.", "", "", "W"),
         ("On three of those evenings, more than half of the passengers were going home from work.", "", "", "W")],
        [("Cllr Hasnain Mirzabey, who represents the estate on Bradford Council, said he had collected 1,312 signatures on a petition asking the West Yorkshire Combined Authority to pay for the evening service.", "Hasnain Mirzabey", "said", "W"),
         ("“This is an estate where four households in ten don't have a car,” he said.", "Hasnain Mirzabey", "said", ""),
         ("“Take the bus away and you've taken away the night shift.”", "Hasnain Mirzabey", "said", "")],
        [("Census figures from 2021 show that 41 per cent of households in the estate's ward had no car or van.", "Census figures from 2021", "show", "W")],
        [("A spokesperson for the West Yorkshire Combined Authority said it already paid for 212 bus services that operators would not run on a commercial basis.", "A spokesperson for the West Yorkshire Combined Authority", "said", "W"),
         ("The spokesperson said it would look at the 688 “alongside every other request”, but could not promise to fund it.", "The spokesperson", "said", "")],
        [("The company said it had written to the authority in March, giving the 56 days' notice required before a service is withdrawn.", "The company", "said", "W")],
        [("Mirzabey said he had not been told until a resident showed him a notice taped to a bus shelter.", "Hasnain Mirzabey", "said", ""),
         ("Asked about that, Calderlink Buses said notices went up at every stop on the route on 7 May.", "Calderlink Buses", "said", "W")],
        [("Idris Okafuzor-Gilchrest, 19, who works nights at a parcel depot near the M606, said he would have to walk the last two miles home.", "Idris Okafuzor-Gilchrest", "said", ""),
         ("“It's not the walk,” he said.", "Idris Okafuzor-Gilchrest", "said", ""),
         ("“It's the walk at half past one in the morning.”", "Idris Okafuzor-Gilchrest", "said", "")],
        [("Correction, 16 May: An earlier version of this story gave the last departure from the Interchange as 11.50pm.", "", "", "B"),
         ("It is 11.20pm.", "", "", "B")],
        [("Shabana Akram-Gorelby is the Millstone Post's transport reporter.", "", "", "B"),
         ("Members can ask her questions at the next members' meeting.", "", "", "B")],
        [("Next members' meeting: Thursday 4 June, 7pm, Sunbridge Library.", "", "", "B"),
         ("All members welcome.", "", "", "B")],
        [("The Millstone Post is a community benefit society, registered no. 8841.", "", "", "B"),
         ("Our editorial independence is protected by our rules.", "", "", "B")],
        [("Privacy   Complaints   Our rules   Contact", "", "", "B")],
    ],
    [  # 7. South African sports site's rugby page with a live score strip, a provincial union misses two months of player salaries
        [("SCORES   LIVE   Rooikatte 14–21 Karoo Eagles   56'   ·   FT   Coastal Mako 33–27 Western Lynx   ·   LIVE   SA 212/4 (43.2 ov) v ENG   ·   Sat 17:05   Golden Reds v Highveld Hawks", "", "", "B")],
        [("Veldside Sport", "", "", "B")],
        [("Rugby   Cricket   Football   Golf   Motorsport   Athletics   Fantasy   Tips", "", "", "B")],
        [("Rugby   ›   Currie Cup", "", "", "B")],
        [("Rooikatte players unpaid for two months as union's cash runs out", "", "", "W")],
        [("Leon Bezuidhout-Mokgosi   |   22 August 2026, 11:40", "", "", "B")],
        [("💬 64 comments   Share", "", "", "B")],
        [("The Rooikatte's 38 contracted players have not been paid their July or August salaries, the union's president, Jacques Wiehahn-Rampedi, said on Friday.", "Jacques Wiehahn-Rampedi", "said", "W"),
         ("Wiehahn-Rampedi said the Rooikat Rugby Union owed its players and coaching staff about R4.6 million, and that a sponsor had pulled out in June with two years left on its contract.", "Jacques Wiehahn-Rampedi", "said", "W")],
        [("“I'm not going to pretend it isn't bad,” he said at a news conference at Olienhout Park in Hartbeesrand.", "Jacques Wiehahn-Rampedi", "said", ""),
         ("“It's bad.”", "Jacques Wiehahn-Rampedi", "said", ""),
         ("“But these players will be paid, every cent, and we have a meeting with SA Rugby on Tuesday.”", "Jacques Wiehahn-Rampedi", "said", "W")],
        [("LIVE: Rooikatte v Karoo Eagles – follow every point from Olienhout Park", "", "", "B")],
        [("The players trained as usual this week and will play the Karoo Eagles at Olienhout Park on Saturday afternoon.", "", "", "W"),
         ("Rugby Players United, which represents professional players, said it had given the union until 31 August to pay the salaries before it would advise its members to stop training.", "Rugby Players United", "said", "W")],
        [("Its chief executive, Thabiso Mathabathe-Kotzee, said eleven of the Rooikatte's players earned less than R18,000 a month.", "Thabiso Mathabathe-Kotzee", "said", "W"),
         ("“These aren't Springboks with a house in Cape Town,” he said.", "Thabiso Mathabathe-Kotzee", "said", ""),
         ("“Some of them are paying off a car on a club salary and now they can't.”", "Thabiso Mathabathe-Kotzee", "said", "")],
        [("Bet on Rooikatte v Karoo Eagles   Rooikatte 3.10   Draw 21.00   Eagles 1.38", "", "", "B")],
        [("18+ only.", "", "", "B"),
         ("Play it safe: set a limit before you bet.", "", "", "B")],
        [("One senior player, who asked not to be named because players had been told not to speak to the media, said several teammates had borrowed money from family to pay rent.", "One senior player", "said", ""),
         ("“We play for the jersey, but the jersey doesn't pay the bond,” he said.", "One senior player", "said", "")],
        [("SA Rugby said in a statement that it had paid the union its full share of the competition grant, R11.2 million, in February.", "SA Rugby", "said in a statement", "W"),
         ("It said it would “work with the union's board to find a sustainable solution” and would not comment further before Tuesday's meeting.", "SA Rugby", "said", "")],
        [("WATCH: Rooikatte coach on the money crisis (2:41)", "", "", "B")],
        [("Rooikatte coach Riaan Vermaakt-Nkwinti said the players had not let the situation affect their preparation.", "Riaan Vermaakt-Nkwinti", "said", ""),
         ("“Eighty minutes on Saturday is the one part of this we control,” he said.", "Riaan Vermaakt-Nkwinti", "said", "")],
        [("The Rooikatte are seventh in the eight-team Currie Cup table with one win from five matches.", "", "", "W"),
         ("They were relegated from the Premier Division in 2023 and promoted again last year.", "", "", "W")],
        [("CURRIE CUP LOG", "", "", "B")],
        [("Team   P   W   D   L   Pts", "", "", "B")],
        [("Karoo Eagles   5   4   0   1   19", "", "", "")],
        [("Rooikatte   5   1   0   4   6", "", "", "")],
        [("Full log ›", "", "", "B")],
        [("The union's last published financial statements, for 2024, show a loss of R7.9 million.", "The union's last published financial statements", "show", "W")],
        [("Wiehahn-Rampedi said the union was talking to two possible new sponsors and hoped to sign one before the end of September.", "Jacques Wiehahn-Rampedi", "said", "")],
        [("Leon Bezuidhout-Mokgosi is Veldside Sport's rugby writer.", "", "", "B"),
         ("Follow him on X: @leonbm_rugby", "", "", "B")],
        [("MORE RUGBY", "", "", "B")],
        [("Springbok squad: Three uncapped players called up for the Rugby Championship", "", "", "B")],
        [("Veldside Sport is part of Marulakop Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Veldside Sport supports responsible gambling.", "", "", "B"),
         ("Worried about your betting?", "", "", "B"),
         ("Free, confidential counselling: 0800 555 017.", "", "", "B")],
        [("Privacy   Terms   Cookie settings   Advertise   Contact", "", "", "B")],
    ],
    [  # 8. horticulture trade publication's site in the Netherlands with event ads, a growers' co-operative shuts a packing hall in Westland
        [("GlassLine Horticulture", "", "", "B")],
        [("News   Crops   Technology   Energy   Markets   Jobs   Events   Magazine", "", "", "B")],
        [("GLASS & LIGHT SUMMIT 2026   ·   Rotterdam, 6–7 October   ·   Early-bird tickets until 31 July   ›   Book now", "", "", "B")],
        [("Markets   |   Vegetables", "", "", "B")],
        [("Zuidkas Growers to close Veldakker packing hall, 140 jobs at risk", "", "", "W")],
        [("Thursday 11 June 2026   ·   Reading time 4 min", "", "", "B")],
        [("Frederik van Oosthoorn", "", "", "B")],
        [("Zuidkas Growers, a co-operative of 58 glasshouse vegetable growers in Westland, will close its packing hall in Veldakker at the end of October and move all packing to its hall in Striekerdijk, the co-operative announced on Wednesday.", "Zuidkas Growers", "announced", "W"),
         ("It said 140 of the 410 jobs at the two halls would go.", "Zuidkas Growers", "said", "W")],
        [("Managing director Marijke Oostervelt-Kramsveld said the volume of tomatoes and peppers the co-operative packed fell by 22% between 2022 and 2025, as members took lit glasshouses out of winter production when gas prices rose.", "Marijke Oostervelt-Kramsveld", "said", "W"),
         ("“Two halls made sense when our members grew the year round,” she said.", "Marijke Oostervelt-Kramsveld", "said", ""),
         ("“Most of them now stop lighting in November, and the Veldakker hall stands half empty for five months.”", "Marijke Oostervelt-Kramsveld", "said", "")],
        [("WEBINAR   ·   Thursday 18 June, 15:00 CEST   ·   Retrofitting LED over a tomato crop without losing yield   ·   Register free", "", "", "B")],
        [("The area of lit vegetable crops under glass in the Netherlands fell from about 3,900 hectares in 2021 to about 2,700 hectares in 2025, according to Statistics Netherlands (CBS).", "Statistics Netherlands (CBS)", "according to", "W")],
        [("Oostervelt-Kramsveld said the co-operative would sell the Veldakker site and spend €9.5 million on a second sorting line and a robot palletiser in Striekerdijk.", "Marijke Oostervelt-Kramsveld", "said", "W"),
         ("She said the move would cut packing costs by about 4 cents a kilo.", "Marijke Oostervelt-Kramsveld", "said", "W")],
        [("Koen Hazewinkel, who grows 6.5 hectares of truss tomatoes near Bommelhoek and is a member of the co-operative, said members had expected the decision since the co-operative's general meeting in March.", "Koen Hazewinkel", "said", ""),
         ("“We voted for it, 41 to 9,” he said.", "Koen Hazewinkel", "said", "W"),
         ("“Nobody liked it, but a hall you only half use is money out of our own pockets.”", "Koen Hazewinkel", "said", "")],
        [("Sponsored   |   How one Westland grower cut heating costs by 31% with a closed glasshouse", "", "", "B")],
        [("The union representing the packers said 96 of the jobs at risk were held by workers employed through agencies, most of them from Poland and Romania.", "The union representing the packers", "said", "W"),
         ("Its regional officer, Dorota Wiśniewska-Kloosterboer, said agency workers would be “the first out of the door and the last to be told”.", "Dorota Wiśniewska-Kloosterboer", "said", "")],
        [("Zuidkas Growers said it would offer the 44 staff on permanent contracts a job in Striekerdijk or a redundancy package.", "Zuidkas Growers", "said", "W"),
         ("It said it would “make every effort” to place agency workers at member nurseries.", "Zuidkas Growers", "said", "")],
        [("Related articles", "", "", "B")],
        [("Pepper growers take 8,000 m² out of winter lighting as contracts fall short", "", "", "B")],
        [("Westland municipality approves new glasshouse zone at Westerlier", "", "", "B")],
        [("Jeroen Tjallingsma, an analyst at the agricultural bank Rabanthe, said four of the eleven packing halls run by vegetable co-operatives in Westland had closed or merged since 2022.", "Jeroen Tjallingsma", "said", "W"),
         ("He said he expected at least two more to close by 2028.", "Jeroen Tjallingsma", "said", ""),
         ("“Packing is a scale business now,” Tjallingsma said.", "Jeroen Tjallingsma", "said", "")],
        [("Read more on GlassLine Premium", "", "", "B")],
        [("🔒 Unlock full access to market prices, crop reports and the GlassLine archive from €14.50 a month.", "", "", "B")],
        [("Oostervelt-Kramsveld said the co-operative did not plan to stop packing peppers in winter.", "Marijke Oostervelt-Kramsveld", "said", ""),
         ("She said members who kept lights on over winter would get the same packing rate as the rest, a decision the general meeting took in March.", "Marijke Oostervelt-Kramsveld", "said", "W")],
        [("Frederik van Oosthoorn is GlassLine's Netherlands correspondent.", "", "", "B"),
         ("Send news to newsdesk@glassline-hort.com", "", "", "B")],
        [("Don't miss a growing day: subscribe to the GlassLine Daily newsletter.", "", "", "B")],
        [("UPCOMING EVENTS", "", "", "B")],
        [("Glass & Light Summit 2026   ·   Rotterdam   ·   6–7 October", "", "", "B")],
        [("Soft Fruit Under Glass Day   ·   Almería   ·   12 November", "", "", "B")],
        [("Exhibitor enquiries: events@glassline-hort.com", "", "", "B")],
        [("© 2026 GlassLine Media B.V.   ·   Terms   ·   Privacy   ·   Cookie settings", "", "", "B")],
    ],
    [  # 9. Philippine English-language daily's regional page in Negros Occidental, a water district starts rotating rationing as El Niño drains its springs
        [("THE BANWA DAILY TRIBUNE", "", "", "B")],
        [("ePaper   |   Subscribe   |   Follow us on Viber", "", "", "B")],
        [("Nation   Regions   Business   Opinion   Sports   Lifestyle   Entertainment   Global Pinoy", "", "", "B")],
        [("REGIONS   /   VISAYAS", "", "", "B")],
        [("Sibulanon City water district starts 12-hour rationing in 31 barangays", "", "", "W")],
        [("By Ma. Theresa Salvosa-Dumapias", "", "", "B")],
        [("March 18, 2026 | 12:08 am", "", "", "B")],
        [("Share   Tweet   Viber   Email", "", "", "B")],
        [("SIBULANON CITY, Negros Occidental — About 18,000 households in 31 of this city's 46 barangays will get piped water for only 12 hours a day starting Thursday, the Sibulanon City Water District (SCWD) said.", "the Sibulanon City Water District (SCWD)", "said", "W"),
         ("The water district said output from its three springs in the uplands had dropped by 38 percent since January, from 41,000 to 25,400 cubic meters a day.", "The water district", "said", "W")],
        [("SCWD general manager Engr. Rodolfo Tumangday-Recto said in a press briefing on Tuesday that barangays in the city's north district would get water from 4 a.m. to 4 p.m. and those in the south district from 4 p.m. to 4 a.m.", "Rodolfo Tumangday-Recto", "said", "W"),
         ("“We would rather give everyone half a day of water than give half the city none at all,” he said.", "Rodolfo Tumangday-Recto", "said", "")],
        [("READ: Negros farmers seek calamity declaration as El Niño withers sugarcane", "", "", "B")],
        [("Sibulanon City received 22 millimeters of rain in January and February, against an average of 190 millimeters for the two months, according to the state weather bureau PAGASA.", "PAGASA", "according to", "W"),
         ("PAGASA said rainfall in Western Visayas was likely to stay below normal until May.", "PAGASA", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Tumangday-Recto said the water district would deploy four tanker trucks to hospitals, schools and evacuation centers during the hours the pipes were dry.", "Rodolfo Tumangday-Recto", "said", "W"),
         ("He asked households to store water in covered containers and to report leaks through the SCWD hotline.", "Rodolfo Tumangday-Recto", "asked", "")],
        [("Mayor Arnulfo Dinglasan-Paredes said he had asked the city council to declare a state of calamity, which would allow the city to use ₱14 million from its disaster fund to buy more tanker trucks and drill two deep wells.", "Arnulfo Dinglasan-Paredes", "said", "W"),
         ("The council will take up the request on Friday.", "", "", "W")],
        [("Leonora Dalumpines, 52, who runs a carinderia in Barangay Lunhaw, said she had already bought three 200-liter drums.", "Leonora Dalumpines", "said", ""),
         ("“I wash the plates with the water I cooked the rice in,” she said in Hiligaynon.", "Leonora Dalumpines", "said", ""),
         ("“What else can I do?”", "Leonora Dalumpines", "said", "")],
        [("Her neighbor, Gemma Sorianosos-Gotiaco, said her family had not had water from the tap at night for two weeks even before the rationing was announced.", "Gemma Sorianosos-Gotiaco", "said", ""),
         ("“They are only announcing now what we have been living with since February,” she said.", "Gemma Sorianosos-Gotiaco", "said", "")],
        [("Tumangday-Recto said the SCWD had applied in 2024 for a ₱260-million loan from the Local Water Utilities Administration to tap a river source but that the project was still in the feasibility stage.", "Rodolfo Tumangday-Recto", "said", "W")],
        [("READ: LWUA approves ₱1.2-B loans for 9 Visayas water districts", "", "", "B")],
        [("Barangay Lunhaw chairperson Ernesto Maglalang-Sioco said residents in the barangay's upland sitios had been fetching water from a creek for a month.", "Ernesto Maglalang-Sioco", "said", ""),
         ("He said the barangay had distributed 1,200 liters of drinking water a day since March 2 from a water refilling station it paid for from its own funds.", "Ernesto Maglalang-Sioco", "said", "W")],
        [("Rationing will continue until the springs recover, the SCWD said.", "the SCWD", "said", ""),
         ("A schedule for each barangay has been posted on the water district's Facebook page.", "", "", "")],
        [("Tags:   Sibulanon City   El Niño   Water   Negros Occidental", "", "", "B")],
        [("Disclaimer: Comments are moderated.", "", "", "B"),
         ("The views of readers are their own and do not reflect the position of the Banwa Daily Tribune.", "", "", "B")],
        [("LATEST STORIES", "", "", "B")],
        [("Jeepney drivers in Iloilo to hold transport strike on Monday", "", "", "B")],
        [("Peso closes at ₱57.84 to the dollar", "", "", "B")],
        [("Copyright © 2026 Banwa Daily Tribune Publishing Co., Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. local-schools newsletter post on a publishing platform in North Carolina, with its reader comments, a school board votes to close two elementary schools
        [("Schoolhouse Notes", "", "", "B")],
        [("Subscribe   Sign in", "", "", "B")],
        [("The board voted 5-2 to close Peltry Creek and Wickbourne Elementary.", "", "", "W"),
         ("Here's what the vote sheet left out.", "", "", "")],
        [("The savings figure the board used counts a roof the district may never have replaced.", "", "", ""),
         ("I went through the numbers.", "", "", "")],
        [("Danica Overbey-Swicegood", "", "", "B")],
        [("Jan 29, 2026", "", "", "B")],
        [("♡ 54   💬 23   ↻ 7   Share", "", "", "B")],
        [("On Tuesday night the Callowhill County Board of Education voted 5-2 to close Peltry Creek Elementary and Wickbourne Elementary at the end of this school year and send their 388 students to three other schools.", "", "", "W"),
         ("The district's presentation put the savings at $2.9 million a year.", "", "", "W")],
        [("I checked, and $1.3 million of that $2.9 million is a one-time cost: a new roof for Peltry Creek that the district's own facilities plan scheduled for 2031, not next year.", "", "", "W"),
         ("Spread over the years before it would actually be spent, the yearly saving looks a lot smaller.", "", "", "")],
        [("The facilities plan, which the district posted in 2024, says Peltry Creek's roof is in “fair” condition.", "the facilities plan", "says", "W"),
         ("The presentation on Tuesday called it “failing.”", "The presentation", "called", "W")],
        [("Audrey Kinchlow-Spruill, the district's chief finance officer, told me by email that the roof was moved up after an inspection in November found water damage above two classrooms.", "Audrey Kinchlow-Spruill", "told me", "W"),
         ("She said the inspection report would be posted on the district website this week.", "Audrey Kinchlow-Spruill", "said", ""),
         ("It wasn't there when I sent this.", "", "", "W")],
        [("Schoolhouse Notes is free, and reader-supported.", "", "", "B"),
         ("To get new posts and support my work, become a free or paid subscriber.", "", "", "B")],
        [("Type your email…   Subscribe", "", "", "B")],
        [("Here's the other number that matters: Wickbourne Elementary was at 61% of capacity this year, and Peltry Creek at 58%, according to the district's enrollment report.", "the district's enrollment report", "according to", "W"),
         ("The schools taking their students, Hobgood, Hinshaw Road and Gattis Mill, were at 84%, 91% and 79%.", "", "", "W")],
        [("So the receiving schools will be close to full on day one, and two of them already use mobile classrooms.", "", "", ""),
         ("Board member Terrence Ballantrae, who voted no, said at the meeting that Hinshaw Road had five mobile units.", "Terrence Ballantrae", "said", "W"),
         ("“We're closing buildings with empty rooms to fill buildings with trailers,” he said.", "Terrence Ballantrae", "said", "")],
        [("Board chair Coretta Vinesett, who voted yes, said enrollment in the county's elementary schools had fallen by 1,140 students since 2019.", "Coretta Vinesett", "said", "W"),
         ("“We can't keep heating and staffing eleven elementary schools for the students of eight,” she said.", "Coretta Vinesett", "said", "")],
        [("I'll say what I think: she's right about the trend, and the board still oversold the savings.", "", "", ""),
         ("Both things can be true.", "", "", "")],
        [("The closures still need approval from the county commissioners for the bus plan, which is on their Feb. 9 agenda at 7 p.m. at the Callowhill County Government Center.", "", "", "W"),
         ("If you want to speak, sign up with the clerk by noon that day.", "", "", "")],
        [("Thanks for reading Schoolhouse Notes!", "", "", "B"),
         ("Subscribe for free to receive new posts and support my work.", "", "", "B")],
        [("♡ 54 Likes   ·   ↻ 7 Restacks", "", "", "B")],
        [("Discussion about this post", "", "", "B")],
        [("Comments   Restacks", "", "", "B")],
        [("Write a comment...", "", "", "B")],
        [("Wendell Fairstead   Jan 29", "", "", "B")],
        [("My kids went to Wickbourne.", "", "", "B"),
         ("Nobody on the board ever set foot in it until they needed a photo for the slideshow.", "", "", "B")],
        [("♡ 12   Reply", "", "", "B")],
        [("Priscilla Oakhanger-Breck   Jan 29", "", "", "B")],
        [("Thank you for doing the math on the roof.", "", "", "B"),
         ("Will you look at the bus routes next?", "", "", "B")],
        [("♡ 8   Reply", "", "", "B")],
        [("Danica Overbey-Swicegood   Jan 29   Author", "", "", "B")],
        [("Yes, that's next week's post.", "", "", "B")],
        [("21 more comments...", "", "", "B")],
        [("© 2026 Danica Overbey-Swicegood   ·   Privacy   ·   Terms   ·   Collection notice", "", "", "B")],
        [("Start writing   Get the app", "", "", "B")],
    ],
    [  # 11. Scottish council's online press room, a news release on a 5 per cent visitor levy from April 2027 with notes for editors
        [("Strathlurgan Council would like to use optional cookies to count visits to this site.", "", "", "B"),
         ("Essential cookies are always on.", "", "", "B")],
        [("Allow optional cookies   Essential only   Cookie policy", "", "", "B")],
        [("Jump to main content", "", "", "B")],
        [("Strathlurgan Council", "", "", "B")],
        [("Search this site   🔍", "", "", "B")],
        [("Bins and recycling   Council tax   Schools   Planning   Roads and travel   Jobs   Report it", "", "", "B")],
        [("Home  >  Council and democracy  >  News room  >  News releases", "", "", "B")],
        [("Councillors agree 5% visitor levy from 1 April 2027", "", "", "W")],
        [("News release   ·   Issued: Wednesday 25 February 2026   ·   Reference: NR/2026/019", "", "", "B")],
        [("Visitors staying overnight in Strathlurgan will pay a levy of 5% on the cost of their accommodation from 1 April 2027, after councillors voted to introduce the charge at a meeting of the full council on Tuesday (24 February).", "", "", "W"),
         ("The motion was carried by 27 votes to 14, with two abstentions.", "", "", "W")],
        [("The levy will apply to hotels, guest houses, self-catering properties, hostels and campsites, and will be charged on the first five nights of any stay.", "", "", "W"),
         ("Children under 16 and people receiving disability benefits will be exempt.", "", "", "W")],
        [("The council estimates the levy will raise between £3.1 million and £3.6 million in its first full year.", "The council", "estimates", ""),
         ("Under the Visitor Levy (Scotland) Act 2024, all of the money must be spent on facilities and services used by visitors.", "", "", "W")],
        [("Council leader Councillor Catriona Macandrish-Drumlochy said: “Strathlurgan welcomed about 1.2 million overnight visitors last year, and it is our residents who pay for the car parks, the toilets and the bins they use.", "Catriona Macandrish-Drumlochy", "said", "W"),
         ("“This levy means visitors will make a fair contribution to the places they come to enjoy.", "Catriona Macandrish-Drumlochy", "said", ""),
         ("“We have listened to businesses, and that is why we have set the rate at 5% rather than the 7% we consulted on, and why we have given them more than a year to get ready.”", "Catriona Macandrish-Drumlochy", "said", "W")],
        [("The council's consultation, which ran from 6 October to 15 December 2025, received 2,418 responses.", "", "", "W"),
         ("Of those, 58% of residents supported a levy, while 71% of accommodation businesses that responded opposed it.", "", "", "W")],
        [("Councillor Ruaridh Gilruth-Manson, depute leader and convener of the economy and infrastructure committee, said: “The first £450,000 a year will go to the Glen Ardle visitor car park and the public toilets at Port Selkie, which closed in 2023 for lack of money.", "Ruaridh Gilruth-Manson", "said", "W"),
         ("“After that, the forum will help us decide.”", "Ruaridh Gilruth-Manson", "said", "")],
        [("Related documents: Visitor levy consultation analysis (PDF, 1.4MB)   ·   Visitor levy scheme summary (PDF, 310KB)", "", "", "B")],
        [("The Kirkmorven and Glen Ardle Tourism Association, which represents 160 businesses, said in a response to the consultation that a levy of any size would push visitors to stay in neighbouring council areas.", "the Kirkmorven and Glen Ardle Tourism Association", "said in a response to the consultation", "")],
        [("A visitor levy forum, including business representatives, will be set up by June to advise the council on how the money is spent.", "", "", "W"),
         ("Businesses will be able to register for the levy online from autumn 2026.", "", "", "W"),
         ("Guidance will be published on the council's website in the summer.", "", "", "")],
        [("ENDS", "", "", "B")],
        [("Notes for editors", "", "", "B")],
        [("1. The council agreed in December 2024 to consult on a visitor levy.", "", "", "W")],
        [("2. The report to full council and the consultation analysis can be read under item 7 on the council meetings page.", "", "", "B")],
        [("3. Accommodation providers will keep 1.5% of the levy they collect to cover their costs, up to a limit of £3,000 a year.", "", "", "W")],
        [("Media enquiries: Communications team, 01632 960 214, or press@strathlurgan.gov.uk (please do not use this address for service requests)", "", "", "B")],
        [("Share this page   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Did you find what you needed?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Tell us how we could improve this page (do not include personal details)", "", "", "B")],
        [("Strathlurgan Council, Council Headquarters, Burnside Road, Kirkmorven KM4 7RD", "", "", "B")],
        [("Accessibility statement   Privacy   Contact us   Gaelic language plan", "", "", "B")],
        [("© Strathlurgan Council 2026", "", "", "B")],
    ],
    [  # 12. Ghanaian fact-check site's page with its rating box, an MP's claim that 1,000 classroom blocks were completed in 2025
        [("ClearLine Fact Desk", "", "", "B")],
        [("Fact-checks   Explainers   Promise Tracker   How we work   Donate", "", "", "B")],
        [("FACT-CHECK   ·   EDUCATION", "", "", "B")],
        [("No, 1,000 classroom blocks were not completed in 2025", "", "", "W")],
        [("Efua Gyamfuah-Dzokpo   |   Reviewed by Kojo Amoabeng-Brobbey", "", "", "B")],
        [("14 October 2026", "", "", "B")],
        [("THE CLAIM", "", "", "B")],
        [("“This government completed 1,000 classroom blocks across the country in 2025 alone,” said Yaw Asomaning-Nimako, MP for Asempanye North, on a radio programme on 6 October.", "Yaw Asomaning-Nimako", "said", "W")],
        [("OUR RATING", "", "", "B")],
        [("MISLEADING", "", "", "B")],
        [("Ghana Education Service records show that contracts for 1,000 blocks were awarded in 2025, but only 368 of them had been completed by the end of the year.", "Ghana Education Service records", "show", "W")],
        [("How we rate claims ›", "", "", "B")],
        [("The claim was shared more than 4,000 times on WhatsApp and Facebook in the week after the programme aired.", "", "", "W"),
         ("Several readers sent it to us to check.", "", "", "")],
        [("Asomaning-Nimako made the claim on Ahenfie 98.7 FM's morning show while defending the government's education spending.", "", "", "W"),
         ("He said the 1,000 blocks showed the government had ended “schools under trees” in his region.", "Yaw Asomaning-Nimako", "said", "W")],
        [("The government set a target of starting 1,000 six-unit classroom blocks in 2025 under a programme to replace schools housed in temporary structures, according to the 2025 budget statement, read in Parliament in March 2025.", "the 2025 budget statement", "according to", "W")],
        [("Ghana Education Service (GES) figures released to ClearLine under the Right to Information Act show that contracts were awarded for all 1,000 blocks by June 2025.", "Ghana Education Service (GES) figures", "show", "W"),
         ("By 31 December 2025, 368 blocks had been completed and handed over to schools, 497 were under construction, and work had not started on 135, the figures show.", "the figures", "show", "W")],
        [("A GES spokesperson, Comfort Akyeampomaa-Amanfo, said the service had never described the 1,000 blocks as completed.", "Comfort Akyeampomaa-Amanfo", "said", "W"),
         ("“The figure of 1,000 refers to the programme, not to completed buildings,” she said.", "Comfort Akyeampomaa-Amanfo", "said", "W"),
         ("She said 212 more blocks had been handed over between January and August 2026.", "Comfort Akyeampomaa-Amanfo", "said", "W")],
        [("Support independent fact-checking.", "", "", "B"),
         ("ClearLine is funded by readers and foundations, never by political parties.", "", "", "B"),
         ("Donate from GH₵20.", "", "", "B")],
        [("When ClearLine contacted Asomaning-Nimako on 9 October, he said he had been referring to blocks “delivered under the programme”.", "Yaw Asomaning-Nimako", "said", ""),
         ("“Whether a block is finished in December or in February, it is still a block for a child who had none,” he said.", "Yaw Asomaning-Nimako", "said", "")],
        [("At Kyekyewere D/A Basic School in the Asempanye North constituency, a six-unit block started in February 2025 had walls and a roof but no windows, doors or desks when ClearLine visited on 10 October.", "", "", "W"),
         ("The head teacher, Rebecca Kpakpo-Akwada, said 214 pupils in four classes were still being taught under a shed of wooden poles and roofing sheets.", "Rebecca Kpakpo-Akwada", "said", "W"),
         ("“When it rains, we send them home,” she said.", "Rebecca Kpakpo-Akwada", "said", "")],
        [("With the 212 blocks handed over this year, 580 of the 1,000 had been completed by the end of August 2026.", "", "", "W")],
        [("Conclusion", "", "", "B")],
        [("Asomaning-Nimako said 1,000 classroom blocks were completed in 2025.", "Yaw Asomaning-Nimako", "said", "W"),
         ("GES figures show that 368 were completed that year.", "GES figures", "show", "W"),
         ("The programme did aim to start 1,000 blocks, but claiming they were all completed is misleading.", "", "", "")],
        [("Sources", "", "", "B")],
        [("Ministry of Finance, 2025 Budget Statement and Economic Policy, March 2025", "", "", "B")],
        [("Ghana Education Service, response to ClearLine RTI request, 2 September 2026", "", "", "B")],
        [("Interview with Comfort Akyeampomaa-Amanfo, GES, 12 October 2026", "", "", "B")],
        [("Have you seen a claim you want checked?", "", "", "B"),
         ("Send it to us on WhatsApp: 020 555 0187.", "", "", "B")],
        [("Spotted a mistake in this fact-check?", "", "", "B"),
         ("Read our corrections policy.", "", "", "B")],
        [("ClearLine Fact Desk is a signatory of a code of principles for fact-checkers.", "", "", "B")],
        [("Share   WhatsApp   Facebook   X   Copy link", "", "", "B")],
        [("© 2026 ClearLine Media Foundation.", "", "", "B"),
         ("Accra, Ghana.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n75-daily-meter-menu-standfirst", "You have 2 of 5 free stories left this month.\nLocal   Obituaries   Sports   Business   Opinion   Things to Do   Puzzles   Public Notices\nHEALTH\nMorrowfield County hospital to end baby deliveries June 30 as births fall by a third\nHospital says it can no longer staff unit around the clock; nearest delivery room will be 38 miles away\nDana Krolikowski-Hanlin   Quellridge Sentinel-Gazette\nPublished 5:02 a.m. ET Feb. 12, 2026   Updated 9:18 a.m. ET Feb. 12, 2026",
     ["You have 2 of 5 free stories left this month.", "Local   Obituaries   Sports   Business   Opinion   Things to Do   Puzzles   Public Notices", "HEALTH", "Morrowfield County hospital to end baby deliveries June 30 as births fall by a third", "Hospital says it can no longer staff unit around the clock; nearest delivery room will be 38 miles away", "Dana Krolikowski-Hanlin   Quellridge Sentinel-Gazette", "Published 5:02 a.m. ET Feb. 12, 2026   Updated 9:18 a.m. ET Feb. 12, 2026"]),
    ("n75-daily-quote-paywall-mid-story", "Chief executive Marcy Odenkirk-Pfalzer said the unit had been unable to fill four of its nine nurse positions for more than a year and had paid $1.1 million for traveling nurses in 2025. “We cannot safely run a labor and delivery unit on agency staff and goodwill,” she said. “I wish there were another answer.”\nYou've reached your last free story for February.\nKeep reading for $1 — cancel anytime.\nExpectant mothers in the county will be referred to Hathercote Women's Hospital in Zanesport, 38 miles south, or to Belvane Medical Center in Columbus, 52 miles west, the hospital said. Women who are due after June 30 can call the hospital's women's clinic at 740-555-0191 to plan their care, it said.",
     ["Chief executive Marcy Odenkirk-Pfalzer said the unit had been unable to fill four of its nine nurse positions for more than a year and had paid $1.1 million for traveling nurses in 2025.", "“We cannot safely run a labor and delivery unit on agency staff and goodwill,” she said.", "“I wish there were another answer.”", "You've reached your last free story for February.", "Keep reading for $1 — cancel anytime.", "Expectant mothers in the county will be referred to Hathercote Women's Hospital in Zanesport, 38 miles south, or to Belvane Medical Center in Columbus, 52 miles west, the hospital said.", "Women who are due after June 30 can call the hospital's women's clinic at 740-555-0191 to plan their care, it said."]),
    ("n75-daily-dr-most-read-numbers", "Dr. Rennick Aldhouse, a family physician in Quellridge who has delivered babies at the hospital since 1998, said he worried about women in labor on two-lane county roads in winter. “Thirty-eight miles is nothing in July,” he said. “In a January ice storm it's an hour, and some babies don't wait an hour.”\nMOST READ\n1\nQuellridge schools weigh four-day week to cut busing costs\n2\nPolice: Driver charged after crash closes U.S. 22 for five hours\n3\nWho bought the old Kessendorf mill? Records name an Indiana LLC",
     ["Dr. Rennick Aldhouse, a family physician in Quellridge who has delivered babies at the hospital since 1998, said he worried about women in labor on two-lane county roads in winter.", "“Thirty-eight miles is nothing in July,” he said.", "“In a January ice storm it's an hour, and some babies don't wait an hour.”", "MOST READ", "1", "Quellridge schools weigh four-day week to cut busing costs", "2", "Police: Driver charged after crash closes U.S. 22 for five hours", "3", "Who bought the old Kessendorf mill? Records name an Indiana LLC"]),
    ("n75-daily-hearing-pm-question", "Tranchetti-Mauldin said she would ask the hospital's board to delay the closure by a year. She said the commissioners would hold a public hearing on the closure Feb. 24 at 6 p.m. at the courthouse annex on Sexton Street.\n“I had both my boys here, and my daughter's due in August,” said Kaylee Brunswold-Tice, 29, of Sabbathday Township. “Now I'm supposed to drive to Zanesport in labor?”",
     ["Tranchetti-Mauldin said she would ask the hospital's board to delay the closure by a year.", "She said the commissioners would hold a public hearing on the closure Feb. 24 at 6 p.m. at the courthouse annex on Sexton Street.", "“I had both my boys here, and my daughter's due in August,” said Kaylee Brunswold-Tice, 29, of Sabbathday Township.", "“Now I'm supposed to drive to Zanesport in labor?”"]),
    ("n75-daily-bio-ask-copyright", "Dana Krolikowski-Hanlin covers health and rural Ohio for the Sentinel-Gazette. Email her at dkhanlin@qrgazette.com.\nReporting like this is paid for by subscribers. Join them for $1 for six months.\nMORE IN NEWS\nMorrowfield County engineer lists 14 bridges in need of repair\n© 2026 The Quellridge Sentinel-Gazette. All rights reserved.",
     ["Dana Krolikowski-Hanlin covers health and rural Ohio for the Sentinel-Gazette.", "Email her at dkhanlin@qrgazette.com.", "Reporting like this is paid for by subscribers.", "Join them for $1 for six months.", "MORE IN NEWS", "Morrowfield County engineer lists 14 bridges in need of repair", "© 2026 The Quellridge Sentinel-Gazette.", "All rights reserved."]),
    ("n75-radio-listen-standfirst-stamp", "🎧 Listen to this story   3′ 52″\nAdd to playlist   Download   Share\nFlows at the river's lower gauge are the lowest for early March since records began in 1971, the regional council says\nNgaire Wharehoka-Orchiston, Canterbury reporter\n@ 7:41 am on 3 March 2026",
     ["🎧 Listen to this story   3′ 52″", "Add to playlist   Download   Share", "Flows at the river's lower gauge are the lowest for early March since records began in 1971, the regional council says", "Ngaire Wharehoka-Orchiston, Canterbury reporter", "@ 7:41 am on 3 March 2026"]),
    ("n75-radio-audio-strip-mid-story", "Corwin Haldsworth, who milks 620 cows on the river's south bank near Drover's Crossing, said the cut would cost him more than the dry summer already had. \"Half the water in the first week of March is the difference between feeding the herd and drying them off early,\" he said. \"Once they're dried off, there's no milk cheque until August.\"\nAudio: Corwin Haldsworth spoke to Country Bulletin's Tamsin Okeroa-Tamihere (4 min)\n▶ 4:06\nThe Selwater Downs Irrigation Company, which supplies 96 of the affected farms through its canal network, said it would share out the reduced take by the size of each shareholder's allocation. Chief executive Warrick Kennaway-Doud said the company's storage pond at Kettlebush Flat held about nine days of water at the reduced rate. \"We're running the pumps at night, when power's cheaper and there's less lost to evaporation, to make that last,\" he said.",
     ["Corwin Haldsworth, who milks 620 cows on the river's south bank near Drover's Crossing, said the cut would cost him more than the dry summer already had.", "\"Half the water in the first week of March is the difference between feeding the herd and drying them off early,\" he said.", "\"Once they're dried off, there's no milk cheque until August.\"", "Audio: Corwin Haldsworth spoke to Country Bulletin's Tamsin Okeroa-Tamihere (4 min)", "▶ 4:06", "The Selwater Downs Irrigation Company, which supplies 96 of the affected farms through its canal network, said it would share out the reduced take by the size of each shareholder's allocation.", "Chief executive Warrick Kennaway-Doud said the company's storage pond at Kettlebush Flat held about nine days of water at the reduced rate.", "\"We're running the pumps at night, when power's cheaper and there's less lost to evaporation, to make that last,\" he said."]),
    ("n75-radio-in-turn-app-prompt", "Haldsworth said farmers on the river had known a cut was coming for a fortnight. Kennaway-Doud said the irrigation company had warned its shareholders in a text message on 19 February. \"Known it was coming, sure, but that doesn't grow grass,\" Haldsworth said.\nGet the Southlight app for news, audio and live radio on the go.\nDownload on the App Store   Get it on Google Play",
     ["Haldsworth said farmers on the river had known a cut was coming for a fortnight.", "Kennaway-Doud said the irrigation company had warned its shareholders in a text message on 19 February.", "\"Known it was coming, sure, but that doesn't grow grass,\" Haldsworth said.", "Get the Southlight app for news, audio and live radio on the go.", "Download on the App Store   Get it on Google Play"]),
    ("n75-tv-widgets-traffic-menu", "▶ WATCH: Parkvale 8 News at 6   ·   Sign in   ·   Newsletters\nEDMONTON   −23°C   Feels −31   Ice crystals   ›   7-day forecast\n⚠ Extreme cold warning in effect for Edmonton and area\nTRAFFIC: Hwy. 16 EB at Range Rd. 231 – collision, right lane blocked   |   Anthony Henday Dr. NB at Whitemud – stalled vehicle cleared\nNews   Weather   Traffic   Sports   8 Investigates   Consumer   Contests   Watch",
     ["▶ WATCH: Parkvale 8 News at 6   ·   Sign in   ·   Newsletters", "EDMONTON   −23°C   Feels −31   Ice crystals   ›   7-day forecast", "⚠ Extreme cold warning in effect for Edmonton and area", "TRAFFIC: Hwy. 16 EB at Range Rd. 231 – collision, right lane blocked   |   Anthony Henday Dr. NB at Whitemud – stalled vehicle cleared", "News   Weather   Traffic   Sports   8 Investigates   Consumer   Contests   Watch"]),
    ("n75-tv-video-caption-dateline", "WATCH: Parents and hockey coaches packed Carrowbank council chambers Tuesday night for the vote.\n2:18\nCARROWBANK, Alta. — Carrowbank city council voted 5-4 on Tuesday night to close the Kesworth Arena at the end of the hockey season and to keep the Rosehip Park outdoor pool shut this summer, as part of a 2026 budget that closes a $4.2-million gap without a double-digit tax increase. Closing the two facilities will save about $610,000 a year in operating costs, according to the city's administration.",
     ["WATCH: Parents and hockey coaches packed Carrowbank council chambers Tuesday night for the vote.", "2:18", "CARROWBANK, Alta. — Carrowbank city council voted 5-4 on Tuesday night to close the Kesworth Arena at the end of the hockey season and to keep the Rosehip Park outdoor pool shut this summer, as part of a 2026 budget that closes a $4.2-million gap without a double-digit tax increase.", "Closing the two facilities will save about $610,000 a year in operating costs, according to the city's administration."]),
    ("n75-tv-feb-pm-files-copyright", "Council's next budget meeting is Feb. 10 at 1 p.m. It will set utility rates for 2026.\n— With files from Marcus Delaunay-Gagnier\n© 2026 Parkvale 8 News, a division of Aspenhold Media Inc. All rights reserved.",
     ["Council's next budget meeting is Feb. 10 at 1 p.m.", "It will set utility rates for 2026.", "— With files from Marcus Delaunay-Gagnier", "© 2026 Parkvale 8 News, a division of Aspenhold Media Inc.", "All rights reserved."]),
    ("n75-portal-note-byline-views", "Kenya tea prices sink to six-year low at Mombasa auction as buyers hold back\nThis story has been carried unedited from the Tessarine wire service. JamboHub has changed the headline and picture only.\nBy Tessarine   |   Tue, 8 Sep 2026, 16:22 EAT   |   3 min read\n👁 2.4K views   💬 18\nBags of tea are stacked at a warehouse in Mombasa. Photo: File / JamboHub",
     ["Kenya tea prices sink to six-year low at Mombasa auction as buyers hold back", "This story has been carried unedited from the Tessarine wire service.", "JamboHub has changed the headline and picture only.", "By Tessarine   |   Tue, 8 Sep 2026, 16:22 EAT   |   3 min read", "👁 2.4K views   💬 18", "Bags of tea are stacked at a warehouse in Mombasa.", "Photo: File / JamboHub"]),
    ("n75-portal-dateline-sept-kg", "MOMBASA, Kenya, Sept 8 (Tessarine) - The average price of tea at Kenya's weekly auction in Mombasa fell to $2.07 a kilogram on Tuesday, the lowest since August 2020, as buyers from Pakistan and Egypt held back ahead of new orders, the Baharini Tea Brokers Association said. The association said 8.6 million kg of tea was offered at this week's sale, of which about 31% went unsold.\nWanjiru Nyakwaka-Ombima, the association's chief executive, said the average price had fallen for six straight weeks from $2.48 in late July. \"Buyers know there is a lot of tea in the warehouses, and they are waiting for it to get cheaper,\" she said.",
     ["MOMBASA, Kenya, Sept 8 (Tessarine) - The average price of tea at Kenya's weekly auction in Mombasa fell to $2.07 a kilogram on Tuesday, the lowest since August 2020, as buyers from Pakistan and Egypt held back ahead of new orders, the Baharini Tea Brokers Association said.", "The association said 8.6 million kg of tea was offered at this week's sale, of which about 31% went unsold.", "Wanjiru Nyakwaka-Ombima, the association's chief executive, said the average price had fallen for six straight weeks from $2.48 in late July.", "\"Buyers know there is a lot of tea in the warehouses, and they are waiting for it to get cheaper,\" she said."]),
    ("n75-portal-credits-disclaimer", "(Reporting by Otieno Gathoni-Kibichii in Nairobi; Additional reporting by Hamisi Mwakisha-Chome in Mombasa; Editing by Fiona Castelberg-Ivens)\n© Tessarine 2026. All rights reserved.\nDisclaimer: Views and figures in syndicated stories are those of the originating agency. JamboHub does not verify them and accepts no liability for their accuracy.\nFollow JamboHub on our WhatsApp channel for the day's top stories.",
     ["(Reporting by Otieno Gathoni-Kibichii in Nairobi; Additional reporting by Hamisi Mwakisha-Chome in Mombasa; Editing by Fiona Castelberg-Ivens)", "© Tessarine 2026.", "All rights reserved.", "Disclaimer: Views and figures in syndicated stories are those of the originating agency.", "JamboHub does not verify them and accepts no liability for their accuracy.", "Follow JamboHub on our WhatsApp channel for the day's top stories."]),
    ("n75-mag-dek-byline-read-time", "The shire that hired its own doctor\nWhen the last GP left Cullendrae in 2022, the shire council put one on its payroll. Three years on, the town is still arguing about whether it can afford not to.\nWords by Harriet Mulvanie-Trethewan   Photography by Tomasz Wielgosz-Kempson\nFrom the April 2026 issue   ·   14 minute read\n🔖 Save   ↗ Share   🎁 Gift this story",
     ["The shire that hired its own doctor", "When the last GP left Cullendrae in 2022, the shire council put one on its payroll.", "Three years on, the town is still arguing about whether it can afford not to.", "Words by Harriet Mulvanie-Trethewan   Photography by Tomasz Wielgosz-Kempson", "From the April 2026 issue   ·   14 minute read", "🔖 Save   ↗ Share   🎁 Gift this story"]),
    ("n75-mag-pull-quote-before-says", "“We worked out we were losing a young family every month because there was no doctor.”\n“We worked out we were losing a young family every month because there was no doctor,” says Noeline Wollomby, who was mayor when the council voted for the scheme and is still a councillor. “The school had lost 23 kids in two years.”\nThe practice cost the council $612,000 in its first full year, after Medicare rebates, according to the council's annual reports. That is about 11 per cent of the shire's rates income.",
     ["“We worked out we were losing a young family every month because there was no doctor.”", "“We worked out we were losing a young family every month because there was no doctor,” says Noeline Wollomby, who was mayor when the council voted for the scheme and is still a councillor.", "“The school had lost 23 kids in two years.”", "The practice cost the council $612,000 in its first full year, after Medicare rebates, according to the council's annual reports.", "That is about 11 per cent of the shire's rates income."]),
    ("n75-mag-ad-reader-funded", "He says he sees between 28 and 35 patients a day, four and a half days a week, and is on call for the town's small hospital two nights a week. Before he arrived, he says, patients with chest pain were driven 90 kilometres by ambulance for an ECG that now takes ten minutes in his rooms.\nADVERTISEMENT\nWattleseed Monthly is reader-funded. Subscribe from $9.95 a month and get every issue in print and online.\nNot everyone in town is sold. Garrick Oultram-Dowie, a councillor who voted against the scheme in 2023, says rates in the shire have gone up by 8.5 per cent since then, the most the state's pricing regulator would allow. “Health is the federal government's job and the state's job,” he says. “Every dollar we put into the clinic is a dollar we don't put into roads, and some of our roads are a disgrace.”",
     ["He says he sees between 28 and 35 patients a day, four and a half days a week, and is on call for the town's small hospital two nights a week.", "Before he arrived, he says, patients with chest pain were driven 90 kilometres by ambulance for an ECG that now takes ten minutes in his rooms.", "ADVERTISEMENT", "Wattleseed Monthly is reader-funded.", "Subscribe from $9.95 a month and get every issue in print and online.", "Not everyone in town is sold.", "Garrick Oultram-Dowie, a councillor who voted against the scheme in 2023, says rates in the shire have gone up by 8.5 per cent since then, the most the state's pricing regulator would allow.", "“Health is the federal government's job and the state's job,” he says.", "“Every dollar we put into the clinic is a dollar we don't put into roads, and some of our roads are a disgrace.”"]),
    ("n75-coop-quote-donation-ask", "Rukhsana Akhtari-Tillott, 41, a care worker who finishes her shift at a nursing home in the city centre at 9pm, said she had used the bus five nights a week for eleven years. “A taxi home is £14,” she said. “I earn £12.60 an hour.” “You do the sum.”\nBefore you read on The Millstone Post is owned by 1,940 of its readers and carries no advertising. This story took three weeks of evenings on the 688. If it matters to you, join the co-op from £4 a month: it takes two minutes, and you get a vote.\nBecome a member   Make a one-off contribution\nThe Millstone Post rode the 688 on six evenings between 28 April and 12 May and counted between 4 and 19 passengers on each journey after 7pm. On three of those evenings, more than half of the passengers were going home from work.",
     ["Rukhsana Akhtari-Tillott, 41, a care worker who finishes her shift at a nursing home in the city centre at 9pm, said she had used the bus five nights a week for eleven years.", "“A taxi home is £14,” she said.", "“I earn £12.60 an hour.”", "“You do the sum.”", "Before you read on", "The Millstone Post is owned by 1,940 of its readers and carries no advertising.", "This story took three weeks of evenings on the 688.", "If it matters to you, join the co-op from £4 a month: it takes two minutes, and you get a vote.", "Become a member   Make a one-off contribution", "The Millstone Post rode the 688 on six evenings between 28 April and 12 May and counted between 4 and 19 passengers on each journey after 7pm.", "On three of those evenings, more than half of the passengers were going home from work."]),
    ("n75-coop-correction-bio-meeting", "Idris Okafuzor-Gilchrest, 19, who works nights at a parcel depot near the M606, said he would have to walk the last two miles home. “It's not the walk,” he said. “It's the walk at half past one in the morning.”\nCorrection, 16 May: An earlier version of this story gave the last departure from the Interchange as 11.50pm. It is 11.20pm.\nShabana Akram-Gorelby is the Millstone Post's transport reporter. Members can ask her questions at the next members' meeting.\nNext members' meeting: Thursday 4 June, 7pm, Sunbridge Library. All members welcome.",
     ["Idris Okafuzor-Gilchrest, 19, who works nights at a parcel depot near the M606, said he would have to walk the last two miles home.", "“It's not the walk,” he said.", "“It's the walk at half past one in the morning.”", "Correction, 16 May: An earlier version of this story gave the last departure from the Interchange as 11.50pm.", "It is 11.20pm.", "Shabana Akram-Gorelby is the Millstone Post's transport reporter.", "Members can ask her questions at the next members' meeting.", "Next members' meeting: Thursday 4 June, 7pm, Sunbridge Library.", "All members welcome."]),
    ("n75-sport-score-strip-header", "SCORES   LIVE   Rooikatte 14–21 Karoo Eagles   56'   ·   FT   Coastal Mako 33–27 Western Lynx   ·   LIVE   SA 212/4 (43.2 ov) v ENG   ·   Sat 17:05   Golden Reds v Highveld Hawks\nVeldside Sport\nRugby   Cricket   Football   Golf   Motorsport   Athletics   Fantasy   Tips\nRugby   ›   Currie Cup\nRooikatte players unpaid for two months as union's cash runs out\nLeon Bezuidhout-Mokgosi   |   22 August 2026, 11:40",
     ["SCORES   LIVE   Rooikatte 14–21 Karoo Eagles   56'   ·   FT   Coastal Mako 33–27 Western Lynx   ·   LIVE   SA 212/4 (43.2 ov) v ENG   ·   Sat 17:05   Golden Reds v Highveld Hawks", "Veldside Sport", "Rugby   Cricket   Football   Golf   Motorsport   Athletics   Fantasy   Tips", "Rugby   ›   Currie Cup", "Rooikatte players unpaid for two months as union's cash runs out", "Leon Bezuidhout-Mokgosi   |   22 August 2026, 11:40"]),
    ("n75-sport-bet-strip-18plus", "Its chief executive, Thabiso Mathabathe-Kotzee, said eleven of the Rooikatte's players earned less than R18,000 a month. “These aren't Springboks with a house in Cape Town,” he said. “Some of them are paying off a car on a club salary and now they can't.”\nBet on Rooikatte v Karoo Eagles   Rooikatte 3.10   Draw 21.00   Eagles 1.38\n18+ only. Play it safe: set a limit before you bet.\nOne senior player, who asked not to be named because players had been told not to speak to the media, said several teammates had borrowed money from family to pay rent. “We play for the jersey, but the jersey doesn't pay the bond,” he said.",
     ["Its chief executive, Thabiso Mathabathe-Kotzee, said eleven of the Rooikatte's players earned less than R18,000 a month.", "“These aren't Springboks with a house in Cape Town,” he said.", "“Some of them are paying off a car on a club salary and now they can't.”", "Bet on Rooikatte v Karoo Eagles   Rooikatte 3.10   Draw 21.00   Eagles 1.38", "18+ only.", "Play it safe: set a limit before you bet.", "One senior player, who asked not to be named because players had been told not to speak to the media, said several teammates had borrowed money from family to pay rent.", "“We play for the jersey, but the jersey doesn't pay the bond,” he said."]),
    ("n75-sport-log-table", "The Rooikatte are seventh in the eight-team Currie Cup table with one win from five matches. They were relegated from the Premier Division in 2023 and promoted again last year.\nCURRIE CUP LOG\nTeam   P   W   D   L   Pts\nKaroo Eagles   5   4   0   1   19\nRooikatte   5   1   0   4   6\nFull log ›",
     ["The Rooikatte are seventh in the eight-team Currie Cup table with one win from five matches.", "They were relegated from the Premier Division in 2023 and promoted again last year.", "CURRIE CUP LOG", "Team   P   W   D   L   Pts", "Karoo Eagles   5   4   0   1   19", "Rooikatte   5   1   0   4   6", "Full log ›"]),
    ("n75-trade-event-banner-lead", "News   Crops   Technology   Energy   Markets   Jobs   Events   Magazine\nGLASS & LIGHT SUMMIT 2026   ·   Rotterdam, 6–7 October   ·   Early-bird tickets until 31 July   ›   Book now\nMarkets   |   Vegetables\nZuidkas Growers to close Veldakker packing hall, 140 jobs at risk\nThursday 11 June 2026   ·   Reading time 4 min\nFrederik van Oosthoorn\nZuidkas Growers, a co-operative of 58 glasshouse vegetable growers in Westland, will close its packing hall in Veldakker at the end of October and move all packing to its hall in Striekerdijk, the co-operative announced on Wednesday. It said 140 of the 410 jobs at the two halls would go.",
     ["News   Crops   Technology   Energy   Markets   Jobs   Events   Magazine", "GLASS & LIGHT SUMMIT 2026   ·   Rotterdam, 6–7 October   ·   Early-bird tickets until 31 July   ›   Book now", "Markets   |   Vegetables", "Zuidkas Growers to close Veldakker packing hall, 140 jobs at risk", "Thursday 11 June 2026   ·   Reading time 4 min", "Frederik van Oosthoorn", "Zuidkas Growers, a co-operative of 58 glasshouse vegetable growers in Westland, will close its packing hall in Veldakker at the end of October and move all packing to its hall in Striekerdijk, the co-operative announced on Wednesday.", "It said 140 of the 410 jobs at the two halls would go."]),
    ("n75-trade-premium-gate", "Jeroen Tjallingsma, an analyst at the agricultural bank Rabanthe, said four of the eleven packing halls run by vegetable co-operatives in Westland had closed or merged since 2022. He said he expected at least two more to close by 2028. “Packing is a scale business now,” Tjallingsma said.\nRead more on GlassLine Premium\n🔒 Unlock full access to market prices, crop reports and the GlassLine archive from €14.50 a month.\nOostervelt-Kramsveld said the co-operative did not plan to stop packing peppers in winter. She said members who kept lights on over winter would get the same packing rate as the rest, a decision the general meeting took in March.",
     ["Jeroen Tjallingsma, an analyst at the agricultural bank Rabanthe, said four of the eleven packing halls run by vegetable co-operatives in Westland had closed or merged since 2022.", "He said he expected at least two more to close by 2028.", "“Packing is a scale business now,” Tjallingsma said.", "Read more on GlassLine Premium", "🔒 Unlock full access to market prices, crop reports and the GlassLine archive from €14.50 a month.", "Oostervelt-Kramsveld said the co-operative did not plan to stop packing peppers in winter.", "She said members who kept lights on over winter would get the same packing rate as the rest, a decision the general meeting took in March."]),
    ("n75-ph-byline-ma-engr", "Sibulanon City water district starts 12-hour rationing in 31 barangays\nBy Ma. Theresa Salvosa-Dumapias\nMarch 18, 2026 | 12:08 am\nShare   Tweet   Viber   Email\nSIBULANON CITY, Negros Occidental — About 18,000 households in 31 of this city's 46 barangays will get piped water for only 12 hours a day starting Thursday, the Sibulanon City Water District (SCWD) said. The water district said output from its three springs in the uplands had dropped by 38 percent since January, from 41,000 to 25,400 cubic meters a day.\nSCWD general manager Engr. Rodolfo Tumangday-Recto said in a press briefing on Tuesday that barangays in the city's north district would get water from 4 a.m. to 4 p.m. and those in the south district from 4 p.m. to 4 a.m. “We would rather give everyone half a day of water than give half the city none at all,” he said.",
     ["Sibulanon City water district starts 12-hour rationing in 31 barangays", "By Ma. Theresa Salvosa-Dumapias", "March 18, 2026 | 12:08 am", "Share   Tweet   Viber   Email", "SIBULANON CITY, Negros Occidental — About 18,000 households in 31 of this city's 46 barangays will get piped water for only 12 hours a day starting Thursday, the Sibulanon City Water District (SCWD) said.", "The water district said output from its three springs in the uplands had dropped by 38 percent since January, from 41,000 to 25,400 cubic meters a day.", "SCWD general manager Engr. Rodolfo Tumangday-Recto said in a press briefing on Tuesday that barangays in the city's north district would get water from 4 a.m. to 4 p.m. and those in the south district from 4 p.m. to 4 a.m.", "“We would rather give everyone half a day of water than give half the city none at all,” he said."]),
    ("n75-letter-title-subtitle-counts", "The board voted 5-2 to close Peltry Creek and Wickbourne Elementary. Here's what the vote sheet left out.\nThe savings figure the board used counts a roof the district may never have replaced. I went through the numbers.\nDanica Overbey-Swicegood\nJan 29, 2026\n♡ 54   💬 23   ↻ 7   Share\nOn Tuesday night the Callowhill County Board of Education voted 5-2 to close Peltry Creek Elementary and Wickbourne Elementary at the end of this school year and send their 388 students to three other schools. The district's presentation put the savings at $2.9 million a year.",
     ["The board voted 5-2 to close Peltry Creek and Wickbourne Elementary.", "Here's what the vote sheet left out.", "The savings figure the board used counts a roof the district may never have replaced.", "I went through the numbers.", "Danica Overbey-Swicegood", "Jan 29, 2026", "♡ 54   💬 23   ↻ 7   Share", "On Tuesday night the Callowhill County Board of Education voted 5-2 to close Peltry Creek Elementary and Wickbourne Elementary at the end of this school year and send their 388 students to three other schools.", "The district's presentation put the savings at $2.9 million a year."]),
    ("n75-letter-comments", "The closures still need approval from the county commissioners for the bus plan, which is on their Feb. 9 agenda at 7 p.m. at the Callowhill County Government Center. If you want to speak, sign up with the clerk by noon that day.\nThanks for reading Schoolhouse Notes! Subscribe for free to receive new posts and support my work.\n♡ 54 Likes   ·   ↻ 7 Restacks\nDiscussion about this post\nComments   Restacks\nWrite a comment...\nWendell Fairstead   Jan 29\nMy kids went to Wickbourne. Nobody on the board ever set foot in it until they needed a photo for the slideshow.\n♡ 12   Reply\nPriscilla Oakhanger-Breck   Jan 29\nThank you for doing the math on the roof. Will you look at the bus routes next?\n♡ 8   Reply\nDanica Overbey-Swicegood   Jan 29   Author\nYes, that's next week's post.",
     ["The closures still need approval from the county commissioners for the bus plan, which is on their Feb. 9 agenda at 7 p.m. at the Callowhill County Government Center.", "If you want to speak, sign up with the clerk by noon that day.", "Thanks for reading Schoolhouse Notes!", "Subscribe for free to receive new posts and support my work.", "♡ 54 Likes   ·   ↻ 7 Restacks", "Discussion about this post", "Comments   Restacks", "Write a comment...", "Wendell Fairstead   Jan 29", "My kids went to Wickbourne.", "Nobody on the board ever set foot in it until they needed a photo for the slideshow.", "♡ 12   Reply", "Priscilla Oakhanger-Breck   Jan 29", "Thank you for doing the math on the roof.", "Will you look at the bus routes next?", "♡ 8   Reply", "Danica Overbey-Swicegood   Jan 29   Author", "Yes, that's next week's post."]),
    ("n75-council-cookie-skip-crumb", "Strathlurgan Council would like to use optional cookies to count visits to this site. Essential cookies are always on.\nAllow optional cookies   Essential only   Cookie policy\nJump to main content\nStrathlurgan Council\nSearch this site   🔍\nBins and recycling   Council tax   Schools   Planning   Roads and travel   Jobs   Report it\nHome  >  Council and democracy  >  News room  >  News releases\nCouncillors agree 5% visitor levy from 1 April 2027\nNews release   ·   Issued: Wednesday 25 February 2026   ·   Reference: NR/2026/019\nVisitors staying overnight in Strathlurgan will pay a levy of 5% on the cost of their accommodation from 1 April 2027, after councillors voted to introduce the charge at a meeting of the full council on Tuesday (24 February). The motion was carried by 27 votes to 14, with two abstentions.",
     ["Strathlurgan Council would like to use optional cookies to count visits to this site.", "Essential cookies are always on.", "Allow optional cookies   Essential only   Cookie policy", "Jump to main content", "Strathlurgan Council", "Search this site   🔍", "Bins and recycling   Council tax   Schools   Planning   Roads and travel   Jobs   Report it", "Home  >  Council and democracy  >  News room  >  News releases", "Councillors agree 5% visitor levy from 1 April 2027", "News release   ·   Issued: Wednesday 25 February 2026   ·   Reference: NR/2026/019", "Visitors staying overnight in Strathlurgan will pay a levy of 5% on the cost of their accommodation from 1 April 2027, after councillors voted to introduce the charge at a meeting of the full council on Tuesday (24 February).", "The motion was carried by 27 votes to 14, with two abstentions."]),
    ("n75-council-ends-notes", "A visitor levy forum, including business representatives, will be set up by June to advise the council on how the money is spent. Businesses will be able to register for the levy online from autumn 2026. Guidance will be published on the council's website in the summer.\nENDS\nNotes for editors\n1. The council agreed in December 2024 to consult on a visitor levy.\n2. The report to full council and the consultation analysis can be read under item 7 on the council meetings page.\n3. Accommodation providers will keep 1.5% of the levy they collect to cover their costs, up to a limit of £3,000 a year.\nMedia enquiries: Communications team, 01632 960 214, or press@strathlurgan.gov.uk (please do not use this address for service requests)",
     ["A visitor levy forum, including business representatives, will be set up by June to advise the council on how the money is spent.", "Businesses will be able to register for the levy online from autumn 2026.", "Guidance will be published on the council's website in the summer.", "ENDS", "Notes for editors", "1. The council agreed in December 2024 to consult on a visitor levy.", "2. The report to full council and the consultation analysis can be read under item 7 on the council meetings page.", "3. Accommodation providers will keep 1.5% of the levy they collect to cover their costs, up to a limit of £3,000 a year.", "Media enquiries: Communications team, 01632 960 214, or press@strathlurgan.gov.uk (please do not use this address for service requests)"]),
    ("n75-factcheck-rating-box", "No, 1,000 classroom blocks were not completed in 2025\nEfua Gyamfuah-Dzokpo   |   Reviewed by Kojo Amoabeng-Brobbey\n14 October 2026\nTHE CLAIM\n“This government completed 1,000 classroom blocks across the country in 2025 alone,” said Yaw Asomaning-Nimako, MP for Asempanye North, on a radio programme on 6 October.\nOUR RATING\nMISLEADING\nGhana Education Service records show that contracts for 1,000 blocks were awarded in 2025, but only 368 of them had been completed by the end of the year.\nHow we rate claims ›",
     ["No, 1,000 classroom blocks were not completed in 2025", "Efua Gyamfuah-Dzokpo   |   Reviewed by Kojo Amoabeng-Brobbey", "14 October 2026", "THE CLAIM", "“This government completed 1,000 classroom blocks across the country in 2025 alone,” said Yaw Asomaning-Nimako, MP for Asempanye North, on a radio programme on 6 October.", "OUR RATING", "MISLEADING", "Ghana Education Service records show that contracts for 1,000 blocks were awarded in 2025, but only 368 of them had been completed by the end of the year.", "How we rate claims ›"]),
]  # fmt: skip
