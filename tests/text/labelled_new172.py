"""Hundred-and-seventy-second set of new hand-labelled pages for the hint engines (tuning set, round sixty):
twelve WHOLE pages, head to tail as a reader's paste gives them with each site's furniture, from
twelve countries in twelve GENRES where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. None
of the countries of `labelled_new167.py` or `labelled_new168.py` comes back, and the pastes vary
(desktop, phone, reader mode, AMP, print view). The pages: a Bermudian newspaper's website on the
DESKTOP (a budget statement: the 2027/28 Budget cuts payroll tax for lower earners and lifts import
duty on 41 grocery items, with five bulleted measures); a Belizean news site's PRINT VIEW (a court
judgment: the Supreme Court orders the Government to pay BZ$1,846,220.50 to a Toledo road
contractor); a Qatari English daily's website on the DESKTOP (sports results with tables: a track
record in the Thanaya final of a camel-racing festival at Al Shahaniya, with three result tables); a
Vietnamese English-language news site pasted from a PHONE (a public-health bulletin: Hà Nội's dengue
cases up 38% in a week and a third death, with a week-38 table); a Manx news site in READER MODE (an
election count: eight new MHKs, turnout of 51.8% and a recount in Douglas Central, with a results
table); a Cambodian English newspaper's AMP page (road-safety statistics: 1,094 road deaths in nine
months, down 6.3%, with a three-year table); a Taiwanese university's NEWSROOM page on the DESKTOP
(university research news: rooftop solar panels cut top-floor temperatures by up to 2.6°C, with a
key-findings box and a reference line); an Omani news site pasted from a PHONE (an airline and
transport disruption: 46 flights cancelled at Muscat airport, intercity buses halted and a ferry
cancelled, with a flight-status table); a Bahraini business news site in READER MODE (a property
market report: third-quarter deals up 9.4% to BD386.2 million, with a price table); an Egyptian
English-language news site on the DESKTOP (agricultural prices: LE2,650 per ardeb for local wheat
and tomato prices more than doubled at Obour market, with a wholesale price table); a Seychellois
news site's PRINT VIEW (an environmental inspection: a Providence fish plant ordered to stop
discharging after grease is found at 14 times the limit); and a Kuwaiti English daily's AMP page
(consumer prices: inflation up to 2.6% in September as food rises 4.9%, with a CPI table).

What is hard is telling statements of record from what sits beside them, sentence by sentence and
often inside one paragraph. Of record ("W"): figures and counts given by officials, bodies, companies
and documents (revenue and debt, laid-off workers, dengue cases and clusters, votes, turnout and
rejected papers, crashes and fines issued, deeds and mortgages, tonnes bought, flights cancelled,
inspections and stop notices, violations); records and rankings ("the largest since 2008/09", "a
track record for the age group", "the lowest since the current two-seat constituencies were first
used in 2016", "the most rain recorded there in a single day since April 2024", "the highest annual
rate since March 2026"); causal claims by officials, unions, trade groups, companies and documents
("driven mainly by the DENV-2 strain", "followed the installation of 86 speed cameras", "mainly
because of fertiliser and diesel prices", "The consultancy attributed the fall to new supply", "The
bureau attributed the jump in egg prices ...", "Traders said a heatwave ... had damaged the spring
crop", "the unit broke down when a pump motor burned out"); findings and rulings (a judge's "found",
"held", "finding" and her judgment quoted, "wrote"; a counterclaim dismissed; a disqualification); a
party's factual case as argued in court ("had argued that a 3.2-kilometre stretch ... cracked within
months"); rules of law and of programmes (five budget measures in a list, the Government Loans Act
ceiling, the Crown Proceedings Act, a recount rule and the two-vote rule, helmet and drink-driving
fines from Jan. 1, passenger rights, the wadi offence, freehold areas and residency, payment within
48 hours, discharge standards, the price-control list); methodology (capital spending shown
apart, timing sensors, 48 flats and 10-minute readings, leases the firm tracked, 11,000 prices a
month); scheduled events set by those who run them (the budget debate and the Senate date, the Court
of Appeal's session, the closing final, a ward's spraying round, Tynwald's sitting, night checkpoints
during the Water Festival, a forum and its registration deadline, a ferry sailing, a re-test deadline,
a hearing, the next CPI release); and prices (duty costs, a vaccine dose, procurement and wholesale
prices, bread at 20 piastres, egg trays at the co-ops, rents and prices per square metre). Not worth
checking (""): forecasts ("The Government projects real economic growth", "he expected an overall
surplus", "The CDC expects cases to keep rising", "Tylos expects average rents ... to be flat",
"The consultancy expects imports to fall slightly", "It said output should be back to normal by
January", forecasters' showers, a commentator's and an economist's "expected"); targets and plans,
even an official's ("the target this season was 4.2 million tonnes", "The NRSC hopes to halve road
deaths by 2030", "planned to let the flats", "hoped to repeat the study"), and conditional ones
("would resume at 6am on Thursday if the roads had been cleared", "would give the Financial
Secretary 30 days"); advice ("should go to hospital at once", "urged drivers not to cross wadis",
"advised passengers to check", "advised people not to swim"); opinions and characterisations
("“welcome but overdue”", "“credible but thin”", "“an embarrassment ...”", "“patchy at best”",
"“careful, useful work”", "“run ahead of salaries”", "“moderate by any regional standard”", "“a
slap on the wrist ...”"); feelings, anecdotes and a person's own counts (a shopkeeper's freight
bill, a contractor's cheque "in the mail", a nurse waiting since 5pm, a stallholder's crate at LE440,
a farmer's three feddans, a shopper's weekly bill, a fisherman's longer trips); questions in quotes
and question subheads; a general description of symptoms; scenes and captions that only describe;
and table rows. A quote may hold a fact ("“We employ 212 Seychellois and we take the environment
seriously,”" and "“We will not accept that a tray of 30 eggs goes from KD 1.300 to KD 1.750 in one
summer,”" are "W"; the judgment's "“The Ministry did not call a single engineer ...”" is "W"),
while a figure used as rhetoric is not ("“We cannot call 1,094 deaths a success,”", "“Seventeen
votes!”").

And where sentences end: company suffixes that END a sentence before a capital ("Paget Sound
Economics Ltd." / "The review found ..."; "Compass Publishing Co. Ltd." / "2 Regent St., Belize
City."; "Hồng Phúc Vaccine JSC." / "The company said ..."; "Mekong Moto Trading Co., Ltd." / "The
company donated ..."; "Anping Solar Energy Co., Ltd." / "The company installed ..."; "Al Waha Media &
Publishing L.L.C." / "CR No. 1184207, Muscat."; "Tylos Data Services W.L.L." / "It tracked ...";
"Dilmun Crest Real Estate B.S.C. (c)." / "The company said ..."; "Sinai Grain Analytics S.A.E." /
"The consultancy expects ..."; "Wafra Golden Poultry Co. K.S.C.P." / "The company told ...";
"Dar Al Sanabel Printing & Publishing Co. W.L.L." / "No part of this site ..."; "Dar Al Hilal
Publishing & Distribution Co. W.L.L." / "All rights reserved.") and ones that do not ("Ltd. had",
"Ltd. said", "Ltd. to", "Ltd.,", "W.L.L. said", "S.A.E. website", "Co., Ltd. |"); other abbreviations that end one ("the U.S." / "Import prices ...";
"between 6 p.m. and 10 p.m." / "Sundays ..."; "at 2 p.m." / "The effect ..."; "at 2:30 p.m." /
"Registration closes ..."; "at 10 a.m." / "Members of the public ..."; "every morning at 6 a.m." /
"The smell is terrible,” said ..." inside one quote; "Courtroom No. 2 at 9.30 a.m." / "Most of the
seats ..."; "per sq m." / "In Juffair, ..."; "Sept. 30, 2026." / "Half of the flats ...") and that
do not (titles and post-nominals "JP, MP,", "Mr", "Justice", "Crown Counsel", "S.C.,", "H.E.",
"Eng.", "Dr", "Dr.", "Professor", "Ph.D. candidate", "Maj. Gen.", "Lok Chumteav"; the dateline
"BELIZE CITY, Thurs. Mar. 18, 2027 —" and "KUWAIT CITY, Nov 10:" with no stop; "Claim No. 318 of
2025", "Licence No. 118/GP-BTTTT", "CR No."; "Aug. 1,", "Jan. 15, 2025,", "Sept. 24 at", "Sept. 20,",
"Nov. 30,", "Jan. 1,", "Aug. 15,", "Aug. 3 that", "Nov. 15,"; "10 p.m. and", "from 7 a.m. to 9 p.m.
daily."; "St George's" with no stop; "(R.O.C.)" and "Taiwan (R.O.C.) |"; "10 mg/l,"; initials "R. J.
Gawne-Hall", "A. S. Al-Shammari", "Kuo Y.-T., Liao Y.-H., et al." in a reference line kept whole;
decimals and currencies "$1.244 billion", "BZ$1,846,220.50", "QR7.4 million", "11:47.9", "VNĐ1.4
million", "63.2mm", "RO500", "BD386.2 million", "LE2,650", "SR150,000", "KD 1.650"); quotes ending in
"?" or "!" before their attribution (one sentence: "“Will a bag of rice ... on April 2?” she asked.",
"“Is that how you treat a Belizean company?” he asked.", "“... don't let anybody dig up our road!”
he said.", "“Who expected this ...?” he said.", "“Yalla, Wadha, yalla!” shouted Hamad Al Sulaiti,
12, ...", "“Seventeen votes!” Mr Quirk-Corlett said ...", "“Sixty thousand riel is two days' work for
me!” he said.", "“Now I can switch the air conditioner off at 10 p.m. and still sleep!” Wang said.",
"“Yesterday I sold a 20-kilo crate for LE440!” said Abdel-Moneim Farag, ...", "“We looked for 14
months ...!” she said.", "“Chicken, eggs, milk… everything is up except my husband's salary!” she
said."; after a first sentence of the quote, "Is that a reason to plant wheat next year, or clover?”
he said.") against a "?" followed by a new sentence inside the quote ("“Why do people wait until day
five to come in?" / "By then ..."; "“Could a landlord pay for the panels ...?" / "We don't know yet
..."); ellipses before a lower-case word inside one sentence ("no question… but", "six days… and",
"anything… the board", "milk… everything"); a nested quotation (‘delayed’); parentheses holding a
full sentence, each its own sentence (capital spending, the contract's value, the two-vote rule, 41
wadi offences, the firm's rent method, the plant's licence, the CSB's revision), against brackets
inside a sentence ("(150 kilograms)", "(1.04 acres)", "(郭雅婷)", "(about $15)", "(up 17.4%)",
"(CDC)", "(SLRB)", "(5km)"); semicolons that never split (two standfirsts, a headline, the Loans Act,
the Crown Proceedings Act, the independents); and list lines, one sentence each (five budget
measures ending ";", ";", ";", "; and" and ".", three key findings, table rows).

The pages hold 536 sentences: 149 "B", 220 "W" and 167 ""; 215 sentences carry a speaker (124
distinct speakers, page by page; 115 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, strip, crumb, byline, date line, share
line, caption, credit, table row, list item, box label and legal line is a paragraph of its own,
except that a caption and a credit pasted in one line are two sentences of one paragraph); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker; a caption by its content
and its credit "B"; tables pasted as lines with a "B" title, header row, key and source line and ""
data rows; headlines and standfirsts never split and flagged by content, their "says" or "finds"
carrying the source as the story gives it; a dateline belongs to its lead sentence; a person is
named in full as first given, without titles or roles, and a pronoun, surname, given name or role
noun resolves to that name; a quote over several sentences carries its speaker and cue in each;
"according to X" gives X as written, a bracketed acronym dropped; a generic noun for a body or a
document is kept as written ("the ministry", "The company", "the committee", "The report", "the
bulletin", "The consultancy"); a short form, acronym or "it" resolves to the name as first given; a
channel phrase after the verb is part of the cue ("said in a statement", "said on X", "told the
Compass", "told Boursa Kuwait", "told MPs") and a fronted one is not ("Delivering the Budget
Statement in the House of Assembly, ...", "In its quarterly market report, published on Monday,
..."); "X did not respond to a request for comment" carries X, ""; a body acting with no verb of
saying carries no speaker.

Conventions this set had to settle, in the same spirit:

* In a JUDGMENT the judge's statements carry the judge with their own verb as cue ("found",
  "held", "finding", and "wrote" for the quoted judgment), "W"; the court's acts carry nobody, like a
  declaration ("The Supreme Court on Wednesday ordered ...", "In April 2026 the court ordered it to
  pay ...", "the judge deducted ..." with the judge as the subject of an act, and the stewards'
  disqualification in the camel race). A party's FACTUAL case as argued ("Crown Counsel ..., for the
  Attorney General, had argued that a 3.2-kilometre stretch ... cracked within months and that the
  ministry was entitled to withhold payment under clause 14.3") is "W" with counsel as speaker and cue
  "had argued"; counsel's comments after judgment and their plans are "".
* In a BUDGET what the budget does is of record and carries nobody when no one speaks (the lead, the
  allocations, the five measures, the duty cost "according to the Estimates ..."), while what it
  expects is a forecast ("The Government projects real economic growth of 1.9% ...", the minister's
  expected overall surplus), ""; last year's outturn is "W".
* A TARGET is a plan even when an official sets it ("He said the target this season was 4.2 million
  tonnes.", "The NRSC hopes to halve road deaths by 2030 ..."), ""; a fixed date set by those who run
  the event is "W" ("night checkpoints ... during the three days of the Water Festival next month",
  "The next sailing is scheduled for 9am on Thursday", "Tynwald will sit on Tuesday 6 October"),
  and a conditional one is "" ("would resume at 6am on Thursday if the roads had been cleared").
* A GROUP's claim is "W" when it states a checkable cause or figure ("Traders said a heatwave in late
  March had damaged the spring crop ...", and the standfirst "..., traders say" carrying "Traders")
  and "" when it is an impression without figures ("Fishermen at Providence said catches ... had
  fallen", "residents said the journey ... had become shorter and safer").
* A DOCUMENT that "counted", "recorded" or "shows" speaks like one that "said", with that verb as
  cue ("The report counted ...", "The report also recorded ...", "the bureau's quarterly bulletin
  shows"); "it said" after it resolves to the document as first given ("a report released on Monday
  by the National Road Safety Committee", "the inspection report seen by the Herald"), while "the
  report" and "The report" are kept as written. "the researchers note" and "the authors said" stay
  as written; "according to the CDC" and "according to the SLRB" resolve to the names.
* NAMES: Gulf names keep "bin" and "Al"/"Al-" ("Rashid bin Salem Al Mansouri", "Nawaf Jassem
  Al-Dhafiri") and drop "H.E.", "Sheikh", "Eng." and "Dr."; a kunya given as the name ("Umm
  Abdullah, a mother of five") is the label, the apposition dropped; Vietnamese names are given in
  full and a given-name second reference resolves to them ("Hà said" -> "Nguyễn Thị Thu Hà", "Tâm
  said" -> "Lê Văn Tâm"); Khmer names keep the family name first and drop "H.E.", "Lok Chumteav" and
  "Maj. Gen."; Taiwanese names drop "Professor" and "Ph.D. candidate" and the Chinese characters in
  brackets ("Kuo Ya-ting (郭雅婷)" -> "Kuo Ya-ting"); Bermudian "JP, MP" and Belizean "S.C." are
  post-nominals and dropped; "Crown Counsel", "Justice", "Village chairman", "Deputy returning
  officer", "Shadow Finance Minister" and "Assistant undersecretary for consumer protection" are
  roles and dropped. A firm keeps its suffix as first given ("Tylos Property Advisory W.L.L.",
  "Sinai Grain Analytics S.A.E.", "Wafra Golden Poultry Co. K.S.C.P.", "Analysts at Harrington Sound
  Securities Ltd."), and "Tylos expects" resolves to it.
* A "Key findings" box in a research page is a box label "B" with its three finding lines "W", like
  bulleted figures; a key line under a table ("TR: track record") and a pointer to other results
  ("Results for the other seven constituencies are on the Government's elections page.") are "B".
* A description of SYMPTOMS attributed to a health body ("The CDC says high fever lasting two to
  seven days ... are common") is general information, "", like a definition; the hotline's hours
  after it are "W".
* "S.C." and "K.S.C.P." END a sentence when a capitalised new sentence follows (a split case each);
  "B.S.C. (c)." ends one with its bracket; "U.S." ends one before "Import" and "Brazil"; a Belize
  dateline's "Thurs. Mar. 18, 2027 —" and "Mon. Feb. 8, 2027 —" never do.

Written from scratch for issue 13 in round sixty, before any rule was tuned on them and without
looking at the engine's code or output: nothing under `claimreview/`, `docs/` or `tests/benchmarks/`
was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no
README; no engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the module docstrings and `STYLES` of
`labelled_new167.py` and `labelled_new168.py`, two pages of `labelled_new168.py` and its case ids and
first six cases. Coined names were checked for freshness against the string constants of those two
files, through `ast`: three outlet words ("Post", "Harbour", "Times"), two publisher words ("Press",
"Media Group"), two given names, one firm word ("Pembroke") and three Taiwanese name parts that hit
were replaced before the file was written; only common words, common surnames and real places and bodies still hit.

Every person, outlet, publisher, firm, consultancy, foundation, conservation group, stable, camel,
study, journal, report, notice, statement and figure is invented, and so is
every small institution (Crooked Tree Civil Works Ltd., the Al Shahaniya Winter Festival, the Taiwan
Building Energy Forum, Reef Watch Seychelles and the like). Real countries, territories, cities,
towns, villages, districts, wards, islands, streets, roads, racetracks, ports, industrial estates,
markets, hospitals, universities, courts, parliaments, parties, ministries, agencies, airlines,
utilities, bureaus, schemes, laws and other public bodies appear only as settings, with invented
statements and figures: Hamilton, St George's, Par-la-Ville Road, the House of Assembly, the Senate,
the Cabinet Office, the Ministry of Finance, the Accountant General, the Chamber of Commerce and the
Government Loans Act; Belize City, Belmopan, the Toledo District, San Antonio, Santa Cruz, Punta
Gorda, Cayo, Regent St., the George Price Highway, the Supreme Court, the Court of Appeal, the
Attorney General, the Financial Secretary, the Ministry of Infrastructure Development and Housing and
the Crown Proceedings Act; Doha, Al Shahaniya and its racetrack, and Sealine; Hà Nội, Hoàng Mai,
Đống Đa, Hà Đông, Thanh Xuân, Định Công, Đông Anh, Bạch Mai Hospital, the National Hospital for
Tropical Diseases, the Hà Nội Centre for Disease Control, the city People's Committee and the
Ministry of Health's Department of Preventive Medicine; Douglas, the Villa Marina, Garff, Onchan,
Ramsey, Rushen, Middle, Arbory, Castletown & Malew, Douglas Central, the House of Keys, Tynwald, the
Clerk of Tynwald's Office, the Cabinet Office, the Council of Ministers, the Liberal Vannin Party and
the Manx Labour Party; Phnom Penh, Monivong Boulevard, Ta Khmau, Kandal, Siem Reap, Battambang,
National Road 4 and 5, the National Road Safety Committee, the National Police, the Ministry of
Public Works and Transport, the Insurance Regulator of Cambodia, the Road Traffic Law and the Water
Festival; Tainan, its East and North districts, Kaohsiung, Taichung, National Cheng Kung University
and its Kuang-Fu Campus, Academia Sinica, the National Science and Technology Council, Taiwan Power
Company, the Ministry of the Interior and the Tainan City Government; Muscat, Al Khuwair, Sultan
Qaboos Street, Al Amerat, Quriyat, Al Khoudh, Sohar, Duqm, Salalah, Shinas, Khasab, North Al
Batinah, Muscat International Airport, Oman Airports, the Civil Aviation Authority, Oman
Meteorology, Oman Air, SalamAir, Mwasalat, National Ferries Company, the Royal Oman Police, the
Ministry of Education and the Traffic Law; Manama, Seef, Juffair, Amwaj Islands, Diyar Al Muharraq,
Busaiteen, Adliya, the Survey and Land Registration Bureau, the Real Estate Regulatory Authority,
the Central Bank of Bahrain, the Mazaya scheme, the Golden Residency visa and the Ministry of Housing
and Urban Planning; Cairo, Shubra, Obour Market, Kafr El-Sheikh, Beheira, Nubaria, Sharqia, Upper
Egypt, the Ministry of Supply and Internal Trade, the General Authority for Supply Commodities, the
Egyptian Holding Company for Silos and Storage, the Ministry of Agriculture and Land Reclamation and
the Farmers' Syndicate; Victoria, Providence and its industrial estate and fishing port, Mauritius,
the Environment Department, the Public Utilities Corporation, the National Assembly, the Environment
Protection Act 2016 and its standards regulations; and Kuwait City, Jabriya, Rawda, Salmiya, Wafra,
Kuwait University, Boursa Kuwait, the Central Statistical Bureau, the Ministry of Commerce and
Industry and the Union of Consumer Co-operative Societies.
"""

