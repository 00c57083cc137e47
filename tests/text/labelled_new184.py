"""Hundred-and-eighty-fourth set of new hand-labelled pages for the hint engines (tuning set, round sixty-three):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from the
English-language editions and English-language outlets of twelve European countries, in twelve GENRES
where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part, one page per country and per genre, the
pastes varied (desktop, phone, AMP, reader mode, print view, live-updates pages, text shared from a
news app, an email newsletter in webmail). The pages: a German regional daily's English edition on the
DESKTOP (a labour dispute: the transport union TVG calls a 48-hour warning strike on Hamburg's buses and
U-Bahn, with a service box); a Dutch English-language news site in READER MODE (a study: older e-bike
riders almost four times as likely to need hospital care after a fall, with a funding note and a
journal reference); a Belgian English-language news site's AMP page (a parliament vote: the Chamber
passes the pension reform 79-61 after a 19-hour debate); a Swiss finance site's EMAIL NEWSLETTER pasted
from WEBMAIL (a central-bank decision: the Swiss National Bank cuts its policy rate to 0.25%, with a
markets box); an Austrian English-language weekly's PRINT VIEW (a court ruling: the Supreme Court bans
a gym chain's €39 "service fee"); a Swedish business site pasted from a PHONE (a company's results: a
heat-pump maker's sales fall 11% and 350 jobs go, with a key-figures table in decimal commas); a
Norwegian English-language site's LIVE-UPDATES page (a weather/disaster update: Storm Ingrid, a red
warning, power cuts, a closed E16 and a landslide in Odda); a Danish English-language site's APP, its
text SHARED (a timetable change: half as many weekend trains between Copenhagen and Aarhus "from 12.
december", with a service box); a Finnish English-language site on the DESKTOP (an audit report: the
National Audit Office finds the counties spent €612 million on agency staff); a Polish English-language
site pasted from a PHONE (a statistics release: March inflation at 3.9% in a flash estimate, with a
table in decimal commas); a Czech English-language site's LIVE-UPDATES page (an election count:
regional elections, South Moravia at 98.6% counted); and a Greek English-language site's AMP page (a
sports result: a basketball cup final won 84-79, with a box score).

What is hard is telling statements of record from what sits beside them, sentence by sentence and
often inside one paragraph. Of record ("W"): figures, records and rankings given by bodies, officials,
companies and documents (members covered, a demand and an offer made, prices and rents, footfall, a
relative risk with its confidence interval, hospital stays, e-bikes and sales shares, a roll-call vote
and its defections, a deficit and an excessive deficit procedure, march counts by unions and by police,
inflation, currency purchases, bond yields, court dates and case numbers, fees collected, net sales and
operating profit, redundancy notices, share prices and volumes, measured gusts, customers without
power, evacuated homes, flights cancelled, passengers and fares, agency spending and hourly costs,
vacancies, price indices by group, complaints, a count by precinct and turnout, points, rebounds and
a crowd); causal claims ("mainly because the franc's rise since March had made imported goods
cheaper", "because members received nothing for it that the monthly fee did not already cover", "after
Berlin cut its subsidy", "because of the risk of rockfalls", "caused by track renewal", "after the
government raised the capped price", "after an outbreak of bird flu", "because of a fault in the
software"); findings, acts and rulings (the researchers' and the audit office's "found", the authors'
"note", the court's "found", "ruled" and "noted", a ban, a strike called, a dividend proposal
withdrawn, a warning raised to red, a road closed, a fine); rules, including CONDITIONAL rules ("If
either side declares the talks failed, the 2021 arbitration agreement ... requires a panel ...", "Under
Art. 185 of the Road Traffic Act, if a motor vehicle hits a cyclist, ...", "If one is filed, the court
can suspend the law ...", the SNB's tiered system "if the policy rate falls below zero", the rent cut of
2.91% "If the federal reference mortgage rate falls", "Under the Consumer Protection Act, if a clause is
void, ...", rehiring priority "if the company hires again within nine months", the police's power to
order an evacuation "if there is a danger to life or health", DSB's travel-time guarantee, the
assessment procedure "If a county fails to cover its accumulated deficit ...", the price cap "If a
household uses more, ...", coalition thresholds, a disciplinary code "if a club's fans throw objects
... twice in a season"); a body's PAST estimate or a past consensus reported as a fact ("She said the
Federal Planning Bureau had put the savings at €1.6 billion", "VFÖ estimates that the chain has
collected about €20 million ... since 2019", "Analysts polled by the data provider Nordkurs had
expected SEK 298 million", "The firm's last poll before the vote had put Jih 2030 at 24%"); a target
band the data sit outside ("above the National Bank of Poland's target of 2.5%, plus or minus one
percentage point, since November"); scheduled events and services set by those who run them (a march
"starting at 10.30 a.m.", talks "at 14.30 in Lübeck", an emergency service and a service box, a
consultation's close, a rate publication date and a monetary policy assessment, a road closed "at
least until 10.30 a.m. on Wednesday", weekend departures, a committee hearing, a council meeting, a
fixture); and prices (a fee and monthly fees, a ticket, a ferry fare, a loaf).
Not worth checking (""): forecasts ("The police expect about 4,000 people", the chamber of commerce's
lost sales, the SNB's "It now forecasts inflation of ...", an economist's zero rate by December, a
power company's restoration, a meteorologist's strongest winds, Finance Norway's claims, "It expects
the works to finish on schedule", a seat projection, "He said the alliance expected to gain ...", "The
King is expected to sign it", "Ilisos remain the favourites"); what a PROPOSAL or an OFFER WOULD do
("said the offer would lift a new driver's starting pay to €3,180 ...", "said the reform would save
€1.9 billion a year by 2030"); targets and plans, even an official's or a company's ("The government's
target is to halve road deaths ...", "The government's target is an employment rate of 80% by 2030", a
margin target, "Banedanmark's goal is ...", "The ministry's target is to cut agency spending by a third",
"It plans to cut a further 120 jobs in Poland", "Nijmegen plans to double ...", a refund promise, a
minister's plan for faster trains, "It said it had no plans to change its tariff ..."), and CONDITIONAL
plans and threats ("If there is no better offer at the third round on 12. März, the union will ballot
...", "If the cabinet adopts a proposal now out for consultation, helmets would become compulsory ...",
"If the law is published ..., the opposition will take it to the Constitutional Court", "If the franc
strengthens past 0.90 per euro, the bank would be prepared to cut again", "If the company has not
repaid members by 30 September, the association will file a class action", "If orders have not picked
up by the autumn, the company would consider ...", "If the slope moves again, Ullensvang municipality
will evacuate another 30 houses", "If the works finish early, DSB would restore ...", "If agency costs
do not fall this year, the government will consider a legal cap", "If prices rise again in April, the
government will consider ...", "If the count holds, she will offer coalition talks ...", "If the fine
is confirmed, Ilisos will appeal"); advice and recommendations (Avinor's "Check with your airline", the
audit office's "recommended"); stances, opinions, characterisations and a research team's SUSPICION
("the team suspected that later braking ... explained much of the gap, but that the data could not
show it"); feelings, anecdotes and a person's own figures (a nurse's 14 kilometres, a 72-year-old's
fall, a warehouse worker's 38 years, a homeowner's CHF 640'000 mortgage, a worker's 22 years, a
pensioner's butter, an agency nurse's nights, a fan's tears); questions in quotes and question subheads;
the newsletters' own voice; scenes and captions that only describe; a brokerage's recommendation cut;
and data lines (table rows, a markets box, box-score lines). A quote or question may hold a figure used
as rhetoric ("“How is a driver supposed to live in Eimsbüttel on €2,940 gross a month?”", "“But a
25-kilogram bike at 23 kilometres an hour ...”", "“Who in this building has ever started work at 5
a.m.?”", "“Who would benefit if we waited until the franc was at 0.88 to the euro?”", "“Who can afford
butter at 9,49 złoty a packet on my pension?”"), "".

And where sentences end: abbreviations and firm suffixes that END one before a capital ("Elbtal
Busreisen GmbH." / "Its 140 drivers ..."; "Deltafiets B.V." / "The company said ..."; "Zuidkust
Verzekeringen N.V." / "The insurer had no role ..."; "at 4.47 a.m." / "Two MPs ..."; "the third-highest
in the E.U." / "The European Commission ..."; "Meuse Actuariaat N.V." / "The firm also advised ...";
"Sablon Éditions S.A." / "All rights reserved."; "at 9.30 a.m." / "Overnight index swaps ...";
"Seeland Privatbank AG." / "Neither gave a date."; "Ringstrasse Medien GmbH." / "All rights
reserved."; "in the U.S." / "It said orders there ..."; "Ekebacken Invest AB." / "It did not comment
..."; "Nettbygg Vest ASA." / "Fjordkraftverk said ..."; "at a steel mill in the U.K." / "The sleepers
...", "Kattegatlinjen A/S." / "The company said ..."; "Lääkärivälitys Suomi Oy." / "Neither company
..."; "the average in the O.E.C.D." / "There were 4,300 ..."; "Mazowiecka Sieć Ciepła S.A." / "It said
..."; "Kłosowa Piekarnia sp. z o.o." / "It raised the price ..."; "Datakom a.s." / "The firm's last
poll ..."; "Datasfera Brno a.s." / "The company said ..."; "Bohemia Pulse s.r.o." / "All rights
reserved."; "Thermaikos Basketball S.A." / "He paid off ...") and abbreviations, designations, dates
and suffixes that do NOT ("Alster Nahverkehr GmbH (ANV).", "works agreement Nr. 12,", "U1 bzw. U3:
every 20 bzw. 30 minutes", "approx. every 15 min.", "Thu., 6. März, 3.00 a.m.", "on 12. März, the
union", "Dr. Joost", "approx. 6.1 million e-bikes, incl. about 90,000", "Under Art. 185", "Prof.
Anouk", "et al." in a journal reference, "Art. 14 of the bill" opening a sentence, "at 5 a.m.?” she
asked.", "No. 212" in a masthead, "ca. CHF 3.4 billion", "Linthbank AG said", "University of St.
Gallen,", "Limmatquai Finanz AG,", "Kraftwerk Fitness GmbH from charging", "Regional Court St.
Pölten", "on 3. Mai 2025,", "§ 879 (3)", "Mag. Ferdinand", "Univ.-Prof. Dr. Hemma", "in St. Pölten,
Kogelnig-Bauer said.", "incl. items affecting comparability", "Kungsbron Securities AB,", "until 10.30
a.m. on Wednesday, when", "from 12. december, when", "until 26. marts 2028.", "first train kl. 6.00,
then every hour until kl. 21.00", "stop No. 3", "Hoivapiste Oy,", "on 10 June at 10.30 a.m.", "dr hab.
Marta", "Wisła Capital Partners S.A. said", "(Dz.U. 2027, item 312)", "Wisłoprąd S.A., one of", "on ul.
Senatorska,", "Datakom a.s. gives", "wearing No. 7,", "until after 2 a.m. outside St. Titus Cathedral,",
"K. Sfyrakis", "P. Th. Georgiou"); times in both styles ("10.30 a.m.", "14.30", "11.45", "at 6.45 in
the morning", "By 15.30,", "19.15"); decimals, units and currencies, with points and with COMMAS
("9.5%", "€3,180", "3.8 (95% confidence interval 3.1 to 4.6)", "4.6% of GDP", "0.9312", "CHF 640'000",
"12'406.8", "€24.90", "SEK 4.81 billion", "4 812,3", "41.3 metres per second", "DKK 449", "2.1 times",
"9,49 złoty", "103,9", "48.6%"); quotes ending in "?" before their attribution, one sentence each
("“How is a driver ...?” she asked.", "“Would we let someone drive ...?” he asked.", "“Who in this
building ...?” she asked.", "“Who would benefit ...?” she asked.", "“How many people read page four
...?” he asked.", "“Why does nobody check ...?” he asked.", "“Would you buy a heat pump ...?” she
asked.", "“Where do we go ...?” she asked.", "“But would you rather ...?” she asked.", "“Can you manage
...?” she asked at a press briefing in Helsinki.", "“Who can afford butter ...?” she asked.", "“Why
would we start anywhere else?” she asked.", "“Who said this team ...?” he asked."); a quote running
over sentences ("“We did not want this strike,” she told the Alster Bulletin." / "“But an offer ...”");
PARENTHESES HOLDING A FULL SENTENCE (how distance was estimated, what a flash estimate covers, how
preferential votes work, why the final moved) against brackets inside a sentence ("(ANV)", "(95%
confidence interval 3.1 to 4.6)", "(NAOF)", "(GUS)", "(Dz.U. 2027, item 312)"); semicolons that never
split (standfirsts, a headline, a parenthesis, a journal reference); and list lines, one sentence each
(key-point and service bullets, table rows, box-score lines).

The pages hold 533 sentences: 146 "B", 239 "W" and 148 ""; 187 sentences carry a speaker (104
distinct speakers, page by page; 101 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of
paragraphs (a pasted page's lines, so every masthead, menu, crumb, byline, date line, share line,
caption, credit, time stamp, bullet, table row, box line, comment and legal line is a paragraph of its
own, except that a caption and a credit pasted in one line are two sentences of one paragraph); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content and
its credit "B"; tables pasted as lines with a "B" title, header row and source line and "" data rows;
headlines and standfirsts never split and flagged by content, a "finds" carrying the source as the body
first gives it; a person named in full as first given, without titles, degrees or roles ("Dr.",
"Prof.", "Mag.", "Univ.-Prof. Dr.", "dr hab.", "Pensions Minister", "Chairwoman", "Chief executive",
"Meteorologist", "Operations manager ... of the West Police District", "Deputy Finance Minister",
"Transport Minister", "Socialist MP", "principal auditor"), a pronoun or surname resolving to that name;
a quote over several sentences carrying its speaker and cue in each; "according to X" giving X as
written, a descriptor before a proper name dropped ("the bicycle trade body Tweewieler Unie" ->
"Tweewieler Unie", "the road safety foundation Fietsveilig NL" -> "Fietsveilig NL"); an acronym, a short
form or "It" resolving to the name as first given ("ANV said" -> "Alster Nahverkehr GmbH", "The SNB
said" -> "The Swiss National Bank", "VFÖ estimates" -> "Verbraucherforum Österreich", "GUS said" ->
"Statistics Poland", "Fjordkraftverk said" -> "Fjordkraftverk ASA", "It said" -> "The Hamburg Chamber of
Commerce", "The Supreme Court", "Kraftwerk Fitness GmbH", "Banedanmark", "Kattegatlinjen A/S", "the
National Audit Office of Finland", "Mazowiecka Sieć Ciepła S.A.", "Avinor"), while a single generic
noun is kept as written ("the union", "The company", "the association", "The court", "the court", "The
audit office", "the statistics office", "The firm", "the club", "the operator"); a point that belongs to
a firm's name stays in the label ("Wisłoprąd S.A.") and a name without one keeps none ("Linthbank AG",
"Hoivapiste Oy", "Ekebacken Invest AB"); a channel phrase after the verb is part of the cue ("told the
Alster Bulletin", "told MPs before the vote", "told the media conference in Bern", "told Limmatquai
Finanz", "told analysts on a conference call", "said in a report published on Thursday", "asked at a
press briefing in Helsinki", "said in a statement", "said in a flash estimate", "told supporters at a
hotel in Brno", "said in a statement" for the club) and a fronted one is not ("In a statement,
Kraftwerk Fitness GmbH said"); a body acting with no verb of saying carries no speaker (the union
calling a strike and demanding, the Chamber's vote, the SNB's cut, the court's ban, the company giving
notice, the roads administration closing a road, the Met institute raising a warning, the federation's
fine, the bakery chain's price rise, the association's warning letters, an analyst's cut
recommendation).

Conventions this set had to settle, in the same spirit:

* OFFERS AND PROPOSALS: making an offer is an act of record ("AVH offered 5.2% in two steps over 27
  months", "W"), while what the offer or a bill WOULD do in future is a plan ("said the offer would lift
  a new driver's starting pay to €3,180 a month by the middle of 2029", "said the reform would save €1.9
  billion a year by 2030", ""). A law that has passed states rules, "W" ("From 1 January 2028, workers
  who retire before 67 ... will have their pension reduced by 2% ...").
* ESTIMATES: an estimate of the PAST, or a body's estimate already published and reported as a fact,
  is of record ("VFÖ estimates that the chain has collected about €20 million in service fees since
  2019", cue "estimates"; "She said the Federal Planning Bureau had put the savings at €1.6 billion");
  a projection of the FUTURE is not ("It now forecasts ...", "A projection by the polling firm Datakom
  a.s. gives Jih 2030 between 21 and 23 of the 65 seats", the latter with no speaker, having no verb of
  saying).
* VERBS OF INTENTION AND EXPECTATION carry their subject as speaker with the verb as cue, like "expects"
  in the recent sets ("plans" for "Värmepunkt AB" and "Nijmegen", "expects" for the chamber of commerce,
  the police, an economist, a meteorologist, Finance Norway and Banedanmark, "forecasts" for the SNB);
  "The firm declined to give its hourly rates" and "It did not comment on the report" are labelled like
  "declined to comment" (speaker as written or resolved, cue as written, ""); an audit office's
  "recommended" is advice, "" with the office as speaker.
* COURTS: a court acting in the lead ("The Supreme Court has banned ...") carries no speaker; its
  reasons given with a verb ("The court found", "The court also ruled", "the court noted", "It said")
  carry the court, the generic noun as written and "It" resolving to "The Supreme Court".
* SERVICE BOXES of an operator's timetable in a strike or during works are of record line by line (a
  schedule set by those who run it, "W"), their label "B"; a "Summary" or "KEY POINTS" bullet list is
  flagged by content like any sentence.
* WORDS LEFT IN THE LOCAL LANGUAGE inside English copy are split as the abbreviations they are:
  "bzw." (or), "Nr." (number), "kl." (o'clock), "dr hab.", "ul." (street), "Dz.U." (the Polish Journal
  of Laws) and "Mag." never end a sentence; an ordinal date in German, Danish or Czech style ("6.
  März", "12. März", "3. Mai 2025", "12. december", "26. marts 2028") is one date, its point never a
  sentence end unless the date itself ends the sentence ("until 26. marts 2028." / "It is caused by
  ..."). Decimal commas ("4 812,3", "9,49 złoty", "103,9") and apostrophe thousands ("CHF 640'000",
  "12'406.8") are numbers like any other.
* A DIVIDEND PROPOSAL WITHDRAWN and a REDUNDANCY NOTICE GIVEN are acts of record ("W"), while the
  company's further cuts "by the end of the year" are a plan ("").
* Someone who gives only a given name is labelled with it ("Zbyszek"), as in the recent sets; a
  police officer named with his district ("Operations manager Sverre Haugland-Tveit of the West Police
  District") is labelled with the name only.

Written from scratch for issue 13 in round sixty-three, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run (only the brief's structural check and ruff). What was read:
the brief; the module docstrings and first articles of `labelled_new.py` and `labelled_new2.py`; `def
build` in `labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and the module
docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new179.py` and `labelled_new180.py`.
Coined names were checked for freshness against the capitalised words of those two files: five outlet
words ("Post", "Brief", "Money", "Standard", "Media") that hit were replaced before the file was
written; only common words, titles, months and real places and bodies still hit.

Every person, outlet, newsletter, publisher, firm, bank, brokerage, data provider, polling firm,
consultancy, contractor, club, union, association, movement, alliance, party, statement, quote and
figure is invented, and so are the small institutions (Alster Nahverkehr GmbH, Elbtal Busreisen GmbH,
the Hamburg Transport Employers' Association, TVG, Tweewieler Unie, Fietsveilig NL, De Trapper,
Deltafiets B.V., Zuidkust Verzekeringen N.V., Meuse Actuariaat N.V., Linthbank AG, Bank Thurgovia,
Seeland Privatbank AG, Kraftwerk Fitness GmbH, Verbraucherforum Österreich, Värmepunkt AB, Nordkurs,
Ekebacken Invest AB, Kungsbron Securities AB, Fjordkraftverk ASA, Nettbygg Vest ASA, Vestlandsbanen AS,
Fjordferjer AS, Kattegatlinjen A/S, Rejsendes Forum, Hoivapiste Oy, Lääkärivälitys Suomi Oy,
Wisła Capital Partners S.A., Wisłoprąd S.A., Mazowiecka Sieć Ciepła S.A., Kłosowa Piekarnia sp. z o.o.,
Jih 2030, the Civic Centre alliance, the Workers' Bloc, Datakom a.s., Datasfera Brno a.s., Thermaikos
Thessaloniki, Ilisos Athens, Thermaikos Basketball S.A., Storm Ingrid, the European Journal of Injury
Prevention and the like). Real countries, regions, cities, towns, districts, streets, rivers, roads,
stations, halls, cathedrals, airports, universities, hospitals, courts, parliaments, ministries,
agencies, central banks, statistics offices, rail companies, laws, codes and other public bodies appear
only as settings, with invented statements and figures: Hamburg, Harburg, Eppendorf, Eimsbüttel,
Hummelsbüttel, the Jungfernstieg, Lübeck, the U-Bahn and S-Bahn and the Hamburg Chamber of Commerce;
Nijmegen, Arnhem, Wijchen, Radboud University Medical Center, Rijnstate hospital, the Ministry of
Infrastructure and Water Management, the Netherlands Organisation for Health Research and Development
and the Road Traffic Act; Brussels, Ghent, the Chamber of Representatives, the Federal Planning Bureau,
the Constitutional Court, the Belgian Official Gazette, the European Commission and Statbel; Zurich,
Bern, Winterthur, St. Gallen and its university, the Swiss National Bank, the Swiss Average Rate
Overnight, the Federal Office for Housing and the SMI; Vienna, Favoriten, St. Pölten, Wiener Neustadt,
Innsbruck and its university, the Supreme Court, the Regional Court St. Pölten, the Vienna Higher
Regional Court, the Civil Code, the Consumer Protection Act and the EU's Unfair Contract Terms
Directive; Stockholm, Jönköping, Tranås, the Swedish Public Employment Service and the Employment
Protection Act; Bergen, Vestland, Sogn, Nordhordland, Lærdal, Voss, Gudvangen, the E16, Kvamskogen,
Odda, Ullensvang, Lavik, Oppedal, Bergen Airport Flesland, Avinor, the Norwegian Meteorological
Institute, the Norwegian Public Roads Administration, the West Police District, the Civil Protection
Act, Finance Norway and Vestland County Municipality; Copenhagen, Aarhus, Odense, Middelfart,
Fredericia, Funen, Odden, Roskilde, DSB, Banedanmark and the Ministry of Transport; Helsinki,
Jyväskylä, the National Audit Office of Finland, Parliament's Audit Committee, the Ministry of Economic
Affairs and Employment, the Act on Public Procurement and the O.E.C.D.; Warsaw, Hala Mirowska, ul.
Senatorska, Wielkopolska, Statistics Poland, the National Bank of Poland, the Monetary Policy Council
and the Journal of Laws; Prague, Brno, Brno-Líšeň, Znojmo, the South Moravian Region, the Czech
Statistical Office, Czech Television and the Interior Ministry; and Athens, Thessaloniki, Heraklion,
the Heraklion Indoor Hall, St. Titus Cathedral, the Greek Cup and the Hellenic Basketball Federation.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'German REGIONAL DAILY\'S ENGLISH EDITION (Hamburg), desktop browser paste, a LABOUR DISPUTE: the transport union TVG calls a 48-hour warning strike on Hamburg\'s buses and U-Bahn. Head: masthead, menu with a language switch, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, never split, stating the demand and the emergency service ("W"); a byline/date/updated line, a read time and a share line ("B"); a caption "" and its credit ("B"). Body: the strike called at "the city-owned operator Alster Nahverkehr GmbH (ANV)." (an act, no speaker, "W"); its hours "the union said" (generic noun kept, "W"); the workforce and the expired agreement ("W"); night buses run by "Elbtal Busreisen GmbH." ENDING a sentence before "Its 140 drivers ..." (both "W"); the demand (the union acting, no speaker, "W") and the employers\' offer "according to both sides" (speaker "both sides", "W"); the employers\' director on what the offer WOULD do (a proposal\'s effect, "") and his characterisation ("", cue "called"); "works agreement Nr. 12," mid-sentence ("W"); the union negotiator\'s characterisation (""), her prices and rents ("W"), a quote over two sentences "told the Alster Bulletin" ("" twice) and her QUESTION with a wage before "she asked." (""); "ANV said" the emergency service and the refund rule (the acronym resolving to "Alster Nahverkehr GmbH", "W") and the S-Bahn unaffected ("W"); a SERVICE box (label "B"; three bullet lines of record, "W": "U1 bzw. U3: every 20 bzw. 30 minutes", "approx. every 15 min.", "Valid from Thu., 6. März, 3.00 a.m. until Sat., 8. März, 3.00 a.m.", none split); a march "starting at 10.30 a.m." ENDING a sentence before "The police expect ..." (the first "W", the forecast "" with "The police" as speaker); the warning-strike rule and the absent minimum service ("W"); a CONDITIONAL RULE from the arbitration agreement ("W") against a CONDITIONAL PLAN "If there is no better offer at the third round on 12. März, the union will ballot ..." ("", "12. März" mid-sentence); talks "at 14.30 in Lübeck" ("W"); the chamber of commerce\'s expected losses (a forecast, "") and "It said" last strike\'s footfall ("W", resolving to the chamber); a commuting nurse\'s plan and a two-sentence quote (anecdote, ""). Tail: an advertisement label, an also-read label and two headlines, a two-sentence newsletter block, a comment count and a two-sentence comment, a footer menu and a copyright line "GmbH & Co. KG" (all "B").',
    'Dutch ENGLISH-LANGUAGE NEWS SITE (Randstad), READER-MODE paste, a STUDY/SCIENCE STORY: a Nijmegen study of 11,400 emergency-department records finds older e-bike riders almost four times as likely to need hospital care after a fall. Head as reader mode leaves it: domain, then headline and standfirst of record ("W"), byline, date and reading-time lines ("B"). Body: the main finding "according to a study by researchers at ..." (the study as written, "W") and the study\'s data ("W"); "The researchers found" a relative risk with a confidence interval ("W"), the under-65 figure ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on how distance was estimated (methodology, "W"); the lead author ("Dr." dropped) with injuries and intensive-care admissions ("W"), a quote over two sentences with figures used as rhetoric ("") and his QUESTION before "he asked." (""); his team\'s SUSPICION about the cause (a hypothesis, "") against "The authors note" a gap in the records ("W") and a finding on hospital stays "the study found" ("W"); e-bike numbers with "approx." and "incl." mid-sentence "according to the bicycle trade body Tweewieler Unie" (descriptor dropped, "W"), its sales share ("W") and its reassurance (""); admissions "according to the road safety foundation Fietsveilig NL" ("W") against the government\'s road-death target ("", no speaker); the helmet rule for speed pedelecs (a rule, "W") against a CONDITIONAL PLAN under consultation ("If the cabinet adopts a proposal ..., helmets would become compulsory ...", ""), the consultation\'s close "A spokeswoman for the Ministry ... said" ("W") and a CONDITIONAL RULE "Under Art. 185 of the Road Traffic Act, if a motor vehicle hits a cyclist, ..." (no split at "Art.", "W"); a rental provider ENDING "Deltafiets B.V." before "The company said ..." (both "W", generic noun kept); a 72-year-old\'s fall, her quote and her tricycle (anecdote, ""); a geriatrician ("Prof." dropped) with an opinion ("") and a fact about falls ("W"), free courses "incl. Nijmegen and Arnhem" ("W") and "Nijmegen plans ..." (a plan, "", cue "plans"); a cyclists\' association\'s opinion ("") and its cycle-path figure ("W"). Tail: a two-sentence funding note ending "Zuidkust Verzekeringen N.V." before "The insurer had no role ..." and a journal reference with "et al." kept whole (all "B").',
    'Belgian ENGLISH-LANGUAGE NEWS SITE (Brussels), AMP paste, a PARLIAMENT VOTE: the Chamber of Representatives passes the federal pension reform 79-61 after a 19-hour debate. Head: AMP domain, masthead, crumb (all "B"); headline of record "W"; a standfirst with a semicolon, never split, stating the malus and the rejected amendments ("W"); a byline/date line and a share line ("B"); a caption "" and its "©" credit ("B"). Body: the vote with abstentions ("W"); "The final vote was held at 4.47 a.m." ENDING a sentence before "Two MPs from the governing parties voted against." (both "W"); the law\'s rules, the malus from 1 January 2028 and "Art. 14 of the bill caps ..." opening a sentence (no split at "Art.", "W") and care years ("W"); the minister ("Pensions Minister" dropped) with the savings the reform WOULD bring (a projection, "") against "She said the Federal Planning Bureau had put the savings at €1.6 billion." (a body\'s published estimate reported as a fact, "W") and a quote "told MPs before the vote" (""); the deficit ENDING "the third-highest in the E.U." before "The European Commission opened ..." (both "W", no speaker); an opposition MP ("Socialist MP" dropped) with a characterisation ("", cue "called"), her QUESTION holding "5 a.m.?" before "she asked." (one sentence, ""), the amendments ("W") and a CONDITIONAL PLAN to go to the Constitutional Court (""); the annulment deadline and a CONDITIONAL RULE on suspension ("W" both); the unions\' and the police\'s march counts in one sentence (speaker "The three main unions", "W"), a strike day called ("W", an act) and the minimum-rail-service notice rule ("W"); the employers\' federation\'s characterisation (""); an actuarial study ENDING "Meuse Actuariaat N.V." before "The firm also advised ..." (both "W"); a warehouse worker\'s own years and a quote (anecdote, ""); the employment-rate target ("", no speaker) beside the actual rate "according to Statbel" ("W"); a question subhead ""; the rule on entry into force ("W") and the King\'s expected signature (a forecast, ""). Tail: a read-more label and two headlines, a tags line, and a copyright line split at "S.A." before "All rights reserved." (all "B").',
    'Swiss FINANCE SITE\'S EMAIL NEWSLETTER (Zurich), pasted from a WEBMAIL client with the Outlook-style header, a CENTRAL-BANK DECISION: the Swiss National Bank cuts its policy rate to 0.25%. Head: subject line, sender, date, "To: You", the display-problems line and a masthead with "No. 212" (all "B"); a greeting and a teaser in the newsletter\'s own voice (a forecast "by July", "" both, no speaker). The item: an upper-case headline of record ("W"); the cut (an act, no speaker, "W"); "The decision was published at 9.30 a.m." ENDING a sentence before "Overnight index swaps had priced in ..." (both "W"); "The SNB said" inflation with a causal "mainly because" (the acronym resolving to "The Swiss National Bank", "W") against "It now forecasts inflation of ..." ("", cue "forecasts"); foreign-currency purchases "worth ca. CHF 3.4 billion" (no split at "ca.") "according to its quarterly report" (as written, "W"); the chairwoman ("Chairwoman" dropped) "told the media conference in Bern" the bank remained willing to intervene (a stance, ""), her quote (""), her QUESTION with a rate before "she asked." ("") and a CONDITIONAL PLAN to cut again (""); the tiered system as a CONDITIONAL RULE ("W") and the franc "at 11.00" ("W"); Saron mortgages tied to the overnight rate ("W"), "Linthbank AG said" a dated pass-through (no split, "W"), two lenders ENDING "Seeland Privatbank AG." before "Neither gave a date." (both "W"); the rent-reduction CONDITIONAL RULE of 2.91% per quarter point ("W") and the next publication date ("W"), the newsletter\'s own take ("") and how the reference rate is computed ("W"); an economist "at the University of St. Gallen," (no split, an opinion ""), his forecast ("", cue "expects") and bond yields "He noted" ("W"); a homeowner\'s own "CHF 640\'000" mortgage and savings "told Limmatquai Finanz" (channel in the cue, anecdote "") and her quote (""); the next assessment date ("W"); a markets box (label "B", three rows "" with "12\'406.8"). Tail: a two-sentence subscription line, a not-advice line and an address line "Limmatquai Finanz AG, ..." (no split, all "B").',
    'Austrian ENGLISH-LANGUAGE WEEKLY\'S WEBSITE (Vienna), PRINT VIEW paste, a COURT RULING: the Supreme Court bans a fitness chain\'s €39 annual "service fee" and members can reclaim fees paid since 2019. Head: the URL line, masthead, crumb, a print/close line (all "B"); a headline of record with a semicolon ("W"); byline/date line ("B"); a caption "" and its credit ("B"). Body: the ban (the court acting, no speaker, "W") with "Kraftwerk Fitness GmbH from charging" mid-sentence, the fee\'s timing and the monthly prices with decimals ("W"); the ruling\'s date and "case number 7 Ob 41/27v" and "the Regional Court St. Pölten" (no split, "W"); the first-instance ruling "on 3. Mai 2025," (an ordinal date in German, no split, "W"); the chain\'s size "according to its website" with "approx." ("W"); "The court found" with a causal "because" and "§ 879 (3)" ("W"), "It said" (resolving to "The Supreme Court") and "Art. 6 of the EU\'s Unfair Contract Terms Directive ..., the court noted." opening with "Art." (generic noun kept, "W"), and "The court also ruled" on an index clause ("W"); the consumer group\'s suit (an act, no speaker, "W"); "VFÖ estimates" what the chain has collected since 2019 (an estimate of the PAST, "W", the acronym resolving to "Verbraucherforum Österreich"); its lawyer ("Mag." dropped) with the reclaim and interest ("W"), a two-sentence quote ("") and his QUESTION before "he asked." (""); a CONDITIONAL RULE from the Consumer Protection Act ("W") against a CONDITIONAL PLAN to file a class action "in St. Pölten, Kogelnig-Bauer said." (""); "In a statement, Kraftwerk Fitness GmbH said" it would refund (a fronted channel, a plan "") and "It said" the fee was dropped on 1 March ("W"); other chains "the association said" ("W", generic kept), its warning letters ("W", no verb of saying, no speaker) and an earlier case ("W"); the fitness industry association\'s warning ("") and its member count ("W"); a professor ("Univ.-Prof. Dr." dropped) with an opinion ("") and earlier rulings ("W"); a member\'s own payments, a quote and his QUESTION before "he asked." (anecdote, ""); a question subhead ""; the template letter and the ruling\'s finality ("W"). Tail: a "Printed from ... on 12.05.2027, 16:04" line and a copyright line split at "GmbH." before "All rights reserved." (all "B").',
    'Swedish BUSINESS NEWS SITE (Stockholm), PHONE BROWSER paste, a COMPANY\'S RESULTS: heat-pump maker Värmepunkt AB\'s second-quarter sales fall 11% and 350 jobs are cut in Sweden. Head: a menu/masthead/search line, an open-in-app line, a section label (all "B"); headline with a semicolon and standfirst of record ("W"); byline/date line and a listen line ("B"). Body: "Heat-pump maker Värmepunkt AB said on Thursday" (descriptor dropped, "W"); operating profit "incl. items affecting comparability" (no split, "W"); "Analysts polled by the data provider Nordkurs had expected SEK 298 million." (a past consensus as a fact, "W", no speaker); staff with "approx." and "incl." ("W") and the redundancy notice given to the employment service (an act, "W") against "It plans to cut a further 120 jobs in Poland ..." (a plan, "", cue "plans"); the chief executive ("Chief executive" dropped) "told analysts on a conference call" with a causal "after Berlin cut its subsidy" ("W"), her quote (""), her QUESTION before "she asked." (""), her forecast ("", "expects") and a CONDITIONAL PLAN to move assembly (""); sales "in the U.S." ENDING a sentence before "It said orders there rose 6% ..." (both "W"); the withdrawn dividend proposal (an act, "W") against the margin target ("", no speaker); the share price, "By 15.30," volume and the largest shareholder ENDING "Ekebacken Invest AB." before "It did not comment on the report." (the first "W", the second "" with the investor as speaker, cue "did not comment"); an analyst "at Kungsbron Securities AB," (no split, an opinion "") and "She cut her recommendation ..." (a brokerage call, no verb of saying, no speaker, ""); the local union branch with redundancies by department ("W") and a CONDITIONAL RULE on rehiring priority ("W"); a worker\'s own years and a text message "at 6.45 in the morning" and his quote (anecdote, ""); a question subhead ""; the German share "according to the annual report" ("W"); a key-figures table with DECIMAL COMMAS and space thousands ("4 812,3", title, header and source "B", three rows ""). Tail: a read-more line, a two-sentence cookie line and "OK" (all "B").',
    'Norwegian ENGLISH-LANGUAGE NEWS SITE (Bergen), LIVE-UPDATES page pasted from the DESKTOP, newest first, a WEATHER/DISASTER UPDATE: Storm Ingrid brings a red wind warning to Vestland, cuts power to 31,200 customers and closes the E16. Head: masthead, menu with a language link, "● LIVE" (all "B"); headline of record "W"; an "Updated 14.52" line ("B"); a "Summary" label ("B") and three bullet lines of record ("W", "until 06.00 on Wednesday"). Entries under "B" time stamps in 24-hour style ("14.40" to "07.48"): "Power company Fjordkraftverk ASA said" customers without power "at 14.30." (descriptor dropped, "W") and the faults\' location ("W", no verb of saying, no speaker) against "The company said it expected to restore power ..." (a forecast, "", generic noun kept); a contractor ENDING "Nettbygg Vest ASA." before "Fjordkraftverk said its helicopters may not fly while gusts exceed ..." (an operating rule, "W", the short name resolving to "Fjordkraftverk ASA"); the road closure "at 12.50 because of the risk of rockfalls" (an act with a cause, "W") and "It said the road would stay closed at least until 10.30 a.m. on Wednesday, when ..." (a decision by those who run the road, no split, "W"); rail buses "the operator Vestlandsbanen AS said" ("W"); the red warning "at 11.45" with a record since January 2022 ("W"), a meteorologist\'s measured gust with a decimal ("W"), his forecast ("", "expects") and his quote (""); "Avinor said" cancelled flights ("W") and its advice ("", "it said"); evacuated homes ("W"), a police operations manager ("of the West Police District" left out of the label) on injuries ("W"), the Civil Protection Act\'s power to order evacuations (a CONDITIONAL RULE, "W") against "If the slope moves again, Ullensvang municipality will evacuate another 30 houses, mayor ... said." (a CONDITIONAL PLAN, "") and the evacuation centre ("W"); an evacuee\'s departure and her QUESTION before "she asked." (anecdote, ""); natural perils insurance (a rule, "W") against Finance Norway\'s expected claims ("", "expects"); school closures "Vestland County Municipality said" ("W"), cancelled ferry crossings and the normal timetable ("W"). Tail: a load-earlier line, a tips line and a copyright line (all "B").',
    'Danish ENGLISH-LANGUAGE NEWS SITE\'S APP, its article text SHARED, a TRANSPORT TIMETABLE CHANGE: DSB halves weekend InterCity trains between Copenhagen and Aarhus "from 12. december" during track renewal on Funen. Head: a shared-from line and a section label ("B"); a headline with a Danish ordinal date and a standfirst with a semicolon, of record ("W"); byline, date and read-time lines ("B"); a caption "" and its credit ("B"). Body: the timetable change "the operator said on Friday" (generic noun kept, "W"), "until 26. marts 2028." ("W") and the cause ("W"); journey times and weekdays ("W"); DSB\'s press officer with weekend passengers ("W"), her apology (""), her QUESTION before "she asked." ("") and a CONDITIONAL PLAN to restore the second train (""); "Banedanmark said" the rails\' age ("W") and "It said the new rails were rolled at a steel mill in the U.K." ENDING a sentence before "The sleepers come from Germany." (both "W") against "It expects the works to finish on schedule." ("", "expects") and Banedanmark\'s punctuality goal (a target, "", no speaker); the travel-time guarantee as a CONDITIONAL RULE ("W"), the approved fare rise and a ticket price ("W"); the transport minister ("Transport Minister" dropped) with a plan ("") and the state\'s payment to DSB ("W"); a question subhead ""; the ferry route ENDING "Kattegatlinjen A/S." before "The company said it would add four departures ..." (both "W", a schedule set by those who run it) and "it said" a weekend fare ("W", resolving to "Kattegatlinjen A/S"); a passengers\' association\'s characterisation ("") and its survey ("W"); a student\'s own plan and quote (anecdote, ""). A SERVICE box (label "B", with "12. DECEMBER"; three bullet lines of record, "W": "first train kl. 6.00, then every hour until kl. 21.00", "incl. the night train", "stop No. 3 outside the station", none split). Tail: an app line and a store line (all "B").',
    'Finnish ENGLISH-LANGUAGE NEWS SITE (Helsinki), desktop browser paste, an AUDIT REPORT: the National Audit Office finds the wellbeing services counties spent €612 million on agency nurses and doctors. Head: masthead, menu, crumb (all "B"); headline "..., audit office finds" (of record, "W", carrying "the National Audit Office of Finland" as the body first gives it, cue "finds"); a standfirst with a semicolon ("W"); a byline/date/updated line and a share line ("B"); a caption "" and its credit ("B"). Body: spending "the National Audit Office of Finland (NAOF) said in a report published on Thursday" (acronym dropped, channel in the cue, "W"); "The audit office found" the hourly cost ratio ("W", short form kept as written) and "It also found" tenders skipped in breach of the procurement act ("W", "It" resolving to the name as first given); the largest supplier "Hoivapiste Oy," mid-sentence, the second ENDING "Lääkärivälitys Suomi Oy." before "Neither company ..." (all "W"); the lead author (role dropped) with a characterisation (""), a count of counties that did not know their hours ("W") and her QUESTION before "she asked at a press briefing in Helsinki." (channel in the cue, ""); the audit office\'s recommendation (advice, "", cue "recommended"); nurses\' pay ENDING "the average in the O.E.C.D." before "There were 4,300 unfilled nursing vacancies ..., according to the Ministry of Economic Affairs and Employment." (both "W"); the minister (title dropped) with a characterisation (""), a law in force since 1 January ("W") and a CONDITIONAL PLAN for a cap (""); the ministry\'s target ("", no speaker) and the assessment procedure as a CONDITIONAL RULE ("W"); the nurses\' union\'s opinion (""), its chair\'s two-sentence quote ("" twice) and members\' pay ("W"); an agency nurse\'s own nights and her quote (anecdote, ""); "Hoivapiste Oy said in a statement" its prices were set by contract ("W") and "The firm declined to give its hourly rates." ("", like a refusal to comment); the committee date "on 10 June at 10.30 a.m." ("W"). Tail: an advertisement label, a related label and two headlines, a comment count and one comment, a footer menu and a copyright line (all "B").',
    'Polish ENGLISH-LANGUAGE NEWS SITE (Warsaw), PHONE BROWSER paste, a STATISTICS RELEASE: Statistics Poland\'s flash estimate puts March inflation at 3.9% as capped electricity prices rise. Head: a menu/masthead/search line and a section label ("B"); headline and standfirst of record ("W"); a byline line with a dotted date "31.03.2027, 10:21" and a listen line ("B"). Body: inflation "Statistics Poland (GUS) said in a flash estimate on Tuesday" (acronym dropped, channel in the cue, "W"); the monthly rise ("W") and electricity with a causal "after the government raised the capped price" ("W"); food and "GUS said" butter and bread (the acronym resolving to "Statistics Poland", "W"); a PARENTHESIS HOLDING A FULL SENTENCE with a semicolon on what the flash estimate covers and the full release date ("W"); inflation above the central bank\'s target band since November (a band the data sit outside, of record, "W"); an economist ("dr hab." dropped) "of the brokerage Wisła Capital Partners S.A. said" (no split, an opinion ""), her forecast ("", "expects") and a CONDITIONAL forecast on rates (""); the council\'s last decision and next meeting ("W"); the price cap\'s allowance (a rule, "W"), a CONDITIONAL RULE for use above it ("W") and the regulation "in the Journal of Laws (Dz.U. 2027, item 312) on 14 February." (no split at "Dz.U.", "W") against a CONDITIONAL PLAN by the deputy finance minister (title dropped, "") and the government\'s target ("", no speaker); "Wisłoprąd S.A., one of ..., said" higher bills (no split, "W"); heat ENDING "Mazowiecka Sieć Ciepła S.A." before "It said it had no plans to change its tariff ..." (the first "W", the plan "" with "It" resolving to the company); the bakery chain ENDING "Kłosowa Piekarnia sp. z o.o." before "It raised the price ... on 1 March." (both "W", an act with no speaker); a pensioner\'s own habits and her QUESTION with a DECIMAL COMMA "9,49 złoty" before "she asked." (""); a stallholder "who gave his name only as Zbyszek" (the given name as the label, an observation ""); the consumer ombudsman "whose office is on ul. Senatorska," with a complaint count ("W", no split at "ul."); a question subhead "" and poultry prices with a cause "GUS said" ("W"); a flash-estimate table with DECIMAL COMMAS (title, header and source "B", three rows ""). Tail: a read-also line, a two-sentence cookie notice and an accept/settings line (all "B").',
    'Czech ENGLISH-LANGUAGE NEWS SITE (Prague), LIVE-UPDATES page pasted from the DESKTOP, newest first, an ELECTION COUNT: regional elections, with the movement Jih 2030 on 27.4% in South Moravia as 98.6% of precincts are counted. Head: masthead, menu with a language link, a live label (all "B"); headline of record "W"; a last-updated line ("B"); a "KEY POINTS" label ("B") and three bullet lines of record, one "according to the Czech Statistical Office" and one stating the 5% threshold ("W"). Entries under "B" time stamps ("22:41" to "14:05"): the count ("W") against "A projection by the polling firm Datakom a.s. gives ..." (a seat projection, a forecast, "", no verb of saying, no split at "a.s.") and "The projection was carried out for Czech Television by Datakom a.s." ENDING a sentence before "The firm\'s last poll before the vote had put ..." (both "W", a past poll as a fact); the lead candidate "told supporters at a hotel in Brno" a characterisation (""), a CONDITIONAL PLAN for coalition talks ("") and her QUESTION before "she asked." (""); delayed precincts "The Czech Statistical Office said" with a cause ("W"), the software supplier ENDING "Datasfera Brno a.s." before "The company said the fault had been fixed at 20.55." (both "W", generic noun kept) and a PARENTHESIS HOLDING A FULL SENTENCE on preferential votes (a rule, "W"); an earlier count ("W") and the coalition thresholds (a rule, "W"); an alliance chair\'s thanks ("") and his expectation ("", "said"); turnout "the statistics office said" ("W", generic kept); a new party\'s early share ("W") and its leader\'s characterisation ("", "called"); a voter\'s reason and her quote (anecdote, ""); polls closing "at 14.00." and results "at 14.20." (both "W"), the first meeting rule "the Interior Ministry said" ("W") and the previous turnout ("W"). Tail: a load-earlier line and a copyright line split at "s.r.o." before "All rights reserved." (all "B").',
    'Greek ENGLISH-LANGUAGE NEWS SITE (Athens), AMP paste, a SPORTS RESULT WITH A SCORING BOX: Thermaikos beat Ilisos 84-79 in Heraklion to win the Greek Cup for the first time since 1998. Head: AMP domain, masthead, crumb (all "B"); headline and standfirst of record with scores and a record ("W"); a byline/date line and a share line ("B"); a caption "" and its credit ("B"). Body: the result and the deficit ("W"); the crowd with "approx." "according to the Hellenic Basketball Federation" ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on why the final moved ("W"); the top scorer and a record "according to the federation\'s records" ("W"); "Guard Jaylen Ostrowski, wearing No. 7, added ..." (no split at "No.", "W") and the opposing centre ("W"); shooting and rebounds ("W"); the winning coach (role dropped) with a characterisation (""), his QUESTION before "he asked." ("") and his academy count ("W"); the losing coach\'s complaint about the referees ("") and an injury with a scan date ("W"); a fine "a federation spokesman said" (kept as written, "W"), the disciplinary code\'s CONDITIONAL RULE ("W") against a CONDITIONAL PLAN to appeal "the club said in a statement" (""); the owner ENDING "Thermaikos Basketball S.A." before "He paid off ..." (both "W"); fans "until after 2 a.m. outside St. Titus Cathedral," (a scene, no split, ""); a fan\'s tears and her quote (anecdote, ""); the next fixture "at 19.15" ("W") and a favourites line (an opinion, ""). A BOX SCORE (label "B"; two scorer lines, a quarters line, a referees line with initials "K. Sfyrakis" and "P. Th. Georgiou" and an attendance line with "approx.", one sentence each, all ""). Tail: a read-more label, two headlines and a copyright line (all "B").',
]

ARTICLES = [
    [
        [
            ("THE ALSTER BULLETIN · ENGLISH EDITION", "", "", "B"),
        ],
        [
            (
                "Hamburg   Germany   Business   Transport   Culture   Sport   Opinion   |   Deutsch   |   Log in",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › Hamburg › Transport", "", "", "B"),
        ],
        [
            (
                "Warning strike to halt Hamburg's buses and U-Bahn for 48 hours from Thursday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union TVG wants 9.5% more for 6,800 drivers and workshop staff; operator ANV to run an emergency service on two lines only",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Henrike Oltmanns-Sari · Wednesday, 5 March 2027, 18:42 · Updated 21:15",
                "",
                "",
                "B",
            ),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   E-mail", "", "", "B"),
        ],
        [
            (
                "Buses parked at the Hummelsbüttel depot on Wednesday evening, the day before the strike.",
                "",
                "",
                "",
            ),
            ("Photo: Alster Bulletin/Jannik Brede-Wulf", "", "", "B"),
        ],
        [
            (
                "Hamburg's buses and underground trains will largely stop running on Thursday and Friday after the transport union TVG called a 48-hour warning strike at the city-owned operator Alster Nahverkehr GmbH (ANV).",
                "",
                "",
                "W",
            ),
            (
                "The walkout begins at 3.00 a.m. on Thursday and ends at 3.00 a.m. on Saturday, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 6,800 drivers, workshop staff and ticket inspectors are covered by the collective agreement, which expired on 31 December.",
                "",
                "",
                "W",
            ),
            ("Night buses are run by a subcontractor, Elbtal Busreisen GmbH.", "", "", "W"),
            ("Its 140 drivers have a separate agreement and are not on strike.", "", "", "W"),
        ],
        [
            (
                "TVG is demanding a 9.5% pay rise, or at least €400 more a month, over a 12-month term.",
                "",
                "",
                "W",
            ),
            (
                "The Hamburg Transport Employers' Association (AVH) offered 5.2% in two steps over 27 months at the second round of talks on 20 February, according to both sides.",
                "both sides",
                "according to",
                "W",
            ),
            (
                "AVH's managing director, Carsten Mühlenkamp-Yeboah, said the offer would lift a new driver's starting pay to €3,180 a month by the middle of 2029.",
                "Carsten Mühlenkamp-Yeboah",
                "said",
                "",
            ),
            (
                "He called the strike “disproportionate” and said the union was “holding a city of two million hostage”.",
                "Carsten Mühlenkamp-Yeboah",
                "called",
                "",
            ),
        ],
        [
            (
                "The union also wants to renegotiate the company's works agreement Nr. 12, which sets drivers' shift rotas and breaks.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "TVG's chief negotiator in Hamburg, Birte Jangwerth-Okoro, said the strike was “the last warning before the real thing”.",
                "Birte Jangwerth-Okoro",
                "said",
                "",
            ),
            (
                "She said consumer prices in Hamburg had risen 2.9% last year and rents on new leases 7.4%.",
                "Birte Jangwerth-Okoro",
                "said",
                "W",
            ),
            (
                "“We did not want this strike,” she told the Alster Bulletin.",
                "Birte Jangwerth-Okoro",
                "told the Alster Bulletin",
                "",
            ),
            (
                "“But an offer that does not even cover last year's rent rises is not an offer.”",
                "Birte Jangwerth-Okoro",
                "told the Alster Bulletin",
                "",
            ),
            (
                "“How is a driver supposed to live in Eimsbüttel on €2,940 gross a month?” she asked.",
                "Birte Jangwerth-Okoro",
                "asked",
                "",
            ),
        ],
        [
            (
                "ANV said it would run an emergency service on the U1 and U3 lines, staffed by managers and by drivers who are not union members.",
                "Alster Nahverkehr GmbH",
                "said",
                "W",
            ),
            (
                "Holders of monthly passes are not entitled to refunds for strike days, it said.",
                "Alster Nahverkehr GmbH",
                "said",
                "W",
            ),
            ("S-Bahn trains, which are run by a different company, are not affected.", "", "", "W"),
        ],
        [
            ("SERVICE: WHAT RUNS ON THURSDAY AND FRIDAY", "", "", "B"),
        ],
        [
            ("• U1 bzw. U3: every 20 bzw. 30 minutes, 5.00–21.00", "", "", "W"),
        ],
        [
            ("• Harbour ferry line 62: normal timetable, approx. every 15 min.", "", "", "W"),
        ],
        [
            ("• Valid from Thu., 6. März, 3.00 a.m. until Sat., 8. März, 3.00 a.m.", "", "", "W"),
        ],
        [
            (
                "Strikers will march from the main station to the town hall on Thursday, starting at 10.30 a.m.",
                "",
                "",
                "W",
            ),
            ("The police expect about 4,000 people.", "The police", "expect", ""),
        ],
        [
            (
                "Under German law, unions may call warning strikes during collective bargaining once the peace obligation of the previous agreement has expired.",
                "",
                "",
                "W",
            ),
            ("There is no legal minimum service for local public transport.", "", "", "W"),
            (
                "If either side declares the talks failed, the 2021 arbitration agreement between TVG and AVH requires a panel to be convened within five working days, and no strike may be held while it sits.",
                "",
                "",
                "W",
            ),
            (
                "If there is no better offer at the third round on 12. März, the union will ballot its members on an indefinite strike, Jangwerth-Okoro said.",
                "Birte Jangwerth-Okoro",
                "said",
                "",
            ),
            ("Talks on that day are due to begin at 14.30 in Lübeck.", "", "", "W"),
        ],
        [
            (
                "The Hamburg Chamber of Commerce expects the two days to cost city-centre shops about €18 million in lost sales.",
                "The Hamburg Chamber of Commerce",
                "expects",
                "",
            ),
            (
                "It said footfall on the Jungfernstieg fell 31% during the last warning strike, on 14 February.",
                "The Hamburg Chamber of Commerce",
                "said",
                "W",
            ),
        ],
        [
            (
                "Svea Dannemann-Roth, a nurse who commutes from Harburg to Eppendorf, said she would cycle the 14 kilometres on Thursday.",
                "Svea Dannemann-Roth",
                "said",
                "",
            ),
            ("“I understand the drivers,” she said.", "Svea Dannemann-Roth", "said", ""),
            (
                "“I just wish they had picked a week without rain.”",
                "Svea Dannemann-Roth",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("ALSO READ", "", "", "B"),
        ],
        [
            ("Hamburg's U5 line: first tunnel section finished two months late", "", "", "B"),
        ],
        [
            ("Rents for new leases in Hamburg hit a record €14.80 per square metre", "", "", "B"),
        ],
        [
            ("Hamburg in English: our free weekly newsletter.", "", "", "B"),
            ("Sign up now", "", "", "B"),
        ],
        [
            ("14 comments", "", "", "B"),
        ],
        [
            ("Kai_HH: Same every year.", "", "", "B"),
            ("Just pay them properly.", "", "", "B"),
        ],
        [
            ("Imprint | Privacy | Cookie settings | Terms | Contact", "", "", "B"),
        ],
        [
            ("© 2027 Alster Bulletin Medien GmbH & Co. KG", "", "", "B"),
        ],
    ],
    [
        [
            ("randstadchronicle.nl", "", "", "B"),
        ],
        [
            (
                "Older e-bike riders almost four times as likely to end up in hospital after a fall",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nijmegen study of 11,400 emergency-department records is the largest of its kind in the Netherlands",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Maartje Verhoef-Linssen", "", "", "B"),
        ],
        [
            ("9 February 2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "Cyclists aged 65 and over who ride e-bikes are almost four times as likely to need hospital treatment after a fall as those on ordinary bicycles, according to a study by researchers at Radboud University Medical Center in Nijmegen.",
                "a study by researchers at Radboud University Medical Center in Nijmegen",
                "according to",
                "W",
            ),
            (
                "The study, published on Monday in the European Journal of Injury Prevention, analysed 11,400 emergency-department records from 14 Dutch hospitals between 2021 and 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The researchers found an adjusted relative risk of 3.8 (95% confidence interval 3.1 to 4.6) for riders over 65, after accounting for distance ridden, sex and time of day.",
                "The researchers",
                "found",
                "W",
            ),
            ("For riders under 65, the risk was 1.4 times as high.", "", "", "W"),
            (
                "(Distance ridden was estimated from the national travel survey, because hospital records do not include it.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The lead author, Dr. Joost Haverkamp-Ndiaye, said most of the injuries were to the head, hip or wrist, and that 9% of the e-bike patients were admitted to intensive care.",
                "Joost Haverkamp-Ndiaye",
                "said",
                "W",
            ),
            (
                "“People buy an e-bike so they can keep cycling, and that is good news,” he said.",
                "Joost Haverkamp-Ndiaye",
                "said",
                "",
            ),
            (
                "“But a 25-kilogram bike at 23 kilometres an hour is not the machine they learned on at the age of six.”",
                "Joost Haverkamp-Ndiaye",
                "said",
                "",
            ),
            (
                "“Would we let someone drive a new car without a single lesson?” he asked.",
                "Joost Haverkamp-Ndiaye",
                "asked",
                "",
            ),
        ],
        [
            (
                "He said the team suspected that later braking and the weight of the bikes explained much of the gap, but that the data could not show it.",
                "Joost Haverkamp-Ndiaye",
                "said",
                "",
            ),
            (
                "The authors note that the records did not say whether riders had worn a helmet.",
                "The authors",
                "note",
                "W",
            ),
            (
                "The study left out riders of speed pedelecs, who were involved in 212 of the falls.",
                "",
                "",
                "W",
            ),
            (
                "Patients over 65 who fell from an e-bike stayed in hospital for 6.2 days on average, against 3.9 days for those who fell from an ordinary bicycle, the study found.",
                "the study",
                "found",
                "W",
            ),
        ],
        [
            (
                "The Netherlands has approx. 6.1 million e-bikes, incl. about 90,000 speed pedelecs, according to the bicycle trade body Tweewieler Unie.",
                "Tweewieler Unie",
                "according to",
                "W",
            ),
            (
                "It said e-bikes made up 58% of new bicycles sold in 2025.",
                "Tweewieler Unie",
                "said",
                "W",
            ),
            (
                "It said the study “should not scare anyone off the bike”.",
                "Tweewieler Unie",
                "said",
                "",
            ),
        ],
        [
            (
                "Hospital admissions after e-bike falls rose 17% to 7,120 in 2025, according to the road safety foundation Fietsveilig NL.",
                "Fietsveilig NL",
                "according to",
                "W",
            ),
            (
                "The government's target is to halve road deaths by 2030 compared with 2020.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Under Dutch rules, riders of speed pedelecs, which can reach 45 km/h, must wear an approved helmet, while riders of ordinary e-bikes, whose motors cut out at 25 km/h, need not.",
                "",
                "",
                "W",
            ),
            (
                "If the cabinet adopts a proposal now out for consultation, helmets would become compulsory for cyclists under 12 from 1 January 2029.",
                "",
                "",
                "",
            ),
            (
                "A spokeswoman for the Ministry of Infrastructure and Water Management said the consultation would close on 31 March.",
                "A spokeswoman for the Ministry of Infrastructure and Water Management",
                "said",
                "W",
            ),
            (
                "Under Art. 185 of the Road Traffic Act, if a motor vehicle hits a cyclist, the driver's insurer must pay at least half of the cyclist's damage unless the driver can show force majeure.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Most of the rental e-bikes in the study came from one provider, Deltafiets B.V.",
                "",
                "",
                "W",
            ),
            (
                "The company said all its bikes had been fitted with daytime running lights since 2024.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Wilhelmina ter Avest-Brinkman, 72, from Wijchen, broke her hip in a fall on a cycle path in October.",
                "",
                "",
                "",
            ),
            (
                "“I braked the way I had braked for sixty years, and the bike just kept going,” she said.",
                "Wilhelmina ter Avest-Brinkman",
                "said",
                "",
            ),
            ("She now rides a tricycle.", "", "", ""),
        ],
        [
            (
                "Prof. Anouk Bakkenes-Osei, a geriatrician at Rijnstate hospital in Arnhem who was not involved in the study, said the findings were “no reason to take older people off their bikes, and every reason to teach them”.",
                "Anouk Bakkenes-Osei",
                "said",
                "",
            ),
            (
                "She said falls were the leading cause of fatal injuries among people over 65 in the Netherlands.",
                "Anouk Bakkenes-Osei",
                "said",
                "W",
            ),
            (
                "Several municipalities, incl. Nijmegen and Arnhem, offer free e-bike courses for residents over 65.",
                "",
                "",
                "W",
            ),
            ("Nijmegen plans to double the number of places next year.", "Nijmegen", "plans", ""),
        ],
        [
            (
                "The cyclists' association De Trapper said the real problem was cycle paths too narrow for bikes travelling at different speeds.",
                "De Trapper",
                "said",
                "",
            ),
            (
                "It said 41% of the country's cycle paths were narrower than the 2.5 metres recommended in national design guidelines.",
                "De Trapper",
                "said",
                "W",
            ),
        ],
        [
            (
                "The study was funded by the Netherlands Organisation for Health Research and Development and by the insurer Zuidkust Verzekeringen N.V.",
                "",
                "",
                "B",
            ),
            ("The insurer had no role in the design or analysis.", "", "", "B"),
        ],
        [
            (
                "Journal reference: Haverkamp-Ndiaye J, Oosterbeek-Lam P, et al. Falls from electrically assisted bicycles in adults over 65: a multicentre cohort. Eur J Inj Prev. 2027;9(1):44-53.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("amp.sablonmercury.be", "", "", "B"),
        ],
        [
            ("THE SABLON MERCURY   ☰", "", "", "B"),
        ],
        [
            ("Politics › Federal", "", "", "B"),
        ],
        [
            ("Chamber passes pension reform 79-61 after 19-hour debate", "", "", "W"),
        ],
        [
            (
                "Pensions cut by 2% for each year taken before 67 without 35 years of work; all 212 opposition amendments rejected",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Pieter-Jan Vandermeersch-Diallo | 24 April 2027 | 07:55", "", "", "B"),
        ],
        [
            ("Share   ⋮", "", "", "B"),
        ],
        [
            (
                "MPs cast their votes in the Chamber of Representatives in the early hours of Friday.",
                "",
                "",
                "",
            ),
            ("© Sablon Mercury/Lise Goossens-Abidi", "", "", "B"),
        ],
        [
            (
                "The Chamber of Representatives approved the federal government's pension reform early on Friday by 79 votes to 61, with 6 abstentions.",
                "",
                "",
                "W",
            ),
            ("The final vote was held at 4.47 a.m.", "", "", "W"),
            ("Two MPs from the governing parties voted against.", "", "", "W"),
        ],
        [
            (
                "From 1 January 2028, workers who retire before 67 without at least 35 years of work will have their pension reduced by 2% for each year they retire early, up to a maximum of 10%.",
                "",
                "",
                "W",
            ),
            (
                "Art. 14 of the bill caps the annual increase in the highest civil-service pensions at 1.5% until 2031.",
                "",
                "",
                "W",
            ),
            (
                "Years spent caring for a child under three, up to a total of two years, count as years of work.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pensions Minister Hélène Dufays-Morant said the reform would save €1.9 billion a year by 2030.",
                "Hélène Dufays-Morant",
                "said",
                "",
            ),
            (
                "She said the Federal Planning Bureau had put the savings at €1.6 billion.",
                "Hélène Dufays-Morant",
                "said",
                "W",
            ),
            (
                "“Belgium cannot keep paying pensions with money it borrows,” she told MPs before the vote.",
                "Hélène Dufays-Morant",
                "told MPs before the vote",
                "",
            ),
        ],
        [
            (
                "Belgium's budget deficit was 4.6% of GDP last year, the third-highest in the E.U.",
                "",
                "",
                "W",
            ),
            (
                "The European Commission opened an excessive deficit procedure against Belgium in July 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Socialist MP Anaïs Verlinden-Bocoum called the vote “a night raid on the people who clean the offices where this bill was written”.",
                "Anaïs Verlinden-Bocoum",
                "called",
                "",
            ),
            (
                "“Who in this building has ever started work at 5 a.m.?” she asked.",
                "Anaïs Verlinden-Bocoum",
                "asked",
                "",
            ),
            (
                "She said the opposition had tabled 212 amendments, all of which were rejected.",
                "Anaïs Verlinden-Bocoum",
                "said",
                "W",
            ),
            (
                "If the law is published in the Belgian Official Gazette, the opposition will take it to the Constitutional Court, she said.",
                "Anaïs Verlinden-Bocoum",
                "said",
                "",
            ),
        ],
        [
            (
                "An action for annulment must be filed within six months of publication.",
                "",
                "",
                "W",
            ),
            (
                "If one is filed, the court can suspend the law before ruling on it if the applicants show that it risks causing serious harm that would be hard to repair.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The three main unions said 38,000 people had marched against the reform in Brussels on 2 April, while police put the figure at 24,000.",
                "The three main unions",
                "said",
                "W",
            ),
            ("They have called a fifth national strike day for 14 May.", "", "", "W"),
            (
                "Under the law on minimum rail service, rail staff must say 72 hours in advance whether they will strike.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The employers' federation said the reform was “a first step, not a finish line”.",
                "The employers' federation",
                "said",
                "",
            ),
            (
                "The actuarial study annexed to the bill was carried out by a consultancy, Meuse Actuariaat N.V.",
                "",
                "",
                "W",
            ),
            (
                "The firm also advised the previous government on its 2021 pension bill.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Marc Debrabandere-Yilmaz, 61, who has worked in a warehouse in Ghent since he was 17, said he had 38 years of contributions but feared that two of them would not count.",
                "Marc Debrabandere-Yilmaz",
                "said",
                "",
            ),
            (
                "“Nobody in that chamber has lifted a pallet at six in the morning,” he said.",
                "Marc Debrabandere-Yilmaz",
                "said",
                "",
            ),
        ],
        [
            ("The government's target is an employment rate of 80% by 2030.", "", "", ""),
            ("The rate was 72.1% in 2026, according to Statbel.", "Statbel", "according to", "W"),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            (
                "The law takes effect ten days after its publication in the Belgian Official Gazette unless it sets another date.",
                "",
                "",
                "W",
            ),
            ("The King is expected to sign it within a fortnight.", "", "", ""),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Unions call fifth strike day as pension bill clears committee", "", "", "B"),
        ],
        [
            ("How the 'malus' would work: five workers, five pensions", "", "", "B"),
        ],
        [
            ("Tags: pensions · Chamber · unions · budget", "", "", "B"),
        ],
        [
            ("© 2027 Sablon Éditions S.A.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            (
                "The Franc Letter: SNB cuts to 0.25% – what it means for Saron borrowers",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Limmatquai Finanz <franc@limmatquai.ch>", "", "", "B"),
        ],
        [
            ("Thu 17/06/2027 11:06", "", "", "B"),
        ],
        [
            ("To: You", "", "", "B"),
        ],
        [
            (
                "If there are problems with how this message is displayed, click here to view it in a web browser.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LIMMATQUAI FINANZ  ·  THE FRANC LETTER  ·  No. 212", "", "", "B"),
        ],
        [
            ("Good morning from Zurich.", "", "", ""),
            (
                "The Swiss National Bank has done what most of you expected, and borrowers on Saron mortgages will feel it by July.",
                "",
                "",
                "",
            ),
        ],
        [
            ("SNB CUTS POLICY RATE TO 0.25%", "", "", "W"),
        ],
        [
            (
                "The Swiss National Bank lowered its policy rate by 0.25 percentage points to 0.25% on Thursday, its first move since December.",
                "",
                "",
                "W",
            ),
            ("The decision was published at 9.30 a.m.", "", "", "W"),
            (
                "Overnight index swaps had priced in a 64% chance of a cut on Wednesday evening.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The SNB said annual inflation had fallen to 0.1% in May, mainly because the franc's rise since March had made imported goods cheaper.",
                "The Swiss National Bank",
                "said",
                "W",
            ),
            (
                "It now forecasts inflation of 0.2% for 2027 and 0.5% for 2028.",
                "The Swiss National Bank",
                "forecasts",
                "",
            ),
            (
                "The bank bought foreign currency worth ca. CHF 3.4 billion in the first quarter, according to its quarterly report.",
                "its quarterly report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Chairwoman Annelies Wyss-Caduff told the media conference in Bern that the bank remained willing to intervene in the currency market “as necessary”.",
                "Annelies Wyss-Caduff",
                "told the media conference in Bern",
                "",
            ),
            (
                "“A negative rate is not our preferred tool, but it has not left the toolbox,” she said.",
                "Annelies Wyss-Caduff",
                "said",
                "",
            ),
            (
                "“Who would benefit if we waited until the franc was at 0.88 to the euro?” she asked.",
                "Annelies Wyss-Caduff",
                "asked",
                "",
            ),
            (
                "If the franc strengthens past 0.90 per euro, the bank would be prepared to cut again before September, she said.",
                "Annelies Wyss-Caduff",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the SNB's tiered system, if the policy rate falls below zero, banks pay the negative rate only on sight deposits above 25 times their minimum reserve requirement.",
                "",
                "",
                "W",
            ),
            (
                "The franc weakened after the announcement, to 0.9312 per euro at 11.00.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Saron mortgages are tied to the Swiss Average Rate Overnight, which moves with the policy rate.",
                "",
                "",
                "W",
            ),
            (
                "Within an hour of the decision, Linthbank AG said it would pass on the cut in full from 1 July.",
                "Linthbank AG",
                "said",
                "W",
            ),
            ("Two other lenders followed: Bank Thurgovia and Seeland Privatbank AG.", "", "", "W"),
            ("Neither gave a date.", "", "", "W"),
        ],
        [
            (
                "If the federal reference mortgage rate falls, tenants can ask their landlord to cut the rent by 2.91% for each quarter-point drop.",
                "",
                "",
                "W",
            ),
            ("The Federal Office for Housing next publishes the rate on 1 September.", "", "", "W"),
            ("Our take: tenants should not hold their breath.", "", "", ""),
            (
                "The reference rate is an average of the interest on all existing mortgages, so it moves slowly.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Reto Gmür-Vanoli, an economist at the University of St. Gallen, said the cut was “the least the bank could do”.",
                "Reto Gmür-Vanoli",
                "said",
                "",
            ),
            (
                "He expects the policy rate to reach zero by December.",
                "Reto Gmür-Vanoli",
                "expects",
                "",
            ),
            (
                "He noted that two-year Swiss government bond yields had fallen to 0.08%, the lowest since 2022.",
                "Reto Gmür-Vanoli",
                "noted",
                "W",
            ),
        ],
        [
            (
                "Corinne Baumberger-Leu, who owns a flat in Winterthur with a Saron mortgage of CHF 640'000, told Limmatquai Finanz her monthly interest had fallen by about CHF 130 since March.",
                "Corinne Baumberger-Leu",
                "told Limmatquai Finanz",
                "",
            ),
            (
                "“It's a nice dinner out, not a new kitchen,” she said.",
                "Corinne Baumberger-Leu",
                "said",
                "",
            ),
        ],
        [
            ("The SNB's next monetary policy assessment is on 23 September.", "", "", "W"),
        ],
        [
            ("MARKETS AT 11.00", "", "", "B"),
        ],
        [
            ("SNB policy rate | 0.25% | −0.25", "", "", ""),
        ],
        [
            ("EUR/CHF | 0.9312 | +0.4%", "", "", ""),
        ],
        [
            ("SMI | 12'406.8 | +0.6%", "", "", ""),
        ],
        [
            (
                "You are receiving The Franc Letter because you signed up at limmatquai.ch.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe · Manage preferences", "", "", "B"),
        ],
        [
            ("This newsletter is for information only and is not investment advice.", "", "", "B"),
        ],
        [
            ("Limmatquai Finanz AG, Limmatquai 44, 8001 Zürich", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.ringstrassegazette.at/austria/2027/05/12/supreme-court-gym-fee/print",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE RINGSTRASSE GAZETTE", "", "", "B"),
        ],
        [
            ("Austria › Consumer", "", "", "B"),
        ],
        [
            ("🖨 Print   ✕ Close window", "", "", "B"),
        ],
        [
            (
                "Supreme Court bans gym chain's €39 'service fee'; members can reclaim fees paid since 2019",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Magdalena Pirchmoser-Acheampong | 12 May 2027, 14:20", "", "", "B"),
        ],
        [
            ("A Kraftwerk Fitness studio in Vienna's Favoriten district on Tuesday.", "", "", ""),
            ("Photo: Ringstrasse Gazette/Florian Zehetbauer", "", "", "B"),
        ],
        [
            (
                "The Supreme Court has banned the fitness chain Kraftwerk Fitness GmbH from charging its members an annual “service fee” of €39 on top of their monthly subscription.",
                "",
                "",
                "W",
            ),
            (
                "The chain charged the fee each January, in addition to a monthly fee of between €24.90 and €34.90 depending on the studio.",
                "",
                "",
                "W",
            ),
            (
                "The ruling, dated 14 April and published on Tuesday under case number 7 Ob 41/27v, upholds judgments by the Regional Court St. Pölten and the Vienna Higher Regional Court.",
                "",
                "",
                "W",
            ),
            (
                "The Regional Court St. Pölten first ruled against the chain on 3. Mai 2025, and the higher court dismissed its appeal in December.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kraftwerk Fitness, which is based in St. Pölten, runs 46 studios in Austria and has approx. 118,000 members, according to its website.",
                "its website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The court found that the fee was “grossly disadvantageous” under § 879 (3) of the Civil Code, because members received nothing for it that the monthly fee did not already cover.",
                "The court",
                "found",
                "W",
            ),
            (
                "It said the fee, which did not appear on the first page of the contract, had also not been stated clearly and comprehensibly, as the Consumer Protection Act requires.",
                "The Supreme Court",
                "said",
                "W",
            ),
            (
                "Art. 6 of the EU's Unfair Contract Terms Directive obliges national courts to disregard unfair terms of their own motion, the court noted.",
                "the court",
                "noted",
                "W",
            ),
            (
                "The court also ruled that a clause allowing the chain to raise its monthly fees each year in line with an index of its own choosing was void.",
                "The court",
                "ruled",
                "W",
            ),
        ],
        [
            (
                "The case was brought by the consumer group Verbraucherforum Österreich (VFÖ) on behalf of 2,300 members in 2024.",
                "",
                "",
                "W",
            ),
            (
                "VFÖ estimates that the chain has collected about €20 million in service fees since 2019.",
                "Verbraucherforum Österreich",
                "estimates",
                "W",
            ),
            (
                "Its lawyer, Mag. Ferdinand Kogelnig-Bauer, said members could reclaim every fee they had paid since 2019, plus 4% interest a year.",
                "Ferdinand Kogelnig-Bauer",
                "said",
                "W",
            ),
            ("“This is not about €39,” he said.", "Ferdinand Kogelnig-Bauer", "said", ""),
            (
                "“It is about whether a company can hide whatever it likes on page four.”",
                "Ferdinand Kogelnig-Bauer",
                "said",
                "",
            ),
            (
                "“How many people read page four of a gym contract?” he asked.",
                "Ferdinand Kogelnig-Bauer",
                "asked",
                "",
            ),
        ],
        [
            (
                "Under the Consumer Protection Act, if a clause is void, the rest of the contract stays valid, and the business may not replace the clause with a milder version of its own.",
                "",
                "",
                "W",
            ),
            (
                "If the company has not repaid members by 30 September, the association will file a class action at the court in St. Pölten, Kogelnig-Bauer said.",
                "Ferdinand Kogelnig-Bauer",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, Kraftwerk Fitness GmbH said it would “of course” respect the ruling and refund affected members by the end of September.",
                "Kraftwerk Fitness GmbH",
                "said",
                "",
            ),
            (
                "It said the fee had been dropped from new contracts on 1 March.",
                "Kraftwerk Fitness GmbH",
                "said",
                "W",
            ),
            (
                "At least four other chains charge similar fees, the association said.",
                "the association",
                "said",
                "W",
            ),
            ("It has sent all four a formal warning letter.", "", "", "W"),
            (
                "Kraftwerk Fitness lost a separate case over its cancellation terms at the same court in 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Austrian fitness industry association said the ruling would make gym memberships “more expensive for everyone in the long run”.",
                "The Austrian fitness industry association",
                "said",
                "",
            ),
            (
                "It said its 212 member companies had about 1.1 million customers.",
                "The Austrian fitness industry association",
                "said",
                "W",
            ),
        ],
        [
            (
                "Univ.-Prof. Dr. Hemma Zwischenbrugger-Lotz, who teaches civil law at the University of Innsbruck, said the ruling fitted a decade of decisions against “fees for nothing”.",
                "Hemma Zwischenbrugger-Lotz",
                "said",
                "",
            ),
            (
                "She said the court had struck down similar clauses in bank contracts in 2017 and in mobile-phone contracts in 2021.",
                "Hemma Zwischenbrugger-Lotz",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ali Gruber-Sejdić, 29, who has been a member in Wiener Neustadt since 2021, said he had paid the fee six times without noticing.",
                "Ali Gruber-Sejdić",
                "said",
                "",
            ),
            (
                "“I thought it was the price of the towels,” he said.",
                "Ali Gruber-Sejdić",
                "said",
                "",
            ),
            (
                "“Why does nobody check these contracts before people sign them?” he asked.",
                "Ali Gruber-Sejdić",
                "asked",
                "",
            ),
        ],
        [
            ("What should members do now?", "", "", ""),
        ],
        [
            (
                "VFÖ has published a template letter for claiming the refund on its website.",
                "",
                "",
                "W",
            ),
            ("The Supreme Court's ruling is final and cannot be appealed.", "", "", "W"),
        ],
        [
            ("Printed from www.ringstrassegazette.at on 12.05.2027, 16:04", "", "", "B"),
        ],
        [
            ("© 2027 Ringstrasse Medien GmbH.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("≡   NORDIC QUARTER   🔍", "", "", "B"),
        ],
        [
            ("Open in the app", "", "", "B"),
        ],
        [
            ("BUSINESS", "", "", "B"),
        ],
        [
            (
                "Heat-pump maker Värmepunkt's sales fall 11% as German demand stalls; 350 jobs cut in Sweden",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shares fall 14% in Stockholm after operating profit more than halves", "", "", "W"),
        ],
        [
            ("Elin Sandgren-Mwangi · 15 July 2027 · Updated 16:02", "", "", "B"),
        ],
        [
            ("🎧 Listen · 4 min", "", "", "B"),
        ],
        [
            (
                "Heat-pump maker Värmepunkt AB said on Thursday that its net sales fell 11% to SEK 4.81 billion in the second quarter, as orders from Germany fell for a third quarter in a row.",
                "Värmepunkt AB",
                "said",
                "W",
            ),
            (
                "Operating profit, incl. items affecting comparability, fell to SEK 212 million from SEK 486 million a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Analysts polled by the data provider Nordkurs had expected SEK 298 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Jönköping-based company employs approx. 3,900 people, incl. 1,150 outside Sweden.",
                "",
                "",
                "W",
            ),
            (
                "It has given notice of 350 redundancies at its plants in Jönköping and Tranås to the Swedish Public Employment Service.",
                "",
                "",
                "W",
            ),
            (
                "It plans to cut a further 120 jobs in Poland by the end of the year.",
                "Värmepunkt AB",
                "plans",
                "",
            ),
        ],
        [
            (
                "Chief executive Sara Lindqvist-Omondi told analysts on a conference call that German orders had fallen after Berlin cut its subsidy for heat pumps in homes from 50% to 30% of the cost in January.",
                "Sara Lindqvist-Omondi",
                "told analysts on a conference call",
                "W",
            ),
            (
                "“The market is not broken, it is waiting,” she said.",
                "Sara Lindqvist-Omondi",
                "said",
                "",
            ),
            (
                "“Would you buy a heat pump this month if you thought the subsidy might come back next year?” she asked.",
                "Sara Lindqvist-Omondi",
                "asked",
                "",
            ),
            (
                "She expects German demand to recover in the second half of 2028.",
                "Sara Lindqvist-Omondi",
                "expects",
                "",
            ),
            (
                "If orders have not picked up by the autumn, the company would consider moving more assembly to its plant in Poland, she said.",
                "Sara Lindqvist-Omondi",
                "said",
                "",
            ),
        ],
        [
            ("Värmepunkt makes about 9% of its sales in the U.S.", "", "", "W"),
            ("It said orders there rose 6% in the quarter.", "Värmepunkt AB", "said", "W"),
        ],
        [
            (
                "The board has withdrawn its proposal for an extra dividend of SEK 2.50 per share.",
                "",
                "",
                "W",
            ),
            (
                "The company's target of an operating margin above 12% by 2029 is unchanged.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Värmepunkt's shares closed down 14.2% at SEK 61.35 in Stockholm, their lowest close since March 2020.",
                "",
                "",
                "W",
            ),
            (
                "By 15.30, more than 4.1 million shares had changed hands, six times the daily average.",
                "",
                "",
                "W",
            ),
            (
                "The largest shareholder, with 23.4% of the votes, is the investment company Ekebacken Invest AB.",
                "",
                "",
                "W",
            ),
            ("It did not comment on the report.", "Ekebacken Invest AB", "did not comment", ""),
        ],
        [
            (
                "Malin Frykholm-Adeyemi, an analyst at Kungsbron Securities AB, said the job cuts were “overdue”.",
                "Malin Frykholm-Adeyemi",
                "said",
                "",
            ),
            ("She cut her recommendation on the shares to hold from buy.", "", "", ""),
        ],
        [
            (
                "The local branch of the metalworkers' union said 260 of the 350 redundancies would be in assembly.",
                "The local branch of the metalworkers' union",
                "said",
                "W",
            ),
            (
                "Under the Employment Protection Act, if the company hires again within nine months, workers who were laid off have a right of priority to the new jobs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Peter Åkesson-Barre, who has worked at the Tranås plant for 22 years, said he learned of the cuts from a text message at 6.45 in the morning.",
                "Peter Åkesson-Barre",
                "said",
                "",
            ),
            (
                "“Twenty-two years, and I find out on my phone before I've had my coffee,” he said.",
                "Peter Åkesson-Barre",
                "said",
                "",
            ),
        ],
        [
            ("Why does Germany matter so much?", "", "", ""),
        ],
        [
            (
                "Germany accounted for 38% of the group's sales in 2026, against 31% for the Nordic countries, according to the annual report.",
                "the annual report",
                "according to",
                "W",
            ),
        ],
        [
            ("KEY FIGURES, SEKm", "", "", "B"),
        ],
        [
            ("Item | Q2 2027 | Q2 2026 | Change", "", "", "B"),
        ],
        [
            ("Net sales | 4 812,3 | 5 407,6 | −11%", "", "", ""),
        ],
        [
            ("Operating profit | 212,4 | 486,1 | −56%", "", "", ""),
        ],
        [
            ("Operating margin, % | 4,4 | 9,0 | −4,6 pp", "", "", ""),
        ],
        [
            ("Source: Värmepunkt AB interim report", "", "", "B"),
        ],
        [
            ("Read more: Swedish heat-pump exports fall for a fourth quarter", "", "", "B"),
        ],
        [
            ("We use cookies to give you a better experience.", "", "", "B"),
            ("Read more in our cookie policy.", "", "", "B"),
        ],
        [
            ("OK", "", "", "B"),
        ],
    ],
    [
        [
            ("VESTLANDET TODAY", "", "", "B"),
        ],
        [
            ("News   Weather   Oslo   Bergen   Business   Sport   På norsk", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "Storm Ingrid: red warning for Vestland, 31,000 customers without power, E16 closed at Voss",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 14.52 · Vestlandet Today news desk", "", "", "B"),
        ],
        [
            ("Summary", "", "", "B"),
        ],
        [
            (
                "• The Norwegian Meteorological Institute has issued a red warning for wind in Vestland until 06.00 on Wednesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• About 31,200 power customers in the county are without electricity.", "", "", "W"),
        ],
        [
            ("• 46 homes have been evacuated in Odda after a landslide.", "", "", "W"),
        ],
        [
            ("14.40", "", "", "B"),
        ],
        [
            (
                "Power company Fjordkraftverk ASA said 31,200 customers in Vestland were without electricity at 14.30.",
                "Fjordkraftverk ASA",
                "said",
                "W",
            ),
            ("Most of the faults are in Sogn and Nordhordland.", "", "", "W"),
            (
                "The company said it expected to restore power to most customers by Wednesday evening, but that some cabins could be without power until the weekend.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Repairs on the main line to Lærdal are being carried out by a contractor, Nettbygg Vest ASA.",
                "",
                "",
                "W",
            ),
            (
                "Fjordkraftverk said its helicopters may not fly while gusts exceed 25 metres per second.",
                "Fjordkraftverk ASA",
                "said",
                "W",
            ),
        ],
        [
            ("13.15", "", "", "B"),
        ],
        [
            (
                "The Norwegian Public Roads Administration closed the E16 between Voss and Gudvangen at 12.50 because of the risk of rockfalls.",
                "",
                "",
                "W",
            ),
            (
                "It said the road would stay closed at least until 10.30 a.m. on Wednesday, when geologists will inspect the slopes.",
                "The Norwegian Public Roads Administration",
                "said",
                "W",
            ),
            (
                "Trains between Bergen and Voss have been replaced by buses, the operator Vestlandsbanen AS said.",
                "Vestlandsbanen AS",
                "said",
                "W",
            ),
        ],
        [
            ("12.02", "", "", "B"),
        ],
        [
            (
                "The Norwegian Meteorological Institute raised its warning for Vestland to red at 11.45, the first red wind warning for the county since January 2022.",
                "",
                "",
                "W",
            ),
            (
                "Meteorologist Øystein Brekkeflat-Amadi said gusts of 41.3 metres per second had been measured at Kvamskogen at 11.20.",
                "Øystein Brekkeflat-Amadi",
                "said",
                "W",
            ),
            (
                "He expects the strongest winds between 18.00 and midnight.",
                "Øystein Brekkeflat-Amadi",
                "expects",
                "",
            ),
            (
                "“This is a storm you stay indoors for, not one you go out to film,” he said.",
                "Øystein Brekkeflat-Amadi",
                "said",
                "",
            ),
        ],
        [
            ("11.10", "", "", "B"),
        ],
        [
            (
                "Avinor said 38 flights to and from Bergen Airport Flesland had been cancelled by 11.00.",
                "Avinor",
                "said",
                "W",
            ),
            ("“Check with your airline before you leave home,” it said.", "Avinor", "said", ""),
        ],
        [
            ("10.30", "", "", "B"),
        ],
        [
            (
                "Police evacuated 46 homes in Odda after a landslide came down above the Eitrheim road at 09.40.",
                "",
                "",
                "W",
            ),
            (
                "Operations manager Sverre Haugland-Tveit of the West Police District said nobody had been injured.",
                "Sverre Haugland-Tveit",
                "said",
                "W",
            ),
            (
                "Under the Civil Protection Act, the police can order people to leave an area if there is a danger to life or health.",
                "",
                "",
                "W",
            ),
            (
                "If the slope moves again, Ullensvang municipality will evacuate another 30 houses, mayor Torgeir Mæland-Osei said.",
                "Torgeir Mæland-Osei",
                "said",
                "",
            ),
            (
                "The municipality has opened an evacuation centre at Odda upper-secondary school.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ragnhild Tvedte-Kamara, 58, left with her two dogs and a bag of medicines.",
                "",
                "",
                "",
            ),
            (
                "“Where do we go if the road closes behind us too?” she asked.",
                "Ragnhild Tvedte-Kamara",
                "asked",
                "",
            ),
        ],
        [
            ("09.05", "", "", "B"),
        ],
        [
            (
                "Damage from storms, floods and landslides is covered by the natural perils insurance that comes with every fire insurance policy in Norway.",
                "",
                "",
                "W",
            ),
            (
                "Finance Norway expects claims from the storm to exceed NOK 500 million.",
                "Finance Norway",
                "expects",
                "",
            ),
        ],
        [
            ("07.48", "", "", "B"),
        ],
        [
            (
                "Vestland County Municipality said all upper-secondary schools in Sogn would be closed on Tuesday.",
                "Vestland County Municipality",
                "said",
                "W",
            ),
            (
                "The ferry company Fjordferjer AS has cancelled all crossings between Lavik and Oppedal until further notice.",
                "",
                "",
                "W",
            ),
            ("The route normally runs every 30 minutes from 05.00 to midnight.", "", "", "W"),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("Tips? Send them to tips@vestlandettoday.no", "", "", "B"),
        ],
        [
            ("© 2027 Vestlandet Today AS", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from The Kattegat Herald app", "", "", "B"),
        ],
        [
            ("TRANSPORT", "", "", "B"),
        ],
        [
            (
                "Half as many weekend trains between Copenhagen and Aarhus from 12. december",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rail works on Funen add 24 minutes to the journey until late March; ferry to Aarhus adds weekend departures",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Mikkel Thygesen-Boateng", "", "", "B"),
        ],
        [
            ("Sat 13 Nov 2027 · 07:30", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            ("A DSB InterCity train at Odense station on Friday.", "", "", ""),
            ("Photo: Kattegat Herald/Nanna Overgaard-Lutz", "", "", "B"),
        ],
        [
            (
                "DSB will run one InterCity train an hour instead of two between Copenhagen and Aarhus at weekends from 12. december, when the new timetable takes effect, the operator said on Friday.",
                "the operator",
                "said",
                "W",
            ),
            ("The change lasts until 26. marts 2028.", "", "", "W"),
            (
                "It is caused by track renewal between Odense and Middelfart, where Banedanmark will replace 34 kilometres of rails and sleepers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journey times between the two cities will rise by 24 minutes at weekends, to 3 hours and 13 minutes.",
                "",
                "",
                "W",
            ),
            ("Weekday services are not affected.", "", "", "W"),
        ],
        [
            (
                "DSB's press officer, Line Kjærsgaard-Ahmadi, said about 9,000 passengers a day travelled between Copenhagen and Aarhus at weekends.",
                "Line Kjærsgaard-Ahmadi",
                "said",
                "W",
            ),
            (
                "“We know this is annoying, and we are sorry,” she said.",
                "Line Kjærsgaard-Ahmadi",
                "said",
                "",
            ),
            (
                "“But would you rather have slow trains for four months or broken rails for four years?” she asked.",
                "Line Kjærsgaard-Ahmadi",
                "asked",
                "",
            ),
            (
                "If the works finish early, DSB would restore the second train before the end of March, she said.",
                "Line Kjærsgaard-Ahmadi",
                "said",
                "",
            ),
        ],
        [
            (
                "Banedanmark said the rails on the stretch were laid in 1994 and had been due for renewal in 2024.",
                "Banedanmark",
                "said",
                "W",
            ),
            (
                "It said the new rails were rolled at a steel mill in the U.K.",
                "Banedanmark",
                "said",
                "W",
            ),
            ("The sleepers come from Germany.", "", "", "W"),
            ("It expects the works to finish on schedule.", "Banedanmark", "expects", ""),
            (
                "Banedanmark's goal is for 95% of long-distance trains to arrive on time by 2030.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Under DSB's travel-time guarantee, if a train arrives more than 30 minutes late, passengers can claim back 50% of the fare, and the full fare if it is more than an hour late.",
                "",
                "",
                "W",
            ),
            (
                "The Ministry of Transport has approved an average fare rise of 2.9% on DSB trains from 1 January.",
                "",
                "",
                "W",
            ),
            (
                "A standard one-way ticket between Copenhagen and Aarhus will cost DKK 438, up from DKK 426.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Søren Vestergaard-Quaye said the government would present a plan for faster trains across Funen in the spring.",
                "Søren Vestergaard-Quaye",
                "said",
                "",
            ),
            (
                "He said the state had paid DSB DKK 4.6 billion for public-service trains in 2027.",
                "Søren Vestergaard-Quaye",
                "said",
                "W",
            ),
        ],
        [
            ("What about the ferry?", "", "", ""),
        ],
        [
            ("The ferry route between Aarhus and Odden is run by Kattegatlinjen A/S.", "", "", "W"),
            (
                "The company said it would add four departures on Saturdays and Sundays from 12. december.",
                "The company",
                "said",
                "W",
            ),
            (
                "A one-way ticket for a car with up to five people will cost DKK 449 at weekends, it said.",
                "Kattegatlinjen A/S",
                "said",
                "W",
            ),
        ],
        [
            (
                "The passengers' association Rejsendes Forum said the timing was “as bad as it could be, right before Christmas”.",
                "Rejsendes Forum",
                "said",
                "",
            ),
            (
                "It said 63% of the 1,200 members it surveyed in October had changed their travel plans because of rail works this year.",
                "Rejsendes Forum",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ida Brøndum-Nkemelu, 23, who studies in Aarhus and goes home to Roskilde most weekends, said she would take the ferry.",
                "Ida Brøndum-Nkemelu",
                "said",
                "",
            ),
            (
                "“It's slower on paper, but at least you can sleep on it,” she said.",
                "Ida Brøndum-Nkemelu",
                "said",
                "",
            ),
        ],
        [
            ("SERVICE: WEEKEND TRAINS FROM 12. DECEMBER", "", "", "B"),
        ],
        [
            (
                "• Copenhagen H–Aarhus H: first train kl. 6.00, then every hour until kl. 21.00",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• All trains stop at Fredericia, incl. the night train", "", "", "W"),
        ],
        [
            (
                "• Replacement buses between Odense and Middelfart leave from stop No. 3 outside the station",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Get push alerts and the full story in The Kattegat Herald app.", "", "", "B"),
        ],
        [
            ("Download on the App Store · Get it on Google Play", "", "", "B"),
        ],
    ],
    [
        [
            ("HELSINKI SIGNAL", "", "", "B"),
        ],
        [
            (
                "Finland   Politics   Health   Business   Nordic   Culture   Sport   Opinion   |   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health › Wellbeing services", "", "", "B"),
        ],
        [
            (
                "Counties spent €612 million on agency nurses and doctors last year, audit office finds",
                "the National Audit Office of Finland",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Hourly cost of agency staff twice that of own employees; seven of 21 counties broke procurement rules",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Anni Kettunen-Mbatha  ·  3 June 2027 at 14:05  ·  Updated 16:40", "", "", "B"),
        ],
        [
            ("Share   f   X   in   ✉", "", "", "B"),
        ],
        [
            ("A nurse on a ward at a central hospital in Central Finland in May.", "", "", ""),
            ("Photo: Helsinki Signal/Joonas Hyvärinen-Cole", "", "", "B"),
        ],
        [
            (
                "Finland's 21 wellbeing services counties spent €612 million on nurses and doctors hired through staffing agencies in 2026, 38% more than in 2024, the National Audit Office of Finland (NAOF) said in a report published on Thursday.",
                "the National Audit Office of Finland",
                "said in a report published on Thursday",
                "W",
            ),
            (
                "The audit office found that an hour of agency work cost the counties on average 2.1 times as much as an hour worked by their own staff.",
                "The audit office",
                "found",
                "W",
            ),
            (
                "It also found that seven counties had bought agency staff without a competitive tender, in breach of the Act on Public Procurement.",
                "the National Audit Office of Finland",
                "found",
                "W",
            ),
        ],
        [
            (
                "The largest supplier, Hoivapiste Oy, received €141 million, or 23% of the total.",
                "",
                "",
                "W",
            ),
            ("The second-largest was Lääkärivälitys Suomi Oy.", "", "", "W"),
            ("Neither company is accused of wrongdoing in the report.", "", "", "W"),
        ],
        [
            (
                "The report's lead author, principal auditor Kaisu Rautiainen-Mbeki, said the counties had become “dependent on a market they do not control”.",
                "Kaisu Rautiainen-Mbeki",
                "said",
                "",
            ),
            (
                "She said 14 of the 21 counties had not known how many agency hours they bought in 2025 until the auditors asked.",
                "Kaisu Rautiainen-Mbeki",
                "said",
                "W",
            ),
            (
                "“Can you manage a cost you cannot count?” she asked at a press briefing in Helsinki.",
                "Kaisu Rautiainen-Mbeki",
                "asked at a press briefing in Helsinki",
                "",
            ),
            (
                "The audit office recommended that the counties agree on common maximum prices for agency work.",
                "The audit office",
                "recommended",
                "",
            ),
        ],
        [
            (
                "Nurses' pay in Finland, adjusted for prices, is below the average in the O.E.C.D.",
                "",
                "",
                "W",
            ),
            (
                "There were 4,300 unfilled nursing vacancies in the counties in March, according to the Ministry of Economic Affairs and Employment.",
                "the Ministry of Economic Affairs and Employment",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Minister of Social Affairs and Health Olli-Pekka Haapasalo-Diop said the report confirmed what the government had “long suspected”.",
                "Olli-Pekka Haapasalo-Diop",
                "said",
                "",
            ),
            (
                "He said a law barring counties from hiring their own former employees through an agency for six months after they resign had taken effect on 1 January.",
                "Olli-Pekka Haapasalo-Diop",
                "said",
                "W",
            ),
            (
                "If agency costs do not fall this year, the government will consider a legal cap on agency fees, he said.",
                "Olli-Pekka Haapasalo-Diop",
                "said",
                "",
            ),
            ("The ministry's target is to cut agency spending by a third by 2029.", "", "", ""),
            (
                "If a county fails to cover its accumulated deficit by the deadline set in law, the ministry can start an assessment procedure in which a panel examines whether the county can still provide services.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The nurses' union said the report missed the point.",
                "The nurses' union",
                "said",
                "",
            ),
            (
                "“Nurses do not leave the counties for the agencies because they love agencies,” its chair, Riikka Lehtovaara-Sesay, said.",
                "Riikka Lehtovaara-Sesay",
                "said",
                "",
            ),
            (
                "“They leave because the agencies let them choose their shifts.”",
                "Riikka Lehtovaara-Sesay",
                "said",
                "",
            ),
            (
                "She said the union's members earned a basic monthly salary of €2,950 on average.",
                "Riikka Lehtovaara-Sesay",
                "said",
                "W",
            ),
        ],
        [
            (
                "Janika Pulkkinen-Osei, 34, a nurse in Jyväskylä who left her county job for an agency in 2025, said she now worked four fewer nights a month.",
                "Janika Pulkkinen-Osei",
                "said",
                "",
            ),
            (
                "“For the first time in ten years I know in March where I'll be at Easter,” she said.",
                "Janika Pulkkinen-Osei",
                "said",
                "",
            ),
        ],
        [
            (
                "Hoivapiste Oy said in a statement that its prices had been set in contracts with each county.",
                "Hoivapiste Oy",
                "said in a statement",
                "W",
            ),
            ("The firm declined to give its hourly rates.", "The firm", "declined to give", ""),
        ],
        [
            (
                "The audit office will present the report to Parliament's Audit Committee on 10 June at 10.30 a.m.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Wellbeing counties' deficits reach €1.3 billion", "", "", "B"),
        ],
        [
            ("Nurses' union: 'Shift lists are the real pay rise'", "", "", "B"),
        ],
        [
            ("6 comments · Log in to comment", "", "", "B"),
        ],
        [
            ("Jarmo_K: Agencies are just the counties' old nurses in new vests.", "", "", "B"),
        ],
        [
            ("Contact us | Advertise | Privacy | Cookie settings", "", "", "B"),
        ],
        [
            ("© Helsinki Signal Oy 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  VISTULA TIMES   🔍", "", "", "B"),
        ],
        [
            ("ECONOMY", "", "", "B"),
        ],
        [
            ("Inflation rises to 3.9% in March as electricity prices jump", "", "", "W"),
        ],
        [
            (
                "Food prices up 5.1% year on year, with butter and bread leading the rise",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Adam Wróblewski-Nwosu | 31.03.2027, 10:21", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            (
                "Consumer prices in Poland rose 3.9% in March from a year earlier, up from 3.4% in February, Statistics Poland (GUS) said in a flash estimate on Tuesday.",
                "Statistics Poland",
                "said in a flash estimate",
                "W",
            ),
            ("Prices rose 0.8% from February.", "", "", "W"),
            (
                "Electricity prices for households rose 11.2% after the government raised the capped price from 500 złoty to 620 złoty per megawatt-hour, net, on 1 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Food and non-alcoholic beverages cost 5.1% more than a year earlier.", "", "", "W"),
            (
                "Butter was up 14.6% and wheat bread 9.3%, GUS said.",
                "Statistics Poland",
                "said",
                "W",
            ),
            (
                "(The flash estimate covers only the main groups of goods; the full figures for March will be published on 15 April.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inflation has been above the National Bank of Poland's target of 2.5%, plus or minus one percentage point, since November.",
                "",
                "",
                "W",
            ),
            (
                "Economist dr hab. Marta Sołtysiak-Ojo of the brokerage Wisła Capital Partners S.A. said the figure was “unpleasant but not alarming”.",
                "Marta Sołtysiak-Ojo",
                "said",
                "",
            ),
            (
                "She expects inflation to peak at about 4.2% in May.",
                "Marta Sołtysiak-Ojo",
                "expects",
                "",
            ),
            (
                "If inflation exceeds 4% in April, the Monetary Policy Council is unlikely to cut rates before the autumn, she said.",
                "Marta Sołtysiak-Ojo",
                "said",
                "",
            ),
            (
                "The council left its reference rate at 4.75% at its last meeting, on 4 March, and meets again on 7–8 April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the price cap, households pay 620 złoty per megawatt-hour for their first 2,000 kilowatt-hours a year.",
                "",
                "",
                "W",
            ),
            (
                "If a household uses more, it pays its supplier's approved tariff on the rest.",
                "",
                "",
                "W",
            ),
            (
                "The regulation was published in the Journal of Laws (Dz.U. 2027, item 312) on 14 February.",
                "",
                "",
                "W",
            ),
            (
                "If prices rise again in April, the government will consider extending the lower cap to small businesses, Deputy Finance Minister Tomasz Jędrzejczyk-Baptiste said.",
                "Tomasz Jędrzejczyk-Baptiste",
                "said",
                "",
            ),
            (
                "The government's target is to bring inflation back inside the band by the end of the year.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Wisłoprąd S.A., one of the four largest electricity suppliers, said 2.3 million of its customers would see higher bills from April.",
                "Wisłoprąd S.A.",
                "said",
                "W",
            ),
            (
                "Most of Warsaw's blocks of flats get their heat from the municipal company Mazowiecka Sieć Ciepła S.A.",
                "",
                "",
                "W",
            ),
            (
                "It said it had no plans to change its tariff before the autumn.",
                "Mazowiecka Sieć Ciepła S.A.",
                "said",
                "",
            ),
        ],
        [
            ("The largest bakery chain in Warsaw is Kłosowa Piekarnia sp. z o.o.", "", "", "W"),
            (
                "It raised the price of its standard wheat loaf by 40 groszy to 7.90 złoty on 1 March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At the Hala Mirowska market, Halina Szczepańska-Amadi, 71, said she now bought butter once a fortnight instead of once a week.",
                "Halina Szczepańska-Amadi",
                "said",
                "",
            ),
            (
                "“Who can afford butter at 9,49 złoty a packet on my pension?” she asked.",
                "Halina Szczepańska-Amadi",
                "asked",
                "",
            ),
            (
                "The stallholder, who gave his name only as Zbyszek, said customers had started buying smaller packets.",
                "Zbyszek",
                "said",
                "",
            ),
        ],
        [
            (
                "The city's consumer ombudsman, whose office is on ul. Senatorska, said it had received 212 complaints about prices in March, twice as many as a year earlier.",
                "The city's consumer ombudsman",
                "said",
                "W",
            ),
        ],
        [
            ("Why is food rising so fast?", "", "", ""),
        ],
        [
            (
                "Poultry prices rose 7.8% after an outbreak of bird flu on farms in Wielkopolska in February, GUS said.",
                "Statistics Poland",
                "said",
                "W",
            ),
        ],
        [
            ("MARCH 2027 FLASH ESTIMATE (same month of previous year = 100)", "", "", "B"),
        ],
        [
            ("Category | March | February", "", "", "B"),
        ],
        [
            ("Total | 103,9 | 103,4", "", "", ""),
        ],
        [
            ("Food and non-alcoholic beverages | 105,1 | 104,2", "", "", ""),
        ],
        [
            ("Energy | 108,7 | 101,9", "", "", ""),
        ],
        [
            ("Source: GUS", "", "", "B"),
        ],
        [
            ("Read also: Polish wages rise 8.1% in February, the fastest in a year", "", "", "B"),
        ],
        [
            (
                "We and our 212 partners use cookies and similar technologies to store and access information on your device.",
                "",
                "",
                "B",
            ),
            ("You can change your choice at any time.", "", "", "B"),
        ],
        [
            ("ACCEPT ALL   |   SETTINGS", "", "", "B"),
        ],
    ],
    [
        [
            ("BOHEMIA PULSE", "", "", "B"),
        ],
        [
            ("News   Politics   Prague   Business   Expats   Culture   |   Česky", "", "", "B"),
        ],
        [
            ("LIVE · REGIONAL ELECTIONS 2028", "", "", "B"),
        ],
        [
            (
                "South Moravia count: Jih 2030 on 27.4% as 98.6% of precincts are counted",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated 22:41 · Bohemia Pulse politics team", "", "", "B"),
        ],
        [
            ("KEY POINTS", "", "", "B"),
        ],
        [
            ("• Polls closed at 14.00 on Saturday after two days of voting.", "", "", "W"),
        ],
        [
            (
                "• Turnout in the South Moravian Region was 36.2%, according to the Czech Statistical Office.",
                "the Czech Statistical Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "• Parties and movements need at least 5% of the regional vote to win seats in the 65-member assembly.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("22:41", "", "", "B"),
        ],
        [
            (
                "With 98.6% of precincts counted, the movement Jih 2030 had 27.4% of the vote in South Moravia, ahead of the Civic Centre alliance with 19.8% and the Workers' Bloc with 12.1%.",
                "",
                "",
                "W",
            ),
            (
                "A projection by the polling firm Datakom a.s. gives Jih 2030 between 21 and 23 of the 65 seats.",
                "",
                "",
                "",
            ),
            ("The projection was carried out for Czech Television by Datakom a.s.", "", "", "W"),
            ("The firm's last poll before the vote had put Jih 2030 at 24%.", "", "", "W"),
        ],
        [
            ("22:05", "", "", "B"),
        ],
        [
            (
                "Jih 2030's lead candidate, Kateřina Vondráčková-Mensah, told supporters at a hotel in Brno that the result was “a clear order from the voters to govern”.",
                "Kateřina Vondráčková-Mensah",
                "told supporters at a hotel in Brno",
                "",
            ),
            (
                "If the count holds, she will offer coalition talks to the Civic Centre first, she said.",
                "Kateřina Vondráčková-Mensah",
                "said",
                "",
            ),
            (
                "“Why would we start anywhere else?” she asked.",
                "Kateřina Vondráčková-Mensah",
                "asked",
                "",
            ),
        ],
        [
            ("21:30", "", "", "B"),
        ],
        [
            (
                "The Czech Statistical Office said results from 12 precincts in the Znojmo district had been delayed because of a fault in the software used to send them.",
                "The Czech Statistical Office",
                "said",
                "W",
            ),
            ("The transmission software is supplied by Datasfera Brno a.s.", "", "", "W"),
            ("The company said the fault had been fixed at 20.55.", "The company", "said", "W"),
            (
                "(Voters can give preferential votes to up to four candidates on the list they choose, and a candidate who receives at least 5% of the party's votes moves to the top of that list.)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("20:10", "", "", "B"),
        ],
        [
            (
                "With 61% of precincts counted, the Civic Centre alliance was at 21.3% and Jih 2030 at 25.9%.",
                "",
                "",
                "W",
            ),
            (
                "Under the electoral law, a coalition of two parties needs 8% of the vote to win seats, and a coalition of three or more needs 11%.",
                "",
                "",
                "W",
            ),
            (
                "Civic Centre's regional chair, Radek Procházka-Eze, said it was “too early to say anything except thank you”.",
                "Radek Procházka-Eze",
                "said",
                "",
            ),
            (
                "He said the alliance expected to gain once more votes from Brno were counted.",
                "Radek Procházka-Eze",
                "said",
                "",
            ),
        ],
        [
            ("19:30", "", "", "B"),
        ],
        [
            (
                "Turnout stood at 35.8% with 80% of precincts counted, the statistics office said.",
                "the statistics office",
                "said",
                "W",
            ),
        ],
        [
            ("18:45", "", "", "B"),
        ],
        [
            (
                "The Workers' Bloc, which did not stand in 2024, was third with 12.8% after 34% of precincts had been counted.",
                "",
                "",
                "W",
            ),
            (
                "Its leader, Miloš Kratochvíl-Adjei, called the result “an earthquake”.",
                "Miloš Kratochvíl-Adjei",
                "called",
                "",
            ),
        ],
        [
            ("16:20", "", "", "B"),
        ],
        [
            (
                "Jarmila Horáková-Lind, 67, said she had voted at a school in Brno-Líšeň “for whoever promises to fix the tram to the hospital”.",
                "Jarmila Horáková-Lind",
                "said",
                "",
            ),
            (
                "“Every four years someone promises it, and every four years I walk,” she said.",
                "Jarmila Horáková-Lind",
                "said",
                "",
            ),
        ],
        [
            ("14:05", "", "", "B"),
        ],
        [
            ("Polling stations in the country's 13 regions closed at 14.00.", "", "", "W"),
            ("The statistics office began publishing results at 14.20.", "", "", "W"),
            (
                "The new assembly must hold its first meeting within 40 days of the election, the Interior Ministry said.",
                "the Interior Ministry",
                "said",
                "W",
            ),
            ("In the 2024 election, turnout in South Moravia was 33.9%.", "", "", "W"),
        ],
        [
            ("Load earlier posts", "", "", "B"),
        ],
        [
            ("© 2028 Bohemia Pulse s.r.o.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("amp.aegeansentinel.gr", "", "", "B"),
        ],
        [
            ("AEGEAN SENTINEL   ☰", "", "", "B"),
        ],
        [
            ("Sport › Basketball", "", "", "B"),
        ],
        [
            (
                "Thermaikos beat Ilisos 84-79 in Heraklion to win first Greek Cup since 1998",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Xenakis-Boakye, 20, scores 24 as Thessaloniki side come back from 11 points down",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Stavros Kalamaras-Nyambura | 16/02/2028 | 23:58", "", "", "B"),
        ],
        [
            ("Share", "", "", "B"),
        ],
        [
            (
                "Thermaikos players lift the trophy at the Heraklion Indoor Hall on Sunday.",
                "",
                "",
                "",
            ),
            ("Photo: Aegean Sentinel/Eleni Papadaki-Rossi", "", "", "B"),
        ],
        [
            (
                "Thermaikos Thessaloniki won the Greek Cup for the first time since 1998 on Sunday, beating Ilisos Athens 84-79 in the final at the Heraklion Indoor Hall.",
                "",
                "",
                "W",
            ),
            ("Ilisos led 58-47 midway through the third quarter.", "", "", "W"),
        ],
        [
            (
                "The crowd was approx. 8,200, according to the Hellenic Basketball Federation.",
                "the Hellenic Basketball Federation",
                "according to",
                "W",
            ),
            (
                "(The final was moved from Athens to Heraklion in January, after the federation closed the Athens venue for safety inspections.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Manolis Xenakis-Boakye, 20, scored 24 points, 11 of them in the fourth quarter.",
                "",
                "",
                "W",
            ),
            (
                "They were the most by a player under 21 in a cup final since 2005, according to the federation's records.",
                "the federation's records",
                "according to",
                "W",
            ),
            ("Guard Jaylen Ostrowski, wearing No. 7, added 17 points and 8 assists.", "", "", "W"),
            ("Ilisos centre Nikos Roussos-Ebuka scored 21.", "", "", "W"),
        ],
        [
            ("Thermaikos shot 48.6% from the field and outrebounded Ilisos 41-33.", "", "", "W"),
            ("Ilisos made 6 of 27 three-point attempts.", "", "", "W"),
        ],
        [
            (
                "Thermaikos coach Vangelis Tsironis-Holm said his players had played the last 13 minutes “like a team with nothing to lose”.",
                "Vangelis Tsironis-Holm",
                "said",
                "",
            ),
            (
                "“Who said this team was too young for a final?” he asked.",
                "Vangelis Tsironis-Holm",
                "asked",
                "",
            ),
            (
                "He said seven of his 12 players had come through the club's academy.",
                "Vangelis Tsironis-Holm",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ilisos coach Aris Benveniste-Kolar said the referees had “decided the game in the last two minutes”.",
                "Aris Benveniste-Kolar",
                "said",
                "",
            ),
            (
                "He said Roussos-Ebuka had twisted an ankle with 90 seconds left and would be examined in Athens on Monday.",
                "Aris Benveniste-Kolar",
                "said",
                "W",
            ),
        ],
        [
            (
                "The federation fined Ilisos €15,000 after fans threw plastic bottles onto the court in the third quarter, a federation spokesman said.",
                "a federation spokesman",
                "said",
                "W",
            ),
            (
                "Under the federation's disciplinary code, if a club's fans throw objects onto the court twice in a season, the club can be ordered to play up to three home games behind closed doors.",
                "",
                "",
                "W",
            ),
            (
                "If the fine is confirmed, Ilisos will appeal, the club said in a statement.",
                "the club",
                "said in a statement",
                "",
            ),
        ],
        [
            (
                "Thermaikos has been owned since 2023 by the shipping investor Andreas Koumoundouros-Baah, who bought 61% of Thermaikos Basketball S.A.",
                "",
                "",
                "W",
            ),
            ("He paid off the club's debts of €4.3 million the same year.", "", "", "W"),
        ],
        [
            (
                "Fans celebrated until after 2 a.m. outside St. Titus Cathedral, where the team bus stopped on its way to the airport.",
                "",
                "",
                "",
            ),
            (
                "Sofia Lazaridou-Achebe, 44, who flew in from Thessaloniki with her two sons, said she had cried “from the second quarter on”.",
                "Sofia Lazaridou-Achebe",
                "said",
                "",
            ),
            (
                "“My father saw the 1998 final, and now my boys have seen this one,” she said.",
                "Sofia Lazaridou-Achebe",
                "said",
                "",
            ),
        ],
        [
            (
                "The league resumes on Saturday, when Thermaikos host Ilisos in Thessaloniki at 19.15.",
                "",
                "",
                "W",
            ),
            ("Ilisos remain the favourites for the league title.", "", "", ""),
        ],
        [
            ("BOX SCORE", "", "", "B"),
        ],
        [
            (
                "Thermaikos 84 (Xenakis-Boakye 24, Ostrowski 17, Lamprakis 11, Fotiadis-Musa 9)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Ilisos 79 (Roussos-Ebuka 21, Demetriou-Park 18, N. Kalogerakis 12)", "", "", ""),
        ],
        [
            ("Quarters: 19-22, 18-25, 24-17, 23-15", "", "", ""),
        ],
        [
            ("Referees: K. Sfyrakis, A. Mouzaki-Bell, P. Th. Georgiou", "", "", ""),
        ],
        [
            ("Attendance: approx. 8,200", "", "", ""),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Ilisos fined €15,000 over bottle-throwing", "", "", "B"),
        ],
        [
            ("Thermaikos' Xenakis-Boakye: 'I just wanted the ball'", "", "", "B"),
        ],
        [
            ("© 2028 Aegean Sentinel S.A.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n184-de-gmbh-ends",
        "The depot is run by Nordring Logistik GmbH. Its drivers were not on strike.",
        ["The depot is run by Nordring Logistik GmbH.", "Its drivers were not on strike."],
    ),
    (
        "n184-de-bzw-mid",
        "Lines 5 bzw. 6 run every 20 bzw. 30 minutes. Night buses do not run.",
        ["Lines 5 bzw. 6 run every 20 bzw. 30 minutes.", "Night buses do not run."],
    ),
    (
        "n184-de-ordinal-date-mid",
        "Talks resume on 9. April in Kiel. Both sides have agreed to a mediator.",
        ["Talks resume on 9. April in Kiel.", "Both sides have agreed to a mediator."],
    ),
    (
        "n184-de-nr-mid",
        "Works agreement Nr. 8 covers the night shifts. It was signed in 2019.",
        ["Works agreement Nr. 8 covers the night shifts.", "It was signed in 2019."],
    ),
    (
        "n184-nl-bv-ends",
        "The bikes were supplied by Polderwiel B.V. The firm went bankrupt in 2026.",
        ["The bikes were supplied by Polderwiel B.V.", "The firm went bankrupt in 2026."],
    ),
    (
        "n184-nl-paren-sentence",
        "Each patient was counted once. (Repeat visits to the emergency department were excluded.) The median age was 74.",
        [
            "Each patient was counted once.",
            "(Repeat visits to the emergency department were excluded.)",
            "The median age was 74.",
        ],
    ),
    (
        "n184-be-art-start",
        "The law was published on Friday. Art. 3 takes effect on 1 July.",
        ["The law was published on Friday.", "Art. 3 takes effect on 1 July."],
    ),
    (
        "n184-be-eu-ends",
        "Belgium's debt is among the highest in the E.U. Only three countries owe more.",
        ["Belgium's debt is among the highest in the E.U.", "Only three countries owe more."],
    ),
    (
        "n184-be-am-question-asked",
        "“Who votes at 4.30 a.m.?” she asked. Nobody answered.",
        ["“Who votes at 4.30 a.m.?” she asked.", "Nobody answered."],
    ),
    (
        "n184-ch-ag-ends",
        "The mortgage was sold by Seerücken Bank AG. It was repaid in 2025.",
        ["The mortgage was sold by Seerücken Bank AG.", "It was repaid in 2025."],
    ),
    (
        "n184-ch-st-gallen-mid",
        "An economist at the University of St. Gallen called the cut overdue. Others disagreed.",
        [
            "An economist at the University of St. Gallen called the cut overdue.",
            "Others disagreed.",
        ],
    ),
    (
        "n184-ch-ca-apostrophe",
        "The bank sold ca. CHF 1'200 million of euros in May. It bought dollars in June.",
        ["The bank sold ca. CHF 1'200 million of euros in May.", "It bought dollars in June."],
    ),
    (
        "n184-ch-question-then-sentence",
        "“Will we go below zero again? We do not rule it out,” she said.",
        ["“Will we go below zero again?", "We do not rule it out,” she said."],
    ),
    (
        "n184-at-mag-dr-titles",
        "Mag. Dr. Leopold Hainzl-Mbeki represented the chain. He did not comment.",
        ["Mag. Dr. Leopold Hainzl-Mbeki represented the chain.", "He did not comment."],
    ),
    (
        "n184-at-ordinal-date-ends",
        "The claim was filed in St. Pölten on 3. Mai 2026. It was dismissed in June.",
        ["The claim was filed in St. Pölten on 3. Mai 2026.", "It was dismissed in June."],
    ),
    (
        "n184-at-case-number",
        "The ruling was published as 9 Ob 12/27x. It is final.",
        ["The ruling was published as 9 Ob 12/27x.", "It is final."],
    ),
    (
        "n184-se-ab-ends",
        "The foundry was sold to Vätterns Gjuteri AB. The buyer kept all 140 staff.",
        ["The foundry was sold to Vätterns Gjuteri AB.", "The buyer kept all 140 staff."],
    ),
    (
        "n184-se-comma-decimal",
        "Net sales were SEK 4 812,3 million. The margin was 4,4%.",
        ["Net sales were SEK 4 812,3 million.", "The margin was 4,4%."],
    ),
    (
        "n184-se-us-ends",
        "Orders rose 6% in the U.S. Europe was flat.",
        ["Orders rose 6% in the U.S.", "Europe was flat."],
    ),
    (
        "n184-no-asa-ends",
        "The power line is owned by Sognekraft ASA. Repairs began at 07.30.",
        ["The power line is owned by Sognekraft ASA.", "Repairs began at 07.30."],
    ),
    (
        "n184-no-am-ends",
        "The road reopened at 10.30 a.m. Trucks followed an hour later.",
        ["The road reopened at 10.30 a.m.", "Trucks followed an hour later."],
    ),
    (
        "n184-dk-as-ends",
        "The ferry is run by Hvidsand Færger A/S. It carries 600 cars a day.",
        ["The ferry is run by Hvidsand Færger A/S.", "It carries 600 cars a day."],
    ),
    (
        "n184-dk-kl-mid",
        "The first train leaves kl. 5.12 from platform 4. It reaches Aarhus at 8.25.",
        ["The first train leaves kl. 5.12 from platform 4.", "It reaches Aarhus at 8.25."],
    ),
    (
        "n184-dk-uk-ends",
        "The rails were rolled in the U.K. The sleepers come from Poland.",
        ["The rails were rolled in the U.K.", "The sleepers come from Poland."],
    ),
    (
        "n184-fi-oy-ends",
        "Most of the nurses came through Lumikoski Oy. The firm charged €74 an hour.",
        ["Most of the nurses came through Lumikoski Oy.", "The firm charged €74 an hour."],
    ),
    (
        "n184-fi-oecd-mid",
        "Finland spends less than the O.E.C.D. average on hospital staff. The gap has narrowed since 2020.",
        [
            "Finland spends less than the O.E.C.D. average on hospital staff.",
            "The gap has narrowed since 2020.",
        ],
    ),
    (
        "n184-pl-sp-z-oo-ends",
        "The bread is baked by Mazurska Piekarnia sp. z o.o. Its prices rose 9%.",
        ["The bread is baked by Mazurska Piekarnia sp. z o.o.", "Its prices rose 9%."],
    ),
    (
        "n184-pl-dzu-ul-mid",
        "The rule was published in Dz.U. 2027, item 88. Complaints go to the office on ul. Wspólna in Warsaw.",
        [
            "The rule was published in Dz.U. 2027, item 88.",
            "Complaints go to the office on ul. Wspólna in Warsaw.",
        ],
    ),
    (
        "n184-cz-as-ends",
        "The software was supplied by Volbasoft a.s. The count was delayed by two hours.",
        ["The software was supplied by Volbasoft a.s.", "The count was delayed by two hours."],
    ),
    (
        "n184-gr-sa-no-jersey",
        "He owns 61% of Egnatia Basketball S.A. No. 23 Alexis Manousakis-Oyelaran is his nephew.",
        [
            "He owns 61% of Egnatia Basketball S.A.",
            "No. 23 Alexis Manousakis-Oyelaran is his nephew.",
        ],
    ),
]
