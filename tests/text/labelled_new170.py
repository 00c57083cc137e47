"""Hundred-and-seventieth set of new hand-labelled pages for the hint engines (tuning set, round sixty):
twelve WHOLE pages of ordinary daily news, head to tail as a reader's paste gives them, pasted SEVEN
different ways (desktop browser select-all, phone browser, reader mode, AMP page, print view, app
share text, email newsletter), each with its site's WIDGETS: tickers, weather and prayer-time
strips, consent and paywall blocks, galleries, comment sections, most-read and trending lists,
newsletter sign-ups, app prompts, polls and live-update strips. The pages: a Pakistani English
daily's website pasted with SELECT-ALL on the desktop (a smog closure: schools in Lahore and five
other Punjab districts shut for a week as the AQI touches 487); a Bangladeshi news site pasted from a
PHONE (a dengue update: 1,146 hospitalised and six dead in 24 hours); a Tanzanian newspaper's AMP
page (a transport opening: the Mbagala bus rapid transit line starts with a Sh750 fare); a Zambian
newspaper in READER MODE (a crop price: the Food Reserve Agency will pay K300 a bag of maize); a
Zimbabwean daily's PRINT VIEW (water rationing: a chemical shortage halves Morton Jaffray's output and
Harare's suburbs get water two days a week); a Mauritian news site's APP SHARE TEXT, French furniture
around an English story (a tariff rise: CEB electricity up 7.5% from 1 July); a Cypriot English
daily's morning EMAIL NEWSLETTER (water cuts: reservoirs at 14.6% and night-time cuts in Limassol and
Larnaca); a Bahamian daily's website on the DESKTOP (a fisheries season: crawfish opens with a
six-inch minimum tail); a Guyanese newspaper pasted from a PHONE (a power outage: 62,000 customers in
the dark after lightning hits a 69kV line); a Scottish regional daily's AMP page (a council budget:
Aberdeen's council tax up 8.4%); a Papua New Guinean newspaper in READER MODE (a market reopening:
Lae Main Market back after a K4.2 million rebuild); and a South Korean English-language daily's
PRINT VIEW (a fare rise: the Seoul subway fare goes up 150 won on Oct. 7).

What is hard is telling the page's furniture from its story when every paste mode leaves different
debris, and labelling that debris line by line while the story's own sentences keep their usual
labels. Furniture ("B"), whatever it says and however much it looks like news: tickers ("KSE-100 ▲
118,406.22 (+0.84%) | USD/PKR 281.35 | ..."), weather and AQI strips, a prayer-times strip, a
weather warning in a newsletter; consent blocks sentence by sentence ("We use cookies to personalise
content ...", "By continuing to browse, ...", "We and our 142 partners store and access ...") and
their buttons; paywall meters ("You have 2 free articles left this month." / "Subscribe from $5.99 a
month."); app prompts ("Read the Dispatch in our app, it's faster   INSTALL", "Get breaking news
alerts in the Ledger app   OPEN", "Téléchargez l'application ...", "Partagé depuis l'application
..."); live and breaking strips about other stories ("LIVE   Bangladesh vs Afghanistan, 2nd ODI: BAN
212/6 (41.2 ov)", "BREAKING: Power restored to most of eastern New Providence, BPL says"); most-read,
most-popular and trending lists, whether the numbers stand on their own lines, share a line with the
headline ("1   Man charged ...") or prefix it ("1. Berbice River Bridge toll cut ..."); newsletter
sign-ups, related and "Lire aussi" links, a French poll ("SONDAGE", its question and result); the
reader-mode domain and reading-time lines, the AMP domain bar and "View full site"; print headers and
footers, also repeated mid-article and in the browser's Korean date format ("2027. 9. 24. 오후 6:03
..."); and the newsletter's own frame (view-in-browser, greeting, listen line, section labels,
"Read the full story →", teaser headlines of other stories, a sponsored block, forward and sign-up
prompts, unsubscribe, postal address). Story sentences keep their labels wherever they sit: a gallery
left in by reader mode has "B" counters ("Image 1 of 3", "Gallery: 2/4") and credits but "" captions;
a shared headline at the top of an app share text is flagged by content ("W"); a subhead is "".

Of record ("W"): counts and figures from officials, bodies and records (AQI readings, sealed kilns,
hospitalisations and deaths, buses and fares, tonnes and bag prices, megalitres and chemical stocks,
tariffs and losses, reservoir levels and desalination output, landings and exports, customers and
shutdowns, council tax bands, stalls and fees, fares and debt); records ("the highest reading since
the station opened in 2019", "the lowest level for September since 2008"); causal claims
("crop-residue burning ... accounted for about 40pc of the smog", "the delay had been caused by ...",
"mainly because of the price of heavy fuel oil and coal", "because the average tail landed had
shrunk ...", "Lightning strike on Sophia–Good Hope line caused the shutdown, company says"); rules
(the hazard threshold, egg and compressor rules, registration rules, the compensation rule, the
betel-nut by-law, billing rules, four schedule lines) and scheduled events set by those who run them
(reopening dates, a service start, withdrawals "from September 1", purchases "from 1 June", bowsers
"from Monday", cuts "from 11pm to 7am", a Gazette date, library closures "on 30 June", a ballot "on
Friday", fares "on Oct. 7"); prices reported by groups ("farmers in Chipata told the Sentinel",
"vendors said") and controlled prices. Not worth checking (""): opinions, feelings, characterisations
and quotes of them; forecasts and estimates ("could bring some relief", "expects prices to stay",
"would bring in about 230 billion won a year", "would go up by about Rs 180 a month"); plans with no
fixed date or with a condition ("if the AQI stayed above 450", "unless another funder came forward",
"would “look at” a lower rate"); advice; anecdotes and a person's own counts ("about Sh60,000 on a
good day", "about $180,000 worth of chicken and fish", "about K60 on a good day"); questions in
quotes; scene-setting; subheads; captions that only describe.

And where sentences end: a Tanzanian DATELINE ending in a full stop is part of its lead sentence
("Dar es Salaam. Bus rapid transit services ... said yesterday." is one sentence, as "LAHORE:" is);
"Ltd." ending a sentence before "Its managing director ..."; "(Pvt) Ltd." and "The Meghna Dispatch."
before "All rights reserved."; "Editor: Rezaul Haque Milon." before "Published from ..."; "Ltd" with
no stop ending a copyright line; "Inc. (GPL) said" and "Inc. (GWI) said" mid-sentence; "N.P.," and
"Hon." mid-line; titles that never end a sentence ("Prof Dr", "Dr", "Prof", "Ms", "Mrs", "Mr",
"Eng.", "Cde", "Mbuya", "Hon.", "Cllr", "Rep."); "tril." inside a standfirst; "Oct. 7," and "Sept.
17" mid-sentence and "Oct. 7" ending a headline; times "9pm on", "8am on", "2.14 pm,", "7.30 pm and",
"11.20 pm," and "6am to 6pm,"; currencies and numbers in each country's style ("Rs312,400", "Rs
6.85", "Tk 8.6 lakh", "Tk 1,98,400", "Sh750", "K300", "K4.2 million", "US$4.7 million", "ZiG120 million",
"€8.2 million", "$17.50", "£1,726.46", "1.21 trillion won", "40pc", "14.6 per cent", "PM2.5",
"(+0.84%)", "212/6 (41.2 ov)"); quoted questions with their attribution as one sentence ("“Where do
we go, to the road?” she asked.", "“If the fast bus takes my passengers, who will pay my children's
school fees?” he asked.", "“The price of bread is fixed by the government, so who pays the
difference?” she asked.", "“How many more Sundays in the dark?” she asked in a post on Facebook.",
"“Rent goes up, lunch goes up, and now the subway?” she said.") against a question ending the first
sentence of a quote ("“Online classes?" / "We have one phone ...,” she said."; "“Where am I meant to
go?" / "The nearest one ...,” she said."); a colon before a quote ("the minister said: “Not this
year.”"); furniture questions and imperatives one sentence each ("Enjoying the Morning Briefing?" /
"Forward it to a friend."; "Was this forwarded to you?" / "Sign up here."); a comment split into its
sentences ("Same drama every November." / "When will they plan ahead?"); semicolons kept whole (two
standfirsts and the four schedule lines); and list lines, one sentence each (the schedule, numbered
trending and most-read lines).

The pages hold 535 sentences: 243 "B", 170 "W" and 122 ""; 216 sentences carry a speaker (111
distinct speakers, page by page; 107 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round sixty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/` or `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, two pages of `labelled_new167.py`,
one page and the first six cases (and the case ids) of `labelled_new168.py`. Coined names were checked
for freshness against the words of the string constants of those two files: three given names or
name parts, one photographer's surname and two outlet words ("Times", "Observer") that hit were
replaced before the file was written; only common words (for example "Daily", "Current", "Alliance")
and real places and bodies still hit.

Every person, outlet, publisher, firm, association, alliance, forum, trust, coalition, study,
notice, statement, reader comment and figure is invented. Real countries, provinces, regions,
cities, towns, suburbs, streets, stations, plants, dams, hospitals, universities, ministries,
departments, agencies, authorities, councils, corporations, utilities, legislatures and programmes
appear only as settings, with invented statements and figures: Lahore, Gulberg, Johar Town, Canal
Road, Ichhra, Sheikhupura, Kasur, Gujranwala, Faisalabad, Nankana Sahib, the M-2, the Civil
Secretariat, Mayo Hospital, the Punjab School Education Department, the Punjab Environmental
Protection Department, the National Highways and Motorway Police, the Pakistan Meteorological
Department and the Orange Line; Dhaka, Mugda Medical College Hospital, Jatrabari, Barishal, Karwan
Bazar, Kazi Nazrul Islam Avenue, Jahangirnagar University, the Directorate General of Health
Services and the Dhaka South and Dhaka North City Corporations; Dar es Salaam, Mbagala, Gerezani,
Kilwa Road, Kimara, Morogoro Road, Kariakoo, Kongowe, Charambe, Kigamboni, Muhimbili National
Hospital, the University of Dar es Salaam, the Dar Rapid Transit Agency, the Land Transport
Regulatory Authority, the Government Gazette and the African Development Bank; Lusaka, Mkushi,
Chipata, Choma, the Food Reserve Agency, the Ministry of Agriculture, the Zambia Statistics Agency,
its Crop Forecasting Survey, the Zambia National Farmers' Union, the Millers Association of Zambia
and the Treasury; Harare, Morton Jaffray Waterworks, Mabvuku, Tafara, Borrowdale, Mount Pleasant,
Avondale, Marlborough, Greendale, Msasa, Highlands, Eastlea, Hatfield, Chitungwiza, Harare City
Council and the Ministries of Health and Child Care and of Local Government and Public Works; Port
Louis, Rose-Hill, Quatre-Bornes, Rodrigues, Côte-d'Or, the Central Electricity Board, the Ministry
of Energy and Public Utilities, the Ministry of Commerce, the Utility Regulatory Authority and Metro
Express; Nicosia, Limassol, Larnaca, Paphos, Troodos, Pissouri, Episkopi, the Kouris dam, the Water
Development Department, the Department of Meteorology and the Limassol water board; Nassau, New
Providence, Potter's Cay, Spanish Wells, Marsh Harbour, Arawak Cay, Shirley Street, the Department
of Marine Resources, the House of Assembly, the Royal Bahamas Defence Force, the Department of
Statistics and BPL; Georgetown, Kitty, Regent Street, Robb Street, Lacytown, Sophia, Good Hope,
Garden of Eden, Canefield, Wales, Turkeyen, Enmore, Albion, Lake Mainstay, the Berbice River
Bridge, the Guyana Power and Light Inc., the Public Utilities Commission, the Georgetown Public
Hospital Corporation and Guyana Water Inc.; Aberdeen, Cornhill, Ferryhill, Kincorth, Union Street,
Peterhead, Aberdeenshire Council, Dundee, Edinburgh, the Scottish Government, Scottish Water and
Unison; Lae, Markham Road, Bumbu Road, Bulolo, Nadzab, Morobe, the Lae City Authority, the District
Services Improvement Program and the PNG University of Technology; and Seoul, Seoul Station,
Sindorim Station, Seoul City Hall, Bupyeong, Gangnam, Gyeonggi Province, Incheon, the Seoul
Metropolitan Government, Seoul Metro and the National Assembly.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, ticker, strip, prompt,
consent line, crumb, byline, date line, share strip, caption, credit, gallery counter, comment line,
list item, print header and footer and legal line is a paragraph of its own, except that a caption
and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says, never with a speaker; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content, their "says" carrying the source as
the story gives it; a dateline belongs to its lead sentence; a person is named in full as first
given, without titles or roles, and a pronoun, surname or role noun resolves to that name; a quote
over several sentences carries its speaker and cue in each; "according to X" gives X as written; a
generic noun for a body or a document is kept as written ("the agency", "the council", "The
council", "the department", "The department", "the city", "the company", "The company", "the
authority", "The forum", "The notification"); a short form, acronym or "it" resolves to the name as
first given ("The EPD said", "It said", "the DGHS said", "Latra said", "the CEB said", "the WDD
said", "GPL said", "it said"); a bracketed acronym is dropped; a channel phrase after the verb is
part of the cue ("said in a press release", "said in a notice", "said in a communiqué", "said in a
statement", "announced at a press conference", "told a press conference", "told a briefing", "told
the House of Assembly", "asked in a post on Facebook") and a fronted one is not; a body acting with
no verb of saying carries no speaker (a department's order, a council's rationing, a budget vote).

Conventions this set had to settle, in the same spirit:

* READER COMMENTS under a story are furniture, "B", sentence by sentence and without a speaker, like
  the usernames, times and reply/vote lines around them: they are not the outlet's report, and a
  reviewer checks the story, not its readers. The same holds for a POLL widget, a SPONSORED block
  and the TEASER HEADLINES of a newsletter's other stories, even when they state a fact.
* A LIVE or BREAKING strip about another story, a TICKER, a WEATHER, AQI or PRAYER-TIMES strip and
  a newsletter's weather warning are "B", like a related-headline list.
* In an APP SHARE TEXT the shared headline, which stands first, is flagged by content ("W"); the
  share URL, the source/date line, the notifications, video, "Lire aussi", download and "Partagé
  depuis" lines are "B". French furniture keeps its typography ("SONDAGE", a space before "?" and
  ":"), one sentence per line.
* In an EMAIL NEWSLETTER the lead story's headline and body are labelled as on a web page; the frame
  (view-in-browser, greeting, section labels, "Read the full story →", forward and sign-up prompts,
  unsubscribe and postal address) is "B", and a prompt in two sentences ("Enjoying the Morning
  Briefing?" / "Forward it to a friend.") is two "B" sentences.
* A GALLERY left in the text by reader mode keeps its captions' labels ("", or "W" if one stated a
  fact) with "B" counters and credits, wherever the gallery falls in the body.
* A DATELINE ending in a full stop ("Dar es Salaam. Bus rapid transit services ...") is kept with
  its lead sentence, as "LAHORE:" is: the place is not a sentence of its own.
* Titles dropped from labels in these countries: "Prof Dr" (Pakistan and Bangladesh), "Dr", "Prof",
  "Mr", "Mrs", "Ms", "Hon.", "Eng." (a Zimbabwean engineer's title), "Cde" (comrade), "Mbuya"
  (grandmother, an honorific), "Cllr", "Rep.", "Metropolitan Superintendent", "Acting town clerk",
  "Opposition MP", "Agriculture Minister", "Council co-leader", "Labour group leader"; kept as part
  of the name: "Md" in a Bangladeshi name ("Md Shafiqul Islam Talukder"), Korean names in their own
  order ("Baek Seung-ho", and "Baek said" resolves to him).
* A name of a body as first given keeps a lower-case "the" in its label when the story writes one
  ("the Guyana Power and Light Inc.", with its suffix; "the Punjab Environmental Protection
  Department", also when the first mention opens a sentence), while a body named without an article
  keeps none ("Harare City Council", "Guyana Water Inc.", "Scottish Water", "Denburn Coaches").
* A group's PRICE REPORT is of record ("farmers in Chipata told the Sentinel", "vendors said",
  "Processors in Spanish Wells were paying fishermen $17.50 a pound ..., he said."); a person's own
  takings or losses are not.
* A quote holding a fact of record is "W" ("“We have not touched tariffs for four years,” he said.";
  "“Even after this increase, a passenger pays only about 60 percent of what the trip costs us,”
  Baek said."); its neighbours without one are "".
* A withdrawal or plan with a CONDITION ("unless another funder came forward", "if the AQI stayed
  above 450") is "", while the figure in the sentence before it is "W": the sentence was written so
  that each claim stands alone.
"""