# ruff: noqa: E501, RUF100
from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Bermudian NEWSPAPER\'S WEBSITE (Hamilton), desktop browser paste, a BUDGET STATEMENT: the 2027/28 Budget cuts payroll tax for lower earners and lifts import duty on 41 grocery items. Head: masthead, menu, a weather/subscribe strip, crumb (all "B"); headline of record "W"; standfirst "Finance Minister says net debt fell by $94 million ..." ("W", carrying the minister named in the body); byline, published/updated line, share line (all "B"); a caption "" and its bracketed photographer credit in one line ("B"). Body: the lead with "JP, MP," mid-sentence (the budget\'s measures, no speaker, "W"); the minister ("Mr" dropped) on last year\'s outturn, the surplus and net debt ("W"); his two-sentence quote, cue "told MPs" (""); a subhead and a lead-in without a verb of saying (""); FIVE LIST LINES of measures ending ";", ";", ";", "; and" and "." with "Aug. 1," mid-sentence (each "W", no speaker); the duty cost "according to the Estimates ... tabled with the statement" ("W"); allocations ("W"); "The Government projects" growth and the minister\'s expected surplus (forecasts, ""); a PARENTHESIS HOLDING A FULL SENTENCE on how capital spending is shown ("W"); "Paget Sound Economics Ltd." ENDING a sentence before "The review found ..., the minister said." (both "W"); the shadow minister\'s opinion "" and her figure "W", her question with "she asked." (""); the Chamber\'s promise ""; a shopkeeper in "St George\'s" (no stop) with an anecdote and a quote with an ELLIPSIS before "but" (""); a question subhead ""; gross debt "according to the Accountant General\'s monthly statement" ("W"); the Loans Act ceiling with a semicolon ("W"); "Analysts at Harrington Sound Securities Ltd. said" (mid-sentence "Ltd.", an opinion, ""); the debate dates ("W"). Tail: more-on label, two headlines, a two-sentence comments note, a copyright line with "Ltd.," and an address, links (all "B").',
    'Belizean NEWS SITE\'S PRINT VIEW (Belize City), a COURT JUDGMENT: the Supreme Court orders the Government to pay BZ$1,846,220.50 to a Toledo road contractor. Head: the URL line, masthead, print/close line (all "B"); headline of record "W"; standfirst "Judge finds ministry never proved ..." ("W", carrying the judge); posted line with "4:15 p.m." and byline ("B"). Body: the dateline "BELIZE CITY, Thurs. Mar. 18, 2027 —" with the court\'s order (an act, no speaker, "W"); the judge ("Justice" dropped) "found" with "Claim No. 318 of 2025" and "Ltd. had" mid-sentence ("W"); Crown Counsel\'s case "had argued" (a party\'s factual case, "W"); the judge "held", "finding" and her judgment quoted over two sentences, cue "wrote" (all "W"); a PARENTHESIS HOLDING A FULL SENTENCE on the contract value ("W"); the deduction with decimals and interest "according to the court\'s own calculation" ("W"); a courtroom scene ending "Courtroom No. 2 at 9.30 a.m." before "Most of the seats ..." (both ""); the owner\'s layoffs "told the Compass" ("W"), his quote and question "he asked." (""); the company\'s attorney with "S.C.," mid-sentence (opinion and a conditional plan, ""); the Crown Proceedings Act rule with a semicolon ("W"); the ministry\'s "noted" ("") and a no-reply line (""); an opposition spokesman\'s opinion "" and his figure "W"; the appeal period "according to the court registry" and an earlier judgment ("W"); residents and a village chairman with an EXCLAMATION before "he said." (one sentence, ""); a question subhead ""; the sealing practice "a court clerk said", a stay rule and the next session date ("W"). Tail: tags, a publisher line split at "Co. Ltd." before "2 Regent St., Belize City.", a printed-from line (all "B").',
    'Qatari ENGLISH DAILY\'S WEBSITE (Doha), desktop browser paste, SPORTS RESULTS WITH TABLES: a camel-racing festival\'s third day at Al Shahaniya, with a track record in the Thanaya final. Head: masthead, menu, a Gregorian/Hijri date line, crumb (all "B"); headline and standfirst of record ("W"); byline "B"; a caption "" and its credit in one line ("B"). Body: "AL SHAHANIYA:" lead with the winning time and the record ("W"); the previous record "according to the festival\'s organising committee" ("W"); the stable\'s wins ("W"); the chairman with "H.E." dropped and "bin" kept, the prize fund claim ("W") and a two-sentence quote (""); the trainer ("Al Hajri said" resolving to the full name) with his camel\'s story and a QUESTION before "he said." (""); the Zamool result and a disqualification (an act of the stewards, no speaker, "W"); the prize rule "according to the festival\'s rules" and the timing method "the committee said" ("W"); robot jockeys since 2005 ("W"); a scene ending "at 2.30pm." before "Families ..." (both ""); a boy\'s EXCLAMATION "“Yalla, Wadha, yalla!” shouted ..." (one sentence, ""); the closing final "the committee said" ("W"); a question subhead ""; the owners\' standings "according to figures published by the committee ..." ("W"). Tables: THANAYA FINAL (title, header and the key "TR: track record" "B", three rows ""), OTHER FINALS (title and header "B", four rows with "(5km)" etc. ""), OWNERS\' STANDINGS (title and header "B", three rows ""). Tail: more-sport label and one headline, a publisher line ending "Co. W.L.L." and a reproduction notice (all "B").',
    'Vietnamese ENGLISH-LANGUAGE NEWS SITE (Hà Nội), PHONE BROWSER paste, a PUBLIC-HEALTH BULLETIN: dengue cases up 38% in a week and a third death of the season. Head: a menu/masthead/search line, an app prompt, section label (all "B"); headline of record "W"; a byline/date line with "(GMT+7)" ("B"); a caption "" and its credit on its own line "B". Body: "HÀ NỘI —" lead "according to the weekly bulletin of the Hà Nội Centre for Disease Control (CDC)" (acronym dropped, "W"); cumulative counts and last year\'s total "according to the CDC" (acronym resolving to the name, "W"); the third death "on Sept. 24 at" "the bulletin said" ("W"); the deputy director (Vietnamese name in full, later "Hà said") with a causal claim and cluster counts ("W") and advice in a quote (""); "The CDC expects" (a forecast, ""); hospital figures "the hospital said" ("W"); a doctor\'s advice and a QUESTION FOLLOWED BY A NEW SENTENCE inside his quote, "Tâm said" resolving to "Lê Văn Tâm" (""); the People\'s Committee directive with "Sept. 20," and "Nov. 30," mid-sentence and a fine in VNĐ ("W"); a week-38 table (title, header and source "B", four rows ""); national figures "according to the Ministry of Health\'s Department of Preventive Medicine" ("W"); a vaccine price ending "Hồng Phúc Vaccine JSC." before "The company said ..." and the programme fact (all "W"); residents and a mother with an ELLIPSIS before "and" and a question "she asked." (""); a ward official\'s scheduled spraying ("W"); a question subhead and the CDC\'s symptom description ("", general information); the hotline hours "from 7 a.m. to 9 p.m. daily." ("W"). Tail: a comments count, read-more label and one headline, tags, a licence line with "Licence No. 118/GP-BTTTT" (all "B").',
    'Manx NEWS SITE (Douglas, Isle of Man), READER-MODE paste, an ELECTION COUNT: eight new MHKs and a turnout of 51.8% in the House of Keys election, with a recount in Douglas Central. Head, as reader mode leaves it: the domain, headline of record "W", byline with role, a date line, a reading-time line ("B"); a standfirst of record with "4.52am" ("W"). Body: new members and the lowest turnout since 2016 ("W"); the register and votes "according to figures released by the Cabinet Office at 5.20am" ("W"); turnout by constituency and postal votes "The Cabinet Office said" ("W"); count times "10.15pm", "8pm", "11.48pm" ("W"); the recount and its margin ("W"); the losing candidate\'s EXCLAMATION "“Seventeen votes!” Mr Quirk-Corlett said ..." (one sentence, "") and "he added" (""); the recount rule ("W"); the deputy returning officer on the counts and rejected papers ("W") and a PARENTHESIS HOLDING A FULL SENTENCE on the two-vote rule ("W"); a caption "" and its credit "B"; a newcomer topping the poll ("W") and her two-sentence quote (""); defeated ministers, women elected "according to the Recorder\'s own count" and party seats with a semicolon ("W"); a fire-alarm halt ("W") and a scene (""); a commentator\'s opinion and forecast ("", cue "expected"); Tynwald\'s sitting on "Tuesday 6 October" ("W"); a question subhead "" and the caretaker rule ("W"). A results table (label and header "B", five rows with initials "R. J. Gawne-Hall", "P. Maddrell" ""), a pointer line to the other results ("B"). Tail: the reporter\'s bio and e-mail line, an additional-reporting line (all "B").',
    'Cambodian ENGLISH NEWSPAPER\'S AMP PAGE (Phnom Penh), AMP paste, ROAD-SAFETY STATISTICS: road deaths fall 6.3% to 1,094 in nine months, with motorcyclists three in four of the dead. Head: the AMP domain bar, masthead, crumb (all "B"); headline of record "W"; standfirst "Committee says speeding was behind 41% ...; helmet fines to quadruple ..." (semicolon kept, "W", carrying the committee as first given); byline/date line and share line ("B"); a caption "" and its credit "B". Body: the lead "according to a report released on Monday by the National Road Safety Committee (NRSC)" (the document as written, acronym dropped, "W"); "The report counted" and "the report said" ("W"); the secretary-general ("H.E." dropped) with causes of crashes and a causal claim about speed cameras ("W") and a two-sentence quote with a rhetorical figure (""); "between 6 p.m. and 10 p.m." ENDING a sentence before "Sundays and public holidays ..." (both "W"); "it said" resolving to the report as first given ("W"); a nine-month table (title, header and source "B", three rows ""); new fines "From Jan. 1," with "(about $15)" and a breath-alcohol limit with decimals ("W"); the police deputy commissioner ("Maj. Gen." dropped) with fines issued and dated night checkpoints ("W"); insurance "according to the Insurance Regulator of Cambodia" ("W"); "Mekong Moto Trading Co., Ltd." ENDING a sentence before "The company donated ..., the committee said." (both "W"); a foundation director ("Lok Chumteav" dropped) with "called", an opinion and a question "she asked." (""); a moto-taxi driver\'s anecdote and EXCLAMATION before "he said." (""); "The NRSC hopes" (a target, ""); a question subhead "" and where fines are paid ("W"). Tail: related label and one headline, a publisher line with "Co., Ltd." and links (all "B").',
    'Taiwanese UNIVERSITY NEWSROOM PAGE (National Cheng Kung University, Tainan), desktop browser paste, UNIVERSITY RESEARCH NEWS: rooftop solar panels cut top-floor temperatures by up to 2.6°C. Head: university name, newsroom name, a language/search line, menu, crumb (all "B"); headline "..., NCKU study finds" ("W", carrying the study as the body gives it); a date/unit/views line and a share line with LINE ("B"); a caption with "Ph.D. candidate" mid-sentence "" and a courtesy credit "B". Body: the finding "according to a study published on April 28 in the Journal of Subtropical Building Science" ("W"); METHODOLOGY with a Chinese name in brackets and "Sept. 30, 2026." ending a sentence, the sample, readings and exclusions (all "W"); roof temperature "at 2 p.m." ENDING a sentence before "The effect was smallest ..." (both "W"); electricity use from smart-meter readings ("W"); the lead author ("Professor" dropped, later "Kuo said") with a two-sentence quote ""; her housing-age figure "according to Ministry of the Interior figures" inside her own sentence ("W", her); a second quote with a QUESTION FOLLOWED BY A NEW SENTENCE (""); limits "the researchers note" ("W"); funding ENDING "Anping Solar Energy Co., Ltd." before "The company installed ..., the authors said." (both "W"); the doctoral student\'s hope (""); an outside researcher\'s "called" and question (""); the city subsidy and a spokesperson\'s count ("W"); a resident\'s anecdote and EXCLAMATION with "10 p.m. and" mid-sentence (""); a "Key findings" box (label "B", three finding lines "W"); the forum "on May 21 at 2:30 p.m." ENDING a sentence before "Registration closes on May 14." (both "W"). Tail: a reference line kept whole at "Kuo Y.-T., Liao Y.-H., et al." and the title\'s and journal\'s stops, a media-contact line with "ext.", a last-updated line, related label and one headline, a footer with "Taiwan (R.O.C.)" (all "B").',
    'Omani NEWS SITE (Muscat), PHONE BROWSER paste, an AIRLINE AND TRANSPORT DISRUPTION: heavy rain cancels 46 flights at Muscat airport, closes roads and halts intercity buses. Head: a menu/masthead line, crumb (both "B"); headline of record "W"; a reporter/place/published line and a listen line ("B"); a caption "" and its dash credit in one line ("B"). Body: "MUSCAT:" lead "Oman Airports said" ("W"); "The company said" on the runway and lightning holds ("W"); rainfall "between 7.40pm and 10.15pm," "according to the Civil Aviation Authority (CAA)" and "It said" resolving to it ("W"); the airlines\' cancellations with flight designations "WY 901" and "WY 613" and the rebooking rule ("W"); the passenger-rights rule ("W"); a stranded nurse\'s anecdote, a quote with an ELLIPSIS and a NESTED QUOTATION (‘delayed’), and a question "she asked." (""); the bus suspension "at 3pm on Tuesday." ("W") against a CONDITIONAL resumption "if the roads had been cleared" (""); city routes "the company said" ("W"); the police with a channel "said on X" ("W") and "It urged" (advice, ""); the wadi offence and a PARENTHESIS HOLDING A FULL SENTENCE ("W"); schools "the Ministry of Education said" ("W"); "Forecasters at Oman Meteorology said" (a forecast, ""); ferry cancellations and the next scheduled sailing ("W"); a flight-status table (title, header and source "B", four rows ""); a question subhead ""; the airport\'s advice "" and a parking waiver ("W"). Tail: a WhatsApp line, also-like label and one headline, a publisher line split at "L.L.C." before "CR No. 1184207, Muscat." (all "B").',
    'Bahraini BUSINESS NEWS SITE (Manama), READER-MODE paste, a PROPERTY MARKET REPORT: third-quarter deals up 9.4% to BD386.2 million, with Seef and Amwaj prices up and Juffair down. Head, as reader mode leaves it: domain, headline of record "W", byline, date line, reading-time line ("B"); standfirst "..., consultancy says" ("W", carrying the consultancy as first given with its suffix, "Tylos Property Advisory W.L.L."). Body: transactions "according to data from the Survey and Land Registration Bureau (SLRB)" ("W"); deeds "the bureau\'s quarterly bulletin shows" and shares ("W"); the consultancy with "W.L.L. said" mid-sentence after a fronted channel (not in the cue, "W"); "per sq m." ENDING a sentence before "In Juffair, ..." ("W", both); "The consultancy attributed" (a causal claim, "W"); "Tylos Data Services W.L.L." ENDING a sentence before "It tracked ..., the report said." (both "W"); the managing partner\'s forecast and two-sentence quote (""); foreign buyers "according to the SLRB" (acronym resolving to the name, "W"); freehold and residency rules ("W"); a block sale ENDING "Dilmun Crest Real Estate B.S.C. (c)." before "The company said it planned ..." ("W", then a plan ""); mortgages "according to the Central Bank of Bahrain\'s monthly statistical bulletin" and the policy rate ("W"); the housing scheme "the Ministry of Housing and Urban Planning said" ("W"); a buyer\'s opinion and EXCLAMATION with "she said." (""); an agent\'s opinion and two-sentence quote (""); a question subhead ""; "Tylos expects" (short form resolving to the name, a forecast, "") and a PARENTHESIS HOLDING A FULL SENTENCE on the rent method ("W"); a price table (title, header and source "B", four rows ""). Tail: the reporter\'s bio and a report link (both "B").',
    'Egyptian ENGLISH-LANGUAGE NEWS SITE (Cairo), desktop browser paste, AGRICULTURAL PRICES: the state pays LE2,650 per ardeb for local wheat, and Obour tomato prices more than double. Head: masthead, menu, crumb (all "B"); headline of record "W"; standfirst "..., traders say" ("W", carrying "Traders" as the body gives them); byline/date line and share line ("B"); a caption "" and a bracketed file-photo credit ("B"). Body: the procurement price with "(150 kilograms)" and "Aug. 15," mid-sentence "the ministry said" (generic kept, "W"); lower grades and the increase "according to ministry records" ("W"); a spokesman with last season\'s purchases ("W") against this season\'s TARGET (a plan, ""); collection points ("W"); the payment rule "according to a ministerial decree published in the official gazette on Sunday" ("W"); the syndicate chairman with production cost and a causal claim, "(1.04 acres)" inside ("W"); his quote, a statement then a QUESTION before "he said." (""); imports ENDING "according to Sinai Grain Analytics S.A.E." before "The consultancy expects ..." ("W", then a forecast ""); GASC purchases ("W"); a farmer\'s own acreage (""); tomato prices "according to the market\'s daily price bulletin" ("W") and "Traders said" a heatwave damaged the crop (a group\'s causal claim, "W"); a stallholder\'s EXCLAMATION "... for LE440!” said ..." (one sentence, "") and his forecast (""); planted area "The Ministry of Agriculture and Land Reclamation said" ("W"); a wholesale price table (title, header and source "B", five rows with decimals ""); a mother\'s anecdote and quote (""); a question subhead ""; the subsidised bread price and ration "the supply ministry said" ("W"). Tail: a newsletter line, read-also label and one headline, a copyright line with "S.A.E." (all "B").',
    'Seychellois NEWS SITE\'S PRINT VIEW (Victoria, Mahé), an ENVIRONMENTAL INSPECTION: a Providence fish plant is ordered to stop discharging waste water after grease is found at 14 times the limit. Head: the URL line, masthead, date line (all "B"); headline with a semicolon, never split ("W"); byline "B"; a caption "" and its credit "B". Body: the order with "Ocean Crest Seafoods Ltd. to" mid-sentence (an act, no speaker, "W"); the inspection\'s method ("W"); results "according to the inspection report seen by the Herald" with "10 mg/l," mid-sentence ("W"); "The report also recorded" (generic kept, cue "recorded", "W"); "it said" resolving to the report as first given ("W"); a PARENTHESIS HOLDING A FULL SENTENCE on the licence ("W"); the stop notice and its terms, the first such notice "the department said", and the fixed penalty under the Environment Protection Act 2016 ("W"); the director-general with the warnings ("W"), a two-sentence quote ("") and the re-test deadline "until July 2" ("W"); the general manager with a causal account and a dated stop ("W"); a utility spokesperson "confirmed" tanker loads ("W"); his quote holding a staff figure ("W"); fishermen\'s claim without figures (""); a fisherman\'s quote over two sentences with "at 6 a.m." ENDING the first before "The smell is terrible,” said ..." and his own anecdote (""); the discharge standards and second-offence fines ("W"); inspections "according to the department\'s annual report" ("W"); a campaigner\'s "called" and question (""); a hearing "at 10 a.m." ENDING a sentence before "Members of the public may attend." (both "W"); a question subhead "", the licence-suspension rule "the director-general said" ("W") and the department\'s advice (""). Tail: a print-view comments note, a copyright/printed line, a publisher line with "Ltd.," and a phone number (all "B").',
    'Kuwaiti ENGLISH DAILY\'S AMP PAGE (Kuwait City), AMP paste, CONSUMER PRICES: inflation rises to 2.6% in September as food prices climb 4.9%. Head: the AMP domain bar, masthead, crumb (all "B"); headline of record "W"; standfirst "Statistics bureau says ...; ministry adds 12 items ..." (semicolon kept, "W", carrying the bureau as first given); a byline with initials "A. S. Al-Shammari", a published line, share line (all "B"); a caption "" and a bracketed credit in one line ("B"). Body: "KUWAIT CITY, Nov 10:" lead "the Central Statistical Bureau (CSB) said" (acronym dropped, "W"); the highest rate since March 2026 and the monthly rise ("W"); food items with bracketed changes and housing/transport ("W"); "The bureau attributed" the egg price jump ("W"); "Wafra Golden Poultry Co. K.S.C.P." ENDING a sentence before "The company told Boursa Kuwait on Aug. 3 ..." (both "W") and "It said output should be back to normal by January." ("It" resolving to the firm, a forecast, ""); "imported from Brazil and the U.S." ENDING a sentence before "Import prices ..., the bureau said." (both "W"); the ministry\'s price-control list and the rule "on Nov. 15," with fines ("W"); the assistant undersecretary ("Eng." dropped) with violations ("W"), a QUOTE HOLDING A PRICE CLAIM "KD 1.300 to KD 1.750" ("W") and advice ""; the co-operative union\'s tray prices ("W"); an economist ("Dr." dropped) with an opinion and a forecast (""); a shopper known by her kunya, "Umm Abdullah" (kept as the name she gives), with an anecdote and a quote with an ELLIPSIS and an EXCLAMATION before "she said." (""); an expatriate\'s anecdote (""); a PARENTHESIS HOLDING A FULL SENTENCE on a revision ("W"); a question subhead "", the index method and the next release "Dec. 9." ("W"); a CPI table (title, header and source "B", five rows ""). Tail: read-more label and one headline, a publisher line ending "Co. W.L.L." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [("THE BERMUDA LANTERN", "", "", "B")],
        [
            (
                "News  Business  Politics  Sport  Island Life  Obituaries  Classifieds  e-Edition",
                "",
                "",
                "B",
            )
        ],
        [("Hamilton 19°C | Subscribe | Sign in", "", "", "B")],
        [("Politics › Budget 2027/28", "", "", "B")],
        [
            (
                "Budget cuts payroll tax for lower earners and lifts duty on 41 grocery items",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Finance Minister says net debt fell by $94 million last year, the first reduction since 2013",
                "Kenrick Furbert-Dill",
                "says",
                "W",
            )
        ],
        [("By Shaniqua Minors-Wade, Political Reporter", "", "", "B")],
        [("Published Feb 19, 2027 at 7:52 pm · Updated Feb 20, 2027 at 8:10 am", "", "", "B")],
        [("Share this story: Facebook | X | WhatsApp | Email", "", "", "B")],
        [
            (
                "Finance Minister Kenrick Furbert-Dill leaves the Cabinet Office for the House of Assembly with the budget box on Friday morning.",
                "",
                "",
                "",
            ),
            ("(Photograph by Tavares Simmons-Burch)", "", "", "B"),
        ],
        [
            (
                "Finance Minister Kenrick Furbert-Dill, JP, MP, on Friday presented a budget for 2027/28 that cuts payroll tax for about 31,000 lower-paid workers and removes import duty on 41 grocery items from April 1.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Delivering the Budget Statement in the House of Assembly, Mr Furbert-Dill said government revenue reached $1.244 billion in 2026/27, $38 million more than estimated, while current spending came in at $1.061 billion.",
                "Kenrick Furbert-Dill",
                "said",
                "W",
            ),
            (
                "He said that left a current-account surplus of $183 million, the largest since 2008/09.",
                "Kenrick Furbert-Dill",
                "said",
                "W",
            ),
        ],
        [
            (
                "Net public debt fell by $94 million to $3.02 billion in the 12 months to January 31, its first year-on-year fall since 2013, he said.",
                "Kenrick Furbert-Dill",
                "said",
                "W",
            )
        ],
        [
            ("“This is not a year for fireworks.", "Kenrick Furbert-Dill", "told MPs", ""),
            (
                "It is a year to keep paying down what we owe and to put a little back in people's pockets,” he told MPs.",
                "Kenrick Furbert-Dill",
                "told MPs",
                "",
            ),
        ],
        [("What changes on April 1", "", "", "")],
        [("Among the measures in the statement:", "", "", "")],
        [
            (
                "Payroll tax on the first $48,000 of an employee's annual pay falls from 1.75% to 1.25%;",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Import duty is removed from 41 grocery items, including rice, flour, eggs, infant formula and cooking oil;",
                "",
                "",
                "W",
            )
        ],
        [("The land tax rate on the first band stays at 0.8% for a third year;", "", "", "W")],
        [
            (
                "Old-age pensions rise 3.5% from Aug. 1, adding about $11 a week to the full basic pension; and",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A one-off $250 school supplies grant is paid for each child in public school in the first week of September.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The duty removals will cost about $14.6 million a year in lost revenue, according to the Estimates of Revenue and Expenditure tabled with the statement.",
                "the Estimates of Revenue and Expenditure tabled with the statement",
                "according to",
                "W",
            )
        ],
        [
            (
                "Health is again the largest allocation, rising 4.1% to $214.7 million, while debt interest takes $121.3 million.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Government projects real economic growth of 1.9% in 2027 and 1.7% in 2028.",
                "The Government",
                "projects",
                "",
            )
        ],
        [
            (
                "Mr Furbert-Dill said he expected an overall surplus of about $49 million in 2027/28 once capital spending and debt interest are counted, which would be the third in a row.",
                "Kenrick Furbert-Dill",
                "said",
                "",
            ),
            (
                "(Capital spending, budgeted at $96.5 million, is shown separately from current spending in the statement, as it has been since 2019.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The grocery measure follows a review of shipping and wholesale margins carried out for the Ministry of Finance last year by Paget Sound Economics Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The review found that import duty made up about 11% of the shelf price of a basket of 60 staples, the minister said.",
                "Kenrick Furbert-Dill",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shadow Finance Minister Alana Darrell-Swan said the grocery measure was “welcome but overdue” and that families would judge it at the checkout.",
                "Alana Darrell-Swan",
                "said",
                "",
            ),
            (
                "She said duty had already been cut on 27 of the 41 items in the 2025 Budget, so the change was smaller than it sounded.",
                "Alana Darrell-Swan",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Will a bag of rice at the supermarket actually cost one cent less on April 2?” she asked.",
                "Alana Darrell-Swan",
                "asked",
                "",
            )
        ],
        [
            (
                "The Chamber of Commerce said in a statement that its retail members would pass on the duty cut “in full and at once.”",
                "The Chamber of Commerce",
                "said in a statement",
                "",
            )
        ],
        [
            (
                "Marcus Bean-Roberts, who owns two convenience stores in St George's, said his freight bill had risen by about a third since 2024.",
                "Marcus Bean-Roberts",
                "said",
                "",
            ),
            (
                "“I'll mark those items down on April 1, no question… but the ship still costs what the ship costs,” he said.",
                "Marcus Bean-Roberts",
                "said",
                "",
            ),
        ],
        [("How much does the Government owe?", "", "", "")],
        [
            (
                "Gross debt stood at $3.41 billion at January 31, of which $390 million is held in a sinking fund set aside to repay it, according to the Accountant General's monthly statement.",
                "the Accountant General's monthly statement",
                "according to",
                "W",
            )
        ],
        [
            (
                "The Government Loans Act sets a ceiling of $3.5 billion on net debt; the ceiling was last raised in 2020.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Analysts at Harrington Sound Securities Ltd. said the debt path was “credible but thin” and that one bad hurricane season could undo a year's progress.",
                "Analysts at Harrington Sound Securities Ltd.",
                "said",
                "",
            )
        ],
        [
            (
                "The House of Assembly begins the budget debate on March 1, and the Senate is scheduled to take up the Appropriation Bill on March 22.",
                "",
                "",
                "W",
            )
        ],
        [("MORE ON BUDGET 2027/28", "", "", "B")],
        [("Full text: the 2027/28 Budget Statement", "", "", "B")],
        [("Land tax frozen again as Government eyes rental reform", "", "", "B")],
        [
            ("Comments are moderated before they appear.", "", "", "B"),
            ("Please keep them civil.", "", "", "B"),
        ],
        [
            (
                "Copyright © 2027 Lantern Newspapers Ltd., 14 Par-la-Ville Road, Hamilton HM 11, Bermuda",
                "",
                "",
                "B",
            )
        ],
        [("Terms of Use | Privacy | Advertise | Contact the Newsroom", "", "", "B")],
    ],
    [
        [
            (
                "belizecompass.bz/news/2027/03/18/court-orders-government-to-pay-road-contractor",
                "",
                "",
                "B",
            )
        ],
        [("THE BELIZE COMPASS | Belize City", "", "", "B")],
        [("Print | Close window", "", "", "B")],
        [("Court orders Government to pay BZ$1.85 million to Toledo road contractor", "", "", "W")],
        [
            (
                "Judge finds ministry never proved the paving was defective",
                "Leonie Gongora-Usher",
                "finds",
                "W",
            )
        ],
        [("Posted: Thursday, March 18, 2027 — 4:15 p.m.", "", "", "B")],
        [("By Rodolfo Pech-Castillo", "", "", "B")],
        [
            (
                "BELIZE CITY, Thurs. Mar. 18, 2027 — The Supreme Court on Wednesday ordered the Government of Belize to pay BZ$1,846,220.50, plus interest and costs, to a contractor that paved 11.4 kilometres of the San Antonio–Santa Cruz road in the Toledo District.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In a 47-page judgment in Claim No. 318 of 2025, Justice Leonie Gongora-Usher found that Crooked Tree Civil Works Ltd. had finished the paving by October 2024 but had been paid for only 6.9 kilometres.",
                "Leonie Gongora-Usher",
                "found",
                "W",
            )
        ],
        [
            (
                "Crown Counsel Yolanda Flowers-Requena, for the Attorney General, had argued that a 3.2-kilometre stretch near Santa Cruz cracked within months and that the Ministry of Infrastructure Development and Housing was entitled to withhold payment under clause 14.3 of the contract.",
                "Yolanda Flowers-Requena",
                "had argued",
                "W",
            )
        ],
        [
            (
                "The judge held that the ministry had not proved the defects.",
                "Leonie Gongora-Usher",
                "held",
                "W",
            ),
            (
                "She also dismissed the Government's counterclaim of BZ$318,000 for delay, finding that the ministry itself had held up the work for five months by failing to move utility poles.",
                "Leonie Gongora-Usher",
                "finding",
                "W",
            ),
        ],
        [
            (
                "“The Ministry did not call a single engineer who had inspected the road.",
                "Leonie Gongora-Usher",
                "wrote",
                "W",
            ),
            (
                "It relied on photographs, undated and unsigned, and on the evidence of an officer who accepted in cross-examination that he had never driven the stretch,” she wrote.",
                "Leonie Gongora-Usher",
                "wrote",
                "W",
            ),
        ],
        [
            (
                "She held that the company was also entitled to interest at 6 per cent a year from Jan. 15, 2025, the date its final invoice fell due, and to its costs, to be assessed if not agreed.",
                "Leonie Gongora-Usher",
                "held",
                "W",
            ),
            ("(The contract, signed in March 2023, was worth BZ$4.9 million.)", "", "", "W"),
        ],
        [
            (
                "The company had claimed BZ$2.1 million, but the judge deducted BZ$253,779.50 for a culvert that was never built.",
                "",
                "",
                "W",
            ),
            (
                "Interest to the date of judgment comes to about BZ$236,000, according to the court's own calculation.",
                "the court's own calculation",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Justice Gongora-Usher read a summary of the judgment to a half-empty Courtroom No. 2 at 9.30 a.m.",
                "",
                "",
                "",
            ),
            (
                "Most of the seats in the front row were taken by the contractor's foremen.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Crooked Tree Civil Works is owned by engineer Alvaro Requena-Young, who told the Compass that the company had laid off 62 of its 90 workers in 2025 while it waited to be paid.",
                "Alvaro Requena-Young",
                "told the Compass",
                "W",
            )
        ],
        [
            (
                "“We built the road, buses run on it every day, and for two years they told us the cheque was in the mail,” he said.",
                "Alvaro Requena-Young",
                "said",
                "",
            ),
            (
                "“Is that how you treat a Belizean company?” he asked.",
                "Alvaro Requena-Young",
                "asked",
                "",
            ),
        ],
        [
            (
                "The company's attorney, Desmond Usher-Martinez, S.C., said the judgment showed that “the Government is not above its own contracts.”",
                "Desmond Usher-Martinez",
                "said",
                "",
            ),
            (
                "He said the company would give the Financial Secretary 30 days to pay before taking any step to enforce it.",
                "Desmond Usher-Martinez",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Crown Proceedings Act, a judgment against the Government cannot be enforced by seizing public property; instead, a certificate of the order is served on the Financial Secretary, who must pay it out of public funds.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The ministry said in a brief statement that it had “noted” the decision and was studying it with the Attorney General's Ministry.",
                "The ministry",
                "said in a brief statement",
                "",
            )
        ],
        [
            (
                "Flowers-Requena did not respond to a request for comment.",
                "Yolanda Flowers-Requena",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "Opposition spokesman for infrastructure Wilfred Arnold-Flowers said the judgment was “an embarrassment that taxpayers will now pay for with interest.”",
                "Wilfred Arnold-Flowers",
                "said",
                "",
            ),
            (
                "He said the Government owed road and drainage contractors more than BZ$20 million across the country.",
                "Wilfred Arnold-Flowers",
                "said",
                "W",
            ),
        ],
        [
            (
                "Either side may appeal to the Court of Appeal within six weeks of the judgment being entered, according to the court registry.",
                "the court registry",
                "according to",
                "W",
            )
        ],
        [
            (
                "It is the second judgment against the ministry over an unpaid road contract in 12 months.",
                "",
                "",
                "W",
            ),
            (
                "In April 2026 the court ordered it to pay BZ$612,000 to a Cayo contractor for drainage works on the George Price Highway.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In San Antonio, where the paved road now reaches the village school, residents said the journey to Punta Gorda had become shorter and safer.",
                "residents",
                "said",
                "",
            )
        ],
        [
            (
                "Village chairman Marcos Choc-Teul said farmers could now get their cacao to the buyers in Punta Gorda “before the rain, not after.”",
                "Marcos Choc-Teul",
                "said",
                "",
            ),
            (
                "“Whatever they decide in Belmopan about the money, don't let anybody dig up our road!” he said.",
                "Marcos Choc-Teul",
                "said",
                "",
            ),
        ],
        [("What happens next?", "", "", "")],
        [
            (
                "The judgment is entered on the court record once the registrar has sealed it, which usually takes up to 14 days, a court clerk said.",
                "a court clerk",
                "said",
                "W",
            )
        ],
        [
            (
                "If the Government appeals, it may ask the Court of Appeal to stay payment until the appeal is heard.",
                "",
                "",
                "W",
            ),
            ("The Court of Appeal's next session opens on June 7.", "", "", "W"),
        ],
        [("Tags: Supreme Court, Toledo, roads, contracts", "", "", "B")],
        [
            ("© 2027 Compass Publishing Co. Ltd.", "", "", "B"),
            ("2 Regent St., Belize City.", "", "", "B"),
        ],
        [("Printed from belizecompass.bz on 19/03/2027, 09:12", "", "", "B")],
    ],
    [
        [("THE PEARL GAZETTE", "", "", "B")],
        [("Home  Qatar  Region  World  Business  Sport  Opinion  Life  Epaper", "", "", "B")],
        [("Wednesday, 27 January 2027 | 19 Sha'ban 1448", "", "", "B")],
        [("Sport › Local", "", "", "B")],
        [
            (
                "Al Mughir sets Al Shahaniya track record as Al Hajri stable wins three golden swords",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Five finals decided on day three of the Al Shahaniya Winter Festival, which carries QR7.4 million in prize money",
                "",
                "",
                "W",
            )
        ],
        [("By Anwar Hameed Kuttikkad | The Pearl Gazette", "", "", "B")],
        [
            (
                "Robot-ridden camels race down the home straight in the Thanaya final at Al Shahaniya Racetrack on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Joel Fernandes-Pinto / TPG", "", "", "B"),
        ],
        [
            (
                "AL SHAHANIYA: Al Mughir, from the Al Hajri stable, won the Thanaya final over 8km in 11 minutes 47.9 seconds on Tuesday, a track record for the age group at Al Shahaniya Racetrack.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The previous record of 11:51.2 was set by Sheraa in February 2022, according to the festival's organising committee.",
                "the festival's organising committee",
                "according to",
                "W",
            )
        ],
        [
            (
                "The stable, whose camels are trained by Saad bin Mubarak Al Hajri, also won the Laqaya and Jadha'a finals, taking three of the day's five golden swords.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The swords were presented by H.E. Rashid bin Salem Al Mansouri, chairman of the organising committee, who said the festival's prize fund was the largest in its 11-year history.",
                "Rashid bin Salem Al Mansouri",
                "said",
                "W",
            )
        ],
        [
            ("“The camel is part of who we are.", "Rashid bin Salem Al Mansouri", "said", ""),
            (
                "These races are for our grandfathers and for our grandchildren,” he said.",
                "Rashid bin Salem Al Mansouri",
                "said",
                "",
            ),
        ],
        [
            (
                "Al Hajri said Al Mughir had been rested for six weeks after a hoof injury in December.",
                "Saad bin Mubarak Al Hajri",
                "said",
                "",
            ),
            (
                "“Who expected this from a camel that could hardly walk a month ago?” he said.",
                "Saad bin Mubarak Al Hajri",
                "said",
                "",
            ),
        ],
        [
            (
                "In the Zamool final, Wadha, owned by Nasser bin Ali Al Kuwari, beat the favourite Al Bariq by a neck in 12:03.4.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Nimran, which crossed the line third, was disqualified because its owner's support car had left the marked service lane beside the track.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Each final winner receives a golden sword and QR250,000, according to the festival's rules.",
                "the festival's rules",
                "according to",
                "W",
            )
        ],
        [
            (
                "Times are taken by electronic sensors at the start and finish and rounded to a tenth of a second, the committee said.",
                "the committee",
                "said",
                "W",
            )
        ],
        [
            (
                "Robot jockeys, steered by remote control from cars driven alongside the track, have ridden in all races at Al Shahaniya since 2005.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "A cool northerly wind kept the afternoon temperature at 19°C, and the stands were full well before the first race at 2.30pm.",
                "",
                "",
                "",
            ),
            (
                "Families parked four-wheel drives along the service road to follow the finals.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "“Yalla, Wadha, yalla!” shouted Hamad Al Sulaiti, 12, as his uncle's camel passed the grandstand.",
                "Hamad Al Sulaiti",
                "shouted",
                "",
            )
        ],
        [
            (
                "The festival ends on Saturday with the open Zamool final over 10km, the committee said.",
                "the committee",
                "said",
                "W",
            )
        ],
        [("Who leads the standings?", "", "", "")],
        [
            (
                "The Al Hajri stable leads the owners' standings with 11 wins, four ahead of Al Kuwari, according to figures published by the committee after the last race.",
                "figures published by the committee after the last race",
                "according to",
                "W",
            )
        ],
        [("THANAYA FINAL (8km)", "", "", "B")],
        [("Pos | Camel | Stable | Time", "", "", "B")],
        [("1 | Al Mughir | Al Hajri | 11:47.9 TR", "", "", "")],
        [("2 | Dhiyab | Al Marri | 11:49.6", "", "", "")],
        [("3 | Sabha | Al Naimi | 11:52.0", "", "", "")],
        [("TR: track record", "", "", "B")],
        [("OTHER FINALS", "", "", "B")],
        [("Race | Winner | Stable | Time", "", "", "B")],
        [("Hiqq (5km) | Zaina | Al Kaabi | 7:41.2", "", "", "")],
        [("Laqaya (6km) | Raad | Al Hajri | 8:58.7", "", "", "")],
        [("Jadha'a (7km) | Haddab | Al Hajri | 10:26.1", "", "", "")],
        [("Zamool (8km) | Wadha | Al Kuwari | 12:03.4", "", "", "")],
        [("OWNERS' STANDINGS (after day three)", "", "", "B")],
        [("Stable | Wins", "", "", "B")],
        [("Al Hajri | 11", "", "", "")],
        [("Al Kuwari | 7", "", "", "")],
        [("Al Marri | 6", "", "", "")],
        [("MORE LOCAL SPORT", "", "", "B")],
        [("Falconry contest at Sealine draws a record 312 entries", "", "", "B")],
        [
            (
                "© 2027 The Pearl Gazette, Dar Al Sanabel Printing & Publishing Co. W.L.L.",
                "",
                "",
                "B",
            ),
            ("No part of this site may be reproduced without written permission.", "", "", "B"),
        ],
    ],
    [
        [("☰  RED RIVER DIGEST  🔍", "", "", "B")],
        [("Open in the app for breaking news alerts ›", "", "", "B")],
        [("HEALTH", "", "", "B")],
        [
            (
                "Hà Nội dengue cases jump 38% in a week as city records third death of the season",
                "",
                "",
                "W",
            )
        ],
        [("Phạm Minh Khoa · Tuesday, Sep 28, 2027 - 16:42 (GMT+7)", "", "", "B")],
        [
            (
                "Health workers spray insecticide in an alley in Hoàng Mai on Monday afternoon.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Red River Digest/Đỗ Thu Trang", "", "", "B")],
        [
            (
                "HÀ NỘI — The capital recorded 1,482 dengue cases in the week to Sunday, up 38% from the week before, according to the weekly bulletin of the Hà Nội Centre for Disease Control (CDC).",
                "the weekly bulletin of the Hà Nội Centre for Disease Control",
                "according to",
                "W",
            )
        ],
        [
            (
                "The city has recorded 11,906 cases and three deaths since January, 2.4 times as many cases as in the same period last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Hà Nội recorded 6,870 cases in the whole of 2026, according to the CDC.",
                "the Hà Nội Centre for Disease Control",
                "according to",
                "W",
            )
        ],
        [
            (
                "The third death, a 67-year-old man from Thanh Xuân, was confirmed on Sept. 24 at Bạch Mai Hospital, the bulletin said.",
                "the bulletin",
                "said",
                "W",
            )
        ],
        [
            (
                "Hoàng Mai, Đống Đa and Hà Đông together accounted for 41% of the week's cases.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Dr Nguyễn Thị Thu Hà, deputy director of the CDC, said the rise was driven mainly by the DENV-2 strain, which had not circulated widely in the city since 2019.",
                "Nguyễn Thị Thu Hà",
                "said",
                "W",
            )
        ],
        [
            (
                "She said 214 outbreak clusters were active in 27 wards, and a further 61 had been closed after 28 days without a new case.",
                "Nguyễn Thị Thu Hà",
                "said",
                "W",
            ),
            (
                "“We are asking every family to spend 10 minutes a week emptying water containers,” Hà said.",
                "Nguyễn Thị Thu Hà",
                "said",
                "",
            ),
        ],
        [
            (
                "The CDC expects cases to keep rising until late October, when cooler weather usually slows mosquito breeding.",
                "the Hà Nội Centre for Disease Control",
                "expects",
                "",
            )
        ],
        [
            (
                "At the National Hospital for Tropical Diseases, 186 dengue patients were being treated on Monday, 23 of them with warning signs, the hospital said.",
                "the hospital",
                "said",
                "W",
            )
        ],
        [
            (
                "Dr Lê Văn Tâm, head of its infectious diseases department, said patients should go to hospital at once if they have stomach pain, bleeding gums or repeated vomiting after the fever breaks.",
                "Lê Văn Tâm",
                "said",
                "",
            )
        ],
        [
            ("“Why do people wait until day five to come in?", "Lê Văn Tâm", "said", ""),
            ("By then some of them are already in shock,” Tâm said.", "Lê Văn Tâm", "said", ""),
        ],
        [
            (
                "Under a directive issued by the city People's Committee on Sept. 20, ward authorities must run larvae-killing campaigns every Saturday until Nov. 30, and households that refuse inspection can be fined up to VNĐ1 million.",
                "",
                "",
                "W",
            )
        ],
        [("DENGUE IN HÀ NỘI, WEEK 38", "", "", "B")],
        [("Area | Cases | Change", "", "", "B")],
        [("Hoàng Mai | 236 | +44%", "", "", "")],
        [("Đống Đa | 211 | +29%", "", "", "")],
        [("Hà Đông | 161 | +51%", "", "", "")],
        [("Whole city | 1,482 | +38%", "", "", "")],
        [("Source: Hà Nội CDC weekly bulletin", "", "", "B")],
        [
            (
                "Nationwide there were 68,430 cases and 19 deaths from Jan. 1 to Sept. 26, according to the Ministry of Health's Department of Preventive Medicine.",
                "the Ministry of Health's Department of Preventive Medicine",
                "according to",
                "W",
            )
        ],
        [
            (
                "A dengue vaccine licensed in 2024 costs about VNĐ1.4 million a dose at private vaccination centres, the largest chain of which is run by Hồng Phúc Vaccine JSC.",
                "",
                "",
                "W",
            ),
            (
                "The company said it had given 212,000 doses in Hà Nội this year.",
                "The company",
                "said",
                "W",
            ),
            ("The vaccine is not part of the national immunisation programme.", "", "", "W"),
        ],
        [
            (
                "In Định Công, a neighbourhood in Hoàng Mai where three members of one family fell ill this month, residents said the spraying team had come only once.",
                "residents",
                "said",
                "",
            )
        ],
        [
            (
                "“My son was in hospital for six days… and the water jars next door are still full of larvae,” said Trần Thị Mai, 41.",
                "Trần Thị Mai",
                "said",
                "",
            ),
            (
                "“Who is supposed to check them, us or the ward?” she asked.",
                "Trần Thị Mai",
                "asked",
                "",
            ),
        ],
        [
            (
                "A ward official, who asked not to be named, said a second round of spraying was scheduled for Thursday.",
                "A ward official",
                "said",
                "W",
            )
        ],
        [("What are the warning signs?", "", "", "")],
        [
            (
                "The CDC says high fever lasting two to seven days, headache, pain behind the eyes and a rash are common, and that the most dangerous period is usually days three to seven.",
                "the Hà Nội Centre for Disease Control",
                "says",
                "",
            ),
            ("Its hotline, 1900 6128, is staffed from 7 a.m. to 9 p.m. daily.", "", "", "W"),
        ],
        [("Comments (27)", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Đông Anh hospital opens extra ward for fever patients", "", "", "B")],
        [("Tags: dengue · Hà Nội · public health", "", "", "B")],
        [
            (
                "Red River Digest · Licence No. 118/GP-BTTTT, issued on 14/3/2024 · Editor-in-chief: Vũ Hải Đăng",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("manxrecorder.im", "", "", "B")],
        [("Eight new MHKs elected as turnout falls to 51.8%", "", "", "W")],
        [("Carys Kinvig-Teare, Political Editor", "", "", "B")],
        [("Friday 25 September 2026, 06:48", "", "", "B")],
        [("7–9 minutes", "", "", "B")],
        [
            (
                "Recount in Douglas Central confirms sitting member by 17 votes after count runs until 4.52am",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Eight of the 24 members elected to the House of Keys on Thursday are new to Tynwald, and turnout across the Island fell to 51.8%, the lowest since the current two-seat constituencies were first used in 2016.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Of 62,914 people on the register, 32,589 voted, according to figures released by the Cabinet Office at 5.20am.",
                "figures released by the Cabinet Office at 5.20am",
                "according to",
                "W",
            )
        ],
        [
            (
                "Turnout was highest in Garff, at 56.3%, and lowest in Onchan, at 49.8%.",
                "",
                "",
                "W",
            ),
            (
                "The Cabinet Office said 4,108 postal votes had been returned, 81% of those issued.",
                "The Cabinet Office",
                "said",
                "W",
            ),
        ],
        [
            (
                "Counting began at about 10.15pm at eight venues after polls closed at 8pm, and the first result, in Garff, was declared at 11.48pm.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The last came from Douglas Central at 4.52am, after a full recount requested by the third-placed candidate, Joel Quirk-Corlett.",
                "",
                "",
                "W",
            ),
            (
                "The recount confirmed the sitting member, Ann Skillicorn-Kewley, in the second seat with 1,208 votes to Mr Quirk-Corlett's 1,191.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“Seventeen votes!” Mr Quirk-Corlett said as the figures were read out.",
                "Joel Quirk-Corlett",
                "said",
                "",
            ),
            (
                "“I'd do it all again tomorrow, but not tonight,” he added.",
                "Joel Quirk-Corlett",
                "added",
                "",
            ),
        ],
        [
            (
                "Under the Island's election rules, a candidate or agent may ask for a recount, and the returning officer may refuse only if the request is unreasonable.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Deputy returning officer Gail Cregeen-Moore said the two counts had matched to within three ballot papers and that 14 papers had been rejected, most of them for marking three candidates.",
                "Gail Cregeen-Moore",
                "said",
                "W",
            ),
            (
                "(Voters may mark up to two candidates, and the two with the most votes in each constituency are elected.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Counting staff sort ballot papers at the Villa Marina in Douglas shortly after midnight.",
                "",
                "",
                "",
            ),
            ("Photo: Manx Recorder", "", "", "B"),
        ],
        [
            (
                "Among the new members are two former Douglas councillors and a 26-year-old software tester, Isla Callister-Brew, who topped the poll in Onchan with 2,911 votes.",
                "",
                "",
                "W",
            )
        ],
        [
            ("“I didn't think I'd win, honestly.", "Isla Callister-Brew", "said", ""),
            (
                "I thought I'd come a respectable fourth,” she said.",
                "Isla Callister-Brew",
                "said",
                "",
            ),
        ],
        [
            (
                "Two sitting ministers lost their seats, the education minister in Rushen and the infrastructure minister in Middle.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Nine of the 24 members elected are women, according to the Recorder's own count.",
                "the Recorder's own count",
                "according to",
                "W",
            )
        ],
        [
            (
                "All but three of the new House stood as independents; the Liberal Vannin Party won two seats and the Manx Labour Party one.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In Ramsey, the count was halted for 20 minutes at about 1am when a fire alarm went off in the town hall.",
                "",
                "",
                "W",
            ),
            ("Supporters waited outside in the drizzle, some with flasks of tea.", "", "", ""),
        ],
        [
            (
                "Political commentator Peter Kermode-Lace said the low turnout reflected “a sense that the big decisions are made somewhere else.”",
                "Peter Kermode-Lace",
                "said",
                "",
            ),
            (
                "He expected the new House to be split almost evenly on the assisted dying bill when it returns.",
                "Peter Kermode-Lace",
                "expected",
                "",
            ),
        ],
        [
            (
                "Tynwald will sit on Tuesday 6 October to nominate and elect a Chief Minister, the Clerk of Tynwald's Office said.",
                "the Clerk of Tynwald's Office",
                "said",
                "W",
            )
        ],
        [("What happens to the Council of Ministers now?", "", "", "")],
        [
            (
                "Ministers in the outgoing Council of Ministers stay in post until a Chief Minister is elected and appoints a new council.",
                "",
                "",
                "W",
            )
        ],
        [("Results by constituency", "", "", "B")],
        [("Constituency | Elected | Turnout", "", "", "B")],
        [("Arbory, Castletown & Malew | R. J. Gawne-Hall, P. Maddrell | 54.2%", "", "", "")],
        [("Douglas Central | K. Cain, A. Skillicorn-Kewley | 50.7%", "", "", "")],
        [("Garff | M. Teare, S. Crellin-Looney | 56.3%", "", "", "")],
        [("Onchan | I. Callister-Brew, D. Faragher | 49.8%", "", "", "")],
        [("Ramsey | L. Christian-Shimmin, G. Kneen | 52.4%", "", "", "")],
        [
            (
                "Results for the other seven constituencies are on the Government's elections page.",
                "",
                "",
                "B",
            )
        ],
        [
            ("Carys Kinvig-Teare is the Recorder's political editor.", "", "", "B"),
            ("Contact her at carys.kinvig-teare@manxrecorder.im", "", "", "B"),
        ],
        [("Additional reporting by Owen Corkill-Quine", "", "", "B")],
    ],
    [
        [("angkordispatch.com.kh", "", "", "B")],
        [("ANGKOR DISPATCH", "", "", "B")],
        [("National › Transport", "", "", "B")],
        [
            (
                "Road deaths fall 6.3% in nine months, but motorcyclists are still three in four of the dead",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Committee says speeding was behind 41% of fatal crashes; helmet fines to quadruple from January",
                "the National Road Safety Committee",
                "says",
                "W",
            )
        ],
        [("Sok Rathana | Publication date 12 October 2027 | 14:05 ICT", "", "", "B")],
        [("Facebook  Telegram  X  Copy link", "", "", "B")],
        [
            (
                "Traffic police check helmets at a roadside stop on Monivong Boulevard in Phnom Penh on Monday.",
                "",
                "",
                "",
            ),
            ("Angkor Dispatch/Meas Vichheka", "", "", "B"),
        ],
        [
            (
                "Traffic accidents killed 1,094 people in Cambodia in the first nine months of 2027, down 6.3% from 1,168 in the same period last year, according to a report released on Monday by the National Road Safety Committee (NRSC).",
                "a report released on Monday by the National Road Safety Committee",
                "according to",
                "W",
            )
        ],
        [
            (
                "The report counted 3,512 crashes and 4,216 people injured, 1,302 of them seriously.",
                "The report",
                "counted",
                "W",
            ),
            (
                "Motorcyclists and their passengers made up 74% of the dead, and 68% of the motorcyclists killed were not wearing a helmet, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Speaking at the launch in Phnom Penh, H.E. Chhim Vannarith, secretary-general of the NRSC, said speeding was the main cause of 41% of fatal crashes, drink-driving of 14% and dangerous overtaking of 12%.",
                "Chhim Vannarith",
                "said",
                "W",
            )
        ],
        [
            (
                "He said the fall in deaths followed the installation of 86 speed cameras on National Road 4 and National Road 5 since March.",
                "Chhim Vannarith",
                "said",
                "W",
            )
        ],
        [
            ("“One life lost on the road is one family destroyed.", "Chhim Vannarith", "said", ""),
            ("We cannot call 1,094 deaths a success,” he said.", "Chhim Vannarith", "said", ""),
        ],
        [
            ("Nearly a third of fatal crashes happened between 6 p.m. and 10 p.m.", "", "", "W"),
            (
                "Sundays and public holidays were the deadliest days, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deaths rose in Siem Reap and Battambang provinces, it said, without giving figures.",
                "a report released on Monday by the National Road Safety Committee",
                "said",
                "W",
            )
        ],
        [("ROAD DEATHS, JANUARY–SEPTEMBER", "", "", "B")],
        [("Year | Crashes | Deaths | Injured", "", "", "B")],
        [("2025 | 3,880 | 1,241 | 4,870", "", "", "")],
        [("2026 | 3,655 | 1,168 | 4,455", "", "", "")],
        [("2027 | 3,512 | 1,094 | 4,216", "", "", "")],
        [("Source: NRSC nine-month reports", "", "", "B")],
        [
            (
                "From Jan. 1, the fine for riding a motorcycle without a helmet will rise from 15,000 riel to 60,000 riel (about $15), under a sub-decree signed last month.",
                "",
                "",
                "W",
            ),
            (
                "The fine for driving with more than 0.25 milligrams of alcohol per litre of breath rises to 1.2 million riel on the same date.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "National Police deputy commissioner Maj. Gen. Keo Sovannara said traffic police had fined 214,580 drivers and riders from January to September, 61% of them for not wearing helmets.",
                "Keo Sovannara",
                "said",
                "W",
            )
        ],
        [
            (
                "He said police would set up night checkpoints on all national roads during the three days of the Water Festival next month.",
                "Keo Sovannara",
                "said",
                "W",
            )
        ],
        [
            (
                "Third-party motor insurance is compulsory under the Road Traffic Law, but only about 31% of vehicles were insured at the end of June, according to the Insurance Regulator of Cambodia.",
                "the Insurance Regulator of Cambodia",
                "according to",
                "W",
            )
        ],
        [
            (
                "The committee's helmet campaign this year was paid for by Mekong Moto Trading Co., Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company donated 40,000 children's helmets to 310 primary schools, the committee said.",
                "the committee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Lok Chumteav Sok Malis, director of the Safe Roads Cambodia Foundation, called the figures “a small step in the right direction.”",
                "Sok Malis",
                "called",
                "",
            ),
            (
                "She said enforcement outside Phnom Penh remained “patchy at best”.",
                "Sok Malis",
                "said",
                "",
            ),
        ],
        [
            (
                "“Why do we still see four people on one motorbike, without helmets, riding past a police post?” she asked.",
                "Sok Malis",
                "asked",
                "",
            )
        ],
        [
            (
                "In Ta Khmau, moto-taxi driver Pich Sothea, 38, said he had been stopped for not wearing a helmet only once in 10 years.",
                "Pich Sothea",
                "said",
                "",
            ),
            ("“Sixty thousand riel is two days' work for me!” he said.", "Pich Sothea", "said", ""),
        ],
        [
            (
                "The NRSC hopes to halve road deaths by 2030 from their 2020 level.",
                "the National Road Safety Committee",
                "hopes",
                "",
            )
        ],
        [("Where can drivers check their fines?", "", "", "")],
        [
            (
                "Fines can be checked on the Ministry of Public Works and Transport's website and paid at provincial traffic police offices.",
                "",
                "",
                "W",
            )
        ],
        [("Related", "", "", "B")],
        [("Siem Reap bans heavy trucks from temple roads at peak hours", "", "", "B")],
        [("Published by Tonle Media Group Co., Ltd. | Privacy | Terms", "", "", "B")],
    ],
    [
        [("National Cheng Kung University", "", "", "B")],
        [("NCKU News Center", "", "", "B")],
        [("中文 | English | Search", "", "", "B")],
        [("About  Academics  Admissions  Research  News  Campus Life  Alumni", "", "", "B")],
        [("Home › News › Research Highlights", "", "", "B")],
        [
            (
                "Rooftop solar panels cut top-floor temperatures by up to 2.6°C, NCKU study finds",
                "a study published on April 28 in the Journal of Subtropical Building Science",
                "finds",
                "W",
            )
        ],
        [("Date: 2027-05-03 | Unit: Department of Architecture | Views: 1,284", "", "", "B")],
        [("Share: Facebook | LINE | Email", "", "", "B")],
        [
            (
                "Ph.D. candidate Liao Yu-hsiang (left) and Professor Kuo Ya-ting check a temperature logger on a rooftop in Tainan's East District.",
                "",
                "",
                "",
            ),
            ("Photo courtesy of the Department of Architecture", "", "", "B"),
        ],
        [
            (
                "Solar panels mounted on the flat roofs of older apartment buildings in Tainan lowered the indoor temperature of top-floor homes by an average of 1.8°C on summer afternoons, and by up to 2.6°C on the hottest days, according to a study published on April 28 in the Journal of Subtropical Building Science.",
                "a study published on April 28 in the Journal of Subtropical Building Science",
                "according to",
                "W",
            )
        ],
        [
            (
                "The team, led by Professor Kuo Ya-ting (郭雅婷) of NCKU's Department of Architecture, placed temperature and humidity loggers in 48 top-floor flats in buildings of four to six storeys between June 1 and Sept. 30, 2026.",
                "",
                "",
                "W",
            ),
            (
                "Half of the flats were under roofs fitted with panels and half under bare concrete roofs of similar age.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Readings were taken every 10 minutes, and days with more than 5 mm of rain were left out of the analysis.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The panels also lowered the roof surface temperature by as much as 19°C at 2 p.m.",
                "",
                "",
                "W",
            ),
            (
                "The effect was smallest in buildings where a water tank already shaded part of the roof.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Households under panelled roofs used 11% less electricity for air-conditioning in July and August, based on smart-meter readings supplied by Taiwan Power Company (Taipower).",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“Most people think of solar panels only as a way to make electricity.",
                "Kuo Ya-ting",
                "said",
                "",
            ),
            (
                "On an old concrete roof they are also a very good parasol,” Kuo said.",
                "Kuo Ya-ting",
                "said",
                "",
            ),
        ],
        [
            (
                "“Could a landlord pay for the panels with the electricity savings alone?",
                "Kuo Ya-ting",
                "said",
                "",
            ),
            (
                "We don't know yet, and we say so in the paper,” she said.",
                "Kuo Ya-ting",
                "said",
                "",
            ),
        ],
        [
            (
                "Kuo said the findings mattered because about 38% of Tainan's homes were in buildings more than 40 years old, according to Ministry of the Interior figures.",
                "Kuo Ya-ting",
                "said",
                "W",
            )
        ],
        [
            (
                "The study did not measure lower floors, and the researchers note that all 48 flats were in a single city.",
                "the researchers",
                "note",
                "W",
            )
        ],
        [
            (
                "The research was funded by the National Science and Technology Council (NSTC) and by Anping Solar Energy Co., Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company installed the panels on 12 of the 24 panelled buildings but had no role in the analysis, the authors said.",
                "the authors",
                "said",
                "W",
            ),
        ],
        [
            (
                "Liao Yu-hsiang (廖宇翔), who is writing his doctoral thesis on the project, said the team hoped to repeat the study in Kaohsiung and Taichung.",
                "Liao Yu-hsiang",
                "said",
                "",
            )
        ],
        [
            (
                "Chen Pei-ling, an energy policy researcher at Academia Sinica who was not involved in the study, called it “careful, useful work” but said 48 homes were too few to build a policy on.",
                "Chen Pei-ling",
                "called",
                "",
            ),
            (
                "“Who pays for the panels, and who gets the cooler bedroom?” she asked.",
                "Chen Pei-ling",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Tainan City Government subsidises rooftop solar systems on residential buildings by up to NT$1,000 per kilowatt of capacity, under a program that runs until the end of 2028.",
                "",
                "",
                "W",
            ),
            (
                "A city spokesperson said 1,376 residential rooftops had received the subsidy since 2023.",
                "A city spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                "Wang Li-chun, 72, who has lived on the sixth floor of a 1979 building in North District for three decades, said her flat had been “like an oven” before the panels went up.",
                "Wang Li-chun",
                "said",
                "",
            ),
            (
                "“Now I can switch the air conditioner off at 10 p.m. and still sleep!” Wang said.",
                "Wang Li-chun",
                "said",
                "",
            ),
        ],
        [("Key findings", "", "", "B")],
        [("Average afternoon indoor temperature: 1.8°C lower under panels", "", "", "W")],
        [("Largest difference: 2.6°C, recorded on July 23, 2026", "", "", "W")],
        [("Air-conditioning electricity use: 11% lower in July and August", "", "", "W")],
        [
            (
                "Kuo will present the results at the Taiwan Building Energy Forum on NCKU's Kuang-Fu Campus on May 21 at 2:30 p.m.",
                "",
                "",
                "W",
            ),
            ("Registration closes on May 14.", "", "", "W"),
        ],
        [
            (
                "Reference: Kuo Y.-T., Liao Y.-H., et al. (2027). Photovoltaic roof shading and indoor heat in top-floor apartments. J. Subtrop. Build. Sci. 12(2): 114–129.",
                "",
                "",
                "B",
            )
        ],
        [("Media contact: Department of Architecture office, ext. 54102", "", "", "B")],
        [("Last updated: 2027-05-04", "", "", "B")],
        [("Related news", "", "", "B")],
        [("NCKU team maps flood-prone alleys in Tainan with drones", "", "", "B")],
        [
            (
                "© 2027 NCKU News Center | Office of Public Affairs, Tainan, Taiwan (R.O.C.) | Privacy | Accessibility",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [("☰  QURUM CHRONICLE", "", "", "B")],
        [("Oman › Transport", "", "", "B")],
        [
            (
                "46 flights cancelled at Muscat airport as heavy rain closes roads and halts intercity buses",
                "",
                "",
                "W",
            )
        ],
        [("Staff Reporter | Muscat | Published: 14 April 2027, 11:20 am", "", "", "B")],
        [("Listen to this article · 4 min", "", "", "B")],
        [
            (
                "Vehicles wait on a flooded stretch of Sultan Qaboos Street near Al Khuwair on Tuesday evening.",
                "",
                "",
                "",
            ),
            ("— Photo by Salim Al Rawahi", "", "", "B"),
        ],
        [
            (
                "MUSCAT: Forty-six flights to and from Muscat International Airport were cancelled and 19 were diverted to Sohar and Duqm between 6pm on Tuesday and 8am on Wednesday, Oman Airports said.",
                "Oman Airports",
                "said",
                "W",
            )
        ],
        [
            (
                "The company said the runway stayed open throughout, but that departures were held on the ground for up to three hours whenever lightning was detected within 8km of the airport.",
                "The company",
                "said",
                "W",
            )
        ],
        [
            (
                "The heaviest rain fell between 7.40pm and 10.15pm, when 63.2mm was recorded at the airport's weather station, according to the Civil Aviation Authority (CAA).",
                "the Civil Aviation Authority",
                "according to",
                "W",
            ),
            (
                "It said that was the most rain recorded there in a single day since April 2024.",
                "the Civil Aviation Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "Oman Air cancelled 28 flights, including WY 901 to Salalah and WY 613 to Dubai, and said passengers could rebook once free of charge for travel until April 21.",
                "Oman Air",
                "said",
                "W",
            )
        ],
        [
            (
                "SalamAir said 17 of its flights had been cancelled and that customers would be sent new bookings by text message.",
                "SalamAir",
                "said",
                "W",
            )
        ],
        [
            (
                "Under the CAA's passenger rights regulation, airlines must provide meals and refreshments after a two-hour delay and a hotel room for an overnight delay, but they do not have to pay compensation when the cause is bad weather.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In the departures hall, Priya Menon-Varghese, a nurse travelling to Kochi with two children, said she had been waiting since 5pm.",
                "Priya Menon-Varghese",
                "said",
                "",
            ),
            (
                "“Nobody tells us anything… the board just says ‘delayed’,” she said.",
                "Priya Menon-Varghese",
                "said",
                "",
            ),
            (
                "“Is it so hard to send one message?” she asked.",
                "Priya Menon-Varghese",
                "asked",
                "",
            ),
        ],
        [
            ("Mwasalat suspended all intercity bus services at 3pm on Tuesday.", "", "", "W"),
            (
                "The company said they would resume at 6am on Thursday if the roads had been cleared.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "City buses in Muscat ran on 14 of their 21 routes on Wednesday morning, the company said.",
                "the company",
                "said",
                "W",
            )
        ],
        [
            (
                "The Royal Oman Police (ROP) closed the Al Amerat–Quriyat road and two wadi crossings in Al Khoudh, and said on X that it had rescued 23 people from vehicles caught in running water.",
                "the Royal Oman Police",
                "said on X",
                "W",
            ),
            ("It urged drivers not to cross wadis in flood.", "the Royal Oman Police", "urged", ""),
        ],
        [
            (
                "Driving into a flowing wadi is an offence under the Traffic Law, punishable by a fine of up to RO500 and up to three months in jail.",
                "",
                "",
                "W",
            ),
            ("(Police recorded 41 such offences in Muscat Governorate last year.)", "", "", "W"),
        ],
        [
            (
                "Schools in Muscat and North Al Batinah moved lessons online on Wednesday, the Ministry of Education said.",
                "the Ministry of Education",
                "said",
                "W",
            )
        ],
        [
            (
                "Forecasters at Oman Meteorology said scattered showers would continue until Thursday morning.",
                "Forecasters at Oman Meteorology",
                "said",
                "",
            )
        ],
        [
            (
                "National Ferries Company cancelled Wednesday's sailings between Shinas and Khasab because of waves of up to 3m.",
                "",
                "",
                "W",
            ),
            (
                "The next sailing is scheduled for 9am on Thursday, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [("FLIGHT STATUS, WEDNESDAY 9AM", "", "", "B")],
        [("Flight | Route | Status", "", "", "B")],
        [("WY 901 | Muscat–Salalah | Cancelled", "", "", "")],
        [("OV 114 | Muscat–Khasab | Delayed to 1.30pm", "", "", "")],
        [("WY 613 | Muscat–Dubai | Cancelled", "", "", "")],
        [("OV 207 | Muscat–Sohar | On time", "", "", "")],
        [("Source: Oman Airports", "", "", "B")],
        [("What should passengers do?", "", "", "")],
        [
            (
                "Oman Airports advised passengers to check their flight's status with their airline before leaving for the airport.",
                "Oman Airports",
                "advised",
                "",
            ),
            (
                "Parking charges for cars left at the airport since Tuesday have been waived until Friday, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [("Follow the Qurum Chronicle on WhatsApp for weather updates", "", "", "B")],
        [("You may also like", "", "", "B")],
        [("Khareef season: Salalah hotels report 92% of July rooms booked", "", "", "B")],
        [
            ("© 2027 Al Waha Media & Publishing L.L.C.", "", "", "B"),
            ("CR No. 1184207, Muscat.", "", "", "B"),
        ],
    ],
    [
        [("mercantile.bh", "", "", "B")],
        [("Bahrain property deals rise 9.4% to BD386 million in third quarter", "", "", "W")],
        [("Reem Al Jowder-Saleh", "", "", "B")],
        [("9 November 2027", "", "", "B")],
        [("Estimated reading time: 5 minutes", "", "", "B")],
        [
            (
                "Apartment prices climb in Seef and Amwaj while Juffair slips, consultancy says",
                "Tylos Property Advisory W.L.L.",
                "says",
                "W",
            )
        ],
        [
            (
                "Real estate transactions in Bahrain rose 9.4% year on year to BD386.2 million in the third quarter, according to data from the Survey and Land Registration Bureau (SLRB).",
                "data from the Survey and Land Registration Bureau",
                "according to",
                "W",
            )
        ],
        [
            (
                "The number of deeds registered rose 6.1% to 4,806, the bureau's quarterly bulletin shows.",
                "the bureau's quarterly bulletin",
                "shows",
                "W",
            ),
            (
                "Residential units accounted for 71% of deals by number and 58% by value.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In its quarterly market report, published on Monday, Tylos Property Advisory W.L.L. said average apartment sale prices in Seef rose 3.1% from a year earlier to BD812 per square metre.",
                "Tylos Property Advisory W.L.L.",
                "said",
                "W",
            ),
            ("Prices on Amwaj Islands rose 4.4% to BD905 per sq m.", "", "", "W"),
        ],
        [
            (
                "In Juffair, prices fell 1.2% to BD698 per sq m, and the average monthly rent for a two-bedroom flat slipped to BD455, the consultancy said.",
                "the consultancy",
                "said",
                "W",
            )
        ],
        [
            (
                "The consultancy attributed the fall to new supply: 1,140 units were completed in Juffair in the 12 months to September, more than in any other district.",
                "The consultancy",
                "attributed",
                "W",
            )
        ],
        [
            (
                "The figures in the report were compiled by a sister company, Tylos Data Services W.L.L.",
                "",
                "",
                "W",
            ),
            (
                "It tracked 2,260 leases and 910 sales during the quarter, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tylos managing partner Hussain Al Aradi-Mansoor said he expected Juffair prices “to find a floor by the middle of next year.”",
                "Hussain Al Aradi-Mansoor",
                "said",
                "",
            )
        ],
        [
            ("“Juffair is not in trouble.", "Hussain Al Aradi-Mansoor", "said", ""),
            (
                "It is simply digesting a lot of new stock at once,” he said.",
                "Hussain Al Aradi-Mansoor",
                "said",
                "",
            ),
        ],
        [
            (
                "Non-Bahrainis bought 1,082 properties in the quarter, 22.5% of the total, with Saudi nationals the largest group, according to the SLRB.",
                "the Survey and Land Registration Bureau",
                "according to",
                "W",
            )
        ],
        [
            (
                "Foreigners may own freehold property only in designated areas, including Seef, Juffair, Amwaj Islands and Diyar Al Muharraq, under rules set by the Real Estate Regulatory Authority (RERA).",
                "",
                "",
                "W",
            ),
            (
                "Buyers of property worth at least BD200,000 qualify for a 10-year Golden Residency visa.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Among the quarter's biggest sales was a block of 64 flats in Diyar Al Muharraq, sold for BD9.8 million to Dilmun Crest Real Estate B.S.C. (c).",
                "",
                "",
                "W",
            ),
            (
                "The company said it planned to let the flats to families on the housing waiting list.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "Outstanding residential mortgages at Bahrain's banks reached BD2.93 billion at the end of September, up 7.8% from a year earlier, according to the Central Bank of Bahrain's monthly statistical bulletin.",
                "the Central Bank of Bahrain's monthly statistical bulletin",
                "according to",
                "W",
            ),
            ("The central bank's key policy rate has stood at 5.25% since September.", "", "", "W"),
        ],
        [
            (
                "The Mazaya scheme, which subsidises mortgages for eligible Bahraini families buying homes of up to BD90,000, approved 318 applications in the quarter, the Ministry of Housing and Urban Planning said.",
                "the Ministry of Housing and Urban Planning",
                "said",
                "W",
            )
        ],
        [
            (
                "Fatima Al Sayed-Ebrahim, a teacher who bought a two-bedroom flat in Busaiteen in August, said prices had “run ahead of salaries.”",
                "Fatima Al Sayed-Ebrahim",
                "said",
                "",
            ),
            (
                "“We looked for 14 months, and every month the same flat cost more!” she said.",
                "Fatima Al Sayed-Ebrahim",
                "said",
                "",
            ),
        ],
        [
            (
                "Ali Hasan Matar, who runs an estate agency in Adliya, said viewings had picked up since the summer but buyers were “negotiating harder than at any time since 2020.”",
                "Ali Hasan Matar",
                "said",
                "",
            ),
            ("“A year ago people paid the asking price.", "Ali Hasan Matar", "said", ""),
            ("Now they start 10% below it and wait,” he said.", "Ali Hasan Matar", "said", ""),
        ],
        [("Will rents keep falling?", "", "", "")],
        [
            (
                "Tylos expects average rents across the kingdom to be flat to 2% lower in 2028 as about 3,900 more units are completed.",
                "Tylos Property Advisory W.L.L.",
                "expects",
                "",
            ),
            (
                "(Its rent figures are based on leases the firm tracked, not on official data.)",
                "",
                "",
                "W",
            ),
        ],
        [("APARTMENT PRICES, Q3 2027", "", "", "B")],
        [("Area | BD per sq m | Change y/y", "", "", "B")],
        [("Seef | 812 | +3.1%", "", "", "")],
        [("Amwaj Islands | 905 | +4.4%", "", "", "")],
        [("Juffair | 698 | −1.2%", "", "", "")],
        [("Busaiteen | 534 | +2.0%", "", "", "")],
        [("Source: Tylos Property Advisory", "", "", "B")],
        [("Reem Al Jowder-Saleh covers property and banking for the Mercantile.", "", "", "B")],
        [("The full Tylos report is available at tylosadvisory.bh/research", "", "", "B")],
    ],
    [
        [("CAIRO LEDGER", "", "", "B")],
        [("Egypt  Business  Agriculture  World  Opinion  Sports  Multimedia", "", "", "B")],
        [("Business › Agriculture", "", "", "B")],
        [
            (
                "Government to pay LE2,650 per ardeb for local wheat as harvest opens, up LE300 on last season",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Tomato prices at Obour market more than double in a month after heatwave, traders say",
                "Traders",
                "say",
                "W",
            )
        ],
        [("Mahmoud El-Sherbiny | Tuesday 13 Apr 2027 - 03:18 PM Cairo time", "", "", "B")],
        [("Share: Facebook  X  LinkedIn  WhatsApp", "", "", "B")],
        [
            ("A farmer harvests wheat by hand near Kafr El-Sheikh.", "", "", ""),
            ("(File photo: Cairo Ledger)", "", "", "B"),
        ],
        [
            (
                "The Ministry of Supply and Internal Trade will pay farmers LE2,650 per ardeb (150 kilograms) for wheat of 23.5 carats' purity during the local harvest, which opens on April 15 and runs until Aug. 15, the ministry said on Monday.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Wheat of 23 carats will be bought at LE2,610 and of 22.5 carats at LE2,570.",
                "",
                "",
                "W",
            ),
            (
                "The price is LE300 higher than last season's, the largest one-season increase in at least five years, according to ministry records.",
                "ministry records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Ministry spokesman Ahmed Kamal-Eldin said the government bought 3.9 million tonnes of local wheat last season.",
                "Ahmed Kamal-Eldin",
                "said",
                "W",
            ),
            (
                "He said the target this season was 4.2 million tonnes.",
                "Ahmed Kamal-Eldin",
                "said",
                "",
            ),
        ],
        [
            (
                "Farmers can deliver to 470 collection points, including silos, warehouses and open-air shonas run by the General Authority for Supply Commodities and the Egyptian Holding Company for Silos and Storage, he said.",
                "Ahmed Kamal-Eldin",
                "said",
                "W",
            )
        ],
        [
            (
                "Payment is due within 48 hours of delivery, according to a ministerial decree published in the official gazette on Sunday.",
                "a ministerial decree published in the official gazette on Sunday",
                "according to",
                "W",
            )
        ],
        [
            (
                "Farmers' Syndicate chairman Sayed Abdel-Ghani El-Tokhy said the cost of growing a feddan (1.04 acres) of wheat had risen to about LE38,000 this season, mainly because of fertiliser and diesel prices.",
                "Sayed Abdel-Ghani El-Tokhy",
                "said",
                "W",
            )
        ],
        [
            (
                "“At LE2,650, a farmer with an average yield of 18 ardebs barely covers his costs.",
                "Sayed Abdel-Ghani El-Tokhy",
                "said",
                "",
            ),
            (
                "Is that a reason to plant wheat next year, or clover?” he said.",
                "Sayed Abdel-Ghani El-Tokhy",
                "said",
                "",
            ),
        ],
        [
            (
                "Egypt imported about 12.4 million tonnes of wheat in the 2025/26 fiscal year, according to Sinai Grain Analytics S.A.E.",
                "Sinai Grain Analytics S.A.E.",
                "according to",
                "W",
            ),
            (
                "The consultancy expects imports to fall slightly this year if the harvest target is met.",
                "The consultancy",
                "expects",
                "",
            ),
        ],
        [
            (
                "The General Authority for Supply Commodities said it had bought 1.1 million tonnes of imported wheat since January, most of it from Russia and Romania.",
                "The General Authority for Supply Commodities",
                "said",
                "W",
            )
        ],
        [
            (
                "In Sharqia, farmer Reda Abdel-Aziz said he had planted 3 feddans of wheat this year instead of 5 and put the rest under clover.",
                "Reda Abdel-Aziz",
                "said",
                "",
            )
        ],
        [
            (
                "At Obour Market, the wholesale price of tomatoes reached LE22 per kilogram on Monday, up from LE10 a month earlier, according to the market's daily price bulletin.",
                "the market's daily price bulletin",
                "according to",
                "W",
            )
        ],
        [
            (
                "Traders said a heatwave in late March had damaged the spring crop in Beheira and Nubaria, which supply most of the capital's tomatoes at this time of year.",
                "Traders",
                "said",
                "W",
            )
        ],
        [
            (
                "“Yesterday I sold a 20-kilo crate for LE440!” said Abdel-Moneim Farag, who has had a stall at the market for 31 years.",
                "Abdel-Moneim Farag",
                "said",
                "",
            ),
            (
                "He expected prices to ease by the end of May, when the summer crop from Upper Egypt reaches Cairo.",
                "Abdel-Moneim Farag",
                "expected",
                "",
            ),
        ],
        [
            (
                "The Ministry of Agriculture and Land Reclamation said 412,000 feddans had been planted with tomatoes this season, 6% fewer than last year.",
                "The Ministry of Agriculture and Land Reclamation",
                "said",
                "W",
            )
        ],
        [("OBOUR MARKET WHOLESALE PRICES, 12 APRIL (LE per kg)", "", "", "B")],
        [("Item | Low | High", "", "", "B")],
        [("Tomatoes | 18.00 | 22.00", "", "", "")],
        [("Potatoes | 9.50 | 12.00", "", "", "")],
        [("Red onions | 7.00 | 9.00", "", "", "")],
        [("Cucumbers | 11.00 | 14.50", "", "", "")],
        [("Lemons | 25.00 | 32.00", "", "", "")],
        [("Source: Obour Market price bulletin", "", "", "B")],
        [
            (
                "In Shubra, Samah Fathy-Ragab, a mother of three, said she had switched to tomato paste.",
                "Samah Fathy-Ragab",
                "said",
                "",
            ),
            ("“The salad is a luxury now,” she said.", "Samah Fathy-Ragab", "said", ""),
        ],
        [("Will bread prices change?", "", "", "")],
        [
            (
                "The price of subsidised baladi bread stays at 20 piastres a loaf, and each ration card holder remains entitled to five loaves a day, the supply ministry said.",
                "the supply ministry",
                "said",
                "W",
            )
        ],
        [("Get the Ledger's morning briefing in your inbox", "", "", "B")],
        [("Read also", "", "", "B")],
        [("Cotton area set to grow 12% this season, ministry says", "", "", "B")],
        [
            (
                "All rights reserved © 2027 Cairo Ledger, a Tahrir Digital Publishing S.A.E. website",
                "",
                "",
                "B",
            )
        ],
    ],
    [
        [
            (
                "https://www.mahe-herald.sc/environment/providence-fish-plant-ordered-to-stop-discharge",
                "",
                "",
                "B",
            )
        ],
        [("MAHÉ HERALD", "", "", "B")],
        [("Tuesday 08 June 2027", "", "", "B")],
        [
            (
                "Providence fish plant ordered to stop discharging waste water; grease found at 14 times the limit",
                "",
                "",
                "W",
            )
        ],
        [("By Nadine Rose-Pillay", "", "", "B")],
        [
            (
                "A brown plume spreads from the outfall pipe below the Ocean Crest plant at Providence last week.",
                "",
                "",
                "",
            ),
            ("Photo: Reef Watch Seychelles", "", "", "B"),
        ],
        [
            (
                "Environment officers have ordered Ocean Crest Seafoods Ltd. to stop discharging waste water into the sea off Providence Industrial Estate after an inspection found oil and grease at 14 times the legal limit.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The inspection, carried out on May 27 by four officers of the Environment Department's pollution control section, took samples at three points on the plant's outfall.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Samples from the main outfall contained 142 milligrams of oil and grease per litre, against a limit of 10 mg/l, according to the inspection report seen by the Herald.",
                "the inspection report seen by the Herald",
                "according to",
                "W",
            ),
            (
                "The report also recorded a chemical oxygen demand of 1,860 mg/l, more than six times the limit of 300 mg/l.",
                "The report",
                "recorded",
                "W",
            ),
        ],
        [
            (
                "Two of the plant's three grease traps were blocked, and an effluent treatment unit installed in 2022 had not been working since at least April, it said.",
                "the inspection report seen by the Herald",
                "said",
                "W",
            ),
            (
                "(The company's licence, issued in 2019, allows it to process up to 40 tonnes of fish a day.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A stop notice served on June 2 requires the company to end all discharges until the unit is repaired and, in the meantime, to take its waste water by tanker to the Providence sewage treatment works.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "It is the first stop notice served on a fish processor since the Act came into force, the department said.",
                "the department",
                "said",
                "W",
            )
        ],
        [
            (
                "The department has also issued a fixed penalty of SR150,000 under the Environment Protection Act 2016, the maximum for a first offence by a company.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The Environment Department's director-general, Vivianne Ernesta-Lablache, said the plant had been warned twice, in November and in February, after complaints from fishermen at Providence.",
                "Vivianne Ernesta-Lablache",
                "said",
                "W",
            )
        ],
        [
            ("“On paper this is a first offence.", "Vivianne Ernesta-Lablache", "said", ""),
            (
                "In reality we gave them every chance,” she said.",
                "Vivianne Ernesta-Lablache",
                "said",
                "",
            ),
        ],
        [
            (
                "She said the company had until July 2 to show the unit was working, after which officers would return to take new samples.",
                "Vivianne Ernesta-Lablache",
                "said",
                "W",
            )
        ],
        [
            (
                "Ocean Crest's general manager, Gerard Nourrice-Morel, said the unit broke down when a pump motor burned out in March and that a replacement had been ordered from Mauritius.",
                "Gerard Nourrice-Morel",
                "said",
                "W",
            ),
            (
                "He said the company had stopped making fish meal, the main source of the grease, on June 3.",
                "Gerard Nourrice-Morel",
                "said",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Public Utilities Corporation confirmed that tankers from the plant had delivered 46 loads to the treatment works since the notice was served.",
                "A spokesperson for the Public Utilities Corporation",
                "confirmed",
                "W",
            )
        ],
        [
            (
                "“We employ 212 Seychellois and we take the environment seriously,” he said.",
                "Gerard Nourrice-Morel",
                "said",
                "W",
            )
        ],
        [
            (
                "Fishermen at Providence said catches of octopus and rabbitfish near the outfall had fallen over the past year.",
                "Fishermen at Providence",
                "said",
                "",
            )
        ],
        [
            (
                "“You see a brown slick on the water every morning at 6 a.m.",
                "Roland Esparon-Dine",
                "said",
                "",
            ),
            (
                "The smell is terrible,” said Roland Esparon-Dine, 54, who fishes from a pirogue.",
                "Roland Esparon-Dine",
                "said",
                "",
            ),
            (
                "Esparon-Dine said he now sails 40 minutes further out to set his traps.",
                "Roland Esparon-Dine",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Environment Protection (Standards) Regulations, discharges to sea may not contain more than 10 mg/l of oil and grease or 300 mg/l of chemical oxygen demand.",
                "",
                "",
                "W",
            ),
            ("Fines for a second offence can reach SR500,000.", "", "", "W"),
        ],
        [
            (
                "The department carried out 64 inspections of industrial premises in 2026 and served 11 stop notices, according to the department's annual report.",
                "the department's annual report",
                "according to",
                "W",
            )
        ],
        [
            (
                "Terrence Bibi-Sinon of the conservation group Reef Watch Seychelles called the fine “a slap on the wrist for a company this size.”",
                "Terrence Bibi-Sinon",
                "called",
                "",
            ),
            (
                "“How many times must a plant break the law before it loses its licence?” he asked.",
                "Terrence Bibi-Sinon",
                "asked",
                "",
            ),
        ],
        [
            (
                "The National Assembly's environment committee will question the department on industrial pollution at a public hearing on June 22 at 10 a.m.",
                "",
                "",
                "W",
            ),
            ("Members of the public may attend.", "", "", "W"),
        ],
        [("What happens if the plant fails the re-test?", "", "", "")],
        [
            (
                "If the new samples fail, the department can suspend the plant's environmental licence for up to six months, the director-general said.",
                "Vivianne Ernesta-Lablache",
                "said",
                "W",
            )
        ],
        [
            (
                "The department advised people not to swim or collect shellfish within 200 metres of the outfall until further notice.",
                "The department",
                "advised",
                "",
            )
        ],
        [("Comments are not shown in print view.", "", "", "B")],
        [("© Mahé Herald 2027 · Printed on 08/06/2027 at 17:21", "", "", "B")],
        [("Mahé Herald Ltd., Victoria, Mahé, Seychelles · Tel: +248 4 612 307", "", "", "B")],
    ],
    [
        [("kuwaitcrescent.com", "", "", "B")],
        [("THE KUWAIT CRESCENT", "", "", "B")],
        [("Local › Economy", "", "", "B")],
        [("Inflation rises to 2.6% in September as food prices climb 4.9%", "", "", "W")],
        [
            (
                "Statistics bureau says eggs and chicken led the rise; ministry adds 12 items to price-control list",
                "the Central Statistical Bureau",
                "says",
                "W",
            )
        ],
        [("By A. S. Al-Shammari, Staff Writer", "", "", "B")],
        [("Published on: 10/11/2027 | 2:14 PM", "", "", "B")],
        [("Share  WhatsApp  Facebook  X  Email", "", "", "B")],
        [
            ("Shoppers at a co-operative society in Jabriya on Tuesday.", "", "", ""),
            ("(Crescent photo by Haitham Al-Rasheed)", "", "", "B"),
        ],
        [
            (
                "KUWAIT CITY, Nov 10: Consumer prices in Kuwait rose 2.6% in September from a year earlier, up from 2.3% in August, the Central Statistical Bureau (CSB) said on Tuesday.",
                "the Central Statistical Bureau",
                "said",
                "W",
            )
        ],
        [
            ("It was the highest annual rate since March 2026.", "", "", "W"),
            ("Prices rose 0.2% from August, the bureau said.", "the bureau", "said", "W"),
        ],
        [
            (
                "Food and beverage prices, which make up about 18% of the index, rose 4.9% year on year, led by eggs (up 17.4%), chicken (up 9.8%) and fresh vegetables (up 8.2%).",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Housing services, the biggest group with a weight of about a third, rose 1.4%, while transport costs fell 0.8% on lower prices for new cars.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The bureau attributed the jump in egg prices to a fall in local output after about 210,000 laying hens were culled on farms in Wafra in July following a disease outbreak.",
                "The bureau",
                "attributed",
                "W",
            )
        ],
        [
            ("Most of the culled hens belonged to Wafra Golden Poultry Co. K.S.C.P.", "", "", "W"),
            (
                "The company told Boursa Kuwait on Aug. 3 that it had lost about 40% of its laying flock.",
                "The company",
                "told Boursa Kuwait",
                "W",
            ),
            (
                "It said output should be back to normal by January.",
                "Wafra Golden Poultry Co. K.S.C.P.",
                "said",
                "",
            ),
        ],
        [
            (
                "Most frozen chicken sold in Kuwait is imported from Brazil and the U.S.",
                "",
                "",
                "W",
            ),
            (
                "Import prices for poultry rose 6.3% in the year to September, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Commerce and Industry said on Wednesday it had added 12 items, including eggs, frozen chicken and infant formula, to the list of goods whose prices cannot be raised without its approval, bringing the total to 54.",
                "The Ministry of Commerce and Industry",
                "said",
                "W",
            )
        ],
        [
            (
                "The rule takes effect on Nov. 15, and shops that raise prices on listed goods face fines of up to KD 5,000 and closure for up to a month, the ministry said.",
                "the ministry",
                "said",
                "W",
            )
        ],
        [
            (
                "Assistant undersecretary for consumer protection Eng. Nawaf Jassem Al-Dhafiri said inspectors had recorded 386 violations in September, 41 of them for prices above the approved list.",
                "Nawaf Jassem Al-Dhafiri",
                "said",
                "W",
            )
        ],
        [
            (
                "“We will not accept that a tray of 30 eggs goes from KD 1.300 to KD 1.750 in one summer,” he said.",
                "Nawaf Jassem Al-Dhafiri",
                "said",
                "W",
            ),
            (
                "He urged consumers to report overpricing through the ministry's app.",
                "Nawaf Jassem Al-Dhafiri",
                "urged",
                "",
            ),
        ],
        [
            (
                "The Union of Consumer Co-operative Societies said a 30-egg tray cost KD 1.650 at its members' branches on Tuesday, against KD 1.300 in June.",
                "The Union of Consumer Co-operative Societies",
                "said",
                "W",
            )
        ],
        [
            (
                "Dr. Hessa Al-Roumi-Bader, an economist at Kuwait University, said inflation remained “moderate by any regional standard.”",
                "Hessa Al-Roumi-Bader",
                "said",
                "",
            ),
            (
                "She expected the rate to ease back below 2.5% early next year as egg supply recovers.",
                "Hessa Al-Roumi-Bader",
                "expected",
                "",
            ),
        ],
        [
            (
                "At the Rawda co-op on Tuesday evening, Umm Abdullah, a mother of five, said her weekly food bill had risen from about KD 45 to KD 60 since the summer.",
                "Umm Abdullah",
                "said",
                "",
            ),
            (
                "“Chicken, eggs, milk… everything is up except my husband's salary!” she said.",
                "Umm Abdullah",
                "said",
                "",
            ),
        ],
        [
            (
                "Ramesh Pillai-Nair, an accountant from Kerala who lives in Salmiya, said his rent had not changed in two years but his children's school fees had risen by KD 120 a year.",
                "Ramesh Pillai-Nair",
                "said",
                "",
            )
        ],
        [
            (
                "(The CSB also revised its August figure for food inflation to 4.1% from 3.9%.)",
                "",
                "",
                "W",
            )
        ],
        [("How is the index calculated?", "", "", "")],
        [
            (
                "The CSB collects about 11,000 prices each month from shops, co-ops, restaurants and service providers in all six governorates, and weights them using its 2019/20 household income and expenditure survey.",
                "",
                "",
                "W",
            ),
            ("The October figures are due on Dec. 9.", "", "", "W"),
        ],
        [("CONSUMER PRICES, SEPTEMBER 2027", "", "", "B")],
        [("Group | Weight | Change y/y", "", "", "B")],
        [("Food and beverages | 18.1% | +4.9%", "", "", "")],
        [("Housing services | 33.2% | +1.4%", "", "", "")],
        [("Transport | 8.6% | −0.8%", "", "", "")],
        [("Clothing and footwear | 7.4% | +3.1%", "", "", "")],
        [("All items | 100% | +2.6%", "", "", "")],
        [("Source: Central Statistical Bureau", "", "", "B")],
        [("Read more on The Kuwait Crescent", "", "", "B")],
        [("Co-ops told to post prices of controlled goods at their entrances", "", "", "B")],
        [
            ("© 2027 Dar Al Hilal Publishing & Distribution Co. W.L.L.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n172-bm-postnominals-mid",
        "The Hon. Delroy Swan-Tucker, JP, MP, tabled the Estimates in the House on Friday.",
        ["The Hon. Delroy Swan-Tucker, JP, MP, tabled the Estimates in the House on Friday."],
    ),
    (
        "n172-bm-am-ends",
        "The House rose at 11.40 a.m. Members return on Monday for the budget debate.",
        ["The House rose at 11.40 a.m.", "Members return on Monday for the budget debate."],
    ),
    (
        "n172-bm-ltd-ends",
        "The freight study was done by Ord Road Consulting Ltd. Its report runs to 96 pages.",
        ["The freight study was done by Ord Road Consulting Ltd.", "Its report runs to 96 pages."],
    ),
    (
        "n172-bz-claim-no-mid",
        "Claim No. 207 of 2026 was filed on Jan. 14 by a Corozal fisherman.",
        ["Claim No. 207 of 2026 was filed on Jan. 14 by a Corozal fisherman."],
    ),
    (
        "n172-bz-sc-ends",
        "Costs were sought by Renee Arnold-Gentle, S.C. The judge granted them in full.",
        ["Costs were sought by Renee Arnold-Gentle, S.C.", "The judge granted them in full."],
    ),
    (
        "n172-bz-dateline-abbrev",
        "BELIZE CITY, Mon. Feb. 8, 2027 — The Court of Appeal reserved its decision until April.",
        ["BELIZE CITY, Mon. Feb. 8, 2027 — The Court of Appeal reserved its decision until April."],
    ),
    (
        "n172-qa-he-mid",
        "The trophy was handed over by H.E. Sheikh Ahmed bin Saeed Al Kuwari after the last race.",
        [
            "The trophy was handed over by H.E. Sheikh Ahmed bin Saeed Al Kuwari after the last race."
        ],
    ),
    (
        "n172-qa-eng-dr-mid",
        "Eng. Dr. Mariam Al Sada inspected the track before racing began.",
        ["Eng. Dr. Mariam Al Sada inspected the track before racing began."],
    ),
    (
        "n172-vn-jsc-ends",
        "The test kits are made by Thành Đạt Medical JSC. The firm supplies 40 hospitals in the north.",
        [
            "The test kits are made by Thành Đạt Medical JSC.",
            "The firm supplies 40 hospitals in the north.",
        ],
    ),
    (
        "n172-vn-question-new-sentence",
        "“Is it dengue or just flu? Nobody could tell us for three days,” she said.",
        ["“Is it dengue or just flu?", "Nobody could tell us for three days,” she said."],
    ),
    (
        "n172-vn-decree-no",
        "Decree No. 117/2026/ND-CP raised the maximum fine to VNĐ2 million.",
        ["Decree No. 117/2026/ND-CP raised the maximum fine to VNĐ2 million."],
    ),
    (
        "n172-im-initials-mid",
        "The returning officer, Mr J. R. Kinvig, declared the result shortly after midnight.",
        ["The returning officer, Mr J. R. Kinvig, declared the result shortly after midnight."],
    ),
    (
        "n172-im-exclamation-attribution",
        "“We did it!” her agent shouted from the gallery.",
        ["“We did it!” her agent shouted from the gallery."],
    ),
    (
        "n172-im-parenthesis-sentence",
        "Turnout in Rushen was 55.1%. (The figure leaves out 212 rejected postal votes.) The count ended at 1.05am.",
        [
            "Turnout in Rushen was 55.1%.",
            "(The figure leaves out 212 rejected postal votes.)",
            "The count ended at 1.05am.",
        ],
    ),
    (
        "n172-kh-maj-gen-mid",
        "Police Maj. Gen. Sar Vuthy said 12 new checkpoints would open on Friday.",
        ["Police Maj. Gen. Sar Vuthy said 12 new checkpoints would open on Friday."],
    ),
    (
        "n172-kh-pm-ends-before-capital",
        "Most crashes happened after 9 p.m. Saturdays were the worst day of the week.",
        ["Most crashes happened after 9 p.m.", "Saturdays were the worst day of the week."],
    ),
    (
        "n172-kh-co-ltd-ends",
        "The helmets were donated by Preah Sihanouk Motors Co., Ltd. Each carries a safety sticker.",
        [
            "The helmets were donated by Preah Sihanouk Motors Co., Ltd.",
            "Each carries a safety sticker.",
        ],
    ),
    (
        "n172-tw-roc-mid",
        "The forum is held in Tainan, Taiwan (R.O.C.), every May.",
        ["The forum is held in Tainan, Taiwan (R.O.C.), every May."],
    ),
    (
        "n172-tw-reference-whole",
        "Reference: Lin C.-Y., Tsai M.-H., et al. (2026). Shade and sleep in old flats. Build. Environ. 88: 12–19.",
        [
            "Reference: Lin C.-Y., Tsai M.-H., et al. (2026). Shade and sleep in old flats. Build. Environ. 88: 12–19."
        ],
    ),
    (
        "n172-tw-phd-mid",
        "Ph.D. student Hsu Wen-chieh checked the sensors every week for 122 days.",
        ["Ph.D. student Hsu Wen-chieh checked the sensors every week for 122 days."],
    ),
    (
        "n172-om-flight-no-mid",
        "Flight No. WY 417 left at 9.05pm, three hours late.",
        ["Flight No. WY 417 left at 9.05pm, three hours late."],
    ),
    (
        "n172-om-llc-ends",
        "The buses are run by Nizwa Coach Lines L.L.C. They carry about 3,000 people a day.",
        ["The buses are run by Nizwa Coach Lines L.L.C.", "They carry about 3,000 people a day."],
    ),
    (
        "n172-bh-wll-ends",
        "The tower was sold to Sitra Bay Holdings W.L.L. The price was not disclosed.",
        ["The tower was sold to Sitra Bay Holdings W.L.L.", "The price was not disclosed."],
    ),
    (
        "n172-bh-bsc-c-ends",
        "Its parent company is Muharraq Estates B.S.C. (c). It owns 14 buildings in Seef.",
        ["Its parent company is Muharraq Estates B.S.C. (c).", "It owns 14 buildings in Seef."],
    ),
    (
        "n172-eg-sae-ends",
        "The silos are run by Delta Storage S.A.E. Farmers are paid within two days.",
        ["The silos are run by Delta Storage S.A.E.", "Farmers are paid within two days."],
    ),
    (
        "n172-eg-question-after-first",
        "“Prices doubled in a month. Who can afford salad now?” she asked.",
        ["“Prices doubled in a month.", "Who can afford salad now?” she asked."],
    ),
    (
        "n172-sc-ltd-said-mid",
        "Anse Boileau Fisheries Ltd. said on Monday it would appeal the fine.",
        ["Anse Boileau Fisheries Ltd. said on Monday it would appeal the fine."],
    ),
    (
        "n172-kw-ksc-ends",
        "The dairy is owned by Jahra Fresh Milk Co. K.S.C.P. It sells 180,000 litres a day.",
        ["The dairy is owned by Jahra Fresh Milk Co. K.S.C.P.", "It sells 180,000 litres a day."],
    ),
    (
        "n172-kw-us-ends",
        "Most of the frozen beef comes from the U.S. Brazil supplies nearly all of the rest.",
        ["Most of the frozen beef comes from the U.S.", "Brazil supplies nearly all of the rest."],
    ),
    (
        "n172-kw-ellipsis-lower",
        "“Rice, sugar, oil… all of it costs more than in June,” he said.",
        ["“Rice, sugar, oil… all of it costs more than in June,” he said."],
    ),
]
