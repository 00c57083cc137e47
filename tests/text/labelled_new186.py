"""Hundred-and-eighty-sixth set of new hand-labelled pages for the hint engines (tuning set, round sixty-four):
twelve WHOLE pages of ORDINARY daily news, head to tail as a reader's paste gives them, from English-language
outlets in twelve places, one beat per page, each pasted WITH THE SITE'S OWN WIDGETS as a paste mangles them,
the pastes varied (desktop, phone, AMP, reader mode, print view, a live-updates page, text shared from a news
app, an email newsletter in webmail). The pages: a British regional daily's website on the DESKTOP (transport:
Cabot Connect scraps bus route 52 between Hartcliffe and Bristol city centre); an Irish national daily pasted
from a PHONE (prices: Glasán Energy raises electricity prices by 8.5% from March 1); an Australian metropolitan
daily's AMP page (housing: Perth's median house rent reaches $700 a week); a New Zealand news website in
READER MODE (health: Waikato Hospital's emergency department meets the six-hour target for only 61% of
patients); a Maltese news website pasted from a PHONE (crime: three men arrested over 14 car thefts in
Birkirkara, Mosta and Naxxar); a Cypriot English-language daily's article SHARED FROM ITS APP (courts: a
former Limassol planning engineer jailed for three years over €40,000 in bribes); an Icelandic
English-language site's LIVE-UPDATES page on the desktop, newest first (weather: an orange warning for the
capital area, Hellisheiði closed, flights cancelled at Keflavík); an Estonian English-language site's EMAIL
NEWSLETTER pasted from WEBMAIL (schools: 410 teacher vacancies as the school year opens); a Latvian
English-language portal's PRINT VIEW (local council: Jelgava votes 9-6 to switch off street lights from
1 a.m. to 5 a.m.); a Lithuanian business site on the DESKTOP (business: a furniture maker closes its Jonava
plant, 240 jobs); a Ukrainian English-language site's AMP page (sport: Vezha Lviv beat Slobozhany Kharkiv
2-1 after a 52-minute air-raid stoppage); and a Romanian English-language site pasted from a PHONE
(culture: Bega Jazz Days drew 38,000 people, but Timișoara cuts its grant by a third).

What is hard is the furniture, line by line, in the shapes a paste leaves it, and each site words it its own way
(no wording is used twice across the pages): COOKIE AND CONSENT BLOCKS SPLIT OVER LINES in mid-sentence, so a
line may be a fragment ("technologies on your device to show you personalised advertising, to", "audience
research.", "show you ads.", "how many people read what.", "to measure the audience and to show ads based on
your interests."), with their buttons ("I ACCEPT", "Agree and close  |  Set my preferences", "Fine by me
Manage", "OK   |   Cookie settings", "Allow   Refuse", "Got it", "AGREE   ·   SEE PURPOSES"); BYLINES GLUED
to roles and time stamps ("Rhiannon Pryce-OkaforTransport Reporter08:55, 3 MAR 2027Updated11:20, 3 MAR
2027", "Aoife Ní ChonghaileConsumer Affairs CorrespondentTue Jan 12 2027 - 06:30", "Gintarė
Vaitkutė-Rowe2027-04-14 11:05Updated 12:40", "Bohdana LysakSports editorMar 8, 2027 · 21:47"), share strips
glued to comment counts ("FacebookXWhatsAppEmailComments38"), list numbers glued to headlines ("1Man, 34,
charged after dog attack ..."); LIVE TICKERS and a MARKET TICKER that state facts ("LIVE ▸ Gozo Channel: 06:00
crossing from Ċirkewwa cancelled because of swell", "OMX Vilnius 1,142.61 ▲ 0.38% ..."); "most read",
"most popular", "read next", "read also", "more from", "you might also like" and "related" lists;
PAYWALLS AND REGISTRATION WALLS in mid-article with prices ("Register for free to keep reading, or subscribe
for €1 for your first month.", "Min. cost $72 for 12 weeks.", "Subscribe for 19 lei a month — cancel whenever
you want."); newsletter sign-ups; comment counts, moderation notes, handles with time stamps and comments of
several sentences; tag, topic and keyword lines; follow, channel and community strips; app-share and
store lines; a webmail client's header, hidden-images line and unsubscribe block; a reader-mode "Originally
published at" line; a print view's URL, print/close and "Printed from" lines; footers and legal lines split at
firm suffixes ("Publishing Ltd." / "Registered in England and Wales, company No. 10884213.", "DAC 2027." /
"Registered in Ireland No. 604112.", "Sliema Press Ltd." / "All content is copyright.", "UAB Nerio leidyba." /
"Copying of content ...", "Editura Carpathia S.R.L." / "Reproduction without consent is forbidden."). Between
them sit ordinary news bodies whose sentences must still be told apart: statements of record ("W": fares,
prices, charges and allowances; counts given by firms, bodies and officials; a census share, a vacancy rate,
waiting lists, thefts and claims, permits, vacancies and salaries, lamps and bills, exports, points and goals;
causal claims such as "mainly because roadworks on the A38 had added up to 20 minutes to journeys", "Glasán
blamed higher network charges", "because orders from retailers in Sweden and Norway dropped by a third",
"because of the risk of shelling in Kharkiv", "because the city's income from local taxes fell short of the
forecast"; acts, convictions, orders and votes; rules, including CONDITIONAL rules such as the code red "when
more than 30 patients are waiting", a repayment order's default term, a street's right to keep its lights "if
at least 60% of its households sign", the league's rule on alerts; and schedules set by those who run them,
such as "The agency said it would decide at 18:00 ...", "Its next decision is due on March 31.", "The 2028
edition is scheduled for 17 to 20 August") against what is not ("": forecasts and expectations, plans and
promises, offers a company WOULD make, advice and appeals, opinions, characterisations, questions,
anecdotes and a person's own figures, scenes, the newsletter's and the live blog's own voice, captions that only
describe, data lines of a match box).

The pages hold 535 sentences: 230 "B", 186 "W" and 119 ""; 186 sentences carry a speaker (103 distinct
speakers, page by page; 102 distinct labels). `STYLES` describes each page, its story, its labels and its
furniture in order; `CASES` holds 30 split cases written fresh in the manner of the pages (not copied from
them): 20 texts that must split at a hard point (a firm suffix, "a.m.", a dotted date, "No. 19", an
initial, an unattributed question) and 10 that must stay one sentence although they hold abbreviations,
initials and designations ("Cllr.", "D. J.", "p.l.c. said", "v.", "approx.", "i.e.", "p. 4", "incl.", "vs.",
"St.").

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs
(a pasted page's lines, so every masthead, menu, crumb, ticker, consent fragment, button line, byline, date
line, share line, caption, credit, time stamp, bullet, list item, box line, comment and legal line is a
paragraph of its own, except that a caption and a credit pasted in one line are two sentences of one
paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the
recent sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content and
its credit "B"; headlines and standfirsts never split and flagged by content, a standfirst's "says" carrying
the source as the body first names it ("Cabot Connect says" -> "Cabot Connect Buses Ltd", "Court says" ->
"Limassol Assize Court"); a person named in full as first given, without titles or roles ("Cllr", "Managing
director", "Housing Minister", "Mr", "Ms", "Dr", "Inspector", "Presiding judge", "Chief Inspector",
"Meteorologist", "Council chairman", "Opposition leader", "Chief executive", "Vezha coach", "Festival
director", "Deputy mayor", "Saxophonist", a role after the name), a pronoun or surname resolving to that name
("Mac Giolla Bhríde said", "Ms Uí Dhubhthaigh said", "Mr Kellaway-Boyce said", "Tocker said", "Dr
Rāwiri-Shaw said", "Evagorou said", "Kruusmaa said", "Dravnieks said", "Mărgineanu-Vlad said"); a quote over
several sentences carrying its speaker and cue in each; "according to X" giving X as written ("documents seen
by the Chronicle", "the figures", "police figures published in January", "a survey by the Waikato Practices
Collective"), a descriptor before a proper name dropped ("property data firm Groundfloor Analytics",
"the insurer Kalkara Mutual p.l.c.", "The campaign group Bristol Bus Users' Group", "The money advice charity
Fuinneog", "The landlords' lobby WA Property Investors' Council", "The search and rescue association
Landsbjörg", "Furniture maker UAB Dubysos Baldai", "the Timișoara-based software firm Bastion Soft S.R.L.");
an acronym, a short form or "It" resolving to the name as first given ("The CRU has said" -> "The Commission
for Regulation of Utilities", "Glasán blamed" -> "Glasán Energy", "it said" -> "Cabot Connect Buses Ltd",
"the Central Statistics Office", "the Malta Police Force", "Limassol municipality", "Landsnet", "the Ministry
of Education and Research", "The State Police's Zemgale region", "UAB Dubysos Baldai"), while a single generic
noun is kept as written ("the company", "The supplier", "The firm", "The agency", "the ministry", "The city",
"The council", "the finance department", "the club", "The club", "the organisers", "Police"); a channel after
the verb is part of the cue ("said in a statement", "told reporters outside the court", "told Tidings") and
other reporting verbs are kept as written ("says", "has said", "blamed", "urged", "called", "expects",
"advised", "asked", "show", "estimated"); a body acting with no verb of saying carries no speaker (the
police arresting, the court convicting and ordering, the roads agency closing roads, the Met Office recording a
gust and raising a warning, the council voting, the referee taking the players off).

Conventions this set had to settle, in the same spirit:

* PASTE-MANGLED FURNITURE is labelled as pasted, never repaired: a byline glued to its role and time stamps,
  a share strip glued to its comment count, a list number glued to its headline and a ticker line are each
  ONE "B" sentence, never split at the glued joins or at the points inside them ("3 MAR 2027Updated11:20").
  A cookie or consent block broken over lines is one "B" paragraph per line, a fragment being a sentence of
  its own ("store and read data on your phone for ads, measurement and"); a block pasted on one line with two
  full sentences is two "B" sentences ("Cookies keep The Westerly running." / "Some are essential; ...").
* TICKERS AND WALLS: live tickers and a market ticker are "B" whatever they state, like the weather strips
  of the older sets; paywall and registration lines are "B" even when they hold prices or an abbreviation
  that opens a sentence ("Min. cost $72 for 12 weeks."), and the body on either side of a wall is one story.
* COMMENTS are "B" sentence by sentence ("In Valmiera they tried it." / "Two years." / "Then back on."),
  with their handles, time stamps, counts, sort and load-more lines; a commenter is never a speaker.
* NEWSLETTERS AND LIVE BLOGS: the newsletter's greeting, teaser and "Our view:" are "" (its own voice, no
  speaker), its item headlines are flagged by content, its labels and link lists are "B"; the live blog's
  greeting and promise are "". Icelandic GIVEN-NAME RETURNS, as the Icelandic press uses them ("Sigrún Eyja
  said", "Davíð Már told Tidings"), resolve to the full name with the patronymic ("Sigrún Eyja
  Hallvarðsdóttir", "Davíð Már Sturluson") even when, newest entry first, the full name comes only in an
  older entry lower down the page.
* IRISH NAMES keep their particles and married forms whole ("Ciarán Mac Giolla Bhríde", returning as "Mac
  Giolla Bhríde said"; "Síle Uí Dhubhthaigh", returning as "Ms Uí Dhubhthaigh said").
* COURTS: a submission in court with no verb of saying ("Prosecutor ... had asked for a sentence of at least
  four years.", "The defence had sought a suspended sentence ...") is an act of record, "W", with no speaker;
  "The court heard that ..." carries no speaker either; an order's CONDITIONAL default term ("If he does not
  pay within six months, he will serve a further four months in prison.") is a rule, "W".
* A quote that runs on into an UNATTRIBUTED QUESTION ("“How many people paid the other way and never waited
  at all?”", "“So what do we do, both go to Radviliškis?”") carries the quote's speaker and cue, "".
* A SCHEDULE against a PLAN: a decision time or a meeting date set by those who run it is "W" ("The agency
  said it would decide at 18:00 ...", "Its next decision is due on March 31.", "The 2028 edition is scheduled
  for 17 to 20 August"), while a building project's start and finish ("due to start in July and finish in
  2030"), an arraignment that is only "expected", a completion date for works and a promise to review a
  decision are "".
* "It said it did not comment on council decisions." is labelled like "declined to comment": speaker
  resolved ("The State Police's Zemgale region"), cue "said", "". "Police said" after "the Malta Police
  Force" has been named keeps "Police" as written, like "the company said" after the firm's name.
* A commissioned study that "estimated" past spending is an estimate of the PAST, "W", with the study as
  written as speaker and cue "estimated"; "Health New Zealand figures show" gives the figures as written with
  cue "show".
* LOCAL ABBREVIATIONS inside English copy never end a sentence mid-line: Romanian "str." (street), "nr."
  (number) and "bd." (boulevard), Maltese "p.l.c." before "said" (but it ENDS one before "Its policies ..."),
  Latvian "SIA" before a firm's name, Estonian "mnt" without a point, dotted dates ("14.03.2027",
  "1.09.2027", "12.11.2027 17:46") and an initial in a data line ("O. Pylypchak").

Written from scratch for issue 13 in round sixty-four, before any rule was tuned on them and without looking at
the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine,
scorer or test was run (only the brief's structural check and ruff) and nothing was committed. What was read:
the brief; the module docstrings and first articles of `labelled_new.py` and `labelled_new2.py`; `def build`
in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new183.py` and `labelled_new184.py`. Coined names were
checked for freshness against the capitalised words of those two files with a small script: the outlet
words "Clarion", "Journal", "Times", "Harbour", "Daybreak", "Herald" and "Media", the organisation words
"Forum", "Partners", "Union", "Power", "Code", "Workers'" and "Staff", and the given names "Pauline", "Anna",
"Marta", "Nikos" and "Tahlia" hit and were replaced before the file was written (as "Chronicle",
"Dispatch", "Marsamxett Mail", "Tidings", "Bugle", "Observer", "Publishing", "Group", "Kapital", "Guild",
"Collective", "Current", "Soft", "Hospital Workforce Alliance", "Paulette", "Dace", "Solomiia", "Neoklis" and
"Shaylee"); only common words, titles, months and real places and bodies still hit.

Every person, outlet, newsletter, publisher, firm, insurer, bank, data firm, comparison site, charity,
lobby, union, alliance, guild, collective, campaign group, club, festival, study, statement, quote and figure
is invented, and so are the small institutions (the Kingswood Chronicle, Cabot Connect Buses Ltd, the Pennine
Transit Group, the Bristol Bus Users' Group, the Liffey Dispatch, Glasán Energy, Corrib Current, Ardán
Electric, Fuinneog, SwitchWise.ie, the Westerly, Groundfloor Analytics, Renters United West, the WA Property
Investors' Council, the Lantern, the Emergency Doctors' Society, the New Zealand Hospital Workforce Alliance,
the Waikato Practices Collective, the Waikato Community Journalism Trust, the Marsamxett Mail, Sliema Press
Ltd, Kalkara Mutual p.l.c., the Troodos Tribune, the Limassol Contractors' Guild, Reykjavík Tidings, the
Harju Bugle, the Estonian Teachers' Collective, Zemgale News, SIA Zemgales Gaisma, the Neris Ledger, UAB
Dubysos Baldai, Ekholm & Lindqvist Kapital AB, Nemuno Bankas, the Khreshchatyk Observer, Vezha Lviv,
Slobozhany Kharkiv, Kalyna Vinnytsia, Carpathian Review, Bega Jazz Days, Bastion Soft S.R.L. and the like).
Real countries, regions, cities, towns, districts, streets, stations, roads, stadiums, hospitals, courts,
prisons, universities, companies that run public services, laws, codes and other public bodies appear only as
settings, with invented statements and figures: Bristol, Hartcliffe, Withywood, Bedminster, Hengrove,
Lawrence Hill, Temple Meads, the A38, the Bristol Royal Infirmary, Bristol City Council, the West of England
Combined Authority, the traffic commissioner and the Department for Transport; Dublin, Athlone, the Commission
for Regulation of Utilities, the Central Statistics Office and the Department of the Environment, Climate and
Communications; Perth, Ellenbrook, Butler, Balga, Bunbury, the Residential Tenancies Act, the Department of
Communities and the Reserve Bank of Australia; Hamilton, Te Awamutu, Thames, Coromandel, Waikato Hospital,
Thames Hospital, Health New Zealand and Healthline; Valletta, Birkirkara, Mosta, Naxxar, Qormi, Żabbar,
Ċirkewwa, Msida, Triq il-Kbira, the Gozo Channel, the Malta Police Force and the Criminal Code; Limassol,
Germasogeia, Ypsonas, Paphos, Nicosia, Nicosia Central Prison, Limassol Assize Court, the Court of Appeal, the
Audit Office and the Anti-Corruption Authority; Reykjavík, Hellisheiði, Þrengsli, Kjalarnes, Grafarvogur,
Laugardalur, Hlemmur, Reykjanesbraut, Vík, Kirkjubæjarklaustur, Keflavík Airport, Isavia, Landsnet, Strætó,
Landsbjörg, the Icelandic Met Office, the Icelandic Road and Coastal Administration and the Capital Area
Police; Tallinn, Tartu, Narva, Pärnu, Ülemiste, Harju and Ida-Viru counties, Rail Baltica, the Ministry of
Education and Research and the Estonian Education Information System; Riga, Jelgava, Valmiera, Rūpniecības
iela, the State Police, the Administrative District Court and Latvijas Vēstnesis; Vilnius, Jonava,
Radviliškis, Klaipėda, the Employment Service, the Labour Code and Statistics Lithuania; Kyiv, Lviv,
Kharkiv, Chernivtsi, Wrocław, the Ukraina Stadium and the Ukrainian Premier League; and Bucharest,
Timișoara, Belgrade, Szeged, Cluj, Iași, the Capitol Hall, the West University of Timișoara and the Bega.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'British REGIONAL DAILY\'S WEBSITE (Bristol), DESKTOP browser paste, TRANSPORT: Cabot Connect withdraws bus route 52 between Hartcliffe and the city centre from 6 April. Head: a COOKIE BLOCK SPLIT OVER LINES mid-sentence ("The Chronicle and your privacy", three fragment lines, a full sentence, "I ACCEPT"), masthead, menu, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, "Cabot Connect says ..." (speaker as the body first names the firm, "W"); a GLUED byline/role/time-stamp line "Rhiannon Pryce-OkaforTransport Reporter08:55, 3 MAR 2027Updated11:20, 3 MAR 2027" and a GLUED share strip with its comment count (both "B", never split); a caption "" and its credit ("B"). Body: the withdrawal "the company said" (generic noun kept, "W") and "it said" passengers (resolving to "Cabot Connect Buses Ltd", "W"); the managing director ("Managing director" dropped) with the loss and a causal "mainly because roadworks ..." ("W"), her quote ("") and her plan for the drivers (""); a "READ MORE:" line ("B"); timetables and the change at Bedminster ("W"); the 70-day notice rule ("W") and the notification "according to documents seen by the Chronicle" ("W"); a "MOST READ" label and two list items GLUED to their numbers ("1Man, 34, ...", all "B"); the combined authority\'s subsidy ("W") against its plan to invite bids (""); a councillor ("Cllr" dropped) "called" the decision ("") and her census figures ("W"); a dialysis patient\'s routine, quote and QUESTION before "she asked." (anecdote, ""); a campaign group\'s petition count (descriptor dropped, "W"), its chair\'s plan and quote (""); the fare cap and a day ticket ("W"); the owner ("W"). Tail: a newsletter sign-up (a pitch, a button, a two-sentence consent line), a comment count, a commenter\'s handle and time and a two-sentence comment, a footer menu and a copyright line split at "Ltd." before "Registered in England and Wales, company No. 10884213." (all "B").',
    'Irish NATIONAL DAILY\'S WEBSITE (Dublin), PHONE BROWSER paste, PRICES: Glasán Energy raises electricity prices by 8.5% from March 1. Head: a menu/masthead/search line, an open-in-app line, a CONSENT BLOCK SPLIT OVER LINES ("Your choices on this site", three fragment lines, a button line), a section label (all "B"); headline and standfirst of record ("W"); a GLUED byline/role/date line "Aoife Ní ChonghaileConsumer Affairs CorrespondentTue Jan 12 2027 - 06:30" and a listen line ("B"). Body: the rise ("W", no speaker); "The supplier, which has ..., said" the unit rate (generic noun kept, "W") and "It said" the standing charge (resolving to "Glasán Energy", "W"); "Glasán blamed" network charges (a causal claim, the short name resolving, cue "blamed", "W") and "The CRU has said" (acronym resolving to "The Commission for Regulation of Utilities", cue "has said", "W"); a REGISTRATION WALL in mid-article (four lines, "B"); the chief commercial officer with an Irish name returning as "Mac Giolla Bhríde" ("W", then a quote ""), his advice ("", cue "urged"); rival suppliers\' rises and the notice rule ("W"); inflation "according to the Central Statistics Office" and "it said" ("W"); an advertisement line ("B"); a charity\'s helpline count ("W") and its head of policy ("Ms Uí Dhubhthaigh said") with a forecast and a quote (""); a department spokesperson on the minister\'s powers ("W") and the fuel allowance ("W"); a comparison site\'s saving ("W"); a chipper owner\'s own bill, quote and QUESTION (anecdote, ""). Tail: a "MOST POPULAR  Swipe →" carousel label and one headline, a topics line, a back-to-top line, a footer menu and a copyright line split at "DAC 2027." before "Registered in Ireland No. 604112." (all "B").',
    'Australian METROPOLITAN DAILY\'S AMP PAGE (Perth), AMP paste, HOUSING: Perth\'s median house rent reaches $700 a week. Head: AMP domain, masthead line, a two-sentence cookie notice and its button line (all "B"); headline and standfirst of record ("W"); byline and an "Updated ..., first published ..." line ("B"). Body: rents "according to property data firm Groundfloor Analytics" (descriptor dropped, "W"), units ("W", no speaker), "The firm said" the vacancy rate ("W", generic noun kept); its head of research with suburb rises ("W"), a quote ("") and a forecast ("", cue "expects"); an "ADVERTISEMENT" line ("B"); the once-a-year rent-rise rule and the rent-bidding ban ("W"); the housing minister ("Housing Minister" dropped, "Mr" dropped in the return) with homes completed and under way ("W") and a quote (""); the waiting list "according to the Department of Communities" ("W"); a PAYWALL in mid-article (a label, a price line split before "Min. cost $72 for 12 weeks.", a log-in line, all "B"); a tenants\' group\'s calls ("W") and its spokeswoman\'s call for a cap (""); a landlords\' lobby\'s listings count ("W") and its chief executive\'s causal claim ("W") and quote (""); an inspection queue (scene, ""), a nurse\'s own inspections, quote and QUESTION (anecdote, ""); the cash rate and the next decision date ("W"). Tail: a "Filed under" label and its tag line, a "You might also like" label and one headline, a follow line and a copyright line split before the footer links (all "B").',
    'New Zealand NEWS WEBSITE (Hamilton), READER-MODE paste, HEALTH: Waikato Hospital\'s emergency department meets the six-hour target for only 61% of patients. Head as reader mode leaves it: domain ("B"), headline of record ("W"), a standfirst "Health New Zealand says ..." ("W", speaker as written in the body), byline, role, date and reading-time lines ("B"). Body: the figure "Health New Zealand figures show" (speaker as written, cue "show", "W"), the target and the national figure ("W"); a caption "" and its credit ("B"); the group director (title stack dropped) with patient numbers, beds awaited and a CAUSAL claim ("W"), a quote ("") and the new department\'s building dates (a plan, ""); a stray "Related:" line ("B"); bed numbers and ambulance handovers "according to the figures" ("W"); a quote subhead ("" ); the code-red CONDITIONAL RULE and its count ("W"); a patient\'s corridor night (anecdote, "", no speaker), his quote, his QUESTION before "he asked." and "Tocker said" (the surname resolving, ""); an emergency physician ("Dr" dropped, "Dr Rāwiri-Shaw said" resolving) with a causal link and an audit finding ("W") and a two-sentence quote ("" twice); a nurses\' alliance\'s vacancies ("W") and its organiser (""); the minister\'s spokesperson on funded beds ("W") and the minister\'s expectation (""); an opposition spokesperson\'s past figure ("W") and quote (""); GP waits "according to a survey by ..." (speaker as written, "W"); Health New Zealand\'s advice ("", cue "urged"). Tail: a story-tip line, a funding line and an "Originally published at" line (all "B").',
    'Maltese NEWS WEBSITE (Valletta), PHONE BROWSER paste, CRIME: three men arrested over 14 car thefts. Head: a menu/masthead line, TWO LIVE TICKER lines ("LIVE ▸ Gozo Channel: ...", "B" whatever they say), a COOKIE BLOCK SPLIT OVER THREE LINES and its button line, a section label (all "B"); headline and standfirst of record ("W"); a byline/time/comment-count line ("B"). Body: the arrests (an act, no speaker, "W"); "the Malta Police Force said in a statement" (channel in the cue, "W") and "it said" (resolving, "W"); the cars\' age and a causal "which have no electronic immobiliser" ("W"); the inspector ("Inspector" dropped) on the method ("W"), a quote ("") and parts offered online ("W"); a fourth man bailed ("W"), "Police said" (as written, "W") and an arraignment that is only "expected" (""); the penalty under the Criminal Code ("W"); a victim\'s car (anecdote, no speaker), her quote and QUESTION (""); thefts "according to police figures published in January" ("W"); claims "according to the insurer Kalkara Mutual p.l.c." ENDING a sentence before "Its policies do not cover ..." (both "W", descriptor dropped, the point part of the name); the mayor\'s CCTV plan and quote (""); the police appeal ("", cue "asked"). Tail: a "READ NEXT" label and one headline, a comment header, a two-sentence moderation line, a commenter\'s handle and two-sentence comment, a load-more line, a like/share/channel strip and a two-sentence publisher line split at "Ltd." (all "B").',
    'Cypriot ENGLISH-LANGUAGE DAILY\'S APP, its article text SHARED, COURTS: a former Limassol planning engineer jailed for three years over €40,000 in bribes. Head: a "Sent from the ... app" line and a section/premium label ("B"); headline of record ("W"); a standfirst "Court says ..." with a quote (the court as the body first names it, cue "says", ""); a byline line with a DOTTED DATE "14.03.2027" and a reading-time line "Reading time 4\'" ("B"). Body: the sentence and the convictions (the court acting, no speaker, "W"); his suspension, dismissal and prison ("W"); the presiding judge ("Presiding judge" dropped) with a characterisation ("") and the mitigation the court weighed ("W"); what "The court heard" (no verb of saying, no speaker, "W") and what the applications got in return ("W"); the immunity rule ("W"); the prosecution\'s and the defence\'s submissions (acts in court, no speaker, "W"); the defence lawyer "told reporters outside the court" an appeal (a plan, channel in the cue, "") and his quote (""); the repayment order and its CONDITIONAL default term ("W"); the appeal deadline and the maximum sentence ("W"); the municipality "said in a statement" and "It said" its new procedure ("W"); the Anti-Corruption Authority\'s complaints ("W"); a councillor\'s plan (""); a contractors\' guild\'s permit waits ("W") and its president\'s characterisation (""); permits issued ("W"); a homeowner\'s view, quote and an UNATTRIBUTED QUESTION continuing her quote ("" all, her name carried). Tail: a two-sentence premium line, a Viber line, a tags line, a "More from Courts" label and two headlines, a link line and a two-sentence app-store line (all "B").',
    'Icelandic ENGLISH-LANGUAGE NEWS SITE (Reykjavík), LIVE-UPDATES page pasted from the DESKTOP, newest first, WEATHER: an orange warning for the capital area, closed mountain roads and cancelled flights. Head: masthead, menu with a language link, a live label (all "B"); headline of record ("W"); a last-updated line with two bylines ("B"); "THE LATEST" label ("B") and three bullet lines of record ("W"). Entries under "B" time stamps ("15:20" to "06:45"): the road closure (an act, no speaker, "W") and "The agency said it would decide at 18:00 ..." (a decision time set by those who run the roads, "W"); "Isavia said" cancellations ("W") and its advice ("", cue "advised"); a measured gust (no speaker, "W") and "Sigrún Eyja said" the peak (a forecast, "") and her quote ("") — ICELANDIC GIVEN-NAME RETURNS resolving to full names given only in OLDER entries lower down ("Sigrún Eyja Hallvarðsdóttir" at 10:45, "Davíð Már Sturluson" at 07:30); "Davíð Már told Tidings" a call count (channel in the cue, "W") and his advice (""); a reader\'s photo caption "" and its credit ("B"); "Landsnet said" a power cut and its restoration ("W"); "Strætó said" buses stop and the last departures (a schedule, "W"); the warning raised (an act, "W"), what an orange warning means (a definition, "W") and the meteorologist\'s record ("W"); a tourist\'s night in a camper van (anecdote, no speaker) and his quote (""); the police\'s cars blown off the road ("W") and a chief inspector\'s advice ("Chief Inspector" dropped, ""); a rescue association\'s overnight calls ("W", descriptor dropped) and its spokesman\'s breakdown ("W"); the blog\'s own greeting and promise (""). Tail: a load-earlier line, a photo-tips line and a company/address/rights line (all "B").',
    'Estonian ENGLISH-LANGUAGE NEWS SITE\'S EMAIL NEWSLETTER (Tallinn), pasted from a WEBMAIL client, SCHOOLS: Estonian schools open with 410 teacher vacancies. Head: subject line, "Inbox ×", sender with an unsubscribe link, "to me ▾", a time line with icons, a two-sentence hidden-images line and a masthead with a DOTTED DATE "1.09.2027" (all "B"); the newsletter\'s greeting "Tere hommikust!" and a teaser question in its own voice (""). Main item: a section label ("B") and an item headline of record ("W"); vacancies "according to the Ministry of Education and Research" ("W") and the comparison ("W", no speaker); "the ministry said" (generic noun kept, "W") and "it said" (resolving to the full name, "W"); the language-transition law (a rule, "W"); the deputy secretary-general (role after the name dropped) "called" the figures (""), her count of teachers over 65 ("W"), a CONDITIONAL quote ("") and a plan (""); teachers "according to the Estonian Education Information System" ("W"); Tallinn\'s bonus (a rule, "W") and "The city said" (as written, "W"); a Narva head teacher\'s two new teachers (anecdote, no speaker) and a quote over THREE SENTENCES ("" each, her name and cue carried); a teachers\' collective\'s pay figures ("W") and its chairman\'s demand (""); the newsletter\'s "Our view:" (""). Second item: a label ("B"), an item headline of record ("W"), a council vote and the state\'s lunch rule ("W") and a deputy mayor\'s cost of the extension (a projection, ""). Tail: an "IN THE PAPER" label and two arrow links, a reply line, a forward line, a two-sentence subscription line and an address line "Pärnu mnt 22" (all "B").',
    'Latvian ENGLISH-LANGUAGE NEWS PORTAL (Riga desk, Jelgava story), PRINT VIEW paste, LOCAL COUNCIL: Jelgava City Council votes 9-6 to switch off street lights from 1 a.m. to 5 a.m. in residential streets. Head: the URL line, masthead, a print/close line (all "B"); headline and standfirst of record ("W"); an author line with a dotted date ("B"). Body: the vote, what stays lit and a coalition councillor voting with the opposition (acts, no speaker, "W"); the council\'s expected saving ("", cue "expects"); the bill "according to the council\'s finance department" and the contract "the finance department said" (as written, "W"); the chairman ("Council chairman" dropped) with the lamps affected ("W"), a two-sentence quote ("" twice) and a plan to review (""); the CONDITIONAL RULE for streets that want light ("W"); the opposition leader "called" the cut (""), her QUESTION before "she asked." ("") and her rejected proposal ("W"); the regional police\'s burglary count ("W") and "It said it did not comment on council decisions." ("", like "declined to comment"); another town\'s experience ("W"); the LED contract ("W", "SIA" before the name) and its completion date (a plan, ""); two residents\' views and quotes ("Rūpniecības iela", "at 11 p.m.", anecdote ""); the appeal rule ("W") and the town\'s population ("W"). Tail: a related label and one headline, a keywords line, a comment count, two commenters\' name-and-date lines and their comments (one of three short sentences), a "Printed from ... on 13.11.2027 at 08:09." line and a two-sentence copyright line (all "B").',
    'Lithuanian BUSINESS NEWS SITE (Vilnius), DESKTOP browser paste, BUSINESS: furniture maker UAB Dubysos Baldai closes its Jonava plant, cutting 240 jobs. Head: a MARKET TICKER line ("B" whatever it says), masthead, menu with a language link, a COOKIE BLOCK SPLIT OVER THREE LINES and its buttons, a crumb (all "B"); headline and a standfirst with a semicolon of record ("W"); a GLUED byline/date/updated line "Gintarė Vaitkutė-Rowe2027-04-14 11:05Updated 12:40" and a share strip with a comment count ("B"). Body: the closure "the company said on Wednesday" (a decision announced, generic noun kept, "W") and "It said" the redundancy notice (resolving to "UAB Dubysos Baldai", "W"); where production moves ("W"); the chief executive ("Chief executive" dropped) with sales and a CAUSAL claim ("W"), a quote ("") and an offer the company WOULD make (""); the owner ENDING "Ekholm & Lindqvist Kapital AB." before "The firm bought it in 2019." (both "W"); the Labour Code\'s notice and severance rules ("W"); the meeting "at 7 a.m. on Wednesday, said Darius Juodka, chairman of ..." (speaker after the claim, role dropped, "W") and the union\'s demand (""); a NEWSLETTER box (label, two-sentence pitch, field and button line, all "B"); the district mayor on the plant\'s rank ("W") and a quote (""); exports "according to Statistics Lithuania" ("W"); an economist\'s opinion ("") and forecast ("", cue "expects"); a packer\'s years (anecdote, no speaker), her quote and a QUESTION continuing it (""). Tail: a related-topics line, a "Read also" label and one headline, a discussion count, a commenter\'s handle and two-sentence comment, a footer menu and a copyright line split at "leidyba." (all "B").',
    'Ukrainian ENGLISH-LANGUAGE NEWS SITE\'S AMP PAGE (Kyiv desk, Lviv match), AMP paste, SPORT: Vezha Lviv beat Slobozhany Kharkiv 2-1 after a 52-minute air-raid stoppage. Head: AMP domain, a back/masthead/section line, a two-sentence cookie line whose second sentence is the button "Got it", a section label (all "B"); headline and a standfirst with a semicolon of record ("W"); a GLUED byline/role/date line "Bohdana LysakSports editorMar 8, 2027 · 21:47" and a share line ("B"). Body: the result and the stoppage ("W"), the referee taking the players off "at 16:38" and play resuming (acts, no speaker, "W"); spectators in the shelters "according to the club" (generic noun kept, "W"); the league\'s CONDITIONAL RULE on alerts ("W"); a sponsored label ("B"); the goals, the scorer\'s tally and a record against the opponents ("W"); the winning coach ("Vezha coach" dropped) with a quote over three sentences ("" each); the losing coach\'s characterisation ("") and an injury ("W"); the home-ground move with a CAUSAL "because of the risk of shelling" ("W"); the table ("W"); "The club said" a donation already transferred ("W"); a fan\'s homework in the shelter and a two-sentence quote (anecdote, ""); the next fixture "at 15:00" ("W"). A MATCH FACTS box (label "B"; scorers, cards and an attendance/referee line with the initial "O. Pylypchak", all "" data lines). Tail: a hashtag line, a "More football" label and one headline, a two-sentence membership appeal, a Telegram line and a two-sentence copyright line (all "B").',
    'Romanian ENGLISH-LANGUAGE NEWS SITE (Bucharest desk, Timișoara story), PHONE BROWSER paste, CULTURE: Bega Jazz Days drew 38,000 people but Timișoara cuts its grant by a third. Head: a menu/masthead/account line, a text-size/listen line, a CONSENT BLOCK SPLIT OVER LINES ("Before you continue", two fragment lines, a button line) and a section label (all "B"); headline and standfirst of record ("W"); a byline/date/time/comment-count line ("B"). Body: attendance "the organisers said on Monday" (generic noun kept, "W") and free concerts ("W"); the festival director ("Festival director" dropped) with tickets sold at a hall "on str. Alba Iulia" (no split at "str.", "W") and a two-sentence quote (""); the Capital of Culture year ("W"); the council vote (an act, "W"), the deputy mayor\'s budget cut with a CAUSAL "because" ("W") and her quote (""); a PAYWALL in mid-article (four lines, "B"); the director\'s CONDITIONAL PLAN to charge or cut a day ("", the surname resolving) and her QUESTION before "she asked." (""); the sponsor "Bastion Soft S.R.L., said it would keep ..." (a promise, "", descriptor dropped, no split at "S.R.L.,") and its years of sponsorship ("W", no speaker); a saxophonist\'s fees ("W") and his CONDITIONAL quote (""); a commissioned study that "estimated" past spending (an estimate of the past, "W", the study as speaker); a bar owner "on bd. Revoluției din 1989" with his own takings and a quote (anecdote, ""); the 2028 dates "the organisers said" (a schedule set by those who run the festival, "W"). Tail: a comment header, a commenter\'s handle and a two-sentence comment, an "Also on ..." label and one headline, a "Find us on" line and a publisher line split at "S.R.L." before "Reproduction without consent is forbidden." (all "B").',
]

ARTICLES = [
    [  # 1. UK, transport, desktop
        [("The Chronicle and your privacy", "", "", "B")],
        [("We and 212 partners we work with store cookies and similar", "", "", "B")],
        [("technologies on your device to show you personalised advertising, to", "", "", "B")],
        [("measure how our site is used and to improve our journalism.", "", "", "B")],
        [
            (
                "Change your mind whenever you like under Privacy Settings at the foot of every page.",
                "",
                "",
                "B",
            )
        ],
        [("I ACCEPT", "", "", "B")],
        [("KINGSWOOD CHRONICLE", "", "", "B")],
        [
            (
                "News  Bristol  South Glos  Bath  Sport  What's On  Property  Jobs  Notices  Sign in",
                "",
                "",
                "B",
            )
        ],
        [("News › Bristol News › Transport", "", "", "B")],
        [
            (
                "Bus route 52 between Hartcliffe and Bristol city centre to be scrapped in April",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Cabot Connect says the service lost £410,000 in a year; passengers will have to change at Bedminster",
                "Cabot Connect Buses Ltd",
                "says",
                "W",
            )
        ],
        [
            (
                "Rhiannon Pryce-OkaforTransport Reporter08:55, 3 MAR 2027Updated11:20, 3 MAR 2027",
                "",
                "",
                "B",
            )
        ],
        [("FacebookXWhatsAppEmailComments38", "", "", "B")],
        [
            ("A route 52 bus on Hengrove Way on Monday morning.", "", "", ""),
            ("(Image: Kingswood Chronicle/Tobias Hendry-Lowe)", "", "", "B"),
        ],
        [
            (
                "Cabot Connect Buses Ltd will withdraw route 52 between Hartcliffe and the city centre from Sunday, 6 April, the company said on Monday.",
                "the company",
                "said",
                "W",
            ),
            (
                "The route carried an average of 1,900 passengers a day in 2026, down from 2,600 in 2019, it said.",
                "Cabot Connect Buses Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Nadine Pocklington said the route had lost £410,000 in the year to January, mainly because roadworks on the A38 had added up to 20 minutes to journeys.",
                "Nadine Pocklington",
                "said",
                "W",
            ),
            (
                "“We have run the 52 at a loss for three years, and no business can do that for ever,” she said.",
                "Nadine Pocklington",
                "said",
                "",
            ),
            (
                "She said the nine drivers on the route would move to other services and that nobody would lose a job.",
                "Nadine Pocklington",
                "said",
                "",
            ),
        ],
        [("READ MORE: Temple Meads eastern entrance to open in June, two years late", "", "", "B")],
        [
            (
                "Route 52 runs every 15 minutes from 6am to 7pm on weekdays and every half-hour on Saturdays.",
                "",
                "",
                "W",
            ),
            (
                "From April, passengers will have to change at Bedminster for the 75, which runs every 20 minutes to Temple Meads.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operators in England must give 70 days' notice before they withdraw a registered bus service.",
                "",
                "",
                "W",
            ),
            (
                "Cabot Connect notified the traffic commissioner on 26 January, according to documents seen by the Chronicle.",
                "documents seen by the Chronicle",
                "according to",
                "W",
            ),
        ],
        [("MOST READ", "", "", "B")],
        [("1Man, 34, charged after dog attack in Knowle West park", "", "", "B")],
        [("2Clifton Suspension Bridge toll to rise to £1.50 from May", "", "", "B")],
        [
            (
                "The West of England Combined Authority said it had spent £2.3m supporting 31 loss-making routes in 2025-26.",
                "The West of England Combined Authority",
                "said",
                "W",
            ),
            (
                "It said it would invite bids for a replacement service between Hartcliffe and Bedminster but could not promise one before the summer.",
                "The West of England Combined Authority",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Paulette Ashdown-Reeve, who represents Hartcliffe and Withywood on Bristol City Council, called the decision “a kick in the teeth for the people who can least afford a car”.",
                "Paulette Ashdown-Reeve",
                "called",
                "",
            ),
            (
                "She said 43% of households in the ward had no car at the 2021 census, against 29% across the city.",
                "Paulette Ashdown-Reeve",
                "said",
                "W",
            ),
        ],
        [
            (
                "Doreen Fairclough, 79, takes the 52 to the Bristol Royal Infirmary twice a week for dialysis.",
                "",
                "",
                "",
            ),
            (
                "“Two buses and an hour each way, with a bag and a stick,” she said.",
                "Doreen Fairclough",
                "said",
                "",
            ),
            ("“Who is going to pay for my taxi?” she asked.", "Doreen Fairclough", "asked", ""),
        ],
        [
            (
                "The campaign group Bristol Bus Users' Group said 3,140 people had signed its petition to keep the route.",
                "Bristol Bus Users' Group",
                "said",
                "W",
            ),
            (
                "Its chair, Keith Moberley, said the group would ask the mayor to step in.",
                "Keith Moberley",
                "said",
                "",
            ),
            (
                "“Every time a route goes, a few more people give up on the bus for good,” he said.",
                "Keith Moberley",
                "said",
                "",
            ),
        ],
        [
            (
                "Single bus fares in England are capped at £3 until 31 December 2027 under a Department for Transport scheme.",
                "",
                "",
                "W",
            ),
            ("A Cabot Connect day ticket in Bristol costs £5.80.", "", "", "W"),
        ],
        [
            (
                "Cabot Connect, which runs 44 routes from depots in Hengrove and Lawrence Hill, is owned by the Leeds-based Pennine Transit Group.",
                "",
                "",
                "W",
            )
        ],
        [("Get the Bristol Briefing free in your inbox every weekday at 7am", "", "", "B")],
        [("SIGN ME UP", "", "", "B")],
        [
            ("We use your sign-up to send you the newsletters you asked for.", "", "", "B"),
            ("Read our Privacy Notice.", "", "", "B"),
        ],
        [("38 comments", "", "", "B")],
        [("hartcliffe_mum · 2 hours ago", "", "", "B")],
        [
            ("They took the 90 in 2023 and now this.", "", "", "B"),
            ("Nobody up here counts.", "", "", "B"),
        ],
        [
            (
                "About us  Contact us  Advertise  Terms  Corrections & clarifications  Cookie settings",
                "",
                "",
                "B",
            )
        ],
        [
            ("© 2027 Kingswood Chronicle Publishing Ltd.", "", "", "B"),
            ("Registered in England and Wales, company No. 10884213.", "", "", "B"),
        ],
    ],
    [  # 2. Ireland, prices, phone
        [("≡  THE LIFFEY DISPATCH  🔍  Subscribe", "", "", "B")],
        [("Get the full experience in our app  OPEN", "", "", "B")],
        [("Your choices on this site", "", "", "B")],
        [("With your agreement, we and our 94 vendors use cookies to", "", "", "B")],
        [("store and read data on your phone for ads, measurement and", "", "", "B")],
        [("audience research.", "", "", "B")],
        [("Agree and close  |  Set my preferences", "", "", "B")],
        [("CONSUMER", "", "", "B")],
        [("Glasán Energy to raise electricity prices by 8.5% from March 1", "", "", "W")],
        [
            (
                "Increase will add about €164 a year to a typical household bill, the third supplier rise announced this month",
                "",
                "",
                "W",
            )
        ],
        [("Aoife Ní ChonghaileConsumer Affairs CorrespondentTue Jan 12 2027 - 06:30", "", "", "B")],
        [("🔊 Listen · 4 min", "", "", "B")],
        [
            (
                "Glasán Energy is to raise its electricity prices by 8.5% from March 1, adding about €164 a year to a typical household bill.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The supplier, which has about 310,000 residential customers, said the unit rate on its standard plan would rise from 36.1c to 39.2c per kilowatt hour.",
                "The supplier",
                "said",
                "W",
            ),
            (
                "It said the standing charge would stay at €291 a year.",
                "Glasán Energy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Glasán blamed higher network charges, which the Commission for Regulation of Utilities (CRU) approved in October and which take effect on the same day.",
                "Glasán Energy",
                "blamed",
                "W",
            ),
            (
                "The CRU has said the approved charges add about €46 a year to an average bill.",
                "The Commission for Regulation of Utilities",
                "has said",
                "W",
            ),
        ],
        [("You've reached your limit of free articles this month", "", "", "B")],
        [
            (
                "Register for free to keep reading, or subscribe for €1 for your first month.",
                "",
                "",
                "B",
            )
        ],
        [("CONTINUE WITH GOOGLE  ·  CONTINUE WITH EMAIL", "", "", "B")],
        [("Already have an account? Sign in", "", "", "B")],
        [
            (
                "The company's chief commercial officer, Ciarán Mac Giolla Bhríde, said wholesale prices had fallen 12% since the summer, but that Glasán had bought most of the power for this winter a year in advance.",
                "Ciarán Mac Giolla Bhríde",
                "said",
                "W",
            ),
            (
                "“Nobody wants a price letter in January, and we know that,” Mac Giolla Bhríde said.",
                "Ciarán Mac Giolla Bhríde",
                "said",
                "",
            ),
            (
                "He urged customers who were struggling to contact the company before they fell behind.",
                "Ciarán Mac Giolla Bhríde",
                "urged",
                "",
            ),
        ],
        [
            (
                "Two other suppliers, Corrib Current and Ardán Electric, have announced increases of 6% and 7.2% from February.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Under CRU rules, suppliers must give customers 30 days' notice of a price rise, and customers who are told of one can switch without paying an exit fee.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Consumer prices rose 3.1% in the year to December, according to the Central Statistics Office.",
                "the Central Statistics Office",
                "according to",
                "W",
            ),
            (
                "Electricity was 4.4% dearer than a year earlier, it said.",
                "the Central Statistics Office",
                "said",
                "W",
            ),
        ],
        [("Advertisement · Story continues below", "", "", "B")],
        [
            (
                "The money advice charity Fuinneog said calls to its energy helpline rose 38% in December compared with the same month in 2025.",
                "Fuinneog",
                "said",
                "W",
            ),
            (
                "Its head of policy, Síle Uí Dhubhthaigh, said the rise would push more households into arrears by the spring.",
                "Síle Uí Dhubhthaigh",
                "said",
                "",
            ),
            (
                "“People are choosing between the heating and the shopping,” Ms Uí Dhubhthaigh said.",
                "Síle Uí Dhubhthaigh",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Department of the Environment, Climate and Communications said the Minister had no power to set retail electricity prices.",
                "A spokesperson for the Department of the Environment, Climate and Communications",
                "said",
                "W",
            ),
            (
                "Households on the fuel allowance receive €33 a week for 28 weeks of the year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Price comparison site SwitchWise.ie said a customer on Glasán's standard plan could save up to €310 a year by moving to the cheapest fixed deal now on the market.",
                "SwitchWise.ie",
                "said",
                "W",
            )
        ],
        [
            (
                "Derek Tunney, who runs a chipper in Athlone, said his electricity bill for December was €2,480, up from €1,900 a year earlier.",
                "Derek Tunney",
                "said",
                "",
            ),
            ("“I can't put a spice bag up to €15,” he said.", "Derek Tunney", "said", ""),
            ("“What am I meant to do, fry by candlelight?” he asked.", "Derek Tunney", "asked", ""),
        ],
        [("MOST POPULAR  Swipe →", "", "", "B")],
        [
            (
                "Dublin Airport passenger cap: what the ruling means for your summer flights",
                "",
                "",
                "B",
            )
        ],
        [("Topics: Energy · Household bills · CRU · Cost of living", "", "", "B")],
        [("↑ Back to top", "", "", "B")],
        [("Terms & Conditions · Privacy statement · Cookie policy · Contact", "", "", "B")],
        [
            ("© The Liffey Dispatch DAC 2027.", "", "", "B"),
            ("Registered in Ireland No. 604112.", "", "", "B"),
        ],
    ],
    [  # 3. Australia, housing, AMP
        [("thewesterly.com.au", "", "", "B")],
        [("‹  THE WESTERLY  ☰", "", "", "B")],
        [
            ("Cookies keep The Westerly running.", "", "", "B"),
            (
                "Some are essential; others help us show relevant ads and understand our readers.",
                "",
                "",
                "B",
            ),
        ],
        [("Fine by me   Manage", "", "", "B")],
        [
            (
                "Perth median house rent hits $700 a week as vacancy rate stays below 1 per cent",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Outer northern suburbs record the sharpest rises, with Ellenbrook up 14 per cent in a year",
                "",
                "",
                "W",
            )
        ],
        [("Jessamy Crowhurst-Tan  |  Property Writer", "", "", "B")],
        [("Updated February 7 2027 - 5:04pm, first published 4:30pm", "", "", "B")],
        [
            (
                "Perth's median advertised rent for a house has reached $700 a week for the first time, up $60 in a year, according to property data firm Groundfloor Analytics.",
                "Groundfloor Analytics",
                "according to",
                "W",
            ),
            ("The median for units rose to $620.", "", "", "W"),
        ],
        [
            (
                "The firm said the rental vacancy rate across greater Perth was 0.8 per cent in January, against 1.1 per cent a year earlier.",
                "The firm",
                "said",
                "W",
            )
        ],
        [
            (
                "Its head of research, Bronwyn Tulloch-Haig, said the biggest rises were in the outer north, where asking rents in Ellenbrook and Butler climbed 14 per cent and 12 per cent.",
                "Bronwyn Tulloch-Haig",
                "said",
                "W",
            ),
            (
                "“Tenants who moved out there to save money are now being priced out of the fringe as well,” she said.",
                "Bronwyn Tulloch-Haig",
                "said",
                "",
            ),
            (
                "She expects rents to keep rising until at least the end of the year.",
                "Bronwyn Tulloch-Haig",
                "expects",
                "",
            ),
        ],
        [("ADVERTISEMENT", "", "", "B")],
        [
            (
                "Under changes to the Residential Tenancies Act that took effect in 2024, landlords in Western Australia may raise the rent on a lease no more than once every 12 months.",
                "",
                "",
                "W",
            ),
            (
                "Rent bidding, where an agent invites applicants to offer more than the advertised rent, is banned.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Housing Minister Darren Kellaway-Boyce said the government had completed 1,140 social homes in 2026, the most in a single year since 2012, and that a further 2,300 were under construction.",
                "Darren Kellaway-Boyce",
                "said",
                "W",
            ),
            (
                "“We are building as fast as the trades allow,” Mr Kellaway-Boyce said.",
                "Darren Kellaway-Boyce",
                "said",
                "",
            ),
        ],
        [
            (
                "The public housing waiting list stood at 19,870 applications at the end of December, according to the Department of Communities.",
                "the Department of Communities",
                "according to",
                "W",
            )
        ],
        [("Subscribe to keep reading", "", "", "B")],
        [
            ("Unlimited access for $1 a week for the first 12 weeks, then $6 a week.", "", "", "B"),
            ("Min. cost $72 for 12 weeks.", "", "", "B"),
        ],
        [("Already a subscriber? Log in", "", "", "B")],
        [
            (
                "The tenants' advocacy group Renters United West said its advice line took 1,420 calls in January, 40 per cent of them about rent rises.",
                "Renters United West",
                "said",
                "W",
            ),
            (
                "Spokeswoman Kirra Waddell-Yates said the state should cap increases at the rate of inflation.",
                "Kirra Waddell-Yates",
                "said",
                "",
            ),
        ],
        [
            (
                "The landlords' lobby WA Property Investors' Council said the number of rentals listed in Perth fell 22 per cent in the year to January.",
                "WA Property Investors' Council",
                "said",
                "W",
            ),
            (
                "Its chief executive, Lachlan Ferrier-Daly, said many investors had sold because of higher interest costs and land tax.",
                "Lachlan Ferrier-Daly",
                "said",
                "W",
            ),
            (
                "“Every landlord who sells takes a rental off the market,” he said.",
                "Lachlan Ferrier-Daly",
                "said",
                "",
            ),
        ],
        [
            (
                "At a home open in Balga on Saturday, 43 people queued for a three-bedroom house listed at $650 a week.",
                "",
                "",
                "",
            ),
            (
                "Shaylee Prendergast-Nguyen, a 29-year-old nurse, said it was her 17th inspection since November.",
                "Shaylee Prendergast-Nguyen",
                "said",
                "",
            ),
            (
                "“You turn up, you smile, you hand over a folder, and you never hear back,” she said.",
                "Shaylee Prendergast-Nguyen",
                "said",
                "",
            ),
            (
                "“How many folders does it take?” she asked.",
                "Shaylee Prendergast-Nguyen",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Reserve Bank of Australia left the cash rate at 3.85 per cent at its February meeting.",
                "",
                "",
                "W",
            ),
            ("Its next decision is due on March 31.", "", "", "W"),
        ],
        [("Filed under", "", "", "B")],
        [("Real estate · Renting · Perth · Housing affordability", "", "", "B")],
        [("You might also like", "", "", "B")],
        [("Bunbury land release: 600 lots to go on sale by ballot", "", "", "B")],
        [("Follow The Westerly on Facebook, Instagram and Threads", "", "", "B")],
        [
            ("© The Westerly Pty Ltd 2027.", "", "", "B"),
            ("Contact  Privacy  Terms of use", "", "", "B"),
        ],
    ],
    [  # 4. New Zealand, health, reader mode
        [("lantern.co.nz", "", "", "B")],
        [
            (
                "Waikato Hospital emergency department meets six-hour target for only 61% of patients",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Health New Zealand says the department saw 31,400 people in three months, 9% more than a year earlier",
                "Health New Zealand",
                "says",
                "W",
            )
        ],
        [("Kahurangi Moffat-Rewi", "", "", "B")],
        [("Health reporter", "", "", "B")],
        [("Wed, 19 Feb 2027", "", "", "B")],
        [("Estimated reading time: 4 min", "", "", "B")],
        [
            (
                "Only 61% of patients at Waikato Hospital's emergency department were admitted, discharged or transferred within six hours in the three months to December, Health New Zealand figures show.",
                "Health New Zealand figures",
                "show",
                "W",
            ),
            ("The national target is 95%.", "", "", "W"),
            ("Across the country the figure was 72%.", "", "", "W"),
        ],
        [
            ("Staff at the emergency department's ambulance bay in Hamilton.", "", "", ""),
            ("Photo: Lantern / Ruben Halloran-Pehi", "", "", "B"),
        ],
        [
            (
                "Health New Zealand's group director of operations for Waikato, Mereana Tautahi-Collins, said the department saw 31,400 patients in the quarter, 9% more than a year earlier.",
                "Mereana Tautahi-Collins",
                "said",
                "W",
            ),
            (
                "She said an average of 40 patients a day were waiting in the department for a ward bed.",
                "Mereana Tautahi-Collins",
                "said",
                "W",
            ),
            (
                "She said the rise was driven mainly by older patients with several long-term conditions, and by more people arriving from Thames and Coromandel since Thames Hospital stopped taking emergency admissions overnight.",
                "Mereana Tautahi-Collins",
                "said",
                "W",
            ),
            (
                "“Our staff are doing extraordinary work in a building designed for half the people we now see,” she said.",
                "Mereana Tautahi-Collins",
                "said",
                "",
            ),
        ],
        [
            (
                "Work on a new 58-bed emergency department is due to start in July and finish in 2030, she said.",
                "Mereana Tautahi-Collins",
                "said",
                "",
            )
        ],
        [("Related: Thames Hospital maternity unit to close overnight over staffing", "", "", "B")],
        [
            ("Waikato Hospital, the country's third-largest, has about 640 beds.", "", "", "W"),
            (
                "Ambulance crews waited more than 30 minutes to hand over a patient on 1,210 occasions in the quarter, according to the figures.",
                "the figures",
                "according to",
                "W",
            ),
        ],
        [("‘Nowhere to put me’", "", "", "")],
        [
            (
                "Under Health New Zealand's escalation policy, the hospital declares a code red when more than 30 patients are waiting in the department for a bed.",
                "",
                "",
                "W",
            ),
            ("Waikato Hospital declared a code red on 23 days in the quarter.", "", "", "W"),
        ],
        [
            (
                "Graeme Tocker, 71, from Te Awamutu, spent 19 hours on a trolley in a corridor with a broken hip in November.",
                "",
                "",
                "",
            ),
            (
                "“The nurses were brilliant, but there was nowhere to put me,” he said.",
                "Graeme Tocker",
                "said",
                "",
            ),
            (
                "“Would you leave your dad in a corridor overnight?” he asked.",
                "Graeme Tocker",
                "asked",
                "",
            ),
        ],
        [("Tocker said he was moved to a ward on the second day.", "Graeme Tocker", "said", "")],
        [
            (
                "Dr Hine Rāwiri-Shaw, an emergency physician and Waikato representative of the Emergency Doctors' Society, said long stays in emergency departments were linked to higher death rates among older patients.",
                "Hine Rāwiri-Shaw",
                "said",
                "W",
            ),
            (
                "She said the society's audit of 14 hospitals in 2025 found that patients over 75 who waited more than 12 hours were 1.6 times as likely to die within 30 days.",
                "Hine Rāwiri-Shaw",
                "said",
                "W",
            ),
            (
                "“This is not a waiting-room problem,” Dr Rāwiri-Shaw said.",
                "Hine Rāwiri-Shaw",
                "said",
                "",
            ),
            ("“It is a whole-hospital problem.”", "Hine Rāwiri-Shaw", "said", ""),
        ],
        [
            (
                "The New Zealand Hospital Workforce Alliance said 86 nursing positions at Waikato Hospital were vacant at the end of December.",
                "The New Zealand Hospital Workforce Alliance",
                "said",
                "W",
            ),
            (
                "Its Waikato organiser, Ngaire Whitcombe, said staff were “running on empty”.",
                "Ngaire Whitcombe",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for the Minister of Health said the Government had funded 120 extra hospital beds nationally since July.",
                "A spokesperson for the Minister of Health",
                "said",
                "W",
            ),
            (
                "The spokesperson said the Minister expected every hospital to show improvement by the June quarter.",
                "A spokesperson for the Minister of Health",
                "said",
                "",
            ),
        ],
        [
            (
                "The Opposition's health spokesperson, Tama Herewini-Grant, said the six-hour figure for Waikato had been 68% a year earlier.",
                "Tama Herewini-Grant",
                "said",
                "W",
            ),
            (
                "“The Government promised shorter stays and delivered longer ones,” he said.",
                "Tama Herewini-Grant",
                "said",
                "",
            ),
        ],
        [
            (
                "Patients in Hamilton waited an average of 11 days for a non-urgent GP appointment in January, according to a survey by the Waikato Practices Collective.",
                "a survey by the Waikato Practices Collective",
                "according to",
                "W",
            )
        ],
        [
            (
                "Health New Zealand urged people with minor illnesses and injuries to call Healthline or see their GP or an urgent care clinic.",
                "Health New Zealand",
                "urged",
                "",
            )
        ],
        [("Got a health story? Email health@lantern.co.nz", "", "", "B")],
        [("This reporting is supported by the Waikato Community Journalism Trust.", "", "", "B")],
        [
            (
                "Originally published at https://www.lantern.co.nz/health/waikato-hospital-ed-six-hour-target",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 5. Malta, crime, phone
        [("☰   MARSAMXETT MAIL   🔔", "", "", "B")],
        [
            (
                "LIVE ▸ Gozo Channel: 06:00 crossing from Ċirkewwa cancelled because of swell",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "LIVE ▸ Traffic: lane closed on Regional Road towards Msida after collision",
                "",
                "",
                "B",
            )
        ],
        [("We use cookies to make", "", "", "B")],
        [("this app-like site work and to", "", "", "B")],
        [("show you ads.", "", "", "B")],
        [("OK   |   Cookie settings", "", "", "B")],
        [("Local", "", "", "B")],
        [("Three men arrested over 14 car thefts in Birkirkara, Mosta and Naxxar", "", "", "W")],
        [
            (
                "Eleven cars recovered from two Qormi garages, some already stripped for parts",
                "",
                "",
                "W",
            )
        ],
        [("Claire Vassallo-Bezzina | 10:41 | 21 comments", "", "", "B")],
        [
            (
                "Police have arrested three men in connection with the theft of 14 cars from streets in Birkirkara, Mosta and Naxxar since November.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The men, aged 24, 31 and 46, were arrested in raids on two garages in Qormi on Tuesday morning, the Malta Police Force said in a statement.",
                "the Malta Police Force",
                "said in a statement",
                "W",
            ),
            (
                "Eleven of the cars were recovered, four of them already partly dismantled, it said.",
                "the Malta Police Force",
                "said",
                "W",
            ),
        ],
        [
            (
                "Most of the stolen cars were Japanese models more than 12 years old, which have no electronic immobiliser.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Inspector Josianne Camenzuli-Pace, who is leading the investigation, said the thieves used a device bought online to open the cars and start them without a key.",
                "Josianne Camenzuli-Pace",
                "said",
                "W",
            ),
            (
                "“They could be gone with a car in under a minute,” she said.",
                "Josianne Camenzuli-Pace",
                "said",
                "",
            ),
            (
                "She said parts from the cars had been offered for sale on social media marketplaces.",
                "Josianne Camenzuli-Pace",
                "said",
                "W",
            ),
        ],
        [
            ("A fourth man, aged 52, was released on police bail after questioning.", "", "", "W"),
            (
                "Police said one of the garages had been rented under a false name since August.",
                "Police",
                "said",
                "W",
            ),
            ("The three are expected to be arraigned on Thursday.", "", "", ""),
        ],
        [
            (
                "Aggravated theft carries a prison term of up to nine years under the Criminal Code.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Marthese Zammit-Lupi's 2013 hatchback was taken from outside her home in Triq il-Kbira, Mosta, on 2 January.",
                "",
                "",
                "",
            ),
            (
                "“My husband thought I had parked it somewhere else,” she said.",
                "Marthese Zammit-Lupi",
                "said",
                "",
            ),
            (
                "“Who steals a car with 190,000 kilometres on the clock?” she asked.",
                "Marthese Zammit-Lupi",
                "asked",
                "",
            ),
        ],
        [
            (
                "Reported vehicle thefts in Malta rose from 312 in 2025 to 398 in 2026, according to police figures published in January.",
                "police figures published in January",
                "according to",
                "W",
            )
        ],
        [
            (
                "Claims for stolen vehicles rose 27% last year, according to the insurer Kalkara Mutual p.l.c.",
                "Kalkara Mutual p.l.c.",
                "according to",
                "W",
            ),
            ("Its policies do not cover theft when the keys are left in the car.", "", "", "W"),
        ],
        [
            (
                "The mayor of Birkirkara, Clint Borg-Spiteri, said the council would install 12 CCTV cameras in side streets by the summer.",
                "Clint Borg-Spiteri",
                "said",
                "",
            ),
            (
                "“People here park on the street because the old houses have no garages,” he said.",
                "Clint Borg-Spiteri",
                "said",
                "",
            ),
        ],
        [
            (
                "Police asked anyone with information to contact the nearest police station.",
                "Police",
                "asked",
                "",
            )
        ],
        [("READ NEXT", "", "", "B")],
        [("Żabbar man jailed for stealing fuel from construction sites", "", "", "B")],
        [("Reader comments (21)", "", "", "B")],
        [
            ("Comments are moderated and may take time to appear.", "", "", "B"),
            ("Keep it civil.", "", "", "B"),
        ],
        [("JosephF", "", "", "B")],
        [
            ("My cousin's Vitz went from Naxxar in December.", "", "", "B"),
            ("Never saw it again.", "", "", "B"),
        ],
        [("Tap to load 20 more comments", "", "", "B")],
        [("Like · Share · Join our WhatsApp channel", "", "", "B")],
        [
            ("Marsamxett Mail is published by Sliema Press Ltd.", "", "", "B"),
            ("All content is copyright.", "", "", "B"),
        ],
    ],
    [  # 6. Cyprus, courts, text shared from an app
        [("Sent from the Troodos Tribune app", "", "", "B")],
        [("COURTS · PREMIUM", "", "", "B")],
        [
            (
                "Former Limassol planning engineer jailed for three years over €40,000 in bribes",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Court says the payments from two developers “undermined public trust in the planning system”",
                "Limassol Assize Court",
                "says",
                "",
            )
        ],
        [("Stavroula Pittaka-Neophytou • 14.03.2027 • 13:52", "", "", "B")],
        [("Reading time 4'", "", "", "B")],
        [
            (
                "A former senior engineer at Limassol municipality was jailed for three years on Friday for taking €40,000 in bribes to speed up building permits.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Limassol Assize Court convicted Kyriakos Papaloizou, 58, in February on three counts of bribery and one of abuse of power, after he had pleaded guilty to a fourth count of bribery.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Papaloizou, who worked for the municipality for 27 years, was suspended in September 2023 and dismissed in 2025.",
                "",
                "",
                "W",
            ),
            ("He was taken to Nicosia Central Prison after the hearing.", "", "", "W"),
        ],
        [
            (
                "Presiding judge Marilena Stylianou-Kettiri said the offences had “undermined public trust in the planning system at a time when the city most needed it”.",
                "Marilena Stylianou-Kettiri",
                "said",
                "",
            ),
            (
                "She said the court had taken into account his clean record and his partial guilty plea.",
                "Marilena Stylianou-Kettiri",
                "said",
                "W",
            ),
        ],
        [
            (
                "The court heard that Papaloizou received payments from two developers between March 2022 and August 2023, in cash and in envelopes, at a café in Germasogeia.",
                "",
                "",
                "W",
            ),
            (
                "In return, their applications for two apartment blocks and a hotel extension were moved to the top of his pile.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The developers were granted immunity from prosecution in exchange for testifying and cannot be named for legal reasons.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Prosecutor Despo Mavrommati-Ioannou had asked for a sentence of at least four years.",
                "",
                "",
                "W",
            ),
            (
                "The defence had sought a suspended sentence because of Papaloizou's heart condition.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "His lawyer, Michalis Evagorou, told reporters outside the court that his client would appeal.",
                "Michalis Evagorou",
                "told reporters outside the court",
                "",
            ),
            (
                "“Three years for a man with two stents is not justice, it is a message,” Evagorou said.",
                "Michalis Evagorou",
                "said",
                "",
            ),
        ],
        [
            ("The court also ordered Papaloizou to repay the €40,000.", "", "", "W"),
            (
                "If he does not pay within six months, he will serve a further four months in prison.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Appeals against sentence must be lodged with the Court of Appeal within 14 days.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Under the Criminal Code, bribery of a public official carries a maximum sentence of seven years.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Limassol municipality said in a statement that it had changed the way permits were handled in 2024.",
                "Limassol municipality",
                "said in a statement",
                "W",
            ),
            (
                "It said applications were now assigned to engineers at random by computer, and every decision was signed off by two people.",
                "Limassol municipality",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Anti-Corruption Authority said it was examining 14 other complaints about planning decisions in the Limassol district.",
                "The Anti-Corruption Authority",
                "said",
                "W",
            )
        ],
        [
            (
                "Municipal councillor Giorgos Hadjipetrou-Lambrou said the council would ask the Audit Office to review every permit Papaloizou had signed since 2020.",
                "Giorgos Hadjipetrou-Lambrou",
                "said",
                "",
            )
        ],
        [
            (
                "The Limassol Contractors' Guild said its members had waited an average of 14 months for a permit in 2025.",
                "The Limassol Contractors' Guild",
                "said",
                "W",
            ),
            (
                "Its president, Neoklis Savvides-Kyprianou, said slow permits were “an open invitation to anyone with an envelope”.",
                "Neoklis Savvides-Kyprianou",
                "said",
                "",
            ),
        ],
        [
            (
                "The municipality issued 2,870 building permits in 2025, almost twice as many as in 2015.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Andri Kouloumbri, whose family waited 22 months for a permit to extend their house in Ypsonas, said the sentence was too short.",
                "Andri Kouloumbri",
                "said",
                "",
            ),
            (
                "“We paid the official fees and we waited our turn,” she said.",
                "Andri Kouloumbri",
                "said",
                "",
            ),
            (
                "“How many people paid the other way and never waited at all?”",
                "Andri Kouloumbri",
                "said",
                "",
            ),
        ],
        [
            ("This article is part of Tribune Premium.", "", "", "B"),
            ("Subscribe from €4.99 a month to read every story.", "", "", "B"),
        ],
        [("Join our Viber community for breaking news", "", "", "B")],
        [("Tags: Limassol · Bribery · Planning · Assize Court", "", "", "B")],
        [("More from Courts", "", "", "B")],
        [("Paphos hotelier fined €18,000 for unpaid social insurance", "", "", "B")],
        [("Nicosia rent dispute: tribunal orders landlord to return €6,400 deposit", "", "", "B")],
        [
            (
                "Read the full story, with photos, in the app: https://ttribune.cy/a/48213",
                "",
                "",
                "B",
            )
        ],
        [
            ("Not on the app yet?", "", "", "B"),
            ("Download it free from the App Store or Google Play.", "", "", "B"),
        ],
    ],
    [  # 7. Iceland, weather, live-updates page, desktop, newest first
        [("REYKJAVÍK TIDINGS", "", "", "B")],
        [("News  Weather  Travel  Business  Culture  Íslenska", "", "", "B")],
        [("● LIVE UPDATES", "", "", "B")],
        [
            (
                "Orange warning for the capital area as storm closes Hellisheiði and grounds flights at Keflavík",
                "",
                "",
                "W",
            )
        ],
        [("Last updated 15:24 · Ragnheiður Ósk Sveinbjarnardóttir and Tómas Larkin", "", "", "B")],
        [("THE LATEST", "", "", "B")],
        [("• Hellisheiði and Þrengsli closed; decision on reopening at 18:00", "", "", "W")],
        [("• 85 flights cancelled at Keflavík Airport", "", "", "W")],
        [("• Strætó buses in the capital area stop at 16:00", "", "", "W")],
        [("15:20", "", "", "B")],
        [
            (
                "The Icelandic Road and Coastal Administration has closed Hellisheiði and Þrengsli, the two main roads between Reykjavík and the south coast.",
                "",
                "",
                "W",
            ),
            (
                "The agency said it would decide at 18:00 whether the roads could reopen tonight.",
                "The agency",
                "said",
                "W",
            ),
        ],
        [("14:55", "", "", "B")],
        [
            (
                "Isavia said 46 departures and 39 arrivals at Keflavík Airport had been cancelled today.",
                "Isavia",
                "said",
                "W",
            ),
            (
                "It advised passengers to check with their airline before travelling to the airport.",
                "Isavia",
                "advised",
                "",
            ),
        ],
        [("14:30", "", "", "B")],
        [
            (
                "The Met Office recorded a gust of 38.4 metres per second on Kjalarnes at 14:10.",
                "",
                "",
                "W",
            ),
            (
                "Sigrún Eyja said the wind would peak in the capital area between 17:00 and 20:00.",
                "Sigrún Eyja Hallvarðsdóttir",
                "said",
                "",
            ),
            (
                "“Please stay at home this evening unless you really have to go out,” she said.",
                "Sigrún Eyja Hallvarðsdóttir",
                "said",
                "",
            ),
        ],
        [("13:40", "", "", "B")],
        [
            (
                "Davíð Már told Tidings that rescue teams had now answered 74 calls since midnight, most of them about loose roofing and trampolines.",
                "Davíð Már Sturluson",
                "told Tidings",
                "W",
            ),
            (
                "“Tie down your trampoline, or give it to a neighbour who has a garage,” he said.",
                "Davíð Már Sturluson",
                "said",
                "",
            ),
        ],
        [
            ("📷 A trampoline caught in a fence in Grafarvogur this afternoon.", "", "", ""),
            ("Reader photo: Auður Pálmadóttir", "", "", "B"),
        ],
        [("12:15", "", "", "B")],
        [
            (
                "Landsnet said a line fault cut power to about 2,100 homes in Vík and Kirkjubæjarklaustur at 11:52.",
                "Landsnet",
                "said",
                "W",
            ),
            ("Power was restored at 12:40, it said.", "Landsnet", "said", "W"),
        ],
        [("11:30", "", "", "B")],
        [
            (
                "Strætó said all buses in the capital area would stop running at 16:00 and that the last buses from the centre would leave Hlemmur at 15:40.",
                "Strætó",
                "said",
                "W",
            )
        ],
        [("10:45", "", "", "B")],
        [
            (
                "The Icelandic Met Office raised its warning for the capital area from yellow to orange at 10:30.",
                "",
                "",
                "W",
            ),
            (
                "An orange warning means the weather is likely to cause significant damage and disruption.",
                "",
                "",
                "W",
            ),
            (
                "Meteorologist Sigrún Eyja Hallvarðsdóttir said it was the first orange warning for the capital area since February 2025.",
                "Sigrún Eyja Hallvarðsdóttir",
                "said",
                "W",
            ),
        ],
        [("09:20", "", "", "B")],
        [
            (
                "Mateo Villar-Krum, 26, from Valencia, spent the night in a camper van on the car park of a hotel in Laugardalur after the campsite's office told campers to leave.",
                "",
                "",
                "",
            ),
            (
                "“Nobody told us that a camper van is a sail,” he said.",
                "Mateo Villar-Krum",
                "said",
                "",
            ),
        ],
        [("08:10", "", "", "B")],
        [
            (
                "The Capital Area Police said three cars had been blown off Reykjanesbraut since 07:00, and nobody had been seriously hurt.",
                "The Capital Area Police",
                "said",
                "W",
            ),
            (
                "Chief Inspector Ásgeir Þór Kolbeinsson said drivers of high vehicles and cars towing trailers should not use the road today.",
                "Ásgeir Þór Kolbeinsson",
                "said",
                "",
            ),
        ],
        [("07:30", "", "", "B")],
        [
            (
                "The search and rescue association Landsbjörg said its teams had answered 31 calls overnight.",
                "Landsbjörg",
                "said",
                "W",
            ),
            (
                "Its spokesman, Davíð Már Sturluson, said most were about loose roofing.",
                "Davíð Már Sturluson",
                "said",
                "W",
            ),
        ],
        [("06:45", "", "", "B")],
        [
            ("Good morning.", "", "", ""),
            (
                "We will follow the storm here all day, with updates from the roads, the airport and the rescue teams.",
                "",
                "",
                "",
            ),
        ],
        [("↓ Load earlier updates", "", "", "B")],
        [("Send us your photos and videos: tips@tidings.is", "", "", "B")],
        [
            (
                "Tidings Útgáfa ehf. · Laugavegur 31 · 101 Reykjavík · All rights reserved",
                "",
                "",
                "B",
            )
        ],
    ],
    [  # 8. Estonia, schools, email newsletter in webmail
        [
            (
                "Morning Edition: 410 teacher vacancies as schools go back | Tuesday 1 September",
                "",
                "",
                "B",
            )
        ],
        [("Inbox ×", "", "", "B")],
        [("Harju Bugle <morning@harjubugle.ee> Unsubscribe", "", "", "B")],
        [("to me ▾", "", "", "B")],
        [("07:02 (3 hours ago)  ☆  ↩  ⋮", "", "", "B")],
        [
            ("Images in this message are hidden.", "", "", "B"),
            ("Show images  ·  Always show images from harjubugle.ee", "", "", "B"),
        ],
        [("HARJU BUGLE  ·  MORNING EDITION  ·  1.09.2027", "", "", "B")],
        [("Tere hommikust!", "", "", "")],
        [
            (
                "Schools are back, and so is the question every head teacher asks in August: who will teach physics?",
                "",
                "",
                "",
            )
        ],
        [("TEACHERS", "", "", "B")],
        [("Schools open with 410 teacher vacancies, 65 more than a year ago", "", "", "W")],
        [
            (
                "Estonian schools began the year on Monday with 410 teacher vacancies, according to the Ministry of Education and Research.",
                "the Ministry of Education and Research",
                "according to",
                "W",
            ),
            ("That is 65 more than a year ago.", "", "", "W"),
        ],
        [
            (
                "Almost half of the vacancies are in Harju County and Ida-Viru County, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
            (
                "The shortage is worst in mathematics and physics, and in Estonian-language teaching at schools that are moving from Russian, it said.",
                "the Ministry of Education and Research",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the law adopted in 2022, pupils in grades 1 and 4 have been taught in Estonian since September 2024, and the remaining grades switch year by year until 2030.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Heili Kruusmaa, the ministry's deputy secretary-general for general education, called the figures “a warning, not a catastrophe”.",
                "Heili Kruusmaa",
                "called",
                "",
            ),
            (
                "She said 1,870 teachers, or 11% of the total, were over 65.",
                "Heili Kruusmaa",
                "said",
                "W",
            ),
            (
                "“If they all retired tomorrow, we would close schools,” Kruusmaa said.",
                "Heili Kruusmaa",
                "said",
                "",
            ),
            (
                "Kruusmaa said the ministry would publish a plan for the teaching workforce in November.",
                "Heili Kruusmaa",
                "said",
                "",
            ),
        ],
        [
            (
                "There are 16,900 teachers in Estonia's general education schools, according to the Estonian Education Information System.",
                "the Estonian Education Information System",
                "according to",
                "W",
            )
        ],
        [
            (
                "Tallinn pays a one-off bonus of €3,000 to teachers who start at a municipal school and stay for at least three years.",
                "",
                "",
                "W",
            ),
            ("The city said 58 teachers had received it since January.", "The city", "said", "W"),
        ],
        [
            (
                "In Narva, head teacher Anastassia Golubeva filled her last two posts on Friday: a retired engineer will teach physics and a third-year university student will teach Estonian.",
                "",
                "",
                "",
            ),
            (
                "“I ask every parent I meet whether they studied physics,” she said.",
                "Anastassia Golubeva",
                "said",
                "",
            ),
            ("“Some of them laugh.", "Anastassia Golubeva", "said", ""),
            ("Some of them come for an interview.”", "Anastassia Golubeva", "said", ""),
        ],
        [
            (
                "The Estonian Teachers' Collective said the average teacher's salary in 2026 was €2,130 a month, against an average wage of €2,040 across the economy.",
                "The Estonian Teachers' Collective",
                "said",
                "W",
            ),
            (
                "Its chairman, Jaanus Saarsalu, said the minimum for teachers should be raised to 120% of the average wage.",
                "Jaanus Saarsalu",
                "said",
                "",
            ),
        ],
        [("Our view: a bonus helps, but nobody moves to Narva for €3,000.", "", "", "")],
        [("ALSO TODAY", "", "", "B")],
        [("Tartu extends free school lunches to upper-secondary pupils", "", "", "W")],
        [
            (
                "Tartu City Council voted 27-12 on Thursday to pay for lunches for about 3,900 pupils in grades 10 to 12 from 1 October.",
                "",
                "",
                "W",
            ),
            (
                "The state pays €1.50 a day per pupil for lunches in grades 1 to 9, and municipalities pay the rest.",
                "",
                "",
                "W",
            ),
            (
                "Deputy mayor Kertu Vahtramäe said the extension would cost the city €1.1 million a year.",
                "Kertu Vahtramäe",
                "said",
                "",
            ),
        ],
        [("IN THE PAPER", "", "", "B")],
        [("→ Rail Baltica: Ülemiste terminal roof goes up", "", "", "B")],
        [("→ Pärnu's beach season ends with record 212,000 visitors", "", "", "B")],
        [("Hit reply and tell us what we missed; we read every email.", "", "", "B")],
        [("Forward this email to a friend who should be reading it.", "", "", "B")],
        [
            (
                "You are receiving Morning Edition because you subscribed at harjubugle.ee.",
                "",
                "",
                "B",
            ),
            ("Change your preferences or unsubscribe.", "", "", "B"),
        ],
        [("Harju Bugle OÜ, Pärnu mnt 22, 10141 Tallinn, Estonia", "", "", "B")],
    ],
    [  # 9. Latvia, local council, print view
        [
            (
                "https://www.zemgalenews.lv/en/jelgava/street-lights-off-at-night-council-vote",
                "",
                "",
                "B",
            )
        ],
        [("ZEMGALE NEWS · ENGLISH", "", "", "B")],
        [("🖨 Print   ✕ Close window", "", "", "B")],
        [
            (
                "Jelgava to switch off street lights from 1 a.m. to 5 a.m. in residential streets",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council votes 9-6 for the cut in a city whose street-lighting bill has doubled since 2021",
                "",
                "",
                "W",
            )
        ],
        [("Author: Laura Ķirse-Dambe | 12.11.2027 17:46", "", "", "B")],
        [
            (
                "Jelgava City Council voted 9-6 on Thursday to switch off street lights in residential streets between 1 a.m. and 5 a.m. from 1 December.",
                "",
                "",
                "W",
            ),
            (
                "Main roads, pedestrian crossings, school grounds and the area around the railway station will stay lit.",
                "",
                "",
                "W",
            ),
            (
                "One councillor from the ruling coalition, Aivars Ročāns-Liepa, voted with the opposition.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council expects to save about €310,000 a year, mainly on electricity.",
                "The council",
                "expects",
                "",
            ),
            (
                "Its street-lighting bill was €1.12 million in 2026, up from €540,000 in 2021, according to the council's finance department.",
                "the council's finance department",
                "according to",
                "W",
            ),
            (
                "The council buys electricity for its lamps at exchange prices under a contract that runs until 2029, the finance department said.",
                "the finance department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Council chairman Jānis Dravnieks said 4,800 of the city's 7,300 street lamps would be switched off at night under the decision.",
                "Jānis Dravnieks",
                "said",
                "W",
            ),
            (
                "“We can pay to light empty streets at three in the morning, or we can pay for kindergarten places,” he said.",
                "Jānis Dravnieks",
                "said",
                "",
            ),
            ("“I choose the kindergartens.”", "Jānis Dravnieks", "said", ""),
            (
                "Dravnieks said the council would look at the decision again after one winter.",
                "Jānis Dravnieks",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the decision, a street can keep its lights on all night if at least 60% of its households sign a request to the council.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Opposition leader Līga Vītola-Krūmiņa called the cut “a gift to burglars”.",
                "Līga Vītola-Krūmiņa",
                "called",
                "",
            ),
            (
                "“Who will walk home from a night shift at the hospital in the dark?” she asked.",
                "Līga Vītola-Krūmiņa",
                "asked",
                "",
            ),
            (
                "She said her group had proposed cutting the council's own travel and representation budget of €186,000 instead, and that the proposal was rejected 6-9.",
                "Līga Vītola-Krūmiņa",
                "said",
                "W",
            ),
        ],
        [
            (
                "The State Police's Zemgale region said it had recorded 212 burglaries in Jelgava in 2026, 31 fewer than in 2025.",
                "The State Police's Zemgale region",
                "said",
                "W",
            ),
            (
                "It said it did not comment on council decisions.",
                "The State Police's Zemgale region",
                "said",
                "",
            ),
        ],
        [
            (
                "Valmiera switched off part of its street lighting at night in 2022 and switched it back on in 2024.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The contractor SIA Zemgales Gaisma is replacing 2,100 sodium lamps with LED lamps under a €2.4 million contract signed in 2025.",
                "",
                "",
                "W",
            ),
            (
                "The council said the work would be finished by the end of 2028.",
                "The council",
                "said",
                "",
            ),
        ],
        [
            (
                "Edgars Kārkliņš, 64, who lives on Rūpniecības iela, said he had no objection.",
                "Edgars Kārkliņš",
                "said",
                "",
            ),
            (
                "“At one o'clock the only one awake on my street is the cat,” he said.",
                "Edgars Kārkliņš",
                "said",
                "",
            ),
        ],
        [
            (
                "His neighbour Ilze Ozoliņa, a nurse, said she finished her shift at 11 p.m. and would be home before the lights went out.",
                "Ilze Ozoliņa",
                "said",
                "",
            ),
            ("“But my son works nights at the bakery,” she said.", "Ilze Ozoliņa", "said", ""),
        ],
        [
            (
                "The decision can be challenged at the Administrative District Court within one month of its publication in the official gazette Latvijas Vēstnesis.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Jelgava, about 40 kilometres south-west of Riga, has about 54,000 residents.",
                "",
                "",
                "W",
            )
        ],
        [("Related articles", "", "", "B")],
        [("Jelgava raises kindergarten fees for children from outside the city", "", "", "B")],
        [("Keywords: Jelgava, city council, street lighting, energy prices", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [("Guntis_Jlg 12.11.2027 19:02", "", "", "B")],
        [("Switch off the lights at the council building first.", "", "", "B")],
        [("Dace K. 12.11.2027 20:15", "", "", "B")],
        [
            ("In Valmiera they tried it.", "", "", "B"),
            ("Two years.", "", "", "B"),
            ("Then back on.", "", "", "B"),
        ],
        [("Printed from zemgalenews.lv on 13.11.2027 at 08:09.", "", "", "B")],
        [
            ("© SIA Zemgales Ziņas, 2027.", "", "", "B"),
            ("Use of materials only with a link to the source.", "", "", "B"),
        ],
    ],
    [  # 10. Lithuania, business, desktop
        [
            (
                "OMX Vilnius 1,142.61 ▲ 0.38%    EUR/USD 1.0842 ▼ 0.11%    Brent 78.10 ▲ 1.02%    Gold 2,412 ▲ 0.20%",
                "",
                "",
                "B",
            )
        ],
        [("THE NERIS LEDGER", "", "", "B")],
        [
            (
                "Business  Markets  Economy  Tech  Energy  Real estate  Opinion   |   LT   |   Subscribe",
                "",
                "",
                "B",
            )
        ],
        [("Our site keeps small files on your computer.", "", "", "B")],
        [("We use them to remember your settings and to count", "", "", "B")],
        [("how many people read what.", "", "", "B")],
        [("Allow   Refuse", "", "", "B")],
        [("Business › Industry", "", "", "B")],
        [("Dubysos Baldai to close Jonava furniture plant, cutting 240 jobs", "", "", "W")],
        [
            (
                "Sales fell 18% last year as Scandinavian retailers cut orders; production moves to Radviliškis and Poland",
                "",
                "",
                "W",
            )
        ],
        [("Gintarė Vaitkutė-Rowe2027-04-14 11:05Updated 12:40", "", "", "B")],
        [("Share on Facebook   Share on LinkedIn   Copy link   💬 7", "", "", "B")],
        [
            (
                "Furniture maker UAB Dubysos Baldai will close its factory in Jonava by the end of June, cutting 240 jobs, the company said on Wednesday.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said it had notified the Employment Service of the collective redundancies on Tuesday.",
                "UAB Dubysos Baldai",
                "said",
                "W",
            ),
        ],
        [
            (
                "Production at the Jonava plant, which makes flat-pack wardrobes and chests of drawers, will move to the company's factory in Radviliškis and to a contract manufacturer in Poland.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Chief executive Rūta Žemaitienė said sales fell 18% to €61.4 million last year because orders from retailers in Sweden and Norway dropped by a third.",
                "Rūta Žemaitienė",
                "said",
                "W",
            ),
            (
                "“We kept Jonava open for as long as the numbers allowed,” she said.",
                "Rūta Žemaitienė",
                "said",
                "",
            ),
            (
                "She said the company would offer about 60 of the workers jobs in Radviliškis, 140 kilometres away.",
                "Rūta Žemaitienė",
                "said",
                "",
            ),
        ],
        [
            (
                "Dubysos Baldai is owned by the Swedish investment firm Ekholm & Lindqvist Kapital AB.",
                "",
                "",
                "W",
            ),
            ("The firm bought it in 2019.", "", "", "W"),
        ],
        [
            (
                "Under the Labour Code, employers must give at least two months' notice of collective redundancies, and workers with more than five years' service are entitled to severance of at least two months' pay.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Workers were told of the closure at a meeting in the canteen at 7 a.m. on Wednesday, said Darius Juodka, chairman of the plant's trade union.",
                "Darius Juodka",
                "said",
                "W",
            ),
            (
                "He said the union would ask for six months' pay for everyone.",
                "Darius Juodka",
                "said",
                "",
            ),
        ],
        [("NEWSLETTER", "", "", "B")],
        [
            ("The Ledger at Noon: the day's business news in five minutes.", "", "", "B"),
            ("Free, every weekday.", "", "", "B"),
        ],
        [("your@email.com   SUBSCRIBE", "", "", "B")],
        [
            (
                "The mayor of Jonava district, Aistė Vainorytė, said the plant was the town's second-largest private employer.",
                "Aistė Vainorytė",
                "said",
                "W",
            ),
            (
                "“For a town of 25,000 people, 240 jobs is a lot of families,” she said.",
                "Aistė Vainorytė",
                "said",
                "",
            ),
        ],
        [
            (
                "Lithuanian furniture exports fell 9% to €2.1 billion in 2026, according to Statistics Lithuania.",
                "Statistics Lithuania",
                "according to",
                "W",
            )
        ],
        [
            (
                "Tomas Grigalevičius, an economist at Nemuno Bankas, said the industry had relied too long on a handful of big Nordic buyers.",
                "Tomas Grigalevičius",
                "said",
                "",
            ),
            (
                "He expects at least two more plants to close this year.",
                "Tomas Grigalevičius",
                "expects",
                "",
            ),
        ],
        [
            (
                "Irena Sabaliauskienė, 52, has worked on the packing line in Jonava for 19 years.",
                "",
                "",
                "",
            ),
            ("“My husband works here too,” she said.", "Irena Sabaliauskienė", "said", ""),
            ("“So what do we do, both go to Radviliškis?”", "Irena Sabaliauskienė", "said", ""),
        ],
        [("Related topics: furniture · manufacturing · Jonava · layoffs · exports", "", "", "B")],
        [("Read also", "", "", "B")],
        [("Klaipėda port cargo down 6% in first quarter", "", "", "B")],
        [("Discussion (7)", "", "", "B")],
        [("vytas_k", "", "", "B")],
        [
            ("They built a new warehouse in Radviliškis last year.", "", "", "B"),
            ("Anyone could see this coming.", "", "", "B"),
        ],
        [("About us   Advertising   Editorial policy   Privacy policy", "", "", "B")],
        [
            ("© 2027 UAB Nerio leidyba.", "", "", "B"),
            ("Copying of content without written permission is prohibited.", "", "", "B"),
        ],
    ],
    [  # 11. Ukraine, sport, AMP
        [("amp.khreshchatykobserver.com", "", "", "B")],
        [("⟵  KHRESHCHATYK OBSERVER  |  SPORT", "", "", "B")],
        [
            ("Tap Got it to allow cookies for ads and visitor statistics.", "", "", "B"),
            ("Got it", "", "", "B"),
        ],
        [("Football", "", "", "B")],
        [("Vezha Lviv beat Slobozhany Kharkiv 2-1 after 52-minute air-raid stoppage", "", "", "W")],
        [
            (
                "Hnatyshyn heads winner in 84th minute; 6,200 fans spent the break in the stadium's shelters",
                "",
                "",
                "W",
            )
        ],
        [("Bohdana LysakSports editorMar 8, 2027 · 21:47", "", "", "B")],
        [("Share: Telegram · Facebook · X · Viber", "", "", "B")],
        [
            (
                "Vezha Lviv beat Slobozhany Kharkiv 2-1 at the Ukraina Stadium on Saturday in a Premier League match that was stopped for 52 minutes by an air-raid alert.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The referee, Oleksandr Pylypchak, took the players off at 16:38, in the 61st minute, with the score at 1-1.",
                "",
                "",
                "W",
            ),
            ("Play resumed at 17:30, after the all-clear and a ten-minute warm-up.", "", "", "W"),
        ],
        [
            (
                "About 6,200 spectators went down to the stadium's shelters, according to the club.",
                "the club",
                "according to",
                "W",
            )
        ],
        [
            (
                "Under Ukrainian Premier League rules, a match is stopped whenever an air-raid alert is declared in the area, and if play cannot resume within four hours, the rest of the match is played on another day from the minute it stopped.",
                "",
                "",
                "W",
            )
        ],
        [("— Sponsored —", "", "", "B")],
        [
            ("Slobozhany took the lead through Danylo Sherstiuk in the 23rd minute.", "", "", "W"),
            (
                "Vezha's Brazilian winger Caio Rezende Lima equalised with a free kick just before half-time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ostap Hnatyshyn scored the winner in the 84th minute with a header from a corner.",
                "",
                "",
                "W",
            ),
            ("It was the 22-year-old's ninth league goal of the season.", "", "", "W"),
            ("Vezha had not beaten Slobozhany since 2019.", "", "", "W"),
        ],
        [
            (
                "Vezha coach Yuriy Maksymchuk said his players had spent the stoppage “in a corridor, drinking tea and trying not to get cold”.",
                "Yuriy Maksymchuk",
                "said",
                "",
            ),
            ("“Try warming up twice in one game,” he said.", "Yuriy Maksymchuk", "said", ""),
            ("“My legs are 54 and they still hurt.”", "Yuriy Maksymchuk", "said", ""),
        ],
        [
            (
                "Slobozhany coach Vadym Perepelytsia said his team had “switched off” after the break.",
                "Vadym Perepelytsia",
                "said",
                "",
            ),
            (
                "He said defender Ihor Moskalenko-Bilyi had been taken to hospital with a suspected broken nose.",
                "Vadym Perepelytsia",
                "said",
                "W",
            ),
        ],
        [
            (
                "Slobozhany have played their home matches in Kyiv since 2022 because of the risk of shelling in Kharkiv.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The win lifts Vezha to fourth in the table with 38 points from 22 games, two behind Slobozhany.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The club said 480,000 hryvnias from ticket sales had been transferred to a rehabilitation centre for wounded soldiers in Lviv.",
                "The club",
                "said",
                "W",
            )
        ],
        [
            (
                "Solomiia Kovalyshyn, 17, said she had finished her geography homework in the shelter.",
                "Solomiia Kovalyshyn",
                "said",
                "",
            ),
            (
                "“We have done this at school since I was 14,” she said.",
                "Solomiia Kovalyshyn",
                "said",
                "",
            ),
            ("“At least here there was a match to go back to.”", "Solomiia Kovalyshyn", "said", ""),
        ],
        [("Vezha play Kalyna Vinnytsia away on 15 March at 15:00.", "", "", "W")],
        [("MATCH FACTS", "", "", "B")],
        [
            (
                "Vezha Lviv 2 (Rezende Lima 45+1, Hnatyshyn 84) Slobozhany Kharkiv 1 (Sherstiuk 23)",
                "",
                "",
                "",
            )
        ],
        [("Yellow cards: Hnatyshyn; Moskalenko-Bilyi, Sherstiuk", "", "", "")],
        [("Attendance: 6,214 · Referee: O. Pylypchak (Chernivtsi)", "", "", "")],
        [("#UPL #VezhaLviv #Slobozhany #AirRaid", "", "", "B")],
        [("More football", "", "", "B")],
        [("National team: Ukraine to play friendly in Wrocław in June", "", "", "B")],
        [
            ("Support independent Ukrainian journalism.", "", "", "B"),
            ("Become a member from $5 a month.", "", "", "B"),
        ],
        [("Our Telegram channel: @khreshchatykobserver", "", "", "B")],
        [
            ("© 2027 Khreshchatyk Observer.", "", "", "B"),
            ("Quoting is allowed with an active hyperlink.", "", "", "B"),
        ],
    ],
    [  # 12. Romania, culture, phone
        [("☰  CARPATHIAN REVIEW  👤", "", "", "B")],
        [("A   A+   A++   🔊", "", "", "B")],
        [("Before you continue", "", "", "B")],
        [("We and selected partners process personal data, such as your IP address,", "", "", "B")],
        [("to measure the audience and to show ads based on your interests.", "", "", "B")],
        [("AGREE   ·   SEE PURPOSES", "", "", "B")],
        [("CULTURE / MUSIC", "", "", "B")],
        [
            (
                "Bega Jazz Days drew 38,000 people this year, but Timișoara will cut its grant by a third",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Council cuts the festival's grant from 1.2 million lei to 800,000 lei for 2028 after a 14% cut to the city's culture budget",
                "",
                "",
                "W",
            )
        ],
        [("Sorina Teodorescu-Hall · 24 Aug 2027 · 09:14 · 💬 9", "", "", "B")],
        [
            (
                "The Bega Jazz Days festival in Timișoara drew about 38,000 people over four days this year, its biggest audience since it began in 2019, the organisers said on Monday.",
                "the organisers",
                "said",
                "W",
            ),
            (
                "Most of the concerts were free and held on two stages on the banks of the Bega.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Festival director Ioana Mărgineanu-Vlad said 1,900 tickets had been sold for the three paid evening concerts at the Capitol Hall on str. Alba Iulia, and that all three sold out.",
                "Ioana Mărgineanu-Vlad",
                "said",
                "W",
            ),
            (
                "“People came from Belgrade, from Szeged, from Cluj,” she said.",
                "Ioana Mărgineanu-Vlad",
                "said",
                "",
            ),
            (
                "“This is what a city of culture looks like after the title has gone.”",
                "Ioana Mărgineanu-Vlad",
                "said",
                "",
            ),
        ],
        [("Timișoara was a European Capital of Culture in 2023.", "", "", "W")],
        [
            (
                "The city council voted on Thursday to give the festival 800,000 lei in 2028, down from 1.2 million lei this year.",
                "",
                "",
                "W",
            ),
            (
                "Deputy mayor Corina Bălăceanu said the culture budget as a whole had been cut by 14% because the city's income from local taxes fell short of the forecast.",
                "Corina Bălăceanu",
                "said",
                "W",
            ),
            ("“Every festival got the same letter,” she said.", "Corina Bălăceanu", "said", ""),
        ],
        [("CONTINUE READING", "", "", "B")],
        [("Only subscribers can read the rest of this article.", "", "", "B")],
        [("Subscribe for 19 lei a month — cancel whenever you want.", "", "", "B")],
        [("Have an account? Log in", "", "", "B")],
        [
            (
                "Mărgineanu-Vlad said the festival would have to charge 30 lei for the riverside concerts next year, or cut the programme from four days to three.",
                "Ioana Mărgineanu-Vlad",
                "said",
                "",
            ),
            (
                "“Would you rather pay 30 lei or lose a day?” she asked.",
                "Ioana Mărgineanu-Vlad",
                "asked",
                "",
            ),
        ],
        [
            (
                "The festival's main sponsor, the Timișoara-based software firm Bastion Soft S.R.L., said it would keep its contribution at 350,000 lei.",
                "Bastion Soft S.R.L.",
                "said",
                "",
            ),
            ("The firm has sponsored the festival since 2021.", "", "", "W"),
        ],
        [
            (
                "Saxophonist Sorin Apetrei, who played on the river stage on Saturday night, said musicians were paid between 1,500 and 4,000 lei per concert.",
                "Sorin Apetrei",
                "said",
                "W",
            ),
            (
                "“If the riverside goes behind a fence, it stops being ours,” he said.",
                "Sorin Apetrei",
                "said",
                "",
            ),
        ],
        [
            (
                "A study commissioned by the organisers from the West University of Timișoara estimated that festivalgoers spent 9.6 million lei in the city's hotels, restaurants and shops during the four days.",
                "A study commissioned by the organisers from the West University of Timișoara",
                "estimated",
                "W",
            )
        ],
        [
            (
                "Cosmin Dumbravă, who runs a bar on bd. Revoluției din 1989, said his takings that weekend were three times his usual.",
                "Cosmin Dumbravă",
                "said",
                "",
            ),
            (
                "“Jazz people drink slowly, but they drink for a long time,” he said.",
                "Cosmin Dumbravă",
                "said",
                "",
            ),
        ],
        [
            (
                "The 2028 edition is scheduled for 17 to 20 August, the organisers said.",
                "the organisers",
                "said",
                "W",
            )
        ],
        [("💬 9 comments   ·   Add a comment", "", "", "B")],
        [("Radu_TM", "", "", "B")],
        [
            (
                "Free concerts by the river were the best thing about this city in summer.",
                "",
                "",
                "B",
            ),
            ("Sad.", "", "", "B"),
        ],
        [("Also on Carpathian Review", "", "", "B")],
        [("Iași opera season opens with a new Tosca", "", "", "B")],
        [("Find us on  f  ig  ▶", "", "", "B")],
        [
            ("Carpathian Review is published by Editura Carpathia S.R.L.", "", "", "B"),
            ("Reproduction without consent is forbidden.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n186-uk-ltd-ends",
        "The depot is leased from Avonmouth Fleet Services Ltd. Its lease ends in 2029.",
        ["The depot is leased from Avonmouth Fleet Services Ltd.", "Its lease ends in 2029."],
    ),
    (
        "n186-uk-am-before-cllr",
        "The petition was handed in at 10 a.m. Cllr Ashdown-Reeve was not there.",
        ["The petition was handed in at 10 a.m.", "Cllr Ashdown-Reeve was not there."],
    ),
    (
        "n186-uk-company-no-ends",
        "Registered in England and Wales, company No. 55120931. VAT No. 118 2290 41.",
        ["Registered in England and Wales, company No. 55120931.", "VAT No. 118 2290 41."],
    ),
    (
        "n186-ie-ms-irish-surname",
        "Ms Ní Dhomhnaill chairs the board. Mr Mac Aodha is her deputy.",
        ["Ms Ní Dhomhnaill chairs the board.", "Mr Mac Aodha is her deputy."],
    ),
    (
        "n186-ie-cents-decimal",
        "The unit rate rises from 36.1c to 39.2c. The standing charge stays at €291.",
        ["The unit rate rises from 36.1c to 39.2c.", "The standing charge stays at €291."],
    ),
    (
        "n186-au-pty-ltd-ends",
        "The units were built by Swanbourne Homes Pty Ltd. The firm went into administration in May.",
        [
            "The units were built by Swanbourne Homes Pty Ltd.",
            "The firm went into administration in May.",
        ],
    ),
    (
        "n186-au-min-cost-opens",
        "Min. cost $72 for 12 weeks. Cancel any time.",
        ["Min. cost $72 for 12 weeks.", "Cancel any time."],
    ),
    (
        "n186-nz-dr-hyphenated",
        "“It is a whole-hospital problem,” Dr Rāwiri-Shaw said. She has worked there since 2011.",
        [
            "“It is a whole-hospital problem,” Dr Rāwiri-Shaw said.",
            "She has worked there since 2011.",
        ],
    ),
    (
        "n186-mt-plc-ends",
        "Claims rose 27%, according to Kalkara Mutual p.l.c. Its policies exclude keys left in cars.",
        [
            "Claims rose 27%, according to Kalkara Mutual p.l.c.",
            "Its policies exclude keys left in cars.",
        ],
    ),
    (
        "n186-cy-dotted-date-ends",
        "The sentence was passed on 14.03.2027. He has 14 days to appeal.",
        ["The sentence was passed on 14.03.2027.", "He has 14 days to appeal."],
    ),
    (
        "n186-cy-question-unattributed",
        "“How many people paid the other way?” Nobody in the courtroom answered.",
        ["“How many people paid the other way?”", "Nobody in the courtroom answered."],
    ),
    (
        "n186-is-ehf-ends",
        "The photos were sold by Norðurljós Myndir ehf. The company pays readers nothing.",
        ["The photos were sold by Norðurljós Myndir ehf.", "The company pays readers nothing."],
    ),
    (
        "n186-is-gust-decimal",
        "The gust measured 38.4 metres per second. It was the strongest since 2025.",
        ["The gust measured 38.4 metres per second.", "It was the strongest since 2025."],
    ),
    (
        "n186-lv-am-ends",
        "The lights go off at 1 a.m. The first buses run at 5.30 a.m. on weekdays.",
        ["The lights go off at 1 a.m.", "The first buses run at 5.30 a.m. on weekdays."],
    ),
    (
        "n186-lt-ab-ends",
        "The plant belongs to Ekholm & Lindqvist Kapital AB. The firm is based in Gothenburg.",
        ["The plant belongs to Ekholm & Lindqvist Kapital AB.", "The firm is based in Gothenburg."],
    ),
    (
        "n186-ua-no-shirt-ends",
        "The winner came from Hnatyshyn, wearing No. 19. Vezha moved up to fourth.",
        ["The winner came from Hnatyshyn, wearing No. 19.", "Vezha moved up to fourth."],
    ),
    (
        "n186-ua-initial-referee",
        "The referee was O. Pylypchak from Chernivtsi. He showed three yellow cards.",
        ["The referee was O. Pylypchak from Chernivtsi.", "He showed three yellow cards."],
    ),
    (
        "n186-ro-srl-ends",
        "The festival is sponsored by Bastion Soft S.R.L. The firm has 140 staff.",
        ["The festival is sponsored by Bastion Soft S.R.L.", "The firm has 140 staff."],
    ),
    (
        "n186-ro-str-nr-mid",
        "The bar is at str. Mărășești nr. 4, near the cathedral. It opens at noon.",
        ["The bar is at str. Mărășești nr. 4, near the cathedral.", "It opens at noon."],
    ),
    (
        "n186-ro-bd-mid",
        "The stage stood on bd. Revoluției din 1989 for four days. It came down on Sunday.",
        ["The stage stood on bd. Revoluției din 1989 for four days.", "It came down on Sunday."],
    ),
    (
        "n186-uk-cllr-initial-one",
        "Cllr. P. Ashdown-Reeve called it a kick in the teeth.",
        ["Cllr. P. Ashdown-Reeve called it a kick in the teeth."],
    ),
    (
        "n186-au-mr-initials-one",
        "Mr D. J. Kellaway-Boyce opened the block on Friday.",
        ["Mr D. J. Kellaway-Boyce opened the block on Friday."],
    ),
    (
        "n186-mt-plc-mid-one",
        "Kalkara Mutual p.l.c. said claims for stolen cars rose 27% last year.",
        ["Kalkara Mutual p.l.c. said claims for stolen cars rose 27% last year."],
    ),
    (
        "n186-cy-v-case-one",
        "The case, Republic v. Papaloizou, was heard at the Limassol Assize Court.",
        ["The case, Republic v. Papaloizou, was heard at the Limassol Assize Court."],
    ),
    (
        "n186-is-approx-one",
        "Gusts reached approx. 38 m/s on Kjalarnes at 14:10.",
        ["Gusts reached approx. 38 m/s on Kjalarnes at 14:10."],
    ),
    (
        "n186-ee-ie-one",
        "The state pays €1.50 a day per pupil, i.e. about €285 a year.",
        ["The state pays €1.50 a day per pupil, i.e. about €285 a year."],
    ),
    (
        "n186-lv-p-no-one",
        "The decision appears on p. 4 of Latvijas Vēstnesis, no. 221.",
        ["The decision appears on p. 4 of Latvijas Vēstnesis, no. 221."],
    ),
    (
        "n186-lt-approx-incl-one",
        "Sales fell to approx. €61.4 million, incl. €9.8 million from Poland.",
        ["Sales fell to approx. €61.4 million, incl. €9.8 million from Poland."],
    ),
    (
        "n186-ua-vs-one",
        "Vezha vs. Slobozhany was stopped in the 61st minute.",
        ["Vezha vs. Slobozhany was stopped in the 61st minute."],
    ),
    (
        "n186-ie-st-one",
        "The chipper on St. Mary's Square has been open since 1987.",
        ["The chipper on St. Mary's Square has been open since 1987."],
    ),
]
