"""Hundred-and-seventy-eighth set of new hand-labelled pages for the hint engines (tuning set, round sixty-two):
twelve WHOLE pages of ORDINARY NEWS PASTED SEVEN WAYS, head to tail as a reader's paste gives them, each
with its site's WIDGETS in the site's own words, from twelve European countries, one page per country,
all English-language outlets or English editions of local outlets. The pages: a French regional news
site's English edition on the DESKTOP (a tram strike in Bordeaux: one tram in three runs as drivers walk
out over rosters); a German city news site's English service pasted from a PHONE (Cologne council votes
to raise residents' parking permits from €30.70 to €360 a year); an Italian city news site's English
edition in READER MODE (a Bologna court jails a cleaning contractor's owner for billing a hospital for
41,000 hours never worked); a Spanish regional news site in English as an AMP page (Seville hits 43.6°C
under a red heat warning); a Portuguese English-language news site's PRINT VIEW, browser header and
footer included (Porto's assembly raises the tourist tax from €2 to €3 a night); a Greek news site's APP,
the article SHARED TO NOTES (a 48-hour ferry strike ties up ships at Piraeus, Rafina and Lavrio); a
Swedish local NEWSLETTER's WEB VERSION (Uppsala: a vote to close a school, a bus-pass price rise and a
bandy result); a Norwegian regional site's English service on the DESKTOP (Bergen's wettest October day
since 2005 and a landslide that closes the E16); a Finnish capital news site in English from a PHONE (a
former housing-company chairman gets a suspended sentence for taking €86,400 from a renovation fund); an
Estonian city news site in English as an AMP page (measles cases in Tartu County rise to 23); a Romanian
regional news site in English in READER MODE (a minibus and a lorry collide on the DN1 near Comarnic, 14
injured); and a Croatian city news site's APP, SHARED TO NOTES (a course record at the Split Riva Half
Marathon, with results tables).

What is hard is the furniture around ordinary news, which here speaks in sentences, holds figures and
sits in the middle of the article: cookie and consent boxes in several wordings ("We and our 187
partners use cookies ...", "To finance our journalism, we and 143 third parties ...", "We value your
privacy", "This site uses cookies." / "By continuing to browse, you accept their use.", a pay-or-consent
offer "Domstadt PUR for €3.99 a month."); weather strips with temperatures, rainfall and warnings
("Bergen 🌧 9° 24 mm ... ⚠ Orange warning: rain", "🌡 Athens 34°C ... Meltemi: 6 Beaufort"); live-score
strips ("CD Triana Viejo 2–1 UD Camas Alta FT", "🏒 Finland 3–2 Sweden · 2nd per.", "(54')"); a market
ticker ("OMX Helsinki 25 ▲ 0.41% · EUR/USD 1.0912 · Brent $78.20") and a live-traffic ticker ("E16 closed
Arna–Voss"); paywall meters and offers ("You have 2 of 3 free articles left this month.", "Cancel at any
time."); "🎁 Gift this article (3 gifts left this month)"; audio players ("🎧 Listen to this article · 4
min 12 s", "▶ Listen to this article · 3:51 · AI voice"); app banners, push-notification prompts ("🔔 Get
breaking news from Cologne as a push notification?" / "Not now · Allow"); polls with their questions,
options and results ("Yes 41% · No 59% · 3,812 votes", "Yesterday's poll: 64% said ... (1,204
votes)."); most-read, recommended, related and read-also lists whose headlines state figures ("Carnival:
city counts 1.4 million visitors on Rose Monday", "Sotra bridge tolls set at NOK 56"); newsletter boxes
("every weekday at 7 a.m., the ..."); video promos with running times; comment counts and comments;
language and text-size switchers ("FR | EN · A A A", "EST | ENG | РУС"); and legal, accessibility and
press-code lines, a print view's repeated browser header and page footers ("... 1/2"), and a share
sheet's "Shared from the Athens Lantern app." Against all that, the article's own sentences are flagged
by content as in every set: figures, rules, rulings, causal claims and scheduled events of record ("W");
forecasts, plans, advice, opinions, feelings, anecdotes, questions, scenes and data rows ("").

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the
recent sets:

* A WIDGET IS FURNITURE WHATEVER IT SAYS: every sentence of a consent box, weather strip, ticker,
  score strip, paywall meter, gift line, audio player, app or push prompt, poll (question, options,
  and results with figures), most-read, recommended, related and read-also list, video promo ("📺 VIDEO ·
  Heatwave in Seville: how to protect yourself (1:34)", "UP NEXT ▶ Watch: How the slide came down
  (1:12)"), newsletter box, sponsor block ("Presented by Svartbäcken Bilpool AB", "cars by the hour
  from SEK 59."), language switcher and legal line is "B", line by line and never with a speaker, as a
  weather strip already is in `labelled_new2.py`; a prompt ending in a question mark splits from its
  buttons ("... notifications?" / "Block · Allow"; "Was this forwarded to you?" / "Sign up here.").
* READER COMMENTS are furniture too: the count and sort line, each handle and time, each comment's
  text and the reply/like lines are "B", even a comment that states a figure or asks a question
  ("Nine cases in one year and nobody checks the accounts?", "My daughter's school trip was cancelled
  because of this!"): a comment is a reader's post beside the article, not one of its claims, and a
  "B" line carries no speaker.
* A VIDEO EMBED on the page is a caption, as in `labelled_new2.py`: "▶ VIDEO: Mud and rocks cover the
  E16 at Trengereid." and "▶ VIDEO: Empty quays at Piraeus on Wednesday morning" are "" and their
  running times ("00:48", "0:52") and credit line "B"; a link to some other video is a promo, "B".
  A photo caption that states a checkable fact is "W" ("The block on Fleminginkatu was built in
  1929.").
* PRINT VIEW: the browser's print header (date, time and page title) and footer (URL and "1/2") are
  "B" wherever the page break puts them, mid-article included. SHARE TO NOTES: the share sheet puts the
  headline first, then the link; the headline is flagged by content, the link and the app's lines
  "B". NEWSLETTER, WEB VERSION: the web-version note, masthead, date line with "No. 318", weather box,
  sponsor lines and footer are "B"; the editor's greeting is "" and the editor's first line is flagged
  by content ("We start with last night's vote ..., the first school closure in the municipality since
  2019.", "W"); the items' headlines are flagged by content and the bulleted "IN BRIEF" one-liners are
  "W" like any sentence of record. READER MODE keeps what it leaks ("Continue reading below", "Follow
  the Prahova Monitor on Google News", "Photo gallery (12 photos)"), all "B".
* ARTICLE LINES THAT LOOK LIKE WIDGETS are not furniture: the operator's bulleted service lines for
  Wednesday ("• Line D: no service.") are scheduled services set by those who run them, "W"; results
  tables are data, their titles, "Pos. | Name | Country | Time" header rows and source line "B" and
  their rows "" ("1 | Ante Jurišić-Bokan | CRO | 1:03:41 (CR)").
* DOCUMENTS SPEAK as written: "according to the resolution", "The resolution says", "the judgment
  says", "according to the ruling", "according to the committee's papers" and "they say" resolving to
  those papers, "according to the city's 2026 budget", "according to AEMET's warning thresholds",
  "according to grid operator data", "according to the board's data". A rule introduced by "Under ..."
  carries no speaker ("Under a 2007 law on minimum service ...", "Under the new regulation, 30% ...",
  "Under Finnish law ...", "Under the Road Code ...", "..., under the board's guidance.").
* ACTS AND FINDINGS: a court, a council or an agency acting carries no speaker ("A Bologna court on
  Thursday sentenced ...", "The agency raised its warning ...", "The institute has issued an orange
  warning ...", "It handed the results to the Guardia di Finanza ..."), while a finding carries the
  judge or court with the cue "found" ("Judge Marta Sgarzi-Bellomo found ...", "The court found ...")
  and a plea the defendant with "admitted" ("W"); his excuse "He told the court he had always meant to
  repay ..." is ""; the prosecutor's ask "He had asked for ..." is "W" (cue "had asked").
* OWN COUNTS AND RHETORIC: a clinic's figure given in reported speech is of record ("said his practice
  had vaccinated 61 children in a week", "W"), while a shopkeeper's, a resident's or a runner's quote
  about their own day is "" ("“I have not had a single fan on the shelf since Monday,”", "“In my
  street there are 22 front doors and only four families ...”", "... in 2:31:07."), and so is a
  figure used as rhetoric in a quote ("“Nobody in this city can rent 12 square metres for 8 cents a
  day, except a car,”"), whereas the same speaker's reported "the old fee ... worked out at about 8
  cents a day" is "W". A general description of symptoms and of the infectious period is "" (as in
  `labelled_new176.py`).
* NAMES: titles and roles are dropped ("Mme Castéra-Dubosc said" -> "Armelle Castéra-Dubosc", "Dr."
  and "Dr" without a full stop, "avv.", "dott.ssa", "Judge", "Prosecutor", "Race director",
  "Comarnic's mayor", "The committee chair"), a party tag after the name is left out ("Malin Ekdahl
  Rosengren (M)"), particles and second surnames stay ("Teresa Ferraz de Almeida", "Juan Manuel
  Carmona Prieto", "Ivana Bulić Vrdoljak", "Petra Mandić Šore"), and a surname, pronoun or role noun
  resolves to the full name ("Pincelli-Vanni said", "Tinarelli said", "Lepistö admitted",
  "Jurišić-Bokan said", "the organisers, Atletski klub Meje, said" -> "Atletski klub Meje"). A
  descriptor before a proper name is dropped ("the network operator Mobiva Bordeaux", "the traffic
  information service Gironde Trafic", "the mobility research group Verkehrswende Rheinland", "The
  cleaning workers' union SIPUL", "The construction union Sindicato Obrero del Sur", "The regional
  public transport authority UL", "the insurer Fjordtrygd"), and a bracketed acronym or local name
  after a body is dropped ("the State Meteorological Agency (AEMET)", "The Health Board
  (Terviseamet)", "the Prahova Emergency Situations Inspectorate (ISU)", "The National Company for Road
  Infrastructure Administration (CNAIR)"). A single generic noun is kept as written ("the company",
  "The union", "the métropole", "the city", "The administration", "The council", "the federation",
  "The association", "The company", "the municipality", "The court", "The firm", "the board", "The
  board", "The inspectorate", "the police", "police", "the club"), and "It", "it" or "they" resolves to
  the name as first given ("It urged residents ..." -> "Bergen municipality", "it said" -> "the Prahova
  Emergency Situations Inspectorate", "they said" -> "Prahova County Police", "It said it had traced
  412 contacts" -> "The Health Board"); the acronym "AEMET expects" resolves to "the State
  Meteorological Agency". A standfirst's "union says", "roads authority says" or "organisers say"
  carries the body's first naming ("SAT-Gironde", "The Federation of Coastal Ship Crews", "the
  Norwegian Public Roads Administration", "Atletski klub Meje"). Unnamed people are kept as written ("a
  spokesman for the city administration", "a cleaner who worked nights in the surgical block until
  2024").
* CUES keep a channel after the verb ("told the court", "told the assembly", "said in a statement",
  "told the Prahova Monitor by phone") and otherwise the verb as written ("says", "called", "expects",
  "forecast", "advised", "urged", "found", "admitted", "had asked", "according to"); a cue inside the
  sentence ("Until then, it said, nights will bring little relief.") is the cue all the same.

And where sentences end: abbreviations that END one before a capital ("by 7.30 a.m." / "Some
passengers ..."; "Lda." / "Rua de Cedofeita, ..."; "S.R.L." / "The company's administrator ..."; "OÜ."
/ "All rights reserved.") and those that do not (titles and
honorifics "Mme", "Dr.", "avv.", "dott.ssa"; "art. 640", "S.r.l., to repay", "the S. Orsola hospital",
"VAT no. 03481920371", "GmbH & Co. KG 2027", "No. 318", "Str. Mihai Bravu nr. 14", "Av. da Boavista" at
the head of a line, "Oy, which", "S.L. 2027"; times inside a sentence "at 5.40 p.m. on Wednesday", "at
6 a.m. and", "between noon and 8 p.m. and", "at about 7.40 a.m. on Tuesday", "until 10.35 a.m., and",
"at the 9 a.m. start,", "at 6.30 a.m.:"); dotted dates ("19.03.2027, 18:42", "14.3.2027 17:05",
"05.04.2027", "16.07.2027", "20.10.2027 08:14") and times with a full stop ("by 7.40,", "at around
11.20 p.m. on Tuesday"); decimals, units and currencies ("€30.70", "4.20 metres", "43.6°C", "38,900
megawatts", "€1.16 million", "SEK 14.2 million", "118.4 millimetres", "NOK 38 million", "86.4%",
"1:03:41", "€12.60"); a quote over two sentences with the cue in the second ("“People trusted him for
20 years." / "That is the worst part,” she said."); a quote's second sentence standing alone ("“That is
not a roster, it is a trap.”", "“Nobody here can tell us anything.”"); an exclamation before its
attribution, one sentence ("“I trained all winter for this and it was over in two and a half hours!”
said Mirela Šimundža, ..."); an ellipsis before a lower-case word inside one sentence ("too fast… then
I saw the clock"); semicolons that never split (standfirsts, a vote line, a service line, a rule on
suspended sentences, a hospital line); furniture questions that do split ("Already a PUR
subscriber?" / "Log in"); and list lines, one sentence each (bulleted service lines,
"IN BRIEF" bullets, results rows).

The pages hold 528 sentences: 239 "B", 193 "W" and 96 ""; 178 sentences carry a speaker (117 distinct
speakers, page by page; 114 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not
copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, strip, ticker, crumb, byline, date line,
share line, caption, credit, prompt, poll line, list item, box label, comment and legal line is a
paragraph of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph, as are a commenter's handle and comment); each paragraph a list of sentences `(text,
speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by line, whatever it says, never
with a speaker; headlines and standfirsts are never split and are flagged by content; a dateline
belongs to its lead sentence.

Written from scratch for issue 13 in round sixty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new175.py` and `labelled_new176.py`. Coined names
were checked for freshness against the capitalised words in those two files: two outlet words
("Meridian", "Observer") that hit were replaced before the file was written; only common words,
widget words and real bodies' generic words still hit.

Every person, outlet, publisher, firm, union, association, club, school, insurer, research group,
statement, comment, poll result and figure is invented, and so are the small institutions and events
(Estuaire Info, Mobiva Bordeaux, SAT-Gironde, Gironde Trafic, Domstadt Digital, Verkehrswende
Rheinland, Portici Post, Pulitecnica Emiliana S.r.l., SIPUL, Giralda English, Sindicato Obrero del
Sur, Invicta Review, the Northern Hotels Association, the Athens Lantern, the Federation of Coastal
Ship Crews, the Aegean Passenger Shipowners' Association, Aegean Link Lines, the Cyclades Hoteliers'
Union, The Fyris Letter, Sävja Norra and Vilan schools, Luthagens BK, Gamla Stans IF, Resenärsforum
Uppland, Bryggen Post, Fjordtrygd, Esplanadi Post, Kallion Isännöinti Oy, the Uusimaa Housing
Companies' Association, Toome Times, Kastani Basic School, the Prahova Monitor, Trans Bucegi Express
S.R.L., Marjan News, Atletski klub Meje, the Split Riva Half Marathon and the clubs in the score
strips). Real countries, cities, districts, streets, roads, rivers, islands, ports, hospitals, courts,
councils, agencies, parties, laws and other public bodies appear only as settings, with invented
statements and figures: Bordeaux, Gironde, Arcachon, Libourne, Mérignac, La Gardette, the Quinconces,
the Pont de Pierre, the Pellegrin hospital, the Parc des Expositions, Bordeaux Métropole, the prefect
and the BatCub shuttle; Cologne, Ehrenfeld, Nippes, Cologne city council, the Greens, the SPD, the CDU,
the KölnPass and the Cologne Chamber of Crafts; Bologna, the S. Orsola hospital, Via Massarenti, the
Emilia-Romagna region and the Guardia di Finanza; Seville, Córdoba, Jaén, Huelva, Écija, Lebrija, Dos
Hermanas, Triana, the Guadalquivir valley, the State Meteorological Agency (AEMET), the Andalusian
Health Service, Seville City Council and the Tercera Federación; Porto, Vila Nova de Gaia, Miragaia,
Bonfim, the Ribeira, the Douro, Rua de Cedofeita, Avenida da Boavista, Porto's municipal assembly and
city council and the National Tourism Registry; Athens, Piraeus, Rafina, Lavrio, Naxos, Paros, Tinos,
Santorini, Mykonos, Rhodes, the Cyclades, the Dodecanese, Ghent, the Hellenic Coast Guard, the
Ministry of Maritime Affairs and Insular Policy, the Hellenic Civil Aviation Authority and the
Hellenic Statistical Authority; Uppsala, Sävja, Gottsunda, Flogsta, Gränby, Kungsgatan, road 255,
Studenternas, Akademiska hospital, the municipality's education committee and UL; Bergen, Voss, Odda,
Arna, Ytre Arna, Trengereid, Dale, Florida, Hardanger, the E16, E39, Rv7 and Rv13, Os, Sotra,
Vestland, the Norwegian Meteorological Institute, the Norwegian Public Roads Administration, Bane
NOR, Bergen municipality and the University of Bergen; Helsinki, Kallio, Fleminginkatu, Pasila,
Uusimaa, Helsinki District Court and the OMX Helsinki 25; Tartu, Tartu County, Annelinn, Karlova, the
Health Board (Terviseamet) and Tartu University Hospital; Comarnic, Posada, Ploiești, Câmpina, Sinaia,
Brașov, Sibiu, Bucharest, the DN1 and DN1A, the Prahova Valley, the Prahova Emergency Situations
Inspectorate, SMURD, Prahova County Police, the Romanian Road Police, the Infotrafic centre, the
Ploiești County Emergency Hospital, Câmpina Municipal Hospital and the National Company for Road
Infrastructure Administration; and Split, the Riva, Zvonimirova Street, Poljička cesta, Diocletian's
Palace, the Split University Hospital Centre and the Split-Dalmatia Police Administration.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'French REGIONAL NEWS SITE\'S ENGLISH EDITION (Bordeaux), DESKTOP browser paste, a TRAM STRIKE: only one tram in three runs as drivers begin a six-day strike over rosters. Head: a COOKIE-CONSENT box in the site\'s words (title, two sentences "We and our 187 partners ..." / "You can change your choices ...", a button line "ACCEPT AND CLOSE / Continue without accepting / Customise my choices"), the masthead, a LANGUAGE AND TEXT-SIZE SWITCHER with a subscription offer "FR | EN · A A A · Subscribe: €1 ...", a WEATHER STRIP with temperatures and air quality, the menu and crumb (all "B"); headline of record "W"; standfirst with a semicolon "..., union says" ("W", carrying the union as the body first names it, "SAT-Gironde"); a byline/published/updated line, an AUDIO PLAYER line "🎧 Listen to this article · 4 min 12 s" and a share line with a COMMENT COUNT "💬 38" ("B"); a caption "" and its © credit "B" in one line. Body: the operator "the network operator Mobiva Bordeaux said" (descriptor dropped, "W"); lines and drivers "the company said" / "according to the company" (generic kept, "W"); "The strike was called by SAT-Gironde, an independent union that says it represents 260 drivers" ("W", cue "says"); the union secretary\'s quote stating the shifts ("W") and its second sentence, a characterisation ("", same speaker and cue); an "Advertisement" line ("B"); the operations director with a signing date ("W") and his stance (""); a "READ ALSO ›" line with a figure ("B"); the métropole vice-president on a refund decided on Monday ("W") and her quote with "Mme Castéra-Dubosc said" (title dropped, resolving, ""); the 48-hour notice rule ("W"); a scene "by 7.30 a.m." ENDING a sentence before "Some passengers ..." (both ""); a nurse\'s quote with "at 6 a.m. and" mid-sentence (""); ring-road traffic "according to the traffic information service Gironde Trafic" (descriptor dropped, "W"); bike-share rentals "the métropole said" ("W"); talks "at 2 p.m. on Wednesday" (scheduled, "W"); "The union said it expected ..." (a forecast, "", generic kept); a LIVE-BLOG TEASER line ("B"); a question subhead ""; five BULLETED SERVICE LINES set by the operator ("W" each, one with a semicolon, one with "6 a.m. to 9 p.m." mid-line). Tail: a NEWSLETTER BOX (its pitch with "7 a.m., the" mid-line and its sign-up line), a MOST-READ list with its number on its own line, a COMMENTS block (count and sort line, two commenters\' handles and times, their comments, one an exclamation, a "Log in ..." line), and a footer legal line with an ACCESSIBILITY statement (all "B", never with a speaker).',
    'German CITY NEWS SITE\'S ENGLISH SERVICE (Cologne), PHONE BROWSER paste, a COUNCIL VOTE ON PRICES: residents\' parking permits rise from €30.70 to €360 a year. Head: a phone menu line, an APP PROMPT "📱 Better in the app · OPEN", a PAY-OR-CONSENT box in the site\'s words (title, two sentences on 143 third parties and privacy policy, a button, and "Or read without ads ... Domstadt PUR for €3.99 a month." / "Already a PUR subscriber?" / "Log in"), section label (all "B"); headline of record "W"; a standfirst with a semicolon, of record ("W", no speaker); a byline with a DOTTED GERMAN DATE "19.03.2027, 18:42", an AI-voice AUDIO PLAYER line, a "💬 214 🎁 Gift ↗ Share" line ("B"); a caption "" and its credit "B". Body: the vote and fee with a comparison "one of the largest increases ..." ("W"); the vote count ("W"); the fee bands "according to the resolution" ("W", with "4.20 metres" and "4.70 metres" decimals) and the KölnPass rate ("W"); permits and zones "a spokesman for the city administration said" (kept as written, "W"); the Greens\' spokesman ("Dr." dropped) on the old fee ("W") and his quote holding "8 cents a day" as RHETORIC (""); an "Advertisement" line ("B"); the CDU leader "called" a characterisation and his plan (""); a METERED PAYWALL ("You have 2 of 3 free articles left this month.", an offer and "Cancel at any time." as two sentences, all "B"); a pensioner\'s own cost and quote (""); revenue "according to the city\'s 2026 budget" ("W") against "The administration expects ..." (a forecast, ""); "The resolution says" the money\'s use (a rule, the document as speaker, "W"); the chamber of crafts on vans ("W"); a survey "according to the mobility research group Verkehrswende Rheinland" (descriptor dropped, "W"); application dates "the city said" ("W"). Tail: a PUSH-NOTIFICATION PROMPT split at its question mark ("... as a push notification?" / "Not now · Allow"), a RECOMMENDED FOR YOU label and two headlines with figures, a comments line, a legal line with "Cancel contracts here" and a copyright line with "GmbH & Co. KG" (all "B").',
    'Italian CITY NEWS SITE\'S ENGLISH EDITION (Bologna), READER-MODE paste, a COURT VERDICT: a cleaning contractor\'s owner jailed for two years and ten months for billing a hospital for 41,000 hours never worked. Head, as reader mode leaves it: domain, headline of record "W", byline, date, reading time ("B"); a standfirst with "the S. Orsola hospital;" and a semicolon, of record ("W"); a leaked AUDIO PLAYER label ("B"). Body: "BOLOGNA —" lead (the court acting, no speaker, "W"); the judge "found" with "art. 640" mid-sentence (the judge as speaker, "W"); the order naming "Pulitecnica Emiliana S.r.l., to repay" mid-sentence and the damages award (acts, "W"); the fraud "according to the ruling" and the contract value "according to the ruling" ("W"); a caption "" and its credit "B"; the prosecutor "told the court" ("W") and "He had asked for ..." (his ask, cue "had asked", "W"); a scene (""); leaked "Advertisement" and "Continue reading below" lines ("B"); the defence lawyer ("avv." dropped) with a characterisation and an appeal plan (""); two rules on reasons, appeals and suspended sentences ("W", one with a semicolon); "The hospital said in a statement" (channel in the cue, "W"); its general director ("dott.ssa" dropped) with a characterisation ("") and the nurses\' email ("W"); a leaked "Related:" line ("B"); the union "The cleaning workers\' union SIPUL" (descriptor dropped, "W"); an unnamed cleaner "who ... asked not to be named" (the description kept as written, ""); a question subhead ""; "Pincelli-Vanni said" resolving ("W") and "It handed the results ..." (an act, no speaker, "W"); a seizure "according to the ruling" ("W"); the region\'s rule ("W"); "Tinarelli said" resolving (""); a scheduled trial ("W"). Tail: leaked read-more, newsletter, share and tags lines and a copyright line with "VAT no." mid-line (all "B").',
    'Spanish REGIONAL NEWS SITE IN ENGLISH (Seville), AMP paste, a HEATWAVE: 43.6°C at Seville airport as AEMET raises a red warning. Head: the AMP domain, masthead, an AMP CONSENT box ("We value your privacy" / "We and our partners use cookies ..." and a button line), a WEATHER STRIP of four cities\' temperatures, a LIVE-SCORE STRIP with two matches, "FT" and "67\'", section crumb (all "B"); headline and standfirst, both of record ("W", no speaker); byline/place/time, an AUDIO line and a share line ("B"); a caption "" and its credit "B". Body: the reading "at 5.40 p.m. on Wednesday" and a record since 2017 "the State Meteorological Agency (AEMET) said" (acronym dropped, "W"); "The agency raised its warning ..." (an act, no speaker, "W") against "It forecast highs ..." (a forecast, "It" resolving, cue "forecast", ""); the threshold "according to AEMET\'s warning thresholds" (the records as written, "W"); heatstroke admissions "The Andalusian Health Service (SAS) said" and two in intensive care "it said" ("W") and "It advised ..." with "8 p.m. and" mid-sentence (advice, ""); an "Advertisement" line ("B"); the city\'s shelters until 10 p.m. ("W") and free pools ("W"); the 2023 royal-decree rule ("W"); the construction union (descriptor dropped, "W"); a bricklayer\'s quote and anecdote "sent home at 1 p.m." (""); demand "according to grid operator data" ("W"); the school-day rule "the regional education department said" ("W"); a shopkeeper\'s two-sentence quote (""); a VIDEO PROMO line with a running time "(1:34)" ("B", a link to another video, not an embed); a question subhead ""; "AEMET expects ..." (resolving to the agency as first given, "") and "Until then, it said, nights will bring little relief." (a forecast with the cue inside, ""). Tail: a more-on label and two headlines, a comments count, a legal line with "S.L." mid-line, a non-AMP link (all "B").',
    'Portuguese ENGLISH-LANGUAGE NEWS SITE (Porto), PRINT VIEW paste (printed to a page, so the BROWSER\'S PRINT HEADER and FOOTER repeat), a COUNCIL VOTE ON A TAX: Porto\'s tourist tax rises from €2 to €3 a night. Head: the print header with date, time and title, a "🖨 Print ✕ Close window" line, masthead, tagline, crumb (all "B"); headline and a standfirst, both of record ("W"); a byline/date/reading-time line ("B"). Body: "PORTO —" lead with the vote ("W") and how the groups voted, with a semicolon ("W"); a caption "" and its credit "B"; the tax since March 2018 and who pays it ("W", rules); revenue "according to the city council\'s own figures" ("W") against "The council expects ..." (a forecast, ""); the councillor "told the assembly" (channel in the cue, "W") and his quote (""); the earmarking rule ("W"); the PRINT FOOTER with the URL and "1/2" and the repeated PRINT HEADER ("B", mid-article where the page breaks); the hotels\' association "(AHN) called" (acronym dropped, "") and its president with occupancy figures ("W") and a plan (""); an opposition leader\'s forecast (""); Gaia\'s rate "Gaia city council said" ("W"); lodging units "according to the National Tourism Registry" ("W"); a Miragaia resident\'s own count of doors and families in a quote (""); payment and booking rules ("W", "the council said" on the second); cruise passengers not covered ("W"). Tail: a NEWSLETTER BOX ("NEWSLETTER | The North in English, every Friday." / "Subscribe at ..."), "Advertisement", a related label and two headlines, one starting "Av. da Boavista", a "Comments are closed" line, a publisher line split at "Lda." before "Rua de Cedofeita, ...", a print-surviving COOKIE NOTICE in three sentences and the last print footer "2/2" (all "B").',
    'Greek NEWS SITE\'S APP, article SHARED TO NOTES (Athens), a FERRY STRIKE: ships tied up at Piraeus, Rafina and Lavrio as crews begin a 48-hour strike. Head, as the app\'s share sheet writes it: the headline FIRST, of record ("W"), then the link and the app\'s masthead ("B"); a standfirst with a semicolon "..., union says" ("W", carrying "The Federation of Coastal Ship Crews" as the body first gives it, article and capital as written there); a byline with a DOTTED DATE "16.07.2027", an AUDIO line and a WEATHER STRIP with a wind force ("B"). Body: ships tied up "the Hellenic Coast Guard said" and "It said" ("W"); the federation\'s demands (no verb of saying, no speaker, "W"); its general secretary with pay and fares ("W"), a characterisation quote ("") and the return to sailing "at 6 a.m. on Friday" (set by those who run the strike, "W"); a court\'s rejection (an act, "W") and "The association said in a statement" a forecast of fares (generic kept, channel in the cue, ""); a VIDEO EMBED caption "▶ VIDEO: Empty quays ..." ("") with its running time "0:52" ("B"); an "Advertisement" line ("B"); the ministry\'s refund rule ("W") and "It urged" (advice, ""); exemptions "the federation said" ("W"); the company\'s bookings ("W") and "The company called" (""); a POLL with its question and its result line "Yes 41% · No 59% · 3,812 votes" ("B", whatever figures it holds); talks at 11 a.m. on Thursday ("W"); hoteliers\' cancellations and extra flights "the Hellenic Civil Aviation Authority said" ("W"); a scene (""); a tourist\'s two-sentence quote (""); a mayor on fuel and supplies ("W"); a baker\'s anecdote and quote (""); the last strike and passengers "according to the Hellenic Statistical Authority (ELSTAT)" ("W"). Tail: a NOTIFICATION PROMPT, a related label and two headlines, "Shared from the Athens Lantern app." / "Get it on the App Store and Google Play." (all "B").',
    'Swedish LOCAL NEWSLETTER, WEB VERSION (Uppsala), a MORNING LETTER with three items: a SCHOOL CLOSURE VOTE (8–5 to close Sävja Norra school), a BUS-PASS PRICE RISE and a BANDY RESULT. Head: the web-version note in two sentences with "6.30 a.m.:" mid-sentence, the masthead, a date line with "No. 318", a "Presented by ... AB" sponsor line (all "B"); the editor\'s greeting ("") and first line stating the vote and a record since 2019 ("W"); a WEATHER BOX with sunrise and sunset ("B"). First item: its headline of record "W"; the vote ("W"); pupils and places "the municipality said" ("W"); savings "according to the committee\'s papers" and the ventilation estimate "they say" (the papers as speaker, "W"); the committee chair with a party tag "(M)" left out of the name and a characterisation (""); the petition "The parents\' association said" ("W") and "It said it would ask ..." (a plan, ""); a parent\'s quote (""). A SPONSOR BLOCK (rule line, two sentences of advertising copy, all "B"). Second item: headline "W"; "The regional public transport authority UL said" (descriptor dropped, "W") and the youth pass ("W"); the causal rise "UL said" ("W"); a passengers\' group chair\'s quote with "by 7.40," mid-quote (""). Third item: headline "W"; result, venue and crowd ("W") and the hat-trick ("W"); the beaten coach\'s quote (""); the table position ("W"). An "IN BRIEF" label ("B") and three bulleted one-liners of record ("W"). Tail: a POLL question, its vote line and YESTERDAY\'S POLL RESULT with figures (all "B"), a forward line, "Was this forwarded to you?" split from "Sign up here.", the writers\' credit and tips line, the company\'s address and an unsubscribe line (all "B").',
    'Norwegian REGIONAL NEWS SITE\'S ENGLISH SERVICE (Bergen), DESKTOP browser paste, WEATHER AND A LANDSLIDE: the wettest October day since 2005 and a slide that closes the E16. Head: a COOKIE BOX in two sentences and its button line, the masthead, a WEATHER STRIP with rainfall and a warning, the menu, a subscription offer, a LIVE-TRAFFIC TICKER and the crumb (all "B"); headline of record "W"; standfirst with a semicolon "..., roads authority says" ("W", carrying "the Norwegian Public Roads Administration" as first given); a two-author byline with DOTTED DATES and an audio line ("B"); a VIDEO EMBED caption "▶ VIDEO: Mud and rocks ..." ("") with its running time "00:48" ("B") and its credit line ("B"). Body: rainfall "the Norwegian Meteorological Institute said" with a record since 2005 ("W") and the monthly normal ("W"); the slide "at around 11.20 p.m. on Tuesday" "the Norwegian Public Roads Administration said" ("W") and "police said" ("W"); the duty officer on the closure ("W") and her conditional quote (""); the detour ("W"); an "Advertisement" line ("B"); trains "Bane NOR said" with a cause ("W"); the orange warning issued (an act, "W") and "It expects ..." (a forecast, resolving to the institute, ""); evacuations "Bergen municipality said" ("W"); a resident\'s quote (""); sandbags "from 4 p.m." "the municipality said" (generic kept, "W") and "It urged" (advice, resolving to "Bergen municipality", ""); a POLL question and its options line ("B"); claims "according to the insurer Fjordtrygd" (descriptor dropped, "W"); a question subhead ""; a researcher on frequency since the 1960s ("W") and her quote (""). Tail: a MOST-READ list with numbers in line, an UP-NEXT video promo with "(1:12)", an editor line citing the press code and a copyright line (all "B").',
    'Finnish CAPITAL NEWS SITE IN ENGLISH (Helsinki), PHONE BROWSER paste, a COURT CASE: a former housing-company chairman given a suspended sentence for taking €86,400 from a renovation fund. Head: a phone menu line, an APP BANNER, a MARKET TICKER "OMX Helsinki 25 ▲ 0.41% · EUR/USD 1.0912 · Brent $78.20", a LIVE-SCORE STRIP "🏒 Finland 3–2 Sweden · 2nd per.", section label (all "B"); headline and standfirst, both of record ("W"); a byline with FINNISH DATES "14.3.2027 17:05", a GIFT-THIS-ARTICLE line "(3 gifts left this month)" and an audio line ("B"); a caption that states a checkable fact ("The block on Fleminginkatu was built in 1929.", "W") and its credit ("B"). Body: the sentence (the court acting, "W"); "The court found" the transfers (generic kept, cue "found", "W"); repayment, costs and a business ban (acts, "W"); "Lepistö admitted" (his plea, cue "admitted", "W") and "He told the court he had always meant to repay ..." (his excuse, ""); the aggravation "the judgment says" ("W"); an "Advertisement" line and a "Read also:" line with a figure ("B"); the current chair with the cost overrun and its cause ("W") and the extra charge "She said" ("W"); her quote over TWO SENTENCES with the cue in the second, both carrying her (""); the discovery by "Kallion Isännöinti Oy, which ..." (no speaker, "W") and "The firm said" ("W"); "The judgment is not yet final." and the seven-day rule ("W"); the lawyer\'s plan (""); the association\'s count ("W") and "It advised" (advice, ""). Tail: a COMMENTS block (count, a handle and time with the comment, a question, split into two sentences, and a reply/like line), a more-from label and two headlines, a NOTIFICATION PROMPT split at its question mark, a legal line with an accessibility statement and a copyright line with "Oy" (all "B").',
    'Estonian CITY NEWS SITE IN ENGLISH (Tartu), AMP paste, a HEALTH STORY: measles cases in Tartu County rise to 23. Head: the AMP domain, masthead, an AMP CONSENT box (two sentences and a button line), a LANGUAGE SWITCHER "EST | ENG | РУС", crumb (all "B"); headline of record holding the Health Board\'s urging ("W", no speaker); standfirst with a semicolon, of record ("W"); a byline with a DOTTED DATE and an audio line with a "Read this article in Estonian ›" link ("B"). Body: "TARTU —" lead "The Health Board (Terviseamet) said" (the bracketed Estonian name dropped, "W"); 2026 cases "according to the board\'s data" ("W"); the chief doctor ("Dr" without a full stop dropped) with vaccination status ("W"), admissions "she said" ("W") and a characterisation quote (""); the free MMR schedule (a rule, "W"); coverage and the 95% threshold "according to the board" ("W"); two "Advertisement" lines ("B"); the hospital\'s separate entrance ("W"); the first case "the board said" (generic kept, "W") and "It said it had traced 412 contacts" (resolving to "The Health Board", "W"); the school\'s home-learning decision ("W"); a parent\'s two-sentence quote (""); the vaccination bus "from 9 a.m. to 3 p.m." "the city said" ("W") and an adult\'s dose at €29 ("W"); "The board advised" (advice, ""); a family doctor\'s practice count ("W", a clinic\'s figure given in reported speech) and his quote (""); the 21-day exclusion rule ("W"); a question subhead ""; the board\'s general description of symptoms "the board says" and of the infectious period "it says" (general information, "", the second resolving to "The Health Board"). Tail: a related label and two headlines, a share line, a copyright line split at "OÜ." before "All rights reserved.", and "View full version" (all "B").',
    'Romanian REGIONAL NEWS SITE IN ENGLISH (Ploiești), READER-MODE paste, a ROAD ACCIDENT: a minibus and a lorry collide on the DN1 near Comarnic, 14 injured. Head, as reader mode leaves it: domain, headline of record "W", byline, date, reading time ("B"); a standfirst with a semicolon, of record ("W"); a leaked audio label ("B"). Body: "COMARNIC —" lead with "at about 7.40 a.m. on Tuesday" "the Prahova Emergency Situations Inspectorate (ISU) said" (acronym dropped, "W"); "The inspectorate said" (generic kept, "W") and "it said" (resolving to the inspectorate as first given, "W"); a caption "" and a credit naming the ISU ("B"); the crash\'s cause "Prahova County Police said in a statement" ("W"), alcohol tests "the police said" (generic kept, "W") and "they said" (resolving to "Prahova County Police", "W"); the overtaking rule ("W"); the criminal case (an act, "W") and "Investigators will examine ..., police said." (a plan, ""); an "Advertisement" line ("B"); the hospital spokeswoman named after the statement ("W"); the other injured with a semicolon and the lorry driver ("W"); a scene (""); a leaked "Follow ... on Google News" line ("B"); "Trans Bucegi Express S.R.L." ENDING a sentence before "The company\'s administrator ... told the Prahova Monitor by phone" (channel in the cue, "W" both) and his quote (""); the closure "until 10.35 a.m., and" mid-sentence "the Romanian Road Police said" ("W"); queues "according to the Infotrafic centre" ("W"); the 31st crash "according to the Prahova police" ("W"); a passenger\'s two-sentence quote (""); the mayor on requests in 2023 and 2025 ("W") and his quote (""); the roads company "(CNAIR) said it would install ..." (a plan, acronym dropped, ""); a second "Advertisement" ("B"); the tachograph rule ("W"). Tail: leaked read-also, gallery and tags lines and an address line with "Str." and "nr. 14" mid-line (all "B").',
    'Croatian CITY NEWS SITE\'S APP, article SHARED TO NOTES (Split), a SPORT RESULT: a course record at the Split Riva Half Marathon, with results tables. Head, as the share sheet writes it: the headline first, of record ("W"), then the link and the app\'s masthead ("B"); a standfirst with a semicolon "..., organisers say" ("W", carrying the organisers as the body names them, "Atletski klub Meje"); a byline, an audio line and a LIVE-SCORE STRIP with "(54\')" ("B"). Body: "SPLIT —" lead with times and the record ("W") and the places ("W"); the women\'s race ("W"); finishers "the organisers, Atletski klub Meje, said" (the role noun resolving to the name in apposition, "W") and the winner\'s age, job and 2024 win ("W"); his quote with an ELLIPSIS before "then" (""), "Jurišić-Bokan said" resolving to the full name, and his target "He said he would now aim for ..." (a plan, ""); an "Advertisement" line ("B"); heat and medical figures with "at the 9 a.m. start," mid-sentence "the club said" (generic kept, "W"); the race director\'s plan and quote (""); prize money ("W"); closures "from 7 a.m. to 1 p.m." "the Split-Dalmatia Police Administration said" and fines "It said" ("W"); a scene (""); a runner\'s EXCLAMATION before "said Mirela Šimundža, 58, ..." (one sentence, ""); a GALLERY line and a POLL with its result line ("B"); two RESULTS TABLES (titles, header rows with "Pos." and the source line "B"; six data rows "", one with "(CR)"); charity money and the next edition "the club said" ("W"). Tail: a related label and one headline, "Shared via the Marjan News app" / "Download it at ..." (all "B").',
]

ARTICLES = [
    [
        [
            ("Estuaire Info values your privacy", "", "", "B"),
        ],
        [
            (
                "We and our 187 partners use cookies and similar technologies to store and access information on your device, to measure our audience and to show you personalised advertising.",
                "",
                "",
                "B",
            ),
            (
                "You can change your choices at any time via “Cookie settings” at the bottom of every page.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ACCEPT AND CLOSE     Continue without accepting →     Customise my choices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ESTUAIRE INFO · English edition", "", "", "B"),
        ],
        [
            ("FR | EN   ·   A A A   ·   Subscribe: €1 for the first month", "", "", "B"),
        ],
        [
            (
                "Bordeaux 🌧 14°C   Arcachon ⛅ 16°C   Libourne 🌧 13°C   Air quality: good",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Bordeaux   Gironde   Wine   Economy   Sport   Culture   Opinion   Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Bordeaux › Transport", "", "", "B"),
        ],
        [
            (
                "Tram strike: one tram in three runs in Bordeaux as drivers walk out over rosters",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lines A and C cut to a 20-minute service and line D at a standstill; stoppage to last until Sunday, union says",
                "SAT-Gironde",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Hélène Barrucand-Lafitte · Published on 16 March 2027 at 07:42 · Updated at 11:05",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🎧 Listen to this article · 4 min 12 s", "", "", "B"),
        ],
        [
            ("Share:  Facebook  ·  X  ·  WhatsApp  ·  Email  ·  💬 38", "", "", "B"),
        ],
        [
            ("Passengers wait for a tram at the Quinconces stop on Tuesday morning.", "", "", ""),
            ("© Estuaire Info / Julien Castagnet", "", "", "B"),
        ],
        [
            (
                "Only one tram in three was running in Bordeaux on Tuesday morning as drivers began a six-day strike over new rosters, the network operator Mobiva Bordeaux said.",
                "Mobiva Bordeaux",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lines A and C ran every 20 minutes instead of every five, line B every 15 minutes, and line D did not run at all, the company said.",
                "the company",
                "said",
                "W",
            ),
            (
                "Of the network's 492 tram drivers, 211 had declared that they would strike, according to the company.",
                "the company",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The strike was called by SAT-Gironde, an independent union that says it represents 260 drivers, after talks on the new rosters broke down on Friday.",
                "SAT-Gironde",
                "says",
                "W",
            ),
        ],
        [
            (
                "“Drivers are being asked to work split shifts of up to 11 hours, with a three-hour unpaid break in the middle,” said Nadège Ferrandou-Lisle, the union's general secretary.",
                "Nadège Ferrandou-Lisle",
                "said",
                "W",
            ),
            ("“That is not a roster, it is a trap.”", "Nadège Ferrandou-Lisle", "said", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Mobiva's director of operations, Thibault Sarrazac, said the rosters had been signed with two other unions on 19 January and that no shift would last more than ten and a half hours.",
                "Thibault Sarrazac",
                "said",
                "W",
            ),
            (
                "He said the company remained “open to discussion” but would not withdraw them.",
                "Thibault Sarrazac",
                "said",
                "",
            ),
        ],
        [
            ("READ ALSO › Bordeaux Métropole votes 2.5% fare rise for 2027", "", "", "B"),
        ],
        [
            (
                "Armelle Castéra-Dubosc, the Bordeaux Métropole vice-president in charge of transport, said the métropole had decided on Monday that holders of monthly passes would be refunded one week's fare, €12.60, if the strike lasted beyond Thursday.",
                "Armelle Castéra-Dubosc",
                "said",
                "W",
            ),
            (
                "“Passengers are not hostages in a dispute between a company and its staff,” Mme Castéra-Dubosc said.",
                "Armelle Castéra-Dubosc",
                "said",
                "",
            ),
        ],
        [
            (
                "Under a 2007 law on minimum service, public transport staff must tell their employer at least 48 hours in advance that they intend to strike.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("At the Quinconces stop the platform was three-deep by 7.30 a.m.", "", "", ""),
            ("Some passengers gave up and walked towards the Pont de Pierre.", "", "", ""),
        ],
        [
            (
                "“I left home at 6 a.m. and I will still be late for my shift,” said Corinne Massiéra, 52, a nurse at the Pellegrin hospital.",
                "Corinne Massiéra",
                "said",
                "",
            ),
        ],
        [
            (
                "Traffic on the ring road was 38% heavier than on an ordinary Tuesday at 8 a.m., according to the traffic information service Gironde Trafic.",
                "Gironde Trafic",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The bike-share scheme recorded 9,800 rentals by noon, almost twice its usual March figure for a whole morning, the métropole said.",
                "the métropole",
                "said",
                "W",
            ),
        ],
        [
            (
                "Talks are due to resume at the prefecture at 2 p.m. on Wednesday, with a mediator appointed by the prefect.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The union said it expected more drivers to join the strike on Saturday, when the spring fair opens at the Parc des Expositions.",
                "The union",
                "said",
                "",
            ),
        ],
        [
            (
                "🔴 LIVE · Trams, buses, river shuttle: the situation minute by minute ›",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Which services are running on Wednesday?", "", "", ""),
        ],
        [
            (
                "• Line A: one tram every 20 minutes between La Gardette and Mérignac Centre.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Line B: one tram every 15 minutes; no service north of Berges de la Garonne.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Line C: one tram every 20 minutes, from 6 a.m. to 9 p.m. only.", "", "", "W"),
        ],
        [
            ("• Line D: no service.", "", "", "W"),
        ],
        [
            ("• Buses: 85% of services; the BatCub river shuttle runs normally.", "", "", "W"),
        ],
        [
            (
                "📩 The Morning Estuary: every weekday at 7 a.m., the Bordeaux news you need before you leave home.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Your email address      [ I sign up ]", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Arcachon oyster farmers count the cost of a wet winter", "", "", "B"),
        ],
        [
            ("💬 38 comments · Sort by: Most recent", "", "", "B"),
        ],
        [
            ("Gaston_du_33 · 2 h", "", "", "B"),
            ("Every spring the same thing.", "", "", "B"),
        ],
        [
            ("merignac_maman · 1 h", "", "", "B"),
            ("My daughter's school trip was cancelled because of this!", "", "", "B"),
        ],
        [
            ("Log in or create a free account to comment.", "", "", "B"),
        ],
        [
            (
                "© Estuaire Info SAS 2027 · Legal notice · Terms of use · Privacy · Cookie settings · Accessibility: partially compliant",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("☰   DOMSTADT DIGITAL   🔍   👤", "", "", "B"),
        ],
        [
            ("📱 Better in the app · OPEN", "", "", "B"),
        ],
        [
            ("Read Domstadt Digital free of charge with advertising", "", "", "B"),
        ],
        [
            (
                "To finance our journalism, we and 143 third parties use cookies and process personal data such as your IP address and device identifiers for personalised advertising and audience measurement.",
                "",
                "",
                "B",
            ),
            (
                "Details, including on transfers to third countries, can be found in our privacy policy.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("[ Agree and continue ]", "", "", "B"),
        ],
        [
            ("Or read without ads and tracking: Domstadt PUR for €3.99 a month.", "", "", "B"),
            ("Already a PUR subscriber?", "", "", "B"),
            ("Log in", "", "", "B"),
        ],
        [
            ("COLOGNE · LOCAL POLITICS", "", "", "B"),
        ],
        [
            (
                "Cologne council votes to raise residents' parking permit from €30.70 to €360 a year",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The rise, passed by 47 votes to 41, takes effect on 1 July; owners of long cars will pay €480",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Maximilian Obermöller-Krings · 19.03.2027, 18:42", "", "", "B"),
        ],
        [
            ("▶ Listen to this article · 3:51 · AI voice", "", "", "B"),
        ],
        [
            ("💬 214   🎁 Gift   ↗ Share", "", "", "B"),
        ],
        [
            ("Parked cars line a street in the Ehrenfeld district.", "", "", ""),
            ("Photo: Domstadt Digital/Pia Lückerath", "", "", "B"),
        ],
        [
            (
                "Cologne city council on Thursday voted to raise the annual fee for a residents' parking permit from €30.70 to €360, one of the largest increases approved by any German city.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The motion, tabled by the Greens and the SPD, passed by 47 votes to 41 with two abstentions after a debate lasting almost four hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "From 1 July, permits will cost €240 for cars up to 4.20 metres long and €480 for cars longer than 4.70 metres, according to the resolution.",
                "the resolution",
                "according to",
                "W",
            ),
            (
                "Holders of the KölnPass, the city's card for people on low incomes, will pay €60.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The city has issued about 61,000 residents' permits in 37 parking zones, a spokesman for the city administration said.",
                "a spokesman for the city administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Greens' transport spokesman, Dr. Jörg Brinkhaus-Wessel, said the old fee had not changed since 2010 and worked out at about 8 cents a day.",
                "Jörg Brinkhaus-Wessel",
                "said",
                "W",
            ),
            (
                "“Nobody in this city can rent 12 square metres for 8 cents a day, except a car,” he said.",
                "Jörg Brinkhaus-Wessel",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The CDU group leader, Bernd Vollrath-Hegemann, called the decision “a fine for living in the city”.",
                "Bernd Vollrath-Hegemann",
                "called",
                "",
            ),
            (
                "He said his group would ask the district government to check whether the fee was lawful.",
                "Bernd Vollrath-Hegemann",
                "said",
                "",
            ),
        ],
        [
            ("You have 2 of 3 free articles left this month.", "", "", "B"),
        ],
        [
            ("Keep reading with Domstadt+ for €0.99 in the first month.", "", "", "B"),
            ("Cancel at any time.", "", "", "B"),
        ],
        [
            (
                "Ingrid Pohlmeyer, 71, who lives in Nippes and drives her late husband's estate car twice a week, said she would now pay €480.",
                "Ingrid Pohlmeyer",
                "said",
                "",
            ),
            (
                "“I will sell it and take a taxi to the cemetery,” she said.",
                "Ingrid Pohlmeyer",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents' permits brought in €1.9 million in 2026, according to the city's 2026 budget.",
                "the city's 2026 budget",
                "according to",
                "W",
            ),
            (
                "The administration expects about €17 million a year once all permits have been renewed.",
                "The administration",
                "expects",
                "",
            ),
        ],
        [
            (
                "The resolution says the money must be spent on bus lanes, cycle paths and safer routes to schools.",
                "The resolution",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Cologne Chamber of Crafts said tradespeople's vans were not affected and would keep their own permit, which costs €250 a year.",
                "The Cologne Chamber of Crafts",
                "said",
                "W",
            ),
        ],
        [
            (
                "At least 14 German cities now charge more than €200 a year for a residents' permit, according to the mobility research group Verkehrswende Rheinland.",
                "Verkehrswende Rheinland",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Applications for the new permits open online on 2 May, and existing permits remain valid until they expire, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            ("🔔 Get breaking news from Cologne as a push notification?", "", "", "B"),
            ("Not now · Allow", "", "", "B"),
        ],
        [
            ("RECOMMENDED FOR YOU", "", "", "B"),
        ],
        [
            ("Rhine bridge: lane closures until October", "", "", "B"),
        ],
        [
            ("Carnival: city counts 1.4 million visitors on Rose Monday", "", "", "B"),
        ],
        [
            ("Comments (214) · Show comments", "", "", "B"),
        ],
        [
            ("Imprint · Privacy · Terms · Cookie settings · Cancel contracts here", "", "", "B"),
        ],
        [
            ("© Domstadt Digital GmbH & Co. KG 2027   ↑ Top", "", "", "B"),
        ],
    ],
    [
        [
            ("portici-post.it", "", "", "B"),
        ],
        [
            (
                "Cleaning firm owner jailed for billing Bologna hospital for 41,000 hours never worked",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lucrezia Ambrosini-Fava", "", "", "B"),
        ],
        [
            ("23 April 2027", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "Court orders Pulitecnica Emiliana to repay €1.16 million to the S. Orsola hospital; defence to appeal",
                "",
                "",
                "W",
            ),
        ],
        [
            ("🎧 Listen to this article", "", "", "B"),
        ],
        [
            (
                "BOLOGNA — A Bologna court on Thursday sentenced the owner of a cleaning contractor to two years and ten months in prison for billing the S. Orsola hospital for more than 41,000 hours of work that was never done.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judge Marta Sgarzi-Bellomo found Gianpaolo Tassinari-Rubbi, 58, guilty of aggravated fraud against a public body under art. 640 of the penal code.",
                "Marta Sgarzi-Bellomo",
                "found",
                "W",
            ),
            (
                "She also ordered his company, Pulitecnica Emiliana S.r.l., to repay €1.16 million to the hospital.",
                "",
                "",
                "W",
            ),
            (
                "The court also awarded the hospital €50,000 in damages for harm to its reputation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Between 2021 and 2024 the firm billed for teams of six cleaners on night shifts in the surgical wards when no more than three were on duty, according to the ruling.",
                "the ruling",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The hospital paid the firm about €3.4 million a year under the contract, which began in 2019, according to the ruling.",
                "the ruling",
                "according to",
                "W",
            ),
        ],
        [
            ("The hospital's entrance on Via Massarenti.", "", "", ""),
            ("Photo: Portici Post archive", "", "", "B"),
        ],
        [
            (
                "Prosecutor Federico Landuzzi told the court in March that the hospital's own badge records showed 41,260 hours billed but not worked.",
                "Federico Landuzzi",
                "told the court",
                "W",
            ),
            (
                "He had asked for a sentence of three years and four months.",
                "Federico Landuzzi",
                "had asked",
                "W",
            ),
        ],
        [
            ("Tassinari-Rubbi, who was in court, left without speaking to reporters.", "", "", ""),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "Defence lawyer avv. Cesare Tinarelli said his client had been “the scapegoat for a hospital that never checked anything”.",
                "Cesare Tinarelli",
                "said",
                "",
            ),
            (
                "He said he would appeal once the court had published its reasons.",
                "Cesare Tinarelli",
                "said",
                "",
            ),
        ],
        [
            (
                "Under Italian law the reasons must be filed within 90 days, and the parties then have 45 days to appeal.",
                "",
                "",
                "W",
            ),
            (
                "Prison sentences of up to two years can be suspended; Tassinari-Rubbi's cannot, because it is longer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital said in a statement that it had ended the contract in June 2024 and that cleaning in the surgical wards had since been awarded to another firm by public tender.",
                "The hospital",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Its general director, dott.ssa Alessandra Pincelli-Vanni, said the ruling was “a relief for the nurses who reported what they saw”.",
                "Alessandra Pincelli-Vanni",
                "said",
                "",
            ),
            (
                "She said two night-shift nurses had first raised the alarm in an email to the hospital's management in November 2023.",
                "Alessandra Pincelli-Vanni",
                "said",
                "W",
            ),
        ],
        [
            ("Related: S. Orsola opens its new emergency department to the public", "", "", "B"),
        ],
        [
            (
                "The cleaning workers' union SIPUL said the firm's 140 cleaners had been paid for 35 hours a week while some worked up to 44.",
                "SIPUL",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We did the work of six with three, and then they sent us home early so the badges would not show it,” said a cleaner who worked nights in the surgical block until 2024 and asked not to be named.",
                "a cleaner who worked nights in the surgical block until 2024",
                "said",
                "",
            ),
        ],
        [
            ("How did the fraud come to light?", "", "", ""),
        ],
        [
            (
                "After the nurses' email, the hospital compared the contractor's monthly invoices with the badge records of its night porters, Pincelli-Vanni said.",
                "Alessandra Pincelli-Vanni",
                "said",
                "W",
            ),
            (
                "It handed the results to the Guardia di Finanza, the financial police, in February 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The financial police seized €390,000 from the company's accounts in July 2024, according to the ruling.",
                "the ruling",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Emilia-Romagna region said it had since made monthly badge checks compulsory for every cleaning contractor in its hospitals.",
                "the Emilia-Romagna region",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tinarelli said his client “has already lost everything” and would not be able to pay the full sum.",
                "Cesare Tinarelli",
                "said",
                "",
            ),
        ],
        [
            (
                "A separate trial of two of the firm's former supervisors opens on 11 June.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read more: Bologna's bus drivers to strike for four hours on Monday", "", "", "B"),
        ],
        [
            ("Subscribe to Portici Post's weekly newsletter", "", "", "B"),
        ],
        [
            ("Share this article:  Facebook  X  LinkedIn  Email", "", "", "B"),
        ],
        [
            ("Tags: Bologna · Courts · Health", "", "", "B"),
        ],
        [
            ("© Portici Post Srl · VAT no. 03481920371", "", "", "B"),
        ],
    ],
    [
        [
            ("giraldaenglish.es", "", "", "B"),
        ],
        [
            ("☰   GIRALDA ENGLISH", "", "", "B"),
        ],
        [
            ("We value your privacy", "", "", "B"),
            (
                "We and our partners use cookies to personalise content and ads and to analyse our traffic.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ACCEPT ALL   |   REJECT ALL   |   SETTINGS", "", "", "B"),
        ],
        [
            ("Seville 41° · Córdoba 42° · Jaén 39° · Huelva 36°", "", "", "B"),
        ],
        [
            (
                "⚽ Tercera Federación  ·  CD Triana Viejo 2–1 UD Camas Alta  FT  ·  Atlético Alcalá Sur 0–0 CD Gelves Ribera  67'",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NEWS › ANDALUSIA", "", "", "B"),
        ],
        [
            (
                "Seville hits 43.6°C as AEMET raises red heat warning for the Guadalquivir valley",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "City opens 48 climate shelters as hospitals report 19 heatstroke admissions in a week",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Mercedes Villalobos Arjona | Seville | 17 Jun 2027 - 13:20 CEST", "", "", "B"),
        ],
        [
            ("🔊 Listen · 3 min", "", "", "B"),
        ],
        [
            ("Share  ✉  𝕏  f  🔗", "", "", "B"),
        ],
        [
            (
                "A woman cools off under a misting fan on the Avenida de la Constitución on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Rocío Cabello Luque", "", "", "B"),
        ],
        [
            (
                "The temperature at Seville airport reached 43.6°C at 5.40 p.m. on Wednesday, the highest June reading at the station since 2017, the State Meteorological Agency (AEMET) said.",
                "the State Meteorological Agency",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agency raised its warning for the Campiña sevillana and the Córdoba countryside to red, its highest level, from noon on Thursday.",
                "",
                "",
                "W",
            ),
            (
                "It forecast highs of 44°C to 45°C on Thursday and Friday, with night-time temperatures not falling below 27°C.",
                "the State Meteorological Agency",
                "forecast",
                "",
            ),
        ],
        [
            (
                "In those areas a red warning is issued when maximum temperatures are forecast to reach 44°C, according to AEMET's warning thresholds.",
                "AEMET's warning thresholds",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Andalusian Health Service (SAS) said 19 people had been admitted to hospital with heatstroke in Seville province in the past seven days, against four in the same week last year.",
                "The Andalusian Health Service",
                "said",
                "W",
            ),
            (
                "Two of them, a 78-year-old woman in Écija and a 51-year-old farm labourer in Lebrija, were in intensive care on Thursday morning, it said.",
                "The Andalusian Health Service",
                "said",
                "W",
            ),
            (
                "It advised people to stay indoors between noon and 8 p.m. and to check on elderly neighbours twice a day.",
                "The Andalusian Health Service",
                "advised",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Seville City Council said 48 climate shelters, mostly libraries, civic centres and museums with air conditioning, would stay open until 10 p.m. from Thursday.",
                "Seville City Council",
                "said",
                "W",
            ),
            ("Municipal swimming pools will be free for under-16s until Sunday.", "", "", "W"),
        ],
        [
            (
                "Under a 2023 royal decree, employers must adapt or stop outdoor work when AEMET issues an orange or red warning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The construction union Sindicato Obrero del Sur said labour inspectors had stopped work at two building sites in Dos Hermanas on Wednesday afternoon.",
                "Sindicato Obrero del Sur",
                "said",
                "W",
            ),
        ],
        [
            (
                "“At two o'clock the scaffolding burns your hands through the gloves,” said Juan Manuel Carmona Prieto, 44, a bricklayer who was sent home at 1 p.m.",
                "Juan Manuel Carmona Prieto",
                "said",
                "",
            ),
        ],
        [
            (
                "Peninsular electricity demand peaked at 38,900 megawatts at 2 p.m. on Wednesday, the highest figure this year, according to grid operator data.",
                "grid operator data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Schools in the province may end the school day at 1 p.m. until the end of term on 23 June, the regional education department said.",
                "the regional education department",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I have not had a single fan on the shelf since Monday,” said Lourdes Ruiz-Calderón, who runs a hardware shop in Triana.",
                "Lourdes Ruiz-Calderón",
                "said",
                "",
            ),
            ("“The supplier says Friday, maybe.”", "Lourdes Ruiz-Calderón", "said", ""),
        ],
        [
            ("📺 VIDEO · Heatwave in Seville: how to protect yourself (1:34)", "", "", "B"),
        ],
        [
            ("When will it end?", "", "", ""),
        ],
        [
            (
                "AEMET expects temperatures to fall by four to six degrees from Sunday, when cooler Atlantic air arrives.",
                "the State Meteorological Agency",
                "expects",
                "",
            ),
            (
                "Until then, it said, nights will bring little relief.",
                "the State Meteorological Agency",
                "said",
                "",
            ),
        ],
        [
            ("MORE ON THE HEATWAVE", "", "", "B"),
        ],
        [
            ("Heat and pets: what to do if your dog collapses", "", "", "B"),
        ],
        [
            ("Córdoba's Mosque-Cathedral brings forward its opening hours", "", "", "B"),
        ],
        [
            ("💬 57 comments", "", "", "B"),
        ],
        [
            ("Cookie policy · Legal notice · © Giralda English S.L. 2027", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
    ],
    [
        [
            (
                "12/02/2027, 21:14      Porto to charge tourists €3 a night from March as assembly approves tax rise | Invicta Review",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🖨 Print      ✕ Close window", "", "", "B"),
        ],
        [
            ("INVICTA REVIEW", "", "", "B"),
        ],
        [
            ("The English-language news of Porto and the North", "", "", "B"),
        ],
        [
            ("PORTO › LOCAL GOVERNMENT", "", "", "B"),
        ],
        [
            (
                "Porto to charge tourists €3 a night from March as assembly approves tax rise",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Municipal assembly votes 31–17 for the increase; children under 13 stay exempt",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rita Gouveia Sampaio  |  12 February 2027, 21:10  |  Reading time: 5 min",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "PORTO — Porto's municipal assembly on Thursday night approved raising the city's tourist tax from €2 to €3 per guest per night from 1 March, by 31 votes to 17.",
                "",
                "",
                "W",
            ),
            (
                "Members of the mayor's coalition and two smaller left-wing parties voted in favour; the main opposition group and the liberals voted against.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tourists on the Ribeira quay on Thursday afternoon.", "", "", ""),
            ("Photo: Invicta Review / Duarte Lobo Pires", "", "", "B"),
        ],
        [
            ("The tax has been €2 since it was introduced in March 2018.", "", "", "W"),
            (
                "It applies to guests aged 13 and over in hotels, hostels and local lodging (alojamento local), up to a maximum of seven nights per stay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "It raised €31.4 million in 2026, up from €26.9 million in 2025, according to the city council's own figures.",
                "the city council's own figures",
                "according to",
                "W",
            ),
            (
                "The council expects the new rate to bring in about €45 million in 2028.",
                "The council",
                "expects",
                "",
            ),
        ],
        [
            (
                "The councillor for economy and tourism, Rui Valadares-Seixas, told the assembly that Porto had recorded 11.2 million overnight stays last year, 62% of them in the historic centre and Bonfim.",
                "Rui Valadares-Seixas",
                "told the assembly",
                "W",
            ),
            (
                "“Those who visit us should help pay for the streets they walk on and the rubbish they leave behind,” he said.",
                "Rui Valadares-Seixas",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the new regulation, 30% of the revenue is earmarked for street cleaning in the historic centre and 20% for affordable housing for residents.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "https://invictareview.pt/porto/2027/02/tourist-tax-rises-to-3-euros          1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "12/02/2027, 21:14      Porto to charge tourists €3 a night from March as assembly approves tax rise | Invicta Review",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Northern Hotels Association (AHN) called the increase “the wrong signal at the wrong time”.",
                "the Northern Hotels Association",
                "called",
                "",
            ),
        ],
        [
            (
                "Its president, Teresa Ferraz de Almeida, said hotel occupancy in Porto fell to 71.8% in January from 74.5% a year earlier.",
                "Teresa Ferraz de Almeida",
                "said",
                "W",
            ),
            (
                "She said the association would ask the government to set a national ceiling on municipal tourist taxes.",
                "Teresa Ferraz de Almeida",
                "said",
                "",
            ),
        ],
        [
            (
                "Helena Quintas Barroso, who leads the opposition group on the assembly, said the rise would “simply push visitors across the bridge to Gaia”.",
                "Helena Quintas Barroso",
                "said",
                "",
            ),
            (
                "Vila Nova de Gaia, on the south bank of the Douro, charges €2 a night, Gaia city council said on Friday.",
                "Gaia city council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Porto has 10,460 registered local lodging units, according to the National Tourism Registry.",
                "the National Tourism Registry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“In my street there are 22 front doors and only four families still live behind them,” said Joaquim Brás Monteiro, 77, who has lived in Miragaia since 1961.",
                "Joaquim Brás Monteiro",
                "said",
                "",
            ),
        ],
        [
            (
                "Hotels and hosts must pay the tax they collect to the council by the end of the month following the guest's stay, under the regulation.",
                "",
                "",
                "W",
            ),
            (
                "The new rate applies to all stays from 1 March, including bookings made before the vote, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cruise passengers who do not stay the night are not covered by the tax.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("NEWSLETTER  |  The North in English, every Friday.", "", "", "B"),
            ("Subscribe at invictareview.pt/newsletter", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Metro's Pink Line to open to passengers in June", "", "", "B"),
        ],
        [
            ("Av. da Boavista bus-lane cameras start issuing fines", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("Invicta Review is published by Invicta Media, Lda.", "", "", "B"),
            ("Rua de Cedofeita, 112, 4050-174 Porto.", "", "", "B"),
        ],
        [
            ("This site uses cookies.", "", "", "B"),
            ("By continuing to browse, you accept their use.", "", "", "B"),
            ("More information", "", "", "B"),
        ],
        [
            (
                "https://invictareview.pt/porto/2027/02/tourist-tax-rises-to-3-euros          2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Ferries tied up at Piraeus as crews begin 48-hour strike", "", "", "W"),
        ],
        [
            ("https://athenslantern.gr/a/88412", "", "", "B"),
        ],
        [
            ("ATHENS LANTERN · Greece", "", "", "B"),
        ],
        [
            (
                "Passengers stranded at Piraeus, Rafina and Lavrio; ships will not sail until 6 a.m. on Friday, union says",
                "The Federation of Coastal Ship Crews",
                "says",
                "W",
            ),
        ],
        [
            ("Eleni Karamanou-Vlachou | 16.07.2027 | 09:55", "", "", "B"),
        ],
        [
            ("🔊 Listen · 4:05", "", "", "B"),
        ],
        [
            ("🌡 Athens 34°C · Piraeus 31°C · Meltemi: 6 Beaufort in the Cyclades", "", "", "B"),
        ],
        [
            (
                "No ferry left Piraeus, Rafina or Lavrio on Wednesday morning as crews began a 48-hour strike, the Hellenic Coast Guard said.",
                "the Hellenic Coast Guard",
                "said",
                "W",
            ),
            (
                "It said 64 passenger ships were tied up in ports across the country.",
                "the Hellenic Coast Guard",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Federation of Coastal Ship Crews (OPAN), which called the strike, is demanding a 9% pay rise and a minimum crew of 14 on ships licensed to carry more than 800 passengers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its general secretary, Stavros Lianidis-Kourtis, said crew wages had risen by 3% since 2022 while ticket prices had risen by 18%.",
                "Stavros Lianidis-Kourtis",
                "said",
                "W",
            ),
            (
                "“The companies are making record profits on the backs of exhausted sailors,” he said.",
                "Stavros Lianidis-Kourtis",
                "said",
                "",
            ),
            (
                "He said ships would sail again at 6 a.m. on Friday.",
                "Stavros Lianidis-Kourtis",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Tuesday evening a Piraeus court rejected an application by the Aegean Passenger Shipowners' Association to have the strike declared illegal.",
                "",
                "",
                "W",
            ),
            (
                "The association said in a statement that the crews' demands would “add €40 to every family ticket”.",
                "The association",
                "said in a statement",
                "",
            ),
        ],
        [
            ("▶ VIDEO: Empty quays at Piraeus on Wednesday morning", "", "", ""),
            ("0:52", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Ministry of Maritime Affairs and Insular Policy said passengers with tickets for Wednesday or Thursday could rebook free of charge or claim a full refund within 30 days.",
                "The Ministry of Maritime Affairs and Insular Policy",
                "said",
                "W",
            ),
            (
                "It urged travellers not to go to the ports until the strike was over.",
                "The Ministry of Maritime Affairs and Insular Policy",
                "urged",
                "",
            ),
        ],
        [
            (
                "Ships carrying patients, medicines and fuel to islands without an airport are exempt from the strike, the federation said.",
                "the federation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Aegean Link Lines, which runs 11 ships from Piraeus to the Cyclades and the Dodecanese, said 9,400 passengers had been booked on its Wednesday and Thursday sailings.",
                "Aegean Link Lines",
                "said",
                "W",
            ),
            (
                "The company called the strike “disproportionate in the middle of the season”.",
                "The company",
                "called",
                "",
            ),
        ],
        [
            ("📊 POLL · Should ferry crews be allowed to strike in July and August?", "", "", "B"),
        ],
        [
            ("Yes 41% · No 59% · 3,812 votes", "", "", "B"),
        ],
        [
            (
                "The ministry has called the federation and the shipowners to talks at its offices in Piraeus at 11 a.m. on Thursday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Cyclades Hoteliers' Union said 18% of Wednesday-night bookings on Naxos and Paros had been cancelled by midday.",
                "The Cyclades Hoteliers' Union",
                "said",
                "W",
            ),
            (
                "Domestic airlines added 14 flights to Santorini, Mykonos and Rhodes on Wednesday, the Hellenic Civil Aviation Authority said.",
                "the Hellenic Civil Aviation Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Gate E7 in Piraeus, families sat on suitcases in the shade of the closed ticket booths.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“We have a room in Naxos that we have paid for and cannot use,” said Marieke Verhaeghe, 34, a teacher from Ghent.",
                "Marieke Verhaeghe",
                "said",
                "",
            ),
            ("“Nobody here can tell us anything.”", "Marieke Verhaeghe", "said", ""),
        ],
        [
            (
                "The mayor of Tinos, Ioannis Mavrogenis-Stathas, said the island had enough fuel for nine days and that a coast guard vessel would bring dialysis supplies on Thursday.",
                "Ioannis Mavrogenis-Stathas",
                "said",
                "W",
            ),
        ],
        [
            (
                "A baker in Tinos town, Dimitra Sfakianaki, said she had baked half her usual bread.",
                "Dimitra Sfakianaki",
                "said",
                "",
            ),
            (
                "“If there is no flour on Friday, there is no bread on Saturday,” she said.",
                "Dimitra Sfakianaki",
                "said",
                "",
            ),
        ],
        [
            ("The last nationwide ferry strike, in April 2026, lasted 24 hours.", "", "", "W"),
        ],
        [
            (
                "Greek ports handled 34.1 million ferry passengers in 2026, according to the Hellenic Statistical Authority (ELSTAT).",
                "the Hellenic Statistical Authority",
                "according to",
                "W",
            ),
        ],
        [
            ("📲 Turn on notifications to get the latest on the strike.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Athens metro line 4: first stations to open in 2029", "", "", "B"),
        ],
        [
            ("Heat: Acropolis closes from noon to 5 p.m.", "", "", "B"),
        ],
        [
            ("Shared from the Athens Lantern app.", "", "", "B"),
            ("Get it on the App Store and Google Play.", "", "", "B"),
        ],
    ],
    [
        [
            ("You are reading the web version of The Fyris Letter.", "", "", "B"),
            ("Get it in your inbox every weekday at 6.30 a.m.: sign up here.", "", "", "B"),
        ],
        [
            ("THE FYRIS LETTER", "", "", "B"),
        ],
        [
            ("Tuesday 9 March 2027 · No. 318", "", "", "B"),
        ],
        [
            ("Presented by Svartbäcken Bilpool AB", "", "", "B"),
        ],
        [
            ("Good morning, Uppsala.", "", "", ""),
            (
                "We start with last night's vote to close Sävja Norra school, the first school closure in the municipality since 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("☁️ 3°C, sleet in the afternoon · Sunrise 06:38 · Sunset 17:51", "", "", "B"),
        ],
        [
            ("Politicians vote to close Sävja Norra school in August", "", "", "W"),
        ],
        [
            (
                "The municipality's education committee voted 8–5 on Monday evening to close Sävja Norra school at the end of the spring term.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its 212 pupils, aged 6 to 12, will move to Vilan school, 2.3 kilometres away, which has room for 240 more, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "Closing the school will save SEK 14.2 million a year, mostly in rent, according to the committee's papers.",
                "the committee's papers",
                "according to",
                "W",
            ),
            (
                "The 1974 building needs new ventilation, estimated at SEK 31 million, they say.",
                "the committee's papers",
                "say",
                "W",
            ),
        ],
        [
            (
                "The committee chair, Malin Ekdahl Rosengren (M), said the decision was “painful but responsible”.",
                "Malin Ekdahl Rosengren",
                "said",
                "",
            ),
        ],
        [
            (
                "The parents' association said 3,140 people had signed a petition against the closure.",
                "The parents' association",
                "said",
                "W",
            ),
            (
                "It said it would ask the administrative court to review the decision.",
                "The parents' association",
                "said",
                "",
            ),
        ],
        [
            (
                "“My son will have to cross road 255 twice a day, and nobody has told us how,” said Jonas Wiklund Haddad, whose son is in year 2.",
                "Jonas Wiklund Haddad",
                "said",
                "",
            ),
        ],
        [
            ("▬▬▬  ADVERTISEMENT  ▬▬▬", "", "", "B"),
        ],
        [
            ("Svartbäcken Bilpool AB: cars by the hour from SEK 59.", "", "", "B"),
            ("First month free with the code FYRIS.", "", "", "B"),
        ],
        [
            ("30-day bus pass to cost SEK 890", "", "", "W"),
        ],
        [
            (
                "The regional public transport authority UL said the price of a 30-day adult pass in Uppsala would rise from SEK 830 to SEK 890 on 1 April.",
                "UL",
                "said",
                "W",
            ),
            ("A youth pass will go up from SEK 560 to SEK 600.", "", "", "W"),
        ],
        [
            ("UL said fuel and drivers' wages had risen by 11% since 2025.", "UL", "said", "W"),
        ],
        [
            (
                "“Another rise, and the buses to Gottsunda are still full by 7.40,” said Karin Lövgren, who chairs the passengers' group Resenärsforum Uppland.",
                "Karin Lövgren",
                "said",
                "",
            ),
        ],
        [
            ("Luthagen win the derby 5–3", "", "", "W"),
        ],
        [
            (
                "Luthagens BK beat Gamla Stans IF 5–3 in Division 1 bandy at Studenternas on Sunday in front of 1,870 spectators.",
                "",
                "",
                "W",
            ),
            ("Oskar Lindqvist-Marttila scored three times.", "", "", "W"),
        ],
        [
            (
                "“We were second to every ball in the first half,” said the Gamla Stans coach, Per-Erik Strandlund.",
                "Per-Erik Strandlund",
                "said",
                "",
            ),
        ],
        [
            (
                "Luthagen are third in the table, two points behind the leaders, with four games left.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("IN BRIEF", "", "", "B"),
        ],
        [
            (
                "• Kungsgatan was closed between Vaksalagatan and Skolgatan for two hours on Monday after a water main burst.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Akademiska hospital's new children's emergency department opens on 15 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Gränby library is closed on Thursday for staff training.", "", "", "W"),
        ],
        [
            (
                "📊 TODAY'S POLL: Should Uppsala keep small neighbourhood schools even if they cost more?",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Vote: YES · NO", "", "", "B"),
        ],
        [
            (
                "Yesterday's poll: 64% said the Flogsta footbridge should be rebuilt (1,204 votes).",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Forward The Fyris Letter to a friend", "", "", "B"),
        ],
        [
            ("Was this forwarded to you?", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("The Fyris Letter is written by Sara Holmgren Ek and Anders Bäckström.", "", "", "B"),
            ("Tips: tips@fyrisletter.se", "", "", "B"),
        ],
        [
            ("Fyris Media AB · Box 1042 · 751 40 Uppsala", "", "", "B"),
        ],
        [
            ("Unsubscribe · Manage preferences · Privacy policy", "", "", "B"),
        ],
    ],
    [
        [
            (
                "Bryggen Post uses cookies to make the site work, to understand how it is used and to show you relevant advertising.",
                "",
                "",
                "B",
            ),
            ("Read more in our cookie policy.", "", "", "B"),
        ],
        [
            ("Accept all     Only necessary     Settings", "", "", "B"),
        ],
        [
            ("BRYGGEN POST  ·  English", "", "", "B"),
        ],
        [
            ("Bergen 🌧 9°  24 mm    Voss 🌧 6°    Odda ⛈ 8°    ⚠ Orange warning: rain", "", "", "B"),
        ],
        [
            (
                "Front page   Bergen   Vestland   Norway   Sport   Culture   Debate   Video   Podcast",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe – NOK 1 for the first month", "", "", "B"),
        ],
        [
            (
                "LIVE TRAFFIC 🚗  E16 closed Arna–Voss  ·  E39 Os: 12 min queue  ·  Bergen Line: buses replace trains",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Bergen › Weather", "", "", "B"),
        ],
        [
            ("Landslide closes E16 as Bergen has its wettest October day since 2005", "", "", "W"),
        ],
        [
            (
                "118.4 millimetres of rain fell at Florida in 24 hours; road to Voss closed at least until Thursday, roads authority says",
                "the Norwegian Public Roads Administration",
                "says",
                "W",
            ),
        ],
        [
            (
                "Sindre Haugland Tveit, Kari-Anne Mjelde  ·  Published 20.10.2027 08:14  ·  Updated 20.10.2027 12:31",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🎧 Listen to the article (5 min)", "", "", "B"),
        ],
        [
            ("▶ VIDEO: Mud and rocks cover the E16 at Trengereid.", "", "", ""),
            ("00:48", "", "", "B"),
        ],
        [
            ("Video: Bryggen Post", "", "", "B"),
        ],
        [
            (
                "The weather station at Florida in central Bergen measured 118.4 millimetres of rain in the 24 hours to 8 a.m. on Wednesday, the most on a single October day since 2005, the Norwegian Meteorological Institute said.",
                "the Norwegian Meteorological Institute",
                "said",
                "W",
            ),
            ("Normal rainfall for the whole of October in Bergen is 284 millimetres.", "", "", "W"),
        ],
        [
            (
                "A landslide about 40 metres wide came down onto the E16 at Trengereid at around 11.20 p.m. on Tuesday, the Norwegian Public Roads Administration said.",
                "the Norwegian Public Roads Administration",
                "said",
                "W",
            ),
            ("No vehicles were hit and no one was injured, police said.", "police", "said", "W"),
        ],
        [
            (
                "The administration's duty officer, Hilde Brattebø Sande, said the road between Arna and Voss would stay closed at least until Thursday while geologists checked the slope above it.",
                "Hilde Brattebø Sande",
                "said",
                "W",
            ),
            (
                "“We will not open it until we are sure the hillside has stopped moving,” she said.",
                "Hilde Brattebø Sande",
                "said",
                "",
            ),
        ],
        [
            (
                "Traffic to Voss is being diverted over Hardanger on Rv7 and Rv13, which adds about two hours to the journey.",
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
                "Trains on the Bergen Line were replaced by buses between Arna and Voss after water flooded the tracks at Dale, Bane NOR said.",
                "Bane NOR",
                "said",
                "W",
            ),
        ],
        [
            (
                "The institute has issued an orange warning for heavy rain in Vestland from 6 a.m. on Thursday.",
                "",
                "",
                "W",
            ),
            (
                "It expects another 60 to 90 millimetres in the mountains east of Bergen.",
                "the Norwegian Meteorological Institute",
                "expects",
                "",
            ),
        ],
        [
            (
                "Bergen municipality said 14 homes in Ytre Arna had been evacuated as a precaution on Tuesday night.",
                "Bergen municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The stream behind the house sounded like a train all night,” said Torunn Eikeland Hovden, 63, who was evacuated with her husband and their dog.",
                "Torunn Eikeland Hovden",
                "said",
                "",
            ),
        ],
        [
            (
                "Sandbags can be collected from 4 p.m. at the fire station in Arna, the municipality said.",
                "the municipality",
                "said",
                "W",
            ),
            (
                "It urged residents to clear drains and gutters around their homes.",
                "Bergen municipality",
                "urged",
                "",
            ),
        ],
        [
            ("POLL: Has the rain affected your journey this week?", "", "", "B"),
        ],
        [
            ("○ Yes     ○ No     ○ I work from home      [ Vote ]", "", "", "B"),
        ],
        [
            (
                "Claims for water damage in Vestland reached NOK 38 million in the first 36 hours, according to the insurer Fjordtrygd.",
                "Fjordtrygd",
                "according to",
                "W",
            ),
        ],
        [
            ("Is this the new normal?", "", "", ""),
        ],
        [
            (
                "Astrid Kvamme Nesheim, a climate researcher at the University of Bergen, said days with more than 50 millimetres of rain had become about 20% more frequent in western Norway since the 1960s.",
                "Astrid Kvamme Nesheim",
                "said",
                "W",
            ),
            (
                "“We have to plan for more days like this, not fewer,” she said.",
                "Astrid Kvamme Nesheim",
                "said",
                "",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1. Fish farm fined NOK 4 million over salmon escape", "", "", "B"),
        ],
        [
            ("2. Light rail to run every four minutes at rush hour", "", "", "B"),
        ],
        [
            ("3. Sotra bridge tolls set at NOK 56", "", "", "B"),
        ],
        [
            ("UP NEXT ▶ Watch: How the slide came down (1:12)", "", "", "B"),
        ],
        [
            (
                "Bryggen Post AS · Editor-in-chief and CEO: Ragnhild Solberg Vik · Bryggen Post follows the Code of Ethics of the Norwegian Press.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Bryggen Post AS · Privacy · Cookie settings", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   ESPLANADI POST   🔍", "", "", "B"),
        ],
        [
            ("Read in the Esplanadi Post app   OPEN   ✕", "", "", "B"),
        ],
        [
            ("OMX Helsinki 25 ▲ 0.41%   ·   EUR/USD 1.0912   ·   Brent $78.20", "", "", "B"),
        ],
        [
            ("🏒 Finland 3–2 Sweden · 2nd per.", "", "", "B"),
        ],
        [
            ("HELSINKI · CRIME", "", "", "B"),
        ],
        [
            (
                "Former housing company chairman gets suspended sentence for taking €86,400 from renovation fund",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Residents of the 54-flat block in Kallio had to borrow an extra €410,000 to finish their pipe renovation",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pekka Rautiola-Salmi | 14.3.2027 17:05 | Updated 14.3.2027 18:30", "", "", "B"),
        ],
        [
            ("🎁 Gift this article (3 gifts left this month)", "", "", "B"),
        ],
        [
            ("▶ Listen 4:20", "", "", "B"),
        ],
        [
            ("The block on Fleminginkatu was built in 1929.", "", "", "W"),
            ("Photo: Esplanadi Post / Oona Kärkkäinen", "", "", "B"),
        ],
        [
            (
                "Helsinki District Court on Friday sentenced the former chairman of a Kallio housing company's board to one year and eight months in prison, suspended, for aggravated embezzlement.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The court found that Markku Juhani Lepistö, 61, had transferred €86,400 from the company's renovation account to his own account in 31 payments between March 2023 and May 2025.",
                "The court",
                "found",
                "W",
            ),
        ],
        [
            (
                "He was ordered to pay the sum back with interest, together with €14,800 of the housing company's legal costs.",
                "",
                "",
                "W",
            ),
            ("He was also banned from running a business for four years.", "", "", "W"),
        ],
        [
            (
                "Lepistö admitted the transfers but denied that the offence was aggravated.",
                "Markku Juhani Lepistö",
                "admitted",
                "W",
            ),
            (
                "He told the court he had always meant to repay the money once his own consulting firm recovered.",
                "Markku Juhani Lepistö",
                "told the court",
                "",
            ),
        ],
        [
            (
                "The offence was aggravated because Lepistö had held a position of trust and the sum was large, the judgment says.",
                "the judgment",
                "says",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Read also: Helsinki housing companies face €1.1 billion in pipe renovations by 2030",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The current chair of the board, Sanna-Riikka Halonen, said the renovation had cost €2.9 million, €410,000 more than planned, because of the missing money and the interest on a new loan.",
                "Sanna-Riikka Halonen",
                "said",
                "W",
            ),
            (
                "She said shareholders were paying an extra €38 per square metre.",
                "Sanna-Riikka Halonen",
                "said",
                "W",
            ),
        ],
        [
            ("“People trusted him for 20 years.", "Sanna-Riikka Halonen", "said", ""),
            ("That is the worst part,” she said.", "Sanna-Riikka Halonen", "said", ""),
        ],
        [
            (
                "The shortfall was found in June 2025 by the property manager Kallion Isännöinti Oy, which the housing company had hired after Lepistö stepped down.",
                "",
                "",
                "W",
            ),
            (
                "The firm said it had reported the matter to the police within a week.",
                "The firm",
                "said",
                "W",
            ),
        ],
        [
            ("The judgment is not yet final.", "", "", "W"),
            (
                "Under Finnish law, a party who wants to appeal must declare dissatisfaction within seven days of the judgment.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lepistö's lawyer, Antti Salokannel, said he would discuss an appeal with his client.",
                "Antti Salokannel",
                "said",
                "",
            ),
        ],
        [
            (
                "The Uusimaa Housing Companies' Association said it knew of nine similar cases in Helsinki in 2026.",
                "The Uusimaa Housing Companies' Association",
                "said",
                "W",
            ),
            (
                "It advised boards to require two signatures for any payment over €5,000.",
                "The Uusimaa Housing Companies' Association",
                "advised",
                "",
            ),
        ],
        [
            ("💬 Comments 47", "", "", "B"),
        ],
        [
            ("kallio_asukas · 3 h", "", "", "B"),
            ("Nine cases in one year and nobody checks the accounts?", "", "", "B"),
        ],
        [
            ("Reply · Like 21", "", "", "B"),
        ],
        [
            ("MORE FROM HELSINKI", "", "", "B"),
        ],
        [
            ("Tram 9 extended to Pasila from August", "", "", "B"),
        ],
        [
            ("School meals: city to test plant-based Mondays", "", "", "B"),
        ],
        [
            ("🔔 Allow Esplanadi Post to send you notifications?", "", "", "B"),
            ("Block · Allow", "", "", "B"),
        ],
        [
            ("Terms · Privacy · Cookie settings · Accessibility statement", "", "", "B"),
        ],
        [
            ("© Esplanadi Post Oy 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("toometimes.ee", "", "", "B"),
        ],
        [
            ("TOOME TIMES · Tartu in English", "", "", "B"),
        ],
        [
            ("This site uses cookies to measure traffic and to show ads.", "", "", "B"),
            ("You can accept or reject them.", "", "", "B"),
        ],
        [
            ("ACCEPT   ·   REJECT   ·   OPTIONS", "", "", "B"),
        ],
        [
            ("EST | ENG | РУС", "", "", "B"),
        ],
        [
            ("Tartu › Health", "", "", "B"),
        ],
        [
            (
                "Measles cases in Tartu County rise to 23 as Health Board urges parents to check vaccinations",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nine cases at one school in Annelinn; free MMR shots available from family doctors",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kertu Saarmets-Pihl · 05.04.2027 · 10:12", "", "", "B"),
        ],
        [
            ("Listen ▶ 3:47   ·   Read this article in Estonian ›", "", "", "B"),
        ],
        [
            (
                "TARTU — The Health Board (Terviseamet) said on Monday that 23 measles cases had been confirmed in Tartu County since 4 March, 17 of them in children under 15.",
                "The Health Board",
                "said",
                "W",
            ),
            (
                "Estonia recorded two measles cases in the whole of 2026, according to the board's data.",
                "the board's data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The board's chief infectious diseases doctor, Dr Liina Kõrvits-Tamm, said 14 of the 23 patients had not been vaccinated and four had received only one dose.",
                "Liina Kõrvits-Tamm",
                "said",
                "W",
            ),
            (
                "Three children had been admitted to Tartu University Hospital, she said.",
                "Liina Kõrvits-Tamm",
                "said",
                "W",
            ),
            (
                "“Measles is not a harmless childhood illness,” she said.",
                "Liina Kõrvits-Tamm",
                "said",
                "",
            ),
        ],
        [
            (
                "Under Estonia's national immunisation schedule, children are given the MMR vaccine free of charge at the age of one and again at 13.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "MMR coverage among two-year-olds in Tartu County was 86.4% last year, below the 95% needed to stop the virus spreading, according to the board.",
                "the board",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Tartu University Hospital said it had opened a separate entrance to its children's clinic for patients with a fever and a rash.",
                "Tartu University Hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                "The first case was a Tartu resident who had returned from a trip abroad on 27 February, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "It said it had traced 412 contacts of the 23 patients.",
                "The Health Board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kastani Basic School in Annelinn, where nine pupils have been infected, said unvaccinated pupils in its two year-3 classes would learn from home until 29 April on the Health Board's instructions.",
                "Kastani Basic School",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We found out from a WhatsApp group before the school told us anything,” said Merle Vahtra, whose daughter is in one of the classes.",
                "Merle Vahtra",
                "said",
                "",
            ),
            ("“Half the class was already at home with a fever.”", "Merle Vahtra", "said", ""),
        ],
        [
            (
                "A vaccination bus will stop outside the school on 12 April from 9 a.m. to 3 p.m., the city said.",
                "the city",
                "said",
                "W",
            ),
            (
                "Adults who are not sure whether they were vaccinated can get a dose at a pharmacy vaccination point for €29.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board advised parents to check their children's records in the national health portal and to phone a family doctor before visiting if a child has a fever and a rash.",
                "The board",
                "advised",
                "",
            ),
        ],
        [
            (
                "Tõnis Raudsepp, a family doctor in Karlova, said his practice had vaccinated 61 children in a week, “more than in the previous three months”.",
                "Tõnis Raudsepp",
                "said",
                "W",
            ),
            ("“Fear works faster than letters,” he said.", "Tõnis Raudsepp", "said", ""),
        ],
        [
            (
                "Unvaccinated contacts of a measles patient must stay away from school or nursery for 21 days, under the board's guidance.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("What are the symptoms?", "", "", ""),
        ],
        [
            (
                "Measles begins with a fever, cough and runny nose, followed three to five days later by a rash that starts on the face, the board says.",
                "the board",
                "says",
                "",
            ),
            (
                "A person is infectious from four days before the rash appears until four days after, it says.",
                "The Health Board",
                "says",
                "",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Tartu hospital limits visits as flu season peaks", "", "", "B"),
        ],
        [
            ("Family doctors' lists: where in Tartu County you can still register", "", "", "B"),
        ],
        [
            ("Share:  f  𝕏  ✉", "", "", "B"),
        ],
        [
            ("© 2027 Toome Meedia OÜ.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("View full version", "", "", "B"),
        ],
    ],
    [
        [
            ("prahovamonitor.ro", "", "", "B"),
        ],
        [
            ("Minibus crash on DN1 near Comarnic injures 14, three seriously", "", "", "W"),
        ],
        [
            ("Andrei-Cosmin Răducanu", "", "", "B"),
        ],
        [
            ("3 August 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Both drivers tested negative for alcohol; the road was closed for almost three hours",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Listen to this article", "", "", "B"),
        ],
        [
            (
                "COMARNIC — Fourteen people were injured, three of them seriously, when a minibus carrying 19 passengers collided with a lorry on the DN1 near Comarnic at about 7.40 a.m. on Tuesday, the Prahova Emergency Situations Inspectorate (ISU) said.",
                "the Prahova Emergency Situations Inspectorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "The inspectorate said it had sent four ambulances, a SMURD mobile intensive-care unit and a rescue crew, and that two passengers had to be cut free.",
                "The inspectorate",
                "said",
                "W",
            ),
            (
                "Two of the injured were children, aged 7 and 11, it said.",
                "the Prahova Emergency Situations Inspectorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rescue workers at the scene of the crash, about two kilometres north of Comarnic.",
                "",
                "",
                "",
            ),
            ("Photo: ISU Prahova", "", "", "B"),
        ],
        [
            (
                "The minibus, travelling from Brașov to Bucharest, crossed into the opposite lane while overtaking on a bend and hit a lorry loaded with timber, Prahova County Police said in a statement.",
                "Prahova County Police",
                "said in a statement",
                "W",
            ),
            (
                "The minibus driver, a 46-year-old man from Brașov, and the lorry driver both tested negative for alcohol, the police said.",
                "the police",
                "said",
                "W",
            ),
            (
                "The minibus had a valid roadworthiness certificate until November, they said.",
                "Prahova County Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the Road Code, overtaking is banned on bends where visibility is restricted.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Police have opened a criminal case for bodily harm by negligence.", "", "", "W"),
            (
                "Investigators will examine the minibus's tachograph and dashboard camera, police said.",
                "police",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Three passengers were taken to the Ploiești County Emergency Hospital with fractures and chest injuries, and one of them was in intensive care on Tuesday afternoon, the hospital's spokeswoman, Irina Mușat-Vlădescu, said.",
                "Irina Mușat-Vlădescu",
                "said",
                "W",
            ),
        ],
        [
            (
                "The other 11 were treated at Câmpina Municipal Hospital and at the emergency unit in Sinaia; eight had been discharged by the evening.",
                "",
                "",
                "W",
            ),
            (
                "The lorry driver, 38, from Sibiu, was treated at the scene for cuts to his hands.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Passengers' bags and shoes lay scattered across both lanes for almost a hundred metres.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Follow the Prahova Monitor on Google News", "", "", "B"),
        ],
        [
            ("The minibus is operated by Trans Bucegi Express S.R.L.", "", "", "W"),
            (
                "The company's administrator, Dorin Apostu, told the Prahova Monitor by phone that the driver had 22 years' experience and had started his shift at 6 a.m. in Brașov.",
                "Dorin Apostu",
                "told the Prahova Monitor by phone",
                "W",
            ),
            (
                "“We will cooperate with the police in everything,” he said.",
                "Dorin Apostu",
                "said",
                "",
            ),
        ],
        [
            (
                "The DN1 was closed in both directions between Comarnic and Posada until 10.35 a.m., and traffic was diverted along the DN1A, the Romanian Road Police said.",
                "the Romanian Road Police",
                "said",
                "W",
            ),
        ],
        [
            (
                "Queues on the Prahova Valley reached 14 kilometres at 10 a.m., according to the Infotrafic centre.",
                "the Infotrafic centre",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It was the 31st serious crash on the DN1 between Ploiești and Brașov this year, according to the Prahova police.",
                "the Prahova police",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“I only heard the driver shout, and then there was glass everywhere,” said Gabriela Stoenescu, 29, who was on her way to a job interview in Bucharest.",
                "Gabriela Stoenescu",
                "said",
                "",
            ),
            ("“I thought we were all going to die.”", "Gabriela Stoenescu", "said", ""),
        ],
        [
            (
                "Comarnic's mayor, Ion Bădescu-Ciurea, said the town had asked the national roads company for a crash barrier on the bend in 2023 and again in 2025.",
                "Ion Bădescu-Ciurea",
                "said",
                "W",
            ),
            ("“This bend has taken enough lives,” he said.", "Ion Bădescu-Ciurea", "said", ""),
        ],
        [
            (
                "The National Company for Road Infrastructure Administration (CNAIR) said it would install a barrier on the bend “by the end of the year”.",
                "the National Company for Road Infrastructure Administration",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Minibuses on interregional routes must be fitted with a tachograph, and operators must keep drivers' rest records for at least a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Read also: Sinaia cable car closed for inspection until Friday", "", "", "B"),
        ],
        [
            ("Photo gallery (12 photos)", "", "", "B"),
        ],
        [
            ("Tags: DN1, Comarnic, accident, Prahova", "", "", "B"),
        ],
        [
            (
                "Prahova Monitor · Str. Mihai Bravu nr. 14, Ploiești · contact@prahovamonitor.ro",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "Jurišić-Bokan breaks Riva half marathon course record as 3,412 finish in the heat",
                "",
                "",
                "W",
            ),
        ],
        [
            ("https://marjannews.hr/sport/a/30117", "", "", "B"),
        ],
        [
            ("MARJAN NEWS · Sport", "", "", "B"),
        ],
        [
            (
                "Women's race won by Slovenia's Zupančič-Lenart; eleven runners treated for heat exhaustion, organisers say",
                "Atletski klub Meje",
                "say",
                "W",
            ),
        ],
        [
            ("Nikola Brajković-Tudor · 11 April 2027 · 14:06", "", "", "B"),
        ],
        [
            ("🔊 Listen 3:12", "", "", "B"),
        ],
        [
            ("⚽ LIVE · Third League South: NK Sućidar 1–0 NK Brda Kman (54')", "", "", "B"),
        ],
        [
            (
                "SPLIT — Ante Jurišić-Bokan won the 14th Split Riva Half Marathon on Sunday in 1:03:41, breaking the course record set in 2019 by 22 seconds.",
                "",
                "",
                "W",
            ),
            (
                "Hungary's Bence Tóth-Halmi was second in 1:04:10 and Croatia's Marin Vuletić third in 1:05:02.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The women's race was won by Slovenia's Tjaša Zupančič-Lenart in 1:13:55, ahead of Croatia's Petra Mandić Šore in 1:14:31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A record 3,412 runners from 41 countries finished the race, the organisers, Atletski klub Meje, said.",
                "Atletski klub Meje",
                "said",
                "W",
            ),
            (
                "Jurišić-Bokan, 27, a PE teacher at a primary school in Split, also won the race in 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“At 17 kilometres I thought I had gone out too fast… then I saw the clock on the Riva and forgot the pain,” Jurišić-Bokan said.",
                "Ante Jurišić-Bokan",
                "said",
                "",
            ),
            (
                "He said he would now aim for the Croatian record of 1:02:58 at a race in Valencia in December.",
                "Ante Jurišić-Bokan",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The temperature on the Riva was 24°C at the 9 a.m. start, and medical teams treated 11 runners for heat exhaustion, two of whom were taken to the Split University Hospital Centre, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "Race director Ivana Bulić Vrdoljak said the club would consider moving the start an hour earlier next year.",
                "Ivana Bulić Vrdoljak",
                "said",
                "",
            ),
            (
                "“April in Dalmatia is not April in Berlin,” she said.",
                "Ivana Bulić Vrdoljak",
                "said",
                "",
            ),
        ],
        [
            (
                "Prize money was €2,000 for each winner, €1,000 for second place and €500 for third.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Riva, Zvonimirova Street and Poljička cesta were closed to traffic from 7 a.m. to 1 p.m., the Split-Dalmatia Police Administration said.",
                "the Split-Dalmatia Police Administration",
                "said",
                "W",
            ),
            (
                "It said two drivers had been fined €60 each for ignoring the closures.",
                "the Split-Dalmatia Police Administration",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the finish, volunteers handed out water, oranges and fritule to runners who lay on the warm stone in front of the Diocletian's Palace walls.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“I trained all winter for this and it was over in two and a half hours!” said Mirela Šimundža, 58, who ran her first half marathon in 2:31:07.",
                "Mirela Šimundža",
                "said",
                "",
            ),
        ],
        [
            ("📷 Gallery: 86 photos from the Riva ›", "", "", "B"),
        ],
        [
            ("📊 POLL · Would you run a half marathon?", "", "", "B"),
        ],
        [
            ("Yes 38% · No 62% · 1,947 votes", "", "", "B"),
        ],
        [
            ("RESULTS – MEN", "", "", "B"),
        ],
        [
            ("Pos. | Name | Country | Time", "", "", "B"),
        ],
        [
            ("1 | Ante Jurišić-Bokan | CRO | 1:03:41 (CR)", "", "", ""),
        ],
        [
            ("2 | Bence Tóth-Halmi | HUN | 1:04:10", "", "", ""),
        ],
        [
            ("3 | Marin Vuletić | CRO | 1:05:02", "", "", ""),
        ],
        [
            ("RESULTS – WOMEN", "", "", "B"),
        ],
        [
            ("Pos. | Name | Country | Time", "", "", "B"),
        ],
        [
            ("1 | Tjaša Zupančič-Lenart | SLO | 1:13:55", "", "", ""),
        ],
        [
            ("2 | Petra Mandić Šore | CRO | 1:14:31", "", "", ""),
        ],
        [
            ("3 | Viktorija Radoš | CRO | 1:15:48", "", "", ""),
        ],
        [
            ("Source: Atletski klub Meje", "", "", "B"),
        ],
        [
            (
                "Runners raised €18,400 for the children's ward of the Split University Hospital Centre through the race's charity entries, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            (
                "The 15th edition of the race will be held on 9 April 2028, the club said.",
                "the club",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Split's junior rowers win three golds at the Adriatic regatta", "", "", "B"),
        ],
        [
            ("Shared via the Marjan News app", "", "", "B"),
            ("Download it at marjannews.hr/app", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n178-fr-mme-title",
        "Mme Odile Ravenel-Saux chairs the transport committee. She was re-elected in 2026.",
        ["Mme Odile Ravenel-Saux chairs the transport committee.", "She was re-elected in 2026."],
    ),
    (
        "n178-fr-sa-ends",
        "The river shuttles belong to Navettes de l'Estuaire S.A. The company has 14 boats.",
        ["The river shuttles belong to Navettes de l'Estuaire S.A.", "The company has 14 boats."],
    ),
    (
        "n178-fr-am-ends",
        "The first tram left the depot at 5.12 a.m. It was half empty.",
        ["The first tram left the depot at 5.12 a.m.", "It was half empty."],
    ),
    (
        "n178-fr-m-initial-mid",
        "M. Lucien Darrigade-Pons, the prefect's mediator, arrived at 1.45 p.m. with two advisers. Talks began at once.",
        [
            "M. Lucien Darrigade-Pons, the prefect's mediator, arrived at 1.45 p.m. with two advisers.",
            "Talks began at once.",
        ],
    ),
    (
        "n178-de-prof-dr",
        "Prof. Dr. Hanne Wiesenthal-Roos presented the study. It covers 31 districts.",
        ["Prof. Dr. Hanne Wiesenthal-Roos presented the study.", "It covers 31 districts."],
    ),
    (
        "n178-de-ordinal-league",
        "The club will play in the 3. Liga next season. Season tickets go on sale in June.",
        ["The club will play in the 3. Liga next season.", "Season tickets go on sale in June."],
    ),
    (
        "n178-de-gmbh-co-kg-ends",
        "The car park is run by Rheinufer Parken GmbH & Co. KG. It charges €2.50 an hour.",
        ["The car park is run by Rheinufer Parken GmbH & Co. KG.", "It charges €2.50 an hour."],
    ),
    (
        "n178-de-date-dots-ends",
        "The old permits expire on 31.12.2027. New ones can be ordered online.",
        ["The old permits expire on 31.12.2027.", "New ones can be ordered online."],
    ),
    (
        "n178-it-srl-ends",
        "The contract went to Lavanderie Felsinee S.r.l. The tender was never repeated.",
        ["The contract went to Lavanderie Felsinee S.r.l.", "The tender was never repeated."],
    ),
    (
        "n178-it-avv-mid",
        "The defence was led by avv. Bruna Castagnoli of Modena. She asked for an acquittal.",
        ["The defence was led by avv. Bruna Castagnoli of Modena.", "She asked for an acquittal."],
    ),
    (
        "n178-it-art-mid",
        "He was charged under art. 316-ter of the penal code. The trial opens in May.",
        ["He was charged under art. 316-ter of the penal code.", "The trial opens in May."],
    ),
    (
        "n178-es-sl-ends",
        "The fans were imported by Ventiladores Hispalis S.L. The firm sold out by Tuesday.",
        ["The fans were imported by Ventiladores Hispalis S.L.", "The firm sold out by Tuesday."],
    ),
    (
        "n178-es-pm-mid",
        "Shelters stay open until 10 p.m. on weekdays and close at 8 p.m. on Sundays. Entry is free.",
        [
            "Shelters stay open until 10 p.m. on weekdays and close at 8 p.m. on Sundays.",
            "Entry is free.",
        ],
    ),
    (
        "n178-es-us-ends",
        "Many of the stranded tourists came from the U.S. Others had flown in from Britain.",
        ["Many of the stranded tourists came from the U.S.", "Others had flown in from Britain."],
    ),
    (
        "n178-pt-lda-ends",
        "The hostel belongs to Casa do Rio, Lda. It has 64 beds.",
        ["The hostel belongs to Casa do Rio, Lda.", "It has 64 beds."],
    ),
    (
        "n178-pt-av-no-split",
        "Cameras on Av. da República recorded 2,300 offences in May.",
        ["Cameras on Av. da República recorded 2,300 offences in May."],
    ),
    (
        "n178-gr-question-attrib",
        "“Who pays for our hotel now?” asked a British couple at Gate E2. Nobody answered.",
        ["“Who pays for our hotel now?” asked a British couple at Gate E2.", "Nobody answered."],
    ),
    (
        "n178-gr-ag-mid",
        "The ferry for Ag. Nikolaos left two hours late. Every seat was taken.",
        ["The ferry for Ag. Nikolaos left two hours late.", "Every seat was taken."],
    ),
    (
        "n178-se-approx-mid",
        "The derby drew approx. 1,900 spectators. Luthagen won it in extra time.",
        ["The derby drew approx. 1,900 spectators.", "Luthagen won it in extra time."],
    ),
    (
        "n178-se-issue-no",
        "Issue No. 319 went out at 6.30 a.m. on Wednesday.",
        ["Issue No. 319 went out at 6.30 a.m. on Wednesday."],
    ),
    (
        "n178-no-pm-ends",
        "The slide came down at around 11.20 p.m. Nobody was on the road.",
        ["The slide came down at around 11.20 p.m.", "Nobody was on the road."],
    ),
    (
        "n178-no-exclaim-attrib",
        "“The whole hill is moving!” shouted a neighbour from the bridge. Police closed the road minutes later.",
        [
            "“The whole hill is moving!” shouted a neighbour from the bridge.",
            "Police closed the road minutes later.",
        ],
    ),
    (
        "n178-fi-oy-mid",
        "Vallilan Huolto Oy, which looks after 26 buildings, raised the alarm. The board met the next day.",
        [
            "Vallilan Huolto Oy, which looks after 26 buildings, raised the alarm.",
            "The board met the next day.",
        ],
    ),
    (
        "n178-fi-date-dots-mid",
        "The judgment of 14.3.2027 can still be appealed. The deadline is seven days.",
        ["The judgment of 14.3.2027 can still be appealed.", "The deadline is seven days."],
    ),
    (
        "n178-ee-ou-ends",
        "The clinic is run by Karlova Perearst OÜ. It has three doctors.",
        ["The clinic is run by Karlova Perearst OÜ.", "It has three doctors."],
    ),
    (
        "n178-ee-etc-ends",
        "Bring the child's ID card, vaccination record etc. The nurse will check the rest.",
        ["Bring the child's ID card, vaccination record etc.", "The nurse will check the rest."],
    ),
    (
        "n178-ro-srl-nr-mid",
        "The office of Carpați Transfer S.R.L. is at Str. Lungă nr. 9 in Brașov. It was closed on Tuesday.",
        [
            "The office of Carpați Transfer S.R.L. is at Str. Lungă nr. 9 in Brașov.",
            "It was closed on Tuesday.",
        ],
    ),
    (
        "n178-ro-question-then-sentence",
        "“Why is there still no barrier? We asked in 2023,” the mayor said.",
        ["“Why is there still no barrier?", "We asked in 2023,” the mayor said."],
    ),
    (
        "n178-hr-sv-mid",
        "The route passes the church of Sv. Frane on the Riva. Runners then turn east.",
        ["The route passes the church of Sv. Frane on the Riva.", "Runners then turn east."],
    ),
    (
        "n178-hr-dd-ends",
        "The race is sponsored by Jadranska Voda d.d. The firm gives every runner a bottle.",
        ["The race is sponsored by Jadranska Voda d.d.", "The firm gives every runner a bottle."],
    ),
]
