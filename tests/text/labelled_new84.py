"""
Eighty-fourth set of new hand-labelled pages for the hint engines (tuning set, round thirty-seven):
twelve WHOLE pages, head to tail, of everyday news from twelve countries (Zambia, Pakistan, Sri
Lanka, Scotland, Jamaica, the United States (Jefferson City, Missouri), Kenya, Indonesia (an
English-language daily), Wales, Fiji, Uganda and Hong Kong), where ATTRIBUTION, SPEAKERS and
CHECK-WORTHINESS are hard together: people named once in full and then by a role ("the town clerk",
"The WASA chief", "the permanent secretary", "The turaga ni koro", "the RCC", "The district
councillor"), by surname, by given name with an honorific ("Pak Haryo", "Bu Winarti", "Ratu
Saimoni", "Adi Salaseini") or by pronoun, with two people of the same gender alternating on every
page; roles before and after names; titles and particles of the countries' naming traditions (Mrs,
Ms, Mr., Dr. (Ms.), ASP, Hon., Custos, Councillor, Cllr, Rep., Sen., Gov., Dr, Ratu, Adi, Pak, Bu,
Bibi, Muhammad, Sinhala strings of initials, a Tamil initial, the Scottish Gaelic Nic, the Welsh
ap, Chinese names with an English name first); quotes running over two paragraphs with no closing
mark at the end of the first; speakers named after the quote; quotes split around the attribution;
"according to" a budget, a report, data, a fiscal note, court documents, a petition, a copy of a
court order, a letter, an application, a statement and a government assessment; reported speech
without quotation marks; statements posted on X, on Facebook and on Instagram, sent by email, read
out (a governor's statement at a press briefing, a Custos's appeal at churches, a chief's speech at
a village meeting), signed by an office (a ministry's public relations officer, a city clerk),
issued late at night and given in a written reply; unnamed officials and spokespeople; a short Q&A
block on the Missouri page; officials' statements of record (figures, dates, votes, decisions)
beside their opinions, hopes, plans, estimates and forecasts; figures beside feelings in quotes.
The pages hold 519 sentences: 197 "B", 186 "W" and 136 ""; 284 sentences carry a speaker. `STYLES`
describes each page, its speakers and its furniture in order.

Written from scratch for issue 13 in round thirty-seven, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py`, nothing under
`docs/` or `tests/benchmarks/`, and no README of the project was read; `claimreview` was never
imported, and no test, scorer, engine or `pytest` was run. The brief's folder was listed (it held
only the brief) and the brief was read; /tmp/sets was listed twice (it held other sets, seen as
names only and never opened). The search and fetch tools were not used, and nothing was copied from
anywhere. What was read for the format: the module docstrings of `labelled_new.py` and
`labelled_new2.py` (printed whole with `ast.get_docstring`); the module docstrings of
`labelled_new81.py` and `labelled_new82.py` (printed with `ast.get_docstring` in one listing whose
middle the tool cut; both were then saved whole to files in /tmp, and the end of the first, from
its live-blog convention, and the first forty lines of the second were printed with `sed`, so a
stretch of the second's docstring, in its account of how it was written, was seen only in part);
the import line, `STYLES`, the first two pages and the first eight `CASES` of `labelled_new82.py`,
written by a script of my own that uses `ast` to a file in /tmp and printed from it with `sed`
(from the middle of the second page on, with lines cut to 400 characters); `build` in
`labelled_articles.py` (a `grep -n "def build" -A15` listing); and the `[tool.ruff]` tables of
`pyproject.toml` (a `sed` listing). The same script saved the same parts of `labelled_new81.py` to
a file in /tmp, which was counted (`wc -l`) but never printed. No other page, case or docstring of
any file under `tests/` was read. What was run: `du -sh tests` and a count of the `.py` files under
`tests/` and /tmp/sets; a `grep -n` of the top-level names and `noqa` lines of `labelled_new81.py`
and `labelled_new82.py` (line numbers and the first docstring line); a Python one-liner printing
the calendar of July to September 2026 to check weekdays; a test of `ruff check` on a scratch file
in /tmp (to see that long lines are flagged outside `tests/`, which is why the long strings below
are split into implicitly joined parts); scripts of my own in /tmp that turn a small line format
into the literals below, rename coined names, cut the split cases out of the pages and count
sentences, flags and speakers; an import of this file with `build` on every page; a checking script
of my own (four string fields, flags, a cue for every speaker and a speaker for every cue, no
speaker on furniture, spans, sentence counts, 30 distinct case ids, every split case occurring
verbatim in a built page and equal to its sentences joined by single spaces) and a second one
checking that every speaker and cue occurs as written in its page; whole-word case-insensitive
counts over `tests/` and /tmp/sets of every capitalised word of these pages, styles, speakers and
cues (each part of a hyphenated name on its own) and of candidate replacements, printing file
counts only (`grep -rilw ... | wc -l`, and for batches of candidates a `grep -roiw -F -f` pass
whose matches were reduced to the words found, printing only the candidates with no hit); phrase
counts of the twelve outlet names (`grep -rilF ... | wc -l`, all 0); and `ruff format` / `ruff
check` on this file. Two slips: the first batch count ran with a misplaced `--include` option and
printed only grep errors (it was run again correctly), and once, for three surnames of the first
draft, a `grep -rilw` printed the names of the three files holding them (never opened); those
surnames were dropped. The first draft hit about a hundred and forty coined surnames, given names,
places, streets and firms of other files; each was renamed, and only replacements with no hit were
kept (a later pass found four coined given names of this set newly used elsewhere, apparently in
files being written at the same time, and they were renamed to words with no hit; the last full
pass, over every capitalised word of this file, found none of this set's coined names elsewhere).
What still hits is real places, bodies, languages and scripts, common words, outlet words (Courant,
Bulletin, Gazette, Sentry, Tide, Herald, Ledger, Times, Courier, Daily, Wire), titles and name
particles kept on purpose (Mrs, Ms, Mr, Dr, ASP, Hon, Cllr, Rep, Sen, Gov, Custos, Ratu, Adi, Tui,
Pak, Bu, Bibi, Muhammad, Ap, Nic as part of NicDhòmhnaill), and words of Jamaican Creole (Mi) and
Welsh (Cwm).

Every person, village, neighbourhood, estate, street, market, depot, reservoir gauge, stream,
bridge, school district, company, coach and bus firm, association, alliance, union's people,
outlet, reporter, photographer, commenter, bill number and figure is invented. Real countries,
provinces, regions, cities, towns, rivers and public bodies appear only as settings, with invented
figures and invented people in their offices: Zambia, Lusaka, Chingola, Kitwe, the Copperbelt,
Cairo Road, Chingola Municipal Council, the Ministry of Local Government and Rural Development, the
Constituency Development Fund and the Public Order Act; Pakistan, Islamabad, Rawalpindi, Lahore,
Karachi, Nullah Leh, Kattarian, Pirwadhai, Ratta Amral, Shamsabad, Satellite Town, Murree Road, the
Water and Sanitation Agency (WASA), Rescue 1122, the District Headquarters Hospital, the chief
minister's office, the Provincial Disaster Management Authority and the Pakistan Meteorological
Department; Sri Lanka, Ratnapura, Kegalle, Kiriella, Elapatha, Pelmadulla, Embilipitiya,
Sabaragamuwa, the National Building Research Organisation (NBRO), the Disaster Management Centre
(DMC), the Ratnapura Teaching Hospital, the Department of Meteorology, the President's Media
Division (PMD), the Treasury, the police and the CPC (in a related headline); Scotland, Lochaber,
Inverlochy, the Ben (in a headline), Highland Council, the Scottish Government and IPSO; Jamaica,
Kingston, St Catherine, Portmore, Hellshire Heights, Bridgeport, Greater Portmore, Passage Fort,
Old Harbour Road, Tawes Pen, Clarendon (in a related headline), the National Water Commission
(NWC), the Meteorological Service and the police; the United States, Missouri, Jefferson City, St.
Joseph, Kansas City, the Missouri House and Senate, the governor's office, the state education
department and the Public School Retirement System of Missouri; Kenya, Nairobi, Nakuru, the Nakuru
Level Five Hospital, the Employment and Labour Relations Court and Kericho (in a related headline);
Indonesia, Jakarta, Yogyakarta, Bantul, Sleman, Umbulharjo, Tegalrejo and Wirobrajan and the city
environment agency (DLH); Wales, Gwynedd and Gwynedd Council, Caernarfon, Porthmadog, the Llŷn (in
a headline), the Senedd, the Welsh Government and Transport for Wales; Fiji, Suva, Vanua Levu,
Cakaudrove, Nadi (in a related headline), the Tui Cakau (a chiefly title), the Ministry of Rural
and Maritime Development, the Ministry of Waterways and the Fiji Meteorological Service; Uganda,
Jinja and Jinja City Council, Busoga, Kiira, Iganga (in a related headline), Mpumudde, the High
Court and Parliament; Hong Kong, Kowloon, Tsuen Wan, the New Territories, Sheung Shui (in a
headline), the Transport Department and the Secretary for Transport and Logistics. Facebook, X,
WhatsApp, Instagram, LinkedIn and Creative Commons appear only as channels and a licence.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings), built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags "W",
"B" or "". The points the recent sets state, as far as their docstrings were read, hold too:
furniture "B" line by line, whatever it says; a caption by its content and its credit "B";
headlines and standfirsts never split; a dateline belongs to its lead sentence; a pronoun, a later
surname, a given name with an honorific or a role resolved to the full name as first given, without
titles; an organisation's later generic noun kept as written ("The commission", "The ministry",
"the ministry", "the agency", "The report", "The statement") and "It" resolved to the name as first
given; an abbreviation after the full name ("WASA said") labelled with the name as first given,
parenthesis and article as written; a channel after the verb kept in the cue ("said in an
interview", "said in a post on X", "said in an emailed statement", "said in a written reply to the
Tide", "said in a notice posted in the lobbies of its six blocks"), and a channel before the
subject left out of it ("In an email to Cambria Now, Transport for Wales said", "In a statement
posted on its Instagram account ..., the city administration said": cue "said"); a quote over
several sentences or paragraphs carrying its speaker and cue; "declined to say" labelled like
speech with flags ""; a named person acting without a verb of saying (the governor who signed and
struck, the NBRO that issued alerts) carrying no speaker; decisions, votes, dates fixed, figures of
record, an institution's expected date and an official's account of fact or causal claim "W";
hedges, estimates, hopes, intentions, forecasts, advice, opinions, feelings and questions ""; a
private person's own circumstances "" and what an institution did to that person "W"; headlines
whose subject is a kind carry what the body names ("Town clerk says", "MP says", "permanent
secretary says", "district councillor says" the person; "Council says" Gwynedd Council;
"environment agency says" the agency as first named; "Union says" the branch secretary, the union
never being named), while "Residents of low-lying localities say" and "Vendors say" are kept as
written.

Conventions this set had to settle, in the same spirit:

* Names. Titles and roles before a name go (town clerk, Mrs, Ms, Mr, Mr., Mrs., Dr, Dr. (Ms.), ASP,
  Police Media Spokesman, Permanent Secretary, Deputy Commissioner, Cllr, Councillor, Portmore
  Mayor, Hon., Rep., Sen., Gov., County Executive Committee Member for Health, Governor, Justice,
  Ratu, Adi, Pak, Bu, Lawmaker); name parts stay: Sinhala strings of initials ("W.M.K. Harshana
  Walpolage", "R.M. Thisuri Ilangasinghe", "K.G. Anoma Ranathunga", and "Mr. Walpolage" resolves to
  the full form), a Tamil initial ("M. Vijayaletchumi"), "Bibi" ("Naziran Bibi"), "Muhammad", the
  Gaelic "Nic" ("Peigi NicDhòmhnaill-Kennoway"), the Welsh "ap" lower case as first given even
  where "Ap Cynddylan said" opens a sentence, and Chinese names in the order first given ("Rexon
  Tse Kwun-pan" for "Tse said", "Terrance Kwong Tsun-hei" for "Kwong said", "Winnie Cheung Oi-yan"
  for "Dr Cheung", "Chiu Sau-fong"). Indonesian names of one word ("Sumarsih") and of several
  ("Haryo Wicaksono" for "Haryo said" and "Pak Haryo said"; "Bambang Setyo Nugroho" for "Bambang
  said") resolve to the name as first given; a Fijian given name after a title ("Ratu Saimoni
  said", "Adi Salaseini said") resolves to the full name.
* Statements signed, read out and written. "In a statement signed by its public relations officer,
  Mrs ..., the Ministry ... said" carries the ministry, and a permanent secretary named inside that
  statement becomes a speaker only where he speaks himself ("Mr Siachitema told journalists"); "In
  a statement signed by the city clerk, Mr ..., the Jinja City Council said" carries the council
  and "The statement said" the statement, while "Contacted on Sunday, Mr Kirunda-Wambuzi said"
  carries the clerk. A statement read out by someone else: the reading ("..., the county's director
  of communications, ..., read out a statement from Governor ..."; "a speech by the Tui Cakau's
  representative was read out by a church elder") carries no speaker; "In the statement, the
  governor said" carries the governor and "The speech said" the speech; "The governor later posted
  the statement on his X account." names an act, no speaker. "In an appeal read out at churches
  ..., the Custos ..., asked residents to ..." carries the Custos with the cue "asked" (advice,
  ""). "Police said through the Kiira regional police spokesperson, Mr ..., that ..." carries
  "Police". "wrote on Facebook", "wrote in a post on Facebook", "described ... as", "told the
  meeting", "told the Times", "told The Courant" and "told reporters" are cues as written; an
  unnamed "A city official who asked not to be named" keeps that description, also for "The
  official later said in a WhatsApp message".
* Sources as written. "according to the council's 2026 budget", "according to a report to the
  cabinet", "according to the bill's fiscal note", "according to state education department data",
  "according to data from the city environment agency (DLH)", "according to the agency's data",
  "according to court documents", "according to a petition filed by the union's lawyers",
  "according to a copy of the order seen by the Sentry", "according to a letter dated August 1 seen
  by the Sentry", "according to the operator's application to the department", "according to
  Transport Department figures", "according to a 2024 government assessment" and "according to the
  statement" keep X as written. A person's or an organisation's sentence that ends "according to
  returns they submitted in January" or "according to its accounts" carries the main speaker with
  the cue "said". The vote ("The decision was carried by seven votes to one"), a mention date ("The
  case is set for mention on July 28."), a petition's count and "It is asking the court ...,
  according to a petition ..." are labelled by their own attribution or none.
* Q&A. The two-sentence note before it ("Missouri Capitol Wire spoke with ... on Tuesday
  afternoon." / "The conversation has been edited for length.") is "B"; the questions ("Q: ...")
  carry no speaker and are "", except "Q: Sen. Obuyah-Lindemuth says it’s a bandage.", which cites
  the senator (cue "says"); every sentence of an answer carries the sponsor with the cue "A:", its
  second sentence too, and an answer's count of district vacancies is "W".
* Check-worthiness beside feelings. An official's account of fact inside a quote ("They have been
  paying K3 every day while selling in the rain.", "The nullah was clean before the monsoon", "The
  school bus now goes round by the north shore, which is 19 miles longer", "Some of my constituents
  on the hill have not seen water in their pipes for six days.", "The road has no pavement for 400
  metres.") and a causal claim ("What blocks the bridges is what people throw in during the rain",
  "Even a moderate shower of 75 mm on top of this can move a slope.") are "W"; the feeling or
  opinion next to it is "". "We expect a few hundred to take it up", "he expected the number ... to
  rise", "she hoped", "the villagers hoped", "would table a motion", "would raise the matter",
  "estimated that goods worth Shs600m were lost" and the forecasts of three weather services are
  ""; "was expected to raise K2.1 million", "was expected to add two million gallons a day ... when
  it is commissioned in December", "was expected to take two years" (an institution's expectation
  of record), "would publish guidance ... by Aug. 1" and "would remain in force at least until 6.00
  a.m. on Monday" are "W". A city's instruction to keep organic waste at home is advice (""). A
  private person's own losses, days and feelings are "" ("I lost the fridge, the beds and Rs15,000
  of flour and rice."), what an institution did to that person is "W" ("the truck had come to her
  street once since Saturday, at 11 p.m. on Tuesday", "the council had held no public meeting about
  the cut in her village", "the depot had not been emptied since Wednesday"), and a
  superintendent's, a waste-bank coordinator's or a bus-firm owner's account of their own
  institution's record is "W".
* Furniture. Weather and rainstorm strips in the masthead, an e-paper strip, "Our Staff Reporter",
  "Published in The Margalla Courant, July 17th, 2026", "Comments (4)", "Comments are closed on
  this story.", "Contributed" as a photo credit, a comment block (name and time, the comment in two
  sentences, "Reply"), "Republish this story for free under our Creative Commons license.", a
  donation ask in two sentences and its button, an about line, "Unlock this story and more with
  Courier Premium.", a sign-up consent note, an IPSO line, "Have your say in the comments below."
  and "We welcome comments that are respectful and on topic." are "B".

Splits. "Ltd." before "All rights reserved." (on six pages), "15:00 hours.", "RAWALPINDI:",
"142mm", "6pm", "168mm", "1:15pm", "Rs. 1 million", "Rs. 25 million", "Rs15,000", "Rs. 5,000", "Rs.
75 million", "200 mm", "75 mm", "6.00 p.m. yesterday.", "2.30 a.m. on Friday.", "6.00 a.m. on
Monday.", "4.00 p.m. on Friday", "4.00 a.m. today", "W.M.K.", "R.M.", "K.G.", "M. Vijayaletchumi",
"Dr. (Ms.)", "Dr. Ilangasinghe", "Mrs. Ranathunga", "Mr. Walpolage", "(Pvt) Ltd.", "5:48 pm BST",
"7.5 tonnes", "£2.3 million", "2027–28", "No. SC418805.", "5:00 a.m. and 5:00 p.m.", "11 p.m. on
Tuesday,", "Eulalee R.", "H.B. 1207", "R-St. Joseph,", "6:10 a.m. CT | Updated 9:42 a.m. CT",
"141-12", "29-4", "Aug. 28,", "Aug. 1.", "R-IV", "Sh412m", "Sh38.6 million", "Sh5.2bn", "7:55 am
EAT", "Jl. Sawo Kidul", "Aug. 1", "Rp 38 billion (US$2.3 million)", "Rp 500,000,", "10:14 am
GMT+7", "£11.40", "7.55am", "16:20,", "$4.8m", "$1.6m", "1.2-kilometre", "Shs150m", "Shs600m",
"Shs4.2b", "2am", "10am", "HK$9.80", "HK$8.20", "11.10pm and 12.40am", "HK$1.5 million" and
"6:00am," never split a sentence wrongly; "“They have been paying K3 every day while selling in the
rain." before "It is only fair", "“Then they told us to wait for the next one." at a paragraph's
end inside an open quotation, "“The children are picked up at ten past seven instead of eight." at
a paragraph's end, "“The nullah was clean before the monsoon,” Mr Sahi said." before "“What
blocks", "“The ground is already full of water,” Dr. Ilangasinghe said." before "“Even a moderate
shower", "“By the time we reached the market, everything was down." at a paragraph's end and "Same
thing in Greater Portmore." before "Three days now" each end one; a quote split around its
attribution ("“We are not refusing to pay,” Ms Mulubwa-Kachesa said, “but nobody should pay for a
roof they cannot see.”", "“We have put our offer in writing,” the CEC said, “and ...”", "“After
October I will be asking my neighbours for a lift,” she said, speaking in Welsh, “and they have
their own lives.”") and a quoted question followed by its attribution ("“They told us to go to a
private hospital, but where will I get Sh8,000 for a scan?” said Cherop Jebitok, ...") are one
sentence each, while "“Who will pay me back?”" stands alone.

`CASES` holds 30 sentence-split cases (id, text, expected sentences), each taken word for word from
one paragraph of these pages (consecutive sentences joined by single spaces): what a reviewer
wants, not what the engine does.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    (
        "Zambian national daily's provincial page, a Copperbelt council suspends "
        "its K3 daily market levy after a traders' sit-in, with the town clerk "
        "named after her role in the lead (town clerk Nchimunya "
        "Hakalobe-Lwiindamo has said) and then Mrs Hakalobe-Lwiindamo, She and "
        "the town clerk, the traders' chairperson named before her name with Ms "
        "(later Ms Mulubwa-Kachesa and She), two women alternating, a quote split "
        "around said and a quote running over two paragraphs with no closing "
        "mark, a district police commander named once and then He and The "
        "district police commander, a ministry statement signed by its public "
        "relations officer with a permanent secretary named inside it who later "
        "speaks himself (Mr Siachitema told journalists), two men alternating, "
        "The ministry said with a nested according to, according to the council's "
        "budget, a trader with Mr named after his quote, an official's hope, K "
        "figures and 24-hour time (masthead in capitals, date, weather and "
        "e-paper strip with pipes, menu, section label in capitals, headline with "
        "a figure, standfirst carrying the town clerk through says, byline in "
        "capitals with a town, published line, share line with a colon and pipes, "
        "caption and Picture: credit, ADVERTISEMENT, WhatsApp prompt, tags with "
        "pipes, related stories, copyright with Ltd. in two sentences, address "
        "and contact line with pipes)"
    ),
    (
        "Pakistani English daily's Islamabad and Rawalpindi page, a city drain "
        "overflows after 142mm of rain in nine hours, with the Water and "
        "Sanitation Agency (WASA) through according to in the lead and then WASA "
        "said and the agency said after the claim, its managing director named "
        "after his role (Muhammad Mubashir Sahi) and then He, Mr Sahi and The "
        "WASA chief, a Rescue 1122 spokesman named after his role and then He, "
        "surname and The Rescue 1122 spokesman, two men alternating, quotes of "
        "two sentences inside the marks with an official's causal claim, the "
        "standfirst carrying residents through say, a deputy commissioner's "
        "statement issued late at night and then She, a chief minister's office "
        "posting on X, a forecast through according to, a resident with Bibi "
        "named after her quote and then She, a RAWALPINDI: dateline, Rs. and Rs "
        "figures, mm and pm (masthead in capitals, city and date strip with "
        "pipes, menu, section label with a slash, headline with figures, "
        "standfirst, Our Staff Reporter, date line, share line, caption and "
        "Photo: credit, Advertisement, published-in line with an ordinal date, "
        "comments count and closed-comments note, read-more list, copyright)"
    ),
    (
        "Sri Lankan English daily's news page, landslide red alerts for 14 "
        "divisions and 2,317 families moved to safety centres, with Sinhala names "
        "given with strings of initials (W.M.K. Harshana Walpolage, R.M. Thisuri "
        "Ilangasinghe, K.G. Anoma Ranathunga) and later by surname with Mr., Dr. "
        "and Mrs., Dr. (Ms.) and ASP before names, a Tamil tea plucker with an "
        "initial named after her quote, two women (the NBRO scientist and the "
        "divisional secretary) alternating by She and surname, two men (the DMC "
        "spokesman and the police media spokesman) alternating by He and role, an "
        "organisation acting without a verb of saying (NBRO issues), the DMC "
        "said, the Department of Meteorology said in a bulletin (a forecast), the "
        "President's Media Division said in a statement, a quote of two sentences "
        "inside the marks, times with p.m. and a.m. mid-sentence, Rs. figures "
        "(masthead, date and language strip with pipes and Sinhala and Tamil "
        "script, menu, section label, headline with a figure, standfirst with a "
        "semicolon, byline, updated line with read time, caption and (Pic by) "
        "credit, Advertisement, Latest News list, a related headline through "
        "says, readers' comments note, copyright with (Pvt) Ltd. in two "
        "sentences)"
    ),
    (
        "Scottish Highland weekly's website, the council closes a corroded "
        "single-track bridge to vehicles over 7.5 tonnes and the school bus goes "
        "19 miles round, with Highland Council said in a statement in the lead, "
        "according to an inspection report and The report said, the council's "
        "roads manager named after her role (Morvern Craignish, later Ms "
        "Craignish and The roads manager) and a community council convener with a "
        "Gaelic name (Peigi NicDhòmhnaill-Kennoway) as two women alternating by "
        "She and surname, a quote over two paragraphs with no closing mark, a "
        "ward councillor (later Cllr Strathloyne) and the MSP who wrote in a post "
        "on Facebook as two men alternating by He and surname, a council "
        "spokesperson who said in an email and then declined to say, a coach "
        "firm's director, a crofter named after his quote with his role before "
        "the name, the standfirst carrying the convener through says, £ figures "
        "and miles (masthead, subscribe and sign-in strip with pipes, menu, "
        "section label with ›, headline with a figure, standfirst, byline with "
        "Reporter, date line with pm and BST, share line, caption and Image: "
        "credit, Advertisement, newsletter prompt with email box and button, "
        "most-read list, IPSO line, copyright with Ltd and No. before a company "
        "number)"
    ),
    (
        "Jamaican daily's news page, the water commission cuts supply to parts of "
        "Portmore to 12 hours a day as a reservoir falls to 31 per cent, with the "
        "National Water Commission (NWC) said in a release and then The "
        "commission, its corporate communications manager (Shavonne "
        "Pusar-Blagden, later Pusar-Blagden) and the area's MP (Dr Sashalee "
        "Thelwood-Rickettson, later Dr Thelwood-Rickettson) as two women "
        "alternating by She and surname, a quote split around said, a quote over "
        "two paragraphs with no closing mark, a regional manager speaking on a "
        "radio programme and a mayor with Councillor as two men alternating by He "
        "and role, according to the Meteorological Service, an appeal read out at "
        "churches by a Custos with Hon., Police said, a resident speaking "
        "Jamaican Creole named after her quote and then She, a.m. and p.m. times "
        "and $ figures (masthead in capitals, city and date strip with pipes, "
        "menu, section label, headline with a figure, standfirst carrying the MP "
        "through says, byline with a slash and an email, date line, share line "
        "with a count, caption and Contributed credit, Advertisement twice, "
        "Related: link, newsletter prompt, comments heading with a reader's name "
        "and time, comment in two sentences and Reply, copyright with Ltd. in two "
        "sentences)"
    ),
    (
        "US statehouse news site in Jefferson City, Missouri, the governor signs "
        "a bill letting retired teachers return to rural classrooms without "
        "losing pension pay and strikes one line of it, with the governor acting "
        "without a verb of saying and her spokeswoman who said in an emailed "
        "statement, the sponsor (Rep. Delphina Whetstine-Farlowe, R-St. Joseph) "
        "and a senator who voted against it (Sen. Jessamyn Obuyah-Lindemuth, "
        "D-Kansas City) as two women alternating by She and surname, a short Q&A "
        "block with the sponsor after a two-sentence edited-for-length note, "
        "answers with A: and a question citing the senator through says, "
        "according to the bill's fiscal note and according to state education "
        "department data, a pension system's executive director with a quote over "
        "two paragraphs and The executive director, a superintendent named after "
        "his quote, two men alternating by He and role, an advocacy group's "
        "statement, the dek with H.B. 1207, a JEFFERSON CITY — dateline, Aug. 28 "
        "and Aug. 1 mid-sentence and a.m. with CT (site name, city and date "
        "strip, menu, section label in capitals, headline with a figure, dek, "
        "byline with a title and an email, date line with a.m. CT and update "
        "time, share strip, caption and pool photo credit with a slash, republish "
        "note, donation ask in two sentences and a button, related stories, about "
        "line, copyright with legal links and pipes)"
    ),
    (
        "Kenyan national daily's counties page, a nurses' strike in Nakuru County "
        "enters its ninth day, with the union's branch secretary (Jemutai "
        "Sawe-Kurgat, later Ms Sawe-Kurgat) and the county health executive with "
        "Dr (Dr Waceke Ngetich-Ruttoh, later the CEC and Dr Ngetich-Ruttoh) as "
        "two women alternating by She and role, the standfirst carrying the "
        "branch secretary through Union says, a quote split around said, "
        "according to court documents and according to a petition, a mention date "
        "in the writer's voice, a governor's statement read out at a press "
        "briefing by the county's director of communications (the reading without "
        "a speaker, In the statement, the governor said) and later posted on X, "
        "the director who told reporters and a medical superintendent with Dr as "
        "two men alternating by He and role, a patient's daughter named after her "
        "quoted question and then She, Sh figures with m and bn (masthead in "
        "capitals, date strip with pipes, menu, section label with a pipe, "
        "headline, standfirst, byline with a county, date and time line with EAT "
        "and reading time, share strip, caption and Photo credit with a pipe, "
        "Advertisement, RELATED CONTENT list with a headline through says, "
        "newsletter prompt, copyright with Ltd. in two sentences)"
    ),
    (
        "Indonesian English-language daily's archipelago page, Yogyakarta's main "
        "landfill stops taking city rubbish for 45 days and depots overflow, with "
        "Indonesian names of one to three words (Haryo Wicaksono later Haryo and "
        "Pak Haryo, Bambang Setyo Nugroho later Bambang, Sumarsih, Winarti "
        "Handayani later Bu Winarti) and honorifics (Pak, Bu) inside a quote and "
        "before names, the environment agency head and the provincial secretary "
        "as two men alternating by He, given name and role, a waste-bank "
        "coordinator and a food-stall owner as two women alternating by She and "
        "Bu, the provincial administration said after the claim, according to "
        "data from the agency, according to the statement, the city "
        "administration said in a statement posted on its Instagram account "
        "(advice), a quote over two paragraphs with no closing mark, the "
        "standfirst carrying the agency through says, Jl. and Aug. mid-sentence, "
        "Rp figures with billion and a dollar conversion in brackets (masthead, "
        "edition and date strip with pipes, menu, section label, headline with a "
        "figure, standfirst, byline with the paper in brackets, place, date and "
        "time line with bullets and GMT+7, share line, caption and credit in "
        "brackets with a slash, Advertisement, Read also: link, premium prompt, "
        "topics, copyright with PT in two sentences)"
    ),
    (
        "Welsh regional news website, a county council's cabinet votes to "
        "withdraw its £186,000 subsidy for a rural bus route from October, with "
        "the vote in the writer's voice, according to a report to the cabinet and "
        "The report said, a cabinet member with the Welsh particle ap (Cllr Elfed "
        "ap Cynddylan, later Ap Cynddylan at the head of a sentence) who told the "
        "meeting and the area's Member of the Senedd (Llŷr Garnons, later the MS) "
        "as two men alternating by He, surname and role, Transport for Wales said "
        "in an email and It said, a petition without a speaker, a bus firm owner "
        "and a pensioner speaking Welsh (a quote split around she said, speaking "
        "in Welsh) as two women alternating by She and surname, a quote running "
        "over two paragraphs with no closing mark, a council spokesperson's date "
        "of record, the standfirst carrying the council through says, £ figures "
        "and times with am (site name, sign-in strip with pipes and Cymraeg, "
        "menu, section label with a slash, headline with a figure, standfirst, "
        "byline with a role and an X handle, date line with 24-hour time and BST "
        "and read time, share line, caption and Picture: credit, Advertisement "
        "twice, Read more: link, newsletter block in three lines, more-from list, "
        "copyright with Ltd. in two sentences and a company number line)"
    ),
    (
        "Fijian daily's news page, a coastal village on Vanua Levu will move 42 "
        "houses to higher ground after its sea wall fails, with Fijian chiefly "
        "titles (Ratu, Adi) and the iTaukei role turaga ni koro before names, the "
        "village headman (Ratu Saimoni Vatuvei-Nabou, later Ratu Saimoni and The "
        "turaga ni koro) and the permanent secretary (later the permanent "
        "secretary) as two men alternating by He and role, the ministry said "
        "after the claim in the lead, In a statement, the ministry said and It "
        "said, according to a 2024 government assessment, a quote over two "
        "paragraphs with no closing mark, a quote split around said, a women's "
        "group leader with Adi and a ministry engineer with an Indo-Fijian name "
        "(later Ms Kavindra) as two women alternating by She and name, a chief's "
        "speech read out by a church elder (the reading without a speaker, The "
        "speech said), a forecast through according to, a fisherman named after "
        "his quote, the standfirst carrying the permanent secretary through says, "
        "$ figures with m (masthead in capitals, city and date strip with pipes, "
        "menu, section label, headline with a figure, standfirst, byline, date "
        "line, share line, caption and Picture: credit, ADVERTISEMENT, Also read: "
        "link, tags with pipes, comment prompt, copyright with Limited in two "
        "sentences)"
    ),
    (
        "Ugandan daily's regions page, Jinja City pulls down 230 market stalls at "
        "night despite a court order, with according to court documents in the "
        "lead and according to a copy of the order seen by the paper, the city's "
        "statement signed by its clerk (the Jinja City Council said, The "
        "statement said) and the clerk speaking himself (Mr Kirunda-Wambuzi said, "
        "He and the city clerk), the Resident City Commissioner (Mr Nangoli "
        "Isabirye, later the RCC) as the second man alternating by He and role, a "
        "woman MP with Hon. who described and a vendors' leader with Ms as two "
        "women alternating by She and surname, an estimate of losses, a quote "
        "over two paragraphs with no closing mark, a quote split around said, "
        "Police said through a named regional spokesperson, an unnamed city "
        "official who later said in a WhatsApp message, a vendor named after her "
        "quote with a question, according to a letter seen by the paper, the "
        "standfirst carrying Vendors through say, Shs figures with m and b and "
        "2am and 10am (masthead in capitals, date and e-paper strip with pipes, "
        "menu, section label with a region, headline with a figure, standfirst, "
        "byline with a region, date and updated line with EAT, share strip, "
        "caption and PHOTO / credit in capitals, Advertisement, Also Read: link, "
        "tags with pipes, comment policy line, copyright with Ltd. in two "
        "sentences)"
    ),
    (
        "Hong Kong English daily's city page, a minibus operator will end "
        "late-night trips to a hillside estate and raise the fare to HK$9.80, "
        "with Chinese names given English name first and family name first (Rexon "
        "Tse Kwun-pan, later Tse; Terrance Kwong Tsun-hei, later Kwong and The "
        "district councillor) as two men alternating by He, surname and role, the "
        "Transport Department said in a written reply to the paper and then an "
        "unnamed department spokeswoman and She, according to the operator's "
        "application and according to Transport Department figures, a nested "
        "according to its accounts, a quote over two paragraphs with no closing "
        "mark, a lawmaker with Dr who wrote on Facebook and a resident named "
        "after her quote speaking in Cantonese as two women alternating by She "
        "and surname, an estate management office's notice, the standfirst "
        "carrying the councillor through says, HK$ figures and times with pm and "
        "am (masthead in capitals, edition, weather and rainstorm strip with "
        "pipes, menu, section label with a slash, headline with a figure, "
        "standfirst, byline, published and updated lines with am, share line with "
        "a colon, caption and Photo: credit, Advertisement, Read more: link, "
        "newsletter prompt in two sentences, most popular list, copyright with "
        "Limited in two sentences)"
    ),
]

ARTICLES = [
    [
        [
            (
                "ZAMBEZI LEDGER",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Thursday, 16 July 2026  |  Lusaka 26°C  |  E-Paper  |  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Home   National   Provincial   Business   Sport   Opinion   Letters   Features"),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "PROVINCIAL",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Chingola council suspends K3 daily levy at Kalilande Market after "
                    "traders’ sit-in"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Town clerk says collection will resume once 120 new stalls are handed over",
                "Nchimunya Hakalobe-Lwiindamo",
                "says",
                "W",
            ),
        ],
        [
            (
                "By MWIIMBU KAZUNGA-CHIBULU, Chingola",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published: 16 July 2026 at 05:30",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share: Facebook | WhatsApp | X | Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Traders sit outside the locked gate of the Chingola civic centre on "
                    "Tuesday afternoon."
                ),
                "",
                "",
                "",
            ),
            (
                "Picture: MWIIMBU KAZUNGA-CHIBULU",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "CHINGOLA Municipal Council has suspended its K3 daily levy at Kalilande "
                    "Market after about 400 traders staged a sit-in outside the civic centre "
                    "on Tuesday, town clerk Nchimunya Hakalobe-Lwiindamo has said."
                ),
                "Nchimunya Hakalobe-Lwiindamo",
                "has said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mrs Hakalobe-Lwiindamo said in an interview yesterday that the "
                    "suspension took effect on Wednesday morning and would remain in place "
                    "until the council hands over 120 new stalls in the market’s eastern "
                    "section."
                ),
                "Nchimunya Hakalobe-Lwiindamo",
                "said in an interview",
                "W",
            ),
            (
                (
                    "She said the stalls, which are being built at a cost of K1.8 million "
                    "from the Constituency Development Fund, were 90 per cent complete and "
                    "would be allocated by ballot."
                ),
                "Nchimunya Hakalobe-Lwiindamo",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We have listened to the traders,” the town clerk said.",
                "Nchimunya Hakalobe-Lwiindamo",
                "said",
                "",
            ),
            (
                "“They have been paying K3 every day while selling in the rain.",
                "Nchimunya Hakalobe-Lwiindamo",
                "said",
                "W",
            ),
            (
                "It is only fair that we stop until there is a roof over their heads.”",
                "Nchimunya Hakalobe-Lwiindamo",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The chairperson of the Kalilande Market Traders’ Association, Ms Mwaka "
                    "Mulubwa-Kachesa, said the market’s roof collapsed during the rains in "
                    "February 2025 and traders had paid the levy every day since then without "
                    "any repairs."
                ),
                "Mwaka Mulubwa-Kachesa",
                "said",
                "W",
            ),
            (
                (
                    "She said the association wrote to the council in March, April and June "
                    "and received one reply, which asked the traders to be patient."
                ),
                "Mwaka Mulubwa-Kachesa",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We are not refusing to pay,” Ms Mulubwa-Kachesa said, “but nobody "
                    "should pay for a roof they cannot see.”"
                ),
                "Mwaka Mulubwa-Kachesa",
                "said",
                "",
            ),
        ],
        [
            (
                "“When the roof fell, they told us to wait for the budget,” she said.",
                "Mwaka Mulubwa-Kachesa",
                "said",
                "",
            ),
            (
                "“Then they told us to wait for the next one.",
                "Mwaka Mulubwa-Kachesa",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Two budgets have passed and we are still selling under plastic sheets.”",
                "Mwaka Mulubwa-Kachesa",
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
                    "Chingola district police commander Lazarous Chipimo-Nthalika said no one "
                    "was arrested during the sit-in, which lasted about five hours and ended "
                    "at 15:00 hours."
                ),
                "Lazarous Chipimo-Nthalika",
                "said",
                "W",
            ),
            (
                (
                    "He said the association had notified the police of the gathering on "
                    "Monday, as the Public Order Act requires."
                ),
                "Lazarous Chipimo-Nthalika",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement signed by its public relations officer, Mrs Nandila "
                    "Mainza-Hachinda, the Ministry of Local Government and Rural Development "
                    "said Permanent Secretary Edgar Siachitema had directed all councils on "
                    "the Copperbelt to review their market levies by 30 September."
                ),
                "the Ministry of Local Government and Rural Development",
                "said",
                "W",
            ),
            (
                (
                    "The ministry said councils across the country collected K46 million in "
                    "market levies in 2025, according to returns they submitted in January."
                ),
                "The ministry",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mr Siachitema told journalists in Lusaka yesterday that he would visit "
                    "Kalilande Market next week."
                ),
                "Edgar Siachitema",
                "told journalists",
                "",
            ),
            (
                "“A levy is not a punishment,” he said.",
                "Edgar Siachitema",
                "said",
                "",
            ),
            (
                (
                    "“Where there are no toilets, no water and no roof, the council must be "
                    "able to explain what the money is doing.”"
                ),
                "Edgar Siachitema",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The district police commander said officers would remain at the civic "
                    "centre until Friday as a precaution."
                ),
                "Lazarous Chipimo-Nthalika",
                "said",
                "",
            ),
            (
                (
                    "He said two officers had been posted at the market gate since Wednesday "
                    "morning."
                ),
                "Lazarous Chipimo-Nthalika",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "According to the council’s 2026 budget, the levy was expected to raise "
                    "K2.1 million this year, about a fifth of the council’s own revenue."
                ),
                "the council’s 2026 budget",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "“On a good day I sell tomatoes worth K150, and K3 of that goes to the "
                    "council,” said Mr Mweshi Chamwesa-Hiyoba, who has traded at Kalilande "
                    "since 2009."
                ),
                "Mweshi Chamwesa-Hiyoba",
                "said",
                "",
            ),
            (
                "“This week, at least, I keep it.”",
                "Mweshi Chamwesa-Hiyoba",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Mrs Hakalobe-Lwiindamo said she hoped the stalls would be ready before "
                    "the rains start in November."
                ),
                "Nchimunya Hakalobe-Lwiindamo",
                "said",
                "",
            ),
        ],
        [
            (
                "Follow the Zambezi Ledger channel on WhatsApp for breaking news.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: Chingola | Markets | Local Government | Copperbelt",
                "",
                "",
                "B",
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
                "Kitwe traders move into new extension at Nsaluka market",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Council rates: what ratepayers need to know before 31 August",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Zambezi Ledger Ltd.",
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
                    "Plot 4471, Cairo Road, Lusaka  |  newsdesk@zambeziledger.co.zm  |  +260 "
                    "211 555 014"
                ),
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE MARGALLA COURANT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Islamabad  |  Friday, July 17, 2026  |  Today’s Paper  |  Archive",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   Pakistan   Islamabad   Rawalpindi   Lahore   Karachi   Business   "
                    "Sport   Opinion   Magazine"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Islamabad / Rawalpindi",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Nullah Leh crosses 19 feet at Kattarian as Rawalpindi gets 142mm of rain "
                    "in nine hours"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Residents of low-lying localities say the warning from mosque "
                    "loudspeakers came too late"
                ),
                "Residents of low-lying localities",
                "say",
                "",
            ),
        ],
        [
            (
                "Our Staff Reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "July 17, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Facebook   X   WhatsApp   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("Rescue workers guide residents through floodwater in Sikandripura on Thursday."),
                "",
                "",
                "",
            ),
            (
                "Photo: Waqas Mehtab Gakhar",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "RAWALPINDI: The water level in Nullah Leh rose to 19 feet at Kattarian "
                    "Bridge on Thursday afternoon after 142 millimetres of rain fell on the "
                    "city in nine hours, according to the Water and Sanitation Agency (WASA)."
                ),
                "the Water and Sanitation Agency (WASA)",
                "according to",
                "W",
            ),
            (
                "WASA said the level began to fall after 6pm and stood at 14 feet by midnight.",
                "the Water and Sanitation Agency (WASA)",
                "said",
                "W",
            ),
            (
                (
                    "The highest rainfall, 168mm, was recorded at its Shamsabad gauge, the "
                    "agency said."
                ),
                "the agency",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "WASA Managing Director Muhammad Mubashir Sahi told The Courant that "
                    "1,100 workers and 41 dewatering pumps had been deployed in Sikandripura, "
                    "Pirwadhai and the low-lying streets off Murree Road."
                ),
                "Muhammad Mubashir Sahi",
                "told The Courant",
                "W",
            ),
            (
                (
                    "He said the agency had cleaned 14 kilometres of the nullah in May and "
                    "June and removed about 9,000 tonnes of solid waste."
                ),
                "Muhammad Mubashir Sahi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The nullah was clean before the monsoon,” Mr Sahi said.",
                "Muhammad Mubashir Sahi",
                "said",
                "W",
            ),
            (
                (
                    "“What blocks the bridges is what people throw in during the rain, the "
                    "plastic, the mattresses, even furniture.”"
                ),
                "Muhammad Mubashir Sahi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A spokesman for Rescue 1122, Moazzam Ghufran Khattar, said rescuers "
                    "moved 312 people from flooded houses to relief camps set up at two "
                    "government schools."
                ),
                "Moazzam Ghufran Khattar",
                "said",
                "W",
            ),
            (
                (
                    "He said two men, aged 23 and 61, drowned in separate incidents in "
                    "Sikandripura and near the Ratta Amral bridge."
                ),
                "Moazzam Ghufran Khattar",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The WASA chief, however, said he did not expect the nullah to reach its "
                    "danger level of 20 feet again this week."
                ),
                "Muhammad Mubashir Sahi",
                "said",
                "",
            ),
            (
                (
                    "He said warnings were announced from mosques in 11 localities at 1:15pm, "
                    "about two hours before water entered the first houses."
                ),
                "Muhammad Mubashir Sahi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Khattar said most of the people rescued were women and children, and "
                    "that 19 people had been treated for minor injuries at the District "
                    "Headquarters Hospital."
                ),
                "Moazzam Ghufran Khattar",
                "said",
                "W",
            ),
            (
                "“Our boats were in the water within minutes,” he said.",
                "Moazzam Ghufran Khattar",
                "said",
                "",
            ),
            (
                (
                    "“But in these lanes a boat cannot turn, so our men carried the old "
                    "people out on their backs.”"
                ),
                "Moazzam Ghufran Khattar",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The Rescue 1122 spokesman said the service received 486 emergency calls "
                    "between noon and midnight, more than four times its daily average."
                ),
                "Moazzam Ghufran Khattar",
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
                    "In a statement issued late on Thursday night, Deputy Commissioner "
                    "Mahnoor Ishtiaq Khakwani said compensation of Rs. 1 million each would "
                    "be paid to the families of the two men."
                ),
                "Mahnoor Ishtiaq Khakwani",
                "said",
                "W",
            ),
            (
                (
                    "She said a survey of damaged houses would begin on Saturday and that 58 "
                    "houses had been reported damaged so far."
                ),
                "Mahnoor Ishtiaq Khakwani",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The chief minister’s office said in a post on X that the Provincial "
                    "Disaster Management Authority had released Rs. 25 million for relief "
                    "work in Rawalpindi."
                ),
                "The chief minister’s office",
                "said in a post on X",
                "W",
            ),
        ],
        [
            (
                (
                    "More rain is expected in the twin cities on Saturday and Sunday, "
                    "according to the Pakistan Meteorological Department."
                ),
                "the Pakistan Meteorological Department",
                "according to",
                "",
            ),
        ],
        [
            (
                (
                    "“They say the warning came at quarter past one, but by half past one the "
                    "water was at my knees,” said Naziran Bibi, 47, who lives with her four "
                    "children in a two-room house beside the nullah."
                ),
                "Naziran Bibi",
                "said",
                "",
            ),
            (
                "“I lost the fridge, the beds and Rs15,000 of flour and rice.”",
                "Naziran Bibi",
                "said",
                "",
            ),
            (
                "She said she had spent the night at her brother’s house in Satellite Town.",
                "Naziran Bibi",
                "said",
                "",
            ),
        ],
        [
            (
                "Published in The Margalla Courant, July 17th, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments (4)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are closed on this story.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Read more",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Islamabad traffic police close three roads for rain repairs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Twin cities record 31 dengue cases in a week",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026, The Margalla Courant",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "The Kelani Herald",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Saturday, 18 July 2026  |  ePaper  |  සිංහල  |  தமிழ்",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   News   Business   Features   Sports   Editorial   Opinion   World   "
                    "Video"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NBRO issues red alerts for 14 divisions in Ratnapura, Kegalle districts",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "2,317 families moved to safety centres; more rain forecast till Monday",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Dulanjali Wickremarachchi",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Updated: 18 Jul 2026 07:12 AM  |  3 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "A house in Kiriella that was partly buried by a mudslide early on Friday.",
                "",
                "",
                "",
            ),
            (
                "(Pic by Ranmal Hettiarawa)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The National Building Research Organisation (NBRO) yesterday issued "
                    "landslide red alerts for 14 Divisional Secretariat divisions in the "
                    "Ratnapura and Kegalle districts after more than 200 mm of rain fell in "
                    "parts of the two districts within 24 hours."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The Disaster Management Centre (DMC) said 2,317 families, or 8,904 "
                    "people, had been moved to 41 safety centres by 6.00 p.m. yesterday."
                ),
                "The Disaster Management Centre (DMC)",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "DMC spokesman W.M.K. Harshana Walpolage said two people, a 66-year-old "
                    "woman and her 39-year-old son, died when a mudslide buried part of their "
                    "house in Kiriella at about 2.30 a.m. on Friday."
                ),
                "W.M.K. Harshana Walpolage",
                "said",
                "W",
            ),
            (
                (
                    "He said a third member of the family, a 12-year-old girl, was rescued by "
                    "neighbours and admitted to the Ratnapura Teaching Hospital."
                ),
                "W.M.K. Harshana Walpolage",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "NBRO senior scientist Dr. (Ms.) R.M. Thisuri Ilangasinghe said the "
                    "organisation had recorded 37 new cracks in houses, retaining walls and "
                    "roads in the two districts since Tuesday."
                ),
                "R.M. Thisuri Ilangasinghe",
                "said",
                "W",
            ),
            (
                (
                    "She said the red alerts would remain in force at least until 6.00 a.m. "
                    "on Monday."
                ),
                "R.M. Thisuri Ilangasinghe",
                "said",
                "W",
            ),
            (
                "“The ground is already full of water,” Dr. Ilangasinghe said.",
                "R.M. Thisuri Ilangasinghe",
                "said",
                "",
            ),
            (
                "“Even a moderate shower of 75 mm on top of this can move a slope.”",
                "R.M. Thisuri Ilangasinghe",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Kiriella Divisional Secretary Mrs. K.G. Anoma Ranathunga said 640 "
                    "families in her division had been asked to leave their homes, but about "
                    "90 of them had refused."
                ),
                "K.G. Anoma Ranathunga",
                "said",
                "W",
            ),
            (
                "“Some of them ask who will look after the cattle,” she said.",
                "K.G. Anoma Ranathunga",
                "said",
                "",
            ),
            (
                "“We understand, but a cow can be replaced and a child cannot.”",
                "K.G. Anoma Ranathunga",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Dr. Ilangasinghe said families who refused to move were “taking a risk "
                    "with their lives”."
                ),
                "R.M. Thisuri Ilangasinghe",
                "said",
                "",
            ),
            (
                (
                    "She said NBRO teams had inspected 212 houses in Kiriella and Elapatha "
                    "since Thursday and marked 48 of them as unsafe."
                ),
                "R.M. Thisuri Ilangasinghe",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Mrs. Ranathunga said each family in a safety centre was receiving dry "
                    "rations worth Rs. 5,000 a week from the divisional secretariat."
                ),
                "K.G. Anoma Ranathunga",
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
                    "Police Media Spokesman ASP Suranjith Lokugamage said the "
                    "Ratnapura–Embilipitiya road was closed to traffic near Kiriella from "
                    "4.00 p.m. on Friday after a slope gave way above it."
                ),
                "Suranjith Lokugamage",
                "said",
                "W",
            ),
            (
                "He said vehicles were being diverted through Pelmadulla.",
                "Suranjith Lokugamage",
                "said",
                "W",
            ),
            (
                (
                    "The police spokesman said a 42-year-old man who went missing while "
                    "crossing a swollen stream in Elapatha on Thursday evening had not yet "
                    "been found."
                ),
                "Suranjith Lokugamage",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The DMC spokesman said tri-forces personnel had been deployed in "
                    "Kegalle, where a further 310 families were moved overnight."
                ),
                "W.M.K. Harshana Walpolage",
                "said",
                "W",
            ),
            (
                (
                    "Mr. Walpolage said he expected the number in safety centres to rise over "
                    "the weekend."
                ),
                "W.M.K. Harshana Walpolage",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The Department of Meteorology said in a bulletin issued at 4.00 a.m. "
                    "today that heavy showers above 150 mm were likely at some places in the "
                    "Sabaragamuwa Province."
                ),
                "The Department of Meteorology",
                "said in a bulletin",
                "",
            ),
        ],
        [
            (
                (
                    "The President’s Media Division (PMD) said in a statement that the "
                    "Treasury had been instructed to release Rs. 75 million to the two "
                    "District Secretaries for relief work."
                ),
                "The President’s Media Division (PMD)",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                (
                    "“At night we heard stones rolling behind the line rooms,” said M. "
                    "Vijayaletchumi, a tea plucker at the Halwinna Estate, who is staying "
                    "with her three children at a school in Kiriella."
                ),
                "M. Vijayaletchumi",
                "said",
                "",
            ),
            (
                "“We came with only our clothes.”",
                "M. Vijayaletchumi",
                "said",
                "",
            ),
        ],
        [
            (
                "Latest News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Fuel prices unchanged for August, says CPC",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Cabinet nod for 1,500 new teachers in estate schools",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Comments are the views of our readers and not those of The Kelani Herald.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 Kelani Herald Newspapers (Pvt) Ltd.",
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
    ],
    [
        [
            (
                "The Lochaber Bulletin",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Subscribe  |  Sign in  |  Notices  |  Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Sport   Community   Crofting   Outdoors   Letters   What’s On   "
                    "Obituaries"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News › Lochaber",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Bridge closure adds 19-mile detour for Inverlochy Glen school bus",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                ("Community council convener says glen “cannot wait two years” for a new crossing"),
                "Peigi NicDhòmhnaill-Kennoway",
                "says",
                "",
            ),
        ],
        [
            (
                "By Dughall Brodrickan-Aitchison, Reporter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Wednesday 22 July 2026, 5:48 pm BST",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   Email   Copy link",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The weight restriction signs at the Allt Craobhach bridge on Monday.",
                "",
                "",
                "",
            ),
            (
                "Image: Lochaber Bulletin",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The single-track bridge over the Allt Craobhach at the foot of "
                    "Inverlochy Glen has been closed to vehicles over 7.5 tonnes with "
                    "immediate effect, Highland Council said in a statement on Monday."
                ),
                "Highland Council",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                (
                    "The restriction follows a routine inspection in June which found that "
                    "two of the bridge’s four steel beams had lost more than a third of their "
                    "thickness to corrosion, according to an inspection report commissioned "
                    "by the council."
                ),
                "an inspection report commissioned by the council",
                "according to",
                "W",
            ),
            (
                "The report said the 1964 bridge should be replaced “within 24 months”.",
                "The report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The council’s roads manager for Lochaber, Morvern Craignish, said a "
                    "replacement had been costed at £2.3 million and would be put forward for "
                    "the 2027–28 capital programme."
                ),
                "Morvern Craignish",
                "said",
                "W",
            ),
            (
                (
                    "She said cars, vans and emergency ambulances could still use the bridge, "
                    "but the 33-seat school bus, bin lorries, oil tankers and timber lorries "
                    "could not."
                ),
                "Morvern Craignish",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Peigi NicDhòmhnaill-Kennoway, convener of Inverlochy Glen Community "
                    "Council, said the glen’s 140 residents had been “left on the wrong side "
                    "of a bridge nobody looked after”."
                ),
                "Peigi NicDhòmhnaill-Kennoway",
                "said",
                "",
            ),
            (
                (
                    "She said the community council had first raised rust on the bridge’s "
                    "underside with the council in 2021 and had photographs to prove it."
                ),
                "Peigi NicDhòmhnaill-Kennoway",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“The school bus now goes round by the north shore, which is 19 miles "
                    "longer,” Ms NicDhòmhnaill-Kennoway said."
                ),
                "Peigi NicDhòmhnaill-Kennoway",
                "said",
                "W",
            ),
            (
                "“The children are picked up at ten past seven instead of eight.",
                "Peigi NicDhòmhnaill-Kennoway",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“They are eight and nine years old, and two years of that is not a "
                    "detour, it’s a way of life.”"
                ),
                "Peigi NicDhòmhnaill-Kennoway",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The roads manager said the council had inspected the bridge every two "
                    "years since 2014 and that the corrosion found in June was “significantly "
                    "worse” than in 2024."
                ),
                "Morvern Craignish",
                "said",
                "W",
            ),
            (
                "Ms Craignish said she understood the frustration in the glen.",
                "Morvern Craignish",
                "said",
                "",
            ),
            (
                (
                    "“Nobody wants a weight limit on a bridge that a community depends on,” "
                    "she said."
                ),
                "Morvern Craignish",
                "said",
                "",
            ),
            (
                "“But we are not prepared to take the chance with a loaded bus.”",
                "Morvern Craignish",
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
                    "Ward councillor Fearchar Strathloyne said he would table a motion at "
                    "next month’s area committee asking for the replacement to be brought "
                    "forward to the current financial year."
                ),
                "Fearchar Strathloyne",
                "said",
                "",
            ),
            (
                (
                    "He said the detour was costing the council an estimated £640 a week in "
                    "extra bus hire alone."
                ),
                "Fearchar Strathloyne",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The area’s MSP, Raonull Gilchreest, wrote in a post on Facebook that the "
                    "closure showed “what happens when rural roads are left at the back of "
                    "the queue”."
                ),
                "Raonull Gilchreest",
                "wrote in a post on Facebook",
                "",
            ),
            (
                (
                    "He said he had asked the Scottish Government whether the bridge could be "
                    "funded from its rural infrastructure budget."
                ),
                "Raonull Gilchreest",
                "said",
                "W",
            ),
            (
                (
                    "Cllr Strathloyne said he welcomed the MSP’s support but that the "
                    "decision lay with the council."
                ),
                "Fearchar Strathloyne",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "A council spokesperson said in an email that temporary traffic lights "
                    "would be installed on the north shore road by 31 July to manage the "
                    "extra heavy traffic."
                ),
                "A council spokesperson",
                "said in an email",
                "W",
            ),
            (
                (
                    "The spokesperson declined to say whether the replacement would be funded "
                    "next year."
                ),
                "A council spokesperson",
                "declined to say",
                "",
            ),
        ],
        [
            (
                (
                    "Ewen Dalnacraig, operations director of Glenurrin Coaches, which runs "
                    "the school contract, said the firm had added a second driver to the "
                    "route because of the longer hours."
                ),
                "Ewen Dalnacraig",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“I’ve 300 ewes to get to the sales in September and the float weighs "
                    "more than that on its own,” said crofter Tormad Achmore-Buidhe."
                ),
                "Tormad Achmore-Buidhe",
                "said",
                "",
            ),
            (
                "“Somebody will have to tell me which way I’m meant to go.”",
                "Tormad Achmore-Buidhe",
                "said",
                "",
            ),
        ],
        [
            (
                "Get the Bulletin’s free newsletter every Thursday.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Enter your email address",
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
                "Most read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Mountain rescue team called out twice in one night on the Ben",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Harbour trust confirms new pontoons for next season",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                ("This newspaper is a member of IPSO and abides by the Editors’ Code of Practice."),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Lochaber Bulletin Ltd, registered in Scotland, No. SC418805.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE PALISADOES GAZETTE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kingston, Jamaica  |  Friday, July 24, 2026  |  E-Paper  |  Classifieds",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   News   Business   Sports   Entertainment   Lifestyle   Commentary   "
                    "Letters   Video"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NWC cuts Portmore supply to 12 hours a day as reservoir drops to 31 per cent",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "MP says residents in Hellshire Heights and Bridgeport have had ‘no water "
                    "at all’ for days"
                ),
                "Sashalee Thelwood-Rickettson",
                "says",
                "W",
            ),
        ],
        [
            (
                "Kemoy Brissettson/Staff Reporter  |  kemoy.brissettson@palisadoesgazette.com",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "July 24, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share  |  Facebook  |  X  |  WhatsApp  |  142 shares",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Residents of Cedarvale Gardens in Portmore fill buckets from a National "
                    "Water Commission truck on Wednesday."
                ),
                "",
                "",
                "",
            ),
            (
                "Contributed",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Households in sections of Portmore, St Catherine, will receive piped "
                    "water only between 5:00 a.m. and 5:00 p.m. each day from Monday, the "
                    "National Water Commission (NWC) said in a release on Thursday."
                ),
                "the National Water Commission (NWC)",
                "said in a release",
                "W",
            ),
            (
                (
                    "The commission said the level of its Tawes Pen reservoir had fallen to "
                    "31 per cent of capacity, the lowest for July since 2015."
                ),
                "The commission",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "NWC corporate communications manager Shavonne Pusar-Blagden said the "
                    "restriction would affect about 28,000 customers in 17 communities."
                ),
                "Shavonne Pusar-Blagden",
                "said",
                "W",
            ),
            (
                (
                    "She said 12 trucks had been assigned to Portmore and that a schedule of "
                    "truck deliveries would be posted on the NWC’s website each evening."
                ),
                "Shavonne Pusar-Blagden",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“We are asking everybody to store what they need and not a drop more,” "
                    "Pusar-Blagden said, “because the person at the end of the line is "
                    "depending on the same pipe.”"
                ),
                "Shavonne Pusar-Blagden",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "But Member of Parliament for the area Dr Sashalee Thelwood-Rickettson "
                    "said residents of Hellshire Heights and Bridgeport had received no piped "
                    "water at all since Saturday."
                ),
                "Sashalee Thelwood-Rickettson",
                "said",
                "W",
            ),
            (
                (
                    "She said her constituency office had logged 460 calls about water since "
                    "the weekend."
                ),
                "Sashalee Thelwood-Rickettson",
                "said",
                "W",
            ),
            (
                (
                    "“A 12-hour schedule is only a schedule if the water comes,” Dr "
                    "Thelwood-Rickettson said."
                ),
                "Sashalee Thelwood-Rickettson",
                "said",
                "",
            ),
            (
                (
                    "“Some of my constituents on the hill have not seen water in their pipes "
                    "for six days."
                ),
                "Sashalee Thelwood-Rickettson",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Elderly people are carrying buckets up steps in this heat, and I want "
                    "the NWC to come and walk those steps with them.”"
                ),
                "Sashalee Thelwood-Rickettson",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Asked about the MP’s comments, Pusar-Blagden said communities at higher "
                    "elevations were always the last to receive water when pressure was "
                    "reduced, and that two of the 12 trucks would go to Hellshire Heights "
                    "every day."
                ),
                "Shavonne Pusar-Blagden",
                "said",
                "W",
            ),
            (
                "She said the NWC regretted the inconvenience.",
                "Shavonne Pusar-Blagden",
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
                    "Speaking on a morning radio programme on Thursday, the NWC’s regional "
                    "manager for St Catherine, Kavan Caslow, said a contractor would begin "
                    "drilling a new well near Old Harbour Road next month."
                ),
                "Kavan Caslow",
                "said",
                "W",
            ),
            (
                (
                    "He said the well was expected to add two million gallons a day to the "
                    "system when it is commissioned in December."
                ),
                "Kavan Caslow",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Portmore Mayor Councillor Wayneford Speid said the municipal corporation "
                    "had asked the NWC for four more trucks and had offered the use of the "
                    "Portmore fire station’s storage tank."
                ),
                "Wayneford Speid",
                "said",
                "W",
            ),
            (
                "He said he was “not satisfied” with the pace of the NWC’s response.",
                "Wayneford Speid",
                "said",
                "",
            ),
            (
                (
                    "The regional manager, for his part, said the commission was doing "
                    "“everything within its power”."
                ),
                "Kavan Caslow",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Rainfall in St Catherine between January and June was 38 per cent of the "
                    "30-year average, according to the Meteorological Service."
                ),
                "the Meteorological Service",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "In an appeal read out at churches across the parish on Sunday, the "
                    "Custos of St Catherine, Hon. Vernal Brandford, asked residents to report "
                    "leaks and to share water with elderly neighbours."
                ),
                "Vernal Brandford",
                "asked",
                "",
            ),
        ],
        [
            (
                (
                    "Police said a 34-year-old man was arrested in Passage Fort on Tuesday "
                    "after a crowd blocked an NWC truck and tried to take its water."
                ),
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“Mi cyaan bathe di pickney dem before school, and mi pay mi bill every "
                    "month,” said Tasheka Morrish, a mother of three in Cedarvale Gardens."
                ),
                "Tasheka Morrish",
                "said",
                "",
            ),
            (
                (
                    "She said the truck had come to her street once since Saturday, at 11 "
                    "p.m. on Tuesday, when most of her neighbours were asleep."
                ),
                "Tasheka Morrish",
                "said",
                "W",
            ),
        ],
        [
            (
                "Related: Clarendon farmers count losses as drought bites",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the Gazette’s morning briefing in your inbox.",
                "",
                "",
                "B",
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
                "Comments",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Eulalee R.  ·  2 hours ago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Same thing in Greater Portmore.",
                "",
                "",
                "B",
            ),
            (
                "Three days now and not a drop.",
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
                "© 2026 Palisadoes Gazette Company Ltd.",
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
    ],
    [
        [
            (
                "Missouri Capitol Wire",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jefferson City  |  Wednesday, July 15, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Legislature   Governor   Budget   Education   Health   Elections   "
                    "Newsletters   Donate"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "EDUCATION",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Governor signs retired-teacher bill but strikes $4.1 million for a "
                    "tutoring pilot"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "H.B. 1207 lets retirees teach up to 1,550 hours a year in districts with "
                    "fewer than 1,000 students without losing their pensions."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "By Lysette Haldeck, Statehouse Reporter  |  lhaldeck@mocapitolwire.org",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "July 15, 2026 6:10 a.m. CT  |  Updated 9:42 a.m. CT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Email   Print   Republish",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Rep. Delphina Whetstine-Farlowe, R-St. Joseph, speaks on the House floor "
                    "in April."
                ),
                "",
                "",
                "",
            ),
            (
                "Statehouse pool photo/Missouri Capitol Wire",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "JEFFERSON CITY — Gov. Maridel Hadderly on Tuesday signed House Bill "
                    "1207, which lets retired teachers return to classrooms in small rural "
                    "districts without losing their pension payments, but struck $4.1 million "
                    "the bill set aside for a tutoring pilot."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The governor’s spokeswoman, Micaela Everhart-Shue, said in an emailed "
                    "statement that the tutoring money was vetoed because the pilot "
                    "“duplicates programs the state already funds” through its education "
                    "department."
                ),
                "Micaela Everhart-Shue",
                "said in an emailed statement",
                "W",
            ),
            (
                (
                    "She said the rest of the bill would take effect on Aug. 28, as most new "
                    "laws do."
                ),
                "Micaela Everhart-Shue",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Under current law, a retired teacher who returns to full-time work loses "
                    "pension payments for every month worked beyond 550 hours a year, "
                    "according to the bill’s fiscal note."
                ),
                "the bill’s fiscal note",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The sponsor, Rep. Delphina Whetstine-Farlowe, R-St. Joseph, said the "
                    "bill passed the House 141-12 and the Senate 29-4 in May."
                ),
                "Delphina Whetstine-Farlowe",
                "said",
                "W",
            ),
            (
                (
                    "She said she was disappointed to lose the tutoring pilot but would file "
                    "it again as a separate bill in January."
                ),
                "Delphina Whetstine-Farlowe",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Sen. Jessamyn Obuyah-Lindemuth, D-Kansas City, who voted against the "
                    "bill, said it did nothing to raise starting pay, which was $38,000 in "
                    "Missouri last year."
                ),
                "Jessamyn Obuyah-Lindemuth",
                "said",
                "W",
            ),
            (
                (
                    "“We are paying people to come back from retirement because we will not "
                    "pay people to stay,” Obuyah-Lindemuth said."
                ),
                "Jessamyn Obuyah-Lindemuth",
                "said",
                "",
            ),
            (
                "“That is a bandage, not a plan.”",
                "Jessamyn Obuyah-Lindemuth",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Rural districts reported 412 teaching positions unfilled or filled by "
                    "long-term substitutes last fall, according to state education department "
                    "data."
                ),
                "state education department data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Missouri Capitol Wire spoke with Whetstine-Farlowe on Tuesday afternoon.",
                "",
                "",
                "B",
            ),
            (
                "The conversation has been edited for length.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Q: What does the bill change for a district like yours?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "A: In my district, four of the 11 school districts started last year "
                    "with a vacancy in math or science."
                ),
                "Delphina Whetstine-Farlowe",
                "A:",
                "W",
            ),
            (
                (
                    "Most of them have a retired teacher living five miles away who would "
                    "come back tomorrow."
                ),
                "Delphina Whetstine-Farlowe",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Sen. Obuyah-Lindemuth says it’s a bandage.",
                "Jessamyn Obuyah-Lindemuth",
                "says",
                "",
            ),
        ],
        [
            (
                "A: She’s not wrong that pay matters.",
                "Delphina Whetstine-Farlowe",
                "A:",
                "",
            ),
            (
                (
                    "But a kid in a classroom this August can’t wait for a pay bill that "
                    "hasn’t been filed."
                ),
                "Delphina Whetstine-Farlowe",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: Why did the tutoring money go?",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "A: You’d have to ask the governor’s office.",
                "Delphina Whetstine-Farlowe",
                "A:",
                "",
            ),
        ],
        [
            (
                "Republish this story for free under our Creative Commons license.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Wilbert Lanphear-Odewale, executive director of the Public School "
                    "Retirement System of Missouri, said about 2,600 retirees were eligible "
                    "to return under the new limits."
                ),
                "Wilbert Lanphear-Odewale",
                "said",
                "W",
            ),
            (
                "“We expect a few hundred to take it up in the first year,” he said.",
                "Wilbert Lanphear-Odewale",
                "said",
                "",
            ),
            (
                "“Most of our retirees are done, and they earned that.",
                "Wilbert Lanphear-Odewale",
                "said",
                "",
            ),
        ],
        [
            (
                "“But the ones who miss it have been calling us since the bill passed.”",
                "Wilbert Lanphear-Odewale",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "“I had a chemistry class taught off a video screen for a whole "
                    "semester,” said Weston Kistler, superintendent of the Tinsman Creek R-IV "
                    "School District in north Missouri, which enrolls 310 students."
                ),
                "Weston Kistler",
                "said",
                "W",
            ),
            (
                (
                    "He said the district had one applicant for its science opening last "
                    "year, and that applicant withdrew in August."
                ),
                "Weston Kistler",
                "said",
                "W",
            ),
            (
                (
                    "The executive director said the retirement system would publish guidance "
                    "for districts by Aug. 1."
                ),
                "Wilbert Lanphear-Odewale",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The Ozark Classroom Alliance, a teachers’ advocacy group, said in a "
                    "statement that the bill was “a step” and that the state ranked 50th in "
                    "average starting salary in 2025."
                ),
                "The Ozark Classroom Alliance",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "Our newsroom is nonprofit and relies on readers like you.",
                "",
                "",
                "B",
            ),
            (
                "A gift of any size keeps us at the Capitol.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Donate now",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Related stories",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Senate panel sends childcare subsidy bill to special session agenda",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "What the new budget means for school transportation",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Missouri Capitol Wire is a nonprofit newsroom covering state government.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Missouri Capitol Wire  |  Privacy Policy  |  Terms of Use",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE MENENGAI TIMES",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tuesday, July 21, 2026  |  Nairobi  |  Digital Edition  |  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Counties   Politics   Business   Health   Sports   Opinion   "
                    "Lifestyle   Video"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Counties  |  Nakuru",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Nakuru nurses’ strike enters ninth day as patients are turned away at "
                    "Level Five hospital"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Union says it will return to work only when arrears of Sh412m are paid",
                "Jemutai Sawe-Kurgat",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Kipkoech Bungei, Nakuru",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "July 21, 2026 — 7:55 am EAT  |  4 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   WhatsApp   LinkedIn",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Patients wait at the outpatient block of the Nakuru Level Five Hospital "
                    "on Monday."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo  |  Kipkoech Bungei",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A strike by nurses in Nakuru County entered its ninth day yesterday, "
                    "with the county’s main referral hospital admitting only emergency cases "
                    "and at least 14 health centres closed."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The nurses’ union branch secretary, Jemutai Sawe-Kurgat, said 1,180 "
                    "nurses employed by the county had downed their tools over unpaid arrears "
                    "from a 2023 promotion that she put at Sh412 million."
                ),
                "Jemutai Sawe-Kurgat",
                "said",
                "W",
            ),
            (
                (
                    "She said the county had also deducted union dues and pension "
                    "contributions from nurses’ pay for five months without sending them on."
                ),
                "Jemutai Sawe-Kurgat",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our members are not on strike for fun,” Ms Sawe-Kurgat said.",
                "Jemutai Sawe-Kurgat",
                "said",
                "",
            ),
            (
                (
                    "“Some of them have been promoted on paper since 2023 and are still "
                    "earning the salary of their old grade.”"
                ),
                "Jemutai Sawe-Kurgat",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "County Executive Committee Member for Health Dr Waceke Ngetich-Ruttoh "
                    "told the Times that June salaries for all nurses were paid in full on "
                    "July 9."
                ),
                "Waceke Ngetich-Ruttoh",
                "told the Times",
                "W",
            ),
            (
                (
                    "She said the county had paid Sh96 million of the arrears in March and "
                    "would pay the balance in three instalments starting in September."
                ),
                "Waceke Ngetich-Ruttoh",
                "said",
                "W",
            ),
            (
                (
                    "“We have put our offer in writing,” the CEC said, “and we are asking the "
                    "nurses to come back to the table and to their patients.”"
                ),
                "Waceke Ngetich-Ruttoh",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "But Ms Sawe-Kurgat said the instalment offer was the same one the county "
                    "made, and broke, in 2024."
                ),
                "Jemutai Sawe-Kurgat",
                "said",
                "W",
            ),
            (
                (
                    "She said the union would not accept any promise that was not backed by a "
                    "court order."
                ),
                "Jemutai Sawe-Kurgat",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The union filed a case at the Employment and Labour Relations Court in "
                    "Nakuru on Friday, according to court documents."
                ),
                "court documents",
                "according to",
                "W",
            ),
            (
                (
                    "It is asking the court to compel the county to remit the deducted dues, "
                    "which stood at Sh38.6 million in June, according to a petition filed by "
                    "the union’s lawyers."
                ),
                "a petition filed by the union’s lawyers",
                "according to",
                "W",
            ),
            (
                "The case is set for mention on July 28.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Dr Ngetich-Ruttoh said the county would respond to the petition in court "
                    "and that it had already remitted Sh11 million of the dues last week."
                ),
                "Waceke Ngetich-Ruttoh",
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
                    "The medical superintendent at the Nakuru Level Five Hospital, Dr "
                    "Zacchaeus Kibii-Mwirigi, said the hospital had discharged 140 patients "
                    "who were stable and moved 23 others to private and mission hospitals "
                    "since the strike began."
                ),
                "Zacchaeus Kibii-Mwirigi",
                "said",
                "W",
            ),
            (
                "He said the maternity wing was being run by 12 clinical officers and interns.",
                "Zacchaeus Kibii-Mwirigi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "At a press briefing in Nakuru town yesterday, the county’s director of "
                    "communications, Hosea Kipyego Barngetuny, read out a statement from "
                    "Governor Ezekiah Rerimoi-Yator."
                ),
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "In the statement, the governor said salaries took 61 per cent of the "
                    "county’s revenue and that no other department had been paid promotion "
                    "arrears this financial year."
                ),
                "Ezekiah Rerimoi-Yator",
                "said",
                "W",
            ),
            (
                (
                    "He said his administration “will not be blackmailed by empty wards” but "
                    "remained open to talks."
                ),
                "Ezekiah Rerimoi-Yator",
                "said",
                "",
            ),
            (
                "The governor later posted the statement on his X account.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                (
                    "Barngetuny told reporters after the briefing that the governor had met "
                    "union officials twice this month, on July 6 and July 14."
                ),
                "Hosea Kipyego Barngetuny",
                "told reporters",
                "W",
            ),
            (
                "He said a third meeting had not yet been scheduled.",
                "Hosea Kipyego Barngetuny",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The medical superintendent said that the hospital’s dialysis unit, which "
                    "serves 64 patients, had continued to run with two nurses who are not "
                    "union members."
                ),
                "Zacchaeus Kibii-Mwirigi",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“They told us to go to a private hospital, but where will I get Sh8,000 "
                    "for a scan?” said Cherop Jebitok, whose mother was discharged from the "
                    "hospital’s medical ward on Sunday."
                ),
                "Cherop Jebitok",
                "said",
                "",
            ),
            (
                "She said her mother, 71, was still unable to walk.",
                "Cherop Jebitok",
                "said",
                "",
            ),
        ],
        [
            (
                "RELATED CONTENT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Kericho doctors call off strike after county signs return-to-work deal",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Counties owe health workers Sh5.2bn in arrears, says report",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign up for our Counties newsletter and get the day’s county news at 6am.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Menengai Media Group Ltd.",
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
    ],
    [
        [
            (
                "The Merapi Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "English Edition  |  Monday, July 27, 2026  |  Jakarta",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Indonesia   Archipelago   Business   World   Opinion   Culture   Sports   "
                    "Multimedia"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Archipelago",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Yogyakarta rubbish piles up as landfill shuts to city trucks for 45 days",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                ("Nine of the city’s 14 temporary waste depots are full, environment agency says"),
                "the city environment agency (DLH)",
                "says",
                "W",
            ),
        ],
        [
            (
                "Ardhana Pramesti  (The Merapi Courier)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Yogyakarta  ●  Mon, July 27, 2026  ●  10:14 am GMT+7",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share this article",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "A scavenger sorts plastic at an overflowing temporary waste depot on Jl. "
                    "Sawo Kidul in Yogyakarta on Sunday."
                ),
                "",
                "",
                "",
            ),
            (
                "(The Merapi Courier/Ardhana Pramesti)",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Yogyakarta’s main regional landfill in Bantul regency will not accept "
                    "rubbish from the city for 45 days from Aug. 1 while a new cell is dug, "
                    "the Yogyakarta provincial administration said on Friday."
                ),
                "the Yogyakarta provincial administration",
                "said",
                "W",
            ),
            (
                (
                    "The city produces about 290 tonnes of household waste a day, according "
                    "to data from the city environment agency (DLH)."
                ),
                "data from the city environment agency (DLH)",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The head of the agency, Haryo Wicaksono, said nine of the city’s 14 "
                    "temporary depots were already full on Sunday because the landfill had "
                    "limited city trucks to 60 tonnes a day since mid-July."
                ),
                "Haryo Wicaksono",
                "said",
                "W",
            ),
            (
                (
                    "He said the city would open two emergency sorting sites in Umbulharjo "
                    "and Tegalrejo districts by Friday, each able to handle 40 tonnes a day."
                ),
                "Haryo Wicaksono",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We cannot make rubbish disappear,” Haryo said.",
                "Haryo Wicaksono",
                "said",
                "",
            ),
            (
                (
                    "“What we can do is make less of it reach the depot, and for that we need "
                    "every household to sort.”"
                ),
                "Haryo Wicaksono",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Provincial secretary Bambang Setyo Nugroho said the landfill had "
                    "received 1,100 tonnes a day from the city and the Sleman and Bantul "
                    "regencies in June, well above the 750 tonnes it was designed for."
                ),
                "Bambang Setyo Nugroho",
                "said",
                "W",
            ),
            (
                (
                    "He said the provincial budget had set aside Rp 38 billion (US$2.3 "
                    "million) for the new cell and for a gas capture system."
                ),
                "Bambang Setyo Nugroho",
                "said",
                "W",
            ),
            (
                (
                    "Bambang said he hoped the three administrations would agree on a new "
                    "daily quota before the landfill reopens."
                ),
                "Bambang Setyo Nugroho",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The agency head, however, said the city had been “given one week’s "
                    "notice for a 45-day closure”."
                ),
                "Haryo Wicaksono",
                "said",
                "W",
            ),
            (
                "He said the agency received the provincial letter on July 24.",
                "Haryo Wicaksono",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement posted on its Instagram account on Saturday, the city "
                    "administration said residents should keep organic waste at home and take "
                    "dry waste to one of 212 neighbourhood waste banks."
                ),
                "the city administration",
                "said",
                "",
            ),
            (
                (
                    "Under a 2022 city regulation, households that burn rubbish can be fined "
                    "up to Rp 500,000, according to the statement."
                ),
                "the statement",
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
                    "Sumarsih, 58, who coordinates a waste bank in Wirobrajan that serves 170 "
                    "families, said deposits of plastic bottles and cardboard had doubled "
                    "since the city’s first notice."
                ),
                "Sumarsih",
                "said",
                "W",
            ),
            (
                "“People come in with bags they have never sorted in their lives,” she said.",
                "Sumarsih",
                "said",
                "",
            ),
            (
                "“I tell them, Pak, Bu, the bottle caps go in a different sack.",
                "Sumarsih",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "“If this is what it takes for people to learn, maybe the landfill should "
                    "close more often.”"
                ),
                "Sumarsih",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Winarti Handayani, who runs a food stall beside the Sawo Kidul depot, "
                    "said the smell had kept away half her customers."
                ),
                "Winarti Handayani",
                "said",
                "",
            ),
            (
                "She said the depot had not been emptied since Wednesday.",
                "Winarti Handayani",
                "said",
                "W",
            ),
            (
                (
                    "“Bu Sumarsih’s people are sorting, but the rest of the city is not,” Bu "
                    "Winarti said."
                ),
                "Winarti Handayani",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Asked about the Sawo Kidul depot, Pak Haryo said the agency would send "
                    "two extra trucks there on Monday night."
                ),
                "Haryo Wicaksono",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Only about 18 per cent of household waste in the city was sorted at "
                    "source last year, according to the agency’s data."
                ),
                "the agency’s data",
                "according to",
                "W",
            ),
            (
                (
                    "The provincial secretary said the province was also studying a "
                    "waste-to-energy plant but that no decision had been made."
                ),
                "Bambang Setyo Nugroho",
                "said",
                "",
            ),
        ],
        [
            (
                "Read also: Sleman regency bans single-use plastic bags at traditional markets",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Unlock this story and more with Courier Premium.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Topics:   Yogyakarta   waste   landfill   environment",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 PT Merapi Courier Media.",
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
    ],
    [
        [
            (
                "Cambria Now",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign in   |   Newsletters   |   Cymraeg",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "News   Sport   Politics   Business   Farming   What’s On   Property   "
                    "Obituaries"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "News  /  Gwynedd",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Council to scrap £186,000 subsidy for Llanmorfa to Dolwerfyl bus route "
                    "from October"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Council says fewer than seven people a trip used the service last year",
                "Gwynedd Council",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Elliw Marchant, Local Democracy Reporter  |  @elliwmarchant",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "16:20, Tuesday 28 July 2026 BST  |  4 min read",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   WhatsApp   X   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The 7.55am service leaving the square in Llanmorfa on Monday.",
                "",
                "",
                "",
            ),
            (
                "Picture: Elliw Marchant",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Gwynedd Council’s cabinet has voted to withdraw its £186,000 yearly "
                    "subsidy for the 38 bus between Llanmorfa and Dolwerfyl from October 5, "
                    "leaving three villages on the route without a weekday bus."
                ),
                "",
                "",
                "W",
            ),
            (
                (
                    "The decision was carried by seven votes to one at a meeting in "
                    "Caernarfon on Tuesday."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "The route carried an average of 6.4 passengers a trip in 2025, according "
                    "to a report to the cabinet."
                ),
                "a report to the cabinet",
                "according to",
                "W",
            ),
            (
                (
                    "The report said the subsidy worked out at about £11.40 for every "
                    "passenger journey, more than twice the council’s average for rural "
                    "routes."
                ),
                "The report",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Cabinet member for highways and transport Cllr Elfed ap Cynddylan told "
                    "the meeting the council had to save £3.1 million from its transport "
                    "budget this financial year."
                ),
                "Elfed ap Cynddylan",
                "told the meeting",
                "W",
            ),
            (
                ("“Nobody came into local government to take a bus away from a village,” he said."),
                "Elfed ap Cynddylan",
                "said",
                "",
            ),
            (
                (
                    "“But I cannot look at £11.40 a journey and tell the people of this "
                    "county that it is the best use of their money.”"
                ),
                "Elfed ap Cynddylan",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Llŷr Garnons, the Member of the Senedd for the area, said the route was "
                    "the only public transport link for about 900 people and that 41 pupils "
                    "used it to reach the sixth form in Dolwerfyl."
                ),
                "Llŷr Garnons",
                "said",
                "W",
            ),
            (
                (
                    "He said he had written to the Welsh Government’s transport secretary "
                    "asking whether the route could be taken into the regional network run by "
                    "Transport for Wales."
                ),
                "Llŷr Garnons",
                "said",
                "W",
            ),
            (
                (
                    "“If a village loses its bus, it loses its young people a year or two "
                    "later,” the MS said."
                ),
                "Llŷr Garnons",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ap Cynddylan said officers had met Transport for Wales twice about the "
                    "route, in March and in June."
                ),
                "Elfed ap Cynddylan",
                "said",
                "W",
            ),
            (
                (
                    "He said he would “welcome any offer” from the Welsh Government but that "
                    "the council could not wait for one before setting its budget."
                ),
                "Elfed ap Cynddylan",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "In an email to Cambria Now, Transport for Wales said it was reviewing "
                    "rural routes across north Wales and would publish proposals in the "
                    "spring."
                ),
                "Transport for Wales",
                "said",
                "W",
            ),
            (
                "It said it could not comment on individual routes before then.",
                "Transport for Wales",
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
                    "A petition against the cut, started by parents in Dolwerfyl, had "
                    "gathered 1,240 signatures by Tuesday morning."
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                (
                    "Catrin Gwenallt, who owns Gwenallt Travel, the Porthmadog firm that runs "
                    "the route under contract, said the company would have to lay off two of "
                    "its nine drivers."
                ),
                "Catrin Gwenallt",
                "said",
                "W",
            ),
            (
                (
                    "“We have run that route since my father started the business in 1988,” "
                    "she said."
                ),
                "Catrin Gwenallt",
                "said",
                "",
            ),
            (
                "“The 7.55 is full of schoolchildren every morning in term.",
                "Catrin Gwenallt",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“It’s the middle of the day that’s empty, and nobody from the council "
                    "ever asked us whether we could run fewer buses instead of none.”"
                ),
                "Catrin Gwenallt",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Gwenfair Llwydiarth, 81, who lives in Cwm Erwyd and does not drive, said "
                    "she used the bus twice a week to reach the surgery and the bank in "
                    "Dolwerfyl."
                ),
                "Gwenfair Llwydiarth",
                "said",
                "",
            ),
            (
                (
                    "“After October I will be asking my neighbours for a lift,” she said, "
                    "speaking in Welsh, “and they have their own lives.”"
                ),
                "Gwenfair Llwydiarth",
                "said",
                "",
            ),
            (
                (
                    "Mrs Llwydiarth said the council had held no public meeting about the cut "
                    "in her village."
                ),
                "Gwenfair Llwydiarth",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ms Gwenallt said her contract with the council ends on October 4.",
                "Catrin Gwenallt",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A council spokesperson said affected residents would be able to book the "
                    "council’s demand-responsive minibus, which runs on Tuesdays and Fridays, "
                    "from October 6."
                ),
                "A council spokesperson",
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
                "Read more: Row over closure of Dolwerfyl leisure centre pool",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the latest Gwynedd news in your inbox",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Sign up to our free daily newsletter",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We use your sign-up to provide content in ways you’ve consented to.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "More from Gwynedd",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Lifeboat crew launches three times in one day off the Llŷn",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Plans for 24 affordable homes in Dolwerfyl approved",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Cambria Now Ltd.",
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
            (
                "Registered in Wales, company number 11820367.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            (
                "THE LAUCALA DAILY",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Suva, Fiji  |  Thursday, July 30, 2026  |  Digital Edition",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   News   Business   Sport   Opinion   Pasifika   Entertainment   "
                    "Classifieds"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "NEWS",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tavuanisila villagers to move 42 homes to higher ground after sea wall fails",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Relocation to cost $4.8m and take two years, permanent secretary says",
                "Jovesa Waqairatu-Lomani",
                "says",
                "W",
            ),
        ],
        [
            (
                "By Peceli Tuiwaiqere",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "July 30, 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   WhatsApp   X",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Villagers of Tavuanisila stand beside the broken sea wall at low tide on "
                    "Tuesday."
                ),
                "",
                "",
                "",
            ),
            (
                "Picture: Peceli Tuiwaiqere",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The 210 residents of Tavuanisila village in Cakaudrove will move their "
                    "42 homes to a site 800 metres inland after the village’s sea wall "
                    "collapsed in two places during king tides this month, the Ministry of "
                    "Rural and Maritime Development said yesterday."
                ),
                "the Ministry of Rural and Maritime Development",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The village headman, or turaga ni koro, Ratu Saimoni Vatuvei-Nabou, said "
                    "seawater had entered 17 houses during the high tide on July 14, and the "
                    "village’s two wells had turned salty."
                ),
                "Saimoni Vatuvei-Nabou",
                "said",
                "W",
            ),
            (
                (
                    "He said the villagers had voted at a meeting on Saturday to accept the "
                    "new site, which belongs to the village’s own mataqali."
                ),
                "Saimoni Vatuvei-Nabou",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our grandparents are buried by the shore,” Ratu Saimoni said.",
                "Saimoni Vatuvei-Nabou",
                "said",
                "",
            ),
            (
                (
                    "“We will not leave them, we will come down to clean the graves every "
                    "month, but we cannot keep sleeping with the sea at the door."
                ),
                "Saimoni Vatuvei-Nabou",
                "said",
                "",
            ),
        ],
        [
            (
                "“The children have already stopped swimming there.”",
                "Saimoni Vatuvei-Nabou",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The Permanent Secretary for Rural and Maritime Development, Jovesa "
                    "Waqairatu-Lomani, said the relocation would cost about $4.8 million and "
                    "was expected to take two years."
                ),
                "Jovesa Waqairatu-Lomani",
                "said",
                "W",
            ),
            (
                (
                    "He said $1.6m had been set aside in this financial year for the access "
                    "road, water supply and the first 12 houses."
                ),
                "Jovesa Waqairatu-Lomani",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "“This is a decision the village has made for itself,” the permanent "
                    "secretary said, “and the Government’s job is to make it happen "
                    "properly.”"
                ),
                "Jovesa Waqairatu-Lomani",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Tavuanisila is one of 48 coastal communities identified as needing to "
                    "relocate within ten years, according to a 2024 government assessment."
                ),
                "a 2024 government assessment",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The turaga ni koro said the villagers hoped the first houses would be "
                    "ready before Christmas."
                ),
                "Saimoni Vatuvei-Nabou",
                "said",
                "",
            ),
            (
                ("He said the men of the village had already cleared three acres of the new site."),
                "Saimoni Vatuvei-Nabou",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement, the ministry said it would also build a 1.2-kilometre "
                    "concrete footpath from the new site to the village church and the shore."
                ),
                "the ministry",
                "said",
                "W",
            ),
            (
                "It said the houses would be built to withstand Category 5 winds.",
                "the Ministry of Rural and Maritime Development",
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
                    "Ministry of Waterways senior engineer Shaleshni Kavindra said a survey "
                    "in June found that the sea wall, built in 2009, had been undermined by "
                    "waves along 140 metres of its length."
                ),
                "Shaleshni Kavindra",
                "said",
                "W",
            ),
            (
                "She said repairing it would only “buy the village a few years”.",
                "Shaleshni Kavindra",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Adi Salaseini Rokobuli-Taione, who leads the village’s women’s group, "
                    "said the women had asked that the new houses have kitchens inside, not "
                    "in separate sheds, and the ministry had agreed."
                ),
                "Salaseini Rokobuli-Taione",
                "said",
                "W",
            ),
            (
                "“Moving a house is easy,” Adi Salaseini said.",
                "Salaseini Rokobuli-Taione",
                "said",
                "",
            ),
            (
                "“Moving a life is not.”",
                "Salaseini Rokobuli-Taione",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Ms Kavindra said the ministry had installed a temporary desalination "
                    "unit in the village on July 22, which produces 2,000 litres of drinking "
                    "water a day."
                ),
                "Shaleshni Kavindra",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "At the meeting on Saturday, a speech by the Tui Cakau’s representative "
                    "was read out by a church elder."
                ),
                "",
                "",
                "",
            ),
            (
                "The speech said the chiefs of the province supported the move.",
                "The speech",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "More king tides are expected between August 10 and 13, according to the "
                    "Fiji Meteorological Service."
                ),
                "the Fiji Meteorological Service",
                "according to",
                "",
            ),
        ],
        [
            (
                (
                    "“I was born in the house by the water and my son was born in it too,” "
                    "said Eroni Naivalagi, 24, a fisherman."
                ),
                "Eroni Naivalagi",
                "said",
                "",
            ),
            (
                "“It is sad, but it is time.”",
                "Eroni Naivalagi",
                "said",
                "",
            ),
        ],
        [
            (
                "Also read: Nadi flood-gate project reaches halfway mark",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: Relocation | Climate | Cakaudrove | Vanua Levu",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Have your say in the comments below.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 The Laucala Daily Limited.",
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
    ],
    [
        [
            (
                "THE NILE SENTRY",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Monday, August 3, 2026  |  E-Paper  |  Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Home   News   Regions   Business   Politics   Sports   Lifestyle   "
                    "Opinion   Videos"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Regions  |  Busoga",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Jinja City pulls down 230 market stalls despite court order",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Vendors say they lost goods worth Shs600m in the overnight demolition",
                "Vendors",
                "say",
                "",
            ),
        ],
        [
            (
                "By Baliraine Tusiime, Busoga",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Monday, August 03, 2026 — updated on August 03, 2026 at 07:30 EAT",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share   Facebook   X   WhatsApp   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Vendors salvage timber and iron sheets at the demolished Mpumudde "
                    "extension market in Jinja City on Sunday."
                ),
                "",
                "",
                "",
            ),
            (
                "PHOTO / BALIRAINE TUSIIME",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Jinja City authorities on Saturday night demolished 230 stalls at the "
                    "Mpumudde extension market, three days after the High Court in Jinja "
                    "issued an order stopping any eviction of the vendors, according to court "
                    "documents."
                ),
                "court documents",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "The interim order, issued on July 29 by Justice Kisambira "
                    "Abwooli-Kigenyi, restrained the city from “demolishing, removing or "
                    "interfering with” the stalls until August 20, according to a copy of the "
                    "order seen by the Sentry."
                ),
                "a copy of the order seen by the Sentry",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "In a statement signed by the city clerk, Mr Kagoda Kirunda-Wambuzi, the "
                    "Jinja City Council said the stalls had been built without approval on a "
                    "road reserve and that vendors were given 30 days’ notice in June."
                ),
                "the Jinja City Council",
                "said",
                "W",
            ),
            (
                (
                    "The statement said the city had not been served with the court order "
                    "before the demolition began."
                ),
                "The statement",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Jinja North Woman MP Hon. Hadijah Nakirya-Balidawa described the "
                    "demolition as “a night raid on poor women”."
                ),
                "Hadijah Nakirya-Balidawa",
                "described",
                "",
            ),
            (
                (
                    "She said she had personally delivered a copy of the order to the city "
                    "clerk’s office on Thursday and had the receipt stamped."
                ),
                "Hadijah Nakirya-Balidawa",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "The chairperson of the Mpumudde Extension Vendors’ Association, Ms "
                    "Mutesi Kaduyu, said 612 vendors, most of them women, had traded from the "
                    "stalls, and that the association had paid Shs150m to build them in 2023."
                ),
                "Mutesi Kaduyu",
                "said",
                "W",
            ),
            (
                (
                    "She said the association estimated that goods worth Shs600m were lost or "
                    "destroyed in the demolition."
                ),
                "Mutesi Kaduyu",
                "said",
                "",
            ),
            (
                "“They came at 2am with a grader and men carrying pangas,” she said.",
                "Mutesi Kaduyu",
                "said",
                "",
            ),
            (
                "“By the time we reached the market, everything was down.",
                "Mutesi Kaduyu",
                "said",
                "W",
            ),
        ],
        [
            (
                ("“We had paid the city dues every month, and now they say we were never there.”"),
                "Mutesi Kaduyu",
                "said",
                "",
            ),
        ],
        [
            (
                "Ms Nakirya-Balidawa said she would raise the matter in Parliament this week.",
                "Hadijah Nakirya-Balidawa",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Contacted on Sunday, Mr Kirunda-Wambuzi said the demolition was carried "
                    "out by a contractor hired by the city and that 34 city enforcement "
                    "officers were present."
                ),
                "Kagoda Kirunda-Wambuzi",
                "said",
                "W",
            ),
            (
                (
                    "He said the city’s lawyers received the court order at 10am on Sunday, "
                    "hours after the demolition."
                ),
                "Kagoda Kirunda-Wambuzi",
                "said",
                "W",
            ),
            (
                (
                    "“We respect the courts,” the city clerk said, “but you cannot stop a "
                    "thing that has already happened.”"
                ),
                "Kagoda Kirunda-Wambuzi",
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
                    "The Resident City Commissioner, Mr Nangoli Isabirye, said he had not "
                    "been informed of the demolition in advance."
                ),
                "Nangoli Isabirye",
                "said",
                "W",
            ),
            (
                (
                    "He said he had asked the city clerk to explain in writing why the court "
                    "order was not respected."
                ),
                "Nangoli Isabirye",
                "said",
                "",
            ),
            (
                ("Kirunda-Wambuzi said he would respond to the RCC “through the right channels”."),
                "Kagoda Kirunda-Wambuzi",
                "said",
                "",
            ),
            (
                (
                    "The RCC said security officers had been deployed at the site since "
                    "Sunday morning to stop any looting."
                ),
                "Nangoli Isabirye",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Police said through the Kiira regional police spokesperson, Mr Naluswa "
                    "Ikoba, that three people had been arrested for stealing iron sheets from "
                    "the site."
                ),
                "Police",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "A city official who asked not to be named said the land was earmarked "
                    "for a taxi park under a Shs4.2b project."
                ),
                "A city official who asked not to be named",
                "said",
                "",
            ),
            (
                ("The official later said in a WhatsApp message that the plans were “not final”."),
                "A city official who asked not to be named",
                "said in a WhatsApp message",
                "",
            ),
        ],
        [
            (
                (
                    "“I had 40 crates of tomatoes and they are now under the iron sheets,” "
                    "said Zaina Namulondo-Kibedi, who has sold at Mpumudde for eight years."
                ),
                "Zaina Namulondo-Kibedi",
                "said",
                "",
            ),
            (
                "“Who will pay me back?”",
                "Zaina Namulondo-Kibedi",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The vendors’ lawyers have written to the court asking it to cite the "
                    "city clerk for contempt, according to a letter dated August 1 seen by "
                    "the Sentry."
                ),
                "a letter dated August 1 seen by the Sentry",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Also Read: Iganga traders relocated to new Shs12b market",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Tags: Jinja City | Vendors | Demolition | Busoga",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "We welcome comments that are respectful and on topic.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "© 2026 Nile Sentry Publications Ltd.",
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
    ],
    [
        [
            (
                "KOWLOON TIDE",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Hong Kong Edition  |  Friday, August 7, 2026  |  29°C  |  Amber "
                    "Rainstorm Signal"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Hong Kong   China   Asia   World   Business   Opinion   Sport   "
                    "Lifestyle   Podcasts"
                ),
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Hong Kong / Transport",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Minibus operator to axe last service to Shing Wo Estate after 11pm as "
                    "fare rises to HK$9.80"
                ),
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "About 1,900 residents use route 61K after dark, district councillor says",
                "Terrance Kwong Tsun-hei",
                "says",
                "W",
            ),
        ],
        [
            (
                "Rosanna Chow Yuet-ling",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Published: 6:00am, 7 Aug 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Updated: 11:25am, 7 Aug 2026",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Share:   Facebook   WhatsApp   X   Email",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "Passengers queue for the 61K green minibus at the public transport "
                    "interchange on Shing Wo Road."
                ),
                "",
                "",
                "",
            ),
            (
                "Photo: Rosanna Chow Yuet-ling",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                (
                    "The only minibus route serving Shing Wo Estate in Tsuen Wan after 11pm "
                    "will stop running late-night trips from September 14, and its fare will "
                    "rise from HK$8.20 to HK$9.80, the Transport Department said in a written "
                    "reply to the Tide."
                ),
                "the Transport Department",
                "said in a written reply to the Tide",
                "W",
            ),
        ],
        [
            (
                (
                    "Rexon Tse Kwun-pan, general manager of Kam Lik Minibus Company, which "
                    "runs route 61K, said the last four trips of the night, between 11.10pm "
                    "and 12.40am, carried an average of 9 passengers each in June."
                ),
                "Rexon Tse Kwun-pan",
                "said",
                "W",
            ),
            (
                (
                    "He said the company had lost about HK$1.5 million on the route in the "
                    "year to March, according to its accounts."
                ),
                "Rexon Tse Kwun-pan",
                "said",
                "W",
            ),
            (
                "“We have held the fare for four years,” Tse said.",
                "Rexon Tse Kwun-pan",
                "said",
                "",
            ),
            (
                (
                    "“Diesel has gone up 30 per cent in that time and our drivers’ wages have "
                    "gone up twice.”"
                ),
                "Rexon Tse Kwun-pan",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "But Terrance Kwong Tsun-hei, the district councillor for the area, said "
                    "about 1,900 residents used the route after dark, many of them restaurant "
                    "and security workers returning from night shifts."
                ),
                "Terrance Kwong Tsun-hei",
                "said",
                "W",
            ),
            (
                "He said the company’s passenger counts did not reflect the estate’s need.",
                "Terrance Kwong Tsun-hei",
                "said",
                "",
            ),
            (
                (
                    "“Nine people a trip is nine people who will be walking up that hill at "
                    "midnight,” Kwong said."
                ),
                "Terrance Kwong Tsun-hei",
                "said",
                "",
            ),
            (
                "“The road has no pavement for 400 metres.",
                "Terrance Kwong Tsun-hei",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Someone will get hurt, and then everybody will ask why the minibus stopped.”",
                "Terrance Kwong Tsun-hei",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "The operator had first applied to end the late trips in February, "
                    "according to the operator’s application to the department."
                ),
                "the operator’s application to the department",
                "according to",
                "W",
            ),
            (
                (
                    "Tse said the department approved the change on July 30 after two rounds "
                    "of consultation with the district council."
                ),
                "Rexon Tse Kwun-pan",
                "said",
                "W",
            ),
            (
                "The district councillor said the consultation had been “a formality”.",
                "Terrance Kwong Tsun-hei",
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
                    "Green minibus patronage in the New Territories fell by 11 per cent "
                    "between 2019 and 2025, according to Transport Department figures."
                ),
                "Transport Department figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                (
                    "A spokeswoman for the department said a franchised bus route would be "
                    "extended to run to the estate until 1am, with an interchange discount of "
                    "HK$2."
                ),
                "A spokeswoman for the department",
                "said",
                "W",
            ),
            (
                "She said the department would “closely monitor” the new arrangement.",
                "A spokeswoman for the department",
                "said",
                "",
            ),
        ],
        [
            (
                (
                    "Lawmaker Dr Winnie Cheung Oi-yan wrote on Facebook on Thursday that the "
                    "decision “puts a price on the safety of night workers”."
                ),
                "Winnie Cheung Oi-yan",
                "wrote on Facebook",
                "",
            ),
            (
                (
                    "She said she had written to the Secretary for Transport and Logistics "
                    "asking for the minibus route to receive a government subsidy."
                ),
                "Winnie Cheung Oi-yan",
                "said",
                "W",
            ),
        ],
        [
            (
                (
                    "Shing Wo Estate’s management office said in a notice posted in the "
                    "lobbies of its six blocks that it would survey residents about the "
                    "change."
                ),
                "Shing Wo Estate’s management office",
                "said in a notice posted in the lobbies of its six blocks",
                "",
            ),
        ],
        [
            (
                (
                    "“I finish washing dishes at 11 and the bus to the estate takes 40 "
                    "minutes longer,” said Chiu Sau-fong, 62, speaking in Cantonese."
                ),
                "Chiu Sau-fong",
                "said",
                "",
            ),
            (
                (
                    "She said the 61K was the only service that stopped at the top of the "
                    "estate, near her block."
                ),
                "Chiu Sau-fong",
                "said",
                "W",
            ),
            (
                (
                    "Dr Cheung, asked about residents such as Chiu, said the city could not "
                    "expect elderly workers “to climb a hill for their commute”."
                ),
                "Winnie Cheung Oi-yan",
                "said",
                "",
            ),
        ],
        [
            (
                "Read more: Tsuen Wan residents fight plan to cut ferry sailings",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Get the morning briefing in your inbox.",
                "",
                "",
                "B",
            ),
            (
                "Sign up for free.",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Most popular",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Amber rainstorm warning issued as schools stay open",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Man arrested after 12 cars damaged in Sheung Shui car park",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Copyright © 2026 Kowloon Tide Publishers Limited.",
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
    ],
]

CASES = [
    (
        "n84-zm-quote-open-after-said",
        (
            "“We have listened to the traders,” the town clerk said. “They have been "
            "paying K3 every day while selling in the rain. It is only fair that we "
            "stop until there is a roof over their heads.”"
        ),
        [
            "“We have listened to the traders,” the town clerk said.",
            "“They have been paying K3 every day while selling in the rain.",
            "It is only fair that we stop until there is a roof over their heads.”",
        ],
    ),
    (
        "n84-zm-quote-split-around-said",
        (
            "“We are not refusing to pay,” Ms Mulubwa-Kachesa said, “but nobody "
            "should pay for a roof they cannot see.”"
        ),
        [
            (
                "“We are not refusing to pay,” Ms Mulubwa-Kachesa said, “but nobody "
                "should pay for a roof they cannot see.”"
            ),
        ],
    ),
    (
        "n84-zm-roof-quote-open-at-end",
        (
            "“When the roof fell, they told us to wait for the budget,” she said. "
            "“Then they told us to wait for the next one."
        ),
        [
            "“When the roof fell, they told us to wait for the budget,” she said.",
            "“Then they told us to wait for the next one.",
        ],
    ),
    (
        "n84-zm-mr-told-journalists-quote",
        (
            "Mr Siachitema told journalists in Lusaka yesterday that he would visit "
            "Kalilande Market next week. “A levy is not a punishment,” he said. "
            "“Where there are no toilets, no water and no roof, the council must be "
            "able to explain what the money is doing.”"
        ),
        [
            (
                "Mr Siachitema told journalists in Lusaka yesterday that he would visit "
                "Kalilande Market next week."
            ),
            "“A levy is not a punishment,” he said.",
            (
                "“Where there are no toilets, no water and no roof, the council must be "
                "able to explain what the money is doing.”"
            ),
        ],
    ),
    (
        "n84-zm-ltd-all-rights",
        "© 2026 Zambezi Ledger Ltd. All rights reserved.",
        [
            "© 2026 Zambezi Ledger Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n84-pk-dateline-wasa-6pm",
        (
            "RAWALPINDI: The water level in Nullah Leh rose to 19 feet at Kattarian "
            "Bridge on Thursday afternoon after 142 millimetres of rain fell on the "
            "city in nine hours, according to the Water and Sanitation Agency (WASA). "
            "WASA said the level began to fall after 6pm and stood at 14 feet by "
            "midnight. The highest rainfall, 168mm, was recorded at its Shamsabad "
            "gauge, the agency said."
        ),
        [
            (
                "RAWALPINDI: The water level in Nullah Leh rose to 19 feet at Kattarian "
                "Bridge on Thursday afternoon after 142 millimetres of rain fell on the "
                "city in nine hours, according to the Water and Sanitation Agency (WASA)."
            ),
            "WASA said the level began to fall after 6pm and stood at 14 feet by midnight.",
            ("The highest rainfall, 168mm, was recorded at its Shamsabad gauge, the agency said."),
        ],
    ),
    (
        "n84-pk-mr-quote-two",
        (
            "“The nullah was clean before the monsoon,” Mr Sahi said. “What blocks "
            "the bridges is what people throw in during the rain, the plastic, the "
            "mattresses, even furniture.”"
        ),
        [
            "“The nullah was clean before the monsoon,” Mr Sahi said.",
            (
                "“What blocks the bridges is what people throw in during the rain, the "
                "plastic, the mattresses, even furniture.”"
            ),
        ],
    ),
    (
        "n84-pk-rs-dot-million",
        (
            "In a statement issued late on Thursday night, Deputy Commissioner "
            "Mahnoor Ishtiaq Khakwani said compensation of Rs. 1 million each would "
            "be paid to the families of the two men. She said a survey of damaged "
            "houses would begin on Saturday and that 58 houses had been reported "
            "damaged so far."
        ),
        [
            (
                "In a statement issued late on Thursday night, Deputy Commissioner "
                "Mahnoor Ishtiaq Khakwani said compensation of Rs. 1 million each would "
                "be paid to the families of the two men."
            ),
            (
                "She said a survey of damaged houses would begin on Saturday and that 58 "
                "houses had been reported damaged so far."
            ),
        ],
    ),
    (
        "n84-pk-said-after-quote-rs",
        (
            "“They say the warning came at quarter past one, but by half past one the "
            "water was at my knees,” said Naziran Bibi, 47, who lives with her four "
            "children in a two-room house beside the nullah. “I lost the fridge, the "
            "beds and Rs15,000 of flour and rice.” She said she had spent the night "
            "at her brother’s house in Satellite Town."
        ),
        [
            (
                "“They say the warning came at quarter past one, but by half past one the "
                "water was at my knees,” said Naziran Bibi, 47, who lives with her four "
                "children in a two-room house beside the nullah."
            ),
            "“I lost the fridge, the beds and Rs15,000 of flour and rice.”",
            "She said she had spent the night at her brother’s house in Satellite Town.",
        ],
    ),
    (
        "n84-lk-nbro-dmc-pm",
        (
            "The National Building Research Organisation (NBRO) yesterday issued "
            "landslide red alerts for 14 Divisional Secretariat divisions in the "
            "Ratnapura and Kegalle districts after more than 200 mm of rain fell in "
            "parts of the two districts within 24 hours. The Disaster Management "
            "Centre (DMC) said 2,317 families, or 8,904 people, had been moved to 41 "
            "safety centres by 6.00 p.m. yesterday."
        ),
        [
            (
                "The National Building Research Organisation (NBRO) yesterday issued "
                "landslide red alerts for 14 Divisional Secretariat divisions in the "
                "Ratnapura and Kegalle districts after more than 200 mm of rain fell in "
                "parts of the two districts within 24 hours."
            ),
            (
                "The Disaster Management Centre (DMC) said 2,317 families, or 8,904 "
                "people, had been moved to 41 safety centres by 6.00 p.m. yesterday."
            ),
        ],
    ),
    (
        "n84-lk-initials-am",
        (
            "DMC spokesman W.M.K. Harshana Walpolage said two people, a 66-year-old "
            "woman and her 39-year-old son, died when a mudslide buried part of their "
            "house in Kiriella at about 2.30 a.m. on Friday. He said a third member "
            "of the family, a 12-year-old girl, was rescued by neighbours and "
            "admitted to the Ratnapura Teaching Hospital."
        ),
        [
            (
                "DMC spokesman W.M.K. Harshana Walpolage said two people, a 66-year-old "
                "woman and her 39-year-old son, died when a mudslide buried part of their "
                "house in Kiriella at about 2.30 a.m. on Friday."
            ),
            (
                "He said a third member of the family, a 12-year-old girl, was rescued by "
                "neighbours and admitted to the Ratnapura Teaching Hospital."
            ),
        ],
    ),
    (
        "n84-lk-dr-ms-initials-quote",
        (
            "NBRO senior scientist Dr. (Ms.) R.M. Thisuri Ilangasinghe said the "
            "organisation had recorded 37 new cracks in houses, retaining walls and "
            "roads in the two districts since Tuesday. She said the red alerts would "
            "remain in force at least until 6.00 a.m. on Monday. “The ground is "
            "already full of water,” Dr. Ilangasinghe said. “Even a moderate shower "
            "of 75 mm on top of this can move a slope.”"
        ),
        [
            (
                "NBRO senior scientist Dr. (Ms.) R.M. Thisuri Ilangasinghe said the "
                "organisation had recorded 37 new cracks in houses, retaining walls and "
                "roads in the two districts since Tuesday."
            ),
            "She said the red alerts would remain in force at least until 6.00 a.m. on Monday.",
            "“The ground is already full of water,” Dr. Ilangasinghe said.",
            "“Even a moderate shower of 75 mm on top of this can move a slope.”",
        ],
    ),
    (
        "n84-lk-asp-pm-police",
        (
            "Police Media Spokesman ASP Suranjith Lokugamage said the "
            "Ratnapura–Embilipitiya road was closed to traffic near Kiriella from "
            "4.00 p.m. on Friday after a slope gave way above it. He said vehicles "
            "were being diverted through Pelmadulla. The police spokesman said a "
            "42-year-old man who went missing while crossing a swollen stream in "
            "Elapatha on Thursday evening had not yet been found."
        ),
        [
            (
                "Police Media Spokesman ASP Suranjith Lokugamage said the "
                "Ratnapura–Embilipitiya road was closed to traffic near Kiriella from "
                "4.00 p.m. on Friday after a slope gave way above it."
            ),
            "He said vehicles were being diverted through Pelmadulla.",
            (
                "The police spokesman said a 42-year-old man who went missing while "
                "crossing a swollen stream in Elapatha on Thursday evening had not yet "
                "been found."
            ),
        ],
    ),
    (
        "n84-lk-pvt-ltd-rights",
        "Copyright © 2026 Kelani Herald Newspapers (Pvt) Ltd. All rights reserved.",
        [
            "Copyright © 2026 Kelani Herald Newspapers (Pvt) Ltd.",
            "All rights reserved.",
        ],
    ),
    (
        "n84-sc-ms-quote-open",
        (
            "“The school bus now goes round by the north shore, which is 19 miles "
            "longer,” Ms NicDhòmhnaill-Kennoway said. “The children are picked up at "
            "ten past seven instead of eight."
        ),
        [
            (
                "“The school bus now goes round by the north shore, which is 19 miles "
                "longer,” Ms NicDhòmhnaill-Kennoway said."
            ),
            "“The children are picked up at ten past seven instead of eight.",
        ],
    ),
    (
        "n84-sc-ltd-no-company",
        "© 2026 Lochaber Bulletin Ltd, registered in Scotland, No. SC418805.",
        [
            "© 2026 Lochaber Bulletin Ltd, registered in Scotland, No. SC418805.",
        ],
    ),
    (
        "n84-sc-declined-after-email",
        (
            "A council spokesperson said in an email that temporary traffic lights "
            "would be installed on the north shore road by 31 July to manage the "
            "extra heavy traffic. The spokesperson declined to say whether the "
            "replacement would be funded next year."
        ),
        [
            (
                "A council spokesperson said in an email that temporary traffic lights "
                "would be installed on the north shore road by 31 July to manage the "
                "extra heavy traffic."
            ),
            ("The spokesperson declined to say whether the replacement would be funded next year."),
        ],
    ),
    (
        "n84-jm-am-pm-release",
        (
            "Households in sections of Portmore, St Catherine, will receive piped "
            "water only between 5:00 a.m. and 5:00 p.m. each day from Monday, the "
            "National Water Commission (NWC) said in a release on Thursday. The "
            "commission said the level of its Tawes Pen reservoir had fallen to 31 "
            "per cent of capacity, the lowest for July since 2015."
        ),
        [
            (
                "Households in sections of Portmore, St Catherine, will receive piped "
                "water only between 5:00 a.m. and 5:00 p.m. each day from Monday, the "
                "National Water Commission (NWC) said in a release on Thursday."
            ),
            (
                "The commission said the level of its Tawes Pen reservoir had fallen to "
                "31 per cent of capacity, the lowest for July since 2015."
            ),
        ],
    ),
    (
        "n84-jm-dr-mp-quote-open",
        (
            "But Member of Parliament for the area Dr Sashalee Thelwood-Rickettson "
            "said residents of Hellshire Heights and Bridgeport had received no piped "
            "water at all since Saturday. She said her constituency office had logged "
            "460 calls about water since the weekend. “A 12-hour schedule is only a "
            "schedule if the water comes,” Dr Thelwood-Rickettson said. “Some of my "
            "constituents on the hill have not seen water in their pipes for six "
            "days."
        ),
        [
            (
                "But Member of Parliament for the area Dr Sashalee Thelwood-Rickettson "
                "said residents of Hellshire Heights and Bridgeport had received no piped "
                "water at all since Saturday."
            ),
            (
                "She said her constituency office had logged 460 calls about water since "
                "the weekend."
            ),
            (
                "“A 12-hour schedule is only a schedule if the water comes,” Dr "
                "Thelwood-Rickettson said."
            ),
            (
                "“Some of my constituents on the hill have not seen water in their pipes "
                "for six days."
            ),
        ],
    ),
    (
        "n84-jm-creole-pm",
        (
            "“Mi cyaan bathe di pickney dem before school, and mi pay mi bill every "
            "month,” said Tasheka Morrish, a mother of three in Cedarvale Gardens. "
            "She said the truck had come to her street once since Saturday, at 11 "
            "p.m. on Tuesday, when most of her neighbours were asleep."
        ),
        [
            (
                "“Mi cyaan bathe di pickney dem before school, and mi pay mi bill every "
                "month,” said Tasheka Morrish, a mother of three in Cedarvale Gardens."
            ),
            (
                "She said the truck had come to her street once since Saturday, at 11 "
                "p.m. on Tuesday, when most of her neighbours were asleep."
            ),
        ],
    ),
    (
        "n84-us-aug-emailed-statement",
        (
            "The governor’s spokeswoman, Micaela Everhart-Shue, said in an emailed "
            "statement that the tutoring money was vetoed because the pilot "
            "“duplicates programs the state already funds” through its education "
            "department. She said the rest of the bill would take effect on Aug. 28, "
            "as most new laws do."
        ),
        [
            (
                "The governor’s spokeswoman, Micaela Everhart-Shue, said in an emailed "
                "statement that the tutoring money was vetoed because the pilot "
                "“duplicates programs the state already funds” through its education "
                "department."
            ),
            "She said the rest of the bill would take effect on Aug. 28, as most new laws do.",
        ],
    ),
    (
        "n84-us-rep-st-joseph-votes",
        (
            "The sponsor, Rep. Delphina Whetstine-Farlowe, R-St. Joseph, said the "
            "bill passed the House 141-12 and the Senate 29-4 in May. She said she "
            "was disappointed to lose the tutoring pilot but would file it again as a "
            "separate bill in January."
        ),
        [
            (
                "The sponsor, Rep. Delphina Whetstine-Farlowe, R-St. Joseph, said the "
                "bill passed the House 141-12 and the Senate 29-4 in May."
            ),
            (
                "She said she was disappointed to lose the tutoring pilot but would file "
                "it again as a separate bill in January."
            ),
        ],
    ),
    (
        "n84-us-qa-answer",
        (
            "A: She’s not wrong that pay matters. But a kid in a classroom this "
            "August can’t wait for a pay bill that hasn’t been filed."
        ),
        [
            "A: She’s not wrong that pay matters.",
            (
                "But a kid in a classroom this August can’t wait for a pay bill that "
                "hasn’t been filed."
            ),
        ],
    ),
    (
        "n84-us-superintendent-aug",
        (
            "“I had a chemistry class taught off a video screen for a whole "
            "semester,” said Weston Kistler, superintendent of the Tinsman Creek R-IV "
            "School District in north Missouri, which enrolls 310 students. He said "
            "the district had one applicant for its science opening last year, and "
            "that applicant withdrew in August. The executive director said the "
            "retirement system would publish guidance for districts by Aug. 1."
        ),
        [
            (
                "“I had a chemistry class taught off a video screen for a whole "
                "semester,” said Weston Kistler, superintendent of the Tinsman Creek R-IV "
                "School District in north Missouri, which enrolls 310 students."
            ),
            (
                "He said the district had one applicant for its science opening last "
                "year, and that applicant withdrew in August."
            ),
            (
                "The executive director said the retirement system would publish guidance "
                "for districts by Aug. 1."
            ),
        ],
    ),
    (
        "n84-ke-dr-cec-split-quote",
        (
            "County Executive Committee Member for Health Dr Waceke Ngetich-Ruttoh "
            "told the Times that June salaries for all nurses were paid in full on "
            "July 9. She said the county had paid Sh96 million of the arrears in "
            "March and would pay the balance in three instalments starting in "
            "September. “We have put our offer in writing,” the CEC said, “and we are "
            "asking the nurses to come back to the table and to their patients.”"
        ),
        [
            (
                "County Executive Committee Member for Health Dr Waceke Ngetich-Ruttoh "
                "told the Times that June salaries for all nurses were paid in full on "
                "July 9."
            ),
            (
                "She said the county had paid Sh96 million of the arrears in March and "
                "would pay the balance in three instalments starting in September."
            ),
            (
                "“We have put our offer in writing,” the CEC said, “and we are asking the "
                "nurses to come back to the table and to their patients.”"
            ),
        ],
    ),
    (
        "n84-ke-question-said-after",
        (
            "“They told us to go to a private hospital, but where will I get Sh8,000 "
            "for a scan?” said Cherop Jebitok, whose mother was discharged from the "
            "hospital’s medical ward on Sunday. She said her mother, 71, was still "
            "unable to walk."
        ),
        [
            (
                "“They told us to go to a private hospital, but where will I get Sh8,000 "
                "for a scan?” said Cherop Jebitok, whose mother was discharged from the "
                "hospital’s medical ward on Sunday."
            ),
            "She said her mother, 71, was still unable to walk.",
        ],
    ),
    (
        "n84-id-aug-provincial-data",
        (
            "Yogyakarta’s main regional landfill in Bantul regency will not accept "
            "rubbish from the city for 45 days from Aug. 1 while a new cell is dug, "
            "the Yogyakarta provincial administration said on Friday. The city "
            "produces about 290 tonnes of household waste a day, according to data "
            "from the city environment agency (DLH)."
        ),
        [
            (
                "Yogyakarta’s main regional landfill in Bantul regency will not accept "
                "rubbish from the city for 45 days from Aug. 1 while a new cell is dug, "
                "the Yogyakarta provincial administration said on Friday."
            ),
            (
                "The city produces about 290 tonnes of household waste a day, according "
                "to data from the city environment agency (DLH)."
            ),
        ],
    ),
    (
        "n84-id-rp-usd-bambang",
        (
            "Provincial secretary Bambang Setyo Nugroho said the landfill had "
            "received 1,100 tonnes a day from the city and the Sleman and Bantul "
            "regencies in June, well above the 750 tonnes it was designed for. He "
            "said the provincial budget had set aside Rp 38 billion (US$2.3 million) "
            "for the new cell and for a gas capture system. Bambang said he hoped the "
            "three administrations would agree on a new daily quota before the "
            "landfill reopens."
        ),
        [
            (
                "Provincial secretary Bambang Setyo Nugroho said the landfill had "
                "received 1,100 tonnes a day from the city and the Sleman and Bantul "
                "regencies in June, well above the 750 tonnes it was designed for."
            ),
            (
                "He said the provincial budget had set aside Rp 38 billion (US$2.3 "
                "million) for the new cell and for a gas capture system."
            ),
            (
                "Bambang said he hoped the three administrations would agree on a new "
                "daily quota before the landfill reopens."
            ),
        ],
    ),
    (
        "n84-ug-shs-2am-quote-open",
        (
            "The chairperson of the Mpumudde Extension Vendors’ Association, Ms "
            "Mutesi Kaduyu, said 612 vendors, most of them women, had traded from the "
            "stalls, and that the association had paid Shs150m to build them in 2023. "
            "She said the association estimated that goods worth Shs600m were lost or "
            "destroyed in the demolition. “They came at 2am with a grader and men "
            "carrying pangas,” she said. “By the time we reached the market, "
            "everything was down."
        ),
        [
            (
                "The chairperson of the Mpumudde Extension Vendors’ Association, Ms "
                "Mutesi Kaduyu, said 612 vendors, most of them women, had traded from the "
                "stalls, and that the association had paid Shs150m to build them in 2023."
            ),
            (
                "She said the association estimated that goods worth Shs600m were lost or "
                "destroyed in the demolition."
            ),
            "“They came at 2am with a grader and men carrying pangas,” she said.",
            "“By the time we reached the market, everything was down.",
        ],
    ),
    (
        "n84-hk-pm-am-hkd-tse",
        (
            "Rexon Tse Kwun-pan, general manager of Kam Lik Minibus Company, which "
            "runs route 61K, said the last four trips of the night, between 11.10pm "
            "and 12.40am, carried an average of 9 passengers each in June. He said "
            "the company had lost about HK$1.5 million on the route in the year to "
            "March, according to its accounts. “We have held the fare for four "
            "years,” Tse said. “Diesel has gone up 30 per cent in that time and our "
            "drivers’ wages have gone up twice.”"
        ),
        [
            (
                "Rexon Tse Kwun-pan, general manager of Kam Lik Minibus Company, which "
                "runs route 61K, said the last four trips of the night, between 11.10pm "
                "and 12.40am, carried an average of 9 passengers each in June."
            ),
            (
                "He said the company had lost about HK$1.5 million on the route in the "
                "year to March, according to its accounts."
            ),
            "“We have held the fare for four years,” Tse said.",
            (
                "“Diesel has gone up 30 per cent in that time and our drivers’ wages have "
                "gone up twice.”"
            ),
        ],
    ),
]
