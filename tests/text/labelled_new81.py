"""Eighty-first set of new hand-labelled pages for the hint engines (tuning set, round thirty-six):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each in its site's own wording and with furniture at the head, in the middle of the story and
at the tail: a US regional daily with a metered paywall and a cookie-consent block pasted in the
middle of the story (Wisconsin), a public broadcaster's page with a read-aloud player, a summary
box, a watch prompt and a listen clip (New Zealand), a local TV station's page with temperature,
alert and traffic widgets (Texas), wire copy on a finance portal with tickers, notes and disclaimers
(Poland), a countryside magazine's feature with pull quotes and an author bio (Wales), a hyperlocal
blog with a donation ask and reader comments (Minneapolis), a football club's own site with a
fixtures strip (England), an English-language daily abroad (Thailand), a police news release page
(Saskatchewan), a science news site with a study card (Spain), a statehouse newsletter post with
subscribe prompts and comments (Kansas) and a live blog with a pinned post and time stamps
(Lancashire). Each page holds lines that LOOK like furniture but are story (fact lines without stops
in a study card, a charge list and a watch list, a quote set as a live-blog entry headline, a
summary box's points, a police appeal for information) and lines that look like story but are
furniture (a consent notice, a donation ask with a member count and a deadline, a syndication note,
a season-ticket promo beside a story sentence about season tickets, a weather promo naming a
meteorologist, pull quotes, bios, a first-appeared line, a call for readers' photos, reader
comments). The pages hold 545 sentences: 302 "B", 147 "W" and 96 "", 133 of them with a speaker.
`STYLES` names the site, the story and its furniture in order for each page.

Written from scratch for issue 13 in round thirty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`
or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never imported, and
no test, scorer, engine or `pytest` was run; the search and fetch tools were not used, and nothing
was copied from anywhere. The brief's folder was listed (it also held a second note and a scoring
script, seen as names only and never opened) and the brief was read. What was read for the format:
the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); a listing printed by a script of my own of the module docstring, the import
line, `STYLES`, the first two pages and the first eight `CASES` of `labelled_new79.py` and
`labelled_new80.py` (the terminal cut the first printing of the `labelled_new79.py` listing in the
middle, so both listings were saved to files in /tmp and printed again in parts with `sed`, with
lines cut to 600-1,500 characters; some parts of both listings, among them most of the second page
of each file, were seen only as far as those printings showed them); a Python one-liner printing the
kinds, line numbers and target names of the top-level statements of `labelled_new79.py` (to see the
order docstring, import, `STYLES`, `ARTICLES`, `CASES`); `build` in `labelled_articles.py` (a
`grep -n "def build" -A15` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a `sed`
listing). No other page, case or docstring of any file under `tests/` was read. What was run:
read-only `git status --short` runs (the first printed nothing; the last listed this file and the
untracked `labelled_heldout57.py`, `labelled_heldout58.py` and `labelled_new82.py`, names only, none
of them opened); `ls tests/text` counted and filtered to the names `labelled_new8*` and
`labelled_new79*`; a Python one-liner printing the calendar of April to June 2026 to check weekdays
(March was counted from it); scripts of my own in /tmp that turn a small line format into the
literals below, rename coined names, cut the split cases out of the pages and count sentences and
flags; an import of this file with `build` on every page; a checking script of my own (four fields,
flags, a cue for every speaker and a speaker for every cue, no speaker on furniture, the sentence
count, every split case occurring in a built page and joining back to its sentences); whole-word
case-insensitive counts over `tests/` of every capitalised word of these pages, styles and speakers
(each part of a hyphenated name on its own) and of every candidate replacement, printing file counts
only (`grep -rilw ... | wc -l`; one early run counted the files holding any of sixteen names), and
counts of outlet, show and place names as phrases (`grep -rilF ... | wc -l`); and `ruff format` /
`ruff check` on this file. A first draft hit about a hundred and twenty coined surnames, given
names, towns, streets, parks, outlets, a magazine, a wire, a newsletter, firms and a union of other
files under `tests/`, and many first replacements hit too; only replacements with no hit were kept.
Later passes found six more words hitting once (a moor and a governor's surname missed in the first
review, two given names that had had no hit before, apparently from files being written at the same
time, and a footballer's two names added late); they were renamed to words with no hit. The last
count-only pass (this file excluded) found none of this set's coined names elsewhere. What still
hits is real places and bodies, common words and generic parts of names (Register, Beacon, Courier,
Porch, Rovers, Athletic, Motors, Components, Cells, Moor, Heights), titles and abbreviations (Assoc,
Prof, Sgt, Sask, ISD, AB, WA, TX, Ln).

Every person, town, village, county, rural municipality, neighbourhood, street, lane, road, creek,
river, moor, park, pool, pub, school, college, hotel, ground, stand, mill, company, union,
association, alliance, collective, trust, society, institute, journal, programme, outlet, wire,
portal, station, magazine, blog, newsletter, sponsor, ticker and number is invented. Real countries,
states, provinces, regions, big cities, roads and public bodies appear only as settings, with
invented figures and invented people in their offices: the United States, Wisconsin, the Wisconsin
Department of Workforce Development, the federal WARN Act, Maine and Ontario (other mills); New
Zealand, Otago, Dunedin and Dunedin Hospital, the Catlins coast, State Highway 1, Health New
Zealand, Clutha (in a headline) and Te Ao Māori (a menu label); Texas, the Texas Commission on
Environmental Quality, an FM road and a Loop (numbers invented); Poland, Warsaw, the Czech Republic,
Sweden's Gothenburg and Stockholm, and the currencies and Brent crude in a ticker; Wales, the Welsh
Government, Cardiff, mid Wales, the Dyfi estuary and the Berwyns (in headlines), and England and
Wales (a company register); Minneapolis, the Minneapolis Park and Recreation Board, City Hall and
Hiawatha Avenue; England's borough councils (the one named is invented); Thailand, Chiang Mai,
Chiang Mai University, Chiang Mai International Airport, Lampang, Huay Kaew Road and Mueang (an
address), the Pollution Control Department, the World Health Organization, Myanmar and Laos; Canada,
Saskatchewan, the Royal Canadian Mounted Police (RCMP), the Criminal Code and Crime Stoppers
(telephone numbers invented); Spain, Seville and its Triana district, the University of Seville,
Seville City Council, Spain's State Research Agency, Barcelona, Madrid, Andalusia and Copenhagen
(and its Nordhavn district, inside an invented institute's name); Kansas, Topeka, the Kansas Senate
and House and the Consensus Revenue Estimating Group; Lancashire, Lancashire Fire and Rescue
Service, Lancashire Constabulary, IPSO and the Editors' Code of Practice. Facebook, X, WhatsApp and
LINE appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points `labelled_new79.py` and `labelled_new80.py` state, as far as their docstrings were
read, hold too: furniture "B" line by line, whatever it says; a caption by its content and its
credit "B"; headlines and standfirsts never split at a comma or a colon; pull quotes, bios,
correction and print-edition lines and reader comments "B" whole; a summary box's heading "B" and
its points story; datelines with their lead sentence; pronouns, later surnames and titles resolved
to the full name as first given, organisations' short names resolved like surnames and generic nouns
kept as written; "declined to say" labelled like speech with flags ""; a named person acting without
a verb of saying carrying no speaker; a private person's own circumstances "" and their account of
what an institution did "W"; an institution's expected date and decisions, votes, rules and figures
of record "W"; hedges, hopes, intentions, opinions, feelings, scene and advice "".

Conventions this set had to settle, in the same spirit:

* Walls and banners pasted mid-story are "B" line by line: the meter notice, the price pitch, the
  subscription button, "Print subscriber?" and "Activate your digital access" (two sentences), the
  cookie heading, both sentences of the consent notice (the one with "143 partners" too) and its
  button row; a "RELATED:" link; "Story continues below"; a watchlist prompt; an app prompt;
  "Advertising" and "Advertisement".
* Players and prompts: the read-aloud player line, its automated-voice note, a "▶ WATCH" prompt, an
  "🎙 LISTEN" clip title (a quote inside it too), the programme and running-time lines and a
  streaming promo are "B"; the video's description is "" (scene).
* TV widgets: the temperature, alert and traffic widgets (the traffic widget names the very road the
  story then reports closed, where the story's sentence is "W"), the watch-live prompt, the closings
  count and a "WEATHER AWARE" promo naming a meteorologist are "B". The city's instruction to boil
  water is advice, "".
* Finance portal: the ticker strip, the "Tickers in this story" heading and lines, the syndication
  note in two sentences, "($1 = 3.6520 zlotys)", the bracketed wire credit line, the licence note,
  the data-delay note, the investment disclaimer and the related-quotes table are "B".
  "..., blaming late deliveries ..." carries the company with the cue "blaming", as "saying" does;
  "it said in a stock exchange filing" resolves to the company as first given in the lead
  ("Tarnovia Bus SA"), the descriptor "Polish bus maker" dropped. "She cut her price target" has no
  verb of saying: no speaker, "W".
* Magazine: the standfirst is two sentences (a fact "W", a line of scene ""); a quote of three
  sentences after "says" carries its speaker to the closing mark; "according to its accounts" and
  "according to figures the society presented to members at its annual meeting in March" keep X as
  written; "the organisation says" keeps the generic noun; "This feature first appeared in ..." is
  "B" like a print-edition line.
* Hyperlocal blog: the donation ask is "B" sentence by sentence although it states a member count
  and a deadline, like a membership pitch; its buttons, the tip line, the tags and the supporter
  pitch are "B"; the writer's own lines carry no speaker; "confirmed to us" and "told us" are cues
  as written; "according to Gatherall" resolves to the full name. Reader comments are "B" whole:
  name or username, date and time, every sentence of the body (one states a year, one asks a
  question), "Reply", the load-more line and the moderation note.
* Club site: the club speaks in its own voice ("The club can confirm that ..."), so its sentences
  carry no speaker, as a press release's do; a quote opening "said:" and running over two paragraphs
  in the British way carries its speaker to the closing mark, and the board's decision inside it is
  "W". The next-match and last-match strips, the next-home-game card (each of its four lines), the
  donate button, the latest-news list and the season-ticket promo are "B", while the story's
  sentence that season tickets will be honoured is "W".
* Thai names: the page gives the full name first and then the given name with a title
  ("Mr Charoenchai said", "Dr Sirinthip said"), resolved to the full name; "Assoc Prof" and "Dr" are
  titles and go. "She urged ... to stay indoors" is advice with the cue "urged". A quote of two
  sentences ending "...?” he asked." carries "asked" in both, and the question with its attribution
  is one sentence.
* Police release: its own voice carries no speaker; the charge lists ("... is charged with:" and
  each charge without a stop) are "W" story lines; the appeal for information and the anonymous-tips
  line are the release's own request, "" (not a site's tip line); the "Media contact" block,
  "Date modified:" and the skip links are "B".
* Science site: "STUDY CARD" and "EARLIER WORK" are box headings, "B" like a key-points heading; the
  card's lines ("Who: ...", "Design: ...", "Peer reviewed: yes") are "W" story lines, but its
  "Funding:" line is a funding note ("B") and its "Reference:" line is one "B" sentence (not split
  at "et al." or the title's full stop). The "✔ Based on a peer-reviewed study" badge, the reviewer
  in the byline and "Cite this article:" are "B".
  "A study of 42 primary schools in Seville has found" keeps the study as written (cue "has found");
  "the team reported", "the study found" and "The authors note in the paper" keep their subjects and
  cues as written.
* Newsletter: the title is two sentences (a fact "W", a line of opinion ""); the writer's own lines
  carry no speaker and her figures are "W"; "What I'm watching next:" is a story subhead (""), its
  fact lines without stops "W" and its hedge ""; the governor's veto "..., saying ..." carries him
  with the cue "saying"; the paid pitch, the tip prompt, the sign-off, the forward prompt, the email
  box and the comments are "B".
* Live blog: "LIVE", the auto-refresh line, "Pinned post", "What we know so far", every time stamp,
  every entry byline, "Advertisement", "Send yours to ..." (a call for readers' photos) and
  "We'll bring you updates here as we get them." are "B"; entry headlines are labelled like any
  headline ("W" when they state a fact); a quote set as an entry headline
  ("‘I grabbed the dog and the passports’") carries the resident named in the next paragraph and
  that paragraph's cue, as a one-line quote does;
  "In a post on X at 18:05, Lancashire Fire and Rescue Service said" has the cue "said" (the channel
  stands before the subject) and "it added" resolves to the service.

Splits. "Aug. 28," and "Co. will", "a.m. CT | Updated ... p.m. CT", "12:45 p.m. Tuesday", "No. 4",
"5:30 p.m. June 3", "920-555-0176.", "5:07am", "8:41am)", "140km", "2:14", "6 min 12 sec",
"Strayhorn Rd. and Adlard Ln.", "AM CDT", "2 a.m. Wednesday", "4 p.m. to 8 p.m.",
"600 W. Kimbrell St.,", "0:48", "(Meridant) -", "($562 million to $603 million)", "TNV.WA",
"SKC.ST", "($1 = 3.6520 zlotys)", "£12.60", "Ltd, registered in England and Wales, No. 10482257.",
"$640,000", "23-4", "612-555-0139.", "8:12 am", "2–1", "2026/27", "3pm", "Company No. 04719283",
"Feb 1", "Mr Charoenchai", "Dr Sirinthip", "6pm", "PM2.5", "Co., Ltd." inside a line and at a
sentence's end, "88/4", "Sask. –", "334(a)", "9:30 a.m." at a paragraph's end, "Sgt. Dalyn",
"6.3°C", "11 a.m., 1 p.m. and 3 p.m.", "Dr. Orestis", "Dr. Macarena", "et al.",
"2026;9(2):114-129.", "CC BY-ND 4.0", "4:52 p.m. Wednesday", "Gov. Elbert", "S.B. 388",
"Sen. Coralie", "28-12", "79-44", "19:48", "18:05", "2.30pm" and "11.14am" never split a sentence
wrongly; "Tickerfield, Inc." before "Prices provided", "Print subscriber?" before "Activate",
"Seen something we should know about?" before "news@nzpb.nz", "Spotted a mistake?" before
"Let us know.", "Got something we should look into?" before "Email", "Like what we do?" before
"Become", "Can the association just raise the money?" before "I'd chip in.", "Found an error?"
before "Tell our", "Know a Kansan who should be reading this?" before "Forward this post",
"“You can lose ... a village." before "Lose the pub", "“That's the point." before
"That's the whole point.”", "“I don't have money for a tractor." before
"Who pays for that?” he asked." and lines without a stop (menus, strips, ticker lines, card and list
lines, time stamps) each end one; a quoted question followed by its attribution
("... on State Highway 1?” she said.") is one sentence.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional daily's site in Wisconsin with a metered paywall and a cookie-consent block pasted in the middle of the story, a paper company will close a 115-year-old mill and lay off 340 people (trial strip with middle dots, masthead, menu with Legals, section label in capitals, headline with Aug. 28, dek with a year, byline on two lines, published and updated line with a.m. CT and p.m. CT, share strip, caption and a bare credit with a slash, Co. in the lead with the company told employees, a shortened company name after a layoff notice put before the subject, said in a statement, a meter notice, a price pitch with a colon, a subscription button, Print subscriber? before Activate, a cookie heading, a two-sentence consent notice with 143 partners and its buttons, the mayor named once and then by surname with p.m. in the middle, according to the city assessor's office, a closed session on a fixed date, a story subhead, a union local's president named after his role, a company spokesperson named after her role, a RELATED link mid-story, a federal rule with no speaker, a state department spokesperson with p.m. and a college, according to a historical society, a mill worker's scene and No. 4 with private circumstances, a reporter bio with an email and a phone number, a support pitch in two sentences, a trending list with an obituary, copyright in two sentences, footer with pipes)",
    "New Zealand public broadcaster's regional page in Otago with a read-aloud player, a summary box, a watch prompt and a listen clip, a rural hospital's birthing unit stops births for eight weeks for want of midwives (brand, sign-in strip with middle dots, menu with Te Ao Māori and Country, crumb with a middle dot, headline, dek with 140km, byline with a role, date line with am and a bracketed update, share line, hear-this-story player with a headphone sign and its length, an automated-voice note, The short version heading and three points that are story with Health New Zealand says and Expectant mothers say, a WATCH prompt with a play sign, a video description, running time and credit with a slash, Health New Zealand has confirmed in the lead, a director named after his role in a statement with he said and a quote over two sentences, according to the hospital's booking figures in the middle of a sentence, the short name Health NZ resolved to the name as first given, a LISTEN clip title with a quote in it and its programme and length, a mother whose due date and first labour are private circumstances, a question in a quote followed by she said, an organiser of a midwives' collective, a streaming promo, the director by surname then He with an expected date, mothers at a playgroup said, Topics heading and tags, Up next heading and two headlines, a news-tip line, copyright and footer links with middle dots)",
    "US local TV station's site in Texas with temperature, alert and traffic widgets, a 36-inch water main breaks and 28,000 customers must boil water (station brand, temperature widget with degree signs and H and L, a heat-advisory alert with PM, a traffic widget naming the very road closure the story reports with Rd. and Ln., a watch-live prompt, menu, closings count in brackets, section label, headline with figures, dek, Author: line, Published: and Updated: lines with AM CDT, video description, Credit: line and running time, a CALVERDALE, Texas — dateline with city officials said, according to a map on the city's website, the city's boiling advice, a school district spokesperson named after her role and then She, an app prompt with a phone sign, told NewsCenter 11 with a year list, a quote of facts with he said, an expected repair time, a state rule with no speaker, a WEATHER AWARE promo naming a meteorologist in two sentences, police who closed a road without a verb of saying, a water handout with p.m. and W. ... St., a resident at a laundromat, copyright in two sentences, a typo prompt with a question, a more-from list, an up-next line with a running time, footer with middle dots)",
    "Finance portal carrying wire copy from Poland, a bus maker cuts its sales forecast over late battery deliveries and its shares slide, with the portal's tickers, notes and disclaimers (portal brand, sign-in strip with a pipe, menu, a currency and oil ticker with arrows and percentages, the wire's name alone, headline with a figure, author line, date line with AM GMT+2 and a read time, Tickers in this story heading and two ticker lines with .WA and .ST, a syndication note in two sentences that reads like story, a WARSAW, June 4 (Meridant) - dateline with blaming, zlotys with dollars in brackets and it said in a stock exchange filing, a shortened company name, a chief executive who told analysts and then declined to say, straight quotation marks, a story-continues line, a watchlist prompt, a supplier's statement with its shortened name, an analyst who wrote in a note to clients and then cut a target without a verb of saying, according to exchange data and to its annual report, a currency note in brackets, a wire credit line in brackets with semicolons, a licence note in two sentences, a data-delay note and an investment disclaimer, related quotes heading, column headers and two rows, copyright with Inc. and a data credit)",
    "British countryside magazine's long feature on a Welsh village that bought its only pub with a community share offer, with pull quotes and an author bio (masthead in capitals, subscribe-and-shop strip, menu, FEATURES / COMMUNITY label, a headline that states no fact, a standfirst of one fact and one line of scene, words and photographs credit with middle dots, date, issue and read-time line, caption and Photograph: credit, a present-tense scene without a speaker, figures of record without a speaker, a chairman named after the first part of his quote and a quote of two sentences after says, according to its accounts, a quote folded into a sentence of fact, a grant and a purchase with no speaker, a pull quote repeating the body, a manager who says and then laughs, according to figures the society presented to members, a second pull quote, a neighbour who did not buy a share, according to an advisory body and then the organisation says, a closing quote split inside the marks, an author bio with a book, a first-appeared line, a buy-the-issue line, More like this and two headlines, a publisher line with Ltd and No., copyright)",
    "Hyperlocal neighbourhood blog in Minneapolis with a donation ask in the middle and reader comments at the foot, the park board keeps a wading pool closed all summer because repairs are not funded (site name in capitals, tagline with a year, menu with Chip In, headline with a dollar figure and a semicolon, posted-by line with a middle-dot comment count, filed-under line, caption and a (Photo: ...) credit, the park board confirmed to us, a spokesperson named after her role and then she said, according to the spokesperson by surname, the writer's own second-person line without a speaker, according to park board records, a donation ask in three sentences with a member count and a deadline and its two buttons, a neighbourhood meeting as scene, an association president with a vote count, a quote of opinion, the spokesperson by surname with a decision, a council member with a ward and told us, the writer's promise, a tip line with a question, email and phone number, tags line, a supporter pitch after a question, a comment count heading, three reader comments with name, date and time, body and Reply (one with a date in it and one with a question), a load-more line, a comment prompt and a moderation note, copyright line and a sign-off line)",
    "English non-league football club's own website with a fixtures strip, the ground's capacity is cut while a terrace is repaired and the club opens an appeal (club name in capitals, nickname and since line with a middle dot, tickets strip, menu, a next-match strip with an away fixture and 3pm, a last-match strip with an en dash score, Club News label, headline with a figure, date and club-media line, share line with a colon, caption and Photo: credit, the club's own voice without a speaker with 2026/27, a finding of record without a speaker, a spokesperson for the borough council, a chairman's quote opening said: and running over two paragraphs in the British way with a board decision of record, an appeal with a target, a first total and a start date without a speaker, a donate button with an arrow, a next-home-game card in four lines with its buy button, season tickets honoured as story, away fans' wing, a supporters' trust chair who pledges to match and a quote of feeling, LATEST NEWS heading and two headlines, a season-ticket promo with prices that reads like story, partners heading and line, a company line with Ltd and Company No., copyright and a web-design credit)",
    "Thai English-language daily's regional page, Chiang Mai extends a ban on open burning as fine dust reaches 312 and hospitals fill with breathing complaints, with Thai names given in full and then by given name with Mr and Dr (masthead, weekday date strip with e-paper and a Thai-language link, menu, crumb with ›, headline with a date and a figure, standfirst of figures with no speaker, By line, Published: and Updated: lines with 24-hour times, print and share strip with LINE, caption and a (Photo: ...) credit, a CHIANG MAI: dateline with the governor who announced, a ban's dates without a speaker, a fine of record with Mr Charoenchai said, a quote over two sentences after he said, according to the department's website, a health chief named with Dr and then Dr Sirinthip, She urged as advice, a mask handout of record, an advertising line, a maize farmer's private circumstances and a quoted question followed by he asked, a provincial office that said, an associate professor with Assoc Prof dropped and a quote of opinion, airport officials said, Related heading and two headlines, topics line, company address line with Co., Ltd. and a postcode, copyright with Co., Ltd.)",
    "Canadian police news release page from a Saskatchewan RCMP detachment, two men are charged after fuel is stolen from 19 farms (two skip links, a language link, the force's name, a search line, a breadcrumb with arrows and a year, News release label, headline with a figure, date line, the release's own voice without a speaker with a Quillock, Sask. – dateline, litres and dollars, a warrant date, two lists of charges that are story, with an accused's age and home, Criminal Code section 334(a) and (two counts), a court date with a.m., a detachment commander's quote over two sentences with says and Sgt., the release's hedge and its advice, an appeal for information with a telephone number and an anonymous-tips line that are the release's own request, Media contact block in three lines, a report-a-problem line, Date modified: line, footer with middle dots)",
    "Science news site's report of a study of shade and heat in Seville schoolyards, with a study card and an earlier-work card inside the story (brand in capitals, tagline, menu with Newsletters, crumb with ›, headline with °C, dek of facts, byline with a reviewer and Dr., date and read-time line, a peer-review badge, caption and Image: credit with a slash, A study ... has found in the lead, the journal named with no speaker, researchers acting without a verb of saying with °C, the team reported, STUDY CARD heading and five fact lines without stops that are story (Who:, When:, Measured: with a.m. and p.m., Design: with a semicolon, Peer reviewed:), a funding line and a journal reference with et al. that are furniture, a lead author named after her quote with Dr. dropped, then she said and the study found with figures, a hope, a newsletter box with a sign-up button and an email field, an outside expert who was not involved and a quote of caution, The authors note in the paper, EARLIER WORK heading and a fact line, according to council minutes with €, a cite-this-article line, a corrections prompt in two sentences, an author bio in two sentences, Keep reading and two headlines, a publisher line, copyright with a licence in two sentences)",
    "Kansas statehouse newsletter post, the state Senate overrides a governor's veto of a rural ambulance bill and the writer counts the House, with subscribe prompts and reader comments (newsletter name, subscribe and sign-in strip, a title of two sentences with one fact, a subtitle with a vote count, author line, date line with Apr, a likes, comments and shares line, the writer's first-person scene without a speaker, a vote of record with p.m. and Gov., S.B. 388 with a dollar figure, a veto with saying, a senator acting without a verb of saying and then When I asked ..., she said, a quote of opinion over two sentences, a paid-subscription pitch in two sentences with prices and its button, the writer's House count in short lines of fact and a hedge, a majority leader who told reporters with a date and a quote, according to an alliance and then Its executive director with figures, the writer's opinions, What I'm watching next: with two fact lines and a hedge, a tip prompt and sign-off, a forward prompt with a question, an email box and button, a comments heading, two reader comments with name, date, body and a like-and-reply line (one with a month in it), a see-all line, copyright, footer with dots, a publish-your-own line)",
    "English regional evening paper's live blog of a moorland fire in Lancashire, with a pinned summary, time-stamped entries newest first and entry bylines (paper's name, menu-search-sign-in strip, menu with Announcements, LIVE label, headline with figures and an A-road, auto-update line with a middle dot, reporters line, last-updated line with a 24-hour time and a weekday, share line, Pinned post label, What we know so far heading and four points that are story with am, 24-hour stamps, entry headlines that state facts, Skelmorden Borough Council has said and then The council said, In a post on X at 18:05 with the fire service said and then it added, a one-line quote as an entry headline carried by the resident named below it, a resident with her age and an account of the police with pm, a quote of two sentences, the police force that said and asked, Advertisement between entries, a reader-photo entry with a call for pictures and an email, caption and Picture: credit, the first entry with 11.14am and a fire service that said, a we-will-update line, back-to-top, a trending list, a regulator line and copyright with Ltd)",
]

ARTICLES = [
    [
        [
            ("Today's Paper  ·  Sign In  ·  Start your $1 trial", "", "", "B"),
        ],
        [
            ("Wendimoor Register", "", "", "B"),
        ],
        [
            (
                "Local   Wisconsin   Business   Prep Sports   Outdoors   Opinion   Obituaries   Legals   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            ("Quillmerrow Paper to close Wendimoor mill Aug. 28, ending 340 jobs", "", "", "W"),
        ],
        [
            (
                "The mill has made paper on the Ossequa River since 1911 and is the city's largest property-tax payer",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Gisela Quandt-Ebersole", "", "", "B"),
        ],
        [
            ("Wendimoor Register", "", "", "B"),
        ],
        [
            (
                "Published 6:14 a.m. CT May 20, 2026  |  Updated 1:02 p.m. CT May 20, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share  ·  Facebook  ·  X  ·  Email  ·  Copy link", "", "", "B"),
        ],
        [
            (
                "Workers leave the Quillmerrow Paper mill on Front Street after the day shift ended Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Renzo Ulbrecht-Nwachukwe/Wendimoor Register", "", "", "B"),
        ],
        [
            (
                "Quillmerrow Paper Co. will close its Wendimoor mill on Aug. 28 and lay off all 340 people who work there, the company told employees Tuesday afternoon.",
                "the company",
                "told employees",
                "W",
            ),
        ],
        [
            (
                "In a layoff notice filed the same day with the Wisconsin Department of Workforce Development, Quillmerrow said 120 jobs would go on June 30 and the rest by the closing date.",
                "Quillmerrow Paper Co.",
                "said",
                "W",
            ),
        ],
        [
            (
                "“There is no easy way to say this, and no version of it that is fair to the people in that building,” chief executive Hjordis Glasshauer said in a statement.",
                "Hjordis Glasshauer",
                "said in a statement",
                "",
            ),
            (
                "She said orders for the coated paper the mill makes for catalogs and magazines have fallen 46% since 2019, and that the company's two other mills, in Maine and Ontario, can cover the demand that is left.",
                "Hjordis Glasshauer",
                "said",
                "W",
            ),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
        ],
        [
            (
                "Local news you won't find anywhere else: $1 for your first 3 months, then $12.99 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Start my subscription", "", "", "B"),
        ],
        [
            ("Print subscriber?", "", "", "B"),
            ("Activate your digital access", "", "", "B"),
        ],
        [
            ("We care about your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 143 partners store and access information on your device to personalise ads and content, measure performance and improve our services.",
                "",
                "",
                "B",
            ),
            (
                "You can withdraw consent at any time under “Privacy settings” in the site footer.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all     Reject all     Customize", "", "", "B"),
        ],
        [
            (
                "Mayor Nikodem Kwiatkorn said Quillmerrow's regional manager called him at about 12:45 p.m. Tuesday, roughly an hour before workers were told.",
                "Nikodem Kwiatkorn",
                "said",
                "W",
            ),
            (
                "“I'm not angry at the people who run that mill day to day,” Kwiatkorn said.",
                "Nikodem Kwiatkorn",
                "said",
                "",
            ),
            (
                "“I'm angry that a decision like this gets made in an office in another state.”",
                "Nikodem Kwiatkorn",
                "said",
                "",
            ),
        ],
        [
            (
                "The mill paid $1.87 million in property taxes in 2025, about 14% of the city's total levy, according to the city assessor's office.",
                "the city assessor's office",
                "according to",
                "W",
            ),
            (
                "Kwiatkorn said the Common Council would meet in closed session May 26 to discuss the mill property and next year's budget.",
                "Nikodem Kwiatkorn",
                "said",
                "W",
            ),
        ],
        [
            ("Severance and a pension gap", "", "", ""),
        ],
        [
            (
                "Jerrold Ambuhl, president of Local 412 of the Ossequa Valley Paper and Pulp Workers, said the company has offered one week's pay for each year of service, capped at 26 weeks, plus three months of health coverage.",
                "Jerrold Ambuhl",
                "said",
                "W",
            ),
            (
                "“These are people who gave that building their whole working lives,” Ambuhl said.",
                "Jerrold Ambuhl",
                "said",
                "",
            ),
            (
                "“Half a year's pay doesn't get anybody to a pension, and everybody at corporate knows it.”",
                "Jerrold Ambuhl",
                "said",
                "",
            ),
        ],
        [
            (
                "Ambuhl said the union asked on Tuesday for health coverage to be extended to 12 months and was told it would get an answer by June 5.",
                "Jerrold Ambuhl",
                "said",
                "W",
            ),
            (
                "A Quillmerrow spokesperson, Ulrika Ferrandini, said the company “will keep talking with the union in good faith.”",
                "Ulrika Ferrandini",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Wendimoor council shelves riverfront trail plan until fall", "", "", "B"),
        ],
        [
            (
                "Under the federal WARN Act, employers with 100 or more workers generally must give 60 days' written notice of a plant closing.",
                "",
                "",
                "W",
            ),
            (
                "The Department of Workforce Development will hold a session on unemployment benefits and retraining for mill workers at 5:30 p.m. June 3 at the Wendimoor campus of Ossequa Valley Technical College, department spokesperson Evadne Abercairn-Yoon said.",
                "Evadne Abercairn-Yoon",
                "said",
                "W",
            ),
        ],
        [
            (
                "The mill was built by the Kinderlund family in 1911 and sold to Quillmerrow in 1998.",
                "",
                "",
                "W",
            ),
            (
                "It employed about 1,100 people at its peak in 1978, according to the Wendimoor Area Historical Society.",
                "the Wendimoor Area Historical Society",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Outside the Front Street gate on Tuesday, Halina Prochaska-Welde sat in her pickup with the engine running and her lunch cooler still on the passenger seat.",
                "",
                "",
                "",
            ),
            (
                "She has run the No. 4 paper machine for 22 years, she said, and her father worked there for 37.",
                "Halina Prochaska-Welde",
                "said",
                "",
            ),
            (
                "“Everybody in this town knows somebody in there,” she said.",
                "Halina Prochaska-Welde",
                "said",
                "",
            ),
            (
                "“I just didn't figure I'd be the one turning off the lights.”",
                "Halina Prochaska-Welde",
                "said",
                "",
            ),
        ],
        [
            ("Gisela Quandt-Ebersole covers business and labor for the Register.", "", "", "B"),
            ("Reach her at gquandt@wendimoorregister.com or 920-555-0176.", "", "", "B"),
        ],
        [
            ("Journalism that shows up at the mill gate costs money.", "", "", "B"),
            ("Become a subscriber today.", "", "", "B"),
        ],
        [
            ("Trending now", "", "", "B"),
        ],
        [
            ("Quarrymead Street boil advisory lifted after two days", "", "", "B"),
        ],
        [
            ("Prep softball: Wendimoor North edges Cassberg in nine innings", "", "", "B"),
        ],
        [
            ("Obituary: Marjolein Tuttlewell, 88", "", "", "B"),
        ],
        [
            ("© 2026 Wendimoor Register, a Vossberger Local Media publication.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms of Service | Privacy Policy | Do Not Sell or Share My Personal Information | Contact Us",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("NZPB News", "", "", "B"),
        ],
        [
            ("Sign in   ·   Search   ·   Get the app", "", "", "B"),
        ],
        [
            (
                "Home   New Zealand   World   Politics   Te Ao Māori   Pacific   Business   Country   Sport   Listen   Watch",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Otago · Health", "", "", "B"),
        ],
        [
            (
                "Port Ellerdane maternity unit to stop births for eight weeks as midwife roster falls short",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Women due between 15 June and 10 August will be asked to give birth in Dunedin, about 140km away",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Harata Mataira, Otago reporter", "", "", "B"),
        ],
        [
            ("5:07am, Tuesday 9 June 2026 (updated 8:41am)", "", "", "B"),
        ],
        [
            ("Share this story", "", "", "B"),
        ],
        [
            ("🎧 Play this story aloud  ·  5 min", "", "", "B"),
        ],
        [
            ("Narrated by an automated voice modelled on NZPB presenters.", "", "", "B"),
        ],
        [
            ("The short version", "", "", "B"),
        ],
        [
            (
                "Port Ellerdane Hospital's birthing unit will not take births from 15 June to 10 August.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health New Zealand says three of the unit's nine midwife positions are filled.",
                "Health New Zealand",
                "says",
                "W",
            ),
        ],
        [
            (
                "Expectant mothers say the drive to Dunedin takes about two hours and the road often closes in snow.",
                "Expectant mothers",
                "say",
                "W",
            ),
        ],
        [
            (
                "▶ WATCH  Inside the Port Ellerdane birthing unit in its last week of births",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Midwife Mihiata Pukewheroa-Kloot walks through the unit's two birthing rooms.",
                "",
                "",
                "",
            ),
        ],
        [
            ("2:14", "", "", "B"),
        ],
        [
            ("Video: Hohepa Ferrelli-Whitu / NZPB", "", "", "B"),
        ],
        [
            (
                "The only maternity unit between Dunedin and the Catlins coast will stop delivering babies for eight weeks from Monday because there are not enough midwives to staff a safe roster, Health New Zealand has confirmed.",
                "Health New Zealand",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "In a statement on Monday, the agency's southern group director of operations, Brendon Vaimoana, said three of the unit's nine full-time midwife positions were filled and two of those midwives were due to go on leave in June.",
                "Brendon Vaimoana",
                "said",
                "W",
            ),
            (
                "“We won't run a birthing unit with one midwife on a night shift,” he said.",
                "Brendon Vaimoana",
                "said",
                "",
            ),
            ("“That's a line we're not prepared to cross.”", "Brendon Vaimoana", "said", ""),
        ],
        [
            (
                "About 31 women are booked to give birth at the unit during the pause, according to the hospital's booking figures, and they will be asked to deliver at Dunedin Hospital, 140 kilometres to the north.",
                "the hospital's booking figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Health NZ said it would pay for accommodation in Dunedin from 37 weeks of pregnancy for women who live more than an hour's drive from the city.",
                "Health New Zealand",
                "said",
                "W",
            ),
        ],
        [
            (
                "🎙 LISTEN — “We've been running on goodwill”: Port Ellerdane midwife Mihiata Pukewheroa-Kloot talks to Dawn Chorus",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Dawn Chorus  ·  6 min 12 sec", "", "", "B"),
        ],
        [
            ("Shonagh Brauwer is due on 2 July with her second child.", "", "", ""),
            (
                "Her first was born 41 minutes after her waters broke, she said, and she does not know how she will get to Dunedin in time if this one comes as fast.",
                "Shonagh Brauwer",
                "said",
                "",
            ),
            (
                "“What am I meant to do, have the baby in a lay-by on State Highway 1?” she said.",
                "Shonagh Brauwer",
                "said",
                "",
            ),
        ],
        [
            (
                "Southern Midwives' Collective organiser Raewyn Karaka-Dobrowen said the unit had been short of staff since at least March 2025, and that the collective had written to Health NZ four times about it.",
                "Raewyn Karaka-Dobrowen",
                "said",
                "W",
            ),
            (
                "“Nobody can stand up now and say they didn't see this coming,” she said.",
                "Raewyn Karaka-Dobrowen",
                "said",
                "",
            ),
        ],
        [
            ("Stream more regional stories on NZPB+, free and with no ads.", "", "", "B"),
        ],
        [
            (
                "Vaimoana said two midwives had accepted job offers and would start in August.",
                "Brendon Vaimoana",
                "said",
                "W",
            ),
            (
                "He said the agency expected the unit to take births again from 11 August.",
                "Brendon Vaimoana",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mothers at a Port Ellerdane playgroup on Monday said they would rather the money for accommodation went into midwives' pay.",
                "Mothers at a Port Ellerdane playgroup",
                "said",
                "",
            ),
        ],
        [
            ("Topics", "", "", "B"),
        ],
        [
            ("Health   Otago   Rural New Zealand   Midwifery", "", "", "B"),
        ],
        [
            ("Up next in Otago", "", "", "B"),
        ],
        [
            ("Clutha roading crews start slip repairs on coastal route", "", "", "B"),
        ],
        [
            ("Dunedin ratepayers face 9.8 percent rise in draft plan", "", "", "B"),
        ],
        [
            ("Seen something we should know about?", "", "", "B"),
            ("news@nzpb.nz", "", "", "B"),
        ],
        [
            (
                "© 2026 NZPB  ·  About  ·  Careers  ·  Terms of use  ·  Privacy  ·  Contact",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("KVLQ NewsCenter 11", "", "", "B"),
        ],
        [
            ("84°  Calverdale, TX  ·  H 93°  L 71°", "", "", "B"),
        ],
        [
            ("ALERT  Heat Advisory for Parmalee County until 8 PM", "", "", "B"),
        ],
        [
            (
                "TRAFFIC  3 incidents  ·  FM 1860 closed between Strayhorn Rd. and Adlard Ln.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ WATCH LIVE: NewsCenter 11 Midday", "", "", "B"),
        ],
        [
            (
                "News   Weather   Traffic   Investigates   Sports   Community   Contests   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Closings & Delays (2)", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Boil-water notice issued for 28,000 Calverdale customers after 36-inch main breaks",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two schools are closed and FM 1860 is shut between Strayhorn Road and Adlard Lane while crews dig out the pipe",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Author: Dominga Falleiros", "", "", "B"),
        ],
        [
            ("Published: 5:52 AM CDT May 27, 2026", "", "", "B"),
        ],
        [
            ("Updated: 11:38 AM CDT May 27, 2026", "", "", "B"),
        ],
        [
            (
                "Water pours across FM 1860 near Strayhorn Road early Wednesday after the main broke.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Credit: KVLQ", "", "", "B"),
        ],
        [
            ("0:48", "", "", "B"),
        ],
        [
            (
                "CALVERDALE, Texas — About 28,000 homes and businesses are under a boil-water notice after a 36-inch water main broke under FM 1860 shortly after 2 a.m. Wednesday, city officials said.",
                "city officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The notice covers every address north of Strayhorn Road and west of Sandwillow Creek, according to a map on the city's website.",
                "a map on the city's website",
                "according to",
                "W",
            ),
            (
                "Residents in that area should bring water to a rolling boil for two minutes before drinking it, cooking with it or brushing their teeth, the city said.",
                "the city",
                "said",
                "",
            ),
        ],
        [
            (
                "Calverdale Independent School District closed Pettigrue Elementary and Ridgemark Middle School for the day because neither building had water pressure, district spokesperson Ysela Brankov said.",
                "Ysela Brankov",
                "said",
                "W",
            ),
            (
                "She said both schools would reopen Thursday with bottled water and portable hand-washing stations.",
                "Ysela Brankov",
                "said",
                "W",
            ),
        ],
        [
            ("📲 Get alerts like this on your phone: download the NewsCenter 11 app.", "", "", "B"),
        ],
        [
            (
                "Water utilities director Rigoberto Pendergraft told NewsCenter 11 the pipe was laid in 1974 and had broken twice before, in 2011 and 2019.",
                "Rigoberto Pendergraft",
                "told NewsCenter 11",
                "W",
            ),
            (
                "“It's cast iron, it's 52 years old, and it's done,” he said.",
                "Rigoberto Pendergraft",
                "said",
                "W",
            ),
            (
                "He said crews expected to finish the repair by late Thursday, but the notice would stay in place until two rounds of samples came back clean from a state-certified lab, which usually takes 24 to 48 hours.",
                "Rigoberto Pendergraft",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Texas Commission on Environmental Quality requires a water system to issue a boil-water notice when pressure drops below 20 pounds per square inch.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("WEATHER AWARE: Storms could move in Thursday evening.", "", "", "B"),
            ("Meteorologist Kaydence Dubrowski has your full 10-day forecast.", "", "", "B"),
        ],
        [
            (
                "Police closed FM 1860 in both directions between Strayhorn Road and Adlard Lane and are sending drivers onto Loop 9.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city will hand out bottled water from 4 p.m. to 8 p.m. at the Calverdale Civic Center, 600 W. Kimbrell St., with a limit of two cases per household.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At a laundromat on Strayhorn Road, Yaritza Tlapa-Goodnight said she had already bought four cases of water on her way home from a night shift.",
                "Yaritza Tlapa-Goodnight",
                "said",
                "",
            ),
            (
                "“By the time I got to the store there were two cases left on the shelf,” she said.",
                "Yaritza Tlapa-Goodnight",
                "said",
                "",
            ),
        ],
        [
            ("Copyright 2026 KVLQ-TV.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Spotted a mistake?", "", "", "B"),
            ("Let us know.", "", "", "B"),
        ],
        [
            ("MORE FROM NEWSCENTER 11", "", "", "B"),
        ],
        [
            (
                "Parmalee County deputies search for man who walked away from work-release",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Calverdale ISD board approves $4.1 million for new school buses", "", "", "B"),
        ],
        [
            ("Up next: Heat tips for pets  ·  0:32", "", "", "B"),
        ],
        [
            (
                "Public Inspection File  ·  Closed Captioning  ·  Ad Choices  ·  Terms of Use",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Tickerfield", "", "", "B"),
        ],
        [
            ("Sign in   |   Create a free account", "", "", "B"),
        ],
        [
            (
                "Markets   Stocks   ETFs   Currencies   Commodities   Screeners   My Portfolio   News",
                "",
                "",
                "B",
            ),
        ],
        [
            ("EUR/PLN 4.2713 ▼0.08%     USD/PLN 3.6520 ▲0.11%     Brent 78.42 ▼1.12%", "", "", "B"),
        ],
        [
            ("Meridant", "", "", "B"),
        ],
        [
            (
                "Polish bus maker Tarnovia cuts 2026 sales forecast on battery delays, shares slide 11%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Wiktoria Szelągowska", "", "", "B"),
        ],
        [
            ("Thu, June 4, 2026 at 10:26 AM GMT+2  ·  3 min read", "", "", "B"),
        ],
        [
            ("Tickers in this story", "", "", "B"),
        ],
        [
            ("TNV.WA   Tarnovia Bus SA   38.12   -4.90 (-11.39%)", "", "", "B"),
        ],
        [
            ("SKC.ST   Skarvholm Cells AB   61.40   -2.15 (-3.38%)", "", "", "B"),
        ],
        [
            ("Syndicated from Meridant.", "", "", "B"),
            ("Tickerfield's newsroom had no role in reporting or editing it.", "", "", "B"),
        ],
        [
            (
                "WARSAW, June 4 (Meridant) - Polish bus maker Tarnovia Bus SA cut its 2026 sales forecast on Thursday, blaming late deliveries of battery packs from its Swedish supplier, and its shares fell more than 11% in early trade.",
                "Tarnovia Bus SA",
                "blaming",
                "W",
            ),
        ],
        [
            (
                "The company now expects revenue of 2.05 billion to 2.2 billion zlotys ($562 million to $603 million) this year, down from the 2.5 billion to 2.7 billion zlotys it forecast in March, it said in a stock exchange filing.",
                "Tarnovia Bus SA",
                "said in a stock exchange filing",
                "W",
            ),
        ],
        [
            (
                "Tarnovia said Skarvholm Cells AB had delivered 140 of the 410 battery packs that were due by the end of May.",
                "Tarnovia Bus SA",
                "said",
                "W",
            ),
            (
                "As a result, 96 electric buses ordered by city transport companies in Poland and the Czech Republic will be handed over in 2027 instead of this year, it said.",
                "Tarnovia Bus SA",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We are working with Skarvholm every day to close the gap," Chief Executive Przemysław Dobrzycki told analysts on a conference call.',
                "Przemysław Dobrzycki",
                "told analysts",
                "",
            ),
            (
                "He declined to say whether Tarnovia would seek compensation from the supplier.",
                "Przemysław Dobrzycki",
                "declined to say",
                "",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("Add TNV.WA to your watchlist to get price alerts.", "", "", "B"),
        ],
        [
            (
                "Skarvholm said in a statement that a fire at its cell plant near Gothenburg on April 11 had cut output for six weeks and that production was back to normal.",
                "Skarvholm Cells AB",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                '"The guidance cut is deeper than we expected, and investors are right to ask whether one supplier should carry this much of the order book," Bronisława Krentowicz, an analyst at Bramsted Securities in Warsaw, wrote in a note to clients.',
                "Bronisława Krentowicz",
                "wrote in a note to clients",
                "",
            ),
            ("She cut her price target on the stock to 44 zlotys from 57 zlotys.", "", "", "W"),
        ],
        [
            (
                "Tarnovia's shares had gained 38% this year before Thursday's drop, according to exchange data.",
                "exchange data",
                "according to",
                "W",
            ),
            (
                "The company, which employs about 2,900 people, sold 612 buses in 2025, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("($1 = 3.6520 zlotys)", "", "", "B"),
        ],
        [
            (
                "(Writing by Wiktoria Szelągowska in Warsaw; additional reporting by Wolfram Sundh in Stockholm; editing by Marianna Frausch)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Meridant content is licensed to Tickerfield.", "", "", "B"),
            ("It may not be republished without written permission.", "", "", "B"),
        ],
        [
            ("Market data delayed by at least 15 minutes.", "", "", "B"),
            (
                "Nothing on this page is investment advice; do your own research or speak to a licensed adviser before you trade.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related quotes", "", "", "B"),
        ],
        [
            ("Symbol   Name   Last   Chg   %Chg", "", "", "B"),
        ],
        [
            ("TNV.WA   Tarnovia Bus SA   38.12   -4.90   -11.39%", "", "", "B"),
        ],
        [
            ("SLB.WA   Solvitra Bus Components SA   12.66   -0.31   -2.39%", "", "", "B"),
        ],
        [
            ("© 2026 Tickerfield, Inc.", "", "", "B"),
            ("Prices provided by Quorvell Market Data.", "", "", "B"),
        ],
    ],
    [
        [
            ("BRAMBLINGS", "", "", "B"),
        ],
        [
            ("Subscribe & save 30%   ·   Shop   ·   Newsletter", "", "", "B"),
        ],
        [
            (
                "Features   Places   Food & Drink   Walks   Nature   Interviews   The Archive",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FEATURES  /  COMMUNITY", "", "", "B"),
        ],
        [
            ("Last orders, first shares", "", "", ""),
        ],
        [
            ("When Caerwyddno's only pub shut in 2023, 690 people bought it back.", "", "", "W"),
            (
                "A year after it reopened, the village is learning what it means to own a bar.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words by Myfanwy Aldergrove  ·  Photographs by Einion Marchesetti", "", "", "B"),
        ],
        [
            ("14 May 2026  ·  From Issue 58  ·  11-minute read", "", "", "B"),
        ],
        [
            (
                "Manager Tegwen Gwyndaf pulls a pint at the Ceffyl Brith on a Friday night in April.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photograph: Einion Marchesetti", "", "", "B"),
        ],
        [
            ("On a wet Friday in April, the Ceffyl Brith is full by half past seven.", "", "", ""),
            (
                "There are farmers at the bar in their work fleeces, a table of teenagers sharing chips, and a Labrador asleep across the doorway to the gents, so that everyone has to step over him.",
                "",
                "",
                "",
            ),
            ("Nobody seems to mind.", "", "", ""),
        ],
        [
            (
                "For 14 months in 2023 and 2024 the building stood empty, its windows boarded.",
                "",
                "",
                "W",
            ),
            (
                "Its last tenant handed back the keys in September 2023, and the pub company that owned it put it up for sale with an asking price of £395,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“That was the moment,” says Emyr Pentrevan, a retired sheep farmer who chairs the society that now owns the pub.",
                "Emyr Pentrevan",
                "says",
                "",
            ),
            (
                "“You can lose a chapel and a school and a post office and still call yourself a village.",
                "Emyr Pentrevan",
                "says",
                "",
            ),
            ("Lose the pub and you're a postcode.”", "Emyr Pentrevan", "says", ""),
        ],
        [
            (
                "The society sold shares at £50 each, with a limit of £20,000 per person, and raised £412,000 from 690 shareholders in 11 weeks, according to its accounts.",
                "its accounts",
                "according to",
                "W",
            ),
            (
                "About a third of the shareholders live in the village; the rest are former residents, holidaymakers and people who, Pentrevan says, “just liked the idea of a pub that can't be sold out from under anybody.”",
                "Emyr Pentrevan",
                "says",
                "W",
            ),
        ],
        [
            (
                "A £150,000 grant from the Welsh Government paid for a new kitchen, a ramp and a roof.",
                "",
                "",
                "W",
            ),
            (
                "The society completed the purchase in November 2024 for £362,500 and reopened the pub in March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Lose the pub and you're a postcode.”", "", "", "B"),
        ],
        [
            (
                "Running a pub by committee is not easy, and nobody here pretends otherwise.",
                "",
                "",
                "",
            ),
            (
                "The society's board has nine members and meets on the first Monday of every month, in the back room, after closing.",
                "",
                "",
                "W",
            ),
            (
                "Gwyndaf, who was hired from a hotel in Cardiff to manage the place, says the first winter nearly broke her.",
                "Tegwen Gwyndaf",
                "says",
                "",
            ),
            ("“Everybody is your boss,” she says, laughing.", "Tegwen Gwyndaf", "says", ""),
            (
                "“I'd go to the shop for milk and come back with four suggestions for the menu.”",
                "Tegwen Gwyndaf",
                "says",
                "",
            ),
        ],
        [
            (
                "The pub made a profit of £18,400 in its first full year, according to figures the society presented to members at its annual meeting in March.",
                "figures the society presented to members at its annual meeting in March",
                "according to",
                "W",
            ),
            (
                "It employs 11 people, seven of them from the village, and pays every member of staff at least £12.60 an hour.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Everybody is your boss.”", "", "", "B"),
        ],
        [
            ("Not everyone in Caerwyddno has been won over.", "", "", ""),
            (
                "Gwladys Bellingall, who has lived on the main road for 40 years, says she did not buy a share and still does not drink there.",
                "Gwladys Bellingall",
                "says",
                "",
            ),
            ("“It's lovely for them,” she says.", "Gwladys Bellingall", "says", ""),
            (
                "“But it's louder than it used to be, and nobody asked me.”",
                "Gwladys Bellingall",
                "says",
                "",
            ),
        ],
        [
            (
                "There are 61 community-owned pubs in Wales, up from 19 in 2016, according to Cydberchen, which advises groups on share offers.",
                "Cydberchen",
                "according to",
                "W",
            ),
            (
                "None has closed since it was bought, the organisation says.",
                "the organisation",
                "says",
                "W",
            ),
        ],
        [
            ("Back at the bar, Pentrevan finishes his half and looks around the room.", "", "", ""),
            (
                "“Every one of these people owns a bit of this,” he says.",
                "Emyr Pentrevan",
                "says",
                "",
            ),
            ("“That's the point.", "Emyr Pentrevan", "says", ""),
            ("That's the whole point.”", "Emyr Pentrevan", "says", ""),
        ],
        [
            ("Myfanwy Aldergrove is a writer based in Cardiff.", "", "", "B"),
            (
                "Her first book, a history of the drovers' roads of mid Wales, is out from Brynffordd Press in September.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This feature first appeared in the Summer 2026 issue of Bramblings.", "", "", "B"),
        ],
        [
            ("Buy the issue   ·   Give a gift subscription", "", "", "B"),
        ],
        [
            ("More like this", "", "", "B"),
        ],
        [
            ("The last ferryman of the Dyfi estuary", "", "", "B"),
        ],
        [
            ("Walks: three pub-to-pub routes in the Berwyns", "", "", "B"),
        ],
        [
            (
                "Bramblings is published by Ravenslaw Media Ltd, registered in England and Wales, No. 10482257.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Bramblings 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KESSINGVALE PORCH", "", "", "B"),
        ],
        [
            (
                "Neighborhood news for Kessingvale Heights and the Ruskmoor corridor, since 2014",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Eat & Drink   Development   Schools   Events   Classifieds   Chip In",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Park board keeps Kessingvale wading pool closed all summer; repairs put at $640,000",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted by Judson Weisskettle  ·  May 29, 2026  ·  9 comments", "", "", "B"),
        ],
        [
            ("Filed under: Parks, Kids, Summer 2026", "", "", "B"),
        ],
        [
            (
                "The wading pool at Kessingvale Park, drained and fenced, on Thursday afternoon.",
                "",
                "",
                "",
            ),
            ("(Photo: Judson Weisskettle)", "", "", "B"),
        ],
        [
            (
                "The wading pool at Kessingvale Park will stay dry this summer, the Minneapolis Park and Recreation Board confirmed to us Thursday.",
                "the Minneapolis Park and Recreation Board",
                "confirmed to us",
                "W",
            ),
        ],
        [
            (
                "Park board spokesperson Consolata Gatherall said an inspection in April found cracks in the pool's concrete basin and a recirculation pump that no longer meets the state health code.",
                "Consolata Gatherall",
                "said",
                "W",
            ),
            (
                "Fixing both is estimated at $640,000, she said, and that money is not in the board's 2026 budget.",
                "Consolata Gatherall",
                "said",
                "W",
            ),
            (
                "The board will put the repairs in its 2027 capital request, which goes to commissioners in October, according to Gatherall.",
                "Consolata Gatherall",
                "according to",
                "W",
            ),
        ],
        [
            ("If you've got small kids, you already know what this means.", "", "", ""),
            (
                "The next-closest wading pool is at Osterdahl Park, 1.8 miles away across Hiawatha Avenue, and it was open only 41 days last summer because of staffing, according to park board records.",
                "park board records",
                "according to",
                "W",
            ),
        ],
        [
            ("A quick word before you keep scrolling.", "", "", "B"),
            ("The Porch has no paywall and no billionaire owner.", "", "", "B"),
            (
                "It runs on 612 neighbors who chip in a few dollars a month, and we need 100 more by June 30 to keep a part-time reporter at City Hall.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Chip in $5 a month", "", "", "B"),
        ],
        [
            ("Make a one-time gift", "", "", "B"),
        ],
        [
            (
                "At Tuesday's meeting of the Kessingvale Heights Neighborhood Association, parents filled the back room of the Ruskmoor branch library and spilled out into the stacks.",
                "",
                "",
                "",
            ),
            (
                "Association president Clémence Fielden said members voted 23-4 to ask the park board for a temporary splash pad at the park this summer.",
                "Clémence Fielden",
                "said",
                "W",
            ),
            (
                "“Our kids can't wait until 2028 because a budget cycle says so,” she said.",
                "Clémence Fielden",
                "said",
                "",
            ),
        ],
        [
            (
                "Gatherall said a splash pad would need a water line and a drain the park does not have, and could not be built this year.",
                "Consolata Gatherall",
                "said",
                "W",
            ),
        ],
        [
            (
                "Council Member Marcelino Thistlewaite, whose ward includes Kessingvale Heights, said he had asked park board staff for the cost of mobile sprinklers, which the board used at three parks in 2024.",
                "Marcelino Thistlewaite",
                "said",
                "W",
            ),
            (
                "“It's not a pool, but it's not nothing,” he told us.",
                "Marcelino Thistlewaite",
                "told us",
                "",
            ),
        ],
        [
            ("We'll keep asking, and we'll post the number when we have it.", "", "", ""),
        ],
        [
            ("Got something we should look into?", "", "", "B"),
            ("Email tips@kessingvaleporch.com or text 612-555-0139.", "", "", "B"),
        ],
        [
            (
                "Tags: Kessingvale Park · Minneapolis Park and Recreation Board · wading pools · Ward 12",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Like what we do?", "", "", "B"),
            ("Become a monthly supporter.", "", "", "B"),
        ],
        [
            ("9 comments", "", "", "B"),
        ],
        [
            ("Teofila Winterbottom", "", "", "B"),
        ],
        [
            ("May 29, 2026 at 8:12 am", "", "", "B"),
        ],
        [
            ("We used that pool every single day last July.", "", "", "B"),
            ("Gutted.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("RuskmoorDad", "", "", "B"),
        ],
        [
            ("May 29, 2026 at 9:40 am", "", "", "B"),
        ],
        [
            (
                "The sprinklers in 2024 were at Osterdahl, not here, for what it's worth.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Paisley Abruzzo", "", "", "B"),
        ],
        [
            ("May 29, 2026 at 11:03 am", "", "", "B"),
        ],
        [
            ("Can the association just raise the money?", "", "", "B"),
            ("I'd chip in.", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Load more comments", "", "", "B"),
        ],
        [
            ("Leave a comment", "", "", "B"),
        ],
        [
            ("Comments are read by a human before they appear, usually within a day.", "", "", "B"),
            ("Be kind to your neighbors.", "", "", "B"),
        ],
        [
            ("© 2026 The Kessingvale Porch LLC", "", "", "B"),
        ],
        [
            ("Made on 38th Street with too much coffee.", "", "", "B"),
        ],
    ],
    [
        [
            ("HADDONBROOK TOWN FC", "", "", "B"),
        ],
        [
            ("The Brookmen  ·  Since 1889", "", "", "B"),
        ],
        [
            ("Tickets   Shop   Hospitality   Lottery   Contact", "", "", "B"),
        ],
        [
            (
                "Home   News   Fixtures & Results   First Team   Women   Academy   Club   Community",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEXT MATCH  Sat 18 Jul  ·  Pellerby Rovers v Haddonbrook Town  ·  Pre-season friendly  ·  3pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LAST MATCH  Haddonbrook Town 2–1 Whitstow Athletic  ·  FT  ·  25 Apr", "", "", "B"),
        ],
        [
            ("Club News", "", "", "B"),
        ],
        [
            (
                "Mallowmere Lane capacity cut to 1,640 while Bank Street terrace is repaired",
                "",
                "",
                "W",
            ),
        ],
        [
            ("23 June 2026  ·  Brookmen Media", "", "", "B"),
        ],
        [
            ("Share:  Facebook  X  WhatsApp", "", "", "B"),
        ],
        [
            ("The Bank Street terrace at Mallowmere Lane, photographed on Monday.", "", "", ""),
        ],
        [
            ("Photo: Ulick Riddiough", "", "", "B"),
        ],
        [
            (
                "The club can confirm that the capacity of Mallowmere Lane has been reduced from 2,500 to 1,640 for the start of the 2026/27 season, following an inspection of the ground by the borough council's Safety Advisory Group on 11 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Engineers found cracking in 14 of the concrete steps on the Bank Street terrace and corrosion in three of its crush barriers, and the terrace will stay closed until the work is done.",
                "",
                "",
                "W",
            ),
            (
                "A spokesperson for Haddonbrook Borough Council said the new limit would apply to every home match until a revised safety certificate is issued.",
                "A spokesperson for Haddonbrook Borough Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chairman Sylvester Ashwater said: “Nobody wants to see a smaller crowd at Mallowmere Lane, but safety comes before everything.",
                "Sylvester Ashwater",
                "said",
                "",
            ),
            (
                "We are working closely with the council and we will not cut corners.",
                "Sylvester Ashwater",
                "said",
                "",
            ),
        ],
        [
            (
                "“The board has agreed to spend £40,000 of the club's reserves on the repairs straight away, and we are asking supporters to help us find the rest.”",
                "Sylvester Ashwater",
                "said",
                "W",
            ),
        ],
        [
            (
                "The repairs are estimated to cost £125,000, and the club has launched a Terrace Fund appeal with a target of £85,000.",
                "",
                "",
                "W",
            ),
            ("Supporters gave £9,260 in the first 48 hours.", "", "", "W"),
            (
                "Contractors are booked to start on 6 July, and the work is expected to take ten weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("DONATE TO THE TERRACE FUND →", "", "", "B"),
        ],
        [
            ("NEXT HOME GAME", "", "", "B"),
        ],
        [
            ("Haddonbrook Town v Corsleigh United", "", "", "B"),
        ],
        [
            ("Saturday 25 July  ·  Pre-season  ·  3pm", "", "", "B"),
        ],
        [
            ("Buy tickets", "", "", "B"),
        ],
        [
            (
                "All 1,118 season tickets sold for 2026/27 so far will be honoured, and match-day tickets for home league games will be sold online only until further notice.",
                "",
                "",
                "W",
            ),
            (
                "Away supporters will be housed in the north wing of the Tannerside Stand, which holds 260.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Haddonbrook Town Supporters' Trust chair Clodagh Tetlow said the trust would match every pound its members give to the appeal, up to £5,000.",
                "Clodagh Tetlow",
                "said",
                "W",
            ),
            (
                "“We've come through worse than a few cracked steps,” she said.",
                "Clodagh Tetlow",
                "said",
                "",
            ),
        ],
        [
            ("LATEST NEWS", "", "", "B"),
        ],
        [
            ("Academy striker Zebedee Cudworthy signs first professional deal", "", "", "B"),
        ],
        [
            ("Pre-season schedule confirmed, with four home friendlies", "", "", "B"),
        ],
        [
            (
                "Season tickets for 2026/27 are still on sale: adults £165, concessions £110, under-16s free with a paying adult.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Club Partners", "", "", "B"),
        ],
        [
            ("Brookside Motors  ·  Ashcroyd Print  ·  Velton Homes", "", "", "B"),
        ],
        [
            (
                "Haddonbrook Town Football Club Ltd  ·  Mallowmere Lane, Bank Street, Haddonbrook  ·  Company No. 04719283",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Haddonbrook Town FC.", "", "", "B"),
            ("Website by Terraceworks.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Lamyai Courier", "", "", "B"),
        ],
        [
            ("Thursday, March 26, 2026  |  Today's e-paper  |  ภาษาไทย", "", "", "B"),
        ],
        [
            ("News   Thailand   Business   World   Opinion   Life   Travel   Sport", "", "", "B"),
        ],
        [
            ("Thailand › North", "", "", "B"),
        ],
        [
            ("Chiang Mai extends burning ban to April 30 as PM2.5 hits 312", "", "", "W"),
        ],
        [
            (
                "Provincial hospitals treated 4,870 people for breathing problems last week, more than double the week before",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Pimchanok Saengarun", "", "", "B"),
        ],
        [
            ("Published: 26 Mar 2026 at 06:10", "", "", "B"),
        ],
        [
            ("Updated: 26 Mar 2026 at 14:25", "", "", "B"),
        ],
        [
            ("Print   Email   Facebook   X   LINE", "", "", "B"),
        ],
        [
            ("Haze hangs over the old city moat in Chiang Mai on Wednesday afternoon.", "", "", ""),
            ("(Photo: Worapong Thitisakdikul)", "", "", "B"),
        ],
        [
            (
                "CHIANG MAI: The province has extended its ban on open burning to April 30 after fine-dust levels reached 312 micrograms per cubic metre on Wednesday, more than 20 times the World Health Organization's 24-hour guideline, provincial governor Charoenchai Wongsakulrat announced on Thursday.",
                "Charoenchai Wongsakulrat",
                "announced",
                "W",
            ),
        ],
        [
            ("The ban was imposed on Feb 1 and had been due to end on March 31.", "", "", "W"),
            (
                "Anyone caught burning crop waste, rubbish or forest undergrowth faces a fine of up to 100,000 baht, a year in jail or both, Mr Charoenchai said.",
                "Charoenchai Wongsakulrat",
                "said",
                "W",
            ),
            (
                "“We have asked nicely for two months,” he said.",
                "Charoenchai Wongsakulrat",
                "said",
                "",
            ),
            ("“From today, we prosecute.”", "Charoenchai Wongsakulrat", "said", ""),
        ],
        [
            (
                "The Pollution Control Department's monitoring station in the city recorded an average of 312 micrograms of PM2.5 per cubic metre in the 24 hours to 6pm on Wednesday, the highest reading this year, according to the department's website.",
                "the department's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Provincial public health chief Dr Sirinthip Ruangkhajornsak said hospitals in the province treated 4,870 patients for respiratory problems in the week to Sunday, up from 2,310 the week before.",
                "Sirinthip Ruangkhajornsak",
                "said",
                "W",
            ),
            (
                "Dr Sirinthip said 612 of them were children under five.",
                "Sirinthip Ruangkhajornsak",
                "said",
                "W",
            ),
            (
                "She urged people with heart or lung conditions to stay indoors and to wear N95 masks if they had to go out.",
                "Sirinthip Ruangkhajornsak",
                "urged",
                "",
            ),
            (
                "The provincial health office will hand out 200,000 masks at district offices from Friday, she said.",
                "Sirinthip Ruangkhajornsak",
                "said",
                "W",
            ),
        ],
        [
            ("Advertising", "", "", "B"),
        ],
        [
            (
                "In Ban Pha Lomthong, about 60 kilometres north of the city, maize farmer Thongchai Mahawongkaew said he had not burned his fields this year but could not afford to hire a tractor to plough the stubble in.",
                "Thongchai Mahawongkaew",
                "said",
                "",
            ),
            ("“I don't have money for a tractor.", "Thongchai Mahawongkaew", "asked", ""),
            ("Who pays for that?” he asked.", "Thongchai Mahawongkaew", "asked", ""),
        ],
        [
            (
                "The provincial agriculture office said it had 45 tractors to lend to farmers free of charge but had received more than 900 requests.",
                "The provincial agriculture office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Assoc Prof Naruemon Sitthichokwattana, an atmospheric scientist at Chiang Mai University, said satellite data analysed by her team showed smoke from fires in Myanmar and Laos made up as much as half of the city's pollution on some days this month.",
                "Naruemon Sitthichokwattana",
                "said",
                "W",
            ),
            (
                "“A provincial ban can't stop smoke that crosses a border,” she said.",
                "Naruemon Sitthichokwattana",
                "said",
                "",
            ),
        ],
        [
            (
                "Three flights into Chiang Mai International Airport were diverted to Lampang on Wednesday morning because of poor visibility, airport officials said.",
                "airport officials",
                "said",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Lampang schools switch to online classes as haze lingers", "", "", "B"),
        ],
        [
            ("Editorial: Smoke season is a policy choice", "", "", "B"),
        ],
        [
            ("Topics: Chiang Mai · haze · PM2.5 · burning ban", "", "", "B"),
        ],
        [
            (
                "Lamyai Courier Co., Ltd.  ·  88/4 Huay Kaew Road, Mueang, Chiang Mai 50200",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Lamyai Courier Co., Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Skip to “About this site”", "", "", "B"),
        ],
        [
            ("Français", "", "", "B"),
        ],
        [
            ("Royal Canadian Mounted Police", "", "", "B"),
        ],
        [
            ("Search the RCMP website", "", "", "B"),
        ],
        [
            ("Home → Saskatchewan RCMP → News → 2026", "", "", "B"),
        ],
        [
            ("News release", "", "", "B"),
        ],
        [
            ("Quillock RCMP charge two men after fuel stolen from 19 farms", "", "", "W"),
        ],
        [
            ("June 1, 2026", "", "", "B"),
        ],
        [
            (
                "Quillock, Sask. – Quillock RCMP have charged two men in connection with a series of thefts of diesel and gasoline from farmyards in the rural municipalities of Marnach and Beldoran between March 3 and May 22, 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Officers received 19 reports of fuel stolen from farm tanks in that period, with about 14,600 litres taken in total, worth an estimated $27,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On May 27, 2026, officers executed a search warrant at a property in the RM of Marnach and seized a flatbed truck fitted with a 2,000-litre transfer tank, a pump and a set of bolt cutters.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kaeden Rennock-Wasyl, 34, of Marnach, is charged with:", "", "", "W"),
        ],
        [
            (
                "Theft over $5,000, contrary to section 334(a) of the Criminal Code (two counts)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Possession of property obtained by crime over $5,000", "", "", "W"),
        ],
        [
            ("Mischief to property", "", "", "W"),
        ],
        [
            ("Ryker Filbury, 29, of Beldoran, is charged with:", "", "", "W"),
        ],
        [
            ("Possession of property obtained by crime over $5,000", "", "", "W"),
        ],
        [
            ("Failure to comply with a release order", "", "", "W"),
        ],
        [
            (
                "Both men were released on conditions and are scheduled to appear in Quillock Provincial Court on June 15, 2026, at 9:30 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Fuel is one of the biggest costs a farm carries, and these thefts hit people right in the middle of seeding,” says Sgt. Dalyn Oberholt-Meara, commander of the Quillock RCMP Detachment.",
                "Dalyn Oberholt-Meara",
                "says",
                "",
            ),
            (
                "“We want to thank the producers who reported suspicious vehicles and took down plate numbers.”",
                "Dalyn Oberholt-Meara",
                "says",
                "",
            ),
        ],
        [
            ("The investigation is continuing, and further charges are possible.", "", "", ""),
        ],
        [
            (
                "RCMP encourage producers to lock fuel tanks, leave yard lights on overnight and note the licence plates of unfamiliar vehicles.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Anyone with information about these or other fuel thefts is asked to call Quillock RCMP at 306-555-0190.",
                "",
                "",
                "",
            ),
            (
                "Tips can also be left anonymously with Crime Stoppers at 1-800-555-0148.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            ("Saskatchewan RCMP Media Relations", "", "", "B"),
        ],
        [
            ("306-555-0147", "", "", "B"),
        ],
        [
            ("Report a problem on this page", "", "", "B"),
        ],
        [
            ("Date modified: 2026-06-01", "", "", "B"),
        ],
        [
            ("Terms and conditions  ·  Privacy  ·  Transparency", "", "", "B"),
        ],
    ],
    [
        [
            ("NOCTULE", "", "", "B"),
        ],
        [
            ("Science news, checked against the paper", "", "", "B"),
        ],
        [
            ("Health   Environment   Space   Physics   Mind   Tech   Newsletters", "", "", "B"),
        ],
        [
            ("Environment › Urban heat", "", "", "B"),
        ],
        [
            (
                "Trees cut midday playground temperatures by up to 6.3°C in Seville schools",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Canopy mattered more than paint colour or paving, and a quarter of the schoolyards had no trees at all",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Almudena Lezcano  ·  Reviewed by Dr. Orestis Halvatzis, science editor",
                "",
                "",
                "B",
            ),
        ],
        [
            ("June 8, 2026  ·  6 min read", "", "", "B"),
        ],
        [
            ("✔ Based on a peer-reviewed study", "", "", "B"),
        ],
        [
            (
                "Children play under plane trees in a schoolyard in Seville's Triana district.",
                "",
                "",
                "",
            ),
            ("Image: Jimena Valdorrey / Noctule", "", "", "B"),
        ],
        [
            (
                "A study of 42 primary schools in Seville has found that the schoolyards with the most tree cover were up to 6.3°C cooler at ground level at midday than those with none.",
                "A study of 42 primary schools in Seville",
                "has found",
                "W",
            ),
            (
                "The study was published on Thursday in the journal Urban Climate Letters.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers at the University of Seville measured surface temperatures with handheld infrared cameras at each school on 12 days in June and July 2025, when the air temperature in the city ranged from 36°C to 43°C.",
                "",
                "",
                "W",
            ),
            (
                "Asphalt in full sun reached 61.4°C on the hottest afternoon, while rubber-crumb surfaces under dense shade stayed below 38°C, the team reported.",
                "the team",
                "reported",
                "W",
            ),
        ],
        [
            ("STUDY CARD", "", "", "B"),
        ],
        [
            ("Who: 42 public primary schools in Seville, Spain", "", "", "W"),
        ],
        [
            ("When: 12 days in June and July 2025", "", "", "W"),
        ],
        [
            (
                "Measured: ground-surface and air temperature at 11 a.m., 1 p.m. and 3 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Design: observational; no school was randomly assigned trees", "", "", "W"),
        ],
        [
            ("Peer reviewed: yes", "", "", "W"),
        ],
        [
            ("Funding: Spain's State Research Agency and Seville City Council", "", "", "B"),
        ],
        [
            (
                "Reference: Orellana-Bístrup M, Cazorla-Heaney P, Villamarín Oteiza T, et al. Canopy cover and surface temperature in 42 primary schoolyards in Seville, Spain. Urban Clim Lett. 2026;9(2):114-129.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“What surprised us was how little the colour of the surface mattered once there was shade over it,” said lead author Dr. Macarena Orellana-Bístrup, an urban climatologist at the University of Seville.",
                "Macarena Orellana-Bístrup",
                "said",
                "",
            ),
            (
                "Light-coloured paving cut surface temperatures by about 4°C in full sun, she said, but under canopy the difference between light and dark surfaces shrank to less than 1°C.",
                "Macarena Orellana-Bístrup",
                "said",
                "W",
            ),
            (
                "Eleven of the 42 schoolyards had no trees at all, the study found, and seven of those had been built or resurfaced since 2015.",
                "the study",
                "found",
                "W",
            ),
            (
                "Orellana-Bístrup said she hoped the findings would shape the city's plans for resurfacing older yards.",
                "Macarena Orellana-Bístrup",
                "said",
                "",
            ),
        ],
        [
            ("Noctule Weekly: the week's sturdiest science, in one email.", "", "", "B"),
        ],
        [
            ("Sign up free", "", "", "B"),
        ],
        [
            ("Enter your email address", "", "", "B"),
        ],
        [
            (
                "Gunther Liljevik, who studies urban heat at the Nordhavn Institute for Climate Adaptation in Copenhagen and was not involved in the research, said the measurements were careful but could not show that the trees alone caused the cooling.",
                "Gunther Liljevik",
                "said",
                "",
            ),
            (
                "“Schools with big old trees tend to be older schools, in older neighbourhoods, with different buildings around them,” he said.",
                "Gunther Liljevik",
                "said",
                "",
            ),
            (
                "The authors note in the paper that they adjusted for building height and distance to the river but had no data on wind.",
                "The authors",
                "note in the paper",
                "W",
            ),
        ],
        [
            ("EARLIER WORK", "", "", "B"),
        ],
        [
            (
                "A 2023 survey of 310 schoolyards in Barcelona by a separate team found that 38% had no shade over their play areas.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Seville's city council approved a €14 million programme in February to plant trees and put up shade sails at 60 public schools by 2028, according to council minutes.",
                "council minutes",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cite this article: Lezcano A. “Trees cut midday playground temperatures by up to 6.3°C in Seville schools.” Noctule, 8 June 2026.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Found an error?", "", "", "B"),
            ("Tell our corrections desk.", "", "", "B"),
        ],
        [
            ("Almudena Lezcano is Noctule's environment reporter, based in Madrid.", "", "", "B"),
            (
                "She covered drought and farming for regional radio in Andalusia before joining in 2022.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Keep reading", "", "", "B"),
        ],
        [
            ("Heat waves and exam scores: what 1.2 million test results show", "", "", "B"),
        ],
        [
            ("Why green roofs don't always cool the street below", "", "", "B"),
        ],
        [
            ("Noctule is published by the nonprofit Noctule Foundation.", "", "", "B"),
        ],
        [
            ("© 2026 Noctule.", "", "", "B"),
            ("Text licensed CC BY-ND 4.0 unless otherwise noted.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Fencepost", "", "", "B"),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            ("The Senate overrode the ambulance veto.", "", "", "W"),
            ("The House is another story.", "", "", ""),
        ],
        [
            (
                "Twenty-eight votes in one chamber, and a count I can't make work in the other",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Verlene Stonecipher", "", "", "B"),
        ],
        [
            ("Apr 16, 2026", "", "", "B"),
        ],
        [
            ("♡ 57   💬 12   ⤴ 4", "", "", "B"),
        ],
        [
            ("Good morning from a very windy Topeka.", "", "", ""),
        ],
        [
            (
                "At 4:52 p.m. Wednesday, the Kansas Senate voted 28-12 to override Gov. Elbert Vandrielsma's veto of Senate Bill 388, the rural ambulance bill, one vote more than the 27 it needed.",
                "",
                "",
                "W",
            ),
            (
                "S.B. 388 would put $14.5 million a year from the state general fund into grants for ambulance services in counties with fewer than 20,000 people.",
                "",
                "",
                "W",
            ),
            (
                "The governor vetoed it on April 9, saying the state could not take on a new recurring cost while income-tax receipts were running below estimates.",
                "Elbert Vandrielsma",
                "saying",
                "W",
            ),
        ],
        [
            (
                "I was in the gallery for the vote, and I'll be honest: I did not expect 28.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Three Republicans who voted against the bill in February switched to yes, among them Sen. Coralie Heskett of Chalkmere.",
                "",
                "",
                "W",
            ),
            (
                "When I asked Heskett about it in the hallway afterward, she said two ambulance services in her district had shut down since the February vote.",
                "Coralie Heskett",
                "said",
                "W",
            ),
            ("“I can count,” she said.", "Coralie Heskett", "said", ""),
            (
                "“When the nearest ambulance is 40 minutes out, it stops being a budget question.”",
                "Coralie Heskett",
                "said",
                "",
            ),
        ],
        [
            ("The Fencepost is free to read and costs real money to write.", "", "", "B"),
            (
                "If you can, go paid: $7 a month or $70 a year keeps me in the statehouse five days a week.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Upgrade to paid", "", "", "B"),
        ],
        [
            ("Now the House.", "", "", ""),
            ("An override there needs 84 of 125 votes.", "", "", "W"),
            ("The bill passed the House 79-44 in March, with two members absent.", "", "", "W"),
            (
                "By my count there are maybe three more yes votes out there, which would get it to 82.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "House Majority Leader Orval Kallenbach told reporters Wednesday that the override would come up no earlier than April 27, when lawmakers return from their break.",
                "Orval Kallenbach",
                "told reporters",
                "W",
            ),
            ("“We'll take it up when we take it up,” he said.", "Orval Kallenbach", "said", ""),
        ],
        [
            (
                "According to the Rural Ambulance Alliance of Kansas, 11 ambulance services in the state have closed or merged since 2020.",
                "the Rural Ambulance Alliance of Kansas",
                "according to",
                "W",
            ),
            (
                "Its executive director, Alvena Oyen-Kallas, said the average response time in the state's 30 least populated counties rose from 17 minutes in 2019 to 24 minutes last year.",
                "Alvena Oyen-Kallas",
                "said",
                "W",
            ),
        ],
        [
            ("That's the piece of this I keep coming back to.", "", "", ""),
            (
                "Ambulances are not a partisan thing out here, and Wednesday's vote mostly didn't look like one.",
                "",
                "",
                "",
            ),
        ],
        [
            ("What I'm watching next:", "", "", ""),
        ],
        [
            (
                "The revised revenue estimate, due from the Consensus Revenue Estimating Group on April 20",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The House override vote, no earlier than April 27", "", "", "W"),
        ],
        [
            (
                "Whether the governor's office starts calling House members, which as far as I can tell it has not done yet",
                "",
                "",
                "",
            ),
        ],
        [
            ("Thanks for reading.", "", "", "B"),
            (
                "If you know something I don't, answer this email; it comes straight to me.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("— Verlene", "", "", "B"),
        ],
        [
            ("Know a Kansan who should be reading this?", "", "", "B"),
            ("Forward this post", "", "", "B"),
        ],
        [
            ("your@email.com", "", "", "B"),
        ],
        [
            ("Get it free", "", "", "B"),
        ],
        [
            ("12 Comments", "", "", "B"),
        ],
        [
            ("Waylon Kinnersworth", "", "", "B"),
        ],
        [
            ("Apr 16", "", "", "B"),
        ],
        [
            ("Our county's service went to volunteer-only nights in January.", "", "", "B"),
        ],
        [
            ("Like (3)  ·  Reply", "", "", "B"),
        ],
        [
            ("Everly Whitehead", "", "", "B"),
        ],
        [
            ("Apr 16", "", "", "B"),
        ],
        [
            ("Thank you for counting the House.", "", "", "B"),
            ("Nobody else is doing it.", "", "", "B"),
        ],
        [
            ("Like  ·  Reply", "", "", "B"),
        ],
        [
            ("See all 12 comments", "", "", "B"),
        ],
        [
            ("© 2026 Verlene Stonecipher", "", "", "B"),
        ],
        [
            ("Privacy ∙ Terms ∙ Collection notice", "", "", "B"),
        ],
        [
            ("Publish your own newsletter", "", "", "B"),
        ],
    ],
    [
        [
            ("Skelmorden Evening Beacon", "", "", "B"),
        ],
        [
            ("Menu   ·   Search   ·   Sign in", "", "", "B"),
        ],
        [
            (
                "News   Sport   Lancashire   What's On   Property   Jobs   Announcements",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Gorrisdale Moor fire: 60 firefighters tackle blaze as A6127 is closed and 40 homes are evacuated",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updates appear automatically  ·  Pause auto-refresh", "", "", "B"),
        ],
        [
            ("Reporting by Cerys Ashbery-Tromans and Jasper Ickringill", "", "", "B"),
        ],
        [
            ("Last updated 19:48, Saturday 13 June 2026", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Pinned post", "", "", "B"),
        ],
        [
            ("What we know so far", "", "", "B"),
        ],
        [
            (
                "The fire started on Gorrisdale Moor, above the village of Nettlebeck, shortly after 11am.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lancashire Fire and Rescue Service has 12 engines and about 60 firefighters at the scene.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Police have closed the A6127 between Nettlebeck and Skelmorden.", "", "", "W"),
        ],
        [
            (
                "About 40 homes on Moor Edge Lane were evacuated in the afternoon, and a rest centre is open at Nettlebeck Village Hall.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("19:48", "", "", "B"),
        ],
        [
            ("Evacuated residents will not go home tonight", "", "", "W"),
        ],
        [
            (
                "Skelmorden Borough Council has said residents of the 40 evacuated homes on Moor Edge Lane will not be allowed back overnight.",
                "Skelmorden Borough Council",
                "has said",
                "W",
            ),
            (
                "The council said 23 people had registered at the rest centre and 14 had been found rooms at the Packhorse Hotel in Skelmorden.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            ("Cerys Ashbery-Tromans", "", "", "B"),
        ],
        [
            ("18:20", "", "", "B"),
        ],
        [
            (
                "In a post on X at 18:05, Lancashire Fire and Rescue Service said the fire now covered about 3.2 square kilometres and was moving north-east, away from the village.",
                "Lancashire Fire and Rescue Service",
                "said",
                "W",
            ),
            (
                "“Crews have made good progress on the southern edge, but the wind is not on our side,” it added.",
                "Lancashire Fire and Rescue Service",
                "added",
                "",
            ),
        ],
        [
            ("Jasper Ickringill", "", "", "B"),
        ],
        [
            ("17:02", "", "", "B"),
        ],
        [
            ("‘I grabbed the dog and the passports’", "Hermione Tattersleigh", "said", ""),
        ],
        [
            (
                "Hermione Tattersleigh, 71, who has lived on Moor Edge Lane for 30 years, said police knocked on her door at about 2.30pm and told her to leave.",
                "Hermione Tattersleigh",
                "said",
                "W",
            ),
            (
                "“I grabbed the dog and the passports and that was it,” she said.",
                "Hermione Tattersleigh",
                "said",
                "",
            ),
            (
                "“You could see the flames from the kitchen window.”",
                "Hermione Tattersleigh",
                "said",
                "",
            ),
        ],
        [
            ("Cerys Ashbery-Tromans", "", "", "B"),
        ],
        [
            ("15:36", "", "", "B"),
        ],
        [
            ("A6127 closed in both directions", "", "", "W"),
        ],
        [
            (
                "Lancashire Constabulary said the A6127 was closed between the Nettlebeck roundabout and the junction with Slackbottom Road, and asked drivers to avoid the area.",
                "Lancashire Constabulary",
                "said",
                "W",
            ),
        ],
        [
            ("Jasper Ickringill", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("13:10", "", "", "B"),
        ],
        [
            ("Smoke visible across the valley", "", "", ""),
        ],
        [
            (
                "Readers have been sending us pictures of the smoke plume from all over the valley.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Send yours to newsdesk@skelmordenbeacon.co.uk.", "", "", "B"),
        ],
        [
            ("The plume over Gorrisdale Moor, seen from Skelmorden town centre.", "", "", ""),
            ("Picture: Lyndsey Haighton", "", "", "B"),
        ],
        [
            ("Jasper Ickringill", "", "", "B"),
        ],
        [
            ("11:58", "", "", "B"),
        ],
        [
            ("Fire crews called to moorland blaze above Nettlebeck", "", "", "W"),
        ],
        [
            (
                "Fire crews were called to a fire on Gorrisdale Moor at 11.14am, Lancashire Fire and Rescue Service said.",
                "Lancashire Fire and Rescue Service",
                "said",
                "W",
            ),
            ("We'll bring you updates here as we get them.", "", "", "B"),
        ],
        [
            ("Cerys Ashbery-Tromans", "", "", "B"),
        ],
        [
            ("Back to top", "", "", "B"),
        ],
        [
            ("Trending in Lancashire", "", "", "B"),
        ],
        [
            ("Skelmorden market hall to close for six weeks for rewiring", "", "", "B"),
        ],
        [
            ("Nettlebeck cricket club's pavilion reopens after flood", "", "", "B"),
        ],
        [
            (
                "The Evening Beacon abides by the Editors' Code of Practice and is regulated by IPSO.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Skelmorden Evening Beacon Ltd 2026", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n81-us-strip-masthead-aug",
        "Today's Paper  ·  Sign In  ·  Start your $1 trial\nWendimoor Register\nLocal   Wisconsin   Business   Prep Sports   Outdoors   Opinion   Obituaries   Legals   Jobs\nBUSINESS\nQuillmerrow Paper to close Wendimoor mill Aug. 28, ending 340 jobs\nThe mill has made paper on the Ossequa River since 1911 and is the city's largest property-tax payer",
        [
            "Today's Paper  ·  Sign In  ·  Start your $1 trial",
            "Wendimoor Register",
            "Local   Wisconsin   Business   Prep Sports   Outdoors   Opinion   Obituaries   Legals   Jobs",
            "BUSINESS",
            "Quillmerrow Paper to close Wendimoor mill Aug. 28, ending 340 jobs",
            "The mill has made paper on the Ossequa River since 1911 and is the city's largest property-tax payer",
        ],
    ),
    (
        "n81-us-byline-am-ct-credit",
        "Gisela Quandt-Ebersole\nWendimoor Register\nPublished 6:14 a.m. CT May 20, 2026  |  Updated 1:02 p.m. CT May 20, 2026\nShare  ·  Facebook  ·  X  ·  Email  ·  Copy link\nWorkers leave the Quillmerrow Paper mill on Front Street after the day shift ended Tuesday.\nRenzo Ulbrecht-Nwachukwe/Wendimoor Register",
        [
            "Gisela Quandt-Ebersole",
            "Wendimoor Register",
            "Published 6:14 a.m. CT May 20, 2026  |  Updated 1:02 p.m. CT May 20, 2026",
            "Share  ·  Facebook  ·  X  ·  Email  ·  Copy link",
            "Workers leave the Quillmerrow Paper mill on Front Street after the day shift ended Tuesday.",
            "Renzo Ulbrecht-Nwachukwe/Wendimoor Register",
        ],
    ),
    (
        "n81-us-co-lead-notice-statement",
        "Quillmerrow Paper Co. will close its Wendimoor mill on Aug. 28 and lay off all 340 people who work there, the company told employees Tuesday afternoon.\nIn a layoff notice filed the same day with the Wisconsin Department of Workforce Development, Quillmerrow said 120 jobs would go on June 30 and the rest by the closing date.\n“There is no easy way to say this, and no version of it that is fair to the people in that building,” chief executive Hjordis Glasshauer said in a statement. She said orders for the coated paper the mill makes for catalogs and magazines have fallen 46% since 2019, and that the company's two other mills, in Maine and Ontario, can cover the demand that is left.",
        [
            "Quillmerrow Paper Co. will close its Wendimoor mill on Aug. 28 and lay off all 340 people who work there, the company told employees Tuesday afternoon.",
            "In a layoff notice filed the same day with the Wisconsin Department of Workforce Development, Quillmerrow said 120 jobs would go on June 30 and the rest by the closing date.",
            "“There is no easy way to say this, and no version of it that is fair to the people in that building,” chief executive Hjordis Glasshauer said in a statement.",
            "She said orders for the coated paper the mill makes for catalogs and magazines have fallen 46% since 2019, and that the company's two other mills, in Maine and Ontario, can cover the demand that is left.",
        ],
    ),
    (
        "n81-us-meter-cookie-buttons",
        "You have 2 free articles left this month.\nLocal news you won't find anywhere else: $1 for your first 3 months, then $12.99 a month.\nStart my subscription\nPrint subscriber? Activate your digital access\nWe care about your privacy\nWe and our 143 partners store and access information on your device to personalise ads and content, measure performance and improve our services. You can withdraw consent at any time under “Privacy settings” in the site footer.\nAccept all     Reject all     Customize",
        [
            "You have 2 free articles left this month.",
            "Local news you won't find anywhere else: $1 for your first 3 months, then $12.99 a month.",
            "Start my subscription",
            "Print subscriber?",
            "Activate your digital access",
            "We care about your privacy",
            "We and our 143 partners store and access information on your device to personalise ads and content, measure performance and improve our services.",
            "You can withdraw consent at any time under “Privacy settings” in the site footer.",
            "Accept all     Reject all     Customize",
        ],
    ),
    (
        "n81-us-no4-bio-phone",
        "Outside the Front Street gate on Tuesday, Halina Prochaska-Welde sat in her pickup with the engine running and her lunch cooler still on the passenger seat. She has run the No. 4 paper machine for 22 years, she said, and her father worked there for 37. “Everybody in this town knows somebody in there,” she said. “I just didn't figure I'd be the one turning off the lights.”\nGisela Quandt-Ebersole covers business and labor for the Register. Reach her at gquandt@wendimoorregister.com or 920-555-0176.\nJournalism that shows up at the mill gate costs money. Become a subscriber today.",
        [
            "Outside the Front Street gate on Tuesday, Halina Prochaska-Welde sat in her pickup with the engine running and her lunch cooler still on the passenger seat.",
            "She has run the No. 4 paper machine for 22 years, she said, and her father worked there for 37.",
            "“Everybody in this town knows somebody in there,” she said.",
            "“I just didn't figure I'd be the one turning off the lights.”",
            "Gisela Quandt-Ebersole covers business and labor for the Register.",
            "Reach her at gquandt@wendimoorregister.com or 920-555-0176.",
            "Journalism that shows up at the mill gate costs money.",
            "Become a subscriber today.",
        ],
    ),
    (
        "n81-nz-player-short-version",
        "🎧 Play this story aloud  ·  5 min\nNarrated by an automated voice modelled on NZPB presenters.\nThe short version\nPort Ellerdane Hospital's birthing unit will not take births from 15 June to 10 August.\nHealth New Zealand says three of the unit's nine midwife positions are filled.\nExpectant mothers say the drive to Dunedin takes about two hours and the road often closes in snow.",
        [
            "🎧 Play this story aloud  ·  5 min",
            "Narrated by an automated voice modelled on NZPB presenters.",
            "The short version",
            "Port Ellerdane Hospital's birthing unit will not take births from 15 June to 10 August.",
            "Health New Zealand says three of the unit's nine midwife positions are filled.",
            "Expectant mothers say the drive to Dunedin takes about two hours and the road often closes in snow.",
        ],
    ),
    (
        "n81-nz-watch-runtime-lead",
        "▶ WATCH  Inside the Port Ellerdane birthing unit in its last week of births\nMidwife Mihiata Pukewheroa-Kloot walks through the unit's two birthing rooms.\n2:14\nVideo: Hohepa Ferrelli-Whitu / NZPB\nThe only maternity unit between Dunedin and the Catlins coast will stop delivering babies for eight weeks from Monday because there are not enough midwives to staff a safe roster, Health New Zealand has confirmed.",
        [
            "▶ WATCH  Inside the Port Ellerdane birthing unit in its last week of births",
            "Midwife Mihiata Pukewheroa-Kloot walks through the unit's two birthing rooms.",
            "2:14",
            "Video: Hohepa Ferrelli-Whitu / NZPB",
            "The only maternity unit between Dunedin and the Catlins coast will stop delivering babies for eight weeks from Monday because there are not enough midwives to staff a safe roster, Health New Zealand has confirmed.",
        ],
    ),
    (
        "n81-nz-listen-question-said",
        "🎙 LISTEN — “We've been running on goodwill”: Port Ellerdane midwife Mihiata Pukewheroa-Kloot talks to Dawn Chorus\nDawn Chorus  ·  6 min 12 sec\nShonagh Brauwer is due on 2 July with her second child. Her first was born 41 minutes after her waters broke, she said, and she does not know how she will get to Dunedin in time if this one comes as fast. “What am I meant to do, have the baby in a lay-by on State Highway 1?” she said.",
        [
            "🎙 LISTEN — “We've been running on goodwill”: Port Ellerdane midwife Mihiata Pukewheroa-Kloot talks to Dawn Chorus",
            "Dawn Chorus  ·  6 min 12 sec",
            "Shonagh Brauwer is due on 2 July with her second child.",
            "Her first was born 41 minutes after her waters broke, she said, and she does not know how she will get to Dunedin in time if this one comes as fast.",
            "“What am I meant to do, have the baby in a lay-by on State Highway 1?” she said.",
        ],
    ),
    (
        "n81-tx-widgets-rd-ln",
        "KVLQ NewsCenter 11\n84°  Calverdale, TX  ·  H 93°  L 71°\nALERT  Heat Advisory for Parmalee County until 8 PM\nTRAFFIC  3 incidents  ·  FM 1860 closed between Strayhorn Rd. and Adlard Ln.\n▶ WATCH LIVE: NewsCenter 11 Midday\nNews   Weather   Traffic   Investigates   Sports   Community   Contests   Jobs\nClosings & Delays (2)",
        [
            "KVLQ NewsCenter 11",
            "84°  Calverdale, TX  ·  H 93°  L 71°",
            "ALERT  Heat Advisory for Parmalee County until 8 PM",
            "TRAFFIC  3 incidents  ·  FM 1860 closed between Strayhorn Rd. and Adlard Ln.",
            "▶ WATCH LIVE: NewsCenter 11 Midday",
            "News   Weather   Traffic   Investigates   Sports   Community   Contests   Jobs",
            "Closings & Delays (2)",
        ],
    ),
    (
        "n81-tx-credit-runtime-dateline",
        "Water pours across FM 1860 near Strayhorn Road early Wednesday after the main broke.\nCredit: KVLQ\n0:48\nCALVERDALE, Texas — About 28,000 homes and businesses are under a boil-water notice after a 36-inch water main broke under FM 1860 shortly after 2 a.m. Wednesday, city officials said.",
        [
            "Water pours across FM 1860 near Strayhorn Road early Wednesday after the main broke.",
            "Credit: KVLQ",
            "0:48",
            "CALVERDALE, Texas — About 28,000 homes and businesses are under a boil-water notice after a 36-inch water main broke under FM 1860 shortly after 2 a.m. Wednesday, city officials said.",
        ],
    ),
    (
        "n81-tx-weather-aware-w-st",
        "WEATHER AWARE: Storms could move in Thursday evening. Meteorologist Kaydence Dubrowski has your full 10-day forecast.\nPolice closed FM 1860 in both directions between Strayhorn Road and Adlard Lane and are sending drivers onto Loop 9.\nThe city will hand out bottled water from 4 p.m. to 8 p.m. at the Calverdale Civic Center, 600 W. Kimbrell St., with a limit of two cases per household.",
        [
            "WEATHER AWARE: Storms could move in Thursday evening.",
            "Meteorologist Kaydence Dubrowski has your full 10-day forecast.",
            "Police closed FM 1860 in both directions between Strayhorn Road and Adlard Lane and are sending drivers onto Loop 9.",
            "The city will hand out bottled water from 4 p.m. to 8 p.m. at the Calverdale Civic Center, 600 W. Kimbrell St., with a limit of two cases per household.",
        ],
    ),
    (
        "n81-pl-tickers-note-dateline",
        "Tickers in this story\nTNV.WA   Tarnovia Bus SA   38.12   -4.90 (-11.39%)\nSKC.ST   Skarvholm Cells AB   61.40   -2.15 (-3.38%)\nSyndicated from Meridant. Tickerfield's newsroom had no role in reporting or editing it.\nWARSAW, June 4 (Meridant) - Polish bus maker Tarnovia Bus SA cut its 2026 sales forecast on Thursday, blaming late deliveries of battery packs from its Swedish supplier, and its shares fell more than 11% in early trade.",
        [
            "Tickers in this story",
            "TNV.WA   Tarnovia Bus SA   38.12   -4.90 (-11.39%)",
            "SKC.ST   Skarvholm Cells AB   61.40   -2.15 (-3.38%)",
            "Syndicated from Meridant.",
            "Tickerfield's newsroom had no role in reporting or editing it.",
            "WARSAW, June 4 (Meridant) - Polish bus maker Tarnovia Bus SA cut its 2026 sales forecast on Thursday, blaming late deliveries of battery packs from its Swedish supplier, and its shares fell more than 11% in early trade.",
        ],
    ),
    (
        "n81-pl-zlotys-brackets-it-said",
        "The company now expects revenue of 2.05 billion to 2.2 billion zlotys ($562 million to $603 million) this year, down from the 2.5 billion to 2.7 billion zlotys it forecast in March, it said in a stock exchange filing.\nTarnovia said Skarvholm Cells AB had delivered 140 of the 410 battery packs that were due by the end of May. As a result, 96 electric buses ordered by city transport companies in Poland and the Czech Republic will be handed over in 2027 instead of this year, it said.",
        [
            "The company now expects revenue of 2.05 billion to 2.2 billion zlotys ($562 million to $603 million) this year, down from the 2.5 billion to 2.7 billion zlotys it forecast in March, it said in a stock exchange filing.",
            "Tarnovia said Skarvholm Cells AB had delivered 140 of the 410 battery packs that were due by the end of May.",
            "As a result, 96 electric buses ordered by city transport companies in Poland and the Czech Republic will be handed over in 2027 instead of this year, it said.",
        ],
    ),
    (
        "n81-pl-fx-credit-disclaimer-inc",
        "($1 = 3.6520 zlotys)\n(Writing by Wiktoria Szelągowska in Warsaw; additional reporting by Wolfram Sundh in Stockholm; editing by Marianna Frausch)\nMeridant content is licensed to Tickerfield. It may not be republished without written permission.\nMarket data delayed by at least 15 minutes. Nothing on this page is investment advice; do your own research or speak to a licensed adviser before you trade.\nRelated quotes\nSymbol   Name   Last   Chg   %Chg\nTNV.WA   Tarnovia Bus SA   38.12   -4.90   -11.39%\nSLB.WA   Solvitra Bus Components SA   12.66   -0.31   -2.39%\n© 2026 Tickerfield, Inc. Prices provided by Quorvell Market Data.",
        [
            "($1 = 3.6520 zlotys)",
            "(Writing by Wiktoria Szelągowska in Warsaw; additional reporting by Wolfram Sundh in Stockholm; editing by Marianna Frausch)",
            "Meridant content is licensed to Tickerfield.",
            "It may not be republished without written permission.",
            "Market data delayed by at least 15 minutes.",
            "Nothing on this page is investment advice; do your own research or speak to a licensed adviser before you trade.",
            "Related quotes",
            "Symbol   Name   Last   Chg   %Chg",
            "TNV.WA   Tarnovia Bus SA   38.12   -4.90   -11.39%",
            "SLB.WA   Solvitra Bus Components SA   12.66   -0.31   -2.39%",
            "© 2026 Tickerfield, Inc.",
            "Prices provided by Quorvell Market Data.",
        ],
    ),
    (
        "n81-wa-standfirst-credit-caption",
        "When Caerwyddno's only pub shut in 2023, 690 people bought it back. A year after it reopened, the village is learning what it means to own a bar.\nWords by Myfanwy Aldergrove  ·  Photographs by Einion Marchesetti\n14 May 2026  ·  From Issue 58  ·  11-minute read\nManager Tegwen Gwyndaf pulls a pint at the Ceffyl Brith on a Friday night in April.\nPhotograph: Einion Marchesetti",
        [
            "When Caerwyddno's only pub shut in 2023, 690 people bought it back.",
            "A year after it reopened, the village is learning what it means to own a bar.",
            "Words by Myfanwy Aldergrove  ·  Photographs by Einion Marchesetti",
            "14 May 2026  ·  From Issue 58  ·  11-minute read",
            "Manager Tegwen Gwyndaf pulls a pint at the Ceffyl Brith on a Friday night in April.",
            "Photograph: Einion Marchesetti",
        ],
    ),
    (
        "n81-wa-quote-split-pull-quote",
        "“That was the moment,” says Emyr Pentrevan, a retired sheep farmer who chairs the society that now owns the pub. “You can lose a chapel and a school and a post office and still call yourself a village. Lose the pub and you're a postcode.”\nThe society sold shares at £50 each, with a limit of £20,000 per person, and raised £412,000 from 690 shareholders in 11 weeks, according to its accounts. About a third of the shareholders live in the village; the rest are former residents, holidaymakers and people who, Pentrevan says, “just liked the idea of a pub that can't be sold out from under anybody.”\nA £150,000 grant from the Welsh Government paid for a new kitchen, a ramp and a roof. The society completed the purchase in November 2024 for £362,500 and reopened the pub in March 2025.\n“Lose the pub and you're a postcode.”",
        [
            "“That was the moment,” says Emyr Pentrevan, a retired sheep farmer who chairs the society that now owns the pub.",
            "“You can lose a chapel and a school and a post office and still call yourself a village.",
            "Lose the pub and you're a postcode.”",
            "The society sold shares at £50 each, with a limit of £20,000 per person, and raised £412,000 from 690 shareholders in 11 weeks, according to its accounts.",
            "About a third of the shareholders live in the village; the rest are former residents, holidaymakers and people who, Pentrevan says, “just liked the idea of a pub that can't be sold out from under anybody.”",
            "A £150,000 grant from the Welsh Government paid for a new kitchen, a ramp and a roof.",
            "The society completed the purchase in November 2024 for £362,500 and reopened the pub in March 2025.",
            "“Lose the pub and you're a postcode.”",
        ],
    ),
    (
        "n81-mn-ask-buttons-meeting",
        "A quick word before you keep scrolling. The Porch has no paywall and no billionaire owner. It runs on 612 neighbors who chip in a few dollars a month, and we need 100 more by June 30 to keep a part-time reporter at City Hall.\nChip in $5 a month\nMake a one-time gift\nAt Tuesday's meeting of the Kessingvale Heights Neighborhood Association, parents filled the back room of the Ruskmoor branch library and spilled out into the stacks. Association president Clémence Fielden said members voted 23-4 to ask the park board for a temporary splash pad at the park this summer. “Our kids can't wait until 2028 because a budget cycle says so,” she said.",
        [
            "A quick word before you keep scrolling.",
            "The Porch has no paywall and no billionaire owner.",
            "It runs on 612 neighbors who chip in a few dollars a month, and we need 100 more by June 30 to keep a part-time reporter at City Hall.",
            "Chip in $5 a month",
            "Make a one-time gift",
            "At Tuesday's meeting of the Kessingvale Heights Neighborhood Association, parents filled the back room of the Ruskmoor branch library and spilled out into the stacks.",
            "Association president Clémence Fielden said members voted 23-4 to ask the park board for a temporary splash pad at the park this summer.",
            "“Our kids can't wait until 2028 because a budget cycle says so,” she said.",
        ],
    ),
    (
        "n81-mn-comments-question",
        "9 comments\nTeofila Winterbottom\nMay 29, 2026 at 8:12 am\nWe used that pool every single day last July. Gutted.\nReply\nRuskmoorDad\nMay 29, 2026 at 9:40 am\nThe sprinklers in 2024 were at Osterdahl, not here, for what it's worth.\nReply\nPaisley Abruzzo\nMay 29, 2026 at 11:03 am\nCan the association just raise the money? I'd chip in.\nReply",
        [
            "9 comments",
            "Teofila Winterbottom",
            "May 29, 2026 at 8:12 am",
            "We used that pool every single day last July.",
            "Gutted.",
            "Reply",
            "RuskmoorDad",
            "May 29, 2026 at 9:40 am",
            "The sprinklers in 2024 were at Osterdahl, not here, for what it's worth.",
            "Reply",
            "Paisley Abruzzo",
            "May 29, 2026 at 11:03 am",
            "Can the association just raise the money?",
            "I'd chip in.",
            "Reply",
        ],
    ),
    (
        "n81-fc-strips-club-news",
        "NEXT MATCH  Sat 18 Jul  ·  Pellerby Rovers v Haddonbrook Town  ·  Pre-season friendly  ·  3pm\nLAST MATCH  Haddonbrook Town 2–1 Whitstow Athletic  ·  FT  ·  25 Apr\nClub News",
        [
            "NEXT MATCH  Sat 18 Jul  ·  Pellerby Rovers v Haddonbrook Town  ·  Pre-season friendly  ·  3pm",
            "LAST MATCH  Haddonbrook Town 2–1 Whitstow Athletic  ·  FT  ·  25 Apr",
            "Club News",
        ],
    ),
    (
        "n81-fc-said-colon-two-paragraphs",
        "Chairman Sylvester Ashwater said: “Nobody wants to see a smaller crowd at Mallowmere Lane, but safety comes before everything. We are working closely with the council and we will not cut corners.\n“The board has agreed to spend £40,000 of the club's reserves on the repairs straight away, and we are asking supporters to help us find the rest.”\nThe repairs are estimated to cost £125,000, and the club has launched a Terrace Fund appeal with a target of £85,000. Supporters gave £9,260 in the first 48 hours. Contractors are booked to start on 6 July, and the work is expected to take ten weeks.",
        [
            "Chairman Sylvester Ashwater said: “Nobody wants to see a smaller crowd at Mallowmere Lane, but safety comes before everything.",
            "We are working closely with the council and we will not cut corners.",
            "“The board has agreed to spend £40,000 of the club's reserves on the repairs straight away, and we are asking supporters to help us find the rest.”",
            "The repairs are estimated to cost £125,000, and the club has launched a Terrace Fund appeal with a target of £85,000.",
            "Supporters gave £9,260 in the first 48 hours.",
            "Contractors are booked to start on 6 July, and the work is expected to take ten weeks.",
        ],
    ),
    (
        "n81-th-dateline-mr-quote",
        "CHIANG MAI: The province has extended its ban on open burning to April 30 after fine-dust levels reached 312 micrograms per cubic metre on Wednesday, more than 20 times the World Health Organization's 24-hour guideline, provincial governor Charoenchai Wongsakulrat announced on Thursday.\nThe ban was imposed on Feb 1 and had been due to end on March 31. Anyone caught burning crop waste, rubbish or forest undergrowth faces a fine of up to 100,000 baht, a year in jail or both, Mr Charoenchai said. “We have asked nicely for two months,” he said. “From today, we prosecute.”",
        [
            "CHIANG MAI: The province has extended its ban on open burning to April 30 after fine-dust levels reached 312 micrograms per cubic metre on Wednesday, more than 20 times the World Health Organization's 24-hour guideline, provincial governor Charoenchai Wongsakulrat announced on Thursday.",
            "The ban was imposed on Feb 1 and had been due to end on March 31.",
            "Anyone caught burning crop waste, rubbish or forest undergrowth faces a fine of up to 100,000 baht, a year in jail or both, Mr Charoenchai said.",
            "“We have asked nicely for two months,” he said.",
            "“From today, we prosecute.”",
        ],
    ),
    (
        "n81-th-dr-urged-question-asked",
        "Provincial public health chief Dr Sirinthip Ruangkhajornsak said hospitals in the province treated 4,870 patients for respiratory problems in the week to Sunday, up from 2,310 the week before. Dr Sirinthip said 612 of them were children under five. She urged people with heart or lung conditions to stay indoors and to wear N95 masks if they had to go out. The provincial health office will hand out 200,000 masks at district offices from Friday, she said.\nAdvertising\nIn Ban Pha Lomthong, about 60 kilometres north of the city, maize farmer Thongchai Mahawongkaew said he had not burned his fields this year but could not afford to hire a tractor to plough the stubble in. “I don't have money for a tractor. Who pays for that?” he asked.\nThe provincial agriculture office said it had 45 tractors to lend to farmers free of charge but had received more than 900 requests.",
        [
            "Provincial public health chief Dr Sirinthip Ruangkhajornsak said hospitals in the province treated 4,870 patients for respiratory problems in the week to Sunday, up from 2,310 the week before.",
            "Dr Sirinthip said 612 of them were children under five.",
            "She urged people with heart or lung conditions to stay indoors and to wear N95 masks if they had to go out.",
            "The provincial health office will hand out 200,000 masks at district offices from Friday, she said.",
            "Advertising",
            "In Ban Pha Lomthong, about 60 kilometres north of the city, maize farmer Thongchai Mahawongkaew said he had not burned his fields this year but could not afford to hire a tractor to plough the stubble in.",
            "“I don't have money for a tractor.",
            "Who pays for that?” he asked.",
            "The provincial agriculture office said it had 45 tractors to lend to farmers free of charge but had received more than 900 requests.",
        ],
    ),
    (
        "n81-th-address-co-ltd",
        "Topics: Chiang Mai · haze · PM2.5 · burning ban\nLamyai Courier Co., Ltd.  ·  88/4 Huay Kaew Road, Mueang, Chiang Mai 50200\n© 2026 Lamyai Courier Co., Ltd. All rights reserved.",
        [
            "Topics: Chiang Mai · haze · PM2.5 · burning ban",
            "Lamyai Courier Co., Ltd.  ·  88/4 Huay Kaew Road, Mueang, Chiang Mai 50200",
            "© 2026 Lamyai Courier Co., Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n81-ca-sask-dateline-litres",
        "Quillock, Sask. – Quillock RCMP have charged two men in connection with a series of thefts of diesel and gasoline from farmyards in the rural municipalities of Marnach and Beldoran between March 3 and May 22, 2026.\nOfficers received 19 reports of fuel stolen from farm tanks in that period, with about 14,600 litres taken in total, worth an estimated $27,000.\nOn May 27, 2026, officers executed a search warrant at a property in the RM of Marnach and seized a flatbed truck fitted with a 2,000-litre transfer tank, a pump and a set of bolt cutters.",
        [
            "Quillock, Sask. – Quillock RCMP have charged two men in connection with a series of thefts of diesel and gasoline from farmyards in the rural municipalities of Marnach and Beldoran between March 3 and May 22, 2026.",
            "Officers received 19 reports of fuel stolen from farm tanks in that period, with about 14,600 litres taken in total, worth an estimated $27,000.",
            "On May 27, 2026, officers executed a search warrant at a property in the RM of Marnach and seized a flatbed truck fitted with a 2,000-litre transfer tank, a pump and a set of bolt cutters.",
        ],
    ),
    (
        "n81-ca-charges-court-sgt",
        "Ryker Filbury, 29, of Beldoran, is charged with:\nPossession of property obtained by crime over $5,000\nFailure to comply with a release order\nBoth men were released on conditions and are scheduled to appear in Quillock Provincial Court on June 15, 2026, at 9:30 a.m.\n“Fuel is one of the biggest costs a farm carries, and these thefts hit people right in the middle of seeding,” says Sgt. Dalyn Oberholt-Meara, commander of the Quillock RCMP Detachment. “We want to thank the producers who reported suspicious vehicles and took down plate numbers.”",
        [
            "Ryker Filbury, 29, of Beldoran, is charged with:",
            "Possession of property obtained by crime over $5,000",
            "Failure to comply with a release order",
            "Both men were released on conditions and are scheduled to appear in Quillock Provincial Court on June 15, 2026, at 9:30 a.m.",
            "“Fuel is one of the biggest costs a farm carries, and these thefts hit people right in the middle of seeding,” says Sgt. Dalyn Oberholt-Meara, commander of the Quillock RCMP Detachment.",
            "“We want to thank the producers who reported suspicious vehicles and took down plate numbers.”",
        ],
    ),
    (
        "n81-es-study-card-et-al",
        "STUDY CARD\nWho: 42 public primary schools in Seville, Spain\nWhen: 12 days in June and July 2025\nMeasured: ground-surface and air temperature at 11 a.m., 1 p.m. and 3 p.m.\nDesign: observational; no school was randomly assigned trees\nPeer reviewed: yes\nFunding: Spain's State Research Agency and Seville City Council\nReference: Orellana-Bístrup M, Cazorla-Heaney P, Villamarín Oteiza T, et al. Canopy cover and surface temperature in 42 primary schoolyards in Seville, Spain. Urban Clim Lett. 2026;9(2):114-129.",
        [
            "STUDY CARD",
            "Who: 42 public primary schools in Seville, Spain",
            "When: 12 days in June and July 2025",
            "Measured: ground-surface and air temperature at 11 a.m., 1 p.m. and 3 p.m.",
            "Design: observational; no school was randomly assigned trees",
            "Peer reviewed: yes",
            "Funding: Spain's State Research Agency and Seville City Council",
            "Reference: Orellana-Bístrup M, Cazorla-Heaney P, Villamarín Oteiza T, et al. Canopy cover and surface temperature in 42 primary schoolyards in Seville, Spain. Urban Clim Lett. 2026;9(2):114-129.",
        ],
    ),
    (
        "n81-es-dr-lead-author",
        "“What surprised us was how little the colour of the surface mattered once there was shade over it,” said lead author Dr. Macarena Orellana-Bístrup, an urban climatologist at the University of Seville. Light-coloured paving cut surface temperatures by about 4°C in full sun, she said, but under canopy the difference between light and dark surfaces shrank to less than 1°C. Eleven of the 42 schoolyards had no trees at all, the study found, and seven of those had been built or resurfaced since 2015. Orellana-Bístrup said she hoped the findings would shape the city's plans for resurfacing older yards.",
        [
            "“What surprised us was how little the colour of the surface mattered once there was shade over it,” said lead author Dr. Macarena Orellana-Bístrup, an urban climatologist at the University of Seville.",
            "Light-coloured paving cut surface temperatures by about 4°C in full sun, she said, but under canopy the difference between light and dark surfaces shrank to less than 1°C.",
            "Eleven of the 42 schoolyards had no trees at all, the study found, and seven of those had been built or resurfaced since 2015.",
            "Orellana-Bístrup said she hoped the findings would shape the city's plans for resurfacing older yards.",
        ],
    ),
    (
        "n81-ks-pm-gov-sb",
        "Good morning from a very windy Topeka.\nAt 4:52 p.m. Wednesday, the Kansas Senate voted 28-12 to override Gov. Elbert Vandrielsma's veto of Senate Bill 388, the rural ambulance bill, one vote more than the 27 it needed. S.B. 388 would put $14.5 million a year from the state general fund into grants for ambulance services in counties with fewer than 20,000 people. The governor vetoed it on April 9, saying the state could not take on a new recurring cost while income-tax receipts were running below estimates.\nI was in the gallery for the vote, and I'll be honest: I did not expect 28.",
        [
            "Good morning from a very windy Topeka.",
            "At 4:52 p.m. Wednesday, the Kansas Senate voted 28-12 to override Gov. Elbert Vandrielsma's veto of Senate Bill 388, the rural ambulance bill, one vote more than the 27 it needed.",
            "S.B. 388 would put $14.5 million a year from the state general fund into grants for ambulance services in counties with fewer than 20,000 people.",
            "The governor vetoed it on April 9, saying the state could not take on a new recurring cost while income-tax receipts were running below estimates.",
            "I was in the gallery for the vote, and I'll be honest: I did not expect 28.",
        ],
    ),
    (
        "n81-ks-watching-lines-signoff",
        "What I'm watching next:\nThe revised revenue estimate, due from the Consensus Revenue Estimating Group on April 20\nThe House override vote, no earlier than April 27\nWhether the governor's office starts calling House members, which as far as I can tell it has not done yet\nThanks for reading. If you know something I don't, answer this email; it comes straight to me.\n— Verlene",
        [
            "What I'm watching next:",
            "The revised revenue estimate, due from the Consensus Revenue Estimating Group on April 20",
            "The House override vote, no earlier than April 27",
            "Whether the governor's office starts calling House members, which as far as I can tell it has not done yet",
            "Thanks for reading.",
            "If you know something I don't, answer this email; it comes straight to me.",
            "— Verlene",
        ],
    ),
    (
        "n81-uk-pinned-stamp-headline",
        "Pinned post\nWhat we know so far\nThe fire started on Gorrisdale Moor, above the village of Nettlebeck, shortly after 11am.\nLancashire Fire and Rescue Service has 12 engines and about 60 firefighters at the scene.\nPolice have closed the A6127 between Nettlebeck and Skelmorden.\nAbout 40 homes on Moor Edge Lane were evacuated in the afternoon, and a rest centre is open at Nettlebeck Village Hall.\n19:48\nEvacuated residents will not go home tonight\nSkelmorden Borough Council has said residents of the 40 evacuated homes on Moor Edge Lane will not be allowed back overnight. The council said 23 people had registered at the rest centre and 14 had been found rooms at the Packhorse Hotel in Skelmorden.",
        [
            "Pinned post",
            "What we know so far",
            "The fire started on Gorrisdale Moor, above the village of Nettlebeck, shortly after 11am.",
            "Lancashire Fire and Rescue Service has 12 engines and about 60 firefighters at the scene.",
            "Police have closed the A6127 between Nettlebeck and Skelmorden.",
            "About 40 homes on Moor Edge Lane were evacuated in the afternoon, and a rest centre is open at Nettlebeck Village Hall.",
            "19:48",
            "Evacuated residents will not go home tonight",
            "Skelmorden Borough Council has said residents of the 40 evacuated homes on Moor Edge Lane will not be allowed back overnight.",
            "The council said 23 people had registered at the rest centre and 14 had been found rooms at the Packhorse Hotel in Skelmorden.",
        ],
    ),
]
