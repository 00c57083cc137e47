"""Hundred-and-sixtieth set of new hand-labelled pages for the hint engines (tuning set, round fifty-seven):
twelve WHOLE pages, head to tail as a reader's paste gives them, from twelve countries in twelve
genres, where CHECK-WORTHINESS and SENTENCE SPLITS are the hard part. None of the countries of
`labelled_new155.py` or `labelled_new156.py` comes back (and no part of the United Kingdom). The
pages, all desktop browser pastes unless said otherwise: a Maltese national newspaper's website (an
election count: Labour 50.9% on the first count at Naxxar, turnout 81.6%, the lowest since 1955); a
Botswana independent weekly's website (a public body's annual report: the Water Utilities
Corporation's P214.6m loss and 38.2% non-revenue water, tabled in Parliament); a New Zealand
regional news site, pasted from a phone (an inquest finding: a coroner finds a river above the
rafting operator's own limit when a 16-year-old drowned on a school trip); a Singapore national news
website (a court sentencing: a former financial adviser jailed five years and three months for
cheating 14 clients of $2.16m); a South African business news site (a company's quarterly results:
a grocer's sales growth slows to 5.8% and its shares fall 6.1%); a Nigerian national daily's website
(a housing and rent survey: Lagos asking rents up 38% in a year); a Sri Lankan English daily's
website (school exam results: 74.62% of G.C.E. O/L school candidates qualify for the A/L); a
Bangladeshi English daily's website (a disease outbreak update: nine dengue deaths and 1,214
admissions in 24 hours); a Malaysian English news portal (a transport timetable change: 12 more ETS
trips to Johor Bahru on the electrified line and the Port Klang Komuter cut to every 30 minutes); a
Trinidadian newspaper's website (a sports match report with statistics: Red Force chase 318 to
beat Barbados at the Queen's Park Oval, with a scoreboard and a standings table); a Jamaican daily's
website (a weather and flood record: 486.2 mm in 24 hours at Bog Walk, three dead); and a Zambian
online newspaper (a fuel price story: the Energy Regulation Board's monthly review raises petrol by
K1.46 a litre).

What is hard is telling statements of record from what sits beside them. Of record ("W"): counts,
shares, sums and rankings ("the narrowest since 2008", "the lowest at a general election since
1955", "the third loss in a row and the largest since ...", "the highest daily figure this year",
"The worst year on record was 2023", "the most ever measured in a single day at any of the
Meteorological Service of Jamaica's stations", "the highest successful fourth-innings chase in a
first-class match at the Oval since 2012", "the first decline in that division since the third
quarter of 2024", "The previous record, 13,588, was set in 2024.", "It is the third petrol increase
in four months."); causal claims by officials, bodies and companies ("blamed most of the losses on
asbestos-cement pipes", "attributed the rise mostly to the cost of building materials", "blamed the
clothing decline on a warm start to winter", "said the increases were mainly due to the depreciation
of the kwacha", "blamed a slow-moving trough", "said the share of patients arriving in shock was
rising, because ...", a captain's "two dropped catches ..., on 38 and 91, had cost his side the
match"); findings, rulings and the record of proceedings (a coroner's findings and recommendations,
and her finding quoted from them; an Auditor General's qualified opinion and its words; a judge's
reasons for sentence; what the prosecution sought and the defence asked for; a guilty plea and a
fine of 2025); rules of law and of programmes (Malta's bonus-seat and gender mechanisms, the
transfer method, Botswana's six-month reporting duty, New Zealand's adventure activity audits,
Singapore's Penal Code maxima and compensation orders, the Lagos Tenancy Law and its exempt
districts, the A/L qualifying rule, a DGHS test-price cap, refund terms, the ERB's cost-plus model
and the offence of selling above the gazetted price); methodology (a survey's 2,314 listings and 186
leases in 18 neighbourhoods, the definition of like-for-like sales, of non-revenue water, of a
quota); and scheduled events set by those who run them (the second count at 8 a.m. Monday, a
committee hearing, re-scrutiny dates, the 2026 examination, new timetables, ticket sales, a results
date, the next fixture, the next price review). Not worth checking (""): forecasts, projections and
guidance ("He predicted Labour would finish with 38 or 39 ...", "She expects rents to rise by
another 20% to 25%", "the group still expected full-year trading profit within the range ...",
"He expects the southern ETS to carry about 9,000 passengers a day", "The Met Service forecast ...",
"said the outbreak would probably peak in October", "said prices could fall next month if ...",
"The new Parliament is expected to meet ...", "is expected to be named in the West Indies Test
squad"); plans and promises ("would settle the arrears ... in instalments", "would deliver 2,400
homes", "would open A/L classes at 63 more schools", "would not bring back fuel subsidies", "would
release J$500 million", "fares ... would rise by K2 from Monday", "would open a further 40 stores",
"would put its own proposal to WorkSafe by March"); advice ("Health officials advise emptying water
...", "Use mosquito nets during the day too ...", "Motorists should not try to cross flooded gullies
..."); feelings, anecdotes and opinions in indirect speech ("said low turnout ... looked like 'a
quiet punishment'", "said the market had punished the clothing number more than the grocery one",
"said national limits could 'look neat in Wellington and be wrong on the day'", "said developers
could not cut prices while ..."); rhetorical questions and question subheads ("What happens on
Monday?", "Where does the money go?", "Who sets the limits now?", "Can victims get their money
back?", "What are shoppers buying?", "Is there any relief in sight?", "What happens to those who
did not qualify?", "How can people protect themselves?", "Will Shuttle Tebrau change?", "Is more rain
on the way?", "Will prices come down in December?"); scene and data lines (a car park of flags and
klaxons, a corridor of floor beds, a trolley of maize meal, a scoreboard, a standings table, a
rainfall table). A quote may hold both: "“A bag of cement was ₦4,500 in early 2023; now it is
₦9,800 in some parts of Lagos,” she said." is "W", the next sentence of the same quote is "".

And where sentences end: abbreviations that END a sentence before a capital ("at 6.30 a.m." /
"Sorting ..."; "fill buckets at 9 p.m." / "By midnight ..." inside a quote; "Lerako Civil Works (Pty)
Ltd." / "The firm was paid ..."; "Inangahua Whitewater Ltd." / "Seven other students ...";
"Halcyon Bay Capital Inc." / "No such company ..." (a capital "No" that is not "No."); "under s.
468." / "Ng's sentences ..."; "Oxpecker Capital Partners (Pty) Ltd." / "The investment firm ...";
"by 5 a.m." / "The bus to Ikeja ..." inside a quote; "as of 8 a.m." / "Some 2,417 ..."; "after 9
p.m." / "A free bus ..."; "Washington Blvd." / "Police diverted ..."; "Jamaica Public Service Co.
Ltd." / "Crews had ..."; tail lines "Co. Ltd." / "Registered in Malta, C 4417.", "Pte. Ltd." / "Co.
Regn. No. 202199887K.", "Media Ltd." / "© 2026", "(Pty) Ltd." / "All rights reserved." twice,
"Newspapers Ltd." and "The Meghna Times Ltd." / "All rights reserved.", "Leave a comment." / "Your
email address ...") and ones that do not (titles "Dr." seven times, "Prof. Dr. Md.", "Prof.", "Mr."
twice, "Mrs." three times, "Hon." twice, "Engr.", "Arc.", "Eng.", "Ven."; "Md." inside two
names; initials "Pako T.", "H. M.", "W. A." and a scoreboard's "K.", "R.", "N.", "T.", "A.", "J.",
"D."; "St." in parishes and in the surname "St. Hill"; "No. 112 from", "No. 4,", "ST No. 51/52)",
"Act No. 12 of 2019", "Co. Regn. No."; "Cap. 74:02"; "s/o" and "a/l"; "Ltd., published", "Ltd.
fell", "Ltd. reported", "(Pty) Ltd., said", "Pte. Ltd. from", "Bhd. (KTMB)", "Co. Ltd. would", "&
Co., builds"; "G.C.E. Ordinary", "G.C.E. O/L"; "Rs. 250"; "i.e." five times; "e.g." three times;
"etc. at"; "U.S. dollar"; "Spanish Town Rd. was"; "www.doenets.lk,"; dates "Sept. 29,", "Sept. 27,",
"Sept. 28 last week", "Dec. 1;", "Dec. 1,", "Nov. 10 for", "Nov. 24", "Dec. 31,", "Dec. 27 on Feb.
24, 2027."; times "7.40 p.m. on", "7.35 a.m.,", "7 a.m. but", "10.30 p.m. on", "8 a.m. Tuesday,", "7
a.m. Tuesday,", "10 p.m. Saturday as", "8 a.m. shift.", "5.40 a.m., last 9.15 p.m.;", "10 a.m. on Nov.
15.", and "By 2 p.m. I have ..." where a capital "I" follows "p.m." and the sentence goes on);
decimals and currencies ("P214.6m", "R142.30", "₦9.5 million", "Tk 8.12 lakh", "RM68", "J$500
million", "K11,243.67", "$2.16 million", "7.4 overs", "58.4 points", "486.2 millimetres", "74.62%");
quotes ending in "?" or "!" followed by their attribution (one sentence: "“Do we want to raise the
price of water ...?” she asked.", "“What is a guarantee worth ...?” she asked.", "“Which tenant will
report his landlord ...?” he asked.", "“Why must commuters ...?” he asked.", "“What do they expect us
to do, run buses on water?” he asked.", "“I didn't believe it until my teacher phoned at midnight!”
she said."; after a first sentence of the quote "Why should I walk to the polling station?” she
said.", "Why did nobody check?” the family said.", "How are the children to get a credit pass?” he
asked.", "What could we do?” she said.", "No!” she told reporters ...", "Honestly, no!” he said,
laughing.", "Everything!” she said.") against a "?" followed by a new sentence inside the quote
("“Did anyone really believe ...?" / "They did not,” he said."; "“Are we disappointed?" / "Of
course." / "Are we finished?" / "No!” ..."; "“Is a 5.8% top line bad?" / "Not really." / "But the
share was priced for 8%,” she said."); a nested quote ending ".’" before a capital ("I told him,
‘Just stay with me.’" / "He did a lot more than that,” ..."); ellipses before a lower-case word
inside one sentence ("evidence… for the balances", "the 5kg… and they're", "every case… many of
them", "the first day… the test is free", "watershed… it had nowhere", "in full… and we are sorry",
"beans… that's the menu") and before a capital (two sentences: "inna di shop…" / "Everything!” she
said."); parentheses holding a full sentence, each its own sentence ("(It had been due to start at 7
a.m. but was held up ..., the commission said.)", "(Signed leases averaged 7% below asking rents,
the firm said.)", "(The board last cut the petrol price in June, by 64 ngwee.)") against brackets
inside a sentence ("(cubic metres a second)", "Surulere (44%)", "(Cap. 74:02)", "(O/L)"); and
semicolons that never split ("The limit existed on paper; on the day ...", "The surpluses ... are
transferred first; the lowest-placed candidates ...", "In Lusaka ... K30.22; in Mansa ...",
timetable lines ending ";").

The pages hold 536 sentences: 167 "B", 213 "W" and 156 ""; 199 sentences carry a speaker (104
distinct speakers, page by page; 102 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round fifty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases of `labelled_new155.py` and `labelled_new156.py`. Coined names were checked for freshness
against the string constants of those two files, through `ast` (no hits beyond generic phrases).

Every person, outlet, publisher, firm, association, school, fund, statement, report, survey and
figure is invented, and so is every small place (Kent Village and the like). Real countries,
regions, parishes, cities, towns, rivers, roads, stations, grounds, courts, parliaments, parties,
ministries, regulators, agencies, hospitals, universities, utilities and other public bodies appear
only as settings, with invented statements and figures: Naxxar, Ħamrun, Pietà, Marsaskala, Żejtun,
Gozo, the Electoral Commission, the Labour and Nationalist parties and the University of Malta;
Gaborone, Block 8, Broadhurst, Mochudi, Mogoditshane, Francistown, Lobatse, the Water Utilities
Corporation, the Auditor General, the Botswana Power Corporation, the Department of Water and
Sanitation, the Public Accounts Committee and the University of Botswana; Westport, the Buller River,
Lyell, Greymouth, Wellington, WorkSafe New Zealand, the Ministry of Education, MetService, the
Westport District Court and the New Zealand Rafting Association; Singapore's State Courts, Sengkang,
the Central Provident Fund, the Monetary Authority of Singapore and the British Virgin Islands;
Johannesburg, Soweto's Maponya Mall, Gauteng, the JSE, Statistics South Africa, the South African
Reserve Bank and Eskom; Lagos, Lekki, Yaba, Surulere, Ikeja, Ikoyi, Ikorodu, Ajah, Apapa, the
Tenancy Law of Lagos State, the Real Estate Regulatory Authority, the National Bureau of Statistics
and the Central Bank of Nigeria; Colombo, Matara, Moneragala, the Department of Examinations, the
Education Ministry and the NVQ system; Dhaka, the Directorate General of Health Services, the two
Dhaka city corporations, Mugda Medical College Hospital, Jahangirnagar University and the Bangladesh
Meteorological Department; Kuala Lumpur, KL Sentral, JB Sentral, Gemas, Klang, Port Klang, the
Causeway, the RTS Link, Woodlands and Keretapi Tanah Melayu Bhd.; Port of Spain's Queen's Park Oval,
Tarouba, the West Indies Championship and its franchises; Bog Walk, Linstead, Flat Bridge, Mavis
Bank, Spanish Town Road, the Meteorological Service of Jamaica, the police, the NWA, ODPEM, RADA,
Jamaica Public Service and the University of the West Indies; Lusaka, Mansa, Chililabombwe,
Chilenje, Dar es Salaam, Beira, the Energy Regulation Board, Indeni, the Ministry of Finance and
National Planning, the Jesuit Centre for Theological Reflection, the Bank of Zambia, the Patriotic
Front and the University of Zambia.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line,
share strip, caption, credit, table row, list item and legal line is a paragraph of its own); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". As in the recent
sets: furniture "B" line by line, whatever it says, never with a speaker (a weather alert, tickers
and mid-story "ADVERTISEMENT" lines included); a caption by its content and its credit "B"; tables
pasted as lines with a "B" title, header row and source line and "" data rows; headlines and
standfirsts never split and flagged by content, their "finds", "recommends", "blames" or "says"
carrying the source as the story gives it; a dateline belongs to its lead sentence; a person is
named in full as first given, without titles or roles, and a pronoun, surname or role noun ("The
coroner") resolves to that name; a quote over several sentences carries its speaker and cue in
each; "according to X" gives X as written; a generic noun for a body or a document is kept as
written ("the commission", "the company", "the firm", "the operator", "the bureau", "the centre",
"the report", "the survey"); a short form resolves to the name as first given ("KTMB said" ->
"Keretapi Tanah Melayu Bhd.", "MAS urged" -> "The Monetary Authority of Singapore", "WorkSafe said"
-> "WorkSafe New Zealand", "the Met Service said" -> "the Meteorological Service of Jamaica", named
earlier in the same sentence); a bracketed acronym and a descriptor before a proper name are
dropped ("according to the light and power company, Jamaica Public Service Co. Ltd." -> "Jamaica
Public Service Co. Ltd."); a fronted channel ("In a statement on Saturday, ...") is not part of the
cue.

Conventions this set had to settle, in the same spirit:

* Titles dropped from the label: "Prof. Dr.", "Engr.", "Arc.", "Comrade", "Eng.", "Datuk", "Datuk
  Seri", "Ven.", "Hon.", "Mr.", "Mrs.", "Dr." and roles such as "Chief Electoral Commissioner",
  "Coroner", "District Judge", "Deputy Public Prosecutor", "Defence lawyer", "DGHS Director
  (Disease Control)", "DNCC Administrator", "Commissioner General of Examinations", "principal
  director". Kept as parts of names: "Md." (an abbreviated given name, "Md. Shamsul Arefin
  Talukder"), "s/o" and "a/l" (patronymic links, "Rajesh s/o Muniandy", "Ravindran a/l
  Subramaniam"), Sri Lankan initials ("H. M. Amal Jayasundara", "W. A. Kanchana Dissanayake"), and
  the monastic "Thera", with which Sri Lankan usage always cites a monk ("Thalpe Sumanasara Thera").
* A body acting with no verb of saying ("The Energy Regulation Board (ERB) has increased the pump
  price ...") carries no speaker, like a judge's orders; so does an official act reported as fact
  ("The report was tabled in Parliament on Tuesday by the Minister ...").
* A document's own verb names the document as written: "its annual report shows" -> "its annual
  report"; "the department's merit list shows"; "Bank of Zambia data show"; "the survey found".
* A coroner's findings and recommendations are of record ("W"), and so is a finding quoted from them
  ("“The limit existed on paper; on the day it was a number nobody looked at,” she wrote."); her
  reflections in the same findings ("I do not doubt that the guides cared ...") are "". An Auditor
  General's quoted words of qualification are "W" like his qualification.
* In a sentencing, what the prosecution sought and what the defence asked for are the record of
  the hearing ("W"); the mitigation argued for them ("drowning in gambling debts") is "".
* A company's guidance reaffirmed ("still expected full-year trading profit within the range of
  R4.1bn to R4.4bn it gave in June") is a forecast (""), though the range was once published.
* A timetable pasted as bullet lines: the lead-in fragment is "" and each line, ending ";" or ".",
  is one "W" sentence; a scoreboard's innings lines are one sentence each (never split at initials
  or "St."), "" as data, like "Result:" and "Player of the match:" lines; "STANDINGS" and
  "SCOREBOARD" labels and the header row are "B".
* A quote whose attribution ("he asked") comes after a statement and a question carries that cue
  on both sentences ("“In our village school there has been no mathematics teacher since 2023." /
  "How are the children to get a credit pass?” he asked.").
* A quoted question from an interviewee that introduces its own answer ("Is a 5.8% top line bad?" /
  "Not really.") splits after the "?", as a rhetorical question followed by its reply.
* "Vocational training authorities say courses ... are open to students with any O/L result" is a
  rule stated by a named kind of source: "W" with the source as written.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Maltese NATIONAL NEWSPAPER\'S WEBSITE (Valletta), desktop browser paste, an ELECTION COUNT: Labour wins 50.9% of first-preference votes at the Naxxar counting hall, turnout 81.6%, the lowest since 1955. Head: masthead, a menu line with a subscription offer, sections, crumb (all "B"); headline of record "W"; standfirst "Nationalists say the gap can still close ..." (a hope, "", carrying "Nationalists" as written); byline without "By", a date line with a 24-hour time, share strip (all "B"); a caption "" and its credit "B". Body: the result "the Electoral Commission announced at 7.40 p.m. on Sunday" "W" and the narrowest gap since 2008 "W"; turnout "according to the commission" (kept as written) and the ballots cast "W"; "at 6.30 a.m." ENDING a sentence before "Sorting ..." (both "W") and a PARENTHESIS HOLDING A FULL SENTENCE with "7 a.m. but" mid-sentence, "the commission said" ("W"); the chief electoral commissioner (title dropped) with the second count\'s start (a scheduled event, "W") and his expectation of the last seat (""); the constitutional bonus-seat rule and the gender mechanism (rules, "W"); districts topped and three candidates elected, with "Dr." mid-sentence ("W"); the top tally and the quota with "i.e." ("W"); ballot box "No. 112 from" set aside and the commission\'s account ("W"); the Labour leader\'s quoted "mandate" ("") and a question followed BY A NEW SENTENCE in his quote (two, ""); the Nationalist leader\'s cut in the lead since 2022 ("W") and her run of questions and answers ending "No!” she told reporters ..." (four, "", cue "told reporters"); a political scientist ("Dr." dropped) with an opinion and a seat prediction (both ""); a car-park scene ""; a voter\'s anecdote and her statement then question with attribution (three, ""); a question subhead ""; the transfer method with a semicolon (one sentence, "W") and the new Parliament "is expected" (""). Tail: more-on label and one headline, a comments-closed line, copyright split at "Co. Ltd." before "Registered in Malta, C 4417." (all "B").',
    'Botswana INDEPENDENT WEEKLY\'S WEBSITE (Gaborone), desktop browser paste, a PUBLIC BODY\'S ANNUAL REPORT: the Water Utilities Corporation loses P214.6m, its third loss in a row, as non-revenue water climbs to 38.2%. Head: masthead, a capitalised menu, crumb (all "B"); headline of record "W"; standfirst "Chief executive blames ...; Auditor General qualifies ..." (a causal claim and a record, "W", carrying the chief executive in full); byline, a date line with a read time, share strip (all "B"); a caption "" and its credit "B". Body: the loss "its annual report shows" (the document as written, "W"), earlier losses "W" and the tabling by the minister with "Hon." mid-sentence (no speaker, "W"); non-revenue water with "i.e." "according to the report", the strategy target and revenue and costs (all "W"); the chief executive "blamed" old pipes ("W") and his two-sentence quote ("", cue "told the Post"); government arrears "W"; the Auditor General with "Mr." and an initial mid-sentence qualifying the accounts ("W", cue "saying") and his quoted words with an ellipsis before a lower-case word (one sentence, "W"); customers "W"; a pipe programme that would "turn the corner" ("") and kilometres replaced ("W"); the minister\'s promise on arrears (""), the last tariff rise ("W") and her rhetorical question with attribution (one sentence, ""); an MP\'s opinion and his quote split at "9 p.m." before "By midnight ..." (three, ""); the dam level "according to the Department of Water and Sanitation" "W"; the reporting rule of the Act "(Cap. 74:02)" and the submission on "Sept. 29," ("W"); a question subhead ""; power costs "The report shows" "W"; "Lerako Civil Works (Pty) Ltd." ENDING a sentence before "The firm was paid ..., the report says." (both "W"); an economist ("Dr." dropped) with an opinion and a quote with "e.g." (both ""); a grant "according to the report" "W"; a committee hearing "is scheduled" on "Nov. 10." "W". Tail: related label and one headline, tags, a WhatsApp tip line, copyright split at "(Pty) Ltd." before "All rights reserved." (all "B").',
    'New Zealand REGIONAL NEWS SITE (Nelson), MOBILE browser paste, an INQUEST FINDING: a coroner finds the Buller River was above a rafting operator\'s own limit when a 16-year-old drowned on a school trip. Head: masthead, a mobile sections-and-log-in line, a bulleted section line (all "B"); headline "..., coroner finds" and standfirst "Coroner recommends ... after finding ..." (both findings, "W", carrying the coroner in full); byline, a role line, a date line with "4:12pm", share icons (all "B"); a caption "" and a "Photo / Supplied" credit "B". Body: the lead finding "a coroner has found" "W"; the girl\'s death on a trip run by "Inangahua Whitewater Ltd." ENDING a sentence before "Seven other students ..." (both "W"); the flow "(cubic metres a second)" at "10.05am" ("W", "Coroner" dropped) and the operator\'s own limit "W"; the lapsed qualification "she found" and the suppressed guide\'s age ("W"); her finding quoted with a semicolon (one sentence, "W", cue "wrote") and two sentences of reflection (""); cause of death and contributing factors "W"; her recommendations and the rule that agencies must be sent a copy ("W"); WorkSafe\'s "carefully consider" ("", resolving to "WorkSafe New Zealand") and the audit rule of the 2016 regulations "W"; the firm\'s 2025 fine "W"; its director\'s account "told the inquest" "W" and "did not respond to a request for comment" ""; the family\'s statement (channel fronted, "") and a three-sentence quote ending in a question with attribution (""); the principal\'s suspension and resumption of trips "W" and his ellipsis before a lower-case word (""); a question subhead ""; how limits are set now "W"; the rafting association chairman\'s opinion and plan (""); a weather watch and the inquest\'s dates "W". Tail: read-more label and two bulleted headlines, a newsletter line, a publisher line split at "Ltd." before "© 2026" (all "B").',
    'Singapore NATIONAL NEWS WEBSITE, desktop browser paste, a COURT SENTENCING: a former financial adviser representative is jailed for five years and three months for cheating 14 clients of $2.16m. Head: masthead, menu, a subscribe/sign-in line, crumb (all "B"); headline and standfirst of record (both "W"); byline, a role line, a published line with "PM" (all "B"); a caption with "Jan. 22." ("") and its capitalised credit "B". Body: the sentence on "Jan. 22." "W"; the plea and counts "W"; the sum "according to the statement of facts" and none returned ("W"); "Pte. Ltd. from" mid-sentence "W"; "Halcyon Bay Capital Inc." ENDING a sentence before "No such company ..." (a capital "No" that is not "No."), "the prosecution said" (both "W"); forged statements "W" and a Ponzi pattern with "i.e." from the prosecutor (title dropped, "W"); the largest loss "W" and the victim\'s two-sentence quote from his impact statement ("", speaker "the man"); what the prosecution sought ("W", "The prosecution") and what the defence lawyer with "s/o" in his name asked for ("W") beside his mitigation (""); the judge\'s reasons (two, "W", "District Judge" dropped) and her rhetorical question with attribution (""); the Penal Code maximum and "under s. 468." ENDING a sentence before "Ng\'s sentences ..." (all "W"); the regulator\'s prohibition order ("W", acronym dropped) and its advice ("", "MAS" resolving to the full name); the firm\'s compensation of seven clients ("W", short form resolving to "Tembusu Wealth Advisers Pte. Ltd.") and "The firm did not say" (""); a courtroom scene "" and the date he starts his sentence "W"; a question subhead ""; the compensation-order rule and why none was sought ("W"). Tail: a WhatsApp channel line, related label and one headline, copyright split at "Pte. Ltd." before "Co. Regn. No. 202199887K." (all "B").',
    'South African BUSINESS NEWS SITE (Johannesburg), desktop browser paste, a COMPANY\'S QUARTERLY RESULTS: a JSE-listed grocer\'s sales growth slows to 5.8% and its shares fall 6.1%. Head: masthead, menu, a markets ticker, crumb (all "B"); headline and standfirst of record (both "W"); byline, a date line, a listen line, a share line (all "B"). Body: "JOHANNESBURG —" lead with "Ltd. fell" mid-sentence "W"; sales to "Sept. 27," "the company said in an operational update" "W"; like-for-like sales defined with "i.e." "W"; internal inflation against Statistics South Africa\'s and the clothing decline "W"; the chief executive "blamed" with "e.g." (a causal claim, "W") and two quoted sentences to analysts, one with an ellipsis before a lower-case word (""); guidance reaffirmed (a forecast, ""); store openings "W"; an analyst at a firm whose name ends "(Pty) Ltd., said" (an opinion, "") and her quoted question, answer and reply (three, ""); a rival\'s sales with "Ltd. reported" and "Sept. 28 last week" "W"; the largest shareholder "Oxpecker Capital Partners (Pty) Ltd." ENDING a sentence before "The investment firm did not respond to questions." ("W", then ""); the central bank\'s rate cut "W" and the analyst\'s causal opinion (""); diesel spending "W"; a question subhead ""; house-brand sales "W" and a store-opening plan (""); a shopper scene and her ellipsis before a lower-case word (both ""); the results date with "Dec. 27 on Feb. 24, 2027." and the share\'s fall this year ("W"). Tail: an investment disclaimer, a read-next line, a most-read label and two numbered headlines, copyright split at "(Pty) Ltd." before "All rights reserved." (all "B").',
    'Nigerian NATIONAL DAILY\'S WEBSITE (Lagos), desktop browser paste, a HOUSING AND RENT SURVEY: Lagos asking rents up 38% in a year, a Lekki two-bedroom now ₦9.5m. Head: masthead, menu, a naira/oil/stocks ticker, section label (all "B"); headline and standfirst of record (both "W"); byline with role, a date line with "6:40 am", share icons, an "ADVERTISEMENT" line (all "B"); a caption "" and its credit "B". Body: the rise "according to a half-year survey by Adebayo-Cole Property Partners Ltd., published on Thursday" ("Ltd.," mid-sentence, "W"); two-bedroom rents "W"; risers and the slowest with "(44%)" and a semicolon (one sentence, "W"); the method "the firm said" and a PARENTHESIS HOLDING A FULL SENTENCE on signed leases (both "W"); the head of research ("Mrs." dropped) "attributed" (a causal claim, "W"), her cement prices with a semicolon (one sentence, "W"), an ellipsis before a lower-case word ("") and a forecast (""); a mid-story "ADVERTISEMENT" ("B"); the Tenancy Law\'s advance-rent rule and its exempt districts ("W"); a tenants\' forum coordinator ("Comrade" dropped) with an unverified practice and a question with attribution (both ""); the housing commissioner ("Engr." dropped) with registrations and sealed agencies ("W") and a promise (""); fees "the survey found" with "i.e." "W"; a nurse\'s move (an anecdote, "") and her quote split at "by 5 a.m." before "The bus to Ikeja ..." (two, ""); inflation "according to the National Bureau of Statistics" and a component "the bureau said" ("W"); a question subhead ""; the firm\'s completions forecast (""), a developer ("Arc." dropped) with "& Co., builds" mid-sentence (an opinion, "") and the naira rate "the Central Bank of Nigeria said" "W". Tail: an "ADVERTISEMENT" line, also-read label and one headline, a comments disclaimer, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Sri Lankan ENGLISH DAILY\'S WEBSITE (Colombo), desktop browser paste, SCHOOL EXAM RESULTS: 74.62% of G.C.E. O/L school candidates qualify for the A/L. Head: masthead, a tagline, menu, crumb (all "B"); headline "G.C.E. O/L results out: ..." and standfirst with a semicolon (both "W"); byline, an ISO-style published line, share line (all "B"); a caption "" and a "Pic by" credit "B". Body: release with "G.C.E. Ordinary Level (O/L)" and "10.30 p.m. on Friday" mid-sentence "W"; the qualifying share "W"; the qualifying rule and the candidates who sat ("W"); nine A passes, the previous record and total failures "the department said" ("W"); the commissioner general with initials "H. M." kept in the label on withheld results ("W") and his two-sentence promise (""); re-scrutiny dates and a fee of "Rs. 250" ("W"); results sheets and "www.doenets.lk," mid-sentence ("W"); mathematics and English pass rates "W"; the top candidate "the department\'s merit list shows" "W", her exclamation with attribution (one sentence, "") and her plans (""); a principal ("Principal Mrs." dropped, initials "W. A." kept) with a school anecdote ""; the ministry secretary ("Dr." dropped) with a plan ""; provincial shares "according to the department\'s provincial analysis" "W"; a monk ("Ven." dropped, "Thera" kept) with an opinion and a statement then question "he asked" (three, ""); a question subhead ""; the next examination "is scheduled for Dec. 7 to 17." "W" and a rule about vocational courses "Vocational training authorities say" "W". Tail: also-in label and one headline, a posted-in line, a comment count, a comment prompt of two sentences, copyright "(Pvt) Ltd." (all "B").',
    'Bangladeshi ENGLISH DAILY\'S WEBSITE (Dhaka), desktop browser paste, a DISEASE OUTBREAK UPDATE: nine more dengue deaths and 1,214 admissions in 24 hours, the year\'s toll 287. Head: masthead, menu with a Bangla link, section label (all "B"); headline and standfirst of record (both "W"); a staff byline, a published line and a last-update line with "PM", a Google News line (all "B"); a caption "" and its credit "B". Body: deaths "in the 24 hours to 8 a.m. Tuesday" "the Directorate General of Health Services (DGHS) said" (acronym dropped, "W"); admissions, their spread and deaths in Dhaka ("W"); "as of 8 a.m." ENDING a sentence before "Some 2,417 ..." (both "W"); the year so far against 2025 and the 2023 record ("W"); the disease-control director ("Prof. Dr." dropped, "Md." kept) with a causal claim ("W") and advice in a two-sentence quote with an ellipsis before a lower-case word (""); the test-price rule with "Tk 300" "W"; a larval survey with a risk threshold "W"; an entomologist ("Prof." dropped) with a forecast and a quote (both ""); mobile-court fines in "Tk 8.12 lakh" "the corporation said" "W"; the city administrator with doubled spraying ("W") and a quote with a semicolon (""); a corridor scene "" and a mother\'s statement then question with attribution (two, ""); the hospital director ("Dr." dropped, "Md." kept) with patients on floor beds "W"; a question subhead ""; advice with "etc. at" mid-sentence ("", "Health officials"), an imperative ("") and a weather forecast (""). Tail: related-topic and more-from labels, one headline, an editor line, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Malaysian ENGLISH NEWS PORTAL (Kuala Lumpur), desktop browser paste, a TRANSPORT TIMETABLE CHANGE: 12 more ETS trips a day to Johor Bahru on the electrified line from Dec. 1, and the Port Klang Komuter cut to every 30 minutes during track works. Head: masthead, menu, a language switch, crumb (all "B"); headline with "Dec. 1;" ("W"); standfirst "Rail operator says ... will take 4 hours 10 minutes" (a timetable, "W", carrying "Keretapi Tanah Melayu Bhd."); byline, a date line with "@ 6:15pm", share line (all "B"); a caption "" and a credit "B". Body: "KUALA LUMPUR —" lead with "Bhd. (KTMB)" mid-sentence, "the operator said today" (kept as written, "W"); the fastest journey and the current one ("W"); a lead-in fragment "" and THREE BULLETED TIMETABLE LINES ending ";", ";" and "." with "5.40 a.m., last 9.15 p.m.;" and "ST No. 51/52)" (each one sentence, "W"); fares and ticket sales "at 10 a.m. on Nov. 15." ("W"); the Komuter cut "KTMB said" (resolving to the full name, "W"); "after 9 p.m." ENDING a sentence before "A free bus ..." (both "W"); the refund rule "the company said" "W"; the chief executive ("Datuk" dropped) with a quoted claim and a ridership forecast (both "") and present ridership "according to KTMB figures" "W"; the transport minister ("Datuk Seri" dropped) with an opinion ("") and a scheduled opening ("W"); the project\'s original deadline "W"; a commuter with "8 a.m. shift." (an anecdote, "") and her two-sentence quote (""); a commuters\' association member with "a/l" kept in his name (an opinion, "") and his question with attribution (""); a question subhead ""; the Shuttle Tebrau\'s trips "W" and enthusiasts\' expectation "". Tail: an app line, related label and one headline, a copyright line ending "Sdn. Bhd." and a bracketed company number (all "B").',
    'Trinidadian NEWSPAPER\'S WEBSITE (Port of Spain), desktop browser paste, a SPORTS MATCH REPORT WITH STATISTICS: Red Force chase 318 to beat Barbados Pride by four wickets at the Queen\'s Park Oval, with an unbeaten 142. Head: masthead, a spaced capital menu, crumb (all "B"); headline with "142*" and standfirst of record (both "W"); byline, date line, share line (all "B"); a caption "" and a capitalised credit "B". Body: the result "W"; the highest chase at the Oval since 2012 "W"; the target on the last morning and "7.4 overs to spare" ("W"); "batting at No. 4," and the stand with "Darren St. Hill," mid-sentence ("W"); a spinner\'s figures "W"; the batsman\'s quote with a NESTED QUOTE ending ".’" before a capital (two, "") and his record hundred ("W"); the Red Force captain\'s reported belief ("") and a question followed by "Honestly, no!” he said, laughing." (two, ""); the Barbados captain\'s dropped catches "on 38 and 91" (a causal claim with checkable specifics, "W") and his quote (""); the innings totals and the standings with decimals ("W"); a crowd scene "", a selection forecast "" and the next fixture "from Feb. 20." "W"; a scoreboard (label "B"; two innings lines, never split at initials or "St.", a result line and a player-of-the-match line, all ""); a standings table (title and header "B", rows ""). Tail: more-sport label and one headline, a print line, copyright "Co. Ltd." (all "B").',
    'Jamaican DAILY\'S WEBSITE (Kingston), desktop browser paste, a WEATHER AND FLOOD RECORD: 486.2 mm of rain in 24 hours at Bog Walk, the Rio Cobre floods, three dead. Head: masthead, menu, a WEATHER ALERT with "St." three times and "6 p.m. Wednesday." (furniture), section label (all "B"); headline and standfirst of record (both "W"); a byline with role, a date line (all "B"); a caption "" and its credit "B". Body: the record "St. Catherine," and "7 a.m. Tuesday," mid-sentence, "the Met Service said" (resolving to "the Meteorological Service of Jamaica" named in the same sentence, "W"); the previous record "principal director ... said" (role dropped, "W"); the airport\'s rainfall "W"; the director "blamed" a trough (a causal claim, "W") and her ellipsis before a lower-case word (""); three deaths "the Jamaica Constabulary Force said:" with a list (one sentence, "W") and "The police identified" a victim ("W"); closures "the National Works Agency (NWA) said" "W"; "Spanish Town Rd. was" mid-sentence and "Washington Blvd." ENDING a sentence before "Police diverted ..." (both "W"); shelters "as of 6 p.m. Tuesday." "W"; the minister\'s promised release of funds ""; RADA "estimated" losses "W"; outages "according to the light and power company, Jamaica Public Service Co. Ltd." (descriptor dropped) ENDING a sentence before "Crews had restored ..." (both "W"); a shopkeeper\'s anecdote "" and her Patois quote with an ELLIPSIS BEFORE A CAPITAL (two, ""); a question subhead ""; the forecast ("") and advice (""); a climatologist ("Dr." dropped) with a general explanation ""; a rainfall table (title and source "B", rows with "St." ""). Tail: related label and one headline, a tips line with an e-mail address, copyright "Co. Ltd." (all "B").',
    'Zambian ONLINE NEWSPAPER (Lusaka), desktop browser paste, a FUEL PRICE STORY: the Energy Regulation Board\'s monthly review raises petrol by K1.46 to K30.22 a litre and diesel by K1.18. Head: masthead, tagline, menu, section label (all "B"); headline of record "W"; standfirst "Regulator blames ...; kerosene falls 31 ngwee" (a causal claim, "W", carrying the board as first given); byline, date line, share line, an advertisement line (all "B"). Body: the increase (an act with no verb of saying, no speaker, "W"); kerosene, the third rise in four months and a PARENTHESIS HOLDING A FULL SENTENCE on the last cut (all "W"); the director-general ("Eng." dropped, channel fronted) with the kwacha and "U.S. dollar" mid-sentence (a causal claim, "W"), import premiums ("W") and her two-sentence quote (""); the cost-plus model and the offence under "Act No. 12 of 2019," (rules, "W"); town prices with a semicolon "according to the ERB\'s price schedule" "W"; a queue scene with "10 p.m. Saturday as" mid-sentence ""; the minibus owners\' secretary-general ("Mr." dropped) with a fare plan and "e.g." ("") and his question with attribution (""); the minister ("Hon." dropped) ruling out subsidies (""), their past cost "according to the Ministry of Finance and National Planning" "W" and a refinery plan with "Co. Ltd. would" mid-sentence ""; an opposition spokesperson ("Mrs." dropped) ""; a basic-needs basket "the centre said" and the kwacha "Bank of Zambia data show" ("W"); a taxi driver\'s anecdote "" and his quote where "By 2 p.m. I have ..." does NOT split (two sentences, ""); a question subhead ""; an economist\'s conditional forecast "" and the next review "on Nov. 30." "W". Tail: an advertisement line, related label and one headline, a reply prompt and a log-in line, copyright (all "B").',
]

ARTICLES = [
    [
        [
            ("THE GRAND HARBOUR HERALD", "", "", "B"),
        ],
        [
            ("Menu · Search · Subscribe from €1 a week", "", "", "B"),
        ],
        [
            (
                "Local | Politics | Courts | Business | Gozo | World | Sport | Comment | Obituaries",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Politics › General Election 2027", "", "", "B"),
        ],
        [
            (
                "Labour leads first count with 50.9% as turnout falls to 81.6%, lowest since 1955",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nationalists say the gap can still close on transfers as the commission prepares for Monday's second count",
                "Nationalists",
                "say",
                "",
            ),
        ],
        [
            ("Kristina Vella Bonnici and Matthew Pisani Grech", "", "", "B"),
        ],
        [
            ("Sunday, 6 June 2027, 21:48", "", "", "B"),
        ],
        [
            ("Share · Facebook · X · WhatsApp · Email · Print", "", "", "B"),
        ],
        [
            (
                "Party agents lean over the perspex screens in the counting hall at Naxxar on Sunday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Daniel Abela Cutajar", "", "", "B"),
        ],
        [
            (
                "The Labour Party won 50.9% of first-preference votes in Saturday's general election, the Electoral Commission announced at 7.40 p.m. on Sunday, against 46.7% for the Nationalist Party.",
                "the Electoral Commission",
                "announced",
                "W",
            ),
            ("The difference, 12,245 votes, is the narrowest since 2008.", "", "", "W"),
        ],
        [
            (
                "Turnout was 81.6%, the lowest at a general election since 1955, according to the commission.",
                "the commission",
                "according to",
                "W",
            ),
            (
                "Of 361,488 registered voters, 294,974 cast a ballot, and 3,420 ballot papers were declared invalid.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Party agents were let into the counting hall at 6.30 a.m.", "", "", "W"),
            (
                "Sorting of the ballot papers by district began at 7.35 a.m., watched by about 600 agents and 180 counting staff.",
                "",
                "",
                "W",
            ),
            (
                "(It had been due to start at 7 a.m. but was held up because two boxes from Gozo arrived late after the morning ferry was delayed, the commission said.)",
                "the commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief Electoral Commissioner Anthony Farrugia Sant said the second and later counts, in which votes are transferred under the single transferable vote system, would start at 8 a.m. on Monday.",
                "Anthony Farrugia Sant",
                "said",
                "W",
            ),
            (
                "He said he expected the last district seat to be filled “late on Monday night, or in the small hours of Tuesday if the transfers are tight.”",
                "Anthony Farrugia Sant",
                "said",
                "",
            ),
        ],
        [
            (
                "Under the Constitution, each of the 13 districts elects five members of Parliament, and a party that wins an absolute majority of valid first-count votes but fewer seats is given extra seats to turn its majority of votes into a majority in the House.",
                "",
                "",
                "W",
            ),
            (
                "A second mechanism, in force since 2021, adds up to 12 seats for candidates of the under-represented sex when fewer than 40% of those elected are of that sex.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Labour topped the first count in nine districts and the Nationalists in four, the same split as in 2022.",
                "",
                "",
                "W",
            ),
            (
                "Three candidates were elected on the first count: Labour leader Joseph Azzopardi Frendo in the 2nd and 4th Districts, Nationalist leader Dr. Ramona Spiteri Debono in the 10th District, and Labour's Marthese Zammit Tabone in the 6th.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Azzopardi Frendo's 6,812 first-preference votes across the two districts he contested were the most for any candidate.",
                "",
                "",
                "W",
            ),
            (
                "The quota in the 6th District was 3,761 votes, i.e. one more than a sixth of the valid votes cast there.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "One ballot box, No. 112 from the 13th District, was set aside for almost two hours after agents found its seal broken.",
                "",
                "",
                "W",
            ),
            (
                "The commission said the seal had been damaged in transit, and the 412 votes inside were counted once agents of both main parties signed off.",
                "The commission",
                "said",
                "W",
            ),
        ],
        [
            (
                "Azzopardi Frendo told supporters outside the party's headquarters in Ħamrun that the result was “a clear mandate to finish what we started.”",
                "Joseph Azzopardi Frendo",
                "told supporters",
                "",
            ),
            (
                "“Did anyone really believe the people would hand the keys back?",
                "Joseph Azzopardi Frendo",
                "said",
                "",
            ),
            ("They did not,” he said.", "Joseph Azzopardi Frendo", "said", ""),
        ],
        [
            (
                "Spiteri Debono said her party had cut Labour's lead from 39,474 votes in 2022 to less than a third of that.",
                "Ramona Spiteri Debono",
                "said",
                "W",
            ),
            ("“Are we disappointed?", "Ramona Spiteri Debono", "told reporters", ""),
            ("Of course.", "Ramona Spiteri Debono", "told reporters", ""),
            ("Are we finished?", "Ramona Spiteri Debono", "told reporters", ""),
            (
                "No!” she told reporters at the party's headquarters in Pietà.",
                "Ramona Spiteri Debono",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Dr. Simon Grech Mangion, a political scientist at the University of Malta, said low turnout in the southern harbour districts looked like “a quiet punishment” of the government over planning permits.",
                "Simon Grech Mangion",
                "said",
                "",
            ),
            (
                "He predicted Labour would finish with 38 or 39 directly elected seats to the Nationalists' 27 or 26, before any corrective seats are added.",
                "Simon Grech Mangion",
                "predicted",
                "",
            ),
        ],
        [
            (
                "Outside the hall, the car park filled with flags, klaxons and a brass band from Żejtun long before the first figures went up on the screens.",
                "",
                "",
                "",
            ),
            (
                "Rita Schembri Cassar, 68, of Marsaskala, said she had voted at every election since 1971 but stayed at home on Saturday.",
                "Rita Schembri Cassar",
                "said",
                "",
            ),
            ("“Nobody listens to us in the south.", "Rita Schembri Cassar", "said", ""),
            (
                "Why should I walk to the polling station?” she said.",
                "Rita Schembri Cassar",
                "said",
                "",
            ),
        ],
        [
            ("What happens on Monday?", "", "", ""),
        ],
        [
            (
                "The surpluses of candidates already elected are transferred first; the lowest-placed candidates are then eliminated one at a time and their votes passed on, until five candidates in each district reach the quota.",
                "",
                "",
                "W",
            ),
            (
                "The new Parliament is expected to meet for the first time within a fortnight.",
                "",
                "",
                "",
            ),
        ],
        [
            ("MORE ON THE ELECTION", "", "", "B"),
        ],
        [
            ("Gozo turnout falls below 80% for the first time", "", "", "B"),
        ],
        [
            ("Comments on this story have been closed.", "", "", "B"),
        ],
        [
            ("© 2027 Harbour Herald Publishing Co. Ltd.", "", "", "B"),
            ("Registered in Malta, C 4417.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE NOTWANE POST", "", "", "B"),
        ],
        [
            (
                "NEWS   BUSINESS   POLITICS   SPORT   LIFESTYLE   OPINION   E-PAPER",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Business / Parastatals", "", "", "B"),
        ],
        [
            (
                "WUC posts P214.6m loss, its third in a row, as water losses climb to 38.2%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive blames ageing pipes and unpaid government bills; Auditor General qualifies the accounts for a second year",
                "Kagiso Mmolawa-Setlhare",
                "blames",
                "W",
            ),
        ],
        [
            ("By Tshepiso Ramotswa-Keabetswe", "", "", "B"),
        ],
        [
            ("Wednesday 14 October 2026 | 5 min read", "", "", "B"),
        ],
        [
            ("Share on: Facebook · WhatsApp · X · LinkedIn", "", "", "B"),
        ],
        [
            (
                "A burst main sends water across the road in Block 8, Gaborone, last week.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Picture: Lesego Phiri-Morake", "", "", "B"),
        ],
        [
            (
                "The Water Utilities Corporation (WUC) made a loss of P214.6 million in the year to March 31, 2026, its annual report shows, the third loss in a row and the largest since the corporation took over water supply in the villages in 2013.",
                "its annual report",
                "shows",
                "W",
            ),
            (
                "The loss compares with P151.3 million in 2024/25 and P96.8 million the year before.",
                "",
                "",
                "W",
            ),
            (
                "The report was tabled in Parliament on Tuesday by the Minister of Lands and Water Affairs, Hon. Neo Sebego-Rammala.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Non-revenue water, i.e. water treated and pumped but never billed, rose to 38.2% of production from 34.9%, according to the report.",
                "the report",
                "according to",
                "W",
            ),
            (
                "That is almost double the 20% target the corporation set itself in its 2020–2025 strategy.",
                "",
                "",
                "W",
            ),
            (
                "Revenue rose 6.1% to P1.47 billion, while operating costs climbed 11.4% to P1.69 billion, driven by electricity and treatment chemicals.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Kagiso Mmolawa-Setlhare blamed most of the losses on asbestos-cement pipes laid in the 1970s and 1980s, which he said still made up 41% of the network in Gaborone.",
                "Kagiso Mmolawa-Setlhare",
                "blamed",
                "W",
            ),
            (
                "“Every litre that leaks out of an old pipe has already cost us power, chemicals and labour.",
                "Kagiso Mmolawa-Setlhare",
                "told the Post",
                "",
            ),
            (
                "We are paying to water the Kalahari sand,” he told the Post.",
                "Kagiso Mmolawa-Setlhare",
                "told the Post",
                "",
            ),
        ],
        [
            (
                "He said ministries, councils and schools owed the corporation P388 million at the year end, about 46% of all money owed to it.",
                "Kagiso Mmolawa-Setlhare",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Auditor General, Mr. Pako T. Gaolathe-Ntsima, qualified the accounts for a second year, saying he could not confirm P96 million of receivables because the billing records did not support them.",
                "Pako T. Gaolathe-Ntsima",
                "saying",
                "W",
            ),
            (
                "“I was unable to obtain sufficient appropriate audit evidence… for the balances stated,” he wrote in the audit opinion.",
                "Pako T. Gaolathe-Ntsima",
                "wrote in the audit opinion",
                "W",
            ),
        ],
        [
            (
                "The corporation supplies about 412,000 customer accounts in towns and 480 villages.",
                "",
                "",
                "W",
            ),
            (
                "Mmolawa-Setlhare said a P1.2 billion programme to replace 600 km of pipe in Gaborone, Francistown and Lobatse would “turn the corner” within three years.",
                "Kagiso Mmolawa-Setlhare",
                "said",
                "",
            ),
            (
                "He said 74 km had been replaced by the end of September.",
                "Kagiso Mmolawa-Setlhare",
                "said",
                "W",
            ),
        ],
        [
            (
                "Sebego-Rammala told Parliament the government would settle the arrears of ministries “in instalments over this financial year and the next.”",
                "Neo Sebego-Rammala",
                "told Parliament",
                "",
            ),
            (
                "She said water tariffs had last been raised in April 2022.",
                "Neo Sebego-Rammala",
                "said",
                "W",
            ),
            (
                "“Do we want to raise the price of water for a pensioner in Mochudi to pay for a pipe that leaks in Broadhurst?” she asked.",
                "Neo Sebego-Rammala",
                "asked",
                "",
            ),
        ],
        [
            (
                "Gaborone Bonnington North MP Dithapelo Kenosi-Modise said the report confirmed what residents of his constituency had lived with for years: taps that run dry at night.",
                "Dithapelo Kenosi-Modise",
                "said",
                "",
            ),
            (
                "“My constituents fill buckets at 9 p.m.",
                "Dithapelo Kenosi-Modise",
                "said",
                "",
            ),
            (
                "By midnight the taps are dry,” he said.",
                "Dithapelo Kenosi-Modise",
                "said",
                "",
            ),
        ],
        [
            (
                "Gaborone Dam stood at 52.4% of capacity on Monday, according to the Department of Water and Sanitation, up from 31.8% a year earlier.",
                "the Department of Water and Sanitation",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Under the Water Utilities Corporation Act (Cap. 74:02), the corporation must submit audited accounts and an annual report to the minister within six months of the end of its financial year, and the minister must lay them before the National Assembly.",
                "",
                "",
                "W",
            ),
            (
                "The report was submitted on Sept. 29, a day before the deadline.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Where does the money go?", "", "", ""),
        ],
        [
            (
                "The report shows electricity bought from the Botswana Power Corporation cost WUC P312 million, up 19%, after power tariffs rose in April 2025.",
                "The report",
                "shows",
                "W",
            ),
            (
                "Its largest contractor, for pipe replacement in Gaborone, was Lerako Civil Works (Pty) Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The firm was paid P87.5 million, the report says.",
                "the report",
                "says",
                "W",
            ),
        ],
        [
            (
                "Dr. Onalenna Modise-Kebonang, an economist at the University of Botswana, said the figures made a tariff increase “close to unavoidable” before the 2029 election.",
                "Onalenna Modise-Kebonang",
                "said",
                "",
            ),
            (
                "“You can delay it, e.g. with another grant from the Treasury, but you cannot wish it away,” she said.",
                "Onalenna Modise-Kebonang",
                "said",
                "",
            ),
            (
                "The government gave WUC a P500 million grant in 2024/25, according to the report.",
                "the report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The Public Accounts Committee is scheduled to question the corporation's board on Nov. 10.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            (
                "Mogoditshane residents go five days without water as pump fails",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tags: WUC | Water | Parliament | Annual reports", "", "", "B"),
        ],
        [
            ("Got a story? WhatsApp the newsroom on +267 7640 0219.", "", "", "B"),
        ],
        [
            ("© 2026 Notwane Post Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("NELSON BAYS EXPRESS", "", "", "B"),
        ],
        [
            ("≡  Sections        Log in", "", "", "B"),
        ],
        [
            ("LOCAL NEWS  •  NATIONAL  •  RURAL  •  SPORT  •  PUZZLES", "", "", "B"),
        ],
        [
            (
                "River was above rafting company's own safety limit when Westport teen drowned, coroner finds",
                "Janet Hoult-Tipene",
                "finds",
                "W",
            ),
        ],
        [
            (
                "Coroner recommends national flow limits for commercial rafting after finding the guide's qualification had lapsed 14 months before the trip",
                "Janet Hoult-Tipene",
                "recommends",
                "W",
            ),
        ],
        [
            ("Hana Pirika-Stoddart", "", "", "B"),
        ],
        [
            ("Senior reporter", "", "", "B"),
        ],
        [
            ("4:12pm Thursday, 19 November 2026", "", "", "B"),
        ],
        [
            ("🔗 Copy link   ✉ Email   f Share", "", "", "B"),
        ],
        [
            (
                "Flowers and a school jersey left at the Lyell campsite on the Buller River in 2024.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo / Supplied", "", "", "B"),
        ],
        [
            (
                "A Westport teenager who drowned on a school rafting trip on the Buller River died after she became trapped under a submerged willow while the river was running well above the operator's own safety limit, a coroner has found.",
                "Janet Hoult-Tipene",
                "found",
                "W",
            ),
        ],
        [
            (
                "Ariana Ruatapu-Grieve, 16, a Year 12 student at Kawatiri College, died on March 21, 2024, about 40 minutes into a half-day trip run by Inangahua Whitewater Ltd.",
                "",
                "",
                "W",
            ),
            (
                "Seven other students and a teacher were thrown from the same raft and were pulled out by two safety kayakers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In findings released on Thursday, Coroner Janet Hoult-Tipene found the river was flowing at 212 cumecs (cubic metres a second) at the Lyell gauge when the trip launched at 10.05am.",
                "Janet Hoult-Tipene",
                "found",
                "W",
            ),
            (
                "The company's operating manual set an upper limit of 180 cumecs for school groups.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The guide in charge of Ariana's raft held a river guide qualification that had lapsed 14 months earlier, she found, and the company's records did not show it.",
                "Janet Hoult-Tipene",
                "found",
                "W",
            ),
            ("The guide, whose name is suppressed, was 23.", "", "", "W"),
        ],
        [
            (
                "“The limit existed on paper; on the day it was a number nobody looked at,” she wrote.",
                "Janet Hoult-Tipene",
                "wrote",
                "W",
            ),
            (
                "“I do not doubt that the guides cared for the students.",
                "Janet Hoult-Tipene",
                "wrote",
                "",
            ),
            (
                "Care is not the same as a system,” she wrote.",
                "Janet Hoult-Tipene",
                "wrote",
                "",
            ),
        ],
        [
            (
                "She found the cause of death was drowning, and that the high flow, the willow and the lapsed qualification each contributed to it.",
                "Janet Hoult-Tipene",
                "found",
                "W",
            ),
        ],
        [
            (
                "The coroner recommended that WorkSafe New Zealand set a national maximum flow for each commercially rafted river, instead of leaving limits to operators, and that the Ministry of Education require schools to sight guides' current qualifications before a trip.",
                "Janet Hoult-Tipene",
                "recommended",
                "W",
            ),
            (
                "Coroners' recommendations are not binding, but the agencies they are directed at must be sent a copy.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "WorkSafe said it would “carefully consider” the recommendation.",
                "WorkSafe New Zealand",
                "said",
                "",
            ),
            (
                "Adventure activity operators must already be registered and pass a safety audit at least every three years under the Health and Safety at Work (Adventure Activities) Regulations 2016.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Inangahua Whitewater was fined $240,000 and ordered to pay $130,000 in reparation in the Westport District Court in August 2025 after pleading guilty to a charge under the Health and Safety at Work Act.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company has since stopped taking school groups and sold two of its four rafts, its director, Brent Calloway-Rangi, told the inquest.",
                "Brent Calloway-Rangi",
                "told the inquest",
                "W",
            ),
            (
                "Calloway-Rangi did not respond to a request for comment on Thursday.",
                "Brent Calloway-Rangi",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "In a statement, Ariana's family said the findings were “the truth we were owed two and a half years ago.”",
                "Ariana's family",
                "said",
                "",
            ),
            ("“She loved that river.", "Ariana's family", "said", ""),
            ("She trusted the adults with her.", "Ariana's family", "said", ""),
            ("Why did nobody check?” the family said.", "Ariana's family", "said", ""),
        ],
        [
            (
                "Kawatiri College principal Colin Te Whata-Barnes said the school had suspended all trips with commercial operators in April 2024 and resumed them in February under a new checklist.",
                "Colin Te Whata-Barnes",
                "said",
                "W",
            ),
            (
                "“We accept the coroner's findings in full… and we are sorry,” he said.",
                "Colin Te Whata-Barnes",
                "said",
                "",
            ),
        ],
        [
            ("Who sets the limits now?", "", "", ""),
        ],
        [
            (
                "Each operator sets its own flow limits in a safety management plan, which is checked by an audit provider.",
                "",
                "",
                "W",
            ),
            (
                "Gareth Moll-Faulkner, chairman of the New Zealand Rafting Association, said national limits could “look neat in Wellington and be wrong on the day,” because rivers change after every flood.",
                "Gareth Moll-Faulkner",
                "said",
                "",
            ),
            (
                "He said the association would put its own proposal to WorkSafe by March.",
                "Gareth Moll-Faulkner",
                "said",
                "",
            ),
        ],
        [
            (
                "MetService had issued a heavy rain watch for the Buller catchment on the evening before the trip.",
                "",
                "",
                "W",
            ),
            ("The inquest was held in Greymouth over four days in June.", "", "", "W"),
        ],
        [
            ("Read more:", "", "", "B"),
        ],
        [
            (
                "• Buller River rafting firm fined $240,000 over student's death",
                "",
                "",
                "B",
            ),
        ],
        [
            ("• Kawatiri College pauses outdoor trips after drowning", "", "", "B"),
        ],
        [
            (
                "Get the Express morning briefing – local news in your inbox before 7am.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Nelson Bays Express is published by Te Tau Ihu Media Ltd.", "", "", "B"),
            ("© 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MERLION DISPATCH", "", "", "B"),
        ],
        [
            (
                "Singapore | Asia | World | Business | Tech | Sport | Life | Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Subscribe    Sign in", "", "", "B"),
        ],
        [
            ("Singapore › Courts & Crime", "", "", "B"),
        ],
        [
            (
                "Former financial adviser jailed 5 years 3 months for cheating 14 clients of $2.16m",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He promised them “guaranteed” returns of up to 9% a year from a fund that did not exist",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Shaun Lim Wei Jie", "", "", "B"),
        ],
        [
            ("Court Correspondent", "", "", "B"),
        ],
        [
            ("Published Jan 22, 2027, 05:17 PM", "", "", "B"),
        ],
        [
            ("Ng Kah Wee, 47, arriving at the State Courts on Jan. 22.", "", "", ""),
        ],
        [
            ("PHOTO: THE MERLION DISPATCH FILE", "", "", "B"),
        ],
        [
            (
                "A former financial adviser representative who told 14 clients, most of them retirees, that he could place their savings in a “guaranteed” fund that did not exist was jailed for five years and three months on Jan. 22.",
                "",
                "",
                "W",
            ),
            (
                "Ng Kah Wee, 47, pleaded guilty in November to nine counts of cheating and three of forgery, with 26 other charges taken into consideration for sentencing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "He took $2.16 million from the victims between March 2019 and August 2023, according to the statement of facts.",
                "the statement of facts",
                "according to",
                "W",
            ),
            ("None of the money has been returned.", "", "", "W"),
        ],
        [
            (
                "Ng was a representative of Tembusu Wealth Advisers Pte. Ltd. from 2014 until he was dismissed in September 2023.",
                "",
                "",
                "W",
            ),
            (
                "He told clients their money would be managed by an offshore firm, Halcyon Bay Capital Inc.",
                "",
                "",
                "W",
            ),
            (
                "No such company is registered in the British Virgin Islands or anywhere else, the prosecution said.",
                "the prosecution",
                "said",
                "W",
            ),
        ],
        [
            (
                "He promised returns of 7% to 9% a year, paid quarterly, and forged statements on Tembusu letterhead to show the money growing.",
                "",
                "",
                "W",
            ),
            (
                "Early “returns” were paid out of later victims' money, i.e. the scheme worked as a Ponzi scheme does, Deputy Public Prosecutor Farhana Abdul Rashid said.",
                "Farhana Abdul Rashid",
                "said",
                "W",
            ),
        ],
        [
            (
                "The largest single loss, $612,000, was suffered by a retired bus captain, 71, who had handed Ng the savings he withdrew from his Central Provident Fund account at 55.",
                "",
                "",
                "W",
            ),
            ("“I trusted him like a son.", "the man", "said in the statement", ""),
            (
                "Now I cannot even tell my own son what I did,” the man said in the statement, which was read out in court.",
                "the man",
                "said in the statement",
                "",
            ),
        ],
        [
            (
                "The prosecution had sought six to seven years' jail, arguing that Ng had “deliberately targeted the elderly” and spent the money on a condominium in Sengkang and on sports betting.",
                "The prosecution",
                "sought",
                "W",
            ),
            (
                "Defence lawyer Rajesh s/o Muniandy asked for four years' jail.",
                "Rajesh s/o Muniandy",
                "asked for",
                "W",
            ),
            (
                "He said Ng had been “drowning in gambling debts” and was deeply remorseful.",
                "Rajesh s/o Muniandy",
                "said",
                "",
            ),
        ],
        [
            (
                "District Judge Tay Hui Min said the offences were aggravated by their length, the number of victims and “the calculated choice of people least able to recover their losses.”",
                "Tay Hui Min",
                "said",
                "W",
            ),
            (
                "She said the forfeiture of a flat bought with the victims' money was “not restitution but the return of what was never his,” and gave it little weight in mitigation.",
                "Tay Hui Min",
                "said",
                "W",
            ),
            (
                "“What is a guarantee worth from a man who invents the guarantor?” she asked.",
                "Tay Hui Min",
                "asked",
                "",
            ),
        ],
        [
            (
                "For cheating under Section 420 of the Penal Code 1871, an offender can be jailed for up to 10 years and fined.",
                "",
                "",
                "W",
            ),
            (
                "Forgery for the purpose of cheating carries the same maximum jail term and a fine, under s. 468.",
                "",
                "",
                "W",
            ),
            (
                "Ng's sentences for three of the charges will run consecutively.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Monetary Authority of Singapore (MAS) said it had issued a prohibition order against Ng in 2024, barring him from the financial advisory industry for life.",
                "The Monetary Authority of Singapore",
                "said",
                "W",
            ),
            (
                "MAS urged investors to check that any adviser is listed in its Financial Institutions Directory before handing over money.",
                "The Monetary Authority of Singapore",
                "urged",
                "",
            ),
        ],
        [
            (
                "Tembusu Wealth Advisers said in a statement that it had compensated seven of the clients “on a goodwill basis” and had tightened its checks.",
                "Tembusu Wealth Advisers Pte. Ltd.",
                "said in a statement",
                "W",
            ),
            (
                "The firm did not say how much it had paid.",
                "The firm",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Ng, in a grey polo shirt, looked at the floor as the sentence was read out and did not turn towards the public gallery, where four of the victims sat.",
                "",
                "",
                "",
            ),
            ("He will begin serving his sentence on Feb. 5.", "", "", "W"),
        ],
        [
            ("Can victims get their money back?", "", "", ""),
        ],
        [
            (
                "Under the Criminal Procedure Code, a court can order an offender to pay compensation to a victim in addition to any jail term.",
                "",
                "",
                "W",
            ),
            (
                "No compensation order was sought in this case because Ng had no assets left beyond the condominium, the prosecution said.",
                "the prosecution",
                "said",
                "W",
            ),
        ],
        [
            ("Join our WhatsApp channel for the day's top court stories.", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            (
                "Ex-insurance agent charged with cheating 9 clients of $800k",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Copyright © 2027 Merlion Dispatch Pte. Ltd.", "", "", "B"),
            ("Co. Regn. No. 202199887K.", "", "", "B"),
        ],
    ],
    [
        [
            ("MARKETDAY", "", "", "B"),
        ],
        [
            (
                "Markets | Companies | Economy | Personal Finance | Opinion | Podcasts",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "JSE All Share 98,412 ▲0.6%  |  R/$ 17.42  |  Brent $69.80  |  Gold $3,910",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies / Retail", "", "", "B"),
        ],
        [
            (
                "Protea Crest shares slide 6.1% as third-quarter sales growth slows to 5.8%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Clothing sales fall for the first time in two years as shoppers trade down to cheaper food brands",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Thandeka Mokoena-Pillay", "", "", "B"),
        ],
        [
            ("21 October 2026 – 17:05", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article   4 min", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "JOHANNESBURG — Shares in Protea Crest Retail Holdings Ltd. fell 6.1% to R142.30 on the JSE on Wednesday after the grocery and clothing group reported its slowest quarterly sales growth since 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Group sales rose 5.8% to R21.4bn in the 13 weeks to Sept. 27, against 8.2% in the same quarter last year, the company said in an operational update.",
                "the company",
                "said in an operational update",
                "W",
            ),
            (
                "Like-for-like sales, i.e. sales at stores open for at least a year, grew 3.1%.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Internal food inflation, which measures price changes on the group's own shelves, was 2.4%, compared with food inflation of 3.6% measured by Statistics South Africa in September.",
                "",
                "",
                "W",
            ),
            (
                "Clothing and homeware sales fell 1.9%, the first decline in that division since the third quarter of 2024.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Chief executive Nomvula Dlamini-Ferreira blamed the clothing decline on a warm start to winter in Gauteng and on competition from online platforms, e.g. Shein and Temu.",
                "Nomvula Dlamini-Ferreira",
                "blamed",
                "W",
            ),
            (
                "“Our customers are not spending less on food; they are spending it differently,” she told analysts on a call.",
                "Nomvula Dlamini-Ferreira",
                "told analysts on a call",
                "",
            ),
            (
                "“They're buying the 10kg bag of maize meal instead of the 5kg… and they're buying it once a month, on payday.”",
                "Nomvula Dlamini-Ferreira",
                "told analysts on a call",
                "",
            ),
        ],
        [
            (
                "She said Christmas trading would be “tight but not terrible,” and that the group still expected full-year trading profit within the range of R4.1bn to R4.4bn it gave in June.",
                "Nomvula Dlamini-Ferreira",
                "said",
                "",
            ),
        ],
        [
            (
                "The group opened 23 stores in the quarter and closed six, taking its total to 1,412.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lindiwe Booysen-Naidoo, a retail analyst at Fynbos Asset Managers (Pty) Ltd., said the market had punished the clothing number more than the grocery one.",
                "Lindiwe Booysen-Naidoo",
                "said",
                "",
            ),
            ("“Is a 5.8% top line bad?", "Lindiwe Booysen-Naidoo", "said", ""),
            ("Not really.", "Lindiwe Booysen-Naidoo", "said", ""),
            (
                "But the share was priced for 8%,” she said.",
                "Lindiwe Booysen-Naidoo",
                "said",
                "",
            ),
        ],
        [
            (
                "Rival grocer Sunveld Stores Ltd. reported sales growth of 7.4% for its quarter to Sept. 28 last week.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Protea Crest's largest shareholder, with 14.8%, is Oxpecker Capital Partners (Pty) Ltd.",
                "",
                "",
                "W",
            ),
            (
                "The investment firm did not respond to questions.",
                "The investment firm",
                "did not respond to questions",
                "",
            ),
        ],
        [
            (
                "The South African Reserve Bank cut its repo rate by 25 basis points to 6.5% in September, its third cut this year.",
                "",
                "",
                "W",
            ),
            (
                "Booysen-Naidoo said lower rates and two-pot retirement withdrawals had helped grocery spending in the first half, but that “the sugar rush is over.”",
                "Lindiwe Booysen-Naidoo",
                "said",
                "",
            ),
        ],
        [
            (
                "The group spent R96m on diesel for generators in the quarter, down from R231m a year earlier, as Eskom's power cuts eased.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("What are shoppers buying?", "", "", ""),
        ],
        [
            (
                "Sales of the group's house brand, Everyday Crest, rose 14%, and house brands made up 31% of food sales, up from 27%.",
                "",
                "",
                "W",
            ),
            (
                "The company said it would open a further 40 stores in the second half, mostly in townships and rural towns.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "At a Protea Crest store in Soweto's Maponya Mall, Refilwe Motaung-Khoza, 39, pushed a trolley holding maize meal, cooking oil and a single tray of chicken feet.",
                "",
                "",
                "",
            ),
            (
                "“Chicken feet, pap and beans… that's the menu until the 25th,” she said.",
                "Refilwe Motaung-Khoza",
                "said",
                "",
            ),
        ],
        [
            (
                "The group will publish results for the year to Dec. 27 on Feb. 24, 2027.",
                "",
                "",
                "W",
            ),
            (
                "The stock has fallen 18% this year, against a 9% gain in the JSE's general retailers index.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Disclaimer: MarketDay does not provide investment advice.", "", "", "B"),
        ],
        [
            ("Read next: Rand firms as US inflation cools", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("1. Eskom tariff hearing: what Nersa was told", "", "", "B"),
        ],
        [
            ("2. Two-pot withdrawals top R60bn", "", "", "B"),
        ],
        [
            ("© 2026 MarketDay Digital (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LAGOON TRIBUNE", "", "", "B"),
        ],
        [
            (
                "Home  News  Politics  Business  Metro  Property  Sports  Opinion  Columns",
                "",
                "",
                "B",
            ),
        ],
        [
            ("$1 = ₦1,512 | Brent $69.80 | NGX ASI 142,318 ▲0.4%", "", "", "B"),
        ],
        [
            ("Property", "", "", "B"),
        ],
        [
            (
                "Lagos rents jump 38% in a year, Lekki two-bedroom now averages ₦9.5m",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Yaba and Surulere rise fastest as survey of 2,314 listings points to shortage of new flats on the mainland",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Oluwaseun Adeyemi-Bakare, Property Correspondent", "", "", "B"),
        ],
        [
            ("October 3, 2026 | 6:40 am", "", "", "B"),
        ],
        [
            ("Share: f  𝕏  in  WhatsApp  Telegram", "", "", "B"),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "New blocks of flats going up along the Lekki-Epe Expressway.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Tribune/Chinedu Okafor-Williams", "", "", "B"),
        ],
        [
            (
                "Average asking rents for flats in Lagos rose 38% in the year to June, according to a half-year survey by Adebayo-Cole Property Partners Ltd., published on Thursday.",
                "a half-year survey by Adebayo-Cole Property Partners Ltd.",
                "according to",
                "W",
            ),
            (
                "The average asking rent for a two-bedroom flat in Lekki Phase 1 reached ₦9.5 million a year, up from ₦6.7 million, while in Yaba it rose 46% to ₦3.8 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Surulere (44%) and Ikeja GRA (41%) were the other fastest risers; Ikoyi, at 12%, was the slowest.",
                "",
                "",
                "W",
            ),
            (
                "The survey covered 2,314 advertised listings and 186 signed leases in 18 neighbourhoods between January and June, the firm said.",
                "the firm",
                "said",
                "W",
            ),
            (
                "(Signed leases averaged 7% below asking rents, the firm said.)",
                "the firm",
                "said",
                "W",
            ),
        ],
        [
            (
                "The firm's head of research, Mrs. Folasade Ogunleye-Hart, attributed the rise mostly to the cost of building materials, which she said had more than doubled since 2023, and to a shortage of new flats on the mainland.",
                "Folasade Ogunleye-Hart",
                "attributed",
                "W",
            ),
            (
                "“A bag of cement was ₦4,500 in early 2023; now it is ₦9,800 in some parts of Lagos,” she said.",
                "Folasade Ogunleye-Hart",
                "said",
                "W",
            ),
            (
                "“Landlords are not villains in every case… many of them are pricing in what the next repair will cost.”",
                "Folasade Ogunleye-Hart",
                "said",
                "",
            ),
            (
                "She expects rents to rise by another 20% to 25% in the second half of the year.",
                "Folasade Ogunleye-Hart",
                "expects",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Under the Tenancy Law of Lagos State, 2011, a landlord may not demand or receive more than one year's rent in advance from a new tenant of a yearly tenancy, or more than six months' rent from a sitting tenant of a monthly one.",
                "",
                "",
                "W",
            ),
            (
                "The law does not apply to Apapa, Ikeja GRA, Ikoyi, Lagos Island and Victoria Island.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Comrade Yusuf Abiodun-Lawal, coordinator of the Lagos Tenants' Rights Forum, said landlords in Yaba and Surulere now routinely asked for two years' rent upfront.",
                "Yusuf Abiodun-Lawal",
                "said",
                "",
            ),
            (
                "“Which tenant will report his landlord and then go and sleep under the bridge?” he asked.",
                "Yusuf Abiodun-Lawal",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Lagos State Commissioner for Housing, Engr. Olumide Bankole-Ajayi, said the state's Real Estate Regulatory Authority had registered 4,612 agents since it began enforcement in 2025 and had sealed 37 unregistered agencies.",
                "Olumide Bankole-Ajayi",
                "said",
                "W",
            ),
            (
                "He said the government would deliver 2,400 homes under its rent-to-own scheme “before the end of next year.”",
                "Olumide Bankole-Ajayi",
                "said",
                "",
            ),
        ],
        [
            (
                "Tenants also typically pay an agency fee and a legal fee of 10% of the rent each, plus a caution deposit, the survey found, i.e. a new tenant in Lekki can need ₦12 million or more before moving in.",
                "the survey",
                "found",
                "W",
            ),
        ],
        [
            (
                "Chidinma Okonkwo-Eze, a 31-year-old nurse at a private hospital in Ikeja, said she and her husband had moved from Yaba to Ikorodu in May after their landlord raised their rent from ₦1.8 million to ₦3 million.",
                "Chidinma Okonkwo-Eze",
                "said",
                "",
            ),
            ("“I now leave home by 5 a.m.", "Chidinma Okonkwo-Eze", "said", ""),
            (
                "The bus to Ikeja takes two hours on a good day,” she said.",
                "Chidinma Okonkwo-Eze",
                "said",
                "",
            ),
        ],
        [
            (
                "Headline inflation was 21.9% in August, according to the National Bureau of Statistics, down from 23.2% in July.",
                "the National Bureau of Statistics",
                "according to",
                "W",
            ),
            (
                "The housing, water, electricity, gas and other fuels component rose 27.4% year on year, the bureau said.",
                "the bureau",
                "said",
                "W",
            ),
        ],
        [
            ("Is there any relief in sight?", "", "", ""),
        ],
        [
            (
                "The firm said about 6,800 flats were due for completion in Lekki, Ajah and Ibeju-Lekki by mid-2027, which could slow rises at the top of the market.",
                "The firm",
                "said",
                "",
            ),
            (
                "Arc. Tokunbo Alabi-Sowunmi, whose firm, Sowunmi Alabi & Co., builds flats in Ajah, said developers could not cut prices while the naira traded above ₦1,500 to the dollar.",
                "Tokunbo Alabi-Sowunmi",
                "said",
                "",
            ),
            (
                "The naira closed at ₦1,512 to the dollar at the official window on Friday, the Central Bank of Nigeria said.",
                "the Central Bank of Nigeria",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Also read:", "", "", "B"),
        ],
        [
            (
                "Lagos agents' registration: LASRERA extends deadline to December",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Opinions expressed in the comments are those of readers, not of The Lagoon Tribune.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Lagoon Tribune Newspapers Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("DAILY LOTUS", "", "", "B"),
        ],
        [
            ("Sri Lanka's English daily", "", "", "B"),
        ],
        [
            (
                "News | Features | Business | Education | Sports | World | Editorial | Epaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » Education", "", "", "B"),
        ],
        [
            (
                "G.C.E. O/L results out: 74.6% qualify for Advanced Level, up from 72.1%",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Results of 118 candidates withheld; re-scrutiny applications open on Monday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dilrukshi Wickramanayake-Fernando", "", "", "B"),
        ],
        [
            ("Published: 2026-04-18 00:41", "", "", "B"),
        ],
        [
            ("Tweet   Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "Students of a Colombo girls' school celebrate their results on Saturday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Pic by Ruwan Jayakody-Mendis", "", "", "B"),
        ],
        [
            (
                "The results of the 2025 G.C.E. Ordinary Level (O/L) examination were released by the Department of Examinations at 10.30 p.m. on Friday.",
                "",
                "",
                "W",
            ),
            (
                "Of the school candidates who sat the examination, 74.62% qualified to follow Advanced Level (A/L) courses, against 72.07% a year earlier.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "To qualify, a candidate must pass six subjects, including mathematics and the first language, with credit passes in at least three.",
                "",
                "",
                "W",
            ),
            (
                "A total of 471,208 candidates sat the examination from March 17 to 26, 398,540 of them school candidates and 72,668 private candidates.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Some 14,316 school candidates obtained A passes in all nine subjects.",
                "",
                "",
                "W",
            ),
            ("The previous record, 13,588, was set in 2024.", "", "", "W"),
            (
                "Some 3.1% of school candidates failed in all subjects, the department said.",
                "the department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Commissioner General of Examinations H. M. Amal Jayasundara said the results of 118 candidates had been withheld pending inquiries into suspected copying and impersonation at 11 centres.",
                "H. M. Amal Jayasundara",
                "said",
                "W",
            ),
            (
                "“No candidate will be penalised on suspicion alone.",
                "H. M. Amal Jayasundara",
                "said",
                "",
            ),
            (
                "Each case will go before a committee,” he said.",
                "H. M. Amal Jayasundara",
                "said",
                "",
            ),
        ],
        [
            (
                "He said applications for re-scrutiny could be made online from April 20 to May 4, at a fee of Rs. 250 per subject.",
                "H. M. Amal Jayasundara",
                "said",
                "W",
            ),
            (
                "Results sheets will be posted to schools within two weeks, and individual results can be viewed on the department's website, www.doenets.lk, with the candidate's index number.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The pass rate in mathematics rose to 69.8% from 65.3%, while English, at 61.2%, remained the weakest of the core subjects.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Nethmi Sanjana Abeykoon of Sudharma Balika Vidyalaya, Matara, was placed first in the island, the department's merit list shows.",
                "the department's merit list",
                "shows",
                "W",
            ),
            (
                "“I didn't believe it until my teacher phoned at midnight!” she said.",
                "Nethmi Sanjana Abeykoon",
                "said",
                "",
            ),
            (
                "She said she hoped to study bio science for the A/L and then medicine.",
                "Nethmi Sanjana Abeykoon",
                "said",
                "",
            ),
        ],
        [
            (
                "Principal Mrs. W. A. Kanchana Dissanayake said the school had held extra classes on Saturdays ever since the power cuts of 2022 disrupted lessons.",
                "W. A. Kanchana Dissanayake",
                "said",
                "",
            ),
        ],
        [
            (
                "Education Ministry Secretary Dr. Chandima Gunawardena-Ratnayake said the ministry would open A/L classes at 63 more schools in May so that “no qualified student has to travel more than 10 km.”",
                "Chandima Gunawardena-Ratnayake",
                "said",
                "",
            ),
        ],
        [
            (
                "The Western Province had the highest share of school candidates qualifying for the A/L, at 79.4%, and the Northern Province the lowest, at 66.9%, according to the department's provincial analysis.",
                "the department's provincial analysis",
                "according to",
                "W",
            ),
            (
                "Ven. Thalpe Sumanasara Thera, who runs free evening classes at a temple in Moneragala, said the gap was “not about intelligence but about teachers.”",
                "Thalpe Sumanasara Thera",
                "said",
                "",
            ),
            (
                "“In our village school there has been no mathematics teacher since 2023.",
                "Thalpe Sumanasara Thera",
                "asked",
                "",
            ),
            (
                "How are the children to get a credit pass?” he asked.",
                "Thalpe Sumanasara Thera",
                "asked",
                "",
            ),
        ],
        [
            ("What happens to those who did not qualify?", "", "", ""),
        ],
        [
            (
                "Candidates who did not qualify may sit the examination again as private candidates, and the 2026 examination is scheduled for Dec. 7 to 17.",
                "",
                "",
                "W",
            ),
            (
                "Vocational training authorities say courses under the National Vocational Qualification (NVQ) system are open to students with any O/L result.",
                "Vocational training authorities",
                "say",
                "W",
            ),
        ],
        [
            ("Also in Education", "", "", "B"),
        ],
        [
            ("A/L 2025: re-scrutiny results by June, says department", "", "", "B"),
        ],
        [
            ("Posted in: Education, Local", "", "", "B"),
        ],
        [
            ("Comments (0)", "", "", "B"),
        ],
        [
            ("Leave a comment.", "", "", "B"),
            ("Your email address will not be published.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Lotus Newspapers (Pvt) Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE MEGHNA TIMES", "", "", "B"),
        ],
        [
            (
                "Bangladesh | Dhaka | Politics | Economy | Health | Sports | Opinion | বাংলা",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Health", "", "", "B"),
        ],
        [
            ("Dengue: 9 more deaths, 1,214 hospitalised in 24 hours", "", "", "W"),
        ],
        [
            (
                "Dhaka North accounts for a third of new admissions as the year's toll reaches 287",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Staff Correspondent", "", "", "B"),
        ],
        [
            ("Dhaka | Published: 09:14 PM, Tuesday, September 15, 2026", "", "", "B"),
        ],
        [
            ("Last update on: 11:02 PM", "", "", "B"),
        ],
        [
            ("Follow us on Google News", "", "", "B"),
        ],
        [
            (
                "Relatives fan a dengue patient on a floor bed at Mugda Medical College Hospital in Dhaka on Tuesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Meghna Times/Rashed Kamal-Hossain", "", "", "B"),
        ],
        [
            (
                "Nine more people died of dengue in the 24 hours to 8 a.m. Tuesday, taking this year's death toll to 287, the Directorate General of Health Services (DGHS) said.",
                "the Directorate General of Health Services",
                "said",
                "W",
            ),
            (
                "In the same period, 1,214 patients were admitted to hospitals across the country, the highest daily figure this year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Of the new admissions, 412 were in Dhaka North City Corporation areas and 268 in Dhaka South, while the rest were outside the capital.",
                "",
                "",
                "W",
            ),
            (
                "Six of the nine deaths were recorded at hospitals in Dhaka.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A total of 3,980 dengue patients were in hospital across the country as of 8 a.m.",
                "",
                "",
                "W",
            ),
            ("Some 2,417 of them were in Dhaka.", "", "", "W"),
        ],
        [
            (
                "This year 63,518 people have been hospitalised with dengue so far, compared with 49,102 by the same date in 2025.",
                "",
                "",
                "W",
            ),
            (
                "The worst year on record was 2023, when 1,705 people died and 321,179 were hospitalised.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "DGHS Director (Disease Control) Prof. Dr. Md. Shamsul Arefin Talukder said the share of patients arriving in shock was rising, because many waited until the fourth or fifth day of fever before coming to hospital.",
                "Md. Shamsul Arefin Talukder",
                "said",
                "W",
            ),
            ("“Please do not wait.", "Md. Shamsul Arefin Talukder", "said", ""),
            (
                "If you have fever in this season, get tested on the first day… the test is free at government hospitals,” he said.",
                "Md. Shamsul Arefin Talukder",
                "said",
                "",
            ),
        ],
        [
            (
                "Under a DGHS directive issued in July, government hospitals must test suspected dengue patients free of charge, and private hospitals may charge no more than Tk 300 for the NS1 antigen test.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "A DGHS survey in June found a Breteau index above 20, the level the directorate treats as high risk, in 41 of the 98 wards surveyed in the two Dhaka city corporations.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Prof. Nasreen Sultana Mridha, an entomologist at Jahangirnagar University, said the outbreak would probably peak in October, as it did in 2023, because of intermittent rain.",
                "Nasreen Sultana Mridha",
                "said",
                "",
            ),
            (
                "“Rain every three or four days is the perfect breeding calendar for Aedes,” she said.",
                "Nasreen Sultana Mridha",
                "said",
                "",
            ),
        ],
        [
            (
                "Dhaka North City Corporation's mobile courts fined 46 building owners Tk 8.12 lakh in August for keeping stagnant water on construction sites, the corporation said.",
                "the corporation",
                "said",
                "W",
            ),
            (
                "DNCC Administrator Muhammad Anisur Rahman Khan said larvicide spraying had been increased to twice a day in the 15 worst-hit wards.",
                "Muhammad Anisur Rahman Khan",
                "said",
                "W",
            ),
            (
                "“We are doing what we can; the citizens must also do their part,” he said.",
                "Muhammad Anisur Rahman Khan",
                "said",
                "",
            ),
        ],
        [
            (
                "At Mugda Medical College Hospital, Rubina Akter Munni, 34, sat on a mat in a corridor beside her 10-year-old son, who had been admitted on Sunday.",
                "",
                "",
                "",
            ),
            ("“There was no bed.", "Rubina Akter Munni", "said", ""),
            ("What could we do?” she said.", "Rubina Akter Munni", "said", ""),
        ],
        [
            (
                "Hospital director Dr. Md. Mahbubul Hasan Sheikh said the 500-bed hospital was treating 611 dengue patients, 142 of them on floor beds.",
                "Md. Mahbubul Hasan Sheikh",
                "said",
                "W",
            ),
        ],
        [
            ("How can people protect themselves?", "", "", ""),
        ],
        [
            (
                "Health officials advise emptying water from flower tubs, air-cooler trays, old tyres etc. at least once every three days.",
                "Health officials",
                "advise",
                "",
            ),
            (
                "Use mosquito nets during the day too, since Aedes mosquitoes bite mostly in daylight.",
                "",
                "",
                "",
            ),
            (
                "The Bangladesh Meteorological Department forecast more rain across the country until Saturday.",
                "The Bangladesh Meteorological Department",
                "forecast",
                "",
            ),
        ],
        [
            ("Related topic: Dengue Outbreak 2026", "", "", "B"),
        ],
        [
            ("More from Health", "", "", "B"),
        ],
        [
            ("Chikungunya cases rise in Chattogram, IEDCR says", "", "", "B"),
        ],
        [
            ("Editor & Publisher: Fahmida Chowdhury-Rahman", "", "", "B"),
        ],
        [
            ("Copyright © 2026 The Meghna Times Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE KLANG VALLEY EXPRESS", "", "", "B"),
        ],
        [
            (
                "Nation | Metro | Business | Sport | Lifestyle | Opinion | Video",
                "",
                "",
                "B",
            ),
        ],
        [
            ("EN | BM", "", "", "B"),
        ],
        [
            ("Nation » Transport", "", "", "B"),
        ],
        [
            (
                "KTMB adds 12 daily ETS trips to Johor Bahru from Dec. 1; Port Klang Komuter cut to every 30 minutes",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Rail operator says the KL Sentral–JB Sentral journey will take 4 hours 10 minutes on the newly electrified line",
                "Keretapi Tanah Melayu Bhd.",
                "says",
                "W",
            ),
        ],
        [
            ("By Nurul Ain Hashim-Rahman", "", "", "B"),
        ],
        [
            ("Nov 10, 2026 @ 6:15pm", "", "", "B"),
        ],
        [
            ("Facebook   Twitter   WhatsApp   Telegram   Copy link", "", "", "B"),
        ],
        [
            ("An ETS train at Gemas station during a test run in October.", "", "", ""),
        ],
        [
            ("— Pic courtesy of KTMB", "", "", "B"),
        ],
        [
            (
                "KUALA LUMPUR — Keretapi Tanah Melayu Bhd. (KTMB) will run 12 more Electric Train Service (ETS) trips a day between KL Sentral and JB Sentral from Dec. 1, when the electrified double track between Gemas and Johor Bahru opens to passenger trains, the operator said today.",
                "the operator",
                "said",
                "W",
            ),
            (
                "The fastest of the new Platinum services will make the journey in 4 hours 10 minutes, stopping only at Seremban, Gemas, Segamat, Kluang and Kulai.",
                "",
                "",
                "W",
            ),
            (
                "The current journey, which requires a change to a diesel shuttle at Gemas, takes about 6 hours 30 minutes.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("First and last ETS departures from Dec. 1:", "", "", ""),
        ],
        [
            (
                "• KL Sentral to JB Sentral: first train 5.40 a.m., last 9.15 p.m.;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• JB Sentral to KL Sentral: first train 5.05 a.m., last 9.30 p.m.;",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "• Gemas–JB Sentral diesel shuttle (ST No. 51/52): withdrawn after Nov. 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fares for the full journey will start at RM68 in Gold class and RM89 in Platinum.",
                "",
                "",
                "W",
            ),
            (
                "Tickets go on sale on the KTMB Mobile app and at station counters at 10 a.m. on Nov. 15.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Separately, trains on the Port Klang Komuter line will run every 30 minutes, instead of every 15 to 20 minutes, between Nov. 24 and March 31 while the track between Klang and Port Klang is rebuilt, KTMB said.",
                "Keretapi Tanah Melayu Bhd.",
                "said",
                "W",
            ),
            (
                "On Sundays, the line will close south of Klang after 9 p.m.",
                "",
                "",
                "W",
            ),
            ("A free bus will link the stations instead.", "", "", "W"),
        ],
        [
            (
                "Passengers holding tickets bought before Nov. 10 for trains that are cancelled or retimed can claim a full refund at any counter until Dec. 31, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "KTMB group chief executive officer Datuk Mohd Faizal Zainuddin-Ariff said the changes would “cut the trip to Johor by more than two hours and take thousands of cars off the North-South Expressway.”",
                "Mohd Faizal Zainuddin-Ariff",
                "said",
                "",
            ),
            (
                "He expects the southern ETS to carry about 9,000 passengers a day in its first year.",
                "Mohd Faizal Zainuddin-Ariff",
                "expects",
                "",
            ),
            (
                "The present service between Gemas and Johor Bahru carries about 3,200 passengers a day, according to KTMB figures.",
                "KTMB figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Transport Minister Datuk Seri Ahmad Shukri Rahim said the line's completion was “the biggest change to rail travel in the south since the Causeway.”",
                "Ahmad Shukri Rahim",
                "said",
                "",
            ),
            (
                "He said the RTS Link between Bukit Chagar and Woodlands North would start carrying passengers on Dec. 31, as scheduled.",
                "Ahmad Shukri Rahim",
                "said",
                "W",
            ),
            (
                "The 191km double-tracking project was originally due to be finished in October 2021.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "At Klang station, Nor Azlina Mat Saman, 44, who works at a logistics firm in Port Klang, said a 30-minute wait would make her late for her 8 a.m. shift.",
                "Nor Azlina Mat Saman",
                "said",
                "",
            ),
            ("“If I miss one train, I'm late.", "Nor Azlina Mat Saman", "said", ""),
            (
                "Miss two and my boss cuts my pay,” she said.",
                "Nor Azlina Mat Saman",
                "said",
                "",
            ),
        ],
        [
            (
                "Ravindran a/l Subramaniam of the Klang Valley Commuters' Association said KTMB should run the feeder buses every 15 minutes, not every 30, during the works.",
                "Ravindran a/l Subramaniam",
                "said",
                "",
            ),
            (
                "“Why must commuters on the oldest line always pay for the newest one?” he asked.",
                "Ravindran a/l Subramaniam",
                "asked",
                "",
            ),
        ],
        [
            ("Will Shuttle Tebrau change?", "", "", ""),
        ],
        [
            (
                "The Shuttle Tebrau service between JB Sentral and Woodlands Train Checkpoint will keep its 31 daily trips until the RTS Link opens, KTMB said.",
                "Keretapi Tanah Melayu Bhd.",
                "said",
                "W",
            ),
            (
                "Rail enthusiasts expect it to be withdrawn some time in 2027.",
                "Rail enthusiasts",
                "expect",
                "",
            ),
        ],
        [
            ("Download the Express app for breaking news alerts.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("ETS ridership hits record 8.1 million in 2025", "", "", "B"),
        ],
        [
            ("© 2026 Klang Valley Express Sdn. Bhd.", "", "", "B"),
        ],
        [
            ("(Company No. 201901022334)", "", "", "B"),
        ],
    ],
    [
        [
            ("THE CARONI CLARION", "", "", "B"),
        ],
        [
            (
                "NEWS   SPORT   BUSINESS   ENTERTAINMENT   COMMENTARY   CLASSIFIEDS",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sport > Cricket", "", "", "B"),
        ],
        [
            (
                "Rampersad-Lewis 142* as Red Force chase down 318 to beat Pride by four wickets",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Highest successful fourth-innings chase at the Oval in 15 years lifts T&T to second in the standings",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Nalini Boodram-Charles", "", "", "B"),
        ],
        [
            ("Sunday, February 14, 2027", "", "", "B"),
        ],
        [
            ("Share this: Facebook / X / WhatsApp", "", "", "B"),
        ],
        [
            (
                "Kiran Rampersad-Lewis raises his bat after reaching his century at the Queen's Park Oval on Saturday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO: ANIL SEEPERSAD-MOHAMMED", "", "", "B"),
        ],
        [
            (
                "Kiran Rampersad-Lewis made an unbeaten 142 as Trinidad and Tobago Red Force chased 318 to beat Barbados Pride by four wickets on the final day of their West Indies Championship match at the Queen's Park Oval on Saturday.",
                "",
                "",
                "W",
            ),
            (
                "It was the highest successful fourth-innings chase in a first-class match at the Oval since 2012.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Resuming on 121 for two, the Red Force needed 197 more runs from a minimum of 90 overs.",
                "",
                "",
                "W",
            ),
            ("They got there with 7.4 overs to spare.", "", "", "W"),
        ],
        [
            (
                "Rampersad-Lewis, batting at No. 4, faced 247 balls and hit 16 fours and three sixes.",
                "",
                "",
                "W",
            ),
            (
                "He added 104 for the sixth wicket with wicketkeeper Darren St. Hill, who made 47, after Barbados had reduced the hosts to 207 for five shortly after lunch.",
                "",
                "",
                "W",
            ),
            (
                "Left-arm spinner Jomel Griffith-Prescod took four for 96 in 31 overs for Barbados.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“When Darren walked in at 207 for five, I told him, ‘Just stay with me.’",
                "Kiran Rampersad-Lewis",
                "said",
                "",
            ),
            (
                "He did a lot more than that,” Rampersad-Lewis said.",
                "Kiran Rampersad-Lewis",
                "said",
                "",
            ),
            (
                "It was his fourth first-class hundred and his first at the Oval.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Red Force captain Akeem Mohammed-Baptiste said the team had “believed from the first ball this morning.”",
                "Akeem Mohammed-Baptiste",
                "said",
                "",
            ),
            (
                "“Did I think we would get 318 on a fourth-day pitch?",
                "Akeem Mohammed-Baptiste",
                "said",
                "",
            ),
            (
                "Honestly, no!” he said, laughing.",
                "Akeem Mohammed-Baptiste",
                "said",
                "",
            ),
        ],
        [
            (
                "Barbados captain Kemar Holder-Blackman said two dropped catches off Rampersad-Lewis, on 38 and 91, had cost his side the match.",
                "Kemar Holder-Blackman",
                "said",
                "W",
            ),
            (
                "“You drop a player of his class twice, you pay,” he said.",
                "Kemar Holder-Blackman",
                "said",
                "",
            ),
        ],
        [
            (
                "Barbados made 286 and 297, and the Red Force 266 in their first innings.",
                "",
                "",
                "W",
            ),
            (
                "The win lifts the Red Force to second on 58.4 points, 11.6 behind the leaders, Guyana Harpy Eagles, with two rounds to play.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 1,200 spectators were in the Oval for the final session, and the noise when Rampersad-Lewis pulled the winning boundary carried across the Savannah.",
                "",
                "",
                "",
            ),
            (
                "Rampersad-Lewis is expected to be named in the West Indies Test squad for next month's tour of Sri Lanka.",
                "",
                "",
                "",
            ),
            (
                "The Red Force play Windward Islands Volcanoes at the Brian Lara Cricket Academy in Tarouba from Feb. 20.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("SCOREBOARD", "", "", "B"),
        ],
        [
            (
                "BARBADOS PRIDE 286 (K. Holder-Blackman 88, R. Alleyne-Best 54; N. Ramlogan 4-61) and 297 (T. Inniss-Greaves 102; A. Mohammed-Baptiste 3-44)",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "T&T RED FORCE 266 (J. Boodoosingh 71; J. Griffith-Prescod 5-71) and 318 for six (K. Rampersad-Lewis 142 not out, D. St. Hill 47; J. Griffith-Prescod 4-96)",
                "",
                "",
                "",
            ),
        ],
        [
            ("Result: Red Force won by four wickets.", "", "", ""),
        ],
        [
            ("Player of the match: K. Rampersad-Lewis.", "", "", ""),
        ],
        [
            ("STANDINGS (after Round 5)", "", "", "B"),
        ],
        [
            ("Team | P | W | L | D | Pts", "", "", "B"),
        ],
        [
            ("Guyana Harpy Eagles | 5 | 4 | 0 | 1 | 70.0", "", "", ""),
        ],
        [
            ("T&T Red Force | 5 | 3 | 1 | 1 | 58.4", "", "", ""),
        ],
        [
            ("Barbados Pride | 5 | 2 | 2 | 1 | 51.2", "", "", ""),
        ],
        [
            ("More Sport", "", "", "B"),
        ],
        [
            ("Windies women name uncapped Tobago spinner for India tour", "", "", "B"),
        ],
        [
            ("Print this article", "", "", "B"),
        ],
        [
            ("© 2027 Caroni Clarion Publishing Co. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BLUE MOUNTAIN BULLETIN", "", "", "B"),
        ],
        [
            (
                "Lead Stories | News | Parish News | Business | Sports | Entertainment | Letters",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "WEATHER ALERT: Flash flood warning remains in effect for St. Catherine, St. Andrew and St. Thomas until 6 p.m. Wednesday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            (
                "Record 486mm of rain in 24 hours at Bog Walk as Rio Cobre floods",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Three dead, Flat Bridge closed and 1,140 people in shelters; more rain forecast into Thursday",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Jovan Whyte-McKenzie/Senior Staff Reporter", "", "", "B"),
        ],
        [
            ("Wednesday | October 21, 2026 | 12:00 AM", "", "", "B"),
        ],
        [
            (
                "Residents wade through floodwater along Spanish Town Road on Tuesday afternoon.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Rudolph Brown-Gayle/Photographer", "", "", "B"),
        ],
        [
            (
                "A rain gauge at Bog Walk, St. Catherine, recorded 486.2 millimetres of rain in the 24 hours to 7 a.m. Tuesday, the most ever measured in a single day at any of the Meteorological Service of Jamaica's stations, the Met Service said.",
                "the Meteorological Service of Jamaica",
                "said",
                "W",
            ),
        ],
        [
            (
                "The previous 24-hour record, 443.2 millimetres at Mavis Bank, St. Andrew, was set on June 5, 1986, principal director Shernette Lawrence-Barrett said.",
                "Shernette Lawrence-Barrett",
                "said",
                "W",
            ),
            (
                "The Norman Manley International Airport in Kingston recorded 212.6mm, more than its average for the whole of October.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawrence-Barrett blamed a slow-moving trough interacting with a tropical wave, which stalled over the island for about 30 hours.",
                "Shernette Lawrence-Barrett",
                "blamed",
                "W",
            ),
            (
                "“The system just sat on the Rio Cobre watershed… it had nowhere else to go,” she said.",
                "Shernette Lawrence-Barrett",
                "said",
                "",
            ),
        ],
        [
            (
                "Three people died, the Jamaica Constabulary Force said: a 61-year-old farmer who was swept away while crossing a gully near Linstead, and a couple whose car was washed off the road in the Bog Walk gorge.",
                "the Jamaica Constabulary Force",
                "said",
                "W",
            ),
            (
                "The police identified the farmer as Clinton Ebanks-Reid, of Kent Village, Linstead.",
                "The police",
                "identified",
                "W",
            ),
        ],
        [
            (
                "Flat Bridge and the gorge road were closed on Monday night and will stay closed until engineers have inspected the bridge, the National Works Agency (NWA) said.",
                "the National Works Agency",
                "said",
                "W",
            ),
            (
                "Spanish Town Rd. was impassable between Six Miles and Washington Blvd.",
                "",
                "",
                "W",
            ),
            ("Police diverted traffic to the Mandela Highway.", "", "", "W"),
        ],
        [
            (
                "The Office of Disaster Preparedness and Emergency Management (ODPEM) said 1,140 people were in 37 shelters in five parishes as of 6 p.m. Tuesday.",
                "The Office of Disaster Preparedness and Emergency Management",
                "said",
                "W",
            ),
        ],
        [
            (
                "Local Government Minister Marlene Chambers-Osbourne said the government would release J$500 million from the National Disaster Fund for clean-up and for farmers who had lost crops.",
                "Marlene Chambers-Osbourne",
                "said",
                "",
            ),
            (
                "The Rural Agricultural Development Authority (RADA) estimated early crop losses in St. Catherine and St. Mary at J$1.2 billion.",
                "The Rural Agricultural Development Authority",
                "estimated",
                "W",
            ),
        ],
        [
            (
                "About 48,000 customers were without electricity at midday on Tuesday, according to the light and power company, Jamaica Public Service Co. Ltd.",
                "Jamaica Public Service Co. Ltd.",
                "according to",
                "W",
            ),
            ("Crews had restored supply to 31,000 of them by evening.", "", "", "W"),
        ],
        [
            (
                "In Bog Walk, shopkeeper Marcia Gordon-Chin, 57, said the water rose to the height of her counter in under an hour.",
                "Marcia Gordon-Chin",
                "said",
                "",
            ),
            ("“Mi lose everything inna di shop…", "Marcia Gordon-Chin", "said", ""),
            ("Everything!” she said.", "Marcia Gordon-Chin", "said", ""),
        ],
        [
            ("Is more rain on the way?", "", "", ""),
        ],
        [
            (
                "The Met Service forecast scattered heavy showers over central and eastern parishes until Thursday, with a further 50 to 100mm possible in places.",
                "the Meteorological Service of Jamaica",
                "forecast",
                "",
            ),
            (
                "Motorists should not try to cross flooded gullies or fords, even in large vehicles.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Dr. Kemoy Hines-Samuels of the Climate Studies Group at the University of the West Indies, Mona, said warmer seas around the island made such downpours more likely, although no single storm could be blamed on climate change.",
                "Kemoy Hines-Samuels",
                "said",
                "",
            ),
        ],
        [
            ("24-HOUR RAINFALL TO 7 A.M. TUESDAY (mm)", "", "", "B"),
        ],
        [
            ("Bog Walk, St. Catherine — 486.2", "", "", ""),
        ],
        [
            ("Mavis Bank, St. Andrew — 301.4", "", "", ""),
        ],
        [
            ("Norman Manley Int'l Airport — 212.6", "", "", ""),
        ],
        [
            ("Morant Bay, St. Thomas — 188.9", "", "", ""),
        ],
        [
            ("Source: Meteorological Service of Jamaica", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Farmers count losses in St. Catherine after floods", "", "", "B"),
        ],
        [
            ("Have a news tip? Email newsroom@bmbulletin.com.jm", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Blue Mountain Media Co. Ltd.", "", "", "B"),
        ],
    ],
    [
        [
            ("KALULU NEWS", "", "", "B"),
        ],
        [
            ("Zambia's online newspaper", "", "", "B"),
        ],
        [
            (
                "Home   Politics   Economy   Local   Sport   Africa   Columnists   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ECONOMY", "", "", "B"),
        ],
        [
            (
                "ERB raises petrol by K1.46 to K30.22 a litre, diesel by K1.18",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Regulator blames weaker kwacha and higher import costs; kerosene falls 31 ngwee",
                "The Energy Regulation Board",
                "blames",
                "W",
            ),
        ],
        [
            ("By Mwila Chanda-Phiri", "", "", "B"),
        ],
        [
            ("November 1, 2026", "", "", "B"),
        ],
        [
            ("Share: WhatsApp | Facebook | X | Email", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Energy Regulation Board (ERB) has increased the pump price of petrol by K1.46 to K30.22 per litre and diesel by K1.18 to K27.64 per litre, with effect from 00:00 hours on Sunday.",
                "",
                "",
                "W",
            ),
            ("Kerosene falls by 31 ngwee to K24.15 per litre.", "", "", "W"),
            ("It is the third petrol increase in four months.", "", "", "W"),
            (
                "(The board last cut the petrol price in June, by 64 ngwee.)",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In a statement on Saturday, ERB director-general Eng. Mwape Kalaba-Nsofu said the increases were mainly due to the depreciation of the kwacha against the U.S. dollar, which averaged K27.41 in October compared with K26.08 in September.",
                "Mwape Kalaba-Nsofu",
                "said",
                "W",
            ),
            (
                "She said the landed cost of petrol had also risen because importers were paying higher premiums for cargoes shipped through Dar es Salaam and Beira.",
                "Mwape Kalaba-Nsofu",
                "said",
                "W",
            ),
            (
                "“The board has only passed on what the exchange rate has done.",
                "Mwape Kalaba-Nsofu",
                "said",
                "",
            ),
            (
                "We are not here to make fuel expensive,” she said.",
                "Mwape Kalaba-Nsofu",
                "said",
                "",
            ),
        ],
        [
            (
                "The ERB reviews fuel prices every month under a cost-plus pricing model, using the average exchange rate and international oil prices of the previous month.",
                "",
                "",
                "W",
            ),
            (
                "Under the Energy Regulation Act No. 12 of 2019, a retailer who sells fuel above the gazetted price commits an offence and can lose its licence.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In Lusaka a litre of petrol now costs K30.22; in Mansa it costs K31.08, and in Chililabombwe K30.74, according to the ERB's price schedule.",
                "the ERB's price schedule",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Filling stations in Lusaka's central business district had queues by 10 p.m. Saturday as motorists tried to fill up before the new prices took effect.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Lusaka Minibus Owners' Association secretary-general Mr. Chileshe Mumba-Banda said fares on most Lusaka routes would rise by K2 from Monday, e.g. from K12 to K14 between the city centre and Chilenje.",
                "Chileshe Mumba-Banda",
                "said",
                "",
            ),
            (
                "“What do they expect us to do, run buses on water?” he asked.",
                "Chileshe Mumba-Banda",
                "asked",
                "",
            ),
        ],
        [
            (
                "Minister of Energy Hon. Mutale Nkandu-Siame said the government would not bring back fuel subsidies.",
                "Mutale Nkandu-Siame",
                "said",
                "",
            ),
            (
                "The subsidies cost the treasury about K1.1 billion a month before they were removed in December 2021, according to the Ministry of Finance and National Planning.",
                "the Ministry of Finance and National Planning",
                "according to",
                "W",
            ),
            (
                "He said Indeni Petroleum Refinery Co. Ltd. would resume processing crude oil by the middle of next year, which would cut import costs.",
                "Mutale Nkandu-Siame",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition Patriotic Front spokesperson Mrs. Chanda Mulenga-Kapwepwe said the increase would “hit the poor first and hardest.”",
                "Chanda Mulenga-Kapwepwe",
                "said",
                "",
            ),
        ],
        [
            (
                "The Jesuit Centre for Theological Reflection's Basic Needs and Nutrition Basket for a family of five in Lusaka rose to K11,243.67 in October from K11,108.52 in September, the centre said.",
                "the centre",
                "said",
                "W",
            ),
            (
                "The kwacha was trading at K27.62 to the dollar on Friday, Bank of Zambia data show.",
                "Bank of Zambia data",
                "show",
                "W",
            ),
        ],
        [
            (
                "Given Mwansa-Tembo, a taxi driver at the Kulima Tower bus station, said he now spent K700 a day on fuel, about half of what he takes in.",
                "Given Mwansa-Tembo",
                "said",
                "",
            ),
            (
                "“By 2 p.m. I have only worked for the filling station.",
                "Given Mwansa-Tembo",
                "said",
                "",
            ),
            (
                "After that, I work for my family,” he said.",
                "Given Mwansa-Tembo",
                "said",
                "",
            ),
        ],
        [
            ("Will prices come down in December?", "", "", ""),
        ],
        [
            (
                "Economist Dr. Choolwe Mweemba-Hamoonga of the University of Zambia said prices could fall next month if the kwacha held its gains of the past week and crude stayed below $70 a barrel.",
                "Choolwe Mweemba-Hamoonga",
                "said",
                "",
            ),
            ("The next review is due on Nov. 30.", "", "", "W"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            ("Related posts", "", "", "B"),
        ],
        [
            ("ERB cuts LPG price by K2.10 per kg", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("You must be logged in to post a comment.", "", "", "B"),
        ],
        [
            ("© 2026 Kalulu Media Ltd.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n160-mt-am-ends",
        "Agents were admitted to the hall at 6.30 a.m. Sorting began just after half past seven.",
        [
            "Agents were admitted to the hall at 6.30 a.m.",
            "Sorting began just after half past seven.",
        ],
    ),
    (
        "n160-mt-questions-answers",
        "“Are we beaten? No. Are we finished? Not even close,” she said.",
        ["“Are we beaten?", "No.", "Are we finished?", "Not even close,” she said."],
    ),
    (
        "n160-zm-us-act-no",
        "The kwacha weakened against the U.S. dollar in October. Under Act No. 12 of 2019, the board must pass such changes on within a month.",
        [
            "The kwacha weakened against the U.S. dollar in October.",
            "Under Act No. 12 of 2019, the board must pass such changes on within a month.",
        ],
    ),
    (
        "n160-bw-pty-ltd-end",
        "The pipe contract went to Motlhabeng Plant Hire (Pty) Ltd. It was paid P41 million in the year.",
        [
            "The pipe contract went to Motlhabeng Plant Hire (Pty) Ltd.",
            "It was paid P41 million in the year.",
        ],
    ),
    (
        "n160-bw-cap-initials",
        "The Auditor General, Mr. K. B. Moremi-Lesole, cited s. 12 of the Act (Cap. 74:02) in his opinion.",
        [
            "The Auditor General, Mr. K. B. Moremi-Lesole, cited s. 12 of the Act (Cap. 74:02) in his opinion."
        ],
    ),
    (
        "n160-bw-pm-ends-in-quote",
        "“The tanks are empty by 10 p.m. We queue again at dawn,” said one resident.",
        [
            "“The tanks are empty by 10 p.m.",
            "We queue again at dawn,” said one resident.",
        ],
    ),
    (
        "n160-nz-ltd-end",
        "The trip was run by Arahura Canyon Tours Ltd. Its licence was suspended in May.",
        [
            "The trip was run by Arahura Canyon Tours Ltd.",
            "Its licence was suspended in May.",
        ],
    ),
    (
        "n160-nz-paren-sentence",
        "The gauge read 212 cumecs at launch. (The company's own limit for school groups was 180.) Nobody checked it that morning.",
        [
            "The gauge read 212 cumecs at launch.",
            "(The company's own limit for school groups was 180.)",
            "Nobody checked it that morning.",
        ],
    ),
    (
        "n160-sg-inc-no-such",
        "He said the money was held by Kestrel Harbour Holdings Inc. No such firm has ever been registered, the court heard.",
        [
            "He said the money was held by Kestrel Harbour Holdings Inc.",
            "No such firm has ever been registered, the court heard.",
        ],
    ),
    (
        "n160-sg-section-end",
        "Cheating carries up to 10 years' jail under s. 420. Forgery is punished under s. 468 of the same code.",
        [
            "Cheating carries up to 10 years' jail under s. 420.",
            "Forgery is punished under s. 468 of the same code.",
        ],
    ),
    (
        "n160-sg-pte-ltd-mid-so",
        "Defence counsel Suresh s/o Ramasamy said Lim had worked for Orchid Quay Advisers Pte. Ltd. for 11 years.",
        [
            "Defence counsel Suresh s/o Ramasamy said Lim had worked for Orchid Quay Advisers Pte. Ltd. for 11 years."
        ],
    ),
    (
        "n160-za-pty-mid-question",
        "Thabo Mokoena-Dube of Baobab Equity (Pty) Ltd. asked: “Is 4% growth a disaster? Hardly.”",
        [
            "Thabo Mokoena-Dube of Baobab Equity (Pty) Ltd. asked: “Is 4% growth a disaster?",
            "Hardly.”",
        ],
    ),
    (
        "n160-za-ellipsis-lower",
        "“We sell the big bag now… and we sell it on payday,” she said. Sales of house brands rose 14%.",
        [
            "“We sell the big bag now… and we sell it on payday,” she said.",
            "Sales of house brands rose 14%.",
        ],
    ),
    (
        "n160-za-sept-date",
        "Sales rose 5.8% in the 13 weeks to Sept. 27, the group said on Wednesday.",
        ["Sales rose 5.8% in the 13 weeks to Sept. 27, the group said on Wednesday."],
    ),
    (
        "n160-ng-am-in-quote",
        "“I leave the house at 4.45 a.m. My shift starts at seven,” she said.",
        ["“I leave the house at 4.45 a.m.", "My shift starts at seven,” she said."],
    ),
    (
        "n160-ng-titles-co",
        "Engr. Babatunde Olawale-Ajose and Arc. Ngozi Eze-Obiora of Lekki Bay & Co. addressed the hearing.",
        [
            "Engr. Babatunde Olawale-Ajose and Arc. Ngozi Eze-Obiora of Lekki Bay & Co. addressed the hearing."
        ],
    ),
    (
        "n160-lk-gce-rs",
        "Re-scrutiny of G.C.E. O/L answer scripts costs Rs. 250 a subject. Applications close on May 4.",
        [
            "Re-scrutiny of G.C.E. O/L answer scripts costs Rs. 250 a subject.",
            "Applications close on May 4.",
        ],
    ),
    (
        "n160-lk-initials-ven",
        "Mr. R. P. Sunil Wijesekera-Bandara met Ven. Kotte Dhammaratana Thera at the examinations office on Sunday.",
        [
            "Mr. R. P. Sunil Wijesekera-Bandara met Ven. Kotte Dhammaratana Thera at the examinations office on Sunday."
        ],
    ),
    (
        "n160-lk-url",
        "Results are on www.doenets.lk from tonight. Schools receive printed sheets later.",
        [
            "Results are on www.doenets.lk from tonight.",
            "Schools receive printed sheets later.",
        ],
    ),
    (
        "n160-bd-prof-dr-md",
        "Prof. Dr. Md. Abul Kalam Siddique-Bhuiyan said 611 patients were in the hospital on Monday.",
        [
            "Prof. Dr. Md. Abul Kalam Siddique-Bhuiyan said 611 patients were in the hospital on Monday."
        ],
    ),
    (
        "n160-bd-etc-mid",
        "Empty tubs, trays, tyres etc. every three days. Aedes breeds in clean water.",
        [
            "Empty tubs, trays, tyres etc. every three days.",
            "Aedes breeds in clean water.",
        ],
    ),
    (
        "n160-bd-am-ends-some",
        "Some 3,980 patients were in hospital as of 8 a.m. Some 2,400 of them were in Dhaka.",
        [
            "Some 3,980 patients were in hospital as of 8 a.m.",
            "Some 2,400 of them were in Dhaka.",
        ],
    ),
    (
        "n160-my-pm-a",
        "On Sundays the line closes after 9 p.m. A replacement bus runs every 20 minutes.",
        [
            "On Sundays the line closes after 9 p.m.",
            "A replacement bus runs every 20 minutes.",
        ],
    ),
    (
        "n160-my-sdn-bhd-end-al",
        "The feeder buses are run by Selangor Link Sdn. Bhd. Its contract was renewed in 2025, said Kumar a/l Velayutham.",
        [
            "The feeder buses are run by Selangor Link Sdn. Bhd.",
            "Its contract was renewed in 2025, said Kumar a/l Velayutham.",
        ],
    ),
    (
        "n160-tt-nested-quote",
        "“I told him, ‘Watch the ball, nothing else.’ He watched it all day,” the captain said.",
        [
            "“I told him, ‘Watch the ball, nothing else.’",
            "He watched it all day,” the captain said.",
        ],
    ),
    (
        "n160-tt-scorecard-line",
        "T&T RED FORCE 301 for seven (R. Maharaj-Cox 96, L. St. Rose 41; P. Greenidge-Walcott 3-58)",
        [
            "T&T RED FORCE 301 for seven (R. Maharaj-Cox 96, L. St. Rose 41; P. Greenidge-Walcott 3-58)"
        ],
    ),
    (
        "n160-tt-exclamation-attribution",
        "“Did I expect to win? Not at tea!” he said, grinning.",
        ["“Did I expect to win?", "Not at tea!” he said, grinning."],
    ),
    (
        "n160-jm-blvd-end",
        "The road was shut between Six Miles and Washington Blvd. Traffic was sent through Ferry instead.",
        [
            "The road was shut between Six Miles and Washington Blvd.",
            "Traffic was sent through Ferry instead.",
        ],
    ),
    (
        "n160-jm-st-parishes",
        "Rain fell heaviest in St. Catherine and St. Mary, the Met Service said. St. Thomas escaped the worst.",
        [
            "Rain fell heaviest in St. Catherine and St. Mary, the Met Service said.",
            "St. Thomas escaped the worst.",
        ],
    ),
    (
        "n160-zm-pm-i",
        "“By 2 p.m. I have paid the pump, not my children,” he said. Fares rise by K2 on Monday.",
        [
            "“By 2 p.m. I have paid the pump, not my children,” he said.",
            "Fares rise by K2 on Monday.",
        ],
    ),
]
