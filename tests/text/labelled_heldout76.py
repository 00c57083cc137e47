"""Seventy-sixth held-out set of hand-labelled pages for the hint engines (held out, round forty-five): never tuned on.

Twelve WHOLE pages, head to tail, from twelve countries (England, Ghana, Singapore, Uganda, the
Philippines, the United States, Australia, Pakistan, South Africa, Canada, Scotland and Barbados),
in the styles a fact-checking desk sees most: two PASTED WEB PAGES with all their furniture (an
English hospital trust's news item with a cookie block and notes to editors; a Barbadian news blog
with a cookie block, a weather strip, a breaking ticker and a reader comment), a LIVE BLOG with time
stamps (a Ghanaian by-election count), a PRESS-CONFERENCE TRANSCRIPT (a Singapore minister and
agency chief on dengue), SCIENCE/HEALTH with a journal reference (a Ugandan bed-net trial), WIRE
COPY with dateline and credits line (typhoon damage to the Philippine rice crop), a COURT REPORT (a
Kansas jury's award to a fired nurse), SPORT with a scoreboard (an Australian district cricket
final), a Q&A INTERVIEW with "Q:" and "A:" (a Pakistani textile exporters' chief), an OPINION COLUMN
(a South African municipality's electricity tariff), a NEWSLETTER POST (a Nova Scotia town's budget)
and LOCAL NEWS (a Highland primary school facing closure). What is hard: speakers behind pronoun
chains, surnames, titles and roles ("Dr.", "Mr.", "Mrs.", "Supt.", "Hon.", "Prof.", "Sen.", "Coun.",
"Cllr", "Ms", "Mr", "MSP", "Undersecretary", "Finance director", "captain-coach", "Senior sister"),
spokespeople and statements, a surname holding "St." ("Kerwin St. Hill-Broomes"), middle initials
("Rommel P.", "Thaddeus R."), transcript prefixes ("Minister Kwek:", "Ms Lum:", "Q:", "A:"), sources
cited in questions ("Your council says", "some residents in Bukit Perantau say"), generic nouns kept
as written ("The company", "The council", "the report", "The authors"), live-blog entry headlines
that carry a speaker ("Winner promises ...", "No major incidents, police say"); splits at
abbreviations that END a sentence ("Inc." twice, "Wharfinger St.", "9 a.m.") and that do not ("St.
Aldwyth's", "St. Lucy", "St. Kizito R/C", "D/A", "approx." six times, "e.g.", "i.e." twice, "vs.",
"Feb.", "Nov.", "Jan. 8", "Dec. 15", "3 a.m.", "2 a.m.", "5 p.m.", "6 p.m.", "Rd.", "Bros. Ltd.",
"Kan."), decimals and scores (46.2%, 0.81 vs. 1.23, P44.50, 8.4 overs, 59.33, 9-247, 5-31, 2-96),
quotes with "?" or "!" then their attribution ("...for two hours?” he asked.", "...cannot help her!”
he said.", "...ignore that?” Vintenberg asked."), quotes split after their first sentence before the
attribution ("“They didn't fire her for being late." / "They fired her for telling the truth!” he
said.", and seven more), and a journal reference with "et al.". Each page carries its site's own
furniture at the head, in the middle and at the tail, each worded its own way. The pages hold 527
sentences: 212 "B", 153 "W" and 162 ""; 198 sentences carry a speaker (86 distinct speakers).
`STYLES` describes each page, its story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-five as a HELD-OUT set, before any rule was tuned
on it and without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only the brief);
`/tmp/sets` was checked at the start only through a count of its entries (`ls /tmp/sets | wc -l`),
which was 0; the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); the `build` function of `tests/text/labelled_articles.py` (printed alone with
`ast.get_source_segment`); the `[tool.ruff]` tables of `pyproject.toml` (a `sed` address range from
`[tool.ruff]`); and from `labelled_new107.py` and `labelled_new108.py`, the output of a script of my
own using `ast` that prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and
the first eight `CASES` of each: printed once (the tool cut its middle, so only the docstring of
`labelled_new107.py`, the start of its `STYLES`, the end of the first page, the second page and the
cases of `labelled_new108.py` were seen then), then printed again into a scratch file, of which only
some ranges were shown with `sed` after a `grep -n` of its section markers: the `STYLES` of
`labelled_new107.py` (lines cut at 3,000 characters), the docstring and `STYLES` of
`labelled_new108.py` (lines cut at 4,000 characters; the middle of that docstring was cut by the
tool and then shown in a second range), and the first 150 non-bracket lines of the first page of
`labelled_new107.py` (lines cut at 250 characters); so the rest of that first page, the second page
and the cases of `labelled_new107.py`, and the start of the first page of `labelled_new108.py` were
never seen. No other page, case or docstring of any file under `tests/` was read. What was run: a
`du -sh` of `tests/text` (its size only); a Python one-liner printing the calendars of October to
December 2026 (to check weekdays); scripts of my own in a scratch folder that turn a small line
format (flag, speaker, cue and text separated by a tilde, one line a sentence, "+" continuing a
paragraph, aliases for speakers, case marks) into the literals below, apply renames, cut the split
cases out of the pages, list sentences with an inner full stop, question mark or exclamation mark
before a capital or a digit (to catch lines holding two sentences), and count sentences, flags and
speakers; file counts (`grep -rli -- WORD /work/main/tests/text | wc -l`, as the brief gives it) for
each of the 735 capitalised words of the pages, for each coined surname (whole, hyphenated compounds
as one string), outlet, firm, party, school, place and street name, and for each candidate
replacement; an import of this file with `labelled_articles.build` on every page and a check of four
string fields, flags, no "B" with a speaker, a cue for every speaker and a speaker for every cue, 30
distinct case ids, each case a run of consecutive labelled sentences of one paragraph whose texts
are its expected sentences and whose join by single spaces is its text, and the counts above; and
`ruff format` and `ruff check` (the project's `.venv`) on this file with the project's
`pyproject.toml` as config, the check also through `--stdin-filename
tests/text/labelled_heldout76.py` so that the per-file ignores for `tests/**` apply. Only counts
were read from the word searches, never the matched lines or file names; they ran through every file
under `tests/text`, including ones this set must not open. Coined names that hit at least one file
were renamed (a chief executive, a senior sister, a police spokesperson, a live-blog reporter, a
co-author, a plaintiff, an attorney, an association president, a cricketer, a care board's area, a
town, two parties, an outlet, a typhoon, a rice miller, a hospital, a media group, two papers, a
civic league, a school, a news blog, a cove, a developer, a contractor and two more surnames), and
only replacements with no hit were kept; the rejected names are not listed here. What still hits
among the 735 capitalised words of the first draft is real places and regions (Lira District,
Kampala, Mbarara, Manila, Luzon, Isabela, Cagayan Valley, Tuguegarao, Vietnam, Wichita, Sedgwick
County, Hutchinson, Kansas, Faisalabad, Punjab, Bangladesh, India, Europe, Bridgetown, St. Lucy,
Edinburgh, the Highlands and the like), common given names (Abena, Kwabena, Yaw, Gifty, Efua,
Selorm, Osei, Emmanuel, Harriet, Ramon, Joaquin, Brendan, Harvey, Lachlan, Catriona, Torquil, Shona,
Morven, Keisha, Gord, Lyndon, Marcus, Pieter, Nomvula, Sibusiso, Lwazi, Ayanda, Thandiwe and the
like), parts of coined compounds (Owusu, Dube, Kemp, Moss, Dunn, Pike, Wade, Lyle and the like, each
compound itself without a hit), common and outlet words (Pulse, Tribune, Gazette, Chronicle, Post,
News, Tigers, Typhoon, Moderator and the like), and tokens kept on purpose (NHS, GPs, UTC, NRP, UCM,
SNS, PHTEC, UGX, DENV, RCMP, PAIA, MSP, IMF).

Every person, outlet, wire service, party, trust, hospital, firm, club, team, ground, school,
community club, institute, journal, federation, council body, association, league, road, street and
town-level place is invented. Real countries, regions, cities and institutions appear only as
settings: the NHS (in a trust's name), the Electoral Commission, Parliament and the police's Eastern
Regional Command in Ghana, Singapore's Ministry of Sustainability and the Environment and National
Environment Agency, Uganda's health ministry, the Philippine Department of Agriculture and the state
weather bureau and crop insurer (unnamed), the Sedgwick County Courthouse and the Kansas Department
of Health and Environment, the IMF, Eskom, the Auditor-General and the national energy regulator of
South Africa (unnamed), the RCMP, Highland Council and the Scottish Government, Barbados's Chief
Town Planner and House of Assembly; Facebook, X, LinkedIn and WhatsApp appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, byline, date, share line, caption, credit, link, list item,
time stamp, scoreboard line, button row, comment line and legal line is a paragraph of its own);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is
"B" line by line, whatever it says (reader comments too); a caption by its content and its credit
"B"; headlines and standfirsts are never split and are flagged by content; a dateline belongs to its
lead sentence; a speaker is the full name as first given without titles (a pronoun, a later surname
or a title resolves to it); an organisation's later generic noun is kept as written; "according to
X" gives X as written, and "According to" is the cue when the sentence opens with it; a quote over
several sentences carries its speaker and cue in each; a named person acting without a verb of
saying carries no speaker; sport data lines are "" and a box's title "B"; a journal reference line
is one "B" sentence; the wire credits line is one "B" sentence; live-blog time stamps and entry
bylines are "B"; Q&A answers carry the interviewee with cue "A:", and questions carry no speaker
unless they cite a source.

Conventions this set had to settle, in the same spirit:

* Press-conference transcript: every answer sentence carries the official who speaks, with the
  prefix as written as cue ("Minister Kwek:", "Ms Lum:"), also the sentences of the turn after the
  first, which do not repeat it; reporters' turns (their outlet in brackets in the prefix) carry no
  speaker unless they cite a source ("some residents in Bukit Perantau say"); the moderator's
  procedural turns are "" with no speaker (part of the transcript, not page furniture); the line
  saying who spoke to the media, where and when is "W" with no speaker; the transcript's title is ""
  and its date line "B".
* "Notes to editors" on an organisation's own page (the heading, a numbered note about the
  organisation and a media-contact note) are "B", like an author bio and a contact line.
* A wire story's currency line "($1 = 58.02 pesos)" is "B", like the credits line.
* A jury's verdict ("the eight-member jury found ...") carries no speaker, like "The court ordered";
  a judge setting a hearing and a party's request of record likewise; "testified" and "told jurors"
  are cues.
* "In a statement, hospital spokesperson X said ..." then "..., the statement said." carries X, the
  one the story says made the statement.
* Live blog: an entry headline that names its speaker by role ("Winner promises ...") or by a plain
  noun ("No major incidents, police say") carries the one the entry names (the winner; the regional
  police command as first given), with the headline's verb as cue; an entry headline naming nobody
  ("UCM not conceding yet", "Why is there a by-election?") carries no speaker; "He did not give
  details" is labelled like "declined to comment", with the person as speaker.
* A newsletter post's greeting and sign-off by its writer are "" (part of the post); its section
  labels ("What's next", "Quick hits") and the subscribe prompt are "B"; bullet items are labelled
  by content like any sentence.
* An opinion column's own claims carry no speaker (the columnist writes them): facts "W", arguments,
  rhetorical questions and fragments ""; "told me" is a cue; the views disclaimer and the author bio
  are "B".
* Cricket scoreboard: the "SCOREBOARD" title "B"; innings totals, batting, extras, bowling, result
  and player-of-the-final lines "" data, one sentence each, never split at initials ("L. J.
  Ackerwhistle").
* A conservation group's director introduced by "Its director, Dr. ..." is named, not "Its
  director"; "Parents in Achnaverran have vowed" is kept as written with "have vowed" as cue.
* Titles and roles dropped from speakers: Dr., Mr., Mrs., Supt., Hon., Prof., Co-author, Sen.,
  Coun., Cllr, Mr, Ms, MSP, Minister, Mayor, Undersecretary, Finance director, Committee chair,
  Association president, captain-coach, coach, Senior sister, Fisherman, Mother-of-two, Opposition
  tourism spokesman; "St." inside a surname stays ("Kerwin St. Hill-Broomes"), as do middle initials
  ("Rommel P. Sabanal-Ilustre", "Thaddeus R. Ostrowandel") and "van der" ("Pieter van der
  Kloofwyk"); Singapore Chinese names keep their order ("Kwek Jun Hao", "Genevieve Lum Pei Shan").

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two
or three consecutive sentences of one paragraph of these pages joined by single spaces: quotes split
after their first sentence before their attribution, questions and exclamations inside quotes before
"he asked" / "he said", transcript and Q&A turns with their prefixes ("Minister Kwek:", "Ms Lum:",
"Q:", "A:"), abbreviations that end a sentence ("Inc." twice, "Wharfinger St.", "9 a.m.") and that
do not ("approx.", "e.g.", "i.e.", "vs.", "Feb.", "Nov.", "Jan. 8", "3 a.m.", "2 a.m.", "6 p.m.",
"D/A", "Dr.", "P.", "St. Hill-Broomes"): what a reviewer wants, not what the engine does.
"""

