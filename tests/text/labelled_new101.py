"""Hundred-and-first set of new hand-labelled pages for the hint engines (tuning set, round forty-three):
twelve WHOLE pages, head to tail, pasted from the browser as a newsroom reviewer would paste them,
from twelve kinds of site in eleven countries (the United States twice), where the FURNITURE is the
hard part: a REGIONAL TV STATION (the US Midwest, Iowa), a NATIONAL BROADCASTER (New Zealand,
Waikato), a TABLOID (England, Lancashire), a FINANCIAL DAILY (India, Mumbai), a CITY COUNCIL NEWS
PAGE (Canada, Ontario), a FOOTBALL CLUB's official site (Nigeria, Ogun State), a SCIENCE MAGAZINE's
English edition (Germany, Lower Saxony), a bilingual HYPERLOCAL NEWS CO-OPERATIVE (Wales, the Teifi
valley), a WIRE STORY republished on a web PORTAL (the Philippines, Manila), a NEWSLETTER-PLATFORM
POST (the United States, Ohio), a CHARITY's news page (Kenya, Marsabit County) and a MINING TRADE
JOURNAL (Australia, the Pilbara). Every page carries its own furniture, each worded afresh in the
site's own voice: masthead, menu, section label, date and time stamps, a byline in one of many
forms ("By ...", a name alone, "Gan / By ...", "Words: ..., Head of Media", "Posted by
Communications Office", a translation credit), captions and credits, a paywall, registration wall,
membership, subscription or donation block, a newsletter box in the middle of the story, related
links, tags, share strips, comment chrome, an app prompt, an author bio and a footer with legal
lines. Some furniture reads like a sentence of the story (a bio with a year and a former job, "KSh
1,500 keeps one borehole pump running for a month.", "Clebran is a community co-operative owned by
1,140 of its readers.", "Kestleford is home to 148,300 residents and has been a city since 1906.",
"Good morning, and welcome to the 140 of you who subscribed this week.", a wire agency's founding
year, a reader's comment, related headlines of fact), and some story lines look like furniture
(short subheads, "at a glance", "Quick facts", "Deal snapshot", "By the numbers" and "KEY DATES"
lines, a hearing timetable line, match facts and fixture lines). The stories are ordinary news with
figures and speakers. The pages hold 524 sentences: 324 "B", 129 "W" and 71 ""; 121 sentences
carry a speaker (70 distinct speakers). `STYLES` describes each page, its story, its speakers and
its furniture in order.

Written from scratch for issue 13 in round forty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` or `docs/` was opened
or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file and no `hint_scores.py` was
opened, nothing under `tests/benchmarks/` was opened or listed, and no README of the project was
read; `claimreview` was never imported, and no test, scorer, engine or `pytest` was run. The search
and fetch tools were not used, and nothing was copied from anywhere. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); `/tmp/sets` was listed at the start, when it was
empty, and again near the end, when it also held another helper's `labelled_new104.py`, seen as a
name only and never opened; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); from `labelled_new99.py` and `labelled_new100.py`, the output of a script of
my own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES`
and the first eight `CASES`: printed once (the tool cut its middle), then saved to a file in a
scratch folder and printed with `sed` in ranges, the cut part again (one range through `cut
-c1-4000`, which cut no line of it), so that all of it was seen; `def build` in
`tests/text/labelled_articles.py` (its line number by `grep -n`, then a `sed` range that began three
lines above it, showing the closing lines of the list before it); and the `[tool.ruff]` tables of
`pyproject.toml` (a `grep -n -A25`). No other page, case or docstring of any file under `tests/`
was read. What was run: Python one-liners printing the calendars of November and December 2026 and
the weekdays of two dozen dates; scripts of my own in a scratch folder that turn a small line format
(flag~speaker~cue~text, one line a paragraph unless it starts with "+", case marks) into the
literals below, apply renames, cut the split cases out of the pages, and count sentences, flags and
speakers; whole-word, case-insensitive per-word file counts (`grep -rilwF --include='*.py' -- WORD
tests | wc -l`) over `tests/` for every capitalised word of these pages and of `STYLES` (each part
of a hyphenated name on its own) and for every candidate replacement; an import of this file with
a copy of `build` on every page and a check of four string fields, flags, no "B" with a speaker,
every speaker with a cue and every cue with a speaker, each cue in its sentence or in the quote it
continues, 30 distinct case ids, every case text in a built page, equal to its sentences joined by
single spaces and made of consecutive labelled sentences of one paragraph, and the counts above;
and `ruff format` and `ruff check` on this file with `--config` pointing at the project's
`pyproject.toml` (the check also through `--stdin-filename tests/text/labelled_new101.py` so the
per-file ignores for `tests/**` apply; the plain check reports only E501 on long string lines).
Only counts were read from the word searches, never the matched lines or file names; the counts ran
through every file under `tests/`, including ones this set must not open. The first draft's coined
people, outlets, firms, clubs, towns and streets hit about a hundred and forty words of other files
(given names and surnames of every country, and coinages such as Corrievale, Wexley, Yarrabee,
Karewhenua, Tanaw, Sinag, Bantay, Postwell, Lindqvar, Olorunsogo and Harbourfront); each was
renamed, and of about two hundred and fifty candidate replacements counted in four rounds
(the kept ones counted again) about a hundred hit as well (Welsh names such as Cynddelw, Mererid and Rhydderch, Yoruba names such
as Ayomikun and Morolake, German ones such as Hiltrud and Liesbeth, Filipino surnames such as
Lagdameo and Dimayuga), so only replacements with no hit were kept. What still hits is real
places and regions (Iowa, Waterloo, South Dakota, Waikato, Hamilton, Lancashire, Salford, the
Midlands, Mumbai, Maharashtra, Pune, Ontario, Ogun, Oyo, Kano, Lower Saxony, Kiel, Cardigan, the
Teifi, Manila, Luzon, Sta. Mesa, Cebu, Davao, Mindanao, Ohio, Nairobi, Perth, the Pilbara, the
Goldfields and the like), common words (Thunder, Stallions, Riverside, Savannah, Paints, Cements,
Renewables, Binmen, Disgraceful, Rotational and the like), outlet words (Daily, Ledger, Review,
Courier), Welsh, German and Māori words (Newyddion, Chwaraeon, Cymraeg, Barn, Busnes, Cysylltu,
Preifatrwydd, Straeon, Gan, Heol, Bont, Stryd, Fawr, Neuadd, Goffa, Cyf, Verlag, Ausgabe, Deutsche,
Aotearoa, Te Ao Māori), market and registry labels (SENSEX, NIFTY, BSE, ASX, INR, USD, KSh, ABN, RC,
EBITDA, FY, GmbH, HRB) and titles and abbreviations kept or dropped on purpose (Dr, Prof, Mr, Cllr,
Coun, Cyng, Hon, Rt, Rev, Sr, Atty, Engr, Brgy, Sta, Jr, Ma, Mt, St, Rd, Ave, Co, Inc, Ltd, Pty,
Pvt, Reg, Fig, Appl).

Every person, outlet, station, broadcaster, magazine, newsletter, platform, portal, wire service,
co-operative, charity, foundation, union, federation, association, dealers' body, consumer group,
bank, brokerage, cement maker, ethanol firm, power distributor, dairy co-operative, data-center
company, lithium miner, club, stadium, sponsor, town, city, county, street, library, handle, e-mail
address and figure is invented. Real countries, regions, cities and institutions appear only as
settings: the United States, Iowa, Butler and Fayette counties, Waterloo, Parkersburg, South Dakota and
Iowa Workforce Development; New Zealand, Matamata, Hamilton and Waikato; England,
Lancashire, Salford, the Midlands, the North West and the Independent Press Standards Organisation;
India, Mumbai, Maharashtra, Goa, Pune, Ratnagiri, Chiplun, Sawantwadi, the BSE and the Competition
Commission of India; Canada and Ontario; Nigeria, Ogun, Oyo, Kano, Makurdi and the Nigeria Premier
Football League; Germany, Lower Saxony, Göttingen, Rostock, Kiel and Mannheim; Wales,
the Senedd, the Teifi valley, Aberteifi and Cardigan; the Philippines, Manila, Luzon, Sta. Mesa,
Cebu, Davao, Mindanao and the Energy Regulatory Commission; Ohio; Kenya, Marsabit County, Kargi,
North Horr, Laisamis, Isiolo, Nairobi, Norway and the NGO Co-ordination Board; Australia, Western
Australia, the Pilbara, Port Hedland, Perth, the Goldfields and the ASX. Facebook, X, Instagram,
WhatsApp, Viber, LinkedIn, Bluesky, iOS, Android and M-Pesa appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, link, list item,
box line, button row and legal line is a paragraph of its own); each paragraph a list of sentences
`(text, speaker, cue, flags)`, flags "W", "B" or "". The points the recent sets state hold too:
furniture "B" line by line, whatever it says, including a reader's comment and its handle line;
a caption by its content and its credit "B"; headlines and standfirsts never split and flagged by
content; a dateline belongs to its lead sentence; a pronoun, a later surname, a role or a title
resolved to the full name as first given, without titles; an organisation's later generic noun kept
as written ("The company", "the bank", "The miner", "the distributor", "the council"); "according
to X" with X as written; a quote over several sentences or paragraphs carrying its speaker and cue;
a named person acting without a verb of saying carries no speaker; sport data lines "" and a box's
title "B"; "declined to comment" and "did not respond to" "".

Conventions this set had to settle, in the same spirit:

* A standfirst "Union says ..." carries the union as the body first names it, without its article
  ("Civic and Depot Workers' Union"); "..., miner says" carries the miner without its "ASX-listed".
* A news release's "Quotes", "Quick facts", "Associated links" and "Contacts" labels are "B"; the
  quick-facts lines are story text ("W"), and so are the lines under "at a glance", "Deal
  snapshot", "By the numbers" and "KEY DATES"; a line that gives a condition rather than a fact
  ("Completion: by Q4 FY27, subject to CCI approval") is ""; fixture lines under "Next fixtures"
  are "" data like match-facts lines; a story subhead ("What it means on the farm", "What's next")
  is "".
* A newsletter writer's welcome to new subscribers, her email box ("Type your email… Subscribe",
  one line), a paid-subscribers note and a reaction strip are "B"; the writer's own scene-setting
  and plans ("I'll be at both, ...") are "".
* A wire story on a portal: the wire's name line, the read-time line, reactions, "Story continues"
  and "Advertisement" are "B"; the credits line in brackets is one "B" sentence; the wire's
  copyright and a "Republished ... with permission." line are two "B" sentences; a wire agency's
  "About" line with its founding year is "B" like an author bio.
* Bilingual furniture ("Gan / By ...", "Llun / Photo: ...", "Sylwadau (9) / Comments (9)") is one
  "B" line each; "Cyng." (Welsh for councillor) is a title and goes, as does "MS" after a Senedd
  Member's name; "Cyf." ends a sentence before "Registered".
* Filipino names: "Atty." and "Engr." are titles and go, "Ma." (for Maria) is part of the given
  name and stays ("Ma. Kalayaan Dimasalang-Reynoso"), as "Md." did, and "Jr." stays.
* Church titles go ("The Rt. Rev.", "Bishop", "Sr."), as do "Hon.", "Prof. Dr.", "Dr.", "Dr",
  "Mr.", "Coun.", "Cllr", "Mayor", "Mum-of-three", "Commission president" and "Managing director";
  a bracketed ward after a councillor's name is not part of it.
* "researchers report in the Journal of ..." carries "researchers" as written; "In a letter to
  customers, the bank said" carries "the bank"; the mayor named only after her quote ("... ,” said
  Mayor ...") carries her in the quote and in the next quoted paragraph.
* A tabloid headline with an exclamation ("RUBBISH! Mountains of bin bags ...") is one sentence, as
  headlines are never split.

Splits, as a reviewer wants them: "6 p.m." before "It will be"; "Co." before "Its studios" and
"Ave., Waterloo."; "Have a news tip?" and "Got a story?" before an e-mail line; "every Friday."
before "Sign up here."; "The bank gets paid first." before "Then ..."; two quoted questions before
"she asked" as two; "Ltd." before "Registered in England and Wales No. 04417732."; "Ltd." and "Pvt.
Ltd. for" mid-sentence; "₹199/month." before "Already a member?" before "Sign in."; "Securities Ltd.
said"; "Pvt. Ltd." before "All rights reserved."; "By-law No. 2026-114", "Station No. 7" and
"Concession Rd. 4, which"; "Coun." at the start; "Feb. 26, 2027." before "Residents" and "St. W.,
between 8:30 a.m. and 4:30 p.m. on"; "it will come!” he said." one sentence; "Engr." before a
name; "48' pen.)"; "approx. 6 min"; "Prof. Dr."; "i.e. about"; "(see Fig. 3)." before "Co-author
Dr."; "e.V." before "Its spokeswoman"; the journal reference with "et al." and "Energ. 2026" as one
"B" sentence; "GmbH." before "Commercial register"; "Cyng." at the start; "9.40 a.m. bus"; "Cyf."
before "Registered"; "Co. will pay"; "Atty. Ma."; "Engr. ... Jr. said"; "Nov. 27 asking"; "Brgy.
Masagana, Sta. Mesa,"; "Inc." before "Reproduction"; "Dr. Theodosia"; "Tues., Dec. 15, 6:30 p.m.,"
as one line; "Sharlotta R. · 12h"; "The Rt. Rev."; "Hon. Guyaro"; "Sr. Scholastica"; "4 a.m. to";
"Reg. No. OP.218/051/09-412/6621."; "P.O. Box"; "US$780/t" and "US$1,100/t."; "31.5c in morning
trade." before "They have lost"; "Ltd 2026." before "ABN". `CASES` holds 30 sentence-split cases
(id, text, expected sentences), each a stretch of one to four consecutive sentences of one
paragraph of these pages joined by single spaces: what a reviewer wants, not what the engine does.
"""

