"""Ninety-sixth held-out set of hand-labelled pages for the hint engines (held-out set, round fifty-five):
twelve WHOLE news pages from twelve countries in the twelve formats a newsroom checks, head to tail
as a reader's paste gives them, with the furniture each site and each way of pasting leaves. The
pages: a wire story with writethru notes from a pan-African wire (Nigeria: a boat capsizes on the
Niger River in Kogi state, at least 31 dead); a live blog with timed posts from a Japanese
English-language regional site (Typhoon No. 11 makes landfall in Kochi, 240,000 told to evacuate);
a Q&A interview with name prefixes from a Jamaican Sunday paper (a fishers' co-operative president
on a lobster catch down 40% in three years); a press release on an agency's own site (Malta: 87 of
89 bathing sites rated "excellent"); an opinion column from a Trinidad and Tobago regional paper
(water twice a week in south Trinidad); a match report from a Welsh regional site (a rugby
Premiership side ends an 11-match losing run 27-24); a markets story from a Bangladeshi business
site (the DSEX falls 2.29% after a policy rate rise); a health study story from a Ugandan regional
site (dual-insecticide bed nets cut malaria in children by 38%); a court report from a Sri Lankan
news site (a rural bank manager gets eight years for a Rs. 41.6 million fraud); a council meeting
story from a Namibian daily (Windhoek's council votes 8-6 for a 9.5% water tariff rise and sells
municipal land after a walkout); a feature profile from a Zanzibar magazine site (a seaweed farmer
whose best-paying crop dies in warming water); and a newsletter email pasted from a mail client
(a Berlin morning briefing: rents, a tram strike, a museum reopening).

What is hard is the ordinary mix a reviewer meets on any day, each in its own format. Furniture that
only that format has: a wire slug line, a writethru note "(Adds police comment in paragraphs 5-6,
...)", a "(Reporting by ...; Writing by ...; Editing by ...)" line and "Our Standards"; live-blog
time stamps ("18:40"), entry bylines, a "Key points" label and "Comments are turned off"; a Q&A's
"edited for length" line; a press release's cookie banner, reference number, "ENDS", "Notes to
editors" with numbered notes, media contact line, "Was this page helpful?" widget and "Last
updated" line; a column's "Listen to this article", author bio and "The views expressed ..." line;
rugby "Scorers" and table titles; a market ticker and a "Disclaimer: ... not investment advice"
line; a study's "Funding:" line and journal reference; a feature's "8 min read", support note and
bio; an email's From/to/date lines, "View this email in your browser", a sponsor line, numbered
section labels, a weather line, the sign-off and name line, "Forwarded this email?", unsubscribe
links and a postal address. Against it, lines that look like furniture but are story: key-point
bullets, live-blog entry headlines, a subject line, a newsletter's summary line, quick-hit bullets,
captions and a Q&A's interviewer turns. Speakers of every kind: a wire lead's "police and
emergency officials said"; spokespeople kept as written ("A spokesperson for the federal Ministry of
Marine and Blue Economy", "A spokesperson for the Bangladesh Securities and Exchange Commission", "A
spokesperson for the Ministry of Health", "A spokesperson for Zanzibar's Ministry of Blue Economy and
Fisheries") and "the spokesperson said" resolving to them; generic bodies kept as written ("The
agency", "the agency", "The operator", "The utility", "The company", "the navy", "The authority",
"Police"); a Q&A's prefixes "DELROY BEMBRIDGE-MATTIS:" and "BEMBRIDGE-MATTIS:" as cues, and an
interviewer's turn that cites a source ("THE TRADEWIND: The NFA says ..."); a press release naming
its own agency ("the Coastal Waters Agency announced today"); a columnist's own voice with no
speaker beside the people she cites ("he told me", "its chief executive told a joint select
committee", "The Minister of Public Utilities told Parliament"); documents and data with their own
verbs ("The authority's own 2025 annual report says", "the judgment said", "a two-year trial in
Tororo district has found", "according to its records", "according to the study", "according to
exchange data", "according to a survey published on Monday by the Senate Department for Urban
Development"); channels fronted before the verb ("In her judgment, the judge said", "In a statement
on Sunday, Bangladesh Bank said") and after it ("said in a post on X", "said in a note", "said in
a statement"); honorifics and titles dropped ("Dr.", "Dr", "Prof.", "Mr", "Mayor", "President's
Counsel", "Senior State Counsel", "High Court Judge", "Director", "Bi" before a given name that
resolves to the full name "Mwanahawa Salum Makame"); unnamed groups ("Five opposition councillors
... saying", "Analysts at Jamuna Capital Management", "A reader in Wedding ... wrote in to say");
a union named in apposition ("their union, the Fahrdienst-Gewerkschaft Berlin, said"); a short
form resolving to a company as first given ("Auas Crest Properties did not respond" -> "Auas Crest
Properties (Pty) Ltd."). And sentence ends in every format: "No. 11" and "No. 8" inside sentences,
"6:30 a.m. with", "at 6 p.m. that", "at 7 p.m." and "at 4:20 p.m." ending sentences, "Nankai Grid
Co." and "Sonargaon Securities Ltd." ending sentences before a new one, "Karnaphuli Cement Ltd.
fell 6.4%.", "Shitalakshya Threadworks Ltd., the", "(Pty) Ltd., for", "Eigentum Berlin e.V.
said", "E. coli", "i.e." twice, "approx.", "St. Catherine", "Asela K. Gunawardhana-Dias", "Rs."
eight times, "US$3.40,", "2.15", "2.40.", "6.20pm.", "2.30pm)."; questions inside quotes with and
without their attribution, short answers ("No."), ellipses before a lower-case word (one sentence)
and before a capital (two), and legal lines split at "Ltd.", "(Pvt.) Ltd." and "Gazette Ltd."
before "Registered in Wales No. 04417308.", but not in "© Island Mirror Media Ltd. 2026.".

The pages hold 544 sentences: 204 "B", 189 "W" and 151 ""; 173 sentences carry a speaker (81
distinct speakers, page by page). `STYLES` describes each page, its story, its labels and its
furniture in order; `HELDOUT_CASES` holds 30 split cases cut from the pages.

Written from scratch for issue 13 in round fifty-five as a HELD-OUT set: never tuned on, only
measured. Nothing under `claimreview/`, `docs/` or `tests/benchmarks/` was opened, no
`labelled_heldout*.py`, `train_*.py` or `test_*.py` file, no `hint_scores.py` and no README; no
engine, scorer or test was run. What was read: the brief; the module docstrings of
`labelled_new.py` and `labelled_new2.py`; `def build` in `labelled_articles.py`; the `[tool.ruff*]`
tables of `pyproject.toml`; and, through `ast` only, the docstrings, `STYLES`, first two pages and
first three cases of `labelled_new147.py` and `labelled_new148.py`. Coined names were checked for
freshness with file counts of `grep -rlF` over `tests/text/labelled_new*.py` and
`labelled_articles.py` (counts only, no text shown); the names that hit were replaced before the
file was written.

Every person, outlet, wire, firm, co-operative, agency, association, committee, forum, union,
museum, trust, fund, journal, study and figure is invented, and so is every small place (Ogbekpa,
Kaminoura station, Parc y Felin, Pontyrhedyn, Llanfeuno, Cwmsaerbren, Abercynlais, Pasindi,
Mchangamle and the like). Real countries, regions, cities, towns, rivers, seas, courts, prisons,
ministries, regulators, central banks, exchanges, universities and other public bodies appear only
as settings, with invented statements and figures: Lokoja, Abuja, Kogi and Niger states, the Niger
and Benue rivers, the Kogi State Emergency Management Agency, the National Inland Waterways
Authority and the Ministry of Marine and Blue Economy; Kochi, Aki, Muroto, Cape Muroto, Nankoku,
Tokushima, Matsuyama, Itami, the Seto Inland Sea, the Sea of Japan and the Japan Meteorological
Agency; Old Harbour Bay, St. Catherine, the Pedro Bank and the National Fisheries Authority; Malta,
Gozo, Marsaskala Bay, Xemxija and Marsaxlokk; San Fernando, Penal, Debe, Barrackpore, Moruga, the
Rochard Road, the Water and Sewerage Authority and the Minister of Public Utilities; Dhaka,
Motijheel, Bangladesh Bank, the Dhaka and Chittagong stock exchanges and the Bangladesh Securities
and Exchange Commission; Tororo, Busia, Butaleja, Tororo General Hospital, Makerere University and
the Ministry of Health; Colombo, Hulftsdorp, Badulla, Kandy, Hali-Ela, Welikada prison, the Colombo
High Court, the Attorney General and the Department of Co-operative Development; Windhoek,
Goreangab, Havana, Katutura, Khomasdal, Otjomuise and NamWater; Unguja, Pemba, Paje, Nungwi, Dar es
Salaam, the State University of Zanzibar and Zanzibar's Ministry of Blue Economy and Fisheries;
Berlin, Neukölln, Prenzlauer Berg, Wedding, the Spree, the Landwehr Canal and the Senate Department
for Urban Development.

Structure and labelling conventions: exactly those of `labelled_new.py` and `labelled_new2.py` (see
their docstrings) and of the recent sets, built with `labelled_articles.build`: each page is a list
of paragraphs (a pasted page's lines, so every masthead, menu, ticker, crumb, slug, byline, date
line, share strip, caption, credit, time stamp, label, list item, table row, note and legal line is
a paragraph of its own); each paragraph a list of sentences `(text, speaker, cue, flags)`, flags
"W", "B" or "". Furniture is "B" line by line and never carries a speaker; headlines, standfirsts
and entry headlines are never "B" and are flagged by content, their "says", "say", "finds" or
"writes" carrying the source as the story first gives it. A person is named in full as first
given, without titles or roles; a pronoun, a surname or a given name resolves to that name; a quote
over several sentences carries its speaker and cue in each. Named bodies keep a leading article as
written ("The National Inland Waterways Authority", "The Japan Meteorological Agency", "The Uva
Highlands Co-operative Rural Bank", "the Coastal Waters Agency"), as in `labelled_new148.py`; a
descriptor before a name is dropped ("The property owners' group Eigentum Berlin e.V." ->
"Eigentum Berlin e.V."); a short form resolves to the name as first given ("The NFA" -> "The
National Fisheries Authority"); a generic noun is kept as written; "according to X" keeps X as
written.

Conventions this set had to settle, in the same spirit:

* Wire copy: the slug line ("NIGERIA-ACCIDENT/BOAT (UPDATE 3)"), the writethru note in brackets
  (one "B" sentence, whatever it lists), "(Reporting by ...)" and "Our Standards: ..." are "B"; the
  "UPDATE 3-" prefix stays in the headline, which is flagged by content; the dateline "LOKOJA,
  Nigeria, Aug 9 (PAN) -" belongs to the lead sentence.
* Live blog: time stamps, entry bylines, "Key points" and the comments line are "B"; key-point
  bullets and entry headlines are flagged by content ("Storm weakens slightly ..." "W", "Evacuees
  settle in at Aki gymnasium" "").
* Q&A with an outlet prefix ("THE TRADEWIND:"): the interviewer's turns carry no speaker unless
  they cite a source ("THE TRADEWIND: The NFA says ..." -> "The National Fisheries Authority",
  "says"); every sentence of an answer, questions included, carries the interviewee with the prefix
  as written as its cue, as in `labelled_new2.py`.
* Press release on the agency's own site: the agency's own voice carries no speaker (it is the
  page's author, like a reporter), except where the release names the agency with a verb of saying
  ("the Coastal Waters Agency announced today" -> "the Coastal Waters Agency", "announced"); the
  reference line, "ENDS", "Notes to editors" and its numbered notes, the media contact, the cookie
  banner, the feedback widget and "Last updated" are "B", like author bios and contact lines.
* Opinion column: the columnist's own sentences carry no speaker; her facts are "W", her opinions,
  sarcasm, proposals and imperatives "", and a standfirst's "writes Anjali Ramkissoon-Boodoo" carries
  her; the people and documents she cites carry their own cues ("he told me" -> the neighbour);
  the bio, "Her column appears every Wednesday." and "The views expressed ..." are "B".
* A channel fronted before the verb ("In her judgment, the judge said", "In a statement on
  Sunday, Bangladesh Bank said") leaves the cue "said"; a channel after it stays in the cue.
* A judge acting (found guilty, ordered, sentenced) carries no speaker; "The judge rejected ...,
  saying ..." carries the judge with "saying"; "the judgment said" keeps "the judgment" as written.
* Sport: scorer lines, a yellow card and the referee are "" (data); the "Scorers" label, the
  table's title and header row are "B"; table rows "".
* Newsletter email: the From, "to me" and date lines are "B"; the Subject line is labelled like a
  headline ("W" when it states a fact); "View this email in your browser", the masthead, the
  sponsor line, numbered section labels, the weather line, the sign-off "Bis morgen, Anke" and the
  name line, "Forwarded this email?" / "Sign up here.", "Got a tip?" / "Just hit reply.", the
  unsubscribe links, the postal address and copyright are "B"; the editor's greeting, asides ("Our
  take: ...", "Tip: ...", "We approve.") and "That's it for today." are "" (the writer's prose, no
  claim).
* A private person's record of a transaction or a count is "W" ("I bought Shitalakshya at 52 taka
  in January", "I came to every hearing, 31 times", none of three children admitted since 2023),
  as in `labelled_new148.py`; feelings, anecdotes and rhetorical questions are "".
* "Funding: ..." at the foot of a study story and a support note at the foot of a feature are "B";
  a journal reference is one "B" sentence.
"""

