"""Sixty-fifth held-out set of hand-labelled pages for the hint engines (held out, round forty):
twelve ordinary WHOLE pages, head to tail, one news beat each, pasted from news sites in twelve
countries: council (Scotland, Aberdeen: a visitor levy), courts (South Africa, Durban: a water
order against a municipality), health (Nigeria, Ibadan: a cholera outbreak), schools (Malaysia,
Butterworth: a school on double sessions), transport (New Zealand, Christchurch: a new bus
network), weather (Bangladesh, Bagerhat and Khulna: a cyclone and danger signal No. 8), business
(Tanzania, Arusha: a dairy plant), sport (Ireland, Tipperary: a county hurling final), crime
(Trinidad and Tobago: a bar robbery), environment (Canada, Kamloops, B.C.: a fish kill after a
spill), culture (India, Kolkata: an old cinema reopening) and politics (the United States,
Pennsylvania: a state House vote). Each page carries its site's own furniture, worded its own
way, at the head, in the middle of the story and at the tail, several speakers, and the usual mix
of check-worthy claims, opinions, hedges, plans, scene-setting and quotes. The pages hold
520 sentences: 224 "B", 161 "W" and 135 ""; 204 sentences carry a speaker. `STYLES` describes each
page, its story, its speakers and its furniture in order. `HELDOUT_CASES` holds 30 split cases.

Written blind, from scratch, in round forty, without looking at the engine's code or output:
nothing under `claimreview/` was opened, listed or grepped, no `labelled_heldout*.py`,
`train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/` or
`tests/benchmarks/`, and no README of the project was read; `claimreview` was never imported,
and no test, scorer, engine or `pytest` was run. The search and fetch tools were not used, and
nothing was copied from anywhere. What was read: the brief (`/tmp/brief` was listed; it held only
the brief); the module docstrings of `labelled_new.py` and `labelled_new2.py`, printed whole with
`ast.get_docstring`; for `labelled_new89.py` and `labelled_new90.py`, a script of my own using
`ast` that prints the docstring, `STYLES`, the first two pages of `ARTICLES` and the first eight
`CASES`: the `labelled_new90.py` listing was printed once (the tool cut its middle) and then saved
to a file in /tmp, of which lines 155-300 were printed (the end of the docstring, `STYLES` and
the first part of the first page), so that listing was seen whole; the `labelled_new89.py`
listing was saved to a file, its lines 1-200 (the docstring) printed, a `grep -n` of its
separator lines run and its last 80 lines printed (the end of its second page and its first
eight cases), so `labelled_new89.py`'s `STYLES` and most of its first two pages were never
seen; `def build` in `tests/text/labelled_articles.py` (a `sed` range); and the `[tool.ruff]`
tables of `pyproject.toml` (a `grep -n -A12`). No other page, case or docstring of any file
under `tests/` was read. `/tmp/sets` was listed at the start (empty) and again during the name
checks, when it held other helpers' `labelled_new91.py` and `labelled_new92.py`, and at the end,
when it also held `labelled_heldout66.py` and `labelled_new93.py` (and this file), all seen as
names only and never opened; the whole-word counts below ran over them too, as the brief asks, printing
only my own words or file counts. What was run: a Python one-liner printing the calendars of
October and November 2026 to check weekdays; scripts of my own in /tmp that turn a small line
format (flags|speaker|cue|text, blank lines between paragraphs) into the literals below, apply
renames, cut the split cases out of the pages, and count sentences, flags and speakers while
checking that every speaker has a cue and every cue a speaker, no "B" line has a speaker, and
each cue occurs in its sentence or in the quote it continues; whole-word, case-insensitive
searches over `tests/` and `/tmp/sets` (Python files only) for every capitalised word of these
pages (each part of a hyphenated name on its own) with `grep -rhoiwF -f`, whose output was only
the matched words of my own lists, then the same pass over lists of candidate replacements and,
for a few, per-word `grep -rilwF ... | wc -l` file counts; phrase counts (`grep -rilF ... | wc
-l`) of the outlets, companies, places and other coined multi-word names; an import of this file
with `build` on every page and a check of four string fields, flags, speakers and cues, 30
distinct case ids, every case text in a built page and equal to its sentences joined by single
spaces, and the counts above; a last whole-word pass over every capitalised word of this file, run after
those last two files appeared and leaving this file out, in which only common words and real
places hit; and `ruff format` and `ruff check` on this file with `--config`
pointing at the project's `pyproject.toml` (the check also through `--stdin-filename
tests/text/labelled_heldout65.py` so the per-file ignores for `tests/**` apply). The first
draft's coined people, places and outlets hit about two hundred words of other files (given names
and surnames of every country, a few villages and suburbs, a bank, a bus company, a sawmill and
three outlet phrases, and, once the other helpers' files appeared, six more words); each was
renamed, and only replacements with no hit were kept. What still hits is real places, regions,
rivers and public bodies, common words (Granite, Peninsula, Southerly, Riverbank, Junction,
Cedar, Hill, Trace, Taman, Char, Dairies and the like), outlet words (Courant, Bugle, Chronicle,
Ledger, Trader, Argus, Beacon, Gazette, Daybook, Ridgeline), titles kept on purpose (Cllr, Adv,
Dr, Prof, Hon, Chief, Baale, Datuk, Haji, Encik, ASP, Sgt, Coun, Rep, Reps, Sen) and a few
abbreviations and scientific names (Sdn, Bhd, Pty, Pvt, Vibrio).

Every person, outlet, firm, co-operative, bank, union, guild, association, trust, alliance,
school, hospital, shelter, bar, street, estate, suburb, village, creek, lake and figure is
invented. Real countries, regions, cities, rivers and public bodies appear only as settings, with
invented figures and invented people in their offices: Scotland, Aberdeen, Dundee, Inverness,
Glasgow and the Scottish Government; South Africa, Durban and the High Court; Nigeria, Oyo State,
Ibadan, Lagos, Abuja and the Akinyele, Lagelu and Ido local government areas; Malaysia, Penang,
Butterworth, Kuala Lumpur, the Public Works Department and the Education Ministry; New Zealand,
Christchurch and Canterbury; Bangladesh, Dhaka, Khulna, Bagerhat, Satkhira, Barguna, Patuakhali,
Barishal, Chattogram, Cox's Bazar, the ports of Mongla and Payra and the Bay of Bengal; Tanzania,
Arusha, Meru, the Kilimanjaro region, Dar es Salaam and its stock exchange, Kenya and Rwanda;
Ireland, Tipperary (in the style only), Thurles, Waterford and Munster; Trinidad and Tobago, Port
of Spain, San Fernando, Couva and Marabella; Canada, British Columbia, Kamloops, the Thompson and
North Thompson rivers, Highway 5, Saskatchewan and the province's Ministry of Environment and
Parks and its Environmental Management Act; India, Kolkata and Salt Lake; the United States,
Pennsylvania, Harrisburg, the state House and Senate and its agriculture committee, and the
counties of Centre, Lancaster, Cumberland, Juniata, Adams, Bedford and Tioga. Facebook, X,
Twitter, WhatsApp, Telegram, LinkedIn, Reddit, Instagram and Google News appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py`
(see their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs
(a pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". The points `labelled_new89.py` and `labelled_new90.py` state hold too: furniture
"B" line by line, whatever it says; a caption by its content and its credit "B"; headlines and
standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later surname, a
role or a title resolved to the full name as first given, without titles; an organisation's later
generic noun kept as written ("The company", "The ministry", "The Met office") and "It" resolved
to the name as first given; a quote over several sentences or paragraphs carrying its speaker and
cue; statements of record, figures, causal claims and checkable comparisons "W"; hedges,
forecasts, intentions, hopes, advice, opinions, feelings, questions and scene-setting ""; a
private person's own circumstances ""; sport data lines (score line, scorers, referee) "";
an at-a-glance subhead "" and its fact lines "W".

Conventions this set had to settle, in the same spirit:

* A dateline that ends in a full stop ("ARUSHA. Meruvale Dairies Ltd on Monday opened ...")
  belongs to its lead sentence, like "DURBAN –", "BUTTERWORTH:", "KOLKATA:" and "HARRISBURG —".
* Titles and honours go: Cllr, Adv. and SC, Acting Judge, Dr. and Dr, Prof., Hon., Chief and the
  Yoruba title Baale ("The Baale of Alagbaa-Ogbolu, Chief Kasali Ajagbe-Onifade" -> "Kasali
  Ajagbe-Onifade"), Datuk Haji, Encik, Mr, ASP, Sgt., PC, Coun., Rep., Sen. and party-and-county
  tags ("D-Centre", "R-Lancaster"); name parts stay ("a/l" in a Malaysian Indian name, "Ó" in an
  Irish surname).
* "A customer who asked not to be named said" is "A customer"; "Meruvale said", after the
  company was first given as "Meruvale Dairies Ltd", is "Meruvale Dairies Ltd"; "The company
  said" is kept as written; a standfirst's "municipality blames", "Contractor blames", "mill
  says" and "co-operative says" carry the body's name for it; "hoteliers warn", "drivers say"
  and "Farmers say" keep the group as written; "Officers told the meeting" is "Officers"; "In a
  statement, X said" has the cue "said".
* A court's order told in the writer's voice ("The High Court in Durban on Thursday ordered
  ...") carries no speaker; the judge's "found", "said" and "ruled" carry the judge.
* A business's own record is "W" (a guest house full on 187 nights, a bar's losses in a
  robbery); a smallholder's own daily sales, a trader's own spending, a fisherman's own return
  and an angler's own find are "" (private circumstances, as in `labelled_new90.py`).
* A quote whose last line stands alone as its own paragraph without attribution carries the
  quote's speaker and cue.

Splits. "Cllr Eachunn", "£5.8m", "No. SC418207." after "Ltd.", "No. D7714/2026." ending a
sentence, "Adv. Mthokozisi ... SC,", "R4.2m", "600mm", "(Pty) Ltd.", "Dr. Ibukunoluwa", "Prof.
Akinropo", "Hon. Adebusola", "N38.5 million", "0800 555 0199.", "Sdn. Bhd.," mid-sentence,
"6.45am", "12.45pm", "6.30pm.", "5.50am", "Oct 15", an ellipsis inside a quote, "(Co. No.
201301044871)" before "All Rights Reserved.", "$2.50", "$25", "13.1 million", "5.30am to
11.30pm.", "Limited.", "No. 8" and "No. 4." ending a sentence, "2,14,000", "Tk 25 lakh",
"2.14 lakh", "km/h", "ARUSHA.", "TSh1,150", "TSh26bn", "1-22 to 0-19", "0-16 to 1-13.",
"(0-7f)", "(0-2 65s)", "1.20 am", "10 pm", "TT$14,000", "Sgt. Ancil", "PC Reshma", "B.C.",
"Oct. 20", "Ltd. until Nov. 30", "6 a.m." before "He said", "approx. 22 km", "Rs 14.6 crore",
"11 a.m." before "Online booking", "6.30 p.m.,", "Pvt. Ltd.", "Rep. Galen", "D-Centre,",
"Reps. Lovell", "H.B. 2218", "Oct. 6", "Inc." and quoted questions followed by "she asked the
chamber." or "she asked." (one holding a quoted question of its own) never split a sentence
wrongly; lines glued on one line of the page (a caption and its credit, a tip line, a newsletter
box, a copyright and its company line) split at each line's end. `HELDOUT_CASES` holds 30
sentence-split cases (id, text, expected sentences), each a stretch of two or three consecutive
sentences of one paragraph of these pages joined by single spaces: what a reviewer wants, not
what the engine does.
"""

