"""Hundred-and-eighty-fifth set of new hand-labelled pages for the hint engines (tuning set, round sixty-four):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from twelve
countries of THE AMERICAS (English-language outlets or English editions), one page per country and per
kind of outlet, where FURNITURE IS HARD TO TELL FROM STORY, the pastes varied (desktop, phone, AMP,
reader mode, print view, text shared from a news agency's app, an email newsletter in webmail). The
pages: a United States NONPROFIT LOCAL NEWSROOM on the DESKTOP (schools: the Dayton school board votes
5-2 to close two elementary schools); a Canadian PUBLIC BROADCASTER'S regional website pasted from a
PHONE (health: the Digby General Hospital emergency department to close overnight for eight weeks); a
Mexican English-language DIGITAL NEWS SITE'S AMP page (prices: a kilo of tortillas in Guadalajara goes
from 26 to 30 pesos); a Brazilian BUSINESS DAILY'S ENGLISH EDITION in READER MODE, with an AI summary
(transport: the São Paulo bus fare rises to R$5.30); an Argentine LEGAL NEWS SITE'S PRINT VIEW (courts:
a Córdoba appeals chamber voids a water utility's surcharge and orders refunds); a Chilean NEWS
AGENCY'S English service, its APP text SHARED (weather: 61.4 mm of rain on Santiago, schools shut and
186,000 customers without power); a Colombian EXPAT CITY MAGAZINE pasted from a PHONE (local government:
Medellín's pico y placa adds motorcycles and new digits); a Peruvian SPORTS SITE'S EMAIL NEWSLETTER
pasted from WEBMAIL (sport: a Lima derby won 2-1 and a stadium closed for two games after flares); a
Jamaican NATIONAL DAILY pasted from a PHONE (water supply: the National Water Commission restricts
water in the Corporate Area as the Hermitage Dam falls to 41%); a Trinidad and Tobago TELEVISION
STATION'S website on the DESKTOP (transport: a fast ferry out for three weeks, Tobago sailings cut from
eight to five a day); a Guyanese RADIO STATION'S website in READER MODE (schools: 540 pupils start the
year in a church hall and on an afternoon shift as roof repairs run late); and a Costa Rican
ENGLISH-LANGUAGE WEEKLY'S AMP page (health: dengue cases up 63% and an alert in three Limón cantons).

What is hard is telling page furniture from story, line by line, when both are written in the same
plain prose and often sit in the middle of the text. Furniture written in PROSE: donation and
membership asks with a member count or a price ("That only works because 3,400 members chip in."),
paywall meters ("You have read 2 of your 4 free articles this month."), newsletter pitches with a
delivery time ("... in your inbox by 7 a.m." / "Sign up"), subscriber boxes with a question ("Not a
subscriber?"), Patreon and sign-up asks, author bios with contacts, notes on the copy (an update note,
a translation note, a first-broadcast note, a "With reporting by" line), the outlet's OWN corrections
even when they give the right fact ("It opened in 1958."; "it can be appealed"), an AI-summary
disclaimer and a text-to-speech disclaimer, comment rules and policies, a republishing note, event and
webinar ads with dates, times and prices, a "This story is part of ..." series note, podcast, radio,
newscast, WhatsApp and app prompts, an affiliate disclosure, a sponsor line, a funding note, a letters
line and a not-legal-advice line. Furniture in MID-STORY: inline "Read more:" lines (one holding a
question and a second sentence), related headlines, pull quotes with their attribution lines (one
pasted as a single line of two sentences), ad labels and "Story continues below", gallery counters
("📷 2/8", "1 / 6"), listen players and a video label with its running time. And STORY THAT LOOKS LIKE
FURNITURE: one-line paragraphs ("The vote took 11 minutes.", "The fine did not change.", "School opens
on Monday, September 6."); corrections made by bodies in the news and reported as news (a school
district's pupil count, Profeco's price survey, SPTrans's start date, a port authority's departure
time); newsletters, apps, text services, email bulletins, monthly passes and season tickets that are
themselves the news (a district's parent newsletter in which bus routes will be published and how to
sign up for it, a health authority's closure app, the Bilhete Único monthly pass, a secretariat's SMS
service and its subscribers, abonos on sale, a water company's text schedule service, a ferry
operator's emails and texts to passengers, a ministry's bulletin by email and its WhatsApp line, an
emergency alert to mobile phones); a club president speaking on the club's podcast; digit and schedule
lines of record in service boxes; and a person's background sentence that reads like an author bio.

Of record ("W"): figures, dates and prices given by bodies, officials, firms, courts, documents and
the outlet's own checks (votes, pupils and enrollment, capacity and repair costs, night closures and
shifts, an incentive and its sign-ups, corn, gas and tortilla prices, a share of a price basket, fares,
budgets, subsidies and a fare share, a share price, rainfall, customers without power, shelters and
damaged homes, motorcycles and road deaths, subscribers, goals, minutes, a fine, attendance,
reservoir levels and rainfall shares, bookings and flights, contract sums and deductions, case counts,
deaths, beds and hotel occupancy); causal claims ("because of low levels in the two reservoirs", "the
rise was driven by heavy rain in June and by the DENV-3 serotype", "heavy rain in July had held up the
work for 19 days", "because the Maipo river was carrying too much mud to treat"); acts and rulings (a
board vote, a ruling, orders on refunds and costs, a rejected argument, a dissent and the judges'
written reasons, an appeals chamber's finding, a closure and an alert, a decree, a disciplinary order
and fine, a protest called, a vessel taken out of service, a public hearing called); rules, including
conditional ones (a teachers' contract, a price-display law, a fare set by decree, per-passenger
payments, a stay on appeal, compensation after 20 hours without power, a league's flare rule, a water
restriction order and disconnection, powers under a health alert); and services and events scheduled by
those who run them (a community meeting, interpreters, an extra ambulance, service bullets, evening
clinic hours, fumigation, reopening unless ordered otherwise, fixtures, ferry schedules and refunds,
extra flights, school shifts and meal times). Not worth checking (""): forecasts and expectations (the
savings closures WOULD bring, a doctor's and a paramedic service's expectations, inflation effects,
power restoration, rainfall, a contractor's hand-over date, a professor's timetable for an appeal);
plans and promises (appeals to be filed, a bill to be filed, inspections, a replacement vessel, a
refund promise to season-ticket holders, a protest ride planned, no plans to change a price);
counterfactuals ("without the increase the subsidy would have had to rise to R$7.6 billion"); advice
("should store water", the ministry's recommendation); opinions, stances, characterisations and
complaints; anecdotes and people's own figures (a bus ride, night drives, a cleaner's trips, a vendor's
wait, a resident's flooded house, a guesthouse's routine); biography; a newsletter's own voice
(greeting, teaser, pick of the week); questions in quotes; captions that only describe; and table
rows. A quote may hold a figure as rhetoric ("“For a family that buys two kilos a day, that is 240
pesos a month,” she said.", "“Multiply it by 46.”"), "".

And where sentences end: firm suffixes that END one before a capital ("Viação Tietê Participações S.A."
/ "Its shares ..."; "LexSur Editorial S.R.L." / "All rights reserved."; "Agencia Cordillera S.A." / "All
rights reserved."; "MedeLife Contenidos S.A.S." / "All rights reserved."; "The Liguanea Tribune Ltd." /
"All rights reserved.") and that do not ("Hidro Suquía S.A. s/ amparo", "Hidro Suquía S.A. to pay",
"Distribuidora Maipo S.A. said", "Essequibo Build & Supply Inc. in May", "Costa Verde Fútbol S.A.C.,
Av. José Larco 1150"); times that end one ("at 3:42 a.m." / "The message told ..."; "as 6.30 a.m." /
"The authority said ..."; "by 7 a.m." / "Sign up"; "by 6 a.m." / "It's free."; "at 3.30 p.m." /
"Callao host ...") and times, dates and designations that do not ("at 7 p.m. with a patient", "from 8
p.m. to 8 a.m. between July 1 and Aug. 25, Nova Scotia Health said", "on Aug. 18.", "on Jan. 17.", "at 6
p.m. on March 19", "from Monday, Feb. 7, and", "Jan. 27, 7 p.m.", "from 12.30 p.m. to 4.30 p.m., the
ministry said", "Expte. N° 10487215", "Civil and Commercial Court N° 31", "Dr.", "incl.", "A.N.R.
Robinson International Airport", "N.S. nurses' union", "Marisol V.: Finally!"); currencies and decimals
("R$5.30", "ARS 2,150", "COP 711,750", "S/ 28,000", "TT$50", "G$48.6 million", "25.80 pesos", "61.4
millimetres", "US $5"); a dateline that belongs to its lead ("SANTIAGO, June 23 (Andes Newsline) –
..."); questions in quotes with no attribution, a sentence each ("“Where else will they go, the
supermarket?”", "“Store it in what, and where?”") and with one, one sentence ("“Who is minding her
from 7 to 12?” he asked."); quotes in Jamaican and Trinidadian English ("“Me used to this,” she
said.", "“Is only the name of the boat that changes.”"); questions that open furniture ("Not a
subscriber?", "Like what we do?", "Enjoying The Sunday Whistle?", "Having trouble reading this
email?"); and semicolons that never split (standfirsts, headlines, a service bullet, the outlet's
correction).

The pages hold 542 sentences: 223 "B", 213 "W" and 106 ""; 187 sentences carry a speaker (98 distinct
speakers, page by page; 94 distinct labels). `STYLES` describes each page, its story, its labels and
its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not
copied from them), twenty that must split and ten whose tempting break must not.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
player, counter, caption, credit, pull quote, prompt, ask, note, bullet, table row, comment and legal
line is a paragraph of its own, except that a caption and a credit pasted in one line are two sentences
of one paragraph, and a furniture block written as prose keeps its sentences together in one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As
in the recent sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its
content and its credit "B"; tables pasted as lines with a "B" title, header row and source line and ""
data rows; headlines, standfirsts and summary bullets never split and flagged by content, a "says" or
"holds" in them carrying the source as the body first names it ("Dayton Public Schools", "Nova Scotia
Health", "the Western Tortilla Makers' Chamber", "São Paulo City Hall", "The Fourth Chamber of Civil
and Commercial Appeals of Córdoba"); a person named in full as first given, without titles or roles
("Superintendent", "Board member", "Dr.", "Health Minister", "Digby Mayor", "Municipal transport
secretary", "Opposition city councillor", "Judge", "The Secretary of Mobility", "Councillor for the
Papine division", "The Minister of Education", "Headteacher"), a pronoun or surname resolving to that
name; a quote over several sentences carrying its speaker and cue in each; "according to X" giving X
as written ("district enrollment figures", "a facilities study the board paid for last year", "Nova
Scotia Health's closure reports", "SPTrans", "a check by The Mexico Lowdown", "his match report", "the
league", "the directorate", "the National Procurement and Tender Administration's website", "the
ministry's epidemiological bulletin published on Tuesday"), a descriptor before a proper name dropped
("The federal consumer protection agency, Profeco," -> "Profeco"; "the provincial regulator, ERSeP"
-> "ERSeP"; "The water company Sanitaria Mapocho" -> "Sanitaria Mapocho"; "A motorcycle couriers'
group, Mensajeros Unidos de Antioquia," -> "Mensajeros Unidos de Antioquia"); an acronym, a short form
or "It" resolving to the name as first given ("the NWC said" -> "the National Water Commission", "PATT
said" -> "The Port Authority of Trinidad and Tobago", "the CCSS said" -> "The Costa Rican Social
Security Fund", "City Hall said" -> "São Paulo City Hall", "Miraflores said" -> "Deportivo
Miraflores", "Hidro Suquía had argued" -> "Hidro Suquía S.A.", "It said" -> "Nova Scotia Health",
"Distribuidora Maipo S.A.", "Senapred", "Emergency Health Services", "Toucan Air"), while a single
generic noun is kept as written ("The district", "the district", "The health authority", "The company",
"The court", "the court", "the operator", "its operator", "the commission", "The club", "the
secretariat", "The group", "The authority", "the ministry", "The ministry", "The meteorological
directorate"); a channel phrase after the verb is part of the cue ("told reporters at Province House",
"said in its weekly price survey on Tuesday", "told reporters at City Hall", "said in a statement",
"told Andes Newsline", "said on the club's podcast, Blanquiazul en Vivo", "told reporters at the
ministry's Brickdam offices"); verbs of intention, expectation and advice carry their subject with the
verb as cue ("expects", "expect", "plans", "recommends"); and a body acting with no verb of saying
carries no speaker (the board's vote, the chamber's orders, SPTrans's notice, the Education Ministry's
suspension, Senapred's alert, the disciplinary commission's order, PATT taking the ferry out, the
ministry's contract, the Health Ministry's alert).

Conventions this set had to settle, in the same spirit:

* PROSE FURNITURE is "B" sentence by sentence whatever it says, even when it holds a figure, a date, a
  price, a question or a fact: a donation ask with a member count, a paywall meter, a newsletter pitch
  "by 7 a.m.", a subscriber box, an author bio, an update, translation or first-broadcast note, an
  AI-summary or text-to-speech disclaimer, comment rules, a republishing note, an event or webinar ad
  with a date, time, venue and price, a series note, a podcast, radio, newscast, WhatsApp or app
  prompt, an affiliate disclosure, a sponsor line and a funding note. The OUTLET'S OWN CORRECTION is
  furniture too, even the sentence that gives the right fact ("Correction, March 4, 2027: An earlier
  version of this story gave the wrong year ..." / "It opened in 1958.", both "B"; "An earlier version
  of this article said the ruling was final; it can be appealed.", "B").
* A CORRECTION MADE BY A BODY IN THE NEWS is story, "W": "The district first said on Monday that 680
  students would have to move." (speaker "The district") / "It corrected the figure to 610 ..., saying
  it had counted preschool pupils ..." (speaker "Dayton Public Schools", cue "saying"); Profeco's survey
  "said in its weekly price survey on Tuesday" and "On Thursday it corrected the figure to 25.80 pesos,
  saying ..."; SPTrans's notice that "first gave the start date as January 5" and "It corrected the date
  to January 6 on Tuesday." (no verb of saying, no speaker); PATT's notice that "gave the first sailing
  ... as 6.30 a.m." and "The authority said on Tuesday that the notice was wrong ...".
* MID-STORY FURNITURE: an inline "Read more:" line is "B" and split like any text ("Read more: Where
  did 2,660 Dayton students go?" / "We followed the numbers."); a PULL QUOTE repeats a body sentence and
  is "B" with no speaker, split into its sentences when it holds two, its attribution line ("—
  Superintendent Marcus Delahunt-Bryce", "— Judge Horacio Pellegrini-Oates") "B" too; gallery counters,
  gallery and video labels and running times "B", the caption under them "" or "W" by content.
* NEWSLETTERS, APPS, TEXT SERVICES AND SUBSCRIPTIONS THAT ARE THE NEWS are labelled by content, not as
  pitches: "Bus routes for the fall will be published by June 30 in The Backpack, the district's weekly
  email newsletter to parents, the district said." and "Families who do not get The Backpack can sign up
  for it at any school office ..." ("W", a service set by those who run it); "Nova Scotia Health posts
  every emergency department closure ... in the YourHealthNS app"; the Bilhete Único monthly pass and
  its price; the SMS digit service ("text PICO to 85432.") and its 96,000 subscribers; abonos on sale;
  the NWC's text schedule service; PATT's email and text message to passengers; the ministry's bulletin
  by email and its WhatsApp line; Sanitaria Mapocho's tanks on its website and app; the Senapred alert
  to mobile phones (all "W"). A club president speaking "on the club's podcast" is a speaker with that
  channel in his cue; the newsletter's own podcast prompt below him is "B".
* AI SUMMARIES: the "Summary" label and the disclaimer under the bullets are "B"; the bullets
  themselves are flagged by content like a "KEY POINTS" list, one sentence each, a "says" carrying the
  source as the body first names it.
* ONE-LINE STORY PARAGRAPHS are story, flagged by content: "The vote took 11 minutes.", "The fine did
  not change.", "School opens on Monday, September 6." (all "W"). A person's background that reads like
  an author bio ("Headteacher Sharmila Baksh-Fordyce has led the school since 2019 and taught there for
  22 years before that.") is biography, "" with no speaker, as in the recent sets.
* EMAIL NEWSLETTER: the webmail header, masthead, sponsor line, view-in-browser line and footers are "B";
  the newsletter's own greeting, teaser and "pick of the week" are "" (its own voice), as in
  `labelled_new184.py`; its items are labelled like any story.
* WRITTEN RULINGS: a judge's reasons and a dissent take the cue "wrote" and are "W" as statements of
  record in a ruling; the chamber acting ("ordered", "It rejected ...") carries no speaker; "The court
  found" keeps the generic noun and "holds" in a standfirst carries the chamber as the body names it.
* A REFUND PROMISE ("The club said holders would get a refund for the two closed-door matches.") is a
  promise, "", as in `labelled_new184.py`, while a service a body has set ("it would keep an extra
  ambulance in Digby overnight", clinics that "would stay open until 10 p.m.", "it would add four return
  flights a day ... from Thursday") is "W". "The ministry did not respond to questions about those
  schools." is labelled like "did not respond to a request for comment" (cue "did not respond to
  questions", ""); "It named ..." after a teachers' council's statement carries the council, cue "named".

Written from scratch for issue 13 in round sixty-four, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new183.py` and `labelled_new184.py`. Coined names were
checked for freshness against the capitalised words in the string constants of those two files:
fifteen outlet, firm, club and school words ("Report", "Media", "Wire", "Weekly", "Sentinel",
"Sports", "Radio", "Research", "Television", "Brief", "Real", "Park", "Aguas", and "Mountain" and
"Roofing" in two split cases) and ten name parts
("Baptiste", "Brett", "Holt", "Lindqvist", "Osei", "Roth", "Ruiz", "Pérez", "Marta", "Nadia") that hit
were replaced before the file was written; only common words, titles, months and real places and
bodies ("Costa", "José", "Miguel", "Paulo", "River", "Regional", "Red", "Town") still hit.

Every person, outlet, newsletter, podcast, publisher, firm, utility, power and water company, airline,
bus concessionaire, research house, club, league table, guild, council, collective, couriers' group,
hotel chamber, statement, quote and figure is invented, and so are the small institutions and things
(Mad River Beacon, Empty Desks, The Backpack, the Miami Valley Educators' Guild, Wolf Creek and Linden
Heights elementary schools, Fundy Public Broadcasting, Mainstreet Fundy, The Mexico Lowdown, the
Western Tortilla Makers' Chamber, DEP and Mercado em 5, Viação Tietê Participações S.A., Ipiranga
Análise, the Zero Fare Collective, LexSur and LexSur Editorial S.R.L., Hidro Suquía S.A., Usuarios
Unidos de Córdoba, Andes Newsline, Agencia Cordillera S.A. and its Cordillera News app, Chile in Five,
Distribuidora Maipo S.A., Sanitaria Mapocho, MedeLife and MedeLife Contenidos S.A.S., Mensajeros
Unidos de Antioquia, Decree 0117 of 2028, Costa Verde Fútbol S.A.C. and The Sunday Whistle, Chalaca
Cerveza Artesanal, Deportivo Miraflores, Unión Callao, Atlético Rímac, Chancay FC, Blanquiazul en Vivo,
The Liguanea Tribune, the Water Restriction Order, STV News and Savannah Broadcasting Network Ltd., MV
Bacolet Star, MV Speyside Express, Toucan Air, Lighthouse FM and the Coastal Broadcasting Network,
Lamaha Gardens Primary School, Essequibo Build & Supply Inc., the Georgetown Teachers' Council, Meseta
Observer, Pura Vida Friday and the like). Real countries, provinces, states, cities, towns,
neighbourhoods, streets, avenues, rivers, reservoirs, dams, mountains, stations, airports, hospitals,
schools, universities, libraries, courts, ministries, agencies, regulators,
exchanges, price indices, alert systems, apps of public bodies, networks and other public bodies appear
only as settings, with invented statements and figures: Dayton, Ohio, the Miami Valley, the Dayton Board
of Education, Dayton Public Schools, Meadowdale High School and the Dayton Metro Library; Nova Scotia,
Digby, Weymouth, Yarmouth, Amherst, Digby General Hospital, Yarmouth Regional Hospital, Nova Scotia
Health, the YourHealthNS app, Emergency Health Services, the 811 line and Province House; Guadalajara,
Zapopan, Jalisco, Santa Tere, Avenida Federalismo, Mexico City, Michoacán, Profeco, the Federal Consumer
Protection Law, the University of Guadalajara and the state Economic Development Secretariat; São Paulo,
Cidade Tiradentes, Pinheiros, Avenida Paulista, São Paulo City Hall and City Council, SPTrans, the
Metro, CPTM, the state Transport Secretariat, the Bilhete Único, the IPCA and the B3 exchange; Córdoba,
Buenos Aires, the San Roque reservoir, the Central Bank, ERSeP, the Superior Court of Justice of
Córdoba and the National University of Córdoba; Santiago, Vitacura, Las Condes, Lo Barnechea, La Reina,
La Dehesa, Peñalolén, San José de Maipo, Farellones, Avenida Kennedy, the Mapocho and Maipo rivers,
Metro Line 4 and Príncipe de Gales station, the Chilean Meteorological Directorate, the Education
Ministry, the Public Works Ministry, the Superintendency of Electricity and Fuels, Senapred and the SAE
system; Medellín, Laureles, El Poblado, Provenza, Las Palmas, Avenida Oriental, Antioquia, the Metro
and Metroplús, the Secretariat of Mobility and SIATA; Lima, Miraflores, Callao, Huaral, Av. José Larco,
the Estadio Nacional and the Estadio Miguel Grau; Kingston, St Andrew, the Corporate Area, the Hermitage
Dam, the Mona Reservoir, the Blue Mountains, Red Hills, Stony Hill, Papine, August Town, Mona Heights,
the National Water Commission and the Meteorological Service of Jamaica; Port of Spain,
Scarborough, Chaguanas, Tobago, Piarco International Airport, A.N.R. Robinson International Airport,
the Port Authority of Trinidad and Tobago, the Tobago House of Assembly and the Ministry of Works and
Transport; Georgetown, Brickdam, Bel Air Primary, St Sidwell's Anglican church, Sophia Primary, North
Ruimveldt Multilateral, Tucville Primary, Queenstown Secondary, Region Four, the Ministry of Education
and the National Procurement and Tender Administration; and Limón, Matina, Talamanca, Puerto Viejo,
Tony Facio Hospital, the Health Ministry and the Costa Rican Social Security Fund (CCSS).
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States NONPROFIT LOCAL NEWSROOM (Dayton, Ohio), DESKTOP browser paste, SCHOOLS: the Dayton Board of Education votes 5-2 to close two elementary schools. Head: masthead, tagline, menu with a donate link, section label (all "B"); headline of record "W"; a standfirst with a semicolon, never split, whose "the district says" carries "Dayton Public Schools" as the body first names it ("W"); a byline/date line, a SERIES NOTE ("This story is part of Empty Desks ...") and a LISTEN PLAYER line ("B"); a caption "" and its credit ("B"). Body: the vote (an act, no speaker, "W") and a ONE-LINE STORY PARAGRAPH "The vote took 11 minutes." ("W", not furniture); the pupils "according to district enrollment figures" ("W") and their move "on Aug. 18." (no split, "W"); the enrollment fall ("W"); A CORRECTION BY THE DISTRICT reported as news ("The district first said on Monday ..." with the generic noun kept, and "It corrected the figure to 610 ..., saying ..." resolving to "Dayton Public Schools", cue "saying", both "W"); a three-sentence DONATION ASK with a member count and a price, and a "DONATE NOW" button (all "B"); the superintendent on what the closures WOULD save ("") and his quote (""); a facilities study "according to" and "found" ("W"); an inline "Read more:" line holding a question ("B", one sentence and a second); a board member\'s complaint (""), her dated notice "on Jan. 17." ("W"), her quote ("") and a second no vote (no speaker, "W"); a PULL QUOTE and its attribution line ("B" both); a parent\'s bus ride, quote and plan (anecdote, ""); the teachers\' guild on jobs and its contract rule ("W"); A NEWSLETTER THAT IS NEWS (bus routes to be published in the district\'s newsletter The Backpack, "the district said", and how families sign up for it, "W" both); a community meeting "at 6 p.m. on March 19" and interpreters (scheduled by those who run it, "W"); the buildings\' fate undecided ("W") and the superintendent\'s wish (""). Tail: a two-sentence AUTHOR BIO with contacts, the outlet\'s own two-sentence CORRECTION that gives the right year, a republish label and a REPUBLISHING NOTE, an EVENT AD with a date, time and venue, and a copyright line (all "B").',
    'Canadian PUBLIC BROADCASTER\'S REGIONAL WEBSITE (Nova Scotia), PHONE BROWSER paste, HEALTH: the emergency department at Digby General Hospital will close overnight for eight weeks after three doctors leave. Head: a menu/masthead/sign-in line, an open-in-app line, a section label (all "B"); headline of record "W"; a standfirst whose "says" carries "Nova Scotia Health" ("W"); byline, posted/updated line, a two-line LISTEN PLAYER and the TEXT-TO-SPEECH AI DISCLAIMER ("B"); a caption that states a fact ("W") and its credit ("B"). Body: the closure "Nova Scotia Health said Thursday" ("W"); "The health authority said" (generic noun kept, "W") and "It said" (resolving to "Nova Scotia Health", "W"); "Story continues below" and "ADVERTISEMENT" ("B"); the distance to Yarmouth ("W") and closures "according to Nova Scotia Health\'s closure reports" ("W"); the medical director ("Dr." dropped) with a stance ("") and a quote holding "at 7 p.m. with" (no split, ""); a "Read more:" label and two bullet headlines ("B"); AN APP THAT IS NEWS ("Nova Scotia Health posts every emergency department closure ... in the YourHealthNS app, usually by 3 p.m. the day before.", "W"); the paramedic service\'s extra ambulance and home treatment ("W", a service set by those who run it) and its spokesperson\'s expectation (""); the rural incentive ("W"), the minister ("Health Minister" dropped) with a sign-up count ("W"), talks ("") and a quote "told reporters at Province House" (""); the mayor ("Digby Mayor" dropped, cue "called", "") and the summer population ("W"); a second ad label ("B"); a 74-year-old\'s night drives and a two-sentence quote (anecdote, ""); a box label "B" and three SERVICE BULLETS of record ("W"). Tail: a RADIO-SHOW PROMPT, a comments label, a comments-closed line, a two-sentence COMMENT RULE and a copyright line (all "B").',
    'Mexican ENGLISH-LANGUAGE DIGITAL NEWS SITE (Guadalajara), AMP paste, PRICES: most Guadalajara tortillerías raise a kilo of tortillas from 26 to 30 pesos. Head: AMP address, masthead, crumb (all "B"); headline of record "W"; a standfirst whose "their trade chamber says" carries "the Western Tortilla Makers\' Chamber" ("W"); byline/place/date line and share line ("B"); a caption "" and its credit ("B"); a two-sentence PAYWALL METER ("B"). Body: the rise "the Western Tortilla Makers\' Chamber said on Wednesday" and "It said" membership ("W"); the chamber\'s president with corn and gas prices ("W") and a two-sentence quote with prices as rhetoric (""); a NEWSLETTER PITCH ending "by 7 a.m." before "Sign up" ("B", split there); "The federal consumer protection agency, Profeco, said in its weekly price survey on Tuesday" (descriptor dropped, channel in the cue, "W") and A CORRECTION BY THE AGENCY "On Thursday it corrected the figure to 25.80 pesos, saying ..." ("W", cue "saying"); Profeco\'s Jalisco office on inspections (a plan, "") and the price-display rule ("W"); a PULL QUOTE pasted as one line holding two sentences ("B" twice); supermarket prices "according to a check by The Mexico Lowdown" (the outlet\'s own check as written, "W"); an economist with the weight of tortillas in the price basket ("W"), her forecast ("", cue "expects") and a quote with figures (""); an ad label ("B"); a tortillería owner\'s experience and a two-sentence quote ending in an unattributed question (""); the state\'s subsidized price ("W") and a spokesman on no plans to change it (""). Tail: an UPDATE NOTE on the copy, a "With reporting by" line, a three-sentence SUBSCRIPTION ASK, a read-more label and two headlines, a full-site link and a copyright line (all "B").',
    'Brazilian BUSINESS DAILY\'S ENGLISH EDITION (São Paulo), READER-MODE paste, TRANSPORT: the city bus fare rises from R$5.00 to R$5.30 on January 6. Head as reader mode leaves it: domain ("B"), headline and standfirst of record ("W"), byline, date and read-time lines ("B"); an AI SUMMARY: its "Summary" label ("B"), three bullets flagged by content ("W", the third carrying "São Paulo City Hall" with "says"), the AI-SUMMARY DISCLAIMER and "Read the full text below." ("B"); a two-sentence TRANSLATION NOTE on the copy ("B"). Body: the rise "São Paulo City Hall said on Wednesday" ("W") and the first increase in three years ("W"); "City Hall said" the rise against inflation (the short form resolving, "W") and the decree rule ("W"); Metro and CPTM fares from "the São Paulo state Transport Secretariat" ("W") and the integrated fare ("W"); A CORRECTION BY SPTRANS reported as news (its notice "first gave the start date as January 5" and "It corrected the date to January 6 on Tuesday.", no verb of saying, no speaker, "W" both); an inline "Read more:" line ("B"); the subsidy budget, the fare share "according to SPTrans" and the per-passenger payment rule ("W"); the transport secretary on what would have happened (a counterfactual, "") and his quote "told reporters at City Hall" (""); A MONTHLY PASS THAT IS NEWS (the Bilhete Único "subscription" price, "W") and free and half fares ("W"); the largest concessionaire ENDING "Viação Tietê Participações S.A." before "Its shares rose 2.1% ..." ("W" both) and analysts\' expectation ("", cue "expect"); an opposition councillor ("called", ""), her trips figure ("W") and her party\'s bill (a plan, ""); a PULL QUOTE repeating the secretary ("B"); a commuter\'s journey and a two-sentence quote (anecdote, ""); a protest called "for 5 p.m. on Saturday, January 8," (an act, "W"). Tail: a PODCAST PROMPT, a two-sentence COPYRIGHT AND SHARING NOTE and an AUTHOR BIO (all "B").',
    'Argentine LEGAL NEWS SITE IN ENGLISH (Buenos Aires), PRINT VIEW paste, COURTS: a Córdoba appeals chamber voids a water utility\'s ARS 2,150 "infrastructure surcharge" and orders refunds with interest. Head: the URL line, masthead, a print/close line, a tags line (all "B"); headline of record "W"; a standfirst whose "holds" carries "The Fourth Chamber of Civil and Commercial Appeals of Córdoba" as the body first names it ("W"); a byline with "Dr." and a date ("B"). Body: the ruling (the chamber acting, no speaker, "W"); the case title "c/ Hidro Suquía S.A. s/ amparo" and "(Expte. N° 10487215)." (no split at "S.A.", "s/", "Expte." or "N°", "W") and the bill line ("W"); the refund order, the costs order with "Hidro Suquía S.A. to pay" mid-sentence and the concession\'s term ("W", no speaker); "The court found" (generic noun kept, "W"), "It rejected ..." (an act, no speaker, "W") and "the court said" the hearing rule ("W"); a three-sentence SUBSCRIBER BOX with a question ("B"); the utility\'s argument "had argued" (short form resolving to "Hidro Suquía S.A.", "W") and the first-instance court "N° 31" ("W"); the majority judge "wrote" and the dissent "wrote" (reasons of record in a ruling, "W") and the dissent itself ("W"); a PULL QUOTE and its attribution line ("B"); the company\'s appeal "said in a statement" (a plan, "") and a CONDITIONAL RULE on a stay ("W"); the consumer group\'s case and takings ("W"), its lawyer ("Dr." dropped) on automatic credit ("W") and his quote (""); average bills "according to the provincial regulator, ERSeP" (descriptor dropped, "W"), "ERSeP said it was studying the ruling." ("") and its public hearing "for 26 November" (an act, "W"); a professor on a first ("W") and her forecast (""). Tail: a WEBINAR AD with a date and time, a two-sentence EDITOR\'S NOTE whose second sentence is the outlet\'s own correction, a NOT-LEGAL-ADVICE line, an AUTHOR BIO, a "Printed on" line and a copyright line split at "S.R.L." before "All rights reserved." (all "B").',
    'Chilean NEWS AGENCY\'S ENGLISH SERVICE, its APP, the article text SHARED, WEATHER: a frontal system drops 61.4 mm of rain on Santiago, closes schools in 14 communes and cuts power to 186,000 customers. Head: a shared-from line and the service\'s name ("B"); headline of record with a semicolon ("W"); date/time line and byline ("B"). Body: a dateline lead "SANTIAGO, June 23 (Andes Newsline) –" with the rainfall record "the Chilean Meteorological Directorate said" ("W"); class suspensions (an act, "W") and reopening "unless ... by 6 p.m." (a decision by those who run the schools, "W"); three GALLERY COUNTERS ("📷 1/8" to "📷 3/8", "B"), each followed by a caption "" and its credit ("B"); the power company "said" and "It said" ("W"), "The company expects ..." (a forecast, generic noun kept, "") and the compensation rule ("W"); AN EMERGENCY ALERT THAT IS NEWS ("Senapred ... sent an emergency alert through the SAE system to mobile phones ... at 3:42 a.m." ENDING a sentence before "The message told people ...", an act, no speaker, "W" both); shelters and damaged homes "Senapred said" ("W"); Metro stations "the operator said", a road "the Public Works Ministry said" and flights "its operator said" ("W"); the water company Sanitaria Mapocho (descriptor dropped) on cuts and tanks, with AN APP AND A WEBSITE THAT ARE NEWS ("W"); a RELATED label and headline ("B"); a mayor\'s complaint ("") and a quote "told Andes Newsline" running over two sentences (""); a resident\'s flooded house and quote (anecdote, ""); the directorate\'s forecast ("", "The meteorological directorate" kept as written, cue "expects") and the annual average "according to the directorate" ("W"). Tail: a PODCAST PROMPT, a "(Reporting by ...; editing by ...)" line, an APP PROMPT with a link and a copyright line split at "S.A." before "All rights reserved." (all "B").',
    'Colombian EXPAT CITY MAGAZINE (Medellín), PHONE BROWSER paste, LOCAL GOVERNMENT: a mayoral decree adds motorcycles over 125 cc to pico y placa and changes the digits from Monday, Feb. 7. Head: a menu/masthead line and a crumb ("B"); headline of record with "Feb. 7" (no split, "W"); a byline/updated line and a two-sentence AFFILIATE DISCLOSURE ("B"). Body: the restriction "under a decree the mayor signed on Friday" (no speaker, "W"); the decree\'s dates ("W") and what it replaces ("W"); a WHATSAPP-CHANNEL PROMPT ("B"); a box label ("B") and five DIGIT LINES of record ("W", one sentence each); the fine rule ("W") and a ONE-LINE STORY PARAGRAPH "The fine did not change." ("W"); the exemptions "under the decree" (no speaker, "W"); an ad label ("B"); the Secretary of Mobility (role dropped) with a characterisation (""), motorcycle and car numbers ("W") and a death share "she said" ("W"); an inline "Read more:" line ("B"); the air network\'s record days (no speaker, "W") and her traffic forecast (""); the couriers\' group (descriptor dropped) on what the rule would cost (""), its members ("W") and "The group plans ..." ("", generic noun kept, cue "plans"); A SUBSCRIPTION THAT IS NEWS (the secretariat\'s free SMS service "text PICO to 85432." and its 96,000 subscribers "the secretariat said", "W" both); a retired teacher\'s car and a two-sentence quote (anecdote, ""); foreign and rental plates ("W"). Tail: an EVENT AD with "Jan. 27, 7 p.m." and "incl.", an AUTHOR BIO, a three-sentence PATREON ASK opening with a question, a comment count, a two-sentence COMMENT POLICY, a two-sentence comment with an initial ("Marisol V.: Finally!") and a copyright line split at "S.A.S." before "All rights reserved." (all "B").',
    'Peruvian SPORTS WEBSITE\'S EMAIL NEWSLETTER (Lima), pasted from a WEBMAIL client, SPORT: Deportivo Miraflores beat Unión Callao 2-1, and flares close their stadium for two home games. Head: subject line, sender, date, "To: You", a two-sentence view-in-browser line opening with a question, the newsletter\'s masthead and a SPONSOR LINE of two sentences (all "B"); the newsletter\'s own greeting and teaser (""). The item: an upper-case result line ("W"); the result, the scorer and the penalty ("W"); the stoppage ("W") and the referee "according to his match report" (pronoun kept, "W"); the disciplinary commission\'s order and fine (an act, no speaker, "W"), the league\'s CONDITIONAL RULE ("W") and "the commission said" ("W"); "Miraflores said in a statement" it would appeal (the short name resolving to "Deportivo Miraflores", a plan, ""); the club president\'s quote "said on the club\'s podcast, Blanquiazul en Vivo" (A PODCAST THAT IS STORY, the channel in the cue, "") and his fan bans ("W"); the newsletter\'s own PODCAST PROMPT ("B", two sentences); SEASON TICKETS THAT ARE NEWS ("abonos ... go on sale on Monday at S/ 380 ...", "W"), "The club said holders would get a refund ..." (a refund promise, "") and attendance "according to the league" ("W"); the losing coach\'s complaint and quote (""); a table with a "B" title, header and source line and four "" rows; the newsletter\'s "pick of the week" (its own voice, ""); two fixtures, the first ENDING "at 3.30 p.m." before "Callao host ..." ("W" both). Tail: a two-sentence FORWARD/SIGN-UP PITCH opening with a question, a two-sentence subscription footer and an address line "Costa Verde Fútbol S.A.C., Av. José Larco 1150, ..." (no split, all "B").',
    'Jamaican NATIONAL DAILY (Kingston), PHONE BROWSER paste, WATER SUPPLY IN A DROUGHT: the National Water Commission restricts piped water to more than 80 Corporate Area communities as the Hermitage Dam falls to 41%. Head: a menu/masthead/subscribe line and a section label ("B"); headline and a standfirst with a semicolon, no speaker, of record ("W"); byline and a published line ("B"); a WHATSAPP PROMPT and a LISTEN PLAYER ("B"). Body: the restriction (an act, no speaker, "W"); reservoir levels "the NWC said" and "it said" (the acronym resolving to "the National Water Commission", "W"); the alternate-day and night-cut schedules ("W"); "Story continues below" and "ADVERTISEMENT" ("B"); the NWC\'s communications manager on reviewing the schedule ("") and a two-sentence conditional quote (""); A TEXT SERVICE THAT IS NEWS ("Customers can get their community\'s schedule by texting ... to 8392", "W") and "The text service is free ..., the commission said." ("W"); a SPONSORED-CONTENT label and headline ("B"); the restriction order\'s rules ("W" both); the Meteorological Service\'s rainfall ("W") and "It expects ..." (""); a two-sentence NEWSLETTER PITCH ending "by 6 a.m." before "It\'s free." ("B"); water trucks "The NWC said" ("W") and advice to store water ("", "it said"); a councillor ("Councillor for the Papine division" dropped) with days without water ("W") and a two-sentence quote ending in an unattributed question (""); a 67-year-old\'s drums and a two-sentence quote in Jamaican English (anecdote, ""); the last restrictions ("W"). Tail: a LETTERS LINE, a comments label with a three-sentence COMMENT RULE, and a copyright line split at "Ltd." before "All rights reserved." (all "B").',
    'Trinidad and Tobago TELEVISION STATION\'S NEWS WEBSITE (Port of Spain), DESKTOP browser paste, TRANSPORT: a fast ferry is out for three weeks and Port of Spain–Scarborough sailings are cut from eight to five a day. Head: masthead, menu, section label ("B"); headline of record with a semicolon ("W"); byline, date and share lines ("B"); a VIDEO label ("B"), the video\'s caption ("") and its credit and running time ("B"). Body: the ferry taken out (an act, no speaker, "W"); "PATT said" and "it said" (the acronym resolving to "The Port Authority of Trinidad and Tobago", "W"); A NOTICE CORRECTED BY THE AUTHORITY ("... gave the first sailing from Port of Spain as 6.30 a.m." ENDING a sentence before "The authority said on Tuesday that the notice was wrong ...", the first with no speaker, the second with the generic noun kept, "W" both); AN EMAIL AND A TEXT MESSAGE THAT ARE NEWS ("Passengers who booked online ... will get an email and a text message ..., PATT said.", "W") and refunds ("W"); an ad label ("B"); the general manager on the part\'s arrival ("W") and a two-sentence quote (""); the vessel and the fare ("W"); a GALLERY label and COUNTER ("B"), a caption ("") and its credit ("B"); the Tobago tourism secretary (role dropped) with bookings ("W") and a plan (""); an airline\'s extra flights between airports including "A.N.R. Robinson International Airport" (no split, a schedule set by those who run it, "W") and its fare ("W"); a vendor\'s wait and a two-sentence quote in Trinidadian English (anecdote, ""); earlier outages ("W"). Tail: a NEWSCAST AND APP PROMPT, a related label and two headlines, a two-sentence COMMENT RULE and a copyright line (all "B").',
    'Guyanese RADIO STATION\'S NEWS WEBSITE (Georgetown), READER-MODE paste, SCHOOLS: about 540 pupils of Lamaha Gardens Primary start the year in a church hall and on an afternoon shift because roof repairs run late. Head as reader mode leaves it: domain ("B"), headline of record ("W"), byline and date lines ("B") and a LISTEN-LIVE line ("B"). Body: the move "the Ministry of Education said on Sunday" ("W"); a ONE-LINE STORY PARAGRAPH "School opens on Monday, September 6." ("W"); the two sites "from 12.30 p.m. to 4.30 p.m., the ministry said." (no split, generic noun kept, "W") and the morning shift ("W"); a box label ("B") and two SCHEDULE LINES of record ("W"); the contract, its deadline, the company\'s earlier contracts "according to the National Procurement and Tender Administration\'s website" and the storm damage ("W"); a FIRST-BROADCAST NOTE on the copy ("B"); the minister ("The Minister of Education" dropped) with a characterisation (""), the contract\'s daily deduction ("W") and a quote "told reporters at the ministry\'s Brickdam offices" (""); the contractor\'s reason for the delay "said in a statement" (a causal claim with a figure, "W") and "The company expects ..." (""); a WHATSAPP PROMPT ("B"); A STORY SENTENCE THAT READS LIKE A BIO ("Headteacher Sharmila Baksh-Fordyce has led the school since 2019 ...", biography, no speaker, ""), her Saturday ("" anecdote), the free hall ("W") and a two-sentence quote (""); a father\'s shift and his question "“Who is minding her from 7 to 12?” he asked." (one sentence, ""); the parents\' letter "The school\'s parent-teacher association said" ("W"); meals at both sites ("W" both); the teachers\' council on four other schools ("W") and "It named ..." ("W", cue "named"); "The ministry did not respond to questions ..." ("", cue "did not respond to questions"). Tail: an UPDATE NOTE on the copy, a related line, a NETWORK NOTE and a copyright line (all "B").',
    'Costa Rican ENGLISH-LANGUAGE WEEKLY (San José), AMP paste, HEALTH: dengue cases up 63% and a health alert in three Limón cantons. Head: AMP address, masthead with a tagline, section label ("B"); headline and a standfirst with no speaker, of record ("W"); byline/date line and a LISTEN line ("B"). Body: the alert (an act, "W") and the first since 2019 ("W"); national cases "according to the ministry\'s epidemiological bulletin published on Tuesday" ("W"), Limón\'s share ("W") and deaths "the bulletin said" (resolving to the bulletin as first given, "W"); a three-sentence MEMBERSHIP ASK ("B"); the alert\'s powers (a rule, "W") and fumigation "until at least August 27, the ministry said" ("W"); the surveillance head ("Dr." dropped) with a causal claim ("W"), two quotes ("") and a serotype share ("W"); a "Related:" line ("B"); A BULLETIN BY EMAIL THAT IS NEWS ("The ministry publishes case counts every Tuesday ..." and "Anyone can get the bulletin by email ...", "W" both); the social security fund\'s evening hours and beds ("W", the acronym resolving to "The Costa Rican Social Security Fund"); a two-sentence NEWSLETTER PITCH ("B"); a guesthouse owner\'s guests and routine and a two-sentence quote (anecdote, ""); the hotel chamber\'s occupancy ("W") and its caution (""); how dengue spreads ("W"), the ministry\'s advice ("", cue "recommends") and A WHATSAPP LINE THAT IS NEWS ("W"); the last outbreak ("W"). Tail: a PODCAST PROMPT, an AUTHOR BIO, a FUNDING NOTE, a comments-closed line and a copyright line (all "B").',
]

ARTICLES = [
    [
        [
            ("MAD RIVER BEACON", "", "", "B"),
        ],
        [
            ("Nonprofit, nonpartisan news for Dayton and the Miami Valley", "", "", "B"),
        ],
        [
            (
                "Schools   City Hall   Housing   Health   Environment   Events   About   |   DONATE",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Education", "", "", "B"),
        ],
        [
            (
                "Dayton school board votes 5-2 to close Wolf Creek and Linden Heights elementary schools in June",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 610 students will move to four other schools in August; enrollment has fallen 19% in a decade, the district says",
                "Dayton Public Schools",
                "says",
                "W",
            ),
        ],
        [
            ("By Renata Okonkwo-Hale · March 3, 2027", "", "", "B"),
        ],
        [
            (
                "This story is part of Empty Desks, our series on falling enrollment in Miami Valley schools.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("▶ Listen to this story · 6 min", "", "", "B"),
        ],
        [
            (
                "Parents and students hold signs outside the district's central office before Tuesday's board meeting.",
                "",
                "",
                "",
            ),
            ("Photo: Dayle Fenwick-Tolliver for Mad River Beacon", "", "", "B"),
        ],
        [
            (
                "The Dayton Board of Education voted 5-2 on Tuesday night to close Wolf Creek and Linden Heights elementary schools at the end of the school year.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The vote took 11 minutes.", "", "", "W"),
        ],
        [
            (
                "About 610 students attend the two schools, according to district enrollment figures.",
                "district enrollment figures",
                "according to",
                "W",
            ),
            (
                "They will be split among four other elementary schools when classes start on Aug. 18.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Enrollment has fallen 19% in a decade, from 13,900 students in 2017 to 11,240 this year, Dayton Public Schools said.",
                "Dayton Public Schools",
                "said",
                "W",
            ),
        ],
        [
            (
                "The district first said on Monday that 680 students would have to move.",
                "The district",
                "said",
                "W",
            ),
            (
                "It corrected the figure to 610 on Tuesday afternoon, saying it had counted preschool pupils who will stay in their buildings.",
                "Dayton Public Schools",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Before you read on: Mad River Beacon is a nonprofit newsroom, and our reporting on Dayton's schools is free for everyone to read.",
                "",
                "",
                "B",
            ),
            ("That only works because 3,400 members chip in.", "", "", "B"),
            ("Join them today for as little as $5 a month.", "", "", "B"),
        ],
        [
            ("DONATE NOW", "", "", "B"),
        ],
        [
            (
                "Superintendent Marcus Delahunt-Bryce said the closures would save about $3.8 million a year in staff, heating and maintenance.",
                "Marcus Delahunt-Bryce",
                "said",
                "",
            ),
            (
                "“We are heating buildings for children who are not there anymore,” he said.",
                "Marcus Delahunt-Bryce",
                "said",
                "",
            ),
        ],
        [
            (
                "Wolf Creek, which opened in 1958, is 41% full, according to a facilities study the board paid for last year.",
                "a facilities study the board paid for last year",
                "according to",
                "W",
            ),
            ("Linden Heights is 48% full.", "", "", "W"),
            (
                "The two buildings need $22 million in repairs over 10 years, including new roofs and boilers, the study found.",
                "a facilities study the board paid for last year",
                "found",
                "W",
            ),
        ],
        [
            ("Read more: Where did 2,660 Dayton students go?", "", "", "B"),
            ("We followed the numbers.", "", "", "B"),
        ],
        [
            (
                "Board member Alicia Greenwald-Asante, who voted against the closures, said families had been given too little time.",
                "Alicia Greenwald-Asante",
                "said",
                "",
            ),
            (
                "She said the first public notice of the plan was a post on the district's website on Jan. 17.",
                "Alicia Greenwald-Asante",
                "said",
                "W",
            ),
            ("“Six weeks is not a conversation,” she said.", "Alicia Greenwald-Asante", "said", ""),
            ("Board member Terrence Vukovich also voted no.", "", "", "W"),
        ],
        [
            ("“We are heating buildings for children who are not there anymore.”", "", "", "B"),
        ],
        [
            ("— Superintendent Marcus Delahunt-Bryce", "", "", "B"),
        ],
        [
            (
                "Keisha Farrow-Stenhouse, whose two sons attend Linden Heights, said their new school would be a 25-minute bus ride instead of a five-minute walk.",
                "Keisha Farrow-Stenhouse",
                "said",
                "",
            ),
            (
                "“My 6-year-old is going to be standing at a bus stop before it's light out,” she said.",
                "Keisha Farrow-Stenhouse",
                "said",
                "",
            ),
            (
                "She said she had not decided whether to apply to a charter school instead.",
                "Keisha Farrow-Stenhouse",
                "said",
                "",
            ),
        ],
        [
            (
                "The Miami Valley Educators' Guild said no teacher would lose a job because of the closures.",
                "The Miami Valley Educators' Guild",
                "said",
                "W",
            ),
            (
                "Its 2025 contract requires the district to offer a teacher whose school closes a post at another school within 20 working days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bus routes for the fall will be published by June 30 in The Backpack, the district's weekly email newsletter to parents, the district said.",
                "the district",
                "said",
                "W",
            ),
            (
                "Families who do not get The Backpack can sign up for it at any school office or on the district's website.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board will hold a community meeting on the reassignments at 6 p.m. on March 19 at Meadowdale High School.",
                "",
                "",
                "W",
            ),
            (
                "Interpreters in Spanish and Arabic will be there, the district said.",
                "the district",
                "said",
                "W",
            ),
        ],
        [
            ("The district has not decided what to do with the two buildings.", "", "", "W"),
            (
                "Delahunt-Bryce said he would rather see them become community centers than stand empty.",
                "Marcus Delahunt-Bryce",
                "said",
                "",
            ),
        ],
        [
            ("Renata Okonkwo-Hale covers education for Mad River Beacon.", "", "", "B"),
            ("Reach her at rokonkwohale@madriverbeacon.org or 937-555-0142.", "", "", "B"),
        ],
        [
            (
                "Correction, March 4, 2027: An earlier version of this story gave the wrong year for the opening of Wolf Creek Elementary.",
                "",
                "",
                "B",
            ),
            ("It opened in 1958.", "", "", "B"),
        ],
        [
            ("Republish this story", "", "", "B"),
        ],
        [
            (
                "Mad River Beacon stories can be republished for free under a Creative Commons license, as long as you credit us and do not change the text.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "EVENT · Empty Desks: a community forum on school closures · March 26, 6:30 p.m. · Dayton Metro Library, Main Branch · Free, RSVP at madriverbeacon.org/events",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Mad River Beacon, a 501(c)(3) nonprofit newsroom.", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   FUNDY PUBLIC BROADCASTING   🔍   Sign in", "", "", "B"),
        ],
        [
            ("Open in the Fundy Public Broadcasting app", "", "", "B"),
        ],
        [
            ("Nova Scotia", "", "", "B"),
        ],
        [
            (
                "Digby ER to close overnight for 8 weeks this summer after 3 doctors leave",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nearest emergency department open at night will be in Yarmouth, 105 km away, Nova Scotia Health says",
                "Nova Scotia Health",
                "says",
                "W",
            ),
        ],
        [
            ("Ellery MacFadyen-Doucet · Fundy Public Broadcasting News", "", "", "B"),
        ],
        [
            ("Posted: Jun 10, 2027 4:00 PM ADT | Last Updated: 3 hours ago", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article", "", "", "B"),
            ("Estimated 5 minutes", "", "", "B"),
        ],
        [
            (
                "The audio version of this article is generated by text-to-speech, a technology based on artificial intelligence.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The emergency department at Digby General Hospital was closed on 46 nights last year.",
                "",
                "",
                "W",
            ),
            ("(Ellery MacFadyen-Doucet/Fundy Public Broadcasting)", "", "", "B"),
        ],
        [
            (
                "The emergency department at Digby General Hospital will close every night from 8 p.m. to 8 a.m. between July 1 and Aug. 25, Nova Scotia Health said Thursday.",
                "Nova Scotia Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "The health authority said three of the department's seven doctors had left or retired since January.",
                "The health authority",
                "said",
                "W",
            ),
            (
                "It said locum physicians had filled 41 of the 60 night shifts that needed covering this spring.",
                "Nova Scotia Health",
                "said",
                "W",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The nearest emergency department open overnight is at Yarmouth Regional Hospital, 105 kilometres away.",
                "",
                "",
                "W",
            ),
            (
                "The Digby department was closed on 46 nights in 2026, according to Nova Scotia Health's closure reports.",
                "Nova Scotia Health's closure reports",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr. Annick Comeau-Barrow, the department's medical director, said the four remaining doctors could not safely cover every night on their own.",
                "Annick Comeau-Barrow",
                "said",
                "",
            ),
            (
                "“I would rather close the doors with eight weeks' notice than close them at 7 p.m. with a patient in the parking lot,” she said.",
                "Annick Comeau-Barrow",
                "said",
                "",
            ),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("• Amherst hospital to reopen its ER overnight after a year of closures", "", "", "B"),
        ],
        [
            ("• N.S. nurses' union says 1 in 5 rural ER shifts short-staffed", "", "", "B"),
        ],
        [
            (
                "Nova Scotia Health posts every emergency department closure on its website and in the YourHealthNS app, usually by 3 p.m. the day before.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Emergency Health Services said it would keep an extra ambulance in Digby overnight while the department is closed.",
                "Emergency Health Services",
                "said",
                "W",
            ),
            (
                "Paramedics can treat some patients at home and take others straight to Yarmouth, it said.",
                "Emergency Health Services",
                "said",
                "W",
            ),
            (
                "A spokesperson for the paramedic service, Owen Tibbetts-Grenier, said response times were not expected to change.",
                "Owen Tibbetts-Grenier",
                "said",
                "",
            ),
        ],
        [
            (
                "Nova Scotia pays a $125,000 incentive to family and emergency doctors who agree to practise in a rural community for five years.",
                "",
                "",
                "W",
            ),
            (
                "Health Minister Colette Arsenault-Whyte said 14 doctors had signed up since it was introduced in 2025.",
                "Colette Arsenault-Whyte",
                "said",
                "W",
            ),
            (
                "She said two emergency physicians were “in serious talks” about coming to Digby.",
                "Colette Arsenault-Whyte",
                "said",
                "",
            ),
            (
                "“We are not giving up on that hospital,” she told reporters at Province House.",
                "Colette Arsenault-Whyte",
                "told reporters at Province House",
                "",
            ),
        ],
        [
            (
                "Digby Mayor Lorne Sabean-Macdonald called the closure “a summer-long gamble with people's lives.”",
                "Lorne Sabean-Macdonald",
                "called",
                "",
            ),
            (
                "He said the town's population roughly doubles in July and August, when cottages and campgrounds are full.",
                "Lorne Sabean-Macdonald",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Marguerite Boudreau-Saulnier, 74, of Weymouth, said she had driven her husband to Digby at 2 a.m. twice last winter when his heart condition flared.",
                "Marguerite Boudreau-Saulnier",
                "said",
                "",
            ),
            (
                "“Yarmouth is an hour and a quarter on a good night,” she said.",
                "Marguerite Boudreau-Saulnier",
                "said",
                "",
            ),
            ("“On a foggy one, I don't know.”", "Marguerite Boudreau-Saulnier", "said", ""),
        ],
        [
            ("IF YOU NEED CARE AT NIGHT THIS SUMMER", "", "", "B"),
        ],
        [
            (
                "• Ambulance: call 911; an extra unit is based in Digby from 8 p.m. to 8 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Health advice: call 811, answered by registered nurses 24 hours a day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Digby collaborative care clinic: open weekdays until 8 p.m.", "", "", "W"),
        ],
        [
            (
                "Hear more on Mainstreet Fundy, weekdays from 4 p.m. on FPB 90.5 FM and in the app.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Commenting is now closed for this story.", "", "", "B"),
        ],
        [
            (
                "Fundy Public Broadcasting closes comments on stories about health emergencies after 24 hours.",
                "",
                "",
                "B",
            ),
            ("Read our audience guidelines.", "", "", "B"),
        ],
        [
            ("©2027 Fundy Public Broadcasting", "", "", "B"),
        ],
    ],
    [
        [
            ("mexicolowdown.com/amp/jalisco/guadalajara-tortillas-30-pesos", "", "", "B"),
        ],
        [
            ("THE MEXICO LOWDOWN", "", "", "B"),
        ],
        [
            ("News › Jalisco", "", "", "B"),
        ],
        [
            (
                "Tortillas to hit 30 pesos a kilo in Guadalajara as corn and gas costs rise",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Most of the metro area's tortillerías will charge 4 pesos more from Monday, their trade chamber says",
                "the Western Tortilla Makers' Chamber",
                "says",
                "W",
            ),
        ],
        [
            ("By Itzel Barragán-Mott | Guadalajara | May 13, 2027", "", "", "B"),
        ],
        [
            ("Share   f   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "A worker stacks tortillas at a tortillería in the Santa Tere neighborhood of Guadalajara on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo: Itzel Barragán-Mott/The Mexico Lowdown", "", "", "B"),
        ],
        [
            ("You have read 2 of your 4 free articles this month.", "", "", "B"),
            ("Subscribe for US $5 a month to keep reading.", "", "", "B"),
        ],
        [
            (
                "Most tortillerías in the Guadalajara metropolitan area will raise the price of a kilo of tortillas from 26 to 30 pesos on Monday, the Western Tortilla Makers' Chamber said on Wednesday.",
                "the Western Tortilla Makers' Chamber",
                "said",
                "W",
            ),
            (
                "It said it represented about 2,600 of the metro area's roughly 3,900 tortillerías.",
                "the Western Tortilla Makers' Chamber",
                "said",
                "W",
            ),
        ],
        [
            (
                "The chamber's president, Rubén Ochoa-Landeros, said a tonne of white corn delivered to Guadalajara had gone from 6,100 to 7,350 pesos since January.",
                "Rubén Ochoa-Landeros",
                "said",
                "W",
            ),
            (
                "He said liquefied petroleum gas, which tortillerías burn to heat their griddles, cost 11.2% more than a year ago.",
                "Rubén Ochoa-Landeros",
                "said",
                "W",
            ),
            (
                "“Nobody wants to sell tortillas at 30,” he said.",
                "Rubén Ochoa-Landeros",
                "said",
                "",
            ),
            (
                "“But nobody can sell them at 26 and still pay for the gas.”",
                "Rubén Ochoa-Landeros",
                "said",
                "",
            ),
        ],
        [
            (
                "Get The Mexico Lowdown's free Morning Rundown: the day's news from Mexico, in English, in your inbox by 7 a.m.",
                "",
                "",
                "B",
            ),
            ("Sign up", "", "", "B"),
        ],
        [
            (
                "The federal consumer protection agency, Profeco, said in its weekly price survey on Tuesday that a kilo cost an average of 28.50 pesos in Guadalajara.",
                "Profeco",
                "said in its weekly price survey on Tuesday",
                "W",
            ),
            (
                "On Thursday it corrected the figure to 25.80 pesos, saying a data-entry error had mixed in prices from Mexico City.",
                "Profeco",
                "saying",
                "W",
            ),
        ],
        [
            (
                "Profeco's office in Jalisco said inspectors would visit tortillerías next week to check that prices were on display.",
                "Profeco's office in Jalisco",
                "said",
                "",
            ),
            (
                "Under the Federal Consumer Protection Law, businesses must display their prices where customers can see them, and Profeco can fine those that do not.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“Nobody wants to sell tortillas at 30.", "", "", "B"),
            ("But nobody can sell them at 26 and still pay for the gas.”", "", "", "B"),
        ],
        [
            (
                "Packaged tortillas made from corn flour cost 34 to 41 pesos a kilo at three Guadalajara supermarket chains this week, according to a check by The Mexico Lowdown.",
                "a check by The Mexico Lowdown",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mariela Quintanar-Blum, an economist at the University of Guadalajara, said tortillas made up about 1.4% of the basket used to measure consumer prices in Mexico.",
                "Mariela Quintanar-Blum",
                "said",
                "W",
            ),
            (
                "She expects the increase to add about a tenth of a percentage point to Guadalajara's annual inflation in June.",
                "Mariela Quintanar-Blum",
                "expects",
                "",
            ),
            (
                "“For a family that buys two kilos a day, that is 240 pesos a month,” she said.",
                "Mariela Quintanar-Blum",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Leticia Ramírez-Oyervides, who runs a tortillería on Avenida Federalismo with her brother, said she had lost customers the last time she raised prices, in 2025.",
                "Leticia Ramírez-Oyervides",
                "said",
                "",
            ),
            ("“People come back,” she said.", "Leticia Ramírez-Oyervides", "said", ""),
            (
                "“Where else will they go, the supermarket?”",
                "Leticia Ramírez-Oyervides",
                "said",
                "",
            ),
        ],
        [
            (
                "The Jalisco state government sells tortillas at 15 pesos a kilo at 48 subsidized outlets to families enrolled in its food support program.",
                "",
                "",
                "W",
            ),
            (
                "A spokesman for the state Economic Development Secretariat said there were no plans to change that price.",
                "A spokesman for the state Economic Development Secretariat",
                "said",
                "",
            ),
        ],
        [
            (
                "This article was updated at 4:10 p.m. on May 13 to include Profeco's corrected figure.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("With reporting by Diego Valdespino-Ash in Zapopan.", "", "", "B"),
        ],
        [
            ("Support independent English-language journalism in Mexico.", "", "", "B"),
            (
                "The Mexico Lowdown is funded by its readers, not by governments or parties.",
                "",
                "",
                "B",
            ),
            ("Subscribe from US $5 a month.", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Mexico City metro fare to stay at 5 pesos through 2028", "", "", "B"),
        ],
        [
            ("Avocado prices in Michoacán fall 18% as the harvest peaks", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 The Mexico Lowdown", "", "", "B"),
        ],
    ],
    [
        [
            ("depaulista.com.br", "", "", "B"),
        ],
        [
            (
                "São Paulo bus fare to rise to R$5.30 on January 6, the first increase in three years",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Bus subsidies reach R$6.9 billion in the city's 2028 budget; Metro and CPTM train fares go to R$5.40",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Fernanda Queiroz-Lindgren", "", "", "B"),
        ],
        [
            ("December 15, 2027", "", "", "B"),
        ],
        [
            ("6 min read", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            ("• City bus fare rises 30 centavos to R$5.30 from January 6", "", "", "W"),
        ],
        [
            ("• Monthly Bilhete Único pass goes from R$250 to R$265", "", "", "W"),
        ],
        [
            (
                "• City Hall says the rise is below inflation since the last increase",
                "São Paulo City Hall",
                "says",
                "W",
            ),
        ],
        [
            (
                "This summary was generated by an artificial intelligence tool and reviewed by our editors.",
                "",
                "",
                "B",
            ),
            ("Read the full text below.", "", "", "B"),
        ],
        [
            ("This article was first published in Portuguese.", "", "", "B"),
            (
                "It was translated with the help of AI tools and edited by the DEP English desk.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The bus fare in the city of São Paulo will rise from R$5.00 to R$5.30 on January 6, São Paulo City Hall said on Wednesday.",
                "São Paulo City Hall",
                "said",
                "W",
            ),
            ("It is the first increase in three years.", "", "", "W"),
        ],
        [
            (
                "City Hall said the 6% rise was below the 14.2% increase in the IPCA consumer price index since the last one, in January 2025.",
                "São Paulo City Hall",
                "said",
                "W",
            ),
            (
                "The fare is set by decree and does not need a vote in the City Council.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fares on the state-run Metro and CPTM commuter trains will go from R$5.20 to R$5.40 on the same day, the São Paulo state Transport Secretariat said.",
                "the São Paulo state Transport Secretariat",
                "said",
                "W",
            ),
            ("The integrated bus-and-rail fare will rise from R$8.90 to R$9.40.", "", "", "W"),
        ],
        [
            (
                "SPTrans, the municipal company that runs the bus system, first gave the start date as January 5 in a notice to operators on Monday.",
                "",
                "",
                "W",
            ),
            ("It corrected the date to January 6 on Tuesday.", "", "", "W"),
        ],
        [
            (
                "Read more: São Paulo bus operators ask for R$1.2 billion more in subsidies",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The city's 2028 budget sets aside R$6.9 billion to subsidize the bus system, up from R$6.1 billion this year.",
                "",
                "",
                "W",
            ),
            (
                "Fares cover about 44% of the system's costs, according to SPTrans.",
                "SPTrans",
                "according to",
                "W",
            ),
            (
                "Under the concession contracts, City Hall pays the bus companies per passenger carried, not per fare collected.",
                "",
                "",
                "W",
            ),
            (
                "Municipal transport secretary Gilberto Amaral-Nakamura said that without the increase the subsidy would have had to rise to R$7.6 billion.",
                "Gilberto Amaral-Nakamura",
                "said",
                "",
            ),
            (
                "“Every centavo we do not charge at the turnstile is a centavo we take from health or schools,” he told reporters at City Hall.",
                "Gilberto Amaral-Nakamura",
                "told reporters at City Hall",
                "",
            ),
        ],
        [
            (
                "The monthly Bilhete Único pass, which gives unlimited bus rides for 30 days, will go from R$250 to R$265.",
                "",
                "",
                "W",
            ),
            (
                "Passengers over 60 will still ride free, and students will keep paying half fare.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The largest of the city's bus concessionaires by fleet is controlled by Viação Tietê Participações S.A.",
                "",
                "",
                "W",
            ),
            ("Its shares rose 2.1% on the B3 exchange on Wednesday.", "", "", "W"),
            (
                "Analysts at Ipiranga Análise expect the fare increase to add 0.04 percentage points to the IPCA in January.",
                "Analysts at Ipiranga Análise",
                "expect",
                "",
            ),
        ],
        [
            (
                "Opposition city councillor Priscila Onofre-Batista called the increase “a tax on people who live far from their jobs.”",
                "Priscila Onofre-Batista",
                "called",
                "",
            ),
            (
                "She said the average bus commuter in São Paulo made 46 trips a month, according to the city's own origin-destination survey.",
                "Priscila Onofre-Batista",
                "said",
                "W",
            ),
            (
                "She said her party would file a bill to freeze fares for workers earning up to two minimum wages.",
                "Priscila Onofre-Batista",
                "said",
                "",
            ),
        ],
        [
            (
                "“Every centavo we do not charge at the turnstile is a centavo we take from health or schools.”",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Josué Albuquerque-Tan, a cleaner who commutes from Cidade Tiradentes to Pinheiros, said he spent two hours on three buses each way.",
                "Josué Albuquerque-Tan",
                "said",
                "",
            ),
            (
                "“Thirty centavos is nothing, they tell me,” he said.",
                "Josué Albuquerque-Tan",
                "said",
                "",
            ),
            ("“Multiply it by 46.”", "Josué Albuquerque-Tan", "said", ""),
        ],
        [
            (
                "The Zero Fare Collective has called a protest for 5 p.m. on Saturday, January 8, on Avenida Paulista.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Listen to Mercado em 5, DEP's daily markets podcast, on all audio platforms.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This content is protected by copyright and may not be reproduced.", "", "", "B"),
            (
                "Subscribers can share up to five articles a month with non-subscribers.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fernanda Queiroz-Lindgren covers infrastructure and concessions from DEP's São Paulo newsroom.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("https://lexsur.com.ar/en/consumer/cordoba-water-surcharge-void", "", "", "B"),
        ],
        [
            ("LEXSUR · Legal news from Argentina, in English", "", "", "B"),
        ],
        [
            ("Print   |   Close window", "", "", "B"),
        ],
        [
            ("Consumer law · Utilities · Córdoba", "", "", "B"),
        ],
        [
            (
                "Córdoba appeals court voids water utility's “infrastructure surcharge” and orders refunds with interest",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ARS 2,150 monthly charge was a tariff increase approved without a public hearing, the Fourth Chamber holds",
                "The Fourth Chamber of Civil and Commercial Appeals of Córdoba",
                "holds",
                "W",
            ),
        ],
        [
            ("By Dr. Valentina Etcheverry-Nash · 22 October 2027", "", "", "B"),
        ],
        [
            (
                "The Fourth Chamber of Civil and Commercial Appeals of Córdoba has declared void a monthly “infrastructure surcharge” of ARS 2,150 that the water utility Hidro Suquía S.A. added to household bills in the city of Córdoba from March 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ruling, dated 20 October 2027, was issued in “Usuarios Unidos de Córdoba c/ Hidro Suquía S.A. s/ amparo” (Expte. N° 10487215).",
                "",
                "",
                "W",
            ),
            ("The surcharge appeared on bills as “Cargo Obra Acueducto”.", "", "", "W"),
        ],
        [
            (
                "The chamber ordered the company to credit the surcharge back to about 410,000 account holders, with interest at the Central Bank's passive rate, within 60 working days.",
                "",
                "",
                "W",
            ),
            ("It also ordered Hidro Suquía S.A. to pay the costs of both instances.", "", "", "W"),
            ("The company holds the water concession for the city until 2037.", "", "", "W"),
        ],
        [
            (
                "The court found that the surcharge was in substance a tariff increase.",
                "The court",
                "found",
                "W",
            ),
            (
                "It rejected the company's argument that the consumer group had no standing to sue on behalf of all account holders.",
                "",
                "",
                "W",
            ),
            (
                "Under the provincial regulatory framework, a tariff increase may take effect only after a public hearing, and none was held, the court said.",
                "the court",
                "said",
                "W",
            ),
        ],
        [
            (
                "LexSur Pro subscribers can download the full text of the ruling (34 pages, in Spanish) and our annotated summary.",
                "",
                "",
                "B",
            ),
            ("Not a subscriber?", "", "", "B"),
            ("Start a 14-day free trial.", "", "", "B"),
        ],
        [
            (
                "Hidro Suquía had argued that the charge was a temporary levy to pay for a new aqueduct from the San Roque reservoir, not part of the tariff.",
                "Hidro Suquía S.A.",
                "had argued",
                "W",
            ),
            (
                "The court of first instance, Civil and Commercial Court N° 31, accepted that argument in December 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Writing for the majority, Judge Horacio Pellegrini-Oates wrote that a charge “does not stop being a tariff because the company gives it another name.”",
                "Horacio Pellegrini-Oates",
                "wrote",
                "W",
            ),
            ("The third judge, Mercedes Iriondo-Keane, dissented.", "", "", "W"),
            (
                "She wrote that the consumer group had not shown that any household had been unable to pay.",
                "Mercedes Iriondo-Keane",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "“A charge does not stop being a tariff because the company gives it another name.”",
                "",
                "",
                "B",
            ),
            ("— Judge Horacio Pellegrini-Oates", "", "", "B"),
        ],
        [
            (
                "Hidro Suquía S.A. said in a statement that it would appeal to the Superior Court of Justice of Córdoba.",
                "Hidro Suquía S.A.",
                "said in a statement",
                "",
            ),
            (
                "Under the provincial procedural code, an appeal to the Superior Court does not suspend the refund order unless that court grants a stay.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Usuarios Unidos de Córdoba, which brought the case in April 2026 on behalf of 212 households, said the surcharge had raised about ARS 16 billion by September.",
                "Usuarios Unidos de Córdoba",
                "said",
                "W",
            ),
            (
                "Its lawyer, Dr. Ignacio Sabatini-Rhys, said the ruling required the company to credit the refund on bills automatically, without a claim from each household.",
                "Ignacio Sabatini-Rhys",
                "said",
                "W",
            ),
            (
                "“The court has said what every family in Córdoba already knew,” he said.",
                "Ignacio Sabatini-Rhys",
                "said",
                "",
            ),
        ],
        [
            (
                "Households in the city pay an average of ARS 18,400 a month for water, according to the provincial regulator, ERSeP.",
                "ERSeP",
                "according to",
                "W",
            ),
            ("ERSeP said it was studying the ruling.", "ERSeP", "said", ""),
            (
                "It has called a public hearing on the utility's 2028 tariffs for 26 November in Córdoba.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sofía Lindner-Arce, who teaches administrative law at the National University of Córdoba, said the ruling was the first in the province to treat a surcharge on a utility bill as a tariff.",
                "Sofía Lindner-Arce",
                "said",
                "W",
            ),
            (
                "She said she expected the Superior Court to take at least a year to decide.",
                "Sofía Lindner-Arce",
                "said",
                "",
            ),
        ],
        [
            (
                "LEXSUR WEBINAR · Utility surcharges and consumer class actions after the Córdoba ruling · 5 November, 18:00 (GMT-3) · Free for Pro subscribers",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Editor's note: LexSur reported on the case when it was filed in April 2026.",
                "",
                "",
                "B",
            ),
            (
                "An earlier version of this article said the ruling was final; it can be appealed.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This article is for information only and does not constitute legal advice.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dr. Valentina Etcheverry-Nash is a lawyer admitted to the bar in Buenos Aires and LexSur's editor for consumer and regulatory law.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed on 23/10/2027, 09:14 from lexsur.com.ar", "", "", "B"),
        ],
        [
            ("© 2027 LexSur Editorial S.R.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Cordillera News app", "", "", "B"),
        ],
        [
            ("ANDES NEWSLINE · ENGLISH SERVICE", "", "", "B"),
        ],
        [
            (
                "Santiago gets 61 mm of rain in 24 hours; schools shut in 14 communes and 186,000 homes lose power",
                "",
                "",
                "W",
            ),
        ],
        [
            ("23 June 2027 · 08:55 CLT", "", "", "B"),
        ],
        [
            ("By Tomás Lagarrigue-Finn", "", "", "B"),
        ],
        [
            (
                "SANTIAGO, June 23 (Andes Newsline) – A frontal system dropped 61.4 millimetres of rain on Santiago in the 24 hours to 8 a.m. on Wednesday, the most in a single day since June 2023, the Chilean Meteorological Directorate said.",
                "the Chilean Meteorological Directorate",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Education Ministry suspended classes on Wednesday at all schools in 14 of the Santiago region's 52 communes.",
                "",
                "",
                "W",
            ),
            (
                "It said they would reopen on Thursday unless the regional government ordered otherwise by 6 p.m.",
                "The Education Ministry",
                "said",
                "W",
            ),
        ],
        [
            ("📷 1/8", "", "", "B"),
        ],
        [
            (
                "Cars drive through a flooded underpass on Avenida Kennedy in Vitacura on Wednesday.",
                "",
                "",
                "",
            ),
            ("(Andes Newsline/Catalina Undurraga)", "", "", "B"),
        ],
        [
            (
                "Distribuidora Maipo S.A. said 186,000 of its customers were without power at 7 a.m., most of them in the eastern communes of Las Condes, Lo Barnechea and La Reina.",
                "Distribuidora Maipo S.A.",
                "said",
                "W",
            ),
            (
                "It said falling trees had brought down lines in 312 places.",
                "Distribuidora Maipo S.A.",
                "said",
                "W",
            ),
            (
                "The company expects to restore power to 90% of them by midnight on Thursday.",
                "The company",
                "expects",
                "",
            ),
            (
                "Under rules set by the Superintendency of Electricity and Fuels, customers left without power for more than 20 hours in a row are entitled to compensation on their next bill.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senapred, the national disaster agency, sent an emergency alert through the SAE system to mobile phones in Lo Barnechea and San José de Maipo at 3:42 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The message told people living beside the Mapocho and Maipo rivers to leave their homes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 1,100 people spent the night in shelters, Senapred said.",
                "Senapred",
                "said",
                "W",
            ),
            (
                "It said 212 homes had been damaged in the region, 27 of them in Lo Barnechea.",
                "Senapred",
                "said",
                "W",
            ),
        ],
        [
            ("📷 2/8", "", "", "B"),
        ],
        [
            (
                "Firefighters help a woman out of a car stuck in floodwater in Peñalolén.",
                "",
                "",
                "",
            ),
            ("(Andes Newsline/Catalina Undurraga)", "", "", "B"),
        ],
        [
            ("📷 3/8", "", "", "B"),
        ],
        [
            (
                "A Metro worker pumps water out of the entrance to Príncipe de Gales station on Line 4.",
                "",
                "",
                "",
            ),
            ("(Andes Newsline/Catalina Undurraga)", "", "", "B"),
        ],
        [
            (
                "Santiago's Metro closed four stations on Line 4 between 5:15 a.m. and 9:30 a.m. because of water on the tracks, the operator said.",
                "the operator",
                "said",
                "W",
            ),
            (
                "The road to Farellones was closed to all traffic at midnight, the Public Works Ministry said.",
                "the Public Works Ministry",
                "said",
                "W",
            ),
            (
                "Thirty-four flights had been cancelled at Santiago's airport by 8 a.m., its operator said.",
                "its operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "The water company Sanitaria Mapocho said it had cut drinking water to about 40,000 customers in four communes because the Maipo river was carrying too much mud to treat.",
                "Sanitaria Mapocho",
                "said",
                "W",
            ),
            (
                "It said it had placed 60 water tanks in the affected streets, and that customers could find the nearest one on its website and in its app.",
                "Sanitaria Mapocho",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            (
                "Chile's central zone drops drought label after 14 years as reservoirs refill",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The mayor of Lo Barnechea, Rodrigo Errázuriz-Moat, said the commune had warned for years that the Mapocho's banks needed reinforcing.",
                "Rodrigo Errázuriz-Moat",
                "said",
                "",
            ),
            (
                "“We asked for this in 2023, and in 2024, and in 2025,” he told Andes Newsline.",
                "Rodrigo Errázuriz-Moat",
                "told Andes Newsline",
                "",
            ),
            ("“Now we are asking for boats.”", "Rodrigo Errázuriz-Moat", "told Andes Newsline", ""),
        ],
        [
            (
                "Inés Catrileo-Dunne, 58, said water had come up to her knees inside her house in La Dehesa before firefighters arrived.",
                "Inés Catrileo-Dunne",
                "said",
                "",
            ),
            (
                "“I had my papers in a plastic bag, like my mother taught me,” she said.",
                "Inés Catrileo-Dunne",
                "said",
                "",
            ),
        ],
        [
            (
                "The meteorological directorate expects another 25 to 35 millimetres by Friday.",
                "The meteorological directorate",
                "expects",
                "",
            ),
            (
                "Santiago gets about 310 millimetres of rain in an average year, according to the directorate.",
                "the directorate",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Listen to Chile in Five, our daily news podcast in English, in the Cordillera News app or wherever you get your podcasts.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "(Reporting by Tomás Lagarrigue-Finn and Constanza Pizarro-Okafor; editing by Howard Leclercq-Sáez)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get breaking-news alerts and the full gallery in the Cordillera News app: cordillera.news/app",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Agencia Cordillera S.A.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   MEDELIFE   🔍", "", "", "B"),
        ],
        [
            ("Home › News › City Hall", "", "", "B"),
        ],
        [
            (
                "Medellín's new pico y placa: motorcycles added and new digits from Monday, Feb. 7",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Written by Skylar Broadwater-Gaitán | Updated Jan 24, 2028", "", "", "B"),
        ],
        [
            ("This post may contain affiliate links.", "", "", "B"),
            (
                "If you buy through them, MedeLife may earn a small commission at no cost to you.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Private cars and, for the first time, motorcycles with engines over 125 cc will be banned from Medellín's streets from 5 a.m. to 8 p.m. on one weekday a week, depending on the last digit of their plates, under a decree the mayor signed on Friday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Decree 0117 of 2028 takes effect on Monday, Feb. 7, and runs until July 29.",
                "",
                "",
                "W",
            ),
            ("It replaces the rotation that has applied since August.", "", "", "W"),
        ],
        [
            ("💬 Join our WhatsApp channel for Medellín news in English, no spam.", "", "", "B"),
        ],
        [
            ("WHICH DIGITS CAN'T DRIVE WHEN (FROM FEB. 7)", "", "", "B"),
        ],
        [
            ("Monday: 6 and 9", "", "", "W"),
        ],
        [
            ("Tuesday: 5 and 7", "", "", "W"),
        ],
        [
            ("Wednesday: 1 and 8", "", "", "W"),
        ],
        [
            ("Thursday: 0 and 2", "", "", "W"),
        ],
        [
            ("Friday: 3 and 4", "", "", "W"),
        ],
        [
            (
                "The fine for driving on your day is COP 711,750, and transit police can tow the vehicle.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The fine did not change.", "", "", "W"),
        ],
        [
            (
                "Electric and hybrid cars, taxis, buses and vehicles carrying a person with a disability are exempt under the decree.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The Secretary of Mobility, Juliana Restrepo-Haddad, said adding motorcycles was “the hardest decision of this administration, and the right one.”",
                "Juliana Restrepo-Haddad",
                "said",
                "",
            ),
            (
                "She said Medellín had about 1.1 million registered motorcycles, more than its 720,000 cars.",
                "Juliana Restrepo-Haddad",
                "said",
                "W",
            ),
            (
                "Motorcycle riders made up 58% of the people killed on the city's roads in 2027, she said.",
                "Juliana Restrepo-Haddad",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Medellín's Metro fares for 2028, explained", "", "", "B"),
        ],
        [
            (
                "The city's air quality network, SIATA, recorded fine-particle levels above the national limit on 11 days last year, all of them in March and October.",
                "",
                "",
                "W",
            ),
            (
                "Restrepo-Haddad said she expected the motorcycle rule to cut traffic at peak hours by about 12%.",
                "Juliana Restrepo-Haddad",
                "said",
                "",
            ),
        ],
        [
            (
                "A motorcycle couriers' group, Mensajeros Unidos de Antioquia, said the rule would cost its members a day's pay every week.",
                "Mensajeros Unidos de Antioquia",
                "said",
                "",
            ),
            (
                "It said about 9,000 of its 14,000 members rode bikes of more than 125 cc.",
                "Mensajeros Unidos de Antioquia",
                "said",
                "W",
            ),
            (
                "The group plans a ride-in protest on Avenida Oriental on Wednesday.",
                "The group",
                "plans",
                "",
            ),
        ],
        [
            (
                "Drivers can get the day's restricted digits by text message by subscribing to the Secretariat of Mobility's free SMS service: text PICO to 85432.",
                "",
                "",
                "W",
            ),
            (
                "The service had 96,000 subscribers at the end of 2027, the secretariat said.",
                "the secretariat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Derek Ambrose-Villa, a retired teacher from Ohio who has lived in Laureles since 2021, said he sold his car last year and has not missed it.",
                "Derek Ambrose-Villa",
                "said",
                "",
            ),
            (
                "“Between the Metro, the Metroplús and my legs, I'm fine,” he said.",
                "Derek Ambrose-Villa",
                "said",
                "",
            ),
            ("“My neighbor with the motorcycle is less fine.”", "Derek Ambrose-Villa", "said", ""),
        ],
        [
            (
                "Foreign-plated cars are also covered by the rule, and a rental car is restricted by its own plate.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Medellín Expat Meetup · Thursday, Jan. 27, 7 p.m. · Provenza, El Poblado · COP 30,000 incl. your first drink · Get tickets",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Skylar Broadwater-Gaitán moved to Medellín in 2019 and has written about the city's transport, visas and neighborhoods ever since.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Like what we do?", "", "", "B"),
            ("MedeLife is free and always will be.", "", "", "B"),
            ("Support us on Patreon from US $3 a month.", "", "", "B"),
        ],
        [
            ("12 Comments", "", "", "B"),
        ],
        [
            ("Comment policy: Be kind and stay on topic.", "", "", "B"),
            (
                "Comments with links or insults are deleted, and all comments are checked before they appear.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Marisol V.: Finally!", "", "", "B"),
            ("The motos on Las Palmas at 6 p.m. are insane.", "", "", "B"),
        ],
        [
            ("© 2028 MedeLife Contenidos S.A.S.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "The Sunday Whistle: Miraflores win the clásico, but their stadium is shut for two games",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Costa Verde Fútbol <whistle@costaverdefutbol.pe>", "", "", "B"),
        ],
        [
            ("Sun 19/09/2027 07:00", "", "", "B"),
        ],
        [
            ("To: You", "", "", "B"),
        ],
        [
            ("Having trouble reading this email?", "", "", "B"),
            ("View it in your browser.", "", "", "B"),
        ],
        [
            ("THE SUNDAY WHISTLE · Peruvian football, in English · Issue 118", "", "", "B"),
        ],
        [
            ("SPONSORED · Brought to you by Chalaca Cerveza Artesanal.", "", "", "B"),
            ("Drink responsibly.", "", "", "B"),
        ],
        [
            ("Good morning, and welcome back.", "", "", ""),
            (
                "It was a strange night in Lima: a derby win, a flare on the pitch and a stadium that will sit empty for the next two home games.",
                "",
                "",
                "",
            ),
        ],
        [
            ("DEPORTIVO MIRAFLORES 2-1 UNIÓN CALLAO", "", "", "W"),
        ],
        [
            (
                "Deportivo Miraflores beat Unión Callao 2-1 at the Estadio Nacional on Saturday night to move top of the Clausura table on goal difference.",
                "",
                "",
                "W",
            ),
            (
                "Both of Miraflores' goals came from the Uruguayan forward Matías Ferrando-Quispe, in the 38th and 71st minutes.",
                "",
                "",
                "W",
            ),
            (
                "Callao's goal was a penalty scored by the captain, Jhonatan Huamaní-Corbin, in the 55th minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The match was stopped for 14 minutes in the second half after fans in the south stand threw flares onto the pitch.",
                "",
                "",
                "W",
            ),
            (
                "The referee, Aldo Mejía-Sotomayor, took the players off at the 63rd minute, according to his match report.",
                "his match report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The league's disciplinary commission on Saturday night ordered Miraflores to play its next two home matches behind closed doors and fined the club S/ 28,000.",
                "",
                "",
                "W",
            ),
            (
                "Under the league's rules, a club whose fans throw flares or fireworks onto the pitch twice in a season can be made to play without fans for up to three matches.",
                "",
                "",
                "W",
            ),
            (
                "It was the second time this season, the commission said.",
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Miraflores said in a statement that it would appeal.",
                "Deportivo Miraflores",
                "said in a statement",
                "",
            ),
            (
                "“We will not let 30 people punish 30,000,” the club's president, Gonzalo Tello-Brandt, said on the club's podcast, Blanquiazul en Vivo.",
                "Gonzalo Tello-Brandt",
                "said on the club's podcast, Blanquiazul en Vivo",
                "",
            ),
            (
                "He said the club had identified 11 of the fans from camera footage and banned them from the stadium for life.",
                "Gonzalo Tello-Brandt",
                "said",
                "W",
            ),
        ],
        [
            (
                "🎧 New episode: The Sunday Whistle Pod breaks down the clásico with former Callao keeper Bruno Salcedo-Wray.",
                "",
                "",
                "B",
            ),
            ("Listen on Spotify or Apple Podcasts.", "", "", "B"),
        ],
        [
            (
                "Season tickets, or abonos, for the rest of Miraflores' Clausura home games go on sale on Monday at S/ 380 for the south stand and S/ 650 for the west stand.",
                "",
                "",
                "W",
            ),
            (
                "The club said holders would get a refund for the two closed-door matches.",
                "The club",
                "said",
                "",
            ),
            (
                "Attendance on Saturday was 31,240, according to the league.",
                "the league",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Callao's coach, Ricardo Palomino-Hurst, said his team had “played the better football and lost the match.”",
                "Ricardo Palomino-Hurst",
                "said",
                "",
            ),
            (
                "“You do not get points for possession,” he said.",
                "Ricardo Palomino-Hurst",
                "said",
                "",
            ),
        ],
        [
            ("CLAUSURA TABLE, TOP FOUR", "", "", "B"),
        ],
        [
            ("Pos | Team | Pld | Pts | GD", "", "", "B"),
        ],
        [
            ("1 | Deportivo Miraflores | 9 | 20 | +9", "", "", ""),
        ],
        [
            ("2 | Atlético Rímac | 9 | 20 | +6", "", "", ""),
        ],
        [
            ("3 | Unión Callao | 9 | 17 | +4", "", "", ""),
        ],
        [
            ("4 | Chancay FC | 8 | 16 | +5", "", "", ""),
        ],
        [
            ("Source: Liga de Fútbol Profesional del Perú", "", "", "B"),
        ],
        [
            (
                "Our pick of the week: Ferrando-Quispe's second goal, a volley from the edge of the box that he did not even look at.",
                "",
                "",
                "",
            ),
            (
                "If Miraflores were anyone else's team, we would call it the goal of the season.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Next Saturday, Miraflores play Chancay FC in Huaral at 3.30 p.m.", "", "", "W"),
            (
                "Callao host Atlético Rímac at the Estadio Miguel Grau on Sunday at 1 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Enjoying The Sunday Whistle?", "", "", "B"),
            ("Forward it to a friend, or sign up at costaverdefutbol.pe/whistle.", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you subscribed at costaverdefutbol.pe.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe · Update your preferences", "", "", "B"),
        ],
        [
            ("Costa Verde Fútbol S.A.C., Av. José Larco 1150, Miraflores, Lima, Peru", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   THE LIGUANEA TRIBUNE   🔍   Subscribe", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "NWC to restrict water in Corporate Area from Monday as Hermitage Dam falls to 41%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Some communities will get piped water only every other day; Mona Reservoir at 38% of capacity",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kadian Ellington-Ramsay/Senior Staff Reporter", "", "", "B"),
        ],
        [
            ("Published: Friday | August 6, 2027 | 12:14 AM", "", "", "B"),
        ],
        [
            ("📲 Follow The Liguanea Tribune on WhatsApp for breaking news.", "", "", "B"),
        ],
        [
            ("🎧 Listen · 4:38", "", "", "B"),
        ],
        [
            (
                "The National Water Commission (NWC) will restrict piped water to more than 80 communities in Kingston and St Andrew from Monday, August 9, because of low levels in the two reservoirs that supply most of the Corporate Area.",
                "",
                "",
                "W",
            ),
            (
                "The Hermitage Dam was at 41% of capacity and the Mona Reservoir at 38% on Thursday, the NWC said.",
                "the National Water Commission",
                "said",
                "W",
            ),
            (
                "Both are normally above 70% in early August, it said.",
                "the National Water Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the restrictions, communities on the Hermitage system will get water on alternate days, from 5 a.m. to 7 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Customers on the Mona system will have their supply cut from 9 p.m. to 5 a.m. every night.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The NWC's corporate communications manager, Andrea Pusey-Lindo, said the commission would review the schedule every two weeks.",
                "Andrea Pusey-Lindo",
                "said",
                "",
            ),
            (
                "“If we get good rain in the Blue Mountains, people will see the difference quickly,” she said.",
                "Andrea Pusey-Lindo",
                "said",
                "",
            ),
            ("“If we don't, this could go on until October.”", "Andrea Pusey-Lindo", "said", ""),
        ],
        [
            (
                "Customers can get their community's schedule by texting the word SCHEDULE and their community's name to 8392, or on the NWC's website.",
                "",
                "",
                "W",
            ),
            (
                "The text service is free on all mobile networks, the commission said.",
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            ("SPONSORED CONTENT", "", "", "B"),
        ],
        [
            ("Beat the drought: 5 ways to store water safely at home", "", "", "B"),
        ],
        [
            (
                "Under the Water Restriction Order, customers may not use hoses to wash cars or water lawns while it is in force.",
                "",
                "",
                "W",
            ),
            (
                "A customer found breaking the order twice can have the supply disconnected.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Meteorological Service of Jamaica said rainfall in St Andrew from May to July was 46% of the long-term average.",
                "The Meteorological Service of Jamaica",
                "said",
                "W",
            ),
            (
                "It expects below-normal rainfall to continue into September.",
                "The Meteorological Service of Jamaica",
                "expects",
                "",
            ),
        ],
        [
            (
                "Sign up for the Tribune Early Edition: the day's top stories in your inbox by 6 a.m.",
                "",
                "",
                "B",
            ),
            ("It's free.", "", "", "B"),
        ],
        [
            (
                "The NWC said it would send water trucks to hospitals, schools and infirmaries in the affected areas.",
                "the National Water Commission",
                "said",
                "W",
            ),
            (
                "Residents of communities on higher ground, such as Red Hills and Stony Hill, should store water on the days they have supply, it said.",
                "the National Water Commission",
                "said",
                "",
            ),
        ],
        [
            (
                "Councillor for the Papine division, Omar Thwaites-Bernard, said some residents of August Town had not had water for four days already.",
                "Omar Thwaites-Bernard",
                "said",
                "W",
            ),
            (
                "“They are telling people to store water,” he said.",
                "Omar Thwaites-Bernard",
                "said",
                "",
            ),
            ("“Store it in what, and where?”", "Omar Thwaites-Bernard", "said", ""),
        ],
        [
            (
                "Hyacinth Blackwood-Ennis, 67, of Mona Heights, said she had filled every pot, bucket and drum in her house.",
                "Hyacinth Blackwood-Ennis",
                "said",
                "",
            ),
            ("“Me used to this,” she said.", "Hyacinth Blackwood-Ennis", "said", ""),
            ("“2014 was worse.”", "Hyacinth Blackwood-Ennis", "said", ""),
        ],
        [
            (
                "Water restrictions were last imposed in the Corporate Area in 2023 and lasted 11 weeks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Send us your feedback to letters@liguaneatribune.com.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
            ("The Liguanea Tribune welcomes comments on its stories.", "", "", "B"),
            (
                "Comments are moderated, may take up to 24 hours to appear and must not contain abuse or personal attacks.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 The Liguanea Tribune Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("STV NEWS · Trinidad and Tobago", "", "", "B"),
        ],
        [
            (
                "Home   Local   Tobago   Business   Sport   Entertainment   Watch Live   |   Search",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local", "", "", "B"),
        ],
        [
            (
                "Fast ferry out for three weeks; Tobago sailings cut from eight to five a day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shivani Rampersad-Clarke", "", "", "B"),
        ],
        [
            ("Tuesday, July 27, 2027 at 6:12 PM", "", "", "B"),
        ],
        [
            ("Share   Facebook   WhatsApp   X   Copy link", "", "", "B"),
        ],
        [
            ("▶ WATCH", "", "", "B"),
        ],
        [
            (
                "Passengers queue at the Port of Spain ferry terminal on Tuesday morning.",
                "",
                "",
                "",
            ),
            ("Video: STV News · 2:14", "", "", "B"),
        ],
        [
            (
                "The Port Authority of Trinidad and Tobago (PATT) has taken the fast ferry MV Bacolet Star out of service for at least three weeks after a fault in one of its four engines, cutting daily sailings between Port of Spain and Scarborough from eight to five.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "PATT said the fault was found during a routine inspection on Sunday night.",
                "The Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
            (
                "The reduced schedule takes effect on Wednesday and will run until at least August 18, it said.",
                "The Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
        ],
        [
            (
                "A notice posted on the authority's Facebook page on Monday gave the first sailing from Port of Spain as 6.30 a.m.",
                "",
                "",
                "W",
            ),
            (
                "The authority said on Tuesday that the notice was wrong and the boat leaves at 6 a.m.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Passengers who booked online for a cancelled sailing will get an email and a text message with a new sailing time, PATT said.",
                "The Port Authority of Trinidad and Tobago",
                "said",
                "W",
            ),
            (
                "Those who want a refund instead can apply at the ticket offices in Port of Spain and Scarborough until August 31.",
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
                "PATT's general manager, Curtis Gopeesingh-Alleyne, said a replacement part for the engine was being shipped from Norway and would arrive on August 9.",
                "Curtis Gopeesingh-Alleyne",
                "said",
                "W",
            ),
            (
                "“We will not sail a vessel we are not satisfied is safe,” he said.",
                "Curtis Gopeesingh-Alleyne",
                "said",
                "",
            ),
            ("“Not for Tobago, not for anybody.”", "Curtis Gopeesingh-Alleyne", "said", ""),
        ],
        [
            (
                "The Bacolet Star, built in 2016, carries up to 900 passengers and 200 vehicles.",
                "",
                "",
                "W",
            ),
            ("A one-way adult ticket on the fast ferry costs TT$50.", "", "", "W"),
        ],
        [
            ("Gallery · 6 photos", "", "", "B"),
        ],
        [
            ("1 / 6", "", "", "B"),
        ],
        [
            ("A crew member ties up the MV Speyside Express at Scarborough.", "", "", ""),
            ("Photo: Jerome Alcalá-Greaves/STV News", "", "", "B"),
        ],
        [
            (
                "The Tobago House of Assembly's Secretary of Tourism, Charmaine Roberts-Thackeray, said hotels in Tobago were 74% booked for August.",
                "Charmaine Roberts-Thackeray",
                "said",
                "W",
            ),
            (
                "She said the THA would ask the Ministry of Works and Transport to lease a replacement vessel for the rest of the month.",
                "Charmaine Roberts-Thackeray",
                "said",
                "",
            ),
        ],
        [
            (
                "Toucan Air said it would add four return flights a day between Piarco International Airport and A.N.R. Robinson International Airport from Thursday.",
                "Toucan Air",
                "said",
                "W",
            ),
            ("Its one-way fare is TT$200, it said.", "Toucan Air", "said", "W"),
        ],
        [
            (
                "Kerwin Mohammed-Lashley, a doubles vendor from Chaguanas who sells in Scarborough at weekends, said he waited four hours at the terminal on Monday.",
                "Kerwin Mohammed-Lashley",
                "said",
                "",
            ),
            ("“Every August is the same story,” he said.", "Kerwin Mohammed-Lashley", "said", ""),
            ("“Is only the name of the boat that changes.”", "Kerwin Mohammed-Lashley", "said", ""),
        ],
        [
            (
                "It is the third time this year a fast ferry has been taken out of service.",
                "",
                "",
                "W",
            ),
            (
                "The Speyside Express was out for 12 days in March and for six days in May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Catch STV News at 7 weeknights on Channel 9 and on the STV+ app.", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Tobago hoteliers want a second cargo ferry before Carnival", "", "", "B"),
        ],
        [
            ("Port of Spain terminal gets new ticket gates", "", "", "B"),
        ],
        [
            (
                "Comment rules: STV News does not publish comments that are abusive, off-topic or defamatory.",
                "",
                "",
                "B",
            ),
            ("Comments are the views of their writers, not of STV.", "", "", "B"),
        ],
        [
            ("© 2027 Savannah Broadcasting Network Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("lighthousefm.gy", "", "", "B"),
        ],
        [
            (
                "Lamaha Gardens Primary pupils to start school year in church hall as roof repairs run late",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Lighthouse FM Newsroom", "", "", "B"),
        ],
        [
            ("September 5, 2027", "", "", "B"),
        ],
        [
            ("🔴 Listen live: Lighthouse FM 98.9", "", "", "B"),
        ],
        [
            (
                "About 540 pupils of Lamaha Gardens Primary School in Georgetown will begin the new school year in a church hall and in classrooms borrowed from a nearby school because repairs to their school's roof are not finished, the Ministry of Education said on Sunday.",
                "the Ministry of Education",
                "said",
                "W",
            ),
        ],
        [
            ("School opens on Monday, September 6.", "", "", "W"),
        ],
        [
            (
                "Grades one to three will be taught at the St Sidwell's Anglican church hall, and grades four to six at Bel Air Primary in the afternoon shift, from 12.30 p.m. to 4.30 p.m., the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            ("Bel Air Primary's own pupils will keep the morning shift.", "", "", "W"),
        ],
        [
            ("WHERE LAMAHA GARDENS PUPILS WILL BE", "", "", "B"),
        ],
        [
            ("Grades 1–3: St Sidwell's Anglican church hall, 8 a.m. to 2 p.m.", "", "", "W"),
        ],
        [
            ("Grades 4–6: Bel Air Primary, 12.30 p.m. to 4.30 p.m.", "", "", "W"),
        ],
        [
            (
                "The ministry signed a G$48.6 million contract with Essequibo Build & Supply Inc. in May to replace the roof and ceilings of the school's two-storey building.",
                "",
                "",
                "W",
            ),
            ("Under the contract, the work was due to be finished on August 20.", "", "", "W"),
            (
                "It is the company's third contract with the ministry since 2024, according to the National Procurement and Tender Administration's website.",
                "the National Procurement and Tender Administration's website",
                "according to",
                "W",
            ),
            (
                "The roof was damaged by high winds in March, when two classrooms had to be closed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "This story was first broadcast on Lighthouse FM's 6 p.m. news on Sunday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Minister of Education, Latoya Persaud-Greenidge, said the delay was “unacceptable” and that the contractor had been told so in writing.",
                "Latoya Persaud-Greenidge",
                "said",
                "",
            ),
            (
                "She said the contract allowed the ministry to deduct G$75,000 for every day the work ran late.",
                "Latoya Persaud-Greenidge",
                "said",
                "W",
            ),
            (
                "“We will be deducting every dollar of it,” she told reporters at the ministry's Brickdam offices.",
                "Latoya Persaud-Greenidge",
                "told reporters at the ministry's Brickdam offices",
                "",
            ),
        ],
        [
            (
                "Essequibo Build & Supply Inc. said in a statement that heavy rain in July had held up the work for 19 days.",
                "Essequibo Build & Supply Inc.",
                "said in a statement",
                "W",
            ),
            (
                "The company expects to hand over the building by October 1.",
                "The company",
                "expects",
                "",
            ),
        ],
        [
            ("Get our headlines on WhatsApp: send NEWS to 600-5555.", "", "", "B"),
        ],
        [
            (
                "Headteacher Sharmila Baksh-Fordyce has led the school since 2019 and taught there for 22 years before that.",
                "",
                "",
                "",
            ),
            (
                "She said the staff had spent Saturday carrying desks, books and a piano across the road to the church hall.",
                "Sharmila Baksh-Fordyce",
                "said",
                "",
            ),
            (
                "She said the church was charging the school nothing for the hall.",
                "Sharmila Baksh-Fordyce",
                "said",
                "W",
            ),
            ("“The children will be fine,” she said.", "Sharmila Baksh-Fordyce", "said", ""),
            ("“It's the parents I'm worried about.”", "Sharmila Baksh-Fordyce", "said", ""),
        ],
        [
            (
                "Rohan DaSilva-Mentore, whose daughter is in grade five, said the afternoon shift meant she would not get home before 5 p.m.",
                "Rohan DaSilva-Mentore",
                "said",
                "",
            ),
            ("“Who is minding her from 7 to 12?” he asked.", "Rohan DaSilva-Mentore", "asked", ""),
        ],
        [
            (
                "The school's parent-teacher association said 61 parents had signed a letter to the ministry asking for all pupils to be kept in one place.",
                "The school's parent-teacher association",
                "said",
                "W",
            ),
        ],
        [
            (
                "The school-feeding programme will continue at both sites, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "Pupils in the afternoon shift will get their meal at 12.30 p.m. instead of 11 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Georgetown Teachers' Council said four other schools in the city had roof or ceiling works that were not finished before the new term.",
                "The Georgetown Teachers' Council",
                "said",
                "W",
            ),
            (
                "It named Sophia Primary, North Ruimveldt Multilateral, Tucville Primary and Queenstown Secondary.",
                "The Georgetown Teachers' Council",
                "named",
                "W",
            ),
        ],
        [
            (
                "The ministry did not respond to questions about those schools.",
                "The ministry",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "This story has been updated with comments from the Ministry of Education.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related: Region Four schools get 1,200 new desks ahead of September term",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lighthouse FM is part of the Coastal Broadcasting Network.", "", "", "B"),
        ],
        [
            ("© Lighthouse FM 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("mesetaobserver.cr/amp/health/dengue-limon-alert", "", "", "B"),
        ],
        [
            ("MESETA OBSERVER · Costa Rica news in English since 2004", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Dengue cases up 63% as Health Ministry declares alert in three Limón cantons",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Limón province accounts for 41% of the country's 5,120 cases so far this year",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Adriana Chavarría-Wexler · July 30, 2027", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            (
                "The Health Ministry has declared a health alert for dengue in the cantons of Limón, Matina and Talamanca after cases in the province rose faster than anywhere else in the country.",
                "",
                "",
                "W",
            ),
            ("It is the first dengue alert in the province since 2019.", "", "", "W"),
        ],
        [
            (
                "Costa Rica recorded 5,120 dengue cases in the first 29 weeks of 2027, up 63% from the same period last year, according to the ministry's epidemiological bulletin published on Tuesday.",
                "the ministry's epidemiological bulletin published on Tuesday",
                "according to",
                "W",
            ),
            ("Limón province accounted for 2,100 of them.", "", "", "W"),
            (
                "Two people have died of dengue this year, both in Talamanca, the bulletin said.",
                "the ministry's epidemiological bulletin published on Tuesday",
                "said",
                "W",
            ),
        ],
        [
            ("Meseta Observer is reader-supported.", "", "", "B"),
            ("Our health reporting is free to read because members pay for it.", "", "", "B"),
            ("Become a member from $4 a month.", "", "", "B"),
        ],
        [
            (
                "Under the alert, the ministry can order the owners of vacant lots and abandoned buildings to clear standing water within 48 hours and fine those who do not.",
                "",
                "",
                "W",
            ),
            (
                "Fumigation brigades will work in the three cantons every day until at least August 27, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The ministry's head of health surveillance, Dr. Esteban Marín-Lockhart, said the rise was driven by heavy rain in June and by the DENV-3 serotype, which had not circulated widely in the province for years.",
                "Esteban Marín-Lockhart",
                "said",
                "W",
            ),
            (
                "“A lot of young people in Limón have never had this type, so they have no protection against it,” he said.",
                "Esteban Marín-Lockhart",
                "said",
                "",
            ),
            (
                "“The mosquito does not need much: a bottle cap of water is enough,” he said.",
                "Esteban Marín-Lockhart",
                "said",
                "",
            ),
            (
                "He said 38% of the cases confirmed in the province this year were DENV-3.",
                "Esteban Marín-Lockhart",
                "said",
                "W",
            ),
        ],
        [
            (
                "Related: Costa Rica to start dengue vaccination for 10- to 14-year-olds in 2028",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The ministry publishes case counts every Tuesday in its epidemiological bulletin.",
                "",
                "",
                "W",
            ),
            (
                "Anyone can get the bulletin by email by signing up on the ministry's website.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Costa Rican Social Security Fund (CCSS) said its clinics in Limón, Matina and Talamanca would stay open until 10 p.m. on weekdays during the alert.",
                "The Costa Rican Social Security Fund",
                "said",
                "W",
            ),
            (
                "Tony Facio Hospital in Limón has set aside 24 beds for dengue patients, the CCSS said.",
                "The Costa Rican Social Security Fund",
                "said",
                "W",
            ),
        ],
        [
            ("Sign up for Pura Vida Friday, our free weekly newsletter.", "", "", "B"),
            ("It's the week's Costa Rica news in five minutes.", "", "", "B"),
        ],
        [
            (
                "Yorleny Brenes-Oduya, who runs a guesthouse in Puerto Viejo, said two of her guests had caught dengue in July.",
                "Yorleny Brenes-Oduya",
                "said",
                "",
            ),
            ("“They were very kind about it,” she said.", "Yorleny Brenes-Oduya", "said", ""),
            (
                "“But they will not write it in their reviews, I hope.”",
                "Yorleny Brenes-Oduya",
                "said",
                "",
            ),
            (
                "She said she now empties every flower pot and bucket on the property twice a week.",
                "Yorleny Brenes-Oduya",
                "said",
                "",
            ),
        ],
        [
            (
                "Limón's hotel chamber said occupancy in the Caribbean region was 58% in July, against 66% a year earlier.",
                "Limón's hotel chamber",
                "said",
                "W",
            ),
            ("It said it was too early to blame dengue.", "Limón's hotel chamber", "said", ""),
        ],
        [
            (
                "Dengue is spread by the Aedes aegypti mosquito, which breeds in standing water.",
                "",
                "",
                "W",
            ),
            (
                "The ministry recommends that people with a fever, pain behind the eyes or a rash see a doctor and avoid taking ibuprofen or aspirin.",
                "The ministry",
                "recommends",
                "",
            ),
            (
                "Residents can report standing water or a neighbor's uncleared lot to the ministry on its WhatsApp line, which is listed on its website.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The last large outbreak in the province, in 2020, had about 1,300 cases by the end of July.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("🎙 Listen to The Meseta Observer Podcast: new episodes every Monday.", "", "", "B"),
        ],
        [
            (
                "Adriana Chavarría-Wexler reports on health and the environment from Limón.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Editor's note: Meseta Observer's health coverage is supported in part by a grant from a foundation that has no say over what we publish.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("© 2027 Meseta Observer", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n185-us-pm-ends",
        "The hearing starts at 6 p.m. Parents can sign up to speak at the door.",
        ["The hearing starts at 6 p.m.", "Parents can sign up to speak at the door."],
    ),
    (
        "n185-us-own-correction",
        "Correction: An earlier version of this story gave the wrong date for the vote. It was held on Feb. 9.",
        [
            "Correction: An earlier version of this story gave the wrong date for the vote.",
            "It was held on Feb. 9.",
        ],
    ),
    (
        "n185-us-read-more-question",
        "Read more: Why are Dayton's schools emptying? We asked 40 families.",
        ["Read more: Why are Dayton's schools emptying?", "We asked 40 families."],
    ),
    (
        "n185-us-501c3-mid",
        "The Beacon is a 501(c)(3) nonprofit newsroom in Dayton, Ohio.",
        ["The Beacon is a 501(c)(3) nonprofit newsroom in Dayton, Ohio."],
    ),
    (
        "n185-ca-ns-mid",
        "Digby's clinic reports to N.S. Health and to the Department of Health and Wellness.",
        ["Digby's clinic reports to N.S. Health and to the Department of Health and Wellness."],
    ),
    (
        "n185-ca-story-continues",
        "Story continues below advertisement. The province has 38 emergency departments.",
        ["Story continues below advertisement.", "The province has 38 emergency departments."],
    ),
    (
        "n185-mx-decimal-pesos",
        "A kilo cost 25.80 pesos on average. The survey covered 212 shops.",
        ["A kilo cost 25.80 pesos on average.", "The survey covered 212 shops."],
    ),
    (
        "n185-mx-question-no-attribution",
        "“Where else will they buy them?” She shrugged and went back to the griddle.",
        ["“Where else will they buy them?”", "She shrugged and went back to the griddle."],
    ),
    (
        "n185-br-sa-ends",
        "The line is run by Viação Anhangabaú S.A. Its contract ends in 2031.",
        ["The line is run by Viação Anhangabaú S.A.", "Its contract ends in 2031."],
    ),
    (
        "n185-br-reais",
        "The monthly pass costs R$265. Students pay half.",
        ["The monthly pass costs R$265.", "Students pay half."],
    ),
    (
        "n185-br-ai-disclaimer",
        "This summary was generated by AI and reviewed by our editors. Read the full text below.",
        [
            "This summary was generated by AI and reviewed by our editors.",
            "Read the full text below.",
        ],
    ),
    (
        "n185-ar-expte-mid",
        "The case was filed as Expte. N° 3317/2026 in the city of Córdoba.",
        ["The case was filed as Expte. N° 3317/2026 in the city of Córdoba."],
    ),
    (
        "n185-ar-srl-ends",
        "The study was prepared by Estudio Calchaquí S.R.L. The firm did not comment.",
        ["The study was prepared by Estudio Calchaquí S.R.L.", "The firm did not comment."],
    ),
    (
        "n185-ar-dr-lic-mid",
        "Dr. Inés Garzón-Whitby and Lic. Pablo Ferrer-Acuña signed the brief for the consumers.",
        ["Dr. Inés Garzón-Whitby and Lic. Pablo Ferrer-Acuña signed the brief for the consumers."],
    ),
    (
        "n185-cl-dateline-mid",
        "SANTIAGO, June 24 (Andes Newsline) – Classes resumed in 11 communes on Thursday.",
        ["SANTIAGO, June 24 (Andes Newsline) – Classes resumed in 11 communes on Thursday."],
    ),
    (
        "n185-cl-am-ends",
        "The alert reached phones at 3:42 a.m. Most people were asleep.",
        ["The alert reached phones at 3:42 a.m.", "Most people were asleep."],
    ),
    (
        "n185-co-incl-mid",
        "Tickets cost COP 30,000 incl. a drink at the door of the bar in Laureles.",
        ["Tickets cost COP 30,000 incl. a drink at the door of the bar in Laureles."],
    ),
    (
        "n185-co-sas-ends",
        "The site is owned by Laureles Digital S.A.S. It has no paywall.",
        ["The site is owned by Laureles Digital S.A.S.", "It has no paywall."],
    ),
    (
        "n185-pe-sac-ends",
        "The stadium is managed by Gestión Deportiva Lima S.A.C. It seats 40,000.",
        ["The stadium is managed by Gestión Deportiva Lima S.A.C.", "It seats 40,000."],
    ),
    (
        "n185-pe-av-mid",
        "The club's shop on Av. Arequipa opens at 10 a.m. on Monday.",
        ["The club's shop on Av. Arequipa opens at 10 a.m. on Monday."],
    ),
    (
        "n185-pe-soles",
        "The fine was S/ 28,000. The club will appeal.",
        ["The fine was S/ 28,000.", "The club will appeal."],
    ),
    (
        "n185-jm-st-mid",
        "Supply to St. Andrew and St. Catherine will be cut from 9 p.m. every night.",
        ["Supply to St. Andrew and St. Catherine will be cut from 9 p.m. every night."],
    ),
    (
        "n185-jm-ltd-ends",
        "The pipes were laid by Yallahs Pipeline Contractors Ltd. The company was paid J$412 million.",
        [
            "The pipes were laid by Yallahs Pipeline Contractors Ltd.",
            "The company was paid J$412 million.",
        ],
    ),
    (
        "n185-tt-anr-mid",
        "Extra flights land at A.N.R. Robinson International Airport in Crown Point.",
        ["Extra flights land at A.N.R. Robinson International Airport in Crown Point."],
    ),
    (
        "n185-tt-am-ends",
        "The first ferry leaves at 6 a.m. The notice gave 6.30 a.m. by mistake.",
        ["The first ferry leaves at 6 a.m.", "The notice gave 6.30 a.m. by mistake."],
    ),
    (
        "n185-tt-quote-then-act",
        "“Is the same story every August.” He laughed and picked up his cooler.",
        ["“Is the same story every August.”", "He laughed and picked up his cooler."],
    ),
    (
        "n185-gy-inc-ends",
        "The roof was replaced by Corentyne Roofs Inc. The work took 11 weeks.",
        ["The roof was replaced by Corentyne Roofs Inc.", "The work took 11 weeks."],
    ),
    (
        "n185-gy-shift-times-mid",
        "Classes run from 12.30 p.m. to 4.30 p.m. at the borrowed school.",
        ["Classes run from 12.30 p.m. to 4.30 p.m. at the borrowed school."],
    ),
    (
        "n185-cr-newsletter-pitch",
        "Sign up for our free newsletter. It arrives every Friday at 7 a.m.",
        ["Sign up for our free newsletter.", "It arrives every Friday at 7 a.m."],
    ),
    (
        "n185-pull-quote-two",
        "“Six weeks is not a conversation. It is a notice.”",
        ["“Six weeks is not a conversation.", "It is a notice.”"],
    ),
]