# ruff: noqa: E501, RUF100

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Pakistani ENGLISH DAILY\'S WEBSITE (Lahore), DESKTOP BROWSER SELECT-ALL paste, a SMOG CLOSURE: schools in Lahore and five other Punjab districts shut for a week as the AQI touches 487 in Gulberg. Head: a date line with the Hijri date, an e-paper/Urdu/subscribe line, masthead, menu, a market TICKER (KSE-100, rupee, gold per tola, petrol), a WEATHER/AQI STRIP, a PRAYER-TIMES STRIP and a crumb (all "B"); headline of record "W"; standfirst with a semicolon ("W", no verb of saying); "Our Staff Reporter", published/updated line, share line ("B"); a scene caption "" and its "— Photo:" credit "B". Body: "LAHORE:" lead (the department acting, no speaker, "W"); reopening "according to a notification the department issued on Sunday evening" (the document as written) and "The notification said" (generic, as written, "W"); the environment department ("(EPD)" dropped) with the reading and a record since 2019 ("W"), the hazard threshold ("W"), PM2.5 and sealed kilns ("The EPD said", "it said", both resolving to the name as first given, "W"); a motorway closure with "M-2" ("W"); the provincial minister (role dropped) "told a press conference" with a causal share in "40pc" ("W"), a two-sentence quote (""), a dated ban extension ("W") and a conditional "green lockdown" (""); a hospital head ("Prof Dr" dropped) with patient counts ("W") and his advice (""); a scene; a mother\'s complaint and a QUOTED QUESTION FOLLOWED BY A NEW SENTENCE ("“Online classes?" / "We have one phone ...,” she said.", ""); a private-schools leader\'s opinion "" and his alliance\'s count "W"; the Met department\'s forecast (""). Tail: a "Published in" print line, a COMMENT SECTION (count, moderation note, two commenters with times, their comments split into sentences, reply/vote lines), a MOST READ list pasted as numbers on their own lines with headlines, a newsletter sign-up, copyright and links (all "B").',
    'Bangladeshi NEWS SITE (Dhaka), PHONE BROWSER paste, a DENGUE UPDATE: 1,146 hospitalised and six dead in 24 hours, 287 deaths this year. Head: hamburger/masthead/search line, a COOKIE CONSENT BLOCK in two sentences and its buttons, an APP PROMPT with "INSTALL", a LIVE-SCORE STRIP ("BAN 212/6 (41.2 ov)"), section label (all "B"); headline and standfirst of record ("W"); "Staff Correspondent", a published/updated line, a Google News prompt, share line ("B"); caption "" and "Photo:" credit "B". Body: the DGHS figures "said in a press release" (acronym dropped, "W"); "the DGHS said" and "It said" resolving to the directorate ("W"); regional split ("W", no speaker); deaths "according to DGHS data" (as written, "W"); last year\'s toll ("W"); the disease-control director ("Prof Dr" dropped) with a finding ("W"), a quote with advice (""), test prices under a price cap ("W"); a hospital director ("Dr" dropped, "Md" kept as part of the name) "told the Dispatch" with patients against beds ("W"); a scene; a mother narrated without a verb of saying (""), her quote and a QUOTED QUESTION WITH ATTRIBUTION "“Where do we go, to the road?” she asked." (one sentence, ""), her son\'s platelet count (an anecdote, ""); fines in "Tk 8.6 lakh" by the south city corporation ("W") and a dated larva drive by the north ("W"); an entomologist ("Prof" dropped) with an opinion and a forecast (""). Tail: "Advertisement", topics line, a TRENDING list with "Tk 1,98,400" in Bangladeshi digit grouping, a WhatsApp prompt, the editor and publisher lines (two sentences), copyright split before "All rights reserved.", back-to-top (all "B").',
    'Tanzanian NEWSPAPER\'S AMP PAGE (Dar es Salaam), AMP paste, a TRANSPORT OPENING: the Mbagala bus rapid transit line starts on Monday with a Sh750 fare. Head: the AMP domain bar, masthead, crumb (all "B"); headline of record "W"; standfirst "Dart says ..." ("W", carrying the agency as first given in the body); byline, a date line with "EAT", "Advertisement" ("B"); caption "" and a "PHOTO |" credit "B". Body: the lead with the Tanzanian DATELINE ENDING IN A FULL STOP ("Dar es Salaam. Bus rapid transit services ... said yesterday." is ONE sentence: the dateline belongs to its lead; "W"); the chief executive ("Dr" dropped) "told reporters" service hours ("W") and fares ("W"); the regulator\'s approval "according to a notice published in the Government Gazette" ("W"); cost and loan "the agency said" (generic, as written, "W"); the delay ("W", no speaker) and ridership of the first line ("W"); the chief executive\'s causal claim with "Dr Mfinanga said" resolving to the full name ("W") and a two-sentence quote (""); the operator with "Ltd." ENDING a sentence before "Its managing director, Ms ..., said ..." (both "W"), her quote ("") and the card price ("W"); a subhead "" and the feeder links ("W"); drivers\' fears ("daladala drivers" kept as written, ""), a driver\'s own takings and a QUOTED QUESTION WITH ATTRIBUTION ("he asked.", one sentence, ""); "Latra said" resolving to the authority as first given (a dated withdrawal, "W"); a nurse\'s hope and plan (""); a researcher\'s opinion and quote (""); bus-lane fines "Traffic police said" ("W"). Tail: "Advertisement", a NEWSLETTER SIGN-UP (three lines), related label and two headlines, "View full site", copyright with "Ltd" and no stop (all "B").',
    'Zambian NEWSPAPER\'S WEBSITE (Lusaka), READER-MODE paste, a CROP PRICE ANNOUNCEMENT: the Food Reserve Agency will buy maize at K300 a 50kg bag, up from K260. Head as reader mode leaves it: the domain, headline of record "W", author, date and a reading-time line "5–6 minutes" ("B"), a standfirst of record "W". Body: the agriculture minister (role dropped) "announced" the price ("W"), "Mr Mweemba said" the tonnage and start date ("W") and "He said" the Cabinet money ("W"); the harvest "according to the Crop Forecasting Survey released by ... in April" (the document as written, "W") and the rise ("W"); a GALLERY LEFT IN BY READER MODE, its counters "Image 1 of 3" to "Image 3 of 3" and capitalised credits "B", its captions ""; the farmers\' union (acronym dropped) with a characterisation (""), its president ("Mrs" dropped) with the union\'s cost study ("W") and a quote (""); traders\' prices "farmers in Chipata told the Sentinel" (a group\'s price report, "W"); a farmer\'s plan and anecdote over two quote sentences (""); the agency\'s executive director with payment terms and released money ("W") and arrears "by 31 May" ("W", "She said"); registration rules "the agency said" ("W"); the export ban "the minister said" ("W") and his quote (""); a question subhead "", stocks "Ms Kaoma said" ("W") and a plan (""); a food-basket price "according to the Lusaka Consumer Watch\'s monthly food basket" ("W") and the millers\' "expects" (a forecast, ""). Tail as reader mode keeps it: a newsletter line, a related line, the author\'s bio and a WhatsApp line (all "B").',
    'Zimbabwean DAILY\'S WEBSITE (Harare), PRINT VIEW paste, a WATER RATIONING SCHEDULE: a chemical shortage halves Morton Jaffray output and the city moves suburbs to two days a week. Head: the browser\'s PRINT HEADER (date, time and page title), a "Print   Close window" line, masthead, section ("B"); headline of record "W"; standfirst "Council says ..." ("W", carrying "Harare City Council" as the body first names it); byline with role and a date line ("B"); a caption "" and its credit (own lines, "B"). Body: the council acting (no speaker, "W"); normal output "the council said in a notice" (generic, channel in the cue, "W"); the acting town clerk ("Eng." dropped) with chemical stocks, the supplier\'s debt and a payment ("W") and a quote (""); a lead-in "Under the schedule:" ("") and FOUR LIST LINES ending ";", ";", "; and" and "." (each one sentence, "W", no speaker); a PRINT FOOTER (URL and "1/2") and a REPEATED PRINT HEADER ("B"); the council\'s advice ("") and its bowsers from Monday ("W"); cholera figures "according to the Ministry of Health and Child Care" ("W"); a residents\' trust director ("Mrs" dropped) with a characterisation, a two-sentence quote and a plan (""); a ward councillor ("Cde" dropped) with a borehole count ("W"); the ministry\'s request for "ZiG120 million" ("W"); purified-water prices "vendors said" ("W"); a grandmother narrated without a verb of saying ("Mbuya" dropped from the later label) and her two-sentence quote (""). Tail: a related line, a comments-closed line, copyright split at "(Pvt) Ltd." before "All rights reserved.", the last print footer "2/2" (all "B").',
    'Mauritian NEWS SITE\'S APP SHARE TEXT (Port Louis), pasted from the app\'s share sheet, with French furniture around an English story, an ELECTRICITY TARIFF RISE: CEB tariffs up 7.5% on average from 1 July above 150 kWh. Head: the shared headline first (a fact, "W"), the share URL, a French source/date line "14 juin 2027 à 18h32" and "Par ..." ("B"). Body: the minister ("Hon." and his office dropped) "announced at a press conference" (channel in the cue, "W") and "he said" the exempt households ("W"); unit prices in "Rs 6.85" and "Rs 10.10" ("W", no speaker); the CEB\'s loss with a causal clause "The minister said" ("W"), his quote holding a fact "“We have not touched tariffs for four years,” he said." ("W") and an opinion (""); business tariffs "said in a communiqué" (acronym dropped, "W"); Rodrigues, the last rise and the year before\'s loss "according to the CEB\'s accounts for 2024-25" ("W"); a social-aid rebate and solar-scheme figures "the CEB said" / "The CEB said" ("W"); an opposition MP ("called", "") with budget cuts ("W"); bought-in power "according to the CEB\'s annual report" and the billing rule ("W"); a POLL WIDGET in French ("SONDAGE", the question with its space before "?", the result line, all "B"); shoppers (""), a consumer forum\'s president with an estimate and a quote ("") and "The forum said" a plan ("", generic as written); a baker narrated without a verb of saying and her QUOTED QUESTION WITH ATTRIBUTION (one sentence, ""); the controlled bread price "according to the Ministry of Commerce" ("W"); the Gazette date "Mr Seewoosunkur said" ("W"), "the minister said: “Not this year.”" (a promise, "") and a vague plan (""). Tail: a notifications prompt, a video line, a "Lire aussi" link, a download line with a URL and the app\'s "Partagé depuis" line (all "B").',
    'Cypriot ENGLISH-LANGUAGE DAILY\'S EMAIL NEWSLETTER (Nicosia), the morning briefing pasted from a mail client, a WATER CUTS STORY: Limassol and Larnaca face night-time cuts as reservoirs fall to 14.6%. Head: "View this email in your browser", the newsletter\'s name, date, greeting, a listen line, a WEATHER STRIP of five towns and a weather warning, the "TODAY\'S TOP STORY" label (all "B"); the lead headline "W"; byline "B". Body: the cuts "announced" by the Water Development Department (acronym dropped, "W"); reservoir figures "according to WDD figures" (as written, "W"), the Kouris dam ("W"), rainfall "according to the Department of Meteorology" ("W"), the districts spared ("the WDD said", "W") and "The department urged" (advice, generic as written, ""); the director "told the Mail" supply cuts and desalination output ("W"), two quotes (one with "Antoniades said" after it, "") and a mobile unit "from mid-October" ("W"); desalination\'s share ("W"); the water board\'s hours and posting date ("W"); the agriculture minister (role dropped) with allocations and compensation ("W") and "looking at every option" (""); a question subhead "", text-message notices and tankers ("W"); a guesthouse owner narrated without a verb of saying and his quote (""). Tail: "Read the full story →", a SPONSORED block (label and two sentences), "ALSO IN THE NEWS" with three TEASER HEADLINES, an opinion label and a teaser question, the forward and sign-up prompts (questions and imperatives, one sentence each), the why-you-get-this line, unsubscribe links and the publisher\'s postal address (all "B").',
    'Bahamian DAILY\'S WEBSITE (Nassau), DESKTOP BROWSER SELECT-ALL paste, a FISHERIES SEASON OPENING: crawfish season opens Sunday with a six-inch minimum tail. Head: a subscribe/log-in line, masthead, menu, a WEATHER STRIP in °F with sunrise and the tropics, a BREAKING STRIP about another story, section (all "B"); headline of record "W"; standfirst "Marine Resources says ..." ("W", resolving to the department as the body names it); a capitalised byline, staff line, email, published line, a PAYWALL METER in two sentences, share line ("B"); caption "" and "(File photo)" "B". Body: season dates and the new minimum "the Department of Marine Resources said yesterday, reminding ..." ("W"); the old minimum and the egg and compressor rules ("W", no speaker); fines "the department said" (generic, "W") and "It said" inspections (resolving to the department, "W"); the minister (portfolio and "Dr" dropped) "told the House of Assembly" landings and exports ("W"), a causal claim ("W"), a forecast in a quote ("") and Defence Force arrests "the minister said" ("W"); a subhead ""; a boat captain\'s wish (""), his quote over two sentences ending in a question (""), and processors\' price "he said" ("W"); a fishers\' alliance with licence applications ("W") and its president\'s "called on" (""); exports "according to the Department of Statistics" ("W"). Tail: a COMMENT SECTION (label, two-sentence note, two usernames with times, comments split into sentences, reply/like lines), a MOST POPULAR list, a newsletter sign-up, copyright with "Ltd." ending it and an address line with "N.P.," mid-line (all "B").',
    'Guyanese NEWSPAPER\'S WEBSITE (Georgetown), PHONE BROWSER paste, a POWER OUTAGE: 62,000 GPL customers without power for up to nine hours after lightning hits a 69kV line. Head: hamburger/masthead/subscribe, an APP PROMPT with "OPEN", a COOKIE NOTICE with its links (two sentences), a LIVE STRIP, section (all "B"); headline of record "W"; standfirst "..., company says" (a causal claim, "W", carrying the utility as first given, "the Guyana Power and Light Inc." with its suffix); byline, date and read time, listen line ("B"); caption "" and "(GPL photo)" "B". Body: the lead "the Guyana Power and Light Inc. (GPL) said" ("W"); the fault "at 2.14 pm" "the company said in a statement" (generic, "W") and restoration times "it said" (resolving to the name, "W"); the chief executive ("Mr" dropped) "told the Ledger" a dated repair ("W") and shutdown counts ("W"); the last shutdown "according to GPL\'s outage log" ("W"); his apology and "Mr Persaud-Lall said" a hope ("", a forecast); the customer base "GPL said" ("W"); a scene with no speaker, a cookshop owner\'s own loss and a quote over two sentences (""); the compensation rule "the Public Utilities Commission said" ("W"); the hospital corporation and "Guyana Water Inc. (GWI)" (suffix kept, acronym dropped, "W"); an MP\'s "called" ("") and a QUOTED QUESTION WITH ATTRIBUTION "she asked in a post on Facebook." (channel in the cue, ""); the hotline and dated inspections "GPL said" ("W"). Tail: a comments count and a tap line, "ADVERTISEMENT", a TRENDING list with "1." to "3." prefixes (one sentence each), a social line, copyright with "Inc." and an address line (all "B").',
    'Scottish REGIONAL DAILY\'S AMP PAGE (Aberdeen), AMP paste, a COUNCIL BUDGET: council tax up 8.4%, Band D £1,726.46, with library and bus cuts. Head: the AMP domain bar, a CONSENT BLOCK (title, two sentences, buttons), masthead, crumb (all "B"); headline and a standfirst of record ("W"); a Local Democracy Reporting Service byline, a date line, a LIVE STRIP about the weather, "Advertisement" ("B"). Body: the vote, the Band D charge and the savings ("W", no speaker); a subhead "", band charges and water charges "Scottish Water said" ("W"); the co-leader (role dropped, "Cllr" dropped later) with the grant figure inside a characterisation ("W"), a two-sentence quote ("") and "Cllr Strachan said" a protected budget ("W"); library closure date "the council said" ("W"); the opposition leader\'s forecast ("") and his group\'s defeated amendment ("W", no speaker); the bus firm\'s passengers ("W") and "The company said" a conditional withdrawal ("", a plan with a condition); a pensioner and a QUOTED QUESTION FOLLOWED BY A NEW SENTENCE ("“Where am I meant to go?" / "The nearest one ...,” she said.", ""); a union branch\'s job figures ("W") and the council\'s expectation (""); other councils\' rises ("W"). Tail: a comments count and link, a MOST READ list with numbers and headlines in one line each, a NEWSLETTER SIGN-UP (three lines), a full-site link and copyright (all "B").',
    'Papua New Guinean NEWSPAPER\'S WEBSITE (Lae), READER-MODE paste, a MARKET REOPENING: Lae Main Market reopens on Saturday after a K4.2 million rebuild. Head as reader mode leaves it: domain, headline of record "W", author, date, reading time "4–5 minutes" ("B"). Body: the reopening "the Lae City Authority said yesterday" ("W"); the fire and closure ("W"); the authority\'s chief executive (role dropped) with funding in brackets "(K2.5 million)" ("W"), daily fees ("W") and a quote (""); the betel-nut ban under a by-law ("W"); a question subhead "" with opening hours ("W", no speaker) and the unloading rule "Mr Kanawi said" ("W"); a GALLERY LEFT IN BY READER MODE ("Gallery: 1/4" to "4/4" and capitalised credits "B", captions ""), split around the body; the opening by the governor "the authority said" (generic, "W", with "Hon." inside the sentence) and "Mr Aisoli said in a statement" (resolving to the governor, ""); roadside vendors (a group kept as written, ""); a vendor\'s own takings and a quote over three sentences (""); old-market sales "according to a 2024 study by the PNG University of Technology" ("W"); the vendors\' association with applications and a ballot date ("W") and its secretary\'s wish (""); the metropolitan superintendent (title dropped) with a deployment ("W") and a warning (""). Tail as reader mode keeps it: a more-from line, an e-paper price line and a first-published line (all "B").',
    'South Korean ENGLISH-LANGUAGE DAILY\'S WEBSITE (Seoul), PRINT VIEW paste, a FARE RISE: the basic subway fare rises 150 won to 1,700 won on Oct. 7. Head: a PRINT HEADER in the browser\'s Korean date format ("2027. 9. 24. 오후 6:03 ..."), print/close and font-size lines, masthead, section (all "B"); headline with "Oct. 7" ending it ("W"); standfirst "City says ... 1.21 tril. won ...; ..." (one sentence with "tril." and a semicolon, "W", carrying the city government as first given); byline and a published/updated line ("B"); caption "" and credit "B". Body: the fare "the Seoul Metropolitan Government said Friday" with "Oct. 7," mid-sentence ("W"); cash fares, the unchanged distance charge and the last rise ("W", no speaker); bus fares "the city said" (generic, "W"); the transport official "told a briefing" losses and free-ride costs ("W"), his quote holding a cost-recovery figure with "Baek said" after it ("W"), a feeling ("") and a revenue estimate (a forecast, ""); the free-ride age and the committee\'s approval "on Sept. 17" ("W"); debt "according to the company\'s half-year report" and ridership "the company said" ("W"); Gyeonggi and Incheon "officials of the two governments said" ("W"); the pass price ("W"); a civic group\'s secretary general with an opinion and a rally plan (""); a scene; a commuter\'s spending and a QUOTED QUESTION WITH ATTRIBUTION ("she said.", one sentence, ""); another commuter\'s quote with inverted attribution (""); a lawmaker ("Rep." dropped) with a plan (""). Tail: the reporter\'s email, a related label and headline, copyright split before "All rights reserved.", a reproduction notice, the PRINT FOOTER with URL and "1/1" (all "B").',
]

