"""Hundred-and-sixty-fourth set of new hand-labelled pages for the hint engines (tuning set, round fifty-eight):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. None of the countries of
`labelled_new159.py` or `labelled_new160.py` comes back. The pages: a United States metro daily's
website (a city budget: Tampa adopts $2.36 billion at 6.2076 mills, 5-2); a Canadian regional news
site pasted from a phone (an inspection report: a Sudbury long-term care home gets three compliance
orders after a resident lay on the floor for three hours); a British regional news site in a
browser's reader mode (crime statistics: Nottinghamshire knife offences down 14%, shoplifting at a
record); an Irish national newspaper's website (a court ruling: the High Court quashes permission
for a 14-turbine wind farm in Co. Clare); an Australian broadcaster-style news site (a health study:
kidney-related emergency presentations in Queensland up 11 per cent on days above 35C); an Indian
English daily's website (an election result: the Congress wins 34 of 65 wards in Mysuru); a
Philippine business site's AMP page (a company's results: a retailer's third-quarter profit up 12.4%
to P3.86 billion); a Kenyan news site pasted from a phone (a utility change: Nairobi water rationing
extended to 28 more estates, with the zone schedule); a Pakistani English daily's website (a weather
record: 52.9°C at Jacobabad, with a temperature table); a Fijian daily's website (a sports report
with statistics: Nadroga beat Naitasiri 31-24 in the Skipper Cup final, with match statistics and
scorers); a Ghanaian news site (an exam story: 81.7% of BECE candidates qualify, 1,284 results
withheld); and a Barbadian daily's print view (a price story: flying fish at Oistins double to
$2.50 each as landings fall 46%).

What is hard is telling statements of record from what sits beside them. Of record ("W"): counts,
shares, sums and rankings ("the first increase since 2021", "the lowest annual figure for the force
area since the year to March 2019", "the highest since current records began in 2003", "the
narrowest margin in the city", "their biggest one-day gain since March", "the highest for any day
in May since the town's observatory opened in 1931", "the largest for a domestic final in Lautoka",
"the smallest catch for the period since ... 1996"); causal claims by officials, bodies and
companies ("the fall in knife crime followed 18 months of extra patrols", "the shortfall was caused
by the failure of the October–December short rains", "the fall was partly due to the removal of
about 38,000 ... names", "the improvement followed the distribution of 1.2 million ... textbooks",
"mats of sargassum ... had kept boats from the fishing grounds", "which the company attributed to a
higher share of private-label goods"); findings and rulings (inspectors' findings and the report
quoted; a judge's ruling, her words from the judgment and her orders; a returning officer's account
of a recount; WAEC's finding of identical wrong answers); rules of law and of programmes (Florida's
truth-in-millage rule, Ontario's care target and reporting duty, s. 50 of the Planning and
Development Act 2000 and the appeal certificate, the spending cap, the rationing-notice rule, the
BECE qualifying rule, Free SHS, the re-marking fee); methodology (a study's 1,204,518 presentations
and relative risk, its limits, its funding and conflicts; the ONS caveat on police figures; a
survey of 212 shops); scheduled events set by those who run them (a tax discount date, the next
council meeting, order deadlines, the next ONS release, a certificate hearing, a mayoral election,
a dividend's dates, a rationing schedule and its review, school closures, placement dates, a fish
fry, an awards night); and market prices, whether observed by the reporter or reported by
fishermen or vendors as a group. Not worth checking (""): forecasts and guidance ("unlikely to
affect the city's AA+ credit rating", "expected full-year net income to grow “in the low double
digits”", "The department expects the heatwave to last until Friday", "expects catches to
pick up from December", "supply would return to normal only after the long rains"); plans and promises
("would hire 60 more police officers ... if a federal grant comes through", "would ask the chief
constable to set up a dedicated retail crime team", "would challenge the result in the High Court",
"would sink 15 boreholes", "would recruit 4,000 more mathematics teachers next year"); advice
("GPs should review fluid and medication advice", "Health authorities advise ...", "The PMD advised
people to stay indoors ..."); opinions and hedges in indirect speech ("called the budget
“responsible and humane”", "said the figures were “welcome but fragile”", "said dehydration was the
most likely explanation", "said no single day's heat could be blamed on climate change without a
formal attribution study", "said the penalty count had decided the match"); feelings and anecdotes
of residents, shopkeepers, a pensioner, a labourer, a driver, a boat owner and a vendor; rhetorical
questions and question subheads ("What happens next?", "What can families do?", "Why has knife
crime fallen?", "What happens to the project now?", "How can you stay safe in the heat?", "Why did
turnout fall?", "What's next for the stock?", "How long will rationing last?", "Is this climate
change?", "Who was the player of the final?", "What happens to candidates who do not qualify?",
"Will prices fall?"); scene-setting; and data rows (a party-position table, a temperature table,
match statistics, score lines and the referee line). A quote may hold both: "“Older people often
have a blunted sense of thirst, and many take medicines such as diuretics that make dehydration
more likely,” she said." is "W"; "“By the time they feel unwell, the damage has often started.”"
is "".

And where sentences end: abbreviations that END a sentence before a capital ("at 11:40 p.m." /
"More than 90 ..."; "5110 E. Fletcher Ave." / "Construction ..."; "Suncoast Asphalt Holdings Inc." /
"The company ..."; "Oct. 2 at 9 a.m." / "Public comment ..."; "Media Co." / "All rights reserved.";
"at 5:05 a.m." / "She had broken ..."; "Laurentide Senior Living Inc." / "The company bought ...";
"from 8:30 a.m. to 7 p.m." / "Staff who ..."; "Trentside Guarding Ltd." / "The firm supplies ...";
"Atlantic Ridge Renewables Ltd." / "The company, ..."; "Media Ltd." / "Registered in Ireland No.
517422."; "Coralbay Therapeutics Pty Ltd" with no stops of its own / "The other five ..."; "at 8
a.m." / "Postal ballots ..."; "pressure cookers, etc." / "The seizures ..."; "Bharat Electronics
Ltd." / "Each of ..."; "at 3 p.m." / "Its shares ..."; "Co., Inc." / "All rights reserved.";
"at 4 a.m." / "That is when ..." inside a quote; "to No. 8." / "Cakaunitabua carried ..."; "from 6
p.m." / "Heads of schools ..."; "photographs, etc." / "Schools may not ..."; "$16 per lb." / "At the
Bridgetown ..."; "Seafoods Ltd." / "Supermarkets sell ..."; "from 7 p.m." / "Vendors said ...")
and ones that do not (titles "Dr", "Dr.", "Prof.", "Mr.", "Mrs", "Ms Justice", "Hon.", "Eng.";
"Ma." and "Jr." inside names; initials "M. N." and "R."; "Sta. Rosa"; "St. Anselm's" and "St.
Philip,"; "St Ann's" with no period; "N. Armenia Ave.,", "E. Fletcher"; "Co. Clare," twice; "s.
50"; "No. 1 requires", "Ward No. 57,", "Ward No. 57 (Vijayanagar)", "No. 517422."; "Inc.,",
"Inc. said", "Corp. reported"; "Rs. 2,000", "Rs. 5 lakh", "Rs. 1.86 crore", "Rs1,400."; "i.e.",
"e.g." twice, "et al." in a reference line; dates "Sept. 18, 2026 at", "Oct. 1,", "Aug. 5 and Aug.
19", "Nov. 14.", "Dec. 9 to", "Nov. 18."; times "2:10 a.m. on", "3 a.m. and 4 a.m. as", "10.20
a.m. and", "6.45 p.m. after", "5 a.m. to 6 p.m.;", "at 3:40pm.", "between noon and 4pm…", "at 11am
and"; "5 lb. bag"; decimals and currencies ("6.2076 mills", "$1,551.90", "P0.42", "P24.85",
"52.9°C", "95% CI 1.08–1.14", "GH¢350", "Sh3,500", "€4.2m", "£2.4m")); quotes ending in "?" or
"!" followed by their attribution (one sentence: "“Who do you think the landlord passes it to?” she
asked.", "“Three hours on the floor in the dark… and nobody came?” she asked.", "“How can 22 votes
go missing and then turn up again?” he asked.", "“Why should Kileleshwa get two days a week and
Embakasi one?” he asked.", "“If I stay at home, who will feed my children?” he asked.", "“Why
should a child who sat quietly in the hall pay for what an invigilator did?” he asked."; after a
first sentence of the quote "What am I supposed to do, rugby tackle them?” he said.", "They voted
for what they can hold in their hands!” she said.", "Vereniki is our heaviest man, so I put him
where the collisions are!” Matanatabu-Seru said.", "Every pesewa!” he said.", "Never!” he said.",
"We are farmers and nurses and retired teachers, not barristers!” she said.") against a "?"
followed by a new sentence inside the quote ("“Were we nervous?" / "Of course we were."; "Are we
surprised?" / "Not in the least,” he said."; "Can they keep it when rice prices go up again?" /
"That is the question for 2027,” said ..."; "“Did I think it would go over?" / "Honestly, no.";
"You ever see a year like this?" / "Never!” he said."); ellipses before a lower-case word inside
one sentence ("in the dark… and nobody came?", "noon and 4pm… labourers"); a parenthesis holding
a full sentence, its own sentence ("(A home with a taxable value of $250,000 will owe ..., according
to the city's budget office.)") against brackets inside a sentence ("(relative risk 1.11, 95% CI
1.08–1.14)", "(Vijayanagar)", "(51.6°C)", "(Sepco)"); semicolons that never split (the orders and
notifications, the report's quoted line, costs, what the order does, the standfirst's "JD(S)
seven;", tackles, the qualifying rule, the tariff, school closures); and list lines, one sentence
each (five bulleted crime figures, four bulleted rationing zones ending ";" or ".", key points,
table rows, statistics rows, score lines).

The pages hold 533 sentences: 160 "B", 215 "W" and 158 ""; 191 sentences carry a speaker (98
distinct speakers, page by page; 97 distinct labels). `STYLES` describes each page, its story,
its labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of
the pages (not copied from them).

Written from scratch for issue 13 in round fifty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases (and the case ids) of `labelled_new159.py` and `labelled_new160.py`. Coined names were checked
for freshness against the string constants of those two files, through `ast`: seven names or name
parts and one outlet that hit were replaced before the file was written; only common words (for
example "Dispatch", "Chronicle") and single parts of compound surnames ("Lowe", "Moran", "Hart",
"Pike", "Bell", "Tran") still hit.

Every person, outlet, publisher, firm, advisory house, broker, importer, school, group, study,
journal, report, survey, statement and figure is invented, and so is every small place or
institution (Birchmount Ridge Care Community, St. Anselm's Preparatory School and the like). Real
countries, states, provinces, counties, cities, suburbs, estates, roads, dams, grounds, courts,
councils, parties, ministries, regulators, agencies, hospitals, universities, laws, competitions and
other public bodies appear only as settings, with invented statements and figures: Tampa, Florida,
Old City Hall, the Tampa City Council, Tampa Fire Rescue, E. Fletcher Ave., N. Armenia Ave., W.
Hillsborough Ave., Hillsborough and Florida's truth-in-millage law; Sudbury, Kingsway, Ramsey Lake,
Ontario, the Ministry of Long-Term Care and its ACTION Line, the Fixing Long-Term Care Act, 2021 and
Health Sciences North; Nottingham, Nottinghamshire, St Ann's, Bulwell, Arnold, Carlton, the Home
Office, the Office for National Statistics, the Crime Survey for England and Wales, Nottingham Trent
University, the Queen's Medical Centre and the NHS; Ennistymon, Kilrush, Co. Clare, Slieve Callan,
Dublin's Four Courts, the High Court, the Court of Appeal, An Coimisiún Pleanála, the EU Habitats
and Birds Directives, the Planning and Development Act 2000, Cork and the Dublin Port Tunnel;
Queensland, Brisbane, Ipswich, the University of Queensland, the Bureau of Meteorology, the National
Health and Medical Research Council, the Royal Brisbane and Women's Hospital and Queensland Health;
Mysuru, Vijayanagar, Karnataka, the Mysuru City Corporation, the State Election Commission, the
Congress, the BJP, the JD(S), the BSP, Bharat Electronics Ltd. and the High Court; Manila, Cavite,
Laguna, Batangas, Sta. Rosa, Sta. Cruz, Metro Manila, Pasay City, the Philippine Stock Exchange and
the Philippine Statistics Authority; Nairobi, Ndakaini Dam, Kileleshwa, Lavington, Kilimani, South
B, South C, Nairobi West, Kasarani, Roysambu, Zimmerman, Embakasi, Pipeline, Utawala, Kenyatta
National Hospital, the Aberdares, Thika Road, Ruiru, the Nairobi City Water and Sewerage Company,
the Kenya Meteorological Department and the Water Services Regulatory Board; Jacobabad, Dadu,
Mohenjo-daro, Turbat, Sibi, Shikarpur, Sindh, Balochistan, the Arabian Sea, Islamabad, the Pakistan
Meteorological Department, the Sindh government and its health department, the Civil Hospital in
Jacobabad, the Sukkur Electric Power Company, the provincial disaster management authority and
Quaid-i-Azam University; Lautoka, Churchill Park, Sigatoka, Suva, the Grand Pacific Hotel, the
Nadroga and Naitasiri provincial sides, the Skipper Cup, the Fiji Rugby Union, the Flying Fijians,
the Bula Boys and the OFC Nations Cup; Accra, Madina, Kumasi, Tamale, the Ashanti, Central and
Northern regions, the West African Examinations Council, the BECE, the WASSCE, the Ministry of
Education, the Computerised School Selection and Placement System and the Free Senior High School
policy; Oistins, Christ Church, St. Philip, Bridgetown, the Bridgetown Fisheries Complex, the
Oistins Fish Market and its Friday Fish Fry, the Fisheries Division and the Barbados Statistical
Service.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, crumb, byline, date line,
share strip, caption, credit, table row, list item, print header and footer and legal line is a
paragraph of its own, except that a caption and a credit pasted in one line are two sentences of
one paragraph); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". As in the recent sets: furniture "B" line by line, whatever it says, never with a speaker;
a caption by its content and its credit "B"; tables pasted as lines with a "B" title, header row
and source line and "" data rows; headlines and standfirsts never split and flagged by content,
their "says" or "finds" carrying the source as the story gives it; a dateline belongs to its lead
sentence; a person is named in full as first given, without titles or roles, and a pronoun, surname
or role noun resolves to that name; a quote over several sentences carries its speaker and cue in
each; "according to X" gives X as written (a document as written: "a survey by the security firm
Trentside Guarding Ltd.", "figures published by the Office for National Statistics on Thursday"),
except that a descriptor before a proper name is dropped ("according to the importer, Carlisle Bay
Seafoods Ltd." -> "Carlisle Bay Seafoods Ltd."); a generic noun for a body or a document is kept as
written ("the company", "The company", "the council", "the ministry", "the report", "The
commission", "The department", "Inspectors", "residents", "Vendors"); a short form or "it" resolves
to the name as first given ("The ONS says" -> "the Office for National Statistics", "Atlantic Ridge
said" -> "Atlantic Ridge Renewables Ltd.", "The PMD advised" -> "the Pakistan Meteorological
Department"); a bracketed acronym is dropped; a channel phrase after the verb is part of the cue
("said in a disclosure to the Philippine Stock Exchange", "said in a notice", "told analysts in a
briefing") and a fronted one is not ("In a statement, ...", "In a 62-page judgment, ..."); a body
acting with no verb of saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* Titles dropped from the label: "Ms Justice", "Chief Constable", "Councillor", "Council member",
  "Mayor", "Council chair", "Deputy Commissioner", "Chief meteorologist", "Chief Fisheries
  Officer", "Agriculture Minister Dr.", "Education Minister Hon.", "Managing director Eng.",
  "County executive for water", "Embakasi East MP", "Political analyst Prof.", "Boat owner", and the
  Fijian chiefly title "Ratu" ("Ratu Josefa Nailatikau-Tawake" -> "Josefa Nailatikau-Tawake"), like
  "Datuk". Kept as parts of names: the Filipino "Ma." (an abbreviated María, like "Md."; "Ma.
  Celestina Buenaflor-Ocampo"), the suffix "Jr." and Indian initials ("R. Vasanthakumari").
* "The High Court has quashed ..., finding that ..." carries the court with the cue "finding", as a
  judge's "finds" does; "She rejected two other grounds" and "The judge awarded ... costs" are acts
  of the court with no verb of saying and carry nobody, like a judge's orders.
* A "Key points:" box: the label is "B"; each point is one sentence flagged by content, and a point
  that says "The lead author says ..." carries her as the body names her.
* A judgment's citation line ("Slieve Callan Residents' Alliance v An Coimisiún Pleanála [2026]
  IEHC 587") is one "B" sentence, like a journal reference line.
* "No. 8." at the end of a sentence (a rugby position) ends it after the number, never after "No.";
  "lb." ends a sentence before a capital ("$16 per lb." / "At the Bridgetown ...") but not in "a 5
  lb. bag"; "etc." ends a sentence before a capital; an Australian "Pty Ltd" at a sentence end takes
  the sentence's own full stop.
* Match statistics rows ("Possession: 47% – 53%") and score lines are data, "", like standings
  rows; their "MATCH STATISTICS" and "SCORERS" labels and the team header are "B".
* Outages reported by "residents" as a group ("Power cuts of up to 12 hours a day ..., residents
  said") are "W" with the group as written, like market prices from traders; a single household's
  experience is an anecdote, "".
* A market price observed by the reporter ("Flying fish were selling for $2.50 each ...") is "W"
  with no speaker.
* An anecdote narrated with no verb of saying ("Maureen Tulloch-Ngata, 81, of Ipswich, spent two
  nights in hospital ...") carries nobody; her quote that follows carries her.
* A sentence that reports a count by an official in her own sentence and embeds another source's
  claim ("She said the county had cut 2,340 illegal connections since January, which the company
  says account for ...") carries the official, the main speaker.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'United States METRO DAILY\'S WEBSITE (Tampa), desktop browser paste, a CITY BUDGET: the council adopts a $2.36 billion budget 5-2 and keeps the tax rate at 6.2076 mills. Head: masthead, menu, sign-in line, crumb (all "B"); headline of record "W"; standfirst "Budget director says the plan closes a $38.4 million gap ..." ("W", carrying the director in full); byline, a date line with "11:52 p.m. EDT | Updated ... 8:05 a.m. EDT" kept whole, share line (all "B"); a caption "" and a capitalised credit "B". Body: "TAMPA —" lead with "Oct. 1," mid-sentence ("W"); "at 11:40 p.m." ENDING a sentence before "More than 90 ..." (both "W"); the mill defined and a PARENTHESIS HOLDING A FULL SENTENCE "according to the city\'s budget office" (both "W"); the budget director with the gap and how it was closed ("W") and a quote over two sentences "he told the council" (""); police and fire budgets ENDING "E. Fletcher Ave." before "Construction ..." (both "W"); the stormwater fee "W"; a dissenting member\'s opinion ("Council member" dropped, "") and her question with attribution (one sentence, ""); the mayor "called" (channel fronted, "") and a conditional hiring plan (""); the truth-in-millage rule and the rolled-back rate ("W"); a resident with "N. Armenia Ave.," mid-sentence (anecdote, "") and her two-sentence quote (""); resurfacing ENDING "Suncoast Asphalt Holdings Inc." before "The company ..." (both "W"); reserves "according to budget documents" "W"; analysts\' rating forecast ("", the group as written); a question subhead ""; the effective date, bills and discount ("W"); the council chair\'s plan (""); the next meeting "at 9 a.m." ENDING a sentence before "Public comment ..." (both "W"). Tail: an author bio in two sentences, related label and one headline, copyright split at "Media Co." before "All rights reserved.", a policy-links line (all "B").',
    'Canadian REGIONAL NEWS SITE (Sudbury, Ontario), PHONE BROWSER paste, an INSPECTION REPORT: a long-term care home gets three compliance orders after a resident with dementia lay on the floor for about three hours. Head: a hamburger/masthead/search line, an app banner and its "OPEN" button, a section label (all "B"); headline of record "W"; standfirst "Operator says it has retrained ..." (a claim of record, "W", carrying "Laurentide Senior Living Inc."); byline, relative time and read time, a listen line (all "B"); a caption "" and its credit "B". Body: the lead "provincial inspectors found" (the group as written, "W"); the report posted, with "Inc.," mid-sentence "W"; visits between "Aug. 5 and Aug. 19" and 14 areas of non-compliance "according to the report", then orders and notifications with a semicolon (both "W"); the fall "at about 2:10 a.m. on July 27" "the report says", "at 5:05 a.m." ENDING a sentence before "She had broken ..." (all "W"); "ADVERTISEMENT" and "Story continues below" ("B"); the falls policy and the report quoted with "3 a.m. and 4 a.m. as" mid-sentence and a semicolon (both "W", "the report"); staffing "the report found" and medication incidents "Inspectors also found" ("W"); "Compliance order No. 1" with its deadline "Nov. 14." and the other deadlines ("W"); the operator\'s vice-president (named in apposition, channel fronted) with the fixes of record ("W") and a two-sentence apology (""); "Laurentide Senior Living Inc." ENDING a sentence before "The company bought it ..." (both "W"); the daughter\'s anecdote and two-sentence quote ("") and a second quote with an ELLIPSIS BEFORE A LOWER-CASE WORD ending in a question with attribution (one sentence, ""); an advocate\'s opinion (""); the provincial care target and the home\'s hours "according to ministry staffing data" ("W"); past orders "W"; the ministry spokesperson\'s promise ("") and the inspection count ("W"); a question subhead ""; the reporting rules with "8:30 a.m. to 7 p.m." ENDING a sentence before "Staff who ..." (all "W"). Tail: a trending label and two numbered headlines, a report-an-error line, back-to-top, a two-sentence cookie banner and its "GOT IT" button, a copyright line ending "Media Inc." (all "B").',
    'British REGIONAL NEWS SITE (Nottingham), READER MODE paste, CRIME STATISTICS: knife offences in Nottinghamshire down 14% in a year while shoplifting hits a record. Head: the bare domain line "B"; headline of record "W"; authors and a reading-time line ("B"); a caption "" and its "Image:" credit "B". Body: the figures "according to figures published by the Office for National Statistics on Thursday" (as written, "W"); the lowest since 2019 and total crime and shoplifting records ("W"); a lead-in fragment "" and FIVE BULLETED LINES of figures (each one sentence, "W"); the chief constable ("Chief Constable" dropped) with a causal claim ("W") and two quoted sentences with "St Ann\'s" (no period, ""); "The ONS says" a methodology caveat (short form resolving to "the Office for National Statistics", "W") and a limit of the survey ("W"); a shopkeeper\'s anecdote and a quote of a statement then a question with attribution (three, ""); the police and crime commissioner\'s charges ("W") and plan (""); a survey "according to a survey by the security firm Trentside Guarding Ltd." ENDING before "The firm supplies ..." (both "W"); a "Read more:" line "B"; a councillor\'s opinion ("Councillor" dropped, ""); national figures "the ONS said" and hospital admissions "according to NHS data obtained by the Lantern Post" ("W"); a street scene ""; a question subhead ""; a criminologist ("Dr" dropped) hedging, and a two-sentence quote (""); the next release date ("W"). Tail: a topics line "B".',
    'Irish NATIONAL NEWSPAPER\'S WEBSITE (Dublin), desktop browser paste, a COURT RULING: the High Court quashes permission for a 14-turbine wind farm in Co. Clare over a hen harrier assessment. Head: masthead, menu, subscribe line, crumb (all "B"); headline of record "W"; standfirst "Judge finds ..." (a finding, "W", carrying the judge in full); byline with role, a date line with a 24-hour time, share line (all "B"); a caption "" and a "Photograph:" credit "B". Body: the lead "The High Court has quashed ..., finding that ..." with "Co. Clare," mid-sentence (the court, cue "finding", "W"); the judge ("Ms Justice" dropped) "ruled" ("W"); "Atlantic Ridge Renewables Ltd." ENDING a sentence before "The company, ..." (both "W"); the applicants ("W"); the judgment quoted with "said" and "she wrote" (both "W") and "She rejected two other grounds" (an act, no speaker, "W"); "Under s. 50 of ..." (a rule, "W"); costs with a semicolon (one sentence, "W"); the alliance\'s chairwoman\'s fundraising (an anecdote, "") and her quote of a question, an answer and an exclamation with attribution (three, ""); the developer\'s statement ("") and its project figures ("W", "It said" resolving to the company); the commission\'s no-comment ("", "The commission" as written); the appeal rule and the certificate hearing on "November 13th" ("W"); an industry group "says" a count ("W") and its chief executive\'s opinion (""); the bird\'s protection ("W"); the farmer ("Mr" dropped) with his own count and a two-sentence quote (""); a question subhead ""; what the order does, with a semicolon ("W"). Tail: the case citation line, a most-read label and two numbered headlines, copyright split at "Media Ltd." before "Registered in Ireland No. 517422." (all "B").',
    'Australian NATIONAL BROADCASTER-STYLE NEWS SITE, desktop browser paste, a HEALTH STUDY: emergency presentations for kidney problems in Queensland rise 11 per cent on days above 35C. Head: masthead, menu, section label ("B"); headline of record "W"; a byline with role and a posted/updated line with "5:00am" (both "B"); a caption "" and its bracketed credit "B"; a "Key points:" label "B" and three points (two of record "W", one "The lead author says GPs should ..." advice "" carrying her name). Body: the lead "a study of more than a decade of hospital records has found" (the document as written, "W"); the method, the relative risk with "95% CI 1.08–1.14" in brackets and the rise among the over-75s (all "W"); the journal ("W"); the lead author ("Dr" dropped) hedging on the cause (""), a quoted medical fact ("W") and a quoted remark (""); her advice with "e.g." mid-sentence (""); the cost "the researchers estimated" and the limits "the authors note" ("W"); funding and conflicts ENDING "Coralbay Therapeutics Pty Ltd." (no stops in "Pty Ltd") before "The other five ..." (both "W"); a kidney specialist ("Prof." dropped) with an opinion and a quote of a statement, a question and its answer with attribution (three, ""); hot days "according to the Bureau of Meteorology" "W"; a pensioner\'s hospital stay narrated without a verb of saying (no speaker, "") and her two-sentence quote (""); the health department spokeswoman\'s plan (""); a question subhead ""; advice "Health authorities advise" and an imperative (""). Tail: a journal reference line kept whole at "et al." and the title\'s full stops, related label and two headlines, a contact line, an Acknowledgement of Country, copyright ending "Pty Ltd" (all "B").',
    'Indian ENGLISH DAILY\'S WEBSITE (Mysuru, Karnataka), desktop browser paste, an ELECTION RESULT: the Congress wins 34 of 65 wards of the Mysuru City Corporation. Head: masthead, an e-paper/subscribe line, menu, crumb (all "B"); headline and standfirst with a semicolon (both "W"); "Staff Correspondent", a dateline-and-time line, an updated line, share line (all "B"); a caption "" and "Photo: Special Arrangement" "B". Body: the result and the other parties ("W"); turnout "according to the State Election Commission" "W"; "at 8 a.m." ENDING a sentence before "Postal ballots ...", and "10.20 a.m. and", "Ward No. 57," and "6.45 p.m. after" mid-sentence (all "W"); the narrowest margin with initials "M. N." and "Ward No. 57 (Vijayanagar)" ("W"); the returning officer (initial "R." kept in the label) with the recount\'s cause, with "Mr." mid-sentence, and its outcome ("W"); the loser ("Mr." dropped) with a plan ("") and a question with attribution (one sentence, ""); the Congress city president ("Dr." dropped) with an opinion and a quote with "Rs. 2,000" ending in an exclamation with attribution (three, ""); the JD(S) president\'s excuse (""); NOTA and women\'s wards ("W"); the mayoral election date and reservation ("W"); the spending cap with "Rs. 5 lakh" (a rule, "W"); seizures ENDING "etc." before "The seizures were worth Rs. 1.86 crore, the district administration said." (both "W"); voting machines ENDING "Bharat Electronics Ltd." before "Each of ..." (both "W"); a celebration scene ""; a party-position table (title, header and source "B", rows ""); a question subhead ""; the deputy commissioner (title dropped) with a causal claim and apartment-ward turnout ("W"); an analyst ("Prof." dropped) with an opinion (""). Tail: a published line with "pm IST", read-comments, related-topics label and topics, copyright ending "Pvt. Ltd." (all "B").',
    'Philippine BUSINESS NEWS SITE (Manila), AMP PAGE paste, a COMPANY\'S RESULTS: a listed retailer\'s third-quarter net income up 12.4% to P3.86 billion. Head: the AMP bar, crumb ("B"); headline of record "W"; standfirst "Chief executive says new convenience stores ... drove the growth" (a causal claim, "W", carrying her name with "Ma." kept); byline, a date line, share strip, an ad slot (all "B"). Body: "MANILA —" lead "Kalayaan Retail Group Inc. said" ("Inc. said" mid-sentence, "W"); revenue "the company said in a disclosure to the Philippine Stock Exchange" (the channel in the cue, "W"); "at 3 p.m." ENDING a sentence before "Its shares ..." (both "W"); nine-month income "W"; same-store sales with "i.e." mid-sentence and the revenue mix ("W"); the chief executive ("Ma." kept as part of the name) with a causal claim ("W") and a quote in two sentences round "she told analysts in a briefing" (""); the capital budget and store openings with "Sta. Rosa, Laguna," mid-sentence ("W"); a dividend payable "on Dec. 9" to holders of record "as of Nov. 18." ("W"); a second ad slot and "Story continues below" ("B"); the finance chief ("Jr." kept) with guidance ("") and finance costs ("W"); gross margin "which the company attributed" ("W"); "Analysts at Escolta Securities Inc. said" an estimate beaten ("W") and an analyst\'s quote of a statement, a question followed by a NEW SENTENCE, and the attribution (three, ""); inflation "according to the Philippine Statistics Authority" and a rival\'s results with "Corp. reported" mid-sentence ("W"); a question subhead ""; ratings and the stockholders\' meeting ("W"). Tail: a related line, view-full-site, copyright split at "Co., Inc." before "All rights reserved." (all "B").',
    'Kenyan NEWS SITE (Nairobi), PHONE BROWSER paste, a UTILITY CHANGE: water rationing extended to 28 more estates as Ndakaini Dam falls to 41 per cent. Head: a hamburger/masthead/search line, an app prompt, a section label (all "B"); headline of record "W"; standfirst "Water company says supply will return to normal only after the long rains" (a forecast, "", carrying the company as first given); byline, relative time and read time ("B"); a caption "" and a capitalised credit "B". Body: the extension (an act, no speaker, "W"); the dam last year "the company said in a notice on Friday" ("W", the company as written) and production "it said" (resolving to the company as first given, "W"); a lead-in fragment "" and FOUR BULLETED SCHEDULE LINES ending ";", ";", ";" and "." with "5 a.m. to 6 p.m.;" (each one sentence, "W"); exemptions "the company said" "W"; the managing director ("Eng." dropped) with a causal claim ("W"), a two-sentence quote "he told journalists" ("") and a forecast (""); an "ADVERTISEMENT" line "B"; bowsers and the toll-free line ("W"); vendors\' prices "according to three vendors interviewed by the Rift Post" ("W"); a mother\'s anecdote ("") and her quote split at "at 4 a.m." before "That is when ..." (two, ""); the regulator\'s rules and the tariff with a semicolon ("W"); the county executive\'s borehole plan ("") and disconnections with "which the company says" inside ("W", her sentence); an MP\'s opinion and question with attribution (""); a question subhead ""; the review schedule ("W", "The company") and the zone check ("W"). Tail: a trending label and two numbered headlines, back-to-top, copyright (all "B").',
    'Pakistani ENGLISH DAILY\'S WEBSITE (Karachi), desktop browser paste, a WEATHER RECORD: Jacobabad reaches 52.9°C, its hottest May day on record. Head: masthead, menu, crumb ("B"); headline of record "W"; standfirst "Met department says mercury crossed 50°C at 11 stations ..." ("W", carrying the department as the body first names it); byline, a published/updated line, share line ("B"); a caption "" and its "— Photo by author" credit in the same line ("B"). Body: "JACOBABAD:" lead "the Pakistan Meteorological Department (PMD) said" (acronym dropped, "W"); "at 3:40pm." (no periods in "pm") and the previous record ("W"); readings at other stations "it said" ("W"); the chief meteorologist ("Dr" dropped) with a causal claim ("W") and a two-sentence quote (""); "The department expects" (a forecast, "", as written); deaths "according to the provincial health department" "W"; the medical superintendent (named before his role, "Dr" dropped) with patients treated ("W") and a quote with an ELLIPSIS BEFORE A LOWER-CASE WORD (one sentence, ""); power cuts "residents said" (a group\'s report of record, "W") and the power company\'s explanation (acronym dropped, "W"); school closures with a semicolon (an act, "W"); heatstroke centres "The provincial disaster management authority said" "W"; a labourer\'s anecdote with "Rs1,400." ("") and his question with attribution (""); a question subhead ""; a climate scientist ("Dr" dropped) hedging ("") and a count of hot years ("W"); advice "The PMD advised" (resolving to the department, ""); a temperature table (title, header and source "B", rows ""). Tail: a published-in line, a WhatsApp line, a comments count, copyright ending "(Pvt.) Ltd." (all "B").',
    'Fijian DAILY\'S WEBSITE (Suva), desktop browser paste, a SPORTS REPORT WITH STATISTICS: Nadroga beat Naitasiri 31-24 in the Skipper Cup final at Churchill Park, Lautoka. Head: masthead, menu, crumb ("B"); headline and standfirst of record ("W"); byline, a date line with "8:15pm", share line ("B"); a caption "" and a capitalised credit "B". Body: "LAUTOKA —" lead, the winning try and the crowd "according to the Fiji Rugby Union" (all "W"); the half-time score and possession ("W"); "to No. 8." ENDING a sentence before "Cakaunitabua carried ..." (both "W"); the coach\'s quote of a statement then an exclamation with attribution (two, "", resolving to his full name); penalties and a sin-binning ("W"); the fly-half ("Ratu" in the text, dropped from the label) with his points ("W") and his quote of a question followed by a NEW SENTENCE, then a statement with attribution (three, ""); the losing coach\'s complaint (""); tackles with a semicolon (one sentence, "W"); the try-scorer\'s background ("W") and two-sentence quote (""); a crowd scene ""; prize money ("W"); a question subhead ""; the player of the final and the awards night ("W"); MATCH STATISTICS (label and team header "B", six rows ""); SCORERS (label "B", two score lines with semicolons, one sentence each, and a "Referee:" line, all ""). Tail: more-sport label and one headline, copyright split at "Mail Ltd." before "All rights reserved." (all "B").',
    'Ghanaian NEWS SITE (Accra), desktop browser paste, an EXAM RESULTS STORY: 81.7% of BECE candidates qualify for senior high school and 1,284 results are withheld. Head: masthead, menu, crumb ("B"); headline "..., WAEC says" ("W", carrying the council as first given) and a standfirst of record ("W"); byline, date line with "6:12 pm", share line ("B"); a caption "" and its credit "B". Body: "ACCRA —" lead "released ... and said" (acronyms dropped, "W"); last year\'s share ("W"); the qualifying rule with a semicolon ("W"); results withheld "the council said" ("W"); the head of the national office ("Mrs" dropped) with a finding ("W") and two quoted sentences "she told journalists in Accra" (""); placement "The Ministry of Education said" ENDING "from 6 p.m." before "Heads of schools ..." (both scheduled, "W"); the Free SHS rule ("W"); the minister ("Hon." dropped) with a causal claim ("W") and a plan (""); subject pass rates ("W"); top candidates with "St. Anselm\'s" mid-sentence "according to the council" ("W"); a noticeboard scene (""); a driver\'s anecdote with "GH¢350" ("") and his question and exclamation with attribution (two, ""); a teachers\' group leader\'s opinion and question with attribution (""); the re-marking rule ("W"); a question subhead ""; routes for those who fail, with "e.g." mid-sentence ("W"); reporting items ENDING "etc." before "Schools may not ..., the ministry said." (both "W"). Tail: related label and one headline, a comments disclaimer, copyright (all "B").',
    'Barbadian DAILY\'S WEBSITE (Bridgetown), PRINT VIEW paste, a PRICE STORY: flying fish at Oistins double to $2.50 each as landings fall 46%. Head: the browser\'s print header (date, time and page title repeating the headline), masthead, section ("B"); headline of record "W"; standfirst "Fisheries Division says landings fell ..." ("W", carrying the division as the body names it); byline and a published line with "5:15 a.m." ("B"); a caption "" and its bracketed credit in the same line ("B"). Body: market prices observed by the reporter (no speaker, "W"), "$16 per lb." ENDING a sentence before "At the Bridgetown ..." and "a 5 lb. bag" mid-sentence (all "W"); landings "according to the Fisheries Division" and the smallest catch since 1996 ("W"); the chief fisheries officer (title dropped) with a causal claim ("W") and a two-sentence quote (""); diesel prices "Fishermen at Oistins said" (a group\'s prices, "W"); a boat owner "of St. Philip," ("St." mid-sentence) with an anecdote and a quote of a statement, a question followed by a NEW SENTENCE and an exclamation with attribution (four, ""); a PRINT FOOTER (URL and "1/2") and a REPEATED PRINT HEADER ("B"); a vendor\'s anecdote (""); the minister ("Dr." dropped) with a dated rebate and vessel counts ("W"); imports "according to the importer, Carlisle Bay Seafoods Ltd." (descriptor dropped) ENDING before "Supermarkets sell ..." (both "W"); food inflation "according to the Barbados Statistical Service" "W"; a shoppers\' group\'s opinion (""); the Fish Fry "from 7 p.m." ENDING a sentence before "Vendors said portions would be smaller." ("W", then ""); a question subhead ""; a forecast "Belgrave-Sealy said" (""); the national dish ("W"). Tail: a WhatsApp line, copyright with "Ltd.," mid-line before "All rights reserved.", the last footer "2/2" (all "B").',
]

ARTICLES = [
    # us
    [
        [
            ("THE GANDY BAY SENTINEL", "", "", "B"),
        ],
        [
            ("News  Politics  Business  Sports  Opinion  Obituaries  e-Edition", "", "", "B"),
        ],
        [
            ("Sign in | Subscribe for $1", "", "", "B"),
        ],
        [
            ("Local News › City Hall", "", "", "B"),
        ],
        [
            (
                "Tampa council adopts $2.36 billion budget, keeps tax rate at 6.2076 mills",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Budget director says the plan closes a $38.4 million gap without layoffs",
                "Harlan Oyelaran-Voss",
                "says",
                "W",
            ),
        ],
        [
            ("By Corinne Walthall-Pike", "", "", "B"),
        ],
        [
            (
                "Sept. 18, 2026 at 11:52 p.m. EDT | Updated Sept. 19, 2026 at 8:05 a.m. EDT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share  Facebook  X  Email  Print", "", "", "B"),
        ],
        [
            (
                "Residents wait to speak during the budget hearing at Old City Hall on Thursday evening.",
                "",
                "",
                "",
            ),
        ],
        [
            ("MARCUS DELLAGUARDIA | Sentinel staff", "", "", "B"),
        ],
        [
            (
                "TAMPA — The Tampa City Council voted 5-2 late Thursday to adopt a $2.36 billion budget for the fiscal year that begins Oct. 1, keeping the property tax rate at 6.2076 mills for the fourth year in a row.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The final vote came at 11:40 p.m.", "", "", "W"),
            (
                "More than 90 residents had signed up to speak, and the hearing ran for just over four hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("A mill is $1 of tax for every $1,000 of a property's taxable value.", "", "", "W"),
            (
                "(A home with a taxable value of $250,000 will owe $1,551.90 in city property tax, $96 more than this year because values rose, according to the city's budget office.)",
                "the city's budget office",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Budget director Harlan Oyelaran-Voss said the plan closes a $38.4 million gap without layoffs, largely by leaving 112 vacant positions unfilled and drawing $14 million from reserves.",
                "Harlan Oyelaran-Voss",
                "said",
                "W",
            ),
            (
                "“Nobody enjoyed building this one,” he told the council.",
                "Harlan Oyelaran-Voss",
                "told the council",
                "",
            ),
            (
                "“We cut where it hurt least, and that is still a cut.”",
                "Harlan Oyelaran-Voss",
                "told the council",
                "",
            ),
        ],
        [
            (
                "The police department's budget rises 4.1% to $241.7 million, and Tampa Fire Rescue's rises 6.8% to $158.2 million, including 24 firefighters for a new station at 5110 E. Fletcher Ave.",
                "",
                "",
                "W",
            ),
            ("Construction of the station began in May.", "", "", "W"),
        ],
        [
            (
                "The stormwater assessment rises from $118 to $142 a year for a typical single-family home, the first increase since 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council member Dolores Achterberg-Ruiz, who voted no along with council member Theo Banerjee-Lund, said the fee increase would “land on renters who never see the bill but always pay it.”",
                "Dolores Achterberg-Ruiz",
                "said",
                "",
            ),
            (
                "“Who do you think the landlord passes it to?” she asked.",
                "Dolores Achterberg-Ruiz",
                "asked",
                "",
            ),
        ],
        [
            (
                "In a statement after the vote, Mayor Jeanette Halvorsen-Stroud called the budget “responsible and humane.”",
                "Jeanette Halvorsen-Stroud",
                "called",
                "",
            ),
            (
                "She said the city would hire 60 more police officers over two years if a federal grant comes through.",
                "Jeanette Halvorsen-Stroud",
                "said",
                "",
            ),
        ],
        [
            (
                "Under Florida's truth-in-millage law, a rate above the “rolled-back rate” — the rate that would raise the same property tax revenue as the year before, not counting new construction — must be advertised as a tax increase.",
                "",
                "",
                "W",
            ),
            (
                "This year's rolled-back rate is 5.8931 mills, so the city had to advertise its budget as a 5.3% tax increase.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Paulette Mbeki-Sorensen, who lives off N. Armenia Ave., said her homeowner's insurance premium had doubled since 2023.",
                "Paulette Mbeki-Sorensen",
                "said",
                "",
            ),
            ("“I can't do anything about the insurance.", "Paulette Mbeki-Sorensen", "said", ""),
            (
                "I can do something about this,” she said, holding up a copy of the proposed budget.",
                "Paulette Mbeki-Sorensen",
                "said",
                "",
            ),
        ],
        [
            (
                "The budget sets aside $21.5 million for road resurfacing, most of it under a contract with Suncoast Asphalt Holdings Inc.",
                "",
                "",
                "W",
            ),
            ("The company has held the city's resurfacing contract since 2019.", "", "", "W"),
        ],
        [
            (
                "The draw on reserves leaves the general fund balance at 19.2% of spending, above the 15% floor set by city policy, according to budget documents.",
                "budget documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Analysts at Palmetto Ridge Municipal Advisors said the draw was unlikely to affect the city's AA+ credit rating.",
                "Analysts at Palmetto Ridge Municipal Advisors",
                "said",
                "",
            ),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            ("The budget takes effect Oct. 1.", "", "", "W"),
            (
                "Property tax bills go out in early November, and a 4% discount applies to bills paid by Nov. 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council chair Ignatius Delacorte-Boyd said the council would look at the stormwater fee again before the next budget season.",
                "Ignatius Delacorte-Boyd",
                "said",
                "",
            ),
            ("The council's next regular meeting is Oct. 2 at 9 a.m.", "", "", "W"),
            ("Public comment is limited to three minutes a speaker.", "", "", "W"),
        ],
        [
            ("Corinne Walthall-Pike covers Tampa City Hall.", "", "", "B"),
            ("Reach her at cwalthall@gandybaysentinel.com.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Hillsborough schools approve $4.1 billion spending plan", "", "", "B"),
        ],
        [
            ("© 2026 Gandy Bay Sentinel Media Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of Service | Privacy Policy | Your Privacy Choices", "", "", "B"),
        ],
    ],
    # ca
    [
        [
            ("☰  NICKEL BELT TRIBUNE  🔍", "", "", "B"),
        ],
        [
            ("Read this story in the Tribune app", "", "", "B"),
        ],
        [
            ("OPEN", "", "", "B"),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            (
                "Sudbury care home hit with three compliance orders after resident left on floor for three hours",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Operator says it has retrained night staff and added a second nurse on nights",
                "Laurentide Senior Living Inc.",
                "says",
                "W",
            ),
        ],
        [
            ("Annika Brisebois-Tran", "", "", "B"),
        ],
        [
            ("3 hours ago · 5 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            ("Birchmount Ridge Care Community on Kingsway in Sudbury.", "", "", ""),
        ],
        [
            ("Annika Brisebois-Tran/Tribune", "", "", "B"),
        ],
        [
            (
                "A Sudbury long-term care home has been issued three compliance orders after provincial inspectors found a resident with dementia lay on the floor of her room for about three hours after a fall.",
                "provincial inspectors",
                "found",
                "W",
            ),
        ],
        [
            (
                "The inspection report on Birchmount Ridge Care Community, a 160-bed home run by Laurentide Senior Living Inc., was posted on the Ministry of Long-Term Care's public reporting website on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inspectors visited the home on eight days between Aug. 5 and Aug. 19 and found 14 areas of non-compliance with the Fixing Long-Term Care Act, 2021, according to the report.",
                "the report",
                "according to",
                "W",
            ),
            (
                "Three were serious enough to bring compliance orders, which set a date by which the home must fix the problem; the other 11 brought written notifications.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The resident fell at about 2:10 a.m. on July 27, the report says.",
                "the report",
                "says",
                "W",
            ),
            ("A personal support worker doing rounds found her at 5:05 a.m.", "", "", "W"),
            (
                "She had broken her hip and was taken to Health Sciences North, where she had surgery the same day.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "According to the report, the home's own falls policy requires hourly checks of residents assessed as high risk, and the woman had been assessed as high risk in June.",
                "the report",
                "according to",
                "W",
            ),
            (
                "“Documentation showed checks at 3 a.m. and 4 a.m. as completed; the staff member interviewed by the inspector acknowledged they were not done,” the report says.",
                "the report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Two personal support workers and one registered practical nurse were on duty that night for the 32 residents of the home's second floor, the report found.",
                "the report",
                "found",
                "W",
            ),
        ],
        [
            (
                "Inspectors also found 23 medication incidents in the home in the second quarter, nine of them doses given to the wrong resident.",
                "Inspectors",
                "found",
                "W",
            ),
        ],
        [
            (
                "Compliance order No. 1 requires the home to audit night checks every week for three months and must be complied with by Nov. 14.",
                "",
                "",
                "W",
            ),
            (
                "The other two orders, on medication storage and staff training, must be complied with by Dec. 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement, Laurentide's vice-president of operations, Gregory Nakashima-Bell, said the company had retrained all night staff on falls checks, hired a second registered practical nurse for nights and switched to electronic check logs in September.",
                "Gregory Nakashima-Bell",
                "said",
                "W",
            ),
            (
                "“We are deeply sorry for what this resident and her family went through.",
                "Gregory Nakashima-Bell",
                "said",
                "",
            ),
            ("It should not have happened,” he said.", "Gregory Nakashima-Bell", "said", ""),
        ],
        [
            (
                "Birchmount Ridge is one of 11 Ontario homes run by Laurentide Senior Living Inc.",
                "",
                "",
                "W",
            ),
            ("The company bought it in 2019 from a non-profit board.", "", "", "W"),
        ],
        [
            (
                "The resident's daughter, Marguerite Oduya-Lachance, said she learned how long her mother had been on the floor only when she read the report.",
                "Marguerite Oduya-Lachance",
                "said",
                "",
            ),
            ("“They told us she'd had a fall.", "Marguerite Oduya-Lachance", "said", ""),
            ("Nobody said three hours,” she said.", "Marguerite Oduya-Lachance", "said", ""),
        ],
        [
            (
                "“Three hours on the floor in the dark… and nobody came?” she asked.",
                "Marguerite Oduya-Lachance",
                "asked",
                "",
            ),
        ],
        [
            (
                "Eleanor Whitfield-Dumont, who chairs the advocacy group Residents First Ontario, said understaffing at night was the common thread in the inspection reports her group had read this year.",
                "Eleanor Whitfield-Dumont",
                "said",
                "",
            ),
        ],
        [
            (
                "Ontario's target is an average of four hours of direct care per resident per day, which homes were to reach by March 31, 2025.",
                "",
                "",
                "W",
            ),
            (
                "Birchmount Ridge reported an average of 3 hours 41 minutes in the 2025-26 fiscal year, according to ministry staffing data.",
                "ministry staffing data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The home received two compliance orders in 2024, both on infection control, and both were later marked as complied with.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A ministry spokesperson, Ravi Castellanos-Hughes, said inspectors would return to the home after the orders' deadlines.",
                "Ravi Castellanos-Hughes",
                "said",
                "",
            ),
            (
                "He said the ministry carried out 4,180 inspections of long-term care homes in 2025.",
                "Ravi Castellanos-Hughes",
                "said",
                "W",
            ),
        ],
        [
            ("What can families do?", "", "", ""),
        ],
        [
            (
                "Inspection reports for every home are posted on the ministry's website, usually within weeks of a visit.",
                "",
                "",
                "W",
            ),
            (
                "Families can also call the ministry's Long-Term Care ACTION Line, which takes complaints seven days a week from 8:30 a.m. to 7 p.m.",
                "",
                "",
                "W",
            ),
            (
                "Staff who suspect that a resident has been harmed must report it to the ministry under the act.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Trending in Sudbury", "", "", "B"),
        ],
        [
            ("1. Kingsway resurfacing to close two lanes into November", "", "", "B"),
        ],
        [
            ("2. Ramsey Lake water advisory lifted after nine days", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("We use cookies to personalise content and ads.", "", "", "B"),
            ("By continuing to browse, you agree to our cookie policy.", "", "", "B"),
        ],
        [
            ("GOT IT", "", "", "B"),
        ],
        [
            ("© 2026 Nickel Belt Tribune, a division of Shield Country Media Inc.", "", "", "B"),
        ],
    ],
    # uk
    [
        [
            ("nottinghamlanternpost.co.uk", "", "", "B"),
        ],
        [
            (
                "Knife crime in Nottinghamshire falls 14% as shoplifting reaches record high",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Harriet Oyinlola-Marsh and Declan Pryce-Whitley", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            ("Officers on patrol in Nottingham city centre on Thursday evening.", "", "", ""),
        ],
        [
            ("Image: Lantern Post / Sam Eddowes-Ray", "", "", "B"),
        ],
        [
            (
                "Police recorded 1,118 knife offences in Nottinghamshire in the year to June, down 14% on the year before, according to figures published by the Office for National Statistics on Thursday.",
                "figures published by the Office for National Statistics on Thursday",
                "according to",
                "W",
            ),
            (
                "It is the lowest annual figure for the force area since the year to March 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Total recorded crime fell 3% to 98,406 offences, but shoplifting rose 22% to 9,874, the highest since current records began in 2003.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The main changes, year to June 2026:", "", "", ""),
        ],
        [
            ("• Knife and sharp instrument offences: 1,118, down 14%", "", "", "W"),
        ],
        [
            ("• Shoplifting: 9,874, up 22%", "", "", "W"),
        ],
        [
            ("• Burglary: 5,102, down 6%", "", "", "W"),
        ],
        [
            ("• Violence against the person: 38,260, down 1%", "", "", "W"),
        ],
        [
            ("• Theft from the person: 2,437, up 9%", "", "", "W"),
        ],
        [
            (
                "Chief Constable Miriam Achebe-Lindqvist said the fall in knife crime followed 18 months of extra patrols in six “hotspot” areas of the city, paid for with £2.4m from the Home Office.",
                "Miriam Achebe-Lindqvist",
                "said",
                "W",
            ),
            (
                "“We went where the data told us to go, and we kept going back,” she said.",
                "Miriam Achebe-Lindqvist",
                "said",
                "",
            ),
            (
                "“Young people in St Ann's and Bulwell tell us they feel safer walking home.”",
                "Miriam Achebe-Lindqvist",
                "said",
                "",
            ),
        ],
        [
            (
                "The ONS says police figures can be affected by changes in recording practice and by how willing victims are to report, and that the Crime Survey for England and Wales is a better guide to long-term trends for most offences.",
                "the Office for National Statistics",
                "says",
                "W",
            ),
            (
                "The survey does not produce reliable figures for individual force areas, however.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Obinna Nwachukwu-Birch, who runs three convenience shops in Arnold and Carlton, said he had spent £11,000 on cameras and a door-entry system this year.",
                "Obinna Nwachukwu-Birch",
                "said",
                "",
            ),
            (
                "“They come in at half past nine at night, fill a bag and walk out.",
                "Obinna Nwachukwu-Birch",
                "said",
                "",
            ),
            (
                "What am I supposed to do, rugby tackle them?” he said.",
                "Obinna Nwachukwu-Birch",
                "said",
                "",
            ),
        ],
        [
            (
                "The county's police and crime commissioner, Bernadette Oakes-Mensah, said the force had charged 1,206 people with shoplifting in the year, up from 790.",
                "Bernadette Oakes-Mensah",
                "said",
                "W",
            ),
            (
                "She said she would ask the chief constable to set up a dedicated retail crime team.",
                "Bernadette Oakes-Mensah",
                "said",
                "",
            ),
        ],
        [
            (
                "Some 41% of 212 shops in the county had been targeted more than once a week in the past year, according to a survey by the security firm Trentside Guarding Ltd.",
                "a survey by the security firm Trentside Guarding Ltd.",
                "according to",
                "W",
            ),
            ("The firm supplies guards to several of the shops it surveyed.", "", "", "W"),
        ],
        [
            (
                "Read more: Shoplifters who steal under £200 ‘rarely see court’, MPs told",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Councillor Ewan Fairbairn-Adewale, who chairs the city council's community safety committee, said the figures were “welcome but fragile”.",
                "Ewan Fairbairn-Adewale",
                "said",
                "",
            ),
        ],
        [
            (
                "Across England and Wales, police recorded 49,870 knife offences in the year to June, down 4%, the ONS said.",
                "the Office for National Statistics",
                "said",
                "W",
            ),
        ],
        [
            (
                "Admissions to the Queen's Medical Centre for assault with a sharp object fell from 96 to 81 over the same period, according to NHS data obtained by the Lantern Post.",
                "NHS data obtained by the Lantern Post",
                "according to",
                "W",
            ),
        ],
        [
            (
                "On Thursday evening in Bulwell, a handful of teenagers sat on the wall outside the library as a patrol car rolled past for the third time in an hour.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Why has knife crime fallen?", "", "", ""),
        ],
        [
            (
                "Dr Crispin Ekwueme-Hart, a criminologist at Nottingham Trent University, said hotspot patrols had a good record in studies abroad but that one year's figures could not show they had worked here.",
                "Crispin Ekwueme-Hart",
                "said",
                "",
            ),
            ("“A 14% fall is real, but it is one year.", "Crispin Ekwueme-Hart", "said", ""),
            ("Ask me again in 2028,” he said.", "Crispin Ekwueme-Hart", "said", ""),
        ],
        [
            ("The next quarterly figures are due to be published on 23 January.", "", "", "W"),
        ],
        [
            ("Topics: Crime · Nottingham · Policing", "", "", "B"),
        ],
    ],
    # ie
    [
        [
            ("THE LIFFEY RECORD", "", "", "B"),
        ],
        [
            ("News  Sport  Business  Opinion  Life & Style  Culture  Podcasts", "", "", "B"),
        ],
        [
            ("Subscribe | Sign In", "", "", "B"),
        ],
        [
            ("News › Courts", "", "", "B"),
        ],
        [
            (
                "High Court quashes permission for 14-turbine Clare wind farm over hen harrier assessment",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judge finds planning body did not remove scientific doubt about effects on a protected colony",
                "Deirdre Fennelly-Quaid",
                "finds",
                "W",
            ),
        ],
        [
            ("Síle Ní Bhraonáin-Hynes, Legal Affairs Correspondent", "", "", "B"),
        ],
        [
            ("Fri Oct 23 2026 - 17:48", "", "", "B"),
        ],
        [
            ("Share  Email  Print", "", "", "B"),
        ],
        [
            (
                "Members of the Slieve Callan Residents' Alliance outside the Four Courts in Dublin on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photograph: Eamonn Tiernan-Quill", "", "", "B"),
        ],
        [
            (
                "The High Court has quashed planning permission for a 14-turbine wind farm near Ennistymon, Co. Clare, finding that the planning appeals body did not properly assess its effect on a protected colony of hen harriers.",
                "The High Court",
                "finding",
                "W",
            ),
        ],
        [
            (
                "Ms Justice Deirdre Fennelly-Quaid ruled on Friday that An Coimisiún Pleanála had not carried out an adequate appropriate assessment under the EU Habitats Directive before the permission was granted in March 2025.",
                "Deirdre Fennelly-Quaid",
                "ruled",
                "W",
            ),
        ],
        [
            ("The permission had been granted to Atlantic Ridge Renewables Ltd.", "", "", "W"),
            (
                "The company, a subsidiary of a Dutch energy group, planned to build turbines up to 178 metres tall on 420 hectares of upland forestry.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The challenge was brought by the Slieve Callan Residents' Alliance, which represents 46 households, and by a local farmer, Pádraig Considine-Moran.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a 62-page judgment, the judge said the inspector had relied on bird surveys from 2019 and 2020, “at a time when, on the evidence before the board itself, the colony had not yet moved to the northern slopes”.",
                "Deirdre Fennelly-Quaid",
                "said",
                "W",
            ),
            (
                "“The board cannot be said to have removed all reasonable scientific doubt about effects it did not examine,” she wrote.",
                "Deirdre Fennelly-Quaid",
                "wrote",
                "W",
            ),
            (
                "She rejected two other grounds of challenge, on noise and on public consultation.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under s. 50 of the Planning and Development Act 2000, a challenge to a planning decision must be brought within eight weeks, and the court must first find that there are substantial grounds for it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The judge awarded the residents their costs against the commission, which had defended the decision; Atlantic Ridge, a notice party, was left to bear its own costs.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside the Four Courts, the alliance's chairwoman, Bríd Hogan-Tierney, said the group had raised €38,000 towards its legal bills through cake sales, a sponsored walk and a credit union loan.",
                "Bríd Hogan-Tierney",
                "said",
                "",
            ),
            ("“Were we nervous?", "Bríd Hogan-Tierney", "said", ""),
            ("Of course we were.", "Bríd Hogan-Tierney", "said", ""),
            (
                "We are farmers and nurses and retired teachers, not barristers!” she said.",
                "Bríd Hogan-Tierney",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, Atlantic Ridge said it was “disappointed” and was studying the judgment with its lawyers.",
                "Atlantic Ridge Renewables Ltd.",
                "said",
                "",
            ),
            (
                "It said the wind farm would have supplied the equivalent of 61,000 homes and paid €4.2m into a community benefit fund over 15 years.",
                "Atlantic Ridge Renewables Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The commission said it would consider the judgment and had no further comment.",
                "The commission",
                "said",
                "",
            ),
        ],
        [
            (
                "An appeal to the Court of Appeal is possible only if the High Court certifies that its decision involves a point of law of exceptional public importance.",
                "",
                "",
                "W",
            ),
            (
                "The judge will hear any application for a certificate on November 13th.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Windpower Éireann, an industry group, says permissions for wind farms have been quashed in 11 judicial reviews since 2020.",
                "Windpower Éireann",
                "says",
                "W",
            ),
            (
                "Its chief executive, Fionnuala Breathnach-Lowe, said the ruling showed the planning system was “broken at the front end” and needed more ecologists.",
                "Fionnuala Breathnach-Lowe",
                "said",
                "",
            ),
        ],
        [
            (
                "The hen harrier is listed in Annex I of the EU Birds Directive, and Ireland has designated six special protection areas for it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr Considine-Moran, whose land borders the site in Co. Clare, said he had counted four nesting pairs on the northern slopes this summer.",
                "Pádraig Considine-Moran",
                "said",
                "",
            ),
            ("“I'm not against wind.", "Pádraig Considine-Moran", "said", ""),
            (
                "I'm against putting it where the birds are,” he said.",
                "Pádraig Considine-Moran",
                "said",
                "",
            ),
        ],
        [
            ("What happens to the project now?", "", "", ""),
        ],
        [
            (
                "The order sends the application back to the commission, which can decide it again after a fresh assessment; the developer can also lodge a new application.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Slieve Callan Residents' Alliance v An Coimisiún Pleanála [2026] IEHC 587",
                "",
                "",
                "B",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1. Cork city rents rise for 19th consecutive quarter", "", "", "B"),
        ],
        [
            ("2. Dublin Port Tunnel to close overnight for four weeks", "", "", "B"),
        ],
        [
            ("© 2026 Liffey Record Media Ltd.", "", "", "B"),
            ("Registered in Ireland No. 517422.", "", "", "B"),
        ],
    ],
    # au
    [
        [
            ("MERIDIAN NEWS", "", "", "B"),
        ],
        [
            ("Just In  Australia  World  Business  Health  Science  Sport  Analysis", "", "", "B"),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            (
                "Emergency visits for kidney problems rise 11 per cent on days above 35C in Queensland",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By health reporter Tamsin Oduwole-Reilly", "", "", "B"),
        ],
        [
            ("Posted Wed 11 Nov 2026 at 5:00am, updated Wed 11 Nov 2026 at 7:41am", "", "", "B"),
        ],
        [
            (
                "An older woman drinks water in the shade of a bus shelter in Brisbane's CBD during January's heatwave.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(Meridian News: Jarrah Pemberton-Kiely)", "", "", "B"),
        ],
        [
            ("Key points:", "", "", "B"),
        ],
        [
            (
                "Researchers analysed 1.2 million emergency presentations to 27 Queensland public hospitals between 2014 and 2024",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kidney-related presentations were 11 per cent higher on days above 35C, and 19 per cent higher among patients aged 75 and over",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The lead author says GPs should review fluid and medication advice for older patients before summer",
                "Keziah Montgomery-Iwu",
                "says",
                "",
            ),
        ],
        [
            (
                "Emergency department presentations for kidney problems in Queensland rise by about 11 per cent on days when the temperature passes 35 degrees, a study of more than a decade of hospital records has found.",
                "a study of more than a decade of hospital records",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The researchers, led by a team at the University of Queensland, analysed 1,204,518 presentations to 27 public hospitals between January 2014 and December 2024, matching each to the maximum temperature recorded that day at the nearest Bureau of Meteorology station.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Presentations for acute kidney injury, kidney stones and urinary tract infections were 11 per cent higher on days above 35C than on days between 20C and 25C (relative risk 1.11, 95% CI 1.08–1.14).",
                "",
                "",
                "W",
            ),
            ("Among patients aged 75 and over, the rise was 19 per cent.", "", "", "W"),
        ],
        [
            (
                "The findings were published today in the Journal of Australasian Climate and Health.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lead author Dr Keziah Montgomery-Iwu, an epidemiologist at the University of Queensland's School of Public Health, said dehydration was the most likely explanation.",
                "Keziah Montgomery-Iwu",
                "said",
                "",
            ),
            (
                "“Older people often have a blunted sense of thirst, and many take medicines such as diuretics that make dehydration more likely,” she said.",
                "Keziah Montgomery-Iwu",
                "said",
                "W",
            ),
            (
                "“By the time they feel unwell, the damage has often started.”",
                "Keziah Montgomery-Iwu",
                "said",
                "",
            ),
        ],
        [
            (
                "She said GPs should review fluid and medication advice for patients over 75 before summer, e.g. whether a diuretic dose could be lowered on very hot days.",
                "Keziah Montgomery-Iwu",
                "said",
                "",
            ),
        ],
        [
            (
                "The extra presentations on hot days cost the state's public hospitals about $4.6 million a year, the researchers estimated.",
                "the researchers",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "The study could not show that heat caused the extra presentations, and it did not include private hospitals, which see about a third of Queensland's emergency patients, the authors note.",
                "the authors",
                "note",
                "W",
            ),
        ],
        [
            (
                "The study was funded by the National Health and Medical Research Council, and one author reported consulting fees from Coralbay Therapeutics Pty Ltd.",
                "",
                "",
                "W",
            ),
            ("The other five authors declared no conflicts of interest.", "", "", "W"),
        ],
        [
            (
                "Prof. Lachlan Ferrier-Wanganeen, a kidney specialist at the Royal Brisbane and Women's Hospital who was not involved in the study, said the results matched what clinicians saw every summer.",
                "Lachlan Ferrier-Wanganeen",
                "said",
                "",
            ),
            (
                "“Every heatwave we get a wave of older patients with their creatinine through the roof.",
                "Lachlan Ferrier-Wanganeen",
                "said",
                "",
            ),
            ("Are we surprised?", "Lachlan Ferrier-Wanganeen", "said", ""),
            ("Not in the least,” he said.", "Lachlan Ferrier-Wanganeen", "said", ""),
        ],
        [
            (
                "Brisbane recorded 14 days above 35C in the summer of 2023–24, against an average of four a year between 1991 and 2020, according to the Bureau of Meteorology.",
                "the Bureau of Meteorology",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Maureen Tulloch-Ngata, 81, of Ipswich, spent two nights in hospital in January after her daughter found her confused and dizzy in her kitchen.",
                "",
                "",
                "",
            ),
            (
                "“I'd had a cup of tea at breakfast and nothing else all day.",
                "Maureen Tulloch-Ngata",
                "said",
                "",
            ),
            ("I just didn't feel thirsty,” she said.", "Maureen Tulloch-Ngata", "said", ""),
        ],
        [
            (
                "A Queensland Health spokeswoman said the department would consider the findings when it updates its heatwave plan next year.",
                "A Queensland Health spokeswoman",
                "said",
                "",
            ),
        ],
        [
            ("How can you stay safe in the heat?", "", "", ""),
        ],
        [
            (
                "Health authorities advise drinking water regularly even when you do not feel thirsty, avoiding alcohol, and checking on elderly neighbours during heatwaves.",
                "Health authorities",
                "advise",
                "",
            ),
            (
                "Anyone who is confused, passing very little urine or passing dark urine should see a doctor.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Journal reference: Montgomery-Iwu K, Tjandra H, Pallister R, et al. Extreme heat and kidney-related emergency presentations in Queensland, 2014–2024. J Australas Clim Health. 2026;8(4):211-219.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related stories", "", "", "B"),
        ],
        [
            (
                "Heatwave warning for south-east Queensland as temperatures tipped to reach 41C",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Why older Australians are more vulnerable in extreme heat", "", "", "B"),
        ],
        [
            ("Contact Meridian News", "", "", "B"),
        ],
        [
            (
                "We acknowledge Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn and work.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Meridian News Australia Pty Ltd", "", "", "B"),
        ],
    ],
    # in
    [
        [
            ("CHAMUNDI CHRONICLE", "", "", "B"),
        ],
        [
            ("e-Paper | Subscribe | Sign In", "", "", "B"),
        ],
        [
            ("India  Karnataka  Mysuru  Business  Sport  Opinion  Entertainment", "", "", "B"),
        ],
        [
            ("Karnataka › Mysuru", "", "", "B"),
        ],
        [
            (
                "Congress wins 34 of 65 wards, gets majority on its own in Mysuru City Corporation",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BJP wins 21 wards, JD(S) seven; turnout slips to 51.3%", "", "", "W"),
        ],
        [
            ("Staff Correspondent", "", "", "B"),
        ],
        [
            ("MYSURU, December 16, 2026 21:40 IST", "", "", "B"),
        ],
        [
            ("Updated - December 17, 2026 06:12 IST", "", "", "B"),
        ],
        [
            ("Share  WhatsApp  X  Facebook  Email", "", "", "B"),
        ],
        [
            (
                "Congress workers celebrate outside a counting centre in Mysuru on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Special Arrangement", "", "", "B"),
        ],
        [
            (
                "The Congress won 34 of the 65 wards of the Mysuru City Corporation in results declared on Wednesday, giving it a majority on its own in the council for the first time since 2008.",
                "",
                "",
                "W",
            ),
            (
                "The BJP won 21 wards, the Janata Dal (Secular) seven and independents three.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Turnout was 51.3%, down from 54.8% in 2018, according to the State Election Commission.",
                "the State Election Commission",
                "according to",
                "W",
            ),
        ],
        [
            ("Counting began at 8 a.m.", "", "", "W"),
            (
                "Postal ballots were counted first, followed by the electronic voting machines, ward by ward.",
                "",
                "",
                "W",
            ),
            (
                "The first result came at 10.20 a.m. and the last, from Ward No. 57, at 6.45 p.m. after a recount.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Congress candidate M. N. Tejaswini Aradhya won Ward No. 57 (Vijayanagar) by 14 votes over the BJP's Pradeep Kalasapura, the narrowest margin in the city.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The returning officer, R. Vasanthakumari, said the recount was ordered after Mr. Kalasapura's agent pointed out a gap of 22 votes between the count recorded in Form 17C and the machine count at one booth.",
                "R. Vasanthakumari",
                "said",
                "W",
            ),
            (
                "She said the recount confirmed the original result.",
                "R. Vasanthakumari",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mr. Kalasapura said he would challenge the result in the High Court.",
                "Pradeep Kalasapura",
                "said",
                "",
            ),
            (
                "“How can 22 votes go missing and then turn up again?” he asked.",
                "Pradeep Kalasapura",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Congress's city unit president, Dr. Farzana Begum Kittur, said the result was a vote for the State government's guarantee schemes.",
                "Farzana Begum Kittur",
                "said",
                "",
            ),
            (
                "“People have seen free bus travel for women and Rs. 2,000 a month for every woman head of a family.",
                "Farzana Begum Kittur",
                "said",
                "",
            ),
            (
                "They voted for what they can hold in their hands!” she said.",
                "Farzana Begum Kittur",
                "said",
                "",
            ),
        ],
        [
            (
                "JD(S) district president Chikkanna Hosahalli said the party had lost wards in the old city because its voters had been “taken for granted by our own leaders”.",
                "Chikkanna Hosahalli",
                "said",
                "",
            ),
        ],
        [
            ("NOTA polled 6,214 votes across the city, or 1.9% of the votes cast.", "", "", "W"),
            (
                "Women won 36 of the 65 wards, three more than the 33 reserved for them.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Mayor and Deputy Mayor will be elected at the council's first meeting on January 6, and the Mayor's post is reserved for a woman from the Backward Classes category this term.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The State Election Commission had capped spending at Rs. 5 lakh per candidate, and every candidate must file an account of expenses within 30 days of the results.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "During the campaign, flying squads seized cash, liquor, saris, pressure cookers, etc.",
                "",
                "",
                "W",
            ),
            (
                "The seizures were worth Rs. 1.86 crore, the district administration said.",
                "the district administration",
                "said",
                "W",
            ),
        ],
        [
            ("The voting machines were supplied by Bharat Electronics Ltd.", "", "", "W"),
            (
                "Each of the 812 polling stations had one machine in use and one in reserve.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside one counting centre, party workers burst crackers and smeared each other with gulal as the results came in.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Party position (65 wards)", "", "", "B"),
        ],
        [
            ("Party | Won | 2018", "", "", "B"),
        ],
        [
            ("Congress | 34 | 19", "", "", ""),
        ],
        [
            ("BJP | 21 | 22", "", "", ""),
        ],
        [
            ("JD(S) | 7 | 18", "", "", ""),
        ],
        [
            ("BSP | 0 | 1", "", "", ""),
        ],
        [
            ("Independents | 3 | 5", "", "", ""),
        ],
        [
            ("Source: State Election Commission", "", "", "B"),
        ],
        [
            ("Why did turnout fall?", "", "", ""),
        ],
        [
            (
                "Deputy Commissioner Rekha Basavaraju said the fall was partly due to the removal of about 38,000 duplicate and dead voters' names from the rolls during a revision in August.",
                "Rekha Basavaraju",
                "said",
                "W",
            ),
            (
                "She said turnout in the 12 wards with the most apartment complexes averaged 39.6%.",
                "Rekha Basavaraju",
                "said",
                "W",
            ),
        ],
        [
            (
                "Political analyst Prof. Anand Sathyanarayan Holalkere said low turnout in middle-class wards had helped the Congress, whose voters in the old city turned out in larger numbers.",
                "Anand Sathyanarayan Holalkere",
                "said",
                "",
            ),
        ],
        [
            ("Published - December 16, 2026 09:40 pm IST", "", "", "B"),
        ],
        [
            ("Read Comments", "", "", "B"),
        ],
        [
            ("Related Topics", "", "", "B"),
        ],
        [
            ("Mysuru / local elections / Karnataka", "", "", "B"),
        ],
        [
            ("Copyright © 2026, Chamundi Chronicle Pvt. Ltd.", "", "", "B"),
        ],
    ],
    # ph
    [
        [
            ("☰  INTRAMUROS TIMES  BUSINESS", "", "", "B"),
        ],
        [
            ("Home › Corporate News", "", "", "B"),
        ],
        [
            ("Kalayaan Retail's third-quarter profit rises 12.4% to P3.86 billion", "", "", "W"),
        ],
        [
            (
                "Chief executive says new convenience stores south of Manila drove the growth",
                "Ma. Celestina Buenaflor-Ocampo",
                "says",
                "W",
            ),
        ],
        [
            ("Rhea Lacsamana-Tuazon", "", "", "B"),
        ],
        [
            ("November 11, 2026 | 12:05 am", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  Viber  Email", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "MANILA — Kalayaan Retail Group Inc. said its net income rose 12.4% to P3.86 billion in the third quarter, helped by longer store hours and lower interest costs.",
                "Kalayaan Retail Group Inc.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Revenue rose 7.9% to P58.2 billion, the company said in a disclosure to the Philippine Stock Exchange on Tuesday.",
                "the company",
                "said in a disclosure to the Philippine Stock Exchange",
                "W",
            ),
        ],
        [
            ("The company filed the disclosure after the market closed at 3 p.m.", "", "", "W"),
            (
                "Its shares rose 3.2% to P24.85 on Wednesday, their biggest one-day gain since March.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "For the first nine months, net income was P10.47 billion, up 9.8% from a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Same-store sales, i.e. sales at branches open for at least a year, grew 4.1% in the quarter, against 5.6% a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Supermarkets brought in 61% of revenue, convenience stores 27% and drugstores the rest.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "President and chief executive Ma. Celestina Buenaflor-Ocampo said most of the quarter's growth came from 38 new convenience stores in Cavite, Laguna and Batangas and from round-the-clock opening at 112 supermarkets.",
                "Ma. Celestina Buenaflor-Ocampo",
                "said",
                "W",
            ),
            (
                "“We followed the commuters,” she told analysts in a briefing.",
                "Ma. Celestina Buenaflor-Ocampo",
                "told analysts in a briefing",
                "",
            ),
            (
                "“When people moved south, we moved south.”",
                "Ma. Celestina Buenaflor-Ocampo",
                "told analysts in a briefing",
                "",
            ),
        ],
        [
            (
                "The company raised its capital spending budget for the year to P12.5 billion from P11 billion.",
                "",
                "",
                "W",
            ),
            (
                "It has opened 121 of the 160 stores planned for 2026, including a 6,000-square-metre supermarket in Sta. Rosa, Laguna, its largest outside Metro Manila.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The board declared a regular cash dividend of P0.42 a share, payable on Dec. 9 to shareholders of record as of Nov. 18.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Chief financial officer Renato Villaseñor-Cruz Jr. said the company expected full-year net income to grow “in the low double digits.”",
                "Renato Villaseñor-Cruz Jr.",
                "said",
                "",
            ),
            (
                "He said finance costs fell 14% to P612 million after the company repaid P8 billion in bank loans in June with the proceeds of a bond sale.",
                "Renato Villaseñor-Cruz Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gross margin widened to 22.7% from 21.9%, which the company attributed to a higher share of private-label goods.",
                "the company",
                "attributed",
                "W",
            ),
        ],
        [
            (
                "Analysts at Escolta Securities Inc. said the quarterly profit beat their estimate of P3.61 billion.",
                "Analysts at Escolta Securities Inc.",
                "said",
                "W",
            ),
            (
                "“The margin story is better than we thought.",
                "Josefina Dimaculangan-Reyes",
                "said",
                "",
            ),
            (
                "Can they keep it when rice prices go up again?",
                "Josefina Dimaculangan-Reyes",
                "said",
                "",
            ),
            (
                "That is the question for 2027,” said Escolta analyst Josefina Dimaculangan-Reyes.",
                "Josefina Dimaculangan-Reyes",
                "said",
                "",
            ),
        ],
        [
            (
                "Headline inflation averaged 2.4% in the third quarter, according to the Philippine Statistics Authority.",
                "the Philippine Statistics Authority",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Rival Tala-Dagat Stores Corp. reported a 3.1% rise in quarterly net income last week.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What's next for the stock?", "", "", ""),
        ],
        [
            ("Of 14 analysts who cover the stock, 11 rate it a buy and three a hold.", "", "", "W"),
            (
                "The company's annual stockholders' meeting is set for May 28, 2027 in Pasay City.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related: Tala-Dagat Stores posts 3.1% profit growth in third quarter", "", "", "B"),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Intramuros Times Publishing Co., Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # ke
    [
        [
            ("☰  THE RIFT POST  🔍", "", "", "B"),
        ],
        [
            ("Get the Rift Post app", "", "", "B"),
        ],
        [
            ("NEWS · NAIROBI", "", "", "B"),
        ],
        [
            (
                "Nairobi water rationing extended to 28 more estates as Ndakaini Dam falls to 41 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Water company says supply will return to normal only after the long rains",
                "The Nairobi City Water and Sewerage Company",
                "says",
                "",
            ),
        ],
        [
            ("By Wairimu Ng'ang'a-Otieno", "", "", "B"),
        ],
        [
            ("2 hrs ago · 4 min read", "", "", "B"),
        ],
        [
            (
                "Residents of South B queue to fill jerrycans from a water bowser on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | BRIAN OCHIENG-MUTUA | RIFT POST", "", "", "B"),
        ],
        [
            (
                "The Nairobi City Water and Sewerage Company (NCWSC) has extended water rationing to 28 more estates from Monday, as the level of Ndakaini Dam, the source of about 84 per cent of the city's water, fell to 41 per cent.",
                "",
                "",
                "W",
            ),
            (
                "The dam was 63 per cent full at the same time last year, the company said in a notice on Friday.",
                "the company",
                "said in a notice",
                "W",
            ),
            (
                "Daily production has fallen from 750,000 cubic metres to 526,000 cubic metres, against demand of about 910,000 cubic metres, it said.",
                "The Nairobi City Water and Sewerage Company",
                "said",
                "W",
            ),
        ],
        [
            ("The new schedule, zone by zone:", "", "", ""),
        ],
        [
            (
                "• Kileleshwa, Lavington and Kilimani: Mondays and Thursdays, 5 a.m. to 6 p.m.;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• South B, South C and Nairobi West: Tuesdays and Fridays, 4 a.m. to 4 p.m.;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Kasarani, Roysambu and Zimmerman: Wednesdays and Saturdays, 5 a.m. to 2 p.m.;",
                "",
                "",
                "W",
            ),
        ],
        [
            ("• Embakasi, Pipeline and Utawala: Sundays only, 4 a.m. to 10 p.m.", "", "", "W"),
        ],
        [
            (
                "Hospitals, schools and the area around Kenyatta National Hospital are exempt, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Managing director Eng. Nahashon Kiprotich-Wambua said the shortfall was caused by the failure of the October–December short rains, with the Aberdares catchment receiving 38 per cent of its normal rainfall.",
                "Nahashon Kiprotich-Wambua",
                "said",
                "W",
            ),
            (
                "“We are not rationing because we want to.",
                "Nahashon Kiprotich-Wambua",
                "told journalists",
                "",
            ),
            (
                "We are rationing because the dam is half empty,” he told journalists in Nairobi.",
                "Nahashon Kiprotich-Wambua",
                "told journalists",
                "",
            ),
            (
                "He said supply would return to normal only after the long rains, which the Kenya Meteorological Department expects from late March.",
                "Nahashon Kiprotich-Wambua",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "The company has sent 40 water bowsers to estates on the schedule, and residents can request one by calling 0800 721 300, a toll-free line.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Private vendors in Kileleshwa were charging Sh3,500 for a 10,000-litre tank on Saturday, up from Sh2,200 in October, according to three vendors interviewed by the Rift Post.",
                "three vendors interviewed by the Rift Post",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Wanjiru Kamau-Odhiambo, a mother of three in South B, said she had been buying drinking water in 20-litre bottles for two weeks.",
                "Wanjiru Kamau-Odhiambo",
                "said",
                "",
            ),
            ("“We wake up at 4 a.m.", "Wanjiru Kamau-Odhiambo", "said", ""),
            (
                "That is when the taps are supposed to run, but some days nothing comes at all,” she said.",
                "Wanjiru Kamau-Odhiambo",
                "said",
                "",
            ),
        ],
        [
            (
                "Under rules set by the Water Services Regulatory Board, utilities must publish a rationing schedule at least 48 hours before it takes effect and must give priority to hospitals and schools.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company's domestic tariff is Sh128 per cubic metre for the first six cubic metres a month; a sewer charge of 75 per cent of the water bill is added for connected homes.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County executive for water Ruth Achieng-Mbugua said the county would sink 15 boreholes in informal settlements by June.",
                "Ruth Achieng-Mbugua",
                "said",
                "",
            ),
            (
                "She said the county had cut 2,340 illegal connections since January, which the company says account for much of the 38 per cent of its water that is never billed.",
                "Ruth Achieng-Mbugua",
                "said",
                "W",
            ),
        ],
        [
            (
                "Embakasi East MP Peter Odera-Kimani said the schedule “favours the leafy suburbs”.",
                "Peter Odera-Kimani",
                "said",
                "",
            ),
            (
                "“Why should Kileleshwa get two days a week and Embakasi one?” he asked.",
                "Peter Odera-Kimani",
                "asked",
                "",
            ),
        ],
        [
            ("How long will rationing last?", "", "", ""),
        ],
        [
            (
                "The company said it would review the schedule every two weeks, with the first review on February 2.",
                "the company",
                "said",
                "W",
            ),
            (
                "Customers can check their zone's supply days on the company's website or by texting the word MAJI to 20022.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("1. Matatu fares up Sh20 on Thika Road after fuel review", "", "", "B"),
        ],
        [
            ("2. Ruiru man jailed 10 years over stolen transformer", "", "", "B"),
        ],
        [
            ("Back to top ↑", "", "", "B"),
        ],
        [
            ("© 2026 Rift Post Media Ltd.", "", "", "B"),
        ],
    ],
    # pk
    [
        [
            ("THE INDUS DISPATCH", "", "", "B"),
        ],
        [
            ("Home  Pakistan  World  Business  Sport  Opinion  Magazine  E-Paper", "", "", "B"),
        ],
        [
            ("Pakistan › Sindh", "", "", "B"),
        ],
        [
            ("Jacobabad sizzles at 52.9°C, its hottest May day on record", "", "", "W"),
        ],
        [
            (
                "Met department says mercury crossed 50°C at 11 stations in Sindh and Balochistan",
                "the Pakistan Meteorological Department",
                "says",
                "W",
            ),
        ],
        [
            ("Shafqat Hussain Marri", "", "", "B"),
        ],
        [
            ("Published May 26, 2026 Updated about 4 hours ago", "", "", "B"),
        ],
        [
            ("Facebook  X  WhatsApp  Email", "", "", "B"),
        ],
        [
            (
                "A labourer pours water over his head at a brick kiln on the outskirts of Jacobabad on Monday.",
                "",
                "",
                "",
            ),
            ("— Photo by author", "", "", "B"),
        ],
        [
            (
                "JACOBABAD: The temperature in Jacobabad reached 52.9°C on Monday afternoon, the highest for any day in May since the town's observatory opened in 1931, the Pakistan Meteorological Department (PMD) said.",
                "the Pakistan Meteorological Department",
                "said",
                "W",
            ),
            ("The reading was taken at 3:40pm.", "", "", "W"),
            ("The previous May record, 52.1°C, was set on May 27, 2018.", "", "", "W"),
        ],
        [
            (
                "Temperatures crossed 50°C at 11 stations in Sindh and Balochistan on Monday, including Dadu (51.6°C), Mohenjo-daro (51.4°C) and Turbat (50.8°C), it said.",
                "the Pakistan Meteorological Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief meteorologist Dr Hina Rasheed-Qadri said a high-pressure system over southern Balochistan and the absence of sea breezes from the Arabian Sea had kept night-time temperatures above 35°C for six days running.",
                "Hina Rasheed-Qadri",
                "said",
                "W",
            ),
            ("“The nights are the problem.", "Hina Rasheed-Qadri", "said", ""),
            (
                "When it does not cool below 35 degrees at night, the body never gets a chance to recover,” she said.",
                "Hina Rasheed-Qadri",
                "said",
                "",
            ),
        ],
        [
            (
                "The department expects the heatwave to last until Friday, with temperatures 6°C to 8°C above normal.",
                "The department",
                "expects",
                "",
            ),
        ],
        [
            (
                "At least 14 people have died of heatstroke in Sindh since Wednesday, according to the provincial health department.",
                "the provincial health department",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Dr Iftikhar Ali Soomro, the medical superintendent of the Civil Hospital in Jacobabad, said the hospital had treated 312 patients for heat-related illness between Thursday and Monday.",
                "Iftikhar Ali Soomro",
                "said",
                "W",
            ),
            (
                "“Most came in after working outdoors between noon and 4pm… labourers, rickshaw drivers, farm hands,” he said.",
                "Iftikhar Ali Soomro",
                "said",
                "",
            ),
        ],
        [
            (
                "Power cuts of up to 12 hours a day in parts of Jacobabad and Shikarpur added to the strain, residents said.",
                "residents",
                "said",
                "W",
            ),
            (
                "The Sukkur Electric Power Company (Sepco) said the longest cuts were limited to feeders where more than 60% of electricity was lost to theft or unpaid bills.",
                "The Sukkur Electric Power Company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Sindh government has ordered schools in 14 districts to close from May 27 to June 3; examinations set for those dates have been moved to June 10.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The provincial disaster management authority said it had set up 96 heatstroke centres in hospitals and along highways, each stocked with ice, oral rehydration salts and water coolers.",
                "The provincial disaster management authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Abdul Sattar Jakhrani, 46, who loads bricks at a kiln outside the city, said he had stopped work at 11am and lost half his daily wage of Rs1,400.",
                "Abdul Sattar Jakhrani",
                "said",
                "",
            ),
            (
                "“If I stay at home, who will feed my children?” he asked.",
                "Abdul Sattar Jakhrani",
                "asked",
                "",
            ),
        ],
        [
            ("Is this climate change?", "", "", ""),
        ],
        [
            (
                "Dr Farah Naz Qureshi, a climate scientist at Quaid-i-Azam University in Islamabad, said no single day's heat could be blamed on climate change without a formal attribution study.",
                "Farah Naz Qureshi",
                "said",
                "",
            ),
            (
                "She said Jacobabad had recorded at least one day above 50°C in 17 of the past 20 years, against five in the 20 years before that.",
                "Farah Naz Qureshi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The PMD advised people to stay indoors between 11am and 4pm, to drink water often and to keep livestock in the shade.",
                "the Pakistan Meteorological Department",
                "advised",
                "",
            ),
        ],
        [
            ("Highest temperatures on Monday (°C)", "", "", "B"),
        ],
        [
            ("Station | Monday | May record", "", "", "B"),
        ],
        [
            ("Jacobabad | 52.9 | 52.9", "", "", ""),
        ],
        [
            ("Dadu | 51.6 | 52.0", "", "", ""),
        ],
        [
            ("Mohenjo-daro | 51.4 | 53.5", "", "", ""),
        ],
        [
            ("Turbat | 50.8 | 53.7", "", "", ""),
        ],
        [
            ("Sibi | 50.6 | 52.4", "", "", ""),
        ],
        [
            ("Source: Pakistan Meteorological Department", "", "", "B"),
        ],
        [
            ("Published in The Indus Dispatch, May 27th, 2026", "", "", "B"),
        ],
        [
            ("Follow The Indus Dispatch on WhatsApp", "", "", "B"),
        ],
        [
            ("Comments (12)", "", "", "B"),
        ],
        [
            ("© 2026 Indus Dispatch Media (Pvt.) Ltd.", "", "", "B"),
        ],
    ],
    # fj
    [
        [
            ("THE CORAL COAST MAIL", "", "", "B"),
        ],
        [
            ("News  Business  Sport  Viti Levu  Vanua Levu  Opinion  Classifieds", "", "", "B"),
        ],
        [
            ("Sport › Rugby", "", "", "B"),
        ],
        [
            (
                "Nadroga end 12-year wait with 31-24 Skipper Cup final win over Naitasiri",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Replacement hooker scores the winning try with three minutes left in front of 18,240 at Churchill Park",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Litia Naisoro-Whippy", "", "", "B"),
        ],
        [
            ("Sunday, October 4, 2026 – 8:15pm", "", "", "B"),
        ],
        [
            ("Share on Facebook | Share on X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Nadroga players lift the Skipper Cup at Churchill Park in Lautoka on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: SEMI NAWALOWALO-TIKO", "", "", "B"),
        ],
        [
            (
                "LAUTOKA — Nadroga won the Skipper Cup for the first time since 2014 on Saturday, beating Naitasiri 31-24 in the final at Churchill Park.",
                "",
                "",
                "W",
            ),
            (
                "Replacement hooker Samisoni Tuiqere-Vula scored the winning try in the 77th minute, five minutes after coming on.",
                "",
                "",
                "W",
            ),
            (
                "The crowd of 18,240 was the largest for a domestic final in Lautoka, according to the Fiji Rugby Union.",
                "the Fiji Rugby Union",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Naitasiri led 17-10 at half-time after tries by winger Apenisa Raivalu-Koroi and flanker Mosese Vuniwai-Tora, and had 58% of possession in the first half.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At half-time, Nadroga coach Isireli Matanatabu-Seru moved lock Vereniki Cakaunitabua to No. 8.",
                "",
                "",
                "W",
            ),
            (
                "Cakaunitabua carried 14 times for 96 metres in the second half and scored the try that levelled the match at 17-17 in the 52nd minute.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("“We were losing every collision.", "Isireli Matanatabu-Seru", "said", ""),
            (
                "Vereniki is our heaviest man, so I put him where the collisions are!” Matanatabu-Seru said.",
                "Isireli Matanatabu-Seru",
                "said",
                "",
            ),
        ],
        [
            (
                "Naitasiri conceded 14 penalties to Nadroga's eight, four of them at the breakdown in the last 20 minutes, and Vuniwai-Tora was sin-binned in the 64th minute for a deliberate knock-on.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nadroga fly-half Ratu Josefa Nailatikau-Tawake kicked 16 points, including a penalty from 48 metres that put his side 26-24 ahead in the 71st minute.",
                "",
                "",
                "W",
            ),
            ("“Did I think it would go over?", "Josefa Nailatikau-Tawake", "said", ""),
            ("Honestly, no.", "Josefa Nailatikau-Tawake", "said", ""),
            (
                "The wind was blowing straight across the ground,” Nailatikau-Tawake said.",
                "Josefa Nailatikau-Tawake",
                "said",
                "",
            ),
        ],
        [
            (
                "Naitasiri coach Timoci Qalovaki-Rusa said the penalty count had decided the match and that the referee had “read the breakdown differently from how it has been refereed all season”.",
                "Timoci Qalovaki-Rusa",
                "said",
                "",
            ),
        ],
        [
            (
                "Nadroga made 143 tackles and missed 19; Naitasiri made 118 and missed 31.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tuiqere-Vula, 21, cuts cane in Sigatoka and was playing only his third match for the province.",
                "",
                "",
                "W",
            ),
            ("“I just fell over the line.", "Samisoni Tuiqere-Vula", "said", ""),
            ("The forwards did all the work,” he said.", "Samisoni Tuiqere-Vula", "said", ""),
        ],
        [
            (
                "Long after the final whistle, hundreds of Nadroga supporters were still singing in the eastern stand as the players carried the cup along the touchline.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Nadroga receive $100,000 in prize money from the union and Naitasiri $50,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Who was the player of the final?", "", "", ""),
        ],
        [
            (
                "Cakaunitabua was named player of the final by a panel of three former Flying Fijians.",
                "",
                "",
                "W",
            ),
            (
                "The union's awards night will be held at the Grand Pacific Hotel in Suva on November 7.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("MATCH STATISTICS", "", "", "B"),
        ],
        [
            ("Nadroga – Naitasiri", "", "", "B"),
        ],
        [
            ("Possession: 47% – 53%", "", "", ""),
        ],
        [
            ("Territory: 51% – 49%", "", "", ""),
        ],
        [
            ("Tackles made/missed: 143/19 – 118/31", "", "", ""),
        ],
        [
            ("Penalties conceded: 8 – 14", "", "", ""),
        ],
        [
            ("Line breaks: 6 – 4", "", "", ""),
        ],
        [
            ("Yellow cards: 0 – 1", "", "", ""),
        ],
        [
            ("SCORERS", "", "", "B"),
        ],
        [
            (
                "Nadroga 31 (Tries: Rokotuibau, Cakaunitabua, Tuiqere-Vula; Cons: Nailatikau-Tawake 2; Pens: Nailatikau-Tawake 4)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Naitasiri 24 (Tries: Raivalu-Koroi, Vuniwai-Tora, Delaibatiki; Cons: Tabuanitoga 3; Pen: Tabuanitoga)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Referee: Apakuki Ratumaiwai-Soro", "", "", ""),
        ],
        [
            ("More Sport", "", "", "B"),
        ],
        [
            ("Bula Boys name 26-man squad for OFC Nations Cup", "", "", "B"),
        ],
        [
            ("© 2026 Coral Coast Mail Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    # gh
    [
        [
            ("THE VOLTA MORNING STAR", "", "", "B"),
        ],
        [
            (
                "Home  News  Politics  Business  Sports  Entertainment  Regional  Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Education", "", "", "B"),
        ],
        [
            (
                "BECE 2026: 81.7% of candidates qualify for senior high school, WAEC says",
                "The West African Examinations Council",
                "says",
                "W",
            ),
        ],
        [
            (
                "Results of 1,284 candidates from 62 schools withheld over suspected collusion",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Efua Ampofo-Darko", "", "", "B"),
        ],
        [
            ("Friday, 4 September 2026 · 6:12 pm", "", "", "B"),
        ],
        [
            ("Share  Facebook  X  WhatsApp  Telegram", "", "", "B"),
        ],
        [
            (
                "Candidates check their results at a junior high school in Madina, Accra, on Thursday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Morning Star / Kojo Asamoah-Brew", "", "", "B"),
        ],
        [
            (
                "ACCRA — The West African Examinations Council (WAEC) released the results of the 2026 Basic Education Certificate Examination (BECE) on Thursday and said 81.7% of the 601,945 candidates had obtained grades that qualify them for placement in a senior high school.",
                "The West African Examinations Council",
                "said",
                "W",
            ),
            ("That is up from 78.9% last year.", "", "", "W"),
        ],
        [
            (
                "To qualify, a candidate must pass English Language, Mathematics and Integrated Science and have an aggregate of 36 or better in six subjects; the best possible aggregate is 6.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The results of 1,284 candidates from 62 schools in the Ashanti, Central and Northern regions have been withheld pending investigations into suspected collusion, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "The head of WAEC's national office, Mrs Akosua Frimpomaa Danquah-Osei, said scripts from the affected schools showed identical wrong answers to 23 of the 60 objective questions in Mathematics.",
                "Akosua Frimpomaa Danquah-Osei",
                "said",
                "W",
            ),
            (
                "“When 200 children make the same mistakes in the same order, that is not a coincidence,” she told journalists in Accra.",
                "Akosua Frimpomaa Danquah-Osei",
                "told journalists in Accra",
                "",
            ),
            (
                "“We will not let a few people spoil the certificate for everyone.”",
                "Akosua Frimpomaa Danquah-Osei",
                "told journalists in Accra",
                "",
            ),
        ],
        [
            (
                "The Ministry of Education said placement in senior high schools through the Computerised School Selection and Placement System would open on September 14, with placement results available to candidates from 6 p.m.",
                "The Ministry of Education",
                "said",
                "W",
            ),
            (
                "Heads of schools have been told to admit first-year students from October 5.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the Free Senior High School policy, the government pays tuition, boarding and feeding fees for students placed in public schools.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Education Minister Hon. Kwabena Asiedu-Nketsiah said the improvement followed the distribution of 1.2 million mathematics and science textbooks to junior high schools in 2025.",
                "Kwabena Asiedu-Nketsiah",
                "said",
                "W",
            ),
            (
                "He said the ministry would recruit 4,000 more mathematics teachers next year.",
                "Kwabena Asiedu-Nketsiah",
                "said",
                "",
            ),
        ],
        [
            (
                "Pass rates rose in Mathematics to 68.2% from 61.5% and in Integrated Science to 71.9% from 70.4%, while English Language slipped to 79.3% from 80.1%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fourteen candidates obtained the best aggregate of 6, three of them from St. Anselm's Preparatory School in Kumasi, according to the council.",
                "the council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At a junior high school in Madina, parents and pupils crowded round a noticeboard where the school had pinned up its results class by class.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Yaw Boakye-Ansah, a trotro driver whose daughter scored aggregate 9, said he had paid GH¢350 a term for extra classes since she was in JHS 1.",
                "Yaw Boakye-Ansah",
                "said",
                "",
            ),
            ("“Was it worth it?", "Yaw Boakye-Ansah", "said", ""),
            ("Every pesewa!” he said.", "Yaw Boakye-Ansah", "said", ""),
        ],
        [
            (
                "Gideon Tetteh-Amarquaye, general secretary of the Coalition of Basic School Teachers, said the withheld results should be released within two weeks so that innocent candidates did not miss placement.",
                "Gideon Tetteh-Amarquaye",
                "said",
                "",
            ),
            (
                "“Why should a child who sat quietly in the hall pay for what an invigilator did?” he asked.",
                "Gideon Tetteh-Amarquaye",
                "asked",
                "",
            ),
        ],
        [
            (
                "Candidates who want their scripts re-marked must apply within 30 days and pay GH¢120 per subject, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("What happens to candidates who do not qualify?", "", "", ""),
        ],
        [
            (
                "They can re-sit the examination as private candidates in November, or apply to technical and vocational institutes that accept lower aggregates, e.g. the government's technical training centres.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Students reporting to school must bring their placement form, BECE results slip, two passport photographs, etc.",
                "",
                "",
                "W",
            ),
            (
                "Schools may not demand any other item as a condition of admission, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            ("RELATED ARTICLES", "", "", "B"),
        ],
        [
            ("WASSCE 2026 results to be released in November", "", "", "B"),
        ],
        [
            (
                "Disclaimer: Comments posted below are the views of readers and not those of the Volta Morning Star.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Volta Morning Star Ltd.", "", "", "B"),
        ],
    ],
    # bb
    [
        [
            (
                "11/14/26, 9:02 AM   Flying fish now $2.50 each at Oistins, double last year's price | The Garrison Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE GARRISON GAZETTE", "", "", "B"),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            ("Flying fish now $2.50 each at Oistins, double last year's price", "", "", "W"),
        ],
        [
            (
                "Fisheries Division says landings fell by almost half in the first nine months of the year",
                "the Fisheries Division",
                "says",
                "W",
            ),
        ],
        [
            ("By Cheryl-Ann Bascombe-Cumberbatch", "", "", "B"),
        ],
        [
            ("Published: November 14, 2026 5:15 a.m.", "", "", "B"),
        ],
        [
            (
                "Vendor Rosalind Bynoe-Forde scales flying fish at the Oistins Fish Market on Thursday.",
                "",
                "",
                "",
            ),
            ("(Photo: Desmond Farnum-Quintyne)", "", "", "B"),
        ],
        [
            (
                "Flying fish were selling for $2.50 each at the Oistins Fish Market in Christ Church yesterday, twice the $1.25 they fetched a year ago.",
                "",
                "",
                "W",
            ),
            (
                "A pound of filleted flying fish cost $14, up from $8, and dolphin was $16 per lb.",
                "",
                "",
                "W",
            ),
            (
                "At the Bridgetown Fisheries Complex, a 5 lb. bag of frozen fillets was $55.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Landings of flying fish fell 46% in the first nine months of the year, to 612 tonnes from 1,133 tonnes, according to the Fisheries Division.",
                "the Fisheries Division",
                "according to",
                "W",
            ),
            (
                "It was the smallest catch for the period since the division began keeping monthly records in 1996.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief Fisheries Officer Marguerite Belgrave-Sealy said mats of sargassum seaweed, which arrived earlier and in larger quantities than in any year on record, had kept boats from the fishing grounds for weeks at a time in June and July.",
                "Marguerite Belgrave-Sealy",
                "said",
                "W",
            ),
            ("“The fish are there.", "Marguerite Belgrave-Sealy", "said", ""),
            (
                "The boats just cannot get to them,” she said.",
                "Marguerite Belgrave-Sealy",
                "said",
                "",
            ),
        ],
        [
            (
                "Fishermen at Oistins said a drum of diesel now cost $420 at the fuel dock, up from $350 in January.",
                "Fishermen at Oistins",
                "said",
                "W",
            ),
        ],
        [
            (
                "Boat owner Everton Clarke-Mayers, 58, of St. Philip, said he had gone out 11 times in October and come back with fewer than 500 fish on four of those trips.",
                "Everton Clarke-Mayers",
                "said",
                "",
            ),
            ("“Sixty years my family fishing off this coast.", "Everton Clarke-Mayers", "said", ""),
            ("You ever see a year like this?", "Everton Clarke-Mayers", "said", ""),
            ("Never!” he said.", "Everton Clarke-Mayers", "said", ""),
        ],
        [
            (
                "https://www.garrisongazette.bb/news/local/flying-fish-oistins-price   1/2",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "11/14/26, 9:02 AM   Flying fish now $2.50 each at Oistins, double last year's price | The Garrison Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rosalind Bynoe-Forde, who has sold fish at Oistins for 31 years, said her regular customers now bought six fish instead of a dozen.",
                "Rosalind Bynoe-Forde",
                "said",
                "",
            ),
        ],
        [
            (
                "Agriculture Minister Dr. Kenrick Gittens-Marshall said the Government would introduce a $1.5 million fuel rebate for registered fishing vessels from January 1.",
                "Kenrick Gittens-Marshall",
                "said",
                "W",
            ),
            (
                "He said 642 vessels were registered to fish commercially, 391 of them day boats that target flying fish.",
                "Kenrick Gittens-Marshall",
                "said",
                "W",
            ),
        ],
        [
            (
                "Imports of frozen flying fish rose to 18 tonnes in the third quarter from three tonnes a year earlier, according to the importer, Carlisle Bay Seafoods Ltd.",
                "Carlisle Bay Seafoods Ltd.",
                "according to",
                "W",
            ),
            ("Supermarkets sell the imported fish for about $2 each.", "", "", "W"),
        ],
        [
            (
                "Food prices rose 7.2% in the 12 months to September, according to the Barbados Statistical Service.",
                "the Barbados Statistical Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Sharon Ifill-Waterman of the Bajan Shoppers' League said some vendors were “using the sargassum as an excuse”.",
                "Sharon Ifill-Waterman",
                "said",
                "",
            ),
        ],
        [
            ("The Friday Fish Fry at Oistins will go ahead as usual from 7 p.m.", "", "", "W"),
            ("Vendors said portions would be smaller.", "Vendors", "said", ""),
        ],
        [
            ("Will prices fall?", "", "", ""),
        ],
        [
            (
                "The Fisheries Division expects catches to pick up from December, when the main flying fish season begins and the sargassum usually thins out, Belgrave-Sealy said.",
                "Marguerite Belgrave-Sealy",
                "said",
                "",
            ),
        ],
        [
            ("Flying fish and cou-cou is Barbados's national dish.", "", "", "W"),
        ],
        [
            ("Follow The Garrison Gazette on WhatsApp", "", "", "B"),
        ],
        [
            ("© 2026 The Garrison Gazette Ltd., Bridgetown, Barbados.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "https://www.garrisongazette.bb/news/local/flying-fish-oistins-price   2/2",
                "",
                "",
                "B",
            ),
        ],
    ],
]

CASES = [
    (
        "n164-us-pm-ends",
        "The hearing adjourned at 11:05 p.m. Members return on Tuesday to finish the agenda.",
        ["The hearing adjourned at 11:05 p.m.", "Members return on Tuesday to finish the agenda."],
    ),
    (
        "n164-us-ave-ends",
        "The new library branch opens at 2701 W. Hillsborough Ave. Parking is free for the first two hours.",
        [
            "The new library branch opens at 2701 W. Hillsborough Ave.",
            "Parking is free for the first two hours.",
        ],
    ),
    (
        "n164-us-inc-ends",
        "The city signed a three-year deal with Bayfront Waste Services Inc. The firm will collect recycling every other week.",
        [
            "The city signed a three-year deal with Bayfront Waste Services Inc.",
            "The firm will collect recycling every other week.",
        ],
    ),
    (
        "n164-us-sept-date-mid",
        "Bills mailed after Sept. 30, 2026, carry a late fee of $15. Payments can also be made online.",
        [
            "Bills mailed after Sept. 30, 2026, carry a late fee of $15.",
            "Payments can also be made online.",
        ],
    ),
    (
        "n164-ca-order-no-mid",
        "Compliance order No. 3 must be met by Jan. 12. The home has asked for more time.",
        ["Compliance order No. 3 must be met by Jan. 12.", "The home has asked for more time."],
    ),
    (
        "n164-ca-question-attribution",
        "“Where was the night nurse?” the resident's son asked. The home did not answer.",
        ["“Where was the night nurse?” the resident's son asked.", "The home did not answer."],
    ),
    (
        "n164-ca-am-mid",
        "The resident was found at 4:50 a.m. by a personal support worker on her rounds.",
        ["The resident was found at 4:50 a.m. by a personal support worker on her rounds."],
    ),
    (
        "n164-uk-ltd-ends",
        "The guards are supplied by Soar Valley Security Ltd. Each store pays about £900 a month.",
        [
            "The guards are supplied by Soar Valley Security Ltd.",
            "Each store pays about £900 a month.",
        ],
    ),
    (
        "n164-uk-questions-answers",
        "“Is the fall real? Yes. Is it permanent? Nobody can say that yet,” she said.",
        ["“Is the fall real?", "Yes.", "Is it permanent?", "Nobody can say that yet,” she said."],
    ),
    (
        "n164-ie-co-county-mid",
        "The site is near Kilrush, Co. Clare, and covers 420 hectares of forestry.",
        ["The site is near Kilrush, Co. Clare, and covers 420 hectares of forestry."],
    ),
    (
        "n164-ie-section-mid",
        "The challenge was brought under s. 50 of the 2000 Act. It was lodged within the eight-week limit.",
        [
            "The challenge was brought under s. 50 of the 2000 Act.",
            "It was lodged within the eight-week limit.",
        ],
    ),
    (
        "n164-ie-exclamation-attribution",
        "“We are nurses and farmers, not barristers!” she said outside the court.",
        ["“We are nurses and farmers, not barristers!” she said outside the court."],
    ),
    (
        "n164-au-pty-ltd-ends",
        "One author received fees from Wattle Grove Pharma Pty Ltd. The others declared no conflicts.",
        [
            "One author received fees from Wattle Grove Pharma Pty Ltd.",
            "The others declared no conflicts.",
        ],
    ),
    (
        "n164-au-prof-eg-mid",
        "Prof. Ainsley Maberly-Dunn said GPs could lower diuretic doses, e.g. on days above 38C.",
        ["Prof. Ainsley Maberly-Dunn said GPs could lower diuretic doses, e.g. on days above 38C."],
    ),
    (
        "n164-au-journal-reference",
        "Journal reference: Pallister R, Tjandra H, et al. Heat and the ageing kidney. J Australas Clim Health. 2026;8(2):40-47.",
        [
            "Journal reference: Pallister R, Tjandra H, et al. Heat and the ageing kidney. J Australas Clim Health. 2026;8(2):40-47."
        ],
    ),
    (
        "n164-in-etc-ends",
        "Squads seized cash, liquor, gift hampers, etc. The seizures were valued at Rs. 42 lakh.",
        [
            "Squads seized cash, liquor, gift hampers, etc.",
            "The seizures were valued at Rs. 42 lakh.",
        ],
    ),
    (
        "n164-in-ward-no-pm-mid",
        "The recount in Ward No. 23 ended at 7.10 p.m. on Wednesday, with the margin unchanged.",
        ["The recount in Ward No. 23 ended at 7.10 p.m. on Wednesday, with the margin unchanged."],
    ),
    (
        "n164-in-am-ends",
        "Counting resumed at 9 a.m. Postal votes were taken up first.",
        ["Counting resumed at 9 a.m.", "Postal votes were taken up first."],
    ),
    (
        "n164-ph-ma-sta-mid",
        "Ma. Leonora Dizon-Arcega opened the Sta. Cruz branch in May.",
        ["Ma. Leonora Dizon-Arcega opened the Sta. Cruz branch in May."],
    ),
    (
        "n164-ph-corp-ends",
        "The stake was sold to Binondo Harbor Holdings Corp. The price was not disclosed.",
        ["The stake was sold to Binondo Harbor Holdings Corp.", "The price was not disclosed."],
    ),
    (
        "n164-ph-jr-said",
        "Chief financial officer Teodoro Manlapig-Sison Jr. said the dividend is payable on Dec. 9.",
        [
            "Chief financial officer Teodoro Manlapig-Sison Jr. said the dividend is payable on Dec. 9."
        ],
    ),
    (
        "n164-ke-semicolon-times",
        "Water flows from 5 a.m. to 6 p.m. on Mondays; on Thursdays it runs from 4 a.m. to noon.",
        ["Water flows from 5 a.m. to 6 p.m. on Mondays; on Thursdays it runs from 4 a.m. to noon."],
    ),
    (
        "n164-ke-am-ends-in-quote",
        "“We queue from 5 a.m. Some days the bowser never comes,” she said.",
        ["“We queue from 5 a.m.", "Some days the bowser never comes,” she said."],
    ),
    (
        "n164-pk-ellipsis-lower",
        "“They came in after noon… drivers, labourers, vendors,” he said.",
        ["“They came in after noon… drivers, labourers, vendors,” he said."],
    ),
    (
        "n164-pk-pvt-ltd-ends",
        "The centres are run by Sindh Relief Works (Pvt.) Ltd. Each has two nurses on duty.",
        ["The centres are run by Sindh Relief Works (Pvt.) Ltd.", "Each has two nurses on duty."],
    ),
    (
        "n164-fj-no-8-ends",
        "He moved Cakaunitabua to No. 8. The switch won the game.",
        ["He moved Cakaunitabua to No. 8.", "The switch won the game."],
    ),
    (
        "n164-gh-st-school-mid",
        "Three of the top candidates attend St. Cyprian's Academy in Tamale. Results were released on Thursday.",
        [
            "Three of the top candidates attend St. Cyprian's Academy in Tamale.",
            "Results were released on Thursday.",
        ],
    ),
    (
        "n164-gh-pm-ends",
        "Placement results go live at 6 p.m. Candidates need their index numbers to log in.",
        ["Placement results go live at 6 p.m.", "Candidates need their index numbers to log in."],
    ),
    (
        "n164-bb-lb-ends",
        "Dolphin sold for $16 per lb. Kingfish was $12.",
        ["Dolphin sold for $16 per lb.", "Kingfish was $12."],
    ),
    (
        "n164-bb-parenthesis-sentence",
        "Landings fell 46%. (The division has kept monthly records since 1996.) Vendors raised prices within a week.",
        [
            "Landings fell 46%.",
            "(The division has kept monthly records since 1996.)",
            "Vendors raised prices within a week.",
        ],
    ),
]