STYLES = [
    'English PASTED WEB PAGE of an NHS hospital trust\'s news item (Thelbridge), an urgent treatment centre now open 24 hours a day: a skip link, a two-sentence cookie block and a button row at the head; trust name, service menu with pipes, search line, breadcrumbs with >; headline "W" with "St. Aldwyth\'s" mid-sentence; a Posted line and a Category line; caption "" and image credit; the new hours "W" with no speaker; "Trust figures" through according to with "approx." and "the figures show" "W"; the chief executive with "Dr." (a prediction "", a quote with "3 a.m." mid-sentence and a continued quote, all ""); the grant "W"; the finance director (a decision date "", the yearly cost "W"); staff recruited "W"; advice with "e.g." ""; a patients\' group chair (a campaign since 2022 "W", a quote ending "!” she said." "", a plan ""); a senior sister\'s quote after a colon "" (Notes to editors heading and two numbered notes "B", share line, a was-this-helpful widget, Related news list, address, switchboard, footer links, copyright)',
    'Ghanaian LIVE BLOG on a news site (Eastern Region), a parliamentary by-election count, newest entry first: LIVE label, headline "W", live-updates byline, Last updated and Refresh lines, a KEY POINTS box ("W" of record, a turnout through according to the returning officer); 24-hour time stamps and "— Name" entry bylines "B"; an entry headline "Winner promises ..." carrying the winner, his speech and quote "" with "Mr." dropped, and highway authority records through according to "W"; an entry headline of record "W"; the returning officer with "Mrs." (the reading "W" with no speaker, "she said" and "a figure she called" "W"); "UCM not conceding yet" ""; the losing candidate who "told Kakramadu Online" ""; her campaign manager with "Mr." (14 stations "W", a question quote with "D/A" ending "?” he asked." "", "He did not give details" carried by him); "No major incidents, police say" carrying the regional police command, its spokesperson with "Supt." dropped (arrests and bail "W"); counting "according to our reporters" with "5 p.m." mid-sentence "W" and colour with "St. Kizito R/C" ""; a trader named after her quote ""; why the seat fell vacant with "Hon." mid-sentence "W" (masthead in capitals, menu with pipes, ADVERTISEMENT, Load earlier updates, tags line, WhatsApp line, copyright split at "Ltd.", footer links)',
    'Singaporean PRESS-CONFERENCE TRANSCRIPT on a ministry\'s newsroom page, a doorstop interview on dengue: ministry name, menu with pipes, breadcrumbs with slashes; the transcript title ""; a date line "B"; the intro naming the minister and the agency chief with "Mr" and "Ms" and "11.30am" "W" with no speaker; the minister\'s turns with the prefix "Minister Kwek:" and hers with "Ms Lum:", every answer sentence carrying the speaker and the prefix as cue, the sentences after the first without it: case counts, deaths, a strain switch, officers, breeding shares with "e.g.", fines and prosecutions, Wolbachia coverage with "i.e." "W"; an appeal, "We are studying it.", a plan, advice and thanks ""; the moderator\'s turns "" with no speaker; reporters\' turns with their outlet in brackets, no speaker except "some residents in Bukit Perantau say" "" (End of transcript line, share line, Related list, Last updated line, footer links, copyright)',
    'Ugandan SCIENCE/HEALTH story on a news site (northern Uganda, Lira District), a bed-net trial cutting malaria in children by a third: headline and standfirst "W"; byline, Published line with "am", share line; caption "" and a PHOTO/FILE credit; the lead through according to "a study of 64 villages in northern Uganda" "W"; "Feb. 2024 to Nov. 2025" mid-sentence and "vs." with "the paper says (Table 3)." "W"; the lead author with "Dr." (resistance "W", a two-sentence metaphor quote "", no side effects "W"); net prices with "approx." through a procurement list "W"; "The authors write" a may-hedge and "call for" a longer trial ""; a co-author with "Prof." dropped (mosquito counts "W", a quote with "2 a.m." mid-sentence ending "!” he said." and a continued quote ""); an outside specialist with "Dr." (opinion and advice ""); "The health ministry" said in a statement (a plan "", cases and a leading cause "W") (masthead in capitals, menu with pipes, section path with >, ADVERTISEMENT, a journal reference with "et al." as one "B" sentence, Also read link, Related stories, publisher line with "Ltd.," mid-sentence, copyright split before "All rights reserved.")',
    'Philippine WIRE COPY on a wire service\'s own site (Manila, northern Luzon), a typhoon\'s damage to the rice crop: headline "W"; date line with GMT+8, byline, read time; a "MANILA, Nov 18 (SNS) -" lead carrying the Department of Agriculture "W"; the state weather bureau through according to and "since Sept. 1." ending a sentence; an undersecretary with a middle initial "Rommel P." (told reporters a share "W", a may-hedge quote "", a recommendation ""); traders said a price "W"; a farmers\' federation head named after her quote ("", then a count of farmers "W"); "The state crop insurer" said (claims "W", payments "" with "It said"); government data "W"; "Inc." ending a sentence before "The company did not respond to a request for comment." (speaker "The company" as written) (agency name in capitals, menu with middle dots, section label with ›, a currency line "($1 = 58.02 pesos)" "B", credits line as one "B" sentence, standards line, Read Next list, copyright split before "All rights reserved.", footer links)',
    'United States COURT REPORT on a city paper\'s site (Wichita, Kansas), a jury awards a fired nurse $4.2 million: headline "W"; a standfirst "Hollowvane Regional Medical Center says it will appeal ..." ""; byline, Published and Updated lines with "p.m. CT" and "a.m. CT", share line; caption "" and bracketed photo credit; a "WICHITA, Kan. —" lead "W"; the jury\'s finding and award "W" with no speaker; the nurse (testified "W", told jurors "W" and a continued quote ""); her attorney with a middle initial (a quote closing "state.”" "", then a quote split after its first sentence ending "!” he said." ""); "The hospital argued" "W"; the hospital\'s lawyer (told jurors "W", "?” Vintenberg asked." ""); a spokesperson\'s statement ("said" "", "the statement said" "W"); the judge setting "Jan. 8" and the hospital\'s request "W" with no speaker; inspection records through according to and "the records show" "W"; a second nurse testified "W", her leaving ""; "The jury foreperson declined to comment"; the nurse\'s feelings "" (masthead in capitals, menu with wide spaces, section path with a slash, ADVERTISEMENT, author line and contact line as two "B" sentences, MORE FROM LOCAL list, copyright, footer links)',
    'Australian SPORT report on a regional paper\'s site (a country town), a district cricket grand final Bellowmere 9-247 beat Yarrandilly 184: headline and standfirst "W"; byline, an Updated/first published line; caption "" and picture credit; the result, the bowling figures "5-31 from 8.4 overs", the collapse with "6.12pm" and the opener\'s 88 "W"; colour ""; the bowler, 19 ("" and a continued quote ending "!" ""); the captain-coach (a dedication "", a quote split at its first full stop ""); the losing coach (a score of record "W" opening a quote split before "Then ...,” he said." ""); the association president (crowd "W", a grant plan ""); a season record "W" and an expectation ""; a SCOREBOARD box title "B" and its innings, batting, extras, bowling, result and player-of-the-final lines "" data, with initials "T.", "L. J.", "H.", "B." and "J." (masthead in capitals, menu with pipes, section path with a slash, ADVERTISEMENT, More sport list, subscribe line, copyright with "Pty Ltd", footer links)',
    'Pakistani Q&A INTERVIEW on a business paper\'s site (Faisalabad, Punjab), the chairman of a home-textile exporters\' council: headline quote "‘Eleven mills have shut ...,’ says ..." "W" carrying him; an "Interview by" line and a Published/Updated line; an intro through according to trade figures "W"; an intro naming him "W" with "Rd." mid-sentence and no speaker; an "edited for length and clarity" note "B"; the interviewer\'s turns with "Q:" (no speaker unless citing a source: "Your council says" "W", "The government says" "W", "Some analysts argue" ""; "Why?" and plain questions ""); every answer sentence with "A:" carries him: gas prices, a comparison, a budget promise, letters, jobs with "i.e.", shifts, a solar system with "MW" and "approx." and October orders "W"; feelings, hopes, plans, a prediction, "No reply." and a rhetorical question "" (masthead in capitals, menu with pipes, section label with ›, staff-reporter line, Published in line with "9th", comment count and moderation note, follow line, copyright, footer links)',
    'South African OPINION COLUMN on a regional paper\'s site (KwaZulu-Natal), a municipality\'s 14.2% electricity increase: headline "W" and standfirst ""; byline, date and read time; the columnist\'s own facts "W" (tariffs against the regulator\'s figure, a monthly cost) and arguments, questions, rhetoric and fragments "" with no speaker; "The council says" ""; "According to its own budget" (cue as it stands) and "the Auditor-General\'s latest report shows" "W"; the mayor (quote and a meter plan ""); a promise of record through according to a reply to a written question "W"; a pensioner with "Mrs." dropped who "told me" her bills "W" and a quote split before "What must I switch off next, the fridge?” she asked." ""; an opposition councillor "says" consultancy spending "W"; a debtors\' figure from the municipal manager with "Dr." dropped who "told a council committee" "W"; the spokesperson "said" approval of record "W" (masthead in capitals, menu with pipes, OPINION label, author bio, a views disclaimer, letters line, MORE OPINION list, copyright split at "(Pty) Ltd.", footer links)',
    'Canadian NEWSLETTER POST on a newsletter platform (a Nova Scotia town), a budget meeting with a 6.9% tax increase and a $14.2-million rink: the newsletter name, Subscribe/Sign in line; the post title "W" and subtitle ""; author, date and a likes-comments-share line; the writer\'s greeting and sign-off "" (part of the post); figures of record through according to a summary and a staff report and "the report says" "W"; the mayor (a quote "", an RCMP contract rise "W"); the finance director with "approx." "W"; a councillor with "Coun." who voted against ("W", no speaker) and his quote split before "Why?” he asked." ""; "The vote was 5-2." "W"; a spokesperson (a saving "W", a reason ""); section labels "What\'s next" and "Quick hits" "B"; a meeting "on Dec. 15 at 6 p.m. at the town hall on Wharfinger St." ending a sentence before "Anyone ...", both ""; bullets: "The harbour authority says" and "town records show" with "Bros. Ltd." mid-sentence "W", a library plan "" (a two-sentence subscribe prompt, email box, Share, comment count, a reader comment in two "B" sentences with name, date and Reply lines, copyright with middle dots, app line)',
    'Scottish LOCAL NEWS on a weekly paper\'s site (the Highlands), a council plan to mothball a six-pupil primary school: headline "W" and a standfirst "Council says ..." carrying Highland Council "W"; byline and date line; caption "W" and photo credit; "Parents in Achnaverran have vowed" (a roll of six "W"); a committee date as a plan ""; "A report to the committee says" and "it says" (the report as first given) "W"; the committee chair with "Cllr" dropped (quotes "", the second a continued question); the parent council chair (newcomers "W", a quote split before "The council\'s figures are already out of date!” he said.", a round trip and snow closures "W"); the MSP (a letter "", guidance "W" with "Mr" dropped); "A Highland Council spokesman" as written (a quote after a colon "", schools under review "W"); an earlier petition "W", a new one ending "at 9 a.m." before "Its organisers ..." "" (masthead in capitals, menu with wide spaces, section label, Advertisement, Read more link, a got-a-story line split at the question, a numbered Most read list, copyright split at "2026." before "Registered in Scotland No. SC591144.", footer links)',
    'Barbadian PASTED WEB PAGE of a news blog (St. Lucy), a 212-room hotel approved with 40 conditions: skip link, a two-sentence cookie block and button row, masthead in capitals, date line, a weather strip and a BREAKING ticker with "6 p.m." "B"; menu in capitals, section label; headline "W", byline and a date-and-comments line; caption "" and an image credit with "Inc."; the approval "W" with no speaker; the tourism minister "Kerwin St. Hill-Broomes" with "St." inside his surname (announced "W", jobs and cost with "approx." "W", a quote of comparison "W"); "Inc." ending a sentence before "The company, ..., said" (a plan "", speaker "The company" as written); a conservation trust said "" and its director with "Dr." (a nesting claim "W", a quote split before "Who is going to check them?” she asked." ""); a fisherman ("" and a quote ""); the conditions through according to "W"; an opposition senator with "Sen." (an unpublished assessment "W", a quote split before "What is there to hide?” he said." "") (ADVERTISEMENT, Related Posts, comment heading, a reader comment as "B" lines with handle, date and Reply, reply form in two "B" sentences, copyright line, footer links)',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            (
                "We use cookies to make this website work and to understand how you use it.",
                "",
                "",
                "B",
            ),
            ("You can accept all cookies or choose which ones to allow.", "", "", "B"),
        ],
        [
            ("Accept all cookies    Reject optional cookies    Cookie settings", "", "", "B"),
        ],
        [
            ("Thelbridge and Wyvernholt Hospitals NHS Trust", "", "", "B"),
        ],
        [
            ("Find a service | Visit us | Work for us | About us | News | Contact us", "", "", "B"),
        ],
        [
            ("Search this site", "", "", "B"),
        ],
        [
            ("Home > News and media > Latest news", "", "", "B"),
        ],
        [
            (
                "Urgent treatment centre at St. Aldwyth's Hospital now open 24 hours a day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted: Monday 16 November 2026, 10:30am", "", "", "B"),
        ],
        [
            ("Category: Service updates", "", "", "B"),
        ],
        [
            ("The main entrance of St. Aldwyth's Hospital in Thelbridge.", "", "", ""),
        ],
        [
            ("Image: Trust communications team", "", "", "B"),
        ],
        [
            (
                "From 8am today, the urgent treatment centre (UTC) at St. Aldwyth's Hospital in Thelbridge is open 24 hours a day, seven days a week.",
                "",
                "",
                "W",
            ),
            (
                "Until now it closed at 10pm, and patients who arrived overnight with minor injuries were sent to the emergency department at Wyvernholt General, 14 miles away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The centre treated 41,380 patients in the year to October, an average of approx. 113 a day, according to Trust figures.",
                "Trust figures",
                "according to",
                "W",
            ),
            (
                "About one in five of the patients seen in Wyvernholt's emergency department between 10pm and 8am last winter could have been treated at a UTC, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Dr. Henrietta Sallowquist, the Trust's chief executive, said the change would take pressure off the emergency department during its busiest months.",
                "Henrietta Sallowquist",
                "said",
                "",
            ),
            (
                "“Nobody should have to drive 14 miles at 3 a.m. with a sprained ankle,” she said.",
                "Henrietta Sallowquist",
                "said",
                "",
            ),
            (
                "“This is about getting people the right care, close to home.”",
                "Henrietta Sallowquist",
                "said",
                "",
            ),
        ],
        [
            (
                "The longer hours are paid for by a £2.6m grant from the Thelbridge and Fenquarrow Integrated Care Board, which runs until the end of March 2027.",
                "",
                "",
                "W",
            ),
            (
                "The Trust's director of finance, Oswin Tarrantyne, said the board would decide in February whether to keep the centre open overnight after that.",
                "Oswin Tarrantyne",
                "said",
                "",
            ),
            (
                "Keeping it open would cost about £2.1m a year, he said.",
                "Oswin Tarrantyne",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fourteen nurses, two GPs and four emergency care practitioners have been recruited for the night shifts.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Patients can walk in or book a time by calling 111.", "", "", ""),
            (
                "The UTC treats minor injuries and illnesses, e.g. sprains, cuts, minor burns and eye infections.",
                "",
                "",
                "",
            ),
            (
                "It does not treat chest pain or signs of a stroke: for those, call 999 straight away.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ysenda Crowthorpe-Lillis, who chairs the patients' group Voice of Thelbridge, said members had campaigned for overnight opening since 2022.",
                "Ysenda Crowthorpe-Lillis",
                "said",
                "W",
            ),
            (
                "“It's taken four years, but we got there!” she said.",
                "Ysenda Crowthorpe-Lillis",
                "said",
                "",
            ),
            (
                "She said the group would now press for the X-ray department to open at weekends.",
                "Ysenda Crowthorpe-Lillis",
                "said",
                "",
            ),
        ],
        [
            (
                "Senior sister Abiodun Farrowdene, who will lead the night team, said: “We've been ready for this for months, and the team can't wait.”",
                "Abiodun Farrowdene",
                "said",
                "",
            ),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "1. The Trust runs St. Aldwyth's Hospital in Thelbridge and Wyvernholt General Hospital and employs approx. 7,400 staff.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2. For media enquiries, call the communications team on 01632 960 418 or email comms@twhtrust.example.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share this page: Facebook  X  LinkedIn  Email", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes    No", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("New multi-storey car park at Wyvernholt General to open in January", "", "", "B"),
        ],
        [
            ("Trust among ten best in England for cancer diagnosis times", "", "", "B"),
        ],
        [
            (
                "Thelbridge and Wyvernholt Hospitals NHS Trust, St. Aldwyth's Hospital, Pannier Row, Thelbridge TH4 9QX",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Switchboard: 01632 960 000", "", "", "B"),
        ],
        [
            (
                "Accessibility | Privacy notice | Cookies | Freedom of information | Sitemap",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Thelbridge and Wyvernholt Hospitals NHS Trust", "", "", "B"),
        ],
    ],
    [
        [
            ("KAKRAMADU ONLINE", "", "", "B"),
        ],
        [
            (
                "Home | News | Politics | Business | Sports | Entertainment | Opinion | Live",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            ("Nkwantabisa by-election: NRP's Adomako-Tuffour wins by 2,118 votes", "", "", "W"),
        ],
        [
            ("Live updates by Efua Quarshiefield and Selorm Dzikumordey", "", "", "B"),
        ],
        [
            ("Last updated: 02:14 GMT, Wednesday 11 November 2026", "", "", "B"),
        ],
        [
            ("Refresh for latest updates", "", "", "B"),
        ],
        [
            ("KEY POINTS", "", "", "B"),
        ],
        [
            (
                "The Electoral Commission declared Kwabena Adomako-Tuffour of the National Reform Party (NRP) the winner at 01:40 GMT.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He polled 18,406 votes against 16,288 for Ama Serwaah Nketsiabor of the United Civic Movement (UCM).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Turnout was 46.2%, down from 61.8% at the 2024 general election, according to the returning officer.",
                "the returning officer",
                "according to",
                "W",
            ),
        ],
        [
            ("02:14", "", "", "B"),
        ],
        [
            (
                "Winner promises to “hit the ground running”",
                "Kwabena Adomako-Tuffour",
                "promises",
                "",
            ),
        ],
        [
            (
                "Speaking to supporters outside the collation centre, Mr. Adomako-Tuffour thanked voters and said he would not waste a day.",
                "Kwabena Adomako-Tuffour",
                "said",
                "",
            ),
            (
                "“Nkwantabisa has spoken, and tomorrow we go back to work on the roads,” he said.",
                "Kwabena Adomako-Tuffour",
                "said",
                "",
            ),
        ],
        [
            (
                "He said his first task in Parliament would be to push for the completion of the Nkwantabisa–Abrafoasem road.",
                "Kwabena Adomako-Tuffour",
                "said",
                "",
            ),
            (
                "Work on the 23km road began in 2019 and has stalled twice since, according to highway authority records.",
                "highway authority records",
                "according to",
                "W",
            ),
        ],
        [
            ("— Selorm Dzikumordey", "", "", "B"),
        ],
        [
            ("01:40", "", "", "B"),
        ],
        [
            ("EC declares result: Adomako-Tuffour 18,406, Nketsiabor 16,288", "", "", "W"),
        ],
        [
            (
                "The returning officer, Mrs. Gifty Owusu-Ankamafio, read out the figures at the Nkwantabisa Municipal Assembly hall shortly after 1.30 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Three other candidates shared 612 votes, and 1,904 ballots were rejected, she said.",
                "Gifty Owusu-Ankamafio",
                "said",
                "W",
            ),
            (
                "Rejected ballots made up 5.1% of the total, a figure she called “worrying”.",
                "Gifty Owusu-Ankamafio",
                "called",
                "W",
            ),
        ],
        [
            ("— Efua Quarshiefield", "", "", "B"),
        ],
        [
            ("00:55", "", "", "B"),
        ],
        [
            ("UCM not conceding yet", "", "", ""),
        ],
        [
            (
                "Ama Serwaah Nketsiabor told Kakramadu Online she would wait for the Electoral Commission's declaration before commenting on the result.",
                "Ama Serwaah Nketsiabor",
                "told Kakramadu Online",
                "",
            ),
        ],
        [
            (
                "Her campaign manager, Mr. Yaw Darkwa-Fenyinka, said the party had “serious concerns” about 14 polling stations in the Abrafoasem area.",
                "Yaw Darkwa-Fenyinka",
                "said",
                "W",
            ),
            (
                "“Why were our agents kept outside at Abrafoasem D/A Primary for two hours?” he asked.",
                "Yaw Darkwa-Fenyinka",
                "asked",
                "",
            ),
            (
                "He did not give details of the other stations.",
                "Yaw Darkwa-Fenyinka",
                "did not give details",
                "",
            ),
        ],
        [
            ("— Selorm Dzikumordey", "", "", "B"),
        ],
        [
            ("23:30", "", "", "B"),
        ],
        [
            ("No major incidents, police say", "The Eastern Regional Police Command", "say", "W"),
        ],
        [
            (
                "The Eastern Regional Police Command said voting and counting had passed off without major incidents across the constituency.",
                "The Eastern Regional Police Command",
                "said",
                "W",
            ),
            (
                "Two men were arrested in Abrafoasem for photographing marked ballots, the command's spokesperson, Supt. Dzifa Abla Kwakyebrefo, said.",
                "Dzifa Abla Kwakyebrefo",
                "said",
                "W",
            ),
            (
                "They have been granted police enquiry bail and will report back on Monday, she said.",
                "Dzifa Abla Kwakyebrefo",
                "said",
                "W",
            ),
        ],
        [
            ("— Efua Quarshiefield", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("21:05", "", "", "B"),
        ],
        [
            ("Counting under way at 232 polling stations", "", "", "W"),
        ],
        [
            (
                "Polls closed at 5 p.m. and counting began at most of the constituency's 232 polling stations within half an hour, according to our reporters.",
                "our reporters",
                "according to",
                "W",
            ),
            (
                "In Nkwantabisa town, a small crowd gathered under the streetlights outside the St. Kizito R/C Primary School polling station to watch the count.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We want to see it with our own eyes this time,” said Abena Oforiwaa-Kesseh, a trader who sells smoked fish at the Nkwantabisa lorry station.",
                "Abena Oforiwaa-Kesseh",
                "said",
                "",
            ),
        ],
        [
            ("— Selorm Dzikumordey", "", "", "B"),
        ],
        [
            ("16:20", "", "", "B"),
        ],
        [
            ("Why is there a by-election?", "", "", ""),
        ],
        [
            (
                "The seat fell vacant after the death of the NRP MP, Hon. Osei Bonsu-Agyarkwa, on 4 September, aged 64.",
                "",
                "",
                "W",
            ),
            ("He had held it since 2012, winning in 2024 by 5,730 votes.", "", "", "W"),
            (
                "The NRP holds 137 of the 276 seats in Parliament, so the result does not change the balance of power.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("— Efua Quarshiefield", "", "", "B"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            (
                "Tags: Nkwantabisa | By-election | Electoral Commission | Eastern Region",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Kakramadu Online on WhatsApp for election updates", "", "", "B"),
        ],
        [
            ("© 2026 Kakramadu Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Contact | Advertise | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("Ministry of Sustainability and the Environment", "", "", "B"),
        ],
        [
            ("About Us | Newsroom | Resources | Careers | Contact Us", "", "", "B"),
        ],
        [
            ("Home / Newsroom / Speeches and Transcripts", "", "", "B"),
        ],
        [
            (
                "Transcript of Doorstop Interview by Minister Kwek Jun Hao on the Dengue Situation",
                "",
                "",
                "",
            ),
        ],
        [
            ("05 Nov 2026", "", "", "B"),
        ],
        [
            (
                "Minister for Sustainability and the Environment Mr Kwek Jun Hao and National Environment Agency (NEA) Chief Executive Officer Ms Genevieve Lum Pei Shan spoke to the media at Bukit Perantau Community Club at 11.30am on 5 November 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Minister Kwek: Good morning, everyone.", "Kwek Jun Hao", "Minister Kwek:", ""),
            (
                "We have had 11,842 dengue cases so far this year, as of last Saturday.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "That is already more than the whole of 2025, when we had 9,310 cases.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "Last week alone there were 684 cases, the highest weekly number since June 2022.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "Sadly, six people have died of dengue this year.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
        ],
        [
            (
                "Minister Kwek: The main reason is a switch in the main virus strain, from DENV-2 to DENV-3.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "Most of us have never been infected with DENV-3, so we have little immunity to it.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "And the rains came about three weeks early this year, which helps the mosquitoes breed.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "So I ask everyone: please spend five minutes a week to turn over pails, clear your roof gutters and change the water in your vases.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "",
            ),
        ],
        [
            ("Moderator: We will now take questions.", "", "", ""),
        ],
        [
            (
                "Reporter (Straitsfield News): Minister, some residents in Bukit Perantau say the fogging is not being done often enough.",
                "some residents in Bukit Perantau",
                "say",
                "",
            ),
            ("Is the agency stretched?", "", "", ""),
        ],
        [
            ("Ms Lum: No, we are not.", "Genevieve Lum Pei Shan", "Ms Lum:", ""),
            (
                "We have 2,100 officers on dengue work now, up from 1,450 in January, and we have brought in 300 more from other divisions.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "W",
            ),
            ("But fogging only kills adult mosquitoes.", "Genevieve Lum Pei Shan", "Ms Lum:", "W"),
            ("It does not touch the larvae.", "Genevieve Lum Pei Shan", "Ms Lum:", "W"),
            (
                "So if the breeding is not stopped, you fog today and next week they are back.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "",
            ),
        ],
        [
            (
                "Reporter (Meranti Post): How many breeding sites were found in homes, as opposed to public areas?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ms Lum: In the first nine months, about 62% of the breeding we found was in homes, e.g. in flower pot plates and pails.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "W",
            ),
            (
                "The rest was in common areas and on construction sites.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "W",
            ),
        ],
        [
            ("Reporter (Straitsfield News): Will there be higher fines?", "", "", ""),
        ],
        [
            ("Minister Kwek: We are studying it.", "Kwek Jun Hao", "Minister Kwek:", ""),
            (
                "Today the composition fine for a first offence of mosquito breeding at home is $200.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "For construction sites, we have charged 47 contractors in court this year, and one was fined $38,000.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "W",
            ),
            (
                "I don't want to fine homeowners more, but if the numbers keep going up, all options are on the table.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "",
            ),
        ],
        [
            ("Reporter (Meranti Post): Minister, what about the Wolbachia releases?", "", "", ""),
            ("Are they working?", "", "", ""),
        ],
        [
            ("Minister Kwek: Where we have done them, yes.", "Kwek Jun Hao", "Minister Kwek:", ""),
            ("Ms Lum can give you the numbers.", "Kwek Jun Hao", "Minister Kwek:", ""),
        ],
        [
            (
                "Ms Lum: In the areas where we have released Wolbachia mosquitoes for at least a year, dengue cases were up to 77% lower than in similar areas without releases.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "W",
            ),
            (
                "We now cover about 580,000 households, i.e. about 40% of public housing households.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "W",
            ),
            (
                "We aim to reach half by the end of next year.",
                "Genevieve Lum Pei Shan",
                "Ms Lum:",
                "",
            ),
        ],
        [
            ("Moderator: Last question, please.", "", "", ""),
        ],
        [
            (
                "Reporter (Straitsfield News): Should people be worried about travelling during the year-end holidays?",
                "",
                "",
                "",
            ),
        ],
        [
            ("Minister Kwek: Not worried, but careful.", "Kwek Jun Hao", "Minister Kwek:", ""),
            (
                "Use repellent, and if you have a fever for more than two days, see a doctor.",
                "Kwek Jun Hao",
                "Minister Kwek:",
                "",
            ),
            ("Thank you.", "Kwek Jun Hao", "Minister Kwek:", ""),
        ],
        [
            ("[End of transcript]", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | Email", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Dengue Cases Rise for Fifth Straight Week (29 Oct 2026)", "", "", "B"),
        ],
        [
            (
                "Speech by Minister Kwek Jun Hao at the Clean Neighbourhoods Awards 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Last updated on 05 November 2026", "", "", "B"),
        ],
        [
            ("Report Vulnerability | Privacy Statement | Terms of Use", "", "", "B"),
        ],
        [
            ("© 2026, Government of Singapore", "", "", "B"),
        ],
    ],
    [
        [
            ("NILE PULSE", "", "", "B"),
        ],
        [
            ("Home | News | Health | Science | Business | Sport | Opinion | E-Paper", "", "", "B"),
        ],
        [
            ("Health > Research", "", "", "B"),
        ],
        [
            (
                "New bed nets cut malaria in children by a third in northern Uganda trial",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers tested nets treated with two insecticides in 64 villages over two rainy seasons",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Immaculate Nabukeera-Owor", "", "", "B"),
        ],
        [
            ("Published: Friday, November 13, 2026 | 7:02 am", "", "", "B"),
        ],
        [
            ("Share on: WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            (
                "A health worker hangs a net over a child's bed at a home in Okwangole village, Lira District, in March.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO/FILE", "", "", "B"),
        ],
        [
            (
                "Children who slept under bed nets treated with two insecticides were 34% less likely to get malaria than those under standard nets, according to a study of 64 villages in northern Uganda.",
                "a study of 64 villages in northern Uganda",
                "according to",
                "W",
            ),
            (
                "The results were published on Thursday in the East African Journal of Vector Biology.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Researchers at the Lwamboga Institute of Tropical Health followed 9,412 children aged between six months and 10 years from Feb. 2024 to Nov. 2025.",
                "",
                "",
                "W",
            ),
            (
                "Half the villages got nets treated with a pyrethroid and a second chemical, chlorfenapyr; the other half got the standard pyrethroid-only nets.",
                "",
                "",
                "W",
            ),
            (
                "Over the two years there were 0.81 malaria cases per child per year in the first group vs. 1.23 in the second, the paper says (Table 3).",
                "the paper",
                "says",
                "W",
            ),
        ],
        [
            (
                "Dr. Winnifred Achan-Obbolokwe, who led the study, said mosquitoes in the region had become resistant to pyrethroids over the past decade.",
                "Winnifred Achan-Obbolokwe",
                "said",
                "W",
            ),
            (
                "“The old nets were still a wall, but the mosquitoes had learned to walk through it,” she said.",
                "Winnifred Achan-Obbolokwe",
                "said",
                "",
            ),
            ("“This gives us a door we can close again.”", "Winnifred Achan-Obbolokwe", "said", ""),
        ],
        [
            (
                "She said the team had found no rise in side effects, such as skin irritation, among the children.",
                "Winnifred Achan-Obbolokwe",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The new nets cost approx. UGX 14,500 each, about UGX 3,700 more than standard ones, according to a government procurement list.",
                "a government procurement list",
                "according to",
                "W",
            ),
            (
                "Uganda last handed out nets nationwide in 2023, when about 27 million standard nets were distributed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authors write that the effect “may wane” after the nets' third year, as the second chemical wears off.",
                "The authors",
                "write",
                "",
            ),
            ("They call for a trial lasting at least four years.", "The authors", "call for", ""),
        ],
        [
            (
                "Co-author Prof. Emmanuel Ocen-Twinomugisha, an entomologist at the institute, said the team had caught 38,000 mosquitoes in the study villages.",
                "Emmanuel Ocen-Twinomugisha",
                "said",
                "W",
            ),
            (
                "Almost nine in ten were Anopheles funestus, which bites late at night, he said.",
                "Emmanuel Ocen-Twinomugisha",
                "said",
                "W",
            ),
            (
                "“When a child gets up at 2 a.m. to go outside, the net cannot help her!” he said.",
                "Emmanuel Ocen-Twinomugisha",
                "said",
                "",
            ),
            (
                "“So we still need house spraying and better toilets near the house.”",
                "Emmanuel Ocen-Twinomugisha",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Harriet Kyomuhendo-Sallis, a malaria specialist at a private hospital in Mbarara who was not involved in the research, said the results were “strong and encouraging”.",
                "Harriet Kyomuhendo-Sallis",
                "said",
                "",
            ),
            (
                "But she said the government should weigh the cost before switching the whole country to the new nets.",
                "Harriet Kyomuhendo-Sallis",
                "said",
                "",
            ),
        ],
        [
            (
                "The health ministry said in a statement that it planned to distribute 6.2 million nets in 2027 and would “consider the evidence”.",
                "The health ministry",
                "said in a statement",
                "",
            ),
            (
                "It said Uganda recorded about 11.5 million malaria cases in 2025.",
                "The health ministry",
                "said",
                "W",
            ),
            (
                "Malaria remains the leading cause of death among children under five in the country, it said.",
                "The health ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Achan-Obbolokwe W, Ocen-Twinomugisha E, Lakwonyelli P, et al. Dual-insecticide nets and childhood malaria in northern Uganda: a cluster-randomised trial. E Afr J Vector Biol. 2026;9(4):211–224.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Also read: Lira hospital runs short of malaria test kits", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Fake drug sellers arrested in Kampala raids", "", "", "B"),
        ],
        [
            ("Why more mothers are giving birth in health centres", "", "", "B"),
        ],
        [
            (
                "Nile Pulse is published by Nile Pulse Media Group Ltd., Plot 48, Sserwadda Close, Kampala.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Nile Pulse.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("SINAGBAYAN NEWS SERVICE", "", "", "B"),
        ],
        [
            ("Top News · Business · Markets · Asia · World · Photos", "", "", "B"),
        ],
        [
            ("Markets › Commodities", "", "", "B"),
        ],
        [
            (
                "Typhoon Dalumpayan damage to Philippine rice crop put at P4.7 billion; more imports likely",
                "",
                "",
                "W",
            ),
        ],
        [
            ("November 18, 2026 4:35 PM GMT+8", "", "", "B"),
        ],
        [
            ("By Marites Dumalagan-Serrano", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            (
                "MANILA, Nov 18 (SNS) - Typhoon Dalumpayan destroyed or damaged about 212,000 tonnes of unmilled rice on farms in northern Luzon, the Department of Agriculture said on Wednesday, with losses estimated at P4.7 billion ($81 million).",
                "the Department of Agriculture",
                "said",
                "W",
            ),
        ],
        [
            (
                "The storm made landfall in Isabela province late on Saturday with sustained winds of 175 kph, according to the state weather bureau.",
                "the state weather bureau",
                "according to",
                "W",
            ),
            (
                "It was the fourth typhoon to hit the country's main rice-growing regions since Sept. 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Agriculture Undersecretary Rommel P. Sabanal-Ilustre told reporters the losses were equal to about 1.1% of the country's expected annual harvest.",
                "Rommel P. Sabanal-Ilustre",
                "told reporters",
                "W",
            ),
            (
                "“We will not run short, but prices in Cagayan Valley may rise for a few weeks,” he said.",
                "Rommel P. Sabanal-Ilustre",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the department would recommend importing an extra 300,000 tonnes before March, subject to the President's approval.",
                "Rommel P. Sabanal-Ilustre",
                "said",
                "",
            ),
        ],
        [
            (
                "Traders said the wholesale price of regular-milled rice in Manila markets rose 6% last week to P44.50 per kilo.",
                "Traders",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Farmers are the ones losing everything,” said Nenita Caballes-Oyaoyao, who heads the Northern Luzon Palay Growers' Federation.",
                "Nenita Caballes-Oyaoyao",
                "said",
                "",
            ),
            (
                "She said about 48,000 farmers had lost most of their crop and urged the government to pay crop insurance claims within a month.",
                "Nenita Caballes-Oyaoyao",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state crop insurer said it had received 19,600 claims as of Tuesday.",
                "The state crop insurer",
                "said",
                "W",
            ),
            ("It said payments would start next week.", "The state crop insurer", "said", ""),
        ],
        [
            (
                "The Philippines is one of the world's biggest rice importers, buying about 4.8 million tonnes in 2025, according to government data.",
                "government data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The biggest fall on the Manila bourse on Wednesday was in shares of rice miller Pantaliwa Agri-Holdings Inc.",
                "",
                "",
                "W",
            ),
            (
                "The company did not respond to a request for comment.",
                "The company",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("($1 = 58.02 pesos)", "", "", "B"),
        ],
        [
            (
                "(Reporting by Marites Dumalagan-Serrano; Additional reporting by Joaquin Tabuena-Lazatin in Tuguegarao; Editing by Ramon Quisumbing-Dael)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Our Standards: The SNS Trust Principles.", "", "", "B"),
        ],
        [
            ("Read Next", "", "", "B"),
        ],
        [
            ("Philippine inflation eases to 2.9% in October", "", "", "B"),
        ],
        [
            ("Vietnam rice export prices hit three-month high", "", "", "B"),
        ],
        [
            ("© 2026 Sinagbayan News Service.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact Us · Terms of Use · Privacy · Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            ("THE PLAINSWARD GAZETTE", "", "", "B"),
        ],
        [
            ("News   Sports   Business   Opinion   Obituaries   eEdition   Subscribe", "", "", "B"),
        ],
        [
            ("Local / Courts", "", "", "B"),
        ],
        [
            (
                "Jury awards fired Wichita nurse $4.2M, finds hospital retaliated over staffing complaints",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hollowvane Regional Medical Center says it will appeal the verdict",
                "Hollowvane Regional Medical Center",
                "says",
                "",
            ),
        ],
        [
            ("By Lavinia Stroudwater-Kemp", "", "", "B"),
        ],
        [
            (
                "Published Nov. 20, 2026 at 6:12 p.m. CT | Updated Nov. 21, 2026 at 9:40 a.m. CT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "Corabeth Quillanorth, center, leaves the Sedgwick County Courthouse with her attorneys on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Lavinia Stroudwater-Kemp / Plainsward Gazette)", "", "", "B"),
        ],
        [
            (
                "WICHITA, Kan. — A Sedgwick County jury on Friday awarded $4.2 million to a former intensive-care nurse who was fired by Hollowvane Regional Medical Center after she reported unsafe staffing levels to state regulators.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "After about five hours of deliberation, the eight-member jury found that the hospital had retaliated against Corabeth Quillanorth, 52, in violation of Kansas law.",
                "",
                "",
                "W",
            ),
            (
                "It awarded her $1.7 million in lost wages and $2.5 million for emotional distress.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Quillanorth, who worked at the hospital for 19 years, testified that she was fired in March 2024, 11 days after she filed a complaint with the Kansas Department of Health and Environment.",
                "Corabeth Quillanorth",
                "testified",
                "W",
            ),
        ],
        [
            (
                "“I told them we had one nurse for four ventilated patients,” she told jurors on Tuesday.",
                "Corabeth Quillanorth",
                "told jurors",
                "W",
            ),
            ("“Somebody was going to die.”", "Corabeth Quillanorth", "told jurors", ""),
        ],
        [
            (
                "Her attorney, Thaddeus R. Ostrowandel, said after the verdict that the jury had “sent a message to every hospital board in this state.”",
                "Thaddeus R. Ostrowandel",
                "said",
                "",
            ),
            ("“They didn't fire her for being late.", "Thaddeus R. Ostrowandel", "said", ""),
            (
                "They fired her for telling the truth!” he said.",
                "Thaddeus R. Ostrowandel",
                "said",
                "",
            ),
        ],
        [
            (
                "The hospital argued at trial that Quillanorth was dismissed over documentation errors found in an audit in February 2024.",
                "The hospital",
                "argued",
                "W",
            ),
        ],
        [
            (
                "Marisela Vintenberg, a lawyer for the hospital, told jurors in closing arguments on Thursday that the audit had found 37 charting errors by Quillanorth in six weeks.",
                "Marisela Vintenberg",
                "told jurors",
                "W",
            ),
            (
                "“Is a hospital supposed to ignore that?” Vintenberg asked.",
                "Marisela Vintenberg",
                "asked",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "In a statement, hospital spokesperson Everard Clunesworth said Hollowvane was “disappointed” and would appeal.",
                "Everard Clunesworth",
                "said",
                "",
            ),
            (
                "“Our nurse staffing ratios meet or exceed state requirements, and we stand by our decision,” the statement said.",
                "Everard Clunesworth",
                "the statement said",
                "W",
            ),
        ],
        [
            (
                "District Judge Augustin Pell-Harrowby set a hearing for Jan. 8 on the hospital's request to reduce the award.",
                "",
                "",
                "W",
            ),
            (
                "The hospital has asked him to cut the emotional distress damages to $350,000, citing a state cap.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State inspectors cited the hospital in May 2024 for failing to meet staffing rules on two units, according to inspection records.",
                "inspection records",
                "according to",
                "W",
            ),
            ("The hospital paid a $12,000 fine, the records show.", "the records", "show", "W"),
        ],
        [
            (
                "Another former ICU nurse, Jolanda Featherwick, testified that managers told staff at a January 2024 meeting not to “go outside the building” with complaints.",
                "Jolanda Featherwick",
                "testified",
                "W",
            ),
            ("She left the hospital later that year.", "", "", ""),
        ],
        [
            (
                "The jury foreperson declined to comment as jurors left the courthouse.",
                "The jury foreperson",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Quillanorth, who now works at a clinic in Hutchinson, said she cried when the verdict was read.",
                "Corabeth Quillanorth",
                "said",
                "",
            ),
            (
                "“I just kept thinking about my patients,” she said.",
                "Corabeth Quillanorth",
                "said",
                "",
            ),
        ],
        [
            (
                "Lavinia Stroudwater-Kemp covers courts and public safety for the Gazette.",
                "",
                "",
                "B",
            ),
            ("Contact her at lstroudwater@plainswardgazette.com or 316-555-0142.", "", "", "B"),
        ],
        [
            ("MORE FROM LOCAL", "", "", "B"),
        ],
        [
            ("Wichita council delays vote on downtown parking rates", "", "", "B"),
        ],
        [
            ("Man sentenced to 12 years in east Wichita pharmacy robbery", "", "", "B"),
        ],
        [
            ("© 2026 The Plainsward Gazette, a Ridgemarrow Media company", "", "", "B"),
        ],
        [
            (
                "Terms of Service | Privacy Policy | Do Not Sell or Share My Personal Information",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE TARRAWONGA CHRONICLE", "", "", "B"),
        ],
        [
            (
                "News | Sport | Community | Business | Obituaries | Classifieds | Today's Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport / Cricket", "", "", "B"),
        ],
        [
            ("Oakendorf's 5-31 wins Bellowmere first title in 17 years", "", "", "W"),
        ],
        [
            (
                "Bellowmere beat Yarrandilly by 63 runs in the Central Plains first-grade final at Havelock Oval",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dougal Pennycastle-Rourke", "", "", "B"),
        ],
        [
            (
                "Updated November 23 2026 - 7:45am, first published November 22 2026 - 8:10pm",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bellowmere's Jed Oakendorf celebrates a wicket at Havelock Oval on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture by Sal Whitcombe-Ngata", "", "", "B"),
        ],
        [
            (
                "Bellowmere won its first Central Plains Cricket Association first-grade premiership since 2009 on Sunday, beating Yarrandilly by 63 runs at Havelock Oval.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Left-arm quick Jed Oakendorf took 5-31 from 8.4 overs as Yarrandilly were bowled out for 184 in reply to Bellowmere's 9-247.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Yarrandilly had been 2-96 in the 24th over before Oakendorf removed captain Bryce Tallentire-Moss for 51.",
                "",
                "",
                "W",
            ),
            (
                "He then took three wickets in 11 balls, and the last pair lasted only until 6.12pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Players sprinted in from the boundary to mob the teenager, and the club's old hands lined up at the gate to shake his hand.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Earlier, opener Tomasz Quarrell-Dunn made 88 off 102 balls, with nine fours and two sixes, and put on 97 for the third wicket with Mundaring-Lowe.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Oakendorf, 19, said he had barely slept on Saturday night.",
                "Jed Oakendorf",
                "said",
                "",
            ),
            (
                "“I was bowling it in my head all night, to be honest,” he said.",
                "Jed Oakendorf",
                "said",
                "",
            ),
            (
                "“When the last one went through, I didn't know what to do, so I just ran!”",
                "Jed Oakendorf",
                "said",
                "",
            ),
        ],
        [
            (
                "Bellowmere captain-coach Harvey Mundaring-Lowe said the win was for the club's late president, Col Ainsworth-Pike, who died in August.",
                "Harvey Mundaring-Lowe",
                "said",
                "",
            ),
            ("“Col drove the team bus for 30 years.", "Harvey Mundaring-Lowe", "said", ""),
            ("He'd have loved this,” he said.", "Harvey Mundaring-Lowe", "said", ""),
        ],
        [
            (
                "Yarrandilly coach Brendan Okoli-Fairweather said his side had “lost it in the middle overs”.",
                "Brendan Okoli-Fairweather",
                "said",
                "",
            ),
            ("“We were cruising at 2-96.", "Brendan Okoli-Fairweather", "said", "W"),
            (
                "Then we played three bad shots in 20 minutes,” he said.",
                "Brendan Okoli-Fairweather",
                "said",
                "",
            ),
        ],
        [
            (
                "Association president Gwenllian Sorrelthwaite said the crowd of about 1,400 was the biggest for a final since 2015.",
                "Gwenllian Sorrelthwaite",
                "said",
                "W",
            ),
            (
                "She said the association would apply for a $60,000 state grant to install covers for the turf wicket at Havelock Oval.",
                "Gwenllian Sorrelthwaite",
                "said",
                "",
            ),
        ],
        [
            (
                "Quarrell-Dunn finished the season with 712 runs at 59.33, the most in the competition.",
                "",
                "",
                "W",
            ),
            (
                "He is expected to be picked for the Central Plains side in the country championships in January.",
                "",
                "",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            ("BELLOWMERE 9-247 (50 overs)", "", "", ""),
        ],
        [
            ("T. Quarrell-Dunn c Tallentire-Moss b Hanrahan-Vey 88", "", "", ""),
        ],
        [
            ("L. J. Ackerwhistle lbw b Petrosyan-Wade 12", "", "", ""),
        ],
        [
            ("H. Mundaring-Lowe run out 41", "", "", ""),
        ],
        [
            ("Extras 19", "", "", ""),
        ],
        [
            ("Bowling: Hanrahan-Vey 10-1-44-3, Petrosyan-Wade 10-0-52-2", "", "", ""),
        ],
        [
            ("YARRANDILLY 184 (43.4 overs)", "", "", ""),
        ],
        [
            ("B. Tallentire-Moss c Ackerwhistle b Oakendorf 51", "", "", ""),
        ],
        [
            ("Bowling: Oakendorf 8.4-1-31-5, Mundaring-Lowe 10-0-47-2", "", "", ""),
        ],
        [
            ("Bellowmere won by 63 runs.", "", "", ""),
        ],
        [
            ("Player of the final: J. Oakendorf (Bellowmere).", "", "", ""),
        ],
        [
            ("More sport", "", "", "B"),
        ],
        [
            ("Tarrawonga Tigers sign two-time best and fairest for 2027", "", "", "B"),
        ],
        [
            ("Junior netball carnival draws record 86 teams", "", "", "B"),
        ],
        [
            ("Subscribe now for unlimited access to local news, sport and puzzles.", "", "", "B"),
        ],
        [
            ("© 2026 Tarrawonga Chronicle Pty Ltd", "", "", "B"),
        ],
        [
            ("Contact us | Advertise | Terms | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RAVI LEDGER", "", "", "B"),
        ],
        [
            ("Home | Business | Markets | Economy | Corporate | Opinion | E-Paper", "", "", "B"),
        ],
        [
            ("Business › Interviews", "", "", "B"),
        ],
        [
            (
                "‘Eleven mills have shut in Faisalabad this year,’ says home-textile exporters' chief",
                "Shahzeb Kalwarani",
                "says",
                "W",
            ),
        ],
        [
            ("Interview by Nausheen Pirzadakhel", "", "", "B"),
        ],
        [
            ("Published November 9, 2026 | Updated 11:20am", "", "", "B"),
        ],
        [
            (
                "Pakistan's home-textile exports fell 8.4% to $1.61 billion in the first four months of the fiscal year, according to trade figures released last week.",
                "trade figures released last week",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Shahzeb Kalwarani, who has chaired the Punjab Home Textile Exporters' Council (PHTEC) since 2023 and runs a towel mill in Faisalabad, spoke to The Ravi Ledger at his office on Noorwaliya Rd. on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            (
                "Q: Your council says 11 mills have closed in Faisalabad since January.",
                "Your council",
                "says",
                "W",
            ),
            ("Why?", "", "", ""),
        ],
        [
            ("A: Gas and electricity, mainly.", "Shahzeb Kalwarani", "A:", ""),
            (
                "Industrial gas now costs us Rs3,100 per mmBtu, up from Rs1,850 in July 2024.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
            (
                "Our competitors in Bangladesh and India pay roughly half of that.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
            (
                "When energy is a third of your cost, you cannot win orders against them.",
                "Shahzeb Kalwarani",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The government says the tariff reflects the real cost of imported gas.",
                "The government",
                "says",
                "W",
            ),
        ],
        [
            ("A: I don't dispute that.", "Shahzeb Kalwarani", "A:", ""),
            (
                "But then give exporters the regional energy rate, as was promised in the 2024 budget.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
            (
                "We have written to the finance ministry four times since June.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
            ("No reply.", "Shahzeb Kalwarani", "A:", ""),
        ],
        [
            ("Q: How many jobs have gone?", "", "", ""),
        ],
        [
            (
                "A: In our members' mills, about 23,000 since January, i.e. roughly one worker in seven.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
            ("Most were daily-wage workers with no severance.", "Shahzeb Kalwarani", "A:", "W"),
            (
                "I know families in my own mohalla who are now eating one meal a day.",
                "Shahzeb Kalwarani",
                "A:",
                "",
            ),
        ],
        [
            ("Q: And your own mill?", "", "", ""),
        ],
        [
            ("A: We run two shifts instead of three.", "Shahzeb Kalwarani", "A:", "W"),
            (
                "I have kept everyone on the payroll so far, but I cannot promise that after March.",
                "Shahzeb Kalwarani",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Some analysts argue the industry should have invested in efficiency years ago.",
                "Some analysts",
                "argue",
                "",
            ),
        ],
        [
            ("A: Some of that is fair.", "Shahzeb Kalwarani", "A:", ""),
            ("We were slow.", "Shahzeb Kalwarani", "A:", ""),
            (
                "But my mill put in a 1.2 MW solar system in 2025, and it covers approx. 22% of our power.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
            ("You cannot run looms at night on solar, can you?", "Shahzeb Kalwarani", "A:", ""),
        ],
        [
            ("Q: What do you want from the IMF review next month?", "", "", ""),
        ],
        [
            (
                "A: A fixed energy price for exporters for three years.",
                "Shahzeb Kalwarani",
                "A:",
                "",
            ),
            (
                "Otherwise I think another 10 to 15 mills will close by June.",
                "Shahzeb Kalwarani",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Last question.", "", "", ""),
            ("Are you still optimistic?", "", "", ""),
        ],
        [
            ("A: Cautiously.", "Shahzeb Kalwarani", "A:", ""),
            (
                "Orders from Europe picked up 5% in October, so there is some light.",
                "Shahzeb Kalwarani",
                "A:",
                "W",
            ),
        ],
        [
            ("Nausheen Pirzadakhel is a staff reporter covering industry and trade.", "", "", "B"),
        ],
        [
            ("Published in The Ravi Ledger, November 9th, 2026", "", "", "B"),
        ],
        [
            ("Comments (4)", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and generally will be posted if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow The Ravi Ledger on X, Facebook and WhatsApp", "", "", "B"),
        ],
        [
            ("© The Ravi Ledger Group, 2026", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Careers | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ILANGAZWE TRIBUNE", "", "", "B"),
        ],
        [
            ("News | Opinion | Business | Sport | Lifestyle | Subscribe", "", "", "B"),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("Umgcinisa's 14.2% power hike punishes the people who already pay", "", "", "W"),
        ],
        [
            ("The council should fix its own books before it reaches into ours again", "", "", ""),
        ],
        [
            ("By Thandiwe Mabuzane-Ferreira", "", "", "B"),
        ],
        [
            ("24 Nov 2026", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            (
                "On 1 July, Umgcinisa Local Municipality raised its electricity tariff for households by 14.2%, more than the 12.7% increase the national regulator allowed Eskom for its direct customers.",
                "",
                "",
                "W",
            ),
            (
                "For a family using 500 kWh a month, that is about R290 more, every month.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The council says it has no choice.", "The council", "says", ""),
        ],
        [
            (
                "According to its own budget, it lost R312 million to unpaid bills and illegal connections in the 2025/26 year.",
                "its own budget",
                "According to",
                "W",
            ),
            (
                "It also owes Eskom R1.9 billion, the Auditor-General's latest report shows.",
                "the Auditor-General's latest report",
                "shows",
                "W",
            ),
            (
                "So the residents who pay are covering for those who do not, and for a council that has not collected properly in years.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "At a briefing last month, Mayor Sibusiso Ndlovukazi-Peters said the increase was “painful but necessary”.",
                "Sibusiso Ndlovukazi-Peters",
                "said",
                "",
            ),
            (
                "He said the municipality would install 18,000 smart prepaid meters by June 2027.",
                "Sibusiso Ndlovukazi-Peters",
                "said",
                "",
            ),
        ],
        [
            ("I have heard that promise before.", "", "", ""),
            (
                "In 2023 the council promised 10,000 meters by the end of 2024; by March this year, 3,460 had been installed, according to a reply to a written question in council.",
                "a reply to a written question in council",
                "according to",
                "W",
            ),
            ("Is it any wonder that people have stopped believing?", "", "", ""),
        ],
        [
            (
                "Mrs. Nomvula Khathide-Brennan, a pensioner in Ward 11, told me her bill went from R1,140 in June to R1,310 in July.",
                "Nomvula Khathide-Brennan",
                "told me",
                "W",
            ),
            (
                "“I switch off the geyser and I still pay more.",
                "Nomvula Khathide-Brennan",
                "asked",
                "",
            ),
            (
                "What must I switch off next, the fridge?” she asked.",
                "Nomvula Khathide-Brennan",
                "asked",
                "",
            ),
        ],
        [
            (
                "Opposition councillor Pieter van der Kloofwyk, of the Ratepayers' Civic League, says the council spent R46 million on consultants in the last financial year.",
                "Pieter van der Kloofwyk",
                "says",
                "W",
            ),
            ("Consultants, not cables.", "", "", ""),
        ],
        [
            ("There are things the council could do tomorrow.", "", "", ""),
            ("It could publish, ward by ward, how much electricity is lost.", "", "", ""),
            ("It could cut off the businesses that owe it most.", "", "", ""),
            (
                "The top 50 debtors owe R208 million between them, the municipal manager, Dr. Ayanda Mkhwebane-Rossouw, told a council committee in August.",
                "Ayanda Mkhwebane-Rossouw",
                "told a council committee",
                "W",
            ),
            (
                "And it could stop treating tariff increases as the answer to every hole in its budget.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Asked for comment, municipal spokesperson Lwazi Dube-Hartogh said the tariff had been approved by the regulator and was “in line with the cost of bulk supply”.",
                "Lwazi Dube-Hartogh",
                "said",
                "W",
            ),
        ],
        [
            ("Residents will pay, as they always do.", "", "", ""),
            (
                "The least the council owes them is an honest account of where the money goes.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Thandiwe Mabuzane-Ferreira is a chartered accountant and a former chair of the Umgcinisa Ratepayers' Association.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The views expressed are the author's own and do not necessarily reflect those of The Ilangazwe Tribune.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have your say: letters@ilangazwetribune.co.za", "", "", "B"),
        ],
        [
            ("MORE OPINION", "", "", "B"),
        ],
        [
            ("Our taxi ranks deserve better than tin roofs", "", "", "B"),
        ],
        [
            ("Matric results are not the whole story", "", "", "B"),
        ],
        [
            ("© 2026 Ilangazwe Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("PAIA Manual | Privacy | Terms and Conditions", "", "", "B"),
        ],
    ],
    [
        [
            ("The Aveline Dispatch", "", "", "B"),
        ],
        [
            ("Subscribe    Sign in", "", "", "B"),
        ],
        [
            ("Council pencils in a 6.9% tax hike and a $14M rink", "", "", "W"),
        ],
        [
            ("What happened at Tuesday's six-hour budget meeting, and what comes next", "", "", ""),
        ],
        [
            ("Josslyn Marchetti-Boyd", "", "", "B"),
        ],
        [
            ("Nov 26, 2026", "", "", "B"),
        ],
        [
            ("42 likes · 9 comments · Share", "", "", "B"),
        ],
        [
            (
                "Hi all, and welcome to the 63 of you who signed up after last week's post about the ferry schedule.",
                "",
                "",
                "",
            ),
            ("This one is long, so grab a coffee.", "", "", ""),
        ],
        [
            (
                "On Tuesday, Port Aveline council gave first reading to a 2027 budget that would raise the residential tax rate by 6.9%.",
                "",
                "",
                "W",
            ),
            (
                "For the average home, assessed at $312,000, that works out to about $148 more next year, according to the finance department's summary.",
                "the finance department's summary",
                "according to",
                "W",
            ),
            ("It would be the town's biggest increase since 2012.", "", "", "W"),
        ],
        [
            (
                "Mayor Rosalind Achterhuis-Lyle said the town had “run out of places to cut”.",
                "Rosalind Achterhuis-Lyle",
                "said",
                "",
            ),
            (
                "She pointed to a $1.1-million rise in the cost of the town's RCMP contract, which she said was set by the province, not the town.",
                "Rosalind Achterhuis-Lyle",
                "said",
                "W",
            ),
        ],
        [
            (
                "Finance director Baljit Sandhu-Morrisette told council that without the increase, the town would run a deficit of approx. $2.3 million, which provincial law does not allow.",
                "Baljit Sandhu-Morrisette",
                "told council",
                "W",
            ),
        ],
        [
            ("The big-ticket item is the new rink.", "", "", ""),
            (
                "The latest estimate is $14.2 million, up from $9.8 million when council approved it in 2024, according to a staff report.",
                "a staff report",
                "according to",
                "W",
            ),
            (
                "Most of the increase is steel and concrete, the report says, with another $700,000 for a bigger parking lot.",
                "the report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Coun. Aurelio Brisequenne voted against first reading, one of two councillors to do so.",
                "",
                "",
                "W",
            ),
            (
                "“We are asking seniors on fixed incomes to pay for cost overruns on a hockey rink.",
                "Aurelio Brisequenne",
                "asked",
                "",
            ),
            ("Why?” he asked.", "Aurelio Brisequenne", "asked", ""),
            ("The vote was 5-2.", "", "", "W"),
        ],
        [
            ("I asked the mayor's office whether a smaller rink had ever been costed.", "", "", ""),
            (
                "A spokesperson, Keisha Vantassel-Oduya, said staff looked at a single-pad design in 2025 and that it would have saved “roughly $1.6 million”.",
                "Keisha Vantassel-Oduya",
                "said",
                "W",
            ),
            (
                "Council chose the larger design because minor hockey registrations had grown, she said.",
                "Keisha Vantassel-Oduya",
                "said",
                "",
            ),
        ],
        [
            ("What's next", "", "", "B"),
        ],
        [
            (
                "The budget comes back for second and third reading on Dec. 15 at 6 p.m. at the town hall on Wharfinger St.",
                "",
                "",
                "",
            ),
            (
                "Anyone who wants to speak has to register with the clerk's office by noon on Dec. 14.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Quick hits", "", "", "B"),
        ],
        [
            (
                "• The harbour authority says the new breakwater is 80% complete and should be finished by the end of January.",
                "The harbour authority",
                "says",
                "W",
            ),
        ],
        [
            (
                "• Snow-clearing contractor Dunquessell-Pask Bros. Ltd. was fined $4,500 for missed routes last winter, town records show.",
                "town records",
                "show",
                "W",
            ),
        ],
        [
            ("• The library's Sunday hours return on Jan. 10.", "", "", ""),
        ],
        [
            ("That's it for this week.", "", "", ""),
            ("See you at the town hall.", "", "", ""),
        ],
        [
            ("Thanks for reading The Aveline Dispatch!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [
            ("Type your email...    Subscribe", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("9 Comments", "", "", "B"),
        ],
        [
            ("Gord Pellerin-Whitty    Nov 26", "", "", "B"),
        ],
        [
            ("Great summary.", "", "", "B"),
            ("The rink was always going to cost more than they told us!", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("© 2026 Josslyn Marchetti-Boyd · Privacy ∙ Terms ∙ Collection notice", "", "", "B"),
        ],
        [
            ("Start writing    Get the app", "", "", "B"),
        ],
    ],
    [
        [
            ("THE GLENMORQUHAR GAZETTE", "", "", "B"),
        ],
        [
            ("Home   News   Sport   Farming   Nostalgia   Notices   Contact", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Parents vow to fight plan to mothball Achnaverran Primary as roll falls to six",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council says each pupil costs more than three times the Highland average",
                "Highland Council",
                "says",
                "W",
            ),
        ],
        [
            ("By Morven Achaglass", "", "", "B"),
        ],
        [
            ("Wednesday, 18 November 2026, 5:00 pm", "", "", "B"),
        ],
        [
            (
                "Achnaverran Primary School, which opened in 1874, has one classroom and a single teacher.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photo: Gazette", "", "", "B"),
        ],
        [
            (
                "Parents in Achnaverran have vowed to fight Highland Council's plan to mothball the village's primary school, which has six pupils this term.",
                "Parents in Achnaverran",
                "have vowed",
                "W",
            ),
            (
                "The council's education committee will decide on 3 December whether to begin a statutory consultation on closing the school from August 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A report to the committee says the school cost £31,800 per pupil in 2025/26, against a Highland average of £9,650.",
                "A report to the committee",
                "says",
                "W",
            ),
            ("The roll was 19 in 2016, it says.", "A report to the committee", "says", "W"),
        ],
        [
            (
                "Committee chair Cllr Catriona Strathfennick said no decision had been made.",
                "Catriona Strathfennick",
                "said",
                "",
            ),
            (
                "“Nobody wants to close a school, and certainly not one with 150 years of history,” she said.",
                "Catriona Strathfennick",
                "said",
                "",
            ),
            (
                "“But is it good for a child to have nobody in the class within two years of their own age?”",
                "Catriona Strathfennick",
                "said",
                "",
            ),
        ],
        [
            (
                "Lachlan Drumvargie, who chairs the school's parent council, said three families with pre-school children had moved to the village in the past 18 months.",
                "Lachlan Drumvargie",
                "said",
                "W",
            ),
            ("“The roll goes up to nine in August.", "Lachlan Drumvargie", "said", "W"),
            (
                "The council's figures are already out of date!” he said.",
                "Lachlan Drumvargie",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the nearest other school, Kilbranvie Primary, was a 23-mile round trip on a single-track road that was closed by snow on 11 days last winter.",
                "Lachlan Drumvargie",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Torquil Glashanvie, the MSP for the area, said he had written to the council's chief executive asking for the consultation to be paused.",
                "Torquil Glashanvie",
                "said",
                "",
            ),
            (
                "Mr Glashanvie said the Scottish Government's guidance on rural schools required the council to consider the effect of a closure on the whole village.",
                "Torquil Glashanvie",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Highland Council spokesman said: “The committee will consider the report on its merits.”",
                "A Highland Council spokesman",
                "said",
                "",
            ),
            (
                "He said the council was reviewing 14 schools with fewer than 15 pupils.",
                "A Highland Council spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Achnaverran Primary was last threatened with closure in 2011, when the council dropped the plan after a petition signed by 2,300 people.",
                "",
                "",
                "W",
            ),
            (
                "A new online petition had gathered 1,180 signatures by Wednesday at 9 a.m.",
                "",
                "",
                "W",
            ),
            ("Its organisers plan to hand it to councillors before the meeting.", "", "", ""),
        ],
        [
            (
                "Mother-of-two Shona Kilmalieu-Forbes said her daughter, 7, “would be lost” in a bigger school.",
                "Shona Kilmalieu-Forbes",
                "said",
                "",
            ),
            (
                "“She knows every child and every adult in that building by name,” she said.",
                "Shona Kilmalieu-Forbes",
                "said",
                "",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("Ferry timetable cut angers island hauliers", "", "", "B"),
        ],
        [
            ("Do you have a story for us?", "", "", "B"),
            ("Email news@glenmorquhargazette.co.uk or call 01397 555 210.", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Lorry stuck on hill pass for nine hours", "", "", "B"),
        ],
        [
            ("2. Hotel sold to Edinburgh group after 40 years in one family", "", "", "B"),
        ],
        [
            ("© Glenmorquhar Gazette Ltd 2026.", "", "", "B"),
            ("Registered in Scotland No. SC591144.", "", "", "B"),
        ],
        [
            ("Privacy | Cookies | Terms | Complaints", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("This website uses cookies to improve your experience.", "", "", "B"),
            ("We'll assume you're ok with this, but you can opt-out if you wish.", "", "", "B"),
        ],
        [
            ("Accept    Read More", "", "", "B"),
        ],
        [
            ("BARBADOS TIDESLATE", "", "", "B"),
        ],
        [
            ("Monday, November 30, 2026", "", "", "B"),
        ],
        [
            ("Bridgetown 29°C Partly cloudy", "", "", "B"),
        ],
        [
            (
                "HOME    LOCAL NEWS    BUSINESS    SPORTS    ENTERTAINMENT    REGIONAL    LETTERS",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BREAKING: Flash flood warning for southern parishes until 6 p.m.", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Hotel at Pelterby Cove gets green light with 40 conditions", "", "", "W"),
        ],
        [
            ("by Shaquille Belgrave-Innisford", "", "", "B"),
        ],
        [
            ("November 30, 2026    4 Comments", "", "", "B"),
        ],
        [
            ("An artist's impression of the planned hotel at Pelterby Cove, St. Lucy.", "", "", ""),
        ],
        [
            ("(Image: Azurmere Shores Inc.)", "", "", "B"),
        ],
        [
            (
                "The Chief Town Planner has approved a 212-room hotel at Pelterby Cove, St. Lucy, subject to 40 conditions, including a 30-metre setback from the high-water mark.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister of Tourism Kerwin St. Hill-Broomes announced the approval in the House of Assembly on Friday.",
                "Kerwin St. Hill-Broomes",
                "announced",
                "W",
            ),
            (
                "He said the project, costing approx. US$186 million, would create about 450 permanent jobs and 700 during construction.",
                "Kerwin St. Hill-Broomes",
                "said",
                "W",
            ),
            (
                "“This is the biggest private investment in St. Lucy in a generation,” he said.",
                "Kerwin St. Hill-Broomes",
                "said",
                "W",
            ),
        ],
        [
            ("The developer is Azurmere Shores Inc.", "", "", "W"),
            (
                "The company, a joint venture between a Barbadian family firm and a Canadian pension fund, said construction would begin in the second quarter of 2027.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "The Northern Reefs Trust, which has campaigned against the project since 2024, said it was studying the conditions.",
                "The Northern Reefs Trust",
                "said",
                "",
            ),
            (
                "Its director, Dr. Anneliese Marchmont-Greaves, said the cove was one of only three nesting beaches for hawksbill turtles on the north coast.",
                "Anneliese Marchmont-Greaves",
                "said",
                "W",
            ),
            (
                "“Forty conditions are only as good as the people who check them.",
                "Anneliese Marchmont-Greaves",
                "asked",
                "",
            ),
            ("Who is going to check them?” she asked.", "Anneliese Marchmont-Greaves", "asked", ""),
        ],
        [
            (
                "Fisherman Lyndon Bynoe-Callender, 61, who has pulled his boat up at Pelterby Cove since he was 14, said he feared losing access to the beach.",
                "Lyndon Bynoe-Callender",
                "said",
                "",
            ),
            (
                "“My father fished from there, and his father,” he said.",
                "Lyndon Bynoe-Callender",
                "said",
                "",
            ),
        ],
        [
            (
                "The developer must keep a public path to the beach open 24 hours a day, according to the conditions published by the planning office.",
                "the conditions published by the planning office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Opposition tourism spokesman Sen. Marcus Holdipp-Yearwood said the environmental impact assessment had never been made public.",
                "Marcus Holdipp-Yearwood",
                "said",
                "W",
            ),
            ("“Publish it.", "Marcus Holdipp-Yearwood", "said", ""),
            ("What is there to hide?” he said.", "Marcus Holdipp-Yearwood", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("Cruise arrivals up 11% in October", "", "", "B"),
        ],
        [
            ("St. Lucy residents complain of low water pressure", "", "", "B"),
        ],
        [
            (
                "4 thoughts on “Hotel at Pelterby Cove gets green light with 40 conditions”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BajanYute246 says:", "", "", "B"),
        ],
        [
            ("November 30, 2026 at 8:14 am", "", "", "B"),
        ],
        [
            ("Jobs for the north finally!", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Leave a Reply Cancel reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2026 Barbados Tideslate Inc. | Theme by Corallis Studio", "", "", "B"),
        ],
        [
            ("About Us | Advertise | Contact | Privacy Policy", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "n76-en-approx-figures",
        "The centre treated 41,380 patients in the year to October, an average of approx. 113 a day, according to Trust figures. About one in five of the patients seen in Wyvernholt's emergency department between 10pm and 8am last winter could have been treated at a UTC, the figures show.",
        [
            "The centre treated 41,380 patients in the year to October, an average of approx. 113 a day, according to Trust figures.",
            "About one in five of the patients seen in Wyvernholt's emergency department between 10pm and 8am last winter could have been treated at a UTC, the figures show.",
        ],
    ),
    (
        "n76-en-am-quote",
        "“Nobody should have to drive 14 miles at 3 a.m. with a sprained ankle,” she said. “This is about getting people the right care, close to home.”",
        [
            "“Nobody should have to drive 14 miles at 3 a.m. with a sprained ankle,” she said.",
            "“This is about getting people the right care, close to home.”",
        ],
    ),
    (
        "n76-gh-am-three",
        "Three other candidates shared 612 votes, and 1,904 ballots were rejected, she said. Rejected ballots made up 5.1% of the total, a figure she called “worrying”.",
        [
            "Three other candidates shared 612 votes, and 1,904 ballots were rejected, she said.",
            "Rejected ballots made up 5.1% of the total, a figure she called “worrying”.",
        ],
    ),
    (
        "n76-gh-da-asked",
        "“Why were our agents kept outside at Abrafoasem D/A Primary for two hours?” he asked. He did not give details of the other stations.",
        [
            "“Why were our agents kept outside at Abrafoasem D/A Primary for two hours?” he asked.",
            "He did not give details of the other stations.",
        ],
    ),
    (
        "n76-sg-eg-rest",
        "Ms Lum: In the first nine months, about 62% of the breeding we found was in homes, e.g. in flower pot plates and pails. The rest was in common areas and on construction sites.",
        [
            "Ms Lum: In the first nine months, about 62% of the breeding we found was in homes, e.g. in flower pot plates and pails.",
            "The rest was in common areas and on construction sites.",
        ],
    ),
    (
        "n76-sg-studying-fine",
        "Minister Kwek: We are studying it. Today the composition fine for a first offence of mosquito breeding at home is $200. For construction sites, we have charged 47 contractors in court this year, and one was fined $38,000.",
        [
            "Minister Kwek: We are studying it.",
            "Today the composition fine for a first offence of mosquito breeding at home is $200.",
            "For construction sites, we have charged 47 contractors in court this year, and one was fined $38,000.",
        ],
    ),
    (
        "n76-sg-ie-aim",
        "We now cover about 580,000 households, i.e. about 40% of public housing households. We aim to reach half by the end of next year.",
        [
            "We now cover about 580,000 households, i.e. about 40% of public housing households.",
            "We aim to reach half by the end of next year.",
        ],
    ),
    (
        "n76-ug-nov-vs",
        "Researchers at the Lwamboga Institute of Tropical Health followed 9,412 children aged between six months and 10 years from Feb. 2024 to Nov. 2025. Half the villages got nets treated with a pyrethroid and a second chemical, chlorfenapyr; the other half got the standard pyrethroid-only nets. Over the two years there were 0.81 malaria cases per child per year in the first group vs. 1.23 in the second, the paper says (Table 3).",
        [
            "Researchers at the Lwamboga Institute of Tropical Health followed 9,412 children aged between six months and 10 years from Feb. 2024 to Nov. 2025.",
            "Half the villages got nets treated with a pyrethroid and a second chemical, chlorfenapyr; the other half got the standard pyrethroid-only nets.",
            "Over the two years there were 0.81 malaria cases per child per year in the first group vs. 1.23 in the second, the paper says (Table 3).",
        ],
    ),
    (
        "n76-ug-am-exclaim",
        "“When a child gets up at 2 a.m. to go outside, the net cannot help her!” he said. “So we still need house spraying and better toilets near the house.”",
        [
            "“When a child gets up at 2 a.m. to go outside, the net cannot help her!” he said.",
            "“So we still need house spraying and better toilets near the house.”",
        ],
    ),
    (
        "n76-ph-initial-quote",
        "Agriculture Undersecretary Rommel P. Sabanal-Ilustre told reporters the losses were equal to about 1.1% of the country's expected annual harvest. “We will not run short, but prices in Cagayan Valley may rise for a few weeks,” he said.",
        [
            "Agriculture Undersecretary Rommel P. Sabanal-Ilustre told reporters the losses were equal to about 1.1% of the country's expected annual harvest.",
            "“We will not run short, but prices in Cagayan Valley may rise for a few weeks,” he said.",
        ],
    ),
    (
        "n76-ph-inc-company",
        "The biggest fall on the Manila bourse on Wednesday was in shares of rice miller Pantaliwa Agri-Holdings Inc. The company did not respond to a request for comment.",
        [
            "The biggest fall on the Manila bourse on Wednesday was in shares of rice miller Pantaliwa Agri-Holdings Inc.",
            "The company did not respond to a request for comment.",
        ],
    ),
    (
        "n76-us-exclaim-said",
        "“They didn't fire her for being late. They fired her for telling the truth!” he said.",
        [
            "“They didn't fire her for being late.",
            "They fired her for telling the truth!” he said.",
        ],
    ),
    (
        "n76-us-asked-vintenberg",
        "Marisela Vintenberg, a lawyer for the hospital, told jurors in closing arguments on Thursday that the audit had found 37 charting errors by Quillanorth in six weeks. “Is a hospital supposed to ignore that?” Vintenberg asked.",
        [
            "Marisela Vintenberg, a lawyer for the hospital, told jurors in closing arguments on Thursday that the audit had found 37 charting errors by Quillanorth in six weeks.",
            "“Is a hospital supposed to ignore that?” Vintenberg asked.",
        ],
    ),
    (
        "n76-us-jan-cap",
        "District Judge Augustin Pell-Harrowby set a hearing for Jan. 8 on the hospital's request to reduce the award. The hospital has asked him to cut the emotional distress damages to $350,000, citing a state cap.",
        [
            "District Judge Augustin Pell-Harrowby set a hearing for Jan. 8 on the hospital's request to reduce the award.",
            "The hospital has asked him to cut the emotional distress damages to $350,000, citing a state cap.",
        ],
    ),
    (
        "n76-au-quote-loved",
        "“Col drove the team bus for 30 years. He'd have loved this,” he said.",
        ["“Col drove the team bus for 30 years.", "He'd have loved this,” he said."],
    ),
    (
        "n76-au-score-then",
        "“We were cruising at 2-96. Then we played three bad shots in 20 minutes,” he said.",
        ["“We were cruising at 2-96.", "Then we played three bad shots in 20 minutes,” he said."],
    ),
    (
        "n76-pk-says-why",
        "Q: Your council says 11 mills have closed in Faisalabad since January. Why?",
        ["Q: Your council says 11 mills have closed in Faisalabad since January.", "Why?"],
    ),
    (
        "n76-pk-ie-most",
        "A: In our members' mills, about 23,000 since January, i.e. roughly one worker in seven. Most were daily-wage workers with no severance.",
        [
            "A: In our members' mills, about 23,000 since January, i.e. roughly one worker in seven.",
            "Most were daily-wage workers with no severance.",
        ],
    ),
    (
        "n76-pk-mw-approx",
        "But my mill put in a 1.2 MW solar system in 2025, and it covers approx. 22% of our power. You cannot run looms at night on solar, can you?",
        [
            "But my mill put in a 1.2 MW solar system in 2025, and it covers approx. 22% of our power.",
            "You cannot run looms at night on solar, can you?",
        ],
    ),
    (
        "n76-za-quote-asked",
        "“I switch off the geyser and I still pay more. What must I switch off next, the fridge?” she asked.",
        [
            "“I switch off the geyser and I still pay more.",
            "What must I switch off next, the fridge?” she asked.",
        ],
    ),
    (
        "n76-za-dr-committee",
        "It could cut off the businesses that owe it most. The top 50 debtors owe R208 million between them, the municipal manager, Dr. Ayanda Mkhwebane-Rossouw, told a council committee in August.",
        [
            "It could cut off the businesses that owe it most.",
            "The top 50 debtors owe R208 million between them, the municipal manager, Dr. Ayanda Mkhwebane-Rossouw, told a council committee in August.",
        ],
    ),
    (
        "n76-ca-why-asked",
        "“We are asking seniors on fixed incomes to pay for cost overruns on a hockey rink. Why?” he asked.",
        [
            "“We are asking seniors on fixed incomes to pay for cost overruns on a hockey rink.",
            "Why?” he asked.",
        ],
    ),
    (
        "n76-ca-single-pad",
        "A spokesperson, Keisha Vantassel-Oduya, said staff looked at a single-pad design in 2025 and that it would have saved “roughly $1.6 million”. Council chose the larger design because minor hockey registrations had grown, she said.",
        [
            "A spokesperson, Keisha Vantassel-Oduya, said staff looked at a single-pad design in 2025 and that it would have saved “roughly $1.6 million”.",
            "Council chose the larger design because minor hockey registrations had grown, she said.",
        ],
    ),
    (
        "n76-ca-pm-register",
        "The budget comes back for second and third reading on Dec. 15 at 6 p.m. at the town hall on Wharfinger St. Anyone who wants to speak has to register with the clerk's office by noon on Dec. 14.",
        [
            "The budget comes back for second and third reading on Dec. 15 at 6 p.m. at the town hall on Wharfinger St.",
            "Anyone who wants to speak has to register with the clerk's office by noon on Dec. 14.",
        ],
    ),
    (
        "n76-sc-per-pupil-it",
        "A report to the committee says the school cost £31,800 per pupil in 2025/26, against a Highland average of £9,650. The roll was 19 in 2016, it says.",
        [
            "A report to the committee says the school cost £31,800 per pupil in 2025/26, against a Highland average of £9,650.",
            "The roll was 19 in 2016, it says.",
        ],
    ),
    (
        "n76-sc-nine-exclaim",
        "“The roll goes up to nine in August. The council's figures are already out of date!” he said.",
        [
            "“The roll goes up to nine in August.",
            "The council's figures are already out of date!” he said.",
        ],
    ),
    (
        "n76-sc-am-organisers",
        "A new online petition had gathered 1,180 signatures by Wednesday at 9 a.m. Its organisers plan to hand it to councillors before the meeting.",
        [
            "A new online petition had gathered 1,180 signatures by Wednesday at 9 a.m.",
            "Its organisers plan to hand it to councillors before the meeting.",
        ],
    ),
    (
        "n76-bb-st-hill",
        "Minister of Tourism Kerwin St. Hill-Broomes announced the approval in the House of Assembly on Friday. He said the project, costing approx. US$186 million, would create about 450 permanent jobs and 700 during construction.",
        [
            "Minister of Tourism Kerwin St. Hill-Broomes announced the approval in the House of Assembly on Friday.",
            "He said the project, costing approx. US$186 million, would create about 450 permanent jobs and 700 during construction.",
        ],
    ),
    (
        "n76-bb-inc-company",
        "The developer is Azurmere Shores Inc. The company, a joint venture between a Barbadian family firm and a Canadian pension fund, said construction would begin in the second quarter of 2027.",
        [
            "The developer is Azurmere Shores Inc.",
            "The company, a joint venture between a Barbadian family firm and a Canadian pension fund, said construction would begin in the second quarter of 2027.",
        ],
    ),
    (
        "n76-bb-quote-who",
        "“Forty conditions are only as good as the people who check them. Who is going to check them?” she asked.",
        [
            "“Forty conditions are only as good as the people who check them.",
            "Who is going to check them?” she asked.",
        ],
    ),
]
