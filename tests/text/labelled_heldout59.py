"""Held-out hand-labelled pages for the hint engines (round thirty-seven): a fifty-ninth held-out
set, never tuned on.

Twelve WHOLE ordinary news pages, head to tail with each site's own furniture, from twelve
countries, one beat each: a US regional daily in Colorado (politics: a property-tax cap, S.B. 3,
passes in a one-day special session), an English regional daily in Lincolnshire (health: the
watchdog rates a hospital's A&E inadequate), an Indian city daily in Bengaluru (crime: five held
over a fake share-trading app), a Nigerian national daily (transport: Abuja–Kaduna train fares
rise), an Australian regional daily in north-west Tasmania (business: a dairy processor enters
voluntary administration), a Canadian city daily in Manitoba (courts: a former municipal treasurer
is sentenced for fraud), an Irish county news site in Donegal (weather: an orange wind warning
closes schools), a Philippine news site in Cebu City (education: schools run three shifts), a South
African news site (sport: a football match report with line-ups and a log), a New Zealand news site
(science: a 15-year study of pāua growth), a Malaysian English daily in Johor (environment:
factories shut after river pollution halts water plants) and a Ghanaian news portal (culture: a
highlife archive opens in Takoradi). The copy is everyday: named speakers, spokespeople and unnamed
sources, pronouns and later surnames, "according to" documents, data and bodies, figures and dates,
opinions and feelings in quotes, captions and credits, related links, newsletter, cookie and
comment blocks, bios and footers. `STYLES` names each page's site, story, speakers and furniture in
order. The pages hold 517 sentences: 231 "B", 177 "W" and 109 ""; 210 of them carry a speaker.
`HELDOUT_CASES` holds 30 sentence-split cases.

How it was written (round thirty-seven, from scratch, without looking at the engine's code or
output): nothing under `claimreview/` was opened, no `labelled_heldout*.py`, `train_*.py` or
`test_*.py` file was read, nor `hint_scores.py`, anything under `docs/` or `tests/benchmarks/`, or
any README; `claimreview` was never imported (a check after importing this file found no
`claimreview` module loaded), and no engine, scorer, test or `pytest` was run. The search and fetch
tools were not used, and nothing was copied from anywhere. The brief was read (its folder held only
the brief). What was read for the format: the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); the module docstrings of
`labelled_new81.py` and `labelled_new82.py` (printed with `ast.get_docstring`; the tool cut the
first printing in the middle, so both were saved to files in /tmp and the cut stretch was printed
again with `sed`), their import lines (a `grep` for import lines), and their `STYLES`, first two
pages and first eight `CASES`, printed by a script of my own that imported the two modules (lines
cut to 400-600 characters on screen); `build` in `labelled_articles.py` (a `grep -n "def build"
-A15` listing); and the `[tool.ruff]` tables of `pyproject.toml` (a `sed` listing). What was run: a
Python one-liner printing the calendar of September to November 2026 to check weekdays; `ls` of
/tmp/brief and /tmp/sets (the latter later showed, as names only, two files of other sessions,
`labelled_heldout60.py` and `labelled_new83.py`, never opened), a count of the `.py` files under
`tests/`, an `ls` showing the first ten names in `tests/`, and a check that the ruff binary exists;
scripts of my own in /tmp that turn a small line format into the literals below, rename coined
names, cut the split cases out of the pages and count sentences and flags; an import of this file
with `build` on every page and a checking script of my own (four fields, flags, a cue for every
speaker and a speaker for every cue, no speaker on furniture, the counts, every split case found in
a built page and equal to its sentences joined by single spaces); and whole-word case-insensitive
counts (`grep -rilw ... | wc -l`) over `tests/` and /tmp/sets of every capitalised word of these
pages and styles (each part of a hyphenated name on its own) and of every candidate replacement,
with phrase counts (`grep -rilF ... | wc -l`) for outlet, firm and group names; one phrase run
passed `--` before the pattern, so it counted all files under both folders rather than `.py` files
only. The first draft hit over a hundred coined given names, surnames, outlets, a stadium, a storm,
firms and clubs of other files; twice the names of the hitting files were printed to see where the
hits came from (`labelled_heldout24.py` and `labelled_new65.py`, never opened), and for eight words
the counts were split by folder, which showed four given names newly used by a file of another
session in /tmp/sets. Every hit was renamed, and only replacements with no hit were kept; a last
count-only pass (this file excluded) found none of this set's coined names elsewhere. What still
hits is real places, bodies, laws and languages (Colorado, Denver, Pueblo, Castle Rock, Greeley,
Lincolnshire, Bengaluru, Mysuru, Hubballi, Whitefield, Abuja, Kaduna, Zaria, Devonport, Launceston,
Winnipeg, Selkirk, Donegal, Letterkenny, Cebu, Mandaue, Lapu-Lapu, Polokwane, Limpopo, Otago,
Christchurch, Johor, Penang, Sekondi-Takoradi, Bharatiya Nyaya Sanhita, Met Éireann, ESB, Cebuano,
Kannada), titles and particles (Nana, Reeve, Councilor, Datuk, Alhaji, Nic), common words and
generic parts of names (Tidings, Keepers, Divers, Pride, Arrows, Rhythm, Aces, Educators, Dome,
Taman, Jaya, Indah, Sungai, Nagar) and none of the outlet or group names as a phrase. Last, `ruff
format` and `ruff check` were run on this file with the project's configuration, the checking
script was run again on the formatted file, and one read-only `git status --short` was run, which
listed three files under `claimreview/text/` as modified by someone else (names only, never
opened).

Every person, outlet, firm, club, stadium, school, association, federation, forum, committee,
trust, journal, street, industrial park, housing estate, village, rural municipality, storm and
figure is invented. Real countries, states, provinces, regions, cities and public bodies appear
only as settings, with invented people in their offices and invented figures: Colorado and its
General Assembly, Senate, House, Legislative Council Staff, State Education Fund and Department of
Local Affairs; England, the Care Quality Commission, East Midlands Ambulance Service, NHS England
and the Health Secretary; Bengaluru, its city police and CEN police station, the State Crime
Records Bureau, SEBI, the Bharatiya Nyaya Sanhita and the Information Technology Act; the Nigerian
Railway Corporation, the Federal Ministry of Transportation, the Nigerian Institute of Transport
Technology, Idu and Rigasa stations and the Abuja–Kaduna, Lagos–Ibadan and Warri–Itakpe lines;
Tasmania, ASIC, Devonport and Launceston; Manitoba, the Court of King's Bench, the Manitoba Court
of Appeal, the Criminal Code and Manitoba Municipal and Northern Relations; Donegal, Met Éireann,
the Department of Education, Donegal County Council, ESB Networks, Bus Éireann, Letterkenny
University Hospital, the Irish Coast Guard, the Gardaí and the N56; Cebu City and its City Council,
the Department of Education (DepEd) and Central Visayas; Polokwane; the University of Otago,
Fisheries New Zealand and the Otago Regional Council; Johor, Kulai, the Department of Environment
(DOE), the Johor Water Regulatory Body (BAKAJ) and the Environmental Quality Act 1974; Ghana,
Sekondi-Takoradi and its Metropolitan Assembly, the Ministry of Tourism, Culture and Creative Arts,
the Ghana Tourism Authority and the University of Cape Coast. WhatsApp, Facebook, X, Telegram and
Messenger appear only as channels.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state hold too, as far as their docstrings were read:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split; datelines with their lead sentence; a pronoun, a later
surname or a role ("the governor", "The superintendent", "the Deputy Minister", "The judge")
resolved to the full name as first given; an organisation's later generic noun kept as written
("the note", "The report", "the council", "The police") and "It" resolved to the name as first
given; decisions, votes, dates fixed, figures of record and an institution's expected date "W";
hedges, hopes, intentions, threats, forecasts, advice, opinions, feelings and questions ""; a
private person's own circumstances "" and that person's account of what an institution did "W";
"declined to ...", "did not respond to a request for comment" and "could not be reached for
comment" labelled like speech with flags ""; a named person acting without a verb of saying
carrying no speaker; a quote over several sentences carrying its speaker and cue; a quoted question
followed by its attribution one sentence; sport data lines ""; a journal reference one "B"
sentence; reader comments "B" whole.

Conventions this set had to settle, in the same spirit:

* A bracketed abbreviation after a body's name is not part of the speaker: "the Care Quality
  Commission (CQC) said" -> "the Care Quality Commission", "according to the Department of
  Education (DepEd)" -> "the Department of Education", "Records lodged with the Australian
  Securities and Investments Commission (ASIC) show" -> "Records lodged with the Australian
  Securities and Investments Commission"; a later "The CQC", "DepEd says", "BAKAJ said", "NRC says"
  resolves to the name so labelled. "DepEd's central office" and "the DOE's 2025 river water
  quality report" are kept as written. * Pronoun "They" after "The police said" resolves to the
  police as first given ("the Bengaluru city police"), while "The police said" keeps the generic
  noun as written. * Documents as sources: "According to a circular signed by the corporation's
  Director of Operations, Engr. ..." -> "a circular", and the circular's later "stated" and "it
  added" carry "the circular"; "estimated in a fiscal note" keeps "Legislative Council Staff" (the
  descriptor "nonpartisan" dropped) with that cue, and the fiscal note's figures are "W" as figures
  of record, unlike other estimates; "Figures from East Midlands Ambulance Service show", "The
  company's most recent accounts, filed with ASIC in April, show" (speaker without the participle
  phrase) and "according to an agreed statement of facts" keep the document as written. * Kinds as
  subjects: "Inspectors found" (standfirst) -> "Inspectors"; "Researchers link" -> "Researchers";
  "Police say" -> "Police"; a headline's "15-year study finds" carries the study as the lead names
  it ("A 15-year study of tagged pāua in Otago Harbour", cue "has found" there); "Farmers who
  supply the Wyndarra factory say" is kept as written; "City coach says" and "Judge calls" carry
  the person the body names. * Court reporting: "had asked for four years" (the Crown), "argued
  for" (the defence, cue "argued") and "told the court" are cues; the judge's words "said in
  delivering her sentence" keep that cue for both sentences of the quote, and her reasons ("said a
  conditional sentence was not open to her ..., citing ... R. v. ...") and her order are "W"; the
  reeve reading a victim impact statement is an act without a speaker, and his figures after "He
  said" are "W"; "She declined to speak when the judge offered her the chance" carries the accused
  with the cue "declined to speak". * Channels and languages after the verb stay in the cue ("said
  in Cebuano", "said on social media", "told a press conference", "told reporters"); where the
  channel stands before the subject ("In a statement Thursday night, the governor said", "In a
  statement on Tuesday, Ms Woolnough said", "In a statement, DepEd's central office said") the cue
  is "said". * A quote split before its attribution ("“Every few months it is the same story." /
  "Who is checking these factories?” she asked.") carries "asked" in both sentences, as a quote's
  cue runs to its closing mark; a quote whose first sentence is a question ("“Why must the
  passenger carry every cost at once?” he asked.") carries "asked" into the next sentence of the
  same quote. * Check-worthiness: an official's account of fact in a quote ("We have held the old
  fares for 22 months", "We traced the discharge to a drain ... none of the four had a valid
  permit") and a scientist's causal claim in a quote ("once the water gets above about 18 degrees
  they put their energy into coping rather than growing") are "W"; a forecaster's timing of the
  storm and the council's request to avoid journeys are ""; a high-tide time inside the
  forecaster's quote makes that sentence "W"; a headline or dek with a vote count or a fare is "W"
  even where a plan or an opinion rides along. A teacher's own timetable and a mother's daughter's
  journey are private circumstances (""); the school's 2,300 learners in 31 classrooms are "W". *
  Furniture: a weather reading in the subscribe strip, "Gift this article", a newsletter box's
  three lines, "Bookmark", a READ MORE, ALSO READ, Also Read or Related link, a tags line, an
  Acknowledgement of Country, "Report Error" / "Submit a Tip", a call for readers' storm photos
  (two sentences), a cookie notice at the foot and its buttons, a web-design credit, "Source:" and
  "Photo credit:" lines, a disclaimer and a comments count are "B"; a caption and its "(Image:
  ...)" credit pasted in one line are two sentences, "" and "B". * Sport: "Teams", "Log: top five"
  and the log's header row are "B"; the line-ups, the referee line and the five log rows are ""
  data lines; the caption of a goal celebration states a fact ("celebrates his second goal") and is
  "W"; "The crowd was 14,280, Stars said on social media" carries the club as first named
  ("Gamakhulu Stars").

Splits. "S.B. 3" (headline, caption and related link), "Gov. Junia", "Sen. Ludovic", "D-Pueblo,",
"6 p.m. and", "9:12 p.m., with", "Oct. 2,", "Nov. 3 ballot.", "10 a.m. Friday", "Rep. Thelonious",
"Sept. 18", "p.m. MT  |  Updated ... a.m. MT", "6 a.m." at a line's end, "Inc." before "All rights
reserved.", "Dr Hedra", "No. 06218374.", "Ltd." before "Registered", "(Image: Fenreach Gazette)",
"K.R. Varshini", "J.P. Nagar", "Ms. Hosmane", "Rs. 6.2 lakh", "Dr. B.V. Shrinivasa", "Dr. Adiga",
"known better... but", "T. Manohara", "Pvt. Ltd.", "Engr. Idrisu", "₦1.1bn", "₦9,600", "Mrs
Jummai", "(Pty) Ltd.", "7am on Tuesday.", "5:30pm", "s. 380(1)(a)", "R. v. Halvorsgaard.", "R.M.,",
"Road 47 N." before a quote, "4:12 PM CDT", "9.42am in Killybegs,” she said.", "11am", "6am", "087
555 0192.", "Dr. Ma. Consolacion", "5:30 a.m. and", "7 p.m." at a sentence's end, "P2.1 billion",
"Nov. 13.", "Ma. Luzminda", "4:45 a.m. to", "6 a.m. and her last at 5:40 p.m." at a paragraph's
start, "Councilor Atty. Crisanto", "P180 million", "19:52", "(19:30).", "1. Gamakhulu Stars",
"14.2mm", "0.9C", "2010-12", "3m.", "125mm.", "et al.", "2026;11(4):201-219.", "8.4mg", "Section
31A", "4.15am", "a/l", "Nov 3,", "Bhd (199501048823).", "Hon. Ekwam", "Prof. Ekua", "GH₵2.4
million", "II,", "9am to 5pm" never split a sentence wrongly; "“Why are we doing this 19 days
before an election?” Rep. ..., asked during the House debate.", "“How was I to know they were all
fake?”", "“How can a child learn anything ...?” he said in Cebuano.", "“Was that a penalty?”
Opperwall asked." and "“Why must the passenger carry every cost at once?” he asked." are one
sentence each; "“Every few months it is the same story." before "Who is checking these factories?”
she asked." and "Found an error in this story?" before "Report it here." each end one.

`HELDOUT_CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for
word from one paragraph of these pages (consecutive sentences joined by single spaces): what a
reviewer wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    (
        "US regional daily's site in Colorado, politics: lawmakers pass a property-tax cap bill "
        "(S.B. 3) in a one-day special session (subscribe strip with a temperature, masthead in "
        "capitals, menu, section label with a pipe, headline with S.B. 3 and a percentage, dek "
        "with two vote counts and Gov., byline and role lines, published and updated line with "
        "Oct. and p.m. MT / a.m. MT, share strip, caption with Sen. and D-Pueblo, photo credit "
        "with a slash, DENVER — dateline and according to legislative staff in the lead, vote "
        "times with p.m., the sponsor with Sen. and later surname with told reporters over a "
        "two-sentence quote, the minority leader with R-Castle Rock and he said, an "
        "advertisement label, a coalition director and she said, the nonpartisan staff's fiscal "
        "note with estimated in a fiscal note and the note said, a subhead, the governor's "
        "statement with the channel before the subject and a.m., a question in a quote with "
        "asked and Rep., the majority leader with Sept., according to a state department, two "
        "related links, a bio with e-mail and phone, a newsletter block, copyright with Inc. "
        "before All rights reserved and footer links)"
    ),
    (
        "English regional daily's site in Lincolnshire, health: the health watchdog rates a "
        "hospital's A&E inadequate after ambulance handovers of up to 11 hours (cookie banner "
        "at the head with a button row, masthead, menu, section label, headline with a figure, "
        "standfirst with Inspectors found, byline and role, date line with 24-hour times and "
        "UPDATED, bookmark line, caption with an (Image: ...) credit in the same line, lead, In "
        "a report published on Wednesday, the Care Quality Commission (CQC) said with the "
        "channel before the subject and It said, The report said, a READ MORE link, the trust's "
        "chief medical officer with Dr and she said over a two-sentence quote, figures from an "
        "ambulance service that show, an unnamed spokesperson, a newsletter sign-up block in "
        "the middle of the story, a daughter's account of her father's 19 hours on a trolley, "
        "The CQC has told the trust, the MP with she added, according to NHS England and "
        "according to the trust's board papers, the board meeting date, Don't miss links, a "
        "comments prompt, a company line with Ltd. and No. and a footer)"
    ),
    (
        "Indian city daily's Bengaluru page, crime: city cyber police arrest five over a fake "
        "share-trading app that took ₹7.4 crore from 212 investors, with names given by "
        "initials (K.R. Varshini Hosmane later Ms. Hosmane, Dr. B.V. Shrinivasa Adiga later Dr. "
        "Adiga, T. Manohara Bilagi) (masthead, e-paper strip with a Kannada link, menu, "
        "breadcrumb with ›, headline with ₹ and crore, dek with Police say, Staff Correspondent "
        "and BENGALURU lines, updated line with IST, share strip, caption and Photo: Special "
        "Arrangement, lead with the police said, the DCP who told reporters and She said, J.P. "
        "Nagar and Ms. in one line, The police said, an Also Read link, a retired doctor with "
        "Dr. and initials whose quote holds an ellipsis, an unnamed engineer with a question in "
        "her quote, Rs. and lakh, remand till a date, an inspector with SEBI, according to data "
        "from a bureau, the police's appeal, published line, related topics, comment rules and "
        "copyright with Pvt. Ltd.)"
    ),
    (
        "Nigerian national daily's site, transport: the railway corporation raises Abuja–Kaduna "
        "train fares by up to 60 per cent from Monday, with Engr., Mr, Mrs, Mallam, Alhaji and "
        "Dr before names (masthead in capitals, date strip with E-Paper, menu, section label, "
        "headline with a figure and an en dash, dek with NRC says, byline with a place, date "
        "and time line, share strip, caption and Photo: credit, lead with a date, according to "
        "a circular signed by a director and the circular stated, the spokesman who disclosed "
        "and then he said and He stated, an ADVERTISEMENT label, It was gathered that, a "
        "commuter named after her quote with Mrs, the forum chairman with Mallam and a question "
        "with he asked, an ALSO READ link, a trader at a station with Alhaji, a transport "
        "economist with Dr who noted, the ministry's press director with Mrs and She stated, "
        "the last review with naira figures, later surname with added, a second ADVERTISEMENT "
        "label, related news, a WhatsApp channel prompt, copyright with Ltd. before All rights "
        "reserved and footer)"
    ),
    (
        "Australian regional daily's site in north-west Tasmania, business: a cheese and butter "
        "maker enters voluntary administration with 146 jobs and about $11m owed to farmers "
        "(masthead, subscribe and log-in strip, menu, section label, headline with a figure and "
        "$11m, standfirst with Farmers ... say, byline, date line with a dash and pm, save and "
        "share line, caption and Picture by credit, lead, records lodged with ASIC that show, "
        "the administrator's statement with the channel before the subject and Ms, she said "
        "twice, Pty Ltd, a farmer with he said and He said, an Advertisement label, a "
        "suppliers' association's chief executive, a minister with Mr, a mayor with Cr, the "
        "company's accounts that show, a private equity firm that did not respond to a request "
        "for comment, according to its website, an unnamed fitter with 7am and a quote of two "
        "sentences, a Read more link, a newsletter prompt in two sentences, More from business "
        "links, an Acknowledgement of Country and copyright with Pty Ltd)"
    ),
    (
        "Canadian city daily's site in Manitoba, courts: a former rural municipality treasurer "
        "is sentenced to 30 months for stealing $412,000, with Justice as a title, s. 380(1)(a) "
        "and R. v. (masthead, subscribe strip, menu, section label with a pipe, headline with a "
        "figure, dek with a judge who calls, byline and role, Posted line with PM CDT and Oct., "
        "share strip, caption and credit with a slash, lead, a plea with s. 380(1)(a), "
        "according to an agreed statement of facts and the statement said, the judge who said "
        "in delivering her sentence over two sentences, an order with said, the Crown attorney "
        "who had asked for and the defence lawyer who argued and told the court, the judge's "
        "reasons citing R. v., the reeve who read a statement with He said, R.M. in a line, an "
        "Advertisement label, the accused who declined to speak, a provincial department's "
        "spokesperson, Report Error and Submit a Tip, bio, comments note, related links, "
        "copyright and footer)"
    ),
    (
        "Irish county news site for Donegal, weather: schools close as an orange wind warning "
        "is issued for a named storm, with Irish names (Treasa Ní Bhaoill, Cathaoir Ó "
        "Baoighealláin) (site name, menu, section label, headline, standfirst with km/h and "
        "am/pm, byline, date line with 2nd and pm, share strip, caption and Photo: credit, lead "
        "with Status Orange and 130km/h, a yellow warning, the Department of Education said and "
        "It said, the forecaster with she said and a tide time with am, the council said and "
        "then the council said and asked, an Advertisement label, ESB Networks said and it "
        "said, a fisherman acting without a verb of saying and then he said, Gardaí said, a "
        "hospital's decision, the Coast Guard's advice with has urged, a call for readers' "
        "photos with a phone number, Met Éireann said of the forecast, related links, tags, a "
        "cookie notice with its buttons and a copyright and web-design line)"
    ),
    (
        "Philippine news site, education: Cebu City public schools run classes in up to three "
        "shifts as enrollment rises 12 percent, with Dr., Ma., Atty. and Councilor before names "
        "(site name in capitals, menu, section label with a slash, headline, dek with DepEd "
        "says and a.m., byline, date line with PM, share strip, caption and a photo credit in "
        "capitals with a slash, CEBU CITY — dateline and according to the Department of "
        "Education (DepEd) in the lead, the superintendent with Dr. Ma. and a.m. and p.m., She "
        "said with P and billion, a quote with the surname, The superintendent said of causes, "
        "an ADVERTISEMENT label, teachers' federation president with a question in a quote and "
        "he said in Cebuano, a permit with Nov., a mother with Ma. and she said in Cebuano, the "
        "councilor with Atty. and He said, DepEd's central office said in a statement, an order "
        "with no speaker, a private-schools association, related stories, tags, a newsletter "
        "block and copyright with Inc. before All Rights Reserved)"
    ),
    (
        "South African news site's sport page, football: a match report in which a striker's "
        "brace takes his club to the top of the log, with both coaches quoted (site name, menu, "
        "section label with a slash, headline with a score, dek with a coach who says, byline, "
        "Published line with a 24-hour time, share strip, caption and Image: credit with a "
        "slash, POLOKWANE — dateline in the lead, goal minutes, the log position, the winning "
        "coach who told reporters over two sentences and said, the losing coach named after his "
        "quote with said, a quoted question with asked, the club said on social media, the next "
        "fixture with a time in brackets, Teams heading, two line-ups with minutes in brackets "
        "and a referee line, a log title and its header row and five rows, related links, an "
        "app prompt, copyright and footer)"
    ),
    (
        "New Zealand news site's science page: a 15-year study finds pāua in Otago Harbour "
        "growing about 20 per cent more slowly as summer water warms, with Dr and Professor "
        "before names and a customary fisheries committee's chair (site name, sign-in strip, "
        "menu, section label, headline with a study that finds, dek with Researchers link, "
        "byline with a role, date line with a weekday and am, share strip, caption and Photo / "
        "Supplied credit, lead with A 15-year study ... has found, a publication line without a "
        "speaker, the lead author with Dr and She said and a quote of two sentences, a "
        "co-author with Professor and he said, a subhead and two method lines, according to a "
        "regional council, an Advertisement label, an unnamed Fisheries New Zealand "
        "spokesperson and The spokesperson said, a commercial divers' association chair, the "
        "customary fisheries committee chair with He said and a rāhui, a hope with the surname, "
        "a journal reference line with et al., a funding line, More from Science links, a "
        "newsletter prompt, copyright and footer)"
    ),
    (
        "Malaysian English daily's nation page, environment: four Kulai factories are ordered "
        "shut after chemical waste in a river halts two water treatment plants, with Malay, "
        "Chinese and Indian names and particles (Norsuhaila Ab Ghafur later Norsuhaila, Datuk "
        "Razif Ilham Shamsulbahri later Razif Ilham, Neoh Xue Qin, Thivyan a/l Ramasundram) "
        "(masthead, date strip, menu, section label, headline with a figure, dek with DOE says, "
        "two bylines in capitals, section and date line with PM MYT, share strip, caption and a "
        "credit in capitals with a slash, KULAI: dateline in the lead, the state DOE director "
        "who said, told a press conference and said, Section 31A of an Act with a year and "
        "11pm, the water regulatory body (BAKAJ) said and It said with 4.15am and 4pm, an ALSO "
        "READ link, the state committee chairman with Datuk and his given names, according to a "
        "report, a resident with a two-sentence quote ending in a question with she asked, an "
        "NGO coordinator with a/l and Nov 3, the director asked about a complaint, an unnamed "
        "factory spokesman and three companies that could not be reached, related stories, "
        "tags, an error-report prompt of two sentences and copyright with Bhd and a company "
        "number)"
    ),
    (
        "Ghanaian news portal's arts and culture page: a highlife music archive opens in "
        "Takoradi with 3,400 records donated by a late bandleader's family, with Hon., Madam, "
        "Prof., Nana, Mr and II in names (portal name in capitals, menu, section label, "
        "headline with a figure, dek without a speaker, byline and a Source: line, date line "
        "with GMT, caption and Photo credit:, SEKONDI-TAKORADI — dateline in the lead, an "
        "opening with Hon. and no verb of saying, the Deputy Minister who disclosed, said and "
        "indicated, the bandleader's daughter with Madam who said and noted, the academic "
        "adviser with Prof. who stated and said over a quote of two sentences, a chief with II "
        "who appealed, the MCE with Mr who said, the bandleader's life with no speaker, a "
        "visitor named after his quote, opening hours with am and pm and GH₵, a disclaimer, a "
        "comments count, two reader comments with usernames, dates, a question and Reply, "
        "related articles, copyright and footer)"
    ),
]

ARTICLES = [
    # 1
    [
        [
            (
                "Subscribe  ·  Log in  ·  e-Edition  ·  Denver 61°",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "THE CORDILLO DISPATCH",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Politics   Business   Sports   Outdoors   Opinion   Obituaries   Events",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "POLITICS | STATE LEGISLATURE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Colorado lawmakers pass S.B. 3 in one-day special session, capping "
                    "property tax growth at 5.5%"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Senate vote was 21-14 and House vote 38-27; Gov. Junia Okrent-Roan plans "
                    "to sign it Friday morning"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Evadora Szabelski",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Statehouse reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published Oct. 15, 2026, 9:48 p.m. MT  |  Updated Oct. 16, 2026, 7:05 a.m. MT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  ·  Email  ·  Print  ·  Gift this article",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Sen. Ludovic Kosinski-Wendtland, D-Pueblo, speaks on the Senate floor "
                    "Thursday before the vote on S.B. 3."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Sylvan Brinkhuis/The Cordillo Dispatch",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "DENVER — The Colorado General Assembly passed a bill late Thursday that "
                    "limits how fast local property tax collections can grow, ending a one-day "
                    "special session that cost about $31,000 in per diem and staff time, "
                    "according to legislative staff."
                ),
                "legislative staff",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Senate Bill 3 passed the Senate 21-14 shortly after 6 p.m. and cleared the "
                    "House 38-27 at 9:12 p.m., with every Republican and three Democrats voting "
                    "no."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The bill caps the growth of property tax revenue for cities, counties and "
                    "most special districts at 5.5% a year starting with the 2027 tax year."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Its Senate sponsor, Sen. Ludovic Kosinski-Wendtland, D-Pueblo, said the "
                    "cap would save the owner of a median-priced home about $410 on next year's "
                    "bill."
                ),
                "Ludovic Kosinski-Wendtland",
                "said",
                "W",
            ),
            (
                (
                    "“People aren't asking us for a miracle,” Kosinski-Wendtland told reporters "
                    "after the vote."
                ),
                "Ludovic Kosinski-Wendtland",
                "told reporters",
                "",
            ),
            (
                (
                    "“They're asking whether they can afford to keep the house they already "
                    "paid off.”"
                ),
                "Ludovic Kosinski-Wendtland",
                "told reporters",
                "",
            ),
        ],
        [
            (
                (
                    "Senate Minority Leader Radclyffe Oyibo-Heydecker, R-Castle Rock, said "
                    "Republicans offered an amendment to lower the cap to 4% and that it failed "
                    "14-21 on a party-line vote."
                ),
                "Radclyffe Oyibo-Heydecker",
                "said",
                "W",
            ),
            (
                (
                    "“Five and a half percent is still a tax increase, every year, forever,” he "
                    "said."
                ),
                "Radclyffe Oyibo-Heydecker",
                "said",
                "",
            ),
            (
                "“Call it what it is.”",
                "Radclyffe Oyibo-Heydecker",
                "said",
                "",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Florentine Coxhill-Furse, who directs Keep Colorado Local, a coalition of "
                    "64 fire, library and water districts, said the cap would cost its members "
                    "about $118 million in 2027."
                ),
                "Florentine Coxhill-Furse",
                "said",
                "W",
            ),
            (
                (
                    "“Somebody in this state is going to wait longer for an ambulance because "
                    "of this bill,” she said."
                ),
                "Florentine Coxhill-Furse",
                "said",
                "",
            ),
            (
                (
                    "She said at least nine districts had already told the coalition they would "
                    "ask voters to raise their mill levies next fall."
                ),
                "Florentine Coxhill-Furse",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The nonpartisan Legislative Council Staff estimated in a fiscal note that "
                    "the bill would reduce local government revenue by $386 million in its "
                    "first year."
                ),
                "Legislative Council Staff",
                "estimated in a fiscal note",
                "W",
            ),
            (
                (
                    "The state will backfill school districts' share of that loss from the "
                    "State Education Fund, at a cost of about $140 million, the note said."
                ),
                "the note",
                "said",
                "W",
            ),
        ],
        [
            (
                "A session weeks before the election",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Okrent-Roan called the special session on Oct. 2, after backers of a "
                    "ballot measure that would have capped growth at 3% agreed to pull it from "
                    "the Nov. 3 ballot."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "In a statement Thursday night, the governor said she would sign the bill "
                    "at 10 a.m. Friday in the west foyer of the Capitol."
                ),
                "Junia Okrent-Roan",
                "said",
                "W",
            ),
            (
                (
                    "“This isn't the end of the conversation about property taxes, but it's "
                    "real money back in real families' pockets,” she said."
                ),
                "Junia Okrent-Roan",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "“Why are we doing this 19 days before an election?” Rep. Thelonious "
                    "Pfanstiel-Ruijgrok, R-Greeley, asked during the House debate."
                ),
                "Thelonious Pfanstiel-Ruijgrok",
                "asked",
                "",
            ),
            (
                "He said the timing was meant to help Democrats in close districts.",
                "Thelonious Pfanstiel-Ruijgrok",
                "said",
                "",
            ),
            (
                (
                    "House Majority Leader Honora Yellowhorn-Kopecky, D-Aurora, said the date "
                    "was set by the Sept. 18 deadline for withdrawing a measure from the "
                    "ballot, not by the campaign calendar."
                ),
                "Honora Yellowhorn-Kopecky",
                "said",
                "W",
            ),
        ],
        [
            (
                "The cap applies to taxes owed for 2027, which homeowners pay in 2028.",
                "",
                "",
                "W",
            ),
            (
                (
                    "County assessors will mail new valuation notices by May 1, according to "
                    "the Colorado Department of Local Affairs."
                ),
                "the Colorado Department of Local Affairs",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Related: What S.B. 3 means for your tax bill, in five charts",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related: Pueblo County commissioners delay jail expansion vote to December",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Evadora Szabelski covers the Legislature and state politics for The Dispatch.",
                "",
                "",
                "B",
            ),
            (
                "Reach her at eszabelski@cordillodispatch.com or 303-555-0148.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Capitol Notes",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The week at the Gold Dome, in your inbox every Friday at 6 a.m.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign up",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 The Cordillo Dispatch, Inc.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "About Us   Contact   Advertise   Privacy Policy   Terms of Use   Cookie "
                    "Settings"
                ),
                "",
                "",
                "B",
            ),
        ],
    ],
    # 2
    [
        [
            (
                "We value your privacy",
                "",
                "",
                "B",
            ),
            (
                (
                    "We and our partners use cookies and similar technologies to give you a "
                    "better experience, measure traffic and show you personalised ads."
                ),
                "",
                "",
                "B",
            ),
            (
                (
                    "You can change your choices at any time by selecting Privacy Settings at "
                    "the foot of any page."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "ACCEPT ALL     MANAGE OPTIONS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fenreach Gazette",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Health   Sport   What's On   Property   Motors   Jobs   "
                    "Announcements   Puzzles"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Health",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Brackendyke hospital's A&E rated inadequate as ambulance crews wait up to "
                    "11 hours to hand over patients"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Inspectors found patients being treated on trolleys in corridors on all "
                    "three days of their visit"
                ),
                "Inspectors",
                "found",
                "W",
            ),
        ],
        [
            (
                "Zelinda Pentreath",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Health Reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "14:32, 21 OCT 2026  |  UPDATED 16:05, 21 OCT 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bookmark",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The emergency department entrance at Brackendyke General Hospital on "
                    "Wednesday morning."
                ),
                "",
                "",
                "",
            ),
            (
                "(Image: Fenreach Gazette)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The accident and emergency department at Brackendyke General Hospital has "
                    "been rated inadequate by the health watchdog after inspectors found "
                    "ambulance crews waiting up to 11 hours to hand over patients."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "In a report published on Wednesday, the Care Quality Commission (CQC) said "
                    "patients had been treated on trolleys in corridors on each of the three "
                    "days inspectors visited in July, and that on one night 23 patients were "
                    "waiting in the department for a bed on a ward."
                ),
                "the Care Quality Commission",
                "said",
                "W",
            ),
            (
                (
                    "It said staff were kind and worked hard under heavy pressure, but that "
                    "there were not enough registered nurses on 17 of the 21 shifts it checked."
                ),
                "the Care Quality Commission",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The report said the department's rating had fallen from requires "
                    "improvement, the grade it was given after its last inspection in March "
                    "2023."
                ),
                "The report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "READ MORE: Brackendyke GP surgery closes its list to new patients for "
                    "three months"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The trust's chief medical officer, Dr Hedra Skidmore, said the hospital "
                    "had opened 14 extra beds since the inspection and had offered jobs to 38 "
                    "nurses recruited from abroad, the first of whom would start in December."
                ),
                "Hedra Skidmore",
                "said",
                "W",
            ),
            (
                (
                    "“We accept the findings in full, and I want to apologise to every patient "
                    "who waited longer than they should have,” she said."
                ),
                "Hedra Skidmore",
                "said",
                "",
            ),
            (
                "“Nobody who works here thinks a corridor is a fit place to be cared for.”",
                "Hedra Skidmore",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Figures from East Midlands Ambulance Service show its crews lost 4,812 "
                    "hours waiting outside the hospital in September, more than at any other "
                    "hospital in its area."
                ),
                "Figures from East Midlands Ambulance Service",
                "show",
                "W",
            ),
            (
                (
                    "A spokesperson for the ambulance service said every hour a crew spent at a "
                    "hospital door was an hour it could not answer a 999 call."
                ),
                "A spokesperson for the ambulance service",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the Fenreach Gazette health newsletter straight to your inbox",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign up",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "We use your sign-up to send you the content you've agreed to receive and "
                    "to improve our understanding of you."
                ),
                "",
                "",
                "B",
            ),
            (
                "You can unsubscribe at any time.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Darcelle Bellringer said her 84-year-old father spent 19 hours on a "
                    "trolley in a corridor in August after a fall at his home in Marshgate "
                    "Lane."
                ),
                "Darcelle Bellringer",
                "said",
                "W",
            ),
            (
                (
                    "“He was lying under a strip light next to the toilets for most of a day,” "
                    "she said."
                ),
                "Darcelle Bellringer",
                "said",
                "",
            ),
            (
                "“The nurses were lovely, but there just weren't enough of them.”",
                "Darcelle Bellringer",
                "said",
                "",
            ),
            (
                (
                    "She said the family made a formal complaint to the trust in September and "
                    "had not yet had a reply."
                ),
                "Darcelle Bellringer",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The CQC has told the trust it must improve how patients are assessed when "
                    "they arrive, and it will return within six months to check on progress."
                ),
                "the Care Quality Commission",
                "has told the trust",
                "W",
            ),
        ],
        [
            (
                (
                    "Brackendyke and Holme MP Griselda Lavington said she had written to the "
                    "Health Secretary on Tuesday asking for the hospital to be given a share of "
                    "a national fund for urgent care."
                ),
                "Griselda Lavington",
                "said",
                "W",
            ),
            (
                "“My constituents deserve better than a trolley in a corridor,” she added.",
                "Griselda Lavington",
                "added",
                "",
            ),
        ],
        [
            (
                (
                    "Across England, 73.1% of patients at major A&E departments were seen "
                    "within four hours in September, according to NHS England."
                ),
                "NHS England",
                "according to",
                "W",
            ),
            (
                "At Brackendyke, the figure was 54.6%, according to the trust's board papers.",
                "the trust's board papers",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The trust's board will discuss the report at its public meeting on 5 November.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Don't miss",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lincolnshire councils agree plan to share bin lorries",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Brackendyke market traders fear loss of Saturday parking",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Join the conversation",
                "",
                "",
                "B",
            ),
            (
                "Comments are moderated in line with our community guidelines.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Fenreach Gazette Media Ltd.",
                "",
                "",
                "B",
            ),
            (
                "Registered in England and Wales, No. 06218374.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Privacy notice  |  Cookie notice  |  Terms  |  Contact us  |  Corrections "
                    "and complaints"
                ),
                "",
                "",
                "B",
            ),
        ],
    ],
    # 3
    [
        [
            (
                "The Hemavathi Standard",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "e-Paper  |  Sign in  |  Subscribe  |  ಕನ್ನಡ",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   Bengaluru   Karnataka   National   World   Business   Sport   "
                    "Entertainment   Opinion"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News › Cities › Bengaluru › Crime",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Fake share-trading app cheated 212 investors of ₹7.4 crore; five held in "
                    "Bengaluru"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Police say the gang used WhatsApp groups and a cloned brokerage website to "
                    "show victims fake profits"
                ),
                "Police",
                "say",
                "W",
            ),
        ],
        [
            (
                "Staff Correspondent",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "BENGALURU",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Updated - October 19, 2026 08:40 pm IST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  |  Print  |  Read later",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Mobile phones, SIM cards and laptops seized from the accused on display at "
                    "the CEN police station in Bengaluru on Monday."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo: Special Arrangement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The Bengaluru city police have arrested five people who allegedly cheated "
                    "212 investors of ₹7.4 crore through a fake share-trading app, and have "
                    "frozen ₹1.86 crore in 64 bank accounts, the police said on Monday."
                ),
                "the police",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Deputy Commissioner of Police (Cyber Crime) K.R. Varshini Hosmane told "
                    "reporters that the accused ran WhatsApp groups in which fake “analysts” "
                    "posted tips and screenshots of profits, and then invited members to "
                    "download an app that looked like that of a registered brokerage."
                ),
                "K.R. Varshini Hosmane",
                "told reporters",
                "W",
            ),
            (
                (
                    "She said the app showed investors returns of up to 40% a month but did not "
                    "let them withdraw any money, and asked them for a “tax” of 20% before "
                    "every withdrawal."
                ),
                "K.R. Varshini Hosmane",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The five accused, aged between 24 and 37, were arrested from Mysuru, "
                    "Hubballi and J.P. Nagar in Bengaluru between October 12 and 17, Ms. "
                    "Hosmane said."
                ),
                "K.R. Varshini Hosmane",
                "said",
                "W",
            ),
            (
                (
                    "She said they had opened 64 current accounts in the names of shell firms "
                    "and used them to move the money to crypto wallets."
                ),
                "K.R. Varshini Hosmane",
                "said",
                "W",
            ),
            (
                (
                    "Police recovered 38 mobile phones, 112 SIM cards, four laptops and Rs. 6.2 "
                    "lakh in cash from them, she said."
                ),
                "K.R. Varshini Hosmane",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The police said the accused were paid a commission of 2% on every deposit "
                    "by a handler operating from outside the country, who has not yet been "
                    "traced."
                ),
                "The police",
                "said",
                "W",
            ),
            (
                (
                    "They said more victims were likely to come forward as the investigation "
                    "continued."
                ),
                "the Bengaluru city police",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read: Two held for selling fake railway tickets near Yeshwantpur station",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "One of the complainants, Dr. B.V. Shrinivasa Adiga, a 68-year-old retired "
                    "paediatrician from Basavanagudi, said he lost ₹46 lakh between June and "
                    "August."
                ),
                "B.V. Shrinivasa Adiga",
                "said",
                "W",
            ),
            (
                (
                    "“Every time I tried to take money out, they said there was one more fee,” "
                    "Dr. Adiga said."
                ),
                "B.V. Shrinivasa Adiga",
                "said",
                "",
            ),
            (
                (
                    "“At 68, I should have known better... but the screen showed ₹1.2 crore in "
                    "my account.”"
                ),
                "B.V. Shrinivasa Adiga",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "He said he filed a complaint on the national cyber crime helpline, 1930, "
                    "on August 22, and the CEN police registered an FIR the next day."
                ),
                "B.V. Shrinivasa Adiga",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A 31-year-old software engineer from Whitefield, who did not want to be "
                    "named, said she had put in ₹9.5 lakh, most of it from a personal loan."
                ),
                "A 31-year-old software engineer from Whitefield",
                "said",
                "",
            ),
            (
                "“The group had 400 members and everybody was posting profits,” she said.",
                "A 31-year-old software engineer from Whitefield",
                "said",
                "",
            ),
            (
                "“How was I to know they were all fake?”",
                "A 31-year-old software engineer from Whitefield",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ms. Hosmane said the police had applied to the court on October 16 to "
                    "release ₹31 lakh of the frozen money to the victims."
                ),
                "K.R. Varshini Hosmane",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The accused have been booked under sections of the Bharatiya Nyaya Sanhita "
                    "and the Information Technology Act, and remanded in judicial custody till "
                    "November 2."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Inspector T. Manohara Bilagi of the CEN police station said the gang had "
                    "used the same WhatsApp groups to take ₹2.3 crore from investors in Pune "
                    "and Hyderabad, and that the police in both cities had been informed."
                ),
                "T. Manohara Bilagi",
                "said",
                "W",
            ),
            (
                (
                    "“People should check whether a broker is registered with SEBI before "
                    "putting in even one rupee,” he said."
                ),
                "T. Manohara Bilagi",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "According to data from the State Crime Records Bureau, Bengaluru recorded "
                    "1,942 complaints of investment fraud between January and September, "
                    "against 1,380 in the same period last year."
                ),
                "data from the State Crime Records Bureau",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The police have asked anyone who has lost money to such apps to call 1930 "
                    "or file a complaint on the national cyber crime portal."
                ),
                "The police",
                "have asked",
                "",
            ),
        ],
        [
            (
                "Published - October 19, 2026 08:12 pm IST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related Topics",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bengaluru  /  cyber crime  /  police  /  stock markets",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "COMMENTS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments have to be in English, and in full sentences.",
                "",
                "",
                "B",
            ),
            (
                "They cannot be abusive or personal.",
                "",
                "",
                "B",
            ),
            (
                "Please follow our community guidelines when you post.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026, Hemavathi Standard Publications Pvt. Ltd.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 4
    [
        [
            (
                "THE GURARA TRIBUNE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saturday, October 24, 2026   |   E-Paper   |   Advertise",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Politics   Metro   Business   Transport   Sports   Features   "
                    "Opinion   Videos"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Transport",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Abuja–Kaduna train fares rise by up to 60 per cent from Monday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "NRC says new fares reflect diesel costs as passengers weigh return to the road",
                "the Nigerian Railway Corporation",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Bilkisu Dansabo-Oforbuike, Abuja",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "October 24, 2026  |  7:55 am",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share on WhatsApp  |  Facebook  |  X  |  Telegram",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Passengers boarding a train at the Idu station in Abuja on Friday.",
                "",
                "",
                "",
            ),
            (
                "Photo: Gurara Tribune",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Passengers on the Abuja–Kaduna train service will pay between 40 and 60 "
                    "per cent more from Monday, October 26, after the Nigerian Railway "
                    "Corporation (NRC) announced new fares on Friday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "According to a circular signed by the corporation's Director of "
                    "Operations, Engr. Idrisu Yusufari-Tukura, the economy class fare rises "
                    "from ₦6,000 to ₦9,600, business class from ₦10,000 to ₦15,000 and first "
                    "class from ₦15,000 to ₦21,000."
                ),
                "a circular",
                "according to",
                "W",
            ),
            (
                "Children under 12 will pay half fare, the circular stated.",
                "the circular",
                "stated",
                "W",
            ),
            (
                (
                    "Tickets are sold only online and at station counters, and every passenger "
                    "must show a valid identity card, it added."
                ),
                "the circular",
                "added",
                "W",
            ),
        ],
        [
            (
                (
                    "Speaking to our correspondent on Friday, the corporation's spokesman, Mr "
                    "Chukwudalu Achugbue-Nnanna, disclosed that the cost of diesel for the "
                    "service had risen from ₦1.1bn to ₦2.4bn a quarter since 2024."
                ),
                "Chukwudalu Achugbue-Nnanna",
                "disclosed",
                "W",
            ),
            (
                (
                    "“We have held the old fares for 22 months, and we cannot run a train at a "
                    "loss forever,” he said."
                ),
                "Chukwudalu Achugbue-Nnanna",
                "said",
                "W",
            ),
            (
                (
                    "He stated that the service carried an average of 3,100 passengers a day in "
                    "September, down from 4,500 in the same month of 2024."
                ),
                "Chukwudalu Achugbue-Nnanna",
                "stated",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "It was gathered that the corporation now runs four trips a day on the "
                    "route, down from eight, because two of its locomotives are awaiting spare "
                    "parts."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "“Nine thousand six hundred naira for one way is more than I spend on food "
                    "in a week,” said Mrs Jummai Olatunji-Dabo, a civil servant who commutes "
                    "from Kaduna to Abuja twice a week."
                ),
                "Jummai Olatunji-Dabo",
                "said",
                "",
            ),
            (
                "“If the road is safe, I will go back to the bus.”",
                "Jummai Olatunji-Dabo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The chairman of the Abuja–Kaduna Rail Passengers Forum, Mallam Mukhtar "
                    "Kurfi-Ohiagu, said the forum wrote to the Minister of Transportation on "
                    "Thursday asking that the increase be phased over six months."
                ),
                "Mukhtar Kurfi-Ohiagu",
                "said",
                "W",
            ),
            (
                "“Why must the passenger carry every cost at once?” he asked.",
                "Mukhtar Kurfi-Ohiagu",
                "asked",
                "",
            ),
            (
                "“Let them phase it, and let them give us back the eight trips.”",
                "Mukhtar Kurfi-Ohiagu",
                "asked",
                "",
            ),
        ],
        [
            (
                "ALSO READ: Motorists stranded as trailer blocks Zuba–Kaduna road for six hours",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "At Rigasa station in Kaduna, Alhaji Tijjani Gambarawa-Nwogbo, a textile "
                    "trader, was counting his change after buying a ticket for Monday's first "
                    "train."
                ),
                "",
                "",
                "",
            ),
            (
                (
                    "He said he had paid ₦9,600 at the counter, although the new fares were not "
                    "due to start until Monday."
                ),
                "Tijjani Gambarawa-Nwogbo",
                "said",
                "W",
            ),
            (
                "“Maybe the man at the counter is in a hurry,” he said with a laugh.",
                "Tijjani Gambarawa-Nwogbo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A transport economist at the Nigerian Institute of Transport Technology in "
                    "Zaria, Dr Habiba Oyeladun-Sambo, noted that bus fares on the Abuja–Kaduna "
                    "highway had also risen, to between ₦8,000 and ₦11,000, since petrol prices "
                    "went up in September."
                ),
                "Habiba Oyeladun-Sambo",
                "noted",
                "W",
            ),
            (
                (
                    "“The train is still the safer option for most people, and I expect the "
                    "numbers to recover within a few months,” she said."
                ),
                "Habiba Oyeladun-Sambo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "When contacted, the Director of Press at the Federal Ministry of "
                    "Transportation, Mrs Ifunanya Ahanotu, said the ministry approved the new "
                    "fares on October 19 after reviewing the corporation's costs."
                ),
                "Ifunanya Ahanotu",
                "said",
                "W",
            ),
            (
                (
                    "She stated that the ministry had not received the passengers' forum's "
                    "letter as of Friday evening."
                ),
                "Ifunanya Ahanotu",
                "stated",
                "W",
            ),
        ],
        [
            (
                (
                    "The NRC last reviewed the fares in December 2024, when the economy fare "
                    "rose from ₦3,500 to ₦6,000."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Achugbue-Nnanna added that the Lagos–Ibadan and Warri–Itakpe services were "
                    "not affected by the review."
                ),
                "Chukwudalu Achugbue-Nnanna",
                "added",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "RELATED NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kaduna commuters lament long queues at fuel stations",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "FCT: Commercial drivers threaten strike over new park levies",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get breaking news on our WhatsApp channel — tap to join",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Gurara Tribune Newspapers Ltd.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About   |   Contact   |   Privacy Policy   |   Advertise   |   Careers",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 5
    [
        [
            (
                "The Wyndarra Examiner",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe   |   Log in   |   Today's Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Local News   Business   Sport   Farming   Community   Opinion   "
                    "Classifieds   Notices"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Business",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Brindlebark Dairy enters voluntary administration with 146 jobs and $11m "
                    "owed to farmers at stake"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Farmers who supply the Wyndarra factory say they have not been paid for "
                    "milk since the start of September"
                ),
                "Farmers who supply the Wyndarra factory",
                "say",
                "W",
            ),
        ],
        [
            (
                "Kylee Brogden",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "October 27 2026 - 5:30pm",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Save   Share",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Trucks at the Brindlebark Dairy factory on Tollridge Road, Wyndarra, on "
                    "Tuesday."
                ),
                "",
                "",
                "",
            ),
            (
                "Picture by Digby Keighley",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Brindlebark Dairy, which makes cheese and butter at its Wyndarra factory, "
                    "has entered voluntary administration, leaving 146 staff and about 180 "
                    "dairy farmers waiting to find out what happens next."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Records lodged with the Australian Securities and Investments Commission "
                    "(ASIC) show Shenae Woolnough and Tarquin Gislason of Kilpatrick Lypka "
                    "Advisory were appointed administrators of Brindlebark Dairy Pty Ltd on "
                    "Monday."
                ),
                "Records lodged with the Australian Securities and Investments Commission",
                "show",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement on Tuesday, Ms Woolnough said the factory would keep "
                    "operating while the administrators looked for a buyer, and that all staff "
                    "would be paid their wages for the current week."
                ),
                "Shenae Woolnough",
                "said",
                "W",
            ),
            (
                (
                    "“The business has a good product, loyal customers and a skilled workforce, "
                    "and we're confident there will be interest,” she said."
                ),
                "Shenae Woolnough",
                "said",
                "",
            ),
            (
                (
                    "She said the company's debts were still being assessed, but the first "
                    "meeting of creditors would be held in Devonport on November 6."
                ),
                "Shenae Woolnough",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Dairy farmer Thornton Bilyk, who milks 420 cows near Wyndarra, said "
                    "Brindlebark owed his family about $186,000 for milk supplied in September "
                    "and the first half of October."
                ),
                "Thornton Bilyk",
                "said",
                "W",
            ),
            (
                "“We've got wages, fertiliser and a bank to pay, and no milk cheque,” he said.",
                "Thornton Bilyk",
                "said",
                "",
            ),
            (
                "“A lot of families on this road are in the same boat.”",
                "Thornton Bilyk",
                "said",
                "",
            ),
            (
                (
                    "He said suppliers were told on Monday afternoon to keep sending milk and "
                    "that they would be paid for any milk collected from that day."
                ),
                "Thornton Bilyk",
                "said",
                "W",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "North-West Milk Suppliers' Association chief executive Marjory Pearsall "
                    "said the association had asked the state government for an emergency loan "
                    "scheme for the 180 suppliers."
                ),
                "Marjory Pearsall",
                "said",
                "W",
            ),
            (
                (
                    "“Most of these farms can't wait six months for an administrator's cheque,” "
                    "she said."
                ),
                "Marjory Pearsall",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Primary Industries Minister Lancelot Renfree-Melnyk said he would meet the "
                    "administrators in Launceston on Thursday."
                ),
                "Lancelot Renfree-Melnyk",
                "said",
                "W",
            ),
            (
                (
                    "Mr Renfree-Melnyk said the government would “look at every option” to keep "
                    "the factory open."
                ),
                "Lancelot Renfree-Melnyk",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Wyndarra mayor Cr Enid Tymchak said Brindlebark was the town's biggest "
                    "private employer and that its closure would “rip the heart out of” the "
                    "district."
                ),
                "Enid Tymchak",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Brindlebark was founded in 1987 by the Meuldijk family and sold to a "
                    "Melbourne private equity firm, Eyolfson Growth Partners, in 2019."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The company's most recent accounts, filed with ASIC in April, show a loss "
                    "of $4.2 million for the 2024-25 financial year on revenue of $96.8 "
                    "million."
                ),
                "The company's most recent accounts",
                "show",
                "W",
            ),
            (
                (
                    "It exports about a third of its cheese to Japan and Singapore, according "
                    "to its website."
                ),
                "its website",
                "according to",
                "W",
            ),
            (
                "Eyolfson Growth Partners did not respond to a request for comment.",
                "Eyolfson Growth Partners",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                (
                    "A maintenance fitter at the factory, who asked not to be named, said staff "
                    "were told of the administration at a meeting at 7am on Tuesday."
                ),
                "A maintenance fitter at the factory",
                "said",
                "W",
            ),
            (
                "“People were pretty quiet,” he said.",
                "A maintenance fitter at the factory",
                "said",
                "",
            ),
            (
                "“Most of us have been here 15, 20 years.”",
                "A maintenance fitter at the factory",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more: Devonport port upgrade stalls as cost climbs to $240m",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the latest Wyndarra news delivered to your inbox.",
                "",
                "",
                "B",
            ),
            (
                "Sign up for our free newsletter now.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from business",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "'We're still open': Penguin bakery bounces back after fire",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Ulverstone caravan park sold for $7.5m",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "We acknowledge the palawa people, the traditional custodians of the land "
                    "on which we work, and pay our respects to Elders past and present."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 Wyndarra Examiner Pty Ltd",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Terms of use   Privacy   Conditions of subscription   Contact us",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 6
    [
        [
            (
                "The Assiniboia Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe now   |   Sign in   |   E-Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Local   Business   Sports   Arts & Life   Opinion   Obituaries   Homes   "
                    "Puzzles"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Local  |  Courts",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Former Birchfallow treasurer gets 30 months for taking $412,000 from "
                    "municipality"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Judge calls six years of thefts by Orysia Petrishyn-Zacharuk ‘a careful, "
                    "repeated betrayal’"
                ),
                "Ghislaine Akinremi-Ferland",
                "calls",
                "",
            ),
        ],
        [
            (
                "By Rosaire Deschambault",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Courts reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Posted: 4:12 PM CDT Thursday, Oct. 29, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   ·   Save   ·   Print",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Orysia Petrishyn-Zacharuk leaves the Law Courts building in Winnipeg on "
                    "Thursday after she was sentenced."
                ),
                "",
                "",
                "",
            ),
            (
                "Rosaire Deschambault / Assiniboia Ledger",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A former treasurer of the Rural Municipality of Birchfallow has been "
                    "sentenced to 30 months in prison for stealing $412,000 from the "
                    "municipality over six years."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Orysia Petrishyn-Zacharuk, 54, pleaded guilty in June to one count of "
                    "fraud over $5,000 under s. 380(1)(a) of the Criminal Code."
                ),
                "",
                "",
                "W",
            ),
            (
                "The maximum sentence for that offence is 14 years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "According to an agreed statement of facts, she wrote 187 cheques to "
                    "herself and to a numbered company she controlled between March 2019 and "
                    "February 2025, and recorded them in the municipality's books as payments "
                    "for gravel and snow clearing."
                ),
                "an agreed statement of facts",
                "according to",
                "W",
            ),
            (
                (
                    "The thefts came to light when a new auditor asked to see the invoices "
                    "behind the gravel payments, the statement said."
                ),
                "the statement",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“This was not a single bad decision made in a moment of crisis,” Court of "
                    "King's Bench Justice Ghislaine Akinremi-Ferland said in delivering her "
                    "sentence Thursday."
                ),
                "Ghislaine Akinremi-Ferland",
                "said in delivering her sentence",
                "",
            ),
            (
                (
                    "“It was a careful, repeated betrayal of a small community that trusted her "
                    "with its money.”"
                ),
                "Ghislaine Akinremi-Ferland",
                "said in delivering her sentence",
                "",
            ),
        ],
        [
            (
                (
                    "The judge also ordered Petrishyn-Zacharuk to pay restitution of $412,000, "
                    "and said any amount not repaid by the end of her sentence would become a "
                    "civil judgment the R.M. can enforce."
                ),
                "Ghislaine Akinremi-Ferland",
                "said",
                "W",
            ),
        ],
        [
            (
                "Crown attorney Alderic Ferens-Sveinson had asked for four years.",
                "Alderic Ferens-Sveinson",
                "had asked for",
                "W",
            ),
            (
                (
                    "Defence lawyer Berenice Obradin-Heale argued for a conditional sentence of "
                    "two years less a day, to be served in the community, noting her client had "
                    "already repaid $38,000."
                ),
                "Berenice Obradin-Heale",
                "argued",
                "W",
            ),
            (
                (
                    "“She has lost her job, her marriage and her standing in the town she grew "
                    "up in,” Obradin-Heale told the court."
                ),
                "Berenice Obradin-Heale",
                "told the court",
                "",
            ),
        ],
        [
            (
                (
                    "Akinremi-Ferland said a conditional sentence was not open to her because "
                    "the size and length of the fraud called for a penitentiary term, citing "
                    "the Manitoba Court of Appeal's 2019 decision in R. v. Halvorsgaard."
                ),
                "Ghislaine Akinremi-Ferland",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Reeve Halldor Thorlakson-Meade read a victim impact statement on behalf of "
                    "the municipal council."
                ),
                "",
                "",
                "",
            ),
            (
                (
                    "He said the R.M., which has about 1,900 residents, raised its mill rate by "
                    "6.5 per cent in 2025 partly to cover the loss, and put off paving a "
                    "3.2-kilometre stretch of Road 47 N."
                ),
                "Halldor Thorlakson-Meade",
                "said",
                "W",
            ),
            (
                (
                    "“Every one of those cheques was money from a farmer or a pensioner in this "
                    "municipality,” he said."
                ),
                "Halldor Thorlakson-Meade",
                "said",
                "",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Petrishyn-Zacharuk was hired by the R.M. in 2011 and was its chief "
                    "administrative officer and treasurer from 2016 until she was fired in "
                    "March 2025."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "She declined to speak when the judge offered her the chance to address the "
                    "court."
                ),
                "Orysia Petrishyn-Zacharuk",
                "declined to speak",
                "",
            ),
        ],
        [
            (
                (
                    "A spokesperson for Manitoba Municipal and Northern Relations said the "
                    "province has required every municipality since January to have two "
                    "signatures on any cheque over $1,000."
                ),
                "A spokesperson for Manitoba Municipal and Northern Relations",
                "said",
                "W",
            ),
        ],
        [
            (
                "Petrishyn-Zacharuk was taken into custody at the end of the hearing.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Report Error",
                "",
                "",
                "B",
            ),
            (
                "Submit a Tip",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Rosaire Deschambault covers the courts for the Ledger.",
                "",
                "",
                "B",
            ),
            (
                ("He joined the newsroom in 2019 after eight years at a radio station in Brandon."),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Read more by Rosaire Deschambault",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are not open on this story.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related: Selkirk man pleads guilty in death of cyclist on Highway 9",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related: Province to review audits of small rural municipalities",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 The Assiniboia Ledger.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Contact Us   Privacy   Terms of Use   Accessibility",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 7
    [
        [
            (
                "Tirconnell Tidings",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Sport   Community   Business   Jobs   Deaths   Weather   Contact",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Schools to close on Tuesday as orange wind warning is issued for Donegal",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Gusts of up to 130km/h forecast on exposed coasts, with the warning in "
                    "place from 4am until 3pm"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Éabha Nic Fhionnghaile",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Monday, 2nd November 2026 1:45 pm",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Tweet   Email   WhatsApp",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Waves break over the harbour wall at Dunleevan on Monday afternoon.",
                "",
                "",
                "",
            ),
            (
                "Photo: Éabha Nic Fhionnghaile",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Met Éireann has issued a Status Orange wind warning for Donegal from 4am "
                    "until 3pm on Tuesday, with Storm Saoirlith expected to bring gusts of up "
                    "to 130km/h to exposed coastal areas."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "A Status Yellow wind warning is in place for the rest of the country from "
                    "midnight until 6pm on Tuesday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The Department of Education said on Monday evening that all schools, "
                    "further education centres and preschools in the orange warning area should "
                    "stay closed on Tuesday."
                ),
                "The Department of Education",
                "said",
                "W",
            ),
            (
                "It said school transport services in Donegal would not operate.",
                "The Department of Education",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Met Éireann forecaster Treasa Ní Bhaoill said the storm was deepening "
                    "quickly as it tracked towards the north-west coast and would be at its "
                    "worst between 7am and 11am."
                ),
                "Treasa Ní Bhaoill",
                "said",
                "",
            ),
            (
                (
                    "“Along with the wind, there's a real risk of coastal flooding around high "
                    "tide, which is at 9.42am in Killybegs,” she said."
                ),
                "Treasa Ní Bhaoill",
                "said",
                "W",
            ),
            (
                "“People really shouldn't be going out to look at the waves.”",
                "Treasa Ní Bhaoill",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Donegal County Council said its severe weather assessment team met at 11am "
                    "on Monday and would meet again at 6am on Tuesday."
                ),
                "Donegal County Council",
                "said",
                "W",
            ),
            (
                (
                    "It said crews would be on standby in Letterkenny, Donegal Town, Dungloe "
                    "and Buncrana from 5am to clear fallen trees."
                ),
                "Donegal County Council",
                "said",
                "W",
            ),
            (
                "Recycling centres and libraries will be closed until 3pm, the council said.",
                "the council",
                "said",
                "W",
            ),
            (
                (
                    "The council asked people to avoid all unnecessary journeys while the "
                    "warning is in place."
                ),
                "The council",
                "asked",
                "",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "ESB Networks said it had 120 extra crews on standby in the north-west and "
                    "that customers could check the status of any outage on its website."
                ),
                "ESB Networks",
                "said",
                "W",
            ),
            (
                (
                    "During the last orange wind warning, on 14 February, about 9,400 homes in "
                    "the county lost power, some of them for three days, it said."
                ),
                "ESB Networks",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "At the pier in Dunleevan on Monday, fisherman Cathaoir Ó Baoighealláin was "
                    "tying down pots on the deck of his boat."
                ),
                "",
                "",
                "",
            ),
            (
                "“I've seen worse, but not this early in the winter,” he said.",
                "Cathaoir Ó Baoighealláin",
                "said",
                "",
            ),
            (
                (
                    "He said the boats in the harbour had been moved to the inner berths on "
                    "Sunday night on the advice of the harbour master."
                ),
                "Cathaoir Ó Baoighealláin",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Gardaí said the coast road between Dunleevan and the N56 would be closed "
                    "from 6am on Tuesday because of the risk of waves and debris."
                ),
                "Gardaí",
                "said",
                "W",
            ),
        ],
        [
            (
                ("Bus Éireann said its services in the county would not run until 3pm on Tuesday."),
                "Bus Éireann",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Letterkenny University Hospital said outpatient appointments on Tuesday "
                    "morning would go ahead, but patients who could not travel safely should "
                    "ring to rearrange."
                ),
                "Letterkenny University Hospital",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Irish Coast Guard has urged people to stay away from cliffs, piers and "
                    "beaches, and to call 112 or 999 if they see someone in difficulty."
                ),
                "The Irish Coast Guard",
                "has urged",
                "",
            ),
        ],
        [
            (
                (
                    "Send your storm photos and videos to news@tirconnelltidings.ie or WhatsApp "
                    "087 555 0192."
                ),
                "",
                "",
                "B",
            ),
            (
                "Please don't put yourself in danger to take them.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Conditions will ease through Tuesday evening, Met Éireann said, but "
                    "Wednesday will stay blustery with heavy showers."
                ),
                "Met Éireann",
                "said",
                "",
            ),
        ],
        [
            (
                "Related",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Letterkenny relief road works paused for the winter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "County final moved to Ballybofey under lights",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: weather, storm, Met Éireann, schools",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "This site uses cookies so that it works properly and so that we can see "
                    "how it is used."
                ),
                "",
                "",
                "B",
            ),
            (
                "By continuing to browse, you agree to this.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "OK     Cookie policy",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright 2026 Tirconnell Tidings  |  Website by Croaghbeg Digital",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 8
    [
        [
            (
                "KABILIN NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Home   News   Cebu   Visayas   Nation   Business   Sports   Lifestyle   Opinion"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEWS / CEBU",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cebu City public schools go on three shifts as enrollment jumps 12 percent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "DepEd says city needs 1,140 more classrooms as some classes start at 5:30 a.m.",
                "the Department of Education",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Pepito Ybarreta-Camomot",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "November 4, 2026  |  6:20 PM",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   |   Tweet   |   Messenger   |   Copy link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Grade 8 students attend an afternoon class in a covered court divided into "
                    "four classrooms at Don Celestino Arbolado Memorial National High School on "
                    "Tuesday."
                ),
                "",
                "",
                "",
            ),
            (
                "KABILIN NEWS PHOTO / PEPITO YBARRETA-CAMOMOT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "CEBU CITY — Public elementary and high schools in this city are holding "
                    "classes in up to three shifts a day after enrollment rose 12 percent this "
                    "school year, to 187,400 learners, according to the Department of Education "
                    "(DepEd)."
                ),
                "the Department of Education",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "Schools Division Superintendent Dr. Ma. Consolacion Sumalinog-Pacaldo said "
                    "41 of the city's 118 public schools were running two shifts and nine were "
                    "running three, with the first classes starting at 5:30 a.m. and the last "
                    "ending at 7 p.m."
                ),
                "Ma. Consolacion Sumalinog-Pacaldo",
                "said",
                "W",
            ),
            (
                (
                    "She said the division needed 1,140 more classrooms and had asked the DepEd "
                    "central office for P2.1 billion in next year's budget."
                ),
                "Ma. Consolacion Sumalinog-Pacaldo",
                "said",
                "W",
            ),
            (
                (
                    "The division hired 640 new teachers this year but still needs about 1,900, "
                    "she said."
                ),
                "Ma. Consolacion Sumalinog-Pacaldo",
                "said",
                "W",
            ),
            (
                (
                    "“We will not turn away a single learner, even if it means holding classes "
                    "in the gym,” Sumalinog-Pacaldo said."
                ),
                "Ma. Consolacion Sumalinog-Pacaldo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The superintendent said most of the new learners came from private schools "
                    "that had raised their fees or closed, and from families who moved to the "
                    "city from other provinces."
                ),
                "Ma. Consolacion Sumalinog-Pacaldo",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Cebu Association of Private Schools said 23 private schools in the "
                    "city had closed since 2023, most of them small elementary schools."
                ),
                "the Cebu Association of Private Schools",
                "said",
                "W",
            ),
        ],
        [
            (
                "ADVERTISEMENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Ildefonso Albiso-Quijano, president of the Cebu City Federation of Public "
                    "School Educators, said some teachers were handling three classes of 55 "
                    "learners a day and were not being paid for the extra hours."
                ),
                "Ildefonso Albiso-Quijano",
                "said",
                "W",
            ),
            (
                (
                    "“How can a child learn anything at 5:30 in the morning when he had no "
                    "breakfast?” he said in Cebuano."
                ),
                "Ildefonso Albiso-Quijano",
                "said in Cebuano",
                "",
            ),
            (
                (
                    "He said the federation had applied to the city for a permit to hold a "
                    "rally outside the DepEd Central Visayas regional office on Nov. 13."
                ),
                "Ildefonso Albiso-Quijano",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Ma. Luzminda Tabañag-Ruelo, a mother of three from Barangay Pardo, said "
                    "her daughter in Grade 4 leaves the house at 4:45 a.m. to catch a jeepney "
                    "to school."
                ),
                "Ma. Luzminda Tabañag-Ruelo",
                "said",
                "",
            ),
            (
                "“She sleeps in the jeepney,” she said in Cebuano.",
                "Ma. Luzminda Tabañag-Ruelo",
                "said in Cebuano",
                "",
            ),
            (
                "“By the time she gets home, it's dark.”",
                "Ma. Luzminda Tabañag-Ruelo",
                "said in Cebuano",
                "",
            ),
        ],
        [
            (
                (
                    "At Don Celestino Arbolado Memorial National High School, Grade 8 adviser "
                    "Leonila Gabutero-Borromeo said she teaches her first class at 6 a.m. and "
                    "her last at 5:40 p.m."
                ),
                "Leonila Gabutero-Borromeo",
                "said",
                "",
            ),
            (
                "“By the last period, they are too tired to listen, and so am I,” she said.",
                "Leonila Gabutero-Borromeo",
                "said",
                "",
            ),
            (
                "She said the school's 2,300 learners share 31 classrooms.",
                "Leonila Gabutero-Borromeo",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Councilor Atty. Crisanto Jakosalem-Uy, who chairs the City Council's "
                    "committee on education, said the council approved P180 million on Monday "
                    "to rent 60 modular classrooms for the second semester."
                ),
                "Crisanto Jakosalem-Uy",
                "said",
                "W",
            ),
            (
                (
                    "He said the first 20 units would be delivered to schools in the mountain "
                    "barangays in January."
                ),
                "Crisanto Jakosalem-Uy",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement, DepEd's central office said it had included 412 new "
                    "classrooms for Central Visayas in its 2027 budget proposal, 96 of them in "
                    "Cebu City."
                ),
                "DepEd's central office",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Under a DepEd order issued in 2024, schools may cut class periods to 40 "
                    "minutes when they run more than two shifts a day."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Related Stories",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mandaue City to build two-storey school buildings in four barangays",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lapu-Lapu teachers get P3,000 year-end allowance",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: DepEd, Cebu City, classrooms, education",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the day's top Cebu stories in your inbox every morning.",
                "",
                "",
                "B",
            ),
            (
                "Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 Kabilin Media Inc.",
                "",
                "",
                "B",
            ),
            (
                "All Rights Reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About Us   |   Contact   |   Privacy Policy   |   Terms of Service",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 9
    [
        [
            (
                "SHONGOLOLO SPORT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News   Sport   Soccer   Rugby   Cricket   Motoring   Lifestyle   Videos",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sport / Soccer",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Mokgoatjana brace lifts Gamakhulu Stars to top of the log after 3-1 win "
                    "over Vaalmond City"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Stars are two points clear after 11 games as City coach says his side "
                    "‘switched off’ after the break"
                ),
                "Dawie Opperwall",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Keneilwe Tshikororo",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published 7 Nov 2026, 19:52",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   |   WhatsApp   |   Facebook   |   X",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Lesiba Mokgoatjana of Gamakhulu Stars celebrates his second goal at "
                    "Mmakgoshi Stadium on Saturday."
                ),
                "",
                "",
                "W",
            ),
            (
                "Image: Tshepiso Letswalo-Mennen / Shongololo Images",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "POLOKWANE — Lesiba Mokgoatjana scored twice in the second half as "
                    "Gamakhulu Stars came from behind to beat Vaalmond City 3-1 at a packed "
                    "Mmakgoshi Stadium on Saturday and go top of the log."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "City took the lead in the 23rd minute when Msizi Qwabisa-Jordaan headed in "
                    "a corner from the left, and they held it until half-time."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Mokgoatjana levelled in the 51st minute with a low shot from the edge of "
                    "the box, and put Stars ahead from the penalty spot in the 64th after "
                    "Qwabisa-Jordaan handled."
                ),
                "",
                "",
                "W",
            ),
            (
                "Substitute Katlego Ramphisa made it 3-1 in the third minute of stoppage time.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Mokgoatjana now has nine league goals this season, three more than any "
                    "other player."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The win takes Stars to 23 points from 11 matches, two clear of "
                    "Kwaggaskloof United, who drew 0-0 at home on Friday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "“At half-time I told them to be patient, because the goals would come,” "
                    "Stars coach Khumo Matlakane told reporters after the match."
                ),
                "Khumo Matlakane",
                "told reporters",
                "",
            ),
            (
                "“Lesiba is playing with a lot of confidence right now.”",
                "Khumo Matlakane",
                "told reporters",
                "",
            ),
            (
                (
                    "Matlakane said defender Oratile Segwai had gone to hospital for a scan on "
                    "his left knee after he was stretchered off in the 38th minute."
                ),
                "Khumo Matlakane",
                "said",
                "W",
            ),
            (
                "He said he would decide on Segwai's fitness on Tuesday.",
                "Khumo Matlakane",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "“We switched off for ten minutes after the break, and you can't do that "
                    "against a team like this,” said City coach Dawie Opperwall."
                ),
                "Dawie Opperwall",
                "said",
                "",
            ),
            (
                "“Was that a penalty?” Opperwall asked.",
                "Dawie Opperwall",
                "asked",
                "",
            ),
            (
                "“From where I was standing, it hit his shoulder.”",
                "Dawie Opperwall",
                "asked",
                "",
            ),
        ],
        [
            (
                ("City, who have lost three of their last four matches, are sixth with 16 points."),
                "",
                "",
                "W",
            ),
            (
                "The crowd was 14,280, Stars said on social media.",
                "Gamakhulu Stars",
                "said on social media",
                "W",
            ),
        ],
        [
            (
                "Stars travel to Kwaggaskloof United on Wednesday, November 11 (19:30).",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Teams",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Gamakhulu Stars: Mokwena; Segwai (Baloyi-Fouche 38), Tlhapane, Mogashoa, "
                    "Ramaboeng; Ngcukayi, Seroto; Moatshe, Mokgoatjana, Magwazi (Ramphisa 70); "
                    "Kgatleng-Visser."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Vaalmond City: Steynberg-Nkuna; Makhubele, Qwabisa-Jordaan, Oosthuijsen, "
                    "Lekgothoane; Mofokane-Swart (Botsane 75), Nkwashu-Malan; Zitha, Mabitsela, "
                    "Lekalakala-Duvenage (Mashaba-Terblanche 61); Mphaka."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Referee: Mmaphuti Shabane.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Log: top five",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Team   P   W   D   L   GD   Pts",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "1. Gamakhulu Stars   11   7   2   2   +9   23",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "2. Kwaggaskloof United   11   6   3   2   +7   21",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "3. Thokwane Callies   11   6   2   3   +5   20",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "4. Ntshirele Pride FC   11   5   4   2   +4   19",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "5. Sekgweng Arrows   11   5   3   3   +2   18",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Related: Vaalmond City sign former Bafana Bafana defender on short-term deal",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related: Four clubs fined after crowd trouble in Limpopo derby",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Download the Shongololo Sport app for live scores and alerts.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Shongololo Media (Pty) Ltd.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Terms and Conditions   |   Privacy Policy   |   PAIA Manual   |   Contact",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 10
    [
        [
            (
                "RIMURAPA POST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign in   |   Subscribe   |   Newsletters",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "New Zealand   World   Business   Science   Environment   Sport   Opinion   "
                    "Video"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Science",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Pāua in Otago Harbour growing 20 per cent slower than in 2010, 15-year "
                    "study finds"
                ),
                "A 15-year study of tagged pāua in Otago Harbour",
                "finds",
                "W",
            ),
        ],
        [
            (
                (
                    "Researchers link the slowdown to summer water that is now 0.9C warmer on "
                    "average"
                ),
                "Researchers",
                "link",
                "W",
            ),
        ],
        [
            (
                "By Senara Gudmundson, science reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tue, 10 Nov 2026, 5:00am",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   LinkedIn   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A tagged pāua is measured during a survey near Portobello in 2024.",
                "",
                "",
                "",
            ),
            (
                "Photo / Supplied",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A 15-year study of tagged pāua in Otago Harbour has found the shellfish "
                    "are growing about 20 per cent more slowly than they did in 2010, and take "
                    "nearly two years longer to reach the legal harvest size."
                ),
                "A 15-year study of tagged pāua in Otago Harbour",
                "has found",
                "W",
            ),
            (
                (
                    "The study, published on Monday in the journal Southern Coastal Ecology, "
                    "was led by researchers at the University of Otago."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Lead author Dr Rawinia Hiroti said the team measured 2,960 pāua at four "
                    "sites each autumn and found the average shell grew 14.2mm a year in "
                    "2010-12 but 11.3mm a year in 2022-24."
                ),
                "Rawinia Hiroti",
                "said",
                "W",
            ),
            (
                (
                    "She said summer water temperatures at the sites, logged every 15 minutes, "
                    "had risen by an average of 0.9C over the period."
                ),
                "Rawinia Hiroti",
                "said",
                "W",
            ),
            (
                (
                    "“Pāua are fussy about temperature, and once the water gets above about 18 "
                    "degrees they put their energy into coping rather than growing,” she said."
                ),
                "Rawinia Hiroti",
                "said",
                "W",
            ),
            (
                ("“It's a slow change, which is exactly why you need 15 years of data to see it.”"),
                "Rawinia Hiroti",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Co-author Professor Jowan Haumoana said the study could not rule out other "
                    "causes, such as more sediment in the water after heavy rain."
                ),
                "Jowan Haumoana",
                "said",
                "",
            ),
            (
                (
                    "“We'd be surprised if temperature isn't the main driver, but we want to be "
                    "sure,” he said."
                ),
                "Jowan Haumoana",
                "said",
                "",
            ),
        ],
        [
            (
                "How they measured it",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Divers glued small numbered tags to each pāua and measured it again a year "
                    "later with callipers."
                ),
                "",
                "",
                "W",
            ),
            (
                "Temperature loggers were fixed to the reef at each site at a depth of 3m.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Otago Harbour has had four marine heatwaves since 2017, according to the "
                    "Otago Regional Council."
                ),
                "the Otago Regional Council",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Advertisement",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A Fisheries New Zealand spokesperson said the agency had received the "
                    "study and would consider it in a review of the pāua fishery's catch limits "
                    "due next year."
                ),
                "A Fisheries New Zealand spokesperson",
                "said",
                "W",
            ),
            (
                (
                    "The spokesperson said the minimum legal size for recreational harvest in "
                    "the area would stay at 125mm."
                ),
                "A Fisheries New Zealand spokesperson",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Annemieke Vollebregt, who chairs the Otago Commercial Pāua Association, "
                    "said her members had noticed smaller pāua in the harbour for several years "
                    "and had voluntarily cut their catch by 15 per cent in 2025."
                ),
                "Annemieke Vollebregt",
                "said",
                "W",
            ),
            (
                (
                    "“The science is catching up with what divers have been saying on the boat "
                    "ramp,” she said."
                ),
                "Annemieke Vollebregt",
                "said",
                "",
            ),
            (
                "“Nobody wants to be the generation that fished it out.”",
                "Annemieke Vollebregt",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Aperahama Kaiwhata, who chairs the harbour's customary fisheries "
                    "committee, said pāua had been gathered from the harbour for generations "
                    "and the findings were “a warning we should take seriously”."
                ),
                "Aperahama Kaiwhata",
                "said",
                "",
            ),
            (
                (
                    "He said the committee had placed a two-year rāhui on gathering pāua at one "
                    "reef in 2024."
                ),
                "Aperahama Kaiwhata",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Hiroti said the team hoped to extend the study to Akaroa and Kaikōura from "
                    "next year."
                ),
                "Rawinia Hiroti",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Journal reference: Hiroti R, Haumoana J, et al. Fifteen years of slowing "
                    "growth in a harbour abalone. Southern Coastal Ecology. 2026;11(4):201-219."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The research was funded by the Otago Coastal Research Trust.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from Science",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Why the Rakaia's braided channels are narrowing",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Backyard survey counts 40 per cent fewer tūī in Christchurch",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the Rimurapa Post science newsletter every Thursday.",
                "",
                "",
                "B",
            ),
            (
                "Sign up",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Rimurapa Media Ltd",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About   Contact   Terms   Privacy   Advertise",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 11
    [
        [
            (
                "The Kemuncak Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thursday, 12 Nov 2026   |   ePaper   |   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Nation   World   Business   Sport   Lifestyle   Opinion   Videos   "
                    "Education"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Four Kulai factories ordered shut after river pollution halts two water "
                    "treatment plants"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Supply to 186,000 accounts disrupted for up to 36 hours; DOE says chemical "
                    "waste was discharged into Sungai Lendau"
                ),
                "the Department of Environment",
                "says",
                "W",
            ),
        ],
        [
            (
                "By HEW TOONG YIT and IZZAH ZAHRILNIZAM",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Nation   Thursday, 12 Nov 2026   6:48 PM MYT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   |   Copy link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Workers collect water samples from Sungai Lendau near Kulai on Wednesday.",
                "",
                "",
                "",
            ),
            (
                "HEW TOONG YIT/The Kemuncak Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "KULAI: The Department of Environment (DOE) has ordered four factories at "
                    "the Lendau Jaya industrial park here to stop operating after chemical "
                    "waste was found in Sungai Lendau, forcing two water treatment plants to "
                    "shut on Tuesday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Johor DOE director Norsuhaila Ab Ghafur said samples taken from the river "
                    "on Tuesday morning showed ammonia levels of 8.4mg per litre, more than 20 "
                    "times the limit for a treatment plant intake."
                ),
                "Norsuhaila Ab Ghafur",
                "said",
                "W",
            ),
            (
                (
                    "She said the four factories, which make paint, printed circuit boards, "
                    "plastic pallets and animal feed, were served closure orders under Section "
                    "31A of the Environmental Quality Act 1974 at about 11pm on Wednesday."
                ),
                "Norsuhaila Ab Ghafur",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We traced the discharge to a drain shared by the four factories, and none "
                    "of the four had a valid permit for its effluent treatment system,” she "
                    "told a press conference on Thursday."
                ),
                "Norsuhaila Ab Ghafur",
                "told a press conference",
                "W",
            ),
            (
                "She said investigation papers had been opened under the Act.",
                "Norsuhaila Ab Ghafur",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Johor Water Regulatory Body (BAKAJ) said the Lendau 1 and Lendau 2 "
                    "treatment plants stopped drawing water at 4.15am on Tuesday, disrupting "
                    "supply to 186,000 accounts in Kulai, Senai and parts of Skudai."
                ),
                "the Johor Water Regulatory Body",
                "said",
                "W",
            ),
            (
                (
                    "It said supply was fully restored by 4pm on Wednesday, and that 48 water "
                    "tankers were sent to hospitals, schools and housing areas in the meantime."
                ),
                "the Johor Water Regulatory Body",
                "said",
                "W",
            ),
            (
                (
                    "The two plants supply about 290 million litres of treated water a day, "
                    "according to BAKAJ."
                ),
                "the Johor Water Regulatory Body",
                "according to",
                "W",
            ),
            (
                (
                    "BAKAJ said consumers in the affected areas would not be charged for water "
                    "used during the two days of the disruption."
                ),
                "the Johor Water Regulatory Body",
                "said",
                "W",
            ),
        ],
        [
            (
                "ALSO READ: Johor to gazette buffer zones along three rivers by 2028",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "State Health and Environment committee chairman Datuk Razif Ilham "
                    "Shamsulbahri said the state government would “not hesitate” to revoke the "
                    "licences of any factory found to have polluted the river on purpose."
                ),
                "Razif Ilham Shamsulbahri",
                "said",
                "",
            ),
            (
                (
                    "Razif Ilham said it was the third pollution incident on Sungai Lendau this "
                    "year, after incidents in March and July."
                ),
                "Razif Ilham Shamsulbahri",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "According to the DOE's 2025 river water quality report, 41 of the 88 "
                    "rivers it monitors in Johor were classified as slightly polluted."
                ),
                "the DOE's 2025 river water quality report",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "In Taman Lendau Indah, Neoh Xue Qin, 46, said her family had bought 30 "
                    "bottles of drinking water and stored tap water in buckets since Tuesday "
                    "morning."
                ),
                "Neoh Xue Qin",
                "said",
                "",
            ),
            (
                (
                    "“The water smelled like paint even before they announced the disruption,” "
                    "she said."
                ),
                "Neoh Xue Qin",
                "said",
                "",
            ),
            (
                "“Every few months it is the same story.",
                "Neoh Xue Qin",
                "asked",
                "",
            ),
            (
                "Who is checking these factories?” she asked.",
                "Neoh Xue Qin",
                "asked",
                "",
            ),
        ],
        [
            (
                (
                    "Johor River Keepers coordinator Thivyan a/l Ramasundram said the group "
                    "reported dead fish in the river to the DOE on Nov 3, a week before the "
                    "plants shut."
                ),
                "Thivyan a/l Ramasundram",
                "said",
                "W",
            ),
            (
                (
                    "He said the group wanted the DOE to install continuous water quality "
                    "monitors at every factory outlet on the river."
                ),
                "Thivyan a/l Ramasundram",
                "said",
                "",
            ),
            (
                (
                    "Asked about the complaint, Norsuhaila said DOE officers inspected the "
                    "river on Nov 4 and found no discharge at the time."
                ),
                "Norsuhaila Ab Ghafur",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "When contacted, a spokesman for one of the factories, which makes paint, "
                    "said the company was cooperating fully with the DOE."
                ),
                "a spokesman for one of the factories",
                "said",
                "",
            ),
            (
                "The other three companies could not be reached for comment.",
                "The other three companies",
                "could not be reached for comment",
                "",
            ),
        ],
        [
            (
                "Related stories:",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Johor Baru flash flood: 320 moved to relief centres",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "DOE to step up checks on scheduled waste in Penang",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Tags / Keywords: Environment , River Pollution , Johor , Water Disruption , DOE"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Found an error in this story?",
                "",
                "",
                "B",
            ),
            (
                "Report it here.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 1995-2026 Kemuncak Courier Media Bhd (199501048823).",
                "",
                "",
                "B",
            ),
            (
                "All Rights Reserved.",
                "",
                "",
                "B",
            ),
        ],
    ],
    # 12
    [
        [
            (
                "ABUSUAPA ONLINE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   News   Politics   Business   Sports   Entertainment   Arts & "
                    "Culture   Regional   Opinion"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Arts & Culture",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Highlife archive opens in Takoradi with 3,400 records from late "
                    "bandleader's collection"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Family of Fiifi Ewudzi-Amonoo donates his records, 212 reels of studio "
                    "tape and his trumpet to the new centre"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Aseda Bentsil",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Source: Abusuapa Online",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "14 Nov 2026, 10:32 GMT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The Deputy Minister cuts the tape at the opening of the centre on Friday.",
                "",
                "",
                "",
            ),
            (
                "Photo credit: Abusuapa Online",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "SEKONDI-TAKORADI — A centre dedicated to the history of highlife music has "
                    "been opened in Takoradi, with more than 3,400 vinyl records and 212 reels "
                    "of studio tape donated by the family of the late bandleader Fiifi "
                    "Ewudzi-Amonoo."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The Fiifi Ewudzi-Amonoo Highlife Archive, housed in a restored 1930s "
                    "warehouse near the old harbour, was opened on Friday by the Deputy "
                    "Minister for Tourism, Culture and Creative Arts, Hon. Ekwam "
                    "Baidoe-Sackeyfio."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "Speaking at the ceremony, the Deputy Minister disclosed that the Ministry "
                    "had contributed GH₵2.4 million towards restoring the building, while the "
                    "family and a group of private donors raised GH₵1.1 million."
                ),
                "Ekwam Baidoe-Sackeyfio",
                "disclosed",
                "W",
            ),
        ],
        [
            (
                (
                    "“Highlife is not just music we dance to at weddings and funerals; it is a "
                    "record of who we were when we became a nation,” he said."
                ),
                "Ekwam Baidoe-Sackeyfio",
                "said",
                "",
            ),
            (
                (
                    "He indicated that the centre would be added to the Ghana Tourism "
                    "Authority's list of approved sites by the end of the year."
                ),
                "Ekwam Baidoe-Sackeyfio",
                "indicated",
                "W",
            ),
        ],
        [
            (
                (
                    "Madam Baaba Ampiah-Krakue, the bandleader's eldest daughter, said her "
                    "father kept the records in a room of the family house for 40 years, and "
                    "about 600 of them were damaged by damp before the family began working "
                    "with the archive in 2023."
                ),
                "Baaba Ampiah-Krakue",
                "said",
                "",
            ),
            (
                "“Daddy always said the music belonged to everybody,” she noted.",
                "Baaba Ampiah-Krakue",
                "noted",
                "",
            ),
            (
                "“Today we are keeping his promise.”",
                "Baaba Ampiah-Krakue",
                "noted",
                "",
            ),
        ],
        [
            (
                (
                    "The archive's academic adviser, Prof. Ekua Dontoh-Essilfua of the "
                    "University of Cape Coast, stated that 1,150 of the records had been "
                    "digitised so far, and that visitors would be able to listen to them free "
                    "of charge at the centre from January 2027."
                ),
                "Ekua Dontoh-Essilfua",
                "stated",
                "W",
            ),
            (
                (
                    "She said at least 90 of the records were the only known copies of the "
                    "songs on them."
                ),
                "Ekua Dontoh-Essilfua",
                "said",
                "W",
            ),
            (
                "“Some of these songs were never played on the radio,” she said.",
                "Ekua Dontoh-Essilfua",
                "said",
                "",
            ),
            (
                (
                    "“If we had waited another five years, some of them would have been gone "
                    "for ever.”"
                ),
                "Ekua Dontoh-Essilfua",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A chief of the area, Nana Kwamina Ansafo-Dadson II, who chaired the "
                    "ceremony, appealed to the Sekondi-Takoradi Metropolitan Assembly to fix "
                    "the road to the centre before Christmas."
                ),
                "Kwamina Ansafo-Dadson II",
                "appealed to",
                "",
            ),
        ],
        [
            (
                (
                    "When contacted, the Metropolitan Chief Executive (MCE), Mr Jojo "
                    "Eshun-Quainoo, said the Assembly awarded a GH₵780,000 contract to "
                    "resurface the road in October, and work would begin on November 23."
                ),
                "Jojo Eshun-Quainoo",
                "said",
                "W",
            ),
        ],
        [
            (
                "He said he was confident the road would be ready before Christmas.",
                "Jojo Eshun-Quainoo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ewudzi-Amonoo, who died in 2021 at the age of 87, led the Nsuekyir Rhythm "
                    "Aces from 1958 to 1989 and recorded more than 30 albums."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "“I came because my father used to play these songs on Sunday afternoons,” "
                    "said Mr Kodwo Abban-Panford, a retired teacher who travelled from Cape "
                    "Coast for the opening."
                ),
                "Kodwo Abban-Panford",
                "said",
                "",
            ),
        ],
        [
            (
                "The centre is open from 9am to 5pm, Tuesday to Saturday.",
                "",
                "",
                "W",
            ),
            (
                "Entry costs GH₵20 for adults and GH₵5 for students.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Disclaimer: Opinions expressed by readers in the comments are their own "
                    "and do not reflect the views of Abusuapa Online."
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments (2)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "kwesi_highlife",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "14 Nov 2026, 12:05",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "This is what we need in every region.",
                "",
                "",
                "B",
            ),
            (
                "Well done to the family!",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Reply",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "AbenaSays",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "14 Nov 2026, 13:40",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Will they also collect old cassette tapes?",
                "",
                "",
                "B",
            ),
            (
                "My uncle has hundreds of them.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Reply",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related Articles",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cape Coast to host West African drumming festival in March",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Takoradi market fire: traders count losses",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Abusuapa Online.",
                "",
                "",
                "B",
            ),
            (
                "All rights reserved.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "About Us   |   Advertise   |   Contact   |   Privacy",
                "",
                "",
                "B",
            ),
        ],
    ],
]

HELDOUT_CASES = [
    (
        "n59-us-pm-votes",
        (
            "Senate Bill 3 passed the Senate 21-14 shortly after 6 p.m. and cleared the House "
            "38-27 at 9:12 p.m., with every Republican and three Democrats voting no. The bill "
            "caps the growth of property tax revenue for cities, counties and most special "
            "districts at 5.5% a year starting with the 2027 tax year."
        ),
        [
            (
                "Senate Bill 3 passed the Senate 21-14 shortly after 6 p.m. and cleared the "
                "House 38-27 at 9:12 p.m., with every Republican and three Democrats voting no."
            ),
            (
                "The bill caps the growth of property tax revenue for cities, counties and most "
                "special districts at 5.5% a year starting with the 2027 tax year."
            ),
        ],
    ),
    (
        "n59-us-sen-dpueblo-quote",
        (
            "Its Senate sponsor, Sen. Ludovic Kosinski-Wendtland, D-Pueblo, said the cap would "
            "save the owner of a median-priced home about $410 on next year's bill. “People "
            "aren't asking us for a miracle,” Kosinski-Wendtland told reporters after the vote. "
            "“They're asking whether they can afford to keep the house they already paid off.”"
        ),
        [
            (
                "Its Senate sponsor, Sen. Ludovic Kosinski-Wendtland, D-Pueblo, said the cap "
                "would save the owner of a median-priced home about $410 on next year's bill."
            ),
            (
                "“People aren't asking us for a miracle,” Kosinski-Wendtland told reporters "
                "after the vote."
            ),
            "“They're asking whether they can afford to keep the house they already paid off.”",
        ],
    ),
    (
        "n59-us-oct-nov-am",
        (
            "Okrent-Roan called the special session on Oct. 2, after backers of a ballot "
            "measure that would have capped growth at 3% agreed to pull it from the Nov. 3 "
            "ballot. In a statement Thursday night, the governor said she would sign the bill "
            "at 10 a.m. Friday in the west foyer of the Capitol. “This isn't the end of the "
            "conversation about property taxes, but it's real money back in real families' "
            "pockets,” she said."
        ),
        [
            (
                "Okrent-Roan called the special session on Oct. 2, after backers of a ballot "
                "measure that would have capped growth at 3% agreed to pull it from the Nov. 3 "
                "ballot."
            ),
            (
                "In a statement Thursday night, the governor said she would sign the bill at 10 "
                "a.m. Friday in the west foyer of the Capitol."
            ),
            (
                "“This isn't the end of the conversation about property taxes, but it's real "
                "money back in real families' pockets,” she said."
            ),
        ],
    ),
    (
        "n59-us-question-asked-rep",
        (
            "“Why are we doing this 19 days before an election?” Rep. Thelonious "
            "Pfanstiel-Ruijgrok, R-Greeley, asked during the House debate. He said the timing "
            "was meant to help Democrats in close districts. House Majority Leader Honora "
            "Yellowhorn-Kopecky, D-Aurora, said the date was set by the Sept. 18 deadline for "
            "withdrawing a measure from the ballot, not by the campaign calendar."
        ),
        [
            (
                "“Why are we doing this 19 days before an election?” Rep. Thelonious "
                "Pfanstiel-Ruijgrok, R-Greeley, asked during the House debate."
            ),
            "He said the timing was meant to help Democrats in close districts.",
            (
                "House Majority Leader Honora Yellowhorn-Kopecky, D-Aurora, said the date was "
                "set by the Sept. 18 deadline for withdrawing a measure from the ballot, not by "
                "the campaign calendar."
            ),
        ],
    ),
    (
        "n59-us-inc-rights",
        "© 2026 The Cordillo Dispatch, Inc. All rights reserved.",
        [
            "© 2026 The Cordillo Dispatch, Inc.",
            "All rights reserved.",
        ],
    ),
    (
        "n59-en-caption-image",
        (
            "The emergency department entrance at Brackendyke General Hospital on Wednesday "
            "morning. (Image: Fenreach Gazette)"
        ),
        [
            (
                "The emergency department entrance at Brackendyke General Hospital on Wednesday "
                "morning."
            ),
            "(Image: Fenreach Gazette)",
        ],
    ),
    (
        "n59-en-dr-quote-apology",
        (
            "The trust's chief medical officer, Dr Hedra Skidmore, said the hospital had opened "
            "14 extra beds since the inspection and had offered jobs to 38 nurses recruited "
            "from abroad, the first of whom would start in December. “We accept the findings in "
            "full, and I want to apologise to every patient who waited longer than they should "
            "have,” she said. “Nobody who works here thinks a corridor is a fit place to be "
            "cared for.”"
        ),
        [
            (
                "The trust's chief medical officer, Dr Hedra Skidmore, said the hospital had "
                "opened 14 extra beds since the inspection and had offered jobs to 38 nurses "
                "recruited from abroad, the first of whom would start in December."
            ),
            (
                "“We accept the findings in full, and I want to apologise to every patient who "
                "waited longer than they should have,” she said."
            ),
            "“Nobody who works here thinks a corridor is a fit place to be cared for.”",
        ],
    ),
    (
        "n59-en-ltd-no",
        "© 2026 Fenreach Gazette Media Ltd. Registered in England and Wales, No. 06218374.",
        [
            "© 2026 Fenreach Gazette Media Ltd.",
            "Registered in England and Wales, No. 06218374.",
        ],
    ),
    (
        "n59-in-jp-nagar-ms",
        (
            "The five accused, aged between 24 and 37, were arrested from Mysuru, Hubballi and "
            "J.P. Nagar in Bengaluru between October 12 and 17, Ms. Hosmane said. She said they "
            "had opened 64 current accounts in the names of shell firms and used them to move "
            "the money to crypto wallets. Police recovered 38 mobile phones, 112 SIM cards, "
            "four laptops and Rs. 6.2 lakh in cash from them, she said."
        ),
        [
            (
                "The five accused, aged between 24 and 37, were arrested from Mysuru, Hubballi "
                "and J.P. Nagar in Bengaluru between October 12 and 17, Ms. Hosmane said."
            ),
            (
                "She said they had opened 64 current accounts in the names of shell firms and "
                "used them to move the money to crypto wallets."
            ),
            (
                "Police recovered 38 mobile phones, 112 SIM cards, four laptops and Rs. 6.2 "
                "lakh in cash from them, she said."
            ),
        ],
    ),
    (
        "n59-in-dr-initials-ellipsis",
        (
            "One of the complainants, Dr. B.V. Shrinivasa Adiga, a 68-year-old retired "
            "paediatrician from Basavanagudi, said he lost ₹46 lakh between June and August. "
            "“Every time I tried to take money out, they said there was one more fee,” Dr. "
            "Adiga said. “At 68, I should have known better... but the screen showed ₹1.2 crore "
            "in my account.”"
        ),
        [
            (
                "One of the complainants, Dr. B.V. Shrinivasa Adiga, a 68-year-old retired "
                "paediatrician from Basavanagudi, said he lost ₹46 lakh between June and "
                "August."
            ),
            (
                "“Every time I tried to take money out, they said there was one more fee,” Dr. "
                "Adiga said."
            ),
            (
                "“At 68, I should have known better... but the screen showed ₹1.2 crore in my "
                "account.”"
            ),
        ],
    ),
    (
        "n59-in-question-unnamed",
        (
            "A 31-year-old software engineer from Whitefield, who did not want to be named, "
            "said she had put in ₹9.5 lakh, most of it from a personal loan. “The group had 400 "
            "members and everybody was posting profits,” she said. “How was I to know they were "
            "all fake?”"
        ),
        [
            (
                "A 31-year-old software engineer from Whitefield, who did not want to be named, "
                "said she had put in ₹9.5 lakh, most of it from a personal loan."
            ),
            "“The group had 400 members and everybody was posting profits,” she said.",
            "“How was I to know they were all fake?”",
        ],
    ),
    (
        "n59-ng-engr-naira",
        (
            "According to a circular signed by the corporation's Director of Operations, Engr. "
            "Idrisu Yusufari-Tukura, the economy class fare rises from ₦6,000 to ₦9,600, "
            "business class from ₦10,000 to ₦15,000 and first class from ₦15,000 to ₦21,000. "
            "Children under 12 will pay half fare, the circular stated. Tickets are sold only "
            "online and at station counters, and every passenger must show a valid identity "
            "card, it added."
        ),
        [
            (
                "According to a circular signed by the corporation's Director of Operations, "
                "Engr. Idrisu Yusufari-Tukura, the economy class fare rises from ₦6,000 to "
                "₦9,600, business class from ₦10,000 to ₦15,000 and first class from ₦15,000 to "
                "₦21,000."
            ),
            "Children under 12 will pay half fare, the circular stated.",
            (
                "Tickets are sold only online and at station counters, and every passenger must "
                "show a valid identity card, it added."
            ),
        ],
    ),
    (
        "n59-ng-mallam-question",
        (
            "The chairman of the Abuja–Kaduna Rail Passengers Forum, Mallam Mukhtar "
            "Kurfi-Ohiagu, said the forum wrote to the Minister of Transportation on Thursday "
            "asking that the increase be phased over six months. “Why must the passenger carry "
            "every cost at once?” he asked. “Let them phase it, and let them give us back the "
            "eight trips.”"
        ),
        [
            (
                "The chairman of the Abuja–Kaduna Rail Passengers Forum, Mallam Mukhtar "
                "Kurfi-Ohiagu, said the forum wrote to the Minister of Transportation on "
                "Thursday asking that the increase be phased over six months."
            ),
            "“Why must the passenger carry every cost at once?” he asked.",
            "“Let them phase it, and let them give us back the eight trips.”",
        ],
    ),
    (
        "n59-ng-mrs-ministry",
        (
            "When contacted, the Director of Press at the Federal Ministry of Transportation, "
            "Mrs Ifunanya Ahanotu, said the ministry approved the new fares on October 19 after "
            "reviewing the corporation's costs. She stated that the ministry had not received "
            "the passengers' forum's letter as of Friday evening."
        ),
        [
            (
                "When contacted, the Director of Press at the Federal Ministry of "
                "Transportation, Mrs Ifunanya Ahanotu, said the ministry approved the new fares "
                "on October 19 after reviewing the corporation's costs."
            ),
            (
                "She stated that the ministry had not received the passengers' forum's letter "
                "as of Friday evening."
            ),
        ],
    ),
    (
        "n59-au-7am-quote",
        (
            "A maintenance fitter at the factory, who asked not to be named, said staff were "
            "told of the administration at a meeting at 7am on Tuesday. “People were pretty "
            "quiet,” he said. “Most of us have been here 15, 20 years.”"
        ),
        [
            (
                "A maintenance fitter at the factory, who asked not to be named, said staff "
                "were told of the administration at a meeting at 7am on Tuesday."
            ),
            "“People were pretty quiet,” he said.",
            "“Most of us have been here 15, 20 years.”",
        ],
    ),
    (
        "n59-ca-section-designation",
        (
            "Orysia Petrishyn-Zacharuk, 54, pleaded guilty in June to one count of fraud over "
            "$5,000 under s. 380(1)(a) of the Criminal Code. The maximum sentence for that "
            "offence is 14 years."
        ),
        [
            (
                "Orysia Petrishyn-Zacharuk, 54, pleaded guilty in June to one count of fraud "
                "over $5,000 under s. 380(1)(a) of the Criminal Code."
            ),
            "The maximum sentence for that offence is 14 years.",
        ],
    ),
    (
        "n59-ca-r-v-citation",
        (
            "Akinremi-Ferland said a conditional sentence was not open to her because the size "
            "and length of the fraud called for a penitentiary term, citing the Manitoba Court "
            "of Appeal's 2019 decision in R. v. Halvorsgaard."
        ),
        [
            (
                "Akinremi-Ferland said a conditional sentence was not open to her because the "
                "size and length of the fraud called for a penitentiary term, citing the "
                "Manitoba Court of Appeal's 2019 decision in R. v. Halvorsgaard."
            ),
        ],
    ),
    (
        "n59-ca-rm-mill-rate",
        (
            "He said the R.M., which has about 1,900 residents, raised its mill rate by 6.5 per "
            "cent in 2025 partly to cover the loss, and put off paving a 3.2-kilometre stretch "
            "of Road 47 N. “Every one of those cheques was money from a farmer or a pensioner "
            "in this municipality,” he said."
        ),
        [
            (
                "He said the R.M., which has about 1,900 residents, raised its mill rate by 6.5 "
                "per cent in 2025 partly to cover the loss, and put off paving a 3.2-kilometre "
                "stretch of Road 47 N."
            ),
            (
                "“Every one of those cheques was money from a farmer or a pensioner in this "
                "municipality,” he said."
            ),
        ],
    ),
    (
        "n59-ie-tide-am-quote",
        (
            "Met Éireann forecaster Treasa Ní Bhaoill said the storm was deepening quickly as "
            "it tracked towards the north-west coast and would be at its worst between 7am and "
            "11am. “Along with the wind, there's a real risk of coastal flooding around high "
            "tide, which is at 9.42am in Killybegs,” she said. “People really shouldn't be "
            "going out to look at the waves.”"
        ),
        [
            (
                "Met Éireann forecaster Treasa Ní Bhaoill said the storm was deepening quickly "
                "as it tracked towards the north-west coast and would be at its worst between "
                "7am and 11am."
            ),
            (
                "“Along with the wind, there's a real risk of coastal flooding around high "
                "tide, which is at 9.42am in Killybegs,” she said."
            ),
            "“People really shouldn't be going out to look at the waves.”",
        ],
    ),
    (
        "n59-ie-council-am-twice",
        (
            "Donegal County Council said its severe weather assessment team met at 11am on "
            "Monday and would meet again at 6am on Tuesday. It said crews would be on standby "
            "in Letterkenny, Donegal Town, Dungloe and Buncrana from 5am to clear fallen trees. "
            "Recycling centres and libraries will be closed until 3pm, the council said. The "
            "council asked people to avoid all unnecessary journeys while the warning is in "
            "place."
        ),
        [
            (
                "Donegal County Council said its severe weather assessment team met at 11am on "
                "Monday and would meet again at 6am on Tuesday."
            ),
            (
                "It said crews would be on standby in Letterkenny, Donegal Town, Dungloe and "
                "Buncrana from 5am to clear fallen trees."
            ),
            "Recycling centres and libraries will be closed until 3pm, the council said.",
            (
                "The council asked people to avoid all unnecessary journeys while the warning "
                "is in place."
            ),
        ],
    ),
    (
        "n59-ph-dr-ma-am-pm",
        (
            "Schools Division Superintendent Dr. Ma. Consolacion Sumalinog-Pacaldo said 41 of "
            "the city's 118 public schools were running two shifts and nine were running three, "
            "with the first classes starting at 5:30 a.m. and the last ending at 7 p.m. She "
            "said the division needed 1,140 more classrooms and had asked the DepEd central "
            "office for P2.1 billion in next year's budget. The division hired 640 new teachers "
            "this year but still needs about 1,900, she said. “We will not turn away a single "
            "learner, even if it means holding classes in the gym,” Sumalinog-Pacaldo said."
        ),
        [
            (
                "Schools Division Superintendent Dr. Ma. Consolacion Sumalinog-Pacaldo said 41 "
                "of the city's 118 public schools were running two shifts and nine were running "
                "three, with the first classes starting at 5:30 a.m. and the last ending at 7 "
                "p.m."
            ),
            (
                "She said the division needed 1,140 more classrooms and had asked the DepEd "
                "central office for P2.1 billion in next year's budget."
            ),
            (
                "The division hired 640 new teachers this year but still needs about 1,900, she "
                "said."
            ),
            (
                "“We will not turn away a single learner, even if it means holding classes in "
                "the gym,” Sumalinog-Pacaldo said."
            ),
        ],
    ),
    (
        "n59-ph-question-cebuano",
        (
            "Ildefonso Albiso-Quijano, president of the Cebu City Federation of Public School "
            "Educators, said some teachers were handling three classes of 55 learners a day and "
            "were not being paid for the extra hours. “How can a child learn anything at 5:30 "
            "in the morning when he had no breakfast?” he said in Cebuano. He said the "
            "federation had applied to the city for a permit to hold a rally outside the DepEd "
            "Central Visayas regional office on Nov. 13."
        ),
        [
            (
                "Ildefonso Albiso-Quijano, president of the Cebu City Federation of Public "
                "School Educators, said some teachers were handling three classes of 55 "
                "learners a day and were not being paid for the extra hours."
            ),
            (
                "“How can a child learn anything at 5:30 in the morning when he had no "
                "breakfast?” he said in Cebuano."
            ),
            (
                "He said the federation had applied to the city for a permit to hold a rally "
                "outside the DepEd Central Visayas regional office on Nov. 13."
            ),
        ],
    ),
    (
        "n59-ph-ma-mother",
        (
            "Ma. Luzminda Tabañag-Ruelo, a mother of three from Barangay Pardo, said her "
            "daughter in Grade 4 leaves the house at 4:45 a.m. to catch a jeepney to school. "
            "“She sleeps in the jeepney,” she said in Cebuano. “By the time she gets home, it's "
            "dark.”"
        ),
        [
            (
                "Ma. Luzminda Tabañag-Ruelo, a mother of three from Barangay Pardo, said her "
                "daughter in Grade 4 leaves the house at 4:45 a.m. to catch a jeepney to "
                "school."
            ),
            "“She sleeps in the jeepney,” she said in Cebuano.",
            "“By the time she gets home, it's dark.”",
        ],
    ),
    (
        "n59-ph-atty-councilor",
        (
            "Councilor Atty. Crisanto Jakosalem-Uy, who chairs the City Council's committee on "
            "education, said the council approved P180 million on Monday to rent 60 modular "
            "classrooms for the second semester. He said the first 20 units would be delivered "
            "to schools in the mountain barangays in January."
        ),
        [
            (
                "Councilor Atty. Crisanto Jakosalem-Uy, who chairs the City Council's committee "
                "on education, said the council approved P180 million on Monday to rent 60 "
                "modular classrooms for the second semester."
            ),
            (
                "He said the first 20 units would be delivered to schools in the mountain "
                "barangays in January."
            ),
        ],
    ),
    (
        "n59-za-question-asked",
        (
            "“Was that a penalty?” Opperwall asked. “From where I was standing, it hit his "
            "shoulder.”"
        ),
        [
            "“Was that a penalty?” Opperwall asked.",
            "“From where I was standing, it hit his shoulder.”",
        ],
    ),
    (
        "n59-nz-mm-dr-quote",
        (
            "Lead author Dr Rawinia Hiroti said the team measured 2,960 pāua at four sites each "
            "autumn and found the average shell grew 14.2mm a year in 2010-12 but 11.3mm a year "
            "in 2022-24. She said summer water temperatures at the sites, logged every 15 "
            "minutes, had risen by an average of 0.9C over the period. “Pāua are fussy about "
            "temperature, and once the water gets above about 18 degrees they put their energy "
            "into coping rather than growing,” she said. “It's a slow change, which is exactly "
            "why you need 15 years of data to see it.”"
        ),
        [
            (
                "Lead author Dr Rawinia Hiroti said the team measured 2,960 pāua at four sites "
                "each autumn and found the average shell grew 14.2mm a year in 2010-12 but "
                "11.3mm a year in 2022-24."
            ),
            (
                "She said summer water temperatures at the sites, logged every 15 minutes, had "
                "risen by an average of 0.9C over the period."
            ),
            (
                "“Pāua are fussy about temperature, and once the water gets above about 18 "
                "degrees they put their energy into coping rather than growing,” she said."
            ),
            "“It's a slow change, which is exactly why you need 15 years of data to see it.”",
        ],
    ),
    (
        "n59-nz-journal-ref",
        (
            "Journal reference: Hiroti R, Haumoana J, et al. Fifteen years of slowing growth in "
            "a harbour abalone. Southern Coastal Ecology. 2026;11(4):201-219."
        ),
        [
            (
                "Journal reference: Hiroti R, Haumoana J, et al. Fifteen years of slowing "
                "growth in a harbour abalone. Southern Coastal Ecology. 2026;11(4):201-219."
            ),
        ],
    ),
    (
        "n59-my-question-asked",
        (
            "In Taman Lendau Indah, Neoh Xue Qin, 46, said her family had bought 30 bottles of "
            "drinking water and stored tap water in buckets since Tuesday morning. “The water "
            "smelled like paint even before they announced the disruption,” she said. “Every "
            "few months it is the same story. Who is checking these factories?” she asked."
        ),
        [
            (
                "In Taman Lendau Indah, Neoh Xue Qin, 46, said her family had bought 30 bottles "
                "of drinking water and stored tap water in buckets since Tuesday morning."
            ),
            ("“The water smelled like paint even before they announced the disruption,” she said."),
            "“Every few months it is the same story.",
            "Who is checking these factories?” she asked.",
        ],
    ),
    (
        "n59-my-al-nov",
        (
            "Johor River Keepers coordinator Thivyan a/l Ramasundram said the group reported "
            "dead fish in the river to the DOE on Nov 3, a week before the plants shut. He said "
            "the group wanted the DOE to install continuous water quality monitors at every "
            "factory outlet on the river. Asked about the complaint, Norsuhaila said DOE "
            "officers inspected the river on Nov 4 and found no discharge at the time."
        ),
        [
            (
                "Johor River Keepers coordinator Thivyan a/l Ramasundram said the group "
                "reported dead fish in the river to the DOE on Nov 3, a week before the plants "
                "shut."
            ),
            (
                "He said the group wanted the DOE to install continuous water quality monitors "
                "at every factory outlet on the river."
            ),
            (
                "Asked about the complaint, Norsuhaila said DOE officers inspected the river on "
                "Nov 4 and found no discharge at the time."
            ),
        ],
    ),
    (
        "n59-gh-prof-quote",
        (
            "The archive's academic adviser, Prof. Ekua Dontoh-Essilfua of the University of "
            "Cape Coast, stated that 1,150 of the records had been digitised so far, and that "
            "visitors would be able to listen to them free of charge at the centre from January "
            "2027. She said at least 90 of the records were the only known copies of the songs "
            "on them. “Some of these songs were never played on the radio,” she said. “If we "
            "had waited another five years, some of them would have been gone for ever.”"
        ),
        [
            (
                "The archive's academic adviser, Prof. Ekua Dontoh-Essilfua of the University "
                "of Cape Coast, stated that 1,150 of the records had been digitised so far, and "
                "that visitors would be able to listen to them free of charge at the centre "
                "from January 2027."
            ),
            (
                "She said at least 90 of the records were the only known copies of the songs on "
                "them."
            ),
            "“Some of these songs were never played on the radio,” she said.",
            "“If we had waited another five years, some of them would have been gone for ever.”",
        ],
    ),
]
