"""Hundred-and-fourteenth set of new hand-labelled pages for the hint engines (tuning set, round forty-six):
Theme: twelve WHOLE pages from twelve countries where FURNITURE AND STORY LOOK ALIKE, both ways, and precision matters as much as recall: story lines that are short, list-like or label-like and must NOT be marked furniture (fact boxes of figures, timelines with dates, "Key facts:" lists of claims, results tables, election tallies, bullet summaries of findings, Q&A question lines, dateline-led one-line paragraphs, short quoted one-liners, numbered steps in an explainer, sports scores), beside furniture written in full sentences or in story-like wording (author bios, corrections notes, editor's notes on sourcing, disclaimers, paywall and donation pitches with figures, event and webinar ads, "This article was produced with support from ...", syndication notes, AI-use notes, "Sign up ..." prompts, sponsored-content labels). Ordinary everyday news (councils, courts, health, transport, business, sport, weather, schools) with quoted speakers; label each line as a careful newsroom reviewer would.

The pages, head to tail as a reader's paste gives them, come from twelve countries (England,
Uganda, Sri Lanka, Canada, Namibia, Fiji, Northern Ireland, Bangladesh, the United States,
Barbados, Zambia and New Zealand) and twelve kinds of English-language site: a town weekly (a
council by-election won by 212 votes), a news site's health page (a measles outbreak), a daily's
transport page (rail fares up 15%), a non-profit local newsroom (a school division's budget), a
news site's court page (a fraud trial and three court briefs), a news site's weather page (a
tropical depression), a weekly's sport page (a league match won 3-2 from two down), a daily's
business page (garment exports down 6.2%), a public radio station's site (a hospital ending
births), a daily's schools story (maths pass rates by school), a business page (a food basket up
K312) and a regional news site (a new bus network). What is hard, in both directions: on the story
side, an election tally, a "HOW THE COUNCIL NOW STANDS" box of party rows, a "Key facts" box, a
"TIMELINE" of dated fares, a "What the budget does" list, a "CASE AT A GLANCE" box, an "AT A
GLANCE" box of export figures, a results table of schools, "Survey highlights", a "What's changing
on Monday" list, Q&A question lines, five and three numbered steps of advice (one with a phone
number), dateline-led court briefs of one paragraph each, one-line paragraphs ("Four children have
died.", "Kieran Ashbrooke-Devennagh scored the winner in the 89th minute."), one-word and one-line
quotes ("“Unbelievable,” said ...", "“It's fair,” said ...", "“Not again.”") and final-score lines
("Drumshallagh Rovers 3 Carrowdrennan Celtic 2"); on the furniture side, a correction note that
states the wrong and the right figure, an editor's note on which fares are quoted and who supplied
the season-ticket prices, an editor's note on a naming policy, disclaimers on forecasts, comments
and financial advice, donation and membership pitches with donor counts, targets and dollar
figures, a webinar advert and an expo advert with dates and times, a sponsored telco offer, a
sponsored savings advert with a rate, "Partner content" and "Sponsored |" items, a "Match report
sponsored by ..." line, an odds box that looks like a score line, gambling lines, funding notes,
partnership and Creative Commons republishing notes, an AI translation note and an AI transcription
note, author bios with email addresses and phone numbers, sign-up prompts, an SMS alert pitch, a
BREAKING strip and market and exchange-rate strips. The pages hold 520 sentences: 250 "B", 168 "W"
and 102 ""; 153 sentences carry a speaker (78 distinct speakers). `STYLES` describes each page, its
story, its speakers and its furniture in order.

Written from scratch for issue 13 in round forty-six, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened or listed, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README was opened; `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run. The search and fetch tools were not used, and nothing was copied from
anywhere. What was read: the brief (`/tmp/brief` and `/tmp/sets` were listed once, together, at
the start: the first held only the brief, the second was empty; neither was listed again); the
module docstrings of `labelled_new.py` and `labelled_new2.py` (printed whole with
`ast.get_docstring`); `def build` in `tests/text/labelled_articles.py` (printed with
`ast.get_source_segment`, that function only); the `[tool.ruff]` tables of `pyproject.toml` (a
`sed` address range from `[tool.ruff` to the next other `[tool.` table); and, from
`labelled_new111.py` and `labelled_new112.py`, the output of a script of my own using `ast` that
prints the module docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight `CASES`
of each. It was printed once (the tool cut its middle, so that the docstring of
`labelled_new111.py`, the start of its `STYLES`, and the end of the first page, the second page and
the cases of `labelled_new112.py` were seen), then saved to a scratch file, of which `grep -n`
showed the section markers and `sed` showed five ranges: the end of the docstring and the `STYLES`
of `labelled_new111.py` (lines cut at 3,000 characters), its first page and the first lines of its
second page (bracket-only lines dropped, lines cut at 250 characters), its cases (lines cut at 300
characters), and the docstring and `STYLES` of `labelled_new112.py` (lines cut at 4,000 and 5,000
characters; the tool cut a dozen lines from the middle of that output, which the fifth range
printed again); so most of the second page of `labelled_new111.py` and the start of the first page
of `labelled_new112.py` were never seen. No other page, case or docstring of any file under
`tests/` was read. What was run: a Python one-liner printing the calendars of January to March 2027
(to check weekdays); scripts of my own in a scratch folder that turn a small line format (flag,
speaker, cue and text separated by a tilde, one line a paragraph unless it starts with "+") into the
literals below, rename words, cut the split cases out of the pages, and count sentences, flags and
speakers; substring, case-insensitive per-word file counts (`grep -rliF -- WORD
/work/main/tests/text | wc -l`) for every capitalised word and every part of a hyphenated word of
the pages (about 740) and for every candidate replacement; an import of this file with
`labelled_articles.build` on every page and a check of four string fields, the flags, no "B" with a
speaker, a cue for every speaker and a speaker for every cue, 30 distinct case ids, every case text
in a built page and equal to its sentences joined by single spaces, each expected sentence one
labelled sentence of one paragraph, in order, and the counts above; and `ruff format` and `ruff
check` (the project's `.venv`) with the project's `pyproject.toml` as config, the check also through
`--stdin-filename tests/text/labelled_new114.py` so that the per-file ignores for `tests/**` apply.
Only counts were read from the word searches, never the matched lines or file names. About sixty
coined words of the first draft hit other files (surnames and parts of hyphenated surnames, towns,
wards, outlets, a county, a medical centre, a bus company, a fund and a newsroom collaborative: for
instance Thornquist, Pellinghurst, Harcastle, Quillerby, Dunmere, Carrowmena, Drumnaquill, Ossawin,
Fallowmere, Cottonwick, Hallerton, Oskerville, Lodestar, Halcombe, Farrowgate, Kowhaiwood,
Tuarangi, and parts such as Bairu, Kiiza, Akora, Amutenya, Visagie, Lomani, Oyelaran, Akande, Quigg,
Lundie, Barajas, Ochoa, Sealy, Yearwood, Siame, Phiri, Pelham, Tawhiri and Fairweather); each was
renamed, and replacements that hit as well (about twenty, among them Dunsallow, Fennimoor, Ginnell,
Sallowfield, Hallowmont, Quijada, Griffith, Taufahema, Vanderkolk and Shortgrass) were renamed
again; only replacements with no hit were kept. What still hits is real countries, regions, towns
and islands (Uganda, Windhoek, Okahandja, Rundu, Oshakati, Keetmanshoop, Viti Levu, Nadi, Lautoka,
Sigatoka, Kadavu, Yasawa, Mamanuca, Dhaka, Gazipur, Tejgaon, Chattogram, Kansas, Barbados, Lusaka,
Chilenje, the Zambezi and the like), common given names kept on purpose (Maribel, Aldous, Noreen,
Piers, Wendeline, Reginald, Hollis, Odell, Patience, Gideon, Florence, Edson, Tharindu, Lasantha,
Dilrukshi, Ranmali, Corinna, Everett, Shona, Marisol, Naveen, Festus, Glenda, Petrus, Selma, Rauna,
Martha, Litiana, Akuila, Salote, Mereoni, Cathal, Ruairi, Darragh, Odhran, Declan, Hugh, Kieran,
Rezaul, Karim, Sanjida, Nusrat, Jahan, Farhana, Renata, Garrison, Kaylin, Anneliese, Shonette,
Kerryann, Marlon, Yvette, Chisanga, Luyando, Mwiinga, Beatrice, Hollie, Ngaire, Clement, Bryony)
and common, outlet, trade and unit words (Herald, Observer, Tidings, Echo, Leader, Chronicle,
Collegiate, Celtic, Swifts, Apparel, Knitwear, Garments, Remittance, Mealie, Kapenta, Pasifika,
Smoky, Webinar, ZMW, GBP, DSEX, RMG, MLAs and the like).

Every person, outlet, council, ward, division, district, association, guild, council of exporters,
institute, forum, fund, partnership, collaborative, club, ground, dealer, school, hospital, medical
centre, college, university, company, bank, board, shipping line, airline, power company, telco,
street, suburb, village, town and figure is invented. Real countries, regions, cities and
institutions appear only as settings: those listed above, the Green, Conservative, Labour and
Liberal Democrat parties (as party labels), Uganda's Ministry of Health (its bulletin), the High
Court in Windhoek, the Fiji Meteorological Service (its warning and website), Fiji's National
Disaster Management Office, the Ministry of Education (Fiji's and Barbados's), the Export Promotion
Bureau and Bangladesh Bank (their figures), the European Union (as a market), and Facebook, X,
WhatsApp, Telegram and Viber (as channels).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, strip, byline, date, share line, caption, credit, box title,
box row, table row, list item, step, question line, button, link and legal line is a paragraph of
its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
As in the recent sets: furniture "B" line by line, whatever it says; a caption by its content and
its credit "B"; headlines and standfirsts never split and flagged by content; a dateline belongs to
its lead sentence; a speaker is the full name as first given without titles or roles ("Ms", "Mr",
"Cllr", "Dr", "Dr.", "Board chair", "Trustee", "State advocate", "Deputy General Manager",
"Chief executive", "Education Minister", "Councillor", "Council transport manager", "Rovers
manager", "Carrowdrennan manager", "principal", and descriptors such as "Ferry operator" and
"Domestic carrier" dropped); a pronoun or a later surname resolves to it; an organisation's later
generic noun is kept as written ("the department", "The department", "the hospital", "the
ministry", "The group", "the figures", "The bulletin", "The bureau's figures", "The ministry's
figures"), while "it said" and "It said" resolve to the organisation as first given; "according to
X" gives X as written; a document read for its author is carried by the author (the accused's plea
explanation read by his lawyer); a quote over several sentences carries its speaker and cue in
each; a speaker's own plan, promise, forecast or hedge is "" even with a figure or a date, a
first-person statement of record is "W".

Conventions this set had to settle, in the same spirit:

* Story lines that look like furniture are labelled by content, never "B": each row of a fact box,
  case box, "AT A GLANCE" box, results table, election tally and council-composition box is "W"
  when it states a checkable figure or fact (votes, rejected papers, turnout, seats, cases, deaths,
  charges, plea, amount, exports, pass rates), and "" when it states a target or a next date
  ("Campaign target: ...", "Government target for FY2026-27: ...", "Next date: 22 February");
  "Green gain from Conservative." and "Majority: 212." are "W"; each dated timeline entry is "W";
  the items of "What the budget does", "Survey highlights" and "What's changing on Monday" are "W"
  (a hedged forecast among them ""); final-score lines
  ("Ballyhaskin United 1 Tullyrusk Athletic 1") are "W", like a result in prose; dateline-led
  one-paragraph court briefs are "W".
* The title of such a box, list, table, timeline, Q&A or how-to ("Key facts", "TIMELINE: RAIL FARES
  SINCE 2022", "CASE AT A GLANCE", "Saturday's other results", "What to do now", "Q&A: What the
  closure means"), a table's column-header row ("School | 2025 | 2026"), the "Source: Ministry of
  Education" line under a table and the league label above a score line are "B", as the title and
  header row of a table are in `labelled_new2.py`.
* Q&A question lines in the story are "" with no speaker; their answers are labelled by content and
  source. Numbered steps of advice in an explainer are "" (advice, not a claim and not furniture),
  including "3. If you need help, call the council on 0800 555 204." (a step of the story, not the
  site's contact line).
* Scheduled dates in the story are "" as in the recent sets ("The next full council elections are on
  Thursday 6 May.", "The trial continues before Judge ... on 22 February.", "Rovers host ... next
  Saturday.", "The next tropical disturbance advisory is due at 9pm."), while a rule with a
  deadline is "W" ("The division must submit its budget to the province by March 15.").
* Furniture in full sentences is "B" sentence by sentence, whatever it states: correction notes
  (with the wrong and right figures), editor's notes on sourcing and naming, disclaimers, donation
  and membership pitches with figures, webinar and expo adverts with dates, sponsored offers and
  "Sponsored |" items, "Match report sponsored by ..." lines, odds boxes and gambling lines,
  funding, partnership and republishing notes, AI-use notes, author bios with contact details,
  sign-up and SMS-alert prompts, and "Story continues ..." lines.
* A standfirst "Board chair says ...", "Council says ..." or "..., consumer watchdog finds" carries
  the person or body the story names (Corinna Strelbeck, Waimeha District Council, Mwabanji
  Consumer Watch) with the standfirst's verb as the cue; "Commuters on the 7.05 a.m.
  Kelanivitiya–Fort train", "district health officials", "The State" ("alleges") and "court papers"
  are kept as written; an older passenger who "gave his name only as Premasiri" is "Premasiri".

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each a stretch of two or three
consecutive sentences of one paragraph of these pages joined by single spaces: quotes continued
after their attribution, a quote's question with no attribution after it, "Ms", "Dr", "Dr." and
"Cllr" before names, "Rs. 35 to Rs. 40", "7.05 a.m." and "10 a.m. to 4 p.m." mid-sentence before
a capitalised word, "Man." in a dateline, "3pm", "Green gain from Conservative." before "Majority:
212.", furniture in sentences (a correction, an editor's note on sourcing and one on naming, a
donation pitch, a webinar advert, a membership pitch, a forecast disclaimer, gambling lines, a
reporter's email address and phone number), and legal lines split at "Ltd.", "(Pvt) Ltd." and
"Inc." before "Registered in England and Wales No. 08831462.", "All rights reserved." and
"Charitable registration No. 817240563 RR0001.": what a reviewer wants, not what the engine does.
"""

