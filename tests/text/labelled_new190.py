"""Hundred-and-ninetieth set of new hand-labelled pages for the hint engines (tuning set, round sixty-five):

Theme: twelve WHOLE pages of ordinary local and national news pasted with each site's furniture, from English-language
outlets and English editions in twelve countries of Europe, Latin America and the Caribbean (Germany, France, the
Netherlands, Spain, Portugal, Italy, Greece, Poland, Mexico, Brazil, Argentina, Trinidad and Tobago), one page per
country, each a different kind of site (broadcaster's English service, expat news site, English edition of a national
daily, wire service, city magazine, business paper, regional paper ...) and a different paste. Furniture varied and
worded afresh: consent and privacy notices in several shapes, language switchers, paywall and "register to keep
reading" boxes, newsletter sign-ups, podcasts and video embeds, translated-by notices, live-ticker time stamps, "most
read" lists, author boxes, tag lines, share counts, comment sections, print-view headers and footers, legal/imprint
lines. Mix in story lines that look like furniture and must not be flagged "B" (short story paragraphs, story subheads,
fact lists of record, dates and times in the story, a hotline the story reports). Label each line by what it is.

The pages, one per country, kind of site and paste: a German public broadcaster's English service on the DESKTOP
(Cologne bans trucks over 7.5 tonnes from the Zoo Bridge after inspectors find 43 cracked welds); a French expat news
site pasted from a PHONE (the Hérault prefecture bans garden watering, pool filling and car washing in 214 communes);
a Dutch city magazine in READER MODE (bikes left more than 14 days in Utrecht's station garage to be removed from 1
March); a Spanish national daily's English edition as an AMP page (Madrid fines cars without an environmental label
anywhere in the city, €200 a time); a Portuguese wire service's English desk from its SUBSCRIBER FEED (the minimum
wage rises to 1,060 euros a month from January); an Italian regional paper's English LIVE TICKER, newest entry first
(Venice raises the MOSE barriers as the tide reaches 141 cm at sea); a Greek English-language weekly's E-PAPER, text
copied from the PDF across a page jump (the Acropolis shuts at noon as Athens records 42.6C); a Polish business
paper's EMAIL NEWSLETTER pasted from WEBMAIL (inflation slows to 3.4%, a convenience chain buys 140 shops, office
vacancy falls to 8.9%); a Mexican independent English-language news site read in a NEWS-AGGREGATOR APP (Mexico City
lowers water pressure every night in 11 boroughs as the Cutzamala system falls to 31%); a Brazilian TV network's
English news site, its text SHARED FROM ITS APP (a 24-hour strike shuts three São Paulo metro lines); an Argentine
local radio station's English news site in PRINT VIEW (the Subte fare rises to $1,450 and then monthly with
inflation); and a Trinidad and Tobago national tabloid's TEXT-ONLY edition (a seabridge fast ferry is out of service
until at least December 4 and sailings are cut).

What is hard is telling the site's furniture from the story, line by line, when the two look alike. Furniture is "B"
whatever it says, with no speaker, however much it reads like news: consent banners pasted first or last, as a label,
a notice of one or two sentences and a button line ("Accept all     Reject all     Settings", "Agree and close  |
Learn more"), a PAY-OR-CONSENT banner ("To read Il Lagunare without profiling cookies, you can subscribe for €3.99 a
month."), an aggregator's and a low-data edition's cookie and data notices; language switchers ("Deutsch | English |
Español ...", "ES | EN | CAT | EUS | GL"); a REGISTER-TO-KEEP-READING box ("You have read 3 of your 5 free articles
this month.", "Register for free to keep reading." / "It takes less than a minute."); newsletter boxes and sign-ups; a
podcast promo that names its schedule ("Daybreak Germany: the day's news in 20 minutes, every weekday from 5 a.m.")
and a podcast line with a running time; video embeds (a play line with a running time, a "Watch:" line); a reader-mode
TRANSLATED-BY notice, a translation notice with a read-the-original link and a wire credit line with "translated from
Portuguese by"; the LIVE TICKER's time stamps, "● LIVE", a last-updated line and a "Key points" label; most-read lists
(a label and numbered headlines); an author box; tag and topic lines; share counts ("312 shares", "1.2K shares") and
reaction lines ("👍 1,204   💬 87   ↗ Share"); comment sections (counts, handles with initials, comments, even a comment
that asks a question, reply lines); a PRINT VIEW's URL, printed-on line, print/close line and "Page 1 of 1" footer; an
E-PAPER's issue line, page headers, page-navigation line and the page-jump pair "Continued on page 4" / "From page 3"
with the next page's running header between them; a wire feed's slug, priority line, UPDATE NOTE "(Adds ...)",
keywords, contact line, related slug and "ENDS"; webmail chrome ("to me", a hidden-images notice, "Not displaying
properly?" / "Open the web version."); an aggregator's follow, open-in-browser, top-comment and show-fewer lines; a
shared-from-app line and app prompts; and imprint, legal, registration and copyright lines. The story is never "B",
however much it looks like furniture: STORY SUBHEADS ("What changes for drivers", "How it will work", "Where to get
your bike back", "Who is exempt", the question subhead "What about cars from abroad?", the upper-case e-paper subhead
"A QUEUE IN THE SHADE", "What passengers say", "Guesthouses count the cost") and a story line ending in a colon ("The
revised schedule from Wednesday:") are ""; FACT LISTS OF RECORD are "W" line by line (a truck ban's four rules, five
drought restrictions, three exemptions, three pressure-cut schedules, five fare tiers, three sailings, a depot's
opening hours down to "Sunday: closed.", a live page's key-point bullets); SHORT STORY PARAGRAPHS of record are "W"
("The ban took effect at 6 a.m.", "The current limit is 28 days.", "The Zoo Bridge opened in 1966.", "Drinking water
for households is not restricted.", "No one was injured.") while a one-line scene is "" ("St Mark's Square is dry.");
TIMES AND DATES IN THE STORY are the story's ("At 9.35 a.m. the gauge at Punta della Salute read 72 cm, ...", "W"),
while the ticker's "9:40" above it is "B"; and HOTLINES THE STORY REPORTS are services set by those who run them, "W"
(a prefecture's drought information line, a civil protection hotline, a heat helpline, a water-truck number, a port
authority's customer line), while the outlet's own contact and e-mail lines are "B". Data lines stay "": the rows of a
wage table and a markets box, under a "B" title, header and source line. And the newsletter's greeting, teaser and
"Our take", and the live ticker's "Good morning and welcome ...", are the outlet's own voice in the story, "".

Of record ("W"), as in the recent sets: figures given by bodies, officials, firms and documents (cracked welds and
truck counts, river flows, fines issued, bicycles removed, label-less cars, workers on the minimum wage, tide readings,
inspections, power demand, inflation, sales, vacancy, storage and trucks, passengers, fares and subsidies, bookings
cancelled); causal claims ("because a registration system would cost about €400,000", "The cuts follow a fall in
storage"); acts, findings and votes (a ban, an order, a court's order, a vote of 29 to 16 and of 1,412 to 388, a union
that did not sign, a consultancy's "found"); rules, also conditional ones (a €150 fine, the fines for a second offence
"within a year", the early-payment discount, a tax deduction for firms paying more than 30% of staff the minimum, the
barriers' 112 cm threshold, a fine "for each worker", monthly indexing); and scheduled events and services set by those
who run them (a committee session, cameras from April 1, a demonstration, the final CPI figure, a rate meeting, a
review date, resumed talks and a union assembly). Not worth checking (""): forecasts and expectations (a repair
estimate, a second tide peak, temperatures by Sunday, a rate cut, rents, savings from night-time cuts, a wage bill, an
inflation effect); plans and intentions, even official ones (a funding request, checks "in every commune", an aim for
2031, barriers staying up, an extended order, docking pay, an appeal, rebranding shops); requests and advice;
characterisations and opinions; a private person's own figures (a pool emptied by a third, a bike taken twice, rides
a month, sales halved); questions in quotes; and scenes and captions that only describe.

And where sentences end: firm suffixes and abbreviations that END one before a capital ("Brückenprüf Weidmann GmbH." /
"The firm ..."; "Ediciones Meridiano, S.L." / "All rights reserved."; "Editoriale Lagunare S.r.l." / "VAT no. ...";
"Słonecznik Handel S.A." / "It was founded ..."; "Hidrotransportes del Ajusco S.A. de C.V." / "The company also ...";
"Rede Aurora de Televisão Ltda." / "All rights reserved."; "Pampa Datos S.R.L." / "It found ..."; "Matelot
Propulsion Services Ltd." / "The firm has serviced ..."; "at 6 a.m." / "Barriers ..."; "at 9.50 p.m." / "The barriers
will stay up ..."; "until 8 p.m." / "The Acropolis had ..."; "by 10 a.m." / "The union said ..."; "© TejoWire 2028." /
"All rights reserved." / "Redistribution ...") and abbreviations, titles and designations that do NOT ("Nov. 21
(TejoWire) -", "for Nov. 30 at 3 p.m., starting", "on Dec. 5 and 6.", "since Oct. 1.", "Ing. Rodrigo Salinas
Treviño", "In Col. Santa Cruz Meyehualco", "on R. Tuiuti, in Tatuapé", "on Patission St. near", "Kropka Market S.A.
said", "Wydawnictwo Mazowsze Sp. z o.o., ul. Prosta 51,", "Hymettus Ekdotiki S.A., 14 Voulis St., 105 62 Athens.", "Av.
Almirante Brown", "Radio Riachuelo S.R.L. · DNDA registration no.", "Caroni Bulletin Printery Co. Ltd. ·", "Trevor
P. · 3 h", "Chucho R.:", "R. Keverne-Dubois/"); times in several styles ("14:32 CET", "6 a.m.", "9.35 a.m.;", "12.30
p.m.", "7:02 AM", "5:12 p.m.", "08:47", "18:05", ticker stamps "12:04" and "9:40"); decimals, units and currencies
("7.5 tonnes", "0.41 cubic metres", "€27.50", "€1.35", "lines 5.1 and 5.2", "42.6C", "38.40 złoty", "4.2615",
"R$500,000", "$652.50", "623-5091"); quotes ending in "?" before their attribution, one sentence each ("“Who pays for
the extra diesel, ...?” he asked.", "“Who is going to buy me a new car, the mayor?” he asked.", "“How many more
Novembers?” he asked."), and a question in a quote with no attribution after it, a sentence of its own carrying the
quote's speaker ("“Who comes to eat fish on a day like this?”"); quotes running over two sentences; and semicolons that
never split (standfirsts, a key-point bullet, a quote, a fare rule, pay positions).

The pages hold 529 sentences: 207 "B", 207 "W" and 115 ""; 162 sentences carry a speaker (90 distinct speakers, page
by page; 88 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order; `CASES`
holds 30 split cases written fresh in the manner of the pages (not copied from them): 20 that must split where a
sentence ends at a firm suffix ("GmbH.", "e.V.", "S.A.", "B.V.", "S.L.", "Lda.", "S.r.l.", "S.p.A.", "Sp. z o.o.",
"S.A. de C.V.", "Ltda.", "S.R.L.", "Ltd."), a street abbreviation ("Riehler Str.") or a time ("5 p.m."),
or after a quote's "!" or "?" and its attribution, or after a question in a quote with no attribution; and 10 where a
title, an abbreviation or a time sits inside a sentence that must not be split there ("Dr.-Ing.", "M." for Monsieur,
Dutch "mr." and "ir.", "Avda." and "C/", "Nov. 30 at 3 p.m. in", "Ing.", "ul.", "Col.", "Av.", "Hon." with
"St." inside a surname), one of which still holds two sentences.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their docstrings)
and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's
lines, so every banner line, masthead, switcher, menu, crumb, byline, date line, share line, caption, credit, time
stamp, bullet, table row, box line, comment, page header and legal line is a paragraph of its own, except that a
caption and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says, never
with a speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B" title, header row and
source line and "" data rows; headlines and standfirsts never split and flagged by content, a "says" carrying the
source as the body first gives it ("The city of Cologne", "Madrid City Council", "the Port Authority of Trinidad and
Tobago"); a person named in full as first given, without titles or roles ("Prefect", "Winegrower", "Alderman", "Labour
Minister", "Mayor", "Ing.", "Union president", "Chief executive", "Nurse", "PATT general manager", "vendor"), a
pronoun or surname resolving to that name ("Wellbrock-Aydin said", "De Wit-Verhagen said" and "Van Heemstra-Lok said"
with the particle capitalised at the start of a sentence, "Salcedo said" for "Beatriz Salcedo Arriaga", "Amaral said"
and "Tavares Penedo said" for Portuguese names, "Cárdenas said" for "Guadalupe Cárdenas Olvera"); a quote over
several sentences carrying its speaker and cue in each; "according to X" giving X as written ("the city's traffic
counts", "the council's figures", "Social Security data cited by the ministry", "the consortium that operates them",
"a flash estimate published by Statistics Poland on Monday", "a quarterly report by property adviser Wola Estates", "a
survey by the consumer agency Profeco in October"), a bracketed acronym dropped ("the National Water Commission",
"the National Statistics Institute", "The Confederation of Portuguese Industrial Workers", "the Port Authority of
Trinidad and Tobago"); a descriptor before a proper name dropped ("Warsaw-listed convenience chain Kropka Market S.A."
-> "Kropka Market S.A.", "The drivers' association Volante Libre" -> "Volante Libre", "the state metro company,
Metrô," -> "Metrô", "Mexico City's water system, SACMEX," -> "SACMEX"); an acronym, a short form or "it" resolving
to the name as first given ("the PATT said", "Kropka said", "it said" -> "Madrid City Council", "The Labour
Ministry", "the National Water Commission" or "SACMEX"), while a single generic noun is kept as written ("the city",
"the municipality", "the council", "the prefecture", "the ministry", "the commission", "the centre", "the report",
"The union", "The court", "The fire service"); a channel phrase after the verb is part of the cue ("said in a
statement", "told reporters at the city hall", "told a news conference", "told TejoWire", "wrote on social media",
"told reporters outside the union's headquarters on R. Tuiuti, in Tatuapé", "told Radio Riachuelo", "said in the
Official Gazette"), a time after it is not ("on Tuesday", "yesterday"); a body acting with no verb of saying carries
no speaker (the prefecture placing communes on a level, the council fining drivers, the Council of Ministers
approving a rise, a confederation calling a demonstration, the Labour Ministry ordering a halt, Conagua cutting the
flow, a court ordering service).

Conventions this set had to settle, in the same spirit:

* A NOTICE OR PROMPT OF TWO SENTENCES is two "B" sentences of one paragraph ("Register for free to keep reading." /
  "It takes less than a minute."; "You are reading the low-data version of this page." / "Switch to full site"; "Not
  displaying properly?" / "Open the web version."; "Forwarded this email?" / "Subscribe here."), and a comment of two
  sentences likewise, the handle opening the first ("jerry_in_bon_accord: Same story every year." / "Who is checking
  these boats?"); a button strip is one "B" sentence.
* A PAGE JUMP in an e-paper keeps the page's lines in paste order: "Continued on page 4", the next page's running header
  and "From page 3" are "B" between two story paragraphs, which stay labelled as story.
* A LIVE TICKER's entries are labelled like story paragraphs, under "B" time stamps; its key-point bullets are of record
  ("W") and carry no speaker; a story sentence that OPENS WITH A TIME ("At 9.35 a.m. ...") is story, never a stamp.
* A HOTLINE is labelled by what carries it: a number the story reports as a service set by a body ("The municipal civil
  protection hotline, 041 274 1188, is staffed around the clock until the alert ends.") is "W"; the outlet's own
  contact line ("((lisbon.newsdesk@tejowire.pt; +351 21 000 4400))") and author e-mail are "B".
* A WIRE HEADLINE with its "UPDATE 2-" prefix is flagged by content ("W"); the update note under it is "B".
* SPEECH ACTS: "forecasts" and "expect"/"expects" carry their subject ("" for the forecast); "has not said" carries
  "The court" (""), like "did not say"; "apologised" carries the general manager (""); a consultancy's "It found"
  carries the firm as first given with its points ("Pampa Datos S.R.L.", "W"); "wrote on social media" is a cue.
* A STORY SUBHEAD is "" whatever its form (sentence case, a question, upper case in an e-paper, a line ending in a
  colon), while a "Key points", "MARKETS" or wage-table title is a box label, "B".

Written from scratch for issue 13 in round sixty-five, before any rule was tuned on them and without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test
was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings and first
articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new187.py`
and `labelled_new188.py`. Coined names were checked for freshness against the capitalised words (and the parts of
hyphenated ones) of those two files: five outlet and publisher words ("POST" in an upper-case masthead, "Weekly",
"Reporter", "Press", "Publishing"), four firm, group and podcast words ("Capital", "Media", "Network", "Briefing" with
"Morning"), a podcast title's "Today" and five name parts ("Catherine", "Whitlock", "Curtis", "Marcia", "Greaves")
hit and were replaced before the file was written; four first replacements hit again and were replaced in turn
("Standard" by "Echo", "Twenty" by "Daybreak", "Imogen" by "Rowena", and "Hill" in a split case's surname by "Cyr"),
giving "The Occitan Courier", "The Hymettus Echo", "Anáhuac Express", "Hymettus Ekdotiki S.A.", "Caroni Bulletin
Printery Co. Ltd.", "Ponte Valores", "Wydawnictwo Mazowsze Sp. z o.o.", "Tobago Guesthouse Owners' Collective", "Rede
Aurora First Hour", "Daybreak Germany", "Rowena Tarrant-Seabra", "Anselm Alleyne-Jack", "Josette Thomas-Gittens" and
"Wendell St. Cyr-Borde", which were checked again and do not hit. Only common words ("Market" and "MARKET", "LETTER"
as in "TWO-LETTER", "Association", "Union", "Workers'", "Edition", "Service", "Services", "Small", "Business",
"Water", "Drivers", "Students"), titles and honorifics ("Dr", "Hon", "Mayor", "Chief", "Minister"), initials, firm
suffixes ("Ltd", "Co"), months, weekdays, furniture words ("Advertisement", "Subscribe", "Privacy", "Topics", "Tags")
and real places and bodies ("Harris" in "Harris Promenade", "Mayo" in "Av. de Mayo", "Reyes" in "roscón de Reyes",
"St Mark's", "Metro") still hit.

Every person, outlet, broadcaster, podcast, newsletter, aggregator, publisher, wire service, firm, contractor,
brokerage, property adviser, consultancy, union, confederation, association, syndicate, passengers' and drivers'
group, cyclists' group, guesthouse group, ferry, statement, quote and figure is invented, and so are the small
institutions (Lindenfunk, Daybreak Germany, Brückenprüf Weidmann GmbH, the Rhineland Haulage Association, The
Occitan Courier, the Bas-Languedoc Water Syndicate, Oudegracht Magazine, the Utrecht Cyclists' Circle, Diario
Meridiano and Ediciones Meridiano, S.L., Volante Libre, TejoWire, the Confederation of Portuguese Industrial Workers
(CTIP), the Portuguese Association of Small and Medium Enterprises (APPME), Ponte Valores, Il Lagunare and Editoriale
Lagunare S.r.l., The Hymettus Echo and Hymettus Ekdotiki S.A., The Mazovia Market Letter and Wydawnictwo Mazowsze
Sp. z o.o., Brzoza Securities, Kropka Market S.A., Słonecznik Handel S.A., Wola Estates, Skimdeck, the Anáhuac Express,
Hidrotransportes del Ajusco S.A. de C.V., Rede Aurora and Rede Aurora de Televisão Ltda., Rede Aurora First Hour, the
Paulista Rail Workers' Front, Radio Riachuelo and Radio Riachuelo S.R.L., Usuarios del Subte Unidos, Pampa Datos
S.R.L., The Caroni Bulletin and Caroni Bulletin Printery Co. Ltd., the Speyside Express and the Castara Star,
Matelot Propulsion Services Ltd., the Tobago Guesthouse Owners' Collective and the like). Real countries, regions,
cities, boroughs, districts, islands, rivers, bridges, streets, squares, stations, monuments, museums, courts,
councils, ministries, agencies, statistics offices, central banks, exchanges, transport systems, utilities, websites,
laws and other public bodies appear only as settings, with invented statements and figures: Cologne, the Zoo Bridge,
the Mülheim and Rodenkirchen bridges, Deutz, Wuppertal, Leverkusen, the city hall's Spanish Building and the state of
North Rhine-Westphalia; the Hérault, the Orb, Vieussan, Gignac, Pézenas, Roujan, Béziers, the Aude, the Hérault
prefecture, the gendarmerie and the VigiEau website; Utrecht, Utrecht Centraal, the Stationsplein and Jaarbeursplein
bicycle garages, Lage Weide, the municipality of Utrecht and Utrecht University; Madrid, the M-30, Leganés, Lavapiés,
Atocha, the Plaza Elíptica monitoring station, Madrid City Council, the Directorate-General for Traffic (DGT) and the
High Court of Justice of Madrid; Lisbon, Porto, Praça do Comércio, Portugal's Council of Ministers, the Ministry of
Labour, Solidarity and Social Security, Social Security, the Finance Ministry, the National Statistics Institute (INE),
Eurostat and the European Union; Venice, the Lido, Malamocco, Chioggia, Pellestrina, Mestre, the Riviera del Brenta,
Punta della Salute, St Mark's Square, the Doge's Palace, the Correr Museum, the MOSE barriers and the city's tide
forecasting centre; Athens, Attica, the Acropolis and its Beulé Gate, Thiseio, Nea Filadelfeia, Patission Street,
Voulis Street, the National Archaeological Museum, the Culture, Labour and Interior ministries, the City of Athens
and the National Observatory of Athens; Warsaw, Lublin, Gdańsk, ul. Prosta, Nowy Świat, Statistics Poland, the
National Bank of Poland and its Monetary Policy Council, UOKiK and the Warsaw Stock Exchange and its WIG20; Mexico
City, its boroughs (Iztapalapa, Tláhuac, Xochimilco, Coyoacán, Tlalpan, Magdalena Contreras, Álvaro Obregón, Benito
Juárez, Cuauhtémoc, Iztacalco, Venustiano Carranza), Col. Santa Cruz Meyehualco, the Ajusco, the State of Mexico, the
Cutzamala system, SACMEX, the National Water Commission (Conagua), Profeco and the National Autonomous University of
Mexico; São Paulo, Sé, Tatuapé, R. Tuiuti, Itaquera, Corinthians-Itaquera station, Campinas, the Hospital das
Clínicas, the metro's lines 1-Blue, 2-Green, 3-Red, 4-Yellow, 5-Lilac and 15-Silver, Metrô and the Regional Labour
Court; Buenos Aires, La Boca, Constitución, Av. de Mayo, Av. Almirante Brown, the Subte and the Premetro, the SUBE card,
the Buenos Aires city government, its Official Gazette and its statistics institute, and the DNDA; and Trinidad and
Tobago, Port of Spain, Scarborough, San Fernando, Harris Promenade, Chaguaramas, Couva, Sea Lots, Bon Accord, Castara,
Speyside, the Port Authority of Trinidad and Tobago (PATT), the Tobago House of Assembly and the Ministry of Works and
Transport.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'German PUBLIC BROADCASTER\'S ENGLISH SERVICE (Cologne story), DESKTOP browser paste, a BRIDGE CLOSED TO TRUCKS: Cologne bans vehicles over 7.5 tonnes from the Zoo Bridge after an inspection finds 43 cracked welds. Head: a CONSENT BANNER pasted first (a label and a two-sentence notice, "B" both, and a button line), skip link, masthead, a LANGUAGE SWITCHER, menu and crumb (all "B"); headline of record ("W") and a standfirst with a semicolon ending "the city says" ("W", carrying "The city of Cologne" as the lead gives it, cue "says"); byline and a dotted date line "20.03.2028 | 14:32 CET" ("B"); a VIDEO EMBED (a play line "B", its caption "" and its credit "B"). Body: the lead "it said in a statement" (resolving to "The city of Cologne", "W"); a SHORT STORY PARAGRAPH "The ban took effect at 6 a.m." ENDING a sentence before "Barriers and height gates ..." (both "W"); truck counts "according to the city\'s traffic counts" ("W"); the inspection ENDING "Brückenprüf Weidmann GmbH." before "The firm, which is based in Wuppertal, ..." (both "W"); the bridges chief with crack lengths ("W") and a reassuring quote over two sentences ("", cue "told reporters at the city hall"); a PODCAST PROMO (three lines "B", one with "from 5 a.m."); a STORY SUBHEAD "What changes for drivers" ("") and FOUR BULLETS OF RECORD ("W" each: the ban, buses at 30 km/h, a closed lane, the diversion); the fine "the city said" (generic kept, "W") and cameras from April 1 (scheduled, "W"); a haulage association\'s characterisation ("", "called"), its managing director\'s detour figure ("W") and his QUESTION before "he asked." (""); the chief on cracks measured since 2025 ("W"), the repair estimate and the funding request ("" both, "said" and "added"); a ONE-SENTENCE PARAGRAPH "The Zoo Bridge opened in 1966." and daily traffic "according to the city" ("W" both); a baker\'s anecdote and quote (""); a committee session "on Thursday at 4 p.m. in the city hall\'s Spanish Building" (no split, "W"). Tail: a topics TAG LINE, a REACTIONS/SHARE line, a more-on-this-topic label and a headline, an IMPRINT line and a copyright line (all "B").',
    'French EXPAT NEWS SITE (Hérault), PHONE BROWSER paste, a DROUGHT ORDER: the prefecture moves 214 communes to the top "crisis" level, banning garden watering, pool filling and car washing from Saturday. Head: a menu/masthead line with icons, a log-in line and crumb ("B"); headline and standfirst of record ("W", the standfirst with no verb of saying and no speaker); byline, a date/read-time line and a SHARE COUNT "312 shares" ("B"); a caption "" and its credit with the initial "R." ("B"). Body: the order, its dates "from midnight on Saturday 8 July until 30 September" and the Orb\'s flow "according to the prefecture" ("W"); a STORY SUBHEAD "What is banned from Saturday" ("") and FIVE BULLETS OF RECORD ("W" each, one with "between 8 p.m. and 8 a.m."); the fines, a conditional rule, "the prefecture said" ("W", generic kept); a REGISTER-TO-KEEP-READING BOX (a counter line, a two-sentence prompt and a button line, all "B"); the prefect (title dropped) with past fines ("W") and his plan of checks (""); a British retiree\'s anecdote and quote (""); a winegrower (role dropped) with a forecast and a quote over two sentences (""); a water syndicate\'s consumption figure ("W") and its advice ("", cue "asked"); a ONE-SENTENCE PARAGRAPH "Drinking water for households is not restricted." ("W"); a STORY SUBHEAD "Where to find out more" ("") and a HOTLINE THE STORY REPORTS, "04 67 00 48 12, on weekdays from 9 a.m. to 12.30 p.m. and from 2 p.m. to 5 p.m." ("W"), and the VigiEau website ("W"). Tail: a NEWSLETTER SIGN-UP (two lines), an AUTHOR BOX (a label and a two-sentence bio), a COMMENT SECTION (a count, two commenters with initials, three comment sentences, one a question, reply lines and a show-all line), a PRIVACY NOTICE pasted last (a label and a sentence on one paragraph, a button line) and a legal line (all "B").',
    'Dutch CITY MAGAZINE (Utrecht), READER-MODE paste, a BICYCLE-PARKING RULE: bikes left in the Stationsplein garage for more than 14 days will be removed from 1 March. Head as reader mode leaves it: domain, headline of record ("W"), byline, a date/read-time line and a TRANSLATED-BY NOTICE ("B"); a caption "" and its credit ("B"). Body: the lead "the municipality of Utrecht announced on Tuesday" ("W", cue "announced") and a SHORT SENTENCE "The current limit is 28 days." ("W"); places "according to the municipality" and removals "the municipality said" ("W", generic kept); the alderman (title dropped, "van" kept lower-case inside the full name "Jeroen van Heemstra-Lok") with a share of places ("W") and a quote over two sentences (""); a STORY SUBHEAD "How it will work" ("") and the procedure, the €27.50 fee, the sale after six weeks, the €1.35 day rate with a semicolon and immediate removal outside the racks (all rules, "W"); a second caption "" and its credit "B" mid-article; the trial\'s figures ("W"); a STORY SUBHEAD "Where to get your bike back" ("") and THREE OPENING-HOURS LINES of record, "Sunday: closed." among them ("W"); a cyclists\' group spokeswoman with a characterisation, a forecast and a figure used as rhetoric (""), the surname returning with a capital ("De Wit-Verhagen said"), and the group\'s letter ("W"); the alderman ("Van Heemstra-Lok said") on why the request was refused (a causal claim, "W") and his quote (""); a student\'s own figures and quote (""); the council vote 29-16 ("W") and a second garage\'s rules ("W"). Tail: a TAG LINE, a publisher line and a membership appeal (all "B").',
    'Spanish NATIONAL DAILY\'S ENGLISH EDITION (Madrid), AMP page, a LOW-EMISSION ZONE: Madrid starts fining cars without an environmental label anywhere in the city, €200 a time. Head: AMP domain, masthead, a LANGUAGE SWITCHER "ES | EN | CAT | EUS | GL" and section (all "B"); headline ("W") and a standfirst with a semicolon "the council says" ("W", carrying "Madrid City Council" as the lead gives it); byline, a dateline/time line and an updated line ("B"); a file-photo caption "" and an upper-case credit ("B"). Body: the lead ("W") and the fine with its early-payment discount (a conditional rule, "W"); cameras "the council said" ("W", the bracketed "(DGT)" left in the text, the generic kept); the label rule ("W"); vehicles "according to the council\'s figures" ("W") and warning letters "it said" (resolving to "Madrid City Council", "W"); an ADVERTISEMENT line ("B"); a STORY SUBHEAD "Who is exempt" ("") and THREE EXEMPTION BULLETS of record ("W"); the environment delegate (role after the name dropped, the double surname kept, "Salcedo said" resolving) with fines issued ("W"), a quote with a semicolon ("") and a pollution figure ("W"); a drivers\' association (descriptor dropped, "called", ""), its appeal ("W") and "The court has not said when it will rule." ("", cue "has not said"); a pensioner\'s anecdote and his QUESTION before "he asked." (""); a QUESTION SUBHEAD ("") and the rule for foreign cars with its registration ("W"). Tail: a NEWSLETTER box (three lines), a TRANSLATION NOTICE and a read-the-original link, a MOST-READ list (a label and three numbered headlines), a privacy-settings line and a copyright line split at "S.L." before "All rights reserved." (all "B").',
    'Portuguese WIRE SERVICE\'S English desk, SUBSCRIBER-FEED paste, a NATIONAL MINIMUM WAGE RISE: the Council of Ministers raises the minimum wage to 1,060 euros a month from January. Head: a feed line, a SLUG, a priority/words/filed line ("B"); the wire headline "UPDATE 2-..." (of record, "W") and an UPDATE NOTE "(Adds ...)" ("B"). Body: the DATELINE "LISBON, Nov. 21 (TejoWire) -" belonging to the lead ("Nov." mid-sentence, "Labour Minister" dropped, cue "told a news conference", "W"); the 14 payments and the annual sum ("W"); workers on the minimum "according to Social Security data cited by the ministry" ("W"); the agreement "Amaral said" (the last surname returning) and her record claim in a quote ("W" both) against her aim for 2031 (""); a conditional tax rule ("W"), how the wage is set ("W") and when it takes effect ("W"); the meal allowance ("W"); a union confederation that did not sign (an act, no speaker, "W"), its characterisation ("", bracketed acronym dropped from the label) and its demonstration "for Nov. 30 at 3 p.m., starting at ..." (no split, scheduled by those who run it, "W"); its secretary-general\'s plan ("", "told TejoWire") and his quote ("", "Tavares Penedo said"); an employers\' association\'s figure ("W"), its president\'s opinion ("") and a survey finding ("W"); a ministry official\'s cost forecast and a brokerage\'s economists\' forecast (""); a WAGE TABLE (title, header and source "B", four rows ""); Eurostat and unemployment "according to" ("W"). Tail: a credit line with a TRANSLATED-BY credit, a contact line, keywords, a related slug, a copyright paragraph of three sentences and "ENDS" (all "B").',
    'Italian REGIONAL PAPER\'S English LIVE TICKER (Venice), newest entry first, a HIGH TIDE: the MOSE barriers are raised as the tide reaches 141 cm at sea. Head: a PAY-OR-CONSENT BANNER (two sentences with "€3.99", and a button line), masthead, a local-edition menu, a "● LIVE" label (all "B"); headline of record ("W"); a last-updated line ("B"); a KEY-POINTS label ("B") and four KEY-POINT BULLETS of record ("W", with "5.10 a.m.", "9.35 a.m.;" and the DECIMAL LINE NUMBERS "5.1 and 5.2" mid-sentence). Entries, each under a TIME STAMP ("B"): 12:04, the centre\'s second-peak forecast ("", cue "forecasts") ENDING "at 9.50 p.m." before "The barriers will stay up ..., the centre said." (a plan, "", generic kept); 11:45, museums opening "at 9 a.m." ("W") and a photo caption "" with its credit ("B"); 11:20, the water-bus operator\'s schedule ("W") and "it said" (resolving, "W"); 10:48, the mayor\'s post (title dropped, cue "wrote on social media", "") and the cost of a raising "according to the consortium that operates them" ("W"); 10:15, a power cut ("W") and a restaurateur\'s anecdote, a quote and a QUESTION IN A QUOTE WITH NO ATTRIBUTION AFTER IT (its own sentence, carrying her and "said", "" all); 9:40, a STORY SENTENCE OPENING WITH A TIME "At 9.35 a.m. the gauge ..." ("W") and a ONE-LINE SCENE "St Mark\'s Square is dry." (""); 8:02, school closures "the city said" ("W") and a HOTLINE THE STORY REPORTS ("W"); 6:30, the blog\'s own greeting ("") and the alert and the barrier rule ("W"). Tail: a load-earlier line, a briefing sign-up and a copyright paragraph split at "S.r.l." before "VAT no. ..." (all "B").',
    'Greek ENGLISH-LANGUAGE WEEKLY\'S E-PAPER (Athens), text copied from the PDF ACROSS A PAGE JUMP, a HEATWAVE: the Acropolis closes from noon to 5 p.m. as Athens records 42.6C, outdoor work is halted and a helpline opens. Head: an e-paper line, an issue/date/price line and a page header "3 | NATIONAL" ("B"); headline and a standfirst with a semicolon, of record ("W"); byline ("B"); a caption "" and its credit ("B"). Body: the closure and the temperature "according to the National Observatory of Athens" ("W"), refunds "the ministry said" ("W", generic kept), the reopening "until 8 p.m." ENDING a sentence before "The Acropolis had 14,200 visitors ..." ("W" both); the Labour Ministry\'s order (an act, "W"), its fine (a conditional rule, "it said" resolving to "The Labour Ministry", "W"), inspections ("W") and a CONDITIONAL PLAN to extend the order (""); remote work under a circular and power demand "according to the grid operator" ("W"); the PAGE JUMP: "Continued on page 4", the next page\'s RUNNING HEADER and "From page 3" (all "B"); the City of Athens\'s halls "from 9 a.m. to 9 p.m." ("W", "said in a statement"); a HEAT HELPLINE THE STORY REPORTS ("W"); a meteorologist with two readings ("W"), a forecast ("", cue "expects") and a quote (""); wildfires "The fire service said" ("W", generic kept); an UPPER-CASE STORY SUBHEAD "A QUEUE IN THE SHADE" (""), two scene sentences (""), a tourist\'s anecdote and quote (""); a kiosk owner NAMED AFTER HIS QUOTE, "on Patission St. near the National Archaeological Museum" (no split, "") and a second quote sentence (""). Tail: an advertisement line, an app line, a subscription line, a next-week teaser, a publisher line with "S.A.," and "Voulis St.," inside it and a page-navigation line (all "B").',
    'Polish BUSINESS PAPER\'S EMAIL NEWSLETTER pasted from WEBMAIL (Warsaw), THREE ITEMS: October inflation slows to 3.4%, a convenience chain buys 140 shops, Warsaw office vacancy falls to 8.9%. Head: inbox label, sender, "to me", a time line, a hidden-images notice of two sentences and a display line split at "?" before "Open the web version." (all "B"); a masthead with a date ("B"); the newsletter\'s greeting and teaser (its own voice, "" both). Item 1: an upper-case headline ("W"); CPI "according to a flash estimate published by Statistics Poland on Monday" ("W"), food and fuel "the statistics office said" ("W", generic kept), a record low and the final figure "due on Nov. 15." ("W"); the rate-setters\' meeting "on Dec. 5 and 6." ("W"), economists\' expectation ("", cue "expect") and "Our take:" (""). Item 2: headline ("W"); "Warsaw-listed convenience chain Kropka Market S.A. said" (descriptor dropped, the point kept in the label, no split, "W"); the seller ENDING "Słonecznik Handel S.A." before "It was founded in Lublin ..." ("W" both); sales "Kropka said" (resolving to "Kropka Market S.A.", "W"); the competition rule ("W"); the chief executive\'s plan ("", role dropped, "told analysts"); the share price ("W"). Item 3: headline ("W"); vacancy "according to a quarterly report by property adviser Wola Estates" (as written, "W"), completions "the report said" ("W") and a research head\'s forecast ("", "expects"). A MARKETS BOX (label and source "B", four rows ""). Tail: a forwarded-email line split at "?" before "Subscribe here.", a why-you-get-this line, an unsubscribe line and a publisher line with "Sp. z o.o., ul. Prosta 51," inside it and a KRS/NIP line (all "B").',
    'Mexican INDEPENDENT ENGLISH-LANGUAGE NEWS SITE read in a NEWS-AGGREGATOR APP (Mexico City), a WATER CUT: SACMEX lowers mains pressure every night in 11 of 16 boroughs as the Cutzamala system falls to 31%. Head: the aggregator\'s feed label and a source/follow line ("B"); headline of record ("W"); a read-time/open-in-browser line and a VIDEO line ("B"); a caption "" and its credit ("B"). Body: "Mexico City\'s water system, SACMEX, ... it said on Saturday" (the apposition\'s proper name as speaker, "W"); storage "according to the National Water Commission (Conagua)" (bracket dropped, "W"), "the commission said" (generic kept, "W"), the flow cut "since Oct. 1." (no speaker, "W") and rainfall "it said" (resolving through the acronym to "the National Water Commission", "W"); the last night-time cuts ("W"); a STORY SUBHEAD ("") and THREE SCHEDULE BULLETS ("W", times such as "9 p.m. to 5 a.m."); "Ing. Rodrigo Salinas Treviño" ("Ing." dropped, no split) with a savings forecast (""), truck trips and leaks ("W") and a request (""); a WATER-TRUCK NUMBER THE STORY REPORTS ("W"); the borough\'s water points "from 7 a.m. to 3 p.m." ("W"); a contract ENDING "Hidrotransportes del Ajusco S.A. de C.V." before "The company also supplies ..." ("W" both); a resident "In Col. Santa Cruz Meyehualco" (no split) with her own count, a quote over two sentences and "Cárdenas said" (the first surname returning, "" all); truck prices "according to a survey by the consumer agency Profeco in October" (as written, "W"); an engineer\'s leak figure ("W") and opinion (""); a review date "on Nov. 30, it said." ("W"). Tail: a TAG LINE, a REACTIONS line, a top-comment label and a comment, a more-from label and a headline, a show-fewer line and a two-sentence cookie notice (all "B").',
    'Brazilian TV NETWORK\'S ENGLISH NEWS SITE, its article TEXT SHARED FROM ITS APP (São Paulo), a METRO STRIKE: three metro lines shut for 24 hours and a labour court orders 80% service at peak hours. Head: a shared-from line, masthead and section ("B"); headline and a standfirst with semicolons, of record ("W"); byline, a date/updated line, a SHARE COUNT "1.2K shares" and a WATCH line with a running time ("B"). Body: the lead "the state metro company, Metrô, said" (descriptor dropped, "W"), lines run by concessions and a monorail at 40% ("W"), passengers "Metrô said" ("W"); the union\'s vote 1,412-388 (an act, "W") and the pay positions with a semicolon ("W"); the union president (role dropped) with a characterisation ("") and a quote "told reporters outside the union\'s headquarters on R. Tuiuti, in Tatuapé" (the channel in the cue, "R." no split, ""); the court\'s order with its times and "R$500,000" ("W"), "Metrô said no trains had run on the three lines by 10 a.m." ENDING a sentence before "The union said it would appeal ..." ("W", then a plan ""), the governor\'s office ("", "called") and Metrô\'s plan to dock pay (""); a READ-MORE line and a PODCAST line ("B"); the suspended rotation scheme ("W"), jams "according to the city\'s traffic monitoring centre" ("W") and extra buses ("W"); a scene (""), a nurse (role dropped) with her journey and a quote (""); the last strike, resumed talks at 2 p.m. and the union\'s next assembly at 7 p.m. (scheduled, "W"). Tail: a TAG LINE, a comments-closed line, a service line split at "Ltda." before "All rights reserved.", a WhatsApp line and an app line (all "B").',
    'Argentine LOCAL RADIO STATION\'S NEWS SITE in English, PRINT VIEW (Buenos Aires), a FARE RISE: the Subte single fare goes from $1,180 to $1,450 on December 1 and then rises every month with inflation. Head: the URL, the station line, a PRINTED-ON line and a print/close line ("B"); headline of record ("W"); byline and a published line ("B"). Body: the lead "it said in the Official Gazette on Wednesday" ("W"), the monthly indexing rule and the Premetro fare ("W"); the public hearing and daily passengers "according to the city" ("W"); a STORY SUBHEAD "How the new fares work" ("") and FIVE FARE-TIER BULLETS of record ("W", with "$652.50 (55% off)"); card rules ("W") and bus fares ("W"); the transport secretary (role after the name dropped) with a cost-recovery figure ("W"), a quote ("", "told Radio Riachuelo") and subsidies ("W"); a passengers\' group (descriptor dropped, "called", ""), its spokeswoman with the May rise ("W") and a quote (""); a STORY SUBHEAD "What passengers say" ("") and a security guard\'s own count and quote (""); city inflation "according to the city\'s statistics institute" ("W"); the impact study ENDING "Pampa Datos S.R.L." before "It found that fares took 6.1% ..." (both "W", "It" resolving to the firm with its points, cue "found") and its chief economist\'s opinion (""). Tail: a TAG LINE, an AUTHOR BOX (label and two sentences), the station\'s address with "Av." inside, a copyright and registration line with "S.R.L. ·" and "no." inside, and a PRINT-VIEW FOOTER "Page 1 of 1" (all "B").',
    'Trinidad and Tobago NATIONAL TABLOID\'S TEXT-ONLY EDITION, a FERRY BREAKDOWN: a fast ferry on the seabridge is out of service until at least December 4 and sailings are cut. Head: a text-only masthead, a LOW-DATA NOTICE of two sentences and crumb ("B"); headline with a semicolon and a standfirst ending "Port Authority says" ("W", carrying "the Port Authority of Trinidad and Tobago" as the lead gives it); byline and a posted line with "5:12 p.m." ("B"). Body: the lead "the Port Authority of Trinidad and Tobago (PATT) said yesterday" (bracket dropped, "W") and "the PATT said" (acronym resolving) with "the 6.30 a.m. crossing" mid-sentence ("W"); a ONE-SENTENCE PARAGRAPH "No one was injured." ("W"); the other ferry and its breakdown last year ("W"); a STORY LINE ENDING IN A COLON "The revised schedule from Wednesday:" ("") and THREE SAILING LINES of record ("W"); the ticket rule ("W") and the PATT\'s CUSTOMER LINE, a HOTLINE THE STORY REPORTS ("W"); the repair ENDING "Matelot Propulsion Services Ltd." before "The firm has serviced ..." ("W" both); an ADVERTISEMENT line ("B"); the general manager (role dropped) who "apologised" ("", cue "apologised"), the part on order ("W") and her quote (""); a STORY SUBHEAD "Guesthouses count the cost" (""); a guesthouse group\'s cancellations ("W"), its president\'s characterisation ("") and his QUESTION before "he asked." (""); a vendor (role dropped) with her own sales and quote (""); the Assembly\'s request ("") and the ferry\'s capacity ("W"). Tail: a MOST-READ list (label and three numbered headlines), a COMMENT count, a comment of two sentences after a handle, a log-in line, a copyright line with "Co. Ltd. ·" inside it and a back-to-top line (all "B").',
]

ARTICLES = [
    [
        [
            ("Privacy settings", "", "", "B"),
            (
                "We and our 61 partners store and read information on your device, such as cookies, to measure how this website is used and to show you personalised content.",
                "",
                "",
                "B",
            ),
            (
                "You can withdraw your consent at any time under “Privacy” at the foot of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept all     Reject all     Settings", "", "", "B"),
        ],
        [
            ("Skip to content", "", "", "B"),
        ],
        [
            ("LINDENFUNK English", "", "", "B"),
        ],
        [
            ("Deutsch | English | Español | Türkçe | Polski | Русский | العربية", "", "", "B"),
        ],
        [
            (
                "Germany   Europe   World   Business   Science   Culture   Sport   Live TV",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Germany › North Rhine-Westphalia", "", "", "B"),
        ],
        [
            (
                "Cologne bans heavy trucks from Zoo Bridge after inspectors find cracked welds",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vehicles over 7.5 tonnes barred since 6 a.m. on Monday; inspectors found 43 cracks in the steel girders, the city says",
                "The city of Cologne",
                "says",
                "W",
            ),
        ],
        [
            ("Anna-Lena Brettschneider", "", "", "B"),
        ],
        [
            ("20.03.2028 | 14:32 CET", "", "", "B"),
        ],
        [
            ("▶ 01:58", "", "", "B"),
        ],
        [
            (
                "Trucks are turned back at the eastern ramp of the Zoo Bridge on Monday morning.",
                "",
                "",
                "",
            ),
            ("Video: Lindenfunk/Jens Harmeling", "", "", "B"),
        ],
        [
            (
                "The city of Cologne banned trucks weighing more than 7.5 tonnes from the Zoo Bridge over the Rhine on Monday after an inspection found cracks in 43 welds of its steel box girders, it said in a statement.",
                "The city of Cologne",
                "said in a statement",
                "W",
            ),
        ],
        [
            ("The ban took effect at 6 a.m.", "", "", "W"),
            (
                "Barriers and height gates went up at both ends of the bridge over the weekend.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 4,200 trucks crossed the bridge on an average weekday last year, according to the city's traffic counts.",
                "the city's traffic counts",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The inspection was carried out in February by Brückenprüf Weidmann GmbH.",
                "",
                "",
                "W",
            ),
            (
                "The firm, which is based in Wuppertal, has inspected the bridge every three years since 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Katharina Wellbrock-Aydin, who heads the city's office for bridges and tunnels, said 11 of the cracks were longer than 30 centimetres.",
                "Katharina Wellbrock-Aydin",
                "said",
                "W",
            ),
            (
                "“The bridge is not going to fall into the Rhine,” she told reporters at the city hall.",
                "Katharina Wellbrock-Aydin",
                "told reporters at the city hall",
                "",
            ),
            (
                "“But we cannot let 40-tonne trucks keep working those welds every day.”",
                "Katharina Wellbrock-Aydin",
                "told reporters at the city hall",
                "",
            ),
        ],
        [
            ("Podcast", "", "", "B"),
        ],
        [
            (
                "Daybreak Germany: the day's news in 20 minutes, every weekday from 5 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Listen now | Subscribe wherever you get your podcasts", "", "", "B"),
        ],
        [
            ("What changes for drivers", "", "", ""),
        ],
        [
            ("• Trucks over 7.5 tonnes: banned in both directions, day and night.", "", "", "W"),
        ],
        [
            ("• City buses: still allowed, at no more than 30 km/h.", "", "", "W"),
        ],
        [
            (
                "• Cars and vans: no change, but the right-hand lane towards Deutz is closed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Diversion for trucks: signposted via the Mülheim Bridge to the north and the Rodenkirchen motorway bridge to the south.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Drivers who ignore the ban face a fine of €150, the city said.",
                "the city",
                "said",
                "W",
            ),
            (
                "Cameras at the height gates will begin recording number plates on April 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Rhineland Haulage Association called the ban “a disaster announced with two days' notice.”",
                "The Rhineland Haulage Association",
                "called",
                "",
            ),
            (
                "Its managing director, Jörg Tiedemann-Kraus, said the diversions added up to 14 kilometres to each crossing.",
                "Jörg Tiedemann-Kraus",
                "said",
                "W",
            ),
            (
                "“Who pays for the extra diesel, the extra hours, the drivers' overtime?” he asked.",
                "Jörg Tiedemann-Kraus",
                "asked",
                "",
            ),
        ],
        [
            (
                "Wellbrock-Aydin said the city had known about smaller cracks since an inspection in 2025 and had measured them every six months since then.",
                "Katharina Wellbrock-Aydin",
                "said",
                "W",
            ),
            (
                "Repairs would take at least two years and cost about €38 million, she said.",
                "Katharina Wellbrock-Aydin",
                "said",
                "",
            ),
            (
                "The city would ask the state of North Rhine-Westphalia to pay for most of the work, she added.",
                "Katharina Wellbrock-Aydin",
                "added",
                "",
            ),
        ],
        [
            ("The Zoo Bridge opened in 1966.", "", "", "W"),
        ],
        [
            (
                "It carries about 98,000 vehicles on an average weekday, according to the city.",
                "the city",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ilse Marwede-Kranz, who runs a bakery in Deutz, said two of her three flour suppliers had already warned her that deliveries would be late.",
                "Ilse Marwede-Kranz",
                "said",
                "",
            ),
            (
                "“From tomorrow the rolls come at eight instead of five,” she said.",
                "Ilse Marwede-Kranz",
                "said",
                "",
            ),
        ],
        [
            (
                "The city council's transport committee will discuss the closure at a special session on Thursday at 4 p.m. in the city hall's Spanish Building.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Topics: Cologne | Bridges | Infrastructure | Road haulage", "", "", "B"),
        ],
        [
            ("👍 1,204   💬 87   ↗ Share", "", "", "B"),
        ],
        [
            ("More on this topic", "", "", "B"),
        ],
        [
            ("Leverkusen: new Rhine bridge span opens two years late", "", "", "B"),
        ],
        [
            ("Imprint | Legal notice | Privacy | Accessibility | Contact", "", "", "B"),
        ],
        [
            ("© 2028 Lindenfunk, a public-law broadcaster", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   THE OCCITAN COURIER   🔍", "", "", "B"),
        ],
        [
            ("Log in  |  Subscribe", "", "", "B"),
        ],
        [
            ("News › Hérault", "", "", "B"),
        ],
        [
            (
                "Hérault drought: garden watering, pool filling and car washing banned from Saturday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The prefecture puts 214 communes on the top “crisis” level as the Orb falls to its lowest July flow on record",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rosalind Keverne-Dubois", "", "", "B"),
        ],
        [
            ("6 July 2028 · 4 min read", "", "", "B"),
        ],
        [
            ("312 shares", "", "", "B"),
        ],
        [
            ("A dried-up stretch of the Hérault river near Gignac on Wednesday.", "", "", ""),
            ("Photo: R. Keverne-Dubois/The Occitan Courier", "", "", "B"),
        ],
        [
            (
                "The Hérault prefecture has placed 214 of the department's 342 communes on the highest level of drought restrictions from Saturday, after river flows fell below the thresholds in the department's drought plan.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The order, signed by the prefect on Wednesday, applies from midnight on Saturday 8 July until 30 September unless it is lifted earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Orb was flowing at 0.41 cubic metres per second at Vieussan on Tuesday, the lowest July reading since measurements began in 1968, according to the prefecture.",
                "the prefecture",
                "according to",
                "W",
            ),
        ],
        [
            ("What is banned from Saturday", "", "", ""),
        ],
        [
            ("• Watering lawns, flower beds and hedges: banned at all hours.", "", "", "W"),
        ],
        [
            ("• Vegetable gardens: watering allowed only between 8 p.m. and 8 a.m.", "", "", "W"),
        ],
        [
            ("• Filling or topping up private swimming pools: banned.", "", "", "W"),
        ],
        [
            ("• Washing cars outside professional car washes: banned.", "", "", "W"),
        ],
        [
            (
                "• Farm irrigation: cut by half, except for market gardens and tree nurseries.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Anyone who breaks the rules can be fined up to €1,500, and up to €3,000 for a second offence within a year, the prefecture said.",
                "the prefecture",
                "said",
                "W",
            ),
        ],
        [
            ("You have read 3 of your 5 free articles this month.", "", "", "B"),
        ],
        [
            ("Register for free to keep reading.", "", "", "B"),
            ("It takes less than a minute.", "", "", "B"),
        ],
        [
            ("Create an account  |  I already have an account", "", "", "B"),
        ],
        [
            (
                "Prefect Étienne Roussel-Dambreville said 37 people had been fined in the department during the last crisis period, in August 2026.",
                "Étienne Roussel-Dambreville",
                "said",
                "W",
            ),
            (
                "He said gendarmes and water police officers would carry out checks “in every commune, weekends included.”",
                "Étienne Roussel-Dambreville",
                "said",
                "",
            ),
        ],
        [
            (
                "Gillian Ashworth-Poole, a retired teacher from Shropshire who has lived near Pézenas since 2011, said she had moved a third of her pool “into the garden, bucket by bucket” before the ban.",
                "Gillian Ashworth-Poole",
                "said",
                "",
            ),
            (
                "“The pool is green, the lawn is brown, and I'm told to be grateful it isn't the other way round,” she said.",
                "Gillian Ashworth-Poole",
                "said",
                "",
            ),
        ],
        [
            (
                "Winegrower Bastien Coudray-Malaval, who farms 22 hectares near Roujan, said his vines, which are not irrigated, would cope better than his neighbours' maize.",
                "Bastien Coudray-Malaval",
                "said",
                "",
            ),
            ("“Vines have deep roots,” he said.", "Bastien Coudray-Malaval", "said", ""),
            ("“Maize has a drip pipe and a prayer.”", "Bastien Coudray-Malaval", "said", ""),
        ],
        [
            (
                "The Bas-Languedoc Water Syndicate, which supplies drinking water to 61 communes, said consumption in June had been 18% higher than in June last year.",
                "The Bas-Languedoc Water Syndicate",
                "said",
                "W",
            ),
            (
                "It asked households to shower rather than bathe and to fix dripping taps.",
                "The Bas-Languedoc Water Syndicate",
                "asked",
                "",
            ),
        ],
        [
            ("Drinking water for households is not restricted.", "", "", "W"),
        ],
        [
            ("Where to find out more", "", "", ""),
        ],
        [
            (
                "The prefecture has opened a drought information line, 04 67 00 48 12, on weekdays from 9 a.m. to 12.30 p.m. and from 2 p.m. to 5 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The level that applies in each commune is also published on the government's VigiEau website.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sign up for our free newsletter: the week in the south of France, every Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email address  |  Sign up", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Rosalind Keverne-Dubois has covered the Languedoc for The Occitan Courier since 2014.",
                "",
                "",
                "B",
            ),
            ("She lives in Béziers.", "", "", "B"),
        ],
        [
            ("14 comments", "", "", "B"),
        ],
        [
            ("Trevor P. · 3 h", "", "", "B"),
        ],
        [
            ("Same in the Aude last year.", "", "", "B"),
            ("Nobody checked a single garden in our village.", "", "", "B"),
        ],
        [
            ("Reply · 👍 21", "", "", "B"),
        ],
        [
            ("Martine L. · 2 h", "", "", "B"),
        ],
        [
            ("Half for the farmers and nothing for the campsites?", "", "", "B"),
        ],
        [
            ("Reply · 👍 9", "", "", "B"),
        ],
        [
            ("Show all 14 comments", "", "", "B"),
        ],
        [
            ("We value your privacy", "", "", "B"),
            (
                "We and our partners use cookies to run this site and, with your consent, to measure our audience and show you relevant ads.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Agree and close  |  Learn more", "", "", "B"),
        ],
        [
            ("© 2028 The Occitan Courier · Legal notice · Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("oudegracht-magazine.nl", "", "", "B"),
        ],
        [
            (
                "Bikes left in Utrecht's station garage for more than 14 days will be removed from March",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Femke Oosterhout-Baars", "", "", "B"),
        ],
        [
            ("12 February 2028 · 6–7 minutes", "", "", "B"),
        ],
        [
            (
                "This article was translated from Dutch by our editors with the help of a machine-translation tool.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The Stationsplein bicycle garage on a weekday morning.", "", "", ""),
            ("Photo: Joost Verbeek-Amankwah for Oudegracht Magazine", "", "", "B"),
        ],
        [
            (
                "From 1 March, bicycles parked for longer than 14 days in the Stationsplein bicycle garage will be tagged and then removed, the municipality of Utrecht announced on Tuesday.",
                "the municipality of Utrecht",
                "announced",
                "W",
            ),
            ("The current limit is 28 days.", "", "", "W"),
        ],
        [
            (
                "The garage, under the square in front of Utrecht Centraal, has 12,600 places on three floors, according to the municipality.",
                "the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Last year 14,380 bicycles were removed from the garage and the streets around the station, 2,100 more than in 2026, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
            ("Of those, 5,912 were collected by their owners.", "", "", "W"),
        ],
        [
            (
                "Alderman Jeroen van Heemstra-Lok, who is responsible for mobility, said about one in six places in the garage was taken by a bicycle that had not moved for two weeks.",
                "Jeroen van Heemstra-Lok",
                "said",
                "W",
            ),
            (
                "“At eight in the morning, a commuter with a train to catch should not be riding up and down three floors looking for a rack,” he said.",
                "Jeroen van Heemstra-Lok",
                "said",
                "",
            ),
            ("“A bicycle garage is not a bicycle attic.”", "Jeroen van Heemstra-Lok", "said", ""),
        ],
        [
            ("How it will work", "", "", ""),
        ],
        [
            (
                "Stewards will put a dated paper tag on every bike that has not moved for 14 days.",
                "",
                "",
                "W",
            ),
            (
                "Bikes still carrying the tag three days later are taken to the municipal bicycle depot at Lage Weide.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Owners can collect them there for €27.50, with proof of ownership such as a key, a receipt or a frame-number registration.",
                "",
                "",
                "W",
            ),
            ("Unclaimed bikes are sold or recycled after six weeks.", "", "", "W"),
        ],
        [
            (
                "Parking stays free for the first 24 hours; after that it costs €1.35 a day, paid at the exit with a public-transport card.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bikes parked outside the racks on the station square can be removed at once.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags on bikes on the garage's lowest floor during a trial last autumn.", "", "", ""),
            ("Photo: Municipality of Utrecht", "", "", "B"),
        ],
        [
            (
                "During the trial, 1,140 bikes were tagged in four weeks and 806 of them were removed, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
        ],
        [
            ("Where to get your bike back", "", "", ""),
        ],
        [
            ("Monday to Friday: 8 a.m. to 8 p.m.", "", "", "W"),
        ],
        [
            ("Saturday: 10 a.m. to 5 p.m.", "", "", "W"),
        ],
        [
            ("Sunday: closed.", "", "", "W"),
        ],
        [
            (
                "Marloes de Wit-Verhagen of the Utrecht Cyclists' Circle said the change was “fair to commuters and harsh on students.”",
                "Marloes de Wit-Verhagen",
                "said",
                "",
            ),
            (
                "Students who go home for the holidays would come back to find their bikes in Lage Weide, she said.",
                "Marloes de Wit-Verhagen",
                "said",
                "",
            ),
            (
                "“Fourteen days is one exam period,” De Wit-Verhagen said.",
                "Marloes de Wit-Verhagen",
                "said",
                "",
            ),
        ],
        [
            (
                "The group wrote to the municipality in January asking for a longer stay for students who register their bikes, she said.",
                "Marloes de Wit-Verhagen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Van Heemstra-Lok said the request had been turned down because a registration system would cost about €400,000 to build and run for five years.",
                "Jeroen van Heemstra-Lok",
                "said",
                "W",
            ),
            (
                "“We would rather see empty racks than a full depot,” he said.",
                "Jeroen van Heemstra-Lok",
                "said",
                "",
            ),
        ],
        [
            (
                "Noor El Idrissi, a second-year student at Utrecht University, said her bike had been taken to the depot twice in two years.",
                "Noor El Idrissi",
                "said",
                "",
            ),
            (
                "“The second time, I paid more to get it back than I paid for the bike,” she said.",
                "Noor El Idrissi",
                "said",
                "",
            ),
        ],
        [
            ("The city council approved the new limit in December by 29 votes to 16.", "", "", "W"),
        ],
        [
            (
                "A second garage, at Jaarbeursplein on the other side of the station, will have the same rules.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Cycling · Station area · Municipality · Students", "", "", "B"),
        ],
        [
            (
                "Oudegracht Magazine appears ten times a year in print and every day online.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support independent city journalism: become a member from €5 a month.", "", "", "B"),
        ],
    ],
    [
        [
            ("amp.diariomeridiano.es", "", "", "B"),
        ],
        [
            ("DIARIO MERIDIANO · English Edition", "", "", "B"),
        ],
        [
            ("ES | EN | CAT | EUS | GL", "", "", "B"),
        ],
        [
            ("Madrid", "", "", "B"),
        ],
        [
            (
                "Madrid starts fining drivers of cars without an environmental label anywhere in the city",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fines of €200 since January 1; the council says 118,000 cars registered in Madrid have no label",
                "Madrid City Council",
                "says",
                "W",
            ),
        ],
        [
            ("Lucía Barroeta Campillo", "", "", "B"),
        ],
        [
            ("Madrid - 03 Jan 2028 - 07:15 CET", "", "", "B"),
        ],
        [
            ("Updated: 03 Jan 2028 - 11:40 CET", "", "", "B"),
        ],
        [
            ("Traffic on the M-30 ring road, in a file photo.", "", "", ""),
            ("DANIEL OTXOA VIDARTE", "", "", "B"),
        ],
        [
            (
                "Madrid City Council began fining drivers of cars without an environmental label for driving anywhere inside the city limits on Saturday, completing a low-emission zone that until December covered only the area inside the M-30 ring road.",
                "",
                "",
                "W",
            ),
            ("The fine is €200, reduced to €100 if it is paid within 20 days.", "", "", "W"),
        ],
        [
            (
                "Cameras read the number plates of vehicles in the zone and check them against the vehicle register of the Directorate-General for Traffic (DGT), the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Petrol cars registered before 2001 and diesel cars registered before 2006 have no label under the DGT's classification.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 118,000 vehicles registered in Madrid have no label, down from 231,000 in 2022, according to the council's figures.",
                "the council's figures",
                "according to",
                "W",
            ),
            (
                "The council sent 1,932 warning letters during a trial month in December, it said.",
                "Madrid City Council",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Who is exempt", "", "", ""),
        ],
        [
            (
                "• Vehicles of people with reduced mobility who hold a valid parking card.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Historic vehicles registered as such.", "", "", "W"),
        ],
        [
            (
                "• Vehicles going to a garage or public car park inside the zone, up to 20 times a year, if the driver registers the trip online beforehand.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Beatriz Salcedo Arriaga, the council's delegate for the environment, said 2,846 fines had been issued over the first two days, most of them to vehicles registered outside Madrid.",
                "Beatriz Salcedo Arriaga",
                "said",
                "W",
            ),
            (
                "“This is not about collecting money; it is about the air our children breathe,” Salcedo said.",
                "Beatriz Salcedo Arriaga",
                "said",
                "",
            ),
            (
                "She said nitrogen dioxide at the Plaza Elíptica monitoring station had fallen 31% between 2019 and 2027.",
                "Beatriz Salcedo Arriaga",
                "said",
                "W",
            ),
        ],
        [
            (
                "The drivers' association Volante Libre called the measure “a tax on people who cannot afford a new car.”",
                "Volante Libre",
                "called",
                "",
            ),
            (
                "It said it had lodged an appeal with the High Court of Justice of Madrid in November.",
                "Volante Libre",
                "said",
                "W",
            ),
            ("The court has not said when it will rule.", "The court", "has not said", ""),
        ],
        [
            (
                "Ramón Ezcurdia Pelayo, 71, a retired mechanic from Leganés, said he drove his 1998 saloon into Madrid twice a week to see his sister in Lavapiés.",
                "Ramón Ezcurdia Pelayo",
                "said",
                "",
            ),
            (
                "“Who is going to buy me a new car, the mayor?” he asked.",
                "Ramón Ezcurdia Pelayo",
                "asked",
                "",
            ),
        ],
        [
            ("What about cars from abroad?", "", "", ""),
        ],
        [
            (
                "Cars registered in other countries must be registered on the council's website before they enter the zone, or the same fine applies.",
                "",
                "",
                "W",
            ),
            (
                "Registration is free and valid for a year, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("Newsletter", "", "", "B"),
        ],
        [
            ("Madrid in English: the stories you need, every morning in your inbox.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "This is a translation of an article first published in Spanish in Diario Meridiano.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read the original (in Spanish)", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Commuter trains: what changes on Madrid's lines in 2028", "", "", "B"),
        ],
        [
            ("2. Rent: the Madrid neighbourhoods where prices fell", "", "", "B"),
        ],
        [
            ("3. The best roscón de Reyes in the city, according to our readers", "", "", "B"),
        ],
        [
            ("Privacy settings", "", "", "B"),
        ],
        [
            ("© Ediciones Meridiano, S.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("TEJOWIRE · English Service · Subscriber feed", "", "", "B"),
        ],
        [
            ("PORTUGAL-WAGES/ (UPDATE 2)", "", "", "B"),
        ],
        [
            ("Priority: 2 | Words: 640 | Filed: 21-Nov-2028 13:52 WET", "", "", "B"),
        ],
        [
            (
                "UPDATE 2-Portugal to raise minimum wage to 1,060 euros a month from January",
                "",
                "",
                "W",
            ),
        ],
        [
            ("(Adds union and employer reaction in paragraphs 7-13, table)", "", "", "B"),
        ],
        [
            (
                "LISBON, Nov. 21 (TejoWire) - Portugal's Council of Ministers approved a rise in the national minimum wage to 1,060 euros a month from January 1, up 5.0% from 1,010 euros, Labour Minister Helena Vasconcelos Amaral told a news conference on Tuesday.",
                "Helena Vasconcelos Amaral",
                "told a news conference",
                "W",
            ),
        ],
        [
            (
                "The minimum wage is paid 14 times a year in Portugal, so the annual minimum rises to 14,840 euros.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 690,000 workers, or 14.2% of employees, earned the minimum wage in September, according to Social Security data cited by the ministry.",
                "Social Security data cited by the ministry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The figure was agreed in October with four employers' confederations and one of the country's two main union confederations, Amaral said.",
                "Helena Vasconcelos Amaral",
                "said",
                "W",
            ),
            (
                "“This is the largest rise in euros in the history of the minimum wage,” she said.",
                "Helena Vasconcelos Amaral",
                "said",
                "W",
            ),
            (
                "Amaral said the government still aimed for a minimum wage of 1,200 euros by 2031.",
                "Helena Vasconcelos Amaral",
                "said",
                "",
            ),
        ],
        [
            (
                "Companies that pay the minimum wage to more than 30% of their staff can deduct half of the cost of the increase from their 2029 corporate income tax, under a measure approved at the same meeting.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Parliament does not vote on the minimum wage, which is set by government decree after talks with employers and unions.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rise takes effect with January salaries and is the eighth in a row of at least 4%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The government also raised the daily meal allowance for civil servants to 6.40 euros from January.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Confederation of Portuguese Industrial Workers (CTIP) did not sign the October agreement.",
                "",
                "",
                "W",
            ),
            (
                "It said 1,060 euros was “less than a room costs in Lisbon.”",
                "The Confederation of Portuguese Industrial Workers",
                "said",
                "",
            ),
        ],
        [
            (
                "The CTIP has called a demonstration in Lisbon for Nov. 30 at 3 p.m., starting at Praça do Comércio.",
                "",
                "",
                "W",
            ),
            (
                "Its secretary-general, Rui Tavares Penedo, told TejoWire the confederation would press for 1,150 euros in next year's talks.",
                "Rui Tavares Penedo",
                "told TejoWire",
                "",
            ),
            (
                "“We are not asking for luxury, we are asking for a rent,” Tavares Penedo said.",
                "Rui Tavares Penedo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Portuguese Association of Small and Medium Enterprises (APPME) said 41% of its members paid at least one employee the minimum wage.",
                "The Portuguese Association of Small and Medium Enterprises",
                "said",
                "W",
            ),
            (
                "Its president, Ana Lúcia Figueiró Matos, said the tax deduction “helps, but a year late for a café that pays its staff in January.”",
                "Ana Lúcia Figueiró Matos",
                "said",
                "",
            ),
            (
                "She said the association's September survey of 1,180 firms had found that 62% raised prices in 2028 to cover wage costs.",
                "Ana Lúcia Figueiró Matos",
                "said",
                "W",
            ),
        ],
        [
            (
                "The rise will add about 96 million euros to the state's own wage bill in 2029, a Finance Ministry official said.",
                "a Finance Ministry official",
                "said",
                "",
            ),
            (
                "Economists at Ponte Valores, a Lisbon brokerage, said the rise would add no more than 0.2 percentage points to inflation next year.",
                "Economists at Ponte Valores",
                "said",
                "",
            ),
        ],
        [
            ("MINIMUM WAGE IN PORTUGAL (euros a month, paid 14 times a year)", "", "", "B"),
        ],
        [
            ("Year | Monthly | Change", "", "", "B"),
        ],
        [
            ("2026 | 925 | +5.1%", "", "", ""),
        ],
        [
            ("2027 | 970 | +4.9%", "", "", ""),
        ],
        [
            ("2028 | 1,010 | +4.1%", "", "", ""),
        ],
        [
            ("2029 | 1,060 | +5.0%", "", "", ""),
        ],
        [
            ("Source: Ministry of Labour, Solidarity and Social Security", "", "", "B"),
        ],
        [
            (
                "Portugal's minimum wage was the 10th-highest of the 22 European Union countries with a national minimum in July, according to Eurostat.",
                "Eurostat",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Unemployment was 6.1% in the third quarter, according to the National Statistics Institute (INE).",
                "the National Statistics Institute",
                "according to",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Tiago Albergaria Sousa; writing by Inês Dorneles Vaz; translated from Portuguese by Rowena Tarrant-Seabra; editing by Paulo Neves Antunes)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("((lisbon.newsdesk@tejowire.pt; +351 21 000 4400))", "", "", "B"),
        ],
        [
            ("Keywords: PORTUGAL WAGES/MINIMUM LABOUR GOVERNMENT", "", "", "B"),
        ],
        [
            (
                "Related: PORTUGAL-BUDGET/ Parliament approves 2029 budget in final vote",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© TejoWire 2028.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Redistribution without TejoWire's prior written consent is prohibited.", "", "", "B"),
        ],
        [
            ("ENDS", "", "", "B"),
        ],
    ],
    [
        [
            (
                "This site uses cookies and similar technologies for advertising and audience measurement.",
                "",
                "",
                "B",
            ),
            (
                "To read Il Lagunare without profiling cookies, you can subscribe for €3.99 a month.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Accept and continue  |  Subscribe  |  Log in", "", "", "B"),
        ],
        [
            ("IL LAGUNARE · English", "", "", "B"),
        ],
        [
            (
                "Venice | Mestre | Lido & Pellestrina | Chioggia | Riviera del Brenta | English",
                "",
                "",
                "B",
            ),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "High water in Venice: MOSE barriers raised as tide reaches 141 cm at sea",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated 12:06 · Il Lagunare newsroom", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "• The MOSE barriers were raised at the Lido, Malamocco and Chioggia inlets from 5.10 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The tide peaked at 141 cm outside the barriers at 9.35 a.m.; inside the lagoon it stayed at 72 cm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Water-bus lines 5.1 and 5.2 are suspended until 2 p.m.", "", "", "W"),
        ],
        [
            ("• Schools on the Lido and Pellestrina are closed today.", "", "", "W"),
        ],
        [
            ("12:04", "", "", "B"),
        ],
        [
            (
                "The city's tide forecasting centre forecasts a second, lower peak of 118 cm outside the barriers at 9.50 p.m.",
                "The city's tide forecasting centre",
                "forecasts",
                "",
            ),
            (
                "The barriers will stay up until the evening tide has passed, the centre said.",
                "the centre",
                "said",
                "",
            ),
        ],
        [
            ("11:45", "", "", "B"),
        ],
        [
            (
                "The Doge's Palace and the Correr Museum opened as usual at 9 a.m., the city's museums foundation said.",
                "the city's museums foundation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tourists cross a dry St Mark's Square as the barriers hold back the sea.",
                "",
                "",
                "",
            ),
            ("Photo: Matteo Dal Borgo/Il Lagunare", "", "", "B"),
        ],
        [
            ("11:20", "", "", "B"),
        ],
        [
            (
                "Lines 5.1 and 5.2 will resume at 2 p.m., the city's water-bus operator said.",
                "the city's water-bus operator",
                "said",
                "W",
            ),
            (
                "Line 1 ran every 12 minutes instead of every 10 during the morning, it said.",
                "the city's water-bus operator",
                "said",
                "W",
            ),
        ],
        [
            ("10:48", "", "", "B"),
        ],
        [
            (
                "“Dry feet in St Mark's Square with 141 at sea – a few years ago we would have been in boots up to our knees,” Mayor Lorenzo Scarpa Bellin wrote on social media.",
                "Lorenzo Scarpa Bellin",
                "wrote on social media",
                "",
            ),
        ],
        [
            (
                "Each raising of the barriers costs about €230,000, according to the consortium that operates them.",
                "the consortium that operates them",
                "according to",
                "W",
            ),
        ],
        [
            ("10:15", "", "", "B"),
        ],
        [
            (
                "On Pellestrina, the narrow island between the lagoon and the sea, 40 households were without power for two hours after waves damaged a cable box, the electricity distributor said.",
                "the electricity distributor",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nadia Busetto Zennaro, who runs a fish restaurant in Pellestrina, said she had cancelled all her lunch bookings.",
                "Nadia Busetto Zennaro",
                "said",
                "",
            ),
            (
                "“The sea came over the sea wall at seven,” she said.",
                "Nadia Busetto Zennaro",
                "said",
                "",
            ),
            ("“Who comes to eat fish on a day like this?”", "Nadia Busetto Zennaro", "said", ""),
        ],
        [
            ("9:40", "", "", "B"),
        ],
        [
            (
                "At 9.35 a.m. the gauge at Punta della Salute read 72 cm, while the gauge at the Lido inlet, outside the barriers, read 141 cm.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("St Mark's Square is dry.", "", "", ""),
        ],
        [
            ("8:02", "", "", "B"),
        ],
        [
            (
                "Schools on the Lido and Pellestrina are closed today by order of the mayor, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "The municipal civil protection hotline, 041 274 1188, is staffed around the clock until the alert ends.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("6:30", "", "", "B"),
        ],
        [
            ("Good morning and welcome to our live coverage of today's high water.", "", "", ""),
            (
                "The city's tide forecasting centre issued an orange alert on Tuesday evening for a peak of up to 140 cm outside the barriers.",
                "",
                "",
                "W",
            ),
            ("The barriers are raised when a tide of 112 cm or more is forecast.", "", "", "W"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Il Lagunare's morning briefing: sign up for free", "", "", "B"),
        ],
        [
            ("© 2028 Editoriale Lagunare S.r.l.", "", "", "B"),
            ("VAT no. 04417250271 · Privacy · Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("THE HYMETTUS ECHO · E-PAPER", "", "", "B"),
        ],
        [
            ("Issue 1,482 · Friday, July 14, 2028 · €2.50", "", "", "B"),
        ],
        [
            ("3 | NATIONAL", "", "", "B"),
        ],
        [
            ("Acropolis shuts at noon as Athens records 42.6C", "", "", "W"),
        ],
        [
            (
                "Outdoor work halted from 12 to 5 p.m. in 14 regional units; helpline for older people opens",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Vasiliki Karamanoli", "", "", "B"),
        ],
        [
            ("Visitors shelter under umbrellas on the Acropolis on Wednesday morning.", "", "", ""),
            ("Photo: Nikos Thalassinos", "", "", "B"),
        ],
        [
            (
                "The Culture Ministry closed the Acropolis from 12 p.m. to 5 p.m. on Wednesday and Thursday after temperatures in central Athens reached 42.6C, the highest this summer, according to the National Observatory of Athens.",
                "the National Observatory of Athens",
                "according to",
                "W",
            ),
            (
                "Visitors with tickets for those hours could use them later the same day or get a refund, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            ("The site reopened at 5 p.m. on both days and stayed open until 8 p.m.", "", "", "W"),
            (
                "The Acropolis had 14,200 visitors on Tuesday, the last day before the closure, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Labour Ministry ordered a halt to outdoor manual work and to food deliveries by motorcycle from 12 p.m. to 5 p.m. in 14 regional units, including all of Attica, on both days.",
                "",
                "",
                "W",
            ),
            (
                "Employers who break the order face a fine of €2,000 for each worker, it said.",
                "The Labour Ministry",
                "said",
                "W",
            ),
            (
                "Inspectors checked 311 building sites on Wednesday and found work going on at 19 of them during the banned hours, the ministry said on Thursday.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "If temperatures stay above 40C next week, the order will be extended, the ministry said.",
                "the ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "Public-sector staff in Attica were allowed to work from home on both days under a circular from the Interior Ministry.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Power demand on the mainland grid reached a record 10,940 megawatts at 1.30 p.m. on Wednesday, according to the grid operator.",
                "the grid operator",
                "according to",
                "W",
            ),
        ],
        [
            ("Continued on page 4", "", "", "B"),
        ],
        [
            ("4 | NATIONAL | THE HYMETTUS ECHO | FRIDAY, JULY 14, 2028", "", "", "B"),
        ],
        [
            ("From page 3", "", "", "B"),
        ],
        [
            (
                "The City of Athens kept eight air-conditioned halls open to residents from 9 a.m. to 9 p.m. on both days, it said in a statement.",
                "The City of Athens",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "A heat helpline for older people who live alone, 210 520 4417, is staffed by nurses from 8 a.m. to 10 p.m. until Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dimitra Kalogeropoulou, a meteorologist at the National Observatory of Athens, said Wednesday's 42.6C at its Thiseio station was 0.4C short of the station's July record.",
                "Dimitra Kalogeropoulou",
                "said",
                "W",
            ),
            (
                "Thursday's highest reading was 41.8C, at Nea Filadelfeia, she said.",
                "Dimitra Kalogeropoulou",
                "said",
                "W",
            ),
            (
                "She expects temperatures to fall to about 36C by Sunday as the wind turns northerly.",
                "Dimitra Kalogeropoulou",
                "expects",
                "",
            ),
            (
                "“We are running out of words for these summers,” she said.",
                "Dimitra Kalogeropoulou",
                "said",
                "",
            ),
        ],
        [
            (
                "The fire service said it had responded to 46 wildfires across the country on Wednesday, most of them put out within an hour.",
                "The fire service",
                "said",
                "W",
            ),
        ],
        [
            ("A QUEUE IN THE SHADE", "", "", ""),
        ],
        [
            (
                "By 11 a.m. on Wednesday, hundreds of visitors were queuing in the shade of the olive trees below the Beulé Gate.",
                "",
                "",
                "",
            ),
            (
                "Some tour operators had moved their groups to the first hour of the morning.",
                "",
                "",
                "",
            ),
            (
                "Carla Mendívil, visiting from Valencia with her two sons, said they had booked the 8 a.m. slot as soon as they read about the closure.",
                "Carla Mendívil",
                "said",
                "",
            ),
            ("“At eight it was already hot,” she said.", "Carla Mendívil", "said", ""),
        ],
        [
            (
                "“I have had the fridge door open more than shut since seven this morning,” said Stavros Lymperopoulos, who runs a kiosk on Patission St. near the National Archaeological Museum.",
                "Stavros Lymperopoulos",
                "said",
                "",
            ),
            ("“Water, ice cream, water, water.”", "Stavros Lymperopoulos", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Read the whole paper on your phone: download The Hymettus Echo app.", "", "", "B"),
        ],
        [
            ("Subscribe to the e-paper from €8.99 a month", "", "", "B"),
        ],
        [
            ("Next week: Island ferries and the busiest weekend of the summer", "", "", "B"),
        ],
        [
            (
                "The Hymettus Echo is published by Hymettus Ekdotiki S.A., 14 Voulis St., 105 62 Athens.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("◄ Page 3   Page 4 of 24   Page 5 ►", "", "", "B"),
        ],
    ],
    [
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("The Mazovia Market Letter <briefing@mazoviamarket.pl>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Tue, Nov 14, 7:02 AM (3 hours ago)", "", "", "B"),
        ],
        [
            ("Images in this message are hidden.", "", "", "B"),
            ("Show images · Always show images from briefing@mazoviamarket.pl", "", "", "B"),
        ],
        [
            ("Not displaying properly?", "", "", "B"),
            ("Open the web version.", "", "", "B"),
        ],
        [
            ("THE MAZOVIA MARKET LETTER · Tuesday, 14 November 2028", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", ""),
            (
                "Inflation cooled again in October, a convenience chain is buying 140 shops in the east, and Warsaw's office towers are filling up.",
                "",
                "",
                "",
            ),
        ],
        [
            ("INFLATION SLOWS TO 3.4% IN OCTOBER", "", "", "W"),
        ],
        [
            (
                "Consumer prices rose 3.4% year on year in October, down from 3.9% in September, according to a flash estimate published by Statistics Poland on Monday.",
                "a flash estimate published by Statistics Poland on Monday",
                "according to",
                "W",
            ),
            (
                "Food prices rose 2.1% and fuel prices fell 4.6%, the statistics office said.",
                "the statistics office",
                "said",
                "W",
            ),
            ("It was the lowest reading since April 2026.", "", "", "W"),
            ("The final figure is due on Nov. 15.", "", "", "W"),
        ],
        [
            (
                "The Monetary Policy Council, which kept the National Bank of Poland's reference rate at 4.50% in October, meets again on Dec. 5 and 6.",
                "",
                "",
                "W",
            ),
            (
                "Economists at Brzoza Securities expect a cut of 25 basis points in December.",
                "Economists at Brzoza Securities",
                "expect",
                "",
            ),
            ("Our take: do not bet the mortgage on it.", "", "", ""),
        ],
        [
            ("KROPKA MARKET BUYS 140 SHOPS FOR 412 MILLION ZŁOTY", "", "", "W"),
        ],
        [
            (
                "Warsaw-listed convenience chain Kropka Market S.A. said on Monday it had agreed to buy 140 shops in eastern Poland for 412 million złoty (about €96 million).",
                "Kropka Market S.A.",
                "said",
                "W",
            ),
            ("The shops belong to Słonecznik Handel S.A.", "", "", "W"),
            ("It was founded in Lublin in 1993 and employs 2,300 people.", "", "", "W"),
            (
                "The shops had combined sales of 1.3 billion złoty last year, Kropka said.",
                "Kropka Market S.A.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The deal needs the approval of the competition authority, UOKiK, which has one month to clear it or open an in-depth investigation.",
                "",
                "",
                "W",
            ),
            (
                "Chief executive Magdalena Żurawska-Lis told analysts the chain would put its own brand on the shops within 18 months.",
                "Magdalena Żurawska-Lis",
                "told analysts",
                "",
            ),
            ("Kropka's shares rose 6.2% to 38.40 złoty on Monday.", "", "", "W"),
        ],
        [
            ("WARSAW OFFICE VACANCY FALLS TO 8.9%", "", "", "W"),
        ],
        [
            (
                "The share of empty office space in Warsaw fell to 8.9% at the end of September from 10.2% a year earlier, according to a quarterly report by property adviser Wola Estates.",
                "a quarterly report by property adviser Wola Estates",
                "according to",
                "W",
            ),
            (
                "Only 61,000 square metres of new offices were completed in the first nine months of the year, the lowest since 2012, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "Its head of research, Tomasz Kędzierski, expects rents in the city centre to rise by at least 5% next year.",
                "Tomasz Kędzierski",
                "expects",
                "",
            ),
        ],
        [
            ("MARKETS · Monday close", "", "", "B"),
        ],
        [
            ("WIG20 2,714.35 (+0.8%)", "", "", ""),
        ],
        [
            ("EUR/PLN 4.2615 (−0.2%)", "", "", ""),
        ],
        [
            ("USD/PLN 3.9180 (+0.1%)", "", "", ""),
        ],
        [
            ("Poland 10-year yield 5.12%", "", "", ""),
        ],
        [
            ("Sources: Warsaw Stock Exchange, central bank fixing", "", "", "B"),
        ],
        [
            ("Forwarded this email?", "", "", "B"),
            ("Subscribe here.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you signed up for The Mazovia Market Letter.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe · Manage preferences · Forward to a friend", "", "", "B"),
        ],
        [
            (
                "The Mazovia Market Letter is published by Wydawnictwo Mazowsze Sp. z o.o., ul. Prosta 51, 00-838 Warsaw.",
                "",
                "",
                "B",
            ),
            ("KRS 0000713355 · NIP 5272891034", "", "", "B"),
        ],
    ],
    [
        [
            ("Skimdeck · For you", "", "", "B"),
        ],
        [
            ("Anáhuac Express · 3h · Follow", "", "", "B"),
        ],
        [
            (
                "Mexico City to cut water pressure in 11 boroughs every night as Cutzamala falls to 31%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("4 min read · Open in browser", "", "", "B"),
        ],
        [
            ("▶ Video · 0:47", "", "", "B"),
        ],
        [
            ("Residents of Iztapalapa fill buckets from a city water truck on Sunday.", "", "", ""),
            ("Video: Anáhuac Express", "", "", "B"),
        ],
        [
            (
                "Mexico City's water system, SACMEX, will lower pressure in the mains that serve 11 of the city's 16 boroughs every night from Monday, it said on Saturday.",
                "SACMEX",
                "said",
                "W",
            ),
            (
                "The cuts follow a fall in storage at the Cutzamala system, which supplies about a quarter of the city's water, to 31% of capacity, according to the National Water Commission (Conagua).",
                "the National Water Commission",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It was the lowest level for the first week of November since 2024, the commission said.",
                "the commission",
                "said",
                "W",
            ),
            (
                "Conagua has cut the flow it sends to the city from the system from 15,000 to 13,000 litres a second since Oct. 1.",
                "",
                "",
                "W",
            ),
            (
                "Rainfall in the Cutzamala basin from June to September was 27% below the 1991-2020 average, it said.",
                "the National Water Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city last lowered pressure at night in the spring of 2024, for 11 weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Where and when pressure will be lowered", "", "", ""),
        ],
        [
            ("• Iztapalapa, Tláhuac and Xochimilco: every night, 9 p.m. to 5 a.m.", "", "", "W"),
        ],
        [
            (
                "• Coyoacán, Tlalpan and Magdalena Contreras: every night, 11 p.m. to 5 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Álvaro Obregón, Benito Juárez, Cuauhtémoc, Iztacalco and Venustiano Carranza: Monday to Thursday nights, 11 p.m. to 5 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ing. Rodrigo Salinas Treviño, SACMEX's director general, said the night-time cuts would save about 1,100 litres a second.",
                "Rodrigo Salinas Treviño",
                "said",
                "",
            ),
            (
                "He said city water trucks had made 620 trips a day in October, up from 410 in September, and that 5,400 leaks had been repaired.",
                "Rodrigo Salinas Treviño",
                "said",
                "W",
            ),
            (
                "“We are asking people to store what they need for the day, not to fill every bucket in the house,” he said.",
                "Rodrigo Salinas Treviño",
                "said",
                "",
            ),
        ],
        [
            (
                "Households without water can ask for a free city water truck by calling 55 4127 3300 or through the city's app.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Iztapalapa borough said it had set up 14 water points where residents can fill containers free of charge from 7 a.m. to 3 p.m.",
                "The Iztapalapa borough",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city has hired 120 extra trucks under a contract with Hidrotransportes del Ajusco S.A. de C.V.",
                "",
                "",
                "W",
            ),
            ("The company also supplies municipalities in the State of Mexico.", "", "", "W"),
        ],
        [
            (
                "In Col. Santa Cruz Meyehualco, in Iztapalapa, Guadalupe Cárdenas Olvera said her building had had no running water on nine of the past 14 days.",
                "Guadalupe Cárdenas Olvera",
                "said",
                "",
            ),
            ("“The pipa comes when it comes,” she said.", "Guadalupe Cárdenas Olvera", "said", ""),
            (
                "“Yesterday it came at four in the morning.”",
                "Guadalupe Cárdenas Olvera",
                "said",
                "",
            ),
            (
                "Cárdenas said she and her neighbours had paid for a private truck last week.",
                "Guadalupe Cárdenas Olvera",
                "said",
                "",
            ),
        ],
        [
            (
                "A private truck charges between 1,200 and 1,800 pesos for 10,000 litres in the borough, according to a survey by the consumer agency Profeco in October.",
                "a survey by the consumer agency Profeco in October",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ximena Barrientos Quiroga, an environmental engineer at the National Autonomous University of Mexico, said the city loses about 40% of the water in its pipes to leaks.",
                "Ximena Barrientos Quiroga",
                "said",
                "W",
            ),
            (
                "“Fixing pipes is not glamorous, so nobody does it,” she said.",
                "Ximena Barrientos Quiroga",
                "said",
                "",
            ),
        ],
        [
            ("SACMEX will review the measure on Nov. 30, it said.", "SACMEX", "said", "W"),
        ],
        [
            ("Mexico City · Water · Drought · Iztapalapa", "", "", "B"),
        ],
        [
            ("👍 412   💬 58   ↗ Share", "", "", "B"),
        ],
        [
            ("Top comment", "", "", "B"),
        ],
        [
            ("Chucho R.: Two years of tandeo in my street and now it's news.", "", "", "B"),
        ],
        [
            ("More from Anáhuac Express", "", "", "B"),
        ],
        [
            ("Metro Line 12: full service to resume in January", "", "", "B"),
        ],
        [
            ("Show fewer stories like this", "", "", "B"),
        ],
        [
            ("Skimdeck uses cookies to personalise your feed.", "", "", "B"),
            ("Privacy settings", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Rede Aurora app", "", "", "B"),
        ],
        [
            ("REDE AURORA NEWS · English", "", "", "B"),
        ],
        [
            ("São Paulo", "", "", "B"),
        ],
        [
            (
                "São Paulo metro strike shuts three lines; court orders 80% service at peak hours",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Workers on lines 1, 2 and 3 walked out at midnight over pay; the city suspends its vehicle rotation scheme for the day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Juliana Moraes Tavares, Rede Aurora São Paulo", "", "", "B"),
        ],
        [
            ("14/03/2028 08:47 · Updated 11:20", "", "", "B"),
        ],
        [
            ("1.2K shares", "", "", "B"),
        ],
        [
            ("▶ Watch: Crowds outside Sé station as the gates stay shut (1:32)", "", "", "B"),
        ],
        [
            (
                "Workers on São Paulo's metro lines 1-Blue, 2-Green and 3-Red began a 24-hour strike at midnight on Tuesday, and no trains ran on the three lines during the morning rush, the state metro company, Metrô, said.",
                "Metrô",
                "said",
                "W",
            ),
            (
                "Lines 4-Yellow and 5-Lilac, which are run by private concessions, ran normally.",
                "",
                "",
                "W",
            ),
            (
                "Line 15-Silver, a monorail also run by Metrô, ran with 40% of its trains.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The three striking lines carry about 3.1 million passengers on a weekday, Metrô said.",
                "Metrô",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Paulista Rail Workers' Front voted for the strike at an assembly on Monday night, by 1,412 votes to 388.",
                "",
                "",
                "W",
            ),
            (
                "The union is asking for a 9.8% pay rise; Metrô has offered 4.6%, in line with inflation over the past 12 months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union president Cláudio Bezerra Nunes said workers had “no other way to be heard.”",
                "Cláudio Bezerra Nunes",
                "said",
                "",
            ),
            (
                "“Nobody strikes because they want to,” he told reporters outside the union's headquarters on R. Tuiuti, in Tatuapé.",
                "Cláudio Bezerra Nunes",
                "told reporters outside the union's headquarters on R. Tuiuti, in Tatuapé",
                "",
            ),
        ],
        [
            (
                "On Monday evening the Regional Labour Court ordered the union to keep 80% of trains running from 6 a.m. to 9 a.m. and from 4 p.m. to 7 p.m., and 60% at other times, or pay a fine of R$500,000 a day.",
                "",
                "",
                "W",
            ),
            ("Metrô said no trains had run on the three lines by 10 a.m.", "Metrô", "said", "W"),
            ("The union said it would appeal against the order.", "The union", "said", ""),
            (
                "The state governor's office called the strike “abusive and political.”",
                "The state governor's office",
                "called",
                "",
            ),
            ("Metrô said it would dock the strikers' pay for the day.", "Metrô", "said", ""),
        ],
        [
            ("Read more: Campinas bus drivers accept 5.1% pay deal", "", "", "B"),
        ],
        [
            ("🎧 Rede Aurora First Hour · 12 min · Listen", "", "", "B"),
        ],
        [
            (
                "The city suspended its vehicle rotation scheme, which keeps cars off the road on one weekday according to the last digit of their number plate, for Tuesday.",
                "",
                "",
                "W",
            ),
            (
                "Traffic jams in the city stretched over 912 kilometres at 9 a.m., according to the city's traffic monitoring centre.",
                "the city's traffic monitoring centre",
                "according to",
                "W",
            ),
            (
                "The state transport secretariat said it had put 450 extra buses on routes that follow the three lines.",
                "The state transport secretariat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Commuters queued for more than an hour for buses outside Corinthians-Itaquera station.",
                "",
                "",
                "",
            ),
            (
                "Nurse Francisca Lins de Albuquerque, 44, said her journey from Itaquera to the Hospital das Clínicas had taken two hours and 40 minutes.",
                "Francisca Lins de Albuquerque",
                "said",
                "",
            ),
            (
                "“I left home at five and I'm still late,” she said.",
                "Francisca Lins de Albuquerque",
                "said",
                "",
            ),
        ],
        [
            ("The last metro strike, in October 2026, lasted two days.", "", "", "W"),
        ],
        [
            (
                "Talks between the union and Metrô are due to resume at the Regional Labour Court at 2 p.m. on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union will hold another assembly at 7 p.m. on Wednesday to decide whether to extend the strike.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Topics: São Paulo · Metro · Strikes · Transport", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            (
                "Rede Aurora News in English is a service of Rede Aurora de Televisão Ltda.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Follow Rede Aurora News on WhatsApp", "", "", "B"),
        ],
        [
            ("Download the Rede Aurora app for live TV and breaking-news alerts.", "", "", "B"),
        ],
    ],
    [
        [
            ("https://www.radioriachuelo.com.ar/en/news/subte-fare-rise-december", "", "", "B"),
        ],
        [
            ("Radio Riachuelo FM 98.3 · Buenos Aires news in English", "", "", "B"),
        ],
        [
            ("Printed on 24/11/2028 at 09:14", "", "", "B"),
        ],
        [
            ("[Print]  [Close window]", "", "", "B"),
        ],
        [
            (
                "Subte fare to rise to $1,450 from December 1, then every month with inflation",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Mariano Oyarbide Lanús | Radio Riachuelo newsroom", "", "", "B"),
        ],
        [
            ("Published: November 23, 2028, 18:05", "", "", "B"),
        ],
        [
            (
                "The Buenos Aires city government will raise the single fare on the Subte, the city's underground railway, from $1,180 to $1,450 from December 1, a rise of 22.9%, it said in the Official Gazette on Wednesday.",
                "The Buenos Aires city government",
                "said in the Official Gazette",
                "W",
            ),
            (
                "From January, the fare will rise each month by the previous month's consumer price inflation plus 2 percentage points, under the same resolution.",
                "",
                "",
                "W",
            ),
            ("The Premetro fare rises from $410 to $505.", "", "", "W"),
        ],
        [
            (
                "The rise was approved after a public hearing held online on November 8, at which 212 people spoke.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Subte carried an average of 1.12 million passengers a working day in October, according to the city.",
                "the city",
                "according to",
                "W",
            ),
        ],
        [
            ("How the new fares work", "", "", ""),
        ],
        [
            ("• Trips 1 to 20 in a calendar month: $1,450.", "", "", "W"),
        ],
        [
            ("• Trips 21 to 30: $1,160 (20% off).", "", "", "W"),
        ],
        [
            ("• Trips 31 to 40: $1,015 (30% off).", "", "", "W"),
        ],
        [
            ("• Trips 41 and over: $870 (40% off).", "", "", "W"),
        ],
        [
            (
                "• Students, retirees on the minimum pension and holders of the social fare: $652.50 (55% off).",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Discounts apply only to trips paid with a registered SUBE card.", "", "", "W"),
            (
                "Credit already loaded onto a card is charged at the new fare from December 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bus fares on the city's own routes rise by the same formula from January, under a separate resolution.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Martín Echeverría Luján, the city's transport secretary, said fares covered about 38% of the Subte's operating costs, down from 61% in 2019.",
                "Martín Echeverría Luján",
                "said",
                "W",
            ),
            (
                "“Either passengers pay for the Subte or everyone in the city pays for it through taxes,” he told Radio Riachuelo.",
                "Martín Echeverría Luján",
                "told Radio Riachuelo",
                "",
            ),
            (
                "He said the city had paid the operator $412 billion in subsidies so far this year.",
                "Martín Echeverría Luján",
                "said",
                "W",
            ),
        ],
        [
            (
                "The passengers' group Usuarios del Subte Unidos called the rise “a second blow in the same year.”",
                "Usuarios del Subte Unidos",
                "called",
                "",
            ),
            (
                "Its spokeswoman, Agustina Pereyra Salvat, said the single fare had already risen from $840 to $1,180 in May.",
                "Agustina Pereyra Salvat",
                "said",
                "W",
            ),
            (
                "“Wages do not go up by inflation plus two,” she said.",
                "Agustina Pereyra Salvat",
                "said",
                "",
            ),
        ],
        [
            ("What passengers say", "", "", ""),
        ],
        [
            (
                "At Constitución station on Wednesday evening, Hernán Bustos, a 52-year-old security guard, said he rode the Subte about 44 times a month and would now reach the 40% discount.",
                "Hernán Bustos",
                "said",
                "",
            ),
            (
                "“The more you ride, the less you pay – that's the only good news,” he said.",
                "Hernán Bustos",
                "said",
                "",
            ),
        ],
        [
            (
                "Consumer prices in the city rose 2.4% in October, according to the city's statistics institute.",
                "the city's statistics institute",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The city's study of the rise's impact on household budgets was carried out by the consultancy Pampa Datos S.R.L.",
                "",
                "",
                "W",
            ),
            (
                "It found that fares took 6.1% of the median income of households that ride the Subte every working day.",
                "Pampa Datos S.R.L.",
                "found",
                "W",
            ),
            (
                "Florencia Ríos Aramburu, the consultancy's chief economist, said monthly indexing “takes fares out of politics, which is either very good or very bad, depending on whom you ask.”",
                "Florencia Ríos Aramburu",
                "said",
                "",
            ),
        ],
        [
            ("Tags: Subte · Fares · Transport · City government", "", "", "B"),
        ],
        [
            ("About the author", "", "", "B"),
        ],
        [
            (
                "Mariano Oyarbide Lanús covers transport and the city for Radio Riachuelo.",
                "",
                "",
                "B",
            ),
            ("Write to him at moyarbide@radioriachuelo.com.ar.", "", "", "B"),
        ],
        [
            (
                "Radio Riachuelo FM 98.3 · Av. Almirante Brown 1120, La Boca, C1159 Buenos Aires",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2028 Radio Riachuelo S.R.L. · DNDA registration no. 2028-41277415", "", "", "B"),
        ],
        [
            ("Page 1 of 1", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CARONI BULLETIN · Text-only edition", "", "", "B"),
        ],
        [
            ("You are reading the low-data version of this page.", "", "", "B"),
            ("Switch to full site", "", "", "B"),
        ],
        [
            ("Home > News > Tobago", "", "", "B"),
        ],
        [
            (
                "Fast ferry out of service; seabridge cut to two sailings a day each way",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Speyside Express's port engine failed on Sunday morning's crossing, Port Authority says",
                "the Port Authority of Trinidad and Tobago",
                "says",
                "W",
            ),
        ],
        [
            ("By Keisha Durity-Lezama", "", "", "B"),
        ],
        [
            ("Posted: Tuesday, November 14, 2028, 5:12 p.m.", "", "", "B"),
        ],
        [
            (
                "The Speyside Express, one of two fast ferries on the seabridge between Port of Spain and Scarborough, will be out of service until at least December 4 after its port engine failed on Sunday, the Port Authority of Trinidad and Tobago (PATT) said yesterday.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
            (
                "The vessel was 40 minutes into the 6.30 a.m. crossing from Port of Spain when the engine overheated, and it returned to port on one engine with 612 passengers on board, the PATT said.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
        ],
        [
            ("No one was injured.", "", "", "W"),
        ],
        [
            (
                "The other fast ferry, the Castara Star, is running both daily round trips.",
                "",
                "",
                "W",
            ),
            (
                "Last November the Castara Star was out of service for 17 days with a gearbox fault.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The revised schedule from Wednesday:", "", "", ""),
        ],
        [
            ("• Port of Spain to Scarborough: 6.30 a.m. and 3 p.m.", "", "", "W"),
        ],
        [
            ("• Scarborough to Port of Spain: 10.30 a.m. and 7 p.m.", "", "", "W"),
        ],
        [
            (
                "• The Friday 11 p.m. sailing from Port of Spain is cancelled until further notice.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Passengers with tickets for cancelled sailings can move them to another sailing online or at the ticket offices in Port of Spain and Scarborough at no cost, the PATT said.",
                "the Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
        ],
        [
            (
                "The PATT's customer line, 623-5091, is open from 6 a.m. to 10 p.m. every day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The engine is being rebuilt at the Chaguaramas dry dock by Matelot Propulsion Services Ltd.",
                "",
                "",
                "W",
            ),
            ("The firm has serviced the vessel's engines since 2022.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "PATT general manager Kendra Baptiste-Ramlogan apologised to passengers.",
                "Kendra Baptiste-Ramlogan",
                "apologised",
                "",
            ),
            (
                "She said a replacement cylinder head had been ordered from Norway and was due to arrive on November 27.",
                "Kendra Baptiste-Ramlogan",
                "said",
                "W",
            ),
            (
                "“We know what this means for Tobago, especially with Christmas coming,” she said.",
                "Kendra Baptiste-Ramlogan",
                "said",
                "",
            ),
        ],
        [
            ("Guesthouses count the cost", "", "", ""),
        ],
        [
            (
                "The Tobago Guesthouse Owners' Collective said 60 bookings had been cancelled at its members' properties since Sunday.",
                "The Tobago Guesthouse Owners' Collective",
                "said",
                "W",
            ),
            (
                "Its president, Anselm Alleyne-Jack, said the seabridge “breaks down every November, like clockwork.”",
                "Anselm Alleyne-Jack",
                "said",
                "",
            ),
            ("“How many more Novembers?” he asked.", "Anselm Alleyne-Jack", "asked", ""),
        ],
        [
            (
                "At the Scarborough terminal yesterday, vendor Josette Thomas-Gittens said her sales of doubles and coconut water had halved since Sunday.",
                "Josette Thomas-Gittens",
                "said",
                "",
            ),
            ("“No boat, no people, no sales,” she said.", "Josette Thomas-Gittens", "said", ""),
        ],
        [
            (
                "The Tobago House of Assembly said it had asked the Ministry of Works and Transport to charter a second cargo vessel.",
                "The Tobago House of Assembly",
                "said",
                "",
            ),
        ],
        [
            (
                "The Speyside Express was built in 2019 and can carry 700 passengers and 150 cars.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Chaguaramas: boat owners given 30 days to move", "", "", "B"),
        ],
        [
            ("2. Couva man, 34, charged with robbery", "", "", "B"),
        ],
        [
            ("3. Sea Lots residents block road over water", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("jerry_in_bon_accord: Same story every year.", "", "", "B"),
            ("Who is checking these boats?", "", "", "B"),
        ],
        [
            ("Log in to comment", "", "", "B"),
        ],
        [
            (
                "© 2028 Caroni Bulletin Printery Co. Ltd. · 14 Harris Promenade, San Fernando",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Back to top · Full site", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n190-de-gmbh-ends",
        "The welds were checked by Rheinstahl Prüftechnik GmbH. The firm found 12 more cracks in May.",
        [
            "The welds were checked by Rheinstahl Prüftechnik GmbH.",
            "The firm found 12 more cracks in May.",
        ],
    ),
    (
        "n190-de-ev-ends",
        "The protest was called by Kölner Lastverkehr e.V. It has 340 member firms.",
        ["The protest was called by Kölner Lastverkehr e.V.", "It has 340 member firms."],
    ),
    (
        "n190-de-str-ends",
        "The diversion runs along Riehler Str. Left turns are banned there.",
        ["The diversion runs along Riehler Str.", "Left turns are banned there."],
    ),
    (
        "n190-de-dr-ing-mid",
        "Dr.-Ing. Ulrike Pfannschmidt signed the inspection report on Friday.",
        ["Dr.-Ing. Ulrike Pfannschmidt signed the inspection report on Friday."],
    ),
    (
        "n190-fr-sa-ends",
        "Drinking water comes from Eaux du Lez S.A. The company serves 41 communes.",
        ["Drinking water comes from Eaux du Lez S.A.", "The company serves 41 communes."],
    ),
    (
        "n190-fr-m-mid",
        "M. Lucien Barthe-Odier, the mayor of Gignac, signed the order on Wednesday.",
        ["M. Lucien Barthe-Odier, the mayor of Gignac, signed the order on Wednesday."],
    ),
    (
        "n190-nl-bv-ends",
        "The tags are printed by Fietsrek Utrecht B.V. The municipality pays €0.08 a tag.",
        ["The tags are printed by Fietsrek Utrecht B.V.", "The municipality pays €0.08 a tag."],
    ),
    (
        "n190-nl-mr-ir-mid",
        "The appeal was drafted by mr. Sanne de Graaf-Tuinstra and checked by ir. Pieter Wolthuis.",
        [
            "The appeal was drafted by mr. Sanne de Graaf-Tuinstra and checked by ir. Pieter Wolthuis."
        ],
    ),
    (
        "n190-es-sl-ends",
        "The cameras are run by Visión Vial S.L. The contract is worth €4.1 million.",
        ["The cameras are run by Visión Vial S.L.", "The contract is worth €4.1 million."],
    ),
    (
        "n190-es-avda-mid",
        "Cameras stand on Avda. de la Albufera and on C/ Alcalá near the ring road.",
        ["Cameras stand on Avda. de la Albufera and on C/ Alcalá near the ring road."],
    ),
    (
        "n190-es-exclaim-attrib",
        "“¡Basta ya!” shouted a driver at the Atocha roundabout. Police moved him on.",
        ["“¡Basta ya!” shouted a driver at the Atocha roundabout.", "Police moved him on."],
    ),
    (
        "n190-pt-lda-ends",
        "The survey was carried out by Inquérito Atlântico Lda. It polled 1,180 firms.",
        ["The survey was carried out by Inquérito Atlântico Lda.", "It polled 1,180 firms."],
    ),
    (
        "n190-pt-nov-pm-mid",
        "The CTIP has called a rally for Nov. 30 at 3 p.m. in Lisbon. It expects 20,000 people.",
        [
            "The CTIP has called a rally for Nov. 30 at 3 p.m. in Lisbon.",
            "It expects 20,000 people.",
        ],
    ),
    (
        "n190-it-srl-ends",
        "The pumps were supplied by Idraulica Trevisan S.r.l. The firm is based in Chioggia.",
        ["The pumps were supplied by Idraulica Trevisan S.r.l.", "The firm is based in Chioggia."],
    ),
    (
        "n190-it-spa-ends",
        "The gates were built by Cantieri Lagunari S.p.A. Each weighs 300 tonnes.",
        ["The gates were built by Cantieri Lagunari S.p.A.", "Each weighs 300 tonnes."],
    ),
    (
        "n190-it-ing-mid",
        "The alert was signed by Ing. Giulia Marcon at 6 p.m. on Tuesday.",
        ["The alert was signed by Ing. Giulia Marcon at 6 p.m. on Tuesday."],
    ),
    (
        "n190-it-question-no-attrib",
        "“Who comes to eat fish on a day like this?” The owner shrugged.",
        ["“Who comes to eat fish on a day like this?”", "The owner shrugged."],
    ),
    (
        "n190-gr-sa-ends",
        "The island ferries are run by Kyklades Ploes S.A. It has nine ships.",
        ["The island ferries are run by Kyklades Ploes S.A.", "It has nine ships."],
    ),
    (
        "n190-gr-pm-ends",
        "The Acropolis reopened at 5 p.m. Queues formed at the Beulé Gate within minutes.",
        ["The Acropolis reopened at 5 p.m.", "Queues formed at the Beulé Gate within minutes."],
    ),
    (
        "n190-pl-sp-zoo-ends",
        "The app was built by Kod Wisła Sp. z o.o. It employs 80 people in Gdańsk.",
        ["The app was built by Kod Wisła Sp. z o.o.", "It employs 80 people in Gdańsk."],
    ),
    (
        "n190-pl-sa-ends",
        "The shops were sold by Jaskółka Detal S.A. The seller keeps its warehouses.",
        ["The shops were sold by Jaskółka Detal S.A.", "The seller keeps its warehouses."],
    ),
    (
        "n190-pl-ul-mid",
        "The chain's flagship shop on ul. Nowy Świat will stay open on Sundays.",
        ["The chain's flagship shop on ul. Nowy Świat will stay open on Sundays."],
    ),
    (
        "n190-mx-sa-de-cv-ends",
        "The trucks belong to Pipas del Sur S.A. de C.V. Each one carries 10,000 litres.",
        ["The trucks belong to Pipas del Sur S.A. de C.V.", "Each one carries 10,000 litres."],
    ),
    (
        "n190-mx-col-mid",
        "The water truck reached Col. Santa Cruz Meyehualco at 4 a.m. on Sunday.",
        ["The water truck reached Col. Santa Cruz Meyehualco at 4 a.m. on Sunday."],
    ),
    (
        "n190-br-ltda-ends",
        "The extra buses came from Viação Serra Azul Ltda. They ran until midnight.",
        ["The extra buses came from Viação Serra Azul Ltda.", "They ran until midnight."],
    ),
    (
        "n190-br-question-attrib",
        "“Where is the train?” a woman asked at Sé station. Nobody answered.",
        ["“Where is the train?” a woman asked at Sé station.", "Nobody answered."],
    ),
    (
        "n190-ar-srl-ends",
        "The fare study was done by Sondeos del Plata S.R.L. It surveyed 2,400 riders.",
        ["The fare study was done by Sondeos del Plata S.R.L.", "It surveyed 2,400 riders."],
    ),
    (
        "n190-ar-av-mid",
        "The station on Av. de Mayo reopened at 6 a.m. on Monday.",
        ["The station on Av. de Mayo reopened at 6 a.m. on Monday."],
    ),
    (
        "n190-tt-ltd-ends",
        "The engine is being rebuilt by Gulfside Marine Ltd. Work began on Monday.",
        ["The engine is being rebuilt by Gulfside Marine Ltd.", "Work began on Monday."],
    ),
    (
        "n190-tt-hon-st-mid",
        "Hon. Wendell St. Cyr-Borde met passengers at the Scarborough terminal.",
        ["Hon. Wendell St. Cyr-Borde met passengers at the Scarborough terminal."],
    ),
]