STYLES = [
    'Scottish regional daily\'s council page (Aberdeen), the city council approves a 5% visitor levy from 1 October 2027 by 24 votes to 19, with the lead and the vote in the writer\'s voice, the council co-leader with Cllr (later Cllr and surname and He) whose estimate from a report, legal rule, causal claim about grant and registration and drop-in dates are "W" and whose feeling is "", the opposition leader with Cllr (later She) whose consultation figure is "W" and whose quoted question with she asked is "", a scene outside the chamber, the council report through according to, the hoteliers\' forum chair whose occupancy comparison is "W" and whose hedge and warning are "" (the warning\'s last line a quote with no attribution), a guest-house owner whose nights full are a business\'s record ("W"), officers\' could-forecast through told the meeting, the standfirst carrying hoteliers through warn, £ and % with am (masthead in capitals, skip link, menu, section trail with ›, headline, standfirst, byline with role, date and read-time line, share strip with middle dots, caption and Picture: credit with a slash, Advertisement, a Read more link and a newsletter box in two sentences mid-story, a funding note, a story-tip line in two sentences, more-from list, copyright with a Scottish company number split at Ltd.)',
    'South African daily\'s courts page (Durban), the High Court orders a local municipality to restore water to 3,100 homes within 14 days, with the order and costs in the writer\'s voice, an acting judge (title dropped, later She and the judge) through found, said and ruled, the judgment and a ward profile through according to, a case No. designation, the residents\' advocate with Adv. and SC (both dropped) whose reaction is "" and whose count is "W", the residents\' association chair whose vendors\' price is "W" and whose feelings are "", the municipal spokesperson whose spending, causal claim and tanker count are "W" and whose undecided appeal is "", the municipal manager with Mr who did not respond to a request for comment, a researcher with Dr whose likely is "", some residents\' fear, the standfirst carrying the municipality through blames, R figures with m and mm (masthead in capitals, date, weather and subscribe strip with pipes, menu in capitals, section label with a slash, headline, standfirst, byline with role and a pipe, published and read-time line, share line, caption and PHOTO: credit in capitals, ADVERTISEMENT and ALSO ON THE BUGLE mid-story, a judgment link, a WhatsApp tip line in two sentences, related topics, more-court-news list, copyright with (Pty) Ltd.)',
    'Nigerian daily\'s health page (Ibadan, Oyo State), cholera: 146 cases and nine deaths in three local government areas, with the state government through has confirmed, the health commissioner with Dr. (later surname, the commissioner and She) whose figures and sealed wells are "W" and whose advice is "", the state epidemiologist with Prof. whose may-origin is "" and whose weekly figures are "W", a scene at the treatment centre, a community head with the titles Baale and Chief (both dropped) whose broken borehole is "W", a trader\'s own spending "" and her quoted question with she asked, the local government chairman with Hon. whose approval of N38.5 million is "W" and whose start date is "", a hospital doctor with Dr. whose death figures are "W", the ministry\'s situation report through according to, a comparison with 2025, the ministry\'s advice with urged (masthead in capitals, date and editions strip with bullets, menu, section label in capitals, headline with a colon, standfirst, byline with town, date and time line, share line, caption and Photo: credit, — ADVERTISEMENT — and ALSO READ mid-story, a Telegram channel ask in two sentences, tags, you-may-also-like list, copyright in three sentences)',
    'Malaysian English daily\'s northern education page (Butterworth, Penang), a secondary school goes to two sessions because a RM12.4 million block is unfinished, with a BUTTERWORTH: dateline lead in the writer\'s voice, the state education director with Datuk Haji (dropped) whose session times and classroom figures are "W" and whose opinion and review are "", department figures through according to, the contractor named after a descriptor (Sdn. Bhd. mid-sentence) through said in a statement and It said, a Public Works Department spokesman kept as written, a scene at the site, the PTA (PIBG) chairman with Encik (dropped) whose petition count is "W" and whose quote with an ellipsis is "", a mother\'s own mornings and a quoted question with she asked, a teachers\' union secretary, the state committee chairman with Dr. and a/l kept as part of the name, the standfirst carrying the contractor through blames, am and pm times, RM figures and Oct 15 (masthead, date and weather strip, menu with pipes, section label with ›, headline, standfirst, byline in capitals, published and updated line with MYT, share buttons in brackets, a listen line, caption and dash-led credit in capitals, Advertisement and ALSO READ mid-story, a story-tip line in two sentences, tags and keywords, related list, copyright with Sdn. Bhd. and a company number in brackets, then All Rights Reserved.)',
    'New Zealand regional paper\'s transport page (Christchurch), a new bus network starts Monday with 21 routes cut to 17 and a weekly fare cap, with the network and fares in the writer\'s voice, the regional council\'s public transport manager (later He and surname) whose survey and coverage figures are "W" and whose hope and kerb date are "", council figures through according to, a story subhead ("") and three route lines ("W"), the drivers\' guild organiser (later She) whose shortfall and resignations are "W" and whose complaint and warning are "", the operator through In a statement ... said, It said (a hope) and The company said, a passenger\'s own trip "", a disability advocate\'s count "W" and her opinion "", the standfirst carrying drivers through say, $ figures, decimals and am (masthead in capitals, place, date and weather strip with pipes, menu, section trail with >, headline with a colon and figures, standfirst, byline with a middle dot, time-stamp line, share strip with glyphs, caption and Photo: credit with a slash, Article continues after this advertisement, Read more: with bullet links, a trip-planner line, comments count, Sponsored with a sponsored headline, copyright with Limited.)',
    'Bangladeshi English daily\'s weather page (Bagerhat and Khulna), a severe cyclone nears the coast and great danger signal No. 8 is hoisted, with the Met office\'s signals and the boats\' order in the writer\'s voice, the Met office\'s 9am bulletin through according to, the signal\'s meaning "W", the duty meteorologist whose likely and could forecasts are "" and whose rainfall and upgrade are "W", the deputy commissioner whose evacuation, shelters, volunteers and Tk lakh are "W" and whose target is "" through told reporters, two scenes, a fisherman\'s own return and loss "", a shelter head\'s count "W" and her feeling "", police and the inland water transport authority through said, the district agriculture office through according to, The Met office said with a hedge, the standfirst carrying the Met office through says, No. designations, km/h, mm and lakh written both ways (masthead in capitals, city, Gregorian and Bengali date and weather strip with pipes, menu, section label with a slash, headline with a colon, standfirst, staff and desk byline, published and updated line, Google News follow line, caption and Photo: Collected, Advertisement and Also read mid-story, a live-updates link, topics, related list, editor and publisher line, copyright in two sentences)',
    'Tanzanian business paper\'s agribusiness page (Arusha), a dairy processor opens a TSh42 billion plant and raises its milk price, with an ARUSHA. dateline ending in a full stop before the lead, The company said, the managing director (later Mr and surname and He) whose staff, loan, exports with a causal claim and collection centres are "W" and whose hopes are "", a scene in the plant, the regional commissioner whose production figure and fee cut are "W" and whose advice with urged is "", a co-operative chairman whose late-payment claim is "W" and whose feeling and plan are "", the company\'s answer through its short name (Meruvale said), a smallholder\'s own sales "" and her quote, an analyst\'s could-forecast "" and closures "W", industry figures through according to, the standfirst carrying the co-operative through says, TSh with bn and per cent (masthead in capitals, date, currency and index strip with arrows, menu, section label with ›, headline, standfirst, byline with town, posted line with EAT and read time, share line, caption and Photo | credit, ADVERTISEMENT, a READ: link and a newsletter box in two sentences mid-story, a market-data disclaimer, tags with middle dots, latest list, copyright in two sentences)',
    'Irish regional paper\'s sport page (Tipperary), a club wins the county senior hurling final 1-22 to 0-19, a MATCH REPORT whose scores, red card, goal, record and fixture are "W" in the writer\'s voice and whose scene and colour lines are "", a score line and the scorers\' and referee\'s lines as data (""), the winning manager whose instruction, memory and feeling are "" (the last line a quote with no attribution), the losing manager\'s opinion and intention, the captain\'s own story and plan, hyphenated scores, frees and 65s in brackets, minutes as ordinals (masthead in capitals, date and subscribe strip with pipes, menu, section trail with ›, headline, standfirst with figures, byline, published line, share line, caption and Picture: credit with a slash, Advertisement mid-report, gallery and live-results links, an Instagram follow line, more-hurling list, copyright and group line)',
    'Trinidad and Tobago daily\'s crime and court page (south Trinidad), two cousins charged after a bar robbery in which a barman was shot, with the charges and court date in the writer\'s voice, an ASP (title dropped, later He and surname) whose account, arrests and recovered gun are "W" and whose belief and not-ruling-out are "", the bar owner whose losses are "W" and whose feelings and intention are "", a customer who asked not to be named (kept as A customer) whose own hiding is "" and whose quote holds a quoted question, a scene at the shuttered bar, a councillor\'s robbery count "W" and opinion "", police statistics through according to, investigators with Sgt. and PC, the police appeal with are asking, TT$ and am and pm with a space (masthead in capitals, date with an ordinal, weather and sign-in strip, menu with pipes, section label in capitals, headline, standfirst, byline, posted line, comments and share line, caption and PHOTO: credit, ADVERTISEMENT and RELATED mid-story, news-tip lines in two sentences, tags, a comment-moderation line, more-in list, copyright with Co. Ltd.)',
    'Canadian local news site\'s environment story (Kamloops, B.C.), the province orders a sawmill to clean up a creek after a spill killed about 1,200 coho fry, with the order in the writer\'s voice (Oct. 20, Ltd. and Nov. 30 in one sentence), the environment ministry through In a statement ... said, It said and The ministry said with a hedge, the mill\'s general manager (later He and surname) whose causal account, spending and staff are "W" and whose expectation and quotes are "", a biologist with Dr. whose may is "" and whose counts are "W", an angler\'s own find "" and his simile, a scene at the creek, provincial court records through according to, a councillor with Coun. whose intention is "", an at-a-glance box with a subhead ("") and three fact lines ("W", approx.), the standfirst carrying the company through says, B.C., a.m. and $ (masthead in capitals, place, date and weather strip, menu, section label, headline, standfirst, byline with a slash, posted and updated line with PDT, share line, listen line with a running time, caption and bracketed credit, — Story continues below — and a RELATED link, news-tip lines in two sentences, trending list, copyright and a policy line)',
    'Indian English daily\'s Kolkata culture page, a 1931 single-screen cinema reopens after a Rs 14.6 crore restoration, with a KOLKATA: dateline lead in the writer\'s voice, a scene in the foyer, the heritage trust\'s secretary (later surname and He) whose funding and show times are "W" and whose vision and might are "", the conservation architect (later She) whose panel count and causal delay are "W" and whose reflection is "", a heritage listing of record, festival and box-office facts with 11 a.m. ending a sentence, the state culture minister whose waiver is "W" and whose opinion and intention are "", the old projectionist\'s memory with numbers "", a film critic\'s count "W" and opinion "", Rs with crore and lakh, p.m. (masthead in capitals, edition and date strip with diamonds, menu, breadcrumb with », headline with a figure, standfirst, byline with bureau, updated line with IST, share strip, caption and bracketed Photo: credit, ADVERTISEMENT and Also read mid-story, a Google News follow line, a comments disclaimer, top-stories list, copyright split at Pvt. Ltd., a footer link line)',
    'US daily\'s state politics page (Harrisburg, Pennsylvania), the state House passes a farm-equipment right-to-repair bill 104-99, with the vote, the Reps. who crossed over, the bill\'s terms and a Senate calendar fact in the writer\'s voice or through according to, the prime sponsor with Rep. and D-Centre (later surname and He) whose constituents\' waits and committee amendment are "W" and whose quotes are "", a scene on the floor, an opponent with Rep. and R-Lancaster (later She) whose dealer jobs figure is "W" and whose opinion and quoted question are "", a dealers\' alliance through said in a statement and It said, a dairy farmer\'s own wait "", a farm union\'s tally through according to, a senator with Sen. whose no plans is "", a spokesperson for the governor kept as written, the standfirst carrying Farmers through say, H.B. 2218 and Oct. 6 (masthead in capitals, subscribe and sign-in strip, menu, section label with a pipe, headline, standfirst, byline with bureau, date and updated line with a.m. ET, share line, caption with Rep. and a bracketed credit, ADVERTISEMENT, a newsletter box in two sentences and a Related link mid-story, reporter bio and contact in two sentences, commenting line, more-in list, copyright with Inc., a privacy link line)',
]


