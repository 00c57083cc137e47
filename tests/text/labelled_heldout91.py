"""Ninety-first held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-three):
twelve WHOLE pages of typical everyday news from twelve countries and twelve kinds of outlet, head
to tail as a reader's paste gives them, each with its own furniture worded its own way at the
head, mid-story and the tail. The pages: a South African national daily's website (Johannesburg
Water warns 31 suburbs of a 58-hour outage while Rand Water replaces a leaking valve); a Welsh
local weekly's website pasted from a phone (Llandovery Town Council backs a 9% precept rise to
keep two toilet blocks open); a New Zealand broadcaster's website with its audio player (a boil
water notice for about 2400 people in Oxford, North Canterbury, after E. coli in a routine
sample); a wire story on a Malaysian news portal (end-April palm oil stocks down 6.2% to 1.71
million tonnes); an English countryside magazine's feature pasted from the browser's reader view
(hedgehogs found at 31% fewer rural sites than in 2015); a Nigerian business news site (a cement
maker's half-year profit up 22% to ₦61.3bn); an Australian sports site (a local football match
report, 12.9 (81) to 10.14 (74), with scoreboard and ladder); an Irish county council's press
release (Kilkenny's parking charge up from €1.80 to €2.00 an hour from 2 June); a United States
regional TV station's website (an apartment fire in Des Moines displaces 23 people); a Pakistani
digital-native site's explainer (the Lahore Metro Bus fare up from Rs. 30 to Rs. 40); a Canadian
local newsletter in its web view (Halifax's budget passes, the average tax bill up $212); and a
Spanish regional daily's English edition (water restrictions eased in the Axarquía as La Viñuela
reaches 38%).

Nothing here is exotic: what is hard is what a newsroom reviewer meets on a normal day. Furniture
differs on every page and is worded differently each time: skip links, mastheads, menus with
pipes, double spaces or middots, trending and live strips, crumbs with "›", ">" and "/", a
markets ticker and a scores strip run together with no spaces, a weather warning strip, a
bilingual council name on two lines, bylines with and without "By", a role or a place, date lines
in six formats ("14 May 2026 | 06:40 · Updated 11:15", "6:12 am on 21 January 2026", "Published:
Jan. 14, 2026 at 9:48 AM CST|Updated: 2 hours ago", "Issue No. 412"), reading times, listen and
play buttons with a running time, share rows and share buttons one per line, "ADVERTISEMENT" and
"Advertisement", "READ MORE:", "Read more:", "Related:", "RELATED:", "ALSO READ:", "ALSO ON
DASTAK:", a newsletter prompt mid-story, a WhatsApp prompt, box and table titles, "Ends" and
"Notes to Editors:", reporting credits in brackets, a disclaimer, a translation note, an issue
note, an author bio, premium and membership pitches, letters and tip prompts, a typo prompt, a
page-helpful prompt, cookie notices and buttons, most-read, top-stories, trending and recommended
lists, a sponsored block, betting small print, an unsubscribe footer, FCC links and copyright
lines split where a designation ends them ("(Pty) Ltd." / "All rights reserved.", "(Pvt.) Ltd.",
"S.L.", "Nusantara Press Service 2026.", "KDSQ."). Beside them sit the things that are not
furniture: headlines and standfirsts (never "B"), captions ("" or "W" by content, credits "B"),
question subheads and crossheads, data lines in a wire table, a key-numbers box, a scoreboard and
a ladder (""), a newsletter's greeting and its writer's take (""), a reader's letter, advice boxes
and guidance (""). In the body, an ordinary mix: statements of record by utilities, councils,
clerks, officials, companies, a fire department, a wire's data and a transport authority ("W");
documents and data as speakers ("the filing showed", "the data showed", "the MPOB data showed",
"Polk County property records show", "the report says", "according to municipal staff",
"according to broker estimates", "according to a notification issued by ..."); forecasts, plans,
hopes, hedges and beliefs (""); feelings and colour in quotes (""); first-person records with a
figure ("W"); quotes that run on over two or three sentences and over a paragraph with no verb;
speakers named after their quote; titles and roles dropped ("Cllr", "Town mayor", "Town clerk",
"Ward 14 councillor", "Dr", "Dr.", "Mr", "Coun.", "Mayor", "Battalion Chief", "Managing
Director", "Chief financial officer", "Director of Services", "the Cathaoirleach of ...", "the
Junta's delegate in Málaga", "Cargo surveyor"), while "binti", "Ní" and a two-part Spanish
surname stay; pronouns and surnames resolved; articles dropped from bodies with proper names ("The
City of Johannesburg", "the Des Moines Fire Department", "The American Red Cross", "the Punjab
Masstransit Authority"); generic nouns kept as written ("the department", "the company", "the
club", "Analysts", "Traders", "Some residents", "officials", "A Carmarthenshire County Council
spokesperson", "A woman who answered the phone at Prairie Oak's office"). Splits: "3.40pm on
Tuesday", "at 12.30 p.m." before "They", "Sdn. Bhd. in Kuala Lumpur." before "She", "Pte Ltd in
Singapore.", "Lagoon Trust Securities Ltd., said", "No. 2 reservoir", "E. Grand Ave. at 3:17
a.m. and", "by 4:05 a.m. and", "E. Walnut St., between 9 a.m. and 5 p.m. Friday.", "Rs. 25",
"3 ft. tall", "Dr. Ayesha Khokhar", "10:30 p.m. Tuesday", "from Aug. 1." before "Chief", "Coun.
Bethany", "8.30 a.m. and 6.30 p.m.,", "between 7 a.m. and 11 a.m. only." before "New", "10 a.m.
and 8 p.m.", initials in a scoreboard ("J. Mibus 5, T. Coad 2"), "Francisco J. Carbonell", a
question inside a quote followed by "Probably." and the attribution (three sentences), colon
quotes, a line of three short sentences ("18+ only. Odds ... Bet responsibly.").

The pages hold 526 sentences: 233 "B", 162 "W" and 131 ""; 173 sentences carry a speaker (82
distinct speakers). `STYLES` describes each page, its paste, its story and its furniture head to
tail with labels, in order; `HELDOUT_CASES` holds 30 split cases cut from the pages, each two to
four consecutive sentences of one paragraph joined by single spaces: what a reviewer wants, not
what the engine does.

Written from scratch for issue 13 in round fifty-three, before any rule was tuned on it and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff]` tables of `pyproject.toml`; and, through `ast` only,
from `labelled_new139.py` and `labelled_new140.py`, their docstrings, the first `STYLES` entry,
the page, style and case counts, the case ids and the first case, and the first sixteen sentences
of the first page of `labelled_new140.py`. Coined names were checked with file counts of
`grep -rlF` over `tests/text` (counts only, no file opened), and the ones that hit (two outlets, a
firm, a credit union, a club nickname, a letter writer's name and some forty surnames) were
replaced before the file was written out; no coined surname or outlet is shared between pages.

Every person, outlet, firm, club, church, forum, trust, survey, credit union, building, statement
and figure is invented. Real countries, regions, cities, towns, suburbs, streets, rivers,
reservoirs, universities, utilities, councils, ministries, agencies, exchanges and schemes appear
only as settings, with invented statements and figures: Johannesburg, Soweto, Protea Glen,
Eldorado Park, Lenasia, Ennerdale, Orange Farm and Gauteng, Johannesburg Water, Rand Water, the
City of Johannesburg and the Department of Water and Sanitation; Llandovery, Llandeilo and
Carmarthenshire County Council; Oxford, North Canterbury, Christchurch, Rangiora, Waimakariri
District Council, Health New Zealand and Healthline; Kuala Lumpur, Sabah, Penang, Singapore,
India, Indonesia, Bursa Malaysia Derivatives and the Malaysian Palm Oil Board; Ludlow, Stockport,
Herefordshire, Harper Adams University, Natural England, the Countryside Stewardship scheme and the
Red List for British Mammals; Lagos, Ikorodu, the Nigerian Exchange, the CBN and the National
Bureau of Statistics; Kilkenny, Market Yard, John Street and Kilkenny County Council; Des Moines,
West Des Moines, Beaverdale, Polk, Dallas and Warren counties, the Des Moines Fire Department and
the American Red Cross; Lahore, Shahdara, Gajju Matta, Kalma Chowk, Karachi, the Punjab
Masstransit Authority, the PMD and the Lahore University of Management Sciences; Halifax, Clayton
Park, Spryfield, Halifax Regional Council, Halifax Transit and Halifax Public Libraries; Málaga,
Vélez-Málaga, Periana, Frigiliana, Nerja, Leeds, the Axarquía, La Viñuela, the Junta de Andalucía
and Aemet.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". Furniture is "B" line by line, whatever it says, and never carries a speaker; a
headline's or standfirst's "warns" or "say" carries its source as the story gives it.

Conventions this set had to settle, in the same spirit:

* A pasted line is a paragraph: share buttons, contact lines, list items, box rows, table rows and
  byline, place and date lines that the page shows one under another are paragraphs of their own;
  what the paste really glues on one line (a menu glyph and the masthead, a ticker, two results in
  a scores strip, a caption and its credit, a play button and its running time, cookie buttons, a
  prompt and its button) stays one paragraph, split into sentences only at real sentence ends.
* A business story's key-numbers box and a wire story's table are data lines "", like sport data
  lines; their title and column header are "B". A box of advice for readers ("HOW TO PREPARE") has
  a "B" title and "" lines.
* A newsletter's greeting and its writer's own take are "" (the newsletter's voice, not
  furniture); its sponsor lines, section labels, sign-off ("That's it for today. See you
  tomorrow."), signature and footers are "B". A reader's letter signed with a given name and a
  place carries the given name ("Marjolaine") with the cue "writes".
* A press release's "Ends", "Notes to Editors:" and contact lines are "B"; a numbered note that
  states a fact of record is "W".
* A quote paragraph with no verb of saying carries the speaker and cue of the quote before it; a
  person described without a verb of saying ("Rovers coach Damien Kretschmann was blunt.", "Giles
  Wrigglesworth, has planted ...") carries no speaker; a sentence between two "the filing showed"
  sentences with no cue of its own carries nobody.
* "Some residents asked on a community Facebook page why ..." carries "Some residents" with
  "asked" and is "W" when the question embeds a checkable time; "did not rule out" is a cue ("").
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'South African NATIONAL DAILY\'s website (Johannesburg), desktop select-all paste, a PLANNED WATER OUTAGE: Johannesburg Water warns 31 suburbs of up to 58 hours without water while Rand Water replaces a leaking 1979 valve. Head: skip link, masthead in capitals, menu with double spaces, a trending strip with middots, a section crumb with "›" (all "B"); headline carrying Johannesburg Water with "warns" "W"; standfirst of record "W"; byline, a date line with "· Updated", reading time, share/save/comments strip "B"; a photo caption "" and its "Picture:" credit "B". Body: "JOHANNESBURG –" lead with the utility as speaker ("says") "W"; "said in a statement" "W" then "It said" with a forecast ""; Rand Water\'s record "W"; a narration line "W"; "ADVERTISEMENT" "B"; the spokesperson named at the end of a two-sentence quote ("told the Ledger") ""; "She said" records "W"; "Asked whether ..., Ntsoane said" ""; a "READ MORE:" line "B"; a ward councillor (role dropped) with "3.40pm on Tuesday" "W" and his two-sentence quote ""; a pensioner\'s record "W" and her quote ""; a civic forum chairman\'s budget figure "W" and his plan ""; "did not respond to a request for comment" with the article dropped from "City of Johannesburg" ""; "according to Department of Water and Sanitation data" "W"; a "HOW TO PREPARE" box title "B" and three advice lines "". Tail: related list, topics with pipes, a comment prompt in two sentences, footer links, copyright split at "(Pty) Ltd." (all "B").',
    'Welsh LOCAL WEEKLY\'s website (Llandovery, Carmarthenshire), phone browser paste, a TOWN COUNCIL PRECEPT: a 9% rise to keep two toilet blocks open after the county hands them over. Head: a hamburger glyph glued to the masthead, a bilingual section label "Newyddion | News", a town label (all "B"); headline and standfirst of record "W"; a byline of the name alone and a date line "B". Body: capitalised "LLANDOVERY Town Council" lead "W"; the vote and the precept "W"; the town clerk\'s Band D figures (role dropped) "W"; "Advertisement" "B"; attendance "W"; the mayor\'s colon quote ("Town mayor Cllr" dropped) over two sentences ""; her plan ""; a councillor\'s colon quote "" and his record "W"; "Read more:" "B"; "A Carmarthenshire County Council spokesperson" kept as written, "The spokesperson said" resolving to it, "W" twice; a café owner\'s claim "" and her quote ""; a Facebook poll "W"; the Band D total, a neighbouring council, billing and a meeting date "W"; "Mr Tudur-Hayes said" with a hope "". Tail: share label and buttons one per line, a letters box, a comment count, a more-from list, a cookie notice and its buttons, copyright (all "B").',
    'New Zealand BROADCASTER\'s website (Canterbury), desktop paste with the audio player, a BOIL WATER NOTICE: E. coli in a routine sample in Oxford, about 2400 people affected. Head: broadcaster name, menu, a listen-live strip, a region label "B"; headline and standfirst "W"; a byline with role, a time-first date line, a share row, the play button glued to the running time "B"; an audio caption "". Body: a lead of record with no speaker "W"; "Waimakariri District Council said" with "No. 2 reservoir" mid-sentence and "it said" "W"; the water operations manager (role dropped) "told Morning Report" "W", her hedged guess "", a quote paragraph with no verb carrying her "W"; a photo caption "" and "Photo: Supplied / ..." credit on one line "B"; the medical officer of health ("Dr" dropped) "W" then her advice "" twice; a free water station "W"; a café owner\'s spend "W" and her quote ""; "Some residents asked" "W"; "Omundsen said" "W"; a question, "Probably." and the attribution as three sentences ""; history "W"; a decision expected by Friday ""; update guidance "". Tail: related stories each with a time line, topics, app and newsletter prompts, copyright (all "B").',
    'Malaysian WIRE STORY ON A NEWS PORTAL (Kuala Lumpur), desktop paste, PALM OIL STOCKS: end-April stocks down 6.2% to 1.71 million tonnes. Head: portal name, pipe menu, a trending strip, a section crumb "B"; headline "W"; the wire credit, date, reading time and a ticker chip "B". Body: dateline "KUALA LUMPUR, May 11 (NPS) -" lead carrying "Malaysian Palm Oil Board data" (acronym in brackets dropped) "W"; "the data showed" twice "W"; a poll comparison "W"; "Advertisement" "B"; futures ending "at 12.30 p.m." before "They" "W" twice; an analyst with "binti" named after her quote ending "Sdn. Bhd. in Kuala Lumpur." "" and "She said" with a forecast ""; a cargo surveyor (descriptor dropped) "W"; "the MPOB data showed" "W"; a dealer\'s two-sentence quote ending "Pte Ltd in Singapore." (a causal record "W", then ""); "according to broker estimates" "W"; "Traders said" ""; an unnamed trader kept as written ""; Indonesia\'s levy "W"; "according to a Malaysian Palm Oil Board circular" "W"; a supply-and-demand table: title and header "B", three rows "". Tail: the reporting credits in brackets, copyright in two sentences, terms, recommended stories each with a source-and-time line, a sponsored block (all "B").',
    'English MAGAZINE (a countryside and wildlife title) feature, pasted from the browser\'s reader view, RURAL HEDGEHOG DECLINE: a volunteer footprint-tunnel survey finds hedgehogs at 31% fewer rural sites than in 2015. Head: the site domain "B", headline "W", a byline of the name alone and a reading-time range "B", standfirst "W". Body: a colour lead ""; a volunteer\'s "she says" quote then a quote sentence with no verb (a record with a date "W"); narration "W"; "The survey\'s latest report ... estimates" and "the report says" kept as written "W"; caption "" and credit "B"; a question crosshead ""; a chief executive named after her quote (a record "W", then ""); hedged causes ""; an ecologist ("Dr" dropped) "" then his data "W" twice; a ban of record "W"; "Related:" "B"; a crosshead ""; "it says" resolving to the trust "W"; a rescuer\'s record "W" and a three-sentence advice quote ""; a newsletter prompt "B"; a farmer\'s hedge record "W" with no verb of saying and his quote ""; "A Natural England spokesperson" with a plan ""; the Red List "W"; a colour ending "". Tail: the issue note and a subscribe line, an author bio (all "B").',
    'Nigerian BUSINESS NEWS SITE (Lagos), desktop paste with a markets ticker run together, a CEMENT MAKER\'S HALF-YEAR RESULTS: profit after tax up 22% to ₦61.3bn. Head: masthead, the ticker glued with no spaces, menu, crumb "B"; headline and standfirst "W"; a byline with place, a date with "WAT", listen and share lines "B". Body: lead "the company said in a filing" kept as written "W"; "the filing showed" "W" twice and a sentence with no cue between them "W"; the dividend "W"; "Advertisement" "B"; the share price "W"; the managing director\'s quote (role dropped) ""; his records "W" and his expectation ""; "ALSO READ:" "B"; a "KEY NUMBERS" box: title "B" and four data lines ""; an analyst at "Lagoon Trust Securities Ltd.," "W" then her two-sentence quote ""; "the company said" "W"; a block maker\'s prices "W" and his quote ""; "according to the National Bureau of Statistics" "W"; "Analysts expect" "". Tail: disclaimer, tags, a premium pitch in two sentences, a numbered most-read list, copyright (all "B").',
    'Australian SPORTS SITE (South Australian local football), desktop paste, a MATCH REPORT: Kingsvale beat unbeaten Parkhurst Rovers 12.9 (81) to 10.14 (74). Head: site name, a live-scores label, two results glued together, menu, crumb "B"; headline and standfirst "W"; byline and date "B"; a caption stating five goals "W" with its credit "B". Body: lead "W"; the third quarter and the first loss "W"; the goalkicker\'s tally "W"; the winning coach\'s two quote paragraphs ""; his first win at the ground since 2019 "W"; "Advertisement" "B"; the goalkicker "told BackPocket" "" and "no idea" ""; "was blunt" with no speaker ""; the losing coach\'s two-sentence quote ""; a scans plan ""; a striking report "W" and the operations manager\'s tribunal date "W"; "according to the club" "W"; ladder position and fixture "W"; a netball score "W"; a more-local-footy line "B". Tail: "SCOREBOARD" "B", quarter-score lines, goals and best lines with initials (one line each) ""; ladder title and header "B", four rows ""; a social prompt, a betting line in three sentences, copyright "B".',
    'Irish COUNTY COUNCIL PRESS RELEASE on the council\'s website (Kilkenny), desktop paste, NEW PARKING CHARGES from 2 June: €1.80 to €2.00 an hour. Head: skip link, the council\'s English and Irish names on two lines, search and translate, menu, a crumb with ">" (all "B"); headline "W"; "Published on:" "B". Body: "has confirmed" "W"; the bye-law terms, the vote, permits, Blue Badge and the free 30 minutes "W"; the Cathaoirleach ("Cllr" dropped, "Ní" kept) in a three-sentence colon quote ("W", "W", ""); the Director of Services (role dropped) with submissions and dates "W" twice and "Mr Furlong-Hayden added" "W"; enforcement hours with "8.30 a.m." and "6.30 p.m.," mid-sentence "W"; loading bays "between 7 a.m. and 11 a.m. only." before a signage plan ("W", ""); a reminder ""; "Ends" "B"; "Notes to Editors:" "B" and two numbered notes of record "W". Tail: media contact lines one per line, share, a page-helpful prompt, last updated, address, legal links (all "B").',
    'United States REGIONAL TV station\'s website (Des Moines), desktop paste, an APARTMENT FIRE displaces 23 people. Head: skip link, station name, a weather warning strip, a watch-live strip, menu with a closings count, section label (all "B"); headline "W"; byline and a "Published: ...|Updated:" line glued with a pipe "B"; a video caption "" and its running time "B". Body: dateline "DES MOINES, Iowa (KDSQ) —" lead carrying the fire department (article dropped) "W"; "the department said" kept as written with "E. Grand Ave." and "3:17 a.m." mid-sentence "W"; the battalion chief (role dropped) "W", her scene quote "" and a quote paragraph with no verb ""; control time and damage "W", the cause "W", "according to department records" "W", a belief ""; "ADVERTISEMENT" "B"; "American Red Cross" "W"; a resident named after her quote "" and colour ""; a board-up crew ""; "RELATED:" "B"; "Polk County property records show" and "City inspection records show" "W"; an unnamed woman kept as written ""; a neighbour\'s colour ""; donation guidance with "E. Walnut St." and "5 p.m. Friday." "". Tail: app prompt, copyright in two sentences, a typo prompt (a question and an imperative), trending list, FCC links (all "B").',
    'Pakistani DIGITAL-NATIVE site\'s explainer (Lahore), desktop paste, a METRO BUS FARE RISE from Rs. 30 to Rs. 40. Head: name, a live strip, menu with an Urdu link, "EXPLAINER" label "B"; headline "W"; standfirst "officials say" "W"; byline, date with reading time, listen and Urdu links "B". Body: lead "announced" carrying the Punjab Masstransit Authority (article dropped) "W"; question subheads ""; "according to a notification issued by ..." and "the notification said" with "Rs. 25" and "3 ft. tall" mid-sentence "W"; the spokesperson "told Dastak" and "She said" "W"; a WhatsApp prompt "B"; her quote over two sentences "W" and a third ""; "it said in a report" resolving to the authority "W"; a student\'s routine "W" and his quote ""; a researcher ("Dr." dropped) "", her comparison "W" and her advice ""; "ALSO ON DASTAK:" "B"; "No, Niazi said:" "W"; "did not rule out" ""; recharge guidance "". Tail: a membership pitch in two sentences with "Rs. 500", tags, top stories, copyright split at "(Pvt.) Ltd." (all "B").',
    'Canadian NEWSLETTER in its web view (Halifax), pasted from the "View this email in your browser" page, a CITY BUDGET: the average tax bill up $212. Head: the view-in-browser line, masthead, a date line with "Issue No. 412", a weather strip, a contents line (all "B"); a greeting and colour ""; sponsor lines "B"; a section label "B". Body: the item headline "W"; the vote "just after 10:30 p.m. Tuesday" "W"; "according to municipal staff" "W"; the assessment base and budget items "W"; fares "from Aug. 1." ending a sentence before the chief financial officer "told council" (role dropped) "W"; his quote ("" then "W"); the mayor ("Mayor" dropped) "" and "He noted" "W"; a councillor ("Coun." dropped) "W" and her quote ""; a resident "told council" "W"; attendance "W"; the writer\'s take in three sentences ""; "Advertisement" and "IN BRIEF" "B"; "Halifax Transit said" "W"; library hours "W"; "YOUR LETTERS" "B" and a reader\'s letter under a given name only ("Marjolaine", "writes") "". Tail: sign-off, signature, a tip prompt, a forwarded prompt, a subscription note, unsubscribe, address, copyright (all "B").',
    'Spanish regional daily\'s ENGLISH EDITION (Málaga, Axarquía), desktop paste, WATER RESTRICTIONS EASED as La Viñuela reaches 38%. Head: a language switch, masthead, menu, a subscribe offer, a section label "B"; headline and standfirst "W"; a byline with an initial, the place and the date on three lines "B"; a caption "" and an initial-and-surname credit on one line "B". Body: a lead with no speaker "W"; "according to the regional water authority\'s weekly bulletin" "W"; population, new limits and allocations "W"; the Junta\'s delegate (role dropped) named after her quote "told reporters" "", her quote running on ("W" then "") and "She said" with "10 a.m. and 8 p.m." mid-sentence "W"; "Advertisement" "B"; the record low "W"; the mayor (role dropped) "W" and his quote ""; "Related:" "B"; an avocado grower\'s record "W" and his quote ""; a resident\'s claim "W"; "Aemet has forecast" (descriptor dropped) ""; guidance "". Tail: a newsletter prompt with its button, a translation note, topics, comments and report-an-error lines, copyright split at "S.L.", legal links (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("THE UNION LEDGER", "", "", "B"),
        ],
        [
            (
                "Home  News  Business  Politics  Sport  Lifestyle  Opinion  ePaper  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Trending: Fuel price · Matric results · Bafana · Water outages", "", "", "B"),
        ],
        [
            ("News › Gauteng", "", "", "B"),
        ],
        [
            (
                "Johannesburg Water warns 31 suburbs of 58-hour outage from Friday",
                "Johannesburg Water",
                "warns",
                "W",
            ),
        ],
        [
            (
                "Residents of Soweto, Eldorado Park and Lenasia are being told to store water while Rand Water replaces a leaking valve on a main pipeline",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Thandeka Majozi", "", "", "B"),
        ],
        [
            ("14 May 2026 | 06:40 · Updated 11:15", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Share  Save  Comments (37)", "", "", "B"),
        ],
        [
            (
                "A resident of Protea Glen fills containers from a municipal tanker during the last planned outage, in March.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Sizwe Phakathi-Mosia/Union Ledger", "", "", "B"),
        ],
        [
            (
                "JOHANNESBURG – Thirty-one suburbs in the south and south-west of the city will have no water or very low pressure for up to 58 hours from 8pm on Friday, Johannesburg Water says.",
                "Johannesburg Water",
                "says",
                "W",
            ),
        ],
        [
            (
                "The utility said in a statement on Wednesday that the shutdown would affect about 240,000 households in Soweto, Eldorado Park, Lenasia, Ennerdale and Orange Farm.",
                "Johannesburg Water",
                "said in a statement",
                "W",
            ),
            (
                "It said supply would be restored gradually from Sunday morning, but higher-lying areas could take a further day to recover.",
                "Johannesburg Water",
                "said",
                "",
            ),
        ],
        [
            (
                "Rand Water, which supplies bulk water to the city, said the valve, on a 1.6m-wide pipeline south of Johannesburg, was installed in 1979 and had been leaking since March.",
                "Rand Water",
                "said",
                "W",
            ),
            ("It is the third planned shutdown on the same line since October.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("“We know 58 hours is a long time.", "Karabo Sefolosha", "told the Ledger", ""),
            (
                "We are asking people to fill containers before Friday evening and to use water sparingly once it comes back, so the reservoirs can recover,” Johannesburg Water spokesperson Karabo Sefolosha told the Ledger.",
                "Karabo Sefolosha",
                "told the Ledger",
                "",
            ),
        ],
        [
            (
                "She said the utility had hired 41 water tankers, which would be parked at clinics, schools and community halls for the duration of the work.",
                "Karabo Sefolosha",
                "said",
                "W",
            ),
            (
                "Hospitals and the three dialysis centres in the affected area have been given their own storage tanks, she said.",
                "Karabo Sefolosha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked whether the work could be finished sooner, Sefolosha said the team would “not cut corners on a valve that has to last another 40 years”.",
                "Karabo Sefolosha",
                "said",
                "",
            ),
        ],
        [
            (
                "READ MORE: Soweto pensioners queue for hours as billing system fails again",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ward 14 councillor Sipho Mathenjwa said residents in his ward had gone without water for a total of nine days since October, counting the two earlier shutdowns and a burst pipe in January.",
                "Sipho Mathenjwa",
                "said",
                "W",
            ),
            (
                "He said the notice for Friday's shutdown was first posted on the utility's social media pages at 3.40pm on Tuesday.",
                "Sipho Mathenjwa",
                "said",
                "W",
            ),
        ],
        [
            ("“Nobody is against fixing the pipes.", "Sipho Mathenjwa", "said", ""),
            (
                "What people are against is finding out on WhatsApp two days before,” he said.",
                "Sipho Mathenjwa",
                "said",
                "",
            ),
        ],
        [
            (
                "In Protea Glen, Gladys Maseko-Nthite, 67, said she had bought six 25-litre drums after the March outage.",
                "Gladys Maseko-Nthite",
                "said",
                "W",
            ),
            ("“I'm not waiting for the tanker again.", "Gladys Maseko-Nthite", "said", ""),
            (
                "Last time it came at 11 at night and it was empty before midnight,” she said.",
                "Gladys Maseko-Nthite",
                "said",
                "",
            ),
        ],
        [
            (
                "Bongani Rathebe, chairman of the Orlando Civic Forum, said the city had spent only 38% of its water and sanitation maintenance budget in the last financial year, citing figures presented to a council committee in February.",
                "Bongani Rathebe",
                "said",
                "W",
            ),
            (
                "He said the forum would hand a memorandum to the mayor's office next week.",
                "Bongani Rathebe",
                "said",
                "",
            ),
        ],
        [
            (
                "The City of Johannesburg did not respond to a request for comment on the figure by the time of publication.",
                "City of Johannesburg",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Gauteng's dams were at 94.3% of capacity this week, according to Department of Water and Sanitation data, which means the outage has nothing to do with a shortage of raw water.",
                "Department of Water and Sanitation data",
                "according to",
                "W",
            ),
        ],
        [
            ("HOW TO PREPARE", "", "", "B"),
        ],
        [
            ("Keep at least 25 litres a person for drinking, cooking and washing.", "", "", ""),
        ],
        [
            (
                "Switch off your geyser at the distribution board if the supply drops, to protect the element.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Report leaks and burst pipes to Johannesburg Water's call centre or through its app.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Rand Water to replace 18km of ageing pipes by 2028", "", "", "B"),
        ],
        [
            ("Eldorado Park clinic shut for three days after flooding", "", "", "B"),
        ],
        [
            ("Topics: Johannesburg Water | Rand Water | Soweto | Service delivery", "", "", "B"),
        ],
        [
            ("Join the conversation.", "", "", "B"),
            ("Sign in or register to comment.", "", "", "B"),
        ],
        [
            (
                "About us  Contact us  Advertise  Terms of use  Privacy policy  Press Code",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Union Ledger Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰", "", "", "B"),
            ("The Towy Clarion", "", "", "B"),
        ],
        [
            ("Newyddion | News", "", "", "B"),
        ],
        [
            ("LLANDOVERY", "", "", "B"),
        ],
        [
            ("Town council backs 9% rise to keep Llandovery's public toilets open", "", "", "W"),
        ],
        [
            (
                "The extra £10,650 a year will pay for two toilet blocks that Carmarthenshire County Council is handing over in April",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Elin Mostyn-Harries", "", "", "B"),
        ],
        [
            ("Tuesday 3 February 2026, 5:00 am", "", "", "B"),
        ],
        [
            (
                "LLANDOVERY Town Council has voted to raise its share of council tax by 9% so that the town's two public toilets can stay open when the county council stops paying for them.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councillors voted 8-3 at Monday evening's meeting to set the precept for 2026-27 at £129,050, up from £118,400 this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town clerk Meirion Tudur-Hayes said the rise would add £11.83 a year, or about 23p a week, to a Band D bill.",
                "Meirion Tudur-Hayes",
                "said",
                "W",
            ),
            (
                "He said the blocks on Market Square and at the castle car park cost £11,200 a year to clean, stock and maintain, and that the county council would hand them over on April 1 with a one-off grant of £4,000.",
                "Meirion Tudur-Hayes",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The meeting, held in Welsh and English at the town hall, was attended by 23 members of the public.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town mayor Cllr Heledd Pugh-Morgan said: “It's not a glamorous thing to spend money on.",
                "Heledd Pugh-Morgan",
                "said",
                "",
            ),
            (
                "But if you've got a coach party stopping here, or someone with a medical condition, the first thing they look for is a toilet.”",
                "Heledd Pugh-Morgan",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the council would look at charging 20p per visit “if the numbers don't add up after a year”.",
                "Heledd Pugh-Morgan",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Gareth Llewelyn-Rees, who voted against, said: “I'm not against the toilets.",
                "Gareth Llewelyn-Rees",
                "said",
                "",
            ),
            (
                "I'm against the county passing its costs down to us and then telling everyone it has kept its own rise down.”",
                "Gareth Llewelyn-Rees",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the town council had already taken on the running of the Tywi riverside footpath lighting in 2024 and the Christmas lights the year before.",
                "Gareth Llewelyn-Rees",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Llandovery bank branch to close in June after 140 years", "", "", "B"),
        ],
        [
            (
                "A Carmarthenshire County Council spokesperson said the authority had to find £22.4 million of savings in 2026-27.",
                "A Carmarthenshire County Council spokesperson",
                "said",
                "W",
            ),
            (
                "The spokesperson said 14 public toilet blocks across the county were being transferred to town and community councils, and five would close where no council had agreed to take them on.",
                "A Carmarthenshire County Council spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rhian Caerwyn, who runs the Drovers' Pantry café near the square, said half her customers asked to use the loo before they had bought anything.",
                "Rhian Caerwyn",
                "said",
                "",
            ),
            (
                '"I\'d rather pay 23p a week than have a queue at my door all summer," she said.',
                "Rhian Caerwyn",
                "said",
                "",
            ),
        ],
        [
            (
                "A poll on a community Facebook group last month drew 212 votes, with 71 per cent in favour of keeping the toilets open even if council tax went up.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("That puts the town's Band D charge at £143.39 for the year.", "", "", "W"),
        ],
        [
            (
                "Neighbouring Llandeilo Town Council agreed a 4% rise last week, having taken on its own toilets in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The precept will be collected by Carmarthenshire County Council with its own council tax bills, which go out in March.",
                "",
                "",
                "W",
            ),
            (
                "The county council will set its own rise at a full council meeting on February 25.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr Tudur-Hayes said the council hoped to sign a cleaning contract with a local firm by the middle of March.",
                "Meirion Tudur-Hayes",
                "said",
                "",
            ),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Facebook", "", "", "B"),
        ],
        [
            ("X", "", "", "B"),
        ],
        [
            ("WhatsApp", "", "", "B"),
        ],
        [
            ("Email", "", "", "B"),
        ],
        [
            ("Have your say", "", "", "B"),
        ],
        [
            (
                "Write to the editor at letters@towyclarion.co.uk – please include your name and address, not for publication.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("4 Comments", "", "", "B"),
        ],
        [
            ("MORE FROM LLANDOVERY", "", "", "B"),
        ],
        [
            ("Young farmers raise £3,200 for air ambulance with tractor run", "", "", "B"),
        ],
        [
            ("Rugby: late try seals first away win of the season", "", "", "B"),
        ],
        [
            (
                "We use cookies to make our site work and to help us understand how you use it.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all  Manage settings", "", "", "B"),
        ],
        [
            ("© Towy Clarion Newspapers Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("Waiata", "", "", "B"),
        ],
        [
            (
                "Home  News  Programmes  Podcasts  Live radio  Te Ao Māori  Pacific  Sport",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ Listen live: Waiata National", "", "", "B"),
        ],
        [
            ("Canterbury", "", "", "B"),
        ],
        [
            (
                "Oxford residents told to boil water after E. coli found in routine test",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 2400 people on the town's supply are affected, and the district council has started chlorinating the reservoir.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kiri Parata-Lenthall, Canterbury reporter", "", "", "B"),
        ],
        [
            ("6:12 am on 21 January 2026", "", "", "B"),
        ],
        [
            ("Share on Twitter Share on Facebook Share via Email Share on LinkedIn", "", "", "B"),
        ],
        [
            ("▶ Play", "", "", "B"),
            ("3′ 41″", "", "", "B"),
        ],
        [
            (
                "Waimakariri District Council's water operations manager Dayle Omundsen speaks to Morning Report.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Residents of Oxford in North Canterbury have been told to boil all drinking water after E. coli was found in a routine sample taken from the town's supply on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Waimakariri District Council said the bacteria was first detected at a sampling point on Main Street, and a second sample taken from the No. 2 reservoir on Tuesday morning also tested positive.",
                "Waimakariri District Council",
                "said",
                "W",
            ),
            (
                "The notice covers about 2400 people on the urban supply and 310 rural properties connected to the same scheme, it said.",
                "Waimakariri District Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council's water operations manager, Dayle Omundsen, told Morning Report a seal on the reservoir's inspection hatch was found damaged on Tuesday afternoon.",
                "Dayle Omundsen",
                "told Morning Report",
                "W",
            ),
        ],
        [
            (
                '"Our best guess at this stage is that rainwater or a bird got in through that hatch during the storm on Saturday night," she said.',
                "Dayle Omundsen",
                "said",
                "",
            ),
        ],
        [
            (
                "\"We've replaced the seal, we're chlorinating the reservoir, and we'll need three clear days of samples in a row before we can lift the notice.\"",
                "Dayle Omundsen",
                "said",
                "W",
            ),
        ],
        [
            ("The Oxford reservoir, which holds the town's drinking water supply.", "", "", ""),
            ("Photo: Supplied / Waimakariri District Council", "", "", "B"),
        ],
        [
            (
                "Health New Zealand's medical officer of health for Canterbury, Dr Annelise Brouwerhaven, said no cases of gastrointestinal illness linked to the water had been reported by Wednesday morning.",
                "Annelise Brouwerhaven",
                "said",
                "W",
            ),
            (
                "She said anyone with diarrhoea or vomiting should call Healthline or their GP, and that water should be brought to a rolling boil for one minute and cooled before it was used for drinking, brushing teeth or preparing food.",
                "Annelise Brouwerhaven",
                "said",
                "",
            ),
            (
                "Baby formula should be made only with boiled water, she said.",
                "Annelise Brouwerhaven",
                "said",
                "",
            ),
        ],
        [
            (
                "The council has set up a free water station at the Oxford Town Hall car park, open from 7am to 7pm daily.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Marama Hurrell, who owns a café on Main Street, said she had switched to bottled water for customers and was spending about $180 a day on it.",
                "Marama Hurrell",
                "said",
                "W",
            ),
            (
                "\"It's the school holidays, we're flat out, and now every glass of water is a job,\" she said.",
                "Marama Hurrell",
                "said",
                "",
            ),
        ],
        [
            (
                "Some residents asked on a community Facebook page why the text alert was not sent until 8.40pm on Tuesday, more than six hours after the council was told of the second result.",
                "Some residents",
                "asked",
                "W",
            ),
        ],
        [
            (
                "Omundsen said the council had followed its procedure, which required a confirmation test before a public notice, and had phoned the school, two rest homes and the medical centre from 5pm.",
                "Dayle Omundsen",
                "said",
                "W",
            ),
        ],
        [
            ('"Could we have been faster?', "Dayle Omundsen", "said", ""),
            ("Probably.", "Dayle Omundsen", "said", ""),
            ("We'll look at that,\" she said.", "Dayle Omundsen", "said", ""),
        ],
        [
            (
                "It is the second boil water notice in Oxford in three years; the last, in March 2023, lasted 11 days.",
                "",
                "",
                "W",
            ),
            (
                "Omundsen said the council expected to decide by Friday whether to fit alarms to the hatches on all 14 of its reservoirs.",
                "Dayle Omundsen",
                "said",
                "",
            ),
        ],
        [
            (
                "Updates on the notice will be posted on the council's website and Facebook page.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Christchurch water restrictions eased after wet December", "", "", "B"),
        ],
        [
            ("3 min ago", "", "", "B"),
        ],
        [
            ("Rangiora residents asked to cut water use as demand peaks", "", "", "B"),
        ],
        [
            ("20 Jan 2026", "", "", "B"),
        ],
        [
            ("Topics: Health, Local Government, Canterbury", "", "", "B"),
        ],
        [
            ("Get the Waiata app", "", "", "B"),
        ],
        [
            ("Sign up for our morning newsletter", "", "", "B"),
        ],
        [
            ("Copyright © 2026, Waiata Media Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("Jendela.my", "", "", "B"),
        ],
        [
            ("Home | News | Business | Sport | Entertainment | Lifestyle | Videos", "", "", "B"),
        ],
        [
            ("🔥 Trending  Ringgit  ·  Budget 2027  ·  Harimau Malaya  ·  Haze", "", "", "B"),
        ],
        [
            ("Business › Commodities", "", "", "B"),
        ],
        [
            ("Malaysia's palm oil stocks fall 6% to seven-month low as exports climb", "", "", "W"),
        ],
        [
            ("Nusantara Press Service", "", "", "B"),
        ],
        [
            ("Mon, 11 May 2026, 1:42 pm", "", "", "B"),
        ],
        [
            ("3-min read", "", "", "B"),
        ],
        [
            ("In this article: FCPO +1.30%", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR, May 11 (NPS) - Malaysia's palm oil stocks at the end of April fell 6.2% from a month earlier to 1.71 million tonnes, their lowest since September, as exports rose faster than production, Malaysian Palm Oil Board (MPOB) data showed on Monday.",
                "Malaysian Palm Oil Board data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Exports climbed 9.8% to 1.36 million tonnes, while crude palm oil output rose 4.1% to 1.58 million tonnes, the data showed.",
                "the data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "Exports for the first four months of the year totalled 5.1 million tonnes, 7.4% more than a year earlier, the data showed.",
                "the data",
                "showed",
                "W",
            ),
        ],
        [
            (
                "The stock level was below the 1.76 million tonnes forecast in a Nusantara survey of six planters, traders and analysts.",
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
                "Benchmark palm oil futures for July delivery on Bursa Malaysia Derivatives rose 1.3% to 4,182 ringgit ($987.50) a tonne by the midday break, after the data was released at 12.30 p.m.",
                "",
                "",
                "W",
            ),
            ("They had fallen 2.1% in the previous two sessions.", "", "", "W"),
        ],
        [
            (
                '"The numbers are bullish on paper, but the market had already priced in a good part of the export strength," said Nurul Aisyah binti Mohd Sabri, plantation analyst at Seri Gemilang Securities Sdn. Bhd. in Kuala Lumpur.',
                "Nurul Aisyah binti Mohd Sabri",
                "said",
                "",
            ),
            (
                "She said stocks were likely to start rising again from June, when output usually picks up.",
                "Nurul Aisyah binti Mohd Sabri",
                "said",
                "",
            ),
        ],
        [
            (
                "Cargo surveyor Amanah Inspection Services said exports of Malaysian palm oil products for May 1-10 rose 14.6% from the same period in April to 412,870 tonnes.",
                "Amanah Inspection Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "India, the top buyer, took 301,000 tonnes in April, up from 212,000 tonnes in March, the MPOB data showed.",
                "the MPOB data",
                "showed",
                "W",
            ),
        ],
        [
            (
                '"Indian buyers came back because our oil was cheaper than soyoil for most of April.',
                "Tan Wei Loon",
                "said",
                "W",
            ),
            (
                'That gap has almost closed now," said Tan Wei Loon, a dealer at Selangau Commodities Pte Ltd in Singapore.',
                "Tan Wei Loon",
                "said",
                "",
            ),
        ],
        [
            (
                "Palm oil was trading at a discount of about $38 a tonne to soyoil on Monday, against $112 at the start of April, according to broker estimates.",
                "broker estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Traders said Indian demand in June would depend largely on how quickly soyoil prices fall.",
                "Traders",
                "said",
                "",
            ),
        ],
        [
            (
                "A Kuala Lumpur-based trader with a global trading house, who declined to be named because he was not authorised to speak to the media, said labour shortages on estates in Sabah were easing but yields would take months to recover.",
                "A Kuala Lumpur-based trader with a global trading house",
                "said",
                "",
            ),
        ],
        [
            (
                "Indonesia, the world's biggest producer, cut its June export levy on crude palm oil to $95 a tonne last week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Malaysia will keep its export duty on crude palm oil at 9.5% in June, with a reference price of 3,948.17 ringgit a tonne, according to a Malaysian Palm Oil Board circular.",
                "a Malaysian Palm Oil Board circular",
                "according to",
                "W",
            ),
        ],
        [
            ("MALAYSIA PALM OIL SUPPLY AND DEMAND", "", "", "B"),
        ],
        [
            ("Tonnes         April        March        Change", "", "", "B"),
        ],
        [
            ("Production     1,580,120    1,517,930    +4.1%", "", "", ""),
        ],
        [
            ("Exports        1,362,450    1,240,850    +9.8%", "", "", ""),
        ],
        [
            ("End-stocks     1,710,240    1,823,390    -6.2%", "", "", ""),
        ],
        [
            (
                "(Reporting by Farah Hanim Zulkifli; Additional reporting by Koh Jia Min in Singapore; Editing by Rashid Omarali)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Nusantara Press Service 2026.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms and Privacy Policy", "", "", "B"),
        ],
        [
            ("Recommended Stories", "", "", "B"),
        ],
        [
            ("Ringgit edges up as US Treasury yields ease", "", "", "B"),
        ],
        [
            ("Nusantara Press Service · 2 hours ago", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            (
                "Penang homeowners are switching to this roof coating before the monsoon",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HomeShield Malaysia", "", "", "B"),
        ],
    ],
    [
        [
            ("fieldandhedge.co.uk", "", "", "B"),
        ],
        [
            (
                "Rural hedgehog numbers fall by a third in a decade, volunteer survey finds",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Harriet Blakiston-Ames", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "Footprint tunnels set by 1,900 volunteers show hedgehogs holding on in towns but disappearing from farmland",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On a damp April evening at the edge of a wheat field near Ludlow, Pam Ingoldsby kneels beside a black plastic tunnel and lifts out a sheet of paper dotted with tiny inky prints.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“That's a hedgehog,” she says, pointing to a five-toed print no bigger than a thumbnail.",
                "Pam Ingoldsby",
                "says",
                "",
            ),
            ("“The first one on this farm since 2022.”", "Pam Ingoldsby", "says", "W"),
        ],
        [
            (
                "Ingoldsby, a retired science teacher, is one of about 1,900 volunteers who have set footprint tunnels for the Countryside Footprint Survey since it began in 2015.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The survey's latest report, published on 2 June by the Hedgerow Mammals Trust, estimates that hedgehogs were found at 31% fewer rural sites in 2025 than in 2015.",
                "The survey's latest report",
                "estimates",
                "W",
            ),
            (
                "In towns and suburbs the share of sites with hedgehogs barely moved, at 58% against 60% a decade earlier, the report says.",
                "the report",
                "says",
                "W",
            ),
            (
                "The findings are based on 14,300 tunnel checks at 2,760 sites in England and Wales.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("A hedgehog crosses a garden lawn at dusk in Stockport.", "", "", ""),
            ("Photo: Ben Ashworth-Lyle", "", "", "B"),
        ],
        [
            ("Why farmland?", "", "", ""),
        ],
        [
            (
                "“We've lost hedgehogs from a third of the countryside sites we check in ten years.",
                "Rosalind Cordeiro",
                "says",
                "W",
            ),
            (
                "That is not a blip,” says Rosalind Cordeiro, chief executive of the Hedgerow Mammals Trust.",
                "Rosalind Cordeiro",
                "says",
                "",
            ),
        ],
        [
            (
                "Cordeiro says the likeliest causes are the loss of hedgerows and field margins, heavy use of slug pellets in the past and a rise in badger numbers; badgers eat hedgehogs and compete with them for food.",
                "Rosalind Cordeiro",
                "says",
                "",
            ),
        ],
        [
            (
                "Dr Tomasz Lewandowicz-Hale, an ecologist at Harper Adams University who analysed the data for the trust, says the badger link is “real but easy to overstate”.",
                "Tomasz Lewandowicz-Hale",
                "says",
                "",
            ),
        ],
        [
            (
                "“Where we have badger data, hedgehogs are missing from about seven in ten sites with an active sett within a kilometre.",
                "Tomasz Lewandowicz-Hale",
                "says",
                "W",
            ),
            (
                "But we also see hedgehogs vanishing where there are no badgers at all,” he says.",
                "Tomasz Lewandowicz-Hale",
                "says",
                "W",
            ),
        ],
        [
            (
                "Metaldehyde slug pellets, which can poison hedgehogs, were banned for outdoor use in Great Britain in March 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related: The quiet return of the water vole", "", "", "B"),
        ],
        [
            ("Gardens as a refuge", "", "", ""),
        ],
        [
            (
                "Some 212,000 households have added a gap in their garden fence to the trust's online map of “hedgehog highways” since 2019, it says.",
                "Hedgerow Mammals Trust",
                "says",
                "W",
            ),
        ],
        [
            (
                "Denise Pettifer-Lowe, who runs a hedgehog rescue from her garage in Stockport, says she took in 347 hedgehogs last year, most of them hurt by strimmers or garden netting.",
                "Denise Pettifer-Lowe",
                "says",
                "W",
            ),
        ],
        [
            (
                "“People think they're helping by leaving out milk.",
                "Denise Pettifer-Lowe",
                "says",
                "",
            ),
            ("Please don't,” she says.", "Denise Pettifer-Lowe", "says", ""),
            ("“Water and meaty cat food, that's it.”", "Denise Pettifer-Lowe", "says", ""),
        ],
        [
            (
                "Sign up to the Field & Hedge newsletter for a weekly round-up of wildlife news.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Back near Ludlow, the farmer whose land Ingoldsby surveys, Giles Wrigglesworth, has planted 1.8km of new hedge since 2021 under the Countryside Stewardship scheme.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I'd like to say the hedgehog turned up because of the hedges.",
                "Giles Wrigglesworth",
                "says",
                "",
            ),
            ("I honestly don't know,” he says.", "Giles Wrigglesworth", "says", ""),
        ],
        [
            (
                "A Natural England spokesperson said the agency would use the survey to help decide where to target funding for new hedgerows.",
                "A Natural England spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Hedgehogs were listed as vulnerable to extinction in Britain on the Red List for British Mammals in 2020.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ingoldsby slides a fresh sheet into the tunnel, tops up the ink and walks back to her car in the dark.",
                "",
                "",
                "",
            ),
            ("She will be back on Thursday.", "", "", ""),
        ],
        [
            ("This article appears in the July 2026 issue of Field & Hedge.", "", "", "B"),
            ("Subscribe today and save 40%.", "", "", "B"),
        ],
        [
            ("Harriet Blakiston-Ames is a nature writer based in Herefordshire.", "", "", "B"),
        ],
    ],
    [
        [
            ("NAIRA DESK", "", "", "B"),
        ],
        [
            (
                "NGX ASI 104,220.51 ▲0.41%USD/NGN 1,538.20 ▼0.12%Brent $71.40 ▲0.85%MTNN ₦268.00 ▲1.10%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Markets  Companies  Economy  Energy  Tech  Opinion  Premium", "", "", "B"),
        ],
        [
            ("Companies › Earnings", "", "", "B"),
        ],
        [
            (
                "Ogun Crest Cement H1 profit rises 22% to ₦61.3bn as prices offset weaker volumes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Energy costs jumped 71% in the first half, but the company raised its interim dividend to ₦1.50 a share",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Adaeze Nwankwo-Bello, Lagos", "", "", "B"),
        ],
        [
            ("Thursday, July 23, 2026 | 4:35 pm WAT", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Ogun Crest Cement Plc's profit after tax rose 22% to ₦61.3 billion in the six months to June, helped by higher cement prices that more than offset a fall in sales volumes, the company said in a filing to the Nigerian Exchange (NGX) on Thursday.",
                "the company",
                "said in a filing",
                "W",
            ),
        ],
        [
            (
                "Revenue climbed 38% to ₦412.6 billion from ₦299 billion a year earlier, while volumes fell 3% to 4.1 million tonnes, the filing showed.",
                "the filing",
                "showed",
                "W",
            ),
            (
                "Energy costs, mostly gas and diesel for its two kilns, rose 71% to ₦118.4 billion.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Net debt fell to ₦84.2 billion at the end of June from ₦121.7 billion in December, the filing showed.",
                "the filing",
                "showed",
                "W",
            ),
        ],
        [
            (
                "The board declared an interim dividend of ₦1.50 per share, up from ₦1.00 last year, payable on August 28 to shareholders on the register as of August 12.",
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
                "Ogun Crest's shares closed up 4.8% at ₦214.50, making it the third-biggest gainer on the exchange on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"Demand from individual home builders was soft because people\'s incomes are under pressure, but government road and housing projects kept us busy," Managing Director Folarin Banjoko said on an investor call.',
                "Folarin Banjoko",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the company had switched 40% of its kiln fuel from diesel to gas since January and had signed a supply deal with a gas distributor in May.",
                "Folarin Banjoko",
                "said",
                "W",
            ),
            (
                'He said he expected energy costs to ease in the second half "if gas supply stays stable".',
                "Folarin Banjoko",
                "said",
                "",
            ),
        ],
        [
            (
                "ALSO READ: Lafiya Flour Mills cuts bread flour price by 4% as wheat costs ease",
                "",
                "",
                "B",
            ),
        ],
        [
            ("KEY NUMBERS (H1 2026)", "", "", "B"),
        ],
        [
            ("Revenue: ₦412.6bn (+38%)", "", "", ""),
        ],
        [
            ("Profit after tax: ₦61.3bn (+22%)", "", "", ""),
        ],
        [
            ("Energy costs: ₦118.4bn (+71%)", "", "", ""),
        ],
        [
            ("Sales volume: 4.1m tonnes (-3%)", "", "", ""),
        ],
        [
            (
                "Chiamaka Chukwudera, head of equity research at Lagoon Trust Securities Ltd., said the results were about ₦3 billion above her team's forecast.",
                "Chiamaka Chukwudera",
                "said",
                "W",
            ),
            (
                '"The question for the second half is whether they can keep raising prices without losing more volume.',
                "Chiamaka Chukwudera",
                "said",
                "",
            ),
            (
                "I don't think they can push much further,\" she said.",
                "Chiamaka Chukwudera",
                "said",
                "",
            ),
        ],
        [
            (
                "The average price of a 50kg bag of Ogun Crest cement at its depots was ₦9,800 in June, up from ₦6,400 a year earlier, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Ikorodu, Ebuka Obiajunwa, who runs a block-moulding yard, said he now paid ₦10,500 a bag from distributors and had raised the price of a nine-inch block from ₦750 to ₦1,050 since January.",
                "Ebuka Obiajunwa",
                "said",
                "W",
            ),
            (
                '"Some of my customers have stopped at the foundation and are waiting for prices to come down," he said.',
                "Ebuka Obiajunwa",
                "said",
                "",
            ),
        ],
        [
            (
                "Nigeria's annual inflation rate eased to 21.9% in June from 22.4% in May, according to the National Bureau of Statistics.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Analysts expect more cement makers to report results next week.",
                "Analysts",
                "expect",
                "",
            ),
        ],
        [
            (
                "Disclaimer: This article is for information only and does not constitute investment advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Ogun Crest Cement, cement prices, NGX, earnings, H1 2026", "", "", "B"),
        ],
        [
            ("Unlock Naira Desk Premium for ₦4,500 a month.", "", "", "B"),
            ("Cancel anytime.", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1  CBN holds rate at 27.5% for third meeting", "", "", "B"),
        ],
        [
            ("2  Naira weakens at official window as demand for dollars rises", "", "", "B"),
        ],
        [
            ("© 2026 Naira Desk Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BackPocket", "", "", "B"),
        ],
        [
            ("LIVE SCORES", "", "", "B"),
        ],
        [
            (
                "FT HPFL Kingsvale 12.9 (81) d Parkhurst Rovers 10.14 (74)FT HPFL Stonyfell Saints 11.12 (78) d Tenterden 8.6 (54)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("AFL  AFLW  SANFL  Local footy  Cricket  Netball  Racing", "", "", "B"),
        ],
        [
            ("Local footy / Hills & Plains FL", "", "", "B"),
        ],
        [
            ("Mibus kicks five as Kingsvale end Rovers' unbeaten run", "", "", "W"),
        ],
        [
            (
                "Kingsvale came from 17 points down at three-quarter time to win by seven at Parkhurst Oval.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Liam Stathopoulos", "", "", "B"),
        ],
        [
            ("Sun 1 June 2026, 7:48pm", "", "", "B"),
        ],
        [
            ("Jaxon Mibus celebrates one of his five goals on Saturday.", "", "", "W"),
            ("Picture: Mel Pascoe-Drury", "", "", "B"),
        ],
        [
            (
                "Kingsvale have ended Parkhurst Rovers' unbeaten start to the Hills & Plains Football League season, kicking five of the last six goals to win 12.9 (81) to 10.14 (74) at Parkhurst Oval on Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rovers kicked four goals to two in the third quarter and led by 17 points at the last change.",
                "",
                "",
                "W",
            ),
            ("The loss was their first in eight games this season.", "", "", "W"),
        ],
        [
            (
                "Key forward Jaxon Mibus kicked five goals, three of them in the final term, and now has 31 for the season, the most in the league.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"At three-quarter time I just told them to stop kicking it to their full-back," Kingsvale coach Troy Hannaford said.',
                "Troy Hannaford",
                "said",
                "",
            ),
            ('"We\'d kicked it straight down his throat all day."', "Troy Hannaford", "said", ""),
        ],
        [
            (
                "Hannaford said it was Kingsvale's first win at Parkhurst Oval since 2019.",
                "Troy Hannaford",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                '"I just kept leading and the boys kept finding me," Mibus, 19, told BackPocket.',
                "Jaxon Mibus",
                "told BackPocket",
                "",
            ),
            (
                'He said he had "no idea" he was leading the league\'s goalkicking until a teammate told him in the rooms.',
                "Jaxon Mibus",
                "said",
                "",
            ),
        ],
        [
            ("Rovers coach Damien Kretschmann was blunt.", "", "", ""),
            (
                '"We went to sleep for 20 minutes and got punished.',
                "Damien Kretschmann",
                "said",
                "",
            ),
            ('Simple as that," Kretschmann said.', "Damien Kretschmann", "said", ""),
        ],
        [
            (
                "He said ruckman Brody Kalasz would have scans on Monday after hurting his knee in a marking contest in the second quarter.",
                "Damien Kretschmann",
                "said",
                "",
            ),
        ],
        [
            (
                "Rovers defender Sam Kuchel was reported for striking Kingsvale's Aidan Menhennitt in the third quarter.",
                "",
                "",
                "W",
            ),
            (
                "The league's operations manager, Kerry-Ann Voumard, said the report would be heard by the tribunal on Tuesday night.",
                "Kerry-Ann Voumard",
                "said",
                "W",
            ),
        ],
        [
            (
                "The crowd of about 1,400 was the biggest at the ground this season, according to the club.",
                "the club",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kingsvale move to second on the ladder, four points behind Rovers, and host Stonyfell Saints next Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("In the A-grade netball, Rovers beat Kingsvale 52-39.", "", "", "W"),
        ],
        [
            (
                "MORE LOCAL FOOTY: Round 8 wrap | Best and fairest leaderboard | Tribunal results",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            ("KINGSVALE 3.2 5.4 7.6 12.9 (81)", "", "", ""),
        ],
        [
            ("PARKHURST ROVERS 2.4 5.8 9.11 10.14 (74)", "", "", ""),
        ],
        [
            (
                "GOALS: Kingsvale: J. Mibus 5, T. Coad 2, R. Le Brun 2, S. Kyriazopoulos, M. Lam-Tran, K. Margetts",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Parkhurst Rovers: L. Cuesta 4, B. Bongiorno 2, C. Vandepeer, J. Yaremko, D. Scholtens, H. Kalasz",
                "",
                "",
                "",
            ),
        ],
        [
            ("BEST: Kingsvale: J. Mibus, A. Menhennitt, T. Coad, M. Lam-Tran", "", "", ""),
        ],
        [
            ("Parkhurst Rovers: L. Cuesta, S. Kuchel, C. Vandepeer", "", "", ""),
        ],
        [
            ("LADDER", "", "", "B"),
        ],
        [
            ("Team P W L Pts %", "", "", "B"),
        ],
        [
            ("1 Parkhurst Rovers 8 7 1 28 142.6", "", "", ""),
        ],
        [
            ("2 Kingsvale 8 6 2 24 131.9", "", "", ""),
        ],
        [
            ("3 Stonyfell Saints 8 5 3 20 118.4", "", "", ""),
        ],
        [
            ("4 Tenterden 8 5 3 20 104.7", "", "", ""),
        ],
        [
            (
                "Follow BackPocket on Instagram and Facebook for local footy every weekend.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("18+ only.", "", "", "B"),
            ("Odds supplied by our betting partner.", "", "", "B"),
            ("Bet responsibly.", "", "", "B"),
        ],
        [
            ("© BackPocket Sport Pty Ltd 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Kilkenny County Council", "", "", "B"),
        ],
        [
            ("Comhairle Chontae Chill Chainnigh", "", "", "B"),
        ],
        [
            ("Search  Translate", "", "", "B"),
        ],
        [
            ("Home  Services  Your Council  News  Contact Us", "", "", "B"),
        ],
        [
            ("Home > News > Press Releases", "", "", "B"),
        ],
        [
            ("New parking charges for Kilkenny City to take effect from 2 June", "", "", "W"),
        ],
        [
            ("Published on: 13 May 2026", "", "", "B"),
        ],
        [
            (
                "Kilkenny County Council has confirmed that new on-street parking charges will take effect in Kilkenny City from Monday, 2 June 2026.",
                "Kilkenny County Council",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "Under the Kilkenny City Parking Bye-Laws 2026, the hourly charge in the city centre zone will rise from €1.80 to €2.00, the first increase since 2019.",
                "",
                "",
                "W",
            ),
            ("The charge in the outer zone will remain at €1.20 per hour.", "", "", "W"),
        ],
        [
            (
                "The bye-laws were adopted by the elected members at the May Plenary Meeting of the Council on 11 May by 16 votes to 7, with one abstention.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Residents' parking permits will continue to cost €60 per year.", "", "", "W"),
            (
                "Blue Badge holders may continue to park free of charge in any pay parking space for up to three hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The first 30 minutes of parking at the Market Yard car park will remain free, and the maximum stay in the city centre zone will be extended from two hours to three hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speaking after the meeting, the Cathaoirleach of Kilkenny County Council, Cllr Fionnuala Ní Mhuircheartaigh, said: “These are the first changes to our parking charges in seven years.",
                "Fionnuala Ní Mhuircheartaigh",
                "said",
                "W",
            ),
            (
                "Every euro raised from parking is reinvested in the city's streets, footpaths and public spaces.",
                "Fionnuala Ní Mhuircheartaigh",
                "said",
                "W",
            ),
            (
                "We have listened carefully to local businesses, and I believe the longer maximum stay will bring more people into the city centre for longer.”",
                "Fionnuala Ní Mhuircheartaigh",
                "said",
                "",
            ),
        ],
        [
            (
                "Director of Services for Roads and Transportation, Declan Furlong-Hayden, said that the Council had received 284 submissions during the public consultation, which ran from 3 February to 17 March 2026.",
                "Declan Furlong-Hayden",
                "said",
                "W",
            ),
            (
                "He said that a number of changes had been made to the draft bye-laws in response, including the retention of the free 30 minutes at Market Yard.",
                "Declan Furlong-Hayden",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Furlong-Hayden added that payment by app would be available at all 1,140 pay parking spaces in the city from 2 June, and that coin-operated machines would remain in place.",
                "Declan Furlong-Hayden",
                "added",
                "W",
            ),
        ],
        [
            (
                "Parking enforcement in the city will continue to be carried out by the Council's traffic wardens between 8.30 a.m. and 6.30 p.m., Monday to Saturday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bye-laws also create 24 new loading bays in the city centre, for use by delivery vehicles between 7 a.m. and 11 a.m. only.",
                "",
                "",
                "W",
            ),
            (
                "New signage showing the revised charges will be installed at all pay and display machines before 2 June.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Motorists are reminded that parking tickets purchased before 2 June will remain valid until their expiry time.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Ends", "", "", "B"),
        ],
        [
            ("Notes to Editors:", "", "", "B"),
        ],
        [
            ("1. The previous Kilkenny City Parking Bye-Laws were adopted in 2019.", "", "", "W"),
        ],
        [
            (
                "2. Revenue from parking charges in Kilkenny City was €2.37 million in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("For further information, please contact:", "", "", "B"),
        ],
        [
            ("Communications Office, Kilkenny County Council", "", "", "B"),
        ],
        [
            ("Tel: +353 56 779 4017", "", "", "B"),
        ],
        [
            ("Email: communications@kilkennycouncil-media.ie", "", "", "B"),
        ],
        [
            ("Share this page", "", "", "B"),
        ],
        [
            ("Facebook  X  LinkedIn  Email", "", "", "B"),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes  No", "", "", "B"),
        ],
        [
            ("Last updated: 13/05/2026", "", "", "B"),
        ],
        [
            ("Kilkenny County Council, County Hall, John Street, Kilkenny", "", "", "B"),
        ],
        [
            ("Privacy Statement  Cookie Policy  Accessibility Statement  Disclaimer", "", "", "B"),
        ],
    ],
    [
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("KDSQ 11 Des Moines", "", "", "B"),
        ],
        [
            (
                "⚠ WINTER STORM WARNING until 6 PM CST Thursday for Polk, Dallas and Warren counties",
                "",
                "",
                "B",
            ),
        ],
        [
            ("WATCH LIVE: 11 News at Noon", "", "", "B"),
        ],
        [
            (
                "News  Weather  Sports  11 Investigates  Community  Contests  Closings (23)",
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
                "23 people displaced after early-morning fire at east Des Moines apartment building",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Kelsey Vanderwaal-Mott", "", "", "B"),
        ],
        [
            ("Published: Jan. 14, 2026 at 9:48 AM CST|Updated: 2 hours ago", "", "", "B"),
        ],
        [
            (
                "Firefighters battle flames at the Maple Court apartments early Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("01:52", "", "", "B"),
        ],
        [
            (
                "DES MOINES, Iowa (KDSQ) — Twenty-three people were displaced after a fire tore through a two-story apartment building on the city's east side early Wednesday, the Des Moines Fire Department said.",
                "Des Moines Fire Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Crews were called to the Maple Court apartments in the 1800 block of E. Grand Ave. at 3:17 a.m. and found heavy smoke coming from a second-floor unit, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Battalion Chief Renee Stalzer-Grady said all residents got out on their own and one firefighter was treated at the scene for heat exhaustion.",
                "Renee Stalzer-Grady",
                "said",
                "W",
            ),
        ],
        [
            (
                '"When we pulled up we had fire showing from two windows and people standing in the parking lot in their socks," she said.',
                "Renee Stalzer-Grady",
                "said",
                "",
            ),
            ('"In 10 degrees, that\'s rough."', "Renee Stalzer-Grady", "said", ""),
        ],
        [
            (
                "She said the fire was under control by 4:05 a.m. and damage to the building was estimated at $410,000.",
                "Renee Stalzer-Grady",
                "said",
                "W",
            ),
            ("The cause remains under investigation.", "", "", "W"),
            (
                "It was the fourth apartment fire in Des Moines this month, according to department records.",
                "department records",
                "according to",
                "W",
            ),
            (
                "Investigators do not believe the fire is suspicious, Stalzer-Grady said.",
                "Renee Stalzer-Grady",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The American Red Cross said it was helping 14 adults and nine children with emergency lodging, food and clothing.",
                "American Red Cross",
                "said",
                "W",
            ),
        ],
        [
            (
                "\"I heard the alarm and thought it was somebody's cooking again.",
                "Marisol Nakashima-Ruiz",
                "said",
                "",
            ),
            (
                "Then I opened the door and couldn't see the hallway,\" said Marisol Nakashima-Ruiz, who lived on the first floor with her two sons.",
                "Marisol Nakashima-Ruiz",
                "said",
                "",
            ),
        ],
        [
            (
                "She said she left with her phone, her car keys and the boys' school backpacks.",
                "Marisol Nakashima-Ruiz",
                "said",
                "",
            ),
        ],
        [
            (
                "By mid-morning, a board-up crew was covering the building's windows with plywood.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RELATED: Crews rescue dog from burning home in Beaverdale", "", "", "B"),
        ],
        [
            (
                "Polk County property records show the building, built in 1968, is owned by Prairie Oak Holdings LLC of West Des Moines.",
                "Polk County property records",
                "show",
                "W",
            ),
            (
                "City inspection records show it passed its last rental inspection in August 2024 with two violations, both for smoke detectors with missing batteries, which were fixed within 30 days.",
                "City inspection records",
                "show",
                "W",
            ),
        ],
        [
            (
                'A woman who answered the phone at Prairie Oak\'s office said the company was "working with tenants" and declined to comment further.',
                "A woman who answered the phone at Prairie Oak's office",
                "said",
                "",
            ),
        ],
        [
            (
                "Neighbor Dewayne Fruehling, who lives across the street, said he watched from his porch as firefighters carried a cat out of the building in a laundry basket.",
                "Dewayne Fruehling",
                "said",
                "",
            ),
            ('"Everybody clapped," he said.', "Dewayne Fruehling", "said", ""),
        ],
        [
            (
                "Anyone who wants to help the displaced families can drop off clothing and gift cards at Eastside Fellowship Church, 1520 E. Walnut St., between 9 a.m. and 5 p.m. Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Download the KDSQ 11 News app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Copyright 2026 KDSQ.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("See a spelling or grammar error in our story?", "", "", "B"),
            ("Click here to report it.", "", "", "B"),
        ],
        [
            ("Trending Now", "", "", "B"),
        ],
        [
            (
                "Blizzard conditions expected Thursday; schools announce early dismissals",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Area hoops: overtime thriller decides conference leader", "", "", "B"),
        ],
        [
            (
                "FCC Applications  Public Inspection File  EEO Report  Closed Captioning Contact",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("DASTAK", "", "", "B"),
        ],
        [
            ("🔴 LIVE: Punjab budget 2026-27 debate", "", "", "B"),
        ],
        [
            ("News  Explainers  Climate  Money  Culture  Video  اردو", "", "", "B"),
        ],
        [
            ("EXPLAINER", "", "", "B"),
        ],
        [
            (
                "Lahore Metro Bus fare goes up to Rs. 40 from Monday: what changes for riders",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The first fare increase in seven years will cut the government's subsidy by about a third, officials say",
                "officials",
                "say",
                "W",
            ),
        ],
        [
            ("By Zainab Rafiq", "", "", "B"),
        ],
        [
            ("June 18, 2026 · 4 min read", "", "", "B"),
        ],
        [
            ("▶ Listen to this story", "", "", "B"),
        ],
        [
            ("Read this story in Urdu", "", "", "B"),
        ],
        [
            (
                "The fare for a single journey on the Lahore Metro Bus will rise from Rs. 30 to Rs. 40 from Monday, June 22, the Punjab Masstransit Authority announced on Wednesday.",
                "Punjab Masstransit Authority",
                "announced",
                "W",
            ),
        ],
        [
            ("What has changed?", "", "", ""),
        ],
        [
            (
                "The flat fare applies to any trip on the 27-kilometre route between Shahdara and Gajju Matta, according to a notification issued by the provincial transport department.",
                "a notification issued by the provincial transport department",
                "according to",
                "W",
            ),
            (
                "Students with a valid card from a registered school, college or university will pay Rs. 25, and children under 3 ft. tall will continue to travel free, the notification said.",
                "the notification",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sadaf Mahmood Niazi, a spokesperson for the authority, told Dastak the service carried an average of 182,000 passengers a day in May.",
                "Sadaf Mahmood Niazi",
                "told Dastak",
                "W",
            ),
            (
                "She said the government paid a subsidy of Rs. 4.2 billion on the route last year, and the new fare would reduce that by about Rs. 1.4 billion.",
                "Sadaf Mahmood Niazi",
                "said",
                "W",
            ),
        ],
        [
            ("Follow Dastak on WhatsApp for live updates on the budget.", "", "", "B"),
        ],
        [
            ("Why now?", "", "", ""),
        ],
        [
            (
                '"The fare was set at Rs. 30 in 2019, when diesel cost Rs. 113 a litre.',
                "Sadaf Mahmood Niazi",
                "said",
                "W",
            ),
            ('Today it is over Rs. 270," Niazi said.', "Sadaf Mahmood Niazi", "said", "W"),
            (
                '"Nobody wants to raise fares, but the alternative was fewer buses."',
                "Sadaf Mahmood Niazi",
                "said",
                "",
            ),
        ],
        [
            (
                "The authority's fleet has shrunk from 64 buses in 2019 to 51 this year because spare parts for older buses could not be imported in time, it said in a report to the provincial assembly in March.",
                "Punjab Masstransit Authority",
                "said in a report",
                "W",
            ),
        ],
        [
            ("What do riders say?", "", "", ""),
        ],
        [
            (
                "Hamza Iftikhar Bhatti, a 20-year-old student who travels from Shahdara to Kalma Chowk, said he rode the bus twice a day, six days a week.",
                "Hamza Iftikhar Bhatti",
                "said",
                "W",
            ),
            (
                '"For me the student card helps, but my mother takes the same bus to work and for her it is Rs. 480 a month extra.',
                "Hamza Iftikhar Bhatti",
                "said",
                "",
            ),
            (
                'That is a lot when everything else is also going up," he said.',
                "Hamza Iftikhar Bhatti",
                "said",
                "",
            ),
        ],
        [
            (
                'Dr. Ayesha Khokhar, who researches urban transport at the Lahore University of Management Sciences, said the increase was "modest" compared with the rise in costs.',
                "Ayesha Khokhar",
                "said",
                "",
            ),
            (
                '"Even at Rs. 40, a Metro trip is cheaper than a rickshaw ride of two kilometres," she said.',
                "Ayesha Khokhar",
                "said",
                "W",
            ),
            (
                "She said the government should use the savings to buy new buses rather than move the money to other projects.",
                "Ayesha Khokhar",
                "said",
                "",
            ),
        ],
        [
            ("ALSO ON DASTAK: Why Karachi's Red Line BRT is two years late", "", "", "B"),
        ],
        [
            ("Is the Orange Line fare also going up?", "", "", ""),
        ],
        [
            (
                "No, Niazi said: the Orange Line metro train fare will remain at Rs. 40 for now.",
                "Sadaf Mahmood Niazi",
                "said",
                "W",
            ),
            (
                "She did not rule out a review later in the year.",
                "Sadaf Mahmood Niazi",
                "did not rule out",
                "",
            ),
        ],
        [
            (
                "Riders can recharge their cards at any station counter or through the authority's app, which was updated on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Dastak is reader-funded.", "", "", "B"),
            ("Become a member from Rs. 500 a month.", "", "", "B"),
        ],
        [
            ("Tags: Lahore, Metro Bus, transport, inflation, Punjab", "", "", "B"),
        ],
        [
            ("TOP STORIES", "", "", "B"),
        ],
        [
            ("Heatwave: PMD warns of 47°C in south Punjab this weekend", "", "", "B"),
        ],
        [
            ("Wheat support price unchanged at Rs. 3,500 per maund", "", "", "B"),
        ],
        [
            ("Explained: How the new property tax slabs work", "", "", "B"),
        ],
        [
            ("© 2026 Dastak Media (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE HARBOUR BELL", "", "", "B"),
        ],
        [
            (
                "Halifax's morning newsletter · Wednesday, March 25, 2026 · Issue No. 412",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Weather: 3°C, rain clearing by noon, high of 7°C", "", "", "B"),
        ],
        [
            (
                "In today's edition: Budget passes · Ferry back to full service · Your letters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Good morning, Halifax.", "", "", ""),
            ("Council stayed up late so you didn't have to.", "", "", ""),
        ],
        [
            ("Today's newsletter is supported by Halyard Credit Union.", "", "", "B"),
            ("Banking that stays in Nova Scotia.", "", "", "B"),
        ],
        [
            ("THE BIG STORY", "", "", "B"),
        ],
        [
            ("Budget passes: your tax bill is going up $212", "", "", "W"),
        ],
        [
            (
                "Halifax Regional Council approved the municipality's 2026-27 budget just after 10:30 p.m. Tuesday by a vote of 13-4.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The average residential tax bill will rise 5.9 per cent, or $212, to $3,806 this year, according to municipal staff.",
                "municipal staff",
                "according to",
                "W",
            ),
            ("That's based on an average single-family home assessed at $372,400.", "", "", "W"),
        ],
        [
            (
                "The $1.24-billion operating budget includes money for 38 new transit buses, 12 more firefighters and a second crew for the municipal pothole program.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Transit fares will also rise by 25 cents, to $3, from Aug. 1.", "", "", "W"),
            (
                "Chief financial officer Arun Mehra-Collins told council that wage settlements and higher debt payments accounted for about two-thirds of the increase.",
                "Arun Mehra-Collins",
                "told council",
                "W",
            ),
        ],
        [
            ("\"We're not adding a lot of new things.", "Arun Mehra-Collins", "said", ""),
            (
                'Most of this is the cost of doing what we already do," he said.',
                "Arun Mehra-Collins",
                "said",
                "W",
            ),
        ],
        [
            (
                'Mayor Gordon Tremblay-Saulnier said nobody on council "enjoys this vote," but the city could not keep putting off bus and road repairs.',
                "Gordon Tremblay-Saulnier",
                "said",
                "",
            ),
            (
                "He noted that council had cut the proposed increase from 7.2 per cent in February by delaying two recreation centre projects.",
                "Gordon Tremblay-Saulnier",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coun. Bethany Slaunwhite, who voted against, said the increase was the largest in at least 20 years.",
                "Bethany Slaunwhite",
                "said",
                "W",
            ),
            (
                '"People in my district are choosing between groceries and the power bill.',
                "Bethany Slaunwhite",
                "said",
                "",
            ),
            (
                "I couldn't look them in the eye and vote for this,\" she said.",
                "Bethany Slaunwhite",
                "said",
                "",
            ),
        ],
        [
            (
                "Walter Strelec, a retired teacher from Clayton Park, told council during the public comment period that his tax bill had gone up $640 in three years.",
                "Walter Strelec",
                "told council",
                "W",
            ),
        ],
        [
            (
                "About 60 people watched from the gallery, and 19 spoke during the public comment period earlier in the evening.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("My take: the bus money is the part to watch.", "", "", ""),
            (
                "If those 38 buses actually show up by next winter, a lot of the grumbling will fade.",
                "",
                "",
                "",
            ),
            ("If they don't, expect to hear about it at budget time next year.", "", "", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            (
                "The Halifax-Dartmouth ferry is back to a 15-minute service at peak times after the second of its three boats returned from a refit on Monday, Halifax Transit said.",
                "Halifax Transit",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Halifax Public Libraries' Central Library will open at 9 a.m. instead of 10 a.m. on weekdays starting April 6.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("YOUR LETTERS", "", "", "B"),
        ],
        [
            (
                'Marjolaine in Spryfield writes: "Thank you for covering the ferry.',
                "Marjolaine",
                "writes",
                "",
            ),
            (
                'I take it every day and I had no idea the refit would take five months."',
                "Marjolaine",
                "writes",
                "",
            ),
        ],
        [
            ("That's it for today.", "", "", "B"),
            ("See you tomorrow.", "", "", "B"),
        ],
        [
            ("– Priya Ragbeer-Doyle", "", "", "B"),
        ],
        [
            ("Got a tip or a question?", "", "", "B"),
            ("Reply to this email.", "", "", "B"),
        ],
        [
            ("Forwarded this email?", "", "", "B"),
            ("Subscribe here.", "", "", "B"),
        ],
        [
            ("You're receiving this because you signed up at harbourbell.ca.", "", "", "B"),
        ],
        [
            ("Unsubscribe · Update your preferences", "", "", "B"),
        ],
        [
            ("Harbour Bell Media Inc., PO Box 3140, Halifax, NS", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Harbour Bell Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Edición en español | English edition", "", "", "B"),
        ],
        [
            ("LA VOZ DE LA COSTA · ENGLISH", "", "", "B"),
        ],
        [
            (
                "Málaga  Costa del Sol  Axarquía  Gibraltar  Property  Lifestyle  Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe: your first month for €1", "", "", "B"),
        ],
        [
            ("Axarquía", "", "", "B"),
        ],
        [
            (
                "Water restrictions eased in the Axarquía as La Viñuela reservoir reaches 38%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Households will be allowed 200 litres per person a day from 1 June, and private pools can be filled again from mid-June",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Francisco J. Carbonell", "", "", "B"),
        ],
        [
            ("Vélez-Málaga", "", "", "B"),
        ],
        [
            ("Wednesday, 20 May 2026, 13:05", "", "", "B"),
        ],
        [
            (
                "La Viñuela reservoir earlier this month, with water back up to the old boat ramp.",
                "",
                "",
                "",
            ),
            ("E. Pedregosa", "", "", "B"),
        ],
        [
            (
                "The Junta de Andalucía has eased the water restrictions in force in 14 towns in the Axarquía since September 2023, after heavy spring rain raised the level of La Viñuela reservoir to 38% of its capacity.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The reservoir held 62.4 cubic hectometres (hm3) on Monday, against 17.9 hm3 a year earlier, according to the regional water authority's weekly bulletin.",
                "the regional water authority's weekly bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The 14 towns have a combined population of about 210,000, which rises to more than 300,000 in summer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "From 1 June the daily limit for domestic supply rises from 160 to 200 litres per person, and the ban on filling private swimming pools will be lifted on 15 June.",
                "",
                "",
                "W",
            ),
            (
                "Irrigation allocations for farmers will go up from 1,500 to 2,800 cubic metres per hectare a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“This is good news, but it is not the end of the drought,” the Junta's delegate in Málaga, Encarnación Villodres Pardo, told reporters in Vélez-Málaga on Tuesday.",
                "Encarnación Villodres Pardo",
                "told reporters",
                "",
            ),
            (
                "“We are still well below half of capacity.",
                "Encarnación Villodres Pardo",
                "told reporters",
                "W",
            ),
            (
                "One wet spring does not make up for four dry years.”",
                "Encarnación Villodres Pardo",
                "told reporters",
                "",
            ),
            (
                "She said the ban on washing cars with a hose and on watering gardens between 10 a.m. and 8 p.m. would stay in force until at least 30 September.",
                "Encarnación Villodres Pardo",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "La Viñuela, the largest reservoir in Málaga province, fell to a record low of 9.6% of capacity in February 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The mayor of Vélez-Málaga, Jesús Lupiáñez Ortega, said the town had spent €3.1 million on water tankers and emergency wells since 2023.",
                "Jesús Lupiáñez Ortega",
                "said",
                "W",
            ),
            ("“People here have been very patient.", "Jesús Lupiáñez Ortega", "said", ""),
            (
                "Some neighbourhoods had water for only a few hours a night last summer,” he said.",
                "Jesús Lupiáñez Ortega",
                "said",
                "",
            ),
        ],
        [
            ("Related: Nerja beaches to get 12 new lifeguard towers this summer", "", "", "B"),
        ],
        [
            (
                "In Periana, avocado grower Miguel Ángel Recio said he had cut down 600 of his 1,400 trees in 2024 to save water for the rest.",
                "Miguel Ángel Recio",
                "said",
                "W",
            ),
            ("“I'm not going to plant them again.", "Miguel Ángel Recio", "said", ""),
            ("Not here, not with this uncertainty,” he said.", "Miguel Ángel Recio", "said", ""),
        ],
        [
            (
                "Lorna Ainsworth-Pyke, who moved to Frigiliana from Leeds in 2015 and chairs a residents' association there, said many foreign residents had not known about the restrictions because the town's notices were only published in Spanish until last summer.",
                "Lorna Ainsworth-Pyke",
                "said",
                "W",
            ),
        ],
        [
            (
                "Spain's state weather agency, Aemet, has forecast a hotter than average summer for Andalucía.",
                "Aemet",
                "has forecast",
                "",
            ),
        ],
        [
            (
                "Residents can check the rules for their town on the Axarquía water consortium's website.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Don't miss our English edition newsletter, every Friday in your inbox.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "This article was first published in Spanish and has been translated and adapted for our English edition.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Topics: Axarquía · Drought · Water · Vélez-Málaga", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("Report an error", "", "", "B"),
        ],
        [
            ("© Editorial Costa Levante S.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Legal notice · Privacy · Cookie settings", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h91-za-quote-told-ledger",
        "“We know 58 hours is a long time. We are asking people to fill containers before Friday evening and to use water sparingly once it comes back, so the reservoirs can recover,” Johannesburg Water spokesperson Karabo Sefolosha told the Ledger.",
        [
            "“We know 58 hours is a long time.",
            "We are asking people to fill containers before Friday evening and to use water sparingly once it comes back, so the reservoirs can recover,” Johannesburg Water spokesperson Karabo Sefolosha told the Ledger.",
        ],
    ),
    (
        "h91-za-pm-tuesday",
        "Ward 14 councillor Sipho Mathenjwa said residents in his ward had gone without water for a total of nine days since October, counting the two earlier shutdowns and a burst pipe in January. He said the notice for Friday's shutdown was first posted on the utility's social media pages at 3.40pm on Tuesday.",
        [
            "Ward 14 councillor Sipho Mathenjwa said residents in his ward had gone without water for a total of nine days since October, counting the two earlier shutdowns and a burst pipe in January.",
            "He said the notice for Friday's shutdown was first posted on the utility's social media pages at 3.40pm on Tuesday.",
        ],
    ),
    (
        "h91-za-drums-then-quote",
        "In Protea Glen, Gladys Maseko-Nthite, 67, said she had bought six 25-litre drums after the March outage. “I'm not waiting for the tanker again. Last time it came at 11 at night and it was empty before midnight,” she said.",
        [
            "In Protea Glen, Gladys Maseko-Nthite, 67, said she had bought six 25-litre drums after the March outage.",
            "“I'm not waiting for the tanker again.",
            "Last time it came at 11 at night and it was empty before midnight,” she said.",
        ],
    ),
    (
        "h91-za-pty-ltd",
        "© 2026 Union Ledger Media (Pty) Ltd. All rights reserved.",
        ["© 2026 Union Ledger Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "h91-wl-colon-quote",
        "Town mayor Cllr Heledd Pugh-Morgan said: “It's not a glamorous thing to spend money on. But if you've got a coach party stopping here, or someone with a medical condition, the first thing they look for is a toilet.”",
        [
            "Town mayor Cllr Heledd Pugh-Morgan said: “It's not a glamorous thing to spend money on.",
            "But if you've got a coach party stopping here, or someone with a medical condition, the first thing they look for is a toilet.”",
        ],
    ),
    (
        "h91-wl-clerk-pence",
        "Town clerk Meirion Tudur-Hayes said the rise would add £11.83 a year, or about 23p a week, to a Band D bill. He said the blocks on Market Square and at the castle car park cost £11,200 a year to clean, stock and maintain, and that the county council would hand them over on April 1 with a one-off grant of £4,000.",
        [
            "Town clerk Meirion Tudur-Hayes said the rise would add £11.83 a year, or about 23p a week, to a Band D bill.",
            "He said the blocks on Market Square and at the castle car park cost £11,200 a year to clean, stock and maintain, and that the county council would hand them over on April 1 with a one-off grant of £4,000.",
        ],
    ),
    (
        "h91-wl-february-25",
        "The precept will be collected by Carmarthenshire County Council with its own council tax bills, which go out in March. The county council will set its own rise at a full council meeting on February 25.",
        [
            "The precept will be collected by Carmarthenshire County Council with its own council tax bills, which go out in March.",
            "The county council will set its own rise at a full council meeting on February 25.",
        ],
    ),
    (
        "h91-nz-no-2-reservoir",
        "Waimakariri District Council said the bacteria was first detected at a sampling point on Main Street, and a second sample taken from the No. 2 reservoir on Tuesday morning also tested positive. The notice covers about 2400 people on the urban supply and 310 rural properties connected to the same scheme, it said.",
        [
            "Waimakariri District Council said the bacteria was first detected at a sampling point on Main Street, and a second sample taken from the No. 2 reservoir on Tuesday morning also tested positive.",
            "The notice covers about 2400 people on the urban supply and 310 rural properties connected to the same scheme, it said.",
        ],
    ),
    (
        "h91-nz-dr-advice",
        "Health New Zealand's medical officer of health for Canterbury, Dr Annelise Brouwerhaven, said no cases of gastrointestinal illness linked to the water had been reported by Wednesday morning. She said anyone with diarrhoea or vomiting should call Healthline or their GP, and that water should be brought to a rolling boil for one minute and cooled before it was used for drinking, brushing teeth or preparing food. Baby formula should be made only with boiled water, she said.",
        [
            "Health New Zealand's medical officer of health for Canterbury, Dr Annelise Brouwerhaven, said no cases of gastrointestinal illness linked to the water had been reported by Wednesday morning.",
            "She said anyone with diarrhoea or vomiting should call Healthline or their GP, and that water should be brought to a rolling boil for one minute and cooled before it was used for drinking, brushing teeth or preparing food.",
            "Baby formula should be made only with boiled water, she said.",
        ],
    ),
    (
        "h91-nz-question-probably",
        '"Could we have been faster? Probably. We\'ll look at that," she said.',
        ['"Could we have been faster?', "Probably.", "We'll look at that,\" she said."],
    ),
    (
        "h91-my-pm-they",
        "Benchmark palm oil futures for July delivery on Bursa Malaysia Derivatives rose 1.3% to 4,182 ringgit ($987.50) a tonne by the midday break, after the data was released at 12.30 p.m. They had fallen 2.1% in the previous two sessions.",
        [
            "Benchmark palm oil futures for July delivery on Bursa Malaysia Derivatives rose 1.3% to 4,182 ringgit ($987.50) a tonne by the midday break, after the data was released at 12.30 p.m.",
            "They had fallen 2.1% in the previous two sessions.",
        ],
    ),
    (
        "h91-my-sdn-bhd-she",
        '"The numbers are bullish on paper, but the market had already priced in a good part of the export strength," said Nurul Aisyah binti Mohd Sabri, plantation analyst at Seri Gemilang Securities Sdn. Bhd. in Kuala Lumpur. She said stocks were likely to start rising again from June, when output usually picks up.',
        [
            '"The numbers are bullish on paper, but the market had already priced in a good part of the export strength," said Nurul Aisyah binti Mohd Sabri, plantation analyst at Seri Gemilang Securities Sdn. Bhd. in Kuala Lumpur.',
            "She said stocks were likely to start rising again from June, when output usually picks up.",
        ],
    ),
    (
        "h91-my-pte-ltd-quote",
        '"Indian buyers came back because our oil was cheaper than soyoil for most of April. That gap has almost closed now," said Tan Wei Loon, a dealer at Selangau Commodities Pte Ltd in Singapore.',
        [
            '"Indian buyers came back because our oil was cheaper than soyoil for most of April.',
            'That gap has almost closed now," said Tan Wei Loon, a dealer at Selangau Commodities Pte Ltd in Singapore.',
        ],
    ),
    (
        "h91-en-says-pointing",
        "“That's a hedgehog,” she says, pointing to a five-toed print no bigger than a thumbnail. “The first one on this farm since 2022.”",
        [
            "“That's a hedgehog,” she says, pointing to a five-toed print no bigger than a thumbnail.",
            "“The first one on this farm since 2022.”",
        ],
    ),
    (
        "h91-en-milk-advice",
        "“People think they're helping by leaving out milk. Please don't,” she says. “Water and meaty cat food, that's it.”",
        [
            "“People think they're helping by leaving out milk.",
            "Please don't,” she says.",
            "“Water and meaty cat food, that's it.”",
        ],
    ),
    (
        "h91-en-report-says",
        "The survey's latest report, published on 2 June by the Hedgerow Mammals Trust, estimates that hedgehogs were found at 31% fewer rural sites in 2025 than in 2015. In towns and suburbs the share of sites with hedgehogs barely moved, at 58% against 60% a decade earlier, the report says. The findings are based on 14,300 tunnel checks at 2,760 sites in England and Wales.",
        [
            "The survey's latest report, published on 2 June by the Hedgerow Mammals Trust, estimates that hedgehogs were found at 31% fewer rural sites in 2025 than in 2015.",
            "In towns and suburbs the share of sites with hedgehogs barely moved, at 58% against 60% a decade earlier, the report says.",
            "The findings are based on 14,300 tunnel checks at 2,760 sites in England and Wales.",
        ],
    ),
    (
        "h91-ng-ltd-comma-quote",
        "Chiamaka Chukwudera, head of equity research at Lagoon Trust Securities Ltd., said the results were about ₦3 billion above her team's forecast. \"The question for the second half is whether they can keep raising prices without losing more volume. I don't think they can push much further,\" she said.",
        [
            "Chiamaka Chukwudera, head of equity research at Lagoon Trust Securities Ltd., said the results were about ₦3 billion above her team's forecast.",
            '"The question for the second half is whether they can keep raising prices without losing more volume.',
            "I don't think they can push much further,\" she said.",
        ],
    ),
    (
        "h91-ng-filing-decimals",
        "Revenue climbed 38% to ₦412.6 billion from ₦299 billion a year earlier, while volumes fell 3% to 4.1 million tonnes, the filing showed. Energy costs, mostly gas and diesel for its two kilns, rose 71% to ₦118.4 billion.",
        [
            "Revenue climbed 38% to ₦412.6 billion from ₦299 billion a year earlier, while volumes fell 3% to 4.1 million tonnes, the filing showed.",
            "Energy costs, mostly gas and diesel for its two kilns, rose 71% to ₦118.4 billion.",
        ],
    ),
    (
        "h91-au-blunt-quote",
        'Rovers coach Damien Kretschmann was blunt. "We went to sleep for 20 minutes and got punished. Simple as that," Kretschmann said.',
        [
            "Rovers coach Damien Kretschmann was blunt.",
            '"We went to sleep for 20 minutes and got punished.',
            'Simple as that," Kretschmann said.',
        ],
    ),
    (
        "h91-au-bet-responsibly",
        "18+ only. Odds supplied by our betting partner. Bet responsibly.",
        ["18+ only.", "Odds supplied by our betting partner.", "Bet responsibly."],
    ),
    (
        "h91-ie-colon-three",
        "Speaking after the meeting, the Cathaoirleach of Kilkenny County Council, Cllr Fionnuala Ní Mhuircheartaigh, said: “These are the first changes to our parking charges in seven years. Every euro raised from parking is reinvested in the city's streets, footpaths and public spaces. We have listened carefully to local businesses, and I believe the longer maximum stay will bring more people into the city centre for longer.”",
        [
            "Speaking after the meeting, the Cathaoirleach of Kilkenny County Council, Cllr Fionnuala Ní Mhuircheartaigh, said: “These are the first changes to our parking charges in seven years.",
            "Every euro raised from parking is reinvested in the city's streets, footpaths and public spaces.",
            "We have listened carefully to local businesses, and I believe the longer maximum stay will bring more people into the city centre for longer.”",
        ],
    ),
    (
        "h91-ie-am-only",
        "The bye-laws also create 24 new loading bays in the city centre, for use by delivery vehicles between 7 a.m. and 11 a.m. only. New signage showing the revised charges will be installed at all pay and display machines before 2 June.",
        [
            "The bye-laws also create 24 new loading bays in the city centre, for use by delivery vehicles between 7 a.m. and 11 a.m. only.",
            "New signage showing the revised charges will be installed at all pay and display machines before 2 June.",
        ],
    ),
    (
        "h91-us-ave-am-chief",
        "Crews were called to the Maple Court apartments in the 1800 block of E. Grand Ave. at 3:17 a.m. and found heavy smoke coming from a second-floor unit, the department said. Battalion Chief Renee Stalzer-Grady said all residents got out on their own and one firefighter was treated at the scene for heat exhaustion.",
        [
            "Crews were called to the Maple Court apartments in the 1800 block of E. Grand Ave. at 3:17 a.m. and found heavy smoke coming from a second-floor unit, the department said.",
            "Battalion Chief Renee Stalzer-Grady said all residents got out on their own and one firefighter was treated at the scene for heat exhaustion.",
        ],
    ),
    (
        "h91-us-am-cause-records",
        "She said the fire was under control by 4:05 a.m. and damage to the building was estimated at $410,000. The cause remains under investigation. It was the fourth apartment fire in Des Moines this month, according to department records. Investigators do not believe the fire is suspicious, Stalzer-Grady said.",
        [
            "She said the fire was under control by 4:05 a.m. and damage to the building was estimated at $410,000.",
            "The cause remains under investigation.",
            "It was the fourth apartment fire in Des Moines this month, according to department records.",
            "Investigators do not believe the fire is suspicious, Stalzer-Grady said.",
        ],
    ),
    (
        "h91-us-typo-question",
        "See a spelling or grammar error in our story? Click here to report it.",
        ["See a spelling or grammar error in our story?", "Click here to report it."],
    ),
    (
        "h91-pk-rs-ft",
        "The flat fare applies to any trip on the 27-kilometre route between Shahdara and Gajju Matta, according to a notification issued by the provincial transport department. Students with a valid card from a registered school, college or university will pay Rs. 25, and children under 3 ft. tall will continue to travel free, the notification said.",
        [
            "The flat fare applies to any trip on the 27-kilometre route between Shahdara and Gajju Matta, according to a notification issued by the provincial transport department.",
            "Students with a valid card from a registered school, college or university will pay Rs. 25, and children under 3 ft. tall will continue to travel free, the notification said.",
        ],
    ),
    (
        "h91-pk-dr-rs-quote",
        'Dr. Ayesha Khokhar, who researches urban transport at the Lahore University of Management Sciences, said the increase was "modest" compared with the rise in costs. "Even at Rs. 40, a Metro trip is cheaper than a rickshaw ride of two kilometres," she said. She said the government should use the savings to buy new buses rather than move the money to other projects.',
        [
            'Dr. Ayesha Khokhar, who researches urban transport at the Lahore University of Management Sciences, said the increase was "modest" compared with the rise in costs.',
            '"Even at Rs. 40, a Metro trip is cheaper than a rickshaw ride of two kilometres," she said.',
            "She said the government should use the savings to buy new buses rather than move the money to other projects.",
        ],
    ),
    (
        "h91-ca-aug-chief",
        "Transit fares will also rise by 25 cents, to $3, from Aug. 1. Chief financial officer Arun Mehra-Collins told council that wage settlements and higher debt payments accounted for about two-thirds of the increase.",
        [
            "Transit fares will also rise by 25 cents, to $3, from Aug. 1.",
            "Chief financial officer Arun Mehra-Collins told council that wage settlements and higher debt payments accounted for about two-thirds of the increase.",
        ],
    ),
    (
        "h91-ca-coun-quote",
        'Coun. Bethany Slaunwhite, who voted against, said the increase was the largest in at least 20 years. "People in my district are choosing between groceries and the power bill. I couldn\'t look them in the eye and vote for this," she said.',
        [
            "Coun. Bethany Slaunwhite, who voted against, said the increase was the largest in at least 20 years.",
            '"People in my district are choosing between groceries and the power bill.',
            "I couldn't look them in the eye and vote for this,\" she said.",
        ],
    ),
    (
        "h91-es-am-pm-quote",
        "“We are still well below half of capacity. One wet spring does not make up for four dry years.” She said the ban on washing cars with a hose and on watering gardens between 10 a.m. and 8 p.m. would stay in force until at least 30 September.",
        [
            "“We are still well below half of capacity.",
            "One wet spring does not make up for four dry years.”",
            "She said the ban on washing cars with a hose and on watering gardens between 10 a.m. and 8 p.m. would stay in force until at least 30 September.",
        ],
    ),
]