ARTICLES = [
    [
        [
            ("Sunday, November 14, 2027 | Jamadi-us-Sani 14, 1449", "", "", "B"),
        ],
        [
            ("E-Paper | اردو | Subscribe | Sign in", "", "", "B"),
        ],
        [
            ("THE RAVI CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Home   Pakistan   Lahore   Business   World   Sports   Opinion   Health   Magazine   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "KSE-100 ▲ 118,406.22 (+0.84%) | USD/PKR 281.35 | Gold (24K/tola) Rs312,400 | Petrol Rs264.90/litre",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lahore 19°C Haze | AQI 487 Hazardous", "", "", "B"),
        ],
        [
            (
                "Prayer times (Lahore): Fajr 5:11 | Zuhr 11:54 | Asr 2:47 | Maghrib 5:09 | Isha 6:31",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Pakistan / Lahore", "", "", "B"),
        ],
        [
            (
                "Smog shuts schools in Lahore and five other Punjab districts for a week",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "AQI touches 487 in Gulberg, highest of the season; EPD seals 214 brick kilns",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Our Staff Reporter", "", "", "B"),
        ],
        [
            ("Published November 14, 2027 | Updated 11:42pm", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Email | Print", "", "", "B"),
        ],
        [
            (
                "Motorists drive through thick smog on Canal Road, Lahore, on Sunday evening.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Photo: Kashif Mehmood Butt", "", "", "B"),
        ],
        [
            (
                "LAHORE: The Punjab School Education Department on Sunday ordered all public and private schools in Lahore, Sheikhupura, Kasur, Gujranwala, Faisalabad and Nankana Sahib to close from Monday to November 21 as smog in the provincial capital reached its worst level of the season.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Schools will reopen on Monday, November 22, according to a notification the department issued on Sunday evening.",
                "a notification the department issued on Sunday evening",
                "according to",
                "W",
            ),
            (
                "The notification said board examinations already scheduled for the week would go ahead, and that colleges and universities would move their classes online.",
                "The notification",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Punjab Environmental Protection Department (EPD) said the air quality index (AQI) at its monitoring station in Gulberg reached 487 at 9pm on Saturday, the highest reading since the station opened in 2019.",
                "the Punjab Environmental Protection Department",
                "said",
                "W",
            ),
            ("Readings above 300 are classed as hazardous.", "", "", "W"),
        ],
        [
            (
                "The EPD said concentrations of fine particles, PM2.5, averaged 312 micrograms per cubic metre in Lahore over the 24 hours to Sunday noon, more than 20 times the World Health Organisation's daily guideline.",
                "the Punjab Environmental Protection Department",
                "said",
                "W",
            ),
            (
                "Its teams sealed 214 brick kilns and impounded 1,036 smoke-emitting vehicles across the six districts in the past week, it said.",
                "the Punjab Environmental Protection Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Lahore-Sheikhupura section of the M-2 motorway was closed for five hours on Sunday morning because of poor visibility, the National Highways and Motorway Police said.",
                "the National Highways and Motorway Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Provincial Environment Minister Zartasha Anwar Malik told a press conference at the Civil Secretariat that crop-residue burning, on both sides of the border, accounted for about 40pc of the smog, with vehicles responsible for most of the rest.",
                "Zartasha Anwar Malik",
                "told a press conference",
                "W",
            ),
            (
                "“This is not a problem one department can fix in one week,” she said.",
                "Zartasha Anwar Malik",
                "said",
                "",
            ),
            (
                "“We are asking people to stay indoors, wear masks and keep children at home.”",
                "Zartasha Anwar Malik",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the ban on burning crop residue, in force since October 1, had been extended to December 31.",
                "Zartasha Anwar Malik",
                "said",
                "W",
            ),
            (
                "She said a “green lockdown” would be imposed on parts of Lahore if the AQI stayed above 450 for three more days.",
                "Zartasha Anwar Malik",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof Dr Khalid Mehmood Bhatti, the medical superintendent of Mayo Hospital, said the hospital had treated 2,418 patients with chest infections, asthma attacks and eye irritation in the past five days, up from about 900 in the same period last month.",
                "Khalid Mehmood Bhatti",
                "said",
                "W",
            ),
            (
                "He advised asthma patients and the elderly to stay indoors in the early morning and after sunset, when the smog is thickest.",
                "Khalid Mehmood Bhatti",
                "advised",
                "",
            ),
        ],
        [
            (
                "At a private school in Johar Town, parents collecting report cards on Sunday afternoon were divided over the closure.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Every winter it is the same story, and every winter our children lose two weeks,” said Sadia Nawaz, a mother of three.",
                "Sadia Nawaz",
                "said",
                "",
            ),
            ("“Online classes?", "Sadia Nawaz", "said", ""),
            (
                "We have one phone in the house and three children,” she said.",
                "Sadia Nawaz",
                "said",
                "",
            ),
        ],
        [
            (
                "Naveed Akhtar Gondal, president of the Punjab Private Schools Alliance, said the government should have brought the winter vacation forward instead of closing schools “at twelve hours' notice”.",
                "Naveed Akhtar Gondal",
                "said",
                "",
            ),
            (
                "He said the alliance's 4,300 member schools in Lahore had lost nine teaching days to smog closures since November 2025.",
                "Naveed Akhtar Gondal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Pakistan Meteorological Department forecast light rain in northeastern Punjab on Thursday and Friday, which could bring some relief.",
                "the Pakistan Meteorological Department",
                "forecast",
                "",
            ),
        ],
        [
            ("Published in The Ravi Chronicle, November 15th, 2027", "", "", "B"),
        ],
        [
            ("Comments (3)", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and will be published if they are on-topic and not abusive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Imran_Lhr | 2 hours ago", "", "", "B"),
        ],
        [
            ("Close the schools for a week, but let the kilns run at night.", "", "", "B"),
            ("Brilliant planning.", "", "", "B"),
        ],
        [
            ("Reply | ▲ 14", "", "", "B"),
        ],
        [
            ("Hina Sarwar | 1 hour ago", "", "", "B"),
        ],
        [
            ("Same drama every November.", "", "", "B"),
            ("When will they plan ahead?", "", "", "B"),
        ],
        [
            ("Reply | ▲ 9", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Petrol price cut by Rs6.20 a litre from midnight", "", "", "B"),
        ],
        [
            ("2", "", "", "B"),
        ],
        [
            ("Orange Line to run till 11pm during smog closure", "", "", "B"),
        ],
        [
            ("3", "", "", "B"),
        ],
        [
            ("Two held for selling fake cough syrup in Ichhra", "", "", "B"),
        ],
        [
            ("Get the morning's top stories from The Ravi Chronicle in your inbox.", "", "", "B"),
        ],
        [
            ("Enter your email   SIGN UP", "", "", "B"),
        ],
        [
            ("Copyright © 2027, The Ravi Chronicle", "", "", "B"),
        ],
        [
            ("About us | Contact | Advertise | Terms of use | Privacy policy", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   The Meghna Dispatch   🔍", "", "", "B"),
        ],
        [
            ("We use cookies to personalise content and to analyse our traffic.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("Accept   Manage preferences", "", "", "B"),
        ],
        [
            ("Read the Dispatch in our app, it's faster   INSTALL", "", "", "B"),
        ],
        [
            ("LIVE   Bangladesh vs Afghanistan, 2nd ODI: BAN 212/6 (41.2 ov)", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Dengue: 1,146 hospitalised, six dead in 24 hours", "", "", "W"),
        ],
        [
            (
                "Deaths this year rise to 287, with Dhaka South accounting for nearly half",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Correspondent", "", "", "B"),
        ],
        [
            ("Dhaka | Published: 18 Sep 2027, 17:40 | Updated: 18 Sep 2027, 19:05", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            ("Share   Facebook   WhatsApp   Copy link", "", "", "B"),
        ],
        [
            (
                "Patients under mosquito nets in a dengue ward at Mugda Medical College Hospital in Dhaka on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Tanvir Ahmed Shuvo", "", "", "B"),
        ],
        [
            (
                "Six more people died of dengue and 1,146 were admitted to hospitals across the country in the 24 hours to 8am on Saturday, the Directorate General of Health Services (DGHS) said in a press release.",
                "the Directorate General of Health Services",
                "said in a press release",
                "W",
            ),
        ],
        [
            (
                "The deaths took this year's toll to 287, and hospitalisations since January 1 to 58,904, the DGHS said.",
                "the Directorate General of Health Services",
                "said",
                "W",
            ),
            (
                "Of the new patients, 512 were admitted in Dhaka city and 634 elsewhere, with Barishal division reporting the most outside the capital at 211.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It said 3,412 dengue patients were in hospital across the country on Saturday, 1,406 of them in Dhaka.",
                "the Directorate General of Health Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "Areas under the Dhaka South City Corporation accounted for 139 of this year's deaths, according to DGHS data.",
                "DGHS data",
                "according to",
                "W",
            ),
            ("Last year, 94,120 people were hospitalised with dengue and 412 died.", "", "", "W"),
        ],
        [
            (
                "Prof Dr Nazmul Hasan Chowdhury, the DGHS's director of disease control, said most of those who died this year had reached hospital in the shock stage, three to four days after their fever began.",
                "Nazmul Hasan Chowdhury",
                "said",
                "W",
            ),
            ("“People wait too long at home,” he said.", "Nazmul Hasan Chowdhury", "said", ""),
            (
                "“If a fever does not come down in two days, get tested.”",
                "Nazmul Hasan Chowdhury",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the NS1 test costs Tk 100 at government hospitals and no more than Tk 300 at private clinics under a price cap set by the health ministry.",
                "Nazmul Hasan Chowdhury",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mugda Medical College Hospital was treating 214 dengue patients on Saturday afternoon against 120 dedicated beds, its director, Dr Md Shafiqul Islam Talukder, told the Dispatch.",
                "Md Shafiqul Islam Talukder",
                "told the Dispatch",
                "W",
            ),
        ],
        [
            (
                "Relatives slept on mats beside the beds in the corridors, and nurses moved between patients with saline bags.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Rokeya Begum, 42, from Jatrabari, had brought her 11-year-old son in on Thursday.",
                "",
                "",
                "",
            ),
            (
                "“The first hospital said there was no bed, the second said the same,” she said.",
                "Rokeya Begum",
                "said",
                "",
            ),
            ("“Where do we go, to the road?” she asked.", "Rokeya Begum", "asked", ""),
            (
                "She said her son's platelet count had fallen to 28,000 by Friday night.",
                "Rokeya Begum",
                "said",
                "",
            ),
        ],
        [
            (
                "The Dhaka South City Corporation (DSCC) said mobile courts had fined 37 building owners a total of Tk 8.6 lakh this month after Aedes larvae were found on their premises.",
                "the Dhaka South City Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Dhaka North City Corporation said it would start a 10-day larva-control drive in its 54 wards from Sunday.",
                "the Dhaka North City Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Prof Sharmin Akter Lipi, an entomologist at Jahangirnagar University, said the city corporations were “spraying the streets while the larvae breed in basements and on rooftops”.",
                "Sharmin Akter Lipi",
                "said",
                "",
            ),
            (
                "She expected cases to stay high until late October, when temperatures usually fall.",
                "Sharmin Akter Lipi",
                "expected",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Topics: Dengue | DGHS | Dhaka South City Corporation", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("Gold hits Tk 1,98,400 a bhori, a new high", "", "", "B"),
        ],
        [
            ("Metro rail to run until midnight from October 1", "", "", "B"),
        ],
        [
            ("Onion prices fall Tk 20 a kg in Karwan Bazar", "", "", "B"),
        ],
        [
            ("Get breaking news on our WhatsApp channel   JOIN", "", "", "B"),
        ],
        [
            ("Editor: Rezaul Haque Milon.", "", "", "B"),
            ("Published from 41 Kazi Nazrul Islam Avenue, Karwan Bazar, Dhaka-1215.", "", "", "B"),
        ],
        [
            ("© 2027 The Meghna Dispatch.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("↑ Top", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ msasanidaily.co.tz", "", "", "B"),
        ],
        [
            ("THE MSASANI DAILY", "", "", "B"),
        ],
        [
            ("News › National", "", "", "B"),
        ],
        [
            ("Mbagala rapid bus line opens on Monday with Sh750 fare", "", "", "W"),
        ],
        [
            (
                "Dart says 177 buses will run on the 20.3-kilometre Kilwa Road corridor from 5am to midnight",
                "the Dar Rapid Transit Agency",
                "says",
                "W",
            ),
        ],
        [
            ("By Zawadi Mwasomola", "", "", "B"),
        ],
        [
            ("Thursday, July 29, 2027 — updated 18:20 EAT", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A test run of the new buses at the Mbagala Rangi Tatu terminal last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | SAID KHAMIS", "", "", "B"),
        ],
        [
            (
                "Dar es Salaam. Bus rapid transit services on the Kilwa Road corridor between Gerezani and Mbagala will start on Monday, August 2, the Dar Rapid Transit Agency (Dart) said yesterday.",
                "the Dar Rapid Transit Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agency's chief executive, Dr Athumani Kilima Mfinanga, told reporters at the Gerezani depot that 177 buses would run on the route from 5am to midnight, with a bus every three minutes at peak hours.",
                "Athumani Kilima Mfinanga",
                "told reporters",
                "W",
            ),
            (
                "He said the fare would be Sh750 for the trunk route and Sh400 for feeder buses, the same as on the Kimara line.",
                "Athumani Kilima Mfinanga",
                "said",
                "W",
            ),
        ],
        [
            (
                "The fares were approved by the Land Transport Regulatory Authority (Latra) on July 20, according to a notice published in the Government Gazette.",
                "a notice published in the Government Gazette",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The corridor, the second phase of the Dart system, cost Sh341 billion and was built with a loan from the African Development Bank, the agency said.",
                "the agency",
                "said",
                "W",
            ),
            ("Construction began in 2019 and was due to be completed in 2022.", "", "", "W"),
            (
                "The Kimara line, which opened in 2016, carried an average of 182,000 passengers a day last year, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr Mfinanga said the delay had been caused by the relocation of water and power lines along Kilwa Road and by a dispute over the operator's contract, which was settled in March.",
                "Athumani Kilima Mfinanga",
                "said",
                "W",
            ),
            (
                "“We know people have waited a long time,” he said.",
                "Athumani Kilima Mfinanga",
                "said",
                "",
            ),
            ("“From Monday they will see the difference.”", "Athumani Kilima Mfinanga", "said", ""),
        ],
        [
            ("The buses will be operated by Kusini Rapid Mobility Ltd.", "", "", "W"),
            (
                "Its managing director, Ms Grace Nyamhanga-Lukumay, said 96 of the buses had arrived and the remaining 81 would be delivered by the end of October.",
                "Grace Nyamhanga-Lukumay",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The buses are new, the drivers are trained and the cards are ready,” she said.",
                "Grace Nyamhanga-Lukumay",
                "said",
                "",
            ),
            (
                "Passengers will pay with a prepaid card, which costs Sh5,000 and can be topped up at 42 agents along the route, she said.",
                "Grace Nyamhanga-Lukumay",
                "said",
                "W",
            ),
        ],
        [
            ("What changes for commuters", "", "", ""),
        ],
        [
            (
                "Feeder buses will link the trunk line with Kongowe, Charambe and the Kigamboni ferry, and passengers will change buses at Mbagala and Gerezani without paying a second fare.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At Mbagala Zakhem on Wednesday, daladala drivers said they feared losing their passengers.",
                "daladala drivers",
                "said",
                "",
            ),
        ],
        [
            (
                "“I take about Sh60,000 on a good day,” said Hamisi Rashidi Mwakyusa, who has driven a minibus between Mbagala and Kariakoo for 11 years.",
                "Hamisi Rashidi Mwakyusa",
                "said",
                "",
            ),
            (
                "“If the fast bus takes my passengers, who will pay my children's school fees?” he asked.",
                "Hamisi Rashidi Mwakyusa",
                "asked",
                "",
            ),
        ],
        [
            (
                "Latra said 34 daladala routes that run along the corridor would be withdrawn in stages from September 1, and their drivers offered licences on feeder routes.",
                "the Land Transport Regulatory Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Neema Mushi, a nurse who travels from Kongowe to Muhimbili National Hospital every day, said she hoped the line would cut her journey, which now takes more than two hours each way.",
                "Neema Mushi",
                "said",
                "",
            ),
            ("“I will try it on Monday and see,” she said.", "Neema Mushi", "said", ""),
        ],
        [
            (
                "Transport researcher Dr Rehema Kapinga of the University of Dar es Salaam said the system would work only if private cars were kept out of the bus lanes.",
                "Rehema Kapinga",
                "said",
                "",
            ),
            (
                "“The lanes are only as good as the policing,” she said.",
                "Rehema Kapinga",
                "said",
                "",
            ),
            (
                "Traffic police said 1,268 motorists had been fined Sh30,000 each for driving in the Morogoro Road bus lanes between January and June.",
                "Traffic police",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Get The Msasani Daily in your inbox every morning", "", "", "B"),
        ],
        [
            ("Your email address", "", "", "B"),
        ],
        [
            ("SUBSCRIBE", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Latra approves new upcountry bus fares", "", "", "B"),
        ],
        [
            ("Kariakoo traders given 30 days to move to new market", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Msasani Media Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("luangwasentinel.co.zm", "", "", "B"),
        ],
        [
            ("FRA to buy maize at K300 a bag, up from K260", "", "", "W"),
        ],
        [
            ("Mutinta Hamweene", "", "", "B"),
        ],
        [
            ("20 May 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Agency will buy up to one million tonnes for the strategic reserve, with buying from 1 June",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Food Reserve Agency (FRA) will pay K300 for a 50-kilogramme bag of maize in the 2027/28 crop marketing season, up from K260 last season, Minister of Agriculture Kelvin Chisanga Mweemba announced in Lusaka yesterday.",
                "Kelvin Chisanga Mweemba",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Mr Mweemba said the agency would buy up to one million tonnes for the national strategic reserve, and that buying would start on 1 June at 1,100 satellite depots across the country.",
                "Kelvin Chisanga Mweemba",
                "said",
                "W",
            ),
            (
                "He said Cabinet had approved K3.4 billion for the purchases, K900 million more than last year.",
                "Kelvin Chisanga Mweemba",
                "said",
                "W",
            ),
        ],
        [
            (
                "This season's maize harvest is estimated at 3.62 million tonnes, according to the Crop Forecasting Survey released by the Ministry of Agriculture and the Zambia Statistics Agency in April.",
                "the Crop Forecasting Survey released by the Ministry of Agriculture and the Zambia Statistics Agency in April",
                "according to",
                "W",
            ),
            (
                "That is 14 per cent more than last season, when a dry spell in Southern and Western provinces cut output.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Image 1 of 3", "", "", "B"),
        ],
        [
            (
                "Farmers offload bags of maize at an FRA satellite depot in Mkushi last season.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PICTURE: KENNEDY LUNGU", "", "", "B"),
        ],
        [
            (
                "The Zambia National Farmers' Union (ZNFU) said the new price was “a step forward, but still below what it costs a small-scale farmer to grow a bag”.",
                "the Zambia National Farmers' Union",
                "said",
                "",
            ),
            (
                "Its president, Mrs Bupe Namwinga Sichone, said the union's cost study put the cost of producing a 50kg bag at K318 for a farmer using subsidised fertiliser.",
                "Bupe Namwinga Sichone",
                "said",
                "W",
            ),
            (
                "“A farmer who sells at K300 is working for nothing,” she said.",
                "Bupe Namwinga Sichone",
                "said",
                "",
            ),
        ],
        [
            (
                "Private traders in Eastern Province were already offering between K220 and K250 a bag, farmers in Chipata told the Sentinel.",
                "farmers in Chipata",
                "told the Sentinel",
                "W",
            ),
        ],
        [
            (
                "Lackson Mwale, a farmer in Chipata district who harvested 140 bags this year, said he would wait for the agency rather than sell to traders.",
                "Lackson Mwale",
                "said",
                "",
            ),
            (
                "“Last year the FRA paid me in September for maize I delivered in June,” he said.",
                "Lackson Mwale",
                "said",
                "",
            ),
            (
                "“This year I want the money before the children go back to school.”",
                "Lackson Mwale",
                "said",
                "",
            ),
        ],
        [
            ("Image 2 of 3", "", "", "B"),
        ],
        [
            (
                "A trader's lorry loaded with maize at Chipata's Navutika market on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PICTURE: MUTINTA HAMWEENE", "", "", "B"),
        ],
        [
            (
                "FRA executive director Chanda Musonda Kaoma said farmers would be paid within 14 days of delivery, and that the Treasury had already released K1.2 billion to the agency.",
                "Chanda Musonda Kaoma",
                "said",
                "W",
            ),
            (
                "She said the agency still owed farmers K86 million for last season's purchases and would clear the arrears by 31 May.",
                "Chanda Musonda Kaoma",
                "said",
                "W",
            ),
        ],
        [
            (
                "Farmers selling to the agency must bring a National Registration Card and be registered with a cooperative, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ban on maize exports imposed in February 2026 will stay in place, the minister said.",
                "Kelvin Chisanga Mweemba",
                "said",
                "W",
            ),
            (
                "“We will not let briefcase buyers set the price for our farmers,” he said.",
                "Kelvin Chisanga Mweemba",
                "said",
                "",
            ),
        ],
        [
            ("What happens to the old stock?", "", "", ""),
        ],
        [
            (
                "The agency held about 210,000 tonnes of maize at the end of April, most of it in Central and Copperbelt provinces, Ms Kaoma said.",
                "Chanda Musonda Kaoma",
                "said",
                "W",
            ),
            (
                "She said the stock would be sold to millers “in a way that does not crash the market”.",
                "Chanda Musonda Kaoma",
                "said",
                "",
            ),
        ],
        [
            (
                "A 25kg bag of breakfast mealie meal cost an average of K262 in Lusaka in April, according to the Lusaka Consumer Watch's monthly food basket.",
                "the Lusaka Consumer Watch's monthly food basket",
                "according to",
                "W",
            ),
            (
                "The Millers Association of Zambia expects prices to stay at about that level until the new crop reaches the mills.",
                "the Millers Association of Zambia",
                "expects",
                "",
            ),
        ],
        [
            ("Image 3 of 3", "", "", "B"),
        ],
        [
            ("Maize stacked under tarpaulins at the FRA depot in Choma.", "", "", ""),
        ],
        [
            ("PICTURE: FILE", "", "", "B"),
        ],
        [
            ("Sign up for the Sentinel's Farm & Market newsletter, every Tuesday.", "", "", "B"),
        ],
        [
            ("Related: Fertiliser input programme reaches 1.02 million farmers", "", "", "B"),
        ],
        [
            ("Mutinta Hamweene is the Sentinel's agriculture correspondent.", "", "", "B"),
        ],
        [
            ("Follow the Sentinel on WhatsApp for daily updates.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "16/10/2027, 08:47   Harare rations water as chemical shortage halves Morton Jaffray output | The Mukuvisi Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print   Close window", "", "", "B"),
        ],
        [
            ("THE MUKUVISI GAZETTE", "", "", "B"),
        ],
        [
            ("Local News", "", "", "B"),
        ],
        [
            ("Harare rations water as chemical shortage halves Morton Jaffray output", "", "", "W"),
        ],
        [
            (
                "Council says northern and eastern suburbs will get water on two days a week from Monday",
                "Harare City Council",
                "says",
                "W",
            ),
        ],
        [
            ("Tafadzwa Gumbo, Senior Reporter", "", "", "B"),
        ],
        [
            ("Saturday, 16 October 2027", "", "", "B"),
        ],
        [
            ("Residents queue for water at a borehole in Mabvuku on Friday.", "", "", ""),
            ("Picture: Innocent Makawa", "", "", "B"),
        ],
        [
            (
                "Harare City Council will ration water to most of its northern and eastern suburbs from Monday after a shortage of treatment chemicals cut production at Morton Jaffray Waterworks to about 280 megalitres a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The plant normally produces between 550 and 600 megalitres a day against demand of about 1,200 megalitres, the council said in a notice on Friday.",
                "the council",
                "said in a notice",
                "W",
            ),
        ],
        [
            (
                "Acting town clerk Eng. Tinashe Matare said the council had only six days' stock of aluminium sulphate and enough chlorine for about two weeks.",
                "Tinashe Matare",
                "said",
                "W",
            ),
            (
                "He said the council owed its main chemical supplier US$4.7 million and the supplier had stopped deliveries on October 8.",
                "Tinashe Matare",
                "said",
                "W",
            ),
            (
                "He said the council had paid US$800,000 of the debt on Thursday.",
                "Tinashe Matare",
                "said",
                "W",
            ),
            (
                "“We would rather give residents clean water two days a week than dirty water every day,” he said.",
                "Tinashe Matare",
                "said",
                "",
            ),
        ],
        [
            ("Under the schedule:", "", "", ""),
        ],
        [
            (
                "Borrowdale, Mount Pleasant, Avondale and Marlborough will get water on Mondays and Thursdays;",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Mabvuku, Tafara, Greendale and Msasa Park on Tuesdays and Fridays;", "", "", "W"),
        ],
        [
            ("Highlands, Eastlea and Hatfield on Wednesdays and Saturdays; and", "", "", "W"),
        ],
        [
            ("the city centre, hospitals and schools every day.", "", "", "W"),
        ],
        [
            (
                "https://www.mukuvisigazette.co.zw/local-news/harare-rations-water-morton-jaffray   1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "16/10/2027, 08:47   Harare rations water as chemical shortage halves Morton Jaffray output | The Mukuvisi Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The council said residents should store water in clean, covered containers and boil all water drawn from boreholes and wells.",
                "The council",
                "said",
                "",
            ),
        ],
        [
            (
                "The council said 46 bowsers would deliver water to clinics and schools in the worst-affected suburbs from Monday.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city recorded 418 cholera cases and nine deaths in an outbreak between November 2026 and February this year, according to the Ministry of Health and Child Care.",
                "the Ministry of Health and Child Care",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Harare East Residents' Trust director Mrs Chipo Nyamande said residents of Mabvuku and Tafara had already gone without tap water for “most of this year”.",
                "Chipo Nyamande",
                "said",
                "",
            ),
            ("“Two days a week is a promise,” she said.", "Chipo Nyamande", "said", ""),
            ("“What we have been getting is two days a month.”", "Chipo Nyamande", "said", ""),
            (
                "She said the trust would ask the council to publish its chemical stock levels every week.",
                "Chipo Nyamande",
                "said",
                "",
            ),
        ],
        [
            (
                "Ward 19 councillor Cde Blessing Mudzingwa said 14 of the 22 boreholes drilled in his ward by donors in 2024 were no longer working.",
                "Blessing Mudzingwa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Local Government and Public Works said it had asked the Treasury to release ZiG120 million for water treatment chemicals.",
                "the Ministry of Local Government and Public Works",
                "said",
                "W",
            ),
        ],
        [
            (
                "A 20-litre container of purified water now sells for US$2 at shops in Msasa, up from US$1.50 a month ago, vendors said.",
                "vendors",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mbuya Rudo Chikonzo, 71, walks two kilometres to a borehole in Tafara every morning with a wheelbarrow and two buckets.",
                "",
                "",
                "",
            ),
            ("“My knees are finished,” she said.", "Rudo Chikonzo", "said", ""),
            ("“But the children must bath before school.”", "Rudo Chikonzo", "said", ""),
        ],
        [
            ("Related: Chitungwiza residents go 19 days without tap water", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("© 2027 Mukuvisi Publishing (Pvt) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.mukuvisigazette.co.zw/local-news/harare-rations-water-morton-jaffray   2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "CEB: electricity tariffs to rise 7.5% from 1 July for households using more than 150 kWh",
                "",
                "",
                "W",
            ),
        ],
        [
            ("https://lakazinfo.mu/actualites/ceb-tarifs-hausse-1-juillet", "", "", "B"),
        ],
        [
            ("Lakaz Info | Actualités | 14 juin 2027 à 18h32", "", "", "B"),
        ],
        [
            ("Par Nadia Soobrayen-Pillay", "", "", "B"),
        ],
        [
            (
                "The Central Electricity Board (CEB) will raise domestic electricity tariffs by an average of 7.5% from 1 July, the Minister of Energy and Public Utilities, Hon. Dharam Raj Seewoosunkur, announced at a press conference in Port Louis on Monday.",
                "Dharam Raj Seewoosunkur",
                "announced at a press conference",
                "W",
            ),
        ],
        [
            (
                "Households using 150 kWh or less a month, about 58% of the CEB's 421,000 domestic customers, will see no change, he said.",
                "Dharam Raj Seewoosunkur",
                "said",
                "W",
            ),
        ],
        [
            (
                "For consumption between 151 and 300 kWh, the price per unit will go up from Rs 6.85 to Rs 7.40, and above 500 kWh from Rs 9.20 to Rs 10.10.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The minister said the CEB had lost Rs 3.2 billion in the 2025-26 financial year, mainly because of the price of heavy fuel oil and coal, which generate about 60% of the island's electricity.",
                "Dharam Raj Seewoosunkur",
                "said",
                "W",
            ),
            (
                "“We have not touched tariffs for four years,” he said.",
                "Dharam Raj Seewoosunkur",
                "said",
                "W",
            ),
            (
                "“The CEB cannot keep selling electricity below what it costs to produce.”",
                "Dharam Raj Seewoosunkur",
                "said",
                "",
            ),
        ],
        [
            (
                "Commercial and industrial tariffs will rise by 9% from the same date, the CEB said in a communiqué.",
                "the Central Electricity Board",
                "said in a communiqué",
                "W",
            ),
            (
                "Rodrigues, where electricity is also supplied by the CEB at mainland rates, will see the same increases.",
                "",
                "",
                "W",
            ),
            (
                "Domestic tariffs were last raised in January 2023, by an average of 5%.",
                "",
                "",
                "W",
            ),
            (
                "The board lost Rs 1.9 billion the year before, according to the CEB's accounts for 2024-25.",
                "the CEB's accounts for 2024-25",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Households receiving social aid will keep a rebate of Rs 150 on each bill, the CEB said.",
                "the Central Electricity Board",
                "said",
                "W",
            ),
            (
                "The CEB said 11,840 households had joined its rooftop solar scheme since 2022, and that their panels supplied 3.1% of the island's electricity last year.",
                "the Central Electricity Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition MP Stéphane Ah-Kong called the increase “a tax on the families who cannot afford solar panels”.",
                "Stéphane Ah-Kong",
                "called",
                "",
            ),
            (
                "He said the government had cut the budget of the household rooftop solar scheme from Rs 400 million to Rs 150 million in the June budget.",
                "Stéphane Ah-Kong",
                "said",
                "W",
            ),
        ],
        [
            (
                "The CEB buys about 40% of its electricity from independent power producers, most of which burn bagasse and coal, according to the CEB's annual report.",
                "the CEB's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The new tariffs will apply to bills for meter readings taken after 1 July, the CEB said.",
                "the Central Electricity Board",
                "said",
                "W",
            ),
        ],
        [
            ("SONDAGE", "", "", "B"),
        ],
        [
            ("Êtes-vous pour la hausse des tarifs du CEB ?", "", "", "B"),
        ],
        [
            ("Oui 12% · Non 88% · 3 412 votes", "", "", "B"),
        ],
        [
            (
                "At the Quatre-Bornes market on Monday afternoon, several shoppers said they had not heard about the increase.",
                "several shoppers",
                "said",
                "",
            ),
        ],
        [
            (
                "Reshma Bhugun-Kallee, president of the Consumer Protection Forum, said the average household bill would go up by about Rs 180 a month.",
                "Reshma Bhugun-Kallee",
                "said",
                "",
            ),
            (
                "“For a pensioner, that is a week of bread and milk,” she said.",
                "Reshma Bhugun-Kallee",
                "said",
                "",
            ),
            (
                "The forum said it would file a complaint with the Utility Regulatory Authority.",
                "The forum",
                "said",
                "",
            ),
        ],
        [
            (
                "In Rose-Hill, Marie-Claire Legentil runs a bakery with two electric ovens and pays about Rs 14,000 a month for electricity.",
                "",
                "",
                "",
            ),
            (
                "“The price of bread is fixed by the government, so who pays the difference?” she asked.",
                "Marie-Claire Legentil",
                "asked",
                "",
            ),
        ],
        [
            (
                "The controlled retail price of a 'pain maison' has been Rs 2.80 since March 2026, according to the Ministry of Commerce.",
                "the Ministry of Commerce",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mr Seewoosunkur said the CEB would publish the new tariff schedule in the Government Gazette on 25 June.",
                "Dharam Raj Seewoosunkur",
                "said",
                "W",
            ),
            (
                "Asked whether there would be another increase before the end of his term, the minister said: “Not this year.”",
                "Dharam Raj Seewoosunkur",
                "said",
                "",
            ),
            (
                "He said the government would “look at” a lower rate for bakeries and small businesses.",
                "Dharam Raj Seewoosunkur",
                "said",
                "",
            ),
        ],
        [
            ("🔔 Activez les notifications pour ne rien manquer", "", "", "B"),
        ],
        [
            ("▶ Vidéo : la conférence de presse du ministre (2:14)", "", "", "B"),
        ],
        [
            ("Lire aussi : Metro Express : la ligne vers Côte-d'Or ouvre le 2 août", "", "", "B"),
        ],
        [
            ("Téléchargez l'application Lakaz Info : https://lakazinfo.mu/app", "", "", "B"),
        ],
        [
            ("Partagé depuis l'application Lakaz Info pour Android", "", "", "B"),
        ],
    ],
    [
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE TROODOS MAIL | Morning Briefing", "", "", "B"),
        ],
        [
            ("Thursday, 23 September 2027", "", "", "B"),
        ],
        [
            ("Good morning, and welcome to Thursday's briefing.", "", "", "B"),
        ],
        [
            ("🎧 Listen to today's briefing (4 min)", "", "", "B"),
        ],
        [
            (
                "Nicosia 34°C ☀ | Limassol 30°C | Larnaca 31°C | Paphos 29°C | Troodos 22°C",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Weather warning: a yellow warning for high temperatures inland is in force until 5pm.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TODAY'S TOP STORY", "", "", "B"),
        ],
        [
            (
                "Limassol and Larnaca face night-time water cuts from Monday as reservoirs fall to 14.6%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Eleni Charalambous", "", "", "B"),
        ],
        [
            (
                "Households in the Limassol and Larnaca districts will have their water cut for eight hours every other night from Monday, the Water Development Department (WDD) announced on Wednesday.",
                "the Water Development Department",
                "announced",
                "W",
            ),
        ],
        [
            (
                "Reservoirs held 42.9 million cubic metres, or 14.6 per cent of their capacity, on Wednesday morning, the lowest level for September since 2008, according to WDD figures.",
                "WDD figures",
                "according to",
                "W",
            ),
            ("The Kouris dam, the island's largest, was 8.1 per cent full.", "", "", "W"),
            (
                "Rainfall in the last hydrological year, which ended on 30 September 2026, was 331 millimetres, 70 per cent of the long-term average, according to the Department of Meteorology.",
                "the Department of Meteorology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Paphos and Nicosia districts are not affected for now, the WDD said.",
                "the Water Development Department",
                "said",
                "W",
            ),
            (
                "The department urged households not to fill swimming pools or wash cars with a hose.",
                "The department",
                "urged",
                "",
            ),
        ],
        [
            (
                "WDD director Marios Antoniades told the Mail that the department had cut the water it supplies to local water boards by 12 per cent since June, and that the island's desalination plants were running at full capacity, producing about 240,000 cubic metres a day.",
                "Marios Antoniades",
                "told the Mail",
                "W",
            ),
            (
                "“Without desalination we would be in a far more difficult position,” he said.",
                "Marios Antoniades",
                "said",
                "",
            ),
            (
                "“We are asking everyone, not only farmers, to save every drop,” Antoniades said.",
                "Marios Antoniades",
                "said",
                "",
            ),
            (
                "He said a mobile desalination unit at Episkopi would add 15,000 cubic metres a day from mid-October.",
                "Marios Antoniades",
                "said",
                "W",
            ),
        ],
        [
            (
                "Desalination supplied 72 per cent of the island's drinking water last year, the WDD said.",
                "the Water Development Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Limassol water board said the cuts would run from 11pm to 7am, and that the schedule for each area would be posted on its website on Friday.",
                "the Limassol water board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agriculture Minister Eleni Kyprianou-Savva said farmers would receive 30 per cent less irrigation water next year, and that €8.2 million in compensation for this year's losses had been approved by the cabinet.",
                "Eleni Kyprianou-Savva",
                "said",
                "W",
            ),
            (
                "She said the government was “looking at every option”, including a third permanent desalination plant near Larnaca.",
                "Eleni Kyprianou-Savva",
                "said",
                "",
            ),
        ],
        [
            ("What should households do?", "", "", ""),
        ],
        [
            (
                "Each household will be told its cut nights by text message, and tankers will supply hospitals and care homes during the cuts, the WDD said.",
                "the Water Development Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Yiannis Kallis, who runs a guesthouse in Pissouri, bought two extra water tanks this summer.",
                "",
                "",
                "",
            ),
            (
                "“Tourists do not come here to shower with a bucket,” he said.",
                "Yiannis Kallis",
                "said",
                "",
            ),
        ],
        [
            ("Read the full story →", "", "", "B"),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Save 20% on solar water heaters this autumn with Akamas SunHeat.", "", "", "B"),
            ("Offer ends 31 October.", "", "", "B"),
        ],
        [
            ("ALSO IN THE NEWS", "", "", "B"),
        ],
        [
            ("Larnaca airport handles a record 1.3 million passengers in August", "", "", "B"),
        ],
        [
            ("Minimum wage to rise to €1,050 from January", "", "", "B"),
        ],
        [
            ("Paphos: police seize 42kg of cannabis at the port", "", "", "B"),
        ],
        [
            ("OPINION", "", "", "B"),
        ],
        [
            ("Why do we still waste the rain that does fall?", "", "", "B"),
        ],
        [
            ("Enjoying the Morning Briefing?", "", "", "B"),
            ("Forward it to a friend.", "", "", "B"),
        ],
        [
            ("Was this forwarded to you?", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed to newsletters from The Troodos Mail.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Update your preferences", "", "", "B"),
        ],
        [
            (
                "Troodos Mail Publications Ltd, 14 Archbishop Makarios III Avenue, 1065 Nicosia, Cyprus",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Subscribe | Log in | e-Edition | Classifieds", "", "", "B"),
        ],
        [
            ("THE BAHAMIAN CURRENT", "", "", "B"),
        ],
        [
            (
                "Home   News   Business   Sports   Weather   Obituaries   Opinion   Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nassau 88°F Partly cloudy | Sunrise 6:38am | Sunset 7:56pm | Tropics: no systems expected in the next seven days",
                "",
                "",
                "B",
            ),
        ],
        [
            ("BREAKING: Power restored to most of eastern New Providence, BPL says", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Crawfish season opens Sunday with larger minimum tail size", "", "", "W"),
        ],
        [
            (
                "Marine Resources says fishermen landed 6.9 million pounds of tails last season, worth $94 million in exports",
                "the Department of Marine Resources",
                "says",
                "W",
            ),
        ],
        [
            ("By LATRELL SMITH-CAREY", "", "", "B"),
        ],
        [
            ("Current Staff Reporter", "", "", "B"),
        ],
        [
            ("lsmithcarey@bahamiancurrent.com", "", "", "B"),
        ],
        [
            ("Published Thursday, July 29, 2027", "", "", "B"),
        ],
        [
            ("You have 2 free articles left this month.", "", "", "B"),
            ("Subscribe from $5.99 a month.", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | Email", "", "", "B"),
        ],
        [
            (
                "Fishermen unload crawfish tails at Potter's Cay Dock at the end of last season.",
                "",
                "",
                "",
            ),
            ("(File photo)", "", "", "B"),
        ],
        [
            (
                "The 2027–28 crawfish season opens on Sunday, August 1, and runs until March 31, the Department of Marine Resources said yesterday, reminding fishermen that the minimum tail length has been raised to six inches.",
                "the Department of Marine Resources",
                "said",
                "W",
            ),
            ("The minimum was five and a half inches until this season.", "", "", "W"),
        ],
        [
            (
                "Crawfish carrying eggs may not be taken at any time, and compressors may be used only in water between 30 and 60 feet deep, under the fisheries regulations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fishermen who land undersized tails face fines of up to $3,000 and the loss of their licence, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "It said fisheries officers would inspect catches at Potter's Cay, Spanish Wells and Marsh Harbour from the first day of the season.",
                "the Department of Marine Resources",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agriculture and Marine Resources Minister Dr Felix Sands-Rahming told the House of Assembly on Wednesday that the 6.9 million pounds of tails landed last season had earned about $94 million in exports.",
                "Felix Sands-Rahming",
                "told the House of Assembly",
                "W",
            ),
            (
                "He said the larger minimum size was needed because the average tail landed had shrunk from 6.4 ounces in 2018 to 5.1 ounces last season.",
                "Felix Sands-Rahming",
                "said",
                "W",
            ),
            (
                "“If we keep taking the young ones, there will be no season to open in ten years,” he said.",
                "Felix Sands-Rahming",
                "said",
                "",
            ),
        ],
        [
            (
                "The Royal Bahamas Defence Force arrested 58 foreign fishermen and seized four vessels for poaching in Bahamian waters during the closed season, the minister said.",
                "Felix Sands-Rahming",
                "said",
                "W",
            ),
        ],
        [
            ("Fishermen want more notice", "", "", ""),
        ],
        [
            (
                "Spanish Wells boat captain Dwayne Pinder-Higgs, who has fished for crawfish since he was 15, said most fishermen supported the change but wanted more notice.",
                "Dwayne Pinder-Higgs",
                "said",
                "",
            ),
            (
                "“We bought our gauges in April for five and a half, and now we have to buy new ones,” he said.",
                "Dwayne Pinder-Higgs",
                "said",
                "",
            ),
            ("“Who is paying for that?”", "Dwayne Pinder-Higgs", "said", ""),
        ],
        [
            (
                "Processors in Spanish Wells were paying fishermen $17.50 a pound for tails at the end of last season, he said.",
                "Dwayne Pinder-Higgs",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Bahamas Commercial Fishers Alliance said 612 of its members had applied for licences before Wednesday's deadline.",
                "the Bahamas Commercial Fishers Alliance",
                "said",
                "W",
            ),
            (
                "Its president, Loretta Gibson-Farrington, called on the government to put more Defence Force patrols in the southern Bahamas.",
                "Loretta Gibson-Farrington",
                "called on",
                "",
            ),
        ],
        [
            (
                "Crawfish tails made up about 80 per cent of the country's fisheries exports by value last year, according to the Department of Statistics.",
                "the Department of Statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Join the conversation.", "", "", "B"),
            ("Comments are the views of readers, not of The Bahamian Current.", "", "", "B"),
        ],
        [
            ("islandboy242 · 6 hours ago", "", "", "B"),
        ],
        [
            ("Good rule.", "", "", "B"),
            ("The small ones never make it to market anyway.", "", "", "B"),
        ],
        [
            ("Reply · Like (4)", "", "", "B"),
        ],
        [
            ("Conchy_Joe · 3 hours ago", "", "", "B"),
        ],
        [
            ("Stop the poachers first, then talk to us about gauges.", "", "", "B"),
        ],
        [
            ("Reply · Like (11)", "", "", "B"),
        ],
        [
            ("MOST POPULAR", "", "", "B"),
        ],
        [
            ("Woman, 34, charged with stealing $12,000 from employer", "", "", "B"),
        ],
        [
            ("BPL: fuel charge to drop two cents in August", "", "", "B"),
        ],
        [
            ("Junkanoo Summer Festival moves to Arawak Cay", "", "", "B"),
        ],
        [
            ("Get The Current's headlines in your inbox every weekday.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("© 2027 The Bahamian Current Ltd.", "", "", "B"),
        ],
        [
            ("Shirley Street, Nassau, N.P., The Bahamas", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   ESSEQUIBO LEDGER   Subscribe", "", "", "B"),
        ],
        [
            ("Get breaking news alerts in the Ledger app   OPEN", "", "", "B"),
        ],
        [
            ("This site uses cookies.", "", "", "B"),
            ("Learn more | Got it", "", "", "B"),
        ],
        [
            ("LIVE | Power restoration: latest updates from GPL", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Blackout leaves 62,000 GPL customers without power for up to nine hours",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lightning strike on Sophia–Good Hope line caused the shutdown, company says",
                "the Guyana Power and Light Inc.",
                "says",
                "W",
            ),
        ],
        [
            ("Ledger Reporter", "", "", "B"),
        ],
        [
            ("March 8, 2027 · 3 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            (
                "A GPL crew works on a line at Good Hope, East Coast Demerara, on Sunday evening.",
                "",
                "",
                "",
            ),
            ("(GPL photo)", "", "", "B"),
        ],
        [
            (
                "About 62,000 customers in Demerara and Berbice lost electricity for up to nine hours on Sunday after lightning struck a 69-kilovolt transmission line between the Sophia and Good Hope substations, the Guyana Power and Light Inc. (GPL) said.",
                "the Guyana Power and Light Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The fault, at 2.14 pm, tripped the Garden of Eden and Canefield power stations and shut down the whole Demerara-Berbice Interconnected System (DBIS), the company said in a statement.",
                "the company",
                "said in a statement",
                "W",
            ),
            (
                "Power was restored to Georgetown by 7.30 pm and to all of East Berbice-Corentyne by 11.20 pm, it said.",
                "the Guyana Power and Light Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "GPL's chief executive officer, Mr Kamal Persaud-Lall, told the Ledger that the line's lightning arresters had been replaced in 2025 but that Sunday's strike “was simply too strong”.",
                "Kamal Persaud-Lall",
                "told the Ledger",
                "W",
            ),
            (
                "He said the company had recorded 14 system shutdowns in 2026, down from 31 in 2024.",
                "Kamal Persaud-Lall",
                "said",
                "W",
            ),
            (
                "The last system shutdown, on January 19, lasted about five hours, according to GPL's outage log.",
                "GPL's outage log",
                "according to",
                "W",
            ),
            (
                "“We understand the frustration, and we apologise to every customer,” he said.",
                "Kamal Persaud-Lall",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Persaud-Lall said the gas-to-energy plant at Wales would end most outages once it comes on stream.",
                "Kamal Persaud-Lall",
                "said",
                "",
            ),
        ],
        [
            (
                "The DBIS serves about 231,000 customers, GPL said.",
                "the Guyana Power and Light Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shops along Regent Street closed early, and some restaurants in Kitty threw away food.",
                "",
                "",
                "",
            ),
            (
                "Savitri Rampersaud, who runs a cookshop in Kitty, said she lost about $180,000 worth of chicken and fish.",
                "Savitri Rampersaud",
                "said",
                "",
            ),
            (
                "“Every time the lights go, I lose money, and GPL never pays,” she said.",
                "Savitri Rampersaud",
                "said",
                "",
            ),
            ("“The freezer was full for the whole week.”", "Savitri Rampersaud", "said", ""),
        ],
        [
            (
                "Under GPL's licence, customers can claim compensation for appliances damaged by power surges within 14 days of an outage, but not for spoiled food, the Public Utilities Commission said.",
                "the Public Utilities Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Georgetown Public Hospital Corporation (GPHC) said its generators came on within seconds and no surgery was affected.",
                "the Georgetown Public Hospital Corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Guyana Water Inc. (GWI) said 23 wells were shut down during the outage, cutting water to parts of Sophia, Turkeyen and Enmore until Monday morning.",
                "Guyana Water Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition Member of Parliament Tabitha Fraser-Williams called the outage “proof that the grid has been neglected while the oil money flows”.",
                "Tabitha Fraser-Williams",
                "called",
                "",
            ),
            (
                "“How many more Sundays in the dark?” she asked in a post on Facebook.",
                "Tabitha Fraser-Williams",
                "asked in a post on Facebook",
                "",
            ),
        ],
        [
            (
                "GPL said customers could report outages on 0800-4750 or through its app, and that crews would inspect all 69kV lines on the East Coast by March 20.",
                "the Guyana Power and Light Inc.",
                "said",
                "W",
            ),
        ],
        [
            ("💬 48 comments", "", "", "B"),
        ],
        [
            ("Tap to read and join the discussion", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("1. Berbice River Bridge toll cut to $1,200 from April", "", "", "B"),
        ],
        [
            ("2. Man, 27, drowns at Lake Mainstay", "", "", "B"),
        ],
        [
            ("3. Cane harvesters strike at Albion for third day", "", "", "B"),
        ],
        [
            ("Follow us on Facebook, Instagram and TikTok", "", "", "B"),
        ],
        [
            ("© 2027 Essequibo Ledger Inc.", "", "", "B"),
        ],
        [
            ("Lot 12 Robb Street, Lacytown, Georgetown", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ grampiancourant.co.uk", "", "", "B"),
        ],
        [
            ("We value your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 142 partners store and access information on your device, such as cookies, to show you personalised ads and content, to measure their performance and to develop our products.",
                "",
                "",
                "B",
            ),
            (
                "You can change your choices at any time through “Privacy settings” at the foot of the page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL   REJECT ALL   MORE OPTIONS", "", "", "B"),
        ],
        [
            ("THE GRAMPIAN COURANT", "", "", "B"),
        ],
        [
            ("News › Aberdeen", "", "", "B"),
        ],
        [
            (
                "Aberdeen council tax to rise 8.4% as £38m gap is closed with library and bus cuts",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Band D bill will be £1,726.46 a year from April", "", "", "W"),
        ],
        [
            ("By Fraser Duthie, Local Democracy Reporting Service", "", "", "B"),
        ],
        [
            ("Thursday 25 February 2027, 6:48 pm", "", "", "B"),
        ],
        [
            (
                "LIVE   Snow and ice warning for Aberdeenshire: school closures and road updates",
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
                "Council tax in Aberdeen will rise by 8.4% from April after councillors approved the city's 2027–28 budget by 23 votes to 20 on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase takes the Band D charge to £1,726.46 a year, up £133.81, and will raise about £9.2 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The £612 million budget includes £38.4 million of savings, among them the closure of three branch libraries and the end of council funding for two subsidised bus routes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What it means for your bill", "", "", ""),
        ],
        [
            (
                "A Band B household will pay £1,342.80 a year and a Band E household £2,268.30.",
                "",
                "",
                "W",
            ),
            (
                "Water and sewerage charges, which are collected with council tax, will rise by 9.6%, Scottish Water said.",
                "Scottish Water",
                "said",
                "W",
            ),
        ],
        [
            (
                "Council co-leader Eilidh Strachan, who presented the budget, said the administration had been left with “no good options” after the Scottish Government's grant to the city rose by 2.1%, below inflation.",
                "Eilidh Strachan",
                "said",
                "W",
            ),
            (
                "“Nobody came into politics to close a library,” she said.",
                "Eilidh Strachan",
                "said",
                "",
            ),
            (
                "“But we will not balance this budget by cutting teachers or carers.”",
                "Eilidh Strachan",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Strachan said the £3.1m budget for the city's 14 community centres had been protected.",
                "Eilidh Strachan",
                "said",
                "W",
            ),
        ],
        [
            (
                "The libraries at Cornhill, Ferryhill and Kincorth will close on 30 June, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Labour group leader Cllr Niall McAllister-Rae said the cuts would “hit the poorest parts of the city hardest”.",
                "Niall McAllister-Rae",
                "said",
                "",
            ),
            (
                "His group's alternative budget, which proposed a 9.9% rise and no library closures, was defeated by 24 votes to 19.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Denburn Coaches, which runs the two subsidised routes, said they carried about 410,000 passengers last year.",
                "Denburn Coaches",
                "said",
                "W",
            ),
            (
                "The company said it would withdraw both services from 4 April unless another funder came forward.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "At Cornhill library on Thursday afternoon, pensioner Sandra Milne, 78, said she used the computers there to book her GP appointments.",
                "Sandra Milne",
                "said",
                "",
            ),
            ("“Where am I meant to go?", "Sandra Milne", "said", ""),
            (
                "The nearest one after this is two buses away,” she said.",
                "Sandra Milne",
                "said",
                "",
            ),
        ],
        [
            (
                "Unison's Aberdeen branch said 46 full-time-equivalent posts would go, 11 of them through compulsory redundancy.",
                "Unison's Aberdeen branch",
                "said",
                "W",
            ),
            (
                "The council said it expected most posts to go through vacancies and voluntary severance.",
                "The council",
                "said",
                "",
            ),
        ],
        [
            (
                "Aberdeenshire Council agreed a 7.9% rise last week, while Dundee and Edinburgh have set rises of 8% and 8.5%.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Comments (86)", "", "", "B"),
        ],
        [
            ("View comments", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1   Man charged after two-car crash on Union Street", "", "", "B"),
        ],
        [
            ("2   Dons sign Norwegian winger on loan until the summer", "", "", "B"),
        ],
        [
            ("3   Fish processor in Peterhead to cut 60 jobs", "", "", "B"),
        ],
        [
            ("Sign up for Courant Daily, the north-east's news in your inbox at 7am.", "", "", "B"),
        ],
        [
            ("Enter your email   SUBSCRIBE", "", "", "B"),
        ],
        [
            ("By signing up, you agree to our privacy notice.", "", "", "B"),
        ],
        [
            ("Open the full Courant website", "", "", "B"),
        ],
        [
            ("© Grampian Courant Newspapers Ltd 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("markhamtribune.com.pg", "", "", "B"),
        ],
        [
            ("Lae Main Market reopens on Saturday after K4.2 million rebuild", "", "", "W"),
        ],
        [
            ("Rhoda Yakam", "", "", "B"),
        ],
        [
            ("24 June 2027", "", "", "B"),
        ],
        [
            ("4–5 minutes", "", "", "B"),
        ],
        [
            (
                "Lae's Main Market will reopen on Saturday after an 18-month, K4.2 million rebuild, with 1,260 covered stalls, new drains and a police post, the Lae City Authority said yesterday.",
                "the Lae City Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The market was closed in December 2025 after a fire destroyed about 300 stalls and engineers declared the old roof unsafe.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lae City Authority chief executive Tobias Kanawi said the rebuild was funded by the national government's District Services Improvement Program (K2.5 million) and the Morobe Provincial Government (K1.7 million).",
                "Tobias Kanawi",
                "said",
                "W",
            ),
            (
                "He said vendors would pay K10 a day for a covered stall and K5 for an open space, paid with a prepaid market card instead of cash.",
                "Tobias Kanawi",
                "said",
                "W",
            ),
            ("“No cash, no collectors, no arguments,” he said.", "Tobias Kanawi", "said", ""),
        ],
        [
            (
                "The sale and chewing of buai inside the market remain banned under a city by-law, with on-the-spot fines of K200.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What are the new rules?", "", "", ""),
        ],
        [
            (
                "The market will open from 6am to 6pm, Monday to Saturday, and will close on Sundays for cleaning.",
                "",
                "",
                "W",
            ),
            (
                "Trucks and PMVs will unload only at a new bay on Bumbu Road, Mr Kanawi said.",
                "Tobias Kanawi",
                "said",
                "W",
            ),
        ],
        [
            ("Gallery: 1/4", "", "", "B"),
        ],
        [
            (
                "The new covered stalls at Lae Main Market during a walk-through on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: MARKHAM TRIBUNE", "", "", "B"),
        ],
        [
            ("Gallery: 2/4", "", "", "B"),
        ],
        [
            (
                "Drains along the market's eastern side, where floodwater used to pool after heavy rain.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: MARKHAM TRIBUNE", "", "", "B"),
        ],
        [
            (
                "The market will be opened by the Morobe Governor, Hon. Philip Aisoli, at 9am on Saturday, the authority said.",
                "the authority",
                "said",
                "W",
            ),
            (
                "Mr Aisoli said in a statement that it would be “the cleanest and safest market in Papua New Guinea”.",
                "Philip Aisoli",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Roadside vendors along Markham Road said they were glad to be going back but worried about the fees.",
                "Roadside vendors along Markham Road",
                "said",
                "",
            ),
        ],
        [
            (
                "Mary Gawi, 52, who brings kaukau and greens from Bulolo twice a week, said she made about K60 on a good day.",
                "Mary Gawi",
                "said",
                "",
            ),
            (
                "“K10 every day is a lot when the rain comes and nobody buys,” she said.",
                "Mary Gawi",
                "said",
                "",
            ),
            ("“But the road is worse.", "Mary Gawi", "said", ""),
            ("The trucks splash mud on our food.”", "Mary Gawi", "said", ""),
        ],
        [
            (
                "Before the fire, vendors at the old market sold about K1.1 million worth of goods a week, according to a 2024 study by the PNG University of Technology.",
                "a 2024 study by the PNG University of Technology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Lae Market Vendors Association said 2,140 vendors had applied for the 1,260 covered stalls, and that a ballot for the remaining spaces would be held on Friday.",
                "the Lae Market Vendors Association",
                "said",
                "W",
            ),
            (
                "Its secretary, Kasu Hamori, said elderly vendors and women from the villages should be given stalls first.",
                "Kasu Hamori",
                "said",
                "",
            ),
        ],
        [
            (
                "Lae Metropolitan Superintendent Jacob Ninga said 24 police officers and 40 city rangers would be posted at the market for its first month.",
                "Jacob Ninga",
                "said",
                "W",
            ),
            (
                "He warned that anyone caught pickpocketing or selling homebrew inside the gates would be arrested.",
                "Jacob Ninga",
                "warned",
                "",
            ),
        ],
        [
            ("Gallery: 3/4", "", "", "B"),
        ],
        [
            ("Vendors selling betel nut and greens along Markham Road on Wednesday.", "", "", ""),
        ],
        [
            ("Picture: RHODA YAKAM", "", "", "B"),
        ],
        [
            ("Gallery: 4/4", "", "", "B"),
        ],
        [
            ("A city ranger at the market's main gate.", "", "", ""),
        ],
        [
            ("Picture: MARKHAM TRIBUNE", "", "", "B"),
        ],
        [
            ("More from the Markham Tribune: Nadzab terminal works delayed to 2028", "", "", "B"),
        ],
        [
            ("Read the Markham Tribune e-paper for K5 a week.", "", "", "B"),
        ],
        [
            (
                "This article was first published in the Markham Tribune print edition on 24 June 2027.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "2027. 9. 24. 오후 6:03   Seoul subway fare to rise 150 won on Oct. 7 - The Namsan Herald",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Print   Close", "", "", "B"),
        ],
        [
            ("Font size   A+   A-", "", "", "B"),
        ],
        [
            ("THE NAMSAN HERALD", "", "", "B"),
        ],
        [
            ("National > Social affairs", "", "", "B"),
        ],
        [
            ("Seoul subway fare to rise 150 won to 1,700 won on Oct. 7", "", "", "W"),
        ],
        [
            (
                "City says Seoul Metro lost 1.21 tril. won last year; free rides for the elderly to stay",
                "the Seoul Metropolitan Government",
                "says",
                "W",
            ),
        ],
        [
            ("By Seo Yun-kyung", "", "", "B"),
        ],
        [
            ("Published 2027-09-24 17:42 | Updated 2027-09-24 18:10", "", "", "B"),
        ],
        [
            ("Commuters pass through ticket gates at Seoul Station on Friday.", "", "", ""),
            ("Yoo Min-seok / The Namsan Herald", "", "", "B"),
        ],
        [
            (
                "The basic subway fare in Seoul will rise by 150 won to 1,700 won for card users from Oct. 7, the Seoul Metropolitan Government said Friday.",
                "the Seoul Metropolitan Government",
                "said",
                "W",
            ),
            (
                "The fare for single-journey tickets bought with cash will rise to 1,800 won.",
                "",
                "",
                "W",
            ),
            (
                "The distance charge of 100 won for every 5 km beyond the first 10 km, and the discounts for teenagers and children, will not change.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Basic bus fares for card users will go up by 100 won to 1,600 won on the same day, the city said.",
                "the city",
                "said",
                "W",
            ),
            ("The subway fare was last raised two years ago.", "", "", "W"),
        ],
        [
            (
                "Baek Seung-ho, head of the city's transport policy office, told a briefing at Seoul City Hall that Seoul Metro, which runs Lines 1 to 8, posted a net loss of 1.21 trillion won last year, and that free rides for people aged 65 and over cost it 412 billion won.",
                "Baek Seung-ho",
                "told a briefing",
                "W",
            ),
            (
                "“Even after this increase, a passenger pays only about 60 percent of what the trip costs us,” Baek said.",
                "Baek Seung-ho",
                "said",
                "W",
            ),
            ("“We held off for as long as we could.”", "Baek Seung-ho", "said", ""),
            (
                "He said the increase would bring in about 230 billion won a year for Seoul Metro.",
                "Baek Seung-ho",
                "said",
                "",
            ),
        ],
        [
            (
                "The free-ride age will stay at 65, the city said, though it has asked the central government to cover part of the cost.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's fare adjustment committee approved the increase on Sept. 17 after a public hearing in July, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seoul Metro's accumulated debt stood at 7.4 trillion won at the end of June, according to the company's half-year report.",
                "the company's half-year report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Seoul Metro carried an average of 7.1 million passengers a day in the first half of the year, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gyeonggi Province and Incheon, whose subway lines are linked to Seoul's, will raise their fares by the same amount on Oct. 7, officials of the two governments said.",
                "officials of the two governments",
                "said",
                "W",
            ),
        ],
        [
            (
                "The price of the Seoul Green Pass, the city's unlimited monthly transit card, will stay at 65,000 won, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kim Hyun-taek, secretary general of the Citizens' Coalition for Public Transport, said the city should cut costs “before reaching into the pockets of commuters.”",
                "Kim Hyun-taek",
                "said",
                "",
            ),
            (
                "He said the coalition would hold a rally outside City Hall on the day the new fares take effect.",
                "Kim Hyun-taek",
                "said",
                "",
            ),
        ],
        [
            (
                "At Sindorim Station on Friday evening, commuters heading home took the news with a shrug.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Lee Ga-yeong, 29, an office worker who commutes from Bupyeong to Gangnam, said she spends about 90,000 won a month on transport.",
                "Lee Ga-yeong",
                "said",
                "",
            ),
            (
                "“Rent goes up, lunch goes up, and now the subway?” she said.",
                "Lee Ga-yeong",
                "said",
                "",
            ),
            (
                "“I take the subway twice a day, so that is another 6,000 won a month,” said Park Jeong-ok, 41, a civil servant.",
                "Park Jeong-ok",
                "said",
                "",
            ),
        ],
        [
            (
                "Rep. Jung Hae-won, who sits on the National Assembly's land and transport committee, said the committee would review a bill to have the state pay for elderly free rides during its autumn session.",
                "Jung Hae-won",
                "said",
                "",
            ),
        ],
        [
            ("seoyk@namsanherald.co.kr", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Taxi base fare to rise to 5,300 won next year", "", "", "B"),
        ],
        [
            ("Copyright © The Namsan Herald.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Unauthorized reproduction and redistribution prohibited.", "", "", "B"),
        ],
        [
            (
                "https://www.namsanherald.co.kr/news/articleView.html?idxno=284117   1/1",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n170-pk-prof-dr-mid",
        "Prof Dr Saima Rauf Khan, head of paediatrics at Services Hospital, said 312 children were seen on Monday.",
        [
            "Prof Dr Saima Rauf Khan, head of paediatrics at Services Hospital, said 312 children were seen on Monday."
        ],
    ),
    (
        "n170-pk-pvt-ltd-ends",
        "The buses were supplied by Ravi Motors (Pvt.) Ltd. They will run on the Thokar route from Monday.",
        [
            "The buses were supplied by Ravi Motors (Pvt.) Ltd.",
            "They will run on the Thokar route from Monday.",
        ],
    ),
    (
        "n170-pk-motorway-am",
        "The M-2 was closed at 6 a.m. and reopened at 11 a.m. Drivers were told to use fog lights.",
        [
            "The M-2 was closed at 6 a.m. and reopened at 11 a.m.",
            "Drivers were told to use fog lights.",
        ],
    ),
    (
        "n170-bd-dr-md-mid",
        "Dr Md. Anisur Rahman, the civil surgeon of Gazipur, said 41 patients were admitted overnight.",
        [
            "Dr Md. Anisur Rahman, the civil surgeon of Gazipur, said 41 patients were admitted overnight."
        ],
    ),
    (
        "n170-bd-lakh-decimal",
        "The fines came to Tk 8.6 lakh, or about Tk 23,243 for each of the 37 building owners.",
        ["The fines came to Tk 8.6 lakh, or about Tk 23,243 for each of the 37 building owners."],
    ),
    (
        "n170-bd-question-attribution",
        "“Where do we go, to the road?” she asked, holding her son's hand. Nobody answered her.",
        [
            "“Where do we go, to the road?” she asked, holding her son's hand.",
            "Nobody answered her.",
        ],
    ),
    (
        "n170-tz-dateline-stop",
        "Dar es Salaam. The Kigamboni ferry will resume service on Friday. It carries about 60,000 passengers a day.",
        [
            "Dar es Salaam. The Kigamboni ferry will resume service on Friday.",
            "It carries about 60,000 passengers a day.",
        ],
    ),
    (
        "n170-tz-ltd-ends",
        "The contract went to Pwani Marine Works Ltd. It must finish the jetty by March.",
        ["The contract went to Pwani Marine Works Ltd.", "It must finish the jetty by March."],
    ),
    (
        "n170-tz-currency-decimal",
        "The fare is Sh750, about US$0.28, and a card costs Sh5,000.",
        ["The fare is Sh750, about US$0.28, and a card costs Sh5,000."],
    ),
    (
        "n170-zm-no-mid",
        "Maize from Depot No. 14 in Mkushi was moved to the silos in Kabwe. It took 11 trucks.",
        [
            "Maize from Depot No. 14 in Mkushi was moved to the silos in Kabwe.",
            "It took 11 trucks.",
        ],
    ),
    (
        "n170-zm-initials-mid",
        "Mrs B. N. Sichone told the meeting that K. M. Phiri had resigned as treasurer.",
        ["Mrs B. N. Sichone told the meeting that K. M. Phiri had resigned as treasurer."],
    ),
    (
        "n170-zw-pvt-ltd-ends",
        "The chemicals come from Msasa Process Chemicals (Pvt) Ltd. The firm says it is owed US$4.7 million.",
        [
            "The chemicals come from Msasa Process Chemicals (Pvt) Ltd.",
            "The firm says it is owed US$4.7 million.",
        ],
    ),
    (
        "n170-zw-eng-cde-mid",
        "Eng. Tinashe Matare and Cde Blessing Mudzingwa toured the plant on Friday.",
        ["Eng. Tinashe Matare and Cde Blessing Mudzingwa toured the plant on Friday."],
    ),
    (
        "n170-zw-schedule-semicolons",
        "Borrowdale gets water on Mondays; Mabvuku on Tuesdays; and Highlands on Wednesdays.",
        ["Borrowdale gets water on Mondays; Mabvuku on Tuesdays; and Highlands on Wednesdays."],
    ),
    (
        "n170-mu-rs-decimals",
        "The unit price rises from Rs 6.85 to Rs 7.40. Bills above Rs 2,000 can be paid in two instalments.",
        [
            "The unit price rises from Rs 6.85 to Rs 7.40.",
            "Bills above Rs 2,000 can be paid in two instalments.",
        ],
    ),
    (
        "n170-mu-colon-quote",
        "Asked about another rise, the minister said: “Not this year.” He then left the room.",
        ["Asked about another rise, the minister said: “Not this year.”", "He then left the room."],
    ),
    (
        "n170-cy-per-cent-decimals",
        "The reservoirs were 14.6 per cent full on Wednesday, against 21.3 per cent a year earlier.",
        [
            "The reservoirs were 14.6 per cent full on Wednesday, against 21.3 per cent a year earlier."
        ],
    ),
    (
        "n170-cy-newsletter-question",
        "Enjoying the Morning Briefing? Forward it to a friend.",
        ["Enjoying the Morning Briefing?", "Forward it to a friend."],
    ),
    (
        "n170-bs-np-mid",
        "Tails from Spanish Wells are flown to Nassau, N.P., twice a week.",
        ["Tails from Spanish Wells are flown to Nassau, N.P., twice a week."],
    ),
    (
        "n170-bs-question-new-sentence",
        "“Who is paying for that? Not the government,” he said.",
        ["“Who is paying for that?", "Not the government,” he said."],
    ),
    (
        "n170-gy-inc-mid",
        "Guyana Water Inc. (GWI) said 23 wells were shut down during the outage.",
        ["Guyana Water Inc. (GWI) said 23 wells were shut down during the outage."],
    ),
    (
        "n170-gy-pm-ends",
        "Power returned to Georgetown at 7.30 p.m. Berbice waited until almost midnight.",
        ["Power returned to Georgetown at 7.30 p.m.", "Berbice waited until almost midnight."],
    ),
    (
        "n170-gy-numbered-list",
        "1. Switch off your appliances. 2. Call the outage hotline. 3. Keep the freezer closed.",
        [
            "1. Switch off your appliances.",
            "2. Call the outage hotline.",
            "3. Keep the freezer closed.",
        ],
    ),
    (
        "n170-sc-cllr-mid",
        "Cllr. Niall McAllister-Rae said the budget passed by 23 votes to 20.",
        ["Cllr. Niall McAllister-Rae said the budget passed by 23 votes to 20."],
    ),
    (
        "n170-sc-ellipsis-lower",
        "The cuts will hit libraries… and, in time, schools, she warned.",
        ["The cuts will hit libraries… and, in time, schools, she warned."],
    ),
    (
        "n170-pg-hon-sir-am-ends",
        "The market was opened by Hon. Sir Philip Aisoli at 9 a.m. Vendors cheered as the gates opened.",
        [
            "The market was opened by Hon. Sir Philip Aisoli at 9 a.m.",
            "Vendors cheered as the gates opened.",
        ],
    ),
    (
        "n170-pg-kina-decimals",
        "Covered stalls cost K10 a day, open spaces K5 and cold storage K2.50 a crate.",
        ["Covered stalls cost K10 a day, open spaces K5 and cold storage K2.50 a crate."],
    ),
    (
        "n170-kr-tril-mid",
        "Seoul Metro lost 1.21 tril. won last year, the city said.",
        ["Seoul Metro lost 1.21 tril. won last year, the city said."],
    ),
    (
        "n170-kr-sept-oct",
        "The committee approved the fare on Sept. 17 after a hearing. It takes effect on Oct. 7.",
        [
            "The committee approved the fare on Sept. 17 after a hearing.",
            "It takes effect on Oct. 7.",
        ],
    ),
    (
        "n170-kr-exclamation-rep",
        "“Not again!” Rep. Jung Hae-won said when the new fare was announced.",
        ["“Not again!” Rep. Jung Hae-won said when the new fare was announced."],
    ),
]
