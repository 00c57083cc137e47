"""Eighty-ninth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-two):
twelve WHOLE, TYPICAL news pages from twelve countries, head to tail as an ordinary reader's paste
gives them (six from a desktop browser, six from a phone browser or an app's share button), from
mainstream national and regional outlets, one story each, with each site's own furniture at the
head, in mid-story and at the tail. The pages: a Canadian daily's politics page, desktop (Nova
Scotia's rent cap extended to 2028 by 33-20); a Kenyan daily's county news, phone (a sugar miller
ordered to pay 63 cane farmers Sh48.6 million); an Australian regional daily's health page, desktop
(51.8 per cent of Rockhampton emergency patients seen on time); an Indian business daily, app share
(a Pune auto parts maker's quarterly profit up 22.4 per cent to ₹104.6 crore); an Irish regional
news site, phone (a 10-minute Cork-Midleton rail service pushed to 2028 as signalling costs reach
€31m); a Philippine regional news site, app share (Signal No. 2 over Albay, Sorsogon and
Catanduanes, 14,236 families evacuated); a Singapore daily's education page, desktop (eight
secondary schools to merge into four from 2028); a New Zealand regional site's sport page, phone (a
Hawke's Bay club rugby final won 27-24 in the 79th minute); a South African regional daily, desktop
(three arrested after a cash van is blown open on the N3); a Ghanaian news site, phone (a water
plant on the Pra River cuts output by 60 per cent because of illegal mining); an English regional
daily's culture page, desktop (a 58-year-old Northumberland folk festival cancelled as costs rise
to £212,000); and a United States local daily, desktop (Flagstaff's council raises water rates 9.5
per cent by 5-2).

Nothing is made artificially hard or easy: these are the pages a newsroom reviewer would paste on a
normal day, politics, courts, health, business, transport, weather, education, sport, crime,
environment, culture and local government. What they ask of the engines is the ordinary mix. Page
furniture line by line at the head (mastheads, account and subscribe strips, menus, weather and
load-shedding strips, section paths, bylines, date lines, share and listen strips, "Shared via ...
app" lines, photo credits), in mid-story ("ADVERTISEMENT", "RELATED:", "READ MORE", "Also read:",
"ALSO READ |", "READ:") and at the tail (reporter lines with an email, tip lines, newsletter and
app asks, disclaimers, tags, most-read lists (one with its numbers on lines of their own), comment
forms, copyright lines split at "Inc.", "Ltd.", "(Pty) Ltd." or "Times." before "All rights
reserved." or "Registered in England and Wales No. ..."). Ordinary speakers: named people with
roles and titles dropped (Housing Minister, Justice, Dr, Dr., Mr, Mr., Ms, Ms., Madam, Deputy,
Cllr, Engr., Gov., Lt. j.g., Col., Capt., Ing., Nana, Hon., Associate Professor, Utilities
Director, Mayor) while "Ma.", "s/o", "van" and "II" stay in the name; later surname or
title-and-surname cues ("Aucoin- Barrett said", "Amunga said", "Mr Sivakumar said", "Ms Tan said")
and pronoun chains resolving to the full name as first given; spokespeople kept as written ("A
spokesperson for Premier ...", "A spokeswoman for Iarnród Éireann", "A council spokesman", "A
spokesperson for Arts Council England"); bodies kept as written ("the government", "the company",
"the ministry", "The hospital and health service", "The Albay provincial disaster office", "the
national water utility", "the report") while "It said" and an abbreviation ("MOE said", "EPA says")
resolve to the body as first named; "according to" with data, documents, statistics, a filing, a
staff report, accounts and named bodies; "the documents show", "the filing showed", "The data
shows", "estimated"; "did not respond to a request for comment" and "did not respond to calls and
text messages seeking comment"; quotes over two or three sentences, continued in the next paragraph
without attribution, or ending in a question with "she asked" / "he asked" (split before the
question, every sentence carrying the quote's speaker and cue). And a natural mix of check-worthy
sentences (figures, votes, rulings, orders, arrests, dates, costs, comparisons, causal claims by
officials) beside opinions, feelings, advice, plans and promises, forecasts, colour and data lines
(a results box, a scoring box). Split points are the everyday ones: "Dec. 31", "Jan. 1", "Feb. 14",
"N.S.,", "Ltd.", "Sec. 7", "No. E019", "Signal No. 2", "the No. 8,", "Ma.", "Gov. Noel T.",
"Brgy.", "Sta. Magdalena." ending a sentence, "by 9 a.m." before "Lt. j.g. ...", "11 a.m."
mid-sentence, "7.12am", "7.20am", "5:42pm", "Co. Regn. No.", "Vol. 3", "Ariz. —", "E. Route 66."
ending a sentence, emails ending a sentence, an ellipsis before a lower-case word, and "?" or "!"
inside a quote before its attribution (one sentence) or before a new sentence (split).

The pages hold 519 sentences: 201 "B", 170 "W" and 148 ""; 228 sentences carry a speaker (104
distinct speakers). `STYLES` describes each page, its story, its labels and its furniture in order;
`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
wants, not what the engine does.

This is a HELD-OUT set: it is never tuned on. It was written from scratch for issue 13 in round
fifty-two, before any rule was tuned on it and without looking at the engine's code or output:
nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no `labelled_heldout*.py`,
`train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test was
run, and `claimreview` was never imported. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; and, through `ast` only, the docstrings, `STYLES`, page and sentence
counts, the first page's first 15 sentences, the first two cases and the line layout of the
top-level statements of `labelled_new135.py` and `labelled_new136.py`. Coined names were checked
with file counts of `grep -rl` over `tests/text`, and the ones that hit were renamed (six outlets,
a storm twice, a firm, a brokerage, a school, a rugby club, an opposition critic, a landlords'
spokesman, a tenant, a widow twice, two analysts, a minister of state, a principal, a parent twice
and a physician); a double-barrelled surname was kept when the whole surname was new, even where
one half occurs elsewhere.

Every person, outlet, firm, club, union, council, cooperative, school, festival, pub, album, storm
and figure is invented. Real countries, provinces, states, regions, cities, towns, villages,
rivers, roads, stadiums, hospitals, courts, parliaments, ministries, agencies and public bodies
appear only as settings, with invented statements and figures: Nova Scotia, Halifax, Dartmouth,
Province House, Pictou West, Kings South, Quinpool Road, Ottawa, Moncton, Cape Breton and the
Canada Mortgage and Housing Corporation; Kakamega, Shinyalu, Ikolomani, Mumias, the High Court and
the Agriculture and Food Authority; Rockhampton, Gracemere, Yeppoon, Allenstown and Queensland
Health; Pune, Chakan, Maharashtra, Karnataka, the National Stock Exchange and the Nifty Auto index;
Cork, Midleton, Carrigtwohill, Glounthaune, Little Island, Kent Station, Fermoy, Blackpool, Iarnród
Éireann, the National Transport Authority and the Department of Transport; Legazpi, Albay,
Sorsogon, Catanduanes, Virac, Matnog, Bulan, Irosin, Sta. Magdalena, Guinobatan, Bigaa, Camarines
Sur, Masbate, Ticao Island, Quezon, the San Bernardino Strait, Mayon Volcano, PAGASA, the
Philippine Coast Guard and the Department of Social Welfare and Development; Singapore, Bedok,
Jurong West, Woodlands, Sengkang, the Ministry of Education and the National University of
Singapore; Hawke's Bay, McLean Park and the Hawke's Bay Rugby Union; Pietermaritzburg, Ashburton,
Camperdown, Pinetown, Edendale, the N3, Grey's Hospital, KwaZulu-Natal police and the Hawks;
Daboase, the Pra River, Sekondi-Takoradi, Effia, Kwesimintsim, Kojokrom, Beposo, Wassa East,
Amansie West, the Environmental Protection Authority, the Water Resources Commission, the Minerals
Commission and the Ministry of Lands and Natural Resources; Northumberland, Rothbury, Arts Council
England, the Charity Commission and Northumberland County Council; Flagstaff, Wildcat Hill,
Sunnyside, Sedona, Prescott and Route 66.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, strip, menu, section path, byline, date
line, share line, caption, credit, list item, box row, note and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line, whatever it says, and never carries a speaker; a caption is flagged
by its content and its credit is "B"; headlines and standfirsts are never split and are flagged by
content, and their "says", "finds", "show" or "blames" carries the source as the story first gives
it ("Landlords", "Organisers" and "new figures" kept as written); a dateline belongs to its lead
sentence.

Conventions this set had to settle, in the same spirit:

* An act of record by a body or an official (a vote, a court order, a stay granted, a signal
  raised, classes suspended, sea trips suspended, arrests, a brokerage's new target price) is "W"
  with no speaker; "ruled", "confirmed", "reported", "argued", "urged" and "estimated" are cues.
* Arrangements, plans and promises for the future stated by a body or person ("will get a new
  crest", "No teachers will be retrenched", "would start commercial production", "would resume only
  when ...") are "", like forecasts; a sentence that mixes them with a record is "W".
* A quote continued in a new paragraph without attribution carries the speaker and cue of the quote
  it continues; a quote whose attribution is "he asked", "she asked" or "she asked the council"
  gives that cue to each of its sentences.
* An unnamed source is kept as written ("One miner at Beposo"); "Ma." (Maria) and "s/o" are part of
  a name, "Nana" is a title and is dropped, and "II" stays.
"""

