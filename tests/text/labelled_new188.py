"""Hundred-and-eighty-eighth set of new hand-labelled pages for the hint engines (tuning set, round sixty-four):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from English-language
outlets in twelve countries (Canada, the United States, Australia, New Zealand, Ireland, the United Kingdom, South
Africa, India, Singapore, Kenya, Nigeria, Jamaica), in twelve GENRES where CHECK-WORTHINESS and SENTENCE SPLITS are
the hard part, one page per country and per genre, the pastes varied (desktop, phone, AMP, reader mode, print view,
a live-updates page, text shared from a news app, an email newsletter in webmail). The pages: a Canadian city
daily's website on the DESKTOP (a council budget: Saskatoon passes a $612.4-million budget with a 4.9 per cent
property tax increase, with a budget table); an American metro daily's AMP page (a sentencing: a Columbus
home-health owner gets 87 months in federal prison for a $14.2 million Medicaid fraud); an Australian regional
newspaper's website pasted from a PHONE (a drought/water restriction notice: Orange moves to level 4 as its dams fall
to 29.6 per cent, with a dam-levels box); a New Zealand regional news site in READER MODE (a hospital inspection
report: a certification audit finds a Dunedin private hospital left call bells unanswered for up to 42 minutes); an
Irish regional weekly's LIVE-UPDATES page (a by-election count: Galway West decided on the fifth count, with a
first-count box); a British regional daily's PRINT VIEW (a crime-statistics release: knife crime in Nottinghamshire
down 11%, shoplifting at a record, with a table); a South African business EMAIL NEWSLETTER pasted from WEBMAIL (a
company's results: a food retailer's revenue up 7.3% and headline earnings per share up only 4.1%, with key-figure
and markets boxes); an Indian national daily's website on the DESKTOP (a university ranking: NIRF 2027 puts Deccan
Plateau University at No. 4, with a rankings table); a Singaporean daily's APP, its text SHARED (a transport fare
change: fares up by up to 11 cents from Dec 27, with a what-changes box); a Kenyan sports site pasted from a PHONE (a
match report with a box score: the Mombasa Mariners win the Kenya Cup 27-24); a Nigerian national daily's AMP page (a
scientific study: E. coli in 27.2 per cent of sachet water bought in Ibadan, with a journal reference); and a
Jamaican daily's website on the DESKTOP (a housing-market report: the average house price in Kingston and St. Andrew
up 11.4 per cent to J$42.6 million).

What is hard is telling statements of record from what sits beside them, sentence by sentence and often inside one
paragraph. Of record ("W"): figures given by bodies, officials, firms and documents (a budget and its departments, a
tax increase in dollars a year, a reserve below its policy minimum, a tax ratio, restitution and seizures, a
guideline range and what each side asked for, dam levels, rainfall and daily use, criteria met and unmet, night
shifts without a nurse, call-bell times, late medicines, first preferences, transfers, quotas and turnout, recorded
offences and a rate per 1,000, knives seized, revenue, headline earnings, a margin, a dividend and a share price,
scores out of 100, a grant in crore and a salary in lakh, fares and passes, a crowd, tries and kicks, prize money,
samples tested and found contaminated, factories shut, children treated, prices and listings, a mortgage rate and an
inflation rate inside its target band); causal claims ("mainly because of price cuts on about 1,200 basic lines and
R214m spent on diesel", "because they draw from private dams and bores", "driven mainly by higher energy prices and
core wage growth", "because a shaft at its Rustenburg operation was flooded"); findings, acts and rulings (an
audit's and the researchers' "found", call-bell logs that "showed", a sentence and the judge's orders, a vote and a
rejected amendment, a plea, testimony, a certification period cut, a candidate elected and eliminated, a dividend
declared, a ranking withdrawn, factories shut, a loan limit raised); rules, including CONDITIONAL rules (The Cities
Act on deficits, a snow-clearing standard, rent-increase notice, the level 4 fines "if the same property is fined
again within 12 months", a pipeline's licence condition, level 5 "if combined storage falls below 20 per cent", the
Health and Disability Services (Safety) Act, multiple exclusions in a count, the £200 summary-only threshold, the JSE
trading-statement rule, the NIRF bar on false data, the pre-peak fare discount, the rugby union's pitch-invasion
fines, NAFDAC's registration rule, the NHT's interest rates); a PAST estimate or consensus reported as a fact
("Analysts polled by the data firm Mzansi Market Data had expected HEPS of about 330c", tallies that "put"
Corrigan-Lally on about 34%, the Crime Survey's "estimated", "The Kenya Rugby Union put the crowd at 7,800");
scheduled events and services set by those who run them (buses every 10 minutes "from Sept. 1", a mill-rate meeting
"on Jan. 26 at 1 p.m.", a sentencing on Dec. 9, a prison report date, a follow-up audit, wage talks due on November
3, voucher collection from Nov 15, a fixture "at 4 p.m. next Saturday", the next quarterly report). Not worth
checking (""): forecasts and expectations ("Construction is not expected to start before 2030", the Bureau of
Meteorology's outlook, a director's 20 per cent "by early winter", "She expects margins to recover", "She expects
prices to rise another 6 to 8 per cent", "They will start as favourites"); what money, a bill or a scheme WOULD do
("the money would pay for 16 new officers", "the Government would give $30 public transport vouchers"); plans and
intentions, even an official's or a company's ("she would reintroduce a bill", "It plans to open another 60", "The
government has said it will scrap the £200 threshold", "the force would move 40 more officers", "the union would
review footage", "the agency would begin unannounced testing", "the state would install 60 public water points"), and
CONDITIONAL plans and forecasts ("If the province does not increase its municipal revenue-sharing grant ..., council
will revisit the transit expansion", "If staffing at Kōwhai Park has not improved by Christmas, the union will ask
WorkSafe to investigate", "If he overtakes Mulhern-Obi, Brannigan's transfers ... will decide the seat", "If the
company offers less than 8%, the union will declare a dispute", "If the ministry makes accreditation compulsory ...,
about 600 institutions would drop out", "If energy prices fall next year, the council would consider a smaller
increase", "If the central bank cuts its policy rate in September, the society will lower its rates"); requests and
advice ("Council is asking residents to keep showers to four minutes"); stances, characterisations and a research
team's SUSPICION; feelings, anecdotes and a person's own figures (a renter's $75, a grower's 400 trees, a commuter's
$1.20 a month, a hawker's 300 sachets, a teacher's three bids); questions in quotes and question subheads; a
newsletter's and a live blog's own voice; a brokerage's target-price cut; scenes and captions that only describe;
and data lines (table rows, count rows, key figures, markets, box-score lines). A quote may hold a figure used as
rhetoric ("“Seven votes,”", "“Ten cents, ten cents, every year ten cents!”", "“Eighty-seven months?”", "“I have
waited 20 years for this!”"), "".

And where sentences end: abbreviations, initials and firm suffixes that END one before a capital ("at 11:26 p.m." /
"Coun. Henrietta ..."; "the city's finance dept." / "The Saskatoon Police Service's ..."; "22nd St. W." / "Construction
is not expected ..."; "Prairie Windrow Inc." / "The firm, which ..."; "Northmark Prairie Publishing Inc." / "All rights
reserved."; "on Cleveland Ave." / "The office closed ..."; "Dale P. Ferrante Jr." / "He pleaded guilty ..."; "after 4
p.m." / "Kessler's wife ..."; "Morgantown, W.Va." / "The minimum-security camp ..."; "Publishing Co." / "All rights
reserved."; "on Phillip St." / "It is open ..."; "Southward Quality Assurance Ltd." / "Its report ..."; "at 1.02
p.m." / "The quota is 26,210."; "Ríomhaire Chonamara Teo." / "The firm also ..."; "Bulwell, etc." / "It led to 214
arrests ..."; "on Hucknall Rd." / "Its front counter ..."; "Trent Valley Lantern Ltd." / "Registered in England and
Wales No. 04418827."; "Karoo Fresh Namibia (Pty) Ltd." / "Sales there ..."; "in the U.S." / "It did not disclose
..."; "(Pty) Ltd." / "Nothing in this newsletter ..."; "to the U.S." / "The university did not say ..."; "Sanjivani
Campus Services Pvt. Ltd." / "A double room ..."; "Pvt. Ltd." / "All rights reserved."; "before 7.45 a.m." / "It does
not apply ..."; "Northlink Omnibus Pte. Ltd." / "It operates ..."; "on Ngong Rd." / "The Kenya Rugby Union ...";
"Collins Awuor Jr." / "Both were named ..."; "Pwani Breweries Co." / "It signed ..."; "Oluyole Springs Ltd." / "It
said ..."; "Lagoon Mirror Newspapers Ltd." / "All rights reserved."; "Blue Mahoe Analytics Ltd." / "The firm has
produced ..."; "on Lady Musgrave Rd." / "The company said ...") and abbreviations, titles, initials and designations
that do NOT ("Dec. 4", "Coun. Troy", "Sept. 1", "Route No. 60", "on Ave. H S. near", "on Jan. 26 at 1 p.m. in",
"Raymond T. Kessler Jr., 54,", "Joseph P. Kinneary U.S. Courthouse", "Margarethe O. Vandersloot", "BrightHaven Home
Care Inc. and", "at 1:30 p.m. and", "J. Everett", "Mr. Kessler", "U.S. Attorney Nathaniel B.", "United States v.
Kessler, No. 2:26-cr-00114.", "State Sen.", "state Rep.", "Mt. Canobolas", "on Summer St.,", "approx. 2,460 ML",
"criterion 2.3.1,", "at 9 a.m. at", "south Co. Mayo.", "Det. Supt.", "at 2 a.m.,”", "on Alfreton Rd. in Radford",
"Dr. Yetunde", "from 8 a.m. to 8 p.m.", "vs. 2026", "Karoo Fresh Holdings Ltd. said", "Bokamoso Platinum Ltd. said",
"Gulfport Cold Storage Inc.,", "vs. R17.17bn", "No. 4", "St. Gregory's College", "vs. 64.20", "Prof. K. Srinivasa",
"Dept. of Pharmaceutical Sciences", "B.Tech. graduates", "Rev. Dr. Joseph", "Ph.D. scholarships", "before 7.45 a.m.
on weekdays", "service No. 858", "Yishun Ave. 11", "No. 8 Brian" opening a sentence, "at 4 p.m. next Saturday",
"Awuor Jr.;", "J. M. Kamau-Ruto", "B. Ochieng-Wafula", "E. coli in", "(34.8% vs. 19.1%)", "the U.S. Environmental
Protection Agency", "Pharm. Ibukunoluwa", "Oyo State Gov.", "Prof. Adeyinka", "et al." in a journal reference, "St.
Andrew", "St. Catherine", "St. James", "Mt. James,", "Bank of Jamaica Gov.", "Jerome T.:", "Co. Ltd."); times in
several styles ("11:26 p.m.", "12.01am", "5:40pm", "11pm and 7am", "1.02 p.m.", "21:47", "7.45 a.m.", "9:14
p.m."); decimals, units and currencies ("$612.4-million", "4.9 per cent", "$98.76", "$14.2 million", "29.6 per cent",
"12 megalitres", "criterion 2.3.1", "26,210", "82.4 per 1,000", "£200", "R18.42bn", "312.6c", "Rs 412 crore", "Rs 9.4
lakh", "71.86", "$1.89", "Sh2.5 million", "₦50", "50cl", "100ml", "J$42.6 million", "J$145,000"); quotes ending in
"?" or "!" before their attribution, one sentence each ("“Why are we asking them ...?” he asked.", "“Good!” a woman
in the gallery called out ...", "“Eighty-seven months?” she asked when told of the sentence.", "“Three jobs gone,
just like that!” he said.", "“What else are we supposed to do?” she asked.", "“He had wet himself by the time anyone
came!” she said.", "“Which aged-care hospital ...?” she asked.", "“Is anyone in Leinster House listening now?” she
asked.", "“We get the same three lads in every week!” he said.", "“If you know nothing will happen, why wouldn't
you?” she asked.", "“Would you rather keep a customer ...?” she asked.", "“But who doesn't like ...?” he asked.",
"“My parents read about it before I did!” he said.", "“Ten cents, ten cents, every year ten cents!” he said.",
"“Did anyone outside Mombasa ...?” he asked.", "“I have waited 20 years for this!” she said.", "“But who checks the
borehole it came from?” she asked.", "“If I stop selling, what will my children eat?” she asked.", "“When a
three-bedroom house ...?” she asked.", "“I have the NHT loan ...!” she said."), a question after "asked:" (one
sentence) and questions in quotes with no attribution after them (sentences of their own, carrying the quote's
speaker); quotes running over sentences; PARENTHESES HOLDING A FULL SENTENCE (what a mill rate is, that there is no
federal parole, that providers see a draft, how exclusions work, the survey's sample, what perception measures, how
often fares are reviewed, what a sachet holds and costs, what the housing report leaves out) against brackets inside
a sentence ("(ONS)", "(HEPS)", "(Pty)", "(NIRF)", "(PTC)", "(NAFDAC)", "(34.8% vs. 19.1%)", "(STATIN)", "(NHT)");
semicolons that never split (standfirsts, rules, the NIRF weights, a journal reference, box-score lines); and list
lines, one sentence each (key points, table rows, count rows, key figures, markets, bullets, box-score lines).

The pages hold 555 sentences: 146 "B", 246 "W" and 163 ""; 182 sentences carry a speaker (105 distinct speakers,
page by page; 104 distinct labels). `STYLES` describes each page, its story, its labels and its furniture in order;
`CASES` holds 30 split cases written fresh in the manner of the pages (not copied from them): 19 that must split
where a sentence ends at an abbreviation, a suffix or a time, after an exclamation's attribution, or before a sentence
that opens with "No. 8", and 11 where an abbreviation, a title or a designation sits inside a sentence that must not
be split there.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see their
docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, crumb, byline, date line, share line, caption, credit, time stamp,
bullet, table row, box line, comment and legal line is a paragraph of its own, except that a caption and a credit
pasted in one line are two sentences of one paragraph); each paragraph a list of sentences `(text, speaker, cue,
flags)`, flags "W", "B" or "". As in the recent sets: furniture "B" line by line, whatever it says, never with a
speaker; a caption by its content and its credit "B"; tables pasted as lines with a "B" title, header row and
source line and "" data rows; headlines and standfirsts never split and flagged by content, a "finds", "says" or
"show" carrying the source as the body first gives it ("a Ministry of Health audit", "Kōwhai Park Healthcare Ltd",
"figures published on Thursday by the Office for National Statistics", "the Public Transport Council", "a study by
researchers at the University of Ibadan", "the Jamaica Property Brokers' Council"); a person named in full as first
given, without titles, degrees or roles ("Coun.", "Chief", "Mayor", "U.S. District Judge", "U.S. Attorney", "State
Sen.", "Water services director", "Grower", "Pensioner", "chief executive", "Associate Professor", "Det. Supt.",
"Dr.", "Prof.", "Rev. Dr.", "Senior Minister of State for Transport", "Mr", "Ms", "coach", "Pharm.", "Alhaji", "Gov.",
"Teacher"), a pronoun or surname resolving to that name, initials and a suffix that are part of the name kept
("Raymond T. Kessler Jr.", "Margarethe O. Vandersloot", "J. Everett Olumide-Strand", "Nathaniel B. Oyelowo-Carr",
"K. Srinivasa Raghavendra-Menon"), a name given family name first kept in its order ("Chia Wen Jie", "Teo Kah
Leong", "Lawrence Yeo Boon Hock"); a quote over several sentences carrying its speaker and cue in each; "according to
X" giving X as written, a bracketed acronym dropped ("figures published on Thursday by the Office for National
Statistics", "the Statistical Institute of Jamaica", "the Jamaica Property Brokers' Council's quarterly housing
report", "a sentencing memorandum filed last month", "court records", "state budget documents", "the NIRF data",
"the data the university submitted to NIRF", "council's weekly storage report"); a descriptor before a proper name
dropped ("Platinum miner Bokamoso Platinum Ltd." -> "Bokamoso Platinum Ltd."); an acronym or "It" resolving to the
name as first given ("the PTC said" -> "the Public Transport Council", "It said" -> "The North Saskatchewan Small
Business Guild", "Te Whatu Ora – Health New Zealand", "Oluyole Springs Ltd.", "it said" -> "Orange City Council"),
while a single generic noun is kept as written ("Council", "council", "the report", "The auditors", "the force", "The
group", "The university", "the union", "The researchers", "The company"); a point that belongs to a firm's name stays
in the label ("Karoo Fresh Holdings Ltd.", "Bokamoso Platinum Ltd.", "Oluyole Springs Ltd.") and a name the house
writes without one keeps none ("Kōwhai Park Healthcare Ltd"); a channel phrase after the verb is part of the cue
("told council", "told Kessler", "said in a statement", "told the count centre", "told reporters", "told analysts on
a webcast", "said in a Facebook post", "told a press briefing"), a time after it is not ("last week"); a body acting
with no verb of saying carries no speaker (council passing a budget and rejecting an amendment, the judge ordering
restitution, HealthCERT setting deadlines, the company declaring a dividend, the ministry ranking institutions, the
union putting the crowd at 7,800, NAFDAC's rules, an analyst cutting a target price).

Conventions this set had to settle, in the same spirit:

* STREET, PLACE AND STATE ABBREVIATIONS ("St.", "Ave.", "Rd.", "Mt.", "Co." for a county, "W.Va." and the compass
  letters after a street, "22nd St. W.", "Ave. H S.") never end a sentence inside it; they end one only when the
  sentence itself ends there ("at the council depot on Phillip St." / "It is open ..."; "on Ngong Rd." / "The Kenya
  Rugby Union ..."; "on Lady Musgrave Rd." / "The company said ..."; "22nd St. W." / "Construction ..."). A firm's
  "Co." and an Irish "Teo." are suffixes like "Ltd." and "Inc."; "Co. Ltd." stays whole.
* A ROLE NOUN that the page has tied to a named person resolves to the person: "Turnout was 44.7%, the returning
  officer said." is "Bríd Conneely-Ward", named in the 13:05 entry that stands above it on the page; a key-point
  bullet with no source carries none.
* COUNCIL WITHOUT AN ARTICLE, as Australian papers write it ("Council is asking", "council said"), is a generic noun
  kept as written, while "it said" resolves to "Orange City Council" as first given; a request to residents is advice,
  "" (cue "is asking").
* SPEECH ACTS OTHER THAN "said" carry their subject with the verb as cue: "apologized", "argued", "testified", "called
  out", "has said", "estimated", "showed", "did not disclose" and "did not say" (the last two "", like "declined to
  comment"); "Prosecutors had asked for 108 months, according to a sentencing memorandum filed last month" carries the
  memorandum, the according-to source.
* COUNTS: each count's eliminations, transfers and totals are of record; tallies that "put" candidates on shares are
  a past estimate ("W", no speaker); a tallyman's "“Seven votes,”" is rhetoric; the blog's own "Good morning" is "".
* BUDGETS AND SCHEMES: an adopted budget's allocations, a contract let and services set to start on a date are of
  record, while what the money "would pay for", vouchers the Government "would give" and an agency that "would begin"
  testing are plans, "".
* A QUESTION after "asked:" is one sentence with its attribution; a question or exclamation in a quote with no
  attribution after it is a sentence of its own, carrying the quote's speaker and the cue of its attribution.
* A speaker given only with a relative clause keeps the group as written up to it ("A manager at a convenience store on
  Alfreton Rd. in Radford", "who asked not to be named" left out); a governor's spokesman is kept as written ("A
  spokesman for Oyo State Gov. Oluwaseun Adeleke-Barnes"), like "A spokesman for the chairman".

Written from scratch for issue 13 in round sixty-four, before any rule was tuned on them and without looking at the
engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no engine, scorer or test
was run (only the brief's structural check and ruff). What was read: the brief; the module docstrings and first
articles of `labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]` tables
of `pyproject.toml`; and the module docstrings, `STYLES`, a few pages and the `CASES` of `labelled_new183.py` and
`labelled_new184.py`. Coined names were checked for freshness against the capitalised words (and the parts of
hyphenated ones) of those two files: six outlet and group words ("Gazette", "Sentinel", "Herald", "Times", "Forum",
"Media") and thirteen name parts ("Achebe", "Adeyemi", "Harriet", "Lindqvist", "Mbeki", "Mensah", "Nkemelu",
"Mwangi", "Omondi", "Peter", "Wright", "Min", "Ruiz") that hit were replaced before the file was written, and so were
three first replacements that hit again ("Clarion", "Signal", "Boateng") and one in the split cases ("Mbatha"); only
common words ("Park", "Market", "Research", "Nurses", "Workers'"), titles ("Alhaji", "Dr", "Prof", "Mr", "Ms"), months,
weekdays and real places and bodies still hit.

Every person, outlet, newsletter, publisher, firm, agency, contractor, brokerage, data firm, union, guild, alliance,
league, party, club, statement, quote and figure is invented, and so are the small institutions (The Bridge City
Record, Northmark Prairie Publishing Inc., Prairie Windrow Inc., the North Saskatchewan Small Business Guild, the
Scioto Valley Beacon, BrightHaven Home Care Inc., Hearthside Nursing Services LLC, the Tablelands Leader, the Ōtākou
Lookout, Kōwhai Park Private Hospital, Kōwhai Park Healthcare Ltd, Southward Quality Assurance Ltd, the Tautoko Nurses
Union, The Corrib Tribune, Páirtí an Lár, Cumann na Saoránach, Daonlathas Nua, Aontas Tuaithe, Ríomhaire Chonamara
Teo., the Trent Valley Lantern, the East Midlands Retailers' Alliance, Operation Kestrel, The Sandton Ticker,
Jacaranda Street Publishing (Pty) Ltd., Karoo Fresh Holdings Ltd., Karoo Fresh Namibia (Pty) Ltd., Karoo Rewards,
Mzansi Market Data, Highveld Equity Research, the Retail Workers' Union of South Africa, Bokamoso Platinum Ltd.,
Amathole Logistics, Gulfport Cold Storage Inc., The Indus Ledger, Deccan Plateau University, the Aravalli Institute
of Management and Technology, Sanjivani Campus Services Pvt. Ltd., St. Gregory's College, the Centre for Learning
and Policy, Himalayan Central University, Kaveri University of Science, Sangam University, the Kallang Dispatch,
Northlink Omnibus Pte. Ltd., Tandaza Sport, Mombasa Mariners, Kisii Highlanders, the Rift Valley Rams, the Safari
Shield, Pwani Breweries Co., The Lagoon Mirror, Oluyole Springs Ltd., the Oyo Table Water Producers' League, the West
African Journal of Environmental Health, The Liguanea Chronicle, the Jamaica Property Brokers' Council, Blue Mahoe
Analytics Ltd., Caribbean Homestead Building Society, Sterling Ridge Developments and the like). Real countries,
provinces, states, regions, cities, towns, suburbs, streets, dams, rivers, islands, courthouses, courts, prisons,
universities, hospitals, parliaments, councils, ministries, regulators, police forces, statistics offices, central
banks, exchanges, rankings, standards, laws and other public bodies appear only as settings, with invented statements
and figures: Saskatoon, Martensville, Brighton, Riversdale, The Cities Act and The Residential Tenancies Act, 2006;
Columbus, Dublin, Linden, Westerville, Delaware County, Morgantown, the Joseph P. Kinneary U.S. Courthouse, the
Southern District of Ohio, the FBI, the Ohio Attorney General's Medicaid Fraud Control Unit, the Ohio House and Senate;
Orange, Bletchington, Clergate, Suma Park Dam, Spring Creek Dam, Mt. Canobolas, the Macquarie River and Long Point,
Orange City Council, the Bureau of Meteorology, WaterNSW and the NSW government; Dunedin, Māori Hill, Mosgiel,
Balclutha, the Ministry of Health and HealthCERT, Te Whatu Ora – Health New Zealand, WorkSafe, the University of
Otago, the Ngā Paerewa standard and the Health and Disability Services (Safety) Act 2001; Galway West, Carna,
Connemara, the Aran Islands, Inis Mór, Co. Mayo, the Galway Racecourse at Ballybrit, Leinster House and the European
Court of Auditors; Nottinghamshire, Radford, Hyson Green, the Meadows, Sneinton, Bulwell, Alfreton Road, Hucknall
Road, Nottinghamshire Police, Nottingham Trent University, the Office for National Statistics, the Crime Survey for
England and Wales and the Anti-social Behaviour, Crime and Policing Act 2014; the JSE and its Listings Requirements,
Limpopo, the Eastern Cape, Rustenburg and Houston; New Delhi, Hyderabad, Jaipur, Kochi, Bengaluru, Dehradun, Mysuru,
Prayagraj, the Union Ministry of Education, the National Institutional Ranking Framework and the Telangana
government; Singapore, Tampines, Sengkang, Hougang, Yishun, Woodlands, Outram, the Public Transport Council, the Land
Transport Authority and the National University of Singapore; Nairobi, Mombasa, Nyali, the RFUEA Ground, Ngong Road,
the Kenya Cup and the Kenya Rugby Union; Ibadan, Oyo State, Iwo Road, the University of Ibadan, the University College
Hospital, NAFDAC, the World Health Organization and the U.S. Environmental Protection Agency; and Kingston, St. Andrew,
St. Catherine, St. James, Havendale, Mona Heights, Jacks Hill, Mt. James, Portmore, Lady Musgrave Road, the Corporate
Area, the Bank of Jamaica, the Statistical Institute of Jamaica, the National Housing Trust and the University of the
West Indies, Mona.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Canadian CITY DAILY\'S WEBSITE (Saskatoon), DESKTOP browser paste, a COUNCIL BUDGET: council passes a $612.4-million 2028 operating budget with a 4.9 per cent property tax increase, 7-4. Head: skip link, masthead, menu, crumb (all "B"); headline and a standfirst with a semicolon, of record ("W"); byline and a published/updated line with "Dec." ("B"); a caption "" and its credit ("B"). Body: the budget ("W") and "The final vote, 7-4, came at 11:26 p.m." ENDING a sentence before "Coun. Henrietta Sundberg-Obi, who chairs the budget committee, called ..." ("Coun." dropped, a characterisation "", cue "called"); the average homeowner\'s increase "according to the city\'s finance dept." ENDING a sentence (the source as written with its point, "W"); the police budget ("W") against the chief\'s "the money would pay for 16 new officers" (what money WOULD do, "", cue "told council", "Chief" dropped); transit "from Sept. 1" and "Route No. 60" (no split, "W") and a design budget ENDING "at Avenue P and 22nd St. W." before "Construction is not expected to start before 2030." (the first "W", the forecast ""); the rejected 6-5 amendment "from Coun. Troy Maclennan-Sato" (a vote, "W"), his quote ("") and his QUESTION before "he asked." (""); the mayor (title dropped) on the reserve ("W") and the credit-rating risk (""); the CONDITIONAL RULE of The Cities Act with a semicolon ("W") against her CONDITIONAL PLAN to revisit transit (""); the snow contract ENDING "Prairie Windrow Inc." before "The firm, which is based in Martensville, ..." (both "W") and its clearing standard (a conditional rule, "W"); the library levy and utility rates "on Jan. 1." ("W"); a question subhead ""; the notice rule for rent increases ("W"); a renter "on Ave. H S. near the Riversdale pool" (no split at "Ave." or "S.", her own rent, "") and her quote over two sentences (""); a business guild\'s characterisation ("", "called") and "It said" a tax ratio ("W"); the mill-rate meeting "on Jan. 26 at 1 p.m. in council chambers" ("W") and a PARENTHESIS HOLDING A FULL SENTENCE defining a mill rate ("W"). A budget table (title, header and a source line with "approx." "B", three rows ""). Tail: a recommended label and a headline, a comments label and a log-in line, and a copyright line split at "Inc." before "All rights reserved." (all "B").',
    'American METRO DAILY\'S AMP page (Columbus, Ohio), a SENTENCING in federal court: a home-health owner gets 87 months for a $14.2 million Medicaid fraud. Head: AMP domain, masthead, crumb (all "B"); headline and a standfirst with "Raymond T. Kessler Jr." mid-sentence, of record ("W"); byline and a published/updated line with "p.m." and "Oct." ("B"); a caption "" with initials and "U.S." mid-sentence and its credit ("B"). Body: the sentence ("W") and the judge\'s orders ("U.S. District Judge Margarethe O. Vandersloot also ordered ...", the court acting, no speaker, "W"); the plea, "BrightHaven Home Care Inc." mid-sentence and an office "on Cleveland Ave." ENDING a sentence before "The office closed in 2025." (all "W"); "Prosecutors said" ("W"); the nephew ENDING "Dale P. Ferrante Jr." before "He pleaded guilty ..." (both "W"); the guideline range, the prosecution\'s ask "according to a sentencing memorandum filed last month" and the defence\'s ask (cue "argued", "W"); "at 1:30 p.m. and ... after 4 p.m." ENDING a sentence before a scene (""); the judge\'s quote over two sentences ("", cue "told Kessler"), the defendant\'s apology ("", cue "apologized") and his quote (""); an EXCLAMATION before its attribution ("“Good!” a woman in the gallery called out ...", one sentence, "") and a scene with "U.S." mid-sentence (""); the nurses\' testimony ("W", cue "testified"), a scene ("") and a nurse\'s quote and a QUESTION with no attribution (""); seizures "according to court records" ("W"); the U.S. Attorney\'s quote with "Mr." inside ("", title dropped, "said in a statement") and his office\'s recoveries ("W"); the investigators and "United States v. Kessler, No. 2:26-cr-00114." (no split at "v." or "No.", "W"); the prison "in Morgantown, W.Va." ENDING a sentence before "The minimum-security camp ..." (both "W"), a PARENTHESIS HOLDING A FULL SENTENCE on parole and the good-conduct rule ("W"); "State Sen." and "state Rep." mid-sentence (a plan "", a House vote "W") and the senator\'s quote (""); a widow\'s account, her QUESTION before "she asked when told of the sentence." and her quote (anecdote, ""). Tail: a more-from label and a headline, and a copyright line split at "Co." before "All rights reserved." (all "B").',
    'Australian REGIONAL NEWSPAPER\'S WEBSITE (Orange, NSW), PHONE BROWSER paste, a DROUGHT/WATER RESTRICTION NOTICE: Orange moves to level 4 water restrictions as its two dams fall to a combined 29.6 per cent. Head: a menu/masthead/subscribe line, an open-in-app line, a section label (all "B"); headline and standfirst of record ("W"); byline and an updated line in the house\'s time style ("5:40pm", "B"); a caption "" and its credit ("B"). Body: the move "Orange City Council said" ("W"); storage levels "according to council\'s weekly storage report" (as written) and rainfall ("W"); the level 4 rules, one to a sentence ("W"), and a CONDITIONAL RULE on fines with a semicolon ("W"); "Council is asking" residents to cut use (a request, "", cue "is asking", the generic noun kept) against "Residents used an average of 214 litres ..., it said." ("W", "it" resolving to "Orange City Council"); the mayor (title dropped) with a characterisation and a conditional forecast (""); the pipeline\'s capacity and its licence condition ("W"); the Bureau of Meteorology\'s outlook (a forecast with no verb of saying, no speaker, ""); the water services director (role dropped) with a forecast ("") and a funding request made ("W"); level 5 as a CONDITIONAL RULE ("W"); a question subhead ""; "Council\'s drought management plan says" ("W"); the business rule and "council said" ("W"); a standpipe "at the council depot on Phillip St." ENDING a sentence before "It is open from 7am to 3pm on weekdays." (both "W"); growers "on the slopes of Mt. Canobolas" (no split, a rule with its cause, "W"); a grower\'s own dams and trees and her quote (anecdote, ""); a car-wash owner "on Summer St.," (no split, "") and his EXCLAMATION before "he said." (""); a pensioner\'s habit and her QUESTION before "she asked." (""). A dam-levels box (title and source "B", three rows "" with "approx."). Tail: a newsletter line, a footer menu and a copyright line (all "B").',
    'New Zealand REGIONAL NEWS SITE (Dunedin), READER-MODE paste, a HOSPITAL INSPECTION REPORT: a Ministry of Health certification audit finds a private hospital left call bells unanswered for up to 42 minutes. Head as reader mode leaves it: domain ("B"), headline "Audit finds ..." (of record, "W", carrying "a Ministry of Health audit" as the lead first gives it, cue "finds"), a standfirst with a semicolon and "owner says" ("W", carrying "Kōwhai Park Healthcare Ltd"), byline, role, date and reading-time lines ("B"). Body: the lead "a Ministry of Health audit has found" ("W"); the auditor ENDING "Southward Quality Assurance Ltd." (the house writes "Ltd" with no point, so the point is the full stop) before "Its report was published by HealthCERT ..." (both "W"); the owner ("W"); "The auditors found" ("W") and "criterion 2.3.1," mid-sentence ("W"); night shifts "the report said" (generic kept, "W"); "Call-bell logs showed" (cue "showed", "W") and late medicines ("W"); HealthCERT\'s deadlines and its cut certification period (acts, no speaker, "W"); the Act\'s rules, one conditional ("W"); the chief executive (role dropped) with fixes and hires ("W"), her apology and quote over two sentences ("") and her QUESTION before "she asked." (""); a union organiser\'s characterisation (""), a members\' survey ("W") and a CONDITIONAL PLAN to call WorkSafe (""); a daughter\'s wait, an EXCLAMATION before "she said." and the quote running on (anecdote, ""); Te Whatu Ora\'s funding and weekly checks ("W") and "It said no residents had been moved." ("W"); a follow-up audit "A HealthCERT spokeswoman said" (a schedule set by those who run it, "W"); the publication practice and a PARENTHESIS HOLDING A FULL SENTENCE on drafts ("W"); the previous audit ("W"); an academic ("Associate Professor" dropped) with an opinion (""), a national figure ("W") and a quote over two sentences (""). Tail: a tips line split at "?" before "Email ..." and a copyright line (all "B").',
    'Irish REGIONAL WEEKLY\'S LIVE-UPDATES page (Galway), DESKTOP paste, newest first, a BY-ELECTION COUNT: Galway West, one seat by single transferable vote, Aoibheann Corrigan-Lally of Páirtí an Lár elected on the fifth count. Head: masthead, menu with "As Gaeilge", "● LIVE" (all "B"); headline of record ("W"); a last-updated line and a "Key points" label ("B"); two bullets of record ("W"). Entries under "B" time stamps ("21:47" to "09:00"): the result with the quota ("W"), the winner\'s quote ("", "told the count centre") and her QUESTION before "she asked." (""); the vacancy ("W"); the fifth count\'s transfers ("W") and a tallyman\'s rueful "“Seven votes,”" (a figure used as rhetoric, ""); the runner-up\'s concession and quote ("", "told reporters"); the fourth count ("W") and the eliminated candidate\'s comment (""); the third count ("W"), a candidate\'s total and gap ("W") and a conditional forecast by "tallymen for both parties" (""); the second count ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on multiple exclusions (a rule, "W"); the first count "announced ... at 1.02 p.m." ENDING a sentence before "The quota is 26,210." and the poll-topper ("W"); a first-count box (label and a valid-poll line "B", two data rows "" with " · " separators); tallies that "put" the leaders on shares (a past estimate, no verb of saying, no speaker, "W") and "Turnout was 44.7%, the returning officer said." (resolving to "Bríd Conneely-Ward", named in the entry above it); a director of elections\' reading of the tallies (""); the blog\'s own "Good morning" ("") and counting "at 9 a.m. at the Galway Racecourse" (no split, "W"); the constituency "and part of south Co. Mayo." ("Co." mid-sentence, "W"); the screens\' supplier ENDING "Ríomhaire Chonamara Teo." before "The firm also supplied ..." (both "W"). Tail: a load-earlier line and a copyright line (all "B").',
    'British REGIONAL DAILY\'S PRINT VIEW (Nottingham), a CRIME-STATISTICS RELEASE: police recorded crime to June shows knife crime down 11% and shoplifting at a record 9,412 offences. Head: the URL, masthead and a print/close line (all "B"); headline "..., figures show" (of record, "W", carrying "figures published on Thursday by the Office for National Statistics" as the lead gives it, cue "show") and a standfirst with a semicolon ("W"); byline and date lines ("B"). Body: knife offences "according to figures published on Thursday by the Office for National Statistics (ONS)" (bracket dropped, "W"); shoplifting and the overall rate ("W"); a detective ("Det. Supt." dropped) with a characterisation (""), knives seized ("W") and a quote with "at 2 a.m.,”" inside (no split, ""); an operation ENDING "Bulwell, etc." before "It led to 214 arrests ..., the force said." (both "W", generic kept); robbery, burglary and violence ("W"); the £200 summary-only rule ("W") against "The government has said it will scrap ..." (a plan, "", cue "has said"); a retailers\' alliance chair\'s characterisation ("") and incidents ("W"); a shop manager "on Alfreton Rd. in Radford" (no split, the group as written up to the relative clause), his EXCLAMATION before "he said." and a QUESTION in a quote with no attribution (anecdote, ""); a question subhead ""; a criminologist ("Dr." dropped) with an opinion (""), a charge rate ("W") and a QUESTION before "she asked." (""); the Crime Survey\'s estimate (cue "estimated", "W") and a PARENTHESIS HOLDING A FULL SENTENCE on its sample ("W"); the police and crime commissioner\'s plan ("") and officer numbers ("W"); a police base "on Hucknall Rd." ENDING a sentence before "Its front counter is open from 8 a.m. to 8 p.m. every day." (both "W"). A table (title, a header "Offence | 2027 | vs. 2026" and a source line "B", four rows ""). Tail: a copyright line split at "Ltd." before "Registered in England and Wales No. 04418827." and a printed-from line (all "B").',
    'South African BUSINESS NEWSLETTER pasted from WEBMAIL (Johannesburg), a COMPANY\'S RESULTS: a food retailer\'s interim revenue rises 7.3% but headline earnings per share only 4.1%, squeezed by diesel and price cuts. Head: inbox label, sender, "to me", a date line, a viewing line split at "?" before "Open it in your browser." and a masthead (all "B"); the newsletter\'s greeting and teaser (its own voice, "" both). The item: an upper-case headline of record with a causal claim ("W"); "Karoo Fresh Holdings Ltd. said" (no split, the point kept in the label, "W") and HEPS ("W"); "The group said" the margin with a causal "mainly because of" ("W", generic kept); the dividend declared (an act, no speaker), a past consensus "Analysts polled by the data firm Mzansi Market Data had expected" (no speaker) and the share price ("W" all); the chief executive (role dropped) with a characterisation ("", "told analysts on a webcast"), members ("W"), a QUESTION before "she asked." ("") and a forecast ("", "expects"); stores opened ("W") against "It plans to open another 60 ..." ("", cue "plans"); the Namibian arm ENDING "Karoo Fresh Namibia (Pty) Ltd." before "Sales there fell 2.4% ..." (both "W"); the JSE trading-statement rule, conditional ("W"), and its application ("W"); an analyst\'s opinion (""), his like-for-like figure ("W") and a target cut (a brokerage call, no speaker, ""); wage talks due (a schedule, "W") against a union\'s CONDITIONAL PLAN (""); "Our take:" (""). A key-figures box (label "B", four rows "" with "vs."); an also-on-the-board label ("B"), "Platinum miner Bokamoso Platinum Ltd. said" with a cause ("W", descriptor dropped) and its shares ("W"); a purchase of "Gulfport Cold Storage Inc.," (no split) "in its first acquisition in the U.S." ENDING a sentence before "It did not disclose the price." ("W", then "" with cue "did not disclose"); a markets box (label "B", three rows ""). Tail: a subscription line, an unsubscribe line and a publisher line split at "Ltd." before "Nothing in this newsletter is investment advice." (all "B").',
    'Indian NATIONAL DAILY\'S WEBSITE (New Delhi), DESKTOP paste, a UNIVERSITY RANKING: NIRF 2027 puts Deccan Plateau University at No. 4 among universities, up from No. 11. Head: masthead, an ePaper/sign-in line with a Hindi link, menu, crumb (all "B"); headline with "No. 4" and "No. 11" and a standfirst with a semicolon and "St. Gregory\'s College, Kochi," (both "W"); byline and updated lines ("B"); a caption "" and its bracketed credit ("B"). Body: the "NEW DELHI:" lead and "It was No. 11 last year." ("W"); institutions ranked ("W"); a question subhead ""; the weights with four semicolons (one sentence, "W") and a PARENTHESIS HOLDING A FULL SENTENCE on the perception survey ("W"); scores "vs. 64.20 last year, according to the NIRF data" ("W"); the vice-chancellor ("Prof." dropped, the initial kept: "K. Srinivasa Raghavendra-Menon") with papers and patents of "its Dept. of Pharmaceutical Sciences" (no split, "W"), a quote ("") and a QUESTION before "he asked." (""); a state grant in crore "according to state budget documents" ("W"); "2026 B.Tech. graduates" and a salary in lakh (no split, "W"), graduates abroad ENDING "most of them to the U.S." before "The university did not say how many had returned." ("W", then "" with the generic noun as speaker, cue "did not say"); the top private university "at No. 7." ("W") and its hostels ENDING "Sanjivani Campus Services Pvt. Ltd." before "A double room costs ..." (both "W"); a college "rose to No. 9 from No. 23." and its principal ("Rev. Dr." dropped) with "40 Ph.D. scholarships" ("W"); a policy researcher ("Dr." dropped) with a characterisation ("", "called") and withdrawn rankings ("W"); the false-data rule, conditional ("W"), against her CONDITIONAL forecast (""); "a third-year B.Tech. student" (no split) and his EXCLAMATION before "he said." (""). A rankings table (title, header and source "B", four rows ""). Tail: an also-read label and a headline, a follow line and a copyright line split at "Ltd." before "All rights reserved." (all "B").',
    'Singaporean NATIONAL DAILY\'S APP, its article text SHARED, a TRANSPORT FARE CHANGE: bus and train fares rise by up to 11 cents a journey from Dec 27. Head: a shared-from line and a section label ("B"); headline and a standfirst ending "PTC says" (of record, "W", carrying "the Public Transport Council" as the lead gives it); byline and date lines ("B"); a caption "" and its credit ("B"). Body: the lead "the Public Transport Council (PTC) said on Oct 9" (acronym dropped, "W"), "the PTC said" (resolving, "W") and a fare ("W"); concession fares and a pass ("W"); the causes and the formula\'s allowance with the points carried over ("W", "It said"); a question subhead ""; the formula as a rule ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on the yearly review ("W"); the pre-peak discount, a CONDITIONAL RULE "before 7.45 a.m. on weekdays" (no split, "W"), and "The discount applies only to journeys that begin before 7.45 a.m." ENDING a sentence before "It does not apply on public holidays." (both "W"); a minister\'s vouchers (what the Government WOULD give, "", "said in a Facebook post", title dropped) and the collection date ("W"); the chairman\'s CONDITIONAL PLAN ("", named after the claim); a bus operator ENDING "Northlink Omnibus Pte. Ltd." before "It operates 26 services ..." (both "W"); a commuter ("Mr" dropped) on "service No. 858" from "Yishun Ave. 11" (no split, his own cost, "") and his EXCLAMATION before "he said." (""); an economist ("Associate Professor" dropped, family name first) with an opinion ("") and a spending share ("W"); a nurse who "asked:" a QUESTION in a quote (one sentence, ""). A what-changes box (label "B", four bullet lines of record, "W", one with "approx."). Tail: an app line and a store line (all "B").',
    'Kenyan SPORTS SITE, PHONE BROWSER paste, a MATCH REPORT WITH A BOX SCORE (rugby union): Mombasa Mariners beat Kisii Highlanders 27-24 to win the Kenya Cup for the first time. Head: a menu/masthead line and a section label ("B"); headline and a standfirst opening "No. 8" (of record, "W"); byline, a date line with "9:14 p.m." and a share line ("B"); a caption "" and its credit ("B"). Body: the result "at the RFUEA Ground on Ngong Rd." ENDING a sentence before "The Kenya Rugby Union put the crowd at 7,800 ..." (a past estimate, no verb of saying, no speaker, "W"); "No. 8 Brian Ochieng-Wafula scored ..." OPENING a sentence, the winning try and the kicks ("W"); the half-time lead with tries from "centre Collins Awuor Jr." ENDING a sentence before "Both were named ..." (both "W"); a missed kick ("W"); the winning coach (role dropped) with a characterisation (""), a QUESTION before "he asked." ("") and an academy count ("W"); the losing coach\'s complaint and quote (""); an injury and a scan date ("W"); a pitch invasion ("W") against the union\'s review (a plan, "", "A Kenya Rugby Union spokesman" as written) and the regulations\' CONDITIONAL RULE with a semicolon ("W"); prize money "the union said" ("W", generic kept); the sponsor ENDING "Pwani Breweries Co." before "It signed a three-year deal ..." (both "W"); a fan\'s tears and her EXCLAMATION before "she said." (""); the next fixture "at 4 p.m. next Saturday" (no split, "W") and a favourites line (""). A BOX SCORE (label "B"; two scorer lines with semicolons and "Awuor Jr.;", a half-time line, a referee line with the initials "J. M." and a player-of-the-match line with "B.", one sentence each, all ""). Tail: a more-rugby label, a headline and a copyright line (all "B").',
    'Nigerian NATIONAL DAILY\'S AMP page (Lagos desk, Ibadan story), a SCIENTIFIC STUDY: researchers find E. coli in 27.2 per cent of sachet water bought in Ibadan. Head: AMP domain, masthead, crumb (all "B"); headline "Study finds E. coli ..." (no split at "E.", of record, "W", carrying "a study by researchers at the University of Ibadan" as the lead gives it, cue "finds") and a standfirst ("W"); byline, date and share lines ("B"); a caption "" and its credit ("B"). Body: the finding "according to a study by ..." ("W"); the sampling (an act, no speaker) and "The researchers found E. coli in 174 ..." ("W", generic kept); the rainy-season finding ENDING "contain E. coli." before "The difference was statistically significant." (both "W"); hawkers against shops "(34.8% vs. 19.1%)" ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on the sachet and its naira price ("W"); the lead author ("Dr." dropped) on factory labels ("W"), her quote (""), a QUESTION before "she asked." ("") and the team\'s SUSPICION (""); the WHO and "the U.S. Environmental Protection Agency" limit for "E. coli in drinking water" (no split, "W"); NAFDAC\'s closures (the bracketed acronym dropped from the label, "W"), its CONDITIONAL RULE on registration ("W") and its coordinator ("Pharm." dropped) announcing testing (a plan, ""); the largest producer ENDING "Oluyole Springs Ltd." before "It said its water was tested daily ..." (both "W", "It" resolving to the firm, point kept); a producers\' league\'s characterisation ("", "called") and its chairman ("Alhaji" dropped) on registrations ("W"); "A spokesman for Oyo State Gov. Oluwaseun Adeleke-Barnes said" (kept as written, a plan ""); a hawker\'s sales and her QUESTION before "she asked." (""); a physician ("Prof." dropped) with an opinion ("") and hospital figures ("W"); funding and publication ("W"). Tail: a journal reference with "et al." kept whole, a related label and a headline, and a copyright line split at "Ltd." before "All rights reserved." (all "B").',
    'Jamaican DAILY\'S WEBSITE (Kingston), DESKTOP paste, a HOUSING-MARKET REPORT: a brokers\' council\'s report puts the average house price in Kingston and St. Andrew up 11.4 per cent at J$42.6 million. Head: masthead, a date line, menu, section label (all "B"); headline with "St. Andrew" mid-sentence ("W") and a standfirst "..., brokers\' council says" ("W", carrying "the Jamaica Property Brokers\' Council"); byline and e-mail lines ("B"); a caption "" ending "St. Andrew." and its credit ("B"). Body: the average price "according to the Jamaica Property Brokers\' Council\'s quarterly housing report" (as written, "W"); "St. Catherine", "St. James" and "Jacks Hill and Mt. James," (no split, "W"); the report\'s basis, a PARENTHESIS HOLDING A FULL SENTENCE on what it leaves out, and the data firm ENDING "Blue Mahoe Analytics Ltd." before "The firm has produced the report since 2019." (all "W"); listings "the report said" ("W") and rents ("W"); the council\'s president with a characterisation (""), a QUESTION before "she asked." ("") and a forecast ("", "expects"); the policy rate and inflation inside a target band "according to the Statistical Institute of Jamaica (STATIN)" ("W") against "Bank of Jamaica Gov. Desmond Ashby-Clarke told a press briefing last week" a stance ("", "Gov." dropped, "last week" left out of the cue); a building society\'s mortgage rate ("W") and its chief executive\'s CONDITIONAL PLAN (""); the NHT\'s loan limit and its rates as a CONDITIONAL RULE ("W"); a development "on Lady Musgrave Rd." ENDING a sentence before "The company said 96 had been sold." (both "W", generic kept); a teacher\'s bids and her EXCLAMATION before "she said." (anecdote, ""); an economist\'s opinion ending "upper St. Andrew”." ("") and the median price ("W"); a question subhead "" and the president\'s "no" with a quote over two sentences (""); the next report\'s date ("W"). Tail: a related label and a headline, a comment count and a two-sentence comment after the initial "Jerome T.:", and a copyright line with "Co. Ltd." (all "B").',
]

ARTICLES = [
    [
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("THE BRIDGE CITY RECORD", "", "", "B"),
        ],
        [
            (
                "News   Local   City Hall   Business   Sports   Opinion   Obituaries   e-Edition   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local › City Hall", "", "", "B"),
        ],
        [
            (
                "Saskatoon council passes $612.4-million budget with 4.9 per cent property tax increase",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Average homeowner to pay $98.76 more next year; police and transit get the largest increases",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Gwendolyn Ashcroft-Nnadi, The Bridge City Record", "", "", "B"),
        ],
        [
            ("Published Dec. 4, 2027 • Last updated 9 hours ago • 4 minute read", "", "", "B"),
        ],
        [
            (
                "Councillors debate the 2028 operating budget in council chambers at City Hall on Wednesday.",
                "",
                "",
                "",
            ),
            ("Photo by Rafael Quintanilla-Berg /The Bridge City Record", "", "", "B"),
        ],
        [
            (
                "Saskatoon city council passed a $612.4-million operating budget for 2028 late Wednesday, after almost 14 hours of debate spread over three days, with a property tax increase of 4.9 per cent.",
                "",
                "",
                "W",
            ),
            ("The final vote, 7-4, came at 11:26 p.m.", "", "", "W"),
            (
                "Coun. Henrietta Sundberg-Obi, who chairs the budget committee, called the result “the least bad option we had.”",
                "Henrietta Sundberg-Obi",
                "called",
                "",
            ),
        ],
        [
            (
                "For the owner of a home assessed at $371,000, the city's average, the increase works out to $98.76 a year, or $8.23 a month, according to the city's finance dept.",
                "the city's finance dept.",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Saskatoon Police Service's budget rises by $7.9 million, or 5.8 per cent, to $143.1 million, the largest dollar increase of any department.",
                "",
                "",
                "W",
            ),
            (
                "Chief Dwayne Okonkwo-Hart told council the money would pay for 16 new officers, most of them for a downtown patrol unit.",
                "Dwayne Okonkwo-Hart",
                "told council",
                "",
            ),
        ],
        [
            (
                "Saskatoon Transit gets an extra $5.2 million, most of it to run buses every 10 minutes on the 8th Street and 22nd Street corridors from Sept. 1.",
                "",
                "",
                "W",
            ),
            ("Route No. 60 will also be extended into the Brighton neighbourhood.", "", "", "W"),
            (
                "The budget sets aside $2.3 million to design a bus terminal at Avenue P and 22nd St. W.",
                "",
                "",
                "W",
            ),
            ("Construction is not expected to start before 2030.", "", "", ""),
        ],
        [
            (
                "Council rejected, 6-5, an amendment from Coun. Troy Maclennan-Sato that would have cut the increase to 3.9 per cent by drawing $4.1 million from the city's fiscal stabilization reserve.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“People on fixed incomes are choosing between groceries and their tax bill,” Maclennan-Sato said.",
                "Troy Maclennan-Sato",
                "said",
                "",
            ),
            (
                "“Why are we asking them to top up a reserve we haven't touched in three years?” he asked.",
                "Troy Maclennan-Sato",
                "asked",
                "",
            ),
        ],
        [
            (
                "Mayor Celestine Barrow-Ndukwe said the reserve held $18.6 million, below the city's own policy minimum of five per cent of operating spending.",
                "Celestine Barrow-Ndukwe",
                "said",
                "W",
            ),
            (
                "She said drawing it down further would put the city's AAA credit rating at risk.",
                "Celestine Barrow-Ndukwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Under The Cities Act, a city may not budget for a deficit; if revenue falls short during the year, the shortfall must be made up from reserves or carried into the next year's budget.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "If the province does not increase its municipal revenue-sharing grant in its March budget, council will revisit the transit expansion in the spring, Barrow-Ndukwe said.",
                "Celestine Barrow-Ndukwe",
                "said",
                "",
            ),
        ],
        [
            (
                "Residential snow clearing will be done under a three-year, $11.7-million contract with Prairie Windrow Inc.",
                "",
                "",
                "W",
            ),
            ("The firm, which is based in Martensville, won the tender in October.", "", "", "W"),
            (
                "Under the contract, residential streets must be cleared within 72 hours after a snowfall of 10 centimetres or more, down from 96 hours.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Saskatoon Public Library's levy rises 3.1 per cent, and water and sewer rates, which are set separately, rise six per cent on Jan. 1.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What does it mean for renters?", "", "", ""),
        ],
        [
            (
                "Saskatchewan has no cap on rent increases, but landlords must give tenants at least 12 months' written notice of an increase under The Residential Tenancies Act, 2006.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Marisol Fenwick-Ogunbiyi, who rents a two-bedroom suite on Ave. H S. near the Riversdale pool, said her rent went up $75 in September.",
                "Marisol Fenwick-Ogunbiyi",
                "said",
                "",
            ),
            (
                "“Nobody at city hall has to pay my rent,” she said.",
                "Marisol Fenwick-Ogunbiyi",
                "said",
                "",
            ),
            ("“But every one of them gets to vote on it.”", "Marisol Fenwick-Ogunbiyi", "said", ""),
        ],
        [
            (
                "The North Saskatchewan Small Business Guild called the increase “another hit to main street.”",
                "The North Saskatchewan Small Business Guild",
                "called",
                "",
            ),
            (
                "It said commercial properties in Saskatoon paid $2.31 in property tax for every dollar paid on a home of the same assessed value, the highest ratio among the province's cities.",
                "The North Saskatchewan Small Business Guild",
                "said",
                "W",
            ),
        ],
        [
            (
                "Council will set the 2028 mill rate at its regular meeting on Jan. 26 at 1 p.m. in council chambers.",
                "",
                "",
                "W",
            ),
            (
                "(A mill rate is the amount of tax owed for each $1,000 of a property's taxable assessment.)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("2028 OPERATING BUDGET: WHERE THE NEW MONEY GOES", "", "", "B"),
        ],
        [
            ("Department | 2027 | 2028 | Change", "", "", "B"),
        ],
        [
            ("Police | $135.2M | $143.1M | +5.8%", "", "", ""),
        ],
        [
            ("Transit | $58.4M | $63.6M | +8.9%", "", "", ""),
        ],
        [
            ("Roads & snow | $52.0M | $55.2M | +6.2%", "", "", ""),
        ],
        [
            (
                "Source: City of Saskatoon, 2028 operating budget (figures rounded, approx.)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Recommended from Editorial", "", "", "B"),
        ],
        [
            ("Saskatoon police board asks for 16 more officers", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("You must be logged in to join the discussion or read more comments.", "", "", "B"),
        ],
        [
            (
                "© 2027 The Bridge City Record, a division of Northmark Prairie Publishing Inc.",
                "",
                "",
                "B",
            ),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ sciotobeacon.com", "", "", "B"),
        ],
        [
            ("SCIOTO VALLEY BEACON", "", "", "B"),
        ],
        [
            ("News › Crime & Courts", "", "", "B"),
        ],
        [
            (
                "Columbus home-health owner gets 87 months in federal prison for $14.2 million Medicaid fraud",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Judge orders Raymond T. Kessler Jr. to repay $14.2 million and to serve three years of supervised release after prison",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Priya Castellanos-Whitfield | Scioto Valley Beacon", "", "", "B"),
        ],
        [
            (
                "Published 4:51 p.m. ET Oct. 14, 2027 | Updated 7:08 p.m. ET Oct. 14, 2027",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Raymond T. Kessler Jr. leaves the Joseph P. Kinneary U.S. Courthouse in downtown Columbus on Thursday.",
                "",
                "",
                "",
            ),
            ("Teodoro Albright/Beacon", "", "", "B"),
        ],
        [
            (
                "A Columbus businessman who billed Ohio's Medicaid program for tens of thousands of home-health visits that never took place was sentenced Thursday to 87 months in federal prison.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "U.S. District Judge Margarethe O. Vandersloot also ordered Raymond T. Kessler Jr., 54, of Dublin, to pay $14.2 million in restitution and to serve three years of supervised release after his prison term.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kessler pleaded guilty in May to one count of health care fraud and one count of conspiracy to commit money laundering.",
                "",
                "",
                "W",
            ),
            (
                "He owned BrightHaven Home Care Inc. and a second agency, Hearthside Nursing Services LLC, both run from an office on Cleveland Ave.",
                "",
                "",
                "W",
            ),
            ("The office closed in 2025.", "", "", "W"),
        ],
        [
            (
                "Prosecutors said the two agencies billed Medicaid for more than 61,000 visits between January 2020 and March 2025 that were never made or were made by aides without the required training.",
                "Prosecutors",
                "said",
                "W",
            ),
        ],
        [
            (
                "The billing manager at both agencies was Kessler's nephew, Dale P. Ferrante Jr.",
                "",
                "",
                "W",
            ),
            ("He pleaded guilty in August and is scheduled to be sentenced Dec. 9.", "", "", "W"),
        ],
        [
            (
                "The sentence was at the bottom of the federal guideline range of 87 to 108 months.",
                "",
                "",
                "W",
            ),
            (
                "Prosecutors had asked for 108 months, according to a sentencing memorandum filed last month.",
                "a sentencing memorandum filed last month",
                "according to",
                "W",
            ),
            (
                "His attorney, J. Everett Olumide-Strand, argued for 60, citing Kessler's cooperation with investigators and his care for his 83-year-old mother.",
                "J. Everett Olumide-Strand",
                "argued",
                "W",
            ),
        ],
        [
            ("The hearing began at 1:30 p.m. and ended shortly after 4 p.m.", "", "", "W"),
            ("Kessler's wife and two adult sons sat in the row behind him.", "", "", ""),
        ],
        [
            (
                "“You didn't steal from a faceless government,” Vandersloot told Kessler before announcing the sentence.",
                "Margarethe O. Vandersloot",
                "told Kessler",
                "",
            ),
            (
                "“You stole from the people who needed those visits most.”",
                "Margarethe O. Vandersloot",
                "told Kessler",
                "",
            ),
        ],
        [
            (
                "Kessler, who wore a gray suit and read from a single sheet of paper, apologized to his former patients and to his family.",
                "Raymond T. Kessler Jr.",
                "apologized",
                "",
            ),
            (
                "“I let the business become more important than the people,” he said.",
                "Raymond T. Kessler Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "“Good!” a woman in the gallery called out as the sentence was read.",
                "a woman in the gallery",
                "called out",
                "",
            ),
            ("A deputy U.S. marshal walked her out of the courtroom.", "", "", ""),
        ],
        [
            (
                "Two former nurses at BrightHaven testified at a hearing in July that managers had told them to sign visit logs at the end of each week for visits they had not made.",
                "Two former nurses at BrightHaven",
                "testified",
                "W",
            ),
            (
                "One of them, Loretta Haskins-Dube, sat in the second row on Thursday with her daughter.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“They told me, ‘Sign it or you don't get paid,’” Haskins-Dube said outside the courthouse.",
                "Loretta Haskins-Dube",
                "said",
                "",
            ),
            (
                "“What was I supposed to do, with two kids at home?”",
                "Loretta Haskins-Dube",
                "said",
                "",
            ),
        ],
        [
            (
                "Investigators seized $3.1 million from bank accounts and sold a lake house in Delaware County and two vehicles, including a 2024 Porsche, according to court records.",
                "court records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Every dollar Mr. Kessler took was meant for a patient,” U.S. Attorney Nathaniel B. Oyelowo-Carr said in a statement.",
                "Nathaniel B. Oyelowo-Carr",
                "said in a statement",
                "",
            ),
            (
                "The U.S. Attorney's Office for the Southern District of Ohio said it had recovered $41 million in Medicaid fraud cases since 2023.",
                "The U.S. Attorney's Office for the Southern District of Ohio",
                "said",
                "W",
            ),
        ],
        [
            (
                "The case was investigated by the FBI and the Ohio Attorney General's Medicaid Fraud Control Unit.",
                "",
                "",
                "W",
            ),
            ("It is United States v. Kessler, No. 2:26-cr-00114.", "", "", "W"),
        ],
        [
            (
                "Kessler must report by Jan. 5 to the federal prison camp in Morgantown, W.Va.",
                "",
                "",
                "W",
            ),
            ("The minimum-security camp holds about 400 men.", "", "", "W"),
            ("(There is no parole in the federal system.)", "", "", "W"),
            (
                "Inmates can earn up to 54 days a year off their sentences for good conduct.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "State Sen. Lorna Whitcombe of Columbus said she would reintroduce a bill requiring electronic verification of every home-health visit paid for by Medicaid.",
                "Lorna Whitcombe",
                "said",
                "",
            ),
            (
                "A similar bill from state Rep. Curtis Ng-Halloran of Westerville passed the Ohio House 81-12 in June but has not had a hearing in the Senate.",
                "",
                "",
                "W",
            ),
            (
                "“If this case doesn't move the Senate, I don't know what will,” Whitcombe said.",
                "Lorna Whitcombe",
                "said",
                "",
            ),
        ],
        [
            (
                "Hollis Treadway-Obuya, 79, whose late husband was a BrightHaven client, said aides came to their house in Linden “maybe twice a month.”",
                "Hollis Treadway-Obuya",
                "said",
                "",
            ),
            (
                "“Eighty-seven months?” she asked when told of the sentence.",
                "Hollis Treadway-Obuya",
                "asked",
                "",
            ),
            (
                "“He should have to knock on every one of those doors,” she said.",
                "Hollis Treadway-Obuya",
                "said",
                "",
            ),
        ],
        [
            ("More from Crime & Courts", "", "", "B"),
        ],
        [
            ("Westerville man charged in $2 million pandemic loan scheme", "", "", "B"),
        ],
        [
            ("© 2027 Scioto Valley Beacon Publishing Co.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   TABLELANDS LEADER   🔍   Subscribe", "", "", "B"),
        ],
        [
            ("Open in app", "", "", "B"),
        ],
        [
            ("News | Local", "", "", "B"),
        ],
        [
            (
                "Orange to move to level 4 water restrictions on Monday as storages fall below 30 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Sprinklers banned, hand watering limited to two mornings a week and fines of up to $660 for repeat breaches",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Jacinta Wardlaw-Ezeani", "", "", "B"),
        ],
        [
            ("Updated February 10 2028 - 5:40pm, first published 11:02am", "", "", "B"),
        ],
        [
            ("Suma Park Dam on Wednesday, its banks exposed after a dry summer.", "", "", ""),
            ("Picture by Callum Ferreira-Tait", "", "", "B"),
        ],
        [
            (
                "Orange will move to level 4 water restrictions from 12.01am on Monday after the city's two main dams fell to a combined 29.6 per cent of capacity, Orange City Council said on Thursday.",
                "Orange City Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Suma Park Dam was at 24.1 per cent and Spring Creek Dam at 41.8 per cent on Wednesday, according to council's weekly storage report.",
                "council's weekly storage report",
                "according to",
                "W",
            ),
            (
                "Orange has had 212 millimetres of rain since July, less than half the long-term average for the period.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Under level 4, sprinklers and fixed hoses may not be used at any time.", "", "", "W"),
            (
                "Gardens may be watered by hand, with a bucket or watering can, on Tuesdays and Saturdays between 6am and 8am only.",
                "",
                "",
                "W",
            ),
            (
                "Filling or topping up pools is banned, and cars may be washed only at commercial car washes that recycle water.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A resident caught breaching the restrictions faces an on-the-spot fine of $220; if the same property is fined again within 12 months, the fine rises to $660.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council is asking residents to keep showers to four minutes and to use no more than 160 litres a person a day.",
                "Council",
                "is asking",
                "",
            ),
            (
                "Residents used an average of 214 litres a person a day in January, it said.",
                "Orange City Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Bronwyn Halloway-Tui said the restrictions were “painful but unavoidable”.",
                "Bronwyn Halloway-Tui",
                "said",
                "",
            ),
            (
                "“If we do nothing, Suma Park is empty by Christmas,” she said.",
                "Bronwyn Halloway-Tui",
                "said",
                "",
            ),
        ],
        [
            (
                "The Macquarie River to Orange pipeline, which can deliver up to 12 megalitres a day, has been pumping at full capacity since January 9.",
                "",
                "",
                "W",
            ),
            (
                "Under its licence, the pipeline may draw water only when the Macquarie is flowing at more than 100 megalitres a day at Long Point.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Bureau of Meteorology's outlook gives a 60 per cent chance of below-average rainfall over the next three months.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Water services director Arjun Pellegrini-Haddad said council expected storages to reach 20 per cent by early winter if no significant rain fell.",
                "Arjun Pellegrini-Haddad",
                "said",
                "",
            ),
            (
                "He said council had asked the NSW government for $4.5 million to drill three emergency bores at Clergate.",
                "Arjun Pellegrini-Haddad",
                "said",
                "W",
            ),
        ],
        [
            (
                "Level 5, which bans all outdoor use of town water, begins if combined storage falls below 20 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("How long will the restrictions last?", "", "", ""),
        ],
        [
            (
                "Council's drought management plan says level 4 stays in force until combined storage rises above 40 per cent and stays there for 30 days.",
                "Council's drought management plan",
                "says",
                "W",
            ),
        ],
        [
            (
                "Businesses that use more than 5,000 litres a day must lodge a water savings plan with council by March 31.",
                "",
                "",
                "W",
            ),
            (
                "About 140 businesses in Orange are above that threshold, council said.",
                "council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Non-drinking water for gardens and building sites can be bought from a standpipe at the council depot on Phillip St.",
                "",
                "",
                "W",
            ),
            ("It is open from 7am to 3pm on weekdays.", "", "", "W"),
        ],
        [
            (
                "Cherry and apple growers on the slopes of Mt. Canobolas are not covered by the town restrictions because they draw from private dams and bores licensed by WaterNSW.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Grower Imogen Fairweather-Lal said two of her three dams were dry.",
                "Imogen Fairweather-Lal",
                "said",
                "",
            ),
            (
                "“We've pulled out 400 trees this season,” she said.",
                "Imogen Fairweather-Lal",
                "said",
                "",
            ),
            (
                "“You can't water a tree you can't afford to keep.”",
                "Imogen Fairweather-Lal",
                "said",
                "",
            ),
        ],
        [
            (
                "Dale Kerrigan-Moana, who runs a hand car wash on Summer St., said he would close on Monday because his business did not recycle water.",
                "Dale Kerrigan-Moana",
                "said",
                "",
            ),
            ("“Three jobs gone, just like that!” he said.", "Dale Kerrigan-Moana", "said", ""),
        ],
        [
            (
                "Pensioner Margaret Tilbrook-Oduya, of Bletchington, said she already kept a bucket in the shower and another under the kitchen tap.",
                "Margaret Tilbrook-Oduya",
                "said",
                "",
            ),
            (
                "“What else are we supposed to do?” she asked.",
                "Margaret Tilbrook-Oduya",
                "asked",
                "",
            ),
        ],
        [
            ("DAM LEVELS (Wednesday)", "", "", "B"),
        ],
        [
            ("Suma Park Dam: 24.1 per cent (approx. 2,460 ML)", "", "", ""),
        ],
        [
            ("Spring Creek Dam: 41.8 per cent (approx. 1,920 ML)", "", "", ""),
        ],
        [
            ("Combined: 29.6 per cent", "", "", ""),
        ],
        [
            ("Source: Orange City Council", "", "", "B"),
        ],
        [
            ("Get the latest Orange news delivered to your inbox", "", "", "B"),
        ],
        [
            ("About Us | Contact | Terms | Privacy", "", "", "B"),
        ],
        [
            ("© 2028 Tablelands Leader Pty Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("otakoulookout.co.nz", "", "", "B"),
        ],
        [
            (
                "Audit finds Dunedin private hospital left call bells unanswered for up to 42 minutes",
                "a Ministry of Health audit",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Kōwhai Park given six months to fix staffing shortfall; owner says eight of 11 problems already fixed",
                "Kōwhai Park Healthcare Ltd",
                "says",
                "W",
            ),
        ],
        [
            ("Hemi Rangitoto-Baxter", "", "", "B"),
        ],
        [
            ("Health reporter", "", "", "B"),
        ],
        [
            ("Wed, 17 Nov 2027", "", "", "B"),
        ],
        [
            ("6 min read", "", "", "B"),
        ],
        [
            (
                "A Dunedin private hospital that cares for 64 older people left residents' call bells unanswered for up to 42 minutes and gave medicines late 19 times in a fortnight, a Ministry of Health audit has found.",
                "a Ministry of Health audit",
                "has found",
                "W",
            ),
        ],
        [
            (
                "The certification audit of Kōwhai Park Private Hospital in Māori Hill was carried out over two days in August by Southward Quality Assurance Ltd.",
                "",
                "",
                "W",
            ),
            (
                "Its report was published by HealthCERT, the ministry's certification unit, on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The hospital is owned by Kōwhai Park Healthcare Ltd, which also runs rest homes in Mosgiel and Balclutha.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The auditors found the hospital fully met 96 of the 107 criteria in the Ngā Paerewa Health and Disability Services Standard.",
                "The auditors",
                "found",
                "W",
            ),
            (
                "It partially met 10 and did not meet one, criterion 2.3.1, which requires enough suitably qualified staff on every shift.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "On 11 of the 28 night shifts the auditors reviewed, there was no registered nurse on site between 11pm and 7am, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Call-bell logs showed a median response time of six minutes, but 23 calls in the fortnight before the audit took more than 20 minutes to answer, the longest 42 minutes.",
                "Call-bell logs",
                "showed",
                "W",
            ),
            (
                "Medicines were given more than an hour late on 19 occasions, including two doses of insulin.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "HealthCERT has given the hospital six months to fix the staffing shortfall and three months to fix the other 10.",
                "",
                "",
                "W",
            ),
            (
                "It also cut the hospital's certification period from four years to one.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the Health and Disability Services (Safety) Act 2001, it is an offence to provide hospital care without certification, and the Director-General of Health can cancel a provider's certificate if it does not meet the standards.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Kōwhai Park Healthcare chief executive Diane Whitlock-Paewai said eight of the 11 shortfalls had already been fixed.",
                "Diane Whitlock-Paewai",
                "said",
                "W",
            ),
            (
                "She said the company had hired two registered nurses, who would start on 6 December, and was recruiting a third.",
                "Diane Whitlock-Paewai",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are disappointed, and we are sorry,” she said.",
                "Diane Whitlock-Paewai",
                "said",
                "",
            ),
            (
                "“But I don't accept that our residents were unsafe.”",
                "Diane Whitlock-Paewai",
                "said",
                "",
            ),
            (
                "“Which aged-care hospital in Otago has a registered nurse on every night shift right now?” she asked.",
                "Diane Whitlock-Paewai",
                "asked",
                "",
            ),
        ],
        [
            (
                "Fergus Te Awa-Lindgren, Otago organiser for the Tautoko Nurses Union, said the findings were “sadly typical”.",
                "Fergus Te Awa-Lindgren",
                "said",
                "",
            ),
            (
                "He said a survey of the union's members in June found 41 per cent of aged-care nurses in Otago had worked a night shift as the only registered nurse on site in the previous month.",
                "Fergus Te Awa-Lindgren",
                "said",
                "W",
            ),
            (
                "If staffing at Kōwhai Park has not improved by Christmas, the union will ask WorkSafe to investigate, he said.",
                "Fergus Te Awa-Lindgren",
                "said",
                "",
            ),
        ],
        [
            (
                "Roimata Keating-Ellis, whose 88-year-old father has lived at Kōwhai Park since 2025, said she once waited with him for 35 minutes after he pressed his bell.",
                "Roimata Keating-Ellis",
                "said",
                "",
            ),
            (
                "“He had wet himself by the time anyone came!” she said.",
                "Roimata Keating-Ellis",
                "said",
                "",
            ),
            (
                "“Nobody should have to wait like that, least of all Dad.”",
                "Roimata Keating-Ellis",
                "said",
                "",
            ),
        ],
        [
            (
                "Te Whatu Ora – Health New Zealand, which funds 52 of the hospital's 64 beds under an age-related residential care contract, said it was checking on the hospital weekly.",
                "Te Whatu Ora – Health New Zealand",
                "said",
                "W",
            ),
            (
                "It said no residents had been moved.",
                "Te Whatu Ora – Health New Zealand",
                "said",
                "W",
            ),
        ],
        [
            (
                "A HealthCERT spokeswoman said the hospital would have a follow-up audit, which would be unannounced, before the end of February.",
                "A HealthCERT spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Audit reports are published on the ministry's website, usually about three months after the audit.",
                "",
                "",
                "W",
            ),
            ("(Providers can comment on a draft before it is published.)", "", "", "W"),
            (
                "The hospital's previous audit, in 2024, found four criteria partially met and none unmet.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Associate Professor Ngaire Halvorsen-Tipene, who researches aged care at the University of Otago, said the problem went well beyond one hospital.",
                "Ngaire Halvorsen-Tipene",
                "said",
                "",
            ),
            (
                "She said the number of registered nurses working in aged care nationally had fallen about 9 per cent since 2022, while the number of residents needing hospital-level care had risen.",
                "Ngaire Halvorsen-Tipene",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We are asking fewer nurses to look after sicker people,” she said.",
                "Ngaire Halvorsen-Tipene",
                "said",
                "",
            ),
            (
                "“Something has to give, and at night it's the call bells.”",
                "Ngaire Halvorsen-Tipene",
                "said",
                "",
            ),
        ],
        [
            ("Have a story tip?", "", "", "B"),
            ("Email health@otakoulookout.co.nz", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Ōtākou Lookout Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CORRIB TRIBUNE", "", "", "B"),
        ],
        [
            ("News | Galway | Politics | Sport | Business | Opinion | As Gaeilge", "", "", "B"),
        ],
        [
            ("● LIVE", "", "", "B"),
        ],
        [
            (
                "Galway West by-election: Corrigan-Lally of Páirtí an Lár elected on fifth count",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Last updated: 21:47", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "• Aoibheann Corrigan-Lally (Páirtí an Lár) elected with 26,874 votes, 664 above the quota",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Turnout 44.7% of 118,306 registered voters, down from 61.2% at the 2024 general election",
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
                "Aoibheann Corrigan-Lally of Páirtí an Lár has been elected TD for Galway West on the fifth count.",
                "",
                "",
                "W",
            ),
            (
                "She finished on 26,874 votes, 664 above the quota of 26,210, with Ciarán Mulhern-Obi of Cumann na Saoránach on 21,102.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Galway West has been told to wait its turn for too long,” she told the count centre.",
                "Aoibheann Corrigan-Lally",
                "told the count centre",
                "",
            ),
            (
                "“Is anyone in Leinster House listening now?” she asked.",
                "Aoibheann Corrigan-Lally",
                "asked",
                "",
            ),
        ],
        [
            (
                "The by-election was held to fill the seat left vacant when Páirtí an Lár's Fergal Mac Aodha-Byrne resigned in June to join the European Court of Auditors.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("20:55", "", "", "B"),
        ],
        [
            (
                "Fifth count: Tadhg Ó Flaithearta-Reid's 13,046 votes have been distributed.",
                "",
                "",
                "W",
            ),
            (
                "Corrigan-Lally got 5,185 and Mulhern-Obi 5,178, and 2,683 were non-transferable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Seven votes,” one of Mulhern-Obi's tallymen said, shaking his head.",
                "one of Mulhern-Obi's tallymen",
                "said",
                "",
            ),
        ],
        [
            ("19:30", "", "", "B"),
        ],
        [
            (
                "Mulhern-Obi told reporters he had rung Corrigan-Lally to congratulate her and would not seek a recount.",
                "Ciarán Mulhern-Obi",
                "told reporters",
                "",
            ),
            (
                "“The people of Galway West have spoken, and I respect that,” he said.",
                "Ciarán Mulhern-Obi",
                "said",
                "",
            ),
        ],
        [
            ("17:12", "", "", "B"),
        ],
        [
            (
                "Fourth count: Nessa Brannigan of Daonlathas Nua has been eliminated and her 7,022 votes distributed.",
                "",
                "",
                "W",
            ),
            (
                "Corrigan-Lally received 2,731, Mulhern-Obi 1,874 and Ó Flaithearta-Reid 1,185, with 1,232 non-transferable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Brannigan said she had not told her voters where to transfer and was “not one bit surprised” they had scattered.",
                "Nessa Brannigan",
                "said",
                "",
            ),
        ],
        [
            ("15:40", "", "", "B"),
        ],
        [
            (
                "Third count: Declan Furlong-Asante, an Independent, has been eliminated.",
                "",
                "",
                "W",
            ),
            (
                "Of his 3,125 votes, 1,301 went to Ó Flaithearta-Reid, the largest share, and 276 were non-transferable.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ó Flaithearta-Reid, a Carna fisherman who ran on the protection of inshore fishing, is now on 11,861, still 2,189 behind Mulhern-Obi.",
                "",
                "",
                "W",
            ),
            (
                "If he overtakes Mulhern-Obi, Brannigan's transfers in the city will decide the seat, tallymen for both parties said.",
                "tallymen for both parties",
                "said",
                "",
            ),
        ],
        [
            ("14:05", "", "", "B"),
        ],
        [
            (
                "Second count: Seosamh Whelan, an Independent, and Martina Keogh-Sall of Aontas Tuaithe have been eliminated together and their 2,172 votes distributed.",
                "",
                "",
                "W",
            ),
            (
                "(Under the counting rules, the returning officer may exclude two or more candidates at once when their combined votes could not lift any of them above the next candidate.)",
                "",
                "",
                "W",
            ),
        ],
        [
            ("13:05", "", "", "B"),
        ],
        [
            (
                "The returning officer, Bríd Conneely-Ward, announced the first count at 1.02 p.m.",
                "",
                "",
                "W",
            ),
            ("The quota is 26,210.", "", "", "W"),
            (
                "Corrigan-Lally topped the poll with 17,944 first preferences, 34.2% of the valid poll, ahead of Mulhern-Obi on 13,205 and Ó Flaithearta-Reid on 9,871.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("FIRST COUNT", "", "", "B"),
        ],
        [
            (
                "Corrigan-Lally (PL) 17,944 · Mulhern-Obi (CnS) 13,205 · Ó Flaithearta-Reid (Ind) 9,871 · Brannigan (DN) 6,322",
                "",
                "",
                "",
            ),
        ],
        [
            ("Furlong-Asante (Ind) 2,904 · Keogh-Sall (AT) 1,402 · Whelan (Ind) 770", "", "", ""),
        ],
        [
            ("Valid poll 52,418 · Quota 26,210", "", "", "B"),
        ],
        [
            ("11:20", "", "", "B"),
        ],
        [
            (
                "Tallies from all 214 boxes put Corrigan-Lally on about 34% of first preferences and Mulhern-Obi on about 25%.",
                "",
                "",
                "W",
            ),
            ("Turnout was 44.7%, the returning officer said.", "Bríd Conneely-Ward", "said", "W"),
        ],
        [
            (
                "Mulhern-Obi's director of elections, Pádraig Ó Cuív-Asamoah, said the tallies in Connemara looked “better than we feared”.",
                "Pádraig Ó Cuív-Asamoah",
                "said",
                "",
            ),
        ],
        [
            ("09:00", "", "", "B"),
        ],
        [
            ("Good morning, and welcome to our live coverage of the count.", "", "", ""),
            (
                "Counting began at 9 a.m. at the Galway Racecourse in Ballybrit, where boxes from 214 polling stations were opened in front of tallymen from every party.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Galway West takes in Galway city, Connemara, the Aran Islands and part of south Co. Mayo.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The count centre's results screens were supplied by Ríomhaire Chonamara Teo.",
                "",
                "",
                "W",
            ),
            (
                "The firm also supplied the screens for the 2024 general election count.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Load earlier updates", "", "", "B"),
        ],
        [
            ("© The Corrib Tribune 2027", "", "", "B"),
        ],
    ],
    [
        [
            (
                "https://www.trentvalleylantern.co.uk/news/crime/knife-crime-falls-shoplifting-record-8812240",
                "",
                "",
                "B",
            ),
        ],
        [
            ("TRENT VALLEY LANTERN", "", "", "B"),
        ],
        [
            ("Print | Close window", "", "", "B"),
        ],
        [
            (
                "Knife crime in Nottinghamshire falls 11% but shoplifting hits record, figures show",
                "figures published on Thursday by the Office for National Statistics",
                "show",
                "W",
            ),
        ],
        [
            (
                "Force recorded 1,184 knife offences in the year to June; shop thefts up 19% to 9,412",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Oluwatoyin Brackenbury-Shaw, Crime Reporter", "", "", "B"),
        ],
        [
            ("Thursday, 21 October 2027, 12:00 pm", "", "", "B"),
        ],
        [
            (
                "Police in Nottinghamshire recorded 1,184 offences involving a knife or sharp instrument in the year to June, down 11% on the year before, according to figures published on Thursday by the Office for National Statistics (ONS).",
                "figures published on Thursday by the Office for National Statistics",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Shoplifting rose 19% to 9,412 offences, the highest since current records began in 2003.",
                "",
                "",
                "W",
            ),
            (
                "In all, Nottinghamshire Police recorded 98,760 crimes excluding fraud, a rate of 82.4 per 1,000 residents, against 79.6 for England and Wales.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Det. Supt. Marcus Oyenuga-Hale, who leads the force's serious violence unit, said the fall in knife crime was “real and hard-won”.",
                "Marcus Oyenuga-Hale",
                "said",
                "",
            ),
            (
                "He said officers had taken 412 knives off the streets in the year through weapons sweeps and surrender bins, 31% more than the year before.",
                "Marcus Oyenuga-Hale",
                "said",
                "W",
            ),
            (
                "“Every blade we take is one that can't be pulled outside a takeaway at 2 a.m.,” he said.",
                "Marcus Oyenuga-Hale",
                "said",
                "",
            ),
        ],
        [
            (
                "Operation Kestrel targeted knife carrying in Hyson Green, the Meadows, Sneinton, Bulwell, etc.",
                "",
                "",
                "W",
            ),
            (
                "It led to 214 arrests between January and May, the force said.",
                "the force",
                "said",
                "W",
            ),
        ],
        [
            ("Robbery fell 6% and residential burglary 3%.", "", "", "W"),
            ("Violence against the person was almost unchanged, at 31,204 offences.", "", "", "W"),
        ],
        [
            (
                "Under the Anti-social Behaviour, Crime and Policing Act 2014, thefts from shops of goods worth £200 or less are summary-only offences, which means they can be tried only in a magistrates' court.",
                "",
                "",
                "W",
            ),
            (
                "The government has said it will scrap the £200 threshold so that all shoplifting can be tried in the Crown Court.",
                "The government",
                "has said",
                "",
            ),
        ],
        [
            (
                "Rukhsana Devereux-Mbah, who chairs the East Midlands Retailers' Alliance, said shoplifting had become “an organised business”.",
                "Rukhsana Devereux-Mbah",
                "said",
                "",
            ),
            (
                "She said the alliance's 340 member stores had recorded 14,200 incidents of violence or abuse against staff last year.",
                "Rukhsana Devereux-Mbah",
                "said",
                "W",
            ),
        ],
        [
            (
                "A manager at a convenience store on Alfreton Rd. in Radford, who asked not to be named, said he now kept spirits, razors and baby formula behind the counter.",
                "A manager at a convenience store on Alfreton Rd. in Radford",
                "said",
                "",
            ),
            (
                "“We get the same three lads in every week!” he said.",
                "A manager at a convenience store on Alfreton Rd. in Radford",
                "said",
                "",
            ),
            (
                "“What's the point of ringing 101 when nobody comes?”",
                "A manager at a convenience store on Alfreton Rd. in Radford",
                "said",
                "",
            ),
        ],
        [
            ("Why is shoplifting rising?", "", "", ""),
        ],
        [
            (
                "Dr. Yetunde Harcastle-Moss, a criminologist at Nottingham Trent University, said cost-of-living pressures explained only part of the rise.",
                "Yetunde Harcastle-Moss",
                "said",
                "",
            ),
            (
                "She said only 17% of shoplifting offences recorded in England and Wales last year had led to someone being charged or summonsed.",
                "Yetunde Harcastle-Moss",
                "said",
                "W",
            ),
            (
                "“If you know nothing will happen, why wouldn't you?” she asked.",
                "Yetunde Harcastle-Moss",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Crime Survey for England and Wales, which asks people about crimes they have experienced whether or not they reported them, estimated that violent crime nationally was unchanged.",
                "The Crime Survey for England and Wales",
                "estimated",
                "W",
            ),
            (
                "(The survey is too small to give reliable figures for individual police force areas.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nottinghamshire's police and crime commissioner, Gareth Blomqvist-Adu, said the force would move 40 more officers into neighbourhood teams by April.",
                "Gareth Blomqvist-Adu",
                "said",
                "",
            ),
            (
                "He said the force had 2,318 officers in September, its highest number since 2010.",
                "Gareth Blomqvist-Adu",
                "said",
                "W",
            ),
        ],
        [
            ("A new neighbourhood police base opened in March on Hucknall Rd.", "", "", "W"),
            ("Its front counter is open from 8 a.m. to 8 p.m. every day.", "", "", "W"),
        ],
        [
            ("RECORDED CRIME IN NOTTINGHAMSHIRE, YEAR TO JUNE", "", "", "B"),
        ],
        [
            ("Offence | 2027 | vs. 2026", "", "", "B"),
        ],
        [
            ("Knife or sharp instrument offences | 1,184 | -11%", "", "", ""),
        ],
        [
            ("Shoplifting | 9,412 | +19%", "", "", ""),
        ],
        [
            ("Robbery | 1,506 | -6%", "", "", ""),
        ],
        [
            ("Residential burglary | 3,871 | -3%", "", "", ""),
        ],
        [
            (
                "Source: Office for National Statistics, police recorded crime (excluding fraud)",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Trent Valley Lantern Ltd.", "", "", "B"),
            ("Registered in England and Wales No. 04418827.", "", "", "B"),
        ],
        [
            ("Printed from trentvalleylantern.co.uk on 21/10/2027 at 14:22", "", "", "B"),
        ],
    ],
    [
        [
            ("Inbox", "", "", "B"),
        ],
        [
            ("The Sandton Ticker <closing@sandtonticker.co.za>", "", "", "B"),
        ],
        [
            ("to me", "", "", "B"),
        ],
        [
            ("Tue, 14 Oct, 17:32 (2 hours ago)", "", "", "B"),
        ],
        [
            ("Trouble viewing this email?", "", "", "B"),
            ("Open it in your browser.", "", "", "B"),
        ],
        [
            ("THE SANDTON TICKER · Closing bell · Tuesday 14 October 2027", "", "", "B"),
        ],
        [
            ("Good evening.", "", "", ""),
            (
                "Retailers had a rough day on the JSE, and one of them had some explaining to do.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KAROO FRESH: SALES UP, PROFIT SQUEEZED BY DIESEL AND PRICE CUTS", "", "", "W"),
        ],
        [
            (
                "Karoo Fresh Holdings Ltd. said on Tuesday that revenue rose 7.3% to R18.42bn in the six months to August 31.",
                "Karoo Fresh Holdings Ltd.",
                "said",
                "W",
            ),
            (
                "Headline earnings per share (HEPS), the main profit measure on the JSE, rose only 4.1% to 312.6c.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The group said its gross margin narrowed to 23.8% from 24.6%, mainly because of price cuts on about 1,200 basic lines and R214m spent on diesel for generators during power cuts.",
                "The group",
                "said",
                "W",
            ),
        ],
        [
            (
                "It declared an interim dividend of 125c a share, unchanged from a year earlier.",
                "",
                "",
                "W",
            ),
            (
                "Analysts polled by the data firm Mzansi Market Data had expected HEPS of about 330c.",
                "",
                "",
                "W",
            ),
            (
                "The shares closed 6.2% lower at R84.15, their biggest one-day fall since March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Thandiwe Mokoena-Breytenbach told analysts on a webcast that the price cuts were “an investment in loyalty, not a cost”.",
                "Thandiwe Mokoena-Breytenbach",
                "told analysts on a webcast",
                "",
            ),
            (
                "She said active members of the Karoo Rewards programme had grown to 6.8 million from 5.9 million a year earlier.",
                "Thandiwe Mokoena-Breytenbach",
                "said",
                "W",
            ),
            (
                "“Would you rather keep a customer for six months or for sixteen years?” she asked.",
                "Thandiwe Mokoena-Breytenbach",
                "asked",
                "",
            ),
            (
                "She expects margins to recover in the second half as diesel costs fall.",
                "Thandiwe Mokoena-Breytenbach",
                "expects",
                "",
            ),
        ],
        [
            (
                "The group opened 41 stores and closed nine in the period, ending it with 812.",
                "",
                "",
                "W",
            ),
            (
                "It plans to open another 60, mostly in Limpopo and the Eastern Cape, by the end of February.",
                "Karoo Fresh Holdings Ltd.",
                "plans",
                "",
            ),
        ],
        [
            ("Its Namibian business is held through Karoo Fresh Namibia (Pty) Ltd.", "", "", "W"),
            ("Sales there fell 2.4% in rand terms.", "", "", "W"),
        ],
        [
            (
                "Under the JSE Listings Requirements, a company must publish a trading statement as soon as it is reasonably certain that its earnings per share for a period will differ by at least 20% from the previous one.",
                "",
                "",
                "W",
            ),
            (
                "Karoo Fresh did not publish one, as the change was below that threshold.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ruan Oosthuizen-Dlamini, a retail analyst at Highveld Equity Research, said the result was “worse than it looks”.",
                "Ruan Oosthuizen-Dlamini",
                "said",
                "",
            ),
            (
                "He said about a third of the growth in revenue had come from stores opened in the past year, and that like-for-like sales rose only 4.6%.",
                "Ruan Oosthuizen-Dlamini",
                "said",
                "W",
            ),
            ("He cut his target price to R92 from R105.", "", "", ""),
        ],
        [
            (
                "Wage talks between the company and the Retail Workers' Union of South Africa (Rewusa), which represents about 38,000 of its store staff, are due to start on November 3.",
                "",
                "",
                "W",
            ),
            (
                "If the company offers less than 8%, the union will declare a dispute, its general secretary, Sipho Maqoma-Fairbairn, said.",
                "Sipho Maqoma-Fairbairn",
                "said",
                "",
            ),
        ],
        [
            (
                "Our take: a retailer that cuts prices in a squeeze is buying market share, and the market tends to punish that on the day and reward it a year later.",
                "",
                "",
                "",
            ),
        ],
        [
            ("KEY FIGURES (six months to Aug 31)", "", "", "B"),
        ],
        [
            ("Revenue: R18.42bn vs. R17.17bn", "", "", ""),
        ],
        [
            ("HEPS: 312.6c vs. 300.3c", "", "", ""),
        ],
        [
            ("Online sales: R1.31bn vs. R0.94bn", "", "", ""),
        ],
        [
            ("Interim dividend: 125c (unchanged)", "", "", ""),
        ],
        [
            ("ALSO ON THE BOARD", "", "", "B"),
        ],
        [
            (
                "Platinum miner Bokamoso Platinum Ltd. said refined output fell 3% in the quarter to September because a shaft at its Rustenburg operation was flooded for 11 days in July.",
                "Bokamoso Platinum Ltd.",
                "said",
                "W",
            ),
            ("Its shares fell 1.9%.", "", "", "W"),
        ],
        [
            (
                "Amathole Logistics rose 4.4% after agreeing to buy Gulfport Cold Storage Inc., a Houston warehouse operator, in its first acquisition in the U.S.",
                "",
                "",
                "W",
            ),
            ("It did not disclose the price.", "Amathole Logistics", "did not disclose", ""),
        ],
        [
            ("MARKETS AT THE CLOSE", "", "", "B"),
        ],
        [
            ("JSE All Share: 84,512.3 (−0.4%)", "", "", ""),
        ],
        [
            ("Rand/dollar: R17.84", "", "", ""),
        ],
        [
            ("Brent crude: $81.20/bbl", "", "", ""),
        ],
        [
            (
                "You're receiving this email because you signed up at sandtonticker.co.za.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe · Update your preferences · Forward to a friend", "", "", "B"),
        ],
        [
            (
                "The Sandton Ticker is published by Jacaranda Street Publishing (Pty) Ltd.",
                "",
                "",
                "B",
            ),
            ("Nothing in this newsletter is investment advice.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE INDUS LEDGER", "", "", "B"),
        ],
        [
            ("ePaper | Subscribe | Sign In | हिंदी", "", "", "B"),
        ],
        [
            (
                "India | World | Business | Education | Cities | Sports | Opinion | Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Education / News", "", "", "B"),
        ],
        [
            (
                "NIRF 2027: Deccan Plateau University climbs to No. 4 among universities, up from No. 11",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ministry of Education ranks 1,892 institutions in 17 categories; St. Gregory's College, Kochi, enters top 10 colleges",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Ananya Raghunathan-Fell, New Delhi", "", "", "B"),
        ],
        [
            ("Updated: Aug 14, 2027 08:41 PM IST", "", "", "B"),
        ],
        [
            (
                "Students outside the administrative block of Deccan Plateau University in Hyderabad on Thursday.",
                "",
                "",
                "",
            ),
            ("(Photo: Indus Ledger)", "", "", "B"),
        ],
        [
            (
                "NEW DELHI: Deccan Plateau University in Hyderabad has been ranked No. 4 among universities in the National Institutional Ranking Framework (NIRF) 2027, released by the Union Ministry of Education on Thursday.",
                "",
                "",
                "W",
            ),
            ("It was No. 11 last year.", "", "", "W"),
        ],
        [
            (
                "The ministry ranked 1,892 institutions in 17 categories this year, up from 1,744 in 2026.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("How are the rankings calculated?", "", "", ""),
        ],
        [
            (
                "Institutions are scored out of 100 on five parameters: teaching, learning and resources (30%); research and professional practice (30%); graduation outcomes (20%); outreach and inclusivity (10%); and perception (10%).",
                "",
                "",
                "W",
            ),
            (
                "(Perception is measured through a survey of employers, academics and the public.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Deccan Plateau University scored 71.86, vs. 64.20 last year, according to the NIRF data.",
                "the NIRF data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Its vice-chancellor, Prof. K. Srinivasa Raghavendra-Menon, said the university had published 2,310 papers in indexed journals in 2025-26, nearly double the number three years earlier.",
                "K. Srinivasa Raghavendra-Menon",
                "said",
                "W",
            ),
            (
                "He said its Dept. of Pharmaceutical Sciences alone had filed 46 patents since 2024.",
                "K. Srinivasa Raghavendra-Menon",
                "said",
                "W",
            ),
            (
                "“We are not chasing rankings,” he said.",
                "K. Srinivasa Raghavendra-Menon",
                "said",
                "",
            ),
            (
                "“But who doesn't like to see their name in the top five?” he asked.",
                "K. Srinivasa Raghavendra-Menon",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Telangana government raised the university's annual grant to Rs 412 crore in 2025-26 from Rs 268 crore, according to state budget documents.",
                "state budget documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The median salary offered to its 2026 B.Tech. graduates was Rs 9.4 lakh a year, according to the data the university submitted to NIRF.",
                "the data the university submitted to NIRF",
                "according to",
                "W",
            ),
            (
                "About 1,100 of its graduates went abroad for higher studies last year, most of them to the U.S.",
                "",
                "",
                "W",
            ),
            (
                "The university did not say how many had returned.",
                "The university",
                "did not say",
                "",
            ),
        ],
        [
            (
                "The highest-ranked private university was the Aravalli Institute of Management and Technology in Jaipur, at No. 7.",
                "",
                "",
                "W",
            ),
            ("Its hostels are run by Sanjivani Campus Services Pvt. Ltd.", "", "", "W"),
            ("A double room costs Rs 1.85 lakh a year.", "", "", "W"),
        ],
        [
            (
                "In the college category, St. Gregory's College, Kochi, rose to No. 9 from No. 23.",
                "",
                "",
                "W",
            ),
            (
                "Its principal, Rev. Dr. Joseph Thekkekara-Lewis, said the college had added 40 Ph.D. scholarships this year.",
                "Joseph Thekkekara-Lewis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Meenakshi Varadarajan-Iyer, who studies higher education policy at the Centre for Learning and Policy in Bengaluru, called the perception score “a popularity contest with a 10% weight”.",
                "Meenakshi Varadarajan-Iyer",
                "called",
                "",
            ),
            (
                "She said the ministry had withdrawn the rankings of 14 institutions in 2025 after finding errors in the data they had submitted.",
                "Meenakshi Varadarajan-Iyer",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under the NIRF rules, an institution found to have submitted false data is barred from the rankings for two years.",
                "",
                "",
                "W",
            ),
            (
                "If the ministry makes accreditation compulsory for taking part, as it proposed in March, about 600 institutions would drop out, Varadarajan-Iyer said.",
                "Meenakshi Varadarajan-Iyer",
                "said",
                "",
            ),
        ],
        [
            (
                "Sai Pranav Kodali, a third-year B.Tech. student at Deccan Plateau, said the ranking had come up at his family's dinner table before he had even seen it.",
                "Sai Pranav Kodali",
                "said",
                "",
            ),
            ("“My parents read about it before I did!” he said.", "Sai Pranav Kodali", "said", ""),
        ],
        [
            ("NIRF 2027: TOP UNIVERSITIES", "", "", "B"),
        ],
        [
            ("Rank | University | Score", "", "", "B"),
        ],
        [
            ("1 | Himalayan Central University, Dehradun | 83.40", "", "", ""),
        ],
        [
            ("2 | Kaveri University of Science, Mysuru | 78.05", "", "", ""),
        ],
        [
            ("3 | Sangam University, Prayagraj | 73.91", "", "", ""),
        ],
        [
            ("4 | Deccan Plateau University, Hyderabad | 71.86", "", "", ""),
        ],
        [
            (
                "Source: National Institutional Ranking Framework, Ministry of Education",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ALSO READ", "", "", "B"),
        ],
        [
            (
                "CUET-UG 2027 results: 14 candidates score a perfect 100 in all subjects",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Follow the Indus Ledger on WhatsApp for the latest news", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Indus Ledger Publications Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Shared from the Kallang Dispatch app", "", "", "B"),
        ],
        [
            ("SINGAPORE", "", "", "B"),
        ],
        [
            ("Bus and train fares to rise by up to 11 cents from Dec 27", "", "", "W"),
        ],
        [
            (
                "Adult card fares go up 6 per cent and concession fares 4 cents a journey, PTC says",
                "the Public Transport Council",
                "says",
                "W",
            ),
        ],
        [
            ("Charmaine Oon Hui Ling, Transport Correspondent", "", "", "B"),
        ],
        [
            ("Oct 9, 2027, 11:04 AM", "", "", "B"),
        ],
        [
            ("Commuters at Tampines MRT station on Oct 8.", "", "", ""),
            ("PHOTO: KALLANG DISPATCH FILE", "", "", "B"),
        ],
        [
            (
                "SINGAPORE – Bus and train fares will rise by up to 11 cents a journey from Dec 27, the Public Transport Council (PTC) said on Oct 9.",
                "the Public Transport Council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Adult card fares will go up by 6 per cent, or 10 cents for most journeys, the PTC said.",
                "the Public Transport Council",
                "said",
                "W",
            ),
            ("A 10km adult journey will cost $1.89, up from $1.79.", "", "", "W"),
        ],
        [
            (
                "Fares for students, seniors, people with disabilities and lower-wage workers will rise by 4 cents a journey.",
                "",
                "",
                "W",
            ),
            ("The monthly concession pass for seniors stays at $64.", "", "", "W"),
        ],
        [
            (
                "The PTC said the increase was driven mainly by higher energy prices and core wage growth of 5.4 per cent last year.",
                "the Public Transport Council",
                "said",
                "W",
            ),
            (
                "It said the fare formula would have allowed an increase of 22.7 per cent, and that the remaining 16.7 percentage points would be carried over to future fare reviews.",
                "the Public Transport Council",
                "said",
                "W",
            ),
        ],
        [
            ("How is the increase worked out?", "", "", ""),
        ],
        [
            (
                "Under the fare formula, the maximum increase equals the change in core inflation plus the change in the national wage index plus the change in energy prices, minus a productivity extension of 0.5 per cent.",
                "",
                "",
                "W",
            ),
            ("(The PTC reviews fares once a year, usually in September or October.)", "", "", "W"),
        ],
        [
            (
                "The pre-peak discount stays: commuters who tap in at MRT and LRT stations before 7.45 a.m. on weekdays pay up to 50 cents less than the regular fare.",
                "",
                "",
                "W",
            ),
            ("The discount applies only to journeys that begin before 7.45 a.m.", "", "", "W"),
            ("It does not apply on public holidays.", "", "", "W"),
        ],
        [
            (
                "Senior Minister of State for Transport Teo Kah Leong said in a Facebook post that the Government would give $30 public transport vouchers to 500,000 lower-income households.",
                "Teo Kah Leong",
                "said in a Facebook post",
                "",
            ),
            ("The vouchers can be collected from Nov 15 at community centres.", "", "", "W"),
        ],
        [
            (
                "If energy prices fall next year, the council would consider a smaller increase, or none at all, its chairman, Lawrence Yeo Boon Hock, said.",
                "Lawrence Yeo Boon Hock",
                "said",
                "",
            ),
        ],
        [
            (
                "Buses in the Sengkang-Hougang area are run by Northlink Omnibus Pte. Ltd.",
                "",
                "",
                "W",
            ),
            (
                "It operates 26 services under a five-year contract with the Land Transport Authority that began in 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr Ravindran Pillai-Koh, 67, who takes service No. 858 from his flat at Block 418 Yishun Ave. 11 to a polyclinic twice a week, said the increase would cost him about $1.20 a month.",
                "Ravindran Pillai-Koh",
                "said",
                "",
            ),
            (
                "“Ten cents, ten cents, every year ten cents!” he said.",
                "Ravindran Pillai-Koh",
                "said",
                "",
            ),
        ],
        [
            (
                "Associate Professor Chia Wen Jie, a transport economist at the National University of Singapore, said the increase was “modest and overdue”.",
                "Chia Wen Jie",
                "said",
                "",
            ),
            (
                "He said households in the lowest income fifth spent about 2.6 per cent of their income on public transport in 2025.",
                "Chia Wen Jie",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Nur Aisyah Rahmat, 24, a nurse who commutes from Woodlands to Outram, asked: “Why do fares always go up and never come down?”",
                "Nur Aisyah Rahmat",
                "asked",
                "",
            ),
        ],
        [
            ("WHAT CHANGES ON DEC 27", "", "", "B"),
        ],
        [
            ("• Adult card fares: +10 cents for most journeys (approx. 6 per cent)", "", "", "W"),
        ],
        [
            ("• Student, senior and disability concession fares: +4 cents", "", "", "W"),
        ],
        [
            ("• Adult monthly travel pass: $128 to $136", "", "", "W"),
        ],
        [
            ("• Single-trip tickets: +10 cents; the 10-cent deposit is unchanged", "", "", "W"),
        ],
        [
            ("Get the latest news on the Kallang Dispatch app", "", "", "B"),
        ],
        [
            ("Download on the App Store | Get it on Google Play", "", "", "B"),
        ],
    ],
    [
        [
            ("☰  TANDAZA SPORT  🔍", "", "", "B"),
        ],
        [
            ("Rugby", "", "", "B"),
        ],
        [
            ("Mariners edge Highlanders 27-24 to win first Kenya Cup title", "", "", "W"),
        ],
        [
            (
                "No. 8 Ochieng-Wafula scores twice as the Mombasa side come back from 15-13 down at half-time",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Wanjiku Lemaiyan-Foster", "", "", "B"),
        ],
        [
            ("Sunday, March 12, 2028 · 9:14 p.m.", "", "", "B"),
        ],
        [
            ("Share this: WhatsApp · X · Facebook", "", "", "B"),
        ],
        [
            ("Mariners players lift the Kenya Cup at the RFUEA Ground on Saturday.", "", "", ""),
            ("Photo: Tandaza/Omar Kiprop-Hayes", "", "", "B"),
        ],
        [
            (
                "Mombasa Mariners won the Kenya Cup for the first time on Saturday, beating Kisii Highlanders 27-24 in the final at the RFUEA Ground on Ngong Rd.",
                "",
                "",
                "W",
            ),
            (
                "The Kenya Rugby Union put the crowd at 7,800, a record for a club final.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "No. 8 Brian Ochieng-Wafula scored two of the Mariners' three tries, the second in the 64th minute.",
                "",
                "",
                "W",
            ),
            (
                "Winger Dennis Kiprotich-Waweru scored the winning try in the 78th minute, after a 40-metre break by centre Hamisi Chande-Barker.",
                "",
                "",
                "W",
            ),
            ("Fly-half Ian Mutua-Keller kicked three conversions and two penalties.", "", "", "W"),
        ],
        [
            (
                "The Highlanders led 15-13 at half-time after tries from flanker Tobias Nyamweya and centre Collins Awuor Jr.",
                "",
                "",
                "W",
            ),
            ("Both were named in the national sevens squad last month.", "", "", "W"),
        ],
        [
            (
                "Highlanders fly-half Evans Kipchumba-Grant kicked four penalties and a conversion, but missed a kick from 45 metres in the 80th minute that would have levelled the game.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mariners coach Salim Bakari-Odhiambo said the title belonged to “every kid who ever played on the sand at Nyali”.",
                "Salim Bakari-Odhiambo",
                "said",
                "",
            ),
            (
                "“Did anyone outside Mombasa think we could do this?” he asked.",
                "Salim Bakari-Odhiambo",
                "asked",
                "",
            ),
            (
                "He said 19 of his 23-man squad had come through the club's academy.",
                "Salim Bakari-Odhiambo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Highlanders coach Julius Mogaka-Sorensen said the referee had missed a forward pass in the build-up to the winning try.",
                "Julius Mogaka-Sorensen",
                "said",
                "",
            ),
            (
                "“We will look at it, but it won't change the result,” he said.",
                "Julius Mogaka-Sorensen",
                "said",
                "",
            ),
        ],
        [
            (
                "Highlanders captain Job Ondieki-Marsh left the field in the 52nd minute with a shoulder injury and will have a scan on Monday.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Several hundred supporters ran onto the pitch after the final whistle.", "", "", "W"),
            (
                "A Kenya Rugby Union spokesman said the union would review footage of the pitch invasion.",
                "A Kenya Rugby Union spokesman",
                "said",
                "",
            ),
            (
                "Under the union's regulations, a club whose supporters invade the pitch is fined Sh200,000; a second offence in the same season means its next home match is played behind closed doors.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The winners receive Sh2.5 million in prize money and the runners-up Sh1 million, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            ("The Kenya Cup's title sponsor is Pwani Breweries Co.", "", "", "W"),
            ("It signed a three-year deal worth Sh45 million in 2026.", "", "", "W"),
        ],
        [
            (
                "Fatuma Said-Ngala, who travelled from Mombasa on the overnight bus, said she had cried through the last five minutes.",
                "Fatuma Said-Ngala",
                "said",
                "",
            ),
            ("“I have waited 20 years for this!” she said.", "Fatuma Said-Ngala", "said", ""),
        ],
        [
            (
                "The Mariners play the Rift Valley Rams in the Safari Shield semi-final at 4 p.m. next Saturday in Mombasa.",
                "",
                "",
                "W",
            ),
            ("They will start as favourites.", "", "", ""),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            (
                "Mombasa Mariners 27 (Tries: Ochieng-Wafula 2, Kiprotich-Waweru; Cons: Mutua-Keller 3; Pens: Mutua-Keller 2)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Kisii Highlanders 24 (Tries: Nyamweya, Awuor Jr.; Con: Kipchumba-Grant; Pens: Kipchumba-Grant 4)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Half-time: Mariners 13, Highlanders 15", "", "", ""),
        ],
        [
            ("Referee: J. M. Kamau-Ruto", "", "", ""),
        ],
        [
            ("Player of the match: B. Ochieng-Wafula (Mariners)", "", "", ""),
        ],
        [
            ("More rugby", "", "", "B"),
        ],
        [
            ("Simbas name three uncapped players for Africa Cup qualifier", "", "", "B"),
        ],
        [
            ("© 2028 Tandaza Sports Network Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ lagoonmirror.ng", "", "", "B"),
        ],
        [
            ("THE LAGOON MIRROR", "", "", "B"),
        ],
        [
            ("Home » Health", "", "", "B"),
        ],
        [
            (
                "Study finds E. coli in more than a quarter of Ibadan sachet water",
                "a study by researchers at the University of Ibadan",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Researchers tested 640 sachets bought from hawkers, shops and motor parks in three local government areas",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Temitope Oyekunle-Harris", "", "", "B"),
        ],
        [
            ("November 3, 2027", "", "", "B"),
        ],
        [
            ("Share on WhatsApp | Facebook | X", "", "", "B"),
        ],
        [
            ("A hawker sells sachet water at a traffic stop in Ibadan.", "", "", ""),
            ("Photo: Lagoon Mirror", "", "", "B"),
        ],
        [
            (
                "More than one in four sachets of drinking water sold in Ibadan contained E. coli, a bacterium that signals contamination with faeces, according to a study by researchers at the University of Ibadan.",
                "a study by researchers at the University of Ibadan",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The team bought 640 sachets from hawkers, shops and motor parks in three local government areas between April and September 2026 and tested each within six hours of purchase.",
                "",
                "",
                "W",
            ),
            (
                "The researchers found E. coli in 174 of the 640 sachets, or 27.2 per cent.",
                "The researchers",
                "found",
                "W",
            ),
        ],
        [
            (
                "Sachets bought in the rainy season were about twice as likely to contain E. coli.",
                "",
                "",
                "W",
            ),
            ("The difference was statistically significant.", "", "", "W"),
            (
                "Contamination was higher in sachets bought from hawkers in traffic than in those bought from shops (34.8% vs. 19.1%).",
                "",
                "",
                "W",
            ),
            ("(Each sachet holds 50cl and sells for about ₦50.)", "", "", "W"),
        ],
        [
            (
                "The lead author, Dr. Folasade Adebanjo-Clarke of the university's Department of Environmental Health Sciences, said most of the contaminated sachets came from small factories that had no NAFDAC registration number on the label.",
                "Folasade Adebanjo-Clarke",
                "said",
                "W",
            ),
            (
                "“People think sachet water is safe because it is sealed,” she said.",
                "Folasade Adebanjo-Clarke",
                "said",
                "",
            ),
            (
                "“But who checks the borehole it came from?” she asked.",
                "Folasade Adebanjo-Clarke",
                "asked",
                "",
            ),
            (
                "She said the team suspected some factories of refilling from untreated wells during shortages, but that the study could not show it.",
                "Folasade Adebanjo-Clarke",
                "said",
                "",
            ),
        ],
        [
            (
                "The World Health Organization and the U.S. Environmental Protection Agency both set the limit for E. coli in drinking water at zero per 100ml.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The National Agency for Food and Drug Administration and Control (NAFDAC) said it had shut 23 sachet water factories in Oyo State since January.",
                "The National Agency for Food and Drug Administration and Control",
                "said",
                "W",
            ),
            (
                "Under its regulations, a factory whose water fails a microbiological test twice within 12 months loses its registration.",
                "",
                "",
                "W",
            ),
            (
                "NAFDAC's Oyo State coordinator, Pharm. Ibukunoluwa Sanni-Roberts, said the agency would begin unannounced testing at motor parks in January.",
                "Ibukunoluwa Sanni-Roberts",
                "said",
                "",
            ),
        ],
        [
            ("Ibadan's largest sachet producer by volume is Oluyole Springs Ltd.", "", "", "W"),
            (
                "It said its water was tested daily in its own laboratory.",
                "Oluyole Springs Ltd.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Oyo Table Water Producers' League called the study “alarmist”.",
                "The Oyo Table Water Producers' League",
                "called",
                "",
            ),
            (
                "Its chairman, Alhaji Rasaq Olanrewaju-Bello, said all 212 of the league's member factories were registered with NAFDAC.",
                "Rasaq Olanrewaju-Bello",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesman for Oyo State Gov. Oluwaseun Adeleke-Barnes said the state would install 60 public water points with treated borehole water in Ibadan by the end of 2028.",
                "A spokesman for Oyo State Gov. Oluwaseun Adeleke-Barnes",
                "said",
                "",
            ),
        ],
        [
            (
                "Kehinde Afolabi-Green, who sells sachets at the Iwo Road motor park, said she sold about 300 a day.",
                "Kehinde Afolabi-Green",
                "said",
                "",
            ),
            (
                "“If I stop selling, what will my children eat?” she asked.",
                "Kehinde Afolabi-Green",
                "asked",
                "",
            ),
        ],
        [
            (
                "Prof. Adeyinka Ogundipe-Walters, a public health physician at the University College Hospital, Ibadan, said the findings were “not surprising, but frightening”.",
                "Adeyinka Ogundipe-Walters",
                "said",
                "",
            ),
            (
                "He said the hospital had treated 1,312 children for diarrhoea in the first eight months of 2027, up from 1,045 in the same period of 2026.",
                "Adeyinka Ogundipe-Walters",
                "said",
                "W",
            ),
        ],
        [
            (
                "The study was funded by the university's research fund and published on Monday in the West African Journal of Environmental Health.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Journal reference: Adebanjo-Clarke F, Ogunleye TA, et al. Microbial quality of packaged sachet water sold in Ibadan, Nigeria. W Afr J Environ Health. 2027;19(4):211-224.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Cholera: Oyo confirms 41 cases in two LGAs", "", "", "B"),
        ],
        [
            ("© 2027 Lagoon Mirror Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LIGUANEA CHRONICLE", "", "", "B"),
        ],
        [
            ("Wednesday | August 23, 2028", "", "", "B"),
        ],
        [
            (
                "News | Business | Sport | Entertainment | Lifestyle | Letters | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            (
                "House prices in Kingston and St. Andrew up 11.4 per cent to J$42.6 million",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Listings fall 18 per cent in the second quarter, brokers' council says",
                "the Jamaica Property Brokers' Council",
                "says",
                "W",
            ),
        ],
        [
            ("Kemar Pottinger-Welsh/Senior Business Reporter", "", "", "B"),
        ],
        [
            ("kemar.pottinger-welsh@liguaneachronicle.com", "", "", "B"),
        ],
        [
            ("A 'Sold' sign outside a townhouse development in Havendale, St. Andrew.", "", "", ""),
            ("CONTRIBUTED", "", "", "B"),
        ],
        [
            (
                "The average price of a house sold in Kingston and St. Andrew rose 11.4 per cent to J$42.6 million in the second quarter, according to the Jamaica Property Brokers' Council's quarterly housing report.",
                "the Jamaica Property Brokers' Council's quarterly housing report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Prices in St. Catherine rose 8.9 per cent to J$24.1 million, and in St. James 13.2 per cent to J$38.7 million.",
                "",
                "",
                "W",
            ),
            (
                "The highest average was in Jacks Hill and Mt. James, at J$96.3 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The report is based on 1,846 sales recorded by the council's 212 member agencies between April and June.",
                "",
                "",
                "W",
            ),
            (
                "(It does not include private sales or sales by developers directly to buyers.)",
                "",
                "",
                "W",
            ),
            ("The council's data are compiled by Blue Mahoe Analytics Ltd.", "", "", "W"),
            ("The firm has produced the report since 2019.", "", "", "W"),
        ],
        [
            (
                "The number of homes listed for sale fell 18 per cent from a year earlier, to 2,904, the report said.",
                "the report",
                "said",
                "W",
            ),
            (
                "Average monthly rent for a two-bedroom apartment in the Corporate Area rose to J$145,000 from J$128,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The council's president, Marcia Greaves-Okafor, said prices were being pushed up by “too few homes chasing too many buyers”.",
                "Marcia Greaves-Okafor",
                "said",
                "",
            ),
            (
                "“When a three-bedroom house in Mona Heights sells in four days, what does that tell you?” she asked.",
                "Marcia Greaves-Okafor",
                "asked",
                "",
            ),
            (
                "She expects prices to rise another 6 to 8 per cent by December.",
                "Marcia Greaves-Okafor",
                "expects",
                "",
            ),
        ],
        [
            (
                "The Bank of Jamaica has held its policy rate at 6.75 per cent since March.",
                "",
                "",
                "W",
            ),
            (
                "Inflation was 5.1 per cent in July, within the bank's target range of 4 to 6 per cent, according to the Statistical Institute of Jamaica (STATIN).",
                "the Statistical Institute of Jamaica",
                "according to",
                "W",
            ),
            (
                "Bank of Jamaica Gov. Desmond Ashby-Clarke told a press briefing last week that the bank would cut only once it was “confident inflation will stay in the range”.",
                "Desmond Ashby-Clarke",
                "told a press briefing",
                "",
            ),
        ],
        [
            (
                "Caribbean Homestead Building Society said its average mortgage rate was 8.45 per cent in June, down from 8.9 per cent a year earlier.",
                "Caribbean Homestead Building Society",
                "said",
                "W",
            ),
            (
                "If the central bank cuts its policy rate in September, the society will lower its rates within 30 days, its chief executive, Owen Lindo-Campbell, said.",
                "Owen Lindo-Campbell",
                "said",
                "",
            ),
        ],
        [
            (
                "The National Housing Trust (NHT) raised its maximum loan for individual contributors to J$9 million in April.",
                "",
                "",
                "W",
            ),
            (
                "Under the NHT's rules, contributors who earn J$25,000 a week or less pay interest of 1 per cent, and those who earn more pay up to 4 per cent.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In June, Sterling Ridge Developments began selling 140 townhouses, at prices from J$58 million, on the site of a former hotel on Lady Musgrave Rd.",
                "",
                "",
                "W",
            ),
            ("The company said 96 had been sold.", "The company", "said", "W"),
        ],
        [
            (
                "Teacher Shanique Morrison-Blake, 31, said she had been outbid on three houses in Portmore since January.",
                "Shanique Morrison-Blake",
                "said",
                "",
            ),
            (
                "“I have the NHT loan, I have the deposit, and I still can't buy!” she said.",
                "Shanique Morrison-Blake",
                "said",
                "",
            ),
        ],
        [
            (
                "Damion Fairclough-Reid, an economist at the University of the West Indies, Mona, said the averages were “pulled up by a handful of very expensive sales in upper St. Andrew”.",
                "Damion Fairclough-Reid",
                "said",
                "",
            ),
            (
                "He said the median price in Kingston and St. Andrew, which the council also publishes, rose 7.2 per cent to J$31.8 million.",
                "Damion Fairclough-Reid",
                "said",
                "W",
            ),
        ],
        [
            ("Is it a bubble?", "", "", ""),
        ],
        [
            ("Greaves-Okafor said no.", "Marcia Greaves-Okafor", "said", ""),
            (
                "“A bubble is when prices go up and nobody can explain why,” she said.",
                "Marcia Greaves-Okafor",
                "said",
                "",
            ),
            ("“We can explain it.”", "Marcia Greaves-Okafor", "said", ""),
        ],
        [
            ("The council will publish its third-quarter report on November 15.", "", "", "W"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("NHT approves 3,100 mortgages in first quarter", "", "", "B"),
        ],
        [
            ("12 Comments", "", "", "B"),
        ],
        [
            ("Jerome T.: Who can afford J$42 million on a teacher's salary?", "", "", "B"),
            ("Nobody I know.", "", "", "B"),
        ],
        [
            ("© 2028 Liguanea Chronicle Co. Ltd.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n188-ca-coun-after-pm",
        "The vote came at 10:48 p.m. Coun. Aurelie Nkosana-Kerr voted against.",
        ["The vote came at 10:48 p.m.", "Coun. Aurelie Nkosana-Kerr voted against."],
    ),
    (
        "n188-ca-inc-ends",
        "Plowing is contracted to Aspen Drift Inc. The firm has 90 graders.",
        ["Plowing is contracted to Aspen Drift Inc.", "The firm has 90 graders."],
    ),
    (
        "n188-ca-st-w-ends",
        "The terminal will be built at 33rd St. W. Work begins in 2029.",
        ["The terminal will be built at 33rd St. W.", "Work begins in 2029."],
    ),
    (
        "n188-ca-ave-s-mid",
        "She rents a suite on Ave. K S. near the river. Her rent rose $60.",
        ["She rents a suite on Ave. K S. near the river.", "Her rent rose $60."],
    ),
    (
        "n188-ca-dept-ends",
        "The figures come from the city's finance dept. They were checked by an auditor.",
        ["The figures come from the city's finance dept.", "They were checked by an auditor."],
    ),
    (
        "n188-us-jr-ends",
        "The scheme was run by Harlan V. Pruitt Jr. He was sentenced to five years.",
        ["The scheme was run by Harlan V. Pruitt Jr.", "He was sentenced to five years."],
    ),
    (
        "n188-us-wva-ends",
        "He will serve his term in Beckley, W.Va. The prison holds 1,600 men.",
        ["He will serve his term in Beckley, W.Va.", "The prison holds 1,600 men."],
    ),
    (
        "n188-us-v-no-mid",
        "The case is United States v. Okafor, No. 1:27-cr-00231. It was filed in March.",
        ["The case is United States v. Okafor, No. 1:27-cr-00231.", "It was filed in March."],
    ),
    (
        "n188-us-sen-rep-mid",
        "State Sen. Mara Quist and state Rep. Joel Tan-Brody co-sponsored the bill. It passed 88-9.",
        [
            "State Sen. Mara Quist and state Rep. Joel Tan-Brody co-sponsored the bill.",
            "It passed 88-9.",
        ],
    ),
    (
        "n188-us-exclaim-attrib",
        "“Shame!” a man shouted from the back row. The judge called a recess.",
        ["“Shame!” a man shouted from the back row.", "The judge called a recess."],
    ),
    (
        "n188-au-mt-mid",
        "Orchards near Mt. Panorama draw from their own bores. They are exempt.",
        ["Orchards near Mt. Panorama draw from their own bores.", "They are exempt."],
    ),
    (
        "n188-au-st-ends",
        "The standpipe is on Kite St. It opens at 7am on weekdays.",
        ["The standpipe is on Kite St.", "It opens at 7am on weekdays."],
    ),
    (
        "n188-nz-ltd-ends",
        "The audit was done by Harbourview Compliance Ltd. Its report runs to 84 pages.",
        ["The audit was done by Harbourview Compliance Ltd.", "Its report runs to 84 pages."],
    ),
    (
        "n188-jm-st-mid",
        "Prices rose fastest in St. Ann and St. Mary. Sales in St. James fell 4%.",
        ["Prices rose fastest in St. Ann and St. Mary.", "Sales in St. James fell 4%."],
    ),
    (
        "n188-ie-co-county-mid",
        "The count is in Castlebar, Co. Mayo, this year. Boxes open at 9am.",
        ["The count is in Castlebar, Co. Mayo, this year.", "Boxes open at 9am."],
    ),
    (
        "n188-ie-teo-ends",
        "The screens were supplied by Bogach Digital Teo. The firm is based in Spiddal.",
        ["The screens were supplied by Bogach Digital Teo.", "The firm is based in Spiddal."],
    ),
    (
        "n188-ie-pm-ends",
        "The result was declared at 11.40 p.m. The winner thanked her family.",
        ["The result was declared at 11.40 p.m.", "The winner thanked her family."],
    ),
    (
        "n188-uk-etc-ends",
        "The unit seizes knives, machetes, swords, etc. It was set up in 2024.",
        ["The unit seizes knives, machetes, swords, etc.", "It was set up in 2024."],
    ),
    (
        "n188-uk-det-supt-mid",
        "Det. Supt. Rowan Ashdown-Kaur led the inquiry. She retired in May.",
        ["Det. Supt. Rowan Ashdown-Kaur led the inquiry.", "She retired in May."],
    ),
    (
        "n188-uk-rd-ends",
        "The new station opened on Carlton Rd. Its counter opens at 8 a.m.",
        ["The new station opened on Carlton Rd.", "Its counter opens at 8 a.m."],
    ),
    (
        "n188-za-pty-ltd-ends",
        "The stores are owned by Karee Retail (Pty) Ltd. Sales rose 3.1%.",
        ["The stores are owned by Karee Retail (Pty) Ltd.", "Sales rose 3.1%."],
    ),
    (
        "n188-za-vs-mid",
        "HEPS was 118.4c vs. 102.9c a year earlier. The dividend was cut.",
        ["HEPS was 118.4c vs. 102.9c a year earlier.", "The dividend was cut."],
    ),
    (
        "n188-in-btech-mid",
        "Each B.Tech. graduate was offered Rs 7.2 lakh on average. The median was lower.",
        ["Each B.Tech. graduate was offered Rs 7.2 lakh on average.", "The median was lower."],
    ),
    (
        "n188-in-prof-initial-mid",
        "Prof. R. Lakshmi Narasimhan-Pillai chaired the panel. It met twice.",
        ["Prof. R. Lakshmi Narasimhan-Pillai chaired the panel.", "It met twice."],
    ),
    (
        "n188-in-us-ends",
        "Most of them went to the U.S. The rest chose Germany or Canada.",
        ["Most of them went to the U.S.", "The rest chose Germany or Canada."],
    ),
    (
        "n188-sg-pte-ltd-ends",
        "The route is run by Eastlink Omnibus Pte. Ltd. It has 31 buses on the road.",
        ["The route is run by Eastlink Omnibus Pte. Ltd.", "It has 31 buses on the road."],
    ),
    (
        "n188-sg-am-ends",
        "The discount ends at 7.45 a.m. Later trips pay the full fare.",
        ["The discount ends at 7.45 a.m.", "Later trips pay the full fare."],
    ),
    (
        "n188-ke-no8-start",
        "The Mariners won 22-20. No. 8 Kevin Amollo-Reyes scored twice.",
        ["The Mariners won 22-20.", "No. 8 Kevin Amollo-Reyes scored twice."],
    ),
    (
        "n188-ke-co-ends",
        "The shirts are sponsored by Malindi Coffee Co. Its logo is on the sleeve.",
        ["The shirts are sponsored by Malindi Coffee Co.", "Its logo is on the sleeve."],
    ),
    (
        "n188-ng-ecoli-gov-mid",
        "The team found E. coli in 61 samples, Gov. Tunde Okafor-Lane said. None came from licensed factories.",
        [
            "The team found E. coli in 61 samples, Gov. Tunde Okafor-Lane said.",
            "None came from licensed factories.",
        ],
    ),
]
