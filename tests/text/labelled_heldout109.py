"""Hundred-and-ninth held-out set of hand-labelled pages for the hint engines (held-out set, round sixty-two):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve KINDS OF OUTLET in twelve countries of the Americas where ALL FOUR HINTS matter at once --
furniture found line by line, attribution and speakers, check-worthiness, and sentence ends -- one
page per country (the United States twice, from two different states) and per kind of outlet, the
pastes varied (desktop, phone, reader mode, AMP, print view, a wire service's subscriber portal, a
newsletter's web version, text shared from an app).

This set is HELD OUT: it is never looked at while the engine is tuned, and it is scored only at the
start and at the end of the round. Nobody tuning a rule reads its pages, its `STYLES` or its
`HELDOUT_CASES`.

The pages: a United States (Ohio) METRO DAILY'S website on the DESKTOP (a state audit finds one in five
911 calls to Montgomery County's dispatch center rang more than 15 seconds); a United States (New
Mexico) PUBLIC RADIO station's website pasted from a PHONE (Silver City's hospital stops delivering
babies on Aug. 31, the nearest labor unit 112 miles away); a Canadian BUSINESS PAPER in READER MODE (a
lumber maker swings to a $48.2-million quarterly loss as U.S. softwood duties bite); a Mexican news
agency's WIRE COPY pasted from its SUBSCRIBER PORTAL (the National Water Commission cuts Cutzamala
water to the capital by a quarter from June 1); a Cuban GOVERNMENT PRESS RELEASE PAGE in PRINT VIEW
(the Electric Union reports a 1,318 MW peak deficit, with a Havana outage schedule); a Dominican
SPORTS SITE's article SHARED FROM ITS APP (the women's volleyball team beats Puerto Rico for a 14th
Caribbean title); a Puerto Rican INVESTIGATIVE NONPROFIT on the DESKTOP (197 of 312 school generators
bought for $14.6 million never connected); a Haitian NEWSLETTER'S WEB VERSION on the desktop (a morning
brief: fuel prices, the gourde, the Cap-Haïtien port, a number and a quote of the day); a Belizean TV
STATION'S website pasted from a PHONE, a story transcript with name supers and reader comments (1,340
tonnes of sargassum cleared from Placencia and Hopkins); a Honduran LOCAL NEWS SITE WITH A METERED
PAYWALL pasted from a PHONE (a Choloma textile plant closes, 1,840 jobs lost); a Brazilian LIVE BLOG
on an AMP page, newest entry first (a storm floods São Paulo, 118 mm of rain in six hours); and a
Paraguayan Q&A INTERVIEW SHARED FROM an APP (the head of a river-freight chamber on the Paraguay River
at 1.14 metres below zero in Asunción).

What is hard is that the four hints meet on every page, often in one paragraph.

FURNITURE, found line by line wherever it falls. Heads and tails as each kind of site and paste
leaves them (mastheads, menus, a weather strip "until 11 p.m.", crumbs, bylines, published and
updated lines, listen, share and follow lines, captions' credits, a video's running time, tags,
author bios, copyright lines split at "LLC.", "Inc.", "Ltd.", "Ltda.", "S.R.L.", "S.A.E.", "Cuba." and
"Service." before "All rights reserved."). Furniture DROPPED IN THE MIDDLE of the story:
"ADVERTISEMENT", "Advertisement", "ADVERTISING" and "Story continues below advertisement"; inline
"RELATED:" and "ALSO READ:" headlines; a newsletter sign-up block; a public radio's donation appeal;
a nonprofit's donate box; a metered paywall with "Already a subscriber?" / "Log in"; reader mode's
"Open this photo in gallery:" lines; a wire's photo and graphic advisories in double brackets; a
print view's "— Page 1 of 2 —"; a document embed; a newsletter's sponsored block and section labels;
live-blog time stamps, "Key event" and "Posted by" lines; a TV transcript's "Reporting" line and name
supers. And STORY LINES THAT LOOK LIKE FURNITURE, labelled by what they say: sentences opening with
a furniture word ("Updated staffing numbers released Wednesday show ...", "Contact with a dispatcher
took longer than a minute ...", "Related calls — ... — made up about 9% of the volume ...",
"Donations to the hospital's foundation raised $380,000 ...", "Shares of Fraserwood fell 9.3 per cent
...", "Updated inspection logs ... show 115 generators connected ...", "Contract No. 2024-DE-00417,
signed on March 8, 2024, required ...", all "W"); a quote that opens like the paywall line above it
("“You read a paper on a gate ...”", ""); subheads that look like box labels ("What callers should
know", "What happens next", "Next up", "What workers can do", ""); a lead-in "Among them:" and three
bulleted recommendations (""); a wire factbox's "*" bullets and a live blog's key-point bullets ("W",
their labels "B"); an outage schedule's "Block 1: 6:00 a.m. to 10:00 a.m. and 6:00 p.m. to 10:00 p.m."
lines ("W", the schedule's title "B"); a newsletter's "38 — the number of schools ..." line, which
opens like a most-read number ("W", under a "B" label); a live-blog line "Our reporter Caio Rezende
Farias is on Av. Aricanduva." that reads like a "Posted by" line (""); a short interview answer "A:
For some." (""); score, table and scorer rows (""). Conversely the furniture that reads like story
is "B": two reader comments under the Belizean story, one of them a claim ("We were in Hopkins last
week and the beach was clean."), a press release's "ABOUT THE UNE" boilerplate, a wire's update
note, an investigation's correction note, and a disclosure line.

SPEAKERS, in twelve naming customs and through many kinds of source. Titles, offices and party tags
are dropped ("County Administrator", "State Rep." with "R-Centerville,", "State Sen." with "D-Silver
City,", "chief executive", "B.C. Forests Minister", "Conagua director general", "Ing.", "Deputy
Minister of Energy and Mines", "Lic.", "head coach", "Lcdo.", "Me" (the Haitian Maître), "Sister",
"Hon.", "Abog.", "Col."), and so are a post-nominal ("P.E.") and a nickname in a super ("Lennox
“Bones” Nuñez-Palacio" -> "Lennox Nuñez-Palacio"); Spanish double surnames resolve from the pair
("Villafañe Cruz wrote", "Torres Maldonado said"), hyphenated ones likewise ("Whitcomb-Yates said",
"Haldane-Ruiz said", "Pruitt-Okonjo said"), and a Brazilian surname from its last part ("Nogueira said" -> "Wagner Tadeu Piva Nogueira"), with a
particle kept ("Maria das Graças Ferreira Lopes"); a midwife named in a caption and then by her
surname in the body resolves to the caption's full name; a descriptor before a name is dropped ("the
hospital's parent company, Piñon Ridge Health Partners Inc., said" -> "Piñon Ridge Health Partners
Inc.", "Mexico City's water utility, Sacmex, said" -> "Sacmex", "according to the price service
Timberline Lumber Report" -> "Timberline Lumber Report"), and so is an apposition after one
("according to the Rio Grande Maternal Health Collaborative, a research group ..."). Acronyms and
short forms resolve to the name as first given, article and capital as written there ("Conagua" ->
"the National Water Commission", "the UNE" -> "The Electric Union", "Fedovoli" -> "the Dominican
Volleyball Federation", "the APN" -> "the National Port Authority", "The Civil Defense" -> "the state
Civil Defense"); single generic nouns are kept as written ("the audit", "The audit", "the company",
"The company", "The hospital", "the commission", "the ministry", "The ministry", "the Ministry");
groups are kept as written ("Auditors", "Officials", "Business groups in the State of Mexico",
"Analysts at Banco Ixtapan S.A.", "Moto-taxi drivers in Delmas", "Resort owners", "fishermen",
"Workers", "firefighters", "a group of schoolgirls from Villa Mella", "Scientists at the Coastal Zone
Management Authority and Institute", "The government" in an interviewer's question); documents and
records speak ("The notice ... said", "Records obtained by Brújula show", "the records show",
"according to the grant documents", "according to the central bank's daily bulletin", "according to
the distributor's outage map", "according to its website"). Headlines and standfirsts carry the
source as the body first gives it ("state audit finds", "county administrator says", "lumber maker
says" -> "Fraserwood Timber Corp.", "Electric Union reports", "Tourism Board says", "Workers say",
"freight chamber head says").

CHECK-WORTHINESS. Of record ("W"): audit findings, answering rates and vacancies, overtime, a phone
contract's cost, a grant and its payments; births, losses, vacant posts, hospital closures and a
comparison of newborn outcomes; losses, sales, duties and duty rates, share prices, a past consensus
estimate, benchmark prices, liquidity, jobs lost and exports; reservoir levels, flows and people
affected, rainfall, leaks repaired, water trucks sent from June 1, neighbourhoods without water and a
declared emergency; a generation deficit, availability and demand, units out of service, an outage
schedule's blocks, a resolution's rule, inspections and fines, solar capacity and a tanker's cargo;
set scores, points, attendance, a bonus, ticket prices and the next fixture; a contract's terms,
incorporation, payments, reimbursements, a referral and a methodology; pump prices, a subsidy's
cost, a reference rate, inflation, a channel's depth and a dredging contract; tonnes cleared, a
council's spending, a clinic's count of patients and a cleanup budget; jobs lost, wages owed, a
Labor Code rule, sector employment and where to file a claim; rainfall, deaths, shelters, fallen
trees, power cuts and an alert level; a river's level, freight rates, barges tied up and a dredging
contract; causal claims ("Auditors traced most of the slide to vacancies", "The deficit was also
caused by a shortage of fuel ...", "installations were delayed because ...", "blamed the losses on
...", "the storm formed when a cold front met hot, humid air"); and scheduled events set by those who
run them (a start date, a vote at 10 a.m. June 22, a meeting on June 10, a job fair on June 9, a
dredger's arrival on October 2). Not worth checking (""): opinions, feelings and characterisations
("“a slow-motion emergency”", "“unfair and unfounded”", "“a very expensive piece of furniture”");
plans, hopes and targets ("he would introduce a bill this fall", "had no plans to cut its
dividend", "the federation hoped to bring ...", "would be connected before the end of July"); an
analysts' estimate of future costs and every forecast ("The UNE forecasts", "She expects", "They
expect", a growth forecast); advice and appeals ("Officials urge", "calls on the population", "The
Civil Defense urged", the audit's recommendations); an apology; a person's own anecdote and figure
(a caller's seven rings, a worker's L 186,000, a resort owner's eleven cancellations, a fisherman's
three days, a grower's US$18 discount), against the same kind of figure given by an official for
the body he or she runs ("W": a council's spending, a polyclinic's seventeen patients, a principal's
11 half days); questions; scenes and captions; general information (how rotting sargassum smells);
greetings and sign-offs in a newsletter editor's voice; and data rows.

SENTENCE ENDS. Abbreviations that END a sentence before a capital ("at 2:40 a.m." / "The caller
...", "Systems Inc." / "The audit found ...", "on N. Hudson St." / "The clinic ...", "started at 7
a.m." / "Nobody asked questions ...", "in the U.S." / "It paid ...", "Coquihalla Lumber Ltd." / "Both
blamed ...", "S.A. de C.V." / "The company did not respond ...", "at 11:25 a.m." / "Its 250 MW ...",
"S. de R.L. de C.V." / "It opened ...", "to 4 p.m." / "Workers must bring ...", "Cibao S.A." /
"The contract ...", "after 1 a.m." / "Some had
queued ...", "at 5 a.m." / "By noon ...", "on Av. Aricanduva." / "Water there ...", "Meteorologia
Ltda." / "She said ...", "on W. Third St." / "Public comment ...", "by 6 a.m." / "Here is what ...",
and the legal lines) and abbreviations that do not ("Jan. 6 at", "Aug. 31,", "Aug. 3 against", "a
Ph.D. in", "B.C., in", "U.S. duties", "U.S. Customs", "U.S. brands,", "to the U.S. fell", "No. 2 mill",
"the No. 2 seed", "Press Release No. 42/2027", "Resolution No. 186/2027", "Inc., said", "Inc., who",
"S.A. estimated", "between 10 p.m. and 5 a.m. each night", "at 8:40 p.m. on Sunday", "10 a.m. June
22", "6 p.m. June 24", "the 6 a.m. shift", "at 3 a.m. when", "from 8 a.m. to", "Ing.", "Lic.", "Lcdo.", "Abog.", "Col. López Arellano,", "Col. Wagner", "P.E., an", "Gs. 58,000
million", "Shanice B. says:", initials in scorer and referee lines "Y. Mercedes Tavárez", "J. R.
Ávila"). HEADLINES AND STANDFIRSTS are never split, even when one holds two sentences ("Puerto Rico
paid $14.6 million for school generators. Two years later, 197 of 312 have never run.") or a
semicolon. A question followed by a new sentence inside one quote splits ("“Did you see the crowd
tonight?" / "That is why we win at home,” said head coach ..."); a question or exclamation before its
attribution does not ("“Who is going to watch my son for three weeks?” she asked.", "“Where are we
going to find work at 45 years old?” she asked.", "“¡Reinas, reinas, reinas!” chanted ...", "“At two
sets to one I told the girls: one more, for our mothers!” she said."). An ellipsis before a
lower-case word stays inside one sentence ("ultrasound… now"); a Creole quote and its translation
after a dash are one sentence; a quote that runs on after its cue ("“Nobody has come.”") or a
soundbite of two sentences under a super splits at its full stop, each part carrying the speaker.
Figures and currencies stay whole ("81.4%", "$24.10", "$48.2-million", "US$578", "3.1 billion pesos
($172 million)", "14.8 cubic metres per second", "1,318 MW", "RD$150,000", "131.62 gourdes", "L 9.6
million", "118 mm", "-1.14 m", "Gs. 58,000 million").

The pages hold 546 sentences: 210 "B", 193 "W" and 143 ""; 208 sentences carry a speaker (119
distinct speakers, page by page; 117 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner
of the pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, share
line, caption, credit, time stamp, super, turn, bullet, table row, box label, paywall line, comment
line and legal line is a paragraph of its own, except that a caption and a credit pasted in one line
are two sentences of one paragraph); each paragraph a list of sentences `(text, speaker, cue,
flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says,
never with a speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B"
title, header row and source line and "" data rows; headlines and standfirsts never split and
flagged by content; a dateline belongs to its lead sentence; a person is named in full as first
given, without titles or roles, and a pronoun, surname or role noun resolves to that name; a quote
over several sentences carries its speaker and cue in each; "according to X" gives X as written, a
bracketed acronym dropped; a channel phrase after the verb is part of the cue ("said in a
statement", "said in a communiqué", "said in an email", "said in a written response to Brújula",
"told a news conference", "told reporters", "said on a call with analysts", "said on X") and a
fronted one is not ("In a meeting with workers at the Felton plant on Monday, Deputy Minister ...
said"); a body acting with no verb of saying carries no speaker (the government's price rise, the
CGE's alert, the suspension in a key point, the federal water emergency).

Conventions this set had to settle, in the same spirit:

* TV TRANSCRIPT SUPERS: a name super on its own line ("Kendrick Arnold-Leslie, Chairman, Placencia
  Village Council") is "B", like a byline, and every sentence of the soundbite below it carries the
  person named, without "Hon." or a nickname, with the super as written as its cue (the analogue of
  a Q&A prefix); the reporter's "Reporting" line and the sign-off "Reporting from Placencia, ... for
  Reef Channel News." are "B"; the anchor's and the reporter's own lines are labelled by content.
* READER COMMENTS under a story are "B" line by line (count, commenter, date and text), whatever the
  text claims.
* A PRESS RELEASE's number, date line, press-office and contact lines and its "ABOUT ..."
  boilerplate are "B" (the boilerplate line by line, like an author bio); its own statements carry
  the issuing body only where a verb gives it ("The Electric Union (UNE) reports", "the UNE said",
  "The UNE forecasts", "The UNE apologizes", "The Ministry of Energy and Mines calls on"); a print
  view's page-break lines are "B".
* RECORDS THAT SPEAK: "Records obtained by Brújula show", "the records show" and "Updated inspection
  logs that the department provided on September 12 show" carry the records as written with the cue
  "show"; "The notice, signed by the company's general manager, said" carries the notice.
* A NEWSLETTER's greeting and sign-off in the editor's voice are "" ("Bonjou from Port-au-Prince.",
  "That's it for today.", "See you tomorrow."), its signature, contents line and emoji section labels
  "B"; under a "NUMBER OF THE DAY" label the number line is labelled by content ("W"), and under a
  "QUOTE OF THE DAY" label the quote carries its speaker ("").
* Q&A with "Q:" and "A:": the questions carry nobody unless they cite a source ("Q: The government
  says dredging will solve the problem." -> "The government", cue "says"); every sentence of an
  answer carries the interviewee with cue "A:", however short ("A: For some.").
* WIRE COPY: slug, priority, filed/moved, the update note, advisories in double brackets, the
  reporting/editing line and the contact line are "B"; the "UPDATE 2-" prefix is part of the
  headline; a factbox's label is "B" and its bullets "W".
* ESTIMATES: a consensus estimate already made, given as a record ("Analysts had expected a loss of 38
  cents a share, according to estimates compiled by Northfield Market Data."), is "W"; an estimate of
  a cost still to come ("Analysts at Banco Ixtapan S.A. estimated the cost to manufacturers at 3.1
  billion pesos ($172 million) a month.") is "".
* A DEPLOYMENT OR ARRANGEMENT announced by those who run it is "W" ("the commission would send 320
  water trucks ... from June 1", "Conagua said 180 of the trucks would be rented from ...", "The
  Electric Company of Havana will publish the circuits ... by 8 a.m."); a construction deadline is a
  plan ("would be connected before the end of July", "").

Written from scratch for issue 13 in round sixty-two, before any rule was tuned on it and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages printed line by line with their labels, the per-page counts and the `CASES` of
`labelled_new175.py` and `labelled_new176.py`. Coined names were checked for freshness against the
capitalised words in the source of those two files: two outlet words ("Beacon", "Observer"), one
word in a price service's name ("Weekly") and one given name ("Rolando") that hit were replaced
before the file was written; only common words, titles, real places and bodies still hit.

Every person, outlet, publisher, firm, hospital named as a firm, school, union, guild, association,
chamber, research group, price service, fund, statement, release, notice, contract, record, quote
and figure is invented (the Miami Valley Lantern, Mesa Sky Public Radio, the Bayline, the Altiplano
News Service, Cancha RD, Brújula Investiga, the Lakou Brief, Reef Channel News, Sula Express, the
Tietê Times and the Asunción Courier; Halvern Public Safety Systems Inc., Gila Valley Community
Hospital, Piñon Ridge Health Partners Inc., Fraserwood Timber Corp., Harbourfront Securities Inc.,
Transportes Hidráulicos del Centro S.A. de C.V., Banco Ixtapan S.A., Energía Escolar del Norte LLC,
Escuela Segunda Unidad Las Cuevas, Canales y Muelles del Cibao S.A., Seaside Palms Cabanas Ltd.,
Textiles Caribe del Norte, Tempo Certo Meteorologia Ltda., Capaflu and the like), and so are the
2026 and 2027 figures given for real bodies. Real countries, states, provinces, departments, cities,
towns, boroughs, neighbourhoods, streets, rivers, reservoirs, plants, ports, arenas, industrial
parks, stations, metro lines, ministries, agencies, banks, legislatures, laws and
other public bodies appear only as settings, with invented statements and figures: Ohio, Dayton,
Montgomery County, Trotwood, Huber Heights, Centerville, W. Third St., the Miami Valley, the
Montgomery County Regional Dispatch Center and the Ohio Auditor of State; New Mexico, Silver City,
Grant County, Bayard, Las Cruces, Albuquerque, N. Hudson St., Crownpoint, the Navajo Nation, the
Mountain West, the New Mexico Health Care Authority, the Legislative Finance Committee and the Grant
County Business and Conference Center; Vancouver, Prince George, Nakusp, British Columbia, Ottawa,
the Toronto Stock Exchange, Statistics Canada, U.S. Customs and Border Protection and the U.S.
Department of Commerce; Mexico City, the State of Mexico, the Valley of Mexico, the Cutzamala system,
Valle de Bravo, Iztapalapa, Tlalpan, Naucalpan, Tlalnepantla, Cuautitlán Izcalli, Toluca, Monterrey,
the National Water Commission (Conagua), Sacmex and Mexico City's Congress; Havana, Felton, Holguín,
the Lidio Ramón Pérez plant, La Cuchilla in Mayabeque, Matanzas, Nuevitas, Santa Cruz del Norte, the
Ministry of Energy and Mines, the Electric Union (UNE), the National Electroenergetic System, the
Electric Company of Havana and ONURE; Santo Domingo, the Palacio de los Deportes Virgilio Travieso
Soto, Avenida 27 de Febrero, Villa Mella, the Dominican Volleyball Federation, the Ministry of Sports
and the Pan American Cup; Orocovis, Bayamón, the Puerto Rico Department of Education, the Puerto Rico
Department of State, the Office of the Comptroller of Puerto Rico and the Federal Emergency
Management Agency; Port-au-Prince, Pétion-Ville, Route de Delmas, Delmas, Cap-Haïtien, the
Artibonite, Saint-Marc, Miami, the Ministry of Economy and Finance, the Ministry of Public Health, the
Bank of the Republic of Haiti, the Haitian Institute of Statistics and Informatics, the National Port
Authority and the Ministry of National Education; Placencia, Hopkins, the Stann Creek District,
Roatán, the Placencia Village Council, the Belize Tourism Board, the Ministry of Health, the Minister
of Tourism and the Coastal Zone Management Authority and Institute; Choloma, Cortés, San Pedro Sula,
Villanueva, Colonia López Arellano, the Zip Choloma industrial park, the Ministry of Labor and Social
Security, the Labor Code and the Central Bank of Honduras; São Paulo, Greater São Paulo, Penha,
Franco da Rocha, the Juqueri River, the East Zone, Av. Aricanduva, Brás, Tatuapé, Carrão,
Corinthians-Itaquera, Metrô Line 3-Red, the city's Emergency Management Center (CGE), the state
Civil Defense and the mayor's office; and Asunción, Villeta, Pilar, Itapúa, Rosario, Paranaguá, the
Paraguay River, the Paraná, the Yacyretá dam, the Directorate of Meteorology and Hydrology, the
Ministry of Public Works and Communications and the Central Bank of Paraguay.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States (Ohio) METRO DAILY\'S WEBSITE (Dayton), desktop browser paste, a STATE AUDIT OF A 911 CENTER: one in five emergency calls to Montgomery County\'s dispatch center rang more than 15 seconds in 2026. Head: masthead, a subscribe/log-in strip, menu, a weather strip with "until 11 p.m." and crumb (all "B"); headline "..., state audit finds" ("W", carrying the audit as the body first gives it, cue "finds"); standfirst with a semicolon "...; county administrator says ..." ("W", carrying the administrator as the body names her); a capitalised byline, a published/updated line with "5:42 p.m. ET" and "7:15 a.m. ET", a listen line ("B"); a caption "" and its credit "B". Body: "DAYTON —" lead "according to a performance audit released Tuesday by the Ohio Auditor of State" (as written, "W"); "the audit found" with the 90% rule ("W") and the 2024 figure ("W", no speaker); "Auditors traced" a cause (the group as written, "W"); "ADVERTISEMENT" dropped mid-story ("B"); a STORY LINE OPENING LIKE FURNITURE "Updated staffing numbers released Wednesday show ..., county spokesman Harlan Oduya said" ("W"); the administrator ("County Administrator" dropped) with a start date ("W"), a quote ("") and a pay request ("W"); an inline "RELATED:" headline ("B"); "Contact with a dispatcher took longer than a minute ..." (a story line opening like a contact line, "W"); "on Jan. 6 at 2:40 a.m." ENDING a sentence before "The caller ..." (both "W"); "Halvern Public Safety Systems Inc." ENDING a sentence before "The audit found ..." (both "W", "The audit" kept as written); the guild president named after her figure ("W") and her quote (""); a NEWSLETTER SIGN-UP BLOCK of three lines mid-story, one with "by 6 a.m." ("B"); a caller\'s anecdote and her own count (""); "Whitcomb-Yates said" the recommendations accepted ("W"); "Among them:" and three BULLETED RECOMMENDATIONS (story lines that look like a link list, "" as advice); the state representative ("State Rep." and "R-Centerville," dropped) with a plan ("") and a figure ("W"); a transition "" and "Related calls — ... — made up about 9% of the volume, the audit said" (a story line opening like a related-links label, "W"); a subhead ""; "Officials urge" (advice, the group as written, "") and "Oduya said" ("W"); the vote "at 10 a.m. June 22" mid-sentence and "on W. Third St." ENDING a sentence before "Public comment is limited ..." (both "W"). Tail: an author bio in two sentences and a copyright line split at "LLC." before "All rights reserved." (all "B").',
    'United States (New Mexico) PUBLIC RADIO STATION\'S WEBSITE, PHONE BROWSER paste, a HOSPITAL SERVICE CLOSURE: Gila Valley Community Hospital in Silver City stops delivering babies on Aug. 31, leaving the nearest labor unit 112 miles away. Head: a menu/masthead/donate line, a listen-live line, section label ("B"); headline with "Aug. 31;" and a semicolon, never split ("W"); byline, a published line with "6:04 AM MDT", an audio "Listen • 4:51" line and a share line ("B"); a caption "" and its credit "B". Body: the closure "the hospital\'s parent company, Piñon Ridge Health Partners Inc., said Monday" (descriptor dropped, "Inc.," mid-sentence, "W"); births "according to figures the hospital filed with the New Mexico Health Care Authority" (as written, "W"); the distance ("W", no speaker); "Donations to the hospital\'s foundation raised $380,000 ..." (a STORY LINE OPENING LIKE THE DONATION APPEAL below it, the chief executive with "chief executive" dropped, "W"), vacancies "He said" ("W") and a quote (""); a PUBLIC-RADIO DONATION APPEAL of three lines dropped mid-story ("B"); a scene "at a staff meeting that started at 7 a.m." ENDING a sentence before "Nobody asked questions, she said." (the midwife named in the caption and resolved by surname, both ""), her quote with an ELLIPSIS before "now" (""); an expectant mother (no speaker for her due date, "") with a plan "" and a QUESTION before "she asked." (""); the spokeswoman ("W"), "on N. Hudson St." ENDING a sentence before "The clinic sees about 40 patients a week, Pruitt-Okonjo said." (both "W"); hospital closures "according to the Rio Grande Maternal Health Collaborative, a research group ..." (apposition dropped, "W"); its director with "a Ph.D. in" mid-sentence "called" ("") and a comparison "She said" ("W"); the state senator ("State Sen." and "D-Silver City," dropped, "W"), then "Haldane-Ruiz said" a grant ("W") and "he said" a quote with a semicolon (""), TWO SPEAKERS IN ONE PARAGRAPH; an inline "RELATED:" headline ("B"); the senator\'s plan (""); a subhead ""; "The hospital said" letters by July 1 ("W", generic noun as written) and a meeting "at 6 p.m. June 24" ("W"). Tail: a two-sentence reporter bio, a copyright line, tags, a service line ending "Inc." and a footer with "FCC Public Files" (all "B").',
    'Canadian BUSINESS PAPER\'S WEBSITE (Toronto), READER-MODE paste, QUARTERLY RESULTS: Fraserwood Timber Corp. swings to a $48.2-million first-quarter loss as U.S. softwood duties bite. Head, as reader mode leaves it: domain ("B"); headline with "U.S. duties" mid-line ("W"); byline, published line and reading time ("B"); standfirst "Vancouver-based lumber maker says ...; Prince George mill to run four days a week from June" ("W", carrying the company as the body first names it, "Fraserwood Timber Corp."); an "Open this photo in gallery:" line ("B"), a caption with "B.C., in" mid-sentence ("") and a capitalised credit ("B"). Body: the lead "the company said Wednesday" (generic noun as written, "W"); loss, per-share figures and sales ("W", no speaker); "in the U.S." ENDING a sentence before "It paid $71-million in duties ..., the company said." (both "W"); the chief executive ("chief executive" dropped) "said on a call with analysts" (channel in the cue, "") and "the company\'s No. 2 mill" mid-sentence with a four-day week from June 2 and its workers ("W"); "Shares of Fraserwood fell 9.3 per cent ..." (a STORY LINE OPENING LIKE A SHARE STRIP, "W"); "Story continues below advertisement" dropped mid-story ("B"); a past consensus "according to estimates compiled by Northfield Market Data" ("W"); an analyst with "Securities Inc., who" mid-sentence (an opinion, "") and "He expects" (a conditional forecast, ""); a benchmark price "according to the price service Timberline Lumber Report" (descriptor dropped, "W"); a writedown ("W"); the chief financial officer\'s liquidity ("W") and his dividend plan (""); a second "Open this photo in gallery:" line, a caption and credit ("B", "", "B"); how duties are collected with "U.S. Customs" and "U.S. Department" mid-sentence ("W") and deposits "according to the Coastal and Interior Lumber Council, an industry group" ("W"); the B.C. minister (title dropped) "called" ("") and "He said B.C. had lost ..." ("W"); a union local\'s president with a dated agreement ("W") and a quote (""); a transition (""), "as did Coquihalla Lumber Ltd." ENDING a sentence before "Both blamed the duties." (both "W"); "Statistics Canada said" ("W"); the annual meeting date ("W"); a key-figures table (title, header and source "B", three rows ""). Tail: a disclosure line ("B").',
    'Mexican NEWS AGENCY\'S WIRE COPY (Mexico City), pasted from its SUBSCRIBER PORTAL on the desktop, a WATER RATIONING STORY: Conagua cuts Cutzamala water to the capital and the State of Mexico by 25% from June 1 as reservoirs fall to 27.6%. Head: the portal bar, the slug "MEXICO-WATER/CUTZAMALA (UPDATE 2)", a priority/words/topics line, filed/moved times, the update note "UPDATE 2-Adds comment ... in paragraphs 8-9 ..." (all "B"); headline with its "UPDATE 2-" prefix ("W"); byline ("B"). Body in wire paragraphs with STRAIGHT QUOTES: "MEXICO CITY, May 19 (ANS) -" lead "the National Water Commission (Conagua) said on Wednesday" (acronym dropped, "W"); "Conagua said in a statement" (acronym resolving, channel in the cue, "W"); "the commission said" with the flow and population (generic as written, "W"); storage "according to Conagua data" (as written, "W") and "The commission said it expected ..." (a forecast, ""); a PHOTO ADVISORY in double brackets ("B"); the director general (role dropped) "told a news conference" ("W"), a conditional forecast in quotes ("") and trucks from June 1 "He said" (a deployment set by those who run it, "W"); "Conagua said 180 of the trucks would be rented from Transportes Hidráulicos del Centro S.A. de C.V." ENDING a sentence before "The company did not respond to a request for comment." ("W", then "" with the company as written); "Mexico City\'s water utility, Sacmex, said" (descriptor dropped) with "between 10 p.m. and 5 a.m. each night" mid-sentence ("W"); its director\'s leak repairs ("W") and her quote (""); a FACTBOX (label "B", three "*" bullet lines that look like furniture, each "W"); a scene ("") and a resident\'s quote with "at 3 a.m. when" mid-sentence (""); the borough mayor (role dropped, "W"); "Business groups in the State of Mexico said" (the group as written, "W"); "Analysts at Banco Ixtapan S.A. estimated" with "S.A." mid-sentence (an estimate, ""); a GRAPHIC ADVISORY ("B"); the last cut of this size ("W"), the emergency declaration and the emergency budget ("W"). Tail: a reporting/editing line, a contact line in double brackets, related label and two headlines, a copyright line split at "Service." before "All rights reserved." and a redistribution line (all "B").',
    'Cuban GOVERNMENT PRESS RELEASE PAGE (Havana), PRINT VIEW paste, a POWER-GENERATION DEFICIT AND OUTAGE SCHEDULE: the Electric Union reports a 1,318 MW peak deficit as the Felton 1 unit returns after a 19-day repair. Head: the URL line, the ministry\'s name, a "Republic of Cuba" line, a print/close line, "Press Release No. 42/2027" and a date line "Havana, July 14, 2027" (all "B"); headline with a semicolon "Electric Union reports ..." ("W", carrying the union as the body first gives it, "The Electric Union"). Body: "The Electric Union (UNE) reports that ..." with "at 8:40 p.m. on Sunday, July 13." (acronym dropped, capital as written, "W"); availability and demand ("W"); "synchronized with the SEN at 11:25 a.m." ENDING a sentence before "Its 250 MW had been out of service ..., the UNE said." (both "W", the acronym resolving); the technical director ("Ing." and role dropped) with a quote ("") and units out of service "He said" ("W"); a cause "the UNE said" ("W") and "The UNE forecasts" (a forecast, ""); outage hours in the east ("W"); "The UNE apologizes ..." (an apology, ""); a PRINT PAGE BREAK "— Page 1 of 2 —" dropped mid-release ("B"); the schedule\'s title ("B") and FOUR BLOCK LINES "Block 1: 6:00 a.m. to 10:00 a.m. and 6:00 p.m. to 10:00 p.m." (story lines that look like time stamps, "a.m. to ... a.m. and" mid-line, each "W"); daily publication "by 8 a.m." and changes without notice ("W"); "The Ministry of Energy and Mines calls on the population ..." (advice, ""); "Resolution No. 186/2027" (a rule, "W") and ONURE\'s inspections (acronym in brackets, no speaker, "W"); the deputy minister with a FRONTED channel "In a meeting with workers ..., Deputy Minister ... said" (role dropped, "W"), her quote ("") and a completion date (a plan, ""); a tanker "the Ministry said" (generic as written, "W") and its cargo ("W"). Tail: press-office name and ministry lines, a "Tel.:" contact line, an "ABOUT THE UNE" label and its two-sentence boilerplate, the closing page break, a copyright line split at "Cuba." before "All rights reserved.", a printed-on line (all "B").',
    'Dominican SPORTS SITE (Santo Domingo), article SHARED FROM ITS APP, a VOLLEYBALL FINAL: the Dominican Republic beats Puerto Rico 3-1 to win the Caribbean women\'s title for the 14th time. Head: a shared-from line, masthead/section line ("B"); headline and standfirst of record ("W"); a byline/place/time line with "11:58 p.m." and reading time ("B"); a caption "" and its credit "B". Body: "SANTO DOMINGO —" lead with the set scores in brackets ("W", no speaker); a record "the Dominican Volleyball Federation (Fedovoli) said" (acronym dropped, "W"); the captain\'s and a blocker\'s figures ("W"); "the No. 2 seed" mid-sentence ("W"); the head coach\'s quote holding a QUESTION FOLLOWED BY A NEW SENTENCE inside one quote, split in two ("“Did you see the crowd tonight?" / "That is why we win at home,” said head coach ...", both "" and both carrying him); attendance "according to the venue\'s administration" ("W"); a WhatsApp follow line ("B"); a VIDEO caption "" and its running time "2:41" ("B"); the captain\'s ankle (a player\'s own account, "") and an EXCLAMATION inside her quote before "she said." (one sentence, ""); the federation president ("Lic." dropped) with a bonus in RD$ ("W") and a hope (""); ticket prices ("W"); the Puerto Rico coach (role dropped) with two statements (""); "Advertisement" ("B"); a scene "until after 1 a.m." ENDING a sentence before "Some had queued ..." (both ""); an EXCLAMATION before "chanted a group of schoolgirls from Villa Mella ..." (one sentence, the group as written, ""); a subhead "Next up" (looks like a related-links label, ""); the next fixture "on Aug. 3 against Mexico, Fedovoli said" ("W") and a qualification rule ("W"); a result box (title and header "B", four set rows ""), a "Top scorers" label ("B") with two scorer lines with an initial ("Y. Mercedes Tavárez", "N. Colón Rivera", "") and a referees line with "J. R. Ávila" (""). Tail: an app line and a copyright line split at "S.R.L." before "All rights reserved." (all "B").',
    'Puerto Rican INVESTIGATIVE NONPROFIT\'S WEBSITE (San Juan), desktop browser paste, a PUBLIC-CONTRACT INVESTIGATION: 197 of 312 school generators bought for $14.6 million have never been connected. Head: masthead, menu with "DONATE", section label ("B"); a headline holding TWO SENTENCES, never split ("W"); a standfirst "Records obtained by Brújula show ..." ("W", the records as written, cue "show"); byline, date, a Spanish-version/republish line ("B"); a caption "" and its credit "B". Body: a lead of record about one generator ("W") and a scene with a figure (""); the count "according to inspection reports and payment records obtained by Brújula Investiga through public-records requests" (as written, "W"); full payment "the records show" ("W") and the grant "according to the grant documents" ("W"); a DONATE BOX of four lines dropped mid-story ("B"); "Contract No. 2024-DE-00417, signed on March 8, 2024, required ..." (a rule, opening like a document label, "W"); incorporation "according to the Puerto Rico Department of State\'s registry of corporations" ("W"); the contractor\'s lawyer ("Lcdo." dropped) "said in a written response to Brújula" ("W"), a cause "He said" ("W") and "Villafañe Cruz wrote" (the double surname resolving, ""); the department spokesperson "said in an email" ("W") and an expectation (""); "Updated inspection logs that the department provided on September 12 show ..." (a STORY LINE OPENING LIKE AN "Updated" LINE, the logs as written, "W"); a DOCUMENT EMBED line ("B"); an engineer with "P.E., an electrical engineer" mid-sentence (post-nominal dropped, "W") and his quote (""); the principal (role dropped) with half days ("W") and a QUOTE RUNNING ON after its cue into a second sentence "“Nobody has come.”" (both "", both carrying her); a parent\'s anecdote (""); "The Federal Emergency Management Agency said in a statement" ("W") and "The Office of the Comptroller of Puerto Rico confirmed" ("W"); a methodology box (label "B", two lines of method "W"). Tail: a dated correction note, a funding note, a republish line, a two-sentence author line and a copyright line split at "Inc." before "All rights reserved." (all "B").',
    'Haitian NEWSLETTER\'S WEB VERSION (Port-au-Prince), desktop browser paste of the archive page, a MORNING BRIEF in sections: fuel prices raised, the gourde\'s reference rate, the Cap-Haïtien port reopened, a number and a quote of the day. Head: the archive URL, masthead, tagline, an issue line "Issue No. 214 · ..." (all "B"); a greeting in the editor\'s voice with "by 6 a.m." ENDING a sentence before "Here is what you need to know." (all ""); an "IN TODAY\'S BRIEF:" contents line ("B"). Items under EMOJI SECTION LABELS ("B" each): the price rise (no speaker, "W"), "the Ministry of Economy and Finance said in a communiqué" ("W"), "the ministry said" and "The ministry said" (generic nouns as written, capital as written, "W"); "Moto-taxi drivers in Delmas said" a plan (the group as written, "") and a CREOLE QUOTE followed by its TRANSLATION after a dash, one sentence (""); a SPONSORED block of three lines dropped between items ("B"); the reference rate "according to the central bank\'s daily bulletin" ("W") and a comparison ("W"); inflation "according to the Haitian Institute of Statistics and Informatics (IHSI)" (acronym dropped, "W") and an economist\'s forecast (""); the port "the National Port Authority (APN) said" ("W") and "the APN said" (acronym resolving, "W"); "Canales y Muelles del Cibao S.A." ENDING a sentence before "The contract was worth $6.8 million." (both "W"); a lawyer ("Me", the Haitian Maître, dropped) with a cost figure ("W") and a quote (""); a "NUMBER OF THE DAY" label ("B") and its line "38 — the number of schools ..., according to the Ministry of National Education" (a STORY LINE OPENING WITH A BARE NUMBER like a most-read list, "W"); a "QUOTE OF THE DAY" label ("B") and a quote with a figure as rhetoric, "Sister" dropped (""); an "ALSO WORTH READING" label and one arrow link ("B"). Tail: a sign-off in the editor\'s voice in two sentences (""), the signature line, "Forwarded this issue?" split from "Subscribe free at lakoubrief.com.", a membership line, a publisher line with "Inc., Miami, FL." and an unsubscribe line (all "B").',
    'Belizean TELEVISION STATION\'S WEBSITE (Belize City), PHONE BROWSER paste, a TV STORY TRANSCRIPT WITH NAME SUPERS AND READER COMMENTS: the Belize Tourism Board says 1,340 tonnes of sargassum have been cleared from Placencia and Hopkins since March. Head: a menu/masthead/live line ("B"); headline "Tourism Board says ..." ("W", carrying the board as the body first gives it, "The Belize Tourism Board"); a "Posted:" line with "6:48 pm CST." and a video player line ("B"). The anchor\'s introduction: a scene (""), "The Belize Tourism Board says" ("W") and a handover line (""); the reporter\'s "Reporting" line ("B"); the reporter\'s voice-over: a scene (""), "started raking at 5 a.m." ENDING a sentence before "By noon they had filled 40 trucks." (both "W"). Each SOUNDBITE under a NAME SUPER on its own line ("B"), every sentence carrying the person named (without "Hon." or a nickname) and the super as written as its cue: the village council chairman ("" and a spending figure of record "W"); a voice-over on the gas (general information, ""); the environmental health officer with a polyclinic count ("W") and advice (""); "Advertisement" ("B"); "Resort owners say" (""); the resort owner\'s own count and a second sentence (""); "According to the Tourism Board" (as written, "W"); the minister ("Hon." dropped) with a budget of record ("W") and a plan (""); "fishermen say" (""); a fisherman in KRIOL, his super carrying the nickname “Bones” (two sentences, ""); "Scientists at the Coastal Zone Management Authority and Institute say" ("W") and "They expect" (""). Tail: the reporter\'s sign-off "Reporting from Placencia, ..." ("B"), tags, a comments count, TWO READER COMMENTS line by line (commenter with "Shanice B. says:", date, and comment text, all "B" though one reads like a claim), a copyright line split at "Ltd." before "All Rights Reserved." (all "B").',
    'Honduran LOCAL NEWS SITE (San Pedro Sula), PHONE BROWSER paste with a METERED PAYWALL, a PLANT CLOSURE: Textiles Caribe del Norte closes its Choloma plant, leaving 1,840 workers without jobs. Head: a menu/masthead/subscribe line, section line ("B"); headline of record "W"; standfirst "Workers say they learned ..." (the group as the body writes it, an anecdote, ""); a byline/date line with "7:10 a.m." and reading time ("B"). Body: "CHOLOMA, Cortés —" lead with "U.S. brands," mid-sentence "the Ministry of Labor and Social Security said" ("W"); "Workers said" with "the 6 a.m. shift" mid-sentence (""); "The notice ... said" a cause (the document as speaker, "W"); "S. de R.L. de C.V." ENDING a sentence before "It opened the Choloma plant in 2011." (both "W"); the METERED PAYWALL dropped mid-story (three lines, "Already a subscriber?" split from "Log in", all "B"); a worker\'s quote OPENING LIKE THE PAYWALL LINE ("“You read a paper on a gate ...”", ""); the ministry\'s regional director ("Abog." dropped) with wages owed ("W"), the Labor Code rule "she said" ("W") and a quote (""); the union\'s secretary general with counts ("W") and a QUESTION before "she asked." (""); an operator with "Col. López Arellano," mid-sentence and her own figures (""); "ADVERTISING" ("B"); the mayor ("Lic." dropped) with a dated job fair ("W"); employment "according to the Central Bank of Honduras" ("W") and exports "to the U.S. fell 9%" (no split, "W"); "The Choloma Industrial Parks Association blamed" (a cause and a comparison, "W"); unanswered calls ("") and the manager ("Ing." dropped) who "did not respond to messages sent by WhatsApp" (cue as written, ""); a subhead ""; where and when to file "from 8 a.m. to 4 p.m." and what to bring "the ministry said" ("W"). Tail: related label, a headline and a subscriber-exclusive line, a two-sentence cookie notice and its button, a copyright line ending "S. de R.L." (all "B").',
    'Brazilian NEWS SITE\'S LIVE BLOG (São Paulo), AMP paste, newest entry first, a STORM AND FLOODING: 118 mm of rain in six hours, two deaths, Metrô Line 3 partly halted. Head: the AMP breadcrumb URL, masthead, "LIVE" ("B"); headline with a semicolon ("W"); a last-updated line ("B"); a "Key points" label ("B") and THREE KEY-POINT BULLETS that look like furniture ("The city\'s Emergency Management Center (CGE) recorded ..." with the centre as speaker, cue "recorded", acronym dropped; "the state Civil Defense said"; the suspension, all "W"). Entries under "B" TIME STAMPS, some with "Key event" or "Posted by" lines ("B"): 21:47 "the Metrô said on X" (channel in the cue, "W") and reduced speed ("W"); 21:20 "The state Civil Defense has confirmed" (as written, "W"), "firefighters said" ("W") and the body found ("W"); the coordinator ("Col." and role dropped) "told reporters" ("W") and "Nogueira said" (the BRAZILIAN FINAL SURNAME resolving to "Wagner Tadeu Piva Nogueira", ""); 20:55 "Our reporter ... is on Av. Aricanduva." (a STORY LINE THAT READS LIKE A "Posted by" LINE, ENDING at "Av." before "Water there reached ...", both "") and a vendor "Maria das Graças Ferreira Lopes" (particle kept, ""); 20:31 "The mayor\'s office said" and "It said" ("W") and power cuts "according to the distributor\'s outage map" ("W"); "ADVERTISEMENT" ("B"); 20:04 the CGE\'s alert (a body acting, no speaker, "W") and "The Civil Defense urged" (advice, the short form resolving to "the state Civil Defense", ""); 19:22 a meteorologist\'s comparison-as-image ending "Meteorologia Ltda." before "She said the storm formed ..." ("" then a cause and record "W") and "She expects" (""); 18:40 the suspension "the company said" (generic, "W") and buses ("W"); 18:05 a scene ("") and the first alert ("W"). Tail: "Load more updates", a copyright line split at "Ltda." before "All rights reserved.", a full-site link (all "B").',
    'Paraguayan NEWSPAPER\'S Q&A INTERVIEW, SHARED FROM ITS APP (Asunción), a RIVER-FREIGHT INTERVIEW with "Q:" AND "A:" TURNS: the head of a river-freight chamber on the Paraguay River at 1.14 metres below zero in Asunción. Head: a shared-via line, masthead, section line ("B"); headline "River at -1.14 m in Asunción: freight chamber head says barges are leaving half empty" ("W", carrying the interviewee); byline/date line ("B"); a caption "" and its credit "B". Intro: the river level "according to the Directorate of Meteorology and Hydrology (DMH)" (acronym dropped, "W") and the share of trade by river ("W"); the interviewee "spoke to the Courier" (no content, no speaker, ""); an edited-and-translated note ("B"). The interview: "Q:" questions with no speaker (""), one citing a source ("Q: The government says ..." with "The government", cue "says", "") and followed by a new question sentence (""); every sentence of an "A:" answer carries the interviewee with cue "A:": river level, barge loads, freight rates, dredged passes, truck costs, barges tied up and a shipyard\'s stop ("W"), opinions, demands and an exhortation (""), and a SHORT ANSWER "A: For some." (""); an "ALSO READ:" line dropped between turns ("B"). "Advertisement" and a "WHAT THE OTHERS SAY" box label ("B"); "The Ministry of Public Works and Communications (MOPC) said in a statement" ("W") and "It said" with "Gs. 58,000 million" mid-sentence ("W"); a central-bank economist ("Lic." dropped) with a growth forecast ("") and a tonnage figure ("W"); a grower\'s own discount (""); membership "according to its website" (as written, "W"). Tail: a Spanish-version link, an app line and a copyright line split at "S.A.E." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE MIAMI VALLEY LANTERN", "", "", "B"),
        ],
        [
            ("Subscribe  |  Log In  |  e-Edition  |  Newsletters", "", "", "B"),
        ],
        [
            (
                "News   Local   Crime & Courts   Politics   Sports   Business   Opinion   Obituaries   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🌤 78°F  Dayton, OH  |  Air quality alert until 11 p.m.", "", "", "B"),
        ],
        [
            ("Local  ›  Public Safety", "", "", "B"),
        ],
        [
            (
                "1 in 5 emergency calls to Montgomery County dispatch rang more than 15 seconds, state audit finds",
                "a performance audit released Tuesday by the Ohio Auditor of State",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Center met the answering standard on 81.4% of calls in 2026; county administrator says 14 new dispatchers start July 12",
                "Dolores Whitcomb-Yates",
                "says",
                "W",
            ),
        ],
        [
            ("By TREVOR MADDOX-REINHOLT | Staff Writer", "", "", "B"),
        ],
        [
            (
                "Published 5:42 p.m. ET June 8, 2027 | Updated 7:15 a.m. ET June 9, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🔊 Listen to this article · 6 min", "", "", "B"),
        ],
        [
            (
                "Dispatcher Kelsey Araujo-Finch takes a call at the Montgomery County Regional Dispatch Center in Dayton on Tuesday.",
                "",
                "",
                "",
            ),
            ("Rhea Lindqvist/Miami Valley Lantern", "", "", "B"),
        ],
        [
            (
                "DAYTON — One in five emergency calls to Montgomery County's regional dispatch center last year rang for more than 15 seconds before anyone answered, according to a performance audit released Tuesday by the Ohio Auditor of State.",
                "a performance audit released Tuesday by the Ohio Auditor of State",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The center answered 81.4% of its 412,600 incoming 911 calls within 15 seconds, short of the 90% that state rules for 911 centers require, the audit found.",
                "the audit",
                "found",
                "W",
            ),
            ("It had met the standard on 92.7% of calls in 2024.", "", "", "W"),
        ],
        [
            (
                "Auditors traced most of the slide to vacancies: 38 of the center's 62 dispatcher positions were filled at the end of 2026, down from 55 in 2023.",
                "Auditors",
                "traced",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Updated staffing numbers released Wednesday show 44 of the positions filled, county spokesman Harlan Oduya said.",
                "Harlan Oduya",
                "said",
                "W",
            ),
        ],
        [
            (
                "County Administrator Dolores Whitcomb-Yates said 14 new dispatchers would start on July 12, after a 10-week training academy.",
                "Dolores Whitcomb-Yates",
                "said",
                "W",
            ),
            (
                "“Nobody calling about a fire or a stroke should be listening to a ringing phone, and we own that,” she said.",
                "Dolores Whitcomb-Yates",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the county had asked commissioners to raise starting pay to $24.10 an hour from $20.85.",
                "Dolores Whitcomb-Yates",
                "said",
                "W",
            ),
        ],
        [
            (
                "RELATED: Dayton adds 12 officers to overnight patrols after spring shootings",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Contact with a dispatcher took longer than a minute on 1,912 calls, the audit found.",
                "the audit",
                "found",
                "W",
            ),
            (
                "The longest wait in the auditors' sample, 4 minutes and 12 seconds, came during an ice storm on Jan. 6 at 2:40 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The caller was reporting a carbon monoxide alarm in a Huber Heights apartment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The center's phone system, which the county leases for $1.3 million a year, is supplied by Halvern Public Safety Systems Inc.",
                "",
                "",
                "W",
            ),
            ("The audit found no fault with the equipment.", "The audit", "found", "W"),
        ],
        [
            (
                "Dispatchers worked an average of 19 hours of overtime a week in 2026, said Shauna Petrakis-Boone, president of the Miami Valley Telecommunicators Guild, which represents them.",
                "Shauna Petrakis-Boone",
                "said",
                "W",
            ),
            (
                "“People are tired, and tired people quit,” she said.",
                "Shauna Petrakis-Boone",
                "said",
                "",
            ),
        ],
        [
            ("Get the Morning Lantern newsletter", "", "", "B"),
        ],
        [
            ("The day's top local stories in your inbox by 6 a.m.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "Rosalind Okafor-Tate, 67, of Trotwood, said she waited “what felt like forever” when her husband collapsed in their kitchen in March.",
                "Rosalind Okafor-Tate",
                "said",
                "",
            ),
            (
                "“I counted the rings — seven of them,” she said.",
                "Rosalind Okafor-Tate",
                "said",
                "",
            ),
        ],
        [
            (
                "The audit made 11 recommendations, and the county has accepted all of them, Whitcomb-Yates said.",
                "Dolores Whitcomb-Yates",
                "said",
                "W",
            ),
        ],
        [
            ("Among them:", "", "", ""),
        ],
        [
            ("• Fill at least 56 dispatcher positions by the end of 2027.", "", "", ""),
        ],
        [
            ("• Send non-emergency calls to a separate line answered by call-takers.", "", "", ""),
        ],
        [
            ("• Report answering times to commissioners every month.", "", "", ""),
        ],
        [
            (
                "State Rep. Gideon Ashcombe, R-Centerville, said he would introduce a bill this fall to create a state grant for dispatcher training.",
                "Gideon Ashcombe",
                "said",
                "",
            ),
            (
                "Ashcombe said the county's share of the state's wireless 911 charge had fallen 8% since 2021.",
                "Gideon Ashcombe",
                "said",
                "W",
            ),
        ],
        [
            ("Not every delay is the center's fault.", "", "", ""),
            (
                "Related calls — a second or third call about the same crash — made up about 9% of the volume, the audit said.",
                "the audit",
                "said",
                "W",
            ),
        ],
        [
            ("What callers should know", "", "", ""),
        ],
        [
            (
                "Officials urge callers to stay on the line rather than hang up and redial, which puts them at the back of the queue.",
                "Officials",
                "urge",
                "",
            ),
            (
                "Text-to-911 has been available across Montgomery County since 2021, Oduya said.",
                "Harlan Oduya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Commissioners will vote on the pay raise at 10 a.m. June 22 in the commission chambers on W. Third St.",
                "",
                "",
                "W",
            ),
            ("Public comment is limited to three minutes per speaker.", "", "", "W"),
        ],
        [
            ("Trevor Maddox-Reinholt covers public safety for the Lantern.", "", "", "B"),
            ("Reach him at 937-555-0148 or tmaddox@mvlantern.com.", "", "", "B"),
        ],
        [
            ("© 2027 Miami Valley Lantern Media LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   MESA SKY PUBLIC RADIO   DONATE", "", "", "B"),
        ],
        [
            ("▶ Listen Live · High Desert Morning", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Silver City hospital to stop delivering babies Aug. 31; nearest labor unit will be 112 miles away",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Marisela Tafoya-Brandt", "", "", "B"),
        ],
        [
            ("Published June 15, 2027 at 6:04 AM MDT", "", "", "B"),
        ],
        [
            ("Listen • 4:51", "", "", "B"),
        ],
        [
            ("Share   Facebook   Email", "", "", "B"),
        ],
        [
            (
                "Certified nurse-midwife Corinne Ashdown-Yazzie listens to a patient's heartbeat at Gila Valley Community Hospital in Silver City.",
                "",
                "",
                "",
            ),
            ("Marisela Tafoya-Brandt / Mesa Sky Public Radio", "", "", "B"),
        ],
        [
            (
                "Gila Valley Community Hospital in Silver City will close its labor and delivery unit on Aug. 31, the hospital's parent company, Piñon Ridge Health Partners Inc., said Monday.",
                "Piñon Ridge Health Partners Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The unit delivered 214 babies in 2026, down from 331 in 2019, according to figures the hospital filed with the New Mexico Health Care Authority.",
                "figures the hospital filed with the New Mexico Health Care Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "After the closure, the nearest hospital that delivers babies will be in Las Cruces, 112 miles away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Donations to the hospital's foundation raised $380,000 last year, but the unit lost $2.6 million, chief executive Warren Haldane-Ruiz said.",
                "Warren Haldane-Ruiz",
                "said",
                "W",
            ),
            (
                "He said the hospital had been unable to fill four of its seven labor-and-delivery nursing positions since 2025.",
                "Warren Haldane-Ruiz",
                "said",
                "W",
            ),
            (
                "“We did not make this decision lightly, and we know what it means for families here,” he said.",
                "Warren Haldane-Ruiz",
                "said",
                "",
            ),
        ],
        [
            ("Support for local journalism comes from listeners like you.", "", "", "B"),
        ],
        [
            ("Donate today and keep Mesa Sky on the air.", "", "", "B"),
        ],
        [
            ("DONATE", "", "", "B"),
        ],
        [
            (
                "For Ashdown-Yazzie, who has worked on the unit since 2009, the news came at a staff meeting that started at 7 a.m.",
                "",
                "",
                "",
            ),
            ("Nobody asked questions, she said.", "Corinne Ashdown-Yazzie", "said", ""),
            (
                "“Women here already drive an hour for an ultrasound… now they will drive two hours in labor,” she said.",
                "Corinne Ashdown-Yazzie",
                "said",
                "",
            ),
        ],
        [
            ("Kaylee Montoya-Reyes, 24, of Bayard, is due in October.", "", "", ""),
            (
                "She said she had not decided whether to stay with relatives in Las Cruces for the last weeks of her pregnancy.",
                "Kaylee Montoya-Reyes",
                "said",
                "",
            ),
            (
                "“Who is going to watch my son for three weeks?” she asked.",
                "Kaylee Montoya-Reyes",
                "asked",
                "",
            ),
        ],
        [
            (
                "Hospital spokeswoman Danielle Pruitt-Okonjo said the emergency department would stay open around the clock and that its physicians are trained to handle emergency deliveries.",
                "Danielle Pruitt-Okonjo",
                "said",
                "W",
            ),
            (
                "Prenatal visits will continue at the hospital's women's clinic on N. Hudson St.",
                "",
                "",
                "W",
            ),
            (
                "The clinic sees about 40 patients a week, Pruitt-Okonjo said.",
                "Danielle Pruitt-Okonjo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Since 2015, 11 rural New Mexico hospitals have stopped delivering babies, according to the Rio Grande Maternal Health Collaborative, a research group based in Albuquerque.",
                "the Rio Grande Maternal Health Collaborative",
                "according to",
                "W",
            ),
            (
                "The group's director, Ruth Begay-Holloway, who holds a Ph.D. in epidemiology, called the trend “a slow-motion emergency.”",
                "Ruth Begay-Holloway",
                "called",
                "",
            ),
            (
                "She said newborns whose mothers live more than an hour from a delivery unit are more likely to be admitted to intensive care, citing a 2024 study of births in four Mountain West states.",
                "Ruth Begay-Holloway",
                "said",
                "W",
            ),
        ],
        [
            (
                "State Sen. Patricio Lucero-Baca, D-Silver City, said a law passed in 2025 lets the state pay rural hospitals up to $1.5 million a year to keep obstetric units open.",
                "Patricio Lucero-Baca",
                "said",
                "W",
            ),
            (
                "Haldane-Ruiz said Gila Valley had applied and received $640,000 in 2026.",
                "Warren Haldane-Ruiz",
                "said",
                "W",
            ),
            (
                "“It kept the lights on for a year; it did not find us nurses,” he said.",
                "Warren Haldane-Ruiz",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Navajo Nation clinic adds weekend hours in Crownpoint", "", "", "B"),
        ],
        [
            (
                "Lucero-Baca said he would ask the Legislative Finance Committee at its August meeting to double the grant.",
                "Patricio Lucero-Baca",
                "said",
                "",
            ),
        ],
        [
            ("What happens next", "", "", ""),
        ],
        [
            (
                "The hospital said patients due after Aug. 31 would receive a letter by July 1 with the name of a care coordinator.",
                "The hospital",
                "said",
                "W",
            ),
            (
                "A community meeting is set for 6 p.m. June 24 at the Grant County Business and Conference Center.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Marisela Tafoya-Brandt is Mesa Sky's southern New Mexico reporter.", "", "", "B"),
            ("She is based in Las Cruces.", "", "", "B"),
        ],
        [
            ("Copyright 2027 Mesa Sky Public Radio", "", "", "B"),
        ],
        [
            ("Tags: Health   Silver City   Grant County   Maternal Care", "", "", "B"),
        ],
        [
            (
                "Mesa Sky Public Radio is a listener-supported service of Mesa Sky Broadcasting Inc.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Privacy Policy  ·  FCC Public Files  ·  Contact Us", "", "", "B"),
        ],
    ],
    [
        [
            ("baylinebusiness.ca", "", "", "B"),
        ],
        [
            (
                "Fraserwood Timber swings to $48.2-million first-quarter loss as U.S. duties bite",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Naveen Castellanos-Roy", "", "", "B"),
        ],
        [
            ("Published May 6, 2027", "", "", "B"),
        ],
        [
            ("5 min read", "", "", "B"),
        ],
        [
            (
                "Vancouver-based lumber maker says it paid $71-million in softwood duties in the quarter; Prince George mill to run four days a week from June",
                "Fraserwood Timber Corp.",
                "says",
                "W",
            ),
        ],
        [
            ("Open this photo in gallery:", "", "", "B"),
        ],
        [
            (
                "Logs wait to be cut at Fraserwood's sawmill in Prince George, B.C., in April.",
                "",
                "",
                "",
            ),
            ("DARRYL ENGSTROM-PAIK/THE BAYLINE", "", "", "B"),
        ],
        [
            (
                "Fraserwood Timber Corp. swung to a first-quarter loss as higher U.S. duties on Canadian softwood lumber took hold, the company said Wednesday.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Vancouver-based company lost $48.2-million, or 61 cents a share, in the three months ended March 31, compared with a profit of $12.9-million, or 16 cents a share, a year earlier.",
                "",
                "",
                "W",
            ),
            ("Sales fell 14 per cent to $612-million.", "", "", "W"),
        ],
        [
            ("Fraserwood sells 58 per cent of its lumber in the U.S.", "", "", "W"),
            (
                "It paid $71-million in duties in the quarter, up from $39-million a year earlier, after the combined anti-dumping and countervailing rate rose to 34.9 per cent in February, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are running mills to serve customers, not to make money, and that cannot last,” chief executive Anneliese Thorbjornsen-Kwan said on a call with analysts.",
                "Anneliese Thorbjornsen-Kwan",
                "said on a call with analysts",
                "",
            ),
        ],
        [
            (
                "She said the company's No. 2 mill in Prince George would move to a four-day week from June 2, cutting output by about 60 million board feet a year.",
                "Anneliese Thorbjornsen-Kwan",
                "said",
                "W",
            ),
            (
                "About 140 workers will be affected, though none will be laid off, she said.",
                "Anneliese Thorbjornsen-Kwan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shares of Fraserwood fell 9.3 per cent to $14.12 on the Toronto Stock Exchange on Wednesday, their lowest close since November, 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Story continues below advertisement", "", "", "B"),
        ],
        [
            (
                "Analysts had expected a loss of 38 cents a share, according to estimates compiled by Northfield Market Data.",
                "estimates compiled by Northfield Market Data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“The duty rate is the whole story this quarter,” said Olufemi Brassard-Lyle, an analyst at Harbourfront Securities Inc., who rates the stock a hold.",
                "Olufemi Brassard-Lyle",
                "said",
                "",
            ),
            (
                "He expects Fraserwood to return to profit only if lumber prices rise above US$650 per thousand board feet.",
                "Olufemi Brassard-Lyle",
                "expects",
                "",
            ),
        ],
        [
            (
                "Benchmark western spruce-pine-fir two-by-fours traded at US$578 per thousand board feet on Friday, according to the price service Timberline Lumber Report.",
                "Timberline Lumber Report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Fraserwood also took a $22.4-million writedown on its Nakusp mill, which it closed in January.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief financial officer Gregor MacAskill-Tran said the company had $318-million of available liquidity at the end of March, including an undrawn credit line.",
                "Gregor MacAskill-Tran",
                "said",
                "W",
            ),
            (
                "He said Fraserwood had no plans to cut its quarterly dividend of 10 cents a share.",
                "Gregor MacAskill-Tran",
                "said",
                "",
            ),
        ],
        [
            ("Open this photo in gallery:", "", "", "B"),
        ],
        [
            ("A loaded truck leaves the Fraserwood mill yard in Prince George.", "", "", ""),
            ("DARRYL ENGSTROM-PAIK/THE BAYLINE", "", "", "B"),
        ],
        [
            (
                "The duties are collected by U.S. Customs and Border Protection and held as deposits until the U.S. Department of Commerce completes an annual review of the rates.",
                "",
                "",
                "W",
            ),
            (
                "Canadian producers have paid more than US$10-billion in deposits since 2017, according to the Coastal and Interior Lumber Council, an industry group.",
                "the Coastal and Interior Lumber Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "B.C. Forests Minister Harjit Sandhu-Morrow called the duties “unfair and unfounded” and said the province would keep pressing Ottawa to challenge them.",
                "Harjit Sandhu-Morrow",
                "called",
                "",
            ),
            (
                "He said B.C. had lost 4,100 forestry jobs since 2023.",
                "Harjit Sandhu-Morrow",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dawn Kwasniewski-Hart, president of Interior Woodworkers Local 22, which represents workers at the Prince George mill, said the four-day schedule had been agreed with the union on April 29.",
                "Dawn Kwasniewski-Hart",
                "said",
                "W",
            ),
            (
                "“Four days of pay is better than none, but our members are worried about the fall,” she said.",
                "Dawn Kwasniewski-Hart",
                "said",
                "",
            ),
        ],
        [
            ("Fraserwood is not alone.", "", "", ""),
            (
                "Smaller rival Tahsis Bay Forest Products reported a loss last week, as did Coquihalla Lumber Ltd.",
                "",
                "",
                "W",
            ),
            ("Both blamed the duties.", "", "", "W"),
        ],
        [
            (
                "Statistics Canada said Tuesday that softwood lumber exports fell 11.8 per cent in March from a year earlier.",
                "Statistics Canada",
                "said",
                "W",
            ),
        ],
        [
            ("The company holds its annual meeting in Vancouver on June 10.", "", "", "W"),
        ],
        [
            ("Key figures", "", "", "B"),
        ],
        [
            ("Quarter ended March 31 | 2027 | 2026", "", "", "B"),
        ],
        [
            ("Sales | $612-million | $712-million", "", "", ""),
        ],
        [
            ("Net income (loss) | ($48.2-million) | $12.9-million", "", "", ""),
        ],
        [
            ("Duties paid | $71-million | $39-million", "", "", ""),
        ],
        [
            ("Source: company reports", "", "", "B"),
        ],
        [
            (
                "Disclosure: The author does not own shares in any company mentioned in this article.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("ANS NEWSDESK  |  Subscriber portal  |  Americas  |  Sign out", "", "", "B"),
        ],
        [
            ("MEXICO-WATER/CUTZAMALA (UPDATE 2)", "", "", "B"),
        ],
        [
            ("Priority: 2  |  Words: 734  |  Topics: GEN ECO MX", "", "", "B"),
        ],
        [
            ("Filed 19-May-2027 16:48 GMT  |  Moved 16:52 GMT", "", "", "B"),
        ],
        [
            (
                "UPDATE 2-Adds comment from Mexico City water utility in paragraphs 8-9, business groups in paragraph 14",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "UPDATE 2-Mexico cuts Cutzamala water supply by a quarter as reservoirs fall to 27.6%",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Xóchitl Arriaga Benavides", "", "", "B"),
        ],
        [
            (
                "MEXICO CITY, May 19 (ANS) - Mexico will cut the water it sends to the capital and the State of Mexico from the Cutzamala system by 25% from June 1, the National Water Commission (Conagua) said on Wednesday, after the system's reservoirs fell to 27.6% of capacity.",
                "the National Water Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "It is the lowest level for mid-May since the system began operating in 1982, Conagua said in a statement.",
                "the National Water Commission",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The cut will reduce the flow from 14.8 cubic metres per second to 11.1, affecting about 5.7 million people in 13 of the capital's 16 boroughs and in 11 municipalities of the State of Mexico, the commission said.",
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Storage at Valle de Bravo, the system's largest reservoir, stood at 24.1%, according to Conagua data.",
                "Conagua data",
                "according to",
                "W",
            ),
            (
                "The commission said it expected levels to keep falling until the rains arrive.",
                "the commission",
                "said",
                "",
            ),
        ],
        [
            (
                "((Photos of the Valle de Bravo reservoir available on the ANS picture service))",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Conagua director general Octavio Lizárraga Fonseca told a news conference that rainfall in the basin between October and April had been 41% below the 1991-2020 average.",
                "Octavio Lizárraga Fonseca",
                "told a news conference",
                "W",
            ),
        ],
        [
            (
                '"If the rainy season starts on time, in the second half of June, we could restore normal volumes by September," he said.',
                "Octavio Lizárraga Fonseca",
                "said",
                "",
            ),
        ],
        [
            (
                "He said the commission would send 320 water trucks to the worst-affected boroughs, including Iztapalapa and Tlalpan, from June 1.",
                "Octavio Lizárraga Fonseca",
                "said",
                "W",
            ),
        ],
        [
            (
                "Conagua said 180 of the trucks would be rented from Transportes Hidráulicos del Centro S.A. de C.V.",
                "the National Water Commission",
                "said",
                "W",
            ),
            (
                "The company did not respond to a request for comment.",
                "The company",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "Mexico City's water utility, Sacmex, said the cut would be applied as lower pressure between 10 p.m. and 5 a.m. each night rather than as rotating shut-offs.",
                "Sacmex",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its director, Renata Olvera Quintanilla, said the utility had repaired 2,380 leaks since January.",
                "Renata Olvera Quintanilla",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Every litre we recover in the network is a litre we do not have to ask of Cutzamala," she said.',
                "Renata Olvera Quintanilla",
                "said",
                "",
            ),
        ],
        [
            ("FACTBOX", "", "", "B"),
        ],
        [
            (
                "* The Cutzamala system supplies about a quarter of the water used in the Valley of Mexico.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "* About 60% comes from aquifers beneath the valley, which are pumped faster than they recharge.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("* Parts of the city sink by up to 30 centimetres a year as a result.", "", "", "W"),
        ],
        [
            ("In Iztapalapa, many households have relied on trucks for weeks.", "", "", ""),
        ],
        [
            (
                '"We fill buckets at 3 a.m. when the water comes, if it comes," said Guadalupe Mendoza Ruelas, 52, who runs a food stall in the borough.',
                "Guadalupe Mendoza Ruelas",
                "said",
                "",
            ),
        ],
        [
            (
                "Iztapalapa's borough mayor, Araceli Cienfuegos Trejo, said 41 of its 293 neighbourhoods had gone without piped water for more than a week.",
                "Araceli Cienfuegos Trejo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Business groups in the State of Mexico said 14 industrial parks in Naucalpan, Tlalnepantla and Cuautitlán Izcalli would be affected.",
                "Business groups in the State of Mexico",
                "said",
                "W",
            ),
        ],
        [
            (
                "Analysts at Banco Ixtapan S.A. estimated the cost to manufacturers at 3.1 billion pesos ($172 million) a month.",
                "Analysts at Banco Ixtapan S.A.",
                "estimated",
                "",
            ),
        ],
        [
            (
                "((Graphic: Cutzamala storage since 2015 https://graphics.answire.com/mx-water))",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The last cut of this size, in 2024, lasted five months.", "", "", "W"),
        ],
        [
            (
                "The federal government declared a water emergency in the Valley of Mexico in March, allowing agencies to hire trucks and drill wells without public tenders.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mexico City's Congress approved an emergency budget of 4.2 billion pesos for water works on May 12.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "(Reporting by Xóchitl Arriaga Benavides and Emiliano Quiroga Saldívar; additional reporting by Fernanda Yáñez Ochoa in Toluca; Editing by Grant Whitcombe-Ilse)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("((xochitl.arriaga@answire.com; +52 55 5555 0192))", "", "", "B"),
        ],
        [
            ("RELATED COVERAGE", "", "", "B"),
        ],
        [
            ("Mexico City restaurants ration water as heat wave persists", "", "", "B"),
        ],
        [
            ("Monterrey reservoirs recover after tropical storm", "", "", "B"),
        ],
        [
            ("© 2027 Altiplano News Service.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "This material may not be published, broadcast, rewritten or redistributed without permission.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("energia.gob.cu/en/press/release-42-2027", "", "", "B"),
        ],
        [
            ("MINISTRY OF ENERGY AND MINES", "", "", "B"),
        ],
        [
            ("Republic of Cuba", "", "", "B"),
        ],
        [
            ("🖨 Print   |   ✕ Close", "", "", "B"),
        ],
        [
            ("Press Release No. 42/2027", "", "", "B"),
        ],
        [
            ("Havana, July 14, 2027", "", "", "B"),
        ],
        [
            (
                "Electric Union reports peak deficit of 1,318 MW; Felton 1 unit back in service after 19-day repair",
                "The Electric Union",
                "reports",
                "W",
            ),
        ],
        [
            (
                "The Electric Union (UNE) reports that the National Electroenergetic System (SEN) recorded a maximum generation deficit of 1,318 MW at 8:40 p.m. on Sunday, July 13.",
                "The Electric Union",
                "reports",
                "W",
            ),
            (
                "Availability at the hour of peak demand was 1,962 MW, against a demand of 3,280 MW.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Unit 1 of the Lidio Ramón Pérez thermoelectric plant in Felton, Holguín, was synchronized with the SEN at 11:25 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Its 250 MW had been out of service for 19 days for a repair to the boiler, the UNE said.",
                "The Electric Union",
                "said",
                "W",
            ),
        ],
        [
            (
                '"The repair was carried out entirely by Cuban workers, under very difficult conditions," said Ing. Lázaro Estrada Pupo, technical director of the UNE.',
                "Lázaro Estrada Pupo",
                "said",
                "",
            ),
            (
                "He said 4 of the country's 16 thermoelectric units remained out of service because of breakdowns and 3 for planned maintenance.",
                "Lázaro Estrada Pupo",
                "said",
                "W",
            ),
        ],
        [
            (
                "The deficit was also caused by a shortage of fuel for distributed generation, which kept 612 MW out of service, the UNE said.",
                "The Electric Union",
                "said",
                "W",
            ),
            (
                "The UNE forecasts a maximum deficit of 1,250 MW for tonight's peak.",
                "The Electric Union",
                "forecasts",
                "",
            ),
        ],
        [
            ("In the eastern provinces, outages on Sunday lasted up to 20 hours.", "", "", "W"),
            (
                "The UNE apologizes to the population for the inconvenience caused.",
                "The Electric Union",
                "apologizes",
                "",
            ),
        ],
        [
            ("— Page 1 of 2 —", "", "", "B"),
        ],
        [
            ("Outage schedule for Havana, July 15–21", "", "", "B"),
        ],
        [
            ("Block 1: 6:00 a.m. to 10:00 a.m. and 6:00 p.m. to 10:00 p.m.", "", "", "W"),
        ],
        [
            ("Block 2: 10:00 a.m. to 2:00 p.m. and 10:00 p.m. to 2:00 a.m.", "", "", "W"),
        ],
        [
            ("Block 3: 2:00 p.m. to 6:00 p.m. and 2:00 a.m. to 6:00 a.m.", "", "", "W"),
        ],
        [
            (
                "Block 4 (circuits serving hospitals and water pumping stations): no scheduled outages.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Electric Company of Havana will publish the circuits in each block every day on its social media channels by 8 a.m.",
                "",
                "",
                "W",
            ),
            (
                "Changes may be made without notice if the deficit exceeds the forecast.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Energy and Mines calls on the population to save electricity during peak hours, from 6:00 p.m. to 10:00 p.m., and not to use air conditioners, electric stoves and water heaters at the same time.",
                "The Ministry of Energy and Mines",
                "calls on",
                "",
            ),
        ],
        [
            (
                "Under Resolution No. 186/2027 of the Ministry, state entities must disconnect non-essential loads between 11:00 a.m. and 3:00 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Inspectors of the National Office for the Control of the Rational Use of Energy (ONURE) carried out 1,147 inspections in June and fined 83 entities.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a meeting with workers at the Felton plant on Monday, Deputy Minister of Energy and Mines Yaimara Portuondo Leyva said that 142 MW of photovoltaic solar parks had been synchronized with the SEN since January.",
                "Yaimara Portuondo Leyva",
                "said",
                "W",
            ),
            (
                '"Every solar park that comes in is one more block that stops going dark," she said.',
                "Yaimara Portuondo Leyva",
                "said",
                "",
            ),
            (
                "She said the 21.8 MW park at La Cuchilla, in Mayabeque, would be connected before the end of July.",
                "Yaimara Portuondo Leyva",
                "said",
                "",
            ),
        ],
        [
            (
                "A tanker carrying 42,000 tonnes of fuel oil docked at the port of Matanzas on July 12, the Ministry said.",
                "the Ministry",
                "said",
                "W",
            ),
            (
                "Its cargo will be delivered to the thermoelectric plants at Felton, Nuevitas and Santa Cruz del Norte.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Press Office", "", "", "B"),
        ],
        [
            ("Ministry of Energy and Mines", "", "", "B"),
        ],
        [
            ("Tel.: (+53) 7 555 0190  |  prensa@energia.gob.cu", "", "", "B"),
        ],
        [
            ("ABOUT THE UNE", "", "", "B"),
        ],
        [
            (
                "The Electric Union (UNE) is the state enterprise group responsible for the generation, transmission and distribution of electricity in Cuba.",
                "",
                "",
                "B",
            ),
            ("It serves some 4.1 million customers.", "", "", "B"),
        ],
        [
            ("— Page 2 of 2 —", "", "", "B"),
        ],
        [
            ("© 2027 Ministry of Energy and Mines of the Republic of Cuba.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Printed: 07/15/2027 09:12", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Cancha RD app", "", "", "B"),
        ],
        [
            ("CANCHA RD  ·  VOLLEYBALL", "", "", "B"),
        ],
        [
            (
                "Dominican Republic beats Puerto Rico in four sets to win Caribbean women's title at home",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Captain Yokasta Almánzar Peguero scores 24 points as the Reinas del Caribe win their 14th regional crown",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Wilkin Sosa Paulino  |  Santo Domingo  |  Jul 4, 2027 · 11:58 p.m.", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            (
                "Yokasta Almánzar Peguero spikes past two Puerto Rican blockers in the third set on Saturday.",
                "",
                "",
                "",
            ),
            ("Photo: Luis Amparo Holguín / Cancha RD", "", "", "B"),
        ],
        [
            (
                "SANTO DOMINGO — The Dominican Republic beat Puerto Rico 3-1 (25-19, 22-25, 25-21, 25-17) on Saturday night at the Palacio de los Deportes Virgilio Travieso Soto to win the Caribbean women's volleyball championship for the 14th time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It was the team's fourth straight regional title, the Dominican Volleyball Federation (Fedovoli) said.",
                "the Dominican Volleyball Federation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Almánzar Peguero, the captain, led all scorers with 24 points, 19 of them on attacks, and added three blocks.",
                "",
                "",
                "W",
            ),
            (
                "Middle blocker Génesis Rosario Feliz had 15 points, including six blocks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Puerto Rico, the No. 2 seed, took the second set behind nine points from outside hitter Kiara Vélez Santini.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Did you see the crowd tonight?", "Marcos Antonio De la Rosa Batista", "said", ""),
            (
                "That is why we win at home,” said head coach Marcos Antonio De la Rosa Batista.",
                "Marcos Antonio De la Rosa Batista",
                "said",
                "",
            ),
        ],
        [
            (
                "Attendance was 7,412, a record for a women's match at the arena, according to the venue's administration.",
                "the venue's administration",
                "according to",
                "W",
            ),
        ],
        [
            ("📲 Follow Cancha RD on WhatsApp for scores and alerts", "", "", "B"),
        ],
        [
            ("▶ Highlights: the Dominican Republic's win over Puerto Rico", "", "", ""),
            ("2:41", "", "", "B"),
        ],
        [
            (
                "Almánzar Peguero, 29, who plays her club volleyball in Italy, said she had played the final with a strapped left ankle.",
                "Yokasta Almánzar Peguero",
                "said",
                "",
            ),
            (
                "“At two sets to one I told the girls: one more, for our mothers!” she said.",
                "Yokasta Almánzar Peguero",
                "said",
                "",
            ),
        ],
        [
            (
                "Lic. Ángel Rafael Cabrera Mota, the federation's president, said each player would receive a bonus of RD$150,000 from the Ministry of Sports.",
                "Ángel Rafael Cabrera Mota",
                "said",
                "W",
            ),
            (
                "He said the federation hoped to bring a world championship qualifying tournament to Santo Domingo in 2029.",
                "Ángel Rafael Cabrera Mota",
                "said",
                "",
            ),
        ],
        [
            ("Tickets for the final cost RD$300 to RD$1,500.", "", "", "W"),
        ],
        [
            (
                "Puerto Rico coach Rafael Antonio Matos Irizarry said his team had “given everything” and would study the video on the flight home.",
                "Rafael Antonio Matos Irizarry",
                "said",
                "",
            ),
            (
                "He said setter Coral Benítez Ayala had played with a fever.",
                "Rafael Antonio Matos Irizarry",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Outside, fans waved flags along Avenida 27 de Febrero until after 1 a.m.",
                "",
                "",
                "",
            ),
            ("Some had queued since noon for tickets.", "", "", ""),
        ],
        [
            (
                "“¡Reinas, reinas, reinas!” chanted a group of schoolgirls from Villa Mella who had come by bus with their coach.",
                "a group of schoolgirls from Villa Mella",
                "chanted",
                "",
            ),
        ],
        [
            ("Next up", "", "", ""),
        ],
        [
            (
                "The team opens the Pan American Cup in Santo Domingo on Aug. 3 against Mexico, Fedovoli said.",
                "the Dominican Volleyball Federation",
                "said",
                "W",
            ),
            ("The top two teams qualify for next year's Final Six.", "", "", "W"),
        ],
        [
            ("FINAL: DOMINICAN REPUBLIC 3, PUERTO RICO 1", "", "", "B"),
        ],
        [
            ("Set | DOM | PUR", "", "", "B"),
        ],
        [
            ("1 | 25 | 19", "", "", ""),
        ],
        [
            ("2 | 22 | 25", "", "", ""),
        ],
        [
            ("3 | 25 | 21", "", "", ""),
        ],
        [
            ("4 | 25 | 17", "", "", ""),
        ],
        [
            ("Top scorers", "", "", "B"),
        ],
        [
            ("DOM: Almánzar Peguero 24, Rosario Feliz 15, Y. Mercedes Tavárez 11", "", "", ""),
        ],
        [
            ("PUR: Vélez Santini 18, Benítez Ayala 9, N. Colón Rivera 8", "", "", ""),
        ],
        [
            ("Referees: C. Montalvo (MEX), J. R. Ávila (CUB)", "", "", ""),
        ],
        [
            ("Get the Cancha RD app  |  Google Play  |  App Store", "", "", "B"),
        ],
        [
            ("© 2027 Cancha Media, S.R.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("BRÚJULA INVESTIGA", "", "", "B"),
        ],
        [
            ("Investigations   Data   En español   About us   Newsletter   DONATE", "", "", "B"),
        ],
        [
            ("Education · Accountability", "", "", "B"),
        ],
        [
            (
                "Puerto Rico paid $14.6 million for school generators. Two years later, 197 of 312 have never run.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Records obtained by Brújula show the Department of Education paid a Bayamón contractor in full before most of the units were installed",
                "Records obtained by Brújula",
                "show",
                "W",
            ),
        ],
        [
            ("By Yanitza Colberg Ríos and Dylan Ferrer-Montes", "", "", "B"),
        ],
        [
            ("September 21, 2027", "", "", "B"),
        ],
        [
            ("Leer en español  |  Republish this story", "", "", "B"),
        ],
        [
            (
                "A generator still in its crate sits behind Escuela Segunda Unidad Las Cuevas in Orocovis in August.",
                "",
                "",
                "",
            ),
            ("Dylan Ferrer-Montes / Brújula Investiga", "", "", "B"),
        ],
        [
            (
                "The generator behind Escuela Segunda Unidad Las Cuevas in Orocovis has not been switched on since it arrived, in its crate, in April 2025.",
                "",
                "",
                "W",
            ),
            (
                "On a hot morning in August, the school's 214 students had no fans, and the cafeteria's freezers were running on a neighbour's extension cord.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "It is one of 197 generators, out of 312 bought for public schools under a $14.6 million contract signed in 2024, that had never been connected as of August 31, according to inspection reports and payment records obtained by Brújula Investiga through public-records requests.",
                "inspection reports and payment records obtained by Brújula Investiga through public-records requests",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Puerto Rico Department of Education paid the contractor, Energía Escolar del Norte LLC, in full by December 2024 — before 241 of the units had been installed, the records show.",
                "the records",
                "show",
                "W",
            ),
            (
                "The money came from a federal hurricane-recovery grant, according to the grant documents.",
                "the grant documents",
                "according to",
                "W",
            ),
        ],
        [
            ("Support independent journalism in Puerto Rico.", "", "", "B"),
        ],
        [
            ("Brújula Investiga is a nonprofit newsroom.", "", "", "B"),
            ("Your donation makes stories like this one possible.", "", "", "B"),
        ],
        [
            ("DONATE NOW", "", "", "B"),
        ],
        [
            (
                "Contract No. 2024-DE-00417, signed on March 8, 2024, required the company to deliver, install and connect each generator within 120 days of a school's work order.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Energía Escolar del Norte was incorporated in Bayamón in January 2024, seven weeks before it won the contract, according to the Puerto Rico Department of State's registry of corporations.",
                "the Puerto Rico Department of State's registry of corporations",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Its lawyer, Lcdo. Ernesto Villafañe Cruz, said in a written response to Brújula that the company had delivered all 312 generators on time.",
                "Ernesto Villafañe Cruz",
                "said in a written response to Brújula",
                "W",
            ),
            (
                "He said installations were delayed because the department had not completed electrical inspections at 176 schools.",
                "Ernesto Villafañe Cruz",
                "said",
                "W",
            ),
            (
                "“My client fulfilled every obligation of the contract,” Villafañe Cruz wrote.",
                "Ernesto Villafañe Cruz",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The department's spokesperson, Glorimar Pabón Lugo, said in an email that the agency had opened an administrative review in June and referred the contract to the Office of the Comptroller.",
                "Glorimar Pabón Lugo",
                "said in an email",
                "W",
            ),
            (
                "She said the department expected all the units to be working “before the peak of the next hurricane season.”",
                "Glorimar Pabón Lugo",
                "said",
                "",
            ),
        ],
        [
            (
                "Updated inspection logs that the department provided on September 12 show 115 generators connected, the same number as in March.",
                "Updated inspection logs that the department provided on September 12",
                "show",
                "W",
            ),
        ],
        [
            ("📄 Contract No. 2024-DE-00417 (PDF, 41 pages)", "", "", "B"),
        ],
        [
            (
                "José Antonio Rivas Ortolaza, P.E., an electrical engineer who reviewed 20 of the inspection reports for Brújula, said 14 of the unconnected units lacked the transfer switch that lets a generator take over a school's load.",
                "José Antonio Rivas Ortolaza",
                "said",
                "W",
            ),
            (
                "“Without the switch, it is a very expensive piece of furniture,” he said.",
                "José Antonio Rivas Ortolaza",
                "said",
                "",
            ),
        ],
        [
            (
                "At Las Cuevas, principal Wanda Ivelisse Torres Maldonado said classes had been cut to half days 11 times last school year because of outages.",
                "Wanda Ivelisse Torres Maldonado",
                "said",
                "W",
            ),
            (
                "“I have written to the regional office four times,” Torres Maldonado said.",
                "Wanda Ivelisse Torres Maldonado",
                "said",
                "",
            ),
            ("“Nobody has come.”", "Wanda Ivelisse Torres Maldonado", "said", ""),
        ],
        [
            (
                "A parent, Xiomara Cintrón Bermúdez, whose son has asthma, said she keeps him home when the power goes out because his nebulizer needs electricity.",
                "Xiomara Cintrón Bermúdez",
                "said",
                "",
            ),
        ],
        [
            (
                "The Federal Emergency Management Agency said in a statement that it had reimbursed $11.2 million of the contract's cost and that ineligible costs could be recovered from the department.",
                "The Federal Emergency Management Agency",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The Office of the Comptroller of Puerto Rico confirmed that it had received the referral on July 2.",
                "The Office of the Comptroller of Puerto Rico",
                "confirmed",
                "W",
            ),
        ],
        [
            ("How we reported this story", "", "", "B"),
        ],
        [
            (
                "Brújula Investiga filed 14 public-records requests with the Department of Education and FEMA between February and August 2027 and visited 23 schools in 11 municipalities.",
                "",
                "",
                "W",
            ),
            (
                "We compared each school's inspection report with the payment records and with what we saw on site.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Correction, Sept. 22, 2027: An earlier version of this story gave the wrong date for the signing of the contract.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This story was produced with support from the Caribbean Fund for Public-Interest Reporting.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Republish this story for free under a Creative Commons license.", "", "", "B"),
        ],
        [
            ("Yanitza Colberg Ríos covers education for Brújula Investiga.", "", "", "B"),
            ("Contact her at yanitza@brujulainvestiga.org.", "", "", "B"),
        ],
        [
            ("© 2027 Brújula Investiga, Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("lakoubrief.com/archive/214", "", "", "B"),
        ],
        [
            ("THE LAKOU BRIEF", "", "", "B"),
        ],
        [
            ("Haiti's news, in English, every weekday morning", "", "", "B"),
        ],
        [
            ("Issue No. 214  ·  Tuesday, April 13, 2027  ·  6 min read", "", "", "B"),
        ],
        [
            ("Bonjou from Port-au-Prince.", "", "", ""),
            (
                "It rained overnight in Pétion-Ville, and traffic on Route de Delmas was already heavy by 6 a.m.",
                "",
                "",
                "",
            ),
            ("Here is what you need to know.", "", "", ""),
        ],
        [
            (
                "IN TODAY'S BRIEF: Fuel prices · The gourde · Cap-Haïtien port · Number of the day",
                "",
                "",
                "B",
            ),
        ],
        [
            ("⛽ FUEL", "", "", "B"),
        ],
        [
            (
                "The government raised pump prices on Monday for the first time in 14 months.",
                "",
                "",
                "W",
            ),
            (
                "A gallon of gasoline now costs 570 gourdes, up from 495, and diesel 640 gourdes, up from 560, the Ministry of Economy and Finance said in a communiqué.",
                "the Ministry of Economy and Finance",
                "said in a communiqué",
                "W",
            ),
            (
                "Kerosene, which many families cook with, stays at 455 gourdes, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ministry said the fuel subsidy had cost the treasury 9.8 billion gourdes in the six months to March, more than the annual budget of the Ministry of Public Health.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "Moto-taxi drivers in Delmas said they would raise the fare for a short trip from 100 to 150 gourdes.",
                "Moto-taxi drivers in Delmas",
                "said",
                "",
            ),
            (
                "“Lavi a twò chè, men nou pa ka travay a pèt,” said Wilner Saint-Fleur Jean-Baptiste, who has driven a moto-taxi for 11 years — life is too expensive, but we cannot work at a loss.",
                "Wilner Saint-Fleur Jean-Baptiste",
                "said",
                "",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Send money home in minutes with Kòb Rapid.", "", "", "B"),
            ("No fees on your first transfer.", "", "", "B"),
        ],
        [
            ("💱 THE GOURDE", "", "", "B"),
        ],
        [
            (
                "The Bank of the Republic of Haiti's reference rate was 131.62 gourdes to the U.S. dollar on Monday, according to the central bank's daily bulletin.",
                "the central bank's daily bulletin",
                "according to",
                "W",
            ),
            ("That is 2.1% weaker than a month ago.", "", "", "W"),
        ],
        [
            (
                "Annual inflation was 26.4% in February, according to the Haitian Institute of Statistics and Informatics (IHSI).",
                "the Haitian Institute of Statistics and Informatics",
                "according to",
                "W",
            ),
            (
                "Economist Guerda Pierre-Louis Célestin said the fuel increase would push it “back above 30% by the summer.”",
                "Guerda Pierre-Louis Célestin",
                "said",
                "",
            ),
        ],
        [
            ("🚢 CAP-HAÏTIEN", "", "", "B"),
        ],
        [
            (
                "The port of Cap-Haïtien reopened to container ships on Friday after three months of dredging, the National Port Authority (APN) said.",
                "the National Port Authority",
                "said",
                "W",
            ),
            (
                "The channel is now 10.5 metres deep, up from 8.2 metres, so ships carrying up to 1,100 containers can dock, the APN said.",
                "the National Port Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The dredging was done by a Dominican firm, Canales y Muelles del Cibao S.A.",
                "",
                "",
                "W",
            ),
            ("The contract was worth $6.8 million.", "", "", "W"),
        ],
        [
            (
                "Me Fritznel Aristilde, a lawyer for the Northern Importers' Association, said importers had paid up to $2,400 extra per container to bring goods in through Port-au-Prince while the port was closed.",
                "Fritznel Aristilde",
                "said",
                "W",
            ),
            (
                "“For three months the north was an island inside an island,” he said.",
                "Fritznel Aristilde",
                "said",
                "",
            ),
        ],
        [
            ("🔢 NUMBER OF THE DAY", "", "", "B"),
        ],
        [
            (
                "38 — the number of schools in the Artibonite that reopened on Monday after closing in January because of gang violence, according to the Ministry of National Education.",
                "the Ministry of National Education",
                "according to",
                "W",
            ),
        ],
        [
            ("💬 QUOTE OF THE DAY", "", "", "B"),
        ],
        [
            (
                "“We reopened with 60 chairs for 300 children, but we reopened,” said Sister Marie-Carmel Dorsainvil, who runs a school in Saint-Marc.",
                "Marie-Carmel Dorsainvil",
                "said",
                "",
            ),
        ],
        [
            ("ALSO WORTH READING", "", "", "B"),
        ],
        [
            (
                "→ Why Haiti's mango exporters are looking to Miami (Lakou Brief, April 9)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("That's it for today.", "", "", ""),
            ("See you tomorrow.", "", "", ""),
        ],
        [
            ("— Nadège Joseph-Vaval, editor", "", "", "B"),
        ],
        [
            ("Forwarded this issue?", "", "", "B"),
            ("Subscribe free at lakoubrief.com.", "", "", "B"),
        ],
        [
            ("Support the Lakou Brief: become a member for $5 a month.", "", "", "B"),
        ],
        [
            ("The Lakou Brief is published by Lakou Media, Inc., Miami, FL.", "", "", "B"),
        ],
        [
            ("Unsubscribe   |   Update your preferences   |   Privacy policy", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  REEF CHANNEL NEWS   🔴 LIVE TV", "", "", "B"),
        ],
        [
            (
                "Tourism Board says 1,340 tonnes of sargassum cleared from Placencia and Hopkins beaches since March",
                "The Belize Tourism Board",
                "says",
                "W",
            ),
        ],
        [
            ("Posted: Wednesday, June 9th, 2027. 6:48 pm CST.", "", "", "B"),
        ],
        [
            ("▶  0:00 / 4:12", "", "", "B"),
        ],
        [
            (
                "The sargassum season is here in full force, and in the south the seaweed is piling up faster than crews can rake it.",
                "",
                "",
                "",
            ),
            (
                "The Belize Tourism Board says its crews have removed 1,340 tonnes from the beaches of Placencia and Hopkins since March, nearly double the amount for the same period last year.",
                "The Belize Tourism Board",
                "says",
                "W",
            ),
            ("Delroy Fuller-Cayetano travelled south today and has this story.", "", "", ""),
        ],
        [
            ("Delroy Fuller-Cayetano, Reporting", "", "", "B"),
        ],
        [
            (
                "At seven this morning, the beach in front of Placencia village was brown from the sidewalk to the water.",
                "",
                "",
                "",
            ),
            ("A crew of 22, paid by the Tourism Board, started raking at 5 a.m.", "", "", "W"),
            ("By noon they had filled 40 trucks.", "", "", "W"),
        ],
        [
            ("Kendrick Arnold-Leslie, Chairman, Placencia Village Council", "", "", "B"),
        ],
        [
            (
                "“We rake it in the morning, and by evening it is back like we never touched it.",
                "Kendrick Arnold-Leslie",
                "Kendrick Arnold-Leslie, Chairman, Placencia Village Council",
                "",
            ),
            (
                "The council has spent fifty-two thousand dollars of our own money on trucks since April.”",
                "Kendrick Arnold-Leslie",
                "Kendrick Arnold-Leslie, Chairman, Placencia Village Council",
                "W",
            ),
        ],
        [
            ("The seaweed is more than an eyesore.", "", "", ""),
            (
                "As it rots, it gives off hydrogen sulphide, a gas that smells like rotten eggs and can irritate the eyes and lungs.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sharlene Vernon-Gongora, Environmental Health Officer, Ministry of Health",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "“Since May we have had seventeen people come to the polyclinic with headaches and sore eyes, and most of them live right on the beach.",
                "Sharlene Vernon-Gongora",
                "Sharlene Vernon-Gongora, Environmental Health Officer, Ministry of Health",
                "W",
            ),
            (
                "If you have asthma, stay away from the piles.”",
                "Sharlene Vernon-Gongora",
                "Sharlene Vernon-Gongora, Environmental Health Officer, Ministry of Health",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Resort owners say guests are cancelling.", "Resort owners", "say", ""),
        ],
        [
            ("Marguerite Cho-Ramclam, Owner, Seaside Palms Cabanas Ltd.", "", "", "B"),
        ],
        [
            (
                "“I had eleven cancellations in May alone.",
                "Marguerite Cho-Ramclam",
                "Marguerite Cho-Ramclam, Owner, Seaside Palms Cabanas Ltd.",
                "",
            ),
            (
                "People see the pictures on Facebook and they go to Roatán instead.”",
                "Marguerite Cho-Ramclam",
                "Marguerite Cho-Ramclam, Owner, Seaside Palms Cabanas Ltd.",
                "",
            ),
        ],
        [
            (
                "According to the Tourism Board, crews are now working on 14 beaches in the Stann Creek District.",
                "the Tourism Board",
                "According to",
                "W",
            ),
        ],
        [
            ("Hon. Rudolph Castillo-Young, Minister of Tourism", "", "", "B"),
        ],
        [
            (
                "“We have set aside one point two million dollars for the cleanup this year.",
                "Rudolph Castillo-Young",
                "Hon. Rudolph Castillo-Young, Minister of Tourism",
                "W",
            ),
            (
                "We will be buying two beach-cleaning machines, and the first one should arrive in August.”",
                "Rudolph Castillo-Young",
                "Hon. Rudolph Castillo-Young, Minister of Tourism",
                "",
            ),
        ],
        [
            (
                "In Hopkins, the Garifuna village about forty minutes north, fishermen say they cannot get their boats out.",
                "fishermen",
                "say",
                "",
            ),
        ],
        [
            ("Lennox “Bones” Nuñez-Palacio, Fisherman", "", "", "B"),
        ],
        [
            (
                "“Di weed tick so til di engine caan pass.",
                "Lennox Nuñez-Palacio",
                "Lennox “Bones” Nuñez-Palacio, Fisherman",
                "",
            ),
            (
                "Mi lose tree days dis week.”",
                "Lennox Nuñez-Palacio",
                "Lennox “Bones” Nuñez-Palacio, Fisherman",
                "",
            ),
        ],
        [
            (
                "Scientists at the Coastal Zone Management Authority and Institute say the belt of sargassum floating across the Atlantic reached a record size last month.",
                "Scientists at the Coastal Zone Management Authority and Institute",
                "say",
                "W",
            ),
            (
                "They expect landings to continue through September.",
                "Scientists at the Coastal Zone Management Authority and Institute",
                "expect",
                "",
            ),
        ],
        [
            (
                "Reporting from Placencia, Delroy Fuller-Cayetano for Reef Channel News.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: sargassum, Placencia, Hopkins, tourism", "", "", "B"),
        ],
        [
            ("2 Comments", "", "", "B"),
        ],
        [
            ("Shanice B. says:", "", "", "B"),
        ],
        [
            ("June 9, 2027 at 8:14 pm", "", "", "B"),
        ],
        [
            ("Government need to buy the machines now, not in August!!", "", "", "B"),
        ],
        [
            ("Tourist from Ohio says:", "", "", "B"),
        ],
        [
            ("June 9, 2027 at 9:02 pm", "", "", "B"),
        ],
        [
            ("We were in Hopkins last week and the beach was clean.", "", "", "B"),
        ],
        [
            ("© 2027 Reef Channel Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   SULA EXPRESS   🔍   Subscribe", "", "", "B"),
        ],
        [
            ("San Pedro Sula  ·  Business", "", "", "B"),
        ],
        [
            ("Choloma textile plant closes, leaving 1,840 workers without jobs", "", "", "W"),
        ],
        [
            (
                "Workers say they learned of the closure from a notice taped to the gate",
                "Workers",
                "say",
                "",
            ),
        ],
        [
            ("By Keila Ramos Funes  |  June 2, 2027 · 7:10 a.m.", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            (
                "CHOLOMA, Cortés — Textiles Caribe del Norte, a maker of T-shirts and sportswear for U.S. brands, closed its plant in the Zip Choloma industrial park on Tuesday, leaving 1,840 workers without jobs, the Ministry of Labor and Social Security said.",
                "the Ministry of Labor and Social Security",
                "said",
                "W",
            ),
        ],
        [
            (
                "Workers said they learned of the closure from a notice taped to the gate when the 6 a.m. shift arrived.",
                "Workers",
                "said",
                "",
            ),
        ],
        [
            (
                "The notice, signed by the company's general manager, said the plant had lost its two largest customers in March and could no longer cover its costs.",
                "The notice",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company is registered as Textiles Caribe del Norte, S. de R.L. de C.V.",
                "",
                "",
                "W",
            ),
            ("It opened the Choloma plant in 2011.", "", "", "W"),
        ],
        [
            ("You have read 2 of 3 free articles this month.", "", "", "B"),
        ],
        [
            ("Subscribe for L 99 a month and get unlimited access.", "", "", "B"),
        ],
        [
            ("Already a subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            (
                "“You read a paper on a gate, and that is how you find out that 14 years are over,” said Dilcia Maribel Orellana Zúniga, 44, a quality inspector.",
                "Dilcia Maribel Orellana Zúniga",
                "said",
                "",
            ),
        ],
        [
            (
                "The ministry's regional director, Abog. Doris Elena Mejía Paz, said inspectors had found that the company owed its workers two weeks of wages, about L 9.6 million, as well as severance.",
                "Doris Elena Mejía Paz",
                "said",
                "W",
            ),
            (
                "Under Article 120 of the Labor Code, workers dismissed without just cause are owed one month's wages for each year of service, up to 25 months, she said.",
                "Doris Elena Mejía Paz",
                "said",
                "W",
            ),
            (
                "“The company has the obligation to pay, and we will make sure it does,” she said.",
                "Doris Elena Mejía Paz",
                "said",
                "",
            ),
        ],
        [
            (
                "Reina Isabel Cáceres Lanza, secretary general of the plant's union, Sitracaribe, said 1,112 of the workers were women and 61 were pregnant or on maternity leave.",
                "Reina Isabel Cáceres Lanza",
                "said",
                "W",
            ),
            (
                "“Where are we going to find work at 45 years old?” she asked.",
                "Reina Isabel Cáceres Lanza",
                "asked",
                "",
            ),
        ],
        [
            (
                "María José Aguilar Rápalo, 38, a sewing-machine operator who lives in Col. López Arellano, said she had worked at the plant for 14 years.",
                "María José Aguilar Rápalo",
                "said",
                "",
            ),
            (
                "She said she was owed about L 186,000 in severance.",
                "María José Aguilar Rápalo",
                "said",
                "",
            ),
            (
                "“I have two children in school, and the rent is due on the 15th,” she said.",
                "María José Aguilar Rápalo",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISING", "", "", "B"),
        ],
        [
            (
                "The mayor of Choloma, Lic. Óscar Armando Bardales Ulloa, said the city would hold a job fair with 14 employers at the municipal gym on June 9.",
                "Óscar Armando Bardales Ulloa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Honduras' maquila sector employed about 142,000 people at the end of 2026, down from 168,000 in 2022, according to the Central Bank of Honduras.",
                "the Central Bank of Honduras",
                "according to",
                "W",
            ),
            ("Textile exports to the U.S. fell 9% last year.", "", "", "W"),
        ],
        [
            (
                "The Choloma Industrial Parks Association blamed the losses on competition from Asian suppliers and on electricity rates, which it said were the highest in Central America.",
                "The Choloma Industrial Parks Association",
                "blamed",
                "W",
            ),
        ],
        [
            (
                "Calls to the company's office in San Pedro Sula went unanswered on Tuesday and Wednesday.",
                "",
                "",
                "",
            ),
            (
                "The general manager, named in the notice as Ing. Rigoberto Enrique Suazo Midence, did not respond to messages sent by WhatsApp.",
                "Rigoberto Enrique Suazo Midence",
                "did not respond to messages sent by WhatsApp",
                "",
            ),
        ],
        [
            ("What workers can do", "", "", ""),
        ],
        [
            (
                "Severance claims can be filed at the ministry's office on 3rd Avenue in San Pedro Sula, Monday to Friday, from 8 a.m. to 4 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Workers must bring their identity card and their last pay slip, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Villanueva apparel plant adds 600 jobs with new cutting line", "", "", "B"),
        ],
        [
            ("🔒 Subscriber exclusive: Who owns Choloma's industrial parks?", "", "", "B"),
        ],
        [
            ("We use cookies to improve your experience.", "", "", "B"),
            ("By continuing, you accept our Privacy Policy.", "", "", "B"),
        ],
        [
            ("Accept", "", "", "B"),
        ],
        [
            ("© 2027 Sula Express · Editorial Valle de Sula, S. de R.L.", "", "", "B"),
        ],
    ],
    [
        [
            ("tietetimes.com.br › amp › live › sao-paulo-storm", "", "", "B"),
        ],
        [
            ("THE TIETÊ TIMES", "", "", "B"),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            (
                "Live: Storm floods São Paulo as 118 mm of rain falls in six hours; Metrô Line 3 partly halted",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated: 21:47 BRT, March 3, 2027", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "• The city's Emergency Management Center (CGE) recorded 118 mm of rain at its Penha station between 14:00 and 20:00, more than the average for the whole of March.",
                "The city's Emergency Management Center",
                "recorded",
                "W",
            ),
        ],
        [
            (
                "• Two people died in Franco da Rocha, north of the city, the state Civil Defense said.",
                "the state Civil Defense",
                "said",
                "W",
            ),
        ],
        [
            (
                "• Service on Metrô Line 3-Red was suspended between Brás and Corinthians-Itaquera for four hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("21:47", "", "", "B"),
        ],
        [
            (
                "Service has resumed on the whole of Line 3, the Metrô said on X.",
                "the Metrô",
                "said on X",
                "W",
            ),
            ("Trains are running at reduced speed between Tatuapé and Carrão.", "", "", "W"),
        ],
        [
            ("21:20", "", "", "B"),
        ],
        [
            ("Key event", "", "", "B"),
        ],
        [
            (
                "The state Civil Defense has confirmed a second death.",
                "The state Civil Defense",
                "has confirmed",
                "W",
            ),
            (
                "A 64-year-old man was swept away by the Juqueri River in Franco da Rocha at about 18:30, firefighters said.",
                "firefighters",
                "said",
                "W",
            ),
            ("His body was found 2 km downstream.", "", "", "W"),
        ],
        [
            (
                "State Civil Defense coordinator Col. Wagner Tadeu Piva Nogueira told reporters that 19 municipalities in Greater São Paulo had reported flooding.",
                "Wagner Tadeu Piva Nogueira",
                "told reporters",
                "W",
            ),
            (
                "“The next few hours are critical,” Nogueira said.",
                "Wagner Tadeu Piva Nogueira",
                "said",
                "",
            ),
        ],
        [
            ("20:55", "", "", "B"),
        ],
        [
            ("Posted by Thaís Bittencourt Lage", "", "", "B"),
        ],
        [
            ("Our reporter Caio Rezende Farias is on Av. Aricanduva.", "", "", ""),
            (
                "Water there reached the windows of cars at about 19:00, and several drivers climbed onto the roofs.",
                "",
                "",
                "",
            ),
            (
                "“I have lived here 30 years and never seen it rise this fast,” said Maria das Graças Ferreira Lopes, 71, who sells snacks outside Carrão station.",
                "Maria das Graças Ferreira Lopes",
                "said",
                "",
            ),
        ],
        [
            ("20:31", "", "", "B"),
        ],
        [
            (
                "The mayor's office said 212 people had been taken to two municipal shelters in the East Zone.",
                "The mayor's office",
                "said",
                "W",
            ),
            ("It said 46 trees had fallen across the city.", "The mayor's office", "said", "W"),
            (
                "About 31,000 homes were without power at 20:00, according to the distributor's outage map.",
                "the distributor's outage map",
                "according to",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("20:04", "", "", "B"),
        ],
        [
            (
                "The CGE has put the whole city on flood alert, the highest of its three alert levels.",
                "",
                "",
                "W",
            ),
            (
                "The Civil Defense urged people not to cross flooded streets and to call 199 in an emergency.",
                "the state Civil Defense",
                "urged",
                "",
            ),
        ],
        [
            ("19:22", "", "", "B"),
        ],
        [
            ("Posted by Caio Rezende Farias", "", "", "B"),
        ],
        [
            (
                "“It rained in six hours what we expect for a month,” said meteorologist Renata Sampaio Kuhn of Tempo Certo Meteorologia Ltda.",
                "Renata Sampaio Kuhn",
                "said",
                "",
            ),
            (
                "She said the storm formed when a cold front met hot, humid air over the city, and that the 118 mm at Penha was the most in a single day since February 2020.",
                "Renata Sampaio Kuhn",
                "said",
                "W",
            ),
            (
                "She expects more rain on Thursday afternoon, though less intense.",
                "Renata Sampaio Kuhn",
                "expects",
                "",
            ),
        ],
        [
            ("18:40", "", "", "B"),
        ],
        [
            (
                "Metrô suspended service on Line 3-Red between Brás and Corinthians-Itaquera at 17:52 after water entered the tracks near Carrão station, the company said.",
                "the company",
                "said",
                "W",
            ),
            ("Buses were sent to carry passengers between the stations.", "", "", "W"),
        ],
        [
            ("18:05", "", "", "B"),
        ],
        [
            ("Heavy rain is falling across the East Zone.", "", "", ""),
            ("The CGE put the East Zone on alert at 17:40.", "", "", "W"),
        ],
        [
            ("Load more updates", "", "", "B"),
        ],
        [
            ("© 2027 Tietê Comunicação Ltda.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared via The Asunción Courier app", "", "", "B"),
        ],
        [
            ("THE ASUNCIÓN COURIER", "", "", "B"),
        ],
        [
            ("INTERVIEW  ·  ECONOMY", "", "", "B"),
        ],
        [
            (
                "River at -1.14 m in Asunción: freight chamber head says barges are leaving half empty",
                "Nilda Graciela Ocampos Villalba",
                "says",
                "W",
            ),
        ],
        [
            ("By Fabián Riquelme Cardozo  |  September 18, 2027", "", "", "B"),
        ],
        [
            ("Barges wait at a terminal in Villeta, south of Asunción, on Tuesday.", "", "", ""),
            ("Photo: Fabián Riquelme Cardozo", "", "", "B"),
        ],
        [
            (
                "The Paraguay River at Asunción fell to 1.14 metres below the zero mark of its gauge on Tuesday, the lowest reading for mid-September since records began in 1904, according to the Directorate of Meteorology and Hydrology (DMH).",
                "the Directorate of Meteorology and Hydrology",
                "according to",
                "W",
            ),
            (
                "About 80% of Paraguay's foreign trade travels by river, most of it in barge convoys to ports in Argentina and Uruguay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nilda Graciela Ocampos Villalba, 56, president of the Paraguayan Chamber of River Freight Operators (Capaflu), spoke to the Courier at the chamber's office in Asunción on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "This interview has been edited for length and clarity and translated from Spanish.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q: How low is the river, really?", "", "", ""),
        ],
        [
            (
                "A: At the port of Asunción it is at minus 1.14 metres.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
            (
                "A barge that carries 1,500 tonnes when the river is normal is leaving with 600 tonnes, because we cannot load it deeper than 2.1 metres.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: What does that do to costs?", "", "", ""),
        ],
        [
            (
                "A: Freight from Asunción to Rosario has gone from US$22 a tonne in March to US$41 this week.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
            (
                "Somebody pays that, and it is the farmer and the consumer.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The government says dredging will solve the problem.",
                "The government",
                "says",
                "",
            ),
            ("Is it enough?", "", "", ""),
        ],
        [
            (
                "A: The Ministry of Public Works has dredged 14 of the 38 critical passes between Asunción and Pilar since July.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
            ("It helps, but you cannot dredge rain.", "Nilda Graciela Ocampos Villalba", "A:", ""),
        ],
        [
            ("Q: Is trucking soybeans to Paranaguá an option?", "", "", ""),
        ],
        [
            ("A: For some.", "Nilda Graciela Ocampos Villalba", "A:", ""),
            (
                "A truck carries 30 tonnes, and it costs about US$95 a tonne to Paranaguá, more than twice the barge.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: How many barges are stuck?", "", "", ""),
        ],
        [
            (
                "A: Our members have 212 barges tied up between Asunción and Villeta, and 47 convoys are waiting at Pilar for the river to rise.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Yacyretá dam output falls to lowest since 1998 as the Paraná dries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Q: Has anyone lost their job?", "", "", ""),
        ],
        [
            (
                "A: The shipyards in Villeta stopped building new barges in August.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "W",
            ),
            (
                "Some of the welders have gone to Argentina.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "",
            ),
        ],
        [
            ("Q: What do you want from the government?", "", "", ""),
        ],
        [
            (
                "A: A fuel-tax exemption for the months of low water, and dredgers that work 24 hours a day, not 12.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "",
            ),
            ("That is not much to ask.", "Nilda Graciela Ocampos Villalba", "A:", ""),
        ],
        [
            ("Q: And if it does not rain in October?", "", "", ""),
        ],
        [
            ("A: Then we will have a very bad year.", "Nilda Graciela Ocampos Villalba", "A:", ""),
            (
                "Pray for rain in Brazil, because that is where our water comes from.",
                "Nilda Graciela Ocampos Villalba",
                "A:",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("WHAT THE OTHERS SAY", "", "", "B"),
        ],
        [
            (
                "The Ministry of Public Works and Communications (MOPC) said in a statement that two dredgers were working on the Paraguay River and that a third, leased from a Uruguayan company, would arrive on October 2.",
                "The Ministry of Public Works and Communications",
                "said in a statement",
                "W",
            ),
            (
                "It said the dredging contract was worth Gs. 58,000 million.",
                "The Ministry of Public Works and Communications",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lic. Ramón Ignacio Fretes Aquino, an economist at the Central Bank of Paraguay, said the low river would take 0.4 percentage points off growth this year.",
                "Ramón Ignacio Fretes Aquino",
                "said",
                "",
            ),
            (
                "He said river freight carried 11.2 million tonnes of cargo in 2026.",
                "Ramón Ignacio Fretes Aquino",
                "said",
                "W",
            ),
        ],
        [
            (
                "Soybean grower Hugo Enrique Zárate Insfrán, who farms 1,200 hectares in Itapúa, said he had sold his harvest at a discount of US$18 a tonne because of freight costs.",
                "Hugo Enrique Zárate Insfrán",
                "said",
                "",
            ),
        ],
        [
            (
                "Capaflu has 63 member companies, according to its website.",
                "its website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Read the full interview in Spanish: asuncioncourier.com.py/es/entrevista-ocampos-villalba",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Download The Asunción Courier app: Google Play  |  App Store", "", "", "B"),
        ],
        [
            ("© 2027 Courier Media S.A.E.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h109-us-inc-ends",
        "The radios are made by Corliss Signal Devices Inc. The county owns 212 of them.",
        ["The radios are made by Corliss Signal Devices Inc.", "The county owns 212 of them."],
    ),
    (
        "h109-us-rep-party-mid",
        "State Rep. Maribel Okonkwo-Hart, D-Toledo, filed the bill on Monday. It has 14 co-sponsors.",
        [
            "State Rep. Maribel Okonkwo-Hart, D-Toledo, filed the bill on Monday.",
            "It has 14 co-sponsors.",
        ],
    ),
    (
        "h109-us-am-ends",
        "The outage began at 3:15 a.m. Crews restored power by noon.",
        ["The outage began at 3:15 a.m.", "Crews restored power by noon."],
    ),
    (
        "h109-us-st-ends",
        "The clinic moved to E. Market St. It had been on Kline Avenue since 1994.",
        ["The clinic moved to E. Market St.", "It had been on Kline Avenue since 1994."],
    ),
    (
        "h109-us-jan-mid",
        "The storm hit on Jan. 6 and closed 40 county roads.",
        ["The storm hit on Jan. 6 and closed 40 county roads."],
    ),
    (
        "h109-ca-us-ends",
        "Most of the pulp goes to the U.S. The rest is shipped to Asia.",
        ["Most of the pulp goes to the U.S.", "The rest is shipped to Asia."],
    ),
    (
        "h109-ca-ltd-ends",
        "The mill was sold to Okanagan Fibre Ltd. Terms were not disclosed.",
        ["The mill was sold to Okanagan Fibre Ltd.", "Terms were not disclosed."],
    ),
    (
        "h109-ca-bc-mid",
        "The plant in Quesnel, B.C., employs 210 people. It opened in 1987.",
        ["The plant in Quesnel, B.C., employs 210 people.", "It opened in 1987."],
    ),
    (
        "h109-ca-no-kiln",
        "The No. 3 kiln was shut for repairs. It reopened on Friday.",
        ["The No. 3 kiln was shut for repairs.", "It reopened on Friday."],
    ),
    (
        "h109-mx-sa-de-cv-ends",
        "The pipes were supplied by Tuberías del Bajío S.A. de C.V. The firm is based in León.",
        [
            "The pipes were supplied by Tuberías del Bajío S.A. de C.V.",
            "The firm is based in León.",
        ],
    ),
    (
        "h109-mx-straight-quote",
        '"We have water for 90 days," he said. Officials did not say what happens after that.',
        ['"We have water for 90 days," he said.', "Officials did not say what happens after that."],
    ),
    (
        "h109-mx-question-attrib",
        "“Who pays for the trucks?” asked a vendor in Iztapalapa. Nobody answered.",
        ["“Who pays for the trucks?” asked a vendor in Iztapalapa.", "Nobody answered."],
    ),
    (
        "h109-cu-pm-ends",
        "The deficit peaked at 9:10 p.m. Demand was 3,150 MW.",
        ["The deficit peaked at 9:10 p.m.", "Demand was 3,150 MW."],
    ),
    (
        "h109-cu-block-line",
        "Block 2: 10:00 a.m. to 2:00 p.m. and 10:00 p.m. to 2:00 a.m.",
        ["Block 2: 10:00 a.m. to 2:00 p.m. and 10:00 p.m. to 2:00 a.m."],
    ),
    (
        "h109-cu-ing-title",
        "Ing. Yusniel Carballo Rondón led the repair. It took 12 days.",
        ["Ing. Yusniel Carballo Rondón led the repair.", "It took 12 days."],
    ),
    (
        "h109-cu-resolution-no",
        "Resolution No. 77/2027 takes effect on Monday. It applies to all state entities.",
        ["Resolution No. 77/2027 takes effect on Monday.", "It applies to all state entities."],
    ),
    (
        "h109-do-srl-ends",
        "The arena is run by Eventos Quisqueya, S.R.L. Tickets go on sale on Monday.",
        ["The arena is run by Eventos Quisqueya, S.R.L.", "Tickets go on sale on Monday."],
    ),
    (
        "h109-do-question-then-sentence",
        "“Did you hear them? They sang for two hours,” said the setter.",
        ["“Did you hear them?", "They sang for two hours,” said the setter."],
    ),
    (
        "h109-do-exclaim-attrib",
        "“¡Vamos, Reinas!” shouted a boy near the court. The players waved back.",
        ["“¡Vamos, Reinas!” shouted a boy near the court.", "The players waved back."],
    ),
    (
        "h109-do-vs-pm-ends",
        "The final, DOM vs. PUR, starts at 8 p.m. Doors open at 6.",
        ["The final, DOM vs. PUR, starts at 8 p.m.", "Doors open at 6."],
    ),
    (
        "h109-pr-llc-ends",
        "The trucks were leased from Caribe Fleet Services LLC. The lease ran for 18 months.",
        ["The trucks were leased from Caribe Fleet Services LLC.", "The lease ran for 18 months."],
    ),
    (
        "h109-pr-pe-mid",
        "Luis Ángel Ocasio Vargas, P.E., signed the report. He found 31 defects.",
        ["Luis Ángel Ocasio Vargas, P.E., signed the report.", "He found 31 defects."],
    ),
    (
        "h109-pr-lcda-title",
        "Lcda. Mariela Soto Ferrer filed the appeal on Friday. A hearing is set for May 4.",
        ["Lcda. Mariela Soto Ferrer filed the appeal on Friday.", "A hearing is set for May 4."],
    ),
    (
        "h109-ht-sa-ends",
        "The terminal is run by Quais du Nord S.A. It has 340 employees.",
        ["The terminal is run by Quais du Nord S.A.", "It has 340 employees."],
    ),
    (
        "h109-bz-hon-ltd",
        "Hon. Cordel Usher-Flowers toured the beach with the owner of Coral Cay Holdings Ltd. He promised more trucks.",
        [
            "Hon. Cordel Usher-Flowers toured the beach with the owner of Coral Cay Holdings Ltd.",
            "He promised more trucks.",
        ],
    ),
    (
        "h109-hn-col-mid",
        "She lives in Col. Rivera Hernández with her mother. They share one room.",
        ["She lives in Col. Rivera Hernández with her mother.", "They share one room."],
    ),
    (
        "h109-hn-s-de-rl-ends",
        "The plant belonged to Confecciones Merendón, S. de R.L. It closed in May.",
        ["The plant belonged to Confecciones Merendón, S. de R.L.", "It closed in May."],
    ),
    (
        "h109-br-av-ends",
        "The bus stalled on Av. Sapopemba. Passengers waded to the pavement.",
        ["The bus stalled on Av. Sapopemba.", "Passengers waded to the pavement."],
    ),
    (
        "h109-py-gs-mid",
        "A tonne of freight costs Gs. 290,000 this week. It cost Gs. 160,000 in March.",
        ["A tonne of freight costs Gs. 290,000 this week.", "It cost Gs. 160,000 in March."],
    ),
    (
        "h109-py-sae-ends",
        "The barges belong to Naviera del Pilar S.A.E. Two of them are aground.",
        ["The barges belong to Naviera del Pilar S.A.E.", "Two of them are aground."],
    ),
]