STYLES = [
    'English LOCAL NEWS on a town weekly\'s site (Stavenbury), a council by-election won by the Greens by 212 votes: a newsletter sign-up prompt of two sentences and an email/button row at the head; masthead and menu; section path with ›; headline "W" and a standfirst with a turnout figure "W"; byline and role on two lines, date line, share strip; caption "" and picture credit; the result and the poll\'s cause "W"; a result box whose title is "B" and whose tally rows, rejected papers, electorate/turnout line, "Green gain from Conservative." and "Majority: 212." are "W"; the winner named in the lead and quoted later with "Ms" dropped (a one-liner "", a bus cut of record "W", a two-sentence quote ""); the runner-up with "Mr" dropped (a plan and a two-sentence quote ""); the Labour candidate (shares "W"); a "HOW THE COUNCIL NOW STANDS" box of party rows "W"; the council leader with "Cllr" dropped (a verdict and a quote "", a letter of record "W", a contribution plan ""); "according to the elections office" "W"; a next-election date "" (ADVERTISEMENT, a correction note of three sentences that states the wrong and the right figure, an author box of a title and three bio sentences with a funding note, a More on this story list, a comments-closed note, copyright split at "Ltd." before "Registered in England and Wales No. 08831462.", footer links)',
    'Ugandan NEWS SITE health story (a western district), a measles outbreak with 318 cases and four deaths: masthead, menu, section label; headline "W"; byline, date line with "PM", share line; caption "" and photo credit in capitals; a "KISOMBERI —" lead carrying "district health officials" "W"; a one-line paragraph "Four children have died." "W"; the district health officer with "Dr" dropped (cases and vaccination history "W", a one-line quote "", teams "W", a campaign aim "", a traced wedding "W"); a "Key facts" box whose title is "B", five figure rows "W" and a target row ""; a mother (a walk of record "W", a first-person claim that the centre had no vaccine "W" and a resolve ""); the district chairperson named after his one-line quote "" and a school plan ""; the ministry bulletin through according to and "The bulletin shows" "W"; "first since 2019" "W" (ADVERTISEMENT, a funding note and an editorial-control sentence, a newsletter pitch and an email/button row, a RELATED list, comment heading and a moderation note of two sentences, copyright split at "Ltd." before "All rights reserved.", footer links)',
    'Sri Lankan DAILY\'s transport story (Colombo), rail fares up 15% and the minimum fare to Rs. 40: masthead, menu, a BREAKING strip, section path; headline with "Rs. 40" "W"; byline, Published line, listen line; a "COLOMBO —" lead carrying "the Railway Department" and "the department said" with "Rs. 35 to Rs. 40" mid-sentence "W"; a deputy general manager, title dropped, "told reporters" (losses "W", a two-sentence quote "", season tickets "W"); a "TIMELINE" box whose title is "B" and four dated entries "W"; "Story continues below"; commuters on the "7.05 a.m." train as written "" and a nurse\'s season ticket "W", her two-sentence quote ""; an older passenger named only "Premasiri" after a one-word quote ""; "the department\'s own figures" through according to "W"; a transport economist (a likely-hedge, a quote and a call ""); "The department said" as written "W" (an editor\'s note on fares and the source of season-ticket prices, an AI translation note, a WhatsApp line in two sentences, a comments disclaimer in two sentences, comment count, Read next list, copyright split at "(Pvt) Ltd." before "All rights reserved.", footer links)',
    'Canadian NON-PROFIT LOCAL NEWS SITE (Manitoba), a school division budget cuts 31 teaching jobs: masthead and tagline, menu, section label; headline "W" and a standfirst "Board chair says ..." carrying the chair named later ("W", a grant rise); byline, date line and Updated line with "a.m."; a "CARROWVALE, Man. —" lead with the 7-2 vote "W" and a share of teachers "W"; a "What the budget does" list whose title is "B" and whose five items are "W"; the board chair with "Board chair" dropped (grant and salary costs "W", a two-sentence quote "", a conditional promise "", a reserve cap "W"); a trustee who voted against (reserves "W", a two-sentence quote ""); a donation pitch of a title, four sentences with donor counts, a target and a dollar figure, and a Donate button; the teachers\' association "said in a statement" (a likely-hedge "") and its president (a plan ""); a parent named after her claim of record "W" and her unattributed question ""; a filing deadline "W" (a republishing note with a Creative Commons licence in two sentences, an AI-use note of two sentences, a reporter bio with an email address and a phone number, a newsletter line, copyright split at "Inc." before "Charitable registration No. 817240563 RR0001.", footer links)',
    'Namibian NEWS SITE court page (Windhoek), a former procurement officer pleads not guilty to N$2.3 million fraud: masthead, menu, section label; headline "W"; byline and place/date line; caption "" and photo credit; a "WINDHOEK –" lead "W"; one-line paragraphs (bail of "N$20 000" "W", "The State alleges" "W"); a "CASE AT A GLANCE" box whose title is "B", four rows "W" and a next-date row ""; the State advocate "told the court" and "She said" "W"; the accused\'s plea explanation read by his lawyer carried by the accused ("W"), the lawyer\'s own remark outside court ""; residents who travelled "W" and one of them named after a one-line quote ""; "according to court papers" "W"; the mayor (suspensions "W", a two-sentence quote ""); the trial date with a judge named and no speaker ""; an "IN OTHER COURTS" title "B" and three dateline-led one-paragraph briefs (RUNDU, OSHAKATI, KEETMANSHOOP) "W" (an editor\'s note on naming policy in two sentences, a tip line with a phone number, a Read also link, a follow line, copyright split at "(Pty) Ltd." before "All rights reserved.", footer links)',
    'Fijian NEWS SITE weather story, a tropical depression brings a heavy rain warning and 27 evacuation centres: masthead, a LIVE line, menu; a "Sponsored" label and a telco\'s sponsored offer in two sentences; headline "W"; byline, date line, share line; the met service said "W", "it said" with "At 3pm" and "12km/h" "W" and a moderate-chance hedge ""; "the forecast says" a could-hedge ""; a "What to do now" title "B" and five numbered steps of advice ""; the disaster office and its director (centres and people "W", schools "W", a warning quote ""); the education ministry, a ferry operator with its descriptor dropped, an airline, a power company "W"; a duty forecaster named after her quote "" and a record of the last such warning "W"; "Story continues after advertisement"; a market stall holder (a scene "", a first-person loss of record "W", "Not again." ""); the next advisory time "" (an SMS alert pitch in two sentences, a Related link, a disclaimer of two sentences, copyright, footer links)',
    'Northern Irish WEEKLY\'s SPORT page, an intermediate league football match won 3-2 from two down: masthead, menu, section path; headline "W"; byline, date line with "pm", share line; a "Match report sponsored by ..." line; the league label "B" and a final-score line "W"; the result, the goals with minutes and the winner "W"; the winning manager named after a one-word quote "" (a two-sentence quote "", a club record "W"); the losing manager (a paraphrase with a quoted phrase and a two-sentence quote ""); the scorer\'s paraphrase with a quoted phrase ""; a ground record "according to" the club "W"; a "Saturday\'s other results" title "B" and three score lines "W"; the next fixture ""; a NEXT MATCH ODDS box with a fixture, odds and a date, a Bet now button, an "18+ only." line split before "Odds correct ...", a responsible-gambling line split before a helpline (newsletter sign-up, comment count, Show comments, copyright, footer links)',
    'Bangladeshi DAILY\'s BUSINESS page (Dhaka), garment exports fall 6.2% in January: masthead, menu, a dollar, gold and share-index strip, section path; headline and a standfirst with figures "W"; "Staff Correspondent" and a place/date/Updated line; a listen/share/save row; "Export Promotion Bureau data released on Tuesday" through according to "W"; an "AT A GLANCE" box whose title is "B", five figure rows "W" and a government target row ""; an exporters\' council vice-president (orders "W", a two-sentence quote "", closures and job losses "W"); a research director (a could-hedge and a two-sentence quote "", "She noted" an EU rise "W"); central bank figures through according to "W"; a WEBINAR advert with a title, a date line, two sentences with a place limit and a Register button; a factory owner (cuts of record "W", "We paid January salaries on time" "W", "February, I can\'t promise." ""); "The bureau\'s figures show" "W" (a Partner content label and two Sponsored items, a RELATED NEWS list, copyright split before "All rights reserved.", an editor and publisher line with "Ltd.," mid-sentence)',
    'United States PUBLIC RADIO SITE health story (Kansas), a county hospital stops delivering babies: station name, a Listen Live line, menu, section label; headline "W"; byline and Published line with "AM CST"; a "HALLOWRIGG, Kan. —" lead "W"; the board vote with no speaker "W"; the chief executive with "Chief executive" dropped (births, losses and retirements "W", a two-sentence quote ""); a "Q&A: What the closure means" title "B" and four question lines "" with their answers: a distance "W", "according to the hospital" "W", "the hospital said" a policy "W", state health department figures through according to "W"; an expectant mother (a plan of record "W", a quote ""); an obstetrician with "Dr." dropped (a suggests-hedge and a two-sentence quote ""); a job-offer plan "" (a partnership and republishing note in two sentences, a "Support local journalism" pitch of a title and three sentences with member counts and a dollar figure and a Give now button, a reporter bio with an email address, a Related Content list, a licensee line, copyright, footer links)',
    'Barbadian DAILY\'s LOCAL NEWS (schools), maths pass rates up at 14 of 22 secondary schools: masthead, menu, section label; headline and standfirst "W"; byline, published line with "am", share line; "according to figures released by the Ministry of Education on Monday" and "the figures show" "W"; a results table with a title "B", a column-header row "B", four school rows "W" and a "Source:" line "B"; the education minister "told reporters" (hirings "W", a quote "", a coaching plan ""); a teachers\' guild president (unqualified teachers "W", a quote ""); a principal with her title dropped (a causal view "", attendance "W", a one-line quote ""); "Farrowbeck\'s principal did not respond to a request for comment" ""; "The ministry\'s figures show" "W"; "the ministry said" a release plan "" (ADVERTISEMENT, an education expo advert in three sentences with a date and "10 a.m. to 4 p.m." before "Free entry.", a reporter bio with an email address, a got-a-story line, a comments policy, copyright, footer links)',
    'Zambian NEWSPAPER\'s BUSINESS page (Lusaka), a food basket up K312 in a month: masthead, menu, an exchange-rate strip, section label; headline "W" and a standfirst "..., consumer watchdog finds" carrying the watchdog by name "W"; byline and date line; a "LUSAKA –" lead and "it said" "W"; a "Survey highlights" title "B", four price findings "W" and a hedged forecast ""; the research coordinator named after her quote (a claim about meals "W"), then "She said" the survey\'s size "W" and "she said" months of rises "W"; a one-line fact about mealie meal "W"; the millers\' association (maize price and cause "W") and its chairman (a forecast ""); a grain board\'s release "W"; a vendor named after her one-line quote and its continuation ""; "The group said" a publication date "" (a Sponsored content label, a partner line and a savings advert with a rate in two sentences, a financial-advice disclaimer in two sentences, a funding note, a WhatsApp line, an Also on Business list, copyright split at "Limited." before "All rights reserved.")',
    'New Zealand REGIONAL NEWS SITE transport story, nine bus routes change with a new network: masthead, menu, sign-in row, section path; headline "W" and a standfirst "Council says ..." carrying the district council ""; byline without "By", a reporter role line, a time/date line; the lead "W"; a "What\'s changing on Monday" title "B" and five change items "W"; the council transport manager with her role dropped (submissions "W", a quote "", an expectation ""); a resident (his stop distance "W", a quote ""); "according to the consultation report" "W" and a councillor with "Councillor" dropped (a review plan ""); "according to council papers" and a contract term "W"; a "How to plan your trip" title "B" and three numbered steps "", one with a phone number (a funding note for a reporting scheme, a correction note of two sentences, a briefing sign-up in two sentences, Join the conversation, copyright, footer links)',
]