STYLES = [
    'US Midwest REGIONAL TV STATION\'s web story (Iowa, Butler County): an ethanol plant will close in January with 64 jobs lost; a HARLANVILLE, Iowa (KQDT) - dateline lead where the owner told its employees (kept as the firm), The company said in a statement (a loss "W"), the plant manager after his role (run rate "W", a quote "", severance "W"), a closure-at-a-glance box (title "B", three lines "W" that look like furniture), the mayor (taxes "W", a quote "", a special session at "6 p.m." before "It will be" "W"), a lab technician\'s own mortgage in a quote over two paragraphs "", a grower\'s own sales "" and the distance to another plant "W", A spokesperson for Iowa Workforce Development said (a meeting of record "W"), the company\'s failed sale "W" and its no-reply ""; furniture: station name, WATCH LIVE strip with weather and closings, menu with middle dots, section label with a slash, headline, byline, Published and Updated lines with CST, share strip, video caption "" and running time "B", a RELATED link, a Daybreak newsletter line mid-story, the station\'s copyright split at "KQDT." before "All rights reserved.", a news-tip line split at the question, a two-sentence bio with a year, a sign-in prompt, Most Watched list, app prompt, comments-off chrome in two sentences, FCC public-file footer, an owner line split at "Co." before "Its" .',
    'New Zealand NATIONAL BROADCASTER\'s rural page (Waikato): a dairy co-operative lifts its forecast milk price to $10.40 per kgMS; headline "W" and a standfirst with Farmers say (a hedge ""), the lead in the writer\'s voice "W", the chief executive (auction prices "W", a quote "", a board meeting in February ""), a story subhead "" and two forecast lines that look like furniture "W", an economist at a bank said in a note (earnings "W") and a could-hedge with she said "", a farmer\'s own herd and debt in a two-sentence quote "", the agriculture minister (export earnings "W"), the farmers\' federation said (costs "W") and It said (a hope ""), Dr dropped from the economist\'s title; furniture: broadcaster name, listen-live strip, menu with middle dots, section label, headline, byline with role, date and time line with "am", audio player line and download size, caption "" and credit with a slash, a registration prompt, a Country Wrap newsletter line, related list, topics line, share strip, comments note in two sentences, app prompt, bio, Creative Commons line, footer links and copyright.',
    'UK TABLOID\'s website (a Lancashire town): 140 bin workers begin a two-week strike over pay; a shouting headline opening "RUBBISH!" kept whole "W" and two bullet standfirsts "W" (the first carrying the union through Union says), byline with role, stamp line with UPDATED, the lead in the writer\'s voice "W" and the council says "W", the union\'s regional organiser (offer and demand "W", an exclamation quote with he said ""), KEY DATES lines that look like furniture (title "B", strike days and talks at "10am" "W"), a mum-of-three\'s own bags and two quoted questions ending she asked (two sentences, ""), the council leader with Cllr dropped (cost "W", an offer statement "W" and a quote ""), a council spokesman said (tips opening hours "W", advice ""), a takeaway owner\'s rats ""; furniture: masthead, menu in capitals, section trail with a chevron, EXCLUSIVE label, bookmark and comments count line, caption "" and an (Image: ...) credit, a newsletter block whose fine print runs to three sentences, a MORE ON link list, a registration wall, a story-tip line with a WhatsApp number, bio, MOST READ list, comment chrome, app prompt, regulator line, company line split at "Ltd." before "Registered in England and Wales No." and the office.',
    'Indian FINANCIAL DAILY\'s companies page (Mumbai): a cement maker buys a rival for ₹4,210 crore; a market ticker "B", a MUMBAI: dateline lead with the deal of record and a regulatory filing through according to "W", the MD and CEO after Mr. (capacity "W", a quote "", a CCI approval plan ""), the CFO who told analysts on a call (debt "W"), a Deal snapshot box (title "B", enterprise value and capacity lines "W", a completion line with "Q4 FY27, subject to" as a plan ""), analysts at a brokerage ending in Ltd. said in a note (valuation "W") and They said (a hedge ""), shares on the BSE "W", a dealers\' association president (prices "W"), the target\'s promoter declined to comment and his family\'s stake through according to its latest annual return "W"; furniture: paper name, index ticker with arrows, menu with pipes, section trail, listen and font-size controls, headline, standfirst "W", byline with Bureau, Last Updated line with IST, share strip, caption "" and credit, a Prime paywall block whose price line has "₹199/month", a Morning Markets newsletter line, READ ALSO link, a two-sentence disclaimer, tags line, bio, comments chrome, app prompt, a catch-all closing line, reprint line, copyright split at "Pvt. Ltd." before "All rights".',
    'Canadian CITY COUNCIL NEWS PAGE (a city in Ontario): council adopts the 2027 budget with a 3.9% tax increase; a KESTLEFORD, ON – dateline lead in the city\'s own voice "W", the tax increase "W", a Quotes label "B" and the mayor named after her quote (said Mayor X: "W" for a comparison of record, a second quoted paragraph "W"), the treasurer who told council (winter control "W", He said on reserves "W"), a Quick facts box (title "B", three lines "W" with "By-law No. 2026-114", "Station No. 7" and "Concession Rd. 4, which"), a councillor with Coun. and a bracketed ward dropped (an opinion "" and a failed motion "W"), a due date "Feb. 26, 2027." before an instruction with "St. W., between 8:30 a.m. and 4:30 p.m." ""; furniture: skip link, language toggle, city name, menu with pipes, breadcrumb with >, News release label, headline, From line, Published line, a City Hall This Week newsletter line, a MyKestleford sign-in prompt, Associated links with a PDF size, Contacts block of four lines, feedback chrome, comments note, topics, share line, 311 app prompt, an About box whose population and year read like facts "B", date-modified line, acknowledgement, legal links and copyright.',
    'Nigerian FOOTBALL CLUB\'s official site (Ogun State): a league win moves the club to third; partner strip and club menu "B", a match-report headline "W" and standfirst "W", a caption of record "W" and credit, the match in the club\'s own voice "W", the head coach (attempts "W", an exclamation inside a quote before he said "", an injury of record "W"), the chairman with Engr. dropped (ticket sales "W" and a quote ""), the captain\'s 150th appearance in the writer\'s voice "W" and He said (an opinion ""), a Match facts box (title "B", score lines with "pen." and an attendance line "" data), a Next fixtures box (title "B", two fixture lines "" data); furniture: site name in capitals, partners strip, menu with pipes, section label with a slash, byline, date line with WAT, share line, a Thunder Family membership block with a naira price, a newsletter line mid-report, a WATCH link, comment count, log-in line, a fan\'s comment with handle and time "B", app prompt, a byline credit and bio, tags, copyright with "Ltd." before an RC number.',
    'German SCIENCE MAGAZINE\'s English edition: pausing wind turbines on warm, calm nights cut bat deaths by 78 percent; edition toggle and menu "B", a reading-time line with approx. "B", headline and standfirst "W", a lead carrying researchers report in the journal, the team led by a professor with Prof. Dr. dropped (method "W" in the writer\'s voice), counts with "i.e." mid-sentence "W", the lead author (a feeling "", costs "W"), timing with "(see Fig. 3)." before the co-author with Dr. (scavenging "W"), funding ending "e.V." before Its spokeswoman (turbines "W", a quote ""), the state environment ministry said (a plan ""), an independent ecologist (an opinion "" and a caution ""); furniture: magazine name, edition toggle, menu with pipes, section label with ›, reading time, headline, standfirst, byline with Dr., date line, translation credit, share line, caption "" with a Latin name and a © credit, a free-article count and subscription block with a euro price, a Lab Letter newsletter line, a journal reference line as one "B" sentence, More on this topic list, tags with middle dots, comment chrome, app prompt, bio, legal links, copyright split at "GmbH." before the commercial-register line.',
    'Welsh HYPERLOCAL NEWS CO-OPERATIVE\'s bilingual page (the Teifi valley): the last bank branch in a small town will close in March; bilingual masthead tagline, menu and language toggle "B", headline "W" and a standfirst of record "W", a bilingual byline and date, caption "" and bilingual credit, the bank confirmed in the lead "W", In a letter to customers, the bank said (kept as written, "W"), the nearest branch "W", the Senedd Member with MS dropped (a letter "W", a quote ""), the town council chair with Cyng. dropped (an offer of record "W", a plan ""), a shop owner\'s weekly takings as a business figure "W" and her quote "", a pensioner\'s own trip "", A spokesperson for the bank said (Post Office services "W"); furniture: co-op name in capitals, tagline, menu with slashes and pipes, Cymraeg/English toggle, section label, a membership block whose member count reads like a fact "B", a Bwletin newsletter line, related list, tags, share line, a bilingual comment count, a reader\'s comment with handle and time "B", home-screen prompt, bio, legal links and copyright split at "Cyf." before the society number.',
    'Philippine WIRE STORY republished on a web PORTAL (Manila): a distributor\'s power rate rises P0.4821 per kWh in December; portal menu and section "B", the wire\'s name and a read-time line, a reactions strip "B", a MANILA, Philippines (BPA) — dateline lead carrying the distributor said (kept as written) "W" and it said (the firm as first given, "W"), the spokesperson with Atty. dropped and "Ma." kept as part of her name (generation charge "W", a feeling quote "", instalments "W"), the regulator\'s chair with Engr. dropped and "Jr." kept before said (a plan ""), a consumer group said (a petition on "Nov. 27" "W") and its convenor (an opinion ""), a store owner from "Brgy." and "Sta." (her freezer\'s use "" and a quoted question with she asked ""); furniture: portal name, menu with middle dots, sign-in line, section label with ›, headline, wire name, date line with GMT+8 and read time, reactions, Story continues and Advertisement lines, a portal newsletter line, the wire\'s credits line in brackets as one "B", wire copyright and a republished line, a wire bio whose year reads like a fact, related list, topics, share line, comment count, sign-in and hosting lines, app prompt, footer links and copyright split at "Inc." before the reproduction line.',
    'US NEWSLETTER-PLATFORM POST (a county in Ohio), first person: county commissioners approve a $96 million data-center tax abatement 2-1; publication name, subscribe and sign-in line, menu "B", headline "W" and a subtitle "", author and date lines, a reaction strip, a welcome line to new subscribers "B", the vote in the writer\'s voice "W", the abatement through according to the county auditor\'s estimate "W", the writer\'s own scene "", a By the numbers box (title "B", three lines "W"), the commission president (a payment "W" and a comparison quote "W"), a commissioner with a statement of record "W" and a quote "", the company\'s director who told commissioners (an opening forecast "" and He said on cooling ""), the public-comment count "W", the superintendent with Dr. dropped (a levy figure "W"), a What\'s next subhead "" with a hearing line "Tues., Dec. 15, 6:30 p.m., ..." "W" and a vote line "W", the writer\'s plan ""; furniture: a reader-supported block in two sentences with an email box, a paid-subscriber note, comment chrome with a reader\'s two-sentence comment and a handle with an initial "R.", a like-and-reply line, bio whose years read like facts, app line, footer with middle dots and a start-your-own line.',
    'Kenyan CHARITY\'s news page (Marsabit County): a water trust hands over 14 solar boreholes; site name and tagline, menu with pipes, section label, headline "W", a Posted by line and date line, share line, caption "" and credit with a slash, the handover in the trust\'s own voice "W", people served through according to the trust\'s survey "W", the bishop with The Rt. Rev. leading a service (acting, no speaker, "W") and a quote with Bishop and surname said "", the county water executive with Hon. dropped (maintenance and a budget line "W"), the programme manager with Sr. dropped (committees and a jerrycan price "W"), a mother\'s own walk with "4 a.m. to" and her quote "", funding in the writer\'s voice "W"; furniture: a Give the gift of water block whose price line reads like a fact, a Paybill line and a button "B", a prayer appeal "B", a two-sentence newsletter line, More news list, tags, WordPress-style reply chrome in several lines, a radio app prompt, an office bio whose county count reads like a fact, a registration line with "Reg. No.", a P.O. Box line and copyright.',
    'Australian MINING TRADE JOURNAL (Western Australia, the Pilbara): a lithium miner puts its mine on care and maintenance with 240 jobs lost; a PREMIUM label "B", headline "W" and a standfirst with miner says "W", a caption of record "W" and Image credit, the lead\'s the company told the market kept as written "W", The miner said as written (jobs "W"), the managing director (costs "W" and a quote of fact with US$ and A$ "W"), a Mt Cudgee at a glance box (title "B", three lines "W" with Li₂O and Mt), analysts at a capital firm said in a note (cash and holding costs "W") and They said (a restart hedge ""), the union secretary (notice "W", a quote ""), the state minister (lost jobs "W"), shares "31.5c in morning trade." "W"; furniture: journal name in capitals, subscribe-login-events-jobs strip, menu with middle dots, section label with >, byline, date line with AWST, share line, a subscriber paywall in two sentences with a price, an EVENT box line, a Daily Drillcore newsletter line, related list, tags, comment count and a two-sentence comment rule, app prompt, a two-sentence bio, legal links and a copyright line split at "2026." before the ABN.',
]

