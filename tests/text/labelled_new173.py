"""Hundred-and-seventy-third set of new hand-labelled pages for the hint engines (tuning set, round sixty-one):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve countries where telling FURNITURE FROM STORY is the hard part: furniture written as prose,
and story written in furniture's shapes. Each page is a different kind of outlet and a different
paste (desktop, phone, app share, AMP, print view, reader mode). The pages: a Canadian non-profit
local newsroom's website on the DESKTOP (Winnipeg Transit thins 11 routes from Feb. 7, 94 operators
short); a Scottish regional daily's website pasted from a PHONE (Dundee moves 168 households out of
four RAAC-affected blocks in Whitfield); an Irish local radio station's website from an APP SHARE
(62 patients on trolleys at University Hospital Limerick); a Maltese online newspaper's AMP page (a
14-storey hotel at St George's Bay approved despite 3,140 objections); a Cypriot English-language
daily's PRINT VIEW (Limassol and Larnaca lose mains water 16 hours twice a week as the dams fall to
18.4%); an Icelandic English-language monthly in READER MODE (1,462 earthquakes on Reykjanes and 9
centimetres of uplift at Svartsengi); an Estonian news agency's English wire pasted from a PHONE
(Tallinn closes the Old Town to private cars at weekends from June 5); a Latvian weekly's English
edition on the DESKTOP (Riga's heating tariff up 17.8% from 1 November); a Lithuanian business
daily's AMP page (Klaipėda port cargo down 6.2% in the first half, containers at a record); a
Finnish student magazine's English page in PRINT VIEW (student rents in Tampere up 6.9% from 1
August); a Norwegian regional paper's translated page in READER MODE (Bergen's toll ring up to NOK 64
at rush hour from 1 March); and a Danish English-language community site pasted from a PHONE (the
Islands Brygge harbour bath closed after an E. coli reading of 3,100 per 100 ml).

What is hard is the border between the page and the story, in both directions. PROSE FURNITURE is
"B" sentence by sentence however much it reads like news: editor's notes (an update note with "4:20
p.m. on Feb. 2", a note on GMT, a disclosure that the editor belongs to the NGO in the story);
corrections boxes, at the top, mid-page or in the print tail, even when they restate a story figure
("The correct figure is 41.", "They apply from 1 August."); subscription pitches and paywall
counters written as paragraphs ("You've read 3 of your 5 free articles this month.", "Try it for NOK
1 for the first month."); membership appeals that carry figures ("About two-thirds of our budget
comes from 3,900 members ...", "More than 4,200 members keep our reporting free ...", "Become a
Review member for 1,490 ISK a month.", "40 kroner a month keeps us going."); event promos with a
question, a date, a time, an address and a price (a library Q&A "on Thursday, Feb. 18, at 7 p.m.", an
energy breakfast at "Tērbatas iela 14", a logistics summit in pipes, an awards closing date); funding,
series, translation and machine-reading notes ("This article was produced with support from ...",
"This article was machine-translated from Estonian ...", "translated from Norwegian with the help of a
translation tool ..."); podcast and listen-back plugs that name the story's own people ("Pádraig Ó
Catháin spoke to Ronan Hehir on Clare Today this morning."); author bios that state facts ("...
has covered every Reykjanes eruption since 2021."); house ads, sponsor lines and partner content;
comment policies, one with moderation hours ("between 09:00 and 16:00"); accessibility notes
(listen lines, a text-size line, an audio version for members, text descriptions for screen readers);
a publisher's independence note, a print-run line ("4,000 copies an issue"), an ethics-code line
and the Latvian reference-required line. STORY IN FURNITURE'S SHAPES is labelled by what it says:
short label-like lines ("University Hospital Limerick – 62", "Fisketorvet: open", "Toll stations:
62", "Nicosia and Paphos: no cuts for now", "€120 fine for entering without a permit") and list
items ("Route 47 (Transcona–Pembina) loses its Sunday service until further notice; and") are "W";
one-line facts standing as their own paragraphs ("Starting pay for a new operator is $24.87 an hour
under the collective agreement.") are "W"; figures in pipes in the story ("Operators budgeted: 1,180
| On the road: 1,086 | ...", "Height: 14 floors (48.6m) | Rooms: 212 | ...", "From 1 November:
€71.40/MWh | Now: €60.61/MWh | Change: +17.8%") are "W", against pipes in menus, bylines, footers
and an event promo ("B"); headline-like subheads are "W" when they carry a fact ("Sunday service
ends on Route 47", "Rehousing to begin on 1 June", "Third high-rise approved in the bay since 2023",
"Heating benefit claims up 12% in a year", "Rail share falls to 41%", "Flights unaffected, Isavia
says") and "" when they do not (a question subhead, a lead-in ending in a colon); and dates and times
that belong to the story are "W" (timeline lines "3 February 2027: RAAC confirmed ...", "Friday,
22:40: Cloudburst ...", quake lines "03:12 Sunday — M4.1, ...", drop-in sessions "Thursday 22 April,
2pm to 7pm", a meeting line "Public works committee: Tuesday, Feb. 9, 9:30 a.m., ...", the Finnish
"10.5. Board approves rise", rush hours "06:30–09:00 and 14:30–16:30 on weekdays", a next assessment
"at 14:00 on Monday", a demonstration "at 12.00 on Thursday 20 May"), against the dates and times of
the page ("Published: 08:14, 20 April 2027", "Printed 12.5.2027 14.06", "Printed from ... on
13/06/2027 at 09:12", "Correction, June 13:", an ISO byline time "2027-07-08 09:15").

Each page still carries ordinary story with attributions, and the check-worthiness is labelled as
in the recent sets. Of record ("W"): counts, money, rates and rules given by officials, bodies,
companies, unions and documents (operators and overtime, boardings, flats and votes, home loss
payments, trolley counts, planning votes and objections, dam storage and desalination output,
earthquakes and uplift, car entries and fines, tariffs and dividends, cargo and revenue, rents and
allowances, toll rates and passages, E. coli readings and overflow volumes); records ("the highest
for a first half in the port's history", "the heaviest rain in the city in a single night since
August 2022", "the third building of more than ten floors approved in St George's Bay since 2023");
causal claims ("driven mainly by the price of natural gas", "mainly due to lower fertiliser
shipments after ..."); a regulator's rule, a plan's provision and an authority's earlier advice to a
board; and dates fixed by those who run them (a course end, a registration deadline, first offers of
tenancies, a review date, a demonstration, dredging, the next figures). Not worth checking (""):
forecasts ("the hotel would create 160 jobs", "It expects the new rates to bring in NOK 1.46
billion", "she expected cargo for the full year to be about 5% lower"), targets and hopes ("hoped to
restore full service", "hoped to have everyone moved by the end of 2028", "The city's goal is to cut
car traffic by a fifth by 2030"), plans without a fixed date or on a condition ("would reopen “when
two clean samples in a row tell us it is safe ...”", a tunnel "would be finished in 2029"), advice
("It asked people to consider their GP ...", "The department urged households ..."), opinions,
feelings and quotes without a checkable fact, a person's own counts and anecdotes (31 hours on a
trolley, 600 objections collected door to door, a €131 heating bill, NOK 2,300 a month in tolls), a
group's impression without figures ("..., housing managers say"), a health body's description of
symptoms, questions, captions that only describe and lead-ins.

Conventions this set had to settle, in the spirit of `labelled_new.py`, `labelled_new2.py` and the
recent sets:

* A BOX LABEL that names a box and states nothing ("BY THE NUMBERS", "KEY DATES", "KEY POINTS",
  "H1 2027 AT A GLANCE", "LARGEST QUAKES SINCE FRIDAY", "WHAT HAPPENED", "FACTS: The Bergen toll
  ring") is "B", like the "Key findings" label of `labelled_new172.py`; the lines under it are story
  and labelled by what they say. A subhead that states a fact is not a box label ("Cuts start on
  Monday, June 21", "Taxi ranks move to the gates", "Other baths open on Saturday": "W").
* A CORRECTION or CLARIFICATION is the page's note about itself and "B", wherever it sits and
  whatever figure it restates; the corrected figure stands in the story and carries the label there.
* An EDITOR'S NOTE is "B" whether it reports an update, explains the page's times or discloses an
  interest; an author BIO is "B" even when it states a checkable fact about the reporter.
* A PLUG that names a story's people (a podcast or listen-back line, an event promo with the
  reporter) is "B" and carries no speaker: it is the site talking about itself.
* A LIST LINE, TIMELINE LINE, LABEL-LIKE LINE or PIPES LINE in the story is one sentence, "W" when it
  states a fact, date, time, figure or rule (they are bulleted statements of record, not table rows:
  no table with a title and a header row is pasted in this set); a lead-in ending in a colon is "".
  A quote that runs on in the same paragraph without a new verb of saying carries the speaker and
  the cue of the sentence before ("“So I will pay, and I will be angry about it every morning.”").
* A line that OPENS with a Finnish date and its full stop ("10.5. Board approves rise") is one
  sentence; a Finnish clock time "12.00" never ends one.
* NAMES: "Transit director", "Coun.", "Cllr", "Housing convener", "Guild industrial relations
  officer", "Perit", "Dr", "Hon.", "Board chairman", "Agriculture Minister", "Green MP", "Deputy
  mayor", "Port director general", "Managing director" and "Clare TD" are dropped, and so are the
  post-nominals "MSP" and "TD"; Maltese double surnames ("Antonella Grech Sciberras", "Matthew
  Spiteri Borg"), Irish-language names ("Pádraig Ó Catháin", "Aoife Nic Mhathúna"), Norwegian and
  Danish double surnames ("Kjetil Brekke Nygård", "Line Bech Sørensen") and the Lithuanian "UAB"
  prefix ("UAB Baltijos Krova") are kept; an Icelander's second reference is the given name, which
  resolves to the full patronymic name ("Elín Rós said" -> "Elín Rós Hauksdóttir", "Gunnar Þór said",
  "Björn Helgi said", "Ásdís Lára said"); "Mr Ó Catháin", "Mrs Lindsay-Kerr", "Brekke Nygård" and
  "Eide Haugland" resolve to the names as first given. Generic nouns stay as written ("the city",
  "The city", "the council", "the department", "The department", "The commission", "The authority",
  "The group", "the institute", "the student union", "The report"), "It" resolves to the body or
  document as first given (the report to the neighbourhood services committee, UL Hospitals Group,
  the Icelandic Met Office, Isavia, UAB Baltijos Krova, Bergen Bomring AS, HOFOR, the Water
  Development Department), descriptors before a name are dropped ("The coastal group Moviment
  Ħarsien il-Kosta", "the airport operator Isavia", "Stevedoring company UAB Baltijos Krova", "The
  toll company Bergen Bomring AS", "The public transport company Skyss", "The utility HOFOR"), and a
  short form resolves ("Seabreeze Developments said" -> "Seabreeze Developments Ltd", "Bergen Bomring
  said" -> "Bergen Bomring AS", "the Guild said" -> "the Irish Nurses' and Midwives' Guild").
* A standfirst carries the source the body names ("..., housing convener says" -> "Moira
  Lindsay-Kerr"; "Managing director blames ..." -> "Tuomas Lehtovaara"; "..., port authority says" ->
  "the Klaipėda State Seaport Authority"), or the group as written ("NGOs say", "housing managers
  say"); a document or plan acting without a verb of saying carries nobody ("The HSE's winter plan,
  published in October, provided for ...").

And where sentences end: "p.m." inside a sentence ("at 4:20 p.m. on Feb. 2", "after 7 p.m.;", "at 7
p.m. at the Millennium Library") and "St." at a line's end ("510 Main St."); "Feb. 7,", "Feb. 9,", "Sept. 26;"
mid-sentence; "OÜ." before "All rights reserved." and the Lithuanian „...“ company quotes;
"SIA" and "UAB" and "ApS" as prefixes and suffixes without stops; "E. coli" never ends one; decimals
and units ("€71.40/MWh", "48.6m", "M4.1", "3.0km", "0.49%", "NOK 1.46 billion", "9.1 MWh"); minus
signs and brackets in pipes ("(−22.8%)"); arrows ("€468 → €500 a month"); semicolons that never
split (a standfirst, a quote, the "Example:" line, a timeline line, a wire's reporting line); a
question subhead and a quoted question with its attribution ("“Who will swim in the bay when it is
in the shade by two o'clock?” she asked."); and a pitch's question ("Have a story?", "Got a tip?")
and a promo's question ("Can Winnipeg fix its buses?"), each its own "B" sentence.

The pages hold 530 sentences: 224 "B", 212 "W" and 94 ""; 190 sentences carry a
speaker (102 distinct speakers, page by page; 98 distinct labels). `STYLES` describes each
page, its story, its labels and its furniture in order; `CASES` holds 30 split cases written
fresh in the manner of the pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, note,
caption, credit, list item, box label and legal line is a paragraph of its own, except that a caption
and a credit pasted in one line are two sentences of one paragraph); each paragraph a list of
sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent sets: furniture "B"
line by line, whatever it says, never with a speaker; a caption by its content and its credit "B";
headlines and standfirsts never split and flagged by content; a dateline belongs to its lead
sentence; a person is named in full as first given, without titles or roles; a quote over several
sentences carries its speaker and cue in each; "according to X" gives X as written; a channel phrase
after the verb is part of the cue ("told reporters", "told the board", "told Clare Today", "had told
the board") and a fronted one is not ("In a statement, UL Hospitals Group said", "In a statement
after the hearing, Seabreeze Developments said").

Written from scratch for issue 13 in round sixty-one, before any rule was tuned on them and blind to
the engine: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no
engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py` (through `ast`); `def build` in `labelled_articles.py`; the
`[tool.ruff*]` tables of `pyproject.toml`; and, as models of the format, `labelled_new171.py` and
`labelled_new172.py` (their docstrings and `STYLES`, the first page of `labelled_new171.py`, the
first two pages of `labelled_new172.py` and its cases). Coined names were checked for freshness against
the string constants of those two files, through `ast`: one outlet word ("Red River", in
`labelled_new172.py`) was replaced before the file was written; only common words and real places
and bodies still hit.

Every person, outlet, publisher, fund, network, union, guild, co-operative, company, analyst,
association, podcast, event, study, report and figure is invented, and so is every small institution
(the Prairie Transit Workers Union, the Irish Nurses' and Midwives' Guild, Seabreeze Developments
Ltd, Moviment Ħarsien il-Kosta, the Eastern Mediterranean Climate Reporting Network, the Old Town
Traders' Association, AS Daugavas Siltums, Purvciema Nami, UAB Baltijos Krova, UAB Klaipėdos
Konteinerių Terminalas, Neris Capital, Kotiranta, Opiskelijakoti Pirkka, Bergen Bomring AS and the
like). Real countries, cities, towns, districts, streets, bays, dams, peninsulas, mountains,
hospitals, airports, power plants, universities, ports, parliaments, parties, councils, ministries,
agencies, regulators, utilities and other public bodies appear only as settings, with invented
statements and figures: Winnipeg, Portage Avenue, Transcona, Pembina Highway, Main St., the
Millennium Library and Winnipeg Transit; Dundee, Whitfield, Angus, Fife, Dundee City Council and the
Scottish Government; Ennis, Kilrush, Nenagh, Limerick, Cork, Galway, Sligo, University Hospital
Limerick, UL Hospitals Group, the HSE, the Dáil and Coimisiún na Meán; St Julian's, St George's Bay,
Triq San Ġorġ, Swieqi, Gozo, the Planning Authority, the Environment and Resources Authority, the
Environment and Planning Review Tribunal and the National Statistics Office; Limassol, Larnaca,
Nicosia, Paphos, Aradippou, Livadia, Agios Ioannis, Ypsonas, Episkopi, Dhekelia, Kouris, the Water
Development Department and the Meteorological Department; the Reykjanes Peninsula, Grindavík,
Svartsengi, Sýlingarfell, Hagafell, Grindavíkurvegur, Víkurbraut, Keflavík Airport, the University of
Iceland, the Icelandic Met Office, the Department of Civil Protection and Emergency Management and
Isavia; Tallinn, its Old Town, Vene Street, its gates, Linnahall, Lasnamäe, Tartu and Visit Tallinn;
Riga, Purvciems, Pļavnieki, Jelgava, Daugavpils, Jūrmala, Riga City Council and the Public Utilities
Commission; Klaipėda, Gdańsk, Aarhus, the Klaipėda State Seaport
Authority, Lithuanian Railways and the Ministry of Transport and Communications; Tampere, Hervanta,
Kaleva, Tesoma, Keskustori, the Tampere University Student Union and Kela; Bergen, Danmarksplass,
Sotra, Åsane, Haukeland University Hospital, Vestland county council, the Progress Party, Skyss and
the Norwegian Public Roads Administration; and Copenhagen, Islands Brygge, Langebro, Kalvebod
Brygge, Fisketorvet, Sluseholmen, Sandkaj, Kalvebod Bølge, Amager Strand, Nørrebro, the City of
Copenhagen, HOFOR, the Danish Meteorological Institute and the Danish Health Authority.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian NON-PROFIT LOCAL NEWSROOM\'S WEBSITE (Winnipeg), desktop browser paste, TRANSIT SERVICE CUTS: Winnipeg Transit thins service on 11 routes from Feb. 7 because it is 94 operators short. Head: masthead and tagline, menu with "Français", section label (all "B"); headline of record "W"; standfirst "..., the city says" ("W", carrying "the city"); byline, date line and an EDITOR\'S NOTE with "4:20 p.m. on Feb. 2" (all "B"); a caption "" and its bracketed credit in one line ("B"). Body: the lead "the city said Tuesday" ("W"); boardings "according to a report to council\'s public works committee" ("W"); the transit director ("Transit director" dropped) with operators and trainees and a course end date ("W") and a quote (""); a SUBHEAD THAT CARRIES A FACT ("Sunday service ends on Route 47", "W"); a lead-in "" and FOUR LIST LINES of route changes ending ";", ";", "; and", "." ("W"); a MEMBERSHIP APPEAL written as a paragraph of three sentences with "3,900 members" and "$10 a month" and its button (all "B"); the union president with overtime and departures ("W") and a quote with a semicolon (""); a ONE-LINE FACT on starting pay ("W"); a "BY THE NUMBERS" label "B" over a FIGURES-IN-PIPES line ("W"); a councillor ("Coun." dropped) with a plan and a quote (""); the clerk\'s registration deadline ("W"); a MEETING LINE "Public works committee: Tuesday, Feb. 9, 9:30 a.m., Council Building, 510 Main St." ("W", the story\'s own date) against an EVENT PROMO with a question, a date, a time and a place (label and three sentences, all "B"); a rider\'s anecdote and quote (""); a spokesperson\'s missed trips ("W"); a one-line fact ("W"); "The city said it hoped" (a target, ""). Tail: the reporter\'s BIO and contact line, a FUNDING NOTE in two sentences, a republishing label and note, a COMMENT POLICY in two sentences, more-from label and one headline, a footer in pipes (all "B").',
    'Scottish REGIONAL DAILY\'S WEBSITE (Dundee), PHONE BROWSER paste, a HOUSING SAFETY DECISION: the council is to move 168 households out of four RAAC-affected blocks in Whitfield. Head: menu/masthead/subscribe line, crumb (both "B"); headline of record "W"; standfirst "..., housing convener says" ("W", carrying the convener named in the body); byline with role, published/updated line with times, an ACCESSIBILITY line "Listen to this article · 5 min" (all "B"); a caption "" and its credit on its own line ("B"). Body: the lead (no speaker, "W"); panels "according to a report to the council\'s neighbourhood services committee" and the committee vote ("W"); a ONE-LINE FACT on flats and empty flats ("W"); the convener ("Cllr" dropped, later "Mrs Lindsay-Kerr said") with the survey ("W") and a quote (""); a SUBHEAD THAT CARRIES A DATE ("Rehousing to begin on 1 June", "W"); new tenancies and the payment ("W") against "hoped" (""); a SUBSCRIPTION PITCH as a paragraph ("You\'ve read 3 of your 5 free articles ...", with "£1", "B") and its button "B"; "The report said" (kept as written, a cost, "W") and "It said" resolving to the report as first given (a plan, ""); a tenant\'s anecdote and quote in Scots (""); a "KEY DATES" label "B" over FOUR TIMELINE LINES ("October 2026: ...", "3 February 2027: ...", each "W"); a PODCAST PLUG naming the reporter (two sentences, "B"); the opposition spokesman\'s opinion "" and a 2019 report "W"; the MSP ("MSP" after the name dropped) with a count "W" and a plan ""; drop-in sessions "the council said:" and TWO DATE-AND-TIME LINES ("Thursday 22 April, 2pm to 7pm", "W"); "Advertisement" "B"; a spokeswoman\'s count and the removals rule ("W"). Tail: an AWARDS PROMO with a closing date, a link, a comments count, a COMMENT POLICY line, a guidelines link, a more-on label and one headline, a copyright line (all "B").',
    'Irish LOCAL RADIO STATION\'S WEBSITE (Ennis, Co. Clare), APP SHARE paste, a HOSPITAL OVERCROWDING COUNT: 62 patients on trolleys at University Hospital Limerick. Head: a shared-from line, station name, a WEATHER STRIP with "Listen Live", menu, a TEXT-SIZE ACCESSIBILITY line (all "B"); headline of record "W"; a section/date/time line in pipes and byline ("B"); a CORRECTIONS BOX at the top in three sentences, restating a figure ("B"). Body: the lead "according to the Irish Nurses\' and Midwives\' Guild" ("W") and "the Guild said" (short form resolving, "W"); a lead-in "" and FOUR SHORT LABEL-LIKE LINES "University Hospital Limerick – 62" etc. (each "W"); "In a statement, UL Hospitals Group said" (fronted channel, "W") and "It asked" (advice, ""); an OPENING-HOURS LINE in furniture\'s shape ("Ennis, Nenagh and St John\'s injury units: open 8am to 8pm, seven days a week", "W"); the Guild\'s officer (role dropped, Irish name kept whole, later "Mr Ó Catháin said") with a monthly count and the 8am count rule ("W") and a quote (""); the HSE winter plan (a document with no verb of saying, "W"); "Advertisement" and a LISTEN-BACK PLUG naming the officer (two sentences, "B"); a daughter "told Clare Today" with her father\'s 31 hours (a person\'s own account, "") and two quotes (""); the TD ("TD" dropped) with an opinion and a plan (""); a ward block ("W") and "The group said" a future opening (kept as written, ""); a GP ("Dr" dropped) with a weekend count "W" and advice ""; a one-line fact and an HSE spokesperson\'s delayed discharges ("W"). Tail: a SPONSOR LINE for the programme, a posted-in line, an app plug, a contact question and line, a licence line and a copyright line with "DAC" (all "B").',
    'Maltese ONLINE NEWSPAPER\'S AMP PAGE (St Julian\'s), AMP paste, a PLANNING DECISION: the Planning Authority approves a 14-storey hotel at St George\'s Bay despite 3,140 objections. Head: the AMP domain bar, masthead, crumb (all "B"); headline of record "W"; standfirst with a semicolon "Board votes eight to three in favour; NGOs say they will appeal" ("W", carrying "NGOs" as written); byline/date line and a reading-time line ("B"); a caption "" and its credit naming a planning application number in one line ("B"). Body: the decision and the vote (no speaker, "W"); who voted against ("W"); a FIGURES-IN-PIPES line "Height: 14 floors (48.6m) | Rooms: 212 | Site: 3,410 sq m | Objections: 3,140" ("W"); "according to the case officer\'s report" and "The report had recommended" ("W"); the architect ("Perit" dropped, Maltese double surname kept) "told the board" ("W"); the developer\'s lawyer ("Dr" dropped) with a jobs forecast (""); "Seabreeze Developments said" resolving to "Seabreeze Developments Ltd" ("W"); a MEMBERSHIP APPEAL with "4,200 members" and "€5 a month" (three sentences, "B") and its button; the mayor with the council\'s objection ("W") and a quote (""); an objector\'s count of objections she collected ("") and her QUESTION "she asked." (""); the environment authority "had told the board" ("W"); the board chairman (role dropped) (""); a SUBHEAD THAT CARRIES A RECORD ("Third high-rise approved in the bay since 2023", "W") and the record "according to Planning Authority records" ("W"); the coastal group (descriptor dropped, a plan, ""); the appeal rule and the hotel count "according to the National Statistics Office" ("W"); the Opposition spokesperson ("Hon." dropped) (""). Tail: an EDITOR\'S DISCLOSURE NOTE in two sentences, a COMMENT POLICY in two sentences, a WhatsApp line, related label and headline, a sponsored label and house ad, a copyright line, a non-AMP link (all "B").',
    'Cypriot ENGLISH-LANGUAGE DAILY\'S PRINT VIEW (Nicosia), a WATER-RATIONING ANNOUNCEMENT: homes in Limassol and Larnaca lose mains water for 16 hours twice a week as the dams fall to 18.4%. Head: the URL line, masthead, print/email/close line (all "B"); headline of record "W"; standfirst with a semicolon (no speaker, "W"); byline and date line ("B"). Body: the lead "the Water Development Department said on Friday" ("W"); storage "the department said" (kept as written, "W"); a one-line fact on the largest dam ("W"); rainfall "the Meteorological Department said" ("W"); a SUBHEAD THAT CARRIES A DATE ("Cuts start on Monday, June 21", "W") over THREE SCHEDULE LINES with days and hours ("Limassol district, all municipalities: Mondays and Thursdays, 10pm to 2pm the next day", "W", and "Nicosia and Paphos: no cuts for now", "W"); the minister (role dropped) "told reporters" desalination output and a dated extra unit ("W") and a quote (""); a one-line fact on desalination\'s share ("W"); the hotel exemption "the department said" ("W"); the hoteliers\' chairman\'s opinion and quote (""); a SERIES AND FUNDING NOTE in two sentences ("B"); a baker\'s anecdote and QUESTION "she asked." (""); "The department urged" (advice with a phone number, ""); a deputy mayor\'s plan (""); a Green MP\'s opinion "" and an audit figure "W"; the last cuts and the review date, "it said" resolving to the department as first given ("W"); irrigation and park rules ("W"); "The Limassol water board said" tankers ("W"); a farmer\'s plan (""). Tail: a CORRECTION dated June 13 in two sentences, a comments-closed line, tags, a series link, a printed-from line with date and time, a copyright line (all "B").',
    'Icelandic ENGLISH-LANGUAGE MONTHLY MAGAZINE\'S WEBSITE (Reykjavík), READER-MODE paste, an EARTHQUAKE SWARM AND MAGMA BUILD-UP: more than 1,400 quakes on the Reykjanes Peninsula and uplift at Svartsengi. Head, as reader mode leaves it: domain, headline of record "W", byline, date line, reading-time line ("B"); an EDITOR\'S NOTE on updates and on GMT (two sentences, "B"); an AUDIO ACCESSIBILITY NOTE ("B"); a caption "" and its credit ("B"). Body: "The Icelandic Met Office said on Sunday evening that ..." ("W") and "it said" resolving to it ("W"); a "LARGEST QUAKES SINCE FRIDAY" label "B" over THREE TIME-STAMPED STORY LINES ("03:12 Sunday — M4.1, 3.0km NE of Grindavík", each "W", times that belong to the story); the hazards specialist with uplift and magma volume ("W") and her forecast quote with the ICELANDIC GIVEN-NAME second reference "Elín Rós said" (""); a professor with a comparison ("W") and "Björn Helgi said" (""); the civil-protection alert level and the last eruption (no speaker, "W"); the road closure "police said" ("W"); a MEMBERSHIP APPEAL with "1,490 ISK a month" (three sentences, "B"); a resident\'s anecdote and "Gunnar Þór said" (""); the town manager with business counts ("W") and "Ásdís Lára said" (""); two one-line facts on the power plant and its barriers ("W"); a SUBHEAD WITH A SOURCE ("Flights unaffected, Isavia says", "W"), "the airport operator Isavia said" (descriptor dropped) and "It said" ("W"); the next assessment "at 14:00 on Monday" ("W"). Tail: a PODCAST PLUG (two sentences), the editor\'s BIO stating her beat since 2021, a read-more line, a newsletter line, a tip question and an e-mail line (all "B").',
    'Estonian NEWS AGENCY\'S ENGLISH WIRE (Tallinn), PHONE BROWSER paste, a CITY TRAFFIC RULE: Tallinn closes the Old Town to private cars at weekends from June 5. Head: a masthead/menu line, an app prompt, section label (all "B"); headline of record "W"; a published/updated line in pipes, a LISTEN line "machine-read audio" and a MACHINE-TRANSLATION NOTE (all "B"). Body: the dateline "TALLINN, May 11 (BNL) –" with the lead "the city government said on Tuesday" ("W"); a "KEY POINTS" label "B" over FOUR LABEL-LIKE STORY LINES with hours, exemptions, a fine and "Sept. 26;" (each "W"); the deputy mayor (role dropped, later "Valgma said") with camera counts "according to the city\'s traffic cameras" inside her sentence ("W"), the enforcement ("W"), a quote ("") and park-and-ride spaces ("W"); a SUBHEAD THAT CARRIES A FACT ("Taxi ranks move to the gates", "W"); ranks "the city government said" and patrols "The municipal police said" ("W"); visitors "according to Visit Tallinn" ("W"); a FIGURES-IN-PIPES line of car entries ("W"); the traders\' chairman with fears "" and a signature count "W" and a quote (""); the legal rule "the city\'s legal department said" ("W"); a one-line fact on the last closure ("W"); the opposition leader\'s opinion and plan (""); Valgma\'s Tartu comparison ("W"); a resident\'s scepticism and anecdote (""). Tail: "Advertisement", a NEWSLETTER PITCH with "7:00" (two sentences), a reporting/editing line, a copyright line split at "OÜ." before "All rights reserved.", a desk contact line, more-from label and one headline, a share/back-to-top line (all "B").',
    'Latvian WEEKLY MAGAZINE\'S ENGLISH EDITION (Riga), desktop browser paste, a UTILITY TARIFF DECISION: Riga heating bills rise 17.8% from 1 November. Head: masthead, menu, language switcher in pipes, section label (all "B"); headline of record "W"; standfirst "..., housing managers say" (a group\'s impression without figures, "", carrying "housing managers"); a "Text: ... | Photo: ... | date" line ("B"); a caption "" and its credit on its own line ("B"). Body: the regulator\'s approval and the start date (no speaker, "W"); a FIGURES-IN-PIPES line "From 1 November: €71.40/MWh | Now: €60.61/MWh | Change: +17.8%" ("W"); "The commission said" a cause ("W"); the commission\'s rule ("W"); the heat supplier\'s board chairman (role dropped, later "Vītols said") with gas bought ahead ("W"), a plan ("") and a quote (""); an "EXAMPLE:" LINE with a semicolon, a worked cost ("W"); other cities "according to the commission\'s register of tariffs" ("W"); an opposition councillor\'s opinion "" and a dividend "W"; an EVENT PROMO (label, a question, a date/time/address sentence and a ticket price, all "B"); a housing manager\'s impression "", a vote count "W" and a quote ""; "Advertisement" "B"; a SUBHEAD THAT CARRIES A FIGURE ("Heating benefit claims up 12% in a year", "W"); claims "according to the city\'s welfare department" and "The department said" eligibility ("W"); a pensioner\'s bill and quote (own account, ""). Tail: a PODCAST PLUG with a question, a share line, read-also label and headline, a PRINT SUBSCRIPTION HOUSE AD with a price, the reporter\'s BIO, tags, a copyright line with "SIA" and the Latvian reference-required line (all "B").',
    'Lithuanian BUSINESS DAILY\'S AMP PAGE (Vilnius), AMP paste, PORT CARGO STATISTICS: Klaipėda port handles 19.4 million tonnes in the first half, down 6.2%, with a record for containers. Head: AMP bar, masthead, sign-in line in pipes, section label (all "B"); headline of record "W"; standfirst "..., port authority says" ("W", carrying the authority as the body names it); a byline with an ISO date and time and a listen line ("B"). Body: the lead "the Klaipėda State Seaport Authority said on Wednesday" ("W"); an "H1 2027 AT A GLANCE" label "B" over a FIGURES-IN-PIPES line with minus signs and brackets ("W"); "The authority said" a cause (kept as written, "W"); the director general (role dropped, later "Ramanauskas said") with the record and revenue ("W") and a quote (""); a PARTNER-CONTENT label and teaser ("B"); a stevedore with the "UAB" prefix kept (descriptor dropped) and "It said" job cuts ("W"); a container operator\'s count ("W") and its chief executive (""); a SUBHEAD THAT CARRIES A FIGURE ("Rail share falls to 41%", "W") and three one-line facts ("W"); an analyst\'s forecast and quote (""); the ministry\'s dredging dates ("W") and the next figures on 6 October ("W"). Tail: "Advertisement", related label and one headline, an EVENT PROMO IN PIPES ("KRYPTIS LOGISTICS SUMMIT | 23 September 2027 | Klaipėda | Early-bird tickets until 31 July", "B", against the story\'s own pipes line), a newsletter pitch with "7:30", a PODCAST PLUG naming the director, tags, a copyright line with „...“ quotes split before "All rights reserved." and a reproduction line (all "B").',
    'Finnish STUDENT MAGAZINE\'S ENGLISH PAGE (Tampere), PRINT VIEW paste, a STUDENT RENT RISE: the housing foundation Kotiranta raises rents 6.9% from 1 August. Head: the URL line, masthead, a PRINTED line with a Finnish date and time "12.5.2027 14.06" (all "B"); headline of record "W"; standfirst "Managing director blames ..." ("W", carrying him); a text/translation/date line and a PUBLISHER\'S INDEPENDENCE NOTE ("B"). Body: the lead (no speaker, "W"); the managing director (role dropped, later "Lehtovaara said") with interest costs and the property tax ("W") and a quote (""); a lead-in "" and THREE ARROW LINES "24 m² studio in Hervanta: €468 → €500 a month" (each "W"); the union board member "called" ("") and the allowance arithmetic ("W"); a CORRECTION in two sentences mid-page ("B"); a QUESTION SUBHEAD (""); a Kela spokesperson with a count and the reporting rule, "the spokesperson said" resolving ("W"); empty flats, the last rise and the tax rate ("W"); a student\'s anecdote, QUESTION "she asked." and her work hours (""); the union\'s DEMONSTRATION "at 12.00 on Thursday 20 May" ("W", the organiser\'s date) and a quote (""); the other landlord\'s rise and the notice date ("W"); a "KEY DATES" label "B" over THREE LINES THAT OPEN WITH A FINNISH DATE AND ITS FULL STOP ("10.5. Board approves rise", each one sentence, "W"). Tail: a Finnish-language link with "6,9", a two-sentence about/tips block, a PRINT-RUN LINE with "4,000 copies" and the page count "1/1" (all "B").',
    'Norwegian REGIONAL NEWSPAPER\'S TRANSLATED PAGE (Bergen), READER-MODE paste, ROAD TOLL RATES: Bergen\'s toll ring rises to NOK 64 at rush hour from 1 March. Head, as reader mode leaves it: domain, headline of record "W", byline, a Norwegian date line "10.02.2027", reading time ("B"); a TRANSLATION NOTE and a read-in-Norwegian link ("B"); a caption "" and its credit ("B"). Body: the lead (no speaker, "W") and the start time "from 00:00 on 1 March" ("W"); a FIGURES-IN-PIPES line of four rates and a RUSH-HOUR TIMES LINE (each "W"); the toll company (descriptor dropped) with passages ("W") and "It expects" (forecast, ""); the committee leader (later "Brekke Nygård said") with where the money goes ("W"), a quote and a plan (""); the Progress Party group leader (later "Eide Haugland said") with an opinion "", a vote "W" and a quote ""; a SUBSCRIPTION PITCH with "NOK 1" (two sentences, "B"); a one-line fact ("W"); traffic "according to the Norwegian Public Roads Administration" ("W") and the city\'s goal (a target, ""); "The public transport company Skyss said" added departures ("W"); a nurse\'s tolls, quote and a QUOTE CONTINUING WITHOUT ATTRIBUTION (all ""); "Bergen Bomring said" (short form resolving) the discount ("W"); a "FACTS:" box label "B" over FOUR LABEL-LIKE RULE LINES ("Toll stations: 62", "Hourly rule: ...", each "W"). Tail: a PODCAST PLUG, the reporter\'s BIO, an ETHICS-CODE LINE and an editor-in-chief line (all "B").',
    'Danish ENGLISH-LANGUAGE COMMUNITY NEWS SITE (Copenhagen), PHONE BROWSER paste, a BATHING-WATER CLOSURE: the Islands Brygge harbour bath closes after an E. coli reading of 3,100 per 100 ml. Head: a menu/masthead/search line, section label ("B"); headline of record "W"; a byline/date/time line, a LISTEN line and a DANISH-VERSION NOTE (all "B"). Body: the lead "the City of Copenhagen said" and the limit "the city said" (kept as written, "W"); a "WHAT HAPPENED" label "B" over FOUR TIMELINE LINES that open with a day and a time ("Friday, 22:40: ...", "Sunday, 06:00: New samples at all harbour baths", each "W"); rain "according to the Danish Meteorological Institute" and "the institute said" (kept as written, a record, "W"); "The utility HOFOR said" (descriptor dropped) an overflow volume ("W") and "It said" a tunnel plan (""); the mayor for technical and environmental affairs (role dropped, later "Bech Sørensen said") with a conditional reopening (""), closures and lifeguards ("W"); the health authority\'s description of symptoms (general information, ""); a MEMBERSHIP APPEAL with "40 kroner a month" (three sentences, "B"); a SUBHEAD THAT CARRIES A FACT ("Other baths open on Saturday", "W") over FOUR SHORT LABEL-LIKE LINES ("Fisketorvet: open", "Kalvebod Bølge: closed for repairs until 15 July", each "W"); the testing routine "by 10:30" ("W") and last summer\'s closures ("W"); a swimmer\'s anecdote and quote (""). Tail: a newsletter line, a share/follow line, a COMMENT POLICY WITH HOURS "between 09:00 and 16:00" (two sentences), an ALT-TEXT ACCESSIBILITY NOTE, a tips line, read-next label and one headline, a company line with "ApS" and a CVR number (all "B").',
]

ARTICLES = [
    [
        [
            ("RIVERBANK CURRENT", "", "", "B"),
            ("Independent, non-profit news for Winnipeg", "", "", "B"),
        ],
        [
            (
                "City Hall   Transit   Schools   Health   Indigenous Affairs   Opinion   Events   Donate   Français",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Transit", "", "", "B"),
        ],
        [
            (
                "Winnipeg Transit to cut frequency on 11 routes as operator vacancies reach 94",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fewer buses from Sunday, Feb. 7, on routes that carry a third of weekday riders, the city says",
                "the city",
                "says",
                "W",
            ),
        ],
        [
            ("By Maëlle Fontaine-Rudd", "", "", "B"),
        ],
        [
            ("Feb. 2, 2027", "", "", "B"),
        ],
        [
            (
                "Editor's note: This story was updated at 4:20 p.m. on Feb. 2 to add comment from the operators' union.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("A Route 11 bus heads east on Portage Avenue on Monday afternoon.", "", "", ""),
            ("(Maëlle Fontaine-Rudd / Riverbank Current)", "", "", "B"),
        ],
        [
            (
                "Winnipeg Transit will run fewer buses on 11 routes from Sunday, Feb. 7, because it is 94 bus operators short, the city said Tuesday.",
                "the city",
                "said",
                "W",
            ),
            (
                "The 11 routes carried about 34 per cent of weekday boardings last fall, according to a report to council's public works committee.",
                "a report to council's public works committee",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Transit director Colleen Ashdown-Peters said the service had 1,086 operators on the road against a budget for 1,180, and that 36 trainees were now in class.",
                "Colleen Ashdown-Peters",
                "said",
                "W",
            ),
            (
                "She said the class would finish its seven-week course on March 26.",
                "Colleen Ashdown-Peters",
                "said",
                "W",
            ),
            (
                "“We would rather tell riders now that a bus comes every 15 minutes than leave them standing in the cold for one that never shows,” she said.",
                "Colleen Ashdown-Peters",
                "said",
                "",
            ),
        ],
        [
            ("Sunday service ends on Route 47", "", "", "W"),
        ],
        [
            ("Under the revised schedule:", "", "", ""),
        ],
        [
            (
                "Route 11 (Portage–Kildonan) runs every 15 minutes instead of every 10 on weekdays;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Route 18 (North Main–Corydon) runs every 20 minutes instead of every 15 after 7 p.m.;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Route 47 (Transcona–Pembina) loses its Sunday service until further notice; and",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Eight other routes each lose one or two trips in the morning and afternoon rush.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Current is a non-profit newsroom, and everything we publish is free to read.",
                "",
                "",
                "B",
            ),
            (
                "About two-thirds of our budget comes from 3,900 members who give what they can.",
                "",
                "",
                "B",
            ),
            ("If this story helped you plan your week, join them for $10 a month.", "", "", "B"),
        ],
        [
            ("Become a member →", "", "", "B"),
        ],
        [
            (
                "Raj Dhillon-Moore, president of Local 88 of the Prairie Transit Workers Union, said operators had worked 61,400 hours of overtime in 2026, almost double the 2024 total.",
                "Raj Dhillon-Moore",
                "said",
                "W",
            ),
            (
                "He said 41 operators had quit or retired in the last six months of the year.",
                "Raj Dhillon-Moore",
                "said",
                "W",
            ),
            (
                "“People aren't leaving over pay; they're leaving because they're worn out and they don't feel safe at the back of a bus at midnight,” he said.",
                "Raj Dhillon-Moore",
                "said",
                "",
            ),
        ],
        [
            (
                "Starting pay for a new operator is $24.87 an hour under the collective agreement.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BY THE NUMBERS", "", "", "B"),
        ],
        [
            (
                "Operators budgeted: 1,180 | On the road: 1,086 | In training: 36 | Overtime hours in 2026: 61,400",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Coun. Théo Labossière, who chairs the public works committee, said he would ask the department at the committee's Feb. 9 meeting for monthly reports on missed trips.",
                "Théo Labossière",
                "said",
                "",
            ),
            (
                "“Riders in Transcona pay the same fare as everyone else, and they just lost their Sunday bus,” he said.",
                "Théo Labossière",
                "said",
                "",
            ),
        ],
        [
            (
                "Delegations who want to speak at that meeting must register by noon on Monday, Feb. 8, the city clerk's office said.",
                "the city clerk's office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Public works committee: Tuesday, Feb. 9, 9:30 a.m., Council Building, 510 Main St.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("CURRENT LIVE", "", "", "B"),
        ],
        [
            ("Can Winnipeg fix its buses?", "", "", "B"),
            (
                "Join Maëlle Fontaine-Rudd and guests for a free evening of questions and answers on Thursday, Feb. 18, at 7 p.m. at the Millennium Library.",
                "",
                "",
                "B",
            ),
            ("Register at riverbankcurrent.ca/live.", "", "", "B"),
        ],
        [
            (
                "Precious Okafor-Lavallée, who rides Route 47 from Transcona to a Sunday shift at a care home on Pembina Highway, said she would now need two buses and would have to leave an hour earlier.",
                "Precious Okafor-Lavallée",
                "said",
                "",
            ),
            (
                "“Or I pay $22 each way for a cab, which is half of what I make that day,” she said.",
                "Precious Okafor-Lavallée",
                "said",
                "",
            ),
        ],
        [
            (
                "A city spokesperson said Transit had cancelled 2.8 per cent of scheduled trips in January because no operator was available, up from 0.9 per cent a year earlier.",
                "A city spokesperson",
                "said",
                "W",
            ),
            ("Transit last cut frequency for staffing reasons in September 2022.", "", "", "W"),
        ],
        [
            (
                "The city said it hoped to restore full service with the June schedule change.",
                "The city",
                "said",
                "",
            ),
        ],
        [
            ("Maëlle Fontaine-Rudd covers transit and city hall for the Current.", "", "", "B"),
            ("Reach her at maelle@riverbankcurrent.ca or on Signal at 204-555-0148.", "", "", "B"),
        ],
        [
            (
                "This article was produced with support from the Assiniboine Civic Reporting Fund.",
                "",
                "",
                "B",
            ),
            ("The fund has no say in what we cover or how we cover it.", "", "", "B"),
        ],
        [
            ("Republish this story", "", "", "B"),
        ],
        [
            (
                "Our stories are free to republish under a Creative Commons licence, as long as you credit the Current and link back to us.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Comments are open to members.", "", "", "B"),
            (
                "We remove comments that name private individuals, make accusations we can't verify or attack other readers.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("More from City Hall", "", "", "B"),
        ],
        [
            ("Council freezes downtown parking rates for a second year", "", "", "B"),
        ],
        [
            ("© 2027 Riverbank Current Inc. | Privacy | Accessibility | Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   THE TAY RECORD   Subscribe", "", "", "B"),
        ],
        [
            ("News › Dundee", "", "", "B"),
        ],
        [
            ("Dundee council to move 168 households out of RAAC flats in Whitfield", "", "", "W"),
        ],
        [
            (
                "Crumbling concrete panels found in the roofs of all four blocks, housing convener says",
                "Moira Lindsay-Kerr",
                "says",
                "W",
            ),
        ],
        [
            ("Kirsty Mathieson-Reid, Council Reporter", "", "", "B"),
        ],
        [
            ("Published: 08:14, 20 April 2027 · Updated: 11:02, 20 April 2027", "", "", "B"),
        ],
        [
            ("🎧 Listen to this article · 5 min", "", "", "B"),
        ],
        [
            ("Four blocks in Whitfield were surveyed between October and February.", "", "", ""),
        ],
        [
            ("Picture: Tay Record", "", "", "B"),
        ],
        [
            (
                "Dundee City Council is to move 168 households out of four blocks of flats in Whitfield after surveys found reinforced autoclaved aerated concrete (RAAC) in their roofs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The panels were found in all four blocks, and 23 of them showed cracking or water damage, according to a report to the council's neighbourhood services committee.",
                "a report to the council's neighbourhood services committee",
                "according to",
                "W",
            ),
            (
                "Councillors backed the move by 19 votes to 6 at a meeting on Monday night.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The four blocks have 192 flats, of which 24 are empty.", "", "", "W"),
        ],
        [
            (
                "Housing convener Cllr Moira Lindsay-Kerr said the blocks, built in 1968, had been checked as part of a survey of every council building put up between 1955 and 1985.",
                "Moira Lindsay-Kerr",
                "said",
                "W",
            ),
            (
                "“Nobody's ceiling is going to fall in tonight, but I will not ask families to live under a roof we can't vouch for,” she said.",
                "Moira Lindsay-Kerr",
                "said",
                "",
            ),
        ],
        [
            ("Rehousing to begin on 1 June", "", "", "W"),
        ],
        [
            (
                "Mrs Lindsay-Kerr said the first households would be offered new tenancies from 1 June and that every tenant would receive a £1,750 home loss payment.",
                "Moira Lindsay-Kerr",
                "said",
                "W",
            ),
            (
                "She said the council hoped to have everyone moved by the end of 2028.",
                "Moira Lindsay-Kerr",
                "said",
                "",
            ),
        ],
        [
            ("You've read 3 of your 5 free articles this month.", "", "", "B"),
            (
                "For £1 for your first three months, get unlimited access to the stories that matter in Dundee, Angus and Fife, and help keep local journalism alive.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            (
                "The report said rehousing, including removals and home loss payments, would cost about £6.2 million.",
                "The report",
                "said",
                "W",
            ),
            (
                "It said a decision on whether to repair or demolish the blocks would be taken in 2028.",
                "a report to the council's neighbourhood services committee",
                "said",
                "",
            ),
        ],
        [
            (
                "Aileen Duthie, 71, who has lived in one of the blocks for 34 years, said she had heard about the survey from a neighbour's Facebook post.",
                "Aileen Duthie",
                "said",
                "",
            ),
            (
                "“They cannae tell me where I'm going, or when, or whether I can take the cat,” she said.",
                "Aileen Duthie",
                "said",
                "",
            ),
        ],
        [
            ("KEY DATES", "", "", "B"),
        ],
        [
            ("October 2026: Survey of council buildings from 1955–85 begins", "", "", "W"),
        ],
        [
            ("3 February 2027: RAAC confirmed in all four Whitfield blocks", "", "", "W"),
        ],
        [
            ("19 April 2027: Committee backs rehousing by 19 votes to 6", "", "", "W"),
        ],
        [
            ("1 June 2027: First offers of new tenancies", "", "", "W"),
        ],
        [
            (
                "🎧 On this week's Tay Talk, Kirsty Mathieson-Reid explains what RAAC is and how it ended up in Whitfield.",
                "",
                "",
                "B",
            ),
            ("Listen on Spotify, Apple Podcasts or wherever you get your podcasts.", "", "", "B"),
        ],
        [
            (
                "Graeme Soutar, the Conservative group's housing spokesman, said the council “should have known about this years ago”.",
                "Graeme Soutar",
                "said",
                "",
            ),
            (
                "He said a 2019 condition report on the blocks had listed the roofs as needing “further investigation”.",
                "Graeme Soutar",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fiona Rattray MSP, whose constituency includes Whitfield, said 11 tenants had contacted her office since Monday.",
                "Fiona Rattray",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said she would ask the Scottish Government to help the council with the cost.",
                "Fiona Rattray",
                "said",
                "",
            ),
        ],
        [
            (
                "Tenants can speak to housing officers at drop-in sessions in the Whitfield Centre, the council said:",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("Thursday 22 April, 2pm to 7pm", "", "", "W"),
        ],
        [
            ("Saturday 24 April, 10am to 1pm", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "A council spokeswoman said 14 of the 168 households had already asked to move to other parts of the city.",
                "A council spokeswoman",
                "said",
                "W",
            ),
            (
                "She said tenants would not be charged for removals or for reconnecting their gas and electricity.",
                "A council spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("Tay Record Business Awards 2027: nominations close on 30 April.", "", "", "B"),
        ],
        [
            ("Find out more", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            (
                "Please keep comments respectful and on topic, and don't post anyone's personal details.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read our community guidelines", "", "", "B"),
        ],
        [
            ("MORE ON RAAC", "", "", "B"),
        ],
        [
            ("RAAC: the full list of Tayside schools checked since 2023", "", "", "B"),
        ],
        [
            ("© Tayport News Group Ltd 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Clare Coast FM app", "", "", "B"),
        ],
        [
            ("CLARE COAST FM 95.8", "", "", "B"),
        ],
        [
            ("Ennis 6°C ☁   ▶ Listen Live", "", "", "B"),
        ],
        [
            ("News · Sport · Death Notices · Listen Live", "", "", "B"),
        ],
        [
            ("Text size:  A  A+  A++", "", "", "B"),
        ],
        [
            ("62 patients on trolleys at UHL as hospital asks public to avoid ED", "", "", "W"),
        ],
        [
            ("Local News | Wednesday, 13 January 2027 | 10:42", "", "", "B"),
        ],
        [
            ("By Siobhán Ní Mhurchú", "", "", "B"),
        ],
        [
            (
                "CORRECTION: An earlier version of this article gave the trolley figure for Cork University Hospital as 14.",
                "",
                "",
                "B",
            ),
            ("The correct figure is 41.", "", "", "B"),
            ("We apologise for the error.", "", "", "B"),
        ],
        [
            (
                "There are 62 patients waiting on trolleys at University Hospital Limerick this morning, the highest number at any hospital in the country, according to the Irish Nurses' and Midwives' Guild.",
                "the Irish Nurses' and Midwives' Guild",
                "according to",
                "W",
            ),
            (
                "The national total is 563, up from 488 on Monday, the Guild said.",
                "the Irish Nurses' and Midwives' Guild",
                "said",
                "W",
            ),
        ],
        [
            ("Worst affected this morning:", "", "", ""),
        ],
        [
            ("University Hospital Limerick – 62", "", "", "W"),
        ],
        [
            ("Cork University Hospital – 41", "", "", "W"),
        ],
        [
            ("University Hospital Galway – 38", "", "", "W"),
        ],
        [
            ("Sligo University Hospital – 27", "", "", "W"),
        ],
        [
            (
                "In a statement, UL Hospitals Group said its emergency department had seen 287 patients on Tuesday, 71 of them aged over 75.",
                "UL Hospitals Group",
                "said",
                "W",
            ),
            (
                "It asked people to consider their GP, the out-of-hours service or a local injury unit before coming to the ED.",
                "UL Hospitals Group",
                "asked",
                "",
            ),
        ],
        [
            (
                "Ennis, Nenagh and St John's injury units: open 8am to 8pm, seven days a week",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Guild industrial relations officer Pádraig Ó Catháin said more than 1,900 patients had been treated on trolleys at UHL so far this month.",
                "Pádraig Ó Catháin",
                "said",
                "W",
            ),
            (
                "“Our members are walking every morning into corridors full of elderly people who have been there all night,” he said.",
                "Pádraig Ó Catháin",
                "said",
                "",
            ),
            (
                "Mr Ó Catháin said the Guild counts patients on trolleys at 8am every weekday.",
                "Pádraig Ó Catháin",
                "said",
                "W",
            ),
        ],
        [
            (
                "The HSE's winter plan, published in October, provided for 310 extra acute beds nationally by the end of December.",
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
                "Listen back: Pádraig Ó Catháin spoke to Ronan Hehir on Clare Today this morning.",
                "",
                "",
                "B",
            ),
            (
                "The full interview is on the Clare Coast FM app and wherever you get your podcasts.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Noreen Considine from Kilrush told Clare Today that her 84-year-old father had spent 31 hours on a trolley before he got a bed on Tuesday night.",
                "Noreen Considine",
                "told Clare Today",
                "",
            ),
            (
                "“The nurses were run off their feet; nobody there did anything wrong,” she said.",
                "Noreen Considine",
                "said",
                "",
            ),
            (
                "“But he's 84, and he was lying under a fluorescent light for a day and a half,” she said.",
                "Noreen Considine",
                "said",
                "",
            ),
        ],
        [
            (
                "Clare TD Deirdre Keaveney said the figures were “a scandal that comes round every January like the bin charges”.",
                "Deirdre Keaveney",
                "said",
                "",
            ),
            (
                "She said she would raise them with the Minister for Health in the Dáil on Thursday.",
                "Deirdre Keaveney",
                "said",
                "",
            ),
        ],
        [
            ("A 96-bed ward block opened at the hospital in March 2026.", "", "", "W"),
            (
                "The group said a second block of the same size was due to open in 2029.",
                "The group",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Aoife Nic Mhathúna, who chairs the Clare out-of-hours GP co-operative, said its three centres had seen 412 patients over the weekend, about a third more than on a normal January weekend.",
                "Aoife Nic Mhathúna",
                "said",
                "W",
            ),
            (
                "“Ring us first; we can often sort it out without a trip to Limerick,” she said.",
                "Aoife Nic Mhathúna",
                "said",
                "",
            ),
        ],
        [
            ("Nenagh's injury unit treated 9,870 patients in 2026.", "", "", "W"),
        ],
        [
            (
                "A spokesperson for the HSE said 44 patients at UHL were medically fit to leave but were waiting for a nursing home place or home care.",
                "A spokesperson for the HSE",
                "said",
                "W",
            ),
        ],
        [
            ("Clare Today is brought to you by Markham & Daughters Hardware, Ennis.", "", "", "B"),
        ],
        [
            ("Posted in: Local News, Health", "", "", "B"),
        ],
        [
            ("Get the latest news from Clare and beyond on the Clare Coast FM app.", "", "", "B"),
        ],
        [
            ("Have a story?", "", "", "B"),
            ("Email news@clarecoastfm.ie or WhatsApp 087 555 0193.", "", "", "B"),
        ],
        [
            ("Clare Coast FM is licensed by Coimisiún na Meán.", "", "", "B"),
        ],
        [
            ("© Clare Coast Broadcasting DAC 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ lighthousemalta.com", "", "", "B"),
        ],
        [
            ("LIGHTHOUSE", "", "", "B"),
        ],
        [
            ("Local › Planning", "", "", "B"),
        ],
        [
            (
                "PA approves 14-storey hotel at St George's Bay despite 3,140 objections",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Board votes eight to three in favour; NGOs say they will appeal", "NGOs", "say", "W"),
        ],
        [
            ("Karl Azzopardi Mifsud   Thursday, 17 June 2027, 18:45", "", "", "B"),
        ],
        [
            ("Reading time: 4 min", "", "", "B"),
        ],
        [
            ("An artist's impression of the hotel, seen from across St George's Bay.", "", "", ""),
            ("Image: planning application PA/04412/26", "", "", "B"),
        ],
        [
            (
                "The Planning Authority on Thursday approved a 14-storey, 212-room hotel at St George's Bay in St Julian's, despite 3,140 objections from residents and environmental groups.",
                "",
                "",
                "W",
            ),
            ("The board voted eight to three in favour.", "", "", "W"),
        ],
        [
            (
                "The three members who voted against were the two representing the local councils and the member nominated by environmental NGOs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Height: 14 floors (48.6m) | Rooms: 212 | Site: 3,410 sq m | Objections: 3,140",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The site, now occupied by a three-storey guesthouse built in the 1960s, lies partly outside the development zone, according to the case officer's report.",
                "the case officer's report",
                "according to",
                "W",
            ),
            (
                "The report had recommended refusal, as the area's height policy allows no more than ten floors.",
                "The report",
                "had recommended",
                "W",
            ),
        ],
        [
            (
                "The developer's architect, Perit Antonella Grech Sciberras, told the board that the four extra floors were allowed under the 2014 policy on hotel heights because the project would be a five-star hotel.",
                "Antonella Grech Sciberras",
                "told the board",
                "W",
            ),
            (
                "Dr Matthew Spiteri Borg, who appeared for the developer, Seabreeze Developments Ltd, said the hotel would create 160 jobs.",
                "Matthew Spiteri Borg",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement after the hearing, Seabreeze Developments said it had bought the site in 2024 for €18.5 million.",
                "Seabreeze Developments Ltd",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lighthouse is owned by its journalists and answers to no party and no developer.",
                "",
                "",
                "B",
            ),
            ("More than 4,200 members keep our reporting free for everyone to read.", "", "", "B"),
            ("Join them from €5 a month.", "", "", "B"),
        ],
        [
            ("Become a member", "", "", "B"),
        ],
        [
            (
                "St Julian's mayor Roberta Cassar said the local council had filed its own objection in March, signed by all nine councillors.",
                "Roberta Cassar",
                "said",
                "W",
            ),
            (
                "“The people of Triq San Ġorġ will be looking at a concrete wall instead of the sea,” she said.",
                "Roberta Cassar",
                "said",
                "",
            ),
        ],
        [
            (
                "Claudette Borg Cardona, who has lived on Triq San Ġorġ since 1987, said she had collected 600 of the objections door to door.",
                "Claudette Borg Cardona",
                "said",
                "",
            ),
            (
                "“Who will swim in the bay when it is in the shade by two o'clock?” she asked.",
                "Claudette Borg Cardona",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Environment and Resources Authority had told the board in May that the project needed an environmental impact assessment, which was completed in 2026.",
                "the Environment and Resources Authority",
                "had told the board",
                "W",
            ),
        ],
        [
            (
                "Board chairman Joseph Farrugia Tonna said the board had decided the case “on planning grounds alone”.",
                "Joseph Farrugia Tonna",
                "said",
                "",
            ),
        ],
        [
            ("Third high-rise approved in the bay since 2023", "", "", "W"),
        ],
        [
            (
                "The hotel is the third building of more than ten floors approved in St George's Bay since 2023, according to Planning Authority records.",
                "Planning Authority records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The coastal group Moviment Ħarsien il-Kosta said it would appeal to the Environment and Planning Review Tribunal.",
                "Moviment Ħarsien il-Kosta",
                "said",
                "",
            ),
            (
                "Appeals must be filed within 30 days of the decision's publication in the Government Gazette.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "St Julian's already has 41 hotels with about 9,800 beds, according to the National Statistics Office.",
                "the National Statistics Office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Opposition planning spokesperson Hon. Ryan Vella Bonnici said the decision showed that the height policy “is whatever the developer needs it to be”.",
                "Ryan Vella Bonnici",
                "said",
                "",
            ),
        ],
        [
            (
                "Editor's note: Lighthouse's editor is a member of Moviment Ħarsien il-Kosta.",
                "",
                "",
                "B",
            ),
            ("He took no part in the preparation of this report.", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            (
                "We do not publish comments that are defamatory, abusive or off topic, or that are posted under a name other than your own.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow Lighthouse on WhatsApp for breaking news.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Tribunal sends Swieqi apartment block back to PA", "", "", "B"),
        ],
        [
            ("Sponsored", "", "", "B"),
        ],
        [
            ("Win a weekend for two in Gozo: enter our readers' draw", "", "", "B"),
        ],
        [
            ("© 2027 Lighthouse Media Co-operative Ltd", "", "", "B"),
        ],
        [
            ("View non-AMP version", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://cypruseveningmail.com.cy/cyprus/2027/06/12/water-cuts-limassol-larnaca/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE CYPRUS EVENING MAIL", "", "", "B"),
        ],
        [
            ("🖨 Print   ✉ Email   ✕ Close", "", "", "B"),
        ],
        [
            (
                "Water cut to Limassol and Larnaca homes twice a week as dams fall to 18.4%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Cuts of 16 hours from June 21; hotels exempt until the end of September",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Stella Charalambidou", "", "", "B"),
        ],
        [
            ("June 12, 2027", "", "", "B"),
        ],
        [
            (
                "Homes in Limassol and Larnaca will have their mains water cut for 16 hours twice a week from Monday, June 21, the Water Development Department said on Friday.",
                "the Water Development Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The dams held 53.6 million cubic metres on Friday, 18.4 per cent of their capacity, compared with 31.2 per cent a year ago, the department said.",
                "the department",
                "said",
                "W",
            ),
            ("Kouris, the island's largest dam, was at 9.7 per cent.", "", "", "W"),
        ],
        [
            (
                "Rainfall between October and March was 61 per cent of the long-term average, the Meteorological Department said.",
                "the Meteorological Department",
                "said",
                "W",
            ),
        ],
        [
            ("Cuts start on Monday, June 21", "", "", "W"),
        ],
        [
            (
                "Limassol district, all municipalities: Mondays and Thursdays, 10pm to 2pm the next day",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Larnaca, Aradippou and Livadia: Tuesdays and Fridays, 10pm to 2pm the next day",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nicosia and Paphos: no cuts for now", "", "", "W"),
        ],
        [
            (
                "Agriculture Minister Panayiota Ioannou told reporters in Nicosia that the desalination plants at Dhekelia and Larnaca were producing 148,000 cubic metres a day, their full capacity.",
                "Panayiota Ioannou",
                "told reporters",
                "W",
            ),
            (
                "She said a mobile desalination unit at Episkopi would add 15,000 cubic metres a day from August 1.",
                "Panayiota Ioannou",
                "said",
                "W",
            ),
            (
                "“We are asking people to treat every litre as if it were the last one in the tank, because in some villages it nearly is,” she said.",
                "Panayiota Ioannou",
                "said",
                "",
            ),
        ],
        [
            (
                "In a normal year, desalination supplies about 40 per cent of the island's drinking water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hotels will be exempt until September 30 under an agreement with the Limassol and Larnaca hoteliers' associations, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "Christos Neophytou, who chairs the Limassol hoteliers' association, said the exemption was “fair, because tourists pay for the water they use”.",
                "Christos Neophytou",
                "said",
                "",
            ),
            (
                "“A hotel guest who cannot shower will not come back, and neither will his friends,” he said.",
                "Christos Neophytou",
                "said",
                "",
            ),
        ],
        [
            (
                "This article is part of Dry Island, a series on water in Cyprus produced with support from the Eastern Mediterranean Climate Reporting Network.",
                "",
                "",
                "B",
            ),
            ("The network had no role in choosing or editing our stories.", "", "", "B"),
        ],
        [
            (
                "Maria Antoniou, who runs a bakery in Agios Ioannis, Limassol, said she would have to buy a second two-tonne tank for €480.",
                "Maria Antoniou",
                "said",
                "",
            ),
            (
                "“Do they think bread is made without water?” she asked.",
                "Maria Antoniou",
                "asked",
                "",
            ),
        ],
        [
            (
                "The department urged households to fill roof tanks before 10pm on cut days and to report leaks on 22 555 014.",
                "The department",
                "urged",
                "",
            ),
        ],
        [
            (
                "Larnaca's deputy mayor, Andri Kyprianou, said the municipality would open the showers at its swimming pool to residents on cut days.",
                "Andri Kyprianou",
                "said",
                "",
            ),
        ],
        [
            (
                "Green MP Kyriacos Loizou said the government had “sat on” plans for a third desalination plant since 2021.",
                "Kyriacos Loizou",
                "said",
                "",
            ),
            (
                "He said a 2026 audit had found that 32 per cent of the water put into the Limassol network was lost through leaks.",
                "Kyriacos Loizou",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cuts to household supply were last imposed in the summer of 2019, the department said.",
                "the department",
                "said",
                "W",
            ),
            (
                "The schedule will be reviewed on July 30, it said.",
                "the Water Development Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Farmers in the Kouris valley will receive 30 per cent less irrigation water than last summer, and watering of public parks is banned between 8am and 8pm, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Limassol water board said tankers would supply 14 hill villages whose own boreholes had run dry.",
                "The Limassol water board",
                "said",
                "W",
            ),
            (
                "Panicos Charalambous, who grows citrus near Ypsonas, said he would let the oldest of his 400 trees die to save the younger ones.",
                "Panicos Charalambous",
                "said",
                "",
            ),
        ],
        [
            (
                "Correction, June 13: An earlier version of this article said cuts in Larnaca would fall on Wednesdays and Saturdays.",
                "",
                "",
                "B",
            ),
            ("They will fall on Tuesdays and Fridays.", "", "", "B"),
        ],
        [
            ("Comments are closed for this article.", "", "", "B"),
        ],
        [
            ("Tags: water, drought, Limassol, Larnaca", "", "", "B"),
        ],
        [
            (
                "More in the Dry Island series: Why Cyprus loses a third of its water before it reaches a tap",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Printed from cypruseveningmail.com.cy on 13/06/2027 at 09:12", "", "", "B"),
        ],
        [
            ("© Evening Mail Publishing Ltd, Nicosia, 2027", "", "", "B"),
        ],
    ],
    [
        [
            ("reykjavikreview.is", "", "", "B"),
        ],
        [
            (
                "More than 1,400 earthquakes shake Reykjanes as magma builds under Svartsengi",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Hrafnhildur Jónsdóttir", "", "", "B"),
        ],
        [
            ("March 7, 2027", "", "", "B"),
        ],
        [
            ("6–7 minutes", "", "", "B"),
        ],
        [
            (
                "Editor's note: We are updating this story as the Met Office releases new data.",
                "",
                "",
                "B",
            ),
            ("Times are given in GMT, which is Icelandic local time all year round.", "", "", "B"),
        ],
        [
            (
                "An audio version of this article, read by a synthetic voice, is available to members.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Steam rises from the Svartsengi power plant on Sunday morning.", "", "", ""),
            ("Photo: Reykjavík Review / Kári Steinn Davíðsson", "", "", "B"),
        ],
        [
            (
                "The Icelandic Met Office said on Sunday evening that it had recorded 1,462 earthquakes on the Reykjanes Peninsula since midnight on Friday, most of them along a line between Sýlingarfell and Hagafell, north of Grindavík.",
                "the Icelandic Met Office",
                "said",
                "W",
            ),
            (
                "The largest, of magnitude 4.1, struck at 03:12 on Sunday about 3km north-east of Grindavík, it said.",
                "the Icelandic Met Office",
                "said",
                "W",
            ),
        ],
        [
            ("LARGEST QUAKES SINCE FRIDAY", "", "", "B"),
        ],
        [
            ("03:12 Sunday — M4.1, 3.0km NE of Grindavík", "", "", "W"),
        ],
        [
            ("22:47 Saturday — M3.6, under Sýlingarfell", "", "", "W"),
        ],
        [
            ("05:31 Sunday — M3.3, 1.5km W of Hagafell", "", "", "W"),
        ],
        [
            (
                "Elín Rós Hauksdóttir, a natural hazards specialist at the Met Office, said GPS stations showed that the ground at Svartsengi had risen 9 centimetres since February 20.",
                "Elín Rós Hauksdóttir",
                "said",
                "W",
            ),
            (
                "She said the Met Office estimated that about 14 million cubic metres of magma had collected in the reservoir beneath it.",
                "Elín Rós Hauksdóttir",
                "said",
                "W",
            ),
            (
                "“An eruption could begin with less than an hour's warning, as it has before,” Elín Rós said.",
                "Elín Rós Hauksdóttir",
                "said",
                "",
            ),
        ],
        [
            (
                "Björn Helgi Sveinsson, a professor of geophysics at the University of Iceland, said the ground had risen faster in the past fortnight than in the weeks before the December 2025 eruption.",
                "Björn Helgi Sveinsson",
                "said",
                "W",
            ),
            (
                "“The reservoir is filling like a bath with the tap fully open,” Björn Helgi said.",
                "Björn Helgi Sveinsson",
                "said",
                "",
            ),
        ],
        [
            (
                "The Department of Civil Protection and Emergency Management raised its alert level for the area from uncertainty phase to alert phase at 08:00 on Sunday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The last eruption on the peninsula, in December 2025, lasted 17 days.", "", "", "W"),
        ],
        [
            (
                "Police closed Grindavíkurvegur, the road into the town, at 07:40 and asked the roughly 140 people who had stayed there overnight to leave, which they had done by 10:15, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            ("The Reykjavík Review is independent and funded by its readers.", "", "", "B"),
            (
                "Our volcano coverage is free to read, but it isn't free to make: a night at the fissure costs fuel, safety gear and overtime.",
                "",
                "",
                "B",
            ),
            ("Become a Review member for 1,490 ISK a month.", "", "", "B"),
        ],
        [
            (
                "Gunnar Þór Ásgeirsson, who moved back into his house on Víkurbraut last autumn, said he had packed the car in twenty minutes.",
                "Gunnar Þór Ásgeirsson",
                "said",
                "",
            ),
            (
                "“You learn to keep the important things in one box by the door,” Gunnar Þór said.",
                "Gunnar Þór Ásgeirsson",
                "said",
                "",
            ),
        ],
        [
            (
                "Grindavík's town manager, Ásdís Lára Kristinsdóttir, said 38 businesses had been operating in the town before Sunday's closure, against 212 before the first evacuation in 2023.",
                "Ásdís Lára Kristinsdóttir",
                "said",
                "W",
            ),
            (
                "“People here are tired, but they are not giving up on the town,” Ásdís Lára said.",
                "Ásdís Lára Kristinsdóttir",
                "said",
                "",
            ),
        ],
        [
            (
                "The Svartsengi power plant supplies hot water to about 31,000 people on the peninsula.",
                "",
                "",
                "W",
            ),
            ("Its lava barriers were raised by four metres in 2026.", "", "", "W"),
        ],
        [
            ("Flights unaffected, Isavia says", "Isavia", "says", "W"),
        ],
        [
            (
                "Keflavík Airport was operating normally on Sunday, the airport operator Isavia said.",
                "Isavia",
                "said",
                "W",
            ),
            (
                "It said no volcanic ash had been detected in Icelandic airspace.",
                "Isavia",
                "said",
                "W",
            ),
        ],
        [
            (
                "Elín Rós said the Met Office would publish its next assessment at 14:00 on Monday.",
                "Elín Rós Hauksdóttir",
                "said",
                "W",
            ),
        ],
        [
            (
                "🎙 On The Review Podcast this week: what living beside a volcano does to a town's housing market.",
                "",
                "",
                "B",
            ),
            ("Listen wherever you get your podcasts.", "", "", "B"),
        ],
        [
            (
                "Hrafnhildur Jónsdóttir is the Review's news editor and has covered every Reykjanes eruption since 2021.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Read more: Our live map of the Reykjanes fissures, updated every hour", "", "", "B"),
        ],
        [
            ("Sign up for Review Weekly, our free Friday newsletter.", "", "", "B"),
        ],
        [
            ("Got a tip?", "", "", "B"),
            ("Email news@reykjavikreview.is.", "", "", "B"),
        ],
    ],
    [
        [
            ("BNL ≡", "", "", "B"),
        ],
        [
            ("Open in the BNL app", "", "", "B"),
        ],
        [
            ("ESTONIA · CITIES", "", "", "B"),
        ],
        [
            ("Tallinn to close Old Town to private cars at weekends from June 5", "", "", "W"),
        ],
        [
            ("Published 11 May 2027, 14:36 EEST | Updated 15:02 EEST", "", "", "B"),
        ],
        [
            ("▶ Listen (3:41) · machine-read audio", "", "", "B"),
        ],
        [
            (
                "This article was machine-translated from Estonian and edited by BNL's English desk.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "TALLINN, May 11 (BNL) – Tallinn will close its Old Town to private cars on Saturdays and Sundays from June 5, the city government said on Tuesday.",
                "the city government",
                "said",
                "W",
            ),
        ],
        [
            ("KEY POINTS", "", "", "B"),
        ],
        [
            ("Ban applies 10:00–22:00 on Saturdays and Sundays", "", "", "W"),
        ],
        [
            ("Residents, taxis, disabled drivers and deliveries before 11:00 exempt", "", "", "W"),
        ],
        [
            ("€120 fine for entering without a permit", "", "", "W"),
        ],
        [
            ("Trial runs until Sept. 26; council then votes on making it permanent", "", "", "W"),
        ],
        [
            (
                "Deputy mayor Kadri Valgma said about 6,400 cars entered the Old Town on an average summer Saturday in 2026, according to the city's traffic cameras, and that about 2,550 of them belonged to neither residents, taxis nor delivery firms.",
                "Kadri Valgma",
                "said",
                "W",
            ),
            (
                "She said eight number-plate cameras at the Old Town gates would check permits, and fines would be sent by post.",
                "Kadri Valgma",
                "said",
                "W",
            ),
            (
                "“The Old Town is a place to live and to walk, not a car park with a view,” Valgma said.",
                "Kadri Valgma",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the city would open 300 extra park-and-ride spaces at the Linnahall car park, free for anyone holding a public transport card.",
                "Kadri Valgma",
                "said",
                "W",
            ),
        ],
        [
            ("Taxi ranks move to the gates", "", "", "W"),
        ],
        [
            (
                "Taxi ranks inside the walls will close, and four new ranks will open at the Viru, Harju, Suur-Rannavärav and Lühike jalg gates, the city government said.",
                "the city government",
                "said",
                "W",
            ),
            (
                "The municipal police said 12 officers would patrol the gates on the first two weekends.",
                "the municipal police",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Old Town had 2.3 million visitors in 2026, according to Visit Tallinn.",
                "Visit Tallinn",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Car entries, average summer Saturday 2026: total 6,400 | residents 1,150 | taxis 1,720 | deliveries 980 | other 2,550",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Indrek Pärn, who chairs the Old Town Traders' Association, said restaurant owners feared losing customers from the suburbs.",
                "Indrek Pärn",
                "said",
                "",
            ),
            (
                "He said 38 of the association's 61 members had signed a letter against the ban.",
                "Indrek Pärn",
                "said",
                "W",
            ),
            (
                "“Nobody asked us whether a family from Lasnamäe will come in by tram with three children,” Pärn said.",
                "Indrek Pärn",
                "said",
                "",
            ),
        ],
        [
            (
                "The city government can impose the restriction for up to six months without a council vote, the city's legal department said.",
                "the city's legal department",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city last closed the Old Town to cars for the 2025 Old Town Days festival, for four days.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mihkel Rebane, who leads the opposition group on the city council, said the decision “should have been made by the council, in the open”.",
                "Mihkel Rebane",
                "said",
                "",
            ),
            (
                "He said his group would ask the council's audit committee to look at how the decision was taken.",
                "Mihkel Rebane",
                "said",
                "",
            ),
        ],
        [
            (
                "Valgma said a similar trial in the centre of Tartu in 2025 had cut weekend traffic there by 37%.",
                "Kadri Valgma",
                "said",
                "W",
            ),
        ],
        [
            (
                "Liisa-Maria Kuusk, who lives on Vene Street with two children, said she would believe in quiet weekends when she saw them.",
                "Liisa-Maria Kuusk",
                "said",
                "",
            ),
            (
                "“Last Saturday a delivery van idled under my window for forty minutes,” she said.",
                "Liisa-Maria Kuusk",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "BNL Morning Brief: the Baltics before breakfast, in your inbox at 7:00.",
                "",
                "",
                "B",
            ),
            ("Subscribe free.", "", "", "B"),
        ],
        [
            ("(Reporting by Rasmus Tõnisson; editing by Helen Kallas)", "", "", "B"),
        ],
        [
            ("© 2027 Baltic Newsline OÜ.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Contact the Tallinn desk: tallinn@bnl.ee", "", "", "B"),
        ],
        [
            ("MORE FROM ESTONIA", "", "", "B"),
        ],
        [
            ("Tartu opens second bicycle bridge over the Emajõgi", "", "", "B"),
        ],
        [
            ("Share ↗   Back to top ↑", "", "", "B"),
        ],
    ],
    [
        [
            ("NEDĒĻA — English edition", "", "", "B"),
        ],
        [
            ("Politics   Economy   Riga   Culture   Opinion   Podcasts   Shop", "", "", "B"),
        ],
        [
            ("LV | EN | RU", "", "", "B"),
        ],
        [
            ("Economy", "", "", "B"),
        ],
        [
            (
                "Riga heating bills to rise 17.8% from November after regulator approves new tariff",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Flats in poorly insulated Soviet-era blocks will feel it most, housing managers say",
                "housing managers",
                "say",
                "",
            ),
        ],
        [
            ("Text: Laura Ozoliņa | Photo: Edgars Liepiņš | 27 September 2027", "", "", "B"),
        ],
        [
            ("A heating substation in the basement of a block of flats in Purvciems.", "", "", ""),
        ],
        [
            ("Photo: Edgars Liepiņš", "", "", "B"),
        ],
        [
            (
                "The Public Utilities Commission on Friday approved a heating tariff for Riga of €71.40 per megawatt-hour, 17.8% more than the current €60.61.",
                "",
                "",
                "W",
            ),
            (
                "The new tariff takes effect on 1 November, at the start of the heating season.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("From 1 November: €71.40/MWh | Now: €60.61/MWh | Change: +17.8%", "", "", "W"),
        ],
        [
            (
                "The commission said the rise was driven mainly by the price of natural gas, which makes up 58% of the fuel burned by the city's heat supplier, AS Daugavas Siltums.",
                "The commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the commission's rules, the supplier must apply for a new tariff if the cost of its fuel moves by more than 10% for three months in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company's board chairman, Ingus Vītols, said it had already bought 71% of the gas it needs for the coming winter at an average of €41 per megawatt-hour.",
                "Ingus Vītols",
                "said",
                "W",
            ),
            (
                "Vītols said the company did not plan to apply for another change before spring.",
                "Ingus Vītols",
                "said",
                "",
            ),
            (
                "“We cannot promise the price will come down in spring, and I won't pretend we can,” Vītols said.",
                "Ingus Vītols",
                "said",
                "",
            ),
        ],
        [
            (
                "Example: a two-room flat of 52 square metres in a 1970s block used about 9.1 MWh of heat last season; at the new tariff, that would cost about €98 more, before VAT.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Heat in Jelgava costs €78.20 per megawatt-hour and in Daugavpils €69.90, according to the commission's register of tariffs.",
                "the commission's register of tariffs",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Anete Kļaviņa, an opposition member of Riga City Council, said the city, which owns half of the heat supplier, should have used its dividend to soften the rise.",
                "Anete Kļaviņa",
                "said",
                "",
            ),
            (
                "She said AS Daugavas Siltums had paid the city a dividend of €9.6 million in June.",
                "Anete Kļaviņa",
                "said",
                "W",
            ),
        ],
        [
            ("NEDĒĻA ENERGY BREAKFAST", "", "", "B"),
        ],
        [
            ("How will Latvia heat its homes in 2030?", "", "", "B"),
            (
                "Join our editors and guests on Thursday, 14 October, at 8:30 at the Nedēļa offices, Tērbatas iela 14, Riga.",
                "",
                "",
                "B",
            ),
            ("Tickets €25; Nedēļa subscribers free.", "", "", "B"),
        ],
        [
            (
                "Ilze Bērziņa, who heads the housing management company Purvciema Nami, said tenants in old blocks would feel the rise most.",
                "Ilze Bērziņa",
                "said",
                "",
            ),
            (
                "She said residents had voted against insulating 41 of the 230 buildings the company manages, most recently in 2025.",
                "Ilze Bērziņa",
                "said",
                "W",
            ),
            (
                "“Every autumn people ask me why their neighbour in a renovated block pays half as much, and every spring they vote no again,” she said.",
                "Ilze Bērziņa",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Heating benefit claims up 12% in a year", "", "", "W"),
        ],
        [
            (
                "Some 23,600 Riga households received a heating allowance last season, 12% more than the season before, according to the city's welfare department.",
                "the city's welfare department",
                "according to",
                "W",
            ),
            (
                "The department said households with an income below €620 a month per person can apply from 15 October.",
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Juris Ābele, 78, a retired tram driver in Pļavnieki, said his heating bill last January had been €131, more than a quarter of his pension.",
                "Juris Ābele",
                "said",
                "",
            ),
            ("“I'll wear two jumpers; I've done it before,” he said.", "Juris Ābele", "said", ""),
        ],
        [
            (
                "🎧 In this week's Nedēļa podcast: will the Baltic gas market survive another cold winter?",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share:  Facebook  X  WhatsApp  E-mail", "", "", "B"),
        ],
        [
            ("Read also", "", "", "B"),
        ],
        [
            ("Jūrmala hotels report their best August since 2019", "", "", "B"),
        ],
        [
            (
                "Subscribe to the print edition: 52 issues for €89, delivered anywhere in Latvia.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Laura Ozoliņa writes about energy and housing for Nedēļa.", "", "", "B"),
        ],
        [
            ("Tags: heating, tariffs, Riga, Public Utilities Commission", "", "", "B"),
        ],
        [
            ("© SIA Nedēļas Izdevniecība, 2027.", "", "", "B"),
            ("When using Nedēļa materials, a reference to the source is required.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ kryptis.lt", "", "", "B"),
        ],
        [
            ("KRYPTIS BUSINESS | EN", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe", "", "", "B"),
        ],
        [
            ("Transport & Logistics", "", "", "B"),
        ],
        [
            (
                "Klaipėda port cargo falls 6.2% in first half as fertiliser shipments drop",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Containers reach a half-year record of 612,400 TEU, port authority says",
                "the Klaipėda State Seaport Authority",
                "says",
                "W",
            ),
        ],
        [
            ("Gintarė Vaitkevičiūtė | 2027-07-08 09:15", "", "", "B"),
        ],
        [
            ("🎧 Listen · 4 min", "", "", "B"),
        ],
        [
            (
                "The port of Klaipėda handled 19.4 million tonnes of cargo in January–June, 6.2% less than a year earlier, the Klaipėda State Seaport Authority said on Wednesday.",
                "the Klaipėda State Seaport Authority",
                "said",
                "W",
            ),
        ],
        [
            ("H1 2027 AT A GLANCE", "", "", "B"),
        ],
        [
            (
                "Total: 19.4m t (−6.2%) | Containers: 612,400 TEU (+4.1%) | Fertilisers: 3.1m t (−22.8%) | Oil products: 2.6m t (−3.0%)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authority said the fall was mainly due to lower fertiliser shipments after a fertiliser plant in central Lithuania was shut for 11 weeks of maintenance.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Port director general Vaidotas Ramanauskas said the container total was the highest for a first half in the port's history.",
                "Vaidotas Ramanauskas",
                "said",
                "W",
            ),
            (
                "He said the authority's revenue in the half was €38.2 million, up 2.1%.",
                "Vaidotas Ramanauskas",
                "said",
                "W",
            ),
            (
                "“Containers are where the future of this port lies, whatever happens to bulk,” Ramanauskas said.",
                "Vaidotas Ramanauskas",
                "said",
                "",
            ),
        ],
        [
            ("PARTNER CONTENT", "", "", "B"),
        ],
        [
            (
                "How Baltic exporters are cutting customs delays with digital declarations",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Stevedoring company UAB Baltijos Krova, which runs the port's largest fertiliser terminal, said its throughput fell 31% in the half.",
                "UAB Baltijos Krova",
                "said",
                "W",
            ),
            (
                "It said it had cut 46 jobs in May and moved 20 workers to its container yard.",
                "UAB Baltijos Krova",
                "said",
                "W",
            ),
        ],
        [
            (
                "UAB Klaipėdos Konteinerių Terminalas, the larger of the port's two container operators, said it had handled 401,000 TEU, 6.3% more than a year earlier.",
                "UAB Klaipėdos Konteinerių Terminalas",
                "said",
                "W",
            ),
            (
                "Its chief executive, Eglė Jankauskaitė, said new weekly services to Gdańsk and Aarhus had helped.",
                "Eglė Jankauskaitė",
                "said",
                "",
            ),
            (
                "“Shipping lines are choosing Klaipėda because our cranes are free when theirs are busy,” Jankauskaitė said.",
                "Eglė Jankauskaitė",
                "said",
                "",
            ),
        ],
        [
            ("Rail share falls to 41%", "", "", "W"),
        ],
        [
            (
                "Rail brought 41% of the port's cargo in the half, down from 46% a year earlier.",
                "",
                "",
                "W",
            ),
            ("Ro-ro and ferry cargo rose 8.4% to 2.9 million tonnes.", "", "", "W"),
        ],
        [
            ("Oil products made up 13% of the total.", "", "", "W"),
        ],
        [
            (
                "Rūta Petraitienė, a transport analyst at the brokerage Neris Capital, said she expected cargo for the full year to be about 5% lower.",
                "Rūta Petraitienė",
                "said",
                "",
            ),
            (
                "“The second half should look better, if only because the first was so weak,” Petraitienė said.",
                "Rūta Petraitienė",
                "said",
                "",
            ),
        ],
        [
            (
                "The Ministry of Transport and Communications said dredging of the port entrance to 17.5 metres would begin in October and take two years.",
                "the Ministry of Transport and Communications",
                "said",
                "W",
            ),
        ],
        [
            (
                "The authority said it would publish nine-month figures on 6 October.",
                "The authority",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Lithuanian Railways cuts freight rates on the Kaunas–Klaipėda line", "", "", "B"),
        ],
        [
            (
                "KRYPTIS LOGISTICS SUMMIT | 23 September 2027 | Klaipėda | Early-bird tickets until 31 July",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe to Kryptis Morning: the business news that matters, in English, every weekday at 7:30.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "🎙 Kryptis Podcast: Ramanauskas on Klaipėda's next ten years — listen now",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: Klaipėda, ports, logistics, fertilisers", "", "", "B"),
        ],
        [
            ("© 2027 UAB „Kryptis media“.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("Reproduction without written permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [
            ("kuohu.fi/en/2027/05/kotiranta-rents-rise", "", "", "B"),
        ],
        [
            ("KUOHU — Tampere student magazine | In English", "", "", "B"),
        ],
        [
            ("Printed 12.5.2027 14.06", "", "", "B"),
        ],
        [
            ("Kotiranta raises student rents 6.9% from August", "", "", "W"),
        ],
        [
            (
                "Managing director blames interest costs and a 19% rise in property tax",
                "Tuomas Lehtovaara",
                "blames",
                "W",
            ),
        ],
        [
            ("Text: Aino Heikkilä | Translation: Oskari Lindqvist | 11.5.2027", "", "", "B"),
        ],
        [
            (
                "Kuohu is published by the Tampere University Student Union and is editorially independent.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The student housing foundation Kotiranta will raise rents on its 4,120 flats in Tampere by an average of 6.9% from 1 August, after its board approved the increase on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Managing director Tuomas Lehtovaara said the foundation's interest costs had risen from €3.1 million in 2025 to €5.4 million this year, and that the City of Tampere had raised its property tax on residential buildings by 19%.",
                "Tuomas Lehtovaara",
                "said",
                "W",
            ),
            (
                "“Nobody on the board wanted to do this, but we cannot pay the bank with good intentions,” Lehtovaara said.",
                "Tuomas Lehtovaara",
                "said",
                "",
            ),
        ],
        [
            ("What the rise means:", "", "", ""),
        ],
        [
            ("24 m² studio in Hervanta: €468 → €500 a month", "", "", "W"),
        ],
        [
            ("Room in a three-person shared flat in Kaleva: €339 → €362 a month", "", "", "W"),
        ],
        [
            ("Two-room family flat in Tesoma: €712 → €761 a month", "", "", "W"),
        ],
        [
            (
                "Veera Kinnunen, the student union board member responsible for social affairs, called the increase “a punch in the wallet for everyone who is already working two jobs”.",
                "Veera Kinnunen",
                "called",
                "",
            ),
            (
                "She said the general housing allowance paid by Kela covered at most 80% of a rent rise, so a student in a Hervanta studio would pay at least €6.40 more each month.",
                "Veera Kinnunen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Correction 12.5.2027: An earlier version of this article said the new rents apply from 1 July.",
                "",
                "",
                "B",
            ),
            ("They apply from 1 August.", "", "", "B"),
        ],
        [
            ("Housing allowance: what changes?", "", "", ""),
        ],
        [
            (
                "A Kela spokesperson said 3,860 Kotiranta tenants received the general housing allowance in April.",
                "A Kela spokesperson",
                "said",
                "W",
            ),
            (
                "Tenants must report the new rent to Kela, which recalculates the allowance from the month the rise takes effect, the spokesperson said.",
                "A Kela spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lehtovaara said the foundation had 312 empty flats in April, up from 96 a year earlier.",
                "Tuomas Lehtovaara",
                "said",
                "W",
            ),
        ],
        [
            ("Kotiranta last raised rents in August 2025, by 4.2%.", "", "", "W"),
        ],
        [
            (
                "A city spokesperson said the rate had risen from 0.41% to 0.49% of taxable value at the start of the year.",
                "A city spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ana Paula Ferreira, a master's student in computing sciences from Brazil, said her studio was the cheapest she had found in the city.",
                "Ana Paula Ferreira",
                "said",
                "",
            ),
            (
                "“Where am I supposed to find €32 a month, in the Hervanta forest?” she asked.",
                "Ana Paula Ferreira",
                "asked",
                "",
            ),
            (
                "She said she already worked 15 hours a week in a café to cover her rent.",
                "Ana Paula Ferreira",
                "said",
                "",
            ),
        ],
        [
            (
                "The student union said it would hold a demonstration at Keskustori at 12.00 on Thursday 20 May.",
                "the student union",
                "said",
                "W",
            ),
            (
                "“If the board will not listen to tenants in a meeting room, it can listen to them in the square,” Kinnunen said.",
                "Veera Kinnunen",
                "said",
                "",
            ),
        ],
        [
            (
                "Rents at the region's other student landlord, Opiskelijakoti Pirkka, rise by 5.5% from 1 August.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lehtovaara said tenants would receive written notice of the new rents by 31 May.",
                "Tuomas Lehtovaara",
                "said",
                "W",
            ),
        ],
        [
            ("KEY DATES", "", "", "B"),
        ],
        [
            ("10.5. Board approves rise", "", "", "W"),
        ],
        [
            ("31.5. Written notices to tenants", "", "", "W"),
        ],
        [
            ("1.8. New rents take effect", "", "", "W"),
        ],
        [
            ("Lue suomeksi: Kotirannan vuokrat nousevat 6,9 prosenttia elokuusta", "", "", "B"),
        ],
        [
            ("Kuohu is written by students, for students.", "", "", "B"),
            ("Tips and feedback: toimitus@kuohu.fi", "", "", "B"),
        ],
        [
            ("Kuohu appears in print four times a year, 4,000 copies an issue.", "", "", "B"),
        ],
        [
            ("1/1", "", "", "B"),
        ],
    ],
    [
        [
            ("fjordavisa.no", "", "", "B"),
        ],
        [
            ("Bergen's toll ring to cost up to NOK 64 at rush hour from 1 March", "", "", "W"),
        ],
        [
            ("Ingrid Solheim Aasen", "", "", "B"),
        ],
        [
            ("Published 10.02.2027", "", "", "B"),
        ],
        [
            ("5–6 minutes", "", "", "B"),
        ],
        [
            (
                "This article was translated from Norwegian with the help of a translation tool and checked by a journalist in Fjordavisa's newsroom.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Les saken på norsk", "", "", "B"),
        ],
        [
            ("Cars pass the Danmarksplass toll station on Tuesday morning.", "", "", ""),
            ("Photo: Eirik Tveit Mjelde", "", "", "B"),
        ],
        [
            (
                "Drivers of petrol and diesel cars will pay NOK 64 to pass a toll station in Bergen at rush hour from 1 March, up from NOK 58, after Vestland county council approved new rates on Tuesday.",
                "",
                "",
                "W",
            ),
            ("The new rates apply from 00:00 on 1 March.", "", "", "W"),
        ],
        [
            (
                "Rush hour, petrol/diesel: NOK 64 | Rush hour, electric: NOK 32 | Other times, petrol/diesel: NOK 43 | Other times, electric: NOK 21",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Rush hour: 06:30–09:00 and 14:30–16:30 on weekdays", "", "", "W"),
        ],
        [
            (
                "The toll company Bergen Bomring AS said 187,000 passages were registered on an average weekday in 2026, 41% of them by electric cars.",
                "Bergen Bomring AS",
                "said",
                "W",
            ),
            (
                "It expects the new rates to bring in NOK 1.46 billion in 2027.",
                "Bergen Bomring AS",
                "expects",
                "",
            ),
        ],
        [
            (
                "Kjetil Brekke Nygård, who leads the county council's transport committee, said the money would go to the Bergen city package, including the light rail extension to Åsane.",
                "Kjetil Brekke Nygård",
                "said",
                "W",
            ),
            (
                "“If we want fewer cars in the city centre, the price of driving in has to mean something,” Brekke Nygård said.",
                "Kjetil Brekke Nygård",
                "said",
                "",
            ),
            (
                "He said the council would look at the rates again in the autumn of 2028.",
                "Kjetil Brekke Nygård",
                "said",
                "",
            ),
        ],
        [
            (
                "Sondre Eide Haugland, the Progress Party's group leader on the council, said the rise would hit “those who have no bus to take”.",
                "Sondre Eide Haugland",
                "said",
                "",
            ),
            (
                "He said his party had proposed keeping the petrol and diesel rate at NOK 58, and that the proposal had been voted down by 41 votes to 24.",
                "Sondre Eide Haugland",
                "said",
                "W",
            ),
            (
                "“This is a tax on people who live in the wrong place,” Eide Haugland said.",
                "Sondre Eide Haugland",
                "said",
                "",
            ),
        ],
        [
            (
                "Fjordavisa+ gives you full access to all our articles, in Norwegian and in English.",
                "",
                "",
                "B",
            ),
            ("Try it for NOK 1 for the first month.", "", "", "B"),
        ],
        [
            ("Rates were last raised in January 2025.", "", "", "W"),
        ],
        [
            (
                "Traffic through the toll ring fell 3.1% in 2026, according to the Norwegian Public Roads Administration.",
                "the Norwegian Public Roads Administration",
                "according to",
                "W",
            ),
            ("The city's goal is to cut car traffic by a fifth by 2030.", "", "", ""),
        ],
        [
            (
                "The public transport company Skyss said it would add 14 weekday departures on the Sotra routes from 1 March.",
                "Skyss",
                "said",
                "W",
            ),
        ],
        [
            (
                "Marte Vik Haugen, a nurse who drives from Sotra to Haukeland University Hospital for early shifts, said she already paid about NOK 2,300 a month in tolls.",
                "Marte Vik Haugen",
                "said",
                "",
            ),
            (
                "“The first bus gets me there twenty minutes after my shift starts,” she said.",
                "Marte Vik Haugen",
                "said",
                "",
            ),
            (
                "“So I will pay, and I will be angry about it every morning.”",
                "Marte Vik Haugen",
                "said",
                "",
            ),
        ],
        [
            (
                "Bergen Bomring said drivers with a registered toll tag would keep their 20% discount.",
                "Bergen Bomring AS",
                "said",
                "W",
            ),
        ],
        [
            ("FACTS: The Bergen toll ring", "", "", "B"),
        ],
        [
            ("Toll stations: 62", "", "", "W"),
        ],
        [
            ("Hourly rule: a car pays for at most one passage in any 60 minutes", "", "", "W"),
        ],
        [
            ("Monthly cap: no car pays for more than 50 passages a month", "", "", "W"),
        ],
        [
            (
                "Exempt: buses, emergency vehicles and cars of holders of a disabled parking card",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "🎧 Listen: In this week's episode of our podcast Byen vår, we ask whether tolls actually cut traffic.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ingrid Solheim Aasen is a news reporter at Fjordavisa and covers transport and the county council.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fjordavisa is edited in accordance with the Norwegian Press Code of Ethics.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Editor-in-chief: Maren Fosse Lunde", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  KBH LOCAL  🔍", "", "", "B"),
        ],
        [
            ("City", "", "", "B"),
        ],
        [
            (
                "Islands Brygge harbour bath closed after E. coli reading six times the limit",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sofie Kjær Lauridsen · 3 July 2027 · 11:20", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            ("This article is also available in Danish.", "", "", "B"),
        ],
        [
            (
                "The harbour bath at Islands Brygge has been closed to swimmers until further notice after a water sample taken at 06:00 on Saturday showed 3,100 E. coli per 100 ml, the City of Copenhagen said.",
                "the City of Copenhagen",
                "said",
                "W",
            ),
            (
                "The limit for bathing water is 500 per 100 ml, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            ("WHAT HAPPENED", "", "", "B"),
        ],
        [
            (
                "Friday, 22:40: Cloudburst over central Copenhagen; sewer overflow into the harbour at Langebro",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Saturday, 06:00: Routine water sample taken at the bath", "", "", "W"),
        ],
        [
            ("Saturday, 10:15: Result received, bath closed and red flags raised", "", "", "W"),
        ],
        [
            ("Sunday, 06:00: New samples at all harbour baths", "", "", "W"),
        ],
        [
            (
                "Some 41 mm of rain fell on central Copenhagen in less than three hours on Friday night, according to the Danish Meteorological Institute.",
                "the Danish Meteorological Institute",
                "according to",
                "W",
            ),
            (
                "It was the heaviest rain in the city in a single night since August 2022, the institute said.",
                "the institute",
                "said",
                "W",
            ),
        ],
        [
            (
                "The utility HOFOR said an estimated 18,000 cubic metres of rainwater mixed with sewage had flowed into the harbour through overflow outlets.",
                "HOFOR",
                "said",
                "W",
            ),
            (
                "It said a storm-water tunnel under Kalvebod Brygge that is meant to stop such overflows would be finished in 2029.",
                "HOFOR",
                "said",
                "",
            ),
        ],
        [
            (
                "Line Bech Sørensen, the City of Copenhagen's Mayor for Technical and Environmental Affairs, said the bath would reopen “when two clean samples in a row tell us it is safe, and not before”.",
                "Line Bech Sørensen",
                "said",
                "",
            ),
            (
                "She said the city had closed a harbour bath after an overflow four times in 2026.",
                "Line Bech Sørensen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Bech Sørensen said lifeguards would stay on duty at the bath to keep swimmers out of the water.",
                "Line Bech Sørensen",
                "said",
                "W",
            ),
            (
                "Swimming in water with high levels of E. coli can cause stomach upsets and ear and skin infections, the Danish Health Authority says.",
                "the Danish Health Authority",
                "says",
                "",
            ),
        ],
        [
            ("KBH Local is free, ad-light and made by four journalists.", "", "", "B"),
            ("If you read us every week, chip in: 40 kroner a month keeps us going.", "", "", "B"),
            ("Support us with MobilePay or card.", "", "", "B"),
        ],
        [
            ("Other baths open on Saturday", "", "", "W"),
        ],
        [
            ("Fisketorvet: open", "", "", "W"),
        ],
        [
            ("Sluseholmen: open", "", "", "W"),
        ],
        [
            ("Sandkaj: open", "", "", "W"),
        ],
        [
            ("Kalvebod Bølge: closed for repairs until 15 July", "", "", "W"),
        ],
        [
            (
                "The city tests the water at its harbour baths every morning from 1 June to 31 August and posts the results on its website by 10:30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Last summer the Islands Brygge bath was closed for a total of nine days, the city said.",
                "the city",
                "said",
                "W",
            ),
        ],
        [
            (
                "Jonas Thygesen, 34, who swims at Islands Brygge before work most days, said he had seen the red flags from his bike.",
                "Jonas Thygesen",
                "said",
                "",
            ),
            (
                "“I'll swim at Amager Strand until they sort out the sewers,” he said.",
                "Jonas Thygesen",
                "said",
                "",
            ),
        ],
        [
            ("Get The Weekly Local in your inbox every Friday.", "", "", "B"),
        ],
        [
            ("Share   Follow us on Instagram", "", "", "B"),
        ],
        [
            ("Comments are moderated on weekdays between 09:00 and 16:00.", "", "", "B"),
            ("Comments posted outside those hours appear on the next working day.", "", "", "B"),
        ],
        [
            ("Images on this page have text descriptions for screen readers.", "", "", "B"),
        ],
        [
            ("Tips: tips@kbhlocal.dk", "", "", "B"),
        ],
        [
            ("READ NEXT", "", "", "B"),
        ],
        [
            ("Nørrebro's new park opens with 400 trees and no car parking", "", "", "B"),
        ],
        [
            (
                "KBH Local ApS · CVR 41 22 87 19 · Responsible editor: Mikkel Dahl Frandsen",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n173-ca-pm-ends",
        "The last bus left Osborne Station at 11:52 p.m. Riders waited an hour for a taxi.",
        ["The last bus left Osborne Station at 11:52 p.m.", "Riders waited an hour for a taxi."],
    ),
    (
        "n173-ca-coun-mid",
        "Coun. Annick Boisvert-Nadeau asked for a recorded vote on Feb. 23.",
        ["Coun. Annick Boisvert-Nadeau asked for a recorded vote on Feb. 23."],
    ),
    (
        "n173-ca-st-address-ends",
        "Delegations register at the Council Building, 510 Main St. Doors open at 9 a.m.",
        ["Delegations register at the Council Building, 510 Main St.", "Doors open at 9 a.m."],
    ),
    (
        "n173-ca-st-boniface-mid",
        "Route 16 runs through St. Boniface and St. Vital every 20 minutes.",
        ["Route 16 runs through St. Boniface and St. Vital every 20 minutes."],
    ),
    (
        "n173-ca-editors-note",
        "Editor's note: This story was updated at 6:05 p.m. to correct a route number. An earlier version said Route 61.",
        [
            "Editor's note: This story was updated at 6:05 p.m. to correct a route number.",
            "An earlier version said Route 61.",
        ],
    ),
    (
        "n173-sco-cllr-msp-mid",
        "Cllr Euan McGillivray and Shona Baird MSP both spoke at the meeting.",
        ["Cllr Euan McGillivray and Shona Baird MSP both spoke at the meeting."],
    ),
    (
        "n173-sco-key-date-line",
        "12 March 2027: Tenants told of survey results",
        ["12 March 2027: Tenants told of survey results"],
    ),
    (
        "n173-sco-free-articles",
        "You've read 4 of your 5 free articles this month. Subscribe from £1.",
        ["You've read 4 of your 5 free articles this month.", "Subscribe from £1."],
    ),
    (
        "n173-ie-td-question-attrib",
        "“Where are the beds we were promised in October?” the TD asked.",
        ["“Where are the beds we were promised in October?” the TD asked."],
    ),
    (
        "n173-ie-co-mid",
        "Patients from Kilkee, Co. Clare, and Nenagh, Co. Tipperary, were on trolleys overnight.",
        ["Patients from Kilkee, Co. Clare, and Nenagh, Co. Tipperary, were on trolleys overnight."],
    ),
    (
        "n173-mt-perit-mid",
        "The plans were drawn up by Perit Daniel Camilleri Zahra for the owners.",
        ["The plans were drawn up by Perit Daniel Camilleri Zahra for the owners."],
    ),
    (
        "n173-mt-pipes-one",
        "Height: 9 floors (31.2m) | Rooms: 84 | Objections: 512",
        ["Height: 9 floors (31.2m) | Rooms: 84 | Objections: 512"],
    ),
    (
        "n173-mt-ltd-no-stop",
        "The site was sold to Seaview Estates Ltd in 2024. The price was €6.1 million.",
        ["The site was sold to Seaview Estates Ltd in 2024.", "The price was €6.1 million."],
    ),
    (
        "n173-cy-pm-times",
        "Water will be cut from 10pm on Monday. Supply returns at 2pm on Tuesday.",
        ["Water will be cut from 10pm on Monday.", "Supply returns at 2pm on Tuesday."],
    ),
    (
        "n173-cy-correction",
        "Correction, June 13: An earlier version said 14 villages. The correct number is 12.",
        ["Correction, June 13: An earlier version said 14 villages.", "The correct number is 12."],
    ),
    (
        "n173-is-given-name-quote",
        "“We are watching it hour by hour,” Elín Rós said. “Nothing is certain yet.”",
        ["“We are watching it hour by hour,” Elín Rós said.", "“Nothing is certain yet.”"],
    ),
    (
        "n173-is-magnitude-km",
        "A quake of M3.9 struck 2.5km west of Hagafell at 04:18. It was felt in Reykjavík.",
        ["A quake of M3.9 struck 2.5km west of Hagafell at 04:18.", "It was felt in Reykjavík."],
    ),
    (
        "n173-ee-dateline",
        "TALLINN, May 12 (BNL) – The council approved the plan by 41 votes to 30.",
        ["TALLINN, May 12 (BNL) – The council approved the plan by 41 votes to 30."],
    ),
    (
        "n173-ee-ou-ends",
        "The cameras are supplied by Harju Vision OÜ. The contract is worth €410,000.",
        ["The cameras are supplied by Harju Vision OÜ.", "The contract is worth €410,000."],
    ),
    (
        "n173-ee-reporting-line",
        "(Reporting by Kertu Sepp; editing by Ott Kivirähk)",
        ["(Reporting by Kertu Sepp; editing by Ott Kivirähk)"],
    ),
    (
        "n173-lv-sia-prefix",
        "The survey was done by SIA Enerģijas Aģentūra. It covered 230 buildings in Purvciems.",
        [
            "The survey was done by SIA Enerģijas Aģentūra.",
            "It covered 230 buildings in Purvciems.",
        ],
    ),
    (
        "n173-lv-example-semicolon",
        "Example: a 40 sq m flat used 7 MWh last season; that is about €75 more.",
        ["Example: a 40 sq m flat used 7 MWh last season; that is about €75 more."],
    ),
    (
        "n173-lt-uab-quotes",
        "© 2027 UAB „Kryptis media“. All rights reserved.",
        ["© 2027 UAB „Kryptis media“.", "All rights reserved."],
    ),
    (
        "n173-lt-pipes-minus",
        "Fertilisers: 3.1m t (−22.8%) | Oil products: 2.6m t (−3.0%)",
        ["Fertilisers: 3.1m t (−22.8%) | Oil products: 2.6m t (−3.0%)"],
    ),
    (
        "n173-fi-date-stop-opens",
        "31.5. Written notices to tenants",
        ["31.5. Written notices to tenants"],
    ),
    (
        "n173-fi-date-stop-ends",
        "The new rents apply from 1.8. Notices go out in May.",
        ["The new rents apply from 1.8.", "Notices go out in May."],
    ),
    (
        "n173-fi-clock-stop",
        "The demonstration starts at 12.00 at Keskustori. Students will then walk to the city hall.",
        [
            "The demonstration starts at 12.00 at Keskustori.",
            "Students will then walk to the city hall.",
        ],
    ),
    (
        "n173-no-nok-decimal",
        "An electric car pays NOK 32.50 at rush hour. A diesel car pays NOK 64.",
        ["An electric car pays NOK 32.50 at rush hour.", "A diesel car pays NOK 64."],
    ),
    (
        "n173-dk-e-coli-initial",
        "The sample showed 3,100 E. coli per 100 ml. The limit is 500.",
        ["The sample showed 3,100 E. coli per 100 ml.", "The limit is 500."],
    ),
    (
        "n173-dk-timeline-two",
        "Saturday, 10:15: Result received. The bath was closed at 10:20.",
        ["Saturday, 10:15: Result received.", "The bath was closed at 10:20."],
    ),
]