ARTICLES = [
    [
        [
            ("STAVENBURY HERALD", "", "", "B"),
        ],
        [
            ("News | Politics | Sport | What's On | Jobs | Family Notices", "", "", "B"),
        ],
        [
            (
                "Sign up to Town Hall Weekly, our free Friday email on what your council does with your money.",
                "",
                "",
                "B",
            ),
            ("It takes ten seconds, and you can unsubscribe at any time.", "", "", "B"),
        ],
        [
            ("Enter your email address     Sign me up", "", "", "B"),
        ],
        [
            ("Home › News › Politics", "", "", "B"),
        ],
        [
            (
                "Greens take Wimbleshaw from Conservatives by 212 votes in council by-election",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Turnout fell to 27.4%, the lowest in the ward since it was created in 2003",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Hollis Ambreworth", "", "", "B"),
        ],
        [
            ("Local democracy reporter", "", "", "B"),
        ],
        [
            ("Friday 5 February 2027, 10:12am", "", "", "B"),
        ],
        [
            ("Share   Post   Email   Copy link", "", "", "B"),
        ],
        [
            (
                "Maribel Ashgroveley, centre, with supporters at the count at Stavenbury Leisure Centre in the early hours of Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Herald / Odell Fennickhall", "", "", "B"),
        ],
        [
            (
                "The Green Party has won the Wimbleshaw ward of Stavenbury Borough Council from the Conservatives, taking the seat by 212 votes in Thursday's by-election.",
                "",
                "",
                "W",
            ),
            (
                "The poll was called after the death in November of Cllr Reginald Quillenhall, a Conservative who had held the seat since 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("WIMBLESHAW WARD BY-ELECTION", "", "", "B"),
        ],
        [
            ("Maribel Ashgroveley (Green) 1,184 – elected", "", "", "W"),
        ],
        [
            ("Aldous Brankwhistle (Conservative) 972", "", "", "W"),
        ],
        [
            ("Noreen Castlebeck (Labour) 603", "", "", "W"),
        ],
        [
            ("Piers Ullenwood (Liberal Democrat) 288", "", "", "W"),
        ],
        [
            ("Rejected ballot papers: 19", "", "", "W"),
        ],
        [
            ("Electorate: 11,190   Turnout: 27.4%", "", "", "W"),
        ],
        [
            ("Green gain from Conservative.", "", "", "W"),
            ("Majority: 212.", "", "", "W"),
        ],
        [
            (
                "“People voted for buses, not slogans,” Ms Ashgroveley said after the declaration at 1.40am.",
                "Maribel Ashgroveley",
                "said",
                "",
            ),
            (
                "She said the cut to the 41 bus, which has run hourly instead of every 20 minutes since September, had come up “on nearly every doorstep”.",
                "Maribel Ashgroveley",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'll be at the next transport committee,” she said.",
                "Maribel Ashgroveley",
                "said",
                "",
            ),
            ("“With a notebook.”", "Maribel Ashgroveley", "said", ""),
        ],
        [
            (
                "Mr Brankwhistle, a pharmacist in the town, said he would stand again in May's full council elections.",
                "Aldous Brankwhistle",
                "said",
                "",
            ),
            ("“Well done to her,” he said.", "Aldous Brankwhistle", "said", ""),
            ("“Fair's fair.”", "Aldous Brankwhistle", "said", ""),
        ],
        [
            (
                "Ms Castlebeck said Labour's share, 19.8%, was up from 17.1% when the ward was last contested in 2023.",
                "Noreen Castlebeck",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("HOW THE COUNCIL NOW STANDS", "", "", "B"),
        ],
        [
            ("Conservative 21 (–1)", "", "", "W"),
        ],
        [
            ("Labour 14", "", "", "W"),
        ],
        [
            ("Green 6 (+1)", "", "", "W"),
        ],
        [
            ("Liberal Democrat 4", "", "", "W"),
        ],
        [
            ("Independent 3", "", "", "W"),
        ],
        [
            (
                "The Conservatives hold 21 of the council's 48 seats and run it as a minority administration with the support of two independents.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council's Conservative leader, Cllr Wendeline Mossingbrook, said the result was “disappointing, but local”.",
                "Wendeline Mossingbrook",
                "said",
                "",
            ),
            (
                "“By-elections are where people send messages,” she said.",
                "Wendeline Mossingbrook",
                "said",
                "",
            ),
            ("“Message received.”", "Wendeline Mossingbrook", "said", ""),
        ],
        [
            (
                "She said the council had written to the bus operator, Kestrelline Coaches, on 12 January asking it to restore the 20-minute service.",
                "Wendeline Mossingbrook",
                "said",
                "W",
            ),
            (
                "The council would put £48,000 a year towards the cost, she said.",
                "Wendeline Mossingbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "Postal votes made up 38% of those cast, according to the elections office.",
                "the elections office",
                "according to",
                "W",
            ),
            ("The next full council elections are on Thursday 6 May.", "", "", ""),
        ],
        [
            (
                "Correction, 5 February 2027, 11:40am: An earlier version of this article gave Labour's vote as 630.",
                "",
                "",
                "B",
            ),
            ("It was 603.", "", "", "B"),
            ("We apologise for the error.", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Hollis Ambreworth is the Herald's local democracy reporter and has covered Stavenbury's two councils since 2019.",
                "",
                "",
                "B",
            ),
            (
                "He previously worked for the Dunstravey Weekly Post and writes the Town Hall Weekly newsletter.",
                "",
                "",
                "B",
            ),
            (
                "His post is part-funded by the Civic Reporting Partnership, which places reporters in local newsrooms across England.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More on this story", "", "", "B"),
        ],
        [
            ("Bus 41 to run hourly from September, Kestrelline confirms", "", "", "B"),
        ],
        [
            (
                "Cllr Reginald Quillenhall, who represented Wimbleshaw for 15 years, dies at 74",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("© 2027 Dunstravey Newspapers Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 08831462.", "", "", "B"),
        ],
        [
            ("About us | Contact | Complaints | Privacy | Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("THE RWENJERU OBSERVER", "", "", "B"),
        ],
        [
            ("Home | News | Business | Health | Sports | Opinion | ePaper", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Measles cases in Kisomberi climb to 318 as vaccination drive begins", "", "", "W"),
        ],
        [
            ("By Patience Nakirinda-Owembe", "", "", "B"),
        ],
        [
            ("Tuesday, January 19, 2027 — 6:05 PM", "", "", "B"),
        ],
        [
            ("Share on WhatsApp | Facebook | X | Email", "", "", "B"),
        ],
        [
            (
                "A health worker vaccinates a child at Nyakasoro Health Centre III on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | PATIENCE NAKIRINDA-OWEMBE", "", "", "B"),
        ],
        [
            (
                "KISOMBERI — Measles cases in Kisomberi District have risen to 318 since the outbreak was confirmed on December 14, district health officials said on Tuesday.",
                "district health officials",
                "said",
                "W",
            ),
        ],
        [
            ("Four children have died.", "", "", "W"),
        ],
        [
            (
                "The district health officer, Dr Gideon Rwakaturo-Akiiki, said 271 of the cases were children under five and that 204 of them had never received a measles vaccine.",
                "Gideon Rwakaturo-Akiiki",
                "said",
                "W",
            ),
            (
                "“Measles does not forgive a missed dose,” he said.",
                "Gideon Rwakaturo-Akiiki",
                "said",
                "",
            ),
        ],
        [
            ("Key facts", "", "", "B"),
        ],
        [
            ("Cases since December 14: 318", "", "", "W"),
        ],
        [
            ("Deaths: 4", "", "", "W"),
        ],
        [
            ("Children under five among the cases: 271", "", "", "W"),
        ],
        [
            ("Sub-counties reporting cases: 7 of 12", "", "", "W"),
        ],
        [
            ("Vaccine doses received for the campaign: 96,000", "", "", "W"),
        ],
        [
            ("Campaign target: 88,000 children aged nine months to 14 years", "", "", ""),
        ],
        [
            (
                "A door-to-door vaccination campaign began on Monday in the seven affected sub-counties.",
                "",
                "",
                "W",
            ),
            (
                "Dr Rwakaturo-Akiiki said 140 teams of two vaccinators each had been deployed.",
                "Gideon Rwakaturo-Akiiki",
                "said",
                "W",
            ),
            (
                "The campaign is meant to reach every eligible child within 10 days, he said.",
                "Gideon Rwakaturo-Akiiki",
                "said",
                "",
            ),
        ],
        [
            (
                "Florence Kyabazinga-Ntwire, a mother of three in Nyakasoro, said she walked six kilometres with her two youngest children to the health centre on Tuesday morning.",
                "Florence Kyabazinga-Ntwire",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My last-born missed the first dose because the centre had no vaccine in June,” she said.",
                "Florence Kyabazinga-Ntwire",
                "said",
                "W",
            ),
            ("“This time I am not taking chances.”", "Florence Kyabazinga-Ntwire", "said", ""),
        ],
        [
            (
                "“We are not closing schools,” said the district chairperson, Edson Byaruhangiro-Kemiti.",
                "Edson Byaruhangiro-Kemiti",
                "said",
                "",
            ),
        ],
        [
            (
                "He said term would begin on February 1 as planned, but pupils with a fever and a rash would be sent home.",
                "Edson Byaruhangiro-Kemiti",
                "said",
                "",
            ),
        ],
        [
            (
                "Uganda has recorded measles outbreaks in 11 districts since July 2026, according to the Ministry of Health's weekly epidemiological bulletin.",
                "the Ministry of Health's weekly epidemiological bulletin",
                "according to",
                "W",
            ),
            (
                "The bulletin shows national coverage of the second measles dose at 61% in 2025, against a target of 95%.",
                "The bulletin",
                "shows",
                "W",
            ),
        ],
        [
            ("The outbreak is the district's first since 2019.", "", "", "W"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Dr Rwakaturo-Akiiki said the first cases were traced to a wedding in Nyakasoro on November 28 that was attended by about 600 guests.",
                "Gideon Rwakaturo-Akiiki",
                "said",
                "W",
            ),
            (
                "“One sick child at a big gathering is enough,” he said.",
                "Gideon Rwakaturo-Akiiki",
                "said",
                "",
            ),
        ],
        [
            (
                "This story was produced with support from the Nalubale Health Reporting Fund.",
                "",
                "",
                "B",
            ),
            ("The Observer retains full editorial control over what it publishes.", "", "", "B"),
        ],
        [
            (
                "Sign up for Health Weekly and get our best health reporting in your inbox every Friday morning.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email     Subscribe", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Kisomberi confirms measles outbreak after 12 children test positive", "", "", "B"),
        ],
        [
            (
                "Health workers in three districts paid December salaries three weeks late",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated and will appear once approved.", "", "", "B"),
            ("Please keep them civil.", "", "", "B"),
        ],
        [
            ("© 2027 Rwenjeru Observer Publications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About | Advertise | Privacy | Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("DAILY SIRINKETHA", "", "", "B"),
        ],
        [
            ("News | Business | Sports | Opinion | Features | Epaper", "", "", "B"),
        ],
        [
            (
                "BREAKING: Stock exchange trading halted for 20 minutes after system fault",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Transport", "", "", "B"),
        ],
        [
            ("Train fares to rise by 15% from February 15, minimum fare to be Rs. 40", "", "", "W"),
        ],
        [
            ("By Tharindu Wickramapathirage", "", "", "B"),
        ],
        [
            ("Published: Wednesday, 27 January 2027 - 4:15 PM", "", "", "B"),
        ],
        [
            ("Listen to this article   3 min", "", "", "B"),
        ],
        [
            (
                "COLOMBO — Rail fares will go up by 15% on all classes from February 15, the Railway Department said on Wednesday, the second increase in less than a year.",
                "the Railway Department",
                "said",
                "W",
            ),
            (
                "The minimum fare will rise from Rs. 35 to Rs. 40, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy General Manager Lasantha Gunawelapathi told reporters the department lost Rs. 11.6 billion in 2026 and that fuel and spare parts made up more than half its operating costs.",
                "Lasantha Gunawelapathi",
                "told reporters",
                "W",
            ),
            ("“Nobody wants to raise fares,” he said.", "Lasantha Gunawelapathi", "said", ""),
            ("“But a train does not run on goodwill.”", "Lasantha Gunawelapathi", "said", ""),
        ],
        [
            (
                "He said season tickets, used by about 140,000 commuters, would rise by the same 15%.",
                "Lasantha Gunawelapathi",
                "said",
                "W",
            ),
        ],
        [
            ("TIMELINE: RAIL FARES SINCE 2022", "", "", "B"),
        ],
        [
            ("July 2022: Fares raised by 50% after a fuel price increase.", "", "", "W"),
        ],
        [
            ("January 2024: Minimum fare set at Rs. 30.", "", "", "W"),
        ],
        [
            ("April 2026: Fares raised by 12.5%; minimum fare Rs. 35.", "", "", "W"),
        ],
        [
            ("February 15, 2027: Fares to rise by 15%; minimum fare Rs. 40.", "", "", "W"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Commuters on the 7.05 a.m. Kelanivitiya–Fort train said the increase would hurt.",
                "Commuters on the 7.05 a.m. Kelanivitiya–Fort train",
                "said",
                "",
            ),
            (
                "Dilrukshi Ambepitiyage, a nurse who travels from Kelanivitiya every day, said her monthly season ticket already cost Rs. 2,160.",
                "Dilrukshi Ambepitiyage",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Bus, train, three-wheeler — everything is going up,” she said.",
                "Dilrukshi Ambepitiyage",
                "said",
                "",
            ),
            ("“Only the salary stays.”", "Dilrukshi Ambepitiyage", "said", ""),
        ],
        [
            (
                "“It's fair,” said an older passenger, who gave his name only as Premasiri.",
                "Premasiri",
                "said",
                "",
            ),
        ],
        [
            (
                "Passenger numbers fell by about 9% in the three months after the April increase, according to the department's own figures.",
                "the department's own figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ranmali Welihinda-Pothupitiye, a transport economist at the Kothmalgama Policy Institute, said another fall was likely.",
                "Ranmali Welihinda-Pothupitiye",
                "said",
                "",
            ),
            (
                "“Every fare rise pushes some people back onto motorcycles,” she said.",
                "Ranmali Welihinda-Pothupitiye",
                "said",
                "",
            ),
            (
                "She said the department should publish what each line costs to run.",
                "Ranmali Welihinda-Pothupitiye",
                "said",
                "",
            ),
        ],
        [
            (
                "The department said fares had not kept pace with costs, noting that the price of a litre of diesel had risen 41% since fares were set in 2024.",
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Editor's note: Fares in this article are for third-class travel unless stated otherwise.",
                "",
                "",
                "B",
            ),
            ("Season ticket prices were provided by the Railway Department.", "", "", "B"),
        ],
        [
            (
                "This article was translated from our Sinhala-language edition with the help of an AI tool and checked by an editor.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Daily Sirinketha is now on WhatsApp.", "", "", "B"),
            ("Follow our channel for breaking news.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments are the views of readers and not of Daily Sirinketha.",
                "",
                "",
                "B",
            ),
            ("Comments that are abusive or off-topic will be removed.", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Bus fares unchanged as private operators reach deal on diesel subsidy", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Sirinketha Newspapers (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Use | Privacy Policy | Advertise | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("WAPISTOW INDEPENDENT", "", "", "B"),
        ],
        [
            (
                "Local news for the Pembrevale region, free to read and paid for by readers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News   Education   Health   Environment   Events   Donate", "", "", "B"),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            ("Pembrevale trustees pass $148.6M budget that cuts 31 teaching jobs", "", "", "W"),
        ],
        [
            (
                "Board chair says division had 'no good options' after provincial grant rose 1.9%",
                "Corinna Strelbeck",
                "says",
                "W",
            ),
        ],
        [
            ("By Naveen Ollisandra-Price", "", "", "B"),
        ],
        [
            ("Jan. 28, 2027", "", "", "B"),
        ],
        [
            ("Updated Jan. 29, 2027 at 9:10 a.m.", "", "", "B"),
        ],
        [
            (
                "CARROWVALE, Man. — The Pembrevale School Division's board of trustees voted 7-2 on Wednesday night to pass a $148.6-million budget that eliminates 31 teaching positions in September.",
                "",
                "",
                "W",
            ),
            ("The cuts amount to about one in 20 of the division's 640 teachers.", "", "", "W"),
        ],
        [
            ("What the budget does", "", "", "B"),
        ],
        [
            ("Cuts 31 full-time teaching positions, mostly through retirements", "", "", "W"),
        ],
        [
            ("Raises the school share of property taxes by 4.5%", "", "", "W"),
        ],
        [
            ("Closes the division's two outdoor education centres", "", "", "W"),
        ],
        [
            ("Keeps class-size targets for kindergarten to Grade 3", "", "", "W"),
        ],
        [
            (
                "Adds six educational assistant positions for students with special needs",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board chair Corinna Strelbeck said the province's operating grant to the division rose 1.9% this year, while salary costs rose 4.2% under the new provincial teachers' contract.",
                "Corinna Strelbeck",
                "said",
                "W",
            ),
            ("“We had no good options,” she said.", "Corinna Strelbeck", "said", ""),
            ("“We had less bad ones.”", "Corinna Strelbeck", "said", ""),
        ],
        [
            (
                "Strelbeck said no teacher would be laid off if enough retirements came through by April.",
                "Corinna Strelbeck",
                "said",
                "",
            ),
        ],
        [
            (
                "Trustee Everett Maunsfield-Adekunbi, one of the two who voted against, said the division had $6.1 million in reserves at the end of June.",
                "Everett Maunsfield-Adekunbi",
                "said",
                "W",
            ),
            (
                "“That money is for a rainy day,” he said.",
                "Everett Maunsfield-Adekunbi",
                "said",
                "",
            ),
            (
                "“Thirty-one fewer teachers is a rainy day.”",
                "Everett Maunsfield-Adekunbi",
                "said",
                "",
            ),
        ],
        [
            (
                "Strelbeck said provincial rules cap the share of reserves a division can spend in one year at 2% of its budget, or about $3 million for Pembrevale.",
                "Corinna Strelbeck",
                "said",
                "W",
            ),
        ],
        [
            ("Support independent local news", "", "", "B"),
        ],
        [
            ("Wapistow Independent is a non-profit newsroom.", "", "", "B"),
            (
                "Our reporting is free to read because 1,140 readers give what they can.",
                "",
                "",
                "B",
            ),
            (
                "We need 300 more monthly donors by March 31 to keep a full-time education reporter.",
                "",
                "",
                "B",
            ),
            ("A gift of $10 a month pays for about one hour of reporting.", "", "", "B"),
        ],
        [
            ("Donate now", "", "", "B"),
        ],
        [
            (
                "The Pembrevale Teachers' Association said in a statement that class sizes in Grades 7 to 12 would likely rise by two or three students.",
                "the Pembrevale Teachers' Association",
                "said in a statement",
                "",
            ),
            (
                "Its president, Shona Patterfield-Ngozirike, said teachers would lobby MLAs before the provincial budget in March.",
                "Shona Patterfield-Ngozirike",
                "said",
                "",
            ),
        ],
        [
            (
                "“My daughter's French immersion class already has 29 kids,” said Marisol Quenevreau-Tran, whose two children attend Sallowgrange Collegiate.",
                "Marisol Quenevreau-Tran",
                "said",
                "W",
            ),
            ("“Where do they put the 30th?”", "Marisol Quenevreau-Tran", "said", ""),
        ],
        [
            ("The division must submit its budget to the province by March 15.", "", "", "W"),
        ],
        [
            ("Republish this story", "", "", "B"),
        ],
        [
            (
                "You may republish this article free of charge under a Creative Commons licence, provided you credit Wapistow Independent and do not edit the text.",
                "",
                "",
                "B",
            ),
            ("Photos are not included.", "", "", "B"),
        ],
        [
            (
                "How we used AI: A transcription tool produced a draft transcript of the board meeting.",
                "",
                "",
                "B",
            ),
            (
                "Every quote was checked against the division's video recording by our reporter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Naveen Ollisandra-Price covers education for Wapistow Independent.", "", "", "B"),
            ("Reach him at naveen@wapistowindependent.ca or 204-555-0143.", "", "", "B"),
        ],
        [
            ("Sign up for The Pembrevale Week, our free Saturday newsletter.", "", "", "B"),
        ],
        [
            ("© 2027 Wapistow Independent News Inc.", "", "", "B"),
            ("Charitable registration No. 817240563 RR0001.", "", "", "B"),
        ],
        [
            ("About | Our funders | Ethics policy | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("NAMWISO TIDINGS", "", "", "B"),
        ],
        [
            ("Home | National | Courts | Business | Regions | Sport | Opinion", "", "", "B"),
        ],
        [
            ("Courts", "", "", "B"),
        ],
        [
            ("Ex-procurement officer denies N$2.3m fraud as trial opens", "", "", "W"),
        ],
        [
            ("By Ndeshihafela Kamburute", "", "", "B"),
        ],
        [
            ("Windhoek | Tuesday, 9 February 2027", "", "", "B"),
        ],
        [
            ("Festus Uutoni-Haimbodi leaves the High Court in Windhoek on Monday.", "", "", ""),
        ],
        [
            ("Photo: Namwiso Tidings", "", "", "B"),
        ],
        [
            (
                "WINDHOEK – A former procurement officer at the Okaruvanga Town Council pleaded not guilty in the High Court on Monday to 14 counts of fraud involving N$2.3 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Festus Uutoni-Haimbodi, 46, is free on bail of N$20 000.", "", "", "W"),
        ],
        [
            (
                "The State alleges that between March 2021 and August 2023 he approved payments to three companies for road gravel and culverts that were never delivered.",
                "The State",
                "alleges",
                "W",
            ),
        ],
        [
            ("CASE AT A GLANCE", "", "", "B"),
        ],
        [
            ("Accused: Festus Uutoni-Haimbodi, 46", "", "", "W"),
        ],
        [
            ("Charges: 14 counts of fraud, alternatively theft", "", "", "W"),
        ],
        [
            ("Amount: N$2.3 million", "", "", "W"),
        ],
        [
            ("Plea: Not guilty on all counts", "", "", "W"),
        ],
        [
            ("Next date: 22 February", "", "", ""),
        ],
        [
            (
                "State advocate Glenda Katjivikua-Mberi told the court the State would call 11 witnesses, among them two directors of the companies.",
                "Glenda Katjivikua-Mberi",
                "told the court",
                "W",
            ),
            (
                "She said the three companies shared a post office box in Okahandja and had the same bank signatory.",
                "Glenda Katjivikua-Mberi",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a plea explanation read by his lawyer, Petrus Shivolo-Verdoorn, Uutoni-Haimbodi said every payment had also been approved by a second official, as council rules required.",
                "Festus Uutoni-Haimbodi",
                "said",
                "W",
            ),
            (
                "“My client signed what was put in front of him,” Shivolo-Verdoorn said outside court.",
                "Petrus Shivolo-Verdoorn",
                "said",
                "",
            ),
        ],
        [
            (
                "About 30 residents of Okaruvanga travelled to Windhoek for the hearing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We want our money back,” said Selma Hawanga-Tjipute, one of them.",
                "Selma Hawanga-Tjipute",
                "said",
                "",
            ),
        ],
        [
            (
                "The missing deliveries were first flagged in the town council's internal audit report for 2022/23, according to court papers.",
                "court papers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The town's mayor, Rauna Kapofi-Shikesho, said outside court that the council had suspended two other officials in 2024 and changed its payment rules.",
                "Rauna Kapofi-Shikesho",
                "said",
                "W",
            ),
            ("“This case is not about one person,” she said.", "Rauna Kapofi-Shikesho", "said", ""),
            ("“It is about a system, and we have fixed it.”", "Rauna Kapofi-Shikesho", "said", ""),
        ],
        [
            (
                "The trial continues before Judge Martha Shipopyeni-Garoeb on 22 February.",
                "",
                "",
                "",
            ),
        ],
        [
            ("IN OTHER COURTS", "", "", "B"),
        ],
        [
            (
                "RUNDU – A 31-year-old man was sentenced to 12 years in prison on Monday for stealing 19 head of cattle from a farm near Nkurenkuru.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "OSHAKATI – Two brothers charged with housebreaking were granted bail of N$3 000 each in the magistrate's court on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "KEETMANSHOOP – The murder trial of a 27-year-old farmworker was postponed to 15 March for further investigation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Editor's note: Namwiso Tidings does not name people charged with a crime until they have appeared in court, in line with our editorial policy.",
                "",
                "",
                "B",
            ),
            ("The two brothers have not yet pleaded.", "", "", "B"),
        ],
        [
            ("Have a story for us? WhatsApp the newsroom on +264 81 555 0192.", "", "", "B"),
        ],
        [
            ("Read also: Okaruvanga council suspends two officials over road tenders", "", "", "B"),
        ],
        [
            ("Follow Namwiso Tidings on Facebook and X for court updates.", "", "", "B"),
        ],
        [
            ("© 2027 Namwiso Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("NAVUSEKA NEWS", "", "", "B"),
        ],
        [
            ("LIVE: TD06F updates", "", "", "B"),
        ],
        [
            ("News | Weather | Business | Sport | Pasifika | Videos", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            (
                "Stay connected through the storm: get double data on all Kotomai Mobile top-ups this week.",
                "",
                "",
                "B",
            ),
            ("Terms apply.", "", "", "B"),
        ],
        [
            (
                "Heavy rain warning for Viti Levu as TD06F moves closer; 27 evacuation centres open",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Litiana Ravuvatabua", "", "", "B"),
        ],
        [
            ("February 23, 2027 6:40 pm", "", "", "B"),
        ],
        [
            ("Share this: Facebook | Viber | WhatsApp", "", "", "B"),
        ],
        [
            (
                "A heavy rain warning is in force for the whole of Viti Levu, the Fiji Meteorological Service said this afternoon, as Tropical Depression TD06F tracked south-east towards the group.",
                "the Fiji Meteorological Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "At 3pm the depression was about 410 kilometres west of Nadi and moving at 12km/h, it said.",
                "the Fiji Meteorological Service",
                "said",
                "W",
            ),
            (
                "It said there was a moderate chance of the system becoming a category one cyclone within 24 hours.",
                "the Fiji Meteorological Service",
                "said",
                "",
            ),
        ],
        [
            (
                "Up to 150 millimetres of rain could fall over the interior in 24 hours, the forecast says.",
                "the forecast",
                "says",
                "",
            ),
        ],
        [
            ("What to do now", "", "", "B"),
        ],
        [
            ("1. Secure loose roofing iron and tie down water tanks.", "", "", ""),
        ],
        [
            (
                "2. Fill containers with enough clean drinking water for at least three days.",
                "",
                "",
                "",
            ),
        ],
        [
            ("3. Keep a torch, a radio and spare batteries in one place.", "", "", ""),
        ],
        [
            ("4. Do not cross flooded rivers or creeks, on foot or by vehicle.", "", "", ""),
        ],
        [
            ("5. Listen to the radio for official advisories every three hours.", "", "", ""),
        ],
        [
            (
                "The National Disaster Management Office said 27 evacuation centres had opened in the Western and Central divisions by 5pm, sheltering 1,314 people.",
                "The National Disaster Management Office",
                "said",
                "W",
            ),
            (
                "Its director, Akuila Dronavatu-Seru, said 18 of the centres were schools.",
                "Akuila Dronavatu-Seru",
                "said",
                "W",
            ),
        ],
        [
            (
                "“If you live in a low-lying area and you are not sure, move now, not at midnight,” he said.",
                "Akuila Dronavatu-Seru",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Education said all schools in the Western Division would be closed on Wednesday.",
                "The Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ferry operator Drekeniwai Shipping said it had cancelled Wednesday's two sailings to Kadavu.",
                "Drekeniwai Shipping",
                "said",
                "W",
            ),
        ],
        [
            (
                "Domestic carrier Drauniivi Air said it had cancelled 11 of Wednesday's 16 flights.",
                "Drauniivi Air",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The track could still shift, so people in the Yasawa and Mamanuca groups should not relax,” said duty forecaster Salote Vuetikoro-Naulumai.",
                "Salote Vuetikoro-Naulumai",
                "said",
                "",
            ),
            (
                "She said the last system to bring a heavy rain warning for the whole of Viti Levu was in April 2025.",
                "Salote Vuetikoro-Naulumai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tavuloa Power said it had switched off supply to parts of Lautoka at 4.15pm as a precaution.",
                "Tavuloa Power",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues after advertisement", "", "", "B"),
        ],
        [
            (
                "At Sigatoka market, Mereoni Tuilaucala-Baleivanua, who runs a food stall, said vendors had packed up early.",
                "Mereoni Tuilaucala-Baleivanua",
                "said",
                "",
            ),
            (
                "“We lost everything in the 2021 floods — the tables, the freezer, all of it,” she said.",
                "Mereoni Tuilaucala-Baleivanua",
                "said",
                "W",
            ),
            ("“Not again.”", "Mereoni Tuilaucala-Baleivanua", "said", ""),
        ],
        [
            ("The next tropical disturbance advisory is due at 9pm.", "", "", ""),
        ],
        [
            ("Get storm alerts by SMS: text STORM to 5522.", "", "", "B"),
            ("Standard rates apply.", "", "", "B"),
        ],
        [
            ("Related: What the cyclone categories mean, and what each one can do", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Forecast information in this article was correct at the time of publishing.",
                "",
                "",
                "B",
            ),
            (
                "For the latest official warnings, check the Fiji Meteorological Service website.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Navuseka Media Pte Limited", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CROSSGLEBE ECHO", "", "", "B"),
        ],
        [
            ("News | Sport | Farming | Business | Notices | Jobs", "", "", "B"),
        ],
        [
            ("Sport › Football", "", "", "B"),
        ],
        [
            ("Rovers come from two down to beat Carrowdrennan 3-2 and go top", "", "", "W"),
        ],
        [
            ("By Cathal Mulgrastey", "", "", "B"),
        ],
        [
            ("Sunday, March 7, 2027 at 8:20 pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Match report sponsored by Gortnashee Motors, your local family-run dealer since 1987.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MID-ULSTER SENIOR LEAGUE", "", "", "B"),
        ],
        [
            ("Drumshallagh Rovers 3 Carrowdrennan Celtic 2", "", "", "W"),
        ],
        [
            (
                "Drumshallagh Rovers came from two goals down to beat Carrowdrennan Celtic 3-2 at Gortnashee Park on Saturday and go top of the Mid-Ulster Senior League on goal difference.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Carrowdrennan led 2-0 at half-time after two goals in the first 25 minutes from striker Ruairi Tannahey-Mawhirt.",
                "",
                "",
                "W",
            ),
            (
                "Rovers substitute Darragh Mellifont pulled one back on 58 minutes, and centre-back Odhran Culkeeny-Rae levelled with a header from a corner eight minutes later.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kieran Ashbrooke-Devennagh scored the winner in the 89th minute.", "", "", "W"),
        ],
        [
            (
                "“Unbelievable,” said Rovers manager Declan Farrenby-Gilliveen.",
                "Declan Farrenby-Gilliveen",
                "said",
                "",
            ),
        ],
        [
            (
                "“At half-time I told them nobody in this ground thought we could win except the 11 of them and me,” he said.",
                "Declan Farrenby-Gilliveen",
                "said",
                "",
            ),
            ("“I'm not sure I believed it myself.”", "Declan Farrenby-Gilliveen", "said", ""),
        ],
        [
            (
                "He said it was the first time Rovers had come from two goals down to win a league game since 2018.",
                "Declan Farrenby-Gilliveen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Carrowdrennan manager Hugh Ardglassan said his side had “switched off”.",
                "Hugh Ardglassan",
                "said",
                "",
            ),
            ("“Two-nil up at home, and we lose it,” he said.", "Hugh Ardglassan", "said", ""),
            ("“That's on me.”", "Hugh Ardglassan", "said", ""),
        ],
        [
            (
                "Ashbrooke-Devennagh, 19, said he had “just closed my eyes and hit it”.",
                "Kieran Ashbrooke-Devennagh",
                "said",
                "",
            ),
        ],
        [
            (
                "The attendance of 612 was a record for the ground, according to Drumshallagh Rovers.",
                "Drumshallagh Rovers",
                "according to",
                "W",
            ),
        ],
        [
            ("Saturday's other results", "", "", "B"),
        ],
        [
            ("Ballyhaskin United 1 Tullyrusk Athletic 1", "", "", "W"),
        ],
        [
            ("Corraveagh Town 4 Lisnadrum Swifts 0", "", "", "W"),
        ],
        [
            ("Moyvallen 2 Killycrane Star 3", "", "", "W"),
        ],
        [
            ("Rovers host Ballyhaskin United next Saturday.", "", "", ""),
        ],
        [
            ("NEXT MATCH ODDS", "", "", "B"),
        ],
        [
            (
                "Rovers v Ballyhaskin, Sat 13 March: Rovers 4/6, Draw 13/5, Ballyhaskin 10/3",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bet now", "", "", "B"),
        ],
        [
            ("18+ only.", "", "", "B"),
            ("Odds correct at the time of publishing and subject to change.", "", "", "B"),
        ],
        [
            ("Please gamble responsibly.", "", "", "B"),
            ("For free, confidential help, call 0808 555 0473.", "", "", "B"),
        ],
        [
            (
                "Sign up for the Echo's Saturday Sport email for results, reports and next week's fixtures.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments (6)", "", "", "B"),
        ],
        [
            ("Show comments", "", "", "B"),
        ],
        [
            ("© 2027 Crossglebe Echo Ltd.", "", "", "B"),
        ],
        [
            ("Contact us | Advertise | Privacy | Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MEGHNABARTA", "", "", "B"),
        ],
        [
            (
                "Home | Bangladesh | Business | Economy | World | Sports | Opinion | E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("USD: Tk 121.40 | Gold (22K): Tk 1,48,600/bhori | DSEX: 5,212.6 ▲0.4%", "", "", "B"),
        ],
        [
            ("Business › Economy", "", "", "B"),
        ],
        [
            ("RMG exports fall 6.2% in January as US orders slow", "", "", "W"),
        ],
        [
            (
                "Garments brought in $3.43 billion of the month's $4.13 billion in export earnings",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Correspondent", "", "", "B"),
        ],
        [
            ("Dhaka | Tuesday, February 2, 2027 | Updated 07:45 PM", "", "", "B"),
        ],
        [
            ("Listen   Share   Save", "", "", "B"),
        ],
        [
            (
                "Bangladesh's export earnings fell 6.2% year on year in January to $4.13 billion, according to Export Promotion Bureau data released on Tuesday.",
                "Export Promotion Bureau data released on Tuesday",
                "according to",
                "W",
            ),
            (
                "Ready-made garments, which make up more than four-fifths of the country's exports, earned $3.43 billion, down 7.1% from $3.69 billion a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("AT A GLANCE", "", "", "B"),
        ],
        [
            ("Total exports, January: $4.13 billion (–6.2%)", "", "", "W"),
        ],
        [
            ("Garments, January: $3.43 billion (–7.1%)", "", "", "W"),
        ],
        [
            ("Knitwear: $1.91 billion (–5.4%)", "", "", "W"),
        ],
        [
            ("Woven garments: $1.52 billion (–9.1%)", "", "", "W"),
        ],
        [
            ("July–January, FY2026-27: $29.6 billion (+1.4%)", "", "", "W"),
        ],
        [
            ("Government target for FY2026-27: $58 billion", "", "", ""),
        ],
        [
            (
                "Rezaul Karim Talukdhar, vice-president of the Apparel Makers' Council of Bangladesh, said spring orders from US buyers were down by about 15% at its members' factories.",
                "Rezaul Karim Talukdhar",
                "said",
                "W",
            ),
            (
                "“Buyers are waiting to see what happens with tariffs,” he said.",
                "Rezaul Karim Talukdhar",
                "said",
                "",
            ),
            ("“Waiting is expensive for us.”", "Rezaul Karim Talukdhar", "said", ""),
        ],
        [
            (
                "He said 38 member factories had closed since July, putting about 21,000 people out of work.",
                "Rezaul Karim Talukdhar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sanjida Ferdaushree-Alam, research director at the Institute for Trade Competitiveness in Dhaka, said the decline could continue until April.",
                "Sanjida Ferdaushree-Alam",
                "said",
                "",
            ),
            ("“One bad month is not a trend,” she said.", "Sanjida Ferdaushree-Alam", "said", ""),
            ("“Three would be.”", "Sanjida Ferdaushree-Alam", "said", ""),
        ],
        [
            (
                "She noted that exports to the European Union, the largest market, rose 2.3% in January.",
                "Sanjida Ferdaushree-Alam",
                "noted",
                "W",
            ),
        ],
        [
            (
                "The taka has lost 3.8% against the dollar since July, according to Bangladesh Bank figures.",
                "Bangladesh Bank figures",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "WEBINAR | Beyond the Tariff Cliff: What next for Bangladesh's apparel exports?",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Thursday, February 18, 3:00 PM (Dhaka time)", "", "", "B"),
        ],
        [
            (
                "Join exporters, economists and buyers for a one-hour discussion hosted by The Meghnabarta Business Desk.",
                "",
                "",
                "B",
            ),
            ("Registration is free, but places are limited to 300.", "", "", "B"),
        ],
        [
            ("Register now", "", "", "B"),
        ],
        [
            (
                "Nusrat Jahan Mollikhan, who owns a knitwear factory with 1,200 workers in Gazipur, said she had cut overtime and stopped hiring in December.",
                "Nusrat Jahan Mollikhan",
                "said",
                "W",
            ),
            (
                "“We paid January salaries on time,” she said.",
                "Nusrat Jahan Mollikhan",
                "said",
                "W",
            ),
            ("“February, I can't promise.”", "Nusrat Jahan Mollikhan", "said", ""),
        ],
        [
            (
                "The bureau's figures show that frozen fish and leather exports also fell in January, by 11.2% and 4.6%.",
                "The bureau's figures",
                "show",
                "W",
            ),
        ],
        [
            ("Partner content", "", "", "B"),
        ],
        [
            (
                "Sponsored | How one Chattogram logistics firm cut clearance times by half",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sponsored | Five questions to ask before you take a trade loan", "", "", "B"),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Remittance inflow hits $2.7 billion in January, highest in 14 months", "", "", "B"),
        ],
        [
            ("© 2027 The Meghnabarta.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Editor: Farhana Mizanbari | Published by Meghnabarta Publications Ltd., Tejgaon, Dhaka.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("SMOKY BEND PUBLIC RADIO", "", "", "B"),
        ],
        [
            ("Listen Live   ▶ 91.7 FM", "", "", "B"),
        ],
        [
            ("News   Music   Podcasts   Events   Support", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Wychbarrow County Hospital will stop delivering babies March 31", "", "", "W"),
        ],
        [
            ("By Garrison Vellabrand-Imes", "", "", "B"),
        ],
        [
            ("Published February 10, 2027 at 5:02 AM CST", "", "", "B"),
        ],
        [
            (
                "HALLOWRIGG, Kan. — Wychbarrow County Hospital will stop delivering babies on March 31, leaving pregnant patients in three counties more than an hour's drive from the nearest labor and delivery unit.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital's board voted 5-0 on Monday night to close its two-bed obstetrics unit.",
                "",
                "",
                "W",
            ),
            (
                "Chief executive Renata Whitlacombe-Ybarrigoitia said the unit delivered 74 babies in 2026, down from 131 in 2016.",
                "Renata Whitlacombe-Ybarrigoitia",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the hospital lost about $1.2 million on obstetrics last year and had not been able to replace two family physicians who retired in 2025.",
                "Renata Whitlacombe-Ybarrigoitia",
                "said",
                "W",
            ),
            (
                "“This is the hardest decision this board has made,” she said.",
                "Renata Whitlacombe-Ybarrigoitia",
                "said",
                "",
            ),
            (
                "“It is not a decision about whether births matter.”",
                "Renata Whitlacombe-Ybarrigoitia",
                "said",
                "",
            ),
        ],
        [
            ("Q&A: What the closure means", "", "", "B"),
        ],
        [
            ("Where will patients deliver now?", "", "", ""),
        ],
        [
            (
                "The nearest hospital that delivers babies is Kessenfell Regional Medical Center in Ostlerburg, 71 miles east.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Will prenatal care continue in Hallowrigg?", "", "", ""),
        ],
        [
            (
                "The hospital's clinic will keep offering prenatal visits up to about 36 weeks of pregnancy, according to the hospital.",
                "the hospital",
                "according to",
                "W",
            ),
        ],
        [
            ("What happens in an emergency?", "", "", ""),
        ],
        [
            (
                "The emergency department will stay open 24 hours a day and will still handle unplanned births, the hospital said.",
                "the hospital",
                "said",
                "W",
            ),
        ],
        [
            ("How many families are affected?", "", "", ""),
        ],
        [
            (
                "About 210 babies were born in 2025 to mothers living in Wychbarrow, Pellastone and Tessendine counties, according to state health department figures.",
                "state health department figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kaylin Brunswarth-Quintanillo, who is due in April, said she had planned to give birth in Hallowrigg, where her first two children were born.",
                "Kaylin Brunswarth-Quintanillo",
                "said",
                "W",
            ),
            (
                "“Now I'm going to be timing contractions on the highway,” she said.",
                "Kaylin Brunswarth-Quintanillo",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Anneliese Corvasco, an obstetrician who studies rural maternity care, said research suggests more babies are born before their mothers reach a hospital after a unit closes.",
                "Anneliese Corvasco",
                "said",
                "",
            ),
            ("“The risk doesn't disappear,” she said.", "Anneliese Corvasco", "said", ""),
            ("“It moves onto the road.”", "Anneliese Corvasco", "said", ""),
        ],
        [
            (
                "Whitlacombe-Ybarrigoitia said the hospital would offer the unit's six nurses jobs in its emergency department and clinic.",
                "Renata Whitlacombe-Ybarrigoitia",
                "said",
                "",
            ),
        ],
        [
            (
                "This story is part of a reporting partnership between Smoky Bend Public Radio and the Sandsage Health Newsroom Collaborative.",
                "",
                "",
                "B",
            ),
            ("It may be republished free of charge with credit.", "", "", "B"),
        ],
        [
            ("Support local journalism", "", "", "B"),
        ],
        [
            ("Stories like this one are made possible by listeners.", "", "", "B"),
            ("This month we're asking 250 new members to give $5 a month.", "", "", "B"),
            ("So far, 163 have signed up.", "", "", "B"),
        ],
        [
            ("Give now", "", "", "B"),
        ],
        [
            (
                "Garrison Vellabrand-Imes is Smoky Bend Public Radio's health reporter, based in Hallowrigg.",
                "",
                "",
                "B",
            ),
            ("Email him at gvellabrand@smokybend.org.", "", "", "B"),
        ],
        [
            ("Related Content", "", "", "B"),
        ],
        [
            ("Two rural Kansas hospitals cut surgery hours as staffing costs climb", "", "", "B"),
        ],
        [
            ("Smoky Bend Public Radio is a service of Ostlerburg State University.", "", "", "B"),
        ],
        [
            ("© 2027 Smoky Bend Public Radio", "", "", "B"),
        ],
        [
            ("FCC Public Files | Contact | Privacy Policy", "", "", "B"),
        ],
    ],
    [
        [
            ("THE WINDWARDLY", "", "", "B"),
        ],
        [
            ("Barbados News | Local | Business | Sports | Entertainment | Columns", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Maths pass rates up at 14 of 22 secondary schools", "", "", "W"),
        ],
        [
            (
                "But six schools recorded falls, and the national pass rate is still below 60%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Shonette Graddiford", "", "", "B"),
        ],
        [
            ("Article published on February 16, 2027 at 12:01 am", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "Fourteen of the island's 22 public secondary schools improved their mathematics pass rates in last year's regional exams, according to figures released by the Ministry of Education on Monday.",
                "figures released by the Ministry of Education on Monday",
                "according to",
                "W",
            ),
            (
                "The national pass rate in mathematics rose to 57.3% from 52.8%, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            ("MATHEMATICS PASS RATES, SELECTED SCHOOLS", "", "", "B"),
        ],
        [
            ("School | 2025 | 2026", "", "", "B"),
        ],
        [
            ("Haltonfield Secondary | 48% | 61%", "", "", "W"),
        ],
        [
            ("St Brendolph's Secondary | 55% | 63%", "", "", "W"),
        ],
        [
            ("Coveley Hill Secondary | 62% | 58%", "", "", "W"),
        ],
        [
            ("Farrowbeck Comprehensive | 41% | 39%", "", "", "W"),
        ],
        [
            ("Source: Ministry of Education", "", "", "B"),
        ],
        [
            (
                "Education Minister Kerryann Moncrest-Sealbrook told reporters at the ministry on Monday that the improvement followed the hiring of 46 maths teachers since 2024.",
                "Kerryann Moncrest-Sealbrook",
                "told reporters",
                "W",
            ),
            (
                "“We are moving, but we are not where we need to be,” she said.",
                "Kerryann Moncrest-Sealbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the ministry would place maths coaches in the eight schools with the lowest pass rates from September.",
                "Kerryann Moncrest-Sealbrook",
                "said",
                "",
            ),
        ],
        [
            (
                "Marlon Thornehill-Yearby, president of the Secondary Educators' Guild, said 31 maths posts were still filled by teachers without a mathematics degree.",
                "Marlon Thornehill-Yearby",
                "said",
                "W",
            ),
            (
                "“Credit the teachers, not the press release,” he said.",
                "Marlon Thornehill-Yearby",
                "said",
                "",
            ),
        ],
        [
            (
                "At Haltonfield Secondary, where the pass rate rose 13 points, principal Yvette Oxenhythe-Griffenhagen said Saturday classes had made the difference.",
                "Yvette Oxenhythe-Griffenhagen",
                "said",
                "",
            ),
            (
                "She said 140 of the school's 188 fifth-formers attended the classes, which ran from October to May.",
                "Yvette Oxenhythe-Griffenhagen",
                "said",
                "W",
            ),
            ("“The children did the work,” she said.", "Yvette Oxenhythe-Griffenhagen", "said", ""),
        ],
        [
            (
                "Farrowbeck's principal did not respond to a request for comment.",
                "Farrowbeck's principal",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The ministry's figures show that 2,914 students sat the mathematics exam in public schools, 87 fewer than the year before.",
                "The ministry's figures",
                "show",
                "W",
            ),
        ],
        [
            (
                "Results for English will be released next week, the ministry said.",
                "the ministry",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Windwardly Education Expo: meet 40 schools, colleges and scholarship providers under one roof.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Saturday, March 20, 10 a.m. to 4 p.m.", "", "", "B"),
            ("Free entry.", "", "", "B"),
        ],
        [
            ("Shonette Graddiford is The Windwardly's education reporter.", "", "", "B"),
            ("She can be reached at sgraddiford@windwardly.bb.", "", "", "B"),
        ],
        [
            ("Got a story? Email news@windwardly.bb or WhatsApp 246-555-0187.", "", "", "B"),
        ],
        [
            (
                "Comments policy: The Windwardly welcomes comments but will remove any that are defamatory or abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Windwardly Publishing Inc.", "", "", "B"),
        ],
        [
            ("Privacy | Terms | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KALOMBWE CHRONICLE", "", "", "B"),
        ],
        [
            ("Home | News | Business | Sport | Features | Columns", "", "", "B"),
        ],
        [
            ("USD/ZMW 27.84 | GBP/ZMW 35.12 | ZAR/ZMW 1.49", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Cost of basic food basket in Lusaka rises K312 in a month", "", "", "W"),
        ],
        [
            (
                "Mealie meal drives increase, consumer watchdog finds",
                "Mwabanji Consumer Watch",
                "finds",
                "W",
            ),
        ],
        [
            ("By Chisanga Lumbwelo-Kasoma", "", "", "B"),
        ],
        [
            ("February 25, 2027", "", "", "B"),
        ],
        [
            (
                "LUSAKA – The monthly cost of basic food for a family of five in Lusaka rose by K312 in February to K4,871, Mwabanji Consumer Watch said on Thursday.",
                "Mwabanji Consumer Watch",
                "said",
                "W",
            ),
            (
                "The increase, 6.8%, was the largest one-month rise since the group began its survey in 2019, it said.",
                "Mwabanji Consumer Watch",
                "said",
                "W",
            ),
        ],
        [
            ("Survey highlights", "", "", "B"),
        ],
        [
            ("A 25kg bag of breakfast mealie meal rose from K385 to K440.", "", "", "W"),
        ],
        [
            ("Cooking oil rose 9% in a month.", "", "", "W"),
        ],
        [
            ("Kapenta prices were unchanged.", "", "", "W"),
        ],
        [
            ("Charcoal is expected to rise further as the rainy season continues.", "", "", ""),
        ],
        [
            (
                "Rent, water and electricity brought the total monthly basket to K10,215.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Families are now eating two meals a day instead of three,” said Luyando Hamweetwa-Sinkamba, the group's research coordinator.",
                "Luyando Hamweetwa-Sinkamba",
                "said",
                "W",
            ),
            (
                "She said the survey covered 14 markets and 31 shops across Lusaka in the first week of February.",
                "Luyando Hamweetwa-Sinkamba",
                "said",
                "W",
            ),
        ],
        [
            (
                "The basket has risen in 10 of the past 12 months, she said.",
                "Luyando Hamweetwa-Sinkamba",
                "said",
                "W",
            ),
        ],
        [
            ("Mealie meal is Zambia's staple food.", "", "", "W"),
        ],
        [
            (
                "The Zambezi Basin Millers' Association said the price of a 50kg bag of maize had risen to K480 because stocks were low before the harvest.",
                "The Zambezi Basin Millers' Association",
                "said",
                "W",
            ),
            (
                "Its chairman, Mwiinga Kasonkomona, said prices would ease once the new crop reached the market in May.",
                "Mwiinga Kasonkomona",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Grain Board said it had released 30,000 tonnes of maize to millers in February.",
                "the National Grain Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I sell less, but I cannot sell cheaper,” said Beatrice Nkhowani-Chibambo, a vendor at Chilenje market.",
                "Beatrice Nkhowani-Chibambo",
                "said",
                "",
            ),
            ("“Customers just buy half.”", "Beatrice Nkhowani-Chibambo", "said", ""),
        ],
        [
            (
                "The group said it would publish its March figures on March 25.",
                "The group",
                "said",
                "",
            ),
        ],
        [
            ("Sponsored content", "", "", "B"),
        ],
        [
            ("Partner: Mukombo Savings Bank", "", "", "B"),
        ],
        [
            (
                "Beat rising prices: earn 11% a year on a 12-month fixed deposit with Mukombo Savings.",
                "",
                "",
                "B",
            ),
            ("Terms and conditions apply.", "", "", "B"),
        ],
        [
            (
                "Disclaimer: The Kalombwe Chronicle's business pages are for information only and do not constitute financial advice.",
                "",
                "",
                "B",
            ),
            (
                "Readers should consult a licensed adviser before making investment decisions.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article was produced with support from the Southern Africa Business Reporting Initiative.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow The Kalombwe Chronicle on WhatsApp for business news as it happens.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Also on Business", "", "", "B"),
        ],
        [
            ("Copper output rises 4% in January, chamber of mines says", "", "", "B"),
        ],
        [
            ("© 2027 Kalombwe Chronicle Media Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE WAIMEHA LEADER", "", "", "B"),
        ],
        [
            ("Local | National | Sport | Business | Weather | Puzzles", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe", "", "", "B"),
        ],
        [
            ("Local › Transport", "", "", "B"),
        ],
        [
            ("Nine bus routes change on Monday as Waimeha's new network starts", "", "", "W"),
        ],
        [
            (
                "Council says the shake-up will put 80% of residents within 400m of a frequent bus",
                "Waimeha District Council",
                "says",
                "",
            ),
        ],
        [
            ("Hollie Vandermerwick-Rangiuaia", "", "", "B"),
        ],
        [
            ("Regional Democracy Reporter", "", "", "B"),
        ],
        [
            ("09:15, Feb 26 2027", "", "", "B"),
        ],
        [
            (
                "Nine of Waimeha's 14 bus routes will change from Monday, March 1, when Waimeha District Council's new network starts, replacing timetables that have barely changed since 2009.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What's changing on Monday", "", "", "B"),
        ],
        [
            (
                "Route 2 (Kowhaistead–City) will run every 15 minutes on weekdays, up from every 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Routes 5 and 6 merge into a new Route 5 loop.", "", "", "W"),
        ],
        [
            ("Route 9 no longer serves Tamaripa Road.", "", "", "W"),
        ],
        [
            ("Sunday services start an hour earlier, at 7am.", "", "", "W"),
        ],
        [
            ("Fares stay at $2.20 with a Tikite card and $4 in cash.", "", "", "W"),
        ],
        [
            (
                "Council transport manager Ngaire Houtaroa-Pennerley said the changes followed two rounds of consultation that drew 1,906 submissions.",
                "Ngaire Houtaroa-Pennerley",
                "said",
                "W",
            ),
            (
                "“Some people will have a longer walk to their stop, and we're not going to pretend otherwise,” she said.",
                "Ngaire Houtaroa-Pennerley",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the council expected 80% of residents to live within 400 metres of a bus that comes at least every 15 minutes.",
                "Ngaire Houtaroa-Pennerley",
                "said",
                "",
            ),
        ],
        [
            (
                "Clement Arrowhayes-Taufalelei, 81, who lives on Tamaripa Road, said his nearest stop would now be 900 metres from his front door.",
                "Clement Arrowhayes-Taufalelei",
                "said",
                "W",
            ),
            (
                "“At my age, that's not a walk, that's an expedition,” he said.",
                "Clement Arrowhayes-Taufalelei",
                "said",
                "",
            ),
        ],
        [
            (
                "Of the 1,906 submissions, 41% opposed the Route 9 change, according to the consultation report.",
                "the consultation report",
                "according to",
                "W",
            ),
            (
                "Councillor Bryony Haldenshaw, who voted against the network in November, said she would ask for a review after six months.",
                "Bryony Haldenshaw",
                "said",
                "",
            ),
        ],
        [
            (
                "The new network cost $3.2 million to design and set up, according to council papers.",
                "council papers",
                "according to",
                "W",
            ),
            ("The council's bus contract with Parawhenua Coaches runs until 2031.", "", "", "W"),
        ],
        [
            ("How to plan your trip", "", "", "B"),
        ],
        [
            (
                "1. Download the new timetables from the council website, or pick up a printed copy at the library.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "2. Enter your stop number in the Waimeha Bus app to see live arrival times.",
                "",
                "",
                "",
            ),
        ],
        [
            ("3. If you need help, call the council on 0800 555 204.", "", "", ""),
        ],
        [
            (
                "This story is part of the Regional Democracy Reporting scheme, funded by the Ngākauroa Public Interest Fund.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Correction: This story originally said Route 7 would change on Monday.", "", "", "B"),
            ("Route 7 is not changing.", "", "", "B"),
        ],
        [
            ("Sign up for the Waimeha Leader's morning briefing.", "", "", "B"),
            ("Get the day's local news in your inbox before 7am.", "", "", "B"),
        ],
        [
            ("Join the conversation", "", "", "B"),
        ],
        [
            ("© 2027 Waimeha Leader Media Limited", "", "", "B"),
        ],
        [
            ("Terms of use | Privacy | Contact us", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n114-en-declaration-she",
        "“People voted for buses, not slogans,” Ms Ashgroveley said after the declaration at 1.40am. She said the cut to the 41 bus, which has run hourly instead of every 20 minutes since September, had come up “on nearly every doorstep”.",
        [
            "“People voted for buses, not slogans,” Ms Ashgroveley said after the declaration at 1.40am.",
            "She said the cut to the 41 bus, which has run hourly instead of every 20 minutes since September, had come up “on nearly every doorstep”.",
        ],
    ),
    (
        "n114-en-gain-majority",
        "Green gain from Conservative. Majority: 212.",
        ["Green gain from Conservative.", "Majority: 212."],
    ),
    (
        "n114-en-leader-message",
        "The council's Conservative leader, Cllr Wendeline Mossingbrook, said the result was “disappointing, but local”. “By-elections are where people send messages,” she said. “Message received.”",
        [
            "The council's Conservative leader, Cllr Wendeline Mossingbrook, said the result was “disappointing, but local”.",
            "“By-elections are where people send messages,” she said.",
            "“Message received.”",
        ],
    ),
    (
        "n114-en-correction-603",
        "Correction, 5 February 2027, 11:40am: An earlier version of this article gave Labour's vote as 630. It was 603. We apologise for the error.",
        [
            "Correction, 5 February 2027, 11:40am: An earlier version of this article gave Labour's vote as 630.",
            "It was 603.",
            "We apologise for the error.",
        ],
    ),
    (
        "n114-en-ltd-registered",
        "© 2027 Dunstravey Newspapers Ltd. Registered in England and Wales No. 08831462.",
        ["© 2027 Dunstravey Newspapers Ltd.", "Registered in England and Wales No. 08831462."],
    ),
    (
        "n114-ug-dr-he-said",
        "The district health officer, Dr Gideon Rwakaturo-Akiiki, said 271 of the cases were children under five and that 204 of them had never received a measles vaccine. “Measles does not forgive a missed dose,” he said.",
        [
            "The district health officer, Dr Gideon Rwakaturo-Akiiki, said 271 of the cases were children under five and that 204 of them had never received a measles vaccine.",
            "“Measles does not forgive a missed dose,” he said.",
        ],
    ),
    (
        "n114-ug-campaign-teams",
        "A door-to-door vaccination campaign began on Monday in the seven affected sub-counties. Dr Rwakaturo-Akiiki said 140 teams of two vaccinators each had been deployed. The campaign is meant to reach every eligible child within 10 days, he said.",
        [
            "A door-to-door vaccination campaign began on Monday in the seven affected sub-counties.",
            "Dr Rwakaturo-Akiiki said 140 teams of two vaccinators each had been deployed.",
            "The campaign is meant to reach every eligible child within 10 days, he said.",
        ],
    ),
    (
        "n114-lk-rs-department",
        "COLOMBO — Rail fares will go up by 15% on all classes from February 15, the Railway Department said on Wednesday, the second increase in less than a year. The minimum fare will rise from Rs. 35 to Rs. 40, the department said.",
        [
            "COLOMBO — Rail fares will go up by 15% on all classes from February 15, the Railway Department said on Wednesday, the second increase in less than a year.",
            "The minimum fare will rise from Rs. 35 to Rs. 40, the department said.",
        ],
    ),
    (
        "n114-lk-am-train",
        "Commuters on the 7.05 a.m. Kelanivitiya–Fort train said the increase would hurt. Dilrukshi Ambepitiyage, a nurse who travels from Kelanivitiya every day, said her monthly season ticket already cost Rs. 2,160.",
        [
            "Commuters on the 7.05 a.m. Kelanivitiya–Fort train said the increase would hurt.",
            "Dilrukshi Ambepitiyage, a nurse who travels from Kelanivitiya every day, said her monthly season ticket already cost Rs. 2,160.",
        ],
    ),
    (
        "n114-lk-editor-note",
        "Editor's note: Fares in this article are for third-class travel unless stated otherwise. Season ticket prices were provided by the Railway Department.",
        [
            "Editor's note: Fares in this article are for third-class travel unless stated otherwise.",
            "Season ticket prices were provided by the Railway Department.",
        ],
    ),
    (
        "n114-lk-pvt-ltd",
        "Copyright © 2027 Sirinketha Newspapers (Pvt) Ltd. All rights reserved.",
        ["Copyright © 2027 Sirinketha Newspapers (Pvt) Ltd.", "All rights reserved."],
    ),
    (
        "n114-ca-man-dateline",
        "CARROWVALE, Man. — The Pembrevale School Division's board of trustees voted 7-2 on Wednesday night to pass a $148.6-million budget that eliminates 31 teaching positions in September. The cuts amount to about one in 20 of the division's 640 teachers.",
        [
            "CARROWVALE, Man. — The Pembrevale School Division's board of trustees voted 7-2 on Wednesday night to pass a $148.6-million budget that eliminates 31 teaching positions in September.",
            "The cuts amount to about one in 20 of the division's 640 teachers.",
        ],
    ),
    (
        "n114-ca-donors",
        "Our reporting is free to read because 1,140 readers give what they can. We need 300 more monthly donors by March 31 to keep a full-time education reporter. A gift of $10 a month pays for about one hour of reporting.",
        [
            "Our reporting is free to read because 1,140 readers give what they can.",
            "We need 300 more monthly donors by March 31 to keep a full-time education reporter.",
            "A gift of $10 a month pays for about one hour of reporting.",
        ],
    ),
    (
        "n114-ca-question-30th",
        "“My daughter's French immersion class already has 29 kids,” said Marisol Quenevreau-Tran, whose two children attend Sallowgrange Collegiate. “Where do they put the 30th?”",
        [
            "“My daughter's French immersion class already has 29 kids,” said Marisol Quenevreau-Tran, whose two children attend Sallowgrange Collegiate.",
            "“Where do they put the 30th?”",
        ],
    ),
    (
        "n114-ca-email-phone",
        "Naveen Ollisandra-Price covers education for Wapistow Independent. Reach him at naveen@wapistowindependent.ca or 204-555-0143.",
        [
            "Naveen Ollisandra-Price covers education for Wapistow Independent.",
            "Reach him at naveen@wapistowindependent.ca or 204-555-0143.",
        ],
    ),
    (
        "n114-ca-inc-no",
        "© 2027 Wapistow Independent News Inc. Charitable registration No. 817240563 RR0001.",
        ["© 2027 Wapistow Independent News Inc.", "Charitable registration No. 817240563 RR0001."],
    ),
    (
        "n114-na-plea-lawyer",
        "In a plea explanation read by his lawyer, Petrus Shivolo-Verdoorn, Uutoni-Haimbodi said every payment had also been approved by a second official, as council rules required. “My client signed what was put in front of him,” Shivolo-Verdoorn said outside court.",
        [
            "In a plea explanation read by his lawyer, Petrus Shivolo-Verdoorn, Uutoni-Haimbodi said every payment had also been approved by a second official, as council rules required.",
            "“My client signed what was put in front of him,” Shivolo-Verdoorn said outside court.",
        ],
    ),
    (
        "n114-na-editor-note",
        "Editor's note: Namwiso Tidings does not name people charged with a crime until they have appeared in court, in line with our editorial policy. The two brothers have not yet pleaded.",
        [
            "Editor's note: Namwiso Tidings does not name people charged with a crime until they have appeared in court, in line with our editorial policy.",
            "The two brothers have not yet pleaded.",
        ],
    ),
    (
        "n114-fj-3pm-it-said",
        "At 3pm the depression was about 410 kilometres west of Nadi and moving at 12km/h, it said. It said there was a moderate chance of the system becoming a category one cyclone within 24 hours.",
        [
            "At 3pm the depression was about 410 kilometres west of Nadi and moving at 12km/h, it said.",
            "It said there was a moderate chance of the system becoming a category one cyclone within 24 hours.",
        ],
    ),
    (
        "n114-fj-director",
        "The National Disaster Management Office said 27 evacuation centres had opened in the Western and Central divisions by 5pm, sheltering 1,314 people. Its director, Akuila Dronavatu-Seru, said 18 of the centres were schools.",
        [
            "The National Disaster Management Office said 27 evacuation centres had opened in the Western and Central divisions by 5pm, sheltering 1,314 people.",
            "Its director, Akuila Dronavatu-Seru, said 18 of the centres were schools.",
        ],
    ),
    (
        "n114-fj-disclaimer",
        "Disclaimer: Forecast information in this article was correct at the time of publishing. For the latest official warnings, check the Fiji Meteorological Service website.",
        [
            "Disclaimer: Forecast information in this article was correct at the time of publishing.",
            "For the latest official warnings, check the Fiji Meteorological Service website.",
        ],
    ),
    (
        "n114-ni-ardglassan",
        "Carrowdrennan manager Hugh Ardglassan said his side had “switched off”. “Two-nil up at home, and we lose it,” he said. “That's on me.”",
        [
            "Carrowdrennan manager Hugh Ardglassan said his side had “switched off”.",
            "“Two-nil up at home, and we lose it,” he said.",
            "“That's on me.”",
        ],
    ),
    (
        "n114-ni-odds-18",
        "18+ only. Odds correct at the time of publishing and subject to change.",
        ["18+ only.", "Odds correct at the time of publishing and subject to change."],
    ),
    (
        "n114-bd-we-paid",
        "Nusrat Jahan Mollikhan, who owns a knitwear factory with 1,200 workers in Gazipur, said she had cut overtime and stopped hiring in December. “We paid January salaries on time,” she said. “February, I can't promise.”",
        [
            "Nusrat Jahan Mollikhan, who owns a knitwear factory with 1,200 workers in Gazipur, said she had cut overtime and stopped hiring in December.",
            "“We paid January salaries on time,” she said.",
            "“February, I can't promise.”",
        ],
    ),
    (
        "n114-bd-webinar",
        "Join exporters, economists and buyers for a one-hour discussion hosted by The Meghnabarta Business Desk. Registration is free, but places are limited to 300.",
        [
            "Join exporters, economists and buyers for a one-hour discussion hosted by The Meghnabarta Business Desk.",
            "Registration is free, but places are limited to 300.",
        ],
    ),
    (
        "n114-us-donors",
        "Stories like this one are made possible by listeners. This month we're asking 250 new members to give $5 a month. So far, 163 have signed up.",
        [
            "Stories like this one are made possible by listeners.",
            "This month we're asking 250 new members to give $5 a month.",
            "So far, 163 have signed up.",
        ],
    ),
    (
        "n114-us-dr-corvasco",
        "Dr. Anneliese Corvasco, an obstetrician who studies rural maternity care, said research suggests more babies are born before their mothers reach a hospital after a unit closes. “The risk doesn't disappear,” she said. “It moves onto the road.”",
        [
            "Dr. Anneliese Corvasco, an obstetrician who studies rural maternity care, said research suggests more babies are born before their mothers reach a hospital after a unit closes.",
            "“The risk doesn't disappear,” she said.",
            "“It moves onto the road.”",
        ],
    ),
    (
        "n114-bb-am-pm-free",
        "Saturday, March 20, 10 a.m. to 4 p.m. Free entry.",
        ["Saturday, March 20, 10 a.m. to 4 p.m.", "Free entry."],
    ),
    (
        "n114-zm-lusaka-it-said",
        "LUSAKA – The monthly cost of basic food for a family of five in Lusaka rose by K312 in February to K4,871, Mwabanji Consumer Watch said on Thursday. The increase, 6.8%, was the largest one-month rise since the group began its survey in 2019, it said.",
        [
            "LUSAKA – The monthly cost of basic food for a family of five in Lusaka rose by K312 in February to K4,871, Mwabanji Consumer Watch said on Thursday.",
            "The increase, 6.8%, was the largest one-month rise since the group began its survey in 2019, it said.",
        ],
    ),
    (
        "n114-nz-correction",
        "Correction: This story originally said Route 7 would change on Monday. Route 7 is not changing.",
        [
            "Correction: This story originally said Route 7 would change on Monday.",
            "Route 7 is not changing.",
        ],
    ),
]
