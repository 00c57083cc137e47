"""Ninetieth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-two):
twelve WHOLE pages from twelve countries, head to tail as a reader's paste gives them, each from a
different kind of outlet and pasted a different way, so that every page's furniture is worded its
own way. The pages: an Indonesian news portal's English edition carrying a wire story, desktop
browser (1.5 million tonnes of extra rice imports as state stocks fall to 1.1 million tonnes); an
Australian daily's live blog (a Victorian budget with a $2.1b surplus forecast and a doubled holiday
home tax); a Canadian local weekly (a Nova Scotia fire department down to 11 daytime volunteers, a
$20-a-call honorarium); a Ghanaian radio station's website (trotro fares up 15 per cent after a fuel
price rise); an Indian magazine feature (a Bundelkhand village digs out its old tank, wells up 4.3
metres); a Kenyan business newsletter's web view (a mobile money provider drops fees on transfers
under KSh 1,000); an Irish news site in a browser's reader view (new rents in Cork city up 7.8% to
€1,812); a Philippine news app's phone share (12-hour water rotation in nine Cebu City barangays); a
Swedish battery recycler's press release on its own site (commercial production starts, 2027 target
cut, 85 jobs go); a Welsh county borough council's news page (a 6.9% council tax rise, Band D
£1,812.46); a Sri Lankan sports site (a women's inter-provincial T20 final); and a Thai
English-language daily (Chiang Mai shuts 318 schools as PM2.5 reaches a five-year high).

What is hard is that no two pages share their furniture or their voice. A wire dateline with the
agency in brackets inside the lead, a "Key points" box, the "(Reporting by ...; Editing by ...)"
line and a syndication note in Indonesian; live-blog time stamps, "Key event" labels, entry bylines
and entry headlines flagged by content, with entries newest first; a weekly's "Posted on ... by ..."
line and letters policy; a radio station's "LISTEN LIVE" button, "Listen to this story" strip and a
video's running time; a magazine's "Words: ... | Pictures: ..." credit, author bio and funding
note; a newsletter's greeting, numbered contents, sponsor block, sign-off and signature; the bare
domain and reading time of a reader view, with no menus and no standfirst; an app's share line and
the story's bare link; a press release's "Highlights", webcast block, contacts, "About" boilerplate
and disclosure notice; a council page's "Skip to main content", "Cymraeg", "Was this page useful?"
and "Last updated"; a sports site's brief scores; a daily's "In print:" line and rating strip. The
council page and the press release speak in their own voice with no speaker, the magazine in the
present tense ("she says"); given-name cues ("Darmawan told reporters", "Mr Thawatchai said", "says
Ramkali") resolve to the full name; there is a single-name speaker ("Suyatno"), a lower-case
particle ("Ap Gwilym said" at a sentence start for "Rhodri ap Gwilym") and titles dropped from
speakers (Mr, Mrs, Madam, Dr, Dr., Engr., Cllr, Coun., Pol Maj Gen). Check-worthiness mixes budget
and company figures, officials' orders and records, causal claims and first-person records with a
figure ("W") with forecasts, plans, hedges, advice, feelings, colour and a magazine's scene-setting
(""). Sentence ends fall after "Tbk." (before "Its shares"), "N.B." (before "She"), "2 p.m." and "4
p.m." and "Ltd." but not after "Sept. 15", "Brgy.", "Engr.", "Ma. Theresa", "Ma. Cristina", "Dr.
Sameer", "Co. Cork", "Coun.", "approx." or "n.o."; quotes whose "?" or "!" is followed by a new
sentence ("Circle?" / "And my salary ...", "who will pay?" / "Who will dig?”", "What can we do?" /
"We store, we pray,” ...", "Is this real?" / "I'm still shaking!”") stand beside ones whose "?" or
"!" is followed by the attribution ("“We are also human beings!” he said.", "“Is the minister
counting bunk beds now?” she asked.").

The pages hold 516 sentences: 188 "B", 168 "W" and 160 ""; 215 sentences carry a speaker (109
distinct speakers). `STYLES` describes each page, its story, its labels and its furniture in order;
`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
consecutive sentences of one paragraph of these pages, joined by single spaces.

This is a HELD-OUT set: it is never tuned on, and no rule may be tuned on it. It was written from
scratch for issue 13 in round fifty-two, before any rule was tuned on it and without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no
engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff]`
tables of `pyproject.toml`; and, through `ast` only, the docstrings, `STYLES`, page and sentence
counts, the first page's first 15 sentences and the first two split cases of `labelled_new135.py`
and `labelled_new136.py`. Coined names were checked with file counts of `grep -rlF` over
`tests/text`, and the ones that hit (a wire agency, a portal, a wire editor, an opposition leader, a
peak-body chief, a property owners' president, a publisher, a brokerage and several Ghanaian, Irish,
Filipino, Swedish, Sri Lankan and Kenyan surnames) were renamed.

Every person, outlet, wire agency, firm, council, union, association, network, institute, fund,
hospital, club, sponsor, statement and figure is invented. Real countries, provinces, states,
regions, cities, towns, barangays, parliaments, ministries, national agencies, parties and national
teams appear only as settings, with invented statements and figures: Jakarta, Java, South Sulawesi,
Klaten, Thailand, Vietnam and Statistics Indonesia; Victoria, the Legislative Assembly, Spring
Street, Lorne and the Treasury; Shelburne County, Lockeport, Clark's Harbour, Halifax, Moncton and
the Office of the Fire Marshal; Accra, Kaneshie, Kasoa, Kumasi, the Ministry of Transport, the
National Petroleum Authority and the Bank of Ghana; Bundelkhand, Chhatarpur, Tikamgarh, Bhopal and
the Central Ground Water Board; Nairobi, Gikomba, Nakuru, the Central Bank of Kenya and the
Competition Authority of Kenya; Cork, Mallow, Carrigaline, Ballintemple, the Dáil, the Residential
Tenancies Board and the Department of Housing; Cebu City, its barangays, PAGASA and the Department
of Education; Västerås, Finland, Germany and Nasdaq First North; Wales and the Welsh Government;
Pallekele, Kandy, Matale, Sri Lanka Cricket and Ireland; Chiang Mai, Mae Chaem, Doi Suthep, the
Pollution Control Department, Gistda and the Public Health Ministry.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, strip, menu, section path, byline, date
line, share line, caption, credit, list item, score line, note and legal line is a paragraph of its
own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "".
Furniture is "B" line by line and never carries a speaker; a caption by its content and its credit
"B"; headlines, standfirsts and bullet points never split and flagged by content; a dateline belongs
to its lead sentence; a person is named in full as first given, without titles or roles; "according
to X" gives X as written; a generic noun for a body is kept as written ("The statistics agency",
"the union", "the board", "The city council", "the district", "the department"), while "It said"
resolves to the body as first given; a quote over several sentences or paragraphs carries its
speaker and cue in each; a person acting without a verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* A bracketed abbreviation after a body's name is left out of the speaker ("(UCDU)", "(CCWD)",
  "(RTB)", "(Gistda)"), and so is a leading "The" before a proper name in subject position ("The
  Ministry of Transport said" -> "Ministry of Transport"); "(publ)" is part of a Swedish company's
  name and stays.
* A council page's or a press release's own text carries no speaker; a release's lead "X today
  announced" carries X with "announced". Its "Highlights" label, webcast block, contact lines,
  "About" boilerplate and disclosure notice are "B"; its bullets are flagged by content.
* A line that only introduces the quote below it ("Cllr ..., Cabinet Member for ..., said:")
  carries the speaker and "said", flags "".
* A budget's own figures for coming years (a forecast deficit or surplus, what a tax will raise)
  are "W": they are statements of record by a government, checkable against the budget papers. An
  economist's, analyst's or forecaster's forecast stays "", and so does a company's expected
  savings or a maintained target.
* Live blog: the key-events list and each entry's byline are "B", like its time stamps.
* A crosshead inside a story is flagged by content: "" for a label ("What it costs the merchant"),
  and "" for a wire's capitals crosshead that states a forecast ("PRICES SEEN RISING").
* "reckons", "have long complained", "urged", "forecast", "added" and "asked" are cues; "disputed
  the figure, saying ..." has "saying".
"""

