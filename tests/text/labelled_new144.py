"""Hundred-and-forty-fourth set of new hand-labelled pages for the hint engines (tuning set, round fifty-three):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. The pages: a New Zealand
business news site (a statistics release: unemployment rises to 5.3% in the March quarter); a
Nigerian national news website (a court sentencing: an investment scheme promoter jailed 14 years
over a N214.6m fraud); a United States city newspaper (an election count: Erie's mayoral race led
by 308 votes with provisional and undated mail ballots left); a Welsh local news site (a transport
timetable change: the No. 5 bus goes half-hourly and its last departure moves from 10.40pm to
9.15pm); a Dubai daily (a school inspection: an Al Barsha school rated 'Very good' for the first
time, Arabic flagged); an Irish regional site (a hospital waiting-list story: nearly 12,000 wait more
than 18 months for a first outpatient appointment in Cork); a Canadian national digital site (a
product recall: about 186,700 oil-filled space heaters after three fires); a South African sports
site (a match report: a national club rugby final won 27-24 with a late penalty); a Malaysian food
site (a restaurant review: a Petaling Jaya kopitiam's claypot nasi lemak); a Kerala news site (a
weather warning: a red alert, schools shut, a dam's shutters may be raised); a Jamaican newspaper's
explainer with a Q&A block (night-time water restrictions as the Mona Reservoir falls to 41%); and a
Philippine broadsheet column (rice prices and promises).

What is hard is telling statements of record (figures, dates, rulings and orders, inspection
findings, counts and margins, comparisons, causal claims by officials and companies, release and
certification dates fixed by the body that sets them, first-person records with a figure or a date)
from what sits beside them: forecasts and plans with numbers ("tops out around 5.5%", "about 4,000
construction jobs by the end of the year", "should begin in south-east Wales in 2027", "should save
about nine million gallons a day", "a second outlet ... by the end of the year"), hedges ("may also
have been dragged down", "could be raised by 50 cm ... if the inflow continued", "maybe a peso of
that"), advice and numbered steps, inspectors' recommendations, feelings, rhetorical questions,
question subheads, a critic's verdicts, a columnist's opinions and fragments ("It did not.", "So will
I.", "Christmas came."). And where sentences end: abbreviations that END a sentence before a capital
("Rangitoto Partners Ltd." / "Her team ..."; "Osun Crest Yield Partners Ltd." / "The company ...";
"Ekene Ogbuagu Jr." / "They called ..."; "at 10.05 a.m." / "It took ..."; "Thursday at 9 a.m." / "The
county board ..."; "by 1 p.m." / "The New Zealand dollar ..."; "closed at 8 p.m." / "“Forty
minutes!”"; "anywhere in the U.S." / "Most of it ..."; "in the U.K." / "The recall ..."; "Brisklund
Home Inc." / "The Mississauga, Ont., company ..."; "Golden Pallet Grains Inc." / "Its name ...";
"Kanturk, Co. Cork." / "His GP ..."; "Kwong Seng Trading Co." / "The beans ..."; "Glanrhyd Coaches
Ltd." / "The company said ..."; "resumes at 5 a.m." / "The NWC said ..."; "warehouse rice, etc." /
"The list ..."; "9.30pm." / "What are they ..."; copyright lines split at "Ltd.", "Inc.", "FZ-LLC.",
"(Pty) Ltd." and "Sentry Publishing Co.") and ones that do not ("No. 5", "No. 7,", "No. 8,", "Model
No.", "Senate Bill No. 1427", "Registered in Ireland No. 518223.", "Sec. 1(1)(a)", "Sec. 287",
"Sec. 30", "St. Mary's Hall on E. 10th St.", "St. Finbarr's Hospital", "Kingston and St. Andrew",
"approx. 15,000", "approx. 38 min", "approx. 10 minutes", "approx. RM25-40", "e.g." and "i.e." in
nine pages, "P17 at the farm vs. P46.30", "Gov.", "Sen.", "Atty.", "Mrs.", "Dr."
four times, "Portage Ave.", "Red Hills Rd.,", "Jln. SS 2/64", "Sta. Mesa", "Ont.,", "ERIE, Pa. —",
"Pct.", "Rs. 4 lakh", "U.S. Consumer Product Safety Commission", "Blue Hole Water Haulage
Ltd. and", "Piring Media Sdn. Bhd. (1298745-X).", "Pvt. Ltd., Kochi.", "Cabarrubias Jr. teaches",
"Pasko Jr., a two-term ...", "6 a.m. Monday to Friday", "12:50 a.m. Wednesday", "8.30 a.m. on
Tuesday", "At 6 p.m. on Tuesday", "8 a.m. to 8 p.m. ET,"); initials ("P. K. Sasidharan", "Jijo K.
Abraham", "Ramoncito D. Cabarrubias Jr."); decimals (5.3%, 3.02%, 53.4%, 163.2 m, 21.4 cm, RM18.90,
P46.30) and times ("10.45 a.m.", "6:30 and 7:15 p.m.", "8.40am", "5.52am"); questions and
exclamations inside quotes followed by their attribution (one sentence: "“Is that just how it is
now?” he asked.", "“Erie voted for change tonight!” Nieminen-Ruiz told ...", "“Forty minutes!” said
...", "What are they supposed to do, walk over the mountain?” he said.", "“The kid has ice in his
veins!” ... said.", "“Will it come again this year?” she asked.", "Who got the rest?” he asked.")
against a "?" followed by a new sentence inside the quote ("“Who is paying for this?" / "Families in
...", "“Fourteen years?" / "He should return ...", "“Is there a path for Pasko?" / "Mathematically,
yes ...", "But Dh4,600 more for two kids?" / "That's a car payment,” ...", "“Did I know it was
recalled?" / "No, ...", "“Did I think he'd miss?" / "Not for a second,” ...", "“People ask me, why
five cents?" / "Because ..."); ellipses before a lower-case word inside one sentence ("you hear
nothing… not even a no", "our lifeline… it's the only way", "behind curtains… that's where", "we'll
learn… but", "hot second… and then", "every time… and every time") and before a capital (two
sentences: "again in March…" / "Nobody could ...", "at night…" / "We lost everything,” ..."); numbered
lists (recommendations, consumer steps, an advisory, a columnist's demands); tables pasted as lines;
bulleted findings; subheads and headlines without full stops; and Q&A turns ("A: We know." / "There
were 114 main breaks ...").

The pages hold 531 sentences: 159 "B", 177 "W" and 195 ""; 153 sentences carry a speaker (85
distinct speakers, page by page; 84 distinct labels, as "The commission" names two bodies). `STYLES`
describes each page, its story, its labels and its furniture in order; `CASES` holds 30 split cases
cut from the pages.

Written from scratch for issue 13 in round fifty-three, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief, the module docstrings of
`labelled_new.py` and `labelled_new2.py`, `def build` in `labelled_articles.py`, the `[tool.ruff]`
tables of `pyproject.toml`, and through `ast` only the docstrings and page, sentence and case counts
of `labelled_new139.py` and `labelled_new140.py`, plus two `STYLES` entries, the first page's first
twelve paragraphs and the first two cases of `labelled_new140.py`. Coined names were checked with
file counts of `grep -rlF` over `tests/text` (counts only, no text shown) and against the text of
`labelled_new139.py` and `labelled_new140.py` loaded through `ast`; the one that hit a newest set (a
candidate's surname) and the twenty that hit four or more older files (an outlet, two firms, a
hardware chain and sixteen surnames) were renamed before the file was written.

Every person, outlet, firm, school, club, shop, campaign group, institute, statement, filing and
figure is invented. Real countries, regions, cities, towns, roads, hospitals, rivers, dams, courts,
parliaments, ministries, agencies, regulators and councils appear only as settings, with invented
statements and figures: Porirua, Northland, Canterbury, Ōtara, Flaxmere, Stats NZ and the Reserve
Bank of New Zealand; Lagos, Ikeja, Lekki, the Otedola Bridge, the Lagos State High Court and the
EFCC; Erie, Millcreek Township, State Street, Harrisburg and the Erie County Board of Elections;
Merthyr Tydfil, Aberdare, Aberaman, Abercynon, Cardiff, Prince Charles Hospital, Rhondda Cynon Taf
Council, the Traffic Commissioner, Transport for Wales, traveline.cymru and the Welsh Government;
Dubai, Al Barsha, Al Qusais and KHDA; Cork, Kanturk, Limerick, Cork University Hospital, the Mercy
University Hospital, St. Finbarr's Hospital, HSE South West, the NTPF, the Irish Hospital
Consultants Association, Sláintecare and the Dáil; Mississauga, Winnipeg, Halifax, Ottawa, Health
Canada, the Winnipeg Fire Paramedic Service and the U.S. Consumer Product Safety Commission;
Potchefstroom and Windhoek; Petaling Jaya, SS2, Kampung Baru, Ipoh and Subang Jaya; Idukki,
Ernakulam, Peermade, Kochi, Adimali, Kuttampuzha, Kothamangalam, the Periyar, the Idamalayar dam,
Mattupetty, Kundala, the India Meteorological Department, KSEB and the Kerala State Disaster
Management Authority; Kingston and St. Andrew, St. Catherine, Papine, August Town, Mona Heights,
Barbican, Jacks Hill, Constant Spring, Portmore, Spanish Town, the Mona Reservoir, the Hermitage Dam,
the National Water Commission and the University of the West Indies; Sta. Mesa, Quezon City, Nueva
Ecija, the Philippine Statistics Authority, the Department of Agriculture, the National Food
Authority and the Senate.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines, so every masthead, menu, ticker, strip, crumb, byline, date line, share line, caption,
credit, table row, list item, box line, note and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; headlines and standfirsts never split and flagged by content (a standfirst's
"says" or "blames" carries its source as the story first gives it: "Economists", "Folasade
Ogunmekan-Ajayi", "Gerald Pasko Jr.", "Glanrhyd Coaches", "Timmy Dineen-Coakley", "Health Canada",
"officials"); a dateline belongs to its lead sentence; a person is named in full as first given,
without titles or roles ("Finance Minister", "Justice", "Defence counsel", "Mrs.", "Councillor",
"Principal Dr.", "Dr.", "District Collector Dr.", "Gov.", "Sen.", "Atty.", "Economist" dropped; "Jr."
and initials kept), and a pronoun or surname resolves to that name ("Pasko Jr." -> "Gerald Pasko
Jr.", "Yap said" -> "Yap Chee Wen"); "according to X" and "per X" give X as written ("the NWC", "the
county", "IMD data", "the Department of Agriculture's price monitoring"); a generic noun for a body
is kept as written ("the statement", "The commission", "The company", "the department", "the order",
"police", "Its principal"); a body first given with an article and an acronym keeps the article and
drops the acronym ("The India Meteorological Department (IMD)" -> "The India Meteorological
Department", and "the IMD said" resolves to it; "The National Water Commission (NWC)" likewise for
"The NWC said"); a quote over several sentences carries its speaker and cue in each, including the
sentences before a closing "he asked"; a person acting without a verb of saying carries no speaker
(the judge's convictions, the collector's order, "He hopes to open ...").

Conventions this set had to settle, in the same spirit:

* Tables pasted as lines (an at-a-glance box, election results, a timetable comparison, a
  waiting-list breakdown, affected models, a restriction schedule) follow the sport-data rule: the
  table's title, its header row and its source line are "B"; every data row is "" (data, not a
  claim worth checking, not furniture); the same figures stated in a sentence are "W". A review's
  info box (address, hours, price, status, rating) is data "" under a "B" title; a
  "reviews anonymously and pays for all meals" line is "B"; a scorers box is data "".
* Bulleted inspection findings are "W" (statements of record by the inspectors); the inspectors'
  numbered recommendations are "" (advice), like consumer steps, an advisory's items and a
  columnist's demands; a list item keeps its number ("1. Stop using the heater and unplug it.").
* A subhead without a full stop ("What the inspectors found", "What to do if you own one") is "",
  like a question subhead ("Why is this happening?"); a Q&A box's own title is "" too.
* The lines introducing a Q&A block ("The Clarion put readers' questions to ..." / "Her answers have
  been edited for length.") are "B"; "A:" stays with the first sentence of its answer and every
  sentence of the answer carries the interviewee with cue "A:"; a "Q:" that cites a source ("Some
  customers say ...") carries it.
* A dated first-person record in a quote is "W" even when an ellipsis and a complaint follow ("“I
  rang the hospital in January and again in March…" "W" / "Nobody could give me a date.”" ""); an
  exclamation that is a record ("“Forty minutes!” said ..., who has voted at the hall since 1979.")
  is one sentence and "W".
* A time a body has set for its own next step ("Her staff will begin reviewing them Thursday at 9
  a.m.", "The county board is scheduled to certify the results on Nov. 24.", "The NTPF publishes its
  next monthly figures on June 11.") is "W"; a plan hedged with "should", "hoped", "expected" or
  "could" is "".
* A columnist's own checkable statements (what a promise was, how many towns got the rice, a markup
  computed from two prices, how often a company's name came up in hearings) are "W" with no
  speaker; his insinuations, verdicts and forecasts are "".
* "think" ("Some economists think ..."), "noted", "called", "blames", "has denied" and "per" are cues like "said"
  and "according to".
* A company line where the designation is followed by a registration number in brackets or a town
  ("Piring Media Sdn. Bhd. (1298745-X)." / "All rights reserved."; "Pulse Digital Publications Pvt.
  Ltd., Kochi." / "All Rights Reserved.") ends only after the number or the town.
* `CASES` holds 30 sentence-split cases (id, text, expected sentences), each two or three
  consecutive sentences of one paragraph of these pages, joined by single spaces: what a reviewer
  wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'New Zealand BUSINESS NEWS SITE, desktop browser paste, a STATISTICS RELEASE: unemployment rises to 5.3% in the March quarter, the highest since 2016. Head: masthead, menu with pipes, a markets ticker, section label (all "B"); headline of record "W"; standfirst "Economists say ..." a hedged forecast "" carrying "Economists"; byline, date line with time, share strip with a comment count (all "B"). Body: "Stats NZ said" lead "W"; unattributed figures "W"; a statistics manager\'s record "W"; an at-a-glance table pasted as lines (title, header row and source line with "approx." "B", data rows ""); a colour topic sentence "" before a wage figure "W"; regional and youth rates "W"; a job seeker\'s record "W", his ellipsis before a lower-case word (one sentence) and his question with attribution ""; an economist\'s forecast with "i.e." mid-sentence ending "Rangitoto Partners Ltd." before "Her team" (both ""); a note\'s record with "according to" "W"; a minister\'s feeling and plan with a number ""; an opposition spokesman\'s comparison "W" and a question followed by a new sentence in his quote (two sentences, ""); market moves with "10.45 a.m." mid-sentence and "by 1 p.m." ending a sentence before "The New Zealand dollar" (both "W"); a hedge ""; migration figures "W"; the next statement\'s date "W"; a rhetorical question and a fragment with "most forecasters say" "". Tail: topics, a newsletter line where "6 a.m. Monday to Friday" does not end a sentence, a sign-up button, copyright split at "Ltd." (all "B").',
    'Nigerian NATIONAL NEWS WEBSITE (Lagos), desktop browser paste with straight quotes, a COURT SENTENCING: an investment scheme promoter jailed 14 years over a N214.6m fraud. Head: masthead, menu run together with double spaces, a breaking-news ticker, section label (all "B"); headline of record "W"; standfirst "..., judge says" carrying the judge as the story first gives her, rhetoric ""; byline, date line, share strip (all "B"). Body: the sentence, the convictions and the forfeiture order as narration "W" (the judge acting, no speaker); "Osun Crest Yield Partners Ltd." ending a sentence before "The company" and "i.e." mid-sentence (both "W"); the judge\'s findings in quotes "W" and her rhetoric ""; "Sec. 1(1)(a)" and "Sec. 287" mid-sentence "W"; "Ekene Ogbuagu Jr." ending a sentence before "They called" (both "W"); defence counsel\'s plea "W" with "telling the court", his plan and opinion ""; the EFCC spokesperson\'s traced sum "W" and "the statement said" kept as written ""; the commission\'s advice ""; "No. 7," mid-sentence in colour ""; a victim\'s "?" followed by a new sentence (two sentences, "") and her loss "W"; another victim\'s question with attribution (one sentence, ""); "10.05 a.m." ending a sentence before "It took" (both "W"); colour ""; "EFCC figures show" "W". Tail: related list, tags, WhatsApp line, copyright split after the outlet\'s name (all "B").',
    'United States CITY NEWSPAPER\'s website (Erie, Pa.), desktop browser paste, an ELECTION COUNT: the Democrat leads the mayor\'s race by 308 votes with provisional and undated mail ballots left. Head: masthead in capitals, menu, section label (all "B"); headline of record "W"; standfirst "Gerald Pasko Jr. says he will not concede ..." a plan "" carrying him with the suffix; byline with email, updated line with "1:47 a.m. ET", share strip (all "B"); a caption "" and its credit "B". Body: an "ERIE, Pa. —" lead "W" with "according to unofficial results from ..."; a results table pasted as lines (title and header with "Pct." "B", rows and the precincts row "", source line "B"); the elections director\'s count "W"; "Thursday at 9 a.m." ending a sentence before "The county board" (both "W", the review time with no speaker); her assurance ""; the leader\'s exclamation with attribution (one sentence) and her plan ""; "Pasko Jr. did not concede." "W" with the surname cue resolving to the full name with "Jr."; "12:50 a.m. Wednesday" mid-sentence ""; a quote and its question ""; a professor\'s "?" followed by a new sentence (two sentences "") and his arithmetic "W"; turnout "according to the county" "W"; "the U.S." ending a sentence before "Most of it" (both "W"); colour with "St. Mary\'s Hall on E. 10th St." and "8 p.m." ending it ""; a voter\'s exclamation with attribution and a record (one sentence, "W"); election officials\' scanner record "W"; council results "W"; lawyers\' hedge ""; a closing fragment "". Tail: more-coverage list, a tip line split after its question, copyright split at "Inc." (all "B").',
    'Welsh LOCAL NEWS SITE (Cynon Valley), desktop browser paste, a TRANSPORT TIMETABLE CHANGE: the No. 5 bus between Merthyr Tydfil and Aberdare goes half-hourly and its last departure moves from 10.40pm to 9.15pm from March 1. Head: masthead, menu with pipes, a weather strip, crumb path (all "B"); headline of record "W"; standfirst "Operator blames ..." with "No. 5 bus" mid-sentence "W" carrying the operator as the story first gives it; byline, a time-stamp line (all "B"); a caption "" with "No. 5" and its credit "B". Body: the new timetable "W" (fixed by the operator) with no speaker; a what\'s-changing table pasted as lines (title, header and source "B", rows with "approx." ""); the operator\'s causal claim "W"; the managing director\'s vacancies and recruitment record "W" over a quote split at a full stop, her opinion and hope ""; a council subsidy "W"; a councillor\'s forecast "", then "9.30pm." ending a sentence before his question with attribution ("W" then ""); a petition count "W"; a pensioner\'s plan "" and her ellipsis before a lower-case word (one sentence, ""); "Transport for Wales said" a plan with a date ""; Welsh Government figures "W"; a campaigner\'s record "W" and his two-sentence quote ""; "Glanrhyd Coaches Ltd." ending a sentence before "The company said" (both "W"); a rhetorical question and reader guidance "". Tail: read-next list, comment count, copyright (all "B").',
    'United Arab Emirates ENGLISH-LANGUAGE DAILY\'s website (Dubai), desktop browser paste, a SCHOOL INSPECTION: an Al Barsha British school rated \'Very good\' for the first time, with Arabic flagged. Head: masthead, menu with pipes, a prayer-times strip with five times, section label (all "B"); headline of record "W"; standfirst of record (a fee cap set by the framework) "W"; byline, published and updated lines (all "B"). Body: a "DUBAI —" lead with "according to a report published on Monday" "W"; pupils and the count of upgraded schools "W"; the fee framework and a fee sum "W"; a subhead without a full stop ""; four bulleted findings "W" with "e.g." and "i.e." mid-sentence; "Inspectors made three recommendations." "W" and a numbered list of recommendations ""; the principal ("Dr." dropped) with a feeling "", her opinion "", her record of two new hires "W" and an undecided plan ""; a parent\'s quote of three sentences (a question followed by a new sentence) ""; "KHDA said" with citywide figures "W"; an inspections head\'s opinion "" and record "W"; a downgrade "W"; "Its principal did not respond to a request for comment." ""; a rhetorical question and reader guidance "". Tail: also-read list, WhatsApp line, copyright split after "FZ-LLC." (all "B").',
    'Irish REGIONAL NEWS SITE (Cork), desktop browser paste, a HOSPITAL WAITING-LIST story: nearly 12,000 people wait more than 18 months for a first outpatient appointment at Cork University Hospital. Head: masthead, menu with middle dots, section label (all "B"); headline of record "W"; standfirst "A Kanturk farmer says ..." a first-person record with a figure "W" carrying him as the story first gives him; byline and date line (all "B"). Body: lead "according to figures from the National Treatment Purchase Fund (NTPF)" "W" (acronym dropped); list totals and comparisons "W"; a waiting-time table pasted as lines (title, header and source "B", rows ""); specialties and the national total "W"; "Kanturk, Co. Cork." ending a sentence before "His GP" ("" then "W"); his quote, his dated calls "W" before an ellipsis followed by a capital (two sentences, "W" then ""); his private fee "W"; his question with attribution (one sentence) ""; a HSE South West spokesperson\'s extra clinics "W" and forecast ""; advice ""; a consultant ("Dr." dropped) with vacancies "W" and opinion ""; a TD\'s feeling and plan ""; "St. Finbarr\'s Hospital" mid-sentence "W"; a target with "i.e." "W"; the next release date "W". Tail: read-more list, a contact line split after its question, a company line split at "Ltd." with "No. 518223" not ending a sentence (all "B").',
    'Canadian NATIONAL DIGITAL NEWS SITE, desktop browser paste, a PRODUCT RECALL: about 186,700 oil-filled space heaters recalled after 41 overheating reports and three fires. Head: masthead, menu with a drop-down arrow, section label (all "B"); headline of record "W"; standfirst "Health Canada says ..." advice ""; byline and a posted/updated line with "4:12 PM EST" (all "B"). Body: lead of record "W"; "the recall notice says" "W"; "Brisklund Home Inc." ending a sentence before "The Mississauga, Ont., company" (both "W", "Ont.," mid-sentence); an affected-models table pasted as lines (title and header with "Model No." "B", rows ""); "According to Health Canada" a causal finding "W"; fires with "Portage Ave." mid-sentence and "according to the Winnipeg Fire Paramedic Service" "W"; "the U.K." ending a sentence before "The recall", with "U.S." mid-sentence in both (both "W"); the company\'s statement "W" (speaker as first given, with "Inc.") and its president\'s apology ""; a subhead "" and a numbered list of steps with "e.g." ""; a contact line with "8 a.m. to 8 p.m. ET," not ending a sentence ""; a fire engineer ("Dr." dropped) with advice "" and an ellipsis before a lower-case word (one sentence, ""); "the department said" kept as written "W"; an owner\'s record "W" and his "?" followed by a new sentence (two sentences ""); a retailer\'s store count "W". Tail: related list, error-report link, copyright split at "Inc." (all "B").',
    'South African SPORTS WEBSITE, desktop browser paste, a MATCH REPORT: Dwarsrivier beat Umhlali Kingfishers 27-24 in the national club rugby final with a penalty two minutes from time. Head: masthead, menu with pipes, crumb path (all "B"); headline of record "W"; standfirst of record "W"; byline and date line (all "B"); a caption "" and its credit "B". Body: a "POTCHEFSTROOM —" lead "W"; the winning kick "W"; "It was cruel on the Kingfishers." "" before the lead they held "W"; crowd size "according to the organisers" "W"; the scoring sequence "W" with "No. 8," mid-sentence; fragments "Then the rain came." and "It did not." and an opinion ""; the referee\'s call as colour ""; the winning coach\'s "?" followed by a new sentence (two sentences, "") and his exclamation with attribution (one sentence, ""); the losing coach\'s complaint "" and his ellipsis before a lower-case word (one sentence, ""); possession with a decimal, lineouts and tackles "W"; the club\'s record "W"; qualification and prize money "W". A scorers box pasted as lines (title "B", team lines, half-time and referee lines ""). Tail: more-rugby list, comments-closed note, copyright split at "(Pty) Ltd." (all "B").',
    'Malaysian LIFESTYLE AND FOOD WEBSITE (Kuala Lumpur), desktop browser paste, a RESTAURANT REVIEW: a Petaling Jaya kopitiam\'s claypot nasi lemak. Head: masthead, menu with pipes, crumb path (all "B"); headline and standfirst, both verdicts ""; a words-and-photos byline and a date line ("B"). Body: colour ""; "Jln. SS 2/64" mid-sentence in a record of the shop\'s history "W"; the owner and the cook "W"; the recipe\'s origin "W" with "he said"; verdicts with prices "" and "i.e." mid-sentence; an ellipsis before a lower-case word (one sentence, ""); a question and a fragment answer ""; "Kwong Seng Trading Co." ending a sentence before "The beans" (both "W", the second with "Yap said"); drink prices "W" and a verdict ""; "approx." mid-sentence ""; halal status "W" and a pending application "W"; a hope to open a second outlet "" with no speaker; the owner\'s "?" followed by a new sentence ("" then a record with a year "W"); "e.g." mid-sentence ""; no air-conditioning "W" and the fans ""; advice "". An info box pasted as lines (title "B", address with "No. 14, Jln.", hours, price with "approx.", status and rating rows ""), a disclosure line "B". Tail: you-might-like list, copyright with "Sdn. Bhd. (1298745-X)." split only before "All rights reserved." (all "B").',
    'Indian REGIONAL ENGLISH-LANGUAGE NEWS SITE (Kerala), desktop browser paste, a WEATHER WARNING: a red alert for Idukki and Ernakulam, schools shut, a dam\'s shutters may be raised. Head: masthead, menu with pipes, a trending strip, section label (all "B"); headline of record "W"; standfirst "..., officials say" a hedged plan ""; byline and a dateline-and-updated line (both "B"). Body: the alert issued by "The India Meteorological Department (IMD)" "W" (acronym dropped, article kept) with "warning of"; alert levels "W"; rainfall "in the 24 hours ending 8.30 a.m. on Tuesday" "according to IMD data" "W" and Kochi\'s figure "W"; monsoon onset "W" with "the IMD said" resolving to the department; a forecast ""; "At 6 p.m. on Tuesday" with a dam level "W"; KSEB officials\' hedged plan ""; a request to residents ""; the collector\'s holiday order ("Dr." dropped, no speaker) "W", "Sec. 30" mid-sentence "W" and "the order said" "W"; relief camps "according to the Kerala State Disaster Management Authority" "W"; a landslide "W"; a drowning with initials "P. K. Sasidharan" mid-sentence "W" and an ex gratia with "Rs. 4 lakh" "W"; fishermen\'s advice with a forecast ""; an advisory box pasted as lines (title "B", numbered items with "7 p.m. and 7 a.m." and "e.g." ""); boating suspended, with an initial in the official\'s name ("Jijo K. Abraham") "W"; a resident\'s quote with an ellipsis before a capital (two sentences, "") and her question with attribution (one sentence, ""); a rainfall comparison "W"; meteorologists\' hedge "". Tail: also-read list, a follow line, copyright where "Pvt. Ltd., Kochi." ends the sentence only after "Kochi." (all "B").',
    'Jamaican NATIONAL NEWSPAPER\'s website (Kingston), desktop browser paste, an EXPLAINER WITH A Q&A BLOCK: night-time water restrictions in the Corporate Area as the Mona Reservoir falls to 41%. Head: masthead, menu run together with double spaces, section label (all "B"); an explainer headline ""; standfirst of record with "St. Andrew" mid-sentence "W"; byline and a published line with pipes ("B"). Body: the commission\'s restrictions "W" with no speaker; "Here is what we know so far." ""; question subheads ""; reservoir levels "according to the NWC" (as written) "W"; rainfall "according to Meteorological Service data" "W"; areas with "e.g." and "i.e." mid-sentence "W"; a schedule table pasted as lines (title and header "B", rows with "9 p.m. to 5 a.m." and "Red Hills Rd.," ""); a fragment answer "", "at 5 a.m." ending a hedged sentence before "The NWC said" ("" then a plan "", "The NWC said" resolving to the commission as first given, acronym dropped), then "Blue Hole Water Haulage Ltd. and" not ending a sentence "W"; a Q&A block introduced by two "B" lines, "Q:" turns "" (one citing "Some customers say"), "A:" answers carrying the manager with cue "A:" in every sentence: a forecast "", "A: We know." "" then main breaks "W", "A: Not yet." "" then the rule "W"; a subhead "", a billing rule with "the NWC said" "W" and a projection with "The commission says" kept as written ""; a rhetorical question "" and hydrologists\' warning with a figure "W"; the 2014 precedent "W". Tail: a question line split from its email line, copyright split after the outlet\'s name (all "B").',
    'Philippine BROADSHEET\'s website (Manila), desktop browser paste, a COLUMN on rice prices and promises. Head: masthead, menu with pipes, crumb path, the column\'s name (all "B"); a headline that is a quip ""; byline with "Jr.", date line with time, share strip (all "B"). Body: colour with "Sta. Mesa" mid-sentence "" and a neighbour\'s dated price "W"; an ellipsis before a lower-case word (one sentence, ""); "according to the Philippine Statistics Authority" "W"; a retail price "per the Department of Agriculture\'s price monitoring" and a year-on-year difference "W"; "Now for the bedtime stories." ""; a governor\'s promise ("Gov." mid-sentence) as a record "W", a fragment "" and the columnist\'s count of what happened "W"; a senator\'s bill with "Sen." and "Senate Bill No. 1427" mid-sentence "W" followed by opinion and a forecast ""; "Why?" and a fragment ending "etc." before "The list" (both ""); an economist\'s record with "noted" "W", his hedge "" and his question with attribution (one sentence, ""); a lawyer ("Atty." dropped) with a farmgate price and "i.e." "W"; opinion ""; a markup with "vs." "W"; "Golden Pallet Grains Inc." ending an insinuation before "Its name" ("" then a record "W") and a denial "W" carrying the company as first given (with "Inc.") and the cue "has denied"; a question and a numbered list of demands ""; a neighbour named by his nickname with an exclamation and attribution (one sentence, "") and a fragment "". Tail: an author line where "Cabarrubias Jr. teaches" does not split, an email line, a disclaimer, copyright split after "Sentry Publishing Co." (all "B").',
]

ARTICLES = [
    [
        [
            ("TAUHARA BUSINESS", "", "", "B"),
        ],
        [
            (
                "Business | Economy | Markets | Property | Rural | Opinion | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            ("NZX 50 12,411.8 ▲0.4%  ·  NZD/USD 0.5894  ·  OCR 3.25%", "", "", "B"),
        ],
        [
            ("Economy", "", "", "B"),
        ],
        [
            ("Unemployment rises to 5.3%, highest in nine years", "", "", "W"),
        ],
        [
            (
                "Economists say the jobless rate is close to its peak – but the Reserve Bank may not read it that way",
                "Economists",
                "say",
                "",
            ),
        ],
        [
            ("Aroha Tupaea-Wells, Economics Reporter", "", "", "B"),
        ],
        [
            ("6 May 2026 • 11:02am", "", "", "B"),
        ],
        [
            ("Share   Save   Comments (14)", "", "", "B"),
        ],
        [
            (
                "Unemployment rose to 5.3% in the March quarter, up from 5.1% in December and the highest rate since the September quarter of 2016, Stats NZ said on Wednesday.",
                "Stats NZ",
                "said",
                "W",
            ),
        ],
        [
            (
                "About 162,000 people were out of work, 7,000 more than three months earlier.",
                "",
                "",
                "W",
            ),
            (
                "Employment fell 0.2% in the quarter, the fourth fall in five quarters.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The result was worse than the 5.2% most economists had forecast, and worse than the Reserve Bank's own February projection of 5.1%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The fall in employment was concentrated in construction and retail trade, which together shed about 11,000 jobs over the year,” Stats NZ labour market statistics manager Hemi Rapata-Coutts said.",
                "Hemi Rapata-Coutts",
                "said",
                "W",
            ),
        ],
        [
            ("AT A GLANCE: MARCH 2026 QUARTER", "", "", "B"),
        ],
        [
            ("Measure | Dec 2025 qtr | Mar 2026 qtr", "", "", "B"),
        ],
        [
            ("Unemployment rate | 5.1% | 5.3%", "", "", ""),
        ],
        [
            ("Annual wage growth (LCI, private sector) | 2.7% | 2.4%", "", "", ""),
        ],
        [
            (
                "Source: Stats NZ Household Labour Force Survey, seasonally adjusted; sample approx. 15,000 households a quarter",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nor was there much comfort in pay packets.", "", "", ""),
            (
                "Private sector ordinary time wages rose 2.4% in the year to March, the slowest pace since March 2021 and below annual inflation of 2.6%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Unemployment was highest in Northland, at 7.1%, and lowest in Canterbury, at 4.2%.",
                "",
                "",
                "W",
            ),
            (
                "Among 15- to 24-year-olds it climbed to 13.9%, up 1.4 percentage points on a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Porirua, Tevita Fuimaono-Hale, 23, has applied for 64 jobs since finishing a forklift course in February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“You send them off and you hear nothing… not even a no,” he said.",
                "Tevita Fuimaono-Hale",
                "said",
                "",
            ),
            (
                "“Is that just how it is now?” he asked.",
                "Tevita Fuimaono-Hale",
                "asked",
                "",
            ),
        ],
        [
            (
                "“We think this is close to the peak, i.e. unemployment tops out around 5.5% in the middle of the year and then drifts lower,” said Carys Mordaunt-Pihama, chief economist at Rangitoto Partners Ltd.",
                "Carys Mordaunt-Pihama",
                "said",
                "",
            ),
            (
                "Her team expects the Reserve Bank to cut the official cash rate to 3% in July, she said.",
                "Carys Mordaunt-Pihama",
                "said",
                "",
            ),
        ],
        [
            (
                "Total hours worked fell 0.9% in the quarter, the steepest drop outside the pandemic years, according to a note from Kauri Point Advisory.",
                "a note from Kauri Point Advisory",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Finance Minister Lydia Kaiwhare-Grant said the rise was “disappointing but not a surprise”.",
                "Lydia Kaiwhare-Grant",
                "said",
                "",
            ),
            (
                "She said the Government's infrastructure pipeline would add about 4,000 construction jobs by the end of the year.",
                "Lydia Kaiwhare-Grant",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition finance spokesperson Manu Tekoronga-Bligh said 31,000 more people were unemployed than when the Government took office.",
                "Manu Tekoronga-Bligh",
                "said",
                "W",
            ),
        ],
        [
            ("“Who is paying for this?", "Manu Tekoronga-Bligh", "said", ""),
            (
                "Families in Ōtara and Flaxmere, that's who,” he said.",
                "Manu Tekoronga-Bligh",
                "said",
                "",
            ),
        ],
        [
            (
                "Wholesale interest rates fell after the 10.45 a.m. release, with the two-year swap rate down 6 basis points to 3.02% by 1 p.m.",
                "",
                "",
                "W",
            ),
            ("The New Zealand dollar slipped below 59 US cents.", "", "", "W"),
        ],
        [
            (
                "Some economists think the participation rate may also have been dragged down by people leaving for Australia, though the survey does not measure that directly.",
                "Some economists",
                "think",
                "",
            ),
        ],
        [
            (
                "Net migration of New Zealand citizens to Australia was 29,400 in the year to March, according to separate Stats NZ figures.",
                "separate Stats NZ figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Reserve Bank's next Monetary Policy Statement is due on 27 May.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("So is the worst over?", "", "", ""),
            ("Not yet, most forecasters say.", "most forecasters", "say", ""),
        ],
        [
            ("Topics: Economy · Jobs · Stats NZ · Reserve Bank", "", "", "B"),
        ],
        [
            (
                "The Tauhara business briefing lands in your inbox at 6 a.m. Monday to Friday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign up free", "", "", "B"),
        ],
        [
            ("© 2026 Tauhara Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LAGOON COURIER", "", "", "B"),
        ],
        [
            (
                "Home  News  Metro  Politics  Business  Law  Sports  Opinion  Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BREAKING: Tanker fire shuts inward Lagos lane of Otedola Bridge",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Law & Justice", "", "", "B"),
        ],
        [
            (
                "Court jails investment scheme promoter 14 years over N214.6m fraud",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Victims, mostly retirees, 'were robbed of their old age', judge says",
                "Folasade Ogunmekan-Ajayi",
                "says",
                "",
            ),
        ],
        [
            ("By Chidiebere Adesunloye-Eze", "", "", "B"),
        ],
        [
            ("May 13, 2026 6:41 pm", "", "", "B"),
        ],
        [
            ("Share on Facebook  Share on X  WhatsApp  Telegram", "", "", "B"),
        ],
        [
            (
                "A Lagos State High Court sitting in Ikeja on Tuesday sentenced Olumide Adeyeri-Banjo, the promoter of a collapsed investment scheme, to 14 years in prison for defrauding 312 investors of N214.6 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice Folasade Ogunmekan-Ajayi convicted Adeyeri-Banjo, 46, on 11 of the 13 counts filed against him by the Economic and Financial Crimes Commission (EFCC), including obtaining money by false pretences and stealing.",
                "",
                "",
                "W",
            ),
            (
                "She discharged him on the two remaining counts, both of forgery.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The sentences will run concurrently.", "", "", "W"),
            (
                "The judge also ordered that two houses in Lekki and a Toyota Land Cruiser be forfeited to the Federal Government and sold, with the proceeds paid to the victims.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Adeyeri-Banjo ran the scheme through Osun Crest Yield Partners Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company promised returns of 8% a month, i.e. 96% a year, on deposits of at least N500,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                '"The defendant did not invest one kobo of the money," the judge said.',
                "Folasade Ogunmekan-Ajayi",
                "said",
                "W",
            ),
            (
                '"He paid old investors with the deposits of new ones, and when new deposits stopped in August 2022, the scheme collapsed."',
                "Folasade Ogunmekan-Ajayi",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Many of the victims put in their gratuity.',
                "Folasade Ogunmekan-Ajayi",
                "said",
                "W",
            ),
            (
                'They were robbed of their old age," she said.',
                "Folasade Ogunmekan-Ajayi",
                "said",
                "",
            ),
        ],
        [
            (
                "The EFCC arraigned Adeyeri-Banjo in March 2023 under Sec. 1(1)(a) of the Advance Fee Fraud and Other Fraud Related Offences Act, 2006, and Sec. 287 of the Criminal Law of Lagos State, 2011.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The prosecution was led by Rotimi Ezeanyika-Okeke and Ekene Ogbuagu Jr.",
                "",
                "",
                "W",
            ),
            (
                "They called nine witnesses, among them a retired headmistress who lost N11.2 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Defence counsel Kayode Onyeabor-Lawal (SAN) had urged leniency, telling the court his client was a first offender and the father of four.",
                "Kayode Onyeabor-Lawal",
                "telling the court",
                "W",
            ),
        ],
        [
            (
                "He told reporters after the judgment that his client would appeal.",
                "Kayode Onyeabor-Lawal",
                "told reporters",
                "",
            ),
            (
                '"We respect the court, but we believe the judgment went against the weight of evidence on counts 4 to 9," he said.',
                "Kayode Onyeabor-Lawal",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement on Tuesday evening, EFCC spokesperson Ifeoma Chukwumerije-Ola said the commission had so far traced N87.3 million of the money to accounts in three banks.",
                "Ifeoma Chukwumerije-Ola",
                "said",
                "W",
            ),
        ],
        [
            (
                '"We will continue to trace the rest," the statement said.',
                "the statement",
                "said",
                "",
            ),
        ],
        [
            (
                "The commission urged anyone approached by schemes promising returns above Treasury bill rates, currently about 18% a year, to report to its Lagos zonal office.",
                "The commission",
                "urged",
                "",
            ),
        ],
        [
            ("Outside Court No. 7, some of the victims wept.", "", "", ""),
        ],
        [
            ('"Fourteen years?', "Bolanle Ikotun-Adeyemo", "said", ""),
            (
                'He should return our money first," said Mrs. Bolanle Ikotun-Adeyemo, 67, a retired nurse.',
                "Bolanle Ikotun-Adeyemo",
                "said",
                "",
            ),
            (
                "She said she lost N6.5 million, her entire gratuity, in 2022.",
                "Bolanle Ikotun-Adeyemo",
                "said",
                "W",
            ),
        ],
        [
            (
                '"Is it the court that will pay my children\'s school fees?" asked Tunde Alabi-Obafemi, a former civil servant.',
                "Tunde Alabi-Obafemi",
                "asked",
                "",
            ),
        ],
        [
            ("The judge began reading the judgment at 10.05 a.m.", "", "", "W"),
            ("It took more than three hours.", "", "", "W"),
        ],
        [
            (
                "Adeyeri-Banjo, in a white kaftan, showed no emotion as the sentence was read.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "EFCC figures show the commission secured 4,120 convictions nationwide in 2025, up from 3,455 in 2024.",
                "EFCC figures",
                "show",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("EFCC arraigns three over N1.2bn land fraud in Abuja", "", "", "B"),
        ],
        [
            ("Tags: EFCC, Fraud, Investment scheme, Lagos", "", "", "B"),
        ],
        [
            ("Get breaking news on our WhatsApp channel.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 The Lagoon Courier.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("ERIE BAYFRONT SENTINEL", "", "", "B"),
        ],
        [
            (
                "News  Sports  Business  Opinion  Obituaries  E-Edition  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ELECTION 2025", "", "", "B"),
        ],
        [
            (
                "Nieminen-Ruiz leads Erie mayor's race by 308 votes as count nears its end",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Gerald Pasko Jr. says he will not concede until every lawful ballot is counted",
                "Gerald Pasko Jr.",
                "says",
                "",
            ),
        ],
        [
            ("Kendra Vollmar-Osei | kvollmar@eriebayfrontsentinel.com", "", "", "B"),
        ],
        [
            ("Updated Nov. 5, 2025, 1:47 a.m. ET", "", "", "B"),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "Dana Nieminen-Ruiz speaks to supporters at a union hall on State Street on Tuesday night.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Photo: Ines Barraclough / Sentinel)", "", "", "B"),
        ],
        [
            (
                "ERIE, Pa. — Democrat Dana Nieminen-Ruiz led Republican Gerald Pasko Jr. by 308 votes in the race for Erie mayor early Wednesday, with all 112 precincts reporting and fewer than 1,000 ballots left to review, according to unofficial results from the Erie County Board of Elections.",
                "unofficial results from the Erie County Board of Elections",
                "according to",
                "W",
            ),
        ],
        [
            ("ERIE MAYOR (UNOFFICIAL)", "", "", "B"),
        ],
        [
            ("Candidate | Votes | Pct.", "", "", "B"),
        ],
        [
            ("Dana Nieminen-Ruiz (D) | 14,212 | 50.4%", "", "", ""),
        ],
        [
            ("Gerald Pasko Jr. (R) | 13,904 | 49.3%", "", "", ""),
        ],
        [
            ("Write-ins | 84 | 0.3%", "", "", ""),
        ],
        [
            ("Precincts reporting: 112 of 112", "", "", ""),
        ],
        [
            (
                "Source: Erie County Board of Elections, as of 1:15 a.m. Wednesday",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About 460 provisional ballots remain to be reviewed, along with 229 mail ballots that arrived in outer envelopes without a handwritten date, county elections director Marguerite Szewczak-Fisk said.",
                "Marguerite Szewczak-Fisk",
                "said",
                "W",
            ),
        ],
        [
            ("Her staff will begin reviewing them Thursday at 9 a.m.", "", "", "W"),
            (
                "The county board is scheduled to certify the results on Nov. 24.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Every ballot that's valid will be counted, and every one that isn't will be set aside and documented,” Szewczak-Fisk said.",
                "Marguerite Szewczak-Fisk",
                "said",
                "",
            ),
        ],
        [
            (
                "“Erie voted for change tonight!” Nieminen-Ruiz told about 200 supporters shortly before midnight.",
                "Dana Nieminen-Ruiz",
                "told",
                "",
            ),
            (
                "She said her first act would be to order an audit of the city's $31 million street-paving program.",
                "Dana Nieminen-Ruiz",
                "said",
                "",
            ),
        ],
        [
            (
                "Pasko Jr., a two-term City Council member, did not concede.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement posted to Facebook at 12:50 a.m. Wednesday, he said he would wait “until every lawful ballot has been counted and every question answered.”",
                "Gerald Pasko Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "“We've seen leads like this disappear before,” he said.",
                "Gerald Pasko Jr.",
                "said",
                "",
            ),
            ("“Is anyone really sure this one won't?”", "Gerald Pasko Jr.", "said", ""),
        ],
        [
            ("“Is there a path for Pasko?", "Lionel Agbaje-Sturm", "said", ""),
            (
                "Mathematically, yes, but it's a narrow one,” said Lionel Agbaje-Sturm, who teaches political science at Lakeshore State College.",
                "Lionel Agbaje-Sturm",
                "said",
                "",
            ),
        ],
        [
            (
                "Pasko would need to win nearly three-quarters of the remaining ballots to overturn the lead, Agbaje-Sturm said.",
                "Lionel Agbaje-Sturm",
                "said",
                "W",
            ),
        ],
        [
            (
                "Turnout was 41.6%, up from 33.9% in the 2021 mayoral election, according to the county.",
                "the county",
                "according to",
                "W",
            ),
        ],
        [
            (
                "According to the Keystone Spending Watch, a nonpartisan spending tracker, outside groups spent $1.9 million on the race, one of the highest per-voter totals for a mayoral race anywhere in the U.S.",
                "the Keystone Spending Watch",
                "According to",
                "W",
            ),
            (
                "Most of it came from two political action committees based in Harrisburg.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lines at St. Mary's Hall on E. 10th St. stretched around the block shortly before polls closed at 8 p.m.",
                "",
                "",
                "",
            ),
            (
                "“Forty minutes!” said Rosalind Kerchenko, 74, who has voted at the hall since 1979.",
                "Rosalind Kerchenko",
                "said",
                "W",
            ),
        ],
        [
            (
                "Election officials said a ballot scanner at the hall jammed twice between 6:30 and 7:15 p.m., and about 90 ballots were placed in an emergency bin and scanned later.",
                "Election officials",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the City Council race, incumbents Tomasz Wierzbicki and Lena Fiszbach-Moss were re-elected, and newcomer Farid Haddadin won the third open seat by 1,143 votes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawyers for both campaigns said a court challenge over the undated envelopes was possible.",
                "Lawyers for both campaigns",
                "said",
                "",
            ),
        ],
        [
            ("For now, Erie waits.", "", "", ""),
        ],
        [
            ("More election coverage", "", "", "B"),
        ],
        [
            (
                "Erie County results: Full list of winners in Tuesday's races",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Have a news tip?", "", "", "B"),
            ("Email tips@eriebayfrontsentinel.com or call 814-555-0172.", "", "", "B"),
        ],
        [
            ("© 2025 Bayfront Media Group Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("CYNON VALLEY LEDGER", "", "", "B"),
        ],
        [
            ("News | Sport | What's On | Jobs | Property | Announcements", "", "", "B"),
        ],
        [
            ("Aberdare 9°C Showers", "", "", "B"),
        ],
        [
            ("News › Transport", "", "", "B"),
        ],
        [
            (
                "Evening buses cut as Merthyr-Aberdare timetable changes from March 1",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator blames driver shortage as last No. 5 bus of the night moves to 9.15pm",
                "Glanrhyd Coaches",
                "blames",
                "W",
            ),
        ],
        [
            ("Rhodri Hendry-Pugh Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("10:30, 17 FEB 2026", "", "", "B"),
        ],
        [
            ("A No. 5 bus leaves Aberdare bus station.", "", "", ""),
        ],
        [
            ("(Image: Cynon Valley Ledger)", "", "", "B"),
        ],
        [
            (
                "The last evening bus between Merthyr Tydfil and Aberdare will leave almost an hour and a half earlier from Sunday, March 1, under a new timetable published by Glanrhyd Coaches.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The No. 5 will run every 30 minutes instead of every 20 during the day, and the final departure from Aberdare will move from 10.40pm to 9.15pm.",
                "",
                "",
                "W",
            ),
            (
                "Sunday services on the route, currently hourly, will run every two hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("WHAT'S CHANGING ON THE No. 5", "", "", "B"),
        ],
        [
            ("| Now | From March 1", "", "", "B"),
        ],
        [
            ("Daytime frequency (Mon-Sat) | every 20 min | every 30 min", "", "", ""),
        ],
        [
            ("First bus from Aberdare | 5.52am | 6.10am", "", "", ""),
        ],
        [
            ("Last bus from Aberdare | 10.40pm | 9.15pm", "", "", ""),
        ],
        [
            ("Journey time | approx. 38 min | approx. 41 min", "", "", ""),
        ],
        [
            ("Source: Glanrhyd Coaches", "", "", "B"),
        ],
        [
            (
                "Glanrhyd Coaches said it could not recruit enough drivers to keep the current timetable.",
                "Glanrhyd Coaches",
                "said",
                "W",
            ),
            (
                "The company has 11 driver vacancies out of 64 posts, managing director Eleri Vaughan-Prosser said.",
                "Eleri Vaughan-Prosser",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We've advertised every month since September.",
                "Eleri Vaughan-Prosser",
                "said",
                "W",
            ),
            (
                "We've had four applicants who held a full PCV licence, and two of them took jobs in Cardiff for £2 an hour more,” she said.",
                "Eleri Vaughan-Prosser",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I'd rather run a timetable we can actually deliver than one we cancel half of.”",
                "Eleri Vaughan-Prosser",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the company hoped to restore 20-minute daytime services by the autumn if recruitment picked up.",
                "Eleri Vaughan-Prosser",
                "said",
                "",
            ),
        ],
        [
            (
                "The evening journeys are subsidised by Rhondda Cynon Taf Council, which pays the operator about £186,000 a year under a contract that runs until 2028.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Councillor Gethin Arwel-Davies, who represents Aberaman, said the change would leave shift workers at Prince Charles Hospital without a bus home.",
                "Gethin Arwel-Davies",
                "said",
                "",
            ),
        ],
        [
            ("“The late shift finishes at 9.30pm.", "Gethin Arwel-Davies", "said", "W"),
            (
                "What are they supposed to do, walk over the mountain?” he said.",
                "Gethin Arwel-Davies",
                "said",
                "",
            ),
        ],
        [
            (
                "A petition calling for the 10.40pm departure to be kept had 2,314 signatures on Tuesday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mair Tudor-Rees, 79, who travels from Abercynon to her sister's in Merthyr twice a week, said she would now have to leave by half past eight.",
                "Mair Tudor-Rees",
                "said",
                "",
            ),
        ],
        [
            (
                "“It's our lifeline… it's the only way I see anybody,” she said.",
                "Mair Tudor-Rees",
                "said",
                "",
            ),
        ],
        [
            (
                "Transport for Wales said bus franchising, which will let the Welsh Government set routes, fares and timetables, should begin in south-east Wales in 2027.",
                "Transport for Wales",
                "said",
                "",
            ),
        ],
        [
            (
                "Bus passenger journeys in Wales are still 19% below 2019 levels, according to Welsh Government figures.",
                "Welsh Government figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Wales has lost more than a quarter of its council-supported bus mileage since 2014, said Owain Gwynedd-Rhys of the campaign group Bysiau i Bawb.",
                "Owain Gwynedd-Rhys",
                "said",
                "W",
            ),
        ],
        [
            ("“Every cut like this is a small one.", "Owain Gwynedd-Rhys", "said", ""),
            (
                "Add them up and you have a valley with no buses after tea.”",
                "Owain Gwynedd-Rhys",
                "said",
                "",
            ),
        ],
        [
            (
                "The change was registered with the Traffic Commissioner on December 19 by Glanrhyd Coaches Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company said it had told both councils in November.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("So who will be on the 9.15pm?", "", "", ""),
        ],
        [
            (
                "Passengers can check the new times at traveline.cymru or on the Glanrhyd Coaches app.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Read next", "", "", "B"),
        ],
        [
            ("Aberdare Park lido to reopen in May after £1.2m repairs", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("© Cynon Valley Ledger 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CREEK DAILY", "", "", "B"),
        ],
        [
            (
                "UAE | Gulf | World | Business | Education | Lifestyle | Sport",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Dubai prayer times: Fajr 4:41 · Dhuhr 12:22 · Asr 3:49 · Maghrib 6:33 · Isha 7:47",
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
                "Al Barsha school rated ‘Very good’ for first time, but inspectors flag Arabic",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The upgrade allows Meadowgate British School to raise fees by up to 3.5% from September",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Salma Quraishi-Denholm, Education Correspondent", "", "", "B"),
        ],
        [
            ("Published: Tue 24 Mar 2026, 6:00 AM", "", "", "B"),
        ],
        [
            ("Last updated: Tue 24 Mar 2026, 9:12 AM", "", "", "B"),
        ],
        [
            (
                "DUBAI — Meadowgate British School in Al Barsha has been rated ‘Very good’ by inspectors from KHDA, Dubai's private schools regulator, for the first time, up from ‘Good’ in its previous two inspections, according to a report published on Monday.",
                "a report published on Monday",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The school, which has 1,840 pupils from FS1 to Year 13, is one of 31 Dubai private schools whose rating went up this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the emirate's fee framework, schools rated ‘Very good’ may raise fees by up to 3.5% for the 2026-27 academic year, compared with 2.6% for schools rated ‘Good’.",
                "",
                "",
                "W",
            ),
            (
                "For a Year 7 place, which costs Dh65,700 a year, that is an increase of up to Dh2,300.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What the inspectors found", "", "", ""),
        ],
        [
            (
                "• Attainment and progress in English, mathematics and science are ‘Very good’ or ‘Outstanding’ in every phase.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Arabic as an additional language remains ‘Acceptable’ in the primary phase, and fewer than half of Year 6 pupils reach the expected level.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Pupils' personal development, e.g. behaviour and attendance, is ‘Outstanding’; attendance was 96.8% last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Provision for students of determination, i.e. those with special educational needs, improved from ‘Good’ to ‘Very good’.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Inspectors made three recommendations.", "", "", "W"),
        ],
        [
            (
                "1. Raise attainment in Arabic in the primary phase, particularly in reading.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "2. Make sure teachers use assessment information to plan lessons for the most able pupils.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "3. Improve the quality of Islamic education lessons in Years 7 to 9.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Principal Dr. Imogen Farrow-Adeyinka said staff had been “working towards this for six years”.",
                "Imogen Farrow-Adeyinka",
                "said",
                "",
            ),
        ],
        [
            (
                "“Arabic is where we know we have to get better,” she said.",
                "Imogen Farrow-Adeyinka",
                "said",
                "",
            ),
            (
                "“We've already hired two more specialist teachers for September.”",
                "Imogen Farrow-Adeyinka",
                "said",
                "W",
            ),
        ],
        [
            (
                "She said the school had not yet decided whether to apply the full increase.",
                "Imogen Farrow-Adeyinka",
                "said",
                "",
            ),
        ],
        [
            (
                "“We're happy for the teachers, honestly.",
                "Rahul Ilangovan-Bose",
                "said",
                "",
            ),
            ("But Dh4,600 more for two kids?", "Rahul Ilangovan-Bose", "said", ""),
            (
                "That's a car payment,” said Rahul Ilangovan-Bose, whose children are in Years 4 and 8.",
                "Rahul Ilangovan-Bose",
                "said",
                "",
            ),
        ],
        [
            (
                "Across Dubai, 227 private schools were inspected in the 2025-26 cycle, and 62% were rated ‘Good’ or better, up from 59% a year earlier, KHDA said.",
                "KHDA",
                "said",
                "W",
            ),
            ("Seventeen schools were rated ‘Outstanding’.", "", "", "W"),
        ],
        [
            (
                "“The schools that improved are the ones that listened to their own pupils,” said Noora Al Kindy-Saleh, who leads school inspections at KHDA.",
                "Noora Al Kindy-Saleh",
                "said",
                "",
            ),
        ],
        [
            (
                "She said inspectors had spent more than 1,600 days in classrooms during the cycle.",
                "Noora Al Kindy-Saleh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dar Al Nakheel Indian High School in Al Qusais dropped from ‘Good’ to ‘Acceptable’, which means it cannot raise fees next year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Its principal did not respond to a request for comment.",
                "Its principal",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("Does one word really tell a parent what a school is like?", "", "", ""),
        ],
        [
            (
                "Parents can read the full inspection report for every school on the KHDA website.",
                "",
                "",
                "",
            ),
        ],
        [
            ("ALSO READ", "", "", "B"),
        ],
        [
            ("Dubai school fees 2026-27: what parents need to know", "", "", "B"),
        ],
        [
            ("Follow The Creek Daily on WhatsApp for the latest UAE news", "", "", "B"),
        ],
        [
            ("© 2026 Creek Media Group FZ-LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CORK DISPATCH", "", "", "B"),
        ],
        [
            (
                "News · Sport · Business · Farming · Opinion · Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Nearly 12,000 wait more than 18 months for CUH outpatient appointment",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A Kanturk farmer says he has been waiting three years to see an orthopaedic surgeon about his hip",
                "Timmy Dineen-Coakley",
                "says",
                "W",
            ),
        ],
        [
            ("Niamh Ó Cathasaigh-Barry", "", "", "B"),
        ],
        [
            ("Thu, 14 May, 2026 - 07:00", "", "", "B"),
        ],
        [
            (
                "Nearly 12,000 people have been waiting more than 18 months for a first outpatient appointment at Cork University Hospital, according to figures from the National Treatment Purchase Fund (NTPF).",
                "figures from the National Treatment Purchase Fund",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At the end of April, 68,412 people were on the hospital's outpatient waiting list, up 4.1% on the same month last year.",
                "",
                "",
                "W",
            ),
            (
                "Of those, 11,930 had been waiting more than 18 months, compared with 9,874 a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("CUH OUTPATIENT WAITING LIST, END OF APRIL", "", "", "B"),
        ],
        [
            ("Time waiting | 2025 | 2026", "", "", "B"),
        ],
        [
            ("0-6 months | 31,207 | 30,115", "", "", ""),
        ],
        [
            ("6-12 months | 14,390 | 15,842", "", "", ""),
        ],
        [
            ("12-18 months | 10,247 | 10,525", "", "", ""),
        ],
        [
            ("18+ months | 9,874 | 11,930", "", "", ""),
        ],
        [
            ("Total | 65,718 | 68,412", "", "", ""),
        ],
        [
            ("Source: NTPF", "", "", "B"),
        ],
        [
            (
                "Orthopaedics had the longest list, with 9,218 people waiting, followed by ENT (7,604) and dermatology (6,951).",
                "",
                "",
                "W",
            ),
            (
                "Nationally, 618,300 people were waiting for a first outpatient appointment at the end of April.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "One of them is Timmy Dineen-Coakley, a 61-year-old dairy farmer from near Kanturk, Co. Cork.",
                "",
                "",
                "",
            ),
            (
                "His GP referred him to an orthopaedic surgeon at CUH in May 2023.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Some mornings I can't get out of the jeep,” he said.",
                "Timmy Dineen-Coakley",
                "said",
                "",
            ),
        ],
        [
            (
                "“I rang the hospital in January and again in March…",
                "Timmy Dineen-Coakley",
                "said",
                "W",
            ),
            ("Nobody could give me a date.”", "Timmy Dineen-Coakley", "said", ""),
        ],
        [
            (
                "He said he paid €220 last year to see a private consultant in Limerick, who told him he needed a hip replacement.",
                "Timmy Dineen-Coakley",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Why should a man have to pay to be told he's on a list?” he asked.",
                "Timmy Dineen-Coakley",
                "asked",
                "",
            ),
        ],
        [
            (
                "A spokesperson for HSE South West said the hospital had added 14 outpatient clinics a week since February, mostly in orthopaedics and ENT.",
                "A spokesperson for HSE South West",
                "said",
                "W",
            ),
        ],
        [
            (
                "The spokesperson said the number waiting more than 18 months was expected to fall “significantly” by the end of the year as more patients are seen under the insourcing scheme.",
                "A spokesperson for HSE South West",
                "said",
                "",
            ),
        ],
        [
            (
                "Patients whose condition gets worse while they wait should go back to their GP, the spokesperson said.",
                "A spokesperson for HSE South West",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Ciarán Hegarty-Nolan, a consultant rheumatologist and Munster representative of the Irish Hospital Consultants Association, said 31 approved consultant posts at CUH and the Mercy University Hospital were vacant or filled on a temporary basis.",
                "Ciarán Hegarty-Nolan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“You cannot clear a list with clinics you have nobody to staff,” he said.",
                "Ciarán Hegarty-Nolan",
                "said",
                "",
            ),
        ],
        [
            (
                "Cork North-West TD Aoife Fahey-Kiely said the figures were “shameful”.",
                "Aoife Fahey-Kiely",
                "said",
                "",
            ),
            (
                "She said she would raise Mr Dineen-Coakley's case with the Minister for Health in the Dáil next week.",
                "Aoife Fahey-Kiely",
                "said",
                "",
            ),
        ],
        [
            (
                "Some orthopaedic clinics have been moved to St. Finbarr's Hospital since March to free space at CUH.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under Sláintecare, the Government's long-term target, i.e. the longest anyone should wait, is 10 weeks for a first outpatient appointment.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The NTPF publishes its next monthly figures on June 11.", "", "", "W"),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Mallow GP practice closes to new patients", "", "", "B"),
        ],
        [
            ("Bantry hospital injury unit hours extended", "", "", "B"),
        ],
        [
            ("Got a story?", "", "", "B"),
            ("Email newsdesk@corkdispatch.ie", "", "", "B"),
        ],
        [
            ("© Southern Dispatch Media Ltd.", "", "", "B"),
            ("Registered in Ireland No. 518223.", "", "", "B"),
        ],
    ],
    [
        [
            ("NORTHWAY NEWS", "", "", "B"),
        ],
        [
            ("Canada  World  Politics  Business  Health  Tech  Local ▾", "", "", "B"),
        ],
        [
            ("Consumer", "", "", "B"),
        ],
        [
            (
                "Nearly 187,000 space heaters recalled in Canada after 3 fires",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Health Canada says owners should stop using the heaters immediately and unplug them",
                "Health Canada",
                "says",
                "",
            ),
        ],
        [
            ("Marc-Olivier Drouin-Lang · Northway News", "", "", "B"),
        ],
        [
            (
                "Posted: Feb 18, 2026 4:12 PM EST | Last Updated: 2 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Health Canada has recalled about 186,700 oil-filled portable space heaters sold under the Brisklund brand after 41 reports of overheating in Canada, including three fires and two minor burns.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The heaters were sold from September 2023 to December 2025 at hardware and department stores across the country and online, the recall notice says.",
                "the recall notice",
                "says",
                "W",
            ),
        ],
        [
            ("They were made in China for Brisklund Home Inc.", "", "", "W"),
            (
                "The Mississauga, Ont., company has agreed to refund or replace them.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("AFFECTED MODELS", "", "", "B"),
        ],
        [
            ("Model No. | Wattage | UPC", "", "", "B"),
        ],
        [
            ("BH-1500-OF | 1,500 W | 0 62918 44107 3", "", "", ""),
        ],
        [
            ("BH-1500-OFT (with timer) | 1,500 W | 0 62918 44109 7", "", "", ""),
        ],
        [
            ("BH-700-MINI | 700 W | 0 62918 44112 7", "", "", ""),
        ],
        [
            (
                "According to Health Canada, a faulty thermostat can let the heater overheat and the oil reservoir leak, posing fire and burn hazards.",
                "Health Canada",
                "According to",
                "W",
            ),
        ],
        [
            ("The three fires were in Ontario, Manitoba and Nova Scotia.", "", "", "W"),
            (
                "One, at a house on Portage Ave. in Winnipeg in January, caused about $40,000 in damage, according to the Winnipeg Fire Paramedic Service.",
                "the Winnipeg Fire Paramedic Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A further 263,000 units were sold in the U.S. and about 18,500 in the U.K.",
                "",
                "",
                "W",
            ),
            (
                "The recall is being carried out jointly with the U.S. Consumer Product Safety Commission.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, Brisklund Home said it had traced the problem to a thermostat from one supplier and stopped selling the three models in December.",
                "Brisklund Home Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The safety of our customers comes first, and we are sorry,” said the company's president, Anneliese Kovač-Dunmore.",
                "Anneliese Kovač-Dunmore",
                "said",
                "",
            ),
        ],
        [
            ("What to do if you own one", "", "", ""),
        ],
        [
            ("1. Stop using the heater and unplug it.", "", "", ""),
        ],
        [
            ("2. Check the model number on the label under the base.", "", "", ""),
        ],
        [
            (
                "3. Contact Brisklund Home for a full refund or a replacement heater, e.g. the new BH-1500-OF2, which uses a different thermostat.",
                "",
                "",
                "",
            ),
        ],
        [
            ("4. Do not try to repair the heater yourself.", "", "", ""),
        ],
        [
            (
                "Consumers can call the company toll-free at 1-888-555-0163 from 8 a.m. to 8 p.m. ET, Monday to Friday, or go to brisklundhome.ca/recall.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dr. Yvonne Achterhof-Lavigne, a fire protection engineer in Ottawa, said portable heaters should be kept at least one metre from anything that can burn.",
                "Yvonne Achterhof-Lavigne",
                "said",
                "",
            ),
        ],
        [
            (
                "“People put them under desks, beside beds, behind curtains… that's where the trouble starts,” she said.",
                "Yvonne Achterhof-Lavigne",
                "said",
                "",
            ),
        ],
        [
            (
                "Health Canada issued 43 recalls of heating products in 2025, up from 29 in 2024, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Halifax resident Deepak Ramsaroop-Lind said his heater leaked oil onto his hardwood floor in November.",
                "Deepak Ramsaroop-Lind",
                "said",
                "W",
            ),
        ],
        [
            ("“Did I know it was recalled?", "Deepak Ramsaroop-Lind", "said", ""),
            (
                "No, not until a neighbour texted me the link,” he said.",
                "Deepak Ramsaroop-Lind",
                "said",
                "",
            ),
        ],
        [
            (
                "Cedarmill Hardware, one of the retailers, said customers could return the heaters to any of its 212 stores without a receipt.",
                "Cedarmill Hardware",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            (
                "Health Canada recalls 54,000 children's hoodies over drawstrings",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Why so many recalls start with a single complaint", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("©2026 Northway Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("SPORTVELD", "", "", "B"),
        ],
        [
            ("Rugby | Cricket | Soccer | Athletics | Boxing | More", "", "", "B"),
        ],
        [
            ("Rugby › Club Rugby", "", "", "B"),
        ],
        [
            ("Dwarsrivier edge Kingfishers 27-24 in club final thriller", "", "", "W"),
        ],
        [
            (
                "A late penalty from 19-year-old flyhalf Ruan Jacobsz-Mokoena sealed Dwarsrivier's first national club title",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Thandiwe Mahlangu-Pretorius", "", "", "B"),
        ],
        [
            ("Sunday, 28 September 2025 • 19:40", "", "", "B"),
        ],
        [
            (
                "Dwarsrivier captain Wian du Plooy lifts the trophy at Bosvlei Park.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Lungisa Ntshangase/Sportveld", "", "", "B"),
        ],
        [
            (
                "POTCHEFSTROOM — Dwarsrivier won the national club championship for the first time on Saturday, beating Umhlali Kingfishers 27-24 with a penalty two minutes from time at Bosvlei Park.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Flyhalf Ruan Jacobsz-Mokoena, 19, kicked the winning three points from 38 metres, his fifth successful kick of the afternoon.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("It was cruel on the Kingfishers.", "", "", ""),
            (
                "They led 24-17 with 11 minutes left and had not trailed since the 23rd minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A crowd of about 6,200, the biggest for a club final since 2014 according to the organisers, packed the grass banks.",
                "the organisers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Kingfishers scored first through wing Sandile Mthimkhulu-Reddy in the sixth minute.",
                "",
                "",
                "W",
            ),
            (
                "Dwarsrivier's No. 8, Jaco Lerm-Sithole, answered with a pushover try from a five-metre scrum, and Jacobsz-Mokoena converted and then added a penalty for a 10-5 lead.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Then the rain came.", "", "", ""),
            ("The Kingfishers handled it far better.", "", "", ""),
        ],
        [
            (
                "Scrumhalf Mthunzi Ebrahim-Joubert sniped over from a ruck on 23 minutes, and centre Kyle Opperman-Mbatha ran in an intercept try from 70 metres just before the break, both converted by Lwazi Dube-Holtzhausen, for a 19-10 half-time lead.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dwarsrivier hit back through lock Pieter-Jan Visagie-Nkosi on 55 minutes.",
                "",
                "",
                "W",
            ),
            (
                "Mthimkhulu-Reddy's second try, on 61 minutes, seemed to settle it.",
                "",
                "",
                "W",
            ),
            ("It did not.", "", "", ""),
        ],
        [
            (
                "Replacement hooker Sizwe Abrahams-Tladi forced his way over from a lineout drive in the 71st minute, Jacobsz-Mokoena levelled with the conversion, and with two minutes left the Kingfishers were penalised for not rolling away.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Referee Nomvula Khoza-Jansen's call was booed from the far bank for a good minute.",
                "",
                "",
                "",
            ),
        ],
        [
            ("“Did I think he'd miss?", "Hennie Bezuidenhout-Mahlaba", "said", ""),
            (
                "Not for a second,” said Dwarsrivier coach Hennie Bezuidenhout-Mahlaba.",
                "Hennie Bezuidenhout-Mahlaba",
                "said",
                "",
            ),
        ],
        [
            (
                "“The kid has ice in his veins!” Bezuidenhout-Mahlaba said.",
                "Hennie Bezuidenhout-Mahlaba",
                "said",
                "",
            ),
        ],
        [
            (
                "Kingfishers coach Vusi Naidoo-Cele called the penalty “soft” and said his side had been the better team for 70 minutes.",
                "Vusi Naidoo-Cele",
                "called",
                "",
            ),
        ],
        [
            (
                "“We'll look at it, we'll learn… but right now it hurts,” he said.",
                "Vusi Naidoo-Cele",
                "said",
                "",
            ),
        ],
        [
            (
                "Dwarsrivier had 53.4% of possession and won 14 of their 15 lineouts.",
                "",
                "",
                "W",
            ),
            ("The Kingfishers missed 22 tackles to Dwarsrivier's 11.", "", "", "W"),
        ],
        [
            (
                "Dwarsrivier, from a farming district of about 4,000 people, had lost in the semi-finals in each of the previous three seasons.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Both finalists qualify for next year's African club invitational in Windhoek, and the champions receive R250,000 from the tournament sponsor.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SCORERS", "", "", "B"),
        ],
        [
            (
                "Dwarsrivier 27 (Tries: Lerm-Sithole, Visagie-Nkosi, Abrahams-Tladi; Cons: Jacobsz-Mokoena 3; Pens: Jacobsz-Mokoena 2)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Umhlali Kingfishers 24 (Tries: Mthimkhulu-Reddy 2, Ebrahim-Joubert, Opperman-Mbatha; Cons: Dube-Holtzhausen 2)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Half-time: 10-19", "", "", ""),
        ],
        [
            ("Referee: Nomvula Khoza-Jansen", "", "", ""),
        ],
        [
            ("MORE RUGBY", "", "", "B"),
        ],
        [
            ("Junior Boks name squad for U20 Championship", "", "", "B"),
        ],
        [
            ("Comments are closed.", "", "", "B"),
        ],
        [
            ("© 2025 Sportveld Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("PIRING", "", "", "B"),
        ],
        [
            ("Eat | Drink | Travel | Shop | Culture | Newsletter", "", "", "B"),
        ],
        [
            ("Eat › Reviews", "", "", "B"),
        ],
        [
            (
                "Review: Lima Sen's claypot nasi lemak is worth the 40-minute queue",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "An SS2 kopitiam revives a 1960s family recipe, and mostly gets it right",
                "",
                "",
                "",
            ),
        ],
        [
            ("Words by Clarissa Ong Hui Min · Photos by Faris Hamdan", "", "", "B"),
        ],
        [
            ("19 April 2026", "", "", "B"),
        ],
        [
            (
                "It is 8.40am on a Saturday, and the queue outside Kedai Kopi Lima Sen already reaches the tyre shop two doors down.",
                "",
                "",
                "",
            ),
            ("Nobody seems to mind.", "", "", ""),
        ],
        [
            (
                "Lima Sen opened in March 2024 in a corner shoplot on Jln. SS 2/64, Petaling Jaya, in a unit that had been a hardware store since 1979.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Owner Yap Chee Wen, 34, a former auditor, runs it with his aunt, Tan Siew Lan, who cooks.",
                "",
                "",
                "W",
            ),
            (
                "The recipe is her mother's, from a stall in Kampung Baru that closed in 1988, he said.",
                "Yap Chee Wen",
                "said",
                "W",
            ),
        ],
        [
            ("The claypot nasi lemak (RM18.90) is the reason to come.", "", "", ""),
        ],
        [
            (
                "The rice is cooked to order in the pot, i.e. you will wait 20 minutes, and the bottom forms a crust you will fight your friends for.",
                "",
                "",
                "",
            ),
            (
                "The sambal is sweet first, hot second… and then, a few seconds later, properly hot.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Is it better than the famous version around the corner?", "", "", ""),
            ("Different, and on most days, yes.", "", "", ""),
        ],
        [
            (
                "The rendang ayam (RM14.50) was less convincing: dry, and under-spiced on our visit.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The coffee is roasted Hainanese-style with margarine and sugar by Kwong Seng Trading Co.",
                "",
                "",
                "W",
            ),
            (
                "The beans come from a supplier in Ipoh, Yap said.",
                "Yap Chee Wen",
                "said",
                "W",
            ),
        ],
        [
            ("A kopi-o costs RM2.80, and a teh tarik RM3.20.", "", "", "W"),
            ("Both are excellent.", "", "", ""),
        ],
        [
            (
                "Service is quick once you are seated, approx. 10 minutes for drinks and 25 for the claypot on a busy morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("The kitchen is pork-free but not halal-certified.", "", "", "W"),
            (
                "Yap said an application for certification was submitted in January.",
                "Yap Chee Wen",
                "said",
                "W",
            ),
            (
                "He hopes to open a second outlet, in Subang Jaya, by the end of the year.",
                "",
                "",
                "",
            ),
        ],
        [
            ("“People ask me, why five cents?", "Yap Chee Wen", "said", ""),
            (
                "Because that's what my grandmother's kopi cost in 1965,” Yap said.",
                "Yap Chee Wen",
                "said",
                "W",
            ),
        ],
        [
            (
                "Parking is a trial, e.g. we circled for 15 minutes on a Sunday before giving up and walking from the LRT.",
                "",
                "",
                "",
            ),
        ],
        [
            ("There is no air-conditioning.", "", "", "W"),
            ("The ceiling fans do little after 11am.", "", "", ""),
        ],
        [
            ("Go early, order the claypot, skip the rendang.", "", "", ""),
        ],
        [
            ("KEDAI KOPI LIMA SEN", "", "", "B"),
        ],
        [
            (
                "Address: No. 14, Jln. SS 2/64, 47300 Petaling Jaya, Selangor",
                "",
                "",
                "",
            ),
        ],
        [
            ("Hours: 7.30am-3pm, Wed-Mon (closed Tue)", "", "", ""),
        ],
        [
            ("Price: approx. RM25-40 per person", "", "", ""),
        ],
        [
            ("Pork-free · Not halal-certified · Cash and DuitNow QR only", "", "", ""),
        ],
        [
            ("Rating: 4/5", "", "", ""),
        ],
        [
            ("Piring reviews anonymously and pays for all meals.", "", "", "B"),
        ],
        [
            ("YOU MIGHT ALSO LIKE", "", "", "B"),
        ],
        [
            ("Ten Ipoh kopitiams worth the drive", "", "", "B"),
        ],
        [
            ("The best roti canai in Bangsar, ranked", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Piring Media Sdn. Bhd. (1298745-X).", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KERALA PULSE", "", "", "B"),
        ],
        [
            (
                "Home | Kerala | India | World | Business | Sports | Entertainment | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Trending: Monsoon 2026 | Kochi Metro | Onam bumper | Plus Two results",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Kerala", "", "", "B"),
        ],
        [
            ("Red alert in Idukki, Ernakulam; schools shut on Wednesday", "", "", "W"),
        ],
        [
            (
                "Shutters of Idamalayar dam may be raised on Wednesday morning, officials say",
                "officials",
                "say",
                "",
            ),
        ],
        [
            ("Staff Reporter", "", "", "B"),
        ],
        [
            ("Thiruvananthapuram | Updated: May 26, 2026 21:47 IST", "", "", "B"),
        ],
        [
            (
                "The India Meteorological Department (IMD) on Tuesday issued a red alert for Idukki and Ernakulam districts for Wednesday, warning of extremely heavy rainfall of more than 20 cm in 24 hours.",
                "The India Meteorological Department",
                "warning of",
                "W",
            ),
        ],
        [
            (
                "An orange alert, for very heavy rain of 11.5 cm to 20.4 cm, is in force in Kottayam, Pathanamthitta, Thrissur and Palakkad, while the remaining eight districts are under a yellow alert.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Peermade in Idukki recorded 21.4 cm of rain in the 24 hours ending 8.30 a.m. on Tuesday, the highest in the State, according to IMD data.",
                "IMD data",
                "according to",
                "W",
            ),
            ("Kochi city received 9.8 cm.", "", "", "W"),
        ],
        [
            (
                "The southwest monsoon set in over Kerala on May 24, eight days ahead of its normal onset date of June 1, the IMD said.",
                "The India Meteorological Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Heavy to very heavy rain is likely to continue till Thursday, with a low-pressure area expected to form over the east-central Arabian Sea by Wednesday, the IMD said.",
                "The India Meteorological Department",
                "said",
                "",
            ),
        ],
        [
            (
                "At 6 p.m. on Tuesday, the water level in the Idamalayar reservoir stood at 163.2 m, against a full reservoir level of 169 m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "KSEB officials said the shutters could be raised by 50 cm at 10 a.m. on Wednesday if the inflow continued at the present rate.",
                "KSEB officials",
                "said",
                "",
            ),
        ],
        [
            (
                "People living along the Periyar downstream of the dam have been asked to stay alert.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "District Collector Dr. Meera Nandakumar-Pillai declared a holiday on Wednesday for all educational institutions in Idukki, including professional colleges and anganwadis.",
                "",
                "",
                "W",
            ),
            (
                "The order was issued under Sec. 30 of the Disaster Management Act, 2005.",
                "",
                "",
                "W",
            ),
            (
                "University examinations already scheduled will be held as planned, the order said.",
                "the order",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fourteen relief camps have been opened in the two districts, housing 612 people from 187 families, according to the Kerala State Disaster Management Authority (KSDMA).",
                "the Kerala State Disaster Management Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A landslip on the Kochi-Dhanushkodi National Highway near Adimali blocked traffic for nearly four hours on Tuesday morning.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A 58-year-old man, P. K. Sasidharan of Kuttampuzha, drowned on Monday evening after slipping into a swollen stream on his way home from work, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "The State government has announced an ex gratia of Rs. 4 lakh to his family.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fishermen have been told not to venture into the sea off the Kerala coast till May 29, as squally winds of 40 to 50 km/h, gusting to 60 km/h, are likely.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KSDMA ADVISORY", "", "", "B"),
        ],
        [
            (
                "1. Avoid travel to hilly areas between 7 p.m. and 7 a.m. till the alert is lifted.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "2. Do not bathe in or take selfies near rivers, streams and waterfalls.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "3. Keep an emergency kit ready, e.g. a torch, medicines, documents and drinking water.",
                "",
                "",
                "",
            ),
        ],
        [
            ("4. Call the disaster helpline 1077 if you need help.", "", "", ""),
        ],
        [
            (
                "Boating at Mattupetty and Kundala has been suspended till further notice, District Tourism Promotion Council secretary Jijo K. Abraham said.",
                "Jijo K. Abraham",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Last year the water came into the house at night…",
                "Lissy Varghese-Thomas",
                "said",
                "",
            ),
            (
                "We lost everything,” said Lissy Varghese-Thomas, 49, of Kothamangalam.",
                "Lissy Varghese-Thomas",
                "said",
                "",
            ),
        ],
        [
            (
                "“Will it come again this year?” she asked.",
                "Lissy Varghese-Thomas",
                "asked",
                "",
            ),
        ],
        [
            (
                "Kerala has received 48% more rain than normal since March 1, according to IMD figures.",
                "IMD figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Meteorologists say this year's monsoon could be stronger than usual, but that it is too early to tell.",
                "Meteorologists",
                "say",
                "",
            ),
        ],
        [
            ("ALSO READ", "", "", "B"),
        ],
        [
            ("KSRTC cancels 41 high-range services", "", "", "B"),
        ],
        [
            ("Follow Kerala Pulse on Google News", "", "", "B"),
        ],
        [
            ("© Pulse Digital Publications Pvt. Ltd., Kochi.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KINGSTON CLARION", "", "", "B"),
        ],
        [
            (
                "Home  News  Business  Sports  Entertainment  Lifestyle  Opinion  Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("EXPLAINER", "", "", "B"),
        ],
        [
            (
                "Water restrictions in the Corporate Area: What you need to know",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "With the Mona Reservoir at 41% of capacity, the NWC will cut night-time supply to parts of Kingston and St. Andrew and St. Catherine from Monday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tamika Gayle-Ferron/Senior Staff Reporter", "", "", "B"),
        ],
        [
            ("Published: Saturday | June 20, 2026 | 12:08 AM", "", "", "B"),
        ],
        [
            (
                "The National Water Commission (NWC) will restrict piped water to more than 60 communities in Kingston and St. Andrew and St. Catherine from Monday, June 22, as the dry spell drags into a fourth month.",
                "",
                "",
                "W",
            ),
            ("Here is what we know so far.", "", "", ""),
        ],
        [
            ("Why is this happening?", "", "", ""),
        ],
        [
            (
                "The two main reservoirs serving the Corporate Area are well below capacity.",
                "",
                "",
                "W",
            ),
            (
                "On Friday, the Mona Reservoir was at 41% and the Hermitage Dam at 36%, according to the NWC.",
                "the NWC",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rainfall in the Hermitage catchment from March to May was 38% of the 30-year average, according to Meteorological Service data.",
                "Meteorological Service data",
                "according to",
                "W",
            ),
        ],
        [
            ("Who is affected?", "", "", ""),
        ],
        [
            (
                "The restrictions cover communities served by the Mona and Hermitage systems, e.g. Papine, August Town, Mona Heights, Barbican, Jacks Hill and parts of Red Hills Road.",
                "",
                "",
                "W",
            ),
            (
                "Areas supplied from wells, i.e. most of Portmore and Spanish Town, are not affected.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("RESTRICTION SCHEDULE (FROM JUNE 22)", "", "", "B"),
        ],
        [
            ("Zone | Areas | Supply off", "", "", "B"),
        ],
        [
            ("A | Papine, August Town, Mona Heights | 9 p.m. to 5 a.m.", "", "", ""),
        ],
        [
            (
                "B | Barbican, Jacks Hill, Constant Spring | 8 p.m. to 5 a.m.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "C | Red Hills Rd., Washington Gardens, Duhaney Park | 10 p.m. to 5 a.m.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Will I get water at all?", "", "", ""),
        ],
        [
            ("Yes, in most cases.", "", "", ""),
            (
                "Customers on higher ground, such as Jacks Hill, may have to wait up to four hours for pressure to return after supply resumes at 5 a.m.",
                "",
                "",
                "",
            ),
            (
                "The NWC said it would send trucks to hospitals, schools and infirmaries.",
                "The National Water Commission",
                "said",
                "",
            ),
            (
                "It has hired Blue Hole Water Haulage Ltd. and two other firms to run 22 trucks.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("‘Store water safely’: Q&A with the NWC", "", "", ""),
        ],
        [
            (
                "The Clarion put readers' questions to Andrene Walcott-Bryan, the NWC's corporate communications manager.",
                "",
                "",
                "B",
            ),
            ("Her answers have been edited for length.", "", "", "B"),
        ],
        [
            ("Q: How long will the restrictions last?", "", "", ""),
        ],
        [
            ("A: Until the reservoirs recover.", "Andrene Walcott-Bryan", "A:", ""),
            (
                "Realistically, that means until the rains come in September or October, unless a tropical system brings them sooner.",
                "Andrene Walcott-Bryan",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Some customers say they have had no water for days already, before the schedule even starts.",
                "Some customers",
                "say",
                "",
            ),
        ],
        [
            ("A: We know.", "Andrene Walcott-Bryan", "A:", ""),
            (
                "There were 114 main breaks in the Corporate Area in May, and the older pipes in the hills lose pressure first.",
                "Andrene Walcott-Bryan",
                "A:",
                "W",
            ),
        ],
        [
            ("Q: Will you fine people for washing cars?", "", "", ""),
        ],
        [
            ("A: Not yet.", "Andrene Walcott-Bryan", "A:", ""),
            (
                "Under the restrictions, using a hose to wash vehicles or water lawns is prohibited, and the commission can disconnect customers who breach them after a written warning.",
                "Andrene Walcott-Bryan",
                "A:",
                "W",
            ),
        ],
        [
            ("What about my bill?", "", "", ""),
        ],
        [
            (
                "Customers will still be billed the fixed service charge during the restrictions, the NWC said.",
                "The National Water Commission",
                "said",
                "W",
            ),
            (
                "The commission says the measures should save about nine million gallons a day.",
                "The commission",
                "says",
                "",
            ),
        ],
        [
            ("Is this the new normal?", "", "", ""),
            (
                "Hydrologists at the University of the West Indies have warned for years that the Corporate Area's demand, about 60 million gallons a day, is growing faster than its storage.",
                "Hydrologists at the University of the West Indies",
                "have warned",
                "W",
            ),
        ],
        [
            ("The last major restrictions, in 2014, lasted 11 weeks.", "", "", "W"),
        ],
        [
            ("Have a question we didn't answer?", "", "", "B"),
            ("Email explainers@kingstonclarion.com", "", "", "B"),
        ],
        [
            ("© Copyright 2026 The Kingston Clarion.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MANILA SENTRY", "", "", "B"),
        ],
        [
            (
                "News | Nation | Metro | Business | Opinion | Sports | Lifestyle",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Opinion › Columns", "", "", "B"),
        ],
        [
            ("SIDEWALK ECONOMICS", "", "", "B"),
        ],
        [
            ("Twenty-five pesos a kilo, and other bedtime stories", "", "", ""),
        ],
        [
            ("By: Ramoncito D. Cabarrubias Jr.", "", "", "B"),
        ],
        [
            ("12:20 AM March 03, 2026", "", "", "B"),
        ],
        [
            ("Share  Tweet  Email", "", "", "B"),
        ],
        [
            (
                "My neighbor in Sta. Mesa, a tricycle driver everyone calls Boyet, buys his rice by the ganta.",
                "",
                "",
                "",
            ),
            (
                "Last Saturday a ganta of well-milled rice cost him P104 at the public market on Old Sta. Mesa.",
                "",
                "",
                "W",
            ),
            (
                "He does the math out loud, every time… and every time the answer is worse.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Rice inflation was 6.8% in January, according to the Philippine Statistics Authority, down from 9.1% in December but still double headline inflation of 3.4%.",
                "the Philippine Statistics Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Well-milled rice averaged P46.30 a kilo in Metro Manila markets in the third week of February, per the Department of Agriculture's price monitoring.",
                "the Department of Agriculture's price monitoring",
                "per",
                "W",
            ),
            ("That is P4.10 more than a year ago.", "", "", "W"),
        ],
        [
            ("Now for the bedtime stories.", "", "", ""),
        ],
        [
            (
                "In 2025, Gov. Teodulfo Marasigan-Buenaflor of a Southern Luzon province I will not name, because he would enjoy it, promised P25 rice in every town by Christmas.",
                "",
                "",
                "W",
            ),
            ("Christmas came.", "", "", ""),
            (
                "The P25 rice reached three of his 19 towns, for eleven days, in 5-kilo packs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sen. Leonora Tenorio-Sison has filed Senate Bill No. 1427, which would let the National Food Authority sell rice directly to consumers again.",
                "",
                "",
                "W",
            ),
            ("It is a good bill.", "", "", ""),
            ("It will not pass this Congress.", "", "", ""),
        ],
        [
            ("Why?", "", "", ""),
            (
                "Because of the people who import rice, the people who trade rice, the people who warehouse rice, etc.",
                "",
                "",
                "",
            ),
            (
                "The list of people with an interest in expensive rice is long, and most of them have lunch with somebody in the Senate.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Economist Jerome Ocampo-Lacson of the Kalayaan Institute for Policy Studies noted that the tariff on imported rice was cut from 35% to 15% in July 2024.",
                "Jerome Ocampo-Lacson",
                "noted",
                "W",
            ),
        ],
        [
            (
                "“Consumers got maybe a peso of that.",
                "Jerome Ocampo-Lacson",
                "asked",
                "",
            ),
            ("Who got the rest?” he asked.", "Jerome Ocampo-Lacson", "asked", ""),
        ],
        [
            (
                "Atty. Rowena Macaraeg-Tolentino, who represents a farmers' federation in Nueva Ecija, told me the farmgate price of palay fell to P17 a kilo in February, i.e. below the cost of production, which her group puts at P18.50.",
                "Rowena Macaraeg-Tolentino",
                "told me",
                "W",
            ),
        ],
        [
            (
                "So farmers are losing money, consumers are paying more, and the middle is doing fine, thank you.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "P17 at the farm vs. P46.30 in the market is a markup of 172%, before anyone has even cooked anything.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Some of that gap is milling, drying, trucking and honest margin; some of it is a company called Golden Pallet Grains Inc.",
                "",
                "",
                "",
            ),
            (
                "Its name has come up in three Senate hearings on rice smuggling since 2024.",
                "",
                "",
                "W",
            ),
            (
                "Golden Pallet has denied any wrongdoing.",
                "Golden Pallet Grains Inc.",
                "has denied",
                "W",
            ),
        ],
        [
            ("What would I do?", "", "", ""),
        ],
        [
            (
                "1. Publish the NFA's buffer stock every week, in kilos, not in “days of consumption.”",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "2. Name the top 20 rice importers and their volumes every quarter.",
                "",
                "",
                "",
            ),
        ],
        [
            ("3. Stop promising numbers that start with a 2.", "", "", ""),
        ],
        [
            ("Boyet, for his part, has stopped listening to promises.", "", "", ""),
            (
                "“Sir, if it's P25, I'll believe it when I'm holding it!” he told me.",
                "Boyet",
                "told me",
                "",
            ),
        ],
        [
            ("So will I.", "", "", ""),
        ],
        [
            (
                "Ramoncito D. Cabarrubias Jr. teaches economics at a university in Quezon City.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Email: sidewalkecon@manilasentry.ph", "", "", "B"),
        ],
        [
            (
                "Disclaimer: The views expressed in this column are the author's own and do not necessarily reflect those of The Manila Sentry.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Sentry Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n144-nz-ltd-her",
        "“We think this is close to the peak, i.e. unemployment tops out around 5.5% in the middle of the year and then drifts lower,” said Carys Mordaunt-Pihama, chief economist at Rangitoto Partners Ltd. Her team expects the Reserve Bank to cut the official cash rate to 3% in July, she said.",
        [
            "“We think this is close to the peak, i.e. unemployment tops out around 5.5% in the middle of the year and then drifts lower,” said Carys Mordaunt-Pihama, chief economist at Rangitoto Partners Ltd.",
            "Her team expects the Reserve Bank to cut the official cash rate to 3% in July, she said.",
        ],
    ),
    (
        "n144-nz-pm-the",
        "Wholesale interest rates fell after the 10.45 a.m. release, with the two-year swap rate down 6 basis points to 3.02% by 1 p.m. The New Zealand dollar slipped below 59 US cents.",
        [
            "Wholesale interest rates fell after the 10.45 a.m. release, with the two-year swap rate down 6 basis points to 3.02% by 1 p.m.",
            "The New Zealand dollar slipped below 59 US cents.",
        ],
    ),
    (
        "n144-ng-ltd-company",
        "Adeyeri-Banjo ran the scheme through Osun Crest Yield Partners Ltd. The company promised returns of 8% a month, i.e. 96% a year, on deposits of at least N500,000.",
        [
            "Adeyeri-Banjo ran the scheme through Osun Crest Yield Partners Ltd.",
            "The company promised returns of 8% a month, i.e. 96% a year, on deposits of at least N500,000.",
        ],
    ),
    (
        "n144-ng-jr-they",
        "The prosecution was led by Rotimi Ezeanyika-Okeke and Ekene Ogbuagu Jr. They called nine witnesses, among them a retired headmistress who lost N11.2 million.",
        [
            "The prosecution was led by Rotimi Ezeanyika-Okeke and Ekene Ogbuagu Jr.",
            "They called nine witnesses, among them a retired headmistress who lost N11.2 million.",
        ],
    ),
    (
        "n144-ng-am-it",
        "The judge began reading the judgment at 10.05 a.m. It took more than three hours.",
        [
            "The judge began reading the judgment at 10.05 a.m.",
            "It took more than three hours.",
        ],
    ),
    (
        "n144-us-am-the",
        "Her staff will begin reviewing them Thursday at 9 a.m. The county board is scheduled to certify the results on Nov. 24.",
        [
            "Her staff will begin reviewing them Thursday at 9 a.m.",
            "The county board is scheduled to certify the results on Nov. 24.",
        ],
    ),
    (
        "n144-us-us-most",
        "According to the Keystone Spending Watch, a nonpartisan spending tracker, outside groups spent $1.9 million on the race, one of the highest per-voter totals for a mayoral race anywhere in the U.S. Most of it came from two political action committees based in Harrisburg.",
        [
            "According to the Keystone Spending Watch, a nonpartisan spending tracker, outside groups spent $1.9 million on the race, one of the highest per-voter totals for a mayoral race anywhere in the U.S.",
            "Most of it came from two political action committees based in Harrisburg.",
        ],
    ),
    (
        "n144-us-st-pm",
        "Lines at St. Mary's Hall on E. 10th St. stretched around the block shortly before polls closed at 8 p.m. “Forty minutes!” said Rosalind Kerchenko, 74, who has voted at the hall since 1979.",
        [
            "Lines at St. Mary's Hall on E. 10th St. stretched around the block shortly before polls closed at 8 p.m.",
            "“Forty minutes!” said Rosalind Kerchenko, 74, who has voted at the hall since 1979.",
        ],
    ),
    (
        "n144-wa-pm-question",
        "“The late shift finishes at 9.30pm. What are they supposed to do, walk over the mountain?” he said.",
        [
            "“The late shift finishes at 9.30pm.",
            "What are they supposed to do, walk over the mountain?” he said.",
        ],
    ),
    (
        "n144-wa-ltd-company",
        "The change was registered with the Traffic Commissioner on December 19 by Glanrhyd Coaches Ltd. The company said it had told both councils in November.",
        [
            "The change was registered with the Traffic Commissioner on December 19 by Glanrhyd Coaches Ltd.",
            "The company said it had told both councils in November.",
        ],
    ),
    (
        "n144-ae-question-new",
        "“We're happy for the teachers, honestly. But Dh4,600 more for two kids? That's a car payment,” said Rahul Ilangovan-Bose, whose children are in Years 4 and 8.",
        [
            "“We're happy for the teachers, honestly.",
            "But Dh4,600 more for two kids?",
            "That's a car payment,” said Rahul Ilangovan-Bose, whose children are in Years 4 and 8.",
        ],
    ),
    (
        "n144-ae-fzllc-rights",
        "© 2026 Creek Media Group FZ-LLC. All rights reserved.",
        [
            "© 2026 Creek Media Group FZ-LLC.",
            "All rights reserved.",
        ],
    ),
    (
        "n144-ie-co-cork",
        "One of them is Timmy Dineen-Coakley, a 61-year-old dairy farmer from near Kanturk, Co. Cork. His GP referred him to an orthopaedic surgeon at CUH in May 2023.",
        [
            "One of them is Timmy Dineen-Coakley, a 61-year-old dairy farmer from near Kanturk, Co. Cork.",
            "His GP referred him to an orthopaedic surgeon at CUH in May 2023.",
        ],
    ),
    (
        "n144-ie-ellipsis-capital",
        "“I rang the hospital in January and again in March… Nobody could give me a date.”",
        [
            "“I rang the hospital in January and again in March…",
            "Nobody could give me a date.”",
        ],
    ),
    (
        "n144-ca-inc-ont",
        "They were made in China for Brisklund Home Inc. The Mississauga, Ont., company has agreed to refund or replace them.",
        [
            "They were made in China for Brisklund Home Inc.",
            "The Mississauga, Ont., company has agreed to refund or replace them.",
        ],
    ),
    (
        "n144-ca-uk-the",
        "A further 263,000 units were sold in the U.S. and about 18,500 in the U.K. The recall is being carried out jointly with the U.S. Consumer Product Safety Commission.",
        [
            "A further 263,000 units were sold in the U.S. and about 18,500 in the U.K.",
            "The recall is being carried out jointly with the U.S. Consumer Product Safety Commission.",
        ],
    ),
    (
        "n144-ca-ave-mid",
        "The three fires were in Ontario, Manitoba and Nova Scotia. One, at a house on Portage Ave. in Winnipeg in January, caused about $40,000 in damage, according to the Winnipeg Fire Paramedic Service.",
        [
            "The three fires were in Ontario, Manitoba and Nova Scotia.",
            "One, at a house on Portage Ave. in Winnipeg in January, caused about $40,000 in damage, according to the Winnipeg Fire Paramedic Service.",
        ],
    ),
    (
        "n144-za-no8-mid",
        "The Kingfishers scored first through wing Sandile Mthimkhulu-Reddy in the sixth minute. Dwarsrivier's No. 8, Jaco Lerm-Sithole, answered with a pushover try from a five-metre scrum, and Jacobsz-Mokoena converted and then added a penalty for a 10-5 lead.",
        [
            "The Kingfishers scored first through wing Sandile Mthimkhulu-Reddy in the sixth minute.",
            "Dwarsrivier's No. 8, Jaco Lerm-Sithole, answered with a pushover try from a five-metre scrum, and Jacobsz-Mokoena converted and then added a penalty for a 10-5 lead.",
        ],
    ),
    (
        "n144-za-question-new",
        "“Did I think he'd miss? Not for a second,” said Dwarsrivier coach Hennie Bezuidenhout-Mahlaba.",
        [
            "“Did I think he'd miss?",
            "Not for a second,” said Dwarsrivier coach Hennie Bezuidenhout-Mahlaba.",
        ],
    ),
    (
        "n144-my-co-beans",
        "The coffee is roasted Hainanese-style with margarine and sugar by Kwong Seng Trading Co. The beans come from a supplier in Ipoh, Yap said.",
        [
            "The coffee is roasted Hainanese-style with margarine and sugar by Kwong Seng Trading Co.",
            "The beans come from a supplier in Ipoh, Yap said.",
        ],
    ),
    (
        "n144-my-ie-ellipsis",
        "The rice is cooked to order in the pot, i.e. you will wait 20 minutes, and the bottom forms a crust you will fight your friends for. The sambal is sweet first, hot second… and then, a few seconds later, properly hot.",
        [
            "The rice is cooked to order in the pot, i.e. you will wait 20 minutes, and the bottom forms a crust you will fight your friends for.",
            "The sambal is sweet first, hot second… and then, a few seconds later, properly hot.",
        ],
    ),
    (
        "n144-my-sdn-bhd",
        "Copyright © 2026 Piring Media Sdn. Bhd. (1298745-X). All rights reserved.",
        [
            "Copyright © 2026 Piring Media Sdn. Bhd. (1298745-X).",
            "All rights reserved.",
        ],
    ),
    (
        "n144-in-order-sec",
        "District Collector Dr. Meera Nandakumar-Pillai declared a holiday on Wednesday for all educational institutions in Idukki, including professional colleges and anganwadis. The order was issued under Sec. 30 of the Disaster Management Act, 2005. University examinations already scheduled will be held as planned, the order said.",
        [
            "District Collector Dr. Meera Nandakumar-Pillai declared a holiday on Wednesday for all educational institutions in Idukki, including professional colleges and anganwadis.",
            "The order was issued under Sec. 30 of the Disaster Management Act, 2005.",
            "University examinations already scheduled will be held as planned, the order said.",
        ],
    ),
    (
        "n144-in-initials-rs",
        "A 58-year-old man, P. K. Sasidharan of Kuttampuzha, drowned on Monday evening after slipping into a swollen stream on his way home from work, police said. The State government has announced an ex gratia of Rs. 4 lakh to his family.",
        [
            "A 58-year-old man, P. K. Sasidharan of Kuttampuzha, drowned on Monday evening after slipping into a swollen stream on his way home from work, police said.",
            "The State government has announced an ex gratia of Rs. 4 lakh to his family.",
        ],
    ),
    (
        "n144-in-pvt-kochi",
        "© Pulse Digital Publications Pvt. Ltd., Kochi. All Rights Reserved.",
        [
            "© Pulse Digital Publications Pvt. Ltd., Kochi.",
            "All Rights Reserved.",
        ],
    ),
    (
        "n144-jm-am-nwc",
        "Customers on higher ground, such as Jacks Hill, may have to wait up to four hours for pressure to return after supply resumes at 5 a.m. The NWC said it would send trucks to hospitals, schools and infirmaries. It has hired Blue Hole Water Haulage Ltd. and two other firms to run 22 trucks.",
        [
            "Customers on higher ground, such as Jacks Hill, may have to wait up to four hours for pressure to return after supply resumes at 5 a.m.",
            "The NWC said it would send trucks to hospitals, schools and infirmaries.",
            "It has hired Blue Hole Water Haulage Ltd. and two other firms to run 22 trucks.",
        ],
    ),
    (
        "n144-jm-qa-answer",
        "A: We know. There were 114 main breaks in the Corporate Area in May, and the older pipes in the hills lose pressure first.",
        [
            "A: We know.",
            "There were 114 main breaks in the Corporate Area in May, and the older pipes in the hills lose pressure first.",
        ],
    ),
    (
        "n144-ph-sta-ellipsis",
        "My neighbor in Sta. Mesa, a tricycle driver everyone calls Boyet, buys his rice by the ganta. Last Saturday a ganta of well-milled rice cost him P104 at the public market on Old Sta. Mesa. He does the math out loud, every time… and every time the answer is worse.",
        [
            "My neighbor in Sta. Mesa, a tricycle driver everyone calls Boyet, buys his rice by the ganta.",
            "Last Saturday a ganta of well-milled rice cost him P104 at the public market on Old Sta. Mesa.",
            "He does the math out loud, every time… and every time the answer is worse.",
        ],
    ),
    (
        "n144-ph-etc-the",
        "Why? Because of the people who import rice, the people who trade rice, the people who warehouse rice, etc. The list of people with an interest in expensive rice is long, and most of them have lunch with somebody in the Senate.",
        [
            "Why?",
            "Because of the people who import rice, the people who trade rice, the people who warehouse rice, etc.",
            "The list of people with an interest in expensive rice is long, and most of them have lunch with somebody in the Senate.",
        ],
    ),
    (
        "n144-ph-inc-its",
        "Some of that gap is milling, drying, trucking and honest margin; some of it is a company called Golden Pallet Grains Inc. Its name has come up in three Senate hearings on rice smuggling since 2024. Golden Pallet has denied any wrongdoing.",
        [
            "Some of that gap is milling, drying, trucking and honest margin; some of it is a company called Golden Pallet Grains Inc.",
            "Its name has come up in three Senate hearings on rice smuggling since 2024.",
            "Golden Pallet has denied any wrongdoing.",
        ],
    ),
]