STYLES = [
    'Canadian DAILY\'s politics page (Nova Scotia), desktop browser paste, a LEGISLATURE VOTE: the provincial rent cap of 4% extended to the end of 2028 by 33-20. Head: masthead in capitals, account strip, menu with pipes, weather strip, section path with › (all "B"); headline of record "W"; standfirst "Landlords say ..." carrying "Landlords" ""; byline with a middle dot and role, Published/Updated line with "p.m. AST", share strip, photo caption "" and bracketed credit "B". Body: "HALIFAX —" lead of record with "Bill 214" and "Dec. 31, 2026" mid-sentence "W"; the housing minister (role dropped) "told reporters" "" and her figures "W", then "Aucoin-Barrett said" and "she said" resolving to her; "the government says" inside a sentence of record; the opposition critic named after a descriptor, his pension comparison "W" and his party\'s vote "W" with no speaker; "According to the Canada Mortgage and Housing Corporation" "W"; a landlords\' council director\'s record "W" and a quote continued in the next paragraph with no attribution ""; a tenant in "Dartmouth, N.S.," with her rent record "W" and a continued quote split at "buy." before "With what?" ""; a renters\' union "said in a statement" "" and "It said" resolving to it "W"; absent members "W"; "A spokesperson for Premier ..." kept as written ""; fines "W"; a royal-assent prediction "". Mid: "ADVERTISEMENT" and a "RELATED:" link "B". Tail: a two-sentence reporter line ending in an email, topics, "More from Politics" list and copyright split at "Inc." before "All rights reserved." (all "B")',
    'Kenyan DAILY\'s county news (Kakamega), phone browser paste, a COURT JUDGMENT: a sugar miller ordered to pay 63 cane farmers Sh48.6 million. Head: hamburger line with the masthead, "Open in app", section path in capitals with ›, byline in capitals, date line with pipes and read time, listen strip (all "B"); headline of record "W"; standfirst "..., judge finds" carrying the judge "W". Body: lead of record with "Ltd." mid-sentence "W"; the judge with "Justice" dropped "ruled" "W" and her order "W" with no speaker (an act); "According to court documents" and "the documents show" "W"; "the company argued" kept as written and "It told the court" resolving to Lurambi Sugar Millers Ltd. "W"; the judge\'s quotes "said in her ruling" ""; the outgrowers\' chairman\'s record "W" and his quote ending in a question with "he asked" (split before the question, both carrying "asked") ""; "Amunga said" resolving to the full three-part name; a widow\'s record "W" and her quote ""; the farmers\' lawyer "told journalists" "" and his interest figure "W"; a stay application and the judge\'s 14 days "W" with no speaker; a managing director who "did not respond to calls and text messages seeking comment" ""; the factory\'s lease "W"; "According to the Agriculture and Food Authority" "W"; the county executive with "Dr." dropped "" and "Sec. 7" mid-sentence "W"; the case "HCCC No. E019 of 2024" mid-sentence "W". Mid: "ADVERTISEMENT" and an "Also read:" link "B". Tail: RELATED list, a two-sentence WhatsApp tip line, back to top, copyright (all "B")',
    'Australian REGIONAL DAILY\'s health page (Rockhampton, Queensland), desktop browser paste, HOSPITAL FIGURES: only 51.8% of emergency patients seen on time. Head: masthead, account strip, menu with wide spaces, weather strip, section label (all "B"); headline "..., new figures show" carrying "new figures" "W"; standfirst "Hospital boss blames ..." carrying the chief executive "W"; byline, an "Updated ..., first published ..." line with "5:42pm", share strip, caption "" and "Picture by" credit "B". Body: "according to Queensland Health data released on Wednesday" and "The data shows" "W"; the health service chief executive\'s figures and causal claim "W" ("Mr" dropped in "Mr Villeneuve-Pratt said"), a quote with a figure "W" followed in the same paragraph by a two-sentence quote with no attribution "", his plans ""; a patient\'s nine-hour wait "W" and his quotes "" (a question fragment in its own paragraph carrying him); the opposition spokeswoman\'s "lost control" "" and the promised building "W"; the minister "In a statement, ... said" with money and record-winter figures "W"; a union organiser\'s complaint count "W" and feeling ""; a former emergency physician with "Dr" dropped, her "category 2 ... 10 minutes" "W" and "Those minutes matter" ""; "The hospital and health service said" with advice "". Mid: "Advertisement" and "READ ALSO:" "B". Tail: news-tip line split at "?" before an email with no full stop, newsletter ask in two sentences, "Most Viewed" list and copyright with "Pty Ltd" (all "B")',
    'Indian BUSINESS DAILY (Pune), app share paste, QUARTERLY RESULTS: an auto parts maker\'s profit up 22.4% to ₹104.6 crore. Head: "Shared via ... app" line, masthead in capitals, section path with a slash, bureau byline, city-and-IST date line (all "B"); headline and standfirst of record "W". Body: lead with "Ltd." mid-sentence, the company "reported" "W"; the year-ago profit "W" with no speaker; "according to a filing with the stock exchanges" and "the filing showed" "W"; a results box (title and source "B", rows ""); the managing director\'s quote "said on a call with analysts" "W" (order book doubled), his EV share "W" and plant plan "" ("Mr." dropped); the finance chief\'s capex approval "W", "as of Dec. 31" mid-sentence in a quote of record "W", her "soft" exports outlook "" ("Ms." dropped); dividend with "Feb. 14" and share price "W" with no speaker; an analyst\'s verdict and forecast "" and his brokerage\'s target "W" with no speaker; "Not everyone is convinced." ""; a second analyst\'s concentration figure "W" and warning ""; company history "W" with "Mr. Dhamankar\'s father" mid-sentence. Mid: "ADVERTISEMENT" and "Also Read |" "B". Tail: reporting credit in brackets, a two-sentence disclaimer, app prompt, download line with a URL, topics (all "B")',
    'Irish REGIONAL NEWS SITE (Cork), phone browser paste, a RAIL DELAY: a 10-minute commuter service to Midleton pushed to 2028 as signalling costs rise to €31m. Head: masthead in capitals, "☰ Menu" bar, section path with ›, byline name alone, day-first date line, share and listen strip (all "B"); headline of record "W"; standfirst "". Body: lead of record "W"; "Iarnród Éireann confirmed" "W", "the company said" kept as written and "It said" resolving to Iarnród Éireann "W"; "A spokeswoman for Iarnród Éireann" kept as written "" and "She said" carrying the spokeswoman with a works figure "W"; the local TD ("Deputy" dropped) with a homes figure "W", his quote "" and a continued quote split at "2028." before a question ""; a commuter with "7.12am" mid-sentence "" and her quote ""; "The National Transport Authority ... said in a statement" with a budget "W" and "It said" "W"; a councillor with "Cllr" dropped and an Irish-language name "", her park-and-ride spend "W"; "The Department of Transport did not respond to a request for comment" ""; timetable history "W" and "according to the company\'s own counts" "W". Mid: "Advertisement" and "READ MORE" link "B". Tail: comment count, newsletter ask, "Sign up", a numbered "Most Read" list with the numbers on their own lines, copyright (all "B")',
    'Philippine REGIONAL NEWS SITE (Bicol), app share paste, a TROPICAL STORM: Signal No. 2 raised over three provinces and 14,236 families evacuated. Head: "Shared from the ... app" line, masthead in capitals, section with a pipe, byline, Published/Updated line (all "B"); headline with "Signal No. 2" and standfirst of record "W"; caption "" and bracketed photo credit "B". Body: "LEGAZPI CITY —" lead of record "W" with no speaker (raising a signal is an act); "In its 11 a.m. bulletin, the state weather bureau said" with "a.m." mid-sentence "W" and "It said" resolving to PAGASA with a forecast ""; Signal No. 1 areas "W"; a weather specialist whose "Ma." is part of her name, her rainfall forecast and advice "" and a gale warning in effect "W"; "The Albay provincial disaster office said" kept as written "W" and its head with "Engr." dropped "W", his quote ""; a barangay captain\'s record "W" and quote ""; "Gov. Noel T. ..." suspending classes "W" with no speaker and "Sta. Magdalena." ending a sentence; a Coast Guard figure ending "by 9 a.m." before "Lt. j.g. ..." (title dropped) "W"; an evacuee with "Brgy." mid-sentence, her record "W" and quote ""; a department\'s food packs "W"; a cooperative\'s warning ""; a hotline sentence ""; the cyclone count "W". Mid: "ADVERTISEMENT" and "READ:" link "B". Tail: tags with a hashtag, app prompt, store links, copyright split before "All rights reserved." (all "B")',
    'Singapore DAILY\'s education page, desktop browser paste, SCHOOL MERGERS: eight secondary schools to merge into four from 2028. Head: masthead in capitals, menu with wide spaces, newsletter link, section path with a slash (all "B"); headline of record "W"; standfirst "..., says MOE" carrying the Ministry of Education "W"; byline with role, Published/Updated line, share strip "B". Body: "SINGAPORE –" lead, "the Ministry of Education (MOE) announced" "W" and "MOE said" resolving to the full name "W"; a colon line "" introducing four list lines of merging schools "W"; merger arrangements with "MOE said", "it said" and "the ministry added" (kept as written) "" as plans and promises; the Minister of State with a Chinese name order ("Ms Tan said" resolving to "Tan Shu Ping") "" and her merger count "W"; a principal with "s/o" in his name ("Mr Sivakumar said" resolving to the full name), his quote "" and enrolment figures "W"; a parent with "Madam" dropped, her quote with an ellipsis before a lower-case word and a question with "she asked" (split before the question) ""; an academic with "Associate Professor" dropped, a births figure "W" and her quote ""; an MP "said in a Facebook post" "". Mid: "ADVERTISEMENT" "B". Tail: "READ MORE" list, WhatsApp ask, topics, copyright in three sentences split at "Ltd." and after "Co. Regn. No. ...", footer links (all "B")',
    'New Zealand REGIONAL NEWS SITE\'s sport page (Hawke\'s Bay), phone browser paste, a CLUB RUGBY FINAL won 27-24 with a 79th-minute try. Head: masthead in capitals, a slim "☰ Sport" bar, section label, byline name alone, time-first date line, "Share" (all "B"); headline and standfirst of record "W"; caption "" and "Photo /" credit "B". Body: lead and scoring sequence of record "W" ("The No. 8, Hemi Tautahi-Waaka," mid-sentence) with colour ""; the winning coach\'s halftime message "", his "12 years" record "W" and an exclamation with attribution (one sentence) "", the injury record "W"; the try scorer\'s quote ""; the losing coach\'s "ran out of legs" "", "Three finals, three losses." "W" and the penalty count "W"; a sin-binning "W"; "The Hawke\'s Bay Rugby Union said" with the crowd "W"; a "Scoring" title "B" with team lines, half-time and referee lines "" as data. Mid: "Advertisement" "B". Tail: related stories list, app prompt, copyright (all "B")',
    'South African REGIONAL DAILY (Pietermaritzburg), desktop browser paste, a CASH-IN-TRANSIT ROBBERY: three arrested after a cash van is blown open on the N3. Head: masthead in capitals, menu with wide spaces, a load-shedding and weather strip, section path with a slash (all "B"); headline and standfirst of record "W"; byline, date line with a pipe, share strip, caption "" and "Image:" credit "B". Body: lead "police said" "W" and "at about 7.20am" ending the paragraph "W"; the police spokesperson with "Col." dropped, her account "W" and a two-sentence quote "" ("Mthembu-Khan said"), the interception "W" and the arrests "W" with no speaker; "according to the security company, Shieldline Cash Logistics" (descriptor dropped) "W"; its chief executive\'s attack count "W" and quote ""; a motorist named after a descriptor "" and his quote ""; "According to the latest police crime statistics" "W"; the Hawks\' spokesman with "Capt." dropped "W" and the court appearance "W"; a community policing forum chair\'s record "W" and quote ""; a public appeal with "Capt." mid-sentence "". Mid: "ADVERTISEMENT" and "ALSO READ |" "B". Tail: a news-tip line split at "?", tags, "Most Read" list, copyright split at "(Pty) Ltd." (all "B")',
    'Ghanaian NEWS SITE (Western Region), phone browser paste, RIVER POLLUTION from illegal mining: a water plant cuts output by 60%. Head: hamburger line with the masthead, breadcrumb with slashes, "Written by" byline, date line with read time, share icons (all "B"); headline of record "W"; standfirst "..., EPA says ..." carrying the Environmental Protection Authority "W". Body: lead with "the national water utility has said" (kept as written) "W" and the plant\'s capacity "W"; the regional chief manager with "Ing." dropped, turbidity figures "W", a quote "told the Pra Valley Times" "" and chemical costs "W"; rationing "W"; a trader\'s tanker price "W" and her quote ending "she asked" (split before the question) ""; "The Environmental Protection Authority (EPA) said" "W", its director with "Dr." dropped "W" and his quote ""; a chief with "Nana" dropped and "II" kept, his record "W" and a three-sentence quote ""; an unnamed miner kept as written ("One miner at Beposo") with his earnings "W" and quote ""; "According to the Water Resources Commission" "W"; boil-water advice ""; the ministry "In a statement ... said" "W" and "It said" ""; an MP with "Hon." dropped who "urged" "". Mid: "ADVERTISEMENT" and "Also Read:" "B". Tail: tags, WhatsApp ask, comment-form lines in two sentences, copyright split at "Times." (all "B")',
    'English REGIONAL DAILY\'s culture page (Northumberland), desktop browser paste, a FOLK FESTIVAL CANCELLED after costs rise from £118,000 to £212,000. Head: masthead in capitals, menu with wide spaces, account strip, section path with › (all "B"); headline of record "W"; standfirst "Organisers say ..." carrying "Organisers" ""; byline with role, time-first date line in capitals, share strip, caption "" and "(Image: ...)" credit "B". Body: lead "organisers said" "W" and the festival\'s history "W" with no speaker; the director\'s "heavy heart" "", her cost rises "W" and a two-sentence quote ""; a ticket note "organisers said" "W"; the refused grant "W" and "A spokesperson for Arts Council England" kept as written ""; "according to accounts filed with the Charity Commission" "W" and the treasurer\'s quote ""; a fiddler\'s feeling and his quote with a question and "he said" (split before the question) "", then a sentence with "Vol. 3" mid-sentence and no speaker ""; the county council\'s "explore options" "" and "A council spokesman said" with a fee "W"; "A 2019 study ... estimated" "W"; a baker\'s quotes ""; the MP\'s letter "W"; the director\'s plan "". Mid: "Advertisement" "B". Tail: newsletter ask, "Sign up", "Join the conversation", tags, copyright split at "Ltd." before "Registered in England and Wales No. ...", footer links (all "B")',
    'United States LOCAL DAILY (Flagstaff, Arizona), desktop browser paste, a CITY COUNCIL VOTE: water and sewer rates up 9.5% by 5-2. Head: masthead in capitals, account strip with pipes, menu with wide spaces, section label in capitals (all "B"); headline and standfirst of record "W" ("Jan. 1" mid-sentence); byline with the outlet, Published/Updated line with "p.m. MT" and "a.m. MT", share strip "B". Body: "FLAGSTAFF, Ariz. —" lead "W" and "The new rates take effect Jan. 1." "W"; "According to a staff report" "W" and "the report said" with planned increases ""; the utilities director "told the council" "W", her permit violations "W" and quote ""; the mayor\'s record of the cut proposal "W" and two-sentence quote ""; the no votes "W" with no speaker; a councilmember\'s preference "" and her rents claim "W"; a council member who "did not speak" with no speaker ""; attendance "W"; a resident\'s bill "W" and her quote with "she asked the council" (split before the question) ""; the spokesperson\'s assistance expansion "W" and "E. Route 66." ending a sentence ""; "according to a comparison in the staff report" "W"; a schedule line "". Mid: "ADVERTISEMENT" and "Related:" link "B". Tail: reporter line in two sentences with an email and phone number, a two-sentence subscribe ask, "Most Read" list, copyright split before "All rights reserved.", footer links (all "B")',
]

