"""Hundred-and-twenty-first set of new hand-labelled pages for the hint engines (tuning set, round forty-eight):
twelve WHOLE pages, head to tail, from twelve kinds of site the sets are thin on, each site wording
its own FURNITURE its own way, and each set in a different country: a broadcaster's web page with
video and "Watch:" inserts (Canada, a wildfire evacuation in Saskatchewan), a magazine's long read
(India, the last shift at a handloom cooperative in Tamil Nadu), a government press office page
(Ghana, a closed fishing season), a university newsroom (Australia, kelp loss off Tasmania), a
trade union site (Ireland, a strike ballot of home care workers), a sports league site (Kenya, a
club docked four points over unpaid wages), a regional TV station (the United States, a boil
advisory in Ohio), a newsletter platform post (South Africa, an electricity tariff in the Eastern
Cape), a news aggregator's page (the Philippines, a jeepney fare increase), a charity's news page
(Fiji, a cyclone response on Vanua Levu), a district council's news page (New Zealand, a pool
closed for a roof replacement) and a tabloid's page (England, a seafront ice cream pitch lottery).

What is hard is telling furniture from story when both are short lines. Furniture comes at the
head (tickers, weather banners, DONATE strips, join/login strips, mastheads, menus, breadcrumbs,
labels such as PRESS RELEASE, MEDIA RELEASE, EXCLUSIVE and "Full coverage:", bylines, Posted /
Published / Updated lines, reading-time and "Listen to this story" lines, video labels with running
times), in the MIDDLE (recommended videos and "Up next", "Watch:" inserts, polls with their options,
Vote buttons and vote counts, a quiz promo, numbered "Most read" and "MOST POPULAR" lists, podcast,
app, course, newsletter and subscription promos, "READ MORE |", "Know your rights:", "From the
archive:", "Last week in the Ledger:" and "Don't miss..." lines, a pull quote, a downloads line, a
photo-gallery line, a standings title and header row, Sponsored blocks, a donation ask, "Have your
say" and JOIN TODAY boxes) and at the tail (-ENDS-, signatory blocks, media contacts, tags, related
lists, aggregator source and feedback lines, "Was this page helpful?", acknowledgements, funding and
registration notes, copyright, footers). Real story lines look like furniture: one-line scene
sentences ("The sound goes first."), subheadings, evacuation centres, highway closures, street
lists, lettered prohibitions, ballot results ("Yes: 1,412 (91%)"), strike dates, findings and
sanctions, committee members with roles ("Chair: ...", "Member: ..."), inventories, key findings,
study sites, bills worked through line by line, fare lines, kit deliveries, schedules, key dates and
"The rules at a glance". The pages hold 537 sentences: 261 "B", 136 "W" and 140 ""; 136 sentences
carry a speaker (66 distinct speakers). `STYLES` describes each page, its story, its speakers and
its furniture in order.

Written from scratch for issue 13 in round forty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README was opened; `claimreview` was never imported, and no test,
scorer, engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied
from anywhere. What was read: the brief (`/tmp/brief` was listed once and its task list
printed); the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (its
source segment printed by an `ast` script of my own, that function only); the `[tool.ruff]` tables
of `pyproject.toml` (a `sed` range from `[tool.ruff` to the next other table); and, from
`labelled_new119.py` and `labelled_new120.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each. It was printed once (the tool cut its middle, so that the start of the docstring of
`labelled_new119.py`, and the end of the first page, the second page and the cases of
`labelled_new120.py` were seen), then saved to a scratch file, of which `grep -n` showed the section
markers and `sed` showed two ranges: the rest of the docstring and the `STYLES` of
`labelled_new119.py` (lines cut at 2,500 characters) and the docstring and `STYLES` of
`labelled_new120.py` (lines cut at 1,800 characters; the tool cut about twenty lines from the
middle of that docstring); so the pages and cases of `labelled_new119.py` and most of the first page
of `labelled_new120.py` were never seen. No other page, case or docstring of any file under `tests/`
was read. What was run: a Python one-liner printing the calendars of May to October 2027 (to check
weekdays); scripts of my own in a scratch folder that turn a small line format (flag, speaker, cue
and text separated by a bar, one line a sentence, "+" for a sentence in the same paragraph, case
marks naming a first sentence and a length) into the literals below, apply renames and cut the
split cases out of the pages; substring, case-insensitive per-word file counts (`grep -rliF -- WORD
/work/main/tests/text | wc -l`) for every capitalised word of three letters or more and every part
of a hyphenated word of the pages (726 words) and for every candidate replacement; an import of
this file with `labelled_articles.build` on every page and a check of four string fields, the flags,
the text at each label's offsets, no "B" with a speaker, a cue for every speaker and a speaker for
every cue, 30 distinct case ids, every case text in a built page and equal to its sentences joined
by single spaces, each expected sentence one labelled sentence of one paragraph, in order, and the
counts above; and `ruff format` and `ruff check` (the project's `.venv`) with the project's
`pyproject.toml` as config, the check through `--stdin-filename tests/text/labelled_new121.py` so
that the per-file ignores for `tests/**` apply. Only counts were read from the word searches, never
the matched lines or file names. Of the first draft's coined words, about fifty hit other files and
were renamed: surnames and parts of hyphenated surnames (Arkwell, Ashdown, Pell, Chelangat,
Dlangamandla, Dowdican, Vakasilimi, Hallowfield, Holloran, Kamathe, Larbi, Quaynor, Malabanan,
Oduya, Raghavendran, Sayoc, Sewap, Tanekaha, Tremlow, Varrow, Vorsterman, Ellerby), places, streets
and venues (Ashgrove, Fenmarsh, Fenwick, Riverbend, Westgrove, Gorrell, Kessler, Lindquist, Pelton,
Harewood), outlets, firms, teams and bodies (CVR, Riverline, Tideline, Kelvale,
Crossfell, Savannah Hoops League and SHL, Ndovu, Sunbirds, Balita Ngayon, Tanglaw, Dagitab,
Samahang Tsuper Kapatiran) and a cyclone's name (Ravai); the replacements that hit as well
(Quarrendon, Brindlecombe, Tarrowby, Kislapan, Quillet, Kettlewood, Selwick, Mabberley, Tembeza,
Kilima, Brummitt, Wexcombe, Dumalagan, Harlow, Kaskitew, Pettigrove, Stallabrass, Stennett, Klaxon)
were dropped for others; only replacements with no hit were kept. Two real street names (Tancred
and Waimanu, found by me, not by a count) were replaced as well. What still hits is real
countries, regions, cities, towns, rivers and roads (Saskatchewan, Prince Albert, Saskatoon,
Manitoba, Alberta, Tamil Nadu, Salem, Chennai, Ghana, Accra, Elmina, Axim, Volta, Tasmania, Cork,
Limerick, Kerry, Dublin, Galway, Kenya, Nairobi, Nakuru, Mombasa, Kisumu, Thika, Nyeri, Ohio, Dover,
Manila, Luzon, Quezon, Fiji, Vanua Levu, Bua, Cakaudrove, Labasa, Suva, Rolleston, Lincolnshire,
London and the like), common given names kept on purpose (Tamsin, Trevor, Denise, Bryce, Wendell,
Marlene, Meenakshi, Arul, Selvi, Rajan, Kavitha, Ama, Kobina, Efua, Lachlan, Nadia, Colin, Hollis,
Ruby, Siobhán, Gráinne, Darragh, Wanjiru, Otieno, Mercy, Bernard, Alyssa, Russ, Tammy, Lindiwe,
Themba, Nomvula, Pieter, Teodoro, Perlita, Jomar, Mereani, Eroni, Sailosi, Wiremu, Renata, Pania,
Kerry, Gaz, Dean, Mick, Pat), tokens and acronyms of real bodies (LTFRB, PWDs, KSh, EDT, CST, EEO,
FCC, IPSO, ABN, CRICOS, PDF) and ordinary and outlet words (Ledger, Blaze, Hawks, Comets, Weavers,
Reefs, Basketball, Alliance, Prairie, Broadcasting, Network, Livelihoods and the like).

Every person, outlet, broadcaster, station, magazine, newsletter, aggregator, ministry, university,
institute, guild, union, company, league, team, association, club, charity, council, cooperative,
village, town, street, venue, reef, cyclone and figure is invented. Real countries, regions, cities
and institutions appear only as settings: those listed above, the Saskatchewan Public Safety Agency
and Health Authority (invented figures), a Ghanaian Fisheries Commission and Fisheries Regulations,
the Workplace Relations Commission (invented talks), the Australian Research Council (a funding
note), Eskom and Nersa (an invented debt and tariff), the LTFRB (an invented fare order), Fiji's
National Disaster Management Office, Meteorological Service and Ministry of Housing (invented
figures and plans), the FCC and IPSO (footer links), and Facebook, X, LinkedIn, WhatsApp, iOS and
Android (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, ticker, banner, strip, menu, label, byline, date, caption, credit,
promo, poll line, list item, button row, note and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says (a "Watch:" insert whose headline says "mayor
says", a More coverage headline saying "Transport groups say"); a caption by its content and its
credit "B"; headlines and standfirsts never split (a tabloid headline with "!" inside it stays one
sentence) and flagged by content, a standfirst's "says" carrying the body it names; a dateline
belongs to its lead sentence; a speaker is the full name as first given without titles ("Mayor",
"Hon.", "the Minister for ...", "The Chief Fisherman of Elmina, Nana", "Lead author Associate
Professor", "Co-author Dr", "Committee chair", "chief executive", "Utilities director", "Ward 6
councillor", "LTFRB chairman", "the turaga ni koro", "Council facilities manager", "Regular visitor"
dropped); a pronoun, a later surname or a title with a surname resolves to it; a generic noun for
an organisation or a document is kept as written ("the agency", "The spokesperson", "the company",
"The union", "the board", "the notice", "The same report", "its bylaws", "its 2026-27 annual
report", "the health department"), while a later short name resolves to the organisation as first
given ("the LTFRB said" -> "The Land Transportation Franchising and Regulatory Board"); "according
to X" gives X as written; a quote over several sentences carries its speaker and cue in each; a
named person acting without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* A "Watch:" insert, a video label and its running time, a "Now playing" line and a recommended
  video's title are furniture, "B", even when the title states a fact or names a speaker; a video
  caption describing the scene is labelled like a photo caption.
* A pull quote that repeats a line of the story is page furniture, "B", with no speaker; the story's
  own sentence carries the speaker.
* Poll blocks (label, question, options, Vote button, vote count) and quiz, podcast, app, course,
  newsletter and subscription promos are "B" line by line, a promo of two sentences split into two
  "B" sentences.
* Lists inside the story are story, not furniture: lines that state a figure or a rule of record
  (ballot results, findings, sanctions, inventories, key findings, a bill worked through, fares, kit
  deliveries, lettered prohibitions, "The rules at a glance") are "W" without a speaker; addresses,
  closures, streets, schedules, plans, study-site names and committee members with roles are "";
  the list's own lead-in is flagged by content and carries the source it cites ("according to the
  liquidator's inventory:", "according to the province's highway hotline:").
* A league table pasted in the middle of a league's page follows `labelled_new2.py`: its title and
  header row "B", its rows "", its "Full table" link "B".
* A press release's body without a verb of saying carries no speaker; "The Ministry ... wishes to
  inform" carries the ministry with that cue; -ENDS-, SIGNED, the signatory's name and title, and the
  enquiries lines are "B"; a toll-free line inside the release's text is "".
* A newsletter writer's first-person records ("I asked the municipality on 2 July ...") carry no
  speaker and are "W"; "replied by email on 8 July" is an event with no speaker, and the next "He
  wrote" carries the manager.
* An outlet's "can reveal" carries the outlet as written ("the Daily Blaze"); "He did not say when
  ..." carries the person, like "declined to comment".

Check-worthiness as in the recent sets: figures, dates, records, causes, rules and statements of
record by officials and documents are "W"; opinions, feelings, quotes of colour, questions, plans,
promises, schedules and forecasts ("would meet again at 7 a.m. Tuesday", "was not expected before
Thursday", "would appeal", "was due to start work on 18 October") are "".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two to four
consecutive sentences of one paragraph of these pages joined by single spaces: "2:30 p.m." ending a
paragraph, "3 p.m." mid-sentence before two quotes, "7 a.m. Tuesday." and "by 7 a.m." before a
quote or "She said", a quote split inside one pair of quotation marks, a two-sentence quote with no
attribution, "?” she said." as one sentence, "“What can we do?”" ending a paragraph, "Pvt. Ltd.",
"Ltd." and "(No. 1190042)." before the next legal line, "CRICOS Provider Code 09132K." and "ABN ..."
in a registration paragraph, "wishes to inform" before a trawlers' season, "Hon." and "Associate
Professor" mid-sentence, a finding before its journal line, "24c" and "51.82c." ending a sentence,
"17 August." after "said on Wednesday.", "!" ending a promo's first sentence, a two-sentence app
promo and "Have your say" box, a Published/Updated line in two sentences, "Oct. 18." before "Fares",
"said in a notice" and "the notice said" before the writer's sum, a first-person record before "replied
by email", "said: “..." over two sentences and two one-line tabloid sentences: what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian BROADCASTER\'s web page with video (Saskatchewan), 2,400 ordered out of a northern town as a wildfire jumps a highway: masthead, menu with pipes, section path with ›; headline "W" and standfirst "W"; byline with the outlet after a middle dot, a Posted/Last Updated line; a video label with its running time "B", a scene caption "" and credit; lead with "the province\'s public safety agency said" kept as written and "the agency said in a bulletin" with "2:30 p.m." ending the paragraph "W"; a list of evacuation centres (data lines "", "Ave." ending a line); the mayor ("3 p.m." mid-sentence "W", quotes ""); a "Watch:" insert whose headline says "mayor says" and its running time "B"; an agency spokesperson (growth and crews "W", a forecast and a quote ""); a RECOMMENDED VIDEOS block with a title, a running time and Up next "B"; highway closures "according to the province\'s highway hotline" "W" and two closure lines ""; an evacuee named after his quote "" and his queue "W"; ADVERTISEMENT; the health authority "W"; READ MORE line; "according to a notice to pilots" "W"; the emergency committee chair ("7 a.m. Tuesday." ending a sentence, quotes ""); the next update ""; related list, copyright, footer links',
    'Indian MAGAZINE LONG READ (Tamil Nadu), the last shift at a 71-year-old handloom cooperative: masthead in capitals, menu with pipes, a section kicker; a headline with no claim "" and a one-sentence standfirst "W"; writer and photographer credits, an issue and reading-time line, a "Listen to this story" line "B"; a caption with a date "W" and its credit; short story lines that look like furniture ("The sound goes first." "", subheading "The last shift" ""); a weaver named after her quote "" and its continuation; "according to its bylaws" and "The cooperative\'s audited accounts show" "W"; the president (a cause with a year "W", a quote split over two sentences inside one pair of quotation marks, the record "W" and the opinion ""); a pull quote repeating the weaver\'s words "B"; a "From the archive:" line, Advertisement and a podcast promo "B"; "according to the liquidator\'s inventory" and three inventory lines "W"; the state department\'s unnamed spokesperson "W" and "The spokesperson said" kept as written ""; a labour economist ("W", quotes ""); a subscription promo "B"; the weaver\'s last sari (a scene "", a sale "W"), "?” she said." as one sentence; an issue note, a writer\'s bio, a More long reads list, copyright split at "Pvt. Ltd." before "All rights reserved.", footer links',
    'Ghanaian GOVERNMENT PRESS OFFICE page, a ministry announces the 2027 closed fishing season: republic and ministry mastheads in capitals, menu with pipes, breadcrumb with », PRESS RELEASE and FOR IMMEDIATE RELEASE labels, a place-and-date line "B"; a headline in capitals "W"; "The Ministry ... wishes to inform" carrying the ministry "W" and the trawlers\' season with no speaker "W"; a lettered list of prohibitions ("a.", "b.", "c." opening the lines) "W" and a penalty "W"; a Downloads line "B"; the minister with "Hon." dropped after a long participle clause ("W", "the Minister said" and a quote "", "She said" compliance "W"); a relief distribution and its dated schedule lines ""; the chief fisherman with "The Chief Fisherman of Elmina, Nana" dropped (a pledge "", impounded canoes "W"); a photo gallery line "B"; a toll-free line inside the release ""; -ENDS-, SIGNED, the signatory\'s name and title, enquiry lines, share line, related releases, copyright split before "All Rights Reserved.", footer links',
    'Australian UNIVERSITY NEWSROOM media release (Tasmania), kelp forests shrink by 85 per cent in 14 years: university masthead in capitals, menu, newsroom path with ›, MEDIA RELEASE label; headline "..., study finds" "W"; a Published line; a caption with a place and date "W" and its image credit; "An ... University study has found" carrying the study "W" and the journal line "W"; a "Key findings:" list "W"; the lead author with "Lead author Associate Professor" dropped ("W", quotes "", "He said" a cause "W"); a Video line with its running time "B"; the co-author with "Co-author Dr" dropped ("", a quote with figures "W", ""); a podcast promo and a course promo (two sentences) "B"; a study-sites list ""; a divers\' guild president ("W", a wish ""); "A state government spokesperson" "W"; a funding note, a media contact block on three lines, tags, a related item, an acknowledgement of the Traditional Owners and a registration paragraph in three sentences ("CRICOS Provider Code 09132K." / "ABN 47 184 220 715." / "© 2027 ..."), footer links',
    'Irish TRADE UNION site, home care workers vote 91 per cent for strike action: union masthead in capitals, a join/login strip, menu, news path with ›; headline "W"; a date line and share line; "the union said on Wednesday" "W" and the close of the ballot "W"; result lines ("Yes: 1,412 (91%)", "No: ...", "Turnout: ...") "W"; the divisional organiser ("W", quotes "", "24c" and "51.82c." ending a sentence, "3 March", "she said, and both ended ..." "W"); a "Know your rights:" in-story related line "B"; strike-date lines ""; "The union said" emergency cover ""; a JOIN TODAY box in two sentences and a button "B"; "In a statement, Brightcourt Home Support said" carrying the company as named "W" and "the company said" kept as written ""; a carer ("W", quotes ""); a numbered Most read list "B"; ENDS, a media contact line, a related item, a registration paragraph in two sentences, copyright with footer links',
    'Kenyan SPORTS LEAGUE site, a basketball league docks a club four points and fines it KSh 1.5 million over unpaid wages: a score ticker at the head, league masthead in capitals, menu, news path with ›; headline "W"; a league-media byline with date and read time; caption "" and photo credit; the committee\'s decision with no speaker "W" and its sitting "W"; "The committee\'s findings:" and "Sanctions:" lists "W" under "" labels; the committee chair with "Committee chair" and an apposition dropped ("W", quotes ""); a POLL with question, options and a Vote button "B"; the table position "W"; a STANDINGS title and header row "B", rows "", a Full table link "B"; the club chief executive (a payment "W", an appeal "", a two-sentence quote with no attribution ""); a players\' association secretary general "W"; an app promo in two sentences and LATEST VIDEOS "B"; "Committee members:" with "Chair:" and "Member:" lines ""; the appeal window "W"; footer links and copyright split before "All rights reserved."',
    'United States REGIONAL TV STATION site (Ohio), a boil advisory for 6,800 homes after a water main breaks: a FIRST ALERT WEATHER banner, station masthead, menu, section label; headline "W"; byline, a Published/Updated line in two sentences with "AM EDT"; Watch Live line, Now playing and a video title with its running time "B"; "city officials said" "W"; the utilities director with the title dropped ("2:40 a.m." mid-sentence and "5 a.m." ending a sentence "W", a plan "", a quote with a year and a record "W", "He did not say ..." ""); a streets list ""; an interactive-map line and a numbered MOST POPULAR list "B"; the county health department "W" and "according to the health department" with instruction lines ""; Sponsored block and app promo "B"; a diner owner acting without a verb of saying ("by 7 a.m." ending a sentence, no speaker "") then "She said" "W" and a quote ""; the school district "W"; handout sites with "Ave." ending lines ""; a news-tip line, RELATED, copyright split before "All rights reserved.", footer links',
    'South African NEWSLETTER PLATFORM post (Eastern Cape), what a 14.9% electricity tariff means for a small town\'s households: newsletter name and menu; headline "W" and a subtitle "The municipality says ...; I went through the numbers" carrying the municipality ""; author, date, read time, Share "B"; a greeting ""; "the municipality said in a notice" "W", "the notice said" "W" and the writer\'s own arithmetic ""; a bill worked through in lines ("June bill: R1,184.50" ... ) "W"; a subscribe box in two sentences split at "!" and a button "B"; the writer\'s first-person records ("I asked the municipality on 2 July ..." "W", a reply by email with no speaker "W") and the manager\'s email ("He wrote" "W", quotes ""); a POLL with options and a votes line "B"; "according to its 2026-27 annual report" and "The same report says" "W"; a ward councillor ("", a quote of record "W"); "Two things to watch" lines ""; a "Last week in the Ledger:" line "B"; the ratepayers\' chair ("W", quotes ""); a sign-off in two sentences ""; the platform\'s support line in two sentences, Upgrade button, likes and restacks, Comments, copyright, platform footer',
    'Philippine NEWS AGGREGATOR page, the transport board approves a ₱2 jeepney fare increase: aggregator masthead in capitals, menu, search line, a "Full coverage:" label; the source\'s headline "W"; a source-and-age line and a labels line "B"; a "MANILA —" lead with "(LTFRB)" and "the board said" kept as written "W", "Monday, Oct. 18." ending a sentence "W" and a second "the board said" "W"; fare lines "W"; a read-full-story link, View full coverage, and a More coverage block of outlets, ages and headlines "B" (one headline saying "Transport groups say ..."); a trending line "B"; the board chairman with "LTFRB chairman" dropped ("W", a quote ""); an operators\' group president (a plan "", fuel costs "W"); a video source line and a "Watch:" insert "B"; a commuter named after his quote ("", "W", a question ""); "the LTFRB said" resolved to the board as first given "W"; Source, follow and feedback lines, a Local news list, footer and copyright "B"',
    'Fijian CHARITY\'s news page, a relief charity\'s first two weeks after a cyclone on Vanua Levu: a DONATE NOW strip, charity masthead in capitals, menu, news path with ›; headline "W"; a Posted-on line and a category line; caption with a date "W" and photo credit; the cyclone\'s landfall with no speaker "W" and "according to the National Disaster Management Office" "W"; a delivery list of kits and repairs "W"; the programme coordinator ("W", quotes ""); a donation ask in two sentences and a Give now button "B"; the village headman with "the turaga ni koro" dropped ("W", quotes ""); a Quiz promo "B"; a "What happens next:" list of plans ""; "Ms Tuilagavatu said" funds raised "W"; the meteorological service "W"; a sign-up box in two sentences, related stories and a registration paragraph in three sentences ("(No. 2261)" and "(No. 1190042)." mid-sentence and ending one), footer links',
    'New Zealand DISTRICT COUNCIL news page (Canterbury), an aquatic centre closes for 14 months for a roof replacement: council name, a services strip, news path with ›; headline "W"; a date line and a share line; "the council said today" "W" and two findings of record with no speaker "W" ("The roof was built in 1984."); the mayor with "Mayor" dropped ("", quotes ""); "What\'s changing:" lines ""; the facilities manager ("W", a start date ""); a newsletter promo and a "Watch:" livestream recording line "B"; the swimming club president (members "W", quotes ""); "Key dates:" lines ""; a "Have your say" box in two sentences and a button "B"; a bookings line in the story ""; "Was this page helpful?" with Yes | No, related pages, contact and address lines, copyright with footer links',
    'English TABLOID page (Lincolnshire), seafront ice cream vans in a row over a council pitch lottery: tabloid masthead in capitals, menu, section path, an EXCLUSIVE label; a headline with "!" inside it, never split, "W", and a standfirst "W"; byline with role, a time/UPDATED line, a comment count; caption "" and credit; "the Daily Blaze can reveal" carrying the paper "W" with two short paragraph lines "W" ("There are currently nine vans."); a van owner with "said: “..." (a record "W", a question ""), and "He said" a licence fee "W"; a numbered MOST READ list "B"; a newcomer (an opinion "", quotes ""); a POLL with options "B" and a newsletter sign-up line with a form row "B"; the council spokesperson\'s quote over two sentences "W"; "The rules at a glance:" lines "W"; a "Watch:" video insert "B"; a visitor ("said: “...”" and a continuation ""); a "Don\'t miss..." box with a bracketed tag "B"; a tip line, the publisher\'s address, copyright split at "Ltd." before "All rights reserved.", footer links with a regulator',
]

ARTICLES = [
    [
        [
            ("PCBN NEWS", "", "", "B"),
        ],
        [
            ("Live TV | Watch | Listen | Local | Weather | Sign in", "", "", "B"),
        ],
        [
            ("News › Canada › Saskatchewan", "", "", "B"),
        ],
        [
            ("2,400 ordered out of Corbeck Lake as wildfire jumps highway", "", "", "W"),
        ],
        [
            (
                "Evacuees head south to Prince Albert as smoke closes the town's airport",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tamsin Quarnhollow · PCBN News", "", "", "B"),
        ],
        [
            ("Posted: Jun 14, 2027 4:12 PM CST | Last Updated: 2 hours ago", "", "", "B"),
        ],
        [
            ("Watch | 1:42", "", "", "B"),
        ],
        [
            (
                "Smoke from the Nesbitt Creek fire rises over Corbeck Lake on Monday as residents line up for fuel on Highway 102.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Trevor Sallows/PCBN)", "", "", "B"),
        ],
        [
            (
                "About 2,400 people were ordered to leave Corbeck Lake in northern Saskatchewan on Monday after a wildfire jumped Highway 102 and came within 14 kilometres of the town, the province's public safety agency said.",
                "the province's public safety agency",
                "said",
                "W",
            ),
            (
                "The order covers the town, the Nesbitt Creek subdivision and the cabins along the east shore, the agency said in a bulletin issued at 2:30 p.m.",
                "the agency",
                "said in a bulletin",
                "W",
            ),
        ],
        [
            ("Evacuees are asked to register at one of three centres:", "", "", ""),
        ],
        [
            ("Prince Albert: Cadmore Fieldhouse, 1100 Marquand Ave.", "", "", ""),
        ],
        [
            ("Saskatoon: Hall C, Halvercombe Exhibition Grounds", "", "", ""),
        ],
        [
            ("Meadow Lake: Tolleson Arena", "", "", ""),
        ],
        [
            (
                "Mayor Denise Halvorcroft said school buses left the high school at 3 p.m. with 180 people who had no other way out of town.",
                "Denise Halvorcroft",
                "said",
                "W",
            ),
            (
                "“We did this in 2015 and we know how to do it,” she said.",
                "Denise Halvorcroft",
                "said",
                "",
            ),
            ("“Nobody should be going back for a photo album.”", "Denise Halvorcroft", "said", ""),
        ],
        [
            (
                "Watch: Corbeck Lake mayor says buses will keep running until everyone who needs a ride is out",
                "",
                "",
                "B",
            ),
        ],
        [
            ("0:58", "", "", "B"),
        ],
        [
            (
                "Bryce Tollerand, a spokesperson for the Saskatchewan Public Safety Agency, said the fire had grown to 31,500 hectares by Monday evening, up from about 9,000 hectares on Saturday.",
                "Bryce Tollerand",
                "said",
                "W",
            ),
            (
                "He said 160 firefighters and 11 air tankers were working the fire, including crews from Manitoba and Alberta.",
                "Bryce Tollerand",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tollerand said rain was not expected before Thursday.",
                "Bryce Tollerand",
                "said",
                "",
            ),
            (
                "“The wind is the problem this week, not the fuel,” he said.",
                "Bryce Tollerand",
                "said",
                "",
            ),
        ],
        [
            ("RECOMMENDED VIDEOS", "", "", "B"),
        ],
        [
            ("Fire crews make a stand at the Weyakwin turnoff", "", "", "B"),
        ],
        [
            ("2:15", "", "", "B"),
        ],
        [
            (
                "Two stretches of highway were closed as of 6 p.m., according to the province's highway hotline:",
                "the province's highway hotline",
                "according to",
                "W",
            ),
        ],
        [
            ("Highway 102, from the Weyakwin turnoff north to Corbeck Lake", "", "", ""),
        ],
        [
            ("Highway 927, its full length", "", "", ""),
        ],
        [
            (
                "“I grabbed the dog and the insulin and that was it,” said Wendell Pasquan, 67, who was waiting for gas at the Shorewind station on the way out of town.",
                "Wendell Pasquan",
                "said",
                "",
            ),
            (
                "He said the line at the pumps was about 40 vehicles long at noon.",
                "Wendell Pasquan",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Saskatchewan Health Authority said 22 patients and long-term care residents were moved from the Corbeck Lake health centre to Prince Albert by ambulance and air on Sunday night.",
                "The Saskatchewan Health Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "READ MORE | What to pack, and what to leave, if you get an evacuation order",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Corbeck Lake airport has been closed to all but firefighting aircraft since 8 a.m. Monday, according to a notice to pilots.",
                "a notice to pilots",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Marlene Kaskitewin, who chairs the town's emergency committee, said the committee would meet again at 7 a.m. Tuesday.",
                "Marlene Kaskitewin",
                "said",
                "",
            ),
            (
                "“If the wind turns west, we get a break,” she said.",
                "Marlene Kaskitewin",
                "said",
                "",
            ),
            ("“If it doesn't, we don't.”", "Marlene Kaskitewin", "said", ""),
        ],
        [
            ("The next update from the agency is expected at 10 a.m. Tuesday.", "", "", ""),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Crews from Alberta arrive as northern fires double in size", "", "", "B"),
        ],
        [
            ("Province extends fire ban to the whole northern half", "", "", "B"),
        ],
        [
            ("©2027 Prairie Country Broadcasting Network", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy | Accessibility | Contact PCBN", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LONGHAND", "", "", "B"),
        ],
        [
            ("Magazine | Long Reads | Essays | Podcasts | Shop | Subscribe", "", "", "B"),
        ],
        [
            ("LONG READ · LABOUR", "", "", "B"),
        ],
        [
            ("The last shift at Thiruvani Weavers", "", "", ""),
        ],
        [
            (
                "For 71 years a cooperative in Tamil Nadu kept 600 handlooms running; this spring it sold them by weight",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Meenakshi Vaidhyanathi", "", "", "B"),
        ],
        [
            ("Photographs by Arul Pethaperumal", "", "", "B"),
        ],
        [
            ("July 2027 issue · 18 min read", "", "", "B"),
        ],
        [
            ("Listen to this story · 24:10", "", "", "B"),
        ],
        [
            (
                "Weavers leave the Thiruvani shed in Bhavani at the end of the cooperative's last shift on April 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Photograph: Arul Pethaperumal for The Longhand", "", "", "B"),
        ],
        [
            ("The sound goes first.", "", "", ""),
        ],
        [
            (
                "On the last afternoon, a little after four, the shed held 38 looms that still worked, out of the 600 it had in 1988.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You stop hearing it after the first year,” said Selvi Kandavelu, 58, who has woven silk-cotton saris there since she was 16.",
                "Selvi Kandavelu",
                "said",
                "",
            ),
            ("“Then one day it stops, and you hear nothing else.”", "Selvi Kandavelu", "said", ""),
        ],
        [
            (
                "The cooperative was registered in 1956 with 212 member families, according to its bylaws, a copy of which hangs, framed, beside the manager's desk.",
                "its bylaws",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The cooperative's audited accounts show sales of ₹4.1 crore in 2018-19 and ₹96 lakh in 2025-26.",
                "The cooperative's audited accounts",
                "show",
                "W",
            ),
        ],
        [
            (
                "Rajan Subbaraman, its president since 2011, said the fall began when two state schemes that bought its saris for free distribution moved their orders to power-loom mills in 2020.",
                "Rajan Subbaraman",
                "said",
                "W",
            ),
            ("“A handloom sari takes three days,” he said.", "Rajan Subbaraman", "said", ""),
            ("“A power loom makes one in forty minutes.", "Rajan Subbaraman", "said", "W"),
            ("We cannot sell against that.”", "Rajan Subbaraman", "said", ""),
        ],
        [
            ("“Then one day it stops, and you hear nothing else.”", "", "", "B"),
        ],
        [
            (
                "From the archive: The silk that still comes out of a Kanchipuram backyard",
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
                "Listen: On The Longhand Podcast this week, Meenakshi Vaidhyanathi on the weavers who stayed",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "What the cooperative owned on April 30, according to the liquidator's inventory:",
                "the liquidator's inventory",
                "according to",
                "W",
            ),
        ],
        [
            ("38 working looms", "", "", "W"),
        ],
        [
            ("562 looms in storage, most without their reeds", "", "", "W"),
        ],
        [
            ("1,140 kg of dyed yarn", "", "", "W"),
        ],
        [
            (
                "A spokesperson for the state handlooms department said 1,870 weavers' cooperatives were registered in Tamil Nadu in March, down from 2,240 five years earlier.",
                "a spokesperson for the state handlooms department",
                "said",
                "W",
            ),
            (
                "The spokesperson said a revival scheme was “under active consideration.”",
                "The spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Kavitha Anbalagi, who studies textile labour at the Kongunadu Centre for Labour Studies, said the average handloom weaver in the district earned ₹310 a day in 2026, about half the wage set for power-loom work.",
                "Kavitha Anbalagi",
                "said",
                "W",
            ),
            ("“The loom did not fail,” she said.", "Kavitha Anbalagi", "said", ""),
            ("“The market around it was taken away.”", "Kavitha Anbalagi", "said", ""),
        ],
        [
            (
                "Subscribe to The Longhand from ₹199 a month and get the print edition free.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The last shift", "", "", ""),
        ],
        [
            ("On April 30 Selvi wove her last sari, a green one with a mango border.", "", "", ""),
        ],
        [
            ("It was sold the next morning to a shop in Salem for ₹2,800.", "", "", "W"),
        ],
        [
            ("She has not looked for other work.", "", "", ""),
            ("“Who would take me?” she said.", "Selvi Kandavelu", "said", ""),
            ("“I only know one thing.”", "Selvi Kandavelu", "said", ""),
        ],
        [
            (
                "This article appears in the July 2027 issue of The Longhand with the headline “Sold by Weight.”",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Meenakshi Vaidhyanathi is a contributing writer based in Chennai.", "", "", "B"),
        ],
        [
            ("More long reads", "", "", "B"),
        ],
        [
            ("The salt pans that are running out of salt", "", "", "B"),
        ],
        [
            ("© 2027 Longhand Media Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Careers | Contact | Terms | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("REPUBLIC OF GHANA", "", "", "B"),
        ],
        [
            ("MINISTRY OF FISHERIES AND COASTAL LIVELIHOODS", "", "", "B"),
        ],
        [
            ("Home | About Us | Press Releases | Speeches | Tenders | Contact", "", "", "B"),
        ],
        [
            ("Home » Press Releases » 2027", "", "", "B"),
        ],
        [
            ("PRESS RELEASE", "", "", "B"),
        ],
        [
            ("FOR IMMEDIATE RELEASE", "", "", "B"),
        ],
        [
            ("Accra, 3rd June, 2027", "", "", "B"),
        ],
        [
            (
                "CLOSED SEASON FOR ARTISANAL AND INSHORE FLEETS TO RUN FROM 1ST TO 31ST JULY 2027",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Fisheries and Coastal Livelihoods wishes to inform the general public, especially fishers, fish processors and traders, that the closed season for artisanal and inshore fleets will run from 1st July to 31st July, 2027.",
                "The Ministry of Fisheries and Coastal Livelihoods",
                "wishes to inform",
                "W",
            ),
            (
                "The closed season for industrial trawlers will run from 1st July to 31st August, 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The following are prohibited during the closed season:", "", "", ""),
        ],
        [
            ("a. Fishing by canoes and inshore vessels in Ghana's marine waters;", "", "", "W"),
        ],
        [
            (
                "b. The landing and sale of fish caught in Ghana's marine waters during the period;",
                "",
                "",
                "W",
            ),
        ],
        [
            ("c. Transhipment of fish at sea (saiko) by any vessel.", "", "", "W"),
        ],
        [
            (
                "Offenders are liable on conviction to a fine of not less than GH₵25,000 or a term of imprisonment, or both, under the Fisheries Regulations.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Downloads: Closed Season Notice 2027 (PDF, 212 KB)", "", "", "B"),
        ],
        [
            (
                "Speaking at a stakeholder engagement in Elmina on 2nd June, the Minister for Fisheries and Coastal Livelihoods, Hon. Ama Dzifanyo, said landings of small pelagic fish had fallen from 138,000 tonnes in 2014 to 29,400 tonnes in 2026.",
                "Ama Dzifanyo",
                "said",
                "W",
            ),
            (
                "“The closed season is not a punishment,” the Minister said.",
                "Ama Dzifanyo",
                "said",
                "",
            ),
            (
                "“It is how we make sure there will still be fish for our children in 2030.”",
                "Ama Dzifanyo",
                "said",
                "",
            ),
        ],
        [
            (
                "She said compliance during the 2026 closed season was 94 per cent at the 292 landing beaches monitored by the Ministry's enforcement unit.",
                "Ama Dzifanyo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry, in collaboration with the Fisheries Commission, will distribute 12,000 bags of rice and 6,000 gallons of cooking oil to fishing communities in the four coastal regions during the period.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Distribution will begin on:", "", "", ""),
        ],
        [
            ("Monday, 5th July: Volta and Greater Accra Regions", "", "", ""),
        ],
        [
            ("Wednesday, 7th July: Central and Western Regions", "", "", ""),
        ],
        [
            (
                "The Chief Fisherman of Elmina, Nana Kobina Essuful, said on behalf of the Central Regional canoe council that fishers in the region would comply.",
                "Kobina Essuful",
                "said",
                "",
            ),
            (
                "He said that 31 canoes had been impounded in the region for fishing during the 2026 closed season.",
                "Kobina Essuful",
                "said",
                "W",
            ),
        ],
        [
            ("Photo gallery: Stakeholder engagement in Elmina (12 photos)", "", "", "B"),
        ],
        [
            (
                "Members of the public are encouraged to report violations on the Ministry's toll-free line, 0800 300 147.",
                "",
                "",
                "",
            ),
        ],
        [
            ("-ENDS-", "", "", "B"),
        ],
        [
            ("SIGNED", "", "", "B"),
        ],
        [
            ("Efua Ansaquaye", "", "", "B"),
        ],
        [
            ("Head, Public Relations Unit", "", "", "B"),
        ],
        [
            ("For enquiries: press@fisheries-ministry.example.gh", "", "", "B"),
        ],
        [
            ("Tel: 0302 000 147", "", "", "B"),
        ],
        [
            ("Share this: Facebook | X | WhatsApp | Print", "", "", "B"),
        ],
        [
            ("Related Press Releases", "", "", "B"),
        ],
        [
            ("Minister inspects new landing site at Axim", "", "", "B"),
        ],
        [
            ("Ministry begins registration of canoes for 2027 licences", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Ministry of Fisheries and Coastal Livelihoods.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("Site map | Accessibility | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("ARDVENNICK UNIVERSITY", "", "", "B"),
        ],
        [
            ("Study | Research | Partner | About | Newsroom", "", "", "B"),
        ],
        [
            ("Newsroom › Media releases › Science and environment", "", "", "B"),
        ],
        [
            ("MEDIA RELEASE", "", "", "B"),
        ],
        [
            (
                "Kelp forests off south-east Tasmania have shrunk by 85 per cent in 14 years, study finds",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Published 9 August 2027", "", "", "B"),
        ],
        [
            (
                "A diver surveys an urchin barren at Strannick Point, one of the 14 study sites, in March 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Image: Ruby Trennick / Ardvennick University", "", "", "B"),
        ],
        [
            (
                "An Ardvennick University study has found that kelp cover at 14 reef sites off south-east Tasmania fell from an average of 61 per cent in 2012 to 9 per cent in 2026.",
                "An Ardvennick University study",
                "has found",
                "W",
            ),
            ("The study is published today in the journal Coastal Ecology Reports.", "", "", "W"),
        ],
        [
            ("Key findings:", "", "", ""),
        ],
        [
            ("Kelp cover fell at all 14 sites between 2012 and 2026.", "", "", "W"),
        ],
        [
            ("Sea urchin densities rose about nine-fold over the same period.", "", "", "W"),
        ],
        [
            (
                "Two sites where divers removed urchins every year kept more than 40 per cent kelp cover.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Associate Professor Lachlan Wyndrow, of the university's Institute for Southern Reefs, said the team had compared 1,260 diver transects recorded by volunteers and researchers since 2012.",
                "Lachlan Wyndrow",
                "said",
                "W",
            ),
            (
                "“We expected a decline,” Associate Professor Wyndrow said.",
                "Lachlan Wyndrow",
                "said",
                "",
            ),
            (
                "“We did not expect it to be this even across every site we looked at.”",
                "Lachlan Wyndrow",
                "said",
                "",
            ),
        ],
        [
            (
                "Video: Associate Professor Lachlan Wyndrow explains how urchin barrens form (2:34)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "He said urchins moved south along the coast as the East Australian Current pushed warmer water further down the state's east coast.",
                "Lachlan Wyndrow",
                "said",
                "W",
            ),
        ],
        [
            (
                "Co-author Dr Nadia Corrington said the culled sites showed that recovery was possible at a small scale.",
                "Nadia Corrington",
                "said",
                "",
            ),
            (
                "“At Strannick Point we took out about 11,000 urchins a year, and the kelp came back within three seasons,” she said.",
                "Nadia Corrington",
                "said",
                "W",
            ),
            (
                "“Doing that along the whole coast is another question.”",
                "Nadia Corrington",
                "said",
                "",
            ),
        ],
        [
            ("Podcast: Hear Dr Nadia Corrington on The Cold Water Hour", "", "", "B"),
        ],
        [
            (
                "Study with us: Bachelor of Marine Science. Applications for 2028 close 30 September.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The study sites:", "", "", ""),
        ],
        [
            ("Strannick Point (culled)", "", "", ""),
        ],
        [
            ("Lutterby Reef (culled)", "", "", ""),
        ],
        [
            ("Twelve unculled sites between Eaglehawk Neck and Southport", "", "", ""),
        ],
        [
            (
                "Colin Varrenthorpe, president of the Southern Reef Divers' Guild, said his members' catch of abalone had fallen by about a third since 2018.",
                "Colin Varrenthorpe",
                "said",
                "W",
            ),
            (
                "He said the guild wanted the state to pay divers to cull urchins on more reefs.",
                "Colin Varrenthorpe",
                "said",
                "",
            ),
        ],
        [
            (
                "A state government spokesperson said $1.2 million had been set aside for urchin removal in the 2027-28 budget.",
                "a state government spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "The research was funded by the Australian Research Council and the Tasmanian Reef Trust.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media contact", "", "", "B"),
        ],
        [
            ("Hollis Brandtmeyer", "", "", "B"),
        ],
        [
            ("Media Adviser, Ardvennick University", "", "", "B"),
        ],
        [
            ("+61 3 6226 0000 | media@ardvennick.example.edu.au", "", "", "B"),
        ],
        [
            ("Tags: Marine science; Climate; Tasmania", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Ardvennick researchers map seagrass losses in Storm Bay", "", "", "B"),
        ],
        [
            (
                "Ardvennick University acknowledges the palawa people, the Traditional Owners of the land on which we work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("CRICOS Provider Code 09132K.", "", "", "B"),
            ("ABN 47 184 220 715.", "", "", "B"),
            ("© 2027 Ardvennick University.", "", "", "B"),
        ],
        [
            ("Privacy | Disclaimer | Accessibility | Copyright", "", "", "B"),
        ],
    ],
    [
        [
            ("CARELINK WORKERS' UNION", "", "", "B"),
        ],
        [
            ("Join the union | Members' login | Find your branch | Contact", "", "", "B"),
        ],
        [
            ("About | Campaigns | Your Rights | News | Training", "", "", "B"),
        ],
        [
            ("News › Press releases", "", "", "B"),
        ],
        [
            ("Home care workers at Brightcourt vote 91% for strike action over pay", "", "", "W"),
        ],
        [
            ("18 August 2027", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | Email", "", "", "B"),
        ],
        [
            (
                "Home care workers employed by Brightcourt Home Support have voted by 91 per cent in favour of strike action in a dispute over travel time and pay, the union said on Wednesday.",
                "the union",
                "said",
                "W",
            ),
            ("The ballot closed at noon on Tuesday, 17 August.", "", "", "W"),
        ],
        [
            ("The result:", "", "", ""),
        ],
        [
            ("Yes: 1,412 (91%)", "", "", "W"),
        ],
        [
            ("No: 139 (9%)", "", "", "W"),
        ],
        [
            ("Turnout: 78%", "", "", "W"),
        ],
        [
            (
                "Siobhán Marrinane, the union's divisional organiser for health and community services, said Brightcourt carers in Cork, Limerick and Kerry were paid for an average of 31 hours a week while working shifts that kept them on the road for 40.",
                "Siobhán Marrinane",
                "said",
                "W",
            ),
            ("“Our members are paying to go to work,” she said.", "Siobhán Marrinane", "said", ""),
            (
                "“Nobody in this country would accept that in an office job.”",
                "Siobhán Marrinane",
                "said",
                "",
            ),
        ],
        [
            ("Know your rights: Travel time and the Organisation of Working Time Act", "", "", "B"),
        ],
        [
            (
                "Ms Marrinane said the company paid 24c per kilometre for mileage between clients, against the civil service rate of 51.82c.",
                "Siobhán Marrinane",
                "said",
                "W",
            ),
            (
                "She said the union first raised the claim with management on 3 March.",
                "Siobhán Marrinane",
                "said",
                "W",
            ),
            (
                "The Workplace Relations Commission held conciliation talks on 29 June and 22 July, she said, and both ended without agreement.",
                "Siobhán Marrinane",
                "said",
                "W",
            ),
        ],
        [
            ("Strike dates:", "", "", ""),
        ],
        [
            ("Tuesday 7 September: 24-hour stoppage", "", "", ""),
        ],
        [
            ("Tuesday 14 September: 24-hour stoppage", "", "", ""),
        ],
        [
            ("Monday 20 September: indefinite strike", "", "", ""),
        ],
        [
            (
                "The union said emergency cover would be provided to clients with high support needs on each strike day.",
                "The union",
                "said",
                "",
            ),
        ],
        [
            ("JOIN TODAY", "", "", "B"),
        ],
        [
            ("Membership from €4.50 a week.", "", "", "B"),
            ("Legal advice, representation and income protection from day one.", "", "", "B"),
        ],
        [
            ("Join online", "", "", "B"),
        ],
        [
            (
                "In a statement, Brightcourt Home Support said it had offered a 3 per cent increase in the hourly rate from October and a review of mileage in January.",
                "Brightcourt Home Support",
                "said",
                "W",
            ),
            (
                "“We are disappointed that the union has moved to a ballot while talks were still possible,” the company said.",
                "the company",
                "said",
                "",
            ),
            (
                "“Our priority is the safety of the 2,900 people we care for.”",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Gráinne Fennucane, a carer in west Limerick for nine years, said she drove 230 km on a typical day.",
                "Gráinne Fennucane",
                "said",
                "W",
            ),
            ("“I see nine clients a day,” she said.", "Gráinne Fennucane", "said", ""),
            (
                "“Some of them I'm the only person they'll talk to till the next morning.”",
                "Gráinne Fennucane",
                "said",
                "",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Sick pay: what changes in 2027", "", "", "B"),
        ],
        [
            ("2. Hospital porters in Galway secure new rota deal", "", "", "B"),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
        [
            ("Media contact: Darragh Fennelow, Communications Officer, 087 000 4471", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Carers' mileage rate unchanged since 2008, survey finds", "", "", "B"),
        ],
        [
            (
                "Carelink Workers' Union is registered as a trade union under the Trade Union Acts 1871 to 1990.",
                "",
                "",
                "B",
            ),
            ("Registered office: 14 Fenian Quay, Dublin 1.", "", "", "B"),
        ],
        [
            ("© 2027 Carelink Workers' Union | Privacy | Cookies | Accessibility", "", "", "B"),
        ],
    ],
    [
        [
            (
                "FT  Langata Blazers 78-71 Rift Hawks  |  FT  Kisumu Dhows 66-80 Mombasa Tidewaves  |  SAT 8PM  Nyeri Highlanders v Thika Comets",
                "",
                "",
                "B",
            ),
        ],
        [
            ("PWANIMARA BASKETBALL LEAGUE", "", "", "B"),
        ],
        [
            ("Fixtures | Results | Standings | Teams | Stats | Tickets | Shop", "", "", "B"),
        ],
        [
            ("News › League statements", "", "", "B"),
        ],
        [
            (
                "League docks Rift Hawks four points and fines club KSh 1.5 million over unpaid wages",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pwanimara Media · 21 July 2027 · 3 min read", "", "", "B"),
        ],
        [
            (
                "Rift Hawks players warm up before their game against Langata Blazers in Nakuru on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Pwanimara Media", "", "", "B"),
        ],
        [
            (
                "The Pwanimara Basketball League's disciplinary committee has deducted four points from the Rift Hawks and fined the Nakuru club KSh 1.5 million after finding that players were not paid for April, May and June.",
                "",
                "",
                "W",
            ),
            ("The committee sat on 19 July at the league's offices in Nairobi.", "", "", "W"),
        ],
        [
            ("The committee's findings:", "", "", ""),
        ],
        [
            (
                "14 contracted players received no salary between 1 April and 30 June 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The club did not respond to two written notices from the league, dated 6 May and 2 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The club fielded an unregistered player in its game against Thika Comets on 26 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sanctions:", "", "", ""),
        ],
        [
            ("Four points deducted, with immediate effect", "", "", "W"),
        ],
        [
            ("A fine of KSh 1.5 million, payable by 31 August", "", "", "W"),
        ],
        [
            (
                "All outstanding salaries to be paid by 15 August, failing which the club will be suspended",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Committee chair Wanjiru Ngumbarai, a retired High Court judge, said the club had admitted the arrears at the hearing.",
                "Wanjiru Ngumbarai",
                "said",
                "W",
            ),
            ("“Players are not volunteers,” she said.", "Wanjiru Ngumbarai", "said", ""),
            ("“A club that cannot pay them cannot compete.”", "Wanjiru Ngumbarai", "said", ""),
        ],
        [
            ("POLL", "", "", "B"),
        ],
        [
            ("Should clubs that miss payroll be relegated?", "", "", "B"),
        ],
        [
            (
                "Yes, straight away | Only after a second offence | No, fines are enough",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Vote", "", "", "B"),
        ],
        [
            (
                "The deduction drops the Rift Hawks from fourth to seventh in the standings with five rounds left, outside the playoff places.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("STANDINGS", "", "", "B"),
        ],
        [
            ("Pos | Team | P | W | L | Pts", "", "", "B"),
        ],
        [
            ("1 | Mombasa Tidewaves | 17 | 14 | 3 | 31", "", "", ""),
        ],
        [
            ("2 | Langata Blazers | 17 | 12 | 5 | 29", "", "", ""),
        ],
        [
            ("7 | Rift Hawks | 17 | 10 | 7 | 23", "", "", ""),
        ],
        [
            ("Full table", "", "", "B"),
        ],
        [
            (
                "Rift Hawks chief executive Otieno Makaburu said the club had paid April's salaries on Tuesday and would pay the rest once a sponsor's money arrived.",
                "Otieno Makaburu",
                "said",
                "W",
            ),
            (
                "He said the club would appeal against the points deduction.",
                "Otieno Makaburu",
                "said",
                "",
            ),
            ("“The fine we accept.", "Otieno Makaburu", "said", ""),
            ("The points we do not.”", "Otieno Makaburu", "said", ""),
        ],
        [
            (
                "Mercy Cherotwo, secretary general of the Kenya Hoopers' Association, said at least 40 players in the league had gone more than a month without pay this season.",
                "Mercy Cherotwo",
                "said",
                "W",
            ),
        ],
        [
            ("Download the Pwanimara app for live scores and highlights.", "", "", "B"),
            ("Available on iOS and Android.", "", "", "B"),
        ],
        [
            ("LATEST VIDEOS", "", "", "B"),
        ],
        [
            ("Highlights: Langata Blazers 78-71 Rift Hawks (4:11)", "", "", "B"),
        ],
        [
            ("Committee members:", "", "", ""),
        ],
        [
            ("Chair: Wanjiru Ngumbarai", "", "", ""),
        ],
        [
            ("Member: Bernard Omolloh, former national team captain", "", "", ""),
        ],
        [
            (
                "Appeals must be lodged with the league's appeals board within 14 days of the decision.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tickets | Media accreditation | Careers | Contact", "", "", "B"),
        ],
        [
            ("© 2027 Pwanimara Basketball League.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "FIRST ALERT WEATHER: Heat advisory for Tuscarawas and Holmes counties until 8 p.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("CANALWAY 12", "", "", "B"),
        ],
        [
            ("News | Weather | Traffic | Sports | Watch Live | Contests", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            (
                "Boil advisory for 6,800 Thornbarrow homes after 16-inch main breaks under Pitzinger Street",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Alyssa Venterbrook, Canalway 12 News", "", "", "B"),
        ],
        [
            ("Published: 5:42 AM EDT June 23, 2027.", "", "", "B"),
            ("Updated: 11:18 AM EDT June 23, 2027.", "", "", "B"),
        ],
        [
            ("Watch Live: Canalway 12 News at Noon", "", "", "B"),
        ],
        [
            ("Now playing", "", "", "B"),
        ],
        [
            ("Crews dig out the broken main on Pitzinger Street (1:27)", "", "", "B"),
        ],
        [
            (
                "A boil advisory is in effect for about 6,800 homes and businesses in Thornbarrow after a 16-inch water main broke under Pitzinger Street early Wednesday, city officials said.",
                "city officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "Utilities director Russ Handelmire said the break was reported at 2:40 a.m. and crews had it isolated by 5 a.m.",
                "Russ Handelmire",
                "said",
                "W",
            ),
            (
                "He said the advisory would stay in place for at least 48 hours after repairs are finished.",
                "Russ Handelmire",
                "said",
                "",
            ),
        ],
        [
            (
                "“That pipe went in the ground in 1961,” Handelmire said.",
                "Russ Handelmire",
                "said",
                "W",
            ),
            (
                "“It's the fourth break on that stretch since January.”",
                "Russ Handelmire",
                "said",
                "W",
            ),
            ("He did not say when the line would be replaced.", "Russ Handelmire", "said", ""),
        ],
        [
            ("Streets under the advisory:", "", "", ""),
        ],
        [
            ("Pitzinger Street from Third Avenue to Quarry Road", "", "", ""),
        ],
        [
            ("All of Maple Hollow and Wexleigh Estates", "", "", ""),
        ],
        [
            ("Route 39 east of the Brumhallow Avenue bridge", "", "", ""),
        ],
        [
            ("Interactive map: Check if your address is under the advisory", "", "", "B"),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            ("1. Man charged after chase ends in Dover cornfield", "", "", "B"),
        ],
        [
            ("2. Summer reading: Where to find free books this week", "", "", "B"),
        ],
        [
            (
                "The county health department said residents should boil tap water for at least one minute before drinking it, making ice, brushing teeth or preparing food.",
                "The county health department",
                "said",
                "W",
            ),
        ],
        [
            (
                "What to do, according to the health department:",
                "the health department",
                "according to",
                "",
            ),
        ],
        [
            ("Bring water to a rolling boil for one minute.", "", "", ""),
        ],
        [
            ("Let it cool before using it.", "", "", ""),
        ],
        [
            ("Throw out ice made since Tuesday night.", "", "", ""),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Homeowners in Ohio are switching to this roof. Here's why", "", "", "B"),
        ],
        [
            (
                "Download the Canalway 12 app for alerts on boil advisories in your area.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "At the Corner Cup diner on Pitzinger Street, owner Tammy Rosskettle had a handwritten sign on the door by 7 a.m.",
                "",
                "",
                "",
            ),
            (
                "She said she bought 30 cases of bottled water at a store in New Philadelphia.",
                "Tammy Rosskettle",
                "said",
                "W",
            ),
            (
                "“Coffee's on, it's just coming out of a jug today,” she said.",
                "Tammy Rosskettle",
                "said",
                "",
            ),
        ],
        [
            (
                "The Thornbarrow school district said its summer meals program at Wexleigh Elementary would use bottled water until the advisory is lifted.",
                "The Thornbarrow school district",
                "said",
                "W",
            ),
        ],
        [
            ("Water is being handed out at two places until 8 p.m.:", "", "", ""),
        ],
        [
            ("Thornbarrow Fire Station 2, 410 Brumhallow Ave.", "", "", ""),
        ],
        [
            ("First Lutheran Church parking lot, 88 Third Ave.", "", "", ""),
        ],
        [
            (
                "Do you have a news tip? Email news@canalway12.example or call 330-555-0112.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            (
                "Thornbarrow council votes to seek state loan for water lines (May 4, 2027)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright 2027 Canalway 12.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("EEO Report | FCC Public File | Closed Captioning | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("The Sundays River Ledger", "", "", "B"),
        ],
        [
            ("Home | Archive | About | Subscribe", "", "", "B"),
        ],
        [
            ("Kirkwater's new electricity tariff: what 14.9% means for your bill", "", "", "W"),
        ],
        [
            (
                "The municipality says the increase is needed to pay Eskom; I went through the numbers",
                "The municipality",
                "says",
                "",
            ),
        ],
        [
            ("Lindiwe Matshekwa", "", "", "B"),
        ],
        [
            ("Jul 12, 2027", "", "", "B"),
        ],
        [
            ("7 min read", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            ("Good morning, Ledger readers.", "", "", ""),
        ],
        [
            (
                "Kirkwater's council voted on 30 June to raise household electricity tariffs by 14.9% from 1 July, the municipality said in a notice published on its website two days later.",
                "the municipality",
                "said in a notice",
                "W",
            ),
            (
                "Nersa, the energy regulator, approved an increase of 12.7% for municipalities this year, the notice said.",
                "the notice",
                "said",
                "W",
            ),
            ("That leaves 2.2 percentage points that Kirkwater added on its own.", "", "", ""),
        ],
        [
            (
                "Here is what the new tariff does to a household using 350 kWh a month, from the municipality's own tables:",
                "",
                "",
                "",
            ),
        ],
        [
            ("June bill: R1,184.50", "", "", "W"),
        ],
        [
            ("July bill: R1,360.99", "", "", "W"),
        ],
        [
            ("Difference: R176.49 a month", "", "", "W"),
        ],
        [
            ("Thanks for reading The Sundays River Ledger!", "", "", "B"),
            ("Subscribe for free to receive new posts and support my work.", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            (
                "I asked the municipality on 2 July how much of the increase would go to Eskom and how much to its own costs.",
                "",
                "",
                "W",
            ),
            ("Its municipal manager, Themba Ngcobeni, replied by email on 8 July.", "", "", "W"),
            (
                "He wrote that the municipality owed Eskom R214 million at the end of May and that 64% of electricity revenue went to bulk purchases.",
                "Themba Ngcobeni",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "“The balance funds the maintenance of an ageing network,” he wrote.",
                "Themba Ngcobeni",
                "wrote",
                "",
            ),
            ("“There is no cushion.”", "Themba Ngcobeni", "wrote", ""),
        ],
        [
            ("POLL", "", "", "B"),
        ],
        [
            ("Have you had a disconnection notice this year?", "", "", "B"),
        ],
        [
            ("Yes · No · Not sure", "", "", "B"),
        ],
        [
            ("214 votes · Poll closed", "", "", "B"),
        ],
        [
            (
                "The municipality lost 27% of the electricity it bought to theft and faulty meters last year, according to its 2026-27 annual report.",
                "its 2026-27 annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The same report says 4,112 of its 11,800 prepaid meters had not been audited since 2019.",
                "The same report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Ward 6 councillor Nomvula Mbengwana, who voted against the tariff, said the council should fix the meters before asking households to pay more.",
                "Nomvula Mbengwana",
                "said",
                "",
            ),
            (
                "“We voted for 14.9% on a Wednesday morning with the report handed out that same morning,” she said.",
                "Nomvula Mbengwana",
                "said",
                "W",
            ),
        ],
        [
            ("Two things to watch this month:", "", "", ""),
        ],
        [
            ("The council's finance committee meets on 21 July.", "", "", ""),
        ],
        [
            ("The ratepayers' association has asked for a special meeting.", "", "", ""),
        ],
        [
            (
                "Last week in the Ledger: Why the R335 bridge has been closed for 11 months",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pieter Olivanter, who chairs the Kirkwater Ratepayers' Association, said 380 households had signed a petition against the increase by Sunday night.",
                "Pieter Olivanter",
                "said",
                "W",
            ),
            ("“People are not refusing to pay,” he said.", "Pieter Olivanter", "said", ""),
            ("“They want to know what they're paying for.”", "Pieter Olivanter", "said", ""),
        ],
        [
            ("That's it for this week.", "", "", ""),
            ("If you have a bill you want me to look at, reply to this email.", "", "", ""),
        ],
        [
            ("The Sundays River Ledger is a reader-supported publication.", "", "", "B"),
            (
                "To receive new posts and support my work, consider becoming a free or paid subscriber.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Upgrade to paid", "", "", "B"),
        ],
        [
            ("12 Likes · 4 Restacks", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("© 2027 Lindiwe Matshekwa", "", "", "B"),
        ],
        [
            ("Privacy ∙ Terms ∙ Collection notice", "", "", "B"),
        ],
        [
            ("Start writing | Get the app", "", "", "B"),
        ],
    ],
    [
        [
            ("KABANATA NEWS", "", "", "B"),
        ],
        [
            (
                "Top stories | For you | Following | Philippines | World | Business | Sports",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Search for topics, locations and sources", "", "", "B"),
        ],
        [
            ("Full coverage: Jeepney fares", "", "", "B"),
        ],
        [
            (
                "LTFRB approves ₱2 increase in minimum jeepney fare in Metro Manila, Central Luzon",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pahayag Daily · 3 hours ago", "", "", "B"),
        ],
        [
            ("Opinion · Analysis · Local · From 14 sources", "", "", "B"),
        ],
        [
            (
                "MANILA — The Land Transportation Franchising and Regulatory Board (LTFRB) has approved a ₱2 increase in the minimum fare for traditional and modern jeepneys in Metro Manila and Central Luzon, the board said on Friday.",
                "the board",
                "said",
                "W",
            ),
            ("The new minimum fare takes effect on Monday, Oct. 18.", "", "", "W"),
            (
                "Fares for each kilometre after the first four will rise by 25 centavos, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            ("Traditional jeepney, first 4 km: ₱15 (from ₱13)", "", "", "W"),
        ],
        [
            ("Modern jeepney, first 4 km: ₱17 (from ₱15)", "", "", "W"),
        ],
        [
            ("Discounted fare for students, seniors and PWDs: ₱12", "", "", "W"),
        ],
        [
            ("Read the full story at Pahayag Daily", "", "", "B"),
        ],
        [
            ("View full coverage", "", "", "B"),
        ],
        [
            ("More coverage", "", "", "B"),
        ],
        [
            ("The Manila Ledger · 5 hours ago", "", "", "B"),
        ],
        [
            ("Commuters brace for higher fares as LTFRB grants hike", "", "", "B"),
        ],
        [
            ("Lumenbay Online · 2 hours ago", "", "", "B"),
        ],
        [
            ("Transport groups say ₱2 is not enough, want ₱5", "", "", "B"),
        ],
        [
            ("Opinion · Pasigwire · 1 hour ago", "", "", "B"),
        ],
        [
            ("The fare hike nobody wanted, and everybody saw coming", "", "", "B"),
        ],
        [
            ("Trending in Philippines", "", "", "B"),
        ],
        [
            ("#FareHike · 12.4K posts", "", "", "B"),
        ],
        [
            (
                "LTFRB chairman Teodoro Dumalagpit said the board granted the increase after diesel prices rose to ₱68.40 a litre in September, up from ₱56.90 in January.",
                "Teodoro Dumalagpit",
                "said",
                "W",
            ),
            (
                "“We tried to balance the drivers' income and the commuters' pockets,” he said.",
                "Teodoro Dumalagpit",
                "said",
                "",
            ),
        ],
        [
            (
                "Perlita Dimaculangit, president of the operators' group Pagsulong Jeepney Alliance, said the group would ask the board to reconsider and raise the minimum fare to ₱18.",
                "Perlita Dimaculangit",
                "said",
                "",
            ),
            (
                "She said drivers now spend about ₱1,900 a day on diesel for a full route, against ₱1,400 last year.",
                "Perlita Dimaculangit",
                "said",
                "W",
            ),
        ],
        [
            ("Video · Kislapanay TV · 4 hours ago", "", "", "B"),
        ],
        [
            ("Watch: Commuters react to new fare in Cubao (1:58)", "", "", "B"),
        ],
        [
            (
                "“Two pesos is nothing to them, but it's two pesos twice a day for me, six days a week,” said Jomar Baliwag, 24, a call-centre agent from Quezon City.",
                "Jomar Baliwag",
                "said",
                "",
            ),
            ("He said he takes two jeepneys to work in Ortigas.", "Jomar Baliwag", "said", "W"),
            ("“What can we do?”", "Jomar Baliwag", "said", ""),
        ],
        [
            (
                "Drivers must post the new fare matrix inside their vehicles before charging the higher fare, the LTFRB said.",
                "The Land Transportation Franchising and Regulatory Board",
                "said",
                "W",
            ),
        ],
        [
            ("Source: Pahayag Daily", "", "", "B"),
        ],
        [
            ("Follow Pahayag Daily", "", "", "B"),
        ],
        [
            ("Send feedback", "", "", "B"),
        ],
        [
            ("Local news", "", "", "B"),
        ],
        [
            ("Cainta: Town hall to close Thursday for flood drill", "", "", "B"),
        ],
        [
            ("Antipolo: Traffic rerouting for the Our Lady festival", "", "", "B"),
        ],
        [
            ("Kabanata News · Help · Privacy · Terms · About", "", "", "B"),
        ],
        [
            ("© 2027 Kabanata Digital Inc.", "", "", "B"),
        ],
    ],
    [
        [
            ("DONATE NOW", "", "", "B"),
        ],
        [
            ("WAVECREST RELIEF PACIFIC", "", "", "B"),
        ],
        [
            ("Our work | Where we work | Get involved | News | About us", "", "", "B"),
        ],
        [
            ("News and stories › Emergency response", "", "", "B"),
        ],
        [
            (
                "Cyclone Kwasinga: 3,100 families in Vanua Levu reached with water and shelter kits in first two weeks",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted on 2 March 2027 by Wavecrest Relief Pacific", "", "", "B"),
        ],
        [
            ("Emergency response, Fiji", "", "", "B"),
        ],
        [
            ("Volunteers unload shelter kits at Nabouwalu jetty on 22 February.", "", "", "W"),
        ],
        [
            ("Photo: Wavecrest Relief Pacific/Eroni Rokovunisei", "", "", "B"),
        ],
        [
            (
                "Tropical Cyclone Kwasinga crossed the southern coast of Vanua Levu as a Category 4 storm on 16 February, with winds gusting to 230 km/h.",
                "",
                "",
                "W",
            ),
            (
                "It damaged or destroyed 4,870 homes in the Bua and Cakaudrove provinces, according to the National Disaster Management Office.",
                "the National Disaster Management Office",
                "according to",
                "W",
            ),
        ],
        [
            ("In the first two weeks our teams and partners delivered:", "", "", ""),
        ],
        [
            (
                "3,100 family water kits, each with a 20-litre container and purification tablets",
                "",
                "",
                "W",
            ),
        ],
        [
            ("1,420 shelter kits with tarpaulins, rope and tools", "", "", "W"),
        ],
        [
            ("860 hygiene kits for women and girls", "", "", "W"),
        ],
        [
            ("Repairs to 11 village water tanks", "", "", "W"),
        ],
        [
            (
                "Mereani Tuilagavatu, our programme coordinator in Labasa, said the worst-hit villages on the Bua coast could only be reached by boat for the first nine days.",
                "Mereani Tuilagavatu",
                "said",
                "W",
            ),
            ("“The road was simply gone,” she said.", "Mereani Tuilagavatu", "said", ""),
            (
                "“We loaded the boats at night and left at first light.”",
                "Mereani Tuilagavatu",
                "said",
                "",
            ),
        ],
        [
            ("£25 could provide a family water kit.", "", "", "B"),
            ("£60 could provide a shelter kit.", "", "", "B"),
        ],
        [
            ("Give now", "", "", "B"),
        ],
        [
            (
                "In Dreketivula village, the turaga ni koro, Sailosi Waqanibula, said 38 of the village's 52 houses had lost their roofs.",
                "Sailosi Waqanibula",
                "said",
                "W",
            ),
            ("“We slept in the church for a week,” he said.", "Sailosi Waqanibula", "said", ""),
            (
                "“Now we sleep under the tarpaulins, but at least it is at home.”",
                "Sailosi Waqanibula",
                "said",
                "",
            ),
        ],
        [
            (
                "Quiz: How much do you know about cyclone season in the Pacific? Take our two-minute quiz",
                "",
                "",
                "B",
            ),
        ],
        [
            ("What happens next:", "", "", ""),
        ],
        [
            ("March: Repairs to a further 20 water tanks", "", "", ""),
        ],
        [
            ("April to June: Seeds and tools for 1,200 farming households", "", "", ""),
        ],
        [
            (
                "From July: Rebuilding with cyclone-strapped roofs, with the Ministry of Housing",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Ms Tuilagavatu said the charity had raised FJ$412,000 for the response so far, against a target of FJ$1.1 million.",
                "Mereani Tuilagavatu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Fiji Meteorological Service said on Monday that another tropical depression was forming north of Rotuma but was not expected to affect Vanua Levu.",
                "The Fiji Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            ("Sign up for updates", "", "", "B"),
        ],
        [
            ("Get stories from the field and news of our appeals, once a month.", "", "", "B"),
            ("You can unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Meet the volunteers rebuilding Bua's water tanks", "", "", "B"),
        ],
        [
            ("Our 2026 annual report is now available", "", "", "B"),
        ],
        [
            (
                "Wavecrest Relief Pacific is a registered charity in Fiji (No. 2261) and in England and Wales (No. 1190042).",
                "",
                "",
                "B",
            ),
            ("Registered office: 7 Kalavu Road, Suva.", "", "", "B"),
            ("© 2027 Wavecrest Relief Pacific.", "", "", "B"),
        ],
        [
            ("Privacy policy | Cookies | Safeguarding | Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("Selbrake Plains District Council", "", "", "B"),
        ],
        [
            (
                "Rates | Rubbish and recycling | Dog registration | Report a problem | Pay online",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News and notices › Media releases", "", "", "B"),
        ],
        [
            ("Matariki Aquatic Centre to close for 14 months for roof replacement", "", "", "W"),
        ],
        [
            ("16 September 2027", "", "", "B"),
        ],
        [
            ("Share this page", "", "", "B"),
        ],
        [
            (
                "The Matariki Aquatic Centre in Tarrowmere will close on Monday 4 October for 14 months while its roof is replaced, the council said today.",
                "the council",
                "said",
                "W",
            ),
            (
                "An engineering inspection in June found corrosion in 23 of the roof's 40 steel trusses.",
                "",
                "",
                "W",
            ),
            ("The roof was built in 1984.", "", "", "W"),
        ],
        [
            (
                "Mayor Wiremu Tapuwaiora said closing the centre was the only safe option.",
                "Wiremu Tapuwaiora",
                "said",
                "",
            ),
            (
                "“Nobody around this table wanted to close our only indoor pool,” he said.",
                "Wiremu Tapuwaiora",
                "said",
                "",
            ),
            (
                "“But we are not going to put swimmers under a roof we can't vouch for.”",
                "Wiremu Tapuwaiora",
                "said",
                "",
            ),
        ],
        [
            ("What's changing:", "", "", ""),
        ],
        [
            (
                "Learn-to-swim lessons move to the Selbrake College pool from 11 October.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Lane swimming will run at the college pool on weekday mornings, 6am to 8am.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Aqua-jogging and the spa pool will not be available.", "", "", ""),
        ],
        [
            (
                "Council facilities manager Renata Kettlevane said the $7.8 million project would be paid for from the council's renewals fund and a $2.1 million loan approved in the 2027-37 long-term plan.",
                "Renata Kettlevane",
                "said",
                "W",
            ),
            (
                "She said the contractor, Brackendell Construction, was due to start work on 18 October.",
                "Renata Kettlevane",
                "said",
                "",
            ),
        ],
        [
            ("Sign up for Council News, our fortnightly email update", "", "", "B"),
        ],
        [
            ("Watch: Council meeting of 15 September, item 7 (livestream recording)", "", "", "B"),
        ],
        [
            (
                "Pania Rauhitu, president of the Tarrowmere Amateur Swimming Club, said the club's 212 members would train in Rolleston on two evenings a week.",
                "Pania Rauhitu",
                "said",
                "W",
            ),
            (
                "“It's a 40-minute drive each way for some families,” she said.",
                "Pania Rauhitu",
                "said",
                "",
            ),
            ("“We'll lose some kids over that, I'm sure of it.”", "Pania Rauhitu", "said", ""),
        ],
        [
            ("Key dates:", "", "", ""),
        ],
        [
            ("3 October: Last day of public swimming", "", "", ""),
        ],
        [
            ("4 October: Centre closes", "", "", ""),
        ],
        [
            ("December 2028: Planned reopening", "", "", ""),
        ],
        [
            ("Have your say", "", "", "B"),
        ],
        [
            ("Tell us what you'd like to see in the refurbished centre.", "", "", "B"),
            ("Submissions close 29 October.", "", "", "B"),
        ],
        [
            ("Make a submission", "", "", "B"),
        ],
        [
            ("For lesson bookings, phone the aquatic team on 0800 427 300.", "", "", ""),
        ],
        [
            ("Was this page helpful?", "", "", "B"),
        ],
        [
            ("Yes | No", "", "", "B"),
        ],
        [
            ("Related pages", "", "", "B"),
        ],
        [
            ("Pools and recreation centres", "", "", "B"),
        ],
        [
            ("Long-term plan 2027-37", "", "", "B"),
        ],
        [
            ("Contact us: 0800 427 000 | info@selbrakeplains.example.govt.nz", "", "", "B"),
        ],
        [
            ("Selbrake Plains District Council, 12 Pellwood Street, Tarrowmere 7700.", "", "", "B"),
        ],
        [
            (
                "© Selbrake Plains District Council 2027 | Privacy | Accessibility | Copyright",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE DAILY BLAZE", "", "", "B"),
        ],
        [
            ("News | Sport | TV & Showbiz | Money | Travel | Puzzles | Shopping", "", "", "B"),
        ],
        [
            ("News › UK News", "", "", "B"),
        ],
        [
            ("EXCLUSIVE", "", "", "B"),
        ],
        [
            (
                "WHIPPY WAR! Seafront ice cream vans in £50-a-day pitch row as council brings in lottery",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Skegbourne council to decide who gets five pitches by drawing names out of a hat",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Kerry Brindlestowe, Consumer Reporter", "", "", "B"),
        ],
        [
            ("11:05, Sat, Jul 10, 2027 | UPDATED: 13:40, Sat, Jul 10, 2027", "", "", "B"),
        ],
        [
            ("214 comments", "", "", "B"),
        ],
        [
            (
                "Rival vans line up on the promenade in Skegbourne, Lincolnshire, on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Image: Mick Hornsbury/Daily Blaze)", "", "", "B"),
        ],
        [
            (
                "ICE cream sellers on a Lincolnshire seafront face losing their pitches after the council decided to hand them out by lottery, the Daily Blaze can reveal.",
                "the Daily Blaze",
                "can reveal",
                "W",
            ),
            ("Traders will pay £50 a day for one of five spots on the promenade.", "", "", "W"),
            ("There are currently nine vans.", "", "", "W"),
        ],
        [
            (
                "Gaz Scrannock, 58, whose family has sold 99s in Skegbourne since 1979, said: “My dad stood on that spot.",
                "Gaz Scrannock",
                "said",
                "W",
            ),
            ("Now I've got to pull a raffle ticket for it?”", "Gaz Scrannock", "said", ""),
            (
                "He said he paid £4,200 for last year's seasonal licence.",
                "Gaz Scrannock",
                "said",
                "W",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1. Soap star's secret wedding at castle", "", "", "B"),
        ],
        [
            ("2. Heatwave warning as Britain set for 33C", "", "", "B"),
        ],
        [
            ("3. Pensioner's lottery win paid for street party", "", "", "B"),
        ],
        [
            (
                "But newcomer Dean Mabberholt, 31, who bought his van in March, said the lottery was “the only fair way.”",
                "Dean Mabberholt",
                "said",
                "",
            ),
            (
                "“The same families have had the best spots for forty years,” he said.",
                "Dean Mabberholt",
                "said",
                "",
            ),
            ("“Why should I queue behind them forever?”", "Dean Mabberholt", "said", ""),
        ],
        [
            ("POLL", "", "", "B"),
        ],
        [
            ("Should the council let the old vans keep their pitches?", "", "", "B"),
        ],
        [
            ("Yes | No | Don't know", "", "", "B"),
        ],
        [
            ("SIGN UP to our FREE newsletter for the day's biggest stories", "", "", "B"),
        ],
        [
            ("Enter your email | Sign up", "", "", "B"),
        ],
        [
            (
                "A spokesperson for Skegbourne and Wrangholme District Council said: “The number of pitches has been reduced from nine to five after a review of promenade safety.",
                "A spokesperson for Skegbourne and Wrangholme District Council",
                "said",
                "W",
            ),
            (
                "“Pitches will be allocated by random draw on 19 July, with the results published on our website.”",
                "A spokesperson for Skegbourne and Wrangholme District Council",
                "said",
                "W",
            ),
        ],
        [
            ("The rules at a glance:", "", "", ""),
        ],
        [
            ("Five pitches, from 1 August to 30 September", "", "", "W"),
        ],
        [
            ("£50 a day, paid a month in advance", "", "", "W"),
        ],
        [
            ("One pitch per trader", "", "", "W"),
        ],
        [
            ("No music chimes before 10am", "", "", "W"),
        ],
        [
            ("Watch: Ice cream man's emotional plea to council (0:47)", "", "", "B"),
        ],
        [
            (
                "Regular visitor Pat Crossingham, 72, said: “It's not the seaside without the vans.”",
                "Pat Crossingham",
                "said",
                "",
            ),
            ("“I don't care whose name comes out of the hat.”", "Pat Crossingham", "said", ""),
        ],
        [
            ("Don't miss...", "", "", "B"),
        ],
        [
            ("Holiday park fined over pool safety [REVEAL]", "", "", "B"),
        ],
        [
            (
                "Got a story? Email news@dailyblaze.example.co.uk or WhatsApp us on 07700 900 182.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Daily Blaze, Blaze House, 40 Ludgate Wharf, London.", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Blaze Media Group Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | Cookies | Terms | IPSO regulated | Contact us", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n121-ca-bulletin-pm",
        "About 2,400 people were ordered to leave Corbeck Lake in northern Saskatchewan on Monday after a wildfire jumped Highway 102 and came within 14 kilometres of the town, the province's public safety agency said. The order covers the town, the Nesbitt Creek subdivision and the cabins along the east shore, the agency said in a bulletin issued at 2:30 p.m.",
        [
            "About 2,400 people were ordered to leave Corbeck Lake in northern Saskatchewan on Monday after a wildfire jumped Highway 102 and came within 14 kilometres of the town, the province's public safety agency said.",
            "The order covers the town, the Nesbitt Creek subdivision and the cabins along the east shore, the agency said in a bulletin issued at 2:30 p.m.",
        ],
    ),
    (
        "n121-ca-mayor-3pm",
        "Mayor Denise Halvorcroft said school buses left the high school at 3 p.m. with 180 people who had no other way out of town. “We did this in 2015 and we know how to do it,” she said. “Nobody should be going back for a photo album.”",
        [
            "Mayor Denise Halvorcroft said school buses left the high school at 3 p.m. with 180 people who had no other way out of town.",
            "“We did this in 2015 and we know how to do it,” she said.",
            "“Nobody should be going back for a photo album.”",
        ],
    ),
    (
        "n121-ca-committee-tuesday",
        "Marlene Kaskitewin, who chairs the town's emergency committee, said the committee would meet again at 7 a.m. Tuesday. “If the wind turns west, we get a break,” she said. “If it doesn't, we don't.”",
        [
            "Marlene Kaskitewin, who chairs the town's emergency committee, said the committee would meet again at 7 a.m. Tuesday.",
            "“If the wind turns west, we get a break,” she said.",
            "“If it doesn't, we don't.”",
        ],
    ),
    (
        "n121-in-rajan-minutes",
        "Rajan Subbaraman, its president since 2011, said the fall began when two state schemes that bought its saris for free distribution moved their orders to power-loom mills in 2020. “A handloom sari takes three days,” he said. “A power loom makes one in forty minutes. We cannot sell against that.”",
        [
            "Rajan Subbaraman, its president since 2011, said the fall began when two state schemes that bought its saris for free distribution moved their orders to power-loom mills in 2020.",
            "“A handloom sari takes three days,” he said.",
            "“A power loom makes one in forty minutes.",
            "We cannot sell against that.”",
        ],
    ),
    (
        "n121-in-who-take",
        "She has not looked for other work. “Who would take me?” she said. “I only know one thing.”",
        [
            "She has not looked for other work.",
            "“Who would take me?” she said.",
            "“I only know one thing.”",
        ],
    ),
    (
        "n121-in-pvt-ltd",
        "© 2027 Longhand Media Pvt. Ltd. All rights reserved.",
        ["© 2027 Longhand Media Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n121-gh-inform-trawlers",
        "The Ministry of Fisheries and Coastal Livelihoods wishes to inform the general public, especially fishers, fish processors and traders, that the closed season for artisanal and inshore fleets will run from 1st July to 31st July, 2027. The closed season for industrial trawlers will run from 1st July to 31st August, 2027.",
        [
            "The Ministry of Fisheries and Coastal Livelihoods wishes to inform the general public, especially fishers, fish processors and traders, that the closed season for artisanal and inshore fleets will run from 1st July to 31st July, 2027.",
            "The closed season for industrial trawlers will run from 1st July to 31st August, 2027.",
        ],
    ),
    (
        "n121-gh-minister-hon",
        "Speaking at a stakeholder engagement in Elmina on 2nd June, the Minister for Fisheries and Coastal Livelihoods, Hon. Ama Dzifanyo, said landings of small pelagic fish had fallen from 138,000 tonnes in 2014 to 29,400 tonnes in 2026. “The closed season is not a punishment,” the Minister said. “It is how we make sure there will still be fish for our children in 2030.”",
        [
            "Speaking at a stakeholder engagement in Elmina on 2nd June, the Minister for Fisheries and Coastal Livelihoods, Hon. Ama Dzifanyo, said landings of small pelagic fish had fallen from 138,000 tonnes in 2014 to 29,400 tonnes in 2026.",
            "“The closed season is not a punishment,” the Minister said.",
            "“It is how we make sure there will still be fish for our children in 2030.”",
        ],
    ),
    (
        "n121-au-published-today",
        "An Ardvennick University study has found that kelp cover at 14 reef sites off south-east Tasmania fell from an average of 61 per cent in 2012 to 9 per cent in 2026. The study is published today in the journal Coastal Ecology Reports.",
        [
            "An Ardvennick University study has found that kelp cover at 14 reef sites off south-east Tasmania fell from an average of 61 per cent in 2012 to 9 per cent in 2026.",
            "The study is published today in the journal Coastal Ecology Reports.",
        ],
    ),
    (
        "n121-au-wyndrow-assoc",
        "Lead author Associate Professor Lachlan Wyndrow, of the university's Institute for Southern Reefs, said the team had compared 1,260 diver transects recorded by volunteers and researchers since 2012. “We expected a decline,” Associate Professor Wyndrow said. “We did not expect it to be this even across every site we looked at.”",
        [
            "Lead author Associate Professor Lachlan Wyndrow, of the university's Institute for Southern Reefs, said the team had compared 1,260 diver transects recorded by volunteers and researchers since 2012.",
            "“We expected a decline,” Associate Professor Wyndrow said.",
            "“We did not expect it to be this even across every site we looked at.”",
        ],
    ),
    (
        "n121-au-cricos",
        "CRICOS Provider Code 09132K. ABN 47 184 220 715. © 2027 Ardvennick University.",
        ["CRICOS Provider Code 09132K.", "ABN 47 184 220 715.", "© 2027 Ardvennick University."],
    ),
    (
        "n121-ie-ballot-turnout",
        "Home care workers employed by Brightcourt Home Support have voted by 91 per cent in favour of strike action in a dispute over travel time and pay, the union said on Wednesday. The ballot closed at noon on Tuesday, 17 August.",
        [
            "Home care workers employed by Brightcourt Home Support have voted by 91 per cent in favour of strike action in a dispute over travel time and pay, the union said on Wednesday.",
            "The ballot closed at noon on Tuesday, 17 August.",
        ],
    ),
    (
        "n121-ie-km-rate",
        "Ms Marrinane said the company paid 24c per kilometre for mileage between clients, against the civil service rate of 51.82c. She said the union first raised the claim with management on 3 March. The Workplace Relations Commission held conciliation talks on 29 June and 22 July, she said, and both ended without agreement.",
        [
            "Ms Marrinane said the company paid 24c per kilometre for mileage between clients, against the civil service rate of 51.82c.",
            "She said the union first raised the claim with management on 3 March.",
            "The Workplace Relations Commission held conciliation talks on 29 June and 22 July, she said, and both ended without agreement.",
        ],
    ),
    (
        "n121-ke-committee-hearing",
        "The Pwanimara Basketball League's disciplinary committee has deducted four points from the Rift Hawks and fined the Nakuru club KSh 1.5 million after finding that players were not paid for April, May and June. The committee sat on 19 July at the league's offices in Nairobi.",
        [
            "The Pwanimara Basketball League's disciplinary committee has deducted four points from the Rift Hawks and fined the Nakuru club KSh 1.5 million after finding that players were not paid for April, May and June.",
            "The committee sat on 19 July at the league's offices in Nairobi.",
        ],
    ),
    (
        "n121-ke-ceo-appeal",
        "Rift Hawks chief executive Otieno Makaburu said the club had paid April's salaries on Tuesday and would pay the rest once a sponsor's money arrived. He said the club would appeal against the points deduction. “The fine we accept. The points we do not.”",
        [
            "Rift Hawks chief executive Otieno Makaburu said the club had paid April's salaries on Tuesday and would pay the rest once a sponsor's money arrived.",
            "He said the club would appeal against the points deduction.",
            "“The fine we accept.",
            "The points we do not.”",
        ],
    ),
    (
        "n121-ke-app-ios",
        "Download the Pwanimara app for live scores and highlights. Available on iOS and Android.",
        [
            "Download the Pwanimara app for live scores and highlights.",
            "Available on iOS and Android.",
        ],
    ),
    (
        "n121-us-updated-pm",
        "Published: 5:42 AM EDT June 23, 2027. Updated: 11:18 AM EDT June 23, 2027.",
        ["Published: 5:42 AM EDT June 23, 2027.", "Updated: 11:18 AM EDT June 23, 2027."],
    ),
    (
        "n121-us-diner-sign",
        "At the Corner Cup diner on Pitzinger Street, owner Tammy Rosskettle had a handwritten sign on the door by 7 a.m. She said she bought 30 cases of bottled water at a store in New Philadelphia. “Coffee's on, it's just coming out of a jug today,” she said.",
        [
            "At the Corner Cup diner on Pitzinger Street, owner Tammy Rosskettle had a handwritten sign on the door by 7 a.m.",
            "She said she bought 30 cases of bottled water at a store in New Philadelphia.",
            "“Coffee's on, it's just coming out of a jug today,” she said.",
        ],
    ),
    (
        "n121-za-council-vote",
        "Kirkwater's council voted on 30 June to raise household electricity tariffs by 14.9% from 1 July, the municipality said in a notice published on its website two days later. Nersa, the energy regulator, approved an increase of 12.7% for municipalities this year, the notice said. That leaves 2.2 percentage points that Kirkwater added on its own.",
        [
            "Kirkwater's council voted on 30 June to raise household electricity tariffs by 14.9% from 1 July, the municipality said in a notice published on its website two days later.",
            "Nersa, the energy regulator, approved an increase of 12.7% for municipalities this year, the notice said.",
            "That leaves 2.2 percentage points that Kirkwater added on its own.",
        ],
    ),
    (
        "n121-za-thanks-subscribe",
        "Thanks for reading The Sundays River Ledger! Subscribe for free to receive new posts and support my work.",
        [
            "Thanks for reading The Sundays River Ledger!",
            "Subscribe for free to receive new posts and support my work.",
        ],
    ),
    (
        "n121-za-asked-meter",
        "I asked the municipality on 2 July how much of the increase would go to Eskom and how much to its own costs. Its municipal manager, Themba Ngcobeni, replied by email on 8 July. He wrote that the municipality owed Eskom R214 million at the end of May and that 64% of electricity revenue went to bulk purchases.",
        [
            "I asked the municipality on 2 July how much of the increase would go to Eskom and how much to its own costs.",
            "Its municipal manager, Themba Ngcobeni, replied by email on 8 July.",
            "He wrote that the municipality owed Eskom R214 million at the end of May and that 64% of electricity revenue went to bulk purchases.",
        ],
    ),
    (
        "n121-ph-ltfrb-fare",
        "MANILA — The Land Transportation Franchising and Regulatory Board (LTFRB) has approved a ₱2 increase in the minimum fare for traditional and modern jeepneys in Metro Manila and Central Luzon, the board said on Friday. The new minimum fare takes effect on Monday, Oct. 18. Fares for each kilometre after the first four will rise by 25 centavos, the board said.",
        [
            "MANILA — The Land Transportation Franchising and Regulatory Board (LTFRB) has approved a ₱2 increase in the minimum fare for traditional and modern jeepneys in Metro Manila and Central Luzon, the board said on Friday.",
            "The new minimum fare takes effect on Monday, Oct. 18.",
            "Fares for each kilometre after the first four will rise by 25 centavos, the board said.",
        ],
    ),
    (
        "n121-ph-commuter-quezon",
        "“Two pesos is nothing to them, but it's two pesos twice a day for me, six days a week,” said Jomar Baliwag, 24, a call-centre agent from Quezon City. He said he takes two jeepneys to work in Ortigas. “What can we do?”",
        [
            "“Two pesos is nothing to them, but it's two pesos twice a day for me, six days a week,” said Jomar Baliwag, 24, a call-centre agent from Quezon City.",
            "He said he takes two jeepneys to work in Ortigas.",
            "“What can we do?”",
        ],
    ),
    (
        "n121-fj-cyclone-feb",
        "Tropical Cyclone Kwasinga crossed the southern coast of Vanua Levu as a Category 4 storm on 16 February, with winds gusting to 230 km/h. It damaged or destroyed 4,870 homes in the Bua and Cakaudrove provinces, according to the National Disaster Management Office.",
        [
            "Tropical Cyclone Kwasinga crossed the southern coast of Vanua Levu as a Category 4 storm on 16 February, with winds gusting to 230 km/h.",
            "It damaged or destroyed 4,870 homes in the Bua and Cakaudrove provinces, according to the National Disaster Management Office.",
        ],
    ),
    (
        "n121-fj-charity-no",
        "Wavecrest Relief Pacific is a registered charity in Fiji (No. 2261) and in England and Wales (No. 1190042). Registered office: 7 Kalavu Road, Suva. © 2027 Wavecrest Relief Pacific.",
        [
            "Wavecrest Relief Pacific is a registered charity in Fiji (No. 2261) and in England and Wales (No. 1190042).",
            "Registered office: 7 Kalavu Road, Suva.",
            "© 2027 Wavecrest Relief Pacific.",
        ],
    ),
    (
        "n121-nz-pool-close",
        "The Matariki Aquatic Centre in Tarrowmere will close on Monday 4 October for 14 months while its roof is replaced, the council said today. An engineering inspection in June found corrosion in 23 of the roof's 40 steel trusses. The roof was built in 1984.",
        [
            "The Matariki Aquatic Centre in Tarrowmere will close on Monday 4 October for 14 months while its roof is replaced, the council said today.",
            "An engineering inspection in June found corrosion in 23 of the roof's 40 steel trusses.",
            "The roof was built in 1984.",
        ],
    ),
    (
        "n121-nz-have-say",
        "Tell us what you'd like to see in the refurbished centre. Submissions close 29 October.",
        [
            "Tell us what you'd like to see in the refurbished centre.",
            "Submissions close 29 October.",
        ],
    ),
    (
        "n121-uk-lottery-pitches",
        "ICE cream sellers on a Lincolnshire seafront face losing their pitches after the council decided to hand them out by lottery, the Daily Blaze can reveal. Traders will pay £50 a day for one of five spots on the promenade. There are currently nine vans.",
        [
            "ICE cream sellers on a Lincolnshire seafront face losing their pitches after the council decided to hand them out by lottery, the Daily Blaze can reveal.",
            "Traders will pay £50 a day for one of five spots on the promenade.",
            "There are currently nine vans.",
        ],
    ),
    (
        "n121-uk-gaz-1979",
        "Gaz Scrannock, 58, whose family has sold 99s in Skegbourne since 1979, said: “My dad stood on that spot. Now I've got to pull a raffle ticket for it?” He said he paid £4,200 for last year's seasonal licence.",
        [
            "Gaz Scrannock, 58, whose family has sold 99s in Skegbourne since 1979, said: “My dad stood on that spot.",
            "Now I've got to pull a raffle ticket for it?”",
            "He said he paid £4,200 for last year's seasonal licence.",
        ],
    ),
    (
        "n121-uk-ltd-rights",
        "Copyright © 2027 Blaze Media Group Ltd. All rights reserved.",
        ["Copyright © 2027 Blaze Media Group Ltd.", "All rights reserved."],
    ),
]
