"""Hundred-and-seventy-seventh set of new hand-labelled pages for the hint engines (tuning set, round sixty-two):
twelve WHOLE pages of ordinary local news, head to tail as a reader's paste gives them with each
site's furniture, from twelve Latin American countries (English-language outlets and English
editions) where telling FURNITURE FROM STORY is the hard part, each from a different kind of outlet
and pasted in a different way. The pages: a Mexican expat news site on the DESKTOP (Mérida's Va y
Ven bus fare rises from 12 to 14 pesos on July 1); a Guatemalan national daily's English edition in
PRINT VIEW (a former Quetzaltenango treasurer gets seven years and six months for diverting Q2.4
million from the water fund); a Costa Rican English-language weekly pasted from a PHONE (4,812
patients wait 612 days on average for orthopedic surgery in Limón); a Panamanian shipping trade
publication's AMP page (the Canal cuts daily slots to 31 and the Neopanamax draft to 44 feet as
Gatun Lake falls); a Colombian nonprofit local newsroom in READER MODE (64,000 Cali pupils go three
weeks without school meals after a contract is suspended); a Venezuelan exile newsroom's English
site pasted from a PHONE (Maracaibo's power cuts extended to six hours a day as demand reaches a
record); an Ecuadorian expat community site on the DESKTOP, with readers' comments (ETAPA starts
12-hour water cuts in 14 Cuenca parishes as river flows fall to a 30-year low); a Peruvian business
news service in PRINT VIEW (Arequipa has spent 38.6% of its investment budget with two months left);
a Bolivian radio network's English service SHARED FROM ITS APP (truckers queue 2.4 km for diesel in
Santa Cruz as YPFB limits sales); a Chilean national daily's English edition SHARED FROM ITS APP
(Santiago's wettest June day in 27 years leaves 214,000 customers without power); an Argentine
English-language daily's AMP page (Mendoza's grape harvest falls 14% after hail and frost); and a
Uruguayan English-language news digest in READER MODE (Montevideo's bus drivers strike for 24 hours
over night-shift attacks).

What is hard is that the furniture talks like a story and the story is laid out like furniture. The
sites speak about themselves in full sentences, with figures, dates, names and even a quote:
editor's notes ("The Mérida Current is an independent, reader-funded newsroom."), membership and
donation pleas ("More than 3,100 members pay for reporting like this ...", "Your donation, even
US$3, keeps our reporters on the ground", "“Independent journalism costs money, and our readers are
the only ones we answer to,” says our editor, ..."), self-descriptions ("Red Oriente has broadcast
from Santa Cruz since 1987 and reaches 1.3 million listeners on 22 stations.", "Argentina's
English-language daily since 1979", "The English Edition is read in 60 countries"), a correction
that states the corrected prison term and one that gives the fleet size, corrections policies, a
byline-safety note, an independence statement, subscriber pitches ("Subscribers get our daily
transit-queue data ...", "Subscribers receive our Regional Investment Tracker every Monday ..."),
the outlets' own events ("our monthly Community Coffee is on Thursday, June 24, at 9 a.m. ..."),
app, newsletter and podcast prompts that name the story's subject ("our app sends an alert every
time Corpoelec changes the blocks", "Listen to our full interview with Freddy Suárez Añez ..."), a
sponsored label and a sponsor's blurb, a why-we're-reporting-this box, "This story was produced with
support from the Fondo Pacífico para el Periodismo Local.", a republishing licence,
comment-moderation notes, author bios with facts ("She moved to Yucatán from Vancouver in 2015 ...")
and readers' comments, one of which contradicts the story with a date. The stories, for their part,
come as fact boxes ("Amount diverted: Q2,418,600", "Executed to Oct. 31: S/ 478.6 million",
"Mendoza: 1.36 million tonnes (–14%)"), key-point and what-we-found bullets, a by-the-numbers list,
a power-cut timetable and a water-cut schedule, dated timelines and a time-stamped one ("Thursday, 3
a.m.: The Zanjón de la Aguada canal overflows in Cerrillos"), lines that open like a membership or
subscription notice ("Members of the Sindicato de Choferes del Sureste, ... voted on Sunday ...",
"Subscribers to the ACP's transit booking system must declare ...", "Subscribers to the Baños parish
water scheme ... are not affected", "STM monthly pass holders will be refunded ..."), short one-line
quotes, and headline-like subheads. Conventions this set had to settle, in the spirit of
`labelled_new.py`, `labelled_new2.py` and the recent sets:

* PROSE FURNITURE is "B" line by line, whatever it says and however story-like, never with a
  speaker: a figure, a date, a place or a name does not make it a claim of the page ("More than
  3,100 members ...", "since 1998", "read in 60 countries", "22 stations", "Join 9,200 readers ...",
  "from ARS 4,900 a month"), and neither does a quote in it ("..., says our editor, Gwendolyn
  Marsh-Araya." is "B" with no speaker). A CORRECTION that states the corrected fact is "B"
  ("Correction (June 5): An earlier version of this article gave the prison term as eight years." /
  "The court sentenced him to seven years and six months."; the Rambla Digest's 1,450 buses): it is
  the outlet's apparatus, and the fact is labelled where the body states it. An outlet's OWN EVENT
  is "B" (the Community Coffee "at 9 a.m.", the Isthmus Maritime Summit and its early-bird
  deadline), while an event set by those the story is about is "W" (a tender opening on July 15,
  weekend shifts from October 2, meals due to resume on August 23). APP, NEWSLETTER AND PODCAST
  PROMPTS stay "B" when they name the story's subject or source (the Corpoelec block alerts; the
  podcast interview with the chamber's president, who carries no speaker there), and so does a
  READ-MORE line that names a rule. READERS' COMMENTS, with their name/time lines and reply buttons,
  are "B" even when they state a fact ("The Tomebamba was lower in 2024, I remember walking across
  it."): they are not the story. An exchange-rate strip that says Ecuador uses the U.S. dollar is
  "B", like a weather strip.
* STORY IN FURNITURE'S SHAPES is labelled by content: a box's label is "B" ("THE NEW FARES AT A
  GLANCE", "THE CASE IN FIGURES", "KEY POINTS", "WHAT WE FOUND", "BY THE NUMBERS", "THE NEW SCHEDULE
  (MARACAIBO)", "WHEN YOUR WATER IS OFF", "HOW THE DAY UNFOLDED", "TIMELINE"), and its "Label:
  figure" lines, bullets, findings, timetable and schedule lines and dated or time-stamped timeline
  lines are "W" each, with no speaker (the box is the outlet's summary of what the body attributes);
  a list of advice is "" ("Store water in clean, covered containers."). A time-stamped timeline of
  the day is story ("W"), unlike a live blog's own time stamps, which are "B". No columnar table is
  pasted on these pages.
* A STORY LINE THAT OPENS LIKE A NOTICE ("Members of ...", "Subscribers to ...", "STM monthly pass
  holders ...") is labelled like any sentence: "W" when it states a vote, a payment, a debt, a
  petition, a rule or an exemption, with its speaker when it has one ("..., the union's secretary
  general, Wilberth Ek Dzul, said.") and none when it has not ("Members of the Zona 3 neighbours'
  committee ... collected 1,140 signatures for it."). A vote of record is "W" even when what was
  voted is conditional ("Members of the Santa Cruz Heavy Transport Chamber voted 212 to 9 on Sunday
  to block the road ... if supplies do not improve."), while the standfirst that turns it into a
  threat ("Truckers' chamber threatens to block ...") is "".
* HEADLINE-LIKE SUBHEADS are flagged by content, with no speaker: "W" when they state a fact of the
  story ("Airport and Progreso routes keep their fares", "Western districts still on tanker water",
  "Patients sent to San José wait longer", "Each foot of draft costs about 300 boxes", "A contract
  paid up to July", "Hospitals exempt, clinics not", "Deadline: December 31", "Buses cut services to
  Cotoca and Warnes", "Exports down 9% in the first quarter", "Ride-hailing fares up to 2.5 times
  normal"), "" when they ask ("Power cuts next?") or forecast ("More rain on Saturday").
* SHORT ONE-LINE QUOTES carry their speaker and cue ("“Fourteen pesos is fourteen pesos,” she
  said.", "“Three nights in the queue,” said Teodoro Mamani Choque, ...", "“Two hours to get to
  work,” said ...", "“Forty years, and I never saw it like this,” she said."), and a quoted line
  that runs on after the cue with none of its own carries the same speaker and cue ("“Who is going
  to pay me two more pesos per house?”", "“Every month they tell me, next month.”", "“Every morning
  the same question: is there lunch today?”", "“Same as in 2023.”"). A quote is "W" when it states a
  finding or a fact of record ("“The signature on every one of those transfers is his,” Xicará said
  as she read the ruling.", "“We have two operating rooms for orthopedics and, most weeks, surgeons
  for only one of them,” Herrera said.").
* DOCUMENTS, DATA AND BODIES speak as written: "Two inspection reports by the city's health
  department" (cue "found"), "The INV's figures" (cue "put"), "INV data" (cue "show"), "the
  advisory" (cue "said"), "the portal showed" resolving to "the Ministry of Economy and Finance's
  Consulta Amigable portal"; "according to X" as written ("the new tariff published in the state's
  Diario Oficial on Monday", "ATY ridership figures", "court records", "figures the Costa Rican
  Social Security System released Wednesday", "the ACP's daily transit report", "the ACP's guidance
  to shippers", "delivery records from the Cali Education Secretariat seen by Farallones", "three
  shopkeepers", "a survey of 412 shops published by the association on Friday", "ETAPA's
  hydrological bulletin", "the airport's operator", "screenshots reviewed by The Rambla Digest"), a
  descriptor before a name dropped ("Colombia's public procurement portal, SECOP II" -> "SECOP II"),
  an acronym in brackets dropped. Short forms resolve to the name as first given ("the ATY", "the
  CCSS", "the Secretariat", "it", "Corpoelec", "ETAPA" -> "ETAPA EP", "the DMC", "the INV", "The
  union", "The Intendencia" -> "the Intendencia de Montevideo", named in full only in the next
  sentence); a single generic noun is kept as written ("the agency", "The agency", "The
  municipality", "the municipal water service", "the hospital", "the company", "the governor's
  office"), and a descriptor before a proper name is dropped ("The state power company Corpoelec",
  "Ecuador's grid operator, Cenace", "the school meals agency Junaeb", "the distributor Luz
  Andina").
* CUES keep a channel after the verb ("told a press conference", "told the court", "said in Advisory
  to Shipping No. A-41-2027", "told a shipping webinar", "said in a schedule posted on its Instagram
  account", "said on state television", "said at a press conference", "said in a report", "said in a
  statement", "told Red Oriente", "told reporters in La Paz"), and the no-replies keep their wording
  ("did not respond by publication time", "did not respond to three requests for comment", "did not
  answer questions sent by WhatsApp", all ""). Headline and standfirst cues ("says", "say",
  "threatens") carry the source as the body first gives it.
* NAMES: Spanish double surnames in full as first given, a later first surname resolving ("Canché
  said" -> "Rodrigo Canché Villanueva", "Xicará", "Coyoy", "Herrera", "Ordóñez", "Fuenmayor",
  "Chávez", "Rivera", "Vaca", "Lucero", "Píriz"); Maya names whole ("Wilberth Ek Dzul" and "Ek
  said", "Edgar Aroldo Tax Chuc", "Olga Marina Sac Puac", "Leticia Pool Uc"); a married "de" kept
  ("Rosalba Quintero de Guardia", "Quintero de Guardia said"); the titles "Ing.", "Lic.", "Dr." and
  "Arq." and the roles before a name ("Local deputy", "Prosecutor", "The presiding judge", "Regional
  governor", "Hydrocarbons minister", "Mayor", "The province's economy minister", "The presidential
  delegate for the Metropolitan Region") dropped.

Of record ("W"): fares, fees, subsidies and passes; ridership, trips and fleets; sentences, fines,
transfers, acquittals and witnesses; waiting lists, vacancies, petitions and complaints; lake
levels, slots, drafts, queues and an auction price; meals missed, contracts and payments; megawatts,
temperatures and plant faults; river flows, treatment output, connections and tankers; budgets,
execution rates, void tenders, debts and lost jobs; diesel imports, limits and prices; rainfall,
outages, shelters, closures and cancelled flights; harvests, damage, grape prices and exports;
strike votes, assaults and refunds; causal claims ("mainly because of the price of diesel and
imported spare parts", "because those hospitals give priority to their own lists", "because of
“delays in payments to suppliers.”", "because the regional procurement office twice returned its
technical file"); rules ("could not legally be signed in less than 15 business days", "Funds not
committed by December 31 return to the Treasury", "Under SEC rules, ...", the advisory's draft
declaration); and scheduled events set by those who run them. Not worth checking (""): opinions and
characterisations ("a scapegoat", "a tax on being small", "temporary and necessary", "not a problem
of money but of management"), forecasts and expectations ("He expects the shifts to clear about 900
cases by December.", "probably in October", "70% by December 31", "return to normal within ten
days", the DMC's Saturday front), plans, hopes, appeals and threats ("would appeal", "would ask the
state Congress", "“studying”", "will strike again ... unless"), advice and urging, anecdotes and a
person's own counts (56 pesos a day, 21 months for a knee, four pupils who fainted, a Bs 4,000
load), scenes and captions that only describe, the site's own question to the agency, and
no-replies.

And where sentences end: abbreviations that END one ("Mérida Current Editores S.C." / "All rights
reserved."; "Editorial Observador Nacional, S.A." / "Reproduction ..."; "Bahía Bunkering S.A." /
"From Balboa ..."; "Cocolí Ship Agencies Inc." / "He said ..."; "Peru Economic Report S.A.C." / "All
rights reserved."), and abbreviations that do not ("Ing.", "Lic.", "Dr.", "Arq."; "at 9 a.m. at", "8
a.m. on Thursday,", "As of 6 p.m.,", "at 1:40 p.m. after", "from 10 a.m. on Friday,", "at 4:10 p.m.
with", "from 10 p.m. on Friday"; "Advisory to Shipping No. A-41-2027 on Thursday", "Law No. 32069,";
"Aug. 21:", "Max.", "Oct. 31:", "Asia–U.S. East Coast", "the U.S. dollar!" at a line's end);
decimals, units and currencies ("Q2.4 million", "Q2,418,600", "₡1,900 million", "$5", "US$2.1
million", "9.5 days", "80.1 ft", "US$1.50", "41.2°C", "S/ 478.6 million", "Bs 3.72", "68.4
millimetres", "ARS 310/kg", "(–14%)"); furniture questions that split ("Spotted an error?",
"Thinking of buying in Santiago or Santa Ana?", "Prefer to listen?", "Want updates by email?", "Have
a tip?"); a quoted question without a cue that is its own sentence; a quote over two sentences ("“We
are not asking for money." / "We are asking to get home alive,” Píriz said."); and semicolons that
never split (headlines and standfirsts, "The problem is not the heat; the heat comes every year",
"There is no shortage; there is hoarding").

The pages hold 529 sentences: 227 "B", 222 "W" and 80 ""; 174 sentences carry a speaker (105
distinct speakers, page by page; 104 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line,
share line, caption, credit, box label, box line, list item, timeline line, comment and legal line
is a paragraph of its own, except that a caption and a credit pasted in one line are two sentences
of one paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B"
or "". As in the recent sets: furniture "B" line by line, whatever it says, never with a speaker; a
caption by its content and its credit "B"; headlines and standfirsts never split and flagged by
content, their "says", "say" or "threatens" carrying the source as the body first gives it; a
dateline belongs to its lead sentence; a person is named in full as first given, without titles or
roles, and a pronoun, surname or role noun resolves to that name; a quote over several sentences
carries its speaker and cue in each; "according to X" gives X as written, a bracketed acronym
dropped; a channel phrase after the verb is part of the cue and a fronted one is not; a body acting
with no verb of saying carries no speaker (the court's sentence, the regional council's budget, the
provincial emergency, YPFB's limit in the lead).

Written from scratch for issue 13 in round sixty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was
read: the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; the module docstrings of
`labelled_new175.py` and `labelled_new176.py`, the `STYLES` of `labelled_new176.py`, the head of the
first page of `labelled_new176.py` and three pages of the two files printed line by line with their
labels, the `CASES` of `labelled_new176.py` and the case ids of `labelled_new175.py`. Coined names
were checked for freshness against the capitalised words in the string constants of those two files:
three name parts ("Chan", "Rolando", "Lagos") and five outlet words ("Review", "Weekly", "Forum",
"Media", "Publications") that hit were replaced before the file was finished; only common words,
titles and real places and bodies still hit.

Every person, outlet, newsroom, podcast, app, firm, consortium, union, association, chamber,
committee, fund, realty, winery, statement, ruling, report, survey, comment, quote and figure is
invented, and so are the small sites and things (the Las Tres Cruces springs, Casa Henequén Realty,
Bahía Bunkering S.A., Cocolí Ship Agencies Inc., Unión Temporal Nutrir Pacífico, Luz Andina, Bodega
Los Algarrobos, the Sindicato de Choferes del Sureste, the Unión de Conductores del Transporte
Urbano and the like). Real countries, cities, districts, neighbourhoods, parishes, streets, rivers,
lakes, reservoirs, plants, locks, ports, markets, hospitals, universities, transport systems,
ministries, agencies, courts, utilities, state companies, regulators and laws appear only as
settings, with invented statements and figures: Mérida, Yucatán, Calle 60, the Centro, García
Ginerés, Santiago and Santa Ana, the Periférico, Progreso, the Parque de Santa Lucía, Vancouver, the
Va y Ven network, the Agencia de Transporte de Yucatán, the state's Diario Oficial and the state
Congress; Quetzaltenango, Salcajá, its Zonas 3, 5 and 6, the Public Ministry and the Comptroller
General's Office (Contraloría General de Cuentas); Limón, Cieneguita, Siquirres, San José, Hospital
Tony Facio, Calderón Guardia, the Costa Rican Social Security System (CCSS) and its EDUS app, and
the Ombudsman's Office (Defensoría de los Habitantes); Panama City, Balboa, Cristóbal, Cocolí, Gatun
Lake, the Neopanamax locks, the Suez route and the Panama Canal Authority; Cali, Potrero Grande,
Mojica, El Retiro, Comuna 21, the Universidad del Valle, the Cali Education Secretariat, SECOP II
and the Procuraduría; Maracaibo, Zulia, Santa Lucía, San Francisco municipality, Caracas, Bogotá,
Lake Maracaibo, the Termozulia plant, the University of Zulia, Corpoelec and the Ministry of
Electric Power; Cuenca, the Tomebamba and Yanuncay rivers, the El Cebollar intake, its urban
parishes, Baños, Parque de la Madre, the Feria Libre, Ohio, the Mazar reservoir, the Paute
hydroelectric complex, ETAPA EP and Cenace; Arequipa, Chivay, Cabanaconde, Camaná, Lima, Cusco, the
Ministry of Economy and Finance and its Consulta Amigable portal, the Comptroller General's Office,
the Universidad Nacional de San Agustín, the Treasury and Law No. 32069; Santa Cruz, its Fourth
Ring, Banzer Avenue, the Los Pozos market, the Pailón bridge, Montero, Cotoca, Warnes, La Paz, Arica
and YPFB; Santiago, Quinta Normal, Puente Alto, La Florida, Peñalolén, Maipú, Cerrillos, the Zanjón
de la Aguada, Metro de Santiago and its Line 4A, La Cisterna, Vicuña Mackenna, Valparaíso,
Farellones, the Cristo Redentor crossing, the Chilean Meteorological Directorate, the
Superintendency of Electricity and Fuels, the Education Ministry, Junaeb, SENAPRED, the Public Works
Ministry and the presidential delegate for the Metropolitan Region; Mendoza, the Uco Valley,
Rivadavia, Cuyo, the National Viticulture Institute and Mendoza's provincial government and
agricultural emergency directorate; and Montevideo, La Teja, Casavalle, Cerro Norte, Piedras
Blancas, the Ciudad Vieja, route 185, the STM, the Intendencia de Montevideo and the Interior
Ministry.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Mexican ENGLISH-LANGUAGE EXPAT NEWS SITE (Mérida, Yucatán), DESKTOP browser paste, a TRANSPORT story: Va y Ven bus fares rise from 12 to 14 pesos on July 1, the first increase since 2022. Head: masthead, a tagline with a year ("since 2011"), menu with "Become a Member", crumb (all "B"); headline of record "W"; standfirst with a semicolon "..., transport agency says" ("W", carrying "the Agencia de Transporte de Yucatán" as the body first gives it); byline/date/reading-time line ("B"); an EDITOR\'S NOTE in two full sentences about the newsroom\'s funding ("B" both); a caption "" and its credit "B". Body: the lead "the Agencia de Transporte de Yucatán (ATY) announced" ("W", acronym dropped); the first increase since 2022 ("W"); the director general ("Ing." dropped) "told a press conference" with a causal claim ("W") and the subsidy ("W"), his quote ""; the preferential fare "the agency said" (generic kept) and the cash fare "according to the new tariff published in the state\'s Diario Oficial on Monday" ("W"); a MEMBERSHIP PLEA in three sentences holding a figure ("More than 3,100 members ...", "from 90 pesos a month", all "B"); a FACT BOX (label "B", four "Label: figure" lines "W"); ridership "according to ATY ridership figures" ("W"); a story line opening "Members of the Sindicato de Choferes del Sureste ... voted" (no speaker, "W") and the vote count "the union\'s secretary general, Wilberth Ek Dzul, said" ("W"), his quote ""; a commuter\'s own daily cost, a SHORT ONE-LINE QUOTE "“Fourteen pesos is fourteen pesos,” she said." and a question running on from it without a cue (all "", her name carried); a HEADLINE-LIKE SUBHEAD of record "Airport and Progreso routes keep their fares" ("W") and the fares "the ATY said" (resolving, "W"); a deputy\'s characterisation and plan (""); the site\'s own question to the agency (no speaker, "") and "The agency did not respond by publication time." (speaker kept as written, ""); a dated TIMELINE (label "B", three lines "W"). Tail: an EVENT PROMOTION for the site\'s Community Coffee "at 9 a.m. at the Parque ..." in two sentences, an AUTHOR BIO in two sentences with facts, a corrections line split at "Spotted an error?", a SPONSORED label and a sponsor\'s blurb split at its question, a COMMENT-MODERATION note in two sentences, a copyright line split at "S.C." before "All rights reserved." (all "B").',
    'Guatemalan NATIONAL DAILY\'S ENGLISH EDITION, PRINT VIEW, a COURT story: a former Quetzaltenango municipal treasurer gets seven years and six months for diverting Q2.4 million from the water fund. Head: the URL line, masthead, print/close line, section label (all "B"); headline and standfirst of record ("W", no speaker: the court acts); byline line ("B"); a TRANSLATION NOTE ("B"); a CORRECTION in two sentences that states the corrected prison term ("B" both: the outlet\'s own apparatus, the fact itself labelled where the body states it). Body: "QUETZALTENANGO —" lead (the court\'s act, no speaker, "W"); the fine and repayment ("W"); the presiding judge (role dropped) with the finding and a quote of record "Xicará said as she read the ruling" ("W" both); the acquittals ("W"); the audit "according to court records" ("W"); a CASE-IN-FIGURES BOX (label "B", five "Label: figure" lines "W"); a READERSHIP-AND-SUPPORT LINE in two sentences with "60 countries" ("B"); the prosecutor (role dropped) "told the court" and "he said" ("W"), his appeal plan (""); the defence lawyer ("Lic." dropped) with a characterisation and a plan (""); a story line opening "Members of the Zona 3 neighbours\' committee ... collected 1,140 signatures" ("W", no speaker) and a SHORT ONE-LINE QUOTE "said the committee\'s president, Olga Marina Sac Puac" (""); a HEADLINE-LIKE SUBHEAD of record "Western districts still on tanker water" ("W"); tanker deliveries "the municipal water service said" and the budget and tender date "The municipality said" (kept as written, "W"); the mayor\'s hope (""); a dated TIMELINE (label "B", four lines "W"). Tail: related line, tags, a copyright line split at "S.A." before "Reproduction ...", a printed-from line (all "B").',
    'Costa Rican ENGLISH-LANGUAGE WEEKLY\'S WEBSITE, PHONE browser paste, a HEALTH story: 4,812 patients on the orthopedics waiting list at Hospital Tony Facio in Limón, an average wait of 612 days. Head: a menu/masthead line, subscribe/log-in line, section label (all "B"); headline of record "W"; a quote standfirst "..., says a retired dockworker, as the CCSS promises ..." ("", carrying the patient named in the body); byline/place/published line ("B"); a PODCAST PROMPT split at "Prefer to listen?" ("B" both); a caption "" and its bracketed credit "B". Body: "LIMÓN —" lead "according to figures the Costa Rican Social Security System (CCSS) released Wednesday" (as written, acronym dropped, "W"); a ranking and last year\'s list ("W"); the medical director ("Dr." dropped) on vacancies and a quote of record about operating rooms ("W"), the approved weekend shifts ("W") and his expectation (cue "expects", ""); a BY-THE-NUMBERS LIST (label "B", four short-fact lines "W"); a MEMBERSHIP PLEA in four sentences, one of them a QUOTE FROM THE SITE\'S EDITOR with "says our editor, ..." ("B", never a speaker: furniture); the patient\'s history and his two-sentence quote, the second a SHORT LINE running on without a cue (""); a story line opening "Members of the Limón chapter of the Caribbean Patients\' Association delivered a petition with 2,300 signatures" with its coordinator as speaker ("W") and her quote (""); a HEADLINE-LIKE SUBHEAD of record "Patients sent to San José wait longer" ("W") and a causal claim "the CCSS said" (resolving to the name first given, "W"); the Ombudsman\'s Office with complaints ("W") and "It urged" (""); the EDUS app "the hospital said" ("W"). Tail: a NEWSLETTER PROMPT in two sentences, an AUTHOR BIO in two sentences, a COMMENT POLICY in two sentences, related label and headline, copyright (all "B").',
    'Panamanian SHIPPING TRADE PUBLICATION\'S AMP PAGE, AMP paste, a BUSINESS/WEATHER story: the Panama Canal cuts daily slots to 31 and the Neopanamax draft to 44 feet as Gatun Lake falls to 80.1 feet. Head: the AMP domain, masthead, menu, a SPONSORED label naming "Bahía Bunkering S.A." (all "B"); headline of record "W"; standfirst with a semicolon and no verb of saying ("W", no speaker); byline with role and time, share line ("B"). Body: a KEY POINTS box (label "B", four bullet lines of record "W"); the lead "it said in Advisory to Shipping No. A-41-2027 on Thursday" (the designation never splitting, channel in the cue, "The Panama Canal Authority" as first given, "W"); the lake level "the advisory said" ("W"); rainfall "according to the ACP\'s water resources division" ("W"); the deputy administrator ("Ing." dropped, "Quintero de Guardia" kept whole) "told a shipping webinar" ("W"), a quote and a forecast (""); a SPONSOR\'S BLURB in three sentences ENDING "Bahía Bunkering S.A." before "From Balboa ..." ("B" all); a CONDITIONS BOX (label "B", four "Label: figure" lines "W" with "Aug. 21:" and "Max." inside them); the queue "according to the ACP\'s daily transit report" and waiting days ("W"); a story line opening "Subscribers to the ACP\'s transit booking system must declare ..." (a rule under the advisory, "W", no speaker); a slot auction ENDING "Cocolí Ship Agencies Inc." before "He said ..." with "Asia–U.S. East Coast" mid-sentence (both "W", the broker as speaker); a HEADLINE-LIKE SUBHEAD of record "Each foot of draft costs about 300 boxes" ("W") and "according to the ACP\'s guidance to shippers" ("W"); an unnamed agent\'s characterisation (""). Tail: a PAYWALL-STYLE PITCH in two sentences, one opening "Subscribers get ..." ("B", against the story\'s "Subscribers to ..." "W"), an EVENT PROMOTION in two lines, an AUTHOR BIO with a date, more-news label and headline, a full-site link, a copyright line split before "All rights reserved." (all "B").',
    'Colombian NONPROFIT LOCAL NEWSROOM, READER-MODE paste, a SCHOOLS story: 64,000 pupils at 92 Cali schools went without school meals for 14 school days after the city suspended its contract with the operator. Head, as reader mode leaves it: domain ("B"), headline of record "W", byline and reading time ("B"); standfirst with a semicolon "Education Secretariat says meals resume Monday; ..." ("W", carrying "the Cali Education Secretariat"); a caption "" and its credit "B"; a WHY-WE\'RE-REPORTING-THIS box (label and two sentences about the newsroom and readers\' WhatsApp messages, all "B"). Body: "CALI —" lead "according to delivery records from the Cali Education Secretariat seen by Farallones" ("W", as written); schools in Comuna 21 "according to the Secretariat\'s school register" ("W"); the suspension "the Secretariat said in a statement" and the replacement contract "it said" ("W", resolving); a WHAT-WE-FOUND box (label "B", four bullet findings of the newsroom "W", no speaker); two inspection reports as the speaker, cue "found" ("W"); the operator\'s no-reply (""); a teacher\'s own count, a quote and a SHORT LINE running on as a question (""); a story line opening "Members of the parents\' association ... raised 1.2 million pesos" with the treasurer as speaker ("W"); a HEADLINE-LIKE SUBHEAD "A contract paid up to July" ("W") and payments "according to Colombia\'s public procurement portal, SECOP II" (descriptor dropped, "W"); the Procuraduría\'s inquiry ("W"); the education secretary\'s characterisation (""), the procurement rule ("W") and her apology (""); a dated TIMELINE (label "B", five lines "W", the last a scheduled resumption). Tail: a FUNDING NOTE "This story was produced with support from ..." in two sentences, a REPUBLISHING NOTE, an AUTHOR BIO in two sentences, a CORRECTIONS LINE in two sentences (all "B").',
    'Venezuelan EXILE NEWSROOM\'S ENGLISH SITE, PHONE browser paste, a POWER-CUTS story: Corpoelec extends Maracaibo\'s scheduled cuts from four to six hours a day as demand reaches a record 2,310 megawatts. Head: a menu/masthead line, a donate button, section crumb (all "B"); headline of record "W"; a quote standfirst "..., residents say" ("", kept as written); a staff byline and a BYLINE-SAFETY NOTE in a full sentence ("B"); updated/reading line ("B"); a caption "" and credit "B". Body: "MARACAIBO —" lead "it said in a schedule posted on its Instagram account on Monday" (descriptor dropped, "Corpoelec", channel in the cue, "W"); the record demand "Corpoelec said" and capacity "according to figures from the Ministry of Electric Power" ("W"); the Zulia manager ("Ing." dropped) "said on state television" with a characterisation ("") and a plant fault ("W"); the rotation rule "the company said" (generic kept, "W"); a SCHEDULE BOX (label "B", four block lines "W": a timetable set by those who run it); a DONATION PLEA in three sentences with "US$3," mid-sentence ("B"); a resident\'s scene (""), her quote over two sentences, the second a SHORT LINE without a cue (""); the price of ice "according to three shopkeepers" ("W"); a HEADLINE-LIKE SUBHEAD "Hospitals exempt, clinics not" ("W") and the exemption "the company said" ("W"); an unnamed doctor with discarded insulin ("W"); a story line opening "Members of the Zulia Retailers\' Association have cut their opening hours ..." "according to a survey of 412 shops published by the association on Friday" ("W"); an engineer with out-of-service units ("W") and her opinion with a semicolon (""); Corpoelec\'s no-reply (""). Tail: an APP PROMPT in two sentences that names Corpoelec and the blocks, a share line, a translation note, a Spanish link, a most-read label and two headlines, a copyright line in two sentences (all "B").',
    'Ecuadorian EXPAT COMMUNITY NEWS SITE (Cuenca), DESKTOP browser paste with a COMMENTS section, a WATER story: ETAPA starts rotating 12-hour water cuts in 14 urban parishes as river flows fall to a 30-year low. Head: masthead, a tagline/date line, menu, an exchange-rate strip that states a fact and ends in "U.S. dollar!" (all "B"); headline of record "W"; a posted-by line with a comment count ("B"). Body: the lead "the company said" (generic kept, "W"); the river flow "according to ETAPA\'s hydrological bulletin" ("W"); the general manager ("Ing." dropped) "said at a press conference" ("W") and a forecast (""); a CUT SCHEDULE (label "B", three group lines "W" with "6 a.m. to 6 p.m." inside them); a story line opening "Subscribers to the Baños parish water scheme ... are not affected" with the board\'s president as speaker, and its connection limit ("W" both); hospitals exempt and tankers "ETAPA said" (resolving to "ETAPA EP", "W"); a TIPS LIST (label "B", two lines of advice ""); an expat\'s anecdote and quote (""); a question subhead "Power cuts next?" (""); the reservoir level "Cenace said" (descriptor dropped, "W") and "It said no national power cuts were planned" (a plan, ""). Tail: a DONATION PLEA in two sentences, a NEWSLETTER PROMPT split at its question and holding a reader count, an AUTHOR BIO in two sentences, a comment count, a MODERATION NOTE in two sentences, and two READERS\' COMMENTS, each a name/time line and its text, one of them making a factual claim about 2024 (all "B": user comments are page furniture, not the story), reply buttons, a copyright line in two sentences (all "B").',
    'Peruvian ENGLISH-LANGUAGE BUSINESS NEWS SERVICE, PRINT VIEW, a BUDGET story: Arequipa\'s regional government has executed 38.6% of its S/ 1,240 million investment budget by October 31, the lowest of 25 regions. Head: the URL line, masthead, print/close line, section label, a SUBSCRIBER-BRIEFING NOTE in a full sentence (all "B"); headline of record "W"; standfirst "..., builders\' association says" ("W", carrying "the Arequipa Builders\' Association" as the body first gives it); byline line ("B"); an INDEPENDENCE STATEMENT in two sentences ("B"). Body: "AREQUIPA —" lead with "S/ 478.6 million" "according to the Ministry of Economy and Finance\'s Consulta Amigable portal" ("W"); a ranking and last year\'s rate ("W"); an IN-FIGURES BOX (label "B", four "Label: figure" lines "W" with "Oct. 31:" inside one); projects with no spending "the portal showed" (resolving, "W") and a road held up "the governor\'s office said" ("W"); the governor (role dropped) "told reporters" with a characterisation (""), void tenders under "Law No. 32069" ("W") and a target (""); a story line opening "Members of the Arequipa Builders\' Association are owed S/ 96.4 million" with its president ("Arq." dropped) as speaker ("W"), his quote ("") and lost jobs ("W"); a spokeswoman on payments ("W"); the Comptroller General\'s Office "said in a report" ("W"); an economist with a characterisation ("") and returned funds ("W"); a HEADLINE-LIKE SUBHEAD in "Label: figure" shape "Deadline: December 31" ("W") and the budget rule ("W"); the council\'s 2028 budget (an act, "W"). Tail: a SUBSCRIBER PITCH in two sentences opening "Subscribers receive ..." ("B"), an AUTHOR BIO in two sentences, a related line, a copyright line split at "S.A.C." before "All rights reserved.", a printed-for line (all "B").',
    'Bolivian RADIO NETWORK\'S ENGLISH SERVICE, text SHARED FROM ITS APP, a BUSINESS/FUEL story: trucks queue up to 2.4 km for diesel in Santa Cruz as YPFB limits sales to 200 litres. Head: the app\'s back bar and section label ("B"); headline of record "W"; standfirst "Truckers\' chamber threatens ..." (a conditional threat, "", carrying the chamber as the body names it); byline/time line with "BOT", a listen line, a PODCAST PROMPT in two sentences ("B"); a caption "" and credit "B". Body: "SANTA CRUZ —" lead (no speaker, "W"); YPFB "said in a statement" with a causal claim ("W"), extra supplies and two ships due (scheduled, "W"); a SHORTAGE-IN-BRIEF LIST (label "B", four "Label: figure" lines "W"); resale prices "drivers told Red Oriente" ("W"); a pump attendant with deliveries ("W"); the price held since 2005 ("W"); a story line opening "Members of the Santa Cruz Heavy Transport Chamber voted 212 to 9" (the vote of record, "W", no speaker) and the president\'s quote (""); a SHORT ONE-LINE QUOTE "“Three nights in the queue,” said Teodoro Mamani Choque, ..." and his own loss (""); an APP-NOTIFICATION PROMPT ("B"); a HEADLINE-LIKE SUBHEAD of record "Buses cut services to Cotoca and Warnes" ("W") and the cut "the Santa Cruz municipal transport office said" ("W"); a growers\' association with delayed planting ("W"); the minister (role dropped) "told reporters in La Paz" with a forecast (""), sales ("W") and a characterisation with a semicolon (""); the chamber\'s consumption ("W"). Tail: a PODCAST PROMPT that names the chamber\'s president (no speaker, "B"), the network\'s SELF-DESCRIPTION in two sentences with figures, a TIP LINE split at "Have a tip?", the app-share line in two sentences, the link (all "B").',
    'Chilean NATIONAL DAILY\'S ENGLISH EDITION, text SHARED FROM ITS APP, a WEATHER story: Santiago\'s wettest June day in 27 years, 68.4 millimetres, leaves 214,000 customers without power. Head: edition label and section ("B"); headline of record "W"; standfirst "Schools in 14 communes stay closed on Friday, Education Ministry says" ("W", carrying "The Education Ministry" as the body writes it); a two-name byline with date and time, an EDITOR\'S NOTE that the story is being updated and a live-coverage prompt ("B"); a caption "" and credit "B". Body: "SANTIAGO —" lead "the Chilean Meteorological Directorate (DMC) said" with "8 a.m. on Thursday," mid-sentence ("W"); the June average ("W"); outages "according to the Superintendency of Electricity and Fuels (SEC)" and fallen spans "which said" ("W"); the distributor\'s manager with a forecast (""); the compensation rule under SEC rules ("W"); school closures "The Education Ministry said" and rations "the school meals agency Junaeb said" (descriptor dropped, "W"); an "Advertisement" line ("B"); a TIME-STAMPED TIMELINE of the day (label "B", four lines "W" with "8 p.m.:", "3 a.m.:" inside them: the story told in a live blog\'s shape, unlike a live blog\'s own stamps, which are "B"); SENAPRED with shelters and damaged homes ("W"); a resident\'s scene and quote with a SHORT LINE running on ("Same as in 2023.", ""); Line 4A reopening "at 1:40 p.m. after ..." ("W"); flights "according to the airport\'s operator" and Valparaíso rainfall "the DMC said" ("W"); a HEADLINE-LIKE SUBHEAD that is a FORECAST "More rain on Saturday" ("") and "The DMC forecast" (""); road and border closures "the Public Works Ministry said" ("W"); the presidential delegate (role dropped) with a characterisation ("") and spending since 2023 ("W"). Tail: a NOTIFICATION PROMPT in two sentences, a read-more line about the compensation rule, the app-share line and the link (all "B").',
    'Argentine ENGLISH-LANGUAGE DAILY\'S AMP PAGE, AMP paste, a BUSINESS/AGRICULTURE story: Mendoza\'s grape harvest falls 14% to 1.36 million tonnes, the lowest in six years, after hail and frost. Head: the AMP domain, masthead, a founding-year tagline, section label (all "B"); headline of record with a causal claim "W"; standfirst "..., says growers\' union" ("W", carrying "the Eastern Mendoza Growers\' Union"); a capitalised byline and a place/date line, a NEWSLETTER PROMPT in a full sentence ending "before 8am." ("B"); a caption "" and bracketed credit "B". Body: the harvest "according to the National Viticulture Institute (INV)" ("W") and "The INV\'s figures, published on Friday, put ..." ("W", the figures as speaker, cue "put"); hail and frost damage "according to Mendoza\'s agricultural emergency directorate" ("W"); a HARVEST-IN-NUMBERS BOX (label "B", four "Label: figure" lines "W" with "(–14%)" and "ARS 310/kg"); a story line opening "Members of the Eastern Mendoza Growers\' Union were paid an average of 310 pesos a kilo" with its president as speaker and costs ("W"), his quote (""); the union\'s crop losses "The union said" (resolving to the name, "W"); a winery\'s spokeswoman ("W"); a SUBSCRIPTION PITCH in two sentences with "ARS 4,900" ("B"); a HEADLINE-LIKE SUBHEAD of record "Exports down 9% in the first quarter" ("W") and "INV data show" ("W"); the provincial emergency (an act, "W"); the provincial economy minister (role dropped) "studying" a credit line (""); a grower\'s scene and a SHORT ONE-LINE QUOTE (""); hail-net cover "according to the INV" (resolving, "W"). Tail: a share line, a CORRECTION POLICY in two sentences, an AUTHOR BIO, related label and headline, a non-AMP link, copyright (all "B").',
    'Uruguayan ENGLISH-LANGUAGE NEWS DIGEST, READER-MODE paste, a TRANSPORT/LABOUR story: Montevideo\'s bus drivers strike for 24 hours over attacks on night shifts and 1,100 buses stay in their depots. Head, as reader mode leaves it: domain ("B"), headline with a semicolon of record ("W"), byline and reading time ("B"); standfirst "Union says it will strike again on Friday unless ..." (a conditional threat, "", carrying the union as first given); an EDITOR\'S NOTE in two sentences with "4:10 p.m. with" mid-sentence and a CORRECTION in two sentences that gives the fleet figure (all "B"); a caption "" and credit "B". Body: "MONTEVIDEO —" lead "the Unión de Conductores del Transporte Urbano (UCTU) said" ("W"); the first such strike since 2019 "the Intendencia said" (resolving to "the Intendencia de Montevideo", "W"); the fleet "according to the Intendencia de Montevideo" ("W"); a story line opening "Members of the union voted 1,312 to 288" with the secretary general as speaker ("W"), assaults ("W"), a quote over two sentences ("") and the conditional strike "he said" (""); a STRIKE-IN-NUMBERS BOX (label "B", three "Label: figure" lines "W"); the minimum service "The Intendencia said" ("W"), the mobility director with riders ("W") and a quote (""); a refund for "STM monthly pass holders" (a story line in a subscriber notice\'s shape, "W"); the Interior Ministry "said in a statement" with arrests ("W") and a plan (""); a SHORT ONE-LINE QUOTE "“Two hours to get to work,” said ..." (""); a HEADLINE-LIKE SUBHEAD of record "Ride-hailing fares up to 2.5 times normal" ("W") and "according to screenshots reviewed by The Rambla Digest" ("W"); a dated TIMELINE of the week (label "B", four lines "W"). Tail: a SUPPORT PLEA in two sentences, a NEWSLETTER PROMPT with "7 a.m." at its end, an AUTHOR BIO (all "B").',
]

ARTICLES = [
    [
        [
            ("THE MÉRIDA CURRENT", "", "", "B"),
        ],
        [
            ("English-language news for Yucatán since 2011", "", "", "B"),
        ],
        [
            (
                "News    Mérida    Yucatán    Real Estate    Food & Drink    Events    Community    Become a Member",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › Transport", "", "", "B"),
        ],
        [
            (
                "Va y Ven fare rises to 14 pesos on July 1, the first increase since 2022",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Students and older adults keep their 5-peso fare; paying in cash will cost a peso more, transport agency says",
                "the Agencia de Transporte de Yucatán",
                "says",
                "W",
            ),
        ],
        [
            ("By Rebecca Thornbury-Solís | June 12, 2027 | 5 min read", "", "", "B"),
        ],
        [
            (
                "Editor's note: The Mérida Current is an independent, reader-funded newsroom.",
                "",
                "",
                "B",
            ),
            (
                "All of our transport coverage is free to read, thanks to our members.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A Va y Ven bus on Calle 60 in the Centro on Tuesday.", "", "", ""),
            ("Photo: Ernesto Pech Canul / The Mérida Current", "", "", "B"),
        ],
        [
            (
                "Bus fares on Mérida's Va y Ven network will rise from 12 to 14 pesos on July 1, the Agencia de Transporte de Yucatán (ATY) announced on Tuesday.",
                "the Agencia de Transporte de Yucatán",
                "announced",
                "W",
            ),
        ],
        [
            (
                "It is the first increase since the network began charging its present fare in March 2022.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The agency's director general, Ing. Rodrigo Canché Villanueva, told a press conference that operating costs per kilometre had risen 31 percent since 2022, mainly because of the price of diesel and imported spare parts.",
                "Rodrigo Canché Villanueva",
                "told a press conference",
                "W",
            ),
            (
                "He said the state already pays the 11 companies that run the routes a subsidy of 142 million pesos a year.",
                "Rodrigo Canché Villanueva",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Nobody likes to pay more, but a bus that breaks down on the Periférico costs everybody more,” Canché said.",
                "Rodrigo Canché Villanueva",
                "said",
                "",
            ),
        ],
        [
            (
                "The preferential fare of 5 pesos for students, older adults and people with disabilities will not change, the agency said.",
                "the agency",
                "said",
                "W",
            ),
            (
                "Passengers who pay in cash will be charged 15 pesos, according to the new tariff published in the state's Diario Oficial on Monday.",
                "the new tariff published in the state's Diario Oficial on Monday",
                "according to",
                "W",
            ),
        ],
        [
            ("We don't have a paywall.", "", "", "B"),
            (
                "More than 3,100 members pay for reporting like this so that everyone in Yucatán can read it.",
                "",
                "",
                "B",
            ),
            ("Join them from 90 pesos a month → meridacurrent.mx/join", "", "", "B"),
        ],
        [
            ("THE NEW FARES AT A GLANCE", "", "", "B"),
        ],
        [
            ("General fare (card): 14 pesos", "", "", "W"),
        ],
        [
            ("Cash: 15 pesos", "", "", "W"),
        ],
        [
            ("Students, older adults, people with disabilities: 5 pesos", "", "", "W"),
        ],
        [
            ("Monthly pass: 560 pesos", "", "", "W"),
        ],
        [
            (
                "About 212,000 trips are made on the network on a typical weekday, up from 168,000 in 2024, according to ATY ridership figures.",
                "ATY ridership figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Members of the Sindicato de Choferes del Sureste, which represents about 1,400 of the network's 2,100 drivers, voted on Sunday to accept a 9 percent pay rise tied to the new fare.",
                "",
                "",
                "W",
            ),
            (
                "The vote was 611 to 142, the union's secretary general, Wilberth Ek Dzul, said.",
                "Wilberth Ek Dzul",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The drivers have waited three years,” Ek said.",
                "Wilberth Ek Dzul",
                "said",
                "",
            ),
        ],
        [
            (
                "Leticia Pool Uc, 58, who cleans houses in García Ginerés and takes four buses a day from her home in the south of the city, said she would now spend 56 pesos a day on fares.",
                "Leticia Pool Uc",
                "said",
                "",
            ),
            (
                "“Fourteen pesos is fourteen pesos,” she said.",
                "Leticia Pool Uc",
                "said",
                "",
            ),
            (
                "“Who is going to pay me two more pesos per house?”",
                "Leticia Pool Uc",
                "said",
                "",
            ),
        ],
        [
            ("Airport and Progreso routes keep their fares", "", "", "W"),
        ],
        [
            (
                "The fares on the airport route, 30 pesos, and on the Mérida–Progreso line, 28 pesos, are set separately and will not change, the ATY said.",
                "the Agencia de Transporte de Yucatán",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local deputy María Eugenia Couoh Baeza said the increase “punishes the people who have no car.”",
                "María Eugenia Couoh Baeza",
                "said",
                "",
            ),
            (
                "She said she would ask the state Congress on Thursday to call Canché to explain the companies' accounts.",
                "María Eugenia Couoh Baeza",
                "said",
                "",
            ),
        ],
        [
            (
                "The Mérida Current asked the ATY whether the companies' audited accounts would be published.",
                "",
                "",
                "",
            ),
            (
                "The agency did not respond by publication time.",
                "The agency",
                "did not respond by publication time",
                "",
            ),
        ],
        [
            ("HOW WE GOT HERE", "", "", "B"),
        ],
        [
            ("March 2022: Va y Ven starts charging 12 pesos on 41 routes", "", "", "W"),
        ],
        [
            ("November 2026: Bus operators ask for a 17-peso fare", "", "", "W"),
        ],
        [
            ("June 2027: The ATY approves 14 pesos from July 1", "", "", "W"),
        ],
        [
            (
                "Join us: our monthly Community Coffee is on Thursday, June 24, at 9 a.m. at the Parque de Santa Lucía.",
                "",
                "",
                "B",
            ),
            (
                "Bring your questions about the new fares for our transport reporter.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rebecca Thornbury-Solís covers transport and city hall for The Mérida Current.",
                "",
                "",
                "B",
            ),
            (
                "She moved to Yucatán from Vancouver in 2015 and rides the R-52 to work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Spotted an error?", "", "", "B"),
            (
                "Read our corrections policy at meridacurrent.mx/corrections or write to editor@meridacurrent.mx.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Thinking of buying in Santiago or Santa Ana?", "", "", "B"),
            ("Casa Henequén Realty has 40 colonial homes on its books.", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and may take up to 24 hours to appear.",
                "",
                "",
                "B",
            ),
            ("Please keep it civil.", "", "", "B"),
        ],
        [
            ("© 2027 Mérida Current Editores S.C.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.observadornacional.gt/english/justice/2027/06/04/former-xela-treasurer-sentenced",
                "",
                "",
                "B",
            ),
        ],
        [
            ("EL OBSERVADOR NACIONAL · ENGLISH EDITION", "", "", "B"),
        ],
        [
            ("🖨 Print    ✕ Close", "", "", "B"),
        ],
        [
            ("JUSTICE", "", "", "B"),
        ],
        [
            (
                "Former Quetzaltenango treasurer gets seven and a half years for diverting Q2.4 million from the city's water fund",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Court acquits two co-defendants and orders the money repaid",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Walter Ixcot Sapón | Quetzaltenango | June 4, 2027", "", "", "B"),
        ],
        [
            (
                "This article was translated from the Spanish original by the English Edition desk and edited for length.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Correction (June 5): An earlier version of this article gave the prison term as eight years.",
                "",
                "",
                "B",
            ),
            ("The court sentenced him to seven years and six months.", "", "", "B"),
        ],
        [
            (
                "QUETZALTENANGO — A sentencing court in Quetzaltenango on Thursday sentenced Edgar Aroldo Tax Chuc, the city's municipal treasurer from 2020 to 2023, to seven years and six months in prison for embezzlement after finding that he had diverted Q2.4 million from the municipal water fund.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The three-judge court also fined him Q50,000 and ordered him to repay the full amount to the municipality.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The presiding judge, Ana Lucía Xicará Tzoc, said the court had found that 41 transfers were made from the water fund to the accounts of two companies with no employees between February 2021 and August 2022.",
                "Ana Lucía Xicará Tzoc",
                "said",
                "W",
            ),
            (
                "“The signature on every one of those transfers is his,” Xicará said as she read the ruling.",
                "Ana Lucía Xicará Tzoc",
                "said",
                "W",
            ),
        ],
        [
            (
                "The court acquitted the former deputy treasurer, Marta Julia Cux Lacán, and a supplier, Byron Estuardo Monzón Ajanel, for lack of evidence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The case was brought by the Public Ministry's anti-corruption prosecutors after an audit by the Comptroller General's Office (Contraloría General de Cuentas) in 2023, according to court records.",
                "court records",
                "according to",
                "W",
            ),
        ],
        [
            ("THE CASE IN FIGURES", "", "", "B"),
        ],
        [
            ("Amount diverted: Q2,418,600", "", "", "W"),
        ],
        [
            ("Transfers: 41", "", "", "W"),
        ],
        [
            ("Prison term: 7 years, 6 months", "", "", "W"),
        ],
        [
            ("Fine: Q50,000", "", "", "W"),
        ],
        [
            ("Witnesses heard: 23", "", "", "W"),
        ],
        [
            (
                "The English Edition is read in 60 countries, many of them by Guatemalans living abroad.",
                "",
                "",
                "B",
            ),
            (
                "To keep it free, we rely on readers like you: observadornacional.gt/support",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Prosecutor Héctor Aníbal Coyoy Méndez told the court during the trial that the money had been meant for a 6-kilometre pipe to bring water from the Las Tres Cruces springs to the city's western districts.",
                "Héctor Aníbal Coyoy Méndez",
                "told the court",
                "W",
            ),
            (
                "The pipe was never laid, he said.",
                "Héctor Aníbal Coyoy Méndez",
                "said",
                "W",
            ),
        ],
        [
            (
                "After the ruling, Coyoy said the Public Ministry would appeal the two acquittals.",
                "Héctor Aníbal Coyoy Méndez",
                "said",
                "",
            ),
        ],
        [
            (
                "Tax Chuc's lawyer, Lic. Rony Estuardo Barrios Pú, said his client was “a scapegoat for decisions taken in the mayor's office.”",
                "Rony Estuardo Barrios Pú",
                "said",
                "",
            ),
            (
                "He said he would file a special appeal within the ten days the law allows.",
                "Rony Estuardo Barrios Pú",
                "said",
                "",
            ),
        ],
        [
            (
                "Members of the Zona 3 neighbours' committee, which filed the first complaint over the missing pipe in March 2022, collected 1,140 signatures for it.",
                "",
                "",
                "W",
            ),
            (
                "“Justice arrived late, but it arrived,” said the committee's president, Olga Marina Sac Puac.",
                "Olga Marina Sac Puac",
                "said",
                "",
            ),
        ],
        [
            ("Western districts still on tanker water", "", "", "W"),
        ],
        [
            (
                "About 9,000 households in Zonas 5 and 6 still receive water by tanker twice a week, the municipal water service said.",
                "the municipal water service",
                "said",
                "W",
            ),
            (
                "The municipality said it had budgeted Q6.1 million for the pipe in 2027 and that the tender would open on July 15.",
                "The municipality",
                "said",
                "W",
            ),
            (
                "Mayor Julio César Yax Pérez said he hoped the pipe would be finished “before the next dry season.”",
                "Julio César Yax Pérez",
                "said",
                "",
            ),
        ],
        [
            ("TIMELINE", "", "", "B"),
        ],
        [
            (
                "March 2022: Zona 3 residents file a complaint over the unbuilt pipe",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "October 2023: Comptroller's audit finds 41 unexplained transfers",
                "",
                "",
                "W",
            ),
        ],
        [
            ("January 2024: Tax Chuc arrested in Salcajá", "", "", "W"),
        ],
        [
            ("June 3, 2027: Sentenced to 7 years, 6 months", "", "", "W"),
        ],
        [
            (
                "Related: Comptroller's Office audits 14 western municipalities",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Quetzaltenango, Courts, Corruption, Water", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Editorial Observador Nacional, S.A.", "", "", "B"),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
        [
            ("Printed from observadornacional.gt on 05/06/2027, 08:41", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  THE COSTA RICA CRIER  🔍", "", "", "B"),
        ],
        [
            ("Subscribe | Log in", "", "", "B"),
        ],
        [
            ("HEALTH", "", "", "B"),
        ],
        [
            (
                "4,812 people wait for orthopedic surgery at Limón's hospital, the longest list on the Caribbean coast",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“I have been waiting 21 months for a knee,” says a retired dockworker, as the CCSS promises weekend operating shifts",
                "Alvin Brooks Lewis",
                "says",
                "",
            ),
        ],
        [
            (
                "By Natalia Quesada Brenes | Limón | Published Friday, September 10, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🎧 Prefer to listen?", "", "", "B"),
            (
                "This story is also on this week's episode of our podcast, Crier Conversations.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Patients wait outside the orthopedics clinic at Hospital Tony Facio in Limón on Wednesday.",
                "",
                "",
                "",
            ),
            ("(Natalia Quesada Brenes / The Crier)", "", "", "B"),
        ],
        [
            (
                "LIMÓN — The orthopedics waiting list at Hospital Tony Facio has grown to 4,812 patients, with an average wait of 612 days for surgery, according to figures the Costa Rican Social Security System (CCSS) released Wednesday.",
                "figures the Costa Rican Social Security System released Wednesday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It is the longest surgical waiting list of any hospital on the Caribbean coast and the fourth-longest in the country.",
                "",
                "",
                "W",
            ),
            ("A year ago the list stood at 3,960 patients.", "", "", "W"),
        ],
        [
            (
                "The hospital's medical director, Dr. Mauricio Herrera Solano, said three of its seven orthopedic surgeon posts had been vacant since March.",
                "Mauricio Herrera Solano",
                "said",
                "W",
            ),
            (
                "“We have two operating rooms for orthopedics and, most weeks, surgeons for only one of them,” Herrera said.",
                "Mauricio Herrera Solano",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said the CCSS had approved weekend operating shifts at the hospital starting October 2.",
                "Mauricio Herrera Solano",
                "said",
                "W",
            ),
            (
                "He expects the shifts to clear about 900 cases by December.",
                "Mauricio Herrera Solano",
                "expects",
                "",
            ),
        ],
        [
            ("BY THE NUMBERS", "", "", "B"),
        ],
        [
            ("4,812 patients on the orthopedics list", "", "", "W"),
        ],
        [
            ("612 days: the average wait for surgery", "", "", "W"),
        ],
        [
            ("3 of 7 surgeon posts vacant", "", "", "W"),
        ],
        [
            (
                "₡1,900 million: what the weekend shifts will cost through December",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dear reader: The Crier has covered Costa Rica in English since 1998.",
                "",
                "",
                "B",
            ),
            (
                "Stories like this one take days of reporting in Limón, and we don't put them behind a paywall.",
                "",
                "",
                "B",
            ),
            (
                "“Independent journalism costs money, and our readers are the only ones we answer to,” says our editor, Gwendolyn Marsh-Araya.",
                "",
                "",
                "B",
            ),
            ("Become a member for $5 a month.", "", "", "B"),
        ],
        [
            (
                "Alvin Brooks Lewis, 67, a retired dockworker from the Cieneguita neighborhood, has been on the list since December 2025.",
                "",
                "",
                "",
            ),
            (
                "“I have been waiting 21 months for a knee,” he said.",
                "Alvin Brooks Lewis",
                "said",
                "",
            ),
            (
                "“Every month they tell me, next month.”",
                "Alvin Brooks Lewis",
                "said",
                "",
            ),
        ],
        [
            (
                "Members of the Limón chapter of the Caribbean Patients' Association delivered a petition with 2,300 signatures to the hospital's management on Monday, the chapter's coordinator, Yolanda Campbell Reid, said.",
                "Yolanda Campbell Reid",
                "said",
                "W",
            ),
            (
                "“We are not asking for a new hospital, only for the surgeons this hospital already has on paper,” she said.",
                "Yolanda Campbell Reid",
                "said",
                "",
            ),
        ],
        [
            ("Patients sent to San José wait longer", "", "", "W"),
        ],
        [
            (
                "Patients referred from Limón to hospitals in San José wait an average of 701 days, because those hospitals give priority to their own lists, the CCSS said.",
                "the Costa Rican Social Security System",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ombudsman's Office (Defensoría de los Habitantes) said it had received 118 complaints about orthopedic waits in Limón this year, against 64 in all of 2026.",
                "The Ombudsman's Office",
                "said",
                "W",
            ),
            (
                "It urged the CCSS to publish its waiting lists hospital by hospital every month.",
                "The Ombudsman's Office",
                "urged",
                "",
            ),
        ],
        [
            (
                "Patients can check their place on the list in the CCSS's EDUS app, the hospital said.",
                "the hospital",
                "said",
                "W",
            ),
        ],
        [
            ("Get the Crier's health stories in your inbox every Friday.", "", "", "B"),
            ("It's free, and you can unsubscribe at any time.", "", "", "B"),
        ],
        [
            (
                "Natalia Quesada Brenes reports on health and the Caribbean province for The Costa Rica Crier.",
                "",
                "",
                "B",
            ),
            ("She was born in Siquirres.", "", "", "B"),
        ],
        [
            ("We welcome your comments.", "", "", "B"),
            (
                "Comments that include insults or personal attacks will be removed.",
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
                "Emergency room at Calderón Guardia to close for renovation in 2028",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Crier Publicaciones S.R.L.", "", "", "B"),
        ],
    ],
    [
        [
            ("amp.isthmusshipping.com", "", "", "B"),
        ],
        [
            ("ISTHMUS SHIPPING REPORT", "", "", "B"),
        ],
        [
            ("Canal | Ports | Bunkers | Markets | Events", "", "", "B"),
        ],
        [
            (
                "SPONSORED · Market update brought to you by Bahía Bunkering S.A.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Panama Canal cuts daily slots to 31 and Neopanamax draft to 44 feet as Gatun Lake drops",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ACP advisory takes effect August 21; lake at 80.1 feet, lowest for the time of year since 2023",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Ignacio Barragán Chiu, Panama City correspondent | 13 Aug 2027, 18:40 GMT-5",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share  𝕏  in  ✉", "", "", "B"),
        ],
        [
            ("KEY POINTS", "", "", "B"),
        ],
        [
            ("• Daily booking slots cut from 35 to 31 from August 21", "", "", "W"),
        ],
        [
            ("• Maximum Neopanamax draft 44 feet, down from 47", "", "", "W"),
        ],
        [
            ("• Gatun Lake at 80.1 feet on August 11", "", "", "W"),
        ],
        [
            ("• Rainfall in the watershed 38% below average since May", "", "", "W"),
        ],
        [
            (
                "The Panama Canal Authority (ACP) will cut the number of daily transit slots from 35 to 31 and lower the maximum draft in the Neopanamax locks to 44 feet from August 21, it said in Advisory to Shipping No. A-41-2027 on Thursday.",
                "The Panama Canal Authority",
                "said in Advisory to Shipping No. A-41-2027",
                "W",
            ),
        ],
        [
            (
                "Gatun Lake, which feeds the locks, stood at 80.1 feet on August 11, its lowest level for the middle of August since 2023, the advisory said.",
                "the advisory",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rainfall in the canal watershed has been 38% below the historical average since May, according to the ACP's water resources division.",
                "the ACP's water resources division",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The authority's deputy administrator for operations, Ing. Rosalba Quintero de Guardia, told a shipping webinar that each Neopanamax transit uses about 50 million gallons of fresh water.",
                "Rosalba Quintero de Guardia",
                "told a shipping webinar",
                "W",
            ),
            (
                "“We are managing the lake one day at a time,” Quintero de Guardia said.",
                "Rosalba Quintero de Guardia",
                "said",
                "",
            ),
            (
                "She said the ACP expected to restore 35 slots “when the rains return, probably in October.”",
                "Rosalba Quintero de Guardia",
                "said",
                "",
            ),
        ],
        [
            (
                "This market update is brought to you by Bahía Bunkering S.A.",
                "",
                "",
                "B",
            ),
            (
                "From Balboa to Cristóbal, we deliver low-sulphur fuel around the clock.",
                "",
                "",
                "B",
            ),
            ("Talk to our desk today.", "", "", "B"),
        ],
        [
            ("CANAL CONDITIONS, AUGUST 11", "", "", "B"),
        ],
        [
            ("Gatun Lake level: 80.1 ft", "", "", "W"),
        ],
        [
            ("Daily slots from Aug. 21: 31", "", "", "W"),
        ],
        [
            ("Max. Neopanamax draft: 44 ft", "", "", "W"),
        ],
        [
            ("Vessels waiting without a booking: 87", "", "", "W"),
        ],
        [
            (
                "The queue of vessels waiting without a booking rose to 87 on Friday, from 54 a week earlier, according to the ACP's daily transit report.",
                "the ACP's daily transit report",
                "according to",
                "W",
            ),
            (
                "Northbound ships without a reservation were waiting 9.5 days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Subscribers to the ACP's transit booking system must declare their arrival draft 48 hours before reaching the anchorage, under the advisory.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At an auction for a spare slot on Thursday, a liquefied petroleum gas carrier paid US$2.1 million to jump the queue, said Oswaldo Pérez Tejeira, a broker at Cocolí Ship Agencies Inc.",
                "Oswaldo Pérez Tejeira",
                "said",
                "W",
            ),
            (
                "He said two container lines had already moved their Asia–U.S. East Coast services to the Suez route for September.",
                "Oswaldo Pérez Tejeira",
                "said",
                "W",
            ),
        ],
        [
            ("Each foot of draft costs about 300 boxes", "", "", "W"),
        ],
        [
            (
                "A Neopanamax container ship gives up about 300 TEU of cargo for every foot of draft it loses, according to the ACP's guidance to shippers.",
                "the ACP's guidance to shippers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "An agent for a Colombian coffee exporter, who asked not to be named, said the restrictions were “a tax on being small.”",
                "An agent for a Colombian coffee exporter",
                "said",
                "",
            ),
        ],
        [
            ("This article is free to read.", "", "", "B"),
            (
                "Subscribers get our daily transit-queue data, draft forecasts and the weekly slot-auction table.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Isthmus Maritime Summit 2027 · 12–13 October · Panama City", "", "", "B"),
        ],
        [
            ("Early-bird registration closes August 31.", "", "", "B"),
        ],
        [
            (
                "Ignacio Barragán Chiu has reported on the canal since the expanded locks opened in 2016.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More canal news", "", "", "B"),
        ],
        [
            ("Cristóbal terminal adds two ship-to-shore cranes", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Isthmus Shipping Report.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("farallones.org", "", "", "B"),
        ],
        [
            (
                "64,000 Cali pupils went three weeks without school meals after the city suspended its contract",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Juliana Mosquera Riascos", "", "", "B"),
        ],
        [
            ("9–11 minutes", "", "", "B"),
        ],
        [
            (
                "Education Secretariat says meals resume Monday; inspection reports had flagged the kitchen in March",
                "the Cali Education Secretariat",
                "says",
                "W",
            ),
        ],
        [
            (
                "Pupils queue for bread and milk bought by parents at a school in Potrero Grande on August 12.",
                "",
                "",
                "",
            ),
            ("Photo: Farallones / Andrés Micolta", "", "", "B"),
        ],
        [
            ("WHY WE'RE REPORTING THIS", "", "", "B"),
            (
                "Farallones is a nonprofit newsroom that covers public services in Cali's eastern districts.",
                "",
                "",
                "B",
            ),
            (
                "In early August several parents in Potrero Grande wrote to our WhatsApp line to say their children were coming home hungry.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "CALI — About 64,000 pupils at 92 public schools in Cali's eastern districts received no school meals for 14 school days between August 2 and August 20, according to delivery records from the Cali Education Secretariat seen by Farallones.",
                "delivery records from the Cali Education Secretariat seen by Farallones",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Of the 92 schools, 58 are in Comuna 21, according to the Secretariat's school register.",
                "the Secretariat's school register",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The meals stopped after the Secretariat suspended its contract with the consortium Unión Temporal Nutrir Pacífico on August 1 for failing to meet hygiene standards, the Secretariat said in a statement.",
                "the Cali Education Secretariat",
                "said in a statement",
                "W",
            ),
            (
                "A replacement contract worth 18,400 million pesos was signed with a second operator on August 20, and deliveries will resume on Monday, it said.",
                "the Cali Education Secretariat",
                "said",
                "W",
            ),
        ],
        [
            ("WHAT WE FOUND", "", "", "B"),
        ],
        [
            (
                "• 92 schools and 64,000 pupils went without meals for 14 school days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• 31 of those schools are in Potrero Grande, Mojica and El Retiro.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The suspended contract was worth 41,700 million pesos and had been paid up to July.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• The Secretariat was warned of hygiene failures in March, in the first of two inspection reports.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Two inspection reports by the city's health department, dated March 12 and April 30 and obtained by Farallones, found food stored on the floor and missing cold-chain records at the consortium's kitchen in Mojica.",
                "Two inspection reports by the city's health department",
                "found",
                "W",
            ),
        ],
        [
            (
                "Unión Temporal Nutrir Pacífico did not respond to three requests for comment.",
                "Unión Temporal Nutrir Pacífico",
                "did not respond to three requests for comment",
                "",
            ),
        ],
        [
            (
                "Luz Dary Angulo Caicedo, who teaches third grade at a school in Potrero Grande, said four of her 38 pupils fainted in class during those three weeks.",
                "Luz Dary Angulo Caicedo",
                "said",
                "",
            ),
            (
                "“For many of them the school lunch is the only hot meal of the day,” she said.",
                "Luz Dary Angulo Caicedo",
                "said",
                "",
            ),
            (
                "“Every morning the same question: is there lunch today?”",
                "Luz Dary Angulo Caicedo",
                "said",
                "",
            ),
        ],
        [
            (
                "Members of the parents' association at the Institución Educativa Potrero Grande raised 1.2 million pesos in August to buy bread and milk for the youngest pupils, the association's treasurer, Yeison Castillo Valencia, said.",
                "Yeison Castillo Valencia",
                "said",
                "W",
            ),
        ],
        [
            ("A contract paid up to July", "", "", "W"),
        ],
        [
            (
                "The Secretariat had paid the consortium 29,600 million pesos of the 41,700 million contract by the end of July, according to Colombia's public procurement portal, SECOP II.",
                "SECOP II",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Procuraduría, Colombia's inspector general's office, said on Tuesday that it had opened a disciplinary inquiry into two officials of the Secretariat over the suspension.",
                "The Procuraduría",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cali's education secretary, Marcela Ordóñez Lucumí, said the Secretariat had acted “to protect the children from food that could make them ill.”",
                "Marcela Ordóñez Lucumí",
                "said",
                "",
            ),
            (
                "She said a new contract could not legally be signed in less than 15 business days under Colombia's public procurement law.",
                "Marcela Ordóñez Lucumí",
                "said",
                "W",
            ),
            (
                "“Three weeks without meals is not acceptable, and I apologise to the families,” Ordóñez said.",
                "Marcela Ordóñez Lucumí",
                "said",
                "",
            ),
        ],
        [
            ("TIMELINE", "", "", "B"),
        ],
        [
            (
                "March 12: First inspection finds food stored on the floor in Mojica",
                "",
                "",
                "W",
            ),
        ],
        [
            ("April 30: Second inspection repeats the findings", "", "", "W"),
        ],
        [
            ("August 1: Secretariat suspends the contract", "", "", "W"),
        ],
        [
            (
                "August 20: New operator signs an 18,400-million-peso contract",
                "",
                "",
                "W",
            ),
        ],
        [
            ("August 23: Meals due to resume", "", "", "W"),
        ],
        [
            (
                "This story was produced with support from the Fondo Pacífico para el Periodismo Local.",
                "",
                "",
                "B",
            ),
            ("The fund had no say in its content.", "", "", "B"),
        ],
        [
            (
                "Republish this story for free under a Creative Commons BY-ND 4.0 license.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Juliana Mosquera Riascos is a reporter at Farallones.", "", "", "B"),
            (
                "She grew up in El Retiro and studied at the Universidad del Valle.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Farallones corrects errors promptly.", "", "", "B"),
            ("Write to correcciones@farallones.org if you see one.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  EL FARO DEL LAGO · ENGLISH  🔍", "", "", "B"),
        ],
        [
            ("Donate", "", "", "B"),
        ],
        [
            ("VENEZUELA / ZULIA", "", "", "B"),
        ],
        [
            (
                "Corpoelec extends Maracaibo power cuts to six hours a day as heat pushes demand to a record",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“We sleep on the patio”: residents say they are losing food, water and sleep",
                "residents",
                "say",
                "",
            ),
        ],
        [
            ("By El Faro del Lago staff", "", "", "B"),
            (
                "For the safety of our reporters in Venezuela, some bylines on this site are withheld.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Updated 14 May 2027 · 6 min read", "", "", "B"),
        ],
        [
            (
                "A street in the Santa Lucía district of Maracaibo during a scheduled cut on Tuesday night.",
                "",
                "",
                "",
            ),
            ("Photo: El Faro del Lago", "", "", "B"),
        ],
        [
            (
                "MARACAIBO — The state power company Corpoelec has extended scheduled power cuts in Maracaibo and eight other municipalities of Zulia state from four to six hours a day, it said in a schedule posted on its Instagram account on Monday.",
                "Corpoelec",
                "said in a schedule posted on its Instagram account",
                "W",
            ),
        ],
        [
            (
                "Corpoelec said demand in Zulia reached a record 2,310 megawatts on May 9, when the temperature in Maracaibo hit 41.2°C.",
                "Corpoelec",
                "said",
                "W",
            ),
            (
                "The state can generate or import only about 1,650 megawatts, according to figures from the Ministry of Electric Power.",
                "figures from the Ministry of Electric Power",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Corpoelec's Zulia manager, Ing. Richard Alexander Bracho Finol, said on state television that the cuts were “temporary and necessary.”",
                "Richard Alexander Bracho Finol",
                "said on state television",
                "",
            ),
            (
                "He said a fault at the Termozulia plant on May 8 had taken 300 megawatts out of service.",
                "Richard Alexander Bracho Finol",
                "said",
                "W",
            ),
        ],
        [
            (
                "Each neighbourhood is assigned to one of four blocks, and the blocks rotate to a later slot every Monday, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            ("THE NEW SCHEDULE (MARACAIBO)", "", "", "B"),
        ],
        [
            ("Block A: 6 a.m. to 12 noon", "", "", "W"),
        ],
        [
            ("Block B: 12 noon to 6 p.m.", "", "", "W"),
        ],
        [
            ("Block C: 6 p.m. to midnight", "", "", "W"),
        ],
        [
            ("Block D: midnight to 6 a.m.", "", "", "W"),
        ],
        [
            (
                "El Faro del Lago is an independent newsroom working from Maracaibo, Caracas and Bogotá.",
                "",
                "",
                "B",
            ),
            ("We take no money from any government or party.", "", "", "B"),
            (
                "Your donation, even US$3, keeps our reporters on the ground: elfarodellago.com/donate",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "In Santa Lucía, Yusmary Chirinos Atencio, 44, keeps a cooler of ice on her porch and her children's school uniforms on a line in the yard.",
                "",
                "",
                "",
            ),
            (
                "“We sleep on the patio because inside the house is an oven,” she said.",
                "Yusmary Chirinos Atencio",
                "said",
                "",
            ),
            (
                "“And when the power comes back, the water doesn't, because the pumps were off.”",
                "Yusmary Chirinos Atencio",
                "said",
                "",
            ),
        ],
        [
            (
                "A bag of ice costs US$1.50 in the neighbourhood, up from 50 cents in April, according to three shopkeepers.",
                "three shopkeepers",
                "according to",
                "W",
            ),
        ],
        [
            ("Hospitals exempt, clinics not", "", "", "W"),
        ],
        [
            (
                "The schedule exempts the city's four public hospitals but not its 23 public outpatient clinics, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "A doctor at a public clinic in San Francisco municipality, who asked not to be named because doctors have been detained for speaking to the press, said the clinic had thrown away 400 doses of insulin after its refrigerator failed during a cut on May 10.",
                "A doctor at a public clinic in San Francisco municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Members of the Zulia Retailers' Association have cut their opening hours by an average of three hours a day since April, according to a survey of 412 shops published by the association on Friday.",
                "a survey of 412 shops published by the association on Friday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ana Karina Fuenmayor Pirela, an electrical engineer who taught at the University of Zulia until 2019, said four of the six units at the Termozulia plant had been out of service since 2024 for lack of spare parts.",
                "Ana Karina Fuenmayor Pirela",
                "said",
                "W",
            ),
            (
                "“The problem is not the heat; the heat comes every year,” Fuenmayor said.",
                "Ana Karina Fuenmayor Pirela",
                "said",
                "",
            ),
        ],
        [
            (
                "Corpoelec did not answer questions sent by WhatsApp.",
                "Corpoelec",
                "did not answer questions sent by WhatsApp",
                "",
            ),
        ],
        [
            (
                "Get the schedule on your phone: our app sends an alert every time Corpoelec changes the blocks.",
                "",
                "",
                "B",
            ),
            ("Download it free for Android.", "", "", "B"),
        ],
        [
            ("Share on WhatsApp | Telegram | X", "", "", "B"),
        ],
        [
            ("Translated from Spanish by our English desk.", "", "", "B"),
        ],
        [
            ("Leer en español", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            (
                "Teachers in Zulia paid in two instalments for the third month running",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bridge over Lake Maracaibo to close at night for repairs", "", "", "B"),
        ],
        [
            ("© 2027 El Faro del Lago.", "", "", "B"),
            ("Todos los derechos reservados.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE TOMEBAMBA POST", "", "", "B"),
        ],
        [
            (
                "Cuenca's English-language news since 2009 · Wednesday, October 6, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Home | News | Health | Real Estate | Expat Life | Classifieds | Donate",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Today's exchange rate: none needed — Ecuador uses the U.S. dollar!",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ETAPA starts 12-hour water cuts in 14 Cuenca parishes as river flows fall to a 30-year low",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Posted by Derek Ashworth-Molina | News | 2 comments", "", "", "B"),
        ],
        [
            (
                "Cuenca's municipal water company, ETAPA EP, began rotating 12-hour water cuts in 14 urban parishes on Tuesday after flows in the Tomebamba and Yanuncay rivers fell to their lowest level for early October in 30 years, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Tomebamba was carrying 1.9 cubic metres per second at the El Cebollar intake on Monday, against an October average of 6.4, according to ETAPA's hydrological bulletin.",
                "ETAPA's hydrological bulletin",
                "according to",
                "W",
            ),
        ],
        [
            (
                "ETAPA's general manager, Ing. Santiago Vintimilla Ochoa, said at a press conference that the company's two treatment plants were producing 1,350 litres per second, about 70 percent of normal demand.",
                "Santiago Vintimilla Ochoa",
                "said at a press conference",
                "W",
            ),
            (
                "He said the cuts would continue “at least until the rains arrive, which the forecasts put at the end of the month.”",
                "Santiago Vintimilla Ochoa",
                "said",
                "",
            ),
        ],
        [
            ("WHEN YOUR WATER IS OFF", "", "", "B"),
        ],
        [
            (
                "Group 1 (El Sagrario, San Sebastián, Gil Ramírez Dávalos, Bellavista): 6 a.m. to 6 p.m. on Tuesday, Thursday and Saturday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Group 2 (Yanuncay, Sucre, Huayna Cápac, El Batán): 6 a.m. to 6 p.m. on Wednesday, Friday and Sunday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Group 3 (Totoracocha, Monay, Hermano Miguel, Machángara, El Vecino, Cañaribamba): 6 p.m. to 6 a.m. on Monday, Wednesday and Friday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Subscribers to the Baños parish water scheme, which is run by a community board and draws on its own springs, are not affected, the board's president, Rosa Elvira Guamán Quizhpi, said.",
                "Rosa Elvira Guamán Quizhpi",
                "said",
                "W",
            ),
            (
                "She said the board had nevertheless limited each of its 3,800 connections to 20 cubic metres a month since September 15.",
                "Rosa Elvira Guamán Quizhpi",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hospitals and clinics are exempt from the cuts, ETAPA said.",
                "ETAPA EP",
                "said",
                "W",
            ),
            (
                "ETAPA said it had sent 16 tanker trucks to hospitals, schools and the Feria Libre market, and that residents could request a tanker by calling 135.",
                "ETAPA EP",
                "said",
                "W",
            ),
        ],
        [
            ("ETAPA'S TIPS", "", "", "B"),
        ],
        [
            ("Store water in clean, covered containers.", "", "", ""),
        ],
        [
            ("Boil stored water for three minutes before drinking it.", "", "", ""),
        ],
        [
            (
                "Gloria Whitfield-Arce, a retired nurse from Ohio who lives near Parque de la Madre, said she had filled every pot in her apartment on Monday night.",
                "Gloria Whitfield-Arce",
                "said",
                "",
            ),
            (
                "“Nobody told us in English, so I found out from my neighbor,” she said.",
                "Gloria Whitfield-Arce",
                "said",
                "",
            ),
        ],
        [
            ("Power cuts next?", "", "", ""),
        ],
        [
            (
                "Ecuador's grid operator, Cenace, said the Mazar reservoir, which feeds the Paute hydroelectric complex east of Cuenca, was at 2,141 metres above sea level on Monday, 12 metres above its minimum operating level.",
                "Cenace",
                "said",
                "W",
            ),
            (
                "It said no national power cuts were planned “for now.”",
                "Cenace",
                "said",
                "",
            ),
        ],
        [
            ("The Tomebamba Post is free and always will be.", "", "", "B"),
            (
                "If our water updates helped you this week, buy us a coffee: tomebambapost.com/donate",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Want updates by email?", "", "", "B"),
            ("Join 9,200 readers who get our morning bulletin.", "", "", "B"),
        ],
        [
            (
                "About the author: Derek Ashworth-Molina is the Post's news editor.",
                "",
                "",
                "B",
            ),
            ("He has lived in Cuenca since 2012.", "", "", "B"),
        ],
        [
            ("2 Comments", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            (
                "Be kind, stay on topic, and remember that our writers are volunteers.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Helen Dobrowski · October 6, 2027 at 9:14 am", "", "", "B"),
            (
                "We were without water in Totoracocha from 6 pm to 6 am and nobody warned us.",
                "",
                "",
                "B",
            ),
            ("Thanks for the schedule!", "", "", "B"),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Marco A. Peña · October 6, 2027 at 10:02 am", "", "", "B"),
            (
                "The Tomebamba was lower in 2024, I remember walking across it.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("© 2027 The Tomebamba Post.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("peruecon.pe/en/regions/arequipa-investment-execution-2027", "", "", "B"),
        ],
        [
            ("PERU ECONOMIC REPORT", "", "", "B"),
        ],
        [
            ("Print | Close", "", "", "B"),
        ],
        [
            ("Regions · Public Investment", "", "", "B"),
        ],
        [
            (
                "This subscriber briefing has been made free to read as part of our series on regional budgets.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Arequipa has spent 38.6% of its 2027 investment budget with two months of the year left",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Unpaid invoices to contractors top S/ 96 million, builders' association says",
                "the Arequipa Builders' Association",
                "says",
                "W",
            ),
        ],
        [
            ("By Milagros Zegarra Paredes | 3 Nov 2027", "", "", "B"),
        ],
        [
            ("Our reporting is never sponsored.", "", "", "B"),
            (
                "Read our editorial independence policy at peruecon.pe/independence.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "AREQUIPA — The regional government of Arequipa had executed S/ 478.6 million of its S/ 1,240 million investment budget by October 31, or 38.6%, according to the Ministry of Economy and Finance's Consulta Amigable portal.",
                "the Ministry of Economy and Finance's Consulta Amigable portal",
                "according to",
                "W",
            ),
            (
                "That is the lowest rate among Peru's 25 regional governments and compares with a national average of 55.2%.",
                "",
                "",
                "W",
            ),
            ("At the same point in 2026 the region had executed 51.3%.", "", "", "W"),
        ],
        [
            ("AREQUIPA IN FIGURES", "", "", "B"),
        ],
        [
            ("Investment budget (PIM): S/ 1,240 million", "", "", "W"),
        ],
        [
            ("Executed to Oct. 31: S/ 478.6 million", "", "", "W"),
        ],
        [
            ("Execution rate: 38.6%", "", "", "W"),
        ],
        [
            ("Projects with no spending this year: 61", "", "", "W"),
        ],
        [
            (
                "Of the region's 214 active projects, 61 had recorded no spending at all this year, the portal showed.",
                "the Ministry of Economy and Finance's Consulta Amigable portal",
                "showed",
                "W",
            ),
            (
                "The largest of them, a S/ 186 million road between Chivay and Cabanaconde, has not started because the regional procurement office twice returned its technical file, the governor's office said.",
                "the governor's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Regional governor Luis Alberto Chávez Llerena told reporters on Tuesday that “the procurement rules written in Lima paralyse the regions.”",
                "Luis Alberto Chávez Llerena",
                "told reporters",
                "",
            ),
            (
                "He said 43 tenders had been declared void this year because no company bid, most of them since the new public procurement law, Law No. 32069, took effect in April.",
                "Luis Alberto Chávez Llerena",
                "said",
                "W",
            ),
            (
                "Chávez said he expected to reach 70% by December 31.",
                "Luis Alberto Chávez Llerena",
                "said",
                "",
            ),
        ],
        [
            (
                "Members of the Arequipa Builders' Association are owed S/ 96.4 million for work the regional government has already certified, the association's president, Arq. Gonzalo Rivera Manrique, said.",
                "Gonzalo Rivera Manrique",
                "said",
                "W",
            ),
            (
                "“Some of our members have laid off half their workers,” Rivera said.",
                "Gonzalo Rivera Manrique",
                "said",
                "",
            ),
            (
                "He said 1,900 construction jobs had been lost in the region since June, according to a survey of 140 member firms.",
                "Gonzalo Rivera Manrique",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for the regional government said payments of S/ 41.2 million to contractors had been authorised on Friday.",
                "A spokeswoman for the regional government",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Comptroller General's Office said in a report published on October 20 that it had found irregularities in 12 of the region's projects, including a hospital in Camaná on which S/ 38 million has been spent since 2019 without its reaching 40% completion.",
                "The Comptroller General's Office",
                "said in a report",
                "W",
            ),
        ],
        [
            (
                "Carla Benavides Tupayachi, an economist at the Universidad Nacional de San Agustín, said low execution was “not a problem of money but of management.”",
                "Carla Benavides Tupayachi",
                "said",
                "",
            ),
            (
                "She said Peru's regional governments had returned S/ 2,100 million of unspent investment funds to the Treasury in 2026.",
                "Carla Benavides Tupayachi",
                "said",
                "W",
            ),
        ],
        [
            ("Deadline: December 31", "", "", "W"),
        ],
        [
            (
                "Funds not committed by December 31 return to the Treasury under the budget rules, unless the Ministry of Economy and Finance authorises their transfer to 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The regional council approved an investment budget of S/ 1,105 million for 2028 on October 28.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Subscribers receive our Regional Investment Tracker every Monday, with execution rates for all 25 regions.",
                "",
                "",
                "B",
            ),
            ("Start a 14-day free trial.", "", "", "B"),
        ],
        [
            (
                "Milagros Zegarra Paredes is Peru Economic Report's correspondent in southern Peru.",
                "",
                "",
                "B",
            ),
            (
                "She previously covered mining for a Lima daily for eight years.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related: Cusco tops the regional investment table at 71.4%", "", "", "B"),
        ],
        [
            ("© 2027 Peru Economic Report S.A.C.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed for subscriber 40217 · 03/11/2027 16:22", "", "", "B"),
        ],
    ],
    [
        [
            ("←  Red Oriente · English", "", "", "B"),
        ],
        [
            ("ECONOMY", "", "", "B"),
        ],
        [
            (
                "Truckers queue up to 2.4 km for diesel in Santa Cruz as YPFB limits sales to 200 litres",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Truckers' chamber threatens to block the Pailón bridge from Wednesday",
                "the Santa Cruz Heavy Transport Chamber",
                "threatens",
                "",
            ),
        ],
        [
            ("Red Oriente English Service · 20 July 2027, 07:30 BOT", "", "", "B"),
        ],
        [
            ("▶ Listen · 3:12", "", "", "B"),
        ],
        [
            (
                "🎧 This story is also in today's edition of our podcast, Bolivia in Five.",
                "",
                "",
                "B",
            ),
            ("Subscribe wherever you listen.", "", "", "B"),
        ],
        [
            ("Trucks line up for diesel on the Fourth Ring on Monday.", "", "", ""),
            ("Photo: Mauricio Justiniano / Red Oriente", "", "", "B"),
        ],
        [
            (
                "SANTA CRUZ — Queues of trucks waiting for diesel stretched up to 2.4 kilometres at service stations on Santa Cruz's Fourth Ring on Monday, after the state oil company YPFB limited sales to 200 litres per vehicle per day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "YPFB said in a statement that it had imported 38 million litres of diesel in the first half of July, against 52 million in the same period of June, because of “delays in payments to suppliers.”",
                "YPFB",
                "said in a statement",
                "W",
            ),
            (
                "It said stations in Montero and Warnes would receive extra supplies from Tuesday night.",
                "YPFB",
                "said",
                "W",
            ),
            (
                "It said two ships carrying a further 60 million litres were due at the Chilean port of Arica this week.",
                "YPFB",
                "said",
                "W",
            ),
        ],
        [
            ("THE SHORTAGE IN BRIEF", "", "", "B"),
        ],
        [
            ("Daily limit: 200 litres per vehicle", "", "", "W"),
        ],
        [
            ("Longest queue reported: 2.4 km, Fourth Ring", "", "", "W"),
        ],
        [
            ("Official diesel price: Bs 3.72 a litre", "", "", "W"),
        ],
        [
            ("Price on the street: up to Bs 9 a litre", "", "", "W"),
        ],
        [
            (
                "Diesel was being resold in jerrycans near the Los Pozos market for up to Bs 9 a litre, drivers told Red Oriente.",
                "drivers",
                "told Red Oriente",
                "W",
            ),
        ],
        [
            (
                "A pump attendant at a station on Banzer Avenue said it had received 18,000 litres on Monday, against 30,000 on a normal day.",
                "A pump attendant at a station on Banzer Avenue",
                "said",
                "W",
            ),
            (
                "The official price of diesel has been held at Bs 3.72 a litre since 2005.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Members of the Santa Cruz Heavy Transport Chamber voted 212 to 9 on Sunday to block the road to the Pailón bridge from Wednesday if supplies do not improve.",
                "",
                "",
                "W",
            ),
            (
                "“Our trucks are standing still while the soybean harvest waits,” the chamber's president, Freddy Suárez Añez, said.",
                "Freddy Suárez Añez",
                "said",
                "",
            ),
        ],
        [
            (
                "“Three nights in the queue,” said Teodoro Mamani Choque, a trucker from Montero.",
                "Teodoro Mamani Choque",
                "said",
                "",
            ),
            (
                "He said he had lost a load of sugar cane worth Bs 4,000 because he could not reach the mill in time.",
                "Teodoro Mamani Choque",
                "said",
                "",
            ),
        ],
        [
            (
                "Turn on notifications in the Red Oriente app to get fuel updates as they happen.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Buses cut services to Cotoca and Warnes", "", "", "W"),
        ],
        [
            (
                "Three bus lines serving Cotoca and Warnes halved their morning services on Monday, the Santa Cruz municipal transport office said.",
                "the Santa Cruz municipal transport office",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Oriente Soy Growers' Association said 31% of the winter wheat planting in the department had been delayed for lack of fuel for tractors.",
                "The Oriente Soy Growers' Association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hydrocarbons minister Jorge Luis Vaca Ribera told reporters in La Paz that supply would “return to normal within ten days.”",
                "Jorge Luis Vaca Ribera",
                "told reporters in La Paz",
                "",
            ),
            (
                "He said YPFB had sold an average of 1.1 million litres of diesel a day in Santa Cruz department in July, the same as in July 2026.",
                "Jorge Luis Vaca Ribera",
                "said",
                "W",
            ),
            (
                "“There is no shortage; there is hoarding,” Vaca said.",
                "Jorge Luis Vaca Ribera",
                "said",
                "",
            ),
        ],
        [
            (
                "The Santa Cruz Heavy Transport Chamber said its members had consumed 20% more diesel in July than a year earlier because of the soybean harvest.",
                "The Santa Cruz Heavy Transport Chamber",
                "said",
                "W",
            ),
        ],
        [
            (
                "Listen to our full interview with Freddy Suárez Añez in today's episode of Bolivia in Five.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Red Oriente has broadcast from Santa Cruz since 1987 and reaches 1.3 million listeners on 22 stations.",
                "",
                "",
                "B",
            ),
            (
                "Our English service is produced by a team of three in Santa Cruz and La Paz.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a tip?", "", "", "B"),
            ("Send it to english@redoriente.bo.", "", "", "B"),
        ],
        [
            ("Shared from the Red Oriente app.", "", "", "B"),
            ("Download it on Google Play or the App Store.", "", "", "B"),
        ],
        [
            ("https://redoriente.bo/en/a/48120", "", "", "B"),
        ],
    ],
    [
        [
            ("Diario Cordillera · English", "", "", "B"),
        ],
        [
            ("NATIONAL", "", "", "B"),
        ],
        [
            (
                "Santiago's wettest June day in 27 years leaves 214,000 homes without power",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Schools in 14 communes stay closed on Friday, Education Ministry says",
                "The Education Ministry",
                "says",
                "W",
            ),
        ],
        [
            (
                "Constanza Vergara Ibáñez and Tomás Aedo Rivas · Thursday, June 17, 2027 · 21:05",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Editor's note: This story is being updated as new information arrives.",
                "",
                "",
                "B",
            ),
            ("Follow our live coverage in the app.", "", "", "B"),
        ],
        [
            (
                "A bus drives through a flooded street in Cerrillos on Thursday morning.",
                "",
                "",
                "",
            ),
            ("Photo: Agencia Cordillera", "", "", "B"),
        ],
        [
            (
                "SANTIAGO — A frontal system dropped 68.4 millimetres of rain on Santiago in the 24 hours to 8 a.m. on Thursday, the most for a single June day since 2000, the Chilean Meteorological Directorate (DMC) said.",
                "the Chilean Meteorological Directorate",
                "said",
                "W",
            ),
            (
                "The average rainfall for the whole of June at the Quinta Normal station is 77.2 millimetres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "As of 6 p.m., 214,000 customers in the Metropolitan Region were without electricity, according to the Superintendency of Electricity and Fuels (SEC).",
                "the Superintendency of Electricity and Fuels",
                "according to",
                "W",
            ),
            (
                "Most were customers of the distributor Luz Andina, which said falling trees had brought down 340 spans of cable.",
                "Luz Andina",
                "said",
                "W",
            ),
        ],
        [
            (
                "Luz Andina's general manager, Patricio Larraín Westermeier, said he expected 90% of customers to be reconnected by Saturday night.",
                "Patricio Larraín Westermeier",
                "said",
                "",
            ),
        ],
        [
            (
                "Under SEC rules, customers left without power for more than 20 hours are entitled to automatic compensation on their next bill.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Education Ministry said classes would be suspended on Friday at schools in 14 communes, including Puente Alto, La Florida, Peñalolén and Maipú.",
                "The Education Ministry",
                "said",
                "W",
            ),
            (
                "Families at those schools can collect the day's food rations from 10 a.m. on Friday, the school meals agency Junaeb said.",
                "Junaeb",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("HOW THE DAY UNFOLDED", "", "", "B"),
        ],
        [
            (
                "Wednesday, 8 p.m.: The DMC issues a warning for up to 70 mm of rain",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Thursday, 3 a.m.: The Zanjón de la Aguada canal overflows in Cerrillos",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Thursday, 7 a.m.: Metro suspends Line 4A between La Cisterna and Vicuña Mackenna",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Thursday, 2 p.m.: SENAPRED reports 1,260 people in shelters",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The National Disaster Prevention and Response Service (SENAPRED) said 1,260 people had been moved to shelters in six communes and that 312 homes had been damaged.",
                "The National Disaster Prevention and Response Service",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Cerrillos, where the Zanjón de la Aguada overflowed before dawn, Marisol Huenchumilla Catrileo, 52, was bailing water out of her kitchen with a bucket.",
                "",
                "",
                "",
            ),
            (
                "“The water came in under the door at three in the morning,” she said.",
                "Marisol Huenchumilla Catrileo",
                "said",
                "",
            ),
            ("“Same as in 2023.”", "Marisol Huenchumilla Catrileo", "said", ""),
        ],
        [
            (
                "Metro de Santiago said Line 4A had reopened at 1:40 p.m. after water was pumped out of a cutting near La Cisterna.",
                "Metro de Santiago",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Santiago's airport, 46 flights were cancelled, according to the airport's operator.",
                "the airport's operator",
                "according to",
                "W",
            ),
            (
                "In Valparaíso, 41 millimetres fell in the same period, the DMC said.",
                "the Chilean Meteorological Directorate",
                "said",
                "W",
            ),
        ],
        [
            ("More rain on Saturday", "", "", ""),
        ],
        [
            (
                "The DMC forecast a second, weaker front for Saturday, with 15 to 25 millimetres expected in Santiago.",
                "the Chilean Meteorological Directorate",
                "forecast",
                "",
            ),
        ],
        [
            (
                "The road to the Farellones ski area was closed, as was the Cristo Redentor border crossing to Argentina, where 1.4 metres of snow had fallen, the Public Works Ministry said.",
                "the Public Works Ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The presidential delegate for the Metropolitan Region, Ximena Cortés Painemal, said the canals “did exactly what they did two years ago, and that is unacceptable.”",
                "Ximena Cortés Painemal",
                "said",
                "",
            ),
            (
                "She said the Public Works Ministry had spent 4,200 million pesos on cleaning the Zanjón de la Aguada since 2023.",
                "Ximena Cortés Painemal",
                "said",
                "W",
            ),
        ],
        [
            (
                "Turn on notifications to get weather alerts for your commune.",
                "",
                "",
                "B",
            ),
            ("You can choose up to three communes in Settings.", "", "", "B"),
        ],
        [
            (
                "Read more: What to do if your power has been off for more than 20 hours",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Shared from the Diario Cordillera app", "", "", "B"),
        ],
        [
            ("https://dcordillera.cl/en/n/2027/06/17/lluvia-santiago", "", "", "B"),
        ],
    ],
    [
        [
            ("amp.portenostandard.com.ar", "", "", "B"),
        ],
        [
            ("THE PORTEÑO STANDARD", "", "", "B"),
        ],
        [
            ("Argentina's English-language daily since 1979", "", "", "B"),
        ],
        [
            ("ECONOMY", "", "", "B"),
        ],
        [
            (
                "Mendoza grape harvest falls 14% to its lowest in six years after November hail and an October frost",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Growers get 310 pesos a kilo for Malbec, less than it costs to pick it, says growers' union",
                "the Eastern Mendoza Growers' Union",
                "says",
                "W",
            ),
        ],
        [
            ("BY CANDELA ROSSI FERRARI", "", "", "B"),
        ],
        [
            ("Mendoza · Monday, April 19, 2027", "", "", "B"),
        ],
        [
            (
                "Sign up for The Standard Brief, our morning newsletter, and get the day's economic news in your inbox before 8am.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Vines stripped of leaves by hail near Rivadavia in November.",
                "",
                "",
                "",
            ),
            ("(Photo: Agustín Funes Lazzari)", "", "", "B"),
        ],
        [
            (
                "Mendoza's 2027 grape harvest came to 1.36 million tonnes, 14% less than last year and the smallest since 2021, according to the National Viticulture Institute (INV).",
                "the National Viticulture Institute",
                "according to",
                "W",
            ),
            (
                "The INV's figures, published on Friday, put the national harvest at 1.86 million tonnes, down 11%.",
                "The INV's figures",
                "put",
                "W",
            ),
        ],
        [
            (
                "Hail on November 23 damaged about 21,000 hectares in the Uco Valley and the east of the province, and a frost in early October affected a further 9,400, according to Mendoza's agricultural emergency directorate.",
                "Mendoza's agricultural emergency directorate",
                "according to",
                "W",
            ),
        ],
        [
            ("THE HARVEST IN NUMBERS", "", "", "B"),
        ],
        [
            ("Mendoza: 1.36 million tonnes (–14%)", "", "", "W"),
        ],
        [
            ("Argentina: 1.86 million tonnes (–11%)", "", "", "W"),
        ],
        [
            ("Average Malbec price: ARS 310/kg", "", "", "W"),
        ],
        [
            ("Hectares hit by hail: 21,000", "", "", "W"),
        ],
        [
            (
                "Members of the Eastern Mendoza Growers' Union were paid an average of 310 pesos a kilo for Malbec this season, the union's president, Héctor Fabián Lucero Ortiz, said.",
                "Héctor Fabián Lucero Ortiz",
                "said",
                "W",
            ),
            (
                "He said picking and hauling had cost growers about 340 pesos a kilo.",
                "Héctor Fabián Lucero Ortiz",
                "said",
                "W",
            ),
            (
                "“We are paying to harvest,” Lucero said.",
                "Héctor Fabián Lucero Ortiz",
                "said",
                "",
            ),
        ],
        [
            (
                "The union said 1,100 of its 3,400 members had lost more than half their crop.",
                "the Eastern Mendoza Growers' Union",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokeswoman for Bodega Los Algarrobos, one of the province's ten largest wineries, said it had bought 18% fewer grapes than in 2026.",
                "A spokeswoman for Bodega Los Algarrobos",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Porteño Standard's coverage of the regional economies is paid for by our subscribers.",
                "",
                "",
                "B",
            ),
            ("Subscribe from ARS 4,900 a month and read without limits.", "", "", "B"),
        ],
        [
            ("Exports down 9% in the first quarter", "", "", "W"),
        ],
        [
            (
                "Argentine wine exports fell 9% by volume in the first quarter, to 41.2 million litres, INV data show.",
                "INV data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Mendoza's provincial government declared an agricultural emergency in 14 departments in December, which lets affected growers postpone provincial tax payments for a year.",
                "",
                "",
                "W",
            ),
            (
                "The province's economy minister, Rodolfo Bermejo Saá, said the government was “studying” a subsidised credit line for hail nets.",
                "Rodolfo Bermejo Saá",
                "said",
                "",
            ),
        ],
        [
            (
                "In Rivadavia, in the east of the province, Nélida Pizarro Guevara, 71, walked between rows of vines still bare from the hail.",
                "",
                "",
                "",
            ),
            (
                "“Forty years, and I never saw it like this,” she said.",
                "Nélida Pizarro Guevara",
                "said",
                "",
            ),
        ],
        [
            (
                "Hail nets cover only 6% of Mendoza's vineyards, according to the INV.",
                "the National Viticulture Institute",
                "according to",
                "W",
            ),
        ],
        [
            ("Share this article  ✉  𝕏  ⓕ", "", "", "B"),
        ],
        [
            (
                "Correction policy: The Porteño Standard corrects factual errors as soon as they are brought to our attention.",
                "",
                "",
                "B",
            ),
            ("Write to corrections@portenostandard.com.ar.", "", "", "B"),
        ],
        [
            (
                "Candela Rossi Ferrari is The Porteño Standard's correspondent in Cuyo.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Wine exporters ask for a single exchange rate", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
        [
            ("© 2027 Porteño Standard S.A.", "", "", "B"),
        ],
    ],
    [
        [
            ("rambladigest.uy", "", "", "B"),
        ],
        [
            (
                "Montevideo bus drivers strike for 24 hours over night-shift attacks; 1,100 buses stay in depots",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sofía Cardozo Bentancur", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Union says it will strike again on Friday unless police are put on 12 night routes",
                "the Unión de Conductores del Transporte Urbano",
                "says",
                "",
            ),
        ],
        [
            (
                "Editor's note: The Rambla Digest publishes a daily English summary of Uruguayan news, Monday to Friday.",
                "",
                "",
                "B",
            ),
            (
                "This article was updated at 4:10 p.m. with comments from the Intendencia.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Correction: An earlier version of this summary said 1,450 buses stayed in their depots.",
                "",
                "",
                "B",
            ),
            ("That is the size of the normal weekday fleet.", "", "", "B"),
        ],
        [
            ("Buses parked at a depot in La Teja on Tuesday morning.", "", "", ""),
            ("Photo: The Rambla Digest", "", "", "B"),
        ],
        [
            (
                "MONTEVIDEO — About 1,100 buses stayed in their depots on Tuesday as Montevideo's urban bus drivers held a 24-hour strike after two drivers were attacked on night shifts in a week, the Unión de Conductores del Transporte Urbano (UCTU) said.",
                "the Unión de Conductores del Transporte Urbano",
                "said",
                "W",
            ),
        ],
        [
            (
                "It was the first 24-hour bus strike in Montevideo since 2019, the Intendencia said.",
                "the Intendencia de Montevideo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's four bus companies run about 1,450 buses on a normal weekday, according to the Intendencia de Montevideo.",
                "the Intendencia de Montevideo",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Members of the union voted 1,312 to 288 on Monday night to strike, the union's secretary general, Washington Píriz Olivera, said.",
                "Washington Píriz Olivera",
                "said",
                "W",
            ),
            (
                "He said drivers had reported 64 assaults since January, against 41 in the same period of 2026.",
                "Washington Píriz Olivera",
                "said",
                "W",
            ),
            ("“We are not asking for money.", "Washington Píriz Olivera", "said", ""),
            (
                "We are asking to get home alive,” Píriz said.",
                "Washington Píriz Olivera",
                "said",
                "",
            ),
            (
                "The union will strike again from 10 p.m. on Friday unless the Interior Ministry assigns police to 12 night routes, he said.",
                "Washington Píriz Olivera",
                "said",
                "",
            ),
        ],
        [
            ("THE STRIKE IN NUMBERS", "", "", "B"),
        ],
        [
            ("Buses in depots: about 1,100", "", "", "W"),
        ],
        [
            ("Assaults on drivers since January: 64", "", "", "W"),
        ],
        [
            ("Routes with a minimum service: 18", "", "", "W"),
        ],
        [
            (
                "The Intendencia said 18 routes had run a minimum service with 240 buses, most of them operated by cooperatives that did not join the strike.",
                "the Intendencia de Montevideo",
                "said",
                "W",
            ),
            (
                "Its mobility director, Carolina Techera Pereyra, said about 300,000 people ride Montevideo's buses on a weekday.",
                "Carolina Techera Pereyra",
                "said",
                "W",
            ),
            (
                "“They are the ones who pay for a strike,” she said.",
                "Carolina Techera Pereyra",
                "said",
                "",
            ),
        ],
        [
            (
                "STM monthly pass holders will be refunded one day of travel, the Intendencia said.",
                "the Intendencia de Montevideo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Interior Ministry said in a statement that police had arrested two men over the attack on a driver of route 185 in Casavalle on May 3.",
                "The Interior Ministry",
                "said in a statement",
                "W",
            ),
            (
                "It said it would “review” patrols on night routes with the companies.",
                "The Interior Ministry",
                "said",
                "",
            ),
        ],
        [
            (
                "“Two hours to get to work,” said Matías Rodríguez Sosa, 27, who walked from Piedras Blancas to the Ciudad Vieja.",
                "Matías Rodríguez Sosa",
                "said",
                "",
            ),
        ],
        [
            ("Ride-hailing fares up to 2.5 times normal", "", "", "W"),
        ],
        [
            (
                "Fares on ride-hailing apps reached up to 2.5 times their normal level during the morning rush, according to screenshots reviewed by The Rambla Digest.",
                "screenshots reviewed by The Rambla Digest",
                "according to",
                "W",
            ),
        ],
        [
            ("THE WEEK SO FAR", "", "", "B"),
        ],
        [
            ("May 3: A driver on route 185 is attacked in Casavalle", "", "", "W"),
        ],
        [
            (
                "May 8: A second driver is robbed at knifepoint in Cerro Norte",
                "",
                "",
                "W",
            ),
        ],
        [
            ("May 10: Union members vote to strike", "", "", "W"),
        ],
        [
            ("May 11: 24-hour strike", "", "", "W"),
        ],
        [
            ("The Rambla Digest is independent and reader-supported.", "", "", "B"),
            (
                "If this summary saved you a wait at the bus stop, consider a monthly contribution.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get The Rambla Digest in your inbox each weekday at 7 a.m.", "", "", "B"),
        ],
        [
            (
                "Sofía Cardozo Bentancur edits The Rambla Digest from Montevideo.",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n177-mx-sc-ends",
        "The routes are run by Autobuses Peninsulares S.C. The firm owns 64 buses.",
        [
            "The routes are run by Autobuses Peninsulares S.C.",
            "The firm owns 64 buses.",
        ],
    ),
    (
        "n177-mx-ing-title",
        "Ing. Marco Tulio Chel Dzib signed the new tariff on Monday. It takes effect on August 1.",
        [
            "Ing. Marco Tulio Chel Dzib signed the new tariff on Monday.",
            "It takes effect on August 1.",
        ],
    ),
    (
        "n177-mx-am-ends",
        "The first bus leaves the Centro at 5 a.m. The last one returns at 11 p.m.",
        [
            "The first bus leaves the Centro at 5 a.m.",
            "The last one returns at 11 p.m.",
        ],
    ),
    (
        "n177-mx-furniture-question",
        "Spotted an error? Write to editor@meridacurrent.mx.",
        ["Spotted an error?", "Write to editor@meridacurrent.mx."],
    ),
    (
        "n177-gt-lic-title",
        "Lic. Brenda Yolanda Ajú Tum asked for a new hearing. The judge refused.",
        ["Lic. Brenda Yolanda Ajú Tum asked for a new hearing.", "The judge refused."],
    ),
    (
        "n177-gt-sa-ends",
        "The pipes were ordered from Tuberías del Altiplano, S.A. None of them was delivered.",
        [
            "The pipes were ordered from Tuberías del Altiplano, S.A.",
            "None of them was delivered.",
        ],
    ),
    (
        "n177-gt-quetzal-decimal",
        "The fine is Q12.50 for each day of delay. It was set in 2019.",
        ["The fine is Q12.50 for each day of delay.", "It was set in 2019."],
    ),
    (
        "n177-cr-dr-mid",
        "Dr. Ana Lorena Vargas Chinchilla said 14 surgeons had applied. Four were hired.",
        [
            "Dr. Ana Lorena Vargas Chinchilla said 14 surgeons had applied.",
            "Four were hired.",
        ],
    ),
    (
        "n177-cr-question-attrib",
        "“When will they call me?” asked Elroy Grant Bennett, 71. Nobody answered.",
        [
            "“When will they call me?” asked Elroy Grant Bennett, 71.",
            "Nobody answered.",
        ],
    ),
    (
        "n177-cr-colon-decimal",
        "A consultation costs ₡14,250.75 without insurance. With it, nothing.",
        ["A consultation costs ₡14,250.75 without insurance.", "With it, nothing."],
    ),
    (
        "n177-pa-advisory-no",
        "Advisory to Shipping No. A-52-2027 replaces the earlier notice. It takes effect on Monday.",
        [
            "Advisory to Shipping No. A-52-2027 replaces the earlier notice.",
            "It takes effect on Monday.",
        ],
    ),
    (
        "n177-pa-inc-ends",
        "The slot went to a tanker chartered by Pacific Bulk Carriers Inc. It paid US$1.4 million.",
        [
            "The slot went to a tanker chartered by Pacific Bulk Carriers Inc.",
            "It paid US$1.4 million.",
        ],
    ),
    (
        "n177-pa-us-mid",
        "Two U.S. ports received the diverted ships. Both are on the Gulf Coast.",
        ["Two U.S. ports received the diverted ships.", "Both are on the Gulf Coast."],
    ),
    (
        "n177-co-sas-ends",
        "The kitchens were run by Alimentos del Pacífico S.A.S. Its contract ended in July.",
        [
            "The kitchens were run by Alimentos del Pacífico S.A.S.",
            "Its contract ended in July.",
        ],
    ),
    (
        "n177-co-question-then-sentence",
        "“Is there lunch today? My son asks me every morning,” said one mother.",
        ["“Is there lunch today?", "My son asks me every morning,” said one mother."],
    ),
    (
        "n177-ve-ca-ends",
        "The generators were sold by Inversiones Lago Azul, C.A. They arrived broken.",
        [
            "The generators were sold by Inversiones Lago Azul, C.A.",
            "They arrived broken.",
        ],
    ),
    (
        "n177-ve-pm-mid",
        "Power returned at 6 p.m. in Bella Vista and at 9 p.m. in La Limpia. Some blocks stayed dark.",
        [
            "Power returned at 6 p.m. in Bella Vista and at 9 p.m. in La Limpia.",
            "Some blocks stayed dark.",
        ],
    ),
    (
        "n177-ec-etc-ends",
        "Fill bottles, pots, buckets etc. Keep them covered.",
        ["Fill bottles, pots, buckets etc.", "Keep them covered."],
    ),
    (
        "n177-ec-dollar-decimal",
        "The tariff is $0.42 per cubic metre. It has not changed since 2019.",
        ["The tariff is $0.42 per cubic metre.", "It has not changed since 2019."],
    ),
    (
        "n177-pe-sac-ends",
        "The road was awarded to Constructora Misti S.A.C. Work has not begun.",
        ["The road was awarded to Constructora Misti S.A.C.", "Work has not begun."],
    ),
    (
        "n177-pe-law-no-oct-ends",
        "Law No. 31411 set the deadline at Oct. 15. Three regions missed it.",
        ["Law No. 31411 set the deadline at Oct. 15.", "Three regions missed it."],
    ),
    (
        "n177-pe-soles-slash",
        "Arequipa has S/ 761.4 million left to spend. Cusco has S/ 402 million.",
        ["Arequipa has S/ 761.4 million left to spend.", "Cusco has S/ 402 million."],
    ),
    (
        "n177-pe-arq-title",
        "Arq. Pilar Begazo Salas opened the works. She gave no finishing date.",
        ["Arq. Pilar Begazo Salas opened the works.", "She gave no finishing date."],
    ),
    (
        "n177-bo-bs-decimal",
        "Diesel costs Bs 3.72 a litre. Petrol costs Bs 3.74.",
        ["Diesel costs Bs 3.72 a litre.", "Petrol costs Bs 3.74."],
    ),
    (
        "n177-bo-exclaim-attrib",
        "“Three days in line!” shouted a driver from Warnes. The queue did not move.",
        [
            "“Three days in line!” shouted a driver from Warnes.",
            "The queue did not move.",
        ],
    ),
    (
        "n177-cl-am-mid",
        "The pass reopened at 7:30 a.m. on Friday. Chains are compulsory.",
        ["The pass reopened at 7:30 a.m. on Friday.", "Chains are compulsory."],
    ),
    (
        "n177-cl-sra-title",
        "Sra. Rosa Quilaqueo Ñanco lost her roof in the storm. Her neighbours rebuilt it.",
        [
            "Sra. Rosa Quilaqueo Ñanco lost her roof in the storm.",
            "Her neighbours rebuilt it.",
        ],
    ),
    (
        "n177-ar-initials",
        "The study was led by J. M. Ortiz Bustos. It covered 900 vineyards.",
        ["The study was led by J. M. Ortiz Bustos.", "It covered 900 vineyards."],
    ),
    (
        "n177-uy-av-mid",
        "Buses ran along Av. 18 de Julio until noon. Then they stopped.",
        ["Buses ran along Av. 18 de Julio until noon.", "Then they stopped."],
    ),
    (
        "n177-uy-pm-mid-note",
        "Editor's note: This article was updated at 4:10 p.m. with new figures from the Intendencia.",
        [
            "Editor's note: This article was updated at 4:10 p.m. with new figures from the Intendencia."
        ],
    ),
]
