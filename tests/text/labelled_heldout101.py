"""Hundred-and-first held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-eight):
twelve WHOLE news pages, head to tail as a reader's paste gives them, from twelve kinds of outlet in
twelve countries, pasted seven different ways, on ordinary news days. None of the countries of
`labelled_new159.py` or `labelled_new160.py` comes back. The pages: an Irish regional weekly's
website pasted from a desktop browser (local government: Kildare County Council votes 21–14 to raise
the local property tax by 10%); a Kenyan TV station's news website pasted from a phone (health:
cholera cases in Nairobi's Mukuru settlements rise to 214); an Indian legal news website in a
browser's reader mode (courts: the Madras High Court orders ₹30 lakh for the widow of a sanitation
worker who died in a Perungudi sewer); a Canadian city daily's print view with the browser's headers
and footers (transport: Halifax's Mill Cove ferry to start two years late and $31M over budget); an
Australian metropolitan daily's morning newsletter pasted from an email client (weather: Perth's
record sixth straight day above 40C); a Philippine broadcaster's news app shared from its share
sheet (crime: three arrested over a P4.8-million jewelry heist in a Cubao mall); a Ghanaian business
daily read on a news aggregator (business: the cocoa farmgate price raised 18.4% to GH¢58,000 a
tonne); a Fijian sports website pasted from a phone (sport: Nadroga beat Suva 24–19 in the Skipper
Cup final); a Cypriot English-language daily's website pasted from a desktop browser (politics: the
House votes 31–22 to publish MPs' asset declarations online); a Tanzanian environment news service
in reader mode (environment: the Rufiji Delta loses 11.4% of its mangroves since 2015); a Pakistani
broadsheet's weekly education newsletter pasted from an email client (education: the Lahore board's
matric pass rate falls to 61.4%); and a Barbadian radio station's news app shared from its share
sheet (culture: a third Pic-O-De-Crop calypso monarch title).

Each page brings its own site's furniture, worded its own way, at head, mid-story and tail, and
every line of it is "B" whatever it says. Desktop: masthead, a menu spaced with runs of blanks,
sign-in/subscribe lines, a weather-and-date strip, crumb, byline, date line, share line,
"Advertisement", "READ MORE" and "READ ALSO:" inside the story, a newsletter line, related lists, a
comments-closed line or count, a Google News line and company lines. Phone: hamburger/search lines,
an app banner with "INSTALL" or an app prompt with "OPEN APP", relative time and read time, a listen
line with a running time, "ADVERTISEMENT" and "Story continues below" on lines of their own, a
"TRENDING" or "LATEST" carousel mid-story, a back-to-top arrow, cookie banners with "GOT IT" or
"Accept all    Manage". Reader mode: the bare domain, author, a reading-time line, captions with
their credits (one a "File photo"), an "ALSO READ" line left in the text, a journal reference, a
funding note, a topics line and a digest line. Print view: the browser's header (date and time, then
the page title, which repeats the headline) and footer (the URL and "1/3") at every page break, a
capitalised byline with role and credit, a personal-use line. Newsletter email: From, Sent or Date,
To and Subject lines, a view-in-browser line, the newsletter's name, date or issue line and
greeting, a lead label, an in-this-issue list, a sponsored block, a read-the-full-story line, other
headlines, a sign-off and team signature, unsubscribe links and the publisher's address. App share:
the share sheet's line and short link, "▶ LISTEN LIVE", in-app video and audio prompts, "READ:"
links, tags, store links and "Sent from my iPad". Aggregator: the aggregator's name and tabs, the
source line with age and "+ Follow", "Story by", the aggregator's "© ..." credit under the photo,
"Sponsored · Ad", "Continue reading", "Read the full story on ...", a reactions strip, "More from
...", "Why am I seeing this?" and "Report this story".

Speakers are named in full as first given, titles, roles and party tags dropped across twelve
countries' forms of address: "Cllr" with "(SF)", "(FG)" or "(FF)", "The Cathaoirleach", "County
Executive Committee Member for Health Dr", "Dr", "Public health officer", "Justice", "Standing
counsel for the corporation", "Inspector", "Transit director", "Company president", "Coun.", "Senior
meteorologist", "Professor", "QCPD director PBGen.", "PLt. Col.", "Atty.", "Brgy. Socorro chairman",
"Chief executive", "Alhaji", "coach Ratu", "captain", "chief executive Adi", "Greens MP", "Disy MP",
"Akel MP", "Government spokesman", "Lead author Dkt.", "Co-author Prof.", "Kibiti District
Commissioner Mhe.", "Board chairman Prof Dr", "Punjab School Education Minister", "NCF chief
executive", "Minister of Culture Sen. Dr", "Rev.". Kept as parts of names: "Jr." ("Ernesto
Dimaculangan Jr."), Indian initials ("K. Ilango Vardharajan", "T. Rajarathinam", "R. Maheswari", "P.
Kathirvel", "S. Pechiammal"), an Irish "Ó" and fadas ("Pádraig Ó Colmáin", "Bríd Maguire-Tallon",
"Séamus Kinlen"), a Luo apostrophe ("Achieng' Odera"), "Syed" and "Rana" ("Syed Tanveer Abbas
Jafri", "Rana Tahir Saleem"). Surnames, pronouns, role nouns and stage names resolve to the name as
first given ("Garrahy told members", "Kisanga said", "the judge held", "Cascade told WaveCrest News"
-> "Terrence Bovell"); generic nouns stay as written ("the department", "The department", "the
county", "the council", "the report", "The staff report", "the study", "the union", "the board",
"The board", "the bureau", "the foundation", "the municipality", "The company", "The firm",
"police", "Police", "Health authorities", "Opposition councillors", "A corporation spokesperson",
"the mall's management"); short forms and pronouns for a body resolve to it as first given ("The
QCPD said" -> "the Quezon City Police District", "The NCF said" -> "the National Cultural
Foundation", "TFS said" and "it said" -> "the Tanzania Forest Services Agency", "it said" -> "the
Bureau of Meteorology" and "The Board of Intermediate and Secondary Education Lahore", "Clear Glass
said" -> "Clear Glass Cyprus", "Sri Murugan Drainage Works did not respond" -> "Sri Murugan Drainage
Works Pvt. Ltd."); bracketed acronyms are dropped. "According to" gives its object as written ("a
report by the council's head of finance", "the Ministry of Health", "the petition", "a staff report
to regional council", "the Australian Energy Market Operator", "police", "Bank of Ghana data", "the
Fiji Rugby Union", "the study", "Ministry of Livestock and Fisheries figures", "the programme's 2026
report"); records with their own verbs carry themselves ("The post-mortem report recorded", "the
CCTV footage showed", "The staff report blamed", "The Audit Office found", "The researchers write in
the East African Journal of Coastal Ecology"); acts with no verb of saying carry nobody ("It was
moved by ...", "He proposed an amendment ...", "Justice ... also directed ...", "An amendment he
tabled ... was approved ...").

Of record ("W"): votes and tallies, counts of cases, deaths, arrests, submissions and entries,
prices and rates, scores and results, findings and court directions (with their quoted findings),
what counsel submitted, causal claims by officials, companies and scientists ("had traced the
outbreak to two boreholes", "blamed most of the delay on the shipbuilder", "said the fall was
largely due to the new mathematics paper", "blamed two lineouts lost inside the Nadroga 22"),
superlatives and firsts ("its second increase in three years", "the longest such run since records
began in 1897", "the first new ferry route on this harbour in four decades", "the largest for a
monarch final since 2019"), rules (a tax's local adjustment, a vendor permit, an appeal window, a
declaration law, a payment rule, a rechecking fee) and decisions and events with a date ("from
Wednesday", "on Sept. 8", "by Oct. 9", "until Dec. 31.", "on Aug. 14.", "on Monday, Aug. 2,"); a
quoted checkable figure inside a quote ("“The average rent for a two-bed in Celbridge is now over
€2,100 a month.", "“A bag of fertiliser went from GH¢380 to GH¢520 in one year.", "“We counted 41
channels that have moved since 2015.", "“Our teachers first saw the new pattern in January."),
general facts stated by the outlet ("Cholera causes ...", "Mangroves store far more carbon ...") and
a teacher's class figures. Not worth checking (""): forecasts and expectations ("was likely to
spread further", "A cool change was expected", "The board expects", "probably in the spring of
2028", "could force it to borrow again"), plans and promises with no date ("would ask the council to
publish", "would plead not guilty", "would put 12 more tanods on night patrol", "would review its
gate arrangements"), advice ("The department urged", "Health authorities urged", "boil or treat
every drop"), opinions, feelings and characterisations, anecdotes of residents, shop workers,
farmers, fishermen, fans and students, scene-setting ("Some fans in the stands booed"), holding
lines, no-comment lines, editors' teasers, question subheads and a scoring block's data lines.

And where sentences end: before a capital after "Co. Meath." ("... in Navan, Co. Meath." / "Laois
..."), "Water Services Ltd." / "The company ...", "11.58 p.m." / "The post-mortem ...", "Pvt. Ltd."
/ "The firm, he submitted, ...", "until 9 p.m." / "There will be ...", "Fabrication Inc." / "The
firm delivered ...", "E. Rodriguez Sr. Ave." / "He has since ...", "Aurora Blvd." / "“Akala ...",
"Commodities S.A." / "The firm did not respond ...", "on Oct. 1." / "That works out ...", "at 4.15
p.m." / "All 56 MPs ...", "Quarries Ltd." / "The MP, who ...", "until 2 a.m." / "My mother ...",
"St. Michael." / "He scored ...", "at 2.40 a.m." / "Some fans ...", and tail lines "Media Ltd." /
"Registered in Ireland, No. 481207.", "Broadcasting Ltd." / "All rights reserved.", "Media Inc." /
"All rights reserved.", "Broadcasting Corp." / "All rights reserved.", "Sport Daily." / "All rights
reserved.", "Publishing Ltd." / "All rights reserved."; a nested quote ending ".’" before a capital,
twice; a question inside a quote followed by a new sentence ("“Now they tell us that water was
making us sick?" / "Who was checking it all this time?” she said."); a statement then a question
with "he asked" on both; a bracketed translation after a quote, its own sentence. And where they do
not: "Co. Kildare," mid-sentence; "Cllr", "Dr", "Prof Dr", "St John WA", "St Georges Tce" with no
periods; "S. Pechiammal vs. The Commissioner", "W.P. No. 21874", "Sec. 106(1)", "i.e." twice,
"e.g.", "f.o.b.", "U.S. dollar", "Ltd., said", "(Pvt.) Ltd.," mid-line; "Justice K. Ilango",
"Inspector R. Maheswari", "Dkt.", "Prof.", "Mhe.", "PBGen.", "PLt. Col.", "Atty.", "Brgy.", "Rev.",
"Sen. Dr", "Govt. Girls High School No. 2,", "Replacement No. 8" twice, "Jr. told", "Lower Water St.
would", "Bedford Hwy. at 8 a.m. knows", "10.40 p.m. on", "7:48 p.m. on Jan. 5,", "6 a.m. to 9 a.m.
and", "10.30 a.m. and", "from 6 a.m.,", "Sept. 2, 2027", "Jan. 1, 2028,", "Sept. 30 last year",
"Aug. 7,", "Aug. 2,"; "pm" and "am" with no periods ("2.41pm,", "5.30pm,", "11pm,", "1pm,", "11am
and 5pm"); currencies and decimals ("€2,100", "Sh20", "₹30 lakh", "$2.75,", "P4.8 million",
"P4.8-M", "GH¢3,062.50", "US$1.2 billion", "F$50,000", "TSh 36.5 million", "Rs 500,000", "Rs.
1,200", "BDS$50,000", "43.6C"); a sentence opening "A .38-caliber revolver"; a song title ending in
"?" inside quotes mid-sentence ("“Who Pays the Piper?” and “Cane Fire”"); a question in quotes
followed by its attribution ("“Who writes a story like this?” he said, laughing.", "“What exactly
are we afraid of?” she asked."); ellipses before a lower-case word ("at midnight… you just lie
there", "weak students… they were taught"); semicolons in headlines, standfirsts and scoring lines;
a journal reference with "et al." and the title's full stop, one "B" sentence; numbered "TRENDING"
items ("1. Matatu fares ...") kept whole.

The pages hold 538 sentences: 210 "B", 186 "W" and 142 ""; 205 sentences carry a speaker (114
distinct speakers, page by page; 111 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `HELDOUT_CASES` holds 30 split cases written fresh in the manner
of the pages (not copied from them).

Written from scratch for issue 13 in round fifty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no other `labelled_heldout*.py`, no `train_*.py` or `test_*.py`
file, no `hint_scores.py` and no README; no engine, scorer or test was run. What was read: the
brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases of `labelled_new159.py` and `labelled_new160.py`. Coined names were checked for freshness
against the string constants of those two files, through `ast`: one surname that hit (as part of a
compound surname there) was replaced twice over before the file was written; only generic nouns and
real place names still hit.

Every person, outlet, publisher, aggregator, app, firm, shop, union, forum, civic group, school,
college, fund, journal, statement, report, survey, judgment, order, record and figure is invented,
and so is every small detail of place (a church hall in Kwa Reuben, a jewelry store in a Cubao mall,
the ferry Sandy Point and the like). Real countries, counties, cities, towns, suburbs, settlements,
islands, rivers, deltas, roads, grounds, hospitals, courts, councils, parliaments, parties,
ministries, agencies, boards, universities, laws, festivals, competitions and other public bodies
appear only as settings, with invented statements and figures: Kildare, Naas, Áras Chill Dara, Athy,
Maynooth, Celbridge, Kilcock, Newbridge, Navan, the Kildare, Meath, Laois and Offaly county
councils, the local property tax and Revenue; Nairobi, Mukuru kwa Njenga, Kwa Reuben, Kitengela,
Thika Road, JKIA, Nairobi City County, Mama Lucy Kibaki Hospital, the Ministry of Health and the
University of Nairobi; Chennai, Perungudi, Thoraipakkam, Velachery, Rajiv Gandhi Salai, Kerala, the
Madras High Court, the Greater Chennai Corporation, the Prohibition of Employment as Manual
Scavengers and their Rehabilitation Act, 2013, and the Bharatiya Nyaya Sanhita; Halifax, Bedford,
Mill Cove, Bedford Basin, Lower Water Street, the Bedford Highway, Halifax Transit, regional council
and the QEII Health Sciences Centre; Perth, Cottesloe, Midland, Gidgegannup, Rottnest Island,
Subiaco, Fremantle Ports, Victoria Quay, St Georges Terrace, the Bureau of Meteorology, Western
Power, the Australian Energy Market Operator, WA Health, St John WA, the Department of Fire and
Emergency Services, the Education Department and Curtin University; Manila, Quezon City, Cubao,
Caloocan, San Jose del Monte, Bulacan, Tondo, Pasay, Socorro, E. Rodriguez Sr. Avenue, Aurora
Boulevard, Camp Karingal, the Quezon City Police District, the Quezon City Prosecutor's Office and
the National Capital Region Police Office; Kumasi, Sefwi Wiawso, the Western North Region, Juaboso,
Tema, Côte d'Ivoire, Togo, Abidjan, the Ghana Cocoa Board, the Bank of Ghana and the Ghana Stock
Exchange; Sigatoka, Suva, Labasa, Namosi, Lawaqa Park, the Skipper Cup, the Farebrother Trophy, the
Fiji Rugby Union and the Fiji Pearls; Nicosia, Limassol, Kouklia, the House of Representatives, the
Greens, Disy and Akel, the Audit Office, the Council of Ministers and the Constitution; Dar es
Salaam, the Rufiji Delta and River, Nyamisati, Mbwera, Kibiti, the University of Dar es Salaam, the
Tanzania Forest Services Agency, the Ministry of Livestock and Fisheries and Sentinel-2; Lahore,
Model Town, Shahdara, Gulberg, Davis Road, Rawalpindi, Balochistan, the Board of Intermediate and
Secondary Education Lahore and King Edward Medical University; Bridgetown, St. Michael, St. Philip,
St. George, Speightstown, Kensington Oval, Spring Garden, the National Stadium, Crop Over,
Pic-O-De-Crop, Grand Kadooment and the National Cultural Foundation.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, ticker, crumb, byline, date
line, share strip, caption, credit, print header and footer, table or scoring line, list item and
legal line is a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue,
flags)`, flags "W", "B" or "". Furniture is "B" line by line and never carries a speaker; headlines
and standfirsts are one sentence each, flagged by content, their "says" or "finds" carrying the
source as the story first gives it; a dateline belongs to its lead sentence; a quote over several
sentences carries its speaker and cue in each; a channel phrase after the verb is part of the cue
("said in Tamil", "said in an email", "said in Filipino", "said in Twi", "told the desk in Swahili",
"write in the East African Journal of Coastal Ecology") and one fronted before the subject is not
("In a statement, the mall's management said ..."); a descriptor before a proper name is dropped
("The civic group Clear Glass Cyprus" -> "Clear Glass Cyprus"); "X declined to comment" and "X did
not respond to ..." carry X as written (or as first given, for a short form of a name), flagged "".

Conventions this set had to settle, in the same spirit:

* Irish county abbreviations: "Co. Kildare," mid-sentence never splits, and "Co. Meath." at the end
  of a sentence does, before a capital, like "Ltd.". A councillor's party tag in brackets after the
  name ("Cllr Pádraig Ó Colmáin (SF)") is dropped from the label with the title, like a bracketed
  acronym.
* Titles of other usages dropped like "Datuk": the Fijian chiefly "Ratu" and "Adi", the Swahili
  "Dkt." and "Mhe.", the Ghanaian "Alhaji", the Philippine police ranks "PBGen." and "PLt. Col.",
  "Atty." and "Brgy. ... chairman"; "Jr." stays, "Syed" and "Rana" stay as parts of Pakistani names,
  Indian initials stay.
* A performer introduced by real name and stage name ("Terrence Bovell, who sings as Mighty
  Cascade"; "Shanice Atherley (Queen Breeze)") is labelled by the real name, and a later stage-name
  cue ("Cascade told WaveCrest News") resolves to it.
* A bracketed English translation that follows a quote in another language ("(They thought they were
  safe because they wore helmets.)") is its own sentence and carries the quote's speaker and cue,
  flagged as the quote is.
* An Indian case title is part of its sentence ("S. Pechiammal vs. The Commissioner, Greater Chennai
  Corporation (W.P. No. 21874 of 2025).") and never splits at an initial, "vs." before a capital,
  "W.P." or "No."; the petitioner named first in the case title is labelled with the initial ("S.
  Pechiammal"). What counsel "submitted" is the record of the hearing ("W"), as in the
  hundred-and-sixtieth set; a judge's rhetoric quoted from the order ("A civic body cannot contract
  out its conscience ...") is "", his quoted finding from the record is "W".
* A standalone quote that follows an attributed one in the next sentence, with no new attribution,
  carries the same speaker and cue ("“We want him to sell to us.”", "“People have been patient,
  ...”").
* "it said" right after "the bureau said" or "the board said" resolves to the body as first named (a
  pronoun), while "the bureau" and "the board" themselves stay as written (generic nouns).
* Aggregator furniture: the source line with age and "+ Follow", "Story by", the aggregator's own "©
  ..." photo credit, "Continue reading", "Read the full story on ...", the reactions strip, "More
  from ...", "Why am I seeing this?" with its reason, and "Report this story" are all "B".
* A scoring block under a match report: its label "B", each team line (with bracketed scorers and a
  semicolon), "HT:" and "Referee:" one "" sentence each, like a scoreboard's lines.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Irish REGIONAL WEEKLY\'S WEBSITE (Naas, Co. Kildare), DESKTOP BROWSER paste, LOCAL GOVERNMENT: the county council votes 21–14 to raise the local property tax by 10% for 2027. Head: masthead, a menu spaced out with runs of blanks, a sign-in/subscribe line, crumb (all "B"); headline of record "W"; standfirst "Opposition councillors say ... “cannot take another hit”" (an opinion, "", carrying "Opposition councillors" as written); byline without "By", a date line with a 24-hour time, share line (all "B"); a caption "" and its "Photo:" credit "B". Body: the vote (an act, no speaker, "W"); the tally and absences and the motion "moved by" the chief executive named in apposition (acts of record, "W"); the local adjustment rule ("W"); revenue "according to a report by the council\'s head of finance" and a band\'s charge ("W"); "Garrahy told members" (surname resolving to the full name) budget allocations "W" and her two-sentence quote (""); "Advertisement" "B"; an opposition councillor ("Cllr" and the party tag "(SF)" dropped, an Irish name with a fada and "Ó" kept whole) with an opinion "", a rent figure "W" and a question carrying "asked" on both sentences; his defeated amendment (an act, "W"); the Cathaoirleach (role, "Cllr" and "(FG)" dropped) with the rate\'s record "W", a quoted "Nine years we held it down." "W" and an opinion ""; a "READ MORE" label and its headline ("B"); consultation figures "according to the report" "W"; "Athy, Co. Kildare, closed" ("Co." mid-sentence, "the council said", "W"); a retired driver\'s anecdote and two-sentence quote (all ""); a councillor\'s plan ""; Meath\'s meeting "in Navan, Co. Meath." ENDING a sentence before "Laois ..." (both "W"); a question subhead ""; Revenue\'s letters and the due date (scheduled, "W") and a deferral rule ("W"). Tail: a two-sentence newsletter line, a related label and two headlines, a comments-closed line, copyright split at "Ltd." before "Registered in Ireland, No. 481207." (all "B").',
    'Kenyan TV STATION\'S NEWS WEBSITE (Nairobi), PHONE BROWSER paste, HEALTH: cholera cases in the Mukuru settlements rise to 214, two more deaths. Head: a hamburger/masthead/search line, a two-sentence app banner and its "INSTALL" button, crumb in capitals (all "B"); headline of record "W"; standfirst "County says ...; two boreholes sealed" ("W", carrying "the Nairobi City County health department" as the body first gives it); byline, relative time and read time, a listen line with a running time (all "B"); a caption "" and its "PHOTO |" credit "B". Body: "NAIROBI —" lead "the Nairobi City County health department said on Monday" "W" and the toll "W"; patients "the department said" (as written, "W"); the county health executive (a long role and "Dr" dropped; a Luo name with its apostrophe, "Achieng\' Odera") tracing the outbreak to boreholes (a causal claim, "W"), "she said" the sealing "W" and a two-sentence quote of plan and advice (""); "ADVERTISEMENT" and "Story continues below" on lines of their own ("B"); national figures "according to the Ministry of Health" "W"; treatment centres "W"; a vaccination start "from Wednesday" (dated, "W"); a vegetable seller\'s anecdote and a quote with a question followed by a NEW SENTENCE and a question with attribution (three, ""); a "TRENDING" label and three numbered headlines ("B"); a vendors\' permit rule and impounded carts "the county said" "W"; "Water Services Ltd." ENDING a sentence before "The company declined to comment ..." ("W", then "" with "The company"); an epidemiologist ("Dr" dropped) with a forecast "" and a quoted medical fact "W"; a question subhead "", symptoms "W" and "The department urged" (advice, ""); a toll-free line "W". Tail: share label and strip, a comments count, a back-to-top line, a two-sentence cookie banner and "GOT IT", copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Indian LEGAL NEWS WEBSITE (Chennai), READER MODE paste, COURTS: the Madras High Court orders ₹30 lakh for the widow of a sanitation worker who died in a Perungudi sewer. Head: the bare domain, headline (an order, no speaker, "W"), author and a reading-time line "6–8 minutes" (all "B" but the headline); a caption "" and "File photo" "B". Body: the order (no speaker, "W"); the judge\'s direction to register a case ("Justice" dropped later; an Indian initial kept, "K. Ilango Vardharajan"; an act, "W") and the case title "S. Pechiammal vs. The Commissioner, ... (W.P. No. 21874 of 2025)." (never split at "S.", "vs." before a capital, "W.P." or "No.", "W"); "According to the petition," with "10.40 p.m. on" mid-sentence "W"; "at 11.58 p.m." ENDING a sentence before "The post-mortem report recorded ..." (a document with its own verb, both "W"); a second worker "W"; an "ALSO READ |" line "B"; standing counsel (role dropped, initial kept) "submitted" with "Pvt. Ltd." ENDING a sentence before "The firm, he submitted, ..." (the record of the hearing, both "W"); the judge "held" with "i.e." ("W"), a quoted finding from the register "W" and his quoted rhetoric ("", cue "wrote"); the balance and a job within three months (directions, "W"); a second caption "" and its credit with an initial "B"; the widow ("S. Pechiammal", the name as the case title first gives it) "said in Tamil" (channel in the cue) and her two-sentence quote (all ""); her counsel with a first of its kind "W"; a police inspector (title dropped, initial kept) with "Sec. 106(1)" mid-sentence "W" and the firm\'s short name resolving to its full name in a no-response line (""); deaths "the Tamil Nadu Sewer Workers\' Collective said" "W", its convener\'s opinion and two-sentence quote (""); a question subhead "", the appeal window, an affidavit "by Oct. 9 listing" and the next listing (all "W"); a corporation spokesperson\'s holding line "". Tail: a topics line and a two-sentence digest line ("B").',
    'Canadian CITY DAILY (Halifax), the site\'s PRINT VIEW with the browser\'s print headers and footers, TRANSPORT: the Mill Cove ferry to start Sept. 8, two years late and $31M over budget. Head: the browser\'s date/time header and page title (repeating the headline), masthead, crumb (all "B"); headline of record "W"; standfirst "Halifax Transit says ..." (a timetable, "W"); a capitalised byline with role, a published/updated line with "9:41 p.m. Sept. 2, 2027" (both "B"); a caption "" and a capitalised credit "B". Body: the start date "Halifax Transit said Thursday" and the original date ("W"); the cost "according to a staff report to regional council" "W"; the timetable with "6 a.m. to 9 a.m." mid-sentence and "until 9 p.m." ENDING a sentence before "There will be ..." (both "W"); the fare "W"; the transit director (role dropped) with "Lower Water St. would" mid-sentence "W", a quoted first in four decades "W" and a quote on its own (""); the FOOTER (URL and "1/3") and a REPEATED HEADER ("B"); "The staff report blamed" the shipbuilder with "Fabrication Inc." ENDING a sentence before "The firm delivered ..., the report said." (both "W"); the firm\'s president "said in an email" (channel in the cue) a promise "well before Christmas." ("") and his causal account ("W"); a councillor ("Coun." dropped) with a forecast and a quote with "Bedford Hwy. at 8 a.m. knows" mid-sentence (both ""); another with a call for review and a question with attribution (both ""); a park-and-ride lot free "until Dec. 31." "W" and vessel specs "according to the municipality" "W"; a second footer "2/3" and header ("B"); a nurse\'s plan and quote (""); a question subhead "", a forecast of weekend service ("") and council\'s 2022 vote "W". Tail: copyright split at "Media Inc." before "All rights reserved." and a personal-use line, the last footer and "3/3" (all "B").',
    'Australian METROPOLITAN DAILY\'S MORNING NEWSLETTER (Perth), EMAIL paste, WEATHER: a record sixth straight day above 40C. Head: the mail client\'s From, Sent, To and Subject lines, a two-sentence trouble-viewing line, the newsletter\'s name and date, the greeting (all "B"); the editor\'s teaser "" with no speaker; a "TODAY\'S LEAD" label "B"; headline of record "W"; byline with role "B". Body: the record "the Bureau of Meteorology said" and the peak "43.6C at 2.41pm," ("pm" with no periods, both "W"); the previous run "the bureau said" (as written) and the warmest night "it said" (pronoun resolving to the bureau as first named), an island\'s hottest day (all "W"); a senior meteorologist (role dropped) with a causal claim "W" and a two-sentence quote (""); the cool change (a forecast, ""); outages "Western Power said" and record demand "according to the Australian Energy Market Operator" ("W"); a sponsored label and a three-sentence ad (all "B"); hospital and ambulance figures ("WA Health said", "St John WA said" with "St" without a period, "W"); a bushfire "the Department of Fire and Emergency Services said" and early school closures "the Education Department said" ("W"); a pensioner\'s anecdote and her quote with an ELLIPSIS BEFORE A LOWER-CASE WORD (one sentence, ""); advice "Health authorities urged" (""); a question subhead ""; a climate scientist ("Professor" dropped) with a trend "W" and a two-sentence quote (""). Tail: a read-the-full-story line, an also-in label and two headlines, the sign-off and team signature, a two-sentence reason-and-unsubscribe block, the publisher\'s address with "Pty Ltd," mid-line (all "B").',
    'Philippine BROADCASTER\'S NEWS APP (Quezon City), APP SHARE paste, CRIME: three arrested over a P4.8-million jewelry heist in a Cubao mall. Head: the share sheet\'s "Check out this story on ...:" line and its short link, masthead, section (all "B"); headline of record with "P4.8-M" "W"; byline with outlet, a posted/updated line (both "B"); a caption with "Jan. 5." "" and its credit "B". Body: "MANILA —" lead "the Quezon City Police District (QCPD) said Tuesday" (acronym dropped, "W") and the arrests "W"; the district director ("PBGen." dropped, "Jr." kept, "Jr. told" mid-sentence) "W"; "According to police," with "7:48 p.m. on Jan. 5," mid-sentence "W" and "the CCTV footage showed" (a record with its own verb, "W"); a guard treated on "E. Rodriguez Sr. Ave." ENDING a sentence before "He has since ..." (both "W"); a shop worker\'s anecdote and two-sentence quote (""); an in-app video prompt "B"; the station chief ("PLt. Col." dropped) with "Aurora Blvd." ENDING a sentence before a quote in Filipino opening with a curly quote ("W", then "", cue "said in Filipino") and its BRACKETED TRANSLATION (its own sentence, carrying the quote\'s speaker and cue, ""); recovered items "police said" and a sentence opening "A .38-caliber revolver" (both "W"); charges "W"; "Police identified" the alleged leader "W"; a lawyer ("Atty." dropped) with a plea plan ""; a "READ:" line "B"; the owner\'s anecdote and quote (""); a barangay chairman with "Brgy." before the barangay\'s name (descriptor dropped, a plan, ""); the mall\'s statement (fronted channel, ""); a reward "The QCPD said" (resolving to the district as first given, "W"); a regional count "according to the National Capital Region Police Office" "W". Tail: an open-in-app line, tags, store links, copyright split at "Corp." before "All rights reserved." (all "B").',
    'Ghanaian BUSINESS DAILY read on a NEWS AGGREGATOR, aggregator paste, BUSINESS: the cocoa farmgate price is raised 18.4% to GH¢58,000 a tonne. Head: the aggregator\'s name and tab line, the source line with age and "+ Follow" (all "B"); headline of record "W"; "Story by" line "B"; a caption "" and the aggregator\'s "© The Accra Ledger" credit "B". Body: the lead "The Ghana Cocoa Board (COCOBOD) on Friday announced" (acronym dropped) with "opens on Oct. 1." ENDING the sentence before "That works out ..." (both "W") and the last increase "W"; the chief executive (role dropped) "told farmers" the price rule with "f.o.b." mid-sentence "W", smuggling estimates ("W") and two quotes (""); a "Sponsored · Ad" line and a two-sentence ad ending "!" ("B"); the financing arrangement "The board said" "W" and its largest lender "Commodities S.A." ENDING a sentence before "The firm did not respond to questions ..." ("W", then "" with "The firm"); the cedi "against the U.S. dollar" "according to Bank of Ghana data" "W"; a growers\' union secretary ("Alhaji" dropped) with an opinion "", a quoted fertiliser price "W" and a feeling ""; "Continue reading" "B"; an analyst at a firm ending "Ltd., said" with a forecast ""; a farmer "said in Twi" with an anecdote and a two-sentence quote (""); a question subhead "", output "according to the board" "W" and "The board expects" (""); a payment rule "the board said" and buyers\' margins ("W"); a buyers\' association\'s opinion "". Tail: a read-full-story line, a reactions strip, a more-from label and two headlines, a two-sentence why-am-I-seeing-this line, a report line (all "B").',
    'Fijian SPORTS WEBSITE (Suva), PHONE BROWSER paste, SPORT: Nadroga beat Suva 24–19 in the Skipper Cup final at Lawaqa Park. Head: a hamburger/masthead/search line, a sport menu, a two-sentence app prompt and "OPEN APP", crumb (all "B"); headline and standfirst with "Replacement No. 8 Inoke Vatubua" (both of record, "W"); byline, relative time and read time ("B"); a caption "" and a credit "B". Body: "SIGATOKA —" lead "W" and the replacement "No. 8" again ("W"); the half-time score and the conversions ("W"); the crowd "according to the Fiji Rugby Union" "W"; the coach ("Ratu", a chiefly title, dropped like "Datuk") with an opinion ending "pass.”" and a NESTED QUOTE ending ".’" before a capital (three, ""); "ADVERTISEMENT" and "Story continues below" ("B"); the try scorer\'s anecdote and a question with attribution "he said, laughing." (""); the Suva captain "blamed" two lost lineouts (a causal claim with checkable specifics, "W") and his quote ""; Suva\'s season record and the referee\'s cards ("W"); prize money "F$50,000" "the union said" (as written, "W"); the union\'s chief executive ("Adi" dropped) with a plan ""; a "LATEST" label and two headlines ("B"); a question subhead "" and the next challenge "on October 16." "W"; a "SCORING" label "B" and four data lines (two team lines with brackets and a semicolon, "HT:", "Referee:", all ""). Tail: share strip, comments count, a two-sentence cookie banner with its buttons, copyright split at "Daily." before "All rights reserved." (all "B").',
    'Cypriot ENGLISH-LANGUAGE DAILY\'S WEBSITE (Nicosia), DESKTOP BROWSER paste, POLITICS: the House votes 31–22 to publish MPs\' asset declarations online. Head: masthead, menu, a weather-and-date strip, crumb (all "B"); headline and standfirst with a semicolon (both of record, "W", no speaker); byline, a date line with "7:14 a.m.", share line ("B"); a caption "" and its credit "B". Body: the vote and abstentions ("W"); "began at 10.30 a.m." mid-sentence and "at 4.15 p.m." ENDING a sentence before "All 56 MPs ..." (both "W"); the start date with "Jan. 1, 2028," ("W"); what must be declared and who is covered, with "i.e." (rules, "W"); the present system "W"; the sponsor (party and role dropped) "told the plenum" an opinion and a rhetorical question with attribution (""); an opponent\'s warning "" and his amendment\'s tally (an act, "W"); "Advertisement" and a "READ ALSO:" line ("B"); "The Audit Office found" "W"; "Quarries Ltd." ENDING a sentence before "The MP, who ..." (both "W"); an Akel MP\'s record of tabling "W" and his quote ""; the government spokesman\'s plan "" and the constitutional 15 days ("W"); a civic group (descriptor dropped) with an opinion and its director NAMED AFTER THE QUOTE (""); a question subhead "", the new authority\'s powers ("W") and "Clear Glass said" (short form resolving to the full name, ""). Tail: a Google News line, related label and two headlines, comments count, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Tanzanian ENVIRONMENT NEWS SERVICE (Dar es Salaam), READER MODE paste, ENVIRONMENT: the Rufiji Delta has lost 11.4% of its mangroves since 2015. Head: the bare domain "B"; headline "..., satellite study finds" carrying the study as the body first names it ("W"); author and reading time ("B"); a caption "" and its credit "B". Body: the lead "a satellite study by researchers at the University of Dar es Salaam has found" and the hectares ("W"); the method and species "e.g. Rhizophora mucronata" mid-sentence ("W"); "The researchers write in the East African Journal of Coastal Ecology" (channel in the cue, a causal finding, "W"); the lead author ("Dkt.", Swahili for Dr, dropped) with a causal claim "W" and a two-sentence quote (""); an "ALSO READ:" line "B"; land use "according to the study" "W"; a co-author ("Prof." dropped) hedging "" and a quote whose first sentence is a count ("W") and second a question of cause (""); seizures, fines in "TSh 36.5 million" "it said" and the permit rule "TFS said" (the pronoun and short form resolving to the agency as first given, all "W"); a second caption "" and credit "B"; the district commissioner ("Mhe." and the role dropped) with a relocation plan ""; a fisherman "told the desk in Swahili" with an anecdote and a two-sentence quote (""); a rice farmer\'s anecdote and two-sentence quote (""); prawn landings "according to Ministry of Livestock and Fisheries figures" and replanting "according to the programme\'s 2026 report" ("W"); a general fact on carbon "W"; a question subhead ""; "Kisanga said" (surname resolving to the full name) a recovery time "W" and a plan "". Tail: a journal reference with "et al." and the title\'s full stop as ONE "B" sentence, a two-sentence funding note, a topics line (all "B").',
    'Pakistani BROADSHEET\'S WEEKLY EDUCATION NEWSLETTER (Lahore), EMAIL paste, EDUCATION: the Lahore board\'s matric pass rate falls to 61.4%. Head: the mail client\'s From, Date and Subject lines (the subject states the news but is a header, "B"), a view-in-browser line, the newsletter\'s name, issue line, greeting (all "B"); the editor\'s teaser ""; an "IN THIS ISSUE" label and list, a "THE BIG STORY" label ("B"); headline of record "W"; byline with role "B". Body: the results "The Board of Intermediate and Secondary Education (BISE) Lahore announced" (acronym dropped, "W"); girls and boys and the top position at "Govt. Girls High School No. 2, Model Town," (never split at "Govt." or "No.", "W"); the chairman ("Prof Dr" without periods dropped) with a causal claim "W" and a two-sentence quote (""); the maths pass rate "the board said", withheld results "it said" (resolving to the board as first named) and the lowest of nine boards (all "W"); a "SPONSORED" label and a three-sentence ad ("B"); a private schools\' forum president ("Rana" kept as part of the name) with an opinion "" and a statement then question with "he asked" on both ("W", ""); the board\'s rebuttal with "Sept. 30" "W"; a teacher\'s class figures "W" and her quote with an ELLIPSIS BEFORE A LOWER-CASE WORD (one sentence, ""); the top student\'s anecdote and a quote split at "until 2 a.m." before "My mother ..." (three, ""); the minister (role dropped, "Syed" kept as part of the name) announcing prizes of "Rs 500,000" at a ceremony "on Aug. 14." ("W"); a question subhead ""; rechecking "until Aug. 7," with "Rs. 1,200", the supplementary exam, the date sheet and an SMS code (all "W"). Tail: an also-this-week label and two headlines, a two-sentence sign-off, a team signature, forward/unsubscribe links, the publisher\'s address with "(Pvt.) Ltd.," mid-line (all "B").',
    'Barbadian RADIO STATION\'S NEWS APP (Bridgetown), APP SHARE paste, CULTURE: Mighty Cascade wins a third Pic-O-De-Crop calypso monarch title. Head: the share sheet\'s "Shared from ..." line and short link, the station masthead, a listen-live button, a section line (all "B"); headline of record "W"; byline and date line ("B"); a caption "" and its credit "B". Body: the win "at Kensington Oval in Bridgetown, St. Michael." ENDING a sentence before "He scored ..." (both "W"); the runner-up and third place with stage names in brackets ("W"); past titles and a record entry ("W"); the songs with a TITLE ENDING IN "?" inside quotes mid-sentence (“Who Pays the Piper?” and ..., one sentence, "W"); the prize "BDS$50,000" "the National Cultural Foundation (NCF) said" "W"; the judging "W"; "at 2.40 a.m." ENDING a sentence before "Some fans ..." ("W", then a scene ""); "The NCF said" (resolving to the foundation as first named) an auditor and a dated release "W"; the winner by his STAGE NAME ("Cascade told WaveCrest News", resolving to "Terrence Bovell") with an anecdote and a NESTED QUOTE ending ".’" before a capital (three, ""); the runner-up\'s acceptance and quote (""); an in-app audio prompt "B"; the foundation\'s chief executive with a plan ""; the crowd "the foundation said" "W"; the minister ("Sen. Dr" dropped) with an opinion ""; a minister of religion ("Rev." dropped) with an opinion and a two-sentence quote (""); a fan\'s anecdote and quote (""); a question subhead ""; Grand Kadooment "on Monday, Aug. 2," and road closures "from 6 a.m.," (scheduled, "W"). Tail: tags, a listen line, store line, "Sent from my iPad" (all "B").',
]

ARTICLES = [
    [
        [
            ("THE CURRAGH OBSERVER", "", "", "B"),
        ],
        [
            (
                "News    Sport    Business    Community    Property    Jobs    Notices    ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign in  |  Subscribe: 3 months for €3", "", "", "B"),
        ],
        [
            ("News › Naas › Council", "", "", "B"),
        ],
        [
            ("Kildare councillors vote 21–14 to raise property tax by 10% for 2027", "", "", "W"),
        ],
        [
            (
                "Opposition councillors say families in commuter towns “cannot take another hit”",
                "Opposition councillors",
                "say",
                "",
            ),
        ],
        [
            ("Orlaith Brennock", "", "", "B"),
        ],
        [
            ("Tue 14 Sep 2027 at 18:42", "", "", "B"),
        ],
        [
            ("Share    Facebook    X    WhatsApp    Email    Copy link", "", "", "B"),
        ],
        [
            (
                "Members of Kildare County Council at Monday's meeting in Áras Chill Dara, Naas.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Tadhg Loughnane", "", "", "B"),
        ],
        [
            (
                "Kildare County Council has voted to raise the local property tax on homes in the county by 10% next year, its second increase in three years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The motion was carried by 21 votes to 14 at Monday's monthly meeting, with five of the 40 members absent.",
                "",
                "",
                "W",
            ),
            (
                "It was moved by the council's chief executive, Niamh Garrahy, as part of the draft budget for 2027.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the local property tax rules, a council may vary the basic rate in its area by up to 15% either way for the following year, and must make its decision by the end of September.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The increase will bring in an extra €4.1 million next year, according to a report by the council's head of finance.",
                "a report by the council's head of finance",
                "according to",
                "W",
            ),
            (
                "For a home valued at between €350,001 and €437,500, the yearly charge will rise from €405 to €446.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Garrahy told members that €1.6 million of the extra money had been set aside in the draft budget for road repairs and €900,000 for longer library opening hours.",
                "Niamh Garrahy",
                "told members",
                "W",
            ),
            ("“Nobody in this room likes asking people for more.", "Niamh Garrahy", "said", ""),
            (
                "But the alternative was closing branch libraries on Saturdays, and I was not prepared to recommend that,” she said.",
                "Niamh Garrahy",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Cllr Pádraig Ó Colmáin (SF) said the increase would fall hardest on young families in commuter towns such as Maynooth, Celbridge and Kilcock.",
                "Pádraig Ó Colmáin",
                "said",
                "",
            ),
            (
                "“The average rent for a two-bed in Celbridge is now over €2,100 a month.",
                "Pádraig Ó Colmáin",
                "asked",
                "W",
            ),
            (
                "How much more are we going to take off them?” he asked.",
                "Pádraig Ó Colmáin",
                "asked",
                "",
            ),
        ],
        [
            (
                "He proposed an amendment to limit the increase to 5%, which was defeated by 22 votes to 13.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Cathaoirleach, Cllr Bríd Maguire-Tallon (FG), said the council had kept the rate at the basic level every year from 2015 to 2023.",
                "Bríd Maguire-Tallon",
                "said",
                "W",
            ),
            ("“Nine years we held it down.", "Bríd Maguire-Tallon", "said", "W"),
            (
                "Somebody has to pay for the services people stop us in the street to ask for,” she said.",
                "Bríd Maguire-Tallon",
                "said",
                "",
            ),
        ],
        [
            ("READ MORE", "", "", "B"),
        ],
        [
            ("Naas inner relief road: contract signed for €18m second phase", "", "", "B"),
        ],
        [
            (
                "The council received 312 submissions in a public consultation in July, 274 of them opposed to any increase, according to the report.",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The library in Athy, Co. Kildare, closed on 14 Saturdays last year because of staff shortages, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Séamus Kinlen, a retired bus driver from Newbridge, said he and his wife paid €360 a year on the house they bought in 1989.",
                "Séamus Kinlen",
                "said",
                "",
            ),
            ("“It's not the €36.", "Séamus Kinlen", "said", ""),
            (
                "It's that nobody can tell me what we got for the last increase,” he said.",
                "Séamus Kinlen",
                "said",
                "",
            ),
        ],
        [
            (
                "Cllr Aisling Doherty-Roe (FF), who voted for the increase, said she would ask the council to publish a yearly list of what the extra money paid for.",
                "Aisling Doherty-Roe",
                "said",
                "",
            ),
        ],
        [
            (
                "Meath County Council will set its own rate at a special meeting on 27 September in Navan, Co. Meath.",
                "",
                "",
                "W",
            ),
            (
                "Laois and Offaly county councils have already voted to leave theirs unchanged.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("When will I have to pay the new rate?", "", "", ""),
        ],
        [
            (
                "Revenue will write to homeowners in November with their charge for 2027, and the first payments fall due on 21 March.",
                "",
                "",
                "W",
            ),
            (
                "Homeowners on certain social welfare payments can apply to defer the tax, the council said.",
                "the council",
                "said",
                "W",
            ),
        ],
        [
            ("Get the week's Kildare news in your inbox every Friday.", "", "", "B"),
            ("Sign up here.", "", "", "B"),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Ninety-six homes approved for old Newbridge mill site", "", "", "B"),
        ],
        [
            ("Celbridge library to close for six weeks for refit", "", "", "B"),
        ],
        [
            ("Comments are closed on this article.", "", "", "B"),
        ],
        [
            ("© 2027 Curragh Observer Media Ltd.", "", "", "B"),
            ("Registered in Ireland, No. 481207.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰    KILIMA 24    🔍", "", "", "B"),
        ],
        [
            ("Read faster in the Kilima 24 app.", "", "", "B"),
            ("Fewer ads, live TV and breaking alerts.", "", "", "B"),
        ],
        [
            ("INSTALL", "", "", "B"),
        ],
        [
            ("NEWS › COUNTIES › NAIROBI", "", "", "B"),
        ],
        [
            (
                "Cholera cases in Nairobi's Mukuru settlements rise to 214 as two more die",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County says 61 of the patients are children under five; two boreholes sealed for testing",
                "the Nairobi City County health department",
                "says",
                "W",
            ),
        ],
        [
            ("Wambui Ngarachu", "", "", "B"),
        ],
        [
            ("2 hrs ago · 4 min read", "", "", "B"),
        ],
        [
            ("▶ Listen to this article · 5:12", "", "", "B"),
        ],
        [
            (
                "Residents queue for treated water at a distribution point in Mukuru kwa Njenga on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | KILIMA 24", "", "", "B"),
        ],
        [
            (
                "NAIROBI — Cholera cases in the Mukuru informal settlements have risen to 214 in 19 days, with two more deaths recorded over the weekend, the Nairobi City County health department said on Monday.",
                "the Nairobi City County health department",
                "said",
                "W",
            ),
            (
                "The two, a 71-year-old woman and a boy aged three, bring the death toll in the outbreak to five.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Of the 214 patients, 61 are children under five and 148 have been treated and discharged, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "County Executive Committee Member for Health Dr Achieng' Odera told reporters at Mama Lucy Kibaki Hospital that laboratory tests had traced the outbreak to two boreholes in Mukuru kwa Njenga supplying water to about 9,000 households.",
                "Achieng' Odera",
                "told reporters",
                "W",
            ),
            ("Both were sealed on Friday, she said.", "Achieng' Odera", "said", "W"),
        ],
        [
            (
                "“We will not reopen them until we get three clean results in a row.",
                "Achieng' Odera",
                "said",
                "",
            ),
            (
                "Until then, boil or treat every drop, even water you have paid for,” she said.",
                "Achieng' Odera",
                "said",
                "",
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
                "Nationally, 1,083 cholera cases and 19 deaths have been recorded in nine counties since January, according to the Ministry of Health.",
                "the Ministry of Health",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A cholera treatment centre with 40 beds opened at Mama Lucy Kibaki Hospital on Saturday, and a second, with 24 beds, is being set up in a church hall in Kwa Reuben.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Public health officer Musa Kiptanui said 38,500 doses of oral cholera vaccine had arrived from the national vaccine depot in Kitengela and would be given from Wednesday to everyone over the age of one in the two worst-hit villages.",
                "Musa Kiptanui",
                "said",
                "W",
            ),
        ],
        [
            (
                "Beatrice Nyaboke, a mother of four who sells vegetables near the Kwa Reuben market, said she had bought water from handcart vendors at Sh20 a jerrycan for as long as she had lived in Mukuru.",
                "Beatrice Nyaboke",
                "said",
                "",
            ),
            ("“Now they tell us that water was making us sick?", "Beatrice Nyaboke", "said", ""),
            ("Who was checking it all this time?” she said.", "Beatrice Nyaboke", "said", ""),
        ],
        [
            ("TRENDING", "", "", "B"),
        ],
        [
            ("1. Matatu fares on Thika Road up Sh20 from Monday", "", "", "B"),
        ],
        [
            ("2. Form One selection results out on Thursday, says ministry", "", "", "B"),
        ],
        [
            ("3. Man, 27, charged over Sh3.4m phone theft at JKIA", "", "", "B"),
        ],
        [
            (
                "Water vendors in the settlements must now carry a county permit and a test certificate no more than 30 days old, and 23 handcarts were impounded on Sunday, the county said.",
                "the county",
                "said",
                "W",
            ),
        ],
        [
            (
                "One of the sealed boreholes is registered to Mto Safi Water Services Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The company declined to comment when reached by phone on Monday.",
                "The company",
                "declined to comment",
                "",
            ),
        ],
        [
            (
                "Dr Otieno Wafula, an epidemiologist at the University of Nairobi, said the outbreak was likely to spread further before the long rains end in late May.",
                "Otieno Wafula",
                "said",
                "",
            ),
            (
                "“Cholera can kill within hours, but fewer than one in a hundred patients die if they get oral rehydration in time,” he said.",
                "Otieno Wafula",
                "said",
                "W",
            ),
        ],
        [
            ("What are the symptoms?", "", "", ""),
        ],
        [
            (
                "Cholera causes sudden, watery diarrhoea and vomiting and can lead to severe dehydration within hours.",
                "",
                "",
                "W",
            ),
            (
                "The department urged anyone with symptoms to go to the nearest health facility at once.",
                "The department",
                "urged",
                "",
            ),
        ],
        [
            ("The county's toll-free health line, 0800 720 316, is open 24 hours.", "", "", "W"),
        ],
        [
            ("Share this story", "", "", "B"),
        ],
        [
            ("WhatsApp    Facebook    X    Copy link", "", "", "B"),
        ],
        [
            ("12 comments", "", "", "B"),
        ],
        [
            ("↑ Back to top", "", "", "B"),
        ],
        [
            ("We use cookies to give you the best experience.", "", "", "B"),
            ("By continuing, you agree to our cookie policy.", "", "", "B"),
        ],
        [
            ("GOT IT", "", "", "B"),
        ],
        [
            ("© 2027 Kilima Broadcasting Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("coromandellaw.in", "", "", "B"),
        ],
        [
            (
                "Madras High Court orders ₹30 lakh for widow of sanitation worker who died in Perungudi sewer",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Revathi Arumugam", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            ("The Madras High Court in Chennai.", "", "", ""),
        ],
        [
            ("File photo", "", "", "B"),
        ],
        [
            (
                "The Madras High Court on Thursday directed the Greater Chennai Corporation to pay ₹30 lakh in compensation to the widow of a sanitation worker who died while clearing a blocked sewer in Perungudi in March 2025.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Justice K. Ilango Vardharajan also directed the police to register a case under the Prohibition of Employment as Manual Scavengers and their Rehabilitation Act, 2013, against the private contractor that sent the worker into the manhole.",
                "",
                "",
                "W",
            ),
            (
                "The order was passed on a writ petition, S. Pechiammal vs. The Commissioner, Greater Chennai Corporation (W.P. No. 21874 of 2025).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "According to the petition, M. Selvakumar, 34, was sent into a manhole on Rajiv Gandhi Salai at about 10.40 p.m. on March 18, 2025, without a gas mask, harness or safety rope.",
                "the petition",
                "according to",
                "W",
            ),
            (
                "He was pulled out unconscious about 40 minutes later and declared dead on arrival at a private hospital in Thoraipakkam at 11.58 p.m.",
                "",
                "",
                "W",
            ),
            (
                "The post-mortem report recorded the cause of death as asphyxia from hydrogen sulphide.",
                "The post-mortem report",
                "recorded",
                "W",
            ),
        ],
        [
            (
                "A second worker who went down to help him, K. Murali, 29, was treated for breathing difficulty and discharged two days later.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "ALSO READ | Kerala HC asks State to explain delay in flood relief for 412 fishermen",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Standing counsel for the corporation, T. Rajarathinam, submitted that desilting in the zone had been contracted in 2023 to Sri Murugan Drainage Works Pvt. Ltd.",
                "T. Rajarathinam",
                "submitted",
                "W",
            ),
            (
                "The firm, he submitted, was responsible for the safety of its own workers.",
                "T. Rajarathinam",
                "submitted",
                "W",
            ),
        ],
        [
            (
                "Rejecting the submission, the judge held that under the 2013 Act the corporation remained the principal employer, i.e. the party answerable for the worker's safety, whoever it had engaged to do the job.",
                "K. Ilango Vardharajan",
                "held",
                "W",
            ),
        ],
        [
            (
                "“The corporation's own stores register shows that not one breathing apparatus was issued for sewer work in Zone 14 between January and April 2025,” the judge wrote.",
                "K. Ilango Vardharajan",
                "wrote",
                "W",
            ),
            (
                "“A civic body cannot contract out its conscience along with its drains.”",
                "K. Ilango Vardharajan",
                "wrote",
                "",
            ),
        ],
        [
            (
                "The corporation had paid the family ₹10 lakh in April 2025, and the judge directed it to pay the remaining ₹20 lakh within eight weeks, with interest at 6% a year from the date of death.",
                "",
                "",
                "W",
            ),
            (
                "He also directed that Pechiammal be given a permanent job in the corporation within three months.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Sanitation workers at a sewage pumping station in Perungudi.", "", "", ""),
        ],
        [
            ("Photo: B. Jothilingam", "", "", "B"),
        ],
        [
            (
                "Pechiammal, who works as a domestic help in Velachery, said in Tamil that she had been to the corporation's zonal office 23 times since her husband's death.",
                "S. Pechiammal",
                "said in Tamil",
                "",
            ),
            (
                "“Every time, they said the file was with somebody else.",
                "S. Pechiammal",
                "said",
                "",
            ),
            (
                "Now a judge has written it down, so maybe they will listen,” she said.",
                "S. Pechiammal",
                "said",
                "",
            ),
        ],
        [
            (
                "Her counsel, Jeyanthi Ramalingam, said it was the first time the court had ordered a criminal case against a sewer contractor in Chennai.",
                "Jeyanthi Ramalingam",
                "said",
                "W",
            ),
        ],
        [
            (
                "Inspector R. Maheswari of the Thoraipakkam police station said a case had been registered on Friday under Sec. 106(1) of the Bharatiya Nyaya Sanhita and under the 2013 Act.",
                "R. Maheswari",
                "said",
                "W",
            ),
            (
                "Sri Murugan Drainage Works did not respond to calls and messages.",
                "Sri Murugan Drainage Works Pvt. Ltd.",
                "did not respond to calls and messages",
                "",
            ),
        ],
        [
            (
                "At least 11 workers have died in sewers and septic tanks in Tamil Nadu since January 2024, the Tamil Nadu Sewer Workers' Collective said.",
                "the Tamil Nadu Sewer Workers' Collective",
                "said",
                "W",
            ),
            (
                "Its convener, P. Kathirvel, said the order should be sent to every municipality in the State.",
                "P. Kathirvel",
                "said",
                "",
            ),
            ("“Contractors change their names every two years.", "P. Kathirvel", "said", ""),
            ("The corporation does not,” he said.", "P. Kathirvel", "said", ""),
        ],
        [
            ("What happens next?", "", "", ""),
        ],
        [
            ("The corporation may appeal to a Division Bench within 30 days.", "", "", "W"),
            (
                "The judge also directed the Commissioner to file an affidavit by Oct. 9 listing every sewer-cleaning machine the corporation owns and how many are in working order.",
                "",
                "",
                "W",
            ),
            ("The case will be listed again on that date.", "", "", "W"),
        ],
        [
            (
                "A corporation spokesperson said the order was being studied and that a decision on an appeal would be taken “at the appropriate level”.",
                "A corporation spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "Topics: Madras High Court · Greater Chennai Corporation · Sanitation workers · Compensation",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get Coromandel Law's daily case digest in your inbox.", "", "", "B"),
            ("Subscribe free.", "", "", "B"),
        ],
    ],
    [
        [
            ("9/3/27, 7:58 AM", "", "", "B"),
        ],
        [
            (
                "Mill Cove ferry to start Sept. 8, two years late and $31M over budget | The Harbourfront Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE HARBOURFRONT TRIBUNE", "", "", "B"),
        ],
        [
            ("NEWS  ›  HALIFAX", "", "", "B"),
        ],
        [
            ("Mill Cove ferry to start Sept. 8, two years late and $31M over budget", "", "", "W"),
        ],
        [
            (
                "Halifax Transit says the crossing to downtown will take 23 minutes, with boats every half-hour at rush hour",
                "Halifax Transit",
                "says",
                "W",
            ),
        ],
        [
            ("GRAHAM MacQUARRIE  Municipal Affairs Reporter", "", "", "B"),
        ],
        [
            ("Published Sept. 2, 2027  ·  Updated 9:41 p.m. Sept. 2, 2027", "", "", "B"),
        ],
        [
            ("The ferry Sandy Point during sea trials in Bedford Basin last month.", "", "", ""),
        ],
        [
            ("RHYS McINNIS / THE HARBOURFRONT TRIBUNE", "", "", "B"),
        ],
        [
            (
                "The long-delayed ferry between Mill Cove in Bedford and downtown Halifax will carry its first passengers on Sept. 8, Halifax Transit said Thursday.",
                "Halifax Transit",
                "said",
                "W",
            ),
            ("The service was originally due to start in the fall of 2025.", "", "", "W"),
        ],
        [
            (
                "The project's cost has risen to $198 million from the $167 million approved in 2022, according to a staff report to regional council.",
                "a staff report to regional council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Boats will leave Mill Cove every 30 minutes from 6 a.m. to 9 a.m. and from 3:30 p.m. to 6:30 p.m. on weekdays, and every hour at other times until 9 p.m.",
                "",
                "",
                "W",
            ),
            ("There will be no weekend sailings at first.", "", "", "W"),
        ],
        [
            (
                "The fare will be the same as on a bus, $2.75, and bus transfers will be accepted on board.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Transit director Priya Wentzell said the crossing to the terminal on Lower Water St. would take 23 minutes, about half as long as the bus takes in morning traffic.",
                "Priya Wentzell",
                "said",
                "W",
            ),
            (
                "“It's the first new ferry route on this harbour in four decades,” she said.",
                "Priya Wentzell",
                "said",
                "W",
            ),
            (
                "“People have been patient, and I know some of them ran out of patience a long time ago.”",
                "Priya Wentzell",
                "said",
                "",
            ),
        ],
        [
            (
                "https://www.harbourfronttribune.ca/news/halifax/mill-cove-ferry-start-date-2027/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("1/3", "", "", "B"),
        ],
        [
            ("9/3/27, 7:58 AM", "", "", "B"),
        ],
        [
            (
                "Mill Cove ferry to start Sept. 8, two years late and $31M over budget | The Harbourfront Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The staff report blamed most of the delay on the shipbuilder, Eastern Passage Marine Fabrication Inc.",
                "The staff report",
                "blamed",
                "W",
            ),
            (
                "The firm delivered the first two of the four vessels 14 months late, after a fire at its yard in March 2025, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Company president Luc Arsenault said in an email that the last two boats would be handed over “well before Christmas.”",
                "Luc Arsenault",
                "said in an email",
                "",
            ),
            (
                "He said the fire had destroyed the hull moulds, which took eight months to rebuild.",
                "Luc Arsenault",
                "said",
                "W",
            ),
        ],
        [
            (
                "Coun. Tamsin Baird, who represents Bedford, said the ferry would take “hundreds of cars a day” off the Bedford Highway.",
                "Tamsin Baird",
                "said",
                "",
            ),
            (
                "“Anyone who has sat on the Bedford Hwy. at 8 a.m. knows exactly why we need this,” she said.",
                "Tamsin Baird",
                "said",
                "",
            ),
        ],
        [
            (
                "Coun. Ahmed Al-Rashidi said the overrun should be reviewed by the municipality's auditor general.",
                "Ahmed Al-Rashidi",
                "said",
                "",
            ),
            (
                "“Thirty-one million dollars, and nobody on council heard about it until July?” he asked.",
                "Ahmed Al-Rashidi",
                "asked",
                "",
            ),
        ],
        [
            (
                "A 250-space park-and-ride lot at Mill Cove will open the same day, and parking there will be free until Dec. 31.",
                "",
                "",
                "W",
            ),
            (
                "Each of the four boats carries 150 passengers and 20 bicycles and is fully accessible, according to the municipality.",
                "the municipality",
                "according to",
                "W",
            ),
        ],
        [
            (
                "https://www.harbourfronttribune.ca/news/halifax/mill-cove-ferry-start-date-2027/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("2/3", "", "", "B"),
        ],
        [
            ("9/3/27, 7:58 AM", "", "", "B"),
        ],
        [
            (
                "Mill Cove ferry to start Sept. 8, two years late and $31M over budget | The Harbourfront Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Meaghan Doucette, a nurse who drives from Bedford to the QEII Health Sciences Centre, said she would try the ferry in its first week.",
                "Meaghan Doucette",
                "said",
                "",
            ),
            (
                "“If it's on time, I'm selling the second car,” she said.",
                "Meaghan Doucette",
                "said",
                "",
            ),
        ],
        [
            ("When will weekend service start?", "", "", ""),
        ],
        [
            (
                "Halifax Transit said weekend sailings would be added once all four boats were in service, probably in the spring of 2028.",
                "Halifax Transit",
                "said",
                "",
            ),
        ],
        [
            ("Regional council approved the ferry in June 2022 by a vote of 13–3.", "", "", "W"),
        ],
        [
            ("Copyright 2027 Harbourfront Tribune Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            ("This copy is for your personal, non-commercial use only.", "", "", "B"),
        ],
        [
            (
                "https://www.harbourfronttribune.ca/news/halifax/mill-cove-ferry-start-date-2027/",
                "",
                "",
                "B",
            ),
        ],
        [
            ("3/3", "", "", "B"),
        ],
    ],
    [
        [
            ("From: The Westerly Morning Brief <morningbrief@westerlypost.com.au>", "", "", "B"),
        ],
        [
            ("Sent: Friday, 5 February 2027 6:01 AM", "", "", "B"),
        ],
        [
            ("To: Kerrin Lowe", "", "", "B"),
        ],
        [
            ("Subject: Six days over 40C — and when it finally breaks", "", "", "B"),
        ],
        [
            ("Having trouble reading this email?", "", "", "B"),
            ("View it in your browser.", "", "", "B"),
        ],
        [
            ("THE WESTERLY MORNING BRIEF", "", "", "B"),
        ],
        [
            ("Friday 5 February 2027", "", "", "B"),
        ],
        [
            ("Good morning.", "", "", "B"),
        ],
        [
            ("If you slept last night, you did better than most of Perth.", "", "", ""),
        ],
        [
            ("TODAY'S LEAD", "", "", "B"),
        ],
        [
            ("Perth swelters through a record sixth straight day above 40C", "", "", "W"),
        ],
        [
            ("By Lachlan Fitzmaurice, weather reporter", "", "", "B"),
        ],
        [
            (
                "Perth recorded its sixth consecutive day above 40C on Thursday, the longest such run since records began in 1897, the Bureau of Meteorology said.",
                "the Bureau of Meteorology",
                "said",
                "W",
            ),
            (
                "The temperature at the Perth Metro station peaked at 43.6C at 2.41pm, after an overnight low of 29.1C.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The previous longest run, four days, was set in February 2016, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
            (
                "Thursday's overnight low was the warmest February night on record for the city, it said.",
                "the Bureau of Meteorology",
                "said",
                "W",
            ),
            ("Rottnest Island reached 41.2C, its hottest day since 1991.", "", "", "W"),
        ],
        [
            (
                "Senior meteorologist Mei-Lin Tranter said a slow-moving trough off the west coast had kept hot easterly winds blowing over the city for almost a week.",
                "Mei-Lin Tranter",
                "said",
                "W",
            ),
            (
                "“Normally the sea breeze rescues Perth by mid-afternoon.",
                "Mei-Lin Tranter",
                "said",
                "",
            ),
            (
                "This week it barely made it past Cottesloe,” she said.",
                "Mei-Lin Tranter",
                "said",
                "",
            ),
        ],
        [
            (
                "A cool change was expected to reach the coast late on Saturday, she said, with a top of 31C forecast for Sunday.",
                "Mei-Lin Tranter",
                "said",
                "",
            ),
        ],
        [
            (
                "Western Power said 14,200 homes and businesses in the northern suburbs lost electricity on Thursday afternoon, most of them for less than two hours.",
                "Western Power",
                "said",
                "W",
            ),
            (
                "Demand on the state's main grid reached a record 4,512 megawatts at 5.30pm, according to the Australian Energy Market Operator.",
                "the Australian Energy Market Operator",
                "according to",
                "W",
            ),
        ],
        [
            ("— SPONSORED —", "", "", "B"),
        ],
        [
            ("Beat the heat for less.", "", "", "B"),
            ("Split-system installs from $1,490 with Coolabah Air.", "", "", "B"),
            ("Offer ends 28 February.", "", "", "B"),
        ],
        [
            (
                "Emergency departments at Perth's public hospitals treated 87 people for heat-related illness between Monday and Thursday, WA Health said.",
                "WA Health",
                "said",
                "W",
            ),
            (
                "St John WA said its crews had attended 203 heat-related calls over the same period, almost three times the usual number.",
                "St John WA",
                "said",
                "W",
            ),
        ],
        [
            (
                "A bushfire near Gidgegannup burned 1,150 hectares and destroyed two sheds before it was brought under control at 11pm, the Department of Fire and Emergency Services said.",
                "the Department of Fire and Emergency Services",
                "said",
                "W",
            ),
        ],
        [
            (
                "Eleven public schools without air-conditioning in every classroom sent students home at 1pm, the Education Department said.",
                "the Education Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rosalind Peake, 82, of Midland, said she had spent three afternoons this week at an air-conditioned shopping centre with a thermos and a crossword.",
                "Rosalind Peake",
                "said",
                "",
            ),
            (
                "“It was 34 degrees in my bedroom at midnight… you just lie there and wait for the morning,” she said.",
                "Rosalind Peake",
                "said",
                "",
            ),
        ],
        [
            (
                "Health authorities urged people to check on elderly neighbours and to avoid exercise between 11am and 5pm.",
                "Health authorities",
                "urged",
                "",
            ),
        ],
        [
            ("Is this climate change?", "", "", ""),
        ],
        [
            (
                "Professor Annika Rooyakkers, a climate scientist at Curtin University, said heatwaves lasting five days or more had become about three times as frequent in Perth since the 1970s.",
                "Annika Rooyakkers",
                "said",
                "W",
            ),
            ("“One hot week doesn't prove anything on its own.", "Annika Rooyakkers", "said", ""),
            ("The pattern over fifty years does,” she said.", "Annika Rooyakkers", "said", ""),
        ],
        [
            ("Read the full story at westerlypost.com.au →", "", "", "B"),
        ],
        [
            ("ALSO IN THE NEWS", "", "", "B"),
        ],
        [
            ("Fremantle Ports approves $40m upgrade to Victoria Quay berths", "", "", "B"),
        ],
        [
            ("Council rejects plan for 14-storey tower in Subiaco", "", "", "B"),
        ],
        [
            ("Stay cool, and we'll see you on Monday.", "", "", "B"),
        ],
        [
            ("— Lachlan and the Westerly newsroom", "", "", "B"),
        ],
        [
            (
                "You're receiving this email because you signed up to The Westerly Morning Brief.",
                "",
                "",
                "B",
            ),
            ("Unsubscribe  |  Update your preferences  |  Privacy policy", "", "", "B"),
        ],
        [
            (
                "Westerly Post Media Pty Ltd, Level 6, 190 St Georges Tce, Perth WA 6000",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Check out this story on BalitaPlus News:", "", "", "B"),
        ],
        [
            ("https://bplus.ph/s/qc-heist-8842", "", "", "B"),
        ],
        [
            ("BalitaPlus NEWS", "", "", "B"),
        ],
        [
            ("METRO  |  CRIME", "", "", "B"),
        ],
        [
            ("3 nabbed over P4.8-M jewelry heist in Cubao mall; 2 still at large", "", "", "W"),
        ],
        [
            ("Mariel Dumaguing, BalitaPlus News", "", "", "B"),
        ],
        [
            ("Posted at Jan 12 2027 08:15 PM  |  Updated as of Jan 12 2027 10:02 PM", "", "", "B"),
        ],
        [
            (
                "A CCTV grab shows masked men smashing display cases at the jewelry store on Jan. 5.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Screengrab courtesy of the QCPD", "", "", "B"),
        ],
        [
            (
                "MANILA — Police have arrested three men over last week's robbery of a jewelry store in a Cubao mall in which P4.8 million worth of gold and watches was taken, the Quezon City Police District (QCPD) said Tuesday.",
                "the Quezon City Police District",
                "said",
                "W",
            ),
            (
                "The suspects, aged 24 to 41, were arrested in separate operations in Caloocan and in San Jose del Monte, Bulacan.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "QCPD director PBGen. Ernesto Dimaculangan Jr. told reporters at Camp Karingal that two other suspects, including the alleged leader, remained at large, and that P1.1 million worth of the stolen items had been recovered.",
                "Ernesto Dimaculangan Jr.",
                "told reporters",
                "W",
            ),
        ],
        [
            (
                "According to police, four men armed with hammers smashed the display cases of Ginto Mayari Jewelers at 7:48 p.m. on Jan. 5, minutes before the mall closed, while a fifth waited outside on a motorcycle.",
                "police",
                "according to",
                "W",
            ),
            (
                "The whole robbery took two minutes and 10 seconds, the CCTV footage showed.",
                "the CCTV footage",
                "showed",
                "W",
            ),
        ],
        [
            (
                "A mall security guard, 52, was hit on the head and treated at a hospital on E. Rodriguez Sr. Ave.",
                "",
                "",
                "W",
            ),
            ("He has since been discharged.", "", "", "W"),
        ],
        [
            (
                "Joanna Velasco, who works at a phone shop across the corridor, said she first thought the noise was a display falling over.",
                "Joanna Velasco",
                "said",
                "",
            ),
            ("“Then everyone was running.", "Joanna Velasco", "said", ""),
            (
                "I locked our glass door and we sat on the floor behind the counter,” she said.",
                "Joanna Velasco",
                "said",
                "",
            ),
        ],
        [
            ("▶ Watch the CCTV video in the BalitaPlus app", "", "", "B"),
        ],
        [
            (
                "PLt. Col. Rowena Agbayani, chief of the Cubao police station, said the suspects were traced through the plate number of the getaway motorcycle, which had been caught on a traffic camera on Aurora Blvd.",
                "Rowena Agbayani",
                "said",
                "W",
            ),
            (
                "“Akala nila ligtas sila dahil naka-helmet sila,” she said in Filipino.",
                "Rowena Agbayani",
                "said in Filipino",
                "",
            ),
            (
                "(They thought they were safe because they wore helmets.)",
                "Rowena Agbayani",
                "said in Filipino",
                "",
            ),
        ],
        [
            (
                "Recovered so far are 41 gold necklaces, 12 rings and seven wristwatches, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "A .38-caliber revolver and 14 rounds of ammunition were found in the house of one suspect in Caloocan.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The three face charges of robbery with violence and illegal possession of firearms, filed before the Quezon City Prosecutor's Office on Tuesday.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Police identified the alleged leader as a 38-year-old former security guard from Tondo who had worked at the same mall until 2025.",
                "Police",
                "identified",
                "W",
            ),
            (
                "Atty. Reynaldo Sumulong, who represents two of the suspects, said his clients would plead not guilty.",
                "Reynaldo Sumulong",
                "said",
                "",
            ),
        ],
        [
            ("READ: 2 guards hurt in Pasay mall robbery attempt", "", "", "B"),
        ],
        [
            (
                "The store's owner, Liza Tanchingco, said she had insured only half of the stock.",
                "Liza Tanchingco",
                "said",
                "",
            ),
            (
                "“Thirty-one years in that mall and it never happened once,” she said.",
                "Liza Tanchingco",
                "said",
                "",
            ),
        ],
        [
            (
                "Brgy. Socorro chairman Dante Lumabas said the barangay would put 12 more tanods on night patrol around the mall.",
                "Dante Lumabas",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement, the mall's management said it had “further strengthened” its security and was cooperating fully with police.",
                "the mall's management",
                "said",
                "",
            ),
        ],
        [
            (
                "The QCPD said a P200,000 reward was being offered for information leading to the arrest of the two remaining suspects.",
                "the Quezon City Police District",
                "said",
                "W",
            ),
        ],
        [
            (
                "It was the third robbery of a mall jewelry store in Metro Manila since October, according to the National Capital Region Police Office.",
                "the National Capital Region Police Office",
                "according to",
                "W",
            ),
        ],
        [
            ("Open in the app for more Metro stories", "", "", "B"),
        ],
        [
            ("Tags: Quezon City, QCPD, robbery, Cubao, jewelry", "", "", "B"),
        ],
        [
            ("Get the BalitaPlus app: App Store | Google Play", "", "", "B"),
        ],
        [
            ("© 2027 BalitaPlus Broadcasting Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("Newsbeam", "", "", "B"),
        ],
        [
            ("For you    Following    Ghana    Business    Sport    Tech", "", "", "B"),
        ],
        [
            ("The Accra Ledger  ·  3h  ·  + Follow", "", "", "B"),
        ],
        [
            (
                "Cocoa farmgate price raised 18.4% to GH¢58,000 a tonne for 2027/28 season",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Story by Esi Bentum", "", "", "B"),
        ],
        [
            (
                "Cocoa beans drying on raised mats at Sefwi Wiawso in the Western North Region.",
                "",
                "",
                "",
            ),
        ],
        [
            ("© The Accra Ledger", "", "", "B"),
        ],
        [
            (
                "The Ghana Cocoa Board (COCOBOD) on Friday announced an 18.4% increase in the price it pays farmers, to GH¢58,000 a tonne for the 2027/28 crop season, which opens on Oct. 1.",
                "The Ghana Cocoa Board",
                "announced",
                "W",
            ),
            (
                "That works out at GH¢3,625 for a 64-kilogramme bag, up from GH¢3,062.50.",
                "",
                "",
                "W",
            ),
            ("The last increase, in October 2026, was 12%.", "", "", "W"),
        ],
        [
            (
                "Chief executive Yaw Darko-Appiah told farmers at the launch in Kumasi that the price was equal to 70% of the expected net f.o.b. price, in line with the board's policy.",
                "Yaw Darko-Appiah",
                "told farmers",
                "W",
            ),
        ],
        [
            (
                "He said an estimated 160,000 tonnes of Ghanaian beans had been smuggled into Côte d'Ivoire and Togo in the 2025/26 season, when farmers across the border were paid more.",
                "Yaw Darko-Appiah",
                "said",
                "W",
            ),
            (
                "“If the farmer in Sefwi can get more across the border, he will carry his beans across the border,” he said.",
                "Yaw Darko-Appiah",
                "said",
                "",
            ),
            ("“We want him to sell to us.”", "Yaw Darko-Appiah", "said", ""),
        ],
        [
            ("Sponsored  ·  Ad", "", "", "B"),
        ],
        [
            ("Send money home instantly with KwikCedi.", "", "", "B"),
            ("Zero fees this month!", "", "", "B"),
        ],
        [
            (
                "The board said it had signed a US$1.2 billion financing arrangement with international traders in August to pay for the season's purchases.",
                "The board",
                "said",
                "W",
            ),
            (
                "The largest single share, US$400 million, came from Lagune Commodities S.A.",
                "",
                "",
                "W",
            ),
            (
                "The firm did not respond to questions on Friday.",
                "The firm",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "The cedi traded at 14.62 to the U.S. dollar on Friday, according to Bank of Ghana data.",
                "Bank of Ghana data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Alhaji Issah Dramani, general secretary of the Cocoa Growers' Union of Ghana, said the increase was welcome but had come a season too late.",
                "Issah Dramani",
                "said",
                "",
            ),
            (
                "“A bag of fertiliser went from GH¢380 to GH¢520 in one year.",
                "Issah Dramani",
                "said",
                "W",
            ),
            ("The farmer has been carrying that alone,” he said.", "Issah Dramani", "said", ""),
        ],
        [
            ("Continue reading", "", "", "B"),
        ],
        [
            (
                "Kofi Ampomah, an analyst at Ridgeline Securities Ltd., said the higher price would add about GH¢4 billion to COCOBOD's financing needs and could force it to borrow again.",
                "Kofi Ampomah",
                "said",
                "",
            ),
        ],
        [
            (
                "Akosua Frimpong, who farms 4 acres near Sefwi Wiawso, said in Twi that she had sold part of last season's crop to a buyer from across the border.",
                "Akosua Frimpong",
                "said in Twi",
                "",
            ),
            ("“He paid cash on the day.", "Akosua Frimpong", "said", ""),
            ("COCOBOD paid me after six weeks,” she said.", "Akosua Frimpong", "said", ""),
        ],
        [
            ("What does the new price mean for output?", "", "", ""),
        ],
        [
            (
                "Ghana produced about 610,000 tonnes of cocoa in the 2025/26 season, according to the board, against 820,000 tonnes three seasons earlier.",
                "the board",
                "according to",
                "W",
            ),
            (
                "The board expects output to recover to 700,000 tonnes in the coming season.",
                "The board",
                "expects",
                "",
            ),
        ],
        [
            (
                "From this season, farmers must be paid by mobile money within 72 hours of delivering their beans, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "Licensed buying companies will be paid a margin of GH¢2,900 a tonne, up from GH¢2,450, and haulage rates will rise by 15%.",
                "",
                "",
                "W",
            ),
            (
                "Kwame Owusu-Sekyere, executive secretary of the Licensed Cocoa Buyers' Association, said the new margin was “still short of what it costs to move a bag from Juaboso to Tema.”",
                "Kwame Owusu-Sekyere",
                "said",
                "",
            ),
        ],
        [
            ("Read the full story on The Accra Ledger", "", "", "B"),
        ],
        [
            ("👍 1.2K    💬 214    ↗ Share", "", "", "B"),
        ],
        [
            ("More from The Accra Ledger", "", "", "B"),
        ],
        [
            ("Cedi ends week 0.8% firmer against the dollar", "", "", "B"),
        ],
        [
            ("GSE composite index hits record 6,812 points", "", "", "B"),
        ],
        [
            ("Why am I seeing this?", "", "", "B"),
            ("You follow Business.", "", "", "B"),
        ],
        [
            ("Report this story", "", "", "B"),
        ],
    ],
    [
        [
            ("≡    VITI SPORT DAILY    ⌕", "", "", "B"),
        ],
        [
            ("RUGBY    SEVENS    FOOTBALL    NETBALL    MORE ▾", "", "", "B"),
        ],
        [
            ("Live scores and replays in the Viti Sport app.", "", "", "B"),
            ("OPEN APP", "", "", "B"),
        ],
        [
            ("Home / Rugby / Skipper Cup", "", "", "B"),
        ],
        [
            ("Nadroga edge Suva 24–19 to win Skipper Cup final at Lawaqa Park", "", "", "W"),
        ],
        [
            (
                "Replacement No. 8 Inoke Vatubua scores twice in the last 15 minutes as the Stallions take their first title since 2021",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Seini Tavaiqia", "", "", "B"),
        ],
        [
            ("41 minutes ago  ·  3 min read", "", "", "B"),
        ],
        [
            (
                "Inoke Vatubua dives over for the winning try at Lawaqa Park on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Viti Sport Daily", "", "", "B"),
        ],
        [
            (
                "SIGATOKA — Nadroga won the Skipper Cup for the first time since 2021 with a 24–19 win over Suva in the final at Lawaqa Park on Saturday.",
                "",
                "",
                "W",
            ),
            (
                "Replacement No. 8 Inoke Vatubua scored both of their second-half tries, the second with less than three minutes left.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Suva led 19–10 at half-time after three first-half tries, but were held scoreless after the break.",
                "",
                "",
                "W",
            ),
            ("Luke Vakaloloma kicked both second-half conversions from wide out.", "", "", "W"),
        ],
        [
            (
                "A crowd of 9,800 watched the final, the biggest at the ground since 2018, according to the Fiji Rugby Union.",
                "the Fiji Rugby Union",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Nadroga coach Ratu Meli Tuivanuavou said his players had stopped “trying to win the game with one pass.”",
                "Meli Tuivanuavou",
                "said",
                "",
            ),
            (
                "“At half-time I told them, ‘Win the next ten minutes.’",
                "Meli Tuivanuavou",
                "said",
                "",
            ),
            ("They won the next forty,” he said.", "Meli Tuivanuavou", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            (
                "Vatubua, 22, who came on in the 55th minute, said he had played only three club games this season after a knee operation in March.",
                "Inoke Vatubua",
                "said",
                "",
            ),
            ("“Who writes a story like this?” he said, laughing.", "Inoke Vatubua", "said", ""),
        ],
        [
            (
                "Suva captain Taniela Ravouvou blamed two lineouts lost inside the Nadroga 22 in the final quarter.",
                "Taniela Ravouvou",
                "blamed",
                "W",
            ),
            (
                "“We had them, and we gave it back to them twice,” he said.",
                "Taniela Ravouvou",
                "said",
                "",
            ),
        ],
        [
            (
                "Suva had won 11 of their 12 games this season before Saturday, and finished top of the table, two points ahead of Nadroga.",
                "",
                "",
                "W",
            ),
            (
                "Referee Joeli Koroivuki showed two yellow cards in the second half, both to Suva forwards.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nadroga receive F$50,000 in prize money and Suva F$25,000, the union said.",
                "the union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Fiji Rugby Union chief executive Adi Losana Tuiloma said the union would look at moving next year's final to a bigger ground.",
                "Losana Tuiloma",
                "said",
                "",
            ),
        ],
        [
            ("LATEST", "", "", "B"),
        ],
        [
            ("Fiji Pearls name 12 for Pacific netball series", "", "", "B"),
        ],
        [
            ("Labasa sign Solomon Islands striker on two-year deal", "", "", "B"),
        ],
        [
            ("Who do Nadroga play next?", "", "", ""),
        ],
        [
            (
                "Nadroga will defend the Farebrother Trophy against Namosi at Lawaqa Park on October 16.",
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
                "Nadroga 24 (Inoke Vatubua 2, Semi Raqona, Tevita Dau tries; Luke Vakaloloma 2 cons)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Suva 19 (Jone Nabou, Apakuki Lewa, Savenaca Rokobaro tries; Isireli Matanibukaca 2 cons)",
                "",
                "",
                "",
            ),
        ],
        [
            ("HT: Suva 19–10", "", "", ""),
        ],
        [
            ("Referee: Joeli Koroivuki", "", "", ""),
        ],
        [
            ("Share    Facebook    WhatsApp    X", "", "", "B"),
        ],
        [
            ("Comments (8)", "", "", "B"),
        ],
        [
            ("We use cookies to personalise content and ads.", "", "", "B"),
            ("Accept all    Manage", "", "", "B"),
        ],
        [
            ("© 2027 Viti Sport Daily.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LEDRA POST", "", "", "B"),
        ],
        [
            (
                "Cyprus    Politics    Business    World    Opinion    Life    Sport    Property",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nicosia 34°C  ·  Friday, June 11, 2027", "", "", "B"),
        ],
        [
            ("Home › Politics", "", "", "B"),
        ],
        [
            ("House votes 31–22 to publish MPs' asset declarations online", "", "", "W"),
        ],
        [
            (
                "Transparency law ends more than a decade of debate; first declarations to go online by March 2028",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Andria Kyprianidou", "", "", "B"),
        ],
        [
            ("June 11, 2027  ·  7:14 a.m.", "", "", "B"),
        ],
        [
            ("Share on Facebook    Share on X    Email", "", "", "B"),
        ],
        [
            (
                "MPs during Thursday's plenary session at the House of Representatives in Nicosia.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Christos Avraamides", "", "", "B"),
        ],
        [
            (
                "The House of Representatives on Thursday voted by 31 to 22 to make the asset declarations of MPs, ministers and mayors public online, ending more than a decade of debate on the issue.",
                "",
                "",
                "W",
            ),
            ("Three MPs abstained.", "", "", "W"),
        ],
        [
            (
                "The session began at 10.30 a.m. and the final vote was taken at 4.15 p.m.",
                "",
                "",
                "W",
            ),
            ("All 56 MPs were present.", "", "", "W"),
        ],
        [
            (
                "The law takes effect on Jan. 1, 2028, and the first declarations must be published by March 31 that year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under the law, officials must declare property, bank deposits above €10,000, shares and loans held by themselves, their spouses and their children under 18.",
                "",
                "",
                "W",
            ),
            (
                "The law covers about 180 officials, i.e. MPs, ministers, deputy ministers, mayors and the heads of semi-government organisations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Declarations are at present filed with a House committee and can be seen only by its members.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bill's sponsor, Greens MP Eleni Stylianou, told the plenum that voters had a right to know whether “the people who write the laws profit from them”.",
                "Eleni Stylianou",
                "told the plenum",
                "",
            ),
            ("“What exactly are we afraid of?” she asked.", "Eleni Stylianou", "asked", ""),
        ],
        [
            (
                "Disy MP Andreas Hadjipetrou said publishing the details online would expose MPs' families to “fraudsters and kidnappers”.",
                "Andreas Hadjipetrou",
                "said",
                "",
            ),
            (
                "An amendment he tabled, keeping the exact addresses of properties out of the public version, was approved by 40 votes to 13.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("READ ALSO: Audit Office to examine 2026 party accounts", "", "", "B"),
        ],
        [
            (
                "The Audit Office found in a 2025 report that 19 of the 56 MPs had filed their declarations late, some by more than a year.",
                "The Audit Office",
                "found",
                "W",
            ),
        ],
        [
            (
                "The case that revived the debate in 2024 involved an MP who had not declared a 30% stake in Kouklia Quarries Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The MP, who has since left the House, denied wrongdoing and was never charged.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Akel MP Kyriakos Economides said his party had first tabled a similar bill in 2016.",
                "Kyriakos Economides",
                "said",
                "W",
            ),
            (
                "“It took us eleven years to do what other countries did in an afternoon,” he said.",
                "Kyriakos Economides",
                "said",
                "",
            ),
        ],
        [
            (
                "Government spokesman Marios Theophanous said the government welcomed the vote and would not refer the law back to the House.",
                "Marios Theophanous",
                "said",
                "",
            ),
            (
                "Under the Constitution, the president has 15 days to sign a law or return it to the House for reconsideration.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The civic group Clear Glass Cyprus said the vote was “a good first step” but that the public version should also list gifts and paid board seats.",
                "Clear Glass Cyprus",
                "said",
                "",
            ),
            (
                "“A declaration that nobody checks is just a press release,” its director, Niki Andreadou, said.",
                "Niki Andreadou",
                "said",
                "",
            ),
        ],
        [
            ("Who will check the declarations?", "", "", ""),
        ],
        [
            (
                "A new three-member Asset Declarations Authority, appointed by the Council of Ministers for six years, will check the declarations and can impose fines of up to €20,000 for false or late filing.",
                "",
                "",
                "W",
            ),
            (
                "Clear Glass said the authority's staff of four would not be enough to check 180 declarations a year.",
                "Clear Glass Cyprus",
                "said",
                "",
            ),
        ],
        [
            ("Follow The Ledra Post on Google News", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Parliament approves 2028 budget after all-night session", "", "", "B"),
        ],
        [
            ("Mayors' expenses: Limassol tops list for third year", "", "", "B"),
        ],
        [
            ("Comments (14)", "", "", "B"),
        ],
        [
            ("© 2027 Ledra Post Publishing Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("pwanigreen.co.tz", "", "", "B"),
        ],
        [
            (
                "Rufiji Delta has lost 11% of its mangroves since 2015, satellite study finds",
                "a satellite study by researchers at the University of Dar es Salaam",
                "finds",
                "W",
            ),
        ],
        [
            ("Hamisi Chande", "", "", "B"),
        ],
        [
            ("7–9 minutes", "", "", "B"),
        ],
        [
            ("Mangrove stumps on a cleared plot near the mouth of the Rufiji River.", "", "", ""),
        ],
        [
            ("Photo: Hamisi Chande", "", "", "B"),
        ],
        [
            (
                "Mangrove cover in the Rufiji Delta shrank by 11.4% between 2015 and 2026, a satellite study by researchers at the University of Dar es Salaam has found.",
                "a satellite study by researchers at the University of Dar es Salaam",
                "has found",
                "W",
            ),
            (
                "The delta's mangroves covered about 45,700 hectares last year, down from 51,600 hectares in 2015.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The team compared Sentinel-2 satellite images taken in each dry season from 2015 to 2026 and checked them against 212 field plots.",
                "",
                "",
                "W",
            ),
            (
                "The plots were used to tell apart species, e.g. Rhizophora mucronata and Ceriops tagal, that look alike from space.",
                "",
                "",
                "W",
            ),
            (
                "The researchers write in the East African Journal of Coastal Ecology that most of the loss was in the northern delta, where rice fields had been cleared inside the mangrove belt.",
                "The researchers",
                "write in the East African Journal of Coastal Ecology",
                "W",
            ),
        ],
        [
            (
                "Lead author Dkt. Rehema Kisanga, a marine ecologist, said salt water now reached about 3 km further inland in the northern channels than it had in 2015, because the cleared banks no longer slowed the tide.",
                "Rehema Kisanga",
                "said",
                "W",
            ),
            (
                "“The farmers are losing the very fields they cut the trees for.",
                "Rehema Kisanga",
                "said",
                "",
            ),
            ("It is a sad thing to watch,” she said.", "Rehema Kisanga", "said", ""),
        ],
        [
            (
                "ALSO READ: Dar es Salaam bans plastic carrier bags at 14 markets from July",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About 2,300 hectares of the lost mangroves are now rice fields and another 1,100 hectares are bare mudflat, according to the study.",
                "the study",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Co-author Prof. Elias Mwakyusa said it was too early to say how much of the loss on the seaward edge was caused by erosion rather than by cutting.",
                "Elias Mwakyusa",
                "said",
                "",
            ),
            ("“We counted 41 channels that have moved since 2015.", "Elias Mwakyusa", "said", "W"),
            (
                "Whether people or the river moved them is another question,” he said.",
                "Elias Mwakyusa",
                "said",
                "",
            ),
        ],
        [
            (
                "The Tanzania Forest Services Agency (TFS) said its rangers had seized 1,240 mangrove poles and 38 bags of charcoal in the delta between July 2026 and March this year.",
                "the Tanzania Forest Services Agency",
                "said",
                "W",
            ),
            (
                "Fines totalling TSh 36.5 million were paid by 27 people convicted over the same period, it said.",
                "the Tanzania Forest Services Agency",
                "said",
                "W",
            ),
            (
                "Cutting mangroves in the reserve requires a permit from the agency, TFS said.",
                "the Tanzania Forest Services Agency",
                "said",
                "W",
            ),
        ],
        [
            ("Fishermen pull a net through a creek near Nyamisati.", "", "", ""),
        ],
        [
            ("Photo: Hamisi Chande", "", "", "B"),
        ],
        [
            (
                "Kibiti District Commissioner Mhe. Zuhura Lyimo said 38 households farming inside the reserve would be moved to land outside it before the next planting season.",
                "Zuhura Lyimo",
                "said",
                "",
            ),
        ],
        [
            (
                "Salum Kitwana, a prawn fisherman in Nyamisati, told the desk in Swahili that his nightly catch had fallen from about 20 kg to less than five since he started fishing in 2012.",
                "Salum Kitwana",
                "told the desk in Swahili",
                "",
            ),
            ("“The sea here has become empty.", "Salum Kitwana", "said", ""),
            ("No roots, no prawns,” he said.", "Salum Kitwana", "said", ""),
        ],
        [
            (
                "Mwanaisha Bakari, who grows rice on a plot near Mbwera that was cleared in 2019, said her harvest had halved in three years because salt water now covers the field at spring tides.",
                "Mwanaisha Bakari",
                "said",
                "",
            ),
            ("“The first year was good.", "Mwanaisha Bakari", "said", ""),
            ("Now I plant and the sea takes it,” she said.", "Mwanaisha Bakari", "said", ""),
        ],
        [
            (
                "The prawn catch landed in the delta fell to 410 tonnes in 2025 from 690 tonnes in 2015, according to Ministry of Livestock and Fisheries figures.",
                "Ministry of Livestock and Fisheries figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "A replanting programme run by the district council and two local groups has planted 1.3 million seedlings since 2022, about 60% of which have survived, according to the programme's 2026 report.",
                "the programme's 2026 report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Mangroves store far more carbon per hectare in their soils than most tropical forests on land.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Can the mangroves come back?", "", "", ""),
        ],
        [
            (
                "Kisanga said replanted mangroves take eight to 10 years to hold a riverbank in place.",
                "Rehema Kisanga",
                "said",
                "W",
            ),
            (
                "She said the team planned to repeat the survey every two years and would share its maps with the district council.",
                "Rehema Kisanga",
                "said",
                "",
            ),
        ],
        [
            (
                "Reference: Kisanga R, Mwakyusa E, et al. Mangrove loss and land-use change in the Rufiji Delta, 2015–2026. E Afr J Coast Ecol. 2027;9(1):22–39.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("This story was produced with support from the Coastal Journalism Fund.", "", "", "B"),
            ("The fund had no say over its content.", "", "", "B"),
        ],
        [
            ("Topics: Mangroves · Rufiji · Fisheries · Climate", "", "", "B"),
        ],
    ],
    [
        [
            ("From: The Classroom Brief <classroom@ravichronicle.pk>", "", "", "B"),
        ],
        [
            ("Date: Saturday, July 24, 2027 at 7:00 AM", "", "", "B"),
        ],
        [
            ("Subject: Matric results: pass rate falls to 61.4% in Lahore", "", "", "B"),
        ],
        [
            ("View this email in your browser", "", "", "B"),
        ],
        [
            ("THE CLASSROOM BRIEF", "", "", "B"),
        ],
        [
            ("Issue 212  ·  Saturday, July 24, 2027", "", "", "B"),
        ],
        [
            ("Assalam-o-Alaikum, and welcome to this week's Brief.", "", "", "B"),
        ],
        [
            (
                "A tougher maths paper has left schools across Lahore arguing about what the numbers really mean.",
                "",
                "",
                "",
            ),
        ],
        [
            ("IN THIS ISSUE", "", "", "B"),
        ],
        [
            ("Matric results  ·  Rechecking deadline  ·  Supplementary exams", "", "", "B"),
        ],
        [
            ("THE BIG STORY", "", "", "B"),
        ],
        [
            ("Matric pass rate in Lahore falls to 61.4% as new maths paper bites", "", "", "W"),
        ],
        [
            ("By Hira Anjum Qazi, Education Correspondent", "", "", "B"),
        ],
        [
            (
                "The Board of Intermediate and Secondary Education (BISE) Lahore announced the Secondary School Certificate (matric) results on Thursday, with 61.4% of the 318,742 candidates passing, down from 64.9% last year.",
                "The Board of Intermediate and Secondary Education Lahore",
                "announced",
                "W",
            ),
        ],
        [
            ("Girls outperformed boys, with a pass rate of 68.2% against 54.9%.", "", "", "W"),
            (
                "The top position went to Mahnoor Iftikhar of Govt. Girls High School No. 2, Model Town, with 1,187 marks out of 1,200.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Board chairman Prof Dr Khalid Mehmood Sial said the fall was largely due to the new mathematics paper, in which 40% of the marks were for questions not taken from textbook exercises.",
                "Khalid Mehmood Sial",
                "said",
                "W",
            ),
            (
                "“Students who learned the old guess papers by heart struggled this year.",
                "Khalid Mehmood Sial",
                "said",
                "",
            ),
            ("That was the point,” he said.", "Khalid Mehmood Sial", "said", ""),
        ],
        [
            (
                "The pass rate in mathematics fell to 66.3% from 79.8%, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "The results of about 11,400 candidates were withheld over unfair-means cases, it said.",
                "The Board of Intermediate and Secondary Education Lahore",
                "said",
                "W",
            ),
            (
                "Lahore's pass rate was the lowest of the province's nine boards, with Rawalpindi highest at 72.6%.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SPONSORED", "", "", "B"),
        ],
        [
            ("Admissions open at Crescent College of Sciences, Gulberg.", "", "", "B"),
            ("FSc pre-medical, pre-engineering and ICS.", "", "", "B"),
            ("Call 042-3578 4410.", "", "", "B"),
        ],
        [
            (
                "Rana Tahir Saleem, president of the Punjab Private Schools Forum, said the board should have given schools a full year's notice of the change.",
                "Rana Tahir Saleem",
                "said",
                "",
            ),
            (
                "“Our teachers first saw the new pattern in January.",
                "Rana Tahir Saleem",
                "asked",
                "W",
            ),
            (
                "How do you prepare a child in four months?” he asked.",
                "Rana Tahir Saleem",
                "asked",
                "",
            ),
        ],
        [
            (
                "The board said it had posted sample questions in the new pattern on its website on Sept. 30 last year.",
                "The board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Shazia Parveen, who teaches mathematics at a government boys' school in Shahdara, said 23 of her 41 students had failed the subject.",
                "Shazia Parveen",
                "said",
                "W",
            ),
            (
                "“They were not weak students… they were taught for a test that changed,” she said.",
                "Shazia Parveen",
                "said",
                "",
            ),
        ],
        [
            (
                "Mahnoor Iftikhar, who wants to study medicine at King Edward Medical University, said her mother had sat up with her through the winter.",
                "Mahnoor Iftikhar",
                "said",
                "",
            ),
            ("“I studied every night until 2 a.m.", "Mahnoor Iftikhar", "said", ""),
            (
                "My mother slept on the sofa so she could wake me if I dozed off,” she said.",
                "Mahnoor Iftikhar",
                "said",
                "",
            ),
        ],
        [
            (
                "Punjab School Education Minister Syed Tanveer Abbas Jafri announced that the top 20 position holders across the province's nine boards would each receive Rs 500,000 and a laptop at a ceremony in Lahore on Aug. 14.",
                "Syed Tanveer Abbas Jafri",
                "announced",
                "W",
            ),
        ],
        [
            ("What happens to students who failed?", "", "", ""),
        ],
        [
            (
                "Candidates can apply for rechecking online until Aug. 7, at a fee of Rs. 1,200 per subject.",
                "",
                "",
                "W",
            ),
            (
                "Students who failed in up to two subjects can sit the supplementary exam, which begins on Sept. 20.",
                "",
                "",
                "W",
            ),
            (
                "The date sheet will be posted on the board's website by Aug. 25, the board said.",
                "the board",
                "said",
                "W",
            ),
        ],
        [
            (
                "Results are also available by sending the roll number by SMS to 800291.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("ALSO THIS WEEK", "", "", "B"),
        ],
        [
            ("Punjab colleges open online admission portal on Monday", "", "", "B"),
        ],
        [
            ("Scholarship deadline for Balochistan students extended to Aug. 31", "", "", "B"),
        ],
        [
            ("That's all for this week.", "", "", "B"),
            ("Khuda hafiz, and good luck to every student still waiting on a result.", "", "", "B"),
        ],
        [
            ("— Hira and the education desk", "", "", "B"),
        ],
        [
            (
                "Forward this email to a friend  |  Unsubscribe  |  Manage subscriptions",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Ravi Chronicle Publications (Pvt.) Ltd., 14-B Davis Road, Lahore 54000, Pakistan",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("Shared from the WaveCrest News app", "", "", "B"),
        ],
        [
            ("https://wvc.st/a8Kd2", "", "", "B"),
        ],
        [
            ("WAVECREST 101.3 NEWS", "", "", "B"),
        ],
        [
            ("▶ LISTEN LIVE", "", "", "B"),
        ],
        [
            ("Entertainment  ·  Crop Over 2027", "", "", "B"),
        ],
        [
            ("Mighty Cascade wins third Pic-O-De-Crop title with 542 points", "", "", "W"),
        ],
        [
            ("Kemar Yearwood", "", "", "B"),
        ],
        [
            ("24 Jul 2027  ·  6:12 AM", "", "", "B"),
        ],
        [
            ("Mighty Cascade performs at Kensington Oval on Friday night.", "", "", ""),
        ],
        [
            ("Photo: WaveCrest News", "", "", "B"),
        ],
        [
            (
                "Calypsonian Terrence Bovell, who sings as Mighty Cascade, won the Pic-O-De-Crop monarch title for the third time on Friday night at Kensington Oval in Bridgetown, St. Michael.",
                "",
                "",
                "W",
            ),
            (
                "He scored 542 points out of a possible 600, 17 ahead of the defending monarch, Shanice Atherley (Queen Breeze).",
                "",
                "",
                "W",
            ),
            ("Third was Jamal Gittens-Boyce (King Jamal) with 509 points.", "", "", "W"),
        ],
        [
            ("Bovell also won the title in 2019 and 2023.", "", "", "W"),
            ("A record 112 calypsonians entered the first round in April.", "", "", "W"),
        ],
        [
            (
                "He sang “Who Pays the Piper?” and “Cane Fire” in the final, the first about the cost of living and the second about the cane-field fires of his childhood in St. Philip.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The title carries a prize of BDS$50,000, the National Cultural Foundation (NCF) said.",
                "the National Cultural Foundation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Seven judges scored each song on lyrics, melody, rendition and presentation.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("The results were read out at 2.40 a.m.", "", "", "W"),
            ("Some fans in the stands booed when Atherley was placed second.", "", "", ""),
        ],
        [
            (
                "The NCF said the judging had been supervised by an independent auditor and that the scoresheets would be posted on its website on Monday.",
                "the National Cultural Foundation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cascade told WaveCrest News after the show that he had written “Cane Fire” in his grandmother's kitchen in St. Philip.",
                "Terrence Bovell",
                "told WaveCrest News",
                "",
            ),
            ("“She used to say, ‘Sing what you know.’", "Terrence Bovell", "said", ""),
            ("So I sang what she knew,” he said.", "Terrence Bovell", "said", ""),
        ],
        [
            ("Atherley said she accepted the judges' decision.", "Shanice Atherley", "said", ""),
            (
                "“I came to win, and next year I will come back to win,” she said.",
                "Shanice Atherley",
                "said",
                "",
            ),
        ],
        [
            ("▶ Tap to hear Cascade's winning songs in the app", "", "", "B"),
        ],
        [
            (
                "NCF chief executive Corey Skeete said the foundation would review its gate arrangements after fans complained of queues of more than an hour.",
                "Corey Skeete",
                "said",
                "",
            ),
        ],
        [
            (
                "The crowd of 11,300 was the largest for a monarch final since 2019, the foundation said.",
                "the foundation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Minister of Culture Sen. Dr Angela Brathwaite-Forde said the final had shown calypso was “alive and well and paying its way.”",
                "Angela Brathwaite-Forde",
                "said",
                "",
            ),
        ],
        [
            (
                "Rev. Winston Applewhaite, a Methodist minister in St. George, said some of the lyrics sung on Friday night had no place on a stage watched by children.",
                "Winston Applewhaite",
                "said",
                "",
            ),
            ("“Calypso has always been sharp.", "Winston Applewhaite", "said", ""),
            ("Sharp is not the same thing as dirty,” he said.", "Winston Applewhaite", "said", ""),
        ],
        [
            (
                "Dionne Marshall, who came from Speightstown with her two sons, said she had not missed a monarch final since 1998.",
                "Dionne Marshall",
                "said",
                "",
            ),
            ("“This is our Christmas,” she said.", "Dionne Marshall", "said", ""),
        ],
        [
            ("What's next for Crop Over?", "", "", ""),
        ],
        [
            (
                "The festival ends with Grand Kadooment on Monday, Aug. 2, when 14 registered bands will parade from the National Stadium to Spring Garden.",
                "",
                "",
                "W",
            ),
            (
                "Roads along the route will close from 6 a.m., the foundation said.",
                "the foundation",
                "said",
                "W",
            ),
        ],
        [
            ("Tags: Crop Over, Pic-O-De-Crop, calypso, NCF", "", "", "B"),
        ],
        [
            ("Listen to WaveCrest 101.3 FM live in the app.", "", "", "B"),
        ],
        [
            ("Get the WaveCrest News app on iOS and Android", "", "", "B"),
        ],
        [
            ("Sent from my iPad", "", "", "B"),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h101-ie-co-county-mid",
        "Councillors met in Athy, Co. Kildare, on Monday night. They voted 23 to 16 to keep the rate.",
        [
            "Councillors met in Athy, Co. Kildare, on Monday night.",
            "They voted 23 to 16 to keep the rate.",
        ],
    ),
    (
        "h101-ie-co-county-end",
        "The next meeting will be held in Portlaoise, Co. Laois. Members will set their own rate there.",
        [
            "The next meeting will be held in Portlaoise, Co. Laois.",
            "Members will set their own rate there.",
        ],
    ),
    (
        "h101-ie-ltd-registered",
        "© 2027 Midland Clarion Media Ltd. Registered in Ireland, No. 509311.",
        ["© 2027 Midland Clarion Media Ltd.", "Registered in Ireland, No. 509311."],
    ),
    (
        "h101-ke-ltd-end",
        "The second borehole belongs to Kisima Bora Ltd. The firm did not answer calls on Tuesday.",
        [
            "The second borehole belongs to Kisima Bora Ltd.",
            "The firm did not answer calls on Tuesday.",
        ],
    ),
    (
        "h101-ke-two-questions",
        "“Who tested that water? Who signed it off?” she asked.",
        ["“Who tested that water?", "Who signed it off?” she asked."],
    ),
    (
        "h101-in-vs-the",
        "The petition, R. Kannammal vs. The State of Tamil Nadu, was filed in 2024. It was heard on Monday.",
        [
            "The petition, R. Kannammal vs. The State of Tamil Nadu, was filed in 2024.",
            "It was heard on Monday.",
        ],
    ),
    (
        "h101-in-wp-no",
        "Orders were reserved in W.P. No. 3310 of 2026. Judgment is expected next month.",
        ["Orders were reserved in W.P. No. 3310 of 2026.", "Judgment is expected next month."],
    ),
    (
        "h101-in-pvt-ltd-end",
        "The desilting was given to Velan Sewer Care Pvt. Ltd. The firm has not replied to the notice.",
        [
            "The desilting was given to Velan Sewer Care Pvt. Ltd.",
            "The firm has not replied to the notice.",
        ],
    ),
    (
        "h101-in-pm-before-initial",
        "He was declared dead at 11.20 p.m. K. Ravi, who went in after him, survived.",
        ["He was declared dead at 11.20 p.m.", "K. Ravi, who went in after him, survived."],
    ),
    (
        "h101-ca-pm-end",
        "The last boat leaves Alderney Landing at 9 p.m. There is no service on Sundays.",
        ["The last boat leaves Alderney Landing at 9 p.m.", "There is no service on Sundays."],
    ),
    (
        "h101-ca-hwy-am-mid",
        "Traffic on the Bedford Hwy. at 8 a.m. was backed up past the rotary. Police said a truck had stalled.",
        [
            "Traffic on the Bedford Hwy. at 8 a.m. was backed up past the rotary.",
            "Police said a truck had stalled.",
        ],
    ),
    (
        "h101-ca-inc-end",
        "The hulls were welded by Fundy Shore Works Inc. The engines came from Quebec.",
        ["The hulls were welded by Fundy Shore Works Inc.", "The engines came from Quebec."],
    ),
    (
        "h101-au-ellipsis-lower",
        "“It was still 33 degrees at 3am… nobody on our street slept,” he said.",
        ["“It was still 33 degrees at 3am… nobody on our street slept,” he said."],
    ),
    (
        "h101-au-pm-no-periods",
        "The mercury hit 44.1C at 2.55pm. Power went out in Joondalup at 3.10pm.",
        ["The mercury hit 44.1C at 2.55pm.", "Power went out in Joondalup at 3.10pm."],
    ),
    (
        "h101-ph-jr-mid",
        "PBGen. Ramon Tolentino Jr. told reporters the suspects were caught in Bulacan. Two are still at large.",
        [
            "PBGen. Ramon Tolentino Jr. told reporters the suspects were caught in Bulacan.",
            "Two are still at large.",
        ],
    ),
    (
        "h101-ph-ave-end",
        "The guard was treated at a clinic on E. Rodriguez Sr. Ave. He went home the same night.",
        [
            "The guard was treated at a clinic on E. Rodriguez Sr. Ave.",
            "He went home the same night.",
        ],
    ),
    (
        "h101-ph-blvd-quote",
        "The van was last seen on Aurora Blvd. “We knew it was them,” she said.",
        ["The van was last seen on Aurora Blvd.", "“We knew it was them,” she said."],
    ),
    (
        "h101-ph-caliber",
        "Police found a .45-caliber pistol under the bed. A second gun was in the car.",
        ["Police found a .45-caliber pistol under the bed.", "A second gun was in the car."],
    ),
    (
        "h101-ph-translation-paren",
        "“Hindi kami natakot,” he said in Filipino. (We were not afraid.)",
        ["“Hindi kami natakot,” he said in Filipino.", "(We were not afraid.)"],
    ),
    (
        "h101-gh-fob-mid",
        "The price is 70% of the expected net f.o.b. price. The board fixed it on Friday.",
        ["The price is 70% of the expected net f.o.b. price.", "The board fixed it on Friday."],
    ),
    (
        "h101-gh-sa-end",
        "Most of the loan came from Baie Cocody Trading S.A. The firm has not commented.",
        ["Most of the loan came from Baie Cocody Trading S.A.", "The firm has not commented."],
    ),
    (
        "h101-fj-no-8",
        "Replacement No. 8 Josefa Naulu came on after 50 minutes. He scored twice.",
        ["Replacement No. 8 Josefa Naulu came on after 50 minutes.", "He scored twice."],
    ),
    (
        "h101-fj-nested-quote",
        "“I told them, ‘Hold the ball.’ They held it for forty minutes,” he said.",
        ["“I told them, ‘Hold the ball.’", "They held it for forty minutes,” he said."],
    ),
    (
        "h101-cy-pm-end",
        "The House rose at 6.05 p.m. Thirty-one members had voted in favour.",
        ["The House rose at 6.05 p.m.", "Thirty-one members had voted in favour."],
    ),
    (
        "h101-tz-journal-ref",
        "Reference: Mwinuka T, Chale S, et al. Seagrass loss off Mafia Island, 2016–2025. E Afr J Coast Ecol. 2026;8(2):10–18.",
        [
            "Reference: Mwinuka T, Chale S, et al. Seagrass loss off Mafia Island, 2016–2025. E Afr J Coast Ecol. 2026;8(2):10–18."
        ],
    ),
    (
        "h101-tz-prof-dkt",
        "Prof. Amani Lyatuu and Dkt. Halima Said led the field work. They visited 212 plots.",
        ["Prof. Amani Lyatuu and Dkt. Halima Said led the field work.", "They visited 212 plots."],
    ),
    (
        "h101-pk-govt-no-rs",
        "She studied at Govt. Girls High School No. 7, Samanabad. The rechecking fee is Rs. 1,200 a subject.",
        [
            "She studied at Govt. Girls High School No. 7, Samanabad.",
            "The rechecking fee is Rs. 1,200 a subject.",
        ],
    ),
    (
        "h101-pk-am-end-quote",
        "“I studied until 3 a.m. My father woke me at seven,” she said.",
        ["“I studied until 3 a.m.", "My father woke me at seven,” she said."],
    ),
    (
        "h101-bb-song-title-question",
        "She sang “Where Did the Money Go?” in the second round. The judges gave it 91 points.",
        [
            "She sang “Where Did the Money Go?” in the second round.",
            "The judges gave it 91 points.",
        ],
    ),
    (
        "h101-bb-st-end",
        "The concert was held at Farley Hill, St. Peter. Gates opened at 6 p.m.",
        ["The concert was held at Farley Hill, St. Peter.", "Gates opened at 6 p.m."],
    ),
]
