"""Hundred-and-eightieth set of new hand-labelled pages for the hint engines (tuning set, round sixty-two):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve English-language news markets in twelve GENRES where CHECK-WORTHINESS and SENTENCE SPLITS are
the hard part, one page per region and per genre, the pastes varied (desktop, phone, reader mode, AMP,
print view, a live-updates page, text shared from a news app, an email newsletter in webmail). The
pages: a United States statehouse nonprofit newsroom's website on the DESKTOP (a state budget vote:
the Ohio House passes a $197.6 billion two-year budget 58-39 after an all-night session, with a
spending table); a Canadian radio station's LIVE-UPDATES page pasted from a PHONE (a wildfire update:
the Sapphire Ridge fire west of Williams Lake grows to 18,400 hectares and the evacuation order
reaches 612 properties); an English regional newspaper's AMP page (a hospital inspection report: the
Care Quality Commission rates a Wakefield hospital's maternity unit inadequate, with a ratings box); a
Scottish newspaper's PRINT VIEW (a ferry contract: a Gdańsk yard wins £268m to build two ferries for
the Mull and Islay routes as the Greenock bid falls short); a Welsh local news site pasted from a PHONE
(a school-closure consultation: Powys consults on closing a 23-pupil Welsh-medium primary); an Irish
business site in READER MODE (a housing-statistics release: 8,412 new homes completed in the first
quarter, up 11.3%, with a completions table); a Northern Irish newspaper's website on the DESKTOP, with
a cookie banner and comments (an inquest: an apprentice scaffolder, 19, died after a fall from a
platform whose guardrail had been removed); an Australian finance site's EMAIL NEWSLETTER pasted from
WEBMAIL (an interest-rate decision: the Reserve Bank of Australia cuts the cash rate to 3.35%, with a
rates box); a New Zealand news site's APP, its text SHARED (a rugby match report: Taranaki beat
Canterbury 27-24 in the NPC final, with a scoring box); an Israeli business daily's English AMP page
(a tech company's earnings: a Herzliya cyber firm's revenue up 23% but its outlook trimmed, with a
results table); a Cypriot English-language newspaper's website on the DESKTOP (a tourism-figures
story: a record August with 612,840 arrivals, with a country table); and a Maltese news portal pasted
from a PHONE (a court sentencing: a drink-driver who punched two police officers jailed for 18 months).

What is hard is telling statements of record from what sits beside them, sentence by sentence and
often inside one paragraph. Of record ("W"): figures, records and rankings given by bodies, officials,
companies and documents (a roll-call vote and its defections, spending over two years, hearings and
witnesses, amendments tabled, a rainy-day fund, sales-tax receipts, hectares burned and evacuees
registered, shifts short of midwives, serious incidents, four-hour A&E performance, tender scores and
bids, cost per pupil and empty places, completions, rents, mortgage approvals and people in emergency
accommodation, injuries found at post-mortem and deaths from falls, inflation, unemployment, the
dollar, bond yields and repayments, a crowd, tackles and possession, revenue, profit, ARR and
buybacks, arrivals by country, occupancy and a levy's yield, a breath reading and assaults on
officers); causal claims ("pushed by gusts of up to 60 km/h", "in part because fewer new cars were
imported from outside the U.S.", "mainly because of a new collective agreement for hotel staff",
"because of a freeze on new IT contracts", "the shekel's 6% rise ... added $7.8 million to costs",
"its fall pulled the index 0.4% lower"); findings, submissions and rulings (the CQC's "found", a
coroner's findings and his counterfactual "Had the guardrail been in place, I am satisfied that
Jordan would not have fallen", a foreman's "replied: “No.”", a plea and a fine, the defence's and the
prosecution's asks, a magistrate's reasons, orders and the case she "cited"); rules (the Ohio
governor's ten days and line-item veto, an evacuation order, a campfire ban and its fine, a Section
29A warning notice, the Public Contracts (Scotland) Regulations 2015 and a standstill period, the
School Organisation Code's presumption against closing rural schools, the Work at Height Regulations'
guardrail height, Art. 96 of the Criminal Code, Malta's drink-driving limits), including CONDITIONAL
rules ("If the Senate changes the bill, the House must ...", "If the cabinet approves the proposal,
the council must publish a statutory notice ..."); methodology (how the CSO counts a completion, the
CQC's four-point scale and re-inspection practice); scheduled events set by those who run them (a
Senate hearing "on Monday at 10 a.m.", public testimony and a floor vote, DriveBC's next assessment,
drop-in sessions, a cabinet date, a CSO release, an RBA meeting and a Statement on Monetary Policy, a
citing hearing and a victory parade, an investor day, ferry delivery dates); and prices (ESS food
rates, Road Equivalent Tariff fares, a €1.50 levy, match tickets, NIS share prices).
Not worth checking (""): forecasts ("The firm expects the fund to fall below $2 billion by mid-2029
if ...", "Crews expect the fire to reach the Fraser River by Thursday if ...", the weather agency's
winds, "The council expects it to fall to 19 by 2031", "He expects about 38,000 completions", "The
board expects it to peak at 4.7 per cent", "It expects fourth-quarter revenue of ...", a deputy
minister's record year, an economist's weaker September); targets, plans and proposals, even an
official's or a company's ("NHS England's target is 78% ...", "The Government's target ... is 50,500
homes", "The deputy ministry's target is 4.5 million arrivals a year by 2030", a CFO's $1 billion
ARR aim, a closure proposal's dates and free transport, a hiring plan, "CMAL said it would publish a
summary ... “once the standstill period ends”", a brokerage's price target), and conditional ones ("If
the school closes, the council would consider transferring the building ..."); advice ("The CRD
advised people on alert to pack ...", a health officer's "urged", the trust's advice to expectant
mothers, a coroner's recommendation, the newsletter's own "ring them and ask why"); opinions,
characterisations and promises ("“a promise kept to every family ...”", "“a kick in the teeth for the
lower Clyde”", "“full but not profitable”", "“about as dovish as this board gets”", "“refused to read
the script”", "“By the summer we will have the safest staffing this unit has had in a decade”");
feelings, tributes, anecdotes and a person's own figures (a teacher's 130 miles, a rancher's 340 head,
a mother's 16-hour wait, a guest-house owner's 31 lost bookings, a former pupil's 62 classmates in
1948, a nurse's nine lost bids and another's $1,100 rise in repayments, a fan's season ticket since
1991, a winger's nan, a bar owner's €9 and €14 cocktails, a retired teacher's NIS 98 shares);
questions in quotes and question subheads; scene-setting and captions that only describe; and data
lines (table rows, a ratings box, scorer lines). A quote or question may hold a figure used as
rhetoric ("“a 4 a.m. raid on public schools”", "“Where am I supposed to put another 170 cows?”",
"“Who writes us off at 21-7 at home?”", "“Who complains about €14 when they are on holiday?”",
"“Who is going to move here with young children when the nearest school is a 25-minute bus ride
away?”"), "".

And where sentences end: abbreviations that END one before a capital ("until 4:40 a.m." / "Five
Republicans ..."; "on Monday at 10 a.m." / "Public testimony ..."; "Prosperity Ohio Action Inc." / "The
group spent ..."; "from outside the U.S." / "Federal tariffs ..."; "at 9:10 p.m." / "Photo by ...";
"Scioto Civic News Co." / "All rights reserved."; "on Proctor St." / "It is open ..."; "takes 50
minutes approx." / "Fuel is available ..."; "pet food etc." / "Alerts can become ..."; "Fraser Rotor
Services Ltd." / "Crews expect ..."; "as of 8 a.m." / "He said ..."; "wildfires in B.C." / "Of those
..."; "Lindenfold Catering plc." / "The firm said ..."; "Baltic Hullworks S.A." / "The yard, ...";
"CalMac Ferries Ltd." / "The company runs ..."; "Saltire Standard Media Ltd." / "Registered in
Scotland No. SC384211."; "runs until 17 December at 5 p.m." / "Responses can be made ...";
"Hallinan Brothers & Co." / "The firm said ..."; "replied: “No.”" / "“I think about ...";
"Antrim & Down Media Ltd." / "All rights reserved."; "jobs figures from the U.S." / "The S&P/ASX 200
..."; "Quillon Data Inc." mid-sentence but "Lumenrail Security Inc." / "The deal added ..."; "Yarkon
Capital Markets Ltd." / "He cut his price target ..."; "Switzerland etc." / "Holidaymakers ...";
"Akamas Post Publishing Co." / "All rights reserved."; "Ħalfa Riders Ltd." / "The company said ...")
and abbreviations that do not (titles "Dr.", "Dr", "Mr.", "Ms.", "Mrs.", "Prof.", "Rep.", "Cllr",
"Coroner Mr.", "Magistrate Dr."; party-and-district tags "R-Findlay", "D-Cleveland"; "S.B. 12, a
Senate bill", "Amendment No. 4, from Rep. ...", "yard No. 1147,", "No. 8 Lachlan Pettigrew-Rua", "Jan.
1, 2028,", "since Feb. 18 and", "on Dec. 9."; "Change vs. FY2026-27"; "B.C. Wildfire Service", "across
B.C. on Tuesday"; "two U.S. federal agencies", "two U.S. agencies"; "University of St. Andrews,", "at
St. Harmon,", "in St. Julian's last summer", "on St. George's Road", "fullback Jaxon St. Clair scored";
"Co. Cork (892), Co. Kildare (701) and Co. Meath (655)"; "Cartsburn Engineering Ltd. of Greenock",
"Lagan Access Scaffolding Ltd. on the Friday", "Southern Mutual Bank Ltd. said", "Coorong Savings
Ltd. and Wattle Credit Union Ltd.,", "Paddington Rowe Securities Ltd.,", "Baggot Quay Research
Ltd.,", "Tzofit Cyber Defense Ltd. (Nasdaq: TZFT; TASE: TZFT),", "Quillon Data Inc. had expected";
"approx. 120 kilometres", "approx. $4.1 billion"; "Art. 96 of the Criminal Code", "The Police v.
Micallef Stafrace"; times "at 2.47 p.m. on 9 March 2025,", "at 10.40 a.m. when", "at 12.30 p.m.
after", "at around 3.40 a.m. on", "at 4 p.m. on Tuesday", "at 11 a.m. on Monday", "from 3.30 p.m. to 7
p.m.", "released at 2.30pm AEST,", "at 2.15am on"; initials in scorer lines "W. Ngatai-Hurst, T.
Rowlatt-Piripi, J. St. Clair, R. Kingi-Fale" and "D. J. McLachlan-Toa"; an address line "88 Phillip
St. Sydney NSW 2000"); decimals, units and currencies ("$197.6 billion", "2.75%", "$26,050", "71.2
points", "£268.4 million", "£43.75", "61.4%", "€1,742", "3.35 per cent", "US64.82c", "8,912.4",
"$41.37", "NIS 153.40", "€412.6 million", "€1.50-a-night", "0.5 grams per litre"); quotes ending in "?"
before their attribution, one sentence each ("“Who in this chamber ...?” she asked.", "“Where am I
supposed to put another 170 cows?” he asked.", "“If that was your wife, would you call it care?” she
asked.", "‘How many more times ...?’ she asked.", straight quotes in ""Who is going to move here
...?" she asked.", "‘Where are all these new homes going?’ she asked.", "“How does a rail go missing
...?” she asked.", "“Who writes us off at 21-7 at home?” he asked.", "“Do I wish Washington moved
faster?” he asked, to laughter from the analysts.", "“Who complains about €14 ...?” he asked.", "“Why
do we need a court ...?” he asked."), against a quote whose first sentence is a question that DOES
end a sentence ("“Would I like to see more cuts?" / "That is not how we think about it,” she said.");
a quote running into a second paragraph, British style ("... and we saw why." / "“Nobody should have
to beg ...”"); a parenthesis holding a full sentence (how the CSO counts a completion), against
brackets inside a sentence ("(892)", "(14.1%)", "(Cystat)", "(Nasdaq: TZFT; TASE: TZFT)"); semicolons
that never split (standfirsts, a ticker bracket, a scorer line, a quote "“The quarter was fine; the
guidance is the story,”"); and list lines, one sentence each (key-point bullets, table rows, ratings
lines, "HT: Canterbury 14-7.").

The pages hold 536 sentences: 149 "B", 228 "W" and 159 ""; 192 sentences carry a speaker (104
distinct speakers, page by page; 102 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, share
line, caption, credit, time stamp, table row, list item, box label and legal line is a paragraph of
its own, except that a caption and a credit pasted in one line are two sentences of one paragraph);
each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the
recent sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its
content and its credit "B"; tables pasted as lines with a "B" title, header row and source line and ""
data rows; headlines and standfirsts never split and flagged by content, their "says", "finds" or
"expects" carrying the source as the body first gives it; a dateline belongs to its lead sentence; a
person is named in full as first given, without titles, roles or party tags, and a pronoun, surname
or role noun resolves to that name; a quote over several sentences or paragraphs carries its speaker
and cue in each; "according to X" gives X as written, a bracketed acronym or a descriptor before a
proper name dropped; a channel phrase after the verb is part of the cue ("said in an email", "said in
a news release", "told reporters at a briefing in Williams Lake", "said in a report", "told analysts on
a conference call", "said in a Facebook post", "told Harbourline") and a fronted one is not ("In a
statement, Lagan Access Scaffolding Ltd. said", "In her judgment, the magistrate said", "Outside
court, his mother, ..., said"); a body acting with no verb of saying carries no speaker (the House's
vote, the CQC's rating in the lead, the RBA's cut, a magistrate handing down a sentence, the company's
cut to its forecast, an analyst cutting his price target).

Conventions this set had to settle, in the same spirit:

* SHORT FORMS AND GENERIC NOUNS: an acronym, "It" or a short form that still names the body resolves
  to the name as first given, article and capital as written there ("The CRD advised" -> "The Cariboo
  Regional District", "CMAL said" -> "Caledonian Maritime Assets Ltd", "It said" -> "The Department
  of Housing", "Doorstep Ireland", "Lagan Access Scaffolding Ltd.", "the Taranaki Rugby Football
  Union", "The police officers' union", "It expects" -> "Tzofit Cyber Defense Ltd.", "It hopes" ->
  "The parents' action group"); a single generic noun is kept as written ("the district", "the
  wildfire service", "The firm", "the trust", "The council", "The board", "the union", "the company",
  "The company", "the deputy ministry"). A point that belongs to a firm's name stays in the label
  ("Cartsburn Engineering Ltd.", "Southern Mutual Bank Ltd.") and a name written without one keeps
  none ("Caledonian Maritime Assets Ltd").
* A CONDITIONAL is "" when it is a forecast or a plan ("... if the tax cut passes unchanged", "... if
  the wind stays in the southwest", "unless the government extended a subsidy ...", "If the school
  closes, the council would consider ...") and "W" when it is a rule of procedure or law ("If the
  Senate changes the bill, the House must ...", "If the cabinet approves the proposal, the council
  must publish a statutory notice and allow 28 days for objections", "the CQC can restrict or suspend
  a provider's registration if it finds no improvement"); a coroner's counterfactual finding ("Had the
  guardrail been in place, I am satisfied that Jordan would not have fallen") is a ruling, "W".
* A TARGET band the data sit inside is of record ("trimmed mean inflation had eased to 2.6 per cent
  ..., within its 2 to 3 per cent target band for the fifth quarter in a row", "W"), while a target to
  be reached is a plan ("NHS England's target is 78% by the end of March", "The Government's target
  ... is 50,500 homes in 2027", ""). A CUT TO A FORECAST is an act of record ("the company cut its
  full-year revenue forecast to between $712 million and $718 million", "W"), the forecast itself is
  not ("It expects fourth-quarter revenue of ...", ""); a past consensus reported as a fact ("Analysts
  polled by Quillon Data Inc. had expected 57 cents.") is "W" with no speaker.
* A PROPOSAL under consultation is a plan ("Under the proposal, the school would close on 31 August
  2028 ...", "The council would provide free transport.", and the standfirst that states it, ""),
  while the consultation's own dates and the drop-in sessions are scheduled events ("W").
* INQUEST EVIDENCE given under oath ("told the inquest", "told the court", "said" by the pathologist
  and the HSENI inspector) is of record, "W", and so is a one-word answer reported in full ("Asked by
  the coroner whether anyone had checked ..., Mr. Toner-McIlroy replied: “No.”", cue "replied"); the
  family's tribute and the coroner's recommendation are "".
* A NEWSLETTER's greeting, teaser and advice in its own voice are "" with no speaker; its subject line,
  sender, "to me", date and view-in-browser lines are "B". A reader's comment under a story is "B",
  split into its sentences ("Mairead_C: Heartbreaking." / "Thoughts with his family.").
* Someone named only by role or by a given name is kept as written ("Inspectors", "A Scottish
  Government spokeswoman", "The parents' action group", "Analysts at Wexford Fiscal Partners", "The
  prosecution", "The police officers' union", and "Manwel" for a kiosk worker "who gave his name only
  as Manwel").

Written from scratch for issue 13 in round sixty-two, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module docstrings,
`STYLES`, a few pages and the `CASES` of `labelled_new175.py` and `labelled_new176.py`. Coined names
were checked for freshness against the capitalised words of those two files: four outlet words
("Beacon", "Tribune", "Wire", "Brief"), one firm word ("Dispatch") and four name parts ("Bernadette",
"Folasade", "Joseph", "John") that hit were replaced before the file was written; only common words,
titles and real places and bodies still hit.

Every person, outlet, newsletter, firm, shipyard, bank, brokerage, research house, charity, union,
association, action group, hospital, school, estate, statement, quote and figure is invented, and so
are the small institutions and places (Castlegate General Hospital, Five Towns Hospitals NHS Trust,
Ysgol Cefn Eithin, Baltic Hullworks S.A., Cartsburn Engineering Ltd., Lagan Access Scaffolding Ltd.,
Tzofit Cyber Defense Ltd., Ħalfa Riders Ltd., the Sapphire Ridge wildfire and the like). Real
countries, states, provinces, cities, towns, villages, roads, rivers, stadiums, airports, islands,
ferry routes, indices, exchanges, courts, prisons, parliaments, councils, ministries, agencies,
boards, laws, codes, programmes and other public bodies appear only as settings, with invented
statements and figures: Ohio, Columbus, Findlay, Cleveland, Akron, Wapakoneta, Youngstown, Parma,
Indiana, Pennsylvania, the Ohio House and Senate, the Ohio Constitution, the Legislative Service
Commission, the Department of Taxation, the Office of Budget and Management and EdChoice; British
Columbia, Williams Lake, Meldrum Creek, Riske Creek, Hanceville, Quesnel, the Fraser River, Highway
20, Proctor Street and the Cariboo Memorial Recreation Complex, the Cariboo Regional District, the
BC Wildfire Service and the Cariboo Fire Centre, DriveBC, the Ministry of Emergency Management and
Climate Readiness, Emergency Support Services, Environment and Climate Change Canada and Interior
Health; Wakefield, Ossett, Pontefract, the Care Quality Commission, NHS England, Healthwatch
Wakefield, Wakefield Council and the Health and Social Care Act 2008; Gdańsk, Greenock, the Clyde,
Oban, Craignure, Mull, Kennacraig, Port Askaig, Port Ellen, Islay, the Baltic, Caledonian Maritime
Assets Ltd, CalMac Ferries Ltd, the Scottish Government, the Highlands and Islands, the University of
St Andrews, the Road Equivalent Tariff and the Public Contracts (Scotland) Regulations 2015;
Powys, Abbeycwmhir, Rhayader, St Harmon, Radnorshire, Powys County Council, the Welsh Government and
its School Organisation Code; Dublin, Drumcondra, Ratoath, Cork, Kildare, Meath, the Border region,
the Central Statistics Office, the ESB, the Department of Housing, the Residential Tenancies Board
and Banking & Payments Federation Ireland; Belfast, Carrickfergus, Newtownabbey, the Royal Victoria
Hospital, Belfast Crown Court, the High Court, the Health and Safety Executive for Northern Ireland,
the Department for the Economy, the Health and Safety at Work (Northern Ireland) Order 1978 and the
Work at Height Regulations (Northern Ireland) 2005; Sydney, Penrith, Adelaide, Phillip Street, the
Reserve Bank of Australia and its Monetary Policy Board, the Australian Bureau of Statistics and the
S&P/ASX 200; New Plymouth, Yarrow Stadium, Devon Street and its Clock Tower, Taranaki, Canterbury,
Auckland, the National Provincial Championship, the Taranaki Rugby Football Union and Super Rugby;
Herzliya, Tel Aviv, Haifa, Be'er Sheva, Boston, New York, Washington, the Nasdaq, the Tel Aviv Stock
Exchange and the TA-35 index; Nicosia, Ayia Napa, Nissi beach, Paphos, Larnaca, Protaras, the
Statistical Service (Cystat), the Deputy Ministry of Tourism, Hermes Airports and the University of
Cyprus; and Valletta, Birkirkara, St Julian's, St George's Road, Marsa, the Court of Magistrates, the
Court of Criminal Appeal, the Corradino Correctional Facility, the Criminal Code and the Traffic
Regulation Ordinance.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'United States STATEHOUSE NONPROFIT NEWSROOM\'S WEBSITE (Columbus, Ohio), desktop browser paste, a STATE BUDGET VOTE: the Ohio House passes a $197.6 billion two-year budget 58-39 after an all-night session. Head: masthead, menu, a donate line, section label (all "B"); headline of record "W"; a standfirst with a semicolon, never split, stating the bill\'s contents and the set Senate vote ("W"); a capitalised byline/date line and a share line ("B"); a caption ending "at 9:10 p.m." before its credit "Photo by ..." in the same line (caption "", credit "B"). Body: "COLUMBUS —" lead ending "until 4:40 a.m." before "Five Republicans joined ..." (both "W"); the bill\'s spending "according to the Legislative Service Commission, the Statehouse\'s nonpartisan research office" (apposition after the name, "W"); the tax and voucher provisions with "Jan. 1, 2028," mid-sentence and "S.B. 12, a Senate bill" (a designation, no split; both "W"); the Speaker ("House Speaker" and "R-Findlay" dropped) "called" the bill a promise kept ("") and his count of hearings and witnesses "since Feb. 18" ("W"); the minority leader ("D-Cleveland" dropped) with "a 4 a.m. raid" inside a quote (rhetoric, no split, ""), her QUESTION before "she asked." ("") and her count of districts on a guarantee ("W"); floor amendments, "Amendment No. 4, from Rep. Marcus Tillotson-Greer, D-Akron," and the tabling vote (no speaker, "W"); the sponsor by surname in a straight-quoted opinion (""); the governor\'s spokeswoman "said in an email" he would review the bill (a plan, "") against the constitutional ten-day limit and line-item veto (a rule, "W"); the Senate Finance chairwoman with a hearing "on Monday at 10 a.m." ENDING a sentence before "Public testimony is scheduled ..." (both "W"), her expectation in a quote ("") and the Senate floor date ("W"); "Prosperity Ohio Action Inc." ENDING a sentence before "The group spent ..." (both "W", the second "according to ad-tracking data from Medialens Research") and its president\'s characterisation (""); "Analysts at Wexford Fiscal Partners said" a rainy-day draw ("W", the group as written) against "The firm expects ... if the tax cut passes unchanged." (a conditional forecast, "", generic noun kept); sales-tax receipts "the Department of Taxation said" with a causal clause ENDING "from outside the U.S." before "Federal tariffs ..." (both "W"); a teacher in the gallery with her own miles and a quote (anecdote, ""); a question subhead ""; a CONDITIONAL RULE "If the Senate changes the bill, the House must ..." ("W") and the fiscal-year start ("W"); a money table (title and a header with "vs." "B", three rows "", source "B"). Tail: a two-sentence author line, a more-from label and one headline, a copyright line split at "Co." before "All rights reserved." (all "B").',
    'Canadian RADIO STATION\'S NEWS SITE (Williams Lake, B.C.), PHONE BROWSER paste of a LIVE-UPDATES page, newest entry first, a WILDFIRE UPDATE: the Sapphire Ridge fire grows to 18,400 hectares and the evacuation order is expanded to 612 properties. Head: a menu/masthead/listen-live line, section label, "🔴 LIVE" (all "B"); headline of record "W"; a staff/updated line with "8:42 p.m. PT" ("B"); a "KEY POINTS" label ("B") and three bullet lines of record ("W" each). Entries under "B" time stamps ("8:15 p.m." to "9:05 a.m."): the expanded order "at 7:50 p.m." mid-sentence, "the district said in a news release" (generic noun kept, channel in the cue, "W") and the order\'s rule ("W"); the reception centre "on Proctor St." ENDING a sentence before "It is open around the clock." and "takes 50 minutes approx." ENDING one before "Fuel is available ... until 10 p.m." (all "W"); "The CRD advised" (acronym resolving to "The Cariboo Regional District") ending "pet food etc." before "Alerts can become orders ..." (advice, both ""); the wildfire service\'s information officer (title stack dropped) with the growth and a causal "pushed by gusts" ("W"), a quote "told reporters at a briefing in Williams Lake" (""), resources ENDING "Fraser Rotor Services Ltd." before "Crews expect ... if the wind stays in the southwest, she said." (a conditional forecast, ""); the highway closure with DriveBC\'s next assessment "at 9 p.m." ("W") and smoke seen "approx. 120 kilometres" away (no split, "W"); a rancher\'s own herd (anecdote, "") and his QUESTION with a figure before "he asked." (""); the ministry\'s evacuee counts with "B.C. on Tuesday" mid-sentence ("W") and the ESS food rate ("W"); the mayor ("Williams Lake Mayor" dropped) with registrations "as of 8 a.m." ENDING a sentence before "He said ..." ("W") and his pride (""); the cause "the wildfire service said" (generic kept, "W"), "active wildfires in B.C." ENDING a sentence before "Of those, ..." (both "W") and a season total "according to the service\'s statistics" ("W"); the weather agency\'s winds (a forecast, ""), an air-quality statement "since 10 a.m. Monday" ("W"), a campfire ban and its fine (rules, "W"); a medical health officer ("Dr." and role dropped) urging (advice, ""). Tail: a load-more line, a two-sentence tip line, a copyright line with "Ltd." (all "B").',
    'English REGIONAL NEWSPAPER\'S AMP PAGE (Wakefield), AMP paste, a HOSPITAL INSPECTION REPORT: the Care Quality Commission rates Castlegate General Hospital\'s maternity unit "inadequate" and the hospital "requires improvement". Head: domain, masthead, crumb (all "B"); headline and standfirst of record ("W"); byline with role, a "09:12, 11 MAR 2027 | Updated ..." line and a share line ("B"); a caption "" and its credit "(Image: ...)" ("B"). Body: the lead, a rating "by the health watchdog" with no verb of saying (no speaker, "W"); the overall rating "the Care Quality Commission (CQC) said in a report published on Thursday" (acronym dropped, channel in the cue, "W"); "Inspectors ... found" and "They found" (the group kept as written, "W"); the Section 29A warning notice and what the CQC can do if there is no improvement (an act and a rule, "W"); the deputy director with a QUOTE RUNNING INTO A SECOND PARAGRAPH, British style, the first paragraph left open ("" twice, speaker and cue in each) and a count of incidents "She said" ("W"); ratings and four-hour A&E performance ("W") against "NHS England\'s target is 78% by the end of March." (a target, "", no speaker); the chief executive\'s apology (""), recruitment and a reopened birthing pool ("W") and his promise for the summer (a forecast, ""); the medical director ("Dr" without a point dropped) with consultants starting "on 1 April" ("W"); a mother\'s own wait (anecdote, ""), her QUESTION before "she asked." ("") and her baby born "at 2.15am on Christmas Eve" (anecdote, no speaker, ""); out-of-date food ENDING "Lindenfold Catering plc." before "The firm said ..." (both "W", generic noun kept); Healthwatch Wakefield\'s complaint count ("W"); the scrutiny chair ("Cllr" dropped) with a summons to a dated meeting ("W") and a plan (""); a question subhead ""; the rating scale and the re-inspection practice ("W"); "..., the trust said." advice to expectant mothers ("", "the trust" kept as written); a ratings box (label "B", four lines ""). Tail: read-more label and one headline, a two-sentence story line, a full-site link (all "B").',
    'Scottish NEWSPAPER\'S PRINT VIEW (Glasgow), PRINT VIEW paste, a FERRY CONTRACT: a Gdańsk yard wins a £268m contract for two ferries for the Mull and Islay routes as the Greenock bid falls short. Head: the URL line, masthead, a print/close line (all "B"); headline of record "W"; a standfirst with a semicolon, never split, with due years and the MSPs\' demand ("W"); byline with role and a date line ("B"); a caption "" and its credit ("B"). Body: the lead with "£268.4 million" ("W"); "Caledonian Maritime Assets Ltd (CMAL), the publicly owned company ..., confirmed on Tuesday" ENDING "Baltic Hullworks S.A." before "The yard, which ..., CMAL said." (the owner named as first given, without a point, both "W"); ship specifications and fixed-price stage payments ("W"); the routes ENDING "CalMac Ferries Ltd." before "The company runs 34 vessels on 29 routes." (both "W"); "Cartsburn Engineering Ltd. of Greenock, which bid £299.6m, said" (a point inside the name, no split; decimals "71.2" and "84.5"; "W"); its managing director\'s characterisation (""), her single-quoted QUESTION before "she asked." ("") and "yard No. 1147, a 70-metre fisheries protection vessel," mid-sentence ("W"); "A Scottish Government spokeswoman said" on the procurement (kept as written, "W") and the Public Contracts (Scotland) Regulations 2015 (a rule, "W"); the regional MSP\'s rhetorical quote ("") and his motion signed by 19 MSPs ("W"); "CMAL said it would publish ... “once the standstill period ends”" (a plan, "") against the standstill rule and its end date ("W"); a professor ("Prof." dropped) "at the University of St. Andrews," (no split, an opinion ""), her count of Scottish wins ("W") and her lesson in a quote (""); a guest-house owner\'s lost bookings and his quote (anecdote, ""); a shipbuilders\' alliance\'s plan (""); Road Equivalent Tariff fares for a car and a foot passenger (prices, "W"); a question subhead ""; due dates set in the contract ("W"), the oldest vessel\'s year in service ("W") and "CMAL said it hoped ..." (""). Tail: a copyright line split at "Ltd." before "Registered in Scotland No. SC384211." and a "Printed from ..." line (all "B").',
    'Welsh LOCAL NEWS SITE (mid Wales), PHONE BROWSER paste, a SCHOOL-CLOSURE CONSULTATION: Powys County Council consults on closing 23-pupil Ysgol Cefn Eithin in Abbeycwmhir. Head: a menu/masthead/search line, a bilingual crumb "Newyddion | News › Education" (both "B"); headline of record "W"; a standfirst stating the proposal "Pupils would move to Rhayader from September 2028 if the cabinet backs the plan" (a conditional plan, ""); byline and a read-time/date line ("B"); a caption "" and its credit ("B"). Body: the consultation opened (an act of record, no speaker, "W"); its close "until 17 December at 5 p.m." ENDING a sentence before "Responses can be made ..." and the drop-in sessions "from 3.30 p.m. to 7 p.m." (all "W"); the proposal, its closure date, transfer and free transport (plans, "" twice); capacity and empty places "according to the council\'s consultation document" ("W"), cost per pupil and the fall in the roll ("W") against "The council expects it to fall to 19 by 2031." (a forecast, "", generic noun kept); the School Organisation Code\'s presumption against closing rural schools (a rule, "W"), the list of rural schools ("W") and spare places "at St. Harmon," (no split, "W"); the cabinet member ("Cllr" and role dropped) reassuring (""), an opinion with "four 10-year-olds" ("") and closures since 2017 and a maintenance backlog ("W"); a parent\'s feelings in straight quotes and her QUESTION with a 25-minute figure before "she asked." (""); "The parents\' action group says" a petition count ("W", the group as written) and "It hopes ..." (a plan, "", resolving to the group); a language campaigner (descriptor dropped, an opinion "") and a share of Welsh-speaking homes ("W"); the acting head ("Mr." dropped, no split) who "declined to comment" (""); an 84-year-old former pupil\'s memories with her own figures (anecdote, ""); a question subhead ""; the cabinet date ("W"), a CONDITIONAL RULE "If the cabinet approves the proposal, the council must publish a statutory notice and allow 28 days for objections." ("W") against a conditional plan "If the school closes, the council would consider ..., Cllr Vaughan-Rhys said." (""). Tail: share icons, a more-on label and one headline, a newsletter line, a copyright line (all "B").',
    'Irish BUSINESS NEWS SITE (Dublin), READER-MODE paste, a HOUSING-STATISTICS RELEASE: 8,412 new homes completed in the first quarter, up 11.3%. Head as reader mode leaves it: domain ("B"), headline and standfirst of record ("W"), byline, date and reading-time lines ("B"). Body: the total "according to the Central Statistics Office (CSO)" (acronym dropped, "W"); a record for a first quarter, apartments and Dublin, counties "Co. Cork (892), Co. Kildare (701) and Co. Meath (655)" (no split at "Co.", bracketed figures, "W"), single rural houses and the Border region ("W"); a CSO statistician with social and affordable completions ("W"); a PARENTHESIS HOLDING A FULL SENTENCE on how the CSO counts a completion (methodology, "W"); "The Government\'s target under its revised housing plan is 50,500 homes in 2027." (a target, "", no speaker) against the department\'s 12-month figure "said in a statement" ("W") and "It said the figures showed ..." (a characterisation, "", resolving to the department); an economist with "Baggot Quay Research Ltd.," mid-sentence (no split, an opinion ""), "He expects about 38,000 completions ..." (a forecast, "") and commencement notices with the filing rule inside ("W"); rents "according to the Residential Tenancies Board" and Dublin\'s ("W"); an estate in Ratoath ENDING "Hallinan Brothers & Co." before "The firm said it expected ..." (the first "W", the firm\'s expectation "", generic noun kept); a nurse\'s own bids (anecdote, "") and two single-quoted quotes, the second a QUESTION before "she asked." (""); first-time buyers\' approvals "according to Banking & Payments Federation Ireland (BPFI)" (acronym dropped, "W"); a homeless charity (descriptor dropped) with a count ("W") and its appeal "It called on" (""); a question subhead "" and the next CSO release date ("W"); a completions table (title, header and source "B", three rows ""). Tail: a more-from line with pipes ("B").',
    'Northern Irish REGIONAL NEWSPAPER\'S WEBSITE (Belfast), desktop browser paste with a COOKIE BANNER and COMMENTS, an INQUEST: an apprentice scaffolder, 19, died after a fall from a platform whose guardrail had been removed. Head: masthead, menu, a two-sentence cookie notice and its buttons, crumb (all "B"); headline "..., coroner finds" ("W", carrying the coroner as the body names him, cue "finds"); byline, a "Thursday, 21st October 2027, 4:12 pm" line and a share line ("B"); a caption "" and its credit ("B"). Body: the lead "an inquest in Belfast has heard" (no speaker, "W"); the coroner ("Coroner Mr." dropped, no split at "Mr.") with his FINDINGS on the cause and time of death "at 2.47 p.m. on 9 March 2025," (no split, "W"), the removed guardrail ("W") and a COUNTERFACTUAL FINDING in a quote "“Had the guardrail been in place, I am satisfied that Jordan would not have fallen,” he said." (a ruling, "W"); the foreman "told the inquest" with "at 10.40 a.m. when" (no split, "W"), the inspection by "Lagan Access Scaffolding Ltd. on the Friday" (no split, "W"), his answer "Mr. Toner-McIlroy replied: “No.”" ENDING a sentence before his quote ("W", cue "replied", then ""); the inspection record ("W"); the state pathologist ("Dr." dropped) with injuries and toxicology ("W"); an HSENI inspector ("Ms." dropped, acronym in brackets) on a prohibition notice ("W"); the firm\'s plea and fine and the Work at Height Regulations\' guardrail rule (no speaker, "W"); "Outside court, his mother, Maura Magennis-Quail, said" (fronted place, a tribute ""), her QUESTION before "she asked." ("") and her resolve (""); the family\'s solicitor ("Mr." dropped) with civil proceedings ("W") and a characterisation (""); "In a statement, Lagan Access Scaffolding Ltd. said" (fronted channel, its regret "") and "It said" retraining and alarms ("W", resolving to the firm); the coroner\'s recommendation (advice, "") and his quote with "Mrs. Magennis-Quail" mid-sentence (""); falls from height "according to HSENI figures" ("W"); two scene sentences (""). Tail: a two-sentence subscribe line, related label and headline, a comments count, a comment split into two sentences, a copyright line split at "Ltd." before "All rights reserved." (all "B").',
    'Australian FINANCE SITE\'S EMAIL NEWSLETTER, pasted from a WEBMAIL client, an INTEREST-RATE DECISION: the Reserve Bank of Australia cuts the cash rate by 25 basis points to 3.35%. Head: subject line, "Inbox", sender, "to me", date, view-in-browser line and the newsletter\'s masthead (all "B"); a greeting and a teaser (the newsletter\'s own voice, no speaker, ""). The item: an upper-case item headline of record ("W"); the cut (an act, no speaker, "W"); "The Monetary Policy Board said in its statement, released at 2.30pm AEST, that the decision was unanimous." ("W"); "The board said" trimmed mean inflation inside its 2 to 3 per cent target band (a fact of record, "W", generic noun kept); unemployment "according to the Australian Bureau of Statistics" ("W") against "The board expects it to peak ..." (a forecast, ""); the governor ("Governor" dropped) "told a press conference in Sydney" spending figures ("W"), a quote ("") and a QUOTE THAT SPLITS after its opening question ("“Would I like to see more cuts?" / "That is not how we think about it,” she said.", both "" with her as speaker and "said" as cue); the dollar at "US64.82c" with a slide ENDING "from the U.S." before "The S&P/ASX 200 closed ..." (all "W"); bond yields ("W"); "Southern Mutual Bank Ltd. said" a dated rate cut (no split, "W", the name with its point), "Coorong Savings Ltd. and Wattle Credit Union Ltd.," (no split, no verb of saying, "W") and repayments "according to calculations by comparison site RateHarbour" (descriptor dropped, "W"); an economist "at Paddington Rowe Securities Ltd.," (no split) with a characterisation and his forecast ("") and market pricing "He pointed out" ("W"); a transition (""), an academic\'s characterisation ("") and home values "according to PropIndex Australia" ("W"); a nurse\'s own repayments "told Harbourline" (channel in the cue, anecdote "") and her quote (""); the newsletter\'s own advice (""); the next meeting and the Statement on Monetary Policy "on Friday at 11.30am" ("W"); a rates box (label "B", three rows ""). Tail: a subscription line and an unsubscribe line, a two-sentence general-advice line, and an address line "Level 9, 88 Phillip St. Sydney NSW 2000" that is NOT split (all "B").',
    'New Zealand NEWS SITE\'S APP, its article text SHARED, a RUGBY MATCH REPORT: Taranaki beat Canterbury 27-24 in the NPC final with a try after the hooter. Head: a shared-from line and a section label ("B"); headline and standfirst of record with scores ("W"); byline and date line ("B"); a caption "" and its "Photo / ..." credit ("B"). Body: the result and the deficit after 52 minutes ("W"); the crowd "according to the Taranaki Rugby Football Union" ("W") and a scene (""); Canterbury\'s tries with "No. 8 Lachlan Pettigrew-Rua" (a position, no split, "W") and Taranaki\'s first-half try ("W"); the comeback with "fullback Jaxon St. Clair scored" (a surname with "St.", no split), the lead changes, the phases and a missed conversion ("W"); a fan named after her quote, with her own season ticket since 1991 (""); the Taranaki coach (role dropped) with a characterisation (""), a QUESTION holding the score before "he asked." ("") and a squad count ("W"); the Canterbury coach\'s feeling ("") and an injury and an X-ray on Monday "He confirmed" ("W"); the winger\'s own words and his nan\'s attendance since 1987 (anecdote, ""); tackles "according to the competition\'s official statistics" and possession ("W"); a yellow card and a citing hearing "at 4 p.m. on Tuesday" (no split, "W"); ticket prices "the union said" (generic noun kept, "W") and the parade "at 11 a.m. on Monday" "It said" ("W", "It" resolving to the union\'s full name); a question subhead "" and contracted players and a pre-season date ("W"). A SCORING box (label "B"; two scorer lines with initials "W. Ngatai-Hurst", "J. St. Clair", "K. Marangai", one sentence each; "HT: Canterbury 14-7."; "Referee: D. J. McLachlan-Toa (Auckland)"; all ""). Tail: an app line and a "Sent from my iPhone" line ("B").',
    'Israeli BUSINESS DAILY\'S ENGLISH EDITION, AMP paste, a TECH COMPANY\'S EARNINGS: Herzliya cyber firm Tzofit lifts third-quarter revenue 23% to $184.6m but trims its outlook, and its shares fall 9%. Head: AMP domain, masthead, crumb (all "B"); headline of record "W"; a standfirst with a semicolon "...; CEO says two U.S. agencies delayed orders" (never split, "W", carrying the CEO as the body names him, "U.S." mid-sentence); byline/date line and share line ("B"). Body: results with "Tzofit Cyber Defense Ltd. (Nasdaq: TZFT; TASE: TZFT)," (no split at "Ltd." or the semicolon, "W"); GAAP profit ("W"); non-GAAP earnings, "Analysts polled by Quillon Data Inc. had expected 57 cents." (a past consensus reported as a fact, "Inc." mid-sentence, "W", no speaker) and the release time ("W"); the CUT to the full-year forecast (an act of record, "W") against "It expects fourth-quarter revenue of ..." (a forecast, "", "It" resolving to the company\'s full name); share moves in dollars and "NIS 153.40" ("W") and a market value "approx. $4.1 billion" (no split, "W"); a question subhead ""; the chief executive "told analysts on a conference call" with "two U.S. federal agencies" (no split) and a causal "because of a freeze" ("W"), his quote ("") and his QUESTION before "he asked, to laughter from the analysts." (""); the CFO ("Dr." dropped) with cash, buybacks, ARR and large customers ("W") and an aim for 2029 (a target, ""); the shekel\'s cost effect "Oz-Danieli said" (causal, "W"); an acquisition ENDING "Lumenrail Security Inc." before "The deal added ..., the company said." (both "W", generic noun kept); head count ("W") and "Ben-Haroush said it would hire ..." (a plan, ""); an analyst named after his quote, ENDING "Yarkon Capital Markets Ltd." before "He cut his price target ..." (a brokerage target, "", no verb of saying, no speaker); the TA-35 effect (causal, "W"); a retired teacher\'s own purchase price (anecdote, ""); the investor day "on Dec. 9." ("W"); a results table (title, header and source "B", three rows ""). Tail: tags, a read-more line and a copyright line (all "B").',
    'Cypriot ENGLISH-LANGUAGE NEWSPAPER\'S WEBSITE (Nicosia), desktop browser paste, a TOURISM-FIGURES STORY: a record August, with arrivals up 4.2% to 612,840. Head: masthead, a menu with a weather reading, crumb (all "B"); headline of record "W"; standfirst "Deputy minister expects 2027 to beat ..." (a forecast, "", carrying the deputy minister as the body names him, cue "expects"); byline/date line and a comments/share line ("B"); a caption "" and its bracketed credit ("B"). Body: arrivals and a record "the Statistical Service (Cystat) said on Wednesday" (acronym dropped, "W"); year-to-date arrivals, markets and shares with bracketed percentages ("W"); "Switzerland etc." ENDING a sentence before "Holidaymakers made up ..." (both "W"); revenue "according to a separate Cystat survey" (as written, "W") and spending per visitor ("W"); the deputy minister ("Deputy Tourism Minister" dropped) with his expectation (a forecast, ""), a slogan-like quote ("") and new routes ("W"), and "The deputy ministry\'s target is 4.5 million arrivals a year by 2030." (a target, "", no speaker); airport traffic "operator Hermes Airports said" (descriptor dropped, "W"); a hoteliers\' union head with a characterisation (""), occupancy and a causal "mainly because of a new collective agreement" ("W") and a conditional warning "unless the government extended a subsidy" (""); a levy and its yield "the deputy ministry said" (generic noun kept, a price and a figure, "W"); a scene (""), a bar owner\'s own cocktail prices (anecdote, "") and his QUESTION with a price before "he asked." (""); a question subhead ""; an economist ("Dr." dropped) with a likely weaker September (a forecast, "") and sterling\'s fall since January ("W"); an arrivals table (title, header and source "B", three rows ""). Tail: a comment count and one comment, a most-read label with a number and a headline on their own lines, a copyright line split at "Co." before "All rights reserved." (all "B").',
    'Maltese NEWS PORTAL (Valletta), PHONE BROWSER paste, a COURT SENTENCING: a drink-driver who punched two police officers in St Julian\'s is jailed for 18 months. Head: a menu/masthead/search line and a section label ("B"); headline of record "W"; standfirst "Court says alcohol ‘no excuse’ ..." (an opinion, "", carrying the magistrate as the body names her, cue "says"); byline/date line and read time ("B"); a caption "" and a "File photo" credit ("B"). Body: the lead with "in St. Julian\'s last summer" (no split, "W"); the plea and the disqualification ("W"); "Magistrate Dr. Annaliese Farrugia Cutajar handed down the sentence at 12.30 p.m. after ..." (an act, no speaker, no split, "W"); the prosecuting inspector ("Prosecuting Inspector" dropped) "told the court" with "on St. George\'s Road at around 3.40 a.m. on 14 August 2026" (no split, "W"), the breath reading "he said" and the injuries ("W"); "Under Art. 96 of the Criminal Code, ..." (no split at "Art.", a rule, "W") and the minimum fine under the Traffic Regulation Ordinance ("W"); the defence lawyer ("Defence lawyer Dr." dropped) with the plea in mitigation ("") and his ask with the facts he pointed out ("W"); "The prosecution asked" (kept as written, "W"); the magistrate\'s reasons "In her judgment, the magistrate said" (fronted channel, a ruling, "W"), her opinion in a quote (""), her orders ("W") and "She cited The Police v. Micallef Stafrace, a 2019 judgment ..." (no split at "v.", cue "cited", "W"); two scene sentences (""); the appeal period and his committal ("W"); his employer ENDING "Ħalfa Riders Ltd." before "The company said ..." (both "W", generic noun kept); "The police officers\' union said in a Facebook post" (channel in the cue, "") and "It said" an assault count ("W"); a kiosk worker "who gave his name only as Manwel" (the given name as the label) with an observation "after 3 a.m." ("") and his QUESTION before "he asked." (""); a question subhead ""; the legal limits for drivers and for novice and professional drivers (rules, "W"). Tail: a share line, a read-next label and one headline, "Comments are closed.", a copyright line with pipes (all "B").',
]

ARTICLES = [
    [
        [
            ("SCIOTO STATEHOUSE REPORT", "", "", "B"),
        ],
        [
            (
                "Budget   Legislature   Governor   Courts   Schools   Elections   Podcast   |   DONATE",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support nonprofit Statehouse news →", "", "", "B"),
        ],
        [
            ("LEGISLATURE", "", "", "B"),
        ],
        [
            ("Ohio House passes $197.6 billion budget 58-39 after all-night session", "", "", "W"),
        ],
        [
            (
                "Bill would flatten income tax at 2.75% and add $412 million for vouchers; Senate vote set for June 24",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By HOLLIS BRANDVOLD-REYES | June 10, 2027 6:05 AM", "", "", "B"),
        ],
        [
            ("Share   Email   Republish this story", "", "", "B"),
        ],
        [
            (
                "House Speaker Garrett Pilsudski-Wynn gavels the chamber back into session at 9:10 p.m.",
                "",
                "",
                "",
            ),
            ("Photo by Tamsin Ocheltree for the Scioto Statehouse Report", "", "", "B"),
        ],
        [
            (
                "COLUMBUS — The Ohio House voted 58-39 early Thursday to pass a two-year, $197.6 billion state budget, ending a session that ran until 4:40 a.m.",
                "",
                "",
                "W",
            ),
            ("Five Republicans joined all 34 Democrats in voting no.", "", "", "W"),
        ],
        [
            (
                "The bill, House Bill 140, spends $4.1 billion more from the general revenue fund over two years than the current budget, according to the Legislative Service Commission, the Statehouse's nonpartisan research office.",
                "the Legislative Service Commission",
                "according to",
                "W",
            ),
        ],
        [
            (
                "It would cut the state income tax to a flat 2.75% on income above $26,050 starting Jan. 1, 2028, and raise spending on EdChoice private-school scholarships by $412 million over two years.",
                "",
                "",
                "W",
            ),
            (
                "The budget also folds in most of S.B. 12, a Senate bill passed in March that caps property-tax increases for homeowners 65 and older at 3% a year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "House Speaker Garrett Pilsudski-Wynn, R-Findlay, called the bill “a promise kept to every family that sends its money to Columbus.”",
                "Garrett Pilsudski-Wynn",
                "called",
                "",
            ),
            (
                "He said the House Finance Committee had held 41 hearings on the budget since Feb. 18 and heard from 612 witnesses.",
                "Garrett Pilsudski-Wynn",
                "said",
                "W",
            ),
        ],
        [
            (
                "House Minority Leader Delphine Okafor-Ruiz, D-Cleveland, said the vote was “a 4 a.m. raid on public schools.”",
                "Delphine Okafor-Ruiz",
                "said",
                "",
            ),
            (
                "“Who in this chamber really believes a flat tax helps a waitress in Youngstown?” she asked.",
                "Delphine Okafor-Ruiz",
                "asked",
                "",
            ),
            (
                "She said the school-funding formula in the bill leaves 212 of Ohio's 607 school districts on a “guarantee,” receiving no more per pupil than they did in 2025.",
                "Delphine Okafor-Ruiz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Democrats offered 23 amendments on the floor, and Republicans voted to table all of them.",
                "",
                "",
                "W",
            ),
            (
                "Amendment No. 4, from Rep. Marcus Tillotson-Greer, D-Akron, would have restored $58 million for public libraries that the House Finance Committee cut in May.",
                "",
                "",
                "W",
            ),
            ("The motion to table it passed 60-37.", "", "", "W"),
        ],
        [
            (
                '"Libraries are the last free room in a lot of towns," Tillotson-Greer said after the vote.',
                "Marcus Tillotson-Greer",
                "said",
                "",
            ),
        ],
        [
            (
                "Petra Haldane-Voss, a spokeswoman for the governor, said in an email that he would review the bill “line by line” once it reached his desk.",
                "Petra Haldane-Voss",
                "said in an email",
                "",
            ),
            (
                "Under the Ohio Constitution, the governor has 10 days, excluding Sundays, to act on a bill once it is presented to him, and he may veto individual items in an appropriations bill.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Senate Finance Committee Chairwoman Lorna Beckendorf, R-Wapakoneta, said her committee would hear from the state budget director on Monday at 10 a.m.",
                "Lorna Beckendorf",
                "said",
                "W",
            ),
            ("Public testimony is scheduled for June 15 and 16.", "", "", "W"),
            (
                "“We'll make changes, and I expect the House will hate a few of them,” Beckendorf said.",
                "Lorna Beckendorf",
                "said",
                "",
            ),
        ],
        [
            (
                "The Senate has set its floor vote for June 24, six days before the fiscal year ends on June 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The flat tax was the top priority of Prosperity Ohio Action Inc.", "", "", "W"),
            (
                "The group spent $1.9 million on television ads in April and May, according to ad-tracking data from Medialens Research.",
                "ad-tracking data from Medialens Research",
                "according to",
                "W",
            ),
            (
                "Its president, Wendell Ashgrove, said the vote “finally puts Ohio in the same league as Indiana and Pennsylvania.”",
                "Wendell Ashgrove",
                "said",
                "",
            ),
        ],
        [
            (
                "Analysts at Wexford Fiscal Partners said the budget draws $1.3 billion from the state's rainy-day fund, which held $3.8 billion at the end of May.",
                "Analysts at Wexford Fiscal Partners",
                "said",
                "W",
            ),
            (
                "The firm expects the fund to fall below $2 billion by mid-2029 if the tax cut passes unchanged.",
                "The firm",
                "expects",
                "",
            ),
        ],
        [
            (
                "Sales-tax receipts fell 2.1% in May from a year earlier, the Department of Taxation said, in part because fewer new cars were imported from outside the U.S.",
                "the Department of Taxation",
                "said",
                "W",
            ),
            ("Federal tariffs on imported vehicles rose to 35% in April.", "", "", "W"),
        ],
        [
            (
                "Among the handful of people still in the gallery at dawn was Renata Szczepanik-Ford, a kindergarten teacher from Parma, who said she had driven 130 miles twice this week to watch the debate.",
                "Renata Szczepanik-Ford",
                "said",
                "",
            ),
            (
                "“I stayed because I wanted to see who would look up at us,” she said.",
                "Renata Szczepanik-Ford",
                "said",
                "",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "If the Senate changes the bill, the House must either accept the Senate's version or send the bill to a conference committee.",
                "",
                "",
                "W",
            ),
            ("Ohio's 2028 fiscal year begins on July 1.", "", "", "W"),
        ],
        [
            ("WHERE THE MONEY GOES (general revenue fund, FY2028-29)", "", "", "B"),
        ],
        [
            ("Area | Two-year total | Change vs. FY2026-27", "", "", "B"),
        ],
        [
            ("K-12 education | $27.9 billion | +4.2%", "", "", ""),
        ],
        [
            ("Medicaid (state share) | $19.4 billion | +6.8%", "", "", ""),
        ],
        [
            ("Higher education | $6.1 billion | +1.1%", "", "", ""),
        ],
        [
            ("Source: Ohio Legislative Service Commission", "", "", "B"),
        ],
        [
            ("Hollis Brandvold-Reyes covers the Ohio Statehouse.", "", "", "B"),
            ("Reach her at hbrandvold@sciotoreport.org or 614-555-0148.", "", "", "B"),
        ],
        [
            ("MORE FROM THE STATEHOUSE", "", "", "B"),
        ],
        [
            ("Senate passes property-tax cap for seniors, 29-4", "", "", "B"),
        ],
        [
            ("© 2027 Scioto Civic News Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  FRASER PLATEAU NEWS   ▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("WILDFIRES", "", "", "B"),
        ],
        [
            ("🔴 LIVE", "", "", "B"),
        ],
        [
            (
                "Sapphire Ridge wildfire grows to 18,400 hectares, evacuation order expanded to 612 properties",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Fraser Plateau News staff · Updated July 20, 2027 8:42 p.m. PT", "", "", "B"),
        ],
        [
            ("KEY POINTS", "", "", "B"),
        ],
        [
            (
                "• The fire is estimated at 18,400 hectares and is classified as out of control.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• An evacuation order covers 612 properties west of Williams Lake.", "", "", "W"),
        ],
        [
            ("• Highway 20 is closed between Riske Creek and Hanceville.", "", "", "W"),
        ],
        [
            ("8:15 p.m.", "", "", "B"),
        ],
        [
            (
                "The Cariboo Regional District expanded its evacuation order at 7:50 p.m. to take in 148 more properties along Meldrum Creek Road, the district said in a news release.",
                "the district",
                "said in a news release",
                "W",
            ),
            ("Residents under an order must leave the area immediately.", "", "", "W"),
        ],
        [
            (
                "The reception centre is at the Cariboo Memorial Recreation Complex on Proctor St.",
                "",
                "",
                "W",
            ),
            ("It is open around the clock.", "", "", "W"),
            ("The drive there from Meldrum Creek takes 50 minutes approx.", "", "", "W"),
            ("Fuel is available at the Riske Creek store until 10 p.m.", "", "", "W"),
        ],
        [
            (
                "The CRD advised people on alert to pack medication, documents, phone chargers, pet food etc.",
                "The Cariboo Regional District",
                "advised",
                "",
            ),
            ("Alerts can become orders with very little notice.", "", "", ""),
        ],
        [
            ("6:40 p.m.", "", "", "B"),
        ],
        [
            (
                "B.C. Wildfire Service fire information officer Kestrel Amundsen-Pryce said the fire had grown by about 5,100 hectares since Tuesday morning, pushed by gusts of up to 60 km/h.",
                "Kestrel Amundsen-Pryce",
                "said",
                "W",
            ),
            (
                "“This afternoon was the kind of fire behaviour we hope never to see,” she told reporters at a briefing in Williams Lake.",
                "Kestrel Amundsen-Pryce",
                "told reporters at a briefing in Williams Lake",
                "",
            ),
        ],
        [
            (
                "She said 143 firefighters, 11 helicopters and 23 pieces of heavy equipment were assigned to the fire, two of the helicopters under contract from Fraser Rotor Services Ltd.",
                "Kestrel Amundsen-Pryce",
                "said",
                "W",
            ),
            (
                "Crews expect the fire to reach the Fraser River by Thursday if the wind stays in the southwest, she said.",
                "Kestrel Amundsen-Pryce",
                "said",
                "",
            ),
        ],
        [
            ("4:55 p.m.", "", "", "B"),
        ],
        [
            (
                "Highway 20 remains closed between Riske Creek and Hanceville, and DriveBC said it would next assess the closure at 9 p.m.",
                "DriveBC",
                "said",
                "W",
            ),
            (
                "Smoke from the fire was visible from Quesnel, approx. 120 kilometres to the north.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("3:30 p.m.", "", "", "B"),
        ],
        [
            (
                "Tobias Wennerholm, who runs 340 head of cattle near Meldrum Creek, said he had moved about half his herd to a neighbour's place by noon.",
                "Tobias Wennerholm",
                "said",
                "",
            ),
            (
                "“Where am I supposed to put another 170 cows?” he asked.",
                "Tobias Wennerholm",
                "asked",
                "",
            ),
        ],
        [
            ("2:10 p.m.", "", "", "B"),
        ],
        [
            (
                "The Ministry of Emergency Management and Climate Readiness said 4,210 people were under evacuation orders across B.C. on Tuesday and 11,800 more were on alert.",
                "The Ministry of Emergency Management and Climate Readiness",
                "said",
                "W",
            ),
            (
                "Evacuees who register with Emergency Support Services are eligible for $35 per person per day for food.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Williams Lake Mayor Corwin Halvorsrud said the reception centre had registered 1,030 evacuees as of 8 a.m.",
                "Corwin Halvorsrud",
                "said",
                "W",
            ),
            (
                "He said the city was “proud of how people have opened their doors.”",
                "Corwin Halvorsrud",
                "said",
                "",
            ),
        ],
        [
            ("11:20 a.m.", "", "", "B"),
        ],
        [
            (
                "The fire was discovered on July 12 and was caused by lightning, the wildfire service said.",
                "the wildfire service",
                "said",
                "W",
            ),
            ("Sapphire Ridge is one of 214 active wildfires in B.C.", "", "", "W"),
            ("Of those, 19 are classified as out of control.", "", "", "W"),
        ],
        [
            (
                "Since April 1, 1,246 fires have burned about 412,000 hectares, according to the service's statistics.",
                "the service's statistics",
                "according to",
                "W",
            ),
        ],
        [
            ("9:05 a.m.", "", "", "B"),
        ],
        [
            (
                "Environment and Climate Change Canada forecasts southwest winds of 20 to 40 km/h, gusting to 60, through Wednesday, with no rain before the weekend.",
                "Environment and Climate Change Canada",
                "forecasts",
                "",
            ),
            (
                "A special air quality statement has been in effect for the Cariboo and Chilcotin since 10 a.m. Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A campfire ban has covered the Cariboo Fire Centre since noon on July 9.",
                "",
                "",
                "W",
            ),
            ("Anyone caught with an open fire can be fined $1,150.", "", "", "W"),
        ],
        [
            (
                "Interior Health medical health officer Dr. Naveen Sandhu-Oberg urged people with asthma or heart disease to stay indoors and run air purifiers.",
                "Naveen Sandhu-Oberg",
                "urged",
                "",
            ),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Got a news tip?", "", "", "B"),
            ("Email news@fraserplateau.ca", "", "", "B"),
        ],
        [
            ("© 2027 Plateau Broadcast Group Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("wakefieldecho.co.uk", "", "", "B"),
        ],
        [
            ("WAKEFIELD ECHO", "", "", "B"),
        ],
        [
            ("News › Health", "", "", "B"),
        ],
        [
            (
                "Castlegate General Hospital's maternity unit rated 'inadequate' as watchdog finds midwife shortfall",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hospital rated 'requires improvement' overall after unannounced inspection in January",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Imogen Thackwray-Lusk, Health Reporter", "", "", "B"),
        ],
        [
            ("09:12, 11 MAR 2027 | Updated 11:40, 11 MAR 2027", "", "", "B"),
        ],
        [
            ("Share ⮕", "", "", "B"),
        ],
        [
            ("The maternity wing at Castlegate General Hospital in Wakefield.", "", "", ""),
            ("(Image: Wakefield Echo)", "", "", "B"),
        ],
        [
            (
                "The maternity unit at Castlegate General Hospital in Wakefield has been rated “inadequate” by the health watchdog after inspectors found it was regularly running with fewer than two-thirds of the midwives it needed.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital, run by Five Towns Hospitals NHS Trust, was rated “requires improvement” overall, down from “good” at its last inspection in 2022, the Care Quality Commission (CQC) said in a report published on Thursday.",
                "the Care Quality Commission",
                "said in a report",
                "W",
            ),
        ],
        [
            (
                "Inspectors made unannounced visits on 12 and 13 January and found that on 17 of the 28 day shifts they checked, the unit had fewer than 65% of its planned midwives on duty.",
                "Inspectors",
                "found",
                "W",
            ),
            (
                "They found that women waiting for induction of labour had waited up to 19 hours, and that two of the unit's four birthing pools had been out of use since October.",
                "Inspectors",
                "found",
                "W",
            ),
        ],
        [
            (
                "The CQC has served the trust with a warning notice under Section 29A of the Health and Social Care Act 2008, giving it until 30 April to make “significant improvements”.",
                "",
                "",
                "W",
            ),
            (
                "A Section 29A notice does not close a service, but the CQC can restrict or suspend a provider's registration if it finds no improvement.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Annika Fairbrother-Lowe, the CQC's deputy director of operations in the north, said: “Staff told us they were exhausted and frightened of making mistakes, and we saw why.",
                "Annika Fairbrother-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "“Nobody should have to beg for pain relief in the middle of labour.”",
                "Annika Fairbrother-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "She said 14 serious incidents in maternity had been reported to the trust in 2026, up from nine in 2025.",
                "Annika Fairbrother-Lowe",
                "said",
                "W",
            ),
        ],
        [
            ("Urgent and emergency care was also rated “requires improvement”.", "", "", "W"),
            (
                "In January, 61.4% of patients at Castlegate's A&E were admitted, transferred or discharged within four hours.",
                "",
                "",
                "W",
            ),
            ("NHS England's target is 78% by the end of March.", "", "", ""),
            ("Surgery, outpatients and children's services were rated “good”.", "", "", "W"),
        ],
        [
            (
                "The trust's chief executive, Gareth Oyelaran-Whitby, said he was “deeply sorry” to every family whose care had fallen short.",
                "Gareth Oyelaran-Whitby",
                "said",
                "",
            ),
            (
                "He said the trust had recruited 38 midwives since the inspection, 22 of whom had started work, and had reopened one of the pools on 3 March.",
                "Gareth Oyelaran-Whitby",
                "said",
                "W",
            ),
            (
                "“By the summer we will have the safest staffing this unit has had in a decade,” he said.",
                "Gareth Oyelaran-Whitby",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Temitope Renwick-Aziz, the trust's medical director, said two locum consultant obstetricians had been appointed and would start on 1 April.",
                "Temitope Renwick-Aziz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chantelle Haigh-Barraclough, 31, from Ossett, said she had waited 16 hours for an induction in December and was told twice that “there's no one free”.",
                "Chantelle Haigh-Barraclough",
                "said",
                "",
            ),
            (
                "“If that was your wife, would you call it care?” she asked.",
                "Chantelle Haigh-Barraclough",
                "asked",
                "",
            ),
            ("Her daughter, Ivy, was born healthy at 2.15am on Christmas Eve.", "", "", ""),
        ],
        [
            (
                "The report also found out-of-date sandwiches on two wards, where food is supplied under contract by Lindenfold Catering plc.",
                "",
                "",
                "W",
            ),
            ("The firm said the stock had been removed the same day.", "The firm", "said", "W"),
        ],
        [
            (
                "Healthwatch Wakefield said it had received 47 complaints about maternity care at the hospital in 2026, more than in the previous three years combined.",
                "Healthwatch Wakefield",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Rosalind Olusoga-Pym, who chairs Wakefield Council's health scrutiny panel, said the trust's board had been summoned to the panel's meeting on 2 April.",
                "Rosalind Olusoga-Pym",
                "said",
                "W",
            ),
            (
                "She said the panel would ask for monthly staffing figures “until we are satisfied”.",
                "Rosalind Olusoga-Pym",
                "said",
                "",
            ),
        ],
        [
            ("What does 'inadequate' mean?", "", "", ""),
        ],
        [
            (
                "The CQC rates services on a four-point scale: outstanding, good, requires improvement and inadequate.",
                "",
                "",
                "W",
            ),
            (
                "Services rated inadequate are normally inspected again within six months.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Expectant mothers booked at Castlegate should keep attending their appointments and can ask their midwife about giving birth elsewhere, the trust said.",
                "the trust",
                "said",
                "",
            ),
        ],
        [
            ("CQC RATINGS: CASTLEGATE GENERAL HOSPITAL", "", "", "B"),
        ],
        [
            ("Maternity: Inadequate", "", "", ""),
        ],
        [
            ("Urgent and emergency care: Requires improvement", "", "", ""),
        ],
        [
            ("Surgery: Good", "", "", ""),
        ],
        [
            ("Overall: Requires improvement", "", "", ""),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            ("Pontefract GP surgery to close branch site in May", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email newsdesk@wakefieldecho.co.uk", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.saltirestandard.scot/news/politics/polish-yard-wins-island-ferries-contract",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE SALTIRE STANDARD", "", "", "B"),
        ],
        [
            ("🖨 Print this page  |  ✕ Close", "", "", "B"),
        ],
        [
            (
                "Polish yard wins £268m contract for two island ferries as Clyde bid falls short",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vessels for Mull and Islay routes due in 2030 and 2031; MSPs demand to see the scoring",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Alasdair Pennycook-Rae, Political Correspondent", "", "", "B"),
        ],
        [
            ("Wednesday 17 February 2027", "", "", "B"),
        ],
        [
            ("A ferry approaches Port Askaig on Islay in a winter gale.", "", "", ""),
            ("Picture: Calum Strachan-Beveridge", "", "", "B"),
        ],
        [
            (
                "A shipyard in Gdańsk has won a £268.4 million contract to build two new ferries for the west coast, beating the only Scottish bidder by £31m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Caledonian Maritime Assets Ltd (CMAL), the publicly owned company that buys and owns the ferries, confirmed on Tuesday that the contract had gone to Baltic Hullworks S.A.",
                "Caledonian Maritime Assets Ltd",
                "confirmed",
                "W",
            ),
            (
                "The yard, which has built 23 ferries for Norwegian and Danish operators since 2011, will deliver the first vessel in March 2030 and the second in October 2030, CMAL said.",
                "Caledonian Maritime Assets Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Each ship will be 94 metres long and carry up to 450 passengers and 110 cars, with diesel-electric engines and batteries for manoeuvring in harbour.",
                "",
                "",
                "W",
            ),
            (
                "The contract price is fixed, with 20% paid on signing and the rest in four stage payments.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The ferries will serve the Oban–Craignure route to Mull and the Kennacraig–Port Askaig route to Islay, both operated by CalMac Ferries Ltd.",
                "",
                "",
                "W",
            ),
            ("The company runs 34 vessels on 29 routes.", "", "", "W"),
        ],
        [
            (
                "Cartsburn Engineering Ltd. of Greenock, which bid £299.6m, said it had been told its tender scored 71.2 points out of 100, against 84.5 for the Polish yard.",
                "Cartsburn Engineering Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Its managing director, Morag Lindsay-Quayle, said the decision was “a kick in the teeth for the lower Clyde”.",
                "Morag Lindsay-Quayle",
                "said",
                "",
            ),
            (
                "‘How many more times are we going to send Scottish jobs to the Baltic?’ she asked.",
                "Morag Lindsay-Quayle",
                "asked",
                "",
            ),
            (
                "She said the yard employed 412 people and had delivered yard No. 1147, a 70-metre fisheries protection vessel, on time and on budget in 2025.",
                "Morag Lindsay-Quayle",
                "said",
                "W",
            ),
        ],
        [
            (
                "A Scottish Government spokeswoman said the procurement had been run by CMAL and that ministers had “no role in scoring bids”.",
                "A Scottish Government spokeswoman",
                "said",
                "W",
            ),
            (
                "Under the Public Contracts (Scotland) Regulations 2015, a public buyer must award a contract to the most economically advantageous tender and may not favour bidders because of their nationality.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hamish Dunnachie-Ross, the Highlands and Islands MSP, said islanders had been “promised new ferries by every minister since 2015 and got rust buckets instead”.",
                "Hamish Dunnachie-Ross",
                "said",
                "",
            ),
            (
                "He said he had lodged a motion, signed by 19 MSPs, calling on CMAL to publish the full scoring matrix.",
                "Hamish Dunnachie-Ross",
                "said",
                "W",
            ),
        ],
        [
            (
                "CMAL said it would publish a summary of the evaluation “once the standstill period ends”.",
                "Caledonian Maritime Assets Ltd",
                "said",
                "",
            ),
            (
                "The standstill period, during which losing bidders can challenge an award in court, lasts 10 days and ends on 26 February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prof. Eilidh Baird-Macrae, a transport economist at the University of St. Andrews, said the gap between the bids was “too big for any sensible buyer to ignore”.",
                "Eilidh Baird-Macrae",
                "said",
                "",
            ),
            (
                "She said Scottish yards had won three of the last 11 public ferry contracts worth more than £10m.",
                "Eilidh Baird-Macrae",
                "said",
                "W",
            ),
            (
                "“The lesson of the last decade is that a cheap ferry that arrives is worth more than a local ferry that doesn't,” she said.",
                "Eilidh Baird-Macrae",
                "said",
                "",
            ),
        ],
        [
            (
                "Ruaridh MacCorquodale, who runs a guest house in Port Ellen, said he had lost 31 bookings last summer when sailings were cancelled.",
                "Ruaridh MacCorquodale",
                "said",
                "",
            ),
            (
                "“I don't care if they're built in Gdańsk or on the moon, as long as they float by 2030,” he said.",
                "Ruaridh MacCorquodale",
                "said",
                "",
            ),
        ],
        [
            (
                "The Clyde Shipbuilders' Alliance, which represents workers at four yards, said it would ask ministers to meet it “within the month”.",
                "The Clyde Shipbuilders' Alliance",
                "said",
                "",
            ),
        ],
        [
            (
                "A single fare for a car from Kennacraig to Port Askaig is £43.75 under the Road Equivalent Tariff.",
                "",
                "",
                "W",
            ),
            ("A foot passenger pays £7.40.", "", "", "W"),
        ],
        [
            ("When will the new ferries arrive?", "", "", ""),
        ],
        [
            (
                "The first ship is due to enter service on the Mull route in summer 2030 after three months of trials, and the second on Islay in spring 2031.",
                "",
                "",
                "W",
            ),
            (
                "The oldest of the vessels now on the two routes entered service in 1989.",
                "",
                "",
                "W",
            ),
            (
                "CMAL said it hoped they would “see out” the wait.",
                "Caledonian Maritime Assets Ltd",
                "said",
                "",
            ),
        ],
        [
            ("© 2027 Saltire Standard Media Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC384211.", "", "", "B"),
        ],
        [
            ("Printed from saltirestandard.scot at 10:42 on 17/02/2027", "", "", "B"),
        ],
    ],
    [
        [
            ("≡  ELAN & IRFON JOURNAL  🔍", "", "", "B"),
        ],
        [
            ("Newyddion | News › Education", "", "", "B"),
        ],
        [
            ("Council opens consultation on closing 23-pupil Ysgol Cefn Eithin", "", "", "W"),
        ],
        [
            (
                "Pupils would move to Rhayader from September 2028 if the cabinet backs the plan",
                "",
                "",
                "",
            ),
        ],
        [
            ("By Carys Meredith-Pugh", "", "", "B"),
        ],
        [
            ("5 min read · 8 November 2027", "", "", "B"),
        ],
        [
            ("Pupils at Ysgol Cefn Eithin during a morning assembly.", "", "", ""),
            ("Photo: Cefn Eithin Action Group", "", "", "B"),
        ],
        [
            (
                "Powys County Council has opened a statutory consultation on closing Ysgol Cefn Eithin, a Welsh-medium primary school in Abbeycwmhir with 23 pupils.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The consultation opened on Monday and runs until 17 December at 5 p.m.", "", "", "W"),
            (
                "Responses can be made online, by post or at two drop-in sessions in the village hall.",
                "",
                "",
                "W",
            ),
            (
                "The sessions will be held on 22 November and 6 December, from 3.30 p.m. to 7 p.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the proposal, the school would close on 31 August 2028 and its pupils would transfer to Ysgol Gynradd Rhayader, seven miles away.",
                "",
                "",
                "",
            ),
            ("The council would provide free transport.", "", "", ""),
        ],
        [
            (
                "The school has room for 56 pupils, so 59% of its places are empty, according to the council's consultation document.",
                "the council's consultation document",
                "according to",
                "W",
            ),
            (
                "It costs £9,412 a year to educate each pupil at Cefn Eithin, against a Powys primary average of £5,380.",
                "",
                "",
                "W",
            ),
            ("The roll has fallen from 41 in 2019.", "", "", "W"),
            ("The council expects it to fall to 19 by 2031.", "The council", "expects", ""),
        ],
        [
            (
                "Under the Welsh Government's School Organisation Code, there is a presumption against the closure of rural schools, and a council proposing to close one must show that it has considered alternatives such as federation.",
                "",
                "",
                "W",
            ),
            ("Cefn Eithin is on the Welsh Government's list of rural schools.", "", "", "W"),
            (
                "The nearest other Welsh-medium school, at St. Harmon, has three spare places.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cllr Elen Vaughan-Rhys, the council's cabinet member for education, said no decision had been taken and “every response will be read”.",
                "Elen Vaughan-Rhys",
                "said",
                "",
            ),
            (
                "“Small schools can give children a wonderful start, but we also have to be honest about what a class of four 10-year-olds can offer,” she said.",
                "Elen Vaughan-Rhys",
                "said",
                "",
            ),
            (
                "She said the council had closed 11 primary schools since 2017 and had £14.2m of maintenance work outstanding on its primary buildings.",
                "Elen Vaughan-Rhys",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rhiannon Jenkins-Beddoe, whose two children attend the school, said the village would lose “its heart”.",
                "Rhiannon Jenkins-Beddoe",
                "said",
                "",
            ),
            ('"The school is the village," she said.', "Rhiannon Jenkins-Beddoe", "said", ""),
            (
                '"Who is going to move here with young children when the nearest school is a 25-minute bus ride away?" she asked.',
                "Rhiannon Jenkins-Beddoe",
                "asked",
                "",
            ),
        ],
        [
            (
                "The parents' action group says it has collected 1,140 signatures on a petition.",
                "The parents' action group",
                "says",
                "W",
            ),
            (
                "It hopes to hand it to the council before Christmas.",
                "The parents' action group",
                "hopes",
                "",
            ),
        ],
        [
            (
                "Ifan Rowlands-Gwyn of the language group Mudiad Iaith Maesyfed said closing the school would be “one more nail in the coffin of Welsh in Radnorshire”.",
                "Ifan Rowlands-Gwyn",
                "said",
                "",
            ),
            (
                "He said 78% of Cefn Eithin's pupils came from homes where Welsh is spoken, compared with 31% at the Rhayader school.",
                "Ifan Rowlands-Gwyn",
                "said",
                "W",
            ),
        ],
        [
            (
                "The school's acting headteacher, Mr. Dylan Price-Haverfield, declined to comment, citing council guidance.",
                "Dylan Price-Haverfield",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Glenys Mostyn-Evans, 84, said she had started at the school in 1948, when it had 62 pupils and one teacher.",
                "Glenys Mostyn-Evans",
                "said",
                "",
            ),
            (
                "“We had a coal stove and a slate each,” she said.",
                "Glenys Mostyn-Evans",
                "said",
                "",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "A report on the responses will go to the council's cabinet on 7 March 2028.",
                "",
                "",
                "W",
            ),
            (
                "If the cabinet approves the proposal, the council must publish a statutory notice and allow 28 days for objections.",
                "",
                "",
                "W",
            ),
            (
                "If the school closes, the council would consider transferring the building to the community, Cllr Vaughan-Rhys said.",
                "Elen Vaughan-Rhys",
                "said",
                "",
            ),
        ],
        [
            ("Share: 📘  🐦  ✉️", "", "", "B"),
        ],
        [
            ("More on this:", "", "", "B"),
        ],
        [
            ("Powys budget: 4.9% council tax rise approved", "", "", "B"),
        ],
        [
            ("Sign up to our newsletter", "", "", "B"),
        ],
        [
            ("© Elan & Irfon Journal 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("quaysbusiness.ie", "", "", "B"),
        ],
        [
            ("New home completions rise 11.3% to 8,412 in first quarter", "", "", "W"),
        ],
        [
            (
                "Apartment completions in Dublin at highest level for a first quarter since the series began",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Niamh Ó Ceallaigh-Brennan", "", "", "B"),
        ],
        [
            ("Thu 20 May 2027", "", "", "B"),
        ],
        [
            ("4–5 minutes", "", "", "B"),
        ],
        [
            (
                "A total of 8,412 new homes were completed in the first three months of the year, up 11.3% on the same period of 2026, according to the Central Statistics Office (CSO).",
                "the Central Statistics Office",
                "according to",
                "W",
            ),
            (
                "It is the highest figure for a first quarter since the series began in 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Apartments accounted for 3,027 of the total, or 36%, and 1,944 of those were in Dublin.",
                "",
                "",
                "W",
            ),
            (
                "Outside Dublin, the largest numbers were in Co. Cork (892), Co. Kildare (701) and Co. Meath (655).",
                "",
                "",
                "W",
            ),
            ("Single rural houses fell 4.2% to 1,103.", "", "", "W"),
            (
                "Completions in the Border region fell 6.1%, the only region to record a fall.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deirdre Fennelly-Walsh, a senior statistician at the CSO, said 2,318 of the completions were social or affordable homes delivered by local authorities and approved housing bodies.",
                "Deirdre Fennelly-Walsh",
                "said",
                "W",
            ),
            (
                "(The CSO counts a home as completed when it is connected to the ESB electricity network, which can lag the end of construction by several weeks.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Government's target under its revised housing plan is 50,500 homes in 2027.",
                "",
                "",
                "",
            ),
            (
                "The Department of Housing said in a statement that completions in the 12 months to March stood at 36,870.",
                "The Department of Housing",
                "said in a statement",
                "W",
            ),
            (
                "It said the figures showed “momentum building across every tenure”.",
                "The Department of Housing",
                "said",
                "",
            ),
        ],
        [
            (
                "Conor Mulrooney-Hayes, chief economist at Baggot Quay Research Ltd., said the quarter was “the best start to a year we have seen, but still nowhere near enough”.",
                "Conor Mulrooney-Hayes",
                "said",
                "",
            ),
            (
                "He expects about 38,000 completions for the full year.",
                "Conor Mulrooney-Hayes",
                "expects",
                "",
            ),
            (
                "He said commencement notices, which builders must file before work starts on site, fell 18% in the year to April.",
                "Conor Mulrooney-Hayes",
                "said",
                "W",
            ),
        ],
        [
            (
                "The average rent on a new tenancy was €1,742 a month in the first quarter, according to the Residential Tenancies Board.",
                "the Residential Tenancies Board",
                "according to",
                "W",
            ),
            ("In Dublin it was €2,281.", "", "", "W"),
        ],
        [
            (
                "Of the completions in Co. Meath, 212 were at a single estate in Ratoath built by Hallinan Brothers & Co.",
                "",
                "",
                "W",
            ),
            (
                "The firm said it expected to hand over another 140 homes there by September.",
                "The firm",
                "said",
                "",
            ),
        ],
        [
            (
                "Aoife Gilligan-Nash, 34, a nurse renting in Drumcondra, said she had been outbid on nine homes since January.",
                "Aoife Gilligan-Nash",
                "said",
                "",
            ),
            (
                "‘Every Sunday is viewings, and every Monday is another email saying sorry,’ she said.",
                "Aoife Gilligan-Nash",
                "said",
                "",
            ),
            (
                "‘Where are all these new homes going?’ she asked.",
                "Aoife Gilligan-Nash",
                "asked",
                "",
            ),
        ],
        [
            (
                "Mortgage approvals for first-time buyers rose 7.9% to 3,412 in April, according to Banking & Payments Federation Ireland (BPFI).",
                "Banking & Payments Federation Ireland",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The homeless charity Doorstep Ireland said 15,802 people, including 4,911 children, were in emergency accommodation in April.",
                "Doorstep Ireland",
                "said",
                "W",
            ),
            (
                "It called on the Government to “stop celebrating quarters and start counting families”.",
                "Doorstep Ireland",
                "called on",
                "",
            ),
        ],
        [
            ("What's next?", "", "", ""),
        ],
        [
            ("The CSO will publish completions for the second quarter on 19 August.", "", "", "W"),
        ],
        [
            ("NEW DWELLING COMPLETIONS, Q1 2027", "", "", "B"),
        ],
        [
            ("Type | Units | Change y/y", "", "", "B"),
        ],
        [
            ("Single houses | 1,103 | -4.2%", "", "", ""),
        ],
        [
            ("Scheme houses | 4,282 | +12.0%", "", "", ""),
        ],
        [
            ("Apartments | 3,027 | +17.1%", "", "", ""),
        ],
        [
            ("Source: CSO", "", "", "B"),
        ],
        [
            ("More from Quays Business: Property | Economy | Markets", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ANTRIM & DOWN REPORTER", "", "", "B"),
        ],
        [
            (
                "News | Sport | Business | Opinion | Farming | Death Notices | Jobs | Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("🍪 We use cookies to improve your experience on our site.", "", "", "B"),
            ("By continuing to browse, you agree to our Cookie Policy.", "", "", "B"),
        ],
        [
            ("ACCEPT   |   MANAGE SETTINGS", "", "", "B"),
        ],
        [
            ("News › Courts", "", "", "B"),
        ],
        [
            (
                "Apprentice scaffolder, 19, died after fall from platform with missing guardrail, coroner finds",
                "Patrick Gilvarry-Stewart",
                "finds",
                "W",
            ),
        ],
        [
            ("By Declan Hartigan-Moore", "", "", "B"),
        ],
        [
            ("Thursday, 21st October 2027, 4:12 pm", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            ("Jordan Magennis-Quail, pictured at his 18th birthday party.", "", "", ""),
            ("Picture: family handout", "", "", "B"),
        ],
        [
            (
                "A 19-year-old apprentice scaffolder died after falling almost 11 metres from a platform that had no guardrail on one side, an inquest in Belfast has heard.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coroner Mr. Patrick Gilvarry-Stewart found that Jordan Magennis-Quail, from Carrickfergus, died of multiple injuries at the Royal Victoria Hospital at 2.47 p.m. on 9 March 2025, about four hours after the fall at a housing site in Newtownabbey.",
                "Patrick Gilvarry-Stewart",
                "found",
                "W",
            ),
            (
                "The coroner said the guardrail had been removed to allow a hoist to be lifted in and had not been replaced.",
                "Patrick Gilvarry-Stewart",
                "said",
                "W",
            ),
            (
                "“Had the guardrail been in place, I am satisfied that Jordan would not have fallen,” he said.",
                "Patrick Gilvarry-Stewart",
                "said",
                "W",
            ),
        ],
        [
            (
                "The site foreman, Gerard Toner-McIlroy, told the inquest that he had been in a site cabin at 10.40 a.m. when he heard shouting.",
                "Gerard Toner-McIlroy",
                "told the inquest",
                "W",
            ),
            (
                "He said the platform had been inspected by Lagan Access Scaffolding Ltd. on the Friday before the accident and signed off as safe.",
                "Gerard Toner-McIlroy",
                "said",
                "W",
            ),
        ],
        [
            (
                "Asked by the coroner whether anyone had checked the platform on the morning of the fall, Mr. Toner-McIlroy replied: “No.”",
                "Gerard Toner-McIlroy",
                "replied",
                "W",
            ),
            (
                "“I think about that morning every single day,” he said.",
                "Gerard Toner-McIlroy",
                "said",
                "",
            ),
        ],
        [
            (
                "The inspection record shown to the court was dated 7 March 2025 and signed by a supervisor who has since left the company.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The state pathologist, Dr. Hilary Stannage-Doak, said the teenager suffered fractures to his skull, pelvis and both legs, and that the head injury alone would have been fatal.",
                "Hilary Stannage-Doak",
                "said",
                "W",
            ),
            (
                "She said toxicology tests found no alcohol or drugs.",
                "Hilary Stannage-Doak",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms. Aisling Dorrian-Boyd, an inspector with the Health and Safety Executive for Northern Ireland (HSENI), told the court that a prohibition notice had been served on the site the following day.",
                "Aisling Dorrian-Boyd",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "The company pleaded guilty at Belfast Crown Court in June 2026 to two breaches of the Health and Safety at Work (Northern Ireland) Order 1978 and was fined £160,000.",
                "",
                "",
                "W",
            ),
            (
                "Under the Work at Height Regulations (Northern Ireland) 2005, a working platform from which a person could fall must have a main guardrail at least 950 millimetres high.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside court, his mother, Maura Magennis-Quail, said Jordan had “lit up every room and never stopped talking about building his own house one day”.",
                "Maura Magennis-Quail",
                "said",
                "",
            ),
            (
                "“How does a rail go missing for two days and nobody notices?” she asked.",
                "Maura Magennis-Quail",
                "asked",
                "",
            ),
            (
                "She said the family would “keep asking questions until every apprentice goes home at night”.",
                "Maura Magennis-Quail",
                "said",
                "",
            ),
        ],
        [
            (
                "The family's solicitor, Mr. Owen Trainor-Blaney, said civil proceedings had been issued against the firm in the High Court in September.",
                "Owen Trainor-Blaney",
                "said",
                "W",
            ),
            (
                "He said the case was “about accountability, not money”.",
                "Owen Trainor-Blaney",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, Lagan Access Scaffolding Ltd. said it “deeply regrets” Jordan's death.",
                "Lagan Access Scaffolding Ltd.",
                "said",
                "",
            ),
            (
                "It said all 64 of its site staff had been retrained since the accident and that its guardrails were now fitted with alarms that sound if a rail is removed.",
                "Lagan Access Scaffolding Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The coroner said he would write to the Department for the Economy recommending that apprentices under 21 should not work at height without direct supervision.",
                "Patrick Gilvarry-Stewart",
                "said",
                "",
            ),
            (
                "“No parent should send a teenager to work and get the phone call that Mrs. Magennis-Quail received,” he said.",
                "Patrick Gilvarry-Stewart",
                "said",
                "",
            ),
        ],
        [
            (
                "Falls from height caused 23 of the 71 workplace deaths in Northern Ireland between 2020 and 2025, more than any other cause, according to HSENI figures.",
                "HSENI figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Family members wore T-shirts printed with Jordan's photograph and the words “Scaffold Safe”.",
                "",
                "",
                "",
            ),
            ("Several wept as the findings were read.", "", "", ""),
        ],
        [
            ("Support local journalism.", "", "", "B"),
            ("Subscribe from £1 a month.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Newtownabbey firm fined £160,000 over teenager's death", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("Mairead_C: Heartbreaking.", "", "", "B"),
            ("Thoughts with his family.", "", "", "B"),
        ],
        [
            ("© 2027 Antrim & Down Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Morning Note: RBA cuts to 3.35% — what it means for your mortgage", "", "", "B"),
        ],
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("Harbourline Money <brief@harbourlinemoney.com.au>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Wed, 4 Aug 2027, 6:02 AM", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("HARBOURLINE MONEY  |  THE MORNING NOTE", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", ""),
            (
                "The Reserve Bank has moved again, and your mortgage is about to get a little lighter.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RBA CUTS CASH RATE TO 3.35%", "", "", "W"),
        ],
        [
            (
                "The Reserve Bank of Australia cut the cash rate target by 25 basis points to 3.35 per cent on Tuesday, its third cut this year.",
                "",
                "",
                "W",
            ),
            (
                "The Monetary Policy Board said in its statement, released at 2.30pm AEST, that the decision was unanimous.",
                "The Monetary Policy Board",
                "said in its statement",
                "W",
            ),
        ],
        [
            (
                "The board said trimmed mean inflation had eased to 2.6 per cent in the June quarter, within its 2 to 3 per cent target band for the fifth quarter in a row.",
                "The board",
                "said",
                "W",
            ),
            (
                "Unemployment rose to 4.5 per cent in June, according to the Australian Bureau of Statistics.",
                "the Australian Bureau of Statistics",
                "according to",
                "W",
            ),
            (
                "The board expects it to peak at 4.7 per cent early next year.",
                "The board",
                "expects",
                "",
            ),
        ],
        [
            (
                "Governor Margot Ellery-Stanton told a press conference in Sydney that household spending had grown just 0.2 per cent in the year to June, the weakest annual growth since the March quarter of 2021.",
                "Margot Ellery-Stanton",
                "told a press conference in Sydney",
                "W",
            ),
            (
                "“We are not in the business of promising anything,” she said.",
                "Margot Ellery-Stanton",
                "said",
                "",
            ),
            ("“Would I like to see more cuts?", "Margot Ellery-Stanton", "said", ""),
            ("That is not how we think about it,” she said.", "Margot Ellery-Stanton", "said", ""),
        ],
        [
            (
                "The Australian dollar fell half a US cent to US64.82c, extending a slide that began on Friday with strong jobs figures from the U.S.",
                "",
                "",
                "W",
            ),
            ("The S&P/ASX 200 closed up 0.7 per cent at 8,912.4, led by the banks.", "", "", "W"),
            (
                "Three-year government bond yields fell 9 basis points to 3.21 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Within an hour of the decision, Southern Mutual Bank Ltd. said it would cut its standard variable home loan rates by the full 0.25 percentage points from August 13.",
                "Southern Mutual Bank Ltd.",
                "said",
                "W",
            ),
            (
                "Two smaller lenders, Coorong Savings Ltd. and Wattle Credit Union Ltd., followed later in the afternoon.",
                "",
                "",
                "W",
            ),
            (
                "On a $600,000 loan over 25 years, the cut lowers monthly repayments by about $90, according to calculations by comparison site RateHarbour.",
                "RateHarbour",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Callum Tregenza-Ho, chief economist at Paddington Rowe Securities Ltd., said the statement was “about as dovish as this board gets”.",
                "Callum Tregenza-Ho",
                "said",
                "",
            ),
            (
                "He expects one more cut, in November, which would take the cash rate to 3.10 per cent.",
                "Callum Tregenza-Ho",
                "expects",
                "",
            ),
            (
                "He pointed out that futures markets had priced in a 78 per cent chance of a cut on Monday.",
                "Callum Tregenza-Ho",
                "pointed out",
                "W",
            ),
        ],
        [
            ("Not everyone is convinced.", "", "", ""),
            (
                "Ines Karagiannis-Webb, an economist at the University of Adelaide, said the cut risked “pouring petrol on a housing market that's already on fire”.",
                "Ines Karagiannis-Webb",
                "said",
                "",
            ),
            (
                "National home values rose 0.9 per cent in July, according to PropIndex Australia.",
                "PropIndex Australia",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Jodie Falconer-Huynh, a nurse in Penrith with a $540,000 mortgage, told Harbourline her repayments had risen by $1,100 a month since 2022.",
                "Jodie Falconer-Huynh",
                "told Harbourline",
                "",
            ),
            (
                "“Ninety bucks is nice, but it's not a holiday,” she said.",
                "Jodie Falconer-Huynh",
                "said",
                "",
            ),
        ],
        [
            (
                "If your lender hasn't passed on the cut by next week, ring them and ask why.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The board next meets on September 27 and 28, and the Statement on Monetary Policy will be released on Friday at 11.30am.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RATES AT A GLANCE", "", "", "B"),
        ],
        [
            ("Cash rate | 3.35% | ▼ 0.25", "", "", ""),
        ],
        [
            ("AUD/USD | 64.82c | ▼ 0.5c", "", "", ""),
        ],
        [
            ("ASX 200 | 8,912.4 | ▲ 0.7%", "", "", ""),
        ],
        [
            (
                "You're receiving this because you subscribed at harbourlinemoney.com.au.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe | Update preferences", "", "", "B"),
        ],
        [
            ("General advice only.", "", "", "B"),
            (
                "It does not take into account your objectives, financial situation or needs.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Harbourline Money Pty Ltd ABN 51 624 018 337, Level 9, 88 Phillip St. Sydney NSW 2000",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Shared from the Kererū Post app", "", "", "B"),
        ],
        [
            ("RUGBY", "", "", "B"),
        ],
        [
            (
                "NPC final: Taranaki snatch title with last-gasp try to beat Canterbury 27-24",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Wing Ropata Kingi-Fale scores after the hooter as the hosts come back from 21-7 down",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Manaia Tuhiwai-Grant · Rugby writer", "", "", "B"),
        ],
        [
            ("23 Oct 2027, 10:48 pm", "", "", "B"),
        ],
        [
            ("Ropata Kingi-Fale dives over in the corner for the winning try.", "", "", ""),
            ("Photo / Tama Whatuira-Lowe", "", "", "B"),
        ],
        [
            (
                "Taranaki won the National Provincial Championship final 27-24 against Canterbury at Yarrow Stadium in New Plymouth on Saturday night, with wing Ropata Kingi-Fale scoring the winning try after the hooter.",
                "",
                "",
                "W",
            ),
            ("Canterbury led 21-7 after 52 minutes.", "", "", "W"),
        ],
        [
            (
                "The crowd of 18,240 was a sell-out, according to the Taranaki Rugby Football Union.",
                "the Taranaki Rugby Football Union",
                "according to",
                "W",
            ),
            ("Most of it was on its feet for the last ten minutes.", "", "", ""),
        ],
        [
            (
                "Canterbury scored first through No. 8 Lachlan Pettigrew-Rua in the 11th minute and added tries through centre Hamish Oakden-Tapu in the 27th and replacement prop Sione Fakatava-Reid in the 52nd, all three converted by first five-eighth Blake Amoroso-Tait.",
                "",
                "",
                "W",
            ),
            (
                "Taranaki's only first-half points came from a converted try by hooker Wiremu Ngatai-Hurst in the 34th minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Halfback Taine Rowlatt-Piripi sniped from a ruck in the 59th minute, first five Kobe Marangai kicked a penalty in the 66th, and fullback Jaxon St. Clair scored in the 71st to put the hosts ahead 22-21.",
                "",
                "",
                "W",
            ),
            (
                "Amoroso-Tait's penalty four minutes later put Canterbury back in front.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kingi-Fale's try came after 17 phases.", "", "", "W"),
            ("Marangai missed the conversion.", "", "", "W"),
        ],
        [
            (
                "“I've got no voice left,” said Aroha Tipoki-Lane, 64, who has held a season ticket since 1991.",
                "Aroha Tipoki-Lane",
                "said",
                "",
            ),
        ],
        [
            (
                "Taranaki coach Rangi Poutama-Steele said his side had “refused to read the script”.",
                "Rangi Poutama-Steele",
                "said",
                "",
            ),
            ("“Who writes us off at 21-7 at home?” he asked.", "Rangi Poutama-Steele", "asked", ""),
            (
                "He said 19 of his 23-man squad had come through Taranaki club rugby.",
                "Rangi Poutama-Steele",
                "said",
                "W",
            ),
        ],
        [
            (
                "Canterbury coach Fergus Allardyce-Nui said the loss would “sting for a long time”.",
                "Fergus Allardyce-Nui",
                "said",
                "",
            ),
            (
                "He confirmed that Pettigrew-Rua had left the field in the 63rd minute with a suspected broken thumb and would have an X-ray on Monday.",
                "Fergus Allardyce-Nui",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "Kingi-Fale, 21, said he had “just closed my eyes and dived”.",
                "Ropata Kingi-Fale",
                "said",
                "",
            ),
            (
                "“My nan's been to every home game since 1987, so that one's for her,” he said.",
                "Ropata Kingi-Fale",
                "said",
                "",
            ),
        ],
        [
            (
                "Taranaki made 212 tackles and missed 19, according to the competition's official statistics.",
                "the competition's official statistics",
                "according to",
                "W",
            ),
            ("Canterbury had 58 per cent of possession.", "", "", "W"),
        ],
        [
            (
                "Canterbury flanker Mitchell Oakes-Turei was shown a yellow card in the 57th minute for a deliberate knock-on, and Taranaki scored while he was off the field.",
                "",
                "",
                "W",
            ),
            (
                "A 44th-minute tackle by Taranaki lock Ariki Te Paa-Morrison has been cited, and the hearing is set for 4 p.m. on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tickets for the final sold out in 38 minutes at $25 for adults and $10 for children, the union said.",
                "the union",
                "said",
                "W",
            ),
            (
                "It said the team's parade would leave the Clock Tower on Devon Street at 11 a.m. on Monday.",
                "the Taranaki Rugby Football Union",
                "said",
                "W",
            ),
        ],
        [
            ("What now for Canterbury?", "", "", ""),
        ],
        [
            (
                "Seven of Canterbury's starting XV are contracted to Super Rugby clubs, and pre-season training for those players begins on November 29.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SCORING", "", "", "B"),
        ],
        [
            (
                "Taranaki 27 (W. Ngatai-Hurst, T. Rowlatt-Piripi, J. St. Clair, R. Kingi-Fale tries; K. Marangai 2 con, pen)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Canterbury 24 (L. Pettigrew-Rua, H. Oakden-Tapu, S. Fakatava-Reid tries; B. Amoroso-Tait 3 con, pen)",
                "",
                "",
                "",
            ),
        ],
        [
            ("HT: Canterbury 14-7.", "", "", ""),
        ],
        [
            ("Referee: D. J. McLachlan-Toa (Auckland)", "", "", ""),
        ],
        [
            ("Download the Kererū Post app for live scores and breaking news.", "", "", "B"),
        ],
        [
            ("Sent from my iPhone", "", "", "B"),
        ],
    ],
    [
        [
            ("amp.carmelbusiness.co.il", "", "", "B"),
        ],
        [
            ("CARMEL BUSINESS  |  English Edition", "", "", "B"),
        ],
        [
            ("Tech › Earnings", "", "", "B"),
        ],
        [
            ("Tzofit revenue jumps 23% to $184.6m, shares fall 9% on weaker guidance", "", "", "W"),
        ],
        [
            (
                "Herzliya cyber company trims full-year outlook; CEO says two U.S. agencies delayed orders",
                "Yoav Ben-Haroush",
                "says",
                "W",
            ),
        ],
        [
            ("Hadas Rothfeld-Amar | 10 Nov 2027 | 21:14", "", "", "B"),
        ],
        [
            ("🔗 Share   ✉️", "", "", "B"),
        ],
        [
            (
                "Tzofit Cyber Defense Ltd. (Nasdaq: TZFT; TASE: TZFT), the Herzliya-based maker of cloud-security software, reported revenue of $184.6 million for the third quarter, up 23% from $150.1 million a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Net profit under GAAP was $11.2 million, or 24 cents a share, compared with a loss of $3.4 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Non-GAAP earnings were 61 cents a share.", "", "", "W"),
            ("Analysts polled by Quillon Data Inc. had expected 57 cents.", "", "", "W"),
            ("The results were released after the close in New York on Tuesday.", "", "", "W"),
        ],
        [
            (
                "But the company cut its full-year revenue forecast to between $712 million and $718 million, from $730 million to $740 million previously.",
                "",
                "",
                "W",
            ),
            (
                "It expects fourth-quarter revenue of $188 million to $194 million.",
                "Tzofit Cyber Defense Ltd.",
                "expects",
                "",
            ),
        ],
        [
            (
                "Tzofit's shares fell 9.2% to $41.37 on the Nasdaq on Wednesday and 8.7% to NIS 153.40 in Tel Aviv.",
                "",
                "",
                "W",
            ),
            ("The company's market value is now approx. $4.1 billion.", "", "", "W"),
        ],
        [
            ("Why did the shares fall?", "", "", ""),
        ],
        [
            (
                "Chief executive Yoav Ben-Haroush told analysts on a conference call that two U.S. federal agencies had delayed orders worth a combined $19 million because of a freeze on new IT contracts.",
                "Yoav Ben-Haroush",
                "told analysts on a conference call",
                "W",
            ),
            (
                "“Nothing has been cancelled, it has only moved to the right,” he said.",
                "Yoav Ben-Haroush",
                "said",
                "",
            ),
            (
                "“Do I wish Washington moved faster?” he asked, to laughter from the analysts.",
                "Yoav Ben-Haroush",
                "asked",
                "",
            ),
        ],
        [
            (
                "Chief financial officer Dr. Michal Oz-Danieli said the company ended the quarter with $1.06 billion in cash and had bought back 1.4 million of its shares for $62 million.",
                "Michal Oz-Danieli",
                "said",
                "W",
            ),
            (
                "She said annual recurring revenue (ARR) reached $771 million, up 26%, and that the number of customers paying more than $100,000 a year rose to 1,348.",
                "Michal Oz-Danieli",
                "said",
                "W",
            ),
            (
                "She said the company aimed to reach $1 billion in ARR by the end of 2029.",
                "Michal Oz-Danieli",
                "said",
                "",
            ),
        ],
        [
            (
                "The company reports in dollars but pays most of its Israeli salaries in shekels, and the shekel's 6% rise against the dollar this year added $7.8 million to costs in the quarter, Oz-Danieli said.",
                "Michal Oz-Danieli",
                "said",
                "W",
            ),
        ],
        [
            (
                "In September Tzofit completed its $96 million acquisition of Boston-based Lumenrail Security Inc.",
                "",
                "",
                "W",
            ),
            (
                "The deal added about $4 million to quarterly revenue, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            ("Tzofit employs 2,140 people, 1,310 of them in Israel.", "", "", "W"),
            (
                "Ben-Haroush said it would hire about 150 engineers in Israel next year, most of them in Be'er Sheva.",
                "Yoav Ben-Haroush",
                "said",
                "",
            ),
        ],
        [
            (
                "“The quarter was fine; the guidance is the story,” said Eitan Gurevich-Lavi, an analyst at Yarkon Capital Markets Ltd.",
                "Eitan Gurevich-Lavi",
                "said",
                "",
            ),
            ("He cut his price target on the shares to $44 from $52.", "", "", ""),
        ],
        [
            (
                "Tzofit is the third-largest technology stock in the TA-35 index, and its fall pulled the index 0.4% lower on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ronit Abergel-Sasson, 58, a retired teacher in Haifa, said she had bought Tzofit shares at NIS 98 in 2024 and was “not selling a single one”.",
                "Ronit Abergel-Sasson",
                "said",
                "",
            ),
        ],
        [
            ("The company will hold its annual investor day in New York on Dec. 9.", "", "", "W"),
        ],
        [
            ("TZOFIT Q3 AT A GLANCE", "", "", "B"),
        ],
        [
            ("Metric | Q3 2027 | Q3 2026", "", "", "B"),
        ],
        [
            ("Revenue | $184.6m | $150.1m", "", "", ""),
        ],
        [
            ("Net profit (GAAP) | $11.2m | -$3.4m", "", "", ""),
        ],
        [
            ("ARR | $771m | $612m", "", "", ""),
        ],
        [
            ("Source: company reports", "", "", "B"),
        ],
        [
            ("Tags: Cyber, Nasdaq, TASE, Earnings", "", "", "B"),
        ],
        [
            ("Read more on carmelbusiness.co.il", "", "", "B"),
        ],
        [
            ("© Carmel Business Media Ltd. 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("AKAMAS POST", "", "", "B"),
        ],
        [
            (
                "Cyprus   Business   Tourism   Property   World   Opinion   Life   |   🌤 Nicosia 31°C",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home > Business > Tourism", "", "", "B"),
        ],
        [
            ("Record August as tourist arrivals rise 4.2% to 612,840", "", "", "W"),
        ],
        [
            (
                "Deputy minister expects 2027 to beat last year's record of 4.04 million arrivals",
                "Lefteris Koumides",
                "expects",
                "",
            ),
        ],
        [
            ("Stelios Georgallides-Hart | 16 September 2027, 11:30 am", "", "", "B"),
        ],
        [
            ("💬 3 comments    🔗 Share", "", "", "B"),
        ],
        [
            ("Sunbeds on Nissi beach in Ayia Napa in August.", "", "", ""),
            ("(Christos Panteli-Rowe)", "", "", "B"),
        ],
        [
            (
                "Tourist arrivals reached 612,840 in August, up 4.2% from 588,140 in the same month last year and the highest for any August on record, the Statistical Service (Cystat) said on Wednesday.",
                "the Statistical Service",
                "said",
                "W",
            ),
            ("Arrivals for January to August totalled 3.21 million, up 5.6%.", "", "", "W"),
        ],
        [
            (
                "The UK remained the biggest market, with 192,430 visitors, or 31.4% of the total.",
                "",
                "",
                "W",
            ),
            (
                "Israel was second with 86,410 (14.1%) and Poland third with 44,740 (7.3%).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Arrivals from Germany, Greece, Sweden, Switzerland etc. rose by less than 2%.",
                "",
                "",
                "W",
            ),
            (
                "Holidaymakers made up 81% of visitors, with the rest travelling on business or to see friends and relatives.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Revenue from tourism in June, the latest month available, was €412.6 million, up 6.1%, according to a separate Cystat survey.",
                "a separate Cystat survey",
                "according to",
                "W",
            ),
            ("Average spending per visitor was €891.", "", "", "W"),
        ],
        [
            (
                "Deputy Tourism Minister Lefteris Koumides said he expected 2027 to end with “comfortably more than” last year's record of 4.04 million arrivals.",
                "Lefteris Koumides",
                "said",
                "",
            ),
            (
                "“Cyprus is no longer a summer island, it is a twelve-month island,” he said.",
                "Lefteris Koumides",
                "said",
                "",
            ),
            (
                "He said 61 new routes had been added at Larnaca and Paphos airports this year, 17 of them operating through the winter.",
                "Lefteris Koumides",
                "said",
                "W",
            ),
            ("The deputy ministry's target is 4.5 million arrivals a year by 2030.", "", "", ""),
        ],
        [
            (
                "Passenger traffic at the two airports rose 5.9% to 1.68 million in August, operator Hermes Airports said.",
                "Hermes Airports",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chrysanthi Ioannou-Kellas, who heads the Paphos Regional Hoteliers' Union, said hotels were “full but not profitable”.",
                "Chrysanthi Ioannou-Kellas",
                "said",
                "",
            ),
            (
                "She said average occupancy in Paphos hotels was 91% in August, but labour costs had risen 12% in a year, mainly because of a new collective agreement for hotel staff.",
                "Chrysanthi Ioannou-Kellas",
                "said",
                "W",
            ),
            (
                "She warned that some hotels would close for the winter unless the government extended a subsidy for off-season stays.",
                "Chrysanthi Ioannou-Kellas",
                "warned",
                "",
            ),
        ],
        [
            (
                "A €1.50-a-night environmental levy on hotel stays, introduced on 1 April, raised €4.2 million in its first four months, the deputy ministry said.",
                "the deputy ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "On a weekday evening on Ayia Napa's main strip, the bars were full and the music loud.",
                "",
                "",
                "",
            ),
            (
                "Sotiris Pittas, 52, who has run a beach bar near Nissi for 19 years, said he charged €9 for a cocktail in 2019 and charges €14 now.",
                "Sotiris Pittas",
                "said",
                "",
            ),
            (
                "“Who complains about €14 when they are on holiday?” he asked.",
                "Sotiris Pittas",
                "asked",
                "",
            ),
        ],
        [
            ("Will the record hold?", "", "", ""),
        ],
        [
            (
                "Dr. Panayiotis Loizides-Amos, an economist at the University of Cyprus, said a weaker September was likely because of the euro's strength against sterling.",
                "Panayiotis Loizides-Amos",
                "said",
                "",
            ),
            (
                "He said sterling had fallen 4% against the euro since January.",
                "Panayiotis Loizides-Amos",
                "said",
                "W",
            ),
        ],
        [
            ("ARRIVALS BY COUNTRY, AUGUST 2027", "", "", "B"),
        ],
        [
            ("Country | Arrivals | Share", "", "", "B"),
        ],
        [
            ("United Kingdom | 192,430 | 31.4%", "", "", ""),
        ],
        [
            ("Israel | 86,410 | 14.1%", "", "", ""),
        ],
        [
            ("Poland | 44,740 | 7.3%", "", "", ""),
        ],
        [
            ("Source: Cystat", "", "", "B"),
        ],
        [
            ("3 comments", "", "", "B"),
        ],
        [
            ("Nikos_L: Prices in Protaras are out of control.", "", "", "B"),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1", "", "", "B"),
        ],
        [
            ("Larnaca marina: contracts signed for second phase", "", "", "B"),
        ],
        [
            ("© 2027 Akamas Post Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  VALLETTA NEWSLINE  🔍", "", "", "B"),
        ],
        [
            ("LOCAL · COURTS", "", "", "B"),
        ],
        [
            ("Man jailed 18 months for punching two police officers in St Julian's", "", "", "W"),
        ],
        [
            (
                "Court says alcohol ‘no excuse’ for attack after drink-driving stop",
                "Annaliese Farrugia Cutajar",
                "says",
                "",
            ),
        ],
        [
            ("Kristina Darmanin-Cole | Tuesday, 13 April 2027, 17:45", "", "", "B"),
        ],
        [
            ("🕑 3 min read", "", "", "B"),
        ],
        [
            ("The law courts in Valletta.", "", "", ""),
            ("File photo", "", "", "B"),
        ],
        [
            (
                "A 34-year-old man from Birkirkara has been jailed for 18 months and fined €3,500 after he punched two police officers who had stopped him for drink-driving in St. Julian's last summer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Clayton Buhagiar Sant, a delivery driver, pleaded guilty to all six charges on Tuesday morning.",
                "",
                "",
                "W",
            ),
            ("He was also disqualified from holding a driving licence for two years.", "", "", "W"),
        ],
        [
            (
                "Magistrate Dr. Annaliese Farrugia Cutajar handed down the sentence at 12.30 p.m. after hearing submissions from both sides.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prosecuting Inspector Kurt Azzopardi Grech told the court that officers had stopped Buhagiar Sant's car on St. George's Road at around 3.40 a.m. on 14 August 2026 after it mounted the pavement outside a club.",
                "Kurt Azzopardi Grech",
                "told the court",
                "W",
            ),
            (
                "A breath test showed 81 micrograms of alcohol per 100 millilitres of breath, more than three times the legal limit, he said.",
                "Kurt Azzopardi Grech",
                "said",
                "W",
            ),
            (
                "He said one of the officers needed four stitches above the eye and the other suffered a broken finger.",
                "Kurt Azzopardi Grech",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under Art. 96 of the Criminal Code, violence against a public officer carries a prison term, which is increased if the officer is injured.",
                "",
                "",
                "W",
            ),
            (
                "Drivers who fail a breath test face a fine of at least €1,200 under the Traffic Regulation Ordinance.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Defence lawyer Dr. Roderick Xuereb Debono said his client was “ashamed” and had “no memory of the night”.",
                "Roderick Xuereb Debono",
                "said",
                "",
            ),
            (
                "He asked the court for a suspended sentence, pointing out that his client had no previous convictions and had paid €1,800 to the two officers.",
                "Roderick Xuereb Debono",
                "asked",
                "W",
            ),
            (
                "The prosecution asked for an effective prison term.",
                "The prosecution",
                "asked",
                "W",
            ),
        ],
        [
            (
                "In her judgment, the magistrate said the court could not suspend the sentence because the officers had been injured “while doing exactly what society asks of them”.",
                "Annaliese Farrugia Cutajar",
                "said",
                "W",
            ),
            (
                "“Alcohol is no excuse; if anything, it is the reason we are here,” she said.",
                "Annaliese Farrugia Cutajar",
                "said",
                "",
            ),
            (
                "She ordered him to pay €640 in court expenses and a further €900 to each officer.",
                "Annaliese Farrugia Cutajar",
                "ordered",
                "W",
            ),
            (
                "She cited The Police v. Micallef Stafrace, a 2019 judgment of the Court of Criminal Appeal in which a sentence for a similar attack was increased on appeal.",
                "Annaliese Farrugia Cutajar",
                "cited",
                "W",
            ),
        ],
        [
            (
                "Buhagiar Sant stood with his hands behind his back and did not look at the officers, who sat in the second row.",
                "",
                "",
                "",
            ),
            ("His partner wept in the public gallery.", "", "", ""),
        ],
        [
            ("He has 20 working days to file an appeal.", "", "", "W"),
            ("He was taken to the Corradino Correctional Facility after the sitting.", "", "", "W"),
        ],
        [
            (
                "Until last month, Buhagiar Sant worked for a food delivery firm, Ħalfa Riders Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company said on Tuesday that he no longer worked there.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The police officers' union said in a Facebook post that it welcomed “a sentence that sends a clear message”.",
                "The police officers' union",
                "said in a Facebook post",
                "",
            ),
            (
                "It said 143 officers had been assaulted on duty in 2026, up from 118 in 2025.",
                "The police officers' union",
                "said",
                "W",
            ),
        ],
        [
            (
                "A kiosk worker on the street, who gave his name only as Manwel, said fights after 3 a.m. were “every weekend”.",
                "Manwel",
                "said",
                "",
            ),
            ("“Why do we need a court to tell us this is wrong?” he asked.", "Manwel", "asked", ""),
        ],
        [
            ("What is the legal limit?", "", "", ""),
        ],
        [
            (
                "Malta's drink-driving limit is 22 micrograms of alcohol per 100 millilitres of breath, or 0.5 grams per litre of blood.",
                "",
                "",
                "W",
            ),
            (
                "For drivers with less than three years' experience, and for professional drivers, it is 9 micrograms.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Share on WhatsApp  |  Facebook  |  X", "", "", "B"),
        ],
        [
            ("Read next:", "", "", "B"),
        ],
        [
            ("Three arrested after Marsa fuel theft", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            ("© Valletta Newsline Ltd. 2027  |  Privacy  |  Terms", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n180-us-am-ends",
        "The roll call ended at 2:15 a.m. Lawmakers then went home.",
        ["The roll call ended at 2:15 a.m.", "Lawmakers then went home."],
    ),
    (
        "n180-us-sb-start",
        "S.B. 48 passed the Senate 31-2 on Tuesday. It now goes to the House.",
        ["S.B. 48 passed the Senate 31-2 on Tuesday.", "It now goes to the House."],
    ),
    (
        "n180-us-rep-initial",
        "Rep. Lyle K. Ostrander, R-Marion, voted no. He gave no reason.",
        ["Rep. Lyle K. Ostrander, R-Marion, voted no.", "He gave no reason."],
    ),
    (
        "n180-us-inc-ends",
        "The ads were paid for by Forward Buckeye Fund Inc. The group did not return calls.",
        ["The ads were paid for by Forward Buckeye Fund Inc.", "The group did not return calls."],
    ),
    (
        "n180-us-us-ends",
        "Most of the steel comes from outside the U.S. Prices rose 14% last year.",
        ["Most of the steel comes from outside the U.S.", "Prices rose 14% last year."],
    ),
    (
        "n180-us-amendment-no-mid",
        "Amendment No. 9 would have cut the rate to 2.5%. It failed 40-57.",
        ["Amendment No. 9 would have cut the rate to 2.5%.", "It failed 40-57."],
    ),
    (
        "n180-ca-bc-ends",
        "Nearly 300 fires are burning in B.C. Most were started by lightning.",
        ["Nearly 300 fires are burning in B.C.", "Most were started by lightning."],
    ),
    (
        "n180-ca-street-ends",
        "The meal tent is on Oliver St. Volunteers serve dinner there from 5 p.m. to 8 p.m.",
        ["The meal tent is on Oliver St.", "Volunteers serve dinner there from 5 p.m. to 8 p.m."],
    ),
    (
        "n180-ca-approx-mid",
        "The fire is approx. 9,800 hectares in size. It has not grown since Monday.",
        ["The fire is approx. 9,800 hectares in size.", "It has not grown since Monday."],
    ),
    (
        "n180-ca-question-attrib",
        "“Do we stay or do we go?” asked Marjatta Kowalchuk-Byrne, 71. She left that night.",
        ["“Do we stay or do we go?” asked Marjatta Kowalchuk-Byrne, 71.", "She left that night."],
    ),
    (
        "n180-en-plc-ends",
        "Cleaning is contracted to Brightwell Facilities plc. The contract ends in 2029.",
        ["Cleaning is contracted to Brightwell Facilities plc.", "The contract ends in 2029."],
    ),
    (
        "n180-en-dr-mid",
        "Dr. Obinna Threlkeld-Shaw said the ward had 24 beds. Six were closed.",
        ["Dr. Obinna Threlkeld-Shaw said the ward had 24 beds.", "Six were closed."],
    ),
    (
        "n180-en-pm-on-mid",
        "The ward closed at 8.30 p.m. on Friday and reopened on Sunday. Nobody was harmed.",
        ["The ward closed at 8.30 p.m. on Friday and reopened on Sunday.", "Nobody was harmed."],
    ),
    (
        "n180-sc-st-andrews",
        "A study at the University of St. Andrews found 41% of islanders had missed a hospital appointment. Cancelled sailings were the main reason.",
        [
            "A study at the University of St. Andrews found 41% of islanders had missed a hospital appointment.",
            "Cancelled sailings were the main reason.",
        ],
    ),
    (
        "n180-sc-sa-ends",
        "The hulls will be welded by Nordhavn Steel S.A. Fitting out will take place in Poland.",
        [
            "The hulls will be welded by Nordhavn Steel S.A.",
            "Fitting out will take place in Poland.",
        ],
    ),
    (
        "n180-sc-prof-initials",
        "Prof. A. M. Cruikshank-Blair chaired the review. It reported in 2026.",
        ["Prof. A. M. Cruikshank-Blair chaired the review.", "It reported in 2026."],
    ),
    (
        "n180-wa-mr-mid",
        "Mr. Gwilym Tudor-Price taught at the school for 31 years. He retired in 2019.",
        ["Mr. Gwilym Tudor-Price taught at the school for 31 years.", "He retired in 2019."],
    ),
    (
        "n180-wa-st-harmon",
        "Pupils from St. Harmon would travel by minibus. The journey takes 20 minutes.",
        ["Pupils from St. Harmon would travel by minibus.", "The journey takes 20 minutes."],
    ),
    (
        "n180-ie-co-mid",
        "Most of the new homes in Co. Wexford were built in Gorey. Prices there rose 6%.",
        ["Most of the new homes in Co. Wexford were built in Gorey.", "Prices there rose 6%."],
    ),
    (
        "n180-ie-co-ends",
        "The scheme was built by Dardis Brothers & Co. It has 96 homes.",
        ["The scheme was built by Dardis Brothers & Co.", "It has 96 homes."],
    ),
    (
        "n180-ni-no-quote-ends",
        "Asked whether the rail was checked, the witness said: “No.” The coroner thanked him.",
        ["Asked whether the rail was checked, the witness said: “No.”", "The coroner thanked him."],
    ),
    (
        "n180-ni-mrs-mid",
        "Mrs. Orla Keaveney-Brown gave evidence by video link. She is the dead man's aunt.",
        ["Mrs. Orla Keaveney-Brown gave evidence by video link.", "She is the dead man's aunt."],
    ),
    (
        "n180-au-ltd-mid",
        "Murray River Bank Ltd. said it would pass on the cut. Two other lenders followed.",
        ["Murray River Bank Ltd. said it would pass on the cut.", "Two other lenders followed."],
    ),
    (
        "n180-au-street-address",
        "Level 4, 12 Pitt St. Sydney NSW 2000",
        ["Level 4, 12 Pitt St. Sydney NSW 2000"],
    ),
    (
        "n180-au-question-then-sentence",
        "“Will they cut again? Nobody knows,” she said.",
        ["“Will they cut again?", "Nobody knows,” she said."],
    ),
    (
        "n180-nz-no8-start",
        "No. 8 Tipene Harrow-Ruatapu scored twice. He was named player of the match.",
        ["No. 8 Tipene Harrow-Ruatapu scored twice.", "He was named player of the match."],
    ),
    (
        "n180-nz-initials-line",
        "Tries: K. J. Whakaue-Lind 2, M. Soper-Tane.",
        ["Tries: K. J. Whakaue-Lind 2, M. Soper-Tane."],
    ),
    (
        "n180-il-inc-mid-decimal",
        "Arbel Data Inc. said revenue rose 14.6% to $92.3 million. The shares rose 3.2%.",
        ["Arbel Data Inc. said revenue rose 14.6% to $92.3 million.", "The shares rose 3.2%."],
    ),
    (
        "n180-cy-etc-ends",
        "Visitors also came from Austria, Romania, Hungary etc. Their numbers rose 8%.",
        ["Visitors also came from Austria, Romania, Hungary etc.", "Their numbers rose 8%."],
    ),
    (
        "n180-mt-art-v-mid",
        "In The Police v. Spiteri Vassallo, the court applied Art. 5 of the Ordinance. The accused was fined €800.",
        [
            "In The Police v. Spiteri Vassallo, the court applied Art. 5 of the Ordinance.",
            "The accused was fined €800.",
        ],
    ),
]
