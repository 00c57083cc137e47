"""Eighty-eighth held-out set of hand-labelled pages for the hint engines (never tuned on, round fifty-one):
twelve WHOLE pages of ordinary news from twelve countries, head to tail as a reader's paste gives
them, one from each of twelve kinds of outlet, pasted the ways readers paste (four from a phone
browser, two from an app's share, two newsletter web views, two from a desktop browser, one reader
view and one print view). Nothing in particular is the focus: ordinary stories, each site's own
furniture worded its own way, ordinary speakers and ordinary split hazards.

This is a HELD-OUT set: it measures the engines and must never be tuned on; no rule, threshold or
word list may be changed to fit it, and its pages, labels and cases must not be read while working
on the engines.

The pages, in order:

1. Norway, a public broadcaster's English service, phone browser: Tromsø city council votes 27-16
   to close two island schools on Kvaløya (64 pupils, NOK 11.5 mill. a year, buses of up to 90
   minutes a day); a parents' group in the standfirst with "warns", a committee chair, an
   opposition group leader, a county governor's spokesperson, a villager of 71.
2. England, a tabloid, phone browser: a springer spaniel survives a 60ft cliff fall near Tintagel
   and a four-hour coastguard rescue; the owner (standfirst "says", "Mrs" cues), a rescuer who is
   lowered without a verb of saying and then quoted, HM Coastguard ("The coastguard urged" kept as
   written, "it said" resolved).
3. United States, a regional daily (Ohio), desktop: Vendholt County closes a 1961 bridge for nine
   months for a $14.2 million replacement, 6,800 vehicles a day on a 7-mile detour; commissioners
   who decide and vote without a verb of saying, a county engineer with a middle initial and
   surname cues, a diner owner, a commissioner who "asked whether", the school district and its
   transportation supervisor.
4. Brazil, a wire agency's English service, app share: the 2027 arabica crop forecast to fall 9%
   to 38.6 million bags after drought in Minas Gerais; a growers' association (headline
   "forecasts", "it said" resolved, "the association said" kept as written), its president by
   phone, an analyst named after her quote, traders, a farmer, data and a poll through "according
   to"; straight quotes; a factbox.
5. South Africa, a business paper, desktop: a home and hardware chain's interim trading profit
   falls 31% to R612m and it will close 23 of 187 stores; "the group said" kept as written and
   "it said" resolved, the chief executive and financial director with surname and pronoun cues,
   an analyst, a workers' alliance and its organiser.
6. Canada, a local TV station's site (Winnipeg), phone browser: an apartment fire in St. Boniface
   forces 40 people out; a district chief named at the end of the second sentence, a resident, the
   Canadian Red Cross ("The agency ..., it said"), a landlord that "did not respond to a request
   for comment", a councillor, the city.
7. Australia, a hyperlocal blog (Melbourne's inner west), phone browser: the council votes 6-3 to
   swap 14 of 51 car parks for two parklets; the blogger's first-person text with no speaker, a
   councillor with "Cr" dropped, a traders' president at "No. 112", a café owner introduced
   without a verb of saying, a bike group, a council report.
8. India, a specialist tea-trade site (Guwahati), reader view: first-flush CTC prices up 14% to
   Rs. 212.46 per kg at Sale No. 12; a broker's sale report and "the broker said", an auctioneer,
   a small planters' secretary, an estate manager, a buyer for "M/s." a blender, Tea Board data,
   exporters, the weather office.
9. South Korea, a daily's English edition (Gwangju), print view: the city will replace 310 diesel
   buses with electric ones by 2029 for W41.6 billion; the mayor in Korean name order ("Mayor
   Kang said", "Kang said"), the transport bureau, a bus maker, a drivers' union official, a
   passenger, a "Ph.D. researcher".
10. Mexico, an English-language city newsletter (Guadalajara), newsletter web view: the Line 5
   light-rail extension slips to 2028 and its cost rises to approx. 11.8 billion pesos; the
   writer's own voice, the state infrastructure secretary ("blamed", "the secretary said" kept as
   written), a progress report, a commuter, a researcher, a neighbourhood association posting on
   Facebook.
11. Nigeria, a magazine (Lagos), app share: the family loaf goes from ₦1,500 to ₦2,200 in a year;
   a baker with "Mrs." dropped, the bakers' association chairman with "Alhaji" dropped, a
   statistics survey, an economist with "Dr." dropped, a miller's spokesman who "declined to
   comment", a mother; a pull quote.
12. Poland, a nonprofit newsroom's newsletter web view (Kraków): 2,300 coal stoves still in use
   years into a ban; the newsroom's own analysis ("Our analysis found" resolved to the newsroom),
   the city's energy office ("The office said" kept as written, "It said" resolved), a deputy
   mayor, a pensioner met on "ul. Mogilska", a campaigner, a professor.

What is hard in them is ordinary: furniture at the head, in the middle (advertisement labels,
"Read also", "Read more:", newsletter and sponsor blocks, a pull quote, a factbox title) and at the
tail, worded differently on every site; quotes over two and three sentences and over two
paragraphs; questions and exclamations inside quotes, some followed by their attribution (one
sentence) and some by a new capitalised sentence (a split); abbreviations that end a sentence
before a capital ("4:10 a.m. Flames", "a kg. Offerings", "320 km. That", "38 µg/m³. In 2015") and
designations and abbreviations that never do ("NOK 11.5 mill. a year", "Oct. 2026,", "Glenn A.
Wroblewicz", "Co. of Zanesville", "per lb. in", "Dec. 31 fell", "approx. 9,800", "vs. R1.02bn",
"Ste. Anne Rd. at", "No. 112", "Sat. 10 April", "Rs. 212.46", "Sale No. 12", "M/s. Saraswati",
"Co., Ltd. of", "Route No. 1000", "Av. Patria", "Col. Providencia", "$2,400 M.N. a month", "Mrs.
Kemi", "Dr. Ifeoluwa", "ul. Mogilska", "os. Piastów"); copyright lines split before "All rights
reserved."; a headline and a standfirst never split.

The pages hold 519 sentences: 195 "B", 178 "W" and 146 ""; 233 sentences carry a speaker
(94 distinct speakers). `STYLES` describes each page, its labels and its furniture in order;
`HELDOUT_CASES` holds 30 split cases cut from the pages.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". Furniture is "B" line by line whatever it says and never carries a speaker; captions are
labelled by content and their credits are "B"; a person is named in full as first given, without
titles or roles, and pronoun and surname cues resolve to that name; "according to X" keeps X as
written; a generic noun for a body ("the council", "the group", "The bureau", "the report") is
kept as written, while "it said" resolves to the body as first given.

Written from scratch in round fifty-one without looking at the engines' code or output: only the
brief, the module docstrings of `labelled_new.py` and `labelled_new2.py`, `def build` in
`labelled_articles.py`, the `[tool.ruff*]` tables of `pyproject.toml`, and (through `ast` only) the
docstrings, `STYLES`, counts, first page opening and first cases of `labelled_new131.py` and
`labelled_new132.py` were read. Every person, outlet, firm, association, figure and statement is
invented; real countries, regions, cities, streets and institutions appear only as settings.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    (
        "Norwegian PUBLIC BROADCASTER's English service (Tromsø), PHONE "
        "BROWSER: council votes 27-16 to close two island schools; brand, Menu, "
        'Search, language switch, region label; headline "W"; standfirst "..., '
        'parents\' group warns" carrying the group as the story names it "W"; '
        'byline, date line with "kl.", updated line; caption "" and credit; '
        '"the council said" kept as written, "NOK 11.5 mill. a year" '
        'mid-sentence through "according to a report ..." "W" and "the report '
        'said" "W"; the committee chair (figures "W", "“Nobody wanted this." '
        'two-sentence quote ""); the parents\' group "says" "W" and its leader '
        'named after a question "", her petition "W"; an opposition leader '
        '("W", "told Rikskanal" ""); "it said" resolved to the council as first '
        'given "W"; a Read also line in the middle "B"; "Several parents said" '
        '""; the county governor\'s spokesperson "W" twice; a villager over two '
        'paragraphs ""; Statistics Norway through "according to" "W"; "Sept. '
        '2029." ending a sentence "W" (tags, More from list, app prompt, editor '
        "line in two sentences, footer)"
    ),
    (
        "English TABLOID, PHONE BROWSER: spaniel survives a 60ft cliff fall "
        'near Tintagel; menu icons, section strip, breadcrumb; headline "W"; '
        'standfirst "‘...’, says owner" carrying the owner ""; byline, '
        'time-and-date line, share and comments count; caption "" and "(Image: '
        '...)" credit; the fall and the ledge "W"; the owner opening a quote '
        'with "said:" that runs into a second paragraph "", her 999 call "W"; '
        'HM Coastguard "W"; ADVERTISEMENT; the rescuer lowered on a line with '
        'no speaker "W", then "He said:" with "Good girl!" mid-quote "" and '
        'callouts "W"; "The coastguard urged" kept as written "" and "it said" '
        'resolved ""; the vet "W"; "laughed" ""; "Will I be going back to '
        'Tintagel?" followed by a new sentence ""; lifeboat stood down "W" '
        "(story tip in two sentences, MOST READ numbered list, comments heading "
        "and note in two sentences, follow strip, copyright, footer)"
    ),
    (
        "United States REGIONAL DAILY (Ohio), DESKTOP: county bridge closed "
        "nine months for a $14.2 million replacement; skip link, masthead, "
        'subscribe strip, menu, section label; headline and standfirst "W"; '
        'byline and outlet line, "Published 5:03 a.m. ET" line; caption "" and '
        'credit; dateline lead with commissioners who decide, no speaker "W"; '
        'the contract with "Co. of Zanesville" "W"; "Oct. 2026," through '
        '"according to ... records" "W" and "Glenn A." mid-sentence "W"; the '
        'engineer (a two-sentence quote "", grants "W", signs "W", "Wroblewicz '
        'said" mid-sentence "W"); the detour "W" and a traffic count "W"; '
        'Advertisement; a diner owner ("said she was worried" "", customers '
        '"W", a three-sentence quote ""); a commissioner who "asked whether" '
        '""; the school district and supervisor "W"; "Jan. 15, 2028," '
        'mid-sentence "W" and the writer\'s aside ""; an open house at "6:30 '
        'p.m. April 7" at "N. Cherry St." "" (contact line, More Local News '
        "list, comments note in two sentences, footer links, copyright in two "
        "sentences)"
    ),
    (
        "Brazilian WIRE AGENCY SITE's English service, APP'S SHARE: arabica "
        'harvest forecast down 9% after drought; share line, headline "..., '
        'growers\' body forecasts" carrying the association "W", link, date and '
        'updated line; dateline lead "W"; "it said" resolved and "the '
        'association said" kept as written "W"; the president "told Cerrado" "" '
        'and a two-sentence quote "W" then ""; Conab\'s estimate and futures '
        'with "per lb. in New York" "W"; shipping data through "according to" '
        '"W"; "Traders said" ""; an analyst named after her quote and "Who is '
        'going to sell now?" ""; stocks and "Inc. and" mid-sentence "W"; a poll '
        'and a price index through "according to" "W"; the president again '
        '("W", a quote ""); fertilizer through "according to the association" '
        '"W"; a farmer ("" twice); survey size and the next survey "W"; a '
        'factbox title "B" and rows "" (reporting and editing line, Related '
        'coverage list, standards line, copyright, app promotion, "Sent from my '
        'iPhone")'
    ),
    (
        "South African BUSINESS PAPER (Johannesburg), DESKTOP: a home and "
        "hardware chain's interim profit falls 31% and 23 stores close; sign-in "
        "strip, masthead, menu with dots, market ticker, section path, PREMIUM "
        'label; headline "W"; standfirst "Group says ..." carrying the company '
        '"W"; byline with role, date and read time, share strip; caption "" and '
        'credit; "Dec. 31 fell" mid-sentence with "the group said" kept as '
        'written "W" and revenue "W"; "it said" resolved "W"; the chief '
        'executive ("W", a two-sentence quote "", charges "W", trading "W", '
        '"told analysts" ""); "approx. 9,800" "W"; a Read more line in the '
        'middle "B"; the financial director with "vs. R1.02bn" "W"; share moves '
        '"W"; an analyst\'s three-sentence quote "", "W", ""; a rival\'s "Ltd.\'s" '
        'results "W"; a newsletter block in two sentences "B"; a workers\' '
        'alliance "W" and its organiser named after the quote ""; "The group '
        'said" consultations "W"; founding "W" (RELATED list, copyright split '
        'at "Ltd.", footer)'
    ),
    (
        "Canadian LOCAL TV station's site (Winnipeg), PHONE BROWSER: apartment "
        "fire forces 40 people out; live banner, menu, weather strip, section "
        'label; headline "W"; video title and running time "B"; caption "" and '
        "video credit; byline with station, posted and updated line, share "
        'strip; lead "W"; "4:10 a.m." ending an unattributed sentence "W" '
        'before "Flames ..., District Chief ... said." "W"; "Ste. Anne Rd." and '
        '"approx. 7:30 a.m." mid-sentence; the chief ("Dussault said" and "he '
        'said" "W", a two-sentence quote ""); ADVERTISEMENT; the building and '
        'the damage "W"; a resident ("" , a three-sentence quote "", "“Where do '
        'we go now?” she asked." ""); the Canadian Red Cross "W" and "The '
        'agency ..., it said" resolved "W"; the owner that "did not respond to '
        'a request for comment" ""; a councillor with "Coun." over three '
        'sentences ""; the city\'s inspection with "Nov. 2025." "W"; the month\'s '
        'fourth fire "W"; a donation line "" (files line, TRENDING list, alerts '
        "prompt in two sentences, copyright, footer)"
    ),
    (
        "Australian HYPERLOCAL BLOG (Melbourne's inner west), PHONE BROWSER: "
        "council to swap 14 car parks for two parklets; blog title and tagline, "
        'MENU, category; headline "W"; posted-by line, comments count; the '
        'blogger\'s own voice with no speaker ("Well, it\'s happening." "W", the '
        'vote "W", "let\'s just say opinions differ" "", "Is 14 car parks a '
        'lot?" "", "For what it\'s worth, the report said" "W", a drop-in '
        'session on "Sat. 10 April" ""); a council officers\' report through '
        '"according to" "W" and "The report said" "W"; a councillor with "Cr" '
        'dropped (survey "W", a two-sentence quote ""); three councillors '
        'against "W"; the traders\' group with no speaker ""; its president at '
        '"No. 112" ("", a three-sentence quote with two questions ""); a café '
        'owner introduced without a verb of saying, then "“Bring it on!" and a '
        'new sentence "", her permit "W"; a bike group "W"; "The council said" '
        'kept as written "" (tags, Like this block, share line, Leave a reply '
        "form text in two sentences, Ko-fi ask in two sentences, theme credit)"
    ),
    (
        "Indian SPECIALIST TEA-TRADE SITE (Guwahati), READER VIEW: first-flush "
        "CTC prices up 14% at auction; site name, byline, reading time only; "
        'headline "W"; lead with "Rs. 212.46 per kg at Sale No. 12" through '
        '"according to a sale report by ... Pvt. Ltd." "W"; "a kg." and '
        '"million kg." ending sentences "W" with no speaker; "the broker said" '
        'kept as written "W" and "it said" resolved to the broker "W"; an '
        'auctioneer named after a two-sentence quote "" and dust grades "W"; '
        'buyers "W"; "Auction centre schedules show" "W"; Tea Board data "W"; a '
        'small planters\' secretary ("W", a quote "W" then "", leaf prices "W", '
        'a two-sentence quote ""); an Also read line "B"; a caption "" and '
        'credit; an estate manager ("W", a three-sentence quote "", "W", ""); '
        'wages "W"; "Not everyone in the trade is celebrating." ""; "Some '
        'exporters said" ""; Mombasa results and the weather office\'s forecast '
        '"W"; a buyer for "M/s." a blender "W" and "“Will prices hold?" with a '
        'new sentence ""; exports through "according to the Tea Board" "W"; the '
        'centre\'s rank "W"'
    ),
    (
        "South Korean daily's ENGLISH EDITION (Gwangju), PRINT VIEW: 310 diesel "
        "buses to go electric by 2029; print header with URL, Print and Close, "
        'published and modified line; headline and standfirst "W"; byline with '
        'email; the mayor in Korean name order ("Mayor Kang said" "W", "Kang '
        'said at a briefing" "", "He said" "W", "“look at the rules”" "", fares '
        '"W" and "“Not because of this,” he said." ""); ridership through '
        '"according to the city\'s transport bureau" "W"; "The bureau said ... '
        '320 km." and its gloss "W"; "Co., Ltd. of Changwon" "W" and "The '
        'company said" resolved "W"; "Route No. 1000" "W"; a union official '
        '("W", "“...?” Pyo said." one sentence "", wage talks "W"); a passenger '
        'over three sentences ""; a "Ph.D. researcher" ("W", "she said" "", '
        '"W", ""); fleet share, other cities and a study through "according to" '
        '"W"; the council vote "W" (translation note, copyright in three '
        "sentences, printed-on line)"
    ),
    (
        "Mexican NEWSLETTER web view (Guadalajara), an English-language city "
        "newsletter: Line 5 light-rail extension delayed to 2028; "
        'view-in-browser line, masthead, issue line with "No. 412", greeting in '
        'two sentences, TOP STORY label; headline "W"; the secretary named with '
        'a role after the state ("said Tuesday" "W", "blamed" with "Av. Patria" '
        '"W"); the writer\'s asides "" and questions ""; "approx. 11.8 billion '
        'pesos" with "the secretary said" kept as written "W" and her quote ""; '
        'a progress report through "according to" "W" and "the report said" '
        '"W"; lane closures through "Col. Providencia" "W"; a commuter over '
        'four sentences with "2026. Then 2027." ""; a researcher ("W", a '
        'two-sentence quote ""); a neighbourhood association "posted on '
        'Facebook" ""; ridership and "Feb. 2024." "W"; a sign-off (editor line, '
        'sponsor block in three sentences with "M.N." mid-sentence, ALSO IN '
        "TODAY'S ISSUE list, forwarded line in two sentences, unsubscribe in "
        "two sentences, postal address)"
    ),
    (
        "Nigerian MAGAZINE (Lagos), APP'S SHARE: the family loaf up 47% in a "
        'year; share line, link, magazine name, section label; headline "W"; '
        'standfirst "Bakers say ..." carrying the bakers ""; "Words by" byline, '
        'read time and date; the scene at "5 a.m. on a Monday" "W" and output '
        '"W"; a baker with "Mrs." dropped ("" two-sentence quote with her name '
        'after it, flour and loaf prices "W", loaf weight "W", "Some of them '
        'shouted at me!" in a three-sentence quote ""); a pull quote "B"; a '
        'statistics survey through "according to" "W"; the association chairman '
        'with "Alhaji" dropped (closures "W", costs "W", a quote "", a levy '
        'request "W", "he said" "W"); wheat imports "W"; an economist with '
        '"Dr." dropped "W" and a quote ""; a miller\'s spokesman who "declined '
        'to comment" ""; ADVERTISEMENT; a mother without a verb of saying "", a '
        'two-sentence quote "", "Is she angry?" with no speaker and "“No." / '
        '"Tired,” she said." ""; "Back in Agege, Mrs. ..." "" and a '
        'three-sentence close "" (author bio in two sentences, app prompt in '
        'two sentences, "Sent from" line)'
    ),
    (
        "Polish NONPROFIT NEWSROOM's NEWSLETTER web view (Kraków): coal stoves "
        "still in use; view-online line in two sentences, masthead, tagline, "
        'issue line, greeting; the newsroom\'s lower-case opening ""; city data '
        'through "according to" "W"; the ban "W"; "Our analysis found" resolved '
        'to the newsroom "W"; the city\'s energy office with "approx. 30%" "W", '
        '"It said" resolved "W" and "The office said" kept as written "W"; a '
        'deputy mayor ("W", a two-sentence quote ""); a pensioner met on "ul. '
        'Mogilska" "" and "“Who will pay ...?" with a new sentence "", a quote '
        'for radiators "W"; a campaigner ("38 µg/m³." ending a sentence "W" '
        'before "In 2015 ..." "W", a two-sentence quote ""); a professor with '
        '"Prof." dropped "W" and "“Is the air in Kraków clean now?" in a '
        'three-sentence quote ""; a campaign in "os. Piastów" "W" (methodology '
        "note in two sentences, donate ask in two sentences, DONATE button, "
        "sign-off, foundation address with KRS number, unsubscribe line in two "
        "sentences)"
    ),
]

ARTICLES = [
    # 1
    [
        [
            (
                "RIKSKANAL",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Menu",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Search",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "English  |  Norsk  |  Sámi",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Troms og Finnmark",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tromsø votes to close two island schools from August",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pupils will spend up to 90 minutes a day on buses, parents' group warns",
                "Foreldrelaget på Kvaløya",
                "warns",
                "W",
            ),
        ],
        [
            (
                "Ingrid Marø Follestad",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "11 March 2027 kl. 21.14",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Updated 12 March kl. 07.30",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pupils wait for the morning bus at Brensvik on Kvaløya.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Photo: Tor-Arne Velde / Rikskanal",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Tromsø city council voted 27-16 on Thursday evening to close Skarvvik "
                    "and Lille Sandøy schools when the school year ends in June."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Their 64 pupils will move to the larger school at Kvaløysletta from 16 "
                    "August, the council said."
                ),
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The two schools cost about NOK 11.5 mill. a year to run, according to "
                    "a report from the city's education department."
                ),
                "a report from the city's education department",
                "according to",
                "W",
            ),
            (
                "Per pupil, that is roughly three times the city average, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We have 11 pupils in the first four classes at Lille Sandøy, and next "
                    "year we will have seven,” said Hanne Strøm-Ellingsen of the Labour "
                    "Party, who chairs the education committee."
                ),
                "Hanne Strøm-Ellingsen",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody wanted this.",
                "Hanne Strøm-Ellingsen",
                "said",
                "",
            ),
            (
                "But a school needs enough children to be a school,” she said.",
                "Hanne Strøm-Ellingsen",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "About 40 parents stood outside the town hall with torches and banners "
                    "before the vote."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "The parents' group Foreldrelaget på Kvaløya says the longest route to "
                    "Kvaløysletta will take 45 minutes each way in winter."
                ),
                "Foreldrelaget på Kvaløya",
                "says",
                "W",
            ),
        ],
        [
            (
                (
                    "“Six-year-olds on a bus in the polar night for an hour and a half a "
                    "day – is that what the council calls a good school?” said Sigrun "
                    "Aas-Bakkevold, who leads the group and has two children at Skarvvik."
                ),
                "Sigrun Aas-Bakkevold",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "She said 212 people had signed a letter asking the council to wait one "
                    "more year."
                ),
                "Sigrun Aas-Bakkevold",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Progress Party and the Red Party voted against.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Anders Sjøvoll, the Red Party's group leader, said the council had "
                    "spent NOK 38 million on a new roundabout at Langnes last year “and now "
                    "it is the children who pay”."
                ),
                "Anders Sjøvoll",
                "said",
                "W",
            ),
        ],
        [
            (
                "“It's a question of priorities, not of money,” Sjøvoll told Rikskanal.",
                "Anders Sjøvoll",
                "told Rikskanal",
                "",
            ),
        ],
        [
            (
                (
                    "Under the plan, two extra bus departures will run from Brensvik, at "
                    "07.05 and 07.35, it said."
                ),
                "Tromsø city council",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The school building at Skarvvik will be offered to the local sports "
                    "club, while the city has not decided what to do with Lille Sandøy, "
                    "which dates from 1958."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Read also: Bus fares on Kvaløya to stay frozen in 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Several parents said they would complain to the county governor.",
                "Several parents",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A spokesperson for the county governor's office, Kjersti Holm-Nakken, "
                    "said a complaint could only be about whether the decision followed the "
                    "Education Act, not about whether it was wise."
                ),
                "Kjersti Holm-Nakken",
                "said",
                "W",
            ),
        ],
        [
            (
                "Complaints must be filed within three weeks, she said.",
                "Kjersti Holm-Nakken",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the village shop at Skarvvik, the mood on Friday morning was quiet.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "“The school is the last thing we had,” said Oddbjørn Kilde, 71, who "
                    "went to Skarvvik himself in the 1960s."
                ),
                "Oddbjørn Kilde",
                "said",
                "",
            ),
        ],
        [
            (
                "“First the post office, then the petrol pump, now this.",
                "Oddbjørn Kilde",
                "said",
                "",
            ),
            (
                "What is left?”",
                "Oddbjørn Kilde",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Tromsø has closed nine small schools since 2010, according to "
                    "Statistics Norway."
                ),
                "Statistics Norway",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Strøm-Ellingsen said no further closures were planned before the next "
                    "local election in Sept. 2029."
                ),
                "Hanne Strøm-Ellingsen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tags: Tromsø · Schools · Kvaløya · Local politics",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from Troms og Finnmark",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Avalanche danger raised to level 3 in the Lyngen Alps",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Airport runway reopens after a night of repairs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Read Rikskanal in the app – it's free",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rikskanal – Norwegian Public Broadcasting.",
                "",
                "",
                "B",
            ),
            (
                "Editor-in-chief: Marte Stavnes-Sem",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Privacy   Cookies   Contact   Accessibility",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 2
    [
        [
            (
                "≡   DAILY CORNCRAKE   👤",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEWS   SPORT   SHOWBIZ   TV   MONEY   TRAVEL",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home › News › UK News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Spaniel survives 60ft cliff fall after chasing seagull near Tintagel",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "‘I thought she was gone’, says owner after four-hour rescue on Cornish coast",
                "Wendy Chenhalls",
                "says",
                "",
            ),
        ],
        [
            (
                "By Jordan Blakewell-Fry",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "13:22, 22 Mar 2027 | Updated 15:05, 22 Mar 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share    Comments (48)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Biscuit, a three-year-old springer spaniel, was wrapped in a blanket "
                    "after being lifted off the ledge"
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "(Image: Boscastle Coastguard Rescue Team)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A springer spaniel survived a 60ft fall down a cliff near Tintagel "
                    "after chasing a seagull over the edge on Sunday afternoon."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Biscuit, three, landed on a narrow ledge above the sea and spent "
                    "almost four hours there before coastguards reached her with ropes."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Her owner, Wendy Chenhalls, 54, from Camelford, said: “One second she "
                    "was next to me and the next she just wasn't there."
                ),
                "Wendy Chenhalls",
                "said",
                "",
            ),
        ],
        [
            (
                "“I screamed her name and couldn't hear anything over the wind.",
                "Wendy Chenhalls",
                "said",
                "",
            ),
            (
                "I thought she was gone.”",
                "Wendy Chenhalls",
                "said",
                "",
            ),
        ],
        [
            (
                "Mrs Chenhalls said she rang 999 at about 2.40pm and asked for the coastguard.",
                "Wendy Chenhalls",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "HM Coastguard said teams from Boscastle and Port Isaac were sent to "
                    "the scene along with the RNLI's inshore lifeboat."
                ),
                "HM Coastguard",
                "said",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Rescuer Callum Penhellick, 29, was lowered about 45ft down the cliff on a line."),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He said: “She was shaking but she wagged her tail as soon as she saw me.",
                "Callum Penhellick",
                "said",
                "",
            ),
            (
                "Good girl!",
                "Callum Penhellick",
                "said",
                "",
            ),
            (
                "I think she was more worried about the seagull.”",
                "Callum Penhellick",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "He said his team had been called to 14 dogs on cliffs in north "
                    "Cornwall since January last year, and two of them had died."
                ),
                "Callum Penhellick",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The coastguard urged owners to keep dogs on leads near cliff edges and "
                    "never to climb down after them."
                ),
                "The coastguard",
                "urged",
                "",
            ),
        ],
        [
            (
                (
                    "“If your dog goes over, call 999 and ask for the coastguard – don't "
                    "become the second casualty,” it said."
                ),
                "HM Coastguard",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Biscuit was checked by a vet in Wadebridge on Monday and has a cut paw "
                    "and a bruised hip."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“She's had chicken for tea two nights running,” Mrs Chenhalls laughed.",
                "Wendy Chenhalls",
                "laughed",
                "",
            ),
        ],
        [
            (
                "She added: “Will I be going back to Tintagel?",
                "Wendy Chenhalls",
                "added",
                "",
            ),
            (
                "Not with her off the lead, no way!”",
                "Wendy Chenhalls",
                "added",
                "",
            ),
        ],
        [
            (
                "The Port Isaac lifeboat was stood down at 4.15pm once Biscuit was safe.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Got a story?",
                "",
                "",
                "B",
            ),
            (
                "Email news@dailycorncrake.co.uk or WhatsApp us.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "MOST READ",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "1",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Soap star's secret wedding in Ibiza revealed",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Motorway shut for 9 hours after lorry sheds 20 tonnes of potatoes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "3",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lottery couple who won £2.1m buy back pub where they met",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Join the conversation.",
                "",
                "",
                "B",
            ),
            (
                "Log in or sign up to comment.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Follow us: Facebook · X · Instagram · TikTok",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© Corncrake Media Group Ltd 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Terms | Privacy | Cookie settings | Contact us",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 3
    [
        [
            (
                "Skip to main content",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Millbrand Courier-Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe    Sign In",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Local News    Sports    Business    Opinion    Obituaries    e-Edition "
                    "Classifieds"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "LOCAL",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vendholt County to close Route 22 bridge over Tolliver Creek for nine months",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The $14.2 million replacement of the 1961 span will send about 6,800 "
                    "vehicles a day on a 7-mile detour starting April 19"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dana Stroebel-Reyes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Courier-Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published 5:03 a.m. ET March 24, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Traffic crosses the Tolliver Creek bridge on Route 22 on Monday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dana Stroebel-Reyes/The Courier-Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "MILLBRAND, Ohio — The county bridge that carries Route 22 over "
                    "Tolliver Creek will close April 19 so crews can tear it down and build "
                    "a new one, Vendholt County commissioners decided Tuesday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The commissioners voted 3-0 to award the $14.2 million contract to "
                    "Brantner Bridge & Paving Co. of Zanesville, the lowest of four "
                    "bidders."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The bridge was rated “poor” in its last state inspection in Oct. 2026, "
                    "according to Ohio Department of Transportation records."
                ),
                "Ohio Department of Transportation records",
                "according to",
                "W",
            ),
            (
                (
                    "County Engineer Glenn A. Wroblewicz said the deck had been patched 11 "
                    "times since 2018."
                ),
                "Glenn A. Wroblewicz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've been putting Band-Aids on it for a decade,” Wroblewicz said.",
                "Glenn A. Wroblewicz",
                "said",
                "",
            ),
            (
                "“At some point you stop patching and you replace.”",
                "Glenn A. Wroblewicz",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "He said federal and state grants will cover $11.4 million, about 80%, "
                    "and the county will pay the rest from its permissive license fee fund."
                ),
                "Glenn A. Wroblewicz",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The detour will take drivers north on state Route 93 and east on "
                    "Township Road 418, adding about 7 miles to most trips."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "About 6,800 vehicles cross the bridge on an average day, according to "
                    "a 2025 traffic count."
                ),
                "a 2025 traffic count",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Marla Shultz, who owns the Tolliver Creek Diner about 200 yards from "
                    "the bridge, said she was worried."
                ),
                "Marla Shultz",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "She said about half her breakfast customers are commuters who cross "
                    "the bridge on their way into Millbrand."
                ),
                "Marla Shultz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nine months is a long time for a place like mine,” she said.",
                "Marla Shultz",
                "said",
                "",
            ),
            (
                "“I'll be here.",
                "Marla Shultz",
                "said",
                "",
            ),
            (
                "I just hope they find me.”",
                "Marla Shultz",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Wroblewicz said signs pointing to businesses on the closed stretch "
                    "would be posted at both ends of the detour."
                ),
                "Glenn A. Wroblewicz",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Commissioner Tom Brickell-Ngata asked whether the work could be done "
                    "in two phases so one lane could stay open."
                ),
                "Tom Brickell-Ngata",
                "asked",
                "",
            ),
        ],
        [
            (
                (
                    "That would add about $2 million and five months, Wroblewicz said, "
                    "because the new bridge will be 8 feet wider than the old one."
                ),
                "Glenn A. Wroblewicz",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Vendholt County school district said 11 bus routes would change.",
                "The Vendholt County school district",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Transportation supervisor Renee D. Villarrubia said students on the "
                    "east side of the creek would be picked up about 15 minutes earlier "
                    "starting April 19."
                ),
                "Renee D. Villarrubia",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The contract calls for the bridge to reopen by Jan. 15, 2028, with a "
                    "bonus of $5,000 for each day it opens early, up to $150,000."
                ),
                "",
                "",
                "W",
            ),
            (
                "Nobody on the board expects to pay the full bonus.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "The county will hold an open house on the project at 6:30 p.m. April 7 "
                    "at the Millbrand Public Library, 210 N. Cherry St."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Reach Dana Stroebel-Reyes at dstroebel@mbcourier.com or 740-555-0193.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More Local News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Millbrand council approves 2% water rate increase",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vendholt County fair board picks new manager",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Two hurt in crash on state Route 93",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Commenting is available to subscribers only.",
                "",
                "",
                "B",
            ),
            (
                "Subscribe now for 99¢ a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Contact Us | Help Center | Privacy Policy | Terms of Service | Your "
                    "Privacy Choices"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2027 The Millbrand Courier-Gazette.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 4
    [
        [
            (
                "Shared via Cerrado News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Brazil's arabica harvest to fall 9% after drought in Minas Gerais, "
                    "growers' body forecasts"
                ),
                "Sul de Minas Coffee Growers Association",
                "forecasts",
                "W",
            ),
        ],
        [
            (
                "https://cerrado.news/en/markets/brazil-coffee-harvest-2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "April 6, 2027 4:51 PM GMT-3 · Updated 2 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "SÃO PAULO, April 6 (Cerrado) - Brazil's 2027 arabica coffee crop will "
                    "fall about 9% from last year to 38.6 million 60-kg bags after a dry "
                    "spell in Minas Gerais, the Sul de Minas Coffee Growers Association "
                    "said on Tuesday."
                ),
                "Sul de Minas Coffee Growers Association",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Robusta output is expected to rise 4% to 24.1 million bags, it said, "
                    "putting the total crop at 62.7 million bags."
                ),
                "Sul de Minas Coffee Growers Association",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Rainfall in southern Minas Gerais, which grows about a third of "
                    "Brazil's arabica, was 41% below average between September and "
                    "November, when the trees flower, the association said."
                ),
                "the association",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    '"We saw flowers drop before they opened," Rogério Vasconcelos Tavira, '
                    "the association's president, told Cerrado by phone from Varginha."
                ),
                "Rogério Vasconcelos Tavira",
                "told Cerrado",
                "",
            ),
        ],
        [
            (
                '"Some farms will lose 20% to 25%.',
                "Rogério Vasconcelos Tavira",
                "told Cerrado",
                "W",
            ),
            (
                'Others, with irrigation, will be fine."',
                "Rogério Vasconcelos Tavira",
                "told Cerrado",
                "",
            ),
        ],
        [
            (
                (
                    "The forecast is below the 41.2 million bags of arabica estimated in "
                    "January by the government crop agency Conab, which publishes its next "
                    "estimate on May 13."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Arabica futures rose 2.3% to $3.41 per lb. in New York on Tuesday "
                    "after the forecast was released."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Exporters shipped 3.1 million bags in March, down 12% from a year "
                    "earlier, according to shipping data from the exporters' group "
                    "Brasexport."
                ),
                "shipping data from the exporters' group Brasexport",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Traders said the market was already tight and that roasters had been "
                    "drawing down stocks since the start of the year."
                ),
                "Traders",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    '"The market was not pricing a crop this small," said Hilde '
                    "Marcussen-Prado, a softs analyst at Correia & Baltar Commodities in "
                    "São Paulo."
                ),
                "Hilde Marcussen-Prado",
                "said",
                "",
            ),
        ],
        [
            (
                '"If Conab confirms it in May, we could see another rally.',
                "Hilde Marcussen-Prado",
                "said",
                "",
            ),
            (
                'Who is going to sell now?"',
                "Hilde Marcussen-Prado",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Certified arabica stocks in exchange warehouses fell to 612,000 bags "
                    "last week, the lowest since 2024."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Vietnam, the biggest robusta grower, is expected to harvest 28.4 "
                    "million bags in 2027/28, according to a Cerrado poll of 11 traders and "
                    "analysts."
                ),
                "a Cerrado poll of 11 traders and analysts",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Brazilian farmers received an average of 2,140 reais per bag of "
                    "arabica in March, up 38% from a year earlier, according to a farm-gate "
                    "price index compiled by a university in Piracicaba."
                ),
                "a farm-gate price index compiled by a university in Piracicaba",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Vasconcelos Tavira said high prices had led some farmers to hold back "
                    "coffee in the hope of further gains."
                ),
                "Rogério Vasconcelos Tavira",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Nobody wants to sell at 2,100 if it could be 2,500 in June," he said.',
                "Rogério Vasconcelos Tavira",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "U.S. roasters including Kellmore Brands Inc. and Brassfield-Hayes have "
                    "raised retail prices twice since October."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Farmers in the region also face higher costs, with fertilizer prices "
                    "up 18% from a year ago, according to the association."
                ),
                "the association",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    '"I have 40 hectares and I will pick maybe 900 bags, not 1,300," said '
                    "Joaquim Batistela Ruas, who grows coffee near Três Pontas."
                ),
                "Joaquim Batistela Ruas",
                "said",
                "",
            ),
        ],
        [
            (
                '"The price is good, but what good is a price if you have no coffee?"',
                "Joaquim Batistela Ruas",
                "said",
                "",
            ),
        ],
        [
            (
                "The association's survey covered 1,420 farms in 96 municipalities, it said.",
                "Sul de Minas Coffee Growers Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The association's next survey is due in August, after the harvest.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brazil is the world's largest producer and exporter of coffee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "FACTBOX-Brazil 2027 coffee forecast (million 60-kg bags)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Arabica: 38.6 (2026: 42.4)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Robusta: 24.1 (2026: 23.2)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Total: 62.7 (2026: 65.6)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "(Reporting by Tiago Rebouças Aurélio; Editing by Priya Sandhaven-Nunes)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related coverage",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "European roasters pass on higher bean costs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brazil's soy exports hit a record in March",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Our Standards: The Cerrado Trust Principles.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2027 Cerrado Agência de Notícias S.A.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the Cerrado News app for iOS and Android",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sent from my iPhone",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 5
    [
        [
            (
                "Sign in   |   Subscribe   |   Newsletters",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "THE KRANSKOP FINANCIAL MAIL",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Markets · Companies · Economy · Mining · Property · Opinion · Careers",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "JSE ALL SHARE 89,412 ▲0.4%   USD/ZAR 17.84   BRENT $81.20   GOLD $2,914",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COMPANIES / RETAIL",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "PREMIUM",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Amahle Home & Hardware to shut 23 stores as interim profit falls 31%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Group says building activity in Gauteng is at its weakest since 2020, "
                    "and cuts interim dividend by half"
                ),
                "Amahle Home & Hardware",
                "says",
                "W",
            ),
        ],
        [
            (
                "Sipho Mokgoatsane-Venter  Retail Writer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "16 March 2027 - 11:42 · 4 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  ·  Save  ·  Print",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Customers at an Amahle Home & Hardware store in Boksburg.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Picture: Mandla Groenewald",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Amahle Home & Hardware will close 23 of its 187 stores by the end of "
                    "June after trading profit for the six months to Dec. 31 fell 31% to "
                    "R612m, the group said on Tuesday."
                ),
                "the group",
                "said",
                "W",
            ),
            (
                "Revenue rose 2.1% to R8.94bn.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Headline earnings per share fell to 118.4c from 171.9c, and the "
                    "interim dividend was cut to 30c/share from 60c, it said."
                ),
                "Amahle Home & Hardware",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Chief executive Zanele Sondlo-Price said most of the stores to close "
                    "were small outlets in Gauteng and the Free State that had lost money "
                    "for at least two years."
                ),
                "Zanele Sondlo-Price",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We opened too many stores too close to each other between 2019 and "
                    "2022,” Sondlo-Price said."
                ),
                "Zanele Sondlo-Price",
                "said",
                "",
            ),
            (
                "“That was my mistake as much as anyone's.”",
                "Zanele Sondlo-Price",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "She said the closures would cost about R140m in once-off charges in "
                    "the second half, mainly lease exits and write-downs."
                ),
                "Zanele Sondlo-Price",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "About 640 of the group's approx. 9,800 employees work in the affected "
                    "stores, and the group said it would offer transfers to “as many as "
                    "possible”."
                ),
                "the group",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The group said building plan approvals in Gauteng's metros fell 17% in "
                    "2026, the weakest level since 2020, and contractors had cut back on "
                    "orders."
                ),
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read more: Building plans passed fall for a third straight quarter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Financial director Kabelo van Rooyen-Dube said net debt stood at "
                    "R1.18bn at the end of December, vs. R1.02bn a year earlier."
                ),
                "Kabelo van Rooyen-Dube",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the group remained within its lending covenants “with room to spare”.",
                "Kabelo van Rooyen-Dube",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Shares in Amahle fell as much as 7.8% in early trade on the JSE before "
                    "closing 4.6% lower at R38.15."
                ),
                "",
                "",
                "W",
            ),
            (
                "They have lost 29% over the past 12 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "“The closures were overdue,” said Tebogo Ackerman-Sithole, a retail "
                    "analyst at Marula Crest Securities."
                ),
                "Tebogo Ackerman-Sithole",
                "said",
                "",
            ),
        ],
        [
            (
                "“What worries me is the core business.",
                "Tebogo Ackerman-Sithole",
                "said",
                "",
            ),
            (
                "Same-store sales were down 3.4% in a period when rivals were flat.",
                "Tebogo Ackerman-Sithole",
                "said",
                "W",
            ),
            (
                "Is that just Gauteng?”",
                "Tebogo Ackerman-Sithole",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Rival Sizani Build It-Mart Ltd.'s results for the same period, "
                    "published in February, showed a 1.2% rise in comparable sales."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Sondlo-Price said trading in January and February had been “slightly "
                    "better”, with sales up 1.8% on last year."
                ),
                "Zanele Sondlo-Price",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We're not calling a recovery,” she told analysts on a call.",
                "Zanele Sondlo-Price",
                "told analysts",
                "",
            ),
        ],
        [
            (
                "Sign up for the Morning Markets newsletter.",
                "",
                "",
                "B",
            ),
            (
                "Get the day's market moves in your inbox before 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Retail and Hardware Workers' Alliance, which represents about "
                    "2,100 of the group's workers, said it had not been consulted on the "
                    "closures."
                ),
                "The Retail and Hardware Workers' Alliance",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We learnt about this from the newspaper, like everyone else,” said "
                    "the alliance's regional organiser, Ayanda Kholwane."
                ),
                "Ayanda Kholwane",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The group said consultations under section 189 of the Labour Relations "
                    "Act would begin next week."
                ),
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "Amahle was founded in Pietermaritzburg in 1974 and listed on the JSE in 2006.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "RELATED",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hardware retailers brace for a slow year as rate cuts stall",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Paint maker lifts prices 6% on higher resin costs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Property: Shopping centre vacancies rise in smaller towns",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2027 Kranskop Media (Pty) Ltd.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "About us   Terms and conditions   Privacy policy   PAIA manual   "
                    "Advertise   Contact us"
                ),
                "",
                "",
                "B",
            ),
        ],
    ],
    # 6
    [
        [
            (
                "🔴 LIVE: Prairie 9 News at Noon",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "☰   PRAIRIE 9 NEWS   ⌕",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Winnipeg  -14°C  Light snow",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "40 people out of their homes after early-morning fire at St. Boniface "
                    "apartment block"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Watch: Crews fight fire on Rue Lavallée",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "2:07",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Smoke pours from the roof of a three-storey apartment block on Rue "
                    "Lavallée early Thursday."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Video: Prairie 9 News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kerry-Anne Hagemeyer · Prairie 9 News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Posted Mar 18, 2027 11:02 am CDT · Last Updated 1 hour ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  ·  Facebook  ·  X  ·  Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "About 40 people were forced from their homes after a fire tore through "
                    "a three-storey apartment block in St. Boniface early Thursday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Winnipeg Fire Paramedic Service crews were called to the building on "
                    "Rue Lavallée near Ste. Anne Rd. at 4:10 a.m."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Flames were coming from the roof when the first truck arrived, "
                    "District Chief Marc-Olivier Dussault said."
                ),
                "Marc-Olivier Dussault",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Dussault said about 45 firefighters and 12 trucks were at the scene at "
                    "the height of the blaze, which was declared under control at approx. "
                    "7:30 a.m."
                ),
                "Marc-Olivier Dussault",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Two residents were taken to hospital in stable condition with smoke "
                    "inhalation, he said, and one firefighter was treated for a hand "
                    "injury."
                ),
                "Marc-Olivier Dussault",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The crews did a great job getting everyone out.",
                "Marc-Olivier Dussault",
                "said",
                "",
            ),
            (
                "It was a tough fire in tough cold,” he said.",
                "Marc-Olivier Dussault",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The cause is under investigation, but Dussault said it did not appear "
                    "to be suspicious."
                ),
                "Marc-Olivier Dussault",
                "said",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The building has 22 units.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Damage is estimated at $1.6 million, Dussault said.",
                "Marc-Olivier Dussault",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Resident Yolande Pitre-Agbaje said she woke up to neighbours banging "
                    "on her door."
                ),
                "Yolande Pitre-Agbaje",
                "said",
                "",
            ),
        ],
        [
            (
                "“I grabbed my cat and my phone.",
                "Yolande Pitre-Agbaje",
                "said",
                "",
            ),
            (
                "That's it.",
                "Yolande Pitre-Agbaje",
                "said",
                "",
            ),
            (
                (
                    "Everything else is gone,” she said, standing across the street in a "
                    "borrowed parka."
                ),
                "Yolande Pitre-Agbaje",
                "said",
                "",
            ),
        ],
        [
            (
                "“Where do we go now?” she asked.",
                "Yolande Pitre-Agbaje",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The Canadian Red Cross said it was helping 31 adults and nine children "
                    "with emergency lodging, food and clothing."
                ),
                "Canadian Red Cross",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The agency set up a reception centre at the St. Boniface community "
                    "club on Rue Des Meurons, it said."
                ),
                "Canadian Red Cross",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The building's owner, Lavallée Court Holdings, did not respond to a "
                    "request for comment Thursday."
                ),
                "Lavallée Court Holdings",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                (
                    "Coun. Matthieu Arsenault-Roy, who represents St. Boniface, said he had "
                    "spoken to several tenants."
                ),
                "Matthieu Arsenault-Roy",
                "said",
                "",
            ),
            (
                "“These are people who have lived in that building for 20 years.",
                "Matthieu Arsenault-Roy",
                "said",
                "",
            ),
            (
                "We'll make sure they're not forgotten,” he said.",
                "Matthieu Arsenault-Roy",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The City of Winnipeg said the building had passed a fire inspection in "
                    "Nov. 2025."
                ),
                "The City of Winnipeg",
                "said",
                "W",
            ),
        ],
        [
            (
                "It was the fourth fire at an apartment building in Winnipeg this month.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Anyone wanting to help can donate through the Red Cross.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "With files from Denis Gaudrault-Cyr",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "TRENDING",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Perimeter Highway crash closes westbound lanes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jets lose in overtime to Colorado",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Snow clearing: residential plow routes start Friday",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get breaking news alerts.",
                "",
                "",
                "B",
            ),
            (
                "Download the Prairie 9 News app.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2027 Prairie 9 News, a division of Assiniboine Broadcasting Inc.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Privacy · Terms · Accessibility · Contact",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 7
    [
        [
            (
                "THE KINGSVILLE NATTER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News, gossip and good coffee from Melbourne's inner west",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "☰ MENU",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local news",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Council to swap 14 car parks on Wattletree Parade for two parklets",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Posted by Bec Brockhurst-Albrecht on 9 April 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "8 comments",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Well, it's happening.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Maribyrnong City Council voted 6-3 on Tuesday night to trial two "
                    "parklets and a bike corral on Wattletree Parade, taking out 14 of the "
                    "strip's 51 on-street car parks."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The trial will cost about $86,000 and run for 12 months from June, "
                    "according to a council officers' report."
                ),
                "a council officers' report",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "I walked the strip on Wednesday morning to see what people thought, "
                    "and let's just say opinions differ."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Cr Ruby Castellano-Hart, who moved the motion, said a survey of 410 "
                    "shoppers last year found that 62 per cent arrived on foot, by bike or "
                    "by tram."
                ),
                "Ruby Castellano-Hart",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The street is for people.",
                "Ruby Castellano-Hart",
                "said",
                "",
            ),
            (
                "Cars are welcome, but they aren't the only customers,” she said.",
                "Ruby Castellano-Hart",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The report said parking occupancy on Wattletree Parade averaged 71 per "
                    "cent on weekdays and 84 per cent on Saturdays."
                ),
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Three councillors, Cr Dimitri Kourakis, Cr Tess O'Loughlin-Pham and Cr "
                    "Jarrah Whitlam-Seng, voted against the trial."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Wattletree Traders Group is split.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Its president, Sal Vescio, who runs the fruit shop at No. 112, said "
                    "older customers needed to park out front."
                ),
                "Sal Vescio",
                "said",
                "",
            ),
        ],
        [
            (
                "“Half my Saturday trade is nonnas with trolleys,” Mr Vescio said.",
                "Sal Vescio",
                "said",
                "",
            ),
            (
                "“Where are they going to park?",
                "Sal Vescio",
                "said",
                "",
            ),
            (
                "Up on the roof?”",
                "Sal Vescio",
                "said",
                "",
            ),
        ],
        [
            (
                "Next door at Lune Coffee, owner Priya Hollingdale was more upbeat.",
                "",
                "",
                "",
            ),
            (
                "“Bring it on!",
                "Priya Hollingdale",
                "said",
                "",
            ),
            (
                "We've been asking for outdoor seating since 2021,” she said.",
                "Priya Hollingdale",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "She said she would have to pay about $1,900 a year for a footpath "
                    "trading permit for the six tables she plans to put out."
                ),
                "Priya Hollingdale",
                "said",
                "W",
            ),
        ],
        [
            (
                ("The local bike group Inner West Bike Users said the corral would hold 12 bikes."),
                "Inner West Bike Users",
                "said",
                "W",
            ),
        ],
        [
            (
                "Is 14 car parks a lot?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Depends who you ask, honestly.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "For what it's worth, the report said the nearest side streets had "
                    "about 90 free spaces at peak times."
                ),
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The council said it would review the trial after six months and report "
                    "back to councillors."
                ),
                "The council",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "There's a drop-in session with council officers on Sat. 10 April at "
                    "the Wattletree Parade library, 9am–1pm."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "I'll be there, probably with a coffee.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Tags: parking, Wattletree Parade, council, bikes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Like this:",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Like Loading...",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share: Facebook | Email | WhatsApp",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Leave a reply",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Your email address will not be published.",
                "",
                "",
                "B",
            ),
            (
                "Required fields are marked *",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Natter is run by one person and a lot of coffee.",
                "",
                "",
                "B",
            ),
            (
                "If you like it, shout me a cuppa on Ko-fi.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Powered by WordPress | Theme: Sapling by Groveworks",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 8
    [
        [
            (
                "teatrademonitor.in",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "First-flush CTC prices up 14% at Guwahati as early rain lifts quality",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Arunav Bezbaruah-Kakoty",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "5–6 minutes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "GUWAHATI: The average price of CTC leaf at the Guwahati Tea Auction "
                    "Centre rose 14% to Rs. 212.46 per kg at Sale No. 12 this week, "
                    "according to a sale report by Luitpara Tea Brokers Pvt. Ltd."
                ),
                "a sale report by Luitpara Tea Brokers Pvt. Ltd.",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Against that, the same sale last year averaged Rs. 186.30 a kg.",
                "",
                "",
                "W",
            ),
            (
                "Offerings were 1.42 million kg.",
                "",
                "",
                "W",
            ),
            (
                "Of that, about 88% was sold.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The broker said demand from packeteers in north India was strong, with "
                    "several large buyers bidding for the first time this season."
                ),
                "the broker",
                "said",
                "W",
            ),
        ],
        [
            (
                "Orthodox leaf averaged Rs. 318.75, it said, up 9%.",
                "Luitpara Tea Brokers Pvt. Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The broker said about 22% of the offerings were first-flush teas, "
                    "against 15% at the same sale last year."
                ),
                "the broker",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Buyers were waiting for good liquoring teas after a poor finish to "
                    "last season."
                ),
                "Pranab Gogoi-Rahman",
                "said",
                "",
            ),
            (
                (
                    "When they came, they paid,” said Pranab Gogoi-Rahman, a senior "
                    "auctioneer at Luitpara."
                ),
                "Pranab Gogoi-Rahman",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "He said dust grades sold at an average of Rs. 225.80, the highest for "
                    "a March sale since the centre began keeping electronic records in "
                    "2009."
                ),
                "Pranab Gogoi-Rahman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sale No. 12 had 214 registered buyers, 11 more than a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Auction centre schedules show Sale No. 13 on March 30 and 31.",
                "Auction centre schedules",
                "show",
                "W",
            ),
        ],
        [
            (
                (
                    "Production in Assam in February was 4.8 million kg, up from 3.9 "
                    "million kg a year earlier, according to Tea Board data."
                ),
                "Tea Board data",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Debajit Hazarika-Rongpi, secretary of the Upper Assam Small Planters' "
                    "Association, said rain in the last week of February had brought the "
                    "first plucking forward by about 10 days."
                ),
                "Debajit Hazarika-Rongpi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Last year we had dry weather right up to the middle of March.",
                "Debajit Hazarika-Rongpi",
                "said",
                "W",
            ),
            (
                "This year the bushes flushed early and the leaf is good,” he said.",
                "Debajit Hazarika-Rongpi",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "He said small growers were getting Rs. 24 to Rs. 27 a kg for green "
                    "leaf from bought-leaf factories, against Rs. 19 in March 2026."
                ),
                "Debajit Hazarika-Rongpi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Also read: Darjeeling first flush: estates report lower volumes after "
                    "cold January"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Pluckers at work on an estate near Dibrugarh.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Photo: TTM",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Nilotpal Saikia-Barooah, manager of the Sonapur Hills estate in "
                    "Golaghat district, said his garden had sold 31,000 kg at the sale, at "
                    "an average of Rs. 241 per kg."
                ),
                "Nilotpal Saikia-Barooah",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Prices like this in March are rare.",
                "Nilotpal Saikia-Barooah",
                "said",
                "",
            ),
            (
                "But wages went up on January 1, and coal and gas cost more,” he said.",
                "Nilotpal Saikia-Barooah",
                "said",
                "W",
            ),
            (
                "“Ask me again in June.”",
                "Nilotpal Saikia-Barooah",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Daily wages for tea workers in Assam rose to Rs. 290 from Rs. 265 on "
                    "January 1 after a state government notification."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Not everyone in the trade is celebrating.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Some exporters said higher prices could cost Indian tea orders in Iran "
                    "and Russia, where Kenyan CTC sells for less."
                ),
                "Some exporters",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Kenyan CTC averaged US$2.61 per kg last week, according to auction "
                    "results from Mombasa."
                ),
                "auction results from Mombasa",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The India Meteorological Department has forecast normal to "
                    "above-normal rain in Assam in April."
                ),
                "The India Meteorological Department",
                "has forecast",
                "W",
            ),
        ],
        [
            (
                "“If we get that rain and some sun, the second flush will be big.",
                "Debajit Hazarika-Rongpi",
                "said",
                "",
            ),
            (
                "Then prices will come down,” Hazarika-Rongpi said.",
                "Debajit Hazarika-Rongpi",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ravinder Kohli-Bhasin, a buyer for M/s. Saraswati Blenders of Delhi, "
                    "said his firm had bought about 40,000 kg across Sales No. 11 and 12."
                ),
                "Ravinder Kohli-Bhasin",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Will prices hold?",
                "Ravinder Kohli-Bhasin",
                "said",
                "",
            ),
            (
                "If the second flush is normal, no,” he said.",
                "Ravinder Kohli-Bhasin",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Exports of Indian tea in 2026 were 251 million kg, according to the "
                    "Tea Board, with Iran, Russia and the UAE the biggest buyers."
                ),
                "the Tea Board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Guwahati centre is India's largest for CTC tea by volume.",
                "",
                "",
                "W",
            ),
        ],
    ],
    # 9
    [
        [
            (
                "The Bitgoeul Herald | English Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "https://www.bitgoeulherald.co.kr/en/news/articleView.html?idxno=48213",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Print   Close",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published 2027.03.29 17:20   Modified 2027.03.30 09:05",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Gwangju to replace 310 diesel buses with electric by 2029",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                ("City to spend W41.6 billion; drivers' union wants charging time counted as work"),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Tak Yun-seol   yunseol@bitgoeulherald.co.kr",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Gwangju will replace 310 of its 1,006 city buses with electric models "
                    "over the next three years, Mayor Kang Min-jae said Monday."
                ),
                "Kang Min-jae",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The city will spend W41.6 billion, about half of it from national "
                    "subsidies, on the buses and on 120 charging points at four garages, "
                    "Mayor Kang said."
                ),
                "Kang Min-jae",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Clean air should not depend on which neighborhood you live in,” Kang "
                    "said at a briefing at City Hall."
                ),
                "Kang Min-jae",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "He said the first 95 buses would go to routes in Buk and Gwangsan "
                    "districts, where roadside levels of nitrogen dioxide are highest."
                ),
                "Kang Min-jae",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Gwangju's buses run on about 90 routes and carry 410,000 passengers on "
                    "an average weekday, according to the city's transport bureau."
                ),
                "the city's transport bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The bureau said the new buses could run about 320 km.",
                "The bureau",
                "said",
                "W",
            ),
            (
                "That is enough for a full day on most routes without recharging.",
                "The bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The contract for the first batch went to Yeonsan Mobility Co., Ltd. of "
                    "Changwon, which also supplies buses to Daegu and Ulsan."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said it would deliver the first 40 buses in September.",
                "Yeonsan Mobility Co., Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Route No. 1000, the busiest in the city, will be among the first to switch.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Pyo Jae-hun, a policy official at the Gwangju branch of the bus "
                    "drivers' union, said drivers on electric routes in other cities had "
                    "lost breaks because of charging."
                ),
                "Pyo Jae-hun",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“If a driver waits 30 minutes at a charger, is that work or is that "
                    "rest?” Pyo said."
                ),
                "Pyo Jae-hun",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the union would raise the issue in wage talks that start in May.",
                "Pyo Jae-hun",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kang said the city would “look at the rules” with bus operators.",
                "Kang Min-jae",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ban Seo-yeon, 34, who rides the No. 1000 bus to work each day, said "
                    "she welcomed the plan."
                ),
                "Ban Seo-yeon",
                "said",
                "",
            ),
            (
                "“The old buses shake and smell.",
                "Ban Seo-yeon",
                "said",
                "",
            ),
            (
                "Why did it take so long?” she said.",
                "Ban Seo-yeon",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Moon Ha-gyeong, a Ph.D. researcher at the Honam Institute for Urban "
                    "Policy, said an electric bus in Gwangju would cut about 58 tons of "
                    "carbon dioxide a year compared with a diesel one."
                ),
                "Moon Ha-gyeong",
                "said",
                "W",
            ),
        ],
        [
            (
                "But the gain depends on the power grid, she said.",
                "Moon Ha-gyeong",
                "said",
                "",
            ),
            (
                "“Electricity in Korea still comes partly from coal.",
                "Moon Ha-gyeong",
                "said",
                "W",
            ),
            (
                "The bus is only as clean as the plug.”",
                "Moon Ha-gyeong",
                "said",
                "",
            ),
        ],
        [
            (
                "Gwangju has 126 electric buses now, or 12.5 percent of its fleet.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Diesel buses produce about 61 percent of the fine dust from traffic "
                    "along Gwangju's main roads, according to a 2025 study by the city's "
                    "health and environment research institute."
                ),
                "a 2025 study by the city's health and environment research institute",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Asked whether fares would rise, Kang said no.",
                "Kang Min-jae",
                "said",
                "W",
            ),
            (
                "“Not because of this,” he said.",
                "Kang Min-jae",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Seoul aims to make its entire fleet electric by 2030, while Busan "
                    "plans to switch 1,000 buses by 2030."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city council will vote on the budget for the first phase on April 14.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "This article was translated from the Korean-language edition with the "
                    "help of AI and edited by staff."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © The Bitgoeul Herald.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
            (
                "Unauthorized reproduction and redistribution prohibited.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Printed on 2027-03-30 14:22",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 10
    [
        [
            (
                "View this email in your browser",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "THE PORTALES BRIEF",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "No. 412 · Wednesday, March 31, 2027 · Guadalajara",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Buenos días, readers.",
                "",
                "",
                "B",
            ),
            (
                "Here's what you need to know today.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "TOP STORY",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Line 5 is late again: the light-rail extension to Zapopan now won't "
                    "open until mid-2028"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Jalisco's infrastructure secretary, Noemí Arreguín Sotelo, said "
                    "Tuesday that the 9.3-kilometer extension of Line 5 will open in “the "
                    "second quarter of 2028”, a year later than promised."
                ),
                "Noemí Arreguín Sotelo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Yes, that's the third new date.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Arreguín Sotelo blamed the delay on two things: water and electricity "
                    "lines found under Av. Patria that were not on any city map, and a "
                    "court order that stopped work on one station for 14 weeks last year."
                ),
                "Noemí Arreguín Sotelo",
                "blamed",
                "W",
            ),
        ],
        [
            (
                (
                    "The project's cost has risen to approx. 11.8 billion pesos from 9.4 "
                    "billion, the secretary said, and the state will cover the difference."
                ),
                "the secretary",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We would rather be late than open a line that is not safe,” the "
                    "secretary said."
                ),
                "the secretary",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The line is 74% complete, according to a progress report by the "
                    "construction consortium Vía Occidente."
                ),
                "a progress report by the construction consortium Vía Occidente",
                "according to",
                "W",
            ),
        ],
        [
            (
                ("Of the seven new stations, four have their platforms finished, the report said."),
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "So what does this mean if you live along Av. Patria?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "More months of detours, basically.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Two of the four lanes between Av. Acueducto and Av. Vallarta will stay "
                    "closed until at least December, and Route 629 buses will keep running "
                    "on their detour through Col. Providencia."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "“I leave at 6:15 every morning and I'm still late,” said Tomás "
                    "Ilizaliturri Ugalde, who commutes from Zapopan to a print shop "
                    "downtown."
                ),
                "Tomás Ilizaliturri Ugalde",
                "said",
                "",
            ),
            (
                "“They told us 2026.",
                "Tomás Ilizaliturri Ugalde",
                "said",
                "",
            ),
            (
                "Then 2027.",
                "Tomás Ilizaliturri Ugalde",
                "said",
                "",
            ),
            (
                "Who believes 2028?”",
                "Tomás Ilizaliturri Ugalde",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Lucía Zaragüeta Ocampo, who studies transport at a Guadalajara "
                    "university, said rail projects in Mexican cities had opened on average "
                    "26 months late since 2010."
                ),
                "Lucía Zaragüeta Ocampo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The problem is not the engineers.",
                "Lucía Zaragüeta Ocampo",
                "said",
                "",
            ),
            (
                "It's that the dates are set at press conferences,” she said.",
                "Lucía Zaragüeta Ocampo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The neighbourhood association Vecinos de Colinas de Patria posted on "
                    "Facebook that it would hold a meeting “to decide what to do”."
                ),
                "Vecinos de Colinas de Patria",
                "posted on Facebook",
                "",
            ),
        ],
        [
            (
                (
                    "The first section of Line 5 opened in 2025 and carries about 118,000 "
                    "passengers a day."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Work on the extension began in Feb. 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "We'll keep watching this one, I promise.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "— Valeria Eberlein-Boyd, editor",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A WORD FROM OUR SPONSOR",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Casa Tlaquepaque Spanish School: Group classes from $2,400 M.N. a month.",
                "",
                "",
                "B",
            ),
            (
                "First lesson free!",
                "",
                "",
                "B",
            ),
            (
                "Book at casatlaq.mx.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ALSO IN TODAY'S ISSUE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Chapala water levels: lake at 42% of capacity",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Where to eat torta ahogada near Chapultepec",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Weekend: the book fair returns to Expo Guadalajara",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Forwarded this email?",
                "",
                "",
                "B",
            ),
            (
                "Sign up for The Portales Brief here.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You're receiving this because you subscribed at portalesbrief.com.",
                "",
                "",
                "B",
            ),
            (
                "Unsubscribe or update your preferences.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Portales Brief · Av. Chapultepec Sur 318, Col. Americana, 44160 "
                    "Guadalajara, Jal., Mexico"
                ),
                "",
                "",
                "B",
            ),
        ],
    ],
    # 11
    [
        [
            (
                "Shared from the Oasis Weekly app",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "https://oasisweekly.ng/a/bread-prices-lagos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "OASIS WEEKLY",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "MONEY & LIFE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The ₦2,200 loaf: why bread in Lagos now costs 47% more than last year",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Bakers say they have run out of ways to hide rising costs, and "
                    "families are cutting back"
                ),
                "Bakers",
                "say",
                "",
            ),
        ],
        [
            (
                "Words by Adaeze Nwaigwe-Bright",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "7 min read · April 2, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "At 5 a.m. on a Monday, the ovens at Mama Kemi's Bakery in Agege have "
                    "been on for two hours."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The bakery turns out about 1,200 loaves a day, down from 1,700 this "
                    "time last year."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“People still buy bread.",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
            (
                (
                    "They just buy less,” said Mrs. Kemi Adebanjo-Lawal, who has run the "
                    "bakery since 2009."
                ),
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "She said a 50kg bag of flour now costs her ₦96,000, against ₦61,000 in "
                    "April 2026."
                ),
                "Kemi Adebanjo-Lawal",
                "said",
                "W",
            ),
        ],
        [
            (
                "A family loaf that sold for ₦1,500 a year ago now sells for ₦2,200, she said.",
                "Kemi Adebanjo-Lawal",
                "said",
                "W",
            ),
        ],
        [
            (
                ("She has already cut the weight of her smaller loaf from 400g to 350g, she said."),
                "Kemi Adebanjo-Lawal",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I told my customers the truth.",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
            (
                "Some of them shouted at me!",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
            (
                "What can I do?”",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
        ],
        [
            (
                "“People still buy bread.",
                "",
                "",
                "B",
            ),
            (
                "They just buy less.”",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Bread prices in Lagos rose 47% between March 2026 and March 2027, "
                    "according to the National Bureau of Statistics' monthly food price "
                    "survey."
                ),
                "the National Bureau of Statistics' monthly food price survey",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Alhaji Musa Danjuma-Olaiya, chairman of the Lagos chapter of the "
                    "Association of Master Bakers and Caterers, said about 140 of the "
                    "chapter's 900 member bakeries had closed since January."
                ),
                "Musa Danjuma-Olaiya",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Danjuma-Olaiya said wheat, sugar, diesel for generators and packaging "
                    "had all gone up."
                ),
                "Musa Danjuma-Olaiya",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“A baker cannot control the price of wheat in Chicago or the price of "
                    "diesel in Apapa,” he said."
                ),
                "Musa Danjuma-Olaiya",
                "said",
                "",
            ),
        ],
        [
            (
                "Nigeria imports almost all of the wheat it uses.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Dr. Ifeoluwa Olumakinde-Grant, an economist at Lekki Policy Centre, "
                    "said the naira's fall against the dollar explained most of the rise in "
                    "flour prices."
                ),
                "Ifeoluwa Olumakinde-Grant",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Until the currency is stable, the baker is just passing on the "
                    "exchange rate,” she said."
                ),
                "Ifeoluwa Olumakinde-Grant",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A spokesman for Tiwa Golden Mills Ltd., one of the country's largest "
                    "flour millers, declined to comment on prices."
                ),
                "A spokesman for Tiwa Golden Mills Ltd.",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "In Ikorodu, Funmilayo Ogunremi-Saka, a mother of four, now buys one "
                    "loaf every two days instead of one a day."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We eat more garri and yam now,” she said.",
                "Funmilayo Ogunremi-Saka",
                "said",
                "",
            ),
            (
                "“Bread has become for Sunday.”",
                "Funmilayo Ogunremi-Saka",
                "said",
                "",
            ),
        ],
        [
            (
                "Is she angry?",
                "",
                "",
                "",
            ),
            (
                "“No.",
                "Funmilayo Ogunremi-Saka",
                "said",
                "",
            ),
            (
                "Tired,” she said.",
                "Funmilayo Ogunremi-Saka",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Danjuma-Olaiya said the association had asked the federal government "
                    "to suspend the 5% levy on imported wheat for 12 months."
                ),
                "Musa Danjuma-Olaiya",
                "said",
                "W",
            ),
        ],
        [
            (
                "The government has not replied to the request, he said.",
                "Musa Danjuma-Olaiya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Back in Agege, Mrs. Adebanjo-Lawal is counting trays.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We'll still be here next year.",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
            (
                "Smaller, maybe.",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
            (
                "But here,” she said.",
                "Kemi Adebanjo-Lawal",
                "said",
                "",
            ),
        ],
        [
            (
                "Adaeze Nwaigwe-Bright is a senior writer at Oasis Weekly.",
                "",
                "",
                "B",
            ),
            (
                "She covers the cost of living.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Read Oasis Weekly anywhere.",
                "",
                "",
                "B",
            ),
            (
                "Download the app on Google Play and the App Store.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sent from my Samsung Galaxy",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 12
    [
        [
            (
                "Can't see this email properly?",
                "",
                "",
                "B",
            ),
            (
                "Open it online.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "KOPIEC",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Independent, nonprofit, reader-funded news from Kraków",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Newsletter #87 | 7 April 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hello from the Kopiec team,",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "this week we went back to a story we first covered in 2024: the coal "
                    "stoves that were supposed to disappear from Kraków."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "About 2,300 solid-fuel stoves were still registered in the city at the "
                    "end of February, according to city data obtained by Kopiec under a "
                    "freedom of information request."
                ),
                "city data obtained by Kopiec",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Solid-fuel stoves have been banned in Kraków since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Our analysis found that 61% of the remaining stoves are in four "
                    "districts: Podgórze, Nowa Huta, Bieńczyce and Prokocim."
                ),
                "Kopiec",
                "found",
                "W",
            ),
        ],
        [
            (
                (
                    "The city's energy office said it had received 1,040 applications for "
                    "stove-replacement grants in 2026, approx. 30% fewer than in 2025."
                ),
                "the city's energy office",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said grants of up to PLN 35,000 per household were still available.",
                "the city's energy office",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The office said inspectors had fined 184 households last year, for a "
                    "total of PLN 1.2 mln."
                ),
                "the office",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Deputy mayor Anna Wierzbiańska-Ross said most of the remaining stoves "
                    "were in flats owned by pensioners or in buildings where owners could "
                    "not agree on who pays."
                ),
                "Anna Wierzbiańska-Ross",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We don't want to fine an 80-year-old widow.",
                "Anna Wierzbiańska-Ross",
                "said",
                "",
            ),
            (
                "We want to get her a heat pump,” she said.",
                "Anna Wierzbiańska-Ross",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "On ul. Mogilska we met Zdzisław Pietrasik-Hoł, 78, who still heats his "
                    "two-room flat with a tiled stove."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Who will pay for the new radiators?",
                "Zdzisław Pietrasik-Hoł",
                "said",
                "",
            ),
            (
                "The city gives a grant, but first I have to pay the installer,” he said.",
                "Zdzisław Pietrasik-Hoł",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the installer had quoted him PLN 41,000.",
                "Zdzisław Pietrasik-Hoł",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Helena Drozdowicz of the campaign group Czyste Niebo Kraków said "
                    "average PM10 levels in the city in January were 38 µg/m³."
                ),
                "Helena Drozdowicz",
                "said",
                "W",
            ),
            (
                "In 2015 it was more than 80.",
                "Helena Drozdowicz",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The ban worked.",
                "Helena Drozdowicz",
                "said",
                "",
            ),
            (
                (
                    "The last 2,000 stoves are the hardest, and that's where the city needs "
                    "to knock on doors,” she said."
                ),
                "Helena Drozdowicz",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Prof. Jerzy Kałużny-Adamek of the AGH University of Krakow said smoke "
                    "from stoves in neighbouring municipalities still drifted into the city "
                    "on cold, windless days."
                ),
                "Jerzy Kałużny-Adamek",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Is the air in Kraków clean now?",
                "Jerzy Kałużny-Adamek",
                "said",
                "",
            ),
            (
                "On a good day, yes.",
                "Jerzy Kałużny-Adamek",
                "said",
                "",
            ),
            (
                "On a bad day in January, no,” he said.",
                "Jerzy Kałużny-Adamek",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The city's energy office said it would start a door-to-door campaign "
                    "in os. Piastów and Bieńczyce in May."
                ),
                "the city's energy office",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "How we did this: We compared the city's stove register with grant and "
                    "inspection records from 2019 to 2027."
                ),
                "",
                "",
                "B",
            ),
            (
                "The full data set is on our website.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kopiec is a nonprofit newsroom funded by our readers.",
                "",
                "",
                "B",
            ),
            (
                "Can you support us with PLN 20 a month?",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "DONATE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thanks for reading,",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Marta, Olek and Zuzanna",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fundacja Kopiec · ul. Halicka 7/3, 30-538 Kraków · KRS 0000871234",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "You're getting this because you signed up at kopiec.org.pl.",
                "",
                "",
                "B",
            ),
            (
                "Unsubscribe | Manage preferences",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h88-no-mill",
        (
            "The two schools cost about NOK 11.5 mill. a year to run, according to "
            "a report from the city's education department. Per pupil, that is "
            "roughly three times the city average, the report said."
        ),
        [
            (
                "The two schools cost about NOK 11.5 mill. a year to run, according to "
                "a report from the city's education department."
            ),
            "Per pupil, that is roughly three times the city average, the report said.",
        ],
    ),
    (
        "h88-no-left",
        "“First the post office, then the petrol pump, now this. What is left?”",
        [
            "“First the post office, then the petrol pump, now this.",
            "What is left?”",
        ],
    ),
    (
        "h88-uk-goodgirl",
        (
            "He said: “She was shaking but she wagged her tail as soon as she saw "
            "me. Good girl! I think she was more worried about the seagull.”"
        ),
        [
            "He said: “She was shaking but she wagged her tail as soon as she saw me.",
            "Good girl!",
            "I think she was more worried about the seagull.”",
        ],
    ),
    (
        "h88-uk-tintagel",
        "She added: “Will I be going back to Tintagel? Not with her off the lead, no way!”",
        [
            "She added: “Will I be going back to Tintagel?",
            "Not with her off the lead, no way!”",
        ],
    ),
    (
        "h88-us-oct",
        (
            "The bridge was rated “poor” in its last state inspection in Oct. 2026, "
            "according to Ohio Department of Transportation records. County "
            "Engineer Glenn A. Wroblewicz said the deck had been patched 11 times "
            "since 2018."
        ),
        [
            (
                "The bridge was rated “poor” in its last state inspection in Oct. 2026, "
                "according to Ohio Department of Transportation records."
            ),
            (
                "County Engineer Glenn A. Wroblewicz said the deck had been patched 11 "
                "times since 2018."
            ),
        ],
    ),
    (
        "h88-us-nine",
        (
            "“Nine months is a long time for a place like mine,” she said. “I'll be "
            "here. I just hope they find me.”"
        ),
        [
            "“Nine months is a long time for a place like mine,” she said.",
            "“I'll be here.",
            "I just hope they find me.”",
        ],
    ),
    (
        "h88-us-jan",
        (
            "The contract calls for the bridge to reopen by Jan. 15, 2028, with a "
            "bonus of $5,000 for each day it opens early, up to $150,000. Nobody on "
            "the board expects to pay the full bonus."
        ),
        [
            (
                "The contract calls for the bridge to reopen by Jan. 15, 2028, with a "
                "bonus of $5,000 for each day it opens early, up to $150,000."
            ),
            "Nobody on the board expects to pay the full bonus.",
        ],
    ),
    (
        "h88-br-irrigation",
        '"Some farms will lose 20% to 25%. Others, with irrigation, will be fine."',
        [
            '"Some farms will lose 20% to 25%.',
            'Others, with irrigation, will be fine."',
        ],
    ),
    (
        "h88-br-rally",
        '"If Conab confirms it in May, we could see another rally. Who is going to sell now?"',
        [
            '"If Conab confirms it in May, we could see another rally.',
            'Who is going to sell now?"',
        ],
    ),
    (
        "h88-za-dec",
        (
            "Amahle Home & Hardware will close 23 of its 187 stores by the end of "
            "June after trading profit for the six months to Dec. 31 fell 31% to "
            "R612m, the group said on Tuesday. Revenue rose 2.1% to R8.94bn."
        ),
        [
            (
                "Amahle Home & Hardware will close 23 of its 187 stores by the end of "
                "June after trading profit for the six months to Dec. 31 fell 31% to "
                "R612m, the group said on Tuesday."
            ),
            "Revenue rose 2.1% to R8.94bn.",
        ],
    ),
    (
        "h88-za-core",
        (
            "“What worries me is the core business. Same-store sales were down 3.4% "
            "in a period when rivals were flat. Is that just Gauteng?”"
        ),
        [
            "“What worries me is the core business.",
            "Same-store sales were down 3.4% in a period when rivals were flat.",
            "Is that just Gauteng?”",
        ],
    ),
    (
        "h88-ca-four",
        (
            "Winnipeg Fire Paramedic Service crews were called to the building on "
            "Rue Lavallée near Ste. Anne Rd. at 4:10 a.m. Flames were coming from "
            "the roof when the first truck arrived, District Chief Marc-Olivier "
            "Dussault said."
        ),
        [
            (
                "Winnipeg Fire Paramedic Service crews were called to the building on "
                "Rue Lavallée near Ste. Anne Rd. at 4:10 a.m."
            ),
            (
                "Flames were coming from the roof when the first truck arrived, "
                "District Chief Marc-Olivier Dussault said."
            ),
        ],
    ),
    (
        "h88-ca-cat",
        (
            "“I grabbed my cat and my phone. That's it. Everything else is gone,” "
            "she said, standing across the street in a borrowed parka."
        ),
        [
            "“I grabbed my cat and my phone.",
            "That's it.",
            ("Everything else is gone,” she said, standing across the street in a borrowed parka."),
        ],
    ),
    (
        "h88-au-nonnas",
        (
            "“Half my Saturday trade is nonnas with trolleys,” Mr Vescio said. "
            "“Where are they going to park? Up on the roof?”"
        ),
        [
            "“Half my Saturday trade is nonnas with trolleys,” Mr Vescio said.",
            "“Where are they going to park?",
            "Up on the roof?”",
        ],
    ),
    (
        "h88-au-bring",
        (
            "Next door at Lune Coffee, owner Priya Hollingdale was more upbeat. "
            "“Bring it on! We've been asking for outdoor seating since 2021,” she "
            "said."
        ),
        [
            "Next door at Lune Coffee, owner Priya Hollingdale was more upbeat.",
            "“Bring it on!",
            "We've been asking for outdoor seating since 2021,” she said.",
        ],
    ),
    (
        "h88-in-kg",
        (
            "Against that, the same sale last year averaged Rs. 186.30 a kg. "
            "Offerings were 1.42 million kg. Of that, about 88% was sold."
        ),
        [
            "Against that, the same sale last year averaged Rs. 186.30 a kg.",
            "Offerings were 1.42 million kg.",
            "Of that, about 88% was sold.",
        ],
    ),
    (
        "h88-in-paid",
        (
            "“Buyers were waiting for good liquoring teas after a poor finish to "
            "last season. When they came, they paid,” said Pranab Gogoi-Rahman, a "
            "senior auctioneer at Luitpara."
        ),
        [
            "“Buyers were waiting for good liquoring teas after a poor finish to last season.",
            (
                "When they came, they paid,” said Pranab Gogoi-Rahman, a senior "
                "auctioneer at Luitpara."
            ),
        ],
    ),
    (
        "h88-in-bushes",
        (
            "“Last year we had dry weather right up to the middle of March. This "
            "year the bushes flushed early and the leaf is good,” he said."
        ),
        [
            "“Last year we had dry weather right up to the middle of March.",
            "This year the bushes flushed early and the leaf is good,” he said.",
        ],
    ),
    (
        "h88-in-rare",
        (
            "“Prices like this in March are rare. But wages went up on January 1, "
            "and coal and gas cost more,” he said. “Ask me again in June.”"
        ),
        [
            "“Prices like this in March are rare.",
            "But wages went up on January 1, and coal and gas cost more,” he said.",
            "“Ask me again in June.”",
        ],
    ),
    (
        "h88-in-hold",
        "“Will prices hold? If the second flush is normal, no,” he said.",
        [
            "“Will prices hold?",
            "If the second flush is normal, no,” he said.",
        ],
    ),
    (
        "h88-kr-km",
        (
            "The bureau said the new buses could run about 320 km. That is enough "
            "for a full day on most routes without recharging."
        ),
        [
            "The bureau said the new buses could run about 320 km.",
            "That is enough for a full day on most routes without recharging.",
        ],
    ),
    (
        "h88-kr-smell",
        (
            "Ban Seo-yeon, 34, who rides the No. 1000 bus to work each day, said "
            "she welcomed the plan. “The old buses shake and smell. Why did it take "
            "so long?” she said."
        ),
        [
            (
                "Ban Seo-yeon, 34, who rides the No. 1000 bus to work each day, said "
                "she welcomed the plan."
            ),
            "“The old buses shake and smell.",
            "Why did it take so long?” she said.",
        ],
    ),
    (
        "h88-kr-plug",
        (
            "But the gain depends on the power grid, she said. “Electricity in "
            "Korea still comes partly from coal. The bus is only as clean as the "
            "plug.”"
        ),
        [
            "But the gain depends on the power grid, she said.",
            "“Electricity in Korea still comes partly from coal.",
            "The bus is only as clean as the plug.”",
        ],
    ),
    (
        "h88-mx-believe",
        (
            "“I leave at 6:15 every morning and I'm still late,” said Tomás "
            "Ilizaliturri Ugalde, who commutes from Zapopan to a print shop "
            "downtown. “They told us 2026. Then 2027. Who believes 2028?”"
        ),
        [
            (
                "“I leave at 6:15 every morning and I'm still late,” said Tomás "
                "Ilizaliturri Ugalde, who commutes from Zapopan to a print shop "
                "downtown."
            ),
            "“They told us 2026.",
            "Then 2027.",
            "Who believes 2028?”",
        ],
    ),
    (
        "h88-ng-less",
        (
            "“People still buy bread. They just buy less,” said Mrs. Kemi "
            "Adebanjo-Lawal, who has run the bakery since 2009."
        ),
        [
            "“People still buy bread.",
            (
                "They just buy less,” said Mrs. Kemi Adebanjo-Lawal, who has run the "
                "bakery since 2009."
            ),
        ],
    ),
    (
        "h88-ng-shouted",
        "“I told my customers the truth. Some of them shouted at me! What can I do?”",
        [
            "“I told my customers the truth.",
            "Some of them shouted at me!",
            "What can I do?”",
        ],
    ),
    (
        "h88-ng-smaller",
        "“We'll still be here next year. Smaller, maybe. But here,” she said.",
        [
            "“We'll still be here next year.",
            "Smaller, maybe.",
            "But here,” she said.",
        ],
    ),
    (
        "h88-pl-radiators",
        (
            "“Who will pay for the new radiators? The city gives a grant, but first "
            "I have to pay the installer,” he said."
        ),
        [
            "“Who will pay for the new radiators?",
            "The city gives a grant, but first I have to pay the installer,” he said.",
        ],
    ),
    (
        "h88-pl-pm",
        (
            "Helena Drozdowicz of the campaign group Czyste Niebo Kraków said "
            "average PM10 levels in the city in January were 38 µg/m³. In 2015 it "
            "was more than 80."
        ),
        [
            (
                "Helena Drozdowicz of the campaign group Czyste Niebo Kraków said "
                "average PM10 levels in the city in January were 38 µg/m³."
            ),
            "In 2015 it was more than 80.",
        ],
    ),
    (
        "h88-pl-clean",
        (
            "“Is the air in Kraków clean now? On a good day, yes. On a bad day in "
            "January, no,” he said."
        ),
        [
            "“Is the air in Kraków clean now?",
            "On a good day, yes.",
            "On a bad day in January, no,” he said.",
        ],
    ),
]