from tests.text.labelled_articles import build  # noqa: F401  (re-exported for the scorer)

# ruff: noqa: E501, RUF100

STYLES = [
    'Pan-African WIRE AGENCY\'s website (Nigeria), desktop paste, a WIRE STORY with WRITETHRU NOTES: a boat capsizes on the Niger River in Kogi state, at least 31 dead. Head: masthead, menu with pipes, section, slug line "NIGERIA-ACCIDENT/BOAT (UPDATE 3)", byline, date-and-updated line, share strip and licensing line (all "B"); headline with its "UPDATE 3-" prefix "W"; a caption of record with place and date "W" and its wire credit "B"; the bracketed writethru note as one "B" sentence. Body: the "LOKOJA, Nigeria, Aug 9 (PAN) -" dateline glued to the lead, "police and emergency officials said" "W"; an emergency agency\'s head of operations (role after the name) "W", "6:30 a.m. with" mid-sentence and "he said" twice; a police spokesman (role dropped) with an arrest "W" and "He said"; "The agency said" kept as written; background with no speaker and a passive "are often blamed" (""); a federal authority that "did not respond to a request for comment" (""); a council chairman\'s ban of record "W" and his carried-on quote ""; a survivor\'s anecdote "", her quote and her question with attribution (one sentence, ""); "A spokesperson for the federal Ministry of Marine and Blue Economy" kept as written (a date the ministry set "W") and "the spokesperson said" resolving to it; "according to data from the Nigeria Inland Boat Safety Forum" (the appositive dropped) "W" and its coordinator\'s hedge "probably" ""; "the navy said in a post on X"; "at 7 p.m." ending a sentence before "It will resume ..., he said." (both "W"). Tail: the (Reporting by ...; Writing by ...; Editing by ...) line, standards line, read-next list, copyright split before "All rights reserved." (all "B").',
    'Japanese ENGLISH-LANGUAGE REGIONAL SITE (Shikoku), desktop paste, a LIVE BLOG with TIMED POSTS: Typhoon No. 11 makes landfall in Kochi prefecture. Head: masthead, menu, LIVE label, byline, last-updated line with "Aug." and "JST", share strip (all "B"); headline with "No. 11" "W"; standfirst forecast "forecasters say" ""; "Key points" label "B" and three bullets of record "W" ("No. 11" and "3 p.m. with" mid-sentence). Posts in reverse order, each with its time stamp "B", its entry headline flagged by content, and some with an entry byline "B": "The Japan Meteorological Agency said at 6 p.m. that" (time not in the cue) and "the agency said" kept as written; a railway\'s cancellations "The operator said" with "4:20 p.m." ending the sentence and "it said"; power cuts "according to Nankai Grid Co." ending a sentence before "The utility said" a condition ""; injuries per "Kochi prefecture\'s disaster headquarters" and "it said"; an evacuation-centre scene "" under a headline "", an evacuee\'s quote and her ellipsis before a lower-case word (one sentence, ""); landfall and a gust record "W"; cancelled flights "according to the transport ministry" and a closure with "(approx. 14 km)." "W". Tail: comments line, related line, copyright split before "Reproduction ..." (all "B").',
    'Jamaican SUNDAY PAPER\'s website (Kingston), desktop paste, a Q&A INTERVIEW with NAME PREFIXES: the president of a fishers\' co-operative on a lobster catch down 40% in three years. Head: masthead, menu run together with double spaces, section label, byline with slash role, date (all "B"); headline opening with a quote fragment and "..., says ..." carrying the president as the story names him ("W", it states the 40%); standfirst with the closed-season date "W"; a caption "" and its credit "B". Body: an intro of record with no speaker; "The National Fisheries Authority said" (article kept) "W"; "The Tradewind spoke with him ..." "" and an edited-for-length line "B". The Q&A: the interviewer\'s turns prefixed "THE TRADEWIND:" carry no speaker, except "THE TRADEWIND: The NFA says ..." (the short form resolving to "The National Fisheries Authority", "W") and "The authority says ..." kept as written; every answer sentence carries "Delroy Bembridge-Mattis" with the prefix as written as cue ("DELROY BEMBRIDGE-MATTIS:" first, then "BEMBRIDGE-MATTIS:"), counts and prices "W" ("J$1,020 a gallon" and a sum computed from them), opinions, a rhetorical question and an ellipsis before "but" (one sentence) "", a seizure "in St. Catherine alone" "W". After the Q&A: "did not respond to questions" (""). Tail: more-in list, comments count, copyright split at "Ltd." (all "B").',
    'Maltese AGENCY\'s own website, desktop paste, a PRESS RELEASE: 87 of Malta\'s 89 bathing sites rated excellent for the 2025 season. Head: a two-sentence cookie banner and its buttons line, the agency\'s name in English and Maltese, menu, crumb, PRESS RELEASE label, reference-and-published line (all "B"); headline of record "W". Body: "the Coastal Waters Agency announced today" (the agency naming itself, "W"); the agency\'s own voice with no speaker: sites, samples with "E. coli" mid-sentence, "the first time since 2019", the alert procedure and counts (all "W"); a classification table (title, header and source line "B", rows ""); the chief executive\'s two-sentence quote "" (role after the name) and "Mr ... said" a record "W"; the head of monitoring ("Dr" dropped) with a date the agency set and a checkable claim in her quote (both "W"); a subhead ""; advice with "i.e." "" and the season\'s start date "W". Tail: ENDS, Notes to editors and three numbered notes, media contact line, share line, related list, a feedback widget in two lines, footer links, copyright and last-updated line (all "B").',
    'Trinidad and Tobago REGIONAL PAPER\'s website (San Fernando), desktop paste, an OPINION COLUMN: water twice a week in south Trinidad. Head: masthead, place line, menu with middle dots, OPINION | COLUMN label, author line, date, listen line (all "B"); headline an opinion ""; standfirst "..., writes Anjali Ramkissoon-Boodoo" carrying her (""). Body in the columnist\'s own voice with no speaker: scene-setting with times "2.15" and "2.40." (""); sarcasm and opinions ""; the published schedule, days without supply, mains replaced and a neighbour\'s truck-water purchase "W"; "The authority\'s own 2025 annual report says" kept as written "W"; "its chief executive told a joint select committee" kept as written "W"; the neighbour\'s quote "he told me" and a carried-on question (""); a residents\' committee that "surveyed ... and found" "W" and its chairwoman "W"; "The Minister of Public Utilities told Parliament" a dated promise "W" and the columnist\'s rejoinder "W"; a list of proposals (imperatives "") and a precedent of record "W". Tail: two-sentence bio, views line, comments count, more-opinion list, copyright split at "Co. Ltd." (all "B").',
    'Welsh REGIONAL NEWS SITE\'s sport page, desktop paste, a RUGBY MATCH REPORT: Pontyrhedyn beat Llanfeuno 27-24 to end an 11-match losing run. Head: masthead, menu, crumb, byline and role lines, time-and-date line (all "B"); headline with the score and standfirst "W"; a caption "" and its credit "B". Body: the winning try, the conversion, the first-half tries with "No. 8" mid-sentence, the second-half scores and the 200th game (all "W", no speaker); "The second half belonged to the home pack." ""; the try scorer\'s quote with an ellipsis before a lower-case word (one sentence, ""); the winning coach\'s opinion in indirect speech "", "he said", and his question followed by a new sentence in the quote with the attribution at its end ("Honestly, no,” he admitted.", both carrying "admitted", ""); the losing coach\'s opinion "" and his lineout count "W"; standings, attendance and next fixture with "2.30pm)." "W". Scorers (label "B"), scorer lines, a yellow card and the referee ("", data); a table (title and header "B", rows ""). Tail: read-more list, comments line, copyright split at "Ltd." before "Registered in Wales No. 04417308." (all "B").',
    'Bangladeshi BUSINESS NEWS SITE (Dhaka), desktop paste, a MARKETS STORY: the DSEX falls 2.29% after Bangladesh Bank raises its policy rate. Head: masthead, menu, an index ticker, crumb, staff byline, published line, share strip (all "B"); headline of record "W"; standfirst "Brokers say" a forecast ""; a caption "" and its credit "B". Body: index, rate, turnover and breadth, market value, banks (all "W", no speaker); "Shitalakshya Threadworks Ltd., the largest listed yarn maker, fell ... after it said" (the company as speaker, "Ltd.," mid-sentence) "W"; "Karnaphuli Cement Ltd. fell 6.4%." ending before "The company said" (both "W"); a dividend "W"; a research head\'s opinion ending "Sonargaon Securities Ltd." before "He expects" (both ""), his rates in indirect speech "W" and his question with attribution (one sentence, ""); "Analysts at ... said in a note" a forecast ""; "In a statement on Sunday, Bangladesh Bank said" (cue "said") "W"; "according to exchange data" "W"; a regulator\'s spokesperson kept as written ""; a scene ""; an investor\'s purchase "W" and her ellipsis before a capital (two sentences, ""); other markets "W". A top-losers table (title, header and source "B", rows ""). Tail: two related lines, disclaimer, copyright split before "All rights reserved." (all "B").',
    'Ugandan REGIONAL NEWS SITE (Tororo), desktop paste, a HEALTH STUDY STORY: dual-insecticide bed nets cut malaria episodes in children by 38%. Head: masthead, menu, section, byline, posted line with "am" (all "B"); headline "..., trial finds" carrying the trial as the story first gives it ("W"); standfirst "Researchers say" a forecast ""; a caption "" and its credit "B". Body: "TORORO —" lead where "a two-year trial in Tororo district has found" "W"; design and results with decimals and "(i.e. 38% fewer)." "W"; a results table (title and header "B", rows ""); publication "W"; the lead author ("Dr." dropped) with a three-sentence quote of checkable claims "W", a hedge "" and her cost estimate "W"; "according to the study" with "US$3.40," mid-sentence "W"; her question followed by a new sentence with the attribution at its end (both ""); an outside epidemiologist ("Prof." dropped) who "called" (""), "noted" a dropout figure "W" and "cautioned" a hedge ""; "A spokesperson for the Ministry of Health" kept as written, a plan "" and a count "W"; a mother\'s count "W" and quote ""; "according to Ministry of Health figures" "W". Tail: a "Funding:" line and a journal reference with "et al." as one sentence, related list, WhatsApp line, copyright (all "B").',
    'Sri Lankan NEWS SITE (Colombo), desktop paste, a COURT REPORT: a former rural bank manager gets eight years\' rigorous imprisonment for a Rs. 41.6 million fraud. Head: masthead, menu with Sinhala and Tamil labels, crumb, byline, date line, share strip (all "B"); headline with "Rs." and standfirst of record "W"; a caption "" and its credit "B". Body: the sentence with the initial "Asela K. Gunawardhana-Dias" and "Rs. 41.6 million" "W"; the judge acting (verdict and orders, no speaker, "W"); "In her judgment, the judge said" an opinion "" (cue "said") and "the judgment said" a count "W"; "The judge rejected ..., saying" ""; a courtroom scene "" and his removal to prison "W"; an advertisement label "B"; the prosecutor ("Senior State Counsel" dropped) "told the court" and "She said" twice with "Rs." figures "W"; defence counsel ("President\'s Counsel" dropped) with an opinion "", an audit gap "W" and "told reporters" a plan ""; a gallery scene ""; a depositor\'s loss "W", her count of hearings "W" and her question followed by a new sentence in the quote (""); the bank "said in a statement" (article kept) "W" and its chairman "W"; the case history and the next court date "W". Tail: also-read list, comments furniture in three sentences, copyright split at "(Pvt.) Ltd." before "All rights reserved." (all "B").',
    'Namibian DAILY\'s website (Windhoek), desktop paste, a COUNCIL MEETING STORY: the city council votes 8-6 for a 9.5% water tariff rise and sells municipal land after an opposition walkout. Head: masthead, menu, section, byline, date, comments count (all "B"); headline and standfirst of record "W"; a caption "" and its credit "B". Body: "WINDHOEK –" lead with the vote "W"; a quorum delay ending "6.20pm." "W"; tariff figures with "N$" decimals "W"; the finance chairperson (role dropped) "told the meeting" "W", her argument "" and a review date "W"; an opposition councillor\'s forecast "", his household count "W", his question with attribution (one sentence, ""); the mayor ("Mayor" dropped) "W" twice; the vote of record "W"; "agenda item 11.3" and "Auas Crest Properties (Pty) Ltd., for N$38 million" mid-sentence "W"; "Five opposition councillors walked out ..., saying" kept as written "W"; the sale vote "W"; the councillor by surname "W" and his carried-on question ""; an official\'s explanation "W"; the developer by its short form "did not respond to questions" (the name as first given, ""); a protest scene ""; a forum secretary\'s plan ""; the next meeting "W". Tail: related list, a two-sentence contact line, copyright split before "All rights reserved." (all "B").',
    'Zanzibar MAGAZINE SITE (Tanzania), desktop paste, a FEATURE PROFILE: a seaweed farmer whose best-paying crop dies in warming water. Head: masthead, menu with middle dots, crumb, story-and-photos byline, date, read time (all "B"); headline "" (no claim); standfirst of record with no speaker "W". Body: scene-setting ""; her age and history "W"; her quotes "she says" (present tense) ""; the association\'s membership and hectares "W"; "according to its records" kept as written "W"; prices and the die-off of record "W"; "Bi Mwanahawa says" (the honorific dropped, the given name resolving to "Mwanahawa Salum Makame"); a marine scientist ("Dr." dropped) with temperature records "W", "he said" mid-sentence, his team\'s trial with no speaker "W" and his quote ""; her income figures "W"; her daughter "W"; "her mother says" resolving to her (""); a quote of a question, "No." and a closing sentence with the attribution (three, ""); a buyer "Visiwani Marine Extracts Ltd., which ..., said" "W" and "The company said" ""; a ministry spokesperson kept as written "W" and her rebuttal "W"; a closing scene "" and an ellipsis before a lower-case word (one sentence, ""). Tail: support note, bio, more-features list, "© Island Mirror Media Ltd. 2026." as one sentence (all "B").',
    'German ENGLISH-LANGUAGE NEWSLETTER EMAIL (Berlin), pasted from a mail client: a morning briefing on rents, a tram strike and a museum reopening. Head: From line, "to me" line, date line (all "B"); Subject line labelled like a headline "W"; view-in-browser line, masthead, by-line with date (all "B"); the greeting "" and a summary line of record "W"; a sponsor line "B". Sections each under a numbered label "B": rents "according to a survey published on Monday by the Senate Department for Urban Development" (kept as written) "W" and a district figure "W"; a tenants\' campaigner\'s opinion ""; "The property owners\' group Eigentum Berlin e.V. said" (descriptor dropped, "e.V." mid-sentence) "W"; "Our take:" advice ""; a strike "from 3 a.m. Thursday until 3 a.m. Friday, their union, the Fahrdienst-Gewerkschaft Berlin, said" "W"; pay positions "W"; "The operator said in a statement" a hedged plan ""; a tip ""; the reopening with a bracketed "10 a.m.–8 p.m." "W"; a director who "told us" a cause "W" and his question with attribution followed by a carried-on quote "". Quick hits: label "B", bullets "W" ("Police said" kept as written), a weather line "B". One more thing: label "B", "A reader in Wedding wrote in to say" "" and an aside "". Tail: "That\'s it for today." "", sign-off and name line, two two-sentence lines ("Forwarded this email?" / "Sign up here.", "Got a tip?" / "Just hit reply."), why-you-receive line, unsubscribe links, postal address with "Str.", copyright (all "B").',
]

