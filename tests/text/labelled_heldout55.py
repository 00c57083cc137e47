"""Fifty-fifth held-out set of hand-labelled pages for the hint engines (held-out set, round thirty-five):
twelve ORDINARY WHOLE pages, head to tail, of everyday news from twelve countries' news sites, one
beat each: politics (a county governor survives an impeachment motion, Kenya), courts (a farmer
fined for stealing goats, Jamaica), health (dengue cases pass 600 in Rawalpindi, Pakistan),
transport (an island's car ferry stays in dry dock, Scotland), business (tea prices fall at the
Colombo auction and an old factory is to close, Sri Lanka), weather (an orange alert as rain floods
central Trinidad, Trinidad and Tobago), schools (pupils to start the year in portable classrooms,
Malta), sport (a Super League club goes top, Zambia), local council (a city approves its first trash
fee since 1998, the United States), crime (two men remanded over a burglary spree, Cyprus), science
(a study of oystercatchers on the Wadden Sea, the Netherlands) and culture (a record field for the
Crop Over calypso contest, Barbados). Each page keeps its site's own furniture in its own wording
(cookie and privacy banners, weather strip, masthead, menus, crumbs, section labels, bylines, dates,
share strips, captions and credits, advertisement slots, READ ALSO / RELATED / Read more links,
newsletter, paywall and WhatsApp prompts, comment notes, bios, tags, related lists, copyright lines
and footers), and the ordinary mix of sources: people named once and then by surname, role or
pronoun, spokespeople named and unnamed, organisations named and then called "the company", "It" or
by their initials, "according to" documents and data, check-worthy facts beside opinions, feelings,
hedges, advice and scene-setting. This is a HELD-OUT set: it is never looked at while tuning rules,
and it only measures how the engine does on copy nobody tuned for.

HELD-OUT: its split cases are `HELDOUT_CASES` (renamed from `CASES` when the set was registered,
so no test collects them), not `CASES`.

Written from scratch for issue 13 in round thirty-five, blind, before any rule was tuned on it and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under `docs/`
or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never imported, and
no test, scorer, engine or `pytest` was run. The brief's folder was listed (it held the brief, a
review note and a scoring script); only the brief was read, and the other two files were never
opened. The search and fetch tools of the session were not used, and nothing was downloaded. What
was read for the format: the module docstrings of `labelled_new.py` and `labelled_new2.py` (printed
whole with `ast.get_docstring`); the module docstrings, `STYLES`, first two pages and first eight
`CASES` of `labelled_new77.py` and `labelled_new78.py` (printed by a script of my own that loaded
those two modules, saved to a file in /tmp and read back with `sed`, long lines cut to 900 or 1,500
characters, so a few style lines and page lines were seen only in part); `build` in
`labelled_articles.py` (a `grep -n "def build" -A15` listing); the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` listing). No other page, case or docstring of any file under `tests/` was
read. What was run: `ls tests/text` (a count, and the names matching `labelled_heldout5*`,
`labelled_new7*` and `labelled_new8*`); read-only `git status --short` runs (the first printed
nothing; later ones listed `claimreview/text/attribution.py`, `claimreview/text/boilerplate.py`,
`claimreview/text/speakers.py` and `tests/text/test_hints.py` as modified by someone else, and the
last one also `labelled_heldout56.py` and `labelled_new79.py` as untracked, names only, none of them
opened); a Python one-liner printing the calendars of March to August 2026 to check weekdays;
scripts of my own in /tmp that turn a small line format into the literals below, rename coined
names, cut the split cases out of the pages and count sentences and flags; an import of this file
with `build` on every page; a checking script of my own (four fields, flags, a cue for every speaker
and a speaker for every cue, no speaker on furniture, the sentence count, every split case occurring
in a built page and joining back to its sentences); whole-word, case-insensitive counts over the
files under `tests/` (this file left out) of every capitalised word of these pages and speakers
(each part of a hyphenated name on its own) and of every candidate replacement, and a few phrase
counts for outlet, club and company names, printing file counts only (a script of my own doing what
`grep -rilw WORD tests/ | wc -l` does, one pass for the words and one for the phrases); and `ruff
format` / `ruff check` on this file. A first draft hit about ninety coined surnames, given names,
towns, streets, outlets, clubs and companies of other files under `tests/` (among them outlet words
such as Torch, Courant, Clarion, Beacon and Daybreak); each was renamed, many first replacements hit
too and were replaced again, and only names with no hit were kept. Three coined names that had no
hit at first (a surname and two given names) began to hit during drafting, when files being written
at the same time appeared, and were renamed. The last count-only pass found none of this set's
coined names elsewhere; what still hits is common words used in names (Copper, Hawks, Rovers, Blues,
Glen, Gully, Trace, Pasture, Lodge, Arrow, Cane, Highlands, Courier, Commerce, Observer), initials
of real bodies, and the real settings listed below.

Every person, village, district, neighbourhood, estate, island, pier, street, ward, hospital,
institute, university, school, tent, venue, club, stadium, company, broker, union, group, survey,
register, journal, outlet, stage name and number is invented. Real countries, regions, big towns,
roads, laws and public bodies appear only as settings, with invented figures and invented people in
their offices: Kenya, Nyandarua County and its county assembly, the County Governments Act, the
Public Finance Management Act, the Ethics and Anti-Corruption Commission (EACC) and the Senate;
Jamaica, St Elizabeth, the St Elizabeth Parish Court, the Jamaica Constabulary Force, the
agriculture ministry and Manchester (in a related headline); Pakistan, Punjab, Rawalpindi, Lahore,
Islamabad (in a related headline), the Punjab government and health department, the deputy
commissioner's office, Section 144 and FIRs; Scotland, Argyll and Bute, Greenock, the Scottish
Government, the Scottish Parliament, the Cabinet Secretary for Transport, Transport Scotland and the
Maritime and Coastguard Agency; Sri Lanka, Colombo, Badulla, Bandarawela, the Colombo tea auction,
the Colombo Stock Exchange, the Sri Lanka Tea Board, the Commissioner General of Labour, and the
Middle East, the Red Sea and the Gulf (as markets and routes); Trinidad and Tobago, Port of Spain
(in the weather strip), Piarco and its airport, Chaguanas, the Solomon Hochoy Highway, Caroni (in a
related headline), the Trinidad and Tobago Meteorological Service (TTMS), the Office of Disaster
Preparedness and Management (ODPM), the Couva/Tabaquite/Talparo Regional Corporation, the Ministry
of Works and Transport, the Ministry of Education, the Water and Sewerage Authority (WASA), the
Airports Authority, the Caribbean Examinations Council (CXC) and the tropical Atlantic; Malta,
Birkirkara, Gozo (in a menu), Żejtun (in a related headline), the Foundation for Tomorrow's Schools
(FTS), the Superintendence of Cultural Heritage, Parliament and the education minister, the Malta
Union of Teachers and the National Statistics Office; Zambia, Ndola, Kasama, Chilanga, Solwezi, the
Super League, the Football Association of Zambia (FAZ), and Chipolopolo and the Cosafa Cup (in a
related headline); the United States, Ohio, Columbus and St. Rt. 37 (in a related headline); Cyprus,
Limassol, Larnaca, Paphos (in a related headline), the Limassol district court, the Limassol police
and CID, the Citizens' Hotline and the municipality of Limassol; the Netherlands, the Wadden Sea and
its islands, Rijkswaterstaat, north-west Europe, Amsterdam (in a menu), and Schiphol and Texel (in
related headlines); Barbados, Bridgetown, St. Michael, Crop Over and Kadooment, the National
Cultural Foundation (NCF), the House of Assembly and the Minister of Culture. Social networks and
apps (Facebook, X, Twitter, WhatsApp, Telegram, Viber, LinkedIn, Google News) appear only in share
strips and prompts.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a pasted
page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or
"". The points settled in later sets, as `labelled_new77.py` and `labelled_new78.py` state them,
hold too: furniture "B" line by line; captions by content and credits "B"; headlines and standfirsts
never split at a semicolon or a comma, a verb of saying in them carrying the source as the body
names it; titles, ranks and honorifics dropped from speakers ("Hon.", "Dr", "Dr.", "Mr", "Judge",
"Deputy Superintendent of Police", "Head of school", "Minister of Culture"); a pronoun, a later
surname or a role ("the governor said", "The judge told him") resolved to the full name as first
given; an organisation called by a description kept as written ("The company", "the ministry", "the
spokesperson"), "It" resolved to the organisation's name as first given with a lower-case article;
"according to X" -> X whole; a quote over several sentences carrying its speaker and cue; "did not
say" labelled like "declined to comment", flags ""; a named person acting with no verb of saying
carrying no speaker; decisions, votes, rules, dates fixed and figures of record "W", even in the
future tense; forecasts, estimates, hopes, intentions, threats, opinions, feelings, scene, private
circumstances, questions and advice ""; sport data lines "" with the box's title and the table's
header row "B"; a weather strip "B".

Conventions this set had to settle, in the same spirit:

* "The court heard that ..." and "..., the court heard." name no source (the court is where it was
  said, not who said it), so they carry no speaker and no cue and are flagged by content ("W" for a
  fact of the case or a previous conviction). "told the court", "told the House", "told council",
  "told the Review", "told the Sundial" and "told reporters" are cues as written; "the investigating
  officer told the court" keeps the unnamed officer as written.
* Initials after a full name. An organisation first given in full with its initials in brackets
  keeps them in the speaker ("The Office of Disaster Preparedness and Management (ODPM)", "the
  Foundation for Tomorrow's Schools (FTS)"); a later sentence that calls it by its initials alone
  ("the TTMS said", "The NCF also confirmed", "The TTMS's records show") is kept as written, like a
  generic noun, while "It said" resolves to the full name. A headline or standfirst that uses the
  initials ("FTS confirms", "NCF says") carries the full name as the body first gives it.
* Organisations named after a description. "after the operator said ..." in a transport story's
  lead, before the operator is named, keeps "the operator"; "In a filing ..., the company said"
  after the company was named without a verb of saying keeps "the company"; "Western Sound Ferries
  said" and "It said" carry the name.
* A headline's role stands for the person the body names: "Judge says ..." carries the judge, and
  "..., health officer says" the district health officer, not the authority she works for.
* Stage names. A performer introduced by the stage name, with the real name in apposition ("Mighty
  Canefire, whose real name is ..."), is labelled with the stage name as first given, and "Canefire
  said" resolves to it; a nickname in quotation marks inside a full name is dropped like a title
  ("Tamisha “Queen Flambeau” Griffith-Rowland" -> "Tamisha Griffith-Rowland").
* Verbs of saying as written: "claimed", "dismissed ... as", "described ... as", "urged", "advised",
  "advise" (police advice in the present tense), "complained", "called it", "confirmed", "asked:"
  before a quoted question and "asked" after one. A claim made "but did not provide evidence" is
  still "W" (it is checkable); the dismissal of it is "".
* A quote of a statement and a question in one pair of quotation marks, closed by "he asked", is
  split at the full stop and both halves take the cue "asked"; a colon inside a quote ("it has said:
  let the man work") and a colon after "asked" never split.
* An estimate stays "" when a document carries it: "is expected to raise about $1.1 million a year,
  according to a memo from Finance Director ... Jr." keeps the memo as written (title and suffix
  included) with flags "", and "would cost the city about $190,000 a year" told to council is "";
  "The memo says the cost ... has risen from $2.3 million to $3.4 million" is "W".
* A person's own circumstances and memories (a daughter who gave birth in a corridor, three
  neighbours with dengue, thirty years on the same street, a break-in on a sister's name day, an
  alarm bought since) are ""; a loss or a figure that is the story's matter (goats lost and the kids
  they carried, lambs that missed the mart, bookings cancelled, a fertiliser price, a tent's nightly
  takings) is "W", as is an opinion sentence that carries a figure of record.
* Roll calls ("Council President ..., ... and ... Jr. voted for the fee.") and a failed amendment
  are "W" without a speaker; a meeting booked ("Council meets next at 7 p.m. May 26 ...") and a
  fixture ("The Hawks travel to Solwezi on Saturday.") are "W".
* Hotline and phone numbers given to readers inside the story ("can call the ODPM on 511 or ...",
  "Anyone with information can call Limassol CID on 25 805 057 ...") are story advice (""), not
  furniture; the reporter's own contact line under the story is "B".
* Cookie and privacy banners pasted above the masthead are "B", sentence by sentence, with their
  button lines; a "Like what you read?" plea and a journal reference line with "et al." are "B",
  the reference as one sentence.

Splits. "8.40 p.m., according to", "Hon. Japheth", "the governor: gross", "said: let", "Sh10 a
day.", "Group PLC." before "All rights reserved.", "Published:Wednesday", "3 a.m. on", "his
pension." before "When you take", "Jamaica Ltd." before "All rights reserved.", "— Photo by author"
after a caption, "RAWALPINDI:", "41 FIRs", "Section 144", "Rs50,000", "May 19th, 2026", "MV Glen
Ardrach", "‘intolerable’" at a line's end, "14:32, Tue 19 May 2026", "7.45am, 12.15pm and 5.30pm",
"Ltd." before "Registered in Scotland No. SC482117.", "Rs. 38", "Rs. 1,214.62", "Brokers Ltd."
before "Low-grown", "K. M. Kusumalatha", "(Pvt) Ltd." before "All Rights Reserved.", "No. 27,",
"27°C", "6 a.m. Thursday;", "5 p.m." before "At the height", "2.10 p.m. and", "800-2837.", "Ta'
Ħarbija", "€11.6m", `asked: "If`, "€1.99 a month.", "Ltd." before "Company Reg. No. C 41182.", "34',
87'", "61' pen", "2-1", "0-0", "running." before "Chibuye is", "99¢", "10:41 PM EDT", "Thurston G.
Hallberg Jr." before "The memo", "Szeremeta Jr. voted", "Hackberry St. pays", "Butternut Ave. for",
`cut."`, "No. 2026-41.", "400 N. Main St." at a paragraph's end, "St. Rt. 37", "by 6 a.m.", "LLC."
before "All rights reserved.", "11.30pm.", "6pm and 9pm", "25 805 057", "Reg. No. HE 301146", "Dr.
Jildou", "0.21 chicks", "full." before "Where are the birds", "et al.", "Coast Bird Ecol.
2026;41(2):118-131.", "B.V." before "All rights reserved.", "Hon. Jerrol", "4 p.m." before
"Judging", "“Queen Flambeau”", "Inc. |" and "St. Michael," never split a sentence wrongly.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
these pages (consecutive lines joined by a newline, sentences of one line by a space): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    "Kenyan national daily's counties page, a governor survives an impeachment motion in a county assembly, with Hon. and Dr before names, the majority leader who tabled the motion, the governor named once and then called Dr Kiragu and the governor, the Speaker acting without a verb of saying, two MCAs on opposite sides, according to the assembly's Hansard records and Senate records, a claim made without evidence and dismissed by the governor's office, a trader's feeling and a county spokesman's target date (masthead in capitals, menu with pipes, section label in capitals, headline with a figure, standfirst with a figure, byline in capitals, More by this Author, weekday date with a read time, share line, caption and a | PHOTO | credit with pipes, ADVERTISEMENT, READ ALSO links in capitals, the writer's email, a Sh10-a-day paywall offer and Subscribe now, footer links, copyright in two sentences)",
    "Jamaican daily's lead-stories page, a farmer is fined in a parish court for stealing goats, with the court heard without a named source, the Clerk of the Court who told the court, a defence attorney's plea in mitigation, the judge named once and then called Judge Smikle-Aldred and the judge, a judge's quote over three sentences, a complainant's loss in a quote, police figures through according to, a police officer who urged, a ministry said and a farmers' group chairman's intention (masthead in capitals, menu with Rural Xpress, section label, headline with a $ figure, standfirst carrying the judge through says, byline with a slash and Sentinel Writer, Published: line with pipes and AM, share line, caption and a - File credit, ADVERTISEMENT, two RELATED links, newsletter line and SUBSCRIBE, comments note in two sentences, copyright with Ltd. before All rights reserved, footer links)",
    "Pakistani English daily's national page, dengue cases in Rawalpindi pass 600 and hospitals open extra wards, with a RAWALPINDI: dateline, Dr before names, the District Health Authority named then called It, a district health officer named once and then called Dr Ghumman and She, FIRs and Section 144, a hospital's medical superintendent, according to figures from the hospital's blood bank, a health officer who urged, residents who complain, a shopkeeper named after his quote, a deputy commissioner's deadline of record, provincial figures through according to, an outside entomologist's fact beside her fear and advice (masthead in capitals, menu with E-Paper, section label, headline with a figure, standfirst carrying the district health officer through says at its end, byline, published and updated line, share line with a comments count, caption and an em-dash Photo by author credit, Advertisement, a Published in line with May 19th, a WhatsApp prompt, comments policy in two sentences, RELATED list, copyright)",
    "Scottish local news site covering Argyll, an island's only car ferry stays in dry dock six more weeks as repairs overrun, with a cookie banner at the top, the operator first called the operator and then named, The company and It, a community council chair whose quote mixes a record with feelings, according to Transport Scotland, an MSP, a Transport Scotland spokesperson then the spokesperson, a hotel owner's figures, a timetable with am and pm, and a refund decision (cookie banner in two sentences and its buttons, masthead, subscribe and sign-in strip, menu with Island Life and Notices, crumb with ›, headline, standfirst with a semicolon carrying the operator through says, byline, a role line, a time-first date, share line, caption and a Picture: credit, Advertisement, Read more link, newsletter line and Sign up, comments count, Most read list, company footer with Registered in Scotland No., footer links)",
    "Sri Lankan English-language business daily's plantations page, tea prices fall for a fourth week at the Colombo auction and a 91-year-old factory is to close, with Rs. before figures, a broker's report through according to ending in Ltd., a broker's director whose forecast is a hedge, a listed company's stock-exchange filing, It said and The company did not say, a union leader's intention and figure, Tea Board data through according to, a chairman who told the Review, smallholders who say, and a grower with initials named after her quote (masthead in capitals, menu with Print Edition, date line with a hit count, section label, headline with a semicolon, byline, share line with pipes, caption and a Pic by credit, Advertisement, Print, comments line with a pipe, Related link, copyright with (Pvt) Ltd. before All Rights Reserved., an address line with No.)",
    "Trinidad and Tobago daily's local page, an orange alert as 120mm of rain floods central Trinidad, with a weather strip at the top, the Met Service named with its initials and then called the TTMS, a forecast beside an alert of record, a.m. and p.m. ending sentences, the ODPM named then called It with advice, a regional corporation chairman, a resident described without a verb of saying and then quoted in Trinidadian English with a question and she asked, the Airports Authority said at a sentence's end, WASA, a works ministry and the ministry, schools closed by the education ministry, the TTMS's records that show, a meteorologist's outlook, and hotline numbers in the story (weather strip, masthead in capitals, menu with Carnival, section label in capitals, headline with a figure, standfirst with a semicolon, byline, published line with pm, share line, caption and a - PHOTO: credit in capitals, ADVERTISEMENT, RELATED NEWS list with a colon in a headline, subscription plea with a question, copyright with a pipe, footer links)",
    "Maltese English-language news site's national page, pupils at a Birkirkara primary school will start the year in portable classrooms because a new block is a year late, with € millions, the state agency named with its initials and then called It, its chief executive's causal claim and her opinion in one quote, a parents' association then its president named with Its president, a parent who asked: before a quoted question, a head of school's decision of record, the education minister in Parliament, a union that registered a dispute and then threatened, National Statistics Office figures that show (masthead, log-in and subscribe strip, menu with Court & Police and Gozo, section label, headline, standfirst carrying the agency through confirms, byline, read time, short weekday date with a 24-hour time, save and share line, caption that states a fact and its Photo: credit, Advertisement, a support plea in two sentences with €1.99, Subscribe, newsletter sign-up in two lines, Related Stories, comments note, copyright with Company Reg. No.)",
    "Zambian daily's sport page, a Super League club goes top with a late header, with a capitalised first word in the lead, the scorer named once and then called Nkhata, a match facts box as data lines with apostrophes and pen, a coach whose quote runs over three sentences, the scorer who told reporters and then said, the beaten coach's grievance, the FAZ named with its initials and its spokesperson with She said, a league table with its title and header row, and a fixture (masthead in capitals, menu, section label in capitals, headline with a score, byline in capitals, date line, share line, caption and a PICTURE: credit in capitals, MATCH FACTS title, ADVERTISEMENT, League table title and header row, Tags line with pipes, Related posts, a comment form in three lines, copyright)",
    "US local daily's site in Ohio, a city council approves its first trash fee since 1998 by 5-2, with a finance director's memo through according to ending in Jr., The memo says, a roll call with Jr. before voted, a mayor named once and then called Marchiando, a councilman whose surname opens with Van and whose amendment fails without a verb of saying, a councilman who voted with a heavy heart, the finance director who told council an estimate, public comment with a question in a quote and a speaker named after her words, a landlord's figures, a survey through according to, Ordinance No. at a sentence's end and N. Main St. at a paragraph's end (masthead, 99¢ subscription and e-Edition strip, menu with Things To Do, section label in capitals, headline with OKs and a $ figure, byline with an email, PUBLISHED and UPDATED line with PM EDT and AM EDT, share line, caption and a credit in brackets with a slash, ADVERTISEMENT, the reporter's tag line with a phone number, Related Articles with a colon headline and St. Rt., a 6 a.m. newsletter line and Sign up, copyright with LLC. before All rights reserved.)",
    "Cypriot English-language news site's crime page, two men remanded over 23 burglaries in Limassol, with a privacy banner at the top, police said at a sentence's end, a police spokesman named once and then called he with told the Sundial, an unnamed investigating officer who told the court, a defence lawyer's claim, a court decision of record without a speaker, the court heard at a sentence's end, a victim's feelings and private losses, police figures through according to, police advice with advise, the municipality said, a neighbourhood-watch organiser, and phone numbers with spaces in the story (privacy banner with its buttons, masthead in capitals, menu with Life & Style, crumb with ›, headline with €, byline, date, share line with Viber, caption and a (File photo) credit, Advertisement, a Google News prompt, Related Posts, Tags with pipes, a comments-policy line in two sentences, copyright with Reg. No.)",
    "Dutch English-language news site's science page, a 12-year study finds oystercatchers on the Wadden Sea raise too few chicks because summer storms flood their nests, with a headline carrying the study through finds, a new study has found, the researchers acting without a verb of saying and then found and wrote, Dr. before the lead author and her double surname used alone later, a professor who called it and was not involved, a quote of a statement and a question closed by he asked, Rijkswaterstaat named with its role in apposition, A spokesperson, a bird protection group with its descriptor dropped and It said, a warden named after his quote, and a journal reference line with et al. (masthead, menu with Dutch Life, section label, headline, byline, date with a dash and a 24-hour time, share line, caption and a Photo: credit with a slash, Advertisement, journal reference, a membership plea in three sentences with €4, Read more list, copyright with B.V. before All rights reserved.)",
    "Barbadian daily's entertainment page, a record 52 calypsonians enter the Crop Over monarch race and the finals move to a bigger ground, with the NCF named with its initials and then called The NCF, a standfirst carrying the NCF through says, a chief executive's record beside her feelings, a young entrant described without a verb of saying and then quoted, a defending monarch known by his stage name with his real name in apposition and later called Canefire, the culture minister with Hon. in the House of Assembly, an opposition spokesman, a tent scene, NCF figures through according to, a tent manager, and St. Michael in a footer (masthead in capitals, menu with Crop Over 2026, section label in capitals, headline with a figure, standfirst, byline in lower case, date, share line, caption and a (FILE PHOTO) credit, ADVERTISEMENT, a WhatsApp channel prompt in two sentences, Related list, a log-in note for comments, copyright with Inc. and an address with a pipe)",
]

ARTICLES = [
    [
        [
            ("THE HIGHLANDS COURIER", "", "", "B"),
        ],
        [
            (
                "Home | News | Counties | Politics | Business | Sports | Opinion | Lifestyle | Videos | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("COUNTIES", "", "", "B"),
        ],
        [
            (
                "Nyandarua governor survives impeachment bid as motion falls 11 votes short",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Only 23 of the 50 MCAs backed the motion after a seven-hour sitting that was twice suspended over chaos in the chamber",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By WAITHERERO WAHINYA-KIGOTHO", "", "", "B"),
        ],
        [
            ("More by this Author", "", "", "B"),
        ],
        [
            ("Thursday, May 14, 2026 | 4 min read", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | Telegram | Email", "", "", "B"),
        ],
        [
            (
                "Nyandarua Governor Erastus Kiarie Kiragu addresses supporters outside the county assembly on Wednesday evening after the vote.",
                "",
                "",
                "",
            ),
            ("| PHOTO | KAMWERU NGUMBA | COURIER", "", "", "B"),
        ],
        [
            (
                "A motion to impeach Nyandarua Governor Erastus Kiarie Kiragu collapsed on Wednesday evening after only 23 of the county's 50 Members of County Assembly (MCAs) voted in favour, 11 short of the two-thirds majority required under the County Governments Act.",
                "",
                "",
                "W",
            ),
            (
                "Nineteen MCAs voted against the motion and eight were absent when the division was called at 8.40 p.m., according to the assembly's Hansard records.",
                "the assembly's Hansard records",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The motion, tabled by Majority Leader Hon. Japheth Gathecha Waithaka, listed three charges against the governor: gross misconduct, abuse of office and violation of the Public Finance Management Act.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr Waithaka told the House that the county executive had paid Sh318 million to a contractor for a new maternity wing at Kiriita Level 4 Hospital, although an inspection by the assembly's health committee in March found the building only 40 per cent complete.",
                "Japheth Gathecha Waithaka",
                "told the House",
                "W",
            ),
            (
                "“We are not here because we hate the governor,” he said.",
                "Japheth Gathecha Waithaka",
                "said",
                "",
            ),
            (
                "“We are here because the mothers of Kiriita deserve better than a corridor.”",
                "Japheth Gathecha Waithaka",
                "said",
                "",
            ),
        ],
        [
            (
                "Speaking to reporters outside the chamber after the vote, Dr Kiragu said the contractor had been paid Sh204 million, not Sh318 million, and that the balance was still held in the county revenue fund.",
                "Erastus Kiarie Kiragu",
                "said",
                "W",
            ),
            (
                "He described the motion as “a political ambush” by people who want to run for governor in 2027.",
                "Erastus Kiarie Kiragu",
                "described",
                "",
            ),
        ],
        [
            (
                "“Today the assembly has spoken, and it has said: let the man work,” the governor said.",
                "Erastus Kiarie Kiragu",
                "said",
                "",
            ),
            (
                "“I hold no grudge against any member of this House.”",
                "Erastus Kiarie Kiragu",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Speaker Jecinta Nyaguthii Kagwima twice suspended the sitting, first at 2.15 p.m. after members scuffled near the mace and again shortly after 5 p.m. when the lights in the chamber went off.",
                "",
                "",
                "W",
            ),
            (
                "She ordered the serjeant-at-arms to remove two MCAs, among them Karangatha Ward representative Ephantus Wanyeki Gichuki, for the rest of the day.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mr Gichuki, a first-term MCA who opposed the motion, later said his removal was “a disgrace to this House and to the people who elected me”.",
                "Ephantus Wanyeki Gichuki",
                "said",
                "",
            ),
        ],
        [
            (
                "Mwihoko-ini Ward MCA Purity Wangui Wahome, who seconded the motion, said she would write to the Ethics and Anti-Corruption Commission (EACC) on Monday to ask it to investigate the tender.",
                "Purity Wangui Wahome",
                "said",
                "",
            ),
            (
                "She claimed that at least six members had been offered Sh200,000 each to stay away from the vote, but did not provide evidence.",
                "Purity Wangui Wahome",
                "claimed",
                "W",
            ),
            (
                "The governor's office dismissed the claim as “cheap propaganda”.",
                "The governor's office",
                "dismissed",
                "",
            ),
        ],
        [
            ("READ ALSO: Senate team to audit county hospital tenders in 12 counties", "", "", "B"),
        ],
        [
            (
                "Under Section 33 of the County Governments Act, a motion to remove a governor must be backed by at least two-thirds of all the members of a county assembly before it goes to the Senate for a trial.",
                "",
                "",
                "W",
            ),
            (
                "County assemblies have voted to impeach at least 11 governors since 2013, and the Senate has upheld the removal of three of them, according to Senate records.",
                "Senate records",
                "according to",
                "W",
            ),
            (
                "It was the second attempt to remove Dr Kiragu since he took office in August 2022; a similar motion in November 2024 was withdrawn before it could be put to a vote.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Outside the assembly, a few hundred of the governor's supporters sang and waved green branches as the result was read out, while police in riot gear kept them back from the gate.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Salome Wamaitha Gachoka, a vegetable trader from Kiriita who had travelled to watch the debate, said she cared less about the politics than about the unfinished wing.",
                "Salome Wamaitha Gachoka",
                "said",
                "",
            ),
            (
                "“My daughter delivered on a bench in that corridor last year,” she said.",
                "Salome Wamaitha Gachoka",
                "said",
                "",
            ),
            (
                "“Whoever is lying about the money, just finish the building.”",
                "Salome Wamaitha Gachoka",
                "said",
                "",
            ),
        ],
        [
            (
                "In a statement on Thursday morning, the county's director of communications, Nahashon Kinuthia Mwaurah, said the maternity wing would be completed and opened by December 2026.",
                "Nahashon Kinuthia Mwaurah",
                "said",
                "W",
            ),
            (
                "He said the county had set aside a further Sh52 million for equipment in its 2026/27 budget.",
                "Nahashon Kinuthia Mwaurah",
                "said",
                "W",
            ),
        ],
        [
            ("wwahinya@highlandscourier.co.ke", "", "", "B"),
        ],
        [
            ("READ ALSO: Nyandarua dairy farmers protest over delayed milk payments", "", "", "B"),
        ],
        [
            ("Unlock unlimited access to the Courier for just Sh10 a day.", "", "", "B"),
        ],
        [
            ("Subscribe now", "", "", "B"),
        ],
        [
            (
                "About Us | Contact Us | Advertise With Us | Privacy Policy | Terms of Use",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2026 Highlands Courier Media Group PLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE JAMAICA MORNING SENTINEL", "", "", "B"),
        ],
        [
            (
                "News | Lead Stories | Sports | Business | Entertainment | Commentary | Letters | Rural Xpress | Obituaries | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Lead Stories", "", "", "B"),
        ],
        [
            ("Farmer fined $350,000 over stolen goats in St Elizabeth", "", "", "W"),
        ],
        [
            (
                "Judge says praedial larceny is ‘killing small farming’",
                "Marva Smikle-Aldred",
                "says",
                "",
            ),
        ],
        [
            ("Tamoya Crossdale/Sentinel Writer", "", "", "B"),
        ],
        [
            ("Published:Wednesday | May 20, 2026 | 12:09 AM", "", "", "B"),
        ],
        [
            ("Share: Facebook Twitter WhatsApp Email", "", "", "B"),
        ],
        [
            ("Goats graze on a farm in St Elizabeth.", "", "", ""),
            ("- File", "", "", "B"),
        ],
        [
            (
                "A 43-year-old farmer from Canewood, St Elizabeth, was on Tuesday fined $350,000 and ordered to pay $280,000 in compensation after he pleaded guilty to stealing seven goats from a neighbour's pen in February.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Ezroy Uriah Hanniford was sentenced in the St Elizabeth Parish Court by Parish Judge Marva Smikle-Aldred.",
                "",
                "",
                "W",
            ),
            (
                "The judge told him he would serve six months in prison if the fine was not paid within 30 days.",
                "Marva Smikle-Aldred",
                "told",
                "W",
            ),
        ],
        [
            (
                "The court heard that Hanniford and another man, who has not been caught, loaded the animals into a grey pickup at Marlie Gully shortly after 3 a.m. on February 11.",
                "",
                "",
                "W",
            ),
            (
                "Police stopped the vehicle at a checkpoint on the main road about two hours later, and five of the goats were returned alive to their owner.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Clerk of the Court Oniel McLaren told the court that the two goats that died had both been carrying kids, and that the complainant valued each animal at $40,000.",
                "Oniel McLaren",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "In a plea in mitigation, attorney-at-law Shauneil Bonitto said her client was a father of four who had lost his own scallion crop to drought last year and “made a foolish choice in a hard season”.",
                "Shauneil Bonitto",
                "said",
                "",
            ),
            (
                "She said he had no previous convictions and had cooperated with the police from the day he was arrested.",
                "Shauneil Bonitto",
                "said",
                "W",
            ),
        ],
        [
            (
                "But Judge Smikle-Aldred said the court had a duty to send a message to people who “reap where they did not sow”.",
                "Marva Smikle-Aldred",
                "said",
                "",
            ),
            (
                "“Mr Hanniford, a goat is not a luxury to a small farmer in this parish,” she said.",
                "Marva Smikle-Aldred",
                "said",
                "",
            ),
            (
                "“It is his school fees, his doctor's bill and his pension.",
                "Marva Smikle-Aldred",
                "said",
                "",
            ),
            (
                "When you take his goats, you take his future, and praedial larceny is killing small farming in Jamaica.”",
                "Marva Smikle-Aldred",
                "said",
                "",
            ),
        ],
        [
            (
                "The complainant, 68-year-old Linval Grandeville, said outside the courthouse that he was satisfied with the sentence but would not feel safe until the second man was caught.",
                "Linval Grandeville",
                "said",
                "",
            ),
            (
                "“Five came back and two are dead, and nobody is paying me for the kids they were carrying,” he said.",
                "Linval Grandeville",
                "said",
                "W",
            ),
            ("“Every night now I sleep with one ear open.”", "Linval Grandeville", "said", ""),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Police recorded 1,146 cases of praedial larceny across the island in 2025, up from 982 the year before, according to figures from the Jamaica Constabulary Force.",
                "figures from the Jamaica Constabulary Force",
                "according to",
                "W",
            ),
            ("St Elizabeth accounted for 214 of them, more than any other parish.", "", "", "W"),
        ],
        [
            (
                "Deputy Superintendent of Police Tarrick Ellison-Mosely, who heads the St Elizabeth Division's praedial larceny team, said the unit had made 37 arrests since January and recovered livestock worth more than $6 million.",
                "Tarrick Ellison-Mosely",
                "said",
                "W",
            ),
            (
                "He urged farmers to tag their animals and to register the tag numbers at the nearest police station.",
                "Tarrick Ellison-Mosely",
                "urged",
                "",
            ),
            (
                "“If we find an animal and we cannot prove whose it is, we cannot give it back,” he said.",
                "Tarrick Ellison-Mosely",
                "said",
                "",
            ),
        ],
        [
            (
                "The agriculture ministry said last month that 3,900 farmers in the parish had signed up to its Livestock Traceability Register, which allows police to check the owner of a tagged animal at the roadside.",
                "The agriculture ministry",
                "said",
                "W",
            ),
            (
                "Anyone caught moving livestock without a valid receipt can be fined up to $1 million.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Novlette Herondale, who chairs the Canewood Farmers' Group, said farmers in the district were “tired of working for thieves”.",
                "Novlette Herondale",
                "said",
                "",
            ),
            (
                "“We are going to start a night watch, because the police cannot be everywhere,” she said.",
                "Novlette Herondale",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Two held with 14 stolen goats in Manchester", "", "", "B"),
        ],
        [
            ("RELATED: Farmers call for tougher praedial larceny penalties", "", "", "B"),
        ],
        [
            (
                "Sign up for the Sentinel's Rural Xpress newsletter and get farming news every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SUBSCRIBE", "", "", "B"),
        ],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Keep it civil.", "", "", "B"),
        ],
        [
            ("© Copyright 2026 Sentinel Press Jamaica Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            (
                "About Us   Contact Us   Advertise   Terms and Conditions   Privacy Policy",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("THE POTOHAR CHRONICLE", "", "", "B"),
        ],
        [
            (
                "Latest | Pakistan | World | Business | Sport | Opinion | Health | Sci-Tech | Magazine | E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Pakistan", "", "", "B"),
        ],
        [
            ("Dengue cases in Rawalpindi cross 600 as hospitals open extra wards", "", "", "W"),
        ],
        [
            (
                "Larvae found at more than 1,900 homes since May 1, health officer says",
                "Rukhsar Bano Ghumman",
                "says",
                "W",
            ),
        ],
        [
            ("Junaid Hafeez", "", "", "B"),
        ],
        [
            ("Published May 19, 2026 Updated about 5 hours ago", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Email   Comments (12)", "", "", "B"),
        ],
        [
            (
                "Patients receive treatment at a dengue ward set up in a corridor of a Rawalpindi hospital on Monday.",
                "",
                "",
                "",
            ),
            ("— Photo by author", "", "", "B"),
        ],
        [
            (
                "RAWALPINDI: The number of confirmed dengue cases in Rawalpindi this year has crossed 600, with 71 new patients reported in the 24 hours to 8am on Monday, the highest daily figure since October 2023.",
                "",
                "",
                "W",
            ),
            (
                "The District Health Authority said 614 cases had been confirmed since January 1, of which 402 were recorded in May alone.",
                "the District Health Authority",
                "said",
                "W",
            ),
            (
                "It said no deaths had been reported so far this year.",
                "the District Health Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "District Health Officer Dr Rukhsar Bano Ghumman said larvae had been found at 1,912 homes, 236 construction sites and 58 tyre shops during inspections since May 1.",
                "Rukhsar Bano Ghumman",
                "said",
                "W",
            ),
            (
                "She said the district's 340 anti-dengue teams had sealed 17 premises and registered 41 FIRs against owners who had ignored earlier notices.",
                "Rukhsar Bano Ghumman",
                "said",
                "W",
            ),
            (
                "“Most of the breeding we find is inside houses, in water coolers, flower pots and rooftop tanks,” Dr Ghumman said.",
                "Rukhsar Bano Ghumman",
                "said",
                "",
            ),
            (
                "“People think dengue comes from the nullah, but it comes from their own roof.”",
                "Rukhsar Bano Ghumman",
                "said",
                "",
            ),
            (
                "Dr Ghumman urged anyone with a high fever, a severe headache or pain behind the eyes to get tested rather than take painkillers at home.",
                "Rukhsar Bano Ghumman",
                "urged",
                "",
            ),
        ],
        [
            (
                "The city's three main public hospitals have set aside 290 beds for dengue patients, up from 120 at the start of the month.",
                "",
                "",
                "W",
            ),
            (
                "Dr Ashfaq Satti, the medical superintendent of Korang Road Teaching Hospital, said the hospital had turned its physiotherapy hall into a 60-bed ward on Saturday and was admitting about 25 dengue patients a day.",
                "Ashfaq Satti",
                "said",
                "W",
            ),
            (
                "He said the hospital had enough platelet kits for about 10 days and had asked the Punjab government for 2,000 more.",
                "Ashfaq Satti",
                "said",
                "W",
            ),
            (
                "“Our staff are exhausted, but we are managing,” he said.",
                "Ashfaq Satti",
                "said",
                "",
            ),
            (
                "Demand for platelets at the hospital has risen by about 40 per cent since the start of May, according to figures from the hospital's blood bank.",
                "figures from the hospital's blood bank",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "In Dhoke Farman Ali, one of the worst-hit neighbourhoods, residents complained that fumigation teams had not been seen for weeks.",
                "residents",
                "complained",
                "",
            ),
            (
                "“Three people in my street have had dengue this month, my son among them,” said Zubair Marwat, who runs a grocery shop in the area.",
                "Zubair Marwat",
                "said",
                "",
            ),
            (
                "“The sprayers came once in April and we have not seen them since.”",
                "Zubair Marwat",
                "said",
                "W",
            ),
        ],
        [
            (
                "Deputy Commissioner Shehryar Janjua said fumigation teams had covered 88 of the city's 112 localities since May 1 and the rest would be covered by May 31.",
                "Shehryar Janjua",
                "said",
                "W",
            ),
            (
                "He said a ban on storing water in open containers at construction sites, imposed under Section 144, would remain in force until June 30.",
                "Shehryar Janjua",
                "said",
                "W",
            ),
            (
                "He said the fine for a second offence had been raised to Rs50,000 this month.",
                "Shehryar Janjua",
                "said",
                "W",
            ),
        ],
        [
            (
                "Across Punjab, 1,487 dengue cases have been confirmed this year, according to the Punjab health department, with Rawalpindi and Lahore accounting for nearly two-thirds of them.",
                "the Punjab health department",
                "according to",
                "W",
            ),
            (
                "Last year the province recorded 9,860 cases and 23 deaths, most of them between September and November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Dr Samina Shaheen Kiani, an entomologist at the Pothwari Institute of Public Health, said the early rise was unusual because cases in the region usually peak in October, after the monsoon.",
                "Samina Shaheen Kiani",
                "said",
                "W",
            ),
            (
                "“If we are at 600 in May, I am afraid to think what October will look like,” she said.",
                "Samina Shaheen Kiani",
                "said",
                "",
            ),
            (
                "She said households should empty and scrub water containers at least once a week, because the eggs of the Aedes mosquito can survive on a dry surface for months.",
                "Samina Shaheen Kiani",
                "said",
                "W",
            ),
        ],
        [
            ("Published in The Potohar Chronicle, May 19th, 2026", "", "", "B"),
        ],
        [
            ("Follow The Potohar Chronicle on WhatsApp for the latest news.", "", "", "B"),
        ],
        [
            (
                "Comments are moderated and will be published if they are relevant to the story.",
                "",
                "",
                "B",
            ),
            ("Please read our comment policy before posting.", "", "", "B"),
        ],
        [
            ("RELATED", "", "", "B"),
        ],
        [
            ("Islamabad launches door-to-door anti-dengue drive", "", "", "B"),
        ],
        [
            ("Dengue: the symptoms and when to see a doctor", "", "", "B"),
        ],
        [
            ("Copyright © 2026, The Potohar Chronicle", "", "", "B"),
        ],
    ],
    [
        [
            (
                "We use cookies to give you the best experience on our website and to show you relevant adverts.",
                "",
                "",
                "B",
            ),
            ("You can change your cookie settings at any time.", "", "", "B"),
        ],
        [
            ("Accept all   Manage cookies", "", "", "B"),
        ],
        [
            ("The Kyleside Gazette", "", "", "B"),
        ],
        [
            ("Subscribe   Sign in", "", "", "B"),
        ],
        [
            (
                "News   Sport   Island Life   Farming   Business   What's On   Notices   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home › News › Transport", "", "", "B"),
        ],
        [
            ("Islanders face six more weeks without car ferry as repairs overrun", "", "", "W"),
        ],
        [
            (
                "Operator says MV Glen Ardrach will not return before July 3; community council calls situation ‘intolerable’",
                "Western Sound Ferries",
                "says",
                "W",
            ),
        ],
        [
            ("By Seonaid MacPhail", "", "", "B"),
        ],
        [
            ("Local Democracy Reporting Service", "", "", "B"),
        ],
        [
            ("14:32, Tue 19 May 2026", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            (
                "The MV Glen Ardrach at the pier in Ardcuilan before it was taken out of service.",
                "",
                "",
                "",
            ),
            ("Picture: Western Sound Ferries", "", "", "B"),
        ],
        [
            (
                "Residents of the Isle of Ulvane will be without their only car ferry for at least another six weeks after the operator said repairs to the vessel's propeller shaft had uncovered corrosion in its hull.",
                "the operator",
                "said",
                "W",
            ),
            (
                "Western Sound Ferries said on Monday that the MV Glen Ardrach, which has been in dry dock in Greenock since March 30, would not return to service before July 3.",
                "Western Sound Ferries",
                "said",
                "W",
            ),
            (
                "A passenger-only boat has been running three return trips a day between Ardcuilan and Ulvane in its place, but it cannot carry vehicles, livestock or fuel.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The company said engineers found “significant wastage” in a section of steel plating when the vessel was lifted out of the water, and the plating had to be replaced before the ship could be certified by the Maritime and Coastguard Agency.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said it was “deeply sorry” for the disruption and was looking at chartering a landing craft to carry essential goods.",
                "Western Sound Ferries",
                "said",
                "",
            ),
        ],
        [
            (
                "Ulvane Community Council chair Mhairi Drumcorrie said the island's 340 residents had been “cut off in all but name” since the end of March.",
                "Mhairi Drumcorrie",
                "said",
                "W",
            ),
            (
                "She said the island's shop had run out of fresh milk twice in a fortnight, and a crofter had been unable to get 40 lambs to the mart on the mainland.",
                "Mhairi Drumcorrie",
                "said",
                "W",
            ),
            (
                "“This is the third summer in a row that we’ve lost our ferry for weeks at a time,” she said.",
                "Mhairi Drumcorrie",
                "said",
                "W",
            ),
            (
                "“People here are patient, but patience isn’t a timetable.",
                "Mhairi Drumcorrie",
                "said",
                "",
            ),
            (
                "If this happened on a road to a mainland town, it would be fixed in a week.”",
                "Mhairi Drumcorrie",
                "said",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The Glen Ardrach, built in 1994, is the oldest vessel in Western Sound Ferries’ fleet of nine.",
                "",
                "",
                "W",
            ),
            (
                "According to Transport Scotland, the ship has been out of service for 131 days in the past two years because of breakdowns and overhauls.",
                "Transport Scotland",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Seumas Finlayson-Kininmonth, the Member of the Scottish Parliament for Argyll and Bute, said he had written to the Cabinet Secretary for Transport asking for a replacement vessel to be found “as a matter of urgency”.",
                "Seumas Finlayson-Kininmonth",
                "said",
                "W",
            ),
            (
                "He said islanders had been “let down by decades of underinvestment”.",
                "Seumas Finlayson-Kininmonth",
                "said",
                "",
            ),
        ],
        [
            (
                "A Transport Scotland spokesperson said the Scottish Government had committed £1.2 billion to new ferries and harbours over the next ten years, and that two new small vessels for the Ulvane route were due to be delivered in 2028.",
                "A Transport Scotland spokesperson",
                "said",
                "W",
            ),
            (
                "“We recognise how difficult this period is for the Ulvane community,” the spokesperson said.",
                "the spokesperson",
                "said",
                "",
            ),
        ],
        [
            (
                "At the Kildarroch Hotel, owner Murdo MacAllister-Reith said 14 bookings had been cancelled for June alone.",
                "Murdo MacAllister-Reith",
                "said",
                "W",
            ),
            (
                "“Visitors don’t want to leave their car in a car park in Ardcuilan and drag their cases onto a wee boat,” he said.",
                "Murdo MacAllister-Reith",
                "said",
                "",
            ),
            (
                "He said the hotel usually took about a third of its yearly income between June and August.",
                "Murdo MacAllister-Reith",
                "said",
                "W",
            ),
        ],
        [
            (
                "The passenger boat, the Marsaili, sails from Ardcuilan at 7.45am, 12.15pm and 5.30pm, and from Ulvane half an hour after each arrival.",
                "",
                "",
                "W",
            ),
            (
                "Western Sound Ferries said tickets bought for car sailings before July 3 would be refunded in full, and passengers could apply on its website or at the Ardcuilan office.",
                "Western Sound Ferries",
                "said",
                "W",
            ),
        ],
        [
            (
                "Read more: Ferry users’ group demands seat on new vessel planning board",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Get the Gazette’s island news in your inbox every Friday", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Comments (23)", "", "", "B"),
        ],
        [
            ("Most read", "", "", "B"),
        ],
        [
            ("Farmer fined after sheep found starving on hill grazing", "", "", "B"),
        ],
        [
            ("Plans lodged for 40 homes at former creamery site", "", "", "B"),
        ],
        [
            ("© 2026 Kyleside Media Ltd.", "", "", "B"),
            ("Registered in Scotland No. SC482117.", "", "", "B"),
        ],
        [
            ("Contact us   Advertise   Privacy notice   Cookie settings   Terms", "", "", "B"),
        ],
    ],
    [
        [
            ("DAILY COMMERCE REVIEW", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Markets | Opinion | Plantations | Banking | Tech | Lifestyle | Print Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Monday, 18 May 2026 00:00 - - 412", "", "", "B"),
        ],
        [
            ("Plantations", "", "", "B"),
        ],
        [
            (
                "Tea prices fall for fourth straight week; Glenkellaway factory to shut after 91 years",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Dilhani Samarakoon-Jayathilake", "", "", "B"),
        ],
        [
            ("Share  |  Tweet  |  Email  |  Print", "", "", "B"),
        ],
        [
            (
                "Tea samples laid out for tasting at a broker's showroom in Colombo last week.",
                "",
                "",
                "",
            ),
            ("Pic by Isuru Wijesooriya-Kotelawala", "", "", "B"),
        ],
        [
            (
                "Average prices at the Colombo tea auction fell for a fourth consecutive week last Tuesday and Wednesday, with high-grown teas losing Rs. 38 a kilo as buyers from the Middle East held back.",
                "",
                "",
                "W",
            ),
            (
                "The sale of 6.1 million kilos averaged Rs. 1,214.62 a kilo, down from Rs. 1,263.40 a week earlier, according to the weekly market report of Dunhinda Leaf Brokers Ltd.",
                "the weekly market report of Dunhinda Leaf Brokers Ltd.",
                "according to",
                "W",
            ),
            (
                "Low-grown teas, which make up about 60 per cent of the offer, held up better, losing Rs. 9 a kilo on average.",
                "",
                "",
                "W",
            ),
            (
                "The next sale will be held on May 19 and 20, with 5.8 million kilos on offer.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lasantha Gunatilaka-Mendis, a director at Dunhinda Leaf Brokers, said the fall reflected weaker demand for mid-season high-grown teas rather than a collapse in the market.",
                "Lasantha Gunatilaka-Mendis",
                "said",
                "",
            ),
            (
                '"Buyers are waiting for the quality to come back after the rains," he said.',
                "Lasantha Gunatilaka-Mendis",
                "said",
                "",
            ),
            (
                '"I would expect prices to steady by mid-June, but I would not bet on a recovery before then."',
                "Lasantha Gunatilaka-Mendis",
                "said",
                "",
            ),
            (
                "He said buyers for the Middle East had also held back because freight and insurance costs on shipments through the Red Sea had risen again this month.",
                "Lasantha Gunatilaka-Mendis",
                "said",
                "W",
            ),
        ],
        [
            (
                "Separately, Ridgecrest Hill Plantations PLC announced on Friday that its Glenkellaway tea factory near Badulla would stop manufacturing at the end of June, 91 years after it opened.",
                "",
                "",
                "W",
            ),
            (
                "The factory was built in 1935 by a British agency house, and its broken orange pekoe fetched some of the highest prices at the auction in the 1990s.",
                "",
                "",
                "W",
            ),
            (
                "In a filing with the Colombo Stock Exchange, the company said the factory had made losses in 11 of the past 14 quarters and its green leaf intake had fallen to 1.9 million kilos last year from 3.4 million in 2019.",
                "the company",
                "said",
                "W",
            ),
            (
                "It said leaf from the estate's 640 hectares would be sent to its factory at Bandarawela from July 1.",
                "Ridgecrest Hill Plantations PLC",
                "said",
                "W",
            ),
            (
                "The company did not say how many of the factory's 86 workers would lose their jobs.",
                "The company",
                "did not say",
                "",
            ),
        ],
        [
            (
                "Velayutham Kanagasabapathy, general secretary of the Hill Country Estate Workers' Union, said the union would ask the Commissioner General of Labour to block any dismissals.",
                "Velayutham Kanagasabapathy",
                "said",
                "",
            ),
            (
                '"These workers have given their whole lives to that factory, and their parents before them," he said.',
                "Velayutham Kanagasabapathy",
                "said",
                "",
            ),
            (
                "He said 34 of the 86 workers had been employed at the factory for more than 20 years.",
                "Velayutham Kanagasabapathy",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Sri Lanka exported 81.4 million kilos of tea in the first four months of 2026, down 3.2 per cent from a year earlier, according to Sri Lanka Tea Board data.",
                "Sri Lanka Tea Board data",
                "according to",
                "W",
            ),
            (
                "Export earnings rose 1.8 per cent to Rs. 148.6 billion over the same period because of the weaker rupee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Tea Board Chairman Niroshan Abeysekara-Wijesundara told the Review the board was "not alarmed" by the fall at the auction.',
                "Niroshan Abeysekara-Wijesundara",
                "told the Review",
                "",
            ),
            (
                "He said average prices were still Rs. 96 a kilo higher than in May last year.",
                "Niroshan Abeysekara-Wijesundara",
                "said",
                "W",
            ),
            (
                '"One bad month does not make a bad year," he said.',
                "Niroshan Abeysekara-Wijesundara",
                "said",
                "",
            ),
        ],
        [
            (
                "In the hills above Badulla, smallholders who sell green leaf to bought-leaf factories say the price they are paid has fallen to Rs. 205 a kilo from Rs. 240 in March.",
                "smallholders who sell green leaf to bought-leaf factories",
                "say",
                "W",
            ),
            (
                '"With fertiliser at Rs. 11,000 a bag, we are working for nothing," said K. M. Kusumalatha, who grows tea on a two-acre plot outside the town.',
                "K. M. Kusumalatha",
                "said",
                "W",
            ),
            (
                '"My son has gone to work in a garment factory, and I don\'t blame him."',
                "K. M. Kusumalatha",
                "said",
                "",
            ),
        ],
        [
            ("Print", "", "", "B"),
        ],
        [
            ("Comments (0)  |  Add comment", "", "", "B"),
        ],
        [
            ("Related: Tea exports to the Gulf rise 12% in first quarter", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Daily Commerce Review (Pvt) Ltd.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
        [
            ("No. 27, Sudharma Mawatha, Colombo 02, Sri Lanka.", "", "", "B"),
        ],
    ],
    [
        [
            ("Port of Spain  27°C  Thunderstorms", "", "", "B"),
        ],
        [
            ("TRADEWINDS", "", "", "B"),
        ],
        [
            (
                "News | Local | Politics | Business | Sport | Entertainment | Letters | Columnists | Carnival",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL", "", "", "B"),
        ],
        [
            ("Orange alert as 120mm of rain floods central Trinidad", "", "", "W"),
        ],
        [
            ("Met Service extends alert to 6 a.m. Thursday; ODPM opens four shelters", "", "", "W"),
        ],
        [
            ("Shaneika Deonarine", "", "", "B"),
        ],
        [
            ("Published May 6, 2026, 9:48 pm", "", "", "B"),
        ],
        [
            ("Share this story: Facebook X WhatsApp Email", "", "", "B"),
        ],
        [
            (
                "A driver pushes his car through floodwater on Pundit Trace, Sangre Dulce, on Wednesday afternoon.",
                "",
                "",
                "",
            ),
            ("- PHOTO: RAJIV SOOKDEO", "", "", "B"),
        ],
        [
            (
                "More than 120 millimetres of rain fell on parts of central Trinidad in less than six hours on Wednesday, flooding homes in at least nine communities and leaving several roads impassable.",
                "",
                "",
                "W",
            ),
            (
                "The Trinidad and Tobago Meteorological Service (TTMS) raised its adverse weather alert from yellow to orange at 2.10 p.m. and later extended it to 6 a.m. on Thursday.",
                "",
                "",
                "W",
            ),
            (
                "In its bulletin, the TTMS said another 50 to 75 millimetres could fall overnight, with gusts of up to 55 km/h in heavy thunderstorms.",
                "the TTMS",
                "said",
                "",
            ),
            (
                "The rain gauge at Piarco recorded 63.4 millimetres between 11 a.m. and 5 p.m.",
                "",
                "",
                "W",
            ),
            (
                "At the height of the storm, 28.6 millimetres fell there in a single hour.",
                "",
                "",
                "W",
            ),
            (
                "Flights at Piarco International Airport were not affected, the Airports Authority said.",
                "the Airports Authority",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Office of Disaster Preparedness and Management (ODPM) said it had opened four shelters and had received 46 reports of flooding, 11 landslips and seven fallen trees by 8 p.m.",
                "The Office of Disaster Preparedness and Management (ODPM)",
                "said",
                "W",
            ),
            (
                "It advised residents of low-lying areas to move valuables to higher ground and not to drive through floodwater.",
                "the Office of Disaster Preparedness and Management (ODPM)",
                "advised",
                "",
            ),
        ],
        [
            (
                "The chairman of the Couva/Tabaquite/Talparo Regional Corporation, Deokaran Lalbeharry, said 38 homes in Sangre Dulce and the surrounding villages had taken in water, some of it waist-high.",
                "Deokaran Lalbeharry",
                "said",
                "W",
            ),
            (
                '"We had every main drain in Sangre Dulce cleared in March, but no drain is built for that kind of rain," he said.',
                "Deokaran Lalbeharry",
                "said",
                "W",
            ),
            (
                "He said the corporation had sent two excavators and a crew of 20 to clear a blocked culvert on the Sangre Dulce main road.",
                "Deokaran Lalbeharry",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "On Pundit Trace, 62-year-old Kamladevi Persaud stood on her gallery and pointed at the brown line the water had left on her wall.",
                "",
                "",
                "",
            ),
            (
                '"Every year they tell we the drain go fix, and every year I lifting up my fridge on blocks," she said.',
                "Kamladevi Persaud",
                "said",
                "",
            ),
            (
                "She said she had lived on the trace for 30 years and had never seen water rise so fast.",
                "Kamladevi Persaud",
                "said",
                "",
            ),
            (
                '"Who going to pay for my fridge this time?" she asked.',
                "Kamladevi Persaud",
                "asked",
                "",
            ),
        ],
        [
            (
                "The Ministry of Works and Transport said the southbound lanes of the Solomon Hochoy Highway near Chaguanas were closed for almost two hours in the afternoon because of flooding.",
                "The Ministry of Works and Transport",
                "said",
                "W",
            ),
            (
                "The ministry said 14 of its crews would remain on standby overnight.",
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Water and Sewerage Authority (WASA) said it had shut its Sangre Dulce booster station at 4 p.m. because of high turbidity in the river, cutting supply to about 15,000 customers.",
                "The Water and Sewerage Authority (WASA)",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ministry of Education said 12 schools in central Trinidad would be closed on Thursday.",
                "The Ministry of Education",
                "said",
                "W",
            ),
            (
                "Candidates due to sit Caribbean Examinations Council (CXC) papers on Thursday should go to their centres as usual, the ministry said.",
                "the ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                "The TTMS's records show that central Trinidad usually gets about 90 millimetres of rain in the whole of May.",
                "The TTMS's records",
                "show",
                "W",
            ),
            (
                "TTMS meteorologist Anya Gonzales-Achong said the rainy season could start about two weeks early this year because of warmer than usual waters in the tropical Atlantic.",
                "Anya Gonzales-Achong",
                "said",
                "",
            ),
            (
                '"This is not the rainy season yet, but it is knocking on the door," she said.',
                "Anya Gonzales-Achong",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents needing help can call the ODPM on 511 or the corporation's disaster management unit on 800-2837.",
                "",
                "",
                "",
            ),
        ],
        [
            ("RELATED NEWS", "", "", "B"),
        ],
        [
            ("Farmers count losses after Caroni flooding", "", "", "B"),
        ],
        [
            ("Met Service: Hurricane season outlook due May 28", "", "", "B"),
        ],
        [
            ("Like what you read?", "", "", "B"),
            ("Support local journalism by subscribing to the Tradewinds ePaper.", "", "", "B"),
        ],
        [
            ("© 2026 Tradewinds Media Ltd. | All Rights Reserved", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact Us | Advertise", "", "", "B"),
        ],
    ],
    [
        [
            ("THE GRAND HARBOUR OBSERVER", "", "", "B"),
        ],
        [
            ("Log in | Subscribe", "", "", "B"),
        ],
        [
            (
                "National | Court & Police | Politics | Business | Sport | World | Comment | Environment | Gozo",
                "",
                "",
                "B",
            ),
        ],
        [
            ("National", "", "", "B"),
        ],
        [
            ("Birkirkara primary school pupils to start year in portable classrooms", "", "", "W"),
        ],
        [
            (
                "New €11.6m block will not be ready before January, FTS confirms",
                "the Foundation for Tomorrow's Schools (FTS)",
                "confirms",
                "W",
            ),
        ],
        [
            ("Rosianne Camenzuli", "", "", "B"),
        ],
        [
            ("3 min read", "", "", "B"),
        ],
        [
            ("Thu, 21 May 2026, 06:45", "", "", "B"),
        ],
        [
            ("Save | Share", "", "", "B"),
        ],
        [
            ("Work on the new block was halted for four months last year.", "", "", "W"),
            ("Photo: Jurgen Bonello", "", "", "B"),
        ],
        [
            (
                "Some 420 pupils at Ta' Ħarbija Primary School in Birkirkara will start the next scholastic year in portable classrooms after the new block meant to house them fell more than a year behind schedule.",
                "",
                "",
                "W",
            ),
            ("The school opened in 1962 and was last extended in 1989.", "", "", "W"),
            (
                "The Foundation for Tomorrow's Schools (FTS), the state agency that builds and maintains schools, confirmed on Wednesday that the €11.6 million block would not be ready before January 2027.",
                "the Foundation for Tomorrow's Schools (FTS)",
                "confirmed",
                "W",
            ),
            (
                "It said 14 portable classrooms and two toilet blocks would be installed in the school's playground during the summer holidays.",
                "the Foundation for Tomorrow's Schools (FTS)",
                "said",
                "W",
            ),
        ],
        [
            (
                "FTS chief executive Marvic Apap-Bellizzi said the delay was caused by the discovery of a 19th-century water cistern under the site in October 2024, which had to be surveyed by the Superintendence of Cultural Heritage before work could continue.",
                "Marvic Apap-Bellizzi",
                "said",
                "W",
            ),
            (
                '"Nobody wants children in portable classrooms, but these are not the cabins of 20 years ago," she said.',
                "Marvic Apap-Bellizzi",
                "said",
                "",
            ),
            (
                '"They have air-conditioning, proper insulation and the same interactive screens as the rest of the school."',
                "Marvic Apap-Bellizzi",
                "said",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "The school's parents' association said it was \"disappointed but not surprised\".",
                "The school's parents' association",
                "said",
                "",
            ),
            (
                "Its president, Carmelo Gafa, said parents had been told at a meeting in 2023 that the block would open in September 2025.",
                "Carmelo Gafa",
                "said",
                "W",
            ),
            ('"We were shown drawings, a date and a ribbon," he said.', "Carmelo Gafa", "said", ""),
            ('"Now we are being shown a playground full of boxes."', "Carmelo Gafa", "said", ""),
            (
                "He said the association would ask to meet the education minister before the end of the scholastic year.",
                "Carmelo Gafa",
                "said",
                "",
            ),
        ],
        [
            (
                'Antonella Spagnol-Magri, whose two children attend the school, asked: "If there is a fire alarm, who is checking the cabins?"',
                "Antonella Spagnol-Magri",
                "asked",
                "",
            ),
        ],
        [
            (
                "Head of school Doriana Caligari said break times would be staggered from September because the portable classrooms would take up about half of the playground.",
                "Doriana Caligari",
                "said",
                "W",
            ),
            (
                '"The children will adapt faster than the adults, they always do," she said.',
                "Doriana Caligari",
                "said",
                "",
            ),
        ],
        [
            (
                "In Parliament on Tuesday, Education Minister Silvan Grima said the government had spent €94 million on new and refurbished schools since 2022, and that 11 more projects were under way.",
                "Silvan Grima",
                "said",
                "W",
            ),
            (
                'He said he understood the parents\' frustration, but "heritage is not something we can pour concrete over".',
                "Silvan Grima",
                "said",
                "",
            ),
        ],
        [
            (
                "The Malta Union of Teachers said it had registered a dispute over the plan on Wednesday because it had not been consulted.",
                "The Malta Union of Teachers",
                "said",
                "W",
            ),
            (
                "It said teachers would not supervise pupils in the school car park if it was used as a play area.",
                "the Malta Union of Teachers",
                "said",
                "",
            ),
        ],
        [
            (
                "National Statistics Office figures show that the number of children aged four to 10 living in Birkirkara grew by 17 per cent between 2014 and 2024.",
                "National Statistics Office figures",
                "show",
                "W",
            ),
        ],
        [
            ("Independent journalism costs money.", "", "", "B"),
            ("Support the Observer from €1.99 a month.", "", "", "B"),
        ],
        [
            ("Subscribe", "", "", "B"),
        ],
        [
            ("Sign up to our free newsletters", "", "", "B"),
        ],
        [
            ("Get the best updates straight to your inbox:", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Parents protest over school transport delays in Żejtun", "", "", "B"),
        ],
        [
            ("Our comments section is moderated.", "", "", "B"),
            ("Read our comments policy.", "", "", "B"),
        ],
        [
            ("© 2026 Grand Harbour Observer Ltd.", "", "", "B"),
            ("Company Reg. No. C 41182.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE ZAMBIAN CANDLE", "", "", "B"),
        ],
        [
            (
                "Home | News | Business | Sport | Features | Entertainment | Opinion | Letters",
                "",
                "",
                "B",
            ),
        ],
        [
            ("SPORT", "", "", "B"),
        ],
        [
            ("Copper Hawks go top after 2-1 win over Rovers at Kafubu Park", "", "", "W"),
        ],
        [
            ("By CHOLA SILWIMBA-CHANDWE", "", "", "B"),
        ],
        [
            ("May 18, 2026", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp", "", "", "B"),
        ],
        [
            (
                "Copper Hawks striker Chibuye Nkhata celebrates his winning goal against Kasama Mighty Rovers at Kafubu Park on Sunday.",
                "",
                "",
                "",
            ),
            ("PICTURE: KALUNGA SINYANGWE", "", "", "B"),
        ],
        [
            (
                "COPPER Hawks FC moved to the top of the Super League table on Sunday after a 2-1 win over Kasama Mighty Rovers at Kafubu Park in Ndola, their seventh victory in eight matches.",
                "",
                "",
                "W",
            ),
            (
                "Striker Chibuye Nkhata scored both goals for the home side, heading in the winner in the 87th minute from a corner taken by captain Mapalo Hamweemba-Chewe.",
                "",
                "",
                "W",
            ),
            (
                "Rovers had drawn level through a Fanwell Kunda-Mwape penalty on 61 minutes after Hawks goalkeeper Lweendo Mulongoti brought down Kapumpa Chibesakunda-Bwembya in the box.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("MATCH FACTS", "", "", "B"),
        ],
        [
            ("Copper Hawks 2 (Nkhata 34', 87') Mighty Rovers 1 (Kunda-Mwape 61' pen)", "", "", ""),
        ],
        [
            ("Yellow cards: Hamweemba-Chewe, Mulongoti; Chibesakunda-Bwembya", "", "", ""),
        ],
        [
            ("Referee: Gift Lungowe-Simfukwe", "", "", ""),
        ],
        [
            ("Attendance: 8,412", "", "", ""),
        ],
        [
            (
                'Hawks coach Dalitso Kaoma-Lupiya said the win showed his side could "suffer and still win".',
                "Dalitso Kaoma-Lupiya",
                "said",
                "",
            ),
            (
                '"In the second half we were not good, I will be honest," he said.',
                "Dalitso Kaoma-Lupiya",
                "said",
                "",
            ),
            ('"But the boys kept running.', "Dalitso Kaoma-Lupiya", "said", ""),
            ('Chibuye is a man who needs only one chance."', "Dalitso Kaoma-Lupiya", "said", ""),
            (
                "He said defender Kachinga Lumbwe had been taken to hospital for an X-ray on his right shoulder after a collision in the 70th minute.",
                "Dalitso Kaoma-Lupiya",
                "said",
                "W",
            ),
        ],
        [
            (
                "Nkhata, who joined the club from a second-division side in January, told reporters he had dedicated the goals to his late mother.",
                "Chibuye Nkhata",
                "told reporters",
                "",
            ),
            (
                '"That is nine goals for me this season, and I want to finish with 20," he said.',
                "Chibuye Nkhata",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rovers coach Kabaso Mwitwa-Chishimba said the corner that led to the winner should have been a goal kick.",
                "Kabaso Mwitwa-Chishimba",
                "said",
                "",
            ),
            (
                '"We travelled all night on a bus to be cheated at the end," he said.',
                "Kabaso Mwitwa-Chishimba",
                "said",
                "",
            ),
            (
                '"I am not saying the referee is corrupt, but he must watch the video."',
                "Kabaso Mwitwa-Chishimba",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Meanwhile, the Football Association of Zambia (FAZ) said on Monday it had fined Mighty Rovers K50,000 after their supporters threw bottles onto the pitch during a home match against Chilanga Blues on May 3.",
                "the Football Association of Zambia (FAZ)",
                "said",
                "W",
            ),
            (
                "FAZ spokesperson Namakau Mwiya-Kalaba said the club had 14 days to pay the fine or lodge an appeal.",
                "Namakau Mwiya-Kalaba",
                "said",
                "W",
            ),
            (
                "She said any repeat could see the club ordered to play its home matches behind closed doors.",
                "Namakau Mwiya-Kalaba",
                "said",
                "",
            ),
        ],
        [
            (
                "Copper Hawks have 37 points from 16 matches, two ahead of Chilanga Blues, who drew 0-0 at Solwezi Mustangs on Saturday.",
                "",
                "",
                "W",
            ),
            ("Mighty Rovers are 11th with 19 points.", "", "", "W"),
            ("The Hawks travel to Solwezi on Saturday.", "", "", "W"),
        ],
        [
            ("League table", "", "", "B"),
        ],
        [
            ("Pos  Team  P  W  D  L  Pts", "", "", "B"),
        ],
        [
            ("1  Copper Hawks  16  11  4  1  37", "", "", ""),
        ],
        [
            ("2  Chilanga Blues  16  10  5  1  35", "", "", ""),
        ],
        [
            ("3  Solwezi Mustangs  15  9  3  3  30", "", "", ""),
        ],
        [
            ("Tags: Copper Hawks | Mighty Rovers | Super League", "", "", "B"),
        ],
        [
            ("Related posts", "", "", "B"),
        ],
        [
            ("Chipolopolo squad named for Cosafa Cup", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2026 Zambian Candle.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("The Bramwick Daily Reporter", "", "", "B"),
        ],
        [
            ("Subscribe: 99¢ for 6 months | e-Edition | Sign In", "", "", "B"),
        ],
        [
            (
                "Local News | Sports | Obituaries | Opinion | Business | Things To Do | Weather | Jobs | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("LOCAL NEWS", "", "", "B"),
        ],
        [
            ("Bramwick council OKs $4.75 monthly trash fee, first since 1998", "", "", "W"),
        ],
        [
            ("By Kenna Wojcikowski-Arce | kwojcikowski@bramwickreporter.com", "", "", "B"),
        ],
        [
            (
                "PUBLISHED: May 12, 2026 at 10:41 PM EDT | UPDATED: May 13, 2026 at 6:02 AM EDT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share: Facebook | X | Email | Print", "", "", "B"),
        ],
        [
            (
                "Residents fill Bramwick City Council chambers Monday night before the vote on the trash fee.",
                "",
                "",
                "",
            ),
            ("(Kenna Wojcikowski-Arce / The Bramwick Daily Reporter)", "", "", "B"),
        ],
        [
            (
                "Bramwick residents will pay a $4.75 monthly fee for trash and recycling pickup starting July 1 after City Council voted 5-2 Monday night to approve it, ending 28 years in which collection was paid for out of the city's general fund.",
                "",
                "",
                "W",
            ),
            (
                "The fee, which will appear on residents' water bills, is expected to raise about $1.1 million a year, according to a memo from Finance Director Thurston G. Hallberg Jr.",
                "a memo from Finance Director Thurston G. Hallberg Jr.",
                "according to",
                "",
            ),
            (
                "The memo says the cost of collection has risen from $2.3 million in 2019 to $3.4 million this year, mostly because of a new landfill contract.",
                "The memo",
                "says",
                "W",
            ),
            ("The city's contract with Hollisfield Waste Services runs through 2030.", "", "", "W"),
        ],
        [
            (
                "Council President Oretha Applewhite, Vice President Rudy Pickard and council members Winfield Hrabosky, Earlene Dziedzic and Wilbur Szeremeta Jr. voted for the fee.",
                "",
                "",
                "W",
            ),
            (
                "Council members Cletus Van Wormer and Shonda Dobbins-Hensworth voted against it.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                'Mayor Gaylene Marchiando, who proposed the fee in her budget message in February, said the city had "run out of places to cut."',
                "Gaylene Marchiando",
                "said",
                "",
            ),
            (
                "She said the city had already left four police officer positions and two street department jobs unfilled this year to balance its $38.6 million general fund budget.",
                "Gaylene Marchiando",
                "said",
                "W",
            ),
            (
                '"Nobody likes a new fee, and I don\'t either," Marchiando said.',
                "Gaylene Marchiando",
                "said",
                "",
            ),
            ('"But the trucks don\'t run on good intentions."', "Gaylene Marchiando", "said", ""),
        ],
        [
            (
                'Szeremeta, who voted against a similar fee in 2019, said he had voted for it this time "with a heavy heart."',
                "Wilbur Szeremeta Jr.",
                "said",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "Van Wormer, who represents the 3rd Ward, said the fee would hit retirees on fixed incomes hardest.",
                "Cletus Van Wormer",
                "said",
                "",
            ),
            (
                '"A widow on Hackberry St. pays the same $4.75 as a family of six," he said.',
                "Cletus Van Wormer",
                "said",
                "W",
            ),
            (
                "He proposed an amendment to give residents 65 and older a 50% discount, which failed 3-4.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Hallberg told council a senior discount would cost the city about $190,000 a year and would require new software for the utility billing office.",
                "Thurston G. Hallberg Jr.",
                "told council",
                "",
            ),
            (
                'He said the city would look at a hardship program "for next year\'s budget."',
                "Thurston G. Hallberg Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Twelve residents spoke during public comment, nine of them against the fee.",
                "",
                "",
                "W",
            ),
            (
                "\"I've lived on Butternut Ave. for 41 years and I've never once been asked to pay for my garbage,\" said Imogene Petrakos, 78.",
                "Imogene Petrakos",
                "said",
                "",
            ),
            ('"What are my property taxes for, then?"', "Imogene Petrakos", "said", ""),
        ],
        [
            (
                'Another resident, DeAndre Rhee, a landlord who owns 14 rental houses in the city, said the fee was "fair and overdue" and cheaper than private haulers in nearby townships, which charge $22 to $30 a month.',
                "DeAndre Rhee",
                "said",
                "W",
            ),
        ],
        [
            (
                "At least 31 of Ohio's 50 largest cities charge a separate fee for trash collection, according to a 2025 survey by the Scioto Municipal Finance Association.",
                "a 2025 survey by the Scioto Municipal Finance Association",
                "according to",
                "W",
            ),
            (
                "Bramwick, a city of about 26,000 people south of Columbus, last charged for trash in 1998, when council repealed a $6 quarterly fee.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The fee will be reviewed each year, and any increase will need a new vote of council, under Ordinance No. 2026-41.",
                "",
                "",
                "W",
            ),
            ("Council meets next at 7 p.m. May 26 at City Hall, 400 N. Main St.", "", "", "W"),
        ],
        [
            ("Kenna Wojcikowski-Arce covers city government for The Daily Reporter.", "", "", "B"),
            ("Reach her at 740-555-0143.", "", "", "B"),
        ],
        [
            ("Related Articles", "", "", "B"),
        ],
        [
            ("Bramwick council delays vote on downtown parking meters", "", "", "B"),
        ],
        [
            ("Police: Driver charged after crash on St. Rt. 37", "", "", "B"),
        ],
        [
            ("Get the morning's top stories in your inbox by 6 a.m.", "", "", "B"),
        ],
        [
            ("Sign up", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Bramwick Daily Reporter LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("We value your privacy.", "", "", "B"),
            (
                "We and our partners use cookies to store and access information on your device.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("AGREE   MORE OPTIONS", "", "", "B"),
        ],
        [
            ("CYPRUS SUNDIAL", "", "", "B"),
        ],
        [
            (
                "Cyprus | World | Business | Sport | Opinion | Life & Style | Tech | Property",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Cyprus › Crime", "", "", "B"),
        ],
        [
            ("Two remanded over Limassol burglary spree worth €180,000", "", "", "W"),
        ],
        [
            ("Despina Hadjikyriakou-Stavrinou", "", "", "B"),
        ],
        [
            ("May 9, 2026", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Viber   Email", "", "", "B"),
        ],
        [
            ("The Limassol district court.", "", "", ""),
            ("(File photo)", "", "", "B"),
        ],
        [
            (
                "The Limassol district court on Friday remanded two men aged 27 and 34 in custody for eight days in connection with a series of 23 burglaries in which cash, jewellery and electronics worth about €180,000 were stolen.",
                "",
                "",
                "W",
            ),
            (
                "The burglaries took place between February and early May in the eastern suburbs of Limassol, police said.",
                "police",
                "said",
                "W",
            ),
            (
                "The two suspects were arrested on Thursday after a patrol stopped their car near a building site on the Kalamies estate at about 11.30pm.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Limassol police spokesman Christakis Lambrou-Pattichis said officers searching a flat rented by the younger man found 41 watches, six laptops, a safe that had been cut open with an angle grinder and €8,650 in cash.",
                "Christakis Lambrou-Pattichis",
                "said",
                "W",
            ),
            (
                "He said investigators had linked the pair to at least 15 of the break-ins through fingerprints and security-camera footage.",
                "Christakis Lambrou-Pattichis",
                "said",
                "W",
            ),
            (
                "“Most of these houses were entered between 6pm and 9pm, when the owners were out for the evening,” he told the Sundial.",
                "Christakis Lambrou-Pattichis",
                "told the Sundial",
                "W",
            ),
            (
                "“The thieves were watching which houses stayed dark.”",
                "Christakis Lambrou-Pattichis",
                "told the Sundial",
                "",
            ),
            (
                "A third man, believed to have acted as a lookout, was still being sought on Saturday, police said.",
                "police",
                "said",
                "W",
            ),
        ],
        [
            (
                "During the remand hearing, the investigating officer told the court that the older suspect had sold at least nine of the stolen watches to a pawn shop in Larnaca under a false name.",
                "the investigating officer",
                "told the court",
                "W",
            ),
            (
                "His lawyer, Panayiota Georgiadou-Kyprianou, said her client denied any involvement and had a receipt for every watch he had sold.",
                "Panayiota Georgiadou-Kyprianou",
                "said",
                "W",
            ),
            ("The court granted the full eight days requested by police.", "", "", "W"),
            (
                "The younger suspect has two previous convictions for theft, the court heard.",
                "",
                "",
                "W",
            ),
            (
                "Both men are due back in court when the remand order expires on May 16.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "One of the victims, 52-year-old Androulla Savvidou-Ioannou, told the Sundial her house was broken into on the evening of March 14 while she was at her sister’s name-day celebration.",
                "Androulla Savvidou-Ioannou",
                "told the Sundial",
                "",
            ),
            (
                "“They took my mother’s wedding ring and my husband’s medals, things you cannot buy again,” she said.",
                "Androulla Savvidou-Ioannou",
                "said",
                "",
            ),
            ("“I don’t care about the television.”", "Androulla Savvidou-Ioannou", "said", ""),
            (
                "She said she had since installed an alarm and two cameras, at a cost of €1,400.",
                "Androulla Savvidou-Ioannou",
                "said",
                "",
            ),
        ],
        [
            (
                "Burglaries in the Limassol district rose to 1,318 last year from 1,104 in 2024, according to police figures, while the share of cases solved fell to 21 per cent.",
                "police figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The municipality of Limassol said it would install 60 more street lights in the affected neighbourhoods by September.",
                "The municipality of Limassol",
                "said",
                "W",
            ),
            (
                "Savvas Pieridis-Kouris, who set up a WhatsApp group for his street after the first break-ins, said neighbours now took turns to drive around after dark.",
                "Savvas Pieridis-Kouris",
                "said",
                "",
            ),
            (
                "“It’s not vigilantes, it’s just neighbours,” he said.",
                "Savvas Pieridis-Kouris",
                "said",
                "",
            ),
        ],
        [
            (
                "Police advise residents to leave a light or a radio on when they go out in the evening, to lock windows as well as doors, and to report anyone seen photographing houses.",
                "Police",
                "advise",
                "",
            ),
            (
                "Anyone with information can call Limassol CID on 25 805 057 or the Citizens’ Hotline on 1460.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Follow the Cyprus Sundial on Google News", "", "", "B"),
        ],
        [
            ("Related Posts", "", "", "B"),
        ],
        [
            ("Man arrested after Paphos kiosk robbery", "", "", "B"),
        ],
        [
            ("Larnaca: 12kg of cannabis found in car at port", "", "", "B"),
        ],
        [
            ("Tags: burglary | Limassol | police | remand", "", "", "B"),
        ],
        [
            ("Comments must be on topic and respectful.", "", "", "B"),
            ("Read our full comments policy.", "", "", "B"),
        ],
        [
            ("© Copyright Cyprus Sundial Ltd 2026 | Reg. No. HE 301146", "", "", "B"),
        ],
    ],
    [
        [
            ("The Polderline", "", "", "B"),
        ],
        [
            (
                "News | Politics | Economy | Science | Amsterdam | Dutch Life | Opinion | Events",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Science", "", "", "B"),
        ],
        [
            (
                "Wadden Sea oystercatchers raise too few chicks as summer storms flood nests, study finds",
                "a new study",
                "finds",
                "W",
            ),
        ],
        [
            ("Wietske Vrolijk-Tammes", "", "", "B"),
        ],
        [
            ("May 11, 2026 - 14:20", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | LinkedIn | WhatsApp | Email", "", "", "B"),
        ],
        [
            (
                "An oystercatcher sits on its nest in a salt marsh on one of the Wadden islands.",
                "",
                "",
                "",
            ),
            ("Photo: Durk Kloostermeijer / Polderline", "", "", "B"),
        ],
        [
            (
                "Oystercatchers nesting in the salt marshes of the Dutch Wadden Sea now raise an average of 0.21 chicks per pair each year, less than half the number needed to keep the population stable, a new study has found.",
                "a new study",
                "has found",
                "W",
            ),
            (
                "The researchers, from the Lauwersmeer Institute for Coastal Ecology, followed 1,146 nests on three Wadden islands between 2013 and 2025.",
                "",
                "",
                "W",
            ),
            (
                "They found that 38 per cent of nests were lost to flooding in the last three years of the study, up from 14 per cent in the first three, as storms in May and June became more frequent.",
                "The researchers",
                "found",
                "W",
            ),
            (
                "Chicks that hatched on the higher parts of the marsh were twice as likely to survive to flying as those on lower ground, they found.",
                "The researchers",
                "found",
                "W",
            ),
            ("The study was published on Monday in the journal Coastal Bird Ecology.", "", "", "W"),
        ],
        [
            (
                'Lead author Dr. Jildou Tjeerdsma-Albada said nests on the lower parts of the marsh were now flooded "almost every summer".',
                "Jildou Tjeerdsma-Albada",
                "said",
                "",
            ),
            (
                '"The birds are doing exactly what they have always done, building their nests on the marsh where they are safe from foxes," she said.',
                "Jildou Tjeerdsma-Albada",
                "said",
                "",
            ),
            (
                '"The problem is that the marsh floods more often than it used to."',
                "Jildou Tjeerdsma-Albada",
                "said",
                "W",
            ),
            (
                "Tjeerdsma-Albada said the Dutch breeding population had fallen from about 110,000 pairs in the early 1990s to roughly 45,000 today.",
                "Jildou Tjeerdsma-Albada",
                "said",
                "W",
            ),
        ],
        [
            (
                "Summer storms push seawater over the marsh when they coincide with a spring tide, and a nest that is under water for more than an hour rarely hatches.",
                "",
                "",
                "W",
            ),
            (
                'The researchers wrote that the trend was "consistent with" a rise in summer storm surges along the Wadden coast, but that 12 years of data were too few to link it firmly to climate change.',
                "The researchers",
                "wrote",
                "",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                'Auke Broeksma-Kuiperij, a professor of animal ecology at Hanzeveld University who was not involved in the study, called it "careful and rather worrying".',
                "Auke Broeksma-Kuiperij",
                "called",
                "",
            ),
            (
                "He said the figure of 0.21 chicks per pair was among the lowest recorded for any wader population in north-west Europe.",
                "Auke Broeksma-Kuiperij",
                "said",
                "W",
            ),
            ('"But nests are only half the story," he said.', "Auke Broeksma-Kuiperij", "said", ""),
            (
                '"Adults that survive the winter can live for 40 years, so a bad decade of breeding does not empty the marsh overnight."',
                "Auke Broeksma-Kuiperij",
                "said",
                "W",
            ),
            (
                '"The question is what happens when the high marsh is full.',
                "Auke Broeksma-Kuiperij",
                "asked",
                "",
            ),
            (
                'Where are the birds supposed to go then?" he asked.',
                "Auke Broeksma-Kuiperij",
                "asked",
                "",
            ),
        ],
        [
            (
                "Rijkswaterstaat, the national water authority, said it was testing low earth ridges on two marshes to slow the water during summer surges.",
                "Rijkswaterstaat",
                "said",
                "W",
            ),
            ("A spokesperson said results were expected in 2028.", "A spokesperson", "said", ""),
            (
                "The ridges, each about 40 centimetres high, were built in March at a cost of €310,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The bird protection group Waddenwacht said it would ask the government to close more of the marsh to walkers during the breeding season.",
                "Waddenwacht",
                "said",
                "",
            ),
            (
                "It said disturbance by people and dogs caused about one in ten nest failures in the study areas.",
                "Waddenwacht",
                "said",
                "W",
            ),
        ],
        [
            (
                "On the dyke on a grey Saturday morning, a pair of oystercatchers shrieked at a passing dog walker until she turned back.",
                "",
                "",
                "",
            ),
            (
                '"They are loud, they are stubborn, and they are losing," said Hessel Dijkstra-Veenhuis, who has counted birds on the marsh as a volunteer warden since 1998.',
                "Hessel Dijkstra-Veenhuis",
                "said",
                "",
            ),
        ],
        [
            (
                "Journal reference: Tjeerdsma-Albada J, Okkema R, Wiersma-Tjallingii P, et al. Breeding success of Eurasian oystercatchers on flooding salt marshes, 2013-2025. Coast Bird Ecol. 2026;41(2):118-131.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Support The Polderline.", "", "", "B"),
            ("We're independent and free to read, and we want to keep it that way.", "", "", "B"),
            ("Become a member from €4 a month.", "", "", "B"),
        ],
        [
            ("Read more", "", "", "B"),
        ],
        [
            ("Schiphol night flights to be cut by 10% from November", "", "", "B"),
        ],
        [
            ("Spoonbill numbers at record high on Texel", "", "", "B"),
        ],
        [
            ("© 2026 The Polderline B.V.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE BARBADOS SEABREEZE", "", "", "B"),
        ],
        [
            (
                "Home | Local News | Business | Sports | Entertainment | Crop Over 2026 | Opinion | Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            ("ENTERTAINMENT", "", "", "B"),
        ],
        [
            (
                "Record 52 calypsonians enter monarch race as finals move to Carrington Pasture",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NCF says bigger venue needed after last year's sell-out",
                "the National Cultural Foundation (NCF)",
                "says",
                "W",
            ),
        ],
        [
            ("by Shamika Yearwood-Catlyn", "", "", "B"),
        ],
        [
            ("May 21, 2026", "", "", "B"),
        ],
        [
            ("Share   Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Defending monarch Mighty Canefire on stage at last year's finals.", "", "", ""),
            ("(FILE PHOTO)", "", "", "B"),
        ],
        [
            (
                "A record 52 calypsonians have registered for this year's calypso monarch competition, the National Cultural Foundation (NCF) said yesterday, eight more than last year and the most since the contest began in 1978.",
                "the National Cultural Foundation (NCF)",
                "said",
                "W",
            ),
            (
                "The NCF also confirmed that the finals, on Sunday, August 2, will move to Carrington Pasture, which can hold about 9,000 people.",
                "The NCF",
                "confirmed",
                "W",
            ),
        ],
        [
            (
                "NCF chief executive Marisha Headley-Blenman said all 6,500 tickets for last year's finals had sold out in less than four hours.",
                "Marisha Headley-Blenman",
                "said",
                "W",
            ),
            (
                "“People were standing on walls and up in trees to see the show, and that is not safe,” she said.",
                "Marisha Headley-Blenman",
                "said",
                "",
            ),
            (
                "She said tickets for the finals would go on sale on July 1 at $60 for the stands and $30 for the grounds.",
                "Marisha Headley-Blenman",
                "said",
                "W",
            ),
            (
                "She said the NCF had hired 40 extra security officers for the finals and would run shuttle buses from Bridgetown every 15 minutes from 4 p.m.",
                "Marisha Headley-Blenman",
                "said",
                "W",
            ),
        ],
        [
            (
                "Judging of the 52 entries will take place in the calypso tents during June, and 18 singers will be chosen for the semi-finals on July 18 at the Lodge Hill Amphitheatre.",
                "",
                "",
                "W",
            ),
            (
                "About one in five entrants this year are women, up from one in eight in 2016, according to NCF figures.",
                "NCF figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Among them is 19-year-old Tamisha “Queen Flambeau” Griffith-Rowland, the youngest singer in the field.",
                "",
                "",
                "W",
            ),
            (
                "“My grandfather sang in the tents for 30 years and never made a final, so I'm singing for him too,” she said.",
                "Tamisha Griffith-Rowland",
                "said",
                "",
            ),
        ],
        [
            (
                "Mighty Canefire, whose real name is Kerrick Harewood-Skeete, said he welcomed the move to a bigger venue but worried about the sound.",
                "Mighty Canefire",
                "said",
                "",
            ),
            (
                "“Carrington is a cricket ground, not a concert hall,” he said.",
                "Mighty Canefire",
                "said",
                "",
            ),
            (
                "“If the people in the back can't hear the words, then it isn't calypso, it's just noise.”",
                "Mighty Canefire",
                "said",
                "",
            ),
            (
                "Canefire, who has won the crown three times, said he had entered two songs this year.",
                "Mighty Canefire",
                "said",
                "W",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            (
                "In the House of Assembly on Tuesday, Minister of Culture Hon. Jerrol Codrington-Bovell said the Government had increased the NCF's grant for Crop Over by $1.5 million to $9.8 million this year.",
                "Jerrol Codrington-Bovell",
                "said",
                "W",
            ),
            (
                "“Crop Over is not a party, it is an export,” he said.",
                "Jerrol Codrington-Bovell",
                "said",
                "",
            ),
            (
                "He said visitor arrivals during the festival rose to 41,200 last year from 36,900 in 2024.",
                "Jerrol Codrington-Bovell",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition spokesman on culture Rawle Gollop-Symmonds said the increase was “too little, too late” for the tents.",
                "Rawle Gollop-Symmonds",
                "said",
                "",
            ),
            (
                "He said at least three tents had closed since 2019 because they could not pay for sound equipment.",
                "Rawle Gollop-Symmonds",
                "said",
                "W",
            ),
        ],
        [
            (
                "At the Cane Arrow tent in Bridgetown on Tuesday night, a half-full room sang along as a young singer performed a song about the price of chicken.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Elvis Inniss-Springer, who manages the Cane Arrow calypso tent, said its costs for sound and lighting had doubled since 2022.",
                "Elvis Inniss-Springer",
                "said",
                "W",
            ),
            (
                "He said the tent charged $45 a night and drew an average of 380 people a night last season.",
                "Elvis Inniss-Springer",
                "said",
                "W",
            ),
            (
                "“We are not asking for charity, we are asking for a fair share of the festival's money,” he said.",
                "Elvis Inniss-Springer",
                "said",
                "",
            ),
        ],
        [
            ("The Seabreeze is on WhatsApp.", "", "", "B"),
            ("Join our channel for the latest Crop Over news.", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Soca monarch judges named", "", "", "B"),
        ],
        [
            ("Kadooment bands told to register by June 12", "", "", "B"),
        ],
        [
            ("You must be logged in to post a comment.", "", "", "B"),
        ],
        [
            (
                "© 2026 Seabreeze Publishing Inc. | Harbour Road, Bridgetown, St. Michael, Barbados",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "h55-ke-hon-colon-p-m",
        "A motion to impeach Nyandarua Governor Erastus Kiarie Kiragu collapsed on Wednesday evening after only 23 of the county's 50 Members of County Assembly (MCAs) voted in favour, 11 short of the two-thirds majority required under the County Governments Act. Nineteen MCAs voted against the motion and eight were absent when the division was called at 8.40 p.m., according to the assembly's Hansard records.\nThe motion, tabled by Majority Leader Hon. Japheth Gathecha Waithaka, listed three charges against the governor: gross misconduct, abuse of office and violation of the Public Finance Management Act.",
        [
            "A motion to impeach Nyandarua Governor Erastus Kiarie Kiragu collapsed on Wednesday evening after only 23 of the county's 50 Members of County Assembly (MCAs) voted in favour, 11 short of the two-thirds majority required under the County Governments Act.",
            "Nineteen MCAs voted against the motion and eight were absent when the division was called at 8.40 p.m., according to the assembly's Hansard records.",
            "The motion, tabled by Majority Leader Hon. Japheth Gathecha Waithaka, listed three charges against the governor: gross misconduct, abuse of office and violation of the Public Finance Management Act.",
        ],
    ),
    (
        "h55-ke-colon-in-quote-ad",
        "“Today the assembly has spoken, and it has said: let the man work,” the governor said. “I hold no grudge against any member of this House.”\nADVERTISEMENT\nSpeaker Jecinta Nyaguthii Kagwima twice suspended the sitting, first at 2.15 p.m. after members scuffled near the mace and again shortly after 5 p.m. when the lights in the chamber went off.",
        [
            "“Today the assembly has spoken, and it has said: let the man work,” the governor said.",
            "“I hold no grudge against any member of this House.”",
            "ADVERTISEMENT",
            "Speaker Jecinta Nyaguthii Kagwima twice suspended the sitting, first at 2.15 p.m. after members scuffled near the mace and again shortly after 5 p.m. when the lights in the chamber went off.",
        ],
    ),
    (
        "h55-jm-3am-checkpoint-clerk",
        "The court heard that Hanniford and another man, who has not been caught, loaded the animals into a grey pickup at Marlie Gully shortly after 3 a.m. on February 11. Police stopped the vehicle at a checkpoint on the main road about two hours later, and five of the goats were returned alive to their owner.\nClerk of the Court Oniel McLaren told the court that the two goats that died had both been carrying kids, and that the complainant valued each animal at $40,000.",
        [
            "The court heard that Hanniford and another man, who has not been caught, loaded the animals into a grey pickup at Marlie Gully shortly after 3 a.m. on February 11.",
            "Police stopped the vehicle at a checkpoint on the main road about two hours later, and five of the goats were returned alive to their owner.",
            "Clerk of the Court Oniel McLaren told the court that the two goats that died had both been carrying kids, and that the complainant valued each animal at $40,000.",
        ],
    ),
    (
        "h55-jm-quote-split-judge",
        "“Mr Hanniford, a goat is not a luxury to a small farmer in this parish,” she said. “It is his school fees, his doctor's bill and his pension. When you take his goats, you take his future, and praedial larceny is killing small farming in Jamaica.”",
        [
            "“Mr Hanniford, a goat is not a luxury to a small farmer in this parish,” she said.",
            "“It is his school fees, his doctor's bill and his pension.",
            "When you take his goats, you take his future, and praedial larceny is killing small farming in Jamaica.”",
        ],
    ),
    (
        "h55-jm-ltd-rights-footer",
        "© Copyright 2026 Sentinel Press Jamaica Ltd. All rights reserved.\nAbout Us   Contact Us   Advertise   Terms and Conditions   Privacy Policy",
        [
            "© Copyright 2026 Sentinel Press Jamaica Ltd.",
            "All rights reserved.",
            "About Us   Contact Us   Advertise   Terms and Conditions   Privacy Policy",
        ],
    ),
    (
        "h55-pk-dash-credit-dateline",
        "Patients receive treatment at a dengue ward set up in a corridor of a Rawalpindi hospital on Monday. — Photo by author\nRAWALPINDI: The number of confirmed dengue cases in Rawalpindi this year has crossed 600, with 71 new patients reported in the 24 hours to 8am on Monday, the highest daily figure since October 2023. The District Health Authority said 614 cases had been confirmed since January 1, of which 402 were recorded in May alone. It said no deaths had been reported so far this year.",
        [
            "Patients receive treatment at a dengue ward set up in a corridor of a Rawalpindi hospital on Monday.",
            "— Photo by author",
            "RAWALPINDI: The number of confirmed dengue cases in Rawalpindi this year has crossed 600, with 71 new patients reported in the 24 hours to 8am on Monday, the highest daily figure since October 2023.",
            "The District Health Authority said 614 cases had been confirmed since January 1, of which 402 were recorded in May alone.",
            "It said no deaths had been reported so far this year.",
        ],
    ),
    (
        "h55-pk-firs-quote-dr",
        "She said the district's 340 anti-dengue teams had sealed 17 premises and registered 41 FIRs against owners who had ignored earlier notices. “Most of the breeding we find is inside houses, in water coolers, flower pots and rooftop tanks,” Dr Ghumman said. “People think dengue comes from the nullah, but it comes from their own roof.”",
        [
            "She said the district's 340 anti-dengue teams had sealed 17 premises and registered 41 FIRs against owners who had ignored earlier notices.",
            "“Most of the breeding we find is inside houses, in water coolers, flower pots and rooftop tanks,” Dr Ghumman said.",
            "“People think dengue comes from the nullah, but it comes from their own roof.”",
        ],
    ),
    (
        "h55-pk-section-144-rs",
        "Deputy Commissioner Shehryar Janjua said fumigation teams had covered 88 of the city's 112 localities since May 1 and the rest would be covered by May 31. He said a ban on storing water in open containers at construction sites, imposed under Section 144, would remain in force until June 30. He said the fine for a second offence had been raised to Rs50,000 this month.",
        [
            "Deputy Commissioner Shehryar Janjua said fumigation teams had covered 88 of the city's 112 localities since May 1 and the rest would be covered by May 31.",
            "He said a ban on storing water in open containers at construction sites, imposed under Section 144, would remain in force until June 30.",
            "He said the fine for a second offence had been raised to Rs50,000 this month.",
        ],
    ),
    (
        "h55-sc-cookie-banner-masthead",
        "We use cookies to give you the best experience on our website and to show you relevant adverts. You can change your cookie settings at any time.\nAccept all   Manage cookies\nThe Kyleside Gazette",
        [
            "We use cookies to give you the best experience on our website and to show you relevant adverts.",
            "You can change your cookie settings at any time.",
            "Accept all   Manage cookies",
            "The Kyleside Gazette",
        ],
    ),
    (
        "h55-sc-quote-split-wee",
        "“This is the third summer in a row that we’ve lost our ferry for weeks at a time,” she said. “People here are patient, but patience isn’t a timetable. If this happened on a road to a mainland town, it would be fixed in a week.”",
        [
            "“This is the third summer in a row that we’ve lost our ferry for weeks at a time,” she said.",
            "“People here are patient, but patience isn’t a timetable.",
            "If this happened on a road to a mainland town, it would be fixed in a week.”",
        ],
    ),
    (
        "h55-sc-am-pm-timetable-no",
        "The passenger boat, the Marsaili, sails from Ardcuilan at 7.45am, 12.15pm and 5.30pm, and from Ulvane half an hour after each arrival. Western Sound Ferries said tickets bought for car sailings before July 3 would be refunded in full, and passengers could apply on its website or at the Ardcuilan office.",
        [
            "The passenger boat, the Marsaili, sails from Ardcuilan at 7.45am, 12.15pm and 5.30pm, and from Ulvane half an hour after each arrival.",
            "Western Sound Ferries said tickets bought for car sailings before July 3 would be refunded in full, and passengers could apply on its website or at the Ardcuilan office.",
        ],
    ),
    (
        "h55-lk-rs-dot-ltd-end",
        "Average prices at the Colombo tea auction fell for a fourth consecutive week last Tuesday and Wednesday, with high-grown teas losing Rs. 38 a kilo as buyers from the Middle East held back. The sale of 6.1 million kilos averaged Rs. 1,214.62 a kilo, down from Rs. 1,263.40 a week earlier, according to the weekly market report of Dunhinda Leaf Brokers Ltd. Low-grown teas, which make up about 60 per cent of the offer, held up better, losing Rs. 9 a kilo on average. The next sale will be held on May 19 and 20, with 5.8 million kilos on offer.",
        [
            "Average prices at the Colombo tea auction fell for a fourth consecutive week last Tuesday and Wednesday, with high-grown teas losing Rs. 38 a kilo as buyers from the Middle East held back.",
            "The sale of 6.1 million kilos averaged Rs. 1,214.62 a kilo, down from Rs. 1,263.40 a week earlier, according to the weekly market report of Dunhinda Leaf Brokers Ltd.",
            "Low-grown teas, which make up about 60 per cent of the offer, held up better, losing Rs. 9 a kilo on average.",
            "The next sale will be held on May 19 and 20, with 5.8 million kilos on offer.",
        ],
    ),
    (
        "h55-lk-initials-after-quote",
        'In the hills above Badulla, smallholders who sell green leaf to bought-leaf factories say the price they are paid has fallen to Rs. 205 a kilo from Rs. 240 in March. "With fertiliser at Rs. 11,000 a bag, we are working for nothing," said K. M. Kusumalatha, who grows tea on a two-acre plot outside the town. "My son has gone to work in a garment factory, and I don\'t blame him."',
        [
            "In the hills above Badulla, smallholders who sell green leaf to bought-leaf factories say the price they are paid has fallen to Rs. 205 a kilo from Rs. 240 in March.",
            '"With fertiliser at Rs. 11,000 a bag, we are working for nothing," said K. M. Kusumalatha, who grows tea on a two-acre plot outside the town.',
            '"My son has gone to work in a garment factory, and I don\'t blame him."',
        ],
    ),
    (
        "h55-tt-weather-strip-semicolon",
        "Port of Spain  27°C  Thunderstorms\nTRADEWINDS\nNews | Local | Politics | Business | Sport | Entertainment | Letters | Columnists | Carnival\nLOCAL\nOrange alert as 120mm of rain floods central Trinidad\nMet Service extends alert to 6 a.m. Thursday; ODPM opens four shelters",
        [
            "Port of Spain  27°C  Thunderstorms",
            "TRADEWINDS",
            "News | Local | Politics | Business | Sport | Entertainment | Letters | Columnists | Carnival",
            "LOCAL",
            "Orange alert as 120mm of rain floods central Trinidad",
            "Met Service extends alert to 6 a.m. Thursday; ODPM opens four shelters",
        ],
    ),
    (
        "h55-tt-am-pm-sentence-end",
        "The rain gauge at Piarco recorded 63.4 millimetres between 11 a.m. and 5 p.m. At the height of the storm, 28.6 millimetres fell there in a single hour. Flights at Piarco International Airport were not affected, the Airports Authority said.",
        [
            "The rain gauge at Piarco recorded 63.4 millimetres between 11 a.m. and 5 p.m.",
            "At the height of the storm, 28.6 millimetres fell there in a single hour.",
            "Flights at Piarco International Airport were not affected, the Airports Authority said.",
        ],
    ),
    (
        "h55-tt-creole-question-asked",
        '"Every year they tell we the drain go fix, and every year I lifting up my fridge on blocks," she said. She said she had lived on the trace for 30 years and had never seen water rise so fast. "Who going to pay for my fridge this time?" she asked.',
        [
            '"Every year they tell we the drain go fix, and every year I lifting up my fridge on blocks," she said.',
            "She said she had lived on the trace for 30 years and had never seen water rise so fast.",
            '"Who going to pay for my fridge this time?" she asked.',
        ],
    ),
    (
        "h55-mt-asked-colon-question",
        '"Now we are being shown a playground full of boxes." He said the association would ask to meet the education minister before the end of the scholastic year.\nAntonella Spagnol-Magri, whose two children attend the school, asked: "If there is a fire alarm, who is checking the cabins?"\nHead of school Doriana Caligari said break times would be staggered from September because the portable classrooms would take up about half of the playground.',
        [
            '"Now we are being shown a playground full of boxes."',
            "He said the association would ask to meet the education minister before the end of the scholastic year.",
            'Antonella Spagnol-Magri, whose two children attend the school, asked: "If there is a fire alarm, who is checking the cabins?"',
            "Head of school Doriana Caligari said break times would be staggered from September because the portable classrooms would take up about half of the playground.",
        ],
    ),
    (
        "h55-mt-related-reg-no-footer",
        "Related Stories\nParents protest over school transport delays in Żejtun\nOur comments section is moderated. Read our comments policy.\n© 2026 Grand Harbour Observer Ltd. Company Reg. No. C 41182.",
        [
            "Related Stories",
            "Parents protest over school transport delays in Żejtun",
            "Our comments section is moderated.",
            "Read our comments policy.",
            "© 2026 Grand Harbour Observer Ltd.",
            "Company Reg. No. C 41182.",
        ],
    ),
    (
        "h55-zm-match-facts-apostrophes",
        "MATCH FACTS\nCopper Hawks 2 (Nkhata 34', 87') Mighty Rovers 1 (Kunda-Mwape 61' pen)\nYellow cards: Hamweemba-Chewe, Mulongoti; Chibesakunda-Bwembya\nReferee: Gift Lungowe-Simfukwe\nAttendance: 8,412",
        [
            "MATCH FACTS",
            "Copper Hawks 2 (Nkhata 34', 87') Mighty Rovers 1 (Kunda-Mwape 61' pen)",
            "Yellow cards: Hamweemba-Chewe, Mulongoti; Chibesakunda-Bwembya",
            "Referee: Gift Lungowe-Simfukwe",
            "Attendance: 8,412",
        ],
    ),
    (
        "h55-zm-quote-split-coach",
        '"In the second half we were not good, I will be honest," he said. "But the boys kept running. Chibuye is a man who needs only one chance." He said defender Kachinga Lumbwe had been taken to hospital for an X-ray on his right shoulder after a collision in the 70th minute.',
        [
            '"In the second half we were not good, I will be honest," he said.',
            '"But the boys kept running.',
            'Chibuye is a man who needs only one chance."',
            "He said defender Kachinga Lumbwe had been taken to hospital for an X-ray on his right shoulder after a collision in the 70th minute.",
        ],
    ),
    (
        "h55-us-jr-sentence-end",
        "The fee, which will appear on residents' water bills, is expected to raise about $1.1 million a year, according to a memo from Finance Director Thurston G. Hallberg Jr. The memo says the cost of collection has risen from $2.3 million in 2019 to $3.4 million this year, mostly because of a new landfill contract. The city's contract with Hollisfield Waste Services runs through 2030.",
        [
            "The fee, which will appear on residents' water bills, is expected to raise about $1.1 million a year, according to a memo from Finance Director Thurston G. Hallberg Jr.",
            "The memo says the cost of collection has risen from $2.3 million in 2019 to $3.4 million this year, mostly because of a new landfill contract.",
            "The city's contract with Hollisfield Waste Services runs through 2030.",
        ],
    ),
    (
        "h55-us-jr-roll-call",
        "Council President Oretha Applewhite, Vice President Rudy Pickard and council members Winfield Hrabosky, Earlene Dziedzic and Wilbur Szeremeta Jr. voted for the fee. Council members Cletus Van Wormer and Shonda Dobbins-Hensworth voted against it.",
        [
            "Council President Oretha Applewhite, Vice President Rudy Pickard and council members Winfield Hrabosky, Earlene Dziedzic and Wilbur Szeremeta Jr. voted for the fee.",
            "Council members Cletus Van Wormer and Shonda Dobbins-Hensworth voted against it.",
        ],
    ),
    (
        "h55-us-ordinance-main-st-bio",
        "The fee will be reviewed each year, and any increase will need a new vote of council, under Ordinance No. 2026-41. Council meets next at 7 p.m. May 26 at City Hall, 400 N. Main St.\nKenna Wojcikowski-Arce covers city government for The Daily Reporter. Reach her at 740-555-0143.",
        [
            "The fee will be reviewed each year, and any increase will need a new vote of council, under Ordinance No. 2026-41.",
            "Council meets next at 7 p.m. May 26 at City Hall, 400 N. Main St.",
            "Kenna Wojcikowski-Arce covers city government for The Daily Reporter.",
            "Reach her at 740-555-0143.",
        ],
    ),
    (
        "h55-cy-told-quote-police-said",
        "“Most of these houses were entered between 6pm and 9pm, when the owners were out for the evening,” he told the Sundial. “The thieves were watching which houses stayed dark.” A third man, believed to have acted as a lookout, was still being sought on Saturday, police said.",
        [
            "“Most of these houses were entered between 6pm and 9pm, when the owners were out for the evening,” he told the Sundial.",
            "“The thieves were watching which houses stayed dark.”",
            "A third man, believed to have acted as a lookout, was still being sought on Saturday, police said.",
        ],
    ),
    (
        "h55-cy-spaced-phone-google",
        "Police advise residents to leave a light or a radio on when they go out in the evening, to lock windows as well as doors, and to report anyone seen photographing houses. Anyone with information can call Limassol CID on 25 805 057 or the Citizens’ Hotline on 1460.\nFollow the Cyprus Sundial on Google News",
        [
            "Police advise residents to leave a light or a radio on when they go out in the evening, to lock windows as well as doors, and to report anyone seen photographing houses.",
            "Anyone with information can call Limassol CID on 25 805 057 or the Citizens’ Hotline on 1460.",
            "Follow the Cyprus Sundial on Google News",
        ],
    ),
    (
        "h55-nl-dr-lead-author",
        'Lead author Dr. Jildou Tjeerdsma-Albada said nests on the lower parts of the marsh were now flooded "almost every summer". "The birds are doing exactly what they have always done, building their nests on the marsh where they are safe from foxes," she said.',
        [
            'Lead author Dr. Jildou Tjeerdsma-Albada said nests on the lower parts of the marsh were now flooded "almost every summer".',
            '"The birds are doing exactly what they have always done, building their nests on the marsh where they are safe from foxes," she said.',
        ],
    ),
    (
        "h55-nl-statement-question-asked",
        '"But nests are only half the story," he said. "Adults that survive the winter can live for 40 years, so a bad decade of breeding does not empty the marsh overnight." "The question is what happens when the high marsh is full. Where are the birds supposed to go then?" he asked.',
        [
            '"But nests are only half the story," he said.',
            '"Adults that survive the winter can live for 40 years, so a bad decade of breeding does not empty the marsh overnight."',
            '"The question is what happens when the high marsh is full.',
            'Where are the birds supposed to go then?" he asked.',
        ],
    ),
    (
        "h55-nl-et-al-reference-bv",
        "Journal reference: Tjeerdsma-Albada J, Okkema R, Wiersma-Tjallingii P, et al. Breeding success of Eurasian oystercatchers on flooding salt marshes, 2013-2025. Coast Bird Ecol. 2026;41(2):118-131.\nSupport The Polderline.",
        [
            "Journal reference: Tjeerdsma-Albada J, Okkema R, Wiersma-Tjallingii P, et al. Breeding success of Eurasian oystercatchers on flooding salt marshes, 2013-2025. Coast Bird Ecol. 2026;41(2):118-131.",
            "Support The Polderline.",
        ],
    ),
    (
        "h55-bb-4pm-judging",
        "She said tickets for the finals would go on sale on July 1 at $60 for the stands and $30 for the grounds. She said the NCF had hired 40 extra security officers for the finals and would run shuttle buses from Bridgetown every 15 minutes from 4 p.m.\nJudging of the 52 entries will take place in the calypso tents during June, and 18 singers will be chosen for the semi-finals on July 18 at the Lodge Hill Amphitheatre.",
        [
            "She said tickets for the finals would go on sale on July 1 at $60 for the stands and $30 for the grounds.",
            "She said the NCF had hired 40 extra security officers for the finals and would run shuttle buses from Bridgetown every 15 minutes from 4 p.m.",
            "Judging of the 52 entries will take place in the calypso tents during June, and 18 singers will be chosen for the semi-finals on July 18 at the Lodge Hill Amphitheatre.",
        ],
    ),
    (
        "h55-bb-stage-name-quotes",
        "Among them is 19-year-old Tamisha “Queen Flambeau” Griffith-Rowland, the youngest singer in the field. “My grandfather sang in the tents for 30 years and never made a final, so I'm singing for him too,” she said.",
        [
            "Among them is 19-year-old Tamisha “Queen Flambeau” Griffith-Rowland, the youngest singer in the field.",
            "“My grandfather sang in the tents for 30 years and never made a final, so I'm singing for him too,” she said.",
        ],
    ),
]
