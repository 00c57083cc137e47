"""Hundred-and-thirty-third set of new hand-labelled pages for the hint engines (tuning set, round fifty-one):
twelve WHOLE pages, head to tail as a reader's paste gives them (nine from a desktop browser, two
from a phone browser, one from a browser's reader view), from twelve kinds of site the sets are thin
on, where FURNITURE that looks like story is the hard part. The pages: a United States regional TV
station (Iowa, a county closes a river bridge after a 14-inch crack is found; detour of 11 miles,
1,400 vehicles a day, a $380,000-$520,000 repair), an English football club's own site (a 3-1 away
win, attendance 1,217), an Irish government press-release portal (EUR 212 million to connect 41,300
rural premises to fibre), an Australian podcast/video page (a New South Wales shire buys 1,150
megalitres of water for $3.4 million; transcript excerpt), a Botswana community weekly (Maun; a
village's borehole runs again after seven weeks with a P186,000 solar pump), a large Indian portal
on a phone (Mumbai, 286 mm of rain in 24 hours), a business wire's earnings release syndicated on a
financial portal (a Sacramento diagnostics maker, revenue $412.6 million, up 9%), a Canadian
long-read magazine in reader view (a northern Ontario nickel town shrinks from 4,800 to 3,100), a
New Mexico nonprofit newsroom (a rural volunteer ambulance service ends overnight cover; 43-minute
responses), a Minnesota city council newsroom on a phone (a $6.2 million, 6-1 vote to replace 1,840
lead service lines), a Jamaican daily on a phone (Kingston to tow 310 derelict vehicles; J$25,000
fines) and a Substack-style newsletter post (Dublin's 2,914 new homes in a quarter, broken down).

What is hard is telling page furniture from story. Every page has furniture at the head, in the
middle and at the tail, each site worded its own way: weather, traffic and "closings" widgets whose
lines hold figures and place names ("B"); a fixtures strip, ticket and shirt ads with prices, a
"Player of the Match, sponsored by ..." line naming the scorer, match-ball and partner lines ("B");
"ENDS", "Notes to editors", media and out-of-hours contacts, an Irish-language and accessible-format
note, "Was this page helpful?" ("B"); player controls, running times, chapter lists, guest lists,
music and production credits and a transcript note ("B"); "Continued on page 3", an advertise-with-us
box with a readership figure, classifieds with prices and notices (a lost cow "last seen near the
Kgotlaneng borehole", a funeral, a public notice of a kgotla meeting) ("B"); inline "Also Read |"
links (one that reads like a quote) and a LIVE UPDATES box with time stamps and entries ("B"); a
ticker line, "Sponsored:" link, conference-call logistics, non-GAAP and forward-looking-statement
boilerplate, an "About Corvalis" paragraph with hospital and country counts, investor and media
contacts, "SOURCE" line and the portal's disclaimer and data credit ("B"); pull quotes that repeat
the story's own quotes word for word or nearly, an author bio and a print-edition note ("B");
"Republish", donation asks with a match figure, a newsletter sign-up, a funder disclosure and the
republish box ("B"); "News Flash" furniture, a hotline line inside the story, a map-lookup line and
event listings that repeat the story's open house ("B"); a cookie wall with a partner count, a
paywall meter with a price, "Listen to this article" and comment rules ("B"); and subscribe prompts,
like/comment/restack counts, footnote numbers and a footnote that only cites its source ("B").

Against them stand lines a naive rule would throw out but a reviewer keeps: short capitalised
subheads that belong to the story ("What happens next", "First half", "Second half", "Background",
"Queues at the bowser", "What parents need to know", "Third-Quarter Highlights", "The shaft", "The
cost of a volunteer", "The plan at a glance", "Mosquito fears", "Solar next"; all ""); a story's own
list of figures with no verb (allocation bullets, quarterly highlights, "at a glance" lines, a
newsletter's breakdown of 2,914 homes; all "W"); numbered notes to editors that state the scheme's
facts ("W"); story sentences quoting a newsletter ("wrote in the district's weekly family
newsletter", "according to the county's monthly emergency services newsletter"; "W"); a footnote
that adds a figure ("W"); a newsletter writer's greeting and "P.S." (""); team line-ups, a
substitutes line and a referee line ("" data, as in the second set); transcript turns with name
prefixes (the interviewee's answers carry the full name and the prefix as cue).

Conventions this set had to settle, in the spirit of labelled_new.py's docstring:

* A widget line (weather, traffic, closings ticker, live-updates box, stock ticker) is "B" however
  many facts it holds; so is an advert or sponsor line, even when it names a player or a price.
* On a press release, "ENDS", "Notes to editors", the contact block and a note that only describes
  the department ("About X" boilerplate) are "B"; a note that adds a fact about the announced scheme
  is labelled like story ("W").
* On a wire release, conference-call logistics, the non-GAAP note, forward-looking statements and
  the "About" paragraph are "B"; the highlights subhead is "" and its bullet lines "W".
* A pull quote is "B" (layout repeating the story), split into sentences like any paragraph.
* A podcast's guest list and credits are "B", like a bio or a photo credit; its show notes are story.
* A story's own line telling readers where to call or look something up is a contact line ("B").
* A speaker named with a title the page itself uses ("Kgosi", "Mayor", "Council Member", "Town
  clerk") is labelled without it, as the conventions ask.

The pages hold 520 sentences: 294 "B", 135 "W" and 91 ""; 121 sentences carry a speaker (53
distinct speakers). `STYLES` describes each page, its furniture and its labels in order.

Written from scratch for issue 13 in round fifty-one, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*`, `train_*` or `test_*` file, no `hint_scores.py` and no README;
no engine, scorer or test was run, and nothing was copied from anywhere. What was read: the brief;
the module docstrings of `labelled_new.py` and `labelled_new2.py` (through `ast`); `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
docstrings, `STYLES`, page and sentence counts, the first lines of the first page and the first
three cases of `labelled_new131.py` and `labelled_new132.py`, plus the part of their docstrings
that says how they were checked. Coined names were checked with `grep -rl NAME tests/text | wc -l`
(counts only) and renamed when they hit; the file was checked by import and `build`, by a script
that tests each label's offsets, no "B" with a speaker and a cue for every speaker, and by case
joins; `ruff format` and `ruff check` ran with the project's config, the check through
`--stdin-filename tests/text/labelled_new133.py` so that the per-file ignores for `tests/**` apply.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "United States REGIONAL TV STATION (Iowa, desktop), a county closes a river bridge after a "
    "cracked beam is found: call-sign masthead, menu with wide spaces, a weather strip, a CLOSINGS & "
    'DELAYS ticker and a TRAFFIC ticker with ▸ (all "B"); section path ›; headline "W"; standfirst '
    '"..., county engineer says" carrying her "W"; Author/Published/Updated lines and a video label '
    '"B"; "TESDALE, Iowa —" lead "W"; "according to the most recent state traffic count" "W"; "Story '
    'continues below" "B"; subhead "What happens next" ""; RELATED link "B"; a superintendent who '
    '"wrote in the district\'s weekly family newsletter" "W" and "she wrote" ""; a FIRST ALERT '
    'WEATHER advisory ending "7 p.m. for ..." and an app plug mid-story "B"; a farmer ("", "W", ""); '
    'the sheriff\'s office "said" and "it said" "W"; copyright in two sentences, an error-report '
    'prompt in two, MORE CLOSINGS, Trending list and FCC footer "B"',
    "English FOOTBALL CLUB'S OWN SITE (desktop), a 3-1 away win: club masthead, menu, a NEXT MATCH "
    'strip and a LAST RESULT strip, section path "B"; "REPORT: ..." headline and standfirst "W"; Club '
    'Media line and share "B"; result, scorers and the attendance "W"; subheads "First half" and '
    '"Second half" ""; play narration ""; a ticket ad with prices and a shirt pre-order ad mid-story '
    '"B"; the head coach with his role dropped (quotes "", a fitness fact "W"); "Teams" title "B", '
    'line-ups, subs and referee lines "" data; Player of the Match sponsor line naming the scorer, '
    'match-ball sponsor, a sponsored-by line, More news list, partners strip and "© ... Ltd 2026." + '
    '"Registered in England No. 00452318." "B"',
    "Irish GOVERNMENT PRESS-RELEASE PORTAL (desktop), EUR 212 million for rural fibre broadband: skip "
    'link, portal name, language switch, breadcrumb, "Press release", From/Published/Last updated '
    'lines "B"; headline "W"; the minister "announced" "W"; the scheme "W"; "as follows:" ""; three '
    'allocation bullets "W"; "Minister Brennock-Tighe said: “...”" and "she said" ""; "The Minister '
    'said" resolving to her "W" and "She said" a date "W"; a co-operative chair "said" "W" and a '
    'quote ""; subhead "Background" ""; "according to the Department" "W"; ENDS, "Notes to editors" '
    '"B"; notes 1 and 2 with scheme facts "W", note 3 about the department "B"; media contact, '
    "out-of-hours, Irish-language and accessible-format lines, print/share, feedback prompt, related, "
    'footer "B"',
    "Australian PODCAST/VIDEO PAGE (desktop), a shire buys back river water: network name, menu, show "
    'path "B"; episode title "W"; date and running time, Play, time counter, speed and skip controls, '
    'download, follow links, video version "B"; show notes with figures "W" and the host\'s question '
    '""; Guests list, Chapters list (with "Who loses?" mid-line), "Transcript" and the '
    'auto-transcript note "B"; transcript with name prefixes: host turns "", the mayor\'s answers '
    'carrying her full name and the prefix as cue ("W", "W", "", "W", ""), the hydrologist\'s ("", '
    '"W", ""); "Show full transcript" "B"; the minister\'s office "said in a statement" "W" and "the '
    'statement said" ""; music credit, production credits, comments, Up next list, acknowledgement '
    'and copyright "B"',
    "Botswana COMMUNITY WEEKLY (Maun, desktop), a village borehole runs again after seven weeks: "
    'masthead, tagline with price, menu with pipes, issue line, "LOCAL NEWS" "B"; headline "W"; '
    'byline "B"; "KGOTLANENG —" lead "W"; "according to the village development committee" "W"; the '
    'chief with "Kgosi" dropped ("W", ""); subhead "Queues at the bowser" ""; "residents said" "W"; a '
    'mother named after her quote ("", "W"); the district health office "W"; "Continued on page 3", a '
    'news-tip plug and an advertise box with a readership figure "B"; a councillor "told the Lantern" '
    '"W" and quotes ""; a meeting "" and the borehole\'s history "W"; subhead "Solar next" ""; '
    'CLASSIFIEDS with prices ("P98,000 neg." before "Call ..."), NOTICES (lost cow near the borehole, '
    'funeral, public notice of a kgotla meeting), classified rates, imprint with "(Pty) Ltd," '
    'mid-sentence "B"',
    "Indian PORTAL on a PHONE BROWSER (Mumbai), 286 mm of rain in 24 hours: menu glyph, brand, "
    'sign-in, Trending chips, breadcrumb "B"; headline "W"; Written by/Edited by, Updated IST, read '
    'time, Follow Us "B"; "according to the weather department\'s regional centre" with "8.30 am on '
    'Thursday" "W"; the commissioner "announced" "W", "told reporters" "" and "He said" a tide "W"; '
    'four inline "Also Read |" links (one reading like a quote) "B"; "Story continues below '
    'Advertisement" and a LIVE UPDATES box with time stamps and entries "B"; a weather scientist '
    '("W", a forecast ""); "civic data showed" "W"; "the municipal corporation said" "W"; a tea-stall '
    'owner ("", "W"); subhead "What parents need to know" ""; "the education officer\'s order said" '
    'and "the order said" "W"; topics, WhatsApp, app prompt, footer, "Pvt. Ltd." before "All rights '
    'reserved." "B"',
    "BUSINESS WIRE release on a FINANCIAL PORTAL (desktop), quarterly revenue up 9%: portal brand, "
    'menu, ticker line, watchlist, "Press Release", "Source:" "B"; headline and deck "W"; time line '
    '"B"; "SACRAMENTO, Calif., Nov. 5, 2026 /NewsPulse Wire/ -- ..., Inc. (NASDAQ: CRVD) ... today '
    'reported" carrying the company "W"; "Third-Quarter Highlights" "" and four bullets "W"; CEO '
    'quote "" and "Osei-Lindgren said" "W"; "The company said" kept as written "W"; cash "W"; "Story '
    'continues" and a Sponsored link "B"; conference call ("4:30 p.m. ET today." before "The webcast '
    '..."), non-GAAP note, About paragraph with counts, forward-looking statements, contacts, SOURCE '
    'line, portal disclaimer, data credit, more news, copyright "B"',
    "Canadian LONG-READ MAGAZINE in READER VIEW, a northern Ontario nickel town shrinks: site domain "
    '"B"; title and question dek ""; author, read time, illustration credit "B"; the last shift with '
    '"7:40 a.m. and" mid-sentence "W"; figures "W"; a hairdresser named after her quote ("", ""); '
    'subheads "The shaft", "The houses", "The school", "The future" ""; the owner "which said" "W"; '
    '"according to a filing ..." "W"; two pull quotes repeating the story\'s quotes "B"; the mayor '
    'with "Mayor" dropped ("W", "", "W", "", "W", ""); "according to the regional real estate board" '
    '"W"; listings "W"; a software tester ("", "W"); "board figures show" "W"; a principal ("W", ""); '
    'scene ""; author bio in two sentences, print-edition note ending "“The Shrinking.”" and a '
    'subscribe line "B"',
    "New Mexico NONPROFIT NEWSROOM (desktop), a rural ambulance service ends overnight cover: "
    'masthead, mission line, menu with DONATE, section label "B"; headline and deck ending "after 8 '
    'p.m." "W"; byline, date, Republish "B"; "PIÑON WELLS —" lead with "8 p.m. and 8 a.m. on" '
    'mid-sentence, "Soledad County said" "W"; "according to the county\'s monthly emergency services '
    'newsletter" "W"; the service chief named after his quote ("", "W", "", ""); a donation ask with '
    'a match figure and DONATE NOW mid-story "B"; subhead "The cost of a volunteer" ""; a '
    'commissioner with her title dropped ("W", "", "W"); a newsletter sign-up "B"; "did not respond '
    'to a request for comment" ""; "A 2025 survey by ... found" kept as written "W"; a resident ("", '
    '""); reporter bio, disclosure, republish box, related, "501(c)(3) nonprofit." + "EIN ..." "B"',
    "Minnesota CITY COUNCIL NEWSROOM on a PHONE BROWSER, a $6.2 million plan for lead service lines: "
    'city name, menu, translate, back link, "News Flash" label "B"; headline "W"; Posted on "B"; the '
    '6-1 vote and cost "W"; "The plan at a glance" "" and four lines of figures "W"; the mayor with '
    '"Mayor" dropped ("", "W"); inventory "W"; the lone no vote ("", "W"); "the Public Works '
    'Department said" "W"; a letter "" with a map-lookup line "B"; a hotline line "B"; the open house '
    '"" and federal deadline "W"; media contact, tags, share, other news, "Read on...", Upcoming '
    'Events listing the same open house, address, hours with "8 a.m.–4:30 p.m.", footer and vendor '
    'credit "B"',
    "Jamaican DAILY on a PHONE BROWSER (Kingston), 310 derelict vehicles to be towed: a cookie wall "
    'with a partner count and its buttons at the head "B"; masthead, menu, section path "B"; headline '
    'and deck "W"; slash byline, Published line "B"; "Listen to this article" "B"; "the municipal '
    'corporation said" "W"; survey "W"; the town clerk with his role dropped ("W", "", "W", "W", '
    '"W"); a paywall meter, price and log-in prompt mid-story "B"; subhead "Mosquito fears" ""; "The '
    'health ministry said" "W"; a resident ("W", "", and "“I called and I called!" + "Nobody came,” '
    'she said." split ""); ADVERTISEMENT "B"; a councillor ("", ""); Read more list, feedback line, '
    'comment rules, "Company Ltd." before "All Rights Reserved.", footer "B"',
    "Irish SUBSTACK-STYLE NEWSLETTER (Dublin, desktop), 2,914 new homes in a quarter: newsletter "
    'name, Subscribe/Sign in "B"; title "W", subtitle in two sentences ("W", ""); author, date, '
    'like/comment/restack counts, Share "B"; a greeting to new subscribers ""; the figure with a '
    'footnote mark "W" and the writer\'s asides ""; "made of:" "" and four breakdown lines "W"; '
    '"Thanks for reading ...!" + subscribe line, email box and button mid-post "B"; student beds "W"; '
    'an economist who "told me" "W" and quotes ""; "The housing department said in a statement" "W"; '
    '"P.S." ""; share line, footnote numbers and a source-only footnote "B", a footnote adding a '
    'figure "W"; counts, discussion tabs, comment box, copyright, footer, app prompts "B"',
]

ARTICLES = [
    [
        [("KQTW 6 EASTERN IOWA", "", "", "B")],
        [
            (
                "Watch Live    News    First Alert Weather    Traffic    Sports    6 Gives Back    Contests",
                "",
                "",
                "B",
            )
        ],
        [("41° TESDALE | Clouds clearing by noon | Hi 58° Lo 33°", "", "", "B")],
        [
            (
                "CLOSINGS & DELAYS (23) ▸ Ardmore-Hulett Schools: 2 hours late ▸ Tesdale Christian Academy: closed ▸ St. Brendan Preschool: 2 hours late ▸ View all",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "TRAFFIC ▸ US-151 NB at Cottonwood Rd: crash, right lane blocked ▸ I-380 SB: 8 min delay",
                "",
                "",
                "B",
            )
        ],
        [("News › Local › Marrow County", "", "", "B")],
        [
            (
                "Marrow County closes Skellmoor River bridge after inspectors find cracked beam",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Detour adds about 11 miles for roughly 1,400 drivers a day, county engineer says",
                "Darla Whitcombe-Ruiz",
                "says",
                "W",
            )
        ],
        [("Author: Jonah Vikstrom-Moss", "", "", "B")],
        [("Published: 5:48 AM CST March 10, 2026", "", "", "B")],
        [("Updated: 7:02 AM CST March 10, 2026", "", "", "B")],
        [("▶ Drivers face long detour after bridge closure (1:54)", "", "", "B")],
        [
            (
                "TESDALE, Iowa — Marrow County closed the Skellmoor River bridge on County Road D-16 on Monday after a routine inspection found a 14-inch crack in one of its steel beams, county engineer Darla Whitcombe-Ruiz said.",
                "Darla Whitcombe-Ruiz",
                "said",
                "W",
            )
        ],
        [
            (
                "The two-lane bridge carries about 1,400 vehicles a day, according to the most recent state traffic count.",
                "the most recent state traffic count",
                "according to",
                "W",
            )
        ],
        [
            (
                "Whitcombe-Ruiz said the posted detour, along County Road X-40 and Burr Oak Road, adds about 11 miles to the trip between Tesdale and Ardmore.",
                "Darla Whitcombe-Ruiz",
                "said",
                "W",
            ),
            (
                "“We're not going to gamble with a crack like that,” she said.",
                "Darla Whitcombe-Ruiz",
                "she said",
                "",
            ),
        ],
        [
            (
                "She said the bridge, built in 1962, was last rated in fair condition in 2024.",
                "Darla Whitcombe-Ruiz",
                "said",
                "W",
            )
        ],
        [("Story continues below", "", "", "B")],
        [("What happens next", "", "", "")],
        [
            (
                "The county board of supervisors will consider an emergency repair contract at its meeting on Thursday, Whitcombe-Ruiz said.",
                "Darla Whitcombe-Ruiz",
                "said",
                "W",
            ),
            (
                "A repair could cost between $380,000 and $520,000 and take eight to 10 weeks, she said.",
                "Darla Whitcombe-Ruiz",
                "she said",
                "W",
            ),
        ],
        [("RELATED: Search the state's 2025 bridge ratings for your county", "", "", "B")],
        [
            (
                "The closure also affects Ardmore-Hulett Community Schools, whose buses use the bridge on four routes.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Superintendent Colette Ibarra-Lund wrote in the district's weekly family newsletter on Monday that morning pickups on those routes would run up to 25 minutes late.",
                "Colette Ibarra-Lund",
                "wrote",
                "W",
            ),
            (
                "“Please be patient with our drivers, who are learning new roads this week,” she wrote.",
                "Colette Ibarra-Lund",
                "she wrote",
                "",
            ),
        ],
        [
            (
                "FIRST ALERT WEATHER: Wind advisory until 7 p.m. for Marrow and Dunlevy counties.",
                "",
                "",
                "B",
            )
        ],
        [("Get live radar and hourly alerts in the free KQTW 6 Weather app.", "", "", "B")],
        [
            (
                "Teodor Wachowiak-Lind, who farms 640 acres on both sides of the river, said the detour would cost him hours during spring planting.",
                "Teodor Wachowiak-Lind",
                "said",
                "",
            )
        ],
        [
            (
                "“That's 22 extra miles every round trip with a planter,” he said.",
                "Teodor Wachowiak-Lind",
                "he said",
                "W",
            ),
            ("“You do the math.”", "Teodor Wachowiak-Lind", "he said", ""),
        ],
        [
            (
                "The Marrow County Sheriff's Office said two crashes had been reported since Monday morning at the detour's sharp turn onto County Road X-40.",
                "The Marrow County Sheriff's Office",
                "said",
                "W",
            ),
            (
                "Nobody was seriously hurt, it said.",
                "The Marrow County Sheriff's Office",
                "it said",
                "W",
            ),
        ],
        [
            (
                "Whitcombe-Ruiz said the county maintains 212 bridges and 31 of them are rated in poor condition.",
                "Darla Whitcombe-Ruiz",
                "said",
                "W",
            ),
            (
                "“This one wasn't on our worry list,” she said.",
                "Darla Whitcombe-Ruiz",
                "she said",
                "",
            ),
        ],
        [("Copyright 2026 KQTW-TV.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [
            ("See a spelling or grammar error in our story?", "", "", "B"),
            ("Click here to report it.", "", "", "B"),
        ],
        [
            (
                "MORE CLOSINGS ▸ Marrow County Courthouse: opens 10 a.m. ▸ Dunlevy Senior Center: closed ▸ Tesdale Public Library: opens at noon",
                "",
                "",
                "B",
            )
        ],
        [("Trending on kqtw6.com", "", "", "B")],
        [("Tesdale man charged after chase ends in cornfield", "", "", "B")],
        [("Ardmore bakery marks 100 years with free kolaches Saturday", "", "", "B")],
        [
            (
                "KQTW 6  |  FCC Public File  |  EEO Report  |  Closed Captioning Contact  |  Terms of Use  |  Privacy Policy",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("THORNCASTLE TOWN FOOTBALL CLUB · EST. 1889", "", "", "B")],
        [
            (
                "Tickets   Shop   Hospitality   News   Fixtures & Results   Academy   Foundation",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "NEXT MATCH: Sat 21 Mar · Thorncastle Town v Ashby Moor Rangers · 15:00 · Brackley Lane · BUY TICKETS",
                "",
                "",
                "B",
            )
        ],
        [("LAST RESULT: Carrow Vale 1-3 Thorncastle Town (FT)", "", "", "B")],
        [("Home / News / First Team / Match Reports", "", "", "B")],
        [("REPORT: Carrow Vale 1-3 Thorncastle Town", "", "", "W")],
        [
            (
                "Kieran Attwater-Boyce scores twice as the Town come from behind to move up to fifth",
                "",
                "",
                "W",
            )
        ],
        [("Club Media | Saturday 14 March 2026, 17:52", "", "", "B")],
        [("Share this article", "", "", "B")],
        [
            (
                "Kieran Attwater-Boyce scored twice in the second half as Thorncastle Town came from behind to win 3-1 at Rookfield Park on Saturday and climb to fifth in the table.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Carrow Vale had led at the break through Danny Ogunleye-Pratt's 27th-minute header, his 11th league goal of the season.",
                "",
                "",
                "W",
            )
        ],
        [("First half", "", "", "")],
        [
            (
                "The Town started brightly, and Sol Maddox-Reyes forced a diving save from Vale goalkeeper Aaron Fiske inside two minutes.",
                "",
                "",
                "",
            ),
            (
                "The hosts grew into the game, though, and Ogunleye-Pratt rose above two defenders to meet a corner from the right.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "🎟 Tickets for next Saturday's home game against Ashby Moor Rangers are on sale now: adults £18, concessions £12, under-16s £5.",
                "",
                "",
                "B",
            ),
            ("Season ticket holders do not need to book.", "", "", "B"),
        ],
        [("Second half", "", "", "")],
        [
            (
                "Attwater-Boyce equalised four minutes after the restart, sweeping in a low cross from Maddox-Reyes.",
                "",
                "",
                "W",
            ),
            (
                "He put the Town ahead in the 63rd minute from the penalty spot after Fiske brought down Jordan Kessie.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Substitute Harvey Lindqvist-Osei made it 3-1 in the third minute of stoppage time with his first senior goal.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "NEW 2026/27 HOME SHIRT — Pre-order now from the Club Shop and get your name and number printed free.",
                "",
                "",
                "B",
            ),
            ("Offer ends 31 March.", "", "", "B"),
        ],
        [
            (
                "“The lads showed real character after a poor first half,” head coach Mick Ravenhill-Leary said.",
                "Mick Ravenhill-Leary",
                "said",
                "",
            ),
            (
                "“We had a word at half-time, nothing too loud, and they responded.”",
                "Mick Ravenhill-Leary",
                "said",
                "",
            ),
        ],
        [
            (
                "Ravenhill-Leary said Attwater-Boyce had played through a hamstring problem for a fortnight.",
                "Mick Ravenhill-Leary",
                "said",
                "W",
            ),
            (
                "“He wanted to play, and you don't say no to a lad in that form,” he said.",
                "Mick Ravenhill-Leary",
                "he said",
                "",
            ),
        ],
        [
            (
                "The win was the Town's fourth in five league games and leaves them two points off the play-off places with eight matches left.",
                "",
                "",
                "W",
            )
        ],
        [("The attendance was 1,217, including 342 away supporters.", "", "", "W")],
        [("Teams", "", "", "B")],
        [
            (
                "Carrow Vale: Fiske; Harrop, Mbatha-Cole, Quilliam, Dorsey; Penhale, Ogunleye-Pratt, Sands; Whitlock, Varga, Ebrahimi.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Thorncastle Town: Pryce; Kessie, Wadhams, Oyelaran, Stirk; Maddox-Reyes, Coutts, Banerjee-Hill; Felgate, Attwater-Boyce, Norrie.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Subs used: Lindqvist-Osei (for Felgate, 71), Tunnicliffe (for Coutts, 84).",
                "",
                "",
                "",
            )
        ],
        [("Referee: Glen Ashdown-Pike.", "", "", "")],
        [
            (
                "Player of the Match, sponsored by Hartwell Plumbing & Heating: Kieran Attwater-Boyce",
                "",
                "",
                "B",
            )
        ],
        [("Match ball sponsored by The Old Tannery, Brackley Lane.", "", "", "B")],
        [
            (
                "This report is brought to you by Dovecote Motors of Thorncastle, official vehicle partner of the Town.",
                "",
                "",
                "B",
            )
        ],
        [("More news", "", "", "B")],
        [("Under-18s reach County Youth Cup semi-final", "", "", "B")],
        [("Ashby Moor Rangers (H): all you need to know", "", "", "B")],
        [("OUR PARTNERS", "", "", "B")],
        [
            (
                "Principal Partner: Greyfield Logistics · Kit Partner: Valeno Sport · Stadium Partner: Brackley Lane Community Energy",
                "",
                "",
                "B",
            )
        ],
        [
            ("© Thorncastle Town Football Club Ltd 2026.", "", "", "B"),
            ("Registered in England No. 00452318.", "", "", "B"),
        ],
        [("Privacy · Cookies · Accessibility · Safeguarding · Contact the club", "", "", "B")],
    ],
    [
        [("Skip to main content", "", "", "B")],
        [("GOVERNMENT PRESS CENTRE", "", "", "B")],
        [("English | Gaeilge", "", "", "B")],
        [("Home > Press releases > Department of Rural and Island Connectivity", "", "", "B")],
        [("Press release", "", "", "B")],
        [
            (
                "Minister announces €212 million to bring fibre broadband to 41,300 rural premises",
                "",
                "",
                "W",
            )
        ],
        [("From: Department of Rural and Island Connectivity", "", "", "B")],
        [("Published on 3 February 2026", "", "", "B")],
        [("Last updated on 4 February 2026", "", "", "B")],
        [
            (
                "The Minister for Rural and Island Connectivity, Orla Brennock-Tighe, today announced €212 million to connect 41,300 homes, farms and businesses in rural areas to fibre broadband by the end of 2029.",
                "Orla Brennock-Tighe",
                "announced",
                "W",
            )
        ],
        [
            (
                "The funding will be delivered through a new scheme, Connected Townlands, which opens for applications from network operators on 2 March.",
                "",
                "",
                "W",
            )
        ],
        [("The funding will be allocated as follows:", "", "", "")],
        [("€148 million for 29,600 premises in western and north-western counties", "", "", "W")],
        [("€41 million for 8,200 premises on inhabited offshore islands", "", "", "W")],
        [("€23 million for 3,500 farms more than 2 km from an existing fibre cable", "", "", "W")],
        [
            (
                "Speaking at the announcement in Ballycorrin, Minister Brennock-Tighe said: “No family should have to drive to a hotel car park to send an email.”",
                "Orla Brennock-Tighe",
                "said",
                "",
            ),
            (
                "“This scheme is about fairness, and it is about keeping young people in rural communities,” she said.",
                "Orla Brennock-Tighe",
                "she said",
                "",
            ),
        ],
        [
            (
                "The Minister said 19% of rural premises still cannot get speeds of 30 megabits per second or more.",
                "Orla Brennock-Tighe",
                "said",
                "W",
            ),
            (
                "She said the first connections under the scheme were expected in autumn 2026.",
                "Orla Brennock-Tighe",
                "She said",
                "W",
            ),
        ],
        [
            (
                "Welcoming the announcement, Tadhg Ó Floinn-Barrett, chair of the Western Islands Co-operative, said 2,300 island households had been left out of every previous scheme.",
                "Tadhg Ó Floinn-Barrett",
                "said",
                "W",
            ),
            (
                "“For the first time, our young people may not have to choose between home and a job,” he said.",
                "Tadhg Ó Floinn-Barrett",
                "he said",
                "",
            ),
        ],
        [("Background", "", "", "")],
        [
            (
                "Connected Townlands follows the 2021–2025 rural broadband programme, which connected 96,000 premises, according to the Department.",
                "the Department",
                "according to",
                "W",
            )
        ],
        [
            (
                "Premises will be eligible if they cannot get a fixed connection of at least 100 megabits per second and are not in a commercial operator's published rollout plan.",
                "",
                "",
                "W",
            )
        ],
        [("ENDS", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. A map of eligible townlands will be published on 16 February.", "", "", "W")],
        [
            (
                "2. Operators may bid for up to €30 million per county lot, and contracts will run for 25 years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "3. The Department of Rural and Island Connectivity leads Government policy on broadband, postal services and island transport.",
                "",
                "",
                "B",
            )
        ],
        [("Media contact", "", "", "B")],
        [("Press Office, Department of Rural and Island Connectivity", "", "", "B")],
        [("Tel: 01 555 0192 | Email: press@dric.gov.ie", "", "", "B")],
        [("Out of hours: 087 555 0144", "", "", "B")],
        [
            ("This page is also available in Irish.", "", "", "B"),
            (
                "If you need this information in another format, such as large print or Braille, contact the Department's Access Officer at access@dric.gov.ie.",
                "",
                "",
                "B",
            ),
        ],
        [("Print this page", "", "", "B")],
        [("Share this page: Email · X · LinkedIn", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes    No", "", "", "B")],
        [("Report a problem with this page", "", "", "B")],
        [("Related", "", "", "B")],
        [("Island ferry grants open for 2026 applications", "", "", "B")],
        [("Accessibility statement · Privacy policy · Cookies · Copyright notice", "", "", "B")],
        [("© Government Press Centre 2026", "", "", "B")],
    ],
    [
        [("COOLIBAH SOUND", "", "", "B")],
        [("Podcasts   Video   Live Radio   Schedule   Sign in", "", "", "B")],
        [("The Catchment / Episode 47", "", "", "B")],
        [("Episode 47: The town that bought back its own water", "", "", "W")],
        [("12 August 2026 · 28 min 41 sec", "", "", "B")],
        [("▶ Play", "", "", "B")],
        [("0:00 / 28:41", "", "", "B")],
        [("1x    −15s    +30s", "", "", "B")],
        [("Download MP3 (26.3 MB)", "", "", "B")],
        [("Follow on Apple Podcasts · Spotify · Pocket Casts · RSS", "", "", "B")],
        [("Watch the video version (29:03)", "", "", "B")],
        [
            (
                "Culbarra Flat Shire Council in western New South Wales spent $3.4 million this year buying 1,150 megalitres of river water entitlements, so that its town supply can never again run dry.",
                "",
                "",
                "W",
            ),
            (
                "In the summer of 2019 the town of 2,600 people came within nine days of running out of drinking water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Host Mitch Oyelowo-Barnes asks the shire's mayor and a hydrologist whether other towns should follow, and who pays when they do.",
                "",
                "",
                "",
            )
        ],
        [("Guests", "", "", "B")],
        [("Bronwyn Yeomans-Nash, Mayor of Culbarra Flat Shire", "", "", "B")],
        [
            (
                "Dr Anjali Vasudevan-Crowe, hydrologist, Ellery Institute for River Science",
                "",
                "",
                "B",
            )
        ],
        [("Chapters", "", "", "B")],
        [
            (
                "00:00 Intro · 03:12 Nine days of water · 11:40 Going to market · 19:05 Who loses? · 25:30 What next",
                "",
                "",
                "B",
            )
        ],
        [("Transcript", "", "", "B")],
        [
            (
                "This is an edited excerpt from an automatically generated transcript, and it may contain errors.",
                "",
                "",
                "B",
            )
        ],
        [("MITCH OYELOWO-BARNES: Mayor, take me back to January 2019.", "", "", "")],
        [
            (
                "BRONWYN YEOMANS-NASH: We had nine days of water left in the weir.",
                "Bronwyn Yeomans-Nash",
                "BRONWYN YEOMANS-NASH:",
                "W",
            ),
            (
                "We were trucking bottled water to the hospital and the nursing home.",
                "Bronwyn Yeomans-Nash",
                "BRONWYN YEOMANS-NASH:",
                "W",
            ),
            (
                "I never want to live through that again.",
                "Bronwyn Yeomans-Nash",
                "BRONWYN YEOMANS-NASH:",
                "",
            ),
        ],
        [
            (
                "OYELOWO-BARNES: And the council's answer was to go shopping on the water market?",
                "",
                "",
                "",
            )
        ],
        [
            (
                "YEOMANS-NASH: We bought 1,150 megalitres at about $2,950 a megalitre.",
                "Bronwyn Yeomans-Nash",
                "YEOMANS-NASH:",
                "W",
            ),
            ("Some people said we were mad.", "Bronwyn Yeomans-Nash", "YEOMANS-NASH:", ""),
        ],
        [("OYELOWO-BARNES: Dr Vasudevan-Crowe, were they mad?", "", "", "")],
        [
            (
                "ANJALI VASUDEVAN-CROWE: Not at all.",
                "Anjali Vasudevan-Crowe",
                "ANJALI VASUDEVAN-CROWE:",
                "",
            ),
            (
                "Permanent entitlements in that valley have roughly doubled in price since 2015.",
                "Anjali Vasudevan-Crowe",
                "ANJALI VASUDEVAN-CROWE:",
                "W",
            ),
            (
                "But every litre a town buys is a litre that is no longer there for irrigators downstream.",
                "Anjali Vasudevan-Crowe",
                "ANJALI VASUDEVAN-CROWE:",
                "",
            ),
        ],
        [("Show full transcript", "", "", "B")],
        [
            (
                "The office of the New South Wales water minister said in a statement that councils could buy entitlements on the market like any other licence holder.",
                "The office of the New South Wales water minister",
                "said in a statement",
                "W",
            ),
            (
                "“We will be watching the Culbarra Flat experience closely,” the statement said.",
                "The office of the New South Wales water minister",
                "the statement said",
                "",
            ),
        ],
        [
            (
                "Music in this episode: “Red Gum Morning” by Callum Featherstonhaugh, licensed through Westwind Music Library.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Produced by Lachie Poulsen-Ward.", "", "", "B"),
            ("Sound engineering by Tegan Mwangi-Ross.", "", "", "B"),
        ],
        [("Comments (14)", "", "", "B"), ("Sign in to join the conversation.", "", "", "B")],
        [("Up next", "", "", "B")],
        [("Episode 46: Cotton, carp and a very dry summer", "", "", "B")],
        [("Episode 45: The last dairy in the valley", "", "", "B")],
        [
            (
                "Coolibah Sound acknowledges the Traditional Custodians of the lands on which we record and broadcast.",
                "",
                "",
                "B",
            )
        ],
        [("© 2026 Coolibah Sound Pty Ltd | Privacy | Terms", "", "", "B")],
    ],
    [
        [("THE NGAMI LANTERN", "", "", "B")],
        [("Your community weekly · Maun · Every Friday · P5.00", "", "", "B")],
        [
            (
                "Home | Local | Sport | Church & Community | Classifieds | Notices | Contact us",
                "",
                "",
                "B",
            )
        ],
        [("Issue 612 · Friday, 6 November 2026", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Water flows again in Kgotlaneng after seven dry weeks", "", "", "W")],
        [("By Kefilwe Mphathi-Sebele", "", "", "B")],
        [
            (
                "KGOTLANENG — Water is flowing from the village standpipes again after seven weeks, following the installation of a solar-powered pump at the main borehole last Thursday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The old diesel pump broke down on 14 September, leaving about 1,900 residents to rely on a council water bowser that came twice a week, according to the village development committee.",
                "the village development committee",
                "according to",
                "W",
            )
        ],
        [
            (
                "Kgosi Lesego Motlhabane-Kebotse, the village chief, said the new pump cost P186,000 and was paid for by the district council.",
                "Lesego Motlhabane-Kebotse",
                "said",
                "W",
            ),
            (
                "“When the first water came out, the children ran to the tap and drank with their hands,” he said.",
                "Lesego Motlhabane-Kebotse",
                "he said",
                "",
            ),
        ],
        [("Queues at the bowser", "", "", "")],
        [
            (
                "During the breakdown, women queued from 4am at the bowser, residents said.",
                "residents",
                "said",
                "W",
            )
        ],
        [
            (
                "“Some days the water finished before you reached the front,” said Onalenna Ramokgwebana-Mpho, a mother of three from Mabudi ward.",
                "Onalenna Ramokgwebana-Mpho",
                "said",
                "",
            )
        ],
        [
            (
                "She said she had paid P10 a bucket to a man who fetched water from the river with a donkey cart.",
                "Onalenna Ramokgwebana-Mpho",
                "said",
                "W",
            )
        ],
        [
            (
                "The district health office said 23 children were treated for diarrhoea at the Kgotlaneng clinic during the seven weeks, against four in the same period last year.",
                "The district health office",
                "said",
                "W",
            )
        ],
        [("Continued on page 3", "", "", "B")],
        [
            (
                "SMS your village news to 75 555 310 — the Lantern pays P50 for every story we print.",
                "",
                "",
                "B",
            )
        ],
        [
            ("ADVERTISE WITH THE LANTERN — reach 9,000 readers every week.", "", "", "B"),
            ("Call 686 5510.", "", "", "B"),
        ],
        [
            (
                "Councillor Boitumelo Keakitse-Dube told the Lantern that parts for the diesel pump had to be ordered from Johannesburg, and the order took five weeks to arrive.",
                "Boitumelo Keakitse-Dube",
                "told the Lantern",
                "W",
            )
        ],
        [
            ("“We have learned our lesson,” she said.", "Boitumelo Keakitse-Dube", "she said", ""),
            ("“With solar there is no fuel to steal.”", "Boitumelo Keakitse-Dube", "she said", ""),
        ],
        [
            (
                "She said diesel worth P24,000 had been stolen from the borehole engine room in the past year.",
                "Boitumelo Keakitse-Dube",
                "said",
                "W",
            ),
            (
                "The council plans to convert four more village boreholes to solar power by March, she said.",
                "Boitumelo Keakitse-Dube",
                "she said",
                "W",
            ),
        ],
        [
            (
                "Residents will meet at the kgotla on Tuesday at 10am to elect a new borehole committee.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The borehole, drilled in 1988, supplies the village's 14 standpipes and its primary school.",
                "",
                "",
                "W",
            )
        ],
        [("Solar next", "", "", "")],
        [("CLASSIFIEDS", "", "", "B")],
        [
            ("FOR SALE: 2014 double-cab bakkie, 212,000 km, new tyres, P98,000 neg.", "", "", "B"),
            ("Call 71 555 204 after 5pm.", "", "", "B"),
        ],
        [
            (
                "TO LET: Two-room house in Mabudi ward, P1,800 per month, water and electricity included.",
                "",
                "",
                "B",
            )
        ],
        [
            ("WANTED: Experienced welder for a Maun workshop.", "", "", "B"),
            ("Bring your CV to Plot 114, Airport Road.", "", "", "B"),
        ],
        [("NOTICES", "", "", "B")],
        [
            (
                "LOST: Brown cow with a white patch on the left ear, brand MK7, last seen near the Kgotlaneng borehole.",
                "",
                "",
                "B",
            ),
            ("Reward offered.", "", "", "B"),
        ],
        [
            (
                "FUNERAL NOTICE: The Gabotlale family announces the passing of Mma Dikeledi Gabotlale, aged 84.",
                "",
                "",
                "B",
            ),
            ("The service will be held on Saturday at 8am at the Kgotlaneng kgotla.", "", "", "B"),
        ],
        [
            (
                "PUBLIC NOTICE: Notice is hereby given that the district council will hold a kgotla meeting on land allocation in Kgotlaneng on 19 November 2026.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Lantern Classifieds: P25 for 30 words.", "", "", "B"),
            ("Deadline Tuesday at noon.", "", "", "B"),
        ],
        [
            (
                "The Ngami Lantern is printed and published by Lantern Community Media (Pty) Ltd, Plot 88, Maun.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("☰", "", "", "B")],
        [("NEWSDHARA", "", "", "B")],
        [("Sign in", "", "", "B")],
        [
            (
                "Trending: Mumbai Rains · Monsoon Session · Gold Rate Today · Board Results",
                "",
                "",
                "B",
            )
        ],
        [("Home / Cities / Mumbai", "", "", "B")],
        [
            (
                "Mumbai rains: 286 mm in 24 hours, wettest July day in 12 years; schools shut on Friday",
                "",
                "",
                "W",
            )
        ],
        [("Written by Aditi Wadkar-Rao | Edited by Sameer Bhide-Nair", "", "", "B")],
        [("Updated: Jul 17, 2026, 11:06 PM IST", "", "", "B")],
        [("3 min read", "", "", "B")],
        [("Follow Us", "", "", "B")],
        [
            (
                "Mumbai recorded 286 mm of rain in the 24 hours to 8.30 am on Thursday, the most on a single July day since 2014, according to the weather department's regional centre.",
                "the weather department's regional centre",
                "according to",
                "W",
            )
        ],
        [
            (
                "Municipal commissioner Prashant Dhavalikar-More announced that all schools and colleges in the city would stay shut on Friday.",
                "Prashant Dhavalikar-More",
                "announced",
                "W",
            )
        ],
        [
            (
                "Also Read | Mumbai rains LIVE: Red alert for coastal districts; suburban trains running late",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "At least 52 trees fell across the city on Thursday, and water-logging was reported at 37 spots, according to the civic disaster control room.",
                "the civic disaster control room",
                "according to",
                "W",
            )
        ],
        [
            (
                "Suburban trains on two of the city's three lines ran 20 to 40 minutes late through the morning.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“We have pumps working at every major flooding spot, but the sea is at high tide and the water has nowhere to go,” Dhavalikar-More told reporters.",
                "Prashant Dhavalikar-More",
                "told reporters",
                "",
            ),
            (
                "He said a high tide of 4.6 metres was expected at 1.12 pm on Friday.",
                "Prashant Dhavalikar-More",
                "said",
                "W",
            ),
        ],
        [("Also Read | Why your local train is late every monsoon: an explainer", "", "", "B")],
        [("Story continues below Advertisement", "", "", "B")],
        [("LIVE UPDATES", "", "", "B")],
        [("Mumbai rains: Red alert for coastal districts on Friday", "", "", "B")],
        [("10:52 PM", "", "", "B")],
        [("Airport reports 14 flight diversions since evening", "", "", "B")],
        [("10:31 PM", "", "", "B")],
        [("Eastern arterial road flooded near Sagarwadi junction", "", "", "B")],
        [("View all updates →", "", "", "B")],
        [
            (
                "Sunanda Kelkar-Iyer, a scientist at the regional weather centre, said the city had already received 1,412 mm of rain in July, against a monthly normal of 840 mm.",
                "Sunanda Kelkar-Iyer",
                "said",
                "W",
            ),
            (
                "She said heavy to very heavy rain was likely until Sunday.",
                "Sunanda Kelkar-Iyer",
                "said",
                "",
            ),
        ],
        [("Also Read | Monsoon tracker: How much rain has your district received?", "", "", "B")],
        [
            (
                "The city's seven supply lakes were at 71 per cent of capacity on Thursday morning, up from 48 per cent a week ago, civic data showed.",
                "civic data",
                "showed",
                "W",
            )
        ],
        [
            (
                "Water from the overflowing Varunkund lake was released at 2 pm, and residents of low-lying areas along its outlet were asked to move to higher ground, the municipal corporation said.",
                "the municipal corporation",
                "said",
                "W",
            )
        ],
        [
            (
                "“The water came into the house in ten minutes,” said Farhan Qureshi-Dalvi, who runs a tea stall in Nilgiri Nagar.",
                "Farhan Qureshi-Dalvi",
                "said",
                "",
            ),
            ("He said he had lost stock worth ₹18,000.", "Farhan Qureshi-Dalvi", "said", "W"),
        ],
        [("Also Read | 'Walked 6 km home': Commuters describe an evening of chaos", "", "", "B")],
        [("What parents need to know", "", "", "")],
        [
            (
                "Schools will reopen on Monday unless a fresh alert is issued, the education officer's order said.",
                "the education officer's order",
                "said",
                "W",
            ),
            (
                "Online classes are not required on Friday, the order said.",
                "the education officer's order",
                "the order said",
                "W",
            ),
        ],
        [
            (
                "Get the latest news on Mumbai rains, weather updates and more on NewsDhara.",
                "",
                "",
                "B",
            )
        ],
        [("Topics: Mumbai Rains · Monsoon · Weather Alert", "", "", "B")],
        [("Follow NewsDhara on WhatsApp Channel", "", "", "B")],
        [("Open in App", "", "", "B")],
        [("About Us | Contact | Privacy Policy | Terms of Use", "", "", "B")],
        [
            ("© 2026 NewsDhara Digital Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("MARKETLEDGER", "", "", "B")],
        [("Markets   Stocks   ETFs   Crypto   Earnings   Watchlists   Sign in", "", "", "B")],
        [("CRVD  38.14  ▲1.22 (+3.30%)  After hours: 38.60", "", "", "B")],
        [("Add to watchlist", "", "", "B")],
        [("Press Release", "", "", "B")],
        [("Source: NewsPulse Wire", "", "", "B")],
        [
            (
                "Corvalis Diagnostics Reports Third-Quarter 2026 Revenue of $412.6 Million, Up 9%",
                "",
                "",
                "W",
            )
        ],
        [("Raises full-year revenue guidance to $1.62 billion to $1.65 billion", "", "", "W")],
        [("Nov. 5, 2026 4:05 PM ET", "", "", "B")],
        [
            (
                "SACRAMENTO, Calif., Nov. 5, 2026 /NewsPulse Wire/ -- Corvalis Diagnostics, Inc. (NASDAQ: CRVD), a maker of rapid blood-testing systems for hospitals, today reported revenue of $412.6 million for the third quarter ended Sept. 30, 2026, up 9% from $378.5 million a year earlier.",
                "Corvalis Diagnostics, Inc.",
                "reported",
                "W",
            )
        ],
        [("Third-Quarter Highlights", "", "", "")],
        [("Revenue of $412.6 million, up 9% year over year", "", "", "W")],
        [
            (
                "Instrument placements of 1,184, compared with 1,029 in the third quarter of 2025",
                "",
                "",
                "W",
            )
        ],
        [("GAAP net income of $31.8 million, or $0.47 per diluted share", "", "", "W")],
        [("Adjusted EBITDA of $88.2 million, or 21.4% of revenue", "", "", "W")],
        [
            (
                "“Hospitals kept choosing Corvalis this quarter, and our consumables business is now growing faster than our instruments,” said Harriet Osei-Lindgren, chief executive officer.",
                "Harriet Osei-Lindgren",
                "said",
                "",
            )
        ],
        [
            (
                "Osei-Lindgren said consumables revenue rose 14% to $251.9 million.",
                "Harriet Osei-Lindgren",
                "said",
                "W",
            )
        ],
        [
            (
                "The company said it now expects full-year revenue of $1.62 billion to $1.65 billion, up from its earlier range of $1.58 billion to $1.62 billion.",
                "The company",
                "said",
                "W",
            )
        ],
        [
            (
                "Corvalis ended the quarter with $618.4 million in cash and equivalents and no debt.",
                "",
                "",
                "W",
            )
        ],
        [("Story continues", "", "", "B")],
        [("Sponsored: 3 dividend stocks analysts say to buy before year-end", "", "", "B")],
        [("Conference Call", "", "", "B")],
        [
            (
                "Corvalis will host a conference call and webcast at 4:30 p.m. ET today.",
                "",
                "",
                "B",
            ),
            ("The webcast can be accessed at investors.corvalisdx.com.", "", "", "B"),
        ],
        [("Non-GAAP Financial Measures", "", "", "B")],
        [
            (
                "This press release includes adjusted EBITDA, a non-GAAP financial measure.",
                "",
                "",
                "B",
            ),
            (
                "A reconciliation to the most directly comparable GAAP measure is provided in the tables below.",
                "",
                "",
                "B",
            ),
        ],
        [("About Corvalis Diagnostics", "", "", "B")],
        [
            (
                "Corvalis Diagnostics, Inc. makes rapid blood-testing systems used in more than 2,400 hospitals in 31 countries.",
                "",
                "",
                "B",
            ),
            ("For more information, visit corvalisdx.com.", "", "", "B"),
        ],
        [("Forward-Looking Statements", "", "", "B")],
        [
            (
                "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about expected revenue.",
                "",
                "",
                "B",
            ),
            (
                "Actual results may differ materially because of risks and uncertainties, including those described in the company's most recent Annual Report on Form 10-K.",
                "",
                "",
                "B",
            ),
            ("Corvalis undertakes no obligation to update these statements.", "", "", "B"),
        ],
        [
            (
                "Investor Contact: Raymond Ostergaard-Cole, Corvalis Diagnostics, ir@corvalisdx.com, (916) 555-0173",
                "",
                "",
                "B",
            )
        ],
        [("Media Contact: Pilar Underhill-Sato, media@corvalisdx.com", "", "", "B")],
        [("SOURCE Corvalis Diagnostics, Inc.", "", "", "B")],
        [
            ("The content above is a press release provided by NewsPulse Wire.", "", "", "B"),
            (
                "MarketLedger did not write or edit it and makes no representation about its accuracy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Quotes delayed at least 15 minutes.", "", "", "B"),
            ("Market data provided by Vexmoor Data Services.", "", "", "B"),
        ],
        [("More CRVD news", "", "", "B")],
        [("Corvalis Diagnostics to present at Hollister Healthcare Conference", "", "", "B")],
        [("© 2026 MarketLedger Media, Inc.", "", "", "B")],
    ],
    [
        [("borealisreview.ca", "", "", "B")],
        [("After the Nickel: A Town Learns to Shrink", "", "", "")],
        [
            (
                "What happens to a northern Ontario town when the mine that built it closes for good?",
                "",
                "",
                "",
            )
        ],
        [("Mireille Castonguay-Redekop", "", "", "B")],
        [("18–23 minutes", "", "", "B")],
        [("Illustrations by Jasper Nakagawa-Brandt", "", "", "B")],
        [
            (
                "On the last morning shift at the Nettlebrook Lake mine, in March 2024, the cage came up at 7:40 a.m. and 212 miners walked out into the snow.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The mine had opened in 1957, and at its peak, in 1981, it employed 1,900 people.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Nettlebrook Lake, the town that grew around it, had 4,800 residents in 2016; the municipality now counts 3,100.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“You don't notice a town shrinking,” said Rosalind Quenneville-Okafor, who has cut hair on Main Street for 31 years.",
                "Rosalind Quenneville-Okafor",
                "said",
                "",
            ),
            (
                "“You notice the chairs in your shop that nobody sits in.”",
                "Rosalind Quenneville-Okafor",
                "said",
                "",
            ),
        ],
        [("The shaft", "", "", "")],
        [
            (
                "The closure was announced in October 2023 by the mine's owner, Tamarack Shield Metals, which said the ore body was no longer economic at nickel prices below US$16,000 a tonne.",
                "Tamarack Shield Metals",
                "said",
                "W",
            ),
            (
                "Its severance payments totalled $74 million, according to a filing with the province's securities regulator.",
                "a filing with the province's securities regulator",
                "according to",
                "W",
            ),
        ],
        [
            ("“You don't notice a town shrinking.", "", "", "B"),
            ("You notice the chairs nobody sits in.”", "", "", "B"),
        ],
        [
            (
                "Mayor Dorian Lachapelle-Voss said the town has since closed one of its two elementary schools and sold its second fire hall.",
                "Dorian Lachapelle-Voss",
                "said",
                "W",
            ),
            (
                "“We are managing decline, and nobody runs for council to do that,” he said.",
                "Dorian Lachapelle-Voss",
                "he said",
                "",
            ),
        ],
        [
            (
                "He said property tax revenue had fallen by 22 per cent since 2022.",
                "Dorian Lachapelle-Voss",
                "said",
                "W",
            ),
            (
                "“Every budget meeting is a funeral,” he said.",
                "Dorian Lachapelle-Voss",
                "he said",
                "",
            ),
        ],
        [("The houses", "", "", "")],
        [
            (
                "The average house in Nettlebrook Lake sold for $118,000 last year, according to the regional real estate board, less than a fifth of the Ontario average.",
                "the regional real estate board",
                "according to",
                "W",
            )
        ],
        [("Listings in the town rose from 61 in 2023 to 140 in 2025.", "", "", "W")],
        [
            (
                "Some of the buyers are retirees from southern Ontario; others are remote workers who found the town on a listings site at midnight.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“I paid less for a three-bedroom here than for my car,” said Tomasz Kowalczuk-Lund, a software tester who moved from Toronto in 2025.",
                "Tomasz Kowalczuk-Lund",
                "said",
                "",
            )
        ],
        [("“We are managing decline, and nobody runs for council to do that.”", "", "", "B")],
        [
            (
                "He said the town's internet speed was 40 megabits per second on a good day.",
                "Tomasz Kowalczuk-Lund",
                "said",
                "W",
            )
        ],
        [("The school", "", "", "")],
        [
            (
                "Enrolment at Nettlebrook Lake District High School has fallen from 610 students in 2014 to 248 this year, board figures show.",
                "board figures",
                "show",
                "W",
            )
        ],
        [
            (
                "“We used to have three Grade 9 classes,” said principal Bernadette Okonjo-Fairweather.",
                "Bernadette Okonjo-Fairweather",
                "said",
                "W",
            ),
            (
                "“Now the whole grade fits in the library, and I know every one of their names,” she said.",
                "Bernadette Okonjo-Fairweather",
                "she said",
                "",
            ),
        ],
        [
            (
                "Sometimes the shrinking shows up in small places: the bowling alley, closed; the curling club, down to two sheets; the Legion, open Fridays only.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“It's still home,” Quenneville-Okafor said, sweeping up.",
                "Rosalind Quenneville-Okafor",
                "said",
                "",
            ),
            ("“It's just a smaller home.”", "Rosalind Quenneville-Okafor", "said", ""),
        ],
        [("The future", "", "", "")],
        [
            (
                "Lachapelle-Voss said a battery-recycling firm was considering the mine site and could employ 90 people.",
                "Dorian Lachapelle-Voss",
                "said",
                "W",
            ),
            (
                "“I've learned not to count jobs before the shovels are in the ground,” he said.",
                "Dorian Lachapelle-Voss",
                "he said",
                "",
            ),
        ],
        [
            (
                "Mireille Castonguay-Redekop is a contributing writer at the Borealis Review.",
                "",
                "",
                "B",
            ),
            (
                "She grew up in a mining town in northern Manitoba and lives in Winnipeg.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article appeared in the print edition of the Borealis Review's November 2026 issue, with the headline “The Shrinking.”",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Support long-form journalism: subscribe to the Borealis Review from $4.50 a month.",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("HIGH MESA DISPATCH", "", "", "B")],
        [("Nonprofit, nonpartisan news for New Mexico", "", "", "B")],
        [
            (
                "Topics   Health   Water   Education   Politics   Newsletters   Events   DONATE",
                "",
                "",
                "B",
            )
        ],
        [("Health", "", "", "B")],
        [("Piñon Wells loses overnight ambulance coverage as volunteers dwindle", "", "", "W")],
        [
            (
                "Residents of a 2,300-square-mile corner of Soledad County may now wait 40 minutes or more for an ambulance after 8 p.m.",
                "",
                "",
                "W",
            )
        ],
        [("by Marisol Etsitty-Varga", "", "", "B")],
        [("March 3, 2026", "", "", "B")],
        [("Republish", "", "", "B")],
        [
            (
                "PIÑON WELLS — The volunteer ambulance service that covers Piñon Wells and five surrounding communities stopped answering calls between 8 p.m. and 8 a.m. on March 1, Soledad County said.",
                "Soledad County",
                "said",
                "W",
            ),
            ("The service had 19 certified volunteers in 2019; it now has six.", "", "", "W"),
        ],
        [
            (
                "Overnight calls now go to a paid crew in Carreta, 41 miles away, and the average response time on those calls in the first two weeks of March was 43 minutes, according to the county's monthly emergency services newsletter.",
                "the county's monthly emergency services newsletter",
                "according to",
                "W",
            ),
            (
                "Carreta's crew also covers the county jail and a 64-mile stretch of interstate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“People out here already drive an hour to see a doctor,” said Eliseo Baca-Thornbury, who has led the volunteer service since 2011.",
                "Eliseo Baca-Thornbury",
                "said",
                "",
            ),
            (
                "He said three of the six remaining volunteers are over 65.",
                "Eliseo Baca-Thornbury",
                "said",
                "W",
            ),
        ],
        [
            ("“We're not quitting,” he said.", "Eliseo Baca-Thornbury", "he said", ""),
            ("“We just ran out of people.”", "Eliseo Baca-Thornbury", "he said", ""),
        ],
        [
            ("Reporting like this depends on readers.", "", "", "B"),
            (
                "Make a tax-deductible gift today and it will be matched, up to $25,000.",
                "",
                "",
                "B",
            ),
        ],
        [("DONATE NOW", "", "", "B")],
        [("The cost of a volunteer", "", "", "")],
        [
            (
                "New Mexico requires emergency medical technicians to complete at least 150 hours of training, and volunteers in Piñon Wells pay for their own travel to classes in Carreta.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "County Commissioner Jolene Harjo-Whitcomb said the commission would vote on March 18 on a $410,000 contract for a paid overnight crew based in Piñon Wells.",
                "Jolene Harjo-Whitcomb",
                "said",
                "W",
            ),
            (
                "“It's a lot of money for a county our size, but it's less than a life,” she said.",
                "Jolene Harjo-Whitcomb",
                "she said",
                "",
            ),
        ],
        [
            (
                "She said the county's general fund is about $14 million a year.",
                "Jolene Harjo-Whitcomb",
                "said",
                "W",
            )
        ],
        [
            (
                "Sign up for The Dispatch Weekly, our free Friday newsletter on New Mexico health and policy.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The state health department did not respond to a request for comment.",
                "The state health department",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "A 2025 survey by the New Mexico Rural Health Alliance found that 14 of the state's 38 volunteer ambulance services had cut their hours in the previous two years.",
                "A 2025 survey by the New Mexico Rural Health Alliance",
                "found",
                "W",
            )
        ],
        [
            (
                "Delfina Ruiz-Natani, 72, whose husband had a stroke in 2024, said she now keeps the car keys by the bed.",
                "Delfina Ruiz-Natani",
                "said",
                "",
            ),
            (
                "“If it happens at night, I'm the ambulance,” she said.",
                "Delfina Ruiz-Natani",
                "she said",
                "",
            ),
        ],
        [
            ("Marisol Etsitty-Varga covers rural health for the High Mesa Dispatch.", "", "", "B"),
            ("Reach her at marisol@highmesadispatch.org.", "", "", "B"),
        ],
        [
            (
                "Disclosure: The Soledad County Community Foundation has been a financial supporter of the High Mesa Dispatch.",
                "",
                "",
                "B",
            ),
            ("Financial supporters play no role in the Dispatch's journalism.", "", "", "B"),
        ],
        [("Republish this story", "", "", "B")],
        [
            (
                "You may republish this article for free, online or in print, under a Creative Commons Attribution-NoDerivatives license.",
                "",
                "",
                "B",
            ),
            (
                "Please credit the High Mesa Dispatch and do not edit the text except for style.",
                "",
                "",
                "B",
            ),
            ("Copy the HTML below to include our tracking pixel.", "", "", "B"),
        ],
        [
            (
                "This article first appeared on High Mesa Dispatch and is republished here under a Creative Commons license.",
                "",
                "",
                "B",
            )
        ],
        [("Related", "", "", "B")],
        [("Two rural clinics close in Soledad County", "", "", "B")],
        [
            ("© 2026 High Mesa Dispatch, a 501(c)(3) nonprofit.", "", "", "B"),
            ("EIN 88-4410372.", "", "", "B"),
        ],
    ],
    [
        [("City of Lindell Falls", "", "", "B")],
        [("☰ Menu", "", "", "B")],
        [("Translate ▾", "", "", "B")],
        [("‹ Back to News Flash", "", "", "B")],
        [("News Flash — City News", "", "", "B")],
        [("City Council approves $6.2 million plan to replace lead service lines", "", "", "W")],
        [("Posted on: April 14, 2026", "", "", "B")],
        [
            (
                "The Lindell Falls City Council voted 6-1 on Monday night to spend $6.2 million over four years replacing 1,840 lead water service lines that connect homes to city water mains.",
                "",
                "",
                "W",
            ),
            (
                "The city will pay the full cost of the work on private property, which averages about $3,400 per line.",
                "",
                "",
                "W",
            ),
        ],
        [("The plan at a glance", "", "", "")],
        [("1,840 lead service lines identified in the city's 2025 inventory", "", "", "W")],
        [("About 460 lines replaced each year from 2026 to 2029", "", "", "W")],
        [
            (
                "$4.1 million from a state low-interest loan and $2.1 million from water utility reserves",
                "",
                "",
                "W",
            )
        ],
        [("No change to water rates in 2026", "", "", "W")],
        [
            (
                "“Every child in Lindell Falls deserves to drink from the tap without a second thought,” Mayor Annika Thorsby-Pryor said.",
                "Annika Thorsby-Pryor",
                "said",
                "",
            )
        ],
        [
            (
                "Thorsby-Pryor said the city had tested water at 120 homes last year and none exceeded the federal action level for lead.",
                "Annika Thorsby-Pryor",
                "said",
                "W",
            )
        ],
        [
            (
                "The city's inventory found lead lines in 1,840 of its 11,200 water connections, most in homes built before 1940.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council Member Wendell Fjellvik-Ortiz, who cast the only no vote, said he supported the goal but wanted the cost shared with property owners.",
                "Wendell Fjellvik-Ortiz",
                "said",
                "",
            ),
            (
                "He said the city's water utility reserves would fall to about $900,000 under the plan.",
                "Wendell Fjellvik-Ortiz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Crews will start work in the Birchmere neighborhood in June, the Public Works Department said.",
                "the Public Works Department",
                "said",
                "W",
            )
        ],
        [
            ("Residents will receive a letter by mail if their home is on the list.", "", "", ""),
            ("Questions can go to the lead line hotline at 651-555-0125.", "", "", "B"),
            ("Look up your address at lindellfallsmn.gov/leadmap.", "", "", "B"),
        ],
        [
            (
                "A public open house on the program will be held April 29 at 6 p.m. at the Lindell Falls Public Library.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Under federal rules, every lead service line in the country must be replaced by 2037.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Media contact: Communications Office, 651-555-0118, news@lindellfallsmn.gov",
                "",
                "",
                "B",
            )
        ],
        [("Tags: Public Works, Water, City Council", "", "", "B")],
        [("Share: Facebook | X | Email | Print", "", "", "B")],
        [("Other News in City News", "", "", "B")],
        [("Spring leaf pickup starts April 20", "", "", "B")],
        [("Read on...", "", "", "B")],
        [("Upcoming Events", "", "", "B")],
        [("Apr 21 — Park Board meeting, 6:30 p.m., City Hall Room 204", "", "", "B")],
        [("Apr 25 — Arbor Day tree giveaway, 9 a.m.–noon, Riverside Park", "", "", "B")],
        [("Apr 27 — City Council work session, 5 p.m., Council Chambers", "", "", "B")],
        [("Apr 29 — Lead service line open house, 6 p.m., Public Library", "", "", "B")],
        [("View all events", "", "", "B")],
        [("City of Lindell Falls, 300 Third Street NE, Lindell Falls, MN 55999", "", "", "B")],
        [("Phone: 651-555-0100 | Hours: Mon–Fri, 8 a.m.–4:30 p.m.", "", "", "B")],
        [("Accessibility | Copyright Notices | Privacy Policy | Site Map", "", "", "B")],
        [("Website by CivicSpark", "", "", "B")],
    ],
    [
        [("We value your privacy", "", "", "B")],
        [
            (
                "The Morning Palisade and our 147 partners use cookies and similar technologies to store and access information on your device.",
                "",
                "",
                "B",
            ),
            ("You can accept, reject or manage your choices at any time.", "", "", "B"),
        ],
        [("ACCEPT ALL", "", "", "B")],
        [("REJECT ALL", "", "", "B")],
        [("MANAGE OPTIONS", "", "", "B")],
        [("THE MORNING PALISADE", "", "", "B")],
        [("☰  Search  Subscribe", "", "", "B")],
        [("News › Kingston", "", "", "B")],
        [("City to tow 310 derelict vehicles from Kingston streets", "", "", "W")],
        [("Owners face J$25,000 fines if cars are not moved within 14 days", "", "", "W")],
        [("Tanisha Brathwaite-Campbell/Staff Reporter", "", "", "B")],
        [("Published: Wednesday | June 10, 2026 | 12:07 AM", "", "", "B")],
        [("Listen to this article · 4 min", "", "", "B")],
        [
            (
                "Owners of 310 derelict vehicles left on Kingston's streets have 14 days to remove them before they are towed and crushed, the municipal corporation said on Tuesday.",
                "the municipal corporation",
                "said",
                "W",
            )
        ],
        [
            (
                "The vehicles were counted in a survey of 41 roads carried out in May by the corporation's enforcement unit.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Town clerk Delroy Hamilton-Pusey said owners who miss the deadline will be fined J$25,000 and charged J$18,500 for towing.",
                "Delroy Hamilton-Pusey",
                "said",
                "W",
            ),
            (
                "“Some of these cars have been sitting so long there are trees growing through the floor,” he said.",
                "Delroy Hamilton-Pusey",
                "he said",
                "",
            ),
        ],
        [("You have 2 free articles left this month.", "", "", "B")],
        [
            (
                "Subscribe now for J$850 a month and get unlimited access on all your devices.",
                "",
                "",
                "B",
            )
        ],
        [("Already a subscriber?", "", "", "B"), ("Log in", "", "", "B")],
        [("Mosquito fears", "", "", "")],
        [
            (
                "The health ministry said in April that abandoned vehicles were among the most common breeding sites for the dengue mosquito found in inspections in the city.",
                "The health ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Paulette Morgan-Steer, who lives on Gladwin Lane, said a burnt-out minibus had been parked outside her gate since 2023.",
                "Paulette Morgan-Steer",
                "said",
                "W",
            )
        ],
        [
            (
                "“Every time it rain, the water settle in it, and the mosquito them breed,” she said.",
                "Paulette Morgan-Steer",
                "she said",
                "",
            )
        ],
        [
            ("“I called and I called!", "Paulette Morgan-Steer", "she said", ""),
            ("Nobody came,” she said.", "Paulette Morgan-Steer", "she said", ""),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Hamilton-Pusey said vehicles with a valid registration would get a further seven days.",
                "Delroy Hamilton-Pusey",
                "said",
                "W",
            ),
            (
                "He said 96 of the 310 vehicles had no licence plates.",
                "Delroy Hamilton-Pusey",
                "said",
                "W",
            ),
            (
                "Owners can reclaim a towed vehicle from the corporation's pound within 30 days, but will pay J$4,000 a day for storage, he said.",
                "Delroy Hamilton-Pusey",
                "he said",
                "W",
            ),
        ],
        [
            (
                "Councillor Marcia Dunkley-Reid of the Seaview Division said the exercise was overdue but warned that some owners could not afford the fines.",
                "Marcia Dunkley-Reid",
                "said",
                "",
            ),
            (
                "“Tow the cars, yes, but don't punish a pensioner whose husband died and left her a car she can't drive,” she said.",
                "Marcia Dunkley-Reid",
                "she said",
                "",
            ),
        ],
        [("Read more:", "", "", "B")],
        [("Water lock-offs for Kingston communities this weekend", "", "", "B")],
        [("Bus fares: what the new schedule means for you", "", "", "B")],
        [("Send us your feedback at letters@morningpalisade.com.jm", "", "", "B")],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please keep it respectful and on topic.", "", "", "B"),
        ],
        [
            ("© 2026 The Morning Palisade Company Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [("Privacy Policy | Terms | Cookie Settings", "", "", "B")],
    ],
    [
        [("Quarter Acre Notes", "", "", "B")],
        [("Subscribe    Sign in", "", "", "B")],
        [("Dublin's 2,914 new homes: what the number doesn't tell you", "", "", "W")],
        [
            ("The city had a record quarter for completions.", "", "", "W"),
            (
                "Here's why that isn't the same as a record quarter for people looking for a home.",
                "",
                "",
                "",
            ),
        ],
        [("Fionnuala Dervan-Kiely", "", "", "B")],
        [("Feb 9, 2026", "", "", "B")],
        [("♡ 214   💬 37   ↻ 19", "", "", "B")],
        [("Share", "", "", "B")],
        [
            (
                "Hello again, and welcome to the 63 new subscribers who joined after last week's post on rents.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Last Thursday the housing department published its completion figures for the third quarter, and Dublin's four councils recorded 2,914 new homes, the most in any quarter since the series began in 2011.¹",
                "",
                "",
                "W",
            ),
            (
                "That's a real number, and I don't want to take it away from anyone who built one of those homes.",
                "",
                "",
                "",
            ),
            ("But it's worth looking at what's inside it.", "", "", ""),
        ],
        [("Here's what the 2,914 is made of:", "", "", "")],
        [("1,388 apartments in schemes of 50 units or more", "", "", "W")],
        [("412 student accommodation units²", "", "", "W")],
        [("604 houses", "", "", "W")],
        [("510 homes built by or for the councils themselves", "", "", "W")],
        [
            ("Thanks for reading Quarter Acre Notes!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [("Type your email...", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [
            ("The student units are the part I keep coming back to.", "", "", ""),
            (
                "Under the department's rules, every four student beds count as one unit, so those 412 units are really 1,648 beds in four buildings near the city's universities.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ciarán Mulvihill-Daly, an economist at the Ormonde Housing Institute, told me the method is used in most European countries.",
                "Ciarán Mulvihill-Daly",
                "told me",
                "W",
            ),
            ("“It's not a trick,” he said.", "Ciarán Mulvihill-Daly", "he said", ""),
            (
                "“But a student bed is not a family home, and nobody should read it that way.”",
                "Ciarán Mulvihill-Daly",
                "he said",
                "",
            ),
        ],
        [
            (
                "The housing department said in a statement that new student accommodation frees up rented homes elsewhere in the city.",
                "The housing department",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "I'm not convinced, and next week I'll look at whether rents near those four buildings actually moved.",
                "",
                "",
                "",
            )
        ],
        [("P.S. If you work in one of those four buildings, my inbox is open.", "", "", "")],
        [("Share Quarter Acre Notes", "", "", "B")],
        [("1", "", "", "B")],
        [
            (
                "Housing Completions, Q3 2026, Table 4, published by the housing department on 5 February.",
                "",
                "",
                "B",
            )
        ],
        [("2", "", "", "B")],
        [
            (
                "A further 37 student units were completed in the county council areas, which fall outside the city figures.",
                "",
                "",
                "W",
            )
        ],
        [("214 Likes∙19 Restacks", "", "", "B")],
        [("Discussion about this post", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Restacks", "", "", "B")],
        [("Write a comment...", "", "", "B")],
        [("© 2026 Fionnuala Dervan-Kiely", "", "", "B")],
        [("Privacy ∙ Terms ∙ Collection notice", "", "", "B")],
        [("Start writing", "", "", "B")],
        [("Get the app", "", "", "B")],
    ],
]

CASES = [
    (
        "n133-tv-advisory",
        "FIRST ALERT WEATHER: Wind advisory until 7 p.m. for Marrow and Dunlevy counties. Get live radar and hourly alerts in the free KQTW 6 Weather app.",
        [
            "FIRST ALERT WEATHER: Wind advisory until 7 p.m. for Marrow and Dunlevy counties.",
            "Get live radar and hourly alerts in the free KQTW 6 Weather app.",
        ],
    ),
    (
        "n133-tv-math",
        "“That's 22 extra miles every round trip with a planter,” he said. “You do the math.”",
        ["“That's 22 extra miles every round trip with a planter,” he said.", "“You do the math.”"],
    ),
    (
        "n133-tv-copy",
        "Copyright 2026 KQTW-TV. All rights reserved.",
        ["Copyright 2026 KQTW-TV.", "All rights reserved."],
    ),
    (
        "n133-tv-error",
        "See a spelling or grammar error in our story? Click here to report it.",
        ["See a spelling or grammar error in our story?", "Click here to report it."],
    ),
    (
        "n133-tv-closings",
        "MORE CLOSINGS ▸ Marrow County Courthouse: opens 10 a.m. ▸ Dunlevy Senior Center: closed",
        ["MORE CLOSINGS ▸ Marrow County Courthouse: opens 10 a.m. ▸ Dunlevy Senior Center: closed"],
    ),
    (
        "n133-fc-reg",
        "© Thorncastle Town Football Club Ltd 2026. Registered in England No. 00452318.",
        ["© Thorncastle Town Football Club Ltd 2026.", "Registered in England No. 00452318."],
    ),
    (
        "n133-fc-tickets",
        "🎟 Tickets for next Saturday's home game against Ashby Moor Rangers are on sale now: adults £18, concessions £12, under-16s £5. Season ticket holders do not need to book.",
        [
            "🎟 Tickets for next Saturday's home game against Ashby Moor Rangers are on sale now: adults £18, concessions £12, under-16s £5.",
            "Season ticket holders do not need to book.",
        ],
    ),
    (
        "n133-fc-coach",
        "“The lads showed real character after a poor first half,” head coach Mick Ravenhill-Leary said. “We had a word at half-time, nothing too loud, and they responded.”",
        [
            "“The lads showed real character after a poor first half,” head coach Mick Ravenhill-Leary said.",
            "“We had a word at half-time, nothing too loud, and they responded.”",
        ],
    ),
    (
        "n133-ie-colon",
        "Speaking at the announcement in Ballycorrin, Minister Brennock-Tighe said: “No family should have to drive to a hotel car park to send an email.” “This scheme is about fairness,” she said.",
        [
            "Speaking at the announcement in Ballycorrin, Minister Brennock-Tighe said: “No family should have to drive to a hotel car park to send an email.”",
            "“This scheme is about fairness,” she said.",
        ],
    ),
    (
        "n133-ie-access",
        "This page is also available in Irish. If you need this information in another format, such as large print or Braille, contact the Department's Access Officer at access@dric.gov.ie.",
        [
            "This page is also available in Irish.",
            "If you need this information in another format, such as large print or Braille, contact the Department's Access Officer at access@dric.gov.ie.",
        ],
    ),
    (
        "n133-au-credits",
        "Produced by Lachie Poulsen-Ward. Sound engineering by Tegan Mwangi-Ross.",
        ["Produced by Lachie Poulsen-Ward.", "Sound engineering by Tegan Mwangi-Ross."],
    ),
    (
        "n133-au-dr",
        "OYELOWO-BARNES: Dr Vasudevan-Crowe, were they mad? ANJALI VASUDEVAN-CROWE: Not at all.",
        [
            "OYELOWO-BARNES: Dr Vasudevan-Crowe, were they mad?",
            "ANJALI VASUDEVAN-CROWE: Not at all.",
        ],
    ),
    (
        "n133-au-chapters",
        "00:00 Intro · 03:12 Nine days of water · 11:40 Going to market · 19:05 Who loses? · 25:30 What next",
        [
            "00:00 Intro · 03:12 Nine days of water · 11:40 Going to market · 19:05 Who loses? · 25:30 What next"
        ],
    ),
    (
        "n133-bw-bakkie",
        "FOR SALE: 2014 double-cab bakkie, 212,000 km, new tyres, P98,000 neg. Call 71 555 204 after 5pm.",
        [
            "FOR SALE: 2014 double-cab bakkie, 212,000 km, new tyres, P98,000 neg.",
            "Call 71 555 204 after 5pm.",
        ],
    ),
    (
        "n133-bw-pty",
        "The Ngami Lantern is printed and published by Lantern Community Media (Pty) Ltd, Plot 88, Maun. All rights reserved.",
        [
            "The Ngami Lantern is printed and published by Lantern Community Media (Pty) Ltd, Plot 88, Maun.",
            "All rights reserved.",
        ],
    ),
    (
        "n133-bw-lost",
        "LOST: Brown cow with a white patch on the left ear, brand MK7, last seen near the Kgotlaneng borehole. Reward offered.",
        [
            "LOST: Brown cow with a white patch on the left ear, brand MK7, last seen near the Kgotlaneng borehole.",
            "Reward offered.",
        ],
    ),
    (
        "n133-in-rain",
        "Mumbai recorded 286 mm of rain in the 24 hours to 8.30 am on Thursday, the most on a single July day since 2014. At least 52 trees fell across the city.",
        [
            "Mumbai recorded 286 mm of rain in the 24 hours to 8.30 am on Thursday, the most on a single July day since 2014.",
            "At least 52 trees fell across the city.",
        ],
    ),
    (
        "n133-in-pvt",
        "© 2026 NewsDhara Digital Pvt. Ltd. All rights reserved.",
        ["© 2026 NewsDhara Digital Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n133-fin-dateline",
        "SACRAMENTO, Calif., Nov. 5, 2026 /NewsPulse Wire/ -- Corvalis Diagnostics, Inc. (NASDAQ: CRVD) today reported revenue of $412.6 million for the third quarter ended Sept. 30, 2026. That was up 9% from a year earlier.",
        [
            "SACRAMENTO, Calif., Nov. 5, 2026 /NewsPulse Wire/ -- Corvalis Diagnostics, Inc. (NASDAQ: CRVD) today reported revenue of $412.6 million for the third quarter ended Sept. 30, 2026.",
            "That was up 9% from a year earlier.",
        ],
    ),
    (
        "n133-fin-call",
        "Corvalis will host a conference call and webcast at 4:30 p.m. ET today. The webcast can be accessed at investors.corvalisdx.com.",
        [
            "Corvalis will host a conference call and webcast at 4:30 p.m. ET today.",
            "The webcast can be accessed at investors.corvalisdx.com.",
        ],
    ),
    (
        "n133-fin-about",
        "Corvalis Diagnostics, Inc. makes rapid blood-testing systems used in more than 2,400 hospitals in 31 countries. For more information, visit corvalisdx.com.",
        [
            "Corvalis Diagnostics, Inc. makes rapid blood-testing systems used in more than 2,400 hospitals in 31 countries.",
            "For more information, visit corvalisdx.com.",
        ],
    ),
    (
        "n133-mag-shift",
        "On the last morning shift at the Nettlebrook Lake mine, in March 2024, the cage came up at 7:40 a.m. and 212 miners walked out into the snow. The mine had opened in 1957.",
        [
            "On the last morning shift at the Nettlebrook Lake mine, in March 2024, the cage came up at 7:40 a.m. and 212 miners walked out into the snow.",
            "The mine had opened in 1957.",
        ],
    ),
    (
        "n133-mag-print",
        "This article appeared in the print edition of the Borealis Review's November 2026 issue, with the headline “The Shrinking.” Support long-form journalism: subscribe to the Borealis Review from $4.50 a month.",
        [
            "This article appeared in the print edition of the Borealis Review's November 2026 issue, with the headline “The Shrinking.”",
            "Support long-form journalism: subscribe to the Borealis Review from $4.50 a month.",
        ],
    ),
    (
        "n133-mag-pull",
        "“You don't notice a town shrinking. You notice the chairs nobody sits in.”",
        ["“You don't notice a town shrinking.", "You notice the chairs nobody sits in.”"],
    ),
    (
        "n133-np-hours",
        "The volunteer ambulance service stopped answering calls between 8 p.m. and 8 a.m. on March 1, Soledad County said. The service had 19 certified volunteers in 2019; it now has six.",
        [
            "The volunteer ambulance service stopped answering calls between 8 p.m. and 8 a.m. on March 1, Soledad County said.",
            "The service had 19 certified volunteers in 2019; it now has six.",
        ],
    ),
    (
        "n133-np-ein",
        "© 2026 High Mesa Dispatch, a 501(c)(3) nonprofit. EIN 88-4410372.",
        ["© 2026 High Mesa Dispatch, a 501(c)(3) nonprofit.", "EIN 88-4410372."],
    ),
    (
        "n133-city-open",
        "A public open house on the program will be held April 29 at 6 p.m. at the Lindell Falls Public Library. Under federal rules, every lead service line in the country must be replaced by 2037.",
        [
            "A public open house on the program will be held April 29 at 6 p.m. at the Lindell Falls Public Library.",
            "Under federal rules, every lead service line in the country must be replaced by 2037.",
        ],
    ),
    (
        "n133-jm-ask",
        "“Who is going to pay J$25,000 for a car that doesn't even run?” asked Paulette Morgan-Steer. She has lived on Gladwin Lane since 1998.",
        [
            "“Who is going to pay J$25,000 for a car that doesn't even run?” asked Paulette Morgan-Steer.",
            "She has lived on Gladwin Lane since 1998.",
        ],
    ),
    (
        "n133-jm-called",
        "“I called and I called! Nobody came,” she said.",
        ["“I called and I called!", "Nobody came,” she said."],
    ),
    (
        "n133-nl-ps",
        "I'm not convinced, and next week I'll look at whether rents near those four buildings actually moved. P.S. If you work in one of those four buildings, my inbox is open.",
        [
            "I'm not convinced, and next week I'll look at whether rents near those four buildings actually moved.",
            "P.S. If you work in one of those four buildings, my inbox is open.",
        ],
    ),
]