ARTICLES = [
    [
        [("THE MAINSAIL HERALD", "", "", "B")],
        [("Subscribe   Sign in   e-Edition", "", "", "B")],
        [
            (
                "News | Politics | Business | Opinion | Sports | Arts & Life | Obituaries | Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Halifax 3°C  Light rain", "", "", "B")],
        [("News › Politics › Province House", "", "", "B")],
        [
            (
                "Rent cap stays at 4 per cent until end of 2028 after 33-20 vote in legislature",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Landlords say the extension will choke off new rental construction; tenants' advocates call it a reprieve, not a fix",
                "Landlords",
                "say",
                "",
            )
        ],
        [("Marguerite Doiron-Shaw · Legislature Reporter", "", "", "B")],
        [
            (
                "Published Nov. 19, 2026 at 6:12 p.m. AST | Updated Nov. 19, 2026 at 8:47 p.m. AST",
                "",
                "",
                "B",
            )
        ],
        [("Share on Facebook    Share on X    Email    Print    Gift this article", "", "", "B")],
        [
            (
                "Housing Minister Colleen Aucoin-Barrett speaks to reporters outside the chamber at Province House on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("(Lorne Tibbetts-Acker / The Mainsail Herald)", "", "", "B")],
        [
            (
                "HALIFAX — Nova Scotia's cap on residential rent increases will stay at four per cent a year until the end of 2028 after the legislature passed Bill 214 by a vote of 33-20 on Thursday afternoon.",
                "",
                "",
                "W",
            ),
            (
                "The cap, first brought in as a temporary measure in 2020, had been due to expire on Dec. 31, 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Tenants in this province needed certainty before winter, and today they have it,” Housing Minister Colleen Aucoin-Barrett told reporters after the vote.",
                "Colleen Aucoin-Barrett",
                "told reporters",
                "",
            ),
            (
                "She said the government would use the next two years to “get more units built, not just argue about the ones we have.”",
                "Colleen Aucoin-Barrett",
                "said",
                "",
            ),
        ],
        [
            (
                "Aucoin-Barrett said 41,600 households had applied to the province's rent supplement program since April, more than double the number in the same period last year.",
                "Colleen Aucoin-Barrett",
                "said",
                "W",
            )
        ],
        [
            (
                "The bill also requires landlords to register fixed-term leases with the province, a change the government says will stop tenants being pushed out at the end of a lease so the unit can be re-let at a higher rent.",
                "the government",
                "says",
                "W",
            )
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Opposition housing critic, Darnell Oickle-Grant, said the extension was “a patch on a tire that's already flat.”",
                "Darnell Oickle-Grant",
                "said",
                "",
            ),
            (
                "“Four per cent is more than the 2.7 per cent increase seniors got on their federal pensions this year,” he said.",
                "Darnell Oickle-Grant",
                "said",
                "W",
            ),
            (
                "His party voted against the bill after its amendment to lower the cap to 2.5 per cent was defeated on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the Canada Mortgage and Housing Corporation, the vacancy rate in Halifax was 1.4 per cent last October and the average rent for a two-bedroom apartment was $2,012 a month.",
                "the Canada Mortgage and Housing Corporation",
                "according to",
                "W",
            )
        ],
        [
            (
                "Ferris Keddy-MacLeod, executive director of the Atlantic Rental Owners Council, said the council's members had shelved plans for about 1,100 units since the cap was first introduced.",
                "Ferris Keddy-MacLeod",
                "said",
                "W",
            ),
            (
                "“You cannot freeze the revenue side and let insurance, taxes and interest rates run wild,” he said.",
                "Ferris Keddy-MacLeod",
                "said",
                "",
            ),
        ],
        [
            ("“Builders aren't villains.", "Ferris Keddy-MacLeod", "said", ""),
            (
                "They do the math, and right now the math says build in Moncton or don't build at all.”",
                "Ferris Keddy-MacLeod",
                "said",
                "",
            ),
        ],
        [
            (
                "RELATED: Halifax council approves 12-storey tower on Quinpool Road after five-hour hearing",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Priya Seecharan-Mohan, who rents a one-bedroom apartment in Dartmouth, N.S., with her teenage son, said her rent went from $1,390 to $1,445 in September, the most her landlord was allowed to charge.",
                "Priya Seecharan-Mohan",
                "said",
                "W",
            ),
            (
                "“If the cap had come off, I honestly don't know where we'd be living in January,” she said.",
                "Priya Seecharan-Mohan",
                "said",
                "",
            ),
        ],
        [
            ("“Everyone keeps telling me to buy.", "Priya Seecharan-Mohan", "said", ""),
            ("With what?”", "Priya Seecharan-Mohan", "said", ""),
        ],
        [
            (
                "The Mainland Renters' Union, which has held rallies outside Province House since the spring, said in a statement that the cap should be tied to inflation rather than set at a fixed number.",
                "The Mainland Renters' Union",
                "said in a statement",
                "",
            ),
            (
                "It said the province inspected only 212 of the 1,870 rental units reported to it for repairs last year.",
                "The Mainland Renters' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Two government members, Heather Gillis-Fraser of Pictou West and Owen Tremblay-Akins of Kings South, were absent for the vote.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A spokesperson for Premier Alistair Dunbar-Keyes said the premier was in Ottawa for meetings and was not available for comment.",
                "A spokesperson for Premier Alistair Dunbar-Keyes",
                "said",
                "",
            )
        ],
        [
            (
                "Under the new law, landlords who raise rent above the cap can be fined up to $5,000 for a first offence and up to $25,000 for each offence after that.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Aucoin-Barrett said she would not rule out another extension in 2028 but hoped “we won't need one.”",
                "Colleen Aucoin-Barrett",
                "said",
                "",
            ),
            (
                "Asked whether the cap had slowed construction, she said there were 6,940 housing starts in the province last year, “the best year since 1988.”",
                "Colleen Aucoin-Barrett",
                "said",
                "W",
            ),
            (
                "Keddy-MacLeod said more than half of those starts were non-profit or government-funded units.",
                "Ferris Keddy-MacLeod",
                "said",
                "W",
            ),
        ],
        [
            (
                "The bill now goes to the lieutenant-governor for royal assent, which is expected next week.",
                "",
                "",
                "",
            )
        ],
        [
            ("Marguerite Doiron-Shaw covers the Nova Scotia legislature.", "", "", "B"),
            ("She can be reached at mdoironshaw@mainsailherald.ca.", "", "", "B"),
        ],
        [("Topics: Housing · Rent control · Nova Scotia legislature", "", "", "B")],
        [("More from Politics", "", "", "B")],
        [("Cape Breton ferry subsidy renewed for three more years", "", "", "B")],
        [("© 2026 Mainsail Media Inc.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("☰   MULEMBE POST   🔍", "", "", "B")],
        [("Open in app", "", "", "B")],
        [("NEWS › COUNTIES › KAKAMEGA", "", "", "B")],
        [("Court orders Lurambi miller to pay 63 cane farmers Sh48.6 million", "", "", "W")],
        [
            (
                "Farmers delivered cane in 2022 and 2023 but were never paid, judge finds",
                "Mercy Chepkoech-Ouma",
                "finds",
                "W",
            )
        ],
        [("By BRIAN OTIENO-WAFULA", "", "", "B")],
        [("Kakamega | Wednesday, March 10, 2027 | 3 min read", "", "", "B")],
        [("▶ Listen to this article  04:31", "", "", "B")],
        [
            (
                "The High Court in Kakamega has ordered Lurambi Sugar Millers Ltd. to pay Sh48.6 million to 63 farmers who supplied cane to the factory but were not paid for more than two years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Justice Mercy Chepkoech-Ouma ruled on Tuesday that the company had breached its supply contracts with the farmers and had offered “no credible explanation” for failing to pay them.",
                "Mercy Chepkoech-Ouma",
                "ruled",
                "W",
            ),
            (
                "She ordered the miller to clear the amount within 90 days, with interest at court rates from the date the suit was filed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The farmers, most of them from Shinyalu and Ikolomani, sued the company in June 2024 through the Lurambi Outgrowers Association.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "According to court documents, the factory took delivery of 9,712 tonnes of cane from the group between August 2022 and November 2023.",
                "court documents",
                "according to",
                "W",
            ),
            (
                "The farmers were to be paid Sh5,000 a tonne within 30 days of delivery, the documents show.",
                "the documents",
                "show",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "In its defence, the company argued that a fall in sugar prices and the breakdown of its main boiler in 2023 had left it unable to pay suppliers on time.",
                "the company",
                "argued",
                "W",
            ),
            (
                "It told the court it had paid Sh11.2 million to other farmers over the same period.",
                "Lurambi Sugar Millers Ltd.",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "“A boiler breakdown does not extinguish a debt,” the judge said in her ruling.",
                "Mercy Chepkoech-Ouma",
                "said in her ruling",
                "",
            )
        ],
        [
            (
                "“The farmers bore the cost of planting, weeding and harvesting.",
                "Mercy Chepkoech-Ouma",
                "said in her ruling",
                "",
            ),
            (
                "They are entitled to be paid for what they delivered.”",
                "Mercy Chepkoech-Ouma",
                "said in her ruling",
                "",
            ),
        ],
        [
            (
                "Speaking outside the court, the association's chairman, Ezekiel Shikuku Amunga, said four of the 63 farmers had died since the case was filed.",
                "Ezekiel Shikuku Amunga",
                "said",
                "W",
            ),
            (
                "“Their widows are the ones who will collect this money.",
                "Ezekiel Shikuku Amunga",
                "asked",
                "",
            ),
            ("Is that justice?” he asked.", "Ezekiel Shikuku Amunga", "asked", ""),
            (
                "Amunga said the association would return to court if the company did not pay within the 90 days.",
                "Ezekiel Shikuku Amunga",
                "said",
                "",
            ),
        ],
        [
            (
                "Rosemary Khasoa, 58, whose husband delivered 212 tonnes of cane before he died in 2025, said she had borrowed from her chama to pay school fees for her grandchildren.",
                "Rosemary Khasoa",
                "said",
                "W",
            ),
            ("“I have been coming to this court since 2024.", "Rosemary Khasoa", "said", ""),
            ("Today I will sleep,” she said.", "Rosemary Khasoa", "said", ""),
        ],
        [
            (
                "Also read: Sugar levy: Millers told to remit Sh1.2bn to development fund by June",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The farmers' lawyer, Barasa Wekesa-Mulama, told journalists the judgment was “a warning to every miller who treats farmers as a free bank.”",
                "Barasa Wekesa-Mulama",
                "told journalists",
                "",
            ),
            (
                "He said the interest alone would add about Sh7 million to the amount owed.",
                "Barasa Wekesa-Mulama",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lawyer Paul Kiprono Chebet, for the company, applied for a 30-day stay of execution so the miller could consider an appeal.",
                "",
                "",
                "W",
            ),
            ("The judge granted 14 days.", "", "", "W"),
        ],
        [
            (
                "Lurambi Sugar Millers' managing director, Harun Okwemba-Lisamula, did not respond to calls and text messages seeking comment.",
                "Harun Okwemba-Lisamula",
                "did not respond to calls and text messages seeking comment",
                "",
            )
        ],
        [
            (
                "The factory, which can crush about 2,500 tonnes of cane a day, was leased to a private investor by the county government in 2019 for 20 years.",
                "",
                "",
                "W",
            ),
            (
                "According to the Agriculture and Food Authority, millers in western Kenya owed farmers Sh3.9 billion at the end of last year.",
                "the Agriculture and Food Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Kakamega County's agriculture executive, Dr. Alice Nyongesa-Shitsama, said the county would not renew the lease if the miller failed to pay.",
                "Alice Nyongesa-Shitsama",
                "said",
                "",
            ),
            (
                "She said the lease, signed under Sec. 7 of the county's assets law, allows the county to end it for “persistent default.”",
                "Alice Nyongesa-Shitsama",
                "said",
                "W",
            ),
        ],
        [
            (
                "The case, Kakamega HCCC No. E019 of 2024, will be mentioned on April 14 to confirm compliance.",
                "",
                "",
                "W",
            )
        ],
        [("RELATED", "", "", "B")],
        [("Mumias outgrowers protest over delayed bonus payments", "", "", "B")],
        [("Cane poaching: Three factories fined Sh2m each", "", "", "B")],
        [
            ("Tell us your story.", "", "", "B"),
            ("WhatsApp the Mulembe Post newsroom on 0722 000 418.", "", "", "B"),
        ],
        [("Back to top ↑", "", "", "B")],
        [("© 2027 Mulembe Post Media Group", "", "", "B")],
    ],
    [
        [("The Capricornia Standard", "", "", "B")],
        [("Subscribe   Log in   Today's Paper", "", "", "B")],
        [
            (
                "News   Sport   Business   Health   Rural   Opinion   Lifestyle   Community",
                "",
                "",
                "B",
            )
        ],
        [("Rockhampton  24°  Partly cloudy", "", "", "B")],
        [("Health", "", "", "B")],
        [
            (
                "Half of Rockhampton's emergency patients not seen on time, new figures show",
                "new figures",
                "show",
                "W",
            )
        ],
        [
            (
                "Hospital boss blames a winter flu surge and a shortage of senior doctors",
                "Graeme Villeneuve-Pratt",
                "blames",
                "W",
            )
        ],
        [("By Jessamy Coutts-Whitfield", "", "", "B")],
        [("Updated October 14 2026 - 5:42pm, first published 3:15pm", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [
            (
                "Patients wait outside the emergency department at Rockhampton Hospital on Tuesday afternoon.",
                "",
                "",
                "",
            )
        ],
        [("Picture by Declan Hourigan-Moss", "", "", "B")],
        [
            (
                "Only 51.8 per cent of patients who came to Rockhampton Hospital's emergency department in the September quarter were seen within the recommended time, according to Queensland Health data released on Wednesday.",
                "Queensland Health data released on Wednesday",
                "according to",
                "W",
            ),
            (
                "That is down from 63.4 per cent in the same quarter last year and well below the statewide figure of 67.1 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The data shows ambulances waited more than 30 minutes to hand over patients at the hospital 38 per cent of the time, the third-worst rate of any major hospital in the state.",
                "The data",
                "shows",
                "W",
            )
        ],
        [
            (
                "Central Queensland Hospital and Health Service chief executive Graeme Villeneuve-Pratt said the emergency department treated 14,286 patients in the quarter, about 1,900 more than a year earlier.",
                "Graeme Villeneuve-Pratt",
                "said",
                "W",
            ),
            (
                "He said an early and severe flu season had filled the hospital's medical wards, leaving admitted patients stuck in the emergency department waiting for beds.",
                "Graeme Villeneuve-Pratt",
                "said",
                "W",
            ),
        ],
        [
            (
                "“On some days in August we had 20 people in ED who had been admitted and had nowhere to go,” he said.",
                "Graeme Villeneuve-Pratt",
                "said",
                "W",
            ),
            ("“That's not a front door problem.", "Graeme Villeneuve-Pratt", "said", ""),
            ("That's a whole-of-hospital problem.”", "Graeme Villeneuve-Pratt", "said", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Mr Villeneuve-Pratt said the service was also short of senior emergency doctors, with five of its 17 staff specialist positions vacant.",
                "Graeme Villeneuve-Pratt",
                "said",
                "W",
            ),
            (
                "He said two new specialists would start in January and a 12-bed short-stay unit was due to open before Christmas.",
                "Graeme Villeneuve-Pratt",
                "said",
                "",
            ),
        ],
        [
            (
                "Kevin Ladbrook, 68, of Gracemere, said he waited nine hours in the emergency department with chest pains in September before he was given a bed.",
                "Kevin Ladbrook",
                "said",
                "W",
            ),
            ("“The nurses were run off their feet.", "Kevin Ladbrook", "said", ""),
            ("I don't blame them one bit,” he said.", "Kevin Ladbrook", "said", ""),
        ],
        [("“But nine hours, at my age?”", "Kevin Ladbrook", "said", "")],
        [("READ ALSO: Yeppoon GP clinic to close its doors after 31 years", "", "", "B")],
        [
            (
                "Opposition health spokeswoman Renata Dimitriou-Hale said the figures showed the government had “lost control” of regional emergency departments.",
                "Renata Dimitriou-Hale",
                "said",
                "",
            ),
            (
                "She said Rockhampton had been promised a new emergency department in 2022 and “not a single shovel has gone in the ground.”",
                "Renata Dimitriou-Hale",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a statement, Health Minister Tamsin Ardley-Ngo said the government had committed $186 million to expand Rockhampton Hospital, with construction to begin in mid-2027.",
                "Tamsin Ardley-Ngo",
                "said",
                "W",
            ),
            (
                "She said Queensland emergency departments had their busiest winter on record, with more than 660,000 presentations between June and September.",
                "Tamsin Ardley-Ngo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bronwyn Catterall-Reyes, a Central Queensland organiser for the nurses' union, said nurses had lodged 143 workload complaints at the hospital since July.",
                "Bronwyn Catterall-Reyes",
                "said",
                "W",
            ),
            (
                "“Our members are exhausted, and exhausted people make mistakes,” she said.",
                "Bronwyn Catterall-Reyes",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Harriet Nwachukwu-Banks, an emergency physician who worked at the hospital until last year, said the recommended times were “not a bureaucratic target.”",
                "Harriet Nwachukwu-Banks",
                "said",
                "",
            ),
            (
                "“For a category 2 patient, the clock is 10 minutes.",
                "Harriet Nwachukwu-Banks",
                "said",
                "W",
            ),
            ("Those minutes matter,” she said.", "Harriet Nwachukwu-Banks", "said", ""),
        ],
        [
            (
                "The hospital and health service said anyone with urgent symptoms should still call triple zero and not delay seeking care.",
                "The hospital and health service",
                "said",
                "",
            )
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email newsdesk@capricorniastandard.com.au", "", "", "B"),
        ],
        [
            ("Get the latest Rockhampton news delivered to your inbox.", "", "", "B"),
            ("Sign up for our free newsletters here.", "", "", "B"),
        ],
        [("Most Viewed", "", "", "B")],
        [("Man charged after police chase through Allenstown", "", "", "B")],
        [("Capricorn Coast council rejects 14-storey Yeppoon tower", "", "", "B")],
        [("Cattle prices at Gracemere saleyards hit two-year high", "", "", "B")],
        [("© 2026 Capricornia Standard Pty Ltd", "", "", "B")],
    ],
    [
        [("Shared via The Pune Ledger app", "", "", "B")],
        [("THE PUNE LEDGER", "", "", "B")],
        [("BUSINESS / COMPANIES", "", "", "B")],
        [
            (
                "Dhamankar Drivetrain Q3 profit jumps 22% to ₹104.6 crore on strong two-wheeler demand",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Revenue crosses ₹1,200 crore for the first time; shares end 6.1% higher on the NSE",
                "",
                "",
                "W",
            )
        ],
        [("Pune Ledger Bureau", "", "", "B")],
        [("Pune, Feb 4, 2027, 19:06 IST", "", "", "B")],
        [
            (
                "Auto components maker Dhamankar Drivetrain Ltd. on Thursday reported a 22.4% rise in consolidated net profit to ₹104.6 crore for the October-December quarter, helped by higher sales to two-wheeler makers and lower steel prices.",
                "Dhamankar Drivetrain Ltd.",
                "reported",
                "W",
            ),
            ("Net profit stood at ₹85.5 crore in the year-ago quarter.", "", "", "W"),
            (
                "Revenue from operations rose 14.9% year-on-year to ₹1,212.3 crore, according to a filing with the stock exchanges.",
                "a filing with the stock exchanges",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Operating margin improved 130 basis points to 16.2%, the filing showed.",
                "the filing",
                "showed",
                "W",
            )
        ],
        [("Q3 FY27 at a glance (consolidated, ₹ crore)", "", "", "B")],
        [("Revenue: 1,212.3 (Q3 FY26: 1,055.1)", "", "", "")],
        [("EBITDA: 196.4 (157.2)", "", "", "")],
        [("Net profit: 104.6 (85.5)", "", "", "")],
        [("EPS (₹): 11.82 (9.66)", "", "", "")],
        [("Source: Company filing", "", "", "B")],
        [
            (
                "“Two-wheeler volumes have come back strongly in rural India after a good monsoon, and our order book from electric vehicle makers doubled in the quarter,” managing director Anirudh Dhamankar said on a call with analysts.",
                "Anirudh Dhamankar",
                "said on a call with analysts",
                "W",
            ),
            (
                "He said about 18% of revenue now came from electric vehicle customers, up from 9% a year ago.",
                "Anirudh Dhamankar",
                "said",
                "W",
            ),
            (
                "Mr. Dhamankar said the company's new plant at Chakan would start commercial production in the first quarter of FY28.",
                "Anirudh Dhamankar",
                "said",
                "",
            ),
        ],
        [
            (
                "Chief financial officer Shalini Prabhudesai said the board had approved capital expenditure of ₹420 crore for FY28, to be funded largely from internal accruals.",
                "Shalini Prabhudesai",
                "said",
                "W",
            ),
            (
                "“We are net-debt free as of Dec. 31, and we intend to stay that way,” she said.",
                "Shalini Prabhudesai",
                "said",
                "W",
            ),
            (
                "Ms. Prabhudesai said exports to Europe remained “soft” and the company did not expect a recovery before the second half of the next fiscal.",
                "Shalini Prabhudesai",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The board declared an interim dividend of ₹4.50 per share of face value ₹2, and fixed Feb. 14 as the record date.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Shares of Dhamankar Drivetrain closed 6.1% higher at ₹2,318.40 on the National Stock Exchange on Thursday, while the Nifty Auto index rose 0.8%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Ritesh Mhatre-Sawant, auto analyst at Tilakwadi Securities, said the results were “clearly ahead” of market estimates.",
                "Ritesh Mhatre-Sawant",
                "said",
                "",
            ),
            ("“The EV business is the story now.", "Ritesh Mhatre-Sawant", "said", ""),
            (
                "If they execute on Chakan, a 20% margin by FY29 is not a stretch,” he said.",
                "Ritesh Mhatre-Sawant",
                "said",
                "",
            ),
            (
                "The brokerage raised its target price to ₹2,750 from ₹2,400 and kept its “buy” rating.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Not everyone is convinced.", "", "", ""),
            (
                "Meghna Ranade-Joshi of Purandare Capital said the company's dependence on two customers, which together accounted for 47% of sales in the nine months to December, remained a risk.",
                "Meghna Ranade-Joshi",
                "said",
                "W",
            ),
            (
                "“One bad quarter at either of them and this stock will feel it,” she said.",
                "Meghna Ranade-Joshi",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read | Tyre makers see margin squeeze as natural rubber prices hit 11-year high",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Founded in 1986 by Mr. Dhamankar's father, the late Dinkar Dhamankar, the company supplies gears, clutches and drive shafts to five of India's six largest two-wheeler makers.",
                "",
                "",
                "W",
            ),
            (
                "It employs about 6,400 people at seven plants in Maharashtra and Karnataka.",
                "",
                "",
                "W",
            ),
        ],
        [("(Reported by Mihir Deshpande-Rao; edited by Anjali Kher)", "", "", "B")],
        [
            (
                "Disclaimer: The views and recommendations above are those of individual analysts or broking companies, not of The Pune Ledger.",
                "",
                "",
                "B",
            ),
            (
                "We advise investors to check with certified experts before taking any investment decisions.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Catch all the business news, market updates and live stock prices on The Pune Ledger app.",
                "",
                "",
                "B",
            )
        ],
        [("Download the app: https://get.puneledger.in/app", "", "", "B")],
        [
            (
                "Topics: Dhamankar Drivetrain | Q3 results | Auto components | Stock market",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("LEESIDE RECORD", "", "", "B")],
        [("☰ Menu     🔍 Search     Sign in", "", "", "B")],
        [("News › Transport", "", "", "B")],
        [
            (
                "Ten-minute Midleton rail service pushed back to 2028 as signalling costs rise to €31m",
                "",
                "",
                "W",
            )
        ],
        [("East Cork commuters face at least two more years of half-hourly trains", "", "", "")],
        [("Eoghan Hurley-Kelleher", "", "", "B")],
        [("Thu 12 Feb 2026 at 07:45", "", "", "B")],
        [("Share     🔊 Listen to this article", "", "", "B")],
        [
            (
                "A promised 10-minute rail service between Cork city and Midleton will not start until 2028, two years later than planned, after the cost of new signalling on the line rose from €18.5m to €31m.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Iarnród Éireann confirmed the delay on Wednesday in a reply to a parliamentary question from local TD Conor Mulcahy-Roe.",
                "Iarnród Éireann",
                "confirmed",
                "W",
            ),
            (
                "In the reply, the company said the original signalling contract had been “re-scoped” after surveys found problems with cabling laid in the 1980s.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said the new signalling would allow up to six trains an hour in each direction between Glounthaune and Kent Station.",
                "Iarnród Éireann",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for Iarnród Éireann said the company “fully understands the frustration” of commuters.",
                "A spokeswoman for Iarnród Éireann",
                "said",
                "",
            ),
            (
                "She said work on a new passing loop at Glounthaune was 80 per cent complete and two extra trains an hour would run at peak times from September.",
                "A spokeswoman for Iarnród Éireann",
                "said",
                "W",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Deputy Mulcahy-Roe said the delay was “a kick in the teeth” for commuters in Carrigtwohill and Midleton, where more than 2,000 homes have been built since 2020.",
                "Conor Mulcahy-Roe",
                "said",
                "W",
            ),
            (
                "“People bought houses out here because they were told there'd be a train every 10 minutes,” he said.",
                "Conor Mulcahy-Roe",
                "said",
                "",
            ),
        ],
        [
            ("“Now they're told 2028.", "Conor Mulcahy-Roe", "said", ""),
            ("Does anyone believe that?”", "Conor Mulcahy-Roe", "said", ""),
        ],
        [
            (
                "Aoife Dennehy, who travels from Carrigtwohill to Kent Station each morning, said her 7.12am train was so full most days that people were left behind on the platform at Little Island.",
                "Aoife Dennehy",
                "said",
                "",
            ),
            (
                "“You're standing in the vestibule with your laptop bag on your head,” she said.",
                "Aoife Dennehy",
                "said",
                "",
            ),
        ],
        [("READ MORE", "", "", "B")],
        [("Three new cross-city bus routes for Cork to start in April", "", "", "B")],
        [
            (
                "The National Transport Authority, which funds the project, said in a statement that it remained committed to the Cork Area Commuter Rail programme, which has a total budget of €185m.",
                "The National Transport Authority",
                "said in a statement",
                "W",
            ),
            (
                "It said passenger numbers on the Midleton line were 23 per cent above 2019 levels.",
                "The National Transport Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Máire Ní Bhriain-Foley, who chairs the East Cork Municipal District, said the council would write to the Minister for Transport seeking a meeting.",
                "Máire Ní Bhriain-Foley",
                "said",
                "",
            ),
            (
                "She said the district had already spent €1.2m on park-and-ride spaces at Carrigtwohill station “for trains that aren't coming.”",
                "Máire Ní Bhriain-Foley",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Department of Transport did not respond to a request for comment by the time of publication.",
                "The Department of Transport",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            ("Trains on the Midleton line have run every 30 minutes since 2019.", "", "", "W"),
            (
                "The line now carries about 9,800 passenger journeys on a typical weekday, according to the company's own counts.",
                "the company's own counts",
                "according to",
                "W",
            ),
        ],
        [("Comments (27)", "", "", "B")],
        [("Get the morning's top Cork stories in your inbox.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("1", "", "", "B")],
        [("Man (40s) dies after single-vehicle crash near Fermoy", "", "", "B")],
        [("2", "", "", "B")],
        [("Blackpool shopping centre sold for €41m", "", "", "B")],
        [("3", "", "", "B")],
        [("City centre cycle lane to close for six weeks of works", "", "", "B")],
        [("© Leeside Record Ltd 2026", "", "", "B")],
    ],
    [
        [("Shared from the Mayon Dispatch app", "", "", "B")],
        [("MAYON DISPATCH", "", "", "B")],
        [("REGIONS | BICOL", "", "", "B")],
        [
            (
                "Signal No. 2 up over Albay, Sorsogon, Catanduanes as ‘Himig’ nears; 14,200 families evacuated",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Classes suspended in Albay and 11 Sorsogon towns; sea trips from Matnog cancelled",
                "",
                "",
                "W",
            )
        ],
        [("By Rowena Catapang-Lim", "", "", "B")],
        [("Published: August 3, 2026, 10:05 AM | Updated: August 3, 2026, 1:40 PM", "", "", "B")],
        [("Evacuees rest inside a school gymnasium in Legazpi City on Monday.", "", "", "")],
        [("(Photo by Jun Abellera-Cruz / Mayon Dispatch)", "", "", "B")],
        [
            (
                "LEGAZPI CITY — PAGASA raised Tropical Cyclone Wind Signal No. 2 over Albay, Sorsogon and Catanduanes on Monday as Tropical Storm Himig moved closer to the Bicol region with maximum sustained winds of 85 kph.",
                "",
                "",
                "W",
            ),
            (
                "In its 11 a.m. bulletin, the state weather bureau said the center of the storm was 270 km east of Virac, Catanduanes, moving west-northwest at 20 kph.",
                "the state weather bureau",
                "said",
                "W",
            ),
            (
                "It said Himig could intensify into a severe tropical storm before making landfall over Catanduanes or northern Sorsogon late Tuesday.",
                "PAGASA",
                "said",
                "",
            ),
        ],
        [
            (
                "Signal No. 1 is up over Camarines Sur, Masbate including Ticao Island, and the eastern part of Quezon province.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "PAGASA weather specialist Ma. Leonora Dimaculangan-Sy said rainfall of 100 to 200 mm was expected over Albay and Sorsogon in the next 24 hours, with more than 200 mm possible in parts of Catanduanes.",
                "Ma. Leonora Dimaculangan-Sy",
                "said",
                "",
            ),
            (
                "“Residents of low-lying and mountain areas should not wait for the water to rise before they leave,” she said.",
                "Ma. Leonora Dimaculangan-Sy",
                "said",
                "",
            ),
            (
                "She said a gale warning was in effect along the eastern seaboards of Catanduanes and Sorsogon, with waves of up to 4.5 meters.",
                "Ma. Leonora Dimaculangan-Sy",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The Albay provincial disaster office said 14,236 families, or about 52,000 people, had been moved to evacuation centers in 15 towns and cities as of noon.",
                "The Albay provincial disaster office",
                "said",
                "W",
            ),
            (
                "Engr. Rodel Buenaflor-Ocampo, who heads the office, said most of the evacuees came from villages near the foot of Mayon Volcano, where heavy rain can send lahar down the river channels.",
                "Rodel Buenaflor-Ocampo",
                "said",
                "W",
            ),
            ("“We learned our lesson a long time ago.", "Rodel Buenaflor-Ocampo", "said", ""),
            ("We do not gamble with lahar,” he said.", "Rodel Buenaflor-Ocampo", "said", ""),
        ],
        [
            (
                "In Guinobatan, barangay captain Felipe Nolasco-Reyes said 86 families from his village were sleeping on the floor of the town's covered court.",
                "Felipe Nolasco-Reyes",
                "said",
                "W",
            ),
            (
                "“Some of them refused to leave at first, but when the creek started rising they came running,” he said.",
                "Felipe Nolasco-Reyes",
                "said",
                "",
            ),
        ],
        [
            (
                "Albay Gov. Noel T. Sarmiento-Lacson suspended classes at all levels, public and private, across the province on Monday and Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Classes were also suspended in 11 towns in Sorsogon, including Bulan, Irosin and Sta. Magdalena.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Philippine Coast Guard suspended all sea trips from Matnog port in Sorsogon, leaving 2,140 passengers, 312 trucks and 96 cars stranded by 9 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Lt. j.g. Aurora Pineda-Villaflor, spokesperson for the Coast Guard's Bicol district, said the stranded passengers were being given food packs at the port terminal.",
                "Aurora Pineda-Villaflor",
                "said",
                "W",
            ),
            (
                "She said trips would resume only when the signal over the San Bernardino Strait was lifted.",
                "Aurora Pineda-Villaflor",
                "said",
                "",
            ),
        ],
        [
            (
                "At an evacuation center in Legazpi, Marites Oloteo, 41, a fish vendor, said she brought her four children there at 5 a.m. after floodwater reached her knees in Brgy. Bigaa.",
                "Marites Oloteo",
                "said",
                "W",
            ),
            ("“We left everything.", "Marites Oloteo", "said", ""),
            ("The pigs, the rice, everything,” she said.", "Marites Oloteo", "said", ""),
        ],
        [("READ: DSWD prepositions food packs in Bicol ahead of storm", "", "", "B")],
        [
            (
                "The Department of Social Welfare and Development said it had prepositioned 48,500 family food packs in its Bicol warehouses.",
                "The Department of Social Welfare and Development",
                "said",
                "W",
            )
        ],
        [
            (
                "The Mayon Valley Electric Cooperative said it may cut power to parts of the province if winds reach signal No. 3 strength “to protect the lines and the public.”",
                "The Mayon Valley Electric Cooperative",
                "said",
                "",
            ),
            (
                "Residents can follow advisories on the provincial disaster office's Facebook page or call its hotline at (052) 480-1144.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Himig is the fourth tropical cyclone to enter the Philippine Area of Responsibility this year and the first to threaten Bicol.",
                "",
                "",
                "W",
            )
        ],
        [("Tags: Himig, PAGASA, Albay, Sorsogon, #WalangPasok", "", "", "B")],
        [("Get breaking news and weather alerts on the Mayon Dispatch app.", "", "", "B")],
        [("Download on the App Store | Get it on Google Play", "", "", "B")],
        [
            ("Copyright © 2026 Mayon Dispatch Media Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE ROCHOR POST", "", "", "B")],
        [
            (
                "Singapore   Asia   World   Opinion   Life   Business   Sport   Tech   Podcasts",
                "",
                "",
                "B",
            )
        ],
        [("Sign up for our newsletters", "", "", "B")],
        [("Singapore / Education", "", "", "B")],
        [
            (
                "Eight secondary schools to merge into four from 2028 as Sec 1 intake shrinks",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Schools in Bedok, Jurong West, Woodlands and Sengkang affected; current students will not have to move, says MOE",
                "the Ministry of Education",
                "says",
                "W",
            )
        ],
        [("Chua Hui Min, Education Correspondent", "", "", "B")],
        [("Published Jul 22, 2026, 05:00 PM | Updated Jul 22, 2026, 09:31 PM", "", "", "B")],
        [("Share    Gift this article    Save", "", "", "B")],
        [
            (
                "SINGAPORE – Eight secondary schools will merge into four from January 2028, the Ministry of Education (MOE) announced on July 22, citing a continued fall in the number of students entering Secondary 1.",
                "the Ministry of Education",
                "announced",
                "W",
            ),
            (
                "The Secondary 1 cohort fell to about 33,600 this year, from around 38,200 in 2020, MOE said.",
                "the Ministry of Education",
                "said",
                "W",
            ),
        ],
        [("The schools that will merge are:", "", "", "")],
        [("Sungei Bedok Secondary and Kembangan Grove Secondary, in Bedok", "", "", "W")],
        [("Jurong Crest Secondary and Boon Lay Park Secondary, in Jurong West", "", "", "W")],
        [("Woodgrove Heights Secondary and Marsiling Ridge Secondary, in Woodlands", "", "", "W")],
        [("Rivervale Crescent Secondary and Anchorvale Park Secondary, in Sengkang", "", "", "W")],
        [
            (
                "Each merged school will operate from one of the two existing campuses and will get a new crest and uniform designed with students, MOE said.",
                "the Ministry of Education",
                "said",
                "",
            ),
            (
                "Students now in Secondary 1 and 2 at the affected schools will finish their studies at the merged school, and none will have to change campus before 2028, it said.",
                "the Ministry of Education",
                "said",
                "",
            ),
            (
                "No teachers will be retrenched because of the mergers, the ministry added.",
                "the ministry",
                "added",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Speaking to reporters at a school in Jurong West, Minister of State for Education Tan Shu Ping said merging schools was “never an easy decision” but would let them keep offering a wide range of subjects and co-curricular activities.",
                "Tan Shu Ping",
                "said",
                "",
            ),
            (
                "“A school with two classes per level cannot sustain a full orchestra or offer three third languages.",
                "Tan Shu Ping",
                "said",
                "",
            ),
            ("A merged school can,” Ms Tan said.", "Tan Shu Ping", "said", ""),
            (
                "She said 14 secondary schools had merged since 2019 and MOE had no plans to announce further mergers “at this point.”",
                "Tan Shu Ping",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr Sivakumar s/o Rajendran, principal of Rivervale Crescent Secondary, said teachers broke the news to students at an assembly on Wednesday morning.",
                "Sivakumar s/o Rajendran",
                "said",
                "",
            ),
            (
                "“There were tears, especially among the Sec 4s, who felt their school was disappearing,” he said.",
                "Sivakumar s/o Rajendran",
                "said",
                "",
            ),
            (
                "Mr Sivakumar said the school, which opened in 2002, had 612 students this year, down from 1,140 at its peak.",
                "Sivakumar s/o Rajendran",
                "said",
                "W",
            ),
        ],
        [
            (
                "Madam Faridah Jamaludin, 44, whose daughter is in Secondary 2 at Anchorvale Park Secondary, said she was relieved her daughter would not have to travel to a new campus.",
                "Faridah Jamaludin",
                "said",
                "",
            ),
            (
                "“But the name, the uniform, the alumni… all of that will change.",
                "Faridah Jamaludin",
                "asked",
                "",
            ),
            (
                "Can MOE keep at least something of the old school?” she asked.",
                "Faridah Jamaludin",
                "asked",
                "",
            ),
        ],
        [
            (
                "Associate Professor Lim Seok Hwa, a sociologist at the National University of Singapore who studies family and population, said births to citizens had fallen to about 28,900 last year, which made more mergers “almost certain” in the coming decade.",
                "Lim Seok Hwa",
                "said",
                "W",
            ),
            ("“The primary schools went first.", "Lim Seok Hwa", "said", ""),
            ("Secondary schools are simply next in line,” she said.", "Lim Seok Hwa", "said", ""),
        ],
        [
            (
                "Sengkang GRC MP Gerald Koh Boon Huat said in a Facebook post that he would work with alumni of both schools to preserve their histories, including a heritage corner at the merged campus.",
                "Gerald Koh Boon Huat",
                "said in a Facebook post",
                "",
            )
        ],
        [("READ MORE", "", "", "B")],
        [("Primary 1 registration: Phase 2C balloting at 41 schools this year", "", "", "B")],
        [("MOE to pilot later start times at 10 secondary schools from 2027", "", "", "B")],
        [
            (
                "Join The Rochor Post's WhatsApp channel and get the latest news and must-reads.",
                "",
                "",
                "B",
            )
        ],
        [("Topics: Education, Ministry of Education, Secondary schools, Population", "", "", "B")],
        [
            ("Copyright © 2026 Rochor Press Holdings Ltd.", "", "", "B"),
            ("Co. Regn. No. 199706243K.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "Terms & Conditions    Data Protection Policy    Advertise With Us    Contact Us",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("AHURIRI SUN", "", "", "B")],
        [("☰     Sport     🔍", "", "", "B")],
        [("Rugby", "", "", "B")],
        [("Rovers win Maddison Cup with last-gasp try in 27-24 thriller", "", "", "W")],
        [("Pirates lose a third straight final after leading by 12 at halftime", "", "", "W")],
        [("Tama Reihana-Curtis", "", "", "B")],
        [("5:48pm Sat, 30 May 2026", "", "", "B")],
        [("Share", "", "", "B")],
        [("Tutaekuri Rovers players celebrate with the Maddison Cup at McLean Park.", "", "", "")],
        [("Photo / Paora Whaanga-Lowe", "", "", "B")],
        [
            (
                "Tutaekuri Rovers are Hawke's Bay club champions for the first time since 2014 after replacement halfback Nikau Pohatu-Grey scored in the 79th minute to beat Heretaunga Pirates 27-24 at McLean Park on Saturday.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Pirates led 18-6 at the break and stretched that to 21-6 when first five-eighth Sione Latu-Marsters kicked his third penalty early in the second half.",
                "",
                "",
                "W",
            ),
            ("Then the Rovers' forwards took over.", "", "", ""),
        ],
        [
            (
                "The No. 8, Hemi Tautahi-Waaka, crashed over from a five-metre scrum in the 52nd minute, and lock Brodie Vance-Kereama scored from a driving maul 11 minutes later.",
                "",
                "",
                "W",
            ),
            ("Tevita Fonoti-Hall converted both, cutting the gap to a point.", "", "", "W"),
            (
                "Latu-Marsters' fourth penalty pushed the Pirates back out to 24-20 with six minutes left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "With the clock almost gone, the Rovers took a quick tap penalty 40 metres out and went through 11 phases before Pohatu-Grey sniped from the side of a ruck.",
                "",
                "",
                "W",
            ),
            ("Fonoti-Hall's conversion hardly mattered.", "", "", ""),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Rovers coach Dean Harwood-Tipene said he told his players at halftime to “stop kicking the ball to their best runners.”",
                "Dean Harwood-Tipene",
                "said",
                "",
            ),
            ("“We've waited 12 years for this.", "Dean Harwood-Tipene", "said", "W"),
            ("Twelve years!” he said.", "Dean Harwood-Tipene", "said", ""),
            (
                "Harwood-Tipene said Pohatu-Grey, 19, only came off the bench because starting halfback Kyle Ruataupare-Smith failed a fitness test on his hamstring on Saturday morning.",
                "Dean Harwood-Tipene",
                "said",
                "W",
            ),
        ],
        [
            ("“I just saw a gap and went.", "Nikau Pohatu-Grey", "said", ""),
            (
                "I didn't even know how much time was left,” Pohatu-Grey said.",
                "Nikau Pohatu-Grey",
                "said",
                "",
            ),
        ],
        [
            (
                "Pirates coach Lisa Matangi-Aldridge said her side “ran out of legs” in the last quarter.",
                "Lisa Matangi-Aldridge",
                "said",
                "",
            ),
            ("“Three finals, three losses.", "Lisa Matangi-Aldridge", "said", "W"),
            ("That one will hurt for a while,” she said.", "Lisa Matangi-Aldridge", "said", ""),
            (
                "She said she would not make excuses about the penalty count, which finished 13-6 against her side.",
                "Lisa Matangi-Aldridge",
                "said",
                "W",
            ),
        ],
        [
            (
                "Pirates flanker Josh Kereopa-Dunn was sin-binned in the 61st minute for a high tackle, and the Rovers scored their second try while he was off.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Hawke's Bay Rugby Union said 4,870 people attended, the biggest crowd for a club final in the province since 2009.",
                "The Hawke's Bay Rugby Union",
                "said",
                "W",
            )
        ],
        [("Scoring", "", "", "B")],
        [
            (
                "Tutaekuri Rovers 27 (Hemi Tautahi-Waaka, Brodie Vance-Kereama, Nikau Pohatu-Grey tries; Tevita Fonoti-Hall 3 con, 2 pen)",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Heretaunga Pirates 24 (Ropata Hira-Keefe, Wiremu Tane-Holloway tries; Sione Latu-Marsters con, 4 pen)",
                "",
                "",
                "",
            )
        ],
        [("HT: Pirates 18, Rovers 6", "", "", "")],
        [("Referee: Aroha Whitfield-Rangi", "", "", "")],
        [("Related stories", "", "", "B")],
        [("Four club players named in Hawke's Bay wider training squad", "", "", "B")],
        [("Veteran club coach steps down after nine seasons", "", "", "B")],
        [("Get the Ahuriri Sun app for live scores and breaking news.", "", "", "B")],
        [("© 2026 Ahuriri Sun Ltd", "", "", "B")],
    ],
    [
        [("MSUNDUZI TRIBUNE", "", "", "B")],
        [
            (
                "News     Crime & Courts     Politics     Business     Sport     Lifestyle     Opinion     e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("No load-shedding today   |   Pietermaritzburg 23°C", "", "", "B")],
        [("News / Crime & Courts", "", "", "B")],
        [("Three arrested after cash van blown open on N3 near Pietermaritzburg", "", "", "W")],
        [
            (
                "Two security guards shot and wounded; police still hunting at least five suspects",
                "",
                "",
                "W",
            )
        ],
        [("Sibusiso Ngcobo-Pillay", "", "", "B")],
        [("21 September 2026 | 14:35", "", "", "B")],
        [("Share    Facebook    X    WhatsApp    Email", "", "", "B")],
        [
            (
                "Police and forensic officers at the scene of the cash-in-transit robbery on the N3 near Ashburton on Monday morning.",
                "",
                "",
                "",
            )
        ],
        [("Image: Thulani Mkhize-Reddy / Msunduzi Tribune", "", "", "B")],
        [
            (
                "Three men were arrested on Monday after an armed gang used explosives to blow open a cash-in-transit vehicle on the N3 near Ashburton, outside Pietermaritzburg, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "Two security guards were shot and wounded in the attack, which happened at about 7.20am.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "KwaZulu-Natal police spokesperson Col. Nomvula Mthembu-Khan said about eight armed men in two vehicles forced the van off the road before opening fire on the crew.",
                "Nomvula Mthembu-Khan",
                "said",
                "W",
            ),
            (
                "She said the gang then blew open the vault and fled with an undisclosed amount of cash.",
                "Nomvula Mthembu-Khan",
                "said",
                "W",
            ),
            ("“The guards did not stand a chance.", "Nomvula Mthembu-Khan", "said", ""),
            (
                "These criminals came prepared for war,” Mthembu-Khan said.",
                "Nomvula Mthembu-Khan",
                "said",
                "",
            ),
        ],
        [
            (
                "She said officers from the provincial tracking team intercepted one of the getaway cars, a white BMW, near Camperdown about 40 minutes later.",
                "Nomvula Mthembu-Khan",
                "said",
                "W",
            ),
            (
                "Three men, aged between 26 and 41, were arrested, and an R5 rifle, two pistols and about R380,000 in cash were found in the car.",
                "",
                "",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Both wounded guards were taken to Grey's Hospital, where one was in a serious but stable condition on Monday afternoon, according to the security company, Shieldline Cash Logistics.",
                "Shieldline Cash Logistics",
                "according to",
                "W",
            ),
            (
                "Shieldline's chief executive, Marius van Tonder-Dlamini, said the company's vehicles had been attacked four times in KwaZulu-Natal this year.",
                "Marius van Tonder-Dlamini",
                "said",
                "W",
            ),
            (
                "“Our crews are driving armoured vehicles into ambushes with weapons of war.",
                "Marius van Tonder-Dlamini",
                "said",
                "",
            ),
            (
                "This is not ordinary crime any more,” he said.",
                "Marius van Tonder-Dlamini",
                "said",
                "",
            ),
        ],
        [
            (
                "A motorist who was driving behind the van, Sanele Zungu-Maharaj, said he heard “three or four very loud bangs” and saw black smoke across the road.",
                "Sanele Zungu-Maharaj",
                "said",
                "",
            ),
            ("“I just put my car in reverse.", "Sanele Zungu-Maharaj", "said", ""),
            ("People were running into the bush,” he said.", "Sanele Zungu-Maharaj", "said", ""),
        ],
        [("ALSO READ | Security guard killed in Pinetown shopping centre robbery", "", "", "B")],
        [
            (
                "According to the latest police crime statistics, there were 52 cash-in-transit robberies in KwaZulu-Natal in the 12 months to March, up from 38 a year earlier.",
                "the latest police crime statistics",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Directorate for Priority Crime Investigation, known as the Hawks, has taken over the case, spokesperson Capt. Lwazi Mabaso-Naidoo said.",
                "Lwazi Mabaso-Naidoo",
                "said",
                "W",
            ),
            (
                "He said the three men would appear in the Pietermaritzburg Magistrate's Court on Wednesday on charges of robbery with aggravating circumstances, attempted murder and possession of unlicensed firearms and explosives.",
                "Lwazi Mabaso-Naidoo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Yvette Ramdass-Mokoena, who chairs the Ashburton community policing forum, said residents had asked for more patrols on the N3 after a similar attack in February.",
                "Yvette Ramdass-Mokoena",
                "said",
                "W",
            ),
            ("“We keep asking.", "Yvette Ramdass-Mokoena", "said", ""),
            (
                "We keep being told there are not enough vehicles,” she said.",
                "Yvette Ramdass-Mokoena",
                "said",
                "",
            ),
        ],
        [
            (
                "Anyone with information is asked to contact Capt. Mabaso-Naidoo or Crime Stop.",
                "",
                "",
                "",
            )
        ],
        [
            ("Do you have a news tip?", "", "", "B"),
            ("WhatsApp the newsroom on 071 480 2236.", "", "", "B"),
        ],
        [("Tags: Crime, Cash-in-transit, N3, Pietermaritzburg, Hawks", "", "", "B")],
        [("Most Read", "", "", "B")],
        [("Taxi violence: Two killed in Edendale rank shooting", "", "", "B")],
        [("Msunduzi water outages to last until Friday, says municipality", "", "", "B")],
        [("Maritzburg College old boy named in Springbok squad", "", "", "B")],
        [("© 2026 Msunduzi Media (Pty) Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("☰  PRA VALLEY TIMES", "", "", "B")],
        [("Home / Regional News / Western", "", "", "B")],
        [
            (
                "Galamsey: Daboase water plant cuts output by 60% as Pra River turns brown",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Sekondi-Takoradi residents face rationing; EPA says 19 illegal mining sites found upstream",
                "The Environmental Protection Authority",
                "says",
                "W",
            )
        ],
        [("Written by Efua Mensah-Bonsu", "", "", "B")],
        [("Mon, 16 Nov 2026 | 4 min read", "", "", "B")],
        [("WhatsApp   Facebook   X   Telegram", "", "", "B")],
        [
            (
                "The Daboase water treatment plant, which supplies Sekondi-Takoradi and surrounding towns, has cut production by about 60 per cent because silt from illegal mining upstream has made the Pra River too muddy to treat, the national water utility has said.",
                "the national water utility",
                "has said",
                "W",
            ),
            ("The plant normally produces about 12 million gallons of water a day.", "", "", "W"),
        ],
        [
            (
                "The utility's Western regional chief manager, Ing. Kwesi Brempong-Ofosu, said turbidity at the intake reached 4,850 NTU on Friday, against about 150 NTU in the dry season five years ago.",
                "Kwesi Brempong-Ofosu",
                "said",
                "W",
            ),
            (
                "“At that level the chemicals simply cannot settle the water.",
                "Kwesi Brempong-Ofosu",
                "told the Pra Valley Times",
                "",
            ),
            (
                "We have to shut some units down or we damage the filters,” he told the Pra Valley Times.",
                "Kwesi Brempong-Ofosu",
                "told the Pra Valley Times",
                "",
            ),
            (
                "He said the utility now spends about GH¢1.4 million a month on alum and other treatment chemicals at the plant, nearly three times what it spent in 2021.",
                "Kwesi Brempong-Ofosu",
                "said",
                "W",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "The utility has introduced a rationing schedule for Takoradi, Sekondi, Effia and Kwesimintsim, with most areas now getting water on alternate days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "At Kojokrom, trader Abena Quaicoe-Arthur said she now pays GH¢5 for a 20-litre gallon of water from a tanker, up from GH¢2 in September.",
                "Abena Quaicoe-Arthur",
                "said",
                "W",
            ),
            ("“The tap has been dry since Thursday.", "Abena Quaicoe-Arthur", "asked", ""),
            (
                "How can I cook and sell without water?” she asked.",
                "Abena Quaicoe-Arthur",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Environmental Protection Authority (EPA) said on Sunday that its inspectors had found 19 illegal mining sites along a 30-kilometre stretch of the Pra and its tributaries in the past month.",
                "The Environmental Protection Authority",
                "said",
                "W",
            ),
            (
                "Its Western regional director, Dr. Yaw Owusu-Sarpong, said many of the sites used excavators and “changfan” washing machines that discharge straight into the river.",
                "Yaw Owusu-Sarpong",
                "said",
                "W",
            ),
            ("“What we are seeing is not small-scale mining.", "Yaw Owusu-Sarpong", "said", ""),
            ("It is industrial destruction,” he said.", "Yaw Owusu-Sarpong", "said", ""),
        ],
        [
            (
                "The chief of Beposo, Nana Kwabena Asante-Boakye II, said his elders had reported several sites to the police but the miners returned within days of every raid.",
                "Kwabena Asante-Boakye II",
                "said",
                "W",
            ),
            ("“Some of them are our own sons.", "Kwabena Asante-Boakye II", "said", ""),
            ("Some are foreigners.", "Kwabena Asante-Boakye II", "said", ""),
            (
                "All of them are killing the river,” he said.",
                "Kwabena Asante-Boakye II",
                "said",
                "",
            ),
        ],
        [
            (
                "One miner at Beposo, who asked not to be named, said he earned about GH¢300 a day and had no other work.",
                "One miner at Beposo",
                "said",
                "W",
            ),
            (
                "“If they give us jobs, we will leave the river,” he said.",
                "One miner at Beposo",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Water Resources Commission, turbidity in the Pra at Daboase has been above 1,000 NTU for most of the past two years.",
                "the Water Resources Commission",
                "according to",
                "W",
            ),
            (
                "The utility has advised residents to boil or treat water from wells and tankers before drinking it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Also Read: Minerals Commission revokes 12 small-scale licences in Amansie West",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "In a statement on Saturday, the Ministry of Lands and Natural Resources said a joint military and police task force had arrested 64 people and seized 23 excavators in the Western and Central regions since October.",
                "the Ministry of Lands and Natural Resources",
                "said",
                "W",
            ),
            (
                "It said the operations would continue “until our rivers run clear again.”",
                "the Ministry of Lands and Natural Resources",
                "said",
                "",
            ),
        ],
        [
            (
                "The MP for Wassa East, Hon. Richard Kobina Essien-Dadzie, urged the government to declare the Pra basin a no-go area for mining of any kind.",
                "Richard Kobina Essien-Dadzie",
                "urged",
                "",
            )
        ],
        [("Tags: Galamsey | Pra River | Water | Environment", "", "", "B")],
        [("Join our WhatsApp channel for more stories", "", "", "B")],
        [("Leave a comment", "", "", "B")],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [("© 2026 Pra Valley Times.", "", "", "B"), ("All Rights Reserved.", "", "", "B")],
    ],
    [
        [("THE CHEVIOT CLARION", "", "", "B")],
        [
            (
                "News   Sport   What's On   Property   Jobs   Announcements   Puzzles   Newsletters",
                "",
                "",
                "B",
            )
        ],
        [("Sign in   Subscribe", "", "", "B")],
        [("What's On › Music", "", "", "B")],
        [("Coquetdale folk festival cancelled for 2027 after costs nearly double", "", "", "W")],
        [
            (
                "Organisers say the 58-year-old event could return in 2028 if they can find a new site and new backers",
                "Organisers",
                "say",
                "",
            )
        ],
        [("By Rosalind Ainsley-Pardoe, Arts Correspondent", "", "", "B")],
        [("10:12, 4 MAR 2027   Updated 11:40, 4 MAR 2027", "", "", "B")],
        [("Share   Facebook   X   Email   Bookmark", "", "", "B")],
        [("Musicians at the festival's closing session in Rothbury in 2025.", "", "", "")],
        [("(Image: Coquetdale Folk Gathering)", "", "", "B")],
        [
            (
                "One of Northumberland's longest-running music festivals will not go ahead this summer after organisers said the cost of staging it had risen from £118,000 to £212,000 in three years.",
                "organisers",
                "said",
                "W",
            ),
            (
                "The Coquetdale Folk Gathering, held in Rothbury every July since 1969, drew about 6,500 people over three days last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Festival director Imogen Haldane-Wright said the board took the decision “with a heavy heart” at a meeting on Monday night.",
                "Imogen Haldane-Wright",
                "said",
                "",
            ),
            (
                "She said insurance for the main marquee had gone up by 74 per cent and the cost of hiring temporary toilets, fencing and generators had more than doubled since 2024.",
                "Imogen Haldane-Wright",
                "said",
                "W",
            ),
            (
                "“We could have run it and hoped for good weather and big crowds.",
                "Imogen Haldane-Wright",
                "said",
                "",
            ),
            (
                "But if it had rained, we'd have lost the festival for good,” she said.",
                "Imogen Haldane-Wright",
                "said",
                "",
            ),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Tickets for 2027 had not gone on sale, so no refunds are due, organisers said.",
                "organisers",
                "said",
                "W",
            )
        ],
        [
            (
                "The festival also learned in February that its bid for £45,000 from Arts Council England had been turned down.",
                "",
                "",
                "W",
            ),
            (
                "A spokesperson for Arts Council England said it had received “far more strong applications than we were able to fund” in the latest round and that the festival was welcome to apply again.",
                "A spokesperson for Arts Council England",
                "said",
                "",
            ),
        ],
        [
            (
                "The festival had £31,400 in reserves at the end of its last financial year, according to accounts filed with the Charity Commission.",
                "accounts filed with the Charity Commission",
                "according to",
                "W",
            ),
            (
                "Treasurer Colin Bewick-Stannard said that was “enough to pay our debts and start again, but not enough to gamble.”",
                "Colin Bewick-Stannard",
                "said",
                "",
            ),
        ],
        [
            (
                "Fiddler Ewan Charlton-Ridley, 71, who first played at the festival as a teenager in 1971, said the news was “like losing a relative.”",
                "Ewan Charlton-Ridley",
                "said",
                "",
            ),
            (
                "“The Saturday night session at the Drover's Rest was where half the tunes in this county got passed on.",
                "Ewan Charlton-Ridley",
                "said",
                "",
            ),
            ("Where does that happen now?” he said.", "Ewan Charlton-Ridley", "said", ""),
            (
                "He launched his third album, Border Tunes Vol. 3, at the festival in 2023.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Northumberland County Council, which owns the riverside field used for the main stage, said it would “work with organisers to explore options” for 2028.",
                "Northumberland County Council",
                "said",
                "",
            ),
            (
                "A council spokesman said the authority had not raised the fee for the site, which was still £2,800 a year.",
                "A council spokesman",
                "said",
                "W",
            ),
        ],
        [
            (
                "A 2019 study commissioned by the festival estimated that it brought about £1.3m a year into the local economy.",
                "A 2019 study commissioned by the festival",
                "estimated",
                "W",
            ),
            (
                "Leanne Fenwick-Osei, who runs a bakery on Rothbury's High Street, said July was usually her best month.",
                "Leanne Fenwick-Osei",
                "said",
                "",
            ),
            ("“We take on two extra staff for festival week.", "Leanne Fenwick-Osei", "said", ""),
            (
                "I've already had to tell them not to come,” she said.",
                "Leanne Fenwick-Osei",
                "said",
                "",
            ),
        ],
        [
            (
                "The MP for North Northumberland, Philippa Scorer-Lindqvist, said she had written to the Culture Secretary to ask whether emergency funding was available for “heritage festivals at risk.”",
                "Philippa Scorer-Lindqvist",
                "said",
                "W",
            )
        ],
        [
            (
                "Haldane-Wright said organisers would hold a free one-day “gathering session” in Rothbury's Jubilee Hall on July 17 “so the tunes aren't silent.”",
                "Imogen Haldane-Wright",
                "said",
                "",
            )
        ],
        [("Get the latest What's On news straight to your inbox.", "", "", "B")],
        [("Sign up", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("More on: Music | Northumberland | Festivals", "", "", "B")],
        [
            ("© 2027 Cheviot Clarion Media Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04418872.", "", "", "B"),
        ],
        [("Privacy Notice   Cookie Settings   Terms and Conditions   Contact Us", "", "", "B")],
    ],
    [
        [("THE PEAKS GAZETTE", "", "", "B")],
        [("Subscribe  |  Sign In  |  e-Edition", "", "", "B")],
        [
            (
                "Local   Politics   Education   Business   Outdoors   Sports   Opinion   Obituaries   Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("LOCAL", "", "", "B")],
        [("Flagstaff council approves 9.5% water rate increase in 5-2 vote", "", "", "W")],
        [
            (
                "Typical household bill will rise about $6.40 a month starting Jan. 1 to help pay for a $128 million treatment plant upgrade",
                "",
                "",
                "W",
            )
        ],
        [("By Karina Velasquez-Thorne | The Peaks Gazette", "", "", "B")],
        [("Published 10:58 p.m. MT Dec. 8, 2026 | Updated 7:15 a.m. MT Dec. 9, 2026", "", "", "B")],
        [("Share   Email   Print   Comments", "", "", "B")],
        [
            (
                "FLAGSTAFF, Ariz. — The Flagstaff City Council voted 5-2 on Tuesday night to raise water and sewer rates by 9.5%, the first of four annual increases meant to pay for a $128 million upgrade of the city's Wildcat Hill wastewater plant.",
                "",
                "",
                "W",
            ),
            ("The new rates take effect Jan. 1.", "", "", "W"),
        ],
        [
            (
                "According to a staff report, a household using 5,000 gallons a month will pay about $74.10, up from $67.70.",
                "a staff report",
                "according to",
                "W",
            ),
            (
                "Rates would rise another 8% in 2028 and 7% in each of the following two years if the council approves them, the report said.",
                "the report",
                "said",
                "",
            ),
        ],
        [
            (
                "Utilities Director Marisol Etsitty-Brandt told the council the plant's oldest treatment basins were built in 1983 and had “reached the end of their useful life.”",
                "Marisol Etsitty-Brandt",
                "told the council",
                "W",
            ),
            (
                "She said the plant exceeded the nitrogen limit in its state discharge permit three times in 2025, and the city could face fines of up to $25,000 a day if violations continue.",
                "Marisol Etsitty-Brandt",
                "said",
                "W",
            ),
            (
                "“This is not a project we can put off another five years,” Etsitty-Brandt said.",
                "Marisol Etsitty-Brandt",
                "said",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Mayor Daniel Whitehorse-Kessler, who voted for the increase, said the council cut the original proposal of 12% after residents complained at two public hearings in October.",
                "Daniel Whitehorse-Kessler",
                "said",
                "W",
            ),
            ("“Nobody up here enjoys raising rates.", "Daniel Whitehorse-Kessler", "said", ""),
            (
                "But the bill for doing nothing is bigger,” he said.",
                "Daniel Whitehorse-Kessler",
                "said",
                "",
            ),
        ],
        [
            ("Councilmembers Renée Begay-Harmon and Trent Aldous-Pike voted no.", "", "", "W"),
            (
                "Begay-Harmon said she supported the plant upgrade but wanted the increase spread over six years instead of four.",
                "Renée Begay-Harmon",
                "said",
                "",
            ),
            (
                "“We are asking families who already pay the highest rents in northern Arizona to absorb this all at once,” she said.",
                "Renée Begay-Harmon",
                "said",
                "W",
            ),
            ("Aldous-Pike did not speak during the debate.", "", "", ""),
        ],
        [
            (
                "About 40 people attended the meeting, and 17 spoke during public comment, most of them against the increase.",
                "",
                "",
                "W",
            ),
            (
                "Gloria Nakai-Lindgren, a retired teacher who lives in the Sunnyside neighborhood, said her water bill was already $81 a month for a two-person household.",
                "Gloria Nakai-Lindgren",
                "said",
                "W",
            ),
            ("“I'm on a fixed income.", "Gloria Nakai-Lindgren", "asked the council", ""),
            (
                "Where is the extra money supposed to come from?” she asked the council.",
                "Gloria Nakai-Lindgren",
                "asked the council",
                "",
            ),
        ],
        [
            (
                "Related: Flagstaff approves $4.2 million for snowplows, road repairs after record winter",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "The city will expand its utility assistance program, which gives qualifying low-income households a $15 monthly credit, from 600 to 1,000 households, city spokesperson Jared Tsosie-Whitman said.",
                "Jared Tsosie-Whitman",
                "said",
                "W",
            ),
            (
                "He said applications open Jan. 2 on the city's website and at the utilities office on E. Route 66.",
                "Jared Tsosie-Whitman",
                "said",
                "",
            ),
        ],
        [
            (
                "Even after the increase, Flagstaff's rates will remain below those in Sedona and Prescott, according to a comparison in the staff report.",
                "a comparison in the staff report",
                "according to",
                "W",
            )
        ],
        [("The council is scheduled to review the 2028 increase next fall.", "", "", "")],
        [
            ("Karina Velasquez-Thorne covers city government for The Peaks Gazette.", "", "", "B"),
            ("Reach her at kvthorne@peaksgazette.com or 928-555-0143.", "", "", "B"),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe for 99¢ for the first month.", "", "", "B"),
        ],
        [("Most Read", "", "", "B")],
        [("Snowbowl opens early after 30 inches of snow in four days", "", "", "B")],
        [("School district names interim superintendent", "", "", "B")],
        [("Man arrested in Sunnyside shooting, police say", "", "", "B")],
        [("© 2026 The Peaks Gazette.", "", "", "B"), ("All rights reserved.", "", "", "B")],
        [("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "h89-ca-dec31",
        "HALIFAX — Nova Scotia's cap on residential rent increases will stay at four per cent a year until the end of 2028 after the legislature passed Bill 214 by a vote of 33-20 on Thursday afternoon. The cap, first brought in as a temporary measure in 2020, had been due to expire on Dec. 31, 2026.",
        [
            "HALIFAX — Nova Scotia's cap on residential rent increases will stay at four per cent a year until the end of 2028 after the legislature passed Bill 214 by a vote of 33-20 on Thursday afternoon.",
            "The cap, first brought in as a temporary measure in 2020, had been due to expire on Dec. 31, 2026.",
        ],
    ),
    (
        "h89-ca-email",
        "Marguerite Doiron-Shaw covers the Nova Scotia legislature. She can be reached at mdoironshaw@mainsailherald.ca.",
        [
            "Marguerite Doiron-Shaw covers the Nova Scotia legislature.",
            "She can be reached at mdoironshaw@mainsailherald.ca.",
        ],
    ),
    (
        "h89-ca-with-what",
        "“Everyone keeps telling me to buy. With what?”",
        ["“Everyone keeps telling me to buy.", "With what?”"],
    ),
    (
        "h89-ca-ns",
        "Priya Seecharan-Mohan, who rents a one-bedroom apartment in Dartmouth, N.S., with her teenage son, said her rent went from $1,390 to $1,445 in September, the most her landlord was allowed to charge. “If the cap had come off, I honestly don't know where we'd be living in January,” she said.",
        [
            "Priya Seecharan-Mohan, who rents a one-bedroom apartment in Dartmouth, N.S., with her teenage son, said her rent went from $1,390 to $1,445 in September, the most her landlord was allowed to charge.",
            "“If the cap had come off, I honestly don't know where we'd be living in January,” she said.",
        ],
    ),
    (
        "h89-ke-question",
        "“Their widows are the ones who will collect this money. Is that justice?” he asked. Amunga said the association would return to court if the company did not pay within the 90 days.",
        [
            "“Their widows are the ones who will collect this money.",
            "Is that justice?” he asked.",
            "Amunga said the association would return to court if the company did not pay within the 90 days.",
        ],
    ),
    (
        "h89-ke-dr-sec",
        "Kakamega County's agriculture executive, Dr. Alice Nyongesa-Shitsama, said the county would not renew the lease if the miller failed to pay. She said the lease, signed under Sec. 7 of the county's assets law, allows the county to end it for “persistent default.”",
        [
            "Kakamega County's agriculture executive, Dr. Alice Nyongesa-Shitsama, said the county would not renew the lease if the miller failed to pay.",
            "She said the lease, signed under Sec. 7 of the county's assets law, allows the county to end it for “persistent default.”",
        ],
    ),
    (
        "h89-ke-whatsapp",
        "Tell us your story. WhatsApp the Mulembe Post newsroom on 0722 000 418.",
        ["Tell us your story.", "WhatsApp the Mulembe Post newsroom on 0722 000 418."],
    ),
    (
        "h89-au-front-door",
        "“On some days in August we had 20 people in ED who had been admitted and had nowhere to go,” he said. “That's not a front door problem. That's a whole-of-hospital problem.”",
        [
            "“On some days in August we had 20 people in ED who had been admitted and had nowhere to go,” he said.",
            "“That's not a front door problem.",
            "That's a whole-of-hospital problem.”",
        ],
    ),
    (
        "h89-au-tip",
        "Got a news tip? Email newsdesk@capricorniastandard.com.au",
        ["Got a news tip?", "Email newsdesk@capricorniastandard.com.au"],
    ),
    (
        "h89-au-category-2",
        "Dr Harriet Nwachukwu-Banks, an emergency physician who worked at the hospital until last year, said the recommended times were “not a bureaucratic target.” “For a category 2 patient, the clock is 10 minutes. Those minutes matter,” she said.",
        [
            "Dr Harriet Nwachukwu-Banks, an emergency physician who worked at the hospital until last year, said the recommended times were “not a bureaucratic target.”",
            "“For a category 2 patient, the clock is 10 minutes.",
            "Those minutes matter,” she said.",
        ],
    ),
    (
        "h89-in-ltd",
        "Auto components maker Dhamankar Drivetrain Ltd. on Thursday reported a 22.4% rise in consolidated net profit to ₹104.6 crore for the October-December quarter, helped by higher sales to two-wheeler makers and lower steel prices. Net profit stood at ₹85.5 crore in the year-ago quarter. Revenue from operations rose 14.9% year-on-year to ₹1,212.3 crore, according to a filing with the stock exchanges.",
        [
            "Auto components maker Dhamankar Drivetrain Ltd. on Thursday reported a 22.4% rise in consolidated net profit to ₹104.6 crore for the October-December quarter, helped by higher sales to two-wheeler makers and lower steel prices.",
            "Net profit stood at ₹85.5 crore in the year-ago quarter.",
            "Revenue from operations rose 14.9% year-on-year to ₹1,212.3 crore, according to a filing with the stock exchanges.",
        ],
    ),
    (
        "h89-in-dec31",
        "“We are net-debt free as of Dec. 31, and we intend to stay that way,” she said. Ms. Prabhudesai said exports to Europe remained “soft” and the company did not expect a recovery before the second half of the next fiscal.",
        [
            "“We are net-debt free as of Dec. 31, and we intend to stay that way,” she said.",
            "Ms. Prabhudesai said exports to Europe remained “soft” and the company did not expect a recovery before the second half of the next fiscal.",
        ],
    ),
    (
        "h89-ie-believe",
        "“Now they're told 2028. Does anyone believe that?”",
        ["“Now they're told 2028.", "Does anyone believe that?”"],
    ),
    (
        "h89-ie-company",
        "Iarnród Éireann confirmed the delay on Wednesday in a reply to a parliamentary question from local TD Conor Mulcahy-Roe. In the reply, the company said the original signalling contract had been “re-scoped” after surveys found problems with cabling laid in the 1980s. It said the new signalling would allow up to six trains an hour in each direction between Glounthaune and Kent Station.",
        [
            "Iarnród Éireann confirmed the delay on Wednesday in a reply to a parliamentary question from local TD Conor Mulcahy-Roe.",
            "In the reply, the company said the original signalling contract had been “re-scoped” after surveys found problems with cabling laid in the 1980s.",
            "It said the new signalling would allow up to six trains an hour in each direction between Glounthaune and Kent Station.",
        ],
    ),
    (
        "h89-ph-11am",
        "LEGAZPI CITY — PAGASA raised Tropical Cyclone Wind Signal No. 2 over Albay, Sorsogon and Catanduanes on Monday as Tropical Storm Himig moved closer to the Bicol region with maximum sustained winds of 85 kph. In its 11 a.m. bulletin, the state weather bureau said the center of the storm was 270 km east of Virac, Catanduanes, moving west-northwest at 20 kph. It said Himig could intensify into a severe tropical storm before making landfall over Catanduanes or northern Sorsogon late Tuesday.",
        [
            "LEGAZPI CITY — PAGASA raised Tropical Cyclone Wind Signal No. 2 over Albay, Sorsogon and Catanduanes on Monday as Tropical Storm Himig moved closer to the Bicol region with maximum sustained winds of 85 kph.",
            "In its 11 a.m. bulletin, the state weather bureau said the center of the storm was 270 km east of Virac, Catanduanes, moving west-northwest at 20 kph.",
            "It said Himig could intensify into a severe tropical storm before making landfall over Catanduanes or northern Sorsogon late Tuesday.",
        ],
    ),
    (
        "h89-ph-9am-ltjg",
        "The Philippine Coast Guard suspended all sea trips from Matnog port in Sorsogon, leaving 2,140 passengers, 312 trucks and 96 cars stranded by 9 a.m. Lt. j.g. Aurora Pineda-Villaflor, spokesperson for the Coast Guard's Bicol district, said the stranded passengers were being given food packs at the port terminal. She said trips would resume only when the signal over the San Bernardino Strait was lifted.",
        [
            "The Philippine Coast Guard suspended all sea trips from Matnog port in Sorsogon, leaving 2,140 passengers, 312 trucks and 96 cars stranded by 9 a.m.",
            "Lt. j.g. Aurora Pineda-Villaflor, spokesperson for the Coast Guard's Bicol district, said the stranded passengers were being given food packs at the port terminal.",
            "She said trips would resume only when the signal over the San Bernardino Strait was lifted.",
        ],
    ),
    (
        "h89-ph-gov-sta",
        "Albay Gov. Noel T. Sarmiento-Lacson suspended classes at all levels, public and private, across the province on Monday and Tuesday. Classes were also suspended in 11 towns in Sorsogon, including Bulan, Irosin and Sta. Magdalena.",
        [
            "Albay Gov. Noel T. Sarmiento-Lacson suspended classes at all levels, public and private, across the province on Monday and Tuesday.",
            "Classes were also suspended in 11 towns in Sorsogon, including Bulan, Irosin and Sta. Magdalena.",
        ],
    ),
    (
        "h89-ph-brgy",
        "At an evacuation center in Legazpi, Marites Oloteo, 41, a fish vendor, said she brought her four children there at 5 a.m. after floodwater reached her knees in Brgy. Bigaa. “We left everything. The pigs, the rice, everything,” she said.",
        [
            "At an evacuation center in Legazpi, Marites Oloteo, 41, a fish vendor, said she brought her four children there at 5 a.m. after floodwater reached her knees in Brgy. Bigaa.",
            "“We left everything.",
            "The pigs, the rice, everything,” she said.",
        ],
    ),
    (
        "h89-sg-copyright",
        "Copyright © 2026 Rochor Press Holdings Ltd. Co. Regn. No. 199706243K. All rights reserved.",
        [
            "Copyright © 2026 Rochor Press Holdings Ltd.",
            "Co. Regn. No. 199706243K.",
            "All rights reserved.",
        ],
    ),
    (
        "h89-sg-alumni",
        "“But the name, the uniform, the alumni… all of that will change. Can MOE keep at least something of the old school?” she asked.",
        [
            "“But the name, the uniform, the alumni… all of that will change.",
            "Can MOE keep at least something of the old school?” she asked.",
        ],
    ),
    (
        "h89-sg-ms-tan",
        "“A school with two classes per level cannot sustain a full orchestra or offer three third languages. A merged school can,” Ms Tan said. She said 14 secondary schools had merged since 2019 and MOE had no plans to announce further mergers “at this point.”",
        [
            "“A school with two classes per level cannot sustain a full orchestra or offer three third languages.",
            "A merged school can,” Ms Tan said.",
            "She said 14 secondary schools had merged since 2019 and MOE had no plans to announce further mergers “at this point.”",
        ],
    ),
    (
        "h89-nz-no8",
        "The No. 8, Hemi Tautahi-Waaka, crashed over from a five-metre scrum in the 52nd minute, and lock Brodie Vance-Kereama scored from a driving maul 11 minutes later. Tevita Fonoti-Hall converted both, cutting the gap to a point. Latu-Marsters' fourth penalty pushed the Pirates back out to 24-20 with six minutes left.",
        [
            "The No. 8, Hemi Tautahi-Waaka, crashed over from a five-metre scrum in the 52nd minute, and lock Brodie Vance-Kereama scored from a driving maul 11 minutes later.",
            "Tevita Fonoti-Hall converted both, cutting the gap to a point.",
            "Latu-Marsters' fourth penalty pushed the Pirates back out to 24-20 with six minutes left.",
        ],
    ),
    (
        "h89-nz-twelve",
        "“We've waited 12 years for this. Twelve years!” he said. Harwood-Tipene said Pohatu-Grey, 19, only came off the bench because starting halfback Kyle Ruataupare-Smith failed a fitness test on his hamstring on Saturday morning.",
        [
            "“We've waited 12 years for this.",
            "Twelve years!” he said.",
            "Harwood-Tipene said Pohatu-Grey, 19, only came off the bench because starting halfback Kyle Ruataupare-Smith failed a fitness test on his hamstring on Saturday morning.",
        ],
    ),
    (
        "h89-za-720am",
        "Three men were arrested on Monday after an armed gang used explosives to blow open a cash-in-transit vehicle on the N3 near Ashburton, outside Pietermaritzburg, police said. Two security guards were shot and wounded in the attack, which happened at about 7.20am.",
        [
            "Three men were arrested on Monday after an armed gang used explosives to blow open a cash-in-transit vehicle on the N3 near Ashburton, outside Pietermaritzburg, police said.",
            "Two security guards were shot and wounded in the attack, which happened at about 7.20am.",
        ],
    ),
    (
        "h89-za-pty",
        "© 2026 Msunduzi Media (Pty) Ltd. All rights reserved.",
        ["© 2026 Msunduzi Media (Pty) Ltd.", "All rights reserved."],
    ),
    (
        "h89-gh-ing",
        "The utility's Western regional chief manager, Ing. Kwesi Brempong-Ofosu, said turbidity at the intake reached 4,850 NTU on Friday, against about 150 NTU in the dry season five years ago. “At that level the chemicals simply cannot settle the water. We have to shut some units down or we damage the filters,” he told the Pra Valley Times.",
        [
            "The utility's Western regional chief manager, Ing. Kwesi Brempong-Ofosu, said turbidity at the intake reached 4,850 NTU on Friday, against about 150 NTU in the dry season five years ago.",
            "“At that level the chemicals simply cannot settle the water.",
            "We have to shut some units down or we damage the filters,” he told the Pra Valley Times.",
        ],
    ),
    (
        "h89-uk-vol3",
        "“The Saturday night session at the Drover's Rest was where half the tunes in this county got passed on. Where does that happen now?” he said. He launched his third album, Border Tunes Vol. 3, at the festival in 2023.",
        [
            "“The Saturday night session at the Drover's Rest was where half the tunes in this county got passed on.",
            "Where does that happen now?” he said.",
            "He launched his third album, Border Tunes Vol. 3, at the festival in 2023.",
        ],
    ),
    (
        "h89-uk-reg-no",
        "© 2027 Cheviot Clarion Media Ltd. Registered in England and Wales No. 04418872.",
        ["© 2027 Cheviot Clarion Media Ltd.", "Registered in England and Wales No. 04418872."],
    ),
    (
        "h89-us-ariz",
        "FLAGSTAFF, Ariz. — The Flagstaff City Council voted 5-2 on Tuesday night to raise water and sewer rates by 9.5%, the first of four annual increases meant to pay for a $128 million upgrade of the city's Wildcat Hill wastewater plant. The new rates take effect Jan. 1.",
        [
            "FLAGSTAFF, Ariz. — The Flagstaff City Council voted 5-2 on Tuesday night to raise water and sewer rates by 9.5%, the first of four annual increases meant to pay for a $128 million upgrade of the city's Wildcat Hill wastewater plant.",
            "The new rates take effect Jan. 1.",
        ],
    ),
    (
        "h89-us-route66",
        "The city will expand its utility assistance program, which gives qualifying low-income households a $15 monthly credit, from 600 to 1,000 households, city spokesperson Jared Tsosie-Whitman said. He said applications open Jan. 2 on the city's website and at the utilities office on E. Route 66.",
        [
            "The city will expand its utility assistance program, which gives qualifying low-income households a $15 monthly credit, from 600 to 1,000 households, city spokesperson Jared Tsosie-Whitman said.",
            "He said applications open Jan. 2 on the city's website and at the utilities office on E. Route 66.",
        ],
    ),
]
