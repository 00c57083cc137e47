"""Seventy-sixth set of new hand-labelled pages for the hint engines (tuning set, round thirty-three): twelve pages of everyday news from twelve countries where CHECK-WORTHINESS and SPEAKERS are hard together: officials' statements of record, first-person ones among them ("We have hired 40 nurses ..."), figures and dates in the same quotes as opinions and feelings, scene-setting, questions, intentions, promises and threats, hedged claims, reports and data "according to", pronoun chains across paragraphs, two voices of the same gender in turn, spokespeople, roles before and after names, quotes over several paragraphs, a Q&A block and a live-blog block, with light furniture at the head and the tail.

Written from scratch for issue 13 in round thirty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/`, no README and no benchmark was read, `claimreview` was never imported, and no test, scorer,
engine or `pytest` was run (the brief's folder also held a review note and a scoring script; neither
was opened). The format and the conventions were read from the module docstrings of
`labelled_new.py` and `labelled_new2.py` (printed whole with `ast.get_docstring`), the module
docstrings of `labelled_new73.py` and `labelled_new74.py` (printed with `sed`, the first in two
parts because the terminal cut the first listing in the middle, the second cut to 600 characters a
line), the `STYLES` of `labelled_new74.py` and the last lines of those of `labelled_new73.py` (the
rest fell in the cut part of the listing), the first two pages of both and their split cases (those
of `labelled_new74.py` cut to 400 characters a line), `build` in `labelled_articles.py` (a `grep -n
"def build" -A15` listing) and the `[tool.ruff]` tables of `pyproject.toml` (a `sed` listing). No
other page, case or docstring of any file under `tests/` was read. What was run: `ls tests/text`
(file names only), `grep -n` for the line numbers of `STYLES`, `ARTICLES`, `CASES` and the page
brackets in the two recent files, two read-only `git status --short` runs (the first printed nothing; the last listed three files
under `claimreview/` as modified by someone else, names only, none of them opened, and the four new
set files as untracked), an `ls -la`
of the file names matching `labelled_new7*` and `labelled_heldout5*` (names and sizes only), a
Python one-liner printing the calendar of 2026 to check weekdays; scripts of my own in /tmp that turn
a small line format into the literals below, cut the split cases out of the pages and count
sentences and flags; an import of this file with `build` on every page; a checking script of my own
(four fields, flags, a cue for every speaker and a speaker for every cue, no speaker on furniture,
the sentence count, every split case occurring in a built page and joining back to its text);
whole-word case-insensitive searches over `tests/` of every coined surname, town, estate, street,
school, company and outlet name of these pages and of every candidate replacement, printing file
counts only (`grep -rilw ... | wc -l`); three `grep -rliw` runs that listed only the names of the
files holding three coined names that hit (to see whether the many single hits sat in one file; they
did not; no line was printed); a Python script of my own that listed the capitalised words of these
pages and speakers, whose whole-word counts over `tests/` (this file left out) were then printed;
and `ruff format` / `ruff check` on this file. The files the other writers are drafting at the same
time were never opened; `labelled_new75.py` appeared while this set was being checked, and a
count-only pass then found that one coined Dutch surname that had had no hit before hit once; it was
renamed (the replacement has no hit). The last count-only pass ran when all four new files
(`labelled_new75.py`, `labelled_new76.py`, `labelled_heldout51.py` and `labelled_heldout52.py`)
existed, covered every file under `tests/`, and found none of this set's coined names elsewhere.

Every person, town, village, estate, street, wynd, crescent, square, ward, school, hospital,
community, dam, market, company, association, union branch, forum, group, outlet and number is
invented (a first draft hit about sixty invented surnames, towns, schools and outlets of other files
under `tests/`, and many of the replacements tried next hit too; only names with no hit
were used). Real countries, regions, big cities and public bodies appear only as settings, with
invented figures: Scotland, the Highlands, Inverness, Fort William, NHS Highland, Public Health
Scotland, the Royal College of Nursing in Scotland, the health secretary, and Kerala, the
Philippines and Manila as the nurses' homes; Kenya, Nakuru County, the county assembly and the
Kenya Meteorological Department; the Philippines, Pampanga, Central Luzon, Metro Manila, the
Department of Agriculture (DA), the National Food Authority and the Philippine Statistics Authority
(PSA); South Africa, the Eastern Cape, its transport and education departments, the provincial
legislature and the national learner transport policy; Ghana, the Western North Region, Accra,
the Ghana Cocoa Board (COCOBOD), Parliament and the Minister for Food and Agriculture; Jamaica, St
Elizabeth, the Transport Authority, the transport ministry and the Cockpit Country (in the outlet's
name); Pakistan, Lahore, Punjab, its food department, the Pakistan Bureau of Statistics and Anarkali
(in the outlet's name); the United States; Canada, Manitoba, Manitoba Transportation and
Infrastructure and Environment Canada; the Netherlands, North Brabant, Eindhoven, NS, the
Fietsersbond and the infrastructure ministry; India, Kerala, Kollam, the State Health Minister's
office and the Vembanad (in the outlet's name); Malaysia, Penang, George Town, Seberang Perai (in a
related headline), the federal government, the Chief Minister's office, the Malaysian
Meteorological Department (MetMalaysia), the Department of Irrigation and Drainage (DID) and the
Penang Island City Council (MBPP). Facebook, X, WhatsApp, Telegram and LinkedIn appear only as
channels. No surname, town, street, school, outlet or company of any file under `tests/` is reused
(given names, titles, real settings and common words such as "Courier", "Star", "Daily",
"Tribune", "Gazette", "Observer", "Sentinel", "Beacon", "Chronicle", "Mail", "Wynd", "Pen",
"Crescent" and "Taman" recur).

Each page is a page as a new user pastes it after selecting all in a browser, so every furniture
line (masthead, strapline, account or date strip, menu, section label or crumb, LIVE label, byline,
date or updated line, share strip, caption credit, Q&A introduction, entry time stamps and entry
bylines, newsletter, channel, supporter and tip lines, related lists, tags, comment lines, bio,
company and registration lines, footer) is a paragraph of its own and "B", worded in that site's
own way. The furniture is light; the weight is on the story sentences, where check-worthiness and
the speaker have to be judged together. On every page officials speak on the record, often in the
first person, and their quotes mix a figure or a date of record with a feeling, an opinion or a
pledge; residents, shoppers, drivers, parents and patients speak about their own lives; two people
of the same gender speak in turn on every page (women on pages 1, 2, 5, 6, 8, 10 and 11, men on
pages 3, 4, 7, 9 and 12), with pronouns that run across paragraphs and past other people named in
between; roles stand before names ("County Executive Committee Member for Water", "Provincial Food
Minister", "Mobility alderman", "Coun.", "Datuk", "Ir.", "Dr.") and after them ("..., the DA's regional
executive director for Central Luzon, said"); spokespeople are named, unnamed or kept as written;
reports, figures, records, sensor data, a forecast, a plan, a policy, a study and a list speak
through "according to", "suggest(s)", "show(s)" and "expects"; page 2 holds a Q&A block ("Q:" /
"A:") and page 8 is a live page with entries newest first. `STYLES` names the site, the story and
the stresses of each page, in order.

Structure and labelling conventions: exactly those of `labelled_new.py` (see its docstring), built
with `labelled_articles.build`: each page is a list of paragraphs (a pasted page's lines); each
paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". The points
settled in `labelled_new2.py`, `labelled_new73.py` and `labelled_new74.py` (and, as their
docstrings state them, in earlier sets) hold too: furniture "B" line by line; captions by content
and credits "B"; standfirsts labelled like headlines, never split at a semicolon, a verb of saying
in them carrying the source as the body names it or the person through whom the body gives it;
titles, ranks, honorifics and roles dropped from speakers; a pronoun, a later surname or a role
resolved to the full name as first given; organisations, documents and data kept as written,
"according to X" -> X whole, "It" for an organisation resolved to its name as first given with a
lower-case article, initials written as the subject kept as written, a later generic noun ("The
health board", "the company", "the agency", "The spokesperson") kept as written; a quote over
several sentences or paragraphs carrying its speaker and cue, a question inside it too; "declined
to comment" and "did not respond" labelled like speech with flags ""; a named person acting or
described, with no verb of saying, carries no speaker; plans, votes, decisions, rules and figures of
record "W"; forecasts, estimates, hopes, pledges, opinions, feelings, scene, private circumstances,
questions and advice ""; a figure of record inside a quote or an opinion "W"; Q&A answers carry the
interviewee with the prefix as the cue and questions no speaker unless they cite a source; live-page
time stamps and entry bylines "B", entry headlines labelled like headlines.

Conventions this set had to settle, in the same spirit:

* First person on the record. An official's "We have hired 40 nurses ...", "We have spent Sh38
  million ...", "We have sent inspectors ...", "We have released 16,000 tonnes ...", "I have written
  to the district office three times ..." and "We have done the design, ... the contractor is
  appointed" are statements of record ("W") with the official as speaker; in the same quotes "I won't
  pretend ...", "Nobody in this town will go without drinking water." and "What we cannot do is dig
  the drain in the rain." are "". A quote that states a rule ("can be fined up to $40,000", "Nobody
  who parks here for a working day will pay a cent") is "W".
* Plans against promises. An arranged action or decision of an official or a body with its date or
  its details ("is due to present a workforce report ... on January 27", "would start on March 17",
  "would begin inspecting shops on Monday", "would add two bus routes in the fall", "would be
  published on the department's website on Monday", "Council will vote ... at its March 5 meeting")
  is "W"; a promise, intention, threat or hope ("would be paid by the end of February", "would table
  a motion", "will be sealed", "would lose their wheat quota", "would go to court", "would raise the
  matter", "would announce ... before the end of May") is "". A standfirst that gives an arranged
  start ("interim operators start on Monday") is "W".
* Hedged claims. A hedged claim about the past that rests on a document or data ("A draft of the
  report ... suggests", "Figures from the authority suggest", "The hospital's records suggest", "may
  have reduced ..., according to a 2025 study") is "W" with the document as speaker; a hedged claim
  about the future or an estimate ("The DA estimates", "the district estimates", "Industry analysts
  estimate ... may have been smuggled", "Thiessen estimated", "Nephrologists estimate", "The circuit
  office believes", "Residents believe", "Consumer groups fear", "The council's impact assessment
  expects", "has forecast", "is forecasting") is "" with its speaker and cue as written.
* Questions and refusals. "she asked" after a quoted question and "Wrzesniak asked whether ..." take
  the cue "asked" (""); "She would not say what the recommendation was." is labelled like "declined
  to comment" (cue "would not say"); "declined to comment and referred questions to ..." takes
  "declined to comment"; "did not respond to questions sent on Friday" takes "did not respond to
  questions". The paper's own questions ("Will the fixed price hold ...?", "And if March is as snowy
  as January?", "Will the drain be ready ...?") have no speaker, and the sentence after them carries
  whoever it names.
* Roles for named people and unnamed ones. "The department's spokesperson said", after the
  spokesperson has been named, resolves to him; "The 52-year-old farmer said" resolves to the man
  first named only in a possessive in the scene before ("Yaw Akyeampong's house"); a different,
  unnamed spokesperson ("The provincial education department's spokesperson") is kept as written,
  and "The spokesperson said" after "A spokesperson for the Royal College of Nursing in Scotland" is
  kept as written. "A purchasing clerk in Abodwesoso, who asked not to be named because ..., said"
  drops the clause and "he said" resolves to the description.
* Names. "Datuk", "Ir.", "Dr.", "Mr.", "Mr", "Mrs", "Ms", "Madam", "Coun." and roles are dropped;
  initials that open a name stay ("K.P. Vellayudhan", "S. Thilagavathy"); the Dutch "van" stays in
  lower case ("Joost van Reenen") also when a sentence opens "Van Reenen said"; a Chinese name keeps
  its order ("Heah Kok Wai", "Heah said"); a Malay name is resolved from the first given name as the
  paper uses it ("Syahrul said" -> "Syahrul Ikram Tarmizi"); Kenyan and Pakistani three-part names
  are given in full and "Ms Mbaabu", "Ms Opiyo", "Mr Sialvi" and "Mr Kahlon" resolve to them; a
  customer who gives only a first name is that name ("Shafqat").
* Q&A. The line that introduces the interview and the edited-for-length line are "B", so the
  interviewee is first named in furniture and every answer carries him with the cue "A:"; "Q: The
  residents' association says ..." carries the association under its full name as first given
  ("the Kabiroti Residents' Association", cue "says") and its "Is that true?" has none.
* Live page. "LIVE", the "Last updated ..." line, "Follow our live updates below.", the time stamps
  ("10:06 p.m.", a sentence on its own line), the "— Name" entry bylines, the reporter's
  self-introduction and "Back to top ↑" are "B"; the summary below the headline is labelled by
  content; entry headlines are labelled like headlines ("‘This is the hardest vote I've taken,’ says
  board president" and "..., superintendent says" carry the people the entries name, cue "says").
* Acts of bodies. "MetMalaysia has issued a yellow alert ..." and "The Punjab government on Friday
  fixed ..." are acts of record without a verb of saying ("W", no speaker), like a named person
  acting.
* Cues as written: "has confirmed", "has said", "told the Courier", "told AhenfieOnline", "told
  council", "told the board", "told reporters", "told a press conference", "said in a statement",
  "said in a separate statement", "said in a Facebook post", "said in a post on X", "A:", "asked",
  "would not say", "declined to comment", "did not respond to questions", "says", "suggests",
  "suggest", "show", "shows", "estimates", "estimate", "estimated", "believes", "believe", "fear",
  "expects", "has forecast" and "is forecasting".

Splits. "6.00am", "Registered in Scotland No. SC204871.", "£4.1m in 2024-25.", "7am on Tuesday.",
"Kipng'eno", "Sh38 million", "STA. BRIGIDA CITY, Pampanga —", "Sta. Brigida", "₱47.80", "7 a.m. to 3
p.m. from", "14:05", "9km", "R186 million", "GH¢6.5 million", "2025/26", "Mrs Adjoa", "Mar 19, 2026 ·
10:41", "12:09 AM", "$7,800", "LAHORE:", "08:14am", "Rs1,850,", "0800-55210,", "10:06 p.m. EST Feb.
17, 2026", "Feb. 20, 2026 4:12 p.m.", "Coun. Dale", "Jan. 14 and 15,", "Feb. 12, he said.", "8.30am",
"€1.25", "Dr. Beena", "7 a.m. to 7 p.m. and", "e-mail", "K.P. Vellayudhan", "Mr. Vellayudhan", "6:22 pm
IST", "Datuk Syahrul", "Ir. Norhayati", "5.30pm and", "S. Thilagavathy, 44," and "Sdn Bhd
(198701004412)" never split a sentence; nor does a quoted question before its attribution ("“Who is
going to pay me $360 more for my yam?” she asked.", "“Where are you going to put the kids from
Vetterly?” she asked."). "Ltd 2026." before "Registered", "Inc." before "All Rights Reserved.",
"Ltd." before "All rights reserved.", "Sta. Brigida." at the end of a line, a time stamp alone on a
line, "Got a story?" before "Email" / "Send", "Is that true?" after a "Q:" sentence, "“Here I need
two.”" after "she said.", "“Dem say we greedy." before "Come", "“Then we act surprised in
February." at the end of a line whose quote runs on, and "Why should we believe July?”" end one;
"Q:" and "A:" open their sentences and never stand alone.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space) and written
the same way as in `labelled_new73.py` and `labelled_new74.py`: what a reviewer wants, not what the
engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Scottish regional daily's site in the Highlands, a community hospital ward shut for 17 months reopens after the health board hires 40 nurses (masthead, menu, crumb, headline with a figure, semicolon standfirst carrying the director of nursing through says, byline with role, date line with 6.00am, share strip, caption and Picture: credit, the health board has confirmed and The health board said kept as written, Its director of nursing told the Courier, a first-person statement of record with figures beside a feeling in the same quote, a pronoun past two countries, an unsourced fact, a spokesperson for the board, a new nurse whose contract is of record and whose feelings are not, the MSP and the director as two women speaking in turn through surnames and she said, a figure of record inside an opinion, according to Public Health Scotland figures, an unnamed union spokesperson then The spokesperson said, scene, a relative's private account and her question inside a quote, a chief executive named in a meeting of record without speech, A draft of the report suggests, a tip line, related headline and a registration line with No.)",
    "Kenyan national daily's counties page, a town goes on twice-weekly piped water as a dam falls to 31 per cent, with a short Q&A with the water company's managing director (masthead in capitals, menu with pipes, section label, headline, semicolon standfirst carrying the water company through says, byline in capitals, date line, share strip with middle dots, caption and IMAGE: credit, the company has said and In a notice to customers, the company said, according to the county's water department, an Its sentence without a speaker, a county executive and a residents' chairperson as two women speaking in turn through Ms and surnames, first-person spending of record beside a pledge, according to several residents, a Q&A introduced by two furniture lines, Q: and A: lines, a question citing the residents' association through says, forecasts and hopes in the answers, the meteorological department has forecast, an MCA's intention, also-read, tags and copyright)",
    "Philippine national daily's regions page, the Department of Agriculture opens a ₱29-a-kilo rice stall in a provincial public market and the vendors object (masthead in capitals, menu, section label, headline with ₱ and Sta., byline, date line with a pipe and PM, share strip, a capitals dateline with STA. and a role after the name, he said at the end of a sentence of record, according to the city's price monitoring sheet and the PSA, arithmetic without a speaker, a vendors' president and the regional director as two men speaking in turn through surnames and he said, a question inside a quote, a market administrator, a shopper acting and then speaking of her own household, The DA estimates and according to the agency, Asked how long, a provincial manager's stock of record and his forecast, The DA said in a separate statement with a.m. and p.m., a retailer's price cut and his hope, an ordinance of record ending in Sta. Brigida., newsletter, read-next and Inc. before All Rights Reserved.)",
    "South African regional news site in the Eastern Cape, about 1,400 learners stranded as a scholar transport contract lapses (masthead, menu, section label in capitals, headline, standfirst carrying the department's spokesperson through says with an arranged start, byline, date line with a 24-hour time, share line, caption and Image: credit, according to a circuit office, a department spokesperson and a governing body chairperson as two men speaking in turn through surnames and he said, an apology and an opinion in the same quote, a quote over two paragraphs with a past delay of record, budget figures, a published list as an arranged action and invoices as a promise, according to a committee report, a mother's private costs and her question, a principal's act of record and her opinion, The circuit office believes, according to the national policy, an unnamed taxi owner with a clause dropped, The department's spokesperson resolved to the named man, the department's list of appointments shows, an unnamed education spokesperson who did not respond, a WhatsApp line, related articles and (Pty) Ltd)",
    "Ghanaian news portal's regional page, cocoa farmers in a district wait six weeks to be paid for beans sold in February (brand, menu, section label, headline, byline with a pipe and a place, date line with a middle dot, share icons, according to the farmers' association and The association says, Its chairperson told AhenfieOnline, a claim of record and a feeling in the same quote, a quote over two paragraphs, a buying company's district manager with Mrs dropped, Madam and Mrs with surnames as two women speaking in turn, a threat, COCOBOD said in a statement and It said resolved to the full name, a district officer who declined to comment and referred questions, a producer price without a speaker, according to COCOBOD's annual report, an unnamed clerk with a clause dropped, a farmer named only in a possessive in the scene and then The 52-year-old farmer said, his wife's private account, Industry analysts estimate with may have, an MP's intention and a figure of record, a tip line in two sentences, tags and footer)",
    "Jamaican daily's site, route taxi operators in St Elizabeth raise a fare without approval and the regulator and the operators' association trade figures (masthead, menu, section label, headline with $, standfirst carrying the authority's manager through says, byline with a slash, published line with pipes and AM, share strip, an unsourced act of record, a manager named after her role, a rule with a fine and a first-person act inside her quote, an association president, the two women speaking in turn through surnames and she said, She would not say, tickets of record and a rule, scene, Several commuters said, a vendor's private cost and a quoted question with she asked, a driver's private costs and a patois quote over two sentences, a ministry statement with a promise and It said, an opposition spokesman said in a post on X, Figures from the authority suggest, according to the authority, police at a station, a WhatsApp line, related stories and Ltd. before All rights reserved.)",
    "Pakistani English daily's Lahore page, the Punjab government fixes the price of a 20kg bag of flour and the millers say they cannot sell at it (masthead, date strip with the Hijri date, menu, section label, headline with Rs, Our Staff Reporter, updated line with am, share strip, LAHORE: dateline with an act of record, a notification without a speaker, a minister who told a press conference with first-person figures and a threat in one quote, a millers' chairman and the minister as two men speaking in turn through Mr and surnames and he said, a pronoun opening a paragraph, The food department's figures show, threats and announcements as pledges, a named spokesperson with a rule and a complaint line, last year's order of record, according to the PBS, Consumer groups fear and Wholesale traders said as forecasts, a growers' president with prices of record and an opinion, a shopkeeper acting without speech and then speaking, a customer who gives only his first name, the paper's question and the minister's forecast, a published-in line and comments closed)",
    "US local daily's live page, a school board votes 5-2 to close two elementary schools, entries newest first (masthead, account strip, crumb in capitals, LIVE label, headline with a vote, last-updated line with p.m. EST and Feb., a summary sentence of record and a follow line, share strip, time stamps with p.m. alone on their lines, entry headlines labelled like headlines, a vote and the members who voted no without a speaker, according to the plan the board approved, dash entry bylines, a headline quote carrying the board president through says board president, a vote of record and a job cut inside her quote beside a pledge, a headline with superintendent says, the superintendent and the president as two women in turn with asked whether, a policy requirement, public comment figures, a parent who told the board with a quoted question and she asked, a union president's condition and a contract cap, according to the treasurer's forecast and state enrollment data, the district estimates, the reporter's self-introduction, scene, back-to-top, newsletter and copyright)",
    "Canadian community weekly's site in Manitoba, a small city spends its whole snow-clearing budget by mid-February (masthead, menu, section label in capitals, headline, standfirst carrying the public works director through says, byline, published and last-updated line with Feb. and p.m., share line, a director named after his role who told council, he said after a sentence with Jan. and Feb., first-person compliance of record and an opinion in his quotes, Coun. dropped, a councillor and the director as two men speaking in turn through surnames and he said, counts of record, an estimate with estimated, a second councillor's intention and opinion, the mayor's quote over two paragraphs with six years of record, Environment Canada is forecasting, the paper's question, a resident acting and then speaking of his dialysis, a policy without a speaker, according to a report presented to council, a provincial spokesperson, a vote date of record, a bio in two sentences, report-an-error and Inc. before All rights reserved.)",
    "Dutch English-language news site, a city in North Brabant starts charging cyclists who leave bikes in the station garage more than a day (brand, strapline, menu, section label, headline with a figure, date line, share strip, a council vote without a speaker, according to the plan adopted by the council, a mobility alderman with van kept in lower case and Van Reenen at the start of a sentence, first-person counts of record, according to the city's own sensor data, a cyclists' union branch kept as written with its chairwoman, a councillor and the chairwoman as two women speaking in turn through surnames and she said, a survey of record, a motion as an intention, a rule restated in a quote, a revenue forecast, The council's impact assessment expects, a rail spokesperson with the description after the name dropped, according to NS figures, a hedged study finding with may have, scene, a student's private habits, a review of record, a supporter box in two sentences, read-more, tags and copyright)",
    "Indian English daily's Kerala page, dialysis patients wait on a list at a taluk hospital whose unit runs two shifts for want of technicians (masthead in capitals, e-paper strip, menu, section label in capitals, headline opening with a figure, Special Correspondent, a place and updated line with pm IST, share line, according to hospital records, Dr. dropped, a superintendent and a district medical officer as two women speaking in turn through Dr. with surnames and she said, a.m. and p.m. inside a sentence, first-person letters of record, an e-mail date of record and a conditional forecast, a committee chairman with his role before his name, a patients' secretary with initials whose quote runs over two paragraphs, Mr. with initials resolved, an unnamed nephrologist, The hospital's records suggest, a patient acting and then speaking of her own costs, the minister's office said in a statement and It said, Nephrologists estimate, published line, comments, related topics and copyright)",
    "Malaysian English daily's metro page in Penang, a housing estate floods for the third time this year and the state exco and the assemblyman trade claims about pumps (masthead in capitals, menu, crumb, headline, semicolon standfirst carrying the exco through says, byline, date line with PM, share strip, GEORGE TOWN: dateline with rainfall of record, according to MetMalaysia, Datuk dropped, a first-person statement of record told to reporters beside an opinion, a Chinese name with the surname first, the exco and the assemblyman as two men speaking in turn through the Malay given name, the Chinese surname and he said, a petition of record and an intention, a DID director with Ir. dropped in a statement, a resident with an initial named after her quote over two paragraphs with a past promise of record among her feelings and a question, a neighbour's private costs, the city council said in a Facebook post and It said with an aid payment of record, Residents believe, a study of record, the paper's question, a contract term, an alert as an act of record, related stories, app line and Sdn Bhd with a registration number)",
]

ARTICLES = [
    [  # 1. Scottish regional daily's site in the Highlands, a community hospital ward shut for 17 months reopens after the health board hires 40 nurses
        [("The Strathvane Courier", "", "", "B")],
        [("Home   News   Sport   Farming   What's On   Notices   Puzzles   Subscribe", "", "", "B")],
        [("News › Health", "", "", "B")],
        [("Kinlachan hospital ward to reopen after health board hires 40 nurses", "", "", "W")],
        [("Director of nursing says staffing gap that shut 12 beds in August 2024 has been closed; MSP wants a winter guarantee", "Fiona Dallachy", "says", "W")],
        [("By Morag Elphinstane, Health Correspondent", "", "", "B")],
        [("Tuesday 13 January 2026, 6.00am", "", "", "B")],
        [("Share   Email   Facebook   X   WhatsApp", "", "", "B")],
        [("Painters at work in one of the side rooms of Ward 2 at Kinlachan Community Hospital on Monday.", "", "", ""),
         ("Picture: Euan Ferriebank", "", "", "B")],
        [("A 12-bed ward at Kinlachan Community Hospital that has been closed since August 2024 will reopen to patients on Monday, February 2, NHS Highland has confirmed.", "NHS Highland", "has confirmed", "W"),
         ("The health board said the closure, one of 19 temporary bed closures across its community hospitals last year, had been caused by a shortage of registered nurses.", "The health board", "said", "W")],
        [("Its director of nursing, Fiona Dallachy, told the Courier that every nursing post on the ward had now been filled after an 18-month recruitment drive.", "Fiona Dallachy", "told the Courier", "W"),
         ("“We have hired 40 nurses across the north since last January, 26 of them from overseas, and 14 of them are going to Kinlachan,” she said.", "Fiona Dallachy", "said", "W"),
         ("“I won't pretend it has been easy, and I won't pretend I'm not proud of them.”", "Fiona Dallachy", "said", "")],
        [("She said 11 of the nurses coming to the ward had trained in Kerala or the Philippines and had arrived in Scotland between May and November.", "Fiona Dallachy", "said", "W"),
         ("Nine of them are living in flats on the town's Cairnmurtle Wynd that the board leased after a care home on the street closed.", "", "", "W"),
         ("A spokesperson for NHS Highland said the board had spent £310,000 on leasing and refurbishing the flats.", "A spokesperson for NHS Highland", "said", "W")],
        [("Maricel Baluyut, who worked for nine years in an intensive care unit in Manila before moving to Kinlachan in October, said she had signed a three-year contract with the board.", "Maricel Baluyut", "said", "W"),
         ("“In Manila I never needed a coat,” she said.", "Maricel Baluyut", "said", ""),
         ("“Here I need two.”", "Maricel Baluyut", "said", ""),
         ("She said she had not expected the snow.", "Maricel Baluyut", "said", "")],
        [("Since the ward closed, patients from Kinlachan and the glens around it who needed a bed for rehabilitation or end-of-life care have been sent to hospitals in Inverness and Fort William, up to 70 miles away.", "", "", "W")],
        [("The local MSP, Catriona Brodwick, welcomed the news but said she wanted a written guarantee from the board that the ward would stay open through the winter.", "Catriona Brodwick", "said", ""),
         ("“Families here have heard the word temporary before,” she said.", "Catriona Brodwick", "said", ""),
         ("“The last time this ward reopened, in 2019, it closed again within five months.”", "Catriona Brodwick", "said", "W")],
        [("Dallachy said she could not give that guarantee.", "Fiona Dallachy", "said", ""),
         ("She said the board would close beds again only if there were not enough staff on a shift to keep patients safe.", "Fiona Dallachy", "said", ""),
         ("Brodwick said those were the same words the board had used in 2019.", "Catriona Brodwick", "said", "W"),
         ("She said she had written to the health secretary on Friday to ask for a meeting with families in the town.", "Catriona Brodwick", "said", "W"),
         ("Dallachy said the difference this time was that the ward would not depend on agency nurses, whose cost to the board had risen to £4.1m in 2024-25.", "Fiona Dallachy", "said", "W")],
        [("Delayed discharges across the board's area, counting patients who are well enough to leave hospital but have nowhere safe to go, rose from 143 in January last year to 171 in November, according to Public Health Scotland figures.", "Public Health Scotland figures", "according to", "W")],
        [("A spokesperson for the Royal College of Nursing in Scotland said the reopening was “welcome news for Kinlachan” but would do nothing for a shortage of district nurses in the same glens.", "A spokesperson for the Royal College of Nursing in Scotland", "said", ""),
         ("The spokesperson said eight of the 31 district nursing posts in the area were vacant in December.", "The spokesperson", "said", "W")],
        [("On Monday, painters were finishing the last of the ward's six side rooms while a delivery driver wheeled new mattresses, still in their plastic, down the corridor.", "", "", "")],
        [("Elspeth Gorrinoch, 67, whose husband spent six weeks in a hospital in Fort William after a stroke last spring, said she had driven more than 140 miles a day to visit him.", "Elspeth Gorrinoch", "said", ""),
         ("“Some days I sat in the car park and cried before I could go in,” she said.", "Elspeth Gorrinoch", "said", ""),
         ("“And will it still be open when it's my turn?”", "Elspeth Gorrinoch", "said", "")],
        [("The board's chief executive, Alasdair Gartmorn, is due to present a workforce report to the board's meeting in Inverness on January 27.", "", "", "W"),
         ("A draft of the report, seen by the Courier, suggests vacancy rates for community hospital nurses fell below 5 per cent in December for the first time since 2019.", "A draft of the report", "suggests", "W")],
        [("Got a story?", "", "", "B"),
         ("Email news@strathvanecourier.co.uk or message us on WhatsApp.", "", "", "B")],
        [("More from the Courier", "", "", "B")],
        [("Glen road closures to last three weeks as bridge repairs begin", "", "", "B")],
        [("© Strathvane Courier Ltd 2026.", "", "", "B"),
         ("Registered in Scotland No. SC204871.", "", "", "B")],
    ],
    [  # 2. Kenyan national daily's counties page, a town goes on twice-weekly piped water as a dam falls to 31 per cent, with a short Q&A with the water company's managing director
        [("THE LAKELANDS STAR", "", "", "B")],
        [("Home | News | Counties | Business | Sports | Opinion | Video | ePaper", "", "", "B")],
        [("Counties", "", "", "B")],
        [("Kabiroti residents to get piped water twice a week as Sotuyo Dam level drops", "", "", "W")],
        [("Water firm says dam is at 31 per cent of capacity; residents' association threatens court action", "the Kabiroti Water and Sanitation Company (Kawasco)", "says", "W")],
        [("By JOSEPHINE GACHOKI", "", "", "B")],
        [("Wednesday, March 11, 2026", "", "", "B")],
        [("Share this: Facebook · X · WhatsApp · Telegram", "", "", "B")],
        [("Residents queue to buy water at a kiosk on Mwamba Road, Kabiroti, on Tuesday.", "", "", ""),
         ("IMAGE: SAMUEL KINOTI", "", "", "B")],
        [("Residents of Kabiroti town in Nakuru County will receive piped water only on Tuesdays and Saturdays from next week after the level of Sotuyo Dam fell to 31 per cent of its capacity, the Kabiroti Water and Sanitation Company (Kawasco) has said.", "the Kabiroti Water and Sanitation Company (Kawasco)", "has said", "W"),
         ("In a notice to customers on Tuesday, the company said the new schedule would start on March 17 and stay in force until the long rains raise the dam's level.", "the company", "said", "W")],
        [("The dam supplies about 86,000 people in Kabiroti and four neighbouring wards, according to the county's water department.", "the county's water department", "according to", "W"),
         ("Its level has dropped by 14 percentage points since December, when the short rains ended early.", "", "", "W")],
        [("County Executive Committee Member for Water Grace Nkatha Mbaabu said the county had drilled six boreholes since January and would truck water to schools and to the Kabiroti sub-county hospital.", "Grace Nkatha Mbaabu", "said", "W"),
         ("“We have spent Sh38 million on emergency boreholes this financial year alone,” she said.", "Grace Nkatha Mbaabu", "said", "W"),
         ("“Nobody in this town will go without drinking water.”", "Grace Nkatha Mbaabu", "said", "")],
        [("But the chairperson of the Kabiroti Residents' Association, Mercy Aluoch Opiyo, said four of the six boreholes were in wards outside the town and none had been connected to the main pipeline.", "Mercy Aluoch Opiyo", "said", "W"),
         ("She said the association would go to court if the company did not publish the dam's daily readings within a week.", "Mercy Aluoch Opiyo", "said", ""),
         ("Ms Mbaabu said the readings were already published on the company's website.", "Grace Nkatha Mbaabu", "said", "W"),
         ("Ms Opiyo said they had not been updated since February 20.", "Mercy Aluoch Opiyo", "said", "W"),
         ("“We are not asking for miracles,” she said.", "Mercy Aluoch Opiyo", "said", ""),
         ("“We are asking to be told how much water is left.”", "Mercy Aluoch Opiyo", "said", "")],
        [("At a water kiosk on Mwamba Road, a line of yellow jerrycans stretched past three shops by 7am on Tuesday.", "", "", ""),
         ("Vendors with handcarts were selling 20-litre jerrycans at Sh50, up from Sh20 in January, according to several residents.", "several residents", "according to", "W")],
        [("The Star spoke to Kawasco's managing director, Peter Kipng'eno Koech, on Tuesday afternoon.", "", "", "B"),
         ("The interview has been edited for length and clarity.", "", "", "B")],
        [("Q: Why has it taken until March to ration water?", "", "", "")],
        [("A: We have been rationing in the upper zones since January.", "Peter Kipng'eno Koech", "A:", "W"),
         ("What changes on March 17 is that the whole town goes on one schedule.", "Peter Kipng'eno Koech", "A:", "W")],
        [("Q: The residents' association says four of the new boreholes are outside the town.", "the Kabiroti Residents' Association", "says", "W"),
         ("Is that true?", "", "", "")],
        [("A: It is, because those wards had no piped water at all.", "Peter Kipng'eno Koech", "A:", "W"),
         ("We are connecting two of the boreholes to the town's main line this month at a cost of about Sh9 million.", "Peter Kipng'eno Koech", "A:", "W")],
        [("Q: Will customers pay less while supply is rationed?", "", "", "")],
        [("A: Customers pay for what the meter reads, so a household that gets less water pays less.", "Peter Kipng'eno Koech", "A:", "W"),
         ("The standing charge of Sh200 a month stays.", "Peter Kipng'eno Koech", "A:", "W")],
        [("Q: When will rationing end?", "", "", "")],
        [("A: When the long rains come.", "Peter Kipng'eno Koech", "A:", ""),
         ("If they come in April as forecast, we hope to be back to daily supply by mid-May.", "Peter Kipng'eno Koech", "A:", "")],
        [("The Kenya Meteorological Department has forecast near-normal long rains for the region from the second week of April.", "The Kenya Meteorological Department", "has forecast", "")],
        [("Kabiroti East MCA Daniel Kaberia Muriungi said he would table a motion in the county assembly next Tuesday asking the county executive to account for the Sh38 million.", "Daniel Kaberia Muriungi", "said", ""),
         ("“Boreholes that do not reach the taps of the people paying for them are not a solution,” he said.", "Daniel Kaberia Muriungi", "said", "")],
        [("ALSO READ: Potato farmers count losses as dry spell hits Kabiroti highlands", "", "", "B")],
        [("Tags: Water rationing   Kabiroti   Nakuru County   Kawasco", "", "", "B")],
        [("© 2026 The Lakelands Star.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 3. Philippine national daily's regions page, the Department of Agriculture opens a ₱29-a-kilo rice stall in a provincial public market and the vendors object
        [("BAGWIS DAILY", "", "", "B")],
        [("Nation   Metro   Regions   Business   Sports   Entertainment   Opinion", "", "", "B")],
        [("REGIONS", "", "", "B")],
        [("DA to sell ₱29 rice at Sta. Brigida public market starting March 2", "", "", "W")],
        [("By Ramil Lingat", "", "", "B")],
        [("February 24, 2026 | 5:32 PM", "", "", "B")],
        [("Share   Post   Copy link", "", "", "B")],
        [("STA. BRIGIDA CITY, Pampanga — The Department of Agriculture (DA) will open a stall selling well-milled rice at ₱29 a kilo at the Sta. Brigida public market on March 2, Rodolfo Dayrit, the DA's regional executive director for Central Luzon, said on Tuesday.", "Rodolfo Dayrit", "said", "W"),
         ("The stall will sell up to 10 kilos a week per buyer to senior citizens, persons with disabilities, solo parents and households in the government's conditional cash-transfer program, he said.", "Rodolfo Dayrit", "said", "W")],
        [("Regular milled rice was selling at ₱48 to ₱56 a kilo in the market on Tuesday, according to the city's price monitoring sheet.", "the city's price monitoring sheet", "according to", "W"),
         ("That is about ₱6 more than a year ago.", "", "", "W"),
         ("Nationwide, regular milled rice averaged ₱47.80 a kilo in the first half of February, according to the Philippine Statistics Authority (PSA).", "the Philippine Statistics Authority (PSA)", "according to", "W")],
        [("Bienvenido Lansangan, president of the Sta. Brigida Public Market Vendors' Association, said the market's 212 rice retailers had not been consulted.", "Bienvenido Lansangan", "said", "W"),
         ("“We are not against cheap rice for the poor,” he said.", "Bienvenido Lansangan", "said", ""),
         ("“But if the DA sells at ₱29 next to a stall that paid ₱42 a kilo for the same rice, who will buy from us?”", "Bienvenido Lansangan", "said", "")],
        [("Dayrit said the DA stall would be at the market's east entrance, away from the rice section.", "Rodolfo Dayrit", "said", "W"),
         ("He said the rice came from the National Food Authority's buffer stock, which was bought from local farmers at ₱23 a kilo of palay.", "Rodolfo Dayrit", "said", "W"),
         ("Lansangan said retailers' margins were already below ₱3 a kilo.", "Bienvenido Lansangan", "said", "W"),
         ("He said the association would ask the city council on Monday to move the stall outside the market.", "Bienvenido Lansangan", "said", ""),
         ("Dayrit said the DA was open to that.", "Rodolfo Dayrit", "said", "")],
        [("City market administrator Liezl Mesina said the city had not received any request from the vendors as of Tuesday afternoon.", "Liezl Mesina", "said", "W"),
         ("She said stall rental in the market was ₱180 a day and the DA would pay the same rate as everyone else.", "Liezl Mesina", "said", "W")],
        [("At a stall near the fish section, Teresita Ducusin, 59, bought two kilos of rice for ₱104 and counted her change twice.", "", "", ""),
         ("“I buy two kilos every two days for five people,” she said.", "Teresita Ducusin", "said", ""),
         ("“At ₱29, I could buy for the whole week.”", "Teresita Ducusin", "said", ""),
         ("She said she had not been told whether her family qualified.", "Teresita Ducusin", "said", "")],
        [("The DA estimates that the Sta. Brigida stall could serve about 3,500 households a month.", "The DA", "estimates", ""),
         ("Similar stalls opened in 14 public markets in Metro Manila last year, according to the agency.", "the agency", "according to", "W")],
        [("Asked how long the ₱29 price would last, Dayrit said it depended on the buffer stock.", "Rodolfo Dayrit", "said", ""),
         ("“We will sell it for as long as the warehouse has it,” he said.", "Rodolfo Dayrit", "said", "")],
        [("The National Food Authority's provincial manager, Arnel Gopez, said the agency had 48,000 bags of rice in its two Pampanga warehouses as of Monday.", "Arnel Gopez", "said", "W"),
         ("He said that would be enough to supply the stall for at least six months at the DA's expected sales.", "Arnel Gopez", "said", ""),
         ("The DA said in a separate statement that the ₱29 rice would be sold from 7 a.m. to 3 p.m. from Monday to Saturday.", "The DA", "said in a separate statement", "W")],
        [("Another rice retailer, Edgardo Nacpil, 47, said he had already cut his price by ₱2 a kilo to keep his regular customers.", "Edgardo Nacpil", "said", "W"),
         ("“My suki will not leave me for ₱29 rice,” he said.", "Edgardo Nacpil", "said", ""),
         ("“I hope.”", "Edgardo Nacpil", "said", "")],
        [("Under a city ordinance passed in 2019, stalls inside the public market can be leased only to residents of Sta. Brigida.", "", "", "W"),
         ("Mesina said the ordinance did not cover national government agencies.", "Liezl Mesina", "said", "W")],
        [("Get Bagwis Daily's top stories in your inbox every morning.   Sign up", "", "", "B")],
        [("READ NEXT", "", "", "B")],
        [("Pampanga onion farmers ask for cold storage before harvest", "", "", "B")],
        [("Copyright © 2026 Bagwis Daily Publishing, Inc.", "", "", "B"),
         ("All Rights Reserved.", "", "", "B")],
    ],
    [  # 4. South African regional news site in the Eastern Cape, about 1,400 learners stranded as a scholar transport contract lapses
        [("The Amanzana Tribune", "", "", "B")],
        [("News   Politics   Business   Sport   Lifestyle   Opinion   Video", "", "", "B")],
        [("EASTERN CAPE", "", "", "B")],
        [("About 1,400 learners stranded as scholar transport contract lapses", "", "", "W")],
        [("Department says interim operators start on Monday, but parents say they have heard that before", "Unathi Mgudlwa", "says", "W")],
        [("Lwazi Qamata", "", "", "B")],
        [("07 February 2026 - 14:05", "", "", "B")],
        [("Share this article", "", "", "B")],
        [("Learners from villages around Ngqanda walk to school along a gravel road last week.", "", "", ""),
         ("Image: LWAZI QAMATA", "", "", "B")],
        [("About 1,400 learners from 23 villages around Ngqanda have not been able to get to school since schools reopened on January 28, because the contract for their scholar transport was not renewed, according to the Ngqanda circuit office of the provincial education department.", "the Ngqanda circuit office of the provincial education department", "according to", "W")],
        [("Eastern Cape transport department spokesperson Unathi Mgudlwa said the previous three-year contract ended on December 31 and that a new tender had been held up by an objection from an unsuccessful bidder.", "Unathi Mgudlwa", "said", "W"),
         ("He said the department had appointed 11 interim operators on Friday and that they would start on Monday.", "Unathi Mgudlwa", "said", "W"),
         ("“We apologise to parents,” he said.", "Unathi Mgudlwa", "said", ""),
         ("“The delay was not of our making, but the learners are our responsibility.”", "Unathi Mgudlwa", "said", "")],
        [("The chairperson of the school governing body at Ngqanda Senior Secondary School, Luthando Sityebi, said only 310 of the school's 870 learners had attended classes last week.", "Luthando Sityebi", "said", "W"),
         ("He said some learners were walking up to 9km each way on a gravel road with no pavement.", "Luthando Sityebi", "said", "W"),
         ("“Our grade 12s are losing the most important term of their lives,” he said.", "Luthando Sityebi", "said", "")],
        [("“In 2024 the same thing happened, and the department told us it would be sorted out in a week,” Sityebi said.", "Luthando Sityebi", "said", "W"),
         ("“It took five weeks.", "Luthando Sityebi", "said", "W")],
        [("“Now they tell us Monday.", "Luthando Sityebi", "said", ""),
         ("We will believe it when we see the taxis at the gate.”", "Luthando Sityebi", "said", "")],
        [("Mgudlwa said the 2024 delay had a different cause, unpaid invoices, which had since been settled.", "Unathi Mgudlwa", "said", "W"),
         ("He said the department had budgeted R186 million for scholar transport this financial year, up from R151 million last year.", "Unathi Mgudlwa", "said", "W"),
         ("He said the names of the interim operators would be published on the department's website on Monday.", "Unathi Mgudlwa", "said", "W"),
         ("Sityebi said he would be waiting at the school gate at 6am on Monday.", "Luthando Sityebi", "said", ""),
         ("He said the governing body would take the matter to the provincial legislature's education committee if the taxis did not arrive.", "Luthando Sityebi", "said", "")],
        [("One in six scholar transport routes in the province started at least two weeks late in one or more school terms in 2024, according to a report by the provincial legislature's transport portfolio committee.", "a report by the provincial legislature's transport portfolio committee", "according to", "W")],
        [("Nomvuyo Matshaya, whose twin daughters are in grade 10, said she had been paying a taxi driver R600 a week since the term started to take them and two neighbours' children to school.", "Nomvuyo Matshaya", "said", ""),
         ("“That is my grocery money,” she said.", "Nomvuyo Matshaya", "said", ""),
         ("“What happens to the children whose mothers don't have R600?”", "Nomvuyo Matshaya", "said", "")],
        [("The school's principal, Nosipho Mnyaka, said teachers had been sending worksheets home with learners who could not attend.", "Nosipho Mnyaka", "said", "W"),
         ("“A worksheet is not a teacher,” she said.", "Nosipho Mnyaka", "said", "")],
        [("The circuit office believes about 200 learners may have moved to schools in town to be closer to transport.", "The circuit office", "believes", "")],
        [("Learners who live more than 5km from the nearest school qualify for free transport, according to the national learner transport policy.", "the national learner transport policy", "according to", "W")],
        [("A taxi owner in Ngqanda, who asked not to be named because he has bid for the new contract, said operators on the old contract had not been paid for November and December.", "A taxi owner in Ngqanda", "said", "W"),
         ("The department's spokesperson said all invoices received by December 15 had been paid.", "Unathi Mgudlwa", "said", "W"),
         ("He said invoices submitted later would be paid by the end of February.", "Unathi Mgudlwa", "said", ""),
         ("The 11 interim operators will use 34 vehicles, the department's list of appointments shows.", "the department's list of appointments", "shows", "W"),
         ("The provincial education department's spokesperson did not respond to questions sent on Friday.", "The provincial education department's spokesperson", "did not respond to questions", "")],
        [("Get the Amanzana Tribune on WhatsApp: tap here to join our channel", "", "", "B")],
        [("RELATED ARTICLES", "", "", "B")],
        [("Ngqanda clinic gets its first full-time doctor in four years", "", "", "B")],
        [("© 2026 Amanzana Tribune (Pty) Ltd", "", "", "B")],
    ],
    [  # 5. Ghanaian news portal's regional page, cocoa farmers in a district wait six weeks to be paid for beans sold in February
        [("AhenfieOnline", "", "", "B")],
        [("Home   News   Politics   Business   Regional   Sports   Entertainment   Features", "", "", "B")],
        [("Regional News", "", "", "B")],
        [("Bodiase cocoa farmers wait six weeks to be paid for February beans", "", "", "W")],
        [("Kwame Tweneboah | Bodiase", "", "", "B")],
        [("Mar 19, 2026 · 10:41", "", "", "B")],
        [("f   X   in   WhatsApp", "", "", "B")],
        [("More than 600 cocoa farmers in the Bodiase district of the Western North Region are still waiting to be paid for beans they sold in February, according to the Bodiase District Cocoa Farmers' Association.", "the Bodiase District Cocoa Farmers' Association", "according to", "W"),
         ("The association says the unpaid beans amount to about 1,900 bags, worth more than GH¢6.5 million at the current producer price.", "The association", "says", "W")],
        [("Its chairperson, Akosua Antwiwaa, told AhenfieOnline on Wednesday that purchasing clerks had been giving farmers paper receipts instead of cash since the second week of February.", "Akosua Antwiwaa", "told AhenfieOnline", "W"),
         ("“A receipt cannot pay school fees,” she said.", "Akosua Antwiwaa", "said", ""),
         ("“Some of our members have started selling their beans to smugglers who pay cash at the farm gate.", "Akosua Antwiwaa", "said", "W")],
        [("“We have been patient.", "Akosua Antwiwaa", "said", ""),
         ("But patience does not buy fertiliser.”", "Akosua Antwiwaa", "said", "")],
        [("The district manager of Abrewaso Cocoa Buying Company, Mrs Adjoa Kyeremeh, said her company had paid for all the beans it bought up to February 10.", "Adjoa Kyeremeh", "said", "W"),
         ("She said the company was waiting for funds from the Ghana Cocoa Board (COCOBOD) to pay for the rest.", "Adjoa Kyeremeh", "said", "W"),
         ("“We are buying on trust, the same way the farmers are selling on trust,” she said.", "Adjoa Kyeremeh", "said", ""),
         ("She said her company had bought 4,300 bags in the district this season.", "Adjoa Kyeremeh", "said", "W")],
        [("Madam Antwiwaa said the association had written to COCOBOD's district office on March 2 and had not received a reply.", "Akosua Antwiwaa", "said", "W"),
         ("She said at least 40 farmers had sold beans to smugglers in the past month.", "Akosua Antwiwaa", "said", "W"),
         ("Mrs Kyeremeh said she had seen no evidence of that.", "Adjoa Kyeremeh", "said", ""),
         ("She said her clerks had been told not to issue receipts for more than 10 bags per farmer.", "Adjoa Kyeremeh", "said", "W"),
         ("Madam Antwiwaa said the association would lead farmers on a march to the district assembly on Friday if they were not paid by then.", "Akosua Antwiwaa", "said", "")],
        [("COCOBOD said in a statement on Monday that it had released GH¢1.2 billion to licensed buying companies since the start of the 2025/26 main crop season, and that the outstanding payments would be made “in the coming weeks”.", "COCOBOD", "said in a statement", "W"),
         ("It said the delay had been caused by the late arrival of the second tranche of its syndicated loan.", "the Ghana Cocoa Board (COCOBOD)", "said", "W"),
         ("The district cocoa officer, Samuel Dankyira, declined to comment and referred questions to the head office in Accra.", "Samuel Dankyira", "declined to comment", "")],
        [("The government set the producer price at GH¢3,625 per 64kg bag for the 2025/26 season in October.", "", "", "W"),
         ("Ghana's cocoa output fell to about 530,000 tonnes in the 2023/24 season, its lowest in more than a decade, according to COCOBOD's annual report.", "COCOBOD's annual report", "according to", "W")],
        [("A purchasing clerk in Abodwesoso, who asked not to be named because he is not allowed to speak to the media, said he had issued receipts for about 600 bags since February 12.", "A purchasing clerk in Abodwesoso", "said", "W"),
         ("“They call me a thief in my own village,” he said.", "A purchasing clerk in Abodwesoso", "said", "")],
        [("In Abodwesoso, a farming community 14km from the district capital, sacks of dried beans were stacked in the front room of Yaw Akyeampong's house on Tuesday.", "", "", ""),
         ("The 52-year-old farmer said he had sold 38 bags in February and had been paid for 12.", "Yaw Akyeampong", "said", "W"),
         ("“I have 14 people to feed,” he said.", "Yaw Akyeampong", "said", ""),
         ("“If government wants us to stop smuggling, let them pay us on time.”", "Yaw Akyeampong", "said", ""),
         ("His wife, Abena Boadiwaa, said their two older children had been sent home from senior high school on Monday for unpaid fees.", "Abena Boadiwaa", "said", ""),
         ("“We have never waited this long,” she said.", "Abena Boadiwaa", "said", "")],
        [("Industry analysts estimate that between 50,000 and 100,000 tonnes of Ghanaian cocoa may have been smuggled into neighbouring countries in the 2024/25 season.", "Industry analysts", "estimate", "")],
        [("The Member of Parliament for Bodiase, Kofi Agyemang, said he would raise the matter with the Minister for Food and Agriculture on the floor of Parliament next week.", "Kofi Agyemang", "said", ""),
         ("He said farmers in the constituency had produced about 21,000 tonnes of cocoa last season.", "Kofi Agyemang", "said", "W")],
        [("Got a story?", "", "", "B"),
         ("Send it to news@ahenfieonline.com or WhatsApp 024 555 0193.", "", "", "B")],
        [("Tags: Cocoa | COCOBOD | Western North", "", "", "B")],
        [("AhenfieOnline © 2026 | Privacy | Disclaimer", "", "", "B")],
    ],
    [  # 6. Jamaican daily's site, route taxi operators in St Elizabeth raise a fare without approval and the regulator and the operators' association trade figures
        [("The Cockpit Country Gazette", "", "", "B")],
        [("Lead Stories   News   Business   Sports   Entertainment   Letters   Classifieds", "", "", "B")],
        [("News", "", "", "B")],
        [("Taxi operators raise Crabwood Pen fare to $260 without approval", "", "", "W")],
        [("Transport Authority says operators face fines of up to $40,000", "Petrina Gourzong", "says", "W")],
        [("Shanique Henlon/Staff Reporter", "", "", "B")],
        [("Published: Friday | April 17, 2026 | 12:09 AM", "", "", "B")],
        [("Share   Tweet   WhatsApp   Email", "", "", "B")],
        [("Route taxi operators on the Crabwood Pen to Mount Corah route in St Elizabeth began charging $260 for a one-way trip on Monday, up from $200, without the approval of the Transport Authority.", "", "", "W"),
         ("The authority's corporate communications manager, Petrina Gourzong, said the fare on the route was last set at $200 in 2023 and that any increase requires a published fare order.", "Petrina Gourzong", "said", "W")],
        [("“Operators who charge above the approved fare are breaching the conditions of their road licence and can be fined up to $40,000,” she said.", "Petrina Gourzong", "said", "W"),
         ("“We have sent inspectors to the route this week.”", "Petrina Gourzong", "said", "W")],
        [("The president of the St Elizabeth Route Taxi Association, Marcia Bellanfante, said her members had asked the authority for a fare review in September and were still waiting for an answer.", "Marcia Bellanfante", "said", "W"),
         ("She said the price of gasolene had gone up by about $40 a litre since the last fare order.", "Marcia Bellanfante", "said", "W"),
         ("“We are not robbing anybody,” she said.", "Marcia Bellanfante", "said", ""),
         ("“We are trying to stay on the road.”", "Marcia Bellanfante", "said", "")],
        [("Gourzong said the authority had received the association's request on October 3, not in September, and had sent it on to the ministry with a recommendation.", "Petrina Gourzong", "said", "W"),
         ("She would not say what the recommendation was.", "Petrina Gourzong", "would not say", ""),
         ("Bellanfante said operators would keep charging $260 until the ministry ruled.", "Marcia Bellanfante", "said", ""),
         ("She said about 70 of the route's 90 licensed taxis had raised their fares.", "Marcia Bellanfante", "said", "W"),
         ("Gourzong said inspectors had issued 16 tickets on the route by Thursday afternoon.", "Petrina Gourzong", "said", "W"),
         ("She said drivers who refuse the concession fare can lose their road licence.", "Petrina Gourzong", "said", "W")],
        [("At the Crabwood Pen square on Wednesday morning, a line of schoolchildren in khaki uniforms waited under a breadfruit tree for taxis that did not stop.", "", "", ""),
         ("Several commuters said drivers were refusing to take students at the concession fare of $100.", "Several commuters", "said", "W")],
        [("Dorrett Fagon, a vendor who takes produce to the Mount Corah market three times a week, said the increase would cost her an extra $360 a week.", "Dorrett Fagon", "said", ""),
         ("“Who is going to pay me $360 more for my yam?” she asked.", "Dorrett Fagon", "asked", "")],
        [("Driver Kirk Wignall, who has worked the route for 11 years, said he pays $7,800 a day to rent his car from its owner.", "Kirk Wignall", "said", ""),
         ("“After gas and the owner, some days I take home $2,000,” he said.", "Kirk Wignall", "said", ""),
         ("“Dem say we greedy.", "Kirk Wignall", "said", ""),
         ("Come drive with me for one day.”", "Kirk Wignall", "said", "")],
        [("The transport ministry said in a statement on Thursday that the minister would announce “a comprehensive review of route taxi fares” before the end of May.", "The transport ministry", "said in a statement", ""),
         ("It said operators should keep charging the approved fares until then.", "the transport ministry", "said", "")],
        [("Opposition spokesman on transport Desmond Crooks said in a post on X that the ministry had “sat on” the association's request for six months.", "Desmond Crooks", "said in a post on X", "W"),
         ("He said the last route taxi fare increase, in 2023, had taken eight months to approve.", "Desmond Crooks", "said", "W")],
        [("Figures from the authority suggest the number of licensed route taxis in the parish fell from 1,140 in 2022 to 960 last year.", "Figures from the authority", "suggest", "W"),
         ("There are about 9,600 licensed route taxis across the island, according to the authority.", "the authority", "according to", "W"),
         ("Bellanfante said most of the operators who gave up their licences had gone to work on farms or on construction sites.", "Marcia Bellanfante", "said", "W")],
        [("Police at the Mount Corah station said no operator had been charged so far.", "Police at the Mount Corah station", "said", "W")],
        [("Follow The Cockpit Country Gazette on WhatsApp for breaking news.", "", "", "B")],
        [("RELATED STORIES", "", "", "B")],
        [("Mount Corah market vendors want roof fixed before rainy season", "", "", "B")],
        [("© 2026 Cockpit Country Gazette Ltd.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 7. Pakistani English daily's Lahore page, the Punjab government fixes the price of a 20kg bag of flour and the millers say they cannot sell at it
        [("The Anarkali Observer", "", "", "B")],
        [("Lahore  |  Saturday, May 9, 2026  |  Zilqad 21, 1447", "", "", "B")],
        [("Home   Pakistan   Lahore   Business   Sport   World   Opinion   Magazine", "", "", "B")],
        [("Lahore", "", "", "B")],
        [("Punjab fixes price of 20kg flour bag at Rs1,850", "", "", "W")],
        [("Our Staff Reporter", "", "", "B")],
        [("Updated 09 May, 2026 08:14am", "", "", "B")],
        [("Facebook   X   WhatsApp   Comments", "", "", "B")],
        [("LAHORE: The Punjab government on Friday fixed the retail price of a 20-kilogramme bag of flour at Rs1,850, Rs150 less than most shops in the city were charging this week.", "", "", "W"),
         ("The notification, issued by the provincial food department, takes effect on Monday.", "", "", "W")],
        [("Provincial Food Minister Tariq Mehmood Sialvi told a press conference at the food department's offices that the government had 2.1 million tonnes of wheat in its stores, enough to last until the new crop reaches the mills.", "Tariq Mehmood Sialvi", "told a press conference", "W"),
         ("“We have released 16,000 tonnes of wheat to the mills every day since April 20, and we will not let anyone hoard it,” he said.", "Tariq Mehmood Sialvi", "said", "W"),
         ("“Mills that sell above the fixed price will be sealed.”", "Tariq Mehmood Sialvi", "said", "")],
        [("The chairman of the Lahore Flour Millers' Group, Asim Rafiq Kahlon, said mills were paying Rs4,400 per 40 kilogrammes for wheat in the open market and could not sell a 20kg bag for less than Rs1,980 without losing money.", "Asim Rafiq Kahlon", "said", "W"),
         ("He said the government's daily release covered less than half of what the province's 980 mills grind in a day.", "Asim Rafiq Kahlon", "said", "W"),
         ("The food department's figures show that the province's mills ground 1.9 million tonnes of wheat between January and April.", "The food department's figures", "show", "W")],
        [("Mr Sialvi said the release had been raised to 16,000 tonnes from 11,000 tonnes after the mills complained last month.", "Tariq Mehmood Sialvi", "said", "W"),
         ("He said the food department had registered cases against 37 mills for hoarding since January.", "Tariq Mehmood Sialvi", "said", "W"),
         ("Mr Kahlon said most of those cases had been thrown out.", "Asim Rafiq Kahlon", "said", "W"),
         ("“Calling a miller a hoarder is easier than fixing a wheat policy,” he said.", "Asim Rafiq Kahlon", "said", "")],
        [("He said the group's members would decide on Sunday whether to sell at the fixed price.", "Asim Rafiq Kahlon", "said", ""),
         ("Mr Sialvi said mills that stopped grinding would lose their wheat quota.", "Tariq Mehmood Sialvi", "said", ""),
         ("He said the government would announce a support price for the next wheat crop in October.", "Tariq Mehmood Sialvi", "said", "")],
        [("A spokesperson for the food department, Sana Mubeen, said price control magistrates would begin inspecting shops on Monday.", "Sana Mubeen", "said", "W"),
         ("She said shopkeepers selling above the fixed price could be fined up to Rs50,000.", "Sana Mubeen", "said", "W"),
         ("She said the department had set up a complaint line, 0800-55210, for buyers who were overcharged.", "Sana Mubeen", "said", "")],
        [("Last year, the province fixed the price of a 20kg bag at Rs1,600 in October and withdrew the order in December, when flour disappeared from many shops.", "", "", "W")],
        [("Flour prices in Lahore rose by 23 per cent between January and April, according to the Pakistan Bureau of Statistics.", "the Pakistan Bureau of Statistics", "according to", "W"),
         ("Consumer groups fear the fixed price could push flour off the shelves.", "Consumer groups", "fear", ""),
         ("Wholesale traders said prices could fall further once the new crop reaches the mills in June.", "Wholesale traders", "said", "")],
        [("The president of the Punjab Growers' Forum, Zahid Ranjha, said wheat farmers had sold their crop at Rs3,300 per 40 kilogrammes in April, below their cost of about Rs3,800.", "Zahid Ranjha", "said", "W"),
         ("“The farmer sold cheap and the consumer buys dear,” he said.", "Zahid Ranjha", "said", ""),
         ("“Somebody in between is making the money.”", "Zahid Ranjha", "said", "")],
        [("On Friday evening, shopkeeper Naveed Sukhera was still selling 20kg bags at Rs1,990 at his general store in Gulshan-e-Zareen.", "", "", "W"),
         ("He said his distributor had not lowered its price yet.", "Naveed Sukhera", "said", "W"),
         ("“When I get it for less, I will sell it for less,” he said.", "Naveed Sukhera", "said", ""),
         ("A customer, a rickshaw driver who gave his name only as Shafqat, said he bought one bag a week for a family of eight.", "Shafqat", "said", ""),
         ("“Rs150 is one day's milk,” he said.", "Shafqat", "said", "")],
        [("Will the fixed price hold once the magistrates go home?", "", "", ""),
         ("Mr Sialvi said it would.", "Tariq Mehmood Sialvi", "said", "")],
        [("Published in The Anarkali Observer, May 9th, 2026", "", "", "B")],
        [("Comments are closed on this story.", "", "", "B")],
    ],
    [  # 8. US local daily's live page in Ohio, a school board votes 5-2 to close two elementary schools, entries newest first
        [("The Tellsbury Sentinel", "", "", "B")],
        [("Subscribe   |   Sign in   |   e-Edition", "", "", "B")],
        [("NEWS › EDUCATION", "", "", "B")],
        [("LIVE", "", "", "B")],
        [("Tellsbury school board votes 5-2 to close Hessing and Vetterly elementary schools", "", "", "W")],
        [("Last updated 10:06 p.m. EST Feb. 17, 2026", "", "", "B")],
        [("The board met Tuesday night to decide whether to close two of the district's 11 elementary schools to help close a $7.2 million budget gap.", "", "", "W"),
         ("Follow our live updates below.", "", "", "B")],
        [("Share   Facebook   X   Email", "", "", "B")],
        [("10:06 p.m.", "", "", "B")],
        [("Board approves closures, 5-2", "", "", "W")],
        [("The board voted 5-2 to close Hessing and Vetterly elementary schools at the end of this school year.", "", "", "W"),
         ("Board members Dwayne Hulsizer and Renee Tabachnik voted no.", "", "", "W"),
         ("Students at the two schools will move to Tolbrook and Orchard Avenue elementary schools in August, according to the plan the board approved.", "the plan the board approved", "according to", "W")],
        [("— Kristen Tavernelli", "", "", "B")],
        [("9:48 p.m.", "", "", "B")],
        [("‘This is the hardest vote I've taken,’ says board president", "Angela Wrzesniak", "says", "")],
        [("Board President Angela Wrzesniak said she had voted against closing a school in 2019 and had regretted it since.", "Angela Wrzesniak", "said", "W"),
         ("“We kept every building open that year and cut 40 teaching jobs instead,” she said.", "Angela Wrzesniak", "said", "W"),
         ("“I am not going to do that to this district again.”", "Angela Wrzesniak", "said", "")],
        [("— Kristen Tavernelli", "", "", "B")],
        [("9:31 p.m.", "", "", "B")],
        [("Longest new bus ride would be 34 minutes, superintendent says", "Lorna Fetterolf", "says", "W")],
        [("Superintendent Lorna Fetterolf said the longest bus ride for a student moving from Vetterly to Tolbrook would be 34 minutes.", "Lorna Fetterolf", "said", "W"),
         ("She said the district would add two bus routes in the fall.", "Lorna Fetterolf", "said", "W"),
         ("Wrzesniak asked whether the district planned to sell the Vetterly building.", "Angela Wrzesniak", "asked", ""),
         ("Fetterolf said it would first be offered to the city's parks department, as the district's property policy requires.", "Lorna Fetterolf", "said", "W"),
         ("She said no decision had been made on the Hessing building.", "Lorna Fetterolf", "said", "W")],
        [("— Kristen Tavernelli", "", "", "B")],
        [("8:57 p.m.", "", "", "B")],
        [("Public comment ends after nearly two hours", "", "", "W")],
        [("Forty-three people signed up to speak, and all but four asked the board to keep both schools open.", "", "", "W"),
         ("Vetterly parent Jasmine Tuckerby told the board her son's second-grade class at Tolbrook would already have 27 students next year.", "Jasmine Tuckerby", "told the board", "W"),
         ("“Where are you going to put the kids from Vetterly?” she asked.", "Jasmine Tuckerby", "asked", ""),
         ("Gil Ferracane, president of the Tellsbury Education Association, said the union would not fight the closures if class sizes stayed below 25.", "Gil Ferracane", "said", ""),
         ("He said the teachers' contract caps kindergarten classes at 22 students.", "Gil Ferracane", "said", "W")],
        [("— Devin Orrantia", "", "", "B")],
        [("7:15 p.m.", "", "", "B")],
        [("What's behind the closure plan", "", "", "")],
        [("The district ended last school year with a $3.9 million deficit and faces a $7.2 million shortfall next year, according to the treasurer's five-year forecast.", "the treasurer's five-year forecast", "according to", "W"),
         ("Enrollment at the district's elementary schools has fallen from 4,310 in 2016 to 3,380 this year, according to state enrollment data.", "state enrollment data", "according to", "W"),
         ("Closing the two schools would save about $2.6 million a year, the district estimates.", "the district", "estimates", ""),
         ("Hessing, built in 1931, is the district's oldest school.", "", "", "W")],
        [("— Devin Orrantia", "", "", "B")],
        [("6:58 p.m.", "", "", "B")],
        [("Good evening from Tellsbury High School", "", "", "")],
        [("I'm Kristen Tavernelli, and I'll be bringing you updates from tonight's school board meeting with my colleague Devin Orrantia.", "", "", "B"),
         ("About 300 people have packed the auditorium, many of them wearing green “Save Vetterly” T-shirts.", "", "", "")],
        [("— Kristen Tavernelli", "", "", "B")],
        [("Back to top ↑", "", "", "B")],
        [("Sign up for Class Notes, the Sentinel's education newsletter, every Thursday.", "", "", "B")],
        [("© 2026 The Tellsbury Sentinel.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 9. Canadian community weekly's site in Manitoba, a small city spends its whole snow-clearing budget by mid-February
        [("Kelbrook Beacon", "", "", "B")],
        [("News   Opinion   Sports   Obituaries   Classifieds   e-Edition", "", "", "B")],
        [("LOCAL NEWS", "", "", "B")],
        [("Kelbrook's snow-clearing budget gone by mid-February", "", "", "W")],
        [("Public works director says three January storms used $410,000 of the year's $620,000 budget", "Gord Thiessen", "says", "W")],
        [("Teagan Holowaychuk", "", "", "B")],
        [("Published Feb. 20, 2026 4:12 p.m. | Last updated Feb. 20, 2026 5:40 p.m.", "", "", "B")],
        [("Share this story", "", "", "B")],
        [("The City of Kelbrook has spent its entire snow-clearing budget for 2026 with more than a month of winter still to come, the city's public works director, Gord Thiessen, told council Thursday night.", "Gord Thiessen", "told council", "W"),
         ("He said three storms in January, including 41 centimetres of snow on Jan. 14 and 15, had used $410,000 of the $620,000 budget.", "Gord Thiessen", "said", "W"),
         ("Overtime, rented graders and 2,300 tonnes of salt and sand mix used up the rest by Feb. 12, he said.", "Gord Thiessen", "said", "W")],
        [("“We plowed every street we're required to under the policy, in the order the policy sets out,” Thiessen said.", "Gord Thiessen", "said", "W"),
         ("“What we can't do is make it stop snowing.”", "Gord Thiessen", "said", "")],
        [("Coun. Dale Hryhorczuk, who chairs the finance committee, said council cut the snow budget by $95,000 in 2024 over his objection.", "Dale Hryhorczuk", "said", "W"),
         ("He said the city had overspent its snow budget in four of the last six winters.", "Dale Hryhorczuk", "said", "W"),
         ("He said the city of 14,800 people plows 186 kilometres of streets.", "Dale Hryhorczuk", "said", "W"),
         ("Thiessen said that was correct, and that his department had asked for a larger budget in each of those years.", "Gord Thiessen", "said", "W"),
         ("Hryhorczuk said he would ask council to move $250,000 from the city's general reserve to cover the rest of the winter.", "Dale Hryhorczuk", "said", ""),
         ("He said the reserve held about $1.8 million at the end of 2025.", "Dale Hryhorczuk", "said", "W")],
        [("Thiessen said the city has seven graders and three sanders, two of them more than 20 years old.", "Gord Thiessen", "said", "W"),
         ("He said a new grader costs about $480,000.", "Gord Thiessen", "said", "W"),
         ("Thiessen estimated that each additional storm would cost the city between $60,000 and $90,000.", "Gord Thiessen", "estimated", "")],
        [("Coun. Rob Fedoruk said he would vote against the transfer.", "Rob Fedoruk", "said", ""),
         ("He said the city should instead plow residential streets only once after each storm.", "Rob Fedoruk", "said", "")],
        [("Mayor Colleen Turenne said she would support the transfer, but that council had to “stop pretending” when it set the budget.", "Colleen Turenne", "said", ""),
         ("“For six years in a row, we have set the snow budget below what we actually spent the year before,” she said.", "Colleen Turenne", "said", "W"),
         ("“Then we act surprised in February.", "Colleen Turenne", "said", "")],
        [("“I'd rather put the real number in the budget and explain it to people.”", "Colleen Turenne", "said", "")],
        [("Environment Canada is forecasting another 15 to 25 centimetres of snow for the area on Sunday.", "Environment Canada", "is forecasting", ""),
         ("And if March is as snowy as January?", "", "", ""),
         ("Turenne said that was what the reserve was for.", "Colleen Turenne", "said", "")],
        [("On Snowberry Crescent, where a grader last came through on Monday, Harvey Bouchereau was clearing the end of his driveway with a shovel Friday morning.", "", "", ""),
         ("Bouchereau, 78, said the windrow the grader left behind was more than a metre high.", "Harvey Bouchereau", "said", ""),
         ("“I don't need them to come every day,” he said.", "Harvey Bouchereau", "said", ""),
         ("“I just need to get my car out to go to dialysis three times a week.”", "Harvey Bouchereau", "said", "")],
        [("Under the city's snow-clearing policy, priority one routes, including Main Street and the roads to the hospital, are to be cleared within 12 hours after a snowfall ends, and residential streets within 72 hours.", "", "", "W"),
         ("The city's 311 line took 1,140 calls about snow between Jan. 1 and Feb. 15, according to a report presented to council.", "a report presented to council", "according to", "W")],
        [("A spokesperson for Manitoba Transportation and Infrastructure said the province clears the highways through Kelbrook and those costs are not part of the city's budget.", "A spokesperson for Manitoba Transportation and Infrastructure", "said", "W")],
        [("Council will vote on the reserve transfer at its March 5 meeting.", "", "", "W")],
        [("Teagan Holowaychuk covers city hall for the Kelbrook Beacon.", "", "", "B"),
         ("Reach her at tholowaychuk@kelbrookbeacon.ca.", "", "", "B")],
        [("Report an error", "", "", "B")],
        [("© 2026 Kelbrook Beacon, a division of Aspenline Media Inc.", "", "", "B"),
         ("All rights reserved.", "", "", "B")],
    ],
    [  # 10. Dutch English-language news site, a city in North Brabant starts charging cyclists who leave bikes in the station garage more than a day
        [("DutchDesk", "", "", "B")],
        [("News from the Netherlands, in English", "", "", "B")],
        [("News   Society   Politics   Economy   Housing   Sport   Podcast", "", "", "B")],
        [("Society", "", "", "B")],
        [("Hoevenburg to charge cyclists who leave bikes in station garage for more than 24 hours", "", "", "W")],
        [("March 26, 2026", "", "", "B")],
        [("Share   Facebook   LinkedIn   X   Email", "", "", "B")],
        [("Cyclists who leave their bikes in the underground garage at Hoevenburg station in North Brabant for more than 24 hours will have to pay from June 1, after the city council voted 23 to 14 in favour on Wednesday night.", "", "", "W"),
         ("The first 24 hours will stay free, after which users will pay €1.25 a day, according to the plan adopted by the council.", "the plan adopted by the council", "according to", "W")],
        [("Mobility alderman Joost van Reenen said the 4,800-space garage, which opened in 2019, was full by 8.30am on most weekdays.", "Joost van Reenen", "said", "W"),
         ("“In February we counted 1,100 bikes that had not moved for more than two weeks,” he said.", "Joost van Reenen", "said", "W"),
         ("“That is almost a quarter of the garage, full of bikes that nobody is riding.”", "Joost van Reenen", "said", "W")],
        [("The garage was on average 96% full on weekdays in January, according to the city's own sensor data.", "the city's own sensor data", "according to", "W")],
        [("The Hoevenburg branch of the Fietsersbond cyclists' union said it was not against the charge, but that people who cycle to the station every day should be able to buy a cheap annual pass.", "The Hoevenburg branch of the Fietsersbond cyclists' union", "said", ""),
         ("Its chairwoman, Marieke Olthof, said about 60% of the garage's users were commuters who took the train at least four days a week, based on a count the branch carried out in February.", "Marieke Olthof", "said", "W")],
        [("Councillor Sanne Dekkinga, whose party voted against the plan, said the council had spent €2.3 million on new racks in the garage in 2023 and was now charging people to use them.", "Sanne Dekkinga", "said", "W"),
         ("“The people who use this garage are students and cleaners on early shifts,” she said.", "Sanne Dekkinga", "said", ""),
         ("“They are not the ones abandoning bikes.”", "Sanne Dekkinga", "said", "")],
        [("Olthof said the union would ask the council for an annual pass at a committee hearing in April.", "Marieke Olthof", "said", ""),
         ("She said the city's own survey in 2024 found that 38% of the cyclists who park at the station do not own a car.", "Marieke Olthof", "said", "W"),
         ("Dekkinga said she expected commuters to start leaving their bikes on the pavements around the station instead.", "Sanne Dekkinga", "said", ""),
         ("She said her party would table a motion to exempt people with a monthly rail subscription.", "Sanne Dekkinga", "said", ""),
         ("Dekkinga said the same sensors showed the garage was less than half full at weekends.", "Sanne Dekkinga", "said", "W")],
        [("“We are not defending wrecks,” Olthof said.", "Marieke Olthof", "said", ""),
         ("“We are defending the nurse who cycles in at 6am.”", "Marieke Olthof", "said", "")],
        [("Van Reenen said the city would keep removing bikes left in the garage for more than 28 days, and that owners could collect them from the municipal bike depot for €25.", "Joost van Reenen", "said", "W"),
         ("He said the charge would raise about €180,000 a year.", "Joost van Reenen", "said", ""),
         ("“Nobody who parks here for a working day will pay a cent,” Van Reenen said.", "Joost van Reenen", "said", "W"),
         ("The council's impact assessment expects the number of bikes parked for more than a week to fall by half.", "The council's impact assessment", "expects", "")],
        [("A spokesperson for NS, the national rail operator, said the company had no role in running the garage, which is owned and managed by the city.", "A spokesperson for NS", "said", "W"),
         ("Around 31,000 passengers use Hoevenburg station on an average weekday, according to NS figures.", "NS figures", "according to", "W")],
        [("Charging for bike parking after the first day may have reduced the number of abandoned bikes by about a third at stations where it has been tried, according to a 2025 study carried out for the infrastructure ministry.", "a 2025 study carried out for the infrastructure ministry", "according to", "W")],
        [("On Thursday morning, a steady stream of cyclists rolled down the ramp into the garage, some of them slowing to read the new yellow signs.", "", "", ""),
         ("Bram Kloosterhuis, 21, a student who takes the train to Eindhoven four days a week, said he sometimes left his bike in the garage over the weekend.", "Bram Kloosterhuis", "said", ""),
         ("“Five euros extra a week is a lot when you're a student,” he said.", "Bram Kloosterhuis", "said", "")],
        [("The council will review the charge after a year.", "", "", "W")],
        [("DutchDesk is independent and free to read.", "", "", "B"),
         ("Help us keep it that way: become a supporter from €5 a month.", "", "", "B")],
        [("Read more", "", "", "B")],
        [("Starter-home lottery in Hoevenburg draws 9,000 applicants for 140 flats", "", "", "B")],
        [("Tags: cycling, Hoevenburg, railways", "", "", "B")],
        [("© DutchDesk 2026", "", "", "B")],
    ],
    [  # 11. Indian English daily's Kerala page, dialysis patients wait on a list at a taluk hospital whose unit runs two shifts for want of technicians
        [("THE VEMBANAD CHRONICLE", "", "", "B")],
        [("e-Paper   |   Subscribe   |   Sign in", "", "", "B")],
        [("India   Kerala   Business   Sport   Opinion   Entertainment   Videos", "", "", "B")],
        [("KERALA", "", "", "B")],
        [("46 dialysis patients on waiting list at Puthenkara hospital as unit runs two shifts", "", "", "W")],
        [("Special Correspondent", "", "", "B")],
        [("KOLLAM  |  Updated: 04 Mar 2026, 6:22 pm IST", "", "", "B")],
        [("Follow us   Share", "", "", "B")],
        [("At least 46 patients who need dialysis three times a week are on a waiting list at the Taluk Headquarters Hospital in Puthenkara, where the dialysis unit runs only two shifts a day because it has too few technicians, according to hospital records.", "hospital records", "according to", "W")],
        [("Hospital superintendent Dr. Beena Kurissingal said the unit's eight machines were in use from 7 a.m. to 7 p.m. and could run a third shift if the hospital had two more technicians.", "Beena Kurissingal", "said", "W"),
         ("“We have trained four nurses to assist, but the rules say a dialysis technician must be present at every session,” she said.", "Beena Kurissingal", "said", "W"),
         ("“I have written to the district office three times since November.”", "Beena Kurissingal", "said", "W")],
        [("Dr. Kurissingal said the unit had provided 5,420 dialysis sessions in 2025, up from 3,900 in 2023.", "Beena Kurissingal", "said", "W"),
         ("“The need has grown faster than the staff,” she said.", "Beena Kurissingal", "said", "")],
        [("District Medical Officer Dr. Anitha Puthussery said two technicians had been appointed through the employment exchange last week and were expected to join by March 15.", "Anitha Puthussery", "said", "W"),
         ("She said the district had added 14 dialysis machines across its government hospitals in 2025.", "Anitha Puthussery", "said", "W"),
         ("Dr. Kurissingal said she had not been told about the appointments.", "Beena Kurissingal", "said", "W"),
         ("Dr. Puthussery said the orders had been sent to the hospital by e-mail on February 27.", "Anitha Puthussery", "said", "W"),
         ("She said a third shift could start from March 16 if the technicians joined as planned.", "Anitha Puthussery", "said", "")],
        [("The chairman of the hospital management committee, municipal councillor Thomas Edakkara, said the committee had approved the hiring of one technician on daily wages on Monday.", "Thomas Edakkara", "said", "W"),
         ("He said a second would be hired once the committee's funds allowed.", "Thomas Edakkara", "said", "")],
        [("K.P. Vellayudhan, secretary of the Kollam District Kidney Patients' Welfare Association, said some patients on the list were travelling 40 km to private centres that charge ₹1,500 to ₹2,200 a session.", "K.P. Vellayudhan", "said", "W"),
         ("“A daily-wage worker who needs three sessions a week cannot find ₹6,000 a week,” he said.", "K.P. Vellayudhan", "said", ""),
         ("“Some of them are already skipping sessions.", "K.P. Vellayudhan", "said", "W")],
        [("“We have asked the government to run the unit round the clock, as the district hospital does.", "K.P. Vellayudhan", "said", "W"),
         ("Until then, every week on the list is a week of risk.”", "K.P. Vellayudhan", "said", "")],
        [("Mr. Vellayudhan said one technician on daily wages would not be enough for a third shift.", "K.P. Vellayudhan", "said", ""),
         ("A nephrologist at a private hospital in Kollam, who did not want to be named, said patients who missed sessions could develop dangerous levels of potassium within days.", "A nephrologist at a private hospital in Kollam", "said", "W"),
         ("The hospital's records suggest about a third of those on the waiting list live more than 20 km from Puthenkara.", "The hospital's records", "suggest", "W")],
        [("Outside the unit on Tuesday, Saramma Kuttikkad, 61, waited with her son for a slot that had opened up because another patient had been admitted to the intensive care unit.", "", "", ""),
         ("She said she had been on the list since January 19 and had paid for 21 sessions at a private centre in the meantime.", "Saramma Kuttikkad", "said", ""),
         ("“My son drives an autorickshaw,” she said.", "Saramma Kuttikkad", "said", ""),
         ("“Whatever he earns goes to the machine.”", "Saramma Kuttikkad", "said", ""),
         ("“I don't ask for much,” she said.", "Saramma Kuttikkad", "said", ""),
         ("“Just a fixed time.”", "Saramma Kuttikkad", "said", "")],
        [("The office of the State Health Minister said in a statement that 212 government hospitals in Kerala now offer free dialysis to patients from below-poverty-line families.", "The office of the State Health Minister", "said in a statement", "W"),
         ("It said hospital management committees were free to hire technicians on daily wages until permanent posts were filled.", "the office of the State Health Minister", "said", "W")],
        [("Nephrologists estimate that about one in ten adults in the State has some degree of chronic kidney disease.", "Nephrologists", "estimate", "")],
        [("Published - March 04, 2026 06:22 pm IST", "", "", "B")],
        [("Read Comments", "", "", "B")],
        [("Related Topics   Kollam   health   Kerala", "", "", "B")],
        [("Copyright © 2026, The Vembanad Chronicle", "", "", "B")],
    ],
    [  # 12. Malaysian English daily's metro page in Penang, a housing estate floods for the third time this year and the state exco and the assemblyman trade claims about pumps
        [("PENINSULA DAILY MAIL", "", "", "B")],
        [("Nation   Metro   Business   Sport   Lifestyle   World   Opinion", "", "", "B")],
        [("Metro › Northern", "", "", "B")],
        [("Third flash flood this year hits Taman Sri Kantan", "", "", "W")],
        [("State exco says RM14 million drain upgrade will start in July; residents want it done before the monsoon", "Syahrul Ikram Tarmizi", "says", "W")],
        [("By Nur Amalina Rashidi", "", "", "B")],
        [("Thursday, 21 May 2026 | 9:05 PM", "", "", "B")],
        [("Share: WhatsApp   Facebook   X   Telegram", "", "", "B")],
        [("GEORGE TOWN: More than 180 houses in Taman Sri Kantan were flooded up to knee level on Wednesday evening after 97mm of rain fell in three hours, the third flash flood in the housing estate since January.", "", "", "W"),
         ("The rain was recorded at the weather station nearest the estate between 4pm and 7pm, according to the Malaysian Meteorological Department (MetMalaysia).", "the Malaysian Meteorological Department (MetMalaysia)", "according to", "W")],
        [("State public works and flood mitigation committee chairman Datuk Syahrul Ikram Tarmizi said a RM14 million project to widen the estate's main monsoon drain and build a retention pond would start in July, after the tender was awarded last week.", "Syahrul Ikram Tarmizi", "said", "W"),
         ("“We have done the design, we have the money from the federal government and the contractor is appointed,” he told reporters after visiting the estate on Thursday morning.", "Syahrul Ikram Tarmizi", "told reporters", "W"),
         ("“What we cannot do is dig the drain in the rain.”", "Syahrul Ikram Tarmizi", "told reporters", "")],
        [("The assemblyman for the area, Heah Kok Wai, said the drain upgrade had first been promised in 2021.", "Heah Kok Wai", "said", "W"),
         ("He said the state should install permanent pumps at the estate's two lowest streets before October.", "Heah Kok Wai", "said", ""),
         ("Syahrul said the Department of Irrigation and Drainage (DID) had placed two mobile pumps at the estate since March.", "Syahrul Ikram Tarmizi", "said", "W"),
         ("He said both had been running on Wednesday evening.", "Syahrul Ikram Tarmizi", "said", "W"),
         ("Heah said residents had told him one of the pumps ran out of fuel before 6pm.", "Heah Kok Wai", "said", "W"),
         ("He said he had passed their photographs to the state government.", "Heah Kok Wai", "said", "W"),
         ("Syahrul said he would ask DID to check.", "Syahrul Ikram Tarmizi", "said", "")],
        [("Heah said the estate's residents' association had collected 420 signatures on a petition for the pumps.", "Heah Kok Wai", "said", "W"),
         ("He said he would hand it to the Chief Minister's office on Monday.", "Heah Kok Wai", "said", "")],
        [("In a statement on Thursday night, the state DID director, Ir. Norhayati Mat Ripin, said the pumps had been refuelled at 5.30pm and had run until 11pm.", "Norhayati Mat Ripin", "said", "W"),
         ("She said the department was also clearing rubbish from a culvert under Jalan Kantan 3 that had been blocked by a mattress and construction waste.", "Norhayati Mat Ripin", "said", "W"),
         ("She said the department had cleared 3.2 tonnes of rubbish from drains in the estate since January.", "Norhayati Mat Ripin", "said", "W")],
        [("“This is the third time since January I have had to throw away my fridge and my washing machine,” said S. Thilagavathy, 44, whose terrace house is on the lowest street in the estate.", "S. Thilagavathy", "said", ""),
         ("“The water came into the house in 20 minutes.", "S. Thilagavathy", "said", "")],
        [("“Now they say July.", "S. Thilagavathy", "said", ""),
         ("Last year they said March.", "S. Thilagavathy", "said", "W"),
         ("Why should we believe July?”", "S. Thilagavathy", "said", "")],
        [("Her neighbour, Azman Yusri, 63, said he had raised the floor of his house by 60cm in 2023 at a cost of RM18,000.", "Azman Yusri", "said", ""),
         ("“And still the water came in last night,” he said.", "Azman Yusri", "said", "")],
        [("The Penang Island City Council (MBPP) said in a Facebook post that it had sent 46 workers and six lorries to clear debris from the estate on Thursday.", "The Penang Island City Council (MBPP)", "said in a Facebook post", "W"),
         ("It said affected households could apply for a one-off RM1,000 disaster aid payment at the district office until June 30.", "the Penang Island City Council (MBPP)", "said", "W")],
        [("Residents believe the construction of a new highway interchange upstream has made the floods worse.", "Residents", "believe", ""),
         ("Syahrul said a DID study completed last year had found no link.", "Syahrul Ikram Tarmizi", "said", "W"),
         ("Asked whether the work could start earlier, Syahrul said the contractor needed two months to move its machinery to the site.", "Syahrul Ikram Tarmizi", "said", "W")],
        [("Will the drain be ready before the next monsoon?", "", "", ""),
         ("The contract gives the builder 14 months.", "", "", "W"),
         ("MetMalaysia has issued a yellow alert for thunderstorms and heavy rain in Penang until Saturday.", "", "", "W")],
        [("Related stories:", "", "", "B")],
        [("Flood victims in Seberang Perai to get RM1,000 aid from next week", "", "", "B")],
        [("Download the Peninsula Daily Mail app", "", "", "B")],
        [("Copyright © 2026 Peninsula Daily Mail Sdn Bhd (198701004412)", "", "", "B")],
    ],
]  # fmt: skip

CASES = [
    ("n76-sc-standfirst-byline-am-caption", "Director of nursing says staffing gap that shut 12 beds in August 2024 has been closed; MSP wants a winter guarantee\nBy Morag Elphinstane, Health Correspondent\nTuesday 13 January 2026, 6.00am\nShare   Email   Facebook   X   WhatsApp\nPainters at work in one of the side rooms of Ward 2 at Kinlachan Community Hospital on Monday. Picture: Euan Ferriebank",
     ["Director of nursing says staffing gap that shut 12 beds in August 2024 has been closed; MSP wants a winter guarantee", "By Morag Elphinstane, Health Correspondent", "Tuesday 13 January 2026, 6.00am", "Share   Email   Facebook   X   WhatsApp", "Painters at work in one of the side rooms of Ward 2 at Kinlachan Community Hospital on Monday.", "Picture: Euan Ferriebank"]),
    ("n76-sc-confirmed-we-have-hired", "A 12-bed ward at Kinlachan Community Hospital that has been closed since August 2024 will reopen to patients on Monday, February 2, NHS Highland has confirmed. The health board said the closure, one of 19 temporary bed closures across its community hospitals last year, had been caused by a shortage of registered nurses.\nIts director of nursing, Fiona Dallachy, told the Courier that every nursing post on the ward had now been filled after an 18-month recruitment drive. “We have hired 40 nurses across the north since last January, 26 of them from overseas, and 14 of them are going to Kinlachan,” she said. “I won't pretend it has been easy, and I won't pretend I'm not proud of them.”\nShe said 11 of the nurses coming to the ward had trained in Kerala or the Philippines and had arrived in Scotland between May and November. Nine of them are living in flats on the town's Cairnmurtle Wynd that the board leased after a care home on the street closed. A spokesperson for NHS Highland said the board had spent £310,000 on leasing and refurbishing the flats.",
     ["A 12-bed ward at Kinlachan Community Hospital that has been closed since August 2024 will reopen to patients on Monday, February 2, NHS Highland has confirmed.", "The health board said the closure, one of 19 temporary bed closures across its community hospitals last year, had been caused by a shortage of registered nurses.", "Its director of nursing, Fiona Dallachy, told the Courier that every nursing post on the ward had now been filled after an 18-month recruitment drive.", "“We have hired 40 nurses across the north since last January, 26 of them from overseas, and 14 of them are going to Kinlachan,” she said.", "“I won't pretend it has been easy, and I won't pretend I'm not proud of them.”", "She said 11 of the nurses coming to the ward had trained in Kerala or the Philippines and had arrived in Scotland between May and November.", "Nine of them are living in flats on the town's Cairnmurtle Wynd that the board leased after a care home on the street closed.", "A spokesperson for NHS Highland said the board had spent £310,000 on leasing and refurbishing the flats."]),
    ("n76-sc-two-women-in-turn", "The local MSP, Catriona Brodwick, welcomed the news but said she wanted a written guarantee from the board that the ward would stay open through the winter. “Families here have heard the word temporary before,” she said. “The last time this ward reopened, in 2019, it closed again within five months.”\nDallachy said she could not give that guarantee. She said the board would close beds again only if there were not enough staff on a shift to keep patients safe. Brodwick said those were the same words the board had used in 2019. She said she had written to the health secretary on Friday to ask for a meeting with families in the town. Dallachy said the difference this time was that the ward would not depend on agency nurses, whose cost to the board had risen to £4.1m in 2024-25.",
     ["The local MSP, Catriona Brodwick, welcomed the news but said she wanted a written guarantee from the board that the ward would stay open through the winter.", "“Families here have heard the word temporary before,” she said.", "“The last time this ward reopened, in 2019, it closed again within five months.”", "Dallachy said she could not give that guarantee.", "She said the board would close beds again only if there were not enough staff on a shift to keep patients safe.", "Brodwick said those were the same words the board had used in 2019.", "She said she had written to the health secretary on Friday to ask for a meeting with families in the town.", "Dallachy said the difference this time was that the ward would not depend on agency nurses, whose cost to the board had risen to £4.1m in 2024-25."]),
    ("n76-sc-suggests-tail-registered-no", "The board's chief executive, Alasdair Gartmorn, is due to present a workforce report to the board's meeting in Inverness on January 27. A draft of the report, seen by the Courier, suggests vacancy rates for community hospital nurses fell below 5 per cent in December for the first time since 2019.\nGot a story? Email news@strathvanecourier.co.uk or message us on WhatsApp.\nMore from the Courier\nGlen road closures to last three weeks as bridge repairs begin\n© Strathvane Courier Ltd 2026. Registered in Scotland No. SC204871.",
     ["The board's chief executive, Alasdair Gartmorn, is due to present a workforce report to the board's meeting in Inverness on January 27.", "A draft of the report, seen by the Courier, suggests vacancy rates for community hospital nurses fell below 5 per cent in December for the first time since 2019.", "Got a story?", "Email news@strathvanecourier.co.uk or message us on WhatsApp.", "More from the Courier", "Glen road closures to last three weeks as bridge repairs begin", "© Strathvane Courier Ltd 2026.", "Registered in Scotland No. SC204871."]),
    ("n76-ke-caption-lead-notice", "Residents queue to buy water at a kiosk on Mwamba Road, Kabiroti, on Tuesday. IMAGE: SAMUEL KINOTI\nResidents of Kabiroti town in Nakuru County will receive piped water only on Tuesdays and Saturdays from next week after the level of Sotuyo Dam fell to 31 per cent of its capacity, the Kabiroti Water and Sanitation Company (Kawasco) has said. In a notice to customers on Tuesday, the company said the new schedule would start on March 17 and stay in force until the long rains raise the dam's level.\nThe dam supplies about 86,000 people in Kabiroti and four neighbouring wards, according to the county's water department. Its level has dropped by 14 percentage points since December, when the short rains ended early.",
     ["Residents queue to buy water at a kiosk on Mwamba Road, Kabiroti, on Tuesday.", "IMAGE: SAMUEL KINOTI", "Residents of Kabiroti town in Nakuru County will receive piped water only on Tuesdays and Saturdays from next week after the level of Sotuyo Dam fell to 31 per cent of its capacity, the Kabiroti Water and Sanitation Company (Kawasco) has said.", "In a notice to customers on Tuesday, the company said the new schedule would start on March 17 and stay in force until the long rains raise the dam's level.", "The dam supplies about 86,000 people in Kabiroti and four neighbouring wards, according to the county's water department.", "Its level has dropped by 14 percentage points since December, when the short rains ended early."]),
    ("n76-ke-qa-block-source-question", "The Star spoke to Kawasco's managing director, Peter Kipng'eno Koech, on Tuesday afternoon. The interview has been edited for length and clarity.\nQ: Why has it taken until March to ration water?\nA: We have been rationing in the upper zones since January. What changes on March 17 is that the whole town goes on one schedule.\nQ: The residents' association says four of the new boreholes are outside the town. Is that true?\nA: It is, because those wards had no piped water at all. We are connecting two of the boreholes to the town's main line this month at a cost of about Sh9 million.\nQ: Will customers pay less while supply is rationed?\nA: Customers pay for what the meter reads, so a household that gets less water pays less. The standing charge of Sh200 a month stays.\nQ: When will rationing end?\nA: When the long rains come. If they come in April as forecast, we hope to be back to daily supply by mid-May.",
     ["The Star spoke to Kawasco's managing director, Peter Kipng'eno Koech, on Tuesday afternoon.", "The interview has been edited for length and clarity.", "Q: Why has it taken until March to ration water?", "A: We have been rationing in the upper zones since January.", "What changes on March 17 is that the whole town goes on one schedule.", "Q: The residents' association says four of the new boreholes are outside the town.", "Is that true?", "A: It is, because those wards had no piped water at all.", "We are connecting two of the boreholes to the town's main line this month at a cost of about Sh9 million.", "Q: Will customers pay less while supply is rationed?", "A: Customers pay for what the meter reads, so a household that gets less water pays less.", "The standing charge of Sh200 a month stays.", "Q: When will rationing end?", "A: When the long rains come.", "If they come in April as forecast, we hope to be back to daily supply by mid-May."]),
    ("n76-ph-sta-headline-dateline", "DA to sell ₱29 rice at Sta. Brigida public market starting March 2\nBy Ramil Lingat\nFebruary 24, 2026 | 5:32 PM\nShare   Post   Copy link\nSTA. BRIGIDA CITY, Pampanga — The Department of Agriculture (DA) will open a stall selling well-milled rice at ₱29 a kilo at the Sta. Brigida public market on March 2, Rodolfo Dayrit, the DA's regional executive director for Central Luzon, said on Tuesday. The stall will sell up to 10 kilos a week per buyer to senior citizens, persons with disabilities, solo parents and households in the government's conditional cash-transfer program, he said.",
     ["DA to sell ₱29 rice at Sta. Brigida public market starting March 2", "By Ramil Lingat", "February 24, 2026 | 5:32 PM", "Share   Post   Copy link", "STA. BRIGIDA CITY, Pampanga — The Department of Agriculture (DA) will open a stall selling well-milled rice at ₱29 a kilo at the Sta. Brigida public market on March 2, Rodolfo Dayrit, the DA's regional executive director for Central Luzon, said on Tuesday.", "The stall will sell up to 10 kilos a week per buyer to senior citizens, persons with disabilities, solo parents and households in the government's conditional cash-transfer program, he said."]),
    ("n76-ph-two-men-in-turn", "Bienvenido Lansangan, president of the Sta. Brigida Public Market Vendors' Association, said the market's 212 rice retailers had not been consulted. “We are not against cheap rice for the poor,” he said. “But if the DA sells at ₱29 next to a stall that paid ₱42 a kilo for the same rice, who will buy from us?”\nDayrit said the DA stall would be at the market's east entrance, away from the rice section. He said the rice came from the National Food Authority's buffer stock, which was bought from local farmers at ₱23 a kilo of palay. Lansangan said retailers' margins were already below ₱3 a kilo. He said the association would ask the city council on Monday to move the stall outside the market. Dayrit said the DA was open to that.",
     ["Bienvenido Lansangan, president of the Sta. Brigida Public Market Vendors' Association, said the market's 212 rice retailers had not been consulted.", "“We are not against cheap rice for the poor,” he said.", "“But if the DA sells at ₱29 next to a stall that paid ₱42 a kilo for the same rice, who will buy from us?”", "Dayrit said the DA stall would be at the market's east entrance, away from the rice section.", "He said the rice came from the National Food Authority's buffer stock, which was bought from local farmers at ₱23 a kilo of palay.", "Lansangan said retailers' margins were already below ₱3 a kilo.", "He said the association would ask the city council on Monday to move the stall outside the market.", "Dayrit said the DA was open to that."]),
    ("n76-ph-am-pm-statement-suki", "The National Food Authority's provincial manager, Arnel Gopez, said the agency had 48,000 bags of rice in its two Pampanga warehouses as of Monday. He said that would be enough to supply the stall for at least six months at the DA's expected sales. The DA said in a separate statement that the ₱29 rice would be sold from 7 a.m. to 3 p.m. from Monday to Saturday.\nAnother rice retailer, Edgardo Nacpil, 47, said he had already cut his price by ₱2 a kilo to keep his regular customers. “My suki will not leave me for ₱29 rice,” he said. “I hope.”",
     ["The National Food Authority's provincial manager, Arnel Gopez, said the agency had 48,000 bags of rice in its two Pampanga warehouses as of Monday.", "He said that would be enough to supply the stall for at least six months at the DA's expected sales.", "The DA said in a separate statement that the ₱29 rice would be sold from 7 a.m. to 3 p.m. from Monday to Saturday.", "Another rice retailer, Edgardo Nacpil, 47, said he had already cut his price by ₱2 a kilo to keep his regular customers.", "“My suki will not leave me for ₱29 rice,” he said.", "“I hope.”"]),
    ("n76-ph-sta-end-inc", "Under a city ordinance passed in 2019, stalls inside the public market can be leased only to residents of Sta. Brigida. Mesina said the ordinance did not cover national government agencies.\nGet Bagwis Daily's top stories in your inbox every morning.   Sign up\nREAD NEXT\nPampanga onion farmers ask for cold storage before harvest\nCopyright © 2026 Bagwis Daily Publishing, Inc. All Rights Reserved.",
     ["Under a city ordinance passed in 2019, stalls inside the public market can be leased only to residents of Sta. Brigida.", "Mesina said the ordinance did not cover national government agencies.", "Get Bagwis Daily's top stories in your inbox every morning.   Sign up", "READ NEXT", "Pampanga onion farmers ask for cold storage before harvest", "Copyright © 2026 Bagwis Daily Publishing, Inc.", "All Rights Reserved."]),
    ("n76-za-standfirst-image-credit", "Department says interim operators start on Monday, but parents say they have heard that before\nLwazi Qamata\n07 February 2026 - 14:05\nShare this article\nLearners from villages around Ngqanda walk to school along a gravel road last week. Image: LWAZI QAMATA",
     ["Department says interim operators start on Monday, but parents say they have heard that before", "Lwazi Qamata", "07 February 2026 - 14:05", "Share this article", "Learners from villages around Ngqanda walk to school along a gravel road last week.", "Image: LWAZI QAMATA"]),
    ("n76-za-quote-over-paragraphs", "“In 2024 the same thing happened, and the department told us it would be sorted out in a week,” Sityebi said. “It took five weeks.\n“Now they tell us Monday. We will believe it when we see the taxis at the gate.”\nMgudlwa said the 2024 delay had a different cause, unpaid invoices, which had since been settled. He said the department had budgeted R186 million for scholar transport this financial year, up from R151 million last year. He said the names of the interim operators would be published on the department's website on Monday. Sityebi said he would be waiting at the school gate at 6am on Monday. He said the governing body would take the matter to the provincial legislature's education committee if the taxis did not arrive.",
     ["“In 2024 the same thing happened, and the department told us it would be sorted out in a week,” Sityebi said.", "“It took five weeks.", "“Now they tell us Monday.", "We will believe it when we see the taxis at the gate.”", "Mgudlwa said the 2024 delay had a different cause, unpaid invoices, which had since been settled.", "He said the department had budgeted R186 million for scholar transport this financial year, up from R151 million last year.", "He said the names of the interim operators would be published on the department's website on Monday.", "Sityebi said he would be waiting at the school gate at 6am on Monday.", "He said the governing body would take the matter to the provincial legislature's education committee if the taxis did not arrive."]),
    ("n76-gh-headline-byline-according", "Bodiase cocoa farmers wait six weeks to be paid for February beans\nKwame Tweneboah | Bodiase\nMar 19, 2026 · 10:41\nf   X   in   WhatsApp\nMore than 600 cocoa farmers in the Bodiase district of the Western North Region are still waiting to be paid for beans they sold in February, according to the Bodiase District Cocoa Farmers' Association. The association says the unpaid beans amount to about 1,900 bags, worth more than GH¢6.5 million at the current producer price.",
     ["Bodiase cocoa farmers wait six weeks to be paid for February beans", "Kwame Tweneboah | Bodiase", "Mar 19, 2026 · 10:41", "f   X   in   WhatsApp", "More than 600 cocoa farmers in the Bodiase district of the Western North Region are still waiting to be paid for beans they sold in February, according to the Bodiase District Cocoa Farmers' Association.", "The association says the unpaid beans amount to about 1,900 bags, worth more than GH¢6.5 million at the current producer price."]),
    ("n76-gh-quote-runs-on-mrs", "Its chairperson, Akosua Antwiwaa, told AhenfieOnline on Wednesday that purchasing clerks had been giving farmers paper receipts instead of cash since the second week of February. “A receipt cannot pay school fees,” she said. “Some of our members have started selling their beans to smugglers who pay cash at the farm gate.\n“We have been patient. But patience does not buy fertiliser.”\nThe district manager of Abrewaso Cocoa Buying Company, Mrs Adjoa Kyeremeh, said her company had paid for all the beans it bought up to February 10. She said the company was waiting for funds from the Ghana Cocoa Board (COCOBOD) to pay for the rest. “We are buying on trust, the same way the farmers are selling on trust,” she said. She said her company had bought 4,300 bags in the district this season.",
     ["Its chairperson, Akosua Antwiwaa, told AhenfieOnline on Wednesday that purchasing clerks had been giving farmers paper receipts instead of cash since the second week of February.", "“A receipt cannot pay school fees,” she said.", "“Some of our members have started selling their beans to smugglers who pay cash at the farm gate.", "“We have been patient.", "But patience does not buy fertiliser.”", "The district manager of Abrewaso Cocoa Buying Company, Mrs Adjoa Kyeremeh, said her company had paid for all the beans it bought up to February 10.", "She said the company was waiting for funds from the Ghana Cocoa Board (COCOBOD) to pay for the rest.", "“We are buying on trust, the same way the farmers are selling on trust,” she said.", "She said her company had bought 4,300 bags in the district this season."]),
    ("n76-gh-cocobod-it-declined", "COCOBOD said in a statement on Monday that it had released GH¢1.2 billion to licensed buying companies since the start of the 2025/26 main crop season, and that the outstanding payments would be made “in the coming weeks”. It said the delay had been caused by the late arrival of the second tranche of its syndicated loan. The district cocoa officer, Samuel Dankyira, declined to comment and referred questions to the head office in Accra.\nThe government set the producer price at GH¢3,625 per 64kg bag for the 2025/26 season in October. Ghana's cocoa output fell to about 530,000 tonnes in the 2023/24 season, its lowest in more than a decade, according to COCOBOD's annual report.",
     ["COCOBOD said in a statement on Monday that it had released GH¢1.2 billion to licensed buying companies since the start of the 2025/26 main crop season, and that the outstanding payments would be made “in the coming weeks”.", "It said the delay had been caused by the late arrival of the second tranche of its syndicated loan.", "The district cocoa officer, Samuel Dankyira, declined to comment and referred questions to the head office in Accra.", "The government set the producer price at GH¢3,625 per 64kg bag for the 2025/26 season in October.", "Ghana's cocoa output fell to about 530,000 tonnes in the 2023/24 season, its lowest in more than a decade, according to COCOBOD's annual report."]),
    ("n76-jm-standfirst-published-lead", "Transport Authority says operators face fines of up to $40,000\nShanique Henlon/Staff Reporter\nPublished: Friday | April 17, 2026 | 12:09 AM\nShare   Tweet   WhatsApp   Email\nRoute taxi operators on the Crabwood Pen to Mount Corah route in St Elizabeth began charging $260 for a one-way trip on Monday, up from $200, without the approval of the Transport Authority. The authority's corporate communications manager, Petrina Gourzong, said the fare on the route was last set at $200 in 2023 and that any increase requires a published fare order.",
     ["Transport Authority says operators face fines of up to $40,000", "Shanique Henlon/Staff Reporter", "Published: Friday | April 17, 2026 | 12:09 AM", "Share   Tweet   WhatsApp   Email", "Route taxi operators on the Crabwood Pen to Mount Corah route in St Elizabeth began charging $260 for a one-way trip on Monday, up from $200, without the approval of the Transport Authority.", "The authority's corporate communications manager, Petrina Gourzong, said the fare on the route was last set at $200 in 2023 and that any increase requires a published fare order."]),
    ("n76-jm-would-not-say-asked", "Gourzong said the authority had received the association's request on October 3, not in September, and had sent it on to the ministry with a recommendation. She would not say what the recommendation was. Bellanfante said operators would keep charging $260 until the ministry ruled. She said about 70 of the route's 90 licensed taxis had raised their fares. Gourzong said inspectors had issued 16 tickets on the route by Thursday afternoon. She said drivers who refuse the concession fare can lose their road licence.\nAt the Crabwood Pen square on Wednesday morning, a line of schoolchildren in khaki uniforms waited under a breadfruit tree for taxis that did not stop. Several commuters said drivers were refusing to take students at the concession fare of $100.\nDorrett Fagon, a vendor who takes produce to the Mount Corah market three times a week, said the increase would cost her an extra $360 a week. “Who is going to pay me $360 more for my yam?” she asked.",
     ["Gourzong said the authority had received the association's request on October 3, not in September, and had sent it on to the ministry with a recommendation.", "She would not say what the recommendation was.", "Bellanfante said operators would keep charging $260 until the ministry ruled.", "She said about 70 of the route's 90 licensed taxis had raised their fares.", "Gourzong said inspectors had issued 16 tickets on the route by Thursday afternoon.", "She said drivers who refuse the concession fare can lose their road licence.", "At the Crabwood Pen square on Wednesday morning, a line of schoolchildren in khaki uniforms waited under a breadfruit tree for taxis that did not stop.", "Several commuters said drivers were refusing to take students at the concession fare of $100.", "Dorrett Fagon, a vendor who takes produce to the Mount Corah market three times a week, said the increase would cost her an extra $360 a week.", "“Who is going to pay me $360 more for my yam?” she asked."]),
    ("n76-jm-patois-quote-ministry", "Driver Kirk Wignall, who has worked the route for 11 years, said he pays $7,800 a day to rent his car from its owner. “After gas and the owner, some days I take home $2,000,” he said. “Dem say we greedy. Come drive with me for one day.”\nThe transport ministry said in a statement on Thursday that the minister would announce “a comprehensive review of route taxi fares” before the end of May. It said operators should keep charging the approved fares until then.\nOpposition spokesman on transport Desmond Crooks said in a post on X that the ministry had “sat on” the association's request for six months. He said the last route taxi fare increase, in 2023, had taken eight months to approve.",
     ["Driver Kirk Wignall, who has worked the route for 11 years, said he pays $7,800 a day to rent his car from its owner.", "“After gas and the owner, some days I take home $2,000,” he said.", "“Dem say we greedy.", "Come drive with me for one day.”", "The transport ministry said in a statement on Thursday that the minister would announce “a comprehensive review of route taxi fares” before the end of May.", "It said operators should keep charging the approved fares until then.", "Opposition spokesman on transport Desmond Crooks said in a post on X that the ministry had “sat on” the association's request for six months.", "He said the last route taxi fare increase, in 2023, had taken eight months to approve."]),
    ("n76-pk-date-strip-lahore-dateline", "Lahore  |  Saturday, May 9, 2026  |  Zilqad 21, 1447\nHome   Pakistan   Lahore   Business   Sport   World   Opinion   Magazine\nLahore\nPunjab fixes price of 20kg flour bag at Rs1,850\nOur Staff Reporter\nUpdated 09 May, 2026 08:14am\nFacebook   X   WhatsApp   Comments\nLAHORE: The Punjab government on Friday fixed the retail price of a 20-kilogramme bag of flour at Rs1,850, Rs150 less than most shops in the city were charging this week. The notification, issued by the provincial food department, takes effect on Monday.",
     ["Lahore  |  Saturday, May 9, 2026  |  Zilqad 21, 1447", "Home   Pakistan   Lahore   Business   Sport   World   Opinion   Magazine", "Lahore", "Punjab fixes price of 20kg flour bag at Rs1,850", "Our Staff Reporter", "Updated 09 May, 2026 08:14am", "Facebook   X   WhatsApp   Comments", "LAHORE: The Punjab government on Friday fixed the retail price of a 20-kilogramme bag of flour at Rs1,850, Rs150 less than most shops in the city were charging this week.", "The notification, issued by the provincial food department, takes effect on Monday."]),
    ("n76-pk-pronoun-across-paragraph", "Mr Sialvi said the release had been raised to 16,000 tonnes from 11,000 tonnes after the mills complained last month. He said the food department had registered cases against 37 mills for hoarding since January. Mr Kahlon said most of those cases had been thrown out. “Calling a miller a hoarder is easier than fixing a wheat policy,” he said.\nHe said the group's members would decide on Sunday whether to sell at the fixed price. Mr Sialvi said mills that stopped grinding would lose their wheat quota. He said the government would announce a support price for the next wheat crop in October.",
     ["Mr Sialvi said the release had been raised to 16,000 tonnes from 11,000 tonnes after the mills complained last month.", "He said the food department had registered cases against 37 mills for hoarding since January.", "Mr Kahlon said most of those cases had been thrown out.", "“Calling a miller a hoarder is easier than fixing a wheat policy,” he said.", "He said the group's members would decide on Sunday whether to sell at the fixed price.", "Mr Sialvi said mills that stopped grinding would lose their wheat quota.", "He said the government would announce a support price for the next wheat crop in October."]),
    ("n76-pk-shafqat-question-tail", "On Friday evening, shopkeeper Naveed Sukhera was still selling 20kg bags at Rs1,990 at his general store in Gulshan-e-Zareen. He said his distributor had not lowered its price yet. “When I get it for less, I will sell it for less,” he said. A customer, a rickshaw driver who gave his name only as Shafqat, said he bought one bag a week for a family of eight. “Rs150 is one day's milk,” he said.\nWill the fixed price hold once the magistrates go home? Mr Sialvi said it would.\nPublished in The Anarkali Observer, May 9th, 2026\nComments are closed on this story.",
     ["On Friday evening, shopkeeper Naveed Sukhera was still selling 20kg bags at Rs1,990 at his general store in Gulshan-e-Zareen.", "He said his distributor had not lowered its price yet.", "“When I get it for less, I will sell it for less,” he said.", "A customer, a rickshaw driver who gave his name only as Shafqat, said he bought one bag a week for a family of eight.", "“Rs150 is one day's milk,” he said.", "Will the fixed price hold once the magistrates go home?", "Mr Sialvi said it would.", "Published in The Anarkali Observer, May 9th, 2026", "Comments are closed on this story."]),
    ("n76-us-live-updated-pm-est", "Last updated 10:06 p.m. EST Feb. 17, 2026\nThe board met Tuesday night to decide whether to close two of the district's 11 elementary schools to help close a $7.2 million budget gap. Follow our live updates below.\nShare   Facebook   X   Email\n10:06 p.m.\nBoard approves closures, 5-2\nThe board voted 5-2 to close Hessing and Vetterly elementary schools at the end of this school year. Board members Dwayne Hulsizer and Renee Tabachnik voted no. Students at the two schools will move to Tolbrook and Orchard Avenue elementary schools in August, according to the plan the board approved.\n— Kristen Tavernelli",
     ["Last updated 10:06 p.m. EST Feb. 17, 2026", "The board met Tuesday night to decide whether to close two of the district's 11 elementary schools to help close a $7.2 million budget gap.", "Follow our live updates below.", "Share   Facebook   X   Email", "10:06 p.m.", "Board approves closures, 5-2", "The board voted 5-2 to close Hessing and Vetterly elementary schools at the end of this school year.", "Board members Dwayne Hulsizer and Renee Tabachnik voted no.", "Students at the two schools will move to Tolbrook and Orchard Avenue elementary schools in August, according to the plan the board approved.", "— Kristen Tavernelli"]),
    ("n76-us-live-asked-entries", "9:31 p.m.\nLongest new bus ride would be 34 minutes, superintendent says\nSuperintendent Lorna Fetterolf said the longest bus ride for a student moving from Vetterly to Tolbrook would be 34 minutes. She said the district would add two bus routes in the fall. Wrzesniak asked whether the district planned to sell the Vetterly building. Fetterolf said it would first be offered to the city's parks department, as the district's property policy requires. She said no decision had been made on the Hessing building.\n— Kristen Tavernelli\n8:57 p.m.\nPublic comment ends after nearly two hours\nForty-three people signed up to speak, and all but four asked the board to keep both schools open. Vetterly parent Jasmine Tuckerby told the board her son's second-grade class at Tolbrook would already have 27 students next year. “Where are you going to put the kids from Vetterly?” she asked. Gil Ferracane, president of the Tellsbury Education Association, said the union would not fight the closures if class sizes stayed below 25. He said the teachers' contract caps kindergarten classes at 22 students.",
     ["9:31 p.m.", "Longest new bus ride would be 34 minutes, superintendent says", "Superintendent Lorna Fetterolf said the longest bus ride for a student moving from Vetterly to Tolbrook would be 34 minutes.", "She said the district would add two bus routes in the fall.", "Wrzesniak asked whether the district planned to sell the Vetterly building.", "Fetterolf said it would first be offered to the city's parks department, as the district's property policy requires.", "She said no decision had been made on the Hessing building.", "— Kristen Tavernelli", "8:57 p.m.", "Public comment ends after nearly two hours", "Forty-three people signed up to speak, and all but four asked the board to keep both schools open.", "Vetterly parent Jasmine Tuckerby told the board her son's second-grade class at Tolbrook would already have 27 students next year.", "“Where are you going to put the kids from Vetterly?” she asked.", "Gil Ferracane, president of the Tellsbury Education Association, said the union would not fight the closures if class sizes stayed below 25.", "He said the teachers' contract caps kindergarten classes at 22 students."]),
    ("n76-us-live-self-intro-tail", "6:58 p.m.\nGood evening from Tellsbury High School\nI'm Kristen Tavernelli, and I'll be bringing you updates from tonight's school board meeting with my colleague Devin Orrantia. About 300 people have packed the auditorium, many of them wearing green “Save Vetterly” T-shirts.\n— Kristen Tavernelli\nBack to top ↑\nSign up for Class Notes, the Sentinel's education newsletter, every Thursday.\n© 2026 The Tellsbury Sentinel. All rights reserved.",
     ["6:58 p.m.", "Good evening from Tellsbury High School", "I'm Kristen Tavernelli, and I'll be bringing you updates from tonight's school board meeting with my colleague Devin Orrantia.", "About 300 people have packed the auditorium, many of them wearing green “Save Vetterly” T-shirts.", "— Kristen Tavernelli", "Back to top ↑", "Sign up for Class Notes, the Sentinel's education newsletter, every Thursday.", "© 2026 The Tellsbury Sentinel.", "All rights reserved."]),
    ("n76-ca-published-pm-coun-jan", "Published Feb. 20, 2026 4:12 p.m. | Last updated Feb. 20, 2026 5:40 p.m.\nShare this story\nThe City of Kelbrook has spent its entire snow-clearing budget for 2026 with more than a month of winter still to come, the city's public works director, Gord Thiessen, told council Thursday night. He said three storms in January, including 41 centimetres of snow on Jan. 14 and 15, had used $410,000 of the $620,000 budget. Overtime, rented graders and 2,300 tonnes of salt and sand mix used up the rest by Feb. 12, he said.\n“We plowed every street we're required to under the policy, in the order the policy sets out,” Thiessen said. “What we can't do is make it stop snowing.”\nCoun. Dale Hryhorczuk, who chairs the finance committee, said council cut the snow budget by $95,000 in 2024 over his objection. He said the city had overspent its snow budget in four of the last six winters. He said the city of 14,800 people plows 186 kilometres of streets. Thiessen said that was correct, and that his department had asked for a larger budget in each of those years. Hryhorczuk said he would ask council to move $250,000 from the city's general reserve to cover the rest of the winter. He said the reserve held about $1.8 million at the end of 2025.",
     ["Published Feb. 20, 2026 4:12 p.m. | Last updated Feb. 20, 2026 5:40 p.m.", "Share this story", "The City of Kelbrook has spent its entire snow-clearing budget for 2026 with more than a month of winter still to come, the city's public works director, Gord Thiessen, told council Thursday night.", "He said three storms in January, including 41 centimetres of snow on Jan. 14 and 15, had used $410,000 of the $620,000 budget.", "Overtime, rented graders and 2,300 tonnes of salt and sand mix used up the rest by Feb. 12, he said.", "“We plowed every street we're required to under the policy, in the order the policy sets out,” Thiessen said.", "“What we can't do is make it stop snowing.”", "Coun. Dale Hryhorczuk, who chairs the finance committee, said council cut the snow budget by $95,000 in 2024 over his objection.", "He said the city had overspent its snow budget in four of the last six winters.", "He said the city of 14,800 people plows 186 kilometres of streets.", "Thiessen said that was correct, and that his department had asked for a larger budget in each of those years.", "Hryhorczuk said he would ask council to move $250,000 from the city's general reserve to cover the rest of the winter.", "He said the reserve held about $1.8 million at the end of 2025."]),
    ("n76-ca-mayor-quote-question", "Mayor Colleen Turenne said she would support the transfer, but that council had to “stop pretending” when it set the budget. “For six years in a row, we have set the snow budget below what we actually spent the year before,” she said. “Then we act surprised in February.\n“I'd rather put the real number in the budget and explain it to people.”\nEnvironment Canada is forecasting another 15 to 25 centimetres of snow for the area on Sunday. And if March is as snowy as January? Turenne said that was what the reserve was for.",
     ["Mayor Colleen Turenne said she would support the transfer, but that council had to “stop pretending” when it set the budget.", "“For six years in a row, we have set the snow budget below what we actually spent the year before,” she said.", "“Then we act surprised in February.", "“I'd rather put the real number in the budget and explain it to people.”", "Environment Canada is forecasting another 15 to 25 centimetres of snow for the area on Sunday.", "And if March is as snowy as January?", "Turenne said that was what the reserve was for."]),
    ("n76-nl-am-alderman-sensor-data", "Cyclists who leave their bikes in the underground garage at Hoevenburg station in North Brabant for more than 24 hours will have to pay from June 1, after the city council voted 23 to 14 in favour on Wednesday night. The first 24 hours will stay free, after which users will pay €1.25 a day, according to the plan adopted by the council.\nMobility alderman Joost van Reenen said the 4,800-space garage, which opened in 2019, was full by 8.30am on most weekdays. “In February we counted 1,100 bikes that had not moved for more than two weeks,” he said. “That is almost a quarter of the garage, full of bikes that nobody is riding.”\nThe garage was on average 96% full on weekdays in January, according to the city's own sensor data.",
     ["Cyclists who leave their bikes in the underground garage at Hoevenburg station in North Brabant for more than 24 hours will have to pay from June 1, after the city council voted 23 to 14 in favour on Wednesday night.", "The first 24 hours will stay free, after which users will pay €1.25 a day, according to the plan adopted by the council.", "Mobility alderman Joost van Reenen said the 4,800-space garage, which opened in 2019, was full by 8.30am on most weekdays.", "“In February we counted 1,100 bikes that had not moved for more than two weeks,” he said.", "“That is almost a quarter of the garage, full of bikes that nobody is riding.”", "The garage was on average 96% full on weekdays in January, according to the city's own sensor data."]),
    ("n76-in-updated-dr-am-pm", "KOLLAM  |  Updated: 04 Mar 2026, 6:22 pm IST\nFollow us   Share\nAt least 46 patients who need dialysis three times a week are on a waiting list at the Taluk Headquarters Hospital in Puthenkara, where the dialysis unit runs only two shifts a day because it has too few technicians, according to hospital records.\nHospital superintendent Dr. Beena Kurissingal said the unit's eight machines were in use from 7 a.m. to 7 p.m. and could run a third shift if the hospital had two more technicians. “We have trained four nurses to assist, but the rules say a dialysis technician must be present at every session,” she said. “I have written to the district office three times since November.”",
     ["KOLLAM  |  Updated: 04 Mar 2026, 6:22 pm IST", "Follow us   Share", "At least 46 patients who need dialysis three times a week are on a waiting list at the Taluk Headquarters Hospital in Puthenkara, where the dialysis unit runs only two shifts a day because it has too few technicians, according to hospital records.", "Hospital superintendent Dr. Beena Kurissingal said the unit's eight machines were in use from 7 a.m. to 7 p.m. and could run a third shift if the hospital had two more technicians.", "“We have trained four nurses to assist, but the rules say a dialysis technician must be present at every session,” she said.", "“I have written to the district office three times since November.”"]),
    ("n76-in-initials-quote-runs-on", "K.P. Vellayudhan, secretary of the Kollam District Kidney Patients' Welfare Association, said some patients on the list were travelling 40 km to private centres that charge ₹1,500 to ₹2,200 a session. “A daily-wage worker who needs three sessions a week cannot find ₹6,000 a week,” he said. “Some of them are already skipping sessions.\n“We have asked the government to run the unit round the clock, as the district hospital does. Until then, every week on the list is a week of risk.”\nMr. Vellayudhan said one technician on daily wages would not be enough for a third shift. A nephrologist at a private hospital in Kollam, who did not want to be named, said patients who missed sessions could develop dangerous levels of potassium within days. The hospital's records suggest about a third of those on the waiting list live more than 20 km from Puthenkara.",
     ["K.P. Vellayudhan, secretary of the Kollam District Kidney Patients' Welfare Association, said some patients on the list were travelling 40 km to private centres that charge ₹1,500 to ₹2,200 a session.", "“A daily-wage worker who needs three sessions a week cannot find ₹6,000 a week,” he said.", "“Some of them are already skipping sessions.", "“We have asked the government to run the unit round the clock, as the district hospital does.", "Until then, every week on the list is a week of risk.”", "Mr. Vellayudhan said one technician on daily wages would not be enough for a third shift.", "A nephrologist at a private hospital in Kollam, who did not want to be named, said patients who missed sessions could develop dangerous levels of potassium within days.", "The hospital's records suggest about a third of those on the waiting list live more than 20 km from Puthenkara."]),
    ("n76-my-datuk-ir-named-after-quote", "In a statement on Thursday night, the state DID director, Ir. Norhayati Mat Ripin, said the pumps had been refuelled at 5.30pm and had run until 11pm. She said the department was also clearing rubbish from a culvert under Jalan Kantan 3 that had been blocked by a mattress and construction waste. She said the department had cleared 3.2 tonnes of rubbish from drains in the estate since January.\n“This is the third time since January I have had to throw away my fridge and my washing machine,” said S. Thilagavathy, 44, whose terrace house is on the lowest street in the estate. “The water came into the house in 20 minutes.\n“Now they say July. Last year they said March. Why should we believe July?”",
     ["In a statement on Thursday night, the state DID director, Ir. Norhayati Mat Ripin, said the pumps had been refuelled at 5.30pm and had run until 11pm.", "She said the department was also clearing rubbish from a culvert under Jalan Kantan 3 that had been blocked by a mattress and construction waste.", "She said the department had cleared 3.2 tonnes of rubbish from drains in the estate since January.", "“This is the third time since January I have had to throw away my fridge and my washing machine,” said S. Thilagavathy, 44, whose terrace house is on the lowest street in the estate.", "“The water came into the house in 20 minutes.", "“Now they say July.", "Last year they said March.", "Why should we believe July?”"]),
]  # fmt: skip
