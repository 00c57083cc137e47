"""Hundred-and-forty-third set of new hand-labelled pages for the hint engines (tuning set, round fifty-three):
twelve WHOLE pages of ordinary news from twelve countries, head to tail as a reader's paste gives
them, with ordinary head and tail furniture on each, where ATTRIBUTION and SPEAKERS are the hard
part. The pages: a Malaysian English-language daily's website (fourteen families moved out of a
Paya Terubong condominium after a slope gives way), a Nigerian daily's website (a court report: a
buyer tells a Lagos State High Court he paid ₦45 million for a Lekki plot he never saw), a South
African business news site (a clothing retailer's profit warning, shares down as much as 6%), a
United States city business journal (a San Antonio health-software startup raises a $28 million
Series B and confirms 41 layoffs), an Indian city news site (Hyderabad residents protest the
felling of 212 trees for a flyover), a Philippine provincial news site (a Negros sugar mill
delays milling three weeks), a Tanzanian English-language daily (Dar–Zanzibar ferry fares up 20
percent), an Irish regional weekly (an interview with Q&A block: an island ferry trust's chair on
annual grants), a Canadian regional news site (a Nova Scotia gold mine ordered to stop
discharging after a tailings overflow), an Australian regional news site (four Central Coast bus
routes cut, argued over on social media), a New Zealand local democracy report (a packed Temuka
town hall opposes a library closure) and an English local newspaper (overnight births suspended
at Malton's midwife-led unit).

What is hard is who says what. Organisations named once in full and then by a generic noun ("The
agency said", "the department said in a statement", "The company said", "The retailer said", "The
group said", "the commission said", "The authority said", "The mill said", "The operator said",
"The corporation said", "The association said", "The alliance said", "The trust said", "the
council said", "The Department said"), by an acronym first given in brackets ("MBPP said") or by
a short form ("Agarita announced", "Cogswell Ridge said", "Flatiron Rock, ..., said", "Unguja Sea
Link said"). Clause speakers inside a longer sentence ("Shares ... fell as much as 6% ... after the
clothing and homeware retailer said it expected ...", "the rand firmed ... after Statistics South
Africa said ..."), and ones that close a long lead ("..., Gosford Harbour Bus Lines Pty Ltd said on
Wednesday.", "..., Ryedale and Coast Hospitals NHS Trust has said."). "announced the funding",
"confirmed the January layoffs" and "confirmed the letter was genuine" with their objects, and a
headline's "confirms". Pronoun chains across paragraphs with two people of the same gender in turn
(a Datuk committee chairman and a joint management body chairman; a witness and a senior advocate;
a chief financial officer and an analyst; a chief executive and a venture partner; a residents'
president and a zonal commissioner; a mill vice president and a planters' president; a ferry
company's manager and a passengers' chair; a mine manager and an anglers' president; a state MP
and a bus company's manager; a director of midwifery and a pregnant mother). Spokespeople named
after the quote ("..., said Ooi Kah Seng, a spokesman for Bukit Saujana.", "..., said Caroline
Boudreau-Fitzgerald, a spokesperson for the department.", "..., said Juma Ali Khatib, the
authority's public relations officer."). Quotes running over two and three paragraphs with open
quotes and no cue after the first, and a quote carried on in a second pair of quote marks with no
cue. "according to" with a trading statement, a Form D filing with the Securities and Exchange
Commission, a report to councillors, board papers, an inspection report, an annual report,
monitoring reports filed with the province, a tree census, a traffic study, agency data and
figures ("SRA data", "ZMA figures", "Transport for NSW data", "Stats NZ estimates"), the police and
a lawyer; documents with their own verbs ("the report said", "The report estimates", "The papers
said"). Posts ("wrote in a Facebook post", "In a second post ..., she said", "wrote on Facebook",
"posted on Facebook", "wrote on X", "said in a post on Instagram", "wrote in a LinkedIn post",
"commented under his post", "He later posted a map"). Statements read out by someone else: a
minister's message read by his officer on special duty, a minister's statement read by his
permanent secretary (who then answers questions herself), a mayor's statement read by his deputy
(who then speaks for herself), and a commission's statement "signed by its spokesman". Titles
dropped and particles kept: Datuk, Alhaji, Chief, Mr., Mrs., SAN, Justice, Dr., Engr.,
Sheikh, Cllr, Fire Chief, Mayor, Minister; "bin", "binti", "van der", "van", "du", "de la",
"dela", "Nic Giolla", "Ó", "Jr.", initials ("B. Hemalatha", "K. Venkata Ramana") and "Md." stay,
capitalised at a sentence start ("Van der Heever said", "De la Rosa-Kemper said", "De la Peña
said", "Dela Torre said") and not mid-sentence ("de la Rosa-Kemper wrote on X"); Malay given names
("Zainal Abidin said", "Mohd Hafiz said") and "Sheikh Abdulrahman said" resolve to the full name.
Bodies the text names only by initials ("The HMDA", "The RCMP") are named as the text names them.
An interview's Q&A block ("Q:"/"A:"), with questions citing a source ("Q: The Department says
...", "Q: A lot of people on the mainland say ..."). A court report with a witness who "told the
court" and "replied", counsel who "asked", "put it to him" and "objected, saying", and a judge who
"ruled". And sentences with no speaker that look as if they have one: "The said property",
"is said to be", "the so-called Hill 3 platform", "a so-called 'reconciliation letter'", "the
so-called 'green stretch'", "the so-called tiempo muerto", "what they call", "what passengers
call", "what the trust itself calls", "Efforts to reach ... were unsuccessful", "did not say",
"The statement did not say", "We spoke to ...", a reader who "read the message ... and left
without taking questions", a defendant who "did not speak", a plea, a bail order and an
adjournment, and a trader whose middle name is "Said".

The pages hold 520 sentences: 172 "B", 232 "W" and 116 ""; 292 sentences carry a speaker (108
distinct speakers). `STYLES` describes each page, its story, its speakers and its furniture in
order; `CASES` holds 30 split cases cut from the pages (titles and abbreviations inside a name:
"Mr.", "Dr.", "Engr.", "Jr.", "Md.", "N.S."; "Ltd." mid-sentence and ending a line before
"All rights reserved."; "Pvt. Ltd.", "No. 14", "No. 04481127.", "Jan. 22", "2 a.m."; a dateline
"Zanzibar." glued to its lead; quotes split into short sentences and carried over with no cue;
questions inside quotes followed by their attribution; "A:" answers; two-sentence furniture lines).

Written from scratch for issue 13 in round fifty-three, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py`, `test_*.py`,
`hint_scores.py` or README was opened, and no engine, scorer or test was run. What was read: the
brief; the module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only,
the docstrings and entry counts of `labelled_new139.py` and `labelled_new140.py` and the first
`STYLES` entry, the first page's first fifteen sentences, the page sizes and the first two cases
of `labelled_new139.py`. Coined names were checked for freshness with `grep -rlF` file counts over
`tests/text`; the ones that hit (two outlets, four firms and funds and one surname) were replaced,
and surnames were checked for reuse across these pages (one was renamed).

Every person, outlet, firm, fund, group, association, alliance, trust, society, clinic, mill,
ferry, boat, statement, filing, post and figure is invented. Real countries, regions, cities,
towns, rivers, roads, courts, ministries, agencies, councils and other public bodies appear only
as settings, with invented statements and figures: George Town, Paya Terubong, Jelutong, Air Itam,
the Penang Department of Mineral and Geoscience, the Penang Island City Council, the Public Works
Department and the Malaysian Meteorological Department; Lagos, Ikeja, Lekki, Abuja, the
Lekki-Epe Expressway, the Lagos State High Court, the Lagos State Lands Registry and the Economic
and Financial Crimes Commission; the JSE and Statistics South Africa; San Antonio, Denver, Tulsa,
Pearsall and the Securities and Exchange Commission; Hyderabad, Khajaguda, Nanakramguda,
Gachibowli, Kondapur, Serilingampally, the Greater Hyderabad Municipal Corporation, the HMDA, the
Telangana Forest Department, the Telangana High Court and the Cyberabad traffic police;
Himamaylan City, Negros Occidental, Barangay Su-ay and the Sugar Regulatory Administration;
Zanzibar, Stone Town, Dar es Salaam, Kariakoo, Darajani, the Zanzibar Maritime Authority, the
Fair Competition Tribunal and a Zanzibar ministry; Arranmore, Leabgarrow, Burtonport, Dungloe,
Dublin and the Department of Rural and Community Development; Goldenville, the St. Marys River,
the Nova Scotia Department of Environment and Climate Change, Nova Scotia Health and the RCMP;
Kincumber, Gosford, Erina, Green Point and Transport for NSW; Temuka, Timaru District Council,
Wellington, Pleasant Point, Geraldine and Stats NZ; Malton, Norton, York, Scarborough, the A64, the
Care Quality Commission and NHS England.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` and
of the recent sets, built with `labelled_articles.build`: each page is a list of paragraphs (a
pasted page's lines, so every masthead, menu, ticker, crumb, byline, date line, share strip,
read-more line, tag line, list item and legal line is a paragraph of its own); each paragraph a
list of sentences `(text, speaker, cue, flags)`, flags "W", "B" or "". Furniture is "B" line by
line and never carries a speaker; headlines and standfirsts are never "B", and their "says",
"tells", "urges" or "confirms" carries the speaker as the story first gives it. A person is named
in full as first given, without titles or roles; a pronoun, a surname, a given name or a title
with a given name resolves to that name; a quote over several sentences or paragraphs carries its
speaker and cue in each.

Conventions this set had to settle, in the same spirit:

* A generic noun for a body the page has already named ("the agency", "the department", "the
  company", "the retailer", "the group", "the mill", "the operator", "the trust", "the council",
  "the commission", "the authority", "the alliance", "the association") is kept as written, as the
  earlier sets keep it ("The agency said" -> "The agency"): the writer first resolved these 34 cues
  to the body's full name, and the lead engineer relabelled them to the earlier sets' convention
  before the set was scored. An acronym first given in brackets ("MBPP said") and a short form
  ("Agarita", "Cogswell Ridge", "Flatiron Rock") resolve to the body's name as first given, like a
  pronoun or a surname: the leading article and a bracketed acronym are dropped ("The Penang
  Department of Mineral and Geoscience (JMG) said" -> "Penang Department of Mineral and
  Geoscience"), and a legal suffix stays as written ("Bukit Saujana Development Sdn Bhd", "Cogswell
  Ridge Gold Ltd.", "Unguja Sea Link Ltd"). A body the text names only by initials is named as the text names it, without the article ("The
  HMDA ... said" -> "HMDA", "The RCMP said" -> "RCMP"). A group with no proper name stays as
  written ("Analysts at Sable Peak Securities", "The GHMC's engineering wing", "A spokesman for the
  Transport Minister", "one man", "a lot of people on the mainland"), and "They said" after it
  resolves to it.
* "according to X" keeps X as written, qualifiers included ("a Form D filing with the Securities
  and Exchange Commission", "monitoring reports the company filed with the province", "papers for
  the trust's board meeting in March", "SRA data"), even when X names a body the page named in
  full; a document with its own verb ("the report said", "The report estimates", "The papers said")
  keeps the document as written.
* A clause speaker inside a longer sentence ("... after the clothing and homeware retailer said it
  expected ...") carries the body with "said"; "announced the funding" and "confirmed the January
  layoffs" carry the subject with "announced" and "confirmed" and are "W" (they put the funding and
  the layoffs on record).
* A statement read out by someone else carries its author with the cue of its own verb ("said",
  "said in a statement"); the reader carries no speaker while reading, and carries herself once she
  answers in her own right ("Asked by reporters afterwards, Dr. Kombo said", "Speaking for herself
  afterwards, Rangitaane-Ward said"). "In a statement signed by its spokesman, ..., the commission
  said" carries the commission.
* Posts keep their whole expression as the cue ("wrote in a Facebook post", "wrote on Facebook",
  "posted on Facebook", "wrote on X", "said in a post on Instagram", "wrote in a LinkedIn post",
  "commented under his post"); a later "she said"/"he wrote"/"He later posted a map" carries the
  same person with its own verb.
* In a court report, the witness carries "told the court", "said" and "replied"; counsel's question
  ("asked him whether ...") carries counsel with "asked" and is ""; "put it to him that ..." carries
  counsel and is "W" (an assertion of fact); "objected, saying" keeps the whole expression; "ruled"
  carries the judge; a plea, a bail order and an adjournment carry no speaker; "The said property"
  is a reference, not a speaker, and carries none.
* A hedge without a speaker ("The slope is said to be one of 37 ...") is "" like "is believed to";
  "what they call", "what passengers call", "what the trust itself calls" and "the so-called ..."
  carry no speaker, and are flagged by what the rest of the sentence says; a named person who
  "did not say", "did not speak" or "left without taking questions", "Efforts to reach ... were
  unsuccessful" and "The statement did not say ..." carry no speaker and are ""; "did not respond
  to a request for comment" carries the person, as in `labelled_new2.py`.
* A Q&A block's "A:" cue is kept on every sentence of the answer, including the sentences of an
  answer that runs into a second paragraph without a new "A:"; a question that cites a body the
  page named carries that body's full name ("Q: The Department says ..." -> "Department of Rural
  and Community Development", "W" because the figure is checkable).
* A reader call-out ("If you have been affected by the change, contact our newsroom.") is a contact
  line and "B".
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

STYLES = [
    'Malaysian English-language daily\'s website (Penang), desktop paste, a SLOPE FAILURE: fourteen families moved out of a Paya Terubong condominium block after the cut slope behind it gives way. Head: masthead, menu, section path ("B"); headline of record "W"; standfirst "Geoscience department says ..." carrying the department as the body first gives it; capitalised byline, "Published:" line and share strip "B". Body: "GEORGE TOWN:" lead of record with no speaker; the Penang Department of Mineral and Geoscience (JMG) named once, then "The agency said" and "the department said in a statement" (both the full name); the developer Bukit Saujana Development Sdn Bhd, then "The company said" and "It said" (the full name); its spokesman named after the quote; a Datuk state committee chairman (title dropped) referred to later by his given names ("Zainal Abidin said") alternating over three paragraphs with a joint management body chairman "bin" ("Mohd Hafiz said"), "He said" after each resolving to the right man; a quote that runs on with no cue; a mid-story ALSO READ "B"; the city council first given with its Malay acronym in brackets, then "MBPP said in a brief statement" (the full name); a councillor who "wrote in a Facebook post" and "In a second post ..., she said"; a resident "binti" named after her quote; "according to Malaysian Meteorological Department data"; "said to be" (hedged, no speaker) and "the so-called Hill 3 platform" (no speaker). Tail: tags, related list with section-and-age lines, report line, company line split at the bracketed number (all "B").',
    'Nigerian national daily\'s website (Lagos), phone paste, a COURT REPORT: a buyer tells a Lagos State High Court in Ikeja he paid ₦45 million for a Lekki plot he never saw. Head: masthead, menu, crumbs with », byline, date with a bar, reading time ("B"); headline "Buyer tells court ..." carrying the witness. Body: the Alhaji witness (title dropped) "told a Lagos State High Court"; the Chief defendant (named, never speaks; a plea and bail with no speaker); the EFCC first given in full with its acronym; the witness "Led in evidence by the prosecution counsel, Mr. ..." and his two-sentence "My Lord" quote; "The said property" (no speaker); cross-examination by a SAN (title and rank dropped) with two men alternating ("Aribisala-Ojo asked him", "Danjuma replied", "The senior advocate put it to him", "He said" resolving to the witness, "which he said" to counsel); "a so-called \'reconciliation letter\'" (no speaker); prosecution counsel "objected, saying"; the judge "ruled" (title dropped); a Mrs. registry director and "She said"; the defendant silent in the dock; "In a statement signed by its spokesman, ..., the commission said" (the commission, full name); "Efforts to reach ... were unsuccessful" (no speaker); the adjournment with no speaker. Tail: share prompt and strip, related list, a copyright block of three sentences split after "Ltd." (all "B").',
    'South African business news site (Johannesburg), desktop paste, a RETAILER\'S PROFIT WARNING: Karoo Lane Holdings warns first-half HEPS will fall 35% to 45% and its shares drop as much as 6%. Head: masthead, menu, market ticker, section path ("B"); headline "W"; standfirst "Chief executive says ..." carrying him; byline name and role on separate lines, date with a bar, listen strip ("B"). Body: a clause speaker inside a longer sentence ("Shares ... fell as much as 6% ... after the clothing and homeware retailer said it expected ...", the retailer\'s full name); "according to the trading statement" kept as written; "The retailer said", "It said", "The group said", "the company said" (all the full name); the chief executive "van der" ("Van der Heever said" at a sentence start) with a two-sentence quote; his predecessor "van" named with no speaker; a mid-story READ ALSO "B"; the CFO "du" and an analyst named after her quote, two women alternating ("She said" after each, "Du Toit, answering ..., said", "Nkwinika said"); "Analysts at Sable Peak Securities said in a note" and "They said" kept as written; a second clause speaker ("after Statistics South Africa said"); "according to Kiepersol Data figures". Tail: newsletter box, related list, company line split after "(Pty) Ltd.", legal links (all "B").',
    'United States city business journal\'s tech page (San Antonio), desktop paste, a STARTUP FUNDING ROUND and LAYOFFS: Agarita Health raises a $28 million Series B and confirms 41 January job cuts. Head: masthead, sign-in strip, menu, section path ("B"); headline "raises ..., confirms January layoffs" carrying the company with "confirms"; dek of record with no speaker; byline with role, double timestamp line, listen strip ("B"). Body: lead of record with no speaker; "Agarita announced the funding in a blog post" (cue "announced", the full name); "The company said"; "according to a Form D filing with the Securities and Exchange Commission" kept as written; the CEO "de la" ("De la Rosa-Kemper said" at a sentence start, "de la Rosa-Kemper wrote on X" mid-sentence) and the lead investor\'s partner, two women alternating ("She said" after each); a RELATED line of two sentences ("B"); "Agarita confirmed the January layoffs" (cue "confirmed"); a quote carried on with no cue; a former employee who "wrote in a LinkedIn post" and "did not respond to a request for comment"; a clinic administrator named after his quote; "according to Pitchline data"; "Flatiron Rock, which closed ..., said" (the investor\'s full name). Tail: newsletter prompt, tip line with an email, more-from list, company line split after "LLC.", legal links (all "B").',
    'Indian city news site (Hyderabad), phone paste, a TREE-FELLING PROTEST: residents oppose the GHMC\'s plan to remove 212 trees for a flyover at Khajaguda. Head: masthead, trending strip, crumbs ("B"); headline of record "W"; standfirst "Minister says ..." carrying the minister; desk byline, updated line, reading time ("B"). Body: "HYDERABAD:" lead naming the corporation with its acronym in brackets, then "The corporation said" (full name, twice); a residents\' welfare association with its acronym, then "The association said" and "It said" (full name); its president "Dr." and a zonal commissioner with an initial ("B. Hemalatha"), two women alternating ("she told CityLine", "She said", "Dr. Kolluri said", "Hemalatha, when told of this, said"); a body the text names only by initials ("The HMDA ... said" -> "HMDA"); "The Telangana Forest Department, whose permission ..., said"; a minister\'s message read out by his officer on special duty (the minister carries it; the reader, with an initial, named with no speaker and "left without taking questions"), with "according to a traffic study" inside the same sentence; a corporator "Md." who "wrote on X" and "he wrote"; "The GHMC\'s engineering wing said in a statement" kept as written; "according to the corporation\'s 2025 tree census"; "the so-called \'green stretch\'" (no speaker); a tiffin-centre owner named after his quote; "according to the police". Tail: also-read line, tags, WhatsApp prompt, comments count, company line split after "Pvt. Ltd." (all "B").',
    'Philippine provincial news site (Negros Occidental), WordPress paste, a SUGAR MILL DELAY: Tabugon Sugar Central Inc. pushes the start of milling back three weeks over a boiler repair. Head: masthead, weekday date line, capitalised menu, crumbs with ">" ("B"); headline of record "W" with no speaker; lower-case byline, date, comment count ("B"). Body: "HIMAMAYLAN CITY, Negros Occidental –" lead naming the mill with "Inc." mid-sentence; "The mill said in a notice" and "In its notice, the mill said" (the full name); an "Engr." mill vice president with "de la" and "Jr." and a planters\' president with "dela", two men alternating over five paragraphs ("De la Peña said", "Dela Torre said", "He said" after each); "Dela Torre posted on Facebook"; "De la Peña confirmed the letter was genuine"; the Sugar Regulatory Administration first given with its acronym, then "The agency said" and "It said" (the full name), and "according to SRA data" kept as written; "the so-called tiempo muerto" (no speaker); a cane cutter\'s wife "de la" named after her quote; a city social welfare officer; a workers\' alliance "said in a statement" and "The alliance said" (full name). Tail: WordPress share and like blocks with "Loading...", related list, a three-sentence footer (all "B").',
    'Tanzanian English-language daily\'s website (Dar es Salaam), desktop paste, a FERRY FARE RISE: Dar–Zanzibar fares up to 20 percent higher from Monday. Head: masthead, menu, crumbs ("B"); headline of record "W"; standfirst "Stone Town imam urges ..." carrying the Sheikh; byline, date with an update time ("B"). Body: "Zanzibar." dateline glued to the lead (one sentence); the Zanzibar Maritime Authority first given with its acronym, then "The authority said", "It said" (full name) and "according to ZMA figures" kept as written; its public relations officer named after his quote; the operator "Unguja Sea Link Ltd", then "The company said" and "Unguja Sea Link said in a post on Instagram" (full name); its marketing manager named after her quote and a passengers\' association chair, two women alternating ("She said", "Othman said", "Mzee said", "Othman said", "She said"); "according to the association\'s lawyer, ..."; a Sheikh (title dropped) who "told worshippers", then "Sheikh Abdulrahman said" and "he said"; the ministry named once in full; a minister\'s statement read to reporters by his permanent secretary (the minister carries it, "The minister said"), who then answers questions herself ("Asked by reporters afterwards, Dr. Kombo said") and "did not say" (no speaker); "what they call the \'market boat\'" (no speaker); a trader whose middle name is "Said" named after her quote. Tail: related list, app prompt, company line split after "Ltd.", footer links (all "B").',
    'Irish regional weekly\'s website (Donegal), desktop paste, an INTERVIEW with a Q&A BLOCK: the chair of the Arranmore Harbour and Ferry Trust on the island\'s evening ferry. Head: masthead, menu, section path, INTERVIEW label ("B"); quoted headline "..., says Arranmore ferry trust chair" carrying her (""); standfirst "the Department says ..." carrying the Department; byline with "Mac", date line ("B"). Body: intro of record, the Department named once in full mid-sentence, then "The Department said in a statement" (full name); "The trust says" (full name); a councillor "Ó" (Cllr dropped) with a two-sentence quote; the reporter\'s "We spoke to ..." (no speaker); an edited-for-length note "B"; Q&A with "Q:" and "A:": every answer sentence carries the chair "Nic Giolla" with cue "A:", an answer running over two paragraphs, a boat called "she" inside an answer; questions carry no speaker unless they cite one ("Q: The Department says ..." -> the Department\'s full name; "Q: A lot of people on the mainland say ..." kept as written). Tail: two read-more lines, subscribe offer, copyright (all "B").',
    'Canadian regional news site (Nova Scotia), desktop paste, a MINE SPILL: the province orders a gold mine near Goldenville to stop discharging after a tailings pond overflows into a brook. Head: masthead, menu, section path ("B"); headline of record with no speaker; byline with a middle dot, posted/updated line, share strip ("B"). Body: "GOLDENVILLE, N.S. —" lead naming the Nova Scotia Department of Environment and Climate Change, then "The department said", "In a ministerial order ..., the department said", "It said" and "..., the department said" (full name); its spokesperson named after the quote, "She said" twice; the company first met inside "the Cogswell Ridge Gold Ltd. mine", then "Cogswell Ridge said in a news release" and "The company said" (full name with "Ltd."); the mine manager and an anglers\' society president, two men alternating ("Tremblay-Sutherland said", "Chisholm-Baird said", "He said" after each); the president\'s quote running over three paragraphs with open quotes and no cue after the first; "the St. Marys River" mid-sentence; a Fire Chief (title dropped) with "2 a.m." and "6 a.m."; "The RCMP said" and "..., the RCMP said" (named only by initials); "Nova Scotia Health advised"; "according to the company\'s most recent annual report" and "according to monitoring reports the company filed with the province" kept as written; "Cogswell Ridge did not say ..." (no speaker). Tail: with-files line, typo link, related list, company line split after "Inc." (all "B").',
    'Australian regional news site (Central Coast, NSW), desktop paste, BUS ROUTE CUTS: an operator cuts four routes from April 14, blaming a driver shortage, and the argument runs on social media. Head: masthead, subscribe strip, menu, section path ("B"); headline of record with no speaker; byline name, updated/first-published line, share strip ("B"). Body: lead with the operator\'s full name and "said on Wednesday" at the end, then "The operator said", "The company said" (full name); "Transport for NSW, which contracts ..., said", then "The agency said", "It said" (full name) and "according to Transport for NSW data" kept as written; an Advertisement line "B"; a state MP who "wrote on Facebook" and "she wrote", and the operator\'s general manager, two women alternating ("She said the company had offered her a meeting", "Tjandra-Lewis, asked about the email, said", "She said", "Farrant-Keogh said", a two-sentence quote "she said"); "A spokesman for the Transport Minister said" kept as written; a councillor who "said in a post on Instagram" and "He later posted a map"; a pensioner who "commented under his post" and "she wrote"; "what passengers call \'the ghost bus\'" (no speaker); a commuter group (descriptor dropped) that "wrote on X", then "The group said" (its name). Tail: newsletter block, privacy line of two sentences, more-from list, company line split after "Pty Ltd." (all "B").',
    'New Zealand regional news site (South Canterbury), desktop paste, a LOCAL DEMOCRACY REPORT: a packed Temuka town hall opposes a council plan to close the town\'s library. Head: masthead, menu, section label, scheme label ("B"); headline of record "W"; standfirst "Mayor says ..." carrying the mayor; byline with role, date line, share line ("B"). Body: lead of record naming Timaru District Council, then "The council said" and "In a written response ..., the council said" and "The council posted a summary ... saying" (full name); "according to a report to councillors", then "..., the report said" and "The report estimates" kept as written; the mayor\'s statement read to the meeting by the deputy mayor (the mayor carries it, "the mayor said in the statement"); "The statement did not say ..." (no speaker); the reader heckled (no speaker), then speaking for herself ("Speaking for herself afterwards, Rangitaane-Ward said"); "one man asked" kept as written; a community board chair with a two-sentence quote and "Pilkington-Ruru said"; "according to Stats NZ estimates"; a homework club organiser whose quote runs into a second paragraph; a former librarian on "the so-called \'library of things\'" (she carries it); "The post had drawn ..." (no speaker). Tail: scheme note, latest list, copyright (all "B").',
    'English local newspaper\'s website (North Yorkshire), desktop paste, a MATERNITY UNIT CHANGE: overnight births suspended at Malton\'s midwife-led unit for three months. Head: masthead, sign-in strip, menu, crumbs ("B"); headline of record with no speaker; standfirst "Trust says ..." carrying the trust; byline, role line, published line ("B"). Body: lead with "..., Ryedale and Coast Hospitals NHS Trust has said." at the end, then "The trust said", "It said" (full name); the director of midwifery named after her quote and a pregnant mother, two women alternating over four paragraphs ("She said" after each, "Pettifer-Osei said", "Brannagh-Stott said") with a two-sentence quote; a read-more line "B"; "according to papers for the trust\'s board meeting in March", then "The papers said" kept as written; "according to the Care Quality Commission\'s most recent inspection report"; a campaign group (descriptor dropped) that "wrote on Facebook", then "It said" (its name), and its organiser; the MP who "wrote on X" and "he wrote"; "what the trust itself calls a \'home-from-home\' unit" (no speaker); "according to NHS England workforce figures"; a reader call-out "B". Tail: comments label, newsletter box, a company block of three sentences split after "Ltd." and the registration number (all "B").',
]

ARTICLES = [
    [
        [
            ("JEREJAK DAILY", "", "", "B"),
        ],
        [
            (
                "News   Metro   Nation   Business   Sport   Lifestyle   Opinion   ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Metro › Penang", "", "", "B"),
        ],
        [
            (
                "Fourteen families moved out of Paya Terubong block after slope gives way",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Geoscience department says it flagged cracks to the developer in January",
                "Penang Department of Mineral and Geoscience",
                "says",
                "W",
            ),
        ],
        [
            ("By CHONG WEI LIN", "", "", "B"),
        ],
        [
            ("Published: Wednesday, 09 Dec 2026 7:42 PM MYT", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Telegram   Email", "", "", "B"),
        ],
        [
            (
                "GEORGE TOWN: Fourteen families were moved out of a condominium block in Paya Terubong on Wednesday after part of the cut slope behind it collapsed following six hours of heavy rain.",
                "",
                "",
                "W",
            ),
            (
                "No one was hurt, but the slip buried two cars and about 20 metres of the block's perimeter wall under mud and rock.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The Penang Department of Mineral and Geoscience (JMG) said its officers had inspected the slope on Jan 14 after residents reported cracks along the top of the retaining wall.",
                "Penang Department of Mineral and Geoscience",
                "said",
                "W",
            ),
            (
                "The agency said it wrote to the developer two days later asking for a geotechnical assessment and for the drains on the slope to be cleared.",
                "The agency",
                "said",
                "W",
            ),
            (
                "“We received an acknowledgement of our letter, but no assessment,” the department said in a statement on Wednesday evening.",
                "the department",
                "said in a statement",
                "W",
            ),
        ],
        [
            (
                "The block's developer, Bukit Saujana Development Sdn Bhd, said it had appointed a consultant in February and that the consultant's report was submitted to the Penang Island City Council (MBPP) in April.",
                "Bukit Saujana Development Sdn Bhd",
                "said",
                "W",
            ),
            (
                "The company said the January letter had asked only for drain maintenance, which it said was carried out in March.",
                "The company",
                "said",
                "W",
            ),
            (
                "It said it would pay for temporary accommodation for all 14 families for as long as they were out of their homes.",
                "Bukit Saujana Development Sdn Bhd",
                "said",
                "",
            ),
        ],
        [
            (
                "“Our engineers were on site within the hour and they will stay there until the slope is declared safe,” said Ooi Kah Seng, a spokesman for Bukit Saujana.",
                "Ooi Kah Seng",
                "said",
                "W",
            ),
        ],
        [
            (
                "State infrastructure committee chairman Datuk Zainal Abidin Osman, who visited the site at noon, said all work on the slope had been stopped until JMG and the Public Works Department had checked it.",
                "Zainal Abidin Osman",
                "said",
                "W",
            ),
            (
                "Zainal Abidin said he had asked MBPP to hand over the consultant's report by Friday.",
                "Zainal Abidin Osman",
                "said",
                "W",
            ),
            ("“If the report was submitted, I want to see it.", "Zainal Abidin Osman", "said", ""),
            (
                "If it was not, somebody has to explain why,” he said.",
                "Zainal Abidin Osman",
                "said",
                "",
            ),
        ],
        [
            (
                "The chairman of the block's joint management body, Mohd Hafiz bin Kamarudin, said cracks in the wall had been visible since last November.",
                "Mohd Hafiz bin Kamarudin",
                "said",
                "W",
            ),
            (
                "He said the body had sent photographs of the cracks to the developer, the city council and the state assemblyman's service centre on Nov 22.",
                "Mohd Hafiz bin Kamarudin",
                "said",
                "W",
            ),
        ],
        [
            (
                "Zainal Abidin, asked about the photographs, said his office had passed them to the council the same week.",
                "Zainal Abidin Osman",
                "said",
                "W",
            ),
            (
                "He said he did not know what had happened to them after that.",
                "Zainal Abidin Osman",
                "said",
                "",
            ),
        ],
        [
            (
                "Mohd Hafiz said the owners would meet on Saturday to decide whether to take legal action.",
                "Mohd Hafiz bin Kamarudin",
                "said",
                "",
            ),
            (
                "“Nobody in this block slept last night,” he said.",
                "Mohd Hafiz bin Kamarudin",
                "said",
                "",
            ),
            (
                "“We will not go back in until someone we trust tells us it is safe.”",
                "Mohd Hafiz bin Kamarudin",
                "said",
                "",
            ),
        ],
        [
            ("ALSO READ: Penang to map 37 high-risk slopes by end of 2027", "", "", "B"),
        ],
        [
            (
                "MBPP said in a brief statement that its engineering department had sealed the site at 6pm and that the consultant's report “is being retrieved from our files”.",
                "Penang Island City Council",
                "said in a brief statement",
                "W",
            ),
        ],
        [
            (
                "City councillor Teh Hui Ming wrote in a Facebook post at 9pm that the 14 families had been placed in two hotels in Jelutong.",
                "Teh Hui Ming",
                "wrote in a Facebook post",
                "W",
            ),
            (
                "In a second post shortly before midnight, she said council engineers had found no movement in the other two blocks in the development.",
                "Teh Hui Ming",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My children's school bags are still inside,” said Nurul Aina binti Rosli, 34, who lives on the third floor with her husband and three children.",
                "Nurul Aina binti Rosli",
                "said",
                "",
            ),
            (
                "She said the family had been given 15 minutes to collect what they could carry.",
                "Nurul Aina binti Rosli",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rainfall at the nearby Air Itam station reached 168mm between 2pm and 8pm, according to Malaysian Meteorological Department data.",
                "Malaysian Meteorological Department data",
                "according to",
                "W",
            ),
            (
                "The slope is said to be one of 37 on the island classified as high-risk in a 2024 state survey.",
                "",
                "",
                "",
            ),
            (
                "The block stands below the so-called Hill 3 platform, a terraced site cleared in 2019 for a second tower that was never built.",
                "",
                "",
                "W",
            ),
            (
                "Police closed Jalan Paya Terubong to traffic in both directions for three hours on Wednesday evening while firemen removed the two cars.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Tags / Keywords: Penang , Landslide , Paya Terubong , Slope Safety , Heavy Rain",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Related News", "", "", "B"),
        ],
        [
            ("Metro  2h ago", "", "", "B"),
        ],
        [
            ("Penang to map 37 high-risk slopes by end of 2027", "", "", "B"),
        ],
        [
            ("Metro  1d ago", "", "", "B"),
        ],
        [
            ("Heavy rain warning for four northern states until Friday", "", "", "B"),
        ],
        [
            ("Report it to us.", "", "", "B"),
        ],
        [
            ("© 2026 Jerejak Media Sdn Bhd (201001012345).", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE LAGOON TRIBUNE", "", "", "B"),
        ],
        [
            (
                "Home   News   Politics   Metro   Business   Sports   Opinion   Columns   E-Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home » Metro » Courts", "", "", "B"),
        ],
        [
            (
                "₦45m land deal: Buyer tells court he never saw Lekki plot before paying",
                "Sani Yakubu Danjuma",
                "tells",
                "W",
            ),
        ],
        [
            ("By Ifeoma Nwachukwu-Adeleye", "", "", "B"),
        ],
        [
            ("February 11, 2027 | 4:32 pm", "", "", "B"),
        ],
        [
            ("3 minutes read", "", "", "B"),
        ],
        [
            (
                "An Abuja-based businessman, Alhaji Sani Yakubu Danjuma, on Wednesday told a Lagos State High Court sitting in Ikeja that he paid ₦45 million for a plot of land in Lekki without ever visiting it.",
                "Sani Yakubu Danjuma",
                "told",
                "W",
            ),
        ],
        [
            (
                "Danjuma was testifying as the second prosecution witness in the trial of a property developer, Chief Adekunle Ogunbiyi-Thomas, who is facing six counts of obtaining money by false pretences and forgery.",
                "",
                "",
                "W",
            ),
            (
                "The Economic and Financial Crimes Commission (EFCC) arraigned Ogunbiyi-Thomas on the counts in October 2025.",
                "",
                "",
                "W",
            ),
            (
                "He pleaded not guilty and was granted bail in the sum of ₦50 million with two sureties.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Led in evidence by the prosecution counsel, Mr. Chinedu Okafor-Eze, Danjuma said he was introduced to the defendant in 2022 by a mutual friend who described him as “the biggest landowner in Lekki”.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
            (
                "He said he made three transfers to the defendant's company, Ogunbiyi-Thomas Estates Limited, between March and June 2022, and was given a deed of assignment and a survey plan.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
        ],
        [
            (
                "“My Lord, I paid the last instalment of ₦15 million on June 9, 2022.",
                "Sani Yakubu Danjuma",
                "told the court",
                "W",
            ),
            (
                "I was told the allocation letter would follow within one month,” he told the court.",
                "Sani Yakubu Danjuma",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "The witness said that when he travelled to Lagos in January 2023 to see the plot, he found a fenced compound with a gatehouse and a signboard bearing the name of another company.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
            (
                "“The man at the gate told me the land had been sold two years before,” he said.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
            (
                "Danjuma said he reported the matter to the EFCC in March 2023, after the defendant stopped taking his calls.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
        ],
        [
            (
                "The said property, a plot of about 1,200 square metres off the Lekki-Epe Expressway, is also the subject of a civil suit before the same court.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Under cross-examination by the defence counsel, Mr. Tunde Aribisala-Ojo, SAN, the witness said he had not inspected the land or conducted a search at the Lands Registry before making the first payment.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
            (
                "Aribisala-Ojo asked him whether a man who had built houses in three states would buy land he had never seen.",
                "Tunde Aribisala-Ojo",
                "asked",
                "",
            ),
            (
                "“I trusted him because he was a chief and an elder,” Danjuma replied.",
                "Sani Yakubu Danjuma",
                "replied",
                "",
            ),
        ],
        [
            (
                "The senior advocate put it to him that his client had refunded ₦20 million to him in 2024.",
                "Tunde Aribisala-Ojo",
                "put it to",
                "W",
            ),
            (
                "He said he received ₦20 million in two transfers that year, but that the money came from the defendant's wife and not from the company.",
                "Sani Yakubu Danjuma",
                "said",
                "W",
            ),
            (
                "Aribisala-Ojo later told the court that the defence would show that the witness had bought a different plot, No. 14, which he said was still available to him.",
                "Tunde Aribisala-Ojo",
                "told the court",
                "W",
            ),
        ],
        [
            (
                "The defence then sought to tender a so-called “reconciliation letter” dated August 2024.",
                "",
                "",
                "W",
            ),
            (
                "Okafor-Eze objected, saying the document was a photocopy and that its maker had not been called as a witness.",
                "Chinedu Okafor-Eze",
                "objected, saying",
                "W",
            ),
            (
                "Justice Morenike Adeyemi-Bankole ruled that the letter would be admitted and that the weight to be attached to it would be decided at the end of the trial.",
                "Morenike Adeyemi-Bankole",
                "ruled",
                "W",
            ),
        ],
        [
            (
                "The third prosecution witness, Mrs. Omolara Akinsete-Bello, a deputy director at the Lagos State Lands Registry, said the survey plan given to Danjuma did not match any plan lodged with the registry.",
                "Omolara Akinsete-Bello",
                "said",
                "W",
            ),
            (
                "She said the registry's records showed the plot had been allocated to a company called Ebute Crest Limited in 2019.",
                "Omolara Akinsete-Bello",
                "said",
                "W",
            ),
            (
                "Asked by Aribisala-Ojo whether the registry's records were ever wrong, she said corrections were made “from time to time” but that no correction had been lodged for that plot.",
                "Omolara Akinsete-Bello",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ogunbiyi-Thomas, dressed in a white agbada, sat in the dock throughout and did not speak during the proceedings.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "In a statement signed by its spokesman, Dele Oyewumi-Akande, after the sitting, the commission said it had traced ₦31 million of the ₦45 million to accounts controlled by relatives of the defendant.",
                "the commission",
                "said",
                "W",
            ),
            (
                "Efforts to reach Ogunbiyi-Thomas Estates Limited for comment were unsuccessful.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "Justice Adeyemi-Bankole adjourned the case to March 4, 2027 for continuation of trial.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kindly share this story:", "", "", "B"),
        ],
        [
            ("Facebook   X   WhatsApp   Email", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Court remands ex-bank manager over ₦1.2bn fraud", "", "", "B"),
        ],
        [
            ("Tribunal fixes date for Ikorodu land case", "", "", "B"),
        ],
        [
            ("Copyright © 2027 Lagoon Tribune Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
            (
                "No part of this material may be reproduced, published or broadcast without the written permission of The Lagoon Tribune.",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("RANDWATCH", "", "", "B"),
        ],
        [
            (
                "Markets   Companies   Economy   Opinion   Careers   Podcasts   Subscribe",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "JSE ALSI 81 204 ▲0.41%   USD/ZAR 17.86 ▼0.22%   Brent $78.10 ▲0.63%   Gold $2 412 ▼0.10%",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Companies › Retail", "", "", "B"),
        ],
        [
            ("Karoo Lane shares slide as it warns of profit drop of up to 45%", "", "", "W"),
        ],
        [
            (
                "Chief executive says a warm winter and weaker credit sales cost the clothing chain its first half",
                "Marnus van der Heever",
                "says",
                "W",
            ),
        ],
        [
            ("Thandiwe Mabaso-Reyneke", "", "", "B"),
        ],
        [
            ("Markets writer", "", "", "B"),
        ],
        [
            ("14 Aug 2026 | 15:20", "", "", "B"),
        ],
        [
            ("Listen to this article  ▶  4 min", "", "", "B"),
        ],
        [
            (
                "Shares in Karoo Lane Holdings fell as much as 6% on the JSE on Thursday after the clothing and homeware retailer said it expected headline earnings per share (HEPS) for the six months to June to be between 35% and 45% lower than a year earlier.",
                "Karoo Lane Holdings",
                "said",
                "W",
            ),
            (
                "HEPS will come in at between 71.5c and 84.5c, compared with 130c in the first half of 2025, according to the trading statement.",
                "the trading statement",
                "according to",
                "W",
            ),
            (
                "The statement was published on the JSE's news service before the market opened, and the shares closed 4.8% lower at R23.10.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The retailer said sales in its clothing division fell 7.2% in the period because an unusually warm winter left it with heavy stocks of coats and boots that it had to discount.",
                "The retailer",
                "said",
                "W",
            ),
            (
                "It said credit sales, which make up about a quarter of group turnover, fell 11% after it tightened its lending criteria in February.",
                "Karoo Lane Holdings",
                "said",
                "W",
            ),
        ],
        [
            (
                "Chief executive Marnus van der Heever told analysts on a call that the group had bought its winter stock in December “for a winter that never arrived”.",
                "Marnus van der Heever",
                "told",
                "W",
            ),
            (
                "“We were wrong on the weather, and we were slow to react.",
                "Marnus van der Heever",
                "said",
                "",
            ),
            ("That is on us,” he said.", "Marnus van der Heever", "said", ""),
        ],
        [
            (
                "Van der Heever said the group, which trades from 612 stores, would close 38 of them by the end of the year, most in malls where it had two branches within five kilometres of each other.",
                "Marnus van der Heever",
                "said",
                "W",
            ),
            (
                "He took over in March from Gideon van Tonder, who retired after 14 years as chief executive.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("READ ALSO: Retail sales beat forecasts as shoppers return to malls", "", "", "B"),
        ],
        [
            (
                "Chief financial officer Annelize du Toit said the group had set aside R96 million in the first half for lease exits and stock write-downs.",
                "Annelize du Toit",
                "said",
                "W",
            ),
        ],
        [
            (
                "“The weather is a convenient story, but the credit book is the real problem,” said Lerato Nkwinika, a retail analyst at Umhlanga Asset Managers.",
                "Lerato Nkwinika",
                "said",
                "",
            ),
            (
                "She said Karoo Lane's bad-debt write-offs had risen in each of the last four reporting periods.",
                "Lerato Nkwinika",
                "said",
                "W",
            ),
        ],
        [
            (
                "Du Toit, answering a similar question on the call, said the group's bad-debt ratio had fallen to 9.8% in June from 11.4% in December.",
                "Annelize du Toit",
                "said",
                "W",
            ),
            ("She said she was “comfortable” with that level.", "Annelize du Toit", "said", ""),
        ],
        [
            (
                "Nkwinika said the lower ratio reflected lending the group had stopped doing, not customers who were paying better.",
                "Lerato Nkwinika",
                "said",
                "W",
            ),
            ("“Ask me again in a year,” she said.", "Lerato Nkwinika", "said", ""),
        ],
        [
            (
                "Analysts at Sable Peak Securities said in a note that Karoo Lane's shares had lost 31% since January, against a 4% gain for the JSE's general retailers index.",
                "Analysts at Sable Peak Securities",
                "said in a note",
                "W",
            ),
            (
                "They said they expected the group to cut its interim dividend.",
                "Analysts at Sable Peak Securities",
                "said",
                "",
            ),
        ],
        [
            (
                "The group said it would publish its interim results on September 8.",
                "The group",
                "said",
                "W",
            ),
            (
                "It said no decision had been taken on jobs at the 38 stores, which employ about 1,100 people.",
                "Karoo Lane Holdings",
                "said",
                "W",
            ),
            (
                "Staff would be offered transfers to other branches “where possible”, the company said.",
                "the company",
                "said",
                "",
            ),
        ],
        [
            (
                "Elsewhere, the rand firmed slightly in afternoon trade after Statistics South Africa said retail sales rose 2.1% year on year in June, the fastest pace in five months.",
                "Statistics South Africa",
                "said",
                "W",
            ),
        ],
        [
            (
                "Short interest in Karoo Lane stood at 6.3% of its issued shares at the end of July, up from 2.9% in May, according to Kiepersol Data figures.",
                "Kiepersol Data figures",
                "according to",
                "W",
            ),
        ],
        [
            ("Sign up for the RandWatch Morning Brief", "", "", "B"),
        ],
        [
            ("Email address   Subscribe", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("Mall landlords brace for a wave of lease exits", "", "", "B"),
        ],
        [
            ("Why clothing retailers keep getting winter wrong", "", "", "B"),
        ],
        [
            ("© 2026 Randwatch Media (Pty) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Terms of use   Privacy policy   PAIA manual   Contact us", "", "", "B"),
        ],
    ],
    [
        [
            ("RIVER CITY DISPATCH", "", "", "B"),
        ],
        [
            ("Sign In   Subscribe", "", "", "B"),
        ],
        [
            ("News   Business   Tech   Real Estate   Health   Events   Lists", "", "", "B"),
        ],
        [
            ("Tech › Health Tech", "", "", "B"),
        ],
        [
            (
                "Agarita Health raises $28M Series B, confirms January layoffs",
                "Agarita Health",
                "confirms",
                "W",
            ),
        ],
        [
            (
                "The San Antonio startup, which sells billing software to rural clinics, cut 41 jobs weeks before the round closed.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Garrett Pulaski – Technology Reporter", "", "", "B"),
        ],
        [
            ("Feb 10, 2027, 2:14pm CST Updated Feb 10, 2027, 5:02pm CST", "", "", "B"),
        ],
        [
            ("Listen to this article 5 min", "", "", "B"),
        ],
        [
            (
                "San Antonio-based Agarita Health, which sells scheduling and billing software to rural clinics, has raised $28 million in a Series B round led by Denver-based Flatiron Rock Partners.",
                "",
                "",
                "W",
            ),
            (
                "Agarita announced the funding in a blog post Tuesday morning, saying existing investors Huisache Fund and Alamo Angels Network had also taken part.",
                "Agarita Health",
                "announced",
                "W",
            ),
            (
                "The company said the round brings its total funding since it was founded in 2021 to $46 million.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Agarita had raised $24.6 million of the round from 19 investors by Jan. 30, according to a Form D filing with the Securities and Exchange Commission.",
                "a Form D filing with the Securities and Exchange Commission",
                "according to",
                "W",
            ),
        ],
        [
            (
                "“Rural clinics lose something like one dollar in every eight they bill, and most of them don't know it,” co-founder and CEO Mariana de la Rosa-Kemper said in an interview.",
                "Mariana de la Rosa-Kemper",
                "said in an interview",
                "W",
            ),
            (
                "She said Agarita's software is now used by 640 clinics in 11 states, up from 210 a year earlier.",
                "Mariana de la Rosa-Kemper",
                "said",
                "W",
            ),
            (
                "De la Rosa-Kemper said the company plans to use the money to hire about 30 engineers and to open an office in Tulsa, Oklahoma, this spring.",
                "Mariana de la Rosa-Kemper",
                "said",
                "",
            ),
        ],
        [
            (
                "Flatiron Rock partner Priya Sundaraman-Holt, who will join Agarita's board, said her firm first met the founders in 2024 and passed on the company's Series A.",
                "Priya Sundaraman-Holt",
                "said",
                "W",
            ),
            ("“We got that one wrong,” she said.", "Priya Sundaraman-Holt", "said", ""),
        ],
        [
            (
                "De la Rosa-Kemper said the two had stayed in touch and that Flatiron approached Agarita in October.",
                "Mariana de la Rosa-Kemper",
                "said",
                "W",
            ),
            (
                "She said she had not planned to raise money until the summer.",
                "Mariana de la Rosa-Kemper",
                "said",
                "",
            ),
            (
                "Sundaraman-Holt said she expects the company to be profitable “within two years, maybe sooner.”",
                "Priya Sundaraman-Holt",
                "said",
                "",
            ),
        ],
        [
            ("RELATED: Texas health-tech funding fell 22% last year.", "", "", "B"),
            ("Here's where the money went.", "", "", "B"),
        ],
        [
            (
                "Agarita confirmed the January layoffs in a statement to the Dispatch after several former employees described them in posts on LinkedIn.",
                "Agarita Health",
                "confirmed",
                "W",
            ),
            (
                "The cuts fell mostly on its customer-support and sales teams, the company said.",
                "the company",
                "said",
                "W",
            ),
        ],
        [
            (
                "“We hired ahead of revenue in 2025 and we had to correct that,” de la Rosa-Kemper wrote on X on Jan. 22, the day of the layoffs.",
                "Mariana de la Rosa-Kemper",
                "wrote on X",
                "W",
            ),
            (
                "“Every one of the 41 people leaving is someone I would hire again.”",
                "Mariana de la Rosa-Kemper",
                "wrote on X",
                "",
            ),
        ],
        [
            (
                "One former support lead, Tomas Villarreal-Upton, wrote in a LinkedIn post that he had been given two weeks' severance after three years at the company.",
                "Tomas Villarreal-Upton",
                "wrote in a LinkedIn post",
                "W",
            ),
            (
                "Agarita said all laid-off staff received at least four weeks' pay and three months of health coverage.",
                "Agarita Health",
                "said",
                "W",
            ),
            (
                "Villarreal-Upton did not respond to a request for comment.",
                "Tomas Villarreal-Upton",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            (
                "“Before we switched, we had a woman whose whole job was chasing denied claims,” said Dwayne Beasley, administrator of the Brush Country Family Clinic in Pearsall.",
                "Dwayne Beasley",
                "said",
                "",
            ),
            (
                "He said the clinic's denial rate had dropped from 14% to 6% since it adopted Agarita's software in 2025.",
                "Dwayne Beasley",
                "said",
                "W",
            ),
        ],
        [
            (
                "Health-tech startups in Texas raised $1.1 billion in 2026, down 22% from the year before, according to Pitchline data.",
                "Pitchline data",
                "according to",
                "W",
            ),
            (
                "Flatiron Rock, which closed a $310 million fund in September, said Agarita is its fourth investment in Texas.",
                "Flatiron Rock Partners",
                "said",
                "W",
            ),
        ],
        [
            ("Sign up for the Dispatch Tech newsletter", "", "", "B"),
        ],
        [
            ("Got a tip? Email Garrett Pulaski at gpulaski@rivercitydispatch.com", "", "", "B"),
        ],
        [
            ("More from River City Dispatch", "", "", "B"),
        ],
        [
            ("Boerne logistics firm buys North Side warehouse for $19M", "", "", "B"),
        ],
        [
            ("Pearl District restaurant group files for bankruptcy", "", "", "B"),
        ],
        [
            ("© 2027 River City Dispatch Media LLC.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy   Terms of Use   Your Privacy Choices", "", "", "B"),
        ],
    ],
    [
        [
            ("HYDERABAD CITYLINE", "", "", "B"),
        ],
        [
            (
                "Trending:   Metro Phase II   Musi Riverfront   Ganesh Immersion   Traffic Advisory",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / Hyderabad", "", "", "B"),
        ],
        [
            ("Residents protest as GHMC marks 212 trees for Khajaguda flyover", "", "", "W"),
        ],
        [
            (
                "Minister says no tree will be cut before objections are heard",
                "Gaddam Raghavender",
                "says",
                "W",
            ),
        ],
        [
            ("CityLine News Desk", "", "", "B"),
        ],
        [
            ("Updated: 15 Nov 2026, 9:05 pm IST", "", "", "B"),
        ],
        [
            ("4 min read", "", "", "B"),
        ],
        [
            (
                "HYDERABAD: About 150 residents of Khajaguda and Nanakramguda gathered at the Khajaguda junction on Sunday morning to protest against the Greater Hyderabad Municipal Corporation's (GHMC) plan to remove 212 trees for a four-lane flyover.",
                "",
                "",
                "W",
            ),
            (
                "The corporation said 148 of the trees had been marked for translocation to a park in Gachibowli and the remaining 64 for felling.",
                "The corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Khajaguda-Nanakramguda Residents' Welfare Association (KNRWA), which organised the protest, said at least 40 of the trees were more than 50 years old.",
                "Khajaguda-Nanakramguda Residents' Welfare Association",
                "said",
                "W",
            ),
            (
                "The association said only 23 of the 90 trees the corporation translocated for a road-widening project in Kondapur in 2023 had survived.",
                "The association",
                "said",
                "W",
            ),
            (
                "It said it would approach the Telangana High Court if the committee cleared the felling.",
                "Khajaguda-Nanakramguda Residents' Welfare Association",
                "said",
                "",
            ),
        ],
        [
            (
                "KNRWA president Dr. Sravanthi Kolluri said the residents had learnt of the plan only when numbered tags appeared on the trees on November 3.",
                "Sravanthi Kolluri",
                "said",
                "W",
            ),
            ("“Nobody asked us.", "Sravanthi Kolluri", "told", ""),
            ("Nobody even put up a notice,” she told CityLine.", "Sravanthi Kolluri", "told", ""),
        ],
        [
            (
                "GHMC Zonal Commissioner (Serilingampally) B. Hemalatha said a public notice had been published in two newspapers on October 28 and that 19 objections had been received.",
                "B. Hemalatha",
                "said",
                "W",
            ),
            (
                "She said the tree committee would hear the objections on November 21.",
                "B. Hemalatha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dr. Kolluri said the association had filed 312 objections, not 19, and had receipts for all of them.",
                "Sravanthi Kolluri",
                "said",
                "W",
            ),
            (
                "Hemalatha, when told of this, said she would have the count checked.",
                "B. Hemalatha",
                "said",
                "",
            ),
            (
                "She said translocated trees would be watered by tanker twice a week for two years.",
                "B. Hemalatha",
                "said",
                "",
            ),
        ],
        [
            (
                "The HMDA, which owns a strip of the land along the service road, said it had issued its no-objection certificate for the project in August.",
                "HMDA",
                "said",
                "W",
            ),
            (
                "The Telangana Forest Department, whose permission is needed to fell more than 10 trees, said it had not yet received an application from the corporation.",
                "Telangana Forest Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a message read out at the protest by his officer on special duty, K. Venkata Ramana, Municipal Administration Minister Gaddam Raghavender said the junction handled about 14,000 vehicles an hour at peak times, according to a traffic study done for the corporation last year.",
                "Gaddam Raghavender",
                "said",
                "W",
            ),
            (
                "The minister said no tree would be cut before the committee had heard every objection.",
                "Gaddam Raghavender",
                "said",
                "",
            ),
            (
                "Venkata Ramana read the message in Telugu and English and left without taking questions.",
                "",
                "",
                "",
            ),
        ],
        [
            (
                "The local corporator, Md. Irfan Qureshi, wrote on X that the flyover's design had been changed twice since 2024 and that the second change had added 51 trees to the list.",
                "Md. Irfan Qureshi",
                "wrote on X",
                "W",
            ),
            (
                "“Why should the trees pay for a design error?” he wrote.",
                "Md. Irfan Qureshi",
                "wrote",
                "",
            ),
            (
                "Qureshi, a member of the corporation's standing committee, said he had raised the issue at its meeting on November 6.",
                "Md. Irfan Qureshi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The GHMC's engineering wing said in a statement on Sunday evening that the change was made to avoid acquiring land from a school.",
                "The GHMC's engineering wing",
                "said in a statement",
                "W",
            ),
            (
                "The corporation said the flyover would cost ₹287 crore and that the tender had been awarded in September.",
                "The corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "Serilingampally zone lost 6,400 trees to road projects between 2021 and 2025, according to the corporation's 2025 tree census.",
                "the corporation's 2025 tree census",
                "according to",
                "W",
            ),
            (
                "The Khajaguda junction lies at the start of the so-called “green stretch” of the 2021 road master plan, which was meant to keep a 12-metre tree belt on both sides of the road.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“My father planted the neem at the corner when the road was a mud track,” said Venkatesh Goud Bollaram, 61, who runs a tiffin centre facing the junction.",
                "Venkatesh Goud Bollaram",
                "said",
                "",
            ),
            (
                "He said he would stand in front of it if a crane came.",
                "Venkatesh Goud Bollaram",
                "said",
                "",
            ),
        ],
        [
            (
                "The protest ended peacefully at 11.30 am, according to the police.",
                "the police",
                "according to",
                "W",
            ),
            (
                "Cyberabad traffic police had diverted vehicles to the Nanakramguda service road from 8 am.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Also Read: Metro Phase II: Alignment through Gachibowli finalised", "", "", "B"),
        ],
        [
            ("Tags:   GHMC   Trees   Khajaguda   Flyover   Protest", "", "", "B"),
        ],
        [
            ("Follow CityLine on WhatsApp for the latest Hyderabad news", "", "", "B"),
        ],
        [
            ("Comments (7)", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Deccan Lines Digital Pvt. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("KANLAON POST", "", "", "B"),
        ],
        [
            ("Thursday, September 17, 2026", "", "", "B"),
        ],
        [
            ("HOME   PROVINCIAL   BACOLOD   BUSINESS   AGRI   OPINION   SPORTS", "", "", "B"),
        ],
        [
            ("Home > Agri > Sugar", "", "", "B"),
        ],
        [
            (
                "Tabugon mill delays start of milling by three weeks; planters fear cane losses",
                "",
                "",
                "W",
            ),
        ],
        [
            ("by Rhea Mae Lagdameo-Sotto", "", "", "B"),
        ],
        [
            ("September 17, 2026", "", "", "B"),
        ],
        [
            ("0 comments", "", "", "B"),
        ],
        [
            (
                "HIMAMAYLAN CITY, Negros Occidental – Tabugon Sugar Central Inc. will start milling on October 15 instead of September 24, three weeks later than scheduled, because repairs to one of its two boilers are not finished.",
                "",
                "",
                "W",
            ),
            (
                "The mill said in a notice to planters on Tuesday that a replacement tube bank ordered from Thailand in May arrived only on September 2.",
                "The mill",
                "said",
                "W",
            ),
        ],
        [
            (
                "Engr. Ramon de la Peña Jr., the mill's vice president for operations, said welding and pressure tests would take at least another 18 days.",
                "Ramon de la Peña Jr.",
                "said",
                "W",
            ),
            (
                "“We will not fire a boiler that has not passed its test.",
                "Ramon de la Peña Jr.",
                "said",
                "",
            ),
            (
                "I will not gamble with the lives of my men,” he said in a phone interview.",
                "Ramon de la Peña Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Rodolfo dela Torre, president of the Southern Negros Cane Planters Association, said about 9,000 hectares of cane owned by its 1,140 members were due to be cut in the first three weeks of the season.",
                "Rodolfo dela Torre",
                "said",
                "W",
            ),
            (
                "He said cane left standing too long loses sugar content and that planters lose about half a kilo of sugar per tonne of cane for every week of delay.",
                "Rodolfo dela Torre",
                "said",
                "W",
            ),
        ],
        [
            (
                "De la Peña said the figure was closer to a quarter of a kilo in the first month.",
                "Ramon de la Peña Jr.",
                "said",
                "W",
            ),
            (
                "He said the mill would give priority to the oldest cane when it opens.",
                "Ramon de la Peña Jr.",
                "said",
                "",
            ),
        ],
        [
            ("Dela Torre said that was “a promise, not a plan”.", "Rodolfo dela Torre", "said", ""),
            (
                "He said the association had asked the mill in July whether the boiler would be ready and had been told it would be.",
                "Rodolfo dela Torre",
                "said",
                "W",
            ),
        ],
        [
            (
                "On Wednesday night, Dela Torre posted on Facebook that the association had been told in a letter dated July 8 that the repair was “on schedule for a September start”.",
                "Rodolfo dela Torre",
                "posted on Facebook",
                "W",
            ),
            (
                "De la Peña confirmed the letter was genuine and said the supplier had informed the mill of the delay only in August.",
                "Ramon de la Peña Jr.",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Sugar Regulatory Administration (SRA), which sets the crop year, said planters affected by the delay could ask to have their cane milled at two other mills in southern Negros.",
                "Sugar Regulatory Administration",
                "said",
                "W",
            ),
            (
                "The agency said the two mills had told it they could take a combined 1,200 tonnes of extra cane a day.",
                "The agency",
                "said",
                "W",
            ),
            (
                "It said trucking costs would be borne by the planters.",
                "Sugar Regulatory Administration",
                "said",
                "",
            ),
        ],
        [
            (
                "Tabugon milled 1.21 million tonnes of cane last crop year, about 9% of the Negros Occidental total, according to SRA data.",
                "SRA data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The delay also stretches the so-called tiempo muerto, the lean months between harvests when thousands of cane cutters have no regular work.",
                "",
                "",
                "",
            ),
            (
                "“We were counting on the first week of October,” said Estrella Gamboa de la Cruz, 52, whose husband and two sons cut cane on a farm in Barangay Su-ay.",
                "Estrella Gamboa de la Cruz",
                "said",
                "",
            ),
            (
                "She said the family had borrowed ₱15,000 in August against their first weeks of pay.",
                "Estrella Gamboa de la Cruz",
                "said",
                "W",
            ),
        ],
        [
            (
                "The city's social welfare officer, Joy Villanueva-Sarmiento, said 640 cane workers' families had registered for the city's food packs since Monday.",
                "Joy Villanueva-Sarmiento",
                "said",
                "W",
            ),
            (
                "She said the city would ask the provincial government for rice.",
                "Joy Villanueva-Sarmiento",
                "said",
                "",
            ),
        ],
        [
            (
                "The Negros Cane Workers' Alliance said in a statement that at least 3,000 workers on farms supplying the mill would lose three weeks of wages.",
                "Negros Cane Workers' Alliance",
                "said",
                "W",
            ),
            (
                "The alliance said the mill should pay them a daily allowance until it opens.",
                "The alliance",
                "said",
                "",
            ),
        ],
        [
            (
                "In its notice, the mill said the opening date was “firm” and that it would inform planters by October 5 if it changed.",
                "the mill",
                "said",
                "W",
            ),
        ],
        [
            ("Share this:", "", "", "B"),
        ],
        [
            ("Facebook   X   Print", "", "", "B"),
        ],
        [
            ("Like this:", "", "", "B"),
        ],
        [
            ("Loading...", "", "", "B"),
        ],
        [
            ("Related", "", "", "B"),
        ],
        [
            ("SRA sets crop year 2026-2027 opening for Negros mills", "", "", "B"),
        ],
        [
            ("Planters seek fertilizer aid as prices climb", "", "", "B"),
        ],
        [
            ("© 2026 Kanlaon Post.", "", "", "B"),
            ("All Rights Reserved.", "", "", "B"),
            ("Powered by WordPress.", "", "", "B"),
        ],
    ],
    [
        [
            ("BAHARI LEO", "", "", "B"),
        ],
        [
            (
                "Home   News   Zanzibar   Business   East Africa   Sports   Features   Opinion",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Home / News / Zanzibar", "", "", "B"),
        ],
        [
            ("Dar–Zanzibar ferry fares up 20 percent from Monday", "", "", "W"),
        ],
        [
            (
                "Stone Town imam urges operator to spare students and the sick as passengers' group vows to appeal",
                "Abdulrahman Khamis Haji",
                "urges",
                "",
            ),
        ],
        [
            ("By Saida Mbaraka Nassor", "", "", "B"),
        ],
        [
            ("Saturday, March 06, 2027 — updated 10:40 am", "", "", "B"),
        ],
        [
            (
                "Zanzibar. Passengers on the Dar es Salaam–Zanzibar ferry route will pay up to 20 percent more from Monday after the Zanzibar Maritime Authority (ZMA) approved new fares for the route's largest operator, Unguja Sea Link Ltd, which runs four of the nine daily sailings.",
                "",
                "",
                "W",
            ),
            (
                "The economy fare for residents rises from TSh 25,000 to TSh 30,000, while the VIP fare goes from TSh 40,000 to TSh 46,000.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The authority said it had received the operator's application in November and held two public hearings, in Stone Town and in Dar es Salaam, in January.",
                "The authority",
                "said",
                "W",
            ),
            (
                "It said Unguja Sea Link had asked for 32 percent and had been granted less after the hearings.",
                "Zanzibar Maritime Authority",
                "said",
                "W",
            ),
            (
                "“Every cost the operator claimed was checked against its audited accounts,” said Juma Ali Khatib, the authority's public relations officer.",
                "Juma Ali Khatib",
                "said",
                "W",
            ),
        ],
        [
            (
                "The company said fuel, which it buys in US dollars, now makes up 58 percent of its operating costs, against 41 percent in 2023.",
                "The company",
                "said",
                "W",
            ),
            (
                "“We have not changed our fares since July 2023, and in that time the shilling has lost a fifth of its value against the dollar,” said Mwanaisha Salim Othman, the company's marketing manager.",
                "Mwanaisha Salim Othman",
                "said",
                "W",
            ),
            (
                "She said the company would keep a separate fare for students in uniform “for now”.",
                "Mwanaisha Salim Othman",
                "said",
                "",
            ),
        ],
        [
            (
                "Rehema Ally Mzee, who chairs the Zanzibar Ferry Passengers' Association, said the association had presented 4,200 signatures against the rise at the Stone Town hearing.",
                "Rehema Ally Mzee",
                "said",
                "W",
            ),
            (
                "She said it would appeal to the Fair Competition Tribunal.",
                "Rehema Ally Mzee",
                "said",
                "",
            ),
            (
                "The tribunal must hear an appeal within 30 days of it being lodged, according to the association's lawyer, Hassan Omar Bakari.",
                "Hassan Omar Bakari",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Othman said the company had cut its fares for children under 12 by a third at the same time as the increase.",
                "Mwanaisha Salim Othman",
                "said",
                "W",
            ),
            (
                "Mzee said a family of five would still pay more than before.",
                "Rehema Ally Mzee",
                "said",
                "",
            ),
            (
                "“That is true, and we are sorry for it,” Othman said.",
                "Mwanaisha Salim Othman",
                "said",
                "",
            ),
            (
                "She said the company's four vessels had carried 1.38 million passengers last year.",
                "Mwanaisha Salim Othman",
                "said",
                "W",
            ),
        ],
        [
            (
                "At Friday prayers at the Malindi mosque, Sheikh Abdulrahman Khamis Haji told worshippers that an increase was “a heavy load on people who cross for hospital, for school and for work”.",
                "Abdulrahman Khamis Haji",
                "told",
                "",
            ),
            (
                "Sheikh Abdulrahman said he had written to the company asking it to keep lower fares for students and for patients travelling to Dar es Salaam for treatment.",
                "Abdulrahman Khamis Haji",
                "said",
                "W",
            ),
            (
                "“God sees the one who carries the weak,” he said.",
                "Abdulrahman Khamis Haji",
                "said",
                "",
            ),
        ],
        [
            (
                "The Zanzibar Ministry of Infrastructure, Communication and Transport said in a statement on Friday that the fares had been set “in line with the law” and that the ministry had not been asked to intervene.",
                "Zanzibar Ministry of Infrastructure, Communication and Transport",
                "said",
                "W",
            ),
        ],
        [
            (
                "In the statement, which was read to reporters by the ministry's permanent secretary, Dr. Zuhura Rashid Kombo, Minister Issa Ramadhani Vuai said two new vessels would join the route by December.",
                "Issa Ramadhani Vuai",
                "said",
                "",
            ),
            (
                "The minister said more competition on the route would bring fares down.",
                "Issa Ramadhani Vuai",
                "said",
                "",
            ),
        ],
        [
            (
                "Asked by reporters afterwards, Dr. Kombo said the ministry had received no complaint about the fares before the authority's decision.",
                "Zuhura Rashid Kombo",
                "said",
                "W",
            ),
            ("Kombo did not say which operators would run the new vessels.", "", "", ""),
        ],
        [
            (
                "The route carried 2.1 million passengers in 2025, up from 1.7 million in 2022, according to ZMA figures.",
                "ZMA figures",
                "according to",
                "W",
            ),
            (
                "Three companies run scheduled services, but Unguja Sea Link carries about two in three passengers.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Many regular travellers are on what they call the “market boat”, the 7 am sailing from Stone Town that traders use to buy stock in Kariakoo and bring it back the same evening.",
                "",
                "",
                "",
            ),
            (
                "“If I pay five thousand more each way, that is my profit for the day,” said Fatma Said Mohammed, who sells children's clothes in Darajani market.",
                "Fatma Said Mohammed",
                "said",
                "",
            ),
            (
                "She said she makes the crossing four times a week.",
                "Fatma Said Mohammed",
                "said",
                "W",
            ),
        ],
        [
            (
                "Unguja Sea Link said in a post on Instagram on Saturday morning that tickets bought before Monday would be honoured at the old price until March 31.",
                "Unguja Sea Link Ltd",
                "said in a post on Instagram",
                "W",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            ("Zanzibar to tender two new passenger ferries", "", "", "B"),
        ],
        [
            ("Shilling weakens past 2,700 to the dollar", "", "", "B"),
        ],
        [
            ("Download the Bahari Leo app", "", "", "B"),
        ],
        [
            ("© 2027 Bahari Leo Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("About us | Advertise | Contact | Privacy", "", "", "B"),
        ],
    ],
    [
        [
            ("NORTH WEST ECHO", "", "", "B"),
        ],
        [
            (
                "News   Sport   Business   Community   Islands   Obituaries   Property   Jobs",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Islands", "", "", "B"),
        ],
        [
            ("INTERVIEW", "", "", "B"),
        ],
        [
            (
                "‘We are one bad winter away from losing the evening boat’, says Arranmore ferry trust chair",
                "Áine Nic Giolla Easpaig",
                "says",
                "",
            ),
        ],
        [
            (
                "The island's ferry trust wants a five-year contract instead of annual grants; the Department says the subsidy rose by 12 per cent this year",
                "the Department",
                "says",
                "W",
            ),
        ],
        [
            ("Declan Mac Pháidín", "", "", "B"),
        ],
        [
            ("Fri 20 Nov 2026 at 06:30", "", "", "B"),
        ],
        [
            (
                "The Arranmore Harbour and Ferry Trust, a community company set up in 2014, runs the island's evening and winter sailings to Burtonport with two boats and eight crew.",
                "",
                "",
                "W",
            ),
            (
                "Its grant from the Department of Rural and Community Development rose from €412,000 to €461,000 this year.",
                "",
                "",
                "W",
            ),
            (
                "The trust says its costs rose by more than that, and that it has drawn €70,000 from its reserves since January.",
                "The trust",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Department said in a statement that the trust's grant was “the largest single island ferry grant in the county” and that multi-year contracts were being considered as part of a review due to report next year.",
                "The Department",
                "said",
                "W",
            ),
        ],
        [
            (
                "Cllr Seamus Ó Cearbhaill, who has raised the service at four council meetings this year, said the island's population had grown to 512 at the last census.",
                "Seamus Ó Cearbhaill",
                "said",
                "W",
            ),
            ("“People moved home because the boat was there.", "Seamus Ó Cearbhaill", "said", ""),
            (
                "Take away the evening sailing and they will move away again,” he said.",
                "Seamus Ó Cearbhaill",
                "said",
                "",
            ),
        ],
        [
            (
                "We spoke to the trust's chairperson, Áine Nic Giolla Easpaig, on the pier at Leabgarrow.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("This interview has been edited for length and clarity.", "", "", "B"),
        ],
        [
            ("Q: What does the trust actually need?", "", "", ""),
        ],
        [
            ("A: Certainty, more than money.", "Áine Nic Giolla Easpaig", "A:", ""),
            (
                "We get a grant letter every year, usually in March, for a year that started in January.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "W",
            ),
            (
                "You cannot hire a skipper on that basis, and you cannot plan a refit.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "",
            ),
        ],
        [
            (
                "Q: The Department says your grant went up 12 per cent.",
                "The Department",
                "says",
                "W",
            ),
        ],
        [
            ("A: It did, and we are grateful for it.", "Áine Nic Giolla Easpaig", "A:", "W"),
            (
                "But our insurance went up 31 per cent, our fuel went up, and we had to put a new gearbox in the Naomh Crona in August at a cost of €58,000.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "W",
            ),
            ("Nobody budgets for a gearbox.", "Áine Nic Giolla Easpaig", "A:", ""),
        ],
        [
            (
                "We have two boats, and one of them is 34 years old.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "W",
            ),
            (
                "When she is out of the water, the evening sailing stops, because the other boat does the morning run.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "W",
            ),
            (
                "That is what I mean when I say we are one bad winter away.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Is the evening boat really at risk?", "", "", ""),
        ],
        [
            (
                "A: We cancelled 23 evening sailings last winter, and only nine of them were because of the weather.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "W",
            ),
            ("The rest were crew, or the boat, or both.", "Áine Nic Giolla Easpaig", "A:", "W"),
        ],
        [
            (
                "Q: A lot of people on the mainland say the island is lucky to have a second service at all.",
                "a lot of people on the mainland",
                "say",
                "",
            ),
        ],
        [
            ("A: I hear that.", "Áine Nic Giolla Easpaig", "A:", ""),
            (
                "But there are 61 children on this island, and the secondary school is in Dungloe.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "W",
            ),
            (
                "Ask any parent whether the evening boat is a luxury.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "",
            ),
        ],
        [
            ("Q: Would the trust hand the service to a private operator?", "", "", ""),
        ],
        [
            (
                "A: If a private operator could run it for less, one would have bid for it in 2014.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "",
            ),
            ("Nobody did.", "Áine Nic Giolla Easpaig", "A:", "W"),
        ],
        [
            ("Q: What happens if the review does not recommend multi-year contracts?", "", "", ""),
        ],
        [
            (
                "A: Then we will go to Dublin again, and we will bring the children with us this time.",
                "Áine Nic Giolla Easpaig",
                "A:",
                "",
            ),
        ],
        [
            ("Read more: Burtonport pier works to start in spring, council confirms", "", "", "B"),
        ],
        [
            ("Read more: Island population rises for second census in a row", "", "", "B"),
        ],
        [
            ("Subscribe to the North West Echo for €1 for the first month", "", "", "B"),
        ],
        [
            ("© North West Echo 2026", "", "", "B"),
        ],
    ],
    [
        [
            ("EASTERN SHORE SIGNAL", "", "", "B"),
        ],
        [
            (
                "Local News   Business   Fisheries   Opinion   Sports   Obituaries   Weather",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News › Guysborough County", "", "", "B"),
        ],
        [
            (
                "Province orders gold mine to stop discharging after tailings pond overflows into brook",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Kendra MacIsaac · Eastern Shore Signal", "", "", "B"),
        ],
        [
            (
                "Posted: Oct 07, 2026 6:12 PM ADT | Last Updated: Oct 08, 2026 9:30 AM ADT",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Share   Email   Print", "", "", "B"),
        ],
        [
            (
                "GOLDENVILLE, N.S. — The Nova Scotia Department of Environment and Climate Change has ordered a gold mine near Goldenville to stop all discharges from its site after water from a tailings pond spilled into a nearby brook during heavy rain on the weekend.",
                "",
                "",
                "W",
            ),
            (
                "The department said the overflow at the Cogswell Ridge Gold Ltd. mine began late Saturday and continued for about nine hours before staff at the site were able to pump the pond down.",
                "The department",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a ministerial order issued Tuesday, the department said the company had failed to report the overflow within the 24 hours required by its industrial approval.",
                "the department",
                "said",
                "W",
            ),
            (
                "It said it was told of the spill on Monday afternoon by a member of the public.",
                "Nova Scotia Department of Environment and Climate Change",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Inspectors were at the site within two hours of that call and took samples from the pond, the spillway and three points on the brook,” said Caroline Boudreau-Fitzgerald, a spokesperson for the department.",
                "Caroline Boudreau-Fitzgerald",
                "said",
                "W",
            ),
            (
                "She said the department had no record of any call from the mine before Monday afternoon.",
                "Caroline Boudreau-Fitzgerald",
                "said",
                "W",
            ),
            (
                "She said results were expected by the end of the week.",
                "Caroline Boudreau-Fitzgerald",
                "said",
                "",
            ),
        ],
        [
            (
                "Cogswell Ridge said in a news release that 94 millimetres of rain fell on the site in 18 hours, more than the pond was designed to hold.",
                "Cogswell Ridge Gold Ltd.",
                "said",
                "W",
            ),
            (
                "The company said its own tests showed the water that left the site met federal limits for arsenic and cyanide.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mine manager Graham Tremblay-Sutherland said the company reported the overflow to the department's emergency line on Sunday morning and had a record of the call.",
                "Graham Tremblay-Sutherland",
                "said",
                "W",
            ),
            (
                "“I think there has been a misunderstanding about who called whom and when,” he said.",
                "Graham Tremblay-Sutherland",
                "said",
                "",
            ),
        ],
        [
            (
                "Neil Chisholm-Baird, president of the Guysborough Salmon Anglers' Society, said he found the brook running grey on Sunday afternoon and called the department the next day when nobody from the mine had put up a warning.",
                "Neil Chisholm-Baird",
                "said",
                "W",
            ),
            (
                "“I have fished that brook since I was nine years old.",
                "Neil Chisholm-Baird",
                "said",
                "",
            ),
        ],
        [
            (
                "“I have seen it brown after rain and I have seen it low in August.",
                "Neil Chisholm-Baird",
                "said",
                "",
            ),
            ("I have never seen it grey.", "Neil Chisholm-Baird", "said", ""),
        ],
        [
            (
                "“If they had a record of a call, why was there not one sign on the road?”",
                "Neil Chisholm-Baird",
                "said",
                "",
            ),
            (
                "He said the brook joins a tributary of the St. Marys River about two kilometres downstream.",
                "Neil Chisholm-Baird",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tremblay-Sutherland said warning signs were put up on Monday evening.",
                "Graham Tremblay-Sutherland",
                "said",
                "W",
            ),
            (
                "He said the company would “co-operate fully” with the department.",
                "Graham Tremblay-Sutherland",
                "said",
                "",
            ),
        ],
        [
            (
                "Chisholm-Baird said the society had counted 38 salmon redds in the brook's lower reach last fall.",
                "Neil Chisholm-Baird",
                "said",
                "W",
            ),
            (
                "He said he would be back with volunteers to count again in November.",
                "Neil Chisholm-Baird",
                "said",
                "",
            ),
        ],
        [
            (
                "Goldenville Fire Chief Angus MacLellan-Pyke said his department was called to the mine road at 2 a.m. Sunday to help with pumping and left at 6 a.m.",
                "Angus MacLellan-Pyke",
                "said",
                "W",
            ),
            (
                "The RCMP said officers had closed the mine road to the public until Tuesday morning.",
                "RCMP",
                "said",
                "W",
            ),
            (
                "The nearest home is about 1.5 kilometres from the pond, the RCMP said.",
                "RCMP",
                "said",
                "W",
            ),
            (
                "Nova Scotia Health advised people not to drink from, fish in or swim in the brook until the department's results are published.",
                "Nova Scotia Health",
                "advised",
                "",
            ),
        ],
        [
            (
                "The mine employs 212 people and produced about 41,000 ounces of gold last year, according to the company's most recent annual report.",
                "the company's most recent annual report",
                "according to",
                "W",
            ),
            (
                "The same pond overflowed once before, in April 2024, according to monitoring reports the company filed with the province.",
                "monitoring reports the company filed with the province",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The order requires the company to submit a plan by Oct. 21 to enlarge the pond's capacity, the department said.",
                "the department",
                "said",
                "W",
            ),
            ("Cogswell Ridge did not say how long the mine would stay shut.", "", "", ""),
        ],
        [
            ("With files from Leah Doucette-Pineo", "", "", "B"),
        ],
        [
            ("Report a typo or error", "", "", "B"),
        ],
        [
            ("Related Stories", "", "", "B"),
        ],
        [
            ("Goldenville mine expansion gets provincial approval", "", "", "B"),
        ],
        [
            ("Anglers report strong salmon returns on the St. Marys", "", "", "B"),
        ],
        [
            ("© 2026 Eastern Shore Signal Media Inc.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("COAST CLARION", "", "", "B"),
        ],
        [
            ("Subscribe   Log in", "", "", "B"),
        ],
        [
            (
                "Local News   Sport   Business   Property   Entertainment   Obituaries   Today's Paper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Local News › Transport", "", "", "B"),
        ],
        [
            (
                "Four Central Coast bus routes to be cut from April 14 as operator blames driver shortage",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Mitchell Oyelaran-Hughes", "", "", "B"),
        ],
        [
            ("Updated March 3 2027 - 4:18pm, first published 12:05pm", "", "", "B"),
        ],
        [
            ("Share   Copy link", "", "", "B"),
        ],
        [
            (
                "Four bus routes on the Central Coast will stop running from April 14 and two more will lose their weekend services, Gosford Harbour Bus Lines Pty Ltd said on Wednesday.",
                "Gosford Harbour Bus Lines Pty Ltd",
                "said",
                "W",
            ),
            (
                "The operator said it was 38 drivers short of the 260 it needs to run its full timetable and had cancelled more than 1,900 trips since November.",
                "The operator",
                "said",
                "W",
            ),
        ],
        [
            (
                "Transport for NSW, which contracts the operator to run 41 routes in the region, said it had approved the changes as a “temporary measure” for six months.",
                "Transport for NSW",
                "said",
                "W",
            ),
            (
                "The agency said passengers on the four routes would be able to use other services within 800 metres of every stop.",
                "The agency",
                "said",
                "W",
            ),
            ("It said it would review the cuts in October.", "Transport for NSW", "said", ""),
        ],
        [
            (
                "Patronage on the longest of the four routes, the 67 between Kincumber and Gosford station, fell 28 per cent between 2019 and 2025, according to Transport for NSW data.",
                "Transport for NSW data",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Local state MP Bronwyn Tjandra-Lewis wrote on Facebook that she had learnt of the cuts “from a constituent, not from the operator and not from the department”.",
                "Bronwyn Tjandra-Lewis",
                "wrote on Facebook",
                "W",
            ),
            (
                "“Pensioners in Kincumber do not have 800 metres in them when it is 34 degrees,” she wrote.",
                "Bronwyn Tjandra-Lewis",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Gosford Harbour's general manager, Louise Farrant-Keogh, said the company had briefed the MP's office by email on February 20.",
                "Louise Farrant-Keogh",
                "said",
                "W",
            ),
            (
                "She said the company had offered her a meeting that week.",
                "Louise Farrant-Keogh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Tjandra-Lewis, asked about the email, said it had gone to an old address that her office stopped using in 2025.",
                "Bronwyn Tjandra-Lewis",
                "said",
                "W",
            ),
            (
                "She said she would ask the minister to reverse the approval.",
                "Bronwyn Tjandra-Lewis",
                "said",
                "",
            ),
            (
                "A spokesman for the Transport Minister said the minister had already asked the agency for a report on the operator's recruitment.",
                "A spokesman for the Transport Minister",
                "said",
                "W",
            ),
        ],
        [
            (
                "Farrant-Keogh said the company had run 12 recruitment drives since 2024 and raised its starting rate for drivers to $34.80 an hour in January.",
                "Louise Farrant-Keogh",
                "said",
                "W",
            ),
            ("“We are not cutting routes to save money.", "Louise Farrant-Keogh", "said", ""),
            (
                "We are cutting them because on some mornings we have had 20 buses and 14 drivers,” she said.",
                "Louise Farrant-Keogh",
                "said",
                "W",
            ),
        ],
        [
            (
                "Gosford councillor Callum Ferreira-Watts said in a post on Instagram that the cuts would leave Green Point's western streets “with nothing on a Sunday”.",
                "Callum Ferreira-Watts",
                "said in a post on Instagram",
                "",
            ),
            (
                "He later posted a map showing 1,140 homes that would be more than 800 metres from a stop with a weekend service.",
                "Callum Ferreira-Watts",
                "posted",
                "W",
            ),
        ],
        [
            (
                "Transport for NSW said the map used an outdated list of stops.",
                "Transport for NSW",
                "said",
                "W",
            ),
        ],
        [
            (
                "“I have caught the 67 to the hospital every Tuesday for six years,” Rita Pasqualotto, 79, of Kincumber commented under his post.",
                "Rita Pasqualotto",
                "commented",
                "W",
            ),
            ("“Now I will need two buses and a walk,” she wrote.", "Rita Pasqualotto", "wrote", ""),
        ],
        [
            (
                "A 5.50am run from Erina that is often cancelled without notice has become what passengers call “the ghost bus”.",
                "",
                "",
                "",
            ),
            (
                "The company said that run had been cancelled 61 times since November.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            (
                "The commuter group Coast Commuters Alliance wrote on X that the cuts were the third reduction to Central Coast services in two years.",
                "Coast Commuters Alliance",
                "wrote on X",
                "W",
            ),
            (
                "The group said it would hold a public meeting at Kincumber Neighbourhood Centre on March 15.",
                "The group",
                "said",
                "",
            ),
        ],
        [
            (
                "The full list of changes is published on the Transport for NSW website.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Get the latest Central Coast news delivered to your inbox", "", "", "B"),
        ],
        [
            ("Sign up for our newsletter to stay up to date.", "", "", "B"),
        ],
        [
            ("We care about the protection of your data.", "", "", "B"),
            ("Read our Privacy Policy.", "", "", "B"),
        ],
        [
            ("More from Local News", "", "", "B"),
        ],
        [
            ("Erina Fair expansion plan goes on show", "", "", "B"),
        ],
        [
            ("© 2027 Coast Clarion Pty Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("OPIHI OBSERVER", "", "", "B"),
        ],
        [
            (
                "Home   News   Rural   Sport   Opinion   Community Notices   Death Notices",
                "",
                "",
                "B",
            ),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Local Democracy Reporting", "", "", "B"),
        ],
        [
            (
                "Temuka library could close under council plan, 1380 submissions received",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Mayor says no decision has been made as hundreds pack town hall",
                "Gavin Tregaskis-Moore",
                "says",
                "",
            ),
        ],
        [
            ("Josie Hartigan-Pae, Local Democracy Reporter", "", "", "B"),
        ],
        [
            ("Thursday, 4 June 2026, 7:55 pm", "", "", "B"),
        ],
        [
            ("Share this article", "", "", "B"),
        ],
        [
            (
                "More than 300 people filled the Temuka town hall on Wednesday night to oppose a Timaru District Council proposal to close the town's library and move a smaller collection into the council service centre on King St.",
                "",
                "",
                "W",
            ),
            (
                "The council said 1380 submissions had been received on the proposal, which is part of its draft annual plan, by the time consultation closed on Friday.",
                "The council",
                "said",
                "W",
            ),
        ],
        [
            (
                "Visits to the Temuka library fell from 61,200 in 2019 to 38,700 last year, while the cost of running the building rose 44 per cent over the same period, according to a report to councillors.",
                "a report to councillors",
                "according to",
                "W",
            ),
            (
                "The building also needs about $1.9 million of earthquake strengthening by 2029, the report said.",
                "the report",
                "said",
                "W",
            ),
        ],
        [
            (
                "Mayor Gavin Tregaskis-Moore, who is in Wellington for a local government conference, said in a statement read to the meeting by deputy mayor Sally Rangitaane-Ward that no decision had been made and that every submission would be read by councillors.",
                "Gavin Tregaskis-Moore",
                "said",
                "W",
            ),
            (
                "“I understand how much this building means to Temuka.",
                "Gavin Tregaskis-Moore",
                "said",
                "",
            ),
            (
                "I also understand that we are being asked to keep rates rises under 8 per cent,” the mayor said in the statement.",
                "Gavin Tregaskis-Moore",
                "said",
                "",
            ),
        ],
        [
            ("The statement did not say how much closing the library would save.", "", "", ""),
            ("The report estimates the saving at $420,000 a year.", "The report", "estimates", ""),
        ],
        [
            (
                "Rangitaane-Ward was heckled twice while reading it and was given a round of applause when she finished.",
                "",
                "",
                "",
            ),
            (
                "Speaking for herself afterwards, Rangitaane-Ward said she had not yet decided how she would vote.",
                "Sally Rangitaane-Ward",
                "said",
                "",
            ),
            (
                "During questions, one man asked from the back of the hall whether any councillor had been inside the library in the past year.",
                "one man",
                "asked",
                "",
            ),
            (
                "Rangitaane-Ward said four of the 10 councillors had visited it since March.",
                "Sally Rangitaane-Ward",
                "said",
                "W",
            ),
        ],
        [
            (
                "Temuka Community Board chair Murray Pilkington-Ruru said the board had not been consulted before the proposal went out.",
                "Murray Pilkington-Ruru",
                "said",
                "W",
            ),
            (
                "“We read about it in the paper, like everybody else.",
                "Murray Pilkington-Ruru",
                "said",
                "",
            ),
            (
                "I do not think that is how a council should treat its own community board,” he said.",
                "Murray Pilkington-Ruru",
                "said",
                "",
            ),
        ],
        [
            (
                "In a written response to the Observer, the council said the board had been sent the draft plan on March 12, a week before it was published.",
                "the council",
                "said",
                "W",
            ),
            (
                "Pilkington-Ruru said the board was sent 214 pages and nobody pointed it to the library.",
                "Murray Pilkington-Ruru",
                "said",
                "",
            ),
        ],
        [
            (
                "The Temuka library was built in 1974 with money raised by a town appeal and a council loan.",
                "",
                "",
                "W",
            ),
            (
                "Temuka's population grew 9 per cent between 2018 and 2025, to about 5100, according to Stats NZ estimates.",
                "Stats NZ estimates",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Hemi Te Whatu-Rangi, who runs the library's Tuesday homework club, said the building was “the only warm, free place in town after 3 o'clock”.",
                "Hemi Te Whatu-Rangi",
                "said",
                "",
            ),
            (
                "He said 26 children attended the club last term.",
                "Hemi Te Whatu-Rangi",
                "said",
                "W",
            ),
            (
                "“Half of them do not have a desk at home, let alone a computer.",
                "Hemi Te Whatu-Rangi",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Put them in a corner of the service centre next to the dog registration counter and see how long they stay,” he said.",
                "Hemi Te Whatu-Rangi",
                "said",
                "",
            ),
        ],
        [
            (
                "Former librarian Colleen Aubrey-Hinds, who worked at the branch for 27 years, said the so-called “library of things” that the council's plan promises, a lending collection of tools and sewing machines, was “a nice idea with no room to put it in”.",
                "Colleen Aubrey-Hinds",
                "said",
                "",
            ),
            (
                "She said the service centre's public area was about a quarter of the size of the library's floor.",
                "Colleen Aubrey-Hinds",
                "said",
                "W",
            ),
        ],
        [
            (
                "The council posted a summary of the meeting on its Facebook page on Thursday morning, saying 41 people had spoken and all of them had opposed the closure.",
                "Timaru District Council",
                "posted",
                "W",
            ),
            ("The post had drawn more than 600 comments by midday.", "", "", ""),
        ],
        [
            (
                "Councillors will hear oral submissions on June 16 and 17 and adopt the annual plan on June 30.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Local Democracy Reporting is a public interest news service supported by public broadcasting funding.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Latest", "", "", "B"),
        ],
        [
            ("Pleasant Point school roll hits 200 for first time", "", "", "B"),
        ],
        [
            ("Geraldine boil water notice lifted", "", "", "B"),
        ],
        [
            ("Copyright © 2026 Opihi Observer Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("DERWENT VALLEY MERCURY", "", "", "B"),
        ],
        [
            ("Sign in   Subscribe", "", "", "B"),
        ],
        [
            ("News   Sport   What's On   Business   Opinion   Announcements   Jobs", "", "", "B"),
        ],
        [
            ("News > Health", "", "", "B"),
        ],
        [
            ("Overnight births suspended at Malton midwife unit for three months", "", "", "W"),
        ],
        [
            (
                "Trust says it cannot staff night shifts safely after losing seven midwives since January",
                "Ryedale and Coast Hospitals NHS Trust",
                "says",
                "W",
            ),
        ],
        [
            ("By Harriet Quennell-Amos", "", "", "B"),
        ],
        [
            ("Health reporter", "", "", "B"),
        ],
        [
            ("Published 14th May 2027, 14:02 BST", "", "", "B"),
        ],
        [
            (
                "Women who planned to give birth at the midwife-led unit at Malton Hospital will have to go to York or Scarborough if they go into labour between 8pm and 8am from Monday, Ryedale and Coast Hospitals NHS Trust has said.",
                "Ryedale and Coast Hospitals NHS Trust",
                "has said",
                "W",
            ),
            (
                "The trust said the overnight suspension would last until at least August 18.",
                "The trust",
                "said",
                "W",
            ),
        ],
        [
            (
                "It said the unit had lost seven of its 19 midwives since January, four to retirement and three to other trusts, and that agency cover could not be found for 11 of the 31 night shifts in April.",
                "Ryedale and Coast Hospitals NHS Trust",
                "said",
                "W",
            ),
            (
                "“We will not run a shift with one midwife, and in April that is what we were facing almost every other night,” said Joanne Pettifer-Osei, the trust's director of midwifery.",
                "Joanne Pettifer-Osei",
                "said",
                "W",
            ),
            (
                "She said 14 women were due to give birth at the unit between Monday and the end of June.",
                "Joanne Pettifer-Osei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Hollie Brannagh-Stott, who is 36 weeks pregnant with her second child, said she had been told of the change by text message on Tuesday evening.",
                "Hollie Brannagh-Stott",
                "said",
                "W",
            ),
            (
                "She said the journey from her home in Norton to Scarborough took 55 minutes on a good day.",
                "Hollie Brannagh-Stott",
                "said",
                "W",
            ),
            (
                "“My first labour was four hours from start to finish.",
                "Hollie Brannagh-Stott",
                "said",
                "",
            ),
            (
                "I am genuinely frightened of having this baby in a lay-by on the A64,” she said.",
                "Hollie Brannagh-Stott",
                "said",
                "",
            ),
        ],
        [
            (
                "Pettifer-Osei said every woman booked at the unit would be contacted by a named midwife before Monday.",
                "Joanne Pettifer-Osei",
                "said",
                "W",
            ),
            (
                "She said women in labour at night should call the unit's number as usual and would be given advice on where to go.",
                "Joanne Pettifer-Osei",
                "said",
                "",
            ),
        ],
        [
            (
                "Brannagh-Stott said a text message was not good enough.",
                "Hollie Brannagh-Stott",
                "said",
                "",
            ),
            (
                "She said she had still not heard from a named midwife by Thursday lunchtime.",
                "Hollie Brannagh-Stott",
                "said",
                "W",
            ),
        ],
        [
            ("Read more: Malton Hospital minor injuries unit hours cut again", "", "", "B"),
        ],
        [
            (
                "The unit delivered 212 babies in 2026, down from 301 in 2019, according to papers for the trust's board meeting in March.",
                "papers for the trust's board meeting in March",
                "according to",
                "W",
            ),
            (
                "The papers said 40 per cent of women booked at Malton were transferred to a consultant-led unit at some point during labour.",
                "the papers",
                "said",
                "W",
            ),
        ],
        [
            (
                "The unit was rated good overall but requires improvement for safety, according to the Care Quality Commission's most recent inspection report, published in 2025.",
                "the Care Quality Commission's most recent inspection report",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Campaign group Keep Malton Births wrote on Facebook that it had collected 2,800 signatures in two days against the change.",
                "Keep Malton Births",
                "wrote on Facebook",
                "W",
            ),
            (
                "It said the suspension was “closure by the back door”.",
                "Keep Malton Births",
                "said",
                "",
            ),
            (
                "The group's organiser, Deborah Ainsley-Frith, said she feared the three months would be extended “again and again until nobody remembers the unit was open at night”.",
                "Deborah Ainsley-Frith",
                "said",
                "",
            ),
        ],
        [
            (
                "The trust said there were no plans to close the unit and that daytime births would continue.",
                "The trust",
                "said",
                "W",
            ),
            (
                "It said it hoped to recruit five midwives over the summer.",
                "Ryedale and Coast Hospitals NHS Trust",
                "said",
                "",
            ),
        ],
        [
            (
                "The area's MP, Nicholas Varley-Haddon, wrote on X that he had asked to meet the trust's chief executive and had been offered a date next week.",
                "Nicholas Varley-Haddon",
                "wrote on X",
                "W",
            ),
            (
                "“Families in Ryedale deserve the same choices as families in York,” he wrote.",
                "Nicholas Varley-Haddon",
                "wrote",
                "",
            ),
        ],
        [
            (
                "Malton's unit has long been what the trust itself calls a “home-from-home” unit, with four birthing rooms and a pool.",
                "",
                "",
                "",
            ),
            (
                "It is the only midwife-led unit in the trust that is not attached to a consultant-led maternity department.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The number of full-time midwives working in NHS trusts in the region fell by 4 per cent in 2026, according to NHS England workforce figures.",
                "NHS England workforce figures",
                "according to",
                "W",
            ),
        ],
        [
            ("If you have been affected by the change, contact our newsroom.", "", "", "B"),
        ],
        [
            ("Comments", "", "", "B"),
        ],
        [
            ("Sign up to our daily newsletter", "", "", "B"),
        ],
        [
            ("Email address   Sign up", "", "", "B"),
        ],
        [
            ("© 2027 Derwent Valley Mercury Ltd.", "", "", "B"),
            ("Registered in England & Wales No. 04481127.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n143-my-datuk-quote",
        "Zainal Abidin said he had asked MBPP to hand over the consultant's report by Friday. “If the report was submitted, I want to see it. If it was not, somebody has to explain why,” he said.",
        [
            "Zainal Abidin said he had asked MBPP to hand over the consultant's report by Friday.",
            "“If the report was submitted, I want to see it.",
            "If it was not, somebody has to explain why,” he said.",
        ],
    ),
    (
        "n143-my-quote-no-cue",
        "“Nobody in this block slept last night,” he said. “We will not go back in until someone we trust tells us it is safe.”",
        [
            "“Nobody in this block slept last night,” he said.",
            "“We will not go back in until someone we trust tells us it is safe.”",
        ],
    ),
    (
        "n143-my-company-number",
        "© 2026 Jerejak Media Sdn Bhd (201001012345). All Rights Reserved.",
        ["© 2026 Jerejak Media Sdn Bhd (201001012345).", "All Rights Reserved."],
    ),
    (
        "n143-ng-mr-counsel",
        "Led in evidence by the prosecution counsel, Mr. Chinedu Okafor-Eze, Danjuma said he was introduced to the defendant in 2022 by a mutual friend who described him as “the biggest landowner in Lekki”. He said he made three transfers to the defendant's company, Ogunbiyi-Thomas Estates Limited, between March and June 2022, and was given a deed of assignment and a survey plan.",
        [
            "Led in evidence by the prosecution counsel, Mr. Chinedu Okafor-Eze, Danjuma said he was introduced to the defendant in 2022 by a mutual friend who described him as “the biggest landowner in Lekki”.",
            "He said he made three transfers to the defendant's company, Ogunbiyi-Thomas Estates Limited, between March and June 2022, and was given a deed of assignment and a survey plan.",
        ],
    ),
    (
        "n143-ng-my-lord",
        "“My Lord, I paid the last instalment of ₦15 million on June 9, 2022. I was told the allocation letter would follow within one month,” he told the court.",
        [
            "“My Lord, I paid the last instalment of ₦15 million on June 9, 2022.",
            "I was told the allocation letter would follow within one month,” he told the court.",
        ],
    ),
    (
        "n143-ng-san-cross",
        "Under cross-examination by the defence counsel, Mr. Tunde Aribisala-Ojo, SAN, the witness said he had not inspected the land or conducted a search at the Lands Registry before making the first payment. Aribisala-Ojo asked him whether a man who had built houses in three states would buy land he had never seen. “I trusted him because he was a chief and an elder,” Danjuma replied.",
        [
            "Under cross-examination by the defence counsel, Mr. Tunde Aribisala-Ojo, SAN, the witness said he had not inspected the land or conducted a search at the Lands Registry before making the first payment.",
            "Aribisala-Ojo asked him whether a man who had built houses in three states would buy land he had never seen.",
            "“I trusted him because he was a chief and an elder,” Danjuma replied.",
        ],
    ),
    (
        "n143-ng-plot-no",
        "The senior advocate put it to him that his client had refunded ₦20 million to him in 2024. He said he received ₦20 million in two transfers that year, but that the money came from the defendant's wife and not from the company. Aribisala-Ojo later told the court that the defence would show that the witness had bought a different plot, No. 14, which he said was still available to him.",
        [
            "The senior advocate put it to him that his client had refunded ₦20 million to him in 2024.",
            "He said he received ₦20 million in two transfers that year, but that the money came from the defendant's wife and not from the company.",
            "Aribisala-Ojo later told the court that the defence would show that the witness had bought a different plot, No. 14, which he said was still available to him.",
        ],
    ),
    (
        "n143-ng-ltd-rights",
        "Copyright © 2027 Lagoon Tribune Media Ltd. All rights reserved. No part of this material may be reproduced, published or broadcast without the written permission of The Lagoon Tribune.",
        [
            "Copyright © 2027 Lagoon Tribune Media Ltd.",
            "All rights reserved.",
            "No part of this material may be reproduced, published or broadcast without the written permission of The Lagoon Tribune.",
        ],
    ),
    (
        "n143-za-heps-cents",
        "Shares in Karoo Lane Holdings fell as much as 6% on the JSE on Thursday after the clothing and homeware retailer said it expected headline earnings per share (HEPS) for the six months to June to be between 35% and 45% lower than a year earlier. HEPS will come in at between 71.5c and 84.5c, compared with 130c in the first half of 2025, according to the trading statement. The statement was published on the JSE's news service before the market opened, and the shares closed 4.8% lower at R23.10.",
        [
            "Shares in Karoo Lane Holdings fell as much as 6% on the JSE on Thursday after the clothing and homeware retailer said it expected headline earnings per share (HEPS) for the six months to June to be between 35% and 45% lower than a year earlier.",
            "HEPS will come in at between 71.5c and 84.5c, compared with 130c in the first half of 2025, according to the trading statement.",
            "The statement was published on the JSE's news service before the market opened, and the shares closed 4.8% lower at R23.10.",
        ],
    ),
    (
        "n143-za-on-us",
        "Chief executive Marnus van der Heever told analysts on a call that the group had bought its winter stock in December “for a winter that never arrived”. “We were wrong on the weather, and we were slow to react. That is on us,” he said.",
        [
            "Chief executive Marnus van der Heever told analysts on a call that the group had bought its winter stock in December “for a winter that never arrived”.",
            "“We were wrong on the weather, and we were slow to react.",
            "That is on us,” he said.",
        ],
    ),
    (
        "n143-us-led-by",
        "San Antonio-based Agarita Health, which sells scheduling and billing software to rural clinics, has raised $28 million in a Series B round led by Denver-based Flatiron Rock Partners. Agarita announced the funding in a blog post Tuesday morning, saying existing investors Huisache Fund and Alamo Angels Network had also taken part. The company said the round brings its total funding since it was founded in 2021 to $46 million.",
        [
            "San Antonio-based Agarita Health, which sells scheduling and billing software to rural clinics, has raised $28 million in a Series B round led by Denver-based Flatiron Rock Partners.",
            "Agarita announced the funding in a blog post Tuesday morning, saying existing investors Huisache Fund and Alamo Angels Network had also taken part.",
            "The company said the round brings its total funding since it was founded in 2021 to $46 million.",
        ],
    ),
    (
        "n143-us-jan-22",
        "“We hired ahead of revenue in 2025 and we had to correct that,” de la Rosa-Kemper wrote on X on Jan. 22, the day of the layoffs. “Every one of the 41 people leaving is someone I would hire again.”",
        [
            "“We hired ahead of revenue in 2025 and we had to correct that,” de la Rosa-Kemper wrote on X on Jan. 22, the day of the layoffs.",
            "“Every one of the 41 people leaving is someone I would hire again.”",
        ],
    ),
    (
        "n143-us-related-two",
        "RELATED: Texas health-tech funding fell 22% last year. Here's where the money went.",
        ["RELATED: Texas health-tech funding fell 22% last year.", "Here's where the money went."],
    ),
    (
        "n143-us-maybe-sooner",
        "De la Rosa-Kemper said the two had stayed in touch and that Flatiron approached Agarita in October. She said she had not planned to raise money until the summer. Sundaraman-Holt said she expects the company to be profitable “within two years, maybe sooner.”",
        [
            "De la Rosa-Kemper said the two had stayed in touch and that Flatiron approached Agarita in October.",
            "She said she had not planned to raise money until the summer.",
            "Sundaraman-Holt said she expects the company to be profitable “within two years, maybe sooner.”",
        ],
    ),
    (
        "n143-in-dr-notice",
        "KNRWA president Dr. Sravanthi Kolluri said the residents had learnt of the plan only when numbered tags appeared on the trees on November 3. “Nobody asked us. Nobody even put up a notice,” she told CityLine.",
        [
            "KNRWA president Dr. Sravanthi Kolluri said the residents had learnt of the plan only when numbered tags appeared on the trees on November 3.",
            "“Nobody asked us.",
            "Nobody even put up a notice,” she told CityLine.",
        ],
    ),
    (
        "n143-in-md-corporator",
        "The local corporator, Md. Irfan Qureshi, wrote on X that the flyover's design had been changed twice since 2024 and that the second change had added 51 trees to the list. “Why should the trees pay for a design error?” he wrote. Qureshi, a member of the corporation's standing committee, said he had raised the issue at its meeting on November 6.",
        [
            "The local corporator, Md. Irfan Qureshi, wrote on X that the flyover's design had been changed twice since 2024 and that the second change had added 51 trees to the list.",
            "“Why should the trees pay for a design error?” he wrote.",
            "Qureshi, a member of the corporation's standing committee, said he had raised the issue at its meeting on November 6.",
        ],
    ),
    (
        "n143-in-pvt-ltd",
        "Copyright © 2026 Deccan Lines Digital Pvt. Ltd. All rights reserved.",
        ["Copyright © 2026 Deccan Lines Digital Pvt. Ltd.", "All rights reserved."],
    ),
    (
        "n143-ph-engr-jr",
        "Engr. Ramon de la Peña Jr., the mill's vice president for operations, said welding and pressure tests would take at least another 18 days. “We will not fire a boiler that has not passed its test. I will not gamble with the lives of my men,” he said in a phone interview.",
        [
            "Engr. Ramon de la Peña Jr., the mill's vice president for operations, said welding and pressure tests would take at least another 18 days.",
            "“We will not fire a boiler that has not passed its test.",
            "I will not gamble with the lives of my men,” he said in a phone interview.",
        ],
    ),
    (
        "n143-ph-dela-promise",
        "Dela Torre said that was “a promise, not a plan”. He said the association had asked the mill in July whether the boiler would be ready and had been told it would be.",
        [
            "Dela Torre said that was “a promise, not a plan”.",
            "He said the association had asked the mill in July whether the boiler would be ready and had been told it would be.",
        ],
    ),
    (
        "n143-tz-dateline",
        "Zanzibar. Passengers on the Dar es Salaam–Zanzibar ferry route will pay up to 20 percent more from Monday after the Zanzibar Maritime Authority (ZMA) approved new fares for the route's largest operator, Unguja Sea Link Ltd, which runs four of the nine daily sailings. The economy fare for residents rises from TSh 25,000 to TSh 30,000, while the VIP fare goes from TSh 40,000 to TSh 46,000.",
        [
            "Zanzibar. Passengers on the Dar es Salaam–Zanzibar ferry route will pay up to 20 percent more from Monday after the Zanzibar Maritime Authority (ZMA) approved new fares for the route's largest operator, Unguja Sea Link Ltd, which runs four of the nine daily sailings.",
            "The economy fare for residents rises from TSh 25,000 to TSh 30,000, while the VIP fare goes from TSh 40,000 to TSh 46,000.",
        ],
    ),
    (
        "n143-tz-read-by-dr",
        "In the statement, which was read to reporters by the ministry's permanent secretary, Dr. Zuhura Rashid Kombo, Minister Issa Ramadhani Vuai said two new vessels would join the route by December. The minister said more competition on the route would bring fares down.",
        [
            "In the statement, which was read to reporters by the ministry's permanent secretary, Dr. Zuhura Rashid Kombo, Minister Issa Ramadhani Vuai said two new vessels would join the route by December.",
            "The minister said more competition on the route would bring fares down.",
        ],
    ),
    (
        "n143-ie-a-gearbox",
        "A: It did, and we are grateful for it. But our insurance went up 31 per cent, our fuel went up, and we had to put a new gearbox in the Naomh Crona in August at a cost of €58,000. Nobody budgets for a gearbox.",
        [
            "A: It did, and we are grateful for it.",
            "But our insurance went up 31 per cent, our fuel went up, and we had to put a new gearbox in the Naomh Crona in August at a cost of €58,000.",
            "Nobody budgets for a gearbox.",
        ],
    ),
    (
        "n143-ie-nobody-did",
        "A: If a private operator could run it for less, one would have bid for it in 2014. Nobody did.",
        [
            "A: If a private operator could run it for less, one would have bid for it in 2014.",
            "Nobody did.",
        ],
    ),
    (
        "n143-ca-ns-ltd-mine",
        "GOLDENVILLE, N.S. — The Nova Scotia Department of Environment and Climate Change has ordered a gold mine near Goldenville to stop all discharges from its site after water from a tailings pond spilled into a nearby brook during heavy rain on the weekend. The department said the overflow at the Cogswell Ridge Gold Ltd. mine began late Saturday and continued for about nine hours before staff at the site were able to pump the pond down.",
        [
            "GOLDENVILLE, N.S. — The Nova Scotia Department of Environment and Climate Change has ordered a gold mine near Goldenville to stop all discharges from its site after water from a tailings pond spilled into a nearby brook during heavy rain on the weekend.",
            "The department said the overflow at the Cogswell Ridge Gold Ltd. mine began late Saturday and continued for about nine hours before staff at the site were able to pump the pond down.",
        ],
    ),
    (
        "n143-ca-open-quote",
        "“I have seen it brown after rain and I have seen it low in August. I have never seen it grey.",
        [
            "“I have seen it brown after rain and I have seen it low in August.",
            "I have never seen it grey.",
        ],
    ),
    (
        "n143-ca-am-rcmp",
        "Goldenville Fire Chief Angus MacLellan-Pyke said his department was called to the mine road at 2 a.m. Sunday to help with pumping and left at 6 a.m. The RCMP said officers had closed the mine road to the public until Tuesday morning. The nearest home is about 1.5 kilometres from the pond, the RCMP said.",
        [
            "Goldenville Fire Chief Angus MacLellan-Pyke said his department was called to the mine road at 2 a.m. Sunday to help with pumping and left at 6 a.m.",
            "The RCMP said officers had closed the mine road to the public until Tuesday morning.",
            "The nearest home is about 1.5 kilometres from the pond, the RCMP said.",
        ],
    ),
    (
        "n143-au-buses-drivers",
        "Farrant-Keogh said the company had run 12 recruitment drives since 2024 and raised its starting rate for drivers to $34.80 an hour in January. “We are not cutting routes to save money. We are cutting them because on some mornings we have had 20 buses and 14 drivers,” she said.",
        [
            "Farrant-Keogh said the company had run 12 recruitment drives since 2024 and raised its starting rate for drivers to $34.80 an hour in January.",
            "“We are not cutting routes to save money.",
            "We are cutting them because on some mornings we have had 20 buses and 14 drivers,” she said.",
        ],
    ),
    (
        "n143-nz-report-said",
        "Visits to the Temuka library fell from 61,200 in 2019 to 38,700 last year, while the cost of running the building rose 44 per cent over the same period, according to a report to councillors. The building also needs about $1.9 million of earthquake strengthening by 2029, the report said.",
        [
            "Visits to the Temuka library fell from 61,200 in 2019 to 38,700 last year, while the cost of running the building rose 44 per cent over the same period, according to a report to councillors.",
            "The building also needs about $1.9 million of earthquake strengthening by 2029, the report said.",
        ],
    ),
    (
        "n143-uk-regd-no",
        "© 2027 Derwent Valley Mercury Ltd. Registered in England & Wales No. 04481127. All rights reserved.",
        [
            "© 2027 Derwent Valley Mercury Ltd.",
            "Registered in England & Wales No. 04481127.",
            "All rights reserved.",
        ],
    ),
    (
        "n143-uk-lay-by",
        "Hollie Brannagh-Stott, who is 36 weeks pregnant with her second child, said she had been told of the change by text message on Tuesday evening. She said the journey from her home in Norton to Scarborough took 55 minutes on a good day. “My first labour was four hours from start to finish. I am genuinely frightened of having this baby in a lay-by on the A64,” she said.",
        [
            "Hollie Brannagh-Stott, who is 36 weeks pregnant with her second child, said she had been told of the change by text message on Tuesday evening.",
            "She said the journey from her home in Norton to Scarborough took 55 minutes on a good day.",
            "“My first labour was four hours from start to finish.",
            "I am genuinely frightened of having this baby in a lay-by on the A64,” she said.",
        ],
    ),
]