STYLES = [
    """Indonesian NEWS PORTAL's English edition (Jakarta) carrying a WIRE STORY, desktop browser paste, a RICE IMPORT: 1.5 million extra tonnes as state stocks fall to 1.1 million. Head: masthead with a pipe, menu with middle dots, section path with slashes (all "B"); headline of record "W"; a "Key points" label "B" and three bullet points of record "W"; the agency as byline, a date line with WIB, an Indonesian share strip (all "B"). Body: wire dateline "JAKARTA, May 14 (Anchorline) -" inside the lead, which carries the agency chief "W"; "Darmawan told reporters" and "he said" resolving to his full name; his two-sentence quote ""; "Tbk." ENDING a sentence before "Its shares" "W"; "according to preliminary estimates from Statistics Indonesia" and "The statistics agency said" as written; prices in "Rp" "W"; a capitals crosshead "PRICES SEEN RISING" "" (a forecast); an economist named after her forecast "" and her two-sentence quote ""; "Farmers' groups have long complained" carrying the groups ""; a single-name farmer ("Suyatno") with a record "W" and a follow-on quote paragraph ""; "Sept. 15" mid-sentence "W"; customs data "W"; "exporters said" and "they said" "W". Tail: the wire's "(Reporting by ...; Editing by ...)" line, a two-sentence Indonesian syndication note, "Baca juga" with three headlines, tags and a two-sentence copyright (all "B").""",
    """Australian DAILY's LIVE BLOG (Melbourne), desktop browser paste, a STATE BUDGET: a $2.1 billion surplus forecast for 2028-29 and a doubled holiday home tax. Head: masthead in capitals, menu with wide spaces, section path with ›, a "LIVE" label (all "B"); the blog's headline carrying the Treasurer with "forecasts" "W"; a standfirst "" (an invitation); the live-updates byline, an "Updated" line, a "Key events" label and two key-event links (all "B"). Entries, newest first: every time stamp, "Key event" label and entry byline "B"; entry headlines by content ("Budget at a glance: ..." "", "Renters 'left behind', community sector says" carrying "community sector" "", "Budget 'built on sand', says Opposition Leader" carrying him "", "Holiday home tax to double" "W", "'We have turned the corner,' says Kostelac" carrying her ""); the budget's own figures for coming years "W" with no speaker; a community group with present-tense "says" "" and its chief executive's record "W" and feeling ""; the Opposition Leader's two-sentence quote ("W" then "") with "told reporters" in both, "He said" "W"; "according to the budget papers", "the budget papers show" and "according to Treasury estimates" "W"; a coastal owners' president "" twice; the Treasurer's "told the house" "W", her quote "" and "Kostelac said" "W". Tail: a two-sentence tip line and the company line (all "B").""",
    """Canadian LOCAL WEEKLY (Shelburne County, Nova Scotia), desktop browser paste, a VOLUNTEER FIRE DEPARTMENT short of daytime crew: 11 members, down from 27, and a $20-a-call honorarium. Head: masthead in capitals, a since-1952 slogan, menu with pipes, "LOCAL NEWS" (all "B"); headline "..., chief says" carrying the chief "W"; standfirst of record "W"; a "Posted on ... by ..." line "B"; caption "" and a "... photo" credit "B". Body: "LOCKEPORT –" lead "W" with "its chief says" resolving to him; his anecdote quote "" and his records "W" ("Coffill said", "he said"); the 6-1 council vote "W" with no speaker; the deputy warden's cost record "W" and her quote over two paragraphs ""; a councillor with "Coun." dropped ""; the levy "W"; "according to figures from the provincial Office of the Fire Marshal" "W"; a recruit's sentence ending "Moncton, N.B." before "She is one of two new recruits" ("" then "W"); her quote "" and training record "W"; "Some residents say" ""; a resident's 22-minute record "W" and feeling ""; "Coffill disputed the figure, saying ..." "W"; an open house "from 10 a.m. to 2 p.m." ending a sentence before "Tours" ""; a phone number in the text "". Tail: share line, Related list, a two-sentence letters policy, copyright with "Ltd." (all "B").""",
    """Ghanaian BROADCASTER's website (an Accra radio station), desktop browser paste, a TRANSPORT FARE RISE: trotro and bus fares up 15 per cent after fuel prices climb. Head: station name with frequency, a "LISTEN LIVE" button, menu with double spaces, section path with › (all "B"); headline "..., drivers' union announces" carrying the union as first named "W"; standfirst of record "W"; byline with a pipe, date line, a "Listen to this story" strip (all "B"); a video caption "" and its running time "B". Body: the lead carrying the union with "has announced" "W" (its "(UCDU)" left out of the speaker); "the union said in a statement" kept as written and "It said" resolved to the union "W"; "according to the National Petroleum Authority" "W"; the general secretary with "Mr" dropped "told Sunrise News" "W", his quote split into a record "W" and a complaint "", his exclamation with attribution (one sentence) "" and a follow-on quote ""; "Ministry of Transport" "W", its PRO with "Mrs" dropped "W" and her two-sentence quote ""; a mid "Advertisement" "B"; a fish seller with "Madam" dropped whose "Circle?" is followed by a new sentence (both ""); a driver's diesel record "W" and quote ""; an analyst with "Dr" dropped, her causal claim "W" and forecast ""; "according to Bank of Ghana data" "W"; "the second this year" "W". Tail: a programme plug, a WhatsApp line, Related stories with two headlines, copyright split at "Ltd." (all "B").""",
    """Indian MAGAZINE FEATURE (Bundelkhand, Madhya Pradesh), desktop browser paste, a VILLAGE TANK dug out again: 38,000 cubic metres of silt removed and wells up 4.3 metres. Head: magazine name in capitals, menu with wide spaces, "FEATURE / ENVIRONMENT" label, "Words: ... | Pictures: ..." credit and an issue-and-reading-time line (all "B"); a headline "" (a title) and a standfirst "". Body: present-tense scene-setting and colour "" throughout; records with figures "W" (the tank's 11 acres and six weeks, 60 borewells "according to the gram panchayat's records", the water table "according to the Central Ground Water Board", ₹14.6 lakh "according to accounts Ramkali showed this magazine", 38,000 cubic metres); an elder's memories in "she says" quotes ""; the sarpanch named first with no speaker, then "says Ramkali" resolving to her full name, with a quote whose "who will pay?" is followed by "Who will dig?”" (split); "Dr. Sameer Kulshrestha ... has measured" with no speaker "W" and "he says" "W"; his quotes, a record "W" beside a hedge ""; a farmer's "“April!”" fragment ""; "Families on the upper slope east of the village ... say" ""; a man on the slope ""; "A district official, who asked not to be named ..., said" a plan ""; the closing scene and quotes "". Tail: author bio, funding note, subscription line, "More from this issue" with one headline, copyright (all "B").""",
    """Kenyan BUSINESS NEWSLETTER's WEB VIEW (Nairobi), a MOBILE MONEY FEE CUT: free transfers up to KSh 1,000. Head: "Can't see this properly?" / "Read it online.", masthead with issue number and date, tagline, a Swahili greeting and the writer's hello, a "This week:" label and a numbered list (all "B"); the item's headline of record "W". Body: "the company said" carrying Savanna Telecom and "It said" resolving to it "W"; old fees "W"; the unit head "said" on an analyst call "W" and her quote ""; "Why now?" "" followed by the newsletter's own check as a source ("a Till check of their tariff sheets shows") "W"; "according to Central Bank of Kenya data" "W"; an analyst who "reckons" "" and his two-sentence quote ""; a crosshead ""; merchant fees "W"; a trader who "told The Till" "W" and her quote ""; the competition authority "said" "W" and "It did not respond to questions this week." carrying it ""; a sponsor block "B"; a "Quick hits" label "B" with items of record "W" (the last carrying "Matatu owners in Nakuru" with "say"). Tail: a two-sentence sign-off, the writer's dash signature, a forward-and-subscribe line, the sign-up reason, unsubscribe strip and postal address (all "B").""",
    """Irish NEWS SITE in a browser's READER VIEW (Cork), a RENT REPORT: new rents in Cork city up 7.8% to €1,812. Head as reader view leaves it: the domain, headline of record "W", byline name alone and a "5–7 minutes" line (no standfirst, no menus). Body: "according to the latest figures from the Residential Tenancies Board (RTB)" with the abbreviation left out, "the board said" and "the figures show" as written "W"; county figures with "Mallow, Co. Cork," mid-sentence "W"; rankings "W"; a reader-view caption "" and its "Picture:" credit "B"; a tenant named first with no speaker and a record "W", her two record sentences "W", her feeling "" and her new rent "W"; an anonymous letting agent "W"; a landlords' network and its chairman "W" and his quote ""; "The city council said" kept as written "W"; the minister "told the Dáil" "W", his two-sentence quote "" and "He said" "W"; an opposition TD's record "W" and her question with "she asked" (one sentence) ""; the department "did not respond to a request for comment" ""; an advice centre's record "W" and its advice with a website ("It urged", resolved) ""; an economist's record "W", her two-sentence quote "" and forecast ""; the sample size "W". Tail: "Read more:" with two links and a newsletter line (all "B").""",
    """Philippine NEWS APP, phone APP SHARE paste (Cebu), WATER RATIONING: a 12-hour daily rotation in nine barangays as a reservoir falls to 28.6 meters. Head: the outlet's name, a "Shared from ... app" line, "METRO CEBU" label, byline "By Ma. Theresa ..." and a date line with "PM" (all "B"); headline of record "W". Body: "CEBU CITY —" lead carrying the water district as first named (its "(CCWD)" left out) "W"; "according to CCWD data" "W"; the general manager with "Engr." dropped and "Brgy." three times mid-sentence "W"; his quote with "said in a press briefing" in both sentences ""; his supply record "W" and quote ""; the schedule "from 4 a.m. to 4 p.m." ENDING a sentence "W" before "Water trucks ..., the district said." ""; the weather bureau's rainfall record "W" and "PAGASA said" a forecast ""; the 2021 precedent "W"; a barangay captain's records "W"; a store owner's P1,200 record "W" and "“What can we do?" / "We store, we pray,” she said in Cebuano." (split, both ""); a nurse "Ma. Cristina ..." with "Brgy." mid-sentence and her quote ""; delivery prices "according to three delivery operators interviewed by The Visayan Current" "W"; an education division, hospital administrators, City Hall and a councilor with plans ""; "according to its annual report" "W"; "Water district officials said" ""; "The CCWD also asked" resolving to the district, with a hotline and a web address "". Tail: a two-sentence app prompt, the story's bare link, "More from Metro Cebu" with one headline, copyright with "Inc." (all "B").""",
    """Swedish COMPANY WEBSITE's PRESS RELEASE (Västerås), a battery recycler starts COMMERCIAL PRODUCTION, cuts its 2027 volume target to 9,000 tonnes and 85 jobs. Head: logo, site menu with a language switch, "Media › Press releases", a "Regulatory information" label and a date-and-time line (all "B"); headline of record "W". Body: the lead "Nordhamn Cell Recycling AB (publ) today announced ..." carrying the company with "announced" "W"; a "Highlights" label "B" with three bullets of record "W" and one forecast ""; the release's own voice with no speaker: plant cost, first shipment and the scrap shortfall "W", job cuts under a named act "W", savings and restructuring costs with "approx." mid-sentence "", liquidity "W", a maintained target ""; the CEO "says" after her quote and a follow-on quote paragraph ""; a customer's "says" ""; a "Webcast" heading and its two sentences "B"; contact heading and lines "B"; "About Nordhamn" heading and the three-sentence company boilerplate "B"; the two-sentence disclosure notice, "Attachments" and a file name, a subscribe line and the footer (all "B").""",
    """Welsh COUNCIL NEWS PAGE (an invented county borough council), desktop browser paste, BUDGET AND COUNCIL TAX: a 6.9% rise, Band D £1,812.46. Head: "Skip to main content", "Cymraeg", council name, a service menu, breadcrumb with ">" (all "B"); headline of record "W"; "Published:" line "B". Body: the council's own voice with no speaker: budget and Band D charge "W" and the precepts note "", funding gap, savings and the vote "W"; "Cllr ..., Cabinet Member for Finance and Resources, said:" carrying her "", then her quote over two paragraphs ("" and a record "W"); the leader with "Cllr" dropped and a lower-case "ap" "W", his quote "" and, at a sentence start, "Ap Gwilym said" resolving to "Rhodri ap Gwilym" with a prediction ""; the opposition group leader's amendment record "W" and her quote ""; two crossheads "" ("What your council tax pays for", "Help with paying"); spending shares "W"; help text with a web address and phone number ""; the billing date "". Tail: "Notes to editors" and its line, media enquiries, "Was this page useful?" and "Yes  /  No", "Last updated", share heading and line, related news with two headlines, footer links, copyright (all "B").""",
    """Sri Lankan SPORTS SITE (Kandy), desktop browser paste, a WOMEN'S T20 FINAL: Central Province beat Western Province by five wickets. Head: masthead in capitals, menu with pipes, "Cricket > Domestic" (all "B"); headline and standfirst of record "W"; "By" byline and date line "B"; a caption "" and "Pic:" credit "B". Body: "PALLEKELE –" lead "W" with no speaker; match records "W" (partnership, collapse, bowling figures, a 17-year-old's third match, the dropped catch); colour ""; the player of the match named after her quote ("said Dewapura", full name), then "“Is this real?" / "I'm still shaking!”" (split, both ""); the captain's record "W" and feeling ""; the losing coach's partial quote "" and his three-sentence quote with "We got 139." "W" between two ""; a selector named with no speaker ""; "Sri Lanka Cricket said in a statement" "W"; "according to tournament statistics" and "according to the ground's management" "W". A "Brief scores" title "B" with two score lines, a result line and a player-of-the-match line as data "" (initials, "n.o.", "4/19"). Tail: "More cricket" with two headlines, a follow line, copyright in two sentences (all "B").""",
    """Thai ENGLISH-LANGUAGE DAILY (Chiang Mai correspondent), desktop browser paste, HAZE: 318 schools shut as PM2.5 reaches 212 microgrammes. Head: masthead in capitals, menu with wide spaces, "NEWS / GENERAL" (all "B"); headline and standfirst of record "W"; byline with role, a "Published:" line and an "In print:" line (all "B"); caption "" and a bracketed photo credit "B". Body: "CHIANG MAI:" lead of record "W" with no speaker; "according to the Pollution Control Department" and "the department said" as written "W"; the governor "said" an order "W", his two-sentence quote with "Mr Thawatchai said" resolving to his full name "", his fine and charge records "W" ("he said", "he added"); the police chief with "Pol Maj Gen" dropped "W"; "according to the Geo-Informatics and Space Technology Development Agency (Gistda)" with the abbreviation left out "W"; a hospital director with "Dr" dropped, her advice "" and her claim about masks "W"; a café owner named after a two-sentence quote ""; a farmer's statement "" and quote with a cost record "W"; "Airport officials said" "W"; a tourism association "W"; the health ministry's and the education office's plans ""; an MP who "wrote on Facebook" "W" and "she wrote" ""; the department's outlook with "forecast" as cue "". Tail: Related list with two headlines, a rating strip, a follow line, copyright in two sentences (all "B").""",
]