ARTICLES = [
    [
        [("PAN NEWSWIRE", "", "", "B")],
        [("World | Africa | Business | Markets | Sustainability | Legal | Analysis", "", "", "B")],
        [("Africa", "", "", "B")],
        [("NIGERIA-ACCIDENT/BOAT (UPDATE 3)", "", "", "B")],
        [
            (
                "UPDATE 3-Boat capsizes on Niger River in Nigeria's Kogi state, at least 31 dead",
                "",
                "",
                "W",
            )
        ],
        [("By Chukwudi Eberechi-Nwadike and Halima Zango-Matazu", "", "", "B")],
        [("August 9, 2026 4:52 PM GMT+1 · Updated 2 hours ago", "", "", "B")],
        [("Share  X  Facebook  LinkedIn  Email  Link", "", "", "B")],
        [("Purchase Licensing Rights", "", "", "B")],
        [
            (
                "Rescuers search for survivors near Ogbekpa village on the Niger River in Kogi state, Nigeria, August 9, 2026.",
                "",
                "",
                "W",
            )
        ],
        [("PAN/Ojochenemi Ayeni-Salami", "", "", "B")],
        [
            (
                "(Adds police comment in paragraphs 5-6, updates death toll in headline and paragraph 1, adds survivor quotes in paragraphs 12-13)",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "LOKOJA, Nigeria, Aug 9 (PAN) - At least 31 people died when an overloaded wooden boat carrying traders to a weekly market capsized on the Niger River in central Nigeria's Kogi state on Sunday, police and emergency officials said.",
                "police and emergency officials",
                "said",
                "W",
            )
        ],
        [
            (
                "Rescuers pulled 47 passengers alive from the water and were searching for at least 12 more, said Abdulmalik Ohiare-Yusufu, head of operations at the Kogi State Emergency Management Agency.",
                "Abdulmalik Ohiare-Yusufu",
                "said",
                "W",
            )
        ],
        [
            (
                "The boat left the jetty at Ogbekpa at about 6:30 a.m. with roughly 90 people and sacks of yams and grain on board, he said.",
                "Abdulmalik Ohiare-Yusufu",
                "said",
                "W",
            ),
            (
                "It overturned about 20 minutes later in fast water near a sandbank, he said.",
                "Abdulmalik Ohiare-Yusufu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kogi police spokesman Samuel Terkula-Ibeh said the boat was licensed to carry 50 passengers.",
                "Samuel Terkula-Ibeh",
                "said",
                "W",
            )
        ],
        [
            (
                "“The operator has been arrested and is helping us with our investigation,” Terkula-Ibeh said by telephone.",
                "Samuel Terkula-Ibeh",
                "said",
                "W",
            ),
            (
                "He said none of the passengers rescued had been wearing a life jacket.",
                "Samuel Terkula-Ibeh",
                "said",
                "W",
            ),
        ],
        [
            (
                "The agency said late on Sunday that 19 of the dead were women and eight were children.",
                "The agency",
                "said",
                "W",
            )
        ],
        [
            (
                "Boat accidents are common on Nigeria's rivers in the rainy season, when water levels rise and many riverside villages have no road to the nearest market.",
                "",
                "",
                "",
            ),
            ("Overloading, night travel and a lack of life jackets are often blamed.", "", "", ""),
        ],
        [
            (
                "The National Inland Waterways Authority, which regulates passenger boats on the Niger, did not respond to a request for comment.",
                "The National Inland Waterways Authority",
                "did not respond to a request for comment",
                "",
            )
        ],
        [
            (
                "Ibrahim Attah-Ochigbo, chairman of the local government council, said the council had banned night crossings at Ogbekpa after a boat sank there in 2022, killing 11 people.",
                "Ibrahim Attah-Ochigbo",
                "said",
                "W",
            )
        ],
        [
            (
                "“We have told them again and again: no more than 50 people, everybody in a jacket,” he said.",
                "Ibrahim Attah-Ochigbo",
                "said",
                "",
            ),
            ("“Market day comes and they forget.”", "Ibrahim Attah-Ochigbo", "said", ""),
        ],
        [
            (
                "Survivor Ojone Ameh-Itodo, 34, a yam trader, said she held on to a floating sack for almost an hour before fishermen reached her.",
                "Ojone Ameh-Itodo",
                "said",
                "",
            )
        ],
        [
            ("“I lost my sister and two bags of yam,” she said.", "Ojone Ameh-Itodo", "said", ""),
            ("“Who will feed her children now?” she asked.", "Ojone Ameh-Itodo", "asked", ""),
        ],
        [
            (
                "A spokesperson for the federal Ministry of Marine and Blue Economy said the ministry would send investigators to Lokoja on Monday.",
                "A spokesperson for the federal Ministry of Marine and Blue Economy",
                "said",
                "W",
            ),
            (
                "The ministry handed out 4,000 free life jackets to boat operators in Kogi and Niger states last year, the spokesperson said.",
                "A spokesperson for the federal Ministry of Marine and Blue Economy",
                "said",
                "W",
            ),
        ],
        [
            (
                "At least 212 people died in boat accidents on Nigeria's inland waterways in 2025, according to data from the Nigeria Inland Boat Safety Forum, a Lagos-based advocacy group.",
                "data from the Nigeria Inland Boat Safety Forum",
                "according to",
                "W",
            )
        ],
        [
            (
                "The group's coordinator, Tersoo Agbaji-Uwem, said the true toll was probably higher because many accidents in remote areas were never reported.",
                "Tersoo Agbaji-Uwem",
                "said",
                "",
            )
        ],
        [
            (
                "Navy divers joined the search on Sunday afternoon, the navy said in a post on X.",
                "the navy",
                "said in a post on X",
                "W",
            ),
            (
                "Fishermen had recovered most of the bodies before the divers arrived, Ohiare-Yusufu said.",
                "Abdulmalik Ohiare-Yusufu",
                "said",
                "W",
            ),
        ],
        [
            ("The search was called off for the night at 7 p.m.", "", "", "W"),
            (
                "It will resume at first light on Monday, he said.",
                "Abdulmalik Ohiare-Yusufu",
                "said",
                "W",
            ),
        ],
        [
            (
                "Kogi lies at the confluence of the Niger and Benue rivers, and its riverside districts flood in most years between August and October.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "(Reporting by Chukwudi Eberechi-Nwadike in Lokoja and Halima Zango-Matazu in Abuja; Writing by Ifeoma Nwankwo-Fiberesima; Editing by Peter Hallvard-Ames)",
                "",
                "",
                "B",
            )
        ],
        [("Our Standards: The PAN Editorial Principles.", "", "", "B")],
        [("Read Next", "", "", "B")],
        [("Nigeria's inflation eases for a fifth month in July", "", "", "B")],
        [("Flooding cuts Benue bridge, strands hundreds of trucks", "", "", "B")],
        [("Ghana's cedi slips as cocoa receipts lag", "", "", "B")],
        [("© 2026 PAN Newswire.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE SHIKOKU TRIBUNE", "", "", "B")],
        [("National | Kochi | Ehime | Kagawa | Tokushima | Business | Sports | Life", "", "", "B")],
        [("LIVE", "", "", "B")],
        [
            (
                "Typhoon No. 11 makes landfall in Kochi prefecture; 240,000 residents told to evacuate",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The storm is expected to cross Shikoku overnight and reach the Sea of Japan by Wednesday morning, forecasters say",
                "forecasters",
                "say",
                "",
            )
        ],
        [("By Aya Fukuzawa-Reid, Takumi Onodera and staff writers", "", "", "B")],
        [("Last updated: Aug. 25, 2026, 18:40 JST", "", "", "B")],
        [("Share on X · Facebook · LINE · Copy link", "", "", "B")],
        [("Key points", "", "", "B")],
        [
            (
                "• Typhoon No. 11 made landfall near Aki city at about 3 p.m. with a central pressure of 955 hectopascals.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• About 240,000 residents in 11 municipalities are under evacuation instructions.",
                "",
                "",
                "W",
            )
        ],
        [("• At least 14 people have been injured, two seriously.", "", "", "W")],
        [("18:40", "", "", "B")],
        [("Storm weakens slightly as it crosses the mountains", "", "", "W")],
        [
            (
                "The Japan Meteorological Agency said at 6 p.m. that the typhoon's central pressure had risen to 965 hectopascals and that it was moving north-northeast at about 25 km/h.",
                "The Japan Meteorological Agency",
                "said",
                "W",
            ),
            (
                "Maximum sustained winds near the centre were 144 km/h, down from 162 km/h at landfall, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [("Aya Fukuzawa-Reid", "", "", "B")],
        [("18:05", "", "", "B")],
        [("Tosa Coastal Railway suspends all trains until noon Wednesday", "", "", "W")],
        [
            (
                "The operator said it had cancelled all 64 scheduled trains on its Kochi–Muroto line after a fallen tree hit an empty train near Kaminoura station at 4:20 p.m.",
                "The operator",
                "said",
                "W",
            ),
            ("Nobody was hurt, it said.", "The operator", "said", "W"),
        ],
        [("17:30", "", "", "B")],
        [("86,000 households without power", "", "", "W")],
        [
            (
                "About 86,000 households in Kochi and Tokushima prefectures had no electricity as of 5 p.m., according to Nankai Grid Co.",
                "Nankai Grid Co.",
                "according to",
                "W",
            ),
            (
                "The utility said crews would not start repairs until winds dropped below 20 meters per second.",
                "The utility",
                "said",
                "",
            ),
        ],
        [("Takumi Onodera", "", "", "B")],
        [("16:50", "", "", "B")],
        [("Injuries rise to 14", "", "", "W")],
        [
            (
                "Kochi prefecture's disaster headquarters said 14 people had been injured, two of them seriously.",
                "Kochi prefecture's disaster headquarters",
                "said",
                "W",
            ),
            (
                "A man in his 70s fell from the roof of his house in Muroto while tying down a tarpaulin, and a woman in her 40s was hit by a flying signboard in Kochi city, it said.",
                "Kochi prefecture's disaster headquarters",
                "said",
                "W",
            ),
        ],
        [("16:10", "", "", "B")],
        [("Evacuees settle in at Aki gymnasium", "", "", "")],
        [
            (
                "At the Aki municipal gymnasium, families sit on blue mats under the emergency lights, phones charging from a single power strip.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“We came at noon because the river behind our house was already brown,” said Michiko Tsubouchi, 68, who arrived with her husband and their dog.",
                "Michiko Tsubouchi",
                "said",
                "",
            ),
            (
                "“The last big one took our fence… this time I didn't wait.”",
                "Michiko Tsubouchi",
                "said",
                "",
            ),
        ],
        [("Aya Fukuzawa-Reid", "", "", "B")],
        [("15:20", "", "", "B")],
        [("Landfall near Aki", "", "", "W")],
        [
            (
                "The typhoon made landfall near Aki at about 3 p.m., the Japan Meteorological Agency said.",
                "The Japan Meteorological Agency",
                "said",
                "W",
            ),
            (
                "A gust of 58.7 meters per second was recorded at Cape Muroto at 2:10 p.m., the strongest recorded anywhere in Japan this year, the agency said.",
                "the agency",
                "said",
                "W",
            ),
        ],
        [("13:30", "", "", "B")],
        [("412 domestic flights cancelled", "", "", "W")],
        [
            (
                "Airlines have cancelled 412 domestic flights on Tuesday, most of them to and from Kochi, Matsuyama and Osaka's Itami airport, according to the transport ministry.",
                "the transport ministry",
                "according to",
                "W",
            ),
            (
                "Ferries across the Seto Inland Sea are suspended, and the expressway is closed between Kochi and Nankoku (approx. 14 km).",
                "",
                "",
                "W",
            ),
        ],
        [("Comments are turned off for this live blog.", "", "", "B")],
        [("Related: How to read a Japan Meteorological Agency warning level", "", "", "B")],
        [
            ("© The Shikoku Tribune 2026.", "", "", "B"),
            ("Reproduction without permission is prohibited.", "", "", "B"),
        ],
    ],
    [
        [("THE SUNDAY TRADEWIND", "", "", "B")],
        [
            (
                "Home  News  Business  Sport  Entertainment  Commentary  Letters  Classifieds",
                "",
                "",
                "B",
            )
        ],
        [("Business | Q&A", "", "", "B")],
        [
            (
                "‘The sea is not a bank account’: Fishers' co-op head says lobster catch at Old Harbour Bay has fallen 40% in three years",
                "Delroy Bembridge-Mattis",
                "says",
                "W",
            )
        ],
        [
            (
                "As the lobster closed season begins on April 1, Delroy Bembridge-Mattis talks patrols, poachers and the price of fuel",
                "",
                "",
                "W",
            )
        ],
        [("Shari-Ann Wolfe-Chambers/Senior Business Writer", "", "", "B")],
        [("Sunday, March 29, 2026", "", "", "B")],
        [
            (
                "Delroy Bembridge-Mattis on the fishing beach at Old Harbour Bay on Thursday.",
                "",
                "",
                "",
            )
        ],
        [("Photo by Kemar Ashwood-Rowe", "", "", "B")],
        [
            (
                "Delroy Bembridge-Mattis has fished out of Old Harbour Bay since he was 14.",
                "",
                "",
                "W",
            ),
            (
                "For the last six years he has been president of the Old Harbour Bay Fishers' Co-operative, which has 412 registered members and 138 boats.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "The National Fisheries Authority said last week that lobster landings across the island fell to 318 tonnes in 2025, from 402 tonnes in 2023.",
                "The National Fisheries Authority",
                "said",
                "W",
            )
        ],
        [
            ("The Tradewind spoke with him on Thursday.", "", "", ""),
            ("The conversation has been edited for length and clarity.", "", "", "B"),
        ],
        [("THE TRADEWIND: How bad is the lobster catch?", "", "", "")],
        [
            (
                "DELROY BEMBRIDGE-MATTIS: Our members landed 21 tonnes of lobster last season.",
                "Delroy Bembridge-Mattis",
                "DELROY BEMBRIDGE-MATTIS:",
                "W",
            ),
            (
                "Three years ago it was 35 tonnes.",
                "Delroy Bembridge-Mattis",
                "DELROY BEMBRIDGE-MATTIS:",
                "W",
            ),
            (
                "That is 40 per cent gone, and the boats are going further out to get what is left.",
                "Delroy Bembridge-Mattis",
                "DELROY BEMBRIDGE-MATTIS:",
                "W",
            ),
        ],
        [
            (
                "THE TRADEWIND: The NFA says landings are down across the island.",
                "The National Fisheries Authority",
                "says",
                "W",
            ),
            ("Is this overfishing?", "", "", ""),
        ],
        [
            (
                "BEMBRIDGE-MATTIS: Some of it, yes.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
            (
                "But the bigger problem is the people who fish in the closed season and sell to the hotels.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
            (
                "Last year the authority seized 1.6 tonnes of lobster tail in the closed season in St. Catherine alone.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "W",
            ),
        ],
        [("THE TRADEWIND: What happens to a fisher who keeps the closed season?", "", "", "")],
        [
            (
                "BEMBRIDGE-MATTIS: He stops earning for three months.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
            (
                "The co-op pays a closed-season allowance of J$18,000 a month to members who have paid their dues for two years.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "W",
            ),
        ],
        [
            ("THE TRADEWIND: Fuel prices went up again this month.", "", "", ""),
            ("How does that hit you?", "", "", ""),
        ],
        [
            (
                "BEMBRIDGE-MATTIS: A trip to the Pedro Bank burns about 90 gallons of gasoline.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "W",
            ),
            (
                "At J$1,020 a gallon, that is J$91,800 before we catch a single fish.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "W",
            ),
            ("Who can carry that?", "Delroy Bembridge-Mattis", "BEMBRIDGE-MATTIS:", ""),
        ],
        [
            (
                "THE TRADEWIND: Would you support a lobster quota, like the one for queen conch?",
                "",
                "",
                "",
            )
        ],
        [
            (
                "BEMBRIDGE-MATTIS: I would support it if it was enforced.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
            (
                "A quota with nobody checking is just paper.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
        ],
        [
            (
                "THE TRADEWIND: The authority says it added four patrol boats in January.",
                "The authority",
                "says",
                "W",
            ),
            ("Have you seen a difference?", "", "", ""),
        ],
        [
            (
                "BEMBRIDGE-MATTIS: I have seen one of them.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
            (
                "It came into the bay twice in February and not since.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "W",
            ),
            (
                "I am not saying they are not trying… but the sea is big.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
        ],
        [("THE TRADEWIND: What would you ask the minister for?", "", "", "")],
        [
            (
                "BEMBRIDGE-MATTIS: Three things: a cold room on the beach, a fuel rebate for registered boats, and wardens on the water in the closed season.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "",
            ),
            (
                "We have asked for the cold room every year since 2019.",
                "Delroy Bembridge-Mattis",
                "BEMBRIDGE-MATTIS:",
                "W",
            ),
        ],
        [
            (
                "The National Fisheries Authority did not respond to questions about the patrol boats before publication.",
                "The National Fisheries Authority",
                "did not respond to questions",
                "",
            )
        ],
        [("More in Business", "", "", "B")],
        [("Hotel occupancy on north coast hits 81% in February", "", "", "B")],
        [("Comments (14)", "", "", "B")],
        [("© 2026 Tradewind Media Group Ltd.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [
            (
                "We use essential cookies to make this site work, and optional analytics cookies to understand how it is used.",
                "",
                "",
                "B",
            ),
            ("You can change your choice at any time.", "", "", "B"),
        ],
        [("Accept all | Reject optional | Settings", "", "", "B")],
        [("Coastal Waters Agency", "", "", "B")],
        [("Aġenzija għall-Ilmijiet tal-Kosta", "", "", "B")],
        [
            (
                "Home | About | Bathing Water | Marine Monitoring | Permits | News | Contact | Malti",
                "",
                "",
                "B",
            )
        ],
        [("Home › News › Press releases", "", "", "B")],
        [("PRESS RELEASE", "", "", "B")],
        [("PR 27/2026 · Published 4 June 2026", "", "", "B")],
        [("87 of Malta's 89 bathing sites rated ‘excellent’ for 2025 season", "", "", "W")],
        [
            (
                "Eighty-seven of the 89 official bathing sites in Malta and Gozo were classified as ‘excellent’ for water quality in the 2025 season, the Coastal Waters Agency announced today.",
                "the Coastal Waters Agency",
                "announced",
                "W",
            ),
            ("The remaining two, at Marsaskala Bay and Xemxija, were rated ‘good’.", "", "", "W"),
        ],
        [
            (
                "The classification is based on 1,424 samples taken every fortnight between 1 May and 31 October 2025 and tested for two types of faecal bacteria, E. coli and intestinal enterococci.",
                "",
                "",
                "W",
            ),
            (
                "It is the first time since 2019 that no Maltese site has been rated below ‘good’.",
                "",
                "",
                "W",
            ),
        ],
        [("Classification of bathing sites, 2023–2025", "", "", "B")],
        [("Classification | 2023 | 2024 | 2025", "", "", "B")],
        [("Excellent | 84 | 85 | 87", "", "", "")],
        [("Good | 4 | 3 | 2", "", "", "")],
        [("Sufficient | 1 | 1 | 0", "", "", "")],
        [("Source: Coastal Waters Agency monitoring data.", "", "", "B")],
        [
            (
                "“These results belong to everyone who keeps our coast clean, from the fishermen at Marsaxlokk to the volunteers who clear the bays every Sunday,” said Kurt Bonnici-Camenzuli, Chief Executive Officer of the Agency.",
                "Kurt Bonnici-Camenzuli",
                "said",
                "",
            ),
            (
                "“But two ‘good’ sites are two too many, and we will not rest until all 89 are excellent.”",
                "Kurt Bonnici-Camenzuli",
                "said",
                "",
            ),
        ],
        [
            (
                "Mr Bonnici-Camenzuli said the upgrade of the Xemxija storm overflow, completed in March 2025, had cut the number of short pollution alerts at that site from nine in 2024 to three in 2025.",
                "Kurt Bonnici-Camenzuli",
                "said",
                "W",
            )
        ],
        [
            (
                "Dr Maria Grech-Farrugia, the Agency's Head of Monitoring, said four new sampling points would be added in Gozo from the 2026 season.",
                "Maria Grech-Farrugia",
                "said",
                "W",
            ),
            (
                "“Visitor numbers in Gozo have doubled in a decade, and our monitoring has to keep up,” she said.",
                "Maria Grech-Farrugia",
                "said",
                "W",
            ),
        ],
        [("Short pollution alerts", "", "", "")],
        [
            (
                "When a sample exceeds the limits, the Agency raises a red flag at the site and posts an alert on its website and on the Ilma app within two hours.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "In 2025 the Agency issued 17 such alerts, down from 26 in 2024, and the longest lasted 52 hours.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Bathers are advised to check the app before swimming after heavy rain, i.e. in the 48 hours after a storm.",
                "",
                "",
                "",
            ),
            ("Sampling for the 2026 season starts on 4 May.", "", "", "W"),
        ],
        [("ENDS", "", "", "B")],
        [("Notes to editors", "", "", "B")],
        [
            (
                "1. The Coastal Waters Agency is the national body responsible for monitoring bathing water quality in Malta and Gozo.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "2. Classifications follow the method of the EU Bathing Water Directive (2006/7/EC), using data from the four most recent seasons.",
                "",
                "",
                "B",
            )
        ],
        [("3. Photographs of the sampling team are available on request.", "", "", "B")],
        [
            (
                "Media contact: Luke Vella-Cassar, Communications Office | media@coastalwaters.mt | +356 2099 4410",
                "",
                "",
                "B",
            )
        ],
        [("Share this page: Facebook | X | LinkedIn | Email", "", "", "B")],
        [("Related news", "", "", "B")],
        [("Blue Flag awarded to 16 beaches for 2026", "", "", "B")],
        [("Was this page helpful?", "", "", "B")],
        [("Yes | No", "", "", "B")],
        [("Privacy | Accessibility | Freedom of Information | Sitemap", "", "", "B")],
        [("© 2026 Coastal Waters Agency, Malta.", "", "", "B")],
        [("Last updated: 04/06/2026 10:15", "", "", "B")],
    ],
    [
        [("THE SOUTHERN LEDGER", "", "", "B")],
        [("San Fernando, Trinidad and Tobago", "", "", "B")],
        [("News · Business · Opinion · Sport · Carnival · Obituaries · E-paper", "", "", "B")],
        [("OPINION | COLUMN", "", "", "B")],
        [("Twice a week is not a water supply", "", "", "")],
        [
            (
                "South Trinidad has waited long enough for the taps to run, writes Anjali Ramkissoon-Boodoo",
                "Anjali Ramkissoon-Boodoo",
                "writes",
                "",
            )
        ],
        [("Anjali Ramkissoon-Boodoo", "", "", "B")],
        [("Wednesday 14 October 2026", "", "", "B")],
        [("Listen to this article · 5 min", "", "", "B")],
        [
            (
                "At 2.15 on Sunday morning my neighbour Dookie Samaroo-Lall was standing in his yard in Penal with a torch, waiting for the pipe to cough.",
                "",
                "",
                "",
            )
        ],
        [
            ("It coughed at 2.40.", "", "", ""),
            ("By 6 it had stopped again, and that was the water for the week.", "", "", ""),
        ],
        [
            ("This is what the Water and Sewerage Authority calls a scheduled supply.", "", "", ""),
            (
                "Under the schedule it published in June, about 41,000 households in Penal, Debe and Barrackpore get pipe-borne water on two days a week, for 12 hours each time.",
                "",
                "",
                "W",
            ),
            (
                "Some streets off the Rochard Road have had no supply at all for 19 days this month.",
                "",
                "",
                "W",
            ),
        ],
        [
            ("None of this is new.", "", "", ""),
            (
                "The authority's own 2025 annual report says 48 per cent of the water it produces is lost to leaks before it reaches anybody's tap.",
                "The authority's own 2025 annual report",
                "says",
                "W",
            ),
        ],
        [
            ("That is not a drought problem.", "", "", ""),
            ("It is a pipe problem, and pipes can be fixed.", "", "", ""),
        ],
        [
            ("In fairness, the authority has not been idle.", "", "", ""),
            (
                "It replaced 62 kilometres of mains in the south last year, and its chief executive told a joint select committee in July that another 140 kilometres would be done by the end of 2027.",
                "its chief executive",
                "told a joint select committee",
                "W",
            ),
            ("At that rate, my grandchildren will have a pipe.", "", "", ""),
        ],
        [
            (
                "Mr Samaroo-Lall, who is 77 and has a bad hip, now buys a 600-gallon tank of truck-borne water every second week for $450.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I paid my water rates for 50 years,” he told me.",
                "Dookie Samaroo-Lall",
                "told me",
                "",
            ),
            ("“Who do I complain to now, the rain?”", "Dookie Samaroo-Lall", "told me", ""),
        ],
        [
            ("He is not alone.", "", "", ""),
            (
                "The Penal/Debe Residents' Water Committee surveyed 600 households in August and found that 71 per cent had bought truck-borne water at least once in the previous three months.",
                "The Penal/Debe Residents' Water Committee",
                "found",
                "W",
            ),
        ],
        [
            (
                "The committee's chairwoman, Sherry-Ann Gopichand-Pierre, said the average household had spent $1,150 on water trucks between May and July.",
                "Sherry-Ann Gopichand-Pierre",
                "said",
                "W",
            )
        ],
        [
            (
                "The Minister of Public Utilities told Parliament last month that the Penal desalination plant would be “back on stream before Christmas”.",
                "The Minister of Public Utilities",
                "told Parliament",
                "W",
            ),
            ("We were told the same thing before last Christmas.", "", "", "W"),
        ],
        [("So here is a modest proposal.", "", "", "")],
        [
            ("Publish the real schedule, street by street, and keep to it.", "", "", ""),
            ("Fix the 48 per cent before asking for another rate increase.", "", "", ""),
            (
                "And where the trucks are the only supply a street will get, let the authority send them free of charge.",
                "",
                "",
                "",
            ),
            ("It did exactly that in Moruga in the 2024 dry season.", "", "", "W"),
        ],
        [
            ("Mr Samaroo-Lall will be in his yard again on Sunday, torch in hand.", "", "", ""),
            ("The least we can do is tell him whether to bother.", "", "", ""),
        ],
        [
            (
                "Anjali Ramkissoon-Boodoo is a retired civil engineer and a member of the Ledger's editorial board.",
                "",
                "",
                "B",
            ),
            ("Her column appears every Wednesday.", "", "", "B"),
        ],
        [("The views expressed in this column are the writer's own.", "", "", "B")],
        [("32 comments", "", "", "B")],
        [("More opinion", "", "", "B")],
        [("Letter: Carnival fetes need a curfew, not another waiver", "", "", "B")],
        [
            ("© 2026 Southern Ledger Publishing Co. Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("TAF-ELY GAZETTE", "", "", "B")],
        [("News | Sport | Rugby | Football | What's On | Jobs | Announcements", "", "", "B")],
        [("Sport › Rugby › Premiership", "", "", "B")],
        [
            (
                "Pontyrhedyn 27 Llanfeuno 24: Prosser-Evans try in the 79th minute ends 11-match losing run",
                "",
                "",
                "W",
            )
        ],
        [("Home side come from 17-6 down at half-time to win at Parc y Felin", "", "", "W")],
        [("By Elin Crwys-Rhys", "", "", "B")],
        [("Rugby correspondent", "", "", "B")],
        [("20:58, Saturday 7 November 2026", "", "", "B")],
        [("Pontyrhedyn players celebrate Rhodri Prosser-Evans' late try.", "", "", "")],
        [("Picture: Huw Glyndŵr-Pryce", "", "", "B")],
        [
            (
                "Rhodri Prosser-Evans scored in the 79th minute as Pontyrhedyn beat Llanfeuno 27-24 at Parc y Felin on Saturday to end a run of 11 straight Premiership defeats stretching back to the opening day of the season.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The hooker was driven over from a lineout five metres out, and Osian Trefor-Jones added the conversion from wide on the left.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Llanfeuno led 17-6 at half-time after tries by wing Cai Bodfan and No. 8 Tomos Ynyr, both converted by Lewys Gwynfor-Bowen, who also kicked a penalty.",
                "",
                "",
                "W",
            ),
            (
                "Pontyrhedyn's only points before the break came from two Trefor-Jones penalties.",
                "",
                "",
                "W",
            ),
        ],
        [("The second half belonged to the home pack.", "", "", "")],
        [
            (
                "Flanker Iestyn Morgan-Hiscox went over from a maul in the 52nd minute, and centre Dafydd Ceirio-Price scored from a charge-down in the 64th to put Pontyrhedyn 20-17 ahead.",
                "",
                "",
                "W",
            ),
            (
                "Bodfan's second try, converted by Gwynfor-Bowen in the 73rd minute, put Llanfeuno back in front at 24-20.",
                "",
                "",
                "W",
            ),
        ],
        [("Prosser-Evans, 34, was playing his 200th game for the club.", "", "", "W")],
        [
            (
                "“I haven't scored since about 2019, so I'll take a maul try,” Prosser-Evans said.",
                "Rhodri Prosser-Evans",
                "said",
                "",
            ),
            (
                "“Eleven defeats… you start to wonder if you'll ever sing the song again.”",
                "Rhodri Prosser-Evans",
                "said",
                "",
            ),
        ],
        [
            (
                "Pontyrhedyn head coach Gareth Hywyn-Rees said his side had “finally played for 80 minutes”.",
                "Gareth Hywyn-Rees",
                "said",
                "",
            )
        ],
        [
            (
                "“We were poor in the first half, no argument,” he said.",
                "Gareth Hywyn-Rees",
                "said",
                "",
            )
        ],
        [
            ("“Did I think we'd win at 17-6 down?", "Gareth Hywyn-Rees", "admitted", ""),
            ("Honestly, no,” he admitted.", "Gareth Hywyn-Rees", "admitted", ""),
        ],
        [
            (
                "Llanfeuno coach Siôn Tudur-Bevan said the lineout had cost his side the game.",
                "Siôn Tudur-Bevan",
                "said",
                "",
            )
        ],
        [
            (
                "“We lost four of our own throws in the second half,” he said.",
                "Siôn Tudur-Bevan",
                "said",
                "W",
            ),
            (
                "“You can't do that at this level and expect to win.”",
                "Siôn Tudur-Bevan",
                "said",
                "",
            ),
        ],
        [
            ("Llanfeuno stay fourth on 38 points, eight behind leaders Cwmsaerbren.", "", "", "W"),
            (
                "Pontyrhedyn remain bottom, but the win lifts them to 12 points, three behind Abercynlais.",
                "",
                "",
                "W",
            ),
        ],
        [("The attendance was 1,430, the biggest at Parc y Felin this season.", "", "", "W")],
        [("Pontyrhedyn travel to Abercynlais next Saturday (kick-off 2.30pm).", "", "", "W")],
        [("Scorers", "", "", "B")],
        [
            (
                "Pontyrhedyn: Tries: Morgan-Hiscox, Ceirio-Price, Prosser-Evans; Cons: Trefor-Jones 3; Pens: Trefor-Jones 2.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "Llanfeuno: Tries: Bodfan 2, Ynyr; Cons: Gwynfor-Bowen 3; Pens: Gwynfor-Bowen.",
                "",
                "",
                "",
            )
        ],
        [("Yellow card: Ynyr (58).", "", "", "")],
        [("Referee: Meirion Tegwyn-Lloyd.", "", "", "")],
        [("Premiership: top and bottom", "", "", "B")],
        [("Pos | Team | P | W | L | Pts", "", "", "B")],
        [("1 | Cwmsaerbren | 12 | 10 | 2 | 46", "", "", "")],
        [("11 | Abercynlais | 12 | 3 | 9 | 15", "", "", "")],
        [("12 | Pontyrhedyn | 12 | 1 | 11 | 12", "", "", "")],
        [("Read more", "", "", "B")],
        [("Cwmsaerbren stay top after bonus-point win in the rain", "", "", "B")],
        [("Have your say: comments are open for 48 hours.", "", "", "B")],
        [
            ("© 2026 Taf-Ely Gazette Ltd.", "", "", "B"),
            ("Registered in Wales No. 04417308.", "", "", "B"),
        ],
    ],
    [
        [("DHAKA MARKET JOURNAL", "", "", "B")],
        [("Markets | Economy | Banking | RMG | Commodities | Opinion | Data", "", "", "B")],
        [("DSEX 5,612.48 ▼131.80 (-2.29%) | DS30 2,041.17 ▼2.61% | USD/BDT 122.40", "", "", "B")],
        [("Markets › Stocks", "", "", "B")],
        [
            (
                "Dhaka stocks post biggest one-day fall in 14 months after Bangladesh Bank raises policy rate",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Brokers say higher deposit rates will keep small investors away for weeks",
                "Brokers",
                "say",
                "",
            )
        ],
        [("Staff Correspondent", "", "", "B")],
        [("Published: 10:42 PM, Monday, 18 May 2026", "", "", "B")],
        [("Share on Facebook | X | WhatsApp | LinkedIn", "", "", "B")],
        [
            (
                "Investors watch share prices at a brokerage house in Motijheel, Dhaka, on Monday.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Shafiqul Islam-Rony", "", "", "B")],
        [
            (
                "The benchmark DSEX index of the Dhaka Stock Exchange fell 131.80 points, or 2.29%, to 5,612.48 on Monday, its biggest one-day drop since March last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The fall came a day after Bangladesh Bank raised its policy rate by 50 basis points to 10.50%, its second increase this year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Turnover rose 38% to Tk 842.6 crore, and of the 396 issues traded, 327 closed lower, 41 higher and 28 unchanged.",
                "",
                "",
                "W",
            ),
            ("Market capitalisation fell by Tk 9,410 crore in a single session.", "", "", "W"),
        ],
        [
            (
                "Banks, which make up about a fifth of the market's value, lost 3.8% as a group, and all 36 listed banks ended lower.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Shitalakshya Threadworks Ltd., the largest listed yarn maker, fell 7.1% to Tk 38.40 after it said on Sunday that export orders for the July–September quarter were 22% lower than a year earlier.",
                "Shitalakshya Threadworks Ltd.",
                "said",
                "W",
            )
        ],
        [
            ("Karnaphuli Cement Ltd. fell 6.4%.", "", "", "W"),
            (
                "The company said last week that its quarterly profit had fallen 31% because of higher coal import costs.",
                "The company",
                "said",
                "W",
            ),
        ],
        [
            ("Only a handful of stocks rose.", "", "", ""),
            (
                "Padma Agro Foods PLC gained 3.2% after its board approved a 15% cash dividend.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“The market was already nervous about the budget, and the rate hike was the last push,” said Rezaul Karim Mollick-Sobhan, head of research at Sonargaon Securities Ltd.",
                "Rezaul Karim Mollick-Sobhan",
                "said",
                "",
            ),
            (
                "He expects the index to test the 5,400 level this week.",
                "Rezaul Karim Mollick-Sobhan",
                "expects",
                "",
            ),
        ],
        [
            (
                "Fixed deposit rates at most commercial banks are now above 11%, he said, while the average dividend yield on listed shares is about 4.6%.",
                "Rezaul Karim Mollick-Sobhan",
                "said",
                "W",
            )
        ],
        [
            (
                "“Why would a retired man buy shares when the bank pays him 11.25%?” he asked.",
                "Rezaul Karim Mollick-Sobhan",
                "asked",
                "",
            )
        ],
        [
            (
                "Analysts at Jamuna Capital Management said in a note that bank shares were “oversold” and could recover once the budget is presented on June 4.",
                "Analysts at Jamuna Capital Management",
                "said in a note",
                "",
            )
        ],
        [
            (
                "In a statement on Sunday, Bangladesh Bank said inflation, which stood at 9.8% in April, had to be brought down to 7% by June 2027.",
                "Bangladesh Bank",
                "said",
                "W",
            )
        ],
        [
            (
                "Foreign investors were net sellers for a ninth straight session, selling Tk 61.3 crore more in shares than they bought, according to exchange data.",
                "exchange data",
                "according to",
                "W",
            )
        ],
        [
            (
                "A spokesperson for the Bangladesh Securities and Exchange Commission said the regulator was “watching the market closely” and had no plans to set a floor price on shares.",
                "A spokesperson for the Bangladesh Securities and Exchange Commission",
                "said",
                "",
            )
        ],
        [
            (
                "At a brokerage house in Motijheel, a few dozen investors watched the red numbers on a wall screen in silence.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "“I bought Shitalakshya at 52 taka in January,” said Nasrin Jahan-Pial, a retired schoolteacher.",
                "Nasrin Jahan-Pial",
                "said",
                "W",
            )
        ],
        [
            ("“Now it is 38…", "Nasrin Jahan-Pial", "said", ""),
            ("I am not selling, what else can I do?”", "Nasrin Jahan-Pial", "said", ""),
        ],
        [
            ("The Chittagong Stock Exchange's CASPI index fell 2.4% to 15,880.21.", "", "", "W"),
            ("The taka was steady at 122.40 to the dollar on the interbank market.", "", "", "W"),
        ],
        [("TOP LOSERS (DSE)", "", "", "B")],
        [("Company | Close (Tk) | Change (%)", "", "", "B")],
        [("Shitalakshya Threadworks | 38.40 | -7.1", "", "", "")],
        [("Karnaphuli Cement | 112.70 | -6.4", "", "", "")],
        [("Rupsha Jute Mills | 9.80 | -6.1", "", "", "")],
        [("Source: Dhaka Stock Exchange.", "", "", "B")],
        [("Related: Budget may raise tax on capital gains to 15%", "", "", "B")],
        [("Related: RMG exports fall for second month in April", "", "", "B")],
        [
            (
                "Disclaimer: This article is for information only and is not investment advice.",
                "",
                "",
                "B",
            )
        ],
        [("© Dhaka Market Journal 2026.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("THE ELGON OBSERVER", "", "", "B")],
        [("Home | News | Health | Education | Farming | Sport | Opinion | Jobs", "", "", "B")],
        [("Health", "", "", "B")],
        [
            (
                "New bed nets cut malaria in Tororo children by 38%, trial finds",
                "a two-year trial in Tororo district",
                "finds",
                "W",
            )
        ],
        [
            (
                "Researchers say the nets could be handed out across eastern Uganda within two years if donors pay",
                "Researchers",
                "say",
                "",
            )
        ],
        [("By Brenda Auma-Wafula", "", "", "B")],
        [("Posted Thursday, February 12, 2026 — 6:05 am", "", "", "B")],
        [
            (
                "A health worker hangs a bed net over a cot in Pasindi sub-county, Tororo district, in January.",
                "",
                "",
                "",
            )
        ],
        [("Photo | Ronald Okiror-Egesa", "", "", "B")],
        [
            (
                "TORORO — Children who slept under a new type of bed net had 38% fewer malaria episodes than those under standard nets, a two-year trial in Tororo district has found.",
                "a two-year trial in Tororo district",
                "has found",
                "W",
            )
        ],
        [
            (
                "The trial followed 4,812 children aged six months to 10 years in 1,960 households in six sub-counties between February 2023 and January 2025.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Half the households received nets treated with two insecticides, chlorfenapyr and a pyrethroid, and the rest received standard pyrethroid-only nets.",
                "",
                "",
                "W",
            ),
            (
                "Children in the first group had 1.92 malaria episodes per child per year, against 3.10 in the second (i.e. 38% fewer).",
                "",
                "",
                "W",
            ),
        ],
        [("Main results", "", "", "B")],
        [("Outcome | Dual-insecticide nets | Standard nets", "", "", "B")],
        [("Malaria episodes per child per year | 1.92 | 3.10", "", "", "")],
        [("Children with anaemia at end of trial | 11.4% | 17.9%", "", "", "")],
        [("Admissions for severe malaria | 61 | 104", "", "", "")],
        [
            (
                "The study was carried out by the Eastern Uganda Malaria Research Unit, based at Tororo General Hospital, with researchers from Makerere University, and was published on Wednesday in the East African Journal of Tropical Medicine.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“Mosquitoes here have stopped dying when they land on the old nets,” said Dr. Esther Nakiyingi-Okello, the unit's director and the study's lead author.",
                "Esther Nakiyingi-Okello",
                "said",
                "W",
            ),
            (
                "“In our tests in 2022, more than 80% of the mosquitoes we caught survived a standard dose of pyrethroid.",
                "Esther Nakiyingi-Okello",
                "said",
                "W",
            ),
            ("The new nets kill them another way.”", "Esther Nakiyingi-Okello", "said", "W"),
        ],
        [
            (
                "She said the nets also seemed to reduce anaemia, but that the trial was not designed to prove it.",
                "Esther Nakiyingi-Okello",
                "said",
                "",
            )
        ],
        [
            (
                "Each dual-insecticide net costs about US$3.40, against about US$1.70 for a standard net, according to the study.",
                "the study",
                "according to",
                "W",
            )
        ],
        [
            (
                "Nakiyingi-Okello said replacing the 1.1 million nets in Tororo, Busia and Butaleja districts with the new type would cost an extra US$1.9 million.",
                "Esther Nakiyingi-Okello",
                "said",
                "W",
            )
        ],
        [
            ("“Is that expensive?", "Esther Nakiyingi-Okello", "said", ""),
            (
                "Compare it with the cost of one child in the paediatric ward for a week,” she said.",
                "Esther Nakiyingi-Okello",
                "said",
                "",
            ),
        ],
        [
            (
                "Prof. Patrick Wandera-Ssali, an epidemiologist at Makerere's School of Public Health who was not involved in the study, called the results “very strong”.",
                "Patrick Wandera-Ssali",
                "called",
                "",
            ),
            (
                "He noted that only 6% of households dropped out, which is low for a trial of this length.",
                "Patrick Wandera-Ssali",
                "noted",
                "W",
            ),
        ],
        [
            (
                "But he cautioned that the nets may lose strength with repeated washing, which a two-year trial could not measure.",
                "Patrick Wandera-Ssali",
                "cautioned",
                "",
            )
        ],
        [
            (
                "A spokesperson for the Ministry of Health said the ministry would “study the findings” before deciding on its next mass net campaign.",
                "A spokesperson for the Ministry of Health",
                "said",
                "",
            ),
            (
                "About 27 million nets were handed out in the last national campaign, in 2023, the spokesperson said.",
                "A spokesperson for the Ministry of Health",
                "said",
                "W",
            ),
        ],
        [
            (
                "In Pasindi, Jane Apio-Odongkara said none of her three youngest children had been admitted to hospital with malaria since the new nets arrived in 2023.",
                "Jane Apio-Odongkara",
                "said",
                "W",
            )
        ],
        [
            ("“Before, it was every rainy season,” she said.", "Jane Apio-Odongkara", "said", ""),
            ("“Now I only worry about the holes.”", "Jane Apio-Odongkara", "said", ""),
        ],
        [
            (
                "Malaria is the leading cause of outpatient visits in Uganda, and Tororo has one of the highest transmission rates in the country, according to Ministry of Health figures.",
                "Ministry of Health figures",
                "according to",
                "W",
            )
        ],
        [
            (
                "Funding: The trial was funded by the Lakeside Tropical Health Trust and the Uganda Medical Research Fund.",
                "",
                "",
                "B",
            )
        ],
        [
            (
                "Journal reference: Nakiyingi-Okello E, Obbo-Kintu R, et al. Dual-insecticide nets and malaria in children in eastern Uganda: a cluster-randomised trial. E Afr J Trop Med. 2026;19(2):88-101.",
                "",
                "",
                "B",
            )
        ],
        [("Related stories", "", "", "B")],
        [("Busia health centre runs out of malaria test kits", "", "", "B")],
        [("Tororo cement plant to cut dust after residents' petition", "", "", "B")],
        [("Send us your story on WhatsApp: +256 700 000 481", "", "", "B")],
        [
            ("© 2026 Elgon Observer Publications Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE LANKA RECORD", "", "", "B")],
        [
            (
                "Home | News | Business | Politics | Courts | Sports | Features | සිංහල | தமிழ்",
                "",
                "",
                "B",
            )
        ],
        [("News › Courts", "", "", "B")],
        [("Former rural bank manager gets eight years RI for Rs. 41.6 mn fraud", "", "", "W")],
        [("Court orders him to repay the full amount and pay a Rs. 500,000 fine", "", "", "W")],
        [("By Tharindu Pathiraja-Gomes", "", "", "B")],
        [("Wednesday, 21 October 2026 - 7:15 PM", "", "", "B")],
        [("Share  |  Facebook  |  X  |  WhatsApp  |  Print", "", "", "B")],
        [
            (
                "Depositors outside the Colombo High Court complex in Hulftsdorp on Tuesday.",
                "",
                "",
                "",
            )
        ],
        [("Pic by Nuwan Samarasekera-Perera", "", "", "B")],
        [
            (
                "The Colombo High Court yesterday sentenced Asela K. Gunawardhana-Dias, a former manager of the Uva Highlands Co-operative Rural Bank's Badulla branch, to eight years' rigorous imprisonment for misappropriating Rs. 41.6 million of depositors' money between 2017 and 2020.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "High Court Judge Dilrukshi Kolonnawage-Senanayake found him guilty on all 14 counts of criminal breach of trust and forgery.",
                "",
                "",
                "W",
            ),
            (
                "She ordered him to repay the full amount to the bank within 12 months and to pay a fine of Rs. 500,000, or serve a further two years.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "In her judgment, the judge said the accused had “used the trust of elderly depositors as his personal cheque book”.",
                "Dilrukshi Kolonnawage-Senanayake",
                "said",
                "",
            ),
            (
                "“Of the 211 accounts he tampered with, 163 belonged to pensioners,” the judgment said.",
                "the judgment",
                "said",
                "W",
            ),
        ],
        [
            (
                "The judge rejected a defence request for a suspended sentence, saying the offences were “grave and deliberate”.",
                "Dilrukshi Kolonnawage-Senanayake",
                "saying",
                "",
            )
        ],
        [
            (
                "Gunawardhana-Dias, 52, stood with his head bowed as the sentence was read in Sinhala and then in English.",
                "",
                "",
                "",
            ),
            ("He was taken to Welikada prison.", "", "", "W"),
        ],
        [("Advertisement", "", "", "B")],
        [
            (
                "Senior State Counsel Nadeesha Rambukwella-Silva, who prosecuted on behalf of the Attorney General, told the court that the accused had opened 38 fictitious fixed deposit accounts and withdrawn money from them using forged signatures.",
                "Nadeesha Rambukwella-Silva",
                "told the court",
                "W",
            )
        ],
        [
            (
                "She said Rs. 12.3 million had been traced to a house in Kandy bought in the name of the accused's brother-in-law.",
                "Nadeesha Rambukwella-Silva",
                "said",
                "W",
            ),
            (
                "She said he had also issued 27 fake loan approvals worth Rs. 6.8 million.",
                "Nadeesha Rambukwella-Silva",
                "said",
                "W",
            ),
        ],
        [
            (
                "President's Counsel Chamath Karunatilleke-Fonseka, appearing for the accused, said his client had been “made a scapegoat” for weak controls at the bank's head office.",
                "Chamath Karunatilleke-Fonseka",
                "said",
                "",
            ),
            (
                "He said the bank had not carried out an internal audit of the branch for six years.",
                "Chamath Karunatilleke-Fonseka",
                "said",
                "W",
            ),
        ],
        [
            (
                "Outside court, Karunatilleke-Fonseka told reporters his client would appeal.",
                "Chamath Karunatilleke-Fonseka",
                "told reporters",
                "",
            )
        ],
        [("About 40 depositors, many of them elderly, packed the public gallery.", "", "", "")],
        [
            (
                "Among them was Swarnalatha Herath-Mudiyanse, 74, a retired teacher from Hali-Ela, who lost Rs. 1.2 million, her late husband's gratuity.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "“I came to every hearing, 31 times,” she said.",
                "Swarnalatha Herath-Mudiyanse",
                "said",
                "W",
            ),
            ("“Eight years?", "Swarnalatha Herath-Mudiyanse", "said", ""),
            ("He took eight years from all of us.”", "Swarnalatha Herath-Mudiyanse", "said", ""),
        ],
        [
            (
                "The Uva Highlands Co-operative Rural Bank said in a statement that it had repaid Rs. 29.4 million to affected depositors from its own reserves and would recover the money from the accused.",
                "The Uva Highlands Co-operative Rural Bank",
                "said in a statement",
                "W",
            )
        ],
        [
            (
                "The bank's chairman, Lalith Medagoda-Rodrigo, said every branch was now audited once a year.",
                "Lalith Medagoda-Rodrigo",
                "said",
                "W",
            )
        ],
        [
            (
                "The case was filed in 2021 after the Department of Co-operative Development ordered a special audit following complaints from 17 depositors.",
                "",
                "",
                "W",
            ),
            ("The trial began in March 2024 and heard 26 witnesses.", "", "", "W"),
        ],
        [("The case will be called again on 4 December to check on the repayment.", "", "", "W")],
        [("Also read", "", "", "B")],
        [("Kegalle magistrate warns police over delayed post-mortem reports", "", "", "B")],
        [("Badulla bus strike called off after talks", "", "", "B")],
        [("Comments", "", "", "B")],
        [
            ("Comments are moderated.", "", "", "B"),
            ("Please keep them civil and on topic.", "", "", "B"),
        ],
        [
            ("Copyright © 2026 The Lanka Record (Pvt.) Ltd.", "", "", "B"),
            ("All rights reserved.", "", "", "B"),
        ],
    ],
    [
        [("THE WINDHOEK CHRONICLE", "", "", "B")],
        [("National | Windhoek | Business | Sport | Opinion | Vacancies | Tenders", "", "", "B")],
        [("Windhoek", "", "", "B")],
        [("City council approves 9.5% water tariff increase by eight votes to six", "", "", "W")],
        [
            (
                "Opposition councillors walk out before a separate vote on the sale of Goreangab land",
                "",
                "",
                "W",
            )
        ],
        [("By Ndapewa Hamunyela-Shikesho", "", "", "B")],
        [("Friday, 26 June 2026", "", "", "B")],
        [("3 comments", "", "", "B")],
        [
            (
                "Councillors during Thursday's ordinary council meeting at the municipal offices.",
                "",
                "",
                "",
            )
        ],
        [("Photo: Frans Gowaseb-Kharuxab", "", "", "B")],
        [
            (
                "WINDHOEK – Residents of the capital will pay 9.5% more for water from 1 July after the city council approved the increase by eight votes to six at its ordinary meeting on Thursday evening.",
                "",
                "",
                "W",
            ),
            ("One councillor was absent.", "", "", "W"),
        ],
        [
            (
                "The meeting started 50 minutes late because it did not have a quorum until 6.20pm.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "The increase takes the household price for the first six cubic metres a month to N$24.80 per cubic metre, from N$22.65.",
                "",
                "",
                "W",
            ),
            ("Sewerage charges rise by 7% from the same date.", "", "", "W"),
        ],
        [
            (
                "The increase was first proposed in the council's 2026/27 budget in April, when it was set at 12%.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Finance committee chairperson Selma Iyambo-Nekongo told the meeting the city had paid NamWater N$612 million for bulk water in the 2025/26 financial year, 14% more than the year before, while residents owed the council N$1.34 billion in unpaid bills.",
                "Selma Iyambo-Nekongo",
                "told the meeting",
                "W",
            )
        ],
        [
            (
                "“We cannot keep selling water for less than it costs us to buy it,” she said.",
                "Selma Iyambo-Nekongo",
                "said",
                "",
            ),
            (
                "Iyambo-Nekongo said the council would review the tariff again in January.",
                "Selma Iyambo-Nekongo",
                "said",
                "W",
            ),
        ],
        [
            (
                "Opposition councillor Petrus Gaeseb-Hoebeb said the increase would hit residents of informal settlements hardest.",
                "Petrus Gaeseb-Hoebeb",
                "said",
                "",
            ),
            (
                "He said about 41,000 households in those settlements bought their water from prepaid communal taps.",
                "Petrus Gaeseb-Hoebeb",
                "said",
                "W",
            ),
        ],
        [
            (
                "“Who in Havana pays N$24.80 a cubic metre and still eats?” he asked.",
                "Petrus Gaeseb-Hoebeb",
                "asked",
                "",
            )
        ],
        [
            (
                "Mayor Johanna Kaulinge-Amupolo said the first 200 litres a day at communal taps would remain free, as the council decided in 2024.",
                "Johanna Kaulinge-Amupolo",
                "said",
                "W",
            ),
            (
                "She said the council had cut water losses from 21% to 16.5% in three years by replacing old pipes in Katutura and Khomasdal.",
                "Johanna Kaulinge-Amupolo",
                "said",
                "W",
            ),
        ],
        [
            ("The motion was carried after a debate of nearly two hours.", "", "", "W"),
            ("All six votes against came from opposition councillors.", "", "", "W"),
        ],
        [
            (
                "The meeting then turned to agenda item 11.3, the proposed sale of 14.2 hectares of municipal land at Goreangab to a private developer, Auas Crest Properties (Pty) Ltd., for N$38 million.",
                "",
                "",
                "W",
            ),
            (
                "Five opposition councillors walked out before the vote, saying they had received the valuation report only on Wednesday night.",
                "Five opposition councillors",
                "saying",
                "W",
            ),
        ],
        [("The remaining councillors approved the sale by eight votes to one.", "", "", "W")],
        [
            (
                "Gaeseb-Hoebeb said the land had been valued at N$52 million in 2022.",
                "Petrus Gaeseb-Hoebeb",
                "said",
                "W",
            ),
            ("“Why sell it for N$14 million less?”", "Petrus Gaeseb-Hoebeb", "said", ""),
        ],
        [
            (
                "The city's strategic executive for economic development, Werner Blaauw-Kandjii, said the 2022 valuation had included bulk services that the developer would now pay for itself.",
                "Werner Blaauw-Kandjii",
                "said",
                "W",
            )
        ],
        [
            (
                "Auas Crest Properties did not respond to questions sent on Thursday.",
                "Auas Crest Properties (Pty) Ltd.",
                "did not respond to questions",
                "",
            )
        ],
        [
            (
                "Members of the Katutura Residents' Water Forum stood with placards outside the council chambers during the meeting.",
                "",
                "",
                "",
            )
        ],
        [
            (
                "The forum's secretary, Rauha Ndeyapo-Kristof, said it would ask the council to delay the increase until October.",
                "Rauha Ndeyapo-Kristof",
                "said",
                "",
            )
        ],
        [("The council's next ordinary meeting is scheduled for 30 July.", "", "", "W")],
        [("RELATED", "", "", "B")],
        [("NamWater warns of bulk supply cuts over unpaid municipal bills", "", "", "B")],
        [("Otjomuise residents march over prepaid electricity meters", "", "", "B")],
        [("Got a story?", "", "", "B"), ("Contact the newsroom on 061 000 2740.", "", "", "B")],
        [("© 2026 Windhoek Chronicle.", "", "", "B"), ("All rights reserved.", "", "", "B")],
    ],
    [
        [("ISLAND MIRROR", "", "", "B")],
        [("Zanzibar · Pemba · Business · Culture · Environment · Kiswahili", "", "", "B")],
        [("Features › People", "", "", "B")],
        [("The seaweed queen of Mchangamle", "", "", "")],
        [
            (
                "Mwanahawa Salum Makame has farmed the tide for 31 years, and now the water is too warm for the crop that paid best",
                "",
                "",
                "W",
            )
        ],
        [("Story and photos by Zawadi Mussa-Kombo", "", "", "B")],
        [("March 8, 2026", "", "", "B")],
        [("8 min read", "", "", "B")],
        [
            (
                "The tide goes out at Mchangamle a little after nine, and by ten Mwanahawa Salum Makame is already knee-deep, bent over a row of wooden stakes with a plastic basket tied to her hip.",
                "",
                "",
                "",
            )
        ],
        [
            ("She is 58.", "", "", "W"),
            (
                "She has been doing this since 1995, when a buyer from Dar es Salaam came to the village with bags of seedlings and promised cash for every kilo dried.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“My husband laughed at me,” she says, squinting at the horizon.",
                "Mwanahawa Salum Makame",
                "says",
                "",
            ),
            (
                "“Then the first money came, and he stopped laughing.”",
                "Mwanahawa Salum Makame",
                "says",
                "",
            ),
        ],
        [
            (
                "Today she leads the Mchangamle Seaweed Growers' Association, a group of 146 farmers, 131 of them women, who work 22 hectares of shallow lagoon on Unguja's east coast.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Last year the association sold 96 tonnes of dried seaweed, according to its records.",
                "its records",
                "according to",
                "W",
            ),
            ("Most of it was the cheaper spinosum.", "", "", "W"),
        ],
        [("That is the problem.", "", "", "")],
        [
            (
                "The more valuable cottonii, which fetched about TSh 1,400 a kilo last year against TSh 700 for spinosum, has largely died off in the warm shallow water here since about 2015.",
                "",
                "",
                "W",
            )
        ],
        [
            ("“The cottonii melts,” Bi Mwanahawa says.", "Mwanahawa Salum Makame", "says", ""),
            (
                "“You plant it on Monday and on Friday it is white like paper.”",
                "Mwanahawa Salum Makame",
                "says",
                "",
            ),
        ],
        [
            (
                "Dr. Suleiman Khamis Ali-Mbarouk, a marine scientist at the State University of Zanzibar, said sea-surface temperatures in the east-coast lagoons had risen by about 1.2°C since the late 1990s.",
                "Suleiman Khamis Ali-Mbarouk",
                "said",
                "W",
            )
        ],
        [
            (
                "Above 31°C, he said, cottonii stops growing and falls prey to a bleaching disease known as ice-ice.",
                "Suleiman Khamis Ali-Mbarouk",
                "said",
                "W",
            )
        ],
        [
            (
                "His team is testing floating lines in deeper, cooler water 400 metres offshore.",
                "",
                "",
                "W",
            ),
            (
                "“It works, but a woman of 58 cannot walk 400 metres into the sea,” he said.",
                "Suleiman Khamis Ali-Mbarouk",
                "said",
                "",
            ),
        ],
        [
            (
                "Bi Mwanahawa says she earned about TSh 2.1 million from seaweed in 2014 and TSh 780,000 last year.",
                "Mwanahawa Salum Makame",
                "says",
                "W",
            )
        ],
        [
            (
                "To make up the gap she keeps goats and sells coconut oil in the village on Fridays.",
                "",
                "",
                "",
            ),
            (
                "Her eldest daughter, Mwanaidi, 34, left seaweed for a job at a hotel in Paje in 2019.",
                "",
                "",
                "W",
            ),
        ],
        [
            (
                "“She earns more in a month cleaning rooms than I make in a season,” her mother says.",
                "Mwanahawa Salum Makame",
                "says",
                "",
            )
        ],
        [
            ("“Am I angry?", "Mwanahawa Salum Makame", "says", ""),
            ("No.", "Mwanahawa Salum Makame", "says", ""),
            (
                "The sea gave, the sea takes,” she says with a shrug.",
                "Mwanahawa Salum Makame",
                "says",
                "",
            ),
        ],
        [
            (
                "Visiwani Marine Extracts Ltd., which buys about a third of the association's crop, said it paid TSh 720 a kilo for dried spinosum in February, up from TSh 650 a year earlier.",
                "Visiwani Marine Extracts Ltd.",
                "said",
                "W",
            ),
            (
                "The company said demand from carrageenan processors in China and Europe was steady.",
                "The company",
                "said",
                "",
            ),
        ],
        [
            (
                "A spokesperson for Zanzibar's Ministry of Blue Economy and Fisheries said the ministry had given 380 sets of deep-water farming lines to women's groups on Unguja since 2023.",
                "A spokesperson for Zanzibar's Ministry of Blue Economy and Fisheries",
                "said",
                "W",
            ),
            (
                "Bi Mwanahawa says her group has received none.",
                "Mwanahawa Salum Makame",
                "says",
                "W",
            ),
        ],
        [
            (
                "Back on the shore at noon, she tips the morning's harvest onto a drying rack of palm fronds.",
                "",
                "",
                "",
            ),
            ("It is about 30 kilos, wet.", "", "", ""),
        ],
        [
            (
                "“Next year I will try the deep lines, if they give us a boat,” she says.",
                "Mwanahawa Salum Makame",
                "says",
                "",
            ),
            (
                "“If not, I will still be here at nine o'clock… the tide does not wait for the ministry.”",
                "Mwanahawa Salum Makame",
                "says",
                "",
            ),
        ],
        [
            (
                "This story was produced with support from the Indian Ocean Reporting Fund.",
                "",
                "",
                "B",
            )
        ],
        [("Zawadi Mussa-Kombo is the Mirror's environment correspondent.", "", "", "B")],
        [("More features", "", "", "B")],
        [("The last dhow builders of Nungwi", "", "", "B")],
        [("Pemba's clove farmers count the cost of a dry season", "", "", "B")],
        [("© Island Mirror Media Ltd. 2026.", "", "", "B")],
    ],
    [
        [("From: The Berlin Briefing <briefing@spreepost.de>", "", "", "B")],
        [("to me ▾", "", "", "B")],
        [("Tue, 3 Nov 2026, 06:30", "", "", "B")],
        [("Subject: Rents up 6.1% · Thursday's tram strike · A museum reopens", "", "", "W")],
        [("View this email in your browser", "", "", "B")],
        [("THE BERLIN BRIEFING", "", "", "B")],
        [("by Spree Post · Tuesday, 3 November 2026", "", "", "B")],
        [("Good morning.", "", "", "")],
        [
            (
                "Berlin's asking rents are up again, the trams stop on Thursday, and a museum that closed in 2019 finally reopens.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "Today's sponsor: Kiezrad bike repair, 15% off a winter service with the code BRIEFING.",
                "",
                "",
                "B",
            )
        ],
        [("1. RENTS", "", "", "B")],
        [
            (
                "Average asking rents for existing flats in Berlin rose 6.1% in the year to September, to €11.84 per square metre, according to a survey published on Monday by the Senate Department for Urban Development.",
                "a survey published on Monday by the Senate Department for Urban Development",
                "according to",
                "W",
            ),
            ("The biggest rise was in Neukölln, at 9.4%.", "", "", "W"),
        ],
        [
            (
                "“Those numbers are a scandal,” said Leonie Baumgartl-Yilmaz of the Tenants' Alliance Friedrichshain, which wants the city to buy back more flats from private landlords.",
                "Leonie Baumgartl-Yilmaz",
                "said",
                "",
            ),
            (
                "The property owners' group Eigentum Berlin e.V. said the survey counted only new listings, which it said made up about 8% of the market.",
                "Eigentum Berlin e.V.",
                "said",
                "W",
            ),
        ],
        [
            (
                "Our take: if you are moving, budget for the survey figure, not your neighbour's old contract.",
                "",
                "",
                "",
            )
        ],
        [("2. TRAM STRIKE", "", "", "B")],
        [
            (
                "Tram drivers will strike from 3 a.m. Thursday until 3 a.m. Friday, their union, the Fahrdienst-Gewerkschaft Berlin, said on Monday.",
                "the Fahrdienst-Gewerkschaft Berlin",
                "said",
                "W",
            ),
            ("U-Bahn and bus services are not affected.", "", "", "W"),
        ],
        [
            (
                "The union wants a 9% pay rise over 12 months; the operator has offered 5.5% over 24 months.",
                "",
                "",
                "W",
            ),
            (
                "The operator said in a statement that it would run replacement buses on the M10 and M4 routes “as far as drivers are available”.",
                "The operator",
                "said in a statement",
                "",
            ),
        ],
        [("Tip: the S-Bahn is run by a different company and should run normally.", "", "", "")],
        [("3. REOPENING", "", "", "B")],
        [
            (
                "The Museum of Everyday Things in Prenzlauer Berg reopens on Saturday after seven years and €14.5 million of renovation.",
                "",
                "",
                "W",
            ),
            ("Entry is free on the first weekend (10 a.m.–8 p.m.), then €9.", "", "", "W"),
        ],
        [
            (
                "Director Jonas Brüggemeier-Marquardt told us the delay was caused by asbestos found in the roof in 2021.",
                "Jonas Brüggemeier-Marquardt",
                "told us",
                "W",
            ),
            ("“Would I do it again?” he said.", "Jonas Brüggemeier-Marquardt", "said", ""),
            ("“Ask me in a year.”", "Jonas Brüggemeier-Marquardt", "said", ""),
        ],
        [("QUICK HITS", "", "", "B")],
        [
            (
                "• The city's main Christmas markets open on 23 November, three days earlier than last year.",
                "",
                "",
                "W",
            )
        ],
        [
            (
                "• Police said 212 e-scooters were pulled out of the Spree and the Landwehr Canal in October, a record for a single month.",
                "Police",
                "said",
                "W",
            )
        ],
        [("• Weather: grey, 7°C, rain after 4 p.m.", "", "", "B")],
        [("ONE MORE THING", "", "", "B")],
        [
            (
                "A reader in Wedding wrote in to say the Späti on her corner now opens at 5 a.m. for the night-shift crowd.",
                "A reader in Wedding",
                "wrote in to say",
                "",
            ),
            ("We approve.", "", "", ""),
        ],
        [("That's it for today.", "", "", "")],
        [("Bis morgen, Anke", "", "", "B")],
        [("Anke Vollrath-Adjei, editor, The Berlin Briefing", "", "", "B")],
        [("Forwarded this email?", "", "", "B"), ("Sign up here.", "", "", "B")],
        [("Got a tip?", "", "", "B"), ("Just hit reply.", "", "", "B")],
        [
            (
                "You are receiving this because you signed up for The Berlin Briefing at spreepost.de.",
                "",
                "",
                "B",
            )
        ],
        [("Unsubscribe | Manage preferences | Privacy", "", "", "B")],
        [("Spree Post Medien GmbH · Köpenicker Str. 48 · 10179 Berlin", "", "", "B")],
        [("© 2026 Spree Post Medien GmbH.", "", "", "B")],
    ],
]

HELDOUT_CASES = [
    (
        "n96h-ng-am-mid",
        "The boat left the jetty at Ogbekpa at about 6:30 a.m. with roughly 90 people and sacks of yams and grain on board, he said. It overturned about 20 minutes later in fast water near a sandbank, he said.",
        [
            "The boat left the jetty at Ogbekpa at about 6:30 a.m. with roughly 90 people and sacks of yams and grain on board, he said.",
            "It overturned about 20 minutes later in fast water near a sandbank, he said.",
        ],
    ),
    (
        "n96h-ng-pm-end",
        "The search was called off for the night at 7 p.m. It will resume at first light on Monday, he said.",
        [
            "The search was called off for the night at 7 p.m.",
            "It will resume at first light on Monday, he said.",
        ],
    ),
    (
        "n96h-ng-question-asked",
        "“I lost my sister and two bags of yam,” she said. “Who will feed her children now?” she asked.",
        [
            "“I lost my sister and two bags of yam,” she said.",
            "“Who will feed her children now?” she asked.",
        ],
    ),
    (
        "n96h-jp-no-designation",
        "• Typhoon No. 11 made landfall near Aki city at about 3 p.m. with a central pressure of 955 hectopascals.",
        [
            "• Typhoon No. 11 made landfall near Aki city at about 3 p.m. with a central pressure of 955 hectopascals."
        ],
    ),
    (
        "n96h-jp-pm-that",
        "The Japan Meteorological Agency said at 6 p.m. that the typhoon's central pressure had risen to 965 hectopascals and that it was moving north-northeast at about 25 km/h. Maximum sustained winds near the centre were 144 km/h, down from 162 km/h at landfall, the agency said.",
        [
            "The Japan Meteorological Agency said at 6 p.m. that the typhoon's central pressure had risen to 965 hectopascals and that it was moving north-northeast at about 25 km/h.",
            "Maximum sustained winds near the centre were 144 km/h, down from 162 km/h at landfall, the agency said.",
        ],
    ),
    (
        "n96h-jp-co-end",
        "About 86,000 households in Kochi and Tokushima prefectures had no electricity as of 5 p.m., according to Nankai Grid Co. The utility said crews would not start repairs until winds dropped below 20 meters per second.",
        [
            "About 86,000 households in Kochi and Tokushima prefectures had no electricity as of 5 p.m., according to Nankai Grid Co.",
            "The utility said crews would not start repairs until winds dropped below 20 meters per second.",
        ],
    ),
    (
        "n96h-jp-ellipsis-lower",
        "“We came at noon because the river behind our house was already brown,” said Michiko Tsubouchi, 68, who arrived with her husband and their dog. “The last big one took our fence… this time I didn't wait.”",
        [
            "“We came at noon because the river behind our house was already brown,” said Michiko Tsubouchi, 68, who arrived with her husband and their dog.",
            "“The last big one took our fence… this time I didn't wait.”",
        ],
    ),
    (
        "n96h-jm-st-parish",
        "BEMBRIDGE-MATTIS: Some of it, yes. But the bigger problem is the people who fish in the closed season and sell to the hotels. Last year the authority seized 1.6 tonnes of lobster tail in the closed season in St. Catherine alone.",
        [
            "BEMBRIDGE-MATTIS: Some of it, yes.",
            "But the bigger problem is the people who fish in the closed season and sell to the hotels.",
            "Last year the authority seized 1.6 tonnes of lobster tail in the closed season in St. Catherine alone.",
        ],
    ),
    (
        "n96h-jm-jdollar-question",
        "BEMBRIDGE-MATTIS: A trip to the Pedro Bank burns about 90 gallons of gasoline. At J$1,020 a gallon, that is J$91,800 before we catch a single fish. Who can carry that?",
        [
            "BEMBRIDGE-MATTIS: A trip to the Pedro Bank burns about 90 gallons of gasoline.",
            "At J$1,020 a gallon, that is J$91,800 before we catch a single fish.",
            "Who can carry that?",
        ],
    ),
    (
        "n96h-jm-ellipsis-but",
        "BEMBRIDGE-MATTIS: I have seen one of them. It came into the bay twice in February and not since. I am not saying they are not trying… but the sea is big.",
        [
            "BEMBRIDGE-MATTIS: I have seen one of them.",
            "It came into the bay twice in February and not since.",
            "I am not saying they are not trying… but the sea is big.",
        ],
    ),
    (
        "n96h-mt-ecoli",
        "The classification is based on 1,424 samples taken every fortnight between 1 May and 31 October 2025 and tested for two types of faecal bacteria, E. coli and intestinal enterococci. It is the first time since 2019 that no Maltese site has been rated below ‘good’.",
        [
            "The classification is based on 1,424 samples taken every fortnight between 1 May and 31 October 2025 and tested for two types of faecal bacteria, E. coli and intestinal enterococci.",
            "It is the first time since 2019 that no Maltese site has been rated below ‘good’.",
        ],
    ),
    (
        "n96h-mt-ie-date",
        "Bathers are advised to check the app before swimming after heavy rain, i.e. in the 48 hours after a storm. Sampling for the 2026 season starts on 4 May.",
        [
            "Bathers are advised to check the app before swimming after heavy rain, i.e. in the 48 hours after a storm.",
            "Sampling for the 2026 season starts on 4 May.",
        ],
    ),
    (
        "n96h-tt-times",
        "It coughed at 2.40. By 6 it had stopped again, and that was the water for the week.",
        ["It coughed at 2.40.", "By 6 it had stopped again, and that was the water for the week."],
    ),
    (
        "n96h-tt-question-carried",
        "“I paid my water rates for 50 years,” he told me. “Who do I complain to now, the rain?”",
        [
            "“I paid my water rates for 50 years,” he told me.",
            "“Who do I complain to now, the rain?”",
        ],
    ),
    (
        "n96h-wa-no8",
        "Llanfeuno led 17-6 at half-time after tries by wing Cai Bodfan and No. 8 Tomos Ynyr, both converted by Lewys Gwynfor-Bowen, who also kicked a penalty. Pontyrhedyn's only points before the break came from two Trefor-Jones penalties.",
        [
            "Llanfeuno led 17-6 at half-time after tries by wing Cai Bodfan and No. 8 Tomos Ynyr, both converted by Lewys Gwynfor-Bowen, who also kicked a penalty.",
            "Pontyrhedyn's only points before the break came from two Trefor-Jones penalties.",
        ],
    ),
    (
        "n96h-wa-question-admitted",
        "“Did I think we'd win at 17-6 down? Honestly, no,” he admitted.",
        ["“Did I think we'd win at 17-6 down?", "Honestly, no,” he admitted."],
    ),
    (
        "n96h-wa-regno",
        "© 2026 Taf-Ely Gazette Ltd. Registered in Wales No. 04417308.",
        ["© 2026 Taf-Ely Gazette Ltd.", "Registered in Wales No. 04417308."],
    ),
    (
        "n96h-bd-ltd-he",
        "“The market was already nervous about the budget, and the rate hike was the last push,” said Rezaul Karim Mollick-Sobhan, head of research at Sonargaon Securities Ltd. He expects the index to test the 5,400 level this week.",
        [
            "“The market was already nervous about the budget, and the rate hike was the last push,” said Rezaul Karim Mollick-Sobhan, head of research at Sonargaon Securities Ltd.",
            "He expects the index to test the 5,400 level this week.",
        ],
    ),
    (
        "n96h-bd-ltd-fell",
        "Karnaphuli Cement Ltd. fell 6.4%. The company said last week that its quarterly profit had fallen 31% because of higher coal import costs.",
        [
            "Karnaphuli Cement Ltd. fell 6.4%.",
            "The company said last week that its quarterly profit had fallen 31% because of higher coal import costs.",
        ],
    ),
    (
        "n96h-bd-ellipsis-capital",
        "“Now it is 38… I am not selling, what else can I do?”",
        ["“Now it is 38…", "I am not selling, what else can I do?”"],
    ),
    (
        "n96h-ug-quote-question",
        "“Is that expensive? Compare it with the cost of one child in the paediatric ward for a week,” she said.",
        [
            "“Is that expensive?",
            "Compare it with the cost of one child in the paediatric ward for a week,” she said.",
        ],
    ),
    (
        "n96h-ug-prof-noted",
        "Prof. Patrick Wandera-Ssali, an epidemiologist at Makerere's School of Public Health who was not involved in the study, called the results “very strong”. He noted that only 6% of households dropped out, which is low for a trial of this length.",
        [
            "Prof. Patrick Wandera-Ssali, an epidemiologist at Makerere's School of Public Health who was not involved in the study, called the results “very strong”.",
            "He noted that only 6% of households dropped out, which is low for a trial of this length.",
        ],
    ),
    (
        "n96h-lk-initial-rs",
        "The Colombo High Court yesterday sentenced Asela K. Gunawardhana-Dias, a former manager of the Uva Highlands Co-operative Rural Bank's Badulla branch, to eight years' rigorous imprisonment for misappropriating Rs. 41.6 million of depositors' money between 2017 and 2020.",
        [
            "The Colombo High Court yesterday sentenced Asela K. Gunawardhana-Dias, a former manager of the Uva Highlands Co-operative Rural Bank's Badulla branch, to eight years' rigorous imprisonment for misappropriating Rs. 41.6 million of depositors' money between 2017 and 2020."
        ],
    ),
    (
        "n96h-lk-count-question",
        "“I came to every hearing, 31 times,” she said. “Eight years? He took eight years from all of us.”",
        [
            "“I came to every hearing, 31 times,” she said.",
            "“Eight years?",
            "He took eight years from all of us.”",
        ],
    ),
    (
        "n96h-lk-pvt-ltd",
        "Copyright © 2026 The Lanka Record (Pvt.) Ltd. All rights reserved.",
        ["Copyright © 2026 The Lanka Record (Pvt.) Ltd.", "All rights reserved."],
    ),
    (
        "n96h-na-pty-ltd",
        "The meeting then turned to agenda item 11.3, the proposed sale of 14.2 hectares of municipal land at Goreangab to a private developer, Auas Crest Properties (Pty) Ltd., for N$38 million. Five opposition councillors walked out before the vote, saying they had received the valuation report only on Wednesday night.",
        [
            "The meeting then turned to agenda item 11.3, the proposed sale of 14.2 hectares of municipal land at Goreangab to a private developer, Auas Crest Properties (Pty) Ltd., for N$38 million.",
            "Five opposition councillors walked out before the vote, saying they had received the valuation report only on Wednesday night.",
        ],
    ),
    (
        "n96h-tz-question-no",
        "“Am I angry? No. The sea gave, the sea takes,” she says with a shrug.",
        ["“Am I angry?", "No.", "The sea gave, the sea takes,” she says with a shrug."],
    ),
    (
        "n96h-de-ev-said",
        "“Those numbers are a scandal,” said Leonie Baumgartl-Yilmaz of the Tenants' Alliance Friedrichshain, which wants the city to buy back more flats from private landlords. The property owners' group Eigentum Berlin e.V. said the survey counted only new listings, which it said made up about 8% of the market.",
        [
            "“Those numbers are a scandal,” said Leonie Baumgartl-Yilmaz of the Tenants' Alliance Friedrichshain, which wants the city to buy back more flats from private landlords.",
            "The property owners' group Eigentum Berlin e.V. said the survey counted only new listings, which it said made up about 8% of the market.",
        ],
    ),
    (
        "n96h-de-am-strike",
        "Tram drivers will strike from 3 a.m. Thursday until 3 a.m. Friday, their union, the Fahrdienst-Gewerkschaft Berlin, said on Monday. U-Bahn and bus services are not affected.",
        [
            "Tram drivers will strike from 3 a.m. Thursday until 3 a.m. Friday, their union, the Fahrdienst-Gewerkschaft Berlin, said on Monday.",
            "U-Bahn and bus services are not affected.",
        ],
    ),
    (
        "n96h-de-question-said",
        "Director Jonas Brüggemeier-Marquardt told us the delay was caused by asbestos found in the roof in 2021. “Would I do it again?” he said. “Ask me in a year.”",
        [
            "Director Jonas Brüggemeier-Marquardt told us the delay was caused by asbestos found in the roof in 2021.",
            "“Would I do it again?” he said.",
            "“Ask me in a year.”",
        ],
    ),
]
