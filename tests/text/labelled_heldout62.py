"""Sixty-second held-out set of hand-labelled pages for the hint engines (held out, round thirty-eight):
twelve WHOLE pages, head to tail, in the styles a fact-checking desk meets most, each worded the
site's own way and with furniture at the head, in the middle of the story and at the tail: an Irish
regional daily's page pasted whole with a cookie-consent block and a metered paywall (Galway); wire
copy with an UPDATE headline, a dateline and a "(Reporting by ...; Editing by ...)" credit as carried
by a news portal (Chile); a small-town paper's local story (North Canterbury, New Zealand); a
football match report with line-ups and a table (England); a science story about an observational
study with a key-findings box, a funding note and a journal reference (Spain); a live blog of a state
budget day with time stamps and entry bylines (New South Wales); an interview in Q&A form (Tucson,
Arizona); a press release on a release-distribution site with About, forward-looking and contact
blocks (Georgia); a business story with a market ticker and a stock quote line (Singapore); a court
report (Bristol, England); a politics story with several speakers (Nova Scotia); and a typhoon story
(northern Luzon, the Philippines). The story lines are ordinary news with speakers and figures. The
pages hold 532 sentences: 256 "B", 170 "W" and 106 ""; 169 sentences carry a speaker. `STYLES`
describes each page, its story, its speakers and its furniture in order. This set is HELD OUT: its
split cases are in `HELDOUT_CASES`, and the engine's authors are to see only its totals.

Written from scratch for issue 13 in round thirty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, listed or
imported; no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing
under `docs/` or `tests/benchmarks/` and no README was read; no test, scorer, engine or `pytest` was
run. The search, fetch and find tools were not used, nothing was copied from anywhere, and no other
helper's file in `/tmp/sets` was opened (the folder was listed: empty at first, later it held
another helper's `labelled_new85.py` and `labelled_new86.py`, seen as names only). What was
read for the format: the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`
(printed whole with `ast.get_docstring`); the docstrings of `labelled_new83.py` and
`labelled_new84.py`; for both, a listing printed by a script of my own that parses the file with
`ast` and `ast.literal_eval` (without importing it) of `STYLES`, the first two pages of `ARTICLES`
and the first eight `CASES`; a `grep` of the import lines of those two files and of
`labelled_articles.py` (its only hit in the two files besides the import line was a docstring line
naming "imported"), `grep -n "def build" -A20` on `labelled_articles.py`, a `sed` listing of the end
of the `labelled_new83.py` docstring, its import line and the first `STYLES` lines cut to 200
characters, a `grep -n` of the top-level assignments of `labelled_new83.py`, and the `[tool.ruff]`
tables of `pyproject.toml`. A first attempt to print the `labelled_new83.py` listing imported that
module with `__import__`; it printed the docstring and then failed at the module's own import line
(no `tests` package on the path), so the listings were made with `ast` instead. What was run:
`git status --short` (read-only; at first it printed nothing, a later run listed three files under
`claimreview/text/` as modified by someone else, names only, never opened), a count of the import statements in
`tests/__init__.py` and `tests/text/__init__.py` (none) before importing this file, Python's
`calendar` for June, September and October 2026 (weekdays), scripts of my own in /tmp that turn a
small line format into the literals below, rename coined names, cut the split cases out of the pages
and count sentences, flags and speakers; an import of this file (through `tests.text`, with
`/work/main` on the path) with `build` on every page and a checking script of my own (four fields,
flags, a cue for every speaker and a speaker for every cue, no speaker on "B" lines, the counts
above, every split case verbatim in a built page and equal to its sentences joined by single
spaces); whole-word, case-insensitive counts over `tests/` and `/tmp/sets` (`--include='*.py'`) of
every capitalised word of these pages, speakers and cues, each part of a hyphenated name on its own,
printing file counts only (`grep -rilw ... | wc -l`), and for batches of candidate replacements a
`grep -rhoiwF -f` that printed only which of my own candidate words occur. The first draft's coined
people, towns, clubs, outlets, firms, streets and a hospital hit about 150 words of other files
(common given names and even rare-looking surnames); each was renamed to a word with no hit. The
first full count skipped the last word of its list (no final newline), and that word (a given name)
was found to hit and renamed. A last pass, after the two other files had appeared in
`/tmp/sets` and excluding this file itself, found no new hit. What still hits is common words, generic parts of names (Post, Echo,
Gazette, Tidings, Rovers, Albion, Athletic, Guild, Institute) and real places (Galway, Santiago,
Antofagasta, Toronto, Tokyo, London, Christchurch, Nelson, Canterbury, Cork, Manchester, Sydney,
Tucson, El Paso, Denver, Nevada, Ohio, Georgia, Interstate 16, Singapore, Malaysia, Tuas, Bristol,
Harbourside, Halifax, Dartmouth, Manila, Luzon, Cagayan, Isabela, Apayao, the Cordillera). Last,
`ruff format` and `ruff check` were run on this file (with `--no-cache`, the check reading it as
`tests/text/labelled_heldout62.py` through `--stdin-filename` so that the project's per-file
ignores for `tests/**` apply), and a `find` for `.pyc` files written under `tests/` by the
import (none).

Every person, outlet, wire agency, portal, release site, company, brokerage, consultancy, fund,
university, hospital, foundation, journal, club, ground, residents' group, union, landlords'
council, street, estate, town named Tannerhowe or Glenmorrick, typhoon named Hanumay and number is
invented. Real countries, regions, cities and public bodies appear only as settings, with invented
figures and invented people in their offices: Galway City Council and the Department of Housing;
Chile's mining ministry; a regional health authority in New Zealand; the Department of Economic
Development of Georgia; Bristol Crown Court; the Nova Scotia legislature and its parties, named only
by role; the Philippine state weather bureau, agriculture and social welfare departments and coast
guard, named only generically. Facebook and X appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points stated in the docstrings of `labelled_new83.py` and `labelled_new84.py` hold
too: furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split; a pronoun, a later surname or a title resolved to the full
name as first given; an organisation's later generic noun kept as written; a private person's own
circumstances "" and that person's account of what an institution did "W"; decisions, votes,
figures of record and an institution's expected dates "W"; hedges, intentions, forecasts, advice,
opinions, feelings and questions "".

Conventions this set had to settle, in the same spirit:

* Cookie, paywall and press-release blocks are "B" sentence by sentence: the cookie heading (no
  stop), its two sentences and its button row; the paywall's count and offer, its button, the
  question "Already a subscriber?" and "Log in to keep reading." as two sentences; the release's
  About paragraph (facts of the company included), the forward-looking statements, the media
  contact lines, the SOURCE line and the careers URL line ("Applicants can find more information at
  ..."), which is a contact line, not a claim.
* A press release's own voice: the dateline sentence "... Inc., a Denver-based ... company, today
  announced plans to ..." carries the company (cue "announced"); the release's other unattributed
  facts carry no speaker and are "W" (plant size, schedule, incentives, hiring date); quotes carry
  the person named after them.
* Wire copy: the UPDATE headline is a headline ("W"); the "(Adds ...)" line, the agency byline, the
  portal's automatic-feed notice, the "(Reporting by ...; Additional reporting by ...; Writing by
  ...; Editing by ...)" credit (one sentence), the Source line and the agency's copyright are "B";
  "the union said" after the lead is kept as written.
* Match report: the line-ups, "Subs not used:", "Booked:", "Sent off:", "Referee:" and
  "Attendance:" lines and the table rows are "" (data), the table title and header row "B"; a caption
  stating the goal ("... celebrates his second goal ...") is "W"; the story's "The crowd of 6,412
  included 830 away supporters" is "W".
* Science story: the "Key findings" heading is "B" and its three lines "W"; "according to a study
  published on Wednesday" keeps that phrase as the speaker; "the paper reports" and "the authors
  wrote" are kept as written and "W" (a result and the design of the study); the funding note, the
  competing-interests line, the journal reference (one sentence, not split at "et al." or the title's
  stop), the DOI, the bio and the republish line are "B".
* Live blog: time stamps, "Pinned", "Key event" and the dash bylines of entries are "B"; the pinned
  summary's subhead ("What we know so far") is "" and its lines "W" (budget figures of record,
  forecasts in the budget papers included); entry headlines are labelled as headlines ("Stamp duty
  relief for first-home buyers expanded", "Treasurer hands down ...", "Nurses rally outside
  Parliament House" "W"; "Opposition leader responds", "What the economists make of it", "Welcome to
  budget day" ""); "the budget papers show" and then "The papers estimate" are kept as written; a
  chant ("“Safe staffing saves lives!” the crowd chanted ...") is one sentence carrying "the crowd".
* Q&A: a question turn is split into its sentences ("Q: You’ve been here two months." / "What has
  surprised you?"); a question turn citing a source carries it ("The city says the free-fare policy
  costs ..." "W"; "Some council members have called it an expensive toy." ""); every sentence of an
  answer carries the interviewee with the cue "A:", including "A: No." and the question she asks
  herself inside an answer ("Could it be run more cheaply?" ""); "A: That number is right." confirms
  a figure and is "W".
* Business: the ticker at the head and the stock quote line mid-story are "B" (one sentence each,
  not split at "min."), and so is the data-vendor notice; "the company said in a filing to the
  exchange" keeps the channel in the cue; "Analysts at ..." who "said in a note that they had cut
  their target price" is "W", their quoted view ""; a fund manager's view "" and his fund's purchase
  "W".
* Court: "..., Bristol Crown Court heard." carries "Bristol Crown Court" and a later "the court
  heard" carries "the court" (cue "heard"), both "W"; a victim's statement read to the court carries
  "one victim" as written; "Prosecuting, X said" and "X, mitigating, said" carry X; the judge's
  quote over two paragraphs carries the judge in both; "The judge said" resolves to the judge.
* Standfirsts: "Housing director says" carries the director; "Practice says" carries the medical
  centre as named in the headline; "Researchers say" and "Weather bureau says" are kept as written;
  "Supermarket operator blames" carries the company; "Judge says" carries the judge; "Landlords’
  group warns" carries the landlords' council as named in the body (a forecast, "").

Splits. "Ltd." before "Registered in Ireland No. 448102.", "Already a subscriber?" before "Log in",
"€71.4 million" and "€58.6 million", "Sept 14 (Tessavane) -", "Union No. 2, said", "($7,900)", the
wire credit with semicolons, "Got a story for us?" before "Email", "St. Wendrith’s Park", "sent
off?” she asked.", "Dr. Itxaso" after a quote, "et al." and "Rep. 2026;9(4):e1187." in the journal
reference, "Dr. Kezmira", "2026-27" and "6.2%", "lives!” the crowd chanted", "the No. 8 route",
"A: No.", "Could it be run more cheaply?" inside an answer, "Sept. 16, 2026 /Presslantic/ -- ...
Inc., a", "www.voltarracycle.com/careers.", "(P4M)" and "15 min.", "Oct. 9.", "Nov. 12, the company
said.", "Ltd." before "Company No. 02278413,", "Bill No. 47", "Dec. 31, 2026.", "2029?” she asked.",
"Sydney, N.S., fight", "Signal No. 3" and "5 p.m. and", "11:40 p.m. Sunday" and "morning... then
the rain" never split a sentence wrongly; lines without a stop (strips, labels, time stamps, list
lines, headlines) each end one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Irish regional daily's Galway City page pasted whole from the browser, with a cookie-consent block at the head and a metered paywall mid-story: councillors approve 164 social and affordable homes on a former bus depot site, with the housing director named after her role and then She and Ms, the standfirst carrying her through says, according to the council's planning report and to figures published by the council, a residents' group's chairman named after Its chairman and then he and Mr, two councillors with Cllr (one who told the meeting, one with a quote over two sentences), euro figures with decimals (cookie heading without a stop, two consent sentences and a button row, masthead, subscribe strip with pipes, menu, crumb with ›, headline, standfirst, byline name alone, date line, share strip, caption of fact and Photo: credit, a paywall of two sentences, a subscribe button, a subscriber question and a log-in line, Advertisement, Read more and two headlines, topics with middle dots, comments-off line, copyright with Ltd. and Registered in Ireland No., footer with pipes)",
    "News portal carrying a wire agency's copy from Chile: workers strike at a copper mine after wage talks fail, with an UPDATE 2- headline and an (Adds ...) line, a SANTIAGO, Sept 14 (Agency) - dateline lead with the union said kept as written, the owner named in full, then by its short name and It, the company said kept as written, a union president with Union No. 2 and a dollar conversion in brackets who told the agency and then He (an intention), analysts at a research firm with a forecast and a strategist named after her quote, Chile's mining ministry as written, law, history and market figures without a speaker (portal masthead, menu with pipes, sign-up strip, crumb with ›, byline with the agency, date line with UTC and updated, an automatic-feed notice, Story continues below advertisement, a Related: link mid-story, the (Reporting by ...; Editing by ...) credit, Source line, agency copyright in two sentences, more-from list, Sponsored and a headline, footer with pipes)",
    "New Zealand small-town paper's website in North Canterbury: the town's medical centre closes its books as two of its four GPs leave, with the standfirst carrying the practice through Practice says, the practice has confirmed kept as written, a practice manager named after her role and then She and Mrs, a newcomer's private circumstances and her account of what the centre told her, a second practice and it said, a health authority's unnamed spokesperson and then The spokesperson, a district councillor with a date of record, a pharmacist with a quote without attribution, a public meeting of record with 7pm (masthead, tagline of three fragments, menu, date and weather strip with pipes, section label in capitals, headline, standfirst, byline, published line with pm, a sponsor line and ADVERTISEMENT mid-story, a story-tip question and an email and phone line, a supporter ask in two sentences and a button, Community Notices heading and two notices, copyright and a printed-and-published line)",
    'English regional daily\'s football match report: the home side come from behind to beat ten men 2-1, with St. mid-sentence in the standfirst and the lead, a caption of fact, a manager named after his quote with a quote over two sentences and then his surname, a head coach with a quoted question and she asked, line-ups, subs, bookings, sending-off, referee and attendance lines (data, "") and three league-table rows under a "B" title and header row (masthead in capitals, menu with pipes, crumb with ›, scores strip in capitals, headline with the score, standfirst, byline with title, published and updated stamps in 24-hour time with SEP, share and comment count, (Image: ...) credit, a newsletter prompt of two lines and ADVERTISING mid-story, comment count, most-read list, copyright with the group)',
    'Science news site\'s health story about an observational study of heat and kidney admissions in Spain, with a key-findings box whose lines are story under a "B" heading, the standfirst carrying Researchers as written, according to a study published on Wednesday, the lead author with Dr. named after her quote and then She and her surname, the paper reports and the authors wrote kept as written, an independent nephrologist with Dr. who said and cautioned (bare brand, tagline, menu, section label with a middle dot, headline, standfirst, byline with role, date and read time, listen line, scene caption and Image: credit, a newsletter block of three lines and an ad label mid-story, a funding note and a competing-interests line, a journal reference with et al. as one sentence, a DOI line, an author bio in two sentences, read-next list, a republish line, copyright with CIC)',
    'Australian metro daily\'s live blog of budget day in New South Wales (23 June 2026), with time stamps, Pinned and Key event labels and entry bylines with dashes, a pinned summary whose lines are story under a subhead that is story, entries newest first whose headlines are labelled as headlines (facts "W", labels ""), the opposition leader and an economist with says and points out, the budget papers show and The papers estimate kept as written, the Treasurer who has told parliament and then said, a union secretary who told the crowd, a chant with an exclamation mark and the crowd chanted, a welcome entry of scene-setting with a schedule of record (masthead, menu, LIVE label, headline, updated stamp with AEST, live-coverage byline, key-events toggle line, Ad mid-blog, photo caption and Photograph: credit, load-earlier line, topics line, copyright with Pty Ltd and ABN)',
    "US metro daily's interview in Q&A form with the new head of the transit agency in Tucson, Arizona, with an intro of facts without a speaker and an edited-for-length note, questions with Q: split into statement and question (one citing the drivers' union through says, one citing council members through have called) and answers with A: whose every sentence carries the interviewee with the cue A:, an answer of one word and a question inside an answer, No. 8 mid-sentence, decimals and an hourly wage (masthead, region line, subscribe and log-in strip, menu, section label with a middle dot, Q&A headline, standfirst carrying the interviewee through says, byline with staff, date and updated line, a subscription ask of two lines, an offer and ADVERTISEMENT mid-page, a reporter contact line and an X handle, Related and two headlines, copyright with the owner company, footer with pipes)",
    "Press release on a US release-distribution site: a battery recycler will build a $215 million plant in a Georgia county and create 340 jobs, with a title-case headline and a subhead of fact, an ATLANTA, Sept. 16, 2026 /Site/ -- dateline with Inc., and today announced, facts of the plan without a speaker, straight-quoted statements of the chief executive (over two sentences), a state commissioner and a county chair each named after the quote, Sept. 10 mid-sentence, a careers URL line (site name, search and log-in strip with pipes, menu, NEWS PROVIDED BY and the company, date line with ET, share label, caption and photo credit, About heading and three boilerplate sentences ending with a URL, Forward-Looking Statements heading and three sentences, a media contact block of four lines, SOURCE line, the site's own pitch in three lines, similar-releases list, footer)",
    "Singapore business daily's companies page with a market ticker at the head and a stock quote line mid-story: a listed supermarket operator's shares slide 8% after first-half profit falls 12%, with the standfirst carrying the company through blames, the company said in a filing to the exchange, according to the filing, a chief executive with a Chinese name in three parts and later his family name, a chief financial officer with Oct. 9, analysts at a brokerage who said in a note and they wrote, a fund manager's opinion and his fund's purchase, according to a consultancy's survey, It ... the company said with Nov. 12, S$ figures (masthead in capitals, ticker with arrows and pipes, menu, section label, headline, standfirst, byline, published line with AM, save-share-gift strip, stock quote with min., Sponsored and a headline, READ MORE: link, a data-vendor notice, topics with middle dots, more-from list, copyright in two sentences)",
    "English regional daily's crime page, a court report: a roofer who took £212,400 from 14 elderly customers is jailed for six years at Bristol Crown Court, with the court heard (as Bristol Crown Court and as the court), a prosecutor named after Prosecuting and then she said and Miss, a victim's statement read to the court (one victim, kept as written) with a quote over two sentences, a defence barrister named before mitigating, the judge named after Sentencing him with a quote over two paragraphs, the first without a closing mark, The judge said with the sentence arithmetic of record, an order and a hearing date without a speaker, a detective constable with an account and advice (masthead, menu, crumb with ›, headline, standfirst carrying the judge through says, byline with role, date line with SEP, section tag, caption of fact and (Image: ...) credit, a newsletter question and prompt and Continue reading below mid-story, a story-tip question and email, comments-disabled line, most-read list, publisher line, copyright with Ltd. and Company No.)",
    "Canadian news site's politics story from Nova Scotia with several speakers: the legislature extends a 4% rent cap to 2028, with Bill No. 47 and Dec. 31 mid-sentence, the housing minister who said and told reporters, the opposition housing critic with a quote over two sentences, the third-party leader with a quote ending the sentence and a second quote, a landlords' council president, a tenant's private circumstances and a quoted question with she asked, the premier with a date of record and an intention, the law without a speaker (masthead in capitals, menu, section label, headline, standfirst carrying the landlords' council through warns, byline with a middle dot, posted and last-updated line with ADT, social sharing label, scene caption and bracketed credit, ADVERTISEMENT and a MORE TOP STORIES: link mid-story, ABOUT THE AUTHOR and a bio of two sentences with an email, corrections strip with pipes, related stories with N.S., copyright)",
    "Philippine news portal's nation page, a weather and disaster story: a typhoon leaves 11 dead and forces 64,000 from their homes in northern Luzon, with disaster officials said kept as written, according to the state weather bureau with 11:40 p.m. mid-sentence, a regional civil defense director, a weather specialist with Signal No. 3 and 5 p.m. mid-sentence and a forecast in a quote, a governor who told a local radio station, the agriculture department and the regional electric cooperative kept as written, an evacuee's circumstances, her quote with an ellipsis and her account of what village officials did, according to the social welfare department, a class suspension without a speaker (masthead in capitals, date, weather and traffic strip with pipes, menu, a weather-advisory strip with Signal No. 3, section label, headline, standfirst carrying Weather bureau as written, byline, published and updated lines, scene caption and photo credit in capitals, ADVERTISEMENT and a RELATED: link mid-story, a donation question and link line, live-coverage and app prompts, tags, trending list, copyright in two sentences)",
]

ARTICLES = [
    [
        [
            ("We value your privacy", "", "", "B"),
            (
                "We and our 214 partners store and access information on your device, such as cookies, to measure how the site is used and to show you personalised content and ads.",
                "",
                "",
                "B",
            ),
            (
                "You can accept, reject or choose the purposes we may use your data for, and you can change your mind at any time through “Privacy settings” at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL     REJECT ALL     MORE OPTIONS", "", "", "B"),
        ],
        [
            ("The Quillanby Post", "", "", "B"),
        ],
        [
            ("Subscribe   |   Sign in   |   Today’s Paper", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Opinion   Property   Farming   Lifestyle   Deaths",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Galway City", "", "", "B"),
        ],
        [
            (
                "Councillors approve 164 homes for former Ballyvorneen bus depot despite objections",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Housing director says first tenants are expected to move in by the end of 2028",
                "Aoibhe Cuthallan",
                "says",
                "W",
            ),
        ],
        [
            ("Tiernán Mulroyne", "", "", "B"),
        ],
        [
            ("Tue 15 Sep 2026 at 06:30", "", "", "B"),
        ],
        [
            ("Share on Facebook   Share on X   Email this article", "", "", "B"),
        ],
        [
            ("The former bus depot on Ardnashee Road has been empty since 2019.", "", "", "W"),
            ("Photo: Tiernán Mulroyne", "", "", "B"),
        ],
        [
            (
                "Galway City Council has approved plans for 164 social and affordable homes on the site of a former bus depot in Ballyvorneen, after a debate that ran for almost three hours on Monday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councillors voted 13 to 4 in favour of the scheme, with one abstention.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council’s director of housing, Aoibhe Cuthallan, said 96 of the homes would be let as social housing and the remaining 68 sold under an affordable purchase scheme at prices between €265,000 and €340,000.",
                "Aoibhe Cuthallan",
                "said",
                "W",
            ),
            (
                "She said the project would cost €71.4 million, of which €58.6 million had already been approved by the Department of Housing.",
                "Aoibhe Cuthallan",
                "said",
                "W",
            ),
            (
                "“Every month this site sits empty is another month a family spends in a hotel room,” Ms Cuthallan said.",
                "Aoibhe Cuthallan",
                "said",
                "",
            ),
        ],
        [
            ("You’ve read 3 of your 3 free articles this month.", "", "", "B"),
            (
                "Subscribe for unlimited access to local news, sport and death notices from just €1.99 for your first month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SUBSCRIBE NOW", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in to keep reading.", "", "", "B"),
        ],
        [
            (
                "According to the council’s planning report, the scheme includes 38 one-bedroom, 84 two-bedroom and 42 three-bedroom homes in six blocks of between three and five storeys.",
                "the council’s planning report",
                "according to",
                "W",
            ),
            (
                "The site was used as a bus depot until 2019 and was bought by the council for €6.2 million in 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A residents’ group, Ballyvorneen Together, lodged 212 written objections during the public consultation, most of them about traffic and the height of the two five-storey blocks.",
                "",
                "",
                "W",
            ),
            (
                "Its chairman, Tuathal Moylurg, said residents were not against social housing but felt their concerns about the junction at Carrownabo Cross had been brushed aside.",
                "Tuathal Moylurg",
                "said",
                "",
            ),
            (
                "“We asked for four storeys and a second entrance, and we got neither,” he said.",
                "Tuathal Moylurg",
                "said",
                "W",
            ),
            (
                "Mr Moylurg said the group would meet next week to decide whether to appeal.",
                "Tuathal Moylurg",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cllr Ultán Quilthane, one of the four councillors who voted against, said the council had not carried out a traffic count at the junction since 2017.",
                "Ultán Quilthane",
                "said",
                "W",
            ),
            (
                "“We are putting 164 families onto a road that was built for a bus depot, on the strength of a traffic count that is nine years old,” he told the meeting.",
                "Ultán Quilthane",
                "told the meeting",
                "W",
            ),
        ],
        [
            (
                "Cllr Neasa Fenellan-Rourkey, who proposed the motion, said consultants had carried out a new traffic assessment in March and found the junction could take the extra cars if a set of lights was added.",
                "Neasa Fenellan-Rourkey",
                "said",
                "W",
            ),
            (
                "“Nobody in this chamber is pretending a new estate makes no difference to traffic,” she said.",
                "Neasa Fenellan-Rourkey",
                "said",
                "",
            ),
            (
                "“But the alternative is to keep saying no, and then wonder why our children are leaving the city.”",
                "Neasa Fenellan-Rourkey",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Cuthallan said construction was expected to start in the spring of 2027, with the first 52 homes finished by the end of 2028 and the rest in 2029.",
                "Aoibhe Cuthallan",
                "said",
                "W",
            ),
        ],
        [
            (
                "There were 4,318 households on the council’s social housing waiting list at the end of June, according to figures published by the council in August.",
                "figures published by the council in August",
                "according to",
                "W",
            ),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Plans lodged for 40 student beds above former bank on Tullamain Street", "", "", "B"),
        ],
        [
            ("Pay-and-display charges at hospital car park to rise by 50c an hour", "", "", "B"),
        ],
        [
            ("Topics: Housing · Galway City Council · Planning · Ballyvorneen", "", "", "B"),
        ],
        [
            ("Comments have been switched off on this article.", "", "", "B"),
        ],
        [
            ("© 2026 Quillanby Media Ltd.", "", "", "B"),
            ("Registered in Ireland No. 448102.", "", "", "B"),
        ],
        [
            (
                "About us   |   Contact   |   Privacy settings   |   Cookie policy   |   Terms",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("ORBISCOPE", "", "", "B"),
        ],
        [
            ("Home | World | Business | Markets | Tech | Sport | Weather", "", "", "B"),
        ],
        [
            ("Sign up     Log in", "", "", "B"),
        ],
        [
            ("World › Americas", "", "", "B"),
        ],
        [
            (
                "UPDATE 2-Workers walk out at Chile’s Taltaruna copper mine after wage talks collapse",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(Adds union comment, copper price, analyst in paragraphs 5-9)", "", "", "B"),
        ],
        [
            ("By Tessavane News Agency", "", "", "B"),
        ],
        [
            ("September 14, 2026 · 4:52 PM UTC · Updated 38 min ago", "", "", "B"),
        ],
        [
            (
                "This story is published automatically from a news agency feed and has not been edited by Orbiscope staff.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "SANTIAGO, Sept 14 (Tessavane) - About 1,450 workers at the Taltaruna copper mine in northern Chile walked off the job on Monday after wage talks with the mine’s owner broke down, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Taltaruna, which is 75% owned by Andelvia Mining and 25% by a Japanese trading consortium, produced 318,000 tonnes of copper last year, about 1.4% of world mine supply.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Andelvia said in a statement that it had activated a contingency plan and that supervisors and contract staff would keep the concentrator running at reduced rates.",
                "Andelvia Mining",
                "said in a statement",
                "W",
            ),
            (
                "It said it regretted the union’s decision and remained open to talks.",
                "Andelvia Mining",
                "said",
                "",
            ),
            (
                "Andelvia said it was too early to say whether the strike would affect its full-year production guidance of 1.02 million tonnes.",
                "Andelvia Mining",
                "said",
                "",
            ),
        ],
        [
            (
                "A second union at the mine, which represents about 600 supervisors and technicians, has not joined the strike, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rosauro Aravena-Quilapán, president of the Taltaruna Workers’ Union No. 2, said the company’s final offer was a 2.1% real wage increase and a bonus of 7.5 million pesos ($7,900) per worker, against the union’s demand of 4% and 12 million pesos.",
                "Rosauro Aravena-Quilapán",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "“The mine made record profits last year and they offer us crumbs,” Aravena-Quilapán told Tessavane by phone from the mine’s camp, about 180 km (112 miles) east of the port of Antofagasta.",
                "Rosauro Aravena-Quilapán",
                "told Tessavane",
                "W",
            ),
            (
                "He said members would block the main access road from Tuesday morning if the company did not return to the table.",
                "Rosauro Aravena-Quilapán",
                "said",
                "",
            ),
        ],
        [
            (
                "Benchmark three-month copper rose as much as 1.6% to $9,874 a tonne in early afternoon trade, its highest in seven weeks, before paring gains.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Analysts at Corvennan Metals Research said the market was already tight and a long stoppage at Taltaruna could remove up to 25,000 tonnes of supply a month.",
                "Analysts at Corvennan Metals Research",
                "said",
                "",
            ),
            (
                "“A strike of two weeks is noise, but a strike of two months is a real hole in the balance,” said Ingelise Solvhaug, a metals strategist at the firm.",
                "Ingelise Solvhaug",
                "said",
                "",
            ),
        ],
        [
            ("Related: Chile’s copper output slips 2% in July as ore grades fall", "", "", "B"),
        ],
        [
            (
                "Chile’s mining ministry said a government mediator had been appointed and would meet both sides on Wednesday.",
                "Chile’s mining ministry",
                "said",
                "W",
            ),
            (
                "Under Chilean labour law, either side can ask for government mediation for five working days, which can be extended by another five if both agree.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The last strike at Taltaruna, in 2021, lasted 23 days and cut output by an estimated 40,000 tonnes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chile is the world’s largest copper producer, and the metal accounts for about half of the country’s exports.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Andelvia shares closed down 3.2% in Toronto.", "", "", "W"),
        ],
        [
            (
                "(Reporting by Fabiola Urrezabal and Maximiliano Teillier in Santiago; Additional reporting by Hiroshi Wakatabe in Tokyo and Ondrej Pavlasek in London; Writing by Rosaflor Bravanto; Editing by Rhyswen Tambling and Jorund Feverel)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Source: Tessavane News Agency", "", "", "B"),
        ],
        [
            ("Copyright 2026 Tessavane.", "", "", "B"),
            (
                "No part of this report may be republished, broadcast or redistributed without the agency’s written consent.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from Orbiscope", "", "", "B"),
        ],
        [
            ("Peru’s central bank holds its key rate at 4.25% for a third month", "", "", "B"),
        ],
        [
            ("Argentina’s grain exporters resume loadings as port strike ends", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Six gadgets readers keep buying this autumn", "", "", "B"),
        ],
        [
            ("Feedback  |  Advertise with us  |  Privacy  |  Terms of use", "", "", "B"),
        ],
    ],
    [
        [
            ("Tannerhowe Tidings", "", "", "B"),
        ],
        [
            ("Your town. Your paper. Since 1962.", "", "", "B"),
        ],
        [
            (
                "Home   Local News   Community Notices   Sport   Events   Classifieds   Public Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thursday, 10 September 2026   |   Tannerhowe 14°C, showers clearing", "", "", "B"),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Tannerhowe Medical Centre closes its books as two of its four GPs leave",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Practice says it cannot take new patients until at least March, leaving newcomers a 34km drive to Glenmorrick",
                "Tannerhowe Medical Centre",
                "says",
                "W",
            ),
        ],
        [
            ("By Josabeth Harkenrode", "", "", "B"),
        ],
        [
            ("Published 5:12pm Thursday", "", "", "B"),
        ],
        [
            (
                "The Tannerhowe Medical Centre has stopped enrolling new patients after two of its four doctors handed in their notice, the practice has confirmed.",
                "the practice",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Practice manager Marguerin Pohlwinkel said the centre had 6,840 enrolled patients, and the two GPs who are staying would soon be responsible for more than 3,000 of them each.",
                "Marguerin Pohlwinkel",
                "said",
                "W",
            ),
            (
                "She said one doctor was retiring at the end of October after 31 years in the town and the other was moving to Australia with her family in November.",
                "Marguerin Pohlwinkel",
                "said",
                "W",
            ),
            (
                "“We’ve advertised both jobs since June and we’ve had one application, from a doctor who then took a job in Nelson,” she said.",
                "Marguerin Pohlwinkel",
                "said",
                "W",
            ),
        ],
        [
            (
                "Existing patients will keep their enrolment, but routine appointments are now being booked about three weeks out, Mrs Pohlwinkel said.",
                "Marguerin Pohlwinkel",
                "said",
                "W",
            ),
        ],
        [
            (
                "This story is brought to you with the support of Vendrick Hardware & Garden, on Pelworth Road since 1988.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Abrielle Trelawnay moved to Tannerhowe from Christchurch with her partner and their 18-month-old son in August.",
                "",
                "",
                "",
            ),
            (
                "She said she rang the centre the day after they arrived and was told the books had closed that morning.",
                "Abrielle Trelawnay",
                "said",
                "W",
            ),
            (
                "“I’ve got a toddler with an ear infection and the nearest doctor who’ll take us is 40 minutes away each way,” she said.",
                "Abrielle Trelawnay",
                "said",
                "",
            ),
        ],
        [
            (
                "The nearest practice with open books, Glenmorrick Family Health, is 34km away, and it said it had enrolled 112 patients from the Tannerhowe area since the start of September.",
                "Glenmorrick Family Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the regional health authority said the district had 5.9 full-time-equivalent GPs for every 10,000 people, against a national figure of 7.4.",
                "A spokesperson for the regional health authority",
                "said",
                "W",
            ),
            (
                "The spokesperson said the authority was “working with the practice on options”, including telehealth clinics and a visiting nurse practitioner.",
                "A spokesperson for the regional health authority",
                "said",
                "",
            ),
        ],
        [
            (
                "District councillor Hamlish Duthwaite said the council had offered the practice a rent-free house in Lorrington Street for a year to help attract a new doctor.",
                "Hamlish Duthwaite",
                "said",
                "W",
            ),
            (
                "He said the offer was approved at a council meeting on 2 September.",
                "Hamlish Duthwaite",
                "said",
                "W",
            ),
            (
                "“A town of 5,000 people without enough doctors is a town that stops growing,” he said.",
                "Hamlish Duthwaite",
                "said",
                "",
            ),
        ],
        [
            (
                "Raewynne Stalbridge, who runs the pharmacy on Pelworth Road, said more people were coming in for advice they would usually get from a GP.",
                "Raewynne Stalbridge",
                "said",
                "",
            ),
            (
                "Pharmacists can prescribe some medicines, such as treatment for uncomplicated urinary tract infections, without a doctor’s visit, she said.",
                "Raewynne Stalbridge",
                "said",
                "W",
            ),
            (
                "“But we can’t listen to a chest or look in an ear and tell you what’s going on.”",
                "Raewynne Stalbridge",
                "said",
                "",
            ),
        ],
        [
            (
                "A public meeting about the shortage will be held at the Tannerhowe War Memorial Hall at 7pm on Tuesday 15 September.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Got a story for us?", "", "", "B"),
            ("Email newsdesk@tannerhowetidings.co.nz or call 03 555 0147.", "", "", "B"),
        ],
        [
            ("Local news matters.", "", "", "B"),
            (
                "Become a Tidings supporter from $5 a month and help keep Tannerhowe’s only newspaper printing.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SUPPORT US", "", "", "B"),
        ],
        [
            ("Community Notices", "", "", "B"),
        ],
        [
            ("Tannerhowe Rugby Club AGM, Sunday 13 September, 4pm, clubrooms", "", "", "B"),
        ],
        [
            ("Lost: grey tabby cat, answers to Pudsworth, Wakerly Street area", "", "", "B"),
        ],
        [
            ("© Tannerhowe Tidings Ltd 2026.", "", "", "B"),
            ("Printed and published in Tannerhowe, North Canterbury.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HOLLINMOOR ECHO", "", "", "B"),
        ],
        [
            ("News | Sport | What’s On | Jobs | Motors | Announcements", "", "", "B"),
        ],
        [
            ("Sport › Football › Castlethorne Rovers", "", "", "B"),
        ],
        [
            ("LIVE SCORES     FIXTURES     RESULTS     TABLES", "", "", "B"),
        ],
        [
            (
                "Castlethorne Rovers 2-1 Wendhollow Town: Okunrinde-Fernsby double ends five-game winless run",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers come from behind at St. Wendrith’s Park after Wendhollow are reduced to ten men",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Gwythian Pallisworth, Football Writer", "", "", "B"),
        ],
        [
            ("17:48, 12 SEP 2026", "", "", "B"),
        ],
        [
            ("Updated 19:05, 12 SEP 2026", "", "", "B"),
        ],
        [
            ("Share     Comments (23)", "", "", "B"),
        ],
        [
            (
                "Dami Okunrinde-Fernsby celebrates his second goal against Wendhollow Town.",
                "",
                "",
                "W",
            ),
            ("(Image: Harlen Vossbergen / Echo Sport)", "", "", "B"),
        ],
        [
            (
                "Dami Okunrinde-Fernsby scored twice in the second half as Castlethorne Rovers came from a goal down to beat Wendhollow Town 2-1 at St. Wendrith’s Park on Saturday and end a run of five league games without a win.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wendhollow had led through Cailean Treharnock-Lusford’s header in the 28th minute and looked comfortable until centre-back Jorian Amankwe-Stirk was sent off for a second booking in the 61st.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Okunrinde-Fernsby levelled five minutes later, turning in Tobiath Marrinshaw’s low cross at the near post, and won it in the 84th minute with a shot from the edge of the area that went in off the underside of the bar.",
                "",
                "",
                "W",
            ),
            (
                "They were his first goals since he joined from Pellford United in June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers goalkeeper Filip Dvorsky-Humeston had kept his side in the game just before half-time, tipping Treharnock-Lusford’s volley on to the post.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“At half-time I told them nobody was coming to rescue us, we had to do it ourselves,” Rovers manager Steffon Loughridge said.",
                "Steffon Loughridge",
                "said",
                "",
            ),
            (
                "“The sending-off changed the game, I won’t pretend it didn’t, but we still had to go and score two.”",
                "Steffon Loughridge",
                "said",
                "",
            ),
        ],
        [
            (
                "Loughridge said Okunrinde-Fernsby had been carrying a hamstring problem all week and had trained only once, on Thursday.",
                "Steffon Loughridge",
                "said",
                "W",
            ),
        ],
        [
            ("Get every Rovers story straight to your inbox", "", "", "B"),
            ("Sign up to the Echo’s free Castlethorne Rovers newsletter here.", "", "", "B"),
        ],
        [
            ("ADVERTISING", "", "", "B"),
        ],
        [
            (
                "Wendhollow head coach Imelza Sathercombe said the second yellow card was “soft” and that the club would ask the league to look at it again.",
                "Imelza Sathercombe",
                "said",
                "",
            ),
            ("“For an hour we were the better side,” she said.", "Imelza Sathercombe", "said", ""),
            (
                "“He’s gone for the ball, he’s got the ball, and he’s sent off?” she asked.",
                "Imelza Sathercombe",
                "asked",
                "",
            ),
        ],
        [
            (
                "The result lifts Rovers to 14th with nine points from eight games, while Wendhollow drop to 17th.",
                "",
                "",
                "W",
            ),
            ("The crowd of 6,412 included 830 away supporters.", "", "", "W"),
        ],
        [
            (
                "Castlethorne Rovers: Dvorsky-Humeston; Quenwith, Ashdrake-Kayeson, Mbalundu, Stravenholt; Marrinshaw, Ibezimako-Lorrivant (Castrowe 70), Fairwhistle; Lindqvorn (Harropsby 76), Okunrinde-Fernsby, Dunsbury.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Subs not used: Pennifeld, Ottelby-Reecely, Blessingdale.", "", "", ""),
        ],
        [
            (
                "Wendhollow Town: Grimbald; Sorrenby, Amankwe-Stirk, Pocklethwaite, Yeadonby; Kavellagh-Tullane, Ruddleby, Mistry-Okaforo (Brenwick 79); Hollowday, Treharnock-Lusford, Quarmbrook-Valecroft (Ashtiani-Colbrandt 68).",
                "",
                "",
                "",
            ),
        ],
        [
            ("Subs not used: Featherston, Dallimont, Oyelowora-Pikeley.", "", "", ""),
        ],
        [
            ("Booked: Amankwe-Stirk 34, 61, Ruddleby 52, Stravenholt 77.", "", "", ""),
        ],
        [
            ("Sent off: Amankwe-Stirk 61.", "", "", ""),
        ],
        [
            ("Referee: Lowenn Bramhope-Taitley.", "", "", ""),
        ],
        [
            ("Attendance: 6,412.", "", "", ""),
        ],
        [
            ("HOW THEY STAND", "", "", "B"),
        ],
        [
            ("Pos   Team   P   GD   Pts", "", "", "B"),
        ],
        [
            ("13   Harbrooke Albion   8   +1   10", "", "", ""),
        ],
        [
            ("14   Castlethorne Rovers   8   -2   9", "", "", ""),
        ],
        [
            ("15   Millmere Athletic   8   -3   9", "", "", ""),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Most Read in Sport", "", "", "B"),
        ],
        [
            (
                "Rovers confirm season-ticket holders will get a free pass for the cup replay",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Former Wendhollow striker returns to coach the club’s under-18s", "", "", "B"),
        ],
        [
            ("© 2026 Hollinmoor Echo Newspapers, part of the Trevalley Media Group.", "", "", "B"),
        ],
    ],
    [
        [
            ("LUMENFOLD", "", "", "B"),
        ],
        [
            ("Science news, without the hype", "", "", "B"),
        ],
        [
            (
                "Health   Environment   Space   Technology   Mind   Nature   Newsletters   Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HEALTH · CLIMATE", "", "", "B"),
        ],
        [
            (
                "Hot days linked to 11% rise in hospital admissions for kidney disease, study of 2.3 million patients finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers say people over 75 face the greatest risk, and want heat warnings to mention the kidneys",
                "Researchers",
                "say",
                "W",
            ),
        ],
        [
            ("By Saoirlín Kellawell, health reporter", "", "", "B"),
        ],
        [
            ("16 September 2026 • 6 min read", "", "", "B"),
        ],
        [
            ("Listen to this article · 7:12", "", "", "B"),
        ],
        [
            ("Key findings", "", "", "B"),
        ],
        [
            (
                "Emergency admissions for kidney disease rose about 11% on the hottest days",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Admissions for acute kidney injury rose 19%", "", "", "W"),
        ],
        [
            ("The effect was largest in people aged over 75", "", "", "W"),
        ],
        [
            (
                "A farm labourer rests in the shade of an olive tree during a heatwave in southern Spain.",
                "",
                "",
                "",
            ),
            ("Image: Lumenfold archive", "", "", "B"),
        ],
        [
            (
                "Emergency hospital admissions for kidney disease in Spain rose by about 11% on days when the temperature was among the hottest 5% for the area, compared with days of moderate warmth, according to a study published on Wednesday.",
                "a study published on Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Researchers at the University of Almendrera analysed 2.3 million emergency admissions for kidney problems in 48 provinces between 2004 and 2022, and matched each one to the maximum temperature that day where the patient lived.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The effect was strongest for acute kidney injury, where admissions rose by 19% on the hottest days, and for people aged over 75.",
                "",
                "",
                "W",
            ),
            ("It appeared within a day of the heat and lasted for up to three days.", "", "", "W"),
        ],
        [
            (
                "“The kidneys work hard to keep us cool and hydrated, and when they are already weak, a few days of extreme heat can be enough to tip them over,” said the study’s lead author, Dr. Itxaso Montolbeo, an epidemiologist at the university.",
                "Itxaso Montolbeo",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the team estimated that about 4,100 admissions a year in Spain could be attributed to heat.",
                "Itxaso Montolbeo",
                "said",
                "W",
            ),
            (
                "Montolbeo said public heat warnings usually tell people to drink water and stay indoors, but rarely mention that people taking diuretics and some blood-pressure drugs should talk to their doctor.",
                "Itxaso Montolbeo",
                "said",
                "W",
            ),
        ],
        [
            ("Sign up for Lumenfold Weekly", "", "", "B"),
            (
                "The week’s best science stories, explained in plain English, in your inbox every Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email address     SIGN ME UP", "", "", "B"),
        ],
        [
            ("Advertisement · Scroll to continue", "", "", "B"),
        ],
        [
            (
                "Over the 19 years of the study, the number of days above the hottest-5% threshold roughly doubled in most provinces, the paper reports.",
                "the paper",
                "reports",
                "W",
            ),
        ],
        [
            (
                "The study was observational, so it cannot prove that heat caused the admissions, the authors wrote.",
                "the authors",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "Dr. Kezmira Ondrusek, a nephrologist at Ravenscleugh University Hospital in Manchester who was not involved in the study, said the findings matched what emergency departments see every summer.",
                "Kezmira Ondrusek",
                "said",
                "",
            ),
            (
                "“It’s a very large data set, and the size of the effect is plausible,” she said.",
                "Kezmira Ondrusek",
                "said",
                "",
            ),
            (
                "But she cautioned that hospital records could not show how much water patients drank or whether they had air conditioning at home.",
                "Kezmira Ondrusek",
                "cautioned",
                "",
            ),
        ],
        [
            (
                "“What I would like to see next is a trial of simple measures, such as a phone call to high-risk patients before a heatwave,” she said.",
                "Kezmira Ondrusek",
                "said",
                "",
            ),
        ],
        [
            ("The research was funded by the Fundación Ornavel.", "", "", "B"),
            ("The authors declare no competing interests.", "", "", "B"),
        ],
        [
            (
                "Journal reference: Montolbeo I, Garrazabal-Peñalver J, Urriola-Almagreda P, et al. Extreme heat and emergency admissions for kidney disease in Spain, 2004–2022: a time-series study. Environ Health Insights Rep. 2026;9(4):e1187.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("DOI: 10.4471/ehir.2026.1187", "", "", "B"),
        ],
        [
            ("Saoirlín Kellawell is Lumenfold’s health reporter.", "", "", "B"),
            (
                "She worked as an emergency nurse in Cork for six years before joining the team in 2024.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Why your phone’s battery hates the heat as much as you do", "", "", "B"),
        ],
        [
            ("Sleeping through a heatwave: what the evidence actually says", "", "", "B"),
        ],
        [
            ("Republish this article for free under our open licence.", "", "", "B"),
        ],
        [
            ("© 2026 Lumenfold Media CIC", "", "", "B"),
        ],
    ],
    [
        [
            ("The Parraween Standard", "", "", "B"),
        ],
        [
            (
                "NSW   Politics   Business   Sport   Culture   Lifestyle   Opinion   Puzzles",
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
                "NSW budget 2026 live: Treasurer forecasts $1.9 billion deficit, promises 12,000 social and affordable homes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 6.41pm AEST", "", "", "B"),
        ],
        [
            ("Live coverage by Mirelka Ostrzyca-Kean and Tobrin Farrowhythe", "", "", "B"),
        ],
        [
            ("Show key events only     Auto-update: On", "", "", "B"),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("What we know so far", "", "", ""),
        ],
        [
            (
                "The state is forecast to run a deficit of $1.9 billion in 2026-27, down from $3.4 billion this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The budget includes $4.8 billion over four years for 12,000 social and affordable homes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "First-home buyers will pay no stamp duty on homes worth up to $950,000 from January 1, up from $800,000 now.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Gross state debt is forecast to peak at $211 billion in 2029.", "", "", "W"),
        ],
        [
            ("6.41pm", "", "", "B"),
        ],
        [
            ("Opposition leader responds", "", "", ""),
        ],
        [
            (
                "Opposition leader Ceitag Vellorne says the budget is “a budget for the next election, not the next generation”.",
                "Ceitag Vellorne",
                "says",
                "",
            ),
            (
                "She says the government has now missed its own target of a balanced budget three years in a row.",
                "Ceitag Vellorne",
                "says",
                "W",
            ),
            (
                "“They have taxed every home buyer, every small business and every motorist in this state, and still they cannot balance the books,” Vellorne says.",
                "Ceitag Vellorne",
                "says",
                "",
            ),
        ],
        [
            ("— Tobrin Farrowhythe", "", "", "B"),
        ],
        [
            ("5.55pm", "", "", "B"),
        ],
        [
            ("What the economists make of it", "", "", ""),
        ],
        [
            (
                "Dhruvesh Ramasubbiah, chief economist at the Colliford Institute, a Sydney think tank, says the housing spending is welcome but the return to surplus relies on coal royalties staying high.",
                "Dhruvesh Ramasubbiah",
                "says",
                "",
            ),
            (
                "He points out that royalties are forecast to bring in $3.1 billion next year, compared with $5.6 billion two years ago.",
                "Dhruvesh Ramasubbiah",
                "points out",
                "W",
            ),
            (
                "“If coal prices fall by a third, most of that improvement disappears,” he says.",
                "Dhruvesh Ramasubbiah",
                "says",
                "",
            ),
        ],
        [
            ("— Mirelka Ostrzyca-Kean", "", "", "B"),
        ],
        [
            ("Ad", "", "", "B"),
        ],
        [
            ("5.02pm", "", "", "B"),
        ],
        [
            ("Stamp duty relief for first-home buyers expanded", "", "", "W"),
        ],
        [
            (
                "First-home buyers will pay no stamp duty on homes worth up to $950,000 from January 1, up from $800,000 now, the budget papers show.",
                "the budget papers",
                "show",
                "W",
            ),
            (
                "The papers estimate the change will cost $640 million over four years and help about 21,000 buyers a year.",
                "The papers",
                "estimate",
                "W",
            ),
            (
                "Housing Minister Romilly Hallowin says the change is aimed at “a nurse and a teacher buying their first flat together in western Sydney”.",
                "Romilly Hallowin",
                "says",
                "",
            ),
        ],
        [
            ("— Mirelka Ostrzyca-Kean", "", "", "B"),
        ],
        [
            ("4.30pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Treasurer hands down $1.9 billion deficit budget", "", "", "W"),
        ],
        [
            (
                "Treasurer Ansgarth Korvekian has told parliament the state will run a deficit of $1.9 billion in 2026-27, before returning to a small surplus of $310 million in 2028-29.",
                "Ansgarth Korvekian",
                "has told",
                "W",
            ),
            (
                "He said the government would spend $4.8 billion over four years on 12,000 social and affordable homes, the largest housing commitment in the state’s history.",
                "Ansgarth Korvekian",
                "said",
                "W",
            ),
            (
                "“We are not going to balance the budget on the backs of families who cannot find a place to live,” Korvekian said.",
                "Ansgarth Korvekian",
                "said",
                "",
            ),
            (
                "He also said health spending would rise 6.2% to $34.7 billion, including money for 1,150 extra nurses.",
                "Ansgarth Korvekian",
                "said",
                "W",
            ),
        ],
        [
            ("— Tobrin Farrowhythe", "", "", "B"),
        ],
        [
            ("3.48pm", "", "", "B"),
        ],
        [
            ("Nurses rally outside Parliament House", "", "", "W"),
        ],
        [
            (
                "About 300 nurses and midwives have gathered outside Parliament House ahead of the budget, calling for a 15% pay rise over three years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The state secretary of the Nurses’ and Midwives’ Guild, Solvora Eldergrove, told the crowd that 1,400 nurses had left the public system in the past 12 months.",
                "Solvora Eldergrove",
                "told the crowd",
                "W",
            ),
            (
                "“We are not asking for a miracle, we are asking to be able to pay our rent,” she said.",
                "Solvora Eldergrove",
                "said",
                "",
            ),
            (
                "“Safe staffing saves lives!” the crowd chanted as Eldergrove spoke.",
                "the crowd",
                "chanted",
                "",
            ),
        ],
        [
            (
                "Nurses and midwives rally outside Parliament House on Tuesday afternoon.",
                "",
                "",
                "",
            ),
            ("Photograph: Bronwyth Ambrovetti/The Parraween Standard", "", "", "B"),
        ],
        [
            ("— Mirelka Ostrzyca-Kean", "", "", "B"),
        ],
        [
            ("2.15pm", "", "", "B"),
        ],
        [
            ("Welcome to budget day", "", "", ""),
        ],
        [
            (
                "Good afternoon and welcome to our live coverage of the 2026-27 NSW budget.",
                "",
                "",
                "",
            ),
            (
                "Treasurer Ansgarth Korvekian will deliver his third budget at 4.30pm, and journalists are in the budget lock-up until then.",
                "",
                "",
                "W",
            ),
            ("We will bring you the key numbers and the reaction as they come.", "", "", ""),
        ],
        [
            ("— Tobrin Farrowhythe", "", "", "B"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Explore more on these topics: NSW budget · State politics · Housing", "", "", "B"),
        ],
        [
            ("© 2026 Parraween Media Pty Ltd ABN 55 600 112 904", "", "", "B"),
        ],
    ],
    [
        [
            ("The Catalmira Sentinel", "", "", "B"),
        ],
        [
            ("Tucson & Southern Arizona", "", "", "B"),
        ],
        [
            ("Subscribe for $1     Log in", "", "", "B"),
        ],
        [
            (
                "Local   Business   Opinion   Sports   Things to Do   Obituaries   e-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS · TRANSPORTATION", "", "", "B"),
        ],
        [
            (
                "Q&A: New transit chief on fares, late buses and why drivers keep quitting",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Odalina Trevathick-Urriola, who took over Desertline Transit in July, says buses will stay free through June 2027",
                "Odalina Trevathick-Urriola",
                "says",
                "W",
            ),
        ],
        [
            ("By Waldemar Ostrevant, Sentinel staff", "", "", "B"),
        ],
        [
            ("Sep 13, 2026 Updated 3 hrs ago", "", "", "B"),
        ],
        [
            (
                "Odalina Trevathick-Urriola became general manager of Desertline Transit, which runs 41 bus routes and a streetcar line in the Tucson area, on July 6.",
                "",
                "",
                "W",
            ),
            ("She previously ran the bus system in El Paso, Texas, for seven years.", "", "", "W"),
        ],
        [
            (
                "Desertline carried 14.2 million riders last year, still about 12% fewer than in 2019, and has not charged fares on its buses since March 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: You’ve been here two months.", "", "", ""),
            ("What has surprised you?", "", "", ""),
        ],
        [
            (
                "A: How much people here depend on the bus for the basics.",
                "Odalina Trevathick-Urriola",
                "A:",
                "",
            ),
            (
                "On the No. 8 route, more than half the riders we surveyed in August were going to a medical appointment or a grocery store.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            ("That tells you this isn’t a nice-to-have.", "Odalina Trevathick-Urriola", "A:", ""),
        ],
        [
            ("Q: Let’s start with fares.", "", "", ""),
            (
                "The city says the free-fare policy costs about $11 million a year in lost revenue.",
                "The city",
                "says",
                "W",
            ),
            ("Will it continue?", "", "", ""),
        ],
        [
            (
                "A: The board voted in August to keep buses free through June 2027, and I support that.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            (
                "Ridership grew 9% in the first year after fares were dropped, and boarding is quicker because nobody is fumbling for change.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            (
                "After 2027, it depends on whether the city and the region can find a permanent source of money, and I won’t pretend that’s settled.",
                "Odalina Trevathick-Urriola",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Riders complain a lot about late buses.", "", "", ""),
            ("How bad is it?", "", "", ""),
        ],
        [
            (
                "A: In August, 78% of our buses arrived within five minutes of schedule.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            (
                "The target most agencies our size use is 85%, so we are not where we should be.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            (
                "The biggest reason is that we are short of drivers: we have 486 and we need 540 to run the full schedule without cancelling trips.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
        ],
        [
            ("Support local journalism", "", "", "B"),
            (
                "Your subscription pays for the reporters who cover the decisions that shape Southern Arizona.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get 3 months for $3", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Q: The drivers’ union says 62 drivers quit in the first half of this year.",
                "The drivers’ union",
                "says",
                "W",
            ),
            ("Why are they leaving?", "", "", ""),
        ],
        [
            ("A: That number is right.", "Odalina Trevathick-Urriola", "A:", "W"),
            (
                "People leave for a lot of reasons, but the ones I hear most are split shifts and safety.",
                "Odalina Trevathick-Urriola",
                "A:",
                "",
            ),
            (
                "We recorded 37 assaults on operators last year, and every one of those is a person who went to work and got hurt.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            (
                "Starting in October, we are fitting shields on the last 120 buses that don’t have them, and we raised starting pay to $23.40 an hour in August.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: The streetcar.", "", "", ""),
            (
                "Some council members have called it an expensive toy.",
                "Some council members",
                "have called",
                "",
            ),
            ("Would you ever cut it?", "", "", ""),
        ],
        [
            ("A: No.", "Odalina Trevathick-Urriola", "A:", ""),
            (
                "It carried about 1.1 million trips last year, most of them students, and the federal grant that built it requires us to keep running it until 2034.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            ("Could it be run more cheaply?", "Odalina Trevathick-Urriola", "A:", ""),
            ("Probably, and we’re looking at that.", "Odalina Trevathick-Urriola", "A:", ""),
        ],
        [
            ("Q: What should riders expect by this time next year?", "", "", ""),
        ],
        [
            ("A: Fewer cancelled trips, first of all.", "Odalina Trevathick-Urriola", "A:", ""),
            (
                "We cancelled 2.6% of scheduled trips in August, and my goal is to get that under 1% by next summer.",
                "Odalina Trevathick-Urriola",
                "A:",
                "W",
            ),
            (
                "And real-time arrival screens at the 50 busiest stops, which riders were asking for long before I got here.",
                "Odalina Trevathick-Urriola",
                "A:",
                "",
            ),
        ],
        [
            (
                "Contact reporter Waldemar Ostrevant at wostrevant@catalmirasentinel.com or 520-555-0183.",
                "",
                "",
                "B",
            ),
            ("On X: @WOstrevantNews", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Desertline board votes to keep buses free for another year", "", "", "B"),
        ],
        [
            ("Streetcar extension study pushed back to 2027", "", "", "B"),
        ],
        [
            ("© 2026 The Catalmira Sentinel, a Dunhallick Media company.", "", "", "B"),
        ],
        [
            ("Terms of Use   |   Privacy Policy   |   Your Privacy Choices", "", "", "B"),
        ],
    ],
    [
        [
            ("Presslantic", "", "", "B"),
        ],
        [
            ("Search news releases  |  Send a Release  |  For Journalists  |  Log In", "", "", "B"),
        ],
        [
            (
                "News in Focus     Business & Money     Energy     Environment     Auto & Transportation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Voltarra Cycle to Build $215 Million Battery Recycling Plant in Tessalby County, Georgia, Creating 340 Jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Plant will recover lithium, nickel and cobalt from up to 40,000 tons of spent electric-vehicle batteries a year",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NEWS PROVIDED BY", "", "", "B"),
        ],
        [
            ("Voltarra Cycle Inc.", "", "", "B"),
        ],
        [
            ("Sep 16, 2026, 08:00 ET", "", "", "B"),
        ],
        [
            ("SHARE THIS ARTICLE", "", "", "B"),
        ],
        [
            (
                "ATLANTA, Sept. 16, 2026 /Presslantic/ -- Voltarra Cycle Inc., a Denver-based battery recycling company, today announced plans to build a $215 million plant in Tessalby County, Georgia, that will create 340 full-time jobs by the end of 2029.",
                "Voltarra Cycle Inc.",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The 410,000-square-foot facility, at the Pellarton Commerce Park off Interstate 16, will be able to process up to 40,000 tons of spent lithium-ion batteries and battery manufacturing scrap a year.",
                "",
                "",
                "W",
            ),
            (
                "Construction is scheduled to begin in the first quarter of 2027, with the first production line expected to start operating in mid-2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Georgia has become one of the centers of America\'s battery industry, and the batteries being built here today will need somewhere to go at the end of their lives," said Marisolé Dunkersley-Vancelow, chief executive officer of Voltarra Cycle.',
                "Marisolé Dunkersley-Vancelow",
                "said",
                "",
            ),
            (
                '"Tessalby County gave us the site, the workforce and the rail access we were looking for."',
                "Marisolé Dunkersley-Vancelow",
                "said",
                "",
            ),
        ],
        [
            (
                '"This is the fourth battery-related investment in Georgia this year, and together they represent more than 2,100 new jobs for our state," said Thadwin Orringale, commissioner of the Georgia Department of Economic Development.',
                "Thadwin Orringale",
                "said",
                "W",
            ),
        ],
        [
            (
                '"For a county of 28,000 people, 340 jobs paying an average of $68,000 a year will change a lot of lives," said Lavendra Crabshaw-Holmsby, chair of the Tessalby County Board of Commissioners.',
                "Lavendra Crabshaw-Holmsby",
                "said",
                "W",
            ),
        ],
        [
            (
                "The project is supported by a performance-based incentive package that includes a $9.5 million grant from the state's rural jobs fund, a 15-year property tax abatement approved by the Development Authority of Tessalby County on Sept. 10, and workforce training through the state's technical college system.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hiring for the first 120 positions, including process technicians, chemical operators and maintenance staff, will begin in late 2027.",
                "",
                "",
                "W",
            ),
            ("Applicants can find more information at www.voltarracycle.com/careers.", "", "", "B"),
        ],
        [
            (
                "An artist's rendering of the planned Voltarra Cycle plant in Tessalby County, Georgia.",
                "",
                "",
                "",
            ),
            ("(Presslantic Photo/Voltarra Cycle Inc.)", "", "", "B"),
        ],
        [
            ("About Voltarra Cycle", "", "", "B"),
        ],
        [
            (
                "Voltarra Cycle Inc. recovers critical minerals from end-of-life batteries and battery manufacturing scrap and returns them to the supply chain.",
                "",
                "",
                "B",
            ),
            (
                "Founded in 2019 and headquartered in Denver, Colorado, the company operates recycling facilities in Nevada and Ohio and employs more than 600 people.",
                "",
                "",
                "B",
            ),
            ("For more information, visit www.voltarracycle.com.", "", "", "B"),
        ],
        [
            ("Forward-Looking Statements", "", "", "B"),
        ],
        [
            (
                "This press release contains forward-looking statements, including statements about the timing, cost and capacity of the planned facility and the number of jobs it will create.",
                "",
                "",
                "B",
            ),
            (
                "Such statements are based on current expectations and involve risks and uncertainties that could cause actual results to differ materially from those described.",
                "",
                "",
                "B",
            ),
            (
                "Voltarra Cycle undertakes no obligation to update any forward-looking statement, except as required by law.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media Contact:", "", "", "B"),
        ],
        [
            ("Priyasha Vanderhulst", "", "", "B"),
        ],
        [
            ("press@voltarracycle.com", "", "", "B"),
        ],
        [
            ("+1 (303) 555-0126", "", "", "B"),
        ],
        [
            ("SOURCE Voltarra Cycle Inc.", "", "", "B"),
        ],
        [
            ("WANT YOUR COMPANY'S NEWS FEATURED ON PRESSLANTIC?", "", "", "B"),
        ],
        [
            (
                "440k+ Newsrooms & Influencers     9k+ Digital Media Outlets     270k+ Journalists Opted In",
                "",
                "",
                "B",
            ),
        ],
        [
            ("GET STARTED", "", "", "B"),
        ],
        [
            ("More news releases in similar topics", "", "", "B"),
        ],
        [
            ("Silvercairn Lithium Completes Pilot Plant Commissioning in Nevada", "", "", "B"),
        ],
        [
            ("Keldwater Grid Storage Names New Chief Financial Officer", "", "", "B"),
        ],
        [
            ("Contact Presslantic     Terms of Use     Privacy Policy     Site Map", "", "", "B"),
        ],
    ],
    [
        [
            ("LIONCREST BUSINESS TIMES", "", "", "B"),
        ],
        [
            (
                "MARKETS     Local index 3,418.62 ▼0.37%     |     USD/SGD 1.2874 ▲0.06%     |     Crude US$77.92 ▲0.81%     |     Gold US$2,401.50 ▼0.24%",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Companies & Markets   Property   Banking & Finance   Startups   Opinion   Wealth   Events",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COMPANIES & MARKETS", "", "", "B"),
        ],
        [
            (
                "Pelmora shares slide 8% after grocery chain’s first-half profit falls 12%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Supermarket operator blames higher wages and rents as it holds prices against online rivals",
                "Pelmora Holdings",
                "blames",
                "W",
            ),
        ],
        [
            ("By Vivianna Thackerby-Lumbard", "", "", "B"),
        ],
        [
            ("Published Thu, Sep 17, 2026 · 11:42 AM", "", "", "B"),
        ],
        [
            ("Save     Share     Gift this article", "", "", "B"),
        ],
        [
            (
                "Shares of Pelmora Holdings fell as much as 8.4% on Thursday morning, their biggest one-day drop in more than two years, after the supermarket operator reported a 12% fall in first-half net profit.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Net profit for the six months to June 30 fell to S$41.3 million from S$46.9 million a year earlier, the company said in a filing to the exchange on Wednesday evening.",
                "the company",
                "said in a filing to the exchange",
                "W",
            ),
            (
                "Revenue rose 3.6% to S$1.22 billion, helped by 14 stores opened since June last year, but sales at stores open for more than a year were flat.",
                "",
                "",
                "W",
            ),
            (
                "Pelmora had net cash of S$86 million at the end of June, according to the filing.",
                "the filing",
                "according to",
                "W",
            ),
        ],
        [
            (
                "PELMORA HOLDINGS (P4M)     S$1.31     ▼0.11 (-7.75%)     Vol: 21.6m     |     Data delayed at least 15 min.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chief executive Delwin Quahsin Tekweng-Waisun said on a results call that staff costs rose 9% in the half after the chain raised pay for its 7,800 front-line workers, while rents on renewed leases went up by an average of 11%.",
                "Delwin Quahsin Tekweng-Waisun",
                "said",
                "W",
            ),
            (
                "“We chose to pay our people more and to hold our prices, and this half you are seeing the cost of that choice,” he said.",
                "Delwin Quahsin Tekweng-Waisun",
                "said",
                "",
            ),
            (
                "He said the group would open eight more stores by the end of the year but had shelved plans for a second distribution centre in Tuas.",
                "Delwin Quahsin Tekweng-Waisun",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief financial officer Rosalette Merriscombe-Phuawen said the interim dividend would be cut to 1.8 cents a share from 2.2 cents, payable on Oct. 9.",
                "Rosalette Merriscombe-Phuawen",
                "said",
                "W",
            ),
            (
                "She said the board expected margins to “stabilise” in the second half as two new own-brand ranges reached the shelves.",
                "Rosalette Merriscombe-Phuawen",
                "said",
                "",
            ),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("How to build an income portfolio that survives a rate cut", "", "", "B"),
        ],
        [
            (
                "Analysts at Ferncastell Securities said in a note that they had cut their target price for the stock to S$1.45 from S$1.72 and downgraded it to “hold” from “buy”.",
                "Analysts at Ferncastell Securities",
                "said in a note",
                "W",
            ),
            (
                "“The price war with online grocers is not going away, and Pelmora has less room to absorb it than its larger rivals,” they wrote.",
                "Analysts at Ferncastell Securities",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Trevellis Anandakrishnan, who manages a regional equity fund at Brightwelke Capital, said the fall looked overdone for a company with no debt and a loyal customer base.",
                "Trevellis Anandakrishnan",
                "said",
                "",
            ),
            (
                "He said the fund had added to its holding on Thursday morning.",
                "Trevellis Anandakrishnan",
                "said",
                "W",
            ),
        ],
        [
            ("The local benchmark index was down 0.4% at midday.", "", "", "W"),
            (
                "Pelmora shares have fallen 19% this year, compared with a 6% gain in the broader market.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Online sales made up 14% of grocery spending in Singapore last year, up from 7% in 2023, according to a survey by the consultancy Mereworth Retail Insights.",
                "a survey by the consultancy Mereworth Retail Insights",
                "according to",
                "W",
            ),
            (
                "“We are not going to win a price war by cutting wages,” Quahsin said.",
                "Delwin Quahsin Tekweng-Waisun",
                "said",
                "",
            ),
        ],
        [
            (
                "READ MORE: Online grocer raises S$60 million to build two cold-chain warehouses",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pelmora, which was listed in 2011, runs 212 supermarkets and convenience stores under the Freshgrove and Pelmora Express brands in Singapore and Malaysia.",
                "",
                "",
                "W",
            ),
            (
                "It will hold its first investor day on Nov. 12, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Stock prices and index levels supplied by a third-party data vendor and may be delayed.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Retail · Results · Consumer · Singapore stocks", "", "", "B"),
        ],
        [
            ("More from Companies & Markets", "", "", "B"),
        ],
        [
            ("Port operator’s second-quarter volumes rise 5% on transhipment demand", "", "", "B"),
        ],
        [
            ("Two suburban malls change hands in S$1.1 billion deal", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lioncrest Press Holdings.", "", "", "B"),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("Avonmere Gazette", "", "", "B"),
        ],
        [
            (
                "News   Crime   Sport   What’s On   Property   Jobs   Announcements   Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Crime › Bristol", "", "", "B"),
        ],
        [
            ("Roofer who took £212,000 from elderly customers jailed for six years", "", "", "W"),
        ],
        [
            (
                "Judge says he “preyed on the trust and the loneliness” of 14 victims aged 71 to 93",
                "Imeldina Hartcastle-Breamley",
                "says",
                "W",
            ),
        ],
        [
            ("By Harrietta Colquhane, Court Reporter", "", "", "B"),
        ],
        [
            ("16:05, 11 SEP 2026", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Kierean Sallowbrook, 46, was sentenced at Bristol Crown Court on Friday.",
                "",
                "",
                "W",
            ),
            ("(Image: Police handout)", "", "", "B"),
        ],
        [
            (
                "A roofer who charged elderly customers for work that was never done or was not needed has been jailed for six years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kierean Sallowbrook, 46, of Marlcombe Road, Bristol, took £212,400 from 14 people aged between 71 and 93 over almost four years, Bristol Crown Court heard.",
                "Bristol Crown Court",
                "heard",
                "W",
            ),
            (
                "He pleaded guilty in June to 11 counts of fraud by false representation and one of converting criminal property.",
                "",
                "",
                "W",
            ),
            (
                "Sallowbrook, a father of two, had previous convictions for theft in 2009 and 2013, the court heard.",
                "the court",
                "heard",
                "W",
            ),
        ],
        [
            (
                "Prosecuting, Tegwedd Tresawle said Sallowbrook, who traded as Secure Roofs South West, would knock on doors in streets with older residents and tell homeowners their tiles or chimney were dangerous.",
                "Tegwedd Tresawle",
                "said",
                "W",
            ),
            (
                "In one case, a 91-year-old widower in the north of the city paid £38,000 over five months for repairs to a roof that a surveyor later found had needed work costing about £1,200, she said.",
                "Tegwedd Tresawle",
                "said",
                "W",
            ),
            (
                "Miss Tresawle told the court Sallowbrook had driven victims to their banks to withdraw cash on at least 23 occasions.",
                "Tegwedd Tresawle",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "In a statement read to the court, one victim, an 84-year-old woman, said she no longer opened her front door to anyone she did not know.",
                "one victim",
                "said",
                "",
            ),
            (
                "“He sat at my kitchen table and drank my tea and called me his second nan,” she said.",
                "one victim",
                "said",
                "",
            ),
            ("“I feel such a fool.”", "one victim", "said", ""),
        ],
        [
            ("Want the latest court stories from across the city?", "", "", "B"),
            ("Sign up to our free Crime Daily newsletter.", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "Tarquil Quellstone, mitigating, said Sallowbrook had built up gambling debts of more than £90,000 and was “deeply ashamed”.",
                "Tarquil Quellstone",
                "said",
                "W",
            ),
            (
                "He said his client had repaid £31,000 to victims since his arrest in March 2025.",
                "Tarquil Quellstone",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sentencing him, Judge Imeldina Hartcastle-Breamley said: “You chose your victims because they lived alone and because you thought nobody would believe them.",
                "Imeldina Hartcastle-Breamley",
                "said",
                "",
            ),
        ],
        [
            (
                "“You preyed on their trust and on their loneliness, and you did it for money you then gambled away.”",
                "Imeldina Hartcastle-Breamley",
                "said",
                "",
            ),
        ],
        [
            (
                "The judge said the starting point would have been eight years but she had reduced the sentence by a quarter for his guilty pleas.",
                "Imeldina Hartcastle-Breamley",
                "said",
                "W",
            ),
            (
                "Sallowbrook was also made the subject of a 10-year criminal behaviour order that bans him from cold-calling at homes.",
                "",
                "",
                "W",
            ),
            ("A proceeds of crime hearing has been set for 15 January 2027.", "", "", "W"),
        ],
        [
            (
                "After the hearing, Detective Constable Corwen Havercombe said the investigation began when a bank cashier noticed one customer withdrawing large amounts of cash three times in a week and called police.",
                "Corwen Havercombe",
                "said",
                "W",
            ),
            (
                "He said 11 of the 14 victims had never reported what happened to them.",
                "Corwen Havercombe",
                "said",
                "W",
            ),
            (
                "“If someone turns up uninvited and tells you your roof is about to fall in, close the door and ring a family member,” he said.",
                "Corwen Havercombe",
                "said",
                "",
            ),
        ],
        [
            ("Do you have a story?", "", "", "B"),
            ("Email newsdesk@avonmeregazette.co.uk", "", "", "B"),
        ],
        [
            ("Comments have been disabled on this article for legal reasons.", "", "", "B"),
        ],
        [
            ("Most Read", "", "", "B"),
        ],
        [
            ("Bristol bus drivers to strike on three Saturdays in October", "", "", "B"),
        ],
        [
            ("Harbourside bar’s licence suspended after stabbing", "", "", "B"),
        ],
        [
            ("Avonmere Gazette is part of Hallivant Media.", "", "", "B"),
            ("© 2026 Hallivant Media Ltd.", "", "", "B"),
            ("Company No. 02278413, registered office 9 Quayfold Street, Bristol.", "", "", "B"),
        ],
    ],
    [
        [
            ("KELVANE NEWS", "", "", "B"),
        ],
        [
            (
                "Nova Scotia   Canada   World   Politics   Business   Health   Opinion   Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("POLITICS", "", "", "B"),
        ],
        [
            ("Nova Scotia extends 4% rent cap to 2028 after late-night vote", "", "", "W"),
        ],
        [
            (
                "Landlords’ group warns the cap will slow the building of new rental housing",
                "the Investment Property Owners Council of Nova Scotia",
                "warns",
                "",
            ),
        ],
        [
            ("Mirelaine Thibodelle · Kelvane News", "", "", "B"),
        ],
        [
            ("Posted: Sep 30, 2026 6:00 AM ADT | Last Updated: 7 hours ago", "", "", "B"),
        ],
        [
            ("Social Sharing", "", "", "B"),
        ],
        [
            (
                "Housing Minister Fearghan Macreadie speaks to reporters at the legislature on Tuesday.",
                "",
                "",
                "",
            ),
            ("(Jethrow Lowder/Kelvane News)", "", "", "B"),
        ],
        [
            (
                "Nova Scotia’s legislature has voted to keep a 4% cap on annual rent increases in place until the end of 2028, two years longer than planned.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bill No. 47 passed third reading 31-20 shortly before midnight on Tuesday after almost six hours of debate.",
                "",
                "",
                "W",
            ),
            (
                "The cap, brought in as a temporary measure during the pandemic, had been due to expire on Dec. 31, 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Housing Minister Fearghan Macreadie said the rental vacancy rate in the Halifax area was 1.4% last fall and the average rent for a two-bedroom apartment had risen 38% in four years.",
                "Fearghan Macreadie",
                "said",
                "W",
            ),
            (
                "“Until we build our way out of this, tenants need to know their rent is not going to jump by 10 or 15% in a year,” he said.",
                "Fearghan Macreadie",
                "said",
                "",
            ),
            (
                "Macreadie told reporters the province had approved 5,900 new rental units in the past 12 months, a record.",
                "Fearghan Macreadie",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "Yseline Brankell-Auclair, the Official Opposition’s housing critic, said her caucus had moved an amendment to lower the cap to 2.5% for leases renewed in 2027, which was defeated 31-20.",
                "Yseline Brankell-Auclair",
                "said",
                "W",
            ),
            (
                "“Four per cent a year, every year, is not protection,” she said.",
                "Yseline Brankell-Auclair",
                "said",
                "",
            ),
            (
                "“On a $1,900 apartment, that’s another $900 a year by the time this law runs out, and wages are not keeping up.”",
                "Yseline Brankell-Auclair",
                "said",
                "W",
            ),
        ],
        [
            (
                "Aubertin Pottingale, who leads the third party in the legislature, said his caucus voted for the bill because “a cap at 4% is better than no cap at all.”",
                "Aubertin Pottingale",
                "said",
                "W",
            ),
            (
                "But he said the government should also close a loophole that lets landlords raise the rent by any amount between tenants.",
                "Aubertin Pottingale",
                "said",
                "",
            ),
            (
                "“Right now the cap protects you until you move, and then the sky is the limit,” he said.",
                "Aubertin Pottingale",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "MORE TOP STORIES: Halifax council delays vote on higher ferry fares until November",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kenrith Lavaltrie-Ormsley, president of the Investment Property Owners Council of Nova Scotia, said the cap would discourage new construction at a time when the province needs it most.",
                "Kenrith Lavaltrie-Ormsley",
                "said",
                "",
            ),
            (
                "He said insurance premiums for apartment buildings had risen an average of 22% in two years, while rents on existing tenancies were held to 4%.",
                "Kenrith Lavaltrie-Ormsley",
                "said",
                "W",
            ),
            (
                "“You cannot cap your way to more housing,” he said.",
                "Kenrith Lavaltrie-Ormsley",
                "said",
                "",
            ),
        ],
        [
            (
                "In the public gallery, Dartmouth tenant Pernilla Oakshire, 67, watched the vote with about 40 members of a tenants’ group.",
                "",
                "",
                "",
            ),
            (
                "She said her rent had gone from $1,050 to $1,480 since 2021 and that more than half of her pension now goes on housing.",
                "Pernilla Oakshire",
                "said",
                "",
            ),
            ("“What happens to me in 2029?” she asked.", "Pernilla Oakshire", "asked", ""),
        ],
        [
            (
                "Premier Tamzielle Grevelle said on Wednesday morning that the bill would receive royal assent on Thursday.",
                "Tamzielle Grevelle",
                "said",
                "W",
            ),
            (
                "She said the government would look at the cap again in 2028 and had made no decision about what would replace it.",
                "Tamzielle Grevelle",
                "said",
                "",
            ),
        ],
        [
            (
                "Under provincial tenancy law, a landlord must give a tenant at least four months’ written notice of a rent increase.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ABOUT THE AUTHOR", "", "", "B"),
        ],
        [
            (
                "Mirelaine Thibodelle covers provincial politics for Kelvane News in Halifax.",
                "",
                "",
                "B",
            ),
            ("She can be reached at mirelaine.thibodelle@kelvane.ca.", "", "", "B"),
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
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Rent supplement waitlist grows to 6,300 households", "", "", "B"),
        ],
        [
            ("Tenants in Sydney, N.S., fight renoviction notices at 60-unit building", "", "", "B"),
        ],
        [
            ("©2026 Kelvane Media Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("TANGLAWAN NOW", "", "", "B"),
        ],
        [
            (
                "Monday, September 28, 2026   |   Manila 29°C   |   Weather   |   Traffic",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Nation   Regions   World   Business   Sports   Entertainment   Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "WEATHER ADVISORY: Signal No. 3 remains up over parts of Cagayan and Isabela.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NATION", "", "", "B"),
        ],
        [
            (
                "Typhoon Hanumay leaves 11 dead, forces 64,000 from homes in northern Luzon",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Weather bureau says the storm will leave the Philippine area of responsibility by Tuesday evening",
                "Weather bureau",
                "says",
                "",
            ),
        ],
        [
            ("By Maricris Dumaquilan-Sarmienta", "", "", "B"),
        ],
        [
            ("Published 2:14 PM, September 28, 2026", "", "", "B"),
        ],
        [
            ("Updated 6:50 PM, September 28, 2026", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater in a village in Cagayan province on Monday morning.",
                "",
                "",
                "",
            ),
            ("PHOTO BY RONNEL PASCUAROS", "", "", "B"),
        ],
        [
            (
                "Typhoon Hanumay killed at least 11 people and forced more than 64,000 from their homes as it crossed the northern tip of Luzon on Sunday night and Monday, disaster officials said.",
                "disaster officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The typhoon made landfall on the northeastern coast of Cagayan at 11:40 p.m. Sunday with maximum sustained winds of 185 km/h and gusts of up to 230 km/h, according to the state weather bureau.",
                "the state weather bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Regional civil defense director Arnulito Mapalad-Tiongcoy said seven of the dead were in Cagayan, three in Isabela and one in Apayao, most of them killed by falling trees or in landslides.",
                "Arnulito Mapalad-Tiongcoy",
                "said",
                "W",
            ),
            (
                "He said four people were still missing, including two fishermen who set out on Saturday despite a ban on sea travel.",
                "Arnulito Mapalad-Tiongcoy",
                "said",
                "W",
            ),
        ],
        [
            (
                "More than 1,100 passengers were stranded at ports in the region after the coast guard suspended sea trips on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Jerichon Lacsamanay-Duldulao, a weather specialist at the state weather bureau, said Hanumay had weakened into a severe tropical storm over the sea west of Luzon on Monday afternoon and was moving west-northwest at 20 km/h.",
                "Jerichon Lacsamanay-Duldulao",
                "said",
                "W",
            ),
            (
                "He said Signal No. 3 remained in force over parts of Cagayan and Isabela as of 5 p.m. and was expected to be lowered overnight.",
                "Jerichon Lacsamanay-Duldulao",
                "said",
                "W",
            ),
            (
                "“Even as the winds weaken, the rain bands will stay over the Cordillera until Tuesday, so the danger of landslides is not over,” he said.",
                "Jerichon Lacsamanay-Duldulao",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "RELATED: Farmers count losses as Hanumay flattens rice fields weeks before harvest",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cagayan Governor Marietta Bangayan-Cruzat said the province declared a state of calamity on Monday morning, allowing it to release 48 million pesos in quick-response funds.",
                "Marietta Bangayan-Cruzat",
                "said",
                "W",
            ),
            (
                "“The rivers are still rising, and what worries me now is the water coming down from the mountains tonight,” she told a local radio station.",
                "Marietta Bangayan-Cruzat",
                "told a local radio station",
                "",
            ),
        ],
        [
            (
                "The agriculture department said initial reports put damage to crops at 1.9 billion pesos, mostly rice and corn, across 41,000 hectares.",
                "The agriculture department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Power was cut to about 310,000 households in the region, and electricity had been restored to about a third of them by Monday evening, the regional electric cooperative said.",
                "the regional electric cooperative",
                "said",
                "W",
            ),
        ],
        [
            ("Want to help?", "", "", "B"),
            ("Here’s how to donate to families hit by Typhoon Hanumay", "", "", "B"),
        ],
        [
            (
                "Lorelyn Cabangbayan, 52, spent the night with her three grandchildren in a school classroom that has been turned into an evacuation centre.",
                "",
                "",
                "",
            ),
            (
                "“We heard the roof go at around two in the morning... then the rain came straight in,” she said.",
                "Lorelyn Cabangbayan",
                "said",
                "",
            ),
            (
                "She said the family had left their house near the river on Sunday afternoon after village officials went from door to door.",
                "Lorelyn Cabangbayan",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 18,600 families were staying in 412 evacuation centres on Monday night, according to the social welfare department.",
                "the social welfare department",
                "according to",
                "W",
            ),
            (
                "Classes at all levels were suspended on Monday and Tuesday in 14 towns in Cagayan and Isabela.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("For the latest bulletins, follow our live weather coverage.", "", "", "B"),
        ],
        [
            ("Get storm alerts on your phone: download the Tanglawan Now app.", "", "", "B"),
        ],
        [
            ("TAGS: Typhoon Hanumay, Cagayan, Isabela, weather", "", "", "B"),
        ],
        [
            ("Trending Now", "", "", "B"),
        ],
        [
            ("Fuel prices to go up for third straight week, oil firms say", "", "", "B"),
        ],
        [
            ("Commuter trains run slower after power fault at two stations", "", "", "B"),
        ],
        [
            ("© 2026 Tanglawan Media Group.", "", "", "B"),
            (
                "Content on this site may not be copied without the written permission of the publisher.",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h62-ie-cookie-head-no-stop",
        "We value your privacy We and our 214 partners store and access information on your device, such as cookies, to measure how the site is used and to show you personalised content and ads. You can accept, reject or choose the purposes we may use your data for, and you can change your mind at any time through “Privacy settings” at the foot of every page.",
        [
            "We value your privacy",
            "We and our 214 partners store and access information on your device, such as cookies, to measure how the site is used and to show you personalised content and ads.",
            "You can accept, reject or choose the purposes we may use your data for, and you can change your mind at any time through “Privacy settings” at the foot of every page.",
        ],
    ),
    (
        "h62-ie-euro-decimals-ms",
        "The council’s director of housing, Aoibhe Cuthallan, said 96 of the homes would be let as social housing and the remaining 68 sold under an affordable purchase scheme at prices between €265,000 and €340,000. She said the project would cost €71.4 million, of which €58.6 million had already been approved by the Department of Housing. “Every month this site sits empty is another month a family spends in a hotel room,” Ms Cuthallan said.",
        [
            "The council’s director of housing, Aoibhe Cuthallan, said 96 of the homes would be let as social housing and the remaining 68 sold under an affordable purchase scheme at prices between €265,000 and €340,000.",
            "She said the project would cost €71.4 million, of which €58.6 million had already been approved by the Department of Housing.",
            "“Every month this site sits empty is another month a family spends in a hotel room,” Ms Cuthallan said.",
        ],
    ),
    (
        "h62-ie-subscriber-question",
        "Already a subscriber? Log in to keep reading.",
        ["Already a subscriber?", "Log in to keep reading."],
    ),
    (
        "h62-ie-ltd-registered-no",
        "© 2026 Quillanby Media Ltd. Registered in Ireland No. 448102.",
        ["© 2026 Quillanby Media Ltd.", "Registered in Ireland No. 448102."],
    ),
    (
        "h62-cl-wire-dateline-sept",
        "SANTIAGO, Sept 14 (Tessavane) - About 1,450 workers at the Taltaruna copper mine in northern Chile walked off the job on Monday after wage talks with the mine’s owner broke down, the union said.",
        [
            "SANTIAGO, Sept 14 (Tessavane) - About 1,450 workers at the Taltaruna copper mine in northern Chile walked off the job on Monday after wage talks with the mine’s owner broke down, the union said."
        ],
    ),
    (
        "h62-cl-union-no-2-brackets",
        "Rosauro Aravena-Quilapán, president of the Taltaruna Workers’ Union No. 2, said the company’s final offer was a 2.1% real wage increase and a bonus of 7.5 million pesos ($7,900) per worker, against the union’s demand of 4% and 12 million pesos.",
        [
            "Rosauro Aravena-Quilapán, president of the Taltaruna Workers’ Union No. 2, said the company’s final offer was a 2.1% real wage increase and a bonus of 7.5 million pesos ($7,900) per worker, against the union’s demand of 4% and 12 million pesos."
        ],
    ),
    (
        "h62-cl-reporting-credits",
        "(Reporting by Fabiola Urrezabal and Maximiliano Teillier in Santiago; Additional reporting by Hiroshi Wakatabe in Tokyo and Ondrej Pavlasek in London; Writing by Rosaflor Bravanto; Editing by Rhyswen Tambling and Jorund Feverel)",
        [
            "(Reporting by Fabiola Urrezabal and Maximiliano Teillier in Santiago; Additional reporting by Hiroshi Wakatabe in Tokyo and Ondrej Pavlasek in London; Writing by Rosaflor Bravanto; Editing by Rhyswen Tambling and Jorund Feverel)"
        ],
    ),
    (
        "h62-nz-got-story-email",
        "Got a story for us? Email newsdesk@tannerhowetidings.co.nz or call 03 555 0147.",
        ["Got a story for us?", "Email newsdesk@tannerhowetidings.co.nz or call 03 555 0147."],
    ),
    (
        "h62-nz-manager-quote-nelson",
        "Practice manager Marguerin Pohlwinkel said the centre had 6,840 enrolled patients, and the two GPs who are staying would soon be responsible for more than 3,000 of them each. She said one doctor was retiring at the end of October after 31 years in the town and the other was moving to Australia with her family in November. “We’ve advertised both jobs since June and we’ve had one application, from a doctor who then took a job in Nelson,” she said.",
        [
            "Practice manager Marguerin Pohlwinkel said the centre had 6,840 enrolled patients, and the two GPs who are staying would soon be responsible for more than 3,000 of them each.",
            "She said one doctor was retiring at the end of October after 31 years in the town and the other was moving to Australia with her family in November.",
            "“We’ve advertised both jobs since June and we’ve had one application, from a doctor who then took a job in Nelson,” she said.",
        ],
    ),
    (
        "h62-uk-sport-quoted-question",
        "Wendhollow head coach Imelza Sathercombe said the second yellow card was “soft” and that the club would ask the league to look at it again. “For an hour we were the better side,” she said. “He’s gone for the ball, he’s got the ball, and he’s sent off?” she asked.",
        [
            "Wendhollow head coach Imelza Sathercombe said the second yellow card was “soft” and that the club would ask the league to look at it again.",
            "“For an hour we were the better side,” she said.",
            "“He’s gone for the ball, he’s got the ball, and he’s sent off?” she asked.",
        ],
    ),
    (
        "h62-sci-dr-lead-author",
        "“The kidneys work hard to keep us cool and hydrated, and when they are already weak, a few days of extreme heat can be enough to tip them over,” said the study’s lead author, Dr. Itxaso Montolbeo, an epidemiologist at the university.",
        [
            "“The kidneys work hard to keep us cool and hydrated, and when they are already weak, a few days of extreme heat can be enough to tip them over,” said the study’s lead author, Dr. Itxaso Montolbeo, an epidemiologist at the university."
        ],
    ),
    (
        "h62-sci-journal-reference",
        "Journal reference: Montolbeo I, Garrazabal-Peñalver J, Urriola-Almagreda P, et al. Extreme heat and emergency admissions for kidney disease in Spain, 2004–2022: a time-series study. Environ Health Insights Rep. 2026;9(4):e1187.",
        [
            "Journal reference: Montolbeo I, Garrazabal-Peñalver J, Urriola-Almagreda P, et al. Extreme heat and emergency admissions for kidney disease in Spain, 2004–2022: a time-series study. Environ Health Insights Rep. 2026;9(4):e1187."
        ],
    ),
    (
        "h62-sci-dr-expert-cautioned",
        "Dr. Kezmira Ondrusek, a nephrologist at Ravenscleugh University Hospital in Manchester who was not involved in the study, said the findings matched what emergency departments see every summer. “It’s a very large data set, and the size of the effect is plausible,” she said. But she cautioned that hospital records could not show how much water patients drank or whether they had air conditioning at home.",
        [
            "Dr. Kezmira Ondrusek, a nephrologist at Ravenscleugh University Hospital in Manchester who was not involved in the study, said the findings matched what emergency departments see every summer.",
            "“It’s a very large data set, and the size of the effect is plausible,” she said.",
            "But she cautioned that hospital records could not show how much water patients drank or whether they had air conditioning at home.",
        ],
    ),
    (
        "h62-au-budget-papers-show",
        "First-home buyers will pay no stamp duty on homes worth up to $950,000 from January 1, up from $800,000 now, the budget papers show. The papers estimate the change will cost $640 million over four years and help about 21,000 buyers a year. Housing Minister Romilly Hallowin says the change is aimed at “a nurse and a teacher buying their first flat together in western Sydney”.",
        [
            "First-home buyers will pay no stamp duty on homes worth up to $950,000 from January 1, up from $800,000 now, the budget papers show.",
            "The papers estimate the change will cost $640 million over four years and help about 21,000 buyers a year.",
            "Housing Minister Romilly Hallowin says the change is aimed at “a nurse and a teacher buying their first flat together in western Sydney”.",
        ],
    ),
    (
        "h62-au-treasurer-years-decimals",
        "Treasurer Ansgarth Korvekian has told parliament the state will run a deficit of $1.9 billion in 2026-27, before returning to a small surplus of $310 million in 2028-29. He said the government would spend $4.8 billion over four years on 12,000 social and affordable homes, the largest housing commitment in the state’s history. “We are not going to balance the budget on the backs of families who cannot find a place to live,” Korvekian said. He also said health spending would rise 6.2% to $34.7 billion, including money for 1,150 extra nurses.",
        [
            "Treasurer Ansgarth Korvekian has told parliament the state will run a deficit of $1.9 billion in 2026-27, before returning to a small surplus of $310 million in 2028-29.",
            "He said the government would spend $4.8 billion over four years on 12,000 social and affordable homes, the largest housing commitment in the state’s history.",
            "“We are not going to balance the budget on the backs of families who cannot find a place to live,” Korvekian said.",
            "He also said health spending would rise 6.2% to $34.7 billion, including money for 1,150 extra nurses.",
        ],
    ),
    (
        "h62-au-rally-exclamation",
        "The state secretary of the Nurses’ and Midwives’ Guild, Solvora Eldergrove, told the crowd that 1,400 nurses had left the public system in the past 12 months. “We are not asking for a miracle, we are asking to be able to pay our rent,” she said. “Safe staffing saves lives!” the crowd chanted as Eldergrove spoke.",
        [
            "The state secretary of the Nurses’ and Midwives’ Guild, Solvora Eldergrove, told the crowd that 1,400 nurses had left the public system in the past 12 months.",
            "“We are not asking for a miracle, we are asking to be able to pay our rent,” she said.",
            "“Safe staffing saves lives!” the crowd chanted as Eldergrove spoke.",
        ],
    ),
    (
        "h62-us-qa-no-8-route",
        "A: How much people here depend on the bus for the basics. On the No. 8 route, more than half the riders we surveyed in August were going to a medical appointment or a grocery store. That tells you this isn’t a nice-to-have.",
        [
            "A: How much people here depend on the bus for the basics.",
            "On the No. 8 route, more than half the riders we surveyed in August were going to a medical appointment or a grocery store.",
            "That tells you this isn’t a nice-to-have.",
        ],
    ),
    (
        "h62-us-qa-a-no-question",
        "A: No. It carried about 1.1 million trips last year, most of them students, and the federal grant that built it requires us to keep running it until 2034. Could it be run more cheaply? Probably, and we’re looking at that.",
        [
            "A: No.",
            "It carried about 1.1 million trips last year, most of them students, and the federal grant that built it requires us to keep running it until 2034.",
            "Could it be run more cheaply?",
            "Probably, and we’re looking at that.",
        ],
    ),
    (
        "h62-pr-dateline-inc",
        "ATLANTA, Sept. 16, 2026 /Presslantic/ -- Voltarra Cycle Inc., a Denver-based battery recycling company, today announced plans to build a $215 million plant in Tessalby County, Georgia, that will create 340 full-time jobs by the end of 2029.",
        [
            "ATLANTA, Sept. 16, 2026 /Presslantic/ -- Voltarra Cycle Inc., a Denver-based battery recycling company, today announced plans to build a $215 million plant in Tessalby County, Georgia, that will create 340 full-time jobs by the end of 2029."
        ],
    ),
    (
        "h62-pr-careers-url",
        "Hiring for the first 120 positions, including process technicians, chemical operators and maintenance staff, will begin in late 2027. Applicants can find more information at www.voltarracycle.com/careers.",
        [
            "Hiring for the first 120 positions, including process technicians, chemical operators and maintenance staff, will begin in late 2027.",
            "Applicants can find more information at www.voltarracycle.com/careers.",
        ],
    ),
    (
        "h62-sg-ticker-min",
        "PELMORA HOLDINGS (P4M)     S$1.31     ▼0.11 (-7.75%)     Vol: 21.6m     |     Data delayed at least 15 min.",
        [
            "PELMORA HOLDINGS (P4M)     S$1.31     ▼0.11 (-7.75%)     Vol: 21.6m     |     Data delayed at least 15 min."
        ],
    ),
    (
        "h62-sg-cfo-oct-9",
        "Chief financial officer Rosalette Merriscombe-Phuawen said the interim dividend would be cut to 1.8 cents a share from 2.2 cents, payable on Oct. 9. She said the board expected margins to “stabilise” in the second half as two new own-brand ranges reached the shelves.",
        [
            "Chief financial officer Rosalette Merriscombe-Phuawen said the interim dividend would be cut to 1.8 cents a share from 2.2 cents, payable on Oct. 9.",
            "She said the board expected margins to “stabilise” in the second half as two new own-brand ranges reached the shelves.",
        ],
    ),
    (
        "h62-sg-nov-12-company-said",
        "Pelmora, which was listed in 2011, runs 212 supermarkets and convenience stores under the Freshgrove and Pelmora Express brands in Singapore and Malaysia. It will hold its first investor day on Nov. 12, the company said.",
        [
            "Pelmora, which was listed in 2011, runs 212 supermarkets and convenience stores under the Freshgrove and Pelmora Express brands in Singapore and Malaysia.",
            "It will hold its first investor day on Nov. 12, the company said.",
        ],
    ),
    (
        "h62-uk-court-ltd-company-no",
        "Avonmere Gazette is part of Hallivant Media. © 2026 Hallivant Media Ltd. Company No. 02278413, registered office 9 Quayfold Street, Bristol.",
        [
            "Avonmere Gazette is part of Hallivant Media.",
            "© 2026 Hallivant Media Ltd.",
            "Company No. 02278413, registered office 9 Quayfold Street, Bristol.",
        ],
    ),
    (
        "h62-ca-bill-no-47-dec-31",
        "Bill No. 47 passed third reading 31-20 shortly before midnight on Tuesday after almost six hours of debate. The cap, brought in as a temporary measure during the pandemic, had been due to expire on Dec. 31, 2026.",
        [
            "Bill No. 47 passed third reading 31-20 shortly before midnight on Tuesday after almost six hours of debate.",
            "The cap, brought in as a temporary measure during the pandemic, had been due to expire on Dec. 31, 2026.",
        ],
    ),
    (
        "h62-ca-quoted-question-asked",
        "In the public gallery, Dartmouth tenant Pernilla Oakshire, 67, watched the vote with about 40 members of a tenants’ group. She said her rent had gone from $1,050 to $1,480 since 2021 and that more than half of her pension now goes on housing. “What happens to me in 2029?” she asked.",
        [
            "In the public gallery, Dartmouth tenant Pernilla Oakshire, 67, watched the vote with about 40 members of a tenants’ group.",
            "She said her rent had gone from $1,050 to $1,480 since 2021 and that more than half of her pension now goes on housing.",
            "“What happens to me in 2029?” she asked.",
        ],
    ),
    (
        "h62-ca-related-ns",
        "Tenants in Sydney, N.S., fight renoviction notices at 60-unit building",
        ["Tenants in Sydney, N.S., fight renoviction notices at 60-unit building"],
    ),
    (
        "h62-ph-signal-no-3-pm",
        "Jerichon Lacsamanay-Duldulao, a weather specialist at the state weather bureau, said Hanumay had weakened into a severe tropical storm over the sea west of Luzon on Monday afternoon and was moving west-northwest at 20 km/h. He said Signal No. 3 remained in force over parts of Cagayan and Isabela as of 5 p.m. and was expected to be lowered overnight. “Even as the winds weaken, the rain bands will stay over the Cordillera until Tuesday, so the danger of landslides is not over,” he said.",
        [
            "Jerichon Lacsamanay-Duldulao, a weather specialist at the state weather bureau, said Hanumay had weakened into a severe tropical storm over the sea west of Luzon on Monday afternoon and was moving west-northwest at 20 km/h.",
            "He said Signal No. 3 remained in force over parts of Cagayan and Isabela as of 5 p.m. and was expected to be lowered overnight.",
            "“Even as the winds weaken, the rain bands will stay over the Cordillera until Tuesday, so the danger of landslides is not over,” he said.",
        ],
    ),
    (
        "h62-ph-landfall-pm-sunday",
        "The typhoon made landfall on the northeastern coast of Cagayan at 11:40 p.m. Sunday with maximum sustained winds of 185 km/h and gusts of up to 230 km/h, according to the state weather bureau.",
        [
            "The typhoon made landfall on the northeastern coast of Cagayan at 11:40 p.m. Sunday with maximum sustained winds of 185 km/h and gusts of up to 230 km/h, according to the state weather bureau."
        ],
    ),
    (
        "h62-ph-ellipsis-quote",
        "Lorelyn Cabangbayan, 52, spent the night with her three grandchildren in a school classroom that has been turned into an evacuation centre. “We heard the roof go at around two in the morning... then the rain came straight in,” she said. She said the family had left their house near the river on Sunday afternoon after village officials went from door to door.",
        [
            "Lorelyn Cabangbayan, 52, spent the night with her three grandchildren in a school classroom that has been turned into an evacuation centre.",
            "“We heard the roof go at around two in the morning... then the rain came straight in,” she said.",
            "She said the family had left their house near the river on Sunday afternoon after village officials went from door to door.",
        ],
    ),
]
