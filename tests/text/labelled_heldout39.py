"""Thirty-ninth held-out set of hand-labelled pages for the hint engines (held-out set, round twenty-seven): twelve whole pages of ordinary news as a new user pastes them, each from a different kind of site in a different country.

Written from scratch for issue 13 in round twenty-seven as a HELD-OUT set, before any rule was tuned
on it and without looking at the engine's code or output (nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file was read, `hint_scores.py` and `docs/` were
not read, and no test, scorer or engine was run; only an import of this file and `build` on every
page, a small script of my own in /tmp that checks the sentences, the flags and the split cases
against the pages, whole-word greps of the invented names over `tests/` that listed file names only,
and `ruff format` / `ruff check` were run). The format and the conventions were read from the module
docstrings of `labelled_new.py`, `labelled_new2.py` and `labelled_new56.py` to `labelled_new59.py`,
the first pages of `labelled_new56.py`, `labelled_new57.py` and `labelled_new59.py`, the first split
cases of `labelled_new56.py` and `labelled_new59.py`, and `build` in `labelled_articles.py`. Every person, small place, street, vessel, storm, organisation,
outlet, agency, portal, company, union, club, ground, hospital, university, foundation, journal and
number is invented (the United States, Wisconsin, Madison and Washington; Scotland, the Clyde and the
west coast; Canada, Manitoba, Winnipeg, Thompson and Ottawa; Chile, Santiago and Toronto; Italy,
Liguria, Genoa, Milan, Turin, Trieste, the Amalfi coast, Croatia and London; Jamaica, Kingston,
Portland, St Thomas, St Mary, Port Antonio, Buff Bay, Morant Bay, Morant Point and the Blue
Mountains; India, Mumbai, Chennai, Kottayam, Kerala, Tamil Nadu and Gujarat; Ireland, Clare,
Munster and Limerick; Australia and New South Wales; South Africa; Nigeria, Enugu, Ebonyi, Anambra,
Nsukka, Onitsha and Lagos; the Netherlands, Utrecht and Amsterdam appear only as settings; real
public bodies, laws and records such as "Transport Scotland", "the Scottish Government", "Manitoba
Transportation and Infrastructure", "Environment and Climate Change Canada", "Indigenous Services
Canada", "the Chilean Copper Commission (Cochilco)", "The Labor Ministry", "the Office of Disaster
Preparedness and Emergency Management (ODPEM)", "The Meteorological Service of Jamaica", "The
Airports Authority of Jamaica", "the National Disaster Fund", "the National Stock Exchange", the
Sensex and the Nifty, "the Rubber Board", "the GAA", "the National Prosecuting Authority" and its
Asset Forfeiture Unit, "the Special Investigating Unit", "the Prevention and Combating of Corrupt
Activities Act 12 of 2004", "the Press Council of South Africa", "the Nigerian Association of
Resident Doctors", "the Federal Ministry of Health", "Statistics Netherlands (CBS)" and "the Dutch
Research Council (NWO)" appear only as settings, with invented figures; HG=F and Google News only as
a ticker and a channel). No surname, town, street, outlet, company, school or club of any file under
`tests/` is reused: every capitalised word of these pages, each part of a hyphenated name included,
was grepped as a whole word over the whole `tests/` tree, case-sensitively and again
case-insensitively for the invented names, and every hit that was an invented name was changed
(first names, titles, real settings and common words such as "Ledger", "Advertiser", "Beacon",
"Courier", "Review", "Times", "Heads", "Gully", "Minera" and "Sindicato" recur).

Each page is a WHOLE page, head to tail, as a new user pastes it as plain text after selecting all in
a browser, so every furniture line is a paragraph of its own, worded in that site's own way, and most of each page is an ordinary news story with named and
unnamed speakers, quotes over several sentences, and checkable sentences mixed with opinion, scene,
forecasts and private circumstances. The twelve pages: (1) a US metro daily in Wisconsin behind a
metered paywall on a transit board cutting nine bus routes (a meter line of two sentences at the head
and an offer, a button and "Already a subscriber?" / "Log in" at the tail, a semicolon standfirst
carrying the agency with "says", a caption of two sentences whose second is a fact of record,
"according to an agency staff report", a director's quote split between opinion and a figure, "the
Rev." dropped, two questions in one quote before "he asked", a county executive's spokesperson who
"declined to comment", "several riders", an unnamed driver and "the driver said", a union president,
"5 a.m." ending a sentence before "Sunday service", a URL and "N. Fifth St." ending sentences, an
e-mail address, an author bio with contact line); (2) a Scottish regional weekly on an island ferry
timetable cut while the main ship overruns in dry dock (a strap, a standfirst carrying the operator
with "blames", a caption of record, "The operator, Westerlinn Ferries Ltd, said" then "It said", "The
company expects", a guest-house owner's cancellations as private, a community council chair's figure
inside an opinion, "Local MSP" dropped, a Transport Scotland spokesperson then "The spokesperson
said", the short name "Westerlinn said" then "it said", "Mrs Lamondson", a newsletter line and its
button, "Got a story?" before a capital, "Ltd." before "Registered in Scotland No. SC104572."); (3) a
Canadian public broadcaster's site on a winter road opening three weeks late to a fly-in First Nation
(listen-live strip, a standfirst of record without a speaker, an audio line naming the chief, "Chief"
dropped, a provincial department in a statement then "The department said", "according to Environment
and Climate Change Canada", a climatologist's measurement against her forecast, a trucker introduced
in a line ending "Thompson, Man." before "His company ... he said", a public price, the chief's aunt
sharing his surname with a spaced ellipsis before a capital, "Indigenous Services Canada said in an
email" then "It did not say", "With files from", a P.O. Box line); (4) a web portal carrying a wire
story on a copper strike in Chile (portal bars, a ticker line with "ALTC.SN", a wire lead ending "a
union leader said" whose speaker is named in the next sentence, "Sindicato Altocerro No. 3,", "told
Pacora by phone", "The union said", "S.A., which" and "Corp., said in a statement" then "It said",
"according to data from the Chilean Copper Commission (Cochilco)", "the U.S." ending a sentence,
"Two analysts" with a forecast, the reporting line, a related-quotes row, a numbered trending list,
"Inc." before "All rights reserved."); (5) an English-language travel and culture magazine's long
read on the last anchovy salters of a Ligurian village (a title that is not a claim, a dek of a fact
and a hedge, a words-and-photographs line, read time and print-issue line, present-tense "says"
throughout, a grandmother, son and granddaughter sharing "Baraldo", later "Nives" and "Piero", the
family's own tonnage as private, a cooperative's landings of record and its president's "He thinks",
"Dr." dropped and a spaced ellipsis before lower case, an Italian quote with its translation, a topic
subhead, a consortium's rule, a "?" before a capital inside a quote, a writer bio and a three-sentence
support pitch); (6) a Jamaican daily's live blog of a hurricane, newest entry first (LIVE, a
last-updated line, three summary bullets labelled like headlines, two of them carrying the sources as
the entries first name them, "Pinned" with a heading and an emergency-numbers line, time stamps, "Key
event", entry headlines, entry bylines, "police said", "it said" for advice, an unnamed Prime Minister
with "urges" / "urged" then "he said", "Pastor" dropped, "6 a.m. Thursday." and "13 km/h." before
capitals, a weather service's measurements against its forecasts, "Load more updates"); (7) an Indian
business news site on a tyre maker's third-quarter results (a market strip, a semicolon standfirst
carrying the MD, "Ltd. on Friday", crore figures with decimals, "the company said in a regulatory
filing", a consensus without a speaker, "T. K." initials kept and "told analysts", "U.S. and",
"i.e. about", a brokerage "said in a note" then "the brokerage said", an analyst's hedge with an
ellipsis before lower case, "Pvt. Ltd." ending a sentence before "It", the disclaimer of two
sentences); (8) an Irish GAA site's county hurling final report (a score-line standfirst, a byline at
the ground, a caption of record, scores such as "1-17 to 0-16" and "1-9 (0-6f)", two managers with "?"
and "!" inside quotes, "“Thirty-one years." as a fact of record, "SCORERS" header with scorer lines as
results, "Referee:" and "Attendance:" as data, an independence line, "Ltd." before "Registered in
Ireland No. 702318."); (9) an Australian regional news site on a shire council bringing in paid
foreshore parking (a weather chip, a standfirst carrying the mayor with an opinion, "Kurrawang Rd."
ending a sentence, "8am to 6pm", "according to an estimate in the council's business paper", "Cr"
dropped, a councillor's vote in apposition, a question before a capital in her quote, a chamber
survey and its stated step, a general manager, "According to the business paper" and a sentence after
it without a speaker, "did not respond to questions", a gov.au URL ending a sentence, a keep-reading
block with bullets, "Pty Ltd." before "All rights reserved."); (10) a South African news site's court
report on a former municipal manager jailed over a water tanker tender (a standfirst carrying the
magistrate, "case No. RC 41/2024", "(Pty) Ltd., pleaded", "The court found", "Magistrate" and "Adv."
dropped, "told the court", "National Prosecuting Authority regional spokesperson" dropped, "According
to a Special Investigating Unit report ...", a ward councillor, "Gogo" dropped, the municipality in a
statement then "It said" with a scheduled completion, a tip-off block with an e-mail address ending a
sentence); (11) a Nigerian national daily's health page on a teaching hospital's dialysis machines
(a share prompt, "according to figures seen by The Dawnrise Courier", naira figures, "5 a.m. on", a
single-quoted inner quote closing a sentence before "But", a wife named in full, "Prof." and "The
Chief Medical Director of the hospital" dropped, "Dr." dropped, a residents' association branch "said
in a statement", an anonymous ministry spokesperson then "He said", "Several patients", "Mrs." dropped
and "?” she asked.", a reply block of two sentences); and (12) a Dutch English-language news site's
science page on a cohort study of older e-bike riders (a cookie banner at the head, a headline
carrying the study with "finds" and a standfirst carrying the researchers with "say", "(Table 2).",
"vs. 1.8", "95% CI 0.91–1.23).", "The authors caution", "Dr." and "Prof." dropped, an ellipsis inside a
word run before lower case, methods and a dated plan of record, a press release's overstatement and
the paper's check with "e.g. sprains", the study's funding, a journal reference with "et al." as one
sentence, a DOI line, "B.V. 2026" in the footer). `STYLES` names the site, the story and the stresses
of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points settled
in `labelled_new2.py` to `labelled_new59.py` hold too (mastheads, straps, menus, crumbs, section
labels, bylines, date lines, share strips, weather chips, meters, paywall offers and buttons, related
and trending lists, tags, newsletter, WhatsApp, tip and comment lines, disclaimers, bios, cookie
banners and footers "B" line by line, furniture in prose split at its own full stops and "?" and
every sentence "B"; captions by content and credits "B"; standfirsts labelled like headlines, never
split at a semicolon, carrying the first source named with a verb of saying as the body names it;
titles, ranks, honorifics and roles dropped from speakers, initials kept; a pronoun, a later surname,
a first name, a title with the surname or a role resolved to the full name as first given;
organisations, documents and data kept as written, "according to X" -> X, "It" for an organisation
resolved to its name as first given; a quote over several sentences carrying its speaker and cue;
"declined to comment" and "did not respond to questions" labelled like speech with flags ""; plans,
votes, decisions, orders, fixtures, rules, results and figures of record "W"; spoken or published-in-
a-statement forecasts, hopes, opinions, feelings, scene, private circumstances, rhetorical questions
and advice ""; a checkable figure inside a quote "W" whoever speaks; weather forecasts "" whoever
issues them).

Conventions this set had to settle, in the same spirit:

* Wire leads. "..., a union leader said." carries the leader the next sentence names ("Hernán
  Caquisane"), as a lead that describes a speaker does in `labelled_new58.py`; "told Pacora by phone"
  is the cue as written; "The union said" keeps "The union" as written.
* Live-blog summary bullets ("• More than 162,000 customers without electricity, power company says",
  "• 3,412 people in 118 shelters, ODPEM says") are labelled like headlines and carry the source as the
  entries first name it ("Jamlight Power Company", "The Office of Disaster Preparedness and Emergency
  Management (ODPEM)"); a bullet without a verb of saying is "W" without a speaker. The pinned entry's
  heading "Emergency numbers" is a topic heading, "", and its numbers line "B". An entry headline "PM
  urges Jamaicans ... to stay indoors" carries "the Prime Minister" with "urges", "" (advice); the body's
  "the Prime Minister urged ..." is "" and his "He said the Government had released $500 million ..." "W".
* People introduced without a verb of saying. "Garrett Polonchuk runs Polonchuk Freight Lines in
  Thompson, Man." is "" without a speaker, and "His company has hauled fuel ..., and he said ..." carries
  him, "W"; "Her son, Piero Baraldo, 61, runs the business now, ..." and "Piero's daughter, Giulia
  Baraldo, 29, came back ..." are "" without a speaker, and the quotes after them carry them. "His
  wife, Adaeze Ezeagwuna, said" carries her full name.
* Shared surnames: "the chief's aunt" Flora Mistikwas is told from Chief Roderick Mistikwas by "she";
  "Nives says" and "Piero says" resolve the Baraldos by first name, "she says" after Giulia's
  introduction to Giulia.
* Private against public figures. A salting house's own tonnage ("“In 2019 we salted 38 tonnes,” he
  says."), a guest house's cancellations, a haulier's lambs, a trader's land sale and a resident's walk
  to the borehole are private, ""; a cooperative's landings, a store's milk price, a shelter's cots, a
  clinic's refusal ("“They told me, ‘There is no machine for you today.’") and private centres'
  session prices are "W".
* Bodies. "The company expects the larger ship back on the route by 12 June." keeps "The company" with
  "expects", ""; "It did not say when a decision would be made." carries "Indigenous Services Canada"
  with "did not say", ""; "The court found" carries "The court" with "found", "W"; "He thinks warmer
  water has pushed the shoals further offshore" carries the cooperative's president with "thinks", "".
  "Westerlinn said" keeps the short name as written, and "it said" after it resolves to "Westerlinn
  Ferries Ltd" as first given.
* Captions. "Route 31 is one of the nine routes the board voted to eliminate." (the caption's second
  sentence), "The MV Clach Liath in dry dock on the Clyde in March.", "... crosses 14 frozen lakes on its
  way north.", "... where each tin holds about 10 kg of anchovies." and "... his winning goal in the
  61st minute." are "W"; scene captions are "".
* Titles and roles dropped: "Executive director", "the Rev.", "County Executive" (inside the kept
  description "A spokesperson for County Executive Dwight Brasselmann" it stays), "Local MSP", "Mrs",
  "Chief", "Climatologist", "Dr.", "Pastor", "Corporate communications manager", "Managing director",
  "Chief financial officer", "Cloonrath manager", "Kilcummer manager", "Mayor", "Cr", "Retired nurse",
  "Magistrate", "National Prosecuting Authority regional spokesperson", "Adv.", "Ward 7 councillor",
  "Gogo" (a Nguni honorific for a grandmother: "Gogo Anna Sekhonyana" -> "Anna Sekhonyana"), "The Chief
  Medical Director of the hospital, Prof.", "Mrs." and "Prof."; "T. K." keeps its initials.

Splits. "5 a.m." ("will still start at 5 a.m." before "Sunday service"), "10 p.m." before
"Paratransit", "N. Fifth St." at the end of a line, a URL ("ridelata.org/june." before "The first",
"gindarra.nsw.gov.au/parking." at the end of a line), an e-mail address ending a sentence before a
capital ("tips@drakensviewtimes.co.za." before "We protect"), "3.40pm." at the end of a line, "Man."
("Thompson, Man." before "His company"), "–22 C." before "“We've", "the U.S." before "Chile is", "6 a.m.
Thursday." before "Passengers", "13 km/h." before "The eye", "Kurrawang Rd." before "Residents", "Pvt.
Ltd." before "It has not" and before "All rights reserved.", "Ltd." before "Registered in Scotland No.
SC104572." and "Registered in Ireland No. 702318.", "Inc." and "Pty Ltd." before "All rights
reserved.", "(Table 2)." before "Per million", a spaced ellipsis before a capital inside a quote ("we
wait …" / "The young people"), a "?" before a capital inside a quote ("call the county?" / "Did
anybody", "county final?" / "Most teams", "Was it a free?" / "Ask anyone", "families from inland?" /
"Go somewhere else?” she said.", "Then what am I?" / "A man"), a closing single quote before a capital
("for you today.’" / "But my body") and "?" in furniture before a capital ("Already a subscriber?" /
"Log in", "Got a story?" / "Phone", "Got a tip-off?" / "Send it", "Enjoyed this story?" / "Cartolina")
end a sentence; "6:02 p.m. CT", "9:40 a.m. CT", "the Rev. Samuel", "St. Odran's", "6:40 a.m. trip",
"7 p.m. instead", "6 p.m. at", "Inc. publication.", "Ltd, said", "7.15am and", "£14.5m this", "Feb. 9,",
"Jan. 27", "–14.6 C,", "P.O. Box", "GMT+2", "ALTC.SN", "Sindicato Altocerro No. 3,", "S.A., which",
"Corp., said", "Dr. Silvana", "10 kg of", "185 km/h and", "Ltd. on Friday", "Rs 3,184.6 crore", "T. K.
Sundaravel", "U.S. and", "i.e. about", "Rs 2,046.55", "1-9 (0-6f),", "0-1 65)", "8am to 6pm", "9am on",
"$4.50", "case No. RC 41/2024", "(Pty) Ltd., pleaded", "Act 12 of 2004.", "Adv. Hendrik", "R3.1
million.", "5 a.m. on", "Prof. Ifeanyichukwu", "N38.6 million", "Dr. Chinelo", "Mrs. Josephine", "vs.
1.8", "95% CI 0.91–1.23", "Dr. Roos", "e.g. sprains", "Prof. Wouter", "et al." and the full stops
inside the journal reference and "B.V. 2026" never do. A spaced ellipsis before lower case ("the
currents … we don't") and an unspaced one before lower case ("another increase... especially", "The
distance is... and") do not end a sentence; a "?" or "!" closing a quote before a lower-case
attribution ("?” he asked.", "!” he said.", "?” she asked.", "?” she said.") does not either. A numbered
trending item ("3. The 14 best running shoes of 2026, tested") and a bulleted line ("• Download our
app") are one sentence each, and the Italian quote with its translation in brackets is one sentence.

`HELDOUT_CASES` holds 30 sentence-split cases in the format of the `CASES` of `labelled_new56.py` (id,
text, expected sentences), each taken word for word from these pages (consecutive lines joined by a
newline, sentences of one line by a space) and written the same way: what a reviewer wants, not what
the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "US metro daily in Wisconsin behind a metered paywall, a transit board cuts nine bus routes (meter line of two sentences, log-in strip, menu, section label, semicolon standfirst carrying the agency, byline with pipe, published and updated lines with p.m. and a.m. CT, share strip, two-sentence caption with a fact of record and credit, according to an agency staff report, a director's opinion and figure in one quote, the Rev. dropped, two questions before he asked, declined to comment, several riders, an unnamed driver, a union president, 5 a.m. ending a sentence before Sunday, a URL and N. Fifth St. ending sentences, an e-mail address, bio with contact line, offer, button, Already a subscriber?, comment lines, Inc. publication, footer)",
    "Scottish regional weekly, an island ferry timetable cut while the main ship overruns in dry dock (masthead and strap, menu, crumb, semicolon standfirst carrying the operator with blames, caption of record and credit, the operator then It said with 7.15am and 3.40pm, The company expects, private cancellations, a figure inside an opinion, Local MSP dropped, a Transport Scotland spokesperson then The spokesperson, the short name then it said, Mrs Lamondson, advertisement, read-more line, newsletter line and button, Got a story? before a capital, comment rules of two sentences, Ltd. before Registered in Scotland No.)",
    "Canadian public broadcaster's site in Manitoba, a late winter road to a fly-in First Nation (listen-live strip, menu, region label, standfirst of record, byline and posted/updated line, audio line naming the chief, caption of record with credit in brackets, Chief dropped, a department in a statement then The department said, according to Environment and Climate Change Canada with minus temperatures, a climatologist's measurement against her forecast, Man. ending a sentence before His company ... he said, a public price, the chief's aunt with a spaced ellipsis before a capital, said in an email then It did not say, with-files line, corrections strip, related list, P.O. Box line, footer, French sister-site link)",
    "Web portal carrying a wire story, copper miners strike in northern Chile (portal bars, search box, finance menu, agency and author lines, date with GMT+2 and read time, ticker line with ALTC.SN, dateline with the agency in brackets, a lead ending a union leader said named in the next sentence, Sindicato Altocerro No. 3, told Pacora by phone, The union said, S.A. and Corp. mid-sentence with said in a statement then It said, according to data from Cochilco, the U.S. ending a sentence, two analysts' forecast, reporting line, related quotes, comments count, numbered trending list, Inc. before All rights reserved)",
    "English-language travel and culture magazine, a long read on the last anchovy salters of a Ligurian village (masthead, menu, section label, a title that is no claim, a dek of a fact and a hedge, words-and-photographs line, read time, print-issue line, scene, present-tense says, three Baraldos told apart by first names, private tonnage, a cooperative's landings and He thinks, Dr. dropped with a spaced ellipsis before lower case, an Italian quote with its translation, a topic subhead, a consortium's rule, ? before a capital inside a quote, writer bio, three-sentence support pitch, more list, footer)",
    "Jamaican daily's live blog of a hurricane, newest entry first (masthead, menu, LIVE, headline, last-updated line, three summary bullets two of which carry their sources, Pinned with heading and emergency numbers, time stamps, Key event, entry headlines and bylines, an airport authority's closure with 6 a.m. Thursday ending a sentence and its advice, police said, a power company then It said with a rule of record, an unnamed Prime Minister with urges, urged and he said, ODPEM figures, Pastor dropped with a shelter's cots, 13 km/h ending a sentence, the weather service's measurements against forecasts, load-more line, free-to-read pitch, WhatsApp photo line, footer)",
    "Indian business news site, a tyre maker's third-quarter profit falls (masthead, menu, market strip, crumb, headline with crore, semicolon standfirst carrying the MD, byline with city, updated line with IST, follow and listen line, Ltd. on Friday, the company said in a regulatory filing, decimals and margins, a consensus without a speaker, T. K. initials and told analysts, a figure in a quote, U.S. and, i.e. about, a brokerage said in a note then the brokerage said, an analyst's hedge with an unspaced ellipsis before lower case, share price, dividend, Pvt. Ltd. ending a sentence before It, disclaimer of two sentences, also-read, topics, footer)",
    "Irish GAA site's match report, a county senior hurling final (masthead, menu, crumb, headline, score-line standfirst, byline at the ground, date line, share strip, caption of record with credit, scores and minutes of record, 1-9 (0-6f), attendance as a fact of record, two managers with ? and ! inside quotes, Thirty-one years as a fact, a broken finger of record, referee's cards, a fixture, SCORERS header and scorer lines, Referee and Attendance data lines, ratings link, newsletter line and button, independence line, Ltd. before Registered in Ireland No.)",
    "Australian regional news site, a shire council votes for paid foreshore parking (masthead, log-in strip, weather chip, menu, section label, semicolon standfirst carrying the mayor with an opinion, updated line with pm and am, share line, caption with credit, Rd. ending a sentence, 8am to 6pm, according to an estimate in the council's business paper, Cr dropped, a vote in apposition with a question before a capital, a chamber survey and step, a general manager, according to the business paper then a sentence without a speaker, a retiree's private view, did not respond to questions, a gov.au URL ending a sentence, keep-reading block with bullets, bio, Pty Ltd. before All rights reserved)",
    "South African news site's court report, a former municipal manager jailed over a water tanker tender (masthead, menu, section label, headline with R4.2m, standfirst carrying the magistrate, author and date lines, dateline with a dash, case No. RC 41/2024, Act 12 of 2004, (Pty) Ltd. mid-sentence, The court found, Magistrate and Adv. dropped, told the court, an NPA spokesperson, according to an SIU report, a ward councillor, Gogo dropped, the municipality in a statement then It said with a scheduled pipeline, WhatsApp line, tip-off block with an e-mail address ending a sentence, latest list, press-code line, footer)",
    "Nigerian national daily's health page, a teaching hospital's dialysis machines break down (masthead, menu, section label, headline, byline, published line, share prompt, according to figures seen by the paper, naira figures, 5 a.m. on, an inner single quote closing a sentence before But, a wife named in full, Prof. and a role dropped, a figure of record with a forecast, Dr. dropped, a doctors' association branch said in a statement, an anonymous ministry spokesperson then He said, several patients with public prices, Mrs. dropped and ? before she asked, related list, reply block, disclaimer, footer)",
    "Dutch English-language news site's science page, a cohort study of older e-bike riders (cookie banner with buttons, masthead, strap, menu, section label, headline carrying the study with finds, standfirst carrying the researchers with say, byline, date line, share strip, caption with credit, has found and report, (Table 2). ending a sentence, vs. and a 95% CI, The authors caution, Dr. and Prof. dropped, an unspaced ellipsis before lower case, methods and a dated plan of record, a press release's overstatement and the paper's check with e.g., an outside surgeon's hedges, according to figures from Statistics Netherlands, funding, journal reference with et al. as one sentence, DOI line, also-on line, donation pitch, footer with B.V. 2026)",
]

ARTICLES = [
    [  # 1. US metro daily in Wisconsin behind a metered paywall, a transit board cuts nine bus routes
        [("The Lannerdale Ledger", "", "", "B")],
        [("You have 2 free articles left this month.", "", "", "B"),
         ("Subscribe to keep reading for $1 a week.", "", "", "B")],
        [("Log in  |  Subscribe  |  Today's Paper", "", "", "B")],
        [("News   Lannerdale County   Politics   Sports   Business   Opinion   Obituaries   Puzzles", "", "", "B")],
        [("TRANSPORTATION", "", "", "B")],
        [("Transit board votes to cut nine bus routes as federal relief money runs out", "", "", "W")],
        [("Agency says it has no other way to close a $14.2 million gap; west-side riders say the cuts will strand them", "the Lannerdale Area Transit Authority (LATA)", "says", "W")],
        [("By Corliss Amberfeld  |  Staff writer", "", "", "B")],
        [("Published 6:02 p.m. CT March 18, 2026  |  Updated 9:40 a.m. CT March 19, 2026", "", "", "B")],
        [("Share  ·  Facebook  ·  X  ·  Email  ·  Copy link", "", "", "B")],
        [("A Route 31 bus leaves the Velthorne Avenue transfer center on Wednesday afternoon.", "", "", ""),
         ("Route 31 is one of the nine routes the board voted to eliminate.", "", "", "W")],
        [("Ingrid Haugsvold / Lannerdale Ledger", "", "", "B")],
        [("The board of the Lannerdale Area Transit Authority (LATA) voted 6-3 on Wednesday to eliminate nine bus routes and reduce service on 11 others starting June 7, the biggest cut in the agency's 52-year history.", "", "", "W")],
        [("The cuts will save about $9.8 million a year, according to an agency staff report.", "an agency staff report", "according to", "W"),
         ("Together with a fare increase from $2 to $2.25 that takes effect April 1, they close most of a $14.2 million shortfall that opened when the last of the agency's federal pandemic relief money ran out in December.", "", "", "W")],
        [("Executive director Lucinda Ormeshaw said the board had “run out of road.”", "Lucinda Ormeshaw", "said", "")],
        [("“We spent the relief money the way Washington told us to spend it, on keeping buses on the street,” she said.", "Lucinda Ormeshaw", "said", ""),
         ("“Now it's gone, and ridership is still 23% below where it was in 2019.”", "Lucinda Ormeshaw", "said", "W")],
        [("Ormeshaw said the nine routes being eliminated carried an average of 10.6 riders per bus hour last year, against a systemwide average of 19.2.", "Lucinda Ormeshaw", "said", "W"),
         ("She said about 1,900 people ride those routes on a typical weekday, and that 8 in 10 of them live within half a mile of a route that will keep running.", "Lucinda Ormeshaw", "said", "W")],
        [("Board members Raymond Tolleksen, Pilar Echauri and the Rev. Samuel Wickersley voted no.", "", "", "W")],
        [("Wickersley said the agency had not tried hard enough to find money elsewhere.", "Samuel Wickersley", "said", ""),
         ("“Did anybody call the county?", "Samuel Wickersley", "asked", ""),
         ("Did anybody call Madison?” he asked.", "Samuel Wickersley", "asked", "")],
        [("Ormeshaw said LATA had asked Lannerdale County for $3 million in February and was turned down.", "Lucinda Ormeshaw", "said", "W")],
        [("A spokesperson for County Executive Dwight Brasselmann declined to comment Wednesday.", "A spokesperson for County Executive Dwight Brasselmann", "declined to comment", "")],
        [("RELATED: LATA fares rise to $2.25 on April 1 – what riders need to know", "", "", "B")],
        [("At the Velthorne Avenue transfer center on Wednesday afternoon, several riders said they had not heard about the vote.", "several riders", "said", "")],
        [("Yolanda Birchard, 44, rides Route 31 from the Orlingham Heights neighborhood to her job as a nursing assistant at St. Odran's Hospital.", "", "", ""),
         ("“If the 31 goes, I'm looking at two buses and a 20-minute walk,” she said.", "Yolanda Birchard", "said", ""),
         ("“I'm out the door at 5:15 as it is.”", "Yolanda Birchard", "said", "")],
        [("One driver, who asked not to be named because drivers are not permitted to talk to reporters, said the 6:40 a.m. trip on Route 31 is standing room only most weekdays.", "One driver", "said", "W"),
         ("“Those numbers are averages,” the driver said.", "One driver", "said", ""),
         ("“Averages don't ride the bus at 6:40 in the morning.”", "One driver", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Clifton Yarbrook, president of Transit Workers Local 1187, said the agency had assured the union that no drivers would be laid off, since it already had 38 vacant driver positions.", "Clifton Yarbrook", "said", "W")],
        [("Under the plan, weekday buses on the four busiest routes – the 1, 5, 14 and 27 – will keep running every 15 minutes.", "", "", "W"),
         ("Buses on the remaining routes will still start at 5 a.m.", "", "", "W"),
         ("Sunday service on six routes will end at 7 p.m. instead of 10 p.m.", "", "", "W"),
         ("Paratransit service is not affected.", "", "", "W")],
        [("LATA will hold three public information sessions before the changes and has posted maps of the new network at ridelata.org/june.", "", "", "W"),
         ("The first session is April 2 at 6 p.m. at the Lannerdale Central Library, 310 N. Fifth St.", "", "", "W"),
         ("Comments can be emailed to servicechanges@ridelata.org until April 30.", "", "", "W")],
        [("Ormeshaw said the board could restore some routes if the Legislature passes a transit funding bill that is now in committee.", "Lucinda Ormeshaw", "said", "")],
        [("Birchard said she would go to the April 2 session.", "Yolanda Birchard", "said", ""),
         ("“They keep saying it's only nine routes,” she said.", "Yolanda Birchard", "said", ""),
         ("“It's only nine routes until one of them is yours.”", "Yolanda Birchard", "said", "")],
        [("Corliss Amberfeld covers transportation and growth for the Ledger.", "", "", "B"),
         ("Reach her at camberfeld@lannerdaleledger.com or 414-907-2261.", "", "", "B")],
        [("Unlimited digital access: just $1 a week for your first 12 weeks.", "", "", "B")],
        [("Subscribe now", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Log in", "", "", "B")],
        [("Join the conversation", "", "", "B")],
        [("Comments are moderated and may take up to an hour to appear.", "", "", "B")],
        [("© 2026 The Lannerdale Ledger, an Ashbrenner Media Inc. publication.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Terms of Service  |  Privacy Policy  |  Your Privacy Choices  |  Contact Us", "", "", "B")],
    ],
    [  # 2. Scottish regional weekly, an island's ferry timetable cut while the main ship overruns in dry dock
        [("The Strathcorran Advertiser", "", "", "B")],
        [("Your paper for Strathcorran, Ronsaig and the outer isles since 1881", "", "", "B")],
        [("Home | News | Islands | Sport | Farming | What's On | Family Notices | E-paper", "", "", "B")],
        [("News › Islands", "", "", "B")],
        [("Ronsaig ferry cut to two sailings a day as overhaul of MV Clach Liath overruns", "", "", "W")],
        [("Operator blames corrosion found in dry dock; islanders fear for the summer season", "Westerlinn Ferries Ltd", "blames", "W")],
        [("By Morven Dalgairns", "", "", "B")],
        [("Thursday 16 April 2026, 6:00 am", "", "", "B")],
        [("Share on Facebook   Share on WhatsApp   Share by email", "", "", "B")],
        [("The MV Clach Liath in dry dock on the Clyde in March.", "", "", "W")],
        [("Picture: Westerlinn Ferries", "", "", "B")],
        [("Ronsaig will have two ferry sailings a day instead of three until at least the middle of June after the overhaul of the island's main vessel overran by nine weeks.", "", "", "W")],
        [("The operator, Westerlinn Ferries Ltd, said engineers found corrosion in part of the hull of the MV Clach Liath when she was lifted out of the water on 9 February.", "Westerlinn Ferries Ltd", "said", "W"),
         ("It said the smaller MV Lochan Beag would run a reduced timetable of two return sailings a day in the meantime, leaving Portcallan at 7.15am and 3.40pm.", "Westerlinn Ferries Ltd", "said", "W")],
        [("The Lochan Beag carries 18 cars, against 42 on the Clach Liath.", "", "", "W"),
         ("The company expects the larger ship back on the route by 12 June.", "The company", "expects", "")],
        [("Catriona Lamondson, who runs a six-room guest house in Baile Ronsaig, said she had already had eleven cancellations for May.", "Catriona Lamondson", "said", "")],
        [("“People book the ferry before they book the room,” she said.", "Catriona Lamondson", "said", ""),
         ("“If they can't get a car on, they don't come.", "Catriona Lamondson", "said", ""),
         ("It's as simple as that.”", "Catriona Lamondson", "said", "")],
        [("Hector Macvurich, who chairs Ronsaig Community Council, said it was the third summer in four years that the island's timetable had been cut because of a breakdown or an overrun.", "Hector Macvurich", "said", "W"),
         ("“Every year we're told it's a one-off,” he said.", "Hector Macvurich", "said", ""),
         ("“Three in four years is not a one-off.”", "Hector Macvurich", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Read more: Portcallan pier works to start in autumn after £6.8m funding deal", "", "", "B")],
        [("Donnie MacIlvride, a haulier who takes the island's livestock to the mart on the mainland, said lorries would have priority on only one of the two daily sailings under the reduced timetable.", "Donnie MacIlvride", "said", "W"),
         ("He said he had 140 lambs to move before the end of May.", "Donnie MacIlvride", "said", "")],
        [("Local MSP Isla Drummach said she had written to Transport Scotland asking it to charter a second vessel for the summer.", "Isla Drummach", "said", "W"),
         ("“The islanders have done nothing wrong here, and they're the ones paying for it,” she said.", "Isla Drummach", "said", "")],
        [("A Transport Scotland spokesperson said no suitable vessel was available for charter on the west coast.", "A Transport Scotland spokesperson", "said", "W"),
         ("The spokesperson said the Scottish Government had committed £14.5m this year to the upkeep of the west coast fleet.", "A Transport Scotland spokesperson", "said", "W")],
        [("The Clach Liath was built in 1998 and is due to be replaced in 2029 by one of two new ferries ordered last year.", "", "", "W")],
        [("Westerlinn said passengers with bookings on cancelled sailings would be moved to the next available crossing or refunded in full.", "Westerlinn", "said", "W"),
         ("Islanders with hospital appointments on the mainland will be given priority, it said.", "Westerlinn Ferries Ltd", "said", "W")],
        [("Mrs Lamondson said she would keep her rooms open “and hope for the best.”", "Catriona Lamondson", "said", "")],
        [("Sign up to the Advertiser's Islands Bulletin, free in your inbox every Thursday morning.", "", "", "B")],
        [("Sign me up", "", "", "B")],
        [("Got a story?", "", "", "B"),
         ("Phone the newsdesk on 01631 720 448 or email news@strathcorranadvertiser.co.uk", "", "", "B")],
        [("Comments", "", "", "B")],
        [("Please keep comments civil and on topic.", "", "", "B"),
         ("We remove comments that break our house rules.", "", "", "B")],
        [("© 2026 Strathcorran Newspapers Ltd.", "", "", "B"),
         ("Registered in Scotland No. SC104572.", "", "", "B")],
        [("Privacy | Cookies | Terms | Advertise with us | Contact", "", "", "B")],
    ],
    [  # 3. Canadian public broadcaster's site, a late winter road leaves a fly-in First Nation short of fuel
        [("Nordlea News", "", "", "B")],
        [("Listen Live  ·  Sign In", "", "", "B")],
        [("Top Stories | Local | Indigenous | Politics | Climate | Radio | Podcasts", "", "", "B")],
        [("Manitoba", "", "", "B")],
        [("Late winter road leaves northern First Nation racing to truck in a year's fuel", "", "", "W")],
        [("Road to Wapiskow Lake opened 3 weeks behind schedule after the warmest January on record in the region", "", "", "W")],
        [("Danielle Kwasnycia · Nordlea News", "", "", "B")],
        [("Posted: Feb 23, 2026 4:00 AM CST | Last Updated: Feb 23, 2026 7:15 AM CST", "", "", "B")],
        [("Share this story", "", "", "B")],
        [("AUDIO | Chief Roderick Mistikwas on the late road and what it means for his community (7:18)", "", "", "B")],
        [("The winter road to Wapiskow Lake First Nation crosses 14 frozen lakes on its way north.", "", "", "W"),
         ("(Danielle Kwasnycia/Nordlea News)", "", "", "B")],
        [("Trucks have been running day and night on the winter road to Wapiskow Lake First Nation since it opened on Feb. 9, about three weeks later than usual.", "", "", "W")],
        [("The 212-kilometre road, built each winter over frozen lakes and muskeg, is the only way to bring heavy goods by land to the fly-in community of about 1,400 people, 560 km north of Winnipeg.", "", "", "W")],
        [("This year it has to carry the community's whole supply of diesel for its power plant, about 2.1 million litres, in roughly half the usual time, Chief Roderick Mistikwas said.", "Roderick Mistikwas", "said", "W"),
         ("“Every load that doesn't make it up here before the road closes comes in by air, and by air it costs four times as much,” he said.", "Roderick Mistikwas", "said", "W")],
        [("Mistikwas said the band declared a local state of emergency on Jan. 27 so it could ask Ottawa for help with the extra cost.", "Roderick Mistikwas", "said", "W")],
        [("In a statement, Manitoba Transportation and Infrastructure said mild weather had kept the ice from reaching the 71 centimetres it needs before loaded trucks are allowed on.", "Manitoba Transportation and Infrastructure", "said", "W"),
         ("The department said the road normally closes around March 20 but would stay open as long as conditions allow.", "Manitoba Transportation and Infrastructure", "said", "W")],
        [("January's average temperature at the Wapiskow Lake weather station was –14.6 C, the warmest since records began there in 1968, according to Environment and Climate Change Canada.", "Environment and Climate Change Canada", "according to", "W")],
        [("Climatologist Marguerite Boisjoli of Environment and Climate Change Canada said the normal for January there is about –22 C.", "Marguerite Boisjoli", "said", "W"),
         ("“We've had warm Januaries up north before.", "Marguerite Boisjoli", "said", ""),
         ("What's unusual is a warm December and a warm January back to back,” she said.", "Marguerite Boisjoli", "said", "")],
        [("She said the forecast for the next two weeks called for temperatures near normal, which should keep the road open into March.", "Marguerite Boisjoli", "said", "")],
        [("Garrett Polonchuk runs Polonchuk Freight Lines in Thompson, Man.", "", "", ""),
         ("His company has hauled fuel to the community for 22 years, and he said his drivers were taking about 30 hours for the return trip, up from 24 in a normal year, because of lower speed limits on thin ice.", "Garrett Polonchuk", "said", "W"),
         ("“You don't make up time on ice,” he said.", "Garrett Polonchuk", "said", ""),
         ("“You go slow over the pressure ridges or you go through.”", "Garrett Polonchuk", "said", "")],
        [("At the community's only grocery store, a four-litre jug of milk was selling for $16.49 on Friday.", "", "", "W")],
        [("Flora Mistikwas, 78, the chief's aunt, said she remembers winters when the road opened before Christmas.", "Flora Mistikwas", "said", ""),
         ("“Now we wait and we wait …", "Flora Mistikwas", "said", ""),
         ("The young people don't know a road that opens in January, never mind December,” she said.", "Flora Mistikwas", "said", "")],
        [("Indigenous Services Canada said in an email that it had received the First Nation's request for emergency funding and was reviewing it.", "Indigenous Services Canada", "said in an email", "W"),
         ("It did not say when a decision would be made.", "Indigenous Services Canada", "did not say", "")],
        [("Mistikwas said the community had received 61 of the 140 fuel loads it needs by Sunday night.", "Roderick Mistikwas", "said", "W"),
         ("“We'll get there,” he said.", "Roderick Mistikwas", "said", ""),
         ("“We always get there.", "Roderick Mistikwas", "said", ""),
         ("But every year it's closer.”", "Roderick Mistikwas", "said", "")],
        [("With files from Up North Mornings", "", "", "B")],
        [("Corrections & Clarifications  |  Submit a News Tip  |  Report Error", "", "", "B")],
        [("Related Stories", "", "", "B")],
        [("Northern Manitoba communities brace for short winter road season", "", "", "B")],
        [("Diesel costs push up power bills in fly-in First Nations", "", "", "B")],
        [("Audience Relations, Nordlea Public Broadcasting, P.O. Box 3200, Winnipeg, MB", "", "", "B")],
        [("©2026 Nordlea Public Broadcasting.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
        [("Visitez Nord-Vent Info", "", "", "B")],
    ],
    [  # 4. Web portal carrying a wire story, copper miners strike in northern Chile
        [("Orbiq", "", "", "B")],
        [("Mail   News   Finance   Sports   Weather   Shopping   Sign in", "", "", "B")],
        [("Search the web", "", "", "B")],
        [("Finance Home | Markets | Stocks | Commodities | Personal Finance | Videos", "", "", "B")],
        [("Workers at Chile's Altocerro copper mine walk out after pay talks collapse", "", "", "W")],
        [("Pacora Press Agency", "", "", "B")],
        [("Carolina Ibacache", "", "", "B")],
        [("Sun, April 19, 2026 at 11:42 PM GMT+2 · 3 min read", "", "", "B")],
        [("In this article: HG=F +1.84%  ·  ALTC.SN −3.10%", "", "", "B")],
        [("SANTIAGO, April 19 (Pacora) - About 2,300 workers at the Altocerro copper mine in northern Chile went on strike on Sunday after wage talks with the mine's owner broke down, a union leader said.", "Hernán Caquisane", "said", "W")],
        [("Hernán Caquisane, president of the mine's largest union, Sindicato Altocerro No. 3, said the company had offered a one-off bonus of 9 million pesos ($9,450) per worker, against the union's demand for 14 million.", "Hernán Caquisane", "said", "W")],
        [("“The company made record profits last year and it offers us crumbs,” Caquisane told Pacora by phone.", "Hernán Caquisane", "told Pacora by phone", "W"),
         ("The union said 91% of its members had voted on Friday to strike.", "The union", "said", "W")],
        [("Minera Altocerro S.A., which is 55% owned by Canadian miner Tallisker Resources Corp., said in a statement that the strike was illegal because the union had not exhausted mediation, and that it would ask a labor court to rule on it.", "Minera Altocerro S.A.", "said in a statement", "W")],
        [("It said contingency teams were keeping the mine's concentrator running at about 60% of capacity.", "Minera Altocerro S.A.", "said", "W")],
        [("Altocerro produced 312,000 metric tons of copper in 2025, about 5.8% of Chile's output, according to data from the Chilean Copper Commission (Cochilco).", "data from the Chilean Copper Commission (Cochilco)", "according to", "W"),
         ("Most of its concentrate goes to smelters in China, Japan and the U.S.", "", "", "W"),
         ("Chile is the world's largest copper producer.", "", "", "W")],
        [("The Labor Ministry said it had offered to mediate between the two sides.", "The Labor Ministry", "said", "W")],
        [("Two analysts said a strike lasting more than two weeks could tighten a copper market that is already short of concentrate.", "Two analysts", "said", "")],
        [("Tallisker's shares fell 3.1% in Toronto on Friday, when the talks were first reported to be in trouble.", "", "", "W")],
        [("The last strike at Altocerro, in 2021, lasted 23 days.", "", "", "W")],
        [("(Reporting by Carolina Ibacache; Additional reporting by Tomás Villagrán in Toronto; Editing by Rhys Penmarric)", "", "", "B")],
        [("Related Quotes", "", "", "B")],
        [("Copper May 26 (HG=F)   4.7205   +0.0855 (+1.84%)", "", "", "B")],
        [("View comments (41)", "", "", "B")],
        [("Terms and Privacy Policy  ·  Privacy Dashboard  ·  About Our Ads", "", "", "B")],
        [("Trending Now", "", "", "B")],
        [("1. Storm knocks out power to 200,000 across two states", "", "", "B")],
        [("2. Why mortgage rates jumped again this week", "", "", "B")],
        [("3. The 14 best running shoes of 2026, tested", "", "", "B")],
        [("© 2026 Orbiq Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 5. English-language travel and culture magazine, a long read on the last anchovy salters of a Ligurian village
        [("CARTOLINA", "", "", "B")],
        [("Travel  ·  Food  ·  Culture  ·  Long Reads  ·  Print Edition  ·  Shop", "", "", "B")],
        [("Long Reads", "", "", "B")],
        [("The salt keepers of Calaverde", "", "", "")],
        [("In a Ligurian fishing village, one family still salts anchovies by hand, as it has since 1931.", "", "", "W"),
         ("This spring, for the first time, there may not be enough fish.", "", "", "")],
        [("Words by Imogen Heskeley  ·  Photographs by Matteo Scalabrin", "", "", "B")],
        [("18 min read", "", "", "B")],
        [("This story appears in the summer issue of Cartolina, on newsstands from June 4.", "", "", "B")],
        [("At half past four in the morning, the harbour at Calaverde is dark except for the lamp above the door of a stone shed at the end of the quay.", "", "", "")],
        [("Inside, Nives Baraldo, 87, is already at the long marble table, a blue apron over her cardigan, pressing silver fish head-down into a tin of coarse salt.", "", "", ""),
         ("She has done this, most mornings from April to September, since she was 14.", "", "", "")],
        [("“My mother taught me, and her mother taught her,” she says, not looking up.", "Nives Baraldo", "says", ""),
         ("“You don't think about it.", "Nives Baraldo", "says", ""),
         ("The hands know.”", "Nives Baraldo", "says", "")],
        [("Nives Baraldo at work in the family's salting shed, where each tin holds about 10 kg of anchovies.", "", "", "W")],
        [("Photograph: Matteo Scalabrin for Cartolina", "", "", "B")],
        [("The Baraldo family has salted anchovies in Calaverde since 1931, when Nives's grandfather bought the shed from a boat builder.", "", "", "W"),
         ("Today it is one of two salting houses left in a village that had 11 in the 1950s, according to the parish's own records.", "the parish's own records", "according to", "W")],
        [("The work has barely changed.", "", "", ""),
         ("The anchovies are cleaned by hand within hours of landing, layered with salt in tins, pressed under stone weights and left to mature for at least three months.", "", "", "W")],
        [("Her son, Piero Baraldo, 61, runs the business now, and buys the fish each morning straight from the boats of the Calaverde fishermen's cooperative.", "", "", ""),
         ("This year, he says, the boats have been coming back with less and less.", "Piero Baraldo", "says", "")],
        [("“In 2019 we salted 38 tonnes,” he says.", "Piero Baraldo", "says", ""),
         ("“Last year it was 21.", "Piero Baraldo", "says", ""),
         ("This year, so far, nine.”", "Piero Baraldo", "says", "")],
        [("Ettore Minuzzo, the cooperative's president, says its 14 boats landed 212 tonnes of anchovies in 2025, down from 540 in 2018.", "Ettore Minuzzo", "says", "W"),
         ("He thinks warmer water has pushed the shoals further offshore, beyond the reach of small boats.", "Ettore Minuzzo", "thinks", "")],
        [("Dr. Silvana Orecchia, who studies small pelagic fish at the Centro Studi Pelagici in Genoa, says its acoustic surveys found the Ligurian anchovy stock last autumn at its lowest level since monitoring began in 1995.", "Silvana Orecchia", "says", "W"),
         ("“Warmer water is part of it, but it's not the whole story,” she says.", "Silvana Orecchia", "says", ""),
         ("“Fishing pressure, plankton, the currents … we don't yet know how much each one matters.”", "Silvana Orecchia", "says", "")],
        [("“Il mare non è più quello di una volta (The sea isn't what it used to be),” Nives says.", "Nives Baraldo", "says", "")],
        [("Piero's daughter, Giulia Baraldo, 29, came back from a job in Milan three years ago to help him.", "", "", ""),
         ("She has started selling jars online, and two restaurants in London now buy from the shed directly.", "", "", "")],
        [("“People in London will pay almost anything for a jar with a story on the label,” she says.", "Giulia Baraldo", "says", ""),
         ("“The story is true.", "Giulia Baraldo", "says", ""),
         ("The fish is the problem.”", "Giulia Baraldo", "says", "")],
        [("The rules", "", "", "")],
        [("Under the rules of the Calaverde producers' consortium, founded in 2004, only fish landed in the village can be sold under its label.", "", "", "W"),
         ("Piero says he has been offered Croatian anchovies at half the price.", "Piero Baraldo", "says", "")],
        [("“I could buy them tomorrow,” he says.", "Piero Baraldo", "says", ""),
         ("“Then what am I?", "Piero Baraldo", "says", ""),
         ("A man who puts salt on somebody else's fish.”", "Piero Baraldo", "says", "")],
        [("By nine o'clock the tins are full and the stone weights are on.", "", "", ""),
         ("Nives takes off her apron, folds it twice and walks home along the quay.", "", "", "")],
        [("Imogen Heskeley is a writer based in Turin.", "", "", "B"),
         ("Her book on Italy's small harbours will be published by Hollandby Press in October.", "", "", "B")],
        [("Enjoyed this story?", "", "", "B"),
         ("Cartolina is funded by its readers.", "", "", "B"),
         ("Subscribe from £9 a quarter and get every issue in print and online.", "", "", "B")],
        [("More Long Reads", "", "", "B")],
        [("The last night train to Trieste", "", "", "B")],
        [("Up the lemon terraces of the steepest village on the Amalfi coast", "", "", "B")],
        [("© 2026 Cartolina Media Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Jamaican daily's live blog of a hurricane, newest entry first
        [("The Island Zephyr", "", "", "B")],
        [("Home | News | Parish News | Business | Sport | Entertainment | Lifestyle | Epaper", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Hurricane Sabeline live updates: Category 3 storm lashes eastern Jamaica", "", "", "W")],
        [("Last updated: October 21, 2026, 2:47 pm", "", "", "B")],
        [("• Hurricane warning remains in effect for all 14 parishes", "", "", "W")],
        [("• More than 162,000 customers without electricity, power company says", "Jamlight Power Company", "says", "W")],
        [("• 3,412 people in 118 shelters, ODPEM says", "The Office of Disaster Preparedness and Emergency Management (ODPEM)", "says", "W")],
        [("Pinned", "", "", "B")],
        [("Emergency numbers", "", "", "")],
        [("Police: 119  ·  Fire and ambulance: 110  ·  ODPEM hotline: 888-991-4262", "", "", "B")],
        [("2:40 pm", "", "", "B")],
        [("Kingston airport to stay closed through Thursday", "", "", "W")],
        [("The Airports Authority of Jamaica said the airport in Kingston would remain closed to all flights until at least 6 a.m. Thursday.", "The Airports Authority of Jamaica", "said", "W"),
         ("Passengers should check with their airlines before travelling to the airport, it said.", "The Airports Authority of Jamaica", "said", "")],
        [("— Tavia Lyttleford", "", "", "B")],
        [("2:05 pm", "", "", "B")],
        [("Landslide blocks main road in Portland", "", "", "W")],
        [("A landslide has blocked the main road between Port Antonio and Buff Bay at Rosewell Gully, police said.", "police", "said", "W"),
         ("No one was hurt.", "", "", "W"),
         ("Residents posted videos of mud and boulders across both lanes.", "", "", "")],
        [("— Tavia Lyttleford", "", "", "B")],
        [("1:30 pm", "", "", "B")],
        [("Key event", "", "", "B")],
        [("More than 162,000 customers without power", "", "", "W")],
        [("Jamlight Power Company said just over 162,000 of its 690,000 customers were without electricity as of 1 pm, most of them in St Thomas, Portland and St Mary.", "Jamlight Power Company", "said", "W"),
         ("It said crews would not go out until sustained winds dropped below 40 mph.", "Jamlight Power Company", "said", "W")],
        [("Corporate communications manager Delroy Chambersley said some customers should expect to be without power “for days, not hours.”", "Delroy Chambersley", "said", "")],
        [("— Oneil Cunnyham, business reporter", "", "", "B")],
        [("12:45 pm", "", "", "B")],
        [("PM urges Jamaicans in the east to stay indoors until the all-clear", "the Prime Minister", "urges", "")],
        [("In a national broadcast, the Prime Minister urged people in the eastern parishes to stay indoors or in shelters until the Meteorological Service gives the all-clear.", "the Prime Minister", "urged", ""),
         ("“This is not the time to go and look at the sea,” he said.", "the Prime Minister", "said", "")],
        [("He said the Government had released $500 million from the National Disaster Fund for clean-up and relief.", "the Prime Minister", "said", "W")],
        [("— Zephyr Staff", "", "", "B")],
        [("11:50 am", "", "", "B")],
        [("Shelters: 3,412 people and counting", "", "", "W")],
        [("The Office of Disaster Preparedness and Emergency Management (ODPEM) said 3,412 people were in 118 shelters across the island at 11 am, more than half of them in St Thomas.", "The Office of Disaster Preparedness and Emergency Management (ODPEM)", "said", "W")],
        [("Pastor Lennox Hylander, who runs the shelter in his church hall in Morant Bay, said 240 people had arrived by 10 am, many of them fishing families from the seafront.", "Lennox Hylander", "said", "W"),
         ("“We have cots for 150,” he said.", "Lennox Hylander", "said", "W"),
         ("“The rest are on mats.", "Lennox Hylander", "said", "W"),
         ("Nobody is complaining.”", "Lennox Hylander", "said", "")],
        [("— Tavia Lyttleford in Morant Bay", "", "", "B")],
        [("10:15 am", "", "", "B")],
        [("Sabeline strengthens to Category 3", "", "", "W")],
        [("The Meteorological Service of Jamaica said in its 10 am bulletin that Sabeline had maximum sustained winds of 185 km/h and was centred about 45 km east-southeast of Morant Point, moving west-northwest at 13 km/h.", "The Meteorological Service of Jamaica", "said", "W"),
         ("The eye is expected to pass just south of Kingston between 6 pm and 9 pm.", "", "", ""),
         ("Rainfall of 250 to 400 mm is possible over the Blue Mountains, with a risk of flash flooding and landslides.", "", "", "")],
        [("— Zephyr Staff", "", "", "B")],
        [("Load more updates", "", "", "B")],
        [("Our coverage of Hurricane Sabeline is free to read.", "", "", "B"),
         ("Support Jamaican journalism by subscribing to the Zephyr Epaper.", "", "", "B")],
        [("Send photos and videos of storm damage to our WhatsApp line, 876-612-0448, and tell us where they were taken.", "", "", "B")],
        [("© 2026 Zephyr Media Group Ltd.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 7. Indian business news site, a tyre maker's third-quarter profit falls
        [("Rokda Review", "", "", "B")],
        [("Markets | Companies | Economy | IPOs | Mutual Funds | Personal Finance | Videos", "", "", "B")],
        [("Sensex 74,812.33 ▲ 312.40 (0.42%)   Nifty 22,690.15 ▲ 98.75 (0.44%)", "", "", "B")],
        [("Companies › Auto", "", "", "B")],
        [("Vardhan Tyres Q3 profit falls 18% to Rs 212 crore as natural rubber costs bite", "", "", "W")],
        [("Revenue rises 9.4% on replacement demand; MD says raw material costs have peaked", "T. K. Sundaravel", "says", "W")],
        [("Written by Ishita Wagholikar  |  Mumbai", "", "", "B")],
        [("Updated: Feb 06, 2026, 19:42 IST", "", "", "B")],
        [("Follow us on Google News  |  Listen to this article", "", "", "B")],
        [("Vardhan Tyres Ltd. on Friday reported an 18% fall in consolidated net profit for the October-December quarter, to Rs 212.4 crore from Rs 259.1 crore a year earlier, as higher natural rubber prices ate into margins.", "", "", "W")],
        [("Revenue from operations rose 9.4% year-on-year to Rs 3,184.6 crore, the company said in a regulatory filing.", "the company", "said in a regulatory filing", "W"),
         ("Earnings before interest, tax, depreciation and amortisation (EBITDA) fell 11% to Rs 401.7 crore, and the EBITDA margin narrowed to 12.6% from 15.5%.", "", "", "W")],
        [("The profit was below the Rs 236 crore average estimate of nine analysts polled by Rokda Review.", "", "", "W")],
        [("Managing director T. K. Sundaravel told analysts on an earnings call that natural rubber had cost the company an average of Rs 198 a kg in the quarter, against Rs 167 a year earlier.", "T. K. Sundaravel", "told analysts", "W")],
        [("“We believe input costs have peaked,” he said.", "T. K. Sundaravel", "said", ""),
         ("“Rubber prices in Kottayam have eased by about 6% since mid-January, and we took a price increase of 1.5% across our truck and bus range on January 1.”", "T. K. Sundaravel", "said", "W")],
        [("Sundaravel said replacement demand, which makes up about 62% of sales, grew in double digits in the quarter, while sales to carmakers were flat.", "T. K. Sundaravel", "said", "W")],
        [("Exports, mostly to the U.S. and Europe, fell 7% in the quarter.", "", "", "W")],
        [("Chief financial officer Meenakshi Arunachalam said the company would spend about Rs 1,100 crore in FY27 on expanding its radial tyre plant near Chennai, up from Rs 850 crore this year.", "Meenakshi Arunachalam", "said", "W"),
         ("She said net debt stood at Rs 1,942 crore at the end of December, i.e. about 1.2 times annual EBITDA.", "Meenakshi Arunachalam", "said", "W")],
        [("Advertisement", "", "", "B")],
        [("Kapadia Shroff Securities said in a note that it had cut its target price on the stock to Rs 2,140 from Rs 2,380 and kept its ‘hold’ rating.", "Kapadia Shroff Securities", "said in a note", "W"),
         ("“The worst of the margin pressure is probably behind the company, but the recovery will be slow,” the brokerage said.", "Kapadia Shroff Securities", "said", "")],
        [("Prerna Walawalkar, an auto analyst at Sanchit Capital, said the company's plan to raise prices again in April might hurt volumes.", "Prerna Walawalkar", "said", ""),
         ("“Fleet owners will push back hard on another increase... especially with freight rates where they are,” she said.", "Prerna Walawalkar", "said", "")],
        [("Shares of Vardhan Tyres closed 3.2% lower at Rs 2,046.55 on the National Stock Exchange on Friday, ahead of the results, while the Nifty Auto index rose 0.3%.", "", "", "W")],
        [("The board declared an interim dividend of Rs 4 per share, with a record date of February 13.", "", "", "W"),
         ("Vardhan Tyres, founded in 1962, makes about 48,000 tyres a day at four plants in Tamil Nadu and Gujarat.", "", "", "W")],
        [("The promoter group holds 50.4% of the company through Vardhan Family Holdings Pvt. Ltd.", "", "", "W"),
         ("It has not sold any shares since 2019.", "", "", "W")],
        [("Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of Rokda Review.", "", "", "B"),
         ("We advise investors to check with certified experts before making any investment decisions.", "", "", "B")],
        [("Also Read: Rubber Board cuts 2026 output estimate as tapping slows in Kerala", "", "", "B")],
        [("Catch all the corporate earnings, market news and live Sensex updates on Rokda Review.", "", "", "B")],
        [("Download the Rokda Review app to get daily market updates.", "", "", "B")],
        [("Topics: Vardhan Tyres | Q3 results | Auto ancillary | Natural rubber", "", "", "B")],
        [("Copyright © 2026 Pulsar Digimedia Pvt. Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 8. Irish GAA site's match report, a county senior hurling final
        [("GaelScore", "", "", "B")],
        [("Live Scores   Fixtures   Results   Hurling   Football   Camogie   Ladies Football   Club", "", "", "B")],
        [("Hurling › Clare SHC", "", "", "B")],
        [("Cloonrath end 31-year wait as Kieran Moloughney's late goal sinks Kilcummer", "", "", "W")],
        [("Clare SHC final: Cloonrath 2-19 Kilcummer 1-20", "", "", "W")],
        [("Conor Hanrahy at Tullycarrig Park", "", "", "B")],
        [("Sunday 18 October 2026, 6:31 pm", "", "", "B")],
        [("Share: Facebook | X | WhatsApp | Copy link", "", "", "B")],
        [("Kieran Moloughney celebrates his winning goal in the 61st minute.", "", "", "W"),
         ("Photo: GaelScore Images", "", "", "B")],
        [("Kieran Moloughney's goal a minute into stoppage time gave Cloonrath their first Clare senior hurling title since 1995 as they came from four points down to beat Kilcummer by two at Tullycarrig Park on Sunday.", "", "", "W")],
        [("A crowd of 6,214 saw the two clubs meet in the final for the third time in four years, Kilcummer having won the other two.", "", "", "W")],
        [("Kilcummer led 1-11 to 0-10 at half-time, their goal coming from corner-forward Tadhg Ó Flannabhra in the 24th minute.", "", "", "W"),
         ("They were still 1-17 to 0-16 ahead with six minutes left.", "", "", "W")],
        [("Cloonrath's first goal, in the 55th minute, came from wing-forward Darragh Lenihane, who flicked a long delivery from full-back Pádraig Hehir into the net.", "", "", "W"),
         ("Points from Moloughney and Lenihane drew the sides level before Moloughney, who finished with 1-9 (0-6f), turned his marker and drove a low shot past goalkeeper Shane Tiernahan; a late Lernaghan free only cut the margin to two.", "", "", "W")],
        [("Cloonrath manager Tommy Guerin said his players had “never stopped believing.”", "Tommy Guerin", "said", "")],
        [("“Four points down with six minutes to go in a county final?", "Tommy Guerin", "said", ""),
         ("Most teams would fold!” he said.", "Tommy Guerin", "said", ""),
         ("“Thirty-one years.", "Tommy Guerin", "said", "W"),
         ("I was a minor the last time we won this.”", "Tommy Guerin", "said", "")],
        [("Kilcummer manager Ger Hickeen said the referee should have given his side a free for a foul on Ó Flannabhra seconds before the winning goal.", "Ger Hickeen", "said", ""),
         ("“Was it a free?", "Ger Hickeen", "said", ""),
         ("Ask anyone in the stand,” he said.", "Ger Hickeen", "said", "")],
        [("He said full-forward Colm Lernaghan had played the second half with a broken finger.", "Ger Hickeen", "said", "W")],
        [("Referee Pat Kinnane showed five yellow cards, three of them to Kilcummer players.", "", "", "W")],
        [("Advertisement", "", "", "B")],
        [("Cloonrath will represent Clare in the Munster club championship, where they play the Limerick champions on 8 November.", "", "", "W")],
        [("SCORERS", "", "", "B")],
        [("Cloonrath: K Moloughney 1-9 (0-6f), D Lenihane 1-3, M Kierse 0-2, S Kilmurray 0-2, C Roughan 0-2, A Keogan 0-1.", "", "", "W")],
        [("Kilcummer: T Ó Flannabhra 1-4, C Lernaghan 0-8 (0-7f, 0-1 65), E Dilleen 0-3, R Curtin 0-3, N Madigan 0-2.", "", "", "W")],
        [("Referee: P Kinnane (Ballinagoun)", "", "", "")],
        [("Attendance: 6,214", "", "", "")],
        [("Player ratings: How every Cloonrath and Kilcummer player fared", "", "", "B")],
        [("Get the GaelScore club round-up in your inbox every Monday", "", "", "B")],
        [("Subscribe", "", "", "B")],
        [("GaelScore is an independent site and is not affiliated with the GAA.", "", "", "B")],
        [("© 2026 GaelScore Media Ltd.", "", "", "B"),
         ("Registered in Ireland No. 702318.", "", "", "B")],
        [("Privacy | Cookies | Advertise | Contact us", "", "", "B")],
    ],
    [  # 9. Australian regional news site, a shire council votes for paid parking on the foreshore
        [("Gindarra Coast Beacon", "", "", "B")],
        [("Subscribe  ·  Sign in  ·  Digital edition  ·  Puzzles", "", "", "B")],
        [("Gindarra Heads  24°  Mostly sunny", "", "", "B")],
        [("News  Sport  Community  Property  Opinion  What's On  Classifieds", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Paid parking coming to Gindarra Heads foreshore after 7-4 council vote", "", "", "W")],
        [("Mayor says ratepayers should not pay for day-trippers' parking; traders fear visitors will drive to the next beach", "Craig Pollastri", "says", "")],
        [("By Talia Rossmoyle", "", "", "B")],
        [("Updated April 15 2026 - 4:58pm, first published 11:30am", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Cars parked along Pandanus Parade at Gindarra Heads on Easter Sunday.", "", "", ""),
         ("Picture by Talia Rossmoyle", "", "", "B")],
        [("Visitors will pay $4.50 an hour to park on the Gindarra Heads foreshore from July 1 after Gindarra Shire Council voted 7-4 on Tuesday night to bring in paid parking at three beachside car parks.", "", "", "W")],
        [("The car parks are on Pandanus Parade, beside the surf club and at the end of Kurrawang Rd.", "", "", "W"),
         ("Residents of the shire will be able to park free with a permit, which will cost $25 a year.", "", "", "W"),
         ("Fees will apply from 8am to 6pm every day.", "", "", "W")],
        [("The scheme will raise about $1.3 million a year after costs, according to an estimate in the council's business paper.", "an estimate in the council's business paper", "according to", "W")],
        [("Mayor Craig Pollastri said the three car parks were full by 9am on most summer weekends, mostly with cars from outside the shire.", "Craig Pollastri", "said", "W")],
        [("“Our ratepayers are paying to maintain parking for people who don't live here,” Cr Pollastri said.", "Craig Pollastri", "said", ""),
         ("“I don't think that's fair, and neither did most of council.”", "Craig Pollastri", "said", "")],
        [("Cr Nerida Valtonen, one of the four councillors who voted against the plan, said it would hurt businesses on Pandanus Parade.", "Nerida Valtonen", "said", "W"),
         ("“What are we telling families from inland?", "Nerida Valtonen", "said", ""),
         ("Go somewhere else?” she said.", "Nerida Valtonen", "said", "")],
        [("Advertisement", "", "", "B")],
        [("Gindarra Heads Chamber of Commerce president Owen Scarsbrook said a survey of 46 of the chamber's members in March found 39 were opposed to paid parking.", "Owen Scarsbrook", "said", "W"),
         ("He said the chamber would ask the council to delay the start until after the winter school holidays.", "Owen Scarsbrook", "said", "W")],
        [("READ MORE: Council to spend $2.1m on Pandanus Parade seawall", "", "", "B")],
        [("The council's general manager, Felicity Oram, said the permit system would use number-plate recognition, so residents would not need a sticker or a ticket.", "Felicity Oram", "said", "W"),
         ("She said parking officers would issue warnings rather than fines for the first month.", "Felicity Oram", "said", "W")],
        [("According to the business paper, a survey over the 2025-26 summer counted an average of 412 cars in the three car parks at 11am on weekends.", "the business paper", "according to", "W"),
         ("They have 388 marked spaces between them.", "", "", "W")],
        [("Retired nurse Glenys Pockrington, who has lived in Gindarra Heads for 40 years, said she was happy to pay for a permit if it meant she could find a park.", "Glenys Pockrington", "said", ""),
         ("“Summer Saturdays, I don't even bother going down,” she said.", "Glenys Pockrington", "said", "")],
        [("The state member for Gindarra, Bronwyn Mayhead, did not respond to questions on Wednesday.", "Bronwyn Mayhead", "did not respond to questions", "")],
        [("The council will install ticket machines and cameras in May and June.", "", "", "W"),
         ("Permit applications open on June 1 at gindarra.nsw.gov.au/parking.", "", "", "W")],
        [("Our journalists work hard to provide local, up-to-date news to the community.", "", "", "B"),
         ("This is how you can keep reading our trusted content:", "", "", "B")],
        [("• Bookmark gindarracoastbeacon.com.au", "", "", "B")],
        [("• Download our app", "", "", "B")],
        [("• Sign up for our breaking news alerts", "", "", "B")],
        [("Talia Rossmoyle covers council and community news for the Beacon.", "", "", "B")],
        [("© 2026 Wattleridge Regional Media Pty Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. South African online news site's court report, a former municipal manager jailed over a water tanker tender
        [("Drakensview Times", "", "", "B")],
        [("Home  News  Courts  Politics  Business  Sport  Opinion  Jobs", "", "", "B")],
        [("Courts", "", "", "B")],
        [("Former Khuthalani municipal manager jailed for 15 years over R4.2m water tanker tender", "", "", "W")],
        [("Magistrate says the community went without water while tankers were paid for trips that never happened", "Refilwe Masemola", "says", "W")],
        [("Ayanda Shozi", "", "", "B")],
        [("14 May 2026 | 17:05", "", "", "B")],
        [("KHUTHALANI – A former municipal manager of the Khuthalani Local Municipality was sentenced to an effective 15 years in prison in the Khuthalani Regional Court on Thursday for fraud and corruption linked to a R4.2 million water tanker contract.", "", "", "W")],
        [("Lwazi Mathonsi, 54, was convicted in March in case No. RC 41/2024 on two counts of fraud and one count of corruption under the Prevention and Combating of Corrupt Activities Act 12 of 2004.", "", "", "W")],
        [("His co-accused, Jaco Oosthuyzen, 47, the sole director of Bophelo Water Carriers (Pty) Ltd., pleaded guilty and testified for the State.", "", "", "W"),
         ("He was sentenced to 12 years, five of them suspended.", "", "", "W")],
        [("The court found that between July 2021 and June 2022 the municipality paid Bophelo Water Carriers for 1,386 tanker trips to villages in Ward 7 and Ward 9, but that logbooks and GPS records showed only 402 had taken place.", "The court", "found", "W")],
        [("Magistrate Refilwe Masemola said Mathonsi had signed off every invoice himself, bypassing the municipality's bid adjudication committee.", "Refilwe Masemola", "said", "W"),
         ("“While families in Ward 7 were queuing with buckets, the accused was approving payment for water that was never delivered,” she said.", "Refilwe Masemola", "said", "W"),
         ("“This court cannot ignore that.”", "Refilwe Masemola", "said", "")],
        [("She said she had found no substantial and compelling circumstances that would justify a sentence below the prescribed minimum of 15 years.", "Refilwe Masemola", "said", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("National Prosecuting Authority regional spokesperson Lumka Mabhengwana said the sentence sent “a clear message” to officials who steal from poor communities.", "Lumka Mabhengwana", "said", ""),
         ("She said the NPA's Asset Forfeiture Unit had already obtained a preservation order over two properties and four vehicles worth about R3.1 million.", "Lumka Mabhengwana", "said", "W")],
        [("Mathonsi's counsel, Adv. Hendrik Bezuidenstad, said his client would apply for leave to appeal against both conviction and sentence.", "Hendrik Bezuidenstad", "said", "W"),
         ("“My client signed those invoices on the strength of certificates from the ward councillors,” Bezuidenstad told the court.", "Hendrik Bezuidenstad", "told the court", "W")],
        [("According to a Special Investigating Unit report tabled in Parliament in 2023, the municipality spent R19.8 million on emergency water contracts that did not follow procurement rules.", "a Special Investigating Unit report tabled in Parliament in 2023", "according to", "W")],
        [("Ward 7 councillor Sibongile Khanyase said residents of the ward still depended on two boreholes and one tanker delivery a week.", "Sibongile Khanyase", "said", "W"),
         ("“The money that was stolen could have built us a proper pipeline,” she said.", "Sibongile Khanyase", "said", "")],
        [("Gogo Anna Sekhonyana, 71, who lives near the ward's clinic, said she had walked to the borehole twice that morning.", "Anna Sekhonyana", "said", ""),
         ("“They say justice has been done.", "Anna Sekhonyana", "said", ""),
         ("Justice is water in my tap,” she said.", "Anna Sekhonyana", "said", "")],
        [("In a statement, the Khuthalani Local Municipality said it had “noted” the sentence and had since moved all water contracts to a panel of three service providers appointed by open tender.", "the Khuthalani Local Municipality", "said", "W"),
         ("It said a pipeline to Ward 7 and Ward 9 was due to be completed by March 2027.", "the Khuthalani Local Municipality", "said", "W")],
        [("Follow Drakensview Times on WhatsApp for the latest court news.", "", "", "B")],
        [("Got a tip-off?", "", "", "B"),
         ("Send it to tips@drakensviewtimes.co.za.", "", "", "B"),
         ("We protect our sources.", "", "", "B")],
        [("Latest in Courts", "", "", "B")],
        [("Two Khuthalani traffic officers plead not guilty to bribery charges", "", "", "B")],
        [("Bail denied for man accused of taxi rank shooting", "", "", "B")],
        [("Drakensview Times subscribes to the Press Code and to the Press Council of South Africa.", "", "", "B")],
        [("© 2026 Drakensview Times (Pty) Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Nigerian national daily's health page, a teaching hospital's dialysis machines break down
        [("The Dawnrise Courier", "", "", "B")],
        [("Home | News | Politics | Business | Health | Sports | Opinion | Metro", "", "", "B")],
        [("Health", "", "", "B")],
        [("Kidney patients stranded as only three of 10 dialysis machines work at Enugu teaching hospital", "", "", "W")],
        [("By Ugochi Anyaegbu", "", "", "B")],
        [("Published February 9, 2026 | 5:12 am", "", "", "B")],
        [("Kindly share this story:", "", "", "B")],
        [("Patients with kidney failure at the Nnamdi Ukachi Teaching Hospital, Enugu, are waiting up to four days for dialysis because only three of the unit's 10 machines are working.", "", "", "W")],
        [("The hospital's renal unit, which takes patients from Enugu, Ebonyi and Anambra states, had 61 patients on its dialysis list at the end of January, according to figures seen by The Dawnrise Courier.", "figures seen by The Dawnrise Courier", "according to", "W"),
         ("A session costs N55,000, up from N35,000 in 2024, and most patients need two or three a week.", "", "", "W")],
        [("Obinna Ezeagwuna, 38, a spare parts trader, said he arrived at the unit at 5 a.m. on Wednesday and was told to come back on Saturday.", "Obinna Ezeagwuna", "said", "W")],
        [("“They told me, ‘There is no machine for you today.’", "Obinna Ezeagwuna", "said", "W"),
         ("But my body does not know Saturday,” he said.", "Obinna Ezeagwuna", "said", "")],
        [("His wife, Adaeze Ezeagwuna, said the family had sold a plot of land in Nsukka to pay for his treatment since November.", "Adaeze Ezeagwuna", "said", ""),
         ("“We have spent everything,” she said.", "Adaeze Ezeagwuna", "said", "")],
        [("Advertisement", "", "", "B")],
        [("The Chief Medical Director of the hospital, Prof. Ifeanyichukwu Nwagboso, said seven machines had broken down since October and that spare parts had been ordered from the manufacturer's agent in Lagos.", "Ifeanyichukwu Nwagboso", "said", "W"),
         ("He said the hospital paid N38.6 million for the parts in December, and that the first four machines should be repaired by the end of February.", "Ifeanyichukwu Nwagboso", "said", "W")],
        [("“We are not sitting idle.", "Ifeanyichukwu Nwagboso", "said", ""),
         ("Nobody in this hospital is happy to turn a patient away,” Nwagboso said.", "Ifeanyichukwu Nwagboso", "said", "")],
        [("Dr. Chinelo Eziagulu, a consultant nephrologist at the hospital, said patients who miss sessions build up fluid and toxins in the blood and can die within days.", "Chinelo Eziagulu", "said", "W"),
         ("She said two patients on the unit's list had died since December, though she could not say whether missed sessions were the cause.", "Chinelo Eziagulu", "said", "W")],
        [("The hospital's branch of the Nigerian Association of Resident Doctors said in a statement on Sunday that it had warned the management about the machines in a letter dated October 14.", "The hospital's branch of the Nigerian Association of Resident Doctors", "said in a statement", "W")],
        [("A spokesperson for the Federal Ministry of Health, who asked not to be named because he was not authorised to speak on the matter, said the ministry had asked the hospital for a report.", "A spokesperson for the Federal Ministry of Health", "said", "W"),
         ("He said the ministry was “working with the management to restore the service quickly.”", "A spokesperson for the Federal Ministry of Health", "said", "")],
        [("Several patients said they had moved to private centres in Enugu, where a session costs between N70,000 and N90,000.", "Several patients", "said", "W")],
        [("Mrs. Josephine Aniagolu, 63, a retired teacher, said she now travels to a hospital in Onitsha twice a week.", "Josephine Aniagolu", "said", ""),
         ("“What choice do I have?” she asked.", "Josephine Aniagolu", "asked", "")],
        [("RELATED NEWS", "", "", "B")],
        [("Resident doctors threaten strike over unpaid allowances", "", "", "B")],
        [("Enugu govt begins free kidney screening in 17 LGAs", "", "", "B")],
        [("Leave a Reply", "", "", "B")],
        [("Your email address will not be published.", "", "", "B"),
         ("Required fields are marked *", "", "", "B")],
        [("DISCLAIMER: Comments on this site are the views of their authors and not of The Dawnrise Courier.", "", "", "B")],
        [("Copyright © 2026 Dawnrise Media Nigeria Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. Dutch English-language news site's science page, a cohort study of older e-bike riders
        [("We use cookies", "", "", "B")],
        [("Dijkpost uses functional and analytical cookies and, with your permission, cookies from partners that show you personalised content.", "", "", "B")],
        [("Accept   Reject   Preferences", "", "", "B")],
        [("Dijkpost", "", "", "B")],
        [("News from the Netherlands, in English", "", "", "B")],
        [("Politics | Economy | Society | Science | Sport | Culture | Expat Life", "", "", "B")],
        [("Science", "", "", "B")],
        [("Older e-bike riders no more likely to crash per kilometre than regular cyclists, study finds", "a study following 28,410 Dutch adults aged 65 and over", "finds", "W")],
        [("But they ride much further, so more of them end up in hospital, researchers say", "researchers at the University of Zuidermeer", "say", "W")],
        [("By Maaike Oudhuis", "", "", "B")],
        [("Tuesday 10 March 2026, 14:20", "", "", "B")],
        [("Share  ·  Email  ·  Print", "", "", "B")],
        [("An older cyclist on an e-bike on a cycle path near Utrecht.", "", "", ""),
         ("Photo: Dijkpost / Jeroen Kalkhoven", "", "", "B")],
        [("Older people who ride electric bikes are no more likely to crash per kilometre cycled than those on ordinary bicycles, a study following 28,410 Dutch adults aged 65 and over has found.", "a study following 28,410 Dutch adults aged 65 and over", "has found", "W")],
        [("But e-bike riders cycled almost twice as far each week, so more of them ended up in hospital after a cycling accident, researchers at the University of Zuidermeer report in the European Journal of Injury Research.", "researchers at the University of Zuidermeer", "report", "W")],
        [("Over five years of follow-up, 612 participants were admitted to hospital after a cycling accident, 371 of them e-bike riders (Table 2).", "", "", "W"),
         ("Per million kilometres cycled, the admission rate was 1.9 for e-bike riders vs. 1.8 for those on ordinary bikes (hazard ratio 1.06, 95% CI 0.91–1.23).", "", "", "W")],
        [("E-bike riders cycled a median of 62 km a week, against 34 km for the others.", "", "", "W"),
         ("Head injuries made up 23% of admissions in both groups.", "", "", "W")],
        [("The authors caution that participants reported their own cycling distances in yearly questionnaires, which may not be accurate.", "The authors", "caution", "")],
        [("Dr. Roos Hoogeboom, an epidemiologist at the university and the study's lead author, said the findings should reassure older people who are thinking of buying an e-bike.", "Roos Hoogeboom", "said", ""),
         ("“The bike isn't the danger.", "Roos Hoogeboom", "said", ""),
         ("The distance is... and, honestly, the distance is also the point, because that's the exercise,” she said.", "Roos Hoogeboom", "said", "")],
        [("She said the team had linked the questionnaire answers to hospital admission records held by Statistics Netherlands (CBS).", "Roos Hoogeboom", "said", "W"),
         ("Hoogeboom said the team would fit 400 volunteers with GPS trackers from September to measure their distances directly.", "Roos Hoogeboom", "said", "W")],
        [("A press release issued by the university on Monday said e-bikes were “as safe as ordinary bikes for older riders.”", "A press release issued by the university on Monday", "said", ""),
         ("The study does not show that.", "", "", "W"),
         ("It looked only at crashes serious enough to need a hospital admission, not at minor injuries (e.g. sprains treated by a GP) or deaths at the scene.", "", "", "W")],
        [("Prof. Wouter Klaassema, a trauma surgeon who was not involved in the study, said emergency departments had seen “a clear change” in who arrives after a bike crash.", "Wouter Klaassema", "said", ""),
         ("“Ten years ago it was teenagers and commuters.", "Wouter Klaassema", "said", ""),
         ("Now, on a sunny Saturday, it's people in their seventies,” he said.", "Wouter Klaassema", "said", "")],
        [("He said the study could not answer whether e-bikes were simply too fast for some older riders.", "Wouter Klaassema", "said", "")],
        [("People aged 65 and over accounted for 41% of cycling deaths in the Netherlands in 2024, according to figures from Statistics Netherlands.", "figures from Statistics Netherlands", "according to", "W")],
        [("The study was funded by the Dutch Research Council (NWO) and the Stichting Veilig Fietsen Zuidermeer.", "", "", "W")],
        [("Journal reference: Hoogeboom R, Tjallema M, Brandsema P, et al. Electrically assisted cycling and hospital admission for injury in adults aged 65 and over: a prospective cohort study. Eur J Inj Res. 2026;31(2):88-97.", "", "", "B")],
        [("doi:10.48127/ejir.2026.0088", "", "", "B")],
        [("Also on Dijkpost: Amsterdam to widen 14 km of cycle paths as e-bike traffic grows", "", "", "B")],
        [("Dijkpost is an independent news site.", "", "", "B"),
         ("Our journalism is free to read, and we rely on reader donations to keep it that way.", "", "", "B")],
        [("Donate", "", "", "B")],
        [("© Dijkpost B.V. 2026 | Privacy | Cookies | Colophon", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h39-am-before-sunday-url-st", "Under the plan, weekday buses on the four busiest routes – the 1, 5, 14 and 27 – will keep running every 15 minutes. Buses on the remaining routes will still start at 5 a.m. Sunday service on six routes will end at 7 p.m. instead of 10 p.m. Paratransit service is not affected.\nLATA will hold three public information sessions before the changes and has posted maps of the new network at ridelata.org/june. The first session is April 2 at 6 p.m. at the Lannerdale Central Library, 310 N. Fifth St. Comments can be emailed to servicechanges@ridelata.org until April 30.",
     ["Under the plan, weekday buses on the four busiest routes – the 1, 5, 14 and 27 – will keep running every 15 minutes.", "Buses on the remaining routes will still start at 5 a.m.", "Sunday service on six routes will end at 7 p.m. instead of 10 p.m.", "Paratransit service is not affected.", "LATA will hold three public information sessions before the changes and has posted maps of the new network at ridelata.org/june.", "The first session is April 2 at 6 p.m. at the Lannerdale Central Library, 310 N. Fifth St.", "Comments can be emailed to servicechanges@ridelata.org until April 30."]),
    ("h39-rev-question-caps-asked", "Board members Raymond Tolleksen, Pilar Echauri and the Rev. Samuel Wickersley voted no.\nWickersley said the agency had not tried hard enough to find money elsewhere. “Did anybody call the county? Did anybody call Madison?” he asked.\nOrmeshaw said LATA had asked Lannerdale County for $3 million in February and was turned down.",
     ["Board members Raymond Tolleksen, Pilar Echauri and the Rev. Samuel Wickersley voted no.", "Wickersley said the agency had not tried hard enough to find money elsewhere.", "“Did anybody call the county?", "Did anybody call Madison?” he asked.", "Ormeshaw said LATA had asked Lannerdale County for $3 million in February and was turned down."]),
    ("h39-meter-two-sentences-nav", "You have 2 free articles left this month. Subscribe to keep reading for $1 a week.\nLog in  |  Subscribe  |  Today's Paper\nNews   Lannerdale County   Politics   Sports   Business   Opinion   Obituaries   Puzzles",
     ["You have 2 free articles left this month.", "Subscribe to keep reading for $1 a week.", "Log in  |  Subscribe  |  Today's Paper", "News   Lannerdale County   Politics   Sports   Business   Opinion   Obituaries   Puzzles"]),
    ("h39-inc-publication-footer", "Join the conversation\nComments are moderated and may take up to an hour to appear.\n© 2026 The Lannerdale Ledger, an Ashbrenner Media Inc. publication. All rights reserved.\nTerms of Service  |  Privacy Policy  |  Your Privacy Choices  |  Contact Us",
     ["Join the conversation", "Comments are moderated and may take up to an hour to appear.", "© 2026 The Lannerdale Ledger, an Ashbrenner Media Inc. publication.", "All rights reserved.", "Terms of Service  |  Privacy Policy  |  Your Privacy Choices  |  Contact Us"]),
    ("h39-ltd-comma-am-pm-end", "Ronsaig will have two ferry sailings a day instead of three until at least the middle of June after the overhaul of the island's main vessel overran by nine weeks.\nThe operator, Westerlinn Ferries Ltd, said engineers found corrosion in part of the hull of the MV Clach Liath when she was lifted out of the water on 9 February. It said the smaller MV Lochan Beag would run a reduced timetable of two return sailings a day in the meantime, leaving Portcallan at 7.15am and 3.40pm.\nThe Lochan Beag carries 18 cars, against 42 on the Clach Liath. The company expects the larger ship back on the route by 12 June.",
     ["Ronsaig will have two ferry sailings a day instead of three until at least the middle of June after the overhaul of the island's main vessel overran by nine weeks.", "The operator, Westerlinn Ferries Ltd, said engineers found corrosion in part of the hull of the MV Clach Liath when she was lifted out of the water on 9 February.", "It said the smaller MV Lochan Beag would run a reduced timetable of two return sailings a day in the meantime, leaving Portcallan at 7.15am and 3.40pm.", "The Lochan Beag carries 18 cars, against 42 on the Clach Liath.", "The company expects the larger ship back on the route by 12 June."]),
    ("h39-got-a-story-ltd-no", "Got a story? Phone the newsdesk on 01631 720 448 or email news@strathcorranadvertiser.co.uk\nComments\nPlease keep comments civil and on topic. We remove comments that break our house rules.\n© 2026 Strathcorran Newspapers Ltd. Registered in Scotland No. SC104572.",
     ["Got a story?", "Phone the newsdesk on 01631 720 448 or email news@strathcorranadvertiser.co.uk", "Comments", "Please keep comments civil and on topic.", "We remove comments that break our house rules.", "© 2026 Strathcorran Newspapers Ltd.", "Registered in Scotland No. SC104572."]),
    ("h39-chief-jan-feb-dates", "This year it has to carry the community's whole supply of diesel for its power plant, about 2.1 million litres, in roughly half the usual time, Chief Roderick Mistikwas said. “Every load that doesn't make it up here before the road closes comes in by air, and by air it costs four times as much,” he said.\nMistikwas said the band declared a local state of emergency on Jan. 27 so it could ask Ottawa for help with the extra cost.\nIn a statement, Manitoba Transportation and Infrastructure said mild weather had kept the ice from reaching the 71 centimetres it needs before loaded trucks are allowed on. The department said the road normally closes around March 20 but would stay open as long as conditions allow.",
     ["This year it has to carry the community's whole supply of diesel for its power plant, about 2.1 million litres, in roughly half the usual time, Chief Roderick Mistikwas said.", "“Every load that doesn't make it up here before the road closes comes in by air, and by air it costs four times as much,” he said.", "Mistikwas said the band declared a local state of emergency on Jan. 27 so it could ask Ottawa for help with the extra cost.", "In a statement, Manitoba Transportation and Infrastructure said mild weather had kept the ice from reaching the 71 centimetres it needs before loaded trucks are allowed on.", "The department said the road normally closes around March 20 but would stay open as long as conditions allow."]),
    ("h39-minus-c-end-quote-split", "January's average temperature at the Wapiskow Lake weather station was –14.6 C, the warmest since records began there in 1968, according to Environment and Climate Change Canada.\nClimatologist Marguerite Boisjoli of Environment and Climate Change Canada said the normal for January there is about –22 C. “We've had warm Januaries up north before. What's unusual is a warm December and a warm January back to back,” she said.\nShe said the forecast for the next two weeks called for temperatures near normal, which should keep the road open into March.",
     ["January's average temperature at the Wapiskow Lake weather station was –14.6 C, the warmest since records began there in 1968, according to Environment and Climate Change Canada.", "Climatologist Marguerite Boisjoli of Environment and Climate Change Canada said the normal for January there is about –22 C.", "“We've had warm Januaries up north before.", "What's unusual is a warm December and a warm January back to back,” she said.", "She said the forecast for the next two weeks called for temperatures near normal, which should keep the road open into March."]),
    ("h39-man-ends-before-his", "Garrett Polonchuk runs Polonchuk Freight Lines in Thompson, Man. His company has hauled fuel to the community for 22 years, and he said his drivers were taking about 30 hours for the return trip, up from 24 in a normal year, because of lower speed limits on thin ice. “You don't make up time on ice,” he said. “You go slow over the pressure ridges or you go through.”\nAt the community's only grocery store, a four-litre jug of milk was selling for $16.49 on Friday.",
     ["Garrett Polonchuk runs Polonchuk Freight Lines in Thompson, Man.", "His company has hauled fuel to the community for 22 years, and he said his drivers were taking about 30 hours for the return trip, up from 24 in a normal year, because of lower speed limits on thin ice.", "“You don't make up time on ice,” he said.", "“You go slow over the pressure ridges or you go through.”", "At the community's only grocery store, a four-litre jug of milk was selling for $16.49 on Friday."]),
    ("h39-spaced-ellipsis-before-capital", "Flora Mistikwas, 78, the chief's aunt, said she remembers winters when the road opened before Christmas. “Now we wait and we wait … The young people don't know a road that opens in January, never mind December,” she said.\nIndigenous Services Canada said in an email that it had received the First Nation's request for emergency funding and was reviewing it. It did not say when a decision would be made.",
     ["Flora Mistikwas, 78, the chief's aunt, said she remembers winters when the road opened before Christmas.", "“Now we wait and we wait …", "The young people don't know a road that opens in January, never mind December,” she said.", "Indigenous Services Canada said in an email that it had received the First Nation's request for emergency funding and was reviewing it.", "It did not say when a decision would be made."]),
    ("h39-wire-dateline-sn-no", "In this article: HG=F +1.84%  ·  ALTC.SN −3.10%\nSANTIAGO, April 19 (Pacora) - About 2,300 workers at the Altocerro copper mine in northern Chile went on strike on Sunday after wage talks with the mine's owner broke down, a union leader said.\nHernán Caquisane, president of the mine's largest union, Sindicato Altocerro No. 3, said the company had offered a one-off bonus of 9 million pesos ($9,450) per worker, against the union's demand for 14 million.",
     ["In this article: HG=F +1.84%  ·  ALTC.SN −3.10%", "SANTIAGO, April 19 (Pacora) - About 2,300 workers at the Altocerro copper mine in northern Chile went on strike on Sunday after wage talks with the mine's owner broke down, a union leader said.", "Hernán Caquisane, president of the mine's largest union, Sindicato Altocerro No. 3, said the company had offered a one-off bonus of 9 million pesos ($9,450) per worker, against the union's demand for 14 million."]),
    ("h39-sa-corp-us-end", "Minera Altocerro S.A., which is 55% owned by Canadian miner Tallisker Resources Corp., said in a statement that the strike was illegal because the union had not exhausted mediation, and that it would ask a labor court to rule on it.\nIt said contingency teams were keeping the mine's concentrator running at about 60% of capacity.\nAltocerro produced 312,000 metric tons of copper in 2025, about 5.8% of Chile's output, according to data from the Chilean Copper Commission (Cochilco). Most of its concentrate goes to smelters in China, Japan and the U.S. Chile is the world's largest copper producer.",
     ["Minera Altocerro S.A., which is 55% owned by Canadian miner Tallisker Resources Corp., said in a statement that the strike was illegal because the union had not exhausted mediation, and that it would ask a labor court to rule on it.", "It said contingency teams were keeping the mine's concentrator running at about 60% of capacity.", "Altocerro produced 312,000 metric tons of copper in 2025, about 5.8% of Chile's output, according to data from the Chilean Copper Commission (Cochilco).", "Most of its concentrate goes to smelters in China, Japan and the U.S.", "Chile is the world's largest copper producer."]),
    ("h39-numbered-trending-list", "Trending Now\n1. Storm knocks out power to 200,000 across two states\n2. Why mortgage rates jumped again this week\n3. The 14 best running shoes of 2026, tested",
     ["Trending Now", "1. Storm knocks out power to 200,000 across two states", "2. Why mortgage rates jumped again this week", "3. The 14 best running shoes of 2026, tested"]),
    ("h39-magazine-title-dek-byline", "The salt keepers of Calaverde\nIn a Ligurian fishing village, one family still salts anchovies by hand, as it has since 1931. This spring, for the first time, there may not be enough fish.\nWords by Imogen Heskeley  ·  Photographs by Matteo Scalabrin\n18 min read",
     ["The salt keepers of Calaverde", "In a Ligurian fishing village, one family still salts anchovies by hand, as it has since 1931.", "This spring, for the first time, there may not be enough fish.", "Words by Imogen Heskeley  ·  Photographs by Matteo Scalabrin", "18 min read"]),
    ("h39-dr-ellipsis-lower-translation", "Dr. Silvana Orecchia, who studies small pelagic fish at the Centro Studi Pelagici in Genoa, says its acoustic surveys found the Ligurian anchovy stock last autumn at its lowest level since monitoring began in 1995. “Warmer water is part of it, but it's not the whole story,” she says. “Fishing pressure, plankton, the currents … we don't yet know how much each one matters.”\n“Il mare non è più quello di una volta (The sea isn't what it used to be),” Nives says.",
     ["Dr. Silvana Orecchia, who studies small pelagic fish at the Centro Studi Pelagici in Genoa, says its acoustic surveys found the Ligurian anchovy stock last autumn at its lowest level since monitoring began in 1995.", "“Warmer water is part of it, but it's not the whole story,” she says.", "“Fishing pressure, plankton, the currents … we don't yet know how much each one matters.”", "“Il mare non è più quello di una volta (The sea isn't what it used to be),” Nives says."]),
    ("h39-question-capital-consortium", "Under the rules of the Calaverde producers' consortium, founded in 2004, only fish landed in the village can be sold under its label. Piero says he has been offered Croatian anchovies at half the price.\n“I could buy them tomorrow,” he says. “Then what am I? A man who puts salt on somebody else's fish.”\nBy nine o'clock the tins are full and the stone weights are on. Nives takes off her apron, folds it twice and walks home along the quay.",
     ["Under the rules of the Calaverde producers' consortium, founded in 2004, only fish landed in the village can be sold under its label.", "Piero says he has been offered Croatian anchovies at half the price.", "“I could buy them tomorrow,” he says.", "“Then what am I?", "A man who puts salt on somebody else's fish.”", "By nine o'clock the tins are full and the stone weights are on.", "Nives takes off her apron, folds it twice and walks home along the quay."]),
    ("h39-bullets-pinned", "• Hurricane warning remains in effect for all 14 parishes\n• More than 162,000 customers without electricity, power company says\n• 3,412 people in 118 shelters, ODPEM says\nPinned",
     ["• Hurricane warning remains in effect for all 14 parishes", "• More than 162,000 customers without electricity, power company says", "• 3,412 people in 118 shelters, ODPEM says", "Pinned"]),
    ("h39-am-thursday-entry", "2:40 pm\nKingston airport to stay closed through Thursday\nThe Airports Authority of Jamaica said the airport in Kingston would remain closed to all flights until at least 6 a.m. Thursday. Passengers should check with their airlines before travelling to the airport, it said.\n— Tavia Lyttleford",
     ["2:40 pm", "Kingston airport to stay closed through Thursday", "The Airports Authority of Jamaica said the airport in Kingston would remain closed to all flights until at least 6 a.m. Thursday.", "Passengers should check with their airlines before travelling to the airport, it said.", "— Tavia Lyttleford"]),
    ("h39-kmh-end-bulletin", "10:15 am\nSabeline strengthens to Category 3\nThe Meteorological Service of Jamaica said in its 10 am bulletin that Sabeline had maximum sustained winds of 185 km/h and was centred about 45 km east-southeast of Morant Point, moving west-northwest at 13 km/h. The eye is expected to pass just south of Kingston between 6 pm and 9 pm. Rainfall of 250 to 400 mm is possible over the Blue Mountains, with a risk of flash flooding and landslides.\n— Zephyr Staff",
     ["10:15 am", "Sabeline strengthens to Category 3", "The Meteorological Service of Jamaica said in its 10 am bulletin that Sabeline had maximum sustained winds of 185 km/h and was centred about 45 km east-southeast of Morant Point, moving west-northwest at 13 km/h.", "The eye is expected to pass just south of Kingston between 6 pm and 9 pm.", "Rainfall of 250 to 400 mm is possible over the Blue Mountains, with a risk of flash flooding and landslides.", "— Zephyr Staff"]),
    ("h39-ltd-on-friday-crore", "Vardhan Tyres Ltd. on Friday reported an 18% fall in consolidated net profit for the October-December quarter, to Rs 212.4 crore from Rs 259.1 crore a year earlier, as higher natural rubber prices ate into margins.\nRevenue from operations rose 9.4% year-on-year to Rs 3,184.6 crore, the company said in a regulatory filing. Earnings before interest, tax, depreciation and amortisation (EBITDA) fell 11% to Rs 401.7 crore, and the EBITDA margin narrowed to 12.6% from 15.5%.\nThe profit was below the Rs 236 crore average estimate of nine analysts polled by Rokda Review.",
     ["Vardhan Tyres Ltd. on Friday reported an 18% fall in consolidated net profit for the October-December quarter, to Rs 212.4 crore from Rs 259.1 crore a year earlier, as higher natural rubber prices ate into margins.", "Revenue from operations rose 9.4% year-on-year to Rs 3,184.6 crore, the company said in a regulatory filing.", "Earnings before interest, tax, depreciation and amortisation (EBITDA) fell 11% to Rs 401.7 crore, and the EBITDA margin narrowed to 12.6% from 15.5%.", "The profit was below the Rs 236 crore average estimate of nine analysts polled by Rokda Review."]),
    ("h39-initials-kottayam-us-and", "Managing director T. K. Sundaravel told analysts on an earnings call that natural rubber had cost the company an average of Rs 198 a kg in the quarter, against Rs 167 a year earlier.\n“We believe input costs have peaked,” he said. “Rubber prices in Kottayam have eased by about 6% since mid-January, and we took a price increase of 1.5% across our truck and bus range on January 1.”\nSundaravel said replacement demand, which makes up about 62% of sales, grew in double digits in the quarter, while sales to carmakers were flat.\nExports, mostly to the U.S. and Europe, fell 7% in the quarter.",
     ["Managing director T. K. Sundaravel told analysts on an earnings call that natural rubber had cost the company an average of Rs 198 a kg in the quarter, against Rs 167 a year earlier.", "“We believe input costs have peaked,” he said.", "“Rubber prices in Kottayam have eased by about 6% since mid-January, and we took a price increase of 1.5% across our truck and bus range on January 1.”", "Sundaravel said replacement demand, which makes up about 62% of sales, grew in double digits in the quarter, while sales to carmakers were flat.", "Exports, mostly to the U.S. and Europe, fell 7% in the quarter."]),
    ("h39-pvt-ltd-it-disclaimer", "The board declared an interim dividend of Rs 4 per share, with a record date of February 13. Vardhan Tyres, founded in 1962, makes about 48,000 tyres a day at four plants in Tamil Nadu and Gujarat.\nThe promoter group holds 50.4% of the company through Vardhan Family Holdings Pvt. Ltd. It has not sold any shares since 2019.\nDisclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of Rokda Review. We advise investors to check with certified experts before making any investment decisions.",
     ["The board declared an interim dividend of Rs 4 per share, with a record date of February 13.", "Vardhan Tyres, founded in 1962, makes about 48,000 tyres a day at four plants in Tamil Nadu and Gujarat.", "The promoter group holds 50.4% of the company through Vardhan Family Holdings Pvt. Ltd.", "It has not sold any shares since 2019.", "Disclaimer: The views and recommendations made above are those of individual analysts or broking companies, and not of Rokda Review.", "We advise investors to check with certified experts before making any investment decisions."]),
    ("h39-hurling-question-bang", "Cloonrath manager Tommy Guerin said his players had “never stopped believing.”\n“Four points down with six minutes to go in a county final? Most teams would fold!” he said. “Thirty-one years. I was a minor the last time we won this.”\nKilcummer manager Ger Hickeen said the referee should have given his side a free for a foul on Ó Flannabhra seconds before the winning goal. “Was it a free? Ask anyone in the stand,” he said.",
     ["Cloonrath manager Tommy Guerin said his players had “never stopped believing.”", "“Four points down with six minutes to go in a county final?", "Most teams would fold!” he said.", "“Thirty-one years.", "I was a minor the last time we won this.”", "Kilcummer manager Ger Hickeen said the referee should have given his side a free for a foul on Ó Flannabhra seconds before the winning goal.", "“Was it a free?", "Ask anyone in the stand,” he said."]),
    ("h39-scorers-frees-data", "Cloonrath: K Moloughney 1-9 (0-6f), D Lenihane 1-3, M Kierse 0-2, S Kilmurray 0-2, C Roughan 0-2, A Keogan 0-1.\nKilcummer: T Ó Flannabhra 1-4, C Lernaghan 0-8 (0-7f, 0-1 65), E Dilleen 0-3, R Curtin 0-3, N Madigan 0-2.\nReferee: P Kinnane (Ballinagoun)\nAttendance: 6,214",
     ["Cloonrath: K Moloughney 1-9 (0-6f), D Lenihane 1-3, M Kierse 0-2, S Kilmurray 0-2, C Roughan 0-2, A Keogan 0-1.", "Kilcummer: T Ó Flannabhra 1-4, C Lernaghan 0-8 (0-7f, 0-1 65), E Dilleen 0-3, R Curtin 0-3, N Madigan 0-2.", "Referee: P Kinnane (Ballinagoun)", "Attendance: 6,214"]),
    ("h39-rd-end-8am-6pm", "Visitors will pay $4.50 an hour to park on the Gindarra Heads foreshore from July 1 after Gindarra Shire Council voted 7-4 on Tuesday night to bring in paid parking at three beachside car parks.\nThe car parks are on Pandanus Parade, beside the surf club and at the end of Kurrawang Rd. Residents of the shire will be able to park free with a permit, which will cost $25 a year. Fees will apply from 8am to 6pm every day.\nThe scheme will raise about $1.3 million a year after costs, according to an estimate in the council's business paper.",
     ["Visitors will pay $4.50 an hour to park on the Gindarra Heads foreshore from July 1 after Gindarra Shire Council voted 7-4 on Tuesday night to bring in paid parking at three beachside car parks.", "The car parks are on Pandanus Parade, beside the surf club and at the end of Kurrawang Rd.", "Residents of the shire will be able to park free with a permit, which will cost $25 a year.", "Fees will apply from 8am to 6pm every day.", "The scheme will raise about $1.3 million a year after costs, according to an estimate in the council's business paper."]),
    ("h39-case-no-pty-ltd-comma", "KHUTHALANI – A former municipal manager of the Khuthalani Local Municipality was sentenced to an effective 15 years in prison in the Khuthalani Regional Court on Thursday for fraud and corruption linked to a R4.2 million water tanker contract.\nLwazi Mathonsi, 54, was convicted in March in case No. RC 41/2024 on two counts of fraud and one count of corruption under the Prevention and Combating of Corrupt Activities Act 12 of 2004.\nHis co-accused, Jaco Oosthuyzen, 47, the sole director of Bophelo Water Carriers (Pty) Ltd., pleaded guilty and testified for the State. He was sentenced to 12 years, five of them suspended.",
     ["KHUTHALANI – A former municipal manager of the Khuthalani Local Municipality was sentenced to an effective 15 years in prison in the Khuthalani Regional Court on Thursday for fraud and corruption linked to a R4.2 million water tanker contract.", "Lwazi Mathonsi, 54, was convicted in March in case No. RC 41/2024 on two counts of fraud and one count of corruption under the Prevention and Combating of Corrupt Activities Act 12 of 2004.", "His co-accused, Jaco Oosthuyzen, 47, the sole director of Bophelo Water Carriers (Pty) Ltd., pleaded guilty and testified for the State.", "He was sentenced to 12 years, five of them suspended."]),
    ("h39-inner-single-quote-but", "Obinna Ezeagwuna, 38, a spare parts trader, said he arrived at the unit at 5 a.m. on Wednesday and was told to come back on Saturday.\n“They told me, ‘There is no machine for you today.’ But my body does not know Saturday,” he said.\nHis wife, Adaeze Ezeagwuna, said the family had sold a plot of land in Nsukka to pay for his treatment since November. “We have spent everything,” she said.",
     ["Obinna Ezeagwuna, 38, a spare parts trader, said he arrived at the unit at 5 a.m. on Wednesday and was told to come back on Saturday.", "“They told me, ‘There is no machine for you today.’", "But my body does not know Saturday,” he said.", "His wife, Adaeze Ezeagwuna, said the family had sold a plot of land in Nsukka to pay for his treatment since November.", "“We have spent everything,” she said."]),
    ("h39-prof-dr-naira", "The Chief Medical Director of the hospital, Prof. Ifeanyichukwu Nwagboso, said seven machines had broken down since October and that spare parts had been ordered from the manufacturer's agent in Lagos. He said the hospital paid N38.6 million for the parts in December, and that the first four machines should be repaired by the end of February.\n“We are not sitting idle. Nobody in this hospital is happy to turn a patient away,” Nwagboso said.\nDr. Chinelo Eziagulu, a consultant nephrologist at the hospital, said patients who miss sessions build up fluid and toxins in the blood and can die within days. She said two patients on the unit's list had died since December, though she could not say whether missed sessions were the cause.",
     ["The Chief Medical Director of the hospital, Prof. Ifeanyichukwu Nwagboso, said seven machines had broken down since October and that spare parts had been ordered from the manufacturer's agent in Lagos.", "He said the hospital paid N38.6 million for the parts in December, and that the first four machines should be repaired by the end of February.", "“We are not sitting idle.", "Nobody in this hospital is happy to turn a patient away,” Nwagboso said.", "Dr. Chinelo Eziagulu, a consultant nephrologist at the hospital, said patients who miss sessions build up fluid and toxins in the blood and can die within days.", "She said two patients on the unit's list had died since December, though she could not say whether missed sessions were the cause."]),
    ("h39-table-vs-ci", "But e-bike riders cycled almost twice as far each week, so more of them ended up in hospital after a cycling accident, researchers at the University of Zuidermeer report in the European Journal of Injury Research.\nOver five years of follow-up, 612 participants were admitted to hospital after a cycling accident, 371 of them e-bike riders (Table 2). Per million kilometres cycled, the admission rate was 1.9 for e-bike riders vs. 1.8 for those on ordinary bikes (hazard ratio 1.06, 95% CI 0.91–1.23).\nE-bike riders cycled a median of 62 km a week, against 34 km for the others. Head injuries made up 23% of admissions in both groups.",
     ["But e-bike riders cycled almost twice as far each week, so more of them ended up in hospital after a cycling accident, researchers at the University of Zuidermeer report in the European Journal of Injury Research.", "Over five years of follow-up, 612 participants were admitted to hospital after a cycling accident, 371 of them e-bike riders (Table 2).", "Per million kilometres cycled, the admission rate was 1.9 for e-bike riders vs. 1.8 for those on ordinary bikes (hazard ratio 1.06, 95% CI 0.91–1.23).", "E-bike riders cycled a median of 62 km a week, against 34 km for the others.", "Head injuries made up 23% of admissions in both groups."]),
    ("h39-et-al-doi-also-on", "The study was funded by the Dutch Research Council (NWO) and the Stichting Veilig Fietsen Zuidermeer.\nJournal reference: Hoogeboom R, Tjallema M, Brandsema P, et al. Electrically assisted cycling and hospital admission for injury in adults aged 65 and over: a prospective cohort study. Eur J Inj Res. 2026;31(2):88-97.\ndoi:10.48127/ejir.2026.0088\nAlso on Dijkpost: Amsterdam to widen 14 km of cycle paths as e-bike traffic grows",
     ["The study was funded by the Dutch Research Council (NWO) and the Stichting Veilig Fietsen Zuidermeer.", "Journal reference: Hoogeboom R, Tjallema M, Brandsema P, et al. Electrically assisted cycling and hospital admission for injury in adults aged 65 and over: a prospective cohort study. Eur J Inj Res. 2026;31(2):88-97.", "doi:10.48127/ejir.2026.0088", "Also on Dijkpost: Amsterdam to widen 14 km of cycle paths as e-bike traffic grows"]),
]  # fmt: skip