ARTICLES = [
    # Indonesia: news portal's English edition carrying a wire story
    [
        [
            ("GERBANG KABAR  |  English Edition", "", "", "B"),
        ],
        [
            ("Nasional · Business · Regions · World · Sport · Tekno · Video · Indeks", "", "", "B"),
        ],
        [
            ("Home / Business / Commodities", "", "", "B"),
        ],
        [
            (
                "Indonesia to import extra 1.5 million tonnes of rice as dry season cuts harvest",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            ("State rice stocks at 1.1 million tonnes, below 2 million target", "", "", "W"),
        ],
        [
            ("First tender for 500,000 tonnes closes May 21", "", "", "W"),
        ],
        [
            ("Retail prices about 11% above government ceiling", "", "", "W"),
        ],
        [
            ("Anchorline News Agency", "", "", "B"),
        ],
        [
            ("Friday, 14 May 2027 | 16:07 WIB", "", "", "B"),
        ],
        [
            ("Bagikan:  Facebook  X  WhatsApp  Telegram  Salin tautan", "", "", "B"),
        ],
        [
            (
                "JAKARTA, May 14 (Anchorline) - Indonesia will import an additional 1.5 million tonnes of rice by the end of August to rebuild state reserves after a long dry season cut the first harvest, National Food Agency chief Darmawan Pratikno said on Friday.",
                "Darmawan Pratikno",
                "said",
                "W",
            ),
        ],
        [
            (
                "Government rice stocks had fallen to 1.1 million tonnes as of May 10, against a target of 2 million tonnes, Darmawan told reporters at the presidential palace.",
                "Darmawan Pratikno",
                "told reporters",
                "W",
            ),
        ],
        [
            ("“We are not in a crisis.", "Darmawan Pratikno", "said", ""),
            (
                "But we are not going to wait until we are in one,” he said.",
                "Darmawan Pratikno",
                "said",
                "",
            ),
        ],
        [
            (
                "Most of the rice would come from Thailand and Vietnam under government-to-government contracts, he said, and a tender for the first 500,000 tonnes would close on May 21.",
                "Darmawan Pratikno",
                "said",
                "W",
            ),
        ],
        [
            (
                "A trade ministry spokesman said the import permit for the first tranche was issued on Thursday to listed importer PT Sentra Pangan Niaga Tbk.",
                "A trade ministry spokesman",
                "said",
                "W",
            ),
            (
                "Its shares rose 4.2% in Jakarta trading on Friday, while the main index was flat.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rice output in January-April fell 9.4% from a year earlier to 13.2 million tonnes of milled rice, according to preliminary estimates from Statistics Indonesia.",
                "preliminary estimates from Statistics Indonesia",
                "according to",
                "W",
            ),
            (
                "The statistics agency said late rains had pushed back planting by up to six weeks in parts of Java and South Sulawesi.",
                "The statistics agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Medium-grade rice averaged Rp 14,900 per kg in traditional markets last week, about 11% above the government's ceiling price of Rp 13,400, according to food agency price data.",
                "food agency price data",
                "according to",
                "W",
            ),
        ],
        [
            ("PRICES SEEN RISING", "", "", ""),
        ],
        [
            (
                "Imports alone would not bring prices down before the main harvest in September, said Ratna Kusumawardani, an economist at the Jakarta-based Institute for Food and Trade Studies.",
                "Ratna Kusumawardani",
                "said",
                "",
            ),
        ],
        [
            ("“Rice that lands in August helps in September.", "Ratna Kusumawardani", "said", ""),
            ("The pain is in June and July,” she said.", "Ratna Kusumawardani", "said", ""),
        ],
        [
            (
                "Retail prices could rise a further 4% to 6% over the next two months, she said.",
                "Ratna Kusumawardani",
                "said",
                "",
            ),
        ],
        [
            (
                "Annual inflation was 2.9% in April, with food prices up 5.6%, according to Statistics Indonesia.",
                "Statistics Indonesia",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Farmers' groups have long complained that imports arrive at harvest time and drag down the price of unhusked grain.",
                "Farmers' groups",
                "have long complained",
                "",
            ),
        ],
        [
            (
                "“In 2024 the ships came in March, and our gabah fell to Rp 5,100 a kilo in two weeks,” said Suyatno, who heads a farmers' cooperative in Klaten, Central Java.",
                "Suyatno",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We ask for one thing only: no imported rice in the markets after the middle of September.”",
                "Suyatno",
                "said",
                "",
            ),
        ],
        [
            (
                "Darmawan said imported stocks would not be released to markets after Sept. 15, when the main harvest starts in Java.",
                "Darmawan Pratikno",
                "said",
                "W",
            ),
            ("The cut-off was one of the farmers' main demands last year.", "", "", ""),
        ],
        [
            (
                "Indonesia imported 2.6 million tonnes of rice last year, the most since 2018, according to customs data.",
                "customs data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "In Bangkok, Thai 5% broken white rice was quoted at $508-$516 a tonne this week, up from $497 a week earlier, exporters said.",
                "exporters",
                "said",
                "W",
            ),
            (
                "Part of the rise reflected expectations of Indonesian buying, they said.",
                "exporters",
                "said",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Ayu Lestari Purwaningsih in Jakarta and Kanya Thammarat in Bangkok; Editing by Graham Tulloch-Mair)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Artikel ini berasal dari kantor berita mitra.", "", "", "B"),
            ("Gerbang Kabar tidak mengubah isi berita.", "", "", "B"),
        ],
        [
            ("Baca juga", "", "", "B"),
        ],
        [
            ("Chilli prices double in Jakarta markets ahead of Eid al-Adha", "", "", "B"),
        ],
        [
            ("Palm oil exporters brace for new levy rules", "", "", "B"),
        ],
        [
            ("Rupiah weakens past 16,400 per dollar as foreign funds pull out", "", "", "B"),
        ],
        [
            ("Tags: #beras #impor #BadanPangan #inflasi", "", "", "B"),
        ],
        [
            ("© 2027 PT Gerbang Kabar Digital.", "", "", "B"),
            ("Hak cipta dilindungi undang-undang.", "", "", "B"),
        ],
    ],
    # Australia: live blog
    [
        [
            ("THE SOUTHGATE POST", "", "", "B"),
        ],
        [
            (
                "Victoria   National   World   Business   Opinion   Sport   Culture   Life",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics › Victoria", "", "", "B"),
        ],
        [
            ("LIVE", "", "", "B"),
        ],
        [
            (
                "Victorian budget 2027 live: Kostelac forecasts $2.1b surplus as holiday home tax doubles",
                "Nadia Kostelac",
                "forecasts",
                "W",
            ),
        ],
        [
            (
                "Follow our live coverage of the numbers and the reaction to Treasurer Nadia Kostelac's second budget",
                "",
                "",
                "",
            ),
        ],
        [
            ("Live updates by Callum Rees-Whitby and Priya Anand-Lowe", "", "", "B"),
        ],
        [
            ("Updated 4.58pm AEST, Tuesday 25 May 2027", "", "", "B"),
        ],
        [
            ("Key events", "", "", "B"),
        ],
        [
            ("3.41pm  Budget 'built on sand', says Opposition Leader", "", "", "B"),
        ],
        [
            ("2.20pm  'We have turned the corner,' says Kostelac", "", "", "B"),
        ],
        [
            ("4.52pm", "", "", "B"),
        ],
        [
            ("Budget at a glance: the numbers that matter", "", "", ""),
        ],
        [
            (
                "The operating deficit for 2027-28 is now forecast at $640 million, down from $1.9 billion at the mid-year update.",
                "",
                "",
                "W",
            ),
            (
                "A surplus of $2.1 billion is forecast for 2028-29, rising to $3.4 billion in 2030-31.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("4.31pm", "", "", "B"),
        ],
        [
            ("Renters 'left behind', community sector says", "community sector", "says", ""),
        ],
        [
            ("Callum Rees-Whitby", "", "", "B"),
        ],
        [
            (
                "The Community Services Alliance of Victoria says the budget does little for people renting privately.",
                "Community Services Alliance of Victoria",
                "says",
                "",
            ),
        ],
        [
            (
                "“There is $340 million for social housing maintenance and almost nothing for the 140,000 private renters spending more than 30 per cent of their income on rent,” chief executive Bernadette Oyelowo-Trask said.",
                "Bernadette Oyelowo-Trask",
                "said",
                "W",
            ),
            (
                "“This is a budget for people who already own a home.”",
                "Bernadette Oyelowo-Trask",
                "said",
                "",
            ),
        ],
        [
            ("3.41pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("Budget 'built on sand', says Opposition Leader", "Rhys Gunnerson-Tait", "says", ""),
        ],
        [
            ("Callum Rees-Whitby", "", "", "B"),
        ],
        [
            (
                "“Victorians have been told 'surplus next year' in four budgets running.",
                "Rhys Gunnerson-Tait",
                "told reporters",
                "W",
            ),
            (
                "I'll believe this one when I see it,” Opposition Leader Rhys Gunnerson-Tait told reporters in Queen's Hall.",
                "Rhys Gunnerson-Tait",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "He said net debt would still reach $198.4 billion by June 2031, which he called “a mortgage on our grandkids”.",
                "Rhys Gunnerson-Tait",
                "said",
                "W",
            ),
            (
                "Net debt was $171.2 billion at June 2026, according to the budget papers.",
                "the budget papers",
                "according to",
                "W",
            ),
        ],
        [
            ("2.55pm", "", "", "B"),
        ],
        [
            ("Holiday home tax to double", "", "", "W"),
        ],
        [
            ("Priya Anand-Lowe", "", "", "B"),
        ],
        [
            (
                "Owners of holiday homes that are not rented out for at least 26 weeks a year will pay 2 per cent of the property's capital improved value from January 1, up from 1 per cent, the budget papers show.",
                "the budget papers",
                "show",
                "W",
            ),
            ("The change is expected to raise $412 million over four years.", "", "", "W"),
            (
                "About 88,000 properties will be affected, according to Treasury estimates.",
                "Treasury estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Glenys Fairweather-Hobbs, president of the Coastal Property Owners Association, said the tax would force retirees to sell family beach houses.",
                "Glenys Fairweather-Hobbs",
                "said",
                "",
            ),
            (
                "“A couple in Lorne on a pension are going to pay for Spring Street's mistakes,” she said.",
                "Glenys Fairweather-Hobbs",
                "said",
                "",
            ),
        ],
        [
            ("2.20pm", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            ("'We have turned the corner,' says Kostelac", "Nadia Kostelac", "says", ""),
        ],
        [
            (
                "Treasurer Nadia Kostelac has finished her budget speech in the Legislative Assembly.",
                "",
                "",
                "",
            ),
            (
                "She told the house the state would return to surplus in 2028-29 for the first time since 2018-19.",
                "Nadia Kostelac",
                "told the house",
                "W",
            ),
        ],
        [
            ("“We have turned the corner.", "Nadia Kostelac", "said", ""),
            (
                "Not because it was easy, but because we made choices,” she said.",
                "Nadia Kostelac",
                "said",
                "",
            ),
        ],
        [
            (
                "Kostelac said the public service had shrunk by 2,340 full-time positions since June 2025, mostly by not replacing people who left.",
                "Nadia Kostelac",
                "said",
                "W",
            ),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Contact our state politics team at statepolitics@southgatepost.com.au", "", "", "B"),
        ],
        [
            ("© 2027 Southgate Media Pty Ltd", "", "", "B"),
        ],
    ],
    # Canada: local weekly
    [
        [
            ("THE SOUTH SHORE BEACON", "", "", "B"),
        ],
        [
            ("Shelburne County's community newspaper since 1952", "", "", "B"),
        ],
        [
            (
                "News | Sports | Community | Obituaries | Classifieds | e-Edition | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Lockeport fire department down to 11 daytime volunteers, chief says",
                "Wendell Coffill",
                "says",
                "W",
            ),
        ],
        [
            (
                "Council approves $20-a-call honorarium to help recruit and keep firefighters",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted on June 9, 2027 by Marlene Hupman", "", "", "B"),
        ],
        [
            (
                "Fire Chief Wendell Coffill beside the department's 1998 pumper at the Lockeport fire hall.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Marlene Hupman photo", "", "", "B"),
        ],
        [
            (
                "LOCKEPORT – The volunteer fire department that covers Lockeport and four nearby communities has 11 members who can still answer a daytime call, down from 27 a decade ago, its chief says.",
                "Wendell Coffill",
                "says",
                "W",
            ),
        ],
        [
            (
                "“Some days, if the pager goes off at two in the afternoon, I'm driving the truck and there's one other person on it,” said Wendell Coffill, who has been chief for 12 years and a member for 31.",
                "Wendell Coffill",
                "said",
                "",
            ),
        ],
        [
            (
                "Coffill said most of the department's 34 members now work in Halifax, on the boats or at the fish plant in Clark's Harbour, and are away during the day.",
                "Wendell Coffill",
                "said",
                "W",
            ),
            ("The average age of the daytime crew is 54, he said.", "Wendell Coffill", "said", "W"),
            (
                "The department's newest pumper dates from 2009, and a replacement would cost about $650,000, he said.",
                "Wendell Coffill",
                "said",
                "W",
            ),
        ],
        [
            (
                "Municipal council voted 6-1 at its June 7 meeting to pay volunteers $20 for each call they attend, starting July 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Warden Tanya Rhynold said the honorarium would cost about $38,000 a year, based on last year's 640 calls and an average of three responders a call.",
                "Tanya Rhynold",
                "said",
                "W",
            ),
        ],
        [
            ("“It's not a wage.", "Tanya Rhynold", "said", ""),
            ("Nobody's getting rich on twenty bucks,” Rhynold said.", "Tanya Rhynold", "said", ""),
        ],
        [
            ("“But it tells people we notice.”", "Tanya Rhynold", "said", ""),
        ],
        [
            (
                "Coun. Everett Nauss, who cast the lone vote against, said he supports the volunteers but wants the money to come out of the fire levy rather than the general tax rate.",
                "Everett Nauss",
                "said",
                "",
            ),
        ],
        [
            ("The fire levy is now 4.2 cents per $100 of assessment.", "", "", "W"),
        ],
        [
            (
                "Nova Scotia had about 6,900 volunteer firefighters last year, down from about 8,100 in 2016, according to figures from the provincial Office of the Fire Marshal.",
                "figures from the provincial Office of the Fire Marshal",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Jenna Perrier, 29, joined the department in March after moving home from Moncton, N.B.",
                "",
                "",
                "",
            ),
            ("She is one of two new recruits this year.", "", "", "W"),
        ],
        [
            ("“My dad was on this department.", "Jenna Perrier", "said", ""),
            ("I grew up going to the Saturday breakfasts,” she said.", "Jenna Perrier", "said", ""),
        ],
        [
            (
                "She said the training – 110 hours for Level 1 certification, mostly on weekends in Shelburne – is the biggest hurdle for anyone with young kids.",
                "Jenna Perrier",
                "said",
                "W",
            ),
        ],
        [
            ("Some residents say they have noticed the difference.", "Some residents", "say", ""),
        ],
        [
            (
                "Gladys Zinck, who lives on the Jordan Bay Road, said it took 22 minutes for a truck to reach her house when her chimney caught fire in February.",
                "Gladys Zinck",
                "said",
                "W",
            ),
            (
                "“I stood in the yard with a garden hose and prayed,” she said.",
                "Gladys Zinck",
                "said",
                "",
            ),
        ],
        [
            (
                "Coffill disputed the figure, saying the department's log shows the first truck arrived 14 minutes after the call.",
                "Wendell Coffill",
                "saying",
                "W",
            ),
        ],
        [
            (
                "The department will hold a recruitment open house at the Lockeport fire hall on Saturday, June 19, from 10 a.m. to 2 p.m.",
                "",
                "",
                "",
            ),
            ("Tours of the trucks and a barbecue are included.", "", "", ""),
        ],
        [
            (
                "Anyone interested can also call the hall at 902-555-0147 or drop by on a Tuesday training night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Share this:  Facebook  ·  Email  ·  Print", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Roseway Hospital ER closed 19 nights in May", "", "", "B"),
        ],
        [
            ("Clark's Harbour wharf repairs to start in August", "", "", "B"),
        ],
        [
            ("Letters to the editor may be sent to letters@southshorebeacon.ca.", "", "", "B"),
            ("Please keep them under 300 words and include your name and community.", "", "", "B"),
        ],
        [
            ("© 2027 Tidewater Community Press Ltd.", "", "", "B"),
        ],
    ],
    # Ghana: broadcaster's website
    [
        [
            ("SUNRISE 104.9 FM  ·  Accra", "", "", "B"),
        ],
        [
            ("▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            (
                "Home  News  Politics  Business  Sports  Showbiz  Shows  Podcasts  Schedule",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Business", "", "", "B"),
        ],
        [
            (
                "Trotro fares to rise 15% from Monday, drivers' union announces",
                "Unity Commercial Drivers Union",
                "announces",
                "W",
            ),
        ],
        [
            (
                "Passengers brace for higher fares as fuel prices climb for a third straight pricing window",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Efua Mensah-Boakye | Sunrise News", "", "", "B"),
        ],
        [
            ("Saturday, 29 May 2027 · 10:15 GMT", "", "", "B"),
        ],
        [
            ("🔊 Listen to this story · 4 min", "", "", "B"),
        ],
        [
            ("VIDEO: Drivers at the Kaneshie station react to the new fares", "", "", ""),
        ],
        [
            ("2:41", "", "", "B"),
        ],
        [
            (
                "Commercial transport fares will go up by 15 per cent from Monday, May 31, the Unity Commercial Drivers Union (UCDU) has announced.",
                "Unity Commercial Drivers Union",
                "announced",
                "W",
            ),
        ],
        [
            (
                "The minimum fare on short trotro routes within cities moves from GH¢6.50 to GH¢7.50, while the Accra-Kumasi bus fare rises from GH¢145 to GH¢167, the union said in a statement on Friday.",
                "the union",
                "said in a statement",
                "W",
            ),
            (
                "It said the increase was driven by the latest fuel prices, which took effect at the pumps on May 16.",
                "Unity Commercial Drivers Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Diesel now sells at an average of GH¢16.84 a litre, up from GH¢15.20 in the previous pricing window, according to the National Petroleum Authority.",
                "the National Petroleum Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The union's general secretary, Mr Kwabena Adu-Frimpong, told Sunrise News the drivers had absorbed two fuel increases since their last fare review.",
                "Kwabena Adu-Frimpong",
                "told Sunrise News",
                "W",
            ),
        ],
        [
            ("“We have not touched fares since February.", "Kwabena Adu-Frimpong", "said", "W"),
            (
                "Tyres, spare parts, the daily sales we pay the owners, everything has gone up,” he said.",
                "Kwabena Adu-Frimpong",
                "said",
                "",
            ),
        ],
        [
            ("“We are also human beings!” he said.", "Kwabena Adu-Frimpong", "said", ""),
            ("“Drivers have families too.”", "Kwabena Adu-Frimpong", "said", ""),
        ],
        [
            (
                "The Ministry of Transport said it had not been consulted and asked the union to suspend the increase pending talks.",
                "Ministry of Transport",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its public relations officer, Mrs Adjoa Kwarteng-Lamptey, said a meeting with transport operators had been fixed for Tuesday at the ministry.",
                "Adjoa Kwarteng-Lamptey",
                "said",
                "W",
            ),
        ],
        [
            ("“Fares are negotiated with government.", "Adjoa Kwarteng-Lamptey", "said", ""),
            (
                "They are not announced on a Friday evening,” she said.",
                "Adjoa Kwarteng-Lamptey",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "At the Kaneshie lorry station on Saturday morning, passengers were already counting coins.",
                "",
                "",
                "",
            ),
        ],
        [
            ("“Seven cedis fifty, from Kaneshie to Circle?", "Comfort Anokye-Tetteh", "said", ""),
            (
                "And my salary has not moved one pesewa,” said Madam Comfort Anokye-Tetteh, a fish seller.",
                "Comfort Anokye-Tetteh",
                "said",
                "",
            ),
        ],
        [
            (
                "Kojo Essuman-Dadzie, who drives a Sprinter bus between Kasoa and Accra, said he now spends GH¢1,100 a day on diesel, up from GH¢880 in January.",
                "Kojo Essuman-Dadzie",
                "said",
                "W",
            ),
            (
                "“If I don't add something, I can't pay the owner,” he said.",
                "Kojo Essuman-Dadzie",
                "said",
                "",
            ),
        ],
        [
            (
                "Energy analyst Dr Esi Ansaah-Wiredu, of the Centre for Energy Pricing Policy, said the cedi's fall was doing more damage to pump prices than the price of crude.",
                "Esi Ansaah-Wiredu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cedi has lost 9.6 per cent against the US dollar since January, according to Bank of Ghana data.",
                "Bank of Ghana data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Prices could ease slightly in the June 1 window if crude stays below $80 a barrel, she said.",
                "Esi Ansaah-Wiredu",
                "said",
                "",
            ),
        ],
        [
            ("The fare increase is the second this year.", "", "", "W"),
        ],
        [
            ("Tune in to Sunrise Drive, weekdays from 3pm, for more on this story.", "", "", "B"),
        ],
        [
            ("Follow Sunrise News on WhatsApp for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Tema port congestion: shippers count cost of 11-day backlog", "", "", "B"),
        ],
        [
            ("Drivers' unions trade words over fare review formula", "", "", "B"),
        ],
        [
            ("© 2027 Sunrise Broadcasting Company Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # India: magazine feature
    [
        [
            ("THE HINTERLAND REVIEW", "", "", "B"),
        ],
        [
            (
                "Magazine   Current Issue   Archive   Essays   Photo Stories   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("FEATURE / ENVIRONMENT", "", "", "B"),
        ],
        [
            ("The pond that came back", "", "", ""),
        ],
        [
            (
                "In a parched corner of Bundelkhand, a village spent three summers digging out the tank its grandparents abandoned",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words: Aparna Subbalakshmi  |  Pictures: Farhan Qidwai", "", "", "B"),
        ],
        [
            ("From the August 2027 issue  ·  11 min read", "", "", "B"),
        ],
        [
            (
                "At five in the morning, the water in Saijna's Bada Talab is the colour of weak tea.",
                "",
                "",
                "",
            ),
            ("Buffaloes stand in it up to their shoulders.", "", "", ""),
        ],
        [
            ("Three summers ago there was nothing here to stand in.", "", "", ""),
            (
                "The tank, about 11 acres when full, had silted up so badly that by 2024 it held water for barely six weeks after the monsoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kesar Bai, 58, remembers it differently.", "", "", ""),
            (
                "“When I came here as a bride, the women filled their pots here till Holi,” she says, sitting on the stone steps her father-in-law helped rebuild in 1971.",
                "Kesar Bai",
                "says",
                "",
            ),
            (
                "“Then the tubewells came, and nobody looked at the talab again.”",
                "Kesar Bai",
                "says",
                "",
            ),
        ],
        [
            (
                "In the 1990s, after power lines reached the village, Saijna's farmers sank more than 60 borewells, according to the gram panchayat's records.",
                "the gram panchayat's records",
                "according to",
                "W",
            ),
            (
                "By 2023 the water table in the block had fallen to 31 metres below ground, from 9 metres in 1998, according to the Central Ground Water Board.",
                "the Central Ground Water Board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The push to dig out the tank came from the sarpanch, Ramkali Ahirwar, who was elected in 2021.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Nobody listened to me the first year,” says Ramkali, now 44.",
                "Ramkali Ahirwar",
                "says",
                "",
            ),
            ("“They said, who will pay?", "Ramkali Ahirwar", "says", ""),
            ("Who will dig?”", "Ramkali Ahirwar", "says", ""),
        ],
        [
            (
                "The panchayat eventually put together ₹14.6 lakh: ₹9 lakh from the rural jobs scheme, ₹3.2 lakh from a district fund and ₹2.4 lakh in cash and labour from the village's 412 households, according to accounts Ramkali showed this magazine.",
                "accounts Ramkali showed this magazine",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Over three dry seasons, from 2025 to 2027, villagers removed roughly 38,000 cubic metres of silt, much of it by hand and tractor-trolley.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr. Sameer Kulshrestha, a hydrologist at the Bhopal-based Institute for Dryland Water Studies, has measured eight wells around the tank every month since 2025.",
                "",
                "",
                "W",
            ),
            (
                "The water level in those wells rose by an average of 4.3 metres between May 2025 and May 2027, he says.",
                "Sameer Kulshrestha",
                "says",
                "W",
            ),
        ],
        [
            ("“That is not a miracle.", "Sameer Kulshrestha", "says", ""),
            (
                "That is simply what happens when rain is allowed to stay where it falls,” he says.",
                "Sameer Kulshrestha",
                "says",
                "",
            ),
        ],
        [
            ("He is careful not to oversell it.", "", "", ""),
            ("“We had one good monsoon, in 2026.", "Sameer Kulshrestha", "says", "W"),
            (
                "If next year is a drought year, we will see how much of this holds.”",
                "Sameer Kulshrestha",
                "says",
                "",
            ),
        ],
        [
            ("Mahendra Kushwaha used to grow one crop a year on his four bighas.", "", "", ""),
            (
                "This winter he grew wheat and, for the first time, a strip of chickpeas after it.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“My well had water in April,” he says, still sounding surprised.",
                "Mahendra Kushwaha",
                "says",
                "",
            ),
            ("“April!”", "Mahendra Kushwaha", "says", ""),
        ],
        [
            ("Not everyone has gained.", "", "", ""),
            (
                "Families on the upper slope east of the village, whose fields sit above the tank, say their wells have barely changed.",
                "Families on the upper slope east of the village",
                "say",
                "",
            ),
        ],
        [
            (
                "“Water goes down, not up,” says Lakhan Vanshkar, pointing at the slope.",
                "Lakhan Vanshkar",
                "says",
                "",
            ),
        ],
        [
            (
                "A district official, who asked not to be named because he was not authorised to speak to the press, said the state plans to copy the model in 150 tanks across Chhatarpur and Tikamgarh by 2030.",
                "A district official",
                "said",
                "",
            ),
        ],
        [
            ("By seven the buffaloes have gone.", "", "", ""),
            ("Kesar Bai picks up her pot.", "", "", ""),
            ("“Write that the women cleaned the steps,” she says.", "Kesar Bai", "says", ""),
            ("“Everybody forgets that.”", "Kesar Bai", "says", ""),
        ],
        [
            (
                "Aparna Subbalakshmi is a journalist based in Bhopal who writes about water and farming.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Reporting for this story was supported by the Neelkanth Fund for Environmental Journalism.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe to The Hinterland Review: print and digital from ₹1,499 a year",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from this issue", "", "", "B"),
        ],
        [
            ("The last salt-makers of the Little Rann", "", "", "B"),
        ],
        [
            ("© The Hinterland Review 2027", "", "", "B"),
        ],
    ],
    # Kenya: newsletter web view
    [
        [
            ("Can't see this properly?", "", "", "B"),
            ("Read it online.", "", "", "B"),
        ],
        [
            ("THE MID-WEEK TILL  ·  Issue 212  ·  Wednesday, 18 August 2027", "", "", "B"),
        ],
        [
            ("Money, mobile and markets from Nairobi, every Wednesday.", "", "", "B"),
        ],
        [
            ("Habari!", "", "", "B"),
            ("Wanjiru here, with one big story and a few small ones.", "", "", "B"),
        ],
        [
            ("This week:", "", "", "B"),
        ],
        [
            ("1. Savanna goes free on small transfers", "", "", "B"),
        ],
        [
            ("2. What it costs the merchant", "", "", "B"),
        ],
        [
            ("3. Quick hits: the shilling, the NSE, Nakuru's matatus", "", "", "B"),
        ],
        [
            ("Savanna cuts fees to zero on transfers under KSh 1,000", "", "", "W"),
        ],
        [
            (
                "Savanna Telecom will stop charging for person-to-person transfers of up to KSh 1,000 from September 1, the company said on Monday.",
                "Savanna Telecom",
                "said",
                "W",
            ),
        ],
        [
            (
                "Until now, sending KSh 500 cost KSh 7, and sending KSh 1,000 cost KSh 13.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It said transfers under KSh 1,000 made up 61% of its 1.9 billion person-to-person transactions last year but only 8% of their value.",
                "Savanna Telecom",
                "said",
                "W",
            ),
        ],
        [
            (
                "On a call with analysts, Caroline Njeri-Wambugu, who runs the company's mobile money business, said the cut would reduce fee income by about KSh 2.3 billion a year.",
                "Caroline Njeri-Wambugu",
                "said",
                "W",
            ),
            (
                "“We would rather lose that than lose the customer to a bank app,” she said.",
                "Caroline Njeri-Wambugu",
                "said",
                "",
            ),
        ],
        [
            ("Why now?", "", "", ""),
            (
                "Three of Kenya's five largest banks now offer free app-to-wallet transfers below KSh 2,000, a Till check of their tariff sheets shows.",
                "a Till check of their tariff sheets",
                "shows",
                "W",
            ),
        ],
        [
            (
                "Mobile money transactions were worth KSh 8.4 trillion in 2026, up 6.1% on 2025, according to Central Bank of Kenya data.",
                "Central Bank of Kenya data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Brian Otieno-Mbugua, a telecoms analyst at Baraka Hill Securities, reckons the hit is smaller than it looks.",
                "Brian Otieno-Mbugua",
                "reckons",
                "",
            ),
        ],
        [
            (
                "“Most of those small transfers are people topping someone up so they can pay a till.",
                "Brian Otieno-Mbugua",
                "said",
                "",
            ),
            (
                "The fee just moves to the merchant side,” he said.",
                "Brian Otieno-Mbugua",
                "said",
                "",
            ),
        ],
        [
            ("What it costs the merchant", "", "", ""),
        ],
        [
            (
                "Merchant fees are unchanged: a till payment still costs the merchant 0.55% of the amount, capped at KSh 200.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mercy Achieng Odhiambo, who sells secondhand shoes at Gikomba market, told The Till she pays about KSh 4,000 a month in till charges.",
                "Mercy Achieng Odhiambo",
                "told The Till",
                "W",
            ),
        ],
        [
            ("“Free for my customers is good.", "Mercy Achieng Odhiambo", "said", ""),
            ("Free for me would be better,” she said.", "Mercy Achieng Odhiambo", "said", ""),
        ],
        [
            (
                "The Competition Authority of Kenya said in June it was studying pricing in the mobile money market, without naming any company.",
                "Competition Authority of Kenya",
                "said",
                "W",
            ),
            (
                "It did not respond to questions this week.",
                "Competition Authority of Kenya",
                "did not respond to questions",
                "",
            ),
        ],
        [
            ("A word from this week's sponsor", "", "", "B"),
        ],
        [
            (
                "Kilimo Pay puts invoices, wallet reconciliation and payroll in one dashboard.",
                "",
                "",
                "B",
            ),
            ("Try it free for 30 days at kilimopay.co.ke.", "", "", "B"),
        ],
        [
            ("Quick hits", "", "", "B"),
        ],
        [
            (
                "The shilling closed at 129.40 to the dollar on Tuesday, its strongest level since March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The NSE 20 share index rose 1.8% last week, led by banks.", "", "", "W"),
        ],
        [
            (
                "Matatu owners in Nakuru say a cashless-fare pilot on two routes will end in October after drivers refused to use the card readers.",
                "Matatu owners in Nakuru",
                "say",
                "W",
            ),
        ],
        [
            ("That's the Till for this week.", "", "", "B"),
            ("See you next Wednesday.", "", "", "B"),
        ],
        [
            ("– Wanjiru Kinyanjui-Maina", "", "", "B"),
        ],
        [
            ("Forwarded this by a friend?", "", "", "B"),
            ("Subscribe free at midweektill.co.ke.", "", "", "B"),
        ],
        [
            ("You're getting this email because you signed up for The Mid-Week Till.", "", "", "B"),
        ],
        [
            ("Unsubscribe  |  Update your preferences  |  Past issues", "", "", "B"),
        ],
        [
            ("The Mid-Week Till, 4th Floor, Mpaka Road, Westlands, Nairobi", "", "", "B"),
        ],
    ],
    # Ireland: reader-view paste
    [
        [
            ("corkharbourtimes.ie", "", "", "B"),
        ],
        [
            ("New rents in Cork city up 7.8% in a year as average tops €1,800", "", "", "W"),
        ],
        [
            ("Siobhán Ní Fhlaithearta", "", "", "B"),
        ],
        [
            ("5–7 minutes", "", "", "B"),
        ],
        [
            (
                "The average rent for a new tenancy in Cork city rose 7.8 per cent in the year to June, to €1,812 a month, according to the latest figures from the Residential Tenancies Board (RTB).",
                "the latest figures from the Residential Tenancies Board",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nationally, new rents rose 5.9 per cent to an average of €1,694, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rents in the county outside the city rose faster still, by 9.1 per cent to €1,388, with the biggest increases in Mallow, Co. Cork, and in Carrigaline.",
                "",
                "",
                "W",
            ),
            (
                "It is the 14th quarter in a row in which new rents in the city have risen faster than the national average.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside Dublin, Cork city now has the highest average new rent in the country, ahead of Galway city at €1,741 and Limerick city at €1,598.",
                "",
                "",
                "W",
            ),
            ("In Dublin the average was €2,288.", "", "", "W"),
        ],
        [
            (
                "A one-bedroom home in the city now costs an average of €1,466 a month, and a four-bedroom house €2,390, the figures show.",
                "the figures",
                "show",
                "W",
            ),
        ],
        [
            ("Houses on Evergreen Road in Turners Cross, Cork.", "", "", ""),
        ],
        [
            ("Picture: Ronan Sheehy-Walsh", "", "", "B"),
        ],
        [
            (
                "Aoife Crowley-Nagle, a 31-year-old pharmacist, left a two-bed apartment in Ballintemple in March after being told the rent would go from €1,600 to €1,950 for the next tenant.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“I viewed 23 places in six weeks.", "Aoife Crowley-Nagle", "said", "W"),
            (
                "At one of them there were 40 people in the hall,” she said.",
                "Aoife Crowley-Nagle",
                "said",
                "W",
            ),
        ],
        [
            (
                "“You stop asking is it nice and start asking will they take me,” she said.",
                "Aoife Crowley-Nagle",
                "said",
                "",
            ),
            ("She now rents a room in a shared house in Blackpool for €950 a month.", "", "", "W"),
        ],
        [
            (
                "A letting agent in Douglas, who did not want to be named, said three-bed houses were being let within 48 hours of going online.",
                "A letting agent in Douglas",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Munster Property Owners' Network, which says it represents about 1,200 small landlords, said the figures reflected a shortage of homes, not greed.",
                "Munster Property Owners' Network",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its chairman, Declan Hourihane, said 87 of its members had sold up in the past 18 months.",
                "Declan Hourihane",
                "said",
                "W",
            ),
            (
                "“Every time one of us sells, a family ends up on the council list,” he said.",
                "Declan Hourihane",
                "said",
                "",
            ),
        ],
        [
            (
                "The city council said 6,812 households were on its social housing waiting list at the end of June.",
                "The city council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minister for Housing Ciarán Tuohy-Brennan told the Dáil on Tuesday that 2,140 new homes had been completed in Cork city in the first half of the year, up 31 per cent on the same period last year.",
                "Ciarán Tuohy-Brennan",
                "told the Dáil",
                "W",
            ),
        ],
        [
            ("“Supply is coming.", "Ciarán Tuohy-Brennan", "said", ""),
            (
                "I accept it is not coming fast enough for the people we hear from every week,” he said.",
                "Ciarán Tuohy-Brennan",
                "said",
                "",
            ),
            (
                "He said a further 2,600 homes were under construction in the city.",
                "Ciarán Tuohy-Brennan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Social Democrats TD Nessa Kiely-Barrett said 610 of those homes were student beds that would never be let to families.",
                "Nessa Kiely-Barrett",
                "said",
                "W",
            ),
            (
                "“Is the minister counting bunk beds now?” she asked.",
                "Nessa Kiely-Barrett",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Department of Housing did not respond to a request for comment on the student beds.",
                "Department of Housing",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The Cork Tenancy Advice Centre said calls about rent increases were up 40 per cent on last year.",
                "Cork Tenancy Advice Centre",
                "said",
                "W",
            ),
            (
                "It urged anyone moving into a new tenancy to check that the landlord is registered at rtb.ie before handing over a deposit.",
                "Cork Tenancy Advice Centre",
                "urged",
                "",
            ),
        ],
        [
            (
                "Housing economist Gráinne Lenihan-Daly said the rise was slower than last year, when new rents in the city climbed 11.4 per cent.",
                "Gráinne Lenihan-Daly",
                "said",
                "W",
            ),
        ],
        [
            ("“The direction is still up.", "Gráinne Lenihan-Daly", "said", ""),
            (
                "The slope is just a little less steep,” she said.",
                "Gráinne Lenihan-Daly",
                "said",
                "",
            ),
        ],
        [
            (
                "New rents in the city could rise by another 5 to 6 per cent next year, she said.",
                "Gráinne Lenihan-Daly",
                "said",
                "",
            ),
        ],
        [
            (
                "The RTB figures are based on 13,104 new tenancies registered nationally between April and June.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("Vacant homes tax raises €1.1m in Cork in its first year", "", "", "B"),
        ],
        [
            ("Student rooms in Cork now cost more than one-bed flats in Waterford", "", "", "B"),
        ],
        [
            ("Sign up to the Cork Harbour Times morning briefing", "", "", "B"),
        ],
    ],
    # Philippines: phone app share
    [
        [
            ("The Visayan Current", "", "", "B"),
        ],
        [
            ("Shared from The Visayan Current app", "", "", "B"),
        ],
        [
            ("METRO CEBU", "", "", "B"),
        ],
        [
            (
                "Water rationing: 12-hour daily rotation starts Monday in 9 Cebu City barangays",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ma. Theresa Villacorta-Sy", "", "", "B"),
        ],
        [
            ("April 1, 2028 | 7:42 PM", "", "", "B"),
        ],
        [
            (
                "CEBU CITY — Residents of nine barangays in Cebu City will get piped water for only 12 hours a day starting Monday, April 3, after the level of the city's main reservoir dropped to its lowest in seven years, the Central Cebu Water District (CCWD) said on Saturday.",
                "Central Cebu Water District",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Tabunan reservoir stood at 28.6 meters on Saturday morning, 4.4 meters below its spilling level, according to CCWD data.",
                "CCWD data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "CCWD general manager Engr. Rodolfo Baguio-Lim said the rotation would affect about 31,000 households in Brgy. Guadalupe, Brgy. Labangon, Brgy. Punta Princesa and six upland barangays.",
                "Rodolfo Baguio-Lim",
                "said",
                "W",
            ),
        ],
        [
            ("“We are asking for patience.", "Rodolfo Baguio-Lim", "said in a press briefing", ""),
            (
                "This is not a decision we wanted to make,” Baguio-Lim said in a press briefing.",
                "Rodolfo Baguio-Lim",
                "said in a press briefing",
                "",
            ),
        ],
        [
            (
                "He said the district produces about 280,000 cubic meters of water a day, against demand of 390,000 cubic meters.",
                "Rodolfo Baguio-Lim",
                "said",
                "W",
            ),
            ("“Even in a good year we are short,” he said.", "Rodolfo Baguio-Lim", "said", ""),
        ],
        [
            ("Households in the affected areas will have water from 4 a.m. to 4 p.m.", "", "", "W"),
            (
                "Water trucks will serve hospitals, schools and evacuation sites during the cut, the district said.",
                "the district",
                "said",
                "",
            ),
        ],
        [
            (
                "PAGASA's Mactan station recorded only 11.2 millimeters of rain in March, against a normal of 49 millimeters, the weather bureau said.",
                "the weather bureau",
                "said",
                "W",
            ),
            (
                "Weak El Niño conditions are likely to last until June, PAGASA said.",
                "PAGASA",
                "said",
                "",
            ),
        ],
        [
            (
                "The reservoir was last this low in April 2021, when the district imposed a similar rotation for seven weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Labangon barangay captain Nestor Lapinig said some sitios on higher ground had gone without piped water even before the rotation was announced.",
                "Nestor Lapinig",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Sitio Tambis has been on water trucks since Holy Week last year,” he said.",
                "Nestor Lapinig",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lorna Tabanas, 52, who runs a sari-sari store in Guadalupe, said she spent P1,200 on plastic drums and a hose last week.",
                "Lorna Tabanas",
                "said",
                "W",
            ),
        ],
        [
            ("“What can we do?", "Lorna Tabanas", "said in Cebuano", ""),
            ("We store, we pray,” she said in Cebuano.", "Lorna Tabanas", "said in Cebuano", ""),
        ],
        [
            (
                "Nurse Ma. Cristina Alesna-Ruiz, 38, of Brgy. Punta Princesa said her family of six now showers at her mother's house in Talamban.",
                "Ma. Cristina Alesna-Ruiz",
                "said",
                "",
            ),
            (
                "“It is 40 minutes by jeepney with a bucket,” she said.",
                "Ma. Cristina Alesna-Ruiz",
                "said",
                "",
            ),
        ],
        [
            ("Private water deliveries have also gone up.", "", "", ""),
            (
                "A 1,000-liter delivery in Labangon now costs P350, up from P250 in February, according to three delivery operators interviewed by The Visayan Current.",
                "three delivery operators interviewed by The Visayan Current",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Department of Education's Cebu City division said classes would continue, but schools in the nine barangays may switch to half-day sessions.",
                "The Department of Education's Cebu City division",
                "said",
                "",
            ),
        ],
        [
            (
                "Administrators at two private hospitals in the affected areas said they had filled their cisterns and would not need to postpone operations.",
                "Administrators at two private hospitals in the affected areas",
                "said",
                "",
            ),
        ],
        [
            (
                "City Hall said it would deploy 14 fire trucks to deliver water to the upland barangays from Monday.",
                "City Hall",
                "said",
                "",
            ),
        ],
        [
            (
                "Councilor Jocelyn Mabanag, who chairs the city council's committee on public utilities, said she would file a resolution asking the CCWD to waive minimum charges for affected households.",
                "Jocelyn Mabanag",
                "said",
                "",
            ),
            (
                "“People should not pay for water that does not come out of the tap,” she said.",
                "Jocelyn Mabanag",
                "said",
                "",
            ),
        ],
        [
            (
                "Last year the district lost 27 percent of the water it produced to leaks and illegal connections, according to its annual report.",
                "its annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Water district officials said the rotation would be reviewed every week and lifted once the reservoir rises above 31 meters.",
                "Water district officials",
                "said",
                "",
            ),
        ],
        [
            (
                "The CCWD also asked residents to report leaks through its hotline, 8-230-0000, or at ccwd.gov.ph/report.",
                "Central Cebu Water District",
                "asked",
                "",
            ),
        ],
        [
            ("Get the latest news on The Visayan Current app.", "", "", "B"),
            ("Download it free on Google Play and the App Store.", "", "", "B"),
        ],
        [
            ("visayancurrent.ph/metro/2028/04/01/water-rotation-nine-barangays", "", "", "B"),
        ],
        [
            ("More from Metro Cebu", "", "", "B"),
        ],
        [
            ("Mandaue bridge closure extended to April 20", "", "", "B"),
        ],
        [
            ("Copyright © 2028 Visayan Current Media Inc.", "", "", "B"),
        ],
    ],
    # Sweden: press release on a company site
    [
        [
            ("NORDHAMN", "", "", "B"),
        ],
        [
            (
                "About us   Technology   Investors   Media   Careers   Sustainability   SV | EN",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media › Press releases", "", "", "B"),
        ],
        [
            ("Regulatory information", "", "", "B"),
        ],
        [
            ("3 September 2027, 08:00 CET", "", "", "B"),
        ],
        [
            (
                "Nordhamn starts commercial production in Västerås and lowers 2027 volume target",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nordhamn Cell Recycling AB (publ) today announced that its recycling plant in Västerås has started commercial operation, and that it is lowering its target for volumes processed in 2027 to 9,000 tonnes from 14,000 tonnes because of slower deliveries of battery production scrap.",
                "Nordhamn Cell Recycling AB (publ)",
                "announced",
                "W",
            ),
        ],
        [
            ("Highlights", "", "", "B"),
        ],
        [
            ("First black mass shipped to customers on 28 August", "", "", "W"),
        ],
        [
            (
                "2027 processing target lowered to 9,000 tonnes (previously 14,000 tonnes)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Workforce in Västerås to be reduced by 85 positions", "", "", "W"),
        ],
        [
            (
                "Nameplate capacity of 30,000 tonnes a year expected to be reached in the second half of 2028",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The Västerås plant, which cost SEK 2.9 billion to build, received its first lithium-ion battery scrap in June.",
                "",
                "",
                "W",
            ),
            (
                "On 28 August it shipped its first 140 tonnes of black mass, a powder containing lithium, nickel, cobalt and manganese, to refining customers in Finland and Germany.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deliveries of production scrap from European cell manufacturers have been lower than contracted during 2027, as several customers have postponed their own ramp-ups.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Reaching commercial operation is the milestone our team has worked towards for four years, and I am proud of what they have built,” says Helena Hedlöf, CEO of Nordhamn.",
                "Helena Hedlöf",
                "says",
                "",
            ),
        ],
        [
            (
                "“At the same time, we must be realistic about the volumes our customers can deliver this year.",
                "Helena Hedlöf",
                "says",
                "",
            ),
            ("We are therefore adjusting our cost base.”", "Helena Hedlöf", "says", ""),
        ],
        [
            (
                "Following negotiations with the trade unions under the Swedish Co-Determination in the Workplace Act, the number of employees in Västerås will be reduced by 85, to 310.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The measures are expected to lower annual costs by approx. SEK 120 million from the first quarter of 2028.",
                "",
                "",
                "",
            ),
            (
                "Restructuring costs of approx. SEK 34 million will be charged to the third quarter of 2027.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Closing the loop inside Sweden is important for us and for our customers,” says Jonas Silfverberg, head of procurement at cathode material producer Valkyr Materials AB.",
                "Jonas Silfverberg",
                "says",
                "",
            ),
        ],
        [
            (
                "Nordhamn's liquidity at 30 June 2027 amounted to SEK 1.62 billion, including an undrawn credit facility of SEK 500 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company maintains its target of positive EBITDA for the full year 2028.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Webcast", "", "", "B"),
        ],
        [
            (
                "Nordhamn will hold a webcast for investors, analysts and media today at 10:00 CET.",
                "",
                "",
                "B",
            ),
            ("Register at nordhamn.se/investors.", "", "", "B"),
        ],
        [
            ("For further information, please contact:", "", "", "B"),
        ],
        [
            ("Helena Hedlöf, CEO, +46 21 555 01 20", "", "", "B"),
        ],
        [
            (
                "Petter Åkerblad, Head of Investor Relations, ir@nordhamn.se, +46 70 555 38 41",
                "",
                "",
                "B",
            ),
        ],
        [
            ("About Nordhamn", "", "", "B"),
        ],
        [
            (
                "Nordhamn Cell Recycling AB (publ) recovers lithium, nickel, cobalt and manganese from battery production scrap and end-of-life batteries.",
                "",
                "",
                "B",
            ),
            (
                "The company was founded in 2021, has its head office in Västerås and employs about 410 people.",
                "",
                "",
                "B",
            ),
            (
                "Nordhamn's share is listed on Nasdaq First North Growth Market under the ticker NORDH.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nordhamn Cell Recycling AB (publ) is required to disclose this information under the EU Market Abuse Regulation.",
                "",
                "",
                "B",
            ),
            (
                "The information was released for publication by the contact persons above at 08:00 CET on 3 September 2027.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Attachments", "", "", "B"),
        ],
        [
            ("Nordhamn_press_release_20270903_EN.pdf", "", "", "B"),
        ],
        [
            ("Subscribe to press releases", "", "", "B"),
        ],
        [
            ("© Nordhamn Cell Recycling AB 2027   Privacy   Cookie settings", "", "", "B"),
        ],
    ],
    # Wales: council news page
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("Cymraeg", "", "", "B"),
        ],
        [
            ("Dyffryn Arian County Borough Council", "", "", "B"),
        ],
        [
            (
                "Bins and recycling   Council tax   Schools   Planning   Social care   Roads   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home  >  News  >  Budget and council tax 2028 to 2029", "", "", "B"),
        ],
        [
            ("Council sets 2028-29 budget with 6.9% council tax rise", "", "", "W"),
        ],
        [
            ("Published: 29 February 2028", "", "", "B"),
        ],
        [
            (
                "Full Council has approved a net revenue budget of £412.6 million for 2028-29, including a council tax increase of 6.9 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Band D charge for the council's services will be £1,812.46 a year, an increase of £116.89, or about £2.25 a week.",
                "",
                "",
                "W",
            ),
            (
                "Town and community council precepts and the police precept are added separately.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The council faced a funding gap of £14.2 million after pay awards, rising demand for adult social care and a Welsh Government settlement increase of 3.1 per cent that did not keep pace with costs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Savings of £8.9 million have been agreed, including shorter opening hours at six of the county borough's 11 libraries and an increase in the garden waste charge from £38 to £45 a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The budget was approved by 31 votes to 19, with two abstentions.", "", "", "W"),
        ],
        [
            (
                "Cllr Eleri Vaughan-Pritchard, Cabinet Member for Finance and Resources, said:",
                "Eleri Vaughan-Pritchard",
                "said",
                "",
            ),
        ],
        [
            (
                "“No councillor wants to raise council tax by this amount.",
                "Eleri Vaughan-Pritchard",
                "said",
                "",
            ),
            (
                "But the alternative was cuts to schools and social care that we were not prepared to make.",
                "Eleri Vaughan-Pritchard",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have protected school budgets in full for the second year running, and the Council Tax Reduction Scheme stays in place for the 9,400 households who rely on it.”",
                "Eleri Vaughan-Pritchard",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Leader of the Council, Cllr Rhodri ap Gwilym, said the authority's core funding had fallen by £61 million in real terms since 2010-11.",
                "Rhodri ap Gwilym",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are being asked to run 21st-century services on a 2010 budget,” he said.",
                "Rhodri ap Gwilym",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Siân Bowdler-Rees, leader of the Independent group, said her group's amendment for a 4.9 per cent rise, funded by using £3 million of reserves, was defeated by 30 votes to 21.",
                "Siân Bowdler-Rees",
                "said",
                "W",
            ),
            (
                "“Families are being asked to pay more and get less,” she said.",
                "Siân Bowdler-Rees",
                "said",
                "",
            ),
        ],
        [
            (
                "Ap Gwilym said using reserves to hold down council tax would only push the gap into next year.",
                "Rhodri ap Gwilym",
                "said",
                "",
            ),
        ],
        [
            ("What your council tax pays for", "", "", ""),
        ],
        [
            ("Council tax covers about 27 per cent of the council's spending.", "", "", "W"),
            (
                "The rest comes from the Welsh Government settlement, non-domestic rates, and fees and charges.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Almost half of the budget, £196.3 million, goes on schools and education.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Help with paying", "", "", ""),
        ],
        [
            (
                "If you are on a low income, you may be able to get help through the Council Tax Reduction Scheme.",
                "",
                "",
                "",
            ),
            (
                "Apply online at dyffrynarian.gov.wales/ctr or call 01656 555 210, Monday to Friday, 9am to 5pm.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Bills for 2028-29 will be sent out from 13 March.", "", "", ""),
        ],
        [
            ("Notes to editors", "", "", "B"),
        ],
        [
            (
                "The budget papers are published with the agenda for the Full Council meeting of 28 February 2028, item 6.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Media enquiries: communications@dyffrynarian.gov.wales", "", "", "B"),
        ],
        [
            ("Was this page useful?", "", "", "B"),
        ],
        [
            ("Yes  /  No", "", "", "B"),
        ],
        [
            ("Last updated: 29 February 2028", "", "", "B"),
        ],
        [
            ("Share this page", "", "", "B"),
        ],
        [
            ("Facebook   X   LinkedIn   Email", "", "", "B"),
        ],
        [
            ("Related news", "", "", "B"),
        ],
        [
            ("Garden waste subscriptions open for 2028", "", "", "B"),
        ],
        [
            ("Consultation on school transport policy closes on 15 March", "", "", "B"),
        ],
        [
            (
                "Accessibility statement   Privacy notice   Cookies   Welsh Language Standards",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© Dyffryn Arian County Borough Council 2028", "", "", "B"),
        ],
    ],
    # Sri Lanka: sports site
    [
        [
            ("CREASE & COVER", "", "", "B"),
        ],
        [
            ("Cricket | Rugby | Football | Athletics | Schools | Live Scores", "", "", "B"),
        ],
        [
            ("Cricket > Domestic", "", "", "B"),
        ],
        [
            (
                "Dewapura's unbeaten 71 wins Central the Women's Inter-Provincial T20 title",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Western Province crash from 96 for 1 to 139 all out in Pallekele final", "", "", "W"),
        ],
        [
            ("By Ruwan Edirimanne", "", "", "B"),
        ],
        [
            ("June 20, 2027 · 11:05 pm", "", "", "B"),
        ],
        [
            ("Tharushi Dewapura celebrates her fifty at Pallekele on Sunday.", "", "", ""),
        ],
        [
            ("Pic: Sahan Liyanarachchi", "", "", "B"),
        ],
        [
            (
                "PALLEKELE – Nineteen-year-old Tharushi Dewapura made an unbeaten 71 off 52 balls as Central Province beat Western Province by five wickets, with nine balls to spare, in the final of the Women's Inter-Provincial T20 at Pallekele on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chasing 140, Central were 31 for 3 in the sixth over before Dewapura and captain Nadeesha Galappatti added 84 for the fourth wicket.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Western had looked set for 170 or more at 96 for 1 after 12 overs, with opener Iresha Kulatunge on 54.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("They lost nine wickets for 43 runs.", "", "", "W"),
            (
                "Left-arm spinner Senuri Hettiaratchi took four of them for 19 runs in her four overs, and three batters were stumped.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hettiaratchi, a 17-year-old from Matale, was playing only her third senior match.",
                "",
                "",
                "W",
            ),
            ("It was a collapse nobody in the stands saw coming.", "", "", ""),
        ],
        [
            ("Dewapura was dropped on 8 at deep midwicket.", "", "", "W"),
            ("Western never recovered from it.", "", "", ""),
        ],
        [
            (
                "“I just told myself, don't look at the board, watch the ball,” said Dewapura, who was named player of the match.",
                "Tharushi Dewapura",
                "said",
                "",
            ),
        ],
        [
            ("“Is this real?", "Tharushi Dewapura", "said", ""),
            ("I'm still shaking!”", "Tharushi Dewapura", "said", ""),
        ],
        [
            (
                "Galappatti said Central had lost both their league games against Western this season, by 22 runs and by seven wickets.",
                "Nadeesha Galappatti",
                "said",
                "W",
            ),
            (
                "“We came here as the underdogs and we liked it,” she said.",
                "Nadeesha Galappatti",
                "said",
                "",
            ),
        ],
        [
            (
                "Western coach Lasantha Gunawardane said his batters had “panicked against spin”.",
                "Lasantha Gunawardane",
                "said",
                "",
            ),
        ],
        [
            ("“At 96 for 1 you should get 160.", "Lasantha Gunawardane", "said", ""),
            ("We got 139.", "Lasantha Gunawardane", "said", "W"),
            ("That is the whole story,” he said.", "Lasantha Gunawardane", "said", ""),
        ],
        [
            (
                "National selector Priyangika Mudannayake watched the match from the pavilion.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sri Lanka Cricket said in a statement that the squad for the three-match series against Ireland in August would be named on July 3.",
                "Sri Lanka Cricket",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Dewapura finished the tournament with 412 runs at an average of 68.66, the most by any batter, according to tournament statistics.",
                "tournament statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "About 3,500 spectators attended, the biggest crowd for a domestic women's match in Kandy, according to the ground's management.",
                "the ground's management",
                "according to",
                "W",
            ),
        ],
        [
            ("Brief scores", "", "", "B"),
        ],
        [
            (
                "Western Province 139 all out in 19.2 overs (I. Kulatunge 54, K. Opatha 22; S. Hettiaratchi 4/19, N. Galappatti 2/24)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Central Province 140 for 5 in 18.3 overs (T. Dewapura 71 n.o., N. Galappatti 33; D. Udugama 2/28)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Central Province won by five wickets", "", "", ""),
        ],
        [
            ("Player of the match: T. Dewapura", "", "", ""),
        ],
        [
            ("More cricket", "", "", "B"),
        ],
        [
            ("Under-19 trials: 46 called to Colombo for August camp", "", "", "B"),
        ],
        [
            ("Hikkaduwa Seagulls CC sack coach after ninth straight defeat", "", "", "B"),
        ],
        [
            (
                "Follow Crease & Cover on Facebook and YouTube for live scores and highlights.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Crease & Cover.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # Thailand: English-language daily
    [
        [
            ("THE SIAM COURIER", "", "", "B"),
        ],
        [
            (
                "Thailand   Business   World   Opinion   Life   Travel   Tech   Sports   E-paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS / GENERAL", "", "", "B"),
        ],
        [
            ("Chiang Mai shuts 318 schools as PM2.5 hits five-year high", "", "", "W"),
        ],
        [
            (
                "Governor orders civil servants to work from home; hospitals report surge in breathing problems",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Wanida Saengthong, Chiang Mai correspondent", "", "", "B"),
        ],
        [
            ("Published: 9 Mar 2028 at 06:30", "", "", "B"),
        ],
        [
            ("In print: News, page 2", "", "", "B"),
        ],
        [
            ("Doi Suthep is barely visible from the old city on Wednesday afternoon.", "", "", ""),
        ],
        [
            ("(Photo: Somkiat Intharasuk)", "", "", "B"),
        ],
        [
            (
                "CHIANG MAI: Authorities ordered 318 schools in Chiang Mai to close for the rest of the week on Wednesday after fine-dust levels climbed to 212 microgrammes per cubic metre, the highest reading in the province in five years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The safe level is 37.5 microgrammes, according to the Pollution Control Department.",
                "the Pollution Control Department",
                "according to",
                "W",
            ),
            (
                "Chiang Rai, Lampang and Mae Hong Son also recorded levels above 150 microgrammes on Wednesday.",
                "",
                "",
                "W",
            ),
            (
                "Chiang Mai has had unhealthy air on 41 of the past 60 days, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chiang Mai governor Thawatchai Chaiyaphruek said civil servants would work from home until Friday, except those in hospitals, the police and other essential services.",
                "Thawatchai Chaiyaphruek",
                "said",
                "W",
            ),
        ],
        [
            ("“Those who burn will be prosecuted.", "Thawatchai Chaiyaphruek", "said", ""),
            (
                "There will be no exceptions this year,” Mr Thawatchai said.",
                "Thawatchai Chaiyaphruek",
                "said",
                "",
            ),
        ],
        [
            (
                "Burning in open areas carries a fine of up to 100,000 baht or up to one year in jail under provincial orders issued in January, he said.",
                "Thawatchai Chaiyaphruek",
                "said",
                "W",
            ),
            (
                "So far this year, 214 people have been charged, he added.",
                "Thawatchai Chaiyaphruek",
                "added",
                "W",
            ),
        ],
        [
            (
                "Provincial police chief Pol Maj Gen Anuwat Khemthong said officers had set up 32 checkpoints on roads into forest reserves.",
                "Anuwat Khemthong",
                "said",
                "W",
            ),
        ],
        [
            (
                "Satellites detected 1,842 hotspots in the province in the past seven days, 71% of them in forest reserves, according to the Geo-Informatics and Space Technology Development Agency (Gistda).",
                "the Geo-Informatics and Space Technology Development Agency",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr Ratchanee Sriwattana, director of Lanna Ruam Jai Hospital in Muang district, said the hospital saw 1,210 patients with respiratory symptoms on Tuesday, against about 400 on a normal day.",
                "Ratchanee Sriwattana",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Children and elderly people with heart disease should not go outside at all.",
                "Ratchanee Sriwattana",
                "said",
                "",
            ),
            (
                "An N95 mask helps, but a surgical mask does almost nothing against particles this small,” she said.",
                "Ratchanee Sriwattana",
                "said",
                "W",
            ),
        ],
        [
            ("“My son is two years old.", "Nattaporn Wiriyakul", "said", ""),
            (
                "We are driving to my sister's in Bangkok tomorrow,” said Nattaporn Wiriyakul, 34, who runs a café near Nimmanhaemin Road.",
                "Nattaporn Wiriyakul",
                "said",
                "",
            ),
        ],
        [
            (
                "In Mae Chaem district, maize farmer Boonlert Jaroonwit, 47, said he stopped burning his stubble two years ago, but his neighbours had not.",
                "Boonlert Jaroonwit",
                "said",
                "",
            ),
        ],
        [
            (
                "“Ploughing the stalks back in costs me 1,500 baht a rai.",
                "Boonlert Jaroonwit",
                "said",
                "W",
            ),
            ("Burning costs one match,” he said.", "Boonlert Jaroonwit", "said", ""),
        ],
        [
            (
                "Airport officials said 11 domestic flights were delayed on Wednesday morning because visibility fell below 800 metres.",
                "Airport officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Chiang Mai Tourism Business Association said hotel occupancy in the city fell to 48% last week, from 76% in the same week last year.",
                "Chiang Mai Tourism Business Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Public Health Ministry said it would send 400,000 N95 masks to eight northern provinces by Saturday.",
                "Public Health Ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition MP for Chiang Mai Kornkanok Thepsuriya wrote on Facebook that the government had cut the province's forest-fire budget by 30% this year.",
                "Kornkanok Thepsuriya",
                "wrote on Facebook",
                "W",
            ),
            (
                "“Every year the same smoke, every year the same press conference,” she wrote.",
                "Kornkanok Thepsuriya",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The provincial education office said schools would reopen on Monday if readings fall below 75 microgrammes.",
                "The provincial education office",
                "said",
                "",
            ),
        ],
        [
            (
                "The Pollution Control Department forecast that a change in wind direction could bring some relief from Sunday.",
                "Pollution Control Department",
                "forecast",
                "",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Lampang coal plant ordered to cut output as smog lingers", "", "", "B"),
        ],
        [
            ("Bangkok schools told to keep children indoors during morning peak", "", "", "B"),
        ],
        [
            ("Rate this article: ★★★★★", "", "", "B"),
        ],
        [
            ("Follow The Siam Courier on LINE and Facebook", "", "", "B"),
        ],
        [
            ("© 2028 Siam Courier Publishing Plc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h90-id-quote",
        "“We are not in a crisis. But we are not going to wait until we are in one,” he said.",
        ["“We are not in a crisis.", "But we are not going to wait until we are in one,” he said."],
    ),
    (
        "h90-id-tbk",
        "A trade ministry spokesman said the import permit for the first tranche was issued on Thursday to listed importer PT Sentra Pangan Niaga Tbk. Its shares rose 4.2% in Jakarta trading on Friday, while the main index was flat.",
        [
            "A trade ministry spokesman said the import permit for the first tranche was issued on Thursday to listed importer PT Sentra Pangan Niaga Tbk.",
            "Its shares rose 4.2% in Jakarta trading on Friday, while the main index was flat.",
        ],
    ),
    (
        "h90-id-sept",
        "Darmawan said imported stocks would not be released to markets after Sept. 15, when the main harvest starts in Java. The cut-off was one of the farmers' main demands last year.",
        [
            "Darmawan said imported stocks would not be released to markets after Sept. 15, when the main harvest starts in Java.",
            "The cut-off was one of the farmers' main demands last year.",
        ],
    ),
    (
        "h90-id-range",
        "In Bangkok, Thai 5% broken white rice was quoted at $508-$516 a tonne this week, up from $497 a week earlier, exporters said. Part of the rise reflected expectations of Indonesian buying, they said.",
        [
            "In Bangkok, Thai 5% broken white rice was quoted at $508-$516 a tonne this week, up from $497 a week earlier, exporters said.",
            "Part of the rise reflected expectations of Indonesian buying, they said.",
        ],
    ),
    (
        "h90-au-glance",
        "The operating deficit for 2027-28 is now forecast at $640 million, down from $1.9 billion at the mid-year update. A surplus of $2.1 billion is forecast for 2028-29, rising to $3.4 billion in 2030-31.",
        [
            "The operating deficit for 2027-28 is now forecast at $640 million, down from $1.9 billion at the mid-year update.",
            "A surplus of $2.1 billion is forecast for 2028-29, rising to $3.4 billion in 2030-31.",
        ],
    ),
    (
        "h90-au-corner",
        "“We have turned the corner. Not because it was easy, but because we made choices,” she said.",
        [
            "“We have turned the corner.",
            "Not because it was easy, but because we made choices,” she said.",
        ],
    ),
    (
        "h90-au-holiday",
        "Owners of holiday homes that are not rented out for at least 26 weeks a year will pay 2 per cent of the property's capital improved value from January 1, up from 1 per cent, the budget papers show. The change is expected to raise $412 million over four years. About 88,000 properties will be affected, according to Treasury estimates.",
        [
            "Owners of holiday homes that are not rented out for at least 26 weeks a year will pay 2 per cent of the property's capital improved value from January 1, up from 1 per cent, the budget papers show.",
            "The change is expected to raise $412 million over four years.",
            "About 88,000 properties will be affected, according to Treasury estimates.",
        ],
    ),
    (
        "h90-ca-nb",
        "Jenna Perrier, 29, joined the department in March after moving home from Moncton, N.B. She is one of two new recruits this year.",
        [
            "Jenna Perrier, 29, joined the department in March after moving home from Moncton, N.B.",
            "She is one of two new recruits this year.",
        ],
    ),
    (
        "h90-ca-pm",
        "The department will hold a recruitment open house at the Lockeport fire hall on Saturday, June 19, from 10 a.m. to 2 p.m. Tours of the trucks and a barbecue are included.",
        [
            "The department will hold a recruitment open house at the Lockeport fire hall on Saturday, June 19, from 10 a.m. to 2 p.m.",
            "Tours of the trucks and a barbecue are included.",
        ],
    ),
    (
        "h90-ca-wage",
        "“It's not a wage. Nobody's getting rich on twenty bucks,” Rhynold said.",
        ["“It's not a wage.", "Nobody's getting rich on twenty bucks,” Rhynold said."],
    ),
    (
        "h90-ca-letters",
        "Letters to the editor may be sent to letters@southshorebeacon.ca. Please keep them under 300 words and include your name and community.",
        [
            "Letters to the editor may be sent to letters@southshorebeacon.ca.",
            "Please keep them under 300 words and include your name and community.",
        ],
    ),
    (
        "h90-gh-circle",
        "“Seven cedis fifty, from Kaneshie to Circle? And my salary has not moved one pesewa,” said Madam Comfort Anokye-Tetteh, a fish seller.",
        [
            "“Seven cedis fifty, from Kaneshie to Circle?",
            "And my salary has not moved one pesewa,” said Madam Comfort Anokye-Tetteh, a fish seller.",
        ],
    ),
    (
        "h90-gh-human",
        "“We are also human beings!” he said. “Drivers have families too.”",
        ["“We are also human beings!” he said.", "“Drivers have families too.”"],
    ),
    (
        "h90-gh-ltd",
        "© 2027 Sunrise Broadcasting Company Ltd. All rights reserved.",
        ["© 2027 Sunrise Broadcasting Company Ltd.", "All rights reserved."],
    ),
    (
        "h90-in-who",
        "“Nobody listened to me the first year,” says Ramkali, now 44. “They said, who will pay? Who will dig?”",
        [
            "“Nobody listened to me the first year,” says Ramkali, now 44.",
            "“They said, who will pay?",
            "Who will dig?”",
        ],
    ),
    (
        "h90-in-dr",
        "Dr. Sameer Kulshrestha, a hydrologist at the Bhopal-based Institute for Dryland Water Studies, has measured eight wells around the tank every month since 2025. The water level in those wells rose by an average of 4.3 metres between May 2025 and May 2027, he says.",
        [
            "Dr. Sameer Kulshrestha, a hydrologist at the Bhopal-based Institute for Dryland Water Studies, has measured eight wells around the tank every month since 2025.",
            "The water level in those wells rose by an average of 4.3 metres between May 2025 and May 2027, he says.",
        ],
    ),
    (
        "h90-in-april",
        "“My well had water in April,” he says, still sounding surprised. “April!”",
        ["“My well had water in April,” he says, still sounding surprised.", "“April!”"],
    ),
    (
        "h90-ke-why",
        "Why now? Three of Kenya's five largest banks now offer free app-to-wallet transfers below KSh 2,000, a Till check of their tariff sheets shows.",
        [
            "Why now?",
            "Three of Kenya's five largest banks now offer free app-to-wallet transfers below KSh 2,000, a Till check of their tariff sheets shows.",
        ],
    ),
    (
        "h90-ke-sponsor",
        "Kilimo Pay puts invoices, wallet reconciliation and payroll in one dashboard. Try it free for 30 days at kilimopay.co.ke.",
        [
            "Kilimo Pay puts invoices, wallet reconciliation and payroll in one dashboard.",
            "Try it free for 30 days at kilimopay.co.ke.",
        ],
    ),
    (
        "h90-ie-co",
        "Rents in the county outside the city rose faster still, by 9.1 per cent to €1,388, with the biggest increases in Mallow, Co. Cork, and in Carrigaline. It is the 14th quarter in a row in which new rents in the city have risen faster than the national average.",
        [
            "Rents in the county outside the city rose faster still, by 9.1 per cent to €1,388, with the biggest increases in Mallow, Co. Cork, and in Carrigaline.",
            "It is the 14th quarter in a row in which new rents in the city have risen faster than the national average.",
        ],
    ),
    (
        "h90-ie-bunk",
        "Social Democrats TD Nessa Kiely-Barrett said 610 of those homes were student beds that would never be let to families. “Is the minister counting bunk beds now?” she asked.",
        [
            "Social Democrats TD Nessa Kiely-Barrett said 610 of those homes were student beds that would never be let to families.",
            "“Is the minister counting bunk beds now?” she asked.",
        ],
    ),
    (
        "h90-ph-pm",
        "Households in the affected areas will have water from 4 a.m. to 4 p.m. Water trucks will serve hospitals, schools and evacuation sites during the cut, the district said.",
        [
            "Households in the affected areas will have water from 4 a.m. to 4 p.m.",
            "Water trucks will serve hospitals, schools and evacuation sites during the cut, the district said.",
        ],
    ),
    (
        "h90-ph-what",
        "“What can we do? We store, we pray,” she said in Cebuano.",
        ["“What can we do?", "We store, we pray,” she said in Cebuano."],
    ),
    (
        "h90-ph-ma",
        "Nurse Ma. Cristina Alesna-Ruiz, 38, of Brgy. Punta Princesa said her family of six now showers at her mother's house in Talamban. “It is 40 minutes by jeepney with a bucket,” she said.",
        [
            "Nurse Ma. Cristina Alesna-Ruiz, 38, of Brgy. Punta Princesa said her family of six now showers at her mother's house in Talamban.",
            "“It is 40 minutes by jeepney with a bucket,” she said.",
        ],
    ),
    (
        "h90-se-approx",
        "The measures are expected to lower annual costs by approx. SEK 120 million from the first quarter of 2028. Restructuring costs of approx. SEK 34 million will be charged to the third quarter of 2027.",
        [
            "The measures are expected to lower annual costs by approx. SEK 120 million from the first quarter of 2028.",
            "Restructuring costs of approx. SEK 34 million will be charged to the third quarter of 2027.",
        ],
    ),
    (
        "h90-wa-band",
        "The Band D charge for the council's services will be £1,812.46 a year, an increase of £116.89, or about £2.25 a week. Town and community council precepts and the police precept are added separately.",
        [
            "The Band D charge for the council's services will be £1,812.46 a year, an increase of £116.89, or about £2.25 a week.",
            "Town and community council precepts and the police precept are added separately.",
        ],
    ),
    (
        "h90-lk-139",
        "“At 96 for 1 you should get 160. We got 139. That is the whole story,” he said.",
        ["“At 96 for 1 you should get 160.", "We got 139.", "That is the whole story,” he said."],
    ),
    (
        "h90-lk-real",
        "“Is this real? I'm still shaking!”",
        ["“Is this real?", "I'm still shaking!”"],
    ),
    (
        "h90-th-mr",
        "“Those who burn will be prosecuted. There will be no exceptions this year,” Mr Thawatchai said.",
        [
            "“Those who burn will be prosecuted.",
            "There will be no exceptions this year,” Mr Thawatchai said.",
        ],
    ),
    (
        "h90-th-mask",
        "“Children and elderly people with heart disease should not go outside at all. An N95 mask helps, but a surgical mask does almost nothing against particles this small,” she said.",
        [
            "“Children and elderly people with heart disease should not go outside at all.",
            "An N95 mask helps, but a surgical mask does almost nothing against particles this small,” she said.",
        ],
    ),
]