ARTICLES = [
    [
        [
            ("THE GRANITE COURANT", "", "", "B"),
        ],
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            (
                "News  Aberdeen  Shire  Business  Sport  What’s On  Family Notices  Jobs  Motors",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Aberdeen › Council", "", "", "B"),
        ],
        [
            ("Aberdeen backs 5% levy on overnight stays from October 2027", "", "", "W"),
        ],
        [
            (
                "Councillors approve visitor charge by 24 votes to 19 after three-hour debate as hoteliers warn it will drive conferences elsewhere",
                "hoteliers",
                "warn",
                "W",
            ),
        ],
        [
            ("By Eilidhan Beldorney-Tornaveen, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Thursday 29 October 2026, 6:05 am · 5 min read", "", "", "B"),
        ],
        [
            ("Share  ·  Facebook  ·  X  ·  WhatsApp  ·  Email  ·  Copy link", "", "", "B"),
        ],
        [
            (
                "Visitors cross Tullocharn Square in the city centre on a wet afternoon earlier this month.",
                "",
                "",
                "",
            ),
            ("Picture: Granite Courant/Calumach Ferness-Imray", "", "", "B"),
        ],
        [
            (
                "Hotels, guest houses and short-term lets in Aberdeen will add 5% to the cost of an overnight stay from 1 October 2027 after the city council approved a visitor levy on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "Councillors voted 24 to 19, with one abstention, at the end of a debate that ran for just over three hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council co-leader Cllr Eachunn Drumgask-Rothienorman said a report prepared for the meeting estimated the levy would raise £5.8m in its first full year.",
                "Eachunn Drumgask-Rothienorman",
                "said",
                "W",
            ),
            (
                "He said the law required every pound to be spent on facilities and services used by visitors, from events to public toilets.",
                "Eachunn Drumgask-Rothienorman",
                "said",
                "W",
            ),
            (
                "“People come here for the granite, the beaches and the music, and it is only fair that they help keep the place clean, lit and welcoming,” he said.",
                "Eachunn Drumgask-Rothienorman",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Drumgask-Rothienorman said the council’s events budget had been cut by a third since 2022 because of falling grant from the Scottish Government.",
                "Eachunn Drumgask-Rothienorman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition leader Cllr Morna Auchterlass said 61% of the 1,412 people who answered the council’s consultation in the spring had opposed the levy.",
                "Morna Auchterlass",
                "said",
                "W",
            ),
            (
                "She said the administration should have waited to see how the charge worked elsewhere before going ahead.",
                "Morna Auchterlass",
                "said",
                "",
            ),
            (
                "“Who, exactly, asked for this?” she asked the chamber.",
                "Morna Auchterlass",
                "asked",
                "",
            ),
        ],
        [
            (
                "Outside the chamber, a handful of hotel staff held a banner that read “Don’t tax our guests”.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The city had about 7,900 visitor beds in August, 2,340 of them in short-term lets, according to the council report.",
                "the council report",
                "according to",
                "W",
            ),
            (
                "The levy will apply to the first five nights of any booking and will not be charged to people staying in the city for hospital treatment.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Read more: Cairnbrogie bus gate to stay after six-month trial", "", "", "B"),
        ],
        [
            (
                "Alpin Muchalls-Bellabeg, who chairs the Aberdeen Hoteliers’ Forum, said occupancy in the city’s hotels averaged 68% last year, against 74% in 2019.",
                "Alpin Muchalls-Bellabeg",
                "said",
                "W",
            ),
            (
                "He said conference organisers might now look at Dundee, Inverness or Glasgow instead.",
                "Alpin Muchalls-Bellabeg",
                "said",
                "",
            ),
            (
                "“We are not against investment in the city, but this lands on the one industry that is still getting back on its feet,” he said.",
                "Alpin Muchalls-Bellabeg",
                "said",
                "",
            ),
        ],
        [
            ("“The timing could hardly be worse.”", "Alpin Muchalls-Bellabeg", "said", ""),
        ],
        [
            (
                "Sheonagh Kilbleith, who runs a six-room guest house on Pitcaskie Terrace, said the house was full on 187 nights last year.",
                "Sheonagh Kilbleith",
                "said",
                "W",
            ),
            (
                "“Five per cent sounds small until you are the one explaining it at the desk at ten o’clock at night,” she said.",
                "Sheonagh Kilbleith",
                "said",
                "",
            ),
        ],
        [
            ("The Courant Council Briefing lands in your inbox every Friday at 7am.", "", "", "B"),
            ("Sign up free here.", "", "", "B"),
        ],
        [
            (
                "Cllr Drumgask-Rothienorman said businesses would have to register with the council by 1 July 2027.",
                "Eachunn Drumgask-Rothienorman",
                "said",
                "W",
            ),
            (
                "He said drop-in sessions for owners would be held at the council’s Hilltullo depot on Thursday 12 November and Thursday 19 November.",
                "Eachunn Drumgask-Rothienorman",
                "said",
                "W",
            ),
            (
                "Officers told the meeting the first payments could reach the council as early as January 2028.",
                "Officers",
                "told the meeting",
                "",
            ),
        ],
        [
            ("Our council coverage is part-funded by a public-interest news grant.", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email newsdesk@granitecourant.co.uk or call 01224 555 318.", "", "", "B"),
        ],
        [
            ("More from Council", "", "", "B"),
        ],
        [
            ("Council tax bills set to rise 8% as budget gap widens", "", "", "B"),
        ],
        [
            ("Nine city primary schools to share head teachers from August", "", "", "B"),
        ],
        [
            ("© 2026 Granite Courant Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC418207.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NORTHCOAST BUGLE", "", "", "B"),
        ],
        [
            (
                "Friday, 6 November 2026 | Durban 27°C, humid | Sign in | Subscribe from R49 a month",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "HOME | NEWS | COURTS | POLITICS | BUSINESS | SPORT | LIFESTYLE | OPINION",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News / Courts", "", "", "B"),
        ],
        [
            (
                "Judge orders Nqolobeni municipality to restore water to 3,100 homes within 14 days",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents went 41 days without running water; municipality blames a burst bulk main",
                "Nqolobeni Local Municipality",
                "blames",
                "W",
            ),
        ],
        [
            ("Khethiwe Mkhwebane-Mthalane | Court Reporter", "", "", "B"),
        ],
        [
            ("Published 6 Nov 2026, 05:30 | 4 min read", "", "", "B"),
        ],
        [
            ("Share on WhatsApp · Facebook · X · LinkedIn · Email", "", "", "B"),
        ],
        [
            ("Residents of Esiphongweni queue at a water tanker on Wednesday.", "", "", ""),
            ("PHOTO: SABELO NHLAPHO-MANQELE / NORTHCOAST BUGLE", "", "", "B"),
        ],
        [
            (
                "DURBAN – The High Court in Durban on Thursday ordered Nqolobeni Local Municipality to restore running water to about 3,100 homes in Esiphongweni within 14 days, and to send at least six water tankers into the area every day until it does.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Acting Judge Nozuko Hlathikhulu-Magubane found that the municipality had breached the residents’ constitutional right of access to sufficient water.",
                "Nozuko Hlathikhulu-Magubane",
                "found",
                "W",
            ),
            (
                "She said the municipality had known since August 2025 that the bulk main serving the area was failing and had “done little more than hope for the best”.",
                "Nozuko Hlathikhulu-Magubane",
                "said",
                "W",
            ),
            (
                "“Water is not a favour the state does for its people,” the judge said.",
                "Nozuko Hlathikhulu-Magubane",
                "said",
                "",
            ),
        ],
        [
            (
                "The Esiphongweni Residents’ Association brought its urgent application on 16 October, 21 days after the taps ran dry, according to the judgment.",
                "the judgment",
                "according to",
                "W",
            ),
            ("The matter was argued on 29 October under case No. D7714/2026.", "", "", "W"),
        ],
        [
            (
                "The municipal manager must also file a report under oath by 20 November setting out how and when the repairs will be done, the judge ruled.",
                "Nozuko Hlathikhulu-Magubane",
                "ruled",
                "W",
            ),
            (
                "The municipality was ordered to pay the residents’ legal costs, including the costs of two counsel.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 14,000 people live in Esiphongweni, according to the municipality’s 2024 ward profile.",
                "the municipality’s 2024 ward profile",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "ALSO ON THE BUGLE: Magistrate postpones Mzumbeni taxi-shooting case to January",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Adv. Mthokozisi Mbhamali-Mchunu SC, who argued the case for the residents, said the order was “a lifeline for families who have been carrying water up the hill in wheelie bins”.",
                "Mthokozisi Mbhamali-Mchunu",
                "said",
                "",
            ),
            (
                "He said at least 230 of the households had a member over 70 or living with a disability.",
                "Mthokozisi Mbhamali-Mchunu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Zandile Mlotshwa-Shangase, who chairs the residents’ association, said families had been paying private vendors R25 for 25 litres of water.",
                "Zandile Mlotshwa-Shangase",
                "said",
                "W",
            ),
            (
                "“My grandson has washed from a bucket of rainwater for six weeks,” she said.",
                "Zandile Mlotshwa-Shangase",
                "said",
                "",
            ),
            (
                "“Today, for the first time, somebody listened.”",
                "Zandile Mlotshwa-Shangase",
                "said",
                "",
            ),
        ],
        [
            (
                "Municipal spokesperson Bongumusa Gwala-Ngema said the municipality had spent R4.2m on emergency repairs since September.",
                "Bongumusa Gwala-Ngema",
                "said",
                "W",
            ),
            (
                "He said a burst section of the 600mm bulk main, and not neglect, had caused the outage.",
                "Bongumusa Gwala-Ngema",
                "said",
                "W",
            ),
            (
                "He said the municipality was studying the judgment and had not yet decided whether to appeal.",
                "Bongumusa Gwala-Ngema",
                "said",
                "",
            ),
            (
                "He said 11 of the municipality’s 14 water tankers were working.",
                "Bongumusa Gwala-Ngema",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipal manager, Mr Bhekumuzi Maphumulo-Msimango, did not respond to a request for comment.",
                "Bhekumuzi Maphumulo-Msimango",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Water governance researcher Dr Mamello Letsoela-Chetty said similar failures were likely in other small municipalities whose pipes were laid in the 1980s.",
                "Mamello Letsoela-Chetty",
                "said",
                "",
            ),
            (
                "Some residents said they feared the repairs might drag on until Christmas.",
                "Some residents",
                "said",
                "",
            ),
        ],
        [
            ("Read the full judgment (PDF, 1.2MB)", "", "", "B"),
        ],
        [
            ("Got a tip-off?", "", "", "B"),
            ("WhatsApp the newsroom on 071 555 0142.", "", "", "B"),
        ],
        [
            ("Related topics: Water crisis | Nqolobeni | High Court", "", "", "B"),
        ],
        [
            ("MORE COURT NEWS", "", "", "B"),
        ],
        [
            ("Bail denied for former clerk in R9m tender fraud case", "", "", "B"),
        ],
        [
            ("Landlord loses bid to evict 40 families from Redhill Gardens flats", "", "", "B"),
        ],
        [
            ("© 2026 Bugle Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("DAYSTAR CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Monday, October 19, 2026 • Lagos • Abuja • Ibadan • E-Paper • Advertise With Us",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home  News  Metro  Politics  Health  Business  Sports  Entertainment  Columns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            ("Cholera: 146 cases, nine deaths recorded in three Oyo council areas", "", "", "W"),
        ],
        [
            (
                "Ministry seals two wells, deploys rapid-response teams as Akinyele accounts for most cases",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ayomikun Akinsanmi-Ayanlowo, Ibadan", "", "", "B"),
        ],
        [
            ("October 19, 2026 | 6:48 am", "", "", "B"),
        ],
        [
            ("Share:  Facebook  Twitter  WhatsApp  Telegram  Email", "", "", "B"),
        ],
        [
            (
                "A health worker checks a patient at the cholera treatment centre in Alagbaa-Ogbolu, Akinyele, on Saturday.",
                "",
                "",
                "",
            ),
            ("Photo: Daystar Chronicle/Ayanniyi Odedele-Ogundare", "", "", "B"),
        ],
        [
            (
                "The Oyo State Government has confirmed 146 cases of cholera, including nine deaths, in three local government areas since September 28.",
                "The Oyo State Government",
                "has confirmed",
                "W",
            ),
        ],
        [
            (
                "The Commissioner for Health, Dr. Ibukunoluwa Fadeyibi-Akanle, who briefed journalists in Ibadan on Sunday, said 112 of the cases were recorded in Akinyele Local Government Area, with the rest in Lagelu and Ido.",
                "Ibukunoluwa Fadeyibi-Akanle",
                "said",
                "W",
            ),
            (
                "She said laboratory tests had found Vibrio cholerae in water from two hand-dug wells in the Alagbaa-Ogbolu community, which have since been sealed.",
                "Ibukunoluwa Fadeyibi-Akanle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody should drink water that has not been boiled or treated, no matter how clean it looks,” Fadeyibi-Akanle said.",
                "Ibukunoluwa Fadeyibi-Akanle",
                "said",
                "",
            ),
        ],
        [
            (
                "The commissioner said the ministry had deployed 14 rapid-response teams and opened treatment centres at two primary health centres in Akinyele.",
                "Ibukunoluwa Fadeyibi-Akanle",
                "said",
                "W",
            ),
            (
                "She said 118 patients had been treated and discharged.",
                "Ibukunoluwa Fadeyibi-Akanle",
                "said",
                "W",
            ),
        ],
        [
            (
                "The state epidemiologist, Prof. Akinropo Olaniran-Alamu, said the outbreak may have begun at a naming ceremony in Alagbaa-Ogbolu where food was prepared with well water.",
                "Akinropo Olaniran-Alamu",
                "said",
                "",
            ),
            (
                "He said new cases fell from 31 in the week to October 4 to 17 in the week to October 18.",
                "Akinropo Olaniran-Alamu",
                "said",
                "W",
            ),
            ("“We are not out of the woods yet,” he said.", "Akinropo Olaniran-Alamu", "said", ""),
        ],
        [
            (
                "At the treatment centre on Saturday, relatives waited on wooden benches under a tarpaulin while nurses moved between the beds.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— ADVERTISEMENT —", "", "", "B"),
        ],
        [
            ("ALSO READ: Ibadan resident doctors begin three-day warning strike", "", "", "B"),
        ],
        [
            (
                "The Baale of Alagbaa-Ogbolu, Chief Kasali Ajagbe-Onifade, said the community’s only borehole had been broken since March.",
                "Kasali Ajagbe-Onifade",
                "said",
                "W",
            ),
            (
                "“Since then, we have been drinking from the wells because there is nothing else,” he said.",
                "Kasali Ajagbe-Onifade",
                "said",
                "",
            ),
        ],
        [
            (
                "Mulikat Adelakun-Atanda, a mother of four who sells provisions near the market, said she now spent N1,500 a day on sachet water for her family.",
                "Mulikat Adelakun-Atanda",
                "said",
                "",
            ),
            (
                "“Where will a petty trader find that kind of money every day?” she asked.",
                "Mulikat Adelakun-Atanda",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Executive Chairman of Akinyele Local Government, Hon. Adebusola Olaleye-Omotosho, said the council had approved N38.5 million to repair the borehole and sink two new ones.",
                "Adebusola Olaleye-Omotosho",
                "said",
                "W",
            ),
            (
                "She said work would start before the end of the month.",
                "Adebusola Olaleye-Omotosho",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Oluwatoyin Ikotun-Odunayo, a medical officer at Olopomewa General Hospital, said seven of the nine people who died reached a health facility more than 12 hours after their symptoms began.",
                "Oluwatoyin Ikotun-Odunayo",
                "said",
                "W",
            ),
            (
                "“Oral rehydration salts cost next to nothing, and they save lives,” she said.",
                "Oluwatoyin Ikotun-Odunayo",
                "said",
                "",
            ),
        ],
        [
            (
                "Children under five accounted for 38 of the cases, according to the ministry’s situation report.",
                "the ministry’s situation report",
                "according to",
                "W",
            ),
            (
                "The state recorded 61 cholera cases and two deaths in the whole of 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ministry urged residents to report cases of watery diarrhoea to the nearest health centre or call its toll-free line, 0800 555 0199.",
                "The ministry",
                "urged",
                "",
            ),
        ],
        [
            ("Don’t miss a story.", "", "", "B"),
            ("Join the Daystar Chronicle channel on Telegram.", "", "", "B"),
        ],
        [
            ("Tags: Akinyele, Cholera, Oyo State, Public Health", "", "", "B"),
        ],
        [
            ("You may also like", "", "", "B"),
        ],
        [
            ("Lagos records rise in diphtheria cases among school pupils", "", "", "B"),
        ],
        [
            ("Oyo begins free eye screening for pensioners", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Daystar Chronicle Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            (
                "This material may not be republished, broadcast or redistributed without permission.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("The Peninsula Ledger", "", "", "B"),
        ],
        [
            ("Wednesday, 11 Nov 2026 · Kuala Lumpur 31°C · Log in", "", "", "B"),
        ],
        [
            (
                "Nation | Northern | Education | Business | Sport | World | Lifestyle | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Northern › Education", "", "", "B"),
        ],
        [
            (
                "Butterworth school to run two sessions next year as new block stands unfinished",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Contractor blames unpaid bills for the delay; parents worry about 6.45am starts",
                "Serikandi Pelita Binaan Sdn. Bhd.",
                "blames",
                "W",
            ),
        ],
        [
            ("By NURIN SYAZWINA SHAHRIZAL-SAADON", "", "", "B"),
        ],
        [
            ("Published 6:30 AM MYT, 11 Nov 2026 | Updated 9:02 AM MYT", "", "", "B"),
        ],
        [
            ("[Facebook] [X] [WhatsApp] [Telegram] [Email] [Print]", "", "", "B"),
        ],
        [
            ("Listen to this article · 4 min", "", "", "B"),
        ],
        [
            (
                "Pupils of SMK Ara Kerinjing walk past the unfinished four-storey block on Tuesday.",
                "",
                "",
                "",
            ),
            ("— KHAIRULANUAR ROSLAND/The Peninsula Ledger", "", "", "B"),
        ],
        [
            (
                "BUTTERWORTH: About 1,870 pupils at SMK Ara Kerinjing will attend classes in two sessions from the start of the 2027 school year because a new RM12.4 million teaching block remains unfinished, 14 months after it was due.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State education director Datuk Haji Zulhasrin Khairulazhar said Form Four and Form Five pupils would attend the morning session, from 6.45am to 12.45pm, with Forms One to Three in the afternoon from 1pm to 6.30pm.",
                "Zulhasrin Khairulazhar",
                "said",
                "W",
            ),
            (
                "He said the school’s existing buildings, put up in 1984 for 1,100 pupils, had 32 classrooms for 52 classes.",
                "Zulhasrin Khairulazhar",
                "said",
                "W",
            ),
            (
                "“Two sessions is not ideal, but it is safer than squeezing children into rooms that cannot hold them,” he said.",
                "Zulhasrin Khairulazhar",
                "said",
                "",
            ),
            (
                "He said the department would review the arrangement in March.",
                "Zulhasrin Khairulazhar",
                "said",
                "",
            ),
        ],
        [
            (
                "Enrolment at the school has risen by 41% since 2016, when a housing estate of 2,600 homes was completed nearby, according to department figures.",
                "department figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The contractor, Serikandi Pelita Binaan Sdn. Bhd., said in a statement that work stopped in May because payments for three completed stages, worth about RM2.1 million, had not been made.",
                "Serikandi Pelita Binaan Sdn. Bhd.",
                "said in a statement",
                "W",
            ),
            (
                "It said it would return to the site within two weeks of being paid.",
                "Serikandi Pelita Binaan Sdn. Bhd.",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesman for the Public Works Department said the payments were held back after inspectors found cracks in the ground-floor slab in April.",
                "A spokesman for the Public Works Department",
                "said",
                "W",
            ),
            (
                "He said the block was expected to be ready by the middle of 2027.",
                "A spokesman for the Public Works Department",
                "said",
                "",
            ),
        ],
        [
            (
                "On Tuesday afternoon, the scaffolding around the new block was rusting, and weeds had grown through the stacked bricks.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("ALSO READ: Penang to add 40 school buses on mainland routes next year", "", "", "B"),
        ],
        [
            (
                "The school’s Parent-Teacher Association (PIBG) chairman, Encik Fadzrul Nazrin Ghazali, said 640 parents had signed a petition asking the state to move the upper forms to a nearby vocational college until the block was ready.",
                "Fadzrul Nazrin Ghazali",
                "said",
                "W",
            ),
            ("He said parents were tired of promises.", "Fadzrul Nazrin Ghazali", "said", ""),
            (
                "“We were told 2025, then mid-2026, and now the middle of 2027 … I will believe it when I see the keys,” he said.",
                "Fadzrul Nazrin Ghazali",
                "said",
                "",
            ),
        ],
        [
            (
                "Kheow Peik Whan, a mother of three from Taman Kerinjing Murni, said her son would have to leave home at 5.50am to catch the school bus.",
                "Kheow Peik Whan",
                "said",
                "",
            ),
            (
                "“How does a 16-year-old learn anything at that hour?” she asked.",
                "Kheow Peik Whan",
                "asked",
                "",
            ),
            (
                "She said she would have to give up her own night shifts to be home when he got back.",
                "Kheow Peik Whan",
                "said",
                "",
            ),
        ],
        [
            (
                "Teachers’ union state secretary Ng Khiam Sern said 12 of the school’s 118 teachers had applied for transfers since September.",
                "Ng Khiam Sern",
                "said",
                "W",
            ),
            (
                "He said teachers in the afternoon session would often not get home before 8pm.",
                "Ng Khiam Sern",
                "said",
                "",
            ),
        ],
        [
            (
                "State education committee chairman Dr. Saravanamuthu a/l Kanagarethinam said the state had written to the Education Ministry on Oct 15 asking for the payments to be released.",
                "Saravanamuthu a/l Kanagarethinam",
                "said",
                "W",
            ),
            (
                "He said the double sessions could end after one term if the roof was finished by March.",
                "Saravanamuthu a/l Kanagarethinam",
                "said",
                "",
            ),
        ],
        [
            ("Do you have a story to share?", "", "", "B"),
            ("Email us at northern@peninsulaledger.my or WhatsApp 012-555 8140.", "", "", "B"),
        ],
        [
            (
                "Tags / Keywords: Education, Penang, Butterworth, Double Session, Schools",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Mainland council to resurface 12km of roads before monsoon peak", "", "", "B"),
        ],
        [
            ("Two Penang schools get new science labs under RM3mil grant", "", "", "B"),
        ],
        [
            (
                "Copyright © 1996–2026 Peninsula Ledger Sdn. Bhd. (Co. No. 201301044871)",
                "",
                "",
                "B",
            ),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SOUTHERLY", "", "", "B"),
        ],
        [
            (
                "Christchurch  |  Saturday, 31 October 2026  |  Fine, 19°  |  Log in  |  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "National   Canterbury   Business   Farming   Sport   Weather   Opinion   Puzzles",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News > Christchurch > Transport", "", "", "B"),
        ],
        [
            (
                "New bus network starts Monday: 21 routes become 17 and fares are capped at $25 a week",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "What the changes mean for your trip, and why drivers say the timetable is too tight",
                "drivers",
                "say",
                "",
            ),
        ],
        [
            ("Wairaka Ratana-Lockhart · Reporter", "", "", "B"),
        ],
        [
            ("07:00, Oct 31 2026", "", "", "B"),
        ],
        [
            ("Share this article  ✉  f  𝕏  in", "", "", "B"),
        ],
        [
            (
                "An electric bus on a test run along Pohutukawa Parade in Karewhiti on Thursday.",
                "",
                "",
                "",
            ),
            ("Photo: Absalom Pemberly-Hōhepa / The Southerly", "", "", "B"),
        ],
        [
            (
                "Christchurch’s new bus network starts on Monday, with 21 routes cut to 17, four new cross-town links and a bus every 10 minutes at peak times on the five busiest corridors.",
                "",
                "",
                "W",
            ),
            (
                "Adult fares stay at $2.50 a trip, but from Monday no adult will pay more than $25 in a week on a registered travel card.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The regional council’s public transport manager, Maka Fakatava-Brunton, said the network was designed after 11,200 people answered a survey last year.",
                "Maka Fakatava-Brunton",
                "said",
                "W",
            ),
            (
                "He said the changes would put 74% of city residents within 500 metres of a stop with a bus at least every 15 minutes, up from 52% now.",
                "Maka Fakatava-Brunton",
                "said",
                "W",
            ),
            (
                "“It will feel strange for a week or two, and then we think people will wonder how they lived without it,” he said.",
                "Maka Fakatava-Brunton",
                "said",
                "",
            ),
        ],
        [
            (
                "Patronage reached 13.1 million trips in the year to June, still below the 14.6 million of 2019, according to council figures.",
                "council figures",
                "according to",
                "W",
            ),
        ],
        [
            ("What changes on Monday", "", "", ""),
        ],
        [
            (
                "Routes 3 and 11 merge into a single Red Line between Toetoe Park and Pāteke Bay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 44 no longer runs on weekday evenings; the new Route 9 covers most of its stops.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Buses to the airport leave every 20 minutes, from 5.30am to 11.30pm.", "", "", "W"),
        ],
        [
            ("Article continues after this advertisement", "", "", "B"),
        ],
        [
            (
                "Bus Drivers’ Guild organiser Ngāreta Ngāwhare-Stirling said the operator, Tauhou Buslines, was still 31 drivers short of the 212 it needed for the new timetable.",
                "Ngāreta Ngāwhare-Stirling",
                "said",
                "W",
            ),
            (
                "She said drivers had been given too little time between trips to take a toilet break.",
                "Ngāreta Ngāwhare-Stirling",
                "said",
                "",
            ),
            (
                "She said 14 drivers had resigned since the rosters were published in September.",
                "Ngāreta Ngāwhare-Stirling",
                "said",
                "W",
            ),
            (
                "“If the timetable doesn’t change, some trips will simply not run,” she said.",
                "Ngāreta Ngāwhare-Stirling",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, Tauhou Buslines said it had hired 46 drivers since July.",
                "Tauhou Buslines",
                "said",
                "W",
            ),
            (
                "It said it expected to be fully staffed by Christmas.",
                "Tauhou Buslines",
                "said",
                "",
            ),
            (
                "The company said 38 of the network’s buses were now electric, up from 12 a year ago.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Passenger Gwendolen Crossan-Potaka, 71, who catches the bus from Toetoe Park to her daughter’s house three times a week, said her trip would now need a change of bus.",
                "Gwendolen Crossan-Potaka",
                "said",
                "",
            ),
            (
                "“I’m not against it, I just want someone to tell me where to stand,” she said.",
                "Gwendolen Crossan-Potaka",
                "said",
                "",
            ),
        ],
        [
            (
                "Disability advocate Ianthe Goldsbury-Heke said only 9 of the 40 new or moved stops had raised kerbs for wheelchair users.",
                "Ianthe Goldsbury-Heke",
                "said",
                "W",
            ),
            (
                "She said the council should have finished the kerbs before moving the stops.",
                "Ianthe Goldsbury-Heke",
                "said",
                "",
            ),
        ],
        [
            (
                "Fakatava-Brunton said the remaining kerbs would be built by the end of February.",
                "Maka Fakatava-Brunton",
                "said",
                "",
            ),
        ],
        [
            (
                "The council will post staff in orange vests at 30 major stops on Monday and Tuesday to help people find their bus.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("• Park-and-ride trial at Pāteke Bay dropped after six months", "", "", "B"),
        ],
        [
            ("• Rates rise of 7.9% confirmed for Christchurch households", "", "", "B"),
        ],
        [
            ("Plan your trip: full timetables are on the regional council website.", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Five heat pumps for a cold Canterbury winter, compared", "", "", "B"),
        ],
        [
            ("© 2026 Southerly Newspapers NZ Limited.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE DAILY MOHONA", "", "", "B"),
        ],
        [
            ("Dhaka, Saturday, 24 October 2026 | 9 Kartik 1433 BS | 31°C Rain", "", "", "B"),
        ],
        [
            (
                "Home   Bangladesh   Politics   Economy   Environment   Sports   Opinion   Tech   Photo",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bangladesh / Weather", "", "", "B"),
        ],
        [
            (
                "Cyclone nears coast: great danger signal No. 8 hoisted, 2.14 lakh people moved to shelters",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Storm likely to cross between Satkhira and Barguna by Sunday evening, Met office says",
                "The Met office",
                "says",
                "",
            ),
        ],
        [
            ("Staff Correspondent, Bagerhat, and Online Desk", "", "", "B"),
        ],
        [
            ("Published: 24 Oct 2026, 10:15 AM  |  Updated: 24 Oct 2026, 01:40 PM", "", "", "B"),
        ],
        [
            ("Follow The Daily Mohona on Google News", "", "", "B"),
        ],
        [
            (
                "Fishing trawlers crowd a canal at Char Baliatoli in Bagerhat on Friday evening as the storm approached.",
                "",
                "",
                "",
            ),
            ("Photo: Collected", "", "", "B"),
        ],
        [
            (
                "The Met office on Saturday morning asked the maritime ports of Mongla and Payra to hoist great danger signal No. 8 as a severe cyclonic storm over the Bay of Bengal moved towards the coast at about 15 km/h.",
                "",
                "",
                "W",
            ),
            (
                "The storm was about 285km south of Mongla at 6am, with winds of up to 110 km/h near its centre, according to the Met office’s 9am bulletin.",
                "the Met office’s 9am bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Great danger signal No. 8 means a severe cyclone is expected to cross the coast to the right of the port.",
                "",
                "",
                "W",
            ),
            (
                "The ports of Chattogram and Cox’s Bazar were told to hoist local warning signal No. 4.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Duty meteorologist Mostafizur Rahimul Howladar said the storm was likely to cross the coast between Satkhira and Barguna by Sunday evening.",
                "Mostafizur Rahimul Howladar",
                "said",
                "",
            ),
            (
                "He said low-lying areas of 10 coastal districts could see tidal surges 5 to 7 feet above normal.",
                "Mostafizur Rahimul Howladar",
                "said",
                "",
            ),
            (
                "He said Khulna recorded 146mm of rain in the 24 hours to 6am Saturday, the highest in the country.",
                "Mostafizur Rahimul Howladar",
                "said",
                "W",
            ),
            (
                "He said the storm had been upgraded from a cyclonic storm to a severe cyclonic storm at midnight.",
                "Mostafizur Rahimul Howladar",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Bagerhat Deputy Commissioner Fahmida Mehjabin Roshnara said 2,14,000 people had been moved to 412 cyclone shelters in the district by noon.",
                "Fahmida Mehjabin Roshnara",
                "said",
                "W",
            ),
            (
                "She said 3,150 volunteers, 48 medical teams and Tk 25 lakh in cash had been sent to the district’s nine upazilas.",
                "Fahmida Mehjabin Roshnara",
                "said",
                "W",
            ),
            (
                "“Our target is zero deaths, and we will not stop until every last family is inside,” she told reporters.",
                "Fahmida Mehjabin Roshnara",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "In Char Baliatoli, the wind had begun to rise by mid-morning, and the canal was crowded with boats tied three deep.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Fisherman Moslem Miah Pailan, 52, said he had brought his trawler back from the deep sea on Thursday night after hearing the signal on the radio.",
                "Moslem Miah Pailan",
                "said",
                "",
            ),
            (
                "“The last big storm took my nets and three months of income,” he said.",
                "Moslem Miah Pailan",
                "said",
                "",
            ),
        ],
        [
            (
                "Hosne Khanam Mitu, who runs the Char Baliatoli cyclone shelter, said it had taken in 860 people, about 200 more than it was built for.",
                "Hosne Khanam Mitu",
                "said",
                "W",
            ),
            (
                "“Nobody has eaten properly since yesterday, but at least we are dry,” she said.",
                "Hosne Khanam Mitu",
                "said",
                "",
            ),
        ],
        [
            (
                "By noon, rain was drumming on the tin roofs of the shelter, and children were playing on the stairs.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Two people died in Patuakhali on Friday night when a tree fell on their tin-roofed house, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "About 11,600 hectares of Aman paddy in Bagerhat were under water on Saturday, according to the district agriculture office.",
                "the district agriculture office",
                "according to",
                "W",
            ),
        ],
        [
            ("Also read: Boro seedbeds at risk as rain lashes south-west", "", "", "B"),
        ],
        [
            (
                "River ferry services between Barishal and Dhaka were suspended from 8am on Saturday, the inland water transport authority said.",
                "the inland water transport authority",
                "said",
                "W",
            ),
            (
                "All fishing boats and trawlers in the northern Bay were told to return to shore and stay there until further notice.",
                "",
                "",
                "W",
            ),
            (
                "The Met office said the storm could weaken after landfall, but heavy rain was likely across the south-west until Monday.",
                "The Met office",
                "said",
                "",
            ),
        ],
        [
            ("Click here for live updates on the cyclone", "", "", "B"),
        ],
        [
            ("Topics: Cyclone, Bagerhat, Khulna, Weather", "", "", "B"),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Khulna city wards waterlogged after overnight downpour", "", "", "B"),
        ],
        [
            ("Coastal embankment breached at two points in Satkhira", "", "", "B"),
        ],
        [
            ("Editor & Publisher: Mahfuzar Alamgir Kolarosh", "", "", "B"),
        ],
        [
            ("© 2026 The Daily Mohona.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KILIMANJARO TRADER", "", "", "B"),
        ],
        [
            (
                "Tuesday, October 27, 2026  ·  USD/TZS 2,684.50 ▲  ·  KES/TZS 20.71 ▼  ·  DSE All Share 2,291.06 ▲",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News  Business  Markets  Agribusiness  Technology  Regions  East Africa  Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business › Agribusiness", "", "", "B"),
        ],
        [
            (
                "Meruvale Dairies opens TSh42bn plant in Arusha, lifts milk price paid to farmers",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Processor to buy 120,000 litres a day, but co-operative says farmers still wait weeks to be paid",
                "Loishiye Dairy Farmers’ Co-operative Society",
                "says",
                "W",
            ),
        ],
        [
            ("By Happiness Massawe-Kaaya, Arusha", "", "", "B"),
        ],
        [
            ("Posted: 27.10.2026 | 08:20 EAT | 2 min read", "", "", "B"),
        ],
        [
            ("Share ▸ Facebook | X | WhatsApp | LinkedIn", "", "", "B"),
        ],
        [
            (
                "Workers fill cartons of fresh milk on the new packaging line at Meruvale Dairies’ plant in the Lemugur Industrial Park on Monday.",
                "",
                "",
                "",
            ),
            ("Photo | Trader Correspondent", "", "", "B"),
        ],
        [
            (
                "ARUSHA. Meruvale Dairies Ltd on Monday opened a TSh42 billion processing plant at the Lemugur Industrial Park outside Arusha, raising its capacity from 45,000 to 120,000 litres of milk a day.",
                "",
                "",
                "W",
            ),
            (
                "The company said it would raise the price it pays farmers from TSh950 to TSh1,150 a litre from November 1.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Godlisten Sarakikya-Lema said the plant had taken on 180 permanent staff, 140 of them from the surrounding wards.",
                "Godlisten Sarakikya-Lema",
                "said",
                "W",
            ),
            (
                "He said the project was financed with a TSh26bn loan from Oloirien Commercial Bank and TSh16bn of the company’s own funds.",
                "Godlisten Sarakikya-Lema",
                "said",
                "W",
            ),
            (
                "“We want a farmer in Meru to look at the milk truck and know exactly when the money will arrive,” he said.",
                "Godlisten Sarakikya-Lema",
                "said",
                "",
            ),
        ],
        [
            (
                "Inside the plant, steel tanks rose three storeys high, and the hum of the pasteurisers filled the hall.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Mr Sarakikya-Lema said the firm’s exports to Kenya and Rwanda fell by a quarter last year because of stricter border testing, which the new plant’s laboratory was built to meet.",
                "Godlisten Sarakikya-Lema",
                "said",
                "W",
            ),
            (
                "He said the company now collected milk from 63 collection centres in the Arusha and Kilimanjaro regions, up from 41 last year.",
                "Godlisten Sarakikya-Lema",
                "said",
                "W",
            ),
            (
                "He said the company hoped to list on the Dar es Salaam Stock Exchange within five years.",
                "Godlisten Sarakikya-Lema",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("READ: Arabica prices at northern auction hit three-year high", "", "", "B"),
        ],
        [
            (
                "Arusha Regional Commissioner Winfrida Olomi-Temba, who opened the plant, said the region produced about 1.3 million litres of milk a day, but only about 8 per cent of it was processed.",
                "Winfrida Olomi-Temba",
                "said",
                "W",
            ),
            (
                "She said the government had cut the fee for registering a dairy processing business from TSh500,000 to TSh150,000 in July.",
                "Winfrida Olomi-Temba",
                "said",
                "W",
            ),
            (
                "She urged processors to build collection centres closer to villages so that less milk spoiled on the way.",
                "Winfrida Olomi-Temba",
                "urged",
                "",
            ),
        ],
        [
            (
                "The chairman of the Loishiye Dairy Farmers’ Co-operative Society, Elirehema Pallangyo-Msuya, said some of its 1,480 members had waited up to six weeks to be paid for milk delivered to processors in August.",
                "Elirehema Pallangyo-Msuya",
                "said",
                "W",
            ),
            (
                "“A better price means nothing if you cannot buy school uniforms with it in January,” he said.",
                "Elirehema Pallangyo-Msuya",
                "said",
                "",
            ),
            (
                "He said members would meet next week to decide whether to sell to Meruvale.",
                "Elirehema Pallangyo-Msuya",
                "said",
                "",
            ),
        ],
        [
            (
                "Meruvale said all payments to farmers for August had been cleared by October 9.",
                "Meruvale Dairies Ltd",
                "said",
                "W",
            ),
        ],
        [
            ("Get the Trader Morning Brief in your inbox before 7am.", "", "", "B"),
            ("Sign up now", "", "", "B"),
        ],
        [
            (
                "Upendo Mollel-Kisanga, who keeps five cows near Lekirumuni, said she sold about 40 litres a day to a local trader for TSh800 a litre.",
                "Upendo Mollel-Kisanga",
                "said",
                "",
            ),
            (
                "“If their truck comes to my village, I will sell to them tomorrow,” she said.",
                "Upendo Mollel-Kisanga",
                "said",
                "",
            ),
        ],
        [
            (
                "Erasto Ndosi-Kimambo, an agribusiness analyst at Dar es Salaam-based Kisiwani Capital, said the higher price could push smaller processors to match it or lose suppliers.",
                "Erasto Ndosi-Kimambo",
                "said",
                "",
            ),
            (
                "He said three processors in the northern zone had closed since 2023 after failing to compete for milk.",
                "Erasto Ndosi-Kimambo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Milk consumption in the country averages about 54 litres per person a year, according to industry figures.",
                "industry figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Disclaimer: Market data is delayed by at least 15 minutes and is provided for information only.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Dairy · Arusha · Manufacturing · Agribusiness", "", "", "B"),
        ],
        [
            ("Latest Business", "", "", "B"),
        ],
        [
            ("Central bank holds policy rate for third quarter running", "", "", "B"),
        ],
        [
            ("Arusha hoteliers report record October bookings", "", "", "B"),
        ],
        [
            ("© 2026 Trader Publications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SUIR VALLEY ARGUS", "", "", "B"),
        ],
        [
            (
                "Monday, 12 October 2026  |  Subscribe  |  Digital Edition  |  Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News   Sport   Farming   Community Notes   Property   Motors   Jobs", "", "", "B"),
        ],
        [
            ("Sport › GAA › Hurling", "", "", "B"),
        ],
        [
            (
                "Clonmaghery end 32-year wait for county title as Knockavanna lose man to red card",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ten points from Fiacc Flannery-Shortall settle a tense final in front of 4,812 in Thurles",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Proinnsias Ó Conchubhair-Hackett", "", "", "B"),
        ],
        [
            ("Published 12 Oct 2026 at 06:00", "", "", "B"),
        ],
        [
            ("Share  f  X  ✉", "", "", "B"),
        ],
        [
            (
                "Clonmaghery captain Donnacha Rooskey-Mahon lifts the cup at the final whistle.",
                "",
                "",
                "",
            ),
            ("Picture: Éanna Maher-Heverin/Suirside Sportsfoto", "", "", "B"),
        ],
        [
            ("Clonmaghery 1-22 Knockavanna 0-19", "", "", ""),
        ],
        [
            (
                "Clonmaghery won their first county senior hurling title since 1994 in Thurles on Sunday, beating Knockavanna by 1-22 to 0-19 in front of an attendance of 4,812.",
                "",
                "",
                "W",
            ),
            (
                "Knockavanna played the last 19 minutes with 14 men after wing-back Daithí Hogan-Cloyne was sent off for a second yellow card in the 51st minute.",
                "",
                "",
                "W",
            ),
            ("At that stage the sides were level, 0-16 to 1-13.", "", "", "W"),
        ],
        [
            (
                "Knockavanna led by 0-5 to 0-1 after nine minutes, with three points from centre-forward Cianán Cahill-Mullery.",
                "",
                "",
                "W",
            ),
            ("Then the rain came, and the game changed.", "", "", ""),
        ],
        [
            (
                "Flannery-Shortall scored 0-10, seven of them from frees, while full-forward Cathaír Ó Dubhda-Reaney struck the only goal in the 23rd minute.",
                "",
                "",
                "W",
            ),
            (
                "It was a goal born in the half-back line, where Pilib Kilshane-Sheehan won a ball that had no business being won.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Clonmaghery, beaten by a point in the 2023 final, led by three at half-time, 1-9 to 0-9.",
                "",
                "",
                "W",
            ),
            (
                "Flannery-Shortall’s free in the 68th minute put them four clear, and they outscored their opponents by 0-6 to 0-3 in the last quarter.",
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
                "Clonmaghery manager Laoiseach Glascott-Mohill said he had told his players at half-time to “keep hurling and let the scoreboard look after itself”.",
                "Laoiseach Glascott-Mohill",
                "said",
                "",
            ),
            (
                "“There are men in that dressing room who were at the ’94 final as young lads, sitting on their fathers’ shoulders,” he said.",
                "Laoiseach Glascott-Mohill",
                "said",
                "",
            ),
            (
                "“Today is for them, and for the ones who are gone.”",
                "Laoiseach Glascott-Mohill",
                "said",
                "",
            ),
        ],
        [
            (
                "Knockavanna boss Mattie Hesnan-Ryle said the red card was harsh.",
                "Mattie Hesnan-Ryle",
                "said",
                "",
            ),
            (
                "“I’ve watched it back twice and I still don’t know what the second yellow was for,” he said.",
                "Mattie Hesnan-Ryle",
                "said",
                "",
            ),
            ("He said the club would not appeal the suspension.", "Mattie Hesnan-Ryle", "said", ""),
            ("It was Knockavanna’s third county final defeat in five years.", "", "", "W"),
        ],
        [
            (
                "Rooskey-Mahon, who is 34, said he had thought about retiring after last year’s quarter-final defeat.",
                "Donnacha Rooskey-Mahon",
                "said",
                "",
            ),
            (
                "“My wife said one more year, and I’m glad I listened to her,” he said.",
                "Donnacha Rooskey-Mahon",
                "said",
                "",
            ),
            (
                "He said he would decide on his future after the Munster campaign.",
                "Donnacha Rooskey-Mahon",
                "said",
                "",
            ),
        ],
        [
            (
                "Clonmaghery will play the Waterford champions in the Munster club quarter-final on Sunday, 25 October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Scorers – Clonmaghery: F Flannery-Shortall 0-10 (0-7f), C Ó Dubhda-Reaney 1-2, D Rooskey-Mahon 0-3, P Kilshane-Sheehan 0-2 (0-1 sideline), E Ahearne-Toomey 0-2, S Phelan-Cashel 0-2, M Corbett-Knox 0-1.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Knockavanna: C Cahill-Mullery 0-7 (0-4f), D Hogan-Cloyne 0-3, L Dooley-Dunlea 0-4 (0-2 65s), F Mulready-Quane 0-3, K Horrigan-Meehan 0-2.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Uinseann Fahey-Houlihan (Glenaskeagh).", "", "", ""),
        ],
        [
            ("📸 See our full picture gallery from Thurles here", "", "", "B"),
        ],
        [
            ("Live: club championship results from around the county", "", "", "B"),
        ],
        [
            (
                "Follow The Argus on Instagram for the best of the weekend’s club action.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More Hurling", "", "", "B"),
        ],
        [
            ("Fixture clash pushes minor final back a week", "", "", "B"),
        ],
        [
            ("Intermediate champions name new management team", "", "", "B"),
        ],
        [
            ("© Suir Valley Argus 2026", "", "", "B"),
            ("Part of the Riverbank Newspapers group.", "", "", "B"),
        ],
    ],
    [
        [
            ("SOUTH BEACON TT", "", "", "B"),
        ],
        [
            ("Tuesday 17th November, 2026 · Port of Spain 31° · E-Edition · Sign In", "", "", "B"),
        ],
        [
            (
                "Breaking | News | Crime & Court | Politics | Business | Sport | Carnival | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("CRIME & COURT", "", "", "B"),
        ],
        [
            ("Two men charged after gunmen rob Pouis Junction bar, shoot barman", "", "", "W"),
        ],
        [
            (
                "Cousins, 19 and 24, to face San Fernando magistrate tomorrow; police probe link to two other hold-ups",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sherlan Jhagroo-Charlesdeau", "", "", "B"),
        ],
        [
            ("Posted Nov 17, 2026 — 5:12 AM", "", "", "B"),
        ],
        [
            ("0 Comments · Share", "", "", "B"),
        ],
        [
            (
                "Police officers outside Lalchan’s Corner Bar on Cedar Hill Trace early on Saturday.",
                "",
                "",
                "",
            ),
            ("PHOTO: TRISTAN LOUBON-ALEXIS", "", "", "B"),
        ],
        [
            (
                "Two men were charged yesterday with robbery with aggravation and shooting with intent after a barman was shot during a hold-up at a bar in Pouis Junction early on Saturday.",
                "",
                "",
                "W",
            ),
            (
                "Jerrel Baksh-Lovelace, 24, and his cousin, Shaquan Rampaul-Trotz, 19, both of Cedar Hill Trace, are to appear before a magistrate in the San Fernando Magistrates’ Court tomorrow.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ASP Elwin Marchan-Dwarika of the Southern Division said two men armed with a gun and a cutlass entered the bar at about 1.20 am on Saturday and ordered staff and customers to lie on the floor.",
                "Elwin Marchan-Dwarika",
                "said",
                "W",
            ),
            (
                "He said the barman, 38, was shot in the left leg when he tried to shut the door of the storeroom.",
                "Elwin Marchan-Dwarika",
                "said",
                "W",
            ),
            (
                "He said the man was treated at hospital in San Fernando and discharged on Sunday.",
                "Elwin Marchan-Dwarika",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said officers arrested the two men at a house in Cedar Hill on Sunday afternoon and recovered a revolver and 11 rounds of ammunition.",
                "Elwin Marchan-Dwarika",
                "said",
                "W",
            ),
            (
                "He said the revolver was found wrapped in a towel in a kitchen cupboard.",
                "Elwin Marchan-Dwarika",
                "said",
                "W",
            ),
            (
                "“We believe these are the same men we have been looking for in connection with two other robberies in the area,” Marchan-Dwarika said.",
                "Elwin Marchan-Dwarika",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the earlier robberies were at a roti shop on October 31 and a mini-mart on November 8, both on the Pouis Junction main road.",
                "Elwin Marchan-Dwarika",
                "said",
                "W",
            ),
            (
                "He said police were not ruling out that a third man drove the getaway car.",
                "Elwin Marchan-Dwarika",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("RELATED: Man, 31, held with pistol at roadblock in Couva", "", "", "B"),
        ],
        [
            (
                "The bar’s owner, Vishnudath Lalchan-Soodeen, said the robbers took about TT$14,000 in cash, 22 bottles of rum and the phones of four customers.",
                "Vishnudath Lalchan-Soodeen",
                "said",
                "W",
            ),
            (
                "“I have been here 26 years, and I never see it this bad,” he said.",
                "Vishnudath Lalchan-Soodeen",
                "said",
                "",
            ),
            (
                "He said he would close at 10 pm from now on.",
                "Vishnudath Lalchan-Soodeen",
                "said",
                "",
            ),
        ],
        [
            (
                "A customer who asked not to be named said she hid in the ladies’ room and called her brother.",
                "A customer",
                "said",
                "",
            ),
            (
                "“I could hear them shouting, ‘Where the money? Where the money?’ and then the shot,” she said.",
                "A customer",
                "said",
                "",
            ),
        ],
        [
            (
                "By yesterday afternoon, the bar’s shutters were down and a hand-written sign on the door read, “Closed until further notice.”",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Pouis Junction councillor Sherma Hackshaw-Harripaul said there had been four robberies of businesses on the main road since August.",
                "Sherma Hackshaw-Harripaul",
                "said",
                "W",
            ),
            (
                "“Residents are living in fear, and they want to see police patrols at night, not just after something happens,” she said.",
                "Sherma Hackshaw-Harripaul",
                "said",
                "",
            ),
        ],
        [
            (
                "Robberies in the Southern Division rose to 412 from January 1 to November 15, from 366 in the same period last year, according to police statistics.",
                "police statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Investigations are being led by Sgt. Ancil Fortunat-Ramsaran and PC Reshma Harrilal-Dass of the Pouis Junction Police Station.",
                "",
                "",
                "W",
            ),
            (
                "Police are asking anyone with information to call the station at 652-5550 or dial 999.",
                "Police",
                "are asking",
                "",
            ),
        ],
        [
            ("Do you have a news tip?", "", "", "B"),
            ("Call our newsroom at 868-555-0137 or email news@southbeacon.tt.", "", "", "B"),
        ],
        [
            ("Tags: Crime, Pouis Junction, Robbery, Southern Division", "", "", "B"),
        ],
        [
            ("Comments are moderated and may take time to appear.", "", "", "B"),
        ],
        [
            ("MORE IN CRIME & COURT", "", "", "B"),
        ],
        [
            ("Teen charged with stealing car from Marabella gas station", "", "", "B"),
        ],
        [
            ("Fisherman’s killer gets 25 years", "", "", "B"),
        ],
        [
            ("Copyright © 2026 South Beacon Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("INTERIOR RIDGELINE NEWS", "", "", "B"),
        ],
        [
            ("Kamloops, B.C.  ·  Thursday, Oct. 22, 2026  ·  4°C Cloudy", "", "", "B"),
        ],
        [
            (
                "Local   B.C.   Canada   Business   Outdoors   Sports   Obituaries   Contests",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Province orders Tallowbrush sawmill to clean up creek after fish kill", "", "", "W"),
        ],
        [
            (
                "About 1,200 dead juvenile coho counted below spill site; mill says a valve failed",
                "Arrowbrake Timber Products Ltd.",
                "says",
                "W",
            ),
        ],
        [
            ("Brisa Allenby-Nduka / Ridgeline Staff", "", "", "B"),
        ],
        [
            (
                "Posted: Oct 22, 2026 / 05:00 AM PDT | Updated: Oct 22, 2026 / 09:41 AM PDT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook · X · Email · Print", "", "", "B"),
        ],
        [
            ("Listen to this article 3:45", "", "", "B"),
        ],
        [
            (
                "Volunteers with the Tallowbrush Creek Streamkeepers Society walk the creek bank below the mill on Oct. 12.",
                "",
                "",
                "",
            ),
            ("(Brisa Allenby-Nduka/Ridgeline News)", "", "", "B"),
        ],
        [
            (
                "The B.C. government has ordered a sawmill near Kamloops to clean up Tallowbrush Creek after a spill that killed about 1,200 juvenile coho salmon earlier this month.",
                "",
                "",
                "W",
            ),
            (
                "The pollution abatement order, issued Oct. 20, gives Arrowbrake Timber Products Ltd. until Nov. 30 to remove contaminated sediment from a 1.4-kilometre stretch of the creek and to submit a plan to stop further leaks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, the Ministry of Environment and Parks said about 3,800 litres of hydraulic oil and wood-waste leachate entered the creek from the mill’s yard on Oct. 9 and 10.",
                "the Ministry of Environment and Parks",
                "said",
                "W",
            ),
            (
                "It said conservation officers counted about 1,200 dead coho fry and 40 dead rainbow trout downstream of the mill on Oct. 11.",
                "the Ministry of Environment and Parks",
                "said",
                "W",
            ),
            (
                "The ministry said it was still investigating and had not ruled out charges under the provincial Environmental Management Act.",
                "The ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Arrowbrake general manager Emmerson Hargreave-Margison said a valve on a hydraulic line to the log-sorting deck failed overnight on Oct. 9, and the leak was not found until the morning shift began at 6 a.m.",
                "Emmerson Hargreave-Margison",
                "said",
                "W",
            ),
            (
                "He said the company had since installed a containment berm and an oil-water separator at a cost of about $180,000.",
                "Emmerson Hargreave-Margison",
                "said",
                "W",
            ),
            (
                "He said the mill employs 86 people and runs two shifts a day.",
                "Emmerson Hargreave-Margison",
                "said",
                "W",
            ),
            (
                "He said he expected the company to meet the Nov. 30 deadline.",
                "Emmerson Hargreave-Margison",
                "said",
                "",
            ),
        ],
        [
            (
                "“We are a small mill in a small town, and we fish that creek too,” Hargreave-Margison said.",
                "Emmerson Hargreave-Margison",
                "said",
                "",
            ),
            ("“We are going to make it right.”", "Emmerson Hargreave-Margison", "said", ""),
        ],
        [
            ("— Story continues below —", "", "", "B"),
        ],
        [
            (
                "Dr. Ysmena Ekechukwu-Ruttan, a fisheries biologist with the streamkeepers’ society, said the spill may have wiped out most of this year’s coho fry in the creek.",
                "Ysmena Ekechukwu-Ruttan",
                "said",
                "",
            ),
            (
                "She said the society’s counts showed about 2,900 adult coho returned to the creek in the fall of 2025, up from fewer than 600 in 2015, after 10 years of habitat work.",
                "Ysmena Ekechukwu-Ruttan",
                "said",
                "W",
            ),
            (
                "“Ten years of work, and it took one valve,” she said.",
                "Ysmena Ekechukwu-Ruttan",
                "said",
                "",
            ),
        ],
        [
            (
                "Alston Brampton-Carruthers, who has fished the creek since 1979, said he found dead fish in the shallows below the Highway 5 bridge while walking his dog on Oct. 11.",
                "Alston Brampton-Carruthers",
                "said",
                "",
            ),
            (
                "“They were lying there like silver leaves,” he said.",
                "Alston Brampton-Carruthers",
                "said",
                "",
            ),
        ],
        [
            (
                "On Tuesday, the water ran clear over the gravel, but a faint sheen still gathered in the eddies below the culvert.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "It is the second spill from the mill in three years: in 2023, the company was fined $24,000 for letting sawdust into the creek, according to provincial court records.",
                "provincial court records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kamloops city Coun. Simran Randhawa-Fortier said council would ask the province for a public report on the spill.",
                "Simran Randhawa-Fortier",
                "said",
                "",
            ),
        ],
        [
            ("Tallowbrush Creek at a glance", "", "", ""),
        ],
        [
            ("Length: approx. 22 km, from Pinegrouse Lake to the Thompson River.", "", "", "W"),
        ],
        [
            ("Fish: coho, chinook and rainbow trout.", "", "", "W"),
        ],
        [
            ("Spills on record since 2015: three, all from the same mill site.", "", "", "W"),
        ],
        [
            ("RELATED: Salmon counts down sharply on North Thompson tributaries", "", "", "B"),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email newsroom@ridgelinenews.ca or call 250-555-0174.", "", "", "B"),
        ],
        [
            ("Trending Now", "", "", "B"),
        ],
        [
            ("Downtown parkade closed for repairs until spring", "", "", "B"),
        ],
        [
            ("Junior club signs two prospects from Saskatchewan", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Ridgeline Media Inc.", "", "", "B"),
        ],
        [
            ("Privacy Policy · Terms of Use · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BHADRALOK GAZETTE", "", "", "B"),
        ],
        [
            ("Kolkata Edition  ◆  Sunday, November 8, 2026  ◆  E-Paper  ◆  Subscribe", "", "", "B"),
        ],
        [
            (
                "Kolkata  India  World  Sport  Business  Culture  Opinion  Photos  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » Kolkata » Culture", "", "", "B"),
        ],
        [
            (
                "Alokmaya Picture Palace to reopen after 19 years with Rs 14.6 crore facelift",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The 1931 hall in north Kolkata returns as a 640-seat cinema and arts centre, with a week of restored Bengali classics",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Anwesha Roychoudhury-Sen | Kolkata Bureau", "", "", "B"),
        ],
        [
            ("Updated: Nov 8, 2026, 06:12 IST", "", "", "B"),
        ],
        [
            ("🔗 Copy link   |   WhatsApp   |   Facebook   |   X", "", "", "B"),
        ],
        [
            (
                "Restorers put the finishing touches to the gilded proscenium arch at the Alokmaya Picture Palace on Saturday.",
                "",
                "",
                "",
            ),
            ("(Photo: Subhankar Dalui-Naskar)", "", "", "B"),
        ],
        [
            (
                "KOLKATA: The Alokmaya Picture Palace, a 1931 single-screen cinema in north Kolkata that shut in 2007, will reopen on November 13 after a Rs 14.6 crore restoration paid for by a trust and a group of city businesses.",
                "",
                "",
                "W",
            ),
            (
                "The hall, which once seated 1,100, now has 640 seats, a gallery for exhibitions and a small café in what used to be the projection room’s store.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On Saturday afternoon, the smell of fresh varnish hung over the foyer, and an electrician on a ladder was still testing the marquee bulbs one by one.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Alokmaya Heritage Trust secretary Debjyoti Bagchi-Majumdar said Rs 9.2 crore came from 14 businesses and the rest from donations by about 3,400 individuals.",
                "Debjyoti Bagchi-Majumdar",
                "said",
                "W",
            ),
            (
                "“We did not want a museum where people walk past glass cases,” he said.",
                "Debjyoti Bagchi-Majumdar",
                "said",
                "",
            ),
            (
                "“We wanted the lights to go down and the film to start.”",
                "Debjyoti Bagchi-Majumdar",
                "said",
                "",
            ),
        ],
        [
            (
                "Conservation architect Srabasti Guha-Ghatak said the team found the original plasterwork under four layers of paint and restored 86 of the 112 decorative panels on the ceiling.",
                "Srabasti Guha-Ghatak",
                "said",
                "W",
            ),
            (
                "She said the work took 31 months, a year longer than planned, because the roof timbers had to be replaced after termite damage was found in 2024.",
                "Srabasti Guha-Ghatak",
                "said",
                "W",
            ),
            (
                "“Every layer of paint told us something about who had owned the hall,” she said.",
                "Srabasti Guha-Ghatak",
                "said",
                "",
            ),
        ],
        [
            (
                "The building is listed as a Grade II-A heritage structure by the city’s heritage committee, which approved the plans in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Also read: Potters’ quarter counts losses after late rains", "", "", "B"),
        ],
        [
            (
                "The opening festival, from November 13 to 19, will screen 21 restored Bengali films from the 1950s and 1960s, with tickets at Rs 120 each.",
                "",
                "",
                "W",
            ),
            ("The box office opens at 11 a.m. on Tuesday.", "", "", "W"),
            ("Online booking starts at noon.", "", "", "W"),
        ],
        [
            (
                "Bagchi-Majumdar said the hall would run three shows a day, at 12 noon, 3 p.m. and 6.30 p.m., with a Sunday morning show for children.",
                "Debjyoti Bagchi-Majumdar",
                "said",
                "W",
            ),
            (
                "He said the trust might add a second, smaller screen if the first year went well.",
                "Debjyoti Bagchi-Majumdar",
                "said",
                "",
            ),
        ],
        [
            (
                "State culture minister Nilanjan Dastidar-Pal said the reopening showed what the city could do when its citizens took the lead.",
                "Nilanjan Dastidar-Pal",
                "said",
                "",
            ),
            (
                "He said the state had waived Rs 38 lakh in property tax arrears on the building in 2022.",
                "Nilanjan Dastidar-Pal",
                "said",
                "W",
            ),
            (
                "He said the government would look at ways to help other old halls.",
                "Nilanjan Dastidar-Pal",
                "said",
                "",
            ),
        ],
        [
            (
                "Haripada Mondal-Ghorai, 81, who was the hall’s projectionist from 1962 until it closed, said he could still remember the smell of the carbon arc lamps.",
                "Haripada Mondal-Ghorai",
                "said",
                "",
            ),
            (
                "“On a Sunday in 1965, we ran five shows and turned people away from every one of them,” he said.",
                "Haripada Mondal-Ghorai",
                "said",
                "",
            ),
        ],
        [
            (
                "Film critic Ritabrata Bandyopadhyay-Lahiri said the city had lost more than 60 single-screen halls since 2000.",
                "Ritabrata Bandyopadhyay-Lahiri",
                "said",
                "W",
            ),
            (
                "“One reopening is not a revival, but it is a start,” he said.",
                "Ritabrata Bandyopadhyay-Lahiri",
                "said",
                "",
            ),
        ],
        [
            (
                "For the latest Kolkata news, follow The Bhadralok Gazette on Google News.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Disclaimer: Comments posted below do not reflect the views of the publication.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Top Stories", "", "", "B"),
        ],
        [
            ("Metro’s airport link to open for trial runs next month", "", "", "B"),
        ],
        [
            ("Book fair moves to new grounds in Salt Lake", "", "", "B"),
        ],
        [
            ("© 2026 Bhadralok Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About Us | Contact | Advertise | Terms | Privacy | Grievance Redressal", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SUSQUEHANNA DAYBOOK", "", "", "B"),
        ],
        [
            ("Subscribe: $1 for 6 months  |  Sign In  |  e-Edition", "", "", "B"),
        ],
        [
            (
                "News  Politics  Business  Sports  Opinion  Obituaries  Things to Do  Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics | State Capitol", "", "", "B"),
        ],
        [
            (
                "Pa. House passes farm-equipment repair bill 104-99, sending it to a wary Senate",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Farmers say they lose days at harvest waiting for dealer technicians; dealers warn of tampering",
                "Farmers",
                "say",
                "W",
            ),
        ],
        [
            ("By Solvei Ackerly-Hoffner | Capitol Bureau", "", "", "B"),
        ],
        [
            ("Oct. 21, 2026, 5:30 a.m. ET | Updated 7:14 a.m. ET", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  Email  Reddit", "", "", "B"),
        ],
        [
            (
                "Rep. Galen Nwachi-Hartranft, D-Centre, speaks on the House floor in Harrisburg on Tuesday.",
                "",
                "",
                "",
            ),
            ("(Daybook photo / Lanford Shumaker-Hertzog)", "", "", "B"),
        ],
        [
            (
                "HARRISBURG — The Pennsylvania House voted 104-99 on Tuesday to pass a bill that would require makers of tractors, combines and other farm equipment to sell repair manuals, parts and diagnostic software to farmers and independent repair shops.",
                "",
                "",
                "W",
            ),
            (
                "The vote mostly followed party lines, with three Republicans joining Democrats in support and one Democrat voting against.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Three Republicans, Reps. Lovell Stuckey-Hostetler of Adams County, Marjean Kauffman-Weil of Bedford County and Rudolph Oyeniyi-Kutz of Tioga County, voted yes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill’s prime sponsor, Rep. Galen Nwachi-Hartranft, D-Centre, said farmers in his district had waited up to three weeks for a dealer technician during last year’s harvest.",
                "Galen Nwachi-Hartranft",
                "said",
                "W",
            ),
            (
                "“When a combine goes down in October, a farmer can’t wait until November,” Nwachi-Hartranft said.",
                "Galen Nwachi-Hartranft",
                "said",
                "",
            ),
            (
                "“That’s not a business model; that’s a hostage situation.”",
                "Galen Nwachi-Hartranft",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the bill was amended in committee on Oct. 6 to leave out construction equipment.",
                "Galen Nwachi-Hartranft",
                "said",
                "W",
            ),
        ],
        [
            (
                "The debate ran long, and at one point Nwachi-Hartranft held up a tangle of diagnostic cables to make his point.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "House Bill 2218 would take effect 180 days after it is signed, and it would not require makers to share source code or let owners alter emissions controls.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Get Capitol Notebook, our free politics newsletter, every Friday.", "", "", "B"),
            ("Sign up", "", "", "B"),
        ],
        [
            ("Related: House panel advances bill to raise school bus driver pay", "", "", "B"),
        ],
        [
            (
                "Rep. Corlissa Heppelthwaite-Grabill, R-Lancaster, who voted no, said the state’s equipment dealers employ about 4,100 people, many of them technicians trained at the dealers’ expense.",
                "Corlissa Heppelthwaite-Grabill",
                "said",
                "W",
            ),
            (
                "She said the measure would hurt the small-town dealers who keep farms running.",
                "Corlissa Heppelthwaite-Grabill",
                "said",
                "",
            ),
            (
                "“What happens when someone switches off a safety sensor to save an afternoon?” she asked.",
                "Corlissa Heppelthwaite-Grabill",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Mid-Atlantic Implement Dealers Alliance said in a statement that the bill “ignores the progress the industry has made on its own.”",
                "The Mid-Atlantic Implement Dealers Alliance",
                "said in a statement",
                "",
            ),
            (
                "It said manufacturers had agreed in 2023 to make most diagnostic tools available to farmers.",
                "The Mid-Atlantic Implement Dealers Alliance",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dairy farmer Elam Burkholder-Leid of Juniata County, who milks 140 cows, said his tractor sat idle for 11 days in August while he waited for a part to be unlocked by a dealer.",
                "Elam Burkholder-Leid",
                "said",
                "",
            ),
            (
                "“I can fix a hay baler with baling wire and a prayer, but I can’t fix a computer that won’t let me in,” he said.",
                "Elam Burkholder-Leid",
                "said",
                "",
            ),
        ],
        [
            (
                "Similar bills have been introduced in 14 states this year, according to a tally kept by the Commonwealth Growers Union.",
                "a tally kept by the Commonwealth Growers Union",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sen. Rosamunde Kovalchik-Schenck, R-Cumberland, who chairs the Senate Agriculture and Rural Affairs Committee, said she had “no plans” to bring H.B. 2218 up for a vote this year.",
                "Rosamunde Kovalchik-Schenck",
                "said",
                "",
            ),
            (
                "The chamber has six voting days left this year, according to the Senate’s posted calendar.",
                "the Senate’s posted calendar",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the governor said the administration was reviewing the bill.",
                "A spokesperson for the governor",
                "said",
                "",
            ),
        ],
        [
            ("Solvei Ackerly-Hoffner covers state government for the Daybook.", "", "", "B"),
            ("Reach her at sackerly@susquehannadaybook.com or 717-555-0163.", "", "", "B"),
        ],
        [
            ("Commenting is available to subscribers.", "", "", "B"),
        ],
        [
            ("MORE IN POLITICS", "", "", "B"),
        ],
        [
            ("Turnpike toll increase takes effect in January", "", "", "B"),
        ],
        [
            ("Auditor general faults state police overtime tracking", "", "", "B"),
        ],
        [
            ("© 2026 Daybook Media Group Inc.", "", "", "B"),
        ],
        [
            (
                "Privacy Notice | Terms of Service | Your Privacy Choices | Do Not Sell My Info",
                "",
                "",
                "B",
            ),
        ],
    ],
]


HELDOUT_CASES = [
    (
        "h65-sc-caption-picture-credit",
        "Visitors cross Tullocharn Square in the city centre on a wet afternoon earlier this month. Picture: Granite Courant/Calumach Ferness-Imray",
        [
            "Visitors cross Tullocharn Square in the city centre on a wet afternoon earlier this month.",
            "Picture: Granite Courant/Calumach Ferness-Imray",
        ],
    ),
    (
        "h65-sc-quoted-question-asked",
        "She said the administration should have waited to see how the charge worked elsewhere before going ahead. “Who, exactly, asked for this?” she asked the chamber.",
        [
            "She said the administration should have waited to see how the charge worked elsewhere before going ahead.",
            "“Who, exactly, asked for this?” she asked the chamber.",
        ],
    ),
    (
        "h65-sc-ltd-registered-no",
        "© 2026 Granite Courant Ltd. Registered in Scotland No. SC418207.",
        ["© 2026 Granite Courant Ltd.", "Registered in Scotland No. SC418207."],
    ),
    (
        "h65-za-case-no-designation",
        "The Esiphongweni Residents’ Association brought its urgent application on 16 October, 21 days after the taps ran dry, according to the judgment. The matter was argued on 29 October under case No. D7714/2026.",
        [
            "The Esiphongweni Residents’ Association brought its urgent application on 16 October, 21 days after the taps ran dry, according to the judgment.",
            "The matter was argued on 29 October under case No. D7714/2026.",
        ],
    ),
    (
        "h65-za-adv-sc-quote-end",
        "Adv. Mthokozisi Mbhamali-Mchunu SC, who argued the case for the residents, said the order was “a lifeline for families who have been carrying water up the hill in wheelie bins”. He said at least 230 of the households had a member over 70 or living with a disability.",
        [
            "Adv. Mthokozisi Mbhamali-Mchunu SC, who argued the case for the residents, said the order was “a lifeline for families who have been carrying water up the hill in wheelie bins”.",
            "He said at least 230 of the households had a member over 70 or living with a disability.",
        ],
    ),
    (
        "h65-za-pty-ltd-rights",
        "© 2026 Bugle Media (Pty) Ltd. All rights reserved.",
        ["© 2026 Bugle Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "h65-ng-dr-commissioner-lga",
        "The Commissioner for Health, Dr. Ibukunoluwa Fadeyibi-Akanle, who briefed journalists in Ibadan on Sunday, said 112 of the cases were recorded in Akinyele Local Government Area, with the rest in Lagelu and Ido. She said laboratory tests had found Vibrio cholerae in water from two hand-dug wells in the Alagbaa-Ogbolu community, which have since been sealed.",
        [
            "The Commissioner for Health, Dr. Ibukunoluwa Fadeyibi-Akanle, who briefed journalists in Ibadan on Sunday, said 112 of the cases were recorded in Akinyele Local Government Area, with the rest in Lagelu and Ido.",
            "She said laboratory tests had found Vibrio cholerae in water from two hand-dug wells in the Alagbaa-Ogbolu community, which have since been sealed.",
        ],
    ),
    (
        "h65-ng-prof-may-weeks",
        "The state epidemiologist, Prof. Akinropo Olaniran-Alamu, said the outbreak may have begun at a naming ceremony in Alagbaa-Ogbolu where food was prepared with well water. He said new cases fell from 31 in the week to October 4 to 17 in the week to October 18. “We are not out of the woods yet,” he said.",
        [
            "The state epidemiologist, Prof. Akinropo Olaniran-Alamu, said the outbreak may have begun at a naming ceremony in Alagbaa-Ogbolu where food was prepared with well water.",
            "He said new cases fell from 31 in the week to October 4 to 17 in the week to October 18.",
            "“We are not out of the woods yet,” he said.",
        ],
    ),
    (
        "h65-ng-hon-naira-million",
        "The Executive Chairman of Akinyele Local Government, Hon. Adebusola Olaleye-Omotosho, said the council had approved N38.5 million to repair the borehole and sink two new ones. She said work would start before the end of the month.",
        [
            "The Executive Chairman of Akinyele Local Government, Hon. Adebusola Olaleye-Omotosho, said the council had approved N38.5 million to repair the borehole and sink two new ones.",
            "She said work would start before the end of the month.",
        ],
    ),
    (
        "h65-ng-copyright-three-lines",
        "Copyright © 2026 Daystar Chronicle Ltd. All rights reserved. This material may not be republished, broadcast or redistributed without permission.",
        [
            "Copyright © 2026 Daystar Chronicle Ltd.",
            "All rights reserved.",
            "This material may not be republished, broadcast or redistributed without permission.",
        ],
    ),
    (
        "h65-my-sdn-bhd-mid-sentence",
        "The contractor, Serikandi Pelita Binaan Sdn. Bhd., said in a statement that work stopped in May because payments for three completed stages, worth about RM2.1 million, had not been made. It said it would return to the site within two weeks of being paid.",
        [
            "The contractor, Serikandi Pelita Binaan Sdn. Bhd., said in a statement that work stopped in May because payments for three completed stages, worth about RM2.1 million, had not been made.",
            "It said it would return to the site within two weeks of being paid.",
        ],
    ),
    (
        "h65-my-am-pm-session-times",
        "State education director Datuk Haji Zulhasrin Khairulazhar said Form Four and Form Five pupils would attend the morning session, from 6.45am to 12.45pm, with Forms One to Three in the afternoon from 1pm to 6.30pm. He said the school’s existing buildings, put up in 1984 for 1,100 pupils, had 32 classrooms for 52 classes.",
        [
            "State education director Datuk Haji Zulhasrin Khairulazhar said Form Four and Form Five pupils would attend the morning session, from 6.45am to 12.45pm, with Forms One to Three in the afternoon from 1pm to 6.30pm.",
            "He said the school’s existing buildings, put up in 1984 for 1,100 pupils, had 32 classrooms for 52 classes.",
        ],
    ),
    (
        "h65-my-ellipsis-in-quote",
        "He said parents were tired of promises. “We were told 2025, then mid-2026, and now the middle of 2027 … I will believe it when I see the keys,” he said.",
        [
            "He said parents were tired of promises.",
            "“We were told 2025, then mid-2026, and now the middle of 2027 … I will believe it when I see the keys,” he said.",
        ],
    ),
    (
        "h65-my-co-no-brackets-rights",
        "Copyright © 1996–2026 Peninsula Ledger Sdn. Bhd. (Co. No. 201301044871) All Rights Reserved.",
        [
            "Copyright © 1996–2026 Peninsula Ledger Sdn. Bhd. (Co. No. 201301044871)",
            "All Rights Reserved.",
        ],
    ),
    (
        "h65-nz-dollar-decimal-cap",
        "Christchurch’s new bus network starts on Monday, with 21 routes cut to 17, four new cross-town links and a bus every 10 minutes at peak times on the five busiest corridors. Adult fares stay at $2.50 a trip, but from Monday no adult will pay more than $25 in a week on a registered travel card.",
        [
            "Christchurch’s new bus network starts on Monday, with 21 routes cut to 17, four new cross-town links and a bus every 10 minutes at peak times on the five busiest corridors.",
            "Adult fares stay at $2.50 a trip, but from Monday no adult will pay more than $25 in a week on a registered travel card.",
        ],
    ),
    (
        "h65-nz-statement-it-company",
        "In a statement, Tauhou Buslines said it had hired 46 drivers since July. It said it expected to be fully staffed by Christmas. The company said 38 of the network’s buses were now electric, up from 12 a year ago.",
        [
            "In a statement, Tauhou Buslines said it had hired 46 drivers since July.",
            "It said it expected to be fully staffed by Christmas.",
            "The company said 38 of the network’s buses were now electric, up from 12 a year ago.",
        ],
    ),
    (
        "h65-nz-caption-credit-slash",
        "An electric bus on a test run along Pohutukawa Parade in Karewhiti on Thursday. Photo: Absalom Pemberly-Hōhepa / The Southerly",
        [
            "An electric bus on a test run along Pohutukawa Parade in Karewhiti on Thursday.",
            "Photo: Absalom Pemberly-Hōhepa / The Southerly",
        ],
    ),
    (
        "h65-bd-signal-no-8-no-4",
        "Great danger signal No. 8 means a severe cyclone is expected to cross the coast to the right of the port. The ports of Chattogram and Cox’s Bazar were told to hoist local warning signal No. 4.",
        [
            "Great danger signal No. 8 means a severe cyclone is expected to cross the coast to the right of the port.",
            "The ports of Chattogram and Cox’s Bazar were told to hoist local warning signal No. 4.",
        ],
    ),
    (
        "h65-bd-lakh-tk-told-reporters",
        "Bagerhat Deputy Commissioner Fahmida Mehjabin Roshnara said 2,14,000 people had been moved to 412 cyclone shelters in the district by noon. She said 3,150 volunteers, 48 medical teams and Tk 25 lakh in cash had been sent to the district’s nine upazilas. “Our target is zero deaths, and we will not stop until every last family is inside,” she told reporters.",
        [
            "Bagerhat Deputy Commissioner Fahmida Mehjabin Roshnara said 2,14,000 people had been moved to 412 cyclone shelters in the district by noon.",
            "She said 3,150 volunteers, 48 medical teams and Tk 25 lakh in cash had been sent to the district’s nine upazilas.",
            "“Our target is zero deaths, and we will not stop until every last family is inside,” she told reporters.",
        ],
    ),
    (
        "h65-tz-dateline-full-stop",
        "ARUSHA. Meruvale Dairies Ltd on Monday opened a TSh42 billion processing plant at the Lemugur Industrial Park outside Arusha, raising its capacity from 45,000 to 120,000 litres of milk a day. The company said it would raise the price it pays farmers from TSh950 to TSh1,150 a litre from November 1.",
        [
            "ARUSHA. Meruvale Dairies Ltd on Monday opened a TSh42 billion processing plant at the Lemugur Industrial Park outside Arusha, raising its capacity from 45,000 to 120,000 litres of milk a day.",
            "The company said it would raise the price it pays farmers from TSh950 to TSh1,150 a litre from November 1.",
        ],
    ),
    (
        "h65-tz-per-cent-tsh-urged",
        "Arusha Regional Commissioner Winfrida Olomi-Temba, who opened the plant, said the region produced about 1.3 million litres of milk a day, but only about 8 per cent of it was processed. She said the government had cut the fee for registering a dairy processing business from TSh500,000 to TSh150,000 in July. She urged processors to build collection centres closer to villages so that less milk spoiled on the way.",
        [
            "Arusha Regional Commissioner Winfrida Olomi-Temba, who opened the plant, said the region produced about 1.3 million litres of milk a day, but only about 8 per cent of it was processed.",
            "She said the government had cut the fee for registering a dairy processing business from TSh500,000 to TSh150,000 in July.",
            "She urged processors to build collection centres closer to villages so that less milk spoiled on the way.",
        ],
    ),
    (
        "h65-ie-red-card-level-scores",
        "Knockavanna played the last 19 minutes with 14 men after wing-back Daithí Hogan-Cloyne was sent off for a second yellow card in the 51st minute. At that stage the sides were level, 0-16 to 1-13.",
        [
            "Knockavanna played the last 19 minutes with 14 men after wing-back Daithí Hogan-Cloyne was sent off for a second yellow card in the 51st minute.",
            "At that stage the sides were level, 0-16 to 1-13.",
        ],
    ),
    (
        "h65-ie-half-time-score-free",
        "Clonmaghery, beaten by a point in the 2023 final, led by three at half-time, 1-9 to 0-9. Flannery-Shortall’s free in the 68th minute put them four clear, and they outscored their opponents by 0-6 to 0-3 in the last quarter.",
        [
            "Clonmaghery, beaten by a point in the 2023 final, led by three at half-time, 1-9 to 0-9.",
            "Flannery-Shortall’s free in the 68th minute put them four clear, and they outscored their opponents by 0-6 to 0-3 in the last quarter.",
        ],
    ),
    (
        "h65-tt-nested-question-quote",
        "A customer who asked not to be named said she hid in the ladies’ room and called her brother. “I could hear them shouting, ‘Where the money? Where the money?’ and then the shot,” she said.",
        [
            "A customer who asked not to be named said she hid in the ladies’ room and called her brother.",
            "“I could hear them shouting, ‘Where the money? Where the money?’ and then the shot,” she said.",
        ],
    ),
    (
        "h65-tt-sgt-pc-appeal",
        "Investigations are being led by Sgt. Ancil Fortunat-Ramsaran and PC Reshma Harrilal-Dass of the Pouis Junction Police Station. Police are asking anyone with information to call the station at 652-5550 or dial 999.",
        [
            "Investigations are being led by Sgt. Ancil Fortunat-Ramsaran and PC Reshma Harrilal-Dass of the Pouis Junction Police Station.",
            "Police are asking anyone with information to call the station at 652-5550 or dial 999.",
        ],
    ),
    (
        "h65-ca-oct-ltd-nov-order",
        "The B.C. government has ordered a sawmill near Kamloops to clean up Tallowbrush Creek after a spill that killed about 1,200 juvenile coho salmon earlier this month. The pollution abatement order, issued Oct. 20, gives Arrowbrake Timber Products Ltd. until Nov. 30 to remove contaminated sediment from a 1.4-kilometre stretch of the creek and to submit a plan to stop further leaks.",
        [
            "The B.C. government has ordered a sawmill near Kamloops to clean up Tallowbrush Creek after a spill that killed about 1,200 juvenile coho salmon earlier this month.",
            "The pollution abatement order, issued Oct. 20, gives Arrowbrake Timber Products Ltd. until Nov. 30 to remove contaminated sediment from a 1.4-kilometre stretch of the creek and to submit a plan to stop further leaks.",
        ],
    ),
    (
        "h65-ca-am-end-then-he",
        "Arrowbrake general manager Emmerson Hargreave-Margison said a valve on a hydraulic line to the log-sorting deck failed overnight on Oct. 9, and the leak was not found until the morning shift began at 6 a.m. He said the company had since installed a containment berm and an oil-water separator at a cost of about $180,000.",
        [
            "Arrowbrake general manager Emmerson Hargreave-Margison said a valve on a hydraulic line to the log-sorting deck failed overnight on Oct. 9, and the leak was not found until the morning shift began at 6 a.m.",
            "He said the company had since installed a containment berm and an oil-water separator at a cost of about $180,000.",
        ],
    ),
    (
        "h65-in-am-then-online",
        "The opening festival, from November 13 to 19, will screen 21 restored Bengali films from the 1950s and 1960s, with tickets at Rs 120 each. The box office opens at 11 a.m. on Tuesday. Online booking starts at noon.",
        [
            "The opening festival, from November 13 to 19, will screen 21 restored Bengali films from the 1950s and 1960s, with tickets at Rs 120 each.",
            "The box office opens at 11 a.m. on Tuesday.",
            "Online booking starts at noon.",
        ],
    ),
    (
        "h65-in-pvt-ltd-rights",
        "© 2026 Bhadralok Publications Pvt. Ltd. All rights reserved.",
        ["© 2026 Bhadralok Publications Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "h65-us-rep-d-centre-quote",
        "The bill’s prime sponsor, Rep. Galen Nwachi-Hartranft, D-Centre, said farmers in his district had waited up to three weeks for a dealer technician during last year’s harvest. “When a combine goes down in October, a farmer can’t wait until November,” Nwachi-Hartranft said.",
        [
            "The bill’s prime sponsor, Rep. Galen Nwachi-Hartranft, D-Centre, said farmers in his district had waited up to three weeks for a dealer technician during last year’s harvest.",
            "“When a combine goes down in October, a farmer can’t wait until November,” Nwachi-Hartranft said.",
        ],
    ),
]
