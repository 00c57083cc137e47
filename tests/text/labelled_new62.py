"""Sixty-second set of new hand-labelled pages for the hint engines (tuning set, round twenty-seven): twelve whole pages of everyday news where check-worthiness and sentence splits are hard, on topics the sets are thinner on.

Written from scratch for issue 13 in round twenty-seven, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py` or `train_*.py` file was read, `hint_scores.py`, the `test_*.py` files and
`docs/` were not read, and no test, scorer or engine was run; only an import of this file and `build`
on every page, a small script of my own in /tmp that checks the sentences, the flags and the split
cases against the pages, whole-word greps of the invented names over `tests/` that listed file names
only, and `ruff format` / `ruff check` were run). The format and the conventions were read from the
module docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new56.py` to
`labelled_new59.py`, the first two pages and the split cases of `labelled_new59.py` (one listing
showed more than its first five), the first split cases of `labelled_new56.py`, and `build` in
`labelled_articles.py`. Every person, small place,
street, stream, organisation, outlet, party, company, school, club, union, product and number is
invented (Australia, New South Wales and Wagga; the United States, Michigan, Wisconsin, Illinois and
Rockford; Ireland, Co. Roscommon and Galway; Canada and Nova Scotia; England, Scotland, Wales, Asia,
Norway and Europe; Switzerland and Bern; South Africa, the Eastern Cape, the Western Cape, Gauteng and
Polokwane; the Philippines, Nueva Ecija, Cabanatuan City and Central Luzon; Portugal, the Algarve,
Faro, Bristol and Cornwall; the Netherlands and Germany; New Zealand, the Waikato and the Waikato
River; and China appear only as settings; real public bodies, leagues, schemes and laws such as "the
NSW Electoral Commission", "Parliament", "the Premier", "the FBI", "the State Examinations Commission
(SEC)", "the CAO", "the Minister for Education", "the Department of Education", "Met Éireann", "Nova
Scotia Health", "the Department of Health and Wellness", "the Local Journalism Initiative", "the
Government of Canada", "Ofgem", "the Warm Home Discount", "the cantonal parliament", "the cantonal
Office of Public Transport", "the federal rail infrastructure fund", "Statistics South Africa (Stats
SA)", "the Quarterly Labour Force Survey (QLFS)", "the South African Reserve Bank's March Monetary
Policy Review", "the Department of Employment and Labour", "the Press Council of South Africa", "the
Philippine Statistics Authority (PSA)", "the National Food Authority (NFA)", "the Department of
Agriculture", "the Bureau of Plant Industry", "Statistics Portugal (INE)", "the national register of
local accommodation", "the Eredivisie", "the Keuken Kampioen Divisie", "Waikato Regional Council",
"the Resource Management Act", "the Environment Court", "NZ On Air", "the U.S. Consumer Product Safety
Commission" and "Health Canada" appear only as settings, with invented figures). No surname, town,
street, outlet, party, company, school, club or union of any file under `tests/` is reused: every
capitalised word of these pages and split cases, each part of a hyphenated name included, was grepped
as a whole word over the whole `tests/` tree, and every hit that was an invented name was changed
(first names, titles, real settings and common words such as "Star", "Ledger", "Observer", "Pilot",
"Times", "Courant", "Civils", "Gaels", "Bowling" and "Postals" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way. The
twelve pages, from eleven countries, are everyday news on topics the sets are thin on, each mixing
statements of record (figures, dates, comparisons, causes, decisions, official statements) with what
is not worth checking (feelings, opinions, unfounded predictions, questions, advice, scene, reactions)
and near cases between them: (1) an Australian regional site on a state by-election (counts after
preferences, primaries and swing, turnout, an indicative preference flow via "according to", a
loser's refusal to concede with a postal-vote count, an analyst's arithmetic against her prediction,
a party director's spending figure against his blame, a rhetorical question with a date, a pledge
against a closure of record; "Dr" and "Prof.", "11pm", "9am", "Carrabeen St." before "Scrutineers",
"Pty Ltd." before "Privacy"); (2) a Michigan metro daily on quarterly crime statistics (counts that
add up, a chief's causal claim and her forecast, an analyst's hedge, a clearance rate with "vs.", a
council member's figure in a relative clause and her rhetorical question with a figure, a resident's
private hours against thefts of record, a published plan's target, a crime table; "Mich. —", "Fifth
St." before an opening quote, "Lt. Marcus Dellavoy Jr." before "He", "Mich." before "The", "Ave.,",
"9 p.m." before "Two", "“Now?" before "No way.”", a URL before "All rights reserved."); (3) an Irish
regional weekly on Leaving Certificate results day (national figures, a school's record counts and a
principal's "best year yet", a student's private points, a counsellor's hedged forecast against the
CAO's published figures, dates and fees of record, a parent's rhetorical question with figures before
"asked", a support line; "10 a.m." before "Schools", "St. Fiachna's", "Mr.", "Ms.", "“Honestly?", "5
p.m. on", "Ltd., Main Street", "Co. Roscommon."); (4) a Nova Scotia community paper on a hospital's
infection figures (rates per 10,000 patient days, an outbreak's dates, an infection physician's
causes of record against her hedge and her hope, audit findings, a union's staffing figures and a
specific denial from the health authority, a daughter's account, an MLA's dated step, a published
plan's target; "N.S. —", "C. difficile" and "C. diff", "Feb. 11", "8 p.m." ending a sentence, "N.S."
before "That", "Inc." before "Reproduction"); (5) an English regional daily on the household energy
price cap (unit rates and standing charges in pence, the regulator's cause, a debt figure, a charity's
published estimate, a director's figure inside an opinion and her rhetorical question, a pensioner's
own bill, a consultancy's published projection against its analyst's expectation, the cheapest deal,
advice, an MP's letter, a council fund and deadline; "e.g.", "Ltd." before "The firm", "5 p.m." before
"Applications", "Sept. 30", "Ltd." before "Registered"); (6) a Swiss English-language site on a
regional railway's timetable change (frequencies, journey times and dropped stops of record, a
cause, a chief executive's figures against her hope, the canton's published projection, a petition
handed in, a village president's rhetorical question with a time before a surname and "asked", a
commuter's times, a passenger group's opinion, a review step; a numeric date line, "Dr.", "approx.",
"9 p.m.?”", "10.15." inside a quote, "e.g.", "etc." before "The", a URL before "Printed"); (7) a South
African business site on the quarterly jobs report (rates, counts and sectors of record, provinces
with "vs.", an economist's hedges and forecast against the central bank's published projection, a
union leader's figure inside an opinion and his rhetorical question, a department's placements and
intake date, a chamber's judgement, a job seeker's private applications, a contractor's hiring;
"Dr.", "(Pty) Ltd." before "The", "…" before lower case, "approx.", "Aug. 11."); (8) a Philippine
agriculture site on the harvest and palay prices (farmgate prices of record, production and imports,
farmers' prices against a farmer's own costs and his rhetorical question with prices, a trader's
hedged cause, the NFA's capacity and purchases, a governor's executive order as an act, a farm
leader's figure inside an opinion, an official's forecast, an economist's opinion, retail prices;
"Gov.", "Brgy.", "Sta.", "Atty.", "Engr.", "Prof.", "₱16.50", "approx.", "7 a.m." before "Farmers",
"etc." before "Palay", "Corp." before "All rights reserved."); (9) a Portuguese English-language
weekly in the Algarve on summer tourism figures (guests, stays, markets, occupancy and revenue with
"vs.", an airport record, a hotel association president's opinion and hope against a reported share
of late bookings, a published regional strategy, a tourist tax's yield, a mayor's dated step and her
assurance, a residents' spokesperson's figure inside a complaint and her question, rents and holiday
lets of record, scene, a café owner's and a tourist's private circumstances; "Dr.", "€112.40", "…"
before lower case, "Lda." before "The company", "Oct. 31."); (10) a Dutch English-language football
site on a striker's transfer (a contract and a medical of record, an undisclosed fee against a fee
"believed to be" around a figure, a buyer's notice to bondholders, goals of record, a sell-on clause via
"according to", a coach's feelings, a technical director's refused bids and loan against his
confidence, the window's closing time, a fan's two questions in one quote, a league table; "3.30
p.m.", "GmbH & Co. KGaA, said", "No. 9", "Sept. 1", "Dr.", "vs.", "e.g.", "B.V." before "The", table
rows starting "1."); (11) a New Zealand regional site on a resource consent hearing for a dairy
factory's discharge (volumes and submissions of record, a council officers' report's recommendation,
a lawyer's figures and his causal account of a fish kill, a scientist's measurements against his
hedged warning, a marae trust's question, a farmer's figures inside an opinion, a group's count told
to the hearing, a commissioner's question, the statutory timetable, scene, a company's refusal to
comment; "Dr.", "9.30am." before "Submitters", "Co." mid-sentence and before "The co-operative",
"vs.", "mg/L", "i.e."); and (12) a Wisconsin daily on a space-heater recall (units, reports, burns and
model numbers of record from the recall notice, the commission's advice, the remedy's hotline, a chief
executive's boilerplate against his statements of record, a customer's melted heater and her
question, a fire official's figures and advice, a staff report's finding against an advocate's
opinion, a retailer's emails; "Wis. —", "Inc." mid-sentence and before "Founded", "Co." before
"Fennwright", "Jr.", "Ill.," and "Ill." before "It", "8 a.m. to 6 p.m. CT", an e-mail address and a
URL, "…" before a capital, "etc." ending a paragraph, "Co." before "All rights reserved."). `STYLES`
names the site, the story and the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new59.py` hold too (mastheads, menus, crumbs, section labels,
bylines, date lines, share strips, related lists, tip and call-out lines, newsletter lines, support
lines, funding notes, author bios, contact lines and footers "B" line by line; captions by content and
credits "B"; standfirsts labelled like headlines, never split at a semicolon, carrying the first
source named with a verb of saying as the body names it; titles, ranks, honorifics and roles dropped
from speakers, "Jr." and initials kept; a pronoun, a later surname or a role resolved to the full name
as first given; organisations, documents and data kept as written, "according to X" -> X, "It" for
an organisation resolved to its name as first given; a quote over several sentences carrying its
speaker and cue; plans, votes, decisions, orders, rules, results and figures of record "W"; spoken
forecasts, hopes, pledges, opinions, feelings, scene, private circumstances, rhetorical questions and
advice ""; a hedge making a sentence "" unless a figure of record rides in it; a forecast or target
published in a document "W"; a checkable figure inside an opinion "W"; data rows of a table "", its
title and header "B").

Conventions this set had to settle, in the same spirit:

* Hedged figures. A figure of record carried with "about" stays "W" ("About 78 per cent of her
  preferences flowed to ..., according to the commission's indicative count.", "fallen by about a
  fifth", "about 9,400 postal votes remained", "members of the association reported that bookings ...
  had risen to about 40% of the total"); a figure nobody vouches for is "" ("It is believed to be
  around €14.5 million, which would make it the biggest sale in the club's history."), and the fact
  of record beside it is "W" ("Grevenmoer did not disclose the fee."). A hedge on a cause is "" (the
  analyst's "may partly reflect" a mild winter, the trader's "probably offering less because ...",
  the physician's "Some of that increase is real, and some of it is us looking harder"), while an
  official's cause stated as fact is "W" ("the rise in construction jobs came mainly from ...", "11 of
  the 19 cases were linked to two clusters", "the faster timing was needed so that ..."). "The
  figures are preliminary and may change as cases are reclassified, the department said." is "W" (the
  status of the data is of record). An analyst's arithmetic ("would have to split about 70-30 ... to
  overturn the result") and her "That has not happened in a NSW seat in my lifetime" are "W", her
  "I'd be very surprised if this one changes hands." "".
* Published plans against spoken hopes. "The city's public safety plan, approved by the council in December, sets", "The canton's public transport
  plan for 2026-2029, adopted by the cantonal parliament in March, projects", "Nova Scotia Health's
  infection prevention plan for 2025-2028 aims", "The Algarve's regional tourism strategy for 2025-2027
  aims", "The South African Reserve Bank's March Monetary Policy Review projects" and "Pellridge Energy
  Consulting's quarterly outlook, published on Tuesday, projects" carry the document with its verb,
  "W"; the chief executive's "She hoped ..." (cue "hoped"), the physician's "“hopeful”", the economist's
  and the analyst's "expected", the hotelier's "I think next year will be better, if ...", the
  director's "I'm confident we will" and the counsellor's "could well go up by 10 or 20 ..., because
  more students had applied for them" are "", and the CAO's published figures after the counsellor
  are "W". "A report by council officers, released before the hearing, recommends ..." carries the
  report with "recommends", "W", and the standfirst's "Council officers recommend ..." carries it too.
* Figures inside opinions and questions. A checkable figure in an opinion makes it "W": "“Seventy-eight
  isn't good enough, and the staff know it,”", "“A £69 cut is welcome, but ...”", "said 7.84 million
  people without work was “not a number anybody should celebrate.”", "welcomed the order but said ₱20
  was still too low", "“They take €3.9 million from tourists and my street still floods every
  October,”", "“If they want 2,400 cubes a day for 35 years, they can put their own money into a pipe
  ...”" (the figures restate the application), "“It's our best year yet, and they've earned every point
  of it,”" (a comparison the counts before it settle), a council member's relative clause "whose 3rd
  Ward accounted for 97 of the city's car thefts"; the jibe or complaint after it stays "". A question
  asserts nothing and stays "" whatever figure it holds: "“If 389 cars get stolen in three months, is
  anybody surprised ...?” she asked.", "“Are we supposed to throw a party because 76,000 fewer people are
  jobless?” he asked.", "“How can we plant again next season if we sell at ₱16.50 and it costs ₱16 to
  grow?” he asked.", "“Why are we still putting 17-year-olds through 13 days of exams in a heatwave?”
  asked ...", "“Who decided that people in Hasliwil don't need to get home after 9 p.m.?” ... asked.",
  "“Will it last until the state election in March 2027?", "“Nineteen goals, and we sell him six days
  before the window shuts?", "“Why should the person who uses the least pay the most for every unit?”"
  and the reported "Achterwald asked why families were not told sooner." (cue "asked").
* Private against public. A pensioner's own direct debit ("from £96 to £121"), a farmer's cost of
  growing, a student's points and missed first choice, a job seeker's 43 applications, a nurse's shift,
  a laundromat's closing time, a café's takings, a tourist's 14 years of visits and a patient's weight
  are private, ""; a farmer's sale price to a trader ("₱16.50 a kilo"), the cars stolen from a
  laundromat's lot, a commuter's arrival times under the old and new timetables, a granddaughter's
  140-kilometre drive to give birth, a patient catching C. diff four days after admission, a family not
  told of an outbreak and a heater's melted panel are facts about a public price, public safety, a
  public service or a product, "W".
* Acts and documents without a speaker. "Village president Urs Zumsteg-Ravani handed it to the EFB on
  Monday.", "Gov. Aurelio Batungbakal signed an executive order ...", "Under the senior cycle reform
  plan published by the Department of Education in 2024, ...", "Under the Resource Management Act, ..."
  and "Grevenmoer did not disclose the fee." are "W" without a speaker; "The province has set aside ₱150
  million for the program, he said." after the governor's act carries him, and so does "the governor
  said". "Each farmer may sell up to 100 bags, ..., according to the executive order." names the order.
* Standfirsts. "Principal hails ‘best year yet’ ...; deadline to view scripts is 5 p.m. on Wednesday"
  carries the principal with "hails", "W" for the deadline; "Chief credits new weekend patrol schedule;
  ..." carries the chief with "credits", "W" (an official's causal claim); "Farmers say they are selling
  at a loss; Gov. ... orders provincial buying at ₱20 from Monday" carries "several farmers interviewed
  by AniNews" as the body names them, "W" for the order; "Hoteliers say the season was ‘solid, not
  spectacular’; residents' group asks where the tourist tax goes" carries the hotel association's
  president through whom the body gives that phrase, "" (an opinion and a question); "Striker signs
  until 2030; coach says ‘of course it hurts’ ..." carries the coach, "W" for the contract; "Typical
  bill will be £1,612 a year; charity says ..." carries the charity, "W"; "Halverdine says it knows of
  no deaths; ..." carries the company as first given ("Halverdine Home Products Inc."), "W"; "Villagers
  hand in 1,240 signatures; railway says ..." carries the railway, "W".
* People and bodies as written. "the commission said" / "It said" (-> "the NSW Electoral Commission"),
  "The department said" / "It said" (-> "the Quillmouth Police Department"), "the department said",
  "The township reported", "The SEC has said", "the SEC said", "Stats SA said" / "It said" (->
  "Statistics South Africa (Stats SA)"), "The PSA said" / "It said" (-> "the Philippine Statistics
  Authority (PSA)"), "INE said", "the municipality said" / "It said", "The EFB said", "Hollerbrück
  said", "both clubs announced", "The firm said", "The company ... said", "Fennwright said" and "It
  said" (-> "Fennwright Hardware Co.", the name as first given), "the council said", "the commission
  said"; "after the regulator Ofgem lowered its price cap, it announced" -> "Ofgem" with "announced";
  descriptors dropped before names ("the regional railway Emmenfluh-Bahn AG (EFB)", "The passenger group
  ProZug Mittelland", "The supporters' association De Veenmollen"); "Hollerbrück's parent company, SV
  Hollerbrück 04 GmbH & Co. KGaA, said in a notice to bondholders" -> the company's full name with that
  cue; "A rice trader in Cabanatuan City, who asked not to be named, said" -> "A rice trader in
  Cabanatuan City"; "A spokesperson for the Premier", "A spokesperson for the Department of Health and
  Wellness", "A spokesperson for the cantonal Office of Public Transport" and "A spokesperson for
  Marlstow Milk Co." as written; "The lawyer said" resolves to the company's lawyer, "Commissioner
  Tepania-Castleton asked" to the chair. Dropped from speakers: "Dr", "Dr.", "Prof.", "Mr.", "Ms.",
  "Police Chief", "Sgt.", "Lt.", "Council member", "principal", "Guidance counsellor", "chief
  executive", "Chief executive", "Village president", "Mayor", "Technical director", "Grevenmoer
  coach", "NFA provincial manager Atty.", "Gov.", "DA regional director Engr.", "Commissioner",
  "Battalion Chief", "Plainsland state director" and "MLA"; "Marcus Dellavoy Jr." and "Roland T.
  Vasterling Jr." keep their suffix and initial.
* Cues as written: "told supporters", "blamed", "credits", "credited", "urged", "reported", "hails",
  "has said", "advised", "asked", "estimates", "projects", "announced", "recommend", "recommends",
  "told the commissioners", "told the hearing", "said in a notice to bondholders", "told a news
  conference", "told reporters", "hoped", "aims", "found", "sets", "show" and "said in a statement".
* Furniture and links. Table titles, header rows and source lines are "B", their rows "" (the crime
  table, the scorers' list); the support line with its number is "B"; "Check whether your heater is
  included: halverdine.com/recall" and the closing line pointing to the hearing's documents online
  are "B" (links for the reader, as the report-card URL line is in `labelled_new59.py`), while the
  recall's remedy told in the body ("Halverdine can be reached toll-free at 888-555-0131 from 8 a.m.
  to 6 p.m. CT ...") is "W"; "Got a news tip?" / "Email ...", "Do you have a story about your energy
  bills?" / "Email ..." and "Got a story?" / "Write to us ..." are two "B" sentences each; a related
  headline ending in "?" is one "B" sentence.

Splits. "St." ("Carrabeen St." before "Scrutineers", "Fifth St." before an opening quote), "Pty Ltd."
(before "Privacy"), "Mich." ("Kettunen Township, Mich." before "The township"), "Jr." ("Lt. Marcus
Dellavoy Jr." before "He said"), "p.m." ("9 p.m." before "Two", "5 p.m." before "Applications",
"9.30 p.m." before an opening quote, "8 p.m." at the end of a paragraph), "a.m." ("10 a.m." before
"Schools", "7 a.m." before "Farmers"), "www.quillmouthledger.com." (before "All rights reserved."),
"Ltd." ("Brantsgill Energy Ltd." before "The firm", "Skernside Regional Media Ltd." before "Registered
in England No. 03318472."), "N.S." ("Scotchfir Falls, N.S." before "That"), "Inc." (before
"Reproduction" and before "Founded"), "(Pty) Ltd." (before "The Polokwane-based" and before "All
rights reserved."), "etc." (before "The full timetable" and before "Palay"), a URL (before "Printed"),
"Lda." (before "The company"), "B.V." (before "The company" and before "Alle rechten voorbehouden."),
"Co." ("Marlstow Milk Co." before "The co-operative", "Fennwright Hardware Co." before "Fennwright",
"Lakehaven Media Co." before "All rights reserved."), "Corp." (before "All rights reserved."), "9.30am."
(before "Submitters"), "Ill." ("Rockford, Ill." before "It said"), "10.15." inside a quote before
"From", a spaced ellipsis before a capital ("“If we'd been asleep …" / "I don't even want"), and a "?"
before a capital inside a quote ("“Will it last ...?" / "I doubt it", "“Now?" / "No way.”",
"“Honestly?" / "I'll repeat", "shuts?" / "Who scores them now?”") or in furniture ("Got a news tip?" /
"Email", "Do you have a story ...?" / "Email", "Got a story?" / "Write") end a sentence. "Dr Hester",
"Prof. Ingrid", "53.8 per cent", "9:41pm,", "11pm.", "6:02 a.m. ET", "Mich. —", "8 p.m. and 2 a.m.
on", "Sgt. Owen", "Lt. Marcus", "vs. a national", "Dunstaffen Ave., said", "9 a.m. to 5 p.m. on", "6
p.m. at", "W. Ommerdale Blvd.", "St. Fiachna's", "5 p.m. on Wednesday", "10.30 a.m., and", "Mr.
Declan", "Ms. Niamh", "2 p.m. on", "Mr. Ó Fearghaile", "8 p.m. to 11 p.m. every", "Ltd., Main
Street", "Co. Roscommon.", "N.S. —", "C. difficile", "C. diff", "Feb. 11", "Feb. 12", "2 p.m. and",
"Dr. Anjali", "2025-26", "24.86p", "£3.8bn", "e.g. a cold snap", "Sept. 30", "9 a.m. and",
"14.05.2026 – 07:30", "6 a.m. to 8 p.m., and", "9 p.m. or", "Dr. Regula", "CHF 48.6 million, approx.
80", "e.g. by", "Oct. 21 at", "vs. 33.9%", "Dr. Thandeka", "approx. 30,000", "6 a.m. on", "R17.82",
"Gov. Batungbakal", "Gov. Aurelio", "Brgy. Mabuhangin", "Sta. Lucrecia", "₱17.40", "approx. 1.4
million", "Atty. Josefina", "Brgy. Tanimbuhay", "8 p.m. during", "8 a.m. to 5 p.m., Monday", "Engr.
Wilfredo", "Prof. Ramon", "vs. 85.9%", "€112.40", "Dr. Rui", "3.30 p.m. local", "GmbH & Co. KGaA,
said", "No. 9", "Sept. 1 at 23:00", "Dr. Lukas", "vs. top-six", "e.g. on", "1. Thijmen", "Dr.
Moana", "Marlstow Milk Co. has applied", "Dr. Simon", "vs. 0.9 mg/L", "i.e. piping", "Marlstow Milk
Co. said", "4:12 p.m. CT", "Wis. —", "Inc. is recalling", "U.S. Consumer", "8 a.m. to 6 p.m. CT
Monday", "Roland T. Vasterling Jr. said", "Pottowin, Ill., said" and "Dec. 28" never split inside. A
spaced ellipsis before lower case does not end a sentence ("After that … we'll see", "our size … you
can't", "Cornwall … just about"). A "?" closing a quote before a lower-case attribution ("” she
asked.", "” he asked.", "” asked Fidelma Rathcoolan, ...", "” asked Sander Brinkerink, ...") or before
the speaker's capitalised surname and a verb ("9 p.m.?” Zumsteg-Ravani asked.") does not end the
sentence.

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new56.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a newline,
sentences of one line by a space) and written the same way: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Australian regional news site in NSW, a state by-election won by an independent GP (masthead, menu, crumb, headline, semicolon standfirst carrying the losing candidate with says, byline, updated line with pm and am, share strip, caption with credit, counts after preferences via according to, primaries and swing without a speaker, a resignation of record, a winner's quote to supporters with 11pm, a pledge against a closure of record, a refusal to concede with a postal-vote count, Prof. dropped, an analyst's arithmetic and comparison against her prediction, the commission said then It said, a preference flow via an indicative count, a party director's spending figure, blamed as judgement, a ? before a capital inside a quote, a Premier's spokesperson, scene, a voter's private vote against a public-service fact, expected as a hedge, 9am and St. ending a sentence before Scrutineers, related headline ending in ?, tip line with ? before Email, Pty Ltd. before Privacy)",
    "US metro daily's site in Michigan, first-quarter crime statistics (masthead, log-in strip, menu, section label, headline, semicolon standfirst carrying the chief with credits, byline with pipe, published line with a.m. ET, share strip with comments count, Mich. in the dateline, according to figures the department released, counts without a speaker, Police Chief dropped, St. ending a sentence before an opening quote, credited as a causal claim of record with p.m. and a.m., Sgt. dropped and a hedge, Lt. with Jr. ending a sentence before He, vs., preliminary FBI data, Mich. before The township, a figure in a relative clause, a rhetorical question holding a figure before she asked, Ave., and p.m. before Two, ? before a capital inside a quote, The department said then It said, urged advice and a spoken forecast, a published plan's target, a data caveat of record, a meeting with W. and Blvd., a crime table with title and header B and rows, contact line, URL before All rights reserved)",
    "Irish regional weekly's website, Leaving Certificate results day (masthead, menu, crumb, headline, semicolon standfirst carrying the principal with hails and a deadline of record, byline with role, date line with PM, share strip, national figures from the SEC, has said as a policy of record, a.m. ending a sentence before Schools, the Minister's feelings in a statement, Mr. dropped and St. Fiachna's, a school's record counts and best year yet, a student's private points, ? before a capital inside a quote, Ms. dropped and advice, a hedged forecast with a because clause against CAO figures published in July, dates and fees of record with p.m., a parent's rhetorical question with figures before asked and a relative clause, according to Met Éireann, a plan's content without a speaker, a hope, support line, related lines, address line with Ltd., and Co., footer)",
    "Canadian community paper in Nova Scotia, a hospital's infection figures (masthead, menu, section label, headline with C. diff, standfirst carrying Nova Scotia Health with says, byline with role, posted and updated line, share strip, N.S. in the dateline, C. difficile never ending a sentence, rates per 10,000 patient days, an outbreak with Feb. 11 and p.m. ending a sentence, N.S. before That, Dr. dropped with causes of record against a hedge, audits found, a figure inside an opinion, a union's staffing figures, a specific denial said in a statement then It said, a daughter's account of a public service against her mother's private weight, a reported question, a dated letter, an MLA's dated step, a department spokesperson, a published plan's target against a hope, a general medical fact, advice to visitors, LJI bio and funding line, related, Inc. before Reproduction)",
    "English regional daily's site, the household energy price cap (masthead, log-in strip, menu, crumb, headline, semicolon standfirst carrying the charity with says, byline with role, date line in capitals, share strip, the regulator Ofgem with it announced, prices in pence with decimals, Ofgem's cause and It said, according to Ofgem's latest figures, a charity's published estimate, a director's figure inside an opinion and a rhetorical question, a pensioner's own bill as private, a consultancy's published projection against its analyst's expectation with e.g., Ltd. ending a sentence before The firm, Ofgem's advice, an MP's letter and a figure inside an opinion, a council fund with a.m. and p.m. before Applications and Sept. 30, the council's advice, guide link, call-out with ? before Email, Ltd. before Registered in England No., cookie strip)",
    "Swiss English-language news site, a regional railway's timetable change (masthead, menu, section label, headline, semicolon standfirst carrying the railway with says, byline, numeric date line with reading time, share strip, the regional railway announced with its descriptor dropped, frequencies and times with a.m. and p.m., dropped stops and a replacement bus of record, The EFB said with a cause, a chief executive with Dr. dropped and told a news conference, figures against hoped, the canton's published projection, approx. inside a cost, a petition handed in as an act, a rhetorical question ending p.m.? before a surname and asked, a quote of journey times, a commuter's private shift against her arrival times with 10.15. inside a quote, a passenger group's opinion with e.g., a cantonal spokesperson's review step, etc. before The, Oct. 21 and a URL before Printed, related, newsletter line with Subscribe, GmbH footer)",
    "South African business news site, the quarterly jobs report (masthead, menu with pipes, section label, headline, semicolon standfirst carrying the economist with says and a figure of record, byline, date line, share strip, Stats SA said then It said, according to the QLFS, expanded rate, sectors and provinces with vs., an economist with Dr. dropped and her hedges and forecast, the Reserve Bank's published projection, a union leader's figure inside an opinion and his rhetorical question, a department said in a statement with a dated intake, a chamber's judgement, a job seeker's private applications and a quote split at a full stop, (Pty) Ltd. before The, a managing director named after the claim, an ellipsis before lower case, approx. and Aug. 11, read-next line, newsletter line with a.m., press council line, footer)",
    "Philippine agriculture news site, the dry-season harvest and palay prices (masthead, menu with bullets, section label, headline with a peso decimal, semicolon standfirst carrying the farmers as the body names them with an order of record, byline, date line, share strip, city dateline, PSA price monitoring via according to, The PSA said then It said, Brgy. and Sta., farmers' prices as public prices against a farmer's own costs and his rhetorical question with prices, an anonymous trader's hedged cause, according to the Bureau of Plant Industry, approx., Atty. dropped with p.m., a governor's executive order as an act then he said, the governor said, registration hours, according to the executive order, a farm leader's figure inside an opinion, Engr. dropped and a forecast, Prof. dropped and an opinion, retail prices, a.m. before Farmers, etc. before Palay, related, follow line, Corp. footer)",
    "Portuguese English-language weekly's site in the Algarve, summer tourism figures (masthead, menu with pipes, crumb, headline, semicolon standfirst carrying the hotel association's president as an opinion, byline, date line with read time, share strip, Statistics Portugal (INE) said, markets, occupancy and revenue with vs. and decimals, the figures show, an airport record via according to, Dr. dropped with an opinion, a reported share of late bookings against a hope, a published regional strategy, a tourist tax's yield via the municipality said then It said with etc., a mayor's dated step and her assurance, a residents' spokesperson's figure inside a complaint and a question, according to INE housing statistics and a national register, seafront scene, private circumstances with ellipsis before lower case, Lda. before The company, Oct. 31, read-also line, call-out with ? before Write, company line, footer)",
    "Dutch English-language football site, a striker's transfer to a German club (masthead, menu, section label, headline, semicolon standfirst carrying the coach with says and a contract of record, byline, date line, share strip, both clubs announced, a contract and a medical with p.m., an undisclosed fee against a fee believed to be around a figure, GmbH & Co. KGaA said in a notice to bondholders, goals of record and the No. 9 shirt, a sell-on clause via according to an annual report, a coach's feelings with an ellipsis before lower case, a technical director's refused bids and loan against his confidence, the window's closing time with Sept. 1, Dr. dropped with vs. inside a quote of figures, scene, a fan's quote with ? before a capital and ? before asked, a supporters' association's request, the table position and next fixture, B.V. before The, a scorers' table with title and header B and rows starting 1., more-transfers line, footer with B.V.)",
    "New Zealand regional news site, a resource consent hearing on a dairy factory's discharge (masthead, menu, section label, headline, semicolon standfirst carrying the officers' report with recommend, byline, date line with pm, share strip, volumes and submissions of record, a report recommends, Dr. and 9.30am before Submitters, a lawyer's figures and plans, told the commissioners, Co. before The co-operative and mid-sentence, a scientist with Dr. dropped and vs. in mg/L against his hedged warning, a marae trust's question before she asked, a farmer's figures inside an opinion, told the hearing, a lawyer's causal account of a fish kill, a commissioner's question with i.e., The lawyer said, the statutory timetable, scene, a company's refusal to comment, documents link, LDR funding line, more-from line, address and copyright)",
    "US daily's site in Wisconsin, a space-heater recall (masthead, subscribe strip, menu with pipes, section label, headline, semicolon standfirst carrying the company as first given with says, byline, updated line with p.m. CT, share strip, caption with agency credit, Wis. in the dateline and Inc. mid-sentence, the commission said, according to the recall notice, model numbers and date codes, Co. before Fennwright, the commission's advice, the remedy's hotline with a.m., p.m., an e-mail address and a URL, a chief executive with an initial and Jr. said in a statement, Inc. before Founded, a customer with Ill., and a spaced ellipsis before a capital, a dated report and a question before she asked, a fire official's figures and urged advice with etc., a staff report found against an advocate's opinion, Ill. before It said, ownership of record, recall link, related, contact line, Co. before All rights reserved)",
]

ARTICLES = [
    [  # 1. Australian regional news site in NSW, a state by-election result
        [("Munjarri Star", "", "", "B")],
        [("Home   Local News   Politics   Sport   Rural   Property   Puzzles   Subscribe", "", "", "B")],
        [("Politics › State Politics", "", "", "B")],
        [("GP Hester Vanmarrow-Quennick wins Collabrine by-election, ending 40 years of Plainsland rule", "", "", "W")],
        [("Independent takes 53.8 per cent after preferences; Plainsland candidate says he will not concede until postal votes are counted", "Bradley Outhridge-Fenlaw", "says", "W")],
        [("By Corinna Dapplewick", "", "", "B")],
        [("Updated March 22 2026 - 9:41pm, first published 6:15am", "", "", "B")],
        [("Share   Facebook   X   Email   Copy link", "", "", "B")],
        [("Dr Hester Vanmarrow-Quennick with supporters at the Collabrine Bowling Club on Saturday night.", "", "", ""),
         ("Picture by Lachie Terrenbrook", "", "", "B")],
        [("Independent candidate Dr Hester Vanmarrow-Quennick has won the state seat of Collabrine, ending 40 years of Plainsland Party control of the electorate.", "", "", "W")],
        [("With 71.6 per cent of enrolled votes counted on Sunday evening, she led Plainsland candidate Bradley Outhridge-Fenlaw 53.8 per cent to 46.2 per cent after preferences, according to the NSW Electoral Commission.", "the NSW Electoral Commission", "according to", "W"),
         ("Her primary vote was 34.9 per cent, up from 21.7 per cent when she stood at the 2023 state election.", "", "", "W")],
        [("Outhridge-Fenlaw's primary vote was 38.1 per cent, a swing of 11.2 points against the party.", "", "", "W")],
        [("The by-election was called after the sitting member, Graham Tullochgorm, resigned in January to become chair of a state water board.", "", "", "W")],
        [("“People out here have been taken for granted for a very long time,” Dr Vanmarrow-Quennick told supporters at the bowling club shortly before 11pm.", "Hester Vanmarrow-Quennick", "told supporters", ""),
         ("“Tonight they said so.”", "Hester Vanmarrow-Quennick", "told supporters", "")],
        [("She said her first job in Parliament would be to fight for the reopening of the maternity unit at Collabrine District Hospital.", "Hester Vanmarrow-Quennick", "said", ""),
         ("The unit has been closed to births since April 2024.", "", "", "W")],
        [("Outhridge-Fenlaw, a former mayor of Tindarra Shire, said on Sunday he would not concede while about 9,400 postal votes remained to be counted.", "Bradley Outhridge-Fenlaw", "said", "W"),
         ("“Postals have favoured us in every election here since 2011,” he said.", "Bradley Outhridge-Fenlaw", "said", "W"),
         ("“I'm not giving up on them.”", "Bradley Outhridge-Fenlaw", "said", "")],
        [("Prof. Ingrid Haldorsvik, who studies elections at the Kelburra Institute of Public Affairs, said the postal votes would have to split about 70-30 in the Plainsland Party's favour to overturn the result.", "Ingrid Haldorsvik", "said", "W"),
         ("“That has not happened in a NSW seat in my lifetime,” she said.", "Ingrid Haldorsvik", "said", "W"),
         ("“I'd be very surprised if this one changes hands.”", "Ingrid Haldorsvik", "said", "")],
        [("Turnout was 81.4 per cent, down from 89.6 per cent at the 2023 election, the commission said.", "the commission", "said", "W"),
         ("It said the formal distribution of preferences would be held on April 2.", "the NSW Electoral Commission", "said", "W")],
        [("Workers First candidate Tamsin Erringbrook finished third with 14.3 per cent of the primary vote.", "", "", "W"),
         ("About 78 per cent of her preferences flowed to Dr Vanmarrow-Quennick, according to the commission's indicative count.", "the commission's indicative count", "according to", "W")],
        [("Erringbrook said she was “proud of the campaign we ran on a shoestring.”", "Tamsin Erringbrook", "said", "")],
        [("Plainsland state director Royce Kindermarsh said the party had spent about $310,000 on the campaign, less than half what it spent in the seat in 2023.", "Royce Kindermarsh", "said", "W"),
         ("He blamed the swing on “a protest vote about the hospital, pure and simple.”", "Royce Kindermarsh", "blamed", ""),
         ("“Will it last until the state election in March 2027?", "Royce Kindermarsh", "said", ""),
         ("I doubt it,” he said.", "Royce Kindermarsh", "said", "")],
        [("A spokesperson for the Premier said the government would “work constructively with whoever the people of Collabrine choose.”", "A spokesperson for the Premier", "said", "")],
        [("At the bowling club, supporters in teal T-shirts sang along to a covers band until well after midnight.", "", "", "")],
        [("Annelise Prothwick, 67, a retired nurse from Gundabri, said she had voted Plainsland “all my life, until yesterday.”", "Annelise Prothwick", "said", ""),
         ("“When my granddaughter had to drive 140 kilometres to Wagga to have her baby, that was it for me,” she said.", "Annelise Prothwick", "said", "W")],
        [("Dr Vanmarrow-Quennick, 52, has worked as a GP in Collabrine since 2006 and chaired the hospital's community advisory committee from 2019 to 2024.", "", "", "W")],
        [("She is expected to be sworn in within days of the result being declared.", "", "", ""),
         ("The seat will be contested again at the state election on March 27, 2027.", "", "", "W")],
        [("Counting of postal votes resumes at 9am on Monday at the returning office in Carrabeen St.", "", "", "W"),
         ("Scrutineers from both camps are expected to attend.", "", "", "")],
        [("Read more: Who is Hester Vanmarrow-Quennick, the country GP who took on a 40-year dynasty?", "", "", "B")],
        [("Got a news tip?", "", "", "B"),
         ("Email newsdesk@munjarristar.com.au", "", "", "B")],
        [("Subscribe now for unlimited digital access from $1 a week.", "", "", "B")],
        [("© Copyright 2026 Munjarri Star Pty Ltd.", "", "", "B"),
         ("Privacy | Terms of Use | Conditions of Subscription | Contact Us", "", "", "B")],
    ],
    [  # 2. US metro daily's site in Michigan, first-quarter crime statistics
        [("The Quillmouth Ledger", "", "", "B")],
        [("Sign In  |  Subscribe  |  Today's ePaper", "", "", "B")],
        [("Local  News  Crime & Courts  Business  Sports  Opinion  Obituaries  Weather", "", "", "B")],
        [("CRIME & COURTS", "", "", "B")],
        [("Quillmouth violent crime down 14% in first quarter, but car thefts nearly double", "", "", "W")],
        [("Chief credits new weekend patrol schedule; 3rd Ward council member says residents ‘don't feel it’", "Lorraine Ebbenhurst-Adetokun", "credits", "W")],
        [("Darnell Fitzhamond  |  Quillmouth Ledger", "", "", "B")],
        [("Published 6:02 a.m. ET April 16, 2026", "", "", "B")],
        [("Facebook  X  Email  Comments (48)", "", "", "B")],
        [("QUILLMOUTH, Mich. — Violent crime in Quillmouth fell 14% in the first three months of 2026 compared with the same period last year, according to figures the Quillmouth Police Department released Wednesday.", "figures the Quillmouth Police Department released Wednesday", "according to", "W")],
        [("The department recorded 212 violent crimes from January through March, down from 247 a year earlier.", "", "", "W"),
         ("There were four homicides, the same number as in the first quarter of 2025.", "", "", "W")],
        [("Aggravated assaults fell to 131 from 158, and robberies to 61 from 70.", "", "", "W"),
         ("Motor vehicle thefts, however, rose to 389 from 201.", "", "", "W")],
        [("Police Chief Lorraine Ebbenhurst-Adetokun said nearly two-thirds of the stolen vehicles were older models of two brands that were sold without engine immobilizers.", "Lorraine Ebbenhurst-Adetokun", "said", "W"),
         ("Thieves learned the method from videos shared on social media, she said.", "Lorraine Ebbenhurst-Adetokun", "said", "W")],
        [("“Honestly, it's a 30-second job,” she told reporters at police headquarters on Fifth St.", "Lorraine Ebbenhurst-Adetokun", "told reporters", ""),
         ("“I wish I was exaggerating.”", "Lorraine Ebbenhurst-Adetokun", "told reporters", "")],
        [("She credited the fall in violent crime to a patrol schedule introduced in October that puts 12 more officers on the street between 8 p.m. and 2 a.m. on Fridays and Saturdays.", "Lorraine Ebbenhurst-Adetokun", "credited", "W"),
         ("“We put officers where the calls are, when the calls are,” she said.", "Lorraine Ebbenhurst-Adetokun", "said", ""),
         ("“But I'm not going to stand here and tell you one quarter is a trend.”", "Lorraine Ebbenhurst-Adetokun", "said", "")],
        [("Sgt. Owen Pettingale-Lask, the department's crime analyst, said the drop “may partly reflect” a mild winter, when fewer people were out at night.", "Owen Pettingale-Lask", "said", "")],
        [("Of the four homicides this year, two have led to arrests, said Lt. Marcus Dellavoy Jr.", "Marcus Dellavoy Jr.", "said", "W"),
         ("He said the department had cleared 61% of its homicide cases over the past five years, vs. a national clearance rate of about 58%.", "Marcus Dellavoy Jr.", "said", "W")],
        [("Nationally, violent crime fell about 9% in 2025, according to preliminary FBI data.", "preliminary FBI data", "according to", "W")],
        [("Car thefts also rose in neighboring Kettunen Township, Mich.", "", "", "W"),
         ("The township reported 64 in the first quarter, up from 29.", "The township", "reported", "W")],
        [("Council member Yvette Marchfield-Ezeakunne, whose 3rd Ward accounted for 97 of the city's car thefts, said residents “don't feel” the improvement.", "Yvette Marchfield-Ezeakunne", "said", "W"),
         ("“Three cars were taken on my own block in one week in February,” she said.", "Yvette Marchfield-Ezeakunne", "said", "W"),
         ("“If 389 cars get stolen in three months, is anybody surprised people don't feel safer?” she asked.", "Yvette Marchfield-Ezeakunne", "asked", "")],
        [("Bernadette Szostakowski, who runs a laundromat on Dunstaffen Ave., said she now closes at 9 p.m.", "Bernadette Szostakowski", "said", ""),
         ("Two of her customers' cars were stolen from the lot behind the building in March, she said.", "Bernadette Szostakowski", "said", "W"),
         ("“I used to stay open till 11,” she said.", "Bernadette Szostakowski", "said", ""),
         ("“Now?", "Bernadette Szostakowski", "said", ""),
         ("No way.”", "Bernadette Szostakowski", "said", "")],
        [("The department said owners of the affected models could pick up a free steering-wheel lock at any of the city's three police stations from 9 a.m. to 5 p.m. on weekdays.", "The department", "said", "W"),
         ("It said 1,140 locks had been handed out since January.", "the Quillmouth Police Department", "said", "W")],
        [("Ebbenhurst-Adetokun urged drivers to park in well-lit areas and never to leave a key fob in a parked car.", "Lorraine Ebbenhurst-Adetokun", "urged", ""),
         ("She said she expected thefts to fall by the summer as more owners installed a free software update offered by the manufacturers.", "Lorraine Ebbenhurst-Adetokun", "said", "")],
        [("The city's public safety plan, approved by the council in December, sets a target of cutting violent crime by 10% by the end of 2027.", "The city's public safety plan", "sets", "W")],
        [("The figures are preliminary and may change as cases are reclassified, the department said.", "the department", "said", "W")],
        [("The council's public safety committee will review the numbers at its April 28 meeting, which begins at 6 p.m. at City Hall, 400 W. Ommerdale Blvd.", "", "", "W")],
        [("Quillmouth crime, first quarter", "", "", "B")],
        [("Offense  |  2025  |  2026", "", "", "B")],
        [("Homicide  |  4  |  4", "", "", "")],
        [("Robbery  |  70  |  61", "", "", "")],
        [("Aggravated assault  |  158  |  131", "", "", "")],
        [("Motor vehicle theft  |  201  |  389", "", "", "")],
        [("Source: Quillmouth Police Department", "", "", "B")],
        [("Contact Darnell Fitzhamond at dfitzhamond@quillmouthledger.com or 616-555-0148.", "", "", "B")],
        [("© 2026 www.quillmouthledger.com.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service  |  Privacy Policy  |  Your Privacy Choices", "", "", "B")],
    ],
    [  # 3. Irish regional weekly's website, Leaving Certificate results day
        [("The Lisnaveagh Observer", "", "", "B")],
        [("News   Sport   GAA   Farming   Property   Notices   Contact", "", "", "B")],
        [("Home › News › Education", "", "", "B")],
        [("Leaving Cert 2026: top grades fall for third year in a row", "", "", "W")],
        [("Principal hails ‘best year yet’ at St. Fiachna's; deadline to view scripts is 5 p.m. on Wednesday", "Declan Ó Fearghaile", "hails", "W")],
        [("By Gráinne Tullyvarra, Education Reporter", "", "", "B")],
        [("Friday, August 28, 2026 at 1:48 PM", "", "", "B")],
        [("Share on Facebook   Share on X   Share on WhatsApp   Email", "", "", "B")],
        [("More than 61,800 students across the country received their Leaving Certificate results this morning, and the proportion of top grades fell for the third year in a row.", "", "", "W")],
        [("The State Examinations Commission (SEC) said 61,842 candidates sat the exams in June, up 1,130 on last year.", "The State Examinations Commission (SEC)", "said", "W"),
         ("Across all higher-level papers, 11.2 per cent of grades were H1s, down from 11.9 per cent in 2025 and 13.4 per cent in 2023.", "", "", "W")],
        [("The SEC has said since 2024 that it is bringing results back in line with those of 2019, before grades rose sharply during the pandemic.", "The SEC", "has said", "W")],
        [("Results were released online at 10 a.m.", "", "", "W"),
         ("Schools handed out printed statements from 10.30 a.m., and the candidate portal had logged more than 40,000 log-ins by noon, the SEC said.", "the SEC", "said", "W")],
        [("In a statement, the Minister for Education said she was “immensely proud of every student who sat down in an exam hall this June.”", "the Minister for Education", "said", "")],
        [("At St. Fiachna's Community School in Lisnaveagh, principal Mr. Declan Ó Fearghaile said 24 of the school's 138 Leaving Cert students had scored 550 points or more, the most in the school's history.", "Declan Ó Fearghaile", "said", "W"),
         ("“It's our best year yet, and they've earned every point of it,” he said.", "Declan Ó Fearghaile", "said", "W"),
         ("The school's average was 421 points, up from 398 in 2025, he said.", "Declan Ó Fearghaile", "said", "W")],
        [("Saoirse Brennavagh, 18, said she had got 589 points and was hoping for an offer to study physiotherapy in Galway.", "Saoirse Brennavagh", "said", ""),
         ("“I opened it on my phone in the car park and just screamed,” she said.", "Saoirse Brennavagh", "said", "")],
        [("Her classmate Cathal Mulgrennan, 17, said he had missed his first choice, engineering, by about 20 points.", "Cathal Mulgrennan", "said", ""),
         ("“Honestly?", "Cathal Mulgrennan", "said", ""),
         ("I'll repeat, or I'll do a PLC course and go in that way.", "Cathal Mulgrennan", "said", ""),
         ("It's not the end of the world.”", "Cathal Mulgrennan", "said", "")],
        [("Guidance counsellor Ms. Niamh Corrandulla advised students who had missed their grades not to make any decisions today.", "Niamh Corrandulla", "advised", ""),
         ("“Ring the college, talk to your guidance counsellor, sleep on it,” she said.", "Niamh Corrandulla", "said", ""),
         ("“The CAO isn't going anywhere.”", "Niamh Corrandulla", "said", "")],
        [("She said points for nursing and some health science courses “could well go up by 10 or 20” in the first round, because more students had applied for them.", "Niamh Corrandulla", "said", "")],
        [("CAO figures published in July show first-preference applications for nursing degrees rose 8.4 per cent this year.", "CAO figures published in July", "show", "W")],
        [("The first round of CAO offers will be issued at 2 p.m. on Thursday, September 3.", "", "", "W")],
        [("Students who want to see their marked scripts must apply through the SEC's candidate portal by 5 p.m. on Wednesday, September 2.", "", "", "W"),
         ("Viewings will take place in schools on September 5 and 6.", "", "", "W"),
         ("An appeal costs €40, which is refunded if the grade goes up.", "", "", "W")],
        [("“Why are we still putting 17-year-olds through 13 days of exams in a heatwave?” asked Fidelma Rathcoolan, whose son sat the exams at St. Fiachna's.", "Fidelma Rathcoolan", "asked", "")],
        [("Temperatures in the county reached 27 degrees on June 10, the first day of the exams, according to Met Éireann.", "Met Éireann", "according to", "W")],
        [("Under the senior cycle reform plan published by the Department of Education in 2024, the first subjects will give 40 per cent of their marks to coursework from 2027.", "", "", "W"),
         ("Mr. Ó Fearghaile said he hoped the change would “take some of the pressure off the June exams.”", "Declan Ó Fearghaile", "said", "")],
        [("Students who are finding results day hard can talk to someone at Youthline Connect, free, on 1800 512 470 from 8 p.m. to 11 p.m. every night, or text TALK to 50818.", "", "", "B")],
        [("Related: CAO points – what to expect in Round 1", "", "", "B")],
        [("Related: Lisnaveagh Gaels through to county semi-final after replay", "", "", "B")],
        [("Lisnaveagh Observer Ltd., Main Street, Lisnaveagh, Co. Roscommon.", "", "", "B"),
         ("Tel: 090 664 1287.", "", "", "B")],
        [("© 2026 Lisnaveagh Observer.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 4. Canadian community paper in Nova Scotia, a hospital's infection figures
        [("The Glenmorvan Pilot", "", "", "B")],
        [("Home | News | Sports | Opinion | Obituaries | Events | e-Edition", "", "", "B")],
        [("NEWS", "", "", "B")],
        [("C. diff cases at Glenmorvan hospital more than double as hand-washing audits fall short", "", "", "W")],
        [("Nova Scotia Health says two clusters on one unit drove the rise; union points to cuts in cleaning staff", "Nova Scotia Health", "says", "W")],
        [("Morag Scaurwick-Lacasse · Local Journalism Initiative Reporter", "", "", "B")],
        [("Posted: May 7, 2026 5:30 PM ADT | Last Updated: May 8, 2026", "", "", "B")],
        [("Share  Facebook  X  Email  Print", "", "", "B")],
        [("GLENMORVAN, N.S. — Cases of hospital-acquired C. difficile at Glenmorvan Regional Hospital more than doubled in the last fiscal year, according to figures Nova Scotia Health posted on its website this week.", "figures Nova Scotia Health posted on its website this week", "according to", "W")],
        [("The hospital recorded 19 cases in 2025-26, a rate of 6.4 per 10,000 patient days, up from nine cases and a rate of 3.1 the year before.", "", "", "W"),
         ("The provincial rate was 3.8.", "", "", "W")],
        [("Cases of MRSA, a drug-resistant staph infection, fell to four from seven, and for a second year there were no hospital-acquired bloodstream infections caused by VRE.", "", "", "W")],
        [("An outbreak was declared on Unit 4B, a 28-bed medical unit, on Feb. 11 and declared over on March 9.", "", "", "W"),
         ("While it lasted, each patient could have one designated visitor, between 2 p.m. and 8 p.m.", "", "", "W")],
        [("It was the second C. diff outbreak in the health zone this year, after one at a long-term care home in Scotchfir Falls, N.S.", "", "", "W"),
         ("That outbreak was declared over in January.", "", "", "W")],
        [("Dr. Anjali Ravichandar, the infection prevention and control physician for the hospital's zone, said 11 of the 19 cases were linked to two clusters on Unit 4B, one last fall and one during the outbreak.", "Anjali Ravichandar", "said", "W"),
         ("She said the hospital had also started testing more patients with diarrhea in 2025, which finds cases that might have been missed before.", "Anjali Ravichandar", "said", "W")],
        [("“Some of that increase is real, and some of it is us looking harder,” she said.", "Anjali Ravichandar", "said", ""),
         ("“I can't give you the exact split.”", "Anjali Ravichandar", "said", "")],
        [("Hand hygiene audits on the hospital's inpatient units found staff cleaned their hands at the right moments 78 per cent of the time from January to March, below Nova Scotia Health's target of 90 per cent.", "Hand hygiene audits on the hospital's inpatient units", "found", "W")],
        [("Ravichandar said the audits were carried out every month on every unit by trained observers.", "Anjali Ravichandar", "said", "W"),
         ("“Seventy-eight isn't good enough, and the staff know it,” she said.", "Anjali Ravichandar", "said", "W")],
        [("Shelagh Dunnerholme, who represents environmental services workers at the hospital for the Maritime Health Workers' Union, said housekeeping positions on day shifts had been cut from 22 to 16 in 2024.", "Shelagh Dunnerholme", "said", "W"),
         ("“You can't clean a C. diff room properly in 20 minutes, and 20 minutes is what they give us,” she said.", "Shelagh Dunnerholme", "said", "W")],
        [("Nova Scotia Health said in a statement that housekeeping hours had been moved to evenings, not cut, and that the rooms of patients with C. difficile were cleaned with a sporicidal disinfectant twice a day.", "Nova Scotia Health", "said in a statement", "W"),
         ("It said the hospital had bought two ultraviolet disinfection units for $184,000 in March.", "Nova Scotia Health", "said", "W")],
        [("Colleen Achterwald said her mother, 84, caught C. diff four days after she was admitted with pneumonia in February.", "Colleen Achterwald", "said", "W"),
         ("“She went in with a chest infection and came out weighing 98 pounds,” she said.", "Colleen Achterwald", "said", ""),
         ("“Nobody told us there was an outbreak until we saw the sign on the door.”", "Colleen Achterwald", "said", "W")],
        [("Achterwald asked why families were not told sooner.", "Colleen Achterwald", "asked", ""),
         ("Ravichandar said families of patients on the unit were sent a letter on Feb. 12, the day after the outbreak was declared.", "Anjali Ravichandar", "said", "W")],
        [("Glenmorvan MLA Ron Gillivrae said he would ask the health minister in the legislature next Tuesday “what the plan is for this hospital.”", "Ron Gillivrae", "said", "W"),
         ("“Families deserve better than a sign on a door,” he said.", "Ron Gillivrae", "said", "")],
        [("A spokesperson for the Department of Health and Wellness said hospitals would publish their infection rates every quarter, instead of once a year, starting in July.", "A spokesperson for the Department of Health and Wellness", "said", "W")],
        [("Nova Scotia Health's infection prevention plan for 2025-2028 aims to bring the C. difficile rate at every hospital below 4 per 10,000 patient days by March 2028.", "Nova Scotia Health's infection prevention plan for 2025-2028", "aims", "W"),
         ("Ravichandar said she was “hopeful” Glenmorvan would get there by next spring.", "Anjali Ravichandar", "said", "")],
        [("C. difficile is a bacterium that causes diarrhea and can be deadly in older patients, particularly those who have recently taken antibiotics.", "", "", "W")],
        [("Visitors are asked to clean their hands on the way in and out, and to stay home if they have had diarrhea or vomiting in the past 48 hours.", "", "", "")],
        [("Morag Scaurwick-Lacasse is a Local Journalism Initiative reporter based in Glenmorvan.", "", "", "B"),
         ("The Local Journalism Initiative is funded by the Government of Canada.", "", "", "B")],
        [("Report an error  |  Journalistic standards", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Glenmorvan ER closed overnight again Saturday", "", "", "B")],
        [("© 2026 Glenmorvan Pilot, a division of Fundy Crest Media Inc.", "", "", "B"),
         ("Reproduction in whole or in part without permission is prohibited.", "", "", "B")],
    ],
    [  # 5. English regional daily's site, the household energy price cap
        [("Teesmere Evening News", "", "", "B")],
        [("Log in   Register   Get our app", "", "", "B")],
        [("News   Money   Sport   What's On   Jobs   Motors   Announcements", "", "", "B")],
        [("Money › Bills", "", "", "B")],
        [("Energy price cap to fall 4.1% in July, but standing charges go up again", "", "", "W")],
        [("Typical bill will be £1,612 a year; charity says 6.3 million households are still in fuel poverty", "The Fireside Fund", "says", "W")],
        [("By Priya Stannersby, Consumer Affairs Editor", "", "", "B")],
        [("07:00, 27 MAY 2026", "", "", "B")],
        [("Share   Comments", "", "", "B")],
        [("Household energy bills in England, Scotland and Wales will fall by 4.1 per cent from July 1 after the regulator Ofgem lowered its price cap, it announced on Wednesday.", "Ofgem", "announced", "W")],
        [("The cap for a typical dual-fuel household paying by direct debit will be £1,612 a year from July to September, down £69 from the current level.", "", "", "W"),
         ("The cap limits the unit rates and standing charges suppliers can charge, not the total bill, so households that use more energy will pay more.", "", "", "W")],
        [("Electricity will cost 24.86p per kilowatt hour, down from 26.03p, and gas 5.91p, down from 6.34p.", "", "", "W"),
         ("But the daily standing charge for electricity will rise to 53.12p, from 51.37p.", "", "", "W")],
        [("Ofgem said wholesale gas prices had fallen by about a fifth since February, mainly because of a mild spring in Europe and higher imports of liquefied natural gas.", "Ofgem", "said", "W"),
         ("It said the higher standing charge partly reflected the cost of upgrading the electricity network, which is added to every bill.", "Ofgem", "said", "W")],
        [("Energy debt owed to suppliers stood at £3.8bn at the end of March, the highest on record, according to Ofgem's latest figures.", "Ofgem's latest figures", "according to", "W")],
        [("The Fireside Fund, a fuel poverty charity, estimates that 6.3 million UK households are in fuel poverty.", "The Fireside Fund", "estimates", "W")],
        [("Its director, Bronwen Astleford, said the standing charge was “a tax on being poor.”", "Bronwen Astleford", "said", ""),
         ("“If you're on a prepayment meter and you can only afford to top up £10 a week, nearly £6 of that goes before you've boiled a kettle,” she said.", "Bronwen Astleford", "said", "W"),
         ("“Why should the person who uses the least pay the most for every unit?”", "Bronwen Astleford", "said", "")],
        [("Derek Oughtershaw, 74, from Cowpenbury, said his monthly direct debit had gone up from £96 to £121 since last winter.", "Derek Oughtershaw", "said", ""),
         ("“I've got the heating on for two hours in the evening and that's it,” he said.", "Derek Oughtershaw", "said", ""),
         ("“I'll believe it's come down when I see it.”", "Derek Oughtershaw", "said", "")],
        [("Pellridge Energy Consulting's quarterly outlook, published on Tuesday, projects that the cap will fall by a further 1.8 per cent in October.", "Pellridge Energy Consulting's quarterly outlook", "projects", "W"),
         ("Its principal analyst, Tomasz Wendlecott, said he expected bills to stay “broadly flat” into next year.", "Tomasz Wendlecott", "said", ""),
         ("“There are plenty of things that could knock that off course, e.g. a cold snap in Asia or an outage in Norway,” he said.", "Tomasz Wendlecott", "said", "")],
        [("The cheapest fixed deal open to new customers on Wednesday, at £1,548 a year, was offered by Brantsgill Energy Ltd.", "", "", "W"),
         ("The firm said it had about 212,000 customers, most of them in the north of England.", "The firm", "said", "W")],
        [("Ofgem advised households to take a meter reading on or around July 1 so they are not billed at the old rate for energy used after the change.", "Ofgem", "advised", "")],
        [("Hannah Rigglesworth, MP for Teesmere North, said she had written to the energy minister asking for the Warm Home Discount to be raised from £150 to £250.", "Hannah Rigglesworth", "said", "W"),
         ("“A £69 cut is welcome, but it's a drop in the ocean for families round here,” she said.", "Hannah Rigglesworth", "said", "W")],
        [("Teesmere Borough Council said its household support fund had £1.2m left for 2026-27, and that residents could apply online or by calling 01642 558 200 between 9 a.m. and 5 p.m.", "Teesmere Borough Council", "said", "W"),
         ("Applications close on Sept. 30 or when the money runs out.", "", "", "W")],
        [("Anyone struggling to pay should contact their supplier before they fall behind, the council said.", "the council", "said", "")],
        [("What the price cap means for you: our easy guide", "", "", "B")],
        [("Do you have a story about your energy bills?", "", "", "B"),
         ("Email money@teesmereeveningnews.co.uk", "", "", "B")],
        [("Teesmere Evening News is part of Skernside Regional Media Ltd.", "", "", "B"),
         ("Registered in England No. 03318472.", "", "", "B")],
        [("Cookie settings  ·  Privacy notice  ·  Terms and conditions  ·  Contact us", "", "", "B")],
    ],
    [  # 6. Swiss English-language news site, a regional railway's timetable change
        [("Aarewire", "", "", "B")],
        [("Switzerland   Politics   Business   Transport   Culture   Sport   Newsletter", "", "", "B")],
        [("Transport", "", "", "B")],
        [("Emmenfluh line to run every 15 minutes from December – but Hasliwil loses its late trains", "", "", "W")],
        [("Villagers hand in 1,240 signatures; railway says the change saves three minutes on every trip", "Emmenfluh-Bahn AG (EFB)", "says", "W")],
        [("Nadine Wyssbrod", "", "", "B")],
        [("14.05.2026 – 07:30  |  Reading time: 4 min", "", "", "B")],
        [("Share  |  Print  |  Listen", "", "", "B")],
        [("Trains on the Emmenfluh line between Lindmatt and Bern will run every 15 minutes on weekdays from December 13, when the new national timetable takes effect, the regional railway Emmenfluh-Bahn AG (EFB) announced on Tuesday.", "Emmenfluh-Bahn AG (EFB)", "announced", "W")],
        [("At present the S44 runs every 30 minutes for most of the day.", "", "", "W"),
         ("From December, four trains an hour will run from 6 a.m. to 8 p.m., and the journey from Lindmatt to Bern will take 31 minutes instead of 34.", "", "", "W")],
        [("To save the three minutes, trains will no longer stop at Hasliwil after 9 p.m. or at Ennetmatt on Sundays.", "", "", "W"),
         ("A bus will replace the late trains at Hasliwil.", "", "", "W")],
        [("The EFB said the faster timing was needed so that trains reach Bern in time for the long-distance connections that leave on the hour.", "The EFB", "said", "W")],
        [("“For 95 per cent of our passengers this is a clear improvement,” chief executive Dr. Regula Bachofner-Imhasly told a news conference in Lindmatt.", "Regula Bachofner-Imhasly", "told a news conference", "W"),
         ("“We know it is a loss for Hasliwil, and we don't pretend otherwise.”", "Regula Bachofner-Imhasly", "told a news conference", "")],
        [("She said the line carried about 14,800 passengers on an average weekday in 2025, up from 11,200 in 2019.", "Regula Bachofner-Imhasly", "said", "W"),
         ("She hoped the new timetable would bring in “a few thousand more” by the end of the decade.", "Regula Bachofner-Imhasly", "hoped", "")],
        [("The canton's public transport plan for 2026-2029, adopted by the cantonal parliament in March, projects 18,500 passengers a weekday on the line by 2030.", "The canton's public transport plan for 2026-2029", "projects", "W")],
        [("The EFB said the work behind the new timetable, including a passing loop near Ennetmatt and longer platforms at four stations, cost CHF 48.6 million, approx. 80 per cent of it paid by the federal rail infrastructure fund.", "The EFB", "said", "W")],
        [("In Hasliwil, a village of about 1,900 people, 1,240 residents and commuters have signed a petition asking the railway to keep the late stops.", "", "", "W"),
         ("Village president Urs Zumsteg-Ravani handed it to the EFB on Monday.", "", "", "W")],
        [("“Who decided that people in Hasliwil don't need to get home after 9 p.m.?” Zumsteg-Ravani asked.", "Urs Zumsteg-Ravani", "asked", "")],
        [("“The train took nine minutes from Lindmatt, the bus will take 26,” he said.", "Urs Zumsteg-Ravani", "said", "W")],
        [("Lea Hofstettler, a nurse who commutes from Hasliwil to a hospital in Bern, said her late shift ends at 9.30 p.m.", "Lea Hofstettler", "said", ""),
         ("“Until now I was home by 10.15.", "Lea Hofstettler", "said", "W"),
         ("From December it will be nearly 11,” she said.", "Lea Hofstettler", "said", "W")],
        [("The EFB said the bus would be timed to meet every train at Lindmatt and that fares would be the same as on the train.", "The EFB", "said", "W")],
        [("The passenger group ProZug Mittelland welcomed the faster trains but said the railway should have found the three minutes elsewhere, e.g. by raising the speed limit on the Grabenwald curve.", "ProZug Mittelland", "said", "")],
        [("A spokesperson for the cantonal Office of Public Transport said the canton would review the Hasliwil bus after one year.", "A spokesperson for the cantonal Office of Public Transport", "said", "W")],
        [("Other changes from December 13 include an hourly late train on Friday and Saturday nights, a new stop at Lindmatt Süd, earlier first trains on Sundays, etc.", "", "", "W"),
         ("The full timetable will be published on Oct. 21 at www.emmenfluhbahn.ch/fahrplan.", "", "", "W"),
         ("Printed timetables will be available at staffed stations from November.", "", "", "W")],
        [("Related: Swiss rail punctuality slips to 91.2% as construction work bites", "", "", "B")],
        [("Get the Aarewire morning briefing in your inbox.", "", "", "B"),
         ("Subscribe", "", "", "B")],
        [("© Aarewire GmbH, Bern.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. South African business news site, the quarterly jobs report
        [("BizVeld", "", "", "B")],
        [("Markets  |  Economy  |  Companies  |  Mining  |  Opinion  |  Podcasts", "", "", "B")],
        [("Economy", "", "", "B")],
        [("Unemployment rate eases to 31.6% as construction adds 54,000 jobs", "", "", "W")],
        [("Kwelera Capital economist says the fall is ‘encouraging but fragile’; unions point to 7.84 million people without work", "Thandeka Ngcakani-Botes", "says", "W")],
        [("By Sizwe Lekgetho", "", "", "B")],
        [("13 May 2026 - 11:42", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("South Africa's official unemployment rate fell to 31.6% in the first quarter of 2026 from 32.1% in the fourth quarter of 2025, Statistics South Africa (Stats SA) said on Tuesday.", "Statistics South Africa (Stats SA)", "said", "W")],
        [("The number of employed people rose by 122,000 to 16.91 million, while the number of unemployed fell by 76,000 to 7.84 million, according to the Quarterly Labour Force Survey (QLFS).", "the Quarterly Labour Force Survey (QLFS)", "according to", "W")],
        [("On the expanded definition, which includes people who want work but have stopped looking, the rate was 41.9%, down from 42.3%.", "", "", "W")],
        [("Construction added 54,000 jobs and community and social services 41,000, while trade shed 31,000, Stats SA said.", "Stats SA", "said", "W"),
         ("It said most of the new construction jobs came from municipal and provincial infrastructure projects.", "Statistics South Africa (Stats SA)", "said", "W")],
        [("Unemployment among people aged 15 to 24 was 59.4%.", "", "", "W")],
        [("Among the provinces, the Eastern Cape had the highest official rate, at 37.9%, and the Western Cape the lowest, at 19.8%.", "", "", "W"),
         ("Gauteng's rate was 33.2%, vs. 33.9% a quarter earlier.", "", "", "W")],
        [("Dr. Thandeka Ngcakani-Botes, chief economist at Kwelera Capital, said the figures were “encouraging but fragile.”", "Thandeka Ngcakani-Botes", "said", ""),
         ("“One quarter of construction hiring doesn't make a recovery,” she said.", "Thandeka Ngcakani-Botes", "said", ""),
         ("“A lot of those jobs end when the project ends.”", "Thandeka Ngcakani-Botes", "said", "")],
        [("She said she expected the rate to settle “somewhere around 31%” for the rest of the year, and that a stronger rand and lower fuel prices could help.", "Thandeka Ngcakani-Botes", "said", "")],
        [("The South African Reserve Bank's March Monetary Policy Review projects GDP growth of 1.4% in 2026, up from 0.9% in 2025.", "The South African Reserve Bank's March Monetary Policy Review", "projects", "W")],
        [("Bheki Ruytenberg, general secretary of the Federation of Independent Workers' Unions (FIWU), said 7.84 million people without work was “not a number anybody should celebrate.”", "Bheki Ruytenberg", "said", "W"),
         ("“Are we supposed to throw a party because 76,000 fewer people are jobless?” he asked.", "Bheki Ruytenberg", "asked", "")],
        [("The Department of Employment and Labour said in a statement that 38,400 young people had been placed in jobs through its public employment programme since April 2025.", "The Department of Employment and Labour", "said in a statement", "W"),
         ("It said applications for the next intake, of 25,000 places, would open on June 1.", "The Department of Employment and Labour", "said", "W")],
        [("The Smoutveld Chamber of Commerce said small businesses were still wary of hiring because of electricity outages and the cost of complying with labour laws.", "The Smoutveld Chamber of Commerce", "said", "")],
        [("Lerato Nthebolang, 26, who has a diploma in civil engineering, said she had applied for 43 jobs since January and been called for two interviews.", "Lerato Nthebolang", "said", ""),
         ("“Every Monday I go to the labour centre,” she said.", "Lerato Nthebolang", "said", ""),
         ("“They tell me, come back next week.", "Lerato Nthebolang", "said", ""),
         ("So I come back next week.”", "Lerato Nthebolang", "said", "")],
        [("One contractor that has been hiring is Mbokodo Civils (Pty) Ltd.", "", "", "W"),
         ("The Polokwane-based firm took on 220 workers in the first quarter for a provincial road contract, its managing director, Johan Rautbaard, said.", "Johan Rautbaard", "said", "W"),
         ("“Most of them are on 18-month contracts,” he said.", "Johan Rautbaard", "said", "W"),
         ("“After that … we'll see what's on the tender list.”", "Johan Rautbaard", "said", "")],
        [("The QLFS is a household survey of approx. 30,000 dwellings each quarter.", "", "", "W"),
         ("Stats SA will release the second-quarter results on Aug. 11.", "", "", "W")],
        [("Read next: Rand firms to R17.82 against the dollar after US inflation data", "", "", "B")],
        [("Sign up for the BizVeld Morning Note, in your inbox at 6 a.m. on weekdays.", "", "", "B")],
        [("BizVeld is a member of the Press Council of South Africa.", "", "", "B")],
        [("© 2026 BizVeld Media (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Philippine agriculture news site, the dry-season harvest and palay prices
        [("AniNews PH", "", "", "B")],
        [("Home  •  Regions  •  Agriculture  •  Business  •  Weather  •  Opinion", "", "", "B")],
        [("Agriculture", "", "", "B")],
        [("Palay prices in Nueva Ecija drop to ₱17.40 a kilo as harvest peaks", "", "", "W")],
        [("Farmers say they are selling at a loss; Gov. Batungbakal orders provincial buying at ₱20 from Monday", "several farmers interviewed by AniNews", "say", "W")],
        [("By Jerome Tiongzon", "", "", "B")],
        [("April 14, 2026 | 4:05 PM", "", "", "B")],
        [("Share on Facebook   Tweet   Copy link", "", "", "B")],
        [("CABANATUAN CITY — The price farmers in Nueva Ecija get for freshly harvested palay has fallen to its lowest level in three years as the dry-season harvest reaches its peak.", "", "", "W")],
        [("The average farmgate price of palay in the province was ₱17.40 a kilo in the first week of April, down from ₱21.10 a year earlier, according to weekly price monitoring by the Philippine Statistics Authority (PSA).", "weekly price monitoring by the Philippine Statistics Authority (PSA)", "according to", "W")],
        [("The PSA said palay production in the first quarter reached 4.82 million metric tons nationwide, down 3.6 percent from the same period last year.", "The PSA", "said", "W"),
         ("It said heavy rain in late March had damaged part of the crop in Central Luzon.", "the Philippine Statistics Authority (PSA)", "said", "W")],
        [("In Brgy. Mabuhangin, Sta. Lucrecia, several farmers interviewed by AniNews said traders were offering ₱16 to ₱17 a kilo for wet palay this week.", "several farmers interviewed by AniNews", "said", "W")],
        [("Teodoro Macaspac, 58, who farms 3.5 hectares there, said he sold 120 sacks to a trader on Monday for ₱16.50 a kilo.", "Teodoro Macaspac", "said", "W"),
         ("He said it had cost him about ₱16 a kilo to grow, counting fertilizer, seed, fuel and labor.", "Teodoro Macaspac", "said", ""),
         ("“How can we plant again next season if we sell at ₱16.50 and it costs ₱16 to grow?” he asked.", "Teodoro Macaspac", "asked", "")],
        [("A rice trader in Cabanatuan City, who asked not to be named, said buyers were probably offering less because many warehouses were still full of imported rice.", "A rice trader in Cabanatuan City", "said", "")],
        [("Rice imports reached 1.1 million metric tons from January to March, according to the Bureau of Plant Industry.", "the Bureau of Plant Industry", "according to", "W")],
        [("The National Food Authority (NFA) buys clean and dry palay at ₱23 a kilo and fresh palay at ₱19, but its warehouses in the province can hold only approx. 1.4 million 50-kilo bags.", "", "", "W")],
        [("NFA provincial manager Atty. Josefina Tinsay said the agency's buying stations in Nueva Ecija had bought 312,000 bags since March 1.", "Josefina Tinsay", "said", "W"),
         ("She said the station in Brgy. Tanimbuhay would stay open until 8 p.m. during the peak weeks.", "Josefina Tinsay", "said", "W"),
         ("“We cannot buy everything.", "Josefina Tinsay", "said", ""),
         ("Nobody can,” she said.", "Josefina Tinsay", "said", "")],
        [("Gov. Aurelio Batungbakal signed an executive order on Tuesday directing the provincial government to buy palay from registered farmers at ₱20 a kilo starting Monday, April 20.", "", "", "W"),
         ("The province has set aside ₱150 million for the program, he said.", "Aurelio Batungbakal", "said", "W")],
        [("“This is not charity.", "Aurelio Batungbakal", "said", ""),
         ("This is keeping our farmers farming,” the governor said.", "Aurelio Batungbakal", "said", "")],
        [("Farmers can register at their municipal agriculture office from 8 a.m. to 5 p.m., Monday to Saturday.", "", "", "W"),
         ("Each farmer may sell up to 100 bags, and payment will be made within three days, according to the executive order.", "the executive order", "according to", "W")],
        [("Corazon Baluyot-Manaloto, chair of the farmers' group Samahang Magsasaka ng Gitnang Luzon, welcomed the order but said ₱20 was still too low.", "Corazon Baluyot-Manaloto", "said", "W"),
         ("“Fertilizer went up 12 percent this year,” she said.", "Corazon Baluyot-Manaloto", "said", "W"),
         ("“Who will pay for that?”", "Corazon Baluyot-Manaloto", "said", "")],
        [("DA regional director Engr. Wilfredo Tabuñar said the Department of Agriculture had given 18,600 farmers in the province fuel subsidies of ₱3,000 each since January.", "Wilfredo Tabuñar", "said", "W"),
         ("He said he expected prices to recover “by late May or June” once the harvest tapers off.", "Wilfredo Tabuñar", "said", "")],
        [("Prof. Ramon Guevarra-Dagdagan, an agricultural economist at the Kalinangan Policy Center, said the slump showed how little storage and drying capacity farmers had.", "Ramon Guevarra-Dagdagan", "said", ""),
         ("“When everybody harvests in the same three weeks and nobody has a dryer, the trader sets the price,” he said.", "Ramon Guevarra-Dagdagan", "said", "")],
        [("Well-milled rice sold for ₱48 to ₱52 a kilo at the Cabanatuan public market on Tuesday, according to the DA's price monitoring.", "the DA's price monitoring", "according to", "W"),
         ("That is only about ₱2 less than a year ago.", "", "", "W")],
        [("The NFA buying station opens at 7 a.m.", "", "", "W"),
         ("Farmers should bring their registration card, a valid ID, etc.", "", "", ""),
         ("Palay must be dried to a moisture content of 14 percent to get the ₱23 price.", "", "", "W")],
        [("RELATED: DA eyes more solar-powered dryers for Central Luzon", "", "", "B")],
        [("Follow AniNews PH on Facebook and Viber for the latest updates.", "", "", "B")],
        [("Copyright © 2026 AniNews Media Corp.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Portuguese English-language weekly's site in the Algarve, summer tourism figures
        [("Portimar News", "", "", "B")],
        [("Algarve  |  Portugal  |  Property  |  Lifestyle  |  Expat Life  |  Events", "", "", "B")],
        [("Algarve › Business", "", "", "B")],
        [("Algarve hotels welcome 1.92 million guests in July and August, but stays get shorter", "", "", "W")],
        [("Hoteliers say the season was ‘solid, not spectacular’; residents' group asks where the tourist tax goes", "Rui Mascarenhas-Folque", "say", "")],
        [("By Tamsyn Figueirinha", "", "", "B")],
        [("September 18, 2026  ·  3 min read", "", "", "B")],
        [("Share: Facebook | WhatsApp | Email", "", "", "B")],
        [("Hotels and other tourist accommodation in the Algarve registered 1.92 million guests in July and August, 3.7% more than a year earlier, Statistics Portugal (INE) said on Wednesday.", "Statistics Portugal (INE)", "said", "W")],
        [("Overnight stays rose only 1.2%, to 7.48 million, because the average stay fell to 3.9 nights from 4.0, INE said.", "INE", "said", "W")],
        [("The UK remained the biggest market, with 1.86 million overnight stays, but that was 2.1% fewer than last summer.", "", "", "W"),
         ("Overnight stays by German guests rose 6.4% and those by Portuguese residents 0.8%.", "", "", "W")],
        [("Occupancy in August was 84.6%, vs. 85.9% in August 2025, and revenue per available room rose to €112.40 from €108.10, the figures show.", "the figures", "show", "W")],
        [("Faro airport handled 1.21 million passengers in August, a record for the month, according to the airport operator.", "the airport operator", "according to", "W")],
        [("Dr. Rui Mascarenhas-Folque, president of the Associação dos Hoteleiros do Barlavento (AHB), said the season had been “solid, not spectacular.”", "Rui Mascarenhas-Folque", "said", ""),
         ("“Guests are coming, but they come for fewer nights and they watch every euro,” he said.", "Rui Mascarenhas-Folque", "said", "")],
        [("He said members of the association reported that bookings made less than two weeks in advance had risen to about 40% of the total.", "Rui Mascarenhas-Folque", "said", "W"),
         ("“I think next year will be better, if the airlines add the routes they are talking about,” he said.", "Rui Mascarenhas-Folque", "said", "")],
        [("The Algarve's regional tourism strategy for 2025-2027 aims for 21 million overnight stays a year by 2027, with at least 35% of them outside July and August.", "The Algarve's regional tourism strategy for 2025-2027", "aims", "W")],
        [("In Carvoal, where a tourist tax of €2 a night for up to seven nights has been charged since 2024, the municipality said it collected €3.9 million in 2025.", "the municipality", "said", "W"),
         ("It said the money paid for beach lifeguards, extra rubbish collections in summer, two new public toilets on the seafront, etc.", "the municipality", "said", "W")],
        [("Mayor Helena Bragadouro said the council would publish a full breakdown of the tax with its annual accounts in April.", "Helena Bragadouro", "said", "W"),
         ("“Every cent is accounted for,” she said.", "Helena Bragadouro", "said", "")],
        [("Inês Valdigem-Quintão, a spokesperson for the residents' group Morar em Carvoal, said the council had promised the breakdown before.", "Inês Valdigem-Quintão", "said", "W"),
         ("“They take €3.9 million from tourists and my street still floods every October,” she said.", "Inês Valdigem-Quintão", "said", "W"),
         ("“Where does it go?”", "Inês Valdigem-Quintão", "said", "")],
        [("House rents in the municipality rose 38% between 2021 and 2025, according to INE housing statistics.", "INE housing statistics", "according to", "W"),
         ("About one home in four in the centre of Carvoal is registered for short-term holiday lets, according to the national register of local accommodation.", "the national register of local accommodation", "according to", "W")],
        [("On the seafront on Tuesday afternoon, the cafés were still busy, and a queue of families waited for ice cream in the shade.", "", "", "")],
        [("Sandro Pedralva, who has run a café on the Avenida da Praia since 2009, said his takings in August were about the same as last year.", "Sandro Pedralva", "said", ""),
         ("“People share one dessert between three now,” he said, laughing.", "Sandro Pedralva", "said", "")],
        [("Gareth Pulleyblank, 61, from Bristol, said he and his wife had come to Carvoal every September for 14 years.", "Gareth Pulleyblank", "said", ""),
         ("“It's still cheaper than Cornwall … just about,” he said.", "Gareth Pulleyblank", "said", "")],
        [("The biggest hotel group in the municipality is Sargaçal Hotéis, Lda.", "", "", "W"),
         ("The company, which owns four hotels with 1,140 rooms, said it had kept two of them open all winter for the first time last year.", "The company", "said", "W")],
        [("INE will publish figures for September on Oct. 31.", "", "", "W")],
        [("Read also: Algarve water restrictions eased after wet spring", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Write to us at newsdesk@portimarnews.pt", "", "", "B")],
        [("Portimar News  ·  Edições Sotavento, Lda.  ·  NIPC 514 227 390", "", "", "B")],
        [("© 2026 Portimar News.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Dutch English-language football site, a striker's transfer to a German club
        [("Voetbalwire", "", "", "B")],
        [("Eredivisie   Keuken Kampioen Divisie   Oranje   Transfers   Europe   Podcast", "", "", "B")],
        [("Transfers", "", "", "B")],
        [("Grevenmoer sell top scorer Jayden Koppenol to Hollerbrück", "", "", "W")],
        [("Striker signs until 2030; coach says ‘of course it hurts’ as fans ask who will score the goals", "Hein Oudegeest", "says", "W")],
        [("Bram Tichelaar", "", "", "B")],
        [("Tue 26 Aug 2026, 18:12", "", "", "B")],
        [("Share  X  Facebook  WhatsApp", "", "", "B")],
        [("FC Grevenmoer have sold striker Jayden Koppenol, last season's second-highest scorer in the Eredivisie, to the German club SV Hollerbrück 04, both clubs announced on Tuesday.", "both clubs", "announced", "W")],
        [("Koppenol, 22, has signed a contract until June 30, 2030.", "", "", "W"),
         ("He passed a medical in Hollerbrück on Tuesday morning and signed at 3.30 p.m. local time, Hollerbrück said.", "Hollerbrück", "said", "W")],
        [("Grevenmoer did not disclose the fee.", "", "", "W"),
         ("It is believed to be around €14.5 million, which would make it the biggest sale in the club's history.", "", "", "")],
        [("Hollerbrück's parent company, SV Hollerbrück 04 GmbH & Co. KGaA, said in a notice to bondholders that it had agreed to pay €13 million up front plus up to €2.5 million in performance-related add-ons.", "SV Hollerbrück 04 GmbH & Co. KGaA", "said in a notice to bondholders", "W")],
        [("Koppenol scored 19 goals in 31 league matches last season, two fewer than the league's top scorer, and has three in four matches this season.", "", "", "W"),
         ("He wore the No. 9 shirt at Grevenmoer, which he joined from the amateur club VV Steenwoude at 15.", "", "", "W")],
        [("Steenwoude will receive 10% of the fee under a sell-on clause, according to Grevenmoer's annual report for 2024-25.", "Grevenmoer's annual report for 2024-25", "according to", "W")],
        [("“Of course it hurts,” Grevenmoer coach Hein Oudegeest said after training at Sportpark Veenwierde.", "Hein Oudegeest", "said", ""),
         ("“He's a boy from this region and he scored goals for us every week.", "Hein Oudegeest", "said", ""),
         ("But an offer like this, for a club our size … you can't say no.”", "Hein Oudegeest", "said", "")],
        [("Technical director Marco Hazenveld-Ayari said the club had turned down two offers for Koppenol in January, the larger of them €9 million.", "Marco Hazenveld-Ayari", "said", "W"),
         ("He said part of the money would pay off a €4.2 million loan the club took out from the municipality of Grevenmoer during the pandemic.", "Marco Hazenveld-Ayari", "said", "W")],
        [("“We want to bring in a replacement before the window closes, and I'm confident we will,” he said.", "Marco Hazenveld-Ayari", "said", ""),
         ("The summer transfer window in the Netherlands closes on Sept. 1 at 23:00.", "", "", "W")],
        [("Hollerbrück's sporting director, Dr. Lukas Brenninkhoff, said Koppenol had been the club's “first choice since March.”", "Lukas Brenninkhoff", "said", ""),
         ("“His numbers vs. top-six opponents convinced us: eight goals in 11 games,” he said.", "Lukas Brenninkhoff", "said", "W")],
        [("Supporters outside the club shop on Tuesday evening were not so philosophical.", "", "", ""),
         ("“Nineteen goals, and we sell him six days before the window shuts?", "Sander Brinkerink", "asked", ""),
         ("Who scores them now?” asked Sander Brinkerink, 34, a season-ticket holder for 20 years.", "Sander Brinkerink", "asked", "")],
        [("The supporters' association De Veenmollen said it had asked the board for a meeting to explain how the money would be spent, e.g. on the youth academy or on new players.", "De Veenmollen", "said", "W")],
        [("Grevenmoer, who finished seventh last season, are 11th after four matches with four points.", "", "", "W"),
         ("They host FC Oosterzand on Saturday at 20:00.", "", "", "W")],
        [("Grevenmoer's first team is run by Grevenmoer Voetbal B.V.", "", "", "W"),
         ("The company is owned by a foundation that holds the club's shares on behalf of its members.", "", "", "W")],
        [("Eredivisie top scorers 2025-26", "", "", "B")],
        [("Player  |  Club  |  Goals", "", "", "B")],
        [("1. Thijmen Vorsselmans  |  Oosterzand  |  21", "", "", "")],
        [("2. Jayden Koppenol  |  Grevenmoer  |  19", "", "", "")],
        [("3. Kaan Demirbağ-Hoekstra  |  Zuidhaven  |  17", "", "", "")],
        [("More transfers: all the Eredivisie deals of the summer", "", "", "B")],
        [("© 2026 Voetbalwire B.V.", "", "", "B"),
         ("Alle rechten voorbehouden.", "", "", "B")],
    ],
    [  # 11. New Zealand regional news site, a resource consent hearing for a dairy factory's discharge
        [("Tawharau Times", "", "", "B")],
        [("Home   News   Rural   Sport   Opinion   Notices   Weather", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Dairy factory asks to discharge more wastewater into Pāpakiri Stream for 35 years", "", "", "W")],
        [("Council officers recommend 20 years with tighter limits; 187 of 212 submitters oppose the application", "A report by council officers", "recommend", "W")],
        [("Ngaio Brackenreid", "", "", "B")],
        [("5:47pm, Wednesday 11 March 2026", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("A dairy company wants to discharge up to 2,400 cubic metres of treated wastewater a day into the Pāpakiri Stream, 60 per cent more than it is allowed now, a hearing in Tawharau was told on Wednesday.", "", "", "W")],
        [("Marlstow Milk Co. has applied to Waikato Regional Council for a 35-year consent for its Tawharau factory, which processes up to 3.1 million litres of milk a day at the peak of the season.", "", "", "W"),
         ("Its current consent allows 1,500 cubic metres a day and expires on December 31.", "", "", "W")],
        [("The council received 212 submissions on the application: 187 opposed it, 19 supported it and six were neutral.", "", "", "W")],
        [("A report by council officers, released before the hearing, recommends granting the consent for 20 years rather than 35, with a lower limit on nitrogen and monthly testing downstream.", "A report by council officers", "recommends", "W")],
        [("The application is being heard by three independent commissioners, chaired by Dr. Moana Tepania-Castleton, and the hearing resumes on Thursday at 9.30am.", "", "", "W"),
         ("Submitters will be heard on Friday.", "", "", "W")],
        [("Opening for the company, its lawyer, Sebastian Trewarthen, said the co-operative had spent $38 million upgrading its treatment plant in 2023.", "Sebastian Trewarthen", "said", "W"),
         ("He said the extra volume would be needed because the factory planned to add a second drying line by 2028, and that the treated water would be cleaner than what was discharged now.", "Sebastian Trewarthen", "said", "W")],
        [("“This is a better plant than the one the current consent was written for,” he told the commissioners.", "Sebastian Trewarthen", "told the commissioners", ""),
         ("The Tawharau factory has belonged since 1998 to Marlstow Milk Co.", "", "", "W"),
         ("The co-operative has about 640 farmer shareholders and employs 340 people at the site.", "", "", "W")],
        [("The council's freshwater scientist, Dr. Simon Attewell, said monitoring in 2025 found a median nitrate-nitrogen level of 1.8 mg/L downstream of the discharge, vs. 0.9 mg/L upstream.", "Simon Attewell", "said", "W"),
         ("The limit for the stream in the regional plan is 2.2 mg/L.", "", "", "W")],
        [("He said the extra volume “could push the lower stream over that limit in a dry summer,” unless the nitrogen limit in the consent was lowered.", "Simon Attewell", "said", "")],
        [("Huia Tepuhi-Mallowan, speaking for the Pāpakiri Marae Trust, said the stream had been a source of tuna, or eels, and watercress for generations.", "Huia Tepuhi-Mallowan", "said", ""),
         ("“Our kuia won't eat from it anymore.", "Huia Tepuhi-Mallowan", "asked", ""),
         ("How do you put a number on that?” she asked.", "Huia Tepuhi-Mallowan", "asked", "")],
        [("Graeme Loxbury, who farms sheep and beef next to the stream, said his stock water trough had been fed from it since 1987.", "Graeme Loxbury", "said", ""),
         ("“If they want 2,400 cubes a day for 35 years, they can put their own money into a pipe to the river,” he said.", "Graeme Loxbury", "said", "W")],
        [("The Pāpakiri Catchment Care Group told the hearing its volunteers had counted 46 dead eels below the discharge point in February 2025.", "The Pāpakiri Catchment Care Group", "told the hearing", "W"),
         ("Trewarthen said the company had reported that incident to the council itself, and that an investigation had found the cause was low oxygen in the stream during a heatwave, not the discharge.", "Sebastian Trewarthen", "said", "W")],
        [("Commissioner Tepania-Castleton asked the company whether it had costed an alternative, i.e. piping the water to the Waikato River or spreading it on land.", "Moana Tepania-Castleton", "asked", ""),
         ("The lawyer said a land-based option had been costed at about $21 million, and the company would table the figures on Thursday.", "Sebastian Trewarthen", "said", "W")],
        [("Under the Resource Management Act, the commissioners must issue their decision within 15 working days of the hearing closing.", "", "", "W"),
         ("Either side can then appeal to the Environment Court.", "", "", "W")],
        [("Outside the hall, about 30 people held signs reading “Our stream is not a drain”.", "", "", "")],
        [("A spokesperson for Marlstow Milk Co. said the company would not comment while the hearing was under way.", "A spokesperson for Marlstow Milk Co.", "said", "")],
        [("The hearing's documents, including the officers' report and all 212 submissions, are online at waikatoregion.govt.nz/harrowfield-hearing.", "", "", "B")],
        [("Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.", "", "", "B")],
        [("More from Local News", "", "", "B")],
        [("Tawharau Times, PO Box 418, Tawharau 3471.", "", "", "B"),
         ("Copyright © 2026 Tawharau Media Ltd.", "", "", "B")],
    ],
    [  # 12. US daily's site in Wisconsin, a space-heater recall
        [("Pemmerville Daily Courant", "", "", "B")],
        [("Subscribe   Log in   Newsletters   Obituaries   e-Edition", "", "", "B")],
        [("News  |  Business  |  Consumer  |  Sports  |  Opinion  |  Things to Do", "", "", "B")],
        [("Consumer", "", "", "B")],
        [("Pemmerville company recalls 412,000 space heaters after reports of fires and burns", "", "", "W")],
        [("Halverdine says it knows of no deaths; owners told to stop using the heaters now", "Halverdine Home Products Inc.", "says", "W")],
        [("By Corliss Hoagberg", "", "", "B")],
        [("Updated Feb. 19, 2026, 4:12 p.m. CT", "", "", "B")],
        [("Share  ·  Save  ·  Gift this article", "", "", "B")],
        [("A Halverdine CozyCore heater, one of the models included in the recall.", "", "", ""),
         ("U.S. Consumer Product Safety Commission", "", "", "B")],
        [("PEMMERVILLE, Wis. — Halverdine Home Products Inc. is recalling about 412,000 oil-filled space heaters because a faulty thermostat can let them overheat and catch fire, the U.S. Consumer Product Safety Commission said Thursday.", "the U.S. Consumer Product Safety Commission", "said", "W")],
        [("The company has received 37 reports of heaters overheating, including nine fires and six people with burns, one of whom was treated in a hospital, according to the recall notice.", "the recall notice", "according to", "W"),
         ("No deaths have been reported.", "", "", "W")],
        [("The recall covers CozyCore 1500 heaters with model numbers HH1500-A through HH1500-D and date codes 2401 to 2552, printed on a label on the back.", "", "", "W"),
         ("About 18,000 more were sold in Canada, where Health Canada announced a joint recall.", "", "", "W")],
        [("The heaters were sold from January 2024 through February 2026 for $49 to $69, online and at hardware and home stores nationwide, most of them at Fennwright Hardware Co.", "", "", "W"),
         ("Fennwright said it had emailed 58,000 customers who bought the heaters with a store loyalty card.", "Fennwright", "said", "W")],
        [("Owners should stop using the heaters immediately, unplug them and contact Halverdine for a free replacement or a full refund, the commission said.", "the commission", "said", "")],
        [("Halverdine can be reached toll-free at 888-555-0131 from 8 a.m. to 6 p.m. CT Monday through Friday, by email at recall@halverdine.com or online at www.halverdine.com/recall.", "", "", "W")],
        [("Chief executive Roland T. Vasterling Jr. said in a statement that the company was recalling the heaters “out of an abundance of caution.”", "Roland T. Vasterling Jr.", "said in a statement", ""),
         ("“Nothing matters more to us than the safety of the families who use our products,” he said.", "Roland T. Vasterling Jr.", "said", "")],
        [("He said the faulty thermostats came from a single supplier, which the company stopped using in March 2025.", "Roland T. Vasterling Jr.", "said", "W")],
        [("The heaters were made in China under contract for Halverdine Home Products Inc.", "", "", "W"),
         ("Founded in Pemmerville in 1962, the company employs about 600 people at its headquarters and warehouse on Orchard Ridge Road.", "", "", "W")],
        [("Kayleigh Sandvoll, of Pottowin, Ill., said her heater's plastic control panel melted in December while it was running in her son's bedroom.", "Kayleigh Sandvoll", "said", "W"),
         ("“I smelled it before I saw it,” she said.", "Kayleigh Sandvoll", "said", ""),
         ("“If we'd been asleep …", "Kayleigh Sandvoll", "said", ""),
         ("I don't even want to think about it.”", "Kayleigh Sandvoll", "said", "")],
        [("She said she had reported the heater to the company and to the CPSC on Dec. 28.", "Kayleigh Sandvoll", "said", "W"),
         ("“Why did it take them two months to tell anybody?” she asked.", "Kayleigh Sandvoll", "asked", "")],
        [("Vasterling said the company had first been told of a problem in November and had needed time to test heaters returned by customers.", "Roland T. Vasterling Jr.", "said", "W")],
        [("Pemmerville Fire Department Battalion Chief Dennis Horvathy said space heaters were involved in 14 of the 121 house fires the department answered in 2025.", "Dennis Horvathy", "said", "W"),
         ("He urged residents to plug heaters directly into a wall outlet, never into an extension cord, and to keep them at least 3 feet from curtains, bedding, etc.", "Dennis Horvathy", "urged", "")],
        [("A 2023 CPSC staff report found that consumers return or repair only about 6% of recalled small household appliances.", "A 2023 CPSC staff report", "found", "W"),
         ("Marisa Quinzelle, director of the consumer group HearthCheck, said companies should be required to contact buyers directly when they have their names.", "Marisa Quinzelle", "said", ""),
         ("“A press release on a Thursday afternoon reaches almost nobody,” she said.", "Marisa Quinzelle", "said", "")],
        [("Fennwright, which has 214 stores in seven states, is based in Rockford, Ill.", "", "", "W"),
         ("It said customers could also return recalled heaters to any of its stores for a refund.", "Fennwright Hardware Co.", "said", "W")],
        [("Halverdine shares are not publicly traded; the company is owned by the Vasterling family.", "", "", "W")],
        [("Check whether your heater is included: halverdine.com/recall", "", "", "B")],
        [("Related: How to tell whether a product you own has been recalled", "", "", "B")],
        [("Reach Corliss Hoagberg at choagberg@pemmervillecourant.com.", "", "", "B")],
        [("© 2026 Pemmerville Daily Courant, a Lakehaven Media Co.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n62-9am-st-ends-before-scrutineers", "She is expected to be sworn in within days of the result being declared. The seat will be contested again at the state election on March 27, 2027.\nCounting of postal votes resumes at 9am on Monday at the returning office in Carrabeen St. Scrutineers from both camps are expected to attend.\nRead more: Who is Hester Vanmarrow-Quennick, the country GP who took on a 40-year dynasty?",
     ["She is expected to be sworn in within days of the result being declared.", "The seat will be contested again at the state election on March 27, 2027.", "Counting of postal votes resumes at 9am on Monday at the returning office in Carrabeen St.", "Scrutineers from both camps are expected to attend.", "Read more: Who is Hester Vanmarrow-Quennick, the country GP who took on a 40-year dynasty?"]),
    ("n62-tip-question-pty-ltd-footer", "Got a news tip? Email newsdesk@munjarristar.com.au\nSubscribe now for unlimited digital access from $1 a week.\n© Copyright 2026 Munjarri Star Pty Ltd. Privacy | Terms of Use | Conditions of Subscription | Contact Us",
     ["Got a news tip?", "Email newsdesk@munjarristar.com.au", "Subscribe now for unlimited digital access from $1 a week.", "© Copyright 2026 Munjarri Star Pty Ltd.", "Privacy | Terms of Use | Conditions of Subscription | Contact Us"]),
    ("n62-st-ends-before-open-quote", "“Honestly, it's a 30-second job,” she told reporters at police headquarters on Fifth St. “I wish I was exaggerating.”\nShe credited the fall in violent crime to a patrol schedule introduced in October that puts 12 more officers on the street between 8 p.m. and 2 a.m. on Fridays and Saturdays. “We put officers where the calls are, when the calls are,” she said. “But I'm not going to stand here and tell you one quarter is a trend.”",
     ["“Honestly, it's a 30-second job,” she told reporters at police headquarters on Fifth St.", "“I wish I was exaggerating.”", "She credited the fall in violent crime to a patrol schedule introduced in October that puts 12 more officers on the street between 8 p.m. and 2 a.m. on Fridays and Saturdays.", "“We put officers where the calls are, when the calls are,” she said.", "“But I'm not going to stand here and tell you one quarter is a trend.”"]),
    ("n62-lt-jr-ends-vs-mich", "Of the four homicides this year, two have led to arrests, said Lt. Marcus Dellavoy Jr. He said the department had cleared 61% of its homicide cases over the past five years, vs. a national clearance rate of about 58%.\nNationally, violent crime fell about 9% in 2025, according to preliminary FBI data.\nCar thefts also rose in neighboring Kettunen Township, Mich. The township reported 64 in the first quarter, up from 29.",
     ["Of the four homicides this year, two have led to arrests, said Lt. Marcus Dellavoy Jr.", "He said the department had cleared 61% of its homicide cases over the past five years, vs. a national clearance rate of about 58%.", "Nationally, violent crime fell about 9% in 2025, according to preliminary FBI data.", "Car thefts also rose in neighboring Kettunen Township, Mich.", "The township reported 64 in the first quarter, up from 29."]),
    ("n62-ave-pm-now-question", "Bernadette Szostakowski, who runs a laundromat on Dunstaffen Ave., said she now closes at 9 p.m. Two of her customers' cars were stolen from the lot behind the building in March, she said. “I used to stay open till 11,” she said. “Now? No way.”\nThe department said owners of the affected models could pick up a free steering-wheel lock at any of the city's three police stations from 9 a.m. to 5 p.m. on weekdays. It said 1,140 locks had been handed out since January.",
     ["Bernadette Szostakowski, who runs a laundromat on Dunstaffen Ave., said she now closes at 9 p.m.", "Two of her customers' cars were stolen from the lot behind the building in March, she said.", "“I used to stay open till 11,” she said.", "“Now?", "No way.”", "The department said owners of the affected models could pick up a free steering-wheel lock at any of the city's three police stations from 9 a.m. to 5 p.m. on weekdays.", "It said 1,140 locks had been handed out since January."]),
    ("n62-am-ends-before-schools", "Results were released online at 10 a.m. Schools handed out printed statements from 10.30 a.m., and the candidate portal had logged more than 40,000 log-ins by noon, the SEC said.\nIn a statement, the Minister for Education said she was “immensely proud of every student who sat down in an exam hall this June.”",
     ["Results were released online at 10 a.m.", "Schools handed out printed statements from 10.30 a.m., and the candidate portal had logged more than 40,000 log-ins by noon, the SEC said.", "In a statement, the Minister for Education said she was “immensely proud of every student who sat down in an exam hall this June.”"]),
    ("n62-mr-st-honestly-question", "At St. Fiachna's Community School in Lisnaveagh, principal Mr. Declan Ó Fearghaile said 24 of the school's 138 Leaving Cert students had scored 550 points or more, the most in the school's history. “It's our best year yet, and they've earned every point of it,” he said. The school's average was 421 points, up from 398 in 2025, he said.\nSaoirse Brennavagh, 18, said she had got 589 points and was hoping for an offer to study physiotherapy in Galway. “I opened it on my phone in the car park and just screamed,” she said.\nHer classmate Cathal Mulgrennan, 17, said he had missed his first choice, engineering, by about 20 points. “Honestly? I'll repeat, or I'll do a PLC course and go in that way. It's not the end of the world.”",
     ["At St. Fiachna's Community School in Lisnaveagh, principal Mr. Declan Ó Fearghaile said 24 of the school's 138 Leaving Cert students had scored 550 points or more, the most in the school's history.", "“It's our best year yet, and they've earned every point of it,” he said.", "The school's average was 421 points, up from 398 in 2025, he said.", "Saoirse Brennavagh, 18, said she had got 589 points and was hoping for an offer to study physiotherapy in Galway.", "“I opened it on my phone in the car park and just screamed,” she said.", "Her classmate Cathal Mulgrennan, 17, said he had missed his first choice, engineering, by about 20 points.", "“Honestly?", "I'll repeat, or I'll do a PLC course and go in that way.", "It's not the end of the world.”"]),
    ("n62-question-asked-lower-pm", "Students who want to see their marked scripts must apply through the SEC's candidate portal by 5 p.m. on Wednesday, September 2. Viewings will take place in schools on September 5 and 6. An appeal costs €40, which is refunded if the grade goes up.\n“Why are we still putting 17-year-olds through 13 days of exams in a heatwave?” asked Fidelma Rathcoolan, whose son sat the exams at St. Fiachna's.\nTemperatures in the county reached 27 degrees on June 10, the first day of the exams, according to Met Éireann.",
     ["Students who want to see their marked scripts must apply through the SEC's candidate portal by 5 p.m. on Wednesday, September 2.", "Viewings will take place in schools on September 5 and 6.", "An appeal costs €40, which is refunded if the grade goes up.", "“Why are we still putting 17-year-olds through 13 days of exams in a heatwave?” asked Fidelma Rathcoolan, whose son sat the exams at St. Fiachna's.", "Temperatures in the county reached 27 degrees on June 10, the first day of the exams, according to Met Éireann."]),
    ("n62-ns-dateline-c-difficile", "GLENMORVAN, N.S. — Cases of hospital-acquired C. difficile at Glenmorvan Regional Hospital more than doubled in the last fiscal year, according to figures Nova Scotia Health posted on its website this week.\nThe hospital recorded 19 cases in 2025-26, a rate of 6.4 per 10,000 patient days, up from nine cases and a rate of 3.1 the year before. The provincial rate was 3.8.",
     ["GLENMORVAN, N.S. — Cases of hospital-acquired C. difficile at Glenmorvan Regional Hospital more than doubled in the last fiscal year, according to figures Nova Scotia Health posted on its website this week.", "The hospital recorded 19 cases in 2025-26, a rate of 6.4 per 10,000 patient days, up from nine cases and a rate of 3.1 the year before.", "The provincial rate was 3.8."]),
    ("n62-pm-ns-ends-before-that", "An outbreak was declared on Unit 4B, a 28-bed medical unit, on Feb. 11 and declared over on March 9. While it lasted, each patient could have one designated visitor, between 2 p.m. and 8 p.m.\nIt was the second C. diff outbreak in the health zone this year, after one at a long-term care home in Scotchfir Falls, N.S. That outbreak was declared over in January.",
     ["An outbreak was declared on Unit 4B, a 28-bed medical unit, on Feb. 11 and declared over on March 9.", "While it lasted, each patient could have one designated visitor, between 2 p.m. and 8 p.m.", "It was the second C. diff outbreak in the health zone this year, after one at a long-term care home in Scotchfir Falls, N.S.", "That outbreak was declared over in January."]),
    ("n62-inc-before-reproduction", "Glenmorvan ER closed overnight again Saturday\n© 2026 Glenmorvan Pilot, a division of Fundy Crest Media Inc. Reproduction in whole or in part without permission is prohibited.",
     ["Glenmorvan ER closed overnight again Saturday", "© 2026 Glenmorvan Pilot, a division of Fundy Crest Media Inc.", "Reproduction in whole or in part without permission is prohibited."]),
    ("n62-eg-ltd-ends-before-firm", "Pellridge Energy Consulting's quarterly outlook, published on Tuesday, projects that the cap will fall by a further 1.8 per cent in October. Its principal analyst, Tomasz Wendlecott, said he expected bills to stay “broadly flat” into next year. “There are plenty of things that could knock that off course, e.g. a cold snap in Asia or an outage in Norway,” he said.\nThe cheapest fixed deal open to new customers on Wednesday, at £1,548 a year, was offered by Brantsgill Energy Ltd. The firm said it had about 212,000 customers, most of them in the north of England.",
     ["Pellridge Energy Consulting's quarterly outlook, published on Tuesday, projects that the cap will fall by a further 1.8 per cent in October.", "Its principal analyst, Tomasz Wendlecott, said he expected bills to stay “broadly flat” into next year.", "“There are plenty of things that could knock that off course, e.g. a cold snap in Asia or an outage in Norway,” he said.", "The cheapest fixed deal open to new customers on Wednesday, at £1,548 a year, was offered by Brantsgill Energy Ltd.", "The firm said it had about 212,000 customers, most of them in the north of England."]),
    ("n62-pm-ends-before-applications", "Teesmere Borough Council said its household support fund had £1.2m left for 2026-27, and that residents could apply online or by calling 01642 558 200 between 9 a.m. and 5 p.m. Applications close on Sept. 30 or when the money runs out.\nAnyone struggling to pay should contact their supplier before they fall behind, the council said.",
     ["Teesmere Borough Council said its household support fund had £1.2m left for 2026-27, and that residents could apply online or by calling 01642 558 200 between 9 a.m. and 5 p.m.", "Applications close on Sept. 30 or when the money runs out.", "Anyone struggling to pay should contact their supplier before they fall behind, the council said."]),
    ("n62-question-email-ltd-registered", "Do you have a story about your energy bills? Email money@teesmereeveningnews.co.uk\nTeesmere Evening News is part of Skernside Regional Media Ltd. Registered in England No. 03318472.",
     ["Do you have a story about your energy bills?", "Email money@teesmereeveningnews.co.uk", "Teesmere Evening News is part of Skernside Regional Media Ltd.", "Registered in England No. 03318472."]),
    ("n62-dr-chief-executive-quotes", "“For 95 per cent of our passengers this is a clear improvement,” chief executive Dr. Regula Bachofner-Imhasly told a news conference in Lindmatt. “We know it is a loss for Hasliwil, and we don't pretend otherwise.”\nShe said the line carried about 14,800 passengers on an average weekday in 2025, up from 11,200 in 2019. She hoped the new timetable would bring in “a few thousand more” by the end of the decade.",
     ["“For 95 per cent of our passengers this is a clear improvement,” chief executive Dr. Regula Bachofner-Imhasly told a news conference in Lindmatt.", "“We know it is a loss for Hasliwil, and we don't pretend otherwise.”", "She said the line carried about 14,800 passengers on an average weekday in 2025, up from 11,200 in 2019.", "She hoped the new timetable would bring in “a few thousand more” by the end of the decade."]),
    ("n62-pm-question-surname-asked-time", "“Who decided that people in Hasliwil don't need to get home after 9 p.m.?” Zumsteg-Ravani asked.\n“The train took nine minutes from Lindmatt, the bus will take 26,” he said.\nLea Hofstettler, a nurse who commutes from Hasliwil to a hospital in Bern, said her late shift ends at 9.30 p.m. “Until now I was home by 10.15. From December it will be nearly 11,” she said.",
     ["“Who decided that people in Hasliwil don't need to get home after 9 p.m.?” Zumsteg-Ravani asked.", "“The train took nine minutes from Lindmatt, the bus will take 26,” he said.", "Lea Hofstettler, a nurse who commutes from Hasliwil to a hospital in Bern, said her late shift ends at 9.30 p.m.", "“Until now I was home by 10.15.", "From December it will be nearly 11,” she said."]),
    ("n62-etc-url-ends-sentences", "Other changes from December 13 include an hourly late train on Friday and Saturday nights, a new stop at Lindmatt Süd, earlier first trains on Sundays, etc. The full timetable will be published on Oct. 21 at www.emmenfluhbahn.ch/fahrplan. Printed timetables will be available at staffed stations from November.\nRelated: Swiss rail punctuality slips to 91.2% as construction work bites",
     ["Other changes from December 13 include an hourly late train on Friday and Saturday nights, a new stop at Lindmatt Süd, earlier first trains on Sundays, etc.", "The full timetable will be published on Oct. 21 at www.emmenfluhbahn.ch/fahrplan.", "Printed timetables will be available at staffed stations from November.", "Related: Swiss rail punctuality slips to 91.2% as construction work bites"]),
    ("n62-vs-dr-percentages", "Among the provinces, the Eastern Cape had the highest official rate, at 37.9%, and the Western Cape the lowest, at 19.8%. Gauteng's rate was 33.2%, vs. 33.9% a quarter earlier.\nDr. Thandeka Ngcakani-Botes, chief economist at Kwelera Capital, said the figures were “encouraging but fragile.” “One quarter of construction hiring doesn't make a recovery,” she said. “A lot of those jobs end when the project ends.”",
     ["Among the provinces, the Eastern Cape had the highest official rate, at 37.9%, and the Western Cape the lowest, at 19.8%.", "Gauteng's rate was 33.2%, vs. 33.9% a quarter earlier.", "Dr. Thandeka Ngcakani-Botes, chief economist at Kwelera Capital, said the figures were “encouraging but fragile.”", "“One quarter of construction hiring doesn't make a recovery,” she said.", "“A lot of those jobs end when the project ends.”"]),
    ("n62-pty-ltd-ellipsis-approx", "One contractor that has been hiring is Mbokodo Civils (Pty) Ltd. The Polokwane-based firm took on 220 workers in the first quarter for a provincial road contract, its managing director, Johan Rautbaard, said. “Most of them are on 18-month contracts,” he said. “After that … we'll see what's on the tender list.”\nThe QLFS is a household survey of approx. 30,000 dwellings each quarter. Stats SA will release the second-quarter results on Aug. 11.",
     ["One contractor that has been hiring is Mbokodo Civils (Pty) Ltd.", "The Polokwane-based firm took on 220 workers in the first quarter for a provincial road contract, its managing director, Johan Rautbaard, said.", "“Most of them are on 18-month contracts,” he said.", "“After that … we'll see what's on the tender list.”", "The QLFS is a household survey of approx. 30,000 dwellings each quarter.", "Stats SA will release the second-quarter results on Aug. 11."]),
    ("n62-brgy-sta-peso-asked", "In Brgy. Mabuhangin, Sta. Lucrecia, several farmers interviewed by AniNews said traders were offering ₱16 to ₱17 a kilo for wet palay this week.\nTeodoro Macaspac, 58, who farms 3.5 hectares there, said he sold 120 sacks to a trader on Monday for ₱16.50 a kilo. He said it had cost him about ₱16 a kilo to grow, counting fertilizer, seed, fuel and labor. “How can we plant again next season if we sell at ₱16.50 and it costs ₱16 to grow?” he asked.",
     ["In Brgy. Mabuhangin, Sta. Lucrecia, several farmers interviewed by AniNews said traders were offering ₱16 to ₱17 a kilo for wet palay this week.", "Teodoro Macaspac, 58, who farms 3.5 hectares there, said he sold 120 sacks to a trader on Monday for ₱16.50 a kilo.", "He said it had cost him about ₱16 a kilo to grow, counting fertilizer, seed, fuel and labor.", "“How can we plant again next season if we sell at ₱16.50 and it costs ₱16 to grow?” he asked."]),
    ("n62-atty-brgy-gov", "NFA provincial manager Atty. Josefina Tinsay said the agency's buying stations in Nueva Ecija had bought 312,000 bags since March 1. She said the station in Brgy. Tanimbuhay would stay open until 8 p.m. during the peak weeks. “We cannot buy everything. Nobody can,” she said.\nGov. Aurelio Batungbakal signed an executive order on Tuesday directing the provincial government to buy palay from registered farmers at ₱20 a kilo starting Monday, April 20. The province has set aside ₱150 million for the program, he said.",
     ["NFA provincial manager Atty. Josefina Tinsay said the agency's buying stations in Nueva Ecija had bought 312,000 bags since March 1.", "She said the station in Brgy. Tanimbuhay would stay open until 8 p.m. during the peak weeks.", "“We cannot buy everything.", "Nobody can,” she said.", "Gov. Aurelio Batungbakal signed an executive order on Tuesday directing the provincial government to buy palay from registered farmers at ₱20 a kilo starting Monday, April 20.", "The province has set aside ₱150 million for the program, he said."]),
    ("n62-am-etc-ends-palay", "The NFA buying station opens at 7 a.m. Farmers should bring their registration card, a valid ID, etc. Palay must be dried to a moisture content of 14 percent to get the ₱23 price.\nRELATED: DA eyes more solar-powered dryers for Central Luzon",
     ["The NFA buying station opens at 7 a.m.", "Farmers should bring their registration card, a valid ID, etc.", "Palay must be dried to a moisture content of 14 percent to get the ₱23 price.", "RELATED: DA eyes more solar-powered dryers for Central Luzon"]),
    ("n62-lda-ends-oct", "The biggest hotel group in the municipality is Sargaçal Hotéis, Lda. The company, which owns four hotels with 1,140 rooms, said it had kept two of them open all winter for the first time last year.\nINE will publish figures for September on Oct. 31.",
     ["The biggest hotel group in the municipality is Sargaçal Hotéis, Lda.", "The company, which owns four hotels with 1,140 rooms, said it had kept two of them open all winter for the first time last year.", "INE will publish figures for September on Oct. 31."]),
    ("n62-gmbh-co-kgaa-said", "Grevenmoer did not disclose the fee. It is believed to be around €14.5 million, which would make it the biggest sale in the club's history.\nHollerbrück's parent company, SV Hollerbrück 04 GmbH & Co. KGaA, said in a notice to bondholders that it had agreed to pay €13 million up front plus up to €2.5 million in performance-related add-ons.",
     ["Grevenmoer did not disclose the fee.", "It is believed to be around €14.5 million, which would make it the biggest sale in the club's history.", "Hollerbrück's parent company, SV Hollerbrück 04 GmbH & Co. KGaA, said in a notice to bondholders that it had agreed to pay €13 million up front plus up to €2.5 million in performance-related add-ons."]),
    ("n62-question-inside-fan-quote", "Supporters outside the club shop on Tuesday evening were not so philosophical. “Nineteen goals, and we sell him six days before the window shuts? Who scores them now?” asked Sander Brinkerink, 34, a season-ticket holder for 20 years.\nThe supporters' association De Veenmollen said it had asked the board for a meeting to explain how the money would be spent, e.g. on the youth academy or on new players.",
     ["Supporters outside the club shop on Tuesday evening were not so philosophical.", "“Nineteen goals, and we sell him six days before the window shuts?", "Who scores them now?” asked Sander Brinkerink, 34, a season-ticket holder for 20 years.", "The supporters' association De Veenmollen said it had asked the board for a meeting to explain how the money would be spent, e.g. on the youth academy or on new players."]),
    ("n62-bv-ends-table-numbers", "Grevenmoer's first team is run by Grevenmoer Voetbal B.V. The company is owned by a foundation that holds the club's shares on behalf of its members.\nEredivisie top scorers 2025-26\nPlayer  |  Club  |  Goals\n1. Thijmen Vorsselmans  |  Oosterzand  |  21",
     ["Grevenmoer's first team is run by Grevenmoer Voetbal B.V.", "The company is owned by a foundation that holds the club's shares on behalf of its members.", "Eredivisie top scorers 2025-26", "Player  |  Club  |  Goals", "1. Thijmen Vorsselmans  |  Oosterzand  |  21"]),
    ("n62-co-ends-dr-vs-mgl", "“This is a better plant than the one the current consent was written for,” he told the commissioners. The Tawharau factory has belonged since 1998 to Marlstow Milk Co. The co-operative has about 640 farmer shareholders and employs 340 people at the site.\nThe council's freshwater scientist, Dr. Simon Attewell, said monitoring in 2025 found a median nitrate-nitrogen level of 1.8 mg/L downstream of the discharge, vs. 0.9 mg/L upstream. The limit for the stream in the regional plan is 2.2 mg/L.",
     ["“This is a better plant than the one the current consent was written for,” he told the commissioners.", "The Tawharau factory has belonged since 1998 to Marlstow Milk Co.", "The co-operative has about 640 farmer shareholders and employs 340 people at the site.", "The council's freshwater scientist, Dr. Simon Attewell, said monitoring in 2025 found a median nitrate-nitrogen level of 1.8 mg/L downstream of the discharge, vs. 0.9 mg/L upstream.", "The limit for the stream in the regional plan is 2.2 mg/L."]),
    ("n62-wis-inc-dateline", "PEMMERVILLE, Wis. — Halverdine Home Products Inc. is recalling about 412,000 oil-filled space heaters because a faulty thermostat can let them overheat and catch fire, the U.S. Consumer Product Safety Commission said Thursday.\nThe company has received 37 reports of heaters overheating, including nine fires and six people with burns, one of whom was treated in a hospital, according to the recall notice. No deaths have been reported.",
     ["PEMMERVILLE, Wis. — Halverdine Home Products Inc. is recalling about 412,000 oil-filled space heaters because a faulty thermostat can let them overheat and catch fire, the U.S. Consumer Product Safety Commission said Thursday.", "The company has received 37 reports of heaters overheating, including nine fires and six people with burns, one of whom was treated in a hospital, according to the recall notice.", "No deaths have been reported."]),
    ("n62-co-ends-hotline-email-url", "The heaters were sold from January 2024 through February 2026 for $49 to $69, online and at hardware and home stores nationwide, most of them at Fennwright Hardware Co. Fennwright said it had emailed 58,000 customers who bought the heaters with a store loyalty card.\nOwners should stop using the heaters immediately, unplug them and contact Halverdine for a free replacement or a full refund, the commission said.\nHalverdine can be reached toll-free at 888-555-0131 from 8 a.m. to 6 p.m. CT Monday through Friday, by email at recall@halverdine.com or online at www.halverdine.com/recall.",
     ["The heaters were sold from January 2024 through February 2026 for $49 to $69, online and at hardware and home stores nationwide, most of them at Fennwright Hardware Co.", "Fennwright said it had emailed 58,000 customers who bought the heaters with a store loyalty card.", "Owners should stop using the heaters immediately, unplug them and contact Halverdine for a free replacement or a full refund, the commission said.", "Halverdine can be reached toll-free at 888-555-0131 from 8 a.m. to 6 p.m. CT Monday through Friday, by email at recall@halverdine.com or online at www.halverdine.com/recall."]),
    ("n62-inc-ends-before-founded", "The heaters were made in China under contract for Halverdine Home Products Inc. Founded in Pemmerville in 1962, the company employs about 600 people at its headquarters and warehouse on Orchard Ridge Road.\nKayleigh Sandvoll, of Pottowin, Ill., said her heater's plastic control panel melted in December while it was running in her son's bedroom. “I smelled it before I saw it,” she said. “If we'd been asleep … I don't even want to think about it.”",
     ["The heaters were made in China under contract for Halverdine Home Products Inc.", "Founded in Pemmerville in 1962, the company employs about 600 people at its headquarters and warehouse on Orchard Ridge Road.", "Kayleigh Sandvoll, of Pottowin, Ill., said her heater's plastic control panel melted in December while it was running in her son's bedroom.", "“I smelled it before I saw it,” she said.", "“If we'd been asleep …", "I don't even want to think about it.”"]),
]  # fmt: skip
