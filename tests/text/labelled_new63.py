"""Sixty-third set of new hand-labelled pages for the hint engines (tuning set, round twenty-eight): twelve whole pages from twelve kinds of site whose furniture the sets are thin on, with that furniture inside and around the story as a plain-text paste leaves it.

Written from scratch for issue 13 in round twenty-eight, before any rule was tuned on them and without
looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file was read, `hint_scores.py`, `docs/` and the
benchmarks were not read, and no test, scorer or engine was run; only an import of this file and
`build` on every page, a small script of my own in /tmp that checks the tuples, the flags, the speakers
and cues, the sentence count and the split cases against the pages as built, whole-word greps of the
invented names over `tests/` that listed file names only, and `ruff format` / `ruff check` were run).
The format and the conventions were read from the module docstrings of `labelled_new.py`,
`labelled_new2.py` and `labelled_new60.py` to `labelled_new62.py`, the first three pages and part of
the fourth of `labelled_new60.py`, the first two pages of `labelled_new61.py` and of
`labelled_new62.py`, the split cases of `labelled_new60.py` (a listing cut short in the middle), the
first six of `labelled_new61.py` and the first twelve of `labelled_new62.py` (those two listings
cut to their first few hundred characters a line), and `build` in
`labelled_articles.py` (a directory listing of `tests/text/` and the line numbers of the `ARTICLES`,
`CASES` and page-comment lines of `labelled_new60.py` to `labelled_new62.py` were also printed). The
pages were drafted in a small line format of my own in /tmp and turned into the literals below by a
script of my own. Every person, small place, street, township, reservoir, ground, organisation,
outlet, newswire, company, school, club, union, journal, product and number is invented (Canada and
Ontario; Wales and Carmarthenshire; the United States, Illinois, Indiana, Florida, New Mexico, Ohio,
Texas, Tennessee and Dallas; Ireland; Ghana, the Central Region, the Western Region and Cape Coast;
Mexico, Jalisco, Guadalajara and Tlaquepaque; South Africa, the Free State, the Thabo Mofutsanyana
district, Onderstepoort and China; Scotland; England, Yorkshire and Leeds; Australia, Victoria,
Melbourne, the Mallee, the Wimmera, the Northern Country and North Central districts and the Tasman
Sea appear only as settings; real public bodies, offices, leagues, laws and schemes such as
Carmarthenshire County Council, the Football Association of Wales, the Cymru Premier, the Federal
Motor Carrier Safety Administration, the U.S. Bankruptcy Court for the Northern District of Illinois,
Congress, HSE West and North West, the Minister for Health and the Dáil, Parliament, the Fisheries
Commission, the Fisheries Scientific Survey Division, the Minister for Fisheries and Aquaculture, the
Ghana Navy, the U.S. Census Bureau, the National Water Commission (Conagua), the National
Meteorological Service (SMN), the Department of Agriculture, the Agricultural Research Council, Red
Meat Industry Services (RMIS), the Scottish Index of Multiple Deprivation, the Scottish Attainment
Challenge, Leeds Crown Court, West Yorkshire Police, the Ohio Tax Credit Authority, the New York Stock
Exchange, the Private Securities Litigation Reform Act of 1995, the Bureau of Meteorology, the Country
Fire Authority (CFA), the Australian Energy Market Operator (AEMO), the Department of Health and
Ambulance Victoria appear only as settings, with invented figures; Facebook, X, LinkedIn, WhatsApp,
Telegram, iOS and Android appear only as channels). No surname, town, street, outlet, company, school,
club or union of any file under `tests/` is reused: every capitalised word of these pages, styles and
split cases, each part of a hyphenated name included, was grepped as a whole word over the whole
`tests/` tree, listing file names only, and every hit that was an invented name was changed (a first
draft reused some forty invented surnames, towns, outlets and companies of earlier sets, all renamed;
first names, titles, real settings, Spanish and Welsh common nouns such as "Colonia", "Calle" and
"Santa", and common words such as "Chronicle", "Ledger", "Report", "Celtic", "Rovers", "Athletic",
"Studio", "Design" and "Fairness" recur). The greps were run again at the end over
`labelled_heldout41.py` and `labelled_heldout42.py`, which other writers were writing at the same
time (only first names, real settings and common words matched); `labelled_new64.py` and
`labelled_new65.py` did not exist yet when this set was finished.

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way, and the
furniture a paste leaves INSIDE the story is kept where it falls: listen players, key-point and
AI-summary boxes, gift prompts, "Continue reading below" and ad labels, partner slots, inline related
headlines, polls, quizzes, gallery counters, mid-story newsletter and membership appeals, and around
the story the originally-published, translation and republishing notes, corrections and editor's
notes, bios, comment counts, comment threads and comment forms, tags, tickers and footers. The stories
hold ordinary speakers and a mix of checkable claims and talk. The twelve pages, from twelve kinds of
site: (1) a Canadian city's own news-release page on council voting 11-2 for the City
to clear all 612 km of sidewalk (a service-alert banner, "Posted: ... | Last updated: ..., 4:20 p.m.",
"Listen to this page ▶ 0:00 / 3:51", an "At a glance" box of three bullet points, "KESSINGBROOK, Ont.
–", according to a staff report then "the report says", an inline "Related:" link, "Ward 4 Coun.", a
lost amendment, 22 tractors inside an opinion, a service standard and "By-law No. 2026-014." ending a
sentence before "Everyone", a link line, media-contact lines, "Was this page helpful?" / "Yes No" and a
postal-address footer); (2) a Welsh football club's own site on a 600-seat stand (a next-match ticker
with "2.30pm", "1 of 12" and "2 of 12" gallery counters with captions and credits, the club as its own
speaker with "confirmed", a league ground rule, "Continue reading below", an "Official Partner" slot
with its two-sentence advert, "Also read:", share-offer terms, a trust's count against its secretary's
hope, a dated step subject to permission, a "FAN POLL" with three options, percentages and a vote
count, a table title, header and rows "1.", "2.", "3.", an app prompt and "Football Club Ltd." before
"Registered in Wales No. 04418263."); (3) a US trucking trade magazine on a broker's collapse (a diesel
and spot-rate ticker with "(U.S. avg.)", a standfirst carrying carrier owners, "Listen to this article
· 5:48", a gift prompt in two lines, "Key takeaways (AI-generated, reviewed by our editors)" with
three points, "Pekonsha, Ill.,", "Inc.,", a bankruptcy petition that "lists" then "It lists", "Jan.
23." ending a paragraph, "Continue reading below" and two "ADVERTISEMENT" lines, "Quellsburg, Ind.,",
a carrier's unpaid loads against his regret and his parked truck, an unattributed hedge, "Surety Co.,
said", "Read more: ...?" / "Here's how ...", records that "show", "did not respond", figures inside a
league president's complaint, an analyst's count against his hedge, tags, a two-sentence bio, "Comments
(3)" with a user line, a two-sentence comment and "Reply · Like (14)", a newsletter appeal with "6
a.m. Eastern." and "LLC." before "All rights reserved."); (4) a mobile reader-view paste of an Irish
regional site on hospital parking charges (the domain line, the author's name alone, "5–6 minutes",
a headline and lead carrying "the hospital's management" with "confirms" / "confirmed", "Ireland Ltd.
under", an HSE spokesperson carried over three sentences, an Independent TD's arithmetic inside her
opinion and her pledge, "READ MORE:", according to a survey, a dialysis patient's private costs, "Dr"
dropped, an "In brief" box with two points, a three-sentence membership appeal, a two-sentence
editor's note, tags and the "Original page:" URL line); (5) a Ghanaian public broadcaster's site on
the fishing closed season (a live radio and TV strip, a "BREAKING:" ticker, "6:40 PM | ... 7:05 AM",
"🔊 Listen to this article 4 min", "Key Points" with a point carrying the canoe council with "say",
"In a statement signed by its Executive Director, Dr. ..., the Commission said" then "It said" and
"the statement said", "Hon." and "Mrs." dropped, "Nana" dropped from a chief fisherman, "told Mframa
News", "READ ALSO:", "VIDEO: ... (2:14)", fines of record with "it said", a scientist's opinion, a
comment form in three lines and "All Rights Reserved."); (6) a US nonprofit newsroom on evictions in a
New Mexico county ("Donate", a headline with "court records show" carrying the analysis as the body
names it, a standfirst carrying the legal aid attorneys, "Republish this story", "This story was
originally published by ...", a caption with a name-and-outlet credit, an analysis "found", "according
to court staff", a nested single-quoted word in a quote, a mid-story newsletter call-out, "U.S. Census
Bureau estimates", a tenant's private eviction, a two-sentence membership appeal mid-story, a
landlords' figure against their opinions, a commissioner's scheduled vote against her opinion, a chart
with a title, rows and a source line, an editor's note, a republishing notice, "Before you go..." before
a capital and "501(c)(3)"); (7) the English edition of a Mexican daily on rotating water cuts ("Leer en
español", a standfirst carrying the utility as first given, a two-sentence AI-translation note,
"Escuchar nota / Listen 4:12", "GUADALAJARA, Jal. –", according to Conagua, "5 a.m. to 2 p.m." ending
a sentence before "PUBLICIDAD", "Ing.", "Sra.", "Lic." and "Mtra." dropped with both surnames kept, a
pledge told to a news conference, "You may also like:", residents' public-service fact against a
vendor's question and private truck, "S.A. de C.V., said", "Av. ... No. 1415, Col. ...", "8 a.m. to 6
p.m. on", according to inside a councilor's reported speech, a spoken forecast, "POLL / ENCUESTA" with
three options and a vote count, "12 comments" with its disclaimer and "S.A. de C.V." before "All
rights reserved."); (8) a South African farming weekly on a foot-and-mouth quarantine (a rand-per-ton
market ticker, a weather strip, "PREMIUM", according to the chief state vet with "Dr." dropped, a
disease management area as an act, the auctioneers said, "Advertisement" and "Story continues below",
a union chairperson's members' losses against his complaint, "said in a statement" with a dated step,
"READ:", a farmer's private herd, "R42.80/kg", an economist's hedge, a "POLL" with three answers and a
vote count, "Comments (7)", "Gert V. · 5 hours ago" with a two-sentence comment and "Reply", a
newsletter prompt and "(Pty) Ltd." before "© 2026 All rights reserved."); (9) a Scottish university's
press-office page on a study of pupils skipping breakfast ("Key findings" in three points, a headline
carrying the study with "finds", according to a study, a method without a speaker, "i.e. about", "Dr."
and "Prof." dropped, a lead author's caveat, a funding note in the body, "e.g. through", the authors'
recommendation, a council spokesperson's record and welcome, "ENDS", "Notes to editors" with a
numbered journal reference holding "et al." and a boilerplate note, a media contact line and "No.
SC011742." in the charity line); (10) an English court reporting site on a roofer jailed for fraud (a
standfirst carrying the judge with "tells", a "Case details" box with rows including "Case: R v ...",
a reporting-restrictions line, "the court heard", "Prosecuting," and "Defending," before names, "Ms"
and "DC" dropped, a victim impact statement, a judge's quote after a colon, an order of record with
"She" and no verb of saying, a three-sentence supporter appeal, "Comments are switched off ...", a
dated two-sentence correction, "About the reporter" and "Ltd." before "Registered in England and
Wales"); (11) a US business wire release on a $96 million heat pump plant ("NEWS PROVIDED BY" and the
company on its own line, "08:00 ET", "DALLAS, March 10, 2026 /Lowencross Newswire/ --", "Inc. (NYSE:
VDMT)," with "today announced", straight double quotes, a state body's tax credit, results of record,
a trustee's comparison, "10:00 a.m. ET today." ending a sentence before a webcast link, an "About"
paragraph of three sentences with a URL, a "Forward-Looking Statements" paragraph with "Dec. 31,
2025.", media contact lines, "SOURCE ... Inc." and "Also from this source"); and (12) an Australian
weather service's news page on a severe heatwave (a current-conditions strip, "Warnings (6)", a
warnings banner, a standfirst carrying AEMO as first given with "warns", "6:12am AEDT", "Listen to this
story 2:58", "1 of 8" and "2 of 8" counters with "Picture:" credits, the Bureau said, published
forecasts and a record without a speaker, "4.12pm", the site's meteorologist's causal account against
her hedged forecast, a total fire ban as an act, a fire officer's count against her advice, AEMO's
notice with "approx." then "It said", a "QUIZ" widget with "Question 1 of 5:", an app prompt and "Pty
Ltd." before "ABN 62 418 907 355."). `STYLES` names the site, the story and the stresses of each page,
in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new62.py` hold too (mastheads, straps, menus, crumbs, section
labels, bylines, date lines, listen, gift and share lines, ad slots and "continues below" lines,
related and also-read lines, pull quotes, tags, newsletter, app and membership prompts, comment
notices, corrections, bios, contact lines and footers "B" line by line, and furniture in prose "B"
sentence by sentence, whatever figures it holds; captions by content and credits "B"; key points and
standfirsts labelled like headlines, carrying the first source named with a verb of saying as the
body names it; titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname
or a role resolved to the full name as first given; organisations, documents and data kept as
written, "according to X" -> X, "It" for an organisation resolved to its name as first given; a quote
over several sentences carrying its speaker and cue; "did not respond" labelled like speech with flags
""; plans, votes, decisions, orders, rules, results and figures of record "W"; spoken forecasts,
hopes, pledges, opinions, feelings, scene, private circumstances, questions and advice ""; a published
forecast "W"; a checkable figure inside an opinion "W"; data rows of a table "", its title and header
"B"; a colon never ends a sentence before a quote).

Conventions this set had to settle, in the same spirit:

* Boxes inside the story. "At a glance", "Key Points", "Key takeaways (AI-generated, reviewed by our
  editors)", "Key findings" and "In brief" are "B" labels; the points under them are labelled like
  standfirsts, by content ("• The program starts on November 15, 2026." "W"; "• About 1,900 motor
  carriers are owed some $14.6 million, according to the company's bankruptcy petition." carries the
  petition; "• Fishermen say they need premix fuel and cash support ..." carries "The Central Region
  Canoe Fishermen's Council" as the body first names it, "", a stated need). A note that the box was
  written by AI is part of the label, "B".
* Polls, quizzes and widgets. A poll's title, its question, every option with its percentage and the
  vote-count line are "B" ("FAN POLL", "The 1994 Stand   27%", "1,184 votes · Poll closes 31 March",
  "POLL / ENCUESTA", "Yes, every week   64%", "3,418 votes"): a readers' vote is page furniture, not a
  claim. So are "Was this page helpful?" / "Yes   No", a quiz's "QUIZ", its title and "Question 1 of
  5: ...?" (a question line in furniture is one "B" sentence), the partner slot "Official Partner" and
  its advert in two sentences, the warnings banner, "Get the app" lines and "VIDEO: ... (2:14)" (one
  "B" sentence with its running time).
* Galleries. "1 of 12", "2 of 12", "1 of 8" and "2 of 8" are "B" paragraphs of their own; the caption
  after each is labelled by content and its credit ("Image: Penwerydd Design Studio", "Image: Club
  Media", "Picture: Skyfield / Bren Fernsworth", "Picture: CFA / Supplied") is "B".
* Tickers and strips. A market ticker ("DIESEL (U.S. avg.) $3.714 ▲0.011 ...", "MARKETS   White maize
  (Jul) R4 215/t ▲1.2% ..."), a weather or conditions strip ("Kestelspruit   11°C ...", "Melbourne
  31.8°   Feels like 30° ..."), a next-match ticker, a breaking-news ticker and a service-alert banner are
  "B" whatever they state, as the weather strip is in `labelled_new2.py`; each is one sentence
  however many figures, dots and symbols it holds.
* Notes about the copy. "This story was originally published by ... and is co-published here ...",
  "Republish this story", the Creative Commons republishing line, "This article was translated from
  Spanish with the help of AI tools and reviewed by an editor." / "Read the original version in
  Spanish here.", "Leer en español", "Editor's note: ..." with its second sentence, and "Correction,
  14 March 2026: ..." / "He lives in Halbridge." are "B": they speak for the site to the reader, and
  the corrected fact is checked where the story states it.
* Comments. Comment counts ("Comments (3)", "Comments (7)", "12 comments"), user lines ("RoadDog_Lonnie
  · 2 days ago", "Gert V. · 5 hours ago"), the comments themselves sentence by sentence, "Reply" and
  "Reply · Like (14)", the comment disclaimer, "Comments are switched off on court reports for legal
  reasons." and the comment form ("Leave a Comment", "Your email address will not be published." /
  "Required fields are marked *") are "B": a reader's comment is not the story, whatever it claims
  ("We've been asking for vaccine since 2022.").
* Press-office and wire furniture. "NEWS PROVIDED BY" and the company line under it, "Share this
  article", the "About ..." paragraph (three "B" sentences though it holds a founding year and a head
  count), the "Forward-Looking Statements" heading and its three sentences, contact lines, "SOURCE ...",
  "Also from this source" and its headline, "A live webcast will be available at ..." (a link for the
  reader), "ENDS", "Notes to editors", a numbered journal reference (one "B" sentence: "1. The paper:
  ... et al. ... study. J Child Nutr Learn. 2026;9(2):114–127."), the numbered boilerplate note, the
  funding note in the body ("The research was funded by the Carsewell Trust, ...") and the charity line
  are "B"; the conference call's time ("... at 10:00 a.m. ET today.") is a dated event of record, "W".
* Reader view. The domain line, the author's name standing alone, the reading-time range "5–6
  minutes" and the "Original page: https://..." line reader view leaves are "B".
* Court furniture. The "Case details" title is "B" and its rows ("Case: R v Shane Loxhaven-Prowsell",
  "Court: ...", "Plea: Guilty", "Sentence: ...") are data, "", like a results box's rows; "There are no
  reporting restrictions in this case." is "B".
* Organisations speaking on their own pages. On the club's site "Glanrhosyn Town have confirmed plans
  ..." carries the club with "confirmed", and "the club said" keeps "the club"; in the wire release
  "Vandermast Thermal Systems, Inc. (NYSE: VDMT), ..., today announced plans ..." carries the company as
  first given with "announced", and "the company said" keeps "the company"; the release's statements
  without a verb of saying ("Vandermast shipped 214,000 heat pumps in 2025, ...") and the City's own
  statements on its page carry no speaker, "W". "The Metropolitan Water and Sanitation Agency (AMAS)
  will extend ..., it announced on Tuesday." carries the agency with "announced".
* Court reports. "Prosecuting, Imogen Tarrington said" and "Defending, Rhys Kaylock said" carry the
  name with "said"; "Ms Tarrington said" resolves to her; "Leeds Crown Court heard that ..." is "W"
  without a speaker (proceedings of record); "In a victim impact statement read to the court, the
  widow's son said" keeps "the widow's son", ""; "Sentencing, Judge Harriet Trevaskiss-Achike told
  him: “...”" is one sentence with the cue "told him", and the quote's next sentence carries the same;
  "She also made him subject to a criminal behaviour order ..." is an order of record, "W" without a
  speaker (no verb of saying). The prosecutor's account of what the defendant told a victim is "W"
  (a misrepresentation of record in a case he admitted), the defence's mitigation "", its repayment of
  record "W".
* Names and titles. Dropped: "Mayor", "Ward 4 Coun.", "Director of Roads and Winter Operations", "Club
  chair", "Manager", "Independent TD", "Dr", "Dr.", "Prof.", "Lead author", "Hon.", "Nana" (a chief's
  title, with "the chief fisherman of Asebukrom" in apposition), "Mrs.", "AMAS director Ing.", "Sra.",
  "Tlaquepaque Mayor Lic.", "Opposition city councilor Mtra.", "Agricultural economist", "Judge", "DC",
  "Township Trustee", "CFA deputy chief officer", "Skyfield meteorologist" and "County Commissioner";
  kept: both Mexican surnames ("Raúl Zepeda Montoya", "Guadalupe Berrueta Talancón"), "Ní" and "Ó" in
  Irish names. "The Minister for Fisheries and Aquaculture, Hon. Kofi Boaduwaa-Oppongwaa, told Mframa
  News" carries him with that cue; "The Commission said" keeps "The Commission", "the Commission said"
  after "In a statement signed by its Executive Director, Dr. ...," keeps "the Commission", and "It
  said" / "it said" resolve to "The Fisheries Commission"; "the statement said" keeps "the statement";
  "residents said", "the auctioneers said", "court staff" (via according to), "The authors recommend"
  and "A spokesperson for Carsebank Council" (then "the spokesperson said") as written; "Attorneys at
  the Frontera Tenant Law Center, ..., say" keeps the attorneys, and the standfirst's "legal aid
  lawyers say" carries them as the body names them; "according to a survey by Carepath Ireland, a
  patients' advocacy group" -> "a survey by Carepath Ireland"; the headline's "court records show"
  carries "an analysis of state court records by Llano Watch and Chamisa Report", the source the body
  gives for the count.
* Flags for people quoted and for near cases. A carrier's $48,200 owed by a bankrupt broker is "W" (a
  debt in a filing of record), his parked truck and laid-off driver ""; residents' "water ... on only
  four days in April" is "W" (a public service), a vendor's question about it "" and her 900 pesos for
  a private truck "" (private); a tenant's eviction and a dialysis patient's €10 a week are "" (private
  circumstances); figures restating a plan or a record inside an opinion are "W" (the councillor's 22
  tractors, the TD's "over €200 just to park", the league president's 30-day and 60-to-90-day payment
  terms and "The $75,000 bond was set in 2013", the councilor's "a third of it runs into the street");
  the trust's hoped-for "six-figure sum", the minister's "no fish left", the SMN's expected rains, the
  economist's falling prices, the analyst's "a few more", the meteorologist's "might not drop below 28C"
  and the magazine's unattributed "likely to recover only a few cents on the dollar" are ""; a forecast
  the weather service publishes ("Melbourne is forecast to reach 41C on Friday ...", "The hottest place
  in the state on Friday is forecast to be Wirrabend, ...") and AEMO's notice with its forecast peak are
  "W"; the site meteorologist's causal account of the heat and the analyst's cause stated as fact are
  "W"; the lead author's caveat that the link "did not prove" causation is "" and her co-author's
  breakfast-club comparison "W"; the authors' recommendation is "W", as a report's is in
  `labelled_new62.py`.

Splits. "By-law No. 2026-014." (before "Everyone"), "Ltd." ("Football Club Ltd." before "Registered
in Wales No. 04418263.", "Docket North Ltd." before "Registered in England and Wales"), "Pty Ltd."
(before "ABN"), "(Pty) Ltd." (before "© 2026"), "LLC." (before "All rights reserved."), "S.A. de C.V."
(before "All rights reserved."), "6 a.m. Eastern." (before "It's free"), "2 p.m." at the end of a
paragraph before "PUBLICIDAD", "10:00 a.m. ET today." (before "A live webcast"), "Jan. 23." at the end of a paragraph, "Dec.
31, 2025." (before "Vandermast undertakes"), "Before you go..." (an ellipsis before a capital), a "?" in
furniture before a capital ("Read more: Is your broker's bond still active?" / "Here's how ...") and a
caption's full stop before its credit on the same line end a sentence. "Ont. –", "Coun. Tobias", "4:20
p.m.", "(U.S. avg.)", "Pekonsha, Ill., stopped", "Inc., a freight", "U.S. Bankruptcy Court", "Quellsburg,
Ind., said", "Surety Co., said", "Ireland Ltd. under", "6:40 PM", "7:05 AM", "Dr. Abena", "Hon. Kofi",
"Mrs. Araba", "GH₵3,000", "(2:14)", "U.S. Census", "501(c)(3)", "Jal. –", "Ing. Raúl", "every other
day?” said Sra. Guadalupe", "Lic. Armando", "S.A. de C.V., said", "Av. de los Alfareros No. 1415, Col.
Santa Eduwiges Poniente", "8 a.m. to 6 p.m. on", "Mtra. Itzel", "Dr. Lerato", "R42.80/kg", "Dr. Johan",
"Gert V. ·", "i.e. about", "Dr. Morven", "Prof. Alasdair", "e.g. through", "et al. Breakfast", "study.
J Child Nutr Learn. 2026;9(2):114–127.", "R v Shane", "Ms Tarrington", "told him: “You", "Inc. (NYSE:
VDMT),", "/Lowencross Newswire/ --", "customers are," said" (straight quotes), "6:12am AEDT", "4.12pm
on", "approx. 10,400", "2.30pm", "1. Penrhydd Athletic" and the other table rows (a list item is one
sentence) and the bullet points never split inside. A "?" closing a quote before a lower-case
attribution ("every other day?” said ...") does not end the sentence.

`CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new60.py` (id, text,
expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Canadian city's own news-release page, council votes for the City to clear every municipal sidewalk (skip link, site name, language and 311 strip, menu, a service-alert banner, crumb, headline, News release label, posted and last-updated line with p.m., a listen player line with its counter, an At a glance box with bullet points labelled like standfirsts, Ont. with a dash in the dateline, the mayor's quote, according to a staff report then the report says, an inline Related link, Coun. dropped with a figure of record, two councillors who voted no, a lost amendment, a figure restating the plan inside an opinion, a director's dated step, a service standard without a speaker, By-law No., a committee's requests of record, an advisory chair's opinion, a link line for the reader, media contact lines, share strip, a was-this-page-helpful widget, related news, an e-news prompt, address, phone and copyright footer)",
    "Welsh regional football club's own website, plans for a 600-seat east stand (club name, site strap, next-match ticker with pm, menu, crumb, headline, published line with a dot and time, by Club Media, share strip, a photo gallery with 1 of 12 and 2 of 12 counters, captions and credits, the club confirmed as its own speaker, a funding mix of record, the club chair's quote with a year of record, a league ground rule and a count without a speaker, Continue reading below, an Official Partner slot with its two-sentence advert, an Also read line, share-offer terms, a supporters' trust said then its secretary's hope, the manager's opinion, a dated step subject to permission, the club said, season-ticket prices, a fan poll with its question, options with percentages and vote count, a table title, header and rows opening with 1., 2., 3., a latest-news line, app prompt, a footer with Ltd. before Registered and No.)",
    "US trucking trade magazine, a freight broker shuts down owing carriers an estimated $14.6 million (masthead, menu, a market ticker with U.S. avg., crumb, headline, semicolon standfirst carrying the carrier owners as the body names them with say, byline with role, date and read-time line, listen line, a gift-article prompt in two lines, an AI-generated key-takeaways box with its label and three points labelled like standfirsts, Ill. mid-sentence and Inc., a bankruptcy petition lists then It lists, told Axle & Ledger, Continue reading below and two ADVERTISEMENT lines, Ind., a carrier's unpaid loads against his own regret and private loss, a federal rule without a speaker, an unattributed hedge, a surety company with Co. said, a Read more line ending in a question mark, records show, did not respond, a league president's figures against her opinion, an act without a speaker, an analyst's figures against his hedge, tags, a two-sentence author bio, a comment count and a reader comment in two sentences with its user line and a Reply and Like line, newsletter appeal in prose with a.m., footer with LLC.)",
    "mobile reader-view paste of an Irish regional news site, hospital parking charges to rise (the domain line, headline, the author's name alone, a reading-time range with an en dash, a listen line, a caption and photo credit, the hospital's management confirmed, Ltd. mid-sentence, a spokesperson for the HSE region then the spokesperson said, Continue reading below, an Independent TD with arithmetic inside her opinion and a pledge, a READ MORE line, a patients' group via according to a survey, a patient's private circumstances and opinion, a multi-storey car park's date of record, Dr dropped from a consultant, an In brief box label with two points, a membership appeal in prose in three sentences, an editor's note in two sentences, tags and the original-page line reader view leaves at the foot)",
    "Ghanaian public broadcaster's news site, the fishing closed season is set for July (masthead, strap, live radio and TV strip, menu, breaking-news ticker, crumb, headline carrying the Fisheries Commission with announces, byline with outlet and town, published and updated line with PM and AM, listen line with an emoji, a Key Points box with three points labelled like standfirsts, one carrying the council as the body first names it, caption with a slash credit, the Commission announced, In a statement signed by ... Dr. ..., the Commission said, It said, the statement said, Advertisement lines, figures via according to, Hon. dropped with told Mframa News, READ ALSO line, Nana dropped from a chief fisherman with a preference and a comparison, Mrs. dropped from a fish processor's private loan, a related-video line with its running time, fines of record with it said, a scientist with Dr. dropped and his opinion, tags, share strip, app prompt, related stories, a comment form's three lines, footer)",
    "US nonprofit newsroom in New Mexico, eviction filings at a 10-year high (donate link, masthead, strap, menu, section label, headline with court records show carrying the analysis as the body names it, semicolon standfirst carrying the legal aid attorneys as the body names them, a two-name byline, date line, republish link, an originally-published-by line with a partner newsroom, caption and credit, an analysis via according to then the analysis found, court staff via according to, attorneys say, a staff attorney's opinions, a mid-story newsletter call-out, U.S. Census Bureau estimates, a tenant's private circumstances and her account, a membership appeal in two sentences mid-story, a landlords' association president's figure against his opinions, a rental program's payments of record, a commissioner's scheduled vote against her opinion, a chart title, rows and source line, an editor's note, a two-name bio, a republishing notice, a before-you-go appeal in prose, a 501(c)(3) footer)",
    "English edition of a Mexican daily in Jalisco, rotating water cuts reach 212 more neighborhoods (masthead, edition line, Leer en español, menu, crumb, headline, semicolon standfirst carrying the utility as first given with says, byline with a translation credit, date line with h, a two-sentence machine-translation note, a bilingual listen line, caption and credit, Jal. with a dash in the dateline and the utility announced, according to Conagua, a record without a speaker, a.m. and p.m. mid-sentence, PUBLICIDAD lines, Ing. dropped and two surnames kept, told a news conference and a pledge, a You may also like line, residents said as a public-service fact, Sra. dropped with a figure restating it, Lic. dropped with a mayor's trucks, Continue reading below, S.A. de C.V. mid-sentence before said, Av., No. and Col. in an address, Mtra. dropped with according to inside her reported speech, the weather service's forecast, a bilingual poll with options and a vote count, most-read list, comment count and disclaimer, topics, footer with S.A. de C.V. before All rights reserved.)",
    "South African farming weekly's site, a foot-and-mouth quarantine closes three auctions in the eastern Free State (masthead, strap, a market ticker in rand per ton, a weather strip, menu, crumb, headline, semicolon standfirst carrying the state vet with says, byline, date line, a Premium label, caption and credit, according to Dr. ... in the lead, she said, an act without a speaker, the auctioneers said, Advertisement and Story continues below, a union chairperson's opinion against his members' losses of record, said in a statement with a dated step, according to the department, a READ line, a farmer's private herd, price data via according to with R/kg, an economist with Dr. dropped and his hedge, a reader poll with question, options, percentages and vote count, comment count, a reader comment in two sentences under a user line with an initial, a Reply line, a newsletter prompt in two sentences, tags, footer with (Pty) Ltd. before the copyright)",
    "Scottish university press-office page, a study finds one in five primary pupils skip breakfast (university name, audience strip, menu, crumb, Press release label, headline carrying the study with finds, published line, share strip, listen line, a Key findings box with three points, according to a study, a method without a speaker, figures of record, Dr. dropped from the lead author and her caveat, a funding note in the body, Prof. dropped with counts of record and a finding in a quote, the authors recommend, a council spokesperson's statement of record and opinion, ENDS, Notes to editors with a numbered journal reference holding et al. and a numbered boilerplate note, a media contact line, related news, tags, charity number with No., copyright and footer links)",
    "English court reporting site, a roofer jailed for defrauding five pensioners (masthead, strap, menu, crumb, headline, standfirst carrying the judge with tells, byline with role, date line with pm, a Case details box with its title and data rows including R v, a reporting-restrictions line, figures of record, the court heard without a speaker, Prosecuting with a name, Ms dropped, a victim impact statement, Continue reading below and Advertisement, Defending with a name and mitigation against a repayment of record, Sentencing with a judge's quote after a colon, an order of record told with She and no verb of saying, a dated hearing, DC dropped with the force's counts and her advice, a supporter appeal in three sentences, a comments-off notice, a two-sentence correction, a More from this court line and its headline, an About the reporter bio, footer with Ltd.)",
    "US business wire press release, a heat pump maker will build a $96 million plant in Ohio (wire masthead, menu, crumb, headline, subhead with U.S., NEWS PROVIDED BY and the company on its own line, date line with ET, share label and share strip, a dateline with the wire's name between slashes and two dashes, Inc. before a bracketed ticker and the company with today announced, figures of record, a real state body's tax credit, the chief executive's quote after said, results of record without a speaker, a township trustee's comparison, the company said with an hourly wage, a conference call with a.m. ET and a webcast link, About boilerplate in three sentences with a URL, a Forward-Looking Statements heading and three sentences with Dec. 31, media contact lines, a SOURCE line ending in Inc., a more-from-this-source headline, the wire's footer)",
    "Australian weather service's news page, a severe heatwave warning is extended to Saturday (brand, a current-conditions strip with degrees, menu with a warnings count, a warnings banner, crumb, headline, semicolon standfirst carrying the market operator as first given with warns, byline with role, updated line with am AEDT, listen line, a gallery with 1 of 8 and 2 of 8 counters, captions and Picture credits, the Bureau said, published forecasts and records without a speaker, 4.12pm mid-sentence, the service's own meteorologist's causal account against her hedged forecast, Continue reading below and Advertisement, a total fire ban as an act, a fire officer's count against her advice, AEMO said with a notice and pm times then It said, a Read more line, a heat health alert, Ambulance Victoria said, a forecast and a record for an invented town, approx., a quiz widget with its title and a question counter, an app prompt in two sentences, topics, a related line, a data-source line, footer with Pty Ltd. before ABN)",
]

ARTICLES = [
    [  # 1. Canadian city's own news page, council votes for the City to clear every sidewalk
        [("Skip to main content", "", "", "B")],
        [("City of Kessingbrook", "", "", "B")],
        [("Français  |  Search  |  311 Online", "", "", "B")],
        [("Residents   Business   City Hall   Recreation   Parking & Roads   Report a Problem", "", "", "B")],
        [("Service alert: Green bin collection is running one day late this week because of the Family Day holiday.", "", "", "B")],
        [("Home › News and notices › News releases", "", "", "B")],
        [("City to clear all sidewalks after council approves $46.8-million winter plan", "", "", "W")],
        [("News release", "", "", "B")],
        [("Posted: Wednesday, February 18, 2026  |  Last updated: February 18, 2026, 4:20 p.m.", "", "", "B")],
        [("Listen to this page  ▶  0:00 / 3:51", "", "", "B")],
        [("At a glance", "", "", "B")],
        [("• Council voted 11-2 on Tuesday for the City to clear all 612 kilometres of municipal sidewalk.", "", "", "W")],
        [("• The program starts on November 15, 2026.", "", "", "W")],
        [("• It will add about $61 a year to the average residential property tax bill.", "", "", "W")],
        [("KESSINGBROOK, Ont. – Kessingbrook City Council has approved a plan for the City to clear snow and ice from every municipal sidewalk, ending a rule that has made property owners responsible for the walk in front of their homes since 1987.", "", "", "W")],
        [("Council voted 11-2 on Tuesday evening to adopt the Winter Sidewalk Maintenance Program, which begins on November 15, 2026.", "", "", "W"),
         ("The program covers all 612 kilometres of sidewalk in the city.", "", "", "W"),
         ("City crews now clear 184 kilometres, along arterial roads, school routes and transit stops.", "", "", "W")],
        [("“Every winter we hear from seniors who don't leave the house for weeks because they're scared of the walk two doors down,” said Mayor Delphine Quennelby-Abaraogu.", "Delphine Quennelby-Abaraogu", "said", ""),
         ("“As of next winter, the City is going to take that worry off their hands.”", "Delphine Quennelby-Abaraogu", "said", "")],
        [("According to a report by City staff, the program will cost $46.8 million over five years, including the purchase of 22 sidewalk tractors.", "a report by City staff", "according to", "W"),
         ("It will add about $61 a year to the average residential property tax bill, the report says.", "the report", "says", "W")],
        [("Related: Winter parking ban: what you need to know", "", "", "B")],
        [("Ward 4 Coun. Tobias Scarrowfield-Nnamdiuche, who brought the motion, said residents had sent 1,260 complaints about icy sidewalks to 311 in the 2024-25 winter.", "Tobias Scarrowfield-Nnamdiuche", "said", "W"),
         ("“A snowbank doesn't care whether you own the house or rent it,” he said.", "Tobias Scarrowfield-Nnamdiuche", "said", "")],
        [("Councillors Ingrid Tollervane-Senn and Ruairi Prytherick-Boatemaah voted against the plan.", "", "", "W"),
         ("Tollervane-Senn said she had proposed phasing the program in over three winters, an amendment that lost 10-3.", "Ingrid Tollervane-Senn", "said", "W"),
         ("“We're buying 22 tractors before we know whether we can hire anyone to drive them,” she said.", "Ingrid Tollervane-Senn", "said", "W")],
        [("Director of Roads and Winter Operations Kwame Ostergrent-Mbeje said the City would hire 40 seasonal equipment operators, with recruitment opening in June.", "Kwame Ostergrent-Mbeje", "said", "W"),
         ("Under the program's service standard, crews must clear a sidewalk within 24 hours after a snowfall of 5 cm or more ends.", "", "", "W"),
         ("“The first winter is going to be a learning year, and we're telling residents that up front,” Ostergrent-Mbeje said.", "Kwame Ostergrent-Mbeje", "said", "")],
        [("Owners of properties in the downtown business improvement area will still have to clear their own sidewalks within 12 hours of a snowfall under By-law No. 2026-014.", "", "", "W"),
         ("Everyone else will be released from that duty on November 15.", "", "", "W")],
        [("The City's Accessibility Advisory Committee asked council for city-wide clearing in 2019, 2022 and 2024.", "", "", "W"),
         ("Its chair, Beatrix Egwuatu-Lamarre, said the vote was “the best news we've had in years.”", "Beatrix Egwuatu-Lamarre", "said", ""),
         ("“People who use walkers and wheelchairs have been prisoners in their own homes every February,” she said.", "Beatrix Egwuatu-Lamarre", "said", "")],
        [("Learn more and see the sidewalk route maps at kessingbrook.ca/winter.", "", "", "B")],
        [("Media contact", "", "", "B")],
        [("Corporate Communications, City of Kessingbrook", "", "", "B")],
        [("media@kessingbrook.ca  |  705-555-0142", "", "", "B")],
        [("Share this page   Facebook   X   LinkedIn   Email", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes   No", "", "", "B")],
        [("Related news", "", "", "B")],
        [("Council approves 2026 budget with 3.9% tax increase", "", "", "B")],
        [("Sign up for City of Kessingbrook e-news and get updates on roads, closures and events every Friday.", "", "", "B")],
        [("Kessingbrook City Hall, 100 Sumacwood Street North, Kessingbrook, ON  K0L 4B2", "", "", "B")],
        [("Phone: 311 or 705-555-0100  |  TTY: 705-555-0199", "", "", "B")],
        [("© 2026 City of Kessingbrook", "", "", "B")],
        [("Accessibility   Privacy   Terms of use   Open data   Contact us", "", "", "B")],
    ],
    [  # 2. Welsh football club's official site, the club confirms a 600-seat stand
        [("GLANRHOSYN TOWN FC", "", "", "B")],
        [("The Official Website of the Swarm", "", "", "B")],
        [("NEXT MATCH   Glanrhosyn Town v Penrhydd Athletic   ·   Sat 7 Mar   ·   2.30pm   ·   Gwenyn Park   ·   BUY TICKETS", "", "", "B")],
        [("Home   News   Fixtures   Results   Table   Tickets   Shop   Club   Academy   Community", "", "", "B")],
        [("News › Club News", "", "", "B")],
        [("Club confirms £1.2m plan for 600-seat east stand at Gwenyn Park", "", "", "W")],
        [("Published 3 March 2026 · 10:00", "", "", "B")],
        [("By Club Media", "", "", "B")],
        [("Share   𝕏   Facebook   WhatsApp   Copy link", "", "", "B")],
        [("1 of 12", "", "", "B")],
        [("An artist's impression of the planned east stand, seen from the halfway line.", "", "", ""),
         ("Image: Penwerydd Design Studio", "", "", "B")],
        [("Glanrhosyn Town have confirmed plans to build a 600-seat stand on the east side of Gwenyn Park, taking the ground's capacity to 2,100.", "Glanrhosyn Town", "confirmed", "W")],
        [("The club lodged a planning application with Carmarthenshire County Council on Friday.", "", "", "W"),
         ("The £1.2 million project will be paid for with a £650,000 grant from the Football Association of Wales's ground improvement fund, £250,000 from club reserves and a community share offer.", "", "", "W")],
        [("Club chair Gwenllian Morse-Nwachukwelu said the stand was “the biggest thing this club has done since we bought the ground in 1994.”", "Gwenllian Morse-Nwachukwelu", "said", "W"),
         ("“Our supporters have stood in the rain on that side of the ground for thirty years,” she said.", "Gwenllian Morse-Nwachukwelu", "said", ""),
         ("“They deserve a roof.”", "Gwenllian Morse-Nwachukwelu", "said", "")],
        [("Under the Cymru Premier's ground criteria, every club in the top flight must have at least 500 covered seats by the start of the 2027-28 season.", "", "", "W"),
         ("Gwenyn Park has 310.", "", "", "W")],
        [("Continue reading below", "", "", "B")],
        [("Official Partner", "", "", "B")],
        [("Morfa Glas Motors – proud sponsor of the Swarm since 2011.", "", "", "B"),
         ("Book your MOT online today.", "", "", "B")],
        [("Also read: Swarm stretch unbeaten home run to 14 matches", "", "", "B")],
        [("The share offer opens on 16 March.", "", "", "W"),
         ("Shares cost £25 each, with a minimum of four, and every shareholder will get one vote at the club's annual meeting however many shares they own.", "", "", "W")],
        [("The Glanrhosyn Town Supporters' Trust said 318 members had already pledged to buy shares.", "The Glanrhosyn Town Supporters' Trust", "said", "W"),
         ("Its secretary, Iestyn Haddlewick, said the trust hoped to raise “a six-figure sum” by the end of April.", "Iestyn Haddlewick", "said", "")],
        [("2 of 12", "", "", "B")],
        [("Volunteers clear the old east bank terrace during a working party in February.", "", "", ""),
         ("Image: Club Media", "", "", "B")],
        [("Manager Dewi Pumphreyson said a covered stand would make it easier to bring in players from outside the area.", "Dewi Pumphreyson", "said", ""),
         ("“When a lad comes to look round and sees a proper stand, it changes the conversation,” he said.", "Dewi Pumphreyson", "said", "")],
        [("Building work is due to start in June, subject to planning permission, and to finish before the first home match of the 2026-27 season.", "", "", "W")],
        [("The east bank will be closed for the last two home games of this season so that ground surveys can be carried out, the club said.", "the club", "said", "W")],
        [("Season tickets for 2026-27 go on sale on 1 May at £145 for adults and £70 for concessions, both unchanged from this season.", "", "", "W")],
        [("FAN POLL", "", "", "B")],
        [("What should we call the new east stand?", "", "", "B")],
        [("The Bees' Stand   38%", "", "", "B")],
        [("The 1994 Stand   27%", "", "", "B")],
        [("Name it after a club legend   35%", "", "", "B")],
        [("1,184 votes · Poll closes 31 March", "", "", "B")],
        [("Cymru Premier table", "", "", "B")],
        [("Pos   Team   P   GD   Pts", "", "", "B")],
        [("1. Penrhydd Athletic   24   +31   55", "", "", "")],
        [("2. Glanrhosyn Town   24   +22   49", "", "", "")],
        [("3. Caerwyddan Rovers   23   +14   44", "", "", "")],
        [("Latest News", "", "", "B")],
        [("Match report: Glanrhosyn Town 3-1 Pentrefoel Celtic", "", "", "B")],
        [("Download the official Swarm app for live scores, match tickets and behind-the-scenes video.", "", "", "B")],
        [("Glanrhosyn Town Football Club Ltd.", "", "", "B"),
         ("Registered in Wales No. 04418263.", "", "", "B")],
        [("© 2026 Glanrhosyn Town FC", "", "", "B")],
        [("Privacy   ·   Cookies   ·   Safeguarding   ·   Contact", "", "", "B")],
    ],
    [  # 3. US trucking trade magazine, a freight broker shuts down owing carriers
        [("AXLE & LEDGER", "", "", "B")],
        [("News   Fleet Management   Equipment   Regulation   Technology   Freight Markets   Opinion", "", "", "B")],
        [("DIESEL (U.S. avg.) $3.714 ▲0.011   SPOT VAN $2.06/mi ▼0.02   REEFER $2.44/mi ▲0.01   FLATBED $2.58/mi —", "", "", "B")],
        [("Freight Markets › Brokerage", "", "", "B")],
        [("Broker Brakemoor Logistics shuts its doors owing carriers an estimated $14.6 million", "", "", "W")],
        [("Small carriers say they have not been paid for loads hauled since late January; the broker's $75,000 bond is the only guaranteed source of recovery", "Owners of six small carriers", "say", "W")],
        [("By Renata Kolasinski-Vrbasky, Senior Editor", "", "", "B")],
        [("March 11, 2026  |  6 min read", "", "", "B")],
        [("Listen to this article  ·  5:48", "", "", "B")],
        [("Gift this article", "", "", "B")],
        [("Share this story with a colleague: you have 4 gift articles left this month.", "", "", "B")],
        [("Key takeaways (AI-generated, reviewed by our editors)", "", "", "B")],
        [("• Brakemoor Logistics Inc., a freight broker based in Pekonsha, Ill., stopped operating on March 6.", "", "", "W")],
        [("• About 1,900 motor carriers are owed some $14.6 million, according to the company's bankruptcy petition.", "the company's bankruptcy petition", "according to", "W")],
        [("• Carriers can claim against the broker's $75,000 surety bond until April 5.", "", "", "W")],
        [("Brakemoor Logistics Inc., a freight brokerage based in Pekonsha, Ill., has stopped operating and filed for Chapter 7 bankruptcy, leaving hundreds of small trucking companies unpaid for loads they delivered in January and February.", "", "", "W")],
        [("The company's bankruptcy petition, filed March 9 in the U.S. Bankruptcy Court for the Northern District of Illinois, lists debts of $17.2 million, including about $14.6 million owed to some 1,900 motor carriers.", "The company's bankruptcy petition", "lists", "W"),
         ("It lists assets of $1.3 million.", "The company's bankruptcy petition", "lists", "W")],
        [("Owners of six small carriers told Axle & Ledger they had not been paid for any load hauled for Brakemoor after Jan. 23.", "Owners of six small carriers", "told Axle & Ledger", "W")],
        [("Continue reading below", "", "", "B")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Marcus Tebbetts-Quintanarro, who runs four trucks out of Quellsburg, Ind., said Brakemoor owed his company $48,200 for 19 loads.", "Marcus Tebbetts-Quintanarro", "said", "W"),
         ("“They kept telling us the check was in the mail, and we kept hauling,” he said.", "Marcus Tebbetts-Quintanarro", "said", ""),
         ("“That's on me.”", "Marcus Tebbetts-Quintanarro", "said", ""),
         ("He said he had parked one of his trucks and laid off its driver.", "Marcus Tebbetts-Quintanarro", "said", "")],
        [("Under federal rules, every licensed freight broker must carry a $75,000 surety bond or trust fund that unpaid carriers can claim against.", "", "", "W"),
         ("With hundreds of carriers owed money, claimants are likely to recover only a few cents on the dollar.", "", "", "")],
        [("The bond's issuer, Graniteview Surety Co., said it would accept claims until April 5.", "Graniteview Surety Co.", "said", "W")],
        [("Read more: Is your broker's bond still active?", "", "", "B"),
         ("Here's how to check in two minutes", "", "", "B")],
        [("Federal Motor Carrier Safety Administration records show Brakemoor's broker authority was revoked on March 7, a day after it stopped answering calls.", "Federal Motor Carrier Safety Administration records", "show", "W"),
         ("Brakemoor's attorney, Lionel Draxworth, did not respond to requests for comment on Monday and Tuesday.", "Lionel Draxworth", "did not respond to requests for comment", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("Delia Osterbrink-Mbanefoh, president of the Owner-Operator Fairness League, said the group had taken more than 300 calls from members about Brakemoor since March 6.", "Delia Osterbrink-Mbanefoh", "said", "W"),
         ("“Brokers get paid by shippers in 30 days and make carriers wait 60 or 90, and we're the ones who end up as the bank,” she said.", "Delia Osterbrink-Mbanefoh", "said", "W"),
         ("“The $75,000 bond was set in 2013, and freight volumes have gone up a lot since then.”", "Delia Osterbrink-Mbanefoh", "said", "W"),
         ("The league has asked Congress to raise the minimum bond to $250,000.", "", "", "W")],
        [("Bernard Yanagisawa-Troupley, an analyst at Tallcrest Freight Analytics, said broker failures had risen as spot rates stayed near five-year lows.", "Bernard Yanagisawa-Troupley", "said", "W"),
         ("He said at least 11 brokerages with more than $10 million in annual revenue had closed since last July.", "Bernard Yanagisawa-Troupley", "said", "W"),
         ("“I wouldn't be surprised to see a few more before the market turns,” he said.", "Bernard Yanagisawa-Troupley", "said", "")],
        [("Tags: Brokers · Bankruptcy · Carrier payments · FMCSA · Freight fraud", "", "", "B")],
        [("Renata Kolasinski-Vrbasky is senior editor at Axle & Ledger, where she covers freight markets and brokerage.", "", "", "B"),
         ("She drove a reefer for six years before she started writing about trucking.", "", "", "B")],
        [("Comments (3)", "", "", "B")],
        [("RoadDog_Lonnie  ·  2 days ago", "", "", "B")],
        [("Same thing happened to us with a broker out of Florida in 2023.", "", "", "B"),
         ("Check the bond before you haul anything.", "", "", "B")],
        [("Reply  ·  Like (14)", "", "", "B")],
        [("Axle & Ledger Daily puts the freight market in your inbox every weekday at 6 a.m. Eastern.", "", "", "B"),
         ("It's free for fleet professionals.", "", "", "B")],
        [("© 2026 Tessalind Trade Media LLC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("About   Advertise   Contact   Privacy   Terms   Do Not Sell My Info", "", "", "B")],
    ],
    [  # 4. Mobile reader-view paste of an Irish regional site, hospital parking charges rise
        [("knockfeenachronicle.ie", "", "", "B")],
        [("Hospital parking to cost €4 an hour from May, management confirms", "the hospital's management", "confirms", "W")],
        [("Aoife Brennockly-Tuohigan", "", "", "B")],
        [("5–6 minutes", "", "", "B")],
        [("Listen to this article", "", "", "B")],
        [("Patients and visitors at Knockfeena General Hospital will pay €4 an hour to park from May 1, up from €2.80, the hospital's management confirmed on Thursday.", "the hospital's management", "confirmed", "W")],
        [("The daily maximum will rise from €12 to €16.", "", "", "W"),
         ("Weekly passes for patients attending for dialysis or cancer treatment, which now cost €10, will become free.", "", "", "W")],
        [("Cars queue for the main car park at Knockfeena General Hospital on Thursday afternoon.", "", "", ""),
         ("Photo: Ronan Keevey-Kilgallagh", "", "", "B")],
        [("A spokesperson for HSE West and North West said the increase was the first since 2019 and would help pay for a 420-space multi-storey car park due to open on the hospital grounds in 2027.", "A spokesperson for HSE West and North West", "said", "W"),
         ("The car parks are run by Parkright Ireland Ltd. under a contract that runs until 2031, the spokesperson said.", "A spokesperson for HSE West and North West", "said", "W"),
         ("All income after the operator's fee goes back to the hospital, the spokesperson said.", "A spokesperson for HSE West and North West", "said", "W")],
        [("Continue reading below", "", "", "B")],
        [("Independent TD Caoimhe Ní Gháibhín-Strouden said the new charges were “a tax on being sick.”", "Caoimhe Ní Gháibhín-Strouden", "said", ""),
         ("“A woman visiting her husband in ICU for a fortnight could pay over €200 just to park,” she said.", "Caoimhe Ní Gháibhín-Strouden", "said", "W"),
         ("She said she would raise the matter with the Minister for Health in the Dáil next week.", "Caoimhe Ní Gháibhín-Strouden", "said", "")],
        [("READ MORE: Knockfeena out-of-hours GP service to move to Carrowkeelan from June", "", "", "B")],
        [("Charges at Knockfeena will be the highest at any public hospital in the region, according to a survey by Carepath Ireland, a patients' advocacy group.", "a survey by Carepath Ireland", "according to", "W"),
         ("Its spokeswoman, Niamh Batterby-Quarshiegh, said nobody should have to budget for parking on top of a hospital visit.", "Niamh Batterby-Quarshiegh", "said", ""),
         ("“People don't choose to be sick,” she said.", "Niamh Batterby-Quarshiegh", "said", "")],
        [("Séamus Ó Luanaigh-Brett, 71, who drives 40 kilometres from Carrowkeelan three times a week for dialysis, said the free pass was “the first bit of good news out of that hospital in a long while.”", "Séamus Ó Luanaigh-Brett", "said", ""),
         ("“I've been paying the €10 since I started in 2024,” he said.", "Séamus Ó Luanaigh-Brett", "said", ""),
         ("“It adds up when you're on the pension.”", "Séamus Ó Luanaigh-Brett", "said", "")],
        [("Dr Orla Finnerty-Ashburnleigh, a consultant nephrologist at the hospital, said 64 patients now travel to its dialysis unit each week.", "Orla Finnerty-Ashburnleigh", "said", "W"),
         ("“Some of them come three times a week for the rest of their lives, so this matters to them,” she said.", "Orla Finnerty-Ashburnleigh", "said", "")],
        [("Planning permission for the multi-storey car park was granted by the county council in November.", "", "", "W"),
         ("Construction is due to start in September.", "", "", "W")],
        [("In brief", "", "", "B")],
        [("• Hourly rate: €4 from May 1, up from €2.80.", "", "", "W")],
        [("• Dialysis and cancer patients: weekly pass free, down from €10.", "", "", "W")],
        [("The Knockfeena Chronicle has covered the county since 1889.", "", "", "B"),
         ("Local reporting like this costs money to produce.", "", "", "B"),
         ("Become a digital subscriber from €1.99 a week.", "", "", "B")],
        [("Editor's note: This article was amended on March 13 to correct the opening date of the multi-storey car park.", "", "", "B"),
         ("It is due to open in 2027, not 2026.", "", "", "B")],
        [("Tags: Knockfeena General Hospital · HSE · Parking · Health", "", "", "B")],
        [("Original page: https://www.knockfeenachronicle.ie/news/hospital-parking-charges-rise-4-an-hour-41187", "", "", "B")],
    ],
    [  # 5. Ghanaian public broadcaster's news site, the fishing closed season
        [("MFRAMA NEWS ONLINE", "", "", "B")],
        [("Ghana's public broadcaster", "", "", "B")],
        [("LIVE   Mframa Radio One   |   Mframa TV   |   Mframa News 24", "", "", "B")],
        [("Home   News   Politics   Business   Regions   Sports   Health   Features   Videos", "", "", "B")],
        [("BREAKING: Parliament approves GH₵4.2bn supplementary budget after all-night sitting", "", "", "B")],
        [("News › Regions › Central", "", "", "B")],
        [("Fishing closed season to run from July 1 to 31, Fisheries Commission announces", "The Fisheries Commission", "announces", "W")],
        [("By Efua Bempah-Frimpomaa, Mframa News, Cape Coast", "", "", "B")],
        [("Published: 14 May 2026, 6:40 PM   |   Updated: 15 May 2026, 7:05 AM", "", "", "B")],
        [("🔊 Listen to this article   4 min", "", "", "B")],
        [("Key Points", "", "", "B")],
        [("• Canoe fishers along the whole coast must stay ashore from July 1 to July 31.", "", "", "W")],
        [("• Industrial trawlers face a two-month closed season, from July 1 to August 31.", "", "", "W")],
        [("• Fishermen say they need premix fuel and cash support to get through the month.", "The Central Region Canoe Fishermen's Council", "say", "")],
        [("Canoes drawn up on the beach at Asebukrom in the Central Region on Wednesday.", "", "", ""),
         ("Photo: Mframa/Kobina Essel-Okonedoh", "", "", "B")],
        [("The Fisheries Commission has announced that this year's closed season for artisanal canoe fishers will run from July 1 to July 31 along the country's entire coastline.", "The Fisheries Commission", "announced", "W")],
        [("In a statement signed by its Executive Director, Dr. Abena Dwamenaa-Bekyem, the Commission said the closed season for industrial trawlers would run for two months, from July 1 to August 31.", "the Commission", "said", "W"),
         ("It said inshore vessels would also be barred from fishing from July 1 to July 31.", "The Fisheries Commission", "said", "W"),
         ("The closed season is meant to let sardinella and other small pelagic fish spawn and rebuild their stocks, the statement said.", "the statement", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Landings of small pelagic fish fell from about 138,000 tonnes in 2019 to 62,000 tonnes in 2025, according to figures from the Fisheries Scientific Survey Division.", "figures from the Fisheries Scientific Survey Division", "according to", "W")],
        [("The Minister for Fisheries and Aquaculture, Hon. Kofi Boaduwaa-Oppongwaa, told Mframa News the ministry would distribute rice and cooking oil to 40,000 fishing households in the four coastal regions during the closed season.", "Kofi Boaduwaa-Oppongwaa", "told Mframa News", "W"),
         ("“We are not punishing fishermen,” he said.", "Kofi Boaduwaa-Oppongwaa", "said", ""),
         ("“If we do nothing today, there will be no fish left for their grandchildren to catch.”", "Kofi Boaduwaa-Oppongwaa", "said", "")],
        [("READ ALSO: Premix fuel shortage hits Western Region landing beaches", "", "", "B")],
        [("The Central Region Canoe Fishermen's Council said its members needed premix fuel at the approved price and a cash grant to get through the month.", "The Central Region Canoe Fishermen's Council", "said", ""),
         ("Its chairman, Nana Kweku Egyirba-Yankah, the chief fisherman of Asebukrom, said canoe owners accepted the closed season but wanted it moved to June, when catches are usually poor.", "Kweku Egyirba-Yankah", "said", ""),
         ("“July is when the herrings come,” he said.", "Kweku Egyirba-Yankah", "said", ""),
         ("“Closing the sea in July is like closing the market on Christmas Eve.”", "Kweku Egyirba-Yankah", "said", "")],
        [("Mrs. Araba Kwofie-Ennin, who smokes fish for sale in Cape Coast, said she had borrowed GH₵3,000 to buy and store fish before the sea closes.", "Araba Kwofie-Ennin", "said", ""),
         ("“Our ovens will be cold for a month, but the interest on the loan does not rest,” she said.", "Araba Kwofie-Ennin", "said", "")],
        [("VIDEO: “Our ovens will be cold” – fish processors in Asebukrom speak to Mframa News (2:14)", "", "", "B")],
        [("The Commission said officers of its Fisheries Enforcement Unit and the Ghana Navy would patrol landing beaches during the closed season, and that anyone caught fishing would have their canoe and gear seized.", "The Commission", "said", "W"),
         ("Fishers caught during the 2025 closed season were fined up to GH₵12,000, it said.", "The Fisheries Commission", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Dr. Ekow Baidoo-Arhin, a fisheries scientist who has advised the Commission, said a one-month closure for canoes was too short to make a real difference but was “a start.”", "Ekow Baidoo-Arhin", "said", ""),
         ("“Give the fish two clear months and you will see it in the nets,” he said.", "Ekow Baidoo-Arhin", "said", "")],
        [("Tags: Fisheries   Closed season   Central Region   Fishing   Premix", "", "", "B")],
        [("Share:   Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("Get the Mframa News app for live radio, TV and breaking news alerts.", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Two fishermen missing after canoe capsizes off Ekumpoano", "", "", "B")],
        [("Leave a Comment", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("© 2026 Mframa Broadcasting Service.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("About Mframa   |   Frequencies   |   Contact   |   Terms of Use", "", "", "B")],
    ],
    [  # 6. US nonprofit newsroom, evictions reach a 10-year high in a New Mexico county
        [("Donate", "", "", "B")],
        [("Chamisa Report", "", "", "B")],
        [("Nonprofit news for southern New Mexico", "", "", "B")],
        [("Investigations   Housing   Water   Education   Border   Newsletters   About", "", "", "B")],
        [("HOUSING", "", "", "B")],
        [("Evictions in Cibolita County hit a 10-year high, court records show", "an analysis of state court records by Llano Watch and Chamisa Report", "show", "W")],
        [("Landlords filed 2,418 eviction cases last year, more than double the number in 2021; legal aid lawyers say most tenants never make it to a courtroom", "Attorneys at the Frontera Tenant Law Center", "say", "W")],
        [("by Ximena Arellano-Pasquier and Colm Rennickson-Tsosie", "", "", "B")],
        [("April 2, 2026", "", "", "B")],
        [("Republish this story", "", "", "B")],
        [("This story was originally published by Llano Watch, a nonprofit newsroom covering eastern New Mexico, and is co-published here as part of a reporting partnership.", "", "", "B")],
        [("A notice of eviction is taped to an apartment door on Calle Tecolote in Piedra Tostada on March 19.", "", "", ""),
         ("Colm Rennickson-Tsosie / Llano Watch", "", "", "B")],
        [("Landlords in Cibolita County filed 2,418 eviction cases in magistrate court last year, the most in at least a decade and more than double the 1,102 filed in 2021, according to an analysis of state court records by Llano Watch and Chamisa Report.", "an analysis of state court records by Llano Watch and Chamisa Report", "according to", "W")],
        [("Nearly 7 in 10 of those cases ended in a default judgment, meaning the tenant did not appear at the hearing, the analysis found.", "the analysis", "found", "W"),
         ("A tenant who loses is typically served with a writ to leave within a week of the judgment, according to court staff.", "court staff", "according to", "W")],
        [("Attorneys at the Frontera Tenant Law Center, the only free legal aid group for tenants in the county, say most tenants never make it to a courtroom.", "Attorneys at the Frontera Tenant Law Center", "say", "W"),
         ("“People see the word ‘summons’ and think it's already over, so they just start packing,” said Noemí Carbajal-Brusco, a staff attorney at the center.", "Noemí Carbajal-Brusco", "said", ""),
         ("“A lot of these cases could have ended with a payment plan.”", "Noemí Carbajal-Brusco", "said", "")],
        [("Sign up for The Chamisa Weekly, our free newsletter about what's happening in southern New Mexico.", "", "", "B")],
        [("Median rent for a two-bedroom apartment in the county rose 38% between 2020 and 2025, according to U.S. Census Bureau estimates.", "U.S. Census Bureau estimates", "according to", "W"),
         ("Median household income rose 17% over the same period.", "", "", "W")],
        [("Marisol Trujequez-Farnum, 34, a home health aide, was evicted from her apartment on Calle Tecolote in January after falling two months behind on rent when her hours were cut.", "", "", ""),
         ("“I found out about the hearing the day after it happened,” she said.", "Marisol Trujequez-Farnum", "said", ""),
         ("She and her two children now live with her sister across town.", "", "", "")],
        [("Chamisa Report is a nonprofit newsroom.", "", "", "B"),
         ("Readers like you make reporting like this possible.", "", "", "B")],
        [("Rodrigo Vallecillo-Ketchum, president of the Southern New Mexico Rental Owners Association, said members' insurance premiums had risen by about a third since 2022.", "Rodrigo Vallecillo-Ketchum", "said", "W"),
         ("“Nobody wants to evict a good tenant,” he said.", "Rodrigo Vallecillo-Ketchum", "said", ""),
         ("“But I can't carry somebody for six months.”", "Rodrigo Vallecillo-Ketchum", "said", "")],
        [("A county-funded rental assistance program paid $1.9 million to landlords on behalf of 640 households before it ran out of money in September 2024.", "", "", "W")],
        [("County Commissioner Benita Iturbeaga-Pruitte said the commission would vote on April 14 on a proposal to put $600,000 from the general fund into a new program.", "Benita Iturbeaga-Pruitte", "said", "W"),
         ("“If we can find money for a jail annex, we can find money to keep kids in their homes,” she said.", "Benita Iturbeaga-Pruitte", "said", "")],
        [("Eviction filings in Cibolita County, 2021–2025", "", "", "B")],
        [("2021: 1,102", "", "", "")],
        [("2023: 1,846", "", "", "")],
        [("2025: 2,418", "", "", "")],
        [("Source: Llano Watch and Chamisa Report analysis of New Mexico magistrate court records", "", "", "B")],
        [("Editor's note: This story was updated on April 3 to include comment from the Southern New Mexico Rental Owners Association.", "", "", "B")],
        [("Ximena Arellano-Pasquier covers housing for Chamisa Report.", "", "", "B"),
         ("Colm Rennickson-Tsosie is a data reporter for Llano Watch.", "", "", "B")],
        [("Republish our articles for free, online or in print, under a Creative Commons license.", "", "", "B")],
        [("Before you go...", "", "", "B"),
         ("Local news in southern New Mexico is disappearing.", "", "", "B"),
         ("We're a nonprofit, and we don't have a paywall, because we believe everyone deserves to know what's happening where they live.", "", "", "B"),
         ("If that matters to you, become a member today.", "", "", "B")],
        [("Chamisa Report is a project of Desert Commons Media, a 501(c)(3) nonprofit organization.", "", "", "B")],
        [("© 2026 Chamisa Report.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Privacy Policy   Ethics Policy   Donor List   Contact", "", "", "B")],
    ],
    [  # 7. English edition of a Mexican daily, water cuts spread across Guadalajara
        [("LA VELETA DE OCCIDENTE", "", "", "B")],
        [("English Edition", "", "", "B")],
        [("Leer en español", "", "", "B")],
        [("Jalisco   Guadalajara   Mexico   Economy   Sports   Culture   Opinion   Video", "", "", "B")],
        [("Guadalajara › Public services", "", "", "B")],
        [("Water cuts to reach 212 more Guadalajara neighborhoods as main reservoir falls to 18%", "", "", "W")],
        [("Utility says supply will rotate every other day until the rains arrive; residents in Tlaquepaque say they already go days without water", "The Metropolitan Water and Sanitation Agency (AMAS)", "says", "W")],
        [("By Paulina Olvera Ybarrondo   |   Translated by the English Edition desk", "", "", "B")],
        [("May 6, 2026 · 08:14 h", "", "", "B")],
        [("This article was translated from Spanish with the help of AI tools and reviewed by an editor.", "", "", "B"),
         ("Read the original version in Spanish here.", "", "", "B")],
        [("Escuchar nota / Listen   4:12", "", "", "B")],
        [("Residents fill buckets from a municipal water truck in Colonia Lomas del Tepozán, in Tlaquepaque, on Tuesday.", "", "", ""),
         ("Photo: Emiliano Durán Castrejón / La Veleta de Occidente", "", "", "B")],
        [("GUADALAJARA, Jal. – The Metropolitan Water and Sanitation Agency (AMAS) will extend rotating supply cuts to 212 more neighborhoods in the Guadalajara metropolitan area starting Monday, it announced on Tuesday.", "The Metropolitan Water and Sanitation Agency (AMAS)", "announced", "W")],
        [("The Presa Zarquena reservoir, which supplies about 60% of the city's water, stood at 18.2% of capacity on Tuesday, according to the National Water Commission (Conagua).", "the National Water Commission (Conagua)", "according to", "W"),
         ("That is its lowest level for the date since 2021, when it fell to 16.4%.", "", "", "W")],
        [("Under the new schedule, homes in the affected colonias will receive water every other day, from 5 a.m. to 2 p.m.", "", "", "W")],
        [("PUBLICIDAD", "", "", "B")],
        [("AMAS director Ing. Raúl Zepeda Montoya said the utility was pumping 9,400 liters per second into the network, down from 11,800 in January.", "Raúl Zepeda Montoya", "said", "W"),
         ("“We are sharing out what we have as fairly as we can,” he told a news conference.", "Raúl Zepeda Montoya", "told a news conference", ""),
         ("“Nobody in the metropolitan area will go more than 48 hours without water.”", "Raúl Zepeda Montoya", "told a news conference", "")],
        [("You may also like: Jalisco declares drought emergency in 64 municipalities", "", "", "B")],
        [("In Colonia Lomas del Tepozán, residents said they had received water from the network on only four days in April.", "residents", "said", "W"),
         ("“Four days in a whole month, and now they promise us every other day?” said Sra. Guadalupe Berrueta Talancón, 58, who runs a tortilla stand on the colonia's main street.", "Guadalupe Berrueta Talancón", "said", ""),
         ("She said she paid 900 pesos last week for a private truck to fill her cistern.", "Guadalupe Berrueta Talancón", "said", "")],
        [("Tlaquepaque Mayor Lic. Armando Cázares Urquidi said the municipality had sent 26 water trucks to the worst-hit colonias and would add 10 more next week.", "Armando Cázares Urquidi", "said", "W")],
        [("Continue reading below", "", "", "B")],
        [("The bottled water distributor Manantial Purísima del Bajío, S.A. de C.V., said sales of 20-liter jugs in the metropolitan area had risen 35% since March.", "Manantial Purísima del Bajío, S.A. de C.V.", "said", "W")],
        [("AMAS has opened a walk-in complaints office at Av. de los Alfareros No. 1415, Col. Santa Eduwiges Poniente, open from 8 a.m. to 6 p.m. on weekdays.", "", "", "W")],
        [("Opposition city councilor Mtra. Itzel Barajas Quezada said the utility had lost 38% of the water it treated to leaks in 2025, according to its own annual report.", "Itzel Barajas Quezada", "said", "W"),
         ("“They ask us to save water while a third of it runs into the street,” she said.", "Itzel Barajas Quezada", "said", "W")],
        [("The National Meteorological Service (SMN) said it expected the rainy season to reach Jalisco in the second half of June.", "The National Meteorological Service (SMN)", "said", "")],
        [("POLL / ENCUESTA", "", "", "B")],
        [("Has your neighborhood had water cuts this year?", "", "", "B")],
        [("Yes, every week   64%", "", "", "B")],
        [("Yes, a few times   22%", "", "", "B")],
        [("No   14%", "", "", "B")],
        [("3,418 votes", "", "", "B")],
        [("Most read", "", "", "B")],
        [("Tapatío derby moved to Saturday night over stadium roof works", "", "", "B")],
        [("12 comments", "", "", "B")],
        [("Comments are the sole responsibility of their authors and do not reflect the views of La Veleta de Occidente.", "", "", "B")],
        [("Topics: Water · Guadalajara · Drought · AMAS · Conagua", "", "", "B")],
        [("© 2026 Editorial Veleta de Occidente, S.A. de C.V.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Aviso de privacidad / Privacy notice   |   Terms   |   Contact   |   Advertise", "", "", "B")],
    ],
    [  # 8. South African farming weekly's site, foot-and-mouth quarantine closes auctions
        [("AKKERLAND WEEKLY", "", "", "B")],
        [("South Africa's farming news, every week since 1962", "", "", "B")],
        [("MARKETS   White maize (Jul) R4 215/t ▲1.2%   ·   Yellow maize (Jul) R4 038/t ▼0.4%   ·   Wheat (Sep) R6 120/t ▲0.3%   ·   Soybeans (Jul) R8 460/t ▼0.8%   ·   R/$ 18.42", "", "", "B")],
        [("Kestelspruit   11°C   Partly cloudy   ·   Rain: 2 mm", "", "", "B")],
        [("News   Livestock   Crops   Markets   Machinery   Weather   Agribusiness   Opinion", "", "", "B")],
        [("Livestock › Animal health", "", "", "B")],
        [("Foot-and-mouth quarantine shuts three auctions in the eastern Free State", "", "", "W")],
        [("State vet says 14 farms are under quarantine after an outbreak near Kestelspruit; organised agriculture calls for faster vaccination", "Lerato Vilane-Stoltzenberg", "says", "W")],
        [("By Marthinus Oberholzen-Letsoalane", "", "", "B")],
        [("14 May 2026", "", "", "B")],
        [("PREMIUM", "", "", "B")],
        [("Weaners in a holding pen on a farm outside Kestelspruit.", "", "", ""),
         ("Photo: Lindiwe Mavundlela-Scheepers", "", "", "B")],
        [("Fourteen farms in the Thabo Mofutsanyana district have been placed under quarantine after foot-and-mouth disease (FMD) was confirmed in cattle near Kestelspruit on 7 May, according to Dr. Lerato Vilane-Stoltzenberg, the Free State's chief state veterinarian.", "Lerato Vilane-Stoltzenberg", "according to", "W")],
        [("She said samples from 37 head of cattle on one farm had tested positive at the Agricultural Research Council's laboratory at Onderstepoort.", "Lerato Vilane-Stoltzenberg", "said", "W"),
         ("The Department of Agriculture has declared a 10 km disease management area around the affected farms, in which no cloven-hoofed animals may be moved without a state vet's permit.", "", "", "W")],
        [("Three livestock auctions scheduled for May at Kestelspruit, Rooiwal and Sandvleikop have been cancelled, the auctioneers said.", "the auctioneers", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Story continues below", "", "", "B")],
        [("Danie Kitshoff-Molefi, chairperson of the Eastern Free State Farmers' Union (EFFU), said every week a weaner could not be sold cost its owner feed he had not budgeted for.", "Danie Kitshoff-Molefi", "said", ""),
         ("He said members had lost about R38 million in sales since the auctions were cancelled.", "Danie Kitshoff-Molefi", "said", "W"),
         ("“We have been asking for vaccine since the last outbreak, and every time we are told it is coming,” he said.", "Danie Kitshoff-Molefi", "said", "")],
        [("The department said in a statement that 12,000 doses of FMD vaccine had been ordered and that vaccination inside the quarantine zone would start by the end of May.", "The department", "said in a statement", "W"),
         ("FMD has been confirmed in seven of the country's nine provinces since 2021, according to the department.", "the department", "according to", "W")],
        [("READ: Beef exports to China paused after new FMD cases confirmed", "", "", "B")],
        [("Annelie Wesselsby-Mahlobo, who runs 420 Bonsmara cattle near Kestelspruit, said she had 86 weaners booked for last Thursday's auction.", "Annelie Wesselsby-Mahlobo", "said", ""),
         ("“Now they stand in the camp eating lucerne I have to buy in,” she said.", "Annelie Wesselsby-Mahlobo", "said", "")],
        [("Weaner calf prices at auctions elsewhere in the province fell to an average of R42.80/kg last week, from R47.10/kg a month earlier, according to price data from the Red Meat Industry Services (RMIS).", "price data from the Red Meat Industry Services (RMIS)", "according to", "W")],
        [("Agricultural economist Dr. Johan Rademan-Ntshona said prices could fall further if the quarantine was extended into the winter feeding season.", "Johan Rademan-Ntshona", "said", ""),
         ("“Buyers know farmers can't hold animals forever, and they price that in,” he said.", "Johan Rademan-Ntshona", "said", "")],
        [("POLL", "", "", "B")],
        [("Should FMD vaccination be compulsory for all cattle in affected provinces?", "", "", "B")],
        [("Yes   58%", "", "", "B")],
        [("No   31%", "", "", "B")],
        [("Unsure   11%", "", "", "B")],
        [("2,106 votes", "", "", "B")],
        [("Comments (7)", "", "", "B")],
        [("Gert V. · 5 hours ago", "", "", "B")],
        [("We've been asking for vaccine since 2022.", "", "", "B"),
         ("Same story every time.", "", "", "B")],
        [("Reply", "", "", "B")],
        [("Get Akkerland Weekly's livestock market report in your inbox every Monday.", "", "", "B"),
         ("It's free.", "", "", "B")],
        [("Tags: FMD · Biosecurity · Cattle · Auctions · Free State", "", "", "B")],
        [("Akkerland Weekly is published by Graanveld Media (Pty) Ltd.", "", "", "B"),
         ("© 2026 All rights reserved.", "", "", "B")],
        [("Privacy   ·   PAIA manual   ·   Terms   ·   Advertise   ·   Contact", "", "", "B")],
    ],
    [  # 9. Scottish university's press office, a study of pupils skipping breakfast
        [("Drumvale University", "", "", "B")],
        [("Study   Research   Business   About   News   Alumni   Give", "", "", "B")],
        [("Home › News › Press releases", "", "", "B")],
        [("Press release", "", "", "B")],
        [("One in five primary pupils arrives at school without breakfast, study finds", "The study", "finds", "W")],
        [("Published: 24 March 2026", "", "", "B")],
        [("Share this page   X   Facebook   LinkedIn   Email", "", "", "B")],
        [("Listen to this page", "", "", "B")],
        [("Key findings", "", "", "B")],
        [("• 19.4% of the 4,212 pupils surveyed had eaten nothing before school on the day of the survey.", "", "", "W")],
        [("• Rates were highest in the most deprived areas (27.8%) and lowest in the least deprived (11.2%).", "", "", "W")],
        [("• Pupils who skipped breakfast scored 9% lower, on average, on a mid-morning attention test.", "", "", "W")],
        [("Almost one in five primary school pupils in central Scotland arrives at school without having eaten breakfast, according to a study led by researchers at Drumvale University.", "a study led by researchers at Drumvale University", "according to", "W")],
        [("The study, published today in the Journal of Child Nutrition and Learning, surveyed 4,212 pupils aged eight to 11 at 38 state primary schools in six council areas between September 2024 and March 2025.", "", "", "W"),
         ("Of those, 19.4% had eaten or drunk nothing but water before arriving at school on the day of the survey.", "", "", "W")],
        [("The rate rose to 27.8% in schools in the most deprived fifth of areas, as measured by the Scottish Index of Multiple Deprivation, and fell to 11.2% in the least deprived fifth.", "", "", "W"),
         ("Pupils who had skipped breakfast scored on average 9% lower on a short attention test given mid-morning, i.e. about an hour and a half after the school day began.", "", "", "W")],
        [("Lead author Dr. Morven Ardlethen-Bassi, a lecturer in public health nutrition, said the link did not prove that skipping breakfast caused poorer concentration.", "Morven Ardlethen-Bassi", "said", ""),
         ("“Children who skip breakfast are often the same children who slept badly or had a chaotic morning, so we can't separate those things out,” she said.", "Morven Ardlethen-Bassi", "said", ""),
         ("“What we can say is that the numbers are higher than most people would guess.”", "Morven Ardlethen-Bassi", "said", "")],
        [("The research was funded by the Carsewell Trust, which supports child health research in Scotland.", "", "", "B")],
        [("Prof. Alasdair Mapplebeckett-Uzomaka, who co-authored the study, said only 14 of the 38 schools ran a free breakfast club every day.", "Alasdair Mapplebeckett-Uzomaka", "said", "W"),
         ("“Where there was a daily breakfast club, the share of pupils arriving hungry was about half what it was elsewhere,” he said.", "Alasdair Mapplebeckett-Uzomaka", "said", "W")],
        [("The authors recommend that councils fund a free daily breakfast club in every primary school in the most deprived areas, e.g. through the Scottish Attainment Challenge.", "The authors", "recommend", "W")],
        [("A spokesperson for Carsebank Council, one of the six council areas in the study, said the council had opened breakfast clubs in nine more schools since August.", "A spokesperson for Carsebank Council", "said", "W"),
         ("“We welcome the study and will look closely at what it tells us,” the spokesperson said.", "A spokesperson for Carsebank Council", "said", "")],
        [("ENDS", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [("1. The paper: Ardlethen-Bassi M, Mapplebeckett-Uzomaka A, Tanslow K, et al. Breakfast omission and mid-morning attention in Scottish primary pupils: a cross-sectional study. J Child Nutr Learn. 2026;9(2):114–127.", "", "", "B")],
        [("2. Drumvale University is a public research university founded in 1966, with 17,400 students on campuses in Drumvale and Carsebank.", "", "", "B")],
        [("Media contact: Kirsty Moultrie-Obuyaga, Press Office, press@drumvale.ac.uk, 01632 960 214", "", "", "B")],
        [("Related news", "", "", "B")],
        [("Drumvale researchers win £2.4m to study rural GP shortages", "", "", "B")],
        [("New nursing simulation suite opens on Carsebank campus", "", "", "B")],
        [("Tags: Public health · Nutrition · Education · School of Health Sciences", "", "", "B")],
        [("Drumvale University is a charity registered in Scotland, No. SC011742.", "", "", "B")],
        [("© Drumvale University 2026", "", "", "B")],
        [("Privacy   Cookies   Accessibility   Freedom of information   Modern slavery statement", "", "", "B")],
    ],
    [  # 10. English court reporting site, a roofer jailed for defrauding pensioners
        [("DOCKET NORTH", "", "", "B")],
        [("Court reporting from across the north of England", "", "", "B")],
        [("Crown Court   Magistrates   Inquests   Tribunals   Appeals   About   Support us", "", "", "B")],
        [("Crown Court › Leeds", "", "", "B")],
        [("Roofer jailed for 32 months after cheating five pensioners out of £41,350", "", "", "W")],
        [("Judge tells Halbridge trader he chose his victims ‘because they were old and lived alone’", "Harriet Trevaskiss-Achike", "tells", "")],
        [("By Dominic Platten-Oyedirane, Court Reporter", "", "", "B")],
        [("Friday 13 March 2026, 4:51pm", "", "", "B")],
        [("Case details", "", "", "B")],
        [("Case: R v Shane Loxhaven-Prowsell", "", "", "")],
        [("Court: Leeds Crown Court", "", "", "")],
        [("Offences: Fraud by false representation (five counts)", "", "", "")],
        [("Plea: Guilty", "", "", "")],
        [("Sentence: 32 months' imprisonment; criminal behaviour order for 10 years", "", "", "")],
        [("There are no reporting restrictions in this case.", "", "", "B")],
        [("A roofer who charged five pensioners £41,350 for repairs that were unnecessary or never done has been jailed for 32 months.", "", "", "W")],
        [("Shane Loxhaven-Prowsell, 44, of Stoddleigh Crescent, Halbridge, pleaded guilty at an earlier hearing to five counts of fraud by false representation.", "", "", "W"),
         ("Leeds Crown Court heard that he cold-called the victims, who were aged between 78 and 91, at their homes in Halbridge and Moorcote between May 2023 and August 2024.", "", "", "W")],
        [("Prosecuting, Imogen Tarrington said Loxhaven-Prowsell told one victim, a 91-year-old widow, that her chimney was about to collapse and charged her £14,800 for work a surveyor later valued at £600.", "Imogen Tarrington", "said", "W"),
         ("“He told her it was dangerous to sleep in her own bedroom,” Ms Tarrington said.", "Imogen Tarrington", "said", "W"),
         ("“She slept on her sofa for five weeks.”", "Imogen Tarrington", "said", "")],
        [("In a victim impact statement read to the court, the widow's son said his mother no longer answered the door to anyone.", "the widow's son", "said", "")],
        [("Continue reading below", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("Defending, Rhys Kaylock said his client had built up gambling debts and was “deeply ashamed.”", "Rhys Kaylock", "said", ""),
         ("He said Loxhaven-Prowsell had repaid £6,000 to one victim before he was charged.", "Rhys Kaylock", "said", "W")],
        [("Sentencing, Judge Harriet Trevaskiss-Achike told him: “You picked these people because they were old and they lived alone.”", "Harriet Trevaskiss-Achike", "told him", ""),
         ("“You did it again and again, and you only stopped when the police knocked on your door.”", "Harriet Trevaskiss-Achike", "told him", "")],
        [("She also made him subject to a criminal behaviour order banning him from cold-calling anyone about building work for 10 years.", "", "", "W"),
         ("A proceeds of crime hearing will take place on 11 September.", "", "", "W")],
        [("DC Kerry Ormerthwaite-Mbatuku, of West Yorkshire Police, said officers had identified 11 more possible victims, but only five were well enough to give evidence.", "Kerry Ormerthwaite-Mbatuku", "said", "W"),
         ("“If someone knocks on your door offering to fix your roof, shut the door and ring us,” she said.", "Kerry Ormerthwaite-Mbatuku", "said", "")],
        [("Docket North is funded by its readers.", "", "", "B"),
         ("Our reporters sit in court every day so that justice is seen to be done.", "", "", "B"),
         ("Become a supporter from £4 a month.", "", "", "B")],
        [("Comments are switched off on court reports for legal reasons.", "", "", "B")],
        [("Correction, 14 March 2026: An earlier version of this report said the defendant lived in Moorcote.", "", "", "B"),
         ("He lives in Halbridge.", "", "", "B")],
        [("More from Leeds Crown Court", "", "", "B")],
        [("Care worker jailed for stealing £9,200 from dementia patient", "", "", "B")],
        [("About the reporter", "", "", "B")],
        [("Dominic Platten-Oyedirane has reported from courts across Yorkshire since 2015.", "", "", "B")],
        [("© 2026 Docket North Ltd.", "", "", "B"),
         ("Registered in England and Wales, company number 11804372.", "", "", "B")],
        [("Privacy   Terms   Complaints   Contact the newsdesk", "", "", "B")],
    ],
    [  # 11. Business wire release, a heat pump maker's new plant in Ohio
        [("LOWENCROSS NEWSWIRE", "", "", "B")],
        [("News   Distribute a Release   Media Tools   Resources   Log In", "", "", "B")],
        [("News Releases › Energy › Manufacturing", "", "", "B")],
        [("Vandermast Thermal Systems to Build $96 Million Heat Pump Plant in Ohio, Creating 420 Jobs", "", "", "W")],
        [("Wendmoorland Township plant will roughly triple the company's U.S. heat pump capacity by 2028", "", "", "W")],
        [("NEWS PROVIDED BY", "", "", "B")],
        [("Vandermast Thermal Systems, Inc.", "", "", "B")],
        [("Mar 10, 2026, 08:00 ET", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("X   Facebook   LinkedIn   Email   Print", "", "", "B")],
        [("DALLAS, March 10, 2026 /Lowencross Newswire/ -- Vandermast Thermal Systems, Inc. (NYSE: VDMT), a maker of residential and commercial heat pumps, today announced plans to build a $96 million manufacturing plant in Wendmoorland Township, Ohio, that will create about 420 jobs by the end of 2028.", "Vandermast Thermal Systems, Inc.", "announced", "W")],
        [("The 310,000-square-foot plant, on a 46-acre site in the Dollinger Road Industrial Park, is scheduled to begin production in the second quarter of 2027.", "", "", "W"),
         ("At full output it will make up to 180,000 heat pumps a year, roughly tripling the company's U.S. production capacity.", "", "", "W")],
        [("The Ohio Tax Credit Authority approved a 1.6%, eight-year job creation tax credit for the project on Monday.", "", "", "W")],
        [("\"Demand for heat pumps in the Midwest has grown faster than anyone in our industry expected, and we want to build them where our customers are,\" said Corinne Valasek-Brenzel, president and chief executive officer of Vandermast Thermal Systems.", "Corinne Valasek-Brenzel", "said", ""),
         ("\"Wendmoorland Township gives us a skilled workforce, rail access and room to grow.\"", "Corinne Valasek-Brenzel", "said", "")],
        [("Vandermast shipped 214,000 heat pumps in 2025, up 31% from 2024, and reported net sales of $688.4 million for the year.", "", "", "W")],
        [("\"This is the largest private investment in Wendmoorland Township in more than 30 years,\" said Township Trustee Lyle Dannemora.", "Lyle Dannemora", "said", "W"),
         ("\"We've been working with Vandermast on this since last spring, and we couldn't be happier.\"", "Lyle Dannemora", "said", "")],
        [("Hiring for production, maintenance and engineering roles will begin in the fourth quarter of 2026, with starting wages for production workers of $24.50 an hour, the company said.", "the company", "said", "W")],
        [("Vandermast will discuss the project on a conference call with analysts at 10:00 a.m. ET today.", "", "", "W"),
         ("A live webcast will be available at investors.vandermastthermal.com.", "", "", "B")],
        [("About Vandermast Thermal Systems", "", "", "B")],
        [("Vandermast Thermal Systems, Inc. designs and manufactures heat pumps, air handlers and controls for homes and commercial buildings.", "", "", "B"),
         ("Founded in 1978 and based in Dallas, the company employs about 2,300 people at plants in Texas, Tennessee and Mexico.", "", "", "B"),
         ("For more information, visit www.vandermastthermal.com.", "", "", "B")],
        [("Forward-Looking Statements", "", "", "B")],
        [("This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing, cost and expected benefits of the Wendmoorland Township plant.", "", "", "B"),
         ("Actual results may differ materially from those expressed or implied in these statements because of risks and uncertainties, including those described in the company's Annual Report on Form 10-K for the year ended Dec. 31, 2025.", "", "", "B"),
         ("Vandermast undertakes no obligation to update any forward-looking statement.", "", "", "B")],
        [("Media Contact:", "", "", "B")],
        [("Tamsin Leclerc, Vandermast Thermal Systems", "", "", "B")],
        [("media@vandermastthermal.com, +1 214-555-0163", "", "", "B")],
        [("SOURCE Vandermast Thermal Systems, Inc.", "", "", "B")],
        [("Also from this source", "", "", "B")],
        [("Vandermast Thermal Systems Reports Fourth-Quarter and Full-Year 2025 Results", "", "", "B")],
        [("© 2026 Lowencross Newswire LLC.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
        [("Terms of Use   |   Privacy Policy   |   Contact Us   |   Site Map", "", "", "B")],
    ],
    [  # 12. Australian weather service's news page, a severe heatwave warning is extended
        [("SKYFIELD", "", "", "B")],
        [("Melbourne   31.8°   Feels like 30°   ☀   |   Change location", "", "", "B")],
        [("Forecasts   Radar   Warnings (6)   Maps   News   Videos   Climate   Get the app", "", "", "B")],
        [("⚠ 6 warnings current for Victoria   ·   View all", "", "", "B")],
        [("News › Heatwave", "", "", "B")],
        [("Victoria braces for 45C as severe heatwave warning is extended to Saturday", "", "", "W")],
        [("Total fire bans declared for four districts; market operator warns of a tight power supply on Friday evening", "The Australian Energy Market Operator (AEMO)", "warns", "W")],
        [("By Holly Trengove, Skyfield meteorologist", "", "", "B")],
        [("Updated 6:12am AEDT Thursday 22 January 2026", "", "", "B")],
        [("Listen to this story   2:58", "", "", "B")],
        [("1 of 8", "", "", "B")],
        [("Beachgoers stay in the shallows at Wandilla Beach on Wednesday evening.", "", "", ""),
         ("Picture: Skyfield / Bren Fernsworth", "", "", "B")],
        [("A severe heatwave warning covering most of Victoria has been extended to Saturday, with temperatures forecast to reach 45C in the state's north-west on Friday, the Bureau of Meteorology said on Wednesday.", "the Bureau of Meteorology", "said", "W")],
        [("Melbourne is forecast to reach 41C on Friday and 38C on Saturday before a cool change arrives late on Saturday night.", "", "", "W"),
         ("The city reached 39.6C at 4.12pm on Wednesday, its hottest day since January 2024.", "", "", "W")],
        [("Skyfield meteorologist Holly Trengove said the heat was being driven by a slow-moving high in the Tasman Sea that was dragging hot northerly winds down from central Australia.", "Holly Trengove", "said", "W"),
         ("“Overnight temperatures are the real worry this time,” she said.", "Holly Trengove", "said", ""),
         ("“Melbourne might not drop below 28C on Friday night, and that's when people stop being able to cool down.”", "Holly Trengove", "said", "")],
        [("Continue reading below", "", "", "B")],
        [("Advertisement", "", "", "B")],
        [("The Country Fire Authority (CFA) has declared total fire bans for the Mallee, Wimmera, Northern Country and North Central districts on Friday.", "", "", "W")],
        [("CFA deputy chief officer Marnie Ostrowiczka-Scalesby said crews had responded to 146 grass and scrub fires across the state since Monday.", "Marnie Ostrowiczka-Scalesby", "said", "W"),
         ("“If your plan is to leave, leave early, on Thursday night or first thing Friday,” she said.", "Marnie Ostrowiczka-Scalesby", "said", "")],
        [("The Australian Energy Market Operator (AEMO) said it had issued a lack of reserve notice for Victoria between 5pm and 8pm on Friday, when demand is forecast to peak at approx. 10,400 megawatts.", "The Australian Energy Market Operator (AEMO)", "said", "W"),
         ("It said there were no plans for rolling outages, but it had asked large industrial users to be ready to cut their demand.", "The Australian Energy Market Operator (AEMO)", "said", "W")],
        [("Read more: How to keep pets cool when the mercury tops 40C", "", "", "B")],
        [("2 of 8", "", "", "B")],
        [("A CFA crew mops up after a grass fire near Durrundel East on Tuesday.", "", "", ""),
         ("Picture: CFA / Supplied", "", "", "B")],
        [("The Department of Health has issued a heat health alert for all nine of the state's weather districts from Thursday to Saturday.", "", "", "W"),
         ("Ambulance Victoria said it had received 1,184 calls on Wednesday, about 18% more than on an average summer day.", "Ambulance Victoria", "said", "W")],
        [("The hottest place in the state on Friday is forecast to be Wirrabend, in the Mallee, at 46C.", "", "", "W"),
         ("The town's January record is 47.2C, set in 2019.", "", "", "W")],
        [("QUIZ", "", "", "B")],
        [("How well do you know Australia's heat records?", "", "", "B")],
        [("Question 1 of 5: Which capital city has the highest average summer maximum?", "", "", "B")],
        [("Get severe weather warnings for your exact location with the Skyfield app.", "", "", "B"),
         ("Download it free on iOS and Android.", "", "", "B")],
        [("Topics: Heatwave · Victoria · Fire danger · Melbourne · Power", "", "", "B")],
        [("Related", "", "", "B")],
        [("Why hot nights are harder on the body than hot days", "", "", "B")],
        [("Observations courtesy of the Bureau of Meteorology and Skyfield's own station network.", "", "", "B")],
        [("© 2026 Skyfield Weather Pty Ltd.", "", "", "B"),
         ("ABN 62 418 907 355.", "", "", "B")],
        [("Privacy   Terms   Contact   Advertise with us", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n63-city-alert-crumb-posted-pm-listen", "Service alert: Green bin collection is running one day late this week because of the Family Day holiday.\nHome › News and notices › News releases\nCity to clear all sidewalks after council approves $46.8-million winter plan\nNews release\nPosted: Wednesday, February 18, 2026  |  Last updated: February 18, 2026, 4:20 p.m.\nListen to this page  ▶  0:00 / 3:51",
     ["Service alert: Green bin collection is running one day late this week because of the Family Day holiday.", "Home › News and notices › News releases", "City to clear all sidewalks after council approves $46.8-million winter plan", "News release", "Posted: Wednesday, February 18, 2026  |  Last updated: February 18, 2026, 4:20 p.m.", "Listen to this page  ▶  0:00 / 3:51"]),
    ("n63-city-glance-bullets-ont-dash", "At a glance\n• Council voted 11-2 on Tuesday for the City to clear all 612 kilometres of municipal sidewalk.\n• The program starts on November 15, 2026.\n• It will add about $61 a year to the average residential property tax bill.\nKESSINGBROOK, Ont. – Kessingbrook City Council has approved a plan for the City to clear snow and ice from every municipal sidewalk, ending a rule that has made property owners responsible for the walk in front of their homes since 1987.",
     ["At a glance", "• Council voted 11-2 on Tuesday for the City to clear all 612 kilometres of municipal sidewalk.", "• The program starts on November 15, 2026.", "• It will add about $61 a year to the average residential property tax bill.", "KESSINGBROOK, Ont. – Kessingbrook City Council has approved a plan for the City to clear snow and ice from every municipal sidewalk, ending a rule that has made property owners responsible for the walk in front of their homes since 1987."]),
    ("n63-city-bylaw-no-ends-before-everyone", "Owners of properties in the downtown business improvement area will still have to clear their own sidewalks within 12 hours of a snowfall under By-law No. 2026-014. Everyone else will be released from that duty on November 15.\nThe City's Accessibility Advisory Committee asked council for city-wide clearing in 2019, 2022 and 2024. Its chair, Beatrix Egwuatu-Lamarre, said the vote was “the best news we've had in years.” “People who use walkers and wheelchairs have been prisoners in their own homes every February,” she said.",
     ["Owners of properties in the downtown business improvement area will still have to clear their own sidewalks within 12 hours of a snowfall under By-law No. 2026-014.", "Everyone else will be released from that duty on November 15.", "The City's Accessibility Advisory Committee asked council for city-wide clearing in 2019, 2022 and 2024.", "Its chair, Beatrix Egwuatu-Lamarre, said the vote was “the best news we've had in years.”", "“People who use walkers and wheelchairs have been prisoners in their own homes every February,” she said."]),
    ("n63-club-ticker-pm-gallery-counter", "NEXT MATCH   Glanrhosyn Town v Penrhydd Athletic   ·   Sat 7 Mar   ·   2.30pm   ·   Gwenyn Park   ·   BUY TICKETS\nHome   News   Fixtures   Results   Table   Tickets   Shop   Club   Academy   Community\nNews › Club News\nClub confirms £1.2m plan for 600-seat east stand at Gwenyn Park\nPublished 3 March 2026 · 10:00\nBy Club Media\nShare   𝕏   Facebook   WhatsApp   Copy link\n1 of 12\nAn artist's impression of the planned east stand, seen from the halfway line. Image: Penwerydd Design Studio",
     ["NEXT MATCH   Glanrhosyn Town v Penrhydd Athletic   ·   Sat 7 Mar   ·   2.30pm   ·   Gwenyn Park   ·   BUY TICKETS", "Home   News   Fixtures   Results   Table   Tickets   Shop   Club   Academy   Community", "News › Club News", "Club confirms £1.2m plan for 600-seat east stand at Gwenyn Park", "Published 3 March 2026 · 10:00", "By Club Media", "Share   𝕏   Facebook   WhatsApp   Copy link", "1 of 12", "An artist's impression of the planned east stand, seen from the halfway line.", "Image: Penwerydd Design Studio"]),
    ("n63-club-continue-partner-advert-also-read", "Under the Cymru Premier's ground criteria, every club in the top flight must have at least 500 covered seats by the start of the 2027-28 season. Gwenyn Park has 310.\nContinue reading below\nOfficial Partner\nMorfa Glas Motors – proud sponsor of the Swarm since 2011. Book your MOT online today.\nAlso read: Swarm stretch unbeaten home run to 14 matches",
     ["Under the Cymru Premier's ground criteria, every club in the top flight must have at least 500 covered seats by the start of the 2027-28 season.", "Gwenyn Park has 310.", "Continue reading below", "Official Partner", "Morfa Glas Motors – proud sponsor of the Swarm since 2011.", "Book your MOT online today.", "Also read: Swarm stretch unbeaten home run to 14 matches"]),
    ("n63-club-poll-options-table-rows", "FAN POLL\nWhat should we call the new east stand?\nThe Bees' Stand   38%\nThe 1994 Stand   27%\nName it after a club legend   35%\n1,184 votes · Poll closes 31 March\nCymru Premier table\nPos   Team   P   GD   Pts\n1. Penrhydd Athletic   24   +31   55\n2. Glanrhosyn Town   24   +22   49\n3. Caerwyddan Rovers   23   +14   44",
     ["FAN POLL", "What should we call the new east stand?", "The Bees' Stand   38%", "The 1994 Stand   27%", "Name it after a club legend   35%", "1,184 votes · Poll closes 31 March", "Cymru Premier table", "Pos   Team   P   GD   Pts", "1. Penrhydd Athletic   24   +31   55", "2. Glanrhosyn Town   24   +22   49", "3. Caerwyddan Rovers   23   +14   44"]),
    ("n63-club-ltd-before-registered-no", "Download the official Swarm app for live scores, match tickets and behind-the-scenes video.\nGlanrhosyn Town Football Club Ltd. Registered in Wales No. 04418263.\n© 2026 Glanrhosyn Town FC\nPrivacy   ·   Cookies   ·   Safeguarding   ·   Contact",
     ["Download the official Swarm app for live scores, match tickets and behind-the-scenes video.", "Glanrhosyn Town Football Club Ltd.", "Registered in Wales No. 04418263.", "© 2026 Glanrhosyn Town FC", "Privacy   ·   Cookies   ·   Safeguarding   ·   Contact"]),
    ("n63-trade-ticker-us-avg-headline", "DIESEL (U.S. avg.) $3.714 ▲0.011   SPOT VAN $2.06/mi ▼0.02   REEFER $2.44/mi ▲0.01   FLATBED $2.58/mi —\nFreight Markets › Brokerage\nBroker Brakemoor Logistics shuts its doors owing carriers an estimated $14.6 million",
     ["DIESEL (U.S. avg.) $3.714 ▲0.011   SPOT VAN $2.06/mi ▼0.02   REEFER $2.44/mi ▲0.01   FLATBED $2.58/mi —", "Freight Markets › Brokerage", "Broker Brakemoor Logistics shuts its doors owing carriers an estimated $14.6 million"]),
    ("n63-trade-gift-ai-takeaways-ill-inc", "Gift this article\nShare this story with a colleague: you have 4 gift articles left this month.\nKey takeaways (AI-generated, reviewed by our editors)\n• Brakemoor Logistics Inc., a freight broker based in Pekonsha, Ill., stopped operating on March 6.\n• About 1,900 motor carriers are owed some $14.6 million, according to the company's bankruptcy petition.\n• Carriers can claim against the broker's $75,000 surety bond until April 5.\nBrakemoor Logistics Inc., a freight brokerage based in Pekonsha, Ill., has stopped operating and filed for Chapter 7 bankruptcy, leaving hundreds of small trucking companies unpaid for loads they delivered in January and February.",
     ["Gift this article", "Share this story with a colleague: you have 4 gift articles left this month.", "Key takeaways (AI-generated, reviewed by our editors)", "• Brakemoor Logistics Inc., a freight broker based in Pekonsha, Ill., stopped operating on March 6.", "• About 1,900 motor carriers are owed some $14.6 million, according to the company's bankruptcy petition.", "• Carriers can claim against the broker's $75,000 surety bond until April 5.", "Brakemoor Logistics Inc., a freight brokerage based in Pekonsha, Ill., has stopped operating and filed for Chapter 7 bankruptcy, leaving hundreds of small trucking companies unpaid for loads they delivered in January and February."]),
    ("n63-trade-jan-continue-ad-ind", "Owners of six small carriers told Axle & Ledger they had not been paid for any load hauled for Brakemoor after Jan. 23.\nContinue reading below\nADVERTISEMENT\nMarcus Tebbetts-Quintanarro, who runs four trucks out of Quellsburg, Ind., said Brakemoor owed his company $48,200 for 19 loads. “They kept telling us the check was in the mail, and we kept hauling,” he said. “That's on me.” He said he had parked one of his trucks and laid off its driver.",
     ["Owners of six small carriers told Axle & Ledger they had not been paid for any load hauled for Brakemoor after Jan. 23.", "Continue reading below", "ADVERTISEMENT", "Marcus Tebbetts-Quintanarro, who runs four trucks out of Quellsburg, Ind., said Brakemoor owed his company $48,200 for 19 loads.", "“They kept telling us the check was in the mail, and we kept hauling,” he said.", "“That's on me.”", "He said he had parked one of his trucks and laid off its driver."]),
    ("n63-trade-co-said-read-more-question", "The bond's issuer, Graniteview Surety Co., said it would accept claims until April 5.\nRead more: Is your broker's bond still active? Here's how to check in two minutes\nFederal Motor Carrier Safety Administration records show Brakemoor's broker authority was revoked on March 7, a day after it stopped answering calls. Brakemoor's attorney, Lionel Draxworth, did not respond to requests for comment on Monday and Tuesday.",
     ["The bond's issuer, Graniteview Surety Co., said it would accept claims until April 5.", "Read more: Is your broker's bond still active?", "Here's how to check in two minutes", "Federal Motor Carrier Safety Administration records show Brakemoor's broker authority was revoked on March 7, a day after it stopped answering calls.", "Brakemoor's attorney, Lionel Draxworth, did not respond to requests for comment on Monday and Tuesday."]),
    ("n63-trade-comments-reply-am-llc", "Comments (3)\nRoadDog_Lonnie  ·  2 days ago\nSame thing happened to us with a broker out of Florida in 2023. Check the bond before you haul anything.\nReply  ·  Like (14)\nAxle & Ledger Daily puts the freight market in your inbox every weekday at 6 a.m. Eastern. It's free for fleet professionals.\n© 2026 Tessalind Trade Media LLC. All rights reserved.\nAbout   Advertise   Contact   Privacy   Terms   Do Not Sell My Info",
     ["Comments (3)", "RoadDog_Lonnie  ·  2 days ago", "Same thing happened to us with a broker out of Florida in 2023.", "Check the bond before you haul anything.", "Reply  ·  Like (14)", "Axle & Ledger Daily puts the freight market in your inbox every weekday at 6 a.m. Eastern.", "It's free for fleet professionals.", "© 2026 Tessalind Trade Media LLC.", "All rights reserved.", "About   Advertise   Contact   Privacy   Terms   Do Not Sell My Info"]),
    ("n63-reader-in-brief-appeal-note-url", "In brief\n• Hourly rate: €4 from May 1, up from €2.80.\n• Dialysis and cancer patients: weekly pass free, down from €10.\nThe Knockfeena Chronicle has covered the county since 1889. Local reporting like this costs money to produce. Become a digital subscriber from €1.99 a week.\nEditor's note: This article was amended on March 13 to correct the opening date of the multi-storey car park. It is due to open in 2027, not 2026.\nTags: Knockfeena General Hospital · HSE · Parking · Health\nOriginal page: https://www.knockfeenachronicle.ie/news/hospital-parking-charges-rise-4-an-hour-41187",
     ["In brief", "• Hourly rate: €4 from May 1, up from €2.80.", "• Dialysis and cancer patients: weekly pass free, down from €10.", "The Knockfeena Chronicle has covered the county since 1889.", "Local reporting like this costs money to produce.", "Become a digital subscriber from €1.99 a week.", "Editor's note: This article was amended on March 13 to correct the opening date of the multi-storey car park.", "It is due to open in 2027, not 2026.", "Tags: Knockfeena General Hospital · HSE · Parking · Health", "Original page: https://www.knockfeenachronicle.ie/news/hospital-parking-charges-rise-4-an-hour-41187"]),
    ("n63-gh-pm-am-listen-key-points", "Published: 14 May 2026, 6:40 PM   |   Updated: 15 May 2026, 7:05 AM\n🔊 Listen to this article   4 min\nKey Points\n• Canoe fishers along the whole coast must stay ashore from July 1 to July 31.\n• Industrial trawlers face a two-month closed season, from July 1 to August 31.\n• Fishermen say they need premix fuel and cash support to get through the month.",
     ["Published: 14 May 2026, 6:40 PM   |   Updated: 15 May 2026, 7:05 AM", "🔊 Listen to this article   4 min", "Key Points", "• Canoe fishers along the whole coast must stay ashore from July 1 to July 31.", "• Industrial trawlers face a two-month closed season, from July 1 to August 31.", "• Fishermen say they need premix fuel and cash support to get through the month."]),
    ("n63-gh-dr-statement-it-said-ad", "The Fisheries Commission has announced that this year's closed season for artisanal canoe fishers will run from July 1 to July 31 along the country's entire coastline.\nIn a statement signed by its Executive Director, Dr. Abena Dwamenaa-Bekyem, the Commission said the closed season for industrial trawlers would run for two months, from July 1 to August 31. It said inshore vessels would also be barred from fishing from July 1 to July 31. The closed season is meant to let sardinella and other small pelagic fish spawn and rebuild their stocks, the statement said.\nAdvertisement",
     ["The Fisheries Commission has announced that this year's closed season for artisanal canoe fishers will run from July 1 to July 31 along the country's entire coastline.", "In a statement signed by its Executive Director, Dr. Abena Dwamenaa-Bekyem, the Commission said the closed season for industrial trawlers would run for two months, from July 1 to August 31.", "It said inshore vessels would also be barred from fishing from July 1 to July 31.", "The closed season is meant to let sardinella and other small pelagic fish spawn and rebuild their stocks, the statement said.", "Advertisement"]),
    ("n63-gh-mrs-quote-video-running-time", "Mrs. Araba Kwofie-Ennin, who smokes fish for sale in Cape Coast, said she had borrowed GH₵3,000 to buy and store fish before the sea closes. “Our ovens will be cold for a month, but the interest on the loan does not rest,” she said.\nVIDEO: “Our ovens will be cold” – fish processors in Asebukrom speak to Mframa News (2:14)",
     ["Mrs. Araba Kwofie-Ennin, who smokes fish for sale in Cape Coast, said she had borrowed GH₵3,000 to buy and store fish before the sea closes.", "“Our ovens will be cold for a month, but the interest on the loan does not rest,” she said.", "VIDEO: “Our ovens will be cold” – fish processors in Asebukrom speak to Mframa News (2:14)"]),
    ("n63-np-republish-originally-caption-credit", "Republish this story\nThis story was originally published by Llano Watch, a nonprofit newsroom covering eastern New Mexico, and is co-published here as part of a reporting partnership.\nA notice of eviction is taped to an apartment door on Calle Tecolote in Piedra Tostada on March 19. Colm Rennickson-Tsosie / Llano Watch\nLandlords in Cibolita County filed 2,418 eviction cases in magistrate court last year, the most in at least a decade and more than double the 1,102 filed in 2021, according to an analysis of state court records by Llano Watch and Chamisa Report.",
     ["Republish this story", "This story was originally published by Llano Watch, a nonprofit newsroom covering eastern New Mexico, and is co-published here as part of a reporting partnership.", "A notice of eviction is taped to an apartment door on Calle Tecolote in Piedra Tostada on March 19.", "Colm Rennickson-Tsosie / Llano Watch", "Landlords in Cibolita County filed 2,418 eviction cases in magistrate court last year, the most in at least a decade and more than double the 1,102 filed in 2021, according to an analysis of state court records by Llano Watch and Chamisa Report."]),
    ("n63-np-before-you-go-ellipsis-501c3", "Republish our articles for free, online or in print, under a Creative Commons license.\nBefore you go... Local news in southern New Mexico is disappearing. We're a nonprofit, and we don't have a paywall, because we believe everyone deserves to know what's happening where they live. If that matters to you, become a member today.\nChamisa Report is a project of Desert Commons Media, a 501(c)(3) nonprofit organization.\n© 2026 Chamisa Report. All rights reserved.",
     ["Republish our articles for free, online or in print, under a Creative Commons license.", "Before you go...", "Local news in southern New Mexico is disappearing.", "We're a nonprofit, and we don't have a paywall, because we believe everyone deserves to know what's happening where they live.", "If that matters to you, become a member today.", "Chamisa Report is a project of Desert Commons Media, a 501(c)(3) nonprofit organization.", "© 2026 Chamisa Report.", "All rights reserved."]),
    ("n63-mx-translation-note-listen-jal-dash", "This article was translated from Spanish with the help of AI tools and reviewed by an editor. Read the original version in Spanish here.\nEscuchar nota / Listen   4:12\nResidents fill buckets from a municipal water truck in Colonia Lomas del Tepozán, in Tlaquepaque, on Tuesday. Photo: Emiliano Durán Castrejón / La Veleta de Occidente\nGUADALAJARA, Jal. – The Metropolitan Water and Sanitation Agency (AMAS) will extend rotating supply cuts to 212 more neighborhoods in the Guadalajara metropolitan area starting Monday, it announced on Tuesday.",
     ["This article was translated from Spanish with the help of AI tools and reviewed by an editor.", "Read the original version in Spanish here.", "Escuchar nota / Listen   4:12", "Residents fill buckets from a municipal water truck in Colonia Lomas del Tepozán, in Tlaquepaque, on Tuesday.", "Photo: Emiliano Durán Castrejón / La Veleta de Occidente", "GUADALAJARA, Jal. – The Metropolitan Water and Sanitation Agency (AMAS) will extend rotating supply cuts to 212 more neighborhoods in the Guadalajara metropolitan area starting Monday, it announced on Tuesday."]),
    ("n63-mx-am-pm-publicidad-ing", "Under the new schedule, homes in the affected colonias will receive water every other day, from 5 a.m. to 2 p.m.\nPUBLICIDAD\nAMAS director Ing. Raúl Zepeda Montoya said the utility was pumping 9,400 liters per second into the network, down from 11,800 in January. “We are sharing out what we have as fairly as we can,” he told a news conference. “Nobody in the metropolitan area will go more than 48 hours without water.”",
     ["Under the new schedule, homes in the affected colonias will receive water every other day, from 5 a.m. to 2 p.m.", "PUBLICIDAD", "AMAS director Ing. Raúl Zepeda Montoya said the utility was pumping 9,400 liters per second into the network, down from 11,800 in January.", "“We are sharing out what we have as fairly as we can,” he told a news conference.", "“Nobody in the metropolitan area will go more than 48 hours without water.”"]),
    ("n63-mx-sa-de-cv-said-av-no-col-mtra", "Continue reading below\nThe bottled water distributor Manantial Purísima del Bajío, S.A. de C.V., said sales of 20-liter jugs in the metropolitan area had risen 35% since March.\nAMAS has opened a walk-in complaints office at Av. de los Alfareros No. 1415, Col. Santa Eduwiges Poniente, open from 8 a.m. to 6 p.m. on weekdays.\nOpposition city councilor Mtra. Itzel Barajas Quezada said the utility had lost 38% of the water it treated to leaks in 2025, according to its own annual report. “They ask us to save water while a third of it runs into the street,” she said.",
     ["Continue reading below", "The bottled water distributor Manantial Purísima del Bajío, S.A. de C.V., said sales of 20-liter jugs in the metropolitan area had risen 35% since March.", "AMAS has opened a walk-in complaints office at Av. de los Alfareros No. 1415, Col. Santa Eduwiges Poniente, open from 8 a.m. to 6 p.m. on weekdays.", "Opposition city councilor Mtra. Itzel Barajas Quezada said the utility had lost 38% of the water it treated to leaks in 2025, according to its own annual report.", "“They ask us to save water while a third of it runs into the street,” she said."]),
    ("n63-za-ticker-rand-weather-menu", "MARKETS   White maize (Jul) R4 215/t ▲1.2%   ·   Yellow maize (Jul) R4 038/t ▼0.4%   ·   Wheat (Sep) R6 120/t ▲0.3%   ·   Soybeans (Jul) R8 460/t ▼0.8%   ·   R/$ 18.42\nKestelspruit   11°C   Partly cloudy   ·   Rain: 2 mm\nNews   Livestock   Crops   Markets   Machinery   Weather   Agribusiness   Opinion\nLivestock › Animal health",
     ["MARKETS   White maize (Jul) R4 215/t ▲1.2%   ·   Yellow maize (Jul) R4 038/t ▼0.4%   ·   Wheat (Sep) R6 120/t ▲0.3%   ·   Soybeans (Jul) R8 460/t ▼0.8%   ·   R/$ 18.42", "Kestelspruit   11°C   Partly cloudy   ·   Rain: 2 mm", "News   Livestock   Crops   Markets   Machinery   Weather   Agribusiness   Opinion", "Livestock › Animal health"]),
    ("n63-za-comment-initial-pty-ltd", "Comments (7)\nGert V. · 5 hours ago\nWe've been asking for vaccine since 2022. Same story every time.\nReply\nGet Akkerland Weekly's livestock market report in your inbox every Monday. It's free.\nTags: FMD · Biosecurity · Cattle · Auctions · Free State\nAkkerland Weekly is published by Graanveld Media (Pty) Ltd. © 2026 All rights reserved.\nPrivacy   ·   PAIA manual   ·   Terms   ·   Advertise   ·   Contact",
     ["Comments (7)", "Gert V. · 5 hours ago", "We've been asking for vaccine since 2022.", "Same story every time.", "Reply", "Get Akkerland Weekly's livestock market report in your inbox every Monday.", "It's free.", "Tags: FMD · Biosecurity · Cattle · Auctions · Free State", "Akkerland Weekly is published by Graanveld Media (Pty) Ltd.", "© 2026 All rights reserved.", "Privacy   ·   PAIA manual   ·   Terms   ·   Advertise   ·   Contact"]),
    ("n63-uni-ends-journal-ref-et-al", "ENDS\nNotes to editors\n1. The paper: Ardlethen-Bassi M, Mapplebeckett-Uzomaka A, Tanslow K, et al. Breakfast omission and mid-morning attention in Scottish primary pupils: a cross-sectional study. J Child Nutr Learn. 2026;9(2):114–127.\n2. Drumvale University is a public research university founded in 1966, with 17,400 students on campuses in Drumvale and Carsebank.",
     ["ENDS", "Notes to editors", "1. The paper: Ardlethen-Bassi M, Mapplebeckett-Uzomaka A, Tanslow K, et al. Breakfast omission and mid-morning attention in Scottish primary pupils: a cross-sectional study. J Child Nutr Learn. 2026;9(2):114–127.", "2. Drumvale University is a public research university founded in 1966, with 17,400 students on campuses in Drumvale and Carsebank."]),
    ("n63-court-case-box-r-v-rows", "Case details\nCase: R v Shane Loxhaven-Prowsell\nCourt: Leeds Crown Court\nOffences: Fraud by false representation (five counts)\nPlea: Guilty\nSentence: 32 months' imprisonment; criminal behaviour order for 10 years\nThere are no reporting restrictions in this case.",
     ["Case details", "Case: R v Shane Loxhaven-Prowsell", "Court: Leeds Crown Court", "Offences: Fraud by false representation (five counts)", "Plea: Guilty", "Sentence: 32 months' imprisonment; criminal behaviour order for 10 years", "There are no reporting restrictions in this case."]),
    ("n63-court-defending-colon-quote-order", "Defending, Rhys Kaylock said his client had built up gambling debts and was “deeply ashamed.” He said Loxhaven-Prowsell had repaid £6,000 to one victim before he was charged.\nSentencing, Judge Harriet Trevaskiss-Achike told him: “You picked these people because they were old and they lived alone.” “You did it again and again, and you only stopped when the police knocked on your door.”\nShe also made him subject to a criminal behaviour order banning him from cold-calling anyone about building work for 10 years. A proceeds of crime hearing will take place on 11 September.",
     ["Defending, Rhys Kaylock said his client had built up gambling debts and was “deeply ashamed.”", "He said Loxhaven-Prowsell had repaid £6,000 to one victim before he was charged.", "Sentencing, Judge Harriet Trevaskiss-Achike told him: “You picked these people because they were old and they lived alone.”", "“You did it again and again, and you only stopped when the police knocked on your door.”", "She also made him subject to a criminal behaviour order banning him from cold-calling anyone about building work for 10 years.", "A proceeds of crime hearing will take place on 11 September."]),
    ("n63-wire-date-share-dateline-slashes", "Mar 10, 2026, 08:00 ET\nShare this article\nX   Facebook   LinkedIn   Email   Print\nDALLAS, March 10, 2026 /Lowencross Newswire/ -- Vandermast Thermal Systems, Inc. (NYSE: VDMT), a maker of residential and commercial heat pumps, today announced plans to build a $96 million manufacturing plant in Wendmoorland Township, Ohio, that will create about 420 jobs by the end of 2028.",
     ["Mar 10, 2026, 08:00 ET", "Share this article", "X   Facebook   LinkedIn   Email   Print", "DALLAS, March 10, 2026 /Lowencross Newswire/ -- Vandermast Thermal Systems, Inc. (NYSE: VDMT), a maker of residential and commercial heat pumps, today announced plans to build a $96 million manufacturing plant in Wendmoorland Township, Ohio, that will create about 420 jobs by the end of 2028."]),
    ("n63-wire-forward-looking-dec-source-inc", "Forward-Looking Statements\nThis press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing, cost and expected benefits of the Wendmoorland Township plant. Actual results may differ materially from those expressed or implied in these statements because of risks and uncertainties, including those described in the company's Annual Report on Form 10-K for the year ended Dec. 31, 2025. Vandermast undertakes no obligation to update any forward-looking statement.\nMedia Contact:\nTamsin Leclerc, Vandermast Thermal Systems\nmedia@vandermastthermal.com, +1 214-555-0163\nSOURCE Vandermast Thermal Systems, Inc.\nAlso from this source",
     ["Forward-Looking Statements", "This press release contains forward-looking statements within the meaning of the Private Securities Litigation Reform Act of 1995, including statements about the timing, cost and expected benefits of the Wendmoorland Township plant.", "Actual results may differ materially from those expressed or implied in these statements because of risks and uncertainties, including those described in the company's Annual Report on Form 10-K for the year ended Dec. 31, 2025.", "Vandermast undertakes no obligation to update any forward-looking statement.", "Media Contact:", "Tamsin Leclerc, Vandermast Thermal Systems", "media@vandermastthermal.com, +1 214-555-0163", "SOURCE Vandermast Thermal Systems, Inc.", "Also from this source"]),
    ("n63-wx-updated-gallery-picture-lead", "Updated 6:12am AEDT Thursday 22 January 2026\nListen to this story   2:58\n1 of 8\nBeachgoers stay in the shallows at Wandilla Beach on Wednesday evening. Picture: Skyfield / Bren Fernsworth\nA severe heatwave warning covering most of Victoria has been extended to Saturday, with temperatures forecast to reach 45C in the state's north-west on Friday, the Bureau of Meteorology said on Wednesday.",
     ["Updated 6:12am AEDT Thursday 22 January 2026", "Listen to this story   2:58", "1 of 8", "Beachgoers stay in the shallows at Wandilla Beach on Wednesday evening.", "Picture: Skyfield / Bren Fernsworth", "A severe heatwave warning covering most of Victoria has been extended to Saturday, with temperatures forecast to reach 45C in the state's north-west on Friday, the Bureau of Meteorology said on Wednesday."]),
    ("n63-wx-pm-approx-it-said-read-more", "The Australian Energy Market Operator (AEMO) said it had issued a lack of reserve notice for Victoria between 5pm and 8pm on Friday, when demand is forecast to peak at approx. 10,400 megawatts. It said there were no plans for rolling outages, but it had asked large industrial users to be ready to cut their demand.\nRead more: How to keep pets cool when the mercury tops 40C\n2 of 8",
     ["The Australian Energy Market Operator (AEMO) said it had issued a lack of reserve notice for Victoria between 5pm and 8pm on Friday, when demand is forecast to peak at approx. 10,400 megawatts.", "It said there were no plans for rolling outages, but it had asked large industrial users to be ready to cut their demand.", "Read more: How to keep pets cool when the mercury tops 40C", "2 of 8"]),
]  # fmt: skip
