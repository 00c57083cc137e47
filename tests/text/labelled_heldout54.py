"""Fifty-fourth held-out set of hand-labelled pages for the hint engines (round thirty-four):
twelve WHOLE pages, head to tail, in the styles a fact-checking desk meets most, each pasted from
its own kind of site in its own country's house style: a pasted web page with its cookie block and
a paywall block (Ireland), wire copy with its "(Reporting by ...; Editing by ...)" credits
(Indonesia), a local news story (the United States), a football match report (England), a science
story about a study (Canada), a live blog with timed entries (Australia), a Q&A interview
(Nigeria), a court story (New Zealand), a council meeting story (India), a business results story
(Malaysia), a weather and disaster story (Bangladesh) and an opinion column (South Africa).

HELD-OUT: written at the start of round thirty-four, before any rule of that round was tuned, and
not to be tuned on: the engine's authors score on it and must not change a rule because of one of
its pages, sentences or cases. Its split cases are `HELDOUT_CASES` (ids `h54-...`), not `CASES`.

Written from scratch for issue 13 without looking at the engine's code or output: nothing under
`claimreview/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py`, nothing under `docs/` or `tests/benchmarks/`, no README; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The brief's folder held the brief and a
scoring script; the script was never opened. What was read: the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`); in the same
command as the next item, the module docstrings of `labelled_new75.py` and `labelled_new76.py`
were printed too (each line cut to 400 characters, and the terminal cut the joint output in the
middle, so the end of the first and the start of the second were never seen) -- more than the
brief asked for from those two files, noted here as it happened; a `grep -n` of the lines of
`STYLES`, `ARTICLES`, `CASES`, the imports and the page brackets of those two files; then (every
line cut to 400 characters) the end of the docstring, the import, the `STYLES`, the first two pages
and the first seven or eight split cases of `labelled_new75.py` and the `STYLES`, the first two
pages and the first six split cases of `labelled_new76.py`; `build` in `labelled_articles.py` (a
`grep -n "def build" -A15` listing) and the `[tool.ruff]` tables of `pyproject.toml`. No other
page, case or docstring of any file under `tests/` was read. What was run: read-only `git status
--short` runs (the first printed nothing; later ones listed this file, `labelled_heldout53.py`,
`labelled_new78.py` and three files under `claimreview/text/` as changed by someone else, names
only, none of them opened); `ls tests/text` counted and filtered to the names
`labelled_heldout5*`, `labelled_new7*` and `labelled_new8*` (names only); a Python one-liner
printing the calendar of 2026 to check weekdays; scripts of my own in /tmp that turn a small line
format into the literals below, cut the split cases out of the pages and apply renames; whole-word
case-insensitive searches over `tests/` of every capitalised word of these pages (each part of a
hyphenated name on its own), of the coined outlet, company and place names as phrases, and of every
candidate replacement, printing file counts only (`grep -rilw ... | wc -l`); three `grep -rilw`
runs that printed only the names of the files holding three coined names that hit (no line of them
was printed or opened); an import of this file with `build` on every page; a checking script of my
own (four fields, flags, a cue for every speaker and a speaker for every cue, no speaker on
furniture, the sentence count, every split case occurring in a built page with a newline where the
paragraphs meet and joining back to its sentences); and `ruff format` / `ruff check` on this file.
The files other writers were drafting at the same time were never opened; in one count-only
pass, run while they were being written, three names of this set (a company, a surname and a given
name) hit once and in the next pass did not; all three were searched again at the end and hit no
file but this one.

Every person, town, village, union, ward, estate, street, road, ground, lake, school, college,
university, hospital, medical centre, pharmacy, mill, company, brokerage, research house, ratings
agency, association, guild, chamber, institute, foundation, citizens' group, club, outlet, wire,
journal, newsletter, cyclone name and number is invented (a first draft hit well over a hundred
invented surnames, towns, streets, outlets and companies of other files under `tests/`, and many
replacements tried next hit too; only names with no hit were used, and the whole list was searched
again). Real countries, regions, cities, rivers and public bodies appear only as settings, with
invented figures: Ireland, Co Roscommon, Roscommon County Council, Uisce Éireann, the HSE, the
Environmental Protection Agency, Athlone and Dublin; Indonesia, Jakarta, Java, Bulog, Statistics
Indonesia, Bank Indonesia, the agriculture ministry and the coordinating minister for food,
Thailand, Bangkok, Vietnam, Hanoi, Singapore, the Philippines (in a related headline) and the Chao
Phraya (in a company's name); the United States, Wisconsin, its Assembly and Senate, Eau Claire and
Minneapolis; England, League Two, the EFL, Lancashire ("Lancs") and the Independent Press Standards
Organisation; Canada, Ontario, Ottawa, Lake Erie, Environment and Climate Change Canada and the
Ontario Ministry of Transportation; Australia, New South Wales, Sydney, Parramatta, Westmead, the
Commonwealth, the GST and the budget papers, with invented people as Treasurer and Shadow Treasurer;
Nigeria, Lagos, Abuja, Ekiti, the federal government and an unnamed Minister of Health, the United
Kingdom, Saudi Arabia and Canada; New Zealand, Waikato, Te Kauwhata, Huntly, Taupō, the Hamilton
District Court, WorkSafe and the Health and Safety at Work Act 2015; India and Maharashtra (in
`STYLES` only); Malaysia, Kuala Lumpur, Sabah, Kalimantan, Bursa Malaysia, the FBM KLCI and the
Malaysian Palm Oil Board; Bangladesh, Dhaka, Karwan Bazar, Satkhira, Khulna, Shyamnagar, Koyra,
Jashore, Mongla port, the Kholpetua river, the Bangladesh Meteorological Department (BMD), the
Ministry of Disaster Management and Relief, the Bangladesh Water Development Board (BWDB) and the
Cyclone Preparedness Programme; South Africa, Limpopo, NERSA, Eskom, Stats SA and the
auditor-general ("Letsitele" is used as an invented street name). Facebook, X, Twitter, LinkedIn,
WhatsApp, Telegram and Messenger appear only as channels. Given names, titles, real settings and
common words ("Standard", "Times", "Echo", "Register", "Ledger", "Dispatch", "Daily", "Post",
"Timber", "Golden", "Grain") recur in other files; no coined surname, town, street, outlet or
company of any other file under `tests/` is reused.

Each page is a WHOLE page as a new user pastes it after selecting all in a browser, so every
furniture line is a paragraph of its own and "B", worded in that site's own way, at the head, in
the middle of the story and at the tail. `STYLES` names the site, the story and the stresses of
each page, in order. The weight is on speakers that are hard to resolve (pronouns running across
paragraphs and past other people, two people of the same gender in turn, quotes over several
sentences and paragraphs, speakers named after their quote, roles before and after names,
"according to", documents and data that "show", "suggest" or "found", unnamed spokespeople,
organisations resolved from "It" or kept as written) and on sentences that mix a checkable figure
with an opinion.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py` hold too (sport data lines ""; captions by content and credits "B";
a journal reference line one "B" sentence; live-blog time stamps and entry bylines "B", entry
headlines labelled like headlines; Q&A answers carry the interviewee with the prefix as the cue;
"did not respond" labelled like "declined to comment").

Conventions this set had to settle, in the same spirit:

* Headlines, standfirsts and summary bullets with a verb of saying carry the source as the body
  names it ("Agriculture ministry says imports not needed" -> "Indonesia's agriculture ministry";
  "..., study finds" -> "a new study"; "Nurses' union says ..." -> "the NSW Public Nurses' Guild";
  "Budget 'built on hope', Opposition says" -> the Shadow Treasurer, who says it). The Nigerian
  headline "'We trained them, and the world took them' — Aderibigbe" carries the interviewee with
  the dash as the cue.
* A wire dateline sentence ending "its chief executive said on Tuesday", whose chief executive is
  named only in the next paragraph ("Rahmat Wiranegara told reporters ..."), carries him.
* Cues as written, also when they are not plain verbs of saying: "has said", "has confirmed",
  "confirmed", "told reporters", "told the Echo", "told the House", "told the court", "told WorkSafe
  investigators", "told The Deltaline Dispatch", "told an analysts' briefing", "said in a letter to
  customers", "said in a statement", "said in a note", "said in a filing with Bursa Malaysia",
  "said in his budget speech", "asked", "argued", "cautioned", "has accused", "declined to say"
  (labelled like "would not say"), "declined to comment", "did not respond to questions", "found",
  "finds", "suggests", "show", "showed", "shows", "estimated", "expects", "forecast" and "says". "In
  a statement, X said" and "In an email, X said" take "said".
* Documents and groups kept as written: "The letter", "the summary of facts" ("according to") and
  then "the summary" ("the summary said"), "The researchers", "The control room", "the group" (in a
  results filing), "The utility", "The spokesperson" (unnamed), "the department" (after the
  department was named only in a possessive), "the agency" (after the agency was named in the line
  before), "The Treasurer's office", "Two Singapore-based traders", "traders in Bangkok", "A second
  worker" (with name suppression), "An analyst at a local brokerage" (who asked not to be named);
  "The engineer said", after the engineer has been named, resolves to him; "It forecast" after "The
  BMD said" resolves to the body's name as first given ("the Bangladesh Meteorological Department
  (BMD)"); an unnamed woman in a column's scene is the speaker under her description as written.
* Names. "Md" is part of a Bangladeshi name and stays ("Md Nazmul Khandaker"); "Tan Sri", "Prof.",
  "PROF.", "Dr.", "Dr", "Mr.", "Mr", "Ms", "Judge", "State Rep.", "R-Scheffelton", "Village
  President", "Municipal Commissioner", "Mayor", "Leader of the Opposition", "Corporator",
  "Standing committee chairman", "Deputy Commissioner (DC)", "Upazila Nirbahi Officer (UNO)",
  "Union Parishad chairman", "General secretary" and "Shadow Treasurer" are dropped; "Dattatray
  alias Nana Jagtap-More" keeps "alias" and its second name, and "Mr. Jagtap-More" resolves to it; a
  Chinese name keeps its order ("Kuan Siew Lan", "Kuan said"); a Malay name is resolved from the
  name the paper uses ("Syukri said" -> "Syukri Iskandar").
* Figures of record against forecasts. The budget-year deficit the Treasurer has handed down is a
  figure of record ("W"); out-year projections ("Return to surplus forecast for 2028-29.",
  "According to the budget papers, net debt will reach ...") are "". A research house raising its
  forecast and target price is an act of record ("W", no speaker); its forecast itself ("It expects
  ...") is "". Rulings, sentencing steps, votes, walkouts, adjournments, warnings hoisted and
  lowered, approvals and dividends declared are acts of record without a speaker ("W").
* The writer's own voice. In the opinion column and in the paper's own checks ("We checked: the
  figure is on page 147, ...") a factual statement of the writer is "W" and an opinion "", both
  without a speaker; "I asked how many ..." is "".
* Furniture that states facts is still furniture: the correction note, the pull quotes, the
  funding note, the Q&A introduction (with its "speaks to") and the live blog's opening and closing
  posts are "B". Team line-ups, bookings, referee, attendance, the star-man line and league-table
  rows are ""; the table's title and header are "B".

Splits. "Co Roscommon,", "February 15th", "€1.50", "7 a.m. Singapore time", "JAKARTA, April 7
(Kalvex) -", "$412-$418", "Prairieline Pharmacy Inc. of", "Cedar Ave. under", "State Rep. Dale",
"9 a.m. to 5 p.m. weekdays", "Harold J. Kuchenreuther", "P.O. Box", "N. Main St.,", "Dr. Hélène",
"St. Aubin", "H. Beaudouin et al.,", "no. 1", "Jan. 21, 2026 6:00 a.m. ET", "Budget Paper No. 3",
"9.30am", "Prof. Kehinde", "PROF. KEHINDE ADERIBIGBE:", "N1.8bn", "5.47pm",
"Rs. 4,286 crore", "Dr. Lele", "1.40 p.m. and", "Ward No. 17 (Umbarwadi)", "Mr. Jagtap-More",
"Sept 30, 2026", "RM1.27bil", "(9M25: RM298.1mil)", "Sdn Bhd (201801027745)", "signal No. 10",
"6,24,300", "Tk 8.6 crore" and "Md Nazmul" never split a sentence; nor does a quoted question before
its attribution ("“So why did it take a boil notice and a dozen sick people to get it done?” she
asked."). "94 years on Main St." before "Its owner", "ended at 8.10 p.m." before "Police", "The
Maple Ledger Inc." before "All rights reserved.", "Already a subscriber?" before "Sign in", "Is
that correct?" after a cited figure, "What do you want me to say?”" at the end of a line, a quote's
first sentence with no closing mark ("“A lot of them don't drive to Scheffelton in January.") and
each word of the tagline "Independent. Unafraid. Reader-funded." end one; time stamps, bylines
after a dash, score, ticker and menu lines without a full stop are one sentence each.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from these pages (consecutive lines joined by a newline, sentences of one line by a space):
what a reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Irish national daily's site pasted whole, a boil water notice on a Co Roscommon town lifted after 23 days (a cookie block at the head with its heading, three sentences and buttons, masthead in capitals, subscribe strip, menu, crumb with chevrons, headline, semicolon standfirst carrying the utility through says, byline with role, a weekday date line with a dash and a 24-hour time, share and listen strip, caption and Photograph: credit, Uisce Éireann has said then The utility said kept as written and It said, February 15th, a role before a name in apposition, a quote over two sentences, a subscription block in the middle of the story with a question before Sign in, a café owner's own losses, a councillor's quoted question ending she asked, Ms dropped, an unnamed spokeswoman and her pronoun, an age in brackets, according to a report, a related link and a footer with a registered office and a company number)",
    "international wire's own site, a Jakarta-datelined commodities story on Indonesia's state food agency importing rice, with the wire's reporting and editing credits in brackets (wire brand, menu, crumb with a middle dot, headline, a Summary label and four bullet lines, one carrying the ministry through says, By line with two names, a date line with GMT+7 and an updated line, read time, share strip, caption with a date and a slash-separated photo credit, a licensing line, a JAKARTA, April 7 (Kalvex) - dateline whose speaker is a chief executive named by role only and given by name in the next paragraph, told reporters, straight quotes, according to a statistics bureau and data that showed, an estimate, traders as a group and according to traders, a Thai exporter named after his quote, a ministry's forecast and a spokesman who declined to comment, declined to say, a quote split around its attribution, the credits in brackets with semicolons, a standards line, a Read Next link, a newsletter offer with 7 a.m. mid-sentence and a copyright footer)",
    "US small-town weekly's site in Wisconsin, the village's only pharmacy closes and prescriptions move to a store 31 miles away (a weather strip, masthead, account strip with pipes, menu, section label, semicolon headline with a date, byline in capitals with Staff Writer, date line, share strip, caption with Main St. and a slash credit, an OTTENBROOK — dateline with a fact of record ending in Main St., an owner company with Inc. mid-sentence that said in a letter to customers, The letter said, a pharmacist with his figures and a quote over two sentences, a company spokeswoman named after her role, State Rep. and R-Scheffelton dropped, a vote of record, Village President dropped and Cedar Ave. mid-sentence, a customer acting in scene then he said in mid-sentence, according to a report, hours with a.m. and p.m., a phone number tip, ADVERTISEMENT, a trending list with an initial, tags, comment count and a footer with P.O. Box and N. Main St.)",
    "English local paper's football match report on a League Two club (masthead, menu, a full-time score strip, crumb with chevrons, headline in the score form with a colon, semicolon standfirst carrying the manager through says with a quoted phrase, byline with role, a weekday date line with pm, share line, caption stating the goal and a Credit: line, the report's own facts of record without a speaker, a penalty and minutes, a crowd figure, a manager with his role dropped whose quoted phrase is reported, a quote ending he told the Echo and a quote over two sentences after it, confirmed for an injury, the opposing manager described without a verb of saying then said after his quote, a question inside a quote over two sentences, a refusal in reported speech, team line-ups with formations, subs and minutes, bookings, referee and attendance lines, a star-man line, a table title, header and rows, a related link and a footer with a regulator line)",
    "Canadian daily's science page in Ontario, a study finds road salt has pushed a third of central Ontario's lakes above a federal chloride guideline (masthead, account strip, menu, section label with a slash, headline carrying the study through finds, standfirst, byline with role, a date line with Jan. and a.m. ET, listen and comments strip, caption with Ont. and a slash credit, a study that suggests, the study described without a verb of saying, The researchers found, a lead author named after her quote with Dr. mid-sentence, a quote over two sentences, her pronoun carrying figures of record, a federal guideline with mg/L and the department says in mid-sentence, according to a ministry, In an email a spokesperson said and The spokesperson said, an outside expert at St. Aubin College who was not involved and cautioned, a lake association acting on the record, its president and her question in a quote, a correction note, a source line with et al. and no., a funding note, related stories and a footer with Inc. before All rights reserved.)",
    "Australian metropolitan daily's live blog on budget day in New South Wales, entries newest first (masthead, menu, section labels, LIVE label, headline with a colon, an updated line with AEST, key points as bullets, one of them a forecast, entry time stamps alone on their lines with pm and am, entry bylines with a dash, entry headlines labelled like headlines, two of them carrying the union and the Shadow Treasurer through says, a ratings agency acting on the record and then In a statement, the agency said kept as written, a business group's chief and an economist named after her quote, a union secretary with she says and a stop-work meeting at 9.30am, the Shadow Treasurer who has accused and then says, Budget Paper No. 3 inside a quote, the paper's own check, The Treasurer's office says, the Treasurer with Mr dropped who has confirmed and says, a quote over two paragraphs, according to the budget papers with a projection, the opening post, Show more posts and a footer with an ABN)",
    "Nigerian Sunday paper's interview page, a Q&A with the chief medical director of a federal medical centre on doctors leaving for abroad (masthead, a date strip, menu, section label, headline with a quoted phrase and the speaker's surname after a dash, byline in capitals, date line, share strip, an introduction in furniture that names the interviewee with Prof. and a verb of saying, questions with the paper's prefix in capitals and answers with the interviewee's full name in capitals with PROF. and then his surname, answers mixing figures of record with opinions and hopes, questions that cite a branch association, doctors, a minister and critics, a question Is that correct? after a cited figure, a pull quote, ADVERTISEMENT, (Laughs) inside an answer, N and bn figures, a WhatsApp channel line, related stories and a copyright line with a reproduction notice)",
    "New Zealand regional news site's court story in Waikato, a sawmill fined after a worker's arm is crushed in an unguarded conveyor (masthead, menu with Te Ao, crumb with chevrons, headline with a dollar figure, standfirst carrying the judge through says, byline with role, a weekday date line with pm, share strip, a Quick Read box with two bullet lines, caption and a Photo / credit, a company sentenced on the record without a speaker, the Health and Safety at Work Act 2015 and a maximum fine, according to the summary of facts and the summary said kept as written, a victim impact statement with a quote over two sentences, a second worker with permanent name suppression who told WorkSafe investigators, a defence lawyer who told the court, said and argued, a judge with Judge dropped and her quote over three sentences, her sentencing steps as acts without a speaker, said in a statement after the sentencing, WorkSafe figures show, a company statement with a promise, the victim's mother outside court, an Advertisement line, a Read more link, a comments-closed note for legal reasons, a newsletter line with 6am and a footer)",
    "Indian English daily's city page in Maharashtra, a municipal corporation's general body passes its budget with a property tax rise after two adjournments and a walkout (masthead in capitals, e-paper and sign-in strip with pipes, menu, crumb with a chevron, headline with Rs. and crore and a semicolon, standfirst, Special Correspondent and a place, date line with pm IST and an updated line with am IST, share line, caption, the body's act of record without a speaker, a vote count, Municipal Commissioner and Dr. dropped and Dr. Lele resolved, he estimated, a quote with a figure of record that told the House and an opinion after it, the Mayor's adjournments at p.m. times as acts, Leader of the Opposition dropped, Rs. 1,200 a trip inside a quote, according to the corporation's own water audit, a corporator of Ward No. 17 and a bracketed locality, a standing committee chairman with alias in his name and Mr. resolved, a walkout and a vote of record, a citizens' group that said in a statement and its convener, the meeting's end at 8.10 p.m. before a new sentence, Also Read links, topics, a printable-version line with a URL and a copyright line)",
    "Malaysian business news portal's corporate results story, a Bursa-listed plantation group's quarterly profit rises on higher palm oil prices (portal brand, a market ticker strip with index points, menu, section label, headline with RM and mil, a date and time line with a middle dot, byline, share strip, a KUALA LUMPUR: dateline with the company's figures of record and no speaker, RM...bil and sen, said in a filing with Bursa Malaysia carrying the group as written, a nine-month comparison in brackets, a dividend with a payment date and an entitlement date, Tan Sri dropped from a group managing director who said in a statement and then Syukri said, a Chinese name in its own order, a chief financial officer who told an analysts' briefing and Kuan said, according to the Malaysian Palm Oil Board, an analyst house that said in a note, its act of raising a target price without a speaker and its forecast with It expects, an analyst who asked not to be named and his he said, yoy, a share price close, a disclaimer in two sentences, a related link, a newsletter line with 8.30am and a footer with Sdn Bhd and a registration number)",
    "Bangladeshi English daily's country page, a cyclone crosses the Satkhira-Khulna coast overnight, with deaths, breached embankments and shelters (masthead, date strip with a Bangla date, menu, section label, headline with a toll, standfirst, a byline of staff and district correspondents, date line with times and an updated line, share strip, caption with a credit after a slash, a Satkhira, May 21 — dateline, the Bangladesh Meteorological Department and its great danger signal No. 10 and signal No. 3 as acts of record, a meteorologist who told the paper, according to a ministry control room and The control room said, a Deputy Commissioner with Md kept as part of the name and (DC) in brackets, an Upazila Nirbahi Officer with (UNO) and her quote over two paragraphs, a union parishad chairman whose embankment claim is weighed against the water board's, the water board's executive engineer who said and The engineer said, Tk, lakh and crore, villagers speaking about their own losses, a volunteer's figures, The BMD said and its forecast with It forecast, related news and a footer with an editor line)",
    "South African news and opinion site's column, a writer argues that a municipality's 13.5 per cent electricity tariff rise punishes households that pay (site brand, a tagline in three one-word sentences, menu, OPINION label, headline, a question as the standfirst, the columnist's byline, a date line with a weekday, read time and comment count, share strip, an illustration credit, the writer's own facts of record and her opinions without a speaker, NERSA approving as an act, according to the municipality's own report, the municipality's annual report shows, a mayor who said in his budget speech and his quote over two sentences, the writer's own question and a named spokesperson who did not respond to questions, a pull quote, according to Stats SA, the auditor-general's report that found, a supporter ask in three sentences with its button, the writer's first-person scene with a woman who is quoted by description, a closing line, a bio, a views disclaimer, a letters line, a related column and a footer)",
]

ARTICLES = [
    [  # 1. Irish national daily's site pasted whole, a boil water notice on a Co Roscommon town lifted after 23 days
        [("We value your privacy", "", "", "B")],
        [("The Irish Lantern and our 146 partners use cookies and similar technologies to store and read information on your device.", "", "", "B"),
         ("Some are needed to make the site work; others help us understand how it is used and show you advertising that is relevant to you.", "", "", "B"),
         ("You can change your mind at any time by clicking Privacy Settings at the bottom of any page.", "", "", "B")],
        [("Accept all   Reject all   Show purposes", "", "", "B")],
        [("THE IRISH LANTERN", "", "", "B")],
        [("Subscribe   Sign In   The Paper", "", "", "B")],
        [("News   Politics   Business   Sport   Opinion   Culture   Life & Style   Podcasts   Crosswords", "", "", "B")],
        [("News › Ireland › Health", "", "", "B")],
        [("Boil water notice lifted for 9,000 people in Co Roscommon town after 23 days", "", "", "W")],
        [("Uisce Éireann says new ultraviolet unit at Clooncarra plant is working; traders count cost of three weeks of bottled water", "Uisce Éireann", "says", "W")],
        [("Saoirse Ní Bhriosáin, Western Correspondent", "", "", "B")],
        [("Tue Mar 10 2026 - 18:42", "", "", "B")],
        [("Share   Save   Listen · 5 min", "", "", "B")],
        [("Bottled water stacked outside a shop on Main Street, Ballinvoher, during the boil water notice.", "", "", ""),
         ("Photograph: Diarmuid Cuinnegan", "", "", "B")],
        [("A boil water notice covering about 9,000 people in and around Ballinvoher, Co Roscommon, was lifted on Tuesday afternoon, 23 days after it was imposed, Uisce Éireann has said.", "Uisce Éireann", "has said", "W"),
         ("The utility said tests carried out with the HSE had shown that water leaving its Clooncarra treatment plant was again safe to drink.", "The utility", "said", "W"),
         ("It said a new ultraviolet treatment unit, installed at a cost of €640,000, had been in service since last Thursday.", "Uisce Éireann", "said", "W")],
        [("The notice was issued on February 15th after cryptosporidium was found in samples taken at the plant following heavy rain.", "", "", "W"),
         ("It was the third boil water notice in the town since 2019.", "", "", "W")],
        [("Uisce Éireann's regional operations lead, Niamh Tuffery, said the plant's old sand filters had been unable to cope with the silt washed into the Clooncarra river by storms in early February.", "Niamh Tuffery", "said", "W"),
         ("“We are sorry for the disruption, and we know three weeks is a long time to be boiling a kettle for everything,” she said.", "Niamh Tuffery", "said", ""),
         ("“The UV unit is a permanent fix for this risk, not a sticking plaster.”", "Niamh Tuffery", "said", "")],
        [("Unlimited access to the Lantern's journalism", "", "", "B")],
        [("Subscribe for €1.50 a week for your first 12 weeks.", "", "", "B"),
         ("Then €4.50 a week.", "", "", "B"),
         ("Cancel any time.", "", "", "B")],
        [("Already a subscriber?", "", "", "B"),
         ("Sign in to read on.", "", "", "B")],
        [("Pádraig Garrahan, who runs a café with rooms on the Square, said the notice had cost him about €4,000 in bottled water, ice and lost trade.", "Pádraig Garrahan", "said", ""),
         ("“You can't sell a cup of tea in a town where everyone has been told not to drink the water,” he said.", "Pádraig Garrahan", "said", ""),
         ("“People just drove on to Athlone.”", "Pádraig Garrahan", "said", "")],
        [("Independent councillor Máire Concannon-Flood said Roscommon County Council had been told in 2022 that the plant needed UV treatment.", "Máire Concannon-Flood", "said", "W"),
         ("She said the upgrade had been listed for 2023 in the utility's own investment plan.", "Máire Concannon-Flood", "said", "W"),
         ("“So why did it take a boil notice and a dozen sick people to get it done?” she asked.", "Máire Concannon-Flood", "asked", "")],
        [("Ms Tuffery said the upgrade had been held up by a planning objection and a shortage of contractors, and was brought forward once the notice was issued.", "Niamh Tuffery", "said", "W")],
        [("A spokeswoman for the HSE said 11 cases of cryptosporidiosis had been confirmed in the area since mid-February.", "A spokeswoman for the HSE", "said", "W"),
         ("She said none of the patients had needed to be admitted to hospital.", "A spokeswoman for the HSE", "said", "W")],
        [("At the community centre on Church Road, where the council had set up a water station, Bríd Feehily (78) said she had boiled water in saucepans after her kettle broke in the first week.", "Bríd Feehily", "said", ""),
         ("“My grandson brought me a new kettle on Sunday,” she said.", "Bríd Feehily", "said", ""),
         ("“Now they tell me I don't need it.”", "Bríd Feehily", "said", "")],
        [("According to the Environmental Protection Agency's latest drinking water report, 29 public supplies serving about 190,000 people were on boil water notices or restrictions at the end of 2024.", "the Environmental Protection Agency's latest drinking water report", "according to", "W")],
        [("Uisce Éireann said businesses in the area would get a credit on their water bills for the 23 days of the notice.", "Uisce Éireann", "said", "W"),
         ("Householders do not pay domestic water charges.", "", "", "W")],
        [("Read More", "", "", "B")],
        [("Cryptosporidium: what is it, and why does it keep turning up in rural water?", "", "", "B")],
        [("About Us   Contact Us   Advertise   Terms & Conditions   Privacy Policy   Cookie Settings   Accessibility", "", "", "B")],
        [("© 2026 The Irish Lantern DAC.", "", "", "B"),
         ("Registered office: 9 Carrickbrack Row, Dublin 8.", "", "", "B"),
         ("Company number 611408.", "", "", "B")],
    ],
    [  # 2. international wire's own site, a Jakarta-datelined commodities story on Indonesia's state food agency importing rice, with the wire's reporting and editing credits in brackets
        [("KALVEX", "", "", "B")],
        [("World   Business   Markets   Commodities   Energy   Climate   Tech   Data", "", "", "B")],
        [("Commodities · Asia Pacific", "", "", "B")],
        [("Indonesia's Bulog to import 1.5 million tons of rice by June after dry spell cuts harvest", "", "", "W")],
        [("Summary", "", "", "B")],
        [("Agency wants reserves of 2 million tons before October lean season", "", "", "W")],
        [("Government stocks at lowest since late 2022", "", "", "W")],
        [("Agriculture ministry says imports not needed", "Indonesia's agriculture ministry", "says", "")],
        [("Thai, Vietnamese export prices rise on the news", "", "", "W")],
        [("By Dewi Lestyaningrum and Arif Setyawardana", "", "", "B")],
        [("April 7, 2026 11:26 AM GMT+7   Updated 3 hours ago", "", "", "B")],
        [("4 min read", "", "", "B")],
        [("Share   X   Facebook   LinkedIn   Email   Link", "", "", "B")],
        [("A worker carries a sack of rice at a Bulog warehouse in Jakarta, Indonesia, January 14, 2026.", "", "", ""),
         ("KALVEX/Bagus Hermantyo/File Photo", "", "", "B"),
         ("Purchase Licensing Rights", "", "", "B")],
        [("JAKARTA, April 7 (Kalvex) - Indonesia's state food logistics agency Bulog will import 1.5 million metric tons of rice by the end of June to rebuild government reserves after a long dry spell cut the main harvest, its chief executive said on Tuesday.", "Rahmat Wiranegara", "said", "W")],
        [("Rahmat Wiranegara told reporters in Jakarta that government stocks had fallen to 1.1 million tons, the lowest since late 2022, and that the agency wanted to hold at least 2 million tons before the lean season begins in October.", "Rahmat Wiranegara", "told reporters", "W")],
        [("\"We are not short of rice today, but we will not wait until we are,\" Wiranegara said.", "Rahmat Wiranegara", "said", ""),
         ("\"The tenders will be open to suppliers from all the usual origins.\"", "Rahmat Wiranegara", "said", "")],
        [("Indonesia, the world's fourth most populous country, imported 3.1 million tons of rice in 2024 and 1.8 million tons in 2025, according to Statistics Indonesia.", "Statistics Indonesia", "according to", "W")],
        [("The statistics bureau estimated last month that unhusked rice output in the January-April harvest would fall 9% from a year earlier to 21.4 million tons, after the rainy season started about five weeks late in Java.", "The statistics bureau", "estimated", "")],
        [("Retail prices of medium-quality rice rose 11.4% in March from a year earlier, data from the bureau showed last week.", "data from the bureau", "showed", "W"),
         ("Rice is the main staple for most of Indonesia's 282 million people.", "", "", "W")],
        [("Two Singapore-based traders said the tenders could lift Asian export prices, which have fallen for most of the past year.", "Two Singapore-based traders", "said", "")],
        [("Thai 5% broken rice was quoted at $438 to $445 a ton on Tuesday, up from $420 a week ago, according to traders in Bangkok.", "traders in Bangkok", "according to", "W"),
         ("Vietnam's 5% broken grade rose to $412-$418 from $401-$405.", "", "", "W")],
        [("\"Indonesia buying 1.5 million tons in three months is a big number for a market that has been this quiet,\" said Thanawat Boonsiriwong, managing director of Bangkok exporter Chao Phraya Golden Grain.", "Thanawat Boonsiriwong", "said", ""),
         ("He said Thai mills held about 2 million tons of old-crop rice they wanted to sell before the new harvest.", "Thanawat Boonsiriwong", "said", "W")],
        [("Indonesia's agriculture ministry, which has set a goal of ending rice imports by 2027, said on Monday that the second planting season would make up for the shortfall and that imports were not needed.", "Indonesia's agriculture ministry", "said", ""),
         ("A ministry spokesman declined to comment on Tuesday's announcement.", "A ministry spokesman", "declined to comment", "")],
        [("Wiranegara said the imports had been approved at a meeting chaired by the coordinating minister for food on April 2.", "Rahmat Wiranegara", "said", "W"),
         ("He declined to say how much the agency would pay or which countries it expected to buy from.", "Rahmat Wiranegara", "declined to say", "")],
        [("Annual inflation stood at 2.9% in March, within Bank Indonesia's target range of 1.5% to 3.5%.", "", "", "W")],
        [("\"The imports are a hedge against a bad second crop,\" said Larasati Purbodiningrat, an economist at Nusakarta Securities in Jakarta.", "Larasati Purbodiningrat", "said", ""),
         ("\"What the government fears is October, not April.\"", "Larasati Purbodiningrat", "said", ""),
         ("Purbodiningrat said rice accounted for about 3.4% of the consumer price index basket.", "Larasati Purbodiningrat", "said", "W")],
        [("(Reporting by Dewi Lestyaningrum and Arif Setyawardana in Jakarta; Additional reporting by Panida Chaiyaporn in Bangkok and Phung Gia Huy in Hanoi; Writing by Gareth Steedman; Editing by Joanna Pikesley and Sonali Varkey)", "", "", "B")],
        [("Kalvex's editorial standards are set out at kalvex.com/standards.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Thailand cuts 2026 rice export forecast as dry season bites", "", "", "B")],
        [("Asia Open, our morning briefing on the region's markets, is sent at 7 a.m. Singapore time.", "", "", "B"),
         ("Sign up here.", "", "", "B")],
        [("© 2026 Kalvex.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. US small-town weekly's site in Wisconsin, the village's only pharmacy closes and prescriptions move to a store 31 miles away
        [("Ottenbrook, WI   29°   Light snow", "", "", "B")],
        [("THE KETTLE PRAIRIE REGISTER", "", "", "B")],
        [("Subscribe | Log In | e-Edition | Obituaries | Classifieds | Public Notices", "", "", "B")],
        [("News   Sports   Opinion   Obituaries   Community   Ag   Calendar   Contact Us", "", "", "B")],
        [("Local News", "", "", "B")],
        [("Ottenbrook's only pharmacy to close April 10; prescriptions move to Scheffelton store 31 miles away", "", "", "W")],
        [("By KENDRA MITTELSTAEDT Staff Writer", "", "", "B")],
        [("Mar 18, 2026", "", "", "B")],
        [("Facebook   Twitter   Email   Print   Save", "", "", "B")],
        [("Pharmacist Tom Gerlach-Yoder fills a prescription Tuesday at Hallsted Drug on Main St. in Ottenbrook.", "", "", ""),
         ("KENDRA MITTELSTAEDT/Register", "", "", "B")],
        [("OTTENBROOK — Hallsted Drug, the only pharmacy in Ottenbrook and the last one in the northern half of Brechner County, will close April 10 after 94 years on Main St.", "", "", "W"),
         ("Its owner, Prairieline Pharmacy Inc. of Eau Claire, said in a letter to customers that prescription files will be transferred to its store in Scheffelton, 31 miles south.", "Prairieline Pharmacy Inc.", "said in a letter to customers", "W")],
        [("The letter, dated March 13, said the store had lost money for three straight years as payments from pharmacy benefit managers fell.", "The letter", "said", "W")],
        [("Tom Gerlach-Yoder, who has been the pharmacist at Hallsted since 2004, said the store fills about 140 prescriptions a day.", "Tom Gerlach-Yoder", "said", "W"),
         ("“About a third of those are for people over 75,” he said.", "Tom Gerlach-Yoder", "said", "W"),
         ("“A lot of them don't drive to Scheffelton in January.", "Tom Gerlach-Yoder", "said", ""),
         ("They don't drive to Scheffelton at all.”", "Tom Gerlach-Yoder", "said", "")],
        [("He said he had been offered a job at the Scheffelton store but had not decided whether to take it.", "Tom Gerlach-Yoder", "said", "")],
        [("Prairieline spokeswoman Renata Grzelczak said the company would mail prescriptions free of charge to Ottenbrook customers and keep a drop box for refill requests at the Ottenbrook Public Library for six months.", "Renata Grzelczak", "said", "W"),
         ("She said the company had closed 11 of its 46 Wisconsin stores since 2023.", "Renata Grzelczak", "said", "W"),
         ("“This was not a decision we made lightly,” Grzelczak said.", "Renata Grzelczak", "said", "")],
        [("ADVERTISEMENT", "", "", "B")],
        [("State Rep. Dale Henschel-Voigt, R-Scheffelton, said he would reintroduce a bill to regulate how pharmacy benefit managers pay independent and small-chain pharmacies.", "Dale Henschel-Voigt", "said", ""),
         ("A similar bill passed the Assembly 61-36 last year but never got a vote in the Senate.", "", "", "W")],
        [("Village President Lorraine Tiegs said the board would ask the state whether a pharmacy could operate out of the clinic on Cedar Ave. under a telepharmacy rule adopted in 2024.", "Lorraine Tiegs", "said", ""),
         ("“We lost the hardware store in 2017 and the grocery in 2022,” she said.", "Lorraine Tiegs", "said", "W"),
         ("“Every time, somebody tells us it's the market.", "Lorraine Tiegs", "said", ""),
         ("Well, the market doesn't have to drive to Scheffelton.”", "Lorraine Tiegs", "said", "")],
        [("At the counter Tuesday, Gordon Fiedlerbach, 81, picked up his insulin and a bag of cough drops.", "", "", ""),
         ("His wife, Arlette, stopped driving two years ago, he said, and his own license is up for renewal in June.", "Gordon Fiedlerbach", "said", ""),
         ("“My daughter says she'll drive us,” Fiedlerbach said.", "Gordon Fiedlerbach", "said", ""),
         ("“She lives in Minneapolis.”", "Gordon Fiedlerbach", "said", "")],
        [("Thirty-eight of Wisconsin's 72 counties have lost at least one pharmacy since 2019, according to a 2025 report by the Wisconsin Rural Pharmacy Alliance.", "a 2025 report by the Wisconsin Rural Pharmacy Alliance", "according to", "W"),
         ("Four counties have none.", "", "", "W")],
        [("Hallsted Drug will be open 9 a.m. to 5 p.m. weekdays and 9 a.m. to noon Saturdays until it closes.", "", "", "W"),
         ("Customers with questions about transfers can call the Scheffelton store at 715-555-0148.", "", "", "")],
        [("Trending Now", "", "", "B")],
        [("Ottenbrook girls fall to Dresslerville in sectional semifinal", "", "", "B")],
        [("Obituary: Harold J. Kuchenreuther, 88", "", "", "B")],
        [("Tags: Ottenbrook   Health   Business   Brechner County", "", "", "B")],
        [("3 comments", "", "", "B")],
        [("The Kettle Prairie Register, P.O. Box 227, Ottenbrook, WI 54489", "", "", "B")],
        [("208 N. Main St., Ottenbrook, WI   Phone: 715-555-0100", "", "", "B")],
        [("© Copyright 2026 The Kettle Prairie Register", "", "", "B")],
        [("Terms of Use   Privacy Policy   Powered by Ironpress Town Sites", "", "", "B")],
    ],
    [  # 4. English local paper's football match report on a League Two club
        [("THE PELSHAM ECHO", "", "", "B")],
        [("News   Sport   Pelsham Town FC   What's On   Property   Jobs   Announcements", "", "", "B")],
        [("FT   Pelsham Town 2–1 Corringate Rovers", "", "", "B")],
        [("Sport › Football › Pelsham Town", "", "", "B")],
        [("Pelsham Town 2 Corringate Rovers 1: Ezenwachi double ends five-game winless run", "", "", "W")],
        [("Substitute's late winner lifts Town to 14th; boss Gilliland says side were “nervous for 60 minutes and brilliant for 30”", "Stuart Gilliland", "says", "W")],
        [("By Callum Creedy, Pelsham Town reporter", "", "", "B")],
        [("Saturday, 3 October 2026, 7:12pm", "", "", "B")],
        [("Share on Facebook   Share on X   Email", "", "", "B")],
        [("Ike Ezenwachi heads Town level against Corringate Rovers at Pedley Road.", "", "", "W"),
         ("Credit: Ben Trathen", "", "", "B")],
        [("Ike Ezenwachi scored twice, the second in the 88th minute, as Pelsham Town came from behind to beat Corringate Rovers 2-1 at Pedley Road and end a run of five League Two matches without a win.", "", "", "W")],
        [("Rovers led at half-time through a Dominic Iveson header from a corner, and for long spells Town looked like a side that had forgotten where the goal was.", "", "", "W")],
        [("Rovers goalkeeper Jordan Scrivens had already saved a Jack Twelvetrees penalty, awarded in the 31st minute when Rovers captain Mark Vann pulled down Kofi Umpleby.", "", "", "W")],
        [("Then Ezenwachi, on as a 58th-minute substitute for only his third league appearance since joining from Stallingford in the summer, headed in Twelvetrees's cross on 63 minutes.", "", "", "W"),
         ("The winner was all his own work.", "", "", ""),
         ("He took the ball off Vann near halfway, ran 40 yards and beat Scrivens at his near post.", "", "", "W")],
        [("The crowd of 4,112 was the smallest at Pedley Road this season.", "", "", "W"),
         ("Most of it stood for the last five minutes.", "", "", "")],
        [("Town manager Stuart Gilliland said his players had been “nervous for 60 minutes and brilliant for 30”.", "Stuart Gilliland", "said", ""),
         ("“We've been playing well and losing, so today we played badly and won,” he told the Echo.", "Stuart Gilliland", "told the Echo", ""),
         ("“I'll take that every week.", "Stuart Gilliland", "told the Echo", ""),
         ("Ike's been patient, he's trained like a madman and he's got his reward.”", "Stuart Gilliland", "told the Echo", "")],
        [("Gilliland confirmed that defender Luca Ledgard would miss at least six weeks with a hamstring injury picked up in training on Thursday.", "Stuart Gilliland", "confirmed", "W")],
        [("Rovers boss Kenny Throssell was in no mood to praise the winner.", "", "", ""),
         ("“Mark gets fouled there, 100 per cent,” said Throssell.", "Kenny Throssell", "said", ""),
         ("“The referee's given us nothing all day and then he gives us nothing again.", "Kenny Throssell", "said", ""),
         ("What do you want me to say?”", "Kenny Throssell", "said", "")],
        [("Throssell said he would not be complaining to the EFL because “it never changes anything”.", "Kenny Throssell", "said", "")],
        [("Rovers dropped to 19th, four points above the relegation places.", "", "", "W")],
        [("PELSHAM TOWN (4-4-2): Reay; Ibbetson, Clegghorn, Tatchell, Fearnhead; Twelvetrees, Umpleby, Wormald (Ezenwachi 58), Harcombe; Stanforth, Blakey (Mbemba 80).", "", "", "")],
        [("Subs not used: Scatcherd, Roushdy, Poulson, Danvers.", "", "", "")],
        [("Booked: Tatchell, Twelvetrees.", "", "", "")],
        [("CORRINGATE ROVERS (3-5-2): Scrivens; Iveson, Vann, Hornsby; Gawthorpe, Capstick, Blackledge, Hargreaves (Swindlehurst 75), Butterfield; Crossland, Belcastro.", "", "", "")],
        [("Booked: Vann, Blackledge.", "", "", "")],
        [("Referee: Anthony Holdsworth (Lancs).", "", "", "")],
        [("Attendance: 4,112 (312 away).", "", "", "")],
        [("Echo star man: Ike Ezenwachi.", "", "", "")],
        [("LEAGUE TWO: HOW THEY STAND", "", "", "B")],
        [("Pos   Team   P   W   D   L   GD   Pts", "", "", "B")],
        [("13   Aldgrove   10   3   4   3   -1   13", "", "", "")],
        [("14   Pelsham Town   10   3   3   4   -2   12", "", "", "")],
        [("19   Corringate Rovers   10   2   3   5   -6   9", "", "", "")],
        [("More on Pelsham Town", "", "", "B")],
        [("Gilliland: Ledgard injury a 'real blow' as defensive crisis deepens", "", "", "B")],
        [("© Pelsham Echo Ltd 2026.", "", "", "B"),
         ("We are a member of the Independent Press Standards Organisation.", "", "", "B")],
    ],
    [  # 5. Canadian daily's science page in Ontario, a study finds road salt has pushed a third of central Ontario's lakes above a federal chloride guideline
        [("THE MAPLE LEDGER", "", "", "B")],
        [("Sign in   Subscribe   Newsletters   Today's Edition", "", "", "B")],
        [("Canada   World   Politics   Business   Investing   Science   Climate   Opinion   Sports", "", "", "B")],
        [("Science / Environment", "", "", "B")],
        [("Road salt has turned a third of central Ontario's lakes saltier than fish can tolerate, study finds", "a new study", "finds", "W")],
        [("Chloride levels in 78 of 214 lakes were above the federal guideline in 2024, up from nine in 1990", "", "", "W")],
        [("Priya Ramachandran, Science Reporter", "", "", "B")],
        [("Published Jan. 21, 2026 6:00 a.m. ET", "", "", "B")],
        [("Listen to article · 6 min   Comments (58)", "", "", "B")],
        [("A salt truck on a county road near Tessaway, Ont., in January, 2025.", "", "", ""),
         ("ALEC BEAUSOLEIL/THE MAPLE LEDGER", "", "", "B")],
        [("Chloride levels in more than a third of the lakes sampled in central Ontario have risen above the federal guideline for protecting aquatic life, and road salt is the main cause, a new study suggests.", "a new study", "suggests", "W")],
        [("The study, published Wednesday in the journal Limnetic Letters, analyzed water samples taken from 214 lakes between 1990 and 2024.", "", "", "W"),
         ("The researchers found that 78 of the lakes had average chloride concentrations above 120 milligrams per litre in 2024, compared with nine in 1990.", "The researchers", "found", "W")],
        [("“Lakes in this part of Ontario are naturally very low in salt, so the fish and plankton in them have never had to deal with it,” said lead author Dr. Hélène Beaudouin, a freshwater ecologist at Kilmory University.", "Hélène Beaudouin", "said", ""),
         ("“What we're seeing is a chemical change happening within one human generation.”", "Hélène Beaudouin", "said", "")],
        [("Beaudouin said the lakes with the highest levels were all within 500 metres of a provincial highway or a four-lane municipal road.", "Hélène Beaudouin", "said", "W"),
         ("She said that in 14 of the lakes, numbers of Daphnia, a water flea that young fish feed on, had fallen by more than half since the early 1990s.", "Hélène Beaudouin", "said", "W")],
        [("Environment and Climate Change Canada's guideline for long-term exposure is 120 mg/L.", "", "", "W"),
         ("Above that level, the department says, sensitive species begin to die off.", "the department", "says", "W")],
        [("According to the Ontario Ministry of Transportation, about 520,000 tonnes of road salt are spread on provincial highways in an average winter.", "the Ontario Ministry of Transportation", "according to", "W")],
        [("In an email, a ministry spokesperson said the province had cut the amount of salt it spreads per lane-kilometre by 18 per cent since 2015 by wetting it with brine before it hits the road.", "a ministry spokesperson", "said", "W"),
         ("The spokesperson said the safety of drivers would continue to come first.", "The spokesperson", "said", "")],
        [("Owen Tervamaki, a limnologist at St. Aubin College in Ottawa who was not involved in the study, said the findings matched what he had measured in lakes in eastern Ontario.", "Owen Tervamaki", "said", ""),
         ("But he cautioned that the study could not tell how much of the salt came from highways and how much from driveways and parking lots.", "Owen Tervamaki", "cautioned", ""),
         ("“Private contractors clearing parking lots are the Wild West,” he said.", "Owen Tervamaki", "said", ""),
         ("“Nobody measures what they put down.”", "Owen Tervamaki", "said", "")],
        [("At Little Squirrelwood Lake, where the study recorded 212 mg/L in 2024, the highest of any lake sampled, the cottagers' association has stopped stocking lake trout.", "", "", "W"),
         ("Its president, Marjorie Charbonneau, said the association had asked the township in 2023 to cut salt use on the road that runs along the north shore.", "Marjorie Charbonneau", "said", "W"),
         ("“We were told it was a liability question,” she said.", "Marjorie Charbonneau", "said", ""),
         ("“Whose liability is a dead lake?”", "Marjorie Charbonneau", "said", "")],
        [("Beaudouin said the team would next study whether chloride levels fall in lakes where salt use has been cut.", "Hélène Beaudouin", "said", "")],
        [("Correction: An earlier version of this article said all 214 lakes were sampled in 1990.", "", "", "B"),
         ("In fact, 131 of them were.", "", "", "B")],
        [("Source: H. Beaudouin et al., “Thirty-four years of rising chloride in Ontario Shield lakes,” Limnetic Letters 11, no. 1 (2026).", "", "", "B")],
        [("The Maple Ledger's environment reporting is supported in part by the Wetherup Family Foundation.", "", "", "B"),
         ("The foundation has no say over what we cover.", "", "", "B")],
        [("More from Science", "", "", "B")],
        [("Why Lake Erie's algae blooms are starting earlier", "", "", "B")],
        [("Ottawa to review rules on salt storage near drinking-water wells", "", "", "B")],
        [("© Copyright 2026 The Maple Ledger Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 6. Australian metropolitan daily's live blog on budget day in New South Wales, entries newest first
        [("The Sandstone Standard", "", "", "B")],
        [("Sydney   NSW   Politics   Business   National   World   Opinion   Sport   Lifestyle", "", "", "B")],
        [("NSW   Politics   State budget", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("NSW budget 2026 live: Treasurer hands down $2.9 billion deficit as payroll tax threshold rises", "", "", "W")],
        [("Updated 5.41pm AEST, Tuesday 23 June 2026", "", "", "B")],
        [("Key points:", "", "", "B")],
        [("A $2.9 billion deficit in 2026-27, up from the $1.6 billion forecast in December.", "", "", "W"),
         ("Return to surplus forecast for 2028-29.", "", "", ""),
         ("Payroll tax-free threshold rises from $1.2 million to $1.5 million from January 1.", "", "", "W")],
        [("5.38pm", "", "", "B")],
        [("That's where we'll leave our live coverage for today.", "", "", "B")],
        [("— Ellie Kwok", "", "", "B")],
        [("4.52pm", "", "", "B")],
        [("Ratings agency keeps NSW at AA+", "", "", "W")],
        [("Auriga Ratings has kept the state's credit rating at AA+ with a stable outlook.", "", "", "W")],
        [("In a statement, the agency said the payroll tax changes were “modest” and that the government's plan to hold public sector wage growth at 3 per cent a year was “ambitious but credible”.", "the agency", "said", "")],
        [("NSW lost its AAA rating from the agency in 2020.", "", "", "W")],
        [("— Ellie Kwok", "", "", "B")],
        [("4.05pm", "", "", "B")],
        [("What business thinks", "", "", "B")],
        [("Sydney Chamber of Enterprise chief executive Rhiannon Voke says the payroll tax change will take about 4,000 businesses out of the tax altogether.", "Rhiannon Voke", "says", ""),
         ("“It's the first time in a decade the threshold has moved in the right direction,” she says.", "Rhiannon Voke", "says", ""),
         ("“We'd have liked it indexed, not just bumped.”", "Rhiannon Voke", "says", "")],
        [("“It's a budget that bets everything on wages staying low,” says Dr Amira Soltani, an economist at the Tallowwood Institute.", "Amira Soltani", "says", ""),
         ("“If inflation picks up again, that 3 per cent cap will not survive the next enterprise agreement.”", "Amira Soltani", "says", "")],
        [("— Marcus Brayshaw", "", "", "B")],
        [("2.31pm", "", "", "B")],
        [("Nurses' union says pay offer 'falls short'", "the NSW Public Nurses' Guild", "says", "")],
        [("The budget's pay offer has been rejected by the NSW Public Nurses' Guild.", "", "", "W"),
         ("General secretary Colleen Faithfull says the 3 per cent a year offered over three years would leave a nurse on the top grade about $2,300 a year worse off in real terms by 2029.", "Colleen Faithfull", "says", "W")],
        [("“Our members have been told to be patient since 2022,” she says.", "Colleen Faithfull", "says", ""),
         ("“Patience doesn't pay rent in Parramatta.”", "Colleen Faithfull", "says", "")],
        [("The union will hold a stop-work meeting at Westmead on Thursday at 9.30am.", "", "", "W")],
        [("— Marcus Brayshaw", "", "", "B")],
        [("1.47pm", "", "", "B")],
        [("Budget 'built on hope', Opposition says", "Danica Mastroianni", "says", "")],
        [("Shadow Treasurer Danica Mastroianni has accused the government of hiding a blowout in the cost of the Western Harbour Metro line.", "Danica Mastroianni", "has accused", ""),
         ("She says the budget papers show the project's cost has risen from $21.4 billion to $24.9 billion since last year's budget.", "Danica Mastroianni", "says", "W")],
        [("“It's a budget built on hope,” Ms Mastroianni says.", "Danica Mastroianni", "says", ""),
         ("“They've put the overrun on page 147 of Budget Paper No. 3 and hoped nobody would get that far.”", "Danica Mastroianni", "says", "W")],
        [("We checked: the figure is on page 147, and it is $24.9 billion.", "", "", "W"),
         ("The Treasurer's office says the increase reflects two extra stations added to the line in 2025.", "The Treasurer's office", "says", "W")],
        [("— Ellie Kwok", "", "", "B")],
        [("12.30pm", "", "", "B")],
        [("Treasurer confirms deficit figure", "", "", "W")],
        [("Treasurer Nathaniel Adeosun has confirmed the budget deficit for 2026-27 will be $2.9 billion, up from the $1.6 billion forecast in December.", "Nathaniel Adeosun", "has confirmed", "W")],
        [("Mr Adeosun says the gap is mostly down to lower GST payments from the Commonwealth and a $640 million fall in stamp duty as the housing market slowed.", "Nathaniel Adeosun", "says", "W")],
        [("“We could have cut services to make the numbers look better this year,” he says.", "Nathaniel Adeosun", "says", ""),
         ("“We didn't, and I'm not going to apologise for that.", "Nathaniel Adeosun", "says", "")],
        [("“Every dollar of that deficit is a nurse, a teacher or a train that is still running.”", "Nathaniel Adeosun", "says", "")],
        [("He says the budget includes $3.8 billion over four years for 1,200 new social homes, and that construction on the first 300 will start before Christmas.", "Nathaniel Adeosun", "says", "W")],
        [("According to the budget papers, net debt will reach $196 billion by June 2030, about $9 billion more than was forecast a year ago.", "the budget papers", "according to", "")],
        [("— Ellie Kwok", "", "", "B")],
        [("11.58am", "", "", "B")],
        [("Good morning and welcome to our live coverage of the 2026-27 NSW budget.", "", "", "B"),
         ("I'm Ellie Kwok, and I'll be bringing you the numbers and the reaction through the afternoon.", "", "", "B")],
        [("Show more posts", "", "", "B")],
        [("© 2026 The Sandstone Standard Pty Ltd.", "", "", "B"),
         ("ABN 61 204 118 933", "", "", "B")],
    ],
    [  # 7. Nigerian Sunday paper's interview page, a Q&A with the chief medical director of a federal medical centre on doctors leaving for abroad
        [("SUNDAY HERALD-COURIER", "", "", "B")],
        [("Sunday, August 9, 2026   |   Lagos", "", "", "B")],
        [("News   Politics   Business   Health   Sport   Interview   Opinion   Entertainment   E-Paper", "", "", "B")],
        [("Interview", "", "", "B")],
        [("'We trained them, and the world took them' — Aderibigbe", "Kehinde Aderibigbe", "—", "")],
        [("By OLUWASEUN OJELADE", "", "", "B")],
        [("August 9, 2026", "", "", "B")],
        [("Share: Facebook   X   WhatsApp   Telegram", "", "", "B")],
        [("The Chief Medical Director of the Federal Medical Centre, Idoro, Prof. Kehinde Aderibigbe, speaks to OLUWASEUN OJELADE about the doctors leaving the hospital, unpaid allowances and a cancer centre that has been under construction since 2019.", "", "", "B")],
        [("HERALD-COURIER: How many doctors has the centre lost in the last two years?", "", "", "")],
        [("PROF. KEHINDE ADERIBIGBE: We lost 63 resident doctors in 2025 alone, and another 27 between January and June this year.", "Kehinde Aderibigbe", "PROF. KEHINDE ADERIBIGBE:", "W"),
         ("Most of them went to the United Kingdom, a few to Saudi Arabia and Canada.", "Kehinde Aderibigbe", "PROF. KEHINDE ADERIBIGBE:", "W"),
         ("I don't blame any of them.", "Kehinde Aderibigbe", "PROF. KEHINDE ADERIBIGBE:", ""),
         ("If my son were a house officer today, I would probably tell him to go too.", "Kehinde Aderibigbe", "PROF. KEHINDE ADERIBIGBE:", "")],
        [("HERALD-COURIER: The resident doctors' association in your hospital says 40 per cent of its members have left since 2023.", "The resident doctors' association in your hospital", "says", "W"),
         ("Is that correct?", "", "", "")],
        [("ADERIBIGBE: It is close.", "Kehinde Aderibigbe", "ADERIBIGBE:", ""),
         ("We had 214 resident doctors in January 2023 and we have 131 now, so it is about 39 per cent.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("Some of the posts have been filled, but you do not replace a senior registrar in internal medicine with a fresh graduate.", "Kehinde Aderibigbe", "ADERIBIGBE:", "")],
        [("HERALD-COURIER: What has that done to patients?", "", "", "")],
        [("ADERIBIGBE: Waiting times in the general outpatient clinic have gone from about three hours to six.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("We have closed the second paediatric emergency bay since March because we cannot staff it at night.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("Nobody has died because of it, and I thank God for that.", "Kehinde Aderibigbe", "ADERIBIGBE:", "")],
        [("“You do not replace a senior registrar with a fresh graduate.”", "", "", "B")],
        [("HERALD-COURIER: Doctors say they are owed months of allowances.", "Doctors", "say", "W")],
        [("ADERIBIGBE: The medical residency training fund for 2025 was paid in May.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("What is outstanding is the arrears of the hazard allowance review, about N1.8bn for this centre alone, and that is paid from Abuja, not by us.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("I have written to the ministry four times this year.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W")],
        [("ADVERTISEMENT", "", "", "B")],
        [("HERALD-COURIER: The Minister of Health said in June that the federal government would recruit 10,000 health workers this year.", "The Minister of Health", "said", ""),
         ("Has any of them come to Idoro?", "", "", "")],
        [("ADERIBIGBE: We were given approval to employ 45 doctors and 60 nurses in July.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("Twenty-two of the doctors have resumed.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("The rest, I expect, will come before December.", "Kehinde Aderibigbe", "ADERIBIGBE:", "")],
        [("HERALD-COURIER: What happened to the cancer centre?", "", "", "")],
        [("ADERIBIGBE: The building is finished.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("The linear accelerator was delivered in 2024 and has not been installed, because the bunker it goes into failed its radiation test.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("The contractor has been called back at his own cost.", "Kehinde Aderibigbe", "ADERIBIGBE:", "W"),
         ("If he keeps to his word, we will treat our first patient in the first quarter of next year.", "Kehinde Aderibigbe", "ADERIBIGBE:", "")],
        [("HERALD-COURIER: Your critics say you spend more time in Abuja than in Idoro.", "Your critics", "say", "")],
        [("ADERIBIGBE: (Laughs) Let them come and count my days.", "Kehinde Aderibigbe", "ADERIBIGBE:", ""),
         ("Every naira this hospital gets is fought for in Abuja.", "Kehinde Aderibigbe", "ADERIBIGBE:", "")],
        [("Follow the Sunday Herald-Courier on WhatsApp for breaking news and exclusive interviews.", "", "", "B")],
        [("RELATED NEWS", "", "", "B")],
        [("Resident doctors begin three-day warning strike in Ekiti", "", "", "B")],
        [("FG releases N42bn for tertiary hospitals' power projects", "", "", "B")],
        [("Copyright 2026 Sunday Herald-Courier.", "", "", "B"),
         ("This material may not be published, broadcast, rewritten or redistributed in full or in part without prior written permission from the Sunday Herald-Courier.", "", "", "B")],
    ],
    [  # 8. New Zealand regional news site's court story in Waikato, a sawmill fined after a worker's arm is crushed in an unguarded conveyor
        [("WAIPĒRA DAILY", "", "", "B")],
        [("Latest   NZ   World   Business   Rural   Sport   Te Ao   Opinion   Weather", "", "", "B")],
        [("News › Waikato › Crime & Courts", "", "", "B")],
        [("Sawmill fined $310,000 after worker's arm crushed in unguarded conveyor", "", "", "W")],
        [("Judge says every sawmiller knows a roller with no guard 'will take an arm'", "Aroha Te Whaiti", "says", "")],
        [("Mereana Tipoki, Court Reporter", "", "", "B")],
        [("Thursday 12 November 2026, 5.47pm", "", "", "B")],
        [("Share   Email   Facebook   X   Copy link", "", "", "B")],
        [("Quick Read", "", "", "B")],
        [("Tokorangi Timber Processing fined $310,000 and ordered to pay $85,000 reparation.", "", "", "W"),
         ("Worker's sleeve caught in a roller whose guard had been off for four months.", "", "", "W")],
        [("The Tokorangi Timber Processing mill near Te Kauwhata, where the conveyor accident happened in March 2025.", "", "", "W"),
         ("Photo / Sione Berridge", "", "", "B")],
        [("A Waikato sawmill has been fined $310,000 and ordered to pay $85,000 in reparation to a worker whose arm was crushed in a conveyor that had been left without a guard for four months.", "", "", "W")],
        [("Tokorangi Timber Processing Ltd was sentenced in the Hamilton District Court on Thursday after pleading guilty to a charge under the Health and Safety at Work Act 2015 of failing to ensure the health and safety of its workers.", "", "", "W"),
         ("The charge carries a maximum fine of $1.5 million.", "", "", "W")],
        [("According to the summary of facts, Rāwiri Whakarua, then 24, was clearing sawdust from under a conveyor at the company's mill near Te Kauwhata on 9 March 2025 when his sleeve caught in a roller.", "the summary of facts", "according to", "W"),
         ("The guard that should have covered the roller had been taken off about four months earlier so staff could clean the area more easily, and had not been put back, the summary said.", "the summary", "said", "W"),
         ("His arm was broken in three places, and he has since had four operations.", "", "", "W")],
        [("In a victim impact statement read to the court, Whakarua said he had not been able to return to work and had given up the house he was renting in Huntly.", "Rāwiri Whakarua", "said", ""),
         ("“I used to play league on a Saturday and lift my kids over my head,” he said.", "Rāwiri Whakarua", "said", ""),
         ("“Now I can't do up my own buttons some mornings.”", "Rāwiri Whakarua", "said", "")],
        [("A second worker, who has permanent name suppression, told WorkSafe investigators that two supervisors had known the guard was missing.", "A second worker", "told WorkSafe investigators", "W")],
        [("Advertisement", "", "", "B")],
        [("Defence lawyer Jonathan Cresswell told the court the company had since fitted interlocked guards to all 14 of its conveyors at a cost of about $220,000 and had hired a full-time health and safety manager.", "Jonathan Cresswell", "told the court", "W"),
         ("He said the company's two directors had visited Whakarua's family three times.", "Jonathan Cresswell", "said", "W"),
         ("Mr Cresswell argued that the company, which employs 38 people, could not pay a fine of more than $200,000 without laying staff off.", "Jonathan Cresswell", "argued", "")],
        [("Judge Aroha Te Whaiti said the risk was obvious and well known in the industry.", "Aroha Te Whaiti", "said", ""),
         ("“This was not a sophisticated hazard,” she said.", "Aroha Te Whaiti", "said", ""),
         ("“A roller with no guard on it will take an arm.", "Aroha Te Whaiti", "said", ""),
         ("Every sawmiller in this country knows that.”", "Aroha Te Whaiti", "said", "")],
        [("She set a starting point of $450,000 before discounts of 25 per cent for the guilty plea and 10 per cent for remedial steps and reparation.", "", "", "W"),
         ("She also ordered the company to pay WorkSafe's costs of $4,600.", "", "", "W")],
        [("WorkSafe area investigation manager Tessa Paraone said in a statement after the sentencing that missing guards remained one of the most common causes of serious harm in wood processing.", "Tessa Paraone", "said in a statement", "W"),
         ("“Guards come off for cleaning and maintenance and then they stay off,” she said.", "Tessa Paraone", "said", ""),
         ("“That is a choice, not an accident, and here it cost a young man his livelihood.”", "Tessa Paraone", "said", "")],
        [("WorkSafe figures show 212 serious injuries were notified in the wood-processing sector in the year to June 2025, 41 of them involving machinery without adequate guarding.", "WorkSafe figures", "show", "W")],
        [("In a statement, Tokorangi Timber's managing director, Graham Vercoe, said the company accepted the sentence and apologised to Whakarua and his whānau.", "Graham Vercoe", "said", ""),
         ("He said there would always be a job at the mill for Whakarua if he wanted one.", "Graham Vercoe", "said", "")],
        [("Outside court, Whakarua's mother, Huia Whakarua, said the family had hoped the fine would be closer to the maximum.", "Huia Whakarua", "said", ""),
         ("“It's not about the money,” she said.", "Huia Whakarua", "said", ""),
         ("“It's about the next boy who goes under that conveyor.”", "Huia Whakarua", "said", "")],
        [("Read more:", "", "", "B")],
        [("Forestry contractor convicted after tree-felling death near Taupō", "", "", "B")],
        [("Comments have been closed on this story for legal reasons.", "", "", "B")],
        [("Get The Waikato Wrap, our free weekday newsletter, in your inbox at 6am.", "", "", "B")],
        [("© 2026 Waipēra Media Limited", "", "", "B")],
    ],
    [  # 9. Indian English daily's city page in Maharashtra, a municipal corporation's general body passes its budget with a property tax rise after two adjournments and a walkout
        [("THE SAHYA STANDARD", "", "", "B")],
        [("e-Paper   |   Subscribe   |   Sign In", "", "", "B")],
        [("Home   India   Cities   Business   Sport   Opinion   Education   Videos   Photos", "", "", "B")],
        [("Cities › Shirvadi", "", "", "B")],
        [("SMC passes Rs. 4,286-crore budget with 8% property tax hike; Opposition walks out", "", "", "W")],
        [("Water supply to merged villages dominates nine-hour general body meeting", "", "", "W")],
        [("Special Correspondent", "", "", "B")],
        [("Shirvadi", "", "", "B")],
        [("February 27, 2026 11:04 pm IST   |   Updated February 28, 2026 12:41 am IST", "", "", "B")],
        [("Share   WhatsApp   Print", "", "", "B")],
        [("Opposition corporators protest in front of the Mayor's podium during the Shirvadi Municipal Corporation's general body meeting on Friday.", "", "", "")],
        [("The general body of the Shirvadi Municipal Corporation (SMC) on Friday passed a budget of Rs. 4,286 crore for 2026-27, including an 8% increase in property tax, after a nine-hour meeting that saw two adjournments and a walkout by the Opposition.", "", "", "W"),
         ("Of the corporation's 128 corporators, 71 voted for the budget.", "", "", "W")],
        [("Municipal Commissioner Dr. Abhijit Lele said the increase was the corporation's first since 2019 and would apply to residential and commercial properties but not to open plots.", "Abhijit Lele", "said", "W"),
         ("He estimated that it would bring in about Rs. 96 crore a year.", "Abhijit Lele", "estimated", ""),
         ("“Our bill for bulk water alone has gone up by Rs. 140 crore in four years,” Dr. Lele told the House.", "Abhijit Lele", "told the House", "W"),
         ("“We cannot run a city of 14 lakh people on 2019 rates.”", "Abhijit Lele", "told the House", "")],
        [("Mayor Sunanda Borawake, who chaired the meeting, adjourned it twice, at 1.40 p.m. and again at 4.15 p.m., after Opposition corporators gathered in front of her podium with placards.", "", "", "W")],
        [("Leader of the Opposition Rafiq Mujawar said the increase would fall hardest on the 23 villages merged into the SMC in 2021, most of which still did not get piped water every day.", "Rafiq Mujawar", "said", "W"),
         ("“You are asking people who buy water from tankers at Rs. 1,200 a trip to pay more tax for water they do not get,” he said.", "Rafiq Mujawar", "said", "W")],
        [("According to the SMC's own water audit for 2024-25, 11 of the 23 merged villages received piped water on fewer than three days a week.", "the SMC's own water audit for 2024-25", "according to", "W")],
        [("Dr. Lele told the House that work on a Rs. 612-crore water supply scheme for the merged villages had begun in January and that the first eight villages would be connected by December.", "Abhijit Lele", "told the House", "W")],
        [("Corporator Meenakshi Dhumal of Ward No. 17 (Umbarwadi) said residents of her ward had been promised the same scheme in the 2022 budget.", "Meenakshi Dhumal", "said", "W"),
         ("“Every year they show us the same drawings,” she said.", "Meenakshi Dhumal", "said", "")],
        [("Standing committee chairman Dattatray alias Nana Jagtap-More said the committee had cut Rs. 210 crore from the Commissioner's draft and added Rs. 74 crore for roads in the merged villages.", "Dattatray alias Nana Jagtap-More", "said", "W"),
         ("Mr. Jagtap-More said the property tax increase had been brought down from the 12% the Commissioner proposed.", "Dattatray alias Nana Jagtap-More", "said", "W")],
        [("The Opposition's 34 corporators walked out when the budget was put to vote.", "", "", "W"),
         ("None voted against it.", "", "", "W")],
        [("The House also approved Rs. 38 crore for 45 electric buses for the city's transport undertaking and Rs. 12.5 crore for repairs to six flyovers.", "", "", "W"),
         ("A proposal to rename Station Road after a freedom fighter from the city was deferred.", "", "", "W")],
        [("In a statement, the Shirvadi Jagruk Manch, a citizens' group that tracks civic spending, said only 41% of the SMC's capital budget for 2024-25 had been spent by March 31, 2025.", "the Shirvadi Jagruk Manch", "said", "W"),
         ("Its convener, Vasudha Thatte, said the figure for 2025-26 was likely to be lower still.", "Vasudha Thatte", "said", ""),
         ("“A budget is a promise,” she said.", "Vasudha Thatte", "said", ""),
         ("“The SMC keeps less than half of it.”", "Vasudha Thatte", "said", "W")],
        [("The meeting, which began at 11 a.m., ended at 8.10 p.m.", "", "", "W"),
         ("Police were posted outside the main hall throughout the day.", "", "", "W")],
        [("Also Read", "", "", "B")],
        [("Shirvadi's merged villages still wait for water, four years on", "", "", "B")],
        [("Standing committee trims Commissioner's draft budget by Rs. 210 crore", "", "", "B")],
        [("Related Topics: Shirvadi   local government   budget   water supply", "", "", "B")],
        [("Printable version   |   Feb 28, 2026 12:41:08 am   |   https://www.sahyastandard.in/cities/shirvadi/smc-budget-property-tax/article0228.ece", "", "", "B")],
        [("Copyright © 2026, THE SAHYA STANDARD", "", "", "B")],
    ],
    [  # 10. Malaysian business news portal's corporate results story, a Bursa-listed plantation group's quarterly profit rises on higher palm oil prices
        [("NiagaPost", "", "", "B")],
        [("FBM KLCI 1,642.18 +4.07   |   CPO (Feb) RM4,212 -18   |   USD/MYR 4.3125", "", "", "B")],
        [("Home   Corporate   Markets   Economy   Property   Tech   Personal Finance   Videos", "", "", "B")],
        [("Corporate", "", "", "B")],
        [("Gemilang Sawit's 3Q net profit rises 31% to RM148.6mil on higher CPO prices", "", "", "W")],
        [("November 26, 2026 · 7:48 PM", "", "", "B")],
        [("By Nurul Syafiqah Shahrizan", "", "", "B")],
        [("Share   Facebook   X   LinkedIn   Telegram   WhatsApp", "", "", "B")],
        [("KUALA LUMPUR: Gemilang Sawit Bhd's net profit for the third quarter ended Sept 30, 2026 rose 31% to RM148.6mil from RM113.4mil a year earlier, helped by higher crude palm oil (CPO) prices and a 6% increase in fresh fruit bunch (FFB) output.", "", "", "W")],
        [("Revenue for the quarter rose 14.2% to RM1.27bil from RM1.11bil, the group said in a filing with Bursa Malaysia on Thursday.", "the group", "said in a filing with Bursa Malaysia", "W"),
         ("Earnings per share were 18.4 sen, against 14.0 sen in 3Q25.", "", "", "W")],
        [("For the nine months to Sept 30, net profit was RM362.9mil (9M25: RM298.1mil) on revenue of RM3.58bil.", "", "", "W")],
        [("The board declared a second interim dividend of 6 sen a share, payable on Dec 30, with an entitlement date of Dec 14.", "", "", "W")],
        [("In a statement, group managing director Tan Sri Syukri Iskandar said the group sold its CPO at an average of RM4,318 a tonne in the quarter, up from RM3,890 a year earlier.", "Syukri Iskandar", "said", "W"),
         ("“The price has done most of the work this quarter, but our yields are finally recovering from the 2024 drought,” he said.", "Syukri Iskandar", "said", ""),
         ("“We replanted 4,100ha last year and we will replant another 4,500ha in 2027.”", "Syukri Iskandar", "said", "W")],
        [("Syukri said FFB yields on the group's Sabah estates averaged 5.9 tonnes a hectare in the quarter, compared with 5.2 tonnes in the second quarter.", "Syukri Iskandar", "said", "W")],
        [("Chief financial officer Kuan Siew Lan told an analysts' briefing that the group's net gearing had fallen to 0.21 times from 0.34 times at the end of 2025 after it repaid RM400mil of sukuk in July.", "Kuan Siew Lan", "told an analysts' briefing", "W"),
         ("Kuan said labour shortages had eased, with the group's foreign workforce back at 94% of requirements.", "Kuan Siew Lan", "said", "W"),
         ("She said production costs would stay at about RM2,150 a tonne for the full year.", "Kuan Siew Lan", "said", "")],
        [("According to the Malaysian Palm Oil Board, national CPO production rose 4.8% to 14.9 million tonnes in the first 10 months of the year.", "the Malaysian Palm Oil Board", "according to", "W")],
        [("Kenyalang Research said in a note that the results were above its expectations, with nine-month earnings making up 81% of its full-year forecast.", "Kenyalang Research", "said in a note", "W"),
         ("The research house raised its 2027 earnings forecast by 6% and its target price to RM6.40 from RM5.85.", "", "", "W"),
         ("It expects CPO prices to average RM4,100 a tonne next year.", "Kenyalang Research", "expects", "")],
        [("Not every analyst was convinced.", "", "", ""),
         ("An analyst at a local brokerage, who asked not to be named, said the group's Indonesian estates remained a drag, with output there down 3% yoy.", "An analyst at a local brokerage", "said", "W"),
         ("“They are getting the price, not the tonnes, in Kalimantan,” he said.", "An analyst at a local brokerage", "said", "")],
        [("Shares of Gemilang Sawit closed 12 sen higher at RM5.96 on Thursday, before the results were released, valuing the group at RM4.7bil.", "", "", "W")],
        [("Disclaimer: This article is for information only and does not constitute investment advice.", "", "", "B"),
         ("Readers should consult a licensed adviser before making any investment decision.", "", "", "B")],
        [("Related", "", "", "B")],
        [("Planters' 3Q results to show stronger CPO prices, say analysts", "", "", "B")],
        [("Get NiagaPost's Morning Bursa briefing on Telegram every weekday at 8.30am.", "", "", "B")],
        [("NiagaPost is published by Niaga Digital Media Sdn Bhd (201801027745).", "", "", "B"),
         ("© 2026.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 11. Bangladeshi English daily's country page, a cyclone crosses the Satkhira-Khulna coast overnight, with deaths, breached embankments and shelters
        [("The Deltaline Dispatch", "", "", "B")],
        [("Thursday, May 21, 2026   |   Jyoishtho 7, 1433 BS", "", "", "B")],
        [("Home   Bangladesh   Politics   Business   World   Sports   Opinion   Environment   Photos", "", "", "B")],
        [("Bangladesh", "", "", "B")],
        [("Cyclone Meghdut kills 9 as it crosses Satkhira-Khulna coast", "", "", "W")],
        [("Embankments breached in at least 14 places; over 6.2 lakh people spent the night in shelters", "", "", "W")],
        [("Staff Correspondent, Dhaka, and Our Correspondent, Satkhira", "", "", "B")],
        [("Published: 21 May 2026, 01:15 PM   |   Updated: 21 May 2026, 06:40 PM", "", "", "B")],
        [("Share   Facebook   X   Messenger   Email", "", "", "B")],
        [("Villagers carry belongings along a breached embankment at Nayanjuli in Satkhira's Shyamnagar upazila this morning.", "", "", ""),
         ("Photo: Sabbir Rony / The Deltaline Dispatch", "", "", "B")],
        [("Satkhira, May 21 — Cyclone Meghdut crossed the Satkhira-Khulna coast between 11:00pm on Wednesday and 3:00am today, killing at least nine people and breaching river embankments in at least 14 places.", "", "", "W")],
        [("The Bangladesh Meteorological Department (BMD) had hoisted great danger signal No. 10 for the Mongla port and nearby coastal districts on Wednesday afternoon.", "", "", "W"),
         ("By noon today the signal had been lowered to local cautionary signal No. 3.", "", "", "W")],
        [("BMD meteorologist Ashfaqur Hoque told The Deltaline Dispatch that the storm's wind speed near its centre reached 118 kilometres per hour as it made landfall, with gusts of up to 140 kph.", "Ashfaqur Hoque", "told The Deltaline Dispatch", "W"),
         ("He said the storm surge along the Shyamnagar coast was between 5 and 7 feet above the normal astronomical tide.", "Ashfaqur Hoque", "said", "W")],
        [("According to the Ministry of Disaster Management and Relief's control room, six of the dead were killed by falling trees, two drowned and one, a 70-year-old woman, died of a heart attack in a shelter in Koyra.", "the Ministry of Disaster Management and Relief's control room", "according to", "W"),
         ("The control room said 6,24,300 people had taken refuge in 3,118 cyclone shelters in 11 coastal districts by midnight.", "The control room", "said", "W")],
        [("Satkhira Deputy Commissioner (DC) Md Nazmul Khandaker said 2,140 houses in the district had been fully destroyed and about 9,000 partly damaged, according to an initial count.", "Md Nazmul Khandaker", "said", "W"),
         ("He said Tk 35 lakh in cash, 220 tonnes of rice and 4,000 packets of dry food had been allocated for the district.", "Md Nazmul Khandaker", "said", "W")],
        [("Shyamnagar Upazila Nirbahi Officer (UNO) Nusrat Lipi said the worst-hit area was Boroshimul union, where the Kholpetua river broke through the embankment at two points before dawn.", "Nusrat Lipi", "said", "W"),
         ("\"More than 30 villages are under water now,\" she said.", "Nusrat Lipi", "said", "W"),
         ("\"Drinking water is our biggest problem, because every pond is full of saline water.", "Nusrat Lipi", "said", "")],
        [("\"We have sent out 12 mobile water treatment plants, and we need at least 40.\"", "Nusrat Lipi", "said", "W")],
        [("Boroshimul Union Parishad chairman Abdul Matin Gharami said residents had warned the Bangladesh Water Development Board (BWDB) in March that the embankment at Nayanjuli was cracking.", "Abdul Matin Gharami", "said", "W"),
         ("\"They sent two trucks of sandbags,\" he said.", "Abdul Matin Gharami", "said", "W"),
         ("\"Two trucks, for four kilometres of embankment.\"", "Abdul Matin Gharami", "said", "")],
        [("The BWDB's executive engineer in Satkhira, Shahadat Ullah Bhuyan, said repair work on that stretch had been approved in April at a cost of Tk 8.6 crore but could not start before the monsoon.", "Shahadat Ullah Bhuyan", "said", "W"),
         ("The engineer said emergency repairs at the two breaches would begin as soon as the tide allowed.", "Shahadat Ullah Bhuyan", "said", "")],
        [("At Nayanjuli, Rahima Bewa, 46, stood knee-deep in the water where her kitchen had been.", "", "", ""),
         ("\"The water came in the dark, and we ran with the children and the goat,\" she said.", "Rahima Bewa", "said", ""),
         ("\"The house is gone, the rice is gone, the shrimp gher is gone.\"", "Rahima Bewa", "said", "")],
        [("Cyclone Preparedness Programme volunteer Mizanur Molla, 27, said his team of 24 volunteers had gone door to door with megaphones from 2:00pm on Wednesday.", "Mizanur Molla", "said", "W"),
         ("He said about 40 families in his ward had refused to leave their homes until the wind rose.", "Mizanur Molla", "said", "W")],
        [("The BMD said the storm had weakened into a deep depression over Jashore by this afternoon.", "The BMD", "said", "W"),
         ("It forecast heavy rain for the southwest and for Dhaka until Saturday.", "the Bangladesh Meteorological Department (BMD)", "forecast", "")],
        [("Related News", "", "", "B")],
        [("Shrimp farmers fear losses of Tk 300 crore as ghers flood", "", "", "B")],
        [("Mongla port suspends cargo handling for 26 hours", "", "", "B")],
        [("Editor: Dilruba Anjum Sanyal   |   Published by Rupsha House Media Ltd, Karwan Bazar, Dhaka", "", "", "B")],
        [("© 2026 The Deltaline Dispatch.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 12. South African news and opinion site's column, a writer argues that a municipality's 13.5 per cent electricity tariff rise punishes households that pay
        [("KLOOFSIDE TIMES", "", "", "B")],
        [("Independent.", "", "", "B"),
         ("Unafraid.", "", "", "B"),
         ("Reader-funded.", "", "", "B")],
        [("News   Politics   Business   Opinion   Climate   Sport   Podcasts   Newsletters", "", "", "B")],
        [("OPINION", "", "", "B")],
        [("Tshwenyego's new tariffs punish the people who pay", "", "", "")],
        [("If the municipality cannot collect what it is owed, why should the households that do pay carry the bill?", "", "", "")],
        [("By Nomvula Mashilo", "", "", "B")],
        [("Monday, 6 July 2026   ·   6 min read   ·   47 comments", "", "", "B")],
        [("Share   Facebook   X   WhatsApp   Email", "", "", "B")],
        [("Illustration: Lerato Maphutha", "", "", "B")],
        [("On the first of July, the price of a unit of prepaid electricity bought from the Tshwenyego Local Municipality went up by 13.5 per cent.", "", "", "W"),
         ("For a pensioner in Ga-Ramotse who buys R400 of electricity a month, that means about 50 fewer kilowatt-hours before the month runs out.", "", "", "W"),
         ("She will not be paying more for better service.", "", "", ""),
         ("She will be paying for her neighbours who do not pay at all.", "", "", "")],
        [("The National Energy Regulator of South Africa (NERSA) approved the increase in May, against the 12.7 per cent it allowed most municipalities.", "", "", "W"),
         ("Tshwenyego asked for more, and got it, because its bulk electricity account with Eskom is in arrears.", "", "", "W")],
        [("That debt stood at R1.9 billion at the end of March, according to the municipality's own quarterly report to council.", "the municipality's own quarterly report to council", "according to", "W"),
         ("The municipality's annual report for 2024-25 shows it lost 31 per cent of the electricity it bought to theft, faulty meters and customers it never billed.", "The municipality's annual report for 2024-25", "shows", "W")],
        [("Read that number again.", "", "", ""),
         ("Nearly one unit in three leaves the grid without anybody paying for it.", "", "", "W")],
        [("“No municipality can survive if a third of its product walks out the back door,” Mayor Tebogo Kgatle said in his budget speech in May.", "Tebogo Kgatle", "said in his budget speech", ""),
         ("“We are going after the illegal connections, street by street.”", "Tebogo Kgatle", "said in his budget speech", "")],
        [("He said the municipality had removed 2,300 illegal connections in the 2024-25 financial year.", "Tebogo Kgatle", "said", "W"),
         ("I asked how many of those had been reconnected within a month.", "", "", ""),
         ("A municipal spokesperson, Kgomotso Ramaphakela, did not respond to questions sent on June 24.", "Kgomotso Ramaphakela", "did not respond to questions", "")],
        [("“Nearly one unit in three leaves the grid without anybody paying for it.”", "", "", "B")],
        [("According to Stats SA, 38 per cent of households in Tshwenyego had no employed member in 2024.", "Stats SA", "according to", "W"),
         ("Many of the households that do pay are headed by pensioners on a grant of R2,315 a month.", "", "", "W"),
         ("For them, a tariff rise is not an abstraction.", "", "", "")],
        [("The auditor-general's report on the municipality for 2024-25, tabled in March, found that it had spent R46 million on a smart-meter project that was never finished.", "The auditor-general's report on the municipality for 2024-25", "found", "W")],
        [("That is the money that should have stopped the losses.", "", "", ""),
         ("Instead, the loss has become the price.", "", "", "")],
        [("Independent journalism costs money.", "", "", "B"),
         ("If you value reporting and argument like this, please consider becoming a Kloofside Times supporter.", "", "", "B"),
         ("It takes less than a minute.", "", "", "B")],
        [("Support us", "", "", "B")],
        [("Last week I stood in a queue at a spaza shop on Letsitele Street behind a woman buying R50 of electricity for a four-room house.", "", "", ""),
         ("She looked at the slip and laughed.", "", "", ""),
         ("“Every month it's less,” she said.", "a woman buying R50 of electricity for a four-room house", "said", "")],
        [("She is right, and she is paying for it twice.", "", "", "")],
        [("Nomvula Mashilo is a writer and former municipal finance official based in Limpopo.", "", "", "B")],
        [("The views expressed in this column are the writer's own and not necessarily those of Kloofside Times.", "", "", "B")],
        [("Write to us: letters@kloofsidetimes.co.za", "", "", "B")],
        [("More Opinion", "", "", "B")],
        [("Load-shedding is gone, but the grid is not fixed", "", "", "B")],
        [("© 2026 Kloofside Times NPC.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
]  # fmt: skip

HELDOUT_CASES = [
    ("h54-ie-cookie-block-buttons", "We value your privacy\nThe Irish Lantern and our 146 partners use cookies and similar technologies to store and read information on your device. Some are needed to make the site work; others help us understand how it is used and show you advertising that is relevant to you. You can change your mind at any time by clicking Privacy Settings at the bottom of any page.\nAccept all   Reject all   Show purposes",
     ["We value your privacy", "The Irish Lantern and our 146 partners use cookies and similar technologies to store and read information on your device.", "Some are needed to make the site work; others help us understand how it is used and show you advertising that is relevant to you.", "You can change your mind at any time by clicking Privacy Settings at the bottom of any page.", "Accept all   Reject all   Show purposes"]),
    ("h54-ie-paywall-question-sign-in", "Subscribe for €1.50 a week for your first 12 weeks. Then €4.50 a week. Cancel any time.\nAlready a subscriber? Sign in to read on.\nPádraig Garrahan, who runs a café with rooms on the Square, said the notice had cost him about €4,000 in bottled water, ice and lost trade.",
     ["Subscribe for €1.50 a week for your first 12 weeks.", "Then €4.50 a week.", "Cancel any time.", "Already a subscriber?", "Sign in to read on.", "Pádraig Garrahan, who runs a café with rooms on the Square, said the notice had cost him about €4,000 in bottled water, ice and lost trade."]),
    ("h54-ie-councillor-question-asked", "She said the upgrade had been listed for 2023 in the utility's own investment plan. “So why did it take a boil notice and a dozen sick people to get it done?” she asked.\nMs Tuffery said the upgrade had been held up by a planning objection and a shortage of contractors, and was brought forward once the notice was issued.",
     ["She said the upgrade had been listed for 2023 in the utility's own investment plan.", "“So why did it take a boil notice and a dozen sick people to get it done?” she asked.", "Ms Tuffery said the upgrade had been held up by a planning objection and a shortage of contractors, and was brought forward once the notice was issued."]),
    ("h54-wire-dateline-role-then-name", "JAKARTA, April 7 (Kalvex) - Indonesia's state food logistics agency Bulog will import 1.5 million metric tons of rice by the end of June to rebuild government reserves after a long dry spell cut the main harvest, its chief executive said on Tuesday.\nRahmat Wiranegara told reporters in Jakarta that government stocks had fallen to 1.1 million tons, the lowest since late 2022, and that the agency wanted to hold at least 2 million tons before the lean season begins in October.",
     ["JAKARTA, April 7 (Kalvex) - Indonesia's state food logistics agency Bulog will import 1.5 million metric tons of rice by the end of June to rebuild government reserves after a long dry spell cut the main harvest, its chief executive said on Tuesday.", "Rahmat Wiranegara told reporters in Jakarta that government stocks had fallen to 1.1 million tons, the lowest since late 2022, and that the agency wanted to hold at least 2 million tons before the lean season begins in October."]),
    ("h54-wire-caption-slash-credit", "A worker carries a sack of rice at a Bulog warehouse in Jakarta, Indonesia, January 14, 2026. KALVEX/Bagus Hermantyo/File Photo Purchase Licensing Rights",
     ["A worker carries a sack of rice at a Bulog warehouse in Jakarta, Indonesia, January 14, 2026.", "KALVEX/Bagus Hermantyo/File Photo", "Purchase Licensing Rights"]),
    ("h54-wire-read-next-am-copyright", "Read Next\nThailand cuts 2026 rice export forecast as dry season bites\nAsia Open, our morning briefing on the region's markets, is sent at 7 a.m. Singapore time. Sign up here.\n© 2026 Kalvex. All rights reserved.",
     ["Read Next", "Thailand cuts 2026 rice export forecast as dry season bites", "Asia Open, our morning briefing on the region's markets, is sent at 7 a.m. Singapore time.", "Sign up here.", "© 2026 Kalvex.", "All rights reserved."]),
    ("h54-us-main-st-inc-letter", "OTTENBROOK — Hallsted Drug, the only pharmacy in Ottenbrook and the last one in the northern half of Brechner County, will close April 10 after 94 years on Main St. Its owner, Prairieline Pharmacy Inc. of Eau Claire, said in a letter to customers that prescription files will be transferred to its store in Scheffelton, 31 miles south.\nThe letter, dated March 13, said the store had lost money for three straight years as payments from pharmacy benefit managers fell.",
     ["OTTENBROOK — Hallsted Drug, the only pharmacy in Ottenbrook and the last one in the northern half of Brechner County, will close April 10 after 94 years on Main St.", "Its owner, Prairieline Pharmacy Inc. of Eau Claire, said in a letter to customers that prescription files will be transferred to its store in Scheffelton, 31 miles south.", "The letter, dated March 13, said the store had lost money for three straight years as payments from pharmacy benefit managers fell."]),
    ("h54-us-quote-two-sentences", "“About a third of those are for people over 75,” he said. “A lot of them don't drive to Scheffelton in January. They don't drive to Scheffelton at all.”\nHe said he had been offered a job at the Scheffelton store but had not decided whether to take it.",
     ["“About a third of those are for people over 75,” he said.", "“A lot of them don't drive to Scheffelton in January.", "They don't drive to Scheffelton at all.”", "He said he had been offered a job at the Scheffelton store but had not decided whether to take it."]),
    ("h54-us-hours-am-pm-initial", "Hallsted Drug will be open 9 a.m. to 5 p.m. weekdays and 9 a.m. to noon Saturdays until it closes. Customers with questions about transfers can call the Scheffelton store at 715-555-0148.\nTrending Now\nOttenbrook girls fall to Dresslerville in sectional semifinal\nObituary: Harold J. Kuchenreuther, 88",
     ["Hallsted Drug will be open 9 a.m. to 5 p.m. weekdays and 9 a.m. to noon Saturdays until it closes.", "Customers with questions about transfers can call the Scheffelton store at 715-555-0148.", "Trending Now", "Ottenbrook girls fall to Dresslerville in sectional semifinal", "Obituary: Harold J. Kuchenreuther, 88"]),
    ("h54-us-po-box-footer", "3 comments\nThe Kettle Prairie Register, P.O. Box 227, Ottenbrook, WI 54489\n208 N. Main St., Ottenbrook, WI   Phone: 715-555-0100\n© Copyright 2026 The Kettle Prairie Register",
     ["3 comments", "The Kettle Prairie Register, P.O. Box 227, Ottenbrook, WI 54489", "208 N. Main St., Ottenbrook, WI   Phone: 715-555-0100", "© Copyright 2026 The Kettle Prairie Register"]),
    ("h54-uk-told-the-echo-confirmed", "“We've been playing well and losing, so today we played badly and won,” he told the Echo. “I'll take that every week. Ike's been patient, he's trained like a madman and he's got his reward.”\nGilliland confirmed that defender Luca Ledgard would miss at least six weeks with a hamstring injury picked up in training on Thursday.",
     ["“We've been playing well and losing, so today we played badly and won,” he told the Echo.", "“I'll take that every week.", "Ike's been patient, he's trained like a madman and he's got his reward.”", "Gilliland confirmed that defender Luca Ledgard would miss at least six weeks with a hamstring injury picked up in training on Thursday."]),
    ("h54-uk-question-in-quote", "“Mark gets fouled there, 100 per cent,” said Throssell. “The referee's given us nothing all day and then he gives us nothing again. What do you want me to say?”\nThrossell said he would not be complaining to the EFL because “it never changes anything”.",
     ["“Mark gets fouled there, 100 per cent,” said Throssell.", "“The referee's given us nothing all day and then he gives us nothing again.", "What do you want me to say?”", "Throssell said he would not be complaining to the EFL because “it never changes anything”."]),
    ("h54-uk-lineups-referee-attendance", "Booked: Tatchell, Twelvetrees.\nCORRINGATE ROVERS (3-5-2): Scrivens; Iveson, Vann, Hornsby; Gawthorpe, Capstick, Blackledge, Hargreaves (Swindlehurst 75), Butterfield; Crossland, Belcastro.\nBooked: Vann, Blackledge.\nReferee: Anthony Holdsworth (Lancs).\nAttendance: 4,112 (312 away).\nEcho star man: Ike Ezenwachi.",
     ["Booked: Tatchell, Twelvetrees.", "CORRINGATE ROVERS (3-5-2): Scrivens; Iveson, Vann, Hornsby; Gawthorpe, Capstick, Blackledge, Hargreaves (Swindlehurst 75), Butterfield; Crossland, Belcastro.", "Booked: Vann, Blackledge.", "Referee: Anthony Holdsworth (Lancs).", "Attendance: 4,112 (312 away).", "Echo star man: Ike Ezenwachi."]),
    ("h54-ca-dr-named-after-quote", "“Lakes in this part of Ontario are naturally very low in salt, so the fish and plankton in them have never had to deal with it,” said lead author Dr. Hélène Beaudouin, a freshwater ecologist at Kilmory University. “What we're seeing is a chemical change happening within one human generation.”\nBeaudouin said the lakes with the highest levels were all within 500 metres of a provincial highway or a four-lane municipal road. She said that in 14 of the lakes, numbers of Daphnia, a water flea that young fish feed on, had fallen by more than half since the early 1990s.",
     ["“Lakes in this part of Ontario are naturally very low in salt, so the fish and plankton in them have never had to deal with it,” said lead author Dr. Hélène Beaudouin, a freshwater ecologist at Kilmory University.", "“What we're seeing is a chemical change happening within one human generation.”", "Beaudouin said the lakes with the highest levels were all within 500 metres of a provincial highway or a four-lane municipal road.", "She said that in 14 of the lakes, numbers of Daphnia, a water flea that young fish feed on, had fallen by more than half since the early 1990s."]),
    ("h54-ca-st-aubin-expert", "Owen Tervamaki, a limnologist at St. Aubin College in Ottawa who was not involved in the study, said the findings matched what he had measured in lakes in eastern Ontario. But he cautioned that the study could not tell how much of the salt came from highways and how much from driveways and parking lots. “Private contractors clearing parking lots are the Wild West,” he said. “Nobody measures what they put down.”",
     ["Owen Tervamaki, a limnologist at St. Aubin College in Ottawa who was not involved in the study, said the findings matched what he had measured in lakes in eastern Ontario.", "But he cautioned that the study could not tell how much of the salt came from highways and how much from driveways and parking lots.", "“Private contractors clearing parking lots are the Wild West,” he said.", "“Nobody measures what they put down.”"]),
    ("h54-ca-correction-et-al-funding", "Correction: An earlier version of this article said all 214 lakes were sampled in 1990. In fact, 131 of them were.\nSource: H. Beaudouin et al., “Thirty-four years of rising chloride in Ontario Shield lakes,” Limnetic Letters 11, no. 1 (2026).\nThe Maple Ledger's environment reporting is supported in part by the Wetherup Family Foundation. The foundation has no say over what we cover.",
     ["Correction: An earlier version of this article said all 214 lakes were sampled in 1990.", "In fact, 131 of them were.", "Source: H. Beaudouin et al., “Thirty-four years of rising chloride in Ontario Shield lakes,” Limnetic Letters 11, no. 1 (2026).", "The Maple Ledger's environment reporting is supported in part by the Wetherup Family Foundation.", "The foundation has no say over what we cover."]),
    ("h54-au-timestamps-entries", "5.38pm\nThat's where we'll leave our live coverage for today.\n— Ellie Kwok\n4.52pm\nRatings agency keeps NSW at AA+\nAuriga Ratings has kept the state's credit rating at AA+ with a stable outlook.",
     ["5.38pm", "That's where we'll leave our live coverage for today.", "— Ellie Kwok", "4.52pm", "Ratings agency keeps NSW at AA+", "Auriga Ratings has kept the state's credit rating at AA+ with a stable outlook."]),
    ("h54-au-budget-paper-no-3", "“It's a budget built on hope,” Ms Mastroianni says. “They've put the overrun on page 147 of Budget Paper No. 3 and hoped nobody would get that far.”\nWe checked: the figure is on page 147, and it is $24.9 billion. The Treasurer's office says the increase reflects two extra stations added to the line in 2025.",
     ["“It's a budget built on hope,” Ms Mastroianni says.", "“They've put the overrun on page 147 of Budget Paper No. 3 and hoped nobody would get that far.”", "We checked: the figure is on page 147, and it is $24.9 billion.", "The Treasurer's office says the increase reflects two extra stations added to the line in 2025."]),
    ("h54-au-quote-over-paragraphs", "“We could have cut services to make the numbers look better this year,” he says. “We didn't, and I'm not going to apologise for that.\n“Every dollar of that deficit is a nurse, a teacher or a train that is still running.”",
     ["“We could have cut services to make the numbers look better this year,” he says.", "“We didn't, and I'm not going to apologise for that.", "“Every dollar of that deficit is a nurse, a teacher or a train that is still running.”"]),
    ("h54-ng-prof-intro-prefix", "The Chief Medical Director of the Federal Medical Centre, Idoro, Prof. Kehinde Aderibigbe, speaks to OLUWASEUN OJELADE about the doctors leaving the hospital, unpaid allowances and a cancer centre that has been under construction since 2019.\nHERALD-COURIER: How many doctors has the centre lost in the last two years?\nPROF. KEHINDE ADERIBIGBE: We lost 63 resident doctors in 2025 alone, and another 27 between January and June this year. Most of them went to the United Kingdom, a few to Saudi Arabia and Canada.",
     ["The Chief Medical Director of the Federal Medical Centre, Idoro, Prof. Kehinde Aderibigbe, speaks to OLUWASEUN OJELADE about the doctors leaving the hospital, unpaid allowances and a cancer centre that has been under construction since 2019.", "HERALD-COURIER: How many doctors has the centre lost in the last two years?", "PROF. KEHINDE ADERIBIGBE: We lost 63 resident doctors in 2025 alone, and another 27 between January and June this year.", "Most of them went to the United Kingdom, a few to Saudi Arabia and Canada."]),
    ("h54-ng-source-question-answer", "HERALD-COURIER: The resident doctors' association in your hospital says 40 per cent of its members have left since 2023. Is that correct?\nADERIBIGBE: It is close. We had 214 resident doctors in January 2023 and we have 131 now, so it is about 39 per cent.",
     ["HERALD-COURIER: The resident doctors' association in your hospital says 40 per cent of its members have left since 2023.", "Is that correct?", "ADERIBIGBE: It is close.", "We had 214 resident doctors in January 2023 and we have 131 now, so it is about 39 per cent."]),
    ("h54-nz-date-quick-read", "Thursday 12 November 2026, 5.47pm\nShare   Email   Facebook   X   Copy link\nQuick Read\nTokorangi Timber Processing fined $310,000 and ordered to pay $85,000 reparation. Worker's sleeve caught in a roller whose guard had been off for four months.",
     ["Thursday 12 November 2026, 5.47pm", "Share   Email   Facebook   X   Copy link", "Quick Read", "Tokorangi Timber Processing fined $310,000 and ordered to pay $85,000 reparation.", "Worker's sleeve caught in a roller whose guard had been off for four months."]),
    ("h54-nz-judge-quote-three", "Judge Aroha Te Whaiti said the risk was obvious and well known in the industry. “This was not a sophisticated hazard,” she said. “A roller with no guard on it will take an arm. Every sawmiller in this country knows that.”",
     ["Judge Aroha Te Whaiti said the risk was obvious and well known in the industry.", "“This was not a sophisticated hazard,” she said.", "“A roller with no guard on it will take an arm.", "Every sawmiller in this country knows that.”"]),
    ("h54-in-dr-rs-crore-quote", "Municipal Commissioner Dr. Abhijit Lele said the increase was the corporation's first since 2019 and would apply to residential and commercial properties but not to open plots. He estimated that it would bring in about Rs. 96 crore a year. “Our bill for bulk water alone has gone up by Rs. 140 crore in four years,” Dr. Lele told the House. “We cannot run a city of 14 lakh people on 2019 rates.”",
     ["Municipal Commissioner Dr. Abhijit Lele said the increase was the corporation's first since 2019 and would apply to residential and commercial properties but not to open plots.", "He estimated that it would bring in about Rs. 96 crore a year.", "“Our bill for bulk water alone has gone up by Rs. 140 crore in four years,” Dr. Lele told the House.", "“We cannot run a city of 14 lakh people on 2019 rates.”"]),
    ("h54-in-ward-no-alias", "Corporator Meenakshi Dhumal of Ward No. 17 (Umbarwadi) said residents of her ward had been promised the same scheme in the 2022 budget. “Every year they show us the same drawings,” she said.\nStanding committee chairman Dattatray alias Nana Jagtap-More said the committee had cut Rs. 210 crore from the Commissioner's draft and added Rs. 74 crore for roads in the merged villages. Mr. Jagtap-More said the property tax increase had been brought down from the 12% the Commissioner proposed.",
     ["Corporator Meenakshi Dhumal of Ward No. 17 (Umbarwadi) said residents of her ward had been promised the same scheme in the 2022 budget.", "“Every year they show us the same drawings,” she said.", "Standing committee chairman Dattatray alias Nana Jagtap-More said the committee had cut Rs. 210 crore from the Commissioner's draft and added Rs. 74 crore for roads in the merged villages.", "Mr. Jagtap-More said the property tax increase had been brought down from the 12% the Commissioner proposed."]),
    ("h54-in-pm-end-police", "The meeting, which began at 11 a.m., ended at 8.10 p.m. Police were posted outside the main hall throughout the day.\nAlso Read",
     ["The meeting, which began at 11 a.m., ended at 8.10 p.m.", "Police were posted outside the main hall throughout the day.", "Also Read"]),
    ("h54-my-sen-3q25-dividend", "Revenue for the quarter rose 14.2% to RM1.27bil from RM1.11bil, the group said in a filing with Bursa Malaysia on Thursday. Earnings per share were 18.4 sen, against 14.0 sen in 3Q25.\nFor the nine months to Sept 30, net profit was RM362.9mil (9M25: RM298.1mil) on revenue of RM3.58bil.\nThe board declared a second interim dividend of 6 sen a share, payable on Dec 30, with an entitlement date of Dec 14.",
     ["Revenue for the quarter rose 14.2% to RM1.27bil from RM1.11bil, the group said in a filing with Bursa Malaysia on Thursday.", "Earnings per share were 18.4 sen, against 14.0 sen in 3Q25.", "For the nine months to Sept 30, net profit was RM362.9mil (9M25: RM298.1mil) on revenue of RM3.58bil.", "The board declared a second interim dividend of 6 sen a share, payable on Dec 30, with an entitlement date of Dec 14."]),
    ("h54-my-sdn-bhd-footer", "Related\nPlanters' 3Q results to show stronger CPO prices, say analysts\nGet NiagaPost's Morning Bursa briefing on Telegram every weekday at 8.30am.\nNiagaPost is published by Niaga Digital Media Sdn Bhd (201801027745). © 2026. All rights reserved.",
     ["Related", "Planters' 3Q results to show stronger CPO prices, say analysts", "Get NiagaPost's Morning Bursa briefing on Telegram every weekday at 8.30am.", "NiagaPost is published by Niaga Digital Media Sdn Bhd (201801027745).", "© 2026.", "All rights reserved."]),
    ("h54-bd-signal-no-10", "The Bangladesh Meteorological Department (BMD) had hoisted great danger signal No. 10 for the Mongla port and nearby coastal districts on Wednesday afternoon. By noon today the signal had been lowered to local cautionary signal No. 3.\nBMD meteorologist Ashfaqur Hoque told The Deltaline Dispatch that the storm's wind speed near its centre reached 118 kilometres per hour as it made landfall, with gusts of up to 140 kph.",
     ["The Bangladesh Meteorological Department (BMD) had hoisted great danger signal No. 10 for the Mongla port and nearby coastal districts on Wednesday afternoon.", "By noon today the signal had been lowered to local cautionary signal No. 3.", "BMD meteorologist Ashfaqur Hoque told The Deltaline Dispatch that the storm's wind speed near its centre reached 118 kilometres per hour as it made landfall, with gusts of up to 140 kph."]),
    ("h54-za-tagline-fragments", "KLOOFSIDE TIMES\nIndependent. Unafraid. Reader-funded.\nNews   Politics   Business   Opinion   Climate   Sport   Podcasts   Newsletters\nOPINION",
     ["KLOOFSIDE TIMES", "Independent.", "Unafraid.", "Reader-funded.", "News   Politics   Business   Opinion   Climate   Sport   Podcasts   Newsletters", "OPINION"]),
]  # fmt: skip
