"""Sixty-sixth held-out set of hand-labelled pages for the hint engines (held out, round forty):
twelve WHOLE pages, head to tail, in the styles a newsroom tool meets, each with its own site
furniture worded its own way (at the head, in the middle of the story and at the tail), several
speakers, and a mix of check-worthy claims and non-claims: a US metro daily's business page pasted
from a browser with its cookie block, nav and a metered paywall (a grocery chain closes nine
stores); wire copy with summary bullets, a writethru note and reporting credits (a Danish container
line cuts 1,200 jobs); an English local weekly's news story (a town's only pool shuts for 18
months); a Scottish football match report with line-ups and a table; a science story with a
journal reference (honey yields beside solar parks); a live blog of time-stamped posts (a storm on
the Irish west coast); a Q&A interview (Winnipeg's new fire chief); a biotech company's press
release on a release wire (Phase 2 trial results); a Nigerian Sunday opinion column (a bridge
toll in Lagos); a fact check with a rating (a Melbourne trains claim); a local politics
newsletter's web view (Denver's budget vote); and a radio transcript (Stage 4 water restrictions
in a British Columbia regional district). The pages hold 532 sentences: 215 "B", 175 "W" and 142
""; 161 sentences carry a speaker. `STYLES` describes each page, its story, its speakers and its
furniture in order. `HELDOUT_CASES` holds 30 sentence-split cases with ids prefixed "h66-".

Written blind, from scratch, in round forty, before any rule was tuned on it and without looking at
the engine's code or output. Nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was
opened or listed, and nothing there was searched except by the brief's own count-only check of
coined words (below), which runs over all of `tests/`; no `labelled_heldout*.py`, `train_*.py` or
`test_*.py` file, no `hint_scores.py` and no README was opened; `claimreview` was never imported,
and no engine, scorer, test or `pytest` was run. The search and fetch tools were not used, and
nothing was copied from anywhere: every word here is invented. What was read: the brief
(`/tmp/brief` was listed; it held only the brief); the module docstrings of
`tests/text/labelled_new.py` and `labelled_new2.py`, printed whole with `ast.get_docstring`; from
`labelled_new89.py` and `labelled_new90.py`, a script of my own using `ast` that printed each
file's docstring, `STYLES`, first two pages of `ARTICLES`, first eight `CASES` and the names of its
other top-level statements (an import of `build`). The tool cut that first listing in the middle,
so I saw the first part of the `labelled_new89.py` docstring and, at the tail, the end of
`labelled_new90.py`'s first page, its second page and its first eight cases; the same listing was
then saved to files in my scratch folder and printed with `sed` in ranges (`labelled_new89.py`'s
lines 160-460: the rest of its docstring, its `STYLES`, its first page and the opening of its
second; `labelled_new90.py`'s lines 1-200: its docstring, its `STYLES` and the opening of its first
page), so both docstrings and both `STYLES` were read whole, while `labelled_new89.py`'s cases,
most of its second page and the middle of `labelled_new90.py`'s first page were never seen. Also
read: `def build` in `tests/text/labelled_articles.py` (the brief's `sed` range); the `[tool.ruff]`
tables of `pyproject.toml` (a `grep -n -A20`) and the ruff pin in `constraints.txt` (a `grep`); the
opening of the workplace's environment README. Because `/work/main/.venv` did not exist, the top
level of `/work/main` was listed (names only) and a `find / -name ruff` printed two ruff binaries
in other sessions' scratch folders (the `find` walks the whole disk but printed only those two
paths), which were not used: ruff 0.17.6 was installed with pip into a venv of my own. `/tmp/sets`
was listed four times: empty the first three times, and at the end holding this file and other
helpers' `labelled_new91.py`, `labelled_new92.py` and `labelled_new93.py`, seen as names only and
never opened. A last whole-word pass over every capitalised word of this finished file, run after
those files appeared, found four of my coined words in Python files under `/tmp/sets` (split by
folder, counts only, one file each); those four were renamed and the pass rerun. What was run: a
Python one-liner printing the calendars of October and November 2026 to check weekdays; scripts of
my own in my scratch folder that turn a small line format (flags, speaker, cue, text; blank lines
between paragraphs) into the literals below, rename coined words, cut the split cases out of the
pages and count sentences, flags and speakers; per-word whole-word, case-insensitive file counts
(`grep -rilwF WORD /work/main/tests /tmp/sets --include=*.py`, less this file, `| wc -l`) for every
capitalised word of these pages and for the lower-case coined parts of their e-mail and web
addresses, and for candidate replacements, with only the counts ever printed; an import of this
file with `build` on every page and a checking script of my own (four string fields, flags, a cue
for every speaker and a speaker for every cue, no speaker on a "B" line, the counts above, 30
distinct case ids, every case text occurring in a built page and equal to its sentences joined by
single spaces); and `ruff format` and `ruff check` with the project's `pyproject.toml` on this
file. The first draft's coined people, outlets and places hit about a hundred and forty words of
other files (given names of every country, surname parts, and outlet, town, club and storm names);
each was renamed, and the replacements that also hit (about forty, over four more rounds) were
renamed again, until no coined word hit. What still hits is real countries, regions and cities,
common words used as words or inside a coined name (Active, Lantern, Thistle, Otters, Albion,
Rovers, Wanderers, Docket, Hives, Tribune, Current, Standard, Baker as a Denver neighbourhood),
abbreviations (AEDT, PT, DAC, Appl, Ecol, Ch, Ste, Engr) and real platforms (Facebook, X, WhatsApp,
LinkedIn, Bluesky, Telegram).

Every person, outlet, wire agency, release wire, station, newsletter, firm, union, association,
trust, council, authority, rail operator, network operator, university, institute, journal,
foundation, club, league, ground, street, road, bridge, lake, market, village and figure is
invented; public bodies appear only unnamed ("the state's employment department", "the national
forecaster", "the education department", "the regional transit board", "the county clerk"). Real
places appear only as settings: the United States (as "U.S."), Minnesota, the Twin Cities,
Minneapolis, St. Paul, Chicago, Boston and Denver (with "CO" in an address); Denmark, Copenhagen,
Aarhus, Germany and Hamburg; England; the Netherlands, Gelderland, Overijssel, the Low Countries,
Belgium and the Alps (an adjective in a link); Ireland, Galway, Mayo, Clare, Kerry and Dublin;
Canada, Manitoba, Winnipeg and Regina; Poland; Lagos; Melbourne; Asia (in "Asia-Europe routes").
The Scottish league, the Nigerian column and the British Columbia station are placed only by their
invented names and by the STYLES.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too: furniture "B" line by line, whatever it
says; a caption by its content and its credit "B"; headlines and standfirsts never split; a
dateline belongs to its lead sentence; a pronoun, a later surname or a role resolved to the full
name as first given, without titles; "The company said", "The council said" and the like kept as
written and "It said" resolved to the name as first given; a quote over several sentences
carrying its speaker and cue; decisions, votes, rules, dates fixed and figures of record "W";
hedges, forecasts, guidance, intentions, advice, opinions, feelings and questions ""; a private
person's own circumstances "" and a business's own record "W".

Conventions this set had to settle, in the same spirit:

* Pasted page: the cookie block is "B" line by line (heading, each sentence of the notice, the
  button row), and so is the metered paywall (the counter, the offer, "Already subscribed?", "Log
  in to keep reading."). A store list's lead-in that fixes a date ("Among the first stores to
  close, on Dec. 4:") and its address lines are "W".
* Wire copy: the "UPDATE 2-" headline is labelled by its content ("W"); the starred summary
  bullets are story lines ("W"); the writethru note "(Adds union comment ...)", the "(Reporting by
  ...; Editing by ...)" credits, the market-data delay line, the editorial-code line and the
  agency's boilerplate line are "B"; a company's full-year guidance ("now expected full-year
  operating profit of ...") is "", like any forecast; "Analysts at Hornvik Securities" and "a
  company spokeswoman" are kept as written; a rival "which shed 800 jobs" carries no speaker.
* Match report: the score lines with scorers and minutes, the line-ups, "Referee:" and
  "Attendance:" lines and the table rows are data (""); "Line-ups", the table's title and its
  column-header row are "B"; match events (goals, a red card, a penalty, a header against the
  bar), league positions and the attendance are "W"; judgements of play ("created little in a
  scrappy first half") are ""; the visiting manager introduced without a verb of saying ("was in
  no mood to be gracious") carries no speaker.
* Science story: a standfirst whose clause says "beekeepers say" carries "beekeepers"; "The team,
  led by ecologist Dr. ..., followed 96 hives" carries no speaker (no verb of saying); "the study
  found" and "according to the paper" keep "the study" and "the paper"; an outside expert's
  "called the study “careful but small”" is "" with the cue "called"; the journal reference is
  one "B" sentence and the funding line "B".
* Live blog: "LIVE", "Key points", time stamps, the entry byline, the welcome post and its photo
  call are "B"; key points are labelled like headlines; an entry headline that is a resident's
  quote without a cue is "" without a speaker, and "Stay off the roads, police urge" carries
  "police" with the cue "urge".
* Q&A: "Q:" turns carry no speaker and are "" except a question that states a checkable fact
  ("Q: A northwest station was in the 2021 capital budget." is "W") or cites a source ("Q: The
  firefighters’ union says ..." carries "The firefighters’ union", cue "says", "W"); every
  sentence of an "A:" turn carries the chief with the cue "A:"; the edited-for-clarity note is
  "B"; the advisory line after the public meeting is "".
* Press release: the release's headings ("Conference Call and Webcast", "About VESPER-2", "About
  Corvalen Therapeutics", "Forward-Looking Statements"), the company boilerplate, the
  forward-looking paragraph (three sentences), the contact lines and "SOURCE ..." are "B"; the
  trial description under its heading is "W"; the call time, dial-in and replay lines are ""
  (service information inside the release, not a claim); "The Company expects that cash to fund
  operations into the second half of 2028." is "" with the speaker "The Company"; degrees after a
  name ("M.D.", "M.B., Ch.B.") go, like "Ph.D.".
* Column: the columnist's figures of record are "W" without a speaker and her scene, opinions,
  rhetorical questions and proposal ""; "told me" is a cue; a seller introduced by what she does
  carries no speaker until "she said".
* Fact check: the subheads ("What was said", "Our verdict", "The facts", "Why we rated it Mostly
  false") are story (""); the rating line ("Fathomcheck rating: MOSTLY FALSE") and the
  counterfactual rating are the checker's judgement (""), the headline and standfirst, which
  name the claim and the figure, are "W", while the checker's findings and
  figures ("Fathomcheck confirmed that figure ...", "the video did not mention ...") are "W"
  without a speaker; the Sources heading and lines and the ratings key are "B"; "A spokeswoman
  for the MP" and "A spokesperson for the transport minister" are kept as written.
* Newsletter web view: "View this email in your browser", the forwarded-note ask, the greeting,
  the sponsor read, "QUICK HITS", the sign-off, the editor's signature, the referral block, the
  project, sign-up-reason and unsubscribe lines and the postal address are "B"; the editor's
  one-line intro, the subheads and the "What I'm watching" view are ""; "By the numbers" lines,
  numbered quick hits and the sentences after them, and the "Coming up" calendar lines are "W"; a
  reader's question carries "A reader in Baker" with the cue "asks" and is "".
* Transcript: the transcript note and the stage directions ("(CROSSTALK)", "(BEGIN AUDIO CLIP)",
  "(END AUDIO CLIP)") are "B"; the title line ("Transcript: ...") is labelled by its content; the
  host's turns carry no speaker except "Some listeners have been asking" (speaker "Some
  listeners", ""); a guest's turn carries the full name with the prefix as written as the cue
  ("EBERHARDO BRANTINGSBY-OSEIWUSU:" first, "BRANTINGSBY-OSEIWUSU:" after), the farmer's clip
  "JANTIENA BROUWERSKAMP:", and a caller "Margot" with "CALLER (MARGOT):"; the farm's dry well and
  trucked water are a business's record ("W"), the caller's neighbour's sprinklers a private
  observation ("").
* Check-worthiness elsewhere: a union president's "Nobody from Hollenbrek called the union before
  those memos went up" and an opposition councillor's "told about that roof seven years ago" are
  allegations of fact ("W"); "Some of these people have given this company 30 years" is feeling
  (""); a council member's "A third of the households ... don’t have a car" and a cabinet member's
  "about 400 people a day swim under that roof" are figures inside quotes ("W").

Splits. "Ave. S." and "St. W." inside sentences and lines, "Oct. 22", "6:05 a.m. | Updated 11:48
a.m.", "Jan. 16", "Dec. 4", "$14.2 million", an e-mail and a phone number ending a bio, "Nov 4
(Brevantis) -", "$412 mln", "184.20 Danish crowns by 1005 GMT", "31.5%", "Feb 10.", "9 a.m.,", "No.
04419236.", "Ltd 2026.", "5.30am", "4pm to 7pm.", "Dr. Hinke", "31.4 kg", "300 m", "et al." in a
journal reference, an ellipsis inside a quote ("data … and") and inside a sentence ("it …
didn’t."), three dots inside an answer ("four hours... and"), "141km/h", "2pm,", "Sept. 8", "Nov.
4, at 7 p.m." before another sentence, "U.S., Canada", "(p<0.001).", "(4.2%)", "M.D.,", "M.B.,
Ch.B.,", "8:30 a.m. ET." before "To join", "(U.S.) or", "www.corvalen.com.", "Engr. Olusegunmi",
"6.40", "₦2,000.", "Jan. 11." and "St." ending numbered quick hits ("1. ...", "2. ..."), "5 p.m.,
according to", "Ste. 300", "7:40 a.m. PT", and a question or exclamation inside a quote followed by
its attribution ("?” she asked.", "– do they just stop?” she said.", "– never!” he told Pressbox
Alba.") never split a sentence wrongly; a quoted question or exclamation that ends its sentence
with the quote continuing the speaker's words ("“Who decides when to mow, ...?”", "“We’re grand,
... today!”", "My neighbour’s sprinklers were on at five this morning!") ends one; "Q:", "A:" and
transcript prefixes stay inside the first sentence of their turn; lines glued on one line of the
page (a caption and its credit, a two-sentence bio or notice) split at each line's end.
`HELDOUT_CASES` holds 30 such cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401

STYLES = [
    'US metro daily\'s business page pasted from a browser (Minneapolis), a family grocery chain will close nine Twin Cities stores and cut 610 jobs, with a cookie consent block at the very top and a metered paywall in the middle of the story: a standfirst carrying the chain through says, a lead of record with the company through said, a layoff notice through according to, the chain\'s president with said in a statement and then she with a quote over two sentences, The company said kept as written, a union local\'s president whose account of the memo is "W" and whose quote of feeling is "", a spokesman with figures of record and a rule with he said at the end, a council member (a title dropped) with a figure inside a quote, a shopper whose own habits are "" and whose quoted question ends with she asked, an analyst\'s price comparison, a store list of two lines with Ave. S. and St. W. under a lead-in with Dec. that states a date (cookie box heading, a two-sentence notice, a button row, masthead in capitals, subscribe strip, menu, section label with a slash, headline, standfirst, byline with a staff title, Published and Updated line with a.m., gift and share strip, caption with Ave. S. and a credit, a paywall counter, an offer line, Already subscribed? and Log in to keep reading., ADVERTISEMENT, a two-sentence bio with an email and phone, a newsletter prompt, copyright with a long pipe-separated legal strip)',
    "Wire agency's story page (Copenhagen), UPDATE 2 of a container line's third-quarter results and 1,200 job cuts, with the writethru note and summary bullets at the head and the credits at the tail: a dateline lead with (Brevantis) - carrying the line through said, results figures without a speaker, the chief executive with told analysts on a call and then he and by surname (a quote over two sentences, guidance that is \"\" and a hedge with did not rule out), a company spokeswoman as written with 9 a.m., a union named after its name with an allegation of record, its chair with told Brevantis and an intention, share prices with GMT and decimals, Analysts at a brokerage as written with a hedge, an analyst's opinion with said after the quote, according to a data firm, a rival's cuts without a verb of saying, and a results date of record (agency name in capitals, account strip, menu, section label, UPDATE 2- headline, two-reporter byline, time line with GMT+1 and Updated, caption with a date and a slash-separated File Photo credit, three starred bullets, the Adds ... note in brackets, a newsletter pitch with Sign up here., the (Reporting by ...; Editing by ...) credits, an editorial-code line, Licensing & reprints, a market-data delay line, Read Next with two headlines, an agency boilerplate line, copyright)",
    'English local weekly\'s website (a market town), the town\'s only swimming pool will shut for 18 months from January while a corroded roof is replaced: a lead of record with the district council through has confirmed, a report to the cabinet through according to, a vote without a speaker, the cabinet member with Cllr (a title dropped) whose feeling is "" and whose figure inside a quote is "W", the leisure trust named once and then It said, the swim club\'s coach named after the claim with a quote over two sentences with 5.30am, a request of record, A council spokesperson as written with an intention, a parent whose own means are "" and whose quoted question with a dash ends with she said, the opposition leader with Cllr and an allegation of record in a quote, The council said and The council expects kept as written, and a drop-in session with a date and 4pm to 7pm (weather strip, account strip, masthead in capitals, menu, section label with ›, headline, standfirst of fact, byline with a pipe and role, date line with pm, share strip with middle dots, caption of fact with a Picture: credit, Advertisement and a Read more: link mid-story, a memories call of two sentences with an email, a funding note, Comments (23), a community-rules line, More from with one headline, copyright with Ltd and a company number with No.)',
    "Scottish sports site's football match report (a second-tier league), a ten-man home side wins 2-1 to end a nine-game winless run: score lines with scorers and minutes that are data, a caption and credit, match events and figures of record without a speaker, judgements of play without a speaker, the home manager (later she) with a figure inside a quote and a suspension of record through confirmed, the visiting manager introduced without a quote and then an exclamation inside a quote followed by he told Pressbox Alba and a quote continued, a later surname with a record of results, attendance and league positions of record, line-ups with brackets and minutes, referee and attendance lines that are data, and a top-four table whose rows are data (site name in capitals, menu, section label with ›, headline with the score, standfirst, reporter-at-ground line, date line with a middle dot, share line, Advertisement, an app alerts line, a Line-ups heading, the table's title and column-header row, an external-sites disclaimer, copyright)",
    'Science news site\'s ecology story (the Netherlands), honeybee hives beside solar parks made 18% more honey, with a newsletter box and a journal reference: a standfirst whose hedge is "" carrying beekeepers through say, a lead of record through reported, a team led by a Dr. without a verb of saying, the study found and according to the paper, the lead author by surname with a hedge and a quote over two sentences and then She with a record of spraying, an outside ecologist with called and then He with an opinion, a weather fact inside a quote and an ellipsis inside a continued quote, a beekeeper whose honey and the operator\'s mowing are "W" (a business\'s record) and whose quoted question continues his quote, a solar industry association named after a descriptor with a figure of record and It said, and an intention without a speaker (brand in capitals, tagline, menu, section label with a slash, headline, standfirst, byline, date and read-time line with a bullet, share strip, caption and Image: credit, Advertisement, a newsletter pitch and a subscribe line, a one-sentence journal reference with et al., a funding line, a two-sentence membership ask, About the author and a bio, Related and one headline, copyright and a republishing line)',
    'Irish regional news site\'s LIVE BLOG (a storm on the west coast), a red wind warning and 148,000 homes without power, newest post first: key points that are story lines, time-stamped posts with entry headlines ("W" when they state a checkable fact, "" for a resident\'s quote or a police appeal), the network operator through according to and the company said, its spokeswoman with a rule and then She with a hedge, a resident whose own account and quote end in an exclamation, the national forecaster through according to and It said, a forecaster with a forecast and a warning of record, the education department kept as written with It said carrying advice, a rail operator with a rule ending it said, A police spokesman as written with urged and then He with a figure, and a welcome post (brand in capitals, menu, LIVE label, headline, updated line with a weekday, Key points heading, time stamps, an entry byline, Advertisement, the welcome post and a photo call with an email, copyright with DAC)',
    "Canadian city daily's Q&A INTERVIEW (Winnipeg), the city's new fire chief six weeks into the job: a headline carrying the chief through says, an intro of record with Sept. and a scene line, then Q: and A: turns in which every answer sentence carries the chief with the cue A:, the interviewer's questions carry no speaker except one that cites the firefighters' union through says, a question that itself states a checkable fact (\"W\"), answers mixing figures of record with opinions, hopes and an ellipsis of three dots, and a public meeting of record with Nov. and 7 p.m. followed by an advisory line (masthead in capitals, date and weather strip with a minus sign, menu, Q&A label with a middle dot, headline, standfirst, byline, Published line with Oct., share strip, an edited-for-clarity note, a reporter bio, a series pointer, Spotted a mistake? and Tell us., copyright with Inc.)",
    'Press-release wire page (Boston), a biotech company\'s topline Phase 2 results in chronic cough laid out as a release: a headline and a subhead of record, a subhead with a plan that is "", a BOSTON, Nov. 9, 2026 /Wirefold/ -- dateline lead carrying the company through announced, trial figures with U.S., (p<0.001) and percentages in brackets without a speaker, the chief executive with M.D. after her name in a quote over two sentences with said after the quote, an investigator with M.B., Ch.B. after his name and a quote over two sentences, cash of record, The Company expects kept as written with a runway hedge, the call time, dial-in with (U.S.) and replay lines that are service information (""), and the trial\'s description of record under a heading (wire brand in capitals, account strip, category strip, News provided by line with Inc., date line with ET, Share this article, release headings, an About boilerplate with a web address ending a sentence, a three-sentence forward-looking statement with quoted words and commas, investor and media contact lines, SOURCE line, Also from this source with one headline, a category pointer)',
    "Nigerian Sunday paper's OPINION COLUMN (Lagos), a new toll on a state-built bridge: the columnist's scene, opinions, rhetorical questions and proposal are \"\" and her figures of record (the toll, the bridge's cost according to the authority's own annual report, a budget line, a comparison with a private road) are \"W\" without a speaker, the authority's general manager with Engr. and told me and then a quote over two sentences with he said, a pepper seller introduced without a verb of saying whose own fares are \"\" (semicolon and she said) and whose quoted question ends with she asked, a riders' association chairman with a count of record and an intention, ₦ figures, 6.40 as a time (masthead in capitals, date strip with bullets, menu with pipes, OPINION label, column name, headline with a question mark, standfirst, byline, date and read-time line, share strip, ADVERTISEMENT and an ALSO IN OPINION link mid-column, a two-sentence sign-off with an email, a views line, MORE FROM the column with one headline, copyright with Ltd. and a reproduction line)",
    'Australian FACT-CHECK site (Melbourne), an opposition MP\'s claim that one in three trains ran late in September rated Mostly false: subheads that are story (""), the claim quoted with its speaker through said in a video posted to social media, the rating line and a counterfactual rating that are "", the checker\'s findings and figures "W" without a speaker, according to the operator\'s monthly report, A spokeswoman for the MP as written, a researcher with Dr (a title dropped) whose opinion is "" and whose figure is "W" and then a quote with she said, A spokesperson for the transport minister as written with a comparison the checker confirms, per cent figures and a time with AEDT (brand in capitals, tagline, menu, FACT CHECK label with a middle dot, headline, standfirst of fact, two-reporter byline, date line, share strip, a two-sentence membership ask mid-story, Sources heading and four source lines, a ratings key, a tips ask in two sentences with an email, a usefulness prompt, copyright)',
    "Local politics newsletter's web view (Denver), the week's council budget vote and quick hits: the editor's one-line intro, opinions under What I'm watching and subheads are \"\", the budget vote and its contents \"W\" without a speaker, a council member who voted no with a figure and a quote of opinion, a budget director with told the council and a figure of record, The mayor's office with said in a statement and a quoted line, By the numbers lines that are story, numbered quick hits with Jan., St. and p.m. each followed by a sentence of record, according to the county clerk, a reader's question carried by A reader in Baker through asks and the editor's answer of record, and a Coming up calendar with Nov. and p.m. (View this email in your browser, newsletter name in capitals, tagline, issue line with No., a forwarded-note ask in two sentences, greeting, a three-sentence sponsor read, QUICK HITS heading, a two-sentence sign-off, the editor's signature with a dash, a referral block, a project line, a sign-up reason line, unsubscribe strip with middle dots, postal address with St. and Ste.)",
    'Canadian commercial radio station\'s TRANSCRIPT (British Columbia), a regional district moves to Stage 4 water restrictions: a transcript note in two sentences and stage directions ((CROSSTALK), (BEGIN AUDIO CLIP), (END AUDIO CLIP)) that are "B", the host\'s turns with a name-and-role prefix and then a surname prefix carrying no speaker except one that cites Some listeners through have been asking, the utilities manager\'s turns with his full-name prefix and then a surname prefix (every sentence carrying him with the prefix as written), his figures and a board vote of record beside a hope with an ellipsis inside a sentence, a dairy farmer\'s clip with her prefix whose well and trucked water are "W" (a business\'s record) and whose worry is "", a caller with CALLER (MARGOT): whose neighbour\'s sprinklers end in an exclamation and whose question is "", and service information "" (station brand with frequency, menu, show name, transcript title of fact, broadcast line with a.m. PT, a play line with a running time, a station-group line, copyright with Inc.)',
]

ARTICLES = [
    [
        [
            ("Your privacy, your call", "", "", "B"),
            (
                "The Kvellstrand Current and 142 partners keep small files on your device to keep you signed in, count visits and choose which ads you see.",
                "",
                "",
                "B",
            ),
            (
                "Pick “Only what’s needed” and we will set just the cookies the site cannot run without.",
                "",
                "",
                "B",
            ),
            ("Allow all    Only what’s needed    Let me choose", "", "", "B"),
        ],
        [
            ("THE KVELLSTRAND CURRENT", "", "", "B"),
        ],
        [
            ("Subscribe: $1 for 6 months    Log in    e-Edition", "", "", "B"),
        ],
        [
            (
                "Metro    Business    Sports    Opinion    Eat + Drink    Obits    Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BUSINESS / RETAIL", "", "", "B"),
        ],
        [
            (
                "Hollenbrek Foods to close nine Twin Cities grocery stores by mid-January, cutting 610 jobs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chain says the nine stores have lost money three years running as shoppers moved to discounters and delivery apps",
                "Hollenbrek Foods",
                "says",
                "W",
            ),
        ],
        [
            ("By Tovelise Saevold-Brunnquist  Current staff writer", "", "", "B"),
        ],
        [
            ("Published Oct. 22, 2026 at 6:05 a.m. | Updated 11:48 a.m.", "", "", "B"),
        ],
        [
            ("Gift this article    Share    Save", "", "", "B"),
        ],
        [
            (
                "A shopper loads bags into a car outside the Hollenbrek Foods store on Cedarvane Ave. S. in Minneapolis on Wednesday.",
                "",
                "",
                "",
            ),
            ("Jorunnar Oranstad-Vaskel, The Kvellstrand Current", "", "", "B"),
        ],
        [
            (
                "Hollenbrek Foods, the family-owned Minnesota grocery chain founded in 1958, will close nine of its 31 Twin Cities stores by Jan. 16 and lay off about 610 workers, the company said Wednesday.",
                "Hollenbrek Foods",
                "said",
                "W",
            ),
        ],
        [
            (
                "The first six stores will close Dec. 4 and the other three Jan. 16, according to a layoff notice the company filed with the state.",
                "a layoff notice the company filed with the state",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The chain’s president, Marvetta Vanhoosenbeck-Ahl, said in a statement that the nine stores lost a combined $14.2 million over the last three fiscal years.",
                "Marvetta Vanhoosenbeck-Ahl",
                "said in a statement",
                "W",
            ),
            (
                "“This is the hardest decision my family has made in four generations,” she said.",
                "Marvetta Vanhoosenbeck-Ahl",
                "said",
                "",
            ),
            (
                "“We owe our customers an honest answer, and the honest answer is that these stores cannot pay their way.”",
                "Marvetta Vanhoosenbeck-Ahl",
                "said",
                "",
            ),
        ],
        [
            (
                "The company said sales at the nine stores fell 22% from 2023 to 2025, while sales at its other stores rose 3%.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("You have read 4 of your 5 free articles this month.", "", "", "B"),
        ],
        [
            (
                "Keep reading for $1 for your first 6 months, then $4.99 a week.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Already subscribed?", "", "", "B"),
            ("Log in to keep reading.", "", "", "B"),
        ],
        [
            (
                "Yesenira Dunkelbrecht-Ogunbarewa, president of Grocery and Pharmacy Workers Local 1420, said about 440 of the workers losing their jobs are union members, and that they learned of the closings from a memo taped up in break rooms Wednesday morning.",
                "Yesenira Dunkelbrecht-Ogunbarewa",
                "said",
                "W",
            ),
            (
                "“Nobody from Hollenbrek called the union before those memos went up,” she said.",
                "Yesenira Dunkelbrecht-Ogunbarewa",
                "said",
                "W",
            ),
            (
                "“Some of these people have given this company 30 years, and they found out standing next to the time clock.”",
                "Yesenira Dunkelbrecht-Ogunbarewa",
                "said",
                "",
            ),
        ],
        [
            (
                "Hollenbrek spokesman Dag Ellingsrud-Paavo said the company phoned the local’s office about an hour before the memos were posted.",
                "Dag Ellingsrud-Paavo",
                "said",
                "W",
            ),
            (
                "He said workers at the closing stores will be offered jobs at the chain’s other 22 stores, which have about 180 openings.",
                "Dag Ellingsrud-Paavo",
                "said",
                "W",
            ),
            (
                "Anyone who is not placed will get one week’s pay for each year worked, he said.",
                "Dag Ellingsrud-Paavo",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "City Council Member Chinwendolyn Tarrowleigh, whose ward includes the Cedarvane store, said its closing will leave about 9,000 residents more than a mile from a full-service grocery.",
                "Chinwendolyn Tarrowleigh",
                "said",
                "W",
            ),
            (
                "“A third of the households in that part of the ward don’t have a car,” Tarrowleigh said.",
                "Chinwendolyn Tarrowleigh",
                "said",
                "W",
            ),
            (
                "“For them, a mile might as well be ten.”",
                "Chinwendolyn Tarrowleigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Gwendabeth Ashquarrie-Ruddiford, 71, who was loading groceries into a neighbor’s car outside the store Wednesday, said she has shopped there twice a week since 1994.",
                "Gwendabeth Ashquarrie-Ruddiford",
                "said",
                "",
            ),
            (
                "“Where am I supposed to pick up my heart pills now?” she asked.",
                "Gwendabeth Ashquarrie-Ruddiford",
                "asked",
                "",
            ),
        ],
        [
            (
                "The company said prescription files at the closing stores’ pharmacies will be moved to the nearest open Hollenbrek, and customers will be told by letter.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pieterjon Hanselmorr, who follows the grocery industry for Brackenvelt Research in Chicago, said discount chains charge 15% to 20% less than traditional grocers for a typical basket of staples.",
                "Pieterjon Hanselmorr",
                "said",
                "W",
            ),
        ],
        [
            ("Among the first stores to close, on Dec. 4:", "", "", "W"),
        ],
        [
            ("Cedarvane Ave. S., Minneapolis", "", "", "W"),
        ],
        [
            ("Larkspindle St. W., St. Paul", "", "", "W"),
        ],
        [
            (
                "Ellingsrud-Paavo said the company owns all nine buildings and has not decided whether to sell them.",
                "Dag Ellingsrud-Paavo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tovelise Saevold-Brunnquist covers retail, restaurants and food prices for the Current.",
                "",
                "",
                "B",
            ),
            (
                "Reach her at tovelise.sb@kvellstrandcurrent.com or 612-555-0143.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get Morning Current in your inbox", "", "", "B"),
        ],
        [
            (
                "© 2026 Kvellstrand Media Co. | Terms of Use | Privacy Policy | Do Not Sell or Share My Personal Information",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("BREVANTIS", "", "", "B"),
        ],
        [
            ("Sign in    Register    Subscribe", "", "", "B"),
        ],
        [
            (
                "World    Business    Markets    Energy    Shipping    Legal    Data",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shipping & Logistics", "", "", "B"),
        ],
        [
            (
                "UPDATE 2-Danish shipper Brakkenholm to cut 1,200 jobs as freight rates slide",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Jonna Tvedergaard and Ludolf Brennemeier", "", "", "B"),
        ],
        [
            ("November 4, 2026 10:42 AM GMT+1 · Updated an hour ago", "", "", "B"),
        ],
        [
            (
                "A Brakkenholm Line container ship is moored at the port of Aarhus, Denmark, May 12, 2025.",
                "",
                "",
                "",
            ),
            ("Brevantis/Pernille Thorvaldsdottir-Bekvold/File Photo", "", "", "B"),
        ],
        [
            ("* To cut 9% of global workforce by end-2027", "", "", "W"),
        ],
        [
            ("* Q3 operating profit down 38% at $412 mln, below forecast", "", "", "W"),
        ],
        [
            ("* Shares fall 6.1%, steepest drop since Sept 2025", "", "", "W"),
        ],
        [
            (
                "(Adds union comment in paragraphs 9-10, analyst comment in paragraph 12, updates shares)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COPENHAGEN, Nov 4 (Brevantis) - Danish container shipper Brakkenholm Line will cut about 1,200 office and shore jobs, or 9% of its workforce, by the end of 2027 after third-quarter profit fell by more than a third, the company said on Wednesday.",
                "Brakkenholm Line",
                "said",
                "W",
            ),
        ],
        [
            (
                "Operating profit fell to $412 million in the July-September quarter from $664 million a year earlier, missing the $455 million average forecast in a company-compiled poll of 14 analysts.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Revenue fell 11% to $3.9 billion.", "", "", "W"),
        ],
        [
            (
                "Chief Executive Hennerik Vosgaard-Lundgreve told analysts on a call that average freight rates on Asia-Europe routes had fallen 27% since June as ships ordered during the pandemic boom entered service.",
                "Hennerik Vosgaard-Lundgreve",
                "told analysts on a call",
                "W",
            ),
        ],
        [
            (
                "“There are more ships than there are boxes to fill them, and that will not change next year,” he said.",
                "Hennerik Vosgaard-Lundgreve",
                "said",
                "",
            ),
            (
                "“We are not going to sit and wait for the market to rescue us.”",
                "Hennerik Vosgaard-Lundgreve",
                "said",
                "",
            ),
        ],
        [
            (
                "Vosgaard-Lundgreve said the company now expected full-year operating profit of $1.6 bln to $1.9 bln, narrowing a previous range of $1.4 bln to $2.2 bln.",
                "Hennerik Vosgaard-Lundgreve",
                "said",
                "",
            ),
        ],
        [
            (
                "He said about 450 of the cuts would be in Denmark, with the rest spread across offices in 36 countries.",
                "Hennerik Vosgaard-Lundgreve",
                "said",
                "W",
            ),
        ],
        [
            (
                "Danish staff were told of the plan at an internal meeting at 9 a.m., two hours before the results were published, a company spokeswoman said.",
                "a company spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kontorlaget, the union representing about 700 of Brakkenholm’s Danish office staff, said it had not been consulted before the announcement.",
                "Kontorlaget",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We read about it on our phones like everybody else,” union chair Sidsel Armfeldt-Kjaer told Brevantis, adding that the union would seek talks with management this week.",
                "Sidsel Armfeldt-Kjaer",
                "told Brevantis",
                "",
            ),
        ],
        [
            (
                "Brakkenholm shares were down 6.1% at 184.20 Danish crowns by 1005 GMT, the biggest faller on Copenhagen’s blue-chip index.",
                "",
                "",
                "W",
            ),
            ("They have lost 31.5% so far this year.", "", "", "W"),
        ],
        [
            (
                "Analysts at Hornvik Securities said in a note the cuts could save about $150 mln a year but would not make up for lower rates.",
                "Analysts at Hornvik Securities",
                "said in a note",
                "",
            ),
        ],
        [
            (
                "“The cuts make sense, they just come a year late,” said Torbjarn Roedslund, a shipping analyst at Strandholt Bank.",
                "Torbjarn Roedslund",
                "said",
                "",
            ),
        ],
        [
            (
                "The Freight Line newsletter brings container markets to your inbox every Tuesday.",
                "",
                "",
                "B",
            ),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "Brakkenholm operates 112 container ships and is the world’s ninth-largest container line by capacity, according to shipping data firm Verlomar Analytics.",
                "Verlomar Analytics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rivals have also cut staff this year, including Germany’s Oderwald Reederei, which shed 800 jobs in August.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vosgaard-Lundgreve said he did not rule out selling some older ships next year to cut costs further.",
                "Hennerik Vosgaard-Lundgreve",
                "said",
                "",
            ),
        ],
        [
            ("The company will publish full-year results on Feb 10.", "", "", "W"),
        ],
        [
            (
                "(Reporting by Jonna Tvedergaard in Copenhagen; additional reporting by Ludolf Brennemeier in Hamburg; Editing by Anirvan Ochterlon and Rosmerta Fairweld-Pillaysamy)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("How we work: the Brevantis Editorial Principles.", "", "", "B"),
        ],
        [
            ("Licensing & reprints", "", "", "B"),
        ],
        [
            ("Market data delayed by at least 15 minutes.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Container rates on transpacific routes hit two-year low", "", "", "B"),
        ],
        [
            ("Oderwald Reederei names new finance chief", "", "", "B"),
        ],
        [
            (
                "Brevantis is the news arm of Brevantis Information Group plc.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Brevantis 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("Hexwardine 9°C · Light rain", "", "", "B"),
        ],
        [
            (
                "Sign in    Subscribe to the print edition    Advertise with us    Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE HEXWARDINE LANTERN", "", "", "B"),
        ],
        [
            (
                "News    Sport    What's On    Property    Jobs    Announcements    Memories",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Hexwardine", "", "", "B"),
        ],
        [
            (
                "Town's only swimming pool to shut for 18 months as rusting roof is replaced",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Swim club faces 44-mile round trips to train while £3.4m repairs are carried out",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Elowyth Goodlake-Ibbersley | Council reporter", "", "", "B"),
        ],
        [
            ("Friday, 6 November 2026, 5:12pm", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · WhatsApp · Email · Print", "", "", "B"),
        ],
        [
            ("Hexwardine Pool on Tenterfell Road opened in 1974.", "", "", "W"),
            ("Picture: Lantern archive", "", "", "B"),
        ],
        [
            (
                "Hexwardine's only public swimming pool will close on 11 January for up to 18 months while its roof is replaced, Skelbrandon District Council has confirmed.",
                "Skelbrandon District Council",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "A structural survey in July found corrosion in 14 of the 22 steel beams over the main pool, according to a report to the council's cabinet.",
                "a report to the council's cabinet",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Cabinet members voted unanimously on Wednesday to spend £3.4m on the work.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Hesperine Pettishall-Amberlow, the cabinet member for leisure, said nobody at the council wanted to shut the pool.",
                "Hesperine Pettishall-Amberlow",
                "said",
                "",
            ),
            (
                "“But about 400 people a day swim under that roof, and I am not going to gamble with their safety,” she said.",
                "Hesperine Pettishall-Amberlow",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the council had looked at keeping the small teaching pool open during the work, but the contractor needed the whole building to bring in a crane.",
                "Hesperine Pettishall-Amberlow",
                "said",
                "W",
            ),
        ],
        [
            (
                "Active Skelbrandon, the charitable trust that runs the pool for the council, said the pool's 31 staff would be offered shifts at its four other leisure centres.",
                "Active Skelbrandon",
                "said",
                "W",
            ),
            (
                "It said nobody would be made redundant.",
                "Active Skelbrandon",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read more: Plans lodged for 46 homes on former Hexwardine tannery site",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hexwardine Otters Swimming Club, which has 260 members, will move its training to Calderbright Leisure Centre, 22 miles away, the club's head coach, Athelstan Fairholmby-Oyede, said.",
                "Athelstan Fairholmby-Oyede",
                "said",
                "W",
            ),
            (
                "“Some of our kids are in the water at 5.30am before school,” he said.",
                "Athelstan Fairholmby-Oyede",
                "said",
                "",
            ),
            (
                "“Asking their parents to drive 44 miles there and back, before work, is not realistic.”",
                "Athelstan Fairholmby-Oyede",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the club had asked the council for £18,000 towards a minibus for the 18 months.",
                "Athelstan Fairholmby-Oyede",
                "said",
                "W",
            ),
            (
                "A council spokesperson said the request would be looked at as part of next year's budget.",
                "A council spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Tiffanelle Lidgate-Sumbleton, whose two children have Saturday lessons at the pool, said she could not afford the petrol to Calderbright every week.",
                "Tiffanelle Lidgate-Sumbleton",
                "said",
                "",
            ),
            (
                "“So what happens to their lessons – do they just stop?” she said.",
                "Tiffanelle Lidgate-Sumbleton",
                "said",
                "",
            ),
        ],
        [
            (
                "Active Skelbrandon said 1,150 children were booked on lessons at the pool this term and all of them would be offered places at its other centres.",
                "Active Skelbrandon",
                "said",
                "W",
            ),
        ],
        [
            (
                "Independent group leader Cllr Tariqul Beckwood-Nasrullahi said the roof had first been flagged as a risk in a 2019 condition survey.",
                "Tariqul Beckwood-Nasrullahi",
                "said",
                "W",
            ),
            (
                "“This council was told about that roof seven years ago and sat on the report,” he said.",
                "Tariqul Beckwood-Nasrullahi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council said the 2019 survey had rated the roof as needing monitoring, not urgent repair, and that the beams had been checked every year since.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council expects the pool to reopen in the summer of 2028.",
                "The council",
                "expects",
                "",
            ),
            (
                "A drop-in session about the closure will be held at Hexwardine Library on Thursday 19 November from 4pm to 7pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Did you learn to swim at Hexwardine Pool?", "", "", "B"),
            (
                "Send us your photos and memories at news@hexwardinelantern.co.uk and we'll print the best next week.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Our council coverage is part-funded by the Northfold Public Interest Reporting Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Read our community rules before you post.", "", "", "B"),
        ],
        [
            ("More from Hexwardine", "", "", "B"),
        ],
        [
            (
                "Tributes paid to former Hexwardine market superintendent, 91",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Lantern Newspapers Ltd 2026.", "", "", "B"),
            ("Registered in England No. 04419236.", "", "", "B"),
        ],
    ],
    [
        [
            ("PRESSBOX ALBA", "", "", "B"),
        ],
        [
            (
                "Football    Rugby    Golf    Shinty    Scores & Fixtures    Tables    Podcast",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Football › Caledonian Championship", "", "", "B"),
        ],
        [
            (
                "Kilbrathnie Thistle 2-1 Dunmorrichan Athletic: Obafunso-Blackhall double ends nine-game winless run",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ten-man Thistle hold on after Craigmyle red card as promotion-chasing Dunmorrichan slip to fourth",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lachtnan Drevermoor at Strathvellie Park", "", "", "B"),
        ],
        [
            ("Sat 31 Oct 2026 · 17:48", "", "", "B"),
        ],
        [
            ("Share this report", "", "", "B"),
        ],
        [
            ("Kilbrathnie Thistle 2 (Obafunso-Blackhall 23, 71)", "", "", ""),
        ],
        [
            ("Dunmorrichan Athletic 1 (Fennachy 58 pen)", "", "", ""),
        ],
        [
            (
                "Chibuikem Obafunso-Blackhall wheels away after his second goal.",
                "",
                "",
                "",
            ),
            ("Photo: Pressbox Alba / Seumasina Corsewell-Nairnside", "", "", "B"),
        ],
        [
            (
                "Chibuikem Obafunso-Blackhall scored twice as Kilbrathnie Thistle ended a run of nine league games without a win, playing the last 34 minutes with ten men after Jockan Craigmyle was sent off.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 24-year-old opened the scoring in the 23rd minute, glancing Aonghas Tullymorgan-Renwickson's corner in at the near post.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dunmorrichan started the day third in the table, two points behind the leaders.",
                "",
                "",
                "W",
            ),
            (
                "They had most of the ball but created little in a scrappy first half.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Thistle's task got harder in the 56th minute when Craigmyle, already booked, was shown a second yellow card by referee Lachtobar Mabon-Strathearnie for a late challenge on Kennocht Fennachy.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two minutes later Fennachy equalised from the spot after Dougie Harkcastle handled a cross.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "But Obafunso-Blackhall restored the lead on 71 minutes, running on to a long clearance and lifting the ball over goalkeeper Przemko Wroblanski-Haystoun.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dunmorrichan threw everything forward in the closing stages.",
                "",
                "",
                "",
            ),
            (
                "Substitute Idrissa Grantcliffe-Adunyah headed against the crossbar in the fourth minute of added time.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Never miss a goal: switch on alerts in the Pressbox Alba app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thistle manager Morvenna Ballindeanie-Kirr, in her first season in charge, said the win had been “coming for weeks”.",
                "Morvenna Ballindeanie-Kirr",
                "said",
                "",
            ),
            (
                "“We've hit the woodwork six times in four games, so I'm not apologising for a scruffy one,” she said.",
                "Morvenna Ballindeanie-Kirr",
                "said",
                "W",
            ),
        ],
        [
            (
                "She confirmed that Craigmyle will miss next Saturday's trip to Lochbraid United through suspension.",
                "Morvenna Ballindeanie-Kirr",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Dunmorrichan boss Gillebride Thrumster was in no mood to be gracious.",
                "",
                "",
                "",
            ),
            (
                "“I've watched it back twice and it's never a second yellow – never!” he told Pressbox Alba.",
                "Gillebride Thrumster",
                "told Pressbox Alba",
                "",
            ),
            (
                "“We'll be asking the league to look at it.”",
                "Gillebride Thrumster",
                "told Pressbox Alba",
                "",
            ),
        ],
        [
            (
                "Thrumster said his side had taken one point from their last three away games.",
                "Gillebride Thrumster",
                "said",
                "W",
            ),
        ],
        [
            (
                "The attendance of 2,914 was Strathvellie Park's biggest of the season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The result lifts Thistle to seventh, while Dunmorrichan drop to fourth after Portnessan Rovers won 3-0 at Glenhurran Wanderers and Lochbraid United beat Kelbarrow 2-0.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Line-ups", "", "", "B"),
        ],
        [
            (
                "Kilbrathnie Thistle: Haddowfield-Reinbeck; Craigmyle, Marnochie, Stirratoun, Harkcastle; Tullymorgan-Renwickson, Baxlinnie (Okaidja-Lenarduzzi 80), Pitcaithro; Drumelvie, Obafunso-Blackhall (Quarrelwood 88), Ferrieside.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dunmorrichan Athletic: Wroblanski-Haystoun; Semple-Achunwoke, Forgandenny, Brechanlie, Tosher-Ugwuanya; Fennachy, Inchmurrin-Dorravale, Carsebreck; Lintrathen (Grantcliffe-Adunyah 75), Pethybrook, Aucheneck.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Lachtobar Mabon-Strathearnie.", "", "", ""),
        ],
        [
            ("Attendance: 2,914.", "", "", ""),
        ],
        [
            ("Caledonian Championship: top four", "", "", "B"),
        ],
        [
            ("Pos  Team  P  GD  Pts", "", "", "B"),
        ],
        [
            ("1  Portnessan Rovers  14  +15  31", "", "", ""),
        ],
        [
            ("2  Ardcullochan Albion  14  +11  28", "", "", ""),
        ],
        [
            ("3  Lochbraid United  14  +6  27", "", "", ""),
        ],
        [
            ("4  Dunmorrichan Athletic  14  +9  26", "", "", ""),
        ],
        [
            (
                "Pressbox Alba is not responsible for the content of external sites.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Pressbox Alba 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("QUANTERRA", "", "", "B"),
        ],
        [
            ("Science news, checked twice", "", "", "B"),
        ],
        [
            (
                "Space    Earth    Life    Health    Physics    Tech    Newsletters    Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIFE / ECOLOGY", "", "", "B"),
        ],
        [
            (
                "Hives beside solar farms made 18% more honey, Dutch study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wildflower strips planted under the panels may be the reason, but beekeepers say the mower has the final word",
                "beekeepers",
                "say",
                "",
            ),
        ],
        [
            ("By Wiepkje Moorlander-Quistorff", "", "", "B"),
        ],
        [
            ("10 November 2026 • 6 min read", "", "", "B"),
        ],
        [
            ("Share    Bluesky    Facebook    LinkedIn    Copy link", "", "", "B"),
        ],
        [
            (
                "A beekeeper lifts a frame from a hive on the edge of a solar park in Overijssel in June 2025.",
                "",
                "",
                "",
            ),
            ("Image: Tjalling Vreemand / Oostmeer University", "", "", "B"),
        ],
        [
            (
                "Honeybee colonies kept beside solar farms produced 18% more honey over two summers than colonies kept next to ordinary farmland, researchers in the Netherlands reported on Monday.",
                "researchers in the Netherlands",
                "reported",
                "W",
            ),
            (
                "The team, led by ecologist Dr. Hinke Oudevaart-Smeenk of Oostmeer University, followed 96 hives at 12 sites in Gelderland and Overijssel in 2024 and 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hives within 300 m of a solar park produced an average of 31.4 kg of honey a season, compared with 26.6 kg for hives beside maize and grass fields, the study found.",
                "the study",
                "found",
                "W",
            ),
        ],
        [
            (
                "Pollen collected at the hives came from 41 plant species at the solar sites and 23 at the farmland sites, according to the paper.",
                "the paper",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Oudevaart-Smeenk said the most likely explanation was the strips of clover, phacelia and other flowers that many operators sow between and beneath the panels.",
                "Hinke Oudevaart-Smeenk",
                "said",
                "",
            ),
            (
                "“The panels do nothing for the bees by themselves,” she said.",
                "Hinke Oudevaart-Smeenk",
                "said",
                "",
            ),
            (
                "“It’s what grows underneath, and what nobody sprays, that makes the difference.”",
                "Hinke Oudevaart-Smeenk",
                "said",
                "",
            ),
        ],
        [
            (
                "She said none of the 12 solar sites used herbicides, while nine of the 12 farmland sites were sprayed at least once each season.",
                "Hinke Oudevaart-Smeenk",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("The week’s best science, every Friday.", "", "", "B"),
            ("Subscribe to the Quanterra Weekly", "", "", "B"),
        ],
        [
            (
                "Fachtna Pryderhaugh-Wellesmore, a pollination ecologist at the University of Glenmallow in Ireland who was not involved in the research, called the study “careful but small”.",
                "Fachtna Pryderhaugh-Wellesmore",
                "called",
                "",
            ),
            (
                "He said two seasons were too few to separate the effect of the flowers from that of the weather.",
                "Fachtna Pryderhaugh-Wellesmore",
                "said",
                "",
            ),
            (
                "“2025 was an unusually warm, dry summer in the Low Countries, and honey yields were high almost everywhere,” he said.",
                "Fachtna Pryderhaugh-Wellesmore",
                "said",
                "W",
            ),
            (
                "“I’d want five years of data … and a look at wild bees too, not just honeybees.”",
                "Fachtna Pryderhaugh-Wellesmore",
                "said",
                "",
            ),
        ],
        [
            (
                "Wiebren-Jan Hoekstervelt, who keeps 40 hives in Overijssel and took part in the study, said his colonies beside the solar park gave about a fifth more honey than the rest in 2025.",
                "Wiebren-Jan Hoekstervelt",
                "said",
                "W",
            ),
            (
                "“But the operator mows the whole site in the first week of July, and after that there is nothing for them to eat,” he said.",
                "Wiebren-Jan Hoekstervelt",
                "said",
                "W",
            ),
            (
                "“Who decides when to mow, the bees or the insurance company?”",
                "Wiebren-Jan Hoekstervelt",
                "said",
                "",
            ),
        ],
        [
            (
                "The Dutch solar industry association Zonnegilde said 61% of its members’ ground-mounted parks now had flowering strips, up from 38% in 2022.",
                "Zonnegilde",
                "said",
                "W",
            ),
            (
                "It said mowing dates were set in each park’s permit.",
                "Zonnegilde",
                "said",
                "W",
            ),
        ],
        [
            (
                "The team plans to repeat the study at 30 sites in Germany and Belgium from next spring.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Journal reference: Oudevaart-Smeenk M, Brasjenhof T, Vreemand T, et al. Honeybee colony productivity next to ground-mounted solar parks. J Appl Pollinat Ecol. 2026;9(4):211-26.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Funding: Ravelsteyn Foundation; Oostmeer University.", "", "", "B"),
        ],
        [
            ("Quanterra is paid for by its readers.", "", "", "B"),
            ("If this story taught you something, become a member.", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Wiepkje Moorlander-Quistorff writes about ecology and farming from the Netherlands.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Why the first frost is arriving later in Alpine valleys", "", "", "B"),
        ],
        [
            ("© 2026 Quanterra Media.", "", "", "B"),
            (
                "Republish this article for free under our Creative Commons licence.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("ARDMHUIR NEWS", "", "", "B"),
        ],
        [
            (
                "News    Sport    Business    Farming    Opinion    Podcasts    Weather    Jobs",
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
                "Storm Marcheline live: 148,000 without power as red wind warning covers four western counties",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 16:52 · Thursday, 12 November 2026", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "Red wind warning in force for Galway, Mayo, Clare and Kerry until 9pm",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lainnir Networks says 148,000 homes, farms and businesses are without power",
                "Lainnir Networks",
                "says",
                "W",
            ),
        ],
        [
            ("Schools in the red warning area will stay closed on Friday", "", "", "W"),
        ],
        [
            ("16:52", "", "", "B"),
        ],
        [
            ("Power cuts rise to 148,000", "", "", "W"),
        ],
        [
            (
                "The number of customers without electricity has climbed to 148,000, up from 121,000 at 3pm, according to Lainnir Networks.",
                "Lainnir Networks",
                "according to",
                "W",
            ),
            (
                "North Mayo and west Clare are the worst-hit areas, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its spokeswoman, Ailbhín Demerstown-Keadagh, said crews would not climb poles while gusts were above 65km/h.",
                "Ailbhín Demerstown-Keadagh",
                "said",
                "W",
            ),
            (
                "She said that might not be until after midnight in some places, and some customers could be without power until Sunday.",
                "Ailbhín Demerstown-Keadagh",
                "said",
                "",
            ),
        ],
        [
            ("Gormfhlaith Killoughrane-Danaher", "", "", "B"),
        ],
        [
            ("15:40", "", "", "B"),
        ],
        [
            ("‘It sounded like a train going over the roof’", "", "", ""),
        ],
        [
            (
                "Dearbháil Tallowmane-Keoghane, from Drumskellan in north Mayo, sent us this picture of an ash tree lying across her lane.",
                "",
                "",
                "",
            ),
            (
                "“It sounded like a train going over the roof at about two o’clock,” she said.",
                "Dearbháil Tallowmane-Keoghane",
                "said",
                "",
            ),
            (
                "“We’re grand, but the car isn’t going anywhere today!”",
                "Dearbháil Tallowmane-Keoghane",
                "said",
                "",
            ),
        ],
        [
            ("15:12", "", "", "B"),
        ],
        [
            ("141km/h gust recorded at Inishcarrow lighthouse", "", "", "W"),
        ],
        [
            (
                "A gust of 141km/h was measured at Inishcarrow lighthouse off the Galway coast at 2pm, according to the national forecaster.",
                "the national forecaster",
                "according to",
                "W",
            ),
            (
                "It said that was the strongest gust recorded in the country since February 2024.",
                "the national forecaster",
                "said",
                "W",
            ),
        ],
        [
            (
                "Forecaster Cúán Mundrehy said the winds should ease from the west after 10pm.",
                "Cúán Mundrehy",
                "said",
                "",
            ),
            (
                "He said a yellow wind warning would stay in place for the rest of the country until 6am on Friday.",
                "Cúán Mundrehy",
                "said",
                "W",
            ),
        ],
        [
            ("14:30", "", "", "B"),
        ],
        [
            ("Schools in red warning counties to stay shut tomorrow", "", "", "W"),
        ],
        [
            (
                "The education department said all schools in Galway, Mayo, Clare and Kerry would remain closed on Friday after the national emergency co-ordination group met at 1pm.",
                "The education department",
                "said",
                "W",
            ),
            (
                "It said schools elsewhere should open as normal unless their buildings had been damaged.",
                "The education department",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("13:55", "", "", "B"),
        ],
        [
            ("Trains suspended between Galway and Dublin", "", "", "W"),
        ],
        [
            (
                "Rail operator Tréanline said all services between Galway and Dublin were suspended until at least 6pm after trees came down on the line in two places.",
                "Tréanline",
                "said",
                "W",
            ),
            (
                "Tickets for today can be used on any train up to and including Sunday, it said.",
                "Tréanline",
                "said",
                "W",
            ),
        ],
        [
            ("13:20", "", "", "B"),
        ],
        [
            ("Stay off the roads, police urge", "police", "urge", ""),
        ],
        [
            (
                "A police spokesman urged people in the four counties not to travel unless their journey was essential.",
                "A police spokesman",
                "urged",
                "",
            ),
            (
                "He said 23 roads in Mayo and Galway had been closed by fallen trees as of 1pm.",
                "A police spokesman",
                "said",
                "W",
            ),
        ],
        [
            ("12:00", "", "", "B"),
        ],
        [
            ("Red warning now in force", "", "", "W"),
        ],
        [
            (
                "The red wind warning for Galway, Mayo, Clare and Kerry came into force at noon and runs until 9pm, the national forecaster said.",
                "the national forecaster",
                "said",
                "W",
            ),
        ],
        [
            ("09:05", "", "", "B"),
        ],
        [
            (
                "Good morning and welcome to our live coverage of Storm Marcheline.",
                "",
                "",
                "B",
            ),
            (
                "Send your pictures and updates to live@ardmhuir.ie, but please don’t put yourself in harm’s way to get them.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Ardmhuir Media DAC 2026.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ASSINIWIN STANDARD", "", "", "B"),
        ],
        [
            (
                "Monday, October 19, 2026    Winnipeg −2°C    Subscribe    Sign In",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local    Manitoba    Canada    Business    Sports    Arts    Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q&A · CITY HALL", "", "", "B"),
        ],
        [
            (
                "Winnipeg’s new fire chief says call volumes have outgrown the fleet",
                "Sigrunna Sorbakken-Frewin",
                "says",
                "W",
            ),
        ],
        [
            (
                "Six weeks into the job, Sigrunna Sorbakken-Frewin talks overtime, hallway waits at hospitals and the station the city still hasn’t built",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Corwynne Quarrymede-Mbewunde", "", "", "B"),
        ],
        [
            ("Published Oct. 19, 2026 · 7 min read", "", "", "B"),
        ],
        [
            ("Share    Email    Print", "", "", "B"),
        ],
        [
            (
                "Sigrunna Sorbakken-Frewin became chief of the city’s fire and paramedic service on Sept. 8 after 11 years as a deputy chief in Regina.",
                "",
                "",
                "W",
            ),
            (
                "She spoke to the Standard at the service’s headquarters on Quelwick Street last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("This interview has been condensed and edited for clarity.", "", "", "B"),
        ],
        [
            ("Q: You’ve been in the chair six weeks.", "", "", ""),
            ("What has surprised you?", "", "", ""),
        ],
        [
            ("A: The call volume, honestly.", "Sigrunna Sorbakken-Frewin", "A:", ""),
            (
                "We went to 71,400 calls last year, up from 59,300 in 2019, and we did it with the same 27 engines and 14 ambulances.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
            (
                "Medical calls are about two-thirds of that.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Q: The firefighters’ union says members are being held over on mandatory overtime almost every week.",
                "The firefighters’ union",
                "says",
                "W",
            ),
            ("Is that fair?", "", "", ""),
        ],
        [
            (
                "A: It’s fair to say overtime is too high.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "",
            ),
            (
                "We spent $9.8 million on overtime last year, roughly double what we spent in 2020.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
            (
                "Some of that is vacancies, and some of it is paramedics stuck in hospital hallways waiting to hand over patients.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: How long are those waits?", "", "", ""),
        ],
        [
            (
                "A: The median offload time at the two big adult hospitals was 71 minutes in September.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
            (
                "On a bad night it’s four hours... and that’s an ambulance that isn’t on the street.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "",
            ),
        ],
        [
            ("Q: A northwest station was in the 2021 capital budget.", "", "", "W"),
            ("Where is it?", "", "", ""),
        ],
        [
            ("A: Still on paper.", "Sigrunna Sorbakken-Frewin", "A:", ""),
            (
                "Council approved $18.5 million for it in 2021, but the land deal fell through in 2023 and the project went back to the start.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
            (
                "I’d like to see shovels in the ground by 2028.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Recruiting?", "", "", ""),
        ],
        [
            (
                "A: We hired 62 firefighter-paramedics this year, the biggest class since 2012.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
            ("We had 1,900 applicants.", "Sigrunna Sorbakken-Frewin", "A:", "W"),
        ],
        [
            (
                "Q: What would you tell a resident who waited 15 minutes for an ambulance last winter?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: That they’re right to be angry.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "",
            ),
            (
                "Our target is a first unit at 90 per cent of the most serious calls within nine minutes, and last year we managed it 81 per cent of the time.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Last one.", "", "", ""),
            ("Is the city ready for wildfire on its edges?", "", "", ""),
        ],
        [
            ("A: Ready is a strong word.", "Sigrunna Sorbakken-Frewin", "A:", ""),
            (
                "We’ve trained 140 of our people in wildland firefighting since April.",
                "Sigrunna Sorbakken-Frewin",
                "A:",
                "W",
            ),
        ],
        [
            (
                "Sorbakken-Frewin will take questions at a public meeting at the Belcourt-Tansi Community Centre on Wednesday, Nov. 4, at 7 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Questions can also be sent in advance through the city clerk’s office.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Corwynne Quarrymede-Mbewunde covers city hall for the Standard.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more conversations in our Ten Minutes With series.", "", "", "B"),
        ],
        [
            ("Spotted a mistake?", "", "", "B"),
            ("Tell us.", "", "", "B"),
        ],
        [
            ("© 2026 Assiniwin Standard Publishing Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("WIREFOLD NEWSROOM", "", "", "B"),
        ],
        [
            (
                "Search releases    For journalists    Send a release    Sign in",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health  ·  Biotechnology  ·  Clinical trials", "", "", "B"),
        ],
        [
            (
                "Corvalen Therapeutics Reports Positive Topline Results from Phase 2 VESPER-2 Trial of CVT-218 in Refractory Chronic Cough",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "CVT-218 cut 24-hour cough frequency by 41% vs. 17% for placebo at Week 12 (p<0.001)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Company to discuss Phase 3 design with regulators in first half of 2027; conference call today at 8:30 a.m. ET",
                "",
                "",
                "",
            ),
        ],
        [
            ("News provided by Corvalen Therapeutics, Inc.", "", "", "B"),
        ],
        [
            ("Nov 09, 2026, 07:00 ET", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "BOSTON, Nov. 9, 2026 /Wirefold/ -- Corvalen Therapeutics, Inc. (“Corvalen” or the “Company”), a clinical-stage biopharmaceutical company developing treatments for chronic respiratory disorders, today announced positive topline results from VESPER-2, its Phase 2 trial of CVT-218 in adults with refractory chronic cough.",
                "Corvalen Therapeutics, Inc.",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The randomized, double-blind, placebo-controlled trial enrolled 284 patients at 38 sites in the U.S., Canada and Poland.",
                "",
                "",
                "W",
            ),
            (
                "Patients receiving 45 mg of CVT-218 twice daily had a 41% reduction in 24-hour cough frequency from baseline at Week 12, compared with a 17% reduction in patients receiving placebo (p<0.001).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "CVT-218 also met both key secondary endpoints, improving scores on a cough-specific quality-of-life questionnaire and reducing night-time cough.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The most common adverse event was altered taste, reported by 14% of patients on CVT-218 and 4% on placebo.",
                "",
                "",
                "W",
            ),
            (
                "Six patients (4.2%) in the CVT-218 arm stopped treatment because of adverse events, compared with two (1.4%) in the placebo arm.",
                "",
                "",
                "W",
            ),
            ("No treatment-related serious adverse events were reported.", "", "", "W"),
        ],
        [
            (
                "“These results exceeded our expectations, and we believe they position CVT-218 as a potential best-in-class treatment for a condition with very few options,” said Genovefa Halvorsbakk-Pikeholme, M.D., President and Chief Executive Officer of Corvalen.",
                "Genovefa Halvorsbakk-Pikeholme",
                "said",
                "",
            ),
            (
                "“We look forward to sharing the full data at a medical meeting next year.”",
                "Genovefa Halvorsbakk-Pikeholme",
                "said",
                "",
            ),
        ],
        [
            (
                "“Many of my patients have coughed every day for more than a decade,” said Leofricus Emberline-Okorafunmi, M.B., Ch.B., a lead investigator in VESPER-2 and director of the cough clinic at Quellbourne Chest Institute.",
                "Leofricus Emberline-Okorafunmi",
                "said",
                "",
            ),
            (
                "“A 41% drop is the kind of change they would notice at the dinner table.”",
                "Leofricus Emberline-Okorafunmi",
                "said",
                "",
            ),
        ],
        [
            (
                "As of September 30, 2026, Corvalen had cash, cash equivalents and marketable securities of $212.6 million.",
                "",
                "",
                "W",
            ),
            (
                "The Company expects that cash to fund operations into the second half of 2028.",
                "The Company",
                "expects",
                "",
            ),
        ],
        [
            ("Conference Call and Webcast", "", "", "B"),
        ],
        [
            (
                "Corvalen will host a conference call and webcast today at 8:30 a.m. ET.",
                "",
                "",
                "",
            ),
            (
                "To join, dial 1-833-555-0187 (U.S.) or 1-412-555-0119 (international) and ask for the Corvalen call.",
                "",
                "",
                "",
            ),
            (
                "A replay will be available in the Investors section of corvalen.com for 90 days.",
                "",
                "",
                "",
            ),
        ],
        [
            ("About VESPER-2", "", "", "B"),
        ],
        [
            (
                "VESPER-2 is a 12-week, randomized, double-blind, placebo-controlled Phase 2 trial of CVT-218, an oral small molecule that blocks a nerve receptor involved in the cough reflex.",
                "",
                "",
                "W",
            ),
            (
                "The primary endpoint was the change from baseline in 24-hour cough frequency at Week 12, measured with a wearable acoustic monitor.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("About Corvalen Therapeutics", "", "", "B"),
        ],
        [
            (
                "Corvalen Therapeutics, Inc. is a clinical-stage biopharmaceutical company based in Boston that develops medicines for chronic respiratory disorders.",
                "",
                "",
                "B",
            ),
            ("For more information, visit www.corvalen.com.", "", "", "B"),
        ],
        [
            ("Forward-Looking Statements", "", "", "B"),
        ],
        [
            (
                "This press release contains “forward-looking statements,” including statements about the timing of a Phase 3 trial, the Company’s cash runway and the potential of CVT-218.",
                "",
                "",
                "B",
            ),
            (
                "Words such as “may,” “will,” “expect,” “plan,” “believe” and similar expressions are intended to identify such statements.",
                "",
                "",
                "B",
            ),
            (
                "Actual results may differ materially, and the Company undertakes no duty to update these statements except as required by law.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Investors: Anvitha Ransomer-Achterwoud, ir@corvalen.com, +1 617-555-0134",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Media: Ewandro Vettriano-Haaswijk, Latticebrook Communications, media@latticebrookpr.com",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SOURCE Corvalen Therapeutics, Inc.", "", "", "B"),
        ],
        [
            ("Also from this source", "", "", "B"),
        ],
        [
            (
                "Corvalen Therapeutics to Present at Two Investor Conferences in November",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Explore more releases in: Biotechnology | Clinical Trials | Respiratory Disease",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE EKOLAND TRIBUNE", "", "", "B"),
        ],
        [
            ("Sunday 15 November 2026 • E-Paper • Subscribe • Sign In", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Metro | Business | Sports | Opinion | Sunday Magazine",
                "",
                "",
                "B",
            ),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("Across the Water", "", "", "B"),
        ],
        [
            ("A toll to cross a bridge we already paid for? Not like this", "", "", ""),
        ],
        [
            (
                "The bridge authority’s new charge falls hardest on the people who can least afford it, and its sums do not add up",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Titilope Ajanlekoko-Odunmbaku", "", "", "B"),
        ],
        [
            ("15 November 2026 | 5 min read", "", "", "B"),
        ],
        [
            ("Share on: Facebook | X | WhatsApp | Telegram", "", "", "B"),
        ],
        [
            (
                "At 6.40 on Monday morning, the queue of danfo buses waiting to pay at the new toll plaza on the Lagunreke Bridge stretched back past the Odoragun roundabout.",
                "",
                "",
                "",
            ),
            ("I know because I was in one of them.", "", "", ""),
        ],
        [
            (
                "Since November 2, the Lagos Bridges and Causeways Authority has charged ₦1,500 for every car and ₦600 for every commercial motorcycle crossing the 2.8-kilometre bridge in either direction.",
                "",
                "",
                "W",
            ),
            ("Buses pay ₦2,000.", "", "", "W"),
        ],
        [
            ("Nobody asked us.", "", "", ""),
            (
                "The authority held one public hearing on the toll, on a Wednesday afternoon in August, at its offices on the far side of the lagoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bridge opened in 2011 and cost ₦38 billion, every kobo of it from the state budget, according to the authority’s own 2012 annual report.",
                "the authority’s own 2012 annual report",
                "according to",
                "W",
            ),
            ("So what, exactly, are we paying for?", "", "", ""),
        ],
        [
            (
                "The authority’s general manager, Engr. Olusegunmi Ojelabi-Akintunrewa, told me the toll would raise about ₦9 billion a year for repairs.",
                "Olusegunmi Ojelabi-Akintunrewa",
                "told me",
                "W",
            ),
            (
                "“The expansion joints on that bridge have not been replaced since it opened, and two of them are now cracked,” he said.",
                "Olusegunmi Ojelabi-Akintunrewa",
                "said",
                "W",
            ),
            (
                "“Would you rather we wait until it falls down?”",
                "Olusegunmi Ojelabi-Akintunrewa",
                "said",
                "",
            ),
        ],
        [
            (
                "It is a fair question, and I do not doubt that the joints need fixing.",
                "",
                "",
                "",
            ),
            (
                "But the state’s own 2026 budget already sets aside ₦4.2 billion for “bridge maintenance”, a line that has appeared, in one size or another, every year since 2015.",
                "",
                "",
                "W",
            ),
            ("Where has that money gone?", "", "", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO IN OPINION: Our schools need science labs, not new uniforms",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Iyabode Fasheunbi-Okparuwe sells pepper and tomatoes at Ibeshekun market and crosses the bridge on an okada twice a day.",
                "",
                "",
                "",
            ),
            (
                "She used to pay her rider ₦1,000 for the round trip; since the toll he charges ₦2,200, she said.",
                "Iyabode Fasheunbi-Okparuwe",
                "said",
                "",
            ),
            (
                "“Is it my tomatoes that will pay for the bridge?” she asked.",
                "Iyabode Fasheunbi-Okparuwe",
                "asked",
                "",
            ),
        ],
        [
            (
                "Adegboro Olumorin-Bakwenu, who chairs the riders’ association on the Odoragun side, said 3,400 of its members cross the bridge every day.",
                "Adegboro Olumorin-Bakwenu",
                "said",
                "W",
            ),
            (
                "He said the riders would stay off the road for a day on November 23 if the motorcycle toll was not cut.",
                "Adegboro Olumorin-Bakwenu",
                "said",
                "",
            ),
        ],
        [
            (
                "For comparison, a car pays ₦1,200 on the Ebutekoyi Link Road, which a private company built with its own money.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Here is a modest proposal.", "", "", ""),
            (
                "Exempt commercial motorcycles and buses, publish every naira the toll raises each quarter, and let an auditor the public can trust check the books.",
                "",
                "",
                "",
            ),
            ("Then we can talk.", "", "", ""),
        ],
        [
            ("Titilope Ajanlekoko-Odunmbaku writes every Sunday.", "", "", "B"),
            ("Email: acrossthewater@ekolandtribune.ng", "", "", "B"),
        ],
        [
            ("Columns reflect their writers’ views, not the Tribune’s.", "", "", "B"),
        ],
        [
            ("MORE FROM ACROSS THE WATER", "", "", "B"),
        ],
        [
            ("The danfo driver who knows every pothole by name", "", "", "B"),
        ],
        [
            ("© 2026 Ekoland Tribune Newspapers Ltd.", "", "", "B"),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("FATHOMCHECK", "", "", "B"),
        ],
        [
            ("Independent fact-checking since 2019", "", "", "B"),
        ],
        [
            (
                "Politics    Health    Climate    Viral    Explainers    How we rate    Support us",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FACT CHECK · TRANSPORT", "", "", "B"),
        ],
        [
            (
                "Claim that one in three Melbourne trains ran late in September is mostly false",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The figure is right for one line in the morning peak, not for the network as a whole",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Orlanthe Varnakidou-Pellowan and Radosław Quendon-Hartwellyn",
                "",
                "",
                "B",
            ),
        ],
        [
            ("20 October 2026, 12:04pm AEDT", "", "", "B"),
        ],
        [
            ("Share · Copy link", "", "", "B"),
        ],
        [
            ("What was said", "", "", ""),
        ],
        [
            (
                "“Almost one in three trains on Melbourne’s network ran late in September,” Opposition transport spokesman Denbeigh Cardewson-Yiptong said in a video posted to social media on 14 October.",
                "Denbeigh Cardewson-Yiptong",
                "said in a video posted to social media",
                "W",
            ),
        ],
        [
            ("Our verdict", "", "", ""),
        ],
        [
            ("Fathomcheck rating: MOSTLY FALSE", "", "", ""),
        ],
        [
            (
                "The claim is accurate for one line in the weekday morning peak, but across the network 8.9 per cent of services ran late in September.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The facts", "", "", ""),
        ],
        [
            (
                "According to Yarrabend Rail’s September performance report, 91.1 per cent of the 61,480 scheduled metro services ran on time, so 8.9 per cent, or about 5,470 services, were late.",
                "Yarrabend Rail’s September performance report",
                "according to",
                "W",
            ),
            (
                "Under the operator’s contract with the state, a train is on time if it arrives no more than four minutes and 59 seconds after its timetabled time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the MP said he was referring to the Werribank line in the weekday morning peak, where 31.2 per cent of services ran late in September.",
                "A spokeswoman for the MP",
                "said",
                "W",
            ),
            (
                "Fathomcheck confirmed that figure from the operator’s line-by-line data.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "But the video did not mention the Werribank line or the morning peak.",
                "",
                "",
                "W",
            ),
            (
                "It showed Mr Cardewson-Yiptong standing on a crowded platform at Corrowong station.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Support independent fact-checking.", "", "", "B"),
            ("Become a member from $5 a month.", "", "", "B"),
        ],
        [
            (
                "Dr Evanthia Kostopoulou-Reevemont, a transport researcher at Brunswater University, said punctuality figures could understate how bad a commute felt.",
                "Evanthia Kostopoulou-Reevemont",
                "said",
                "",
            ),
            (
                "She said cancelled services were reported separately and not counted as late; 2.7 per cent of services were cancelled in September.",
                "Evanthia Kostopoulou-Reevemont",
                "said",
                "W",
            ),
            (
                "“If your train is cancelled, it never shows up as late, which is a strange way to keep score,” she said.",
                "Evanthia Kostopoulou-Reevemont",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the transport minister said September’s on-time figure was the best for that month since 2019.",
                "A spokesperson for the transport minister",
                "said",
                "W",
            ),
            (
                "Fathomcheck found that was correct: the September figures for 2020 to 2025 ranged from 86.4 per cent to 90.7 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Why we rated it Mostly false", "", "", ""),
        ],
        [
            (
                "The statistic is real, but it describes about one-sixtieth of the services run that month, not the network as a whole.",
                "",
                "",
                "W",
            ),
            (
                "Our rating would have been Mostly true had the video named the line and the time of day.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Sources", "", "", "B"),
        ],
        [
            (
                "Yarrabend Rail, Monthly performance summary, September 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Yarrabend Rail, Line-by-line punctuality data, September 2026 (spreadsheet)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Denbeigh Cardewson-Yiptong, video posted 14 October 2026", "", "", "B"),
        ],
        [
            (
                "Interview with Dr Evanthia Kostopoulou-Reevemont, 16 October 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "How our ratings work: True · Mostly true · Misleading · Mostly false · False",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Seen a claim we should check?", "", "", "B"),
            ("Send it to tips@fathomcheck.org.au.", "", "", "B"),
        ],
        [
            ("Was this fact check useful?   Yes   No", "", "", "B"),
        ],
        [
            ("© Fathomcheck Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("ZEPHYRINE DOCKET", "", "", "B"),
        ],
        [
            ("Denver city politics, in your inbox every Friday", "", "", "B"),
        ],
        [
            ("Issue No. 212 · Friday, October 30, 2026", "", "", "B"),
        ],
        [
            ("Forwarded this by a friend?", "", "", "B"),
            ("Subscribe here — it’s free.", "", "", "B"),
        ],
        [
            ("Morning, all.", "", "", "B"),
        ],
        [
            ("Big week at City Hall, so let’s get right to it.", "", "", ""),
        ],
        [
            (
                "Today’s Docket is supported by Ponderosa Teachers Credit Union.",
                "",
                "",
                "B",
            ),
            ("Members earn 4.1% APY on savings with no minimum balance.", "", "", "B"),
            ("Learn more at ponderosatcu.org.", "", "", "B"),
        ],
        [
            ("Council passes $1.86 billion budget, 10-3", "", "", "W"),
        ],
        [
            (
                "City Council voted 10-3 on Monday night to approve a $1.86 billion general fund budget for 2027, up 2.4% from this year.",
                "",
                "",
                "W",
            ),
            (
                "It adds 24 firefighter positions and brings back Sunday hours at six library branches.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council member Aurelino Benavidez-Strandmoen, who voted no, said the budget leans on $42 million in one-time money from reserves.",
                "Aurelino Benavidez-Strandmoen",
                "said",
                "W",
            ),
            (
                "“We’re paying this year’s bills with next year’s savings,” he said.",
                "Aurelino Benavidez-Strandmoen",
                "said",
                "",
            ),
        ],
        [
            (
                "Budget director Wynsome Ashgrovener-Tembonyama told the council the reserve would still hold 15.6% of spending after the draw, above the city’s 15% floor.",
                "Wynsome Ashgrovener-Tembonyama",
                "told the council",
                "W",
            ),
        ],
        [
            (
                "The mayor’s office said in a statement that the budget “keeps every promise we made to neighborhoods.”",
                "The mayor’s office",
                "said in a statement",
                "",
            ),
        ],
        [
            ("By the numbers", "", "", ""),
        ],
        [
            ("$1.86 billion: general fund spending in 2027", "", "", "W"),
        ],
        [
            ("$42 million: drawn from reserves", "", "", "W"),
        ],
        [
            ("6: library branches getting Sunday hours back", "", "", "W"),
        ],
        [
            ("QUICK HITS", "", "", "B"),
        ],
        [
            (
                "1. The regional transit board voted Tuesday to restore 15-minute weekday service on Route 42 from Jan. 11.",
                "",
                "",
                "W",
            ),
            ("It was cut to every 30 minutes in 2024.", "", "", "W"),
        ],
        [
            (
                "2. A district judge on Wednesday dismissed the lawsuit against the Tallowbrine St. bike lanes.",
                "",
                "",
                "W",
            ),
            ("The plaintiffs have 30 days to appeal.", "", "", "W"),
        ],
        [
            (
                "3. Early-voting turnout in Denver reached 118,400 ballots as of Thursday at 5 p.m., according to the county clerk.",
                "the county clerk",
                "according to",
                "W",
            ),
            ("That is 9% ahead of the same point in 2022.", "", "", "W"),
        ],
        [
            ("What I’m watching", "", "", ""),
        ],
        [
            ("The reserve draw is legal, and $42 million is not nothing.", "", "", ""),
            (
                "But if sales tax keeps coming in flat, next year’s budget fight will make this one look polite.",
                "",
                "",
                "",
            ),
        ],
        [
            ("You asked", "", "", ""),
        ],
        [
            (
                "A reader in Baker asks: can the council override a mayoral veto?",
                "A reader in Baker",
                "asks",
                "",
            ),
            (
                "It can, though rarely: an override takes nine votes, and the council has managed it twice since 2010.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Coming up", "", "", ""),
        ],
        [
            ("Tuesday, Nov. 3: Election Day; polls close at 7 p.m.", "", "", "W"),
        ],
        [
            (
                "Monday, Nov. 9: first council vote on the short-term rental rules, 5:30 p.m., council chambers.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("That’s it for this week.", "", "", "B"),
            (
                "Hit reply with tips, complaints and gossip; I read everything.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("— Esmerilda Thielbrook-Ruizbaca, editor", "", "", "B"),
        ],
        [
            ("Share the Docket", "", "", "B"),
            ("Refer three friends and we’ll mail you a Docket tote bag.", "", "", "B"),
        ],
        [
            (
                "Zephyrine Docket is a project of Zephyrine Civic Media, a nonprofit newsroom.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You’re getting this because you signed up at zephyrinedocket.com.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe · Update preferences · Past issues", "", "", "B"),
        ],
        [
            (
                "Zephyrine Civic Media, 1450 Quillenbeck St., Ste. 300, Denver, CO 80202",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("COASTWELL 98.3", "", "", "B"),
        ],
        [
            (
                "Listen live    Shows    Podcasts    News    Contests    Advertise",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Morning Tidecombe", "", "", "B"),
        ],
        [
            (
                "Transcript: Halberry Valley moves to Stage 4 water restrictions",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Broadcast Wednesday, October 28, 2026 · 7:40 a.m. PT", "", "", "B"),
        ],
        [
            ("▶ Play segment (9:12)", "", "", "B"),
        ],
        [
            (
                "This transcript was made by a transcription service and may contain errors.",
                "",
                "",
                "B",
            ),
            ("Please check it against the audio before quoting.", "", "", "B"),
        ],
        [
            ("MIRABELINE ARKENFELL-NAZARI, HOST: It’s 7:40.", "", "", ""),
            (
                "If you live in the Halberry Valley, you can put the hose away.",
                "",
                "",
                "",
            ),
            (
                "Stage 4 water restrictions take effect Monday across the regional district, and that means no lawn watering at all, no washing cars in driveways, and fines of up to $500.",
                "",
                "",
                "W",
            ),
            (
                "Eberhardo Brantingsby-Oseiwusu is the regional district’s utilities manager, and he’s on the line.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "EBERHARDO BRANTINGSBY-OSEIWUSU: Morning, Mirabeline.",
                "Eberhardo Brantingsby-Oseiwusu",
                "EBERHARDO BRANTINGSBY-OSEIWUSU:",
                "",
            ),
        ],
        [
            ("ARKENFELL-NAZARI: How low is the reservoir?", "", "", ""),
        ],
        [
            (
                "BRANTINGSBY-OSEIWUSU: Lake Marrowin was at 23 per cent of capacity yesterday morning.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
            (
                "For late October we’d normally be around 61 per cent.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
            (
                "We’ve had 94 millimetres of rain since the first of June, the lowest for that stretch since records started in 1951.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
        ],
        [
            (
                "ARKENFELL-NAZARI: Some listeners have been asking why the restrictions didn’t come in sooner.",
                "Some listeners",
                "have been asking",
                "",
            ),
        ],
        [
            (
                "BRANTINGSBY-OSEIWUSU: That’s fair.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "",
            ),
            (
                "We went to Stage 3 on August 14, and use dropped by about 18 per cent.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
            (
                "Honestly, we were hoping September would bring rain, and it … didn’t.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "",
            ),
        ],
        [
            ("(CROSSTALK)", "", "", "B"),
        ],
        [
            ("ARKENFELL-NAZARI: Sorry, go ahead.", "", "", ""),
        ],
        [
            (
                "BRANTINGSBY-OSEIWUSU: I was just going to say the board voted 7-2 on Tuesday to bring in Stage 4.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
        ],
        [
            ("ARKENFELL-NAZARI: Farmers are feeling this too.", "", "", ""),
            (
                "Here’s dairy farmer Jantiena Brouwerskamp, speaking to us yesterday from her farm near Port Quillmarrow.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(BEGIN AUDIO CLIP)", "", "", "B"),
        ],
        [
            (
                "JANTIENA BROUWERSKAMP: Our well went dry on August 30th.",
                "Jantiena Brouwerskamp",
                "JANTIENA BROUWERSKAMP:",
                "W",
            ),
            (
                "Since then we’ve been trucking in about 30,000 litres a day for 140 cows, at $11 a thousand litres.",
                "Jantiena Brouwerskamp",
                "JANTIENA BROUWERSKAMP:",
                "W",
            ),
            (
                "I don’t know how long we can keep that up.",
                "Jantiena Brouwerskamp",
                "JANTIENA BROUWERSKAMP:",
                "",
            ),
        ],
        [
            ("(END AUDIO CLIP)", "", "", "B"),
        ],
        [
            (
                "ARKENFELL-NAZARI: Eberhardo, is there any help for farms like hers?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "BRANTINGSBY-OSEIWUSU: Farms are exempt from the lawn and car-washing bans.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
            (
                "And we’ve opened a bulk-water station at the Halberry works yard, where farms can fill tankers at cost, which is $3.80 per thousand litres.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
        ],
        [
            ("ARKENFELL-NAZARI: Let’s take a call.", "", "", ""),
            ("Margot is in Port Quillmarrow.", "", "", ""),
        ],
        [
            ("CALLER (MARGOT): Hi, yeah.", "Margot", "CALLER (MARGOT):", ""),
            (
                "My neighbour’s sprinklers were on at five this morning!",
                "Margot",
                "CALLER (MARGOT):",
                "",
            ),
            ("Who do I even call about that?", "Margot", "CALLER (MARGOT):", ""),
        ],
        [
            (
                "BRANTINGSBY-OSEIWUSU: You can report it on our website or at 250-555-0172, and a bylaw officer will follow up.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "",
            ),
            (
                "Since Stage 3 started, we’ve issued 212 warnings and 19 fines.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "W",
            ),
        ],
        [
            (
                "ARKENFELL-NAZARI: Eberhardo Brantingsby-Oseiwusu, thanks for your time.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "BRANTINGSBY-OSEIWUSU: Thanks, Mirabeline.",
                "Eberhardo Brantingsby-Oseiwusu",
                "BRANTINGSBY-OSEIWUSU:",
                "",
            ),
        ],
        [
            ("Coastwell 98.3 is part of the Tidereach Radio Group.", "", "", "B"),
        ],
        [
            ("© 2026 Tidereach Radio Group Inc.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h66-us-ave-s-caption",
        "A shopper loads bags into a car outside the Hollenbrek Foods store on Cedarvane Ave. S. in Minneapolis on Wednesday. Jorunnar Oranstad-Vaskel, The Kvellstrand Current",
        [
            "A shopper loads bags into a car outside the Hollenbrek Foods store on Cedarvane Ave. S. in Minneapolis on Wednesday.",
            "Jorunnar Oranstad-Vaskel, The Kvellstrand Current",
        ],
    ),
    (
        "h66-us-statement-then-quote",
        "The chain’s president, Marvetta Vanhoosenbeck-Ahl, said in a statement that the nine stores lost a combined $14.2 million over the last three fiscal years. “This is the hardest decision my family has made in four generations,” she said. “We owe our customers an honest answer, and the honest answer is that these stores cannot pay their way.”",
        [
            "The chain’s president, Marvetta Vanhoosenbeck-Ahl, said in a statement that the nine stores lost a combined $14.2 million over the last three fiscal years.",
            "“This is the hardest decision my family has made in four generations,” she said.",
            "“We owe our customers an honest answer, and the honest answer is that these stores cannot pay their way.”",
        ],
    ),
    (
        "h66-us-quoted-question-asked",
        "Gwendabeth Ashquarrie-Ruddiford, 71, who was loading groceries into a neighbor’s car outside the store Wednesday, said she has shopped there twice a week since 1994. “Where am I supposed to pick up my heart pills now?” she asked.",
        [
            "Gwendabeth Ashquarrie-Ruddiford, 71, who was loading groceries into a neighbor’s car outside the store Wednesday, said she has shopped there twice a week since 1994.",
            "“Where am I supposed to pick up my heart pills now?” she asked.",
        ],
    ),
    (
        "h66-us-bio-email-phone",
        "Tovelise Saevold-Brunnquist covers retail, restaurants and food prices for the Current. Reach her at tovelise.sb@kvellstrandcurrent.com or 612-555-0143.",
        [
            "Tovelise Saevold-Brunnquist covers retail, restaurants and food prices for the Current.",
            "Reach her at tovelise.sb@kvellstrandcurrent.com or 612-555-0143.",
        ],
    ),
    (
        "h66-wire-caption-date-credit",
        "A Brakkenholm Line container ship is moored at the port of Aarhus, Denmark, May 12, 2025. Brevantis/Pernille Thorvaldsdottir-Bekvold/File Photo",
        [
            "A Brakkenholm Line container ship is moored at the port of Aarhus, Denmark, May 12, 2025.",
            "Brevantis/Pernille Thorvaldsdottir-Bekvold/File Photo",
        ],
    ),
    (
        "h66-wire-crowns-gmt-decimal",
        "Brakkenholm shares were down 6.1% at 184.20 Danish crowns by 1005 GMT, the biggest faller on Copenhagen’s blue-chip index. They have lost 31.5% so far this year.",
        [
            "Brakkenholm shares were down 6.1% at 184.20 Danish crowns by 1005 GMT, the biggest faller on Copenhagen’s blue-chip index.",
            "They have lost 31.5% so far this year.",
        ],
    ),
    (
        "h66-uk-5-30am-quote",
        "Hexwardine Otters Swimming Club, which has 260 members, will move its training to Calderbright Leisure Centre, 22 miles away, the club's head coach, Athelstan Fairholmby-Oyede, said. “Some of our kids are in the water at 5.30am before school,” he said. “Asking their parents to drive 44 miles there and back, before work, is not realistic.”",
        [
            "Hexwardine Otters Swimming Club, which has 260 members, will move its training to Calderbright Leisure Centre, 22 miles away, the club's head coach, Athelstan Fairholmby-Oyede, said.",
            "“Some of our kids are in the water at 5.30am before school,” he said.",
            "“Asking their parents to drive 44 miles there and back, before work, is not realistic.”",
        ],
    ),
    (
        "h66-uk-dash-question-said",
        "Tiffanelle Lidgate-Sumbleton, whose two children have Saturday lessons at the pool, said she could not afford the petrol to Calderbright every week. “So what happens to their lessons – do they just stop?” she said.",
        [
            "Tiffanelle Lidgate-Sumbleton, whose two children have Saturday lessons at the pool, said she could not afford the petrol to Calderbright every week.",
            "“So what happens to their lessons – do they just stop?” she said.",
        ],
    ),
    (
        "h66-uk-4pm-7pm",
        "The council expects the pool to reopen in the summer of 2028. A drop-in session about the closure will be held at Hexwardine Library on Thursday 19 November from 4pm to 7pm.",
        [
            "The council expects the pool to reopen in the summer of 2028.",
            "A drop-in session about the closure will be held at Hexwardine Library on Thursday 19 November from 4pm to 7pm.",
        ],
    ),
    (
        "h66-uk-ltd-no-registered",
        "© Lantern Newspapers Ltd 2026. Registered in England No. 04419236.",
        ["© Lantern Newspapers Ltd 2026.", "Registered in England No. 04419236."],
    ),
    (
        "h66-sc-exclamation-told",
        "Dunmorrichan boss Gillebride Thrumster was in no mood to be gracious. “I've watched it back twice and it's never a second yellow – never!” he told Pressbox Alba. “We'll be asking the league to look at it.”",
        [
            "Dunmorrichan boss Gillebride Thrumster was in no mood to be gracious.",
            "“I've watched it back twice and it's never a second yellow – never!” he told Pressbox Alba.",
            "“We'll be asking the league to look at it.”",
        ],
    ),
    (
        "h66-sci-dr-midsentence",
        "Honeybee colonies kept beside solar farms produced 18% more honey over two summers than colonies kept next to ordinary farmland, researchers in the Netherlands reported on Monday. The team, led by ecologist Dr. Hinke Oudevaart-Smeenk of Oostmeer University, followed 96 hives at 12 sites in Gelderland and Overijssel in 2024 and 2025.",
        [
            "Honeybee colonies kept beside solar farms produced 18% more honey over two summers than colonies kept next to ordinary farmland, researchers in the Netherlands reported on Monday.",
            "The team, led by ecologist Dr. Hinke Oudevaart-Smeenk of Oostmeer University, followed 96 hives at 12 sites in Gelderland and Overijssel in 2024 and 2025.",
        ],
    ),
    (
        "h66-sci-ellipsis-in-quote",
        "“2025 was an unusually warm, dry summer in the Low Countries, and honey yields were high almost everywhere,” he said. “I’d want five years of data … and a look at wild bees too, not just honeybees.”",
        [
            "“2025 was an unusually warm, dry summer in the Low Countries, and honey yields were high almost everywhere,” he said.",
            "“I’d want five years of data … and a look at wild bees too, not just honeybees.”",
        ],
    ),
    (
        "h66-sci-question-quote-continued",
        "Wiebren-Jan Hoekstervelt, who keeps 40 hives in Overijssel and took part in the study, said his colonies beside the solar park gave about a fifth more honey than the rest in 2025. “But the operator mows the whole site in the first week of July, and after that there is nothing for them to eat,” he said. “Who decides when to mow, the bees or the insurance company?”",
        [
            "Wiebren-Jan Hoekstervelt, who keeps 40 hives in Overijssel and took part in the study, said his colonies beside the solar park gave about a fifth more honey than the rest in 2025.",
            "“But the operator mows the whole site in the first week of July, and after that there is nothing for them to eat,” he said.",
            "“Who decides when to mow, the bees or the insurance company?”",
        ],
    ),
    (
        "h66-ie-kmh-2pm-it-said",
        "A gust of 141km/h was measured at Inishcarrow lighthouse off the Galway coast at 2pm, according to the national forecaster. It said that was the strongest gust recorded in the country since February 2024.",
        [
            "A gust of 141km/h was measured at Inishcarrow lighthouse off the Galway coast at 2pm, according to the national forecaster.",
            "It said that was the strongest gust recorded in the country since February 2024.",
        ],
    ),
    (
        "h66-ie-exclamation-end",
        "Dearbháil Tallowmane-Keoghane, from Drumskellan in north Mayo, sent us this picture of an ash tree lying across her lane. “It sounded like a train going over the roof at about two o’clock,” she said. “We’re grand, but the car isn’t going anywhere today!”",
        [
            "Dearbháil Tallowmane-Keoghane, from Drumskellan in north Mayo, sent us this picture of an ash tree lying across her lane.",
            "“It sounded like a train going over the roof at about two o’clock,” she said.",
            "“We’re grand, but the car isn’t going anywhere today!”",
        ],
    ),
    (
        "h66-ca-sept-8-regina",
        "Sigrunna Sorbakken-Frewin became chief of the city’s fire and paramedic service on Sept. 8 after 11 years as a deputy chief in Regina. She spoke to the Standard at the service’s headquarters on Quelwick Street last week.",
        [
            "Sigrunna Sorbakken-Frewin became chief of the city’s fire and paramedic service on Sept. 8 after 11 years as a deputy chief in Regina.",
            "She spoke to the Standard at the service’s headquarters on Quelwick Street last week.",
        ],
    ),
    (
        "h66-ca-q-prefix-question",
        "Q: You’ve been in the chair six weeks. What has surprised you?",
        ["Q: You’ve been in the chair six weeks.", "What has surprised you?"],
    ),
    (
        "h66-ca-three-dot-ellipsis",
        "A: The median offload time at the two big adult hospitals was 71 minutes in September. On a bad night it’s four hours... and that’s an ambulance that isn’t on the street.",
        [
            "A: The median offload time at the two big adult hospitals was 71 minutes in September.",
            "On a bad night it’s four hours... and that’s an ambulance that isn’t on the street.",
        ],
    ),
    (
        "h66-ca-pm-then-sentence",
        "Sorbakken-Frewin will take questions at a public meeting at the Belcourt-Tansi Community Centre on Wednesday, Nov. 4, at 7 p.m. Questions can also be sent in advance through the city clerk’s office.",
        [
            "Sorbakken-Frewin will take questions at a public meeting at the Belcourt-Tansi Community Centre on Wednesday, Nov. 4, at 7 p.m.",
            "Questions can also be sent in advance through the city clerk’s office.",
        ],
    ),
    (
        "h66-pr-us-p-value",
        "The randomized, double-blind, placebo-controlled trial enrolled 284 patients at 38 sites in the U.S., Canada and Poland. Patients receiving 45 mg of CVT-218 twice daily had a 41% reduction in 24-hour cough frequency from baseline at Week 12, compared with a 17% reduction in patients receiving placebo (p<0.001).",
        [
            "The randomized, double-blind, placebo-controlled trial enrolled 284 patients at 38 sites in the U.S., Canada and Poland.",
            "Patients receiving 45 mg of CVT-218 twice daily had a 41% reduction in 24-hour cough frequency from baseline at Week 12, compared with a 17% reduction in patients receiving placebo (p<0.001).",
        ],
    ),
    (
        "h66-pr-mb-chb-degrees",
        "“Many of my patients have coughed every day for more than a decade,” said Leofricus Emberline-Okorafunmi, M.B., Ch.B., a lead investigator in VESPER-2 and director of the cough clinic at Quellbourne Chest Institute. “A 41% drop is the kind of change they would notice at the dinner table.”",
        [
            "“Many of my patients have coughed every day for more than a decade,” said Leofricus Emberline-Okorafunmi, M.B., Ch.B., a lead investigator in VESPER-2 and director of the cough clinic at Quellbourne Chest Institute.",
            "“A 41% drop is the kind of change they would notice at the dinner table.”",
        ],
    ),
    (
        "h66-pr-am-et-us-brackets",
        "Corvalen will host a conference call and webcast today at 8:30 a.m. ET. To join, dial 1-833-555-0187 (U.S.) or 1-412-555-0119 (international) and ask for the Corvalen call. A replay will be available in the Investors section of corvalen.com for 90 days.",
        [
            "Corvalen will host a conference call and webcast today at 8:30 a.m. ET.",
            "To join, dial 1-833-555-0187 (U.S.) or 1-412-555-0119 (international) and ask for the Corvalen call.",
            "A replay will be available in the Investors section of corvalen.com for 90 days.",
        ],
    ),
    (
        "h66-ng-engr-quotes",
        "The authority’s general manager, Engr. Olusegunmi Ojelabi-Akintunrewa, told me the toll would raise about ₦9 billion a year for repairs. “The expansion joints on that bridge have not been replaced since it opened, and two of them are now cracked,” he said. “Would you rather we wait until it falls down?”",
        [
            "The authority’s general manager, Engr. Olusegunmi Ojelabi-Akintunrewa, told me the toll would raise about ₦9 billion a year for repairs.",
            "“The expansion joints on that bridge have not been replaced since it opened, and two of them are now cracked,” he said.",
            "“Would you rather we wait until it falls down?”",
        ],
    ),
    (
        "h66-ng-semicolon-asked",
        "She used to pay her rider ₦1,000 for the round trip; since the toll he charges ₦2,200, she said. “Is it my tomatoes that will pay for the bridge?” she asked.",
        [
            "She used to pay her rider ₦1,000 for the round trip; since the toll he charges ₦2,200, she said.",
            "“Is it my tomatoes that will pay for the bridge?” she asked.",
        ],
    ),
    (
        "h66-au-claim-email",
        "Seen a claim we should check? Send it to tips@fathomcheck.org.au.",
        ["Seen a claim we should check?", "Send it to tips@fathomcheck.org.au."],
    ),
    (
        "h66-dn-numbered-jan",
        "1. The regional transit board voted Tuesday to restore 15-minute weekday service on Route 42 from Jan. 11. It was cut to every 30 minutes in 2024.",
        [
            "1. The regional transit board voted Tuesday to restore 15-minute weekday service on Route 42 from Jan. 11.",
            "It was cut to every 30 minutes in 2024.",
        ],
    ),
    (
        "h66-dn-st-ends-sentence",
        "2. A district judge on Wednesday dismissed the lawsuit against the Tallowbrine St. bike lanes. The plaintiffs have 30 days to appeal.",
        [
            "2. A district judge on Wednesday dismissed the lawsuit against the Tallowbrine St. bike lanes.",
            "The plaintiffs have 30 days to appeal.",
        ],
    ),
    (
        "h66-bc-ellipsis-didnt",
        "BRANTINGSBY-OSEIWUSU: That’s fair. We went to Stage 3 on August 14, and use dropped by about 18 per cent. Honestly, we were hoping September would bring rain, and it … didn’t.",
        [
            "BRANTINGSBY-OSEIWUSU: That’s fair.",
            "We went to Stage 3 on August 14, and use dropped by about 18 per cent.",
            "Honestly, we were hoping September would bring rain, and it … didn’t.",
        ],
    ),
    (
        "h66-bc-caller-exclamation",
        "CALLER (MARGOT): Hi, yeah. My neighbour’s sprinklers were on at five this morning! Who do I even call about that?",
        [
            "CALLER (MARGOT): Hi, yeah.",
            "My neighbour’s sprinklers were on at five this morning!",
            "Who do I even call about that?",
        ],
    ),
]
