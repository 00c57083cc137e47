"""Hundred-and-sixty-second set of new hand-labelled pages for the hint engines (tuning set, round fifty-eight):
twelve WHOLE pages of everyday news from twelve countries, head to tail as a reader's paste gives
them, each with its own site's furniture, where the hard part is FINDING AND NAMING THE SPEAKER.
None of the countries of `labelled_new159.py` or `labelled_new160.py` comes back. The pages: a
Kenyan county news site pasted from a desktop browser (a nurses' strike in Nakuru and Sh412m in
arrears); a Ghanaian regional news site pasted from a phone (212 shops burn at the Kejetia market
annex in Kumasi); an Indian city news site in a browser's reader mode (Bengaluru's Cauvery water on
alternate days while a pipeline is replaced); a Pakistani daily's print view (the Lahore High Court
shuts markets at 8pm as the AQI tops 600); a Philippine regional site's AMP page (a tropical
depression floods Cebu City and classes are suspended); an Irish regional weekly copied out of its
PDF edition (an inquest into a farmer pinned by a telescopic handler near Clonmel); a Montreal
paper's morning newsletter pasted from an email client (an STM maintenance strike, with Q&A lines);
an Australian story syndicated on a news portal (Centrelink call waits at Senate estimates, with a
Hansard excerpt); a Hong Kong site's item in an RSS reader (an early flu season and wards at 112%);
a Fijian site shared from its app (the Lautoka sugar mill stops again); a Barbadian site as a
search engine's cached plain-text copy, comment included (St John's taps dry for a ninth day); and
a Dutch English-language live blog (a rail strike north of Zwolle).

What is hard is the speaker. Pronoun chains run across paragraphs with several people of the same
gender (three women in a row in the Lahore court; a son and his dead father with one surname at the
inquest, where "he" is the son who testifies; two men in a row in Kumasi and in Nakuru; "He said de
Grandpré should ..." where "he" is the critic, not de Grandpré). Speakers are named after the quote
("Gitau asked.", "Chan Siu-ming said.", "Ndege said.", "Cañete said.", "the spokeswoman said.")
and later by surname only, by given name after an honorific ("Sir Trevor told the Beacon", "Dame
Yvonne said"), by a role noun ("the judge remarked", "The coroner said", "the minister said", "the
mayor said", "The health executive", "The MCE later posted") or by a short form ("BWSSB says",
"Pagasa said", "The HSA said", "the STM said", "FSC said", "the CHP said", "NS says"); two doctors
called Chan are told apart by their given names. Titles, ranks and honorifics of twelve countries are
dropped ("Governor", "County health executive Dr", "Menengai West MCA", "Justice", "ACFO I", "DO II",
"Nana", "Alhaji", "Hon.", "Supt.", "Madam", "Smt.", "Mr.", "Barrister", "Haji", "Assistant Advocate
General", "Engr.", "Mayor", "Brgy. Capt.", "Dr.", "Atty.", "Garda" as a rank, "Assistant State
Pathologist Dr", "Coun.", "Greens senator", "Senator", "Ratu", "Adi", "Sir", "Dame", "ir.", "drs."),
while the names keep their own parts: "arap", "Ó", "Ní", "Nic", "Mac Giolla Bhríde", "Mac an tSaoi",
"Uí", "de Búrca", "delos Santos", "de Grandpré", "van den Akker", "ter Horst-Veenstra", "Noor-ul-Ain",
"Jr.", the initials of South Indian names ("R. Venkatachalapathy", "B.N. Mahadevaswamy", "T.S.
Harishchandra Gowda") and a trailing one ("Manjunath Reddy B.", later "Mr. Manjunath Reddy"), "Ma."
for Maria, and Chinese names with and without an English given name ("Clement Yeung Ho-pan" ->
"Yeung", "Cheung Ka-wai"). Bodies and their short forms ("the Kenya National Union of Nurses
(KNUN)", "the Ghana National Fire Service (GNFS)", "the Mactan station of the Philippine
Atmospheric, Geophysical and Astronomical Services Administration (Pagasa)", "the City Disaster
Risk Reduction and Management Office (CDRRMO)", "the Société de transport de Montréal (STM)", "the
Australian National Audit Office (ANAO)", "the Centre for Health Protection (CHP)", "the Fiji Sugar
Corporation (FSC)", "the Barbados Water Authority (BWA)", "The Dutch Railways (NS)") lose the
bracketed acronym; generic nouns stay as written ("the service", "the board", "the corporation",
"the centre", "The union", "the county's lawyers", "Traders at the annex"). Unnamed spokespeople
stay as written ("An ECG spokesperson in Kumasi", "An official of the department", "A spokesman for
the Health Bureau", "An Arriva spokesman", "A spokeswoman for Services Australia", "an NS
spokeswoman"), and "the spokeswoman said" resolves to them; the clause that says why they are
unnamed is dropped. "According to" gives documents and data as written ("the Controller of
Budget's report for the first half of the 2026/27 financial year", "a circular from the county
health department dated March 1", "fire service records", "the schedule published on the board's
website", "data from the Karnataka State Natural Disaster Monitoring Centre", "the EPD's monitoring
station at Gulberg", "the written order", "Hospital Authority figures", "preliminary STM data", "the
BWA's outage map"); documents with their own verbs carry themselves ("The notification said", "The
statement said", "Figures from Statistics Netherlands (CBS) ... showed", "a handwritten notice taped
to the glass read"). Posts and filings keep their channel in the cue ("wrote on X", "posted on
Facebook", "wrote on the city government's Facebook page", "said in a post on LinkedIn", "said in a
statement", "said in a press release"), and so do languages ("said in Kiswahili", "said in Cebuano",
"said in French", "said in iTaukei", "said in Fiji Hindi", "said in Cantonese"). Quotes run over
several sentences and paragraphs with the cue only in the first (Nakuru, Montreal) and every
sentence carries it; Hansard turns and newsletter Q&A lines carry their prefixes; sentences with no
speaker sit among quoted ones (the walk-out date, the court order, a summons, school closures, a
vaccine scheme, a payment rule, the strike's start). Flags follow the recent sets: of record ("W")
are counts, sums, dates, rulings, findings, rules and causal claims by officials and bodies; plans,
promises, forecasts, advice, feelings, anecdotes, characterisations and questions are "".

The pages hold 545 sentences: 187 "B", 180 "W" and 178 ""; 312 sentences carry a speaker (140
distinct speakers, page by page; 140 distinct labels). `STYLES` describes each page, its story, its
labels and its furniture in order; `CASES` holds 30 split cases written fresh in the manner of the
pages (not copied from them).

Written from scratch for issue 13 in round fifty-eight, before any rule was tuned on them and
without looking at the engine's code or output: nothing under `claimreview/`, `docs/` or
`tests/benchmarks/` was opened, no `labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no
`hint_scores.py` and no README; no engine, scorer or test was run. What was read: the brief; the
module docstrings of `labelled_new.py` and `labelled_new2.py`; `def build` in
`labelled_articles.py`; the `[tool.ruff*]` tables of `pyproject.toml`; and, through `ast` only, the
module docstrings, `STYLES`, the shape of `ARTICLES` and `CASES`, the first page and the first three
cases of `labelled_new159.py` and `labelled_new160.py`. Coined names were checked for freshness
against the string constants of those two files, through `ast`: five given names or surnames that
hit (Kemar, Anjali, Kumar, Sultana, Joseph) were replaced; only common words, real places and
generic furniture still hit.

Every person, outlet, publisher, portal, reader app, firm, union officer, association, cooperative,
advocacy group, statement, post, report, survey, figure and storm is invented (Tropical Depression
Ulayo, the Frontline Medics' Union, Safety Net Alliance, the Vitogo Women Cane Growers Cooperative
and the like). Real countries, regions, cities, towns, villages, parishes, wards, rivers, roads,
markets, stations, mills, hospitals, courts, parliaments, parties, ministries, regulators, agencies,
utilities, unions and companies appear only as settings, with invented statements and figures:
Nakuru, Kenyatta Avenue, Lanet, Bahati, Subukia, Molo, Naivasha, Kericho, Menengai West, the Nakuru
County Referral and Teaching Hospital, the Kenya National Union of Nurses, the Kenya Medical
Practitioners, Pharmacists and Dentists Union, the Employment and Labour Relations Court, the
Controller of Budget, the Council of Governors and the National Treasury; Kumasi, the Kejetia
market, Suame, Manhyia, Accra, Ahafo, the Komfo Anokye Teaching Hospital, the Ghana National Fire
Service, the Electricity Company of Ghana, the Ashanti Regional Police Command, the Kumasi
Metropolitan Assembly and the Black Stars; Bengaluru, T.K. Halli, Mandya, J.P. Nagar, B.T.M. Layout,
HSR Layout, Koramangala, Bellandur, Mahadevapura, Cauvery Bhavan, the Krishna Raja Sagar reservoir,
the Bangalore Water Supply and Sewerage Board, the Karnataka State Natural Disaster Monitoring
Centre, the India Meteorological Department, the Bengaluru Urban Deputy Commissioner and the
Legislative Assembly; Lahore, Canal Road, Gulberg, Gujranwala, Faisalabad, Multan, Mayo Hospital,
the Lahore High Court, the Supreme Court, the Environment Protection Department, the School
Education Department, the DGPR, the Anjuman-e-Tajiran and the World Health Organization; Cebu City,
M.J. Cuenco Avenue, the Guadalupe and Kinalumsan rivers, Kamputhaw, Bantayan Island, Bohol, Leyte,
the Camotes Islands, the Sulu Sea, Mindanao, Pagasa and its Mactan station, the Cebu City
CDRRMO, DepEd, the Visayan Electric Company, the Office of Civil Defense, the Philippine Coast Guard
and the Department of Public Works and Highways; Clonmel, Cloneen, Mullinahone, Cahir, Fethard,
Davis Road, the coroner for South Tipperary, the State Pathologist's office, the Health and Safety
Authority, the Department of Agriculture, Food and the Marine, the Irish Farmers' Association and
Clonmel Mart; Montreal, Quebec City, Verdun, Frontenac, the Henri-Bourassa loop, Sacré-Cœur
Hospital, the Crémazie and Legendre garages, the Société de transport de Montréal, the Syndicat du
transport de Montréal and the Administrative Labour Tribunal; Canberra, Elizabeth, Adelaide,
Centrelink, Services Australia, the Senate's Community Affairs Legislation Committee, Hansard, the
Australian National Audit Office, the Greens, the Liberal Party and Medicare; Kwun Tong, Sham Shui
Po, the Kowloon West and New Territories East clusters, Hong Kong Children's Hospital, the Centre
for Health Protection, the Hospital Authority, the Health Bureau, the Legislative Council, the
Government Vaccination Programme and the MTR; Nadi, Lautoka, Ba, Drasa, Natova, Vitogo, the Western
Division, the Lautoka and Rarawai mills, the Fiji Sugar Corporation, the Sugar Cane Growers
Council, the Fiji Meteorological Service, Parliament and its Public Accounts Committee; St John, St
Philip, St Joseph, Four Roads, the Glebe Land, Bath, Martin's Bay, Bowmanston, the Bridgetown Port,
the Barbados Water Authority, the House of Assembly, the Barbados Meteorological Services, the
Caribbean Development Bank, Caricom, Guyana and Florida; Zwolle, Utrecht Centraal, Amsterdam
Centraal, Groningen, Leeuwarden, Friesland, Assen, NS and NS Reizigers, ProRail, FNV Spoor, Arriva,
Rover, Statistics Netherlands and the Ministry of Infrastructure and Water Management.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, banner, crumb, byline, date line,
share line, caption, credit, print header and footer, jump line, time stamp, list item and legal
line is a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`,
flags "W", "B" or "". Furniture is "B" line by line and never carries a speaker; headlines and
standfirsts are one sentence each, flagged by content, their "says", "tells", "blames" or "calls
for" carrying the source as the story first gives it; a dateline belongs to its lead sentence; a
quote over several sentences carries its speaker and cue in each; a channel phrase after the verb
is part of the cue and one fronted before the subject is not ("In her ruling, Justice ... said",
"In a report tabled in February, the ... found", "In its decision dated Jan. 14, the ... said");
the place after "told reporters" is not part of the cue.

Conventions this set had to settle, in the same spirit:

* Ranks and honorifics that look like part of a name are dropped like any title: Ghana's fire
  service grades ("ACFO I", "DO II"), Ireland's "Garda" as a rank (not the station in "Mullinahone
  Garda Station"), chiefly and pilgrim titles ("Nana", "Ratu", "Adi", "Alhaji", "Haji"), "Sir" and
  "Dame", and the Dutch academic prefixes "ir." and "drs."; a name's own particles and parts are
  kept ("arap", "Ó", "Ní", "Nic", "Mac an tSaoi", "Uí", "delos", "van den", "ter", "-ul-", "Jr.",
  initials, a trailing initial, and "Ma." for Maria). * A nickname in quotation marks inside a name
  ("Ma. Theresa “Tess” Villacorta-Uy") is dropped from the label, like a title. * "Sir Trevor" and
  "Dame Yvonne" (honorific with the given name) resolve to the full name as first given, as a
  surname would. * Two people who share a surname are labelled by the one the story means: "Chan
  Siu-ming said" and "Rosalind Chan said"; at the inquest "He said ... his father" is the son. * A
  hearing transcript (Hansard) with capitalised surname prefixes: every turn carries its named
  participant with the prefix as the cue, the senator's questions included (she is a party on the
  record, not the outlet's interviewer, so the interviewer rule does not apply); "pressed him on
  ..." carries the senator too; the note introducing the excerpt is "B". * "An inquest in Clonmel
  heard" gives the proceedings as written with the cue "heard", like "according to". * A
  deposition read to an inquest: the deponent is the speaker (cue "said"). A statement read out by
  a solicitor: the family is the speaker, and the cue keeps the channel without the reader's name
  ("said in a statement read outside the courthouse by their solicitor"). A minister's statement
  read to the House in his absence: the minister ("said in a statement read to the House of
  Assembly"); the next sentence's "The statement said" is the document with its own verb; "the
  minister said" after the closing quote is the minister again. * "Returned a verdict of accidental
  death" carries the coroner (cue "returned a verdict"), as "found" carried a magistrate. * A notice
  that "read" words is a document with its own verb ("a handwritten notice taped to the glass"),
  each quoted sentence carrying it, flagged by content. * "Citing a 2024 study" or "according to its
  log book" inside a person's own "said" sentence leaves the person as the speaker. * Newsletter
  Q&A lines: the questions are "" with no speaker; an answer carries a source only when it names
  one ("A: Yes, at full service, the STM says."), so a bare "A: No." carries none. * Live-blog key
  points are one sentence each with their source as the page first gives it ("NS says" -> "The
  Dutch Railways"); a reader's question in an entry is "" with no speaker.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Kenyan COUNTY NEWS SITE (Nakuru), DESKTOP BROWSER paste, HEALTH WORKERS\' STRIKE: nurses out for a 15th day as the county says it has paid Sh412m in arrears. Head: masthead, pipe menu, sign-in line, crumb (all "B"); headline "... as county says ..." of record ("W", carrying the county government as the lead first gives it); standfirst "Union says ..." a plan ("", the union as first given); byline, published/updated line, share line (all "B"); a caption "" and its capitalised credit "B". Body: "NAKURU —" lead "says" ("W"); the union "(KNUN)" (acronym dropped, "W") and its branch secretary whose name keeps the particle "arap", with a plan ""; a QUOTE RUNNING OVER THREE PARAGRAPHS whose cue ("Tuwei told journalists", surname only) sits in the first, every sentence carrying it ("W" for the unpaid months, "" otherwise); the walk-out date with no speaker "W"; the health executive ("County health executive Dr" dropped) with a causal claim "W" and "He said" a promise ""; "According to the Controller of Budget\'s report ..." (the whole document as written, "W"); "Advertisement" "B"; a summons (an act, "W") and the county secretary "told the committee" "W"; the committee chairman ("Menengai West MCA" dropped) "" and his two-sentence quote ending "Gitau asked." ("W", ""); the doctors\' union "(KMPDU)" "" and its branch secretary ("Dr" dropped) "W", "he said" ""; a handwritten notice that "read" two quoted sentences (the notice as written, ""); a grandmother\'s anecdote with no verb of saying "" and her two quoted sentences (""); the court order (no speaker, "W"), the judge ("Justice" dropped, channel "In her ruling" fronted) quoted from the ruling "W", "the county\'s lawyers told the court" "W" and "Tuwei said" an appeal "W"; the governor ("Governor" dropped) "", "She said" a wage bill "W", "she said in Kiswahili" "" and "wrote on X" a dated meeting "W"; "A spokesperson for the Council of Governors" "W" and "The National Treasury did not respond to a request for comment" (""); a question subhead ""; contract nurses "Ndege said" "W" and "according to a circular from the county health department dated March 1" "W". Tail: related label and one headline, copyright split at "Ltd." before "All rights reserved." (all "B").',
    'Ghanaian REGIONAL NEWS SITE (Kumasi), PHONE BROWSER paste, FIRE: 212 shops burn overnight at the Kejetia market annex. Head: hamburger/masthead/search line, an app banner and its "OPEN" button, crumb (all "B"); headline of record "W"; standfirst "Fire Service says ..." ("", carrying "the Ghana National Fire Service" as the lead first gives it); byline, relative time and read time, a listen line (all "B"); a caption "" and its credit "B". Body: the lead "the Ghana National Fire Service (GNFS) said" ("W") and "the service said" (kept as written, "W"); the regional commander ("Ashanti Regional Fire Commander ACFO I" dropped) with a response time and locked gates ("W") and a two-sentence quote "he told the Morning Star" (""); "ADVERTISEMENT" and "Continue reading below" "B"; the PRO ("DO II" dropped, a rank that looks like part of the name) "" and "She said" a dated visit "W"; "Traders at the annex" (as written) "W"; the queen mother ("Nana" dropped) with a report of record "W" and two quoted sentences ""; "An ECG spokesperson in Kumasi" (the clause that says why he is unnamed dropped) "W" and "He said" a plan ""; a trader ("Alhaji" dropped) with his own loss and a quote ending in a question with "he asked" (all ""); the metropolitan chief executive ("Hon." dropped) with a dated registration and notices ("W") and "The MCE later posted on Facebook" (role short form resolving to him, ""); a "MOST READ" label and two numbered headlines "B"; the police command "said in a statement" "W", its spokesperson with "Supt." mid-sentence (dropped) "told the Morning Star" "W" and "She said" ""; insurance "according to the Kumasi Central Market Traders\' Association" "W"; its secretary ("Madam" dropped) "appealed" and a two-sentence quote (""); a question subhead ""; the annex\'s opening year (no speaker) and a past fire "according to fire service records" ("W"). Tail: back-to-top, share line, a two-sentence cookie banner, "GOT IT", copyright with no full stop (all "B").',
    'Indian CITY NEWS SITE (Bengaluru), READER MODE paste, WATER SUPPLY: Cauvery water on alternate days for 110 localities while a leaking pipeline is replaced. Head: bare domain "B"; headline "..., BWSSB says" (short form resolving to the board as the lead first gives it, "W"); authors and reading time "B"; a caption with "T.K. Halli" mid-sentence "" and its credit "B". Body: "BENGALURU:" lead "the Bangalore Water Supply and Sewerage Board (BWSSB) said" (acronym dropped, "W"); "the board said in a press release" (as written, channel in the cue, "W"); the chairman with INITIALS ("R. Venkatachalapathy", "BWSSB chairman" and the apposition dropped) "W", his quote "Mr. Venkatachalapathy told reporters" "" and free tankers from Monday "W"; localities with "J.P." and "B.T.M." "according to the schedule published on the board\'s website" "W"; the engineer-in-chief ("B.N.") "W", a technical quote "W" and a plan ""; an "Also Read:" line "B"; a residents\' association (as written) "W", its secretary ("Smt." dropped) "W" and a two-sentence quote ("", then prices "W"); the tanker owners\' president whose name ENDS IN AN INITIAL ("Manjunath Reddy B.," mid-sentence; "Mr. Manjunath Reddy said" resolving to it) with a causal claim and costs ("W"); the price cap (a rule, "W"); the minister ("Minister for Bengaluru Development" dropped, "T.S.") "", a registration rule with a date "W" and "Mr. Gowda told the Legislative Assembly" ""; an opposition legislator "" and his question "he asked" ""; reservoir storage "according to data from the Karnataka State Natural Disaster Monitoring Centre (KSNDMC)" "W" and "The India Meteorological Department (IMD) has forecast" ""; a resident\'s anecdote and two-sentence quote (""); a second caption "" and credit "B"; a question subhead ""; booking "the board said" "W" and a limit "W". Tail: topics line "B".',
    'Pakistani NATIONAL DAILY\'S WEBSITE (Lahore), PRINT VIEW paste, COURTS AND ENVIRONMENT: the Lahore High Court orders markets shut at 8pm as the AQI tops 600. Head: the browser\'s print header (date and time, page title repeating the headline), masthead, crumb (all "B"); headline of record (an act, no speaker, "W"); standfirst "Judge says ..." ("", the judge in full); byline with role and published line "B"; a caption "" and its "— PHOTO: ONLINE" credit in the same line "B". Body: "LAHORE:" lead, the order (no speaker, "W"); the judge ("Justice" dropped) with a characterisation "", "the judge remarked" (role noun, "") and "She directed" a weekly report and fixed a hearing date (acts of the court with no verb of saying, no speaker, "W"); the AQI "according to the EPD\'s monitoring station at Gulberg" (as written, "W"); the law officer ("Assistant Advocate General" dropped; a name with "-ul-") "told the court" "W" and "She said" ""; the judge\'s question "Justice Sipra asked" "" and "Ms Masood replied" "W" — three women in a row; petitioners\' counsel ("Barrister" dropped) "argued" "W" and a two-sentence quote "Mr Wahla said" (""); the minister ("Provincial Environment Minister" dropped) "", a causal claim "citing a 2024 study" (she remains the speaker, "W") and a two-sentence quote ""; the PRINT FOOTER (URL, "1/2") and REPEATED HEADER (all "B"); the traders\' president ("Haji" dropped) "W", a plan "" and a question "Mr Bhinder asked" ""; "An official of the department" (anonymity clause dropped) "W" and his quote ""; a chest physician ("Dr" dropped) "W" and advice ""; school closures (no speaker, "W") and "The notification said" (a document, ""); a question subhead ""; exemptions "according to the written order" "W" and "Justice Sipra said" "W". Tail: a published-in line, copyright "(Pvt.) Ltd.", the last footer "2/2" (all "B").',
    'Philippine REGIONAL NEWS SITE (Cebu), AMP PAGE paste, WEATHER: Tropical Depression Ulayo dumps 143.6 mm on Cebu City and classes are suspended. Head: the AMP bar with the domain, masthead, crumb (all "B"); headline of record "W"; standfirst "Pagasa says ..." a forecast ("", the agency\'s full name); byline, date line (all "B"); a caption with "M.J. Cuenco" "" and its bracketed credit "B". Body: "CEBU CITY —" lead "the Mactan station of the Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) said" (the station as written, acronym dropped, "W"); the weather specialist ("Engr." dropped, "Jr." kept) with a comparison "W" and a forecast ""; the mayor whose name begins "Ma." (kept) with a QUOTED NICKNAME (dropped) "announced at 5:10 a.m." ("W") and "she wrote on the city government\'s Facebook page" ""; "The City Disaster Risk Reduction and Management Office (CDRRMO)" "W", its head "W" and his two-sentence quote "he said in Cebuano" (""); "Story continues below" and "Advertisement" "B"; the barangay captain ("Brgy. Capt." dropped) with "at about 3 a.m." ENDING a sentence before "She said ..." ("W", then ""); the schools superintendent ("Dr." dropped; the particle surname "delos Santos", later "Delos Santos said") "W" and ""; the power utility "(VECO)" "W" and its spokesperson ("Atty." dropped) ""; no deaths "according to the Office of Civil Defense in Central Visayas (OCD-7)" "W"; a missing fisherman\'s wife "" and her two-sentence quote in Cebuano, the second reporting her husband (still hers, ""); "The Philippine Coast Guard" "W"; a "Related:" line "B"; "Villacorta-Uy said" and "the mayor said" (""); a question subhead ""; "Pagasa said" (short form resolving to the agency, "") and a naming rule "Cañete said" "W". Tail: view-full-site line, copyright split at "Corp." before "All rights reserved." (all "B").',
    'Irish REGIONAL WEEKLY\'S PDF EDITION (Clonmel), COPIED FROM THE PDF, INQUEST: a farmer pinned by a telescopic handler; the coroner returns accidental death. Head: running head with date and page number, section tag (both "B"); headline "Coroner calls for ..." ("", the coroner in full); deck of record "W"; byline and place in capitals "B". Body: the lead "an inquest in Clonmel heard" (the proceedings as written, "W"); the finding of the body (no speaker, "W"); the son (same surname as the dead man, Irish "Ó" kept) "told the inquest" and "He said" ("W"), a two-sentence quote "" and his answer to the coroner\'s question "he said" "W" — "he" and "his father" kept apart; the garda ("Garda" as a RANK dropped; "Mac Giolla Bhríde") "W"; a neighbour\'s deposition read to the inquest (the channel fronted, the deponent "Siobhán de Búrca" the speaker, "W") and "Ms de Búrca said" ""; the pathologist ("Assistant State Pathologist Dr" dropped; "Nic Aodha") "W"; the HSA inspector ("Mac an tSaoi", the authority named in his apposition) "told the inquest" with a LINE-BREAK HYPHEN left in ("park- ing"), "according to its log book" inside his own sentence (he stays the speaker) and national figures (all "W"); "The HSA said" (short form resolving to the authority, "W") and a dealer (no speaker, "W"); the PDF\'s "Continued on page 4", an ad line, the next running head, "From page 3" and the jump head (all "B"); the coroner ("Coroner for South Tipperary Dr" dropped) "returned a verdict" "W", "The coroner said" a plan "", a quote "Dr Ní Mhurchú said" "" and "She said" a count "W"; the family "said in a statement read outside the courthouse by their solicitor" (the reader\'s name outside the cue and not the speaker; "Uí Bhriain" kept) "" and "they said" ""; a farmers\' association officer with a plan "" and "Mr Mac an tSaoi had told the inquest" "W". Tail: e-mail, imprint with "Ltd.," and "Co." mid-line, a "Tel." line (all "B").',
    'Canadian CITY PAPER\'S MORNING NEWSLETTER (Montreal), EMAIL paste, TRANSIT STRIKE: STM maintenance workers walk out and buses run at about 60 per cent. Head: the mail client\'s From, Sent and Subject lines, a two-sentence view-in-browser line, the newsletter\'s name, date with "Jan." and greeting (all "B"); the editor\'s teaser ""; "TODAY\'S TOP STORY" "B"; headline of record "W"; byline with role "B". Body: the walk-out "at 12:01 a.m. Monday" and "the STM said" (short form resolving to the Société de transport de Montréal, "W"); métro hours "the STM said" "W"; the tribunal (channel "In its decision dated Jan. 14" fronted) "W"; the union named in apposition after "The union that represents the workers" (the proper name is the label, ""), its president "W" and a QUOTE OVER TWO PARAGRAPHS "he said in French" (""); the STM spokesperson "W" (twice) and "The union said" (as written, "W"); the Quebec labour minister (title dropped) with a dated conciliation "W" and "she told reporters in Quebec City" (cue "told reporters", ""); a councillor with a PARTICLE NAME ("Coun." dropped, "Jean-Philippe de Grandpré", later "De Grandpré said") "" and "W"; the opposition critic ("Coun." dropped) "" and "He said de Grandpré should ..." (he is the critic, not de Grandpré, ""); ridership "according to preliminary STM data" "W"; a bus-loop scene "", a nurse\'s anecdote and quotes with "a 7 a.m. shift." ENDING a sentence (all ""); a "WHAT YOU NEED TO KNOW" label "B" and Q&A LINES: questions "" with no speaker, "A: Yes, at full service, the STM says." ("W"), a bare "A: No." (""), "The STM says" a rule "W" and "the minister\'s office said" (as written, "W"). Tail: a sponsor label and line, an also-in label and one headline, the sign-off and signature, the reason-you-get-this line, unsubscribe links, the publisher\'s address with "O." mid-line (all "B").',
    'Australian NATIONAL STORY SYNDICATED ON A NEWS PORTAL, portal paste, PUBLIC SERVICE HEARING: Centrelink callers waited 34 minutes on average, the agency\'s chief tells Senate estimates, with a Hansard excerpt. Head: portal masthead and menu, crumb, "Provided by ..." (all "B"); headline "..., agency chief tells Senate" ("W", the chief executive in full); "Story by", time/read line, follow line (all "B"); a caption "" and "© Provided by ..." "B". Body: "CANBERRA —" lead "told a Senate estimates hearing" ("Services Australia chief executive" dropped, "W"), "He said" and "he told the Community Affairs Legislation Committee" ("W"); a senator ("Greens senator" dropped) "pressed him" ("") and a deputy introduced with no verb of saying ""; a note introducing the transcript "B"; HANSARD LINES with capitalised surname prefixes: the senator\'s questions carry HER (a named participant on the record, ""), the chief executive\'s answers ("W" for an estimate, "" for taking it on notice) and the deputy\'s ("W", then ""), every sentence of a turn carrying its prefix as the cue; "Karanikolas said" staffing and April\'s wait ("W"); the representing minister ("Senator" and the long role dropped) "" twice; an opposition senator ""; the audit office (channel "In a report tabled in February" fronted, acronym dropped) "found" "W" and accepted recommendations "W"; a welfare group (descriptor dropped) with a survey "W", its chief executive ("Dr" dropped) and a two-sentence quote (""); a mother\'s anecdote and quote (""); "A spokeswoman for Services Australia" "W" and "the spokeswoman said" (resolving to her as first given, "W"). Tail: originally-published line, a helpful prompt and its buttons, a more-for-you label and two headlines, the portal\'s copyright (all "B").',
    'Hong Kong NEWS SITE\'S ITEM IN AN RSS READER, HEALTH: the flu season arrives four weeks early and medical wards run at 112 per cent. Head: reader app name, folder path, unread count (all "B"); the item headline "..., CHP says" (short form resolving to the centre, "W"); item meta line and "Open original ↗" (both "B"). Body: the lead "the Centre for Health Protection (CHP) said" "W"; the controller ("Dr" dropped; a Chinese name with an English given name, "Clement Yeung Ho-pan", later "Yeung") with positivity "W", a forecast quote "Yeung told a press briefing" "", ICU cases "W", "he said" AFTER the claim "W" and school outbreaks "W"; "The CHP said" a non-plan "" and encephalopathy cases "the CHP said" "W"; A&E waits "According to Hospital Authority figures" "W"; TWO DOCTORS CALLED CHAN: the authority\'s manager "Dr Rosalind Chan Mei-yee" "W" and "She said" an honorarium "", the union chairman "Dr Chan Siu-ming" "", "Chan Siu-ming said" "" and "He said" a ratio "W", then "Rosalind Chan said" (resolving to her, "W"); uptake "according to the centre" (as written, "W") and the free-vaccine scheme (a rule, no speaker, "W"); a lawmaker "wrote on Facebook" "" and "Lau said" a dated meeting "W"; "A spokesman for the Health Bureau" ""; a family doctor ("Dr" dropped; a name with no English given name) "" and a two-sentence quote "she said in Cantonese" ""; a question subhead ""; "The CHP recommends" and "Yeung said" advice (""). Tail: the feed\'s "The post ... appeared first on ..." line, categories, the reader\'s strip, a next-item label, headline and meta line (all "B").',
    'Fijian NEWS SITE (Nadi), APP SHARE paste, SUGAR INDUSTRY: the Lautoka mill stops for the third time in a week and the crush falls 212,000 tonnes behind. Head: the share sheet\'s "Read this on ...:" line with a short link, masthead, crumb (all "B"); headline of record "W"; standfirst "FSC says ..." a promise ("", the corporation as first given); byline and time/read line "B"; a caption "" and its credit "B". Body: the stoppage "the Fiji Sugar Corporation (FSC) said" "W" and "the corporation said" (as written, "W"); the chief executive ("FSC chief executive Ratu" dropped, a chiefly title) "W", "He said" an expectation "" and boilers and repairs "W", "Naivalu said in iTaukei" (language in the cue, the meeting not) ""; the growers\' council "W", its chief executive "W" and "Chand said" a loss rate "W"; an "Open in the app" prompt "B"; a lorry driver\'s wait with no verb of saying "" and his two-sentence quote "he said in Fiji Hindi" (""); a cooperative chair ("Adi" dropped, a woman\'s chiefly title) with members\' cane and letters ("W") and a quote ""; the minister ("Sugar Minister" dropped) "told Parliament" a budget sum "W", "Mr Lal said" dated instalments "W" and a quote ""; an opposition MP "wrote on Facebook" "" and a plan "" — two women after two men; "The Fiji Meteorological Service has forecast" ""; a question subhead ""; "FSC said" a diversion from Wednesday "W", an undated promise "" and the payment rule (no speaker, "W"). Tail: tags, an app prompt, store links, the mail client\'s "Sent from ..." line (all "B").',
    'Barbadian NEWS SITE, a CACHED PLAIN-TEXT COPY (search-engine snapshot), UTILITIES: St John\'s taps dry for a ninth day after a pump fails at Bowmanston. Head: the snapshot notice split after the URL\'s final "/.", a two-sentence may-have-changed line, the version switch, "Skip to main content", the site name and menu items one per line, crumb (all "B"); headline "... as BWA blames ..." (a causal claim, "W", the authority in full); byline, date ("B"); a caption "" and its "Photo:" credit in the same line "B". Body: the lead "the Barbados Water Authority (BWA) said" "W"; the general manager with a delivery and trucks "from 6 a.m. to 8 p.m. daily." ("W"); the board chairman ("Sir" dropped) "" and "Sir Trevor told the Beacon" (HONORIFIC WITH THE GIVEN NAME, resolving to the full name, ""); the minister abroad "said in a statement read to the House of Assembly" ("W"), "The statement said" (a document with its own verb, "W") and "the minister said" (role noun, ""); the MP "told the House" "" and "He said" "W"; an 81-year-old ("Dame" dropped) "" and "Dame Yvonne said" (resolving to the full name) with a quote over two sentences ""; restorations "according to the BWA\'s outage map" "W"; a guest-house owner ""; rainfall "according to the Barbados Meteorological Services" "W"; advice "Hinds-Bovell said" "". Tail: a comments count, the commenter\'s "Name says:" line and time stamp ("B") and the comment in two sentences carrying the handle with the cue "says" (""), "Reply", "Leave a Reply", a two-sentence form notice, copyright split at "Ltd.", policy links (all "B").',
    'Dutch ENGLISH-LANGUAGE NEWS SITE, LIVE BLOG, desktop paste, RAIL STRIKE: almost no trains north of Zwolle and one Intercity in four elsewhere. Head: masthead, menu, crumb (all "B"); headline of record "W"; updated line and "Key points" label "B"; three key-point lines, each a sentence with its source as the page first gives it ("FNV Spoor says" "W", "NS says" resolving to "The Dutch Railways" "W", "Minister says" a refusal ""); "Pinned" "B". Entries newest first, each with a time stamp before and an entry byline after (all "B"): figures "an NS spokeswoman said" "W" and "She said" cancellations "W"; the operations director ("NS director of operations ir." dropped; particle name "ter Horst-Veenstra", later "Ter Horst-Veenstra said") with an offer "W" and a two-sentence quote ""; the union negotiator ("Jeroen van den Akker", later "Van den Akker said") "W" and "", and "Figures from Statistics Netherlands (CBS) ... showed" (a document, acronym dropped, "W"); "An Arriva spokesman" "W" and "He said" extra buses "W"; a reader question "" and its answer "Yes, the NS spokeswoman said." and "she said" (resolving to her as first given, both "W"); the minister ("Minister of Infrastructure and Water Management" dropped) "told MPs" "", a two-sentence quote "" and a sum "W"; the passenger association\'s director "said in a post on LinkedIn" "" and "Rover said" complaints "W"; "ProRail, which manages ..., said" "W" and the start time (no speaker, "W"); the union "said" (descriptor "The rail union" dropped, "W") and "It said" (resolving to FNV Spoor, ""). Tail: a read-more line, copyright split at "B.V." before "All rights reserved." (all "B").',
]

ARTICLES = [
    [
        [
            ("THE MENENGAI POST", "", "", "B"),
        ],
        [
            (
                "Home | News | Counties | Politics | Business | Health | Sports | Opinion | ePaper",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Sign in | Subscribe from Sh10 a day", "", "", "B"),
        ],
        [
            ("News › Counties › Nakuru", "", "", "B"),
        ],
        [
            (
                "Nakuru nurses' strike enters third week as county says Sh412m in arrears has been paid",
                "The Nakuru county government",
                "says",
                "W",
            ),
        ],
        [
            (
                "Union says its members will not return until a return-to-work deal is signed and registered in court",
                "The Kenya National Union of Nurses",
                "says",
                "",
            ),
        ],
        [
            ("By Wanjohi Kibet-Muriuki", "", "", "B"),
        ],
        [
            ("Published Wed, 3 Mar 2027 at 18:42 | Updated 19:05", "", "", "B"),
        ],
        [
            ("Share: Facebook | X | WhatsApp | LinkedIn | Telegram", "", "", "B"),
        ],
        [
            (
                "Striking nurses march along Kenyatta Avenue in Nakuru town on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("PHOTO | WANJOHI KIBET-MURIUKI", "", "", "B"),
        ],
        [
            (
                "NAKURU — The Nakuru county government says it has paid Sh412 million in salary arrears to nurses, as a strike by more than 1,300 of them entered its 15th day on Wednesday.",
                "The Nakuru county government",
                "says",
                "W",
            ),
        ],
        [
            (
                "The Kenya National Union of Nurses (KNUN) says the money covers only October and November, and that 1,312 of its members in the county are still owed their December and January pay.",
                "The Kenya National Union of Nurses",
                "says",
                "W",
            ),
            (
                "The union's Nakuru branch secretary, Daniel Kipkemboi arap Tuwei, said nurses would not return until a return-to-work formula had been signed and registered with the court.",
                "Daniel Kipkemboi arap Tuwei",
                "said",
                "",
            ),
        ],
        [
            (
                "“We have heard promises since September,” Tuwei told journalists outside the Nakuru County Referral and Teaching Hospital on Wednesday morning.",
                "Daniel Kipkemboi arap Tuwei",
                "told journalists",
                "",
            ),
            (
                "“A promise does not pay school fees.",
                "Daniel Kipkemboi arap Tuwei",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "“Our members worked through October and November without a shilling.",
                "Daniel Kipkemboi arap Tuwei",
                "told journalists",
                "W",
            ),
            (
                "Some of them walked to work from Lanet because they could not afford the matatu.",
                "Daniel Kipkemboi arap Tuwei",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "“So when the county says the money has been paid, we are asking: paid to whom?”",
                "Daniel Kipkemboi arap Tuwei",
                "told journalists",
                "",
            ),
        ],
        [
            (
                "Nurses at the referral hospital and the county's 11 sub-county hospitals walked out on February 17, a day after a 14-day strike notice expired.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "County health executive Dr Jared Ouma Ndege said the arrears had built up because the National Treasury released the county's equitable share for November only on February 9.",
                "Jared Ouma Ndege",
                "said",
                "W",
            ),
            (
                "He said a further Sh190 million would be paid “within ten days” once the county assembly approved a supplementary budget.",
                "Jared Ouma Ndege",
                "said",
                "",
            ),
        ],
        [
            (
                "According to the Controller of Budget's report for the first half of the 2026/27 financial year, Nakuru spent 61 per cent of its revenue on salaries, against a ceiling of 35 per cent set in the public finance regulations.",
                "the Controller of Budget's report for the first half of the 2026/27 financial year",
                "according to",
                "W",
            ),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "On Tuesday the county assembly's health committee summoned Ndege and the county secretary, Evans Kimutai Langat, to explain the delay.",
                "",
                "",
                "W",
            ),
            (
                "Langat told the committee that 212 names had been removed from the payroll after a headcount in January, and that the nurses' December pay had been held back until the cleaned list was approved.",
                "Evans Kimutai Langat",
                "told the committee",
                "W",
            ),
        ],
        [
            (
                "The committee's chairman, Menengai West MCA Peter Mwangi Gitau, said the executive had “treated nurses like casual labourers”.",
                "Peter Mwangi Gitau",
                "said",
                "",
            ),
            (
                "“The December money was in the county's account by January 20.",
                "Peter Mwangi Gitau",
                "asked",
                "W",
            ),
            ("Why was it not paid?” Gitau asked.", "Peter Mwangi Gitau", "asked", ""),
        ],
        [
            (
                "The Kenya Medical Practitioners, Pharmacists and Dentists Union (KMPDU) said its members would not join the strike, but would not do nurses' work either.",
                "The Kenya Medical Practitioners, Pharmacists and Dentists Union",
                "said",
                "",
            ),
            (
                "Its Rift Valley branch secretary, Dr Hezron Omondi Achola, said doctors at the referral hospital had postponed 86 planned operations since February 17.",
                "Hezron Omondi Achola",
                "said",
                "W",
            ),
            (
                "“A theatre without nurses is just a room,” he said.",
                "Hezron Omondi Achola",
                "said",
                "",
            ),
        ],
        [
            (
                "At the referral hospital's outpatient block on Wednesday, a handwritten notice taped to the glass read: “No services today.",
                "a handwritten notice taped to the glass",
                "read",
                "",
            ),
            (
                "Kindly seek help at a private facility.”",
                "a handwritten notice taped to the glass",
                "read",
                "",
            ),
        ],
        [
            (
                "Mary Wanjiku Njoroge, 54, had brought her grandson from Bahati with a fever.",
                "",
                "",
                "",
            ),
            (
                "“They told us at the gate there is nobody to admit him,” she said.",
                "Mary Wanjiku Njoroge",
                "said",
                "",
            ),
            ("“Where do they expect us to take a sick child?”", "Mary Wanjiku Njoroge", "said", ""),
        ],
        [
            (
                "The Employment and Labour Relations Court in Nakuru last Thursday ordered the nurses back to work pending a hearing on March 10.",
                "",
                "",
                "W",
            ),
            (
                "In her ruling, Justice Beatrice Akinyi Oduor said the strike notice had been served “in substantial compliance” with the law, but that “the right to strike does not extend to walking out of a ward with patients in it”.",
                "Beatrice Akinyi Oduor",
                "said",
                "W",
            ),
            (
                "The union has not complied with the order, the county's lawyers told the court on Monday.",
                "the county's lawyers",
                "told the court",
                "W",
            ),
            (
                "Tuwei said the union had filed an appeal on Tuesday.",
                "Daniel Kipkemboi arap Tuwei",
                "said",
                "W",
            ),
        ],
        [
            (
                "Governor Lilian Wairimu Chepkoech, speaking at a fundraiser in Molo, said the county would not pay “a single shilling” for the days nurses had been on strike.",
                "Lilian Wairimu Chepkoech",
                "said",
                "",
            ),
            (
                "She said the county's wage bill had grown from Sh7.9 billion to Sh9.4 billion in three years.",
                "Lilian Wairimu Chepkoech",
                "said",
                "W",
            ),
            (
                "“I will not borrow money to pay salaries and leave the next governor with the debt,” she said in Kiswahili.",
                "Lilian Wairimu Chepkoech",
                "said in Kiswahili",
                "",
            ),
        ],
        [
            (
                "Chepkoech later wrote on X that she had invited union officials to a meeting at the county headquarters at 10am on Friday.",
                "Lilian Wairimu Chepkoech",
                "wrote on X",
                "W",
            ),
        ],
        [
            (
                "A spokesperson for the Council of Governors said counties were owed Sh61.8 billion by the National Treasury as of February 28.",
                "A spokesperson for the Council of Governors",
                "said",
                "W",
            ),
            (
                "The National Treasury did not respond to a request for comment.",
                "The National Treasury",
                "did not respond to a request for comment",
                "",
            ),
        ],
        [
            ("What happens to patients in the meantime?", "", "", ""),
        ],
        [
            (
                "The county has hired 40 nurses on three-month contracts to keep the emergency, maternity and newborn units open, Ndege said.",
                "Jared Ouma Ndege",
                "said",
                "W",
            ),
            (
                "Mission hospitals in Bahati and Subukia have agreed to take referrals at the county's cost, according to a circular from the county health department dated March 1.",
                "a circular from the county health department dated March 1",
                "according to",
                "W",
            ),
        ],
        [
            ("RELATED STORIES", "", "", "B"),
        ],
        [
            (
                "Kericho clinical officers call off two-week strike after deal on promotions",
                "",
                "",
                "B",
            ),
        ],
        [
            ("© 2027 Menengai Post Media Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("☰   KUMASI MORNING STAR   🔍", "", "", "B"),
        ],
        [
            ("Read faster in the Morning Star app", "", "", "B"),
        ],
        [
            ("OPEN", "", "", "B"),
        ],
        [
            ("NEWS / REGIONAL", "", "", "B"),
        ],
        [
            (
                "Fire destroys 212 shops at Kejetia market annex overnight; two watchmen treated for smoke",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Fire Service says cause not yet known as traders count their losses",
                "the Ghana National Fire Service",
                "says",
                "",
            ),
        ],
        [
            ("Kofi Amankwah-Sarpong", "", "", "B"),
        ],
        [
            ("3 hours ago · 5 min read", "", "", "B"),
        ],
        [
            ("🔊 Listen to this article", "", "", "B"),
        ],
        [
            (
                "Traders search the burnt remains of their stalls at the Kejetia market annex on Tuesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("Photo: Kofi Amankwah-Sarpong / KMS", "", "", "B"),
        ],
        [
            (
                "A fire that started shortly after 1am on Tuesday destroyed 212 shops and stalls at the annex of the Kejetia market in Kumasi, the Ghana National Fire Service (GNFS) said.",
                "the Ghana National Fire Service",
                "said",
                "W",
            ),
            (
                "No one was killed, but two watchmen were treated for smoke inhalation at the Komfo Anokye Teaching Hospital, the service said.",
                "the service",
                "said",
                "W",
            ),
        ],
        [
            (
                "Ashanti Regional Fire Commander ACFO I Kwabena Osei-Agyemang said the first of seven tenders reached the market at 1.26am, 11 minutes after the call.",
                "Kwabena Osei-Agyemang",
                "said",
                "W",
            ),
            (
                "He said firefighters had to cut through two locked gates because the keys were with a caretaker who lived in Suame.",
                "Kwabena Osei-Agyemang",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Our men fought that fire with their hands tied,” he told the Morning Star.",
                "Kwabena Osei-Agyemang",
                "told the Morning Star",
                "",
            ),
            (
                "“Every lane was blocked with goods left outside overnight.”",
                "Kwabena Osei-Agyemang",
                "told the Morning Star",
                "",
            ),
        ],
        [
            ("ADVERTISEMENT", "", "", "B"),
        ],
        [
            ("Continue reading below", "", "", "B"),
        ],
        [
            (
                "The service's regional public relations officer, DO II Abena Serwaa Ampofo, said investigators had not yet established the cause.",
                "Abena Serwaa Ampofo",
                "said",
                "",
            ),
            (
                "She said a team of fire investigators from the GNFS headquarters in Accra would arrive on Wednesday.",
                "Abena Serwaa Ampofo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Traders at the annex said the power had gone off and come back several times on Monday evening, and that sparks had been seen at a meter board near the eastern gate.",
                "Traders at the annex",
                "said",
                "W",
            ),
            (
                "The traders' queen mother, Nana Yaa Konadu Asantewaa, said she had reported the faulty meter board to the Electricity Company of Ghana (ECG) twice in January.",
                "Yaa Konadu Asantewaa",
                "said",
                "W",
            ),
            ("“They came, they looked, they left,” she said.", "Yaa Konadu Asantewaa", "said", ""),
            ("“Now see what we have lost.”", "Yaa Konadu Asantewaa", "said", ""),
        ],
        [
            (
                "An ECG spokesperson in Kumasi, who asked not to be named because he was not authorised to speak to the media, said the company had no record of a complaint from the market in January.",
                "An ECG spokesperson in Kumasi",
                "said",
                "W",
            ),
            (
                "He said engineers would inspect the annex's wiring once the fire service handed the site back.",
                "An ECG spokesperson in Kumasi",
                "said",
                "",
            ),
        ],
        [
            (
                "Alhaji Sulemana Issah Baba, who sells cloth and sandals, said he had lost stock worth about GH¢180,000.",
                "Sulemana Issah Baba",
                "said",
                "",
            ),
            (
                "“I took a loan from the bank in December for the Christmas goods.",
                "Sulemana Issah Baba",
                "asked",
                "",
            ),
            ("Who is going to pay it now?” he asked.", "Sulemana Issah Baba", "asked", ""),
        ],
        [
            (
                "The Kumasi Metropolitan Chief Executive, Hon. Kwadwo Appiah-Danquah, who visited the site at dawn, said the assembly would begin registering affected traders at the annex on Wednesday.",
                "Kwadwo Appiah-Danquah",
                "said",
                "W",
            ),
            (
                "He said the assembly had warned traders in 2025 not to keep goods in the lanes after closing time, and had served 430 notices.",
                "Kwadwo Appiah-Danquah",
                "said",
                "W",
            ),
            (
                "The MCE later posted on Facebook that “this disaster was avoidable”, and that the assembly would prosecute owners of shops found with illegal electrical connections.",
                "Kwadwo Appiah-Danquah",
                "posted on Facebook",
                "",
            ),
        ],
        [
            ("MOST READ", "", "", "B"),
        ],
        [
            ("1. Black Stars squad named for June qualifiers", "", "", "B"),
        ],
        [
            ("2. Cocoa farmers in Ahafo still waiting for February payments", "", "", "B"),
        ],
        [
            (
                "The Ashanti Regional Police Command said in a statement that officers had arrested three young men found carrying goods out of the burning annex at about 3am.",
                "The Ashanti Regional Police Command",
                "said in a statement",
                "W",
            ),
            (
                "The command's spokesperson, Supt. Efua Dzifa Agbenyega, told the Morning Star the three were being held at the Manhyia Divisional Police Headquarters.",
                "Efua Dzifa Agbenyega",
                "told the Morning Star",
                "W",
            ),
            (
                "She said they would be put before court “as soon as investigations permit”.",
                "Efua Dzifa Agbenyega",
                "said",
                "",
            ),
        ],
        [
            (
                "Fewer than one in ten traders at the annex had insured their goods, according to the Kumasi Central Market Traders' Association.",
                "the Kumasi Central Market Traders' Association",
                "according to",
                "W",
            ),
            (
                "Its secretary, Madam Comfort Akosua Boadu-Nyarko, appealed to the government for relief for the traders, most of whom she said were women.",
                "Comfort Akosua Boadu-Nyarko",
                "appealed",
                "",
            ),
            (
                "“Many of these women feed five or six children from one table,” she said.",
                "Comfort Akosua Boadu-Nyarko",
                "said",
                "",
            ),
            (
                "“If nobody helps them, where will they start from?”",
                "Comfort Akosua Boadu-Nyarko",
                "said",
                "",
            ),
        ],
        [
            ("Has the annex burned before?", "", "", ""),
        ],
        [
            ("The annex, a two-storey block of 640 stalls, opened in 2019.", "", "", "W"),
            (
                "It was last hit by fire in March 2024, when 38 stalls burned, according to fire service records.",
                "fire service records",
                "according to",
                "W",
            ),
        ],
        [
            ("↑ Back to top", "", "", "B"),
        ],
        [
            ("Share: WhatsApp · Facebook · X · Copy link", "", "", "B"),
        ],
        [
            ("We use cookies to improve your experience.", "", "", "B"),
            ("By continuing, you agree to our cookie policy.", "", "", "B"),
        ],
        [
            ("GOT IT", "", "", "B"),
        ],
        [
            ("© 2027 Morning Star Media Ghana Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("deccanledger.in", "", "", "B"),
        ],
        [
            (
                "Cauvery water on alternate days for 110 Bengaluru localities from Monday, BWSSB says",
                "the Bangalore Water Supply and Sewerage Board",
                "says",
                "W",
            ),
        ],
        [
            ("Shruthi Kalyanaraman, Prakash Hosamani", "", "", "B"),
        ],
        [
            ("6–8 minutes", "", "", "B"),
        ],
        [
            (
                "A technician checks a valve at the pumping station at T.K. Halli in Mandya district on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— Special Arrangement", "", "", "B"),
        ],
        [
            (
                "BENGALURU: About 110 localities in the south and east of the city will get Cauvery water only on alternate days for three weeks from Monday, the Bangalore Water Supply and Sewerage Board (BWSSB) said on Friday.",
                "the Bangalore Water Supply and Sewerage Board",
                "said",
                "W",
            ),
            (
                "The cut is needed because a 1.3-km stretch of the Stage IV, Phase 2 pipeline near T.K. Halli, which leaks about 40 million litres a day, is to be replaced, the board said in a press release.",
                "the board",
                "said in a press release",
                "W",
            ),
        ],
        [
            (
                "BWSSB chairman R. Venkatachalapathy, an IAS officer, said the city was short of about 180 million litres a day (MLD) even before the repair.",
                "R. Venkatachalapathy",
                "said",
                "W",
            ),
            (
                "“We can either fix this pipe now, in February, or watch it burst in May when the city needs every drop,” Mr. Venkatachalapathy told reporters at Cauvery Bhavan.",
                "R. Venkatachalapathy",
                "told reporters",
                "",
            ),
            (
                "He said tankers run by the board would make 1,200 trips a day to the affected wards free of charge from Monday, up from 450 now.",
                "R. Venkatachalapathy",
                "said",
                "W",
            ),
        ],
        [
            (
                "The affected localities include J.P. Nagar, B.T.M. Layout, HSR Layout, Koramangala 1st to 8th Blocks, Bellandur and parts of Mahadevapura, according to the schedule published on the board's website.",
                "the schedule published on the board's website",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The board's engineer-in-chief, B.N. Mahadevaswamy, said the leak had been found only in November, during an audit of the Stage IV lines.",
                "B.N. Mahadevaswamy",
                "said",
                "W",
            ),
            (
                "“A pipe of 2,750 mm cannot be shut for even a day without cutting supply to half the city,” he said.",
                "B.N. Mahadevaswamy",
                "said",
                "W",
            ),
            (
                "He said work would go on round the clock, and that the board would try to finish “a few days early”.",
                "B.N. Mahadevaswamy",
                "said",
                "",
            ),
        ],
        [
            (
                "Also Read: Bengaluru's groundwater table fell 2.1 metres in a year, says report",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "The HSR Layout Sector 2 Residents' Welfare Association said alternate-day supply had in practice meant water “once in three or four days” at the tail end of the network during last year's repairs.",
                "The HSR Layout Sector 2 Residents' Welfare Association",
                "said",
                "W",
            ),
            (
                "Its secretary, Smt. Lakshmi Narasimhan, said the association's 1,640 households had spent ₹38 lakh on private tankers in January alone.",
                "Lakshmi Narasimhan",
                "said",
                "W",
            ),
            (
                "“Every time the board announces a repair, the tanker rates go up the next morning,” she said.",
                "Lakshmi Narasimhan",
                "said",
                "",
            ),
            (
                "“A 6,000-litre load that cost ₹900 in December now costs ₹1,800.”",
                "Lakshmi Narasimhan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Manjunath Reddy B., president of the Bengaluru Private Water Tanker Owners' Association, said rates had gone up because borewells in the outer zones were running dry, not because of the repair.",
                "Manjunath Reddy B.",
                "said",
                "W",
            ),
            (
                "“Our members are paying more for diesel and driving 30 km to fill up,” Mr. Manjunath Reddy said.",
                "Manjunath Reddy B.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Under an order issued by the Bengaluru Urban Deputy Commissioner in 2024, tanker rates in the city are capped at ₹600 for 6,000 litres delivered within 5 km.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Minister for Bengaluru Development T.S. Harishchandra Gowda said the government would “not hesitate” to seize tankers that overcharged.",
                "T.S. Harishchandra Gowda",
                "said",
                "",
            ),
            (
                "He said 2,120 private tankers had registered with the board since January, and unregistered ones would be barred from supplying water in the city from March 1.",
                "T.S. Harishchandra Gowda",
                "said",
                "W",
            ),
            (
                "“Water is not a business opportunity in a shortage,” Mr. Gowda told the Legislative Assembly.",
                "T.S. Harishchandra Gowda",
                "told the Legislative Assembly",
                "",
            ),
        ],
        [
            (
                "Opposition legislator C.K. Thimmarayappa, who represents one of the affected constituencies, said the board had chosen “the worst possible month” for the work.",
                "C.K. Thimmarayappa",
                "said",
                "",
            ),
            (
                "“Why was this not done in the monsoon, when the reservoirs were full?” he asked.",
                "C.K. Thimmarayappa",
                "asked",
                "",
            ),
        ],
        [
            (
                "Storage in the Krishna Raja Sagar reservoir stood at 62.4% of capacity on Friday, against 71.8% a year ago, according to data from the Karnataka State Natural Disaster Monitoring Centre (KSNDMC).",
                "data from the Karnataka State Natural Disaster Monitoring Centre",
                "according to",
                "W",
            ),
            (
                "The India Meteorological Department (IMD) has forecast a maximum of 34°C for the city next week, above the February normal of 30.4°C.",
                "The India Meteorological Department",
                "has forecast",
                "",
            ),
        ],
        [
            (
                "In Bellandur, software engineer Kavya Raghunath Hegde said her apartment block had stopped watering its garden and shut the swimming pool a week ago.",
                "Kavya Raghunath Hegde",
                "said",
                "",
            ),
            ("“We are 400 families and one sump,” she said.", "Kavya Raghunath Hegde", "said", ""),
            (
                "“On tanker days the watchman does nothing but count trucks.”",
                "Kavya Raghunath Hegde",
                "said",
                "",
            ),
        ],
        [
            (
                "Residents queue with plastic pots at a BWSSB tanker in J.P. Nagar 7th Phase on Friday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("— K. Murali Krishnan", "", "", "B"),
        ],
        [
            ("How do I get a free tanker?", "", "", ""),
        ],
        [
            (
                "Residents of the affected wards can book a tanker by calling the 1916 helpline or through the board's WhatsApp service, the board said.",
                "the board",
                "said",
                "W",
            ),
            (
                "Mr. Venkatachalapathy said each household would be limited to one 6,000-litre load every four days.",
                "R. Venkatachalapathy",
                "said",
                "W",
            ),
        ],
        [
            ("Topics: Bengaluru · Water supply · BWSSB · Cauvery", "", "", "B"),
        ],
    ],
    [
        [
            ("11/4/27, 9:14 AM", "", "", "B"),
        ],
        [
            (
                "LHC orders Lahore markets to close at 8pm as AQI tops 600 | The Ravi Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            ("THE RAVI COURIER", "", "", "B"),
        ],
        [
            ("Pakistan › Lahore", "", "", "B"),
        ],
        [
            ("LHC orders Lahore markets to close at 8pm as AQI tops 600", "", "", "W"),
        ],
        [
            (
                "Judge says smog “cannot be fought with press releases”",
                "Ayesha Nadeem Sipra",
                "says",
                "",
            ),
        ],
        [
            ("Hammad Yousaf Malik | Staff Reporter", "", "", "B"),
        ],
        [
            ("Published November 4, 2027 · Updated 08:50am", "", "", "B"),
        ],
        [
            (
                "Traffic moves through thick smog on Canal Road in Lahore on Wednesday evening.",
                "",
                "",
                "",
            ),
            ("— PHOTO: ONLINE", "", "", "B"),
        ],
        [
            (
                "LAHORE: The Lahore High Court on Wednesday ordered all markets, shops and restaurants in Lahore district to close by 8pm until November 20, as the city's air quality index (AQI) stayed above 600 for a third straight day.",
                "",
                "",
                "W",
            ),
            (
                "Justice Ayesha Nadeem Sipra, hearing a set of petitions on smog, said the Punjab government's measures had been “announced with great energy and enforced with none”.",
                "Ayesha Nadeem Sipra",
                "said",
                "",
            ),
            (
                "“Smog cannot be fought with press releases,” the judge remarked.",
                "Ayesha Nadeem Sipra",
                "remarked",
                "",
            ),
        ],
        [
            (
                "She directed the Environment Protection Department (EPD) to file a compliance report every Monday and fixed the next hearing for November 11.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The AQI reached 642 at 7pm on Tuesday, according to the EPD's monitoring station at Gulberg, and fine particulate matter (PM2.5) was measured at 410 micrograms per cubic metre, more than 27 times the World Health Organization's 24-hour guideline.",
                "the EPD's monitoring station at Gulberg",
                "according to",
                "W",
            ),
        ],
        [
            (
                "Assistant Advocate General Noor-ul-Ain Masood told the court the department had sealed 1,146 brick kilns and 318 factories in the province since October 1, and fined the owners of 4,900 smoke-emitting vehicles.",
                "Noor-ul-Ain Masood",
                "told the court",
                "W",
            ),
            (
                "She said the government would “fully comply” with the order.",
                "Noor-ul-Ain Masood",
                "said",
                "",
            ),
        ],
        [
            (
                "“How many of those kilns are burning again tonight?” Justice Sipra asked.",
                "Ayesha Nadeem Sipra",
                "asked",
                "",
            ),
            (
                "Ms Masood replied that inspectors had revisited 212 of the sealed kilns last week and found 37 of them working.",
                "Noor-ul-Ain Masood",
                "replied",
                "W",
            ),
        ],
        [
            (
                "Counsel for the petitioners, Barrister Usman Ghani Wahla, argued that the government's own 2023 smog plan had promised 1,000 electric buses for Lahore by 2025, and that 27 were on the road.",
                "Usman Ghani Wahla",
                "argued",
                "W",
            ),
            (
                "“The plan was written in English and left in a drawer,” Mr Wahla said.",
                "Usman Ghani Wahla",
                "said",
                "",
            ),
            (
                "“My clients are asking for nothing more than what the government promised itself.”",
                "Usman Ghani Wahla",
                "said",
                "",
            ),
        ],
        [
            (
                "Provincial Environment Minister Rabia Nasim Gondal, speaking at a news conference at the DGPR office, said the government welcomed the order and had “already been planning” an early closing time.",
                "Rabia Nasim Gondal",
                "said",
                "",
            ),
            (
                "She said vehicles accounted for about 70 per cent of Lahore's winter smog, citing a 2024 study commissioned by the department.",
                "Rabia Nasim Gondal",
                "said",
                "W",
            ),
            ("“We are asking people for two weeks of patience.", "Rabia Nasim Gondal", "said", ""),
            ("After that, the rain should help us,” she said.", "Rabia Nasim Gondal", "said", ""),
        ],
        [
            ("https://www.ravicourier.pk/lahore/lhc-markets-8pm-smog-aqi", "", "", "B"),
        ],
        [
            ("1/2", "", "", "B"),
        ],
        [
            ("11/4/27, 9:14 AM", "", "", "B"),
        ],
        [
            (
                "LHC orders Lahore markets to close at 8pm as AQI tops 600 | The Ravi Courier",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Haji Muhammad Aslam Bhinder, president of the Anjuman-e-Tajiran Punjab, said shops in Lahore made about 40 per cent of their daily sales after 8pm in winter.",
                "Muhammad Aslam Bhinder",
                "said",
                "W",
            ),
            (
                "He said the traders' body would ask the Supreme Court to set the order aside.",
                "Muhammad Aslam Bhinder",
                "said",
                "",
            ),
            (
                "“Will the judge pay the salaries of our salesmen?” Mr Bhinder asked.",
                "Muhammad Aslam Bhinder",
                "asked",
                "",
            ),
        ],
        [
            (
                "An official of the department, who spoke on condition of anonymity because he was not authorised to talk to the media, said only 41 of its 120 field inspectors were posted in Lahore.",
                "An official of the department",
                "said",
                "W",
            ),
            (
                "“We close a kiln in the morning and they light it again after Maghrib,” he said.",
                "An official of the department",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Yasir Iqbal Chattha, who heads the chest medicine department at Mayo Hospital, said it had seen 2,310 patients with breathing complaints in the past week, about twice as many as in the same week last year.",
                "Yasir Iqbal Chattha",
                "said",
                "W",
            ),
            (
                "“Children and the elderly should not be out at all in the evenings,” he said.",
                "Yasir Iqbal Chattha",
                "said",
                "",
            ),
        ],
        [
            (
                "Schools in the Lahore, Gujranwala, Faisalabad and Multan divisions have been closed since October 28 under a notification of the School Education Department.",
                "",
                "",
                "W",
            ),
            (
                "The notification said they would reopen on November 11 “subject to the AQI”.",
                "The notification",
                "said",
                "",
            ),
        ],
        [
            ("What is allowed after 8pm?", "", "", ""),
        ],
        [
            (
                "Pharmacies, bakeries, petrol pumps and hospitals are exempt, according to the written order, and restaurants may offer takeaway until 10pm.",
                "the written order",
                "according to",
                "W",
            ),
            (
                "Justice Sipra said deputy commissioners would be answerable in person for any breach in their districts.",
                "Ayesha Nadeem Sipra",
                "said",
                "W",
            ),
        ],
        [
            ("Published in The Ravi Courier, November 4th, 2027", "", "", "B"),
        ],
        [
            ("© The Ravi Courier Publications (Pvt.) Ltd.", "", "", "B"),
        ],
        [
            ("https://www.ravicourier.pk/lahore/lhc-markets-8pm-smog-aqi", "", "", "B"),
        ],
        [
            ("2/2", "", "", "B"),
        ],
    ],
    [
        [
            ("⚡ visayasdailytribune.ph", "", "", "B"),
        ],
        [
            ("VISAYAS DAILY TRIBUNE", "", "", "B"),
        ],
        [
            ("Cebu › Weather", "", "", "B"),
        ],
        [
            (
                "Classes suspended in Cebu City as Tropical Depression Ulayo dumps 143 mm of rain in 12 hours",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Pagasa says the depression will cross southern Leyte on Thursday and weaken over the Sulu Sea by Friday",
                "the Philippine Atmospheric, Geophysical and Astronomical Services Administration",
                "says",
                "",
            ),
        ],
        [
            ("By Rhea Mae Cabungcal-Tiongco", "", "", "B"),
        ],
        [
            ("November 17, 2027 | 2:34 PM", "", "", "B"),
        ],
        [
            (
                "Motorists wade through floodwater on M.J. Cuenco Avenue in Cebu City on Wednesday morning.",
                "",
                "",
                "",
            ),
        ],
        [
            ("(VDT PHOTO / JUNRIEL ABELGAS OMAÑA)", "", "", "B"),
        ],
        [
            (
                "CEBU CITY — Tropical Depression Ulayo dumped 143.6 millimeters of rain on Cebu City in the 12 hours to 8 a.m. Wednesday, the Mactan station of the Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) said.",
                "the Mactan station of the Philippine Atmospheric, Geophysical and Astronomical Services Administration",
                "said",
                "W",
            ),
            (
                "Weather specialist Engr. Alfredo Lumapas Cañete Jr. said that was more than the city's average rainfall for the whole of November.",
                "Alfredo Lumapas Cañete Jr.",
                "said",
                "W",
            ),
            (
                "He said Ulayo was expected to cross southern Leyte on Thursday morning and weaken into a low-pressure area over the Sulu Sea by Friday.",
                "Alfredo Lumapas Cañete Jr.",
                "said",
                "",
            ),
        ],
        [
            (
                "Mayor Ma. Theresa “Tess” Villacorta-Uy announced at 5:10 a.m. that classes at all levels, public and private, and work in city hall would be suspended on Wednesday and Thursday, except for disaster and health personnel.",
                "Ma. Theresa Villacorta-Uy",
                "announced",
                "W",
            ),
            (
                "“Better to lose two days of lessons than one child in a flooded street,” she wrote on the city government's Facebook page.",
                "Ma. Theresa Villacorta-Uy",
                "wrote on the city government's Facebook page",
                "",
            ),
        ],
        [
            (
                "The City Disaster Risk Reduction and Management Office (CDRRMO) said 1,842 families, or 6,913 people, from 14 barangays were in evacuation centers as of noon.",
                "The City Disaster Risk Reduction and Management Office",
                "said",
                "W",
            ),
            (
                "Its head, Nestor Cabahug Ybañez, said rescuers had taken 63 people off the roofs of houses along the Guadalupe River in Barangay Kamputhaw before dawn.",
                "Nestor Cabahug Ybañez",
                "said",
                "W",
            ),
            (
                "“Some of them did not want to leave because of their pigs,” he said in Cebuano.",
                "Nestor Cabahug Ybañez",
                "said in Cebuano",
                "",
            ),
            ("“We had to carry the pigs too.”", "Nestor Cabahug Ybañez", "said in Cebuano", ""),
        ],
        [
            ("Story continues below", "", "", "B"),
        ],
        [
            ("Advertisement", "", "", "B"),
        ],
        [
            (
                "Brgy. Capt. Lorna Pacaña Abella of Kamputhaw said the water in the lower sitios rose “from ankle to chest in 20 minutes” at about 3 a.m.",
                "Lorna Pacaña Abella",
                "said",
                "W",
            ),
            (
                "She said the barangay's only rubber boat had a hole in it and had to be patched with tape before it could be used.",
                "Lorna Pacaña Abella",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr. Ramil Abellana delos Santos, superintendent of the Department of Education (DepEd) Cebu City division, said 38 public schools were being used as evacuation centers.",
                "Ramil Abellana delos Santos",
                "said",
                "W",
            ),
            (
                "Delos Santos said classes would resume only after the schools had been cleaned and inspected, “maybe by Monday.”",
                "Ramil Abellana delos Santos",
                "said",
                "",
            ),
        ],
        [
            (
                "The Visayan Electric Company (VECO) said it had cut power to parts of 22 barangays as a precaution at 4:40 a.m., and had restored it to all but six by 1 p.m.",
                "The Visayan Electric Company",
                "said",
                "W",
            ),
            (
                "VECO spokesperson Atty. Jonna Marie Pelayo-Tan said linemen would not climb poles in the remaining areas until the wind dropped below 40 kilometers per hour.",
                "Jonna Marie Pelayo-Tan",
                "said",
                "",
            ),
        ],
        [
            (
                "No deaths had been reported in Central Visayas by 3 p.m., according to the Office of Civil Defense in Central Visayas (OCD-7), but a fisherman from Bantayan Island was missing.",
                "the Office of Civil Defense in Central Visayas",
                "according to",
                "W",
            ),
            (
                "His wife, Marites Durano Lapitan, said he had taken his banca out at 9 p.m. Tuesday despite the gale warning.",
                "Marites Durano Lapitan",
                "said",
                "",
            ),
            (
                "“I told him to stay home,” she said in Cebuano.",
                "Marites Durano Lapitan",
                "said in Cebuano",
                "",
            ),
            (
                "“He said the fish do not wait for the weather.”",
                "Marites Durano Lapitan",
                "said in Cebuano",
                "",
            ),
        ],
        [
            (
                "The Philippine Coast Guard said all trips from Cebu to Bohol, Leyte and the Camotes Islands had been suspended since 6 p.m. Tuesday, stranding 2,416 passengers in the ports.",
                "The Philippine Coast Guard",
                "said",
                "W",
            ),
        ],
        [
            (
                "Related: Cebu City flood control master plan still unfunded two years on",
                "",
                "",
                "B",
            ),
        ],
        [
            (
                "Villacorta-Uy said the city would ask the Department of Public Works and Highways to dredge the Guadalupe and Kinalumsan rivers “before the next one comes.”",
                "Ma. Theresa Villacorta-Uy",
                "said",
                "",
            ),
            (
                "“Every year we rescue the same families from the same streets,” the mayor said.",
                "Ma. Theresa Villacorta-Uy",
                "said",
                "",
            ),
        ],
        [
            ("What comes after Ulayo?", "", "", ""),
        ],
        [
            (
                "Pagasa said a low-pressure area east of Mindanao had a “medium” chance of developing into a tropical depression within 48 hours.",
                "the Philippine Atmospheric, Geophysical and Astronomical Services Administration",
                "said",
                "",
            ),
            (
                "If it does, it will be named Vinta, Cañete said.",
                "Alfredo Lumapas Cañete Jr.",
                "said",
                "W",
            ),
        ],
        [
            ("View full site", "", "", "B"),
        ],
        [
            ("© 2027 Visayas Daily Tribune Publishing Corp.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [
            ("THE SUIR VALLEY CHRONICLE   Thursday, April 15, 2027   3", "", "", "B"),
        ],
        [
            ("NEWS", "", "", "B"),
        ],
        [
            (
                "Coroner calls for checks on old farm loaders after Cloneen farmer's death",
                "Máire Ní Mhurchú",
                "calls for",
                "",
            ),
        ],
        [
            (
                "Tadhg Ó Meachair (67) was found pinned against a round bale by his son in their yard",
                "",
                "",
                "W",
            ),
        ],
        [
            ("BY CIARA NÍ SHÚILLEABHÁIN", "", "", "B"),
        ],
        [
            ("CLONMEL", "", "", "B"),
        ],
        [
            (
                "A 67-year-old farmer died of crush injuries after he was pinned between a telescopic handler and a round bale in his yard at Cloneen, an inquest in Clonmel heard on Tuesday.",
                "an inquest in Clonmel",
                "heard",
                "W",
            ),
            (
                "Tadhg Ó Meachair of Ballydonagh, Cloneen, was found by his son, Donncha, at about 7.40pm on September 3 last year.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Donncha Ó Meachair told the inquest that his father had gone out after the evening milking to move bales for the morning feed.",
                "Donncha Ó Meachair",
                "told the inquest",
                "W",
            ),
            (
                "He said that when his father had not come in by half seven, he went looking for him and found the handler's engine still running and his father lying against a bale at the back of the hay shed.",
                "Donncha Ó Meachair",
                "said",
                "W",
            ),
            ("“I knew straight away.", "Donncha Ó Meachair", "said", ""),
            (
                "I turned off the engine and rang 999, and then I rang my mother,” he said.",
                "Donncha Ó Meachair",
                "said",
                "",
            ),
            (
                "Asked by the coroner whether the brake had given trouble before, he said it had “slipped once or twice” on the slope that summer, and that his father had meant to get it looked at after the silage was in.",
                "Donncha Ó Meachair",
                "said",
                "W",
            ),
        ],
        [
            (
                "Garda Seán Mac Giolla Bhríde of Mullinahone Garda Station said he arrived at 8.05pm and found that the handler's handbrake was off and its transmission was in neutral.",
                "Seán Mac Giolla Bhríde",
                "said",
                "W",
            ),
            (
                "He said the ground in that part of the yard sloped towards the shed by about one metre in ten.",
                "Seán Mac Giolla Bhríde",
                "said",
                "W",
            ),
        ],
        [
            (
                "In a deposition read to the inquest, a neighbour, Siobhán de Búrca, said she had seen Mr Ó Meachair drive into the yard at about 7pm and heard “a bang like a gate slamming” a few minutes later.",
                "Siobhán de Búrca",
                "said",
                "W",
            ),
            (
                "Ms de Búrca said she thought nothing of it at the time.",
                "Siobhán de Búrca",
                "said",
                "",
            ),
        ],
        [
            (
                "Assistant State Pathologist Dr Fionnuala Nic Aodha said Mr Ó Meachair died of traumatic asphyxia due to compression of the chest.",
                "Fionnuala Nic Aodha",
                "said",
                "W",
            ),
            (
                "She said there were no signs of a heart attack or a stroke, and a toxicology screen found no alcohol or drugs.",
                "Fionnuala Nic Aodha",
                "said",
                "W",
            ),
        ],
        [
            (
                "Conor Mac an tSaoi, an inspector with the Health and Safety Authority (HSA), told the inquest that the handler, a 2009 model bought second-hand in 2019, had a fault in its park- ing brake that had not been repaired.",
                "Conor Mac an tSaoi",
                "told the inquest",
                "W",
            ),
            (
                "Mr Mac an tSaoi said the machine had not been serviced since 2021, according to its log book.",
                "Conor Mac an tSaoi",
                "said",
                "W",
            ),
            (
                "He said 17 people died in farm accidents in Ireland in 2026, and that vehicles or machinery were involved in nine of those deaths.",
                "Conor Mac an tSaoi",
                "said",
                "W",
            ),
        ],
        [
            (
                "The HSA said it had not brought a prosecution because the owner of the machine had died.",
                "the Health and Safety Authority",
                "said",
                "W",
            ),
            (
                "The handler had been bought from a dealer in Cahir, who was not called as a witness.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Continued on page 4", "", "", "B"),
        ],
        [
            ("CLONMEL MART — DAIRY & SUCKLER SALE EVERY TUESDAY 11AM", "", "", "B"),
        ],
        [
            ("4   THE SUIR VALLEY CHRONICLE   Thursday, April 15, 2027", "", "", "B"),
        ],
        [
            ("From page 3", "", "", "B"),
        ],
        [
            ("Coroner calls for checks on old loaders", "", "", "B"),
        ],
        [
            (
                "Coroner for South Tipperary Dr Máire Ní Mhurchú returned a verdict of accidental death.",
                "Máire Ní Mhurchú",
                "returned a verdict",
                "W",
            ),
            (
                "The coroner said she would write to the Department of Agriculture, Food and the Marine to ask that telescopic handlers on farms be inspected by a competent person every year.",
                "Máire Ní Mhurchú",
                "said",
                "",
            ),
            (
                "“Machines like this one are bought second-hand and passed from farm to farm, and nobody checks the brakes until something like this happens,” Dr Ní Mhurchú said.",
                "Máire Ní Mhurchú",
                "said",
                "",
            ),
            (
                "She said it was the fourth inquest she had held since 2024 into a death involving a farm loader.",
                "Máire Ní Mhurchú",
                "said",
                "W",
            ),
        ],
        [
            (
                "The Ó Meachair family said in a statement read outside the courthouse by their solicitor, Gráinne Uí Bhriain, that Tadhg had been “a farmer for 50 years and careful to a fault”.",
                "The Ó Meachair family",
                "said in a statement read outside the courthouse by their solicitor",
                "",
            ),
            (
                "“If one family can be spared what we have been through, Daddy's death will not have been for nothing,” they said.",
                "The Ó Meachair family",
                "said",
                "",
            ),
        ],
        [
            (
                "The Irish Farmers' Association's farm safety chairman in Tipperary, Pádraig Breathnach, said the association would offer free brake and hydraulics checks on loaders at three marts in the county this summer.",
                "Pádraig Breathnach",
                "said",
                "",
            ),
            (
                "Mr Mac an tSaoi had told the inquest that such checks were not required by law on farms, but were on building sites.",
                "Conor Mac an tSaoi",
                "told the inquest",
                "W",
            ),
        ],
        [
            ("newsdesk@suirvalleychronicle.ie", "", "", "B"),
        ],
        [
            (
                "Published by Suir Valley Chronicle Ltd., Davis Road, Clonmel, Co. Tipperary.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Tel. 052 618 2240", "", "", "B"),
        ],
    ],
    [
        [
            ("From: The Ledger Morning Brief <brief@lachineledger.ca>", "", "", "B"),
        ],
        [
            ("Sent: Tuesday, January 19, 2027 6:02 AM", "", "", "B"),
        ],
        [
            ("Subject: STM strike: what runs today, and what doesn't", "", "", "B"),
        ],
        [
            ("Trouble reading this email? View it in your browser.", "", "", "B"),
        ],
        [
            ("THE LEDGER MORNING BRIEF", "", "", "B"),
        ],
        [
            ("Tuesday, Jan. 19, 2027", "", "", "B"),
        ],
        [
            ("Good morning, Montreal.", "", "", "B"),
        ],
        [
            (
                "It's minus 24 with the wind chill, and your bus may not come — here is what we know so far.",
                "",
                "",
                "",
            ),
        ],
        [
            ("TODAY'S TOP STORY", "", "", "B"),
        ],
        [
            (
                "STM cuts bus service to 60 per cent as maintenance workers strike for the first time since 2023",
                "",
                "",
                "W",
            ),
        ],
        [
            ("By Geneviève Aubin-Marchessault, City Hall reporter", "", "", "B"),
        ],
        [
            (
                "About 2,400 maintenance workers at the Société de transport de Montréal (STM) walked off the job at 12:01 a.m. Monday, and the STM said buses would run at about 60 per cent of normal service for as long as the strike lasts.",
                "the Société de transport de Montréal",
                "said",
                "W",
            ),
            (
                "The métro is running normally from 6:30 to 9:30 a.m. and from 3 to 6:30 p.m., as the Administrative Labour Tribunal ordered, but trains will run every 10 to 12 minutes at other times, the STM said.",
                "the Société de transport de Montréal",
                "said",
                "W",
            ),
        ],
        [
            (
                "In its decision dated Jan. 14, the Administrative Labour Tribunal said the union must keep at least 40 per cent of maintenance staff on duty at all times.",
                "the Administrative Labour Tribunal",
                "said",
                "W",
            ),
        ],
        [
            (
                "The union that represents the workers, the Syndicat du transport de Montréal, said the strike was about “mandatory overtime that has become normal time.”",
                "the Syndicat du transport de Montréal",
                "said",
                "",
            ),
            (
                "Its president, Benoît Saint-Onge Ducharme, said mechanics at the Crémazie and Legendre garages had worked an average of 11.5 hours of overtime a week in 2026.",
                "Benoît Saint-Onge Ducharme",
                "said",
                "W",
            ),
            (
                "“The buses are old, the garages are short 300 people, and the STM's answer is: work Saturdays,” he said in French.",
                "Benoît Saint-Onge Ducharme",
                "said in French",
                "",
            ),
            ("“Our members have families too.", "Benoît Saint-Onge Ducharme", "said in French", ""),
        ],
        [
            (
                "“Nobody goes on strike in January for fun.”",
                "Benoît Saint-Onge Ducharme",
                "said in French",
                "",
            ),
        ],
        [
            (
                "STM spokesperson Justine Lacasse-Mercier said the agency had hired 212 mechanics in 2026, “more than in any year in our history.”",
                "Justine Lacasse-Mercier",
                "said",
                "W",
            ),
            (
                "She said its offer, a 13.5 per cent raise over five years, was “fair and fully funded.”",
                "Justine Lacasse-Mercier",
                "said",
                "W",
            ),
            (
                "The union said the 13.5 per cent was on the table only if workers accepted split shifts.",
                "The union",
                "said",
                "W",
            ),
        ],
        [
            (
                "Quebec Labour Minister Marie-Josée Thériault-Roy said she had asked a conciliator to meet both sides on Wednesday.",
                "Marie-Josée Thériault-Roy",
                "said",
                "W",
            ),
            (
                "“I am not going to do their negotiating for them,” she told reporters in Quebec City.",
                "Marie-Josée Thériault-Roy",
                "told reporters",
                "",
            ),
        ],
        [
            (
                "Coun. Jean-Philippe de Grandpré, the executive committee member responsible for transport, said the city “cannot and will not” add money to the STM's budget to settle the dispute.",
                "Jean-Philippe de Grandpré",
                "said",
                "",
            ),
            (
                "De Grandpré said the city had already paid $712 million toward the STM's operations in 2026.",
                "Jean-Philippe de Grandpré",
                "said",
                "W",
            ),
            (
                "The opposition's transit critic, Coun. Alain-Michel Tremblay-Vachon, said the administration had “disappeared from the file.”",
                "Alain-Michel Tremblay-Vachon",
                "said",
                "",
            ),
            (
                "He said de Grandpré should “at least show up at the bargaining table, even as an observer.”",
                "Alain-Michel Tremblay-Vachon",
                "said",
                "",
            ),
        ],
        [
            (
                "Ridership on the bus network on Monday was 41 per cent lower than on a normal January Monday, according to preliminary STM data.",
                "preliminary STM data",
                "according to",
                "W",
            ),
        ],
        [
            (
                "At the Henri-Bourassa bus loop on Monday morning, riders stamped their feet in a line that ran past the shelter and onto the sidewalk.",
                "",
                "",
                "",
            ),
            (
                "Nadia Benslimane-Ortiz, a nurse at Sacré-Cœur Hospital, said she waited 47 minutes for the 69.",
                "Nadia Benslimane-Ortiz",
                "said",
                "",
            ),
            (
                "“The screen said four minutes, then 12, then the bus just disappeared,” she said.",
                "Nadia Benslimane-Ortiz",
                "said",
                "",
            ),
            ("“I was late for a 7 a.m. shift.", "Nadia Benslimane-Ortiz", "said", ""),
            ("My patients don't care why.”", "Nadia Benslimane-Ortiz", "said", ""),
        ],
        [
            ("WHAT YOU NEED TO KNOW", "", "", "B"),
        ],
        [
            ("Q: Is paratransit running?", "", "", ""),
            (
                "A: Yes, at full service, the STM says.",
                "the Société de transport de Montréal",
                "says",
                "W",
            ),
        ],
        [
            ("Q: Will my monthly OPUS pass be refunded?", "", "", ""),
            ("A: No.", "", "", ""),
            (
                "The STM says its fare policy does not allow refunds for labour disruptions.",
                "the Société de transport de Montréal",
                "says",
                "W",
            ),
        ],
        [
            ("Q: When do talks resume?", "", "", ""),
            (
                "A: The conciliator meets both sides Wednesday at 10 a.m., the minister's office said.",
                "the minister's office",
                "said",
                "W",
            ),
        ],
        [
            ("PRESENTED BY", "", "", "B"),
        ],
        [
            ("Brasserie du Vieux-Quai — the winter menu is here.", "", "", "B"),
        ],
        [
            ("ALSO IN TODAY'S LEDGER", "", "", "B"),
        ],
        [
            ("Verdun pool reopens after 18 months of repairs", "", "", "B"),
        ],
        [
            ("Stay warm, and see you tomorrow.", "", "", "B"),
        ],
        [
            ("— Geneviève and the Morning Brief team", "", "", "B"),
        ],
        [
            (
                "You are receiving this email because you signed up at lachineledger.ca.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Unsubscribe | Manage preferences", "", "", "B"),
        ],
        [
            (
                "The Lachine Canal Ledger Inc., 2250 rue Notre-Dame O., Montréal QC H3J 1N1",
                "",
                "",
                "B",
            ),
        ],
    ],
    [
        [
            ("SOUTHERLY  |  News", "", "", "B"),
        ],
        [
            ("Home   News   Money   Sport   Weather   Lifestyle   Entertainment", "", "", "B"),
        ],
        [
            ("News › Australia", "", "", "B"),
        ],
        [
            ("Provided by The Capital Circular", "", "", "B"),
        ],
        [
            (
                "Centrelink callers waited 34 minutes on average in March quarter, agency chief tells Senate",
                "David Karanikolas",
                "tells",
                "W",
            ),
        ],
        [
            ("Story by Bridget Kavanagh-Nguyen", "", "", "B"),
        ],
        [
            ("• 4h • 3 min read", "", "", "B"),
        ],
        [
            ("+ Follow The Capital Circular", "", "", "B"),
        ],
        [
            (
                "Services Australia chief executive David Karanikolas gives evidence at Senate estimates in Canberra on Wednesday.",
                "",
                "",
                "",
            ),
        ],
        [
            ("© Provided by The Capital Circular", "", "", "B"),
        ],
        [
            (
                "CANBERRA — People who rang Centrelink waited an average of 34 minutes and 12 seconds to reach a service officer in the March quarter, Services Australia chief executive David Karanikolas told a Senate estimates hearing on Wednesday.",
                "David Karanikolas",
                "told a Senate estimates hearing",
                "W",
            ),
            (
                "He said that was down from 41 minutes in the December quarter but still more than twice the agency's target of 15 minutes.",
                "David Karanikolas",
                "said",
                "W",
            ),
            (
                "About 9.6 million calls got a busy signal in the quarter, he told the Community Affairs Legislation Committee.",
                "David Karanikolas",
                "told the Community Affairs Legislation Committee",
                "W",
            ),
        ],
        [
            (
                "Greens senator Jacinta O'Loughlin-Price pressed him on how many of those callers eventually got through.",
                "Jacinta O'Loughlin-Price",
                "pressed",
                "",
            ),
            ("His deputy, Priya Rao-Whitfield, also gave evidence.", "", "", ""),
        ],
        [
            ("The exchange, from the committee's proof Hansard:", "", "", "B"),
        ],
        [
            (
                "O'LOUGHLIN-PRICE: Mr Karanikolas, of the 9.6 million, how many people rang back and were answered the same day?",
                "Jacinta O'Loughlin-Price",
                "O'LOUGHLIN-PRICE:",
                "",
            ),
        ],
        [
            (
                "KARANIKOLAS: We estimate about 70 per cent, Senator.",
                "David Karanikolas",
                "KARANIKOLAS:",
                "W",
            ),
            ("I will take the exact figure on notice.", "David Karanikolas", "KARANIKOLAS:", ""),
        ],
        [
            (
                "O'LOUGHLIN-PRICE: So up to three million calls a quarter simply vanish?",
                "Jacinta O'Loughlin-Price",
                "O'LOUGHLIN-PRICE:",
                "",
            ),
        ],
        [
            (
                "RAO-WHITFIELD: If I may, Senator, about 1.1 million of those were repeat calls from the same number within an hour.",
                "Priya Rao-Whitfield",
                "RAO-WHITFIELD:",
                "W",
            ),
            ("They are not three million people.", "Priya Rao-Whitfield", "RAO-WHITFIELD:", ""),
        ],
        [
            (
                "O'LOUGHLIN-PRICE: They are people who could not get help, Ms Rao-Whitfield.",
                "Jacinta O'Loughlin-Price",
                "O'LOUGHLIN-PRICE:",
                "",
            ),
        ],
        [
            (
                "Karanikolas said the agency had 1,180 more service officers answering phones than a year earlier, after the government funded 3,000 extra staff in the 2026 budget.",
                "David Karanikolas",
                "said",
                "W",
            ),
            (
                "He said the average wait in April had been 29 minutes.",
                "David Karanikolas",
                "said",
                "W",
            ),
        ],
        [
            (
                "The minister representing the Minister for Government Services at the hearing, Senator Lucinda Arkwright, said the wait times were “not good enough” and the government “owns that”.",
                "Lucinda Arkwright",
                "said",
                "",
            ),
            (
                "She said the agency was “rebuilding a workforce that was hollowed out” under the previous government.",
                "Lucinda Arkwright",
                "said",
                "",
            ),
            (
                "Liberal senator Hamish Fairweather-Reid said the government had “spent three years blaming its predecessors for its own phone queues”.",
                "Hamish Fairweather-Reid",
                "said",
                "",
            ),
        ],
        [
            (
                "In a report tabled in February, the Australian National Audit Office (ANAO) found the agency's published average wait times left out calls that ended in a busy signal, so that callers' real experience was “materially worse” than the published figure.",
                "the Australian National Audit Office",
                "found",
                "W",
            ),
            (
                "Karanikolas said the agency had accepted all four of the ANAO's recommendations and would publish busy-signal figures from the June quarter.",
                "David Karanikolas",
                "said",
                "W",
            ),
        ],
        [
            (
                "The welfare rights group Safety Net Alliance said a survey of 1,204 of its clients in April found 38 per cent had missed a payment because they could not get through by phone to report their income.",
                "Safety Net Alliance",
                "said",
                "W",
            ),
            (
                "Its chief executive, Dr Naomi Ferreira-Quinn, said the figures before the committee were “a polite average of a lot of misery”.",
                "Naomi Ferreira-Quinn",
                "said",
                "",
            ),
            ("“Nobody lives the average,” she said.", "Naomi Ferreira-Quinn", "said", ""),
            (
                "“They live the 90 minutes on hold with a toddler on their hip.”",
                "Naomi Ferreira-Quinn",
                "said",
                "",
            ),
        ],
        [
            (
                "Kylie Donnegan, 41, a single mother from Elizabeth in South Australia, said she rang 23 times over two days in March.",
                "Kylie Donnegan",
                "said",
                "",
            ),
            (
                "“By the time I got a human, my payment had been cancelled,” she said.",
                "Kylie Donnegan",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokeswoman for Services Australia said after the hearing that people could report their income online or through the app at any time without calling.",
                "A spokeswoman for Services Australia",
                "said",
                "W",
            ),
            (
                "About 81 per cent of income reports were now made that way, the spokeswoman said.",
                "A spokeswoman for Services Australia",
                "said",
                "W",
            ),
        ],
        [
            ("Originally published by The Capital Circular", "", "", "B"),
        ],
        [
            ("Was this article helpful?", "", "", "B"),
        ],
        [
            ("Yes   No", "", "", "B"),
        ],
        [
            ("More for you", "", "", "B"),
        ],
        [
            ("Medicare rebate for GP visits to rise from July 1", "", "", "B"),
        ],
        [
            ("Why your energy bill could jump again this winter", "", "", "B"),
        ],
        [
            ("© 2027 Southerly Media Pty Ltd", "", "", "B"),
        ],
    ],
    [
        [
            ("Feedwell", "", "", "B"),
        ],
        [
            ("All feeds › News › Hong Kong", "", "", "B"),
        ],
        [
            ("218 unread", "", "", "B"),
        ],
        [
            (
                "Public hospital medical wards at 112% as flu season arrives four weeks early, CHP says",
                "the Centre for Health Protection",
                "says",
                "W",
            ),
        ],
        [
            ("Kowloon Daily Post · Natalie Ho Wing-sze · 2h", "", "", "B"),
        ],
        [
            ("Open original ↗", "", "", "B"),
        ],
        [
            (
                "Hong Kong has entered its winter flu season about four weeks earlier than usual, the Centre for Health Protection (CHP) said on Thursday, as occupancy in the medical wards of public hospitals reached 112 per cent.",
                "the Centre for Health Protection",
                "said",
                "W",
            ),
        ],
        [
            (
                "The centre's controller, Dr Clement Yeung Ho-pan, said the share of respiratory samples testing positive for influenza had risen to 14.6 per cent in the week to Saturday, above the seasonal threshold of 9.2 per cent.",
                "Clement Yeung Ho-pan",
                "said",
                "W",
            ),
            (
                "“We expect the season to peak in late January, and H3N2 is the main subtype so far,” Yeung told a press briefing.",
                "Clement Yeung Ho-pan",
                "told a press briefing",
                "",
            ),
            (
                "He said 42 adults had been admitted to intensive care with flu since December 1, and 19 of them had died.",
                "Clement Yeung Ho-pan",
                "said",
                "W",
            ),
            (
                "Nine of the 19 had not been vaccinated this season, he said.",
                "Clement Yeung Ho-pan",
                "said",
                "W",
            ),
        ],
        [
            (
                "Yeung said the centre had recorded 61 outbreaks of influenza-like illness in schools and care homes in the past week, against 23 the week before.",
                "Clement Yeung Ho-pan",
                "said",
                "W",
            ),
            (
                "The CHP said it had no plan “at this stage” to close kindergartens early for the Christmas holiday.",
                "the Centre for Health Protection",
                "said",
                "",
            ),
        ],
        [
            (
                "Two children have been treated for flu-associated encephalopathy, one of whom remains in critical condition at Hong Kong Children's Hospital, the CHP said.",
                "the Centre for Health Protection",
                "said",
                "W",
            ),
        ],
        [
            (
                "According to Hospital Authority figures, 1,892 patients were waiting in accident and emergency departments at 6pm on Wednesday, and the median wait for semi-urgent cases was three hours and 48 minutes.",
                "Hospital Authority figures",
                "according to",
                "W",
            ),
        ],
        [
            (
                "The authority's chief manager for quality and safety, Dr Rosalind Chan Mei-yee, said 620 temporary beds had been opened since Monday, mostly in the Kowloon West and New Territories East clusters.",
                "Rosalind Chan Mei-yee",
                "said",
                "W",
            ),
            (
                "She said doctors and nurses who worked extra shifts would be paid a special honorarium “for as long as the surge lasts”.",
                "Rosalind Chan Mei-yee",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Chan Siu-ming, who chairs the Frontline Medics' Union, said the extra beds had been “squeezed into corridors” without any extra staff.",
                "Chan Siu-ming",
                "said",
                "",
            ),
            (
                "“Opening a bed is easy; staffing it is the problem,” Chan Siu-ming said.",
                "Chan Siu-ming",
                "said",
                "",
            ),
            (
                "He said nurses on some medical wards in Kwun Tong were looking after 14 patients each on night shifts.",
                "Chan Siu-ming",
                "said",
                "W",
            ),
        ],
        [
            (
                "Rosalind Chan said the authority had hired 310 nurses from outside Hong Kong under a special scheme since 2024, and 84 of them were working in medical wards.",
                "Rosalind Chan Mei-yee",
                "said",
                "W",
            ),
        ],
        [
            (
                "Only 31 per cent of residents aged 65 and over had received a flu jab this season as of Sunday, according to the centre.",
                "the centre",
                "according to",
                "W",
            ),
            (
                "Residents aged 50 and over get the jab free at public clinics under the Government Vaccination Programme, and children aged six months to under 18 get it free at school or at clinics.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "Lawmaker Vincent Lau Chi-fung, who chairs the Legislative Council's health services panel, wrote on Facebook that the government should make the jab free for everyone “this season, not next”.",
                "Vincent Lau Chi-fung",
                "wrote on Facebook",
                "",
            ),
            (
                "Lau said the panel would hold a special meeting on the flu surge on Tuesday.",
                "Vincent Lau Chi-fung",
                "said",
                "W",
            ),
            (
                "A spokesman for the Health Bureau said the government “will consider all views”.",
                "A spokesman for the Health Bureau",
                "said",
                "",
            ),
        ],
        [
            (
                "Dr Cheung Ka-wai, a family doctor in Sham Shui Po, said about half of the children she saw each day now had a fever.",
                "Cheung Ka-wai",
                "said",
                "",
            ),
            (
                "“Parents come on a Saturday and the queue is already out on the street,” she said in Cantonese.",
                "Cheung Ka-wai",
                "said in Cantonese",
                "",
            ),
            ("“By noon we are turning people away.”", "Cheung Ka-wai", "said in Cantonese", ""),
        ],
        [
            ("Who should get vaccinated?", "", "", ""),
        ],
        [
            (
                "The CHP recommends the flu jab for everyone aged six months and over, except those with specific medical conditions.",
                "the Centre for Health Protection",
                "recommends",
                "",
            ),
            (
                "Yeung said people with a fever should wear a mask and stay at home until 48 hours after it subsides.",
                "Clement Yeung Ho-pan",
                "said",
                "",
            ),
        ],
        [
            (
                "The post Public hospital medical wards at 112% as flu season arrives early appeared first on Kowloon Daily Post.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("Categories: Hong Kong, Health, Hospital Authority, Influenza", "", "", "B"),
        ],
        [
            ("☆ Star   ✓ Mark as read   ↗ Share   ⋯", "", "", "B"),
        ],
        [
            ("Next in Hong Kong", "", "", "B"),
        ],
        [
            ("MTR to add 40 trains a week on East Rail line over Christmas", "", "", "B"),
        ],
        [
            ("Kowloon Daily Post · Ruby Tam Hoi-yan · 3h", "", "", "B"),
        ],
    ],
    [
        [
            ("Read this on Nadi Bay Times: https://nbt.fj/s/8Kq2Lm", "", "", "B"),
        ],
        [
            ("NADI BAY TIMES", "", "", "B"),
        ],
        [
            ("News › Business", "", "", "B"),
        ],
        [
            (
                "Lautoka mill stops for third time in a week as crush falls 212,000 tonnes behind last season",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "FSC says a burst boiler tube will be fixed by Friday as cut cane dries out on the lorries",
                "the Fiji Sugar Corporation",
                "says",
                "",
            ),
        ],
        [
            ("Mereoni Tuilevuka-Sharma", "", "", "B"),
        ],
        [
            ("9 hours ago · 4 min read", "", "", "B"),
        ],
        [
            ("Cane lorries queue outside the Lautoka mill on Tuesday evening.", "", "", ""),
        ],
        [
            ("Photo: MEREONI TUILEVUKA-SHARMA", "", "", "B"),
        ],
        [
            (
                "The Lautoka sugar mill stopped crushing for the third time in a week on Tuesday after a boiler tube burst, the Fiji Sugar Corporation (FSC) said.",
                "the Fiji Sugar Corporation",
                "said",
                "W",
            ),
            (
                "The mill had crushed 498,300 tonnes of cane by Monday night, 212,000 tonnes less than at the same point last season, the corporation said.",
                "the corporation",
                "said",
                "W",
            ),
        ],
        [
            (
                "FSC chief executive Ratu Josaia Vakaloloma Naivalu said engineers had been working on the boiler since 4am.",
                "Josaia Vakaloloma Naivalu",
                "said",
                "W",
            ),
            (
                "He said the corporation expected it to be back in service “by Friday at the latest”.",
                "Josaia Vakaloloma Naivalu",
                "said",
                "",
            ),
            (
                "He said the mill's two boilers were installed in 1996 and 2004, and that the FSC had spent $4.2 million repairing them since January.",
                "Josaia Vakaloloma Naivalu",
                "said",
                "W",
            ),
            (
                "“We are not hiding anything from the growers,” Naivalu said in iTaukei at a meeting with cane farmers at Drasa.",
                "Josaia Vakaloloma Naivalu",
                "said in iTaukei",
                "",
            ),
        ],
        [
            (
                "The Sugar Cane Growers Council said about 41,000 tonnes of cut cane was sitting in fields and on lorries in the Lautoka and Ba districts.",
                "The Sugar Cane Growers Council",
                "said",
                "W",
            ),
            (
                "Its chief executive, Ravinesh Anand Chand, said cane started losing sugar within a day of being cut, and growers were being paid for “cane that has dried out on the lorry”.",
                "Ravinesh Anand Chand",
                "said",
                "W",
            ),
            (
                "Chand said growers lost an average of $8.50 a tonne for every day cut cane waited beyond 48 hours.",
                "Ravinesh Anand Chand",
                "said",
                "W",
            ),
        ],
        [
            ("Open in the app for the full story and live updates", "", "", "B"),
        ],
        [
            (
                "Lorry driver Sanjeev Prasad Maharaj, 52, from Natova, had been in the queue outside the mill since 7pm on Monday.",
                "",
                "",
                "",
            ),
            (
                "“Twenty-two hours I've been sitting here,” he said in Fiji Hindi.",
                "Sanjeev Prasad Maharaj",
                "said in Fiji Hindi",
                "",
            ),
            (
                "“The cane is going sour and so is my temper.”",
                "Sanjeev Prasad Maharaj",
                "said in Fiji Hindi",
                "",
            ),
        ],
        [
            (
                "Adi Salote Verebasaga Naqiri, who chairs the Vitogo Women Cane Growers Cooperative, said its 63 members had about 1,100 tonnes of cane cut and waiting.",
                "Salote Verebasaga Naqiri",
                "said",
                "W",
            ),
            (
                "Naqiri said the cooperative had written to the Minister for Sugar twice since April without a reply.",
                "Salote Verebasaga Naqiri",
                "said",
                "W",
            ),
            (
                "“We are small growers, so we are always the last lorry in the queue,” she said.",
                "Salote Verebasaga Naqiri",
                "said",
                "",
            ),
        ],
        [
            (
                "Sugar Minister Pranil Ashwin Lal told Parliament on Monday that the Government had set aside $12 million for new boilers at the Lautoka mill in the 2027-2028 Budget.",
                "Pranil Ashwin Lal",
                "told Parliament",
                "W",
            ),
            (
                "Mr Lal said the money would be released in two instalments, the first in September.",
                "Pranil Ashwin Lal",
                "said",
                "W",
            ),
            (
                "“The growers have my full sympathy, and they will have new boilers,” he said.",
                "Pranil Ashwin Lal",
                "said",
                "",
            ),
        ],
        [
            (
                "Opposition MP Mereseini Tokalau Vunidilo wrote on Facebook that the grant was “two seasons too late”.",
                "Mereseini Tokalau Vunidilo",
                "wrote on Facebook",
                "",
            ),
            (
                "She said she would ask the Public Accounts Committee to look at FSC's maintenance spending.",
                "Mereseini Tokalau Vunidilo",
                "said",
                "",
            ),
        ],
        [
            (
                "The Fiji Meteorological Service has forecast showers over the Western Division from Thursday, which would slow harvesting further.",
                "The Fiji Meteorological Service",
                "has forecast",
                "",
            ),
        ],
        [
            ("What happens to the cane already cut?", "", "", ""),
        ],
        [
            (
                "FSC said on Tuesday night that from Wednesday morning, lorries from the Lautoka area would be sent to the Rarawai mill in Ba, which was crushing normally.",
                "the Fiji Sugar Corporation",
                "said",
                "W",
            ),
            (
                "Naivalu said the corporation would pay the extra transport cost.",
                "Josaia Vakaloloma Naivalu",
                "said",
                "",
            ),
            (
                "Growers are paid for their cane according to its sugar content, which is measured at the mill when the cane is delivered.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Tags: Sugar · Lautoka · FSC · Cane growers", "", "", "B"),
        ],
        [
            ("Get the Nadi Bay Times app", "", "", "B"),
        ],
        [
            ("App Store | Google Play", "", "", "B"),
        ],
        [
            ("Sent from Outlook for Android", "", "", "B"),
        ],
    ],
    [
        [
            (
                "This is a cached copy of https://www.bajanbeacon.bb/2027/06/09/st-john-taps-dry-for-ninth-day/.",
                "",
                "",
                "B",
            ),
            (
                "It is a snapshot of the page as it appeared on 10 Jun 2027 04:12:33 GMT.",
                "",
                "",
                "B",
            ),
        ],
        [
            ("The current page could have changed in the meantime.", "", "", "B"),
            ("Learn more.", "", "", "B"),
        ],
        [
            ("Full version   Text-only version   View source", "", "", "B"),
        ],
        [
            ("Skip to main content", "", "", "B"),
        ],
        [
            ("THE BAJAN BEACON", "", "", "B"),
        ],
        [
            ("Home", "", "", "B"),
        ],
        [
            ("News", "", "", "B"),
        ],
        [
            ("Business", "", "", "B"),
        ],
        [
            ("Sports", "", "", "B"),
        ],
        [
            ("News › Local", "", "", "B"),
        ],
        [
            (
                "St John taps dry for ninth day as BWA blames failed pump at Bowmanston",
                "the Barbados Water Authority",
                "blames",
                "W",
            ),
        ],
        [
            ("By Shanice Alleyne-Worrell", "", "", "B"),
        ],
        [
            ("June 9, 2027", "", "", "B"),
        ],
        [
            (
                "Residents of Four Roads, St John, fill buckets from a BWA water tank on Tuesday.",
                "",
                "",
                "",
            ),
            ("Photo: Beacon", "", "", "B"),
        ],
        [
            (
                "About 3,800 households in St John and eastern St Philip have been without piped water since May 31, after the larger of two pumps at the Bowmanston pumping station failed, the Barbados Water Authority (BWA) said on Wednesday.",
                "the Barbados Water Authority",
                "said",
                "W",
            ),
            (
                "The authority's general manager, Jerome Hinds-Bovell, said a replacement motor ordered from Florida had arrived at the Bridgetown Port on Tuesday and would be installed “over the next 72 hours”.",
                "Jerome Hinds-Bovell",
                "said",
                "W",
            ),
            (
                "He said 14 tank trucks were making deliveries to 22 standpipe points in the two parishes from 6 a.m. to 8 p.m. daily.",
                "Jerome Hinds-Bovell",
                "said",
                "W",
            ),
        ],
        [
            (
                "Board chairman Sir Trevor Layne-Marshall said he had asked for “a full report on why we had no spare” by the end of the month.",
                "Trevor Layne-Marshall",
                "said",
                "",
            ),
            (
                "“A pump of that size should never be the only thing standing between a parish and its water,” Sir Trevor told the Beacon.",
                "Trevor Layne-Marshall",
                "told the Beacon",
                "",
            ),
        ],
        [
            (
                "Minister of Energy and Water Resources Desmond Odle-Springer, who is in Guyana for a Caricom meeting, said in a statement read to the House of Assembly on Tuesday that the BWA had lost 48 per cent of the water it produced in 2026 through leaks and unbilled connections.",
                "Desmond Odle-Springer",
                "said in a statement read to the House of Assembly",
                "W",
            ),
            (
                "The statement said the Government had approved a $38 million loan from the Caribbean Development Bank to replace 11 kilometres of mains in St John, St Philip and St Joseph.",
                "The statement",
                "said",
                "W",
            ),
            (
                "“I regret the hardship being borne by residents of the east, and I assure them that help is on the way,” the minister said.",
                "Desmond Odle-Springer",
                "said",
                "",
            ),
        ],
        [
            (
                "St John MP Kerwin Bynoe-Gittens told the House that “help has been on the way since 2019”.",
                "Kerwin Bynoe-Gittens",
                "told the House",
                "",
            ),
            (
                "He said some households in his constituency had been without water for 41 days in total in 2026.",
                "Kerwin Bynoe-Gittens",
                "said",
                "W",
            ),
        ],
        [
            (
                "Dame Yvonne Greenidge-Alleyne, a retired headmistress who lives near the Glebe Land, said she had been carrying water up her front steps in a kettle.",
                "Yvonne Greenidge-Alleyne",
                "said",
                "",
            ),
            (
                "“I am 81 years old and I have not been this thirsty since 1955,” Dame Yvonne said.",
                "Yvonne Greenidge-Alleyne",
                "said",
                "",
            ),
            ("“When I was a girl we had a standpipe.", "Yvonne Greenidge-Alleyne", "said", ""),
            (
                "Now we have a tank truck, and it comes when it comes.”",
                "Yvonne Greenidge-Alleyne",
                "said",
                "",
            ),
        ],
        [
            (
                "Supply was restored to 640 households in Bath and Martin's Bay on Wednesday afternoon, according to the BWA's outage map.",
                "the BWA's outage map",
                "according to",
                "W",
            ),
            (
                "Rohan Forde-Skeete, who runs a guest house near Martin's Bay, said two bookings had been cancelled because he could not promise guests a shower.",
                "Rohan Forde-Skeete",
                "said",
                "",
            ),
        ],
        [
            (
                "The island received 41 per cent of its normal rainfall between January and May, according to the Barbados Meteorological Services.",
                "the Barbados Meteorological Services",
                "according to",
                "W",
            ),
            (
                "Hinds-Bovell said residents should store water only in covered containers and report leaks on the BWA's app.",
                "Jerome Hinds-Bovell",
                "said",
                "",
            ),
        ],
        [
            ("14 comments", "", "", "B"),
        ],
        [
            ("IslandGal246 says:", "", "", "B"),
        ],
        [
            ("June 9, 2027 at 9:41 pm", "", "", "B"),
        ],
        [
            ("Sir Trevor wants a report by the end of the month.", "IslandGal246", "says", ""),
            ("We want water by the end of the week!", "IslandGal246", "says", ""),
        ],
        [
            ("Reply", "", "", "B"),
        ],
        [
            ("Leave a Reply", "", "", "B"),
        ],
        [
            ("Your email address will not be published.", "", "", "B"),
            ("Required fields are marked *", "", "", "B"),
        ],
        [
            ("© 2027 Beacon Publishing (Barbados) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
        [
            ("Privacy Policy | Terms of Use | Contact", "", "", "B"),
        ],
    ],
    [
        [
            ("DUTCHWIRE", "", "", "B"),
        ],
        [
            ("News   Politics   Economy   Transport   Expat life   Sport", "", "", "B"),
        ],
        [
            ("Transport › Live", "", "", "B"),
        ],
        [
            (
                "Live: Strike stops almost all trains north of Zwolle; one in four Intercity trains runs elsewhere",
                "",
                "",
                "W",
            ),
        ],
        [
            ("Updated 14:37 · 5 October 2027", "", "", "B"),
        ],
        [
            ("Key points", "", "", "B"),
        ],
        [
            (
                "FNV Spoor says 1,900 train drivers and conductors have stopped work until 4am Wednesday",
                "FNV Spoor",
                "says",
                "W",
            ),
            (
                "NS says it is running about a quarter of its Intercity trains, and no Sprinters north of Zwolle",
                "The Dutch Railways",
                "says",
                "W",
            ),
            (
                "Minister says she will not intervene in the pay talks",
                "Femke Oosterhuis-Lanting",
                "says",
                "",
            ),
        ],
        [
            ("Pinned", "", "", "B"),
        ],
        [
            ("14:32", "", "", "B"),
        ],
        [
            (
                "The Dutch Railways (NS) have just updated their figures: 26 per cent of Intercity trains and 18 per cent of Sprinters ran between noon and 2pm, an NS spokeswoman said.",
                "an NS spokeswoman",
                "said",
                "W",
            ),
            (
                "She said the 17:00 and 17:30 Intercitys from Amsterdam Centraal to Groningen and Leeuwarden had been cancelled.",
                "an NS spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("Lotte Brouwer-Kamphuis", "", "", "B"),
        ],
        [
            ("13:58", "", "", "B"),
        ],
        [
            (
                "NS director of operations ir. Marloes ter Horst-Veenstra has just spoken to reporters at Utrecht Centraal, where she said the company had offered a 4.1 per cent raise from January and a further 3 per cent in 2028.",
                "Marloes ter Horst-Veenstra",
                "said",
                "W",
            ),
            (
                "“We understand the frustration of our staff, and we understand the frustration of our passengers even better,” Ter Horst-Veenstra said.",
                "Marloes ter Horst-Veenstra",
                "said",
                "",
            ),
            (
                "“This strike does not bring an agreement one hour closer.”",
                "Marloes ter Horst-Veenstra",
                "said",
                "",
            ),
        ],
        [
            ("Lotte Brouwer-Kamphuis", "", "", "B"),
        ],
        [
            ("13:21", "", "", "B"),
        ],
        [
            (
                "The union's chief negotiator, Jeroen van den Akker of FNV Spoor, said drivers on the northern lines had worked 9,400 hours of unplanned overtime in the first half of the year.",
                "Jeroen van den Akker",
                "said",
                "W",
            ),
            (
                "Van den Akker said the 4.1 per cent offer was “a number from before the inflation figures, not after”.",
                "Jeroen van den Akker",
                "said",
                "",
            ),
            (
                "Figures from Statistics Netherlands (CBS) published last week showed consumer prices rose 3.6 per cent in the year to September.",
                "Figures from Statistics Netherlands",
                "showed",
                "W",
            ),
        ],
        [
            ("Sander Wijnbergen", "", "", "B"),
        ],
        [
            ("12:47", "", "", "B"),
        ],
        [
            (
                "An Arriva spokesman said the company's regional trains in Friesland and Groningen, which are not part of the strike, were running normally but were “very full”.",
                "An Arriva spokesman",
                "said",
                "W",
            ),
            (
                "He said Arriva had added 14 extra buses between Groningen and Assen, where the NS service has stopped completely.",
                "An Arriva spokesman",
                "said",
                "W",
            ),
        ],
        [
            ("Sander Wijnbergen", "", "", "B"),
        ],
        [
            ("12:10", "", "", "B"),
        ],
        [
            ("Reader question: Can I get my money back if my train was cancelled?", "", "", ""),
            ("Yes, the NS spokeswoman said.", "an NS spokeswoman", "said", "W"),
            (
                "Travellers with a single ticket can claim a full refund through the NS app or website within three months, and season-ticket holders get the NS delay refund automatically if their journey was cancelled, she said.",
                "an NS spokeswoman",
                "said",
                "W",
            ),
        ],
        [
            ("Lotte Brouwer-Kamphuis", "", "", "B"),
        ],
        [
            ("11:34", "", "", "B"),
        ],
        [
            (
                "Minister of Infrastructure and Water Management Femke Oosterhuis-Lanting told MPs during question time that she would “not sit down at someone else's table”.",
                "Femke Oosterhuis-Lanting",
                "told MPs",
                "",
            ),
            (
                "“The NS and the unions are grown-up organisations,” she said.",
                "Femke Oosterhuis-Lanting",
                "said",
                "",
            ),
            (
                "“They will have to find their way out of this themselves.”",
                "Femke Oosterhuis-Lanting",
                "said",
                "",
            ),
            (
                "She said NS had received €2.1 billion from the state for its main rail concession since 2025, and that she expected it to “spend it on trains that run”.",
                "Femke Oosterhuis-Lanting",
                "said",
                "W",
            ),
        ],
        [
            ("Sander Wijnbergen", "", "", "B"),
        ],
        [
            ("10:52", "", "", "B"),
        ],
        [
            (
                "The director of the passenger association Rover, Freek Steenbergen, said in a post on LinkedIn that passengers were “once again the hostage in a fight that is not theirs”.",
                "Freek Steenbergen",
                "said in a post on LinkedIn",
                "",
            ),
            (
                "Rover said it had received 1,312 complaints by 10am, most of them about trains that were shown as running in the app but did not come.",
                "Rover",
                "said",
                "W",
            ),
        ],
        [
            ("Lotte Brouwer-Kamphuis", "", "", "B"),
        ],
        [
            ("07:15", "", "", "B"),
        ],
        [
            (
                "ProRail, which manages the rail network, said all of its signal boxes were staffed as normal and that the disruption was “entirely on the NS side”.",
                "ProRail",
                "said",
                "W",
            ),
            ("The strike began at 4am.", "", "", "W"),
        ],
        [
            ("Lotte Brouwer-Kamphuis", "", "", "B"),
        ],
        [
            ("06:40", "", "", "B"),
        ],
        [
            (
                "The rail union FNV Spoor said 1,900 NS drivers and conductors had stopped work at 4am and would not go back before 4am on Wednesday.",
                "FNV Spoor",
                "said",
                "W",
            ),
            (
                "It said a second strike day in the south of the country “cannot be ruled out”.",
                "FNV Spoor",
                "said",
                "",
            ),
        ],
        [
            ("Sander Wijnbergen", "", "", "B"),
        ],
        [
            ("Read more: FNV and NS: how the talks broke down", "", "", "B"),
        ],
        [
            ("© 2027 DutchWire B.V.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
]

CASES = [
    (
        "n162-ke-arap-apposition",
        "The branch chairman, Wilson Kiprop arap Koech, spoke first. He said the talks had broken down at 2am.",
        [
            "The branch chairman, Wilson Kiprop arap Koech, spoke first.",
            "He said the talks had broken down at 2am.",
        ],
    ),
    (
        "n162-ke-quote-fragments",
        "“We were promised January. Then February. Now they say March,” the nurse said.",
        ["“We were promised January.", "Then February.", "Now they say March,” the nurse said."],
    ),
    (
        "n162-ke-ellipsis-lower",
        "“The money was in the account… it was simply never released,” the MCA said.",
        ["“The money was in the account… it was simply never released,” the MCA said."],
    ),
    (
        "n162-gh-ranks-mid",
        "DO II Akua Serwaa Frimpong briefed the press at 10am. ACFO I Yaw Boakye-Ansah did not attend.",
        [
            "DO II Akua Serwaa Frimpong briefed the press at 10am.",
            "ACFO I Yaw Boakye-Ansah did not attend.",
        ],
    ),
    (
        "n162-gh-question-asked",
        "“I paid the rent for the whole year in January. Who will refund it?” the trader asked.",
        [
            "“I paid the rent for the whole year in January.",
            "Who will refund it?” the trader asked.",
        ],
    ),
    (
        "n162-gh-shop-no",
        "Shop No. 14 belonged to her mother. It was the first to burn.",
        ["Shop No. 14 belonged to her mother.", "It was the first to burn."],
    ),
    (
        "n162-in-initials-mr",
        "Chairman K.V. Ramanujam said the work would start on Monday. Mr. Ramanujam did not give a cost.",
        [
            "Chairman K.V. Ramanujam said the work would start on Monday.",
            "Mr. Ramanujam did not give a cost.",
        ],
    ),
    (
        "n162-in-trailing-initial",
        "The association's president, Shivakumar Gowda H., met the minister on Friday. He asked for a review of the rate cap.",
        [
            "The association's president, Shivakumar Gowda H., met the minister on Friday.",
            "He asked for a review of the rate cap.",
        ],
    ),
    (
        "n162-in-am-ends",
        "Pumping at T.K. Halli resumed at 6 a.m. Supply to J.P. Nagar will take a day longer.",
        ["Pumping at T.K. Halli resumed at 6 a.m.", "Supply to J.P. Nagar will take a day longer."],
    ),
    (
        "n162-pk-haji-mr",
        "Haji Abdul Rauf Chattha pulled down his shutter at 8pm sharp. Mr Chattha said he had lost half his evening sales.",
        [
            "Haji Abdul Rauf Chattha pulled down his shutter at 8pm sharp.",
            "Mr Chattha said he had lost half his evening sales.",
        ],
    ),
    (
        "n162-pk-pvt-ltd",
        "© Lahore Signal Media (Pvt.) Ltd. All rights reserved.",
        ["© Lahore Signal Media (Pvt.) Ltd.", "All rights reserved."],
    ),
    (
        "n162-ph-ma-name",
        "Ma. Cristina Uy-Dizon was sworn in as barangay captain. She replaced her uncle.",
        ["Ma. Cristina Uy-Dizon was sworn in as barangay captain.", "She replaced her uncle."],
    ),
    (
        "n162-ph-jr-am",
        "Brgy. Capt. Romeo Tabada Jr. ordered an evacuation at 4 a.m. Families moved to the covered court.",
        [
            "Brgy. Capt. Romeo Tabada Jr. ordered an evacuation at 4 a.m.",
            "Families moved to the covered court.",
        ],
    ),
    (
        "n162-ph-jose-ma",
        "Atty. Jose Ma. Rosales and Engr. Dindo Abarquez inspected the dike. They found two cracks.",
        [
            "Atty. Jose Ma. Rosales and Engr. Dindo Abarquez inspected the dike.",
            "They found two cracks.",
        ],
    ),
    (
        "n162-ie-sgt-am",
        "Sgt. Eoin Mac Suibhne gave evidence at 11.15am. The coroner adjourned at 1pm.",
        ["Sgt. Eoin Mac Suibhne gave evidence at 11.15am.", "The coroner adjourned at 1pm."],
    ),
    (
        "n162-ie-co-county",
        "The farm is near Fethard, Co. Tipperary. It has been in the family since 1921.",
        ["The farm is near Fethard, Co. Tipperary.", "It has been in the family since 1921."],
    ),
    (
        "n162-ie-deposition-quote",
        "In her deposition, read by the coroner, she said: “He was always careful. He never hurried.”",
        [
            "In her deposition, read by the coroner, she said: “He was always careful.",
            "He never hurried.”",
        ],
    ),
    (
        "n162-ie-nested-quote",
        "“He told me, ‘Leave it till morning.’ I wish I had made him,” she said.",
        ["“He told me, ‘Leave it till morning.’", "I wish I had made him,” she said."],
    ),
    (
        "n162-ca-rue-o",
        "Pickets stood outside the garage on rue Notre-Dame O. from dawn. Buses left from Frontenac instead.",
        [
            "Pickets stood outside the garage on rue Notre-Dame O. from dawn.",
            "Buses left from Frontenac instead.",
        ],
    ),
    (
        "n162-ca-qa-lines",
        "Q: Does the métro run late tonight? A: Yes, until 1 a.m. on weekdays.",
        ["Q: Does the métro run late tonight?", "A: Yes, until 1 a.m. on weekdays."],
    ),
    (
        "n162-au-hansard-prefixes",
        "FENWICK: I will take that on notice, Senator. ABERNETHY-LOW: Please do.",
        ["FENWICK: I will take that on notice, Senator.", "ABERNETHY-LOW: Please do."],
    ),
    (
        "n162-au-pty-ltd-ends",
        "The overflow contract went to Orbis Contact Pty Ltd. The firm has 1,400 staff in Adelaide.",
        [
            "The overflow contract went to Orbis Contact Pty Ltd.",
            "The firm has 1,400 staff in Adelaide.",
        ],
    ),
    (
        "n162-hk-two-leungs",
        "Dr Leung Kwok-wai left the ward at 6pm. Dr Ivy Leung Pui-shan stayed on until midnight.",
        [
            "Dr Leung Kwok-wai left the ward at 6pm.",
            "Dr Ivy Leung Pui-shan stayed on until midnight.",
        ],
    ),
    (
        "n162-hk-semicolon",
        "Opening a ward is quick; finding nurses for it is not. The authority has 200 vacancies.",
        [
            "Opening a ward is quick; finding nurses for it is not.",
            "The authority has 200 vacancies.",
        ],
    ),
    (
        "n162-fj-ratu-adi",
        "Ratu Epeli Naulivou and Adi Mere Tuisawau met growers at Drasa. They promised a reply by Friday.",
        [
            "Ratu Epeli Naulivou and Adi Mere Tuisawau met growers at Drasa.",
            "They promised a reply by Friday.",
        ],
    ),
    (
        "n162-fj-question-first",
        "“Who will buy sour cane? Not the mill,” the driver said in Fiji Hindi.",
        ["“Who will buy sour cane?", "Not the mill,” the driver said in Fiji Hindi."],
    ),
    (
        "n162-bb-st-pm",
        "Water returned to the church at St. John at 3 p.m. Residents of St. Philip are still waiting.",
        [
            "Water returned to the church at St. John at 3 p.m.",
            "Residents of St. Philip are still waiting.",
        ],
    ),
    (
        "n162-nl-ir-drs",
        "The report is signed by ir. Bram de Wit and drs. Anouk van Leeuwen. It runs to 46 pages.",
        [
            "The report is signed by ir. Bram de Wit and drs. Anouk van Leeuwen.",
            "It runs to 46 pages.",
        ],
    ),
    (
        "n162-nl-bv-ends",
        "Tickets are sold by NS Reizigers B.V. Refunds go through the app.",
        ["Tickets are sold by NS Reizigers B.V.", "Refunds go through the app."],
    ),
    (
        "n162-nl-paren-sentence",
        "The strike ended at 4am. (Talks resume on Monday.) Trains ran normally by six.",
        ["The strike ended at 4am.", "(Talks resume on Monday.)", "Trains ran normally by six."],
    ),
]