ARTICLES = [
    # ia
    [
        [
            ("KQDT 9", "", "", "B"),
        ],
        [
            (
                "WATCH LIVE | First Alert Weather: 28° Waterloo | School closings & delays (6)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News · Weather · Sports · 9 Investigates · Working for You · Community Calendar · Contests",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS / BUTLER COUNTY", "", "", "B"),
        ],
        [
            ("Harlanville ethanol plant to shut down in January; 64 jobs on the line", "", "", "W"),
        ],
        [
            ("By Kelsabeth Ferriman-Stoltz", "", "", "B"),
        ],
        [
            ("Published: Nov. 17, 2026 at 4:58 PM CST", "", "", "B"),
        ],
        [
            ("Updated: 3 hours ago", "", "", "B"),
        ],
        [
            ("Share on Facebook · Post to X · Email this story · Copy link", "", "", "B"),
        ],
        [
            (
                "Shift workers leave the Verlandt Renewables plant in Harlanville on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: 2:31 · KQDT", "", "", "B"),
        ],
        [
            (
                "HARLANVILLE, Iowa (KQDT) - Verlandt Renewables told the 64 employees of its Harlanville ethanol plant on Tuesday morning that the plant will make its last batch of fuel on Jan. 22.",
                "Verlandt Renewables",
                "told",
                "W",
            ),
        ],
        [
            (
                "The company said in a statement that the plant, which can turn out 58 million gallons of ethanol a year, lost $11.4 million in the 12 months to Sept. 30.",
                "The company",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Plant manager Lonnard Vaskebrook said the plant had run at about 70% of capacity since June because of high corn prices and thin ethanol margins.",
                "Lonnard Vaskebrook",
                "said",
                "W",
            ),
            (
                "“These are good jobs, and these are people I've stood next to on the floor for a long time,” Vaskebrook said.",
                "Lonnard Vaskebrook",
                "said",
                "",
            ),
            (
                "He said every worker would be offered 12 weeks of severance pay and first call on openings at the company's two plants in South Dakota.",
                "Lonnard Vaskebrook",
                "said",
                "W",
            ),
        ],
        [
            (
                "RELATED: Butler County supervisors approve tax break for grain terminal expansion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The closure at a glance", "", "", "B"),
        ],
        [
            ("Jobs: 64 full-time, average wage $27.80 an hour", "", "", "W"),
        ],
        [
            ("Last production day: Friday, Jan. 22", "", "", "W"),
        ],
        [
            ("Corn bought in 2025: 20.6 million bushels from about 310 growers", "", "", "W"),
        ],
        [
            (
                "9 Daybreak lands in your inbox by 5:30 a.m. with the overnight headlines and the day's forecast.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Harlanville Mayor Jolisse Straathof said the plant paid $386,000 in property taxes this year, about 14% of the city's general fund.",
                "Jolisse Straathof",
                "said",
                "W",
            ),
            (
                "“We knew margins were tight, but nobody in this town saw January coming,” Straathof said.",
                "Jolisse Straathof",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the city council would meet in special session Thursday at 6 p.m.",
                "Jolisse Straathof",
                "said",
                "W",
            ),
            (
                "It will be the council's first unscheduled budget meeting since 2019, she said.",
                "Jolisse Straathof",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lab technician Kortland Brodersen-Quarve, 31, who has worked at the plant since 2014, said he found out when his supervisor called the shift together at 7 a.m.",
                "Kortland Brodersen-Quarve",
                "said",
                "",
            ),
            (
                "“I've got a mortgage and two kids at Harlanville Elementary,” he said.",
                "Kortland Brodersen-Quarve",
                "said",
                "",
            ),
        ],
        [
            ("“I'm not packing up for South Dakota.”", "Kortland Brodersen-Quarve", "said", ""),
        ],
        [
            (
                "Elvard Lindemulder, who farms 1,400 acres north of town, said he sold about 60% of his corn to the plant last year.",
                "Elvard Lindemulder",
                "said",
                "",
            ),
            (
                "He said the next-closest ethanol plant is 47 miles away, in Fayette County.",
                "Elvard Lindemulder",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for Iowa Workforce Development said a rapid response team would meet workers at the plant on Dec. 3 to explain unemployment benefits and retraining grants.",
                "A spokesperson for Iowa Workforce Development",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said it had tried to sell the plant since March but had not found a buyer.",
                "The company",
                "said",
                "W",
            ),
            (
                "Verlandt Renewables did not respond to KQDT's questions about what will happen to the site.",
                "Verlandt Renewables",
                "did not respond to",
                "",
            ),
        ],
        [
            ("Copyright 2026 KQDT.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email newsroom@kqdt9.com or call 1-800-555-0199.", "", "", "B"),
        ],
        [
            (
                "Kelsabeth Ferriman-Stoltz covers agriculture and rural Iowa for KQDT 9.",
                "",
                "",
                "B",
            ),
            (
                "She grew up on a hog farm near Parkersburg and joined the station in 2023.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign in or create a free KQDT account to save stories and get weather alerts for your county.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Most Watched", "", "", "B"),
        ],
        [
            ("Waterloo police name man killed in Highway 63 crash", "", "", "B"),
        ],
        [
            (
                "First Alert Forecast: light snow Wednesday night, bitter wind chills by the weekend",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Radar, closings and our live newscasts go where you go with the KQDT 9 app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are off for this story.", "", "", "B"),
            ("Tell us what you think on the KQDT 9 Facebook page.", "", "", "B"),
        ],
        [
            (
                "FCC Public Inspection File · Public File Help · EEO Report · Closed Captioning · Advertise · Careers · Privacy Policy · Terms of Service",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KQDT is licensed to Norholt Broadcasting Co.", "", "", "B"),
            ("Its studios are at 2210 Ansborough Ave., Waterloo.", "", "", "B"),
        ],
    ],
    # nz
    [
        [
            ("AORANGI PUBLIC MEDIA", "", "", "B"),
        ],
        [
            ("Listen live: Aorangi National · Aorangi Concert · Pacific", "", "", "B"),
        ],
        [
            (
                "Aotearoa · World · Pacific · Te Ao Māori · Rural · Business · Sport · Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Rural", "", "", "B"),
        ],
        [
            ("Dairy co-op lifts forecast milk price to $10.40 as powder prices climb", "", "", "W"),
        ],
        [
            (
                "Farmers say most of the extra money will go on debt rather than new spending.",
                "Farmers",
                "say",
                "",
            ),
        ],
        [
            ("Tirzelle Marrowhine, Rural reporter", "", "", "B"),
        ],
        [
            ("11:36 am on 2 December 2026", "", "", "B"),
        ],
        [
            ("Listen · 3′ 12″", "", "", "B"),
        ],
        [
            ("Download (MP3, 2.9 MB)", "", "", "B"),
        ],
        [
            ("Cows wait for the afternoon milking on a farm near Matamata.", "", "", ""),
        ],
        [
            ("Photo: Aorangi / Tamahou Tukarangi-Pelloe", "", "", "B"),
        ],
        [
            (
                "The country's second-largest dairy co-operative, Tarawhenuku Dairy, has raised its forecast farmgate milk price for the season to $10.40 per kilogram of milk solids, up 45 cents from its September forecast.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Ngaiomere Rotohiko-Reddish said prices for whole milk powder had risen 6.2 percent across the last two global auctions, the biggest back-to-back gain since early 2024.",
                "Ngaiomere Rotohiko-Reddish",
                "said",
                "W",
            ),
            (
                '"We\'re being careful here, because the second half of a season has surprised us before," she said.',
                "Ngaiomere Rotohiko-Reddish",
                "said",
                "",
            ),
            (
                "She said the board would review the forecast again when it met on 18 February.",
                "Ngaiomere Rotohiko-Reddish",
                "said",
                "",
            ),
        ],
        [
            ("What it means on the farm", "", "", ""),
        ],
        [
            ("Forecast range: $9.90 to $10.90 per kgMS", "", "", "W"),
        ],
        [
            ("Advance rate from 1 December: $7.20 per kgMS", "", "", "W"),
        ],
        [
            (
                "Log in to Aorangi to follow topics and pick up podcasts where you left off.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tasmanfield Bank agricultural economist Dr Mirabeth Okonui-Brackwith said in a note that each 10-cent lift added roughly $180 million to farm incomes nationally.",
                "Mirabeth Okonui-Brackwith",
                "said in a note",
                "W",
            ),
            (
                "The final price could still fall back if Chinese buying slows after the new year, she said.",
                "Mirabeth Okonui-Brackwith",
                "said",
                "",
            ),
        ],
        [
            ("Country Wrap: the week on the land, every Friday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Harawera Hautapu-Birkwood, who milks 420 cows near Matamata, said the news was welcome but changed little on his farm.",
                "Harawera Hautapu-Birkwood",
                "said",
                "",
            ),
            ('"The bank gets paid first.', "Harawera Hautapu-Birkwood", "said", ""),
            (
                'Then the fertiliser bill, then the vet, and then maybe we look at the shed roof," he said.',
                "Harawera Hautapu-Birkwood",
                "said",
                "",
            ),
        ],
        [
            (
                "Agriculture Minister Alastrin Reteti-Onslade said a price of $10.40 would add about $1.1 billion to dairy export earnings compared with the September forecast.",
                "Alastrin Reteti-Onslade",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Dairy Farmers' Federation said on-farm costs had risen 4.8 percent in the year to June, led by interest and wages.",
                "The Dairy Farmers' Federation",
                "said",
                "W",
            ),
            (
                "It said it hoped the higher price would hold long enough to let farmers pay down some of the debt taken on in 2023.",
                "The Dairy Farmers' Federation",
                "said",
                "",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Wet spring cuts Waikato maize plantings by a fifth", "", "", "B"),
        ],
        [
            ("Explainer: how the farmgate milk price is set", "", "", "B"),
        ],
        [
            ("Topics: Rural, Business, Dairy", "", "", "B"),
        ],
        [
            ("Share this story: Facebook · X · LinkedIn · Email · WhatsApp", "", "", "B"),
        ],
        [
            ("We don't run comments on our site.", "", "", "B"),
            (
                "You can talk to us on our social channels or through the feedback form.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hear the news on the hour, live radio and every podcast in the Aorangi app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tirzelle Marrowhine reports on farming and rural communities from our Hamilton newsroom.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Most Aorangi stories can be republished for free under a Creative Commons licence, with credit.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About · Contact us · Complaints · Careers · Accessibility · Privacy", "", "", "B"),
        ],
        [
            ("Copyright © 2026, Aorangi Public Media", "", "", "B"),
        ],
    ],
    # uk
    [
        [
            ("THE DAILY KERFUFFLE", "", "", "B"),
        ],
        [
            ("NEWS  SPORT  TV  SHOWBIZ  MONEY  TRAVEL  PUZZLES  BETTING", "", "", "B"),
        ],
        [
            ("News › UK News › Lancashire", "", "", "B"),
        ],
        [
            ("EXCLUSIVE", "", "", "B"),
        ],
        [
            ("RUBBISH! Mountains of bin bags pile up as 140 binmen walk out over pay", "", "", "W"),
        ],
        [
            (
                "Union says workers were offered 3.1% when food prices are up 6%",
                "Civic and Depot Workers' Union",
                "says",
                "W",
            ),
        ],
        [
            ("Collections halted for 38,000 homes for at least a fortnight", "", "", "W"),
        ],
        [
            ("By Corriden Whitgreave, News Reporter", "", "", "B"),
        ],
        [
            ("11:07, 30 Nov 2026 | UPDATED 13:42, 30 Nov 2026", "", "", "B"),
        ],
        [
            ("Bookmark · 212 comments", "", "", "B"),
        ],
        [
            (
                "Bags stacked three deep outside terraced homes on Cobden Row on Monday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Image: Brindlewell Press Agency)", "", "", "B"),
        ],
        [
            (
                "Stinking piles of rubbish are already stacking up on the streets of Throstlebury after 140 bin workers walked out at 6am today.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Black bins were last emptied on Thursday in much of the town, and the council says 38,000 homes will miss at least two collections.",
                "the council",
                "says",
                "W",
            ),
        ],
        [
            (
                "Kesley Pendlecombe, regional organiser for the Civic and Depot Workers' Union, said the council had offered a 3.1% rise while shop prices for food had gone up by 6%.",
                "Kesley Pendlecombe",
                "said",
                "W",
            ),
            (
                "“They've had three months to sort this out and they've sat on their hands!” he said.",
                "Kesley Pendlecombe",
                "said",
                "",
            ),
            (
                "He said members had voted 91% in favour of strike action on a 78% turnout.",
                "Kesley Pendlecombe",
                "said",
                "W",
            ),
        ],
        [
            ("KEY DATES", "", "", "B"),
        ],
        [
            ("Strike days: Mon 30 Nov to Sun 13 Dec", "", "", "W"),
        ],
        [
            ("Next talks: Thurs 3 Dec, 10am, Throstlebury Town Hall", "", "", "W"),
        ],
        [
            (
                "Get the Kerfuffle's Daily Download, the stories everyone's talking about, free to your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "By signing up you agree we can send you our newsletters and tell you about offers from us and our partners.",
                "",
                "",
                "B",
            ),
            ("We will look after your details in line with our privacy notice.", "", "", "B"),
            ("Change your mind any time with the link at the bottom of every email.", "", "", "B"),
        ],
        [
            (
                "Mum-of-three Shannelle Gortonby, 34, said she had eleven bags stacked in her back yard.",
                "Shannelle Gortonby",
                "said",
                "",
            ),
            (
                "“Where am I meant to put them when the yard's full?",
                "Shannelle Gortonby",
                "asked",
                "",
            ),
            ("In the kids' bedroom?” she asked.", "Shannelle Gortonby", "asked", ""),
        ],
        [
            (
                "Council leader Cllr Marjolyn Deveraux-Smethurst said each week of the strike would cost the council about £85,000 in extra tip fees and overtime.",
                "Marjolyn Deveraux-Smethurst",
                "said",
                "W",
            ),
            (
                "She said the 3.1% offer matched what every other council worker had been given for 2026.",
                "Marjolyn Deveraux-Smethurst",
                "said",
                "W",
            ),
            (
                "“Nobody wants rubbish on the streets, and I'm ready to sit down on Thursday,” she said.",
                "Marjolyn Deveraux-Smethurst",
                "said",
                "",
            ),
        ],
        [
            ("MORE ON BIN STRIKES", "", "", "B"),
        ],
        [
            (
                "Rats the size of cats spotted as Midlands bin walkout enters fourth week",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Binmen back on the rounds after 11-week strike ends with 5% deal", "", "", "B"),
        ],
        [
            (
                "A council spokesman said the two household recycling centres, at Rakefoot Lane and Gannow Bridge, would open from 8am to 8pm every day of the strike.",
                "A council spokesman",
                "said",
                "W",
            ),
            (
                "He said residents should keep bags tied and off the pavement.",
                "A council spokesman",
                "said",
                "",
            ),
        ],
        [
            (
                "Takeaway owner Navtej Kirpalani-Howcroft, 52, said he had already seen two rats by the bins behind his shop on Spodden Street.",
                "Navtej Kirpalani-Howcroft",
                "said",
                "",
            ),
        ],
        [
            ("You've read 3 free stories this week.", "", "", "B"),
            ("Register with your email to keep reading, it only takes a minute.", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email news@dailykerfuffle.co.uk or WhatsApp us on 07700 900412.", "", "", "B"),
        ],
        [
            ("Corriden Whitgreave is a news reporter covering the North West.", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("Lottery winner who scooped £2.4m still drives his 2009 Vauxhall", "", "", "B"),
        ],
        [
            ("Seaside town named cheapest place in England to buy a home", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
            ("Comments are moderated and may take a while to appear.", "", "", "B"),
        ],
        [
            ("Every story, every score, every puzzle: grab the Kerfuffle app.", "", "", "B"),
        ],
        [
            (
                "This newspaper is regulated by the Independent Press Standards Organisation.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Kerfuffle Media Group Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04417732.", "", "", "B"),
            ("Registered office: 18 Harbourgate Quay, Salford M50 3XR.", "", "", "B"),
        ],
    ],
    # in
    [
        [
            ("THE TIJORI LEDGER", "", "", "B"),
        ],
        [
            (
                "SENSEX 84,212.37 ▲ 312.40 (0.37%) | NIFTY 50 25,804.15 ▲ 98.25 (0.38%) | USD/INR 84.61 ▼ 0.07",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | Markets | Companies | Economy | Banking | Tech | Opinion | Prime | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies › Industry › Cement", "", "", "B"),
        ],
        [
            ("Listen to this article · Font size A- A+", "", "", "B"),
        ],
        [
            (
                "Vindhyashila Cements to buy Konkanrekha Cement for ₹4,210 crore in push into western India",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The deal adds 6.8 million tonnes a year of capacity and takes the buyer's total to 41.3 mtpa",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ishwari Dandekar-Vartak, Tijori Ledger Bureau", "", "", "B"),
        ],
        [
            ("Last Updated: Dec 01, 2026, 09:42:15 PM IST", "", "", "B"),
        ],
        [
            ("Share · WhatsApp · LinkedIn · X · Email · Copy URL", "", "", "B"),
        ],
        [
            ("A bulk cement carrier is loaded at a jetty near Ratnagiri.", "", "", ""),
        ],
        [
            ("Photo: Ledger archive", "", "", "B"),
        ],
        [
            (
                "MUMBAI: Vindhyashila Cements Ltd. will buy Konkanrekha Cement Pvt. Ltd. for an enterprise value of ₹4,210 crore, including ₹1,060 crore of debt, according to a regulatory filing made after market hours on Tuesday.",
                "according to a regulatory filing",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr. Sudhanshu Ghadiyalwala, managing director and CEO of Vindhyashila, said the purchase would lift the company's share of cement sales in Maharashtra and Goa to about 14% from 9%.",
                "Sudhanshu Ghadiyalwala",
                "said",
                "W",
            ),
            (
                "“Western India is where the next three years of housing and road demand will come from, and we would rather buy running plants than wait five years to build them,” he said.",
                "Sudhanshu Ghadiyalwala",
                "said",
                "",
            ),
            (
                "He said the company expected the Competition Commission of India to clear the deal by March.",
                "Sudhanshu Ghadiyalwala",
                "said",
                "",
            ),
        ],
        [
            ("This story is for Ledger Prime members.", "", "", "B"),
            ("Unlock it, and every premium story, for ₹199/month.", "", "", "B"),
            ("Already a member?", "", "", "B"),
            ("Sign in.", "", "", "B"),
        ],
        [
            (
                "Chief financial officer Sharvaree Ghodgaonkar told analysts on a call that the deal would be funded with ₹2,400 crore of internal accruals and a ₹1,750 crore term loan, taking net debt to 1.6 times EBITDA by March 2027.",
                "Sharvaree Ghodgaonkar",
                "told analysts on a call",
                "W",
            ),
        ],
        [
            ("Deal snapshot", "", "", "B"),
        ],
        [
            ("Enterprise value: ₹4,210 crore (₹6,190 a tonne of capacity)", "", "", "W"),
        ],
        [
            ("Capacity added: 6.8 mtpa across plants at Chiplun and Sawantwadi", "", "", "W"),
        ],
        [
            ("Completion: by Q4 FY27, subject to CCI approval", "", "", ""),
        ],
        [
            ("Get Morning Markets in your inbox at 7:30 am on trading days.", "", "", "B"),
        ],
        [
            (
                "Analysts at Kotwalkar Securities Ltd. said in a note that the price valued Konkanrekha at about 11.8 times its FY26 EBITDA, below the 14 times paid in two other deals in the region in 2025.",
                "Analysts at Kotwalkar Securities Ltd.",
                "said in a note",
                "W",
            ),
            (
                "They said the plants might need fresh spending on pollution controls before they earned their keep.",
                "Analysts at Kotwalkar Securities Ltd.",
                "said",
                "",
            ),
        ],
        [
            (
                "Shares of Vindhyashila closed 2.3% higher at ₹1,184.60 on the BSE on Tuesday, before the announcement.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "READ ALSO: Cement prices in south India slip ₹10 a bag as monsoon demand lingers",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nandkishore Bhusarwade, president of the Pune District Cement Dealers' Association, said retail prices in the region had risen ₹15 a bag since October to ₹385 for a 50-kg bag.",
                "Nandkishore Bhusarwade",
                "said",
                "W",
            ),
        ],
        [
            (
                "Konkanrekha's promoter, Jayant Padgaonkar, declined to comment.",
                "Jayant Padgaonkar",
                "declined to comment",
                "",
            ),
            (
                "His family holds 82.4% of the company, according to its latest annual return.",
                "its latest annual return",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Disclaimer: The views and recommendations above are those of individual analysts or broking companies, and not of the Tijori Ledger.",
                "",
                "",
                "B",
            ),
            (
                "Readers should check with certified experts before making any investment decisions.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Read more on: Vindhyashila Cements | Konkanrekha Cement | Cement sector | Mergers and acquisitions",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ishwari Dandekar-Vartak tracks cement, steel and infrastructure companies for the Ledger from Mumbai.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (18) · Post your comment", "", "", "B"),
            ("We remove comments that are abusive, off-topic or promotional.", "", "", "B"),
        ],
        [
            (
                "Stock alerts, live prices and your portfolio in one place: get the Tijori Ledger app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Catch every market move, results update and IPO on the Tijori Ledger.", "", "", "B"),
        ],
        [
            ("For reprint rights: Ledger Syndication Services", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Tijori Ledger Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Français", "", "", "B"),
        ],
        [
            ("City of Kestleford", "", "", "B"),
        ],
        [
            (
                "Residents | Business | City Hall | Parks & Recreation | Pay & Apply | Contact 311",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home > City Hall > News and notices > News releases", "", "", "B"),
        ],
        [
            ("News release", "", "", "B"),
        ],
        [
            ("Council approves 2027 budget with 3.9% property tax increase", "", "", "W"),
        ],
        [
            ("From: Corporate Communications", "", "", "B"),
        ],
        [
            ("Published: November 25, 2026", "", "", "B"),
        ],
        [
            (
                "KESTLEFORD, ON – City council approved a $412.6-million operating budget and a $96.2-million capital plan for 2027 on Tuesday night, by a vote of 8 to 3.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The budget raises the municipal share of property taxes by 3.9%, or about $142 a year on a home assessed at $385,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Quotes", "", "", "B"),
        ],
        [
            (
                "“This budget keeps buses running on Sundays and clears every residential street within 48 hours of a snowfall, and it does that with the lowest tax increase of any city our size in the province,” said Mayor Clodine Brassardeau-Pouliotte.",
                "Clodine Brassardeau-Pouliotte",
                "said",
                "W",
            ),
        ],
        [
            (
                "“More than 2,100 residents filled in our budget survey, and three of the changes council made this week came straight from their answers.”",
                "Clodine Brassardeau-Pouliotte",
                "said",
                "W",
            ),
        ],
        [
            (
                "City treasurer Tavorian Blackmere-Ferraiuolo told council the budget sets aside $18.4 million for winter control, up 11% from 2026, after last winter's record 312 cm of snow.",
                "Tavorian Blackmere-Ferraiuolo",
                "told council",
                "W",
            ),
            (
                "He said the city would draw $4.5 million from its tax stabilization reserve, leaving a balance of $21.7 million at the end of 2027.",
                "Tavorian Blackmere-Ferraiuolo",
                "said",
                "W",
            ),
        ],
        [
            ("Quick facts", "", "", "B"),
        ],
        [
            (
                "The 2027 budget is set out in By-law No. 2026-114, which council passed in three readings on November 24.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transit fares stay at $3.35 for an adult single ride, and the monthly adult pass rises $2 to $98.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council added $1.2 million to hire 14 firefighters for the new Station No. 7 on Concession Rd. 4, which is due to open in spring 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City Hall This Week: council decisions, road closures and events, in your inbox every Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Coun. Haldor Wendehake-Ormsbee (Ward 6), who voted against the budget, said the increase was too steep for seniors on fixed incomes.",
                "Haldor Wendehake-Ormsbee",
                "said",
                "",
            ),
            (
                "He said his motion to hold the increase to 2.9% by delaying the Birchmeadow library renovation was defeated 3 to 8.",
                "Haldor Wendehake-Ormsbee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sign in to MyKestleford to get property tax due-date reminders by email or text.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The first interim tax instalment is due Feb. 26, 2027.", "", "", "W"),
            (
                "Residents can pay online, through their bank, or in person at City Hall, 100 Lyndhurst St. W., between 8:30 a.m. and 4:30 p.m. on weekdays.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Associated links", "", "", "B"),
        ],
        [
            ("2027 Budget Book (PDF, 6.4 MB)", "", "", "B"),
        ],
        [
            ("What we heard: budget survey results", "", "", "B"),
        ],
        [
            ("Contacts", "", "", "B"),
        ],
        [
            ("Media Relations", "", "", "B"),
        ],
        [
            ("City of Kestleford", "", "", "B"),
        ],
        [
            ("613-555-0148 · media@kestleford.ca", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes   No", "", "", "B"),
        ],
        [
            ("We don't publish comments on news releases.", "", "", "B"),
            (
                "To have your say on the budget, write to your ward councillor or call 311.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Budget · Property tax · Transit · Winter maintenance", "", "", "B"),
        ],
        [
            ("Share this page: Facebook | X | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "Book a bulky-item pickup, report a pothole or check your collection day with the Kestleford 311 app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About Kestleford", "", "", "B"),
        ],
        [
            (
                "Kestleford is home to 148,300 residents and has been a city since 1906.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Date modified: 2026-11-25", "", "", "B"),
        ],
        [
            (
                "The City of Kestleford acknowledges that it stands on treaty lands, and thanks the First Nations who have cared for them for generations.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accessibility | Privacy | Terms of use | Open data", "", "", "B"),
        ],
        [
            ("© City of Kestleford 2026", "", "", "B"),
        ],
    ],
    # ng
    [
        [
            ("OFFICIAL WEBSITE OF IJAIYE THUNDER FC", "", "", "B"),
        ],
        [
            (
                "Principal partner: Ayandokun Paints · Kit partner: Orisagbemi Sports · Official bank: Ekodara Microfinance Bank",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Fixtures & Results | Table | Squad | Thunder TV | Tickets | Shop | Academy",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS / MATCH REPORT", "", "", "B"),
        ],
        [
            ("Thunder 2-1 Stallions: Adeoye-Fasunloye double lifts Ijaiye to third", "", "", "W"),
        ],
        [
            (
                "Late header seals a fourth straight home win in front of 11,240 at Aremodu Stadium",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Thunder Media", "", "", "B"),
        ],
        [
            ("Monday 30 November 2026 · 08:15 WAT", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Instagram", "", "", "B"),
        ],
        [
            (
                "Oluwadunsin Adeoye-Fasunloye celebrates his winning header in the 86th minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Tosinloluwa Ajiboro/Thunder Media", "", "", "B"),
        ],
        [
            (
                "Ijaiye Thunder moved up to third in the Nigeria Premier Football League on Sunday after Oluwadunsin Adeoye-Fasunloye scored twice in a 2-1 win over Gbagura Stallions at Aremodu Stadium.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The striker opened the scoring in the 23rd minute, sweeping in a low cross from captain Ekenedilichukwu Odumodu-Efiongette, before the visitors levelled from the penalty spot through Lawwali Danbatta-Karofi three minutes after the break.",
                "",
                "",
                "W",
            ),
            (
                "Adeoye-Fasunloye won it with a header from a corner four minutes from time, his ninth league goal of the season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Head coach Olasubomi Ogunlaja-Sodipo said his side had 17 attempts on goal to the visitors' six.",
                "Olasubomi Ogunlaja-Sodipo",
                "said",
                "W",
            ),
            (
                "“At half-time I told them: don't panic, keep the ball moving, it will come!” he said.",
                "Olasubomi Ogunlaja-Sodipo",
                "said",
                "",
            ),
            (
                "He said midfielder Somtochukwu Ogbuehi-Lawoyin would miss Saturday's trip to Makurdi with a hamstring strain.",
                "Olasubomi Ogunlaja-Sodipo",
                "said",
                "W",
            ),
        ],
        [
            ("Thunder Family membership 2026/27", "", "", "B"),
        ],
        [
            (
                "Members get first pick of away tickets, 10% off in the club shop and a vote at the supporters' forum.",
                "",
                "",
                "B",
            ),
            ("Season membership from ₦15,000.", "", "", "B"),
            ("Join today.", "", "", "B"),
        ],
        [
            (
                "Club chairman Engr. Oluwafisayo Odusanwo-Barakat said the club had sold 9,860 tickets before kick-off, its biggest advance sale since promotion in 2022.",
                "Oluwafisayo Odusanwo-Barakat",
                "said",
                "W",
            ),
            (
                "“The supporters are coming back because the team is giving them something to shout about,” he said.",
                "Oluwafisayo Odusanwo-Barakat",
                "said",
                "",
            ),
        ],
        [
            (
                "Team news, ticket alerts and player interviews before anyone else: sign up for the Thunder Family newsletter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sunday was Odumodu-Efiongette's 150th appearance for the club.", "", "", "W"),
            (
                "He said the penalty decision was harsh but the team had answered it the right way.",
                "Ekenedilichukwu Odumodu-Efiongette",
                "said",
                "",
            ),
        ],
        [
            ("WATCH: Full highlights and the coach's press conference on Thunder TV", "", "", "B"),
        ],
        [
            ("Match facts", "", "", "B"),
        ],
        [
            (
                "Ijaiye Thunder 2 (Adeoye-Fasunloye 23', 86'), Gbagura Stallions 1 (Danbatta-Karofi 48' pen.)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Attendance: 11,240 · Referee: Shamsuddeen Bawale-Dogondaji (Kano)", "", "", ""),
        ],
        [
            ("Next fixtures", "", "", "B"),
        ],
        [
            ("Sat 5 Dec · 4:00pm · Makurdi Riverside FC (A)", "", "", ""),
        ],
        [
            ("Wed 9 Dec · 4:00pm · Oyo Savannah United (H)", "", "", ""),
        ],
        [
            ("Fans' comments (37)", "", "", "B"),
        ],
        [
            ("Log in with your Thunder ID to join the conversation.", "", "", "B"),
        ],
        [
            ("ThunderBoyz_Ijaiye · 9h", "", "", "B"),
        ],
        [
            ("Adeoye-Fasunloye for the Super Eagles!!", "", "", "B"),
            ("Give that boy a new contract now.", "", "", "B"),
        ],
        [
            (
                "Live scores, goal alerts and Thunder TV in your pocket: download the official app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Words: Adesewa Sanyaolu, Head of Media", "", "", "B"),
        ],
        [
            ("Adesewa Sanyaolu has followed Ijaiye Thunder home and away since 2019.", "", "", "B"),
        ],
        [
            ("Tags: Match report · NPFL · Adeoye-Fasunloye · Gbagura Stallions", "", "", "B"),
        ],
        [
            ("© 2026 Ijaiye Thunder Football Club Ltd.", "", "", "B"),
            ("RC 1487213.", "", "", "B"),
        ],
    ],
    # de
    [
        [
            ("QUELLGRUND", "", "", "B"),
        ],
        [
            ("English edition | Deutsche Ausgabe", "", "", "B"),
        ],
        [
            (
                "Nature & Environment | Health | Physics & Space | Technology | Mind | Dossiers | Issue archive",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Ecology › Wildlife", "", "", "B"),
        ],
        [
            ("Reading time: approx. 6 min", "", "", "B"),
        ],
        [
            (
                "Pausing wind turbines on warm, calm nights cut bat deaths by 78 percent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A two-year trial at 46 turbines in Lower Saxony found the pauses cost less than half a percent of the power the machines would otherwise have made",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dr. Annelore Wittkamp-Rauh", "", "", "B"),
        ],
        [
            ("26 November 2026", "", "", "B"),
        ],
        [
            ("Translated from the German by Auberon Heyward-Lonsby", "", "", "B"),
        ],
        [
            ("Share · Save · Print", "", "", "B"),
        ],
        [
            ("A common noctule (Nyctalus noctula) hunting at dusk.", "", "", ""),
        ],
        [
            ("Photo: © Gottlob Hallensleben / Quellgrund", "", "", "B"),
        ],
        [
            (
                "Switching off wind turbines on warm nights with little wind cut the number of bats they killed by 78 percent in a two-year field trial in northern Germany, researchers report in the Journal of Applied Wildlife Energetics.",
                "researchers",
                "report",
                "W",
            ),
        ],
        [
            (
                "The team, led by the ecologist Prof. Dr. Edeltraud Ostermöller of the Hoheneck Institute for Wildlife Ecology in Göttingen, searched the ground beneath 46 turbines every morning from April to October in 2024 and 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the 23 turbines that ran as usual, searchers found 612 dead bats, i.e. about 13 per turbine per season; under the 23 that paused at wind speeds below 5.5 m/s on nights warmer than 10 °C, they found 134.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We expected an effect, but not one this large,” Ostermöller said.",
                "Edeltraud Ostermöller",
                "said",
                "",
            ),
            (
                "She said the pauses cost the operators 0.42 percent of their annual output, worth about €3,900 per turbine at this year's prices.",
                "Edeltraud Ostermöller",
                "said",
                "W",
            ),
        ],
        [
            ("You are reading one of three free Quellgrund articles this month.", "", "", "B"),
            (
                "Subscribe from €5.90 a month for unlimited access, every issue as an e-paper and our archive back to 1998.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Most of the deaths came in August and early September, when noctules migrate south (see Fig. 3).",
                "",
                "",
                "W",
            ),
            (
                "Co-author Dr. Ortwin Kreuzbichler said thermal cameras on six of the turbines showed that foxes and crows carried off about one carcass in five before the morning search, so the true toll was higher in both groups.",
                "Ortwin Kreuzbichler",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Lab Letter: the week's most important research, explained, every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The study was part-funded by the operators' association Windstrom Nord e.V.",
                "",
                "",
                "W",
            ),
            (
                "Its spokeswoman, Almut Malbrecht-Oye, said most of the association's 310 turbines in the region already paused on summer nights, but at lower wind speeds of 4 to 5 m/s.",
                "Almut Malbrecht-Oye",
                "said",
                "W",
            ),
            (
                "“One rule of 5.5 metres per second for every site in the state would be too blunt,” she said.",
                "Almut Malbrecht-Oye",
                "said",
                "",
            ),
        ],
        [
            (
                "The Lower Saxony environment ministry said it would weigh the findings when it revises its guidance for new wind farms next year.",
                "The Lower Saxony environment ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Heidemarie Sondermann-Okafe, a bat ecologist in Rostock who was not involved in the study, said the trial was carefully designed.",
                "Heidemarie Sondermann-Okafe",
                "said",
                "",
            ),
            (
                "But she said it covered only lowland sites, and forest ridges in the south might behave quite differently.",
                "Heidemarie Sondermann-Okafe",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Ostermöller H, Kreuzbichler M, et al. Low-wind curtailment and bat fatalities at lowland turbines. J Appl Wildl Energ. 2026;9(4):211–226.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More on this topic", "", "", "B"),
        ],
        [
            ("Why migrating bats fly towards red warning lights", "", "", "B"),
        ],
        [
            ("Dossier: The energy transition and biodiversity", "", "", "B"),
        ],
        [
            ("Bats · Wind power · Renewable energy · Conservation · Lower Saxony", "", "", "B"),
        ],
        [
            ("Reader comments (4)", "", "", "B"),
        ],
        [
            (
                "Our editors read every comment before it appears, usually within one working day.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Take every issue with you: the Quellgrund app for iOS and Android.", "", "", "B"),
        ],
        [
            (
                "Dr. Annelore Wittkamp-Rauh studied biology in Kiel and has written about ecology for Quellgrund since 2011.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Legal notice | Privacy | Cookie settings | Terms and conditions | Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Quellgrund Verlag GmbH.", "", "", "B"),
            ("Commercial register: Mannheim local court, HRB 712345.", "", "", "B"),
        ],
    ],
    # wa
    [
        [
            ("CLEBRAN", "", "", "B"),
        ],
        [
            ("Newyddion o Ddyffryn Teifi · News from the Teifi valley", "", "", "B"),
        ],
        [
            (
                "Newyddion / News | Digwyddiadau / What's on | Chwaraeon / Sport | Barn / Opinion | Ymaelodi / Join",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cymraeg | English", "", "", "B"),
        ],
        [
            ("Newyddion / News", "", "", "B"),
        ],
        [
            ("Llanfeiros to lose its last bank branch in March", "", "", "W"),
        ],
        [
            ("Banking hub promised, but no site has been agreed", "", "", "W"),
        ],
        [
            ("Gan / By Gwenddydd Pengwernydd", "", "", "B"),
        ],
        [
            ("Dydd Llun 23 Tachwedd 2026 · Monday 23 November 2026", "", "", "B"),
        ],
        [
            (
                "The Tywi & Marches Bank branch on Stryd Fawr, Llanfeiros, on Saturday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Llun / Photo: Gwenddydd Pengwernydd", "", "", "B"),
        ],
        [
            (
                "The last bank in Llanfeiros will close on March 12, Tywi & Marches Bank confirmed on Thursday.",
                "Tywi & Marches Bank",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "In a letter to customers, the bank said counter transactions at the branch had fallen by 61% since 2019 and that 84% of its Llanfeiros customers now banked online or by phone.",
                "the bank",
                "said",
                "W",
            ),
            ("The nearest branch left will be in Aberteifi, 18 miles away.", "", "", "W"),
        ],
        [
            (
                "Elunedd Bevanyn-Caerfai MS, who represents the area in the Senedd, said she had written to the bank's chief executive asking for the branch to stay open until a banking hub was ready.",
                "Elunedd Bevanyn-Caerfai",
                "said",
                "W",
            ),
            (
                "“A town this size should not be left with one cash machine and a bus timetable,” she said.",
                "Elunedd Bevanyn-Caerfai",
                "said",
                "",
            ),
        ],
        [
            ("Clebran is a community co-operative owned by 1,140 of its readers.", "", "", "B"),
            ("Join from £1 a month and get a vote at our AGM.", "", "", "B"),
        ],
        [
            ("Ymaelodwch / Become a member", "", "", "B"),
        ],
        [
            (
                "Cyng. Gwrtheyrn ap Heilyn-Maddock, who chairs Llanfeiros Town Council, said the council had offered the ground floor of the Neuadd Goffa, the memorial hall, rent-free for a hub two days a week.",
                "Gwrtheyrn ap Heilyn-Maddock",
                "said",
                "W",
            ),
            (
                "He said the council hoped to hear early in 2027 whether a hub would be approved.",
                "Gwrtheyrn ap Heilyn-Maddock",
                "said",
                "",
            ),
        ],
        [
            (
                "Y Bwletin: our Friday round-up, yn Gymraeg ac yn Saesneg, straight to your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tangwystl Eliseg-Parrog, who runs the Siop Fach hardware shop on Heol y Bont, said she paid in about £2,400 in cash every week.",
                "Tangwystl Eliseg-Parrog",
                "said",
                "W",
            ),
            (
                "“If I have to drive to Aberteifi with the takings, that's half a day with the shop shut,” she said.",
                "Tangwystl Eliseg-Parrog",
                "said",
                "",
            ),
        ],
        [
            (
                "Hedd Bronwydd-Isfryn, 81, said he would now have to catch the 9.40 a.m. bus to draw out his pension and would not be home before two.",
                "Hedd Bronwydd-Isfryn",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for Tywi & Marches Bank said customers could still withdraw and pay in cash at the Post Office on Stryd Fawr.",
                "A spokesperson for Tywi & Marches Bank",
                "said",
                "W",
            ),
        ],
        [
            ("Straeon eraill / More stories", "", "", "B"),
        ],
        [
            ("Cardigan bridge repairs to close road for six weeks", "", "", "B"),
        ],
        [
            ("Young farmers raise £8,000 for the air ambulance", "", "", "B"),
        ],
        [
            ("Tagiau / Tags: Llanfeiros · Banciau / Banks · Busnes / Business", "", "", "B"),
        ],
        [
            ("Rhannu / Share: Facebook · WhatsApp · Bluesky · E-bost / Email", "", "", "B"),
        ],
        [
            ("Sylwadau (9) / Comments (9)", "", "", "B"),
        ],
        [
            ("Eirwen o'r Bont · 2 awr / 2 hours", "", "", "B"),
        ],
        [
            ("Disgraceful.", "", "", "B"),
            ("Fifty years I've banked there.", "", "", "B"),
        ],
        [
            ("Add Clebran to your home screen for the latest from the valley.", "", "", "B"),
        ],
        [
            (
                "Gwenddydd Pengwernydd is one of Clebran's volunteer reporters and a retired maths teacher.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Preifatrwydd / Privacy | Cwcis / Cookies | Cysylltu / Contact", "", "", "B"),
        ],
        [
            ("© 2026 Clebran Cyf.", "", "", "B"),
            ("Registered community benefit society No. 31244R.", "", "", "B"),
        ],
    ],
    # ph
    [
        [
            ("Sulyap", "", "", "B"),
        ],
        [
            ("Home · Mail · News · Finance · Showbiz · Sports · Weather · Lifestyle", "", "", "B"),
        ],
        [
            ("Sign in", "", "", "B"),
        ],
        [
            ("News › Philippines", "", "", "B"),
        ],
        [
            ("Kislapan Electric bills to rise P0.4821 per kWh in December", "", "", "W"),
        ],
        [
            ("Balitaan Press Agency", "", "", "B"),
        ],
        [
            ("Fri, December 4, 2026 at 2:18 PM GMT+8 · 2 min read", "", "", "B"),
        ],
        [
            ("👍 24 · 😠 311 · 😮 17", "", "", "B"),
        ],
        [
            (
                "MANILA, Philippines (BPA) — Households served by Kislapan Electric Co. will pay P0.4821 more per kilowatt-hour this month, the distributor said on Friday, its third increase in a row.",
                "the distributor",
                "said",
                "W",
            ),
            (
                "The increase brings the overall rate for a typical household to P12.7354 per kWh, adding about P96 to the bill of a home that uses 200 kWh a month, it said.",
                "Kislapan Electric Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kislapan Electric spokesperson Atty. Ma. Kalayaan Dimasalang-Reynoso said the generation charge rose by P0.3910 per kWh because of higher prices on the spot market in November, when two coal plants in Luzon were shut for repairs.",
                "Ma. Kalayaan Dimasalang-Reynoso",
                "said",
                "W",
            ),
            (
                "“We know December is a hard month to see a higher bill,” she said.",
                "Ma. Kalayaan Dimasalang-Reynoso",
                "said",
                "",
            ),
            (
                "She said customers could spread the increase over three months without interest.",
                "Ma. Kalayaan Dimasalang-Reynoso",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Energy Regulatory Commission chairperson Engr. Ramoncito Villaraza-Quintos Jr. said the commission would check whether the spot-market charges had been passed on correctly.",
                "Ramoncito Villaraza-Quintos Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "The consumer group Ilaw at Bulsa said it had filed a petition on Nov. 27 asking the commission to suspend the increase.",
                "Ilaw at Bulsa",
                "said",
                "W",
            ),
            (
                "Its convenor, Pantaleon Mangahas-Ubaldo, said families were being made to pay for the breakdowns of plants they did not own.",
                "Pantaleon Mangahas-Ubaldo",
                "said",
                "",
            ),
        ],
        [
            ("Sulyap Morning Brief: the day's top stories, before your first coffee.", "", "", "B"),
        ],
        [
            (
                "Perlita Buendicho-Onglao, who runs a sari-sari store in Brgy. Masagana, Sta. Mesa, said her freezer alone used about 90 kWh a month.",
                "Perlita Buendicho-Onglao",
                "said",
                "",
            ),
            (
                "“Ice candy is five pesos — how am I supposed to raise that?” she asked.",
                "Perlita Buendicho-Onglao",
                "asked",
                "",
            ),
        ],
        [
            (
                "(Reporting by Joven Letargo; Editing by Dolorosa Ilustrisimo-Macapinlac)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Balitaan Press Agency.", "", "", "B"),
            ("Republished on Sulyap with permission.", "", "", "B"),
        ],
        [
            (
                "Balitaan Press Agency is a Manila-based news agency founded in 1987, with bureaus in Cebu and Davao.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Pump prices up P1.10 a litre from Tuesday, oil firms say", "", "", "B"),
        ],
        [
            ("Rotational brownouts hit three Mindanao provinces", "", "", "B"),
        ],
        [
            ("Topics: Electricity · Kislapan Electric · Power rates", "", "", "B"),
        ],
        [
            ("Share · Facebook · Viber · X · Copy link", "", "", "B"),
        ],
        [
            ("View comments (218)", "", "", "B"),
        ],
        [
            ("Sign in to Sulyap to react and comment.", "", "", "B"),
            ("Comments are hosted by Sulyap and checked against our community rules.", "", "", "B"),
        ],
        [
            (
                "News, weather alerts and your Sulyap Mail in one place: get the Sulyap app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Terms · Privacy · Your privacy choices · Help · Advertise with us", "", "", "B"),
        ],
        [
            ("© 2026 Sulyap Digital Inc.", "", "", "B"),
            ("Reproduction without written permission is prohibited.", "", "", "B"),
        ],
    ],
    # us2
    [
        [
            ("The Quarrytown Report", "", "", "B"),
        ],
        [
            ("Subscribe · Sign in", "", "", "B"),
        ],
        [
            ("Home · Archive · About · Notes", "", "", "B"),
        ],
        [
            (
                "Commissioners approve $96 million tax break for Halvane data center, 2-1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "What the vote means for schools, water and your tax bill, and what happens next",
                "",
                "",
                "",
            ),
        ],
        [
            ("Corwith Ellerbrandt-Shupe", "", "", "B"),
        ],
        [
            ("Dec 03, 2026", "", "", "B"),
        ],
        [
            ("♡ 86 · 💬 23 · ⟲ 11 · Share", "", "", "B"),
        ],
        [
            ("Good morning, and welcome to the 140 of you who subscribed this week.", "", "", "B"),
        ],
        [
            (
                "The Vantresca County Board of Commissioners voted 2-1 on Wednesday night to give Halvane Compute a 15-year property tax abatement on a $1.6 billion data center on 212 acres of farmland east of Quarrytown.",
                "",
                "",
                "W",
            ),
            (
                "The abatement is worth about $96 million over its life, according to the county auditor's estimate.",
                "the county auditor's estimate",
                "according to",
                "W",
            ),
            (
                "I was in the room for all three hours of it, and I've never seen the commission chamber that full.",
                "",
                "",
                "",
            ),
        ],
        [
            ("By the numbers", "", "", "B"),
        ],
        [
            ("Investment: $1.6 billion, in two phases", "", "", "W"),
        ],
        [
            ("Permanent jobs promised: 42, at an average salary of $78,000", "", "", "W"),
        ],
        [
            ("Water: up to 1.2 million gallons a day from the Quarrytown city system", "", "", "W"),
        ],
        [
            (
                "Commission president Rutger Ausmundson said the company had agreed to pay the Vantresca Local School District $1.9 million a year for the 15 years of the abatement.",
                "Rutger Ausmundson",
                "said",
                "W",
            ),
            (
                "“A data center doesn't add a single kid to our classrooms, and it will still send the district more money than the cornfield it replaces,” Ausmundson said.",
                "Rutger Ausmundson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Commissioner Darlena Fitzgarvey-Quesenberry, who voted no, said the county had not studied how much water the site would draw in a dry summer.",
                "Darlena Fitzgarvey-Quesenberry",
                "said",
                "W",
            ),
            (
                "“We're handing over our aquifer for 42 jobs,” she said.",
                "Darlena Fitzgarvey-Quesenberry",
                "said",
                "",
            ),
        ],
        [
            ("The Quarrytown Report is reader-supported.", "", "", "B"),
            (
                "To get every story and back my public-records work, become a paid subscriber.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Type your email… Subscribe", "", "", "B"),
        ],
        [
            (
                "Broderic Valquist-Imhoff, Halvane's director of site development, told commissioners the first building would open in late 2028.",
                "Broderic Valquist-Imhoff",
                "told commissioners",
                "",
            ),
            (
                "He said it would use a closed-loop cooling system that recycles most of its water.",
                "Broderic Valquist-Imhoff",
                "said",
                "",
            ),
        ],
        [
            ("Of the 31 people who spoke during public comment, 24 opposed the deal.", "", "", "W"),
        ],
        [
            (
                "Vantresca Local Schools superintendent Dr. Theodosia Haskenkamp said the $1.9 million would be more than the district's 2019 operating levy raises in a year.",
                "Theodosia Haskenkamp",
                "said",
                "W",
            ),
            (
                "She said the board would decide in January how to spend it.",
                "Theodosia Haskenkamp",
                "said",
                "",
            ),
        ],
        [
            ("What's next", "", "", ""),
        ],
        [
            (
                "Public hearing on the water contract: Tues., Dec. 15, 6:30 p.m., Quarrytown City Hall",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Quarrytown City Council vote on the water contract: Jan. 11", "", "", "W"),
        ],
        [
            ("I'll be at both, and I'll post the full audio here the same night.", "", "", ""),
        ],
        [
            (
                "Paid subscribers can read the 212-page development agreement, with my notes in the margins.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Leave a comment", "", "", "B"),
        ],
        [
            ("Discussion about this post", "", "", "B"),
        ],
        [
            ("Comments · Restacks", "", "", "B"),
        ],
        [
            ("Sharlotta R. · 12h", "", "", "B"),
        ],
        [
            ("Thank you for sitting through that.", "", "", "B"),
            ("Where can we read the water contract?", "", "", "B"),
        ],
        [
            ("Reply · Like (14)", "", "", "B"),
        ],
        [
            (
                "Corwith Ellerbrandt-Shupe spent 17 years at the Vantresca County Courier before starting this newsletter in 2024.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read The Quarrytown Report in the Letterly app.", "", "", "B"),
        ],
        [
            ("© 2026 Corwith Ellerbrandt-Shupe · Privacy · Terms · Collection notice", "", "", "B"),
        ],
        [
            ("Start your own newsletter on Letterly", "", "", "B"),
        ],
    ],
    # ke
    [
        [
            ("CHEMCHEMI TRUST", "", "", "B"),
        ],
        [
            ("Water · Faith · Dignity", "", "", "B"),
        ],
        [
            ("Home | About Us | Our Work | News & Stories | Get Involved | Donate", "", "", "B"),
        ],
        [
            ("News & Stories", "", "", "B"),
        ],
        [
            ("Fourteen new boreholes bring water to 23,000 people in Marsabit", "", "", "W"),
        ],
        [
            ("Posted by Communications Office", "", "", "B"),
        ],
        [
            ("Thursday, 19 November 2026", "", "", "B"),
        ],
        [
            ("Share this: Facebook | WhatsApp | X | Email", "", "", "B"),
        ],
        [
            ("Women fill jerrycans at the new borehole at Kargi on Tuesday.", "", "", ""),
        ],
        [
            ("Photo: Chemchemi Trust/Loshilo Ewoton-Keya", "", "", "B"),
        ],
        [
            (
                "Chemchemi Trust on Tuesday handed over 14 solar-powered boreholes in Marsabit County to the communities that will run them, ending a two-year project that cost KSh 41.6 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The boreholes, in North Horr and Laisamis sub-counties, will serve about 23,000 people and 60,000 head of livestock, according to the trust's survey of households.",
                "the trust's survey of households",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Rt. Rev. Lesiamon Nyagwachi-Loltome, who chairs the trust's board, led a service of thanksgiving at the Kargi site attended by about 600 people.",
                "",
                "",
                "W",
            ),
            (
                "“Water is life, and today we give thanks that mothers here will no longer walk half a day to find it,” Bishop Nyagwachi-Loltome said.",
                "Lesiamon Nyagwachi-Loltome",
                "said",
                "",
            ),
        ],
        [
            (
                "The County Executive Committee Member for Water, Hon. Guyaro Halakhe-Duba, said the county would take over maintenance of the pumps from July 2027 and had set aside KSh 3.2 million for spare parts in its 2026/27 budget.",
                "Guyaro Halakhe-Duba",
                "said",
                "W",
            ),
        ],
        [
            ("Give the gift of water", "", "", "B"),
        ],
        [
            ("KSh 1,500 keeps one borehole pump running for a month.", "", "", "B"),
        ],
        [
            ("M-Pesa Paybill 528714 · Account: WATER", "", "", "B"),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            (
                "Programme manager Sr. Scholastica Wanjiraini-Lekuton said each borehole had a trained water committee of seven members, at least four of them women.",
                "Scholastica Wanjiraini-Lekuton",
                "said",
                "W",
            ),
            (
                "She said users would pay KSh 5 for a 20-litre jerrycan, and the money would go into a repair fund kept by each committee.",
                "Scholastica Wanjiraini-Lekuton",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abakula Dida-Lokwang, a mother of five at Kargi, said she used to leave home at 4 a.m. to reach the nearest water point and was rarely back before noon.",
                "Abakula Dida-Lokwang",
                "said",
                "",
            ),
            (
                "“Now I am home before the children wake up,” she said.",
                "Abakula Dida-Lokwang",
                "said",
                "",
            ),
        ],
        [
            (
                "Pray with us for rain in northern Kenya, and for the committees who will care for these wells.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The project was paid for by the trust's supporters in Kenya and abroad and by a KSh 18 million grant from the Fjellmoen Foundation of Norway.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our news and prayer letter arrives on the first Sunday of every month.", "", "", "B"),
            ("Subscribe with your email address.", "", "", "B"),
        ],
        [
            ("More News & Stories", "", "", "B"),
        ],
        [
            ("Sewing school in Isiolo celebrates its first 40 graduates", "", "", "B"),
        ],
        [
            ("Christmas hampers: how your gift reaches a family", "", "", "B"),
        ],
        [
            ("Tags: Water, Marsabit, Boreholes, Drought", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("We will not publish your email address.", "", "", "B"),
            ("Fields marked * must be filled in.", "", "", "B"),
        ],
        [
            ("Post Comment", "", "", "B"),
        ],
        [
            (
                "Listen to Sunday worship and daily devotions on the Chemchemi Radio app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Communications Office tells the stories of Chemchemi Trust's work in 11 counties.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chemchemi Trust is registered with the NGO Co-ordination Board, Reg. No. OP.218/051/09-412/6621.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("P.O. Box 40917-00100, Nairobi · info@chemchemitrust.or.ke", "", "", "B"),
        ],
        [
            ("© 2026 Chemchemi Trust", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("GOSSAN REVIEW", "", "", "B"),
        ],
        [
            ("Subscribe | Log in | Events | Jobs", "", "", "B"),
        ],
        [
            ("News · Commodities · Exploration · Equipment · METS · People · Data", "", "", "B"),
        ],
        [
            ("Commodities > Lithium", "", "", "B"),
        ],
        [
            ("PREMIUM", "", "", "B"),
        ],
        [
            (
                "Quarrabilla puts Mt Cudgee lithium mine on care and maintenance; 240 jobs go",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Spodumene at US$780/t leaves the Pilbara operation losing money on every tonne, miner says",
                "Quarrabilla Lithium",
                "says",
                "W",
            ),
        ],
        [
            ("Kynan Gundry", "", "", "B"),
        ],
        [
            ("Thursday, 3 December 2026 · 10:14 AWST", "", "", "B"),
        ],
        [
            ("Share: LinkedIn · X · Email", "", "", "B"),
        ],
        [
            ("The Mt Cudgee processing plant, 190km south-east of Port Hedland.", "", "", "W"),
        ],
        [
            ("Image: Quarrabilla Lithium", "", "", "B"),
        ],
        [
            (
                "ASX-listed Quarrabilla Lithium (ASX: QBL) will put its Mt Cudgee spodumene mine in the Pilbara on care and maintenance from January 31, the company told the market on Thursday.",
                "the company",
                "told the market",
                "W",
            ),
            (
                "The miner said about 240 of the 310 workers at the site would lose their jobs, most of them fly-in, fly-out contractors based in Perth.",
                "The miner",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Tamzyn Ollertonsby said the mine's all-in sustaining cost had averaged A$1,140 a tonne of concentrate in the September quarter, against a realised price of about A$1,190.",
                "Tamzyn Ollertonsby",
                "said",
                "W",
            ),
            (
                "“At US$780/t we lose money on every tonne once freight and royalties go on top.",
                "Tamzyn Ollertonsby",
                "said",
                "W",
            ),
            (
                "Our shareholders will not fund that,” she said on a call with analysts.",
                "Tamzyn Ollertonsby",
                "said",
                "W",
            ),
        ],
        [
            ("This article is for Gossan Review subscribers.", "", "", "B"),
            (
                "Subscribe from $29 a month for unlimited news, our project database and the weekly print edition.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Mt Cudgee at a glance", "", "", "B"),
        ],
        [
            ("FY26 production: 212,400t of spodumene concentrate at 5.6% Li₂O", "", "", "W"),
        ],
        [
            ("Ore reserve: 18.2Mt at 1.21% Li₂O", "", "", "W"),
        ],
        [
            ("Workforce: 310, of whom about 240 will go", "", "", "W"),
        ],
        [
            (
                "Analysts at Pindan Capital Partners said in a note that Quarrabilla had A$148 million in cash at September 30 and would spend about A$2.5 million a quarter keeping the mine idle.",
                "Analysts at Pindan Capital Partners",
                "said in a note",
                "W",
            ),
            (
                "They said a restart was unlikely before spodumene prices got back to US$1,100/t.",
                "Analysts at Pindan Capital Partners",
                "said",
                "",
            ),
        ],
        [
            (
                "EVENT | Battery Minerals Forum · Perth · 9–10 March 2027 · Early-bird tickets close 18 December",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Resources Workers Alliance WA secretary Kelvyn Karalius-Yeend said the union had been given 48 hours' notice of the decision.",
                "Kelvyn Karalius-Yeend",
                "said",
                "W",
            ),
            (
                "“These are people who moved their whole lives around a roster, and they found out on a Thursday morning,” he said.",
                "Kelvyn Karalius-Yeend",
                "said",
                "",
            ),
        ],
        [
            (
                "Get The Daily Drillcore: the day's mining news, in your inbox before the ASX opens.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mines and Petroleum Minister Marzenna Dimarco said about 1,900 jobs had been lost across WA's lithium industry since early 2024.",
                "Marzenna Dimarco",
                "said",
                "W",
            ),
        ],
        [
            ("Quarrabilla shares fell 7.4% to 31.5c in morning trade.", "", "", "W"),
            ("They have lost 62% of their value this year.", "", "", "W"),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Pilbara spodumene producers cut output as Chinese converters hold back", "", "", "B"),
        ],
        [
            ("Nickel's long winter: the mines still on care and maintenance", "", "", "B"),
        ],
        [
            (
                "Tags: Lithium · Spodumene · Pilbara · Care and maintenance · Quarrabilla Lithium",
                "",
                "",
                "B",
            ),
        ],
        [
            ("0 Comments", "", "", "B"),
        ],
        [
            ("Subscribers can comment once logged in.", "", "", "B"),
            ("We check every comment before it is published.", "", "", "B"),
        ],
        [
            (
                "Read the weekly print edition on your tablet with the Gossan Review app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kynan Gundry is Gossan Review's Perth-based resources reporter.", "", "", "B"),
            (
                "He worked as a geologist in the Goldfields before he turned to journalism.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About | Advertise | Contact | Privacy | Terms", "", "", "B"),
        ],
        [
            ("© Gossan Media Pty Ltd 2026.", "", "", "B"),
            ("ABN 41 612 773 058.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n101-ia-pm-it-will",
        "She said the city council would meet in special session Thursday at 6 p.m. It will be the council's first unscheduled budget meeting since 2019, she said.",
        [
            "She said the city council would meet in special session Thursday at 6 p.m.",
            "It will be the council's first unscheduled budget meeting since 2019, she said.",
        ],
    ),
    (
        "n101-ia-tip-question",
        "Have a news tip? Email newsroom@kqdt9.com or call 1-800-555-0199.",
        ["Have a news tip?", "Email newsroom@kqdt9.com or call 1-800-555-0199."],
    ),
    (
        "n101-ia-co-its",
        "KQDT is licensed to Norholt Broadcasting Co. Its studios are at 2210 Ansborough Ave., Waterloo.",
        [
            "KQDT is licensed to Norholt Broadcasting Co.",
            "Its studios are at 2210 Ansborough Ave., Waterloo.",
        ],
    ),
    (
        "n101-nz-newsletter-sign",
        "Country Wrap: the week on the land, every Friday. Sign up here.",
        ["Country Wrap: the week on the land, every Friday.", "Sign up here."],
    ),
    (
        "n101-nz-quote-two",
        '"The bank gets paid first. Then the fertiliser bill, then the vet, and then maybe we look at the shed roof," he said.',
        [
            '"The bank gets paid first.',
            'Then the fertiliser bill, then the vet, and then maybe we look at the shed roof," he said.',
        ],
    ),
    (
        "n101-uk-ask-two",
        "“Where am I meant to put them when the yard's full? In the kids' bedroom?” she asked.",
        [
            "“Where am I meant to put them when the yard's full?",
            "In the kids' bedroom?” she asked.",
        ],
    ),
    (
        "n101-uk-ltd-registered",
        "© Kerfuffle Media Group Ltd. Registered in England and Wales No. 04417732. Registered office: 18 Harbourgate Quay, Salford M50 3XR.",
        [
            "© Kerfuffle Media Group Ltd.",
            "Registered in England and Wales No. 04417732.",
            "Registered office: 18 Harbourgate Quay, Salford M50 3XR.",
        ],
    ),
    (
        "n101-in-ltd-pvt-lead",
        "MUMBAI: Vindhyashila Cements Ltd. will buy Konkanrekha Cement Pvt. Ltd. for an enterprise value of ₹4,210 crore, including ₹1,060 crore of debt, according to a regulatory filing made after market hours on Tuesday.",
        [
            "MUMBAI: Vindhyashila Cements Ltd. will buy Konkanrekha Cement Pvt. Ltd. for an enterprise value of ₹4,210 crore, including ₹1,060 crore of debt, according to a regulatory filing made after market hours on Tuesday."
        ],
    ),
    (
        "n101-in-paywall-member",
        "This story is for Ledger Prime members. Unlock it, and every premium story, for ₹199/month. Already a member? Sign in.",
        [
            "This story is for Ledger Prime members.",
            "Unlock it, and every premium story, for ₹199/month.",
            "Already a member?",
            "Sign in.",
        ],
    ),
    (
        "n101-in-analysts-ltd",
        "Analysts at Kotwalkar Securities Ltd. said in a note that the price valued Konkanrekha at about 11.8 times its FY26 EBITDA, below the 14 times paid in two other deals in the region in 2025. They said the plants might need fresh spending on pollution controls before they earned their keep.",
        [
            "Analysts at Kotwalkar Securities Ltd. said in a note that the price valued Konkanrekha at about 11.8 times its FY26 EBITDA, below the 14 times paid in two other deals in the region in 2025.",
            "They said the plants might need fresh spending on pollution controls before they earned their keep.",
        ],
    ),
    (
        "n101-in-pvt-ltd-rights",
        "Copyright © 2026 Tijori Ledger Media Pvt. Ltd. All rights reserved.",
        ["Copyright © 2026 Tijori Ledger Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n101-ca-station-rd",
        "Council added $1.2 million to hire 14 firefighters for the new Station No. 7 on Concession Rd. 4, which is due to open in spring 2028.",
        [
            "Council added $1.2 million to hire 14 firefighters for the new Station No. 7 on Concession Rd. 4, which is due to open in spring 2028."
        ],
    ),
    (
        "n101-ca-coun-ward",
        "Coun. Haldor Wendehake-Ormsbee (Ward 6), who voted against the budget, said the increase was too steep for seniors on fixed incomes. He said his motion to hold the increase to 2.9% by delaying the Birchmeadow library renovation was defeated 3 to 8.",
        [
            "Coun. Haldor Wendehake-Ormsbee (Ward 6), who voted against the budget, said the increase was too steep for seniors on fixed incomes.",
            "He said his motion to hold the increase to 2.9% by delaying the Birchmeadow library renovation was defeated 3 to 8.",
        ],
    ),
    (
        "n101-ca-due-instalment",
        "The first interim tax instalment is due Feb. 26, 2027. Residents can pay online, through their bank, or in person at City Hall, 100 Lyndhurst St. W., between 8:30 a.m. and 4:30 p.m. on weekdays.",
        [
            "The first interim tax instalment is due Feb. 26, 2027.",
            "Residents can pay online, through their bank, or in person at City Hall, 100 Lyndhurst St. W., between 8:30 a.m. and 4:30 p.m. on weekdays.",
        ],
    ),
    (
        "n101-ng-exclaim-he-said",
        "“At half-time I told them: don't panic, keep the ball moving, it will come!” he said. He said midfielder Somtochukwu Ogbuehi-Lawoyin would miss Saturday's trip to Makurdi with a hamstring strain.",
        [
            "“At half-time I told them: don't panic, keep the ball moving, it will come!” he said.",
            "He said midfielder Somtochukwu Ogbuehi-Lawoyin would miss Saturday's trip to Makurdi with a hamstring strain.",
        ],
    ),
    (
        "n101-ng-engr-chairman",
        "Club chairman Engr. Oluwafisayo Odusanwo-Barakat said the club had sold 9,860 tickets before kick-off, its biggest advance sale since promotion in 2022. “The supporters are coming back because the team is giving them something to shout about,” he said.",
        [
            "Club chairman Engr. Oluwafisayo Odusanwo-Barakat said the club had sold 9,860 tickets before kick-off, its biggest advance sale since promotion in 2022.",
            "“The supporters are coming back because the team is giving them something to shout about,” he said.",
        ],
    ),
    (
        "n101-de-ie-semicolon",
        "Under the 23 turbines that ran as usual, searchers found 612 dead bats, i.e. about 13 per turbine per season; under the 23 that paused at wind speeds below 5.5 m/s on nights warmer than 10 °C, they found 134.",
        [
            "Under the 23 turbines that ran as usual, searchers found 612 dead bats, i.e. about 13 per turbine per season; under the 23 that paused at wind speeds below 5.5 m/s on nights warmer than 10 °C, they found 134."
        ],
    ),
    (
        "n101-de-fig-dr",
        "Most of the deaths came in August and early September, when noctules migrate south (see Fig. 3). Co-author Dr. Ortwin Kreuzbichler said thermal cameras on six of the turbines showed that foxes and crows carried off about one carcass in five before the morning search, so the true toll was higher in both groups.",
        [
            "Most of the deaths came in August and early September, when noctules migrate south (see Fig. 3).",
            "Co-author Dr. Ortwin Kreuzbichler said thermal cameras on six of the turbines showed that foxes and crows carried off about one carcass in five before the morning search, so the true toll was higher in both groups.",
        ],
    ),
    (
        "n101-de-ev-its",
        "The study was part-funded by the operators' association Windstrom Nord e.V. Its spokeswoman, Almut Malbrecht-Oye, said most of the association's 310 turbines in the region already paused on summer nights, but at lower wind speeds of 4 to 5 m/s.",
        [
            "The study was part-funded by the operators' association Windstrom Nord e.V.",
            "Its spokeswoman, Almut Malbrecht-Oye, said most of the association's 310 turbines in the region already paused on summer nights, but at lower wind speeds of 4 to 5 m/s.",
        ],
    ),
    (
        "n101-de-journal-ref",
        "Journal reference: Ostermöller H, Kreuzbichler M, et al. Low-wind curtailment and bat fatalities at lowland turbines. J Appl Wildl Energ. 2026;9(4):211–226.",
        [
            "Journal reference: Ostermöller H, Kreuzbichler M, et al. Low-wind curtailment and bat fatalities at lowland turbines. J Appl Wildl Energ. 2026;9(4):211–226."
        ],
    ),
    (
        "n101-de-gmbh-hrb",
        "© 2026 Quellgrund Verlag GmbH. Commercial register: Mannheim local court, HRB 712345.",
        [
            "© 2026 Quellgrund Verlag GmbH.",
            "Commercial register: Mannheim local court, HRB 712345.",
        ],
    ),
    (
        "n101-wa-cyng-chair",
        "Cyng. Gwrtheyrn ap Heilyn-Maddock, who chairs Llanfeiros Town Council, said the council had offered the ground floor of the Neuadd Goffa, the memorial hall, rent-free for a hub two days a week. He said the council hoped to hear early in 2027 whether a hub would be approved.",
        [
            "Cyng. Gwrtheyrn ap Heilyn-Maddock, who chairs Llanfeiros Town Council, said the council had offered the ground floor of the Neuadd Goffa, the memorial hall, rent-free for a hub two days a week.",
            "He said the council hoped to hear early in 2027 whether a hub would be approved.",
        ],
    ),
    (
        "n101-wa-cyf-society",
        "© 2026 Clebran Cyf. Registered community benefit society No. 31244R.",
        ["© 2026 Clebran Cyf.", "Registered community benefit society No. 31244R."],
    ),
    (
        "n101-ph-atty-ma",
        "Kislapan Electric spokesperson Atty. Ma. Kalayaan Dimasalang-Reynoso said the generation charge rose by P0.3910 per kWh because of higher prices on the spot market in November, when two coal plants in Luzon were shut for repairs. “We know December is a hard month to see a higher bill,” she said.",
        [
            "Kislapan Electric spokesperson Atty. Ma. Kalayaan Dimasalang-Reynoso said the generation charge rose by P0.3910 per kWh because of higher prices on the spot market in November, when two coal plants in Luzon were shut for repairs.",
            "“We know December is a hard month to see a higher bill,” she said.",
        ],
    ),
    (
        "n101-ph-engr-jr",
        "Energy Regulatory Commission chairperson Engr. Ramoncito Villaraza-Quintos Jr. said the commission would check whether the spot-market charges had been passed on correctly.",
        [
            "Energy Regulatory Commission chairperson Engr. Ramoncito Villaraza-Quintos Jr. said the commission would check whether the spot-market charges had been passed on correctly."
        ],
    ),
    (
        "n101-ph-brgy-sta",
        "Perlita Buendicho-Onglao, who runs a sari-sari store in Brgy. Masagana, Sta. Mesa, said her freezer alone used about 90 kWh a month. “Ice candy is five pesos — how am I supposed to raise that?” she asked.",
        [
            "Perlita Buendicho-Onglao, who runs a sari-sari store in Brgy. Masagana, Sta. Mesa, said her freezer alone used about 90 kWh a month.",
            "“Ice candy is five pesos — how am I supposed to raise that?” she asked.",
        ],
    ),
    (
        "n101-us2-tues-dec",
        "Public hearing on the water contract: Tues., Dec. 15, 6:30 p.m., Quarrytown City Hall",
        ["Public hearing on the water contract: Tues., Dec. 15, 6:30 p.m., Quarrytown City Hall"],
    ),
    (
        "n101-ke-rt-rev",
        "The Rt. Rev. Lesiamon Nyagwachi-Loltome, who chairs the trust's board, led a service of thanksgiving at the Kargi site attended by about 600 people. “Water is life, and today we give thanks that mothers here will no longer walk half a day to find it,” Bishop Nyagwachi-Loltome said.",
        [
            "The Rt. Rev. Lesiamon Nyagwachi-Loltome, who chairs the trust's board, led a service of thanksgiving at the Kargi site attended by about 600 people.",
            "“Water is life, and today we give thanks that mothers here will no longer walk half a day to find it,” Bishop Nyagwachi-Loltome said.",
        ],
    ),
    (
        "n101-ke-am-to",
        "Abakula Dida-Lokwang, a mother of five at Kargi, said she used to leave home at 4 a.m. to reach the nearest water point and was rarely back before noon. “Now I am home before the children wake up,” she said.",
        [
            "Abakula Dida-Lokwang, a mother of five at Kargi, said she used to leave home at 4 a.m. to reach the nearest water point and was rarely back before noon.",
            "“Now I am home before the children wake up,” she said.",
        ],
    ),
    (
        "n101-au-usd-aud",
        "“At US$780/t we lose money on every tonne once freight and royalties go on top. Our shareholders will not fund that,” she said on a call with analysts.",
        [
            "“At US$780/t we lose money on every tonne once freight and royalties go on top.",
            "Our shareholders will not fund that,” she said on a call with analysts.",
        ],
    ),
]
