"""Seventy-ninth set of new hand-labelled pages for the hint engines (tuning set, round thirty-five):
twelve WHOLE pages, head to tail, from twelve kinds of site whose FURNITURE is hard to tell from
story, each in its site's own wording and with furniture at the head, in the middle of the story
and at the tail: a US regional daily with a metered paywall pasted mid-story (Pennsylvania), a
public broadcaster's page with listen and watch players and a key-points box (Canada), a TV
station's page with weather, alert and traffic widgets (Ohio), wire copy syndicated on a finance
portal with its credits and disclaimers (Chile), a magazine feature with pull quotes and an author
bio (Scotland), a local radio station's news page (Ireland), a trade-press site with event
advertising (the Netherlands), an English-language daily abroad (Nepal), a rugby club's own site
(South Africa), a council press room (England), a newsletter post with subscribe prompts and
reader comments (Australia) and a sports site's match report under a live-score and results
strip (India). Each page also holds lines that LOOK like furniture but are story (a one-line quote
standing alone, a dateline, fact lines without stops in a box or a list, numbered notes to
editors, brief scores) and lines that look like story but are furniture (programme, membership,
event and subscription promos, author bios, correction notes, a print-edition line, a licence
line, a did-not-write-this note, a pull quote, a caption credit, reader comments). The pages hold
552 sentences: 287 "B", 156 "W" and 109 "". `STYLES` names the site, the story and its furniture
in order for each page.

Written from scratch for issue 13 in round thirty-five, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The brief's folder was listed (it also
held a scoring script and a second note, seen as names only and never opened) and the brief was
read. The first lines of the search tool's README (outside the repository) were printed and the
folder above it listed; no search, look-up or fetch was made. What was read for the format: the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); a listing printed by a script of my own of the module docstrings, `STYLES`,
first two pages and first eight `CASES` of `labelled_new77.py` and `labelled_new78.py` (the
terminal cut the first printing of the `labelled_new77.py` listing in the middle, so the listing
of both files was saved to a file in /tmp and printed again in parts with `sed`: the rest of the
`labelled_new77.py` docstring and the start of its `STYLES`, the whole `labelled_new78.py`
docstring and `STYLES`, and its two pages and eight cases with every line cut to 600 characters;
the part of the `labelled_new77.py` listing between its `STYLES` and its second page was seen only
as far as the first printing showed it); `build` in `labelled_articles.py` (a
`grep -n "def build" -A15` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a `sed`
listing). No other page, case or docstring of any file under `tests/` was read. What was run: `ls
tests/text` (names only); read-only `git status --short` runs (the first printed nothing; the
last ones listed three files under `claimreview/` and `tests/text/test_hints.py` as modified by
someone else and `labelled_heldout55.py` and `labelled_heldout56.py` as untracked, names only,
none of them opened); a Python
one-liner printing the calendar of 2026 to check weekdays; scripts of my own in /tmp that turn a
small line format into the literals below, rename coined names, cut the split cases out of the
pages and count sentences and flags; an import of this file with `build` on every page; a
checking script of my own (four fields, flags, a cue for every speaker and a speaker for every
cue, no speaker on furniture, every split case occurring in a built page and joining back to its
sentences); whole-word case-insensitive counts over `tests/` of every capitalised word of these
pages and speakers (each part of a hyphenated name on its own), of a few outlet and show names as
phrases and of every candidate replacement, printing file counts only (`grep -rilw ... | wc -l`,
`grep -rilF ... | wc -l`); and `ruff format` / `ruff check` on this file. A first draft hit about
ninety coined surnames, towns, roads, outlets, firms and teams of other files under `tests/`; each
was renamed, and only replacements with no hit were kept. A later pass found three coined names
(a surname part, a photographer's surname and a TD's surname part) and Cleveland newly hit once;
one `grep -rliw` run listed only the names of the files holding those four words (all four sat in
`labelled_heldout56.py`, a sibling being drafted at the same time; no line was printed), and the
three coined names were renamed to words with no hit. The last count-only pass, run when
`labelled_heldout55.py` and `labelled_heldout56.py` existed, found none of this set's coined names
outside this file. What still hits is given names
(Tamsin, Rhona, Eilidh, Fiachra, Sushma, Aniket and the like), titles, common words, generic
parts of team and firm names (Harlequins, Kestrels, Strikers, Rovers, Minera, Cerro) and the real
settings listed below.

Every person, town, township, borough, county, island, village, road, street, creek, bridge,
estate, ferry, wharf, fuel depot, fish plant, hospital, plant, mine, company, union's people,
consultancy, importer, institute, club, ground, league, team, council, newsletter, outlet, wire,
portal, magazine, station, show, sponsor and number is invented. Real countries, states,
provinces, regions, big cities and public bodies appear only as settings, with invented figures
and invented people in their offices: the United States, Pennsylvania and PennDOT; Canada, Nova
Scotia and its Department of Public Works, Province House, Halifax, Newfoundland and Labrador and
Germany (where a gearbox is rebuilt); Ohio, the National Weather Service and its Cleveland office,
and the FCC and EEO (in a station footer); Chile, Santiago, Antofagasta, its labour ministry and
national statistics institute, the London Metal Exchange, the IPSA index, London and China;
Scotland, Sutherland, Orkney (in a bio), NatureScot, the Scottish Government, the British
Ecological Society (a journal of) and the UK; Ireland, the Irish Nurses and Midwives Organisation
(INMO), the Dáil, Coimisiún na Meán (in a licence line) and gardaí (in a next-story link); the
Netherlands, Rotterdam and the Port of Rotterdam Authority, Utrecht, Moerdijk, Brabant (in a
sponsored headline), the Benelux and Flemish (in a bio); Nepal, Pokhara and Pokhara Metropolitan
City, Gandaki Province, Kaski, the Water Supply and Sanitation Division Office, Kaski, the Office
of the Auditor General, Covid-19, and Jestha and Falgun (months of the Nepali calendar); South
Africa, East London, the Eastern Cape, the National Lotteries Commission and Border (a rugby
region); England, the Environment Act 2021 and the government; Australia (a state and a federal
government, unnamed); India, Pune, Nashik and Kolhapur and a state association. Facebook, X,
Twitter, LinkedIn, WhatsApp, Viber and Google News appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs
(a pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". The points the recent sets state (furniture "B" line by line; captions by content
and credits "B"; headlines never split at a comma or a colon, a verb of saying in them carrying
the source as the body names it; titles and roles dropped from speakers; pronouns, later
surnames and roles resolved to the full name as first given; organisations, documents and data
kept as written; "declined to comment" and "did not respond" labelled like speech with flags "";
a named person acting without a verb of saying carries no speaker; decisions, votes, dates fixed
and figures of record "W"; hedges, estimates, hopes, intentions, opinions, feelings, scene and
advice ""; a figure of record inside a quote "W"; sport data lines "") hold too.

Conventions this set had to settle, in the same spirit:

* Furniture that states a fact is still furniture. A weather strip, a watch banner and a traffic
  widget are "B" even where the widget names the same road closure the story then reports (the
  story's sentence is "W"); so are a live-score strip, a RESULT strip giving the very result the
  report is about, a club's next-match and last-result strips and a results box in the middle of
  the club page (each line "B"), a copper ticker and the "In this article:" ticker lines, an
  "Est. 1921" line, a "34 Likes · 2 Restacks" line and a comment-count line.
* Boxes and lists inside the story are story. "The Mulberrow Road bridge at a glance",
  "Preliminary survey details:", "What the upgrade includes:" and "The budget in four numbers:"
  are story subheads, "" (no claim, not furniture); the lines under them ("Built: 1934", "Peak
  winds: 105 mph", "$0 for the Tarleigh pool, ...", "A 180-seat covered stand ...") are "W"
  sentences of their own, without stops. A public broadcaster's "Key points" heading is "B",
  and its points are story, labelled by content with their sources ("Islanders say ..." carries
  "Islanders"). A press release's "ENDS" and "Notes to editors" are "B", but the numbered notes
  are story ("W", the number kept at the head of its sentence: "1. The council collects ...").
  "Brief scores" is a title ("B"); the score lines and "Player of the match: ..." are sport data
  ("").
* Pull quotes are "B", sentence by sentence, because they repeat the body, where the same words
  carry their speaker. A one-line quote set as a paragraph of its own in the body ("“We're an
  island with no gas.”"), with the speaker named in the next paragraph, is story: it carries the
  speaker and cue of that next paragraph ("said"), as a quote named after its words does. A short
  quote with its cue on one line ("“It's a corridor, not a ward,” she said.") is story too.
* Players. "Listen to this article", its estimated length and the synthetic-voice note, an audio
  clip's title line ("Listen: Nurse ... speaking to Fiachra ...", "LISTEN | ..."), its programme
  and running time and a "00:00 / 06:31" player are "B"; a video's description is labelled by
  content ("" for scene), its credit and running time "B".
* Walls and widgets mid-story. A meter notice, an access pitch, a price line, "Subscribe now",
  a registration-wall line and "Register now" are "B"; "Already a subscriber? Log in" and "Have an
  account? Sign in here" are two "B" sentences each, split after the question mark.
* Lines that read like story but are furniture: a correction note and an editor's note of
  correction (every sentence "B", the one giving the right figure too), an author's or
  reporter's bio (a book and its prizes too), a programme promo ("Fiachra will be talking to ..."),
  a meteorologist's promo, a live-coverage promo, an event plug naming a speaker and a date and
  its early-bird line, a sponsored headline, a membership pitch with a price, a newsletter's
  paid-subscription pitch, the newsletter's "hit reply" prompt and sign-off, a print-edition line
  ("This story ran on page 3 ..."), a regulator licence line, a portal's "did not write this story"
  note, a wire's licence line, an investment disclaimer, a market-data note and a sponsor line.
* Reader comments under a newsletter post are "B" whole (name, date, every sentence of the body
  and the reply links): they are not the page's copy, and a reviewer checks the post, not what a
  reader adds under it, even where a comment states a date.
* A newsletter writer's own first-person lines carry no speaker: her scene, questions and
  opinions are "", her figures "W"; "When I asked X about it ..., he said ..." carries X.
* A press release speaks in the council's own voice, so its sentences carry no speaker, except
  "..., the council has confirmed." (cue "has confirmed") and the quoted people; a quote opening
  "said: “..." and running over paragraphs in the British way carries its speaker to the closing
  mark.
* Datelines belong to their lead sentence whatever the dash ("SANTIAGO, May 6 (Gimbal) -",
  "CARROWBANE COUNTY, Ohio (WDLQ) —", "POKHARA, May 17 –").
* Organisations. A shortened proper name is resolved like a surname ("Koelhaven said" ->
  "Koelhaven Logistics", "The INMO says" -> "the Irish Nurses and Midwives Organisation", as
  first given); a headline's "province says" carries the department the body names; generic
  nouns are kept as written ("The department", "the department", "The utility", "the sheriff's
  office", "the union", "The estate", "The metropolitan city", "the report", "the league", "the
  company", "The regional grid operator"); "It said" resolves to the name as first given; an
  unnamed spokesperson's "They said" resolves to "a spokesperson for the hospital", and "The
  spokesperson said" is kept as written. Cues are kept as written: "said in a letter to
  families", "said in a statement", "said in its latest annual report", "told reporters", "told
  PolarAisle", "told Gimbal", "told the meeting", "told", "has confirmed", "found" (a study).
* A survey team that "confirmed the tornado" and a caller who "rang the programme" act without a
  verb of saying and carry no speaker; the caller's quotes that follow carry her.
* A figure alone in a quote ("“Sixty percent,” he said.", "“Eleven years,” she said.") is "W", as
  a figure of record inside a quote is; a caption that states what every household will receive
  is "W".

Splits. "a.m. EDT   |   Updated", "4:00 AM ADT | Last Updated", "8.47am", "19th", "71°", "9 PM
for", "(WDLQ) —", "9 a.m. Thursday", "11 p.m. Friday.", "8:41 p.m., about", "8:50 p.m. to 8:56
p.m.", "4.8715   +0.0915 (+1.91%)", "PCLL.SN   -4.81%", "HG=F", "(Gimbal) -", "($19,300)",
"1530 GMT,", "Dr Morven", "No. SC418806.", "–25°C.", "B.V." inside and at the end of a sentence,
"Rs1.42 billion", "Rs680 million", "2019/20", "07:45", "R8.4 million", "19:00", "1. The council",
"£1.9 million", "01632 960 418 (office hours).", "6–3", "$31.6 million", "Type your email...",
"142/6 (18.4)", "198/6 in 19.3 overs", "₹1.5 crore", "Pvt. Ltd." and "(Photo: Sahyavali T20)"
never split a sentence wrongly; "Already a subscriber?" before "Log in", "Have an account?"
before "Sign in here", "Not a member yet?" before "A full season", "Enjoyed this?" before "Our
free", "“You can't rush water." before "It goes where" (in the body and in the pull quote),
"“Our women's side has been changing in the squash court for three seasons." before "That ends
now.”", "“I'm not blaming the nurses." before "They were", and lines without a stop (menus,
strips, list lines, score lines) each end one.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word
from these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US regional daily's site in Pennsylvania with a metered paywall pasted in the middle of the story, a county shuts a 92-year-old truss bridge after an inspection (masthead, e-Edition strip with pipes, menu with Public Notices, section label in capitals, headline, dek with a figure and a year, byline, email line, published and updated line with a.m. EDT and a pipe, share strip with Gift this article, caption and a credit in brackets with a slash, county officials said at the end of the lead, a quote of one figure “Sixty percent,” he said, a meter notice, an access pitch, a price line with $ and no stop, Subscribe now, Already a subscriber? and Log in, a school district said in a letter to families, an at-a-glance box of fact lines without stops that is story, Advertisement and Story continues below advertisement, according to a capital plan, a 3-0 vote, did not respond to a request for comment, a correction note in two sentences, a reporter's bio with a phone number, a subscription plea in two sentences, more-in list, copyright in two sentences, footer)",
    "Canadian public broadcaster's regional page in Nova Scotia with listen and watch players and a key-points box, an island ferry breaks down and the fuel truck cannot board the smaller replacement (brand, sign-in strip with pipes, menu, region label, headline with province says, dek with figures, one byline line with middle dots, AM ADT and a relative update time, listen-to-this-article player with an estimated length and a synthetic-voice note, Key points heading and three points that are story with Islanders say, video description, running time and credit, the department named then The department and the department said, according to the 2021 census, a one-line quote standing alone before its speaker is named, a LISTEN | clip title and a programme line with a running time mid-story, a minister who told reporters and a figure inside his quote, Advertisement, an opposition critic with a nested according to, a plant manager's hedge, With files from, ABOUT THE AUTHOR and a bio with an email, corrections and tips strip, related stories, copyright in two sentences)",
    "US local TV station's site in Ohio with weather, alert and traffic widgets, an EF-1 tornado is confirmed and thousands lose power (station brand, watch and app strip, temperature widget with a degree sign, a severe-thunderstorm watch banner in capitals, a traffic widget naming the same road closure the story reports, menu, closings count, section label, headline, By: byline, posted and updated line with AM, drone-video description, credit and running time, a CARROWBANE COUNTY, Ohio (WDLQ) — dateline with The National Weather Service says, a survey team that confirmed without speaking, according to the sheriff's office, a.m. and p.m. before capitals, The utility said, a radar link and a text-alert prompt mid-story, the sheriff's office said and It said, a list of survey details without stops that is story, a resident's quotes, a meteorologist's promo sentence, a commissioner's dates of record, advice with a 1-800 number, copyright in two sentences, report-a-typo line, trending list, station address and FCC footer)",
    "Finance portal carrying wire copy from Chile, a strike halts a copper mine after wage talks collapse, with the portal's credits and disclaimers (portal brand, sign-in strip, menu, a copper futures ticker with a plus and brackets, the wire's name alone, headline, author line, date line with PM and a read time, In this article: and two ticker lines, a did-not-write-this note that looks like story, a SANTIAGO, May 6 (Gimbal) - dateline with the union said in the middle of the lead, said in a statement, told Gimbal by phone, according to a copy of the offer and to the statistics institute, Story continues, a sponsored headline, GMT, straight quotation marks with said after the quote and a second quoted sentence, the ministry said, a company's cost estimate, a quote fragment ending inside the marks, reporting and editing line with semicolons, copyright and licence lines, an investment disclaimer, recommended stories, portal footer and a market-data note with a semicolon)",
    "Scottish nature magazine's long feature on peatland restoration on a Sutherland estate, with pull quotes and an author bio (masthead in capitals, subscribe strip, menu, FEATURE label, a headline and a standfirst that state no fact, words and photographs credit line, date, issue and read-time line with middle dots, caption and Photograph: credit, a scene told in the present tense with says, figures of record without a speaker, according to NatureScot, a pull quote in two sentences repeating the body, a scientist acting without a verb of saying and then she says in the middle, The team's study found, a section break of three asterisks, a crofter's figure with he says in the middle, a second pull quote, The estate says, a manager's intention, an author bio in two sentences with a book title, an issue plug, a newsletter pitch with a question, tags, copyright and a registration line with No.)",
    "Irish local radio station's news page, a regional hospital has the most patients on trolleys in the country, with its on-air strip and audio player (station name with frequency, LISTEN LIVE, on-air and up-next strip with pipes, menu with Death Notices and Traffic & Travel, section label, headline with INMO says, Written by line with Ní, weekday date with 19th and 8.47am, share strip, according to the union then the union says, an audio clip title and a 00:00 / 06:31 player, a nurse on the programme with said and told, a one-line quote with she said, a hospital spokesperson then The spokesperson then They, advice without a speaker, Advertisement, a text-to-win competition line, a TD, The INMO says, a caller who rang the programme and then speaks, a programme promo that reads like story, tags, app prompt, previous and next story links, a regulator licence line, copyright, footer)",
    "Dutch cold-chain trade-press site with event advertising through the page, an operator opens an automated frozen store at the Port of Rotterdam (brand, strapline, register strip, menu with Events and Awards, a summit banner with pipes and an en dash, section label, headline with €86m, a standfirst of opinion, byline and date with a pipe, read-time and access line, figures with –25°C, told PolarAisle, a registration wall mid-story with Have an account? and Sign in here, the company said in a relative clause, an event plug naming a speaker and a date that reads like story, early-bird line, Koelhaven said for the company, a consultant's figure and her expectation, according to the port authority, a sponsored headline with a percentage, a hedge with he said at the end, declined to comment, an editor's note correcting a figure, About the author and a bio, related articles, upcoming events with pipes, copyright with B.V. at the end of two sentences)",
    "Nepali English-language daily's provinces page, a drinking-water project opens 11 years late and at twice its cost (masthead, date strip with the Bikram Sambat date, e-paper strip, menu, province label, headline with Rs and billion, a standfirst with residents say, author line, Published at : and Updated at : lines with a spaced colon and a 24-hour time, read time, share strip with Viber, caption and a Chronicle Photo/ credit, a POKHARA, May 17 – dateline with an en dash, according to the division office, an engineer with a quote carrying a figure, according to an auditor's report for 2019/20, a resident named after her quote, a ward chair, Also Read link, Advertisement, The metropolitan city said, said in its latest annual report and the report said, a named person described without a verb of saying, a print-edition line that reads like story, a correspondent's bio, related news, most-read tabs, copyright with (P) Ltd., footer)",
    "South African rugby club's own website, members approve a floodlight and stand upgrade and the coach re-signs (club name in capitals, an Est. line with a middle dot, menu, a next-match strip and a last-result strip with an en dash, section label, headline with a colon, posted-by line, share strip, caption and Image: credit with an ampersand, R figures with million, a vote count, a chairman named after his quote with a year inside it, a quote of two sentences split inside the marks, an upgrade list of fact lines without stops that is story, a membership promo in three sentences with a question and a price, a treasurer's dates of record, a results box mid-page with the same score the story reports, a contract of record, a sponsor line, partners list, club contact line with a telephone number, copyright and web-design credit)",
    "English borough council's press release page, weekly food-waste collections are to start in October (cookie banner in two sentences and its buttons, skip link, council name, search, breadcrumb with ›, Press release label, headline, Published: line, a caption that states a fact and an Image: credit, the council has confirmed, the release's own voice without a speaker, a cabinet member's quote opening said: and running over three paragraphs in the British way, a partner's quote after said:, related-pages strip, ENDS, Notes to editors and four numbered notes that are story with according to in one, media-enquiries lines with an email and telephone numbers, share strip, Was this page helpful? and Yes No, last-updated line, email sign-up, footer, copyright)",
    "Australian small-town newsletter post on a council budget meeting, with subscribe prompts and reader comments (newsletter name, subscribe strip, headline with a percentage, subtitle, author and date lines, a like-and-comment count line, the writer's first-person scene and opinions without a speaker, a 6–3 vote with an en dash, according to the budget papers, a four-numbers list whose lines start with $ or a digit, a mayor, a councillor and a general manager with Cr, told the meeting and said, a paid-subscription pitch with a price that reads like story, an email box with an ellipsis, a question as its own paragraph, the writer's question answered, an intention, a reply prompt and a sign-off, a correction in two sentences, thanks and forwarding lines, share, likes and restacks, discussion heading, two reader comments with names, dates, bodies and reply links, copyright, legal links, app prompts)",
    "Indian sports site's match report of a state T20 league final with a live-score and results strip (brand, a LIVE strip with a score and overs in brackets, a RESULT strip giving the story's own result, an UPCOMING strip with PM IST, menu with Fantasy Tips, crumb with ›, headline with figures, Written by line, place and updated line with a pipe and PM IST, follow strip, caption and a (Photo: ...) credit, the winning chase with balls and overs, a quote with he said afterwards, a beaten opener named after his quote, ALSO READ with a pipe and a colon, Advertisement, stumped and caught, the league said in a statement with ₹ crore and lakh, a chairman's record crowd and a hope, a promo for live coverage, Brief scores title and score lines with slashes and semicolons, player of the match, first-published line, tags, reporter bio, trending question, copyright with Pvt. Ltd.)",
]

ARTICLES = [
    # 1
    [
        [
            ("The Quillanford Ledger-Dispatch", "", "", "B"),
        ],
        [
            ("e-Edition   |   Subscribe   |   Log In", "", "", "B"),
        ],
        [
            (
                "News   Sports   Business   Opinion   Obituaries   Things to Do   Classifieds   Public Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Kittanook County shuts Mulberrow Road bridge after inspectors find rusted-through beams",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Detour adds 11 miles for drivers and school buses, and a replacement is not scheduled until 2029",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tamsin Oyebade-Pellawick", "", "", "B"),
        ],
        [
            ("toyebadepellawick@quillanfordld.com", "", "", "B"),
        ],
        [
            (
                "Published May 14, 2026 at 5:52 a.m. EDT   |   Updated May 14, 2026 at 11:20 a.m. EDT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Facebook   X   Email   Print   Gift this article", "", "", "B"),
        ],
        [
            (
                "Orange barrels block the north end of the Mulberrow Road bridge in Pellsbury Township on Wednesday afternoon.",
                "",
                "",
                "",
            ),
            ("(Dara Vennastow / Ledger-Dispatch)", "", "", "B"),
        ],
        [
            (
                "Kittanook County closed the Mulberrow Road bridge in Pellsbury Township to all traffic Wednesday after a routine inspection found that corrosion had eaten through parts of two steel floor beams, county officials said.",
                "county officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The 92-year-old truss bridge, which carries about 3,100 vehicles a day over Fennistone Creek, will stay closed until it is repaired or replaced, county engineer Harold Szymanek-Dorwinski said.",
                "Harold Szymanek-Dorwinski",
                "said",
                "W",
            ),
            (
                "“I'm not going to put a school bus on that bridge, and I'm not going to put anybody's grandmother on it either,” he said.",
                "Harold Szymanek-Dorwinski",
                "said",
                "",
            ),
        ],
        [
            (
                "Szymanek-Dorwinski said inspectors from Brightlaw & Ferravanti, the engineering firm that checks the county's 61 bridges every two years, measured a loss of up to 60% of the steel in the bottom flanges of the two beams nearest the north abutment.",
                "Harold Szymanek-Dorwinski",
                "said",
                "W",
            ),
        ],
        [
            ("“Sixty percent,” he said.", "Harold Szymanek-Dorwinski", "said", "W"),
            ("“That's not a number you sleep on.”", "Harold Szymanek-Dorwinski", "said", ""),
        ],
        [
            ("You've read 3 of your 4 free stories this month.", "", "", "B"),
        ],
        [
            (
                "Keep reading with unlimited access to the Ledger-Dispatch, the e-Edition and our daily puzzles.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("$1 a week for the first 6 months", "", "", "B"),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "The posted detour follows Route 413 and Barrastone Hill Road and adds about 11 miles to a trip between Pellsbury and the borough of Ashvorne.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Pellsbury-Ashvorne School District said in a letter to families Wednesday night that four bus routes would change starting Friday and that morning pickups on those routes would be up to 20 minutes earlier.",
                "The Pellsbury-Ashvorne School District",
                "said in a letter to families",
                "W",
            ),
            (
                "Superintendent Colette Varhelyi-Ndlebezi said the district would “get every kid to school on time, bridge or no bridge.”",
                "Colette Varhelyi-Ndlebezi",
                "said",
                "",
            ),
        ],
        [
            (
                "Wendell Aufdermauer, who milks 140 cows on the north side of the creek, said the detour would add close to an hour a day to his milk hauler's route.",
                "Wendell Aufdermauer",
                "said",
                "",
            ),
            (
                "He said the hauler, which collects from 14 farms along Mulberrow Road, has not been allowed to cross the bridge with a loaded tanker since the county lowered the weight limit in 2022.",
                "Wendell Aufdermauer",
                "said",
                "W",
            ),
            ("“We knew it was old,” Aufdermauer said.", "Wendell Aufdermauer", "said", ""),
            ("“We didn't know it was that old.”", "Wendell Aufdermauer", "said", ""),
        ],
        [
            ("The Mulberrow Road bridge at a glance", "", "", ""),
        ],
        [
            ("Built: 1934", "", "", "W"),
        ],
        [
            ("Length: 212 feet, one lane", "", "", "W"),
        ],
        [
            ("Weight limit since 2022: 10 tons", "", "", "W"),
        ],
        [
            ("Traffic: about 3,100 vehicles a day (2024 count)", "", "", "W"),
        ],
        [
            ("Last major repair: 1987", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "Replacing the bridge would cost an estimated $8.6 million, according to a county capital plan adopted in 2023, which lists construction for 2029.",
                "a county capital plan adopted in 2023",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The county commissioners voted 3-0 at a special meeting Wednesday evening to declare a bridge emergency, which lets the county hire a contractor for repairs without advertising for bids.",
                "",
                "",
                "W",
            ),
            (
                "Commissioner Darlene Fuchs-Albrighton, who chairs the board, said the county had asked PennDOT in writing on Wednesday to move the replacement up the state's list.",
                "Darlene Fuchs-Albrighton",
                "said",
                "W",
            ),
            (
                "“People out there don't care whose bridge it is,” she said.",
                "Darlene Fuchs-Albrighton",
                "said",
                "",
            ),
            ("“They care that it's closed.”", "Darlene Fuchs-Albrighton", "said", ""),
        ],
        [
            (
                "A temporary one-lane bridge could be in place by the fall, Szymanek-Dorwinski said, but only if the state approves its design in the next few weeks.",
                "Harold Szymanek-Dorwinski",
                "said",
                "",
            ),
        ],
        [
            (
                "Pennsylvania has about 2,300 state and local bridges rated in poor condition, according to PennDOT data.",
                "PennDOT data",
                "according to",
                "W",
            ),
            (
                "A PennDOT spokesperson did not respond to a request for comment Wednesday.",
                "A PennDOT spokesperson",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Correction: An earlier version of this story gave the wrong weight limit for the bridge.",
                "",
                "",
                "B",
            ),
            ("It has been posted at 10 tons since 2022.", "", "", "B"),
        ],
        [
            (
                "Tamsin Oyebade-Pellawick covers Kittanook County government and transportation for the Ledger-Dispatch.",
                "",
                "",
                "B",
            ),
            ("She can be reached at 717-555-0143.", "", "", "B"),
        ],
        [
            ("Stories like this one take hours of reporting.", "", "", "B"),
            ("Subscribe today and help keep a reporter at every county meeting.", "", "", "B"),
        ],
        [
            ("More in Local News", "", "", "B"),
        ],
        [
            ("Ashvorne council delays vote on parking meters for a third time", "", "", "B"),
        ],
        [
            ("Two hurt in Route 413 crash near Pellsbury", "", "", "B"),
        ],
        [
            ("© 2026 The Quillanford Ledger-Dispatch, a Tidemarsh Media publication.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy   Terms of Service   Cookie Preferences   Contact Us", "", "", "B"),
        ],
    ],
    # 2
    [
        [
            ("MBC News", "", "", "B"),
        ],
        [
            ("Sign In   |   MBC Radio   |   Watch Live", "", "", "B"),
        ],
        [
            (
                "Home   Local   Canada   World   Politics   Indigenous   Climate   Health   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nova Scotia", "", "", "B"),
        ],
        [
            (
                "Grindle Island ferry out until August after gearbox failure, province says",
                "Nova Scotia's Department of Public Works",
                "says",
                "W",
            ),
        ],
        [
            (
                "Chartered replacement will carry 12 vehicles instead of 26, and not the island's fuel truck",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Annick Thibaudière-Marrant · MBC News · Posted: May 13, 2026 4:00 AM ADT | Last Updated: 5 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            ("Estimated 5 minutes", "", "", "B"),
        ],
        [
            (
                "This article is read aloud by a synthetic voice, and some place names may be mispronounced.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "The MV Grindle Light has been out of service since May 3, when its gearbox failed on the morning crossing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A smaller chartered vessel starts sailings between Port Hallistane and the island on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Islanders say the island's two gas pumps have been dry since Sunday because the fuel truck is too heavy for the replacement.",
                "Islanders",
                "say",
                "W",
            ),
        ],
        [
            (
                "Islanders line up at the Port Hallistane wharf for the last sailing before the Grindle Light broke down.",
                "",
                "",
                "",
            ),
        ],
        [
            ("1:58", "", "", "B"),
        ],
        [
            ("Video: Donal Whitlaker/MBC", "", "", "B"),
        ],
        [
            (
                "The ferry that links Grindle Island to the mainland will be out of service until at least August after its gearbox failed on May 3, Nova Scotia's Department of Public Works said Tuesday.",
                "Nova Scotia's Department of Public Works",
                "said",
                "W",
            ),
        ],
        [
            (
                "The department said it had chartered the MV Skerrabeg, a 34-metre vessel owned by a private operator in Newfoundland and Labrador, which will begin running between Port Hallistane and the island on Friday.",
                "The department",
                "said",
                "W",
            ),
            (
                "The replacement carries 12 vehicles, compared with 26 on the Grindle Light, and cannot take trucks heavier than 20 tonnes, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 640 people live on Grindle Island year-round, according to the 2021 census.",
                "the 2021 census",
                "according to",
                "W",
            ),
        ],
        [
            ("“We're an island with no gas.”", "Rhona MacCrimmond-Doubet", "said", ""),
        ],
        [
            (
                "Rhona MacCrimmond-Doubet, who owns Kessaig Fuels, the island's only fuel depot, said her tanker truck weighs 27 tonnes when it is full and has been told it cannot book a crossing on the Skerrabeg.",
                "Rhona MacCrimmond-Doubet",
                "said",
                "W",
            ),
            (
                "She said the depot's two pumps ran dry on Sunday, and she has been bringing gasoline across in 205-litre drums on her brother's fishing boat.",
                "Rhona MacCrimmond-Doubet",
                "said",
                "W",
            ),
            (
                "“I've got people asking me whether they'll have enough to drive to the clinic,” she said.",
                "Rhona MacCrimmond-Doubet",
                "said",
                "",
            ),
            (
                "“That's not a question anybody should be asking in 2026.”",
                "Rhona MacCrimmond-Doubet",
                "said",
                "",
            ),
        ],
        [
            (
                "LISTEN | Fuel depot owner Rhona MacCrimmond-Doubet on what the breakdown means for Grindle Island",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Mainland Morning · 7:42", "", "", "B"),
        ],
        [
            (
                "Public Works Minister Gideon Thorbrand-Oyebolu told reporters at Province House on Tuesday that the Grindle Light's gearbox has to be rebuilt in Germany and will not be back before mid-July.",
                "Gideon Thorbrand-Oyebolu",
                "told reporters",
                "W",
            ),
            (
                "“This is a 41-year-old ship, and I'm not going to stand here and pretend it's a new one,” Thorbrand-Oyebolu said.",
                "Gideon Thorbrand-Oyebolu",
                "said",
                "W",
            ),
            (
                "He said the province set aside $94 million in its 2025 budget to replace the Grindle Light and two other ferries, and the first of the new vessels is due in 2029.",
                "Gideon Thorbrand-Oyebolu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The department said it was looking at whether a lighter tanker could cross on the Skerrabeg with a partial load, but had not made a decision.",
                "The department",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Opposition public works critic Mairi Luskaby said the breakdown was “the most predictable emergency in the province.”",
                "Mairi Luskaby",
                "said",
                "",
            ),
            (
                "She said the Grindle Light was out of service for 47 days in 2025, according to the department's own service reports, which her office obtained through a freedom-of-information request.",
                "Mairi Luskaby",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ferry is the only way on and off Grindle Island for vehicles, and the island's school, health clinic and fish plant all depend on it for supplies.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hollis Crewsley-Takemura, who manages the fish plant, said the lobster catch could sit on the wharf if refrigerated trucks can't get across when the season opens.",
                "Hollis Crewsley-Takemura",
                "said",
                "",
            ),
            ("“We'll figure it out,” he said.", "Hollis Crewsley-Takemura", "said", ""),
            (
                "“We always do, but it shouldn't have to be this hard.”",
                "Hollis Crewsley-Takemura",
                "said",
                "",
            ),
        ],
        [
            ("With files from Mainland Morning", "", "", "B"),
        ],
        [
            ("ABOUT THE AUTHOR", "", "", "B"),
        ],
        [
            (
                "Annick Thibaudière-Marrant is a reporter with MBC Nova Scotia, based in Halifax.",
                "",
                "",
                "B",
            ),
            (
                "She covers rural communities, transportation and the fisheries, and can be reached at annick.thibaudiere-marrant@mbcnews.ca.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Corrections and clarifications   |   Submit a news tip   |   Report error",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            (
                "Province tables ferry replacement plan, but first new ship still years away",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Grindle Island clinic to get weekly visiting doctor", "", "", "B"),
        ],
        [
            ("©2026 Maritime Broadcasting Corporation.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # 3
    [
        [
            ("WDLQ NewsChannel 7", "", "", "B"),
        ],
        [
            ("Watch Live   |   Newscasts   |   Get the App", "", "", "B"),
        ],
        [
            ("71°   Partly Cloudy   |   Brockwell Falls, OH", "", "", "B"),
        ],
        [
            (
                "SEVERE THUNDERSTORM WATCH until 9 PM for Carrowbane and Wexmere counties",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TRAFFIC   SR 83 closed both ways at Hollowgate Rd — downed lines", "", "", "B"),
        ],
        [
            (
                "News   Weather   Traffic   Sports   7 Investigates   Community   Contests",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Closings & Delays (3)", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "EF-1 tornado confirmed in Carrowbane County as thousands remain without power",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By: Desmond Valecourt", "", "", "B"),
        ],
        [
            ("Posted 6:14 AM, May 21, 2026 and last updated 10:02 AM, May 21, 2026", "", "", "B"),
        ],
        [
            (
                "Drone video shows a barn roof peeled away and trees snapped along Hollowgate Road in Carrowbane Township.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Video: SkyCam 7", "", "", "B"),
        ],
        [
            ("2:14", "", "", "B"),
        ],
        [
            (
                "CARROWBANE COUNTY, Ohio (WDLQ) — The National Weather Service says an EF-1 tornado with peak winds of 105 mph touched down near Brockwell Falls on Wednesday night and stayed on the ground for about 4.2 miles.",
                "The National Weather Service",
                "says",
                "W",
            ),
        ],
        [
            (
                "A survey team from the weather service's Cleveland office confirmed the tornado Thursday morning after walking the damage along Hollowgate Road and Tessmer Pike.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "No one was hurt, according to the Carrowbane County Sheriff's Office.",
                "the Carrowbane County Sheriff's Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "As of 9 a.m. Thursday, about 6,800 Tri-County Edison customers in Carrowbane and Wexmere counties were still without power, according to the utility's outage map.",
                "the utility's outage map",
                "according to",
                "W",
            ),
            (
                "The utility said it expects to have most customers back on by 11 p.m. Friday.",
                "The utility",
                "said",
                "",
            ),
        ],
        [
            (
                "RELATED: Track the next round of storms on Live Doppler 7 Interactive Radar",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get severe weather alerts on your phone — text STORM to 70707.", "", "", "B"),
        ],
        [
            (
                "State Route 83 remains closed in both directions between Hollowgate Road and Bairnfield Street because of downed power lines, the sheriff's office said.",
                "the sheriff's office",
                "said",
                "W",
            ),
            (
                "It said deputies expected the road to stay closed until at least Thursday evening.",
                "the Carrowbane County Sheriff's Office",
                "said",
                "",
            ),
        ],
        [
            (
                "The weather service issued a tornado warning for Carrowbane County at 8:41 p.m., about nine minutes before the tornado touched down, according to the weather service's survey.",
                "the weather service's survey",
                "according to",
                "W",
            ),
        ],
        [
            ("Preliminary survey details:", "", "", ""),
        ],
        [
            ("Rating: EF-1", "", "", "W"),
        ],
        [
            ("Peak winds: 105 mph", "", "", "W"),
        ],
        [
            ("Path length: 4.2 miles", "", "", "W"),
        ],
        [
            ("Maximum width: 150 yards", "", "", "W"),
        ],
        [
            ("On the ground: 8:50 p.m. to 8:56 p.m.", "", "", "W"),
        ],
        [
            (
                "Paulette Grzelakowa-Nunnally, 67, said she and her husband were in the basement with their dog when the noise started.",
                "Paulette Grzelakowa-Nunnally",
                "said",
                "",
            ),
            (
                "“It was like the whole house took a breath in,” she said.",
                "Paulette Grzelakowa-Nunnally",
                "said",
                "",
            ),
            (
                "“Then it was quiet, and the garage was sitting in the neighbor's field.”",
                "Paulette Grzelakowa-Nunnally",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief Meteorologist Kendra Ostrowiecka-Bainbridge has the latest on the next round of storms tonight on WDLQ 7 News at 6.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Carrowbane County Commissioner Royce Abelmann said crews will begin picking up storm debris Friday, and residents can leave branches and debris at the curb through June 5.",
                "Royce Abelmann",
                "said",
                "W",
            ),
            (
                "“We got lucky, and I don't use that word lightly,” Abelmann said.",
                "Royce Abelmann",
                "said",
                "",
            ),
            (
                "“A mile to the east and we're talking about the middle school.”",
                "Royce Abelmann",
                "said",
                "",
            ),
        ],
        [
            (
                "It is the third tornado confirmed in Carrowbane County since 2019, according to weather service records.",
                "weather service records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Tri-County Edison said anyone who sees a downed line should stay at least 30 feet away and call 1-800-555-0199.",
                "Tri-County Edison",
                "said",
                "",
            ),
        ],
        [
            ("Copyright 2026 Caldwater Broadcasting Group.", "", "", "B"),
            ("No part of this story may be reproduced without written permission.", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("Trending on WDLQ", "", "", "B"),
        ],
        [
            ("Storm Team 7 timeline: when the next line of storms arrives", "", "", "B"),
        ],
        [
            ("Brockwell Falls schools cancel Friday field day", "", "", "B"),
        ],
        [
            ("WDLQ 7   ·   4400 Caldwater Avenue   ·   Brockwell Falls, Ohio", "", "", "B"),
        ],
        [
            (
                "FCC Public File   |   EEO Report   |   Closed Captioning   |   Privacy Policy   |   Careers",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 4
    [
        [
            ("Amberlune Finance", "", "", "B"),
        ],
        [
            ("Sign in   Mail   Portfolios", "", "", "B"),
        ],
        [
            (
                "Markets   News   Videos   Personal Finance   Crypto   Screeners   Watchlists",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copper Jul 26   4.8715   +0.0915 (+1.91%)", "", "", "B"),
        ],
        [
            ("Gimbal", "", "", "B"),
        ],
        [
            (
                "Chile's Cerro Albarrán copper mine hit by strike after wage talks collapse",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Ximena Larraín-Tupaqui", "", "", "B"),
        ],
        [
            ("Wed, May 6, 2026, 2:41 PM   3 min read", "", "", "B"),
        ],
        [
            ("In this article:", "", "", "B"),
        ],
        [
            ("PCLL.SN   -4.81%", "", "", "B"),
        ],
        [
            ("HG=F   +1.91%", "", "", "B"),
        ],
        [
            ("Amberlune Finance did not write this story and has not edited it.", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, May 6 (Gimbal) - Workers at the Cerro Albarrán copper mine in northern Chile walked off the job on Wednesday after wage talks broke down, the mine's largest union said, halting most output at a mine that produced 212,000 metric tons of copper last year.",
                "the mine's largest union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minera Pachacollo, which operates the mine, said in a statement it had declared force majeure on some concentrate shipments and was running the concentrator with supervisors at about 30% of capacity.",
                "Minera Pachacollo",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "It is the first strike at Cerro Albarrán since 2017, when a 38-day stoppage cut the mine's output that year by about a tenth.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"The company came to the table with an offer that does not even cover inflation," union president Aurelio Quintarelli-Rojo told Gimbal by phone from the mine gate.',
                "Aurelio Quintarelli-Rojo",
                "told Gimbal",
                "",
            ),
        ],
        [
            (
                "The union, which represents about 1,900 of the mine's 2,600 workers, is seeking a 6% real wage increase and a one-off bonus of 18 million pesos ($19,300) per worker, Quintarelli-Rojo said.",
                "Aurelio Quintarelli-Rojo",
                "said",
                "W",
            ),
            (
                "The company has offered 2.5% and a bonus of 11 million pesos, according to a copy of the offer seen by Gimbal.",
                "a copy of the offer seen by Gimbal",
                "according to",
                "W",
            ),
            (
                "Chile's annual inflation rate was 4.1% in April, according to the national statistics institute.",
                "the national statistics institute",
                "according to",
                "W",
            ),
        ],
        [
            ("Story continues", "", "", "B"),
        ],
        [
            (
                "Sponsored · Eldmoor Wealth: The three dividend stocks retirees keep buying",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Benchmark three-month copper on the London Metal Exchange rose 1.9% to $10,740 a metric ton by 1530 GMT, its highest in five weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Any long stoppage at a mine that size tightens a concentrate market that is already short," said Leonie Achterdijk, head of metals research at Vessant Commodities in London.',
                "Leonie Achterdijk",
                "said",
                "",
            ),
            ('"Smelters in China will feel it first."', "Leonie Achterdijk", "said", ""),
        ],
        [
            (
                "Chile is the world's biggest copper producer, and Cerro Albarrán accounts for about 4% of the country's output.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chile's labour ministry said it had invited both sides to a mediation session in Antofagasta on Friday.",
                "Chile's labour ministry",
                "said",
                "W",
            ),
            (
                "Minera Pachacollo said it remained open to talks but that the union's demands would add about $85 million a year to its costs.",
                "Minera Pachacollo",
                "said",
                "",
            ),
            (
                'Quintarelli-Rojo said the union would attend the session but would not end the strike "for a handshake and a photo."',
                "Aurelio Quintarelli-Rojo",
                "said",
                "",
            ),
        ],
        [
            (
                "Shares of Minera Pachacollo closed down 4.8% in Santiago on Wednesday, while the broader IPSA index fell 0.3%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Ximena Larraín-Tupaqui in Santiago; additional reporting by Tobias Wrenhaugh in London; editing by Marguerite Halsted)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2026 Gimbal News Agency.", "", "", "B"),
            ("Republished by Amberlune Finance under licence.", "", "", "B"),
        ],
        [
            (
                "This content is provided for information only and is not a recommendation to buy or sell any security.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Recommended Stories", "", "", "B"),
        ],
        [
            ("Copper miners rally as supply worries mount", "", "", "B"),
        ],
        [
            ("Why one fund manager is selling gold and buying copper", "", "", "B"),
        ],
        [
            (
                "Terms and Privacy Policy   Your Privacy Choices   About Our Ads   Feedback",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Amberlune Media.", "", "", "B"),
            (
                "Market data may lag by up to 20 minutes; see our data providers for details.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 5
    [
        [
            ("THE CAIRNWRIGHT", "", "", "B"),
        ],
        [
            ("Subscribe   Shop   Sign in", "", "", "B"),
        ],
        [
            ("Features   Nature   Walks   Food   Books   Archive   Newsletter", "", "", "B"),
        ],
        [
            ("FEATURE", "", "", "B"),
        ],
        [
            ("Putting the water back", "", "", ""),
        ],
        [
            (
                "On a Sutherland estate, a small team is blocking the drains their grandfathers dug, and the bog is answering faster than anyone expected",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Words by Niamh Corriebuie-Ashwyke   Photographs by Calum Brecklin-Iwamura",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2 June 2026   ·   From the Summer 2026 issue   ·   14 min read", "", "", "B"),
        ],
        [
            (
                "Dams of peat and plastic piling hold back water in an old drain on the Achnavrie estate.",
                "",
                "",
                "",
            ),
            ("Photograph: Calum Brecklin-Iwamura", "", "", "B"),
        ],
        [
            ("The first thing Eilidh Mackinven-Odunaike does on the bog is kneel.", "", "", ""),
        ],
        [
            (
                "She pushes her arm into a drain up to the elbow, pulls out a fist of black peat and squeezes it until water runs down to her wrist.",
                "",
                "",
                "",
            ),
            ("“That's good,” she says.", "Eilidh Mackinven-Odunaike", "says", ""),
            ("“That's what we want.”", "Eilidh Mackinven-Odunaike", "says", ""),
        ],
        [
            (
                "Mackinven-Odunaike has been the peatland officer on Achnavrie, a 9,400-hectare sporting estate in the east of Sutherland, since 2020.",
                "",
                "",
                "W",
            ),
            (
                "Before she arrived, the estate's blanket bog was cut through by about 73 kilometres of drains, most of them dug by hand and by tractor between the 1950s and the 1980s to dry the ground for sheep and forestry.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Since 2021, contractors working for the estate have blocked 46 kilometres of those drains with about 5,200 small dams and reshaped 190 hectares of bare, eroding peat, at a cost of £2.3 million, most of it paid by a Scottish Government restoration fund.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Peat covers more than a fifth of Scotland, and about four-fifths of it is damaged in some way, according to NatureScot.",
                "NatureScot",
                "according to",
                "W",
            ),
            (
                "Damaged peat gives off carbon as it dries out, and degraded peatland is one of the largest sources of greenhouse gases from land in the country.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You can't rush water,” Mackinven-Odunaike says.",
                "Eilidh Mackinven-Odunaike",
                "says",
                "",
            ),
            (
                "“It goes where it wants, and then you follow it with a spade.”",
                "Eilidh Mackinven-Odunaike",
                "says",
                "",
            ),
        ],
        [
            ("“You can't rush water.", "", "", "B"),
            ("It goes where it wants, and then you follow it with a spade.”", "", "", "B"),
        ],
        [
            (
                "Dr Morven Achtermuir, a hydrologist at the Blanket Bog Research Centre, has been measuring the water table on Achnavrie since 2021 with 36 dipwells, plastic tubes sunk into the bog at fixed points.",
                "",
                "",
                "W",
            ),
            (
                "In the blocked drains, she says, the water table has risen by an average of 11 centimetres, to within 5 centimetres of the surface for most of the year.",
                "Morven Achtermuir",
                "says",
                "W",
            ),
            ("“That doesn't sound like much,” she says.", "Morven Achtermuir", "says", ""),
            (
                "“But for a sphagnum moss, it's the difference between a desert and a swimming pool.”",
                "Morven Achtermuir",
                "says",
                "",
            ),
            (
                "The team's study, published last year in a British Ecological Society journal, found that cotton grass and sphagnum had spread over 60% of the reshaped ground within three summers.",
                "The team's study",
                "found",
                "W",
            ),
        ],
        [
            ("* * *", "", "", "B"),
        ],
        [
            ("Not everyone on the strath is convinced.", "", "", ""),
        ],
        [
            (
                "Donnie Stracathro-Veitch, whose family has grazed sheep on the lower slopes of Achnavrie for four generations, says the wetter ground has made gathering harder.",
                "Donnie Stracathro-Veitch",
                "says",
                "",
            ),
            (
                "He lost 23 ewes in bog holes last spring, he says, more than in the previous ten years put together.",
                "Donnie Stracathro-Veitch",
                "says",
                "W",
            ),
            (
                "“They're saving the planet up there, and good luck to them,” he says.",
                "Donnie Stracathro-Veitch",
                "says",
                "",
            ),
            ("“But nobody's paying me for the ewes.”", "Donnie Stracathro-Veitch", "says", ""),
        ],
        [
            ("“They're saving the planet up there, and good luck to them.”", "", "", "B"),
        ],
        [
            (
                "The estate says it has since fenced off the three worst areas and offered Stracathro-Veitch grazing on an improved field near the road.",
                "The estate",
                "says",
                "W",
            ),
        ],
        [
            (
                "The restoration has also been registered under a UK voluntary carbon standard for peatland, which will let the estate sell credits for about 41,000 tonnes of carbon dioxide over 30 years.",
                "",
                "",
                "W",
            ),
            (
                "Torquil Haldrane-Mbatsha, who manages Achnavrie for its owners, says the credits will pay to keep the dams in good order once the public money runs out.",
                "Torquil Haldrane-Mbatsha",
                "says",
                "",
            ),
            (
                "“A dam lasts twenty years if you look after it,” he says.",
                "Torquil Haldrane-Mbatsha",
                "says",
                "",
            ),
            (
                "“Nobody wants to come back in 2046 and find we did it all for nothing.”",
                "Torquil Haldrane-Mbatsha",
                "says",
                "",
            ),
        ],
        [
            (
                "By late afternoon the wind has dropped, and the drain Mackinven-Odunaike knelt beside in the morning has become a line of small black pools, each a step higher than the one below.",
                "",
                "",
                "",
            ),
            ("“Give it ten years,” she says.", "Eilidh Mackinven-Odunaike", "says", ""),
            (
                "“You won't know there was ever a drain here.”",
                "Eilidh Mackinven-Odunaike",
                "says",
                "",
            ),
        ],
        [
            (
                "Niamh Corriebuie-Ashwyke is a writer and photographer who lives in Orkney.",
                "",
                "",
                "B",
            ),
            (
                "Her first book, The Gannet's Shore, was published in 2024 and shortlisted for two nature-writing prizes.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This feature appears in the Summer 2026 issue of The Cairnwright, in shops now.",
                "",
                "",
                "B",
            ),
            (
                "Subscribers get every issue delivered, plus the full digital archive back to 1998.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Enjoyed this?", "", "", "B"),
            (
                "Our free fortnightly letter brings you one long read and one walk, straight to your inbox.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: peatland   Sutherland   rewilding   farming   climate", "", "", "B"),
        ],
        [
            ("© The Cairnwright Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC418806.", "", "", "B"),
        ],
    ],
    # 6
    [
        [
            ("Ardkeeragh FM 97.2", "", "", "B"),
        ],
        [
            ("LISTEN LIVE", "", "", "B"),
        ],
        [
            (
                "On Air Now: The Morning Show with Fiachra Donnegan   |   Up Next: Lunchtime Live at 12",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Sport   Death Notices   Podcasts   Competitions   What's On   Traffic & Travel   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Cloonmore General had most patients on trolleys in the country this morning, INMO says",
                "the Irish Nurses and Midwives Organisation",
                "says",
                "W",
            ),
        ],
        [
            ("Written by Saoirse Ní Bhrollacháin", "", "", "B"),
        ],
        [
            ("Tuesday, 19th May 2026 8.47am", "", "", "B"),
        ],
        [
            ("Share   Tweet   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "There were 61 patients waiting on trolleys at Cloonmore General Hospital this morning, according to the Irish Nurses and Midwives Organisation.",
                "the Irish Nurses and Midwives Organisation",
                "according to",
                "W",
            ),
            ("That's the highest number at any hospital in the country today.", "", "", "W"),
        ],
        [
            (
                "Nationally, 583 people are on trolleys this morning, the union says.",
                "the union",
                "says",
                "W",
            ),
        ],
        [
            ("Listen: Nurse Orla Cassagh speaking to Fiachra on The Morning Show", "", "", "B"),
        ],
        [
            ("00:00 / 06:31", "", "", "B"),
        ],
        [
            (
                "Speaking on The Morning Show, INMO representative at the hospital Orla Cassagh said the emergency department has been working with 14 fewer nurses than its roster allows since January.",
                "Orla Cassagh",
                "said",
                "W",
            ),
            (
                "She said some patients over 80 had waited more than 24 hours for a bed this week.",
                "Orla Cassagh",
                "said",
                "W",
            ),
            (
                "She told Fiachra it's got to the point where patients are being washed behind a curtain in the corridor.",
                "Orla Cassagh",
                "told",
                "",
            ),
        ],
        [
            ("“It's a corridor, not a ward,” she said.", "Orla Cassagh", "said", ""),
        ],
        [
            (
                "In a statement, a spokesperson for the hospital said the emergency department was “extremely busy” and apologised to anyone who faced a long wait.",
                "a spokesperson for the hospital",
                "said",
                "",
            ),
            (
                "The spokesperson said 212 people attended the department on Monday, up from an average of 164 a day last May.",
                "The spokesperson",
                "said",
                "W",
            ),
            (
                "They said 19 extra beds will open in the new medical block in September.",
                "a spokesperson for the hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "The hospital is asking people to contact their GP or the out-of-hours doctor service before coming to the emergency department, unless it's an emergency.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "WIN: A family pass to Rathgorm Adventure Park, just text PARK to 53097 for your chance.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local TD Fergal Tormeagh-Quorrigan said the figures were “a disgrace in a country that's running a budget surplus”.",
                "Fergal Tormeagh-Quorrigan",
                "said",
                "",
            ),
            (
                "He said he had raised Cloonmore in the Dáil four times since January and had twice been told the new beds would open in June.",
                "Fergal Tormeagh-Quorrigan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The INMO says its members at Cloonmore will hold a lunchtime protest outside the hospital's main entrance on Friday.",
                "the Irish Nurses and Midwives Organisation",
                "says",
                "W",
            ),
        ],
        [
            (
                "Bernadette Scallagh-Ruddy, whose 86-year-old father spent two nights on a trolley at Cloonmore last week, rang the programme this morning.",
                "",
                "",
                "",
            ),
            (
                "“He walked the roads of this county as a postman for 40 years, and they left him in a corridor with a blanket off the ambulance,” she said.",
                "Bernadette Scallagh-Ruddy",
                "said",
                "",
            ),
            ("“I'm not blaming the nurses.", "Bernadette Scallagh-Ruddy", "said", ""),
            ("They were run off their feet.”", "Bernadette Scallagh-Ruddy", "said", ""),
        ],
        [
            (
                "Fiachra will be talking to the hospital's general manager on Thursday's Morning Show, from 9am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Cloonmore General Hospital   INMO   trolley watch   health", "", "", "B"),
        ],
        [
            (
                "Get the Ardkeeragh FM app for news, death notices and the live stream, wherever you are.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Previous Story   Gardaí appeal for witnesses after Tobarnagh Road collision",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Next Story   Planning granted for 48 homes at old creamery site", "", "", "B"),
        ],
        [
            ("Ardkeeragh FM is licensed by Coimisiún na Meán.", "", "", "B"),
        ],
        [
            ("© 2026 Ardkeeragh Broadcasting Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Privacy   Cookies   Terms   Advertise with us", "", "", "B"),
        ],
    ],
    # 7
    [
        [
            ("PolarAisle", "", "", "B"),
        ],
        [
            ("Cold chain intelligence for Europe's food and pharma logistics", "", "", "B"),
        ],
        [
            ("Register   |   Log in   |   Subscribe to the print edition", "", "", "B"),
        ],
        [
            (
                "News   Warehousing   Transport   Technology   Pharma   People   Events   Awards   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COLD CHAIN EUROPE SUMMIT 2026   |   9–10 June   |   Rotterdam   |   Book your pass",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Warehousing", "", "", "B"),
        ],
        [
            ("Koelhaven opens €86m automated frozen store at the Port of Rotterdam", "", "", "W"),
        ],
        [
            (
                "Operator bets on robot cranes and rooftop solar as energy costs squeeze deep-frozen storage margins",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Jonas Verbrugge-Elleswijk   |   27 May 2026", "", "", "B"),
        ],
        [
            ("5 min read   |   Free to registered readers", "", "", "B"),
        ],
        [
            (
                "Koelhaven Logistics has opened an €86 million automated deep-frozen warehouse on the Zeehoefkade at the Port of Rotterdam, with space for 48,000 pallets stored at –25°C.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 38-metre-high building is run by nine stacker cranes and has 22 loading docks, chief executive Maarten Vlieghuis told PolarAisle at the opening on Tuesday.",
                "Maarten Vlieghuis",
                "told PolarAisle",
                "W",
            ),
            (
                "He said the site employs 74 people now and will take on another 46 by the end of the year.",
                "Maarten Vlieghuis",
                "said",
                "W",
            ),
            (
                "“In frozen storage, electricity is your second-biggest cost after people,” Vlieghuis said.",
                "Maarten Vlieghuis",
                "said",
                "",
            ),
            (
                "“Here we have taken most of the people out of the aisles, so the next job is to take most of the bill out.”",
                "Maarten Vlieghuis",
                "said",
                "",
            ),
        ],
        [
            ("You've reached the end of this preview.", "", "", "B"),
        ],
        [
            (
                "Register for free to read the rest of this article and get our Tuesday and Friday briefings.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Register now", "", "", "B"),
        ],
        [
            ("Have an account?", "", "", "B"),
            ("Sign in here", "", "", "B"),
        ],
        [
            (
                "The roof carries 14,600 solar panels with a peak output of 6.8 megawatts, which the company said would cover about 40% of the building's annual electricity use.",
                "the company",
                "said",
                "W",
            ),
            (
                "Vlieghuis said the store's cranes recover energy when they brake and lower pallets, cutting their net consumption by about a fifth compared with the cranes in Koelhaven's older store in Moerdijk.",
                "Maarten Vlieghuis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hear Koelhaven's head of engineering, Ruud Stellingwerf, explain how the Zeehoefkade store was designed, on the automation panel at Cold Chain Europe Summit, 9–10 June.",
                "",
                "",
                "B",
            ),
            ("Early-bird passes end on 29 May.", "", "", "B"),
        ],
        [
            (
                "Grenvale Fresh, a Dutch importer of frozen fruit and vegetables, has signed a seven-year contract for 15,000 pallet spaces at the new store, Koelhaven said.",
                "Koelhaven Logistics",
                "said",
                "W",
            ),
        ],
        [
            (
                "Saskia Duinmeijer, a partner at the Utrecht consultancy Terwolde Advisory, said frozen storage around Rotterdam had been running at close to 95% occupancy since 2024.",
                "Saskia Duinmeijer",
                "said",
                "W",
            ),
            (
                "“Everyone with a frozen container coming in is fighting for the same racks,” she said.",
                "Saskia Duinmeijer",
                "said",
                "",
            ),
            (
                "She said she expected at least two more large frozen stores to be announced around the port before 2028.",
                "Saskia Duinmeijer",
                "said",
                "",
            ),
        ],
        [
            (
                "Reefer container volumes through Rotterdam rose 6% in 2025 to about 1.1 million TEU, according to the Port of Rotterdam Authority.",
                "the Port of Rotterdam Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "SPONSORED   |   How a Brabant dairy cut freezer energy by 18% with variable-speed compressors",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vlieghuis said the company had waited 27 months for a grid connection for the site.",
                "Maarten Vlieghuis",
                "said",
                "W",
            ),
            (
                "A second phase, with another 30,000 pallet spaces, would depend on the regional grid operator adding capacity at the substation that serves the Zeehoefkade, he said.",
                "Maarten Vlieghuis",
                "said",
                "",
            ),
            (
                "The regional grid operator declined to comment on the timing.",
                "The regional grid operator",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Editor's note: This article was updated on 27 May to correct the number of loading docks, which is 22, not 24.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            ("Jonas Verbrugge-Elleswijk is PolarAisle's Benelux correspondent.", "", "", "B"),
            (
                "He has covered ports and warehousing since 2015 and was previously deputy editor of a Flemish shipping weekly.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related articles", "", "", "B"),
        ],
        [
            ("Frozen food importers warn of rack shortage as reefer imports climb", "", "", "B"),
        ],
        [
            ("Dutch grid queue leaves 31 warehouse projects waiting for power", "", "", "B"),
        ],
        [
            ("Upcoming events", "", "", "B"),
        ],
        [
            ("Cold Chain Europe Summit   |   9–10 June 2026   |   Rotterdam", "", "", "B"),
        ],
        [
            ("PolarAisle Awards 2026   |   Entries close 14 August", "", "", "B"),
        ],
        [
            ("© 2026 Frostlijn Media B.V.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("PolarAisle is a registered trade mark of Frostlijn Media B.V.", "", "", "B"),
        ],
    ],
    # 8
    [
        [
            ("The Rajkulo Chronicle", "", "", "B"),
        ],
        [
            ("Monday, May 18, 2026   |   Jestha 4, 2083", "", "", "B"),
        ],
        [
            ("Epaper   |   Archive   |   Login", "", "", "B"),
        ],
        [
            (
                "National   Politics   Valley   Money   Opinion   Sports   World   Health   Provinces",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Gandaki Province", "", "", "B"),
        ],
        [
            (
                "Sildhunga water project finally runs, 11 years and Rs1.42 billion later",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents of five Pokhara wards say the pressure is still too low to fill rooftop tanks",
                "Residents of five Pokhara wards",
                "say",
                "W",
            ),
        ],
        [
            ("Sushma Thakuriya-Rijaltar", "", "", "B"),
        ],
        [
            ("Published at : May 18, 2026", "", "", "B"),
        ],
        [
            ("Updated at : May 18, 2026 07:45", "", "", "B"),
        ],
        [
            ("Read Time: 3 min", "", "", "B"),
        ],
        [
            ("Facebook   Twitter   Viber   Email   Print", "", "", "B"),
        ],
        [
            (
                "A worker checks a valve at the Sildhunga Khola treatment plant in Pokhara on Sunday.",
                "",
                "",
                "",
            ),
            ("Chronicle Photo/Sushma Thakuriya-Rijaltar", "", "", "B"),
        ],
        [
            (
                "POKHARA, May 17 – The Sildhunga Khola Drinking Water Project began supplying water to households in five wards of Pokhara Metropolitan City on Sunday, 11 years after construction started.",
                "",
                "",
                "W",
            ),
            (
                "The project, which was meant to be completed in 2017 at a cost of Rs680 million, has ended up costing Rs1.42 billion, according to the Water Supply and Sanitation Division Office, Kaski.",
                "the Water Supply and Sanitation Division Office, Kaski",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Engineer Sabitri Dawadi-Lamichhane, chief of the division office, said the plant can treat 18 million litres a day, enough for about 6,300 households.",
                "Sabitri Dawadi-Lamichhane",
                "said",
                "W",
            ),
            (
                "“For now we are supplying 11 million litres, because three of the distribution tanks are still being tested,” she said.",
                "Sabitri Dawadi-Lamichhane",
                "said",
                "W",
            ),
            (
                "She said the remaining tanks would be connected by mid-July, before the peak of the monsoon.",
                "Sabitri Dawadi-Lamichhane",
                "said",
                "W",
            ),
        ],
        [
            (
                "The project's first contract was terminated in 2019 after the contractor had completed only 23 percent of the work in four years, according to the Office of the Auditor General's annual report for 2019/20.",
                "the Office of the Auditor General's annual report for 2019/20",
                "according to",
                "W",
            ),
            (
                "A second contractor, Gorkhali-Sarun JV, took over in 2020, but work stopped for nearly eight months during the Covid-19 lockdowns.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Water came, but only a thin line,” said Indira Poudyal-Karki, 52, of Ward 27, holding a plastic jug under the tap outside her house.",
                "Indira Poudyal-Karki",
                "said",
                "",
            ),
            (
                "She said her family had been buying a 6,000-litre tanker of water every ten days for Rs2,200 for the past four years.",
                "Indira Poudyal-Karki",
                "said",
                "W",
            ),
            ("“Now they tell us to wait for July,” she said.", "Indira Poudyal-Karki", "said", ""),
        ],
        [
            (
                "Ward 27 chair Tek Bahadur Ruchal-Malla said 1,140 households in his ward had applied for connections and 860 had been connected so far.",
                "Tek Bahadur Ruchal-Malla",
                "said",
                "W",
            ),
            (
                "He said the pipes at the upper end of the ward were laid in 2018, before the new ring road, and 400 metres of them would have to be dug up and relaid.",
                "Tek Bahadur Ruchal-Malla",
                "said",
                "W",
            ),
        ],
        [
            (
                "Also Read: Pokhara metropolis to charge Rs50 per unit for piped water from Falgun",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The metropolitan city, which will take over the scheme from the division office in August, said it would set new water tariffs only after public hearings in each ward.",
                "The metropolitan city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nepal had 412 drinking water projects running behind schedule in fiscal year 2024/25, the Office of the Auditor General said in its latest annual report.",
                "the Office of the Auditor General",
                "said in its latest annual report",
                "W",
            ),
            (
                "Of those, 96 had been delayed by more than five years, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dawadi-Lamichhane said the low pressure at the end of the line was “normal for a new network” and would improve once all the tanks were full.",
                "Sabitri Dawadi-Lamichhane",
                "said",
                "",
            ),
            ("Poudyal-Karki was less sure.", "", "", ""),
            ("“Eleven years,” she said.", "Indira Poudyal-Karki", "said", "W"),
            ("“I will believe it when my tank is full.”", "Indira Poudyal-Karki", "said", ""),
        ],
        [
            (
                "This story ran on page 3 of the May 18 print edition under the headline ‘Water at last, but only a trickle’.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sushma Thakuriya-Rijaltar is the Chronicle's correspondent in Pokhara, covering Gandaki Province.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Kaski farmers switch to drip irrigation as springs dry up", "", "", "B"),
        ],
        [
            ("Pokhara boat operators demand new life jackets before monsoon", "", "", "B"),
        ],
        [
            ("Most Read   |   Editor's Picks", "", "", "B"),
        ],
        [
            ("© 2026 Rajkulo Chronicle Publications (P) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us   |   Advertise   |   Contact   |   Terms of Use", "", "", "B"),
        ],
    ],
    # 9
    [
        [
            ("STELLOWAY RUGBY FOOTBALL CLUB", "", "", "B"),
        ],
        [
            ("Est. 1921   ·   East London, Eastern Cape", "", "", "B"),
        ],
        [
            (
                "Home   Club News   Fixtures & Results   Teams   Juniors   Membership   Shop   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEXT MATCH   Stelloway v Ngqwara Rovers   ·   Sat 16 May   ·   15:30   ·   Stelloway Park",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LAST RESULT   Mpofanini Harlequins 19 – 27 Stelloway", "", "", "B"),
        ],
        [
            ("Club News", "", "", "B"),
        ],
        [
            (
                "Floodlights, a new stand and women's change rooms: Stelloway Park upgrade gets the green light",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted by Club Media on 11 May 2026", "", "", "B"),
        ],
        [
            ("Share   Facebook   WhatsApp   X   Email", "", "", "B"),
        ],
        [
            ("An artist's impression of the new river-side stand at Stelloway Park.", "", "", ""),
            ("Image: Hlathikazi & Voster Architects", "", "", "B"),
        ],
        [
            (
                "Stelloway Rugby Football Club will put up floodlights, build a 180-seat stand and add change rooms for its women's and junior teams at Stelloway Park, after members approved an R8.4 million upgrade at a special general meeting on Thursday night.",
                "",
                "",
                "W",
            ),
            ("The vote was 212 for and 9 against, with four abstentions.", "", "", "W"),
            (
                "About R5.1 million of the cost will come from a National Lotteries Commission grant, with the rest from a club loan and a fundraising drive.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This is the biggest thing to happen at Stelloway Park since the clubhouse was rebuilt after the 1987 fire,” club chairman Mzwandile Kettledas-Pienkes said.",
                "Mzwandile Kettledas-Pienkes",
                "said",
                "W",
            ),
            (
                "“Our women's side has been changing in the squash court for three seasons.",
                "Mzwandile Kettledas-Pienkes",
                "said",
                "W",
            ),
            ("That ends now.”", "Mzwandile Kettledas-Pienkes", "said", ""),
        ],
        [
            ("What the upgrade includes:", "", "", ""),
        ],
        [
            (
                "Six 22-metre LED floodlight masts, so home league games can kick off at 19:00",
                "",
                "",
                "W",
            ),
        ],
        [
            ("A 180-seat covered stand on the river side of the main field", "", "", "W"),
        ],
        [
            ("Four new change rooms, two of them for the women's and girls' teams", "", "", "W"),
        ],
        [
            ("A ramp and accessible toilets at the clubhouse", "", "", "W"),
        ],
        [
            ("Not a member yet?", "", "", "B"),
            (
                "A full season membership costs R450 and gets you into every home league match, plus 10% off at the clubhouse bar.",
                "",
                "",
                "B",
            ),
            ("Join online or at the club office.", "", "", "B"),
        ],
        [
            (
                "Club treasurer Thandeka Oostvaal-Dyani said work on the floodlights will start on 1 June, and the lights are due to be switched on for the first home match of the 2027 season in February.",
                "Thandeka Oostvaal-Dyani",
                "said",
                "W",
            ),
            (
                "She said the stand and change rooms would follow in a second phase, once the last R1.2 million had been raised.",
                "Thandeka Oostvaal-Dyani",
                "said",
                "W",
            ),
            (
                "“Every raffle ticket and every boerewors roll on a Saturday goes into that R1.2 million,” she said.",
                "Thandeka Oostvaal-Dyani",
                "said",
                "",
            ),
            ("“So buy two.”", "Thandeka Oostvaal-Dyani", "said", ""),
        ],
        [
            ("RESULTS   Sat 9 May", "", "", "B"),
        ],
        [
            ("First XV   Mpofanini Harlequins 19 – 27 Stelloway", "", "", "B"),
        ],
        [
            ("Second XV   Mpofanini Harlequins 31 – 12 Stelloway", "", "", "B"),
        ],
        [
            ("Women   Stelloway 41 – 5 Khwezana Bay Ladies", "", "", "B"),
        ],
        [
            (
                "On the field, Stelloway moved up to third in the Border Premier League with a 27-19 win away at Mpofanini Harlequins on Saturday, flanker Asanda Moyikwa-Brakspear scoring two of their three tries.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In other club news, first-team head coach Lwazi Fouchier-Gcabanga has signed a new two-year contract, which takes him to the end of the 2028 season.",
                "",
                "",
                "W",
            ),
            (
                "“I told the committee I wasn't going anywhere until we had lights,” Fouchier-Gcabanga said.",
                "Lwazi Fouchier-Gcabanga",
                "said",
                "",
            ),
            ("“So now I suppose I have to stay.”", "Lwazi Fouchier-Gcabanga", "said", ""),
        ],
        [
            (
                "Stelloway's first XV is proudly sponsored by Kwezintaba Motors, your new and used vehicle dealer in East London.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Partners", "", "", "B"),
        ],
        [
            (
                "Kwezintaba Motors   ·   Vuyani Craft Brewing   ·   Sakhisizwe Attorneys   ·   Bayside Print & Signs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Stelloway Rugby Football Club   ·   Stelloway Park, Marchbrook Road, East London   ·   Tel 043 555 0187",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Stelloway RFC.", "", "", "B"),
            ("Website by Inkwenkwezi Digital.", "", "", "B"),
        ],
    ],
    # 10
    [
        [
            ("We use some essential cookies to make this website work.", "", "", "B"),
            (
                "We'd also like to set analytics cookies so we can see how people use the site.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept analytics cookies   Reject analytics cookies   View cookies", "", "", "B"),
        ],
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Easterholme Borough Council", "", "", "B"),
        ],
        [
            ("Search this site", "", "", "B"),
        ],
        [
            ("Home   ›   Council and democracy   ›   News   ›   Press releases", "", "", "B"),
        ],
        [
            ("Press release", "", "", "B"),
        ],
        [
            ("Weekly food waste collections to start in Easterholme in October", "", "", "W"),
        ],
        [
            ("Published: 12 May 2026", "", "", "B"),
        ],
        [
            (
                "The 23-litre kerbside caddy that every household will receive this summer.",
                "",
                "",
                "W",
            ),
            ("Image: Easterholme Borough Council", "", "", "B"),
        ],
        [
            (
                "Every household in Easterholme will get a weekly food waste collection from Monday 5 October 2026, the council has confirmed.",
                "the council",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Residents will be given a 23-litre outdoor caddy, a 5-litre kitchen caddy and a year's supply of compostable liners, delivered between July and September.",
                "",
                "",
                "W",
            ),
            (
                "Black bin collections will stay fortnightly, and recycling and garden waste collections will not change.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The new service will cost about £1.9 million a year to run, and the council has received £3.2 million from the government towards the caddies, liners and eight new collection vehicles.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Ruth Amblecroft-Khanum, Cabinet Member for Environment and Climate, said: “Around a third of what goes into a black bin in Easterholme is food, and almost all of it could be turned into energy and fertiliser instead of being buried.",
                "Ruth Amblecroft-Khanum",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We know a change to the bins is never popular.",
                "Ruth Amblecroft-Khanum",
                "said",
                "",
            ),
            (
                "So we've kept it simple: one more caddy, the same bin day, and nothing else moves.",
                "Ruth Amblecroft-Khanum",
                "said",
                "",
            ),
        ],
        [
            (
                "“If you have questions, our crews and our website will have the answers well before October.”",
                "Ruth Amblecroft-Khanum",
                "said",
                "",
            ),
        ],
        [
            (
                "Food waste collected in Easterholme will be taken to an anaerobic digestion plant at Castlemorrow, 14 miles away, run by Verdance Organics, where it will be turned into biogas and fertiliser.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Anneliese Brightmarsh-Obiwunne, operations director at Verdance Organics, said: “Castlemorrow already takes food waste from four neighbouring councils, and we have room for the 9,000 tonnes a year we expect from Easterholme.”",
                "Anneliese Brightmarsh-Obiwunne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Related pages: Bins and recycling   Check your bin day   Order a replacement bin",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The council will write to every household in June with its collection day and a leaflet explaining what can go in the caddy.",
                "",
                "",
                "W",
            ),
            (
                "Flats and houses in multiple occupation will get communal food bins, and the council will contact managing agents separately.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            ("1. The council collects waste from about 71,400 households.", "", "", "W"),
        ],
        [
            (
                "2. Food made up 31% of the contents of an average black bin in Easterholme in 2025, according to the council's 2025 waste composition study.",
                "the council's 2025 waste composition study",
                "according to",
                "W",
            ),
        ],
        [
            (
                "3. Under the Environment Act 2021, councils in England must collect food waste separately from all households from 31 March 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "4. Easterholme has been given a transitional arrangement until October 2026 because its new vehicles could not be delivered in time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Media enquiries: communications@easterholme.gov.uk or 01632 960 418 (office hours).",
                "",
                "",
                "B",
            ),
            ("Out of hours, call the duty press officer on 07700 900 316.", "", "", "B"),
        ],
        [
            ("Share this page   Facebook   X   LinkedIn   Email", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes   No", "", "", "B"),
        ],
        [
            ("Last updated: 12 May 2026", "", "", "B"),
        ],
        [
            ("Get bin day reminders and council news by email.", "", "", "B"),
        ],
        [
            ("Contact us   Accessibility statement   Privacy notice   Cookies   Jobs", "", "", "B"),
        ],
        [
            ("© Easterholme Borough Council 2026", "", "", "B"),
        ],
    ],
    # 11
    [
        [
            ("Channel Notes", "", "", "B"),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            ("Rates up 6.4%, the pool stays shut, and nobody mentioned the jetty", "", "", "W"),
        ],
        [
            (
                "What happened at Tuesday night's budget meeting, and what it means for your next rates notice",
                "",
                "",
                "",
            ),
        ],
        [
            ("Bridie Kallstrom", "", "", "B"),
        ],
        [
            ("May 21, 2026", "", "", "B"),
        ],
        [
            ("34   ·   11   ·   Share", "", "", "B"),
        ],
        [
            ("Hello from a very wet Tarleigh.", "", "", ""),
        ],
        [
            (
                "If you weren't in the council chambers on Tuesday night (and judging by the empty chairs, you weren't), here's what you missed.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Tarleigh Council passed its 2026–27 budget 6–3, with a general rate rise of 6.4%.",
                "",
                "",
                "W",
            ),
            (
                "For a house with the median capital value of $412,000, that works out at about $118 more a year, according to the council's own budget papers.",
                "the council's own budget papers",
                "according to",
                "W",
            ),
        ],
        [
            ("The budget in four numbers:", "", "", ""),
        ],
        [
            ("$31.6 million in total spending, up from $29.8 million", "", "", "W"),
        ],
        [
            ("$4.2 million for roads, the biggest single item", "", "", "W"),
        ],
        [
            ("$0 for the Tarleigh pool, which has been closed since March 2025", "", "", "W"),
        ],
        [
            ("3 new staff, all in planning", "", "", "W"),
        ],
        [
            (
                "Mayor Ingrid Taskerud-Moyana said the increase was “the least bad option” after the state government cut its road grants.",
                "Ingrid Taskerud-Moyana",
                "said",
                "",
            ),
            (
                "She said the council had lost $1.1 million a year in state road funding since 2024.",
                "Ingrid Taskerud-Moyana",
                "said",
                "W",
            ),
            (
                "“Nobody on this council ran for office to put up rates,” she said.",
                "Ingrid Taskerud-Moyana",
                "said",
                "",
            ),
        ],
        [
            (
                "Cr Declan Forsyth-Ohanian, who voted against, said the council should have sold the old depot on Ferrisby Street before asking ratepayers for more.",
                "Declan Forsyth-Ohanian",
                "said",
                "",
            ),
            (
                "He said the depot was valued at $2.7 million in 2024 and has sat empty for six years.",
                "Declan Forsyth-Ohanian",
                "said",
                "W",
            ),
        ],
        [
            ("Channel Notes runs on reader support.", "", "", "B"),
            (
                "A paid subscription is $7 a month and keeps me in the back row of every council meeting.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Type your email...   Subscribe", "", "", "B"),
        ],
        [
            ("The pool got the loudest reaction from the gallery, such as it was.", "", "", ""),
            (
                "General manager Colm Urquhill-Sefadu told the meeting that fixing the leaking main tank would cost at least $1.9 million, and that the council would apply for a federal grant in the next round.",
                "Colm Urquhill-Sefadu",
                "told the meeting",
                "W",
            ),
            (
                "I'll say what a lot of you have been saying to me at the bakery: that's a long way of saying the pool isn't opening this summer.",
                "",
                "",
                "",
            ),
        ],
        [
            ("And the jetty?", "", "", ""),
        ],
        [
            (
                "The Tarleigh jetty has been fenced off since a pile gave way in August, and it wasn't on Tuesday's agenda at all.",
                "",
                "",
                "W",
            ),
            (
                "When I asked Urquhill-Sefadu about it after the meeting, he said an engineer's report was due in June.",
                "Colm Urquhill-Sefadu",
                "said",
                "W",
            ),
        ],
        [
            ("I'll be at the June meeting.", "", "", ""),
        ],
        [
            ("If there's something you want asked, hit reply.", "", "", "B"),
        ],
        [
            ("Bridie", "", "", "B"),
        ],
        [
            (
                "Correction, May 22: An earlier version of this post said the vote was 5–4.",
                "",
                "",
                "B",
            ),
            ("It was 6–3.", "", "", "B"),
        ],
        [
            ("Thanks for reading Channel Notes.", "", "", "B"),
            ("This post is public, so feel free to forward it to anyone in Tarleigh.", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("34 Likes   ·   2 Restacks", "", "", "B"),
        ],
        [
            ("Discussion about this post", "", "", "B"),
        ],
        [
            ("Comments   Restacks", "", "", "B"),
        ],
        [
            ("Gwen Tollardine-Harlowby", "", "", "B"),
        ],
        [
            ("May 21", "", "", "B"),
        ],
        [
            (
                "The pool was built with money the town raised itself in 1971 and now we can't even get it fixed.",
                "",
                "",
                "B",
            ),
            ("Shameful.", "", "", "B"),
        ],
        [
            ("Reply   Share", "", "", "B"),
        ],
        [
            ("Hamish Otterwyck-Vancil", "", "", "B"),
        ],
        [
            ("May 22", "", "", "B"),
        ],
        [
            ("Thanks Bridie, nobody else is covering this.", "", "", "B"),
        ],
        [
            ("Reply   Share", "", "", "B"),
        ],
        [
            ("© 2026 Bridie Kallstrom", "", "", "B"),
        ],
        [
            ("Privacy   ∙   Terms   ∙   Collection notice", "", "", "B"),
        ],
        [
            ("Start your own newsletter   Get the app", "", "", "B"),
        ],
    ],
    # 12
    [
        [
            ("Third Man Live", "", "", "B"),
        ],
        [
            (
                "LIVE   Nashik Nomads 142/6 (18.4) v Sinhagiri Suns   •   Nomads need 17 from 8 balls",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RESULT   Ratnakeshi Strikers beat Sindhurga Kestrels by 4 wickets   •   Final",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "UPCOMING   Women's Premier Cup   •   Match 9   •   Tomorrow, 7:30 PM IST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Scores   News   Schedule   Points Table   Videos   Photos   Fantasy Tips",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cricket   ›   Sahyavali T20 League", "", "", "B"),
        ],
        [
            (
                "Ratnakeshi Strikers chase down 198 to win Sahyavali T20 League title, Pardeshi-Raomane hits unbeaten 84",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Karan Bhatkhande-Soodan", "", "", "B"),
        ],
        [
            ("Pune   |   Updated: May 24, 2026 11:58 PM IST", "", "", "B"),
        ],
        [
            ("Follow Us   Google News   WhatsApp", "", "", "B"),
        ],
        [
            (
                "Ratnakeshi Strikers captain Aniket Pardeshi-Raomane lifts the trophy at the Ghorpawadi Stadium on Sunday.",
                "",
                "",
                "",
            ),
            ("(Photo: Sahyavali T20)", "", "", "B"),
        ],
        [
            (
                "Aniket Pardeshi-Raomane made an unbeaten 84 off 49 balls as Ratnakeshi Strikers chased down 198 to beat Sindhurga Kestrels by four wickets in the Sahyavali T20 League final at the Ghorpawadi Stadium in Pune on Sunday.",
                "",
                "",
                "W",
            ),
            (
                "It was the highest successful chase in the league's four seasons, beating the 184 that the Strikers themselves made against the Kestrels in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Needing nine off the last over, bowled by Devdutt Nerurkar-Sathelkar, Pardeshi-Raomane hit the first ball through extra cover for four and the third over long-on for six.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Watch the ball, not the scoreboard,” he said afterwards.",
                "Aniket Pardeshi-Raomane",
                "said",
                "",
            ),
            (
                "“That's all I kept telling myself from the 15th over.”",
                "Aniket Pardeshi-Raomane",
                "said",
                "",
            ),
        ],
        [
            (
                "Kestrels had posted 197 for five after being sent in, opener Rohan Velhankar-Dessaiwal making 71 off 44 balls with six sixes.",
                "",
                "",
                "W",
            ),
            (
                "“At 197 you think you've got enough, and on most nights you have,” Velhankar-Dessaiwal said.",
                "Rohan Velhankar-Dessaiwal",
                "said",
                "",
            ),
            ("“Tonight one man took it away from us.”", "Rohan Velhankar-Dessaiwal", "said", ""),
        ],
        [
            (
                "ALSO READ   |   Sahyavali T20 League: full list of award winners and prize money",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Strikers slipped to 96 for four in the 11th over when leg-spinner Sarang Dhuri-Kamble had Omkar Salvi-Bhosvadkar stumped, but Pardeshi-Raomane and wicketkeeper Yash Chitnis-Mehendale added 71 in 36 balls for the fifth wicket.",
                "",
                "",
                "W",
            ),
            (
                "Chitnis-Mehendale was caught at deep midwicket for 33 with 31 still needed off 23 balls.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The winners take home ₹1.5 crore in prize money and the runners-up ₹75 lakh, the league said in a statement.",
                "the league",
                "said in a statement",
                "W",
            ),
            (
                "League chairman Naresh Kudalkar-Iyappan said the final drew a crowd of 31,200, a record for the tournament.",
                "Naresh Kudalkar-Iyappan",
                "said",
                "W",
            ),
            (
                "He said the league hoped to add two franchises, from Nashik and Kolhapur, next season, subject to approval by the state association.",
                "Naresh Kudalkar-Iyappan",
                "said",
                "",
            ),
        ],
        [
            (
                "Catch every ball of the Women's Premier Cup live on Third Man Live from Monday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Brief scores", "", "", "B"),
        ],
        [
            (
                "Sindhurga Kestrels 197/5 in 20 overs (Rohan Velhankar-Dessaiwal 71, Mihir Sawarkhande-Paikrao 38; Imtiaz Shaikh-Mulla 2/28)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ratnakeshi Strikers 198/6 in 19.3 overs (Aniket Pardeshi-Raomane 84 not out, Yash Chitnis-Mehendale 33; Devdutt Nerurkar-Sathelkar 3/39)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Player of the match: Aniket Pardeshi-Raomane", "", "", ""),
        ],
        [
            ("First published on: May 24, 2026 11:40 PM IST", "", "", "B"),
        ],
        [
            (
                "Tags: Sahyavali T20 League   Ratnakeshi Strikers   Sindhurga Kestrels   Aniket Pardeshi-Raomane",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Karan Bhatkhande-Soodan covers domestic cricket and the state T20 leagues for Third Man Live.",
                "",
                "",
                "B",
            ),
            (
                "He has reported on more than 300 first-class and T20 matches since 2014.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending Now", "", "", "B"),
        ],
        [
            ("Points table: who can still reach the Women's Premier Cup semi-finals?", "", "", "B"),
        ],
        [
            ("© 2026 Third Man Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n79-sc-us-strip-menu-label-dek",
        "e-Edition   |   Subscribe   |   Log In\nNews   Sports   Business   Opinion   Obituaries   Things to Do   Classifieds   Public Notices\nLOCAL NEWS\nKittanook County shuts Mulberrow Road bridge after inspectors find rusted-through beams\nDetour adds 11 miles for drivers and school buses, and a replacement is not scheduled until 2029",
        [
            "e-Edition   |   Subscribe   |   Log In",
            "News   Sports   Business   Opinion   Obituaries   Things to Do   Classifieds   Public Notices",
            "LOCAL NEWS",
            "Kittanook County shuts Mulberrow Road bridge after inspectors find rusted-through beams",
            "Detour adds 11 miles for drivers and school buses, and a replacement is not scheduled until 2029",
        ],
    ),
    (
        "n79-sc-us-email-am-edt-share",
        "By Tamsin Oyebade-Pellawick\ntoyebadepellawick@quillanfordld.com\nPublished May 14, 2026 at 5:52 a.m. EDT   |   Updated May 14, 2026 at 11:20 a.m. EDT\nFacebook   X   Email   Print   Gift this article",
        [
            "By Tamsin Oyebade-Pellawick",
            "toyebadepellawick@quillanfordld.com",
            "Published May 14, 2026 at 5:52 a.m. EDT   |   Updated May 14, 2026 at 11:20 a.m. EDT",
            "Facebook   X   Email   Print   Gift this article",
        ],
    ),
    (
        "n79-sc-us-paren-credit-lead",
        "Orange barrels block the north end of the Mulberrow Road bridge in Pellsbury Township on Wednesday afternoon. (Dara Vennastow / Ledger-Dispatch)\nKittanook County closed the Mulberrow Road bridge in Pellsbury Township to all traffic Wednesday after a routine inspection found that corrosion had eaten through parts of two steel floor beams, county officials said.",
        [
            "Orange barrels block the north end of the Mulberrow Road bridge in Pellsbury Township on Wednesday afternoon.",
            "(Dara Vennastow / Ledger-Dispatch)",
            "Kittanook County closed the Mulberrow Road bridge in Pellsbury Township to all traffic Wednesday after a routine inspection found that corrosion had eaten through parts of two steel floor beams, county officials said.",
        ],
    ),
    (
        "n79-sc-us-figure-quote-meter",
        "“Sixty percent,” he said. “That's not a number you sleep on.”\nYou've read 3 of your 4 free stories this month.\nKeep reading with unlimited access to the Ledger-Dispatch, the e-Edition and our daily puzzles.\n$1 a week for the first 6 months\nSubscribe now\nAlready a subscriber? Log in",
        [
            "“Sixty percent,” he said.",
            "“That's not a number you sleep on.”",
            "You've read 3 of your 4 free stories this month.",
            "Keep reading with unlimited access to the Ledger-Dispatch, the e-Edition and our daily puzzles.",
            "$1 a week for the first 6 months",
            "Subscribe now",
            "Already a subscriber?",
            "Log in",
        ],
    ),
    (
        "n79-sc-us-glance-lines-ad",
        "The Mulberrow Road bridge at a glance\nBuilt: 1934\nLength: 212 feet, one lane\nWeight limit since 2022: 10 tons\nTraffic: about 3,100 vehicles a day (2024 count)\nLast major repair: 1987\nAdvertisement\nStory continues below advertisement",
        [
            "The Mulberrow Road bridge at a glance",
            "Built: 1934",
            "Length: 212 feet, one lane",
            "Weight limit since 2022: 10 tons",
            "Traffic: about 3,100 vehicles a day (2024 count)",
            "Last major repair: 1987",
            "Advertisement",
            "Story continues below advertisement",
        ],
    ),
    (
        "n79-sc-us-correction-bio-phone",
        "Correction: An earlier version of this story gave the wrong weight limit for the bridge. It has been posted at 10 tons since 2022.\nTamsin Oyebade-Pellawick covers Kittanook County government and transportation for the Ledger-Dispatch. She can be reached at 717-555-0143.",
        [
            "Correction: An earlier version of this story gave the wrong weight limit for the bridge.",
            "It has been posted at 10 tons since 2022.",
            "Tamsin Oyebade-Pellawick covers Kittanook County government and transportation for the Ledger-Dispatch.",
            "She can be reached at 717-555-0143.",
        ],
    ),
    (
        "n79-sc-ca-byline-adt-listen",
        "Annick Thibaudière-Marrant · MBC News · Posted: May 13, 2026 4:00 AM ADT | Last Updated: 5 hours ago\nListen to this article\nEstimated 5 minutes\nThis article is read aloud by a synthetic voice, and some place names may be mispronounced.",
        [
            "Annick Thibaudière-Marrant · MBC News · Posted: May 13, 2026 4:00 AM ADT | Last Updated: 5 hours ago",
            "Listen to this article",
            "Estimated 5 minutes",
            "This article is read aloud by a synthetic voice, and some place names may be mispronounced.",
        ],
    ),
    (
        "n79-sc-ca-key-points",
        "Key points\nThe MV Grindle Light has been out of service since May 3, when its gearbox failed on the morning crossing.\nA smaller chartered vessel starts sailings between Port Hallistane and the island on Friday.\nIslanders say the island's two gas pumps have been dry since Sunday because the fuel truck is too heavy for the replacement.",
        [
            "Key points",
            "The MV Grindle Light has been out of service since May 3, when its gearbox failed on the morning crossing.",
            "A smaller chartered vessel starts sailings between Port Hallistane and the island on Friday.",
            "Islanders say the island's two gas pumps have been dry since Sunday because the fuel truck is too heavy for the replacement.",
        ],
    ),
    (
        "n79-sc-ca-lone-quote-line",
        "“We're an island with no gas.”\nRhona MacCrimmond-Doubet, who owns Kessaig Fuels, the island's only fuel depot, said her tanker truck weighs 27 tonnes when it is full and has been told it cannot book a crossing on the Skerrabeg. She said the depot's two pumps ran dry on Sunday, and she has been bringing gasoline across in 205-litre drums on her brother's fishing boat.",
        [
            "“We're an island with no gas.”",
            "Rhona MacCrimmond-Doubet, who owns Kessaig Fuels, the island's only fuel depot, said her tanker truck weighs 27 tonnes when it is full and has been told it cannot book a crossing on the Skerrabeg.",
            "She said the depot's two pumps ran dry on Sunday, and she has been bringing gasoline across in 205-litre drums on her brother's fishing boat.",
        ],
    ),
    (
        "n79-sc-oh-widgets",
        "71°   Partly Cloudy   |   Brockwell Falls, OH\nSEVERE THUNDERSTORM WATCH until 9 PM for Carrowbane and Wexmere counties\nTRAFFIC   SR 83 closed both ways at Hollowgate Rd — downed lines\nNews   Weather   Traffic   Sports   7 Investigates   Community   Contests",
        [
            "71°   Partly Cloudy   |   Brockwell Falls, OH",
            "SEVERE THUNDERSTORM WATCH until 9 PM for Carrowbane and Wexmere counties",
            "TRAFFIC   SR 83 closed both ways at Hollowgate Rd — downed lines",
            "News   Weather   Traffic   Sports   7 Investigates   Community   Contests",
        ],
    ),
    (
        "n79-sc-oh-dateline-wdlq",
        "CARROWBANE COUNTY, Ohio (WDLQ) — The National Weather Service says an EF-1 tornado with peak winds of 105 mph touched down near Brockwell Falls on Wednesday night and stayed on the ground for about 4.2 miles.\nA survey team from the weather service's Cleveland office confirmed the tornado Thursday morning after walking the damage along Hollowgate Road and Tessmer Pike.\nNo one was hurt, according to the Carrowbane County Sheriff's Office.",
        [
            "CARROWBANE COUNTY, Ohio (WDLQ) — The National Weather Service says an EF-1 tornado with peak winds of 105 mph touched down near Brockwell Falls on Wednesday night and stayed on the ground for about 4.2 miles.",
            "A survey team from the weather service's Cleveland office confirmed the tornado Thursday morning after walking the damage along Hollowgate Road and Tessmer Pike.",
            "No one was hurt, according to the Carrowbane County Sheriff's Office.",
        ],
    ),
    (
        "n79-sc-oh-survey-lines-pm",
        "Preliminary survey details:\nRating: EF-1\nPeak winds: 105 mph\nPath length: 4.2 miles\nMaximum width: 150 yards\nOn the ground: 8:50 p.m. to 8:56 p.m.\nPaulette Grzelakowa-Nunnally, 67, said she and her husband were in the basement with their dog when the noise started.",
        [
            "Preliminary survey details:",
            "Rating: EF-1",
            "Peak winds: 105 mph",
            "Path length: 4.2 miles",
            "Maximum width: 150 yards",
            "On the ground: 8:50 p.m. to 8:56 p.m.",
            "Paulette Grzelakowa-Nunnally, 67, said she and her husband were in the basement with their dog when the noise started.",
        ],
    ),
    (
        "n79-sc-cl-ticker-byline-tickers",
        "Copper Jul 26   4.8715   +0.0915 (+1.91%)\nGimbal\nChile's Cerro Albarrán copper mine hit by strike after wage talks collapse\nXimena Larraín-Tupaqui\nWed, May 6, 2026, 2:41 PM   3 min read\nIn this article:\nPCLL.SN   -4.81%\nHG=F   +1.91%",
        [
            "Copper Jul 26   4.8715   +0.0915 (+1.91%)",
            "Gimbal",
            "Chile's Cerro Albarrán copper mine hit by strike after wage talks collapse",
            "Ximena Larraín-Tupaqui",
            "Wed, May 6, 2026, 2:41 PM   3 min read",
            "In this article:",
            "PCLL.SN   -4.81%",
            "HG=F   +1.91%",
        ],
    ),
    (
        "n79-sc-cl-note-dateline-hyphen",
        "Amberlune Finance did not write this story and has not edited it.\nSANTIAGO, May 6 (Gimbal) - Workers at the Cerro Albarrán copper mine in northern Chile walked off the job on Wednesday after wage talks broke down, the mine's largest union said, halting most output at a mine that produced 212,000 metric tons of copper last year.",
        [
            "Amberlune Finance did not write this story and has not edited it.",
            "SANTIAGO, May 6 (Gimbal) - Workers at the Cerro Albarrán copper mine in northern Chile walked off the job on Wednesday after wage talks broke down, the mine's largest union said, halting most output at a mine that produced 212,000 metric tons of copper last year.",
        ],
    ),
    (
        "n79-sc-cl-continues-sponsored-gmt",
        "Story continues\nSponsored · Eldmoor Wealth: The three dividend stocks retirees keep buying\nBenchmark three-month copper on the London Metal Exchange rose 1.9% to $10,740 a metric ton by 1530 GMT, its highest in five weeks.",
        [
            "Story continues",
            "Sponsored · Eldmoor Wealth: The three dividend stocks retirees keep buying",
            "Benchmark three-month copper on the London Metal Exchange rose 1.9% to $10,740 a metric ton by 1530 GMT, its highest in five weeks.",
        ],
    ),
    (
        "n79-sc-cl-straight-quotes-said",
        '"Any long stoppage at a mine that size tightens a concentrate market that is already short," said Leonie Achterdijk, head of metals research at Vessant Commodities in London. "Smelters in China will feel it first."\nChile is the world\'s biggest copper producer, and Cerro Albarrán accounts for about 4% of the country\'s output.',
        [
            '"Any long stoppage at a mine that size tightens a concentrate market that is already short," said Leonie Achterdijk, head of metals research at Vessant Commodities in London.',
            '"Smelters in China will feel it first."',
            "Chile is the world's biggest copper producer, and Cerro Albarrán accounts for about 4% of the country's output.",
        ],
    ),
    (
        "n79-sc-sc-body-quote-pull-quote",
        "“You can't rush water,” Mackinven-Odunaike says. “It goes where it wants, and then you follow it with a spade.”\n“You can't rush water. It goes where it wants, and then you follow it with a spade.”\nDr Morven Achtermuir, a hydrologist at the Blanket Bog Research Centre, has been measuring the water table on Achnavrie since 2021 with 36 dipwells, plastic tubes sunk into the bog at fixed points.",
        [
            "“You can't rush water,” Mackinven-Odunaike says.",
            "“It goes where it wants, and then you follow it with a spade.”",
            "“You can't rush water.",
            "It goes where it wants, and then you follow it with a spade.”",
            "Dr Morven Achtermuir, a hydrologist at the Blanket Bog Research Centre, has been measuring the water table on Achnavrie since 2021 with 36 dipwells, plastic tubes sunk into the bog at fixed points.",
        ],
    ),
    (
        "n79-sc-sc-bio-book-no",
        "Niamh Corriebuie-Ashwyke is a writer and photographer who lives in Orkney. Her first book, The Gannet's Shore, was published in 2024 and shortlisted for two nature-writing prizes.\nThis feature appears in the Summer 2026 issue of The Cairnwright, in shops now. Subscribers get every issue delivered, plus the full digital archive back to 1998.\nEnjoyed this? Our free fortnightly letter brings you one long read and one walk, straight to your inbox.\nTags: peatland   Sutherland   rewilding   farming   climate\n© The Cairnwright Ltd 2026. Registered in Scotland No. SC418806.",
        [
            "Niamh Corriebuie-Ashwyke is a writer and photographer who lives in Orkney.",
            "Her first book, The Gannet's Shore, was published in 2024 and shortlisted for two nature-writing prizes.",
            "This feature appears in the Summer 2026 issue of The Cairnwright, in shops now.",
            "Subscribers get every issue delivered, plus the full digital archive back to 1998.",
            "Enjoyed this?",
            "Our free fortnightly letter brings you one long read and one walk, straight to your inbox.",
            "Tags: peatland   Sutherland   rewilding   farming   climate",
            "© The Cairnwright Ltd 2026.",
            "Registered in Scotland No. SC418806.",
        ],
    ),
    (
        "n79-sc-ie-19th-847am-lead",
        "Tuesday, 19th May 2026 8.47am\nShare   Tweet   WhatsApp   Email\nThere were 61 patients waiting on trolleys at Cloonmore General Hospital this morning, according to the Irish Nurses and Midwives Organisation. That's the highest number at any hospital in the country today.",
        [
            "Tuesday, 19th May 2026 8.47am",
            "Share   Tweet   WhatsApp   Email",
            "There were 61 patients waiting on trolleys at Cloonmore General Hospital this morning, according to the Irish Nurses and Midwives Organisation.",
            "That's the highest number at any hospital in the country today.",
        ],
    ),
    (
        "n79-sc-ie-caller-quote-split",
        "Bernadette Scallagh-Ruddy, whose 86-year-old father spent two nights on a trolley at Cloonmore last week, rang the programme this morning. “He walked the roads of this county as a postman for 40 years, and they left him in a corridor with a blanket off the ambulance,” she said. “I'm not blaming the nurses. They were run off their feet.”",
        [
            "Bernadette Scallagh-Ruddy, whose 86-year-old father spent two nights on a trolley at Cloonmore last week, rang the programme this morning.",
            "“He walked the roads of this county as a postman for 40 years, and they left him in a corridor with a blanket off the ambulance,” she said.",
            "“I'm not blaming the nurses.",
            "They were run off their feet.”",
        ],
    ),
    (
        "n79-sc-nl-registration-wall",
        "You've reached the end of this preview.\nRegister for free to read the rest of this article and get our Tuesday and Friday briefings.\nRegister now\nHave an account? Sign in here\nThe roof carries 14,600 solar panels with a peak output of 6.8 megawatts, which the company said would cover about 40% of the building's annual electricity use.",
        [
            "You've reached the end of this preview.",
            "Register for free to read the rest of this article and get our Tuesday and Friday briefings.",
            "Register now",
            "Have an account?",
            "Sign in here",
            "The roof carries 14,600 solar panels with a peak output of 6.8 megawatts, which the company said would cover about 40% of the building's annual electricity use.",
        ],
    ),
    (
        "n79-sc-nl-event-plug-early-bird",
        "Hear Koelhaven's head of engineering, Ruud Stellingwerf, explain how the Zeehoefkade store was designed, on the automation panel at Cold Chain Europe Summit, 9–10 June. Early-bird passes end on 29 May.\nGrenvale Fresh, a Dutch importer of frozen fruit and vegetables, has signed a seven-year contract for 15,000 pallet spaces at the new store, Koelhaven said.",
        [
            "Hear Koelhaven's head of engineering, Ruud Stellingwerf, explain how the Zeehoefkade store was designed, on the automation panel at Cold Chain Europe Summit, 9–10 June.",
            "Early-bird passes end on 29 May.",
            "Grenvale Fresh, a Dutch importer of frozen fruit and vegetables, has signed a seven-year contract for 15,000 pallet spaces at the new store, Koelhaven said.",
        ],
    ),
    (
        "n79-sc-nl-bv-footer",
        "© 2026 Frostlijn Media B.V. All rights reserved. PolarAisle is a registered trade mark of Frostlijn Media B.V.",
        [
            "© 2026 Frostlijn Media B.V.",
            "All rights reserved.",
            "PolarAisle is a registered trade mark of Frostlijn Media B.V.",
        ],
    ),
    (
        "n79-sc-np-caption-credit-dateline",
        "A worker checks a valve at the Sildhunga Khola treatment plant in Pokhara on Sunday. Chronicle Photo/Sushma Thakuriya-Rijaltar\nPOKHARA, May 17 – The Sildhunga Khola Drinking Water Project began supplying water to households in five wards of Pokhara Metropolitan City on Sunday, 11 years after construction started. The project, which was meant to be completed in 2017 at a cost of Rs680 million, has ended up costing Rs1.42 billion, according to the Water Supply and Sanitation Division Office, Kaski.",
        [
            "A worker checks a valve at the Sildhunga Khola treatment plant in Pokhara on Sunday.",
            "Chronicle Photo/Sushma Thakuriya-Rijaltar",
            "POKHARA, May 17 – The Sildhunga Khola Drinking Water Project began supplying water to households in five wards of Pokhara Metropolitan City on Sunday, 11 years after construction started.",
            "The project, which was meant to be completed in 2017 at a cost of Rs680 million, has ended up costing Rs1.42 billion, according to the Water Supply and Sanitation Division Office, Kaski.",
        ],
    ),
    (
        "n79-sc-za-list-member-promo",
        "A ramp and accessible toilets at the clubhouse\nNot a member yet? A full season membership costs R450 and gets you into every home league match, plus 10% off at the clubhouse bar. Join online or at the club office.\nClub treasurer Thandeka Oostvaal-Dyani said work on the floodlights will start on 1 June, and the lights are due to be switched on for the first home match of the 2027 season in February.",
        [
            "A ramp and accessible toilets at the clubhouse",
            "Not a member yet?",
            "A full season membership costs R450 and gets you into every home league match, plus 10% off at the clubhouse bar.",
            "Join online or at the club office.",
            "Club treasurer Thandeka Oostvaal-Dyani said work on the floodlights will start on 1 June, and the lights are due to be switched on for the first home match of the 2027 season in February.",
        ],
    ),
    (
        "n79-sc-gb-ends-numbered-notes",
        "ENDS\nNotes to editors\n1. The council collects waste from about 71,400 households.\n2. Food made up 31% of the contents of an average black bin in Easterholme in 2025, according to the council's 2025 waste composition study.\n3. Under the Environment Act 2021, councils in England must collect food waste separately from all households from 31 March 2026.\n4. Easterholme has been given a transitional arrangement until October 2026 because its new vehicles could not be delivered in time.",
        [
            "ENDS",
            "Notes to editors",
            "1. The council collects waste from about 71,400 households.",
            "2. Food made up 31% of the contents of an average black bin in Easterholme in 2025, according to the council's 2025 waste composition study.",
            "3. Under the Environment Act 2021, councils in England must collect food waste separately from all households from 31 March 2026.",
            "4. Easterholme has been given a transitional arrangement until October 2026 because its new vehicles could not be delivered in time.",
        ],
    ),
    (
        "n79-sc-au-dollar-lines",
        "The budget in four numbers:\n$31.6 million in total spending, up from $29.8 million\n$4.2 million for roads, the biggest single item\n$0 for the Tarleigh pool, which has been closed since March 2025\n3 new staff, all in planning\nMayor Ingrid Taskerud-Moyana said the increase was “the least bad option” after the state government cut its road grants.",
        [
            "The budget in four numbers:",
            "$31.6 million in total spending, up from $29.8 million",
            "$4.2 million for roads, the biggest single item",
            "$0 for the Tarleigh pool, which has been closed since March 2025",
            "3 new staff, all in planning",
            "Mayor Ingrid Taskerud-Moyana said the increase was “the least bad option” after the state government cut its road grants.",
        ],
    ),
    (
        "n79-sc-au-comment-block",
        "Gwen Tollardine-Harlowby\nMay 21\nThe pool was built with money the town raised itself in 1971 and now we can't even get it fixed. Shameful.\nReply   Share",
        [
            "Gwen Tollardine-Harlowby",
            "May 21",
            "The pool was built with money the town raised itself in 1971 and now we can't even get it fixed.",
            "Shameful.",
            "Reply   Share",
        ],
    ),
    (
        "n79-sc-in-live-result-strips",
        "LIVE   Nashik Nomads 142/6 (18.4) v Sinhagiri Suns   •   Nomads need 17 from 8 balls\nRESULT   Ratnakeshi Strikers beat Sindhurga Kestrels by 4 wickets   •   Final\nUPCOMING   Women's Premier Cup   •   Match 9   •   Tomorrow, 7:30 PM IST\nScores   News   Schedule   Points Table   Videos   Photos   Fantasy Tips",
        [
            "LIVE   Nashik Nomads 142/6 (18.4) v Sinhagiri Suns   •   Nomads need 17 from 8 balls",
            "RESULT   Ratnakeshi Strikers beat Sindhurga Kestrels by 4 wickets   •   Final",
            "UPCOMING   Women's Premier Cup   •   Match 9   •   Tomorrow, 7:30 PM IST",
            "Scores   News   Schedule   Points Table   Videos   Photos   Fantasy Tips",
        ],
    ),
    (
        "n79-sc-in-brief-scores",
        "Brief scores\nSindhurga Kestrels 197/5 in 20 overs (Rohan Velhankar-Dessaiwal 71, Mihir Sawarkhande-Paikrao 38; Imtiaz Shaikh-Mulla 2/28)\nRatnakeshi Strikers 198/6 in 19.3 overs (Aniket Pardeshi-Raomane 84 not out, Yash Chitnis-Mehendale 33; Devdutt Nerurkar-Sathelkar 3/39)\nPlayer of the match: Aniket Pardeshi-Raomane\nFirst published on: May 24, 2026 11:40 PM IST",
        [
            "Brief scores",
            "Sindhurga Kestrels 197/5 in 20 overs (Rohan Velhankar-Dessaiwal 71, Mihir Sawarkhande-Paikrao 38; Imtiaz Shaikh-Mulla 2/28)",
            "Ratnakeshi Strikers 198/6 in 19.3 overs (Aniket Pardeshi-Raomane 84 not out, Yash Chitnis-Mehendale 33; Devdutt Nerurkar-Sathelkar 3/39)",
            "Player of the match: Aniket Pardeshi-Raomane",
            "First published on: May 24, 2026 11:40 PM IST",
        ],
    ),
]
