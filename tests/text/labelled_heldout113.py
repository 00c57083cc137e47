"""Hundred-and-thirteenth set of new hand-labelled pages for the hint engines (held-out set, round sixty-four: never tuned on):
twelve WHOLE pages of everyday news, head to tail as a reader's paste gives them with each site's furniture,
from twelve countries in EUROPE AND THE AMERICAS (English-language outlets and English editions), each from
a different kind of outlet and pasted in a different way, with EVERY DIFFICULTY MIXED ON EVERY PAGE:
furniture at the head, in mid-story and at the tail, some of it written in prose; speakers hard to find and
to name; statements of record beside opinions, forecasts, plans and anecdote; and hard sentence splits. The
pages: a French English-language expat magazine's website read in a FEED READER (Villefranche-du-Périgord's
primary school to lose one of its two classes as the roll falls to 31); an Italian news agency's English
service, WIRE COPY pasted from its website (Bologna raises its tourist tax to €6.50 a night at four-star
hotels); a Croatian English-language city portal's AMP page (Split orders e-scooter firms to take 1,200
scooters off its streets by 1 June); a Serbian online news portal's English page pasted from a PHONE (Novi
Sad heating bills to rise 9.4% from October); a Bulgarian English-language weekly in READER MODE (Varna caps
a sunbed and umbrella at €6 a day on its city beaches); a Slovak English-language news site's PRINT VIEW
(Košice closes the tram line to Ťahanovce for six months); a Slovenian radio station's English LIVE-UPDATES
page, newest first (a substation fire cuts power to 41,300 customers in Maribor); an Irish county weekly's
EMAIL NEWSLETTER read in WEBMAIL (the Ennis pool to close for seven months for roof repairs); a Canadian
local TV station's story SHARED FROM ITS APP (Halifax tickets 312 cars and tows 41 on the first night of its
winter parking ban); a US nonprofit local newsroom's TEXT-ONLY version (Flagstaff's council approves an 8%
water-rate rise); a Mexican English-language daily's E-PAPER replica with a page jump (Monterrey's bus fare
to rise to 17 pesos); and a Bermudian daily's website on the DESKTOP with a metered paywall in mid-story and
readers' comments (Hamilton's Front Street to close to cars on Sunday afternoons in a 12-week trial).

What is hard is that nothing comes alone. FURNITURE sits at the head (feed-reader and webmail chrome, an
app-share line, AMP and print URLs, a weather strip, "Text-only version | Go to full site"), in mid-story
("Advertisement", an advertiser's line, "READ ALSO" and "MOST READ" lists, a video link, "Page 1 of 2", an
e-paper's "Continued on Page 6", its running head and "FARE / From Page 3", live-blog time stamps, "Key
event", "Posted by" and "Share this post", a metered-paywall counter and "Already a subscriber? Log in") and
at the tail (tags, previous/next links, comment counts, a comment, cookie lines, app-store lines, footers and
copyright lines), and much of it is WRITTEN IN PROSE, full sentences that state facts and must still be "B":
an update note ("This article was updated on 10 April at 18h05 to add ..."), a series note with an address,
a print-subscription price, "This news is also available in Italian.", an outlet's independence statement,
"Comments are switched off for this article.", a members' appeal, a live page's "We are updating this page
...", webmail's "Images in this message are hidden.", a newsletter's sponsor line, "Did someone forward you
this email?", "This story has been updated with comments from Halifax Regional Police.", a nonprofit's
membership pitch in three sentences, a CORRECTION in two ("Correction: An earlier version of this story
misstated the vote." / "It was 5-2, not 4-3."), a reporting-fund note, and a paywall counter. SPEAKERS are
named after the claim ("..., the city's councillor for the budget and tourism, dott.ssa Federica
Ammannati-Corsetti, told VOLTA.", "..., the city's spokeswoman, Mgr. Lucia Repková-Szabó, said."), only in
the NEXT sentence ("Ennis Marlins Swimming Club has 310 members, ..., its secretary said." / "The secretary,
Róisín Talty-Meaney, said ..."), only in an OLDER live entry further down ("Koren said" at 17.45, "mag.
Boštjan Koren" at 10.40; "Elektrodrava said" at 17.45, "Elektrodrava d.d." at 09.15), behind honorifics and
title stacks in a dozen national styles, by a nickname ("said Doña Chayo, as her customers call her"), by a
given name only ("Tomislav", "Vesna", "Mariyka"), as an unnamed witness ("one father"), as a group
("Parents", "Council officials") or as a document ("resolution No. 41/2027", "a report the Business
Improvement Group presented to the Corporation's council in October of that year"); surnames are shared
("Petrović said" for the pensioner in his own paragraph, "The councillor said" for Snežana Petrović;
"Garza said" for the agency's director, "Garza Elizondo said" for the operator's, "no relation" to him;
"Tkáčová" and her husband "Tkáč"); and pronouns follow two people ("He said ..." after a councilmember and
a vice mayor is the vice mayor). Of record ("W") sit beside everything else, often in one paragraph: votes,
counts, prices, fees, fines, fares, rules (including CONDITIONAL rules: a closure reviewed "if the roll
reaches 36 at the count on 15 June", a disconnected household paying a fixed 35%, a leak waiver "If a
customer's bill more than doubles", a card transfer free "within 60 minutes"), past figures from officials,
firms and documents, causal claims ("because diesel had risen 38% since then", "caused by a fault in a
110-kilovolt transformer, not by sabotage") and scheduled events set by those who run them; against
opinions and characterisations, forecasts ("He expects ...", "would cost 2.3 billion pesos this year"),
plans and promises ("Parents plan to hire a coach", "would ask the administrative court"), appeals ("She
asked drivers to avoid the area ..."), questions, scenes and anecdote with a person's own figures (29 in a
class in England, 300 rolls thrown away, a $235 tow, a $1,900 water bill).

And where sentences end: abbreviations and suffixes that END one before a capital ("the Friday market etc."
/ "Then the young families go,” he said."; "at 11.40 p.m." / "Eleven members ..."; "Autolinee Felsinee
S.p.A." / "It said ..."; "Brzi Kotač d.o.o." / "The firm said ..."; "until 7 p.m." / "It said the heating
season ..."; "on Primorski Blvd." / "They can fine ..."; "Koľajstav Východ a.s." / "It won the tender
..."; "according to the distribution company Elektrodrava d.d." / "Firefighters were called ..."; "Shannonside
Roofing & Cladding Ltd." / "It was the lowest ..."; "in Newcastle West, Co. Limerick." / "It charges ...";
"from 1 a.m. to 6 a.m." / "Parking officers ..."; "Basinview Towing Inc." / "The company said ..."; "as far
away as Truro, N.S." / "She said ..."; "Vice Mayor Dale Whitcombe Jr." / "He said ..."; "the consulting firm
Raftery & Lusk Inc." / "The survey compared ..."; "Transportes Regios del Norte S.A. de C.V." / "Its
director ..."; "by 7.30 p.m." / "The street will reopen ..."; "Harrowgate Outfitters Ltd." / "Its managing
director ..."; and the copyright lines at "d.o.o.", "s.r.o.", "Inc.", "S.A. de C.V." and "Ltd." before "All
rights reserved.") and abbreviations, titles, designations and dates that do NOT ("M. Thierry", "Mme
Peyrouty-Faure said", "article L. 211-1", "18h05", "14h30", "dott.ssa Federica", "avv. Gianmarco", "on.
Valerio", "ca. 6,000", "resolution No. 41/2027,", "Deputy Mayor dr. sc. Ivana", "to Sv. Frane without",
"prof. dr. sc. Neven" opening a sentence in lower case, "19.04.2027." in a byline, "dipl. ing. Zoran",
"Bulevar oslobođenja br. 62", "i.e. 183 days", "Sts. Constantine and Helena", "Assoc. Prof. Nikolay", "arch.
Milena", "from 8.30 a.m. to 6.30 p.m., under", "Ing. Martina Holubčíková, PhD., the company's", "JUDr.
Radoslav", "Mgr. Lucia", "regulation No. 14/2027,", "Kassa Doprava a.s. said", "mag. Boštjan", "dr. Irena"
opening a sentence, "Cllr Mairéad Hehir-Considine (FF),", "Fr. Pádraig", "at 7 a.m. since", "St.
Colmcille's", "Sgt. Niamh", "Co. Clare," in an address, "Jan. 9, 2027 6:41 p.m. AST" in a date line,
"Coun. Lisa", "Const. Jean-Philippe", "at 6 a.m. Sunday.", "Ph.D., a hydrologist", "most U.S. cities", "Ing.
Héctor", "Lic. Mariana", "Dip. Karla", "on Av. Constitución and lives in Col. Independencia,", "after Aug.
1", "the Hon. Walton Darrell-Tucker JP, MP, said", "Sen. Renée", "from St. George's to Somerset"); times
and numbers in several styles ("18h05", "11.40 p.m.", "17.52", "08.43", "6:41 p.m.", "1:20 a.m.", "€6.50",
"RSD 105.30", "11.73 leva", "$77.11", "8.50 pesos", "24°C"); quotes with a question before their
attribution, one sentence each ("“Who will explain to a family of four ...?” he asked.", "“Where is a
student from Visoka supposed to leave it, in the sea?” he asked.", "“Why do we pay to warm the ground under
Liman?” she asked at Friday's session.", "“Who checks the price at seven in the morning?” she asked.", "“Who
closes a tram line ...?” he asked.", "“Why was a 38-year-old transformer still carrying half of Tezno?”
asked a city councillor, ..., on Facebook.", "“Why is there still no map ...?” asked Marie-Ève Landry,
...", "“If we can find $186 million for pipes, ...?” Whitcombe asked.", "“Who rides the bus in this city,
the governor?” asked Santiago Ibarra Cantú, ...", "“Where does a taxi drop off a woman of 80 with a cane?”
she asked."); quotes running over sentences with no attribution in the later ones; standfirsts with a
semicolon, never split; and a footer, a sign-up line and e-mail addresses that hold points but are one sentence each.

The pages hold 535 sentences: 179 "B", 199 "W" and 157 ""; 252 sentences carry a speaker (124 distinct
speakers, page by page; 118 distinct labels). `STYLES` describes each page, its story, its labels and its
furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner of the pages (not copied
from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs
(a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line, caption, credit, time
stamp, related headline, page-jump line, comment and legal line is a paragraph of its own, except that a
caption and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by
line, whatever it says, never with a speaker; a caption by its content and its credit "B"; headlines and
standfirsts never split and flagged by content, a "says" carrying the source as the body first gives it
("the departmental education authority", "The Bologna Hoteliers' Association", "The Island Taxi Guild"); a
dateline belongs to its lead sentence; a person named in full as first given, without titles, degrees,
honorifics, party letters or roles ("M.", "Mme", "Me", "The mayor", "dott.ssa", "avv.", "on.", "Deputy
Mayor dr. sc.", "prof. dr. sc.", "dipl. ing.", "Mayor", "Deputy Mayor", "Assoc. Prof.", "arch.", "Ing. ...,
PhD.,", "JUDr.", "Mgr.", "mag.", "dr.", "Cllr ... (FF)", "Local TD", "Fr.", "Sgt.", "Coun.", "Const.", ",
Ph.D.,", "Water Services Director", "Councilmember", "Vice Mayor", "Ing.", "Lic.", "Dip.", "the Hon. ... JP,
MP", "Sen."), a suffix that is part of the name kept ("Dale Whitcombe Jr."), a pronoun, a surname or a
first surname resolving to that name ("Velikova said" -> "Yordanka Stoyanova Velikova", "Kanchev said" ->
"Nikolay Dimitrov Kanchev", "Ibarra said" -> "Santiago Ibarra Cantú", "Whitcombe asked" -> "Dale Whitcombe
Jr."); a quote over several sentences carrying its speaker and cue in each; "according to X" giving X as
written ("figures the authority published in February", "resolution No. 41/2027", "the price list published
on its website", "its budget report", "the municipality's website", "a 2026 survey by the consulting firm
Raftery & Lusk Inc.", "the state police"), a descriptor before a proper name dropped ("The primary teachers'
union Syndicat des Écoles Rurales (SER)" -> "Syndicat des Écoles Rurales", "the distribution company
Elektrodrava d.d." -> "Elektrodrava d.d.", "the city-owned transport company Kassa Doprava a.s." -> "Kassa
Doprava a.s.", "The consumers' association Potrošač Plus" -> "Potrošač Plus", "the Zagreb-based Klizaljka
d.o.o." -> "Klizaljka d.o.o."); an acronym, a short form or "It" resolving to the name as first given ("The
SER said" -> "Syndicat des Écoles Rurales", "It said" -> "Autolinee Felsinee S.p.A.", "Elektrodrava said"
-> "Elektrodrava d.d.", "Kassa Doprava plans" -> "Kassa Doprava a.s.", "Koľajstav Východ said" ->
"Koľajstav Východ a.s.", "it said" -> "the Split-Dalmatia police administration"), while a single generic
noun is kept as written ("the council", "The council", "The firm", "The company", "the company", "the
municipality", "The municipality", "the agency", "The agency", "The district office", "the observatory",
"the decision"); a channel phrase after the verb is part of the cue ("said in a letter to the mayor dated 28
March", "told VOLTA", "told Radio Drava", "asked at Friday's session", "told Monday's meeting") and a fronted
one is not ("In a statement read to reporters at City Hall by his chief of staff, Mayor Aleksandar
Grbić-Vasiljev said"); verbs of intention and expectation carry their subject with the verb as cue
("expects", "plans", "plan"); refusals and silences are labelled like "declined to comment" ("declined to
comment", "did not respond to a request for comment", ""); and a body acting with no verb of saying carries
no speaker (the council's votes, the city's order, the police closing a road, the Corporation's earlier
trial, the municipality declaring a snow event).

Conventions this set had to settle, in the same spirit:

* FURNITURE WRITTEN IN PROSE is "B" sentence by sentence, whatever it states, exactly like a menu line: an
  update note, a correction note (both of its sentences, although the second states the vote), a series
  note, a print-subscription or membership price, an independence statement, a sponsor line, a reporting-fund
  note, a language note, a comments-off note, a webmail images notice and a paywall counter. A newsletter's
  own voice is "" as in the recent sets ("Good morning, and welcome to Wednesday's Briefing.", "That's all
  from us this morning."), while its weather line is "B" like a weather strip.
* E-PAPER JUMPS: "Continued on Page 6", the next page's running head and the jump line "FARE / From Page 3"
  are "B", and an advertiser's line between them too; the story reads on as one, so "Garza said" on page 6
  resolves to the director named on page 3.
* A SPEAKER NAMED ONLY IN THE NEXT SENTENCE is the one a reviewer would name: "Ennis Marlins Swimming Club
  has 310 members, 240 of them under 16, its secretary said." carries "Róisín Talty-Meaney", whom the next
  sentence names as the secretary. An unnamed witness is labelled as written without the clause that
  explains the anonymity ("said one father, who asked not to be named ..." -> "one father").
* A LABEL THAT IS ITSELF A DESCRIPTION is kept as written when nothing better is given: "a spokeswoman for
  the authority", "The city's water company", "The Maribor professional fire brigade", "Council officials",
  "The governor's office", "The mayor's office".
* A QUOTE'S LATER SENTENCES keep the quote's cue even when that cue is "asked" ("“Where does a taxi drop off
  a woman of 80 with a cane?” she asked." / "“I am asking for my mother.”"), and an APPEAL with "asked"
  ("She asked drivers to avoid the area ...", "She asked anyone who saw a white van ...") carries the
  speaker and "asked", "".
* A STATEMENT that "called" something resolves to its author as the page gave him ("The statement called
  the increase “painful but unavoidable”." -> "Aleksandar Grbić-Vasiljev", cue "called").
* MONEY OF THE PAST AGAINST MONEY TO COME: "the state had paid concessionaires 1.9 billion pesos in
  subsidies last year" is of record ("W"); "the state's subsidy would cost 2.3 billion pesos this year" is a
  forecast (""); "the rise would bring in about €9 million more in 2027" is a forecast ("").
* A CONVERSION stated as a fact ("At the fixed conversion rate, €6 is 11.73 leva, ...") is of record ("W"),
  like any other figure.

Written from scratch for issue 13 in round sixty-four as a HELD-OUT set, never tuned on: no rule was tuned
on these pages and nobody looked at the engine's code or output while writing them. Nothing under
`claimreview/`, `docs/` or `tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or
`test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test was run (only the brief's
structural check and ruff). What was read: the brief; the module docstrings and first articles of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables
of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new183.py`
and `labelled_new184.py`. Coined names were checked for freshness against the capitalised words of those
two files: six name parts ("Harriet", "Peter", "Alexis", "Anna", "Halász", "Ruiz") and four outlet and
firm words ("Sentinel", "Media", "Média", "Sierra") that hit were replaced before the file was written; only
common words, titles, months, weekdays and real places, bodies, apps and services still hit.

Every person, outlet, newsletter, publisher, firm, club, union, association, guild, group, sponsor,
advertiser, statement, quote, comment and figure is invented, and so are the small institutions (Dordogne
Dispatch, Syndicat des Écoles Rurales, Le Moulin Bleu, VOLTA, Autolinee Felsinee S.p.A., the Bologna
Hoteliers' Association, Dalmatian Compass, Kompas Izdavaštvo d.o.o., Brzi Kotač d.o.o., Klizaljka d.o.o.,
Vjetrić Mobilnost d.o.o., Panonika, JKP Toplana Dunav, Potrošač Plus, Euxine Weekly, the Varna Beach
Concessionaires' Association, Mistral Plazh EOOD, Tatra Ledger, Ledger Vydavateľstvo s.r.o., Kassa Doprava
a.s., Koľajstav Východ a.s., Radio Drava 94.1, Radio Drava d.o.o., Elektrodrava d.d., The Ennis Tribune,
Shannonside Roofing & Cladding Ltd., Ennis Marlins Swimming Club, Cusack-Lyle Motors, CKHB Atlantic,
Harbourlight Broadcasting Inc., Basinview Towing Inc., the Coconino Current, Raftery & Lusk Inc., The
Monterrey Morning Star, Transportes Regios del Norte S.A. de C.V., Farmacias del Valle, the Reporting Fund
of the Northern Mexico Press Association, Editora Cerro de la Silla S.A. de C.V., the Tarjeta Regia card,
The Hamilton Lookout, Lookout Publishing Ltd., the Island Taxi Guild, the Hamilton Business Improvement
Group, Harrowgate Outfitters Ltd. and the like). Real countries, regions, cities, towns, districts, streets,
squares, rivers, bridges, stations, hospitals, universities, courts, councils, ministries, agencies, police
forces, transit systems, laws and codes appear only as settings, with invented statements and figures:
Villefranche-du-Périgord, Sarlat, Besse, Périgueux, Bordeaux, Bristol, the Lémance valley, the Education
Code; Bologna, Piazza Maggiore, via del Pratello, San Luca, Emilia-Romagna and its regional administrative
court, Venice, Rimini, Lyon, Rome; Split, the Riva, Marmontova, Diocletian's Palace, Sv. Frane, Visoka,
Ruđera Boškovića, KBC Split, the University of Split, the High Administrative Court, Zagreb, Kaštela,
Trogir, Ljubljana, the Split-Dalmatia police administration and the city's Official Gazette; Novi Sad,
Liman, Detelinara, Bulevar oslobođenja, Petrovaradin Fortress, the Exit festival, the University of Novi
Sad, Belgrade, Vienna; Varna, the Central Beach, the Officers' Beach, Trakata, Galata, Sts. Constantine and
Helena, Primorski Blvd., Sofia, the Ministry of Tourism and the Black Sea Coast Spatial Development Act;
Košice, Ťahanovce, Hlavná, Rastislavova Street, Námestie osloboditeľov, Americká trieda, Bergamo, EU
cohesion funds; Maribor, Tezno, Pobrežje, Radvanje, Ptujska cesta, Partizanska cesta, the Drava, Štajerska
and UKC Maribor; Ennis, the Gort Road, Parnell Street, Kilrush, Limerick, Newcastle West, Barefield,
Fountain Cross, Ballymaley, the N85, Clare County Council, the Ennis Municipal District, Transport
Infrastructure Ireland and the Gardaí; Halifax, Dartmouth, Burnside, Truro, Windmill Road, the Macdonald
Bridge, the Dartmouth General, the Alderney ferry, Halifax Transit, Halifax Regional Police and Environment
and Climate Change Canada; Flagstaff, East Route 66, North Fort Valley Road, the Wildcat Hill plant and
Northern Arizona University; Monterrey, Nuevo León, the Macroplaza, the Government Palace, Av.
Constitución, Col. Independencia, San Pedro Garza García, the Metrorrey and its Cuauhtémoc station; and
Hamilton, Front Street, Queen Street, Parliament Street, Church Street, Victoria Street, the Birdcage,
Dockyard, St. George's, Somerset, the Corporation of Hamilton, the Department of Public Transportation and
the Bermuda Police Service.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'French ENGLISH-LANGUAGE EXPAT MAGAZINE\'S WEBSITE (Dordogne), read in a FEED READER, a RURAL SCHOOL CLASS CLOSURE: Villefranche-du-Périgord\'s primary school loses one of its two classes in September as the roll falls to 31. Head: the reader\'s feed title and toolbar (both "B"); headline of record "W"; a standfirst with a semicolon, never split, its "says" carrying "the departmental education authority" as the body first gives it ("W"); a byline/site/date/read-time line, an UPDATE NOTE IN PROSE with "18h05" and an "Open in browser" line (all "B"); a caption "" and its credit with an initial ("B"). Body: the closure and the roll (no speaker, "W" twice); the threshold "said in a letter to the mayor dated 28 March" (channel in the cue, "W") and "It said" the county count ("W"); the mayor ("The mayor, M." dropped) with a characterisation ("", cue "called"), "M. Lacombe-Vidalou said" a council vote (the honorific return, "W") and his expectation ("", "expects"); his quote ending "the Friday market etc." before "Then the young families go,” he said." (two sentences, ""); a SERIES NOTE IN PROSE with an e-mail address ("B" twice); the parents\' chair with the occupation ("W"), a promise ("") and a petition count "Mme Peyrouty-Faure said" ("W"); a British mother\'s reasons and her class sizes (anecdote, "" three times); "Advertisement" and an advertiser\'s line ("B"); the authority\'s CONDITIONAL RULE "a spokeswoman for the authority said" (kept as written, "W"), her sympathy ("") and earlier closures "according to figures the authority published in February" ("W"); the parents\' lawyer ("Me" dropped) with a plan ("") and the count date ("W"); a rule "Under article L. 211-1 of the Education Code" (no split at "L.", "W"); "said one father, who asked not to be named ..." (speaker "one father", ""); the teachers\' union (descriptor and acronym dropped, "W") and "The SER said" (the acronym resolving, ""); a committee meeting "at 14h30" ("W") and "Parents plan ..." ("", "plan"). Tail: tags, a two-sentence PRINT-SUBSCRIPTION NOTE IN PROSE, previous and next links and the reader\'s toolbar (all "B").',
    'Italian NEWS AGENCY\'S ENGLISH SERVICE (Rome desk, Bologna story), WIRE COPY pasted from the agency\'s website, a TOURIST-TAX RISE: Bologna\'s council votes 24-11 to raise the tourist tax to €6.50 a night at four-star hotels from April 1. Head: the service\'s masthead, a menu with a language switch and a place/date line (all "B"); headline of record "W"; a standfirst with a semicolon carrying the hoteliers\' association as the body names it ("W", cue "say"); a caption "" and an agency credit ("B"). Body: the "(VOLTA) - BOLOGNA, MARCH 11 -" lead (a vote, no speaker, "W"); "The vote was taken at 11.40 p.m." ENDING a sentence before "Eleven members ..." (both "W"); the rates "according to resolution No. 41/2027, published on ..." (the document as written, "W") and the exemptions ("W"); the councillor NAMED AFTER the claim with "dott.ssa" ("told VOLTA", "W"), her forecast of the extra revenue ("") and her quote (""); the night-bus operator ENDING "Autolinee Felsinee S.p.A." before "It said ..." ("W" both, "It" resolving to the firm); two "READ ALSO" lines ("B"); the hoteliers\' association with its bookings ("W"), its planned appeal ("", "It said") and its president ("avv." dropped) with a characterisation (""), a quote over two sentences ("" twice), a QUESTION with a figure as rhetoric before "he asked." ("") and two meetings ("W"); overnight stays and beds "according to" the regional observatory and "the observatory" (a generic noun kept, "W", "ca. 6,000" mid-sentence); the last rise and the collection rule ("W"); an opposition MP ("on." dropped) with a forecast and a plan (""); a B&B owner with a double surname, her quote and her own bookings (anecdote, "" three times); "The mayor\'s office expects ..." ("", "expects"); a fine as a rule and the start date ("W"). Tail: a LANGUAGE NOTE IN PROSE, a Telegram line, the agency\'s rights line, tags and a two-sentence SERVICE NOTE IN PROSE (all "B").',
    'Croatian ENGLISH-LANGUAGE CITY PORTAL (Split), AMP paste, an E-SCOOTER CRACKDOWN: Split orders three operators to take 1,200 of their 1,950 scooters off the streets by 1 June and issues no new licences. Head: AMP address, masthead, crumb (all "B"); headline and a standfirst with a semicolon, both of record ("W"); a byline with a Croatian dotted date "19.04.2027." and a share line ("B"); a caption "" and its credit ("B"). Body: the order and the vote (the city acting, no speaker, "W" twice); the largest fleet ENDING "Brzi Kotač d.o.o." before "The firm said ..." (both "W", generic noun kept); the deputy mayor ("Deputy Mayor dr. sc." dropped) with injuries ("W") and a quote over two sentences with "Sv. Frane" mid-sentence (""); the parking rule and the impound charge and the riding ban "according to the decision" ("W"); "ADVERTISEMENT" and a two-sentence INDEPENDENCE STATEMENT IN PROSE ("B"); the operator\'s manager with a characterisation ("", "called"), a plan ("") and his trips ("W"), and his QUESTION before "he asked." (""); "declined to comment" (descriptor dropped, ""), the third operator\'s plan ("") and licence fees "according to the city budget" ("W"); "According to the Split-Dalmatia police administration" fines ("W") and "it said" the fine (resolving to it, "W"); a professor opening a sentence in lower case "prof. dr. sc." (title dropped, an opinion ""), another city\'s record ("W") and his forecast ("", "expects"); a student who gives only his first name with his own travel times ("" three times); a CONDITIONAL PLAN to appeal and a review promise ("" both), overnight guests "the city\'s tourist board said" ("W") and a presentation "at 18.00" ("W"). Tail: tags, a comments link and a copyright line split at "d.o.o." before "All rights reserved." (all "B").',
    'Serbian ONLINE NEWS PORTAL\'S ENGLISH PAGE (Novi Sad), PHONE BROWSER paste, a HEATING PRICE RISE: district heating bills in Novi Sad rise 9.4% from 1 October, the first increase since 2023. Head: a menu/masthead/search line, an open-in-app line, a section label (all "B"); headline and standfirst of record ("W"); a byline/dotted-date line and a listen line ("B"). Body: the rise and the council vote ("W", no speaker); the tariff "according to the price list published on its website" (as written, "W") and the households on the network ("W"); the director ("dipl. ing." dropped) with the gas price ("W"), a quote over two sentences (""), the loss ("W") and his expectation ("", "expects"); "AD", "MOST READ" and two numbered headlines (all "B"); the opposition councillor Snežana Petrović with an opinion (""), a figure "citing" a report ("W") and her QUESTION "she asked at Friday\'s session" (channel in the cue, ""); the pensioner Milorad Petrović, "no relation", with his own pension and money (anecdote, "") and "Petrović said" (the pensioner in his own paragraph, ""); a mayor\'s STATEMENT READ by his chief of staff (a fronted channel, cue "said", "W") and "The statement called ..." (resolving to the mayor, cue "called", ""); the billing rule, a CONDITIONAL RULE for disconnected radiators, the discounts and "Bulevar oslobođenja br. 62" (no split at "br.", "W"); "The company said its office would stay open on weekdays until 7 p.m." ENDING before "It said the heating season ..., i.e. 183 days, ..." (both "W", the generic noun kept); "The councillor said" (resolving to Snežana Petrović, ""); an economist\'s forecast and advice ("") and another city\'s rise ("W"); a consumers\' association\'s complaints (descriptor dropped, "W") and the company\'s plan ("", "plans"). Tail: tags, a share line, a COMMENTS-OFF NOTE IN PROSE, back-to-top and a footer (all "B").',
    'Bulgarian ENGLISH-LANGUAGE WEEKLY\'S WEBSITE (Varna), READER-MODE paste, a BEACH PRICE CAP: Varna caps a sunbed and an umbrella at €6 a day each on its 14 municipal beach sectors from 1 June. Head as reader mode leaves it: domain, then headline of record ("W"), byline, date and reading-time lines ("B"). Body: the cap, the half-beach rule and the vote ("W", no speaker); the sectors "to the resort of Sts. Constantine and Helena" (no split at "Sts.", "W"), the previous cap and a conversion to leva ("W"); the deputy mayor named with her patronymic ("Yordanka Stoyanova Velikova", "W"), "Velikova said" (the surname resolving, "") and complaints ("W"); a mid-story caption "" and credit "B"; the concessionaires\' association\'s forecast ("") and its members ("it said", "W"); its chairman ("Assoc. Prof." dropped, "Nikolay Dimitrov Kanchev") with fees ("W") and "Kanchev said" over two sentences (""); his company "Mistral Plazh EOOD" "according to the municipality\'s register of concessions" ("W"); the inspectors\' office "on Primorski Blvd." ENDING a sentence before "They can fine ..." (both "W", the second "according to the decision"); a councillor\'s forecast (""); the lifeguard rule ("W"); a "Read more" line ("B"); the chief architect ("arch." dropped) with a rule ("W") and a plan (""); a Sofia father\'s own price and plans (anecdote, "" three times); a woman who gives only her first name, "Mariyka", named AFTER her quote ("" plan), her own price last summer ("W") and her QUESTION ("", "she asked"); the municipality\'s expectation ("", "expects") against "It collected €2.4 million in 2026, according to its budget report." ("W", the pronoun kept in the label); the ministry\'s checks ("W") and its plan (""); bids opened "at 10 a.m." and last year\'s ("W"). Tail: a two-sentence SUBSCRIPTION NOTE IN PROSE, tags and a follow line (all "B").',
    'Slovak ENGLISH-LANGUAGE NEWS SITE (Bratislava desk, Košice story), PRINT VIEW paste, TRAM TRACK WORKS: Košice closes the tram line to Ťahanovce from 3 July to 31 December. Head: the print URL, masthead, a print/close line (all "B"); headline of record "W"; a byline/date line and an [Image: ...] line with the credit inside ("B"). Body: the closure "the city-owned transport company Kassa Doprava a.s. said" (descriptor dropped, no split at "a.s. said", "W") and "It said" passengers ("W"); the contractor ENDING "Koľajstav Východ a.s." before "It won the tender ..., according to the public procurement office\'s register." (both "W") and "Koľajstav Východ said" a plan (the short form resolving, ""); the infrastructure director "Ing. Martina Holubčíková, PhD.," (no split, titles dropped, "W"), her characterisation and a quote ("" twice) and her track record ("W"); replacement buses "the company said" (generic kept, "W"), passes and diverted lines ("W") and "The company expects ..." ("", "expects"); a "READ ALSO" line ("B"); an opposition councillor ("JUDr." dropped) with a characterisation ("", "called"), a 2019 study ("W") and his QUESTION (""); EU funds "the city\'s spokeswoman, Mgr. Lucia Repková-Szabó, said" (named after the claim, "W"), the application ("W") and her confidence (""); a noise rule "Under the city\'s generally binding regulation No. 14/2027," ("W" twice); "Page 1 of 2" and a two-sentence MEMBERS\' APPEAL IN PROSE (all "B"); a pensioner "Margita Tkáčová" and her husband "Jozef Tkáč" (own journeys and plans, ""), then "“He says that now,” she said." and its second sentence (the WIFE, ""); "Kassa Doprava plans ..." ("", "plans") and the last closure "according to the company\'s annual report" ("W"); the residents\' chairman with a characterisation ("") and a letter with 2,300 signatures ("W"); a public meeting "The district office said" ("W", generic kept). Tail: "Page 2 of 2", a printed-from line and a copyright line split at "s.r.o." before "All rights reserved." (all "B").',
    'Slovenian RADIO STATION\'S ENGLISH LIVE-UPDATES PAGE (Maribor), desktop paste, NEWEST ENTRY FIRST, a POWER CUT: a fire at the Tezno substation cuts power to 41,300 customers; by evening 3,900 are still without. Head: masthead, menu, "● LIVE" (all "B"); headline of record "W"; a last-updated line and a two-sentence LIVE-PAGE NOTE IN PROSE with an e-mail address and a phone number ("B"). Entries under "B" time stamps ("17.45" to "09.15"), with "Posted by", "Key event", "Advertisement" and "Share this post" lines ("B"): 17.45 "Elektrodrava said" (the short form resolving to "Elektrodrava d.d.", named only in the 09.15 entry, "W") and "Koren said" (the SURNAME resolving to "mag. Boštjan Koren", named only at 10.40, a plan "") and "he said" (""); 16.30 schools "the municipality said" ("W"), the water company as written ("W") and a temperature forecast ("", no speaker); 15.10 a road closed because the lights are out (the police acting, "W"), a police spokeswoman with junctions and collisions ("W") and her APPEAL ("", cue "asked"); 13.55 the cause "Koren told Radio Drava" (a causal claim, channel in the cue, "W"), the transformer\'s age ("W") and a councillor\'s QUESTION "asked ..., on Facebook" (""); 12.20 the hospital\'s generators ("W"), its head of technical services opening a sentence in lower case "dr." (title dropped, "W") and her quote (""); 11.30 a baker who gives only her first name, "Vesna" (anecdote, "" three times); 10.40 the director ("mag." dropped) with the fire out by "09.30" ("W"), his forecast ("") and a hotline "The company said" ("W", generic kept); 09.15 the customers "according to the distribution company Elektrodrava d.d." ENDING before "Firefighters were called ..." ("W" both), the fire brigade ("W") and smoke (a scene, ""). Tail: a load-older line and a footer with "94.1" and "d.o.o." (both "B").',
    'Irish COUNTY WEEKLY\'S EMAIL NEWSLETTER (Ennis, Co. Clare), read in WEBMAIL, a LEISURE-CENTRE POOL CLOSURE with IN-BRIEF items: the Ennis pool closes for seven months from 1 September for roof repairs. Head: the webmail\'s folder, sender, recipient and date lines, a two-sentence IMAGES NOTICE IN PROSE and the newsletter\'s masthead (all "B"); a greeting and a teaser in the newsletter\'s own voice ("" twice). The item: headline of record "W"; "Clare County Council has confirmed" ("W", cue "has confirmed") and "The council said" corroded trusses ("W", generic kept); the contractor ENDING "Shannonside Roofing & Cladding Ltd." before "It was the lowest of four bidders, ..., the council said." (both "W") and "Clare County Council expects ..." ("", "expects"); a councillor ("Cllr" and "(FF)" dropped) with a characterisation, a promise and a quote ("" three times); a two-sentence SPONSOR LINE IN PROSE ("B"); the TD ("Local TD" dropped) with a parliamentary question ("W") and a characterisation ("", "called"); the swimming club\'s members "its secretary said" (the secretary NAMED IN THE NEXT SENTENCE, "Róisín Talty-Meaney", "W") and her plan (""); the nearest pool "in Newcastle West, Co. Limerick." ENDING a sentence before "It charges €6.50 ..." (both "W"); a priest ("Fr." dropped, "at 7 a.m. since" mid-sentence) with a joke and his own mornings (anecdote, ""); a question subhead "", refunds "council officials told Monday\'s meeting" (a group, channel in the cue, "W") and the gym ("W"). "IN BRIEF" ("B"): roadworks "Transport Infrastructure Ireland said" ("W"), a theft "Sgt. Niamh Kenneally-Barry said" ("Sgt." dropped, "W") and her APPEAL ("", "asked"), a school quiz with "St. Colmcille\'s" ("W") and planning permission ("W"); a sign-off in the newsletter\'s voice (""). Tail: a weather line, a forwarded-email line, a subscription note, an unsubscribe line and an address with "Co. Clare," (all "B").',
    'Canadian LOCAL TV STATION\'S NEWS WEBSITE (Halifax), its story SHARED FROM ITS APP, a WINTER PARKING BAN: Halifax issues 312 tickets and tows 41 vehicles on the first night its overnight ban is enforced. Head: a shared-from line, the station\'s section line (both "B"); headline of record "W"; a byline, a published/updated line with "Jan. 9, 2027 6:41 p.m. AST" and an UPDATE NOTE IN PROSE (all "B"). Body: the tickets and tows "the municipality said Saturday" ("W", generic kept); "The ban was enforced from 1 a.m. to 6 a.m." ENDING before "Parking officers started ..." (both "W"); the bylaw\'s CONDITIONAL RULE and fine "according to the municipality\'s website" ("W") and the towing charges ("W"); last winter\'s tickets "according to figures released to CKHB under freedom-of-information law" ("W"); the contractor ENDING "Basinview Towing Inc." before "The company said ..." (both "W"); "ADVERTISEMENT" ("B"); a councillor ("Coun." dropped) with an opinion, a quote and a plan ("" three times); a constable ("Const." dropped) with calls and charges ("W" twice) and a quote (""); a video line and a related headline ("B"); a spokesperson named in apposition with extra operators "as far away as Truro, N.S." ENDING a sentence before "She said the municipality now had 212 plows ..." (both "W") and "The municipality plans ..." ("", "plans"); a scene (""), a resident towed at "1:20 a.m." with a quote and his own cost (anecdote, "" three times); the weather agency\'s forecast ("", "expects"), a snow event declared "at 6 a.m. Sunday." and the next enforcement ("W"), transit and ferry service ("W"); a residents\' group leader named AFTER her QUESTION ("", "asked"), a quote ("") and her group\'s requests ("W"); the tow yard\'s hours "the municipality said" ("W"). Tail: a two-sentence TIPS LINE IN PROSE, a report-an-error line, an app line, a store line and a copyright line split at "Inc." before "All rights reserved." (all "B").',
    'US NONPROFIT LOCAL NEWSROOM (Flagstaff, Arizona), TEXT-ONLY (LITE) VERSION pasted from the desktop, a WATER-RATE RISE: Flagstaff\'s city council votes 5-2 for an 8% water and sewer rise in July, the first of three. Head: a text-only/full-site line, masthead, tagline, menu (all "B"); headline of record "W"; a byline and a date line "Feb. 17, 2027" ("B"). Body: the vote and the plan\'s cost ("W"); a typical bill "according to a staff report presented at the meeting" ("W") and "The council\'s resolution, No. 2027-14, ..." (no split at "No.", "W"); the votes against ENDING "Vice Mayor Dale Whitcombe Jr." before "He said the city should have spread ..." (the first "W" with no speaker, the second "" with the VICE MAYOR, not the councilmember, and the suffix kept); "Begay-Harkness said" an unanswered request ("W", resolving to the councilmember named in the sentence before); a hydrologist "Lena Oyelowo-Barraza, Ph.D., a hydrologist ..." (no split, degree dropped) with an audit\'s losses ("W"), a quote with a figure as rhetoric ("") and a characterisation (""); a three-sentence MEMBERSHIP PITCH IN PROSE ("B"); the water services director (title dropped) with mains replaced and breaks ("W" twice), what the rates would allow ("") and his expectation ("", "expects"); the wastewater plant ("W"); a two-sentence RELATED LINE ("B"); customers on the system and public comment ("W"); a laundromat owner with her own bill, a quote and her machines (anecdote, "" three times); rates against "most U.S. cities" "according to a 2026 survey by the consulting firm Raftery & Lusk Inc." ENDING before "The survey compared 48 cities ..." (both "W", the second with no speaker); a discount and a CONDITIONAL leak rule ("W"); a question subhead "", the billing date ("W"), "Begay-Harkness said she would bring a proposal ..." (a plan, "") and "“If we can find $186 million for pipes, ...?” Whitcombe asked." (resolving to "Dale Whitcombe Jr.", ""); the last increase ("W"). Tail: a two-sentence CORRECTION IN PROSE (both "B", the second although it states the vote), a republish line, a donate line and a copyright line (all "B").',
    'Mexican ENGLISH-LANGUAGE DAILY\'S E-PAPER REPLICA (Monterrey), pasted from the e-edition viewer across a PAGE JUMP, a BUS FARE RISE: the metropolitan bus fare rises from 15 to 17 pesos on June 1, with a new card. Head: the page\'s running head with "3", a section label (both "B"); headline and deck of record ("W", the deck with a semicolon); a byline ("B"); a caption with "Av. Constitución" "" and its credit "B". Body: the "MONTERREY —" lead "the Nuevo León state mobility agency said Tuesday" ("W"); its director ("Ing." dropped) with a causal claim ("W"); "Garza said" the subsidy rule ("W", the FIRST SURNAME resolving to "Héctor Garza Treviño"); card fares and a free transfer "the agency said" ("W", generic kept), the last rise ("W") and "The agency expects ..." ("", "expects"); the largest operator ENDING "Transportes Regios del Norte S.A. de C.V." before "Its director, Lic. Mariana Garza Elizondo, who is not related to the agency head, said ..." (both "W", "Lic." dropped), "Garza Elizondo said" drivers\' pay ("W") and a quote over two sentences ("" twice); "Continued on Page 6", an advertiser\'s line, the next page\'s running head and "FARE / From Page 3" (all "B"); a march "according to the state police" ("W"); a student named AFTER his QUESTION ("", "asked"), a petition count ("W") and "Ibarra said" a conditional plan (the FIRST surname resolving, ""); a deputy ("Dip." dropped) with a plan ("") and subsidies paid last year "citing the state\'s public accounts" ("W"); a tamale seller "on Av. Constitución and lives in Col. Independencia," (no split) with her own buses (""), then "said Doña Chayo, as her customers call her" (the NICKNAME resolving to "Rosario Leal Cantú") and the quote\'s second sentence (""); "Asked about the protest, Garza said" the subsidy WOULD cost 2.3 billion pesos this year (a forecast, "", the agency head, not Garza Elizondo) and his quote (""); an economist\'s forecast ("") and "The governor\'s office did not respond to a request for comment." (""); the card\'s sale, cash fares and a fine "after Aug. 1" ("W"); a scene (""). Tail: a two-sentence REPORTING-FUND NOTE IN PROSE, a read-more line and a printer\'s line split at "S.A. de C.V." before "All rights reserved." (all "B").',
    'Bermudian DAILY NEWSPAPER\'S WEBSITE (Hamilton), DESKTOP paste with a METERED PAYWALL IN MID-STORY and READERS\' COMMENTS, a STREET CLOSURE TRIAL: Front Street closes to cars on Sunday afternoons for 12 weeks from June 6. Head: a date/weather/sunset strip, masthead, menu, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, its "says" carrying "The Island Taxi Guild" (a forecast, ""); a byline and a published line ("B"). Body: the closure "the Corporation of Hamilton said yesterday" ("W"); its extent, and "Vendors\' stalls must be packed away by 7.30 p.m." ENDING before "The street will reopen to traffic at 8 p.m." ("W" three times); the minister "the Hon. Walton Darrell-Tucker JP, MP, said" (titles and letters dropped, no split, a stance "") and "He said" cruise calls ("W"); the taxi guild\'s causal forecast ("") and its president with members and permits ("W") and an anecdote (""); a two-sentence PAYWALL COUNTER IN PROSE and a log-in line ("B"); the trial\'s proposer ENDING "Harrowgate Outfitters Ltd." before "Its managing director, Sharlene Pearman-Cann, said weekday footfall ... had fallen 9% since 2024." (both "W"), her quote and her plan ("" twice); a senator ("Sen." dropped) with a characterisation naming "St. George\'s" mid-sentence ("") and a plan (""); bus routes "the Department of Public Transportation said" ("W") and the police\'s plan (""); a fishcake seller\'s hope (""), her QUESTION ("", "asked") and its second sentence ("", the quote\'s cue "asked"); the 2025 trial (the Corporation acting, "W") and footfall "according to a report the Business Improvement Group presented to ..." (as written, "W"). Tail: a related label and two headlines, a comment count, a commenter line, a two-sentence comment and a reply line, a two-sentence cookie notice and a copyright line split at "Ltd." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("Dordogne Dispatch — All articles", "", "", "B"),
        ],
        [
            ("Unread (14)  ·  Starred  ·  Mark all as read  ·  Refresh", "", "", "B"),
        ],
        [
            (
                "Villefranche-du-Périgord to lose one of its two school classes in September as roll falls to 31",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Education authority says the roll is below its threshold of 36 pupils; parents have occupied the school hall every evening since Monday",
                "the departmental education authority",
                "says",
                "W",
            ),
        ],
        [
            (
                "Philippa Quenneville-Ashdown  ·  dordognedispatch.fr  ·  10 April 2027  ·  5 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article was updated on 10 April at 18h05 to add the education authority's response.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Open in browser ↗", "", "", "B"),
        ],
        [
            (
                "Parents and children at the school gate on Rue des Écoles on Tuesday evening.",
                "",
                "",
                "",
            ),
            ("Photo: P. Quenneville-Ashdown", "", "", "B"),
        ],
        [
            (
                "Parents in Villefranche-du-Périgord have been told that one of the two classes at the village's primary school will close at the start of the school year on 1 September, leaving one teacher for 31 children aged six to 11.",
                "",
                "",
                "W",
            ),
            ("The school had 44 pupils in 2019 and 38 last year.", "", "", "W"),
        ],
        [
            (
                "The roll has fallen below the threshold of 36 pupils that applies to two-class rural schools, the departmental education authority said in a letter to the mayor dated 28 March.",
                "the departmental education authority",
                "said in a letter to the mayor dated 28 March",
                "W",
            ),
            (
                "It said 23 classes would close and nine would open across the Dordogne in September.",
                "the departmental education authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The mayor, M. Thierry Lacombe-Vidalou, called the letter “a death certificate for a village that is doing everything it can to stay alive”.",
                "Thierry Lacombe-Vidalou",
                "called",
                "",
            ),
            (
                "M. Lacombe-Vidalou said the council had voted unanimously on 2 April to pay €18,000 a year for a minibus to bring children in from the outlying hamlets.",
                "Thierry Lacombe-Vidalou",
                "said",
                "W",
            ),
            (
                "He expects at least five new pupils by the autumn, among them the children of two families who have bought houses in the village since January.",
                "Thierry Lacombe-Vidalou",
                "expects",
                "",
            ),
        ],
        [
            (
                "“When a class goes, everything goes with it: the canteen, the after-school club, the library bus, the Friday market etc.",
                "Thierry Lacombe-Vidalou",
                "said",
                "",
            ),
            ("Then the young families go,” he said.", "Thierry Lacombe-Vidalou", "said", ""),
        ],
        [
            (
                "This article is part of our series Village Life, on the shops and services rural Dordogne is losing.",
                "",
                "",
                "B",
            ),
            ("Tell us about yours at villages@dordognedispatch.fr.", "", "", "B"),
        ],
        [
            (
                "Sandrine Peyrouty-Faure, who chairs the school's parents' association, said about 40 parents had taken turns to occupy the school hall every evening since Monday, 7 April.",
                "Sandrine Peyrouty-Faure",
                "said",
                "W",
            ),
            (
                "She said the occupation would go on “as long as it takes, and then a little longer”.",
                "Sandrine Peyrouty-Faure",
                "said",
                "",
            ),
            (
                "A petition against the closure had 1,184 signatures by Wednesday afternoon, Mme Peyrouty-Faure said.",
                "Sandrine Peyrouty-Faure",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gwen Tallowmere, who moved to the village from Bristol with her husband and three children in 2024, said the school was the reason they had chosen Villefranche over Sarlat.",
                "Gwen Tallowmere",
                "said",
                "",
            ),
            (
                "“Our eldest had 29 in her class in England,” she said.",
                "Gwen Tallowmere",
                "said",
                "",
            ),
            (
                "“Here she has 14, and a teacher who knows the dog's name.”",
                "Gwen Tallowmere",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Le Moulin Bleu, Besse — Sunday lunch, three courses €24 — booking on 05 53 29 41 07",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Under the authority's rules, if the roll reaches 36 at the count on 15 June, the closure is reviewed before the summer holidays, a spokeswoman for the authority said.",
                "a spokeswoman for the authority",
                "said",
                "W",
            ),
            (
                "She said the authority “fully understands the emotion” in the village.",
                "a spokeswoman for the authority",
                "said",
                "",
            ),
            (
                "Three other schools in the canton lost a class under the same rule in 2025, according to figures the authority published in February.",
                "figures the authority published in February",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The parents' lawyer, Me Aurélien Castagnède, said he would ask the administrative court in Bordeaux this month to suspend the decision.",
                "Aurélien Castagnède",
                "said",
                "",
            ),
            (
                "He said the authority had counted pupils on 3 February, two days before two new families enrolled four children between them.",
                "Aurélien Castagnède",
                "said",
                "W",
            ),
            (
                "Under article L. 211-1 of the Education Code, the State decides where classes open and close, and a mayor has no power to block its decision.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Nobody in Bordeaux has ever driven the road up from the Lémance valley in January,” said one father, who asked not to be named because he works for the education ministry.",
                "one father",
                "said",
                "",
            ),
        ],
        [
            (
                "The primary teachers' union Syndicat des Écoles Rurales (SER) said 61 rural classes had closed in the Dordogne since 2017.",
                "Syndicat des Écoles Rurales",
                "said",
                "W",
            ),
            (
                "The SER said the threshold was “a rule written by accountants, not by teachers”.",
                "Syndicat des Écoles Rurales",
                "said",
                "",
            ),
        ],
        [
            (
                "The authority's departmental committee on school places meets in Périgueux on 24 April at 14h30.",
                "",
                "",
                "W",
            ),
            (
                "Parents plan to hire a coach and be outside the building by 13h.",
                "Parents",
                "plan",
                "",
            ),
        ],
        [
            ("Tags: Education · Villefranche-du-Périgord · Village Life", "", "", "B"),
        ],
        [
            ("Dordogne Dispatch is free to read online.", "", "", "B"),
            (
                "Our print edition, ten issues a year, costs €39 by post anywhere in France.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "← Previous: Sarlat's Saturday market spreads to Place de la Grande Rigaudie for the summer",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Next: Registering a car bought in the UK, step by step →", "", "", "B"),
        ],
        [
            ("☆ Star  ·  Mark as unread  ·  Share  ·  Open in browser", "", "", "B"),
        ],
    ],
    [
        [
            ("VOLTA · ENGLISH SERVICE", "", "", "B"),
        ],
        [
            (
                "Home  |  Italy  |  World  |  Economy  |  Culture  |  Sport  |  ITA / ENG",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bologna, 11 March 2027, 17:26", "", "", "B"),
        ],
        [
            (
                "Bologna to raise tourist tax to €6.50 a night at four-star hotels from April",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council vote passes 24-11; hoteliers say April bookings already down 8%",
                "The Bologna Hoteliers' Association",
                "say",
                "W",
            ),
        ],
        [
            ("Tourists in Piazza Maggiore on Wednesday afternoon.", "", "", ""),
            ("VOLTA/Matteo Crivellone-Sassi", "", "", "B"),
        ],
        [
            (
                "(VOLTA) - BOLOGNA, MARCH 11 - Bologna's city council voted 24-11 late on Wednesday to raise the city's tourist tax for the second time in three years, with guests at four-star hotels paying €6.50 a night from April 1 instead of €5.",
                "",
                "",
                "W",
            ),
            ("The vote was taken at 11.40 p.m.", "", "", "W"),
            (
                "Eleven members of the centre-right opposition voted against and none abstained.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Guests at five-star hotels will pay €8 and those in bed-and-breakfasts €3.50, according to resolution No. 41/2027, published on the council's website on Thursday.",
                "resolution No. 41/2027",
                "according to",
                "W",
            ),
            (
                "Children under 14, and patients at the city's hospitals and the relatives who stay with them, remain exempt.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The tax brought in €41.2 million last year, the city's councillor for the budget and tourism, dott.ssa Federica Ammannati-Corsetti, told VOLTA.",
                "Federica Ammannati-Corsetti",
                "told VOLTA",
                "W",
            ),
            (
                "She said the rise would bring in about €9 million more in 2027, which the city intends to spend on night buses and on cleaning the streets of the historic centre.",
                "Federica Ammannati-Corsetti",
                "said",
                "",
            ),
            (
                "“Those who spend three days in Bologna should help pay for it, as those who have lived here for 30 years do,” Ammannati-Corsetti said.",
                "Federica Ammannati-Corsetti",
                "said",
                "",
            ),
        ],
        [
            ("Night buses in the city are run by Autolinee Felsinee S.p.A.", "", "", "W"),
            (
                "It said it had carried 2.3 million passengers on its night lines last year, up 14% on 2025.",
                "Autolinee Felsinee S.p.A.",
                "said",
                "W",
            ),
        ],
        [
            ("READ ALSO: Venice day-tripper fee to rise to €10 on peak weekends", "", "", "B"),
        ],
        [
            ("READ ALSO: Rimini hoteliers report record Easter bookings", "", "", "B"),
        ],
        [
            (
                "The Bologna Hoteliers' Association (ABA), which has 212 member hotels, said bookings for April were 8% below last year's.",
                "The Bologna Hoteliers' Association",
                "said",
                "W",
            ),
            (
                "It said it would ask the regional administrative court of Emilia-Romagna to annul the resolution.",
                "The Bologna Hoteliers' Association",
                "said",
                "",
            ),
            (
                "Its president, avv. Gianmarco Settembrini-Lodi, said the council had “not listened to a single hotelier in six months”.",
                "Gianmarco Settembrini-Lodi",
                "said",
                "",
            ),
        ],
        [
            ("“We are not against the tax.", "Gianmarco Settembrini-Lodi", "said", ""),
            (
                "We are against it going up every time the budget has a hole in it,” he said.",
                "Gianmarco Settembrini-Lodi",
                "said",
                "",
            ),
            (
                "“Who will explain to a family of four from Lyon that the city wants €52 for their weekend before they have bought a coffee?” he asked.",
                "Gianmarco Settembrini-Lodi",
                "asked",
                "",
            ),
            (
                "He said the association had met the council's tourism committee twice, on October 14 and on January 9.",
                "Gianmarco Settembrini-Lodi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bologna recorded 3.1 million overnight stays in 2026, 61% of them by foreign guests, according to the Region of Emilia-Romagna's tourism observatory.",
                "the Region of Emilia-Romagna's tourism observatory",
                "according to",
                "W",
            ),
            (
                "The city has about 19,400 beds in hotels and ca. 6,000 in bed-and-breakfasts and holiday flats, according to the observatory.",
                "the observatory",
                "according to",
                "W",
            ),
            (
                "The tax was last raised in April 2024, from €4 to €5 a night at four-star hotels.",
                "",
                "",
                "W",
            ),
            (
                "The city has charged the tax since 2012, and hotels collect it from guests and pay it to the city every three months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "An opposition MP from Bologna, on. Valerio Cassigoli-Brandi, said the money would “disappear into the general budget, as it always does”.",
                "Valerio Cassigoli-Brandi",
                "said",
                "",
            ),
            (
                "He said he would ask the tourism minister in a written question whether the rise was lawful.",
                "Valerio Cassigoli-Brandi",
                "said",
                "",
            ),
        ],
        [
            (
                "Carla Nenci Bertolazzi, who runs a three-room bed-and-breakfast in via del Pratello, said she would not raise her prices to cover the tax.",
                "Carla Nenci Bertolazzi",
                "said",
                "",
            ),
            (
                "“My guests are the parents of students and pilgrims walking up to San Luca, not millionaires,” Nenci Bertolazzi said.",
                "Carla Nenci Bertolazzi",
                "said",
                "",
            ),
            (
                "She said she had 61 bookings for April, against 70 a year earlier.",
                "Carla Nenci Bertolazzi",
                "said",
                "",
            ),
        ],
        [
            (
                "The mayor's office expects visitor numbers to keep rising with the opening of the new high-speed rail link to the airport.",
                "The mayor's office",
                "expects",
                "",
            ),
            (
                "Under the resolution, a hotel that fails to pay over the tax it has collected faces a fine of between €25 and €500 for each missing payment.",
                "",
                "",
                "W",
            ),
            (
                "The new rates take effect on April 1, and hotels must display them at reception from March 25.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This news is also available in Italian.", "", "", "B"),
        ],
        [
            ("Follow VOLTA English on Telegram for the day's top stories from Italy.", "", "", "B"),
        ],
        [
            ("ALL RIGHTS RESERVED © Copyright VOLTA", "", "", "B"),
        ],
        [
            ("Tags: Bologna · tourism · taxes · hotels", "", "", "B"),
        ],
        [
            (
                "VOLTA's English Service is edited in Rome and published Monday to Saturday.",
                "",
                "",
                "B",
            ),
            ("Reuse of this material requires a licence.", "", "", "B"),
        ],
    ],
    [
        [
            ("dalmatiancompass.hr/amp/split-orders-1200-e-scooters-off-streets", "", "", "B"),
        ],
        [
            ("DALMATIAN COMPASS", "", "", "B"),
        ],
        [
            ("News › Split › City", "", "", "B"),
        ],
        [
            (
                "Split orders e-scooter firms to take 1,200 scooters off its streets by 1 June",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "No new licences this year; operators face a €200 charge for every scooter the city impounds from a non-marked spot",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Lovro Matijašević-Perkov · 19.04.2027. · 12:40", "", "", "B"),
        ],
        [
            ("Share: Facebook · X · Viber · WhatsApp", "", "", "B"),
        ],
        [
            ("Rental scooters left along the Riva on Sunday morning.", "", "", ""),
            ("(Photo: Dalmatian Compass)", "", "", "B"),
        ],
        [
            (
                "Split has ordered the three companies that rent out electric scooters in the city to remove 1,200 of their 1,950 scooters from public streets by 1 June, and will issue no new licences this year.",
                "",
                "",
                "W",
            ),
            (
                "The city council adopted the decision on Thursday by 19 votes to 12, and it was published in the city's Official Gazette on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The largest fleet, about 900 scooters, belongs to Brzi Kotač d.o.o.", "", "", "W"),
            (
                "The firm said it employed 22 people in Split, most of them students who charge the scooters overnight.",
                "The firm",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Mayor dr. sc. Ivana Radovčić-Mandarić said the emergency department at KBC Split had treated 214 people injured in scooter accidents last year, 61 of them pedestrians.",
                "Ivana Radovčić-Mandarić",
                "said",
                "W",
            ),
            (
                "“The Riva is a promenade, not a racetrack,” she said.",
                "Ivana Radovčić-Mandarić",
                "said",
                "",
            ),
            (
                "“Our grandmothers should be able to walk to Sv. Frane without looking over their shoulders.”",
                "Ivana Radovčić-Mandarić",
                "said",
                "",
            ),
        ],
        [
            (
                "From 1 June, scooters may be left only in 85 marked bays, and the city will impound any scooter found elsewhere and charge its operator €200 to release it.",
                "",
                "",
                "W",
            ),
            (
                "Riding a scooter on the Riva, on Marmontova and in the streets of Diocletian's Palace is banned at all times, according to the decision.",
                "the decision",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Dalmatian Compass is an independent English-language site for people who live in Split and those who visit.",
                "",
                "",
                "B",
            ),
            ("We take no money from the city or from tour operators.", "", "", "B"),
        ],
        [
            (
                "Marin Vuković-Teskera, who manages Brzi Kotač in Split, called the decision “a ban in all but name”.",
                "Marin Vuković-Teskera",
                "called",
                "",
            ),
            (
                "He said the company would ask the High Administrative Court in Zagreb to suspend it.",
                "Marin Vuković-Teskera",
                "said",
                "",
            ),
            (
                "He said its scooters had made 1.1 million trips in Split last year, 70% of them by people with a local phone number.",
                "Marin Vuković-Teskera",
                "said",
                "W",
            ),
            (
                "“Where is a student from Visoka supposed to leave it, in the sea?” he asked.",
                "Marin Vuković-Teskera",
                "asked",
                "",
            ),
        ],
        [
            (
                "The second-largest operator, the Zagreb-based Klizaljka d.o.o., declined to comment.",
                "Klizaljka d.o.o.",
                "declined to comment",
                "",
            ),
            (
                "The third, Vjetrić Mobilnost d.o.o., which has 150 scooters in the city, said it would move most of them to Kaštela and Trogir.",
                "Vjetrić Mobilnost d.o.o.",
                "said",
                "",
            ),
            (
                "The three operators paid the city €96,000 in licence fees last year, according to the city budget.",
                "the city budget",
                "according to",
                "W",
            ),
        ],
        [
            (
                "According to the Split-Dalmatia police administration, officers fined 388 scooter riders in the city last year, most of them for riding two to a scooter.",
                "the Split-Dalmatia police administration",
                "according to",
                "W",
            ),
            (
                "Riding two to a scooter carries a fine of €130, it said.",
                "the Split-Dalmatia police administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "prof. dr. sc. Neven Bašić-Lukšić, a traffic engineer at the University of Split, said the city was right to act but had chosen “the bluntest tool in the box”.",
                "Neven Bašić-Lukšić",
                "said",
                "",
            ),
            (
                "He said Ljubljana had cut scooter injuries by a third in two years by capping fleets at 500 and lowering the speed limit in the centre to 15 kilometres an hour.",
                "Neven Bašić-Lukšić",
                "said",
                "W",
            ),
            (
                "He expects Split's injury figures to fall this summer “whatever happens in court”.",
                "Neven Bašić-Lukšić",
                "expects",
                "",
            ),
        ],
        [
            (
                "Tomislav, 19, a student who gave only his first name, said he rode a scooter every day from Visoka to the faculty on Ruđera Boškovića.",
                "Tomislav",
                "said",
                "",
            ),
            ("“The bus takes 40 minutes,” he said.", "Tomislav", "said", ""),
            ("“The scooter takes 12.”", "Tomislav", "said", ""),
        ],
        [
            (
                "If the court suspends the decision, the city will appeal the same day, Radovčić-Mandarić said.",
                "Ivana Radovčić-Mandarić",
                "said",
                "",
            ),
            (
                "She said the city would review the rules after the summer.",
                "Ivana Radovčić-Mandarić",
                "said",
                "",
            ),
            (
                "Split had 1.4 million overnight guests last year, the city's tourist board said.",
                "the city's tourist board",
                "said",
                "W",
            ),
            (
                "The city will present the 85 bays to the public at the Youth Centre on 6 May at 18.00.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Split · e-scooters · Riva · traffic", "", "", "B"),
        ],
        [
            ("View comments (38) on the full site", "", "", "B"),
        ],
        [
            ("© 2027 Dalmatian Compass, Kompas Izdavaštvo d.o.o.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   PANONIKA   🔍", "", "", "B"),
        ],
        [
            ("Open in the Panonika app", "", "", "B"),
        ],
        [
            ("SERBIA / NOVI SAD", "", "", "B"),
        ],
        [
            (
                "Novi Sad heating bills to rise 9.4% from October, first increase since 2023",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A 60-square-metre flat will cost RSD 6,318 a month in the heating season, up from RSD 5,775",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Jelena Stojkov-Marinković | 22.08.2027 | 09:14", "", "", "B"),
        ],
        [
            ("🎧 Listen · 4 min", "", "", "B"),
        ],
        [
            (
                "Households in Novi Sad that are connected to the city's district heating network will pay 9.4% more from 1 October, after the city council approved a new tariff on Friday.",
                "",
                "",
                "W",
            ),
            ("The council approved it by 41 votes to 18.", "", "", "W"),
        ],
        [
            (
                "The city's heating company, JKP Toplana Dunav, will charge RSD 105.30 per square metre a month, up from RSD 96.25, according to the price list published on its website.",
                "the price list published on its website",
                "according to",
                "W",
            ),
            (
                "About 112,000 households, roughly two in three in the city, are on the network.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company's director, dipl. ing. Zoran Kuzmanović, said the price of the natural gas it buys had risen 31% since the last tariff was set in October 2023.",
                "Zoran Kuzmanović",
                "said",
                "W",
            ),
            (
                "“We have been selling heat below cost for two seasons,” Kuzmanović said.",
                "Zoran Kuzmanović",
                "said",
                "",
            ),
            ("“That cannot go on forever.”", "Zoran Kuzmanović", "said", ""),
            (
                "He said the company had lost RSD 412 million last year.",
                "Zoran Kuzmanović",
                "said",
                "W",
            ),
            (
                "Kuzmanović expects the company to break even in the 2028 season.",
                "Zoran Kuzmanović",
                "expects",
                "",
            ),
        ],
        [
            ("AD", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            (
                "1. Petrovaradin Fortress clock-tower steps closed for repairs until spring",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2. Exit festival tickets: what the new resale rules mean", "", "", "B"),
        ],
        [
            (
                "Snežana Petrović, an opposition councillor, said the company should first stop losing heat through its leaking pipes.",
                "Snežana Petrović",
                "said",
                "",
            ),
            (
                "She said 17% of the heat the company produced last year never reached a radiator, citing its own annual report.",
                "Snežana Petrović",
                "said",
                "W",
            ),
            (
                "“Why do we pay to warm the ground under Liman?” she asked at Friday's session.",
                "Snežana Petrović",
                "asked at Friday's session",
                "",
            ),
        ],
        [
            (
                "Milorad Petrović, 74, a retired bus driver who is no relation, lives in a 48-square-metre flat on Liman and said his pension was RSD 38,400 a month.",
                "Milorad Petrović",
                "said",
                "",
            ),
            (
                "“In January I will pay for the heat, then for bread, and then I will see,” Petrović said.",
                "Milorad Petrović",
                "said",
                "",
            ),
            (
                "He said his daughter in Vienna sent him €100 a month “for the winter”.",
                "Milorad Petrović",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement read to reporters at City Hall by his chief of staff, Mayor Aleksandar Grbić-Vasiljev said the city had set aside RSD 85 million in its 2027 budget to keep discounts for poorer households.",
                "Aleksandar Grbić-Vasiljev",
                "said",
                "W",
            ),
            (
                "The statement called the increase “painful but unavoidable”.",
                "Aleksandar Grbić-Vasiljev",
                "called",
                "",
            ),
            (
                "Under the council's decision, the new tariff applies from the October bill, which is sent out in the first week of November.",
                "",
                "",
                "W",
            ),
            (
                "If a household has its radiators disconnected, it still pays a fixed 35% of the tariff, under the company's general terms.",
                "",
                "",
                "W",
            ),
            ("Households receiving social assistance keep their 40% discount.", "", "", "W"),
            (
                "Pensioners whose pensions are below RSD 30,000 a month can apply for a 25% discount at the company's office at Bulevar oslobođenja br. 62 until 15 September.",
                "",
                "",
                "W",
            ),
            (
                "The company said its office would stay open on weekdays until 7 p.m.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said the heating season runs from 15 October to 15 April, i.e. 183 days, and that bills are spread over 12 months.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The councillor said the discount form was four pages long and asked for documents “most pensioners have never seen”.",
                "Snežana Petrović",
                "said",
                "",
            ),
        ],
        [
            (
                "Dragan Milovac, an energy economist at the University of Novi Sad, expects gas prices to fall next year.",
                "Dragan Milovac",
                "expects",
                "",
            ),
            (
                "He said the city should then cut the tariff “as quickly as it raised it”.",
                "Dragan Milovac",
                "said",
                "",
            ),
            (
                "Belgrade raised its heating price by 12% in 2025, he said.",
                "Dragan Milovac",
                "said",
                "W",
            ),
        ],
        [
            (
                "The consumers' association Potrošač Plus said it had received 260 complaints about heating bills in Novi Sad last winter.",
                "Potrošač Plus",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company plans to replace 14 kilometres of pipe under Liman and Detelinara by 2029, paid for by a loan from a development bank.",
                "The company",
                "plans",
                "",
            ),
        ],
        [
            ("Tags: Novi Sad · heating · prices", "", "", "B"),
        ],
        [
            ("Share  ·  Copy link", "", "", "B"),
        ],
        [
            ("Comments are switched off for this article.", "", "", "B"),
        ],
        [
            ("↑ Back to top", "", "", "B"),
        ],
        [
            ("© Panonika 2027 · Impressum · Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("euxineweekly.bg", "", "", "B"),
        ],
        [
            (
                "Varna caps the price of a sunbed and an umbrella at €6 a day on its city beaches",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Teodora Zhekova-Radeva", "", "", "B"),
        ],
        [
            ("14 May 2027", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "Sunbeds and umbrellas on Varna's city beaches will cost no more than €6 a day each from 1 June, under a decision of the municipal council that also bars concessionaires from covering more than half of any beach with them.",
                "",
                "",
                "W",
            ),
            (
                "The council passed the decision on Thursday by 33 votes to 9, with five abstentions.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The cap applies to the 14 beach sectors the municipality rents out, from the Central Beach to the resort of Sts. Constantine and Helena, but not to the beaches of the large hotel complexes, which are privately owned.",
                "",
                "",
                "W",
            ),
            (
                "The previous cap, set in 2019, applied only to the Central Beach and was 12 leva.",
                "",
                "",
                "W",
            ),
            (
                "At the fixed conversion rate, €6 is 11.73 leva, the figure many beach signs still show.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deputy Mayor Yordanka Stoyanova Velikova, who is responsible for tourism, said a sunbed and umbrella had cost as much as €18 a day on some sectors last August.",
                "Yordanka Stoyanova Velikova",
                "said",
                "W",
            ),
            (
                "“The beach belongs to everyone, not to whoever can fit the most sunbeds on it,” Velikova said.",
                "Yordanka Stoyanova Velikova",
                "said",
                "",
            ),
            (
                "She said the municipality had received 1,460 complaints about beach prices and blocked access last summer, against 390 in 2023.",
                "Yordanka Stoyanova Velikova",
                "said",
                "W",
            ),
        ],
        [
            ("Sunbeds on the Central Beach in Varna on a weekday morning in May.", "", "", ""),
            ("Photo: Euxine Weekly", "", "", "B"),
        ],
        [
            (
                "The Varna Beach Concessionaires' Association said the cap would force some of its members to close their beach bars.",
                "The Varna Beach Concessionaires' Association",
                "said",
                "",
            ),
            (
                "The association's 31 members hold 12 of the 14 sectors, it said.",
                "The Varna Beach Concessionaires' Association",
                "said",
                "W",
            ),
            (
                "Its chairman, Assoc. Prof. Nikolay Dimitrov Kanchev, who teaches tourism economics in the city, said concession fees had risen fourfold since 2021.",
                "Nikolay Dimitrov Kanchev",
                "said",
                "W",
            ),
            (
                "“The municipality raises our rent and then tells us what we may charge,” Kanchev said.",
                "Nikolay Dimitrov Kanchev",
                "said",
                "",
            ),
            (
                "“Next it will tell us what the weather should be.”",
                "Nikolay Dimitrov Kanchev",
                "said",
                "",
            ),
        ],
        [
            (
                "Kanchev's own company, Mistral Plazh EOOD, pays €186,000 a year for sector 7 North, according to the municipality's register of concessions.",
                "the municipality's register of concessions",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The cap will be enforced by municipal inspectors working from the beach office on Primorski Blvd.",
                "",
                "",
                "W",
            ),
            (
                "They can fine a concessionaire up to €2,500 for each breach, and the concession can be ended after a third breach in one season, according to the decision.",
                "the decision",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Hristo Mladenov Tanev, one of the nine councillors who voted against, said the cap would be “forgotten by lunchtime on the first of June”.",
                "Hristo Mladenov Tanev",
                "said",
                "",
            ),
        ],
        [
            (
                "Every sector must also have a lifeguard on duty from 8.30 a.m. to 6.30 p.m., under the same decision.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more: Varna's sea garden to get 400 new benches and a cycle path", "", "", "B"),
        ],
        [
            (
                "The city's chief architect, arch. Milena Zahariev-Popova, said the half-beach rule followed the Black Sea Coast Spatial Development Act, which already requires free access to every beach.",
                "Milena Zahariev-Popova",
                "said",
                "W",
            ),
            (
                "She said inspectors would start measuring sectors with drones in the first week of June.",
                "Milena Zahariev-Popova",
                "said",
                "",
            ),
        ],
        [
            (
                "Dobromir Stanev, who drives from Sofia with his wife and two children every July, said he had paid €36 for two sunbeds and an umbrella for one day last summer.",
                "Dobromir Stanev",
                "said",
                "",
            ),
            (
                "“For that money we could have eaten fish for two days,” he said.",
                "Dobromir Stanev",
                "said",
                "",
            ),
            (
                "He said the family would try Varna's beaches again this year “if the cap is real”.",
                "Dobromir Stanev",
                "said",
                "",
            ),
        ],
        [
            (
                "“At six euros I will put out fewer sunbeds and hire one boy, not three,” said a woman who rents out sunbeds on the Officers' Beach and gave her name only as Mariyka.",
                "Mariyka",
                "said",
                "",
            ),
            (
                "She said she had charged €10 for a sunbed and umbrella last summer.",
                "Mariyka",
                "said",
                "W",
            ),
            ("“Who checks the price at seven in the morning?” she asked.", "Mariyka", "asked", ""),
        ],
        [
            (
                "The municipality expects to collect €2.9 million in beach concession fees this year.",
                "The municipality",
                "expects",
                "",
            ),
            (
                "It collected €2.4 million in 2026, according to its budget report.",
                "its budget report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Tourism said Varna's beaches were among 11 on the coast where it had found sunbeds covering more than 70% of the sand during checks last August.",
                "The Ministry of Tourism",
                "said",
                "W",
            ),
            (
                "It said it would publish the results of this summer's checks, beach by beach, in September.",
                "The Ministry of Tourism",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality will open bids for two sectors left without a concessionaire, at Trakata and Galata, on 20 May at 10 a.m.",
                "",
                "",
                "W",
            ),
            ("Neither sector had a bidder last year.", "", "", "W"),
        ],
        [
            ("This article is free to read thanks to our subscribers.", "", "", "B"),
            ("A year's subscription to the print edition costs €48.", "", "", "B"),
        ],
        [
            ("Tags: Varna · beaches · prices · tourism", "", "", "B"),
        ],
        [
            ("Follow Euxine Weekly on Facebook and Instagram", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://tatraledger.sk/kosice/tahanovce-tram-line-closed-six-months?print=1",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TATRA LEDGER — printer-friendly version", "", "", "B"),
        ],
        [
            ("🖨 Print this page    ✕ Close", "", "", "B"),
        ],
        [
            ("Košice to close tram line to Ťahanovce for six months from 3 July", "", "", "W"),
        ],
        [
            ("Tibor Ondrejka-Hájek | 2 June 2027, 11:05", "", "", "B"),
        ],
        [
            (
                "[Image: A tram at the Ťahanovce terminus. Photo: Tatra Ledger/Tibor Ondrejka-Hájek]",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Trams will stop running between the city centre and the Ťahanovce housing estate from 3 July to 31 December while the track is replaced, the city-owned transport company Kassa Doprava a.s. said on Tuesday.",
                "Kassa Doprava a.s.",
                "said",
                "W",
            ),
            (
                "It said the line carried about 21,000 passengers on an average weekday.",
                "Kassa Doprava a.s.",
                "said",
                "W",
            ),
        ],
        [
            ("The work will be done by Koľajstav Východ a.s.", "", "", "W"),
            (
                "It won the tender in March with a bid of €18.4 million, according to the public procurement office's register.",
                "the public procurement office's register",
                "according to",
                "W",
            ),
            (
                "Koľajstav Východ said it would work in two shifts through July and August to lay the new rails before the autumn rains.",
                "Koľajstav Východ a.s.",
                "said",
                "",
            ),
        ],
        [
            (
                "Ing. Martina Holubčíková, PhD., the company's director of infrastructure, said the rails on the line had been laid in 1983.",
                "Martina Holubčíková",
                "said",
                "W",
            ),
            (
                "She said they were “at the end of their life, and a little beyond it”.",
                "Martina Holubčíková",
                "said",
                "",
            ),
            (
                "“If we wait another winter, we will be closing the line anyway, only without a plan,” Holubčíková said.",
                "Martina Holubčíková",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the company had replaced 6.2 kilometres of track on other lines since 2020.",
                "Martina Holubčíková",
                "said",
                "W",
            ),
        ],
        [
            (
                "Replacement buses numbered N7 will run every six minutes at peak times and every 12 minutes in the evening, the company said.",
                "the company",
                "said",
                "W",
            ),
            ("Holders of monthly tram passes may use the buses at no extra cost.", "", "", "W"),
            (
                "Trams on lines 4 and 9 will turn back at Námestie osloboditeľov instead.",
                "",
                "",
                "W",
            ),
            (
                "The company expects the journey from Ťahanovce to the centre to take about eight minutes longer by bus.",
                "The company",
                "expects",
                "",
            ),
        ],
        [
            ("READ ALSO: Košice airport adds a summer route to Bergamo", "", "", "B"),
        ],
        [
            (
                "Opposition councillor JUDr. Radoslav Šimko-Varga called the timing “an election-year discovery”.",
                "Radoslav Šimko-Varga",
                "called",
                "",
            ),
            (
                "He said a city study from 2019 had already found that 40% of the sleepers on the line needed replacing.",
                "Radoslav Šimko-Varga",
                "said",
                "W",
            ),
            (
                "“Who closes a tram line in the same summer as the roadworks on Hlavná?” he asked.",
                "Radoslav Šimko-Varga",
                "asked",
                "",
            ),
        ],
        [
            (
                "The work is being paid for mostly from EU cohesion funds, which must be spent by the end of 2027, the city's spokeswoman, Mgr. Lucia Repková-Szabó, said.",
                "Lucia Repková-Szabó",
                "said",
                "W",
            ),
            (
                "She said the city had applied for the money in 2024, “as soon as the call opened”, and received approval in November 2025.",
                "Lucia Repková-Szabó",
                "said",
                "W",
            ),
            (
                "She said she was confident the line would reopen “before the Christmas market”.",
                "Lucia Repková-Szabó",
                "said",
                "",
            ),
            (
                "Under the city's generally binding regulation No. 14/2027, construction noise on the site is allowed from 7 a.m. to 8 p.m. on weekdays.",
                "",
                "",
                "W",
            ),
            ("Weekend work needs a separate permit.", "", "", "W"),
        ],
        [
            ("Page 1 of 2", "", "", "B"),
        ],
        [
            ("The Tatra Ledger is funded by its readers.", "", "", "B"),
            (
                "To support our reporting from eastern Slovakia, become a member at tatraledger.sk/join.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Margita Tkáčová, 71, who has lived in Ťahanovce since the estate was built, said the bus would take her twice as long to reach the hospital on Rastislavova Street.",
                "Margita Tkáčová",
                "said",
                "",
            ),
            ("Her husband, Jozef Tkáč, said he would walk.", "Jozef Tkáč", "said", ""),
            ("“He says that now,” she said.", "Margita Tkáčová", "said", ""),
            (
                "“In August he will be waiting at the stop with everyone else.”",
                "Margita Tkáčová",
                "said",
                "",
            ),
        ],
        [
            (
                "Kassa Doprava plans to run an extra night bus on Fridays and Saturdays while the line is closed.",
                "Kassa Doprava a.s.",
                "plans",
                "",
            ),
            (
                "The line was last closed for repairs in 2012, for five weeks, according to the company's annual report.",
                "the company's annual report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ivan Fedorko-Rusnák, who chairs the Ťahanovce residents' association, said the estate's 24,000 people had been told “by a poster at the tram stop”.",
                "Ivan Fedorko-Rusnák",
                "said",
                "",
            ),
            (
                "He said the association had sent the city a letter with 2,300 signatures on 18 May asking for a public meeting.",
                "Ivan Fedorko-Rusnák",
                "said",
                "W",
            ),
            (
                "The district office said a public meeting would be held in the community centre on Americká trieda on 15 June at 6 p.m.",
                "The district office",
                "said",
                "W",
            ),
        ],
        [
            ("Page 2 of 2", "", "", "B"),
        ],
        [
            ("Printed from tatraledger.sk on 02.06.2027 at 16:20", "", "", "B"),
        ],
        [
            ("© 2027 Tatra Ledger, Ledger Vydavateľstvo s.r.o.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("RADIO DRAVA 94.1 · ENGLISH", "", "", "B"),
        ],
        [
            ("News   Maribor   Štajerska   Slovenia   Sport   Listen live ▶", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "Maribor power cut: 3,900 customers still without electricity after substation fire",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated 17.52", "", "", "B"),
        ],
        [
            ("We are updating this page as the situation develops.", "", "", "B"),
            (
                "If you are affected, write to us at news@radiodrava.si or call the newsroom on 02 620 41 41.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("17.45", "", "", "B"),
        ],
        [
            (
                "Power is back for all but 3,900 customers, Elektrodrava said.",
                "Elektrodrava d.d.",
                "said",
                "W",
            ),
            (
                "Koren said crews would work through the night on the last two feeder lines, in Tezno and Pobrežje.",
                "Boštjan Koren",
                "said",
                "",
            ),
            (
                "“I would rather promise nothing and then surprise people,” he said.",
                "Boštjan Koren",
                "said",
                "",
            ),
        ],
        [
            ("Posted by Urška Klančnik-Mlinar", "", "", "B"),
        ],
        [
            ("16.30", "", "", "B"),
        ],
        [
            (
                "Schools in the affected districts will open as normal on Wednesday, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
            (
                "The city's water company said pressure had been restored in all districts by 16.10.",
                "The city's water company",
                "said",
                "W",
            ),
            ("Temperatures tonight are forecast to fall to minus 6 degrees.", "", "", ""),
        ],
        [
            ("15.10", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "Police have closed Ptujska cesta between the Tezno roundabout and the motorway junction because the traffic lights there are still out.",
                "",
                "",
                "W",
            ),
            (
                "A police spokeswoman, Nataša Žerjav-Kolar, said officers had directed traffic at 22 junctions since the morning and there had been three minor collisions.",
                "Nataša Žerjav-Kolar",
                "said",
                "W",
            ),
            (
                "She asked drivers to avoid the area until the evening rush hour was over.",
                "Nataša Žerjav-Kolar",
                "asked",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("13.55", "", "", "B"),
        ],
        [
            (
                "The fire was caused by a fault in a 110-kilovolt transformer, not by sabotage, Koren told Radio Drava.",
                "Boštjan Koren",
                "told Radio Drava",
                "W",
            ),
            (
                "He said the transformer was 38 years old and had been due to be replaced in 2029.",
                "Boštjan Koren",
                "said",
                "W",
            ),
            (
                "“Why was a 38-year-old transformer still carrying half of Tezno?” asked a city councillor, Matej Pšeničnik-Ros, on Facebook.",
                "Matej Pšeničnik-Ros",
                "asked",
                "",
            ),
        ],
        [
            ("12.20", "", "", "B"),
        ],
        [
            (
                "UKC Maribor said its operating theatres had run on generators for three hours and no operation had been cancelled.",
                "UKC Maribor",
                "said",
                "W",
            ),
            (
                "dr. Irena Vodopivec-Lah, the hospital's head of technical services, said the generators had enough fuel for 72 hours.",
                "Irena Vodopivec-Lah",
                "said",
                "W",
            ),
            (
                "“We practise this twice a year, and today the practice paid off,” she said.",
                "Irena Vodopivec-Lah",
                "said",
                "",
            ),
        ],
        [
            ("11.30", "", "", "B"),
        ],
        [
            (
                "A baker on Ptujska cesta, who gave her name only as Vesna, said she had thrown away about 300 rolls.",
                "Vesna",
                "said",
                "",
            ),
            (
                "“The ovens stopped at a quarter to nine with the first batch inside,” she said.",
                "Vesna",
                "said",
                "",
            ),
            (
                "She said she would bake again “when the lights are on, and not a minute before”.",
                "Vesna",
                "said",
                "",
            ),
        ],
        [
            ("10.40", "", "", "B"),
        ],
        [
            (
                "Elektrodrava's director of operations, mag. Boštjan Koren, said the fire had been put out by 09.30 and nobody had been hurt.",
                "Boštjan Koren",
                "said",
                "W",
            ),
            (
                "He said power would be restored to most homes “in the course of the afternoon”.",
                "Boštjan Koren",
                "said",
                "",
            ),
            (
                "The company said it had set up a free hotline, 080 22 41, which is staffed until midnight.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("Share this post", "", "", "B"),
        ],
        [
            ("09.15", "", "", "B"),
        ],
        [
            (
                "About 41,300 customers in Maribor's Tezno, Pobrežje and Radvanje districts have been without power since 08.40, according to the distribution company Elektrodrava d.d.",
                "Elektrodrava d.d.",
                "according to",
                "W",
            ),
            ("Firefighters were called to the Tezno substation at 08.43.", "", "", "W"),
            (
                "The Maribor professional fire brigade said 26 firefighters and seven vehicles were at the scene.",
                "The Maribor professional fire brigade",
                "said",
                "W",
            ),
            ("A column of black smoke could be seen from the Drava bridges.", "", "", ""),
        ],
        [
            ("Load older posts", "", "", "B"),
        ],
        [
            (
                "Radio Drava 94.1 · Partizanska cesta, Maribor · © 2027 Radio Drava d.o.o.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("The Ennis Tribune <briefing@ennistribune.ie>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Wed 2 Jun, 07:02 (2 hours ago)", "", "", "B"),
        ],
        [
            ("Images in this message are hidden.", "", "", "B"),
            ("Show images · Always show images from briefing@ennistribune.ie", "", "", "B"),
        ],
        [
            ("THE TRIBUNE BRIEFING · Wednesday 2 June 2027", "", "", "B"),
        ],
        [
            ("Good morning, and welcome to Wednesday's Briefing.", "", "", ""),
            ("Today: the pool is closing, and not for a week or two.", "", "", ""),
        ],
        [
            ("Ennis pool to close for seven months from September for roof repairs", "", "", "W"),
        ],
        [
            (
                "The swimming pool at the Ennis Leisure Centre on the Gort Road will close on 1 September for seven months while its roof is replaced, Clare County Council has confirmed.",
                "Clare County Council",
                "has confirmed",
                "W",
            ),
            (
                "The council said engineers had found corrosion in 14 of the roof's 22 steel trusses during an inspection in May.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            ("The work will be carried out by Shannonside Roofing & Cladding Ltd.", "", "", "W"),
            (
                "It was the lowest of four bidders, at €2.7 million, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                "Clare County Council expects the pool to reopen by Easter 2028.",
                "Clare County Council",
                "expects",
                "",
            ),
        ],
        [
            (
                "Cllr Mairéad Hehir-Considine (FF), who chairs the Ennis Municipal District, said the closure was “the price of twenty years of patching”.",
                "Mairéad Hehir-Considine",
                "said",
                "",
            ),
            (
                "She said the council would run a free bus to the pool in Kilrush twice a week for schools and clubs.",
                "Mairéad Hehir-Considine",
                "said",
                "",
            ),
            (
                "“Nobody is happy about this, least of all the staff who have to tell the children,” she said.",
                "Mairéad Hehir-Considine",
                "said",
                "",
            ),
        ],
        [
            (
                "This morning's Briefing is sponsored by Cusack-Lyle Motors, Gort Road, Ennis.",
                "",
                "",
                "B",
            ),
            ("Winter tyres fitted in 20 minutes — book online or call in.", "", "", "B"),
        ],
        [
            (
                "Local TD Cathal Moloney-Reidy said he had raised the state of the roof in a parliamentary question in November 2023.",
                "Cathal Moloney-Reidy",
                "said",
                "W",
            ),
            (
                "He called the seven-month closure “a disgrace for a county town of 27,000 people”.",
                "Cathal Moloney-Reidy",
                "called",
                "",
            ),
        ],
        [
            (
                "Ennis Marlins Swimming Club has 310 members, 240 of them under 16, its secretary said.",
                "Róisín Talty-Meaney",
                "said",
                "W",
            ),
            (
                "The secretary, Róisín Talty-Meaney, said the club would train in Limerick on Tuesday and Thursday evenings.",
                "Róisín Talty-Meaney",
                "said",
                "",
            ),
            (
                "The nearest other public pool with a 25-metre lane is in Newcastle West, Co. Limerick.",
                "",
                "",
                "W",
            ),
            ("It charges €6.50 for an adult swim.", "", "", "W"),
        ],
        [
            (
                "Fr. Pádraig Considine-Hogan, 81, who has swum at the pool every morning at 7 a.m. since it opened in 1998, said he would “take up walking, God help the footpaths”.",
                "Pádraig Considine-Hogan",
                "said",
                "",
            ),
            (
                "He said he had missed 11 mornings in 29 years, “all of them for funerals”.",
                "Pádraig Considine-Hogan",
                "said",
                "",
            ),
        ],
        [
            ("What happens to my membership?", "", "", ""),
            (
                "Annual members will be offered a seven-month extension or a refund for the months the pool is closed, council officials told Monday's meeting.",
                "Council officials",
                "told Monday's meeting",
                "W",
            ),
            ("The gym and the all-weather pitches will stay open.", "", "", "W"),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            (
                "N85 at Fountain Cross: one lane will close between 9 p.m. and 6 a.m. until 18 June for resurfacing, Transport Infrastructure Ireland said.",
                "Transport Infrastructure Ireland",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gardaí in Ennis are investigating the theft of two ride-on mowers from a farm near Barefield on Sunday night, Sgt. Niamh Kenneally-Barry said.",
                "Niamh Kenneally-Barry",
                "said",
                "W",
            ),
            (
                "She asked anyone who saw a white van on the Gort Road between 11 p.m. and 1 a.m. to contact the station.",
                "Niamh Kenneally-Barry",
                "asked",
                "",
            ),
        ],
        [
            (
                "St. Colmcille's National School has won the county final of the primary schools' quiz for the third year running.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Clare County Council granted planning permission on Friday for 48 homes at Ballymaley, with 19 conditions.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("That's all from us this morning.", "", "", ""),
        ],
        [
            ("Weather: showers clearing by lunchtime, highs of 17 degrees.", "", "", "B"),
        ],
        [
            ("Did someone forward you this email?", "", "", "B"),
            ("Sign up free at ennistribune.ie/briefing.", "", "", "B"),
        ],
        [
            ("You are receiving this because you subscribed at ennistribune.ie.", "", "", "B"),
        ],
        [
            ("Unsubscribe · Manage preferences · View in browser", "", "", "B"),
        ],
        [
            ("The Ennis Tribune, Parnell Street, Ennis, Co. Clare, V95 T2X8", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the CKHB News app", "", "", "B"),
        ],
        [
            ("CKHB ATLANTIC | LOCAL NEWS | HALIFAX", "", "", "B"),
        ],
        [
            (
                "Halifax hands out 312 tickets and tows 41 cars on first night of winter parking ban",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kendra MacIsaac-Dorey · CKHB News", "", "", "B"),
        ],
        [
            (
                "Published Jan. 9, 2027 6:41 p.m. AST · Updated Jan. 10, 2027 7:15 a.m. AST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story has been updated with comments from Halifax Regional Police.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Halifax issued 312 tickets and towed 41 vehicles on the first night its overnight winter parking ban was enforced this season, the municipality said Saturday.",
                "the municipality",
                "said",
                "W",
            ),
            ("The ban was enforced from 1 a.m. to 6 a.m.", "", "", "W"),
            ("Parking officers started on the peninsula and in central Dartmouth.", "", "", "W"),
        ],
        [
            (
                "Under the municipality's bylaw, the ban applies from 1 a.m. to 6 a.m. whenever it declares a snow event, and a ticket costs $50, according to the municipality's website.",
                "the municipality's website",
                "according to",
                "W",
            ),
            (
                "Owners of towed vehicles pay a further $150, plus $35 a day for storage.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Last winter the municipality issued 4,870 tickets under the ban, according to figures released to CKHB under freedom-of-information law.",
                "figures released to CKHB under freedom-of-information law",
                "according to",
                "W",
            ),
        ],
        [
            ("Towing is contracted to Basinview Towing Inc.", "", "", "W"),
            (
                "The company said its yard in Burnside had room for 180 vehicles.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Coun. Lisa Thériault-Gillis, who represents Dartmouth Centre, said many people on older streets without driveways had nowhere else to park.",
                "Lisa Thériault-Gillis",
                "said",
                "",
            ),
            (
                "“You can't tell a nurse coming off a night shift at the Dartmouth General to park three blocks away in a snowstorm,” she said.",
                "Lisa Thériault-Gillis",
                "said",
                "",
            ),
            (
                "She said she would ask council on Tuesday to let residents of those streets park in school lots during snow events.",
                "Lisa Thériault-Gillis",
                "said",
                "",
            ),
        ],
        [
            (
                "Const. Jean-Philippe Arsenault of Halifax Regional Police said officers had answered four calls about vehicles blocking plows overnight.",
                "Jean-Philippe Arsenault",
                "said",
                "W",
            ),
            ("He said no one had been charged.", "Jean-Philippe Arsenault", "said", "W"),
            (
                "“Plows can't go around a parked car on a street that narrow,” he said.",
                "Jean-Philippe Arsenault",
                "said",
                "",
            ),
        ],
        [
            ("WATCH: Plows clear the Macdonald Bridge approaches overnight (1:42)", "", "", "B"),
        ],
        [
            ("RELATED: Halifax snow-clearing budget rises to $38.6 million", "", "", "B"),
        ],
        [
            (
                "A spokesperson for the municipality, Brynn O'Halloran-Pike, said it had hired 38 extra plow operators this winter, some from as far away as Truro, N.S.",
                "Brynn O'Halloran-Pike",
                "said",
                "W",
            ),
            (
                "She said the municipality now had 212 plows, graders and salt trucks.",
                "Brynn O'Halloran-Pike",
                "said",
                "W",
            ),
            (
                "The municipality plans to send residents a text message whenever the ban is in force, starting next winter.",
                "The municipality",
                "plans",
                "",
            ),
        ],
        [
            (
                "Snowbanks along Windmill Road in Dartmouth were waist-high by Saturday evening.",
                "",
                "",
                "",
            ),
            (
                "Dave Fougère, who lives on Windmill Road, said his car was towed at 1:20 a.m. while he was looking for his keys.",
                "Dave Fougère",
                "said",
                "",
            ),
            (
                "“I came out in my slippers and watched it go up the street,” he said.",
                "Dave Fougère",
                "said",
                "",
            ),
            (
                "He said the towing and the ticket had cost him $235, “which is a week of groceries”.",
                "Dave Fougère",
                "said",
                "",
            ),
        ],
        [
            (
                "Environment and Climate Change Canada expects another 20 to 30 centimetres of snow in the Halifax area on Monday.",
                "Environment and Climate Change Canada",
                "expects",
                "",
            ),
            ("The municipality declared a new snow event at 6 a.m. Sunday.", "", "", "W"),
            ("The ban will be enforced again from 1 a.m. Monday.", "", "", "W"),
            (
                "Halifax Transit buses ran on snow routes on Saturday, and the Alderney ferry kept to its timetable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Why is there still no map that shows which streets get plowed first?” asked Marie-Ève Landry, who runs the Dartmouth North residents' group.",
                "Marie-Ève Landry",
                "asked",
                "",
            ),
            (
                "“We're not asking for miracles, just a map,” she said.",
                "Marie-Ève Landry",
                "said",
                "",
            ),
            (
                "She said the group had asked for such a map at three council meetings since 2025.",
                "Marie-Ève Landry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Drivers whose cars were towed can pick them up from the Burnside yard, which is open 24 hours a day during snow events, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
        ],
        [
            ("Have a story tip?", "", "", "B"),
            ("Email us at tips@ckhbnews.ca.", "", "", "B"),
        ],
        [
            ("Report an error", "", "", "B"),
        ],
        [
            ("Download the CKHB News app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Get it on Google Play | Download on the App Store", "", "", "B"),
        ],
        [
            ("© 2027 CKHB Atlantic, a division of Harbourlight Broadcasting Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Text-only version | Go to full site", "", "", "B"),
        ],
        [
            ("COCONINO CURRENT", "", "", "B"),
        ],
        [
            ("Nonprofit, independent news for Flagstaff and northern Arizona", "", "", "B"),
        ],
        [
            ("News | Environment | Government | Schools | Donate", "", "", "B"),
        ],
        [
            (
                "Flagstaff council approves 8% water-rate increase, the first of three yearly hikes",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Tovah Quintanilla-Reyes", "", "", "B"),
        ],
        [
            ("Feb. 17, 2027", "", "", "B"),
        ],
        [
            (
                "The Flagstaff City Council voted 5-2 Tuesday night to raise water and sewer rates by 8% in July, the first of three annual increases in a $186 million plan to replace aging pipes and expand the city's wastewater plant.",
                "",
                "",
                "W",
            ),
            (
                "For a typical household using 4,000 gallons a month, the combined bill will rise from $71.40 to $77.11, according to a staff report presented at the meeting.",
                "a staff report presented at the meeting",
                "according to",
                "W",
            ),
            (
                "The council's resolution, No. 2027-14, also sets increases of 7% in July 2028 and 6% in July 2029.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Voting against were Councilmember Rosalind Begay-Harkness and Vice Mayor Dale Whitcombe Jr.",
                "",
                "",
                "W",
            ),
            (
                "He said the city should have spread the increases over five years.",
                "Dale Whitcombe Jr.",
                "said",
                "",
            ),
            (
                "Begay-Harkness said she had asked staff in December for a lower rate for households earning less than $40,000 a year and had not received an answer.",
                "Rosalind Begay-Harkness",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lena Oyelowo-Barraza, Ph.D., a hydrologist at Northern Arizona University, said the city's own audit had put water losses from leaking pipes at about 11% of what it pumped in 2025.",
                "Lena Oyelowo-Barraza",
                "said",
                "W",
            ),
            (
                "“Every gallon that leaks out of a 1950s pipe is a gallon we pumped up from 2,000 feet down,” she said.",
                "Lena Oyelowo-Barraza",
                "said",
                "",
            ),
            (
                "She said the council had “waited a decade too long” to start.",
                "Lena Oyelowo-Barraza",
                "said",
                "",
            ),
        ],
        [
            ("The Coconino Current is a nonprofit newsroom.", "", "", "B"),
            (
                "Stories like this one are free to read because readers like you chip in.",
                "",
                "",
                "B",
            ),
            ("Become a member for $5 a month.", "", "", "B"),
        ],
        [
            (
                "Water Services Director Graham Tsinnajinnie said the city had replaced 9 miles of its 180 miles of pre-1970 water mains since 2019.",
                "Graham Tsinnajinnie",
                "said",
                "W",
            ),
            (
                "He said a main under North Fort Valley Road had broken 14 times in 2026.",
                "Graham Tsinnajinnie",
                "said",
                "W",
            ),
            (
                "He said the new rates would let it replace about 6 miles a year.",
                "Graham Tsinnajinnie",
                "said",
                "",
            ),
            (
                "He expects the expanded wastewater plant to be finished in 2030.",
                "Graham Tsinnajinnie",
                "expects",
                "",
            ),
            (
                "The Wildcat Hill plant, the larger of the city's two, was built in 1973 and treats about 6 million gallons a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related: Flagstaff's wastewater plant is nearly full.", "", "", "B"),
            ("Here's what that means for new housing.", "", "", "B"),
        ],
        [
            (
                "About 23,400 households and businesses are connected to the city's water system.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eleven people spoke during public comment, all but one against the increase.",
                "",
                "",
                "W",
            ),
            (
                "Marcie Halvorsen-Tso, who runs a laundromat on East Route 66, said her water bill was already about $1,900 a month.",
                "Marcie Halvorsen-Tso",
                "said",
                "",
            ),
            (
                "“I can raise my prices a dime a load, and I will lose the students,” she said.",
                "Marcie Halvorsen-Tso",
                "said",
                "",
            ),
            (
                "She said she had already replaced her machines with ones that use 30% less water.",
                "Marcie Halvorsen-Tso",
                "said",
                "",
            ),
        ],
        [
            (
                "Flagstaff's rates are below those of most U.S. cities of its size, according to a 2026 survey by the consulting firm Raftery & Lusk Inc.",
                "a 2026 survey by the consulting firm Raftery & Lusk Inc.",
                "according to",
                "W",
            ),
            ("The survey compared 48 cities with 50,000 to 100,000 residents.", "", "", "W"),
        ],
        [
            (
                "Households enrolled in the city's utility assistance program get a 50% discount on the monthly base charge, and the council left that discount unchanged.",
                "",
                "",
                "W",
            ),
            (
                "If a customer's bill more than doubles from one month to the next, the city waives the excess while it checks for a leak, under a policy in place since 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
            ("The new rates apply to bills sent after July 1.", "", "", "W"),
            (
                "Begay-Harkness said she would bring a proposal for a low-income rate to the council's March 9 work session.",
                "Rosalind Begay-Harkness",
                "said",
                "",
            ),
            (
                "“If we can find $186 million for pipes, can't we find a few hundred thousand for the families who pay for them?” Whitcombe asked.",
                "Dale Whitcombe Jr.",
                "asked",
                "",
            ),
        ],
        [
            ("The city's last increase, of 5%, took effect in July 2023.", "", "", "W"),
        ],
        [
            ("Correction: An earlier version of this story misstated the vote.", "", "", "B"),
            ("It was 5-2, not 4-3.", "", "", "B"),
        ],
        [
            (
                "Republish this story: This article may be republished free of charge under a Creative Commons license.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support independent local news: Donate", "", "", "B"),
        ],
        [
            ("© 2027 Coconino Current Inc., a 501(c)(3) nonprofit.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MONTERREY MORNING STAR  |  WEDNESDAY, MAY 12, 2027  |  3", "", "", "B"),
        ],
        [
            ("CITY & STATE", "", "", "B"),
        ],
        [
            ("Bus fare to rise to 17 pesos on June 1", "", "", "W"),
        ],
        [
            (
                "First increase since 2022; students and seniors to pay 8.50 pesos with the new Tarjeta Regia card",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Rodrigo Esparza Villalón / Staff writer", "", "", "B"),
        ],
        [
            ("Passengers board a Route 1 bus on Av. Constitución on Tuesday.", "", "", ""),
            ("PHOTO: MORNING STAR / Lucía Benavides Ortiz", "", "", "B"),
        ],
        [
            (
                "MONTERREY — The fare on buses in the Monterrey metropolitan area will rise from 15 to 17 pesos on June 1, the Nuevo León state mobility agency said Tuesday.",
                "the Nuevo León state mobility agency",
                "said",
                "W",
            ),
            (
                "The agency's director, Ing. Héctor Garza Treviño, said the increase was the first since 2022 and was needed because diesel had risen 38% since then.",
                "Héctor Garza Treviño",
                "said",
                "W",
            ),
        ],
        [
            (
                "Garza said the state would keep its subsidy for students, people over 60 and people with disabilities, who will pay 8.50 pesos a trip if they use the new Tarjeta Regia card.",
                "Héctor Garza Treviño",
                "said",
                "W",
            ),
            (
                "Passengers who pay with the card will pay 16 pesos, and a transfer to the Metrorrey within 60 minutes will be free, the agency said.",
                "the agency",
                "said",
                "W",
            ),
            ("The fare was last raised in October 2022, from 12 to 15 pesos.", "", "", "W"),
            (
                "The agency expects about 1.2 million cards to be in use by December.",
                "The agency",
                "expects",
                "",
            ),
        ],
        [
            (
                "Most routes are run by private concessionaires, the largest of which is Transportes Regios del Norte S.A. de C.V.",
                "",
                "",
                "W",
            ),
            (
                "Its director, Lic. Mariana Garza Elizondo, who is not related to the agency head, said the company had asked the state for 19 pesos.",
                "Mariana Garza Elizondo",
                "said",
                "W",
            ),
            (
                "Garza Elizondo said the company's drivers earn 2,800 pesos a week and work shifts of up to 11 hours.",
                "Mariana Garza Elizondo",
                "said",
                "W",
            ),
            (
                "“Seventeen pesos keeps the buses running,” she said.",
                "Mariana Garza Elizondo",
                "said",
                "",
            ),
            ("“It does not buy new ones.”", "Mariana Garza Elizondo", "said", ""),
        ],
        [
            ("Continued on Page 6", "", "", "B"),
        ],
        [
            ("FARMACIAS DEL VALLE · OPEN 24 HOURS · HOME DELIVERY 81 8340 0000", "", "", "B"),
        ],
        [
            ("6  |  THE MONTERREY MORNING STAR  |  WEDNESDAY, MAY 12, 2027", "", "", "B"),
        ],
        [
            ("FARE / From Page 3", "", "", "B"),
        ],
        [
            (
                "About 300 students marched from the Macroplaza to the Government Palace on Tuesday afternoon to protest the increase, according to the state police.",
                "the state police",
                "according to",
                "W",
            ),
            (
                "“Who rides the bus in this city, the governor?” asked Santiago Ibarra Cantú, 20, an engineering student who helped organize the march.",
                "Santiago Ibarra Cantú",
                "asked",
                "",
            ),
            (
                "He said an online petition against the increase had 4,100 signatures by Tuesday night.",
                "Santiago Ibarra Cantú",
                "said",
                "W",
            ),
            (
                "Ibarra said students would march again on May 20 if the state did not extend the discount to the cash fare.",
                "Santiago Ibarra Cantú",
                "said",
                "",
            ),
        ],
        [
            (
                "Dip. Karla Ríos Maldonado, who sits on the transport committee of the state Congress, said she would ask the governor to appear before the committee.",
                "Karla Ríos Maldonado",
                "said",
                "",
            ),
            (
                "She said the state had paid concessionaires 1.9 billion pesos in subsidies last year, citing the state's public accounts.",
                "Karla Ríos Maldonado",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rosario Leal Cantú, who sells tamales on Av. Constitución and lives in Col. Independencia, said she takes four buses a day.",
                "Rosario Leal Cantú",
                "said",
                "",
            ),
            (
                "“Two pesos is a tamal,” said Doña Chayo, as her customers call her.",
                "Rosario Leal Cantú",
                "said",
                "",
            ),
            ("“Eight pesos a day is my gas for the week.”", "Rosario Leal Cantú", "said", ""),
        ],
        [
            (
                "Asked about the protest, Garza said the state's subsidy would cost 2.3 billion pesos this year.",
                "Héctor Garza Treviño",
                "said",
                "",
            ),
            (
                "“Nobody likes a fare increase, me included,” he said.",
                "Héctor Garza Treviño",
                "said",
                "",
            ),
        ],
        [
            (
                "Alejandra Quiroga Salinas, an urban economist at a private university in San Pedro Garza García, said the increase would push some riders into shared taxis.",
                "Alejandra Quiroga Salinas",
                "said",
                "",
            ),
            (
                "The governor's office did not respond to a request for comment.",
                "The governor's office",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "The card will be sold at 140 convenience stores and at Metrorrey stations from May 24, and costs 25 pesos.",
                "",
                "",
                "W",
            ),
            ("Cash fares remain accepted on all routes.", "", "", "W"),
            (
                "Under the concession contracts, buses without a working card reader after Aug. 1 can be fined 5,000 pesos a day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At the Cuauhtémoc station on Tuesday evening, the lines for the old student pass already reached the street.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This story was reported with the support of the Reporting Fund of the Northern Mexico Press Association.",
                "",
                "",
                "B",
            ),
            ("The fund has no say over what we publish.", "", "", "B"),
        ],
        [
            ("Read more coverage at monterreystar.mx/city", "", "", "B"),
        ],
        [
            ("Printed and distributed by Editora Cerro de la Silla S.A. de C.V.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "Thursday, May 20, 2027  |  Hamilton 24°C, partly cloudy  |  Sunset 8:04 pm",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE HAMILTON LOOKOUT", "", "", "B"),
        ],
        [
            (
                "News   Business   Sport   Lifestyle   Obituaries   Classifieds   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › Transport", "", "", "B"),
        ],
        [
            ("Front Street to close to cars on Sunday afternoons in 12-week trial", "", "", "W"),
        ],
        [
            (
                "Taxi guild says drivers will lose cruise passengers; retailers split on the plan",
                "The Island Taxi Guild",
                "says",
                "",
            ),
        ],
        [
            ("By Keisha Outerbridge-Simmons", "", "", "B"),
        ],
        [
            ("Published May 20, 2027 at 8:00 am", "", "", "B"),
        ],
        [
            (
                "Front Street in Hamilton will be closed to vehicles from 1 p.m. to 8 p.m. on Sundays for 12 weeks from June 6, the Corporation of Hamilton said yesterday.",
                "the Corporation of Hamilton",
                "said",
                "W",
            ),
            (
                "The closure runs from the junction with Queen Street to Parliament Street.",
                "",
                "",
                "W",
            ),
            ("Vendors' stalls must be packed away by 7.30 p.m.", "", "", "W"),
            ("The street will reopen to traffic at 8 p.m.", "", "", "W"),
        ],
        [
            (
                "The Minister of Transport, the Hon. Walton Darrell-Tucker JP, MP, said the Government supported the trial.",
                "Walton Darrell-Tucker",
                "said",
                "",
            ),
            (
                "He said 61 cruise ship calls were scheduled at Dockyard and Hamilton this season, 18 of them on Sundays.",
                "Walton Darrell-Tucker",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Island Taxi Guild said the closure would halve its members' Sunday takings because cruise passengers would not walk to the taxi stand on Church Street.",
                "The Island Taxi Guild",
                "said",
                "",
            ),
            (
                "Its president, Cordell Smith-Trott, said the guild had 412 members, 280 of them with permits to pick up at the cruise berths.",
                "Cordell Smith-Trott",
                "said",
                "W",
            ),
            (
                "“They closed the street for Harbour Nights and we sat on Church Street with empty cars,” Smith-Trott said.",
                "Cordell Smith-Trott",
                "said",
                "",
            ),
        ],
        [
            ("You have read 3 of your 5 free articles this month.", "", "", "B"),
            ("Subscribe for $12.99 a month for unlimited access.", "", "", "B"),
        ],
        [
            ("Already a subscriber? Log in", "", "", "B"),
        ],
        [
            (
                "The trial was proposed by the Hamilton Business Improvement Group, whose 64 members include Harrowgate Outfitters Ltd.",
                "",
                "",
                "W",
            ),
            (
                "Its managing director, Sharlene Pearman-Cann, said weekday footfall on Front Street had fallen 9% since 2024.",
                "Sharlene Pearman-Cann",
                "said",
                "W",
            ),
            (
                "“People want to stroll on a Sunday, not dodge mopeds,” she said.",
                "Sharlene Pearman-Cann",
                "said",
                "",
            ),
            (
                "She said she would keep the shop open until 6 p.m. on Sundays during the trial.",
                "Sharlene Pearman-Cann",
                "said",
                "",
            ),
        ],
        [
            (
                "Sen. Renée Dill-Mello, the Opposition's spokeswoman on transport, said the trial was “a Hamilton idea paid for by taxi drivers from St. George's to Somerset”.",
                "Renée Dill-Mello",
                "said",
                "",
            ),
            (
                "She said the Opposition would ask for the trial's results to be tabled in the House.",
                "Renée Dill-Mello",
                "said",
                "",
            ),
        ],
        [
            (
                "Buses on routes 7 and 8 will stop at Victoria Street instead of the Hamilton bus terminal on Sunday afternoons during the trial, the Department of Public Transportation said.",
                "the Department of Public Transportation",
                "said",
                "W",
            ),
            (
                "The Bermuda Police Service said it would have officers at both ends of the closed section.",
                "The Bermuda Police Service",
                "said",
                "",
            ),
        ],
        [
            (
                "Ellamae Burrows-Swan, who sells fishcakes from a cart near the Birdcage on Sundays, said she hoped the crowds would “finally have room to stand and eat”.",
                "Ellamae Burrows-Swan",
                "said",
                "",
            ),
            (
                "“Where does a taxi drop off a woman of 80 with a cane?” she asked.",
                "Ellamae Burrows-Swan",
                "asked",
                "",
            ),
            ("“I am asking for my mother.”", "Ellamae Burrows-Swan", "asked", ""),
        ],
        [
            (
                "The Corporation of Hamilton closed Front Street on four Sunday afternoons in the summer of 2025 for a smaller trial.",
                "",
                "",
                "W",
            ),
            (
                "Footfall on those days was 31% higher than on other Sundays, according to a report the Business Improvement Group presented to the Corporation's council in October of that year.",
                "a report the Business Improvement Group presented to the Corporation's council in October of that year",
                "according to",
                "W",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            ("Dockyard ferry timetable cut to hourly after crew shortage", "", "", "B"),
        ],
        [
            ("Cruise passengers spent $48 million ashore last year, figures show", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("sandys_sound_58 · 2 hours ago", "", "", "B"),
        ],
        [
            ("About time.", "", "", "B"),
            (
                "Every city in the world has a street you can walk down without breathing exhaust.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Reply · 14 likes", "", "", "B"),
        ],
        [
            ("This site uses cookies to improve your experience.", "", "", "B"),
            ("By continuing to browse, you agree to our use of cookies.", "", "", "B"),
        ],
        [
            ("© 2027 The Hamilton Lookout, Lookout Publishing Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h113-fr-etc-ends",
        "The stall sells cheese, honey, walnuts etc. It opens at 8h on Saturdays.",
        ["The stall sells cheese, honey, walnuts etc.", "It opens at 8h on Saturdays."],
    ),
    (
        "h113-fr-question-then-sentence",
        "“Who will teach 31 children alone? Nobody asked us,” she said.",
        ["“Who will teach 31 children alone?", "Nobody asked us,” she said."],
    ),
    (
        "h113-it-spa-ends",
        "The funicular is run by Ferrovie Collinari S.p.A. It carried 900,000 passengers last year.",
        [
            "The funicular is run by Ferrovie Collinari S.p.A.",
            "It carried 900,000 passengers last year.",
        ],
    ),
    (
        "h113-it-pm-ends",
        "The council voted at 11.55 p.m. Two members had already gone home.",
        ["The council voted at 11.55 p.m.", "Two members had already gone home."],
    ),
    (
        "h113-it-question-attrib",
        "“Who pays for the night buses?” she asked. The councillor did not answer.",
        ["“Who pays for the night buses?” she asked.", "The councillor did not answer."],
    ),
    (
        "h113-hr-doo-ends",
        "Ferry tickets to the islands are sold by Jadranski Val d.o.o. Prices rose 6% this year.",
        [
            "Ferry tickets to the islands are sold by Jadranski Val d.o.o.",
            "Prices rose 6% this year.",
        ],
    ),
    (
        "h113-hr-dotted-date-ends",
        "The decision was published on 19.04.2027. It takes effect in June.",
        ["The decision was published on 19.04.2027.", "It takes effect in June."],
    ),
    (
        "h113-bg-blvd-ends",
        "The inspectors work from an office on Knyaz Boris I Blvd. It is open until 6 p.m.",
        ["The inspectors work from an office on Knyaz Boris I Blvd.", "It is open until 6 p.m."],
    ),
    (
        "h113-sk-as-ends",
        "The replacement buses are hired from Východná Flotila a.s. The firm has 60 drivers.",
        ["The replacement buses are hired from Východná Flotila a.s.", "The firm has 60 drivers."],
    ),
    (
        "h113-sk-sro-ends",
        "The site is guarded by Strážca Plus s.r.o. Its staff patrol at night.",
        ["The site is guarded by Strážca Plus s.r.o.", "Its staff patrol at night."],
    ),
    (
        "h113-si-dd-ends",
        "The cable belongs to Savinjska Energija d.d. Repairs began at 11.20.",
        ["The cable belongs to Savinjska Energija d.d.", "Repairs began at 11.20."],
    ),
    (
        "h113-si-paren-sentence",
        "Power returned to most homes at 16.05. (Two streets in Tezno waited until 19.00.) The hotline closed at midnight.",
        [
            "Power returned to most homes at 16.05.",
            "(Two streets in Tezno waited until 19.00.)",
            "The hotline closed at midnight.",
        ],
    ),
    (
        "h113-ie-co-ends",
        "The nearest lido is in Kilkee, Co. Clare. It opens in June.",
        ["The nearest lido is in Kilkee, Co. Clare.", "It opens in June."],
    ),
    (
        "h113-ie-ltd-ends",
        "The contract went to Burren Steelwork Ltd. The council did not say why.",
        ["The contract went to Burren Steelwork Ltd.", "The council did not say why."],
    ),
    (
        "h113-ca-ns-ends",
        "The extra plows came from Antigonish, N.S. More arrive on Monday.",
        ["The extra plows came from Antigonish, N.S.", "More arrive on Monday."],
    ),
    (
        "h113-ca-que-ends",
        "The towing contractor is based in Gatineau, Que. Its trucks arrived on Friday.",
        ["The towing contractor is based in Gatineau, Que.", "Its trucks arrived on Friday."],
    ),
    (
        "h113-ca-am-ends",
        "The ban ends at 6 a.m. Cars may then park on either side.",
        ["The ban ends at 6 a.m.", "Cars may then park on either side."],
    ),
    (
        "h113-us-jr-ends",
        "The motion was seconded by Councilmember Ray Yellowhorse Jr. It passed 6-1.",
        ["The motion was seconded by Councilmember Ray Yellowhorse Jr.", "It passed 6-1."],
    ),
    (
        "h113-us-inc-ends",
        "The new meters were installed by Coldwater Metering Inc. They report usage every hour.",
        [
            "The new meters were installed by Coldwater Metering Inc.",
            "They report usage every hour.",
        ],
    ),
    (
        "h113-mx-sa-de-cv-ends",
        "The buses are leased from Autobuses Cumbre Alta S.A. de C.V. Each costs 4 million pesos.",
        [
            "The buses are leased from Autobuses Cumbre Alta S.A. de C.V.",
            "Each costs 4 million pesos.",
        ],
    ),
    (
        "h113-fr-m-title-mid",
        "The notice was signed by M. Gérard Fontanieu-Roux, the deputy mayor, on Monday. It was pinned to the church door.",
        [
            "The notice was signed by M. Gérard Fontanieu-Roux, the deputy mayor, on Monday.",
            "It was pinned to the church door.",
        ],
    ),
    (
        "h113-it-avv-on-mid",
        "The appeal was drafted by avv. Paolo Serravalle and signed by on. Giulia Terzani-Moro. It was filed in Bologna.",
        [
            "The appeal was drafted by avv. Paolo Serravalle and signed by on. Giulia Terzani-Moro.",
            "It was filed in Bologna.",
        ],
    ),
    (
        "h113-hr-dr-sc-mid",
        "The study was led by doc. dr. sc. Marija Šunjić-Bralo of the medical faculty. It covered 1,400 patients.",
        [
            "The study was led by doc. dr. sc. Marija Šunjić-Bralo of the medical faculty.",
            "It covered 1,400 patients.",
        ],
    ),
    (
        "h113-rs-br-mid",
        "Forms are handed in at Ulica Modene br. 7 in the old town. The deadline is 30 September.",
        [
            "Forms are handed in at Ulica Modene br. 7 in the old town.",
            "The deadline is 30 September.",
        ],
    ),
    (
        "h113-bg-sts-mid",
        "Buses to Sts. Constantine and Helena leave every 20 minutes. The fare is €1.20.",
        ["Buses to Sts. Constantine and Helena leave every 20 minutes.", "The fare is €1.20."],
    ),
    (
        "h113-sk-phd-mid",
        "Ing. Róbert Šoltés, PhD., led the inspection. He found 212 cracked sleepers.",
        ["Ing. Róbert Šoltés, PhD., led the inspection.", "He found 212 cracked sleepers."],
    ),
    (
        "h113-ie-fr-sgt-mid",
        "Fr. Colm Nagle-Burke and Sgt. Aoife Lenihan opened the new hall. About 200 people came.",
        [
            "Fr. Colm Nagle-Burke and Sgt. Aoife Lenihan opened the new hall.",
            "About 200 people came.",
        ],
    ),
    (
        "h113-us-phd-us-mid",
        "Dana Whitlock-Ames, Ph.D., compared water losses in 30 U.S. cities. Flagstaff ranked ninth.",
        [
            "Dana Whitlock-Ames, Ph.D., compared water losses in 30 U.S. cities.",
            "Flagstaff ranked ninth.",
        ],
    ),
    (
        "h113-mx-dip-av-col-mid",
        "Dip. Lorena Cavazos Quintero lives on Av. Morones Prieto in Col. Obispado. She takes the bus to work.",
        [
            "Dip. Lorena Cavazos Quintero lives on Av. Morones Prieto in Col. Obispado.",
            "She takes the bus to work.",
        ],
    ),
    (
        "h113-bm-hon-jp-mp-mid",
        "The Hon. Desmond Wade-Lightbourn JP, MP, opened the new terminal. He did not take questions.",
        [
            "The Hon. Desmond Wade-Lightbourn JP, MP, opened the new terminal.",
            "He did not take questions.",
        ],
    ),
]
